"""Generated texts for the property tests: pieces (words, names, odd letters) joined by glue
(spaces, commas, stops, apostrophes), so that the patterns under test meet their words in
every company and at every boundary."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def joined(
    pieces: Sequence[str],
    glue: Sequence[str],
    *,
    min_size: int = 1,
    max_size: int = 14,
    end: str = "",
) -> st.SearchStrategy[str]:
    """Up to ``max_size`` pieces, each followed by a piece of glue, then ``end``."""
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(glue)),
        min_size=min_size,
        max_size=max_size,
    ).map(lambda parts: "".join(p + g for p, g in parts) + end)
