"""Paragraph classification: the quick checks before each search change no answer.

``_segment._classify`` skips a search over the whole line where a character the pattern
needs is missing, and searches end-anchored patterns only near the line's end. The
reference below is the plain form (every search over the whole line); generated lines made of
the pieces those checks look at must get the same kind from both.
"""

from __future__ import annotations

import re

import pytest
import regex
from _texts import joined
from hypothesis import given, settings
from hypothesis import strategies as st

from deepseek_policy._segment import (
    _BRACKETED_EMAIL,
    _BULLET,
    _BYLINE,
    _CREDIT_END,
    _EMAIL,
    _FURNITURE_WORDS,
    _LINK_LEAD,
    _TERMINAL,
    _UPPER_LINE,
    _URL_ONLY,
    ParagraphKind,
    _classify,
)

_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))|all rights reserved", re.I
)
_TITLE_END = regex.compile(r"[.][\"”’')\]]*\s*$")


def _reference(line: str, first: bool) -> ParagraphKind:
    """Every pattern searched over the whole line, with no quick check before it."""
    stripped = line.strip()
    if not stripped:
        return ParagraphKind.FURNITURE
    bare = _BULLET.sub("", stripped)
    if _FURNITURE_WORDS.fullmatch(bare) or _COPYRIGHT.search(stripped):
        return ParagraphKind.FURNITURE
    if _LINK_LEAD.match(bare):
        return ParagraphKind.FURNITURE
    if _EMAIL.search(bare) or _BRACKETED_EMAIL.search(bare) or _URL_ONLY.fullmatch(bare):
        return ParagraphKind.FURNITURE
    words = bare.split()
    short_item = _BULLET.match(stripped) and len(words) <= 6
    news_item = len(words) >= 5 and any(w[:1].islower() for w in words)
    if short_item and not (len(words) >= 3 and _TERMINAL.search(bare)) and not news_item:
        return ParagraphKind.FURNITURE
    if _BYLINE.fullmatch(bare) and len(words) <= 14 and not _TERMINAL.search(bare):
        return ParagraphKind.FURNITURE
    if len(words) <= 4 and _UPPER_LINE.fullmatch(bare) and not first:
        return ParagraphKind.FURNITURE
    if _CREDIT_END.search(stripped):
        return ParagraphKind.CAPTION
    if first and not _TITLE_END.search(stripped):
        return ParagraphKind.TITLE
    if not _TERMINAL.search(stripped) and len(words) <= 25:
        if len(words) <= 2 and not any(w[:1].isupper() for w in words):
            return ParagraphKind.FURNITURE
        return ParagraphKind.HEADING
    return ParagraphKind.BODY


_PIECES = [
    "Seoul", "blocked", "the", "app", "By Jane Doe", "©", "(c) ", "Copyright 2025",
    "all rights reserved", "ALL RIGHTS ReSeRVED", "all riɡhts", "[email protected]",
    "[email\xa0protected]", "press@example.org", "@", "[", "]", "[REUTERS]", "[AP/Kim]",
    "- ", "* ", "• ", "-", ".", "!", "?", "\"", "”", "’", "'", ")", "]", "…", ".”", ".)",
    "www.example.com", "news", "Updated", "Photo", "reading", "2025", "ministry", "RELATED:",
    "Read more:", ":",
]  # fmt: skip
_SPACES = [" ", " ", "", "  ", "\t", "\xa0", "\u2003"]

_lines = joined(_PIECES, _SPACES, min_size=0, max_size=16)


@settings(max_examples=400, deadline=None)
@given(line=_lines, first=st.booleans())
def test_classify_agrees_with_the_plain_searches(line: str, first: bool) -> None:
    assert _classify(line, first) is _reference(line, first)


@pytest.mark.parametrize(
    ("line", "first", "kind"),
    [
        ("Italy's privacy watchdog blocked DeepSeek on Thursday.", False, ParagraphKind.BODY),
        ("“We will not allow it,” the minister said.”", False, ParagraphKind.BODY),
        ("Seoul blocks DeepSeek", True, ParagraphKind.TITLE),
        ("Copyright 2025 The Herald. All Rights Reserved.", False, ParagraphKind.FURNITURE),
        ("The Herald, all rights reserved", False, ParagraphKind.FURNITURE),
        ("Contact: [email protected]", False, ParagraphKind.FURNITURE),
        ("A staff member checks a phone in Seoul. [YONHAP]", False, ParagraphKind.CAPTION),
        ("- Officials met on Friday", False, ParagraphKind.FURNITURE),
        ("- Italy's privacy watchdog ordered DeepSeek blocked", False, ParagraphKind.HEADING),
        ("* Kenya's ICT ministry warned civil servants", False, ParagraphKind.HEADING),
        ("- World News Business Markets Tech", False, ParagraphKind.FURNITURE),
        ("- Lockheed Martin has banned DeepSeek.", False, ParagraphKind.BODY),
        ("• Oracle dropped the app.", False, ParagraphKind.BODY),
        ("- Seoul.", False, ParagraphKind.FURNITURE),
        ("What the ban covers", False, ParagraphKind.HEADING),
        ("RELATED: Italy blocks DeepSeek over privacy concerns", False, ParagraphKind.FURNITURE),
        ("Read more: Taiwan bars the app from state devices.", False, ParagraphKind.FURNITURE),
        ("Related coverage: Seoul suspends downloads", False, ParagraphKind.FURNITURE),
    ],
)
def test_classify_reads_news_lines(line: str, first: bool, kind: ParagraphKind) -> None:
    assert _classify(line, first) is kind
    assert _reference(line, first) is kind
