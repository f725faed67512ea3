"""The errors ``deepseek_policy`` raises: one base class, one subclass per failure a user can fix.

Every error the library raises on purpose derives from :class:`DeepSeekPolicyError`, so a
caller can catch them all at once; each also derives from the built-in exception a Python
user would expect (``ValueError``, ``OSError``, ``TypeError``), so existing ``except``
clauses keep working.

>>> from deepseek_policy.errors import SchemaError
>>> try:
...     raise SchemaError("actions[0].kind", "'bann' is not an ActionKind")
... except ValueError as e:
...     print(e)
actions[0].kind: 'bann' is not an ActionKind
"""

from __future__ import annotations

import os

__all__ = [
    "BinaryFileError",
    "CorpusReadError",
    "DecodeError",
    "DeepSeekPolicyError",
    "EmptyArticleError",
    "ExtractionTimeoutError",
    "FileTooLargeError",
    "InputTypeError",
    "LexiconError",
    "MissingFileError",
    "ReadError",
    "SchemaError",
]


class DeepSeekPolicyError(Exception):
    """Base class of every error this library raises on purpose."""


class SchemaError(DeepSeekPolicyError, ValueError):
    """A record or dict does not follow the schema; ``field`` names where, as a dotted path."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    def __reduce__(self) -> tuple[type[SchemaError], tuple[str, str]]:
        return (type(self), (self.field, self.message))


class InputTypeError(DeepSeekPolicyError, TypeError):
    """A function was given a value of the wrong type (say, bytes where text is expected)."""


class LexiconError(DeepSeekPolicyError, ValueError):
    """A lexicon or gazetteer file, or an entry a user added, is malformed."""


class ExtractionTimeoutError(DeepSeekPolicyError, TimeoutError):
    """A pattern took longer than its guard allowed on some input; never a silent hang.

    ``pattern`` names the pattern, ``length`` is the number of characters it was run over and
    ``timeout`` the budget in seconds it exceeded (each None when the raiser did not say).

    >>> err = ExtractionTimeoutError("a sentence pattern ran too long", "_BOUNDARY", 10, 0.5)
    >>> err.pattern, err.length, err.timeout
    ('_BOUNDARY', 10, 0.5)
    """

    def __init__(
        self,
        message: str,
        pattern: str | None = None,
        length: int | None = None,
        timeout: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.pattern = pattern
        self.length = length
        self.timeout = timeout

    def __reduce__(
        self,
    ) -> tuple[type[ExtractionTimeoutError], tuple[str, str | None, int | None, float | None]]:
        return (type(self), (self.message, self.pattern, self.length, self.timeout))


class ReadError(DeepSeekPolicyError, OSError):
    """A file could not be read as an article; ``path`` names it."""

    def __init__(self, path: str | os.PathLike[str], message: str) -> None:
        super().__init__(f"{os.fspath(path)}: {message}")
        self.path = os.fspath(path)
        self.message = message

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, ...]]:
        return (type(self), (self.path, self.message))


class MissingFileError(ReadError, FileNotFoundError):
    """The path does not exist or is not a regular file."""


class EmptyArticleError(ReadError):
    """The file holds no text (or only white space)."""


class BinaryFileError(ReadError):
    """The file looks binary (NUL bytes, an image or archive signature), not text."""


class DecodeError(ReadError, UnicodeError):
    """The file's bytes are not valid in the expected encoding."""


class FileTooLargeError(ReadError):
    """The file is larger than the ``max_bytes`` limit the caller set."""


class CorpusReadError(ReadError):
    """One item of a corpus failed; ``item`` names it (a file, or ``file:line`` for JSON Lines)."""

    def __init__(self, path: str | os.PathLike[str], message: str, item: str | None = None) -> None:
        super().__init__(path, message)
        self.item = item if item is not None else os.fspath(path)

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, ...]]:
        return (type(self), (self.path, self.message, self.item))
