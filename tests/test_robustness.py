"""Hostile input, fuzzing and speed guards for the whole pipeline (issue 9).

Four groups of tests:

* properties (hypothesis) over :func:`deepseek_policy.extract`: any ``str`` extracts without
  raising, every span's text is the document's text at its offsets, records round-trip
  through ``to_dict``/``from_dict`` and JSON, extraction is deterministic and does not depend
  on the order documents are extracted in. Besides random text, a small grammar of news
  fragments (actors, trigger verbs, dates, quotations, amounts) reaches the deep paths;
* adversarial inputs, each extracted at two sizes, ten times apart, under a hard time limit:
  the larger must take no more than ``RATIO_LIMIT`` times the smaller (linear time, with room
  for noise). A run over its limit is stopped by a timer and fails; it never hangs the suite;
* readers: the size limit, binary files, lazy reading of a folder of 5,000 files, and an
  unreadable file in the middle of a folder;
* the regex guard of :mod:`deepseek_policy._guard`.

Tests that fail because of a known problem in a module under active work are marked
``xfail(strict=True)`` with the cause, so that the suite stays green and an unexpected pass
(the problem fixed) is noticed and the mark removed. Every text here is synthetic, written for
these tests. Run with ``-s`` to see the measured scaling ratios.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import json
import os
import pathlib
import pickle
import random
import re
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import deepseek_policy as dp
from deepseek_policy import readers
from deepseek_policy._guard import budget, run_with_timeout
from deepseek_policy.errors import (
    BinaryFileError,
    CorpusReadError,
    ExtractionTimeoutError,
    FileTooLargeError,
    InputTypeError,
    SchemaError,
)
from deepseek_policy.gazetteer import default_gazetteer
from deepseek_policy.model import Extraction, Span
from deepseek_policy.readers import SkippedItemWarning, read_article, read_corpus

ROOT = pathlib.Path(__file__).resolve().parents[1]

#: The larger of two sizes ten times apart may take at most this many times as long.
RATIO_LIMIT = 20.0
#: Times below this are noise: a ratio is taken against at least this much.
MIN_TIME = 0.01
#: A run this short passes the ratio check whatever the ratio (timer resolution, warm caches,
#: and a shared machine's pauses: a family that got fast, 100,000 quotation marks in 0.2-0.3
#: s, overran 0.25 s by one pause; a quadratic family overruns any floor by seconds).
FLOOR = 0.5
#: How much longer than the CPU-time limit a run may take on the wall clock before the guard
#: stops it: room for other processes on a shared machine, never for a hang.
WALL_SLACK = 2.0


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


class TooSlowError(AssertionError):
    """A run went over its time limit (raised by :func:`time_limit` or a scaling check)."""


class _AlarmError(BaseException):
    """Raised by the timer's signal handler: a BaseException, so that no ``except Exception``
    in the code under test can swallow it."""


@contextlib.contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Stop the block with :class:`TooSlowError` after ``seconds`` (a no-op without a timer).

    The interval timer interrupts pure-Python loops and both ``re`` and ``regex`` matches. The
    error names the function the run was stopped in, which is where the time goes.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(_signum: int, _frame: object) -> None:
        raise _AlarmError

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _AlarmError as stop:
        raise TooSlowError(
            f"{what}: stopped after {seconds:.2f} s (time limit) in {_where(stop)}"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _where(error: BaseException) -> str:
    """The innermost function of the package (or else of anything) the error passed through."""
    tb = error.__traceback__
    found = "?"
    while tb is not None:
        code = tb.tb_frame.f_code
        name = f"{pathlib.Path(code.co_filename).name}:{tb.tb_frame.f_lineno} {code.co_name}"
        if "deepseek_policy" in code.co_filename or found == "?":
            found = name
        tb = tb.tb_next
    return found


def all_spans(ex: Extraction) -> Iterator[tuple[str, Span]]:
    """Every span in an extraction, with where it sits."""
    for i, a in enumerate(ex.actions):
        yield f"actions[{i}].evidence", a.evidence
        for j, m in enumerate(a.mentions):
            yield f"actions[{i}].mentions[{j}]", m
    for i, c in enumerate(ex.claims):
        yield f"claims[{i}].evidence", c.evidence
        for j, q in enumerate(c.quantities):
            yield f"claims[{i}].quantities[{j}].evidence", q.evidence
    for i, q in enumerate(ex.quantities):
        yield f"quantities[{i}].evidence", q.evidence


def check(ex: Extraction) -> None:
    """The invariants every extraction keeps, whatever its input."""
    text = ex.document.text
    for where, span in all_spans(ex):
        assert 0 <= span.start <= span.end <= len(text), where
        assert text[span.start : span.end] == span.text, where
    ids = {a.id for a in ex.actors}
    assert {a.actor for a in ex.actions} <= ids
    assert {c.speaker for c in ex.claims if c.speaker is not None} <= ids


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_round_trip(ex: Extraction) -> None:
    data = ex.to_dict()
    assert Extraction.from_dict(data) == ex
    assert Extraction.from_json(ex.to_json()) == ex
    if not _SURROGATE.search(ex.document.text):
        # through ASCII-escaped JSON too; a str with lone surrogates cannot make that trip
        # (JSON reads the escapes of a high and a low surrogate as one astral character)
        assert Extraction.from_dict(json.loads(json.dumps(data))) == ex


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """Load the gazetteer and lexicons and compile the patterns before anything is timed."""
    dp.extract(
        "Warm-up\n\nItaly's privacy watchdog blocked DeepSeek on Jan. 30, officials said. "
        '"It is banned," a spokesperson told reporters, citing a $5 million fine.',
        published="2025-02-01",
    )


# ---------------------------------------------------------------------------------------------
# a grammar of news fragments, so that generated text reaches the extractors' deep paths
# ---------------------------------------------------------------------------------------------

ACTORS = [
    "South Korea",
    "Italy",
    "Italy's data protection authority",
    "the Garante",
    "Taiwan",
    "Taiwan's Ministry of Digital Affairs",
    "Australia",
    "the Australian government",
    "Japan",
    "India's finance ministry",
    "the U.S. Navy",
    "NASA",
    "the Pentagon",
    "Texas",
    "Texas Governor Greg Abbott",
    "the European Commission",
    "Germany",
    "the Netherlands",
    "Microsoft",
    "Amazon Web Services",
    "Nvidia",
    "Samsung Electronics",
    "Kakao",
    "the Ministry of Industry",
    "the ministry",
    "the regulator",
    "officials",
    "the company",
    "Kim Min-su, a ministry spokesperson,",
    "Premier Cho Jung-tai",
    "the watchdog",
    "It",
    "They",
    "He",
]
VERBS = [
    "banned",
    "has banned",
    "blocked",
    "will block",
    "would investigate",
    "is investigating",
    "suspended",
    "restricted",
    "is considering restricting",
    "plans to ban",
    "adopted",
    "integrated",
    "partnered with",
    "lifted its ban on",
    "warned against",
    "warned users about",
    "asked for information about",
    "called for a ban on",
    "opposed",
    "did not ban",
    "said it had blocked",
    "was blocked by",
    "ordered a block on",
    "launched an inquiry into",
    "has been banned from using",
]
TARGETS = [
    "DeepSeek",
    "the DeepSeek app",
    "DeepSeek's R1 model",
    "the Chinese AI chatbot",
    "DeepSeek and other Chinese apps",
    "its use",
    "the service",
]
SCOPES = [
    "on government devices",
    "from app stores",
    "for work use",
    "across the country",
    "in public services",
    "on all state-issued phones",
    "at critical infrastructure sites",
]
REASONS = [
    "over privacy concerns",
    "citing national security",
    "because of data security risks",
    "to protect personal data",
    "amid concerns about censorship",
    "to cut costs",
]
DATES = [
    "on Monday",
    "on Jan. 28",
    "on Feb. 6, 2025",
    "last week",
    "yesterday",
    "three days later",
    "in early February",
    "on the 17th",
    "next month",
    "this year",
    "2025-01-31",
    "late last month",
]
AMOUNTS = [
    "$5.6 million",
    "about 30%",
    "2,000 GPUs",
    "10 days",
    "1.2 billion yuan ($165 million)",
    "up to 20 percent",
    "two weeks",
    "more than 1,000 officials",
    "€15 million",
    "between 5 and 10 years",
]
CUES = ["said", "told reporters", "added", "wrote", "stated", "warned", "argued", "noted"]
OPEN_CLOSE = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("“", "")]
NOISE = [
    " (",
    ")",
    ", ",
    "; ",
    " — ",
    " – ",
    ": ",
    "...",
    "!",
    "?",
    "Mr. ",
    "U.S. ",
    "'s",
    "’",
    "“",
    '"',
    "\n",
    "\n\n",
    " - ",
    "[",
    "]",
    "&amp;",
    "<p>",
    "</p>",
    "\u200b",
    "\u200f",
    "한국 ",
    "深度求索",
    "🚫",
]


def _opt(items: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), st.sampled_from(items).map(lambda s: " " + s))


ACTION_SENTENCE = st.builds(
    lambda a, v, t, sc, r, d, end: f"{a} {v} {t}{sc}{r}{d}{end}",
    st.sampled_from(ACTORS),
    st.sampled_from(VERBS),
    st.sampled_from(TARGETS),
    _opt(SCOPES),
    _opt(REASONS),
    _opt(DATES),
    st.sampled_from([".", ".", ".", "", "!", ";", ","]),
)
QUOTE_SENTENCE = st.builds(
    lambda q, inner, who, cue, before: (
        f"{who} {cue}: {q[0]}{inner}{q[1]}" if before else f"{q[0]}{inner},{q[1]} {who} {cue}."
    ),
    st.sampled_from(OPEN_CLOSE),
    st.one_of(ACTION_SENTENCE, st.sampled_from(["We take this seriously", "No comment"])),
    st.sampled_from(ACTORS),
    st.sampled_from(CUES),
    st.booleans(),
)
REPORTED_SENTENCE = st.builds(
    lambda who, cue, inner, amount: f"{who} {cue} that {inner} {amount}.",
    st.sampled_from(ACTORS),
    st.sampled_from(CUES),
    ACTION_SENTENCE,
    st.sampled_from(AMOUNTS).map(lambda a: f"after spending {a}"),
)
SENTENCE = st.one_of(
    ACTION_SENTENCE,
    QUOTE_SENTENCE,
    REPORTED_SENTENCE,
    st.sampled_from(AMOUNTS).map(lambda a: f"The company spent {a} on chips."),
    st.sampled_from(NOISE),
    st.text(max_size=6),
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)
NEWS = st.builds(
    lambda head, title, paras: head + title + "\n\n" + "\n\n".join(paras),
    st.sampled_from(
        [
            "",
            "---\ntitle: Regulators respond\npublished: 2025-02-06\n---\n",
            "SEOUL, Feb. 6, 2025 - ",
            "Updated Feb. 7, 2025\n",
        ]
    ),
    st.sampled_from(["Governments move against DeepSeek", "Chatbot curbs spread", "# Briefs"]),
    st.lists(PARAGRAPH, min_size=1, max_size=6),
)
PUBLISHED = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["2025-01-31", "2024-02-29", "0001-01-01", "9999-12-31"]),
)

ANY_TEXT = st.one_of(
    st.text(),
    # every code point, lone surrogates and private use included: a str can hold them all
    st.text(st.characters(blacklist_categories=())),
    st.text(st.characters(codec="utf-8")),
)

PROPERTY = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def extract_checked(text: str, published: str | None) -> Extraction:
    with time_limit(10.0, f"extract of {len(text)} characters"):
        ex = dp.extract(text, published=published)
    check(ex)
    return ex


# ---------------------------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------------------------


@PROPERTY
@given(text=ANY_TEXT, published=PUBLISHED)
def test_any_text_extracts(text: str, published: str | None) -> None:
    ex = extract_checked(text, published)
    check_round_trip(ex)


@PROPERTY
@given(text=NEWS, published=PUBLISHED)
def test_news_like_text_extracts(text: str, published: str | None) -> None:
    ex = extract_checked(text, published)
    check_round_trip(ex)


@PROPERTY
@given(
    parts=st.lists(
        st.one_of(SENTENCE, st.text(st.characters(blacklist_categories=()))), max_size=30
    ),
    published=PUBLISHED,
)
def test_news_fragments_mixed_with_any_code_points(parts: list[str], published: str | None) -> None:
    ex = extract_checked("".join(parts), published)
    check_round_trip(ex)


@PROPERTY
@given(value=st.text(st.characters(blacklist_characters="\n")), body=NEWS)
def test_any_front_matter_date_extracts(value: str, body: str) -> None:
    # a header whose date is not one is set aside with a warning, never an error
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", readers.MalformedHeaderWarning)
        ex = extract_checked(f"---\npublished: {value}\n---\n{body}", None)
    check_round_trip(ex)


def test_a_malformed_front_matter_date_warns_and_the_text_dates_the_article() -> None:
    text = (
        "---\npublished: 2025-0posted\n---\nLIMA, March 4, 2025 - Peru barred DeepSeek on Monday."
    )
    with pytest.warns(readers.MalformedHeaderWarning, match="2025-0posted"):
        ex = dp.extract(text)
    assert ex.document.published == dt.date(2025, 3, 4)
    assert [a.date.value for a in ex.actions if a.date is not None] == ["2025-03-03"]
    with pytest.raises(SchemaError):  # the caller's own date is still checked
        dp.extract(text, published="soon")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(NEWS, ANY_TEXT), published=PUBLISHED)
def test_extraction_is_deterministic(text: str, published: str | None) -> None:
    first = extract_checked(text, published)
    second = extract_checked(text, published)
    assert first == second
    assert first.to_dict() == second.to_dict()
    assert first.to_json() == second.to_json()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NEWS)
def test_a_document_and_its_string_agree(text: str) -> None:
    """Extracting a Document read from the text equals extracting the text itself."""
    doc = dp.parse_article(text, published="2025-02-06")
    assert dp.extract(doc).to_dict() == dp.extract(text, published="2025-02-06").to_dict()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), texts=st.lists(NEWS, min_size=2, max_size=6))
def test_corpus_order_does_not_matter(data: st.DataObject, texts: list[str]) -> None:
    docs = [dp.parse_article(t, id=f"doc-{i}", published="2025-02-06") for i, t in enumerate(texts)]
    order = data.draw(st.permutations(range(len(docs))))
    forward = {d.id: dp.extract(d) for d in docs}
    shuffled = {docs[i].id: dp.extract(docs[i]) for i in order}
    for doc_id, ex in forward.items():
        assert shuffled[doc_id].to_dict() == ex.to_dict()
    merge = getattr(dp, "merge", None)
    if merge is not None:
        in_order = merge([forward[d.id] for d in docs])
        permuted = merge([shuffled[docs[i].id] for i in order])
        assert in_order == permuted


def test_results_do_not_depend_on_the_hash_seed(tmp_path: pathlib.Path) -> None:
    """Set and dict order must never leak into the output: two processes, two hash seeds."""
    rng = random.Random(9)
    corpus = [synthetic_article(rng, i) for i in range(12)]
    source = tmp_path / "corpus.json"
    source.write_text(json.dumps(corpus), encoding="utf-8")
    script = (
        "import json, sys, deepseek_policy as dp\n"
        "texts = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "out = [dp.extract(t, published='2025-02-06').to_dict() for t in texts]\n"
        "sys.stdout.write(json.dumps(out, sort_keys=True))\n"
    )
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", script, str(source)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]


# ---------------------------------------------------------------------------------------------
# synthetic articles (also used to build long inputs)
# ---------------------------------------------------------------------------------------------


def synthetic_sentence(rng: random.Random) -> str:
    kind = rng.random()
    action = (
        f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(TARGETS)}"
        f" {rng.choice(SCOPES)} {rng.choice(REASONS)} {rng.choice(DATES)}"
    )
    if kind < 0.45:
        return action + "."
    if kind < 0.65:
        return f'"{action}," {rng.choice(ACTORS)} {rng.choice(CUES)}.'
    if kind < 0.8:
        return f"{rng.choice(ACTORS)} {rng.choice(CUES)} that {action}."
    return f"The plan would cost {rng.choice(AMOUNTS)} over {rng.choice(AMOUNTS)}, officials said."


def synthetic_article(rng: random.Random, number: int) -> str:
    paragraphs = [
        " ".join(synthetic_sentence(rng) for _ in range(rng.randint(2, 5)))
        for _ in range(rng.randint(3, 7))
    ]
    return f"Report {number}: responses to DeepSeek\n\n" + "\n\n".join(paragraphs) + "\n"


# ---------------------------------------------------------------------------------------------
# adversarial inputs: linear time, no crash
# ---------------------------------------------------------------------------------------------

Builder = Callable[[int], str]


def repeat(unit: str, prefix: str = "Title\n", suffix: str = "") -> Builder:
    """``unit`` repeated to about ``n`` characters."""

    def build(n: int) -> str:
        return prefix + unit * max(1, n // len(unit)) + suffix

    return build


def sentences(unit: str) -> Builder:
    return repeat(unit, prefix="Hostile input\n\n")


PLACES = [
    "South Korea", "Italy", "Taiwan", "Australia", "Japan", "India", "Germany", "France",
    "Ireland", "Belgium", "Canada", "Texas", "Virginia", "the Netherlands", "Singapore",
]  # fmt: skip
MONTHS = ["Jan.", "Feb.", "March"]


def varied(template: str, prefix: str = "Hostile input\n\n") -> Builder:
    """``template`` filled in with a different actor and date each time (1,260 variants), so
    that a long input is not one action said thousands of times over (see ``same-action``)."""

    def build(n: int) -> str:
        parts = [prefix]
        size, i = len(prefix), 0
        while size < n:
            unit = template.format(
                actor=PLACES[i % 15], day=1 + (i // 15) % 28, month=MONTHS[(i // 420) % 3]
            )
            parts.append(unit)
            size += len(unit)
            i += 1
        return "".join(parts)

    return build


PLAUSIBLE = (
    "the minister said on Monday that officials in Seoul would review how government "
    "agencies use the chatbot after a data protection authority asked for details about "
    "where the company stores personal information of users in the country and why "
)


def _one_line(n: int) -> str:
    return "Title\n" + (PLAUSIBLE * (n // len(PLAUSIBLE) + 1))[:n]


def _nested(n: int) -> str:
    depth = n // 2
    return "Title\nItaly banned DeepSeek " + "(" * depth + "x" + ")" * depth + " on Monday."


def _nested_mixed(n: int) -> str:
    depth = n // 6
    return "Title\nThe ban " + "([{" * depth + "“‘" + "}])" * depth + " stands."


def _long_word(n: int) -> str:
    return "Title\n\nSouth Korea banned " + "x" * n + " on Monday. " + "Y" * n + "."


def _nul_in_file(n: int) -> str:
    return "Title\n" + "Italy\x00 banned\x01 DeepSeek\x1b[0m on\x0b Monday.\x0c\x7f " * (n // 48)


MIXED_SCRIPTS = (
    "{actor} (대한민국) banned DeepSeek (深度求索) on government devices on {month} {day}, "
    "officials said. قالت الوزارة إنها ستحقق \u200f in the app\u200e. The 👩\u200d💻 team "
    "and\u200b the ministry\u2060 warned users 🚫 about the app's data. "
)
HTML = (
    '<p>Italy&#39;s privacy watchdog <a href="https://example.org/a?b=1&amp;c=2">blocked'
    '</a> DeepSeek on Jan.&nbsp;30 &amp; asked for answers.</p>\n<script>var q = "said";'
    " if (a < b && c > d) { x('banned'); }</script><div class='x'>&lt;b&gt;</div>\n"
)
MARKDOWN_NEWS = (
    "**{actor}** [banned](https://example.org/a?b=1&amp;c=2) DeepSeek on _government devices_ "
    "on {month} {day}, <em>officials</em> said.  The &ldquo;app&rdquo; was\u00ad blocked.</p>\n"
)
MOJIBAKE = (
    "â€œItaly banned DeepSeek over privacy,â€\x9d said CafÃ© officials, who â€˜warnedâ€™ "
    "users on Jan. 30 â€” Ã©tÃ© 2025. "
)
#: A short paragraph with a quotation and its attribution, as news prints them: 10,000 of them
#: are 340 KB. (Many quotations in one paragraph: the 100k-quote-marks families.)
QUOTED = '"It is banned," Kim Min-su said.\n\n'
NEWS_PARAGRAPH = (
    "{actor}'s data protection authority blocked DeepSeek on {month} {day} over privacy "
    "concerns, and the national assembly of {actor} suspended downloads a week later. "
    '"We will review it," an official in {actor} said on {month} {day}. The company spent '
    "$5.6 million on training, about 3% of what rivals spent.\n\n"
)


class Family:
    """One kind of hostile input, extracted at ``size / 100``, ``size / 10`` and ``size``
    characters.

    Each step ten times longer may take at most ``RATIO_LIMIT`` times the step before (and
    never less than ``FLOOR``), and never more than the absolute limit of one second plus
    ``per_char`` seconds per character. The first step that overruns is stopped by the timer,
    so a quadratic family costs about ``RATIO_LIMIT`` times its smallest run, not minutes.
    """

    def __init__(
        self,
        name: str,
        build: Builder,
        size: int,
        *,
        per_char: float = 5e-6,
        xfail: str | None = None,
        slow: bool = False,
    ) -> None:
        self.name = name
        self.build = build
        self.size = size
        self.per_char = per_char
        self.xfail = xfail
        self.slow = slow

    def limit(self, n: int) -> float:
        return 1.0 + self.per_char * n

    def param(self) -> Any:
        marks: list[Any] = []
        if self.xfail is not None:
            marks.append(
                pytest.mark.xfail(
                    strict=True, raises=TooSlowError, reason=f"reported: {self.xfail}"
                )
            )
        if self.slow:
            marks.append(pytest.mark.slow)
        return pytest.param(self, id=self.name, marks=marks)


#: Dense news-like families run the whole pipeline on every sentence: allow 15 microseconds a
#: character (66 KB/s), several times slower than the pipeline runs today.
NEWS_RATE = 15e-6

# Every family once had a cause of super-linear time; each was fixed (see the CHANGELOG).
# A new one gets an ``xfail=`` with its cause until it is fixed.

FAMILIES = [
    # one character, a megabyte of it
    *(
        Family(f"1MB-of-{label}", repeat(ch), 1_000_000, xfail=why)
        for label, ch, why in [
            ("a", "a", None),
            ("period", ".", None),
            ("space", " ", None),
            ("newline", "\n", None),
            ("curly-open-double", "“", None),
            ("apostrophe", "'", None),
            ("A", "A", None),
            ("digit-1", "1", None),
        ]
    ),
    # 100,000 quotation marks of each kind
    *(
        Family(f"100k-quote-marks-{label}", repeat(ch), 100_000, xfail=why)
        for label, ch, why in [
            ("straight-double", '"', None),
            ("straight-single", "'", None),
            ("curly-double-open", "“", None),
            ("curly-double-close", "”", None),
            ("curly-single-open", "‘", None),
            ("curly-single-close", "’", None),
            ("all-kinds", "\"'“‘”’", None),
            ("paired-double", '"x" ', None),
        ]
    ),
    Family("10k-nested-parentheses", _nested, 20_000),
    Family("nested-mixed-brackets", _nested_mixed, 60_000),
    Family(
        "5MB-single-line-of-words",
        _one_line,
        5_000_000,
        per_char=NEWS_RATE,
        slow=True,
    ),
    Family("very-long-words-100k", _long_word, 100_000),
    Family("dotted-token", repeat("Aa.", "Title\nThe "), 100_000),
    Family("50k-banned", repeat("banned "), 350_000, per_char=NEWS_RATE),
    Family(
        "50k-South-Korea",
        repeat("South Korea "),
        600_000,
        per_char=NEWS_RATE,
        slow=True,
    ),
    Family(
        "20k-Ministry-of",
        repeat("Ministry of "),
        240_000,
        per_char=NEWS_RATE,
    ),
    Family("10k-quoted-sentences", sentences(QUOTED), 10_000 * len(QUOTED), per_char=NEWS_RATE),
    Family("news-paragraphs", varied(NEWS_PARAGRAPH), 500_000, per_char=NEWS_RATE, slow=True),
    Family(
        "same-action-10k-times",
        repeat("South Korea banned DeepSeek. ", "Hostile input\n\n"),
        290_000,
        per_char=NEWS_RATE,
    ),
    Family(
        # every second sentence explains "the decision" before it: once, each one walked back
        # over every draft of the paragraph
        "20k-linked-reasons-in-one-paragraph",
        repeat(
            "Italy banned DeepSeek. The decision was due to security concerns. ",
            "Hostile input\n\n",
        ),
        1_300_000,
        per_char=NEWS_RATE,
        slow=True,
    ),
    Family(
        # each sentence's action is an aside (", days after ..."): once, finding the main
        # action before a sentence walked back over every aside of the paragraph
        "16k-asides-in-one-paragraph",
        repeat("The move came, days after Spain blocked DeepSeek. ", "Hostile input\n\n"),
        800_000,
        per_char=NEWS_RATE,
        slow=True,
    ),
    Family("abbreviations-Mr", repeat("Mr. ", "Title\nThe "), 100_000),
    Family("initialisms-U.S.", repeat("U.S. ", "Title\nThe "), 100_000),
    Family("dates-in-one-sentence", repeat("on Feb. 5, 2025 and "), 200_000),
    Family(
        "NUL-and-control-characters",
        _nul_in_file,
        100_000,
        per_char=NEWS_RATE,
    ),
    Family("mixed-scripts-RTL-ZWJ-emoji", varied(MIXED_SCRIPTS), 500_000, per_char=NEWS_RATE),
    Family("html-left-in-text", repeat(HTML), 500_000, per_char=NEWS_RATE),
    Family("cp1252-mojibake", sentences(MOJIBAKE), 100_000, per_char=NEWS_RATE),
    Family("possessive-quotes", repeat("DeepSeek's 'app' "), 100_000),
    Family("e-mail-like-runs", repeat("a" * 60 + "@"), 1_000_000),
    Family("bullets", repeat("- item\n"), 1_000_000),
    # a firm's unit again and again, with no unit named before: each was a walk back over
    # every mention of the text (reported by the round-fourteen actions helper)
    Family(
        "company-units",
        repeat("Samsung's chip division banned DeepSeek. "),
        200_000,
        per_char=NEWS_RATE,
    ),
    # markup read as plain text (deepseek_policy._markup): unclosed and nested forms
    Family("unclosed-bold", repeat("**The app was new. "), 200_000, per_char=NEWS_RATE),
    Family("unclosed-links", repeat("[Italy](https://example.org/a b "), 200_000),
    Family("nested-brackets", repeat("[[[[(((( "), 200_000),
    Family("unclosed-script", repeat("< a", prefix="<script>"), 200_000),
    Family("unclosed-comment", repeat("- a ", prefix="<!--"), 200_000),
    Family("tag-like-runs", repeat("<a href=x "), 200_000),
    Family("entity-like-runs", repeat("&abcdefghijklmnop "), 200_000),
    Family("markup-in-news", varied(MARKDOWN_NEWS), 200_000, per_char=NEWS_RATE),
    Family("runs-of-spaces", repeat("The  app   was  new. "), 200_000, per_char=NEWS_RATE),
    Family("zero-width-and-soft-hyphens", repeat("The\u200b app\u00ad was new.\ufeff "), 200_000),
]


def _timed(family: Family, n: int, limit: float) -> tuple[float, Extraction]:
    """The CPU time of one extraction of the family at ``n`` characters, under a wall-clock
    limit of ``limit`` seconds (CPU time, not wall time, is compared: on a shared machine
    other processes' load stretched the wall clock of a linear run past its limit; and a
    collection of the whole suite's objects, thousands of tests in, once cost a linear run
    0.4 s)."""
    text = family.build(n)
    # (a full collection of the rest of the suite's objects is no cost of this run: collect
    # first, and none during it)
    gc.collect()
    gc.disable()
    try:
        with time_limit(limit, f"{family.name} at {len(text):,} characters"):
            start = time.process_time()
            ex = dp.extract(text, published="2025-02-06")
            elapsed = time.process_time() - start
    finally:
        gc.enable()
    return elapsed, ex


@pytest.mark.parametrize("family", [f.param() for f in FAMILIES])
def test_hostile_input_runs_in_linear_time(family: Family) -> None:
    sizes = [family.size // 100, family.size // 10, family.size]
    # the smallest run, twice (the better of the two is the baseline)
    previous, ex = _timed(family, sizes[0], family.limit(sizes[0]))
    check(ex)
    previous = min(previous, _timed(family, sizes[0], family.limit(sizes[0]))[0])
    report = [f"{sizes[0]:,}: {previous:.3f} s"]
    for smaller, n in itertools.pairwise(sizes):
        # ten times the input may take RATIO_LIMIT times as long (never less than FLOOR),
        # within the family's absolute limit; past that the timer stops the run
        allowed = min(family.limit(n), max(FLOOR, RATIO_LIMIT * max(previous, MIN_TIME)))
        # (the wall-clock guard stops a hang; a loaded machine gets room on the wall clock)
        elapsed, ex = _timed(family, n, allowed * 1.05 * WALL_SLACK)
        check(ex)
        if allowed < elapsed < 3 * allowed:
            # one more try, as the baseline had: a pause on a shared machine passes, a
            # super-linear run overruns again (a blow-up gets none)
            elapsed = min(elapsed, _timed(family, n, allowed * 1.05 * WALL_SLACK)[0])
        ratio = elapsed / max(previous, MIN_TIME)
        report.append(f"{n:,}: {elapsed:.3f} s (x{ratio:.1f})")
        if elapsed > allowed:
            raise TooSlowError(
                f"{family.name}: {elapsed:.2f} s for {n:,} characters, {ratio:.1f} times "
                f"the {previous:.3f} s for {smaller:,}"
            )
        previous = elapsed
    print(f"\nscaling {family.name}: " + ", ".join(report))


@pytest.mark.slow
def test_a_megabyte_of_ordinary_news_within_budget() -> None:
    """The absolute budget: a 1 MB document of news-like text in well under a minute."""
    rng = random.Random(3)
    parts: list[str] = []
    size = 0
    while size < 1_000_000:
        parts.append(synthetic_article(rng, len(parts)))
        size += len(parts[-1])
    text = "\n\n".join(parts)
    with time_limit(60.0, "1 MB of news"):
        start = time.perf_counter()
        ex = dp.extract(text, published="2025-02-06")
        elapsed = time.perf_counter() - start
    check(ex)
    print(f"\n1 MB of news: {elapsed:.2f} s, {len(text) / elapsed / 1e6:.2f} MB/s")


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "\x00",
        "\ud800",
        "\udfff\ud800",
        # empty only after the byte-order mark or the front matter
        "\ufeff",
        "\ufeff---\ntitle: x\n---\n",
        "---\n---\n",
        "---\ntitle: x\n---",
        "\r\n\r\n\r",
        "\u2028\u2029\x85",
        "“" * 3 + "”" * 2,
        "Title\n" + "\u0301" * 1000,
        "Title\nItaly banned DeepSeek on Feb. 30, 2025 and on the 31st.",
        "Title\nItaly banned DeepSeek 99999999999999999999 days ago.",
        "Title\nDeepSeek cost $" + "9" * 400 + " trillion.",
        "Title\n" + "1," * 5000 + "000 users",
    ],
    ids=lambda t: repr(t[:24]) if isinstance(t, str) else None,
)
@pytest.mark.parametrize("published", [None, "2025-02-06", "0001-01-01", "9999-12-31"])
def test_edge_strings(text: str, published: str | None) -> None:
    ex = extract_checked(text, published)
    check_round_trip(ex)


def test_non_str_input_is_a_clear_error() -> None:
    for bad in (b"Italy banned DeepSeek.", None, 42, ["text"]):
        with pytest.raises(InputTypeError):
            dp.extract(bad)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# patterns fixed for linear time keep their meaning
# ---------------------------------------------------------------------------------------------

_HS = r"[^\S\n]"
#: quantities._EQUIV_BETWEEN as it was: ``\s*,?\s*`` splits a run of spaces n ways.
_OLD_EQUIV_BETWEEN = re.compile(
    rf"\s*[(\[]\s*(?i:(?:or|i\.e\.|equivalent{_HS}+to|equal{_HS}+to|worth){_HS}+)?|"
    rf"\s*,?\s*(?i:or|equivalent{_HS}+to|equal{_HS}+to){_HS}+"
)


@settings(max_examples=300, deadline=None)
@given(
    gap=st.lists(
        st.sampled_from(
            [
                " ",
                "\n",
                "\t",
                ",",
                "(",
                "[",
                "or",
                "OR",
                "i.e.",
                "equivalent",
                "to",
                "equal",
                "worth",
                "x",
                "\xa0",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_equivalence_gap_pattern_means_what_it_meant(gap: str) -> None:
    from deepseek_policy.quantities import _EQUIV_BETWEEN

    old, new = _OLD_EQUIV_BETWEEN.fullmatch(gap), _EQUIV_BETWEEN.fullmatch(gap)
    assert (old is None) == (new is None)
    assert old is None or new is None or old.span() == new.span()


def test_equivalence_gap_pattern_is_linear() -> None:
    from deepseek_policy.quantities import _EQUIV_BETWEEN

    with time_limit(1.0, "_EQUIV_BETWEEN over 50,000 spaces"):
        assert _EQUIV_BETWEEN.fullmatch(" " * 50_000 + "x") is None


AMOUNT_TEXT = st.lists(
    st.one_of(
        st.sampled_from(AMOUNTS),
        st.sampled_from(
            ["US$", "A$", "€", "£", "¥", "₩", "Rs.", " ", "  ", "-", "(", ")", ",", "."]
        ),
        st.sampled_from(
            [
                "five",
                "Twenty-one",
                "a dozen",
                "million",
                "bn",
                "7-Eleven",
                "GPT-4",
                "SIX",
                "\u017fix",
            ]
        ),  # "ſix": the engine folds the long s into "s" under IGNORECASE
        st.text(max_size=4),
    ),
    max_size=25,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=AMOUNT_TEXT)
def test_quantity_prefilter_loses_no_atom(text: str) -> None:
    """The first-character lookahead of quantities' atom pattern only skips positions."""
    from deepseek_policy.quantities import _lexicon

    atom = _lexicon().atom.exact
    # the pattern's first line holds the look-behinds, its second the lookahead
    behind, first, rest = atom.pattern.split("\n", 2)
    assert behind.startswith("(?<!")
    assert first.startswith("(?=[")
    assert first.endswith(")")
    reference = re.compile(behind + "\n" + rest, atom.flags)
    assert [m.span() for m in atom.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_quantities_skip_white_space_quickly() -> None:
    from deepseek_policy.quantities import find_quantities

    with time_limit(2.0, "find_quantities over 1 MB of spaces"):
        assert find_quantities(" " * 1_000_000 + "$5 million") != ()


def test_gazetteer_scan_of_a_long_dotted_token_is_linear() -> None:
    """A 300,000-character token full of dots yields prefixes only up to the longest key."""
    gazetteer = default_gazetteer()
    with time_limit(2.0, "gazetteer scan of a dotted token"):
        found = list(gazetteer.scan("The " + "Aa." * 100_000 + " and South Korea."))
    assert [m.text for m in found][-1:] == ["South Korea"]


# ---------------------------------------------------------------------------------------------
# readers
# ---------------------------------------------------------------------------------------------


def _article(title: str) -> str:
    return f"{title}\n\nA council said on Tuesday it would look at chatbot use by its staff.\n"


def test_size_limit_is_a_clear_error(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(_article("Big") * 100, encoding="utf-8")
    size = path.stat().st_size
    assert read_article(path, max_bytes=size).title == "Big"
    with pytest.raises(FileTooLargeError) as info:
        read_article(path, max_bytes=size - 1)
    assert "big.txt" in str(info.value)
    assert str(size - 1) in str(info.value)
    with pytest.raises(CorpusReadError) as corpus_info:
        list(read_corpus(tmp_path, max_bytes=100))
    assert isinstance(corpus_info.value.__cause__, FileTooLargeError)


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 32,
        b"%PDF-1.7\n",
        b"PK\x03\x04" + b"\x00" * 20,
        b"Plain text at first\n" + b"x" * 20_000 + b"\x00 then a NUL far from the top",
        b"Title\n\nItaly\x00banned DeepSeek.\n",
    ],
    ids=["png", "pdf", "zip", "late-nul", "nul"],
)
def test_binary_files_are_refused(tmp_path: pathlib.Path, content: bytes) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(content)
    with pytest.raises(BinaryFileError):
        read_article(path)


def test_control_characters_other_than_nul_are_text(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "ctrl.txt"
    path.write_bytes(b"Title\n\nItaly\x01 banned\x1b[0m DeepSeek\x0c on Monday.\x7f\n")
    ex = dp.extract(read_article(path))
    check(ex)


def test_thousands_of_files_are_read_lazily(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(5_000):
        (folder / f"{i:05d}.txt").write_text(_article(f"Item {i}"), encoding="utf-8")
    calls: list[str] = []
    real = readers.read_article

    def counting(path: Any, **kwargs: Any) -> dp.Document:
        calls.append(os.fspath(path))
        return real(path, **kwargs)

    monkeypatch.setattr(readers, "read_article", counting)
    start = time.perf_counter()
    docs = read_corpus(folder)
    first = list(itertools.islice(docs, 3))
    elapsed_first = time.perf_counter() - start
    assert [d.title for d in first] == ["Item 0", "Item 1", "Item 2"]
    assert len(calls) == 3, "taking three documents must read three files, not the folder"
    rest = sum(1 for _ in docs)
    assert rest == 4_997
    assert len(calls) == 5_000
    assert elapsed_first < 5.0


def test_an_unreadable_file_in_the_middle_is_reported_and_skipped(tmp_path: pathlib.Path) -> None:
    for i in range(10):
        (tmp_path / f"{i:02d}.txt").write_text(_article(f"Item {i}"), encoding="utf-8")
    bad = {
        "03.txt": b"",  # empty
        "05.txt": b"Title\n\nFine until\x00 here.\n",  # a NUL: binary
        "07.txt": b"Title\n\n" + "Caf\xe9".encode("latin-1") + b" is not UTF-8\n",
    }
    for name, content in bad.items():
        (tmp_path / name).write_bytes(content)
    dangling = tmp_path / "08.txt"  # a link to nothing: reported, not dropped
    dangling.unlink()
    try:
        dangling.symlink_to(tmp_path / "missing-target.txt")
    except (OSError, NotImplementedError):  # no symlinks here: keep a readable file
        dangling.write_text(_article("Item 8"), encoding="utf-8")
    unreadable: pathlib.Path | None = None
    if hasattr(os, "geteuid") and os.geteuid() != 0:  # root reads through any mode
        unreadable = tmp_path / "09.txt"
        unreadable.chmod(0)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            docs = list(read_corpus(tmp_path, errors="skip"))
    finally:
        if unreadable is not None:
            unreadable.chmod(0o644)
    skipped = [str(w.message) for w in caught if issubclass(w.category, SkippedItemWarning)]
    expected = {"03.txt", "05.txt", "07.txt"}
    if dangling.is_symlink():
        expected.add("08.txt")
    if unreadable is not None:
        expected.add("09.txt")
    assert {name for name in expected if any(name in m for m in skipped)} == expected
    assert len(skipped) == len(expected)
    titles = {d.title for d in docs}
    assert titles == {f"Item {i}" for i in range(10) if f"{i:02d}.txt" not in expected}


# ---------------------------------------------------------------------------------------------
# the regex guard
# ---------------------------------------------------------------------------------------------


def test_guard_turns_a_runaway_pattern_into_a_clear_error() -> None:
    runaway = regex.compile(r"\.+[ ]+(?=[A-Z])")  # quadratic over a run of periods
    text = "." * 60_000
    start = time.perf_counter()
    with pytest.raises(ExtractionTimeoutError) as info:
        run_with_timeout(runaway, "finditer", text, timeout=0.1, name="_BOUNDARY")
    assert time.perf_counter() - start < 2.0
    err = info.value
    assert isinstance(err, TimeoutError)
    assert (err.pattern, err.length, err.timeout) == ("_BOUNDARY", 60_000, 0.1)
    assert "_BOUNDARY" in str(err)
    assert "60000 characters" in str(err)


def test_guard_passes_results_and_arguments_through() -> None:
    words = regex.compile(r"\w+")
    assert [m.group() for m in run_with_timeout(words, "finditer", "a bc d", 2)] == ["bc", "d"]
    assert run_with_timeout(r"\d+", "findall", "1 and 22") == ["1", "22"]
    assert run_with_timeout(words, "sub", "a b", "x") == "x x"
    assert run_with_timeout(words, "subn", "a b", "x", count=1) == ("x b", 1)
    assert run_with_timeout(words, "fullmatch", "abc") is not None
    assert run_with_timeout(r"(?i)ITALY", "search", "in italy").span() == (3, 8)
    assert budget(0) < budget(1_000_000)


def test_guard_rejects_what_it_cannot_guard() -> None:
    with pytest.raises(InputTypeError):
        run_with_timeout(re.compile("a"), "search", "a")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        run_with_timeout(r"a", "search", b"a")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="method"):
        run_with_timeout(r"a", "scan", "a")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout"):
        run_with_timeout(r"a", "search", "a", timeout=0)


def test_guard_error_pickles() -> None:
    err = ExtractionTimeoutError("slow", "_X", 5, 0.5)
    back = pickle.loads(pickle.dumps(err))
    assert (back.message, back.pattern, back.length, back.timeout) == ("slow", "_X", 5, 0.5)
    assert str(back) == "slow"
