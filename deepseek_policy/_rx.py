"""Compiled patterns, built on first use and kept.

``regex.search(pattern, text)`` looks the pattern up in the module's cache on every call,
which costs more than the search itself on short sentences; ``rx(pattern).search(text)`` is
one dict lookup. :func:`lazy` and :func:`lazy_re` stand for module-level patterns: they
compile on first use, so importing the package does not pay for patterns a caller never
runs (about a tenth of a second over the whole package).
"""

from __future__ import annotations

import functools
import re
from typing import Any, cast

import regex

__all__ = ["fold", "fold_after", "folded_holds", "lazy", "lazy_re", "rx"]


@functools.cache
def rx(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """The compiled pattern, built on first use and kept."""
    return regex.compile(pattern, flags)


class _Lazy:
    """A pattern compiled on its first use; every attribute is the compiled pattern's.

    An attribute read once (``search``, ``finditer``, ...) is kept on the instance, so later
    reads are plain attribute lookups that never reach ``__getattr__``.
    """

    def __init__(self, source: str, flags: int, compile_: Any) -> None:
        self._source = source
        self._flags = flags
        self._compile = compile_
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = self._compile(self._source, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy({self._source[:40]!r}...)"


def lazy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled when first used."""
    return cast("regex.Pattern[str]", _Lazy(pattern, flags, regex.compile))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A standard-library ``re`` pattern compiled when first used."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags, re.compile))


#: The only characters a case-insensitive ``re`` pattern matches to an ASCII letter without
#: lower-casing to it: dotted capital I (whose lower case is two characters), dotless i and
#: long s.
_FOLD_ODD = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_FOLD_ODD_TABLE = str.maketrans(_FOLD_ODD)


def fold(text: str) -> str:
    """``text`` lower-cased, with the same length: a case-sensitive pattern whose letters are
    lower-case ASCII matches on it exactly where the same pattern with ``IGNORECASE`` matches
    on ``text`` (and ``\\w``, ``\\s``, ``\\d`` keep their meaning at every character).

    Scanning a folded copy is about twice as fast as scanning with ``IGNORECASE`` (folding
    the copy costs a little of that back).

    >>> fold("ſuspended by İstanbul")
    'suspended by istanbul'
    """
    low = text.lower()
    if len(low) == len(text) and (low.isascii() or ("\u0131" not in low and "\u017f" not in low)):
        return low
    return text.translate(_FOLD_ODD_TABLE).lower()


def fold_after(text: str, start: int, end: int) -> str:
    """The folded ``text[start:end]`` after the character before it (a space at the start of
    the text): a look-behind at index 1 of the result reads what it would read at ``start``
    in ``text``, so a case-sensitive pattern can scan the slice from index 1.

    >>> fold_after("Seoul BANNED it", 6, 12), fold_after("BANNED", 0, 6)
    (' banned', ' banned')
    """
    return fold(text[start - 1 : end]) if start > 0 else " " + fold(text[:end])


def folded_holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether the folded ``text`` holds one of the lower-case ``words`` as a substring: the
    cheap test before a case-insensitive pattern every branch of which needs one of them.

    >>> folded_holds("Tokyo FOLLOWED suit", ("follow", "likewise"))
    True
    """
    folded = fold(text)
    for word in words:  # noqa: SIM110 (a loop: a third faster than ``any`` over a generator)
        if word in folded:
            return True
    return False
