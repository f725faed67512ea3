"""Aggregation across a corpus: merge into events, timeline, counts, stance, export."""

from __future__ import annotations

import csv
import datetime as dt
import json
import pathlib
import random
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import deepseek_policy as dp
from deepseek_policy.aggregate import (
    COUNT_KEYS,
    STATUS_ORDER,
    Event,
    ReportedClaim,
    Source,
    count_by,
    merge,
    stance,
    timeline,
    to_csv,
    to_records,
)
from deepseek_policy.model import (
    Action,
    Actor,
    Claim,
    Date,
    Document,
    Extraction,
    Quantity,
    Span,
    Status,
)

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SHARED = ROOT.parent / "shared"

# ---------------------------------------------------------------------------------------------
# hand-built extractions
# ---------------------------------------------------------------------------------------------

ACTORS = {
    a.id: a
    for a in (
        Actor("kr-pipc", "Personal Information Protection Commission", "regulator", "KR", None,
              parent="kr"),
        Actor("kr", "South Korea", "country", "KR"),
        Actor("kr-motie", "Ministry of Trade, Industry and Energy", "government_agency", "KR",
              parent="kr"),
        Actor("kr-msit", "Ministry of Science and ICT", "government_agency", "KR", parent="kr"),
        Actor("it", "Italy", "country", "IT"),
        Actor("it-garante", "Garante per la protezione dei dati personali", "regulator", "IT",
              parent="it"),
        Actor("au", "Australia", "country", "AU"),
        Actor("tw", "Taiwan", "country", "TW"),
        Actor("us-tx", "Texas", "subnational_government", "US", "US-TX", parent="us"),
        Actor("cn-deepseek", "DeepSeek", "company", "CN"),
        Actor("p-stephanie-foster", "Stephanie Foster", "person", "AU", parent="au-home-affairs",
              role="Secretary of the Department of Home Affairs"),
        Actor("p-greg-abbott", "Greg Abbott", "person", "US", "US-TX", parent="us-tx",
              role="Governor"),
        Actor("us", "United States", "country", "US"),
    )
}  # fmt: skip


def act(
    actor: str,
    kind: str,
    date: str | None = None,
    targets: Sequence[str] = ("DeepSeek",),
    **extra: Any,
) -> dict[str, Any]:
    """The fields of one action, to be placed in a document by :func:`doc`."""
    return {"actor": actor, "kind": kind, "date": date, "targets": tuple(targets), **extra}


def doc(doc_id: str, *actions: dict[str, Any], published: str | None = "2025-02-20") -> Extraction:
    """An extraction whose text has one sentence per action; each action's evidence is it."""
    sentences = [f"{a['actor']} did {a['kind']} to {'/'.join(a['targets'])} ({i})." for i, a in
                 enumerate(actions)]  # fmt: skip
    text = " ".join(sentences)
    built: list[Action] = []
    pos = 0
    for sentence, a in zip(sentences, actions, strict=True):
        span = Span.of(text, pos, pos + len(sentence))
        pos += len(sentence) + 1
        fields = dict(a)
        date = fields.pop("date")
        built.append(
            Action(
                evidence=span,
                date=None if date is None else Date.parse(date),
                **fields,
            )
        )
    used = sorted({a.actor for a in built})
    return Extraction(
        Document(doc_id, text, title=f"Story {doc_id}", published=published, source="Wire"),
        [ACTORS[i] for i in used],
        built,
    )


def shape(events: Sequence[Event]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(actor, kind, document ids) of each event: a compact picture of a merge."""
    return [(e.actor, e.kind.value, tuple(sorted(e.documents))) for e in events]


# ---------------------------------------------------------------------------------------------
# the fixture corpus: our own articles, run through the real extractor
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> list[Extraction]:
    return [dp.extract(d) for d in dp.read_corpus(CORPUS)]


@pytest.fixture(scope="module")
def events(corpus: list[Extraction]) -> tuple[Event, ...]:
    return merge(corpus)


def one(events: Sequence[Event], actor: str, family: str = "restrictive") -> Event:
    found = [e for e in events if e.actor == actor and e.family.value == family]
    assert len(found) == 1, [(e.actor, e.kind.value, e.documents) for e in events]
    return found[0]


def test_fixture_corpus_has_eight_articles(corpus: list[Extraction]) -> None:
    assert len(corpus) == 8
    assert all(ex.document.published is not None for ex in corpus)
    assert all(ex.document.source for ex in corpus)


def test_pipc_suspension_keeps_both_dates(events: tuple[Event, ...]) -> None:
    e = one(events, "kr-pipc")
    assert e.kind.value == "suspend"
    assert e.corroboration == 2
    assert set(e.documents) == {"a1_seoul_regulator_halts_downloads", "a2_app_stores_pull_deepseek"}
    assert [d.value for d in e.dates] == ["2025-02-15", "2025-02-17"]
    assert (e.date, e.date_end) == (Date.parse("2025-02-15"), Date.parse("2025-02-17"))
    assert "app_store" in [s.value for s in e.scope]


def test_italian_block_has_three_sources(events: tuple[Event, ...]) -> None:
    e = one(events, "it-garante")
    assert e.kind.value == "block"
    assert e.country == "IT"
    assert sorted(e.documents) == [
        "a3_garante_orders_block",
        "a4_europe_and_australia",
        "a5_regulators_circle",
    ]
    # "last week" (2025-W05) contains 30 January: the event's date is the precise one
    assert e.date == Date.parse("2025-01-30")
    assert {d.value for d in e.dates} == {"2025-01-30", "2025-W05"}


@pytest.mark.parametrize(
    ("actor", "documents"),
    [
        ("au", {"a4_europe_and_australia", "a6_beijing_responds"}),
        ("tw", {"a6_beijing_responds", "a7_korean_ministries"}),
    ],
)
def test_government_device_bans(events: tuple[Event, ...], actor: str, documents: set[str]) -> None:
    e = one(events, actor)
    assert e.kind.value == "ban"
    assert set(e.documents) == documents
    assert [s.value for s in e.scope] == ["government_devices"]


def test_industry_ministry_under_three_names(events: tuple[Event, ...]) -> None:
    e = one(events, "kr-motie")
    assert e.corroboration == 3
    assert set(e.documents) == {
        "a2_app_stores_pull_deepseek",
        "a7_korean_ministries",
        "a8_seoul_agencies",
    }
    names = set(e.aliases)
    assert "Ministry of Trade, Industry and Energy" in names
    assert any("industry ministry" in n.lower() for n in names)
    assert any("Economy, Trade, and Industry" in n for n in names)
    # three ways of dating it: "earlier this month", "Thursday", "last week"
    assert e.date == Date.parse("2025-02-06")
    assert len({s.date for s in e.sources}) == 3


def test_chinese_protest_has_two_sources(events: tuple[Event, ...]) -> None:
    e = one(events, "cn-mfa", "other")
    assert e.kind.value == "oppose"
    assert set(e.documents) == {"a6_beijing_responds", "a8_seoul_agencies"}


def test_no_actor_under_two_ids(events: tuple[Event, ...]) -> None:
    ids_by_name: dict[str, set[str]] = {}
    for e in events:
        for s in e.sources:
            ids_by_name.setdefault(s.actor.name, set()).add(s.actor.id)
        assert e.actor_ids == (e.actor,)
    assert all(len(ids) == 1 for ids in ids_by_name.values()), ids_by_name
    keys = [(e.actor, e.family, e.kind) for e in events]
    assert len(keys) == len(set(keys))


def test_fixture_events_are_sorted_and_json_ready(events: tuple[Event, ...]) -> None:
    dated = [e for e in events if e.date is not None]
    assert [e.date.sort_key for e in dated if e.date] == sorted(
        e.date.sort_key for e in dated if e.date
    )
    assert events[-1].date is None  # undated last
    payload = json.loads(json.dumps([e.to_dict() for e in events]))
    assert [Event.from_dict(d) for d in payload] == list(events)


def test_fixture_merge_is_order_independent(corpus: list[Extraction]) -> None:
    expected = merge(corpus)
    for seed in range(5):
        shuffled = list(corpus)
        random.Random(seed).shuffle(shuffled)
        halves = merge(shuffled[:3]), merge(shuffled[3:])
        assert merge(shuffled) == expected
        assert merge([*halves[0], *halves[1]]) == expected


# ---------------------------------------------------------------------------------------------
# merge rules on hand-built extractions
# ---------------------------------------------------------------------------------------------


def test_same_day_reports_merge() -> None:
    events = merge(
        [doc("a", act("au", "ban", "2025-02-04")), doc("b", act("au", "ban", "2025-02-04"))]
    )
    assert shape(events) == [("au", "ban", ("a", "b"))]
    assert events[0].corroboration == 2


@pytest.mark.parametrize(
    ("first", "second", "date", "date_end"),
    [
        # a coarse date that contains a finer one is set aside for the event's date
        ("2025-02", "2025-02-15", "2025-02-15", "2025-02-15"),  # a month contains the day
        ("2025-W07", "2025-02-15", "2025-02-15", "2025-02-15"),  # an ISO week contains it
        ("2025", "2025-02-15", "2025-02-15", "2025-02-15"),  # a year contains it
        ("2025-02-10", "2025-02-15", "2025-02-10", "2025-02-15"),  # five days apart
        ("2025-01", "2025-02-03", "2025-01", "2025-02-03"),  # the end of January is near
    ],
)
def test_precision_aware_dates_merge(first: str, second: str, date: str, date_end: str) -> None:
    events = merge([doc("a", act("kr-pipc", "suspend", first)),
                    doc("b", act("kr-pipc", "suspend", second))])  # fmt: skip
    assert shape(events) == [("kr-pipc", "suspend", ("a", "b"))]
    assert (events[0].date, events[0].date_end) == (Date.parse(date), Date.parse(date_end))
    assert {d.value for d in events[0].dates} == {first, second}


def test_tolerance_decides() -> None:
    items = [doc("a", act("au", "ban", "2025-02-01")), doc("b", act("au", "ban", "2025-02-12"))]
    assert len(merge(items)) == 2
    assert len(merge(items, tolerance=dt.timedelta(days=14))) == 1
    assert len(merge([doc("c", act("au", "ban", "2025-02-01")),
                      doc("d", act("au", "ban", "2025-02-02"))],
                     tolerance=dt.timedelta(0))) == 2  # fmt: skip
    with pytest.raises(ValueError, match="tolerance"):
        merge(items, tolerance=dt.timedelta(days=-1))


def test_months_apart_stay_apart() -> None:
    events = merge([doc("a", act("it-garante", "block", "2023-03-31")),
                    doc("b", act("it-garante", "block", "2025-01-30"))])  # fmt: skip
    assert len(events) == 2


def test_different_kinds_merge_when_dates_agree() -> None:
    events = merge([doc("a", act("it-garante", "block", "2025-01-30")),
                    doc("b", act("it-garante", "ban", "2025-01-31"))])  # fmt: skip
    assert len(events) == 1
    assert {k.value for k in events[0].kinds} == {"block", "ban"}


def test_different_kinds_stay_apart_when_dates_disagree() -> None:
    events = merge([doc("a", act("kr-pipc", "suspend", "2025-02-15")),
                    doc("b", act("kr-pipc", "ban", "2025-04-01"))])  # fmt: skip
    assert len(events) == 2


def test_undated_joins_dated_event_of_same_kind() -> None:
    events = merge([doc("a", act("au", "ban", "2025-02-04")), doc("b", act("au", "ban"))])
    assert shape(events) == [("au", "ban", ("a", "b"))]
    assert [str(s.date) for s in events[0].sources] == ["2025-02-04", "None"]


def test_undated_same_kind_joins_nearest_event_by_publication() -> None:
    events = merge([
        doc("jan", act("au", "ban", "2025-01-10")),
        doc("mar", act("au", "ban", "2025-03-10")),
        doc("undated", act("au", "ban"), published="2025-03-12"),
    ])  # fmt: skip
    assert shape(events) == [("au", "ban", ("jan",)), ("au", "ban", ("mar", "undated"))]


def test_undated_other_kind_sole_rule() -> None:
    items = [
        doc("a", act("kr-motie", "restrict", "2025-02-06")),
        doc("b", act("kr-motie", "block")),
    ]
    assert shape(merge(items)) == [("kr-motie", "restrict", ("a", "b"))]
    # the strict rule: an undated action merges only with the same kind
    assert len(merge(items, undated="same_kind")) == 2
    with pytest.raises(ValueError, match="undated"):
        merge(items, undated="sometimes")  # type: ignore[arg-type]


def test_undated_reports_of_different_kinds_merge_when_nothing_is_dated() -> None:
    items = [doc("a", act("kr-motie", "restrict")), doc("b", act("kr-motie", "block")),
             doc("c", act("kr-motie", "restrict"))]  # fmt: skip
    (event,) = merge(items)
    assert event.kind.value == "restrict"  # reported by more documents
    assert [k.value for k in event.kinds] == ["restrict", "block"]
    assert len(merge(items, undated="same_kind")) == 2


def test_undated_other_kind_stays_when_ambiguous() -> None:
    items = [
        doc("a", act("kr-pipc", "suspend", "2025-02-15")),
        doc("b", act("kr-pipc", "ban", "2025-05-01")),
        doc("c", act("kr-pipc", "block")),
    ]
    assert sorted(shape(merge(items))) == [
        ("kr-pipc", "ban", ("b",)),
        ("kr-pipc", "block", ("c",)),
        ("kr-pipc", "suspend", ("a",)),
    ]


def test_different_targets_do_not_merge() -> None:
    items = [doc("a", act("us-tx", "ban", "2025-01-31", ["DeepSeek"])),
             doc("b", act("us-tx", "ban", "2025-01-31", ["TikTok"]))]  # fmt: skip
    assert len(merge(items)) == 2
    # a category target ("generative AI") or none at all does not keep actions apart
    (event,) = merge([items[0], doc("c", act("us-tx", "ban", "2025-01-31", ["generative AI"]))])
    assert event.targets == ("DeepSeek", "generative AI")
    assert len(merge([items[0], doc("d", act("us-tx", "ban", "2025-01-31", []))])) == 1


def test_a_generic_target_does_not_bridge_two_named_ones() -> None:
    items = [
        doc("a", act("us-tx", "ban", "2025-01-31", ["DeepSeek"])),
        doc("b", act("us-tx", "ban", "2025-01-31", ["TikTok"])),
        doc("c", act("us-tx", "ban", "2025-01-31", ["AI apps"])),
        doc("d", act("us-tx", "ban", None, ["chatbots"])),
    ]
    events = merge(items)
    assert len(events) == 2
    assert sorted(len(e.sources) for e in events) == [1, 3]


def test_a_coarse_date_does_not_bridge_two_events() -> None:
    items = [
        doc("a", act("au", "ban", "2025-02-04")),
        doc("b", act("au", "ban", "2025-11-20")),
        doc("c", act("au", "ban", "2025")),  # overlaps both; joins one
    ]
    events = merge(items)
    assert len(events) == 2
    assert sorted(len(e.sources) for e in events) == [1, 2]


def test_families_never_merge() -> None:
    events = merge([doc("a", act("kr-pipc", "suspend", "2025-02-15"),
                        act("kr-pipc", "lift", "2025-02-15"),
                        act("kr-pipc", "investigate", "2025-02-15"))])  # fmt: skip
    assert sorted(e.family.value for e in events) == ["restrictive", "scrutiny", "supportive"]


def test_different_actors_never_merge() -> None:
    events = merge([doc("a", act("au", "ban", "2025-02-04"), act("tw", "ban", "2025-02-04"))])
    assert [e.actor for e in events] == ["au", "tw"]


def test_country_folds_into_its_one_body() -> None:
    items = [doc("a", act("it-garante", "block", "2025-01-30")),
             doc("b", act("it", "block")), doc("c", act("it", "restrict"))]  # fmt: skip
    (event,) = merge(items)
    assert event.actor == "it-garante"
    assert event.actor_ids == ("it-garante", "it")
    assert event.corroboration == 3
    assert len(merge(items, fold_countries=False)) == 2
    # the country still has a stance through the folded event
    assert stance([event], "it").restrictive == 1


def test_country_does_not_fold_when_several_bodies_fit() -> None:
    items = [
        doc("a", act("kr-pipc", "suspend", "2025-02-15")),
        doc("b", act("kr-motie", "restrict", "2025-02-12")),
        doc("c", act("kr", "block", "2025-02-14")),
    ]
    assert sorted(e.actor for e in merge(items)) == ["kr", "kr-motie", "kr-pipc"]


def test_country_does_not_fold_across_dates_or_into_other_countries() -> None:
    items = [
        doc("a", act("kr-pipc", "suspend", "2025-02-15")),
        doc("b", act("kr", "block", "2025-06-01")),
        doc("c", act("it", "block")),
    ]
    assert sorted(e.actor for e in merge(items)) == ["it", "kr", "kr-pipc"]


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["considered", "done"], "done"),
        (["planned", "proposed"], "planned"),
        (["considered", "proposed"], "proposed"),
        (["considered"], "considered"),
    ],
)
def test_status_is_the_most_advanced(statuses: list[str], expected: str) -> None:
    items = [doc(f"d{i}", act("kr", "ban", status=s)) for i, s in enumerate(statuses)]
    (event,) = merge(items)
    assert event.status.value == expected
    assert [s.value for s in STATUS_ORDER] == ["done", "planned", "proposed", "considered"]


@pytest.mark.parametrize(
    ("values", "expected"),
    [([None, True], True), ([False, None], False), ([False, True], True), ([None, None], None)],
)
def test_temporary_union(values: list[bool | None], expected: bool | None) -> None:
    items = [doc(f"d{i}", act("kr-pipc", "suspend", temporary=v)) for i, v in enumerate(values)]
    assert merge(items)[0].temporary is expected


def test_unions_of_scope_reasons_targets() -> None:
    (event,) = merge([
        doc("a", act("au", "ban", "2025-02-04", ["DeepSeek"], scope=["government_devices"],
                     reasons=["national_security"])),
        doc("b", act("au", "ban", "2025-02-05", ["DeepSeek", "R1"], scope=["work_use"],
                     reasons=["security", "national_security"])),
    ])  # fmt: skip
    assert [s.value for s in event.scope] == ["government_devices", "work_use"]
    assert [r.value for r in event.reasons] == ["security", "national_security"]  # taxonomy order
    assert event.targets == ("DeepSeek", "R1")


def test_a_source_given_twice_counts_once() -> None:
    a = doc("a", act("au", "ban", "2025-02-04"))
    b = doc("b", act("au", "ban", "2025-02-04"))
    assert merge([a, a, b]) == merge([a, b])
    assert merge([*merge([a, b]), a]) == merge([a, b])
    assert merge(merge([a, b])) == merge([a, b])  # idempotent


def test_two_actions_of_one_document_merge_but_count_once() -> None:
    (event,) = merge([doc("a", act("kr-pipc", "suspend", "2025-02-15"),
                          act("kr-pipc", "suspend", "2025-02-15"))])  # fmt: skip
    assert len(event.sources) == 2
    assert event.corroboration == 1


def test_event_ids_are_reproducible() -> None:
    items = [doc("a", act("kr-pipc", "suspend", "2025-02-15")),
             doc("b", act("kr-pipc", "suspend", "2025-02-17"))]  # fmt: skip
    (event,) = merge(items)
    assert event.id.startswith("kr-pipc:restrictive:2025-02-15:")
    assert merge(list(reversed(items)))[0].id == event.id
    # two events of one actor, family and date (different targets) get different ids
    twins = merge([doc("c", act("us-tx", "ban", "2025-01-31", ["DeepSeek"])),
                   doc("d", act("us-tx", "ban", "2025-01-31", ["TikTok"]))])  # fmt: skip
    assert len({e.id for e in twins}) == 2


def test_event_round_trip_and_sources() -> None:
    (event,) = merge([doc("a", act("kr-pipc", "suspend", "2025-02-15", temporary=True,
                                   scope=["app_store"], reasons=["privacy"]))])  # fmt: skip
    data = json.loads(json.dumps(event.to_dict()))
    assert data["corroboration"] == 1
    assert data["documents"] == ["a"]
    assert data["sources"][0]["actor"]["id"] == "kr-pipc"
    assert data["sources"][0]["evidence"]["text"].startswith("kr-pipc did suspend")
    assert Event.from_dict(data) == event
    (source,) = event.sources
    assert Source.from_dict(source.to_dict()) == source
    assert source.action.kind.value == "suspend"
    with pytest.raises(dp.SchemaError, match=r"event\.sources"):
        Event.from_dict({k: v for k, v in data.items() if k != "sources"})


def test_merge_accepts_one_extraction_and_rejects_other_things() -> None:
    a = doc("a", act("au", "ban"))
    assert merge(a) == merge([a])
    with pytest.raises(TypeError, match="merge takes"):
        merge([a.actions[0]])  # type: ignore[list-item]


def test_merge_of_nothing() -> None:
    assert merge([]) == ()
    assert merge([doc("empty")]) == ()


# ---------------------------------------------------------------------------------------------
# associativity and commutativity: any grouping, any order, the same events
# ---------------------------------------------------------------------------------------------

_ACTORS = ["kr-pipc", "kr", "kr-motie", "it", "it-garante", "cn-deepseek"]
_KINDS = ["ban", "block", "restrict", "suspend", "investigate", "warn", "adopt", "lift", "oppose"]
_DATES = [None, None, "2025-02-01", "2025-02-04", "2025-02-12", "2025-02-20", "2025-03-30",
          "2025-W06", "2025-W08", "2025-02", "2025-03", "2025"]  # fmt: skip
_TARGETS = [("DeepSeek",), ("DeepSeek",), ("TikTok",), ("generative AI",), (), ("DeepSeek", "R1")]

action_st = st.builds(
    act,
    st.sampled_from(_ACTORS),
    st.sampled_from(_KINDS),
    st.sampled_from(_DATES),
    st.sampled_from(_TARGETS),
    status=st.sampled_from(["done", "planned", "considered"]),
)


@st.composite
def corpora(draw: st.DrawFn) -> list[Extraction]:
    n = draw(st.integers(1, 9))
    out = []
    for i in range(n):
        actions = draw(st.lists(action_st, min_size=1, max_size=3))
        published = draw(st.sampled_from(["2025-02-05", "2025-02-18", "2025-04-01", None]))
        out.append(doc(f"d{i}", *actions, published=published))
    return out


@settings(max_examples=150, deadline=None)
@given(corpora(), st.data())
def test_merge_is_associative_and_commutative(items: list[Extraction], data: st.DataObject) -> None:
    flat = merge(items)
    order = data.draw(st.permutations(items))
    i = data.draw(st.integers(0, len(items)))
    j = data.draw(st.integers(i, len(items)))
    a, b, c = order[:i], order[i:j], order[j:]
    assert merge(order) == flat
    assert merge([*merge([*a, *b]), *c]) == flat  # merge(merge(a, b), c)
    assert merge([*a, *merge([*b, *c])]) == flat  # merge(a, merge(b, c))
    assert merge([*merge(a), *merge(b), *merge(c)]) == flat  # a tree of partial results
    # every action is in exactly one event
    assert sum(len(e.sources) for e in flat) == sum(len(x.actions) for x in items)


@settings(max_examples=60, deadline=None)
@given(corpora())
def test_merged_events_round_trip(items: list[Extraction]) -> None:
    events = merge(items)
    assert tuple(Event.from_dict(json.loads(json.dumps(e.to_dict()))) for e in events) == events
    for e in events:
        assert e.kind in e.kinds
        assert {s.kind.family for s in e.sources} == {e.family}
        assert e.status == min((s.status for s in e.sources), key=STATUS_ORDER.index)


def test_tree_reduction_with_dask_bag_if_installed() -> None:
    db = pytest.importorskip("dask.bag")
    items = [dp.extract(d) for d in dp.read_corpus(CORPUS)]
    bag = db.from_sequence(items, npartitions=3)
    reduced = bag.reduction(
        lambda part: merge(list(part)),
        lambda parts: merge([e for p in parts for e in p]),
    ).compute(scheduler="sync")
    assert reduced == merge(items)


# ---------------------------------------------------------------------------------------------
# timeline, count_by, stance
# ---------------------------------------------------------------------------------------------


def test_timeline_of_extractions_gives_sources_in_date_order(corpus: list[Extraction]) -> None:
    rows = timeline(corpus)
    assert all(isinstance(r, Source) for r in rows)
    assert len(rows) == sum(len(ex.actions) for ex in corpus)
    dated = [r.date for r in rows if r.date is not None]
    assert [d.sort_key for d in dated] == sorted(d.sort_key for d in dated)
    first_undated = next(i for i, r in enumerate(rows) if r.date is None)
    assert all(r.date is None for r in rows[first_undated:])
    assert rows[0].document_id == "a4_europe_and_australia"  # "last week": 2025-W05, 27 Jan
    assert rows[0].actor.name.startswith("Garante")


def test_timeline_is_stable_and_keeps_types() -> None:
    span = Span.of("x", 0, 1)
    actions = [
        Action("a", "ban", span),
        Action("b", "ban", span, date=Date.parse("2025-02-03")),
        Action("c", "ban", span),
        Action("d", "ban", span, date=Date.parse("2025-02")),
        Action("e", "ban", span, date=Date.parse("2025-02-01")),
    ]
    assert [a.actor for a in timeline(actions)] == ["e", "d", "b", "a", "c"]
    events = merge([doc("x", act("au", "ban")), doc("y", act("tw", "ban", "2025-02-03"))])
    assert [e.actor for e in timeline(reversed(events))] == ["tw", "au"]
    with pytest.raises(TypeError, match="expected Events"):
        timeline(["not a record"])  # type: ignore[list-item]


def test_count_by_country_and_kind(events: tuple[Event, ...]) -> None:
    assert count_by(events, "country") == {"KR": 3, "AU": 1, "CN": 1, "IE": 1, "IT": 1, "TW": 1}
    assert count_by(events, "family") == {"restrictive": 6, "other": 1, "scrutiny": 1}
    assert count_by(events, "kind")["restrict"] == 2
    kinds = count_by(events, "actor_kind")
    assert list(kinds.items()) == [("government_agency", 3), ("regulator", 3), ("country", 2)]
    assert next(iter(count_by(events, "month"))) == "2025-02"
    assert count_by(events, "year") == {"2025": 7, None: 1}
    assert count_by(events, "status") == {"done": 8}


def test_count_by_is_sorted_by_count_then_key() -> None:
    items = [doc("a", act("au", "ban", "2025-02-04"), act("tw", "ban", "2025-02-03"),
                  act("it", "block", "2025-01-30"), act("kr", "warn"))]  # fmt: skip
    counts = count_by(items, "kind")
    assert list(counts.items()) == [("ban", 2), ("block", 1), ("warn", 1)]
    assert list(count_by(items, "month")) == ["2025-02", "2025-01", None]


def test_count_by_multi_valued_and_several_keys() -> None:
    items = [doc("a", act("au", "ban", scope=["government_devices", "work_use"],
                          reasons=["security"]),
                  act("tw", "ban", scope=["government_devices"]), act("kr", "adopt"))]  # fmt: skip
    assert count_by(items, "scope") == {"government_devices": 2, None: 1, "work_use": 1}
    assert count_by(items, "reason") == {None: 2, "security": 1}
    assert count_by(items, "country", "scope") == {
        ("AU", "government_devices"): 1,
        ("AU", "work_use"): 1,
        ("KR", None): 1,
        ("TW", "government_devices"): 1,
    }
    assert count_by(items, "actor", "family")[("kr", "supportive")] == 1


def test_count_by_rejects_bad_keys_and_bare_actions_without_actor_details() -> None:
    actions = [Action("au", "ban", Span.of("x", 0, 1))]
    assert count_by(actions, "actor") == {"au": 1}
    with pytest.raises(ValueError, match="pass Extractions"):
        count_by(actions, "country")
    with pytest.raises(ValueError, match="unknown key 'sector'"):
        count_by(actions, "sector")
    with pytest.raises(ValueError, match="at least one key"):
        count_by(actions)
    assert set(COUNT_KEYS) >= {"country", "actor_kind", "kind", "scope", "reason", "month"}


def test_stance_counts_families() -> None:
    items = [
        doc("a", act("kr", "ban", "2025-02-01"), act("kr", "adopt"), act("kr", "warn")),
        doc("b", act("kr", "restrict", "2025-03-20"), act("kr", "invest"), act("au", "ban")),
    ]
    s = stance(items, "kr")
    assert (s.restrictive, s.supportive, s.scrutiny, s.other) == (2, 1, 1, 1)
    assert s.score == 1
    assert s.label == "restrictive"
    assert len(s.records) == 5
    assert s.records[0].date == Date.parse("2025-02-01")
    events = stance(merge(items), "kr")
    assert (events.restrictive, events.supportive, events.score) == (2, 1, 1)
    assert stance(items, "nobody").label == "neutral"
    lifted = stance([doc("c", act("kr-pipc", "suspend"), act("kr-pipc", "lift"),
                         act("kr-pipc", "adopt"))], "kr-pipc")  # fmt: skip
    assert (lifted.score, lifted.label) == (-1, "supportive")


# ---------------------------------------------------------------------------------------------
# to_records, to_csv
# ---------------------------------------------------------------------------------------------


def test_to_records_of_events(events: tuple[Event, ...]) -> None:
    rows = to_records(events)
    assert len(rows) == len(events)
    pipc = next(r for r in rows if r["actor"] == "kr-pipc")
    assert pipc["date"] == "2025-02-15"
    assert pipc["date_end"] == "2025-02-17"
    assert pipc["corroboration"] == 2
    assert pipc["documents"] == "a1_seoul_regulator_halts_downloads|a2_app_stores_pull_deepseek"
    for row in rows:
        assert all(isinstance(v, (str, int, bool)) or v is None for v in row.values())
    listed = to_records(events, sep=None)
    assert listed[0]["documents"] == list(events[0].documents)


def test_to_records_of_extractions_actions_and_claims(corpus: list[Extraction]) -> None:
    rows = to_records(corpus)
    assert len(rows) == sum(len(ex.actions) for ex in corpus)
    assert {"document_id", "actor_name", "country", "evidence"} <= set(rows[0])
    bare = to_records([corpus[0].actions[0]])
    assert "document_id" not in bare[0]
    assert bare[0]["actor"] == corpus[0].actions[0].actor
    text = "DeepSeek said it spent under $6 million."
    q = Quantity("money", 6e6, "USD", Span.of(text, 24, 39), bound="under")
    claim = Claim("cn-deepseek", "it spent under $6 million", "said", Span.of(text, 0, len(text)),
                  quantities=[q])  # fmt: skip
    ex = Extraction(Document("c", text, published="2025-02-06"), [ACTORS["cn-deepseek"]],
                    claims=[claim])  # fmt: skip
    (row,) = to_records(ReportedClaim.from_extraction(ex))
    assert row["speaker_name"] == "DeepSeek"
    assert row["quantities"] == "under 6000000 USD"
    assert to_records([claim])[0]["speaker"] == "cn-deepseek"
    with pytest.raises(TypeError):
        to_records(["text"])  # type: ignore[list-item]


def test_to_csv_round_trip(tmp_path: pathlib.Path, events: tuple[Event, ...]) -> None:
    path = tmp_path / "events.csv"
    assert to_csv(events, path) == len(events)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == [e.id for e in events]
    pipc = next(r for r in rows if r["actor"] == "kr-pipc")
    event = next(e for e in events if e.actor == "kr-pipc")
    assert pipc["documents"].split("|") == list(event.documents)
    assert pipc["temporary"] in ("", "True", "False")


def test_to_csv_of_actions_and_claims(tmp_path: pathlib.Path, corpus: list[Extraction]) -> None:
    path = tmp_path / "actions.csv"
    n = to_csv(corpus, str(path))
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == n == sum(len(ex.actions) for ex in corpus)
    assert rows[0]["evidence"]
    claims = [rc for ex in corpus for rc in ReportedClaim.from_extraction(ex)]
    claims_path = tmp_path / "claims.csv"
    assert to_csv(claims, claims_path) == len(claims)
    header = claims_path.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("document_id,title,published,outlet,speaker,speaker_name")


def test_to_csv_with_nothing(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "none.csv"
    assert to_csv([], path) == 0
    assert path.read_text(encoding="utf-8") == "\n"


# ---------------------------------------------------------------------------------------------
# the five seed articles and their gold (../shared), when present
# ---------------------------------------------------------------------------------------------

SEEDS = SHARED / "corpus" / "seeds"
SEED_GOLD = SHARED / "gold" / "seeds"


@pytest.fixture(scope="module")
def seed_events() -> tuple[Event, ...]:
    items = []
    for gold in sorted(SEED_GOLD.glob("*.json")):
        published = json.loads(gold.read_text(encoding="utf-8"))["document"]["published"]
        doc_ = dp.read_article(SEEDS / f"{gold.stem}.txt", published=published)
        items.append(dp.extract(doc_))
    return merge(items)


def seed_event(events: Sequence[Event], actor_ids: set[str], family: str) -> Event:
    found = [e for e in events if e.family.value == family and set(e.actor_ids) & actor_ids]
    assert len(found) == 1, [(e.actor, e.kind.value, e.documents) for e in found]
    return found[0]


def stems(e: Event) -> set[str]:
    return {d[:3] for d in e.documents}


pytestmark_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared is not here")


@pytestmark_seeds
def test_seed_pipc_suspension(seed_events: tuple[Event, ...]) -> None:
    e = seed_event(seed_events, {"kr-pipc"}, "restrictive")
    assert stems(e) == {"000", "003"}
    assert {"2025-02-15", "2025-02-17"} <= {d.value for d in e.dates}


@pytestmark_seeds
def test_seed_italian_block(seed_events: tuple[Event, ...]) -> None:
    e = seed_event(seed_events, {"it", "it-garante"}, "restrictive")
    assert stems(e) >= {"001", "002", "003"}


@pytestmark_seeds
@pytest.mark.parametrize("actor", ["au", "tw"])
def test_seed_government_device_bans(seed_events: tuple[Event, ...], actor: str) -> None:
    e = seed_event(seed_events, {actor}, "restrictive")
    assert e.kind.value == "ban"
    assert stems(e) >= {"001", "002"}


@pytestmark_seeds
def test_seed_industry_ministry(seed_events: tuple[Event, ...]) -> None:
    e = seed_event(seed_events, {"kr-motie"}, "restrictive")
    assert stems(e) == {"001", "002", "003"}
    assert e.actor_ids == ("kr-motie",)


@pytestmark_seeds
def test_seed_chinese_protest(seed_events: tuple[Event, ...]) -> None:
    e = seed_event(seed_events, {"cn", "cn-mfa"}, "other")
    assert stems(e) == {"003", "004"}


@pytestmark_seeds
def test_seed_no_actor_under_two_ids(seed_events: tuple[Event, ...]) -> None:
    # two countries' foreign ministries share a name; one body must not have two ids
    ids_by_name: dict[tuple[str, str | None], set[str]] = {}
    for e in seed_events:
        for s in e.sources:
            ids_by_name.setdefault((s.actor.name, s.actor.country), set()).add(s.actor.id)
    assert {n: ids for n, ids in ids_by_name.items() if len(ids) > 1} == {}
    for e in seed_events:  # a body's event holds at most its own country besides itself
        assert len(e.actor_ids) <= 2


def test_status_enum_covered() -> None:
    assert set(STATUS_ORDER) == set(Status)


def test_a_national_official_folds_into_the_country() -> None:
    # one report names the secretary who signed the order, another the country
    events = merge(
        [
            doc("wire", act("p-stephanie-foster", "ban", "2025-02-04")),
            doc("brief", act("au", "ban", "2025-02-04")),
        ]
    )
    assert [(e.actor, e.documents) for e in events] == [("au", ("brief", "wire"))]


def test_a_regional_official_does_not_fold_into_the_country() -> None:
    events = merge(
        [
            doc("a", act("p-greg-abbott", "ban", "2025-01-28")),
            doc("b", act("us", "ban", "2025-01-28")),
        ]
    )
    assert sorted(e.actor for e in events) == ["p-greg-abbott", "us"]
