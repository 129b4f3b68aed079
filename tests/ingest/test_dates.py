"""Date lines in the formats and languages pages print them; only full dates, never guessed."""
import pytest

from newsgraph.ingest.dates import find_dates, normalise_date, numeric_order, parse_date_line


@pytest.mark.parametrize("line, value", [
    ("| 11 November 2021, Thursday |", "2021-11-11"),
    ("Publié le 7 juin 2022 à 18h05", "2022-06-07"),
    ("Mis en ligne le 1er avril 2023", "2023-04-01"),
    ("vendredi 9 février 2024", "2024-02-09"),
    ("2022-10-30", "2022-10-30"),
    ("Sep 5, 2021", "2021-09-05"),
    ("September 5th, 2021 - 10:30 AM EST", "2021-09-05"),
    ("25/12/2020", "2020-12-25"),
    ("Tunis, le 02.08.2019", "2019-08-02"),
    ("Posted on 2023-07-14T06:00:00Z", "2023-07-14"),
    ("Saturday, Feb. 4, 2023", "2023-02-04"),
    ("July 14, 2023 6:05 AM GMT | Updated 3 hours ago", "2023-07-14"),
    ("12 juillet 2022 - Temps de lecture : 4 min", "2022-07-12"),
])
def test_date_lines(line, value):
    parsed = parse_date_line(line)
    assert parsed is not None, line
    assert parsed.dates[0].value == value


@pytest.mark.parametrize("line", [
    "Le 3 janvier 2020, les troupes ont quitté la ville après des semaines de combats",
    "The agreement signed on May 2, 2019 between the two companies was cancelled",
    "Lundi matin",          # a weekday is not a date
    "Mars attaque",         # a month name alone is not a date
    "31/02/2021",           # no such day
    "Révélation des objectifs de la mission",
])
def test_not_date_lines(line):
    assert parse_date_line(line) is None


def test_labels_say_which_date_is_published():
    parsed = parse_date_line("Publié le 2 mai 2022 à 09h00, mis à jour le 3 mai 2022 à 11h30")
    assert [d.value for d in parsed.dates] == ["2022-05-02", "2022-05-03"]
    assert parsed.labels == ("published", "updated")
    assert parse_date_line("Last updated: June 8, 2021").labels == ("updated",)


def test_numeric_order_follows_the_language():
    assert numeric_order("fr") == "DMY" and numeric_order("en") == "MDY" and numeric_order(None) == "DMY"
    assert find_dates("04/05/2024", order="DMY")[0].value == "2024-05-04"
    assert find_dates("04/05/2024", order="MDY")[0].value == "2024-04-05"
    assert find_dates("25/05/2024", order="MDY")[0].value == "2024-05-25"  # 25 cannot be a month


def test_normalise_metadata_dates_and_never_relative_ones():
    assert normalise_date("2021-03-08T17:45:00+01:00") == "2021-03-08"
    assert normalise_date("Mon, 08 Mar 2021 17:45:00 GMT") == "2021-03-08"
    assert normalise_date("8 mars 2021") == "2021-03-08"
    assert normalise_date("yesterday") is None
    assert normalise_date("hier") is None
    assert normalise_date("Je") is None
    assert normalise_date("") is None
