"""Invariants over mutated articles: the bounded, seeded part of the round-21 fuzz campaign.

The campaign (outside CI) ran many thousands of mutations of the bundled examples and earlier
probe articles through :func:`deepseek_policy.extract`, :func:`~deepseek_policy.merge` and
the command line. What it found is pinned here, and a fixed, seeded sample of each mutation
family runs in a few seconds:

* letters that a case-insensitive pattern matches to an ASCII letter without lower-casing to
  it (long s, dotless i, dotted capital I: "banſ", "ınvestigates", "İnvestigates") raise
  ``KeyError`` wherever a match is looked up by its lower case (trigger rows, multipliers,
  units, number words, dates); the working text now reads a long s as "s", and the look-ups
  fold as the patterns do (:func:`deepseek_policy._rx.fold`), so the i's of Turkish names are
  kept as written;
* a lone surrogate in a document id or a target once raised ``UnicodeEncodeError`` in
  :func:`~deepseek_policy.merge` (the event id's digest), and in the command line's output;
* :meth:`Event.from_dict <deepseek_policy.Event.from_dict>` once raised ``TypeError`` on a
  list field that was not a list and took a value of any type where a string, a boolean or
  an object belongs; a malformed dict now raises ``SchemaError`` naming the field;
* white space other than a plain space before an attribution (a tab and a space, a line
  separator: '..."\\t said Jennifer Huddleston') once raised ``IndexError`` in
  ``claims._speaker`` (fixed there, one line);
* every family: spans are the text at their offsets, ids are unique and resolve, records
  survive ``to_dict``/``from_dict``/JSON, two runs agree, and :func:`~deepseek_policy.merge`
  over the family's documents neither raises nor depends on their order.

Every text here is synthetic or a mutation of the project's own example articles.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import pathlib
import random
import warnings
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_robustness import check, check_round_trip

import deepseek_policy as dp
from deepseek_policy import cli
from deepseek_policy.model import Extraction

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))
ARTICLES = [p.read_text(encoding="utf-8") for p in EXAMPLES]


def _extract(text: str, published: str | None = None) -> Extraction:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a mutated header warns; that is not under test
        return dp.extract(text, published=published)


# ---------------------------------------------------------------------------------------------
# letters that fold oddly: long s, dotless i, dotted capital I
# ---------------------------------------------------------------------------------------------

#: Sentences whose trigger, multiplier, unit, number word or target is looked up by its lower
#: case; each is read with every "s" as a long s.
LONG_S_SENTENCES = [
    "Italy bans DeepSeek on government devices.",
    "Officials said Italy is investigating DeepSeek.",
    "The regulator ordered staff to stop using the service.",
    "Taiwan restricted the Chinese chatbot, officials said.",
    "The company spent $5.6 million, about 30 percent of the budget.",
    "The ban will last six months and cost 1.2 billion yuan.",
    "Seoul suspended new downloads for 10 days.",
    "India's finance ministry issued an advisory against AI tools.",
]


def _reading(ex: Extraction) -> list[Any]:
    """What an extraction says, without its spans' text."""
    return [
        sorted((a.actor, a.kind.value, a.status.value, str(a.date)) for a in ex.actions),
        sorted((q.kind.value, q.value, q.unit) for q in ex.quantities),
        sorted(c.speaker or "" for c in ex.claims),
    ]


@pytest.mark.parametrize("sentence", LONG_S_SENTENCES)
def test_a_long_s_reads_as_s(sentence: str) -> None:
    text = f"Briefs\n\n{sentence}"
    ex = _extract(text.replace("s", "\u017f"), "2025-02-06")
    check(ex)
    check_round_trip(ex)
    assert _reading(ex) == _reading(_extract(text, "2025-02-06"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said Italy is \u0131nvestigating DeepSeek.",  # a trigger
        "Italy \u0130nvestigates DeepSeek.",
        "The plan will cost 1.2 b\u0131llion yuan.",  # a multiplier
        "The ban will last s\u0131x months.",  # a number word
        "The ban lasts 30 m\u0131nutes a day.",  # a unit
        "India's finance ministry issued an advisory against A\u0130 tools.",  # a target
        "Seoul suspended downloads last Fr\u0131day.",  # a weekday
        "The ban took effect on Apr\u0131l 3.",  # a month
        "Taiwan banned it th\u0131s week.",  # a relative date
    ],
)
def test_a_dotless_or_dotted_i_does_not_raise(sentence: str) -> None:
    ex = _extract(f"Briefs\n\n{sentence}", "2025-02-06")
    check(ex)


# ---------------------------------------------------------------------------------------------
# lone surrogates in merge and in the command line's output
# ---------------------------------------------------------------------------------------------


def test_merge_takes_a_lone_surrogate_in_a_document_id() -> None:
    doc = dp.Document("wire-\udfff", "Italy banned DeepSeek on Monday.", published="2025-02-06")
    events = dp.merge([_extract(doc)])  # type: ignore[arg-type]
    assert [e.kind.value for e in events] == ["ban"]
    assert dp.Event.from_dict(events[0].to_dict()) == events[0]


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_cli_extract_writes_a_lone_surrogate_as_its_escape(
    tmp_path: pathlib.Path, capsys: Any, fmt: str
) -> None:
    corpus = tmp_path / "c.jsonl"
    line = {
        "id": "a\ud800",
        "text": "Italy banned DeepSeek\udfff on Monday.",
        "published": "2025-02-06",
    }
    corpus.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert cli.main(["extract", str(corpus), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert json.loads(out)[0]["document"]["id"] == "a\ud800"
    else:
        assert "\\ud800" in out


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_cli_report_writes_a_lone_surrogate_as_its_escape(
    tmp_path: pathlib.Path, capsys: Any, fmt: str
) -> None:
    corpus = tmp_path / "c.jsonl"
    line = {"id": "a\ud800", "text": "Italy banned DeepSeek on Monday.", "published": "2025-02-06"}
    corpus.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert cli.main(["report", str(corpus), "--format", fmt]) == 0
    assert "\\ud800" in capsys.readouterr().out


# ---------------------------------------------------------------------------------------------
# white space other than a plain space before an attribution
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("gap", ["\t ", " \t ", " \x0b ", " \x85 ", " \u2028 ", " \x1c "])
def test_white_space_between_a_quotation_and_its_cue_does_not_raise(gap: str) -> None:
    # a speaker phrase of white space alone (once IndexError in claims._speaker)
    text = f'Briefs\n\n"Banning apps one at a time is no answer,"{gap}said Jennifer Huddleston.'
    ex = _extract(text, "2025-02-06")
    check(ex)
    check_round_trip(ex)


# ---------------------------------------------------------------------------------------------
# Event.from_dict: a malformed dict raises SchemaError naming the field
# ---------------------------------------------------------------------------------------------


def _event_dict() -> dict[str, Any]:
    text = "Italy banned DeepSeek on government devices on Monday."
    doc = dp.Document("it-1", text, title="Italy bans DeepSeek", published="2025-02-06")
    (event,) = dp.merge([_extract(doc)])  # type: ignore[arg-type]
    return event.to_dict()


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("kinds",), 1, "event.kinds"),
        (("sources",), None, "event.sources"),
        (("scope",), 5, "event.scope"),
        (("targets",), True, "event.targets"),
        (("temporary",), "yes", "event.temporary"),
        (("country",), 3, "event.country"),
        (("date",), "2025-02-03", "event.date"),  # a guard: raised before too
        (("id",), 7, "event.id"),
        (("sources", 0, "reasons"), 1.5, "source.reasons"),
        (("sources", 0, "title"), ["x"], "source.title"),
        (("sources", 0, "actor"), "it", "source.actor"),  # a guard: raised before too
    ],
    ids=lambda x: ".".join(map(str, x)) if isinstance(x, tuple) else None,
)
def test_a_malformed_event_dict_is_a_schema_error(
    path: tuple[Any, ...], value: object, field: str
) -> None:
    data = _event_dict()
    assert dp.Event.from_dict(data).to_dict() == data
    parent: Any = data
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    with pytest.raises(dp.SchemaError) as caught:
        dp.Event.from_dict(data)
    assert caught.value.field.startswith(field)


# ---------------------------------------------------------------------------------------------
# mutation families, a fixed seeded sample of each
# ---------------------------------------------------------------------------------------------

INSERTS = [
    *("\u0301", "\u200d", "\u200b", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202e"),
    *("\ud800", "\udfff", "\uff0c", "\u3002", "\u201c", "\u201d", "\u2018", "\u2019"),
    *("\u00a0", "\u2009", "\u202f", "\u3000", "\u2028", "\x85", "\x0b", "\x1c"),
    *("👍🏽", "👩\u200d💻", "🇮🇹", "深度求索", "한국", "العربية", "\u00ad", "\u2011"),
    *("\u2014", "\u2212", "\ufffd", "\U0001d400", "\x00", "\u017f", "\u0131", "\u0130"),
]
QUOTES = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ("「", "」")]
HEADS = [
    "---\ntitle: {t}\npublished: {d}\n---\n",
    "---\r\ntitle: {t}\r\npublished: {d}\r\n---\r\n",
    "\ufeff---\ntitle: \"{t}\"\npublished: '{d}'\n---\n",
    "---\ntitle:\npublished:\n---\n",
    "---\ntitle: {t}\n",
    "# {t}\n\n",
    "SEOUL, {d} (X) - ",
]
HEAD_DATES = ["2025-02-06", "2024-02-29", "2025-02-29", "0001-01-01", "9999-12-31", "soon", ""]
EDGE_SENTENCES = [
    "Italy blocked DeepSeek on 32 January, citing $" + "9" * 30 + " in fines.",
    "Japan warned users on Feb. 29, 2023 after 1e309 sign-ups.",
    "Korea banned the app on Dec. 31, 9999, officials said, at a cost of 1,2,3 billion won.",
    '"We spent 0.0000000001%," the company said on Jan. 1, 0001.',
    "Texas banned DeepSeek 99999999 weeks ago, after " + "1," * 100 + "000 users signed up.",
]


def _body(text: str) -> tuple[str, list[str]]:
    head, body = "", text
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        head, body = text[: end + 5], text[end + 5 :]
    return head, [p for p in body.split("\n\n") if p.strip()]


def _splice(r: random.Random) -> str:
    a, b = r.sample(ARTICLES, 2)
    head, pa = _body(a)
    pb = _body(b)[1]
    return head + "\n\n".join(pa[: r.randint(0, len(pa))] + pb[r.randint(0, len(pb)) :])


def _delete_or_repeat(r: random.Random) -> str:
    t = r.choice(ARTICLES)
    for _ in range(r.randint(1, 6)):
        i = r.randrange(len(t))
        j = min(len(t), i + r.choice([1, 5, 20, 300]))
        k = r.randrange(len(t) + 1)
        t = t[:i] + t[j:] if r.random() < 0.5 else t[:k] + t[i:j] + t[k:]
    return t


def _insert(r: random.Random) -> str:
    t = r.choice(ARTICLES)
    for _ in range(r.choice([3, 30, 300])):
        i = r.randrange(len(t) + 1)
        t = t[:i] + r.choice(INSERTS) + t[i:]
    return t


def _quotes(r: random.Random) -> str:
    t = r.choice(ARTICLES)
    for _ in range(r.randint(1, 8)):
        i = r.randrange(len(t) + 1)
        j = min(len(t), i + r.randint(0, 200))
        o, c = r.choice(QUOTES)
        t = t[:i] + o + t[i:j] + c + t[j:]
    return t


def _breaks(r: random.Random) -> str:
    marks = ["\n", "\n\n", ". ", "\r", "\r\n", "\u2028", "\n- ", "; "]
    return "".join(
        ch + (r.choice(marks) if ch == " " and r.random() < 0.03 else "")
        for ch in r.choice(ARTICLES)
    )


def _markup(r: random.Random) -> str:
    head, ps = _body(r.choice(ARTICLES))
    mode = r.randrange(3)
    if mode == 0:
        return "".join(f"<p>{html.escape(p)}</p>\n" for p in ps).replace(" ", "&nbsp;", 20)
    if mode == 1:
        return head + "\n\n".join(
            r.choice(["- ", "1. ", "> ", "## ", "| "]) + p.replace(" ", " **[", 1) + "](x)**"
            for p in ps
        )
    body = "\n\n".join(ps)
    for _ in range(r.randint(1, 10)):
        i = r.randrange(len(body) + 1)
        body = (
            body[:i]
            + r.choice(["<", "</p>", "<a href='", "&#8220;", "&amp;nbsp;", "**"])
            + body[i:]
        )
    return head + body


def _line_ends(r: random.Random) -> str:
    ends = ["\n", "\r", "\r\n", "\u2029", "\x85"]
    return "".join(r.choice(ends) if ch == "\n" else ch for ch in r.choice(ARTICLES))


def _header(r: random.Random) -> str:
    title = r.choice(["DeepSeek banned", "", 'Italy: "blocked"', "x" * 300, "---"])
    return r.choice(HEADS).format(t=title, d=r.choice(HEAD_DATES)) + _body(r.choice(ARTICLES))[1][0]


def _edges(r: random.Random) -> str:
    head, ps = _body(r.choice(ARTICLES))
    for s in r.sample(EDGE_SENTENCES, 2):
        ps.insert(r.randint(0, len(ps)), s)
    return head + "\n\n".join(ps)


FAMILIES: dict[str, Callable[[random.Random], str]] = {
    "splice": _splice,
    "delete-or-repeat": _delete_or_repeat,
    "insert-code-points": _insert,
    "nested-quotes": _quotes,
    "odd-breaks": _breaks,
    "markup": _markup,
    "line-ends": _line_ends,
    "header": _header,
    "edge-dates-and-numbers": _edges,
}
PER_FAMILY = 4


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_mutated_examples_keep_the_invariants(family: str) -> None:
    rng = random.Random(f"round-21 {family}")
    extractions = []
    for i in range(PER_FAMILY):
        text = FAMILIES[family](rng)
        published = rng.choice([None, "2025-02-06", "0001-01-01", "9999-12-31"])
        ex = _extract(text, published)
        check(ex)
        check_round_trip(ex)
        data = ex.to_dict()
        json.dumps(data, allow_nan=False)
        assert Extraction.from_dict(data).to_dict() == data
        assert _extract(text, published) == ex
        if text.strip():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                doc = dp.parse_article(text, id=f"{family}-{i}", published=published, strict=False)
            extractions.append(_extract(doc))  # type: ignore[arg-type]
    _check_merge(extractions)


def _check_merge(extractions: list[Extraction]) -> None:
    events = dp.merge(extractions)
    assert dp.merge(list(reversed(extractions))) == events
    for e in events:
        assert dp.Event.from_dict(json.loads(json.dumps(e.to_dict()))) == e
    dp.to_csv(events, io.StringIO())
    dp.timeline(events)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    parts=st.lists(
        st.one_of(
            st.sampled_from(ARTICLES).flatmap(
                lambda t: st.tuples(st.integers(0, len(t)), st.integers(1, 400)).map(
                    lambda ij: t[ij[0] : ij[0] + ij[1]]
                )
            ),
            st.sampled_from(INSERTS),
            st.sampled_from([q for pair in QUOTES for q in pair]),
        ),
        max_size=25,
    ),
    published=st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))),
)
def test_fragments_of_articles_and_code_points_keep_the_invariants(
    parts: list[str], published: dt.date | None
) -> None:
    text = "".join(parts)
    ex = _extract(text, None if published is None else published.isoformat())
    check(ex)
    check_round_trip(ex)
