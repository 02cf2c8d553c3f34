"""Name folding and the one-edit test that typo tolerance rests on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from db.names import deletions, fold, prefix_upper_bound, tokens, within_one_edit

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)


def test_fold() -> None:
    assert fold("  Umbu   NDAKU-lewa ") == "umbu ndaku lewa"
    assert fold("Soekarno Djojo") == "sukarno jojo"
    assert fold("José Ñato") == "jose nato"
    assert tokens("Umbu Umbu Hina") == ["umbu", "hina"]


@given(words, st.integers(0, 11), st.sampled_from("abcxyz"))
def test_one_edit_is_found_by_shared_deletions(word: str, at: int, letter: str) -> None:
    at = at % (len(word) + 1)
    for variant in (
        word[:at] + letter + word[at:],  # insertion
        word[:at] + word[at + 1 :],  # deletion
        word[:at] + letter + word[at + 1 :],  # substitution
    ):
        if variant:
            assert within_one_edit(word, variant)
            assert deletions(word) & deletions(variant)


@given(words, words)
def test_within_one_edit_is_symmetric(a: str, b: str) -> None:
    assert within_one_edit(a, b) == within_one_edit(b, a)


def test_swap_is_one_edit_but_two_swaps_are_not() -> None:
    assert within_one_edit("ndaku", "ndauk")
    assert not within_one_edit("ndaku", "dnauk")


@given(words, words)
def test_prefix_upper_bound(prefix: str, rest: str) -> None:
    assert prefix <= prefix + rest < prefix_upper_bound(prefix)
