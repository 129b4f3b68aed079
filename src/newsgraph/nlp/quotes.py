"""Stage newsgraph_quotes (placeholder until its issue lands)."""
from spacy.language import Language


@Language.factory("newsgraph_quotes")
def make_quotes(nlp: Language, name: str):
    return QuotesStage(nlp.lang)


class QuotesStage:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc):
        doc._.quotes = []
        return doc
