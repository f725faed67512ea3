"""The separator-led scan gives exactly the matches of the pattern it stands for.

:class:`WordScan` scans a copy of a pattern that takes a separator instead of looking behind
for one, and reads its matches back as the pattern's. Each case below is one way that reading
could go wrong: a match at the very start, a separator that the copy took with the match
before, a letter outside ASCII that the look-behind's class holds, an empty match, a slice of
the text. The property tests hold the date, quantity, trigger and lower-case gazetteer scans,
and some patterns made to be awkward, to the pattern's own ``finditer`` on generated text at
every start and end.
"""

from __future__ import annotations

import re

import pytest
from _texts import joined
from hypothesis import given, settings
from hypothesis import strategies as st

from deepseek_policy import dates, quantities
from deepseek_policy._rx import fold
from deepseek_policy._wordscan import WordScan
from deepseek_policy.gazetteer import default_gazetteer
from deepseek_policy.triggers import default_lexicon


def _reference(scan: WordScan, text: str, pos: int = 0, endpos: int | None = None) -> list:
    end = len(text) if endpos is None else endpos
    return [m.span() for m in scan.exact.finditer(text, pos, end)]


def _groups(scan: WordScan, text: str) -> list[tuple[int, int, str | None, dict]]:
    return [(start, m.end(), m.lastgroup, m.groupdict()) for start, m in scan.scan(text)]


BAN = WordScan(r"(?<![\w-])(?P<word>ban\w*|block(?:ed)?)")
#: a match may end on a separator, so that the next can start right after it
DOTTED = WordScan(r"(?<![\w-])(?:ab\.|cd|e\.f)")
#: a class that names characters outside ASCII
MONEY = WordScan(r"(?<![\w€£.])(?:[0-9]+(?:\.[0-9]+)?|€[0-9]+)")
#: matches the empty string: the scan must hand over to the pattern's own
EMPTY = WordScan(r"(?<!\w)x*")


@pytest.mark.parametrize(
    ("scan", "text", "expected"),
    [
        (BAN, "Seoul banned it (blocked, too); unbanned; re-block", [(6, 12), (17, 24)]),
        (BAN, "banned at the start", [(0, 6)]),
        (BAN, "ban", [(0, 3)]),
        (BAN, "", []),
        (BAN, "“ban” and «blocked»", [(1, 4), (11, 18)]),  # separators outside ASCII
        (BAN, "éban and Ωblocked but ban", [(22, 25)]),  # letters outside ASCII are in \w
        (BAN, "日本ban 日本 ban", [(9, 12)]),
        # letters the copy does not leave out (outside its blocks): checked one by one
        (BAN, "कban ภban ban ሀblocked", [(10, 13)]),
        (DOTTED, " ab.cd", [(1, 4), (4, 6)]),  # the "." taken with "ab." is cd's separator
        (DOTTED, "ab.cd e.fcd ab.ab.", [(0, 3), (3, 5), (6, 9), (12, 15), (15, 18)]),
        (MONEY, "paid €5 or 7.5 and x9 or £3", [(5, 7), (11, 14)]),
        (MONEY, "€12", [(0, 3)]),
        (EMPTY, "ax x", [(0, 0), (3, 4)]),
    ],
)
def test_the_scan_gives_the_patterns_matches(
    scan: WordScan, text: str, expected: list[tuple[int, int]]
) -> None:
    assert _reference(scan, text) == expected  # the case means what it says
    assert scan.spans(text) == expected
    assert [(start, m.end()) for start, m in scan.scan(text)] == expected


def test_a_match_holds_the_groups_of_the_patterns_own() -> None:
    text = "They banned it; (blocked) too"
    assert _groups(BAN, text) == [
        (m.start(), m.end(), m.lastgroup, m.groupdict()) for m in BAN.exact.finditer(text)
    ]
    assert [m["word"] for _start, m in BAN.scan(text)] == ["banned", "blocked"]


def test_a_slice_is_scanned_as_the_pattern_scans_it() -> None:
    text = "unbanned ban block"
    assert BAN.spans(text, 2) == _reference(BAN, text, 2) == [(9, 12), (13, 18)]
    assert BAN.spans(text, 9) == [(9, 12), (13, 18)]  # the separator before the slice counts
    assert BAN.spans(text, 10, 18) == _reference(BAN, text, 10, 18) == [(13, 18)]
    assert BAN.spans(text, 0, 16) == _reference(BAN, text, 0, 16) == [(9, 12)]
    assert BAN.spans(text, 40) == []
    assert BAN.spans(text, 5, 2) == []


def test_a_first_character_test_changes_no_match() -> None:
    led = WordScan(r"(?<![\w-])(?:ban\w*|[0-9]+)", first="[b0-9]")
    text = "12 banned, 3 (4) unbanned; block ban5"
    assert (
        led.spans(text) == _reference(led, text) == [(0, 2), (3, 9), (11, 12), (14, 15), (33, 37)]
    )


def test_letters_of_other_scripts_are_not_taken_for_separators() -> None:
    """The copy leaves out the letters beyond ASCII that the class holds, in whole blocks:
    text in those scripts does not try the pattern after every letter."""
    for held in ("日本", "한국", "Müller", "Ωmega", "Москва", "東京"):
        assert BAN._led.search(f"{held}ban") is None
        assert BAN.spans(f"{held}ban {held} ban") == [(2 * len(held) + 5, 2 * len(held) + 8)]
    assert BAN._led.search("«ban") is not None  # a separator beyond ASCII still leads


def test_a_pattern_without_an_opening_look_behind_is_refused() -> None:
    with pytest.raises(ValueError, match="look-behind"):
        WordScan(r"ban\w*")
    with pytest.raises(ValueError, match="look-behind"):
        WordScan(r"(?<=\s)ban")


def test_case_folding_leaves_out_no_separator() -> None:
    """The Kelvin sign folds to "k": the copy's class of separators must not fold."""
    scan = WordScan(r"(?<![a-z])(?:ban)", re.IGNORECASE)
    text = "\u212aBAN kban ban"
    assert scan.spans(text) == _reference(scan, text)


# ---------------------------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------------------------

_PIECES = [
    "ban", "banned", "block", "blocked", "ab.", "cd", "e.f", "x", "€5", "7.5", "£3", "5",
    "Jan.", "30", "2025", "January", "last week", "on Monday", "the", "this", "about",
    "this week", "two days ago", "three days later", "the 5th of March", "today", "tomorrow",
    "the following day", "early 2025", "mid-February", "yesterday", "next month", "week",
    "Tuesday", "The day before", "05 March", "Three weeks ago", "Last year",
    "$5 million", "US$", "5.6m", "four", "twenty-one", "a dozen", "half a dozen", "million",
    "ordered", "suspended", "shut down", "removed from", "app stores", "been removed from",
    "taken down", "pulled", "ministry of interior", "u.s.", "é", "日本", "Ω", "\u212a",
    "İ", "ı", "ſ", "-", "_", "क", "ภ", "ሀ",
]  # fmt: skip
_GLUE = [" ", " ", "", ", ", ". ", "-", "“", "”", "(", ")", "’", "'", "\n", "/", "€", "—"]

_texts = joined(_PIECES, _GLUE, max_size=14)


def _scans() -> list[tuple[str, WordScan]]:
    lexicon = default_lexicon()
    lexicon.pattern()
    lower = default_gazetteer()._matcher()[1]
    assert lower is not None
    folded = lexicon._folded
    assert folded is not None
    return [
        ("ban", BAN),
        ("dotted", DOTTED),
        ("money", MONEY),
        ("empty", EMPTY),
        ("dates", dates._word_scan()),
        ("quantities", quantities._lexicon().atom),
        ("gazetteer lower case", lower),
        ("triggers", folded),
    ]


@settings(max_examples=200, deadline=None)
@given(text=_texts, data=st.data())
def test_every_scan_gives_the_patterns_matches_on_any_slice(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text) + 1))
    endpos = data.draw(st.one_of(st.none(), st.integers(0, len(text) + 1)))
    for name, scan in _scans():
        for subject in (text, fold(text)):
            expected = _reference(scan, subject, pos, endpos)
            assert scan.spans(subject, pos, endpos) == expected, name
            found = [(start, m.end()) for start, m in scan.scan(subject, pos, endpos)]
            assert found == expected, name


@settings(max_examples=100, deadline=None)
@given(text=_texts)
def test_every_scan_gives_the_patterns_groups(text: str) -> None:
    for name, scan in _scans():
        expected = [
            (m.start(), m.end(), m.lastgroup, m.groupdict()) for m in scan.exact.finditer(text)
        ]
        assert _groups(scan, text) == expected, name


def test_the_scans_find_what_the_pipeline_needs() -> None:
    text = "On Jan. 30, 2025 the ministry of interior ordered about $5 million be pulled."
    assert [dates._word_scan().exact.match(text, s).group() for s, _e in
            dates._word_scan().spans(text)] == ["Jan. 30, 2025"]  # fmt: skip
    atoms = [text[s:e] for s, e in quantities._lexicon().atom.spans(text)]
    assert "$5 million" in atoms
