"""A small fictional corpus for the web tests, as hand-built article records.

Written for the project (no text from ../shared): a transport minister, Nadia
Farouki, spelled "Nadia Faruqi" in English; a French and an English report of her
week; an English reprint of the English report (a copy); and an article whose text
holds markup and a script, which the pages must show as text.
"""
from __future__ import annotations

from newsgraph.records import Article, ArticleRecord, Entity, Event, Mention, Quote, Span, TimeExpression

SCRIPT = "<script>document.title='pwned'</script>"


def _at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _mention(text: str, part: str, nth: int = 0) -> Mention:
    s, e = _at(text, part, nth)
    return Mention(s, e, part)


def _span(text: str, part: str) -> Span:
    s, e = _at(text, part)
    return Span(s, e, part)


def french_visit() -> ArticleRecord:
    text = ("La ministre des Transports Nadia Farouki a visité lundi le port de Tunis. "
            "« Nous allons moderniser chaque quai avant l'été », a déclaré Farouki devant les dockers. "
            "Selon le syndicat, la visite a duré trois heures.")
    qs, qe = _at(text, "Nous allons moderniser chaque quai avant l'été")
    return ArticleRecord(
        article=Article(text=text, title="La ministre Farouki au port de Tunis", published="2024-03-04",
                        outlet="Le Courrier du Port", language="fr"),
        entities=(
            Entity("E1", "PER", "Nadia Farouki", aliases=("Farouki",), titles=("ministre des Transports",),
                   mentions=(_mention(text, "Nadia Farouki"), _mention(text, "Farouki", 1)), kb_id="P-farouki"),
            Entity("E2", "LOC", "Tunis", mentions=(_mention(text, "Tunis"),), kb_id="L-tunis"),
        ),
        quotes=(Quote("Q1", text[qs:qe], qs, qe, True, "E1", "a déclaré", speaker_text="Farouki"),),
        times=(TimeExpression("lundi", *_at(text, "lundi"), value="2024-03-04", anchor="document"),),
        events=(Event("V1", "visit", "042", "E1", None, "E2", "2024-03-04", False, None,
                      _span(text, "a visité"), _span(text, text.split(". ")[0]), 0.9),),
    )


ENGLISH_TEXT = ("Transport minister Nadia Faruqi met the dockers' leader Tomas Lindqvist in Tunis on Tuesday. "
                "\"Faruqi listens before she decides,\" Lindqvist said after the meeting.")


def english_meeting(*, outlet: str = "Harbour Times", published: str = "2024-03-05",
                    text: str = ENGLISH_TEXT, title: str = "Minister meets dockers in Tunis") -> ArticleRecord:
    qs, qe = _at(text, "Faruqi listens before she decides,")
    return ArticleRecord(
        article=Article(text=text, title=title, published=published, outlet=outlet, language="en"),
        entities=(
            Entity("E1", "PER", "Nadia Faruqi", aliases=("Faruqi",), titles=("Transport minister",),
                   mentions=(_mention(text, "Nadia Faruqi"), _mention(text, "Faruqi", 1)), kb_id="P-farouki"),
            Entity("E2", "PER", "Tomas Lindqvist", aliases=("Lindqvist",),
                   mentions=(_mention(text, "Tomas Lindqvist"), _mention(text, "Lindqvist", 1)),
                   kb_id="P-lindqvist"),
            Entity("E3", "LOC", "Tunis", mentions=(_mention(text, "Tunis"),), kb_id="L-tunis"),
        ),
        quotes=(Quote("Q1", text[qs:qe], qs, qe, True, "E2", "said", speaker_text="Lindqvist"),),
        times=(TimeExpression("Tuesday", *_at(text, "Tuesday"), value="2024-03-05", anchor="document"),),
        events=(Event("V1", "meet", "040", "E1", "E2", "E3", "2024-03-05", False, None,
                      _span(text, "met"), _span(text, text.split(". ")[0]), 0.8),),
    )


def english_reprint() -> ArticleRecord:
    """The English report republished a day later by another outlet, crediting the first."""
    return english_meeting(outlet="Coastal Wire", published="2024-03-06",
                           text=ENGLISH_TEXT + " (Harbour Times)", title="Minister meets dockers")


def hostile_markup() -> ArticleRecord:
    text = (f"Readers sent this snippet: {SCRIPT} and <b>bold</b> & <a href='x'>a link</a>. "
            "Nadia Faruqi did not comment.")
    return ArticleRecord(
        article=Article(text=text, title="Markup <i>in</i> a headline", published="2024-03-07",
                        outlet="Harbour Times", language="en"),
        entities=(Entity("E1", "PER", "Nadia Faruqi", mentions=(_mention(text, "Nadia Faruqi"),),
                         kb_id="P-farouki"),),
    )


def records() -> list[ArticleRecord]:
    return [french_visit(), english_meeting(), english_reprint(), hostile_markup()]
