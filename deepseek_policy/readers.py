"""Read articles from files: the library's only I/O.

:func:`read_article` reads one text file (plain, or with a small front-matter header);
:func:`read_corpus` reads a folder of them, or a JSON Lines file, lazily. :func:`parse_article`
does the same for a string already in memory. Each failure raises its own subclass of
:class:`~deepseek_policy.errors.ReadError`.

>>> doc = parse_article(
...     "---\\ntitle: Italy blocks app\\npublished: 2025-01-30\\n---\\nItaly blocked it.\\n"
... )
>>> doc.title, doc.published, doc.text
('Italy blocks app', datetime.date(2025, 1, 30), 'Italy blocked it.\\n')
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import pathlib
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from typing import Literal

import regex

from deepseek_policy._calendar import MONTH_ALTERNATION, month_number
from deepseek_policy._rx import lazy
from deepseek_policy.errors import (
    BinaryFileError,
    CorpusReadError,
    DecodeError,
    EmptyArticleError,
    FileTooLargeError,
    InputTypeError,
    MissingFileError,
    ReadError,
    SchemaError,
)
from deepseek_policy.model import Document

__all__ = [
    "ARTICLE_SUFFIXES",
    "MalformedHeaderWarning",
    "SkippedItemWarning",
    "detect_published",
    "parse_article",
    "read_article",
    "read_corpus",
]

#: File endings :func:`read_corpus` reads as articles inside a folder.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})

PathLike = str | os.PathLike[str]
DateLike = _dt.date | str | None
OnError = Literal["raise", "skip"]


class SkippedItemWarning(UserWarning):
    """Issued by :func:`read_corpus` with ``errors="skip"`` for each item it could not read."""


class MalformedHeaderWarning(UserWarning):
    """Issued by :func:`parse_article` with ``strict=False`` for a front-matter date that is
    not a date: the header's value is set aside and the date is read from the text."""


# ---------------------------------------------------------------------------------------------
# patterns
# ---------------------------------------------------------------------------------------------

_FRONT_MATTER = lazy(r"\A---[ \t]*\n(?P<head>(?:[^\n]*\n){0,40}?)---[ \t]*(?:\n|\Z)")
_HEADER_LINE = lazy(r"(?P<key>[A-Za-z_][\w-]{0,30})[ \t]*:[ \t]*(?P<value>[^\n]*)")
_BINARY_SIGNATURES = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x7fELF",
    b"BZh",
    b"7z\xbc\xaf",
)
_DAY_MONTH_YEAR = (
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH_ALTERNATION})\s*,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{MONTH_ALTERNATION})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))"
)
#: A front-matter date written out, after an optional weekday: "Thu, 6 Feb 2025 10:00 KST".
_WRITTEN_DATE = lazy(rf"[ \t]*(?:[A-Za-z]{{3,9}},?[ \t]+)?{_DAY_MONTH_YEAR}")
#: "Updated Feb. 6, 2025", "Published: 2025-02-06", "Posted on 5 February 2025"
_STAMPED_DATE = lazy(
    rf"(?i:\b(?:last\s+)?(?:updated|published|posted|first\s+published|date)\b[ \t]*:?\s*"
    rf"(?:on\s+)?)"
    rf"{_DAY_MONTH_YEAR}"
)
#: A dateline: "SEATTLE, Feb. 19, 2025 -" or "SYDNEY and TAIPEI, 5 February 2025 —"
_DATELINE = lazy(rf"(?m:^[ \t]*[A-Z][A-Za-z .'/&-]{{1,60}}?,[ \t]*){_DAY_MONTH_YEAR}")
#: A date written out on a line of its own, after an optional weekday and before an optional
#: time: "Tuesday 4 February 2025", "Feb. 6, 2025 10:30 KST".
_DATE_LINE = lazy(
    rf"^[ \t]*(?:[A-Z][a-z]{{2,8}},?[ \t]+)?{_DAY_MONTH_YEAR}"
    r"(?:[ \t,]+[0-9]{1,2}[:.][0-9]{2}[^\n]{0,16})?[ \t]*$",
    regex.MULTILINE,
)
#: An ISO date on a line of its own near the top.
_ISO_LINE = lazy(r"(?m:^[ \t]*(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)\b)")
_HEADER_CHARS = 1500
#: A ``max_bytes`` this large (a tebibyte) is no limit: ``read(n)`` cannot take an n past the
#: platform's size type, and no article comes near it.
_NO_LIMIT = 1 << 40
#: Byte-order marks of UTF-32, tested before UTF-16's (``FF FE`` opens both little-endian forms).
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


# ---------------------------------------------------------------------------------------------
# public functions
# ---------------------------------------------------------------------------------------------


def read_article(
    path: PathLike,
    *,
    published: DateLike = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
) -> Document:
    """Read one article from a text file.

    The first non-empty line is the title unless a front-matter header (``---`` /
    ``title:`` / ``published:`` / ``source:`` / ``url:`` / ``id:`` / ``---``) gives one. The
    publication date is, in order: ``published``, the header's, or the one the page states near
    its top (see :func:`detect_published`). UTF-8 with or without a byte-order mark, and
    UTF-16 or UTF-32 with one, are read by default; ``encoding`` names another. Newlines are
    normalised to ``\\n``. An ``encoding`` that is not a str or a ``max_bytes`` that is not an
    int raises :class:`~deepseek_policy.errors.InputTypeError`, a negative ``max_bytes``
    ``ValueError``, before the file is opened.

    Raises :class:`~deepseek_policy.errors.MissingFileError`,
    :class:`~deepseek_policy.errors.FileTooLargeError` (over ``max_bytes``),
    :class:`~deepseek_policy.errors.BinaryFileError`,
    :class:`~deepseek_policy.errors.DecodeError` or
    :class:`~deepseek_policy.errors.EmptyArticleError`.
    """
    p = _as_path(path)
    _check_options(encoding, max_bytes)
    if published is not None:
        published = _as_date(published, "published")
    raw = _read_bytes(p, max_bytes)
    return _article_from_bytes(p, raw, p.stem, published, encoding)


def _article_from_bytes(
    p: pathlib.Path, raw: bytes, default_id: str, published: DateLike, encoding: str | None
) -> Document:
    """:func:`read_article` of bytes already read from ``p`` (a file, or standard input)."""
    if not raw.strip():
        raise EmptyArticleError(p, "is empty")
    text = _decode(p, raw, encoding)
    try:
        return _document(text, default_id=default_id, published=published)
    except EmptyArticleError as e:
        raise EmptyArticleError(p, e.message) from None
    except SchemaError as e:
        raise ReadError(p, str(e)) from None


def parse_article(
    text: str,
    *,
    id: str | None = None,
    published: DateLike = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    strict: bool = True,
) -> Document:
    """Build a :class:`~deepseek_policy.model.Document` from text already in memory.

    Same rules as :func:`read_article`; without ``id`` (here or in the header) the document
    gets a stable id from a hash of its text, so the same text always gets the same id. A
    front-matter ``published`` that is not a date raises
    :class:`~deepseek_policy.errors.SchemaError`; with ``strict=False`` it issues a
    :class:`MalformedHeaderWarning` instead, and the date is read from the text.

    >>> parse_article("---\\npublished: Feb. 6, 2025\\n---\\nItaly blocked it.").published
    datetime.date(2025, 2, 6)
    """
    return _document(
        text, id=id, published=published, title=title, source=source, url=url, strict=strict
    )


def _document(
    text: str,
    *,
    id: str | None = None,
    default_id: str | None = None,
    published: DateLike = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    strict: bool = True,
) -> Document:
    """:func:`parse_article`; ``default_id`` is used when neither ``id`` nor the header has one."""
    if not isinstance(text, str):
        raise InputTypeError(f"an article's text must be str, not {type(text).__name__}")
    text = _normalise_newlines(text.removeprefix("\ufeff"))
    header, body = _split_front_matter(text)
    if not body.strip():
        raise EmptyArticleError("<text>", "holds no text")
    return Document(
        id=id or header.get("id") or default_id or _text_id(body),
        text=body,
        title=title or header.get("title") or _first_line(body),
        published=_pick_published(published, header.get("published"), body, strict),
        source=source or header.get("source"),
        url=url or header.get("url"),
    )


def read_corpus(
    path: PathLike,
    *,
    errors: OnError = "raise",
    published: DateLike = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    on_error: Callable[[CorpusReadError], None] | None = None,
) -> Iterator[Document]:
    """Yield the documents of a folder of article files, or of a JSON Lines file, lazily.

    In a folder, files ending in :data:`ARTICLE_SUFFIXES` are read in name order (hidden files
    are passed over) and ``.jsonl`` files are read line by line. A JSON Lines record is an
    object with ``text`` and optionally ``id``, ``title``, ``published``, ``source``, ``url``.

    With ``errors="raise"`` (the default) the first item that fails raises
    :class:`~deepseek_policy.errors.CorpusReadError` naming it. With ``errors="skip"`` the
    item is reported, never silently dropped: ``on_error`` is called with the error if given,
    otherwise a :class:`SkippedItemWarning` is issued, and reading goes on.

    The arguments are checked when it is called: a bad ``errors`` value raises ``ValueError``,
    an ``on_error``, ``encoding`` or ``max_bytes`` of the wrong type
    :class:`~deepseek_policy.errors.InputTypeError` and a missing ``path``
    :class:`~deepseek_policy.errors.MissingFileError` at once, before anything is read; the
    files themselves are read only as the result is iterated.
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    if on_error is not None and not callable(on_error):
        raise InputTypeError(f"on_error must be callable or None, not {type(on_error).__name__}")
    root = _as_path(path)
    _check_options(encoding, max_bytes)
    if not root.exists():
        raise MissingFileError(root, "no such file or folder")
    if published is not None:
        published = _as_date(published, "published")
    # The checks above run at call time; the reading below runs lazily, item by item.
    return _corpus(
        root,
        errors=errors,
        published=published,
        encoding=encoding,
        max_bytes=max_bytes,
        on_error=on_error,
    )


def _corpus(
    root: pathlib.Path,
    *,
    errors: OnError,
    published: DateLike,
    encoding: str | None,
    max_bytes: int | None,
    on_error: Callable[[CorpusReadError], None] | None,
) -> Iterator[Document]:
    def fail(err: CorpusReadError) -> None:
        if errors == "raise":
            raise err
        if on_error is not None:
            on_error(err)
        else:
            warnings.warn(SkippedItemWarning(str(err)), stacklevel=3)

    if root.is_dir():
        for child in _folder_items(root):
            if child.suffix.lower() == ".jsonl":
                yield from _read_jsonl(child, published, encoding, max_bytes, fail)
                continue
            try:
                yield read_article(
                    child, published=published, encoding=encoding, max_bytes=max_bytes
                )
            except ReadError as e:
                err = CorpusReadError(child, e.message, child.name)
                err.__cause__ = e
                fail(err)
    else:
        yield from _read_jsonl(root, published, encoding, max_bytes, fail)


def detect_published(text: str) -> _dt.date | None:
    """The publication date a page states near its top, or None.

    Looks in the first 1,500 characters for a stamp ("Updated Feb. 6, 2025", "Published:
    2025-02-06"), a dateline ("SEATTLE, Feb. 19, 2025 -") or an ISO date on its own line.
    A date without a year is not guessed.

    >>> detect_published("Headline\\n\\nSEATTLE, Feb. 19, 2025 - Microsoft said ...")
    datetime.date(2025, 2, 19)
    >>> detect_published("TOKYO, Feb. 13 (Wire) - no year here") is None
    True
    """
    if not isinstance(text, str):
        raise InputTypeError(f"detect_published() needs str text, not {type(text).__name__}")
    head = text[:_HEADER_CHARS]
    for pattern in (_STAMPED_DATE, _DATELINE, _DATE_LINE, _ISO_LINE):
        for m in pattern.finditer(head):
            day = _match_to_date(m)
            if day is not None:
                return day
    return None


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def _as_path(path: PathLike) -> pathlib.Path:
    if isinstance(path, bytes) or not isinstance(path, (str, os.PathLike)):
        raise InputTypeError(f"expected a path (str or os.PathLike), not {type(path).__name__}")
    return pathlib.Path(path)


def _check_options(encoding: object, max_bytes: object) -> None:
    """Reject an ``encoding`` or ``max_bytes`` of the wrong type or sign before any file is
    opened, so the mistake is named instead of surfacing as a bare ``TypeError`` mid-read."""
    if encoding is not None and not isinstance(encoding, str):
        raise InputTypeError(f"encoding must be a str or None, not {type(encoding).__name__}")
    if max_bytes is None:
        return
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int):
        raise InputTypeError(f"max_bytes must be an int or None, not {type(max_bytes).__name__}")
    if max_bytes < 0:
        raise ValueError(f"max_bytes must be 0 or more, not {max_bytes}")


def _read_bytes(p: pathlib.Path, max_bytes: int | None) -> bytes:
    try:
        if not p.is_file():
            raise MissingFileError(p, "not a file" if p.exists() else "no such file")
        size = p.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise FileTooLargeError(p, f"{size} bytes is over the limit of {max_bytes}")
        if max_bytes is None or max_bytes >= _NO_LIMIT:
            raw = p.read_bytes()
        else:
            # a file that grows after stat() (a log, a pipe-backed mount) is read no further
            # than one byte past the limit, so the limit also bounds the memory used
            with p.open("rb") as f:
                raw = f.read(max_bytes + 1)
    except ReadError:
        raise
    except OSError as e:
        raise ReadError(p, f"cannot be read: {e.strerror or e}") from None
    if max_bytes is not None and len(raw) > max_bytes:
        raise FileTooLargeError(p, f"{len(raw)} bytes is over the limit of {max_bytes}")
    if not raw.strip():
        raise EmptyArticleError(p, "is empty")
    return raw


def _decode(p: pathlib.Path, raw: bytes, encoding: str | None) -> str:
    if encoding is None and raw.startswith(_UTF32_BOMS):
        encoding = "utf-32"
    elif encoding is None and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    if encoding is None:
        # UTF-8 text never holds a NUL byte: one anywhere (not only near the top) means the
        # file is binary or in an encoding the caller must name; ``in`` on bytes is a memchr
        if raw.startswith(_BINARY_SIGNATURES) or b"\x00" in raw:
            raise BinaryFileError(p, "looks like a binary file, not text")
        encoding = "utf-8-sig"
    try:
        return raw.decode(encoding)
    except LookupError:
        raise DecodeError(p, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as e:
        raise DecodeError(
            p, f"is not valid {encoding} at byte {e.start}; pass encoding= to read it"
        ) from None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER.match(text)
    if m is None:
        return {}, text
    header: dict[str, str] = {}
    for line in m["head"].splitlines():
        h = _HEADER_LINE.fullmatch(line.strip())
        if h is not None:
            value = h["value"].strip().strip("\"'")
            if value:
                header[h["key"].lower()] = value
    return header, text[m.end() :]


def _first_line(text: str) -> str | None:
    """The first line with a letter or a digit: a rule ("---", "* * *", "===") or an
    unterminated front matter's opening "---" is no title."""
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if any(c.isalnum() for c in stripped):
            return stripped
    return None


def _text_id(text: str) -> str:
    return "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _pick_published(
    given: DateLike, header: str | None, body: str, strict: bool = True
) -> _dt.date | None:
    if given is not None:
        return _as_date(given, "published")
    if header is not None:
        try:
            return _stated_date(header, "front matter published")
        except SchemaError as e:
            if strict:
                raise
            warnings.warn(MalformedHeaderWarning(f"{e}; the text's own date is used"), stacklevel=4)
    return detect_published(body)


def _stated_date(value: str, what: str) -> _dt.date:
    """The day a header or a JSON Lines record states as its date, in any of the forms a
    front matter may use (ISO, year first with slashes or dots, or written out); a
    :class:`~deepseek_policy.errors.SchemaError` naming ``what`` for anything else."""
    value = _ascii_digits(value)
    written = _WRITTEN_DATE.match(value)
    day = _match_to_date(written) if written is not None else None
    if day is None:
        day = _year_first_date(value)
    return day if day is not None else _as_date(value, what)


#: Dashes a date may be written with, read as the ASCII hyphen ISO uses.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d", "-"))


def _ascii_digits(value: str) -> str:
    """``value`` with full-width forms, dashes and the decimal digits of any script (Arabic,
    Devanagari, ...) as ASCII, so "２０２５-０２-０６" or "٢٠٢٥-٠٢-٠٦" reads as the ISO date
    it is."""
    if value.isascii():
        return value
    value = unicodedata.normalize("NFKC", value).translate(_DASHES)
    return "".join(str(unicodedata.digit(c)) if c.isdecimal() else c for c in value)


#: A year-first day with slashes, dots or hyphens, as content systems export it: "2026/09/18",
#: "2026.09.18", "2026-9-18" (a padded ISO date reads the same either way).
_YEAR_FIRST_DAY = lazy(r"[ \t]*(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)")


def _year_first_date(value: str) -> _dt.date | None:
    """The day a year-first date with slashes or dots names, or None."""
    m = _YEAR_FIRST_DAY.match(value)
    if m is None:
        return None
    try:
        return _dt.date(int(m[1]), int(m[3]), int(m[4]))
    except ValueError:
        return None


def _as_date(value: _dt.date | str, what: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(_ascii_digits(value).strip()[:10])
        except ValueError:
            shown = repr(value) if len(value) <= 60 else repr(value[:57] + "...")
            raise SchemaError(what, f"{shown} is not an ISO date (YYYY-MM-DD)") from None
    raise InputTypeError(f"{what} must be a date or an ISO string, not {type(value).__name__}")


def _match_to_date(m: regex.Match[str]) -> _dt.date | None:
    groups = m.groupdict()
    for i in ("1", "2", "3"):
        if groups.get(f"y{i}"):
            month = groups[f"m{i}"]
            try:
                number = int(month) if month.isdigit() else month_number(month)
                return _dt.date(int(groups[f"y{i}"]), number, int(groups[f"d{i}"]))
            except (ValueError, KeyError):
                return None
    return None


def _folder_items(root: pathlib.Path) -> Iterator[pathlib.Path]:
    # Only the names are listed up front (one scandir, no file opened); each file is read
    # when the caller's iteration reaches it. An entry with an article's suffix that is not a
    # folder is yielded even when it is not a regular file (a dangling link, a pipe), so that
    # reading it fails and is reported instead of being dropped without a word.
    with os.scandir(root) as entries:
        names = sorted(e.name for e in entries if not e.name.startswith("."))
    for name in names:
        child = root / name
        suffix = child.suffix.lower()
        if (suffix in ARTICLE_SUFFIXES or suffix == ".jsonl") and not child.is_dir():
            yield child


def _read_jsonl(
    p: pathlib.Path,
    published: DateLike,
    encoding: str | None,
    max_bytes: int | None,
    fail: Callable[[CorpusReadError], None],
) -> Iterator[Document]:
    try:
        raw = _read_bytes(p, max_bytes)
        text = _decode(p, raw, encoding)
    except ReadError as e:
        err = CorpusReadError(p, e.message, p.name)
        err.__cause__ = e
        fail(err)
        return
    # Only "\n" ends a JSON Lines record: str.splitlines() would also split at U+2028, U+0085
    # and other characters JSON allows raw inside a string.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        item = f"{p.name}:{lineno}"
        try:
            yield _jsonl_document(line, f"{p.stem}-{lineno}", published)
        except (ValueError, ReadError, InputTypeError) as e:
            err = CorpusReadError(p, f"line {lineno}: {e}", item)
            err.__cause__ = e
            fail(err)


def _jsonl_document(line: str, default_id: str, published: DateLike) -> Document:
    try:
        record = json.loads(line)
    except ValueError as e:
        raise ValueError(f"not valid JSON ({e})") from None
    except RecursionError:
        raise ValueError("not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise ValueError("a JSON Lines record must be an object")
    body = record.get("text")
    if body is None:
        raise ValueError("the record has no 'text'")
    if not isinstance(body, str):
        raise ValueError("'text' must be a string")
    if not body.strip():
        raise ValueError("the record's 'text' is empty")
    for key in ("id", "title", "published", "source", "url"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f"'{key}' must be a string")
    stated = record.get("published")
    if published is None and stated is not None:
        # the record's date may take any form a front matter's may ("Feb. 6, 2025")
        published = _stated_date(stated, "published")
    return _document(
        body,
        id=record.get("id"),
        default_id=default_id,
        published=published,
        title=record.get("title"),
        source=record.get("source"),
        url=record.get("url"),
    )
