"""Language identification (lingua), loaded once, for routing to a spaCy pipeline.

lingua always names the closest language, even for gibberish (random letters come
out as Spanish or Turkish with full confidence). So a guess is checked: real text in
a language is full of its function words, and spaCy ships them for every language
it knows (``Defaults.stop_words``, no model needed). Text with too few of them is of
no language we can tell, and is rejected as such rather than as "unsupported 'es'".
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

log = logging.getLogger(__name__)

# Languages the detector knows: the supported ones plus the most common others in news,
# so that German or Arabic text is named as such instead of being forced into French.
_KNOWN = ("FRENCH", "ENGLISH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH",
          "ARABIC", "RUSSIAN", "TURKISH", "PERSIAN", "CHINESE", "JAPANESE", "POLISH")
#: Languages written without spaces between words: the function-word check does not apply.
_UNSPACED = ("zh", "ja")
#: Share of words that must be function words of the guessed language (news prose: 0.3-0.5).
MIN_FUNCTION_WORDS = 0.12
#: Below this many words, one function word is enough.
SHORT_TEXT_WORDS = 8
SAMPLE_CHARS = 2000


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _KNOWN]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


@lru_cache(maxsize=None)
def function_words(code: str) -> frozenset[str]:
    """spaCy's stop words for ``code`` (empty when spaCy has no such language)."""
    try:
        from spacy.util import get_lang_class

        return frozenset(get_lang_class(code).Defaults.stop_words)
    except Exception:  # noqa: BLE001  (an unknown language code: no words to check with)
        return frozenset()


def looks_like(text: str, code: str) -> bool:
    """Whether ``text`` is plausibly written in ``code``: enough of its function words."""
    if code in _UNSPACED:
        return True
    known = function_words(code)
    if not known:
        return True
    tokens = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text.casefold())
    if not tokens:
        return False
    hits = sum(t in known or t.split("'")[0] + "'" in known for t in tokens)
    if len(tokens) < SHORT_TEXT_WORDS:
        return hits >= 1
    return hits / len(tokens) >= MIN_FUNCTION_WORDS


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < 3:
        return None
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return None
    code = lang.iso_code_639_1.name.lower()
    if not looks_like(sample, code):
        log.info("text guessed as %r has too few of its function words: language unknown", code)
        return None
    return code
