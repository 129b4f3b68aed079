"""Merging of event mentions and the lexicon tables, without a model (fast)."""
from __future__ import annotations

from newsgraph.nlp.event_lexicon import lexicon
from newsgraph.nlp.event_merge import Candidate, compatible, merge
from newsgraph.records import Span

SCHEMA_CAMEO = {"statement": "010", "visit": "042", "meet": "040", "negotiate": "046",
                "cooperate": "050", "appoint": None, "resign": None, "kill": "186", "attack": "190",
                "arrest": "173", "protest": "140", "threaten": "130", "accuse": "112",
                "sanction": "163", "agree": "057", "reject": "120", "demand": "100", "aid": "070"}


def cand(start, *, type="kill", actor=None, target=None, place=None, time=None, negated=False,
         modality="asserted", confidence=0.6):
    return Candidate(type=type, actor=actor, target=target, place=place, time=time, negated=negated,
                     modality=modality, source=None, trigger=Span(start, start + 4, "word"),
                     sentence=Span(start, start + 40), confidence=confidence)


def test_mentions_with_missing_arguments_merge_and_fill_each_other():
    a = cand(10, target="E2", place="E5")
    b = cand(200, actor="E1", target="E2", time="2020-01-03")
    (m,) = merge([b, a])
    assert (m.actor, m.target, m.place, m.time) == ("E1", "E2", "E5", "2020-01-03")
    assert m.trigger.start == 200 and [s.start for s in m.mentions] == [10]
    assert m.confidence > 0.6


def test_different_actors_targets_or_times_stay_apart():
    assert not compatible(cand(0, actor="E1", target="E2"), cand(50, actor="E3", target="E2"))
    assert not compatible(cand(0, actor="E1", target="E2"), cand(50, actor="E1", target="E4"))
    assert not compatible(cand(0, actor="E1", time="2020-01-03"), cand(50, actor="E1", time="2021-05-01"))
    assert not compatible(cand(0, actor="E1"), cand(50, actor="E1", type="attack"))


def test_vague_or_coarser_times_agree():
    assert compatible(cand(0, actor="E1", time="PAST_REF"), cand(50, actor="E1", time="2020-01-03"))
    assert compatible(cand(0, actor="E1", time="2020-01"), cand(50, actor="E1", time="2020-01-03"))
    (m,) = merge([cand(0, actor="E1", time="2020-01"), cand(50, actor="E1", time="2020-01-03")])
    assert m.time == "2020-01-03"


def test_negated_and_planned_do_not_merge_with_what_happened():
    assert not compatible(cand(0, actor="E1"), cand(50, actor="E1", negated=True))
    assert not compatible(cand(0, actor="E1"), cand(50, actor="E1", modality="planned"))
    assert compatible(cand(0, actor="E1", modality="possible"), cand(50, actor="E1", modality="planned"))


def test_without_actor_only_the_same_target_merges():
    assert compatible(cand(0, target="E2"), cand(50, actor="E1", target="E2"))
    assert not compatible(cand(0, target="E2"), cand(50, actor="E1"))
    assert not compatible(cand(0, target=None), cand(50, actor="E1"))


def test_lexicons_use_the_schema_vocabulary_and_codes():
    for lang in ("fr", "en"):
        lex = lexicon(lang)
        assert dict(lex.cameo) == SCHEMA_CAMEO, lang
        assert len(lex.demonyms) >= 80
        assert lex.negation_particles and lex.modal_governors and lex.prepositions["place"]


def test_reflexive_entries_need_their_clitic():
    fr = lexicon("fr")
    assert [s.reflexive for s in fr.verbs["rendre"]] == [True]
    assert fr.verbs["entretenir"][0].type == "meet" and fr.verbs["entretenir"][0].reflexive
    assert not fr.verbs["visiter"][0].reflexive
    assert "effectuer" in fr.support_verbs and "annoncer" in fr.announcing_verbs
    assert lexicon("fr").demonyms["américain"][0] == "États-Unis"
    assert lexicon("en").demonyms["american"][0] == "United States"
