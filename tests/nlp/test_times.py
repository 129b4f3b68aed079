"""The newsgraph_times stage on sentences written for these tests (never copied from the corpus).

Publication date of the examples: Saturday 2023-02-04, unless a test says otherwise.
"""
from __future__ import annotations

import pytest
from time_helpers import PUB, times, values


@pytest.mark.parametrize("text, span, value", [
    ("La frontière a rouvert le 3 janvier 2020 après des mois de fermeture.", "3 janvier 2020", "2020-01-03"),
    ("Le traité signé le 1er mars 1999 reste en vigueur.", "1er mars 1999", "1999-03-01"),
    ("Le scrutin du 3/1/2020 a été annulé.", "3/1/2020", "2020-01-03"),
    ("Le rapport publié le 21.04.2016 fait date.", "21.04.2016", "2016-04-21"),
    ("Le site a fermé samedi 24/06/2017 au soir.", "samedi 24/06/2017", "2017-06-24"),
])
def test_absolute_dates_fr(times_fr, text, span, value):
    (t,) = times(times_fr, text)
    assert (t.text, t.value, t.anchor) == (span, value, "absolute")


@pytest.mark.parametrize("text, value", [
    ("Le porte-parole a déclaré lundi que la route était coupée.", "2023-01-30"),
    ("Le porte-parole avait annoncé mercredi une trêve.", "2023-02-01"),
    ("La délégation arrivait jeudi dans la capitale.", "2023-02-02"),
    ("Le ministre se rendra lundi à Genève.", "2023-02-06"),
    ("Le ministre va se rendre mardi à Genève.", "2023-02-07"),
    ("Les syndicats manifesteront vendredi devant le parlement.", "2023-02-10"),
    ("Le juge a tranché samedi en faveur des plaignants.", "2023-02-04"),   # same day as published
    ("Les pompiers sont intervenus dimanche dans la forêt.", "2023-01-29"),
])
def test_bare_weekday_follows_the_tense(times_fr, text, value):
    (t,) = times(times_fr, text)
    assert t.value == value and t.anchor == "document"


def test_weekday_without_tense_defaults_to_the_past(times_fr):
    assert values(times_fr, "Mardi, une réunion à huis clos.") == {"Mardi": "2023-01-31"}


@pytest.mark.parametrize("text, span, value", [
    ("Le texte a été voté lundi dernier par les députés.", "lundi dernier", "2023-01-30"),
    ("Le sommet aura lieu mardi prochain à Oslo.", "mardi prochain", "2023-02-07"),
    ("Les résultats sont tombés ce jeudi.", "ce jeudi", "2023-02-02"),
    ("Le procès s'est ouvert samedi dernier.", "samedi dernier", "2023-01-28"),
])
def test_weekday_with_a_modifier(times_fr, text, span, value):
    assert values(times_fr, text) == {span: value}


@pytest.mark.parametrize("text, span, value", [
    ("La cour a rendu son avis hier.", "hier", "2023-02-03"),
    ("L'accord a été paraphé aujourd'hui à l'aube.", "aujourd'hui", "2023-02-04"),
    ("Le vote aura lieu demain.", "demain", "2023-02-05"),
    ("Les pluies ont commencé avant-hier.", "avant-hier", "2023-02-02"),
    ("Le chômage a reculé la semaine dernière.", "la semaine dernière", "2023-W04"),
    ("Les secours sont arrivés il y a trois jours.", "il y a trois jours", "2023-02-01"),
    ("Les négociations reprendront le mois prochain.", "le mois prochain", "2023-03"),
    ("Le chantier sera livré dans deux semaines.", "dans deux semaines", "2023-02-18"),
    ("Les exportations ont chuté l'an dernier.", "l'an dernier", "2022"),
    ("La récolte sera meilleure cette année.", "cette année", "2023"),
    ("Elle a quitté le pays il y a environ un mois.", "il y a environ un mois", "2023-01-04"),
])
def test_relative_expressions(times_fr, text, span, value):
    (t,) = times(times_fr, text)
    assert (t.text, t.value, t.anchor) == (span, value, "document")


@pytest.mark.parametrize("text, span, value, anchor", [
    ("Les élections ont eu lieu en 2019.", "2019", "2019", "absolute"),
    ("La crise a éclaté en mars 2021.", "mars 2021", "2021-03", "absolute"),
    ("La grève a commencé en mars.", "mars", "2022-03", "document"),        # past: last March
    ("Le congrès se tiendra en mars.", "mars", "2023-03", "document"),      # future: next March
    ("Le barrage a cédé en janvier dernier.", "janvier dernier", "2023-01", "document"),
    ("La loi a été promulguée le 3 mars.", "3 mars", "2022-03-03", "document"),
    ("La loi sera promulguée le 3 mars.", "3 mars", "2023-03-03", "document"),
    ("Le festival reviendra l'été 2024.", "été 2024", "2024-SU", "absolute"),
    ("Les réformes des années 1990 ont échoué.", "années 1990", "199", "absolute"),
])
def test_partial_dates(times_fr, text, span, value, anchor):
    (t,) = times(times_fr, text)
    assert (t.text, t.value, t.anchor) == (span, value, anchor)


@pytest.mark.parametrize("text, value", [
    ("Le site est resté fermé pendant trois mois.", "P3M"),
    ("Il est détenu depuis deux ans.", "P2Y"),
    ("La mission a duré vingt-trois jours.", "P23D"),
    ("La panne a duré 36 heures.", "PT36H"),
    ("La région a connu quelques semaines de calme.", "PXW"),
])
def test_durations(times_fr, text, value):
    (t,) = times(times_fr, text)
    assert (t.value, t.type) == (value, "DURATION")


@pytest.mark.parametrize("text, value", [
    ("Ces dernières semaines, les prix ont flambé.", "PAST_REF"),
    ("Le pays traverse actuellement une sécheresse.", "PRESENT_REF"),
    ("Le ministre, qui est aujourd'hui le doyen du gouvernement, se tait.", "PRESENT_REF"),
    ("À l'avenir, les contrôles seront renforcés.", "FUTURE_REF"),
    ("Les habitants sont partis il y a quelques jours.", "PAST_REF"),
])
def test_vague_expressions(times_fr, text, value):
    (t,) = times(times_fr, text)
    assert t.value == value


def test_without_publication_date_relative_times_stay_unknown(times_fr):
    found = times(times_fr, "Le maire a démissionné lundi, deux jours après le vote du 12 mai 2022.", published=None)
    by_text = {t.text: (t.value, t.anchor) for t in found}
    assert by_text["lundi"] == (None, "unknown")
    assert by_text["12 mai 2022"] == ("2022-05-12", "absolute")
    assert values(times_fr, "Les troupes sont arrivées hier.", published=None) == {"hier": None}


def test_publication_datetime_and_bad_dates(times_fr):
    assert values(times_fr, "Il a parlé hier.", published="2023-02-04T10:30:00+01:00") == {"hier": "2023-02-03"}
    assert values(times_fr, "Il a parlé hier.", published="le 4 février") == {"hier": None}
    assert times(times_fr, "Le contrat du 31 février 2020 est un faux.") == []


@pytest.mark.parametrize("text", [
    "Je pense que la situation va s'améliorer.",
    "Je le dis et je le répète : rien n'est joué.",
    "La sonde a photographié la surface de Mars.",
    "Un jour, peut-être, la paix reviendra.",
    "Le groupe compte 2019 adhérents.",
])
def test_words_that_are_not_dates(times_fr, text):
    assert times(times_fr, text) == []


@pytest.mark.parametrize("text, span, value", [
    ("The minister said on Monday that talks had failed.", "Monday", "2023-01-30"),
    ("The minister will visit Geneva on Monday.", "Monday", "2023-02-06"),
    ("Prices rose last week.", "last week", "2023-W04"),
    ("The rebels left three days ago.", "three days ago", "2023-02-01"),
    ("The treaty was signed on January 3, 2020.", "January 3, 2020", "2020-01-03"),
    ("The vote of 3/1/2020 was annulled.", "3/1/2020", "2020-03-01"),
    ("The court ruled yesterday.", "yesterday", "2023-02-03"),
    ("The summit will take place next month.", "next month", "2023-03"),
])
def test_english(times_en, text, span, value):
    assert values(times_en, text) == {span: value}


def test_english_may_and_march_need_a_capital(times_en):
    # "may" is the modal here: the march is ahead, the Friday after publication
    assert values(times_en, "Officials may march on Friday.") == {"Friday": "2023-02-10"}
    assert values(times_en, "The talks resumed in May.") == {"May": "2022-05"}
