"""Document fields of pages written for the second held-out review: an outlet banner with an
Arabic article glued inside its name, and wire footers crediting several reporters, each with the
place they wrote from. Every page is written for these tests."""
from __future__ import annotations

import pytest

from newsgraph.ingest.credits import match_byline
from newsgraph.ingest.header import outlet_name
from newsgraph.ingest.plaintext import parse_plaintext

WIRE = """GLOBAL WIRE
March 5, 2024
U.S. and EU agree new sanctions on Iranian drone makers
WASHINGTON, March 5 (Reuters) - The United States and the European Union on Tuesday announced \
coordinated sanctions against a network of companies accused of supplying drones, officials said.
The measures take effect on Friday, the Treasury said in a statement.
Reporting by Daphne Psaledakis in Washington and Andrew Gray in Brussels; Editing by Mark Porter
"""


@pytest.mark.parametrize("banner,name", [
    ("SAWT AL-AHRAR", "Sawt al-Ahrar"),       # an article inside the name stays lower case
    ("AL-MAYADEEN", "Al-Mayadeen"),           # it opens the name: capitalised
    ("Sawt al-Ahrar", "Sawt al-Ahrar"),       # a banner in mixed case is kept as written
    ("ASHARQ AL-AWSAT", "Asharq al-Awsat"),
    ("LE JOURNAL DE L'EST", "Le Journal de l'Est"),
])
def test_outlet_banner_casing(banner, name):
    assert outlet_name(banner) == name


@pytest.mark.parametrize("line,who", [
    ("Reporting by Daphne Psaledakis in Washington and Andrew Gray in Brussels; Editing by Mark Porter",
     "Daphne Psaledakis and Andrew Gray"),
    ("Par Jean Dupont à Beyrouth et Claire Martin à Paris", "Jean Dupont et Claire Martin"),
    ("Reporting by Duncan Miriri in Nairobi; Editing by Alex Richardson", "Duncan Miriri"),
])
def test_several_reporters_each_with_a_place(line, who):
    assert match_byline(line) == who


def test_wire_footer_with_several_reporters_leaves_the_body():
    article = parse_plaintext(WIRE, language="en")
    assert article.byline == "Daphne Psaledakis and Andrew Gray"
    assert "Reporting by" not in article.text
    assert article.outlet == "Global Wire"
    assert article.original_source == "Reuters"
