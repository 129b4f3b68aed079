"""Credit lines, bylines and wire datelines: the forms of lang/*/credit_lines.txt and bylines.txt."""
import pytest

from newsgraph.ingest import credits, datelines


@pytest.mark.parametrize("lines, source", [
    (["Un paragraphe du corps.", "", "   la source :", "  • Agence Nord Info"], "Agence Nord Info"),
    (["Un paragraphe du corps.", "la source : Radio Cèdre"], "Radio Cèdre"),
    (["Un paragraphe du corps.", "", "Source : Dépêche Sud"], "Dépêche Sud"),
    (["Un paragraphe du corps.", "", "Sources:", "- Agence Nord Info"], "Agence Nord Info"),
    (["Un paragraphe du corps.", "", "Le Quotidien avec AFP"], "AFP"),
    (["A body paragraph.", "", "With Reuters"], "Reuters"),
    (["A body paragraph.", "", "Source: Coastal Wire"], "Coastal Wire"),
    (["Un paragraphe du corps.", "", "la source :", " • Agence Nord Info", " • Radio Cèdre"],
     "Agence Nord Info, Radio Cèdre"),
])
def test_trailer_source(lines, source):
    trailer = credits.parse_trailer(lines)
    assert trailer.source == source
    assert "\n".join(lines[:trailer.keep]).strip() == lines[0]  # only the body paragraph is kept


def test_trailer_byline_and_nothing_eaten_from_a_plain_ending():
    t = credits.parse_trailer(["A paragraph.", "", "Reporting by Mia Lund; Editing by Omar Reyes"])
    assert t.byline == "Mia Lund" and t.keep <= 2
    plain = ["Premier paragraphe.", "", "Dernier paragraphe sans titre ni source."]
    assert credits.parse_trailer(plain) == credits.Trailer(None, None, 3)
    # a short last line without a label above it stays in the body
    short = ["Premier paragraphe.", "", "Affaire à suivre"]
    assert credits.parse_trailer(short).keep == 3


@pytest.mark.parametrize("line, name", [
    ("Par Claire Martin", "Claire Martin"),
    ("Par Jean-Luc de La Roche | Le Quotidien", "Jean-Luc de La Roche"),
    ("By Mia Lund and Omar Reyes, Coastal Wire", "Mia Lund and Omar Reyes"),
    ("Propos recueillis par Lina Haddad", "Lina Haddad"),
])
def test_bylines(line, name):
    assert credits.match_byline(line) == name


@pytest.mark.parametrize("line", [
    "Par ailleurs, le gouvernement a annoncé de nouvelles mesures.",
    "By Friday, the committee will have decided on the new budget for the region.",
    "Parmi les invités",
])
def test_not_bylines(line):
    assert credits.match_byline(line) is None


@pytest.mark.parametrize("text, source, place, rest", [
    ("ALGER (AFP) - Le gouvernement a", "AFP", "ALGER", "Le gouvernement a"),
    ("OSLO, June 3 (Reuters) - The fund", "Reuters", "OSLO, June 3", "The fund"),
    ("(AFP) — Les pompiers", "AFP", None, "Les pompiers"),
    ("DAKAR, 4 juin 2021 (APS) – La ville", "APS", "DAKAR, 4 juin 2021", "La ville"),
    ("Nouakchott, 4 juin (APS) – La ville", "APS", "Nouakchott, 4 juin", "La ville"),
])
def test_datelines(text, source, place, rest):
    d = datelines.parse_dateline(text)
    assert (d.source, d.place, text[d.end:]) == (source, place, rest)


@pytest.mark.parametrize("text", [
    "Le député (LR) - qui siège depuis 2017 - a voté contre.",
    "Le parti a obtenu 12 sièges (contre 9) - un record.",
])
def test_not_datelines(text):
    assert datelines.parse_dateline(text) is None


def test_with_tail_closing_the_body():
    assert credits.strip_with_tail("Il a conclu ainsi. (avec AFP)") == ("Il a conclu ainsi.", "AFP")
    assert credits.strip_with_tail("Il est venu avec AFP.") == ("Il est venu avec AFP.", None)
