"""Layout that is not language: soft line breaks, typography and a shouted name, read plainly.

News copied from e-mail, plain-text wires or terminals is often wrapped at a fixed width, so
one paragraph spans several lines and a line break falls inside names ("Ministry of\\nForeign
Affairs") and sentences. The extractors read one paragraph per line, so :func:`unwrap`
turns each soft break into a space. It keeps the length (one character for one), so every
offset into the result is an offset into the original text.

A break is soft when the text is hard-wrapped (paragraphs separated by blank lines, and the
lines inside them no wider than a terminal) and the line before it is not short, or
anywhere when the line plainly stops mid-sentence (it ends in a comma or a word such as
"of" or "the", or the next line opens in lower case).

>>> unwrap("Italy's watchdog said on Friday it\\nwould open an inquiry.")
"Italy's watchdog said on Friday it would open an inquiry."
>>> unwrap("Headline\\nFirst paragraph.")
'Headline\\nFirst paragraph.'

Text taken from web pages and word processors also spaces words with no-break, thin or
ideographic spaces ("Jan.&nbsp;30", "$1&nbsp;billion"), joins them with non-breaking hyphens
and may quote with guillemets or low opening marks; the patterns are written for plain spaces
and hyphens and English quotation marks, so :func:`plain_spaces` reads each such character as
the plain one, again one character for one.

>>> plain_spaces("Italy\u00a0banned DeepSeek on Jan.\u202f30")
'Italy banned DeepSeek on Jan. 30'
"""

from __future__ import annotations

import itertools
import re
import statistics

__all__ = ["plain_name", "plain_spaces", "unwrap"]

#: Lines in a hard-wrapped text are at most this wide (terminals, e-mail, plain-text wires).
_WRAP_WIDTH = 100
#: A line shorter than this share of the wrap width ends its paragraph (or is a heading).
_SHORT_LINE = 0.6
_SENTENCE_END = frozenset(".!?:;\"”’')]")
_BULLETS = ("-", "*", "•", "–", "—", "#", ">", "|")
#: A line that ends in one of these words stops mid-phrase.
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "whose",
        "as",
        "than",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "these",
        "those",
    }
)

#: Spaces and hyphens of typography, each read as the plain character: no-break, en, em, thin,
#: hair, narrow no-break, mathematical and ideographic spaces; hyphen and non-breaking hyphen.
_SPACES = "\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_HYPHENS = "\u2010\u2011"
#: Quotation marks of other typographies, read as the English curly ones: guillemets (« »,
#: ‹ ›) and the low opening marks („ ‚) of German and Eastern European copy.
_QUOTES_FROM = "\u00ab\u00bb\u2039\u203a\u201e\u201a"
_QUOTES_TO = "\u201c\u201d\u2018\u2019\u201c\u2018"
#: Long s, which a case-insensitive pattern matches to "s" without lower-casing to it (see
#: ``deepseek_policy._rx.fold``), read as "s", so that a match looked up by its lower case
#: ("banſ", "dayſ") finds its row. (No name is spelt with it; the dotless and dotted i of
#: Turkish names are kept as written.)
_LETTERS_FROM = "\u017f"
_LETTERS_TO = "s"
#: Full-width digits, letters, dollar and per-cent signs (copy from Chinese, Japanese and
#: Korean sources: "Feb. １５", "＄６ million", "ＤｅｅｐＳｅｅｋ"), and the decimal digits of
#: Arabic and Devanagari copy, each read as its ASCII character, so dates and numbers in
#: them read as the same in ASCII do.
_WIDE_FROM = (
    "".join(map(chr, range(0xFF10, 0xFF1A)))
    + "".join(map(chr, range(0xFF21, 0xFF3B)))
    + "".join(map(chr, range(0xFF41, 0xFF5B)))
    + "\uff04\uff05"
    + "".join(map(chr, range(0x0660, 0x066A)))
    + "".join(map(chr, range(0x06F0, 0x06FA)))
    + "".join(map(chr, range(0x0966, 0x0970)))
)
_WIDE_TO = (
    "0123456789"
    + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    + "abcdefghijklmnopqrstuvwxyz"
    + "$%"
    + "0123456789" * 3
)
_TYPOGRAPHIC = re.compile(f"[{_SPACES}{_HYPHENS}{_QUOTES_FROM}{_LETTERS_FROM}{_WIDE_FROM}]")
_PLAIN = str.maketrans(
    _SPACES + _HYPHENS + _QUOTES_FROM + _LETTERS_FROM + _WIDE_FROM,
    " " * len(_SPACES) + "-" * len(_HYPHENS) + _QUOTES_TO + _LETTERS_TO + _WIDE_TO,
)


def plain_spaces(text: str) -> str:
    """``text`` with typographic spaces, hyphens and quotation marks read as plain spaces and
    hyphens and English curly quotes, long s as "s", and full-width letters and digits and
    other scripts' digits as ASCII (same length, same offsets); the text itself where it has
    none (no copy).

    >>> plain_spaces("Italy banſ it for ſix dayſ")
    'Italy bans it for six days'
    """
    if _TYPOGRAPHIC.search(text) is None:
        return text
    return text.translate(_PLAIN)


#: The company's name in capitals or in lower case, as a word (not in an address such as
#: "chat.deepseek.com" or a handle such as "@deepseek_ai").
_SHOUTED_NAME = re.compile(r"(?<![\w@./-])(?:DEEPSEEK|deepseek)(?![\w-]|\.\w)")


def plain_name(text: str) -> str:
    """``text`` with "DEEPSEEK" and "deepseek" written as "DeepSeek" (same length, same
    offsets), as headlines in capitals and some copy write it; the text itself where it has
    neither.

    >>> plain_name("DEEPSEEK BANNED; see chat.deepseek.com")
    'DeepSeek BANNED; see chat.deepseek.com'
    """
    if "DEEPSEEK" not in text and "deepseek" not in text:
        return text
    return _SHOUTED_NAME.sub("DeepSeek", text)


def unwrap(text: str) -> str:
    """``text`` with its soft line breaks turned into spaces (same length, same offsets)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    pieces: list[str] = []
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        pieces.append(line)
        pieces.append(" " if _is_soft(line, nxt, width) else "\n")
    if not any(p == " " for p in pieces[1::2]):
        return text  # nothing to unwrap: no copy
    pieces.append(lines[-1])
    return "".join(pieces)


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None if it is not hard-wrapped.

    Hard-wrapped text separates paragraphs by blank lines, and nearly all the lines that
    continue into another line are no wider than a terminal."""
    if not any(not ln.strip() for ln in lines):
        return None
    inner = [
        len(ln.rstrip()) for ln, nxt in itertools.pairwise(lines) if ln.strip() and nxt.strip()
    ]
    if len(inner) < 2:
        return None
    narrow = [n for n in inner if n <= _WRAP_WIDTH]
    if len(narrow) < 0.9 * len(inner) or statistics.median(inner) < 40:
        return None
    return max(narrow)


def _is_soft(line: str, nxt: str, width: int | None) -> bool:
    body, following = line.rstrip(), nxt.lstrip()
    if not body or not following or following.startswith(_BULLETS):
        return False
    if _numbered(following) and _last_word(body) not in _BEFORE_A_NUMBER:
        return False  # "1. ..." opens a list item, but "on Feb.\n6. The bill ..." goes on
    if width is not None and len(body) >= _SHORT_LINE * width:
        return True
    # anywhere: "... it\nwould open ..." or "the Ministry of\nForeign Affairs" goes on
    if body[-1] in _SENTENCE_END:
        return False
    return following[0].islower() or body[-1] == "," or _last_word(body) in _FUNCTION_WORDS


#: Abbreviations a number follows, so that a line that ends in one goes on at a number ("on
#: Feb.\n6.", "Article No.\n3."), which would otherwise open a numbered list item.
_BEFORE_A_NUMBER = frozenset(
    {
        *("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept."),
        *("oct.", "nov.", "dec.", "no.", "nos.", "art.", "arts.", "sec.", "para."),
        *("p.", "pp.", "vol.", "ch."),
    }
)


def _last_word(line: str) -> str:
    cut = max(line.rfind(" "), line.rfind("\t"))
    return line[cut + 1 :].lower()


def _numbered(line: str) -> bool:
    """ "1. ...", "2) ...": a list item starts its own line."""
    head = line[:4]
    digits = len(head) - len(head.lstrip("0123456789"))
    return 0 < digits < len(head) and head[digits] in ".)"
