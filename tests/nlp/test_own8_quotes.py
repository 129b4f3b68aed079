"""Quotes, eighth own gold set: the general rules its errors pointed to, on sentences of our own.

A name the French parser cut off as a root of its own right before a conditional or negated
verb group ("Marc Tessier aurait assuré que ...") is the speech verb's subject; a role subject
whose own phrase names its holder ("Le président de la commission, X, a rejeté ...") is that
person for a pronoun after it, not whoever held a like role earlier ("le président du Sénat").
"""
from __future__ import annotations

from quote_helpers import analyse, extract, quote

TESSIER = {"tessier": ("PER", ("Marc Tessier", "Tessier"), ()),
           "ragot": ("PER", ("Hélène Ragot",), ())}


def test_subject_of_a_conditional_speech_verb(nlp_fr):
    text = ("La ministre Hélène Ragot n'a pas commenté la réforme. Marc Tessier aurait pourtant garanti "
            "aux syndicats que le décret serait retiré avant la rentrée.")
    quotes = analyse(nlp_fr, text, TESSIER)
    assert [q.speaker for q in quotes if "décret" in q.text] == ["tessier"]


def test_the_parse_may_cut_a_name_before_its_verb_group(nlp_fr):
    # the French parse leaves "Kareem al-Masri" as roots of their own before "aurait ... assuré"
    people = {"masri": ("PER", ("Karim al-Masri", "Kareem al-Masri"), ())}
    text = ("Le chef du Sénat, Karim al-Masri, n'a pas reçu les élus de l'opposition. Kareem al-Masri aurait "
            "toutefois assuré au Premier ministre que le texte serait voté avant la fin de la session, en juin.")
    quotes = analyse(nlp_fr, text, people)
    assert [q.speaker for q in quotes if "texte serait voté" in q.text] == ["masri"]


def test_a_role_subject_named_in_its_apposition_is_that_person_for_a_later_pronoun(nlp_fr):
    text = ("Le président du Sénat, Marc Tessier, a reporté le vote à la semaine prochaine. Tessier aurait "
            "promis aux élus que le texte serait amendé.\n\n"
            "Le président de la commission des finances, Paul Garnier, a rejeté ce calendrier. « Le budget "
            "ne peut pas attendre un mois de plus », a-t-il lancé devant la presse.")
    record = extract(nlp_fr, text)
    q = quote(record, "Le budget ne peut pas attendre")
    speaker = next(e for e in record.entities if e.id == q.speaker)
    assert speaker.name.endswith("Garnier")


def test_a_feminine_role_before_a_name_tells_the_pronoun_who_she_is(nlp_fr):
    # neither given name is in the lexicon of genders: "la directrice" tells that Okonkwo is a woman
    text = ("La directrice de l'agence, Adaeze Okonkwo, a reçu mardi à Genève le négociateur Tunde Bakare. "
            "« Nous ne financerons aucun projet sans audit indépendant », a-t-elle prévenu.")
    record = extract(nlp_fr, text)
    q = quote(record, "aucun projet sans audit")
    speaker = next(e for e in record.entities if e.id == q.speaker)
    assert speaker.name.endswith("Okonkwo")
