"""What the times-stage tests share: the model with the times stage alone after it, and its answers.

Each language's pipeline is loaded once per test run (``times_pipeline`` is cached; the
``times_fr`` and ``times_en`` fixtures of ``tests/nlp/conftest.py`` hand it out).
"""
from __future__ import annotations

from functools import lru_cache

import spacy

import newsgraph.nlp  # noqa: F401  (registers the stage and Doc._ attributes)
from newsgraph.pipeline import MODELS
from newsgraph.records import Article

#: Publication date of an example that names none: a Saturday.
PUB = "2023-02-04"


@lru_cache(maxsize=None)
def times_pipeline(lang: str):
    """The language's model (its NER left out) with only ``newsgraph_times`` after it."""
    nlp = spacy.load(MODELS[lang], exclude=["ner"])
    nlp.add_pipe("newsgraph_times")
    return nlp


def times(nlp, text: str, published: str = PUB):
    """The time expressions found in ``text`` published on ``published``; each one's offsets
    are checked against the text."""
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published=published)
    found = nlp(doc)._.times
    for t in found:
        assert text[t.start:t.end] == t.text
    return found


def values(nlp, text: str, published: str = PUB) -> dict[str, str]:
    """Each time expression's text and its TIMEX value."""
    return {t.text: t.value for t in times(nlp, text, published)}
