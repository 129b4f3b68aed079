"""Pronoun antecedents by salience, on sentences written for the project with hand-built entities
(so the entity stage's own choices do not blur what is tested)."""
from __future__ import annotations

import re

from newsgraph.nlp.antecedents import mention_role
from newsgraph.records import Entity, Mention


def analyse(nlp, text: str, people: dict[str, tuple[str, ...]]):
    """Quotes of ``text`` with one PER entity per id, mentioned wherever one of its names is."""
    with nlp.select_pipes(disable=[p for p in ("newsgraph_events",) if p in nlp.pipe_names]):
        doc = nlp(text)
    entities = []
    for eid, names in people.items():
        mentions: list[Mention] = []
        for name in sorted(names, key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                if not any(x.start < m.end() and m.start() < x.end for x in mentions):
                    mentions.append(Mention(m.start(), m.end(), name))
        entities.append(Entity(id=eid, type="PER", name=names[0],
                               mentions=tuple(sorted(mentions, key=lambda x: x.start))))
    doc._.entities = entities
    nlp.get_pipe("newsgraph_quotes")(doc)
    return doc, doc._.quotes


def test_passive_subject_beats_the_name_in_a_prepositional_phrase(nlp_fr):
    text = ("Louis Garnier a été accueilli à Dakar par son homologue sénégalais, Ousmane Diop, avec "
            "qui il a parlé de pêche.\n\n« Nos flottes doivent coopérer », a-t-il affirmé.")
    _, (q,) = analyse(nlp_fr, text, {"garnier": ("Louis Garnier",), "diop": ("Ousmane Diop",)})
    assert q.speaker == "garnier"


def test_topic_beats_a_name_mentioned_once_in_passing(nlp_en):
    text = ("Anna Weber opened the summit in Vienna on Monday. Weber spoke for an hour. "
            "She thanked Oskar Brandt, the host.\n\n"
            "\"Europe cannot wait,\" she said.")
    _, (q,) = analyse(nlp_en, text, {"weber": ("Anna Weber", "Weber"), "brandt": ("Oskar Brandt",)})
    assert q.speaker == "weber"


def test_gender_still_decides_over_salience(nlp_fr):
    text = ("Le ministre Hugo Perrin a reçu la députée Nadia Lamrani mardi.\n\n"
            "« Le texte sera amendé », a-t-elle assuré.")
    _, (q,) = analyse(nlp_fr, text, {"perrin": ("Hugo Perrin",), "lamrani": ("Nadia Lamrani",)})
    assert q.speaker == "lamrani"


def test_mention_roles(nlp_en):
    doc, _ = analyse(nlp_en, "Mary Cole met the mayor, John Reed, with Tom Hale.", {})
    assert mention_role(doc, 0, 1) == "subject"
    assert mention_role(doc, 6, 7) == "oblique"   # in apposition to an object
    assert mention_role(doc, 10, 11) == "oblique"  # inside a prepositional phrase
