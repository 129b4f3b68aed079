"""Language identification (lingua), loaded once, for routing to a spaCy pipeline."""
from __future__ import annotations

from functools import lru_cache

# Languages the detector knows: the supported ones plus the most common others in news,
# so that German or Arabic text is named as such instead of being forced into French.
_KNOWN = ("FRENCH", "ENGLISH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH",
          "ARABIC", "RUSSIAN", "TURKISH", "PERSIAN", "CHINESE", "JAPANESE", "POLISH")


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _KNOWN]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it cannot be told."""
    sample = text[:2000]
    if sum(c.isalpha() for c in sample) < 3:
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None
