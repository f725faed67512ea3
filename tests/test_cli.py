"""The command line: ``python -m deepseek_policy extract ...``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import pathlib
import subprocess
import sys
from typing import Any

import pytest

from deepseek_policy import cli, extract, read_article
from deepseek_policy.errors import SchemaError
from deepseek_policy.model import Action, Actor, Date, Document, Extraction, Span

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"

ARTICLE = """---
title: Port authority tests a chatbot
published: 2025-02-12
source: Test Wire
url: https://example.org/port
---
Port authority tests a chatbot

The port authority said it had started a trial of an AI assistant for its help desk.
"""


def write(tmp_path: pathlib.Path, name: str, content: str | bytes) -> pathlib.Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------------------------------------
# JSON output
# ---------------------------------------------------------------------------------------------


def test_one_file_gives_one_object(tmp_path: pathlib.Path, capsys: Any) -> None:
    path = write(tmp_path, "port.txt", ARTICLE)
    code, out, err = run(capsys, "extract", path)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert isinstance(data, dict)
    assert data == extract(read_article(path)).to_dict(text=False)
    assert set(data) == {"document", "actors", "actions", "claims", "quantities"}
    assert data["document"]["id"] == "port"
    assert data["document"]["published"] == "2025-02-12"
    assert "text" not in data["document"]
    assert out.startswith("{\n  ")  # pretty-printed


def test_json_is_the_default_format(tmp_path: pathlib.Path, capsys: Any) -> None:
    path = write(tmp_path, "port.txt", ARTICLE)
    assert run(capsys, "extract", path) == run(capsys, "extract", path, "--format", "json")


def test_several_files_give_an_array(tmp_path: pathlib.Path, capsys: Any) -> None:
    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", "Second story\n\nBody.\n")
    code, out, _ = run(capsys, "extract", b, a)
    assert code == 0
    data = json.loads(out)
    assert [d["document"]["id"] for d in data] == ["b", "a"]  # in the order given


def test_folder_gives_an_array(tmp_path: pathlib.Path, capsys: Any) -> None:
    write(tmp_path, "docs/b.txt", ARTICLE)
    write(tmp_path, "docs/a.md", "First story\n\nBody.\n")
    code, out, _ = run(capsys, "extract", tmp_path / "docs")
    assert code == 0
    assert [d["document"]["id"] for d in json.loads(out)] == ["a", "b"]


def test_folder_with_one_article_is_still_an_array(tmp_path: pathlib.Path, capsys: Any) -> None:
    write(tmp_path, "docs/only.txt", ARTICLE)
    code, out, _ = run(capsys, "extract", tmp_path / "docs")
    assert code == 0
    assert isinstance(json.loads(out), list)


def test_jsonl_file(tmp_path: pathlib.Path, capsys: Any) -> None:
    lines = [{"id": "x", "text": "One\n\nBody."}, {"text": "Two\n\nBody."}]
    path = write(tmp_path, "c.jsonl", "\n".join(json.dumps(r) for r in lines))
    code, out, _ = run(capsys, "extract", path)
    assert code == 0
    assert [d["document"]["id"] for d in json.loads(out)] == ["x", "c-2"]


def test_published_overrides(tmp_path: pathlib.Path, capsys: Any) -> None:
    path = write(tmp_path, "port.txt", ARTICLE)
    code, out, _ = run(capsys, "extract", path, "--published", "2025-03-01")
    assert code == 0
    assert json.loads(out)["document"]["published"] == "2025-03-01"


def test_non_ascii_is_kept(tmp_path: pathlib.Path, capsys: Any) -> None:
    path = write(tmp_path, "z.txt", "Zürich — “news”\n\nBody.\n")
    _, out, _ = run(capsys, "extract", path)
    assert json.loads(out)["document"]["title"] == "Zürich — “news”"
    assert "Zürich" in out


# ---------------------------------------------------------------------------------------------
# failures: exit 1, one line per failed file, the others still done
# ---------------------------------------------------------------------------------------------


def test_missing_file_among_others(tmp_path: pathlib.Path, capsys: Any) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "extract", missing, good)
    assert code == 1
    assert [d["document"]["id"] for d in json.loads(out)] == ["good"]
    lines = err.splitlines()
    assert len(lines) == 1
    assert str(missing) in lines[0]
    assert "error" in lines[0]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00"),
        ("empty.txt", b""),
        ("latin.txt", "Caf\u00e9 story\n\nBody.".encode("cp1252")),
        ("bad-date.txt", b"---\npublished: soon\n---\nBody.\n"),
    ],
)
def test_unreadable_single_file(
    tmp_path: pathlib.Path, capsys: Any, name: str, content: bytes
) -> None:
    path = write(tmp_path, name, content)
    code, out, err = run(capsys, "extract", path)
    assert code == 1
    assert out == ""
    assert len(err.splitlines()) == 1
    assert str(path) in err


def test_folder_with_a_bad_file(tmp_path: pathlib.Path, capsys: Any) -> None:
    write(tmp_path, "docs/a.txt", ARTICLE)
    write(tmp_path, "docs/b.txt", b"\x00\x00\x00")
    write(tmp_path, "docs/c.txt", "Third\n\nBody.\n")
    code, out, err = run(capsys, "extract", tmp_path / "docs")
    assert code == 1
    assert [d["document"]["id"] for d in json.loads(out)] == ["a", "c"]
    assert len(err.splitlines()) == 1
    assert "b.txt" in err


def test_jsonl_with_a_bad_line(tmp_path: pathlib.Path, capsys: Any) -> None:
    path = write(tmp_path, "c.jsonl", '{"text": "One\\n\\nBody."}\n{broken\n')
    code, out, err = run(capsys, "extract", path)
    assert code == 1
    assert len(json.loads(out)) == 1
    assert "c.jsonl: line 2" in err


def test_extraction_failure_is_reported(
    tmp_path: pathlib.Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", "Second\n\nBody.\n")

    def fails_on_a(doc: Document) -> Extraction:
        if doc.id == "a":
            raise SchemaError("actions[0].kind", "broken")
        return Extraction(document=doc)

    monkeypatch.setattr(cli, "extract", fails_on_a)
    code, out, err = run(capsys, "extract", a, b)
    assert code == 1
    assert [d["document"]["id"] for d in json.loads(out)] == ["b"]
    assert str(a) in err
    assert "actions[0].kind" in err


# ---------------------------------------------------------------------------------------------
# usage errors: exit 2
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["extract"],
        ["extract", "a.txt", "--format", "xml"],
        ["extract", "a.txt", "--published", "Feb. 6"],
        ["extract", "a.txt", "--published", "2025-02-30"],
        ["extract", "a.txt", "--no-such-option"],
    ],
)
def test_usage_errors(capsys: Any, argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage:" in err


def test_help_and_version(capsys: Any) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "extract" in out
    code, out, _ = run(capsys, "extract", "--help")
    assert code == 0
    assert "--published" in out
    assert "--format" in out
    code, out, _ = run(capsys, "--version")
    assert code == 0
    from deepseek_policy import __version__

    assert __version__ in out


# ---------------------------------------------------------------------------------------------
# table output
# ---------------------------------------------------------------------------------------------


def test_table_without_actions(tmp_path: pathlib.Path, capsys: Any) -> None:
    path = write(tmp_path, "port.txt", ARTICLE)
    code, out, _ = run(capsys, "extract", path, "--format", "table")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["document", "country", "actor", "kind", "status", "date", "targets"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2] == "(no actions found)"
    assert any(line.startswith("port ") and "2025-02-12" in line for line in lines)
    assert lines[-1] == "1 document, 0 actions, 0 claims"


TABLE_TEXT = "Seoul, Feb. 17 - The PIPC suspended downloads of DeepSeek. Texas banned it too."


def fake_extract(doc: Document) -> Extraction:
    text = doc.text

    def at(fragment: str) -> Span:
        start = text.index(fragment)
        return Span.of(text, start, start + len(fragment))

    return Extraction(
        document=doc,
        actors=[
            Actor("kr-pipc", "Personal Information Protection Commission", "regulator", "KR"),
            Actor("us-tx", "Texas", "subnational_government", "US", "US-TX"),
            Actor("someone", "Someone", "person"),
        ],
        actions=[
            Action(
                "kr-pipc",
                "suspend",
                at("The PIPC suspended downloads of DeepSeek."),
                targets=["DeepSeek"],
                date=Date.parse("2025-02-15"),
            ),
            Action(
                "us-tx",
                "ban",
                at("Texas banned it too."),
                targets=["DeepSeek", "RedNote"],
                status="done",
            ),
            Action("someone", "call_for", at("Texas banned it too."), status="proposed"),
        ],
    )


def test_table_rows_are_aligned(
    tmp_path: pathlib.Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "extract", fake_extract)
    path = write(tmp_path, "kr.txt", TABLE_TEXT)
    code, out, _ = run(capsys, "extract", path, "--format", "table")
    assert code == 0
    table = out.split("\n\n")[0].splitlines()
    header, rule, *rows = table
    assert len(rows) == 3
    assert rows[0].split("  ")[0].strip() == "kr"
    cells = [[c for c in row.split("  ") if c.strip()] for row in rows]
    assert [c.strip() for c in cells[0]] == [
        "kr", "KR", "Personal Information Protection Commission", "suspend", "done",
        "2025-02-15", "DeepSeek",
    ]  # fmt: skip
    assert [c.strip() for c in cells[1]][-1] == "DeepSeek, RedNote"
    assert [c.strip() for c in cells[2]] == ["kr", "-", "Someone", "call_for", "proposed", "-", "-"]
    # every column starts at the same offset on every line
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    for row in [header, *rows]:
        for s in starts[1:]:
            assert row[s - 2 : s] == "  "
            assert row[s] != " "
    assert out.splitlines()[-1] == "1 document, 3 actions, 0 claims"


def test_json_with_records(
    tmp_path: pathlib.Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "extract", fake_extract)
    path = write(tmp_path, "kr.txt", TABLE_TEXT)
    code, out, _ = run(capsys, "extract", path)
    assert code == 0
    data = json.loads(out)
    assert [a["kind"] for a in data["actions"]] == ["suspend", "ban", "call_for"]
    assert data["actions"][0]["evidence"]["text"] == "The PIPC suspended downloads of DeepSeek."
    assert data == fake_extract(read_article(path)).to_dict(text=False)


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="no bundled examples")
def test_bundled_examples(capsys: Any) -> None:
    code, out, err = run(capsys, "extract", EXAMPLES, "--format", "table")
    assert (code, err) == (0, "")
    names = sorted(p.stem for p in EXAMPLES.iterdir() if p.suffix == ".txt")
    assert len(names) >= 3
    for name in names:
        assert name in out
    code, out, _ = run(capsys, "extract", EXAMPLES)
    docs = json.loads(out)
    assert [d["document"]["id"] for d in docs] == names
    for d in docs:
        assert d["document"]["title"]
        dt.date.fromisoformat(d["document"]["published"])
        assert d["document"]["source"]
        assert d["document"]["url"].startswith("https://")


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="no bundled examples")
@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")) if EXAMPLES.is_dir() else [])
def test_bundled_example_length(path: pathlib.Path) -> None:
    body = read_article(path).text
    limits = (40, 300) if "brief" in path.stem else (150, 300)  # a news brief is short
    assert limits[0] <= len(body.split()) <= limits[1]


# ---------------------------------------------------------------------------------------------
# python -m deepseek_policy
# ---------------------------------------------------------------------------------------------


def test_python_dash_m_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "deepseek_policy", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "usage: python -m deepseek_policy" in result.stdout
    assert "extract" in result.stdout


def test_a_closed_pipe_is_not_an_error(tmp_path: pathlib.Path) -> None:
    """``deepseek-policy report ... | head -1``: the reader leaves early, we stop quietly."""
    for i in range(6):  # enough rows that the writer is still writing when the pipe closes
        for article in (ROOT / "examples" / "articles").glob("*.txt"):
            (tmp_path / f"{i}-{article.name}").write_text(article.read_text(encoding="utf-8"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "deepseek_policy", "report", str(tmp_path), "--format", "csv"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()  # as `head` does once it has its lines
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert "BrokenPipeError" not in err
    assert "Traceback" not in err


# ---------------------------------------------------------------------------------------------
# report: a corpus merged into events
# ---------------------------------------------------------------------------------------------

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
_EVENT_HEADER = ["date", "country", "actor", "kind", "status", "sources", "documents"]


def test_report_table(capsys: Any) -> None:
    code, out, err = run(capsys, "report", CORPUS)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == _EVENT_HEADER
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[-1] == "8 events from 8 documents"
    rows = lines[2:-2]
    assert len(rows) == 8
    pipc = next(r for r in rows if "Personal Information Protection Commission" in r)
    assert pipc.startswith("2025-02-15..2025-02-17  KR")
    assert "a1_seoul_regulator_halts_downloads, a2_app_stores_pull_deepseek" in pipc
    garante = next(r for r in rows if "Garante" in r)
    assert [c.strip() for c in garante.split("  ") if c.strip()][3:6] == ["block", "done", "3"]
    # columns line up: every row has a cell start under each header start
    rule = lines[1]
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    for row in [lines[0], *rows]:
        for s in starts[1:]:
            assert row[s - 2 : s] == "  "


def test_report_json_and_csv(capsys: Any) -> None:
    from deepseek_policy import merge, read_corpus

    code, out, _ = run(capsys, "report", CORPUS, "--format", "json")
    assert code == 0
    data = json.loads(out)
    expected = merge([extract(d) for d in read_corpus(CORPUS)])
    assert data == [e.to_dict() for e in expected]
    code, out, _ = run(capsys, "report", CORPUS, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == [e.id for e in expected]
    assert rows[0]["documents"].count("|") == expected[0].corroboration - 1


def test_report_tolerance(capsys: Any) -> None:
    code, out, _ = run(capsys, "report", CORPUS, "--tolerance", "0", "--format", "json")
    assert code == 0
    pipc = [e for e in json.loads(out) if e["actor"] == "kr-pipc"]
    assert [e["date"]["value"] for e in pipc] == ["2025-02-15", "2025-02-17"]


def test_report_progress_on_a_large_corpus(tmp_path: pathlib.Path, capsys: Any) -> None:
    lines = [
        json.dumps({"id": f"n{i:03d}", "text": f"Brief {i}\n\nAustralia banned DeepSeek.",
                    "published": "2025-02-06"})
        for i in range(60)
    ]  # fmt: skip
    path = write(tmp_path, "many.jsonl", "\n".join(lines) + "\n")
    code, out, err = run(capsys, "report", path)
    assert code == 0
    progress = err.splitlines()
    assert progress[-1] == "extracted 60/60 documents"
    assert 2 <= len(progress) <= 11
    assert all(line.startswith("extracted ") for line in progress)
    assert out.splitlines()[-1] == "1 event from 60 documents"
    assert " 60 " in out.splitlines()[2]


def test_report_small_corpus_is_quiet(tmp_path: pathlib.Path, capsys: Any) -> None:
    write(tmp_path, "docs/a.txt", ARTICLE)
    code, _, err = run(capsys, "report", tmp_path / "docs")
    assert (code, err) == (0, "")


def test_report_with_a_bad_file(tmp_path: pathlib.Path, capsys: Any) -> None:
    write(tmp_path, "docs/a.txt", "Texas bans app\n\nTexas banned DeepSeek on Jan. 31.\n")
    write(tmp_path, "docs/b.txt", b"\x00\x00\x00")
    code, out, err = run(capsys, "report", tmp_path / "docs", "--published", "2025-02-01")
    assert code == 1
    assert len(err.splitlines()) == 1
    assert "b.txt" in err
    assert "Texas" in out


def test_report_missing_folder(tmp_path: pathlib.Path, capsys: Any) -> None:
    code, out, err = run(capsys, "report", tmp_path / "nowhere")
    assert code == 1
    assert "nowhere" in err
    assert out.splitlines()[-1] == "0 events from 0 documents"


@pytest.mark.parametrize(
    "argv",
    [
        ["report"],
        ["report", "dir", "--tolerance", "-1"],
        ["report", "dir", "--tolerance", "a week"],
        ["report", "dir", "--format", "xml"],
        ["report", "dir", "--published", "Feb. 6"],
    ],
)
def test_report_usage_errors(capsys: Any, argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage:" in err


def test_report_help(capsys: Any) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "report" in out
    code, out, _ = run(capsys, "report", "--help")
    assert code == 0
    assert "--tolerance" in out
    assert "--format" in out
