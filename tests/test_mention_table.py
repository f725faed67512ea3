"""The actor index keeps its mentions as columns (``actors._Mentions``); these tests hold it to
the plain list of :class:`Mention` objects it replaced, operation for operation."""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

import deepseek_policy as dp
from deepseek_policy.actors import ActorIndex, Mention, _inside, _Mentions


class _ListModel:
    """The former storage: Mention objects in start order, inserted with bisect_left."""

    def __init__(self) -> None:
        self.items: list[Mention] = []
        self.starts: list[int] = []

    def add(self, m: Mention) -> None:
        if self.items and self.items[-1].start > m.start:
            i = bisect.bisect_left(self.starts, m.start)
            self.items.insert(i, m)
            self.starts.insert(i, m.start)
        else:
            self.items.append(m)
            self.starts.append(m.start)

    def drop(self, start: int, end: int) -> None:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        keep = [m for m in self.items[lo:hi] if m.end > end]
        self.items[lo:hi] = keep
        self.starts[lo:hi] = [m.start for m in keep]

    def between(self, start: int, end: int) -> list[Mention]:
        return _inside(self.items, self.starts, start, end)


_OPS = st.lists(
    st.tuples(
        st.booleans(),  # True: add a mention; False: drop the mentions inside a range
        st.integers(0, 200),
        st.integers(0, 40),
        st.sampled_from(["it", "kr-pipc", "us-navy"]),
        st.sampled_from(["name", "short", "modifier"]),
    ),
    max_size=60,
)


@given(_OPS)
def test_columns_behave_like_the_list_of_mentions(
    ops: list[tuple[bool, int, int, str, str]],
) -> None:
    table, model = _Mentions(), _ListModel()
    for add, start, length, actor, via in ops:
        if add:
            text = "x" * length
            table.add(start, start + length, text, actor, via)
            model.add(Mention(start, start + length, text, actor, via))
        else:
            table.drop(start, start + length)
            model.drop(start, start + length)
        assert list(table) == model.items
    assert len(table) == len(model.items)
    assert table[:] == model.items
    if model.items:
        assert table[-1] == model.items[-1]
    # every range whose ends fall on a mention's start or end, and a few between
    bounds = sorted({0, 250, *(m.start for m in model.items), *(m.end for m in model.items)})
    for lo in bounds:
        for hi in bounds:
            if lo <= hi:
                assert table.between(lo, hi) == model.between(lo, hi), (lo, hi)
                # the nearest name before ``hi``, found from the end, is the list's last
                for skip in ("", "modifier"):
                    kept = [m for m in model.between(lo, hi) if m.via != skip]
                    assert table.last_between(lo, hi, skip) == (kept[-1] if kept else None)


def test_index_reads_mentions_in_document_order() -> None:
    text = (
        "South Korea's Personal Information Protection Commission (PIPC) said on Monday that "
        "the commission had asked DeepSeek for answers. Italy's privacy watchdog blocked it."
    )
    idx = ActorIndex.build(text)
    mentions = list(idx.mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    surfaces = [m.text for m in mentions]
    assert "PIPC" in surfaces
    assert "the commission" in surfaces
    assert idx.mentions_between(0, len(text)) == mentions
    first_sentence = text.index(" Italy")
    assert [m.text for m in idx.mentions_between(0, first_sentence)] == [
        m.text for m in mentions if m.end <= first_sentence
    ]
    assert dp.extract(text).actions  # the index still serves the pipeline
