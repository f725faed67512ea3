"""A compile cache cheaper than the regex module's own for patterns written inline.

``regex.search(pattern, text)`` looks the pattern up in the module's cache on every call,
which costs more than the search itself on short sentences; ``_rx(pattern).search(text)``
is one dict lookup.
"""

from __future__ import annotations

import functools

import regex

__all__ = ["rx"]


@functools.cache
def rx(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """The compiled pattern, built on first use and kept."""
    return regex.compile(pattern, flags)
