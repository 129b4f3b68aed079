"""The headline is read with the body (nlp/headline.py): its names join the article's entities,
while every offset of the record still points into the body."""
from __future__ import annotations

from newsgraph import analyze
from newsgraph.records import Article

BODY = ("Le ministre de l'Economie, Rachid Benslama, a rencontré mardi à Tunis une délégation de "
        "l'Organisation des Nations unies venue évaluer le programme d'aide alimentaire.\n\n"
        "« Nous avons besoin de stocks pour six mois », a déclaré Rachid Benslama devant la presse. "
        "Les Nations unies doivent publier leur rapport en juin.")


def _record(nlp_fr, title: str, text: str = BODY):
    (record,) = analyze([Article(text=text, title=title, published="2025-03-04", language="fr")],
                        nlp=nlp_fr)
    return record


def _entity(record, name: str):
    return next(e for e in record.entities if name in (e.name, *e.aliases))


def test_every_offset_still_points_into_the_body(nlp_fr):
    record = _record(nlp_fr, "Tunisie : l'ONU « inquiète » des stocks, selon Benslama lundi")
    text = record.article.text
    for e in record.entities:
        assert all(text[m.start:m.end] == m.text for m in e.mentions)
    for q in record.quotes:
        assert text[q.start:q.end] == q.text
    for t in record.times:
        assert text[t.start:t.end] == t.text
    for v in record.events:
        assert text[v.trigger.start:v.trigger.end] == v.trigger.text
    # what the headline alone says (a quote in marks, "lundi") is not in the record
    assert not any("inquiète" in q.text for q in record.quotes)
    assert not any(t.text == "lundi" for t in record.times)


def test_a_headline_form_is_an_alias_of_the_body_entity(nlp_fr):
    record = _record(nlp_fr, "L'ONU évalue l'aide alimentaire en Tunisie")
    un = _entity(record, "ONU")
    assert un.type == "ORG"
    assert any("Nations unies" in form for form in (un.name, *un.aliases))
    assert all(m.text != "ONU" for m in un.mentions)  # the headline mention has no body offset


def test_a_listed_place_only_the_headline_names_is_an_entity_without_mention(nlp_fr):
    record = _record(nlp_fr, "Tunisie : le ministre reçoit l'ONU")
    tunisia = _entity(record, "Tunisie")
    assert tunisia.type == "LOC" and tunisia.mentions == ()


def test_other_headline_words_are_no_entity(nlp_fr):
    without = {e.name for e in _record(nlp_fr, "").entities}
    record = _record(nlp_fr, "Pénurie : Aide Alimentaire, Le Compte À Rebours")
    assert {e.name for e in record.entities} == without


def test_without_a_headline_the_record_is_the_body_alone(nlp_fr):
    plain = _record(nlp_fr, "")
    same = _record(nlp_fr, BODY.split("\n")[0])  # a body that opens with its headline
    assert [e.name for e in plain.entities] == [e.name for e in same.entities]


def test_a_headline_that_retells_a_statement_leaves_the_body_its_own(nlp_en):
    body = ("The port of Aqaba reopened on Tuesday after a two-day strike, harbour director Samir "
            "Haddadin said. \"Ships are being unloaded again,\" Haddadin told reporters.")
    (record,) = analyze([Article(text=body, title="Aqaba port reopens after strike, director says",
                                 published="2025-03-04", language="en")], nlp=nlp_en)
    names = {e.id: e.name for e in record.entities}
    statements = [v for v in record.events if v.type == "statement"]
    assert [names.get(v.actor) for v in statements] == ["Samir Haddadin"]
    assert all(v.trigger.start >= 0 for v in record.events)
