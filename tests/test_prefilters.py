"""Cheap tests that spare a sentence a pattern's scan must never say no where it would match.

The claims stage looks for a reporting word on a folded copy of each sentence with a
case-sensitive pattern; the actions stage runs the "followed suit" pattern only where one of
its words stands in the folded sentence. Each is held here to the plain case-insensitive
search, over generated sentences full of odd letters (dotted and dotless i, long s, the
Kelvin sign) and of the words themselves in every case.
"""

from __future__ import annotations

import re

import pytest
from _texts import joined
from hypothesis import given, settings
from hypothesis import strategies as st

from deepseek_policy._segment import segment
from deepseek_policy._trie import trie_pattern
from deepseek_policy.actions import _FOLLOW, _may_follow
from deepseek_policy.claims import _REPORT_GATE_WORDS, _may_report

#: The claims gate as it was: a case-insensitive search of the sentence in the text.
_REPORT_GATE_PLAIN = re.compile(
    r"(?i)(?<![\w-])(?:" + trie_pattern(_REPORT_GATE_WORDS) + r")(?![\w-])"
)

_PIECES = [
    "Seoul", "said", "SAID", "Said", "ſaid", "ſays", "İnsisted", "ınsisted", "according to",
    "ACCORDING", "noted", "no-said", "saidx", "whose", "Whose", "followed suit", "Followed",
    "FOLLOW SUIT", "did the same", "done THE SAME", "likewise", "took similar steps",
    "ſimilar", "foLLowed", "follo\u212a", "bloc\u212a", "the", "ban", "DeepSeek", "Tokyo",
    "considering it", "CONSİDERING", "weighing such a move", "mulling doing ſo", "it", "Japan",
    "as", "just as", "did", "DİD", "has done", "had already", "done",
]  # fmt: skip
_GLUE = [" ", " ", ", ", "-", ". ", "; ", "\u2019s ", "\n\n", ""]

_texts = joined(_PIECES, _GLUE, end=".")


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_the_folded_report_gate_answers_as_the_case_insensitive_search(text: str) -> None:
    for s in segment(text).sentences:
        plain = _REPORT_GATE_PLAIN.search(text, s.start, s.end) is not None
        assert _may_report(text, s) is plain, s.text


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_the_follow_words_stand_wherever_the_pattern_matches(text: str) -> None:
    for s in segment(text).sentences:
        if _FOLLOW.search(text, s.start, s.end) is not None:
            assert _may_follow(text, s), s.text


@pytest.mark.parametrize(
    ("sentence", "report", "follow"),
    [
        ("Tokyo followed suit on Friday.", False, True),
        ("Canberra DID THE SAME a day later, officials said.", True, True),
        ("The ministry noted the risk.", True, False),
        ("Seoul blocked the app on Monday.", False, False),
        ("Taipei took similar steps.", False, True),
        ("Berlin is considering it.", False, True),
        ("Britain should ban it, as Australia did on Tuesday.", False, True),
        ("Britain should ban it, as Australia said.", True, False),
        ("Lawmakers are discussing it.", False, False),
    ],
)
def test_the_gates_on_news_sentences(sentence: str, report: bool, follow: bool) -> None:
    text = "Officials met. " + sentence  # the sentence is not the text's first
    s = segment(text).sentences[1]
    assert _may_report(text, s) is report
    assert _may_follow(text, s) is follow


# ---------------------------------------------------------------------------------------------
# the substring tests inside the claims stage and the clause reader
# ---------------------------------------------------------------------------------------------

_CLAIM_PIECES = [
    "DeepSeek", "Baidu", "whose", "Whose", "WHOSE", "policy", "says", "said", "according to",
    "ACCORDİNG to", "Accordıng to", "a notice", "on its website", ",", ", ", ",", "the ministry",
    "added", "wrote", "Robin Li", "chief executive", "the", "and", "a", "an", "new-ish",
]  # fmt: skip


_claim_texts = joined(_CLAIM_PIECES, [" ", ", ", "", ". "], end=".")


@settings(max_examples=400, deadline=None)
@given(_claim_texts)
def test_each_claims_construction_needs_its_word(text: str) -> None:
    from deepseek_policy._rx import fold
    from deepseek_policy.claims import _ACCORDING, _FINAL_ATTRIBUTION, _WHOSE_SAYS

    for s in segment(text).sentences:
        if _WHOSE_SAYS.search(text, s.start, s.end):
            assert "whose" in s.text.lower()
        if _ACCORDING.search(text, s.start, s.end):
            assert "according" in fold(s.text)
        if _FINAL_ATTRIBUTION.search(text, s.start, s.end):
            assert text.find(", ", s.start, s.end) >= 0


_LEADS = st.lists(
    st.sampled_from([", ", ",", " ", "and ", "the ", "a ", "an ", "new-ish ", "Seoul ", "x"]),
    max_size=10,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_LEADS)
def test_comma_lead_is_the_end_anchored_search(lead: str) -> None:
    from deepseek_policy._syntax import _COMMA_LEAD, _comma_lead

    assert (_comma_lead(lead) is not None) is (_COMMA_LEAD.search(lead) is not None)


def _clean_gap_plain(gap: str) -> str:
    """Every substitution of ``_syntax._clean_gap``, tried whatever the gap holds."""
    import regex

    gap = regex.sub(
        r"(?:(?:the|a)[ ])?(?:(?:U\.S\.|US|American|Chinese|[A-Z][a-z]+n)[ ])?"
        r"(?:state|province|city|prefecture|county|district)[ ]of[ ]",
        "",
        gap,
    )
    gap = regex.sub(r"(?:the[ ]){2}", "the ", gap)
    gap = regex.sub(r"^[ ]of[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2}", "", gap)
    gap = regex.sub(
        r"(?:Democrat|Republican|Rep\.|Sen\.|Gov\.|Senator|Representative|Governor|Mayor)[ ]$",
        "",
        gap,
    )
    return regex.sub(r"[ ]?\([^)]{1,40}\)", "", gap)


_GAP_PIECES = st.sampled_from(
    [
        " ", ", ", " and ", "the ", "the the ", " of ", "of ", "state of ", "the U.S. state of ",
        "Chinese province of ", "Texan city of ", "New Jersey", "Republican ", "Sen. ", "Mayor",
        " (", "(PIPC)", ")", "\n", "a ", "Seoul",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_GAP_PIECES, max_size=8).map("".join))
def test_clean_gap_equals_every_substitution(gap: str) -> None:
    from deepseek_policy._syntax import _clean_gap

    assert _clean_gap(gap) == _clean_gap_plain(gap)


_BETWEEN_PIECES = st.sampled_from(
    [
        " ", " said", " SAID", " told reporters", " that", " THAT", " thaT", " whether", " if",
        " ıf", " İf", " because", " although", " unless", " it has been", " It Was Been",
        " on Monday", ",", " the", " ministry", " ſaid", " noted",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_BETWEEN_PIECES, max_size=8).map(lambda parts: "".join(parts) + " "))
def test_new_clause_equals_its_pattern(between: str) -> None:
    from deepseek_policy._syntax import _NEW_CLAUSE, _new_clause

    assert _new_clause(between) is (_NEW_CLAUSE.search(between) is not None)


@pytest.mark.parametrize("name", ["_RELATIVE", "_APPOSITIVE", "_PARTICIPIAL"])
def test_each_clause_mask_opens_with_a_comma(name: str) -> None:
    """``masks`` skips these scans in a sentence without a comma: each match starts with one."""
    from deepseek_policy import _syntax

    pattern = getattr(_syntax, name)
    text = (
        "Perplexity, the AI search startup, said on Monday, which was late, that DeepSeek, "
        "launched in 2023, had grown; OpenAI's rival, founded by engineers, agreed."
    )
    found = list(pattern.finditer(text))
    assert found, name
    assert all(m.group().startswith(",") for m in found)
    assert pattern.search(text.replace(",", "")) is None


def test_the_name_and_role_patterns_need_a_comma() -> None:
    """The actor index runs the "Name, role" and "the role, Name" patterns only in a sentence
    with ", ": each match holds one."""
    from deepseek_policy.actors import _person_patterns

    text = (
        "Sung Kim, chief executive of Upstage, said so. "
        "The secretary of the Department of Home Affairs, Stephanie Foster, signed it."
    )
    for pattern in _person_patterns()[1:3]:
        found = [m.group() for m in pattern.finditer(text)]
        assert found
        assert all(", " in f for f in found)
        assert pattern.search(text.replace(", ", " ")) is None


_LINK_PIECES = st.sampled_from(
    [
        "The", "THE", "This", "thıs", "That", "decision", "move", "Ban", "step", "order",
        "notice", "said", "SAYS", "ſaid", "it", "the ministry", "had", "acted", "did so",
        "made the decision", "reasoned", "Explained", "because", "BECAUSE", "due", "to",
        "Due To", "Seoul", "blocked", "the app",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINK_PIECES, min_size=1, max_size=10).map(" ".join))
def test_links_back_equals_its_pattern(sentence: str) -> None:
    from deepseek_policy.actions import _LINKED, _links_back

    assert _links_back(sentence) is (_LINKED.search(sentence) is not None)
