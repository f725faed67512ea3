"""File readers: every way in, every way to fail.

All articles here are short texts written for these tests.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import pathlib
import pickle
import warnings
from typing import Any

import pytest

from deepseek_policy.errors import (
    BinaryFileError,
    CorpusReadError,
    DecodeError,
    DeepSeekPolicyError,
    EmptyArticleError,
    ExtractionTimeoutError,
    FileTooLargeError,
    InputTypeError,
    LexiconError,
    MissingFileError,
    ReadError,
    SchemaError,
)
from deepseek_policy.model import Document
from deepseek_policy.readers import (
    MalformedHeaderWarning,
    SkippedItemWarning,
    detect_published,
    parse_article,
    read_article,
    read_corpus,
)

D = dt.date

PLAIN = """

Harbour city weighs chatbot rules

The council of a small harbour city said on Tuesday it would look at how staff use
AI chatbots, including DeepSeek, before the summer.
"""

FRONT = """---
title: Council reviews chatbot use
published: 2025-02-06
source: Harbour Gazette
url: https://example.org/council-chatbots
id: council-chatbots
---
Harbour city weighs chatbot rules

SEATTLE, Feb. 19, 2025 - This dateline is not the publication date: the header wins.
"""


def write(tmp_path: pathlib.Path, name: str, content: str | bytes) -> pathlib.Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


# ---------------------------------------------------------------------------------------------
# read_article: the ways in
# ---------------------------------------------------------------------------------------------


def test_plain_text(tmp_path: pathlib.Path) -> None:
    doc = read_article(write(tmp_path, "harbour-city.txt", PLAIN))
    assert isinstance(doc, Document)
    assert doc.id == "harbour-city"
    assert doc.title == "Harbour city weighs chatbot rules"
    assert doc.text == PLAIN
    assert doc.published is None
    assert doc.source is None
    assert doc.url is None


def test_path_types(tmp_path: pathlib.Path) -> None:
    path = write(tmp_path, "a.txt", PLAIN)
    assert read_article(path) == read_article(str(path))


def test_markdown_heading_is_the_title(tmp_path: pathlib.Path) -> None:
    doc = read_article(write(tmp_path, "a.md", "# Ministry issues AI advisory\n\nBody text.\n"))
    assert doc.title == "Ministry issues AI advisory"


def test_front_matter(tmp_path: pathlib.Path) -> None:
    doc = read_article(write(tmp_path, "file-stem.txt", FRONT))
    assert doc.id == "council-chatbots"  # the header's id beats the file name
    assert doc.title == "Council reviews chatbot use"
    assert doc.published == D(2025, 2, 6)
    assert doc.source == "Harbour Gazette"
    assert doc.url == "https://example.org/council-chatbots"
    assert doc.text.startswith("Harbour city weighs chatbot rules\n")
    assert "---" not in doc.text
    assert "title:" not in doc.text


def test_front_matter_partial_quoted_and_unknown_keys(tmp_path: pathlib.Path) -> None:
    text = '---\ntitle: "Quoted title"\nauthor: someone\nsource:\n---\nFirst line\nMore.\n'
    doc = read_article(write(tmp_path, "partial.txt", text))
    assert doc.id == "partial"  # no id in the header: the file name
    assert doc.title == "Quoted title"
    assert doc.source is None  # an empty value is no value
    assert doc.text == "First line\nMore.\n"


def test_front_matter_with_a_bad_date_names_the_file(tmp_path: pathlib.Path) -> None:
    path = write(tmp_path, "bad-date.txt", "---\npublished: last Tuesday\n---\nBody.\n")
    with pytest.raises(ReadError) as info:
        read_article(path)
    assert info.value.path == str(path)
    assert "last Tuesday" in str(info.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-06", D(2025, 2, 6)),
        ("2025-02-06T09:30:00+09:00", D(2025, 2, 6)),
        ("Feb. 6, 2025", D(2025, 2, 6)),
        ("February 6, 2025 10:00 KST", D(2025, 2, 6)),
        ("6 February 2025", D(2025, 2, 6)),
        ("Thu, 6 Feb 2025 10:00:00 +0900", D(2025, 2, 6)),
        ('"March 3rd, 2025"', D(2025, 3, 3)),
        # year first with slashes or dots, as content systems export it
        ("2026/09/18", D(2026, 9, 18)),
        ("2026.09.18 14:05", D(2026, 9, 18)),
        ("2026/9/8", D(2026, 9, 8)),
    ],
)
def test_front_matter_date_written_out(value: str, expected: D) -> None:
    doc = parse_article(f"---\npublished: {value}\n---\nThe council met on chatbots.\n")
    assert doc.published == expected


@pytest.mark.parametrize("value", ["2026/13/45", "2026/09.18", "2026/02/30"])
def test_front_matter_year_first_date_that_names_no_day_is_an_error(value: str) -> None:
    with pytest.raises(SchemaError, match="front matter published"):
        parse_article(f"---\npublished: {value}\n---\nThe council met on chatbots.\n")


def test_front_matter_with_a_bad_date_is_an_error_unless_not_strict() -> None:
    text = "---\npublished: 2025-0posted 2025\n---\nOSLO, March 4, 2025 - A ministry met.\n"
    with pytest.raises(SchemaError, match="front matter published: '2025-0posted 2025'"):
        parse_article(text)
    with pytest.warns(MalformedHeaderWarning, match="2025-0posted 2025"):
        doc = parse_article(text, strict=False)
    assert doc.published == D(2025, 3, 4)  # the dateline's date, as without a header
    assert doc.text.startswith("OSLO")


def test_a_long_bad_header_date_is_shortened_in_the_message() -> None:
    text = "---\npublished: " + "x" * 500 + "\n---\nBody.\n"
    with pytest.raises(SchemaError) as info:
        parse_article(text)
    assert len(str(info.value)) < 120


PUBLISHED_CASES = [
    ("Headline\nTuesday 4 February 2025\n\nBody.", D(2025, 2, 4)),
    ("Headline\nFeb. 6, 2025 10:30 KST\n\nBody.", D(2025, 2, 6)),
    ("Headline\n\nThe meeting on February 4, 2025 ran long.", None),
    ("Headline\nPosted : 2025-02-17 16:20\n\nBody.", D(2025, 2, 17)),
    ("Headline\nUpdated : Feb. 17, 2025\n\nBody.", D(2025, 2, 17)),
    ("Headline\nUpdated Feb. 6, 2025 at 9:10 a.m.\n\nBody.", D(2025, 2, 6)),
    ("Headline\nLast updated: 6 February 2025\n\nBody.", D(2025, 2, 6)),
    ("Headline\nPublished: 2025-02-06\n\nBody.", D(2025, 2, 6)),
    ("Headline\nPosted on March 3rd, 2025\n\nBody.", D(2025, 3, 3)),
    ("Headline\n\nSEATTLE, Feb. 19, 2025 - A company said it would add the model.", D(2025, 2, 19)),
    ("Headline\n\nSYDNEY, 5 February 2025 — Staff were told to delete it.", D(2025, 2, 5)),
    ("Headline\n\nSEOUL, Sept. 3, 2024 (Wire) - A body met.", D(2024, 9, 3)),
    ("Headline\n2025-02-03\n\nBody.", D(2025, 2, 3)),
    ("Headline\n\nTOKYO, Feb. 13 (Wire) - No year is given here.", None),
    ("Headline\n\nUpdated Feb. 30, 2025\n\nNot a real day.", None),
    ("Headline\n\nNo date at all in this one.", None),
    ("Headline\n\n" + "filler words " * 200 + "\nUpdated Feb. 6, 2025", None),  # too far down
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHED_CASES)
def test_detect_published(text: str, expected: D | None) -> None:
    assert detect_published(text) == expected
    assert parse_article(text).published == expected


def test_stamp_comes_before_dateline() -> None:
    text = "Headline\n\nSEATTLE, Feb. 19, 2025 - Body.\nUpdated Feb. 20, 2025\n"
    assert detect_published(text) == D(2025, 2, 20)


@pytest.mark.parametrize("given", ["2025-03-01", D(2025, 3, 1), dt.datetime(2025, 3, 1, 23, 59)])
def test_explicit_published_overrides_header_and_text(tmp_path: pathlib.Path, given: Any) -> None:
    assert read_article(write(tmp_path, "a.txt", FRONT), published=given).published == D(2025, 3, 1)
    dateline = "H\n\nSEATTLE, Feb. 19, 2025 - Body."
    assert read_article(write(tmp_path, "b.txt", dateline), published=given).published == D(
        2025, 3, 1
    )


def test_explicit_published_must_be_a_date(tmp_path: pathlib.Path) -> None:
    path = write(tmp_path, "a.txt", PLAIN)
    with pytest.raises(SchemaError) as info:
        read_article(path, published="next week")
    assert info.value.field == "published"
    with pytest.raises(InputTypeError):
        read_article(path, published=20250301)  # type: ignore[arg-type]


def test_utf8_bom(tmp_path: pathlib.Path) -> None:
    doc = read_article(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + PLAIN.encode()))
    assert doc.text == PLAIN
    assert doc.title == "Harbour city weighs chatbot rules"
    doc = read_article(write(tmp_path, "bom-front.txt", b"\xef\xbb\xbf" + FRONT.encode()))
    assert doc.title == "Council reviews chatbot use"  # the header is still found


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_normalised(tmp_path: pathlib.Path, newline: str) -> None:
    doc = read_article(write(tmp_path, "crlf.txt", FRONT.replace("\n", newline)))
    assert "\r" not in doc.text
    assert doc.title == "Council reviews chatbot use"
    assert doc.published == D(2025, 2, 6)
    assert doc.text == read_article(write(tmp_path, "lf.txt", FRONT)).text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: pathlib.Path, encoding: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    path = write(tmp_path, "wide.txt", bom + "Zürich bans — “DeepSeek”\n\nBody.\n".encode(encoding))
    doc = read_article(path)
    assert doc.title == "Zürich bans — “DeepSeek”"
    assert not doc.text.startswith("\ufeff")


CP1252 = "Café owners’ group warns – “careful”\n\nBody text.\n".encode("cp1252")


def test_explicit_encoding(tmp_path: pathlib.Path) -> None:
    doc = read_article(write(tmp_path, "cp.txt", CP1252), encoding="cp1252")
    assert doc.title == "Café owners’ group warns – “careful”"


def test_undecodable_bytes(tmp_path: pathlib.Path) -> None:
    path = write(tmp_path, "cp.txt", CP1252)
    with pytest.raises(DecodeError) as info:
        read_article(path)
    err = info.value
    assert isinstance(err, UnicodeError)
    assert isinstance(err, ReadError)
    assert isinstance(err, OSError)
    assert err.path == str(path)
    assert "encoding=" in err.message


def test_unknown_encoding(tmp_path: pathlib.Path) -> None:
    with pytest.raises(DecodeError, match="unknown encoding"):
        read_article(write(tmp_path, "a.txt", PLAIN), encoding="no-such-codec")


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        b"plain start\x00\x00 then NUL bytes",
    ],
    ids=["png", "pdf", "zip", "gzip", "nul"],
)
def test_binary_file(tmp_path: pathlib.Path, content: bytes) -> None:
    path = write(tmp_path, "photo.txt", content)
    with pytest.raises(BinaryFileError) as info:
        read_article(path)
    assert info.value.path == str(path)


def test_missing_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(MissingFileError) as info:
        read_article(path)
    assert isinstance(info.value, FileNotFoundError)
    assert info.value.path == str(path)
    with pytest.raises(FileNotFoundError):
        read_article(str(path))


def test_directory_is_not_an_article(tmp_path: pathlib.Path) -> None:
    with pytest.raises(MissingFileError, match="not a file"):
        read_article(tmp_path)


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n\t\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", b"---\ntitle: Only a header\n---\n"],
    ids=["empty", "whitespace", "bom-only", "bom-space", "header-only"],
)
def test_empty_article(tmp_path: pathlib.Path, content: bytes) -> None:
    path = write(tmp_path, "empty.txt", content)
    with pytest.raises(EmptyArticleError) as info:
        read_article(path)
    assert info.value.path == str(path)


def test_max_bytes(tmp_path: pathlib.Path) -> None:
    path = write(tmp_path, "big.txt", PLAIN)
    size = len(PLAIN.encode())
    assert read_article(path, max_bytes=size).text == PLAIN
    with pytest.raises(FileTooLargeError) as info:
        read_article(path, max_bytes=size - 1)
    assert str(size) in info.value.message


@pytest.mark.parametrize("bad", [None, 42, b"bytes/path.txt", ["a.txt"]])
def test_path_must_be_a_path(bad: Any) -> None:
    with pytest.raises(InputTypeError) as info:
        read_article(bad)
    assert isinstance(info.value, TypeError)


# ---------------------------------------------------------------------------------------------
# parse_article
# ---------------------------------------------------------------------------------------------


def test_parse_article() -> None:
    a, b = parse_article(PLAIN), parse_article(PLAIN)
    assert a.id == b.id
    assert a.id.startswith("doc-")
    assert parse_article(PLAIN + "x").id != a.id
    doc = parse_article(FRONT, id="given", title="T", source="S", url="U", published="2025-01-01")
    assert (doc.id, doc.title, doc.source, doc.url) == ("given", "T", "S", "U")
    assert doc.published == D(2025, 1, 1)
    assert parse_article(FRONT).id == "council-chatbots"


def test_parse_article_errors() -> None:
    with pytest.raises(InputTypeError):
        parse_article(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(EmptyArticleError):
        parse_article(" \n ")


# ---------------------------------------------------------------------------------------------
# read_corpus: folders
# ---------------------------------------------------------------------------------------------


def article(title: str) -> str:
    return f"{title}\n\nA short paragraph about {title.lower()}.\n"


def test_folder_in_name_order(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "b-second.txt", article("Second"))
    write(tmp_path, "a-first.md", article("First"))
    write(tmp_path, "c-third.TEXT", article("Third"))
    write(tmp_path, "d-fourth.markdown", article("Fourth"))
    docs = list(read_corpus(tmp_path))
    assert [d.id for d in docs] == ["a-first", "b-second", "c-third", "d-fourth"]
    assert [d.title for d in docs] == ["First", "Second", "Third", "Fourth"]


def test_folder_skips_hidden_and_other_files(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "keep.txt", article("Kept"))
    write(tmp_path, ".hidden.txt", article("Hidden"))
    write(tmp_path, "data.csv", "a,b\n1,2\n")
    write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path, "README", article("No suffix"))
    write(tmp_path, "nested/inner.txt", article("Nested"))
    (tmp_path / "folder.txt").mkdir()
    assert [d.title for d in read_corpus(tmp_path)] == ["Kept"]


def test_empty_folder(tmp_path: pathlib.Path) -> None:
    assert list(read_corpus(tmp_path)) == []


def test_folder_is_read_lazily(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "a.txt", article("Good"))
    write(tmp_path, "z.txt", b"\x00\x01\x02")
    docs = read_corpus(tmp_path)
    assert inspect.isgenerator(docs)
    assert next(docs).title == "Good"  # the broken file later on has not been touched yet
    with pytest.raises(CorpusReadError):
        next(docs)


def test_folder_published_override(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "a.txt", FRONT)
    write(tmp_path, "b.txt", article("Plain"))
    assert {d.published for d in read_corpus(tmp_path, published="2025-04-01")} == {D(2025, 4, 1)}


def test_folder_error_raises_naming_the_item(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "a.txt", article("Good"))
    bad = write(tmp_path, "b.txt", b"\x89PNG\r\n\x1a\n")
    with pytest.raises(CorpusReadError) as info:
        list(read_corpus(tmp_path))
    err = info.value
    assert err.item == "b.txt"
    assert err.path == str(bad)
    assert "b.txt" in str(err)
    assert isinstance(err.__cause__, BinaryFileError)
    assert isinstance(err, ReadError)


def test_folder_skip_warns_and_goes_on(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "a.txt", article("First"))
    write(tmp_path, "b.txt", b"")
    write(tmp_path, "c.txt", CP1252)
    write(tmp_path, "d.txt", article("Last"))
    with pytest.warns(SkippedItemWarning) as record:
        docs = list(read_corpus(tmp_path, errors="skip"))
    assert [d.title for d in docs] == ["First", "Last"]
    messages = [str(w.message) for w in record if issubclass(w.category, SkippedItemWarning)]
    assert len(messages) == 2
    assert "b.txt" in messages[0]
    assert "c.txt" in messages[1]


def test_folder_skip_with_callback(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "a.txt", b"")
    write(tmp_path, "b.txt", article("Fine"))
    seen: list[CorpusReadError] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a callback replaces the warning
        docs = list(read_corpus(tmp_path, errors="skip", on_error=seen.append))
    assert [d.title for d in docs] == ["Fine"]
    assert [e.item for e in seen] == ["a.txt"]
    assert isinstance(seen[0].__cause__, EmptyArticleError)


def test_folder_with_jsonl(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "a.txt", article("From a file"))
    write(tmp_path, "b.jsonl", json.dumps({"text": article("From a line")}) + "\n")
    assert [d.id for d in read_corpus(tmp_path)] == ["a", "b-1"]


def test_folder_with_a_broken_jsonl(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "a.jsonl", b"\x00\x00")
    write(tmp_path, "b.txt", article("Fine"))
    seen: list[CorpusReadError] = []
    docs = list(read_corpus(tmp_path, errors="skip", on_error=seen.append))
    assert [d.id for d in docs] == ["b"]
    assert seen[0].item == "a.jsonl"


# ---------------------------------------------------------------------------------------------
# read_corpus: JSON Lines
# ---------------------------------------------------------------------------------------------


def jsonl(tmp_path: pathlib.Path, *lines: Any, name: str = "items.jsonl") -> pathlib.Path:
    text = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
    return write(tmp_path, name, text + "\n")


def test_jsonl_fields_and_default_ids(tmp_path: pathlib.Path) -> None:
    path = jsonl(
        tmp_path,
        {
            "id": "given-id",
            "title": "Given title",
            "text": "Body first line\n\nMore body.",
            "published": "2025-02-06",
            "source": "Harbour Gazette",
            "url": "https://example.org/x",
        },
        "",
        {"text": "Second article\n\nSYDNEY, 5 February 2025 — Body."},
        {"text": "Third\n\nBody.", "id": None, "published": None},
    )
    first, second, third = read_corpus(path)
    assert first.id == "given-id"
    assert first.title == "Given title"
    assert first.text == "Body first line\n\nMore body."
    assert first.published == D(2025, 2, 6)
    assert first.source == "Harbour Gazette"
    assert first.url == "https://example.org/x"
    assert second.id == "items-3"  # line numbers count the blank line
    assert second.title == "Second article"
    assert second.published == D(2025, 2, 5)  # detected from the text
    assert third.id == "items-4"


def test_jsonl_published_override(tmp_path: pathlib.Path) -> None:
    path = jsonl(tmp_path, {"text": "A\n\nB", "published": "2025-02-06"})
    assert next(read_corpus(path, published=D(2025, 1, 1))).published == D(2025, 1, 1)


def test_jsonl_crlf_bom_and_line_separators_in_text(tmp_path: pathlib.Path) -> None:
    records = [
        {"text": "One\u2028still one\u0085and\u2029one"},
        {"text": "Two\r\nlines"},
    ]
    body = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    path = write(tmp_path, "x.jsonl", b"\xef\xbb\xbf" + body.encode())
    docs = list(read_corpus(path))
    assert [d.id for d in docs] == ["x-1", "x-2"]
    assert docs[0].text == "One\u2028still one\u0085and\u2029one"
    assert docs[1].text == "Two\nlines"


BAD_LINES = [
    ("{not json", "not valid JSON"),
    ('["a list"]', "must be an object"),
    ('{"title": "no text"}', "no 'text'"),
    ('{"text": 5}', "'text' must be a string"),
    ('{"text": "   "}', "empty"),
    ('{"text": "T\\n\\nB", "id": 7}', "'id' must be a string"),
    ('{"text": "T\\n\\nB", "published": 20250206}', "'published' must be a string"),
    ('{"text": "T\\n\\nB", "published": "yesterday"}', "yesterday"),
    ('{"text": "T\\n\\nB", "title": ["x"]}', "'title' must be a string"),
    ("[" * 100_000, "nested too deeply"),
    ('{"text": ' * 50_000, "nested too deeply"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_jsonl_bad_line_raises(tmp_path: pathlib.Path, line: str, message: str) -> None:
    path = jsonl(tmp_path, {"text": "Fine\n\nBody."}, line, {"text": "Also fine\n\nBody."})
    docs = read_corpus(path)
    assert next(docs).title == "Fine"
    with pytest.raises(CorpusReadError) as info:
        next(docs)
    err = info.value
    assert err.item == "items.jsonl:2"
    assert err.path == str(path)
    assert "line 2" in err.message
    assert message in err.message


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_jsonl_bad_line_skipped(tmp_path: pathlib.Path, line: str, message: str) -> None:
    path = jsonl(tmp_path, {"text": "Fine\n\nBody."}, line, {"text": "Also fine\n\nBody."})
    seen: list[CorpusReadError] = []
    docs = list(read_corpus(path, errors="skip", on_error=seen.append))
    assert [d.title for d in docs] == ["Fine", "Also fine"]
    assert [e.item for e in seen] == ["items.jsonl:2"]
    assert message in seen[0].message


def test_jsonl_skip_warns(tmp_path: pathlib.Path) -> None:
    path = jsonl(tmp_path, "{oops", {"text": "Fine\n\nBody."})
    with pytest.warns(SkippedItemWarning, match=r"line 1"):
        docs = list(read_corpus(path, errors="skip"))
    assert len(docs) == 1


def test_jsonl_unreadable_file(tmp_path: pathlib.Path) -> None:
    path = write(tmp_path, "x.jsonl", b"")
    with pytest.raises(CorpusReadError) as info:
        list(read_corpus(path))
    assert info.value.item == "x.jsonl"
    assert isinstance(info.value.__cause__, EmptyArticleError)


# ---------------------------------------------------------------------------------------------
# read_corpus: arguments
# ---------------------------------------------------------------------------------------------


def test_corpus_checks_arguments_when_called(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ValueError, match="errors"):
        read_corpus(tmp_path, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(MissingFileError):
        read_corpus(tmp_path / "missing")
    with pytest.raises(SchemaError):
        read_corpus(tmp_path, published="someday")


@pytest.mark.parametrize("bad", [None, 3.5, b"folder", {"path": "x"}])
def test_corpus_path_must_be_a_path(bad: Any) -> None:
    with pytest.raises(InputTypeError):
        read_corpus(bad)


# ---------------------------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------------------------

ERRORS: list[BaseException] = [
    SchemaError("actions[0].kind", "'bann' is not an ActionKind"),
    ReadError("/tmp/a.txt", "cannot be read"),
    MissingFileError("/tmp/a.txt", "no such file"),
    EmptyArticleError("/tmp/a.txt", "is empty"),
    BinaryFileError("/tmp/a.png", "looks like a binary file"),
    DecodeError("/tmp/a.txt", "is not valid utf-8"),
    FileTooLargeError("/tmp/a.txt", "too big"),
    CorpusReadError("/tmp/c.jsonl", "line 3: not valid JSON", "c.jsonl:3"),
    CorpusReadError(pathlib.Path("/tmp/b.txt"), "is empty"),
    InputTypeError("expected a path"),
    LexiconError("bad line"),
    ExtractionTimeoutError("too slow"),
]


@pytest.mark.parametrize("err", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_pickle(err: BaseException) -> None:
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err)
    assert str(back) == str(err)
    for attr in ("path", "message", "item", "field"):
        assert getattr(back, attr, None) == getattr(err, attr, None)
    assert isinstance(back, DeepSeekPolicyError)


def test_error_attributes() -> None:
    err = CorpusReadError(pathlib.Path("/tmp/b.txt"), "is empty")
    assert err.path == "/tmp/b.txt"
    assert err.item == "/tmp/b.txt"  # defaults to the path
    assert str(err) == "/tmp/b.txt: is empty"
    assert isinstance(MissingFileError("x", "y"), FileNotFoundError)
    assert isinstance(SchemaError("f", "m"), ValueError)
    assert isinstance(InputTypeError("m"), TypeError)
    assert isinstance(ExtractionTimeoutError("m"), TimeoutError)


def test_raised_errors_pickle(tmp_path: pathlib.Path) -> None:
    path = write(tmp_path, "x.jsonl", "{bad\n")
    with pytest.raises(CorpusReadError) as info:
        list(read_corpus(path))
    back = pickle.loads(pickle.dumps(info.value))
    assert (back.path, back.message, back.item) == (str(path), info.value.message, "x.jsonl:1")
