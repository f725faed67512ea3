"""The command line: ``python -m deepseek_policy extract FILE...`` and ``... report DIR``
(also ``deepseek-policy``).

``extract`` reads each FILE (an article file, a folder of them, a JSON Lines file, or ``-``
for one article on standard input), runs
:func:`~deepseek_policy.extract` on every document and prints the result as JSON (the
schema's shape, without the document text) or as a plain-text table of actions.

``report`` reads a corpus (a folder of articles or a JSON Lines file), extracts every
document, merges the actions several documents report into events
(:func:`~deepseek_policy.aggregate.merge`) and prints the event table -- date, country,
actor, kind, status, number of sources and their document ids -- as aligned text, CSV or
JSON. Corpora of more than 50 documents get a progress line on stderr now and then
("extracted 120/500 documents").

Exit status: 0 when every file was read and extracted, 1 when some file failed (each failure
is one line on stderr naming the file; the others are still processed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import pathlib
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from deepseek_policy._version import __version__
from deepseek_policy.aggregate import Event, merge, to_csv
from deepseek_policy.errors import DeepSeekPolicyError, ReadError
from deepseek_policy.extract import extract
from deepseek_policy.model import Actor, Document, Extraction
from deepseek_policy.readers import _article_from_bytes, read_article, read_corpus

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

_ACTION_COLUMNS = ("document", "country", "actor", "kind", "status", "date", "targets")
_DOCUMENT_COLUMNS = ("document", "published", "actions", "claims", "title")
_EVENT_COLUMNS = ("date", "country", "actor", "kind", "status", "sources", "documents")
#: The FILE that names standard input.
STDIN = "-"
#: The most days ``--tolerance`` takes: the largest span a ``datetime.timedelta`` holds.
_MAX_DAYS = _dt.timedelta.max.days
#: ``report`` shows progress on stderr for corpora larger than this many documents.
PROGRESS_ABOVE = 50


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits on --help (0) and on usage errors (2)
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if sys.stdout is None:  # started with stdout closed (``>&-``): nowhere to write to
        _error("cannot write the output: standard output is closed")
        return EXIT_FAILED
    # a lone surrogate (escaped in a JSON Lines corpus, from a text cut inside an emoji) is
    # written as its escape, not raised as a UnicodeEncodeError halfway through the output
    getattr(sys.stdout, "reconfigure", lambda **_: None)(errors="backslashreplace")
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader went away (``deepseek-policy report ... | head``): stop quietly, and
        # point stdout at devnull so the interpreter's final flush does not fail again
        _drop_stdout()
        return EXIT_OK
    except OSError as e:
        # the output cannot be written (a full disk, a closed descriptor): one line, never a
        # traceback, and no second failure at the interpreter's final flush
        _drop_stdout()
        _error(f"cannot write the output: {e.strerror or e}")
        return EXIT_FAILED
    return status


def _drop_stdout() -> None:
    """Point stdout at devnull, so what is still buffered goes nowhere instead of failing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real descriptor (a test's capture)
        pass


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-parser per command."""
    parser = argparse.ArgumentParser(
        prog=_prog(),
        description="Turn news about responses to DeepSeek into structured records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = commands.add_parser(
        "extract",
        help="extract actors, actions, claims and quantities from articles",
        description=(
            "Extract records from each FILE: an article (.txt/.md, plain or with a front-matter "
            "header), a folder of articles, or a JSON Lines file. JSON output is one object for "
            "a single article file and an array otherwise."
        ),
    )
    ex.add_argument(
        "files", nargs="+", metavar="FILE", help="article file, folder or .jsonl ('-': stdin)"
    )
    ex.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) to resolve relative dates against; "
        "overrides the date found in the articles",
    )
    ex.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="output format (default: json)",
    )
    ex.set_defaults(run=_run_extract)

    rp = commands.add_parser(
        "report",
        help="merge a corpus into events and print the event table",
        description=(
            "Read DIR (a folder of articles or a JSON Lines file), extract every document, "
            "merge the actions that several documents report into events, and print one row "
            "per event: date, country, actor, kind, status, number of sources and their "
            "document ids."
        ),
    )
    rp.add_argument(
        "corpus", metavar="DIR", help="folder of articles, or a .jsonl file ('-': one from stdin)"
    )
    rp.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) to resolve relative dates against; "
        "overrides the dates found in the articles",
    )
    rp.add_argument(
        "--tolerance",
        type=_days,
        default=7,
        metavar="DAYS",
        help="how many days apart two reported dates of one event may be (default: 7)",
    )
    rp.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="output format (default: table)",
    )
    rp.set_defaults(run=_run_report)
    return parser


# ---------------------------------------------------------------------------------------------
# extract
# ---------------------------------------------------------------------------------------------


def _run_extract(args: argparse.Namespace) -> int:
    published: _dt.date | None = args.published
    results: list[Extraction] = []
    failed = False
    for name in args.files:
        for outcome in _extract_path(name, published):
            if isinstance(outcome, Extraction):
                results.append(outcome)
            else:
                failed = True
                _error(outcome)
    several = len(args.files) > 1 or not _is_single_article(args.files[0])
    if args.format == "json":
        _print_json(results, several=several, out=sys.stdout)
    else:
        _print_table(results, out=sys.stdout)
    return EXIT_FAILED if failed else EXIT_OK


def _extract_path(name: str, published: _dt.date | None) -> Iterator[Extraction | str]:
    """Each document's extraction, or a one-line error message, for one FILE argument."""
    if _is_single_article(name):
        try:
            doc = _read_one(name, published)
        except DeepSeekPolicyError as e:
            yield _one_line(e)
            return
        yield from _extract_one(doc, name)
        return

    errors: list[str] = []
    try:
        docs = read_corpus(
            name,
            errors="skip",
            published=published,
            on_error=lambda err: errors.append(_one_line(err)),
        )
        for doc in docs:
            yield from errors
            errors.clear()
            yield from _extract_one(doc, name)
    except DeepSeekPolicyError as e:
        errors.append(_one_line(e))
    yield from errors


def _extract_one(doc: Document, name: str) -> Iterator[Extraction | str]:
    try:
        yield extract(doc)
    except DeepSeekPolicyError as e:
        yield f"{name}: {doc.id}: extraction failed: {_one_line(e)}"


def _read_one(name: str, published: _dt.date | None) -> Document:
    """The article FILE names; ``-`` is one article read from standard input (id ``stdin``),
    as a shell pipe gives it."""
    if name != STDIN:
        return read_article(name, published=published)
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ReadError(STDIN, "standard input is closed or not readable")
    try:
        raw = stream.read()
    except OSError as e:
        raise ReadError(STDIN, f"cannot be read: {e.strerror or e}") from None
    return _article_from_bytes(pathlib.Path(STDIN), raw, "stdin", published, None)


def _is_single_article(name: str) -> bool:
    """Whether FILE names one article (not a folder and not a JSON Lines file)."""
    p = pathlib.Path(name)
    return not p.is_dir() and p.suffix.lower() != ".jsonl"


def _print_json(results: list[Extraction], *, several: bool, out: TextIO) -> None:
    dicts = [ex.to_dict(text=False) for ex in results]
    if several:
        payload: Any = dicts
    elif dicts:
        payload = dicts[0]
    else:
        return
    out.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")


def _print_table(results: list[Extraction], *, out: TextIO) -> None:
    rows: list[tuple[str, ...]] = []
    for ex in results:
        for action in ex.actions:
            actor = _actor_or_none(ex, action.actor)
            rows.append(
                (
                    ex.document.id,
                    (actor.country if actor else None) or "-",
                    actor.name if actor else action.actor,
                    action.kind.value,
                    action.status.value,
                    str(action.date) if action.date else "-",
                    ", ".join(action.targets) or "-",
                )
            )
    out.write(_table(_ACTION_COLUMNS, rows, empty="(no actions found)"))
    out.write("\n")
    summary = [
        (
            ex.document.id,
            ex.document.published.isoformat() if ex.document.published else "-",
            str(len(ex.actions)),
            str(len(ex.claims)),
            ex.document.title or "-",
        )
        for ex in results
    ]
    out.write(_table(_DOCUMENT_COLUMNS, summary, empty="(no documents read)"))
    n_actions = sum(len(ex.actions) for ex in results)
    n_claims = sum(len(ex.claims) for ex in results)
    counts = (_count(len(results), "document"), _count(n_actions, "action"))
    out.write(f"\n{counts[0]}, {counts[1]}, {_count(n_claims, 'claim')}\n")


def _actor_or_none(ex: Extraction, actor_id: str) -> Actor | None:
    try:
        return ex.actor(actor_id)
    except KeyError:
        return None


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], *, empty: str) -> str:
    """An aligned plain-text table: a header, a rule, then the rows (or ``empty``)."""
    widths = [len(h) for h in header]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip() + "\n"

    text = line(header) + line(["-" * w for w in widths])
    if not rows:
        return text + empty + "\n"
    return text + "".join(line(row) for row in rows)


# ---------------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------------


def _run_report(args: argparse.Namespace) -> int:
    failures: list[str] = []
    docs = _read_documents(args.corpus, args.published, failures)
    for message in failures:
        _error(message)
    failed = bool(failures)
    total = len(docs)
    step = max(1, total // 10)
    results: list[Extraction] = []
    for n, doc in enumerate(docs, 1):
        for outcome in _extract_one(doc, args.corpus):
            if isinstance(outcome, Extraction):
                results.append(outcome)
            else:
                failed = True
                _error(outcome)
        if total > PROGRESS_ABOVE and (n % step == 0 or n == total):
            print(f"extracted {n}/{total} documents", file=sys.stderr, flush=True)
    events = merge(results, tolerance=_dt.timedelta(days=args.tolerance))
    if args.format == "json":
        payload = [e.to_dict() for e in events]
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        to_csv(events, sys.stdout)
    else:
        _print_events(events, n_documents=len(results), out=sys.stdout)
    return EXIT_FAILED if failed else EXIT_OK


def _read_documents(name: str, published: _dt.date | None, failures: list[str]) -> list[Document]:
    """Every readable document of DIR (or of one article file); failures are collected."""
    if _is_single_article(name):
        try:
            return [_read_one(name, published)]
        except DeepSeekPolicyError as e:
            failures.append(_one_line(e))
            return []
    try:
        return list(
            read_corpus(
                name,
                errors="skip",
                published=published,
                on_error=lambda err: failures.append(_one_line(err)),
            )
        )
    except DeepSeekPolicyError as e:
        failures.append(_one_line(e))
        return []


def _print_events(events: Sequence[Event], *, n_documents: int, out: TextIO) -> None:
    rows = [
        (
            _event_dates(e),
            e.country or "-",
            e.actor_name,
            e.kind.value,
            e.status.value,
            str(e.corroboration),
            ", ".join(e.documents),
        )
        for e in events
    ]
    out.write(_table(_EVENT_COLUMNS, rows, empty="(no events found)"))
    out.write(f"\n{_count(len(events), 'event')} from {_count(n_documents, 'document')}\n")


def _event_dates(e: Event) -> str:
    """The event's date, or its span ("2025-02-15..2025-02-17") when sources differ."""
    if e.date is None:
        return "-"
    if e.date_end is None or e.date_end == e.date:
        return e.date.value
    return f"{e.date.value}..{e.date_end.value}"


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        days = -1
    if days < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of days (0 or more)")
    if days > _MAX_DAYS:
        raise argparse.ArgumentTypeError(f"{value!r} days is more than the {_MAX_DAYS} allowed")
    return days


def _iso_date(value: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        message = f"{value!r} is not a date in the form YYYY-MM-DD"
        raise argparse.ArgumentTypeError(message) from None


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _one_line(e: BaseException | str) -> str:
    return " ".join(str(e).split())


def _error(message: str) -> None:
    if sys.stderr is not None:  # with stderr closed too, the exit status is all there is
        print(f"{_prog()}: error: {message}", file=sys.stderr)


def _prog() -> str:
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return "deepseek-policy" if name.startswith("deepseek-policy") else "python -m deepseek_policy"
