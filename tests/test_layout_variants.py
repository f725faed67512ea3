"""The same article in other clothes reads the same: each bundled example article, rewritten
with layout that carries no language (Markdown links and emphasis, HTML paragraphs and
entities, no-break and doubled spaces, zero-width characters, plain-text dashes, hard
wrapping at another width, guillemets, the company's name in capitals), gives the records of the original, and each record's evidence is the rewritten
text at its offsets."""

from __future__ import annotations

import html
import pathlib
import re
import textwrap
from collections.abc import Callable

import pytest

import deepseek_policy as dp

ARTICLES = pathlib.Path(__file__).resolve().parents[1] / "examples" / "articles"

#: The first capitalised run of two or more words of a line: a name to dress up.
_NAME = re.compile(r"(?m)^(.{0,80}?)\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)")


def _markdown_links(body: str) -> str:
    return _NAME.sub(lambda m: f"{m[1]}[{m[2]}](https://example.org/a_b?c=1)", body)


def _markdown_bold(body: str) -> str:
    return _NAME.sub(lambda m: f"{m[1]}**{m[2]}**", body)


def _blocks(body: str) -> list[str]:
    """The paragraphs of an article, each on one line (the examples are hard-wrapped)."""
    return [" ".join(block.split("\n")) for block in body.split("\n\n") if block.strip()]


def _html(body: str) -> str:
    escaped = html.escape(body, quote=True).replace("&#x27;", "&#39;")
    link = '<a href="https://example.org/?a=1&amp;b=2">'
    linked = _NAME.sub(lambda m: f"{m[1]}{link}{m[2]}</a>", escaped)
    return "\n".join(f"<p>{block}</p>" for block in linked.split("\n\n"))


def _no_break_spaces(body: str) -> str:
    return "".join("\u00a0" if c == " " and i % 3 == 0 else c for i, c in enumerate(body))


def _doubled_spaces(body: str) -> str:
    return re.sub(r"(?<=\S) (?=\S)", lambda m: "  " if m.start() % 5 == 0 else " ", body)


def _zero_width(body: str) -> str:
    return body.replace("DeepSeek", "Deep\u200bSeek").replace("ministry", "min\u00adistry")


def _double_hyphen_dashes(body: str) -> str:
    return body.replace(" \u2014 ", " -- ").replace("\u2014", "--")


def _guillemets(body: str) -> str:
    opened = re.sub(r'"(?=\w)', "\u201c", body).replace('"', "\u201d")
    return opened.replace("\u201c", "\u00ab").replace("\u201d", "\u00bb")


def _name_in_capitals(body: str) -> str:
    return body.replace("DeepSeek", "DEEPSEEK")


def _wrapped(body: str) -> str:
    return "\n\n".join(textwrap.fill(p, 60, break_on_hyphens=False) for p in _blocks(body))


VARIANTS: dict[str, Callable[[str], str]] = {
    "markdown-links": _markdown_links,
    "markdown-bold": _markdown_bold,
    "html": _html,
    "no-break-spaces": _no_break_spaces,
    "doubled-spaces": _doubled_spaces,
    "zero-width": _zero_width,
    "double-hyphen-dashes": _double_hyphen_dashes,
    "wrapped-at-60": _wrapped,
    "guillemets": _guillemets,
    "name-in-capitals": _name_in_capitals,
}


_QUOTE_MARKS = str.maketrans("\u201c\u201d\u00ab\u00bb", '""""')


def _records(ex: dp.Extraction) -> list[object]:
    """What an extraction found, without the evidence's own characters (and with any kind of
    double quotation mark inside a target or a claim read as a straight one)."""
    return [
        sorted(
            (
                ex.actor(a.actor).name,
                a.kind.value,
                a.status.value,
                str(a.date),
                a.scope,
                tuple(t.translate(_QUOTE_MARKS) for t in a.targets),
            )
            for a in ex.actions
        ),
        sorted(
            (
                c.speaker and ex.actor(c.speaker).name,
                c.cue,
                " ".join(c.text.split()).translate(_QUOTE_MARKS),
            )
            for c in ex.claims
        ),
        sorted((q.kind.value, q.value, q.unit, q.high, q.bound) for q in ex.quantities),
    ]


def _examples() -> list[dp.Document]:
    return sorted(dp.read_corpus(ARTICLES), key=lambda d: d.id)


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_a_variant_of_every_example_reads_like_the_example(variant: str) -> None:
    rewrite = VARIANTS[variant]
    differences, rewritten = [], 0
    for doc in _examples():
        original = dp.extract(doc)
        body = rewrite(doc.text)
        rewritten += body != doc.text
        ex = dp.extract(dp.Document(id=doc.id, text=body, title=doc.title, published=doc.published))
        for record in (*ex.actions, *ex.claims, *ex.quantities):
            span = record.evidence
            assert body[span.start : span.end] == span.text, (doc.id, span)
        if _records(ex) != _records(original):
            differences.append(doc.id)
    assert rewritten >= 3, "the variant must change some of the articles"
    assert not differences, f"{variant}: {differences}"
