"""Stage newsgraph_events (placeholder until its issue lands)."""
from spacy.language import Language


@Language.factory("newsgraph_events")
def make_events(nlp: Language, name: str):
    return EventsStage(nlp.lang)


class EventsStage:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc):
        doc._.events = []
        return doc
