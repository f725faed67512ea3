"""Layout: soft line breaks and typographic spaces are read as plain spaces, offsets stay the
same."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

import deepseek_policy as dp
from deepseek_policy._layout import plain_spaces, unwrap

PARAGRAPHS = [
    "Taiwan bans DeepSeek in government agencies",
    "TAIPEI, Feb. 3, 2025 - Taiwan's Ministry of Digital Affairs on Monday barred government "
    "agencies and public schools from using the Chinese artificial intelligence app DeepSeek, "
    "saying the service endangers national information security.",
    "The ministry said the ban also covers critical infrastructure operators, and told "
    "civil servants to uninstall the app from their work phones.",
    '"Data could be sent back to China," a ministry official said.',
]


def _wrapped(width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)


def _flat() -> str:
    return "\n\n".join(PARAGRAPHS)


def test_wrapped_text_reads_like_the_flat_text() -> None:
    flat = dp.extract(_flat(), published="2025-02-04")
    for width in (60, 72, 79):
        wrapped_text = _wrapped(width)
        wrapped = dp.extract(wrapped_text, published="2025-02-04")
        assert [(a.actor, a.kind, a.scope) for a in wrapped.actions] == [
            (a.actor, a.kind, a.scope) for a in flat.actions
        ]
        assert [c.speaker for c in wrapped.claims] == [c.speaker for c in flat.claims]
        assert any(a.kind is dp.ActionKind.BAN for a in wrapped.actions)


def test_evidence_is_the_original_wrapped_text() -> None:
    text = _wrapped(60)
    ex = dp.extract(text, published="2025-02-04")
    spans = [a.evidence for a in ex.actions] + [c.evidence for c in ex.claims]
    assert spans
    assert any("\n" in s.text for s in spans)
    for s in spans:
        assert text[s.start : s.end] == s.text


def test_a_name_broken_across_lines_is_one_name() -> None:
    text = (
        "Officials in Seoul said on Thursday that the Ministry of\n"
        "Foreign Affairs had blocked access to DeepSeek on its computers.\n\n"
        "The ministry did not say how long the block would last."
    )
    ex = dp.extract(text, published="2025-02-06")
    assert [(a.actor, a.kind) for a in ex.actions] == [("kr-mofa", dp.ActionKind.BLOCK)]


def test_one_paragraph_per_line_is_left_alone() -> None:
    text = "\n".join(PARAGRAPHS)
    assert unwrap(text) == text


def test_headline_and_list_items_keep_their_lines() -> None:
    text = (
        "Who has restricted DeepSeek\n\n"
        "The following governments have acted against the app so far this\n"
        "month, according to official statements:\n"
        "- Italy, whose privacy regulator ordered a block\n"
        "- Taiwan, for government agencies\n"
        "1. Australia, on all federal devices\n"
    )
    out = unwrap(text)
    assert out.startswith("Who has restricted DeepSeek\n\n")
    assert "so far this month, according" in out
    assert "statements:\n- Italy" in out
    assert "block\n- Taiwan" in out
    assert "agencies\n1. Australia" in out


def test_a_number_after_an_abbreviation_that_takes_one_goes_on() -> None:
    # a wrap after "Feb." put "6. The bill ..." at a line's start, read as a list item: the
    # date was lost and the sentence split in two
    text = (
        "Two members of the House intelligence committee introduced the bill on Feb.\n"
        "6. It would keep the app off phones and computers issued to federal staff in\n"
        "every agency of the government, the sponsors said in a joint statement.\n\n"
        "Where it is banned:\n"
        "1. Italy, since January.\n"
        "2. Taiwan, in government agencies."
    )
    out = unwrap(text)
    assert "on Feb. 6. It would" in out
    assert out.endswith(
        "Where it is banned:\n1. Italy, since January.\n2. Taiwan, in government agencies."
    )


def test_a_continuing_sentence_joins_even_in_unwrapped_text() -> None:
    text = "Italy's watchdog said on Friday it\nwould open an inquiry into the app."
    assert unwrap(text) == text.replace("\n", " ")


@given(st.text(alphabet=st.sampled_from("ab .\n-1)"), max_size=300))
def test_unwrap_keeps_every_offset(text: str) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    for a, b in zip(text, out, strict=True):
        assert a == b or (a == "\n" and b == " ")


def _records(ex: dp.Extraction) -> list[object]:
    """What an extraction found, without its evidence spans' own text."""
    return [
        [(ex.actor(a.actor).name, a.kind, a.status, a.scope, a.date, a.targets) for a in ex.actions],
        [(c.speaker and ex.actor(c.speaker).name, c.cue, c.text) for c in ex.claims],
        [(q.kind, q.value, q.unit, q.high, q.bound) for q in ex.quantities],
    ]


def test_typographic_spaces_read_like_plain_ones() -> None:
    # no-break spaces from "&nbsp;" ("Jan.&nbsp;30"), narrow and thin spaces, and non-breaking
    # hyphens: each stood where the patterns want a plain space or hyphen, and a third of
    # an article's acts were lost
    flat = dp.extract(_flat(), published="2025-02-04")
    assert flat.actions
    assert flat.claims
    for space in ("\u00a0", "\u2009", "\u202f", "\u3000"):
        text = "".join(
            space if c == " " and i % 3 == 0 else c for i, c in enumerate(_flat())
        ).replace("-", "\u2011")
        ex = dp.extract(text, published="2025-02-04")
        assert _records(ex) == _records(flat), repr(space)
        for a in ex.actions:  # evidence is the original text, spaces and all
            assert text[a.evidence.start : a.evidence.end] == a.evidence.text
        assert any(space in a.evidence.text for a in ex.actions)


@given(st.text(alphabet=st.sampled_from("ab .\u00a0\u2009\u200b\u2011-"), max_size=300))
def test_plain_spaces_keeps_every_offset(text: str) -> None:
    out = plain_spaces(text)
    assert len(out) == len(text)
    for a, b in zip(text, out, strict=True):
        assert a == b or (a in "\u00a0\u2009" and b == " ") or (a == "\u2011" and b == "-")


def test_guillemets_and_low_quotation_marks_quote_as_curly_ones() -> None:
    # a quotation in guillemets or with a low opening mark was no quotation: its claim was lost
    plain = dp.extract(
        "Headline\n\nGermany's digital ministry reviewed the app. \u201cWe are looking at how it stores "
        "data,\u201d the ministry said on Monday.",
        published="2025-02-10",
    )
    assert [c.text for c in plain.claims] == ["We are looking at how it stores data"]
    for opening, closing in (("\u00ab", "\u00bb"), ("\u00ab ", " \u00bb"), ("\u201e", "\u201d")):
        text = (
            f"Headline\n\nGermany's digital ministry reviewed the app. {opening}We are looking at how it "
            f"stores data,{closing} the ministry said on Monday."
        )
        ex = dp.extract(text, published="2025-02-10")
        assert [c.text for c in ex.claims] == [c.text for c in plain.claims], opening
        assert all(text[c.evidence.start : c.evidence.end] == c.evidence.text for c in ex.claims)
