"""Plain-text news pages: header (banner, date line, headline), body, credit lines. (placeholder)"""
from newsgraph.records import Article


def parse_plaintext(text: str, *, source: str | None = None) -> Article:
    return Article(text=text.strip(), source=source)
