"""Quotes, sixth own gold set: the general rules its errors pointed to, on sentences of our own.

A content the parse hangs partly under its incise ("A, après B, a annoncé X") runs to the comma
before the incise; a participle of the content's verb saying what followed ("had fallen,
taking ...") is content, while one that is the speaker's own act of speech ("adding that",
"rejecting a proposal") still ends it.
"""
from __future__ import annotations

from quote_helpers import analyse

ARMY = {"army": ("ORG", ("commandement de l'armée",), ())}
MINISTRY = {"moe": ("ORG", ("Ministry of Energy",), ())}
KACI = {"kaci": ("PER", ("Ali Kaci",), ("ministre",))}


def test_content_runs_to_the_comma_of_the_incise(nlp_fr):
    text = ("La police a levé jeudi le blocus de Sfax, sur la côte est, après la fin de la grève des "
            "dockers du port, a annoncé le commandement de l'armée dans un communiqué.")
    (q,) = analyse(nlp_fr, text, ARMY)
    assert q.text.endswith("après la fin de la grève des dockers du port") and q.speaker == "army"


def test_a_consequence_participle_is_content(nlp_en, nlp_fr):
    text = ("The Ministry of Energy said on Monday that oil exports had dropped by a fifth in May, "
            "cutting some 400 million dollars from state revenue.")
    (q,) = analyse(nlp_en, text, MINISTRY)
    assert q.text.endswith("from state revenue") and q.speaker == "moe"
    text = ("Le ministre Ali Kaci a affirmé que les exportations avaient chuté d'un cinquième en mai, "
            "privant l'Etat de 400 millions de dollars.")
    (q,) = analyse(nlp_fr, text, KACI)
    assert q.text.endswith("400 millions de dollars")


def test_the_speakers_own_participle_still_ends_the_content(nlp_fr):
    text = ("Le ministre Ali Kaci a déclaré que les rebelles s'étaient retirés de la ville, "
            "soulignant que les pourparlers reprendraient.")
    quotes = analyse(nlp_fr, text, KACI)
    assert any(q.text == "les rebelles s'étaient retirés de la ville" for q in quotes)
