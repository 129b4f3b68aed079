"""The events stage on French sentences written for these tests, one construction each.

Each test runs the real French model on its text, gives the events stage hand-built entities, times
and quotes (so it tests this stage alone, whatever the other stages do), and checks the events.
"""
from __future__ import annotations

import re

import pytest

from newsgraph.nlp.paragraphs import parse_by_paragraph
from newsgraph.records import Article, Entity, Mention, Quote, TimeExpression

pytestmark = pytest.mark.slow


def annotate(nlp, text, *, entities=(), times=(), quotes=()):
    """Run the model on ``text``, set hand-built stage outputs, run the events stage.

    entities: (id, type, [names], [titles]); times: (text, value); quotes: (text, speaker, cue, direct).
    """
    (doc,) = parse_by_paragraph(nlp, [text])  # as the pipeline parses: paragraph by paragraph
    doc._.article = Article(text=text)
    taken: list[tuple[int, int]] = []
    ents = []
    for eid, etype, names, *titles in entities:
        mentions = []
        for name in sorted(names, key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    taken.append((m.start(), m.end()))
                    mentions.append(Mention(m.start(), m.end(), m.group()))
        mentions.sort(key=lambda m: m.start)
        ents.append(Entity(id=eid, type=etype, name=names[0], titles=tuple(titles[0] if titles else ()),
                           mentions=tuple(mentions)))
    doc._.entities = ents
    doc._.times = [TimeExpression(t, text.index(t), text.index(t) + len(t), v, "document")
                   for t, v in times]
    doc._.quotes = [Quote(f"Q{n}", q, text.index(q), text.index(q) + len(q), direct, speaker, cue)
                    for n, (q, speaker, cue, direct) in enumerate(quotes, start=1)]
    return nlp.get_pipe("newsgraph_events")(doc)


def events_of(doc, etype=None):
    return [e for e in doc._.events if etype is None or e.type == etype]


def one(doc, etype):
    found = events_of(doc, etype)
    assert len(found) == 1, [(e.type, e.actor, e.target, e.trigger.text) for e in doc._.events]
    return found[0]


def test_verb_trigger_with_actor_place_and_time(nlp_fr):
    text = "La présidente Amina Diallo a visité Dakar le 12 mars 2021 pour la première fois."
    doc = annotate(nlp_fr, text, entities=[("diallo", "PER", ["Amina Diallo"]),
                                           ("dakar", "LOC", ["Dakar"])],
                   times=[("12 mars 2021", "2021-03-12")])
    v = one(doc, "visit")
    assert (v.actor, v.place, v.time, v.negated, v.modality) == ("diallo", "dakar", "2021-03-12",
                                                                 False, "asserted")
    assert v.cameo == "042" and v.id == "V1"
    assert text[v.trigger.start:v.trigger.end] == v.trigger.text == "visité"
    assert v.sentence.start == 0 and v.sentence.end >= len(text) - 1
    assert 0 < v.confidence <= 1


def test_noun_trigger_de_x_is_actor_and_a_x_is_place(nlp_fr):
    text = "La visite de Jean Moreau à Rabat a duré trois jours."
    doc = annotate(nlp_fr, text, entities=[("moreau", "PER", ["Jean Moreau"]),
                                           ("rabat", "LOC", ["Rabat"])])
    v = one(doc, "visit")
    assert (v.actor, v.place, v.trigger.text) == ("moreau", "rabat", "visite")


def test_light_verb_gives_one_event_typed_by_its_noun(nlp_fr):
    text = "Le chancelier Otto Brenner a effectué une longue visite à Varsovie."
    doc = annotate(nlp_fr, text, entities=[("brenner", "PER", ["Otto Brenner"]),
                                           ("varsovie", "LOC", ["Varsovie"])])
    assert len(doc._.events) == 1
    v = one(doc, "visit")
    assert (v.actor, v.place, v.trigger.text) == ("brenner", "varsovie", "visite")


def test_announced_nomination_is_appointment_by_the_announcer(nlp_fr):
    text = "Le président Paul Kagiso a annoncé la nomination de Marie Oben au ministère."
    doc = annotate(nlp_fr, text, entities=[("kagiso", "PER", ["Paul Kagiso"]),
                                           ("oben", "PER", ["Marie Oben"])])
    v = one(doc, "appoint")
    assert (v.actor, v.target) == ("kagiso", "oben")
    assert events_of(doc, "statement") == []


def test_passive_agent_is_actor_and_subject_is_target(nlp_fr):
    text = "L'opposant Yusuf Demir a été arrêté par la gendarmerie à Izmir."
    doc = annotate(nlp_fr, text, entities=[("demir", "PER", ["Yusuf Demir"]),
                                           ("gendarmerie", "ORG", ["gendarmerie"]),
                                           ("izmir", "LOC", ["Izmir"])])
    v = one(doc, "arrest")
    assert (v.actor, v.target, v.place) == ("gendarmerie", "demir", "izmir")


def test_participle_and_nationality_adjective(nlp_fr):
    text = ("Le chef rebelle Omar Saïd, tué lors d'un raid américain à Mossoul, avait fui Raqqa. "
            "Les États-Unis ont confirmé l'opération.")
    doc = annotate(nlp_fr, text, entities=[("said", "PER", ["Omar Saïd"]),
                                           ("usa", "LOC", ["États-Unis"]),
                                           ("mosul", "LOC", ["Mossoul"]), ("raqqa", "LOC", ["Raqqa"])])
    v = one(doc, "kill")
    assert (v.actor, v.target, v.place) == ("usa", "said", "mosul")
    assert events_of(doc, "attack") == []  # the raid is how he was killed, not a second event


def test_nationality_adjective_without_the_country_named_leaves_actor_unknown(nlp_fr):
    text = "Le chef rebelle Omar Saïd, tué lors d'un raid américain à Mossoul, avait fui Raqqa."
    doc = annotate(nlp_fr, text, entities=[("said", "PER", ["Omar Saïd"]),
                                           ("mosul", "LOC", ["Mossoul"])])
    v = one(doc, "kill")
    assert (v.actor, v.target) == (None, "said")


@pytest.mark.parametrize("text", [
    "Le ministre Karim Haddad ne s'est pas rendu à Alger.",
    "Karim Haddad n'a jamais visité Alger.",
    "Karim Haddad a démenti avoir visité Alger.",
    "Karim Haddad n'a effectué aucune visite à Alger.",
])
def test_negation_forms(nlp_fr, text):
    doc = annotate(nlp_fr, text, entities=[("haddad", "PER", ["Karim Haddad"]),
                                           ("alger", "LOC", ["Alger"])])
    v = one(doc, "visit")
    assert v.negated and v.actor == "haddad"


def test_asserted_visit_is_not_negated(nlp_fr):
    doc = annotate(nlp_fr, "Le ministre Karim Haddad s'est rendu à Alger.",
                   entities=[("haddad", "PER", ["Karim Haddad"]), ("alger", "LOC", ["Alger"])])
    v = one(doc, "visit")
    assert not v.negated and v.place == "alger"


@pytest.mark.parametrize("text,expected", [
    ("Le Premier ministre Luc Ferrand prévoit de se rendre à Berlin.", "planned"),
    ("Luc Ferrand pourrait rencontrer Anna Keller à Berlin.", "possible"),
    ("Le ministre Luc Ferrand rencontrera son homologue Anna Keller à Berlin.", "planned"),
    ("Luc Ferrand a rencontré Anna Keller à Berlin.", "asserted"),
])
def test_modality(nlp_fr, text, expected):
    doc = annotate(nlp_fr, text, entities=[("ferrand", "PER", ["Luc Ferrand"]),
                                           ("keller", "PER", ["Anna Keller"]),
                                           ("berlin", "LOC", ["Berlin"])])
    (v,) = [e for e in doc._.events if e.type in {"visit", "meet"}]
    assert v.modality == expected and v.actor == "ferrand"


def test_planned_event_has_lower_confidence(nlp_fr):
    ents = [("ferrand", "PER", ["Luc Ferrand"]), ("keller", "PER", ["Anna Keller"])]
    done = one(annotate(nlp_fr, "Luc Ferrand a rencontré Anna Keller.", entities=ents), "meet")
    plan = one(annotate(nlp_fr, "Luc Ferrand prévoit de rencontrer Anna Keller.", entities=ents), "meet")
    assert plan.confidence < done.confidence


def test_source_of_an_event_inside_a_quote_and_statement_of_its_speaker(nlp_fr):
    said = "Le ministre Karim Haddad a rencontré hier le dirigeant Leïla Mansour à Tobrouk"
    text = f"« {said} », a déclaré mercredi le porte-parole Samir Nasr."
    doc = annotate(nlp_fr, text, entities=[("haddad", "PER", ["Karim Haddad"]),
                                           ("mansour", "PER", ["Leïla Mansour"]),
                                           ("nasr", "PER", ["Samir Nasr"]),
                                           ("tobrouk", "LOC", ["Tobrouk"])],
                   times=[("mercredi", "2024-05-08")],
                   quotes=[(said, "nasr", "a déclaré", True)])
    meet = one(doc, "meet")
    assert (meet.actor, meet.target, meet.source) == ("haddad", "mansour", "nasr")
    st = one(doc, "statement")
    assert (st.actor, st.source, st.time) == ("nasr", None, "2024-05-08")


def test_source_of_reported_speech(nlp_fr):
    text = "Samir Nasr a affirmé que Karim Haddad avait rencontré Leïla Mansour."
    doc = annotate(nlp_fr, text, entities=[("haddad", "PER", ["Karim Haddad"]),
                                           ("mansour", "PER", ["Leïla Mansour"]),
                                           ("nasr", "PER", ["Samir Nasr"])])
    meet = one(doc, "meet")
    assert (meet.actor, meet.source) == ("haddad", "nasr")
    assert one(doc, "statement").actor == "nasr"


def test_outlet_assertion_has_no_source(nlp_fr):
    doc = annotate(nlp_fr, "Karim Haddad a rencontré Leïla Mansour.",
                   entities=[("haddad", "PER", ["Karim Haddad"]), ("mansour", "PER", ["Leïla Mansour"])])
    assert one(doc, "meet").source is None


def test_two_mentions_of_one_killing_are_one_event(nlp_fr):
    text = ("Le chef de milice Farid Aziz a été tué lors d'un raid américain à Mossoul. "
            "Le 5 mai 2019, les États-Unis ont assassiné Farid Aziz près de l'aéroport.")
    doc = annotate(nlp_fr, text, entities=[("aziz", "PER", ["Farid Aziz"]),
                                           ("usa", "LOC", ["États-Unis"]),
                                           ("mosul", "LOC", ["Mossoul"])],
                   times=[("5 mai 2019", "2019-05-05")])
    v = one(doc, "kill")
    assert (v.actor, v.target, v.time) == ("usa", "aziz", "2019-05-05")
    assert len(v.mentions) == 1
    assert {v.trigger.text, v.mentions[0].text} == {"tué", "assassiné"}


def test_negated_and_asserted_mentions_stay_apart(nlp_fr):
    text = "Karim Haddad s'est rendu à Alger. Karim Haddad ne s'est jamais rendu à Oran."
    doc = annotate(nlp_fr, text, entities=[("haddad", "PER", ["Karim Haddad"]),
                                           ("alger", "LOC", ["Alger"]), ("oran", "LOC", ["Oran"])])
    visits = events_of(doc, "visit")
    assert sorted(v.negated for v in visits) == [False, True]


def test_pronoun_and_relative_where(nlp_fr):
    text = "Karim Haddad est arrivé à Alger, où il a rencontré Leïla Mansour."
    doc = annotate(nlp_fr, text, entities=[("haddad", "PER", ["Karim Haddad"]),
                                           ("mansour", "PER", ["Leïla Mansour"]),
                                           ("alger", "LOC", ["Alger"])])
    meet = one(doc, "meet")
    assert (meet.actor, meet.target, meet.place) == ("haddad", "mansour", "alger")


def test_title_description_refers_to_the_last_person_with_that_title(nlp_fr):
    text = ("Le général Omar Saïd commande l'armée du Nord. Selon Samir Nasr, le général "
            "s'est rendu à Benghazi.")
    doc = annotate(nlp_fr, text, entities=[("said", "PER", ["Omar Saïd"], ["général"]),
                                           ("nasr", "PER", ["Samir Nasr"]),
                                           ("benghazi", "LOC", ["Benghazi"])])
    assert one(doc, "visit").actor == "said"


def test_aims_and_time_references_are_not_reported_events(nlp_fr):
    text = ("Karim Haddad s'est rendu à Alger pour négocier avec Leïla Mansour, "
            "après les négociations de Genève.")
    doc = annotate(nlp_fr, text, entities=[("haddad", "PER", ["Karim Haddad"]),
                                           ("mansour", "PER", ["Leïla Mansour"]),
                                           ("alger", "LOC", ["Alger"]), ("geneve", "LOC", ["Genève"])])
    assert [e.type for e in doc._.events] == ["visit"]


def test_event_without_actor_is_not_kept(nlp_fr):
    doc = annotate(nlp_fr, "La coopération avec le Maroc a beaucoup progressé.",
                   entities=[("maroc", "LOC", ["Maroc"])])
    assert doc._.events == []


def test_place_after_a_time_word_is_the_verbs(nlp_fr):
    text = "Le ministre Karim Haddad est arrivé jeudi à Oran avec une délégation."
    doc = annotate(nlp_fr, text, entities=[("haddad", "PER", ["Karim Haddad"]), ("oran", "LOC", ["Oran"])],
                   times=[("jeudi", "2024-05-09")])
    v = one(doc, "visit")
    assert (v.actor, v.place, v.time) == ("haddad", "oran", "2024-05-09")


def test_a_visit_as_circumstance_stays_its_own_event(nlp_fr):
    text = "Karim Haddad n'a pas rencontré Leïla Mansour lors de sa visite à Oran en 2021."
    doc = annotate(nlp_fr, text, entities=[("haddad", "PER", ["Karim Haddad"]),
                                           ("mansour", "PER", ["Leïla Mansour"]), ("oran", "LOC", ["Oran"])],
                   times=[("2021", "2021")])
    meet, visit = one(doc, "meet"), one(doc, "visit")
    assert meet.negated and (meet.actor, meet.target) == ("haddad", "mansour")
    assert not visit.negated and visit.actor == "haddad"


def test_sentence_offsets_stop_at_a_blank_line(nlp_fr):
    # the pipeline parses paragraph by paragraph: a sentence ends at a blank line even without a stop
    text = "Karim Haddad a rencontré Leïla Mansour à Oran\n\nLa réunion a duré deux heures."
    doc = annotate(nlp_fr, text, entities=[("haddad", "PER", ["Karim Haddad"]),
                                           ("mansour", "PER", ["Leïla Mansour"]), ("oran", "LOC", ["Oran"])])
    meet = one(doc, "meet")
    assert text[meet.sentence.start:meet.sentence.end] == "Karim Haddad a rencontré Leïla Mansour à Oran"


def test_inflected_nationality_adjective(nlp_fr):
    text = "Des frappes israéliennes ont touché Rafah mardi. Israël n'a pas commenté."
    doc = annotate(nlp_fr, text, entities=[("israel", "LOC", ["Israël"]), ("rafah", "LOC", ["Rafah"])])
    assert one(doc, "attack").actor == "israel"


def test_coordinated_subjects_of_an_agreement(nlp_fr):
    text = "Le Sénégal et la Mauritanie ont signé un accord de pêche à Nouakchott."
    doc = annotate(nlp_fr, text, entities=[("senegal", "LOC", ["Sénégal"]),
                                           ("mauritanie", "LOC", ["Mauritanie"]),
                                           ("nouakchott", "LOC", ["Nouakchott"])])
    v = one(doc, "agree")
    assert (v.actor, v.target, v.place) == ("senegal", "mauritanie", "nouakchott")
