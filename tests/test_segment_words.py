"""The per-sentence word sets that let rules skip sentences without a regular-expression scan.

A rule family tests ``seg.words(sentence).isdisjoint(words)`` before it scans the sentence with
its pattern; that is only safe if every match of the pattern leaves its first word in the set.
These tests check that necessary condition on the package's own gates, over generated text.
"""

from __future__ import annotations

from typing import Any

from _texts import joined
from hypothesis import given, settings

from deepseek_policy._segment import first_words, last_words, segment
from deepseek_policy.actors import (
    _DESCRIPTION,
    _DISTRIBUTIVE,
    _PLURAL_TITLED,
    _SHORT_FORM,
    _UNIT_HEADS,
    _gate_words,
    _head_gate,
    _person_patterns,
    _read_description,
    _reporting_gate,
    _title_gate,
)


def test_words_are_lower_cased_word_runs_of_one_sentence() -> None:
    seg = segment("Gov. Kathy Hochul said the ban stays. Officials in Seoul agreed.")
    first, second = seg.sentences
    assert seg.words(first) == {"gov", "kathy", "hochul", "said", "the", "ban", "stays"}
    assert seg.words(second) == {"officials", "in", "seoul", "agreed"}


def test_last_words_takes_the_last_token_of_each_phrase() -> None:
    assert last_words(["privacy watchdog", "start-up", "U.S.", "", "IT"]) == {
        "watchdog",
        "up",
        "s",
        "it",
    }


def test_first_words_takes_the_first_token_of_each_phrase() -> None:
    assert first_words(["Sens.", "chief executive officer", "U.S. envoy", "  "]) == {
        "sens",
        "chief",
        "u",
    }


# pieces that make the gates fire, and the punctuation and joiners between them
_PIECES = [
    "Minister", "Gov.", "spokesperson", "chief executive", "Ministry", "Agency", "Commission",
    "said", "Says", "according to", "warned", "pointed out", "Senators", "Sens.", "banks",
    "financial groups", "universities", "Kim Min-su", "Laura Bianchi", "Tom Becker", "and",
    "Korea", "the", "well-said", "co-Minister", "DeepSeek", "R1",
    "Italy", "Italy's", "Seoul\u2019s", "The Chinese", "its", "this", "Their", "privacy",
    "watchdog", "data protection authority", "research lab", "cloud unit", "data bureau",
    "company", "start-up", "startup", "state-run", "regulator", "government", "officials",
    "LG", "Alibaba", "top", "national", "IT", "AI", "tech giant",
]  # fmt: skip
_GLUE = [" ", " ", " ", ", ", "-", "'s ", "; ", " (", ") ", "\u2019s ", "\n\n"]

_sentences = joined(_PIECES, _GLUE, end=".")

_GATES: list[tuple[str, Any, frozenset[str]]] = [  # re or regex patterns
    ("head", _head_gate(), _gate_words()["head"]),
    ("title", _title_gate(), _gate_words()["title"]),
    ("reporting", _reporting_gate(), _gate_words()["reporting"]),
    ("plural", _PLURAL_TITLED, _gate_words()["plural"]),
    ("distributive", _DISTRIBUTIVE, _gate_words()["distributive"]),
    ("short", _SHORT_FORM, _gate_words()["short"]),
    ("reporting_after", _person_patterns()[3], _gate_words()["reporting_after"]),
    ("reporting_before", _person_patterns()[4], _gate_words()["reporting_before"]),
]


@settings(max_examples=300, deadline=None)
@given(_sentences)
def test_a_gate_never_matches_where_its_words_are_absent(text: str) -> None:
    seg = segment(text)
    for s in seg.sentences:
        words = seg.words(s)
        for name, pattern, needed in _GATES:
            hit = pattern.search(text, s.start, s.end)
            if hit is not None:
                assert not words.isdisjoint(needed), (name, hit.group(), sorted(words))


def test_gates_fire_on_ordinary_news_sentences() -> None:
    text = (
        "Foreign Minister Cho Tae-yul said Korea's Ministry of Unification would act. "
        "Senators Maria Lopez and Tom Becker wrote to the agency. "
        "KB, Shinhan and Woori financial groups told staff to stop. "
        "The rules stand, said Nam Seok."
    )
    seg = segment(text)
    fired = {
        name
        for s in seg.sentences
        for name, pattern, needed in _GATES
        if not seg.words(s).isdisjoint(needed) and pattern.search(text, s.start, s.end) is not None
    }
    assert fired == {
        "head",
        "title",
        "reporting",
        "plural",
        "distributive",
        "short",
        "reporting_after",
        "reporting_before",
    }


def _readable(m: Any) -> bool:
    """Whether a description match can name a body: a description the table reads, or a
    company's unit ("LG's research lab")."""
    if _read_description(m["desc"], bool(m["poss"])) is not None:
        return True
    return any(w.lower() in _UNIT_HEADS for w in m["desc"].split()[:3])


@settings(max_examples=300, deadline=None)
@given(_sentences)
def test_no_readable_description_where_the_description_words_are_absent(text: str) -> None:
    seg = segment(text)
    needed = _gate_words()["description"]
    for s in seg.sentences:
        words = seg.words(s)
        for m in _DESCRIPTION.finditer(text, s.start, s.end):
            if _readable(m):
                assert not words.isdisjoint(needed), (m.group(), sorted(words))


def test_the_description_and_short_form_gates_fire_on_news_sentences() -> None:
    text = (
        "Italy's privacy watchdog blocked the app. "
        "LG's research lab said the company would follow. "
        "Suzhou's data bureau agreed. "
        "Rome removed the app from stores on Friday."
    )
    seg = segment(text)
    first, second, third, fourth = (seg.words(s) for s in seg.sentences)
    gates = _gate_words()
    assert fourth.isdisjoint(gates["description"])
    assert fourth.isdisjoint(gates["short"])
    assert not first.isdisjoint(gates["description"])
    assert not second.isdisjoint(gates["description"])  # "lab": a company's unit
    assert not second.isdisjoint(gates["short"])  # "the company"
    assert not third.isdisjoint(gates["description"])  # "bureau": a new body
