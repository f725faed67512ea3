"""A lookahead on a match's first character, put in front of a pattern, changes no match.

Several patterns of the actor index open with ``(?=[...])``: the characters a match can begin
with, tested before the look-behind so that most positions fail at once. Each is held here to
the same pattern without it, over generated sentences of names, titles, determiners and odd
characters. The gazetteer's candidate scan, which matches a capital first and tests the
character before it afterwards, is held to the plain look-behind form.
"""

from __future__ import annotations

import re

import pytest
from _texts import joined
from hypothesis import given, settings
from hypothesis import strategies as st

from deepseek_policy import actions, actors
from deepseek_policy._trie import lead
from deepseek_policy.gazetteer import _CANDIDATE

_LEAD = re.compile(r"\(\?=\[[^\]]+\]\)")


def _compiled(pattern: object) -> re.Pattern[str]:
    """The compiled pattern behind a lazy one."""
    pattern.search  # type: ignore[attr-defined]  # noqa: B018 - compiles a lazy pattern
    return getattr(pattern, "_compiled", pattern)  # type: ignore[return-value]


def _led() -> list[tuple[str, re.Pattern[str]]]:
    people = actors._person_patterns()
    return [
        ("name, role", people[1]),
        ("role, name", people[2]),
        ("name said", people[3]),
        ("said name", people[4]),
        ("plural titles", _compiled(actors._PLURAL_TITLED)),
        ("distributive", _compiled(actors._DISTRIBUTIVE)),
        ("short form", _compiled(actors._SHORT_FORM)),
        ("ministry list", _compiled(actors._MINISTRY_LIST)),
        ("description", _compiled(actors._DESCRIPTION)),
        ("head words", actors._head_gate()),
        ("named targets", actions._targets()[0]),
    ]


_PIECES = [
    "Sung Kim", "Kathy Hochul", "Guo Jiakun", "Bae Kyung-hoon", "the", "The", "this", "This",
    "its", "Its", "their", "that", "ministry", "Ministry", "ministries", "Departments",
    "department", "of", "Trade", "Industry", "and", "Energy", "Finance", "said", "says",
    "according to", "told", "CEO", "head", "Senators", "Lawmakers", "Maria Lopez", "Tom Becker",
    "Shinhan", "Woori", "banks", "universities", "Italy's", "privacy", "watchdog", "Seoul’s",
    "data", "regulator", "company", "state-run", "tech", "giant", "Huawei", "new", "same",
    "İstanbul", "ıt", "ſaid", "\u212aorea", "T", "i", "3", "U.S.", "-", "x", "Agency",
    "Commission", "Office", "Bureau", "DeepSeek", "ChatGPT", "R1", "Qwen", "Llama",
    "chief executive", "spokesperson", "Samsung's", "an", "An", "Affairs'", "Home",
]  # fmt: skip
_GLUE = [" ", " ", ", ", "-", ". ", "'", "’", ".", "\n", ""]

_texts = joined(_PIECES, _GLUE, max_size=16)


def test_each_led_pattern_opens_with_one_lead() -> None:
    for name, pattern in _led():
        assert _LEAD.match(pattern.pattern), name


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(0, 6))
def test_a_lead_changes_no_match(text: str, start: int) -> None:
    start = min(start, len(text))
    for name, pattern in _led():
        plain = re.compile(_LEAD.sub("", pattern.pattern, count=1), pattern.flags)
        found = [m.group(0, *range(1, pattern.groups + 1)) for m in pattern.finditer(text, start)]
        expected = [m.group(0, *range(1, plain.groups + 1)) for m in plain.finditer(text, start)]
        assert found == expected, name
        at = plain.match(text, start)
        assert (pattern.match(text, start) is None) is (at is None), name


@pytest.mark.parametrize(
    "text",
    [
        "the Italy privacy watchdog said it would act",  # a description after "the"
        "The Seoul city government and Italy's data regulator",
        "ministries of Finance and Energy, departments of Health and Education",
        "Korea's Ministry of Trade and the Departments of State and Defense",
        "the ministry, its regulator, This company and their agency",
        "Sung Kim, CEO of Upstage, said; Maria Lopez said; said Tom Becker",
        "Senators Maria Lopez and Tom Becker; lawmakers Ana Ruiz and Li Wei",
        "Shinhan, Woori and Hana banks and Zhejiang and Yonsei universities",
        "according to Guo Jiakun, the spokesperson",
        # a role before the name: after "the", "an", "its" or a named owner
        "Upstage said its chief executive, Sung Kim, would speak.",
        "Reports quoted an official, Kathy Hochul, on Monday.",
        "Samsung's chief executive, Han Jong-hee, said it would review the app.",
        "It said the secretary of the Department of Home Affairs, Maria Lopez, signed it.",
        "Home Affairs' spokesperson, Tom Becker, said so.",
    ],
)
def test_a_lead_changes_no_match_in_sentences_with_each_first_character(text: str) -> None:
    for name, pattern in _led():
        plain = re.compile(_LEAD.sub("", pattern.pattern, count=1), pattern.flags)
        for start in range(len(text)):
            found = [m.groupdict() | {"": m.span()} for m in pattern.finditer(text, start)]
            expected = [m.groupdict() | {"": m.span()} for m in plain.finditer(text, start)]
            assert found == expected, (name, start)


#: The candidate scan as a plain look-behind before the capital.
_CANDIDATE_PLAIN = re.compile(r"(?<![\w&.-])[A-Z0-9À-ÖØ-ÞĀ-ſ][\w&.'’+-]*")


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(0, 6))
def test_the_candidate_scan_matches_as_the_look_behind_form(text: str, start: int) -> None:
    got = [m.span() for m in _CANDIDATE.finditer(text, start)]
    assert got == [m.span() for m in _CANDIDATE_PLAIN.finditer(text, start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy's Garante and AT&T said", ["Italy's", "Garante", "AT&T"]),
        ("x-Ray, U.S.-based 3M", ["U.S.-based", "3M"]),  # not after "-"
        ("Z", ["Z"]),  # at the very start
        ("a.B c&D", []),  # after "." or "&"
    ],
)
def test_the_candidate_scan_finds_capitals_and_numbers(text: str, expected: list[str]) -> None:
    assert [m.group() for m in _CANDIDATE.finditer(text)] == expected


def test_a_lead_names_each_first_character_once() -> None:
    assert lead(["Ministry", "Agency", "Ministries", "", "agency"]) == "(?=[AMa])"
    assert lead(["[x]", "-y"]) == r"(?=[\-\[])"  # escaped inside the class
    assert lead([]) == "(?!)"  # no word: nothing can match
