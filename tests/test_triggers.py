"""The trigger lexicon: inflection, surfaces, precedence between rows, and user additions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import deepseek_policy as dp
from deepseek_policy.errors import LexiconError
from deepseek_policy.triggers import TriggerLexicon, TriggerRow, default_lexicon, inflect


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("ban", ("ban", "bans", "banned", "banning")),
        ("block", ("block", "blocks", "blocked", "blocking")),
        ("bar", ("bar", "bars", "barred", "barring")),
        ("stop", ("stop", "stops", "stopped", "stopping")),
        ("open", ("open", "opens", "opened", "opening")),
        ("edit", ("edit", "edits", "edited", "editing")),
        ("prohibit", ("prohibit", "prohibits", "prohibited", "prohibiting")),
        ("restrict", ("restrict", "restricts", "restricted", "restricting")),
        ("suspend", ("suspend", "suspends", "suspended", "suspending")),
        ("urge", ("urge", "urges", "urged", "urging")),
        ("deploy", ("deploy", "deploys", "deployed", "deploying")),
        ("apply", ("apply", "applies", "applied", "applying")),
        ("fix", ("fix", "fixes", "fixed", "fixing")),
        ("write", ("write", "writes", "wrote", "written", "writing")),
        ("begin", ("begin", "begins", "began", "begun", "beginning")),
        ("forbid", ("forbid", "forbids", "forbade", "forbidden", "forbidding")),
        # (both once misspelt by the rule: "maked"; "embeded", "embeding")
        ("make", ("make", "makes", "made", "making")),
        ("embed", ("embed", "embeds", "embedded", "embedding")),
    ],
)
def test_inflect(verb: str, forms: tuple[str, ...]) -> None:
    assert inflect(verb) == forms


def _found(lexicon: TriggerLexicon, text: str) -> list[tuple[str, str]]:
    return [(m.group(), lexicon.row_for(m).kind.value) for m in lexicon.pattern().finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy banned it.", [("banned", "ban")]),
        ("Seoul is banning it.", [("banning", "ban")]),
        ("The bans stand.", [("bans", "ban")]),
        ("Regulators opened an inquiry.", [("opened an inquiry", "investigate")]),
        ("The ministry opens an inquiry.", [("opens an inquiry", "investigate")]),
        ("Japan urged caution.", [("urged caution", "warn")]),
        ("Officials Banned the app.", [("Banned", "ban")]),  # case-insensitive
        ("An unbanned app.", []),  # whole words only
        ("A re-blocked site.", []),  # not after a hyphen
        # a gapped phrase is the more specific reading where a literal starts at the same place
        (
            "The app had been removed from local app stores.",
            [
                ("been removed from local app stores", "block"),
            ],
        ),
        ("The file had been removed from the server.", [("been removed from", "ban")]),
    ],
)
def test_default_lexicon_surfaces(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(default_lexicon(), text) == expected


def test_a_verb_and_a_noun_may_share_a_surface() -> None:
    lex = default_lexicon()
    m = next(lex.pattern().finditer("a ban"))
    forms = {row.form for row in lex.rows_for(m)}
    assert forms == {"verb", "noun"}


def test_gapped_rows_are_told_apart_by_where_they_match() -> None:
    """Gapped rows share one pattern without a group each; the row of a match is the first,
    in lexicon order, that matches at its place, even when a later one shares its first word."""
    lex = TriggerLexicon(
        [
            TriggerRow(dp.ActionKind.BAN, "fixed", "told ... to stop using"),
            TriggerRow(dp.ActionKind.WARN, "fixed", "told ... to avoid"),
            TriggerRow(dp.ActionKind.RESTRICT, "fixed", "told ... to avoid using"),
            TriggerRow(dp.ActionKind.BLOCK, "fixed", "told"),
        ]
    )
    assert lex.pattern().groups == 1  # only the literal forms have a group
    assert _found(lex, "Seoul told ministries to stop using it.") == [
        ("told ministries to stop using", "ban")
    ]
    # "to avoid using" fits both the second and the third row: the second comes first
    assert _found(lex, "Tokyo told staff to avoid using it.") == [("told staff to avoid", "warn")]
    assert _found(lex, "Tokyo TOLD staff TO AVOID it.") == [("TOLD staff TO AVOID", "warn")]
    assert _found(lex, "Canberra told reporters nothing.") == [("told", "block")]
    # the sentence's end bounds a gapped match, as extraction scans sentence by sentence
    text = "Paris told agencies to. Avoid it."
    [m] = lex.pattern().finditer(text, 0, text.index(".") + 1)
    assert lex.row_for(m).kind is dp.ActionKind.BLOCK
    [row] = lex.rows_for(next(lex.pattern().finditer("They told firms to avoid it.")))
    assert row.kind is dp.ActionKind.WARN


def test_user_additions_extend_a_private_lexicon_only() -> None:
    lex = TriggerLexicon(default_lexicon().rows())
    assert _found(lex, "Brazil geo-fenced the app.") == []
    lex.add("block", "geo-fenced")
    lex.add(dp.ActionKind.INVESTIGATE, "audit", form="verb")
    assert _found(lex, "Brazil geo-fenced the app.") == [("geo-fenced", "block")]
    assert _found(lex, "Chile is auditing it.") == [("auditing", "investigate")]
    assert _found(default_lexicon(), "Brazil geo-fenced the app.") == []
    assert len(lex) == len(default_lexicon()) + 2


def test_a_lexicon_extends_extraction() -> None:
    lex = TriggerLexicon(default_lexicon().rows())
    lex.add("block", "geo-fenced", object="ai")
    text = "Brazil and the app\n\nBrazil's data regulator geo-fenced DeepSeek on Monday."
    plain = dp.extract(text, published="2025-02-11")
    extended = dp.extract(text, published="2025-02-11", lexicon=lex)
    assert [a.kind for a in plain.actions] == []
    assert [a.kind for a in extended.actions] == [dp.ActionKind.BLOCK]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": dp.ActionKind.BAN, "form": "adverb", "phrase": "x"}, "form must be"),
        ({"kind": dp.ActionKind.BAN, "form": "verb", "phrase": "x", "object": "all"}, "object"),
        ({"kind": dp.ActionKind.BAN, "form": "verb", "phrase": "  "}, "empty"),
    ],
)
def test_bad_rows_are_lexicon_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        TriggerRow(**kwargs)  # type: ignore[arg-type]


def test_unknown_kind_is_a_clear_error() -> None:
    with pytest.raises(Exception, match="kind"):
        TriggerLexicon().add("outlaw", "outlawed")


def test_repr_counts_rows() -> None:
    assert repr(TriggerLexicon([TriggerRow(dp.ActionKind.BAN, "verb", "ban")])) == (
        "<TriggerLexicon with 1 rows>"
    )


# ---------------------------------------------------------------------------------------------
# matches(): the folded scan finds what the case-insensitive pattern finds
# ---------------------------------------------------------------------------------------------

_TRIGGER_WORDS = [
    "banned",
    "BANNED",
    "Blocked",
    "suspended",
    "ſuspended",  # long s: IGNORECASE reads it as "s"
    "prohİbited",  # dotted capital I: its lower case is two characters
    "prohıbited",  # dotless i
    "bloc\u212a",  # Kelvin sign, whose lower case is "k"
    "told",
    "staff",
    "to stop using",
    "urged caution",
    "restricts",
    "geo-blocked",
    "non-banned",
    "ban's",
    "in",
    "Σ",
    "ς",
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.one_of(st.sampled_from(_TRIGGER_WORDS), st.text(max_size=3)), max_size=20),
    data=st.data(),
)
def test_matches_equal_the_case_insensitive_scan(words: list[str], data: st.DataObject) -> None:
    lex = default_lexicon()
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [
        (m.span(), m.group(), m.lastgroup, m.endpos)
        for m in lex.pattern().finditer(text, start, end)
    ]
    found = lex.matches(text, start, end)
    assert [(m.span(), m.group(), m.lastgroup, m.endpos) for m in found] == expected


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.one_of(st.sampled_from(_TRIGGER_WORDS), st.text(max_size=3)), max_size=20),
    data=st.data(),
)
def test_match_at_equals_the_pattern_s_match(words: list[str], data: st.DataObject) -> None:
    # the match at one place, read without compiling the pattern (actions.py's _row_at)
    lex = default_lexicon()
    text = " ".join(words)
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.one_of(st.none(), st.integers(pos, len(text))))
    want = (
        lex.pattern().match(text, pos) if endpos is None else lex.pattern().match(text, pos, endpos)
    )
    got = lex._match_at(text, pos, endpos)
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert (got.span(), got.group(), got.lastgroup, got.endpos) == (
            want.span(),
            want.group(),
            want.lastgroup,
            want.endpos,
        )
        assert lex.rows_for(got) == lex.rows_for(want)


def test_matches_read_odd_letters_and_bounds_as_the_pattern_does() -> None:
    lex = default_lexicon()
    text = "Rome ſuspended it. Ankara prohİbited it; Oslo BLOCKED it."
    assert [m.group() for m in lex.matches(text)] == ["ſuspended", "prohİbited", "BLOCKED"]
    # the character before the slice still counts: "non-banned" holds no trigger at "banned"
    text = "a non-banned app"
    assert lex.matches(text, text.index("banned")) == []
    assert [m.group() for m in lex.matches(text, text.index("banned") - 1)] == []
    assert [m.group() for m in lex.matches("x banned", 2)] == ["banned"]
    assert lex.matches("banned", 4, 2) == []  # an empty range


def test_matches_of_a_lexicon_with_a_non_ascii_phrase() -> None:
    """A phrase outside ASCII turns the folded scan off; the results are the pattern's."""
    lex = TriggerLexicon(default_lexicon().rows())
    lex.add("ban", "verbot")
    lex.add("ban", "untersagt")
    lex.add("block", "gesperrt für Behörden")
    text = "Berlin hat DeepSeek GESPERRT FÜR BEHÖRDEN und banned it."
    assert [m.group() for m in lex.matches(text)] == ["GESPERRT FÜR BEHÖRDEN", "banned"]
