"""The public API beyond ``extract``, attacked as a demanding user would: the bounded, seeded
part of the round-22 campaign.

The campaign (outside CI) called every function of ``deepseek_policy.__all__`` with odd
files, folders, arguments and records. What it found is pinned here:

* readers: a UTF-32 file with its byte-order mark was decoded as UTF-16 (a title of NULs and
  letters); an ``encoding`` or ``max_bytes`` of the wrong type raised a bare ``TypeError``
  halfway through the read, and a ``max_bytes`` past the platform's size type an
  ``OverflowError``; :func:`~deepseek_policy.readers.detect_published` raised ``TypeError``
  on a non-string; a JSON Lines record's ``published`` took only ISO while a front matter's
  takes "Feb. 6, 2025" and "2025/02/06"; a date in full-width or Arabic-Indic digits, or
  year first with unpadded hyphens ("2025-2-6"), was not a date;

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest

import deepseek_policy as dp
from deepseek_policy.errors import InputTypeError, SchemaError
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


def test_a_negative_limit_is_a_value_error_and_a_huge_one_no_limit(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "port.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(ValueError, match="max_bytes"):
        dp.read_article(path, max_bytes=-1)
    assert dp.read_article(path, max_bytes=10**30).text == ARTICLE
    assert dp.read_article(path, max_bytes=len(ARTICLE)).text == ARTICLE


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
