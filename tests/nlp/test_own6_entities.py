"""Entity and document readings the sixth own gold set showed wrong, checked on sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.ingest import read_text


@pytest.mark.parametrize(("line", "lang", "source"), [
    ("Cet article a été initialement publié par Carthage Business Digest le 2 juin 2025.", "fr",
     "Carthage Business Digest"),
    ("Cette enquête a d'abord été publiée dans Le Courrier des Hauts Plateaux.", "fr",
     "Le Courrier des Hauts Plateaux"),
    ("This report was first published by Harbour Daily Ledger on June 2, 2025.", "en", "Harbour Daily Ledger"),
])
def test_a_credit_sentence_with_the_originals_date_names_the_source(line, lang, source):
    page = ("LE COURRIER DU SUD\n\nmar. 3 juin 2025 - 10:15\n\nTunisie : la banque relève son taux\n\n"
            "La banque a relevé mardi son taux directeur, a indiqué son gouverneur.\n\n" + line)
    article = read_text(page, item="<test>", language=lang)
    assert article.original_source == source
    assert line not in article.text


def test_a_person_published_by_someone_is_no_credit():
    page = ("LE COURRIER DU SUD\n\nmar. 3 juin 2025 - 10:15\n\nTunisie : un recueil paraît\n\n"
            "Le recueil est en librairie depuis mardi.\n\n"
            "Le poète a été publié initialement par Gallimard le 2 juin 2025.")
    article = read_text(page, item="<test>", language="fr")
    assert article.original_source is None
