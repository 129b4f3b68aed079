"""Stage newsgraph_times (placeholder until its issue lands)."""
from spacy.language import Language


@Language.factory("newsgraph_times")
def make_times(nlp: Language, name: str):
    return TimesStage(nlp.lang)


class TimesStage:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc):
        doc._.times = []
        return doc
