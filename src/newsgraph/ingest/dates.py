"""Publication dates as printed on pages, normalised to ISO 8601. (placeholder)"""
from dataclasses import replace

from newsgraph.records import Article, DateSeen


def override_published(article: Article, published: str) -> Article:
    seen = article.dates_seen + (DateSeen(text=published, value=published, where="option --published"),)
    return replace(article, published=published, published_from="option --published", dates_seen=seen)
