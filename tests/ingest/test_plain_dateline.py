"""A wire dateline without an agency ("RABAT - ") is taken off the body; a sentence never is."""
import pytest

from newsgraph.ingest.datelines import parse_dateline
from newsgraph.ingest.plaintext import read_credits_in_body


@pytest.mark.parametrize("text, place", [
    ("RABAT - Lebanese Foreign Minister Kareem Hadad held talks.", "RABAT"),
    ("NEW YORK — The council met on Friday.", "NEW YORK"),
    ("BEYROUTH, 3 mars 2024 - Le ministre est arrivé.", "BEYROUTH, 3 mars 2024"),
])
def test_plain_datelines(text, place):
    line = parse_dateline(text)
    assert line is not None and line.place == place and line.source is None


@pytest.mark.parametrize("text", [
    "Le ministre - qui était absent - a parlé.",
    "Kareem Hadad - the minister - spoke.",
    "EU ministers - meeting in Brussels - agreed.",
    "UN - the report said.",
])
def test_sentences_are_not_datelines(text):
    assert parse_dateline(text) is None


def test_the_body_loses_the_dateline_and_keeps_no_source():
    body, found = read_credits_in_body("AMMAN - The minister arrived on Monday.")
    assert body == "The minister arrived on Monday."
    assert "source" not in found
