"""Time rules the third own gold set showed missing (see docs/evaluation_own_gold.md, "The third
blind set"), pinned on sentences of our own: a year after "de" naming what it dates, and both ends
of a range of years; a year before a count noun stays a count."""
from __future__ import annotations

from tests.nlp.time_helpers import values


def test_year_after_de_dates_the_noun_before_it(times_fr):
    found = values(times_fr, "Les syndicats contestent la réforme de 2010 et le traité de 1992 a été signé à Maastricht.")
    assert found.get("2010") == "2010"
    assert found.get("1992") == "1992"


def test_count_after_de_is_not_a_year(times_fr):
    found = values(times_fr, "Plus de 2000 manifestants ont défilé, et une amende de 1500 euros a été infligée.")
    assert "2000" not in found and "1500" not in found


def test_both_years_of_a_french_range(times_fr):
    found = values(times_fr, "Le pays a été sous embargo entre 2012 et 2016, puis de 2018 à 2020.")
    assert {k: found.get(k) for k in ("2012", "2016", "2018", "2020")} == \
        {"2012": "2012", "2016": "2016", "2018": "2018", "2020": "2020"}


def test_range_of_counts_is_not_years(times_fr):
    found = values(times_fr, "Entre 1500 et 2000 soldats ont été déployés.")
    assert "1500" not in found and "2000" not in found


def test_both_years_of_an_english_range(times_en):
    found = values(times_en, "Exports fell between 2013 and 2016 and recovered from 2019 to 2022.")
    assert {k: found.get(k) for k in ("2013", "2016", "2019", "2022")} == \
        {"2013": "2013", "2016": "2016", "2019": "2019", "2022": "2022"}


def test_english_range_of_counts_is_not_years(times_en):
    found = values(times_en, "Between 1500 and 2000 troops were sent.")
    assert "1500" not in found and "2000" not in found


def test_purpose_infinitive_looks_ahead(times_fr):
    # published 2023-02-04: "en mars" under "pour verser" in an imperfect clause is the March to come
    found = values(times_fr, "La commune manquait d'argent pour verser les pensions en mars.")
    assert found.get("en mars", found.get("mars")) == "2023-03"


def test_same_weekday_in_a_future_clause_is_the_publication_day(times_fr):
    # 2023-02-04 is a Saturday: "samedi" under "doit rencontrer" is that day, not a week on
    found = values(times_fr, "Le ministre doit rencontrer samedi les syndicats.")
    assert found["samedi"] == "2023-02-04"
    assert values(times_fr, "Le ministre rencontrera les syndicats samedi prochain.")["samedi prochain"] == "2023-02-11"
