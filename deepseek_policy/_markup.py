"""Markup that is not text, read as plain text, with a map back to the original offsets.

Articles scraped from the web keep some of their page's markup: Markdown links and emphasis
("[Italy's Garante](https://...) **blocked** the app"), HTML tags and entities left by a
converter ("<p>", "&amp;", "&#39;"), zero-width characters and soft hyphens, runs of
spaces ("Gov.  Kathy Hochul"), compounds a hard wrap broke after a hyphen, and letters
written decomposed, a letter then its accent (Unicode's NFD, as some file systems and
scrapers give text: "NU\u0301KIB" reads as "NÚKIB"). The
extractors' patterns are written for plain prose, so :func:`plain_text` reads such a text
as the prose it renders, and gives an
:class:`OffsetMap` that turns each span of the plain reading back into a span of the
original, so every record's evidence is still the original text at its offsets.

>>> plain, where = plain_text("**Italy** blocked [DeepSeek](https://example.org/ds) &amp; more")
>>> plain
'Italy blocked DeepSeek & more'
>>> where.span(0, 5), where.span(14, 22)
((0, 9), (18, 52))

A text with none of that markup is its own plain reading, with no map (no copy, no cost
beyond one scan):

>>> plain_text("Italy blocked DeepSeek.")
('Italy blocked DeepSeek.', None)
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata

from deepseek_policy._rx import lazy_re

__all__ = ["OffsetMap", "plain_text"]

#: Where markup may begin: the first character of every kind below but a run of spaces, and
#: a decomposed letter's first mark (one class, which the engine scans for far faster than
#: it tries the alternation at every position). Most texts hold none, or a few ("AT&T",
#: "[NEWS1]") where it is then tried.
_MAYBE = lazy_re(
    r"[*_\[<&\u200b-\u200d\u2060\ufeff\u00ad\u0300-\u036f\u1160-\u11ff\u3099\u309a]"
)
#: Marks that follow the letter they modify in a decomposed (NFD) text: Latin, Greek and
#: Cyrillic accents, Hangul vowel and final jamo, kana voicing marks. A letter and its run of
#: marks is read as its composed (NFC) form, so "NU\u0301KIB" is the "NÚKIB" the gazetteer
#: and the patterns know.
_COMBINING = lazy_re(r"[\u0300-\u036f\u1160-\u11ff\u3099\u309a]+")
_SPACE_RUN = lazy_re(r"[ ]{2,}")
#: A line break after a compound's hyphen, in a hard wrap: "671-billion-" / "parameter".
_HYPHEN_BREAK_RX = r"(?<=[A-Za-z0-9]-)\n(?=[a-z])"
_HYPHEN_BREAK = lazy_re(_HYPHEN_BREAK_RX)

#: Each kind of markup, as one alternation scanned left to right (every branch is bounded or
#: runs over one class, so the scan is linear). The last group a match closes names what
#: replaces it: ``keep`` (and ``keep2`` ...) keeps its text (a link's or an emphasis's words),
#: ``entity`` is its character, ``space``, ``line`` and ``cell`` are the strings of
#: :data:`_REPLACED`; a match with none of them (a tag, a zero-width character) is dropped.
_MARKUP = lazy_re(
    # a Markdown link (not an image, which the segmenter reads as a caption): its text
    r"(?<!!)\[(?P<keep>[^\[\]\n]{1,300})\]\([^()\s]{0,2000}(?:[ ]\"[^\"\n]{0,200}\")?\)"
    # strong emphasis, then emphasis, with markers that hug their words
    r"|\*\*(?=[^\s*])(?P<keep2>[^*\n]{1,500}?)(?<=[^\s*])\*\*"
    r"|(?<![\w_])__(?=[^\s_])(?P<keep3>[^_\n]{1,500}?)(?<=[^\s_])__(?![\w_])"
    r"|(?<![\w*])\*(?=[^\s*])(?P<keep4>[^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])(?P<keep5>[^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])"
    # a script or style element, or a comment, with all it holds
    r"|<(?P<element>script|style)\b[^>]{0,500}>[^<]{0,100000}(?:<(?!/(?P=element)>)[^<]{0,100000}){0,1000}</(?P=element)>"
    r"|<!--[^-]{0,100000}(?:-(?!->)[^-]{0,100000}){0,1000}-->"
    # a tag that ends a block, read as a line break, or a table's cell, read as a pipe (as a
    # Markdown table writes it); any other tag, dropped
    r"|(?P<line></(?:p|div|h[1-6]|li|tr|blockquote)>|<br[ ]?/?>)"
    r"|(?P<cell></t[dh]>)"
    r"|</?[A-Za-z][A-Za-z0-9]{0,15}(?:[ \t][^<>\n]{0,1000})?/?>"
    # a character entity
    r"|(?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,15});)"
    # zero-width characters and soft hyphens; a line break after a compound's hyphen; a run
    # of spaces between words
    r"|[\u200b-\u200d\u2060\ufeff\u00ad]+"
    rf"|{_HYPHEN_BREAK_RX}"
    r"|(?<=\S)(?P<space>[ ]{2,})(?=\S)",
    re.IGNORECASE,
)
_KEEP = frozenset({"keep", "keep2", "keep3", "keep4", "keep5"})
_REPLACED = {"space": " ", "line": "\n", "cell": " | "}


class OffsetMap:
    """Where each character of a plain reading stood in the original text.

    The plain text is pieces of the original copied whole, with replacements (an entity's
    character, a tag's line break) between them and the markup itself left out. A span of
    the plain text maps to the original span that holds the same characters, taking in
    markup that was left out right before its start or right after its end ("**Italy**"
    for "Italy"), so that the original span renders as the plain one.
    """

    __slots__ = ("_copied", "_ends", "_length", "_origins", "_starts")

    def __init__(self, length: int) -> None:
        self._length = length  # of the original text
        self._starts: list[int] = []  # where each piece starts in the plain text
        self._origins: list[int] = []  # ... and in the original
        self._ends: list[int] = []  # where it ends in the original
        self._copied: list[bool] = []  # whether it is a copy (or a replacement)

    def _add(self, plain_at: int, start: int, end: int, copied: bool) -> None:
        self._starts.append(plain_at)
        self._origins.append(start)
        self._ends.append(end)
        self._copied.append(copied)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the plain text's ``[start:end]``."""
        if not self._starts:
            return start, end
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        if self._copied[i] and start > self._starts[i]:
            a = self._origins[i] + start - self._starts[i]
        else:  # at a piece's start: take in the markup left out before it
            a = self._origins[i]
            if start == self._starts[i]:
                a = self._ends[i - 1] if i > 0 else 0
        if end <= start:
            return a, a
        j = max(0, bisect.bisect_right(self._starts, end - 1) - 1)
        last = j + 1 == len(self._starts)
        if self._copied[j] and end < self._starts[j] + self._ends[j] - self._origins[j]:
            b = self._origins[j] + end - self._starts[j]
        else:  # at a piece's end: take in the markup left out after it
            b = self._length if last else self._origins[j + 1]
        return a, max(a, b)


def plain_text(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` read as plain prose, and the map back to its offsets (None where the text
    holds no markup and is its own reading)."""
    starts = [m.start() for m in _MAYBE.finditer(text)]
    # (each test far cheaper than a scan for the pattern)
    if "  " in text:
        starts.extend(m.start() for m in _SPACE_RUN.finditer(text))
    if "-\n" in text:
        starts.extend(m.start() for m in _HYPHEN_BREAK.finditer(text))
    starts.sort()
    if not starts:
        return text, None
    pieces: list[str] = []
    where = OffsetMap(len(text))
    plain_at = 0  # length of the plain text so far
    copied_from = 0  # where the next copy starts in the original

    def copy(upto: int) -> None:
        nonlocal plain_at
        if upto > copied_from:
            pieces.append(text[copied_from:upto])
            where._add(plain_at, copied_from, upto, True)
            plain_at += upto - copied_from

    for at in starts:
        if at < copied_from:
            continue  # inside the markup read last
        # (every other kind opens with a character below U+0300: one comparison spares the
        # match at each of them)
        marks = _COMBINING.match(text, at) if text[at] >= "\u0300" else None
        if marks is not None:
            # a decomposed letter: the letter before the marks and the marks, composed
            if at - 1 < copied_from or _COMBINING.match(text, at - 1):
                continue
            composed = unicodedata.normalize("NFC", text[at - 1 : marks.end()])
            if composed == text[at - 1 : marks.end()]:
                continue  # marks with no composed form: kept as written
            copy(at - 1)
            pieces.append(composed)
            where._add(plain_at, at - 1, marks.end(), False)
            plain_at += len(composed)
            copied_from = marks.end()
            continue
        m = _MARKUP.match(text, at)
        if m is None:
            continue
        group = m.lastgroup
        if group in _KEEP:  # the words inside: copied, the markers around them dropped
            copy(m.start())
            copied_from = m.start(group)
            copy(m.end(group))
            copied_from = m.end()
            continue
        if group == "entity":
            replacement = html.unescape(m.group())
            if replacement == m.group() or len(replacement) != 1:
                continue  # not an entity after all ("&notanentity;"): the text as it stands
        else:
            replacement = _REPLACED.get(group or "", "")
        copy(m.start())
        if replacement:
            pieces.append(replacement)
            where._add(plain_at, m.start(), m.end(), False)
            plain_at += len(replacement)
        copied_from = m.end()
    if not where._starts and copied_from == 0:
        return text, None
    copy(len(text))
    return "".join(pieces), where
