"""Normalising people's names for ordering, prefix search and typo-tolerant search."""

from __future__ import annotations

import re
import unicodedata

# Old (pre-1972) Indonesian spellings still live on in names: Soekarno / Sukarno,
# Djawa / Jawa, Tjandra / Candra. Both spellings of a name must find each other.
_OLD_SPELLINGS = (("dj", "j"), ("tj", "c"), ("oe", "u"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"))
_NON_ALNUM = re.compile(r"[^0-9a-z]+")

MAX_TOKEN_LENGTH = 60


def fold(text: str) -> str:
    """Lower case, no diacritics, old spellings folded, words separated by one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = _NON_ALNUM.sub(" ", ascii_only).split()
    folded = []
    for word in words:
        for old, new in _OLD_SPELLINGS:
            word = word.replace(old, new)
        folded.append(word[:MAX_TOKEN_LENGTH])
    return " ".join(folded)


def name_key(full_name: str) -> str:
    """The key a name sorts and prefix-matches by."""
    return fold(full_name)[:120]


def tokens(full_name: str) -> list[str]:
    """Distinct words of a name, in order."""
    return list(dict.fromkeys(fold(full_name).split()))


def deletions(word: str) -> set[str]:
    """The word and every string one deleted character away from it (SymSpell, distance 1)."""
    variants = {word}
    for i in range(len(word)):
        variants.add(word[:i] + word[i + 1 :])
    return variants


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    # b is one longer: deleting one character of b must give a.
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string that starts with prefix (ASCII keys)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else "\x7f"
