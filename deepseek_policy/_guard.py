"""A time budget for a regular expression: a slow match becomes a clear error, never a hang.

Every pattern in the package is meant to run in time linear in its input (bounded
repetitions, possessive quantifiers, no ``$``-anchored search over a text of unbounded
length). :func:`run_with_timeout` is the safety net behind that rule: it runs one method of
a ``regex`` pattern with the ``regex`` module's own ``timeout=`` argument and turns the
module's :class:`TimeoutError` into :class:`~deepseek_policy.errors.ExtractionTimeoutError`,
which names the pattern and the length of the text it was given.

>>> import regex
>>> words = regex.compile(r"\\w+")
>>> [m.group() for m in run_with_timeout(words, "finditer", "Italy blocked it")]
['Italy', 'blocked', 'it']
>>> run_with_timeout(words, "search", "  Seoul", name="words").span()
(2, 7)
>>> slow = regex.compile(r"\\.+[ ]+(?=[A-Z])")  # quadratic on a long run of periods
>>> run_with_timeout(slow, "search", "." * 50_000, timeout=0.05, name="_BOUNDARY")
Traceback (most recent call last):
...
deepseek_policy.errors.ExtractionTimeoutError: pattern _BOUNDARY ran over its 0.05 s budget
on a text of 50000 characters

Where to use it: around a whole-document or whole-paragraph scan whose worst case is not
obviously linear (the sentence-boundary scan of ``_segment``, the gazetteer and trigger
alternations, a ``$``-anchored search over a slice that can grow with the text). Inside a
tight per-sentence loop prefer bounding the slice instead: the guard adds a little
overhead per call.

The stdlib ``re`` module has no timeout: pass a ``regex`` pattern (or a pattern string,
compiled here with ``regex`` and cached).
"""

from __future__ import annotations

import functools
from typing import Any, Literal

import regex

from deepseek_policy.errors import ExtractionTimeoutError, InputTypeError

__all__ = ["BASE_TIMEOUT", "PER_CHARACTER", "Method", "budget", "run_with_timeout"]

#: Seconds any guarded call may take, whatever its input.
BASE_TIMEOUT = 1.0
#: Extra seconds per character of input: 2 microseconds, so 2 s more for a million characters.
#: A linear pattern runs at tens of megabytes a second, far inside this budget.
PER_CHARACTER = 2e-6

Method = Literal["search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"]
_METHODS: frozenset[str] = frozenset(
    ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
)


def budget(length: int) -> float:
    """The default time budget, in seconds, for a pattern run over ``length`` characters.

    >>> budget(0), budget(1_000_000)
    (1.0, 3.0)
    """
    return BASE_TIMEOUT + PER_CHARACTER * max(0, length)


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str, flags: int) -> regex.Pattern[str]:
    return regex.compile(pattern, flags)


def run_with_timeout(
    pattern: regex.Pattern[str] | str,
    method: Method,
    text: str,
    *args: Any,
    timeout: float | None = None,
    name: str | None = None,
    flags: int = 0,
    **kwargs: Any,
) -> Any:
    """Call ``pattern.<method>(..., text, *args, timeout=..., **kwargs)`` under a time budget.

    ``method`` is one of ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall``,
    ``sub``, ``subn`` or ``split``. For ``sub`` and ``subn`` the replacement comes first in
    ``args`` as for the pattern's own method, so call ``run_with_timeout(p, "sub", text, repl)``.
    ``finditer`` returns a list of matches rather than an iterator, so that the whole scan
    happens (and is timed) inside the guard. Extra positional and keyword arguments (``pos``,
    ``endpos``, ``count``, ``overlapped`` ...) are passed through.

    ``timeout`` is in seconds; None gives :func:`budget` of the text's length. ``name`` names
    the pattern in the error (by default, its first 40 characters). A ``str`` pattern is
    compiled with ``flags`` and cached.

    Raises :class:`~deepseek_policy.errors.ExtractionTimeoutError` (a ``TimeoutError``) with
    ``pattern``, ``length`` and ``timeout`` set when the budget runs out, and
    :class:`~deepseek_policy.errors.InputTypeError` for a pattern that is not a ``regex``
    pattern or a ``text`` that is not a ``str``; ``ValueError`` for an unknown method.
    """
    compiled = _as_pattern(pattern, flags)
    if method not in _METHODS:
        raise ValueError(f"method must be one of {sorted(_METHODS)}, not {method!r}")
    if not isinstance(text, str):
        raise InputTypeError(f"run_with_timeout() needs str text, not {type(text).__name__}")
    seconds = budget(len(text)) if timeout is None else float(timeout)
    if not seconds > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    call = getattr(compiled, method)
    try:
        if method in ("sub", "subn"):
            if not args:
                raise TypeError(f"{method} needs a replacement after the text")
            repl, *rest = args
            return call(repl, text, *rest, timeout=seconds, **kwargs)
        if method == "finditer":
            return list(call(text, *args, timeout=seconds, **kwargs))
        return call(text, *args, timeout=seconds, **kwargs)
    except ExtractionTimeoutError:
        raise
    except TimeoutError:
        label = name if name is not None else _label(compiled)
        raise ExtractionTimeoutError(
            f"pattern {label} ran over its {seconds:g} s budget on a text of {len(text)} "
            "characters",
            label,
            len(text),
            seconds,
        ) from None


def _as_pattern(pattern: regex.Pattern[str] | str, flags: int) -> regex.Pattern[str]:
    if isinstance(pattern, str):
        return _compiled(pattern, flags)
    if isinstance(pattern, regex.Pattern):
        return pattern
    raise InputTypeError(
        "run_with_timeout() takes a regex.Pattern or a pattern string (the stdlib re module "
        f"has no timeout), not {type(pattern).__name__}"
    )


def _label(pattern: regex.Pattern[str]) -> str:
    source = str(pattern.pattern)
    return repr(source if len(source) <= 40 else source[:40] + "...")
