"""Stage newsgraph_entities (placeholder until its issue lands)."""
from spacy.language import Language


@Language.factory("newsgraph_entities")
def make_entities(nlp: Language, name: str):
    return EntitiesStage(nlp.lang)


class EntitiesStage:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc):
        doc._.entities = []
        return doc
