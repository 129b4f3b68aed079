"""The ``Doc._`` attributes the stages read and write (see ``newsgraph.nlp``)."""
from spacy.tokens import Doc

for _name in ("article", "entities", "times", "quotes", "events"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
