"""The country that sets a mention's scene, found in one walk back over the index.

``ActorIndex._context_country`` looks for the nearest country-bearing mention or adjective
before a place, first within the sentence, then the paragraph, then 1,500 characters before
the paragraph (where the paragraph's dateline or its section's country heading comes before
the last). It walks back once, to the widest floor, and keeps what it found for a narrower
floor only where it starts inside it. The reference below is the plain reading: one walk per
floor, each stopping at its floor. The two are held equal at every character of generated
texts, and a few hand-written cases pin the meaning.
"""

from __future__ import annotations

import bisect

import pytest
from _texts import joined
from hypothesis import given, settings

from deepseek_policy.actors import (
    _POSSESSIVE,
    _SCENE_KINDS,
    _SCENE_LOOKBACK,
    ActorIndex,
    _modifies_target,
)


def _nearest_reference(index: ActorIndex, start: int, lo: int) -> str | None:
    """One floor's walk: the nearest scene-setting mention and adjective at or after ``lo``."""
    text = index.text
    cands: list[tuple[int, str]] = []
    mentions = index._mentions
    i = bisect.bisect_left(mentions.starts, start) - 1
    looked = 0
    while i >= 0:
        m = mentions[i]
        if m.start < lo or looked > _SCENE_LOOKBACK:
            break
        if m.end <= start:
            d = index._drafts[m.actor]
            if (
                d.country
                and d.kind in _SCENE_KINDS
                and not _modifies_target(text, m.end)
                # (one of a list of countries sets no scene: "Australia and Italy")
                and not index._in_country_list(i, d.country)
            ):
                cands.append((m.end, d.country))
                break
        i -= 1
        looked += 1
    for n, (a, b, code) in enumerate(index._adjectives_before(start)):
        if a < lo or n > _SCENE_LOOKBACK:
            break
        if b <= start and not _modifies_target(text, b):
            cands.append((b, code))
            break
    return max(cands)[1] if cands else None


def _explicit_reference(index: ActorIndex, start: int, lo: int) -> str | None:
    """A modifier right before the place: an adjective ("the Japanese ministry"), or the
    possessive of the mention right before it ("Japan's ministry")."""
    text = index.text
    for a, b, code in index._adjectives_before(start):
        if b <= start and a >= lo and not text[b:start].strip(" the"):
            return code
        if b <= lo:
            break
    mentions = index._mentions
    for i in range(bisect.bisect_left(mentions.starts, start) - 1, -1, -1):
        m = mentions[i]
        if m.end > start:
            continue
        if (
            m.start >= lo
            and m.via in {"modifier", "name"}
            and _POSSESSIVE.match(text[m.end : m.end + 2])
            and not text[m.end : start].strip(" '’s")
        ):
            return index._drafts[m.actor].country or None
        return None
    return None


def _context_reference(index: ActorIndex, start: int) -> tuple[str | None, str]:
    s = index.seg.sentence_at(start)
    lo = index._sentence_floor(start, s)
    code = _explicit_reference(index, start, lo)
    if code is not None:
        return code, "explicit"
    best = _nearest_reference(index, start, lo)
    if best is not None:
        return best, "sentence"
    if s is not None:
        para = index.seg.paragraphs[s.paragraph]
        for floor in (para.start, max(0, para.start - 1500)):
            best = _nearest_reference(index, start, floor)
            if best is not None:
                return best, "paragraph"
            if floor == para.start:
                # the paragraph's dateline, or the country heading its section
                heading = index._paragraph_dateline(para.start) or index._section_country(
                    para.start
                )
                if heading is not None:
                    return heading, "paragraph"
    return index._document_country(), "document"


_PIECES = [
    "Italy", "Italian", "South Korea's", "Korean", "Japan", "the Japanese", "Seoul", "Tokyo",
    "the ministry", "the regulator", "Texas", "the state of Texas", "DeepSeek", "officials in",
    "servers in China", "Chinese startup", "Australia", "banned the app", "said", "the company",
    "Germany's data protection authority", "the government", "Taiwan", "the Digital Ministry",
]  # fmt: skip
_GLUE = [" ", ", ", " and ", ". ", "\n\n", " of ", " in "]

_texts = joined(_PIECES, _GLUE, max_size=24, end=".")


@settings(max_examples=150, deadline=None)
@given(_texts)
def test_one_walk_finds_the_country_the_walk_per_floor_finds(text: str) -> None:
    index = ActorIndex.build(text)
    for start in range(len(text) + 1):
        assert index._context_country(start, None) == _context_reference(index, start), start


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the sentence names the country before the body
        (
            "Italy acted first. In Japan, the ministry banned it.",
            "the ministry",
            ("JP", "sentence"),
        ),
        # not in the sentence: the paragraph's
        ("Japan is worried. The ministry banned it.", "The ministry", ("JP", "paragraph")),
        # an earlier paragraph, within reach
        ("Japan is worried.\n\nThe ministry banned it.", "The ministry", ("JP", "paragraph")),
        # a list of other countries sets no one scene: the one before it stands
        (
            "Japan is worried. As Italy and France acted, the ministry banned it.",
            "the ministry",
            ("JP", "paragraph"),
        ),
    ],
)
def test_the_scene_is_set_by_the_nearest_country(
    text: str, word: str, expected: tuple[str, str]
) -> None:
    index = ActorIndex.build(text)
    start = text.index(word)
    assert index._context_country(start, None) == expected
    assert _context_reference(index, start) == expected


@pytest.mark.parametrize("names", range(_SCENE_LOOKBACK - 4, _SCENE_LOOKBACK + 5))
def test_the_walk_looks_back_over_a_bounded_number_of_mentions(names: int) -> None:
    # a long list of country-less names between the country and the body: past the bound,
    # the walk gives up and the country of the whole document stands
    text = "In Japan, " + "DeepSeek, " * names + "and the ministry acted. Korea is far."
    index = ActorIndex.build(text)
    start = text.index("the ministry")
    assert index._context_country(start, None) == _context_reference(index, start)
