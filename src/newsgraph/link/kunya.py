"""The kunya: a man named after his son ("Abu Muhammad", "Abou Moussab", glued "Abuobaida").

A kunya and the son's own name share a word, so name comparison would take "Abu Ahmad X" and
"Ahmad X" for one person; they are father and son. The kunya words are language data
(``lang/*/name_kunya.txt``); a glued form that is also a given name of its own ("Abubakar",
"Abolghasem") stays one given name.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.link import names
from newsgraph.link.name_folding import fold, lexicon, particles, word_similarity

if TYPE_CHECKING:
    from newsgraph.link.person_names import NameParts


@lru_cache(maxsize=200_000)
def kunya_son(given_text: str) -> str | None:
    """The son's name of a given part that opens with a kunya ("Abu Muhammad", "Abi l-Qasim" ->
    "muhammad", "qasim"), folded; None for any other given part. A glued form ("Abubakar",
    "Abolghasem") is a given name of its own and compared as one."""
    given = [w for w in fold(given_text).split() if w not in lexicon("name_honorifics")]
    glued = _glued_kunya(given[0]) if given else None
    if glued:
        return glued  # "Abuobaida", as the list cuts it, is "Abu Obaida"
    if len(given) < 2 or given[0] not in lexicon("name_kunya"):
        return None
    rest = [w for w in given[1:] if w not in particles() and len(w) > 1]
    return rest[0] if rest else None


def _glued_kunya(word: str) -> str | None:
    """The son's name of a kunya written as one word ("abuobaida" -> "obaida") when the kunya
    is also a glued article (``name_glued_articles.txt``), so that ``person_names`` cuts it the
    same way; None otherwise."""
    for k in lexicon("name_kunya") & lexicon("name_glued_articles"):
        if word.startswith(k) and len(word) - len(k) >= 4:
            return word[len(k):]
    return None


def kunya_mismatch(a: "NameParts", b: "NameParts") -> bool:
    """One name is a kunya ("Abu Ahmad X"), the other opens with the son's name itself ("Ahmad
    X"): the father and the son, two people."""
    sa, sb = kunya_son(a.given_text), kunya_son(b.given_text)
    if bool(sa) == bool(sb):
        return False
    son, other = (sa, b) if sa else (sb, a)
    return bool(other.given) and len(other.given[0]) > 1 and \
        word_similarity(other.given[0], son) >= names.VARIANT_THRESHOLD
