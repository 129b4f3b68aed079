"""Entity readings the fifth own gold set showed wrong, checked on sentences of our own."""
from __future__ import annotations

from entity_helpers import analysed, entity_of, mention_forms

from newsgraph.nlp.candidates import Candidate
from newsgraph.nlp.mention_types import retype
from newsgraph.nlp.span_bounds import with_qualifiers


def test_plural_states_alone_is_no_place(nlp_fr):
    text = ("La présidente de la Commission a invité les Etats membres à ratifier le traité. "
            "Plusieurs États ont déjà refusé, selon un diplomate à Bruxelles.")
    record = analysed(text, nlp_fr, "fr")
    assert not {"Etats", "États"} & mention_forms(record)
    assert entity_of(record, "Bruxelles").type == "LOC"


def _retyped(nlp, text: str, word: str, label: str) -> str:
    """The label ``retype`` gives ``word`` of ``text`` when the model had labelled it ``label``."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    m = Candidate(tok.idx, tok.idx + len(word), word, label, tok.i, tok.i + 1, "ner")
    (out,) = retype(doc, [m], {}, nlp.get_pipe("newsgraph_entities").lexicon)
    return out.label


def test_a_name_the_model_calls_misc_after_a_locative_is_a_place(nlp_fr):
    text = "Les retraités ont bloqué une route à Kalarwan mercredi."
    assert _retyped(nlp_fr, text, "Kalarwan", "MISC") == "LOC"


def test_a_feast_after_a_locative_stays_no_place(nlp_fr):
    text = "Le ministre a promis que les salaires seraient versés à Noël, comme à Pâques l'an dernier."
    assert _retyped(nlp_fr, text, "Noël", "MISC") == "MISC"
    assert _retyped(nlp_fr, text, "Pâques", "MISC") == "MISC"


def test_a_listed_country_with_lower_case_words_is_kept_whole(nlp_fr):
    text = ("Le porte-parole a affirmé que les Emirats arabes unis finançaient la milice, "
            "ce que les autorités d'Abou Dhabi contestent.")
    record = analysed(text, nlp_fr, "fr")
    assert entity_of(record, "Emirats arabes unis").type == "LOC"
    assert "Emirats arabes" not in mention_forms(record)


def test_an_acronym_used_undefined_joins_the_name_it_spells(nlp_fr):
    text = ("Le gouverneur de la Banque centrale de Jordanie a relevé mardi son taux directeur. "
            "La Jordanie fait face à une inflation persistante, et la BCJ espère la freiner d'ici l'été.")
    record = analysed(text, nlp_fr, "fr")
    bank = entity_of(record, "Banque centrale de Jordanie")
    assert bank is entity_of(record, "BCJ")
    assert "Jordanie" not in bank.aliases  # the country it is of, not its short name
    assert entity_of(record, "Jordanie").type == "LOC"


def test_an_undefined_acronym_two_names_spell_stays_apart(nlp_fr):
    text = ("Le Conseil national de transition et le Comité national de transition se sont réunis "
            "lundi. Le CNT a publié un communiqué.")
    record = analysed(text, nlp_fr, "fr")
    assert entity_of(record, "CNT") is not entity_of(record, "Conseil national de transition")


def test_an_organisation_head_does_not_run_on_over_a_preposition_of_the_verb(nlp_fr):
    text = ("Les amendements adoptés par l'Assemblée dans la nuit ont été retirés. "
            "Le Conseil des ministres se réunira jeudi.")
    record = analysed(text, nlp_fr, "fr")
    assert entity_of(record, "Assemblée").type == "ORG"
    assert "Conseil des ministres" in mention_forms(record)


def _qualified(nlp, text: str, name: str) -> str:
    """The name ``with_qualifiers`` makes of the first two words of ``name`` in ``text``."""
    doc = nlp(text)
    first = next(t.i for t in doc if t.text == name.split()[0])
    return doc[first:with_qualifiers(doc, first, first + 2, nlp.get_pipe("newsgraph_entities").lexicon)].text


def test_an_organisation_keeps_the_adjectives_the_model_left_out(nlp_fr):
    text = "La Cour constitutionnelle fédérale a annulé mardi la réforme électorale."
    assert _qualified(nlp_fr, text, "Cour constitutionnelle") == "Cour constitutionnelle fédérale"
    text = "La Commission électorale américaine a reporté le scrutin."
    assert _qualified(nlp_fr, text, "Commission électorale") == "Commission électorale"


def test_a_name_after_a_noun_whose_complement_is_a_place_is_a_place(nlp_fr):
    text = ("Les forces ont repris le contrôle du village d'Ain Issa, puis de la ville de Tal Abyad. "
            "L'aviation a frappé le quartier de Cheikh Maqsoud, a rapporté un témoin.")
    record = analysed(text, nlp_fr, "fr")
    assert entity_of(record, "Tal Abyad").type == "LOC"  # the model's person
    assert entity_of(record, "Cheikh Maqsoud").type == "LOC"  # the model's person


def test_a_political_camp_is_no_place(nlp_fr):
    text = "Dans le camp de Marine Le Pen, on refuse toute alliance, a dit Jordan Bardella."
    record = analysed(text, nlp_fr, "fr")
    assert entity_of(record, "Marine Le Pen").type == "PER"


def test_a_square_named_by_a_lower_case_noun_is_a_place_with_its_noun(nlp_fr):
    text = ("Des milliers de manifestants se sont rassemblés place Habib-Thameur à Sousse. "
            "Le cortège a ensuite remonté l'avenue Farhat-Hached jusqu'au port.")
    record = analysed(text, nlp_fr, "fr")
    assert entity_of(record, "place Habib-Thameur").type == "LOC"
    assert entity_of(record, "avenue Farhat-Hached").type == "LOC"
    assert not {"Habib-Thameur", "Farhat-Hached"} & mention_forms(record)


def test_a_square_is_not_instead_of(nlp_fr):
    text = "Le vice-président a parlé à la place de Joseph Kabila, absent de la réunion."
    record = analysed(text, nlp_fr, "fr")
    assert entity_of(record, "Joseph Kabila").type == "PER"


def test_a_glued_patronymic_is_the_same_name(nlp_fr):
    text = ("Le porte-parole du syndicat, Karim Ben Youssef, a dénoncé la répression. "
            "Karim Benyoussef a ajouté que la grève serait maintenue.")
    record = analysed(text, nlp_fr, "fr")
    assert entity_of(record, "Karim Ben Youssef") is entity_of(record, "Karim Benyoussef")


def test_a_participle_inside_a_name_does_not_end_the_title_before_a_person(nlp_fr):
    text = ("La représentante spéciale des Nations unies pour la Libye, Hanna Tetteh Mensah, "
            "a appelé au calme. Selon elle, les combats ont fait vingt morts.")
    record = analysed(text, nlp_fr, "fr")
    person = entity_of(record, "Hanna Tetteh Mensah")
    assert person.type == "PER"
    assert any("Nations unies" in t for t in person.titles)


def test_a_lower_case_name_ending_in_a_place_names_its_acronym(nlp_fr):
    text = ("Le conseil provincial de Ninive (CPN) a voté mardi le budget. Le CPN siège à Mossoul, "
            "et Ninive reste la deuxième province du pays.")
    record = analysed(text, nlp_fr, "fr")
    council = entity_of(record, "CPN")
    assert council.type == "ORG"
    assert "conseil provincial de Ninive" in {m.text for m in council.mentions}
    assert entity_of(record, "Ninive") is not council
