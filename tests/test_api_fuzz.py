"""The public API beyond ``extract``, attacked as a demanding user would: the bounded, seeded
part of the round-22 campaign.

The campaign (outside CI) called every function of ``deepseek_policy.__all__`` with odd
files, folders, arguments and records. What it found is pinned here:

* readers: a UTF-32 file with its byte-order mark was decoded as UTF-16 (a title of NULs and
  letters); an ``encoding`` or ``max_bytes`` of the wrong type raised a bare ``TypeError``
  halfway through the read, and a ``max_bytes`` past the platform's size type an
  ``OverflowError``, and ``read_corpus``'s ``on_error`` that is not callable a ``TypeError``
  at the first bad file; :func:`~deepseek_policy.readers.detect_published` raised ``TypeError``
  on a non-string; a JSON Lines record's ``published`` took only ISO while a front matter's
  takes "Feb. 6, 2025" and "2025/02/06"; a date in full-width or Arabic-Indic digits, or
  year first with unpadded hyphens ("2025-2-6"), was not a date; a rule above the headline
  ("* * *", "---", "=====") was taken for the title;
* :func:`~deepseek_policy.merge` and :func:`~deepseek_policy.compare` raised
  ``OverflowError`` on a date within ``tolerance`` of the calendar's edge ("9999-12-30"), or
  on a tolerance wider than the calendar, and the command line's ``--tolerance 1000000000``
  ended in a traceback; it is now a usage error;
* the command line read no standard input: ``-`` named a missing file, and ``/dev/stdin``
  from a pipe was "not a file"; ``-`` is now one article read from standard input; output
  that could not be written (a full disk, stdout closed) ended in a traceback, and is now
  one line on stderr and exit status 1;
* aggregate and compare: ``None``, a number, a string (read as its characters), a mapping
  or a lone record where an iterable of records belongs raised a bare ``TypeError`` ("'int'
  object is not iterable") or worse, ``to_records(sep=5)`` an ``AttributeError``, a
  ``RateTable`` keyed by a bare currency code "too many values to unpack"; each is now an
  :class:`~deepseek_policy.errors.InputTypeError` (still a ``TypeError``) that says what
  the function takes;
* :func:`~deepseek_policy.extract_many` of ``None`` or a number raised a bare ``TypeError``,
  and of bytes or a mapping read their items (ints, keys) as documents; a ``gazetteer`` or
  ``lexicon`` of the wrong type raised ``AttributeError`` deep in the scan;
* an article in decomposed Unicode (NFD: "NU\u0301KIB", as some file systems and scrapers
  give it) lost its accented actors ("NÚKIB" became the unknown "cz-nu-kib", the CNIL was
  missed); the markup reader now reads a letter and its marks as the composed letter, with
  its offsets mapped back, so NFC and NFD give the same records;
* a date or an amount in full-width digits ("Feb. １５", "＄６ million", from CJK copy) or in
  Arabic-Indic or Devanagari digits was not read, and "ＤｅｅｐＳｅｅｋ" was no target; the
  working text now reads them as ASCII, one character for one;
* ``Extraction.from_json`` of ``None`` or a number raised a bare ``TypeError``, and of a str
  that opens with a byte-order mark (a file an editor saved, read as text) a ``SchemaError``
  though the same bytes were read.

The vocabularies' own files (``gazetteer.py``, ``triggers.py``) are not this campaign's to
change: what it found there is pinned as strict xfails at the end, with the cause.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import pathlib
import sys
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest

import deepseek_policy as dp
from deepseek_policy import cli
from deepseek_policy.errors import InputTypeError, LexiconError, SchemaError
from deepseek_policy.model import Action, ActionKind, Actor, Date, Document, Extraction, Span
from deepseek_policy.readers import detect_published

ARTICLE = (
    "Port authority restricts chatbot\n\n"
    "The port authority of a coastal city told staff on Monday to stop using DeepSeek on "
    "work phones until a security review is done.\n"
)


# ---------------------------------------------------------------------------------------------
# readers
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be", "utf-32-le"])
def test_a_utf32_file_with_its_byte_order_mark_is_read(tmp_path: pathlib.Path, codec: str) -> None:
    path = tmp_path / "port.txt"
    bom = "\ufeff" if codec != "utf-32" else ""  # "utf-32" writes its own mark
    path.write_bytes((bom + ARTICLE).encode(codec))
    doc = dp.read_article(path)
    assert doc.title == "Port authority restricts chatbot"
    assert doc.text == ARTICLE


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("encoding", 8),
        ("encoding", b"utf-8"),
        ("max_bytes", "100"),
        ("max_bytes", 10.5),
        ("max_bytes", True),
    ],
)
def test_an_option_of_the_wrong_type_is_an_input_type_error(
    tmp_path: pathlib.Path, option: str, value: object
) -> None:
    path = tmp_path / "port.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(InputTypeError, match=option):
        dp.read_article(path, **{option: value})  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match=option):
        dp.read_corpus(tmp_path, **{option: value})  # type: ignore[arg-type]


def test_an_on_error_that_is_not_callable_is_an_input_type_error(tmp_path: pathlib.Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(InputTypeError, match="on_error"):
        dp.read_corpus(tmp_path, errors="skip", on_error=[])  # type: ignore[arg-type]


def test_a_negative_limit_is_a_value_error_and_a_huge_one_no_limit(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "port.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(ValueError, match="max_bytes"):
        dp.read_article(path, max_bytes=-1)
    assert dp.read_article(path, max_bytes=10**30).text == ARTICLE
    assert dp.read_article(path, max_bytes=len(ARTICLE)).text == ARTICLE


@pytest.mark.parametrize("opening", ["* * *\n\n", "---\n", "=====\n", "## ---\n\n", "•\n"])
def test_a_rule_above_the_headline_is_no_title(opening: str) -> None:
    assert dp.parse_article(opening + ARTICLE).title == "Port authority restricts chatbot"


@pytest.mark.parametrize("value", [None, 2025, b"Feb. 6, 2025"])
def test_detect_published_takes_only_text(value: object) -> None:
    with pytest.raises(InputTypeError):
        detect_published(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "stated", ["Feb. 6, 2025", "2025/02/06", "Thu, 6 Feb 2025 10:00 KST", "2025-02-06"]
)  # the last, ISO, is a guard
def test_a_json_lines_date_reads_as_a_front_matter_date(
    tmp_path: pathlib.Path, stated: str
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": ARTICLE, "published": stated}) + "\n", encoding="utf-8")
    (doc,) = dp.read_corpus(feed)
    assert doc.published == dt.date(2025, 2, 6)


# guard: a record's date that is no date is still reported, not dropped
def test_a_json_lines_date_that_is_none_is_still_reported(tmp_path: pathlib.Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": ARTICLE, "published": "soon"}) + "\n", encoding="utf-8")
    problems: list[dp.CorpusReadError] = []
    assert list(dp.read_corpus(feed, errors="skip", on_error=problems.append)) == []
    assert "'soon'" in str(problems[0])


@pytest.mark.parametrize(
    "stated", ["２０２５-０２-０６", "٢٠٢٥-٠٢-٠٦", "२०२५-०२-०६", "2025-2-6", "2025\u201002\u201006"]
)
def test_a_date_in_other_digits_or_dashes_is_read(stated: str) -> None:
    doc = dp.parse_article(f"---\npublished: {stated}\n---\n{ARTICLE}")
    assert doc.published == dt.date(2025, 2, 6)
    if stated != "2025-2-6":  # the argument takes ISO only, in any script's digits
        assert dp.parse_article(ARTICLE, published=stated).published == dt.date(2025, 2, 6)


# guard: reading other digits does not make a non-day a day
@pytest.mark.parametrize("stated", ["2025-2-30", "٢٠٢٥", "２０２５年"])
def test_a_date_in_other_digits_that_is_no_day_is_still_an_error(stated: str) -> None:
    with pytest.raises(SchemaError):
        dp.parse_article(f"---\npublished: {stated}\n---\n{ARTICLE}")


# ---------------------------------------------------------------------------------------------
# merge and compare at the calendar's edge; the command line
# ---------------------------------------------------------------------------------------------


def _dated(doc_id: str, day: str) -> Extraction:
    text = "The port authority blocked DeepSeek on staff phones."
    authority = Actor("port", "Port authority", "government_agency", "NZ")
    action = Action(
        "port", "block", Span.of(text, 0, len(text)), targets=["DeepSeek"], date=Date.parse(day)
    )
    return Extraction(Document(doc_id, text), [authority], [action])


@pytest.mark.parametrize(
    ("first", "second"),
    [("9999-12-30", "9999-12-31"), ("0001", "0001-01-03"), ("0001-01-01", "9999-12-31")],
)
@pytest.mark.parametrize("days", [7, dt.timedelta.max.days])
def test_merge_and_compare_take_dates_at_the_calendar_edge(
    first: str, second: str, days: int
) -> None:
    tolerance = dt.timedelta(days=days)
    events = dp.merge([_dated("a", first), _dated("b", second)], tolerance=tolerance)
    joined = Date.parse(first).overlaps(Date.parse(second), tolerance=tolerance)
    assert len(events) == (1 if joined else 2)
    result = dp.compare([_dated("a", first)], [_dated("b", second)], tolerance=tolerance)
    assert len(result.only_a) == (0 if joined else 1)


def test_a_tolerance_past_a_timedelta_is_a_usage_error(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "port.txt").write_text(ARTICLE, encoding="utf-8")
    assert cli.main(["report", str(tmp_path), "--tolerance", "1000000000"]) == 2
    assert "--tolerance" in capsys.readouterr().err
    assert cli.main(["report", str(tmp_path), "--tolerance", "999999999"]) == 0


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize("command", ["extract", "report"])
def test_a_dash_reads_one_article_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    _stdin(monkeypatch, ("\ufeff" + ARTICLE).encode("utf-8"))
    if command == "extract":
        assert cli.main([command, "-"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["document"]["id"] == "stdin"
        assert out["document"]["title"] == "Port authority restricts chatbot"
    else:
        assert cli.main([command, "-"]) == 0
        assert capsys.readouterr().out.endswith(" from 1 document\n")


@pytest.mark.parametrize(
    ("data", "message"), [(b"", "-: is empty"), (b"%PDF-1.7\x00", "-: looks like a binary")]
)
def test_standard_input_that_is_no_article_fails_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes, message: str
) -> None:
    _stdin(monkeypatch, data)
    assert cli.main(["extract", "-"]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_closed_standard_input_fails_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert cli.main(["extract", "-"]) == 1
    assert "-: standard input" in capsys.readouterr().err


class _FullDisk(io.StringIO):
    """A stdout that fails as a full disk does."""

    def write(self, s: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "{f}"],
        ["extract", "{f}", "--format", "table"],
        ["report", "{f}"],
        ["report", "{f}", "--format", "csv"],
        ["report", "{f}", "--format", "json"],
    ],
)
def test_output_that_cannot_be_written_is_one_line_not_a_traceback(
    tmp_path: pathlib.Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    article = tmp_path / "port.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    assert cli.main([a.format(f=article) for a in argv]) == 1
    assert "cannot write the output: No space left on device" in capsys.readouterr().err


def test_a_closed_stdout_is_one_line_not_a_traceback(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "port.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", None)
    assert cli.main(["extract", str(article)]) == 1
    assert "standard output is closed" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# aggregate and compare: the wrong type is an InputTypeError that says what was expected
# ---------------------------------------------------------------------------------------------

_ONE = _dated("a", "2025-02-06")

_CALLS: dict[str, Any] = {
    "merge": dp.merge,
    "timeline": dp.timeline,
    "count_by": lambda x: dp.count_by(x, "kind"),
    "stance": lambda x: dp.stance(x, "port"),
    "to_records": dp.to_records,
    "to_csv": lambda x: dp.to_csv(x, io.StringIO()),
    "compare": lambda x: dp.compare(x, [_ONE]),
    "compare_claims": dp.compare_claims,
}


@pytest.mark.parametrize("function", sorted(_CALLS))
@pytest.mark.parametrize("value", [None, 7, "merge these", {"a": _ONE}, [None], [_ONE, 7]])
def test_a_value_that_is_no_records_is_an_input_type_error(function: str, value: object) -> None:
    with pytest.raises(InputTypeError):
        _CALLS[function](value)


@pytest.mark.parametrize("function", ["timeline", "count_by", "stance", "to_records", "to_csv"])
def test_a_lone_record_is_an_input_type_error_that_says_to_wrap_it(function: str) -> None:
    with pytest.raises(InputTypeError, match="in a list"):
        _CALLS[function](_ONE)


# guard: merge and compare take one record as it stands, as documented
def test_merge_and_compare_still_take_one_record() -> None:
    assert len(dp.merge(_ONE)) == 1
    assert len(dp.compare(_ONE, _ONE).agree) == 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: dp.stance([_ONE], 5), "actor id"),
        (lambda: dp.to_records([_ONE], sep=5), "sep"),
        (lambda: dp.to_csv([_ONE], 5), "file name or a text stream"),
        (lambda: dp.compare_claims([_ONE], tolerance="5%"), "tolerance"),
        (lambda: dp.compare_claims([_ONE], rates={("EUR", None): 1.05}), "RateTable"),
        (lambda: dp.RateTable({"EUR": 1.05}), r"\('EUR', None\)"),
        (lambda: dp.RateTable([("EUR", 1.05)]), "currency, period, usd"),
        (lambda: dp.RateTable(None), "NoneType"),
        (lambda: dp.RateTable.example().rate("EUR", 2025.5), "float"),
    ],
)
def test_an_option_of_the_wrong_type_says_what_it_takes(call: Any, message: str) -> None:
    with pytest.raises(InputTypeError, match=message):
        call()


# ---------------------------------------------------------------------------------------------
# extract and extract_many
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("docs", [None, 3, b"Italy blocked DeepSeek.", {"a": ARTICLE}])
def test_extract_many_of_no_iterable_of_documents_is_an_input_type_error(docs: object) -> None:
    with pytest.raises(InputTypeError, match="iterable of documents"):
        dp.extract_many(docs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("option", "value"), [("gazetteer", 5), ("gazetteer", ["Italy"]), ("lexicon", "ban")]
)
def test_a_vocabulary_of_the_wrong_type_is_an_input_type_error(option: str, value: object) -> None:
    with pytest.raises(InputTypeError, match=option):
        dp.extract(ARTICLE, **{option: value})  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match=option):
        dp.extract_many([ARTICLE], **{option: value})  # type: ignore[arg-type]


# guard: an error in the input iterable keeps its place after the results before it
def test_an_error_in_the_input_iterable_comes_after_the_results_before_it() -> None:
    def feed() -> Iterator[str]:
        yield ARTICLE
        raise RuntimeError("the feed broke")

    got: list[str] = []
    with pytest.raises(RuntimeError, match="the feed broke"):
        got.extend(ex.document.title or "" for ex in dp.extract_many(feed()))
    assert got == ["Port authority restricts chatbot"]


# ---------------------------------------------------------------------------------------------
# the Unicode edge
# ---------------------------------------------------------------------------------------------

DECOMPOSABLE = (
    "Prague orders DeepSeek off state devices\n\n"
    "PRAGUE, July 10, 2025 — NÚKIB, the Czech cyber security agency, told ministries on "
    "Thursday to remove DeepSeek from official devices within 30 days.\n\n"
    "The Commission nationale de l'informatique et des libertés said on Friday it had sent "
    "DeepSeek a questionnaire about where it keeps the data of users in France.\n"
)


def _records(ex: Extraction) -> tuple[object, ...]:
    return (
        sorted((a.id, a.name, a.country) for a in ex.actors),
        [(a.actor, a.kind, a.status, a.date, a.targets) for a in ex.actions],
        [(c.speaker, c.quote, unicodedata.normalize("NFC", c.text)) for c in ex.claims],
        [(q.kind, q.value, q.unit) for q in ex.quantities],
    )


@pytest.mark.parametrize("form", ["NFD", "NFKD"])
def test_a_decomposed_article_gives_the_records_of_the_composed_one(form: str) -> None:
    composed = dp.extract(DECOMPOSABLE)
    text = unicodedata.normalize(form, DECOMPOSABLE)
    assert text != DECOMPOSABLE
    decomposed = dp.extract(text)
    assert {a.id for a in composed.actors} >= {"cz-nukib", "fr-cnil"}
    assert _records(decomposed) == _records(composed)
    for record in (*decomposed.actions, *decomposed.claims, *decomposed.quantities):
        span = record.evidence
        assert text[span.start : span.end] == span.text


# guard: marks with no composed form stay as written, and spans stay the text's
def test_marks_with_no_composed_form_are_kept() -> None:
    text = "Q\u0307ara authority blocked DeepSeek on Monday.\u0301"
    ex = dp.extract(text, published="2025-02-06")
    for record in ex.actions:
        assert text[record.evidence.start : record.evidence.end] == record.evidence.text


WIDE = (
    "Seoul suspends chatbot downloads\n\n"
    "SEOUL — South Korea's data protection commission suspended new downloads of DeepSeek on "
    "Feb. 15, 2025, and said the company had spent $6 million on a local data centre.\n"
)


@pytest.mark.parametrize(
    "digits",
    [
        "０１２３４５６７８９",  # full width, as copy from CJK sources writes them
        "٠١٢٣٤٥٦٧٨٩",  # Arabic-Indic
        "०१२३४५६७८९",  # Devanagari
    ],
)
def test_digits_of_other_widths_and_scripts_give_the_records_of_ascii(digits: str) -> None:
    text = WIDE.translate(str.maketrans("0123456789", digits)).replace("$", "＄")
    ascii_ex = dp.extract(WIDE, published="2025-02-20")
    wide_ex = dp.extract(text, published="2025-02-20")
    assert [str(a.date) for a in ascii_ex.actions] == ["2025-02-15"]
    assert _records(wide_ex)[:2] == _records(ascii_ex)[:2]
    assert [(q.kind, q.value, q.unit) for q in wide_ex.quantities] == [
        (q.kind, q.value, q.unit) for q in ascii_ex.quantities
    ]
    for record in (*wide_ex.actions, *wide_ex.quantities):
        assert text[record.evidence.start : record.evidence.end] == record.evidence.text


def test_the_name_in_full_width_letters_is_the_target() -> None:
    text = WIDE.replace("DeepSeek", "ＤｅｅｐＳｅｅｋ")
    ex = dp.extract(text, published="2025-02-20")
    assert [a.targets for a in ex.actions] == [("DeepSeek",)]


# ---------------------------------------------------------------------------------------------
# records read back
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [None, 5, ["{}"]])
def test_from_json_of_no_text_is_an_input_type_error(data: object) -> None:
    with pytest.raises(InputTypeError, match="str or bytes"):
        Extraction.from_json(data)  # type: ignore[arg-type]


def test_from_json_passes_over_a_byte_order_mark_in_a_str() -> None:
    ex = dp.extract(ARTICLE, published="2025-02-06")
    saved = "\ufeff" + ex.to_json()  # a file an editor saved with a mark, read as text
    assert Extraction.from_json(saved) == ex
    assert Extraction.from_json(saved.encode("utf-8")) == ex  # guard: bytes already did


# ---------------------------------------------------------------------------------------------
# vocabularies: a wrong row or argument is a typed error when it is given (gazetteer.py,
# triggers.py; strict xfails until round 22b)
# ---------------------------------------------------------------------------------------------


def test_a_trigger_row_of_an_unknown_kind_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError):
        dp.TriggerRow("bann", "verb", "bans")  # type: ignore[arg-type]


def test_a_trigger_row_of_a_kind_by_its_string_is_that_kind() -> None:
    # a row of the kind's own string is the member (at 68267e1 it stayed a str, and extract()
    # with it raised AttributeError on .family)
    row = dp.TriggerRow("ban", "verb", "bans")  # type: ignore[arg-type]
    assert row.kind is ActionKind.BAN
    assert row == dp.TriggerRow(ActionKind.BAN, "verb", "bans")


@pytest.mark.parametrize("rows", [None, ["ban"], [None]])
def test_a_trigger_lexicon_of_no_rows_is_a_lexicon_error(rows: object) -> None:
    with pytest.raises((LexiconError, InputTypeError)):
        dp.TriggerLexicon(rows)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda: dp.Gazetteer(None),  # type: ignore[arg-type]
        lambda: dp.Gazetteer().load(None),  # type: ignore[arg-type]
        lambda: dp.default_gazetteer().country(None),  # type: ignore[arg-type]
    ],
)
def test_a_gazetteer_given_none_raises_a_typed_error(call: Any) -> None:
    with pytest.raises(InputTypeError):
        call()
