"""The data model: enums against SCHEMA.md, record validation, and the JSON round trip."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deepseek_policy.errors import DeepSeekPolicyError, SchemaError
from deepseek_policy.model import (
    Action,
    ActionKind,
    Actor,
    ActorKind,
    Bound,
    Claim,
    Date,
    DatePrecision,
    Document,
    Extraction,
    Family,
    Quantity,
    QuantityKind,
    Reason,
    Scope,
    Span,
    Status,
)

D = dt.date

# ---------------------------------------------------------------------------------------------
# enums: exactly the schema's strings
# ---------------------------------------------------------------------------------------------

SCHEMA_VALUES: list[tuple[type[Any], set[str]]] = [
    (
        ActorKind,
        {
            "country",
            "subnational_government",
            "government_agency",
            "regulator",
            "legislature",
            "state_enterprise",
            "company",
            "person",
            "organization",
            "international",
        },
    ),
    (
        ActionKind,
        {
            "ban",
            "block",
            "restrict",
            "suspend",
            "investigate",
            "request_information",
            "warn",
            "adopt",
            "integrate",
            "partner",
            "lift",
            "invest",
            "release",
            "call_for",
            "oppose",
        },
    ),
    (Family, {"restrictive", "scrutiny", "supportive", "other"}),
    (Status, {"done", "planned", "considered", "proposed"}),
    (
        Scope,
        {
            "government_devices",
            "work_use",
            "app_store",
            "nationwide",
            "public_services",
            "critical_infrastructure",
        },
    ),
    (
        Reason,
        {
            "privacy",
            "data_sovereignty",
            "security",
            "national_security",
            "cost",
            "efficiency",
            "competition",
            "censorship",
        },
    ),
    (QuantityKind, {"money", "percent", "duration", "count"}),
    (Bound, {"exact", "approx", "under", "over"}),
    (DatePrecision, {"day", "week", "month", "year"}),
]


def _name(x: object) -> str:
    return getattr(x, "__name__", str(x))


@pytest.mark.parametrize(("enum", "values"), SCHEMA_VALUES, ids=_name)
def test_enum_values_are_exactly_the_schema_strings(enum: type[Any], values: set[str]) -> None:
    assert {m.value for m in enum} == values


ENUM_MEMBERS = [(enum, value) for enum, values in SCHEMA_VALUES for value in sorted(values)]


@pytest.mark.parametrize(("enum", "value"), ENUM_MEMBERS, ids=_name)
def test_each_enum_member_round_trips_through_its_string(enum: type[Any], value: str) -> None:
    member = enum(value)
    assert member.value == value
    assert str(member) == value
    assert member == value  # a str enum compares equal to its schema string
    assert enum.coerce(value) is member
    assert enum.coerce(member) is member
    assert json.dumps(member) == json.dumps(value)


@pytest.mark.parametrize("enum", [e for e, _ in SCHEMA_VALUES], ids=_name)
def test_coerce_rejects_unknown_values_naming_the_field(enum: type[Any]) -> None:
    with pytest.raises(SchemaError) as info:
        enum.coerce("no-such-value", "somewhere")
    assert info.value.field == "somewhere"
    assert "no-such-value" in info.value.message


FAMILIES = [
    ("ban", "restrictive"),
    ("block", "restrictive"),
    ("restrict", "restrictive"),
    ("suspend", "restrictive"),
    ("investigate", "scrutiny"),
    ("request_information", "scrutiny"),
    ("warn", "scrutiny"),
    ("adopt", "supportive"),
    ("integrate", "supportive"),
    ("partner", "supportive"),
    ("lift", "supportive"),
    ("invest", "other"),
    ("release", "other"),
    ("call_for", "other"),
    ("oppose", "other"),
]


def test_families_table_covers_every_kind() -> None:
    assert {k for k, _ in FAMILIES} == {k.value for k in ActionKind}


@pytest.mark.parametrize(("kind", "family"), FAMILIES)
def test_action_kind_family(kind: str, family: str) -> None:
    assert ActionKind(kind).family is Family(family)


# ---------------------------------------------------------------------------------------------
# Span
# ---------------------------------------------------------------------------------------------


def test_span_basics() -> None:
    span = Span(3, 8, "abcde")
    assert len(span) == 5
    assert span.to_dict() == {"start": 3, "end": 8, "text": "abcde"}
    assert Span.from_dict(span.to_dict()) == span
    assert Span(0, 0, "") == Span.of("anything", 0, 0)


def test_span_of_slices_the_text() -> None:
    text = "Italy blocked DeepSeek."
    span = Span.of(text, 14, 22)
    assert span == Span(14, 22, "DeepSeek")
    assert Span.of(text, 0, len(text)).text == text


def test_span_of_shares_the_source_instead_of_copying() -> None:
    text = "Italy blocked DeepSeek. " * 4_000  # about 100 KB
    span = Span.of(text, 24, 30)
    assert span.cut_from(text)
    assert not span.cut_from("Italy blocked DeepSeek. " * 4_000)  # equal, not the same string
    assert not Span(24, 30, "Italy ").cut_from(text)
    assert Span(0, len(text), text).cut_from(text)  # its own text is the whole source
    # equal to the span made from its own text, in sets and dicts too
    own = Span(24, 30, "Italy ")
    assert span == own
    assert hash(span) == hash(own)
    assert len({span, own}) == 1
    assert span != Span(24, 30, "Spain ")
    assert repr(span) == "Span(start=24, end=30, text='Italy ')"
    # a copy or a pickle carries the span's own six characters, not the 100 KB it was cut from
    assert len(pickle.dumps(span)) < 200
    assert pickle.loads(pickle.dumps(span)) == span
    assert copy.deepcopy(span) == span


@given(st.text(max_size=60), st.data())
def test_span_of_equals_the_span_of_its_slice(text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    cut, own = Span.of(text, a, b), Span(a, b, text[a:b])
    assert cut.text == own.text == text[a:b]
    assert cut == own
    assert hash(cut) == hash(own)
    assert Span.from_dict(cut.to_dict()) == cut
    assert not cut < own
    assert cut <= own
    assert cut >= own


@pytest.mark.parametrize("offsets", [(0.0, 2), (0, "2"), (True, 2), (None, 1)])
def test_span_of_rejects_offsets_that_are_not_ints(offsets: tuple[Any, Any]) -> None:
    with pytest.raises(SchemaError) as info:
        Span.of("short text", *offsets)
    assert info.value.field == "span"


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (2, 1), (0, 99), (5, 100)])
def test_span_of_outside_the_text(start: int, end: int) -> None:
    with pytest.raises(SchemaError) as info:
        Span.of("short text", start, end)
    assert info.value.field == "span"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((-1, 2, "abc"), "start"),
        ((0, -1, ""), "end"),
        ((True, 2, "ab"), "start"),
        ((0, 2.0, "ab"), "end"),
        ((5, 3, ""), "end"),
        ((0, 3, "ab"), "text"),
        ((0, 2, None), "text"),
    ],
)
def test_span_validation(args: tuple[Any, Any, Any], field: str) -> None:
    with pytest.raises(SchemaError) as info:
        Span(*args)
    assert info.value.field == field


def test_span_relations_and_order() -> None:
    outer, inner, other = Span(0, 10, "x" * 10), Span(2, 5, "xxx"), Span(9, 12, "xxx")
    assert outer.contains(inner)
    assert not inner.contains(outer)
    assert outer.overlaps(other)
    assert not inner.overlaps(other)
    assert not Span(0, 2, "xx").overlaps(Span(2, 4, "xx"))  # [start, end) touching
    assert sorted([other, inner, outer]) == [outer, inner, other]


# ---------------------------------------------------------------------------------------------
# Date
# ---------------------------------------------------------------------------------------------

DATE_RANGES = [
    ("2025-02-15", "day", D(2025, 2, 15), D(2025, 2, 15)),
    ("2024-02-29", "day", D(2024, 2, 29), D(2024, 2, 29)),
    ("2025-W06", "week", D(2025, 2, 3), D(2025, 2, 9)),
    ("2025-W01", "week", D(2024, 12, 30), D(2025, 1, 5)),
    ("2020-W53", "week", D(2020, 12, 28), D(2021, 1, 3)),
    ("2026-W53", "week", D(2026, 12, 28), D(2027, 1, 3)),
    ("2021-W01", "week", D(2021, 1, 4), D(2021, 1, 10)),
    ("2025-01", "month", D(2025, 1, 1), D(2025, 1, 31)),
    ("2025-02", "month", D(2025, 2, 1), D(2025, 2, 28)),
    ("2024-02", "month", D(2024, 2, 1), D(2024, 2, 29)),
    ("2000-02", "month", D(2000, 2, 1), D(2000, 2, 29)),
    ("1900-02", "month", D(1900, 2, 1), D(1900, 2, 28)),
    ("2025-04", "month", D(2025, 4, 1), D(2025, 4, 30)),
    ("2025-12", "month", D(2025, 12, 1), D(2025, 12, 31)),
    ("2024", "year", D(2024, 1, 1), D(2024, 12, 31)),
    ("0001", "year", D(1, 1, 1), D(1, 12, 31)),
]


@pytest.mark.parametrize(("value", "precision", "first", "last"), DATE_RANGES)
def test_date_first_and_last_day(value: str, precision: str, first: D, last: D) -> None:
    date = Date(value, precision)
    assert date.precision is DatePrecision(precision)
    assert (date.first_day, date.last_day) == (first, last)
    assert Date.parse(value) == date  # the precision is inferred from the shape
    assert str(date) == value
    assert date.to_dict() == {"value": value, "precision": precision}
    assert Date.from_dict(date.to_dict()) == date
    assert Date.from_dict({"value": value}) == date


@pytest.mark.parametrize(
    "value",
    [
        "2025-02-29",  # not a leap year
        "1900-02-29",  # century, not a leap year
        "2025-13-01",
        "2025-00-10",
        "2025-04-31",
        "2021-W53",  # 2021 has 52 ISO weeks
        "2025-W00",
        "2025-W54",
        "2025-13",
        "2025-00",
        "0000",
        "25-01-01",
        "2025-1-1",
        "2025/01/01",
        " 2025",
        "2025-02-15T10:00",
        "٢٠٢٥",  # Arabic-Indic digits are not the schema's ASCII form
        "",
        "soon",
    ],
)
def test_date_parse_rejects(value: str) -> None:
    with pytest.raises(SchemaError) as info:
        Date.parse(value)
    assert info.value.field == "value"


@pytest.mark.parametrize(
    ("value", "precision", "field"),
    [
        ("2025-02", "day", "value"),
        ("2025-02-01", "month", "value"),
        ("2025", "week", "value"),
        ("2025", "decade", "precision"),
        (2025, "year", "value"),
    ],
)
def test_date_constructor_checks_value_against_precision(
    value: Any, precision: str, field: str
) -> None:
    with pytest.raises(SchemaError) as info:
        Date(value, precision)
    assert info.value.field == field


def test_date_parse_needs_a_string() -> None:
    with pytest.raises(SchemaError):
        Date.parse(20250101)  # type: ignore[arg-type]


def test_date_constructors() -> None:
    assert Date.of_day(D(2025, 2, 6)) == Date("2025-02-06", "day")
    assert Date.of_week(D(2025, 2, 6)) == Date("2025-W06", "week")
    assert Date.of_week(D(2021, 1, 1)) == Date("2020-W53", "week")  # ISO year differs
    assert Date.of_week(D(2024, 12, 30)) == Date("2025-W01", "week")
    assert Date.of_month(2025, 1) == Date("2025-01", "month")
    assert Date.of_year(2024) == Date("2024", "year")
    assert Date.of_year(999).value == "0999"


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        ("2025-02", "2025-02-15", True),
        ("2025-02", "2025-W06", True),
        ("2025-01", "2025-W05", False),  # Jan 27 - Feb 2 spills into February
        ("2020", "2020-W53", False),  # ends on 2021-01-03
        ("2021", "2020-W53", False),
        ("2025", "2025-12", True),
        ("2025-02-15", "2025-02-15", True),
        ("2025-02-15", "2025-02", False),
        ("2025-W06", "2025-02-09", True),
        ("2025-W06", "2025-02-10", False),
    ],
)
def test_date_contains(outer: str, inner: str, expected: bool) -> None:
    assert Date.parse(outer).contains(Date.parse(inner)) is expected


@pytest.mark.parametrize(
    ("a", "b", "days", "expected"),
    [
        ("2025-01", "2025-W05", 0, True),
        ("2025-02-10", "2025-02-12", 0, False),
        ("2025-02-10", "2025-02-12", 1, False),
        ("2025-02-10", "2025-02-12", 2, True),
        ("2025-02-12", "2025-02-10", 2, True),
        ("2025-02-10", "2025-02-10", 0, True),
        ("2024", "2025-01-01", 0, False),
        ("2024", "2025-01-01", 1, True),
        ("2025-W06", "2025-02", 0, True),
    ],
)
def test_date_overlaps_with_tolerance(a: str, b: str, days: int, expected: bool) -> None:
    tolerance = dt.timedelta(days=days)
    assert Date.parse(a).overlaps(Date.parse(b), tolerance=tolerance) is expected
    assert Date.parse(b).overlaps(Date.parse(a), tolerance=tolerance) is expected


def test_date_ordering() -> None:
    dates = [Date.parse(v) for v in ("2025", "2025-02-03", "2024-12", "2025-W06", "2025-01-01")]
    assert [d.value for d in sorted(dates)] == [
        "2024-12",
        "2025-01-01",  # same first day as "2025": the more precise first
        "2025",
        "2025-02-03",  # same first day as "2025-W06"
        "2025-W06",
    ]
    a, b = Date.parse("2025-01-01"), Date.parse("2025-01-02")
    assert a < b
    assert a <= b
    assert b > a
    assert b >= a
    assert a <= Date.parse("2025-01-01")
    with pytest.raises(TypeError):
        assert a < "2025-01-02"  # type: ignore[operator]


def test_date_precision_rank_and_equality() -> None:
    assert Date.parse("2025-02-06").is_finer_than(Date.parse("2025-W06"))
    assert Date.parse("2025-W06").is_finer_than(Date.parse("2025-02"))
    assert not Date.parse("2025").is_finer_than(Date.parse("2025-02"))
    assert Date.parse("2025-02") != Date.parse("2025-02-01")
    assert len({Date.parse("2025-02"), Date("2025-02", "month")}) == 1


# ---------------------------------------------------------------------------------------------
# Quantity
# ---------------------------------------------------------------------------------------------

EV = Span(0, 3, "abc")


def test_quantity_basics() -> None:
    q = Quantity("money", 2e12, "KRW", EV, bound="approx")
    assert q.kind is QuantityKind.MONEY
    assert q.bound is Bound.APPROX
    d = q.to_dict()
    assert d["value"] == 2000000000000
    assert isinstance(d["value"], int)  # integral amounts are written as JSON integers
    assert Quantity.from_dict(d) == q
    assert Quantity("percent", 12.5, "percent", EV).to_dict()["value"] == 12.5
    assert Quantity("duration", 4, "minute", EV, high=5).high == 5.0
    assert Quantity("duration", 4, "minute", EV, high=4).high == 4.0  # value <= high
    assert Quantity("count", 3, "GPU", EV).bound is Bound.EXACT
    assert Quantity("count", 3, "GPU", EV, bound=None).bound is None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"high": 3}, "high"),
        ({"high": float("nan")}, "high"),
        ({"high": "5"}, "high"),
        ({"value": "ten"}, "value"),
        ({"value": True}, "value"),
        ({"value": float("inf")}, "value"),
        ({"value": float("nan")}, "value"),
        ({"kind": "weight"}, "kind"),
        ({"unit": ""}, "unit"),
        ({"bound": "roughly"}, "bound"),
        ({"equivalent": -1}, "equivalent"),
        ({"equivalent": True}, "equivalent"),
        ({"equivalent": 1.0}, "equivalent"),
        ({"evidence": "abc"}, "evidence"),
    ],
)
def test_quantity_validation(kwargs: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {"kind": "duration", "value": 4, "unit": "minute", "evidence": EV}
    args.update(kwargs)
    with pytest.raises(SchemaError) as info:
        Quantity(**args)
    assert info.value.field == field


# ---------------------------------------------------------------------------------------------
# Document, Actor, Action, Claim
# ---------------------------------------------------------------------------------------------


def test_document_basics() -> None:
    doc = Document("d1", "Some text.", title="T", published="2025-02-06T09:00:00Z")
    assert doc.published == D(2025, 2, 6)
    assert Document("d1", "x", published=dt.datetime(2025, 2, 6, 9)).published == D(2025, 2, 6)
    assert doc.span(0, 4) == Span(0, 4, "Some")
    assert "Some text" not in repr(doc)  # the text is summarised, not dumped
    assert "text" not in doc.to_dict(text=False)
    assert Document.from_dict(doc.to_dict()) == doc


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"id": ""}, "id"),
        ({"id": "  "}, "id"),
        ({"text": b"bytes"}, "text"),
        ({"title": 3}, "title"),
        ({"published": "Feb 6"}, "published"),
        ({"published": 20250206}, "published"),
        ({"source": ["x"]}, "source"),
        ({"url": 1}, "url"),
    ],
)
def test_document_validation(kwargs: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {"id": "d", "text": "t"}
    args.update(kwargs)
    with pytest.raises(SchemaError) as info:
        Document(**args)
    assert info.value.field == field


def test_actor_basics() -> None:
    actor = Actor(
        "kr-pipc",
        "Personal Information Protection Commission",
        "regulator",
        "KR",
        aliases=["PIPC", "Personal Information Protection Commission"],
        parent="kr",
    )
    assert actor.kind is ActorKind.REGULATOR
    assert actor.aliases == ("PIPC", "Personal Information Protection Commission")
    assert actor.names == ("Personal Information Protection Commission", "PIPC")
    assert Actor.from_dict(actor.to_dict()) == actor
    assert Actor("us-tx", "Texas", "subnational_government", "US", "US-TX").region == "US-TX"
    assert Actor("eu", "European Union", "international", "EU").country == "EU"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"id": ""}, "id"),
        ({"name": " "}, "name"),
        ({"kind": "nation"}, "kind"),
        ({"country": "Korea"}, "country"),
        ({"country": "kr"}, "country"),
        ({"country": "KOR"}, "country"),
        ({"region": "TX"}, "region"),
        ({"region": "us-tx"}, "region"),
        ({"aliases": "PIPC"}, "aliases"),
        ({"aliases": ["PIPC", 1]}, "aliases"),
        ({"parent": 3}, "parent"),
        ({"role": ["spokesperson"]}, "role"),
    ],
)
def test_actor_validation(kwargs: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {"id": "kr-pipc", "name": "PIPC", "kind": "regulator"}
    args.update(kwargs)
    with pytest.raises(SchemaError) as info:
        Actor(**args)
    assert info.value.field == field


def test_action_basics() -> None:
    action = Action(
        "kr-pipc",
        "suspend",
        EV,
        targets=["DeepSeek"],
        status="done",
        temporary=True,
        scope=["app_store", "app_store", "nationwide"],
        reasons=["privacy"],
        date=Date.parse("2025-02-15"),
        mentions=[Span(0, 1, "a")],
    )
    assert action.kind is ActionKind.SUSPEND
    assert action.family is Family.RESTRICTIVE
    assert action.scope == (Scope.APP_STORE, Scope.NATIONWIDE)  # de-duplicated, in order
    assert action.spans == (EV, Span(0, 1, "a"))
    assert Action.from_dict(action.to_dict()) == action
    assert Action("a", "ban", EV).status is Status.DONE


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"actor": ""}, "actor"),
        ({"kind": "bann"}, "kind"),
        ({"kind": "BAN"}, "kind"),
        ({"evidence": "abc"}, "evidence"),
        ({"targets": "DeepSeek"}, "targets"),
        ({"targets": [None]}, "targets"),
        ({"status": "maybe"}, "status"),
        ({"temporary": "yes"}, "temporary"),
        ({"temporary": 1}, "temporary"),
        ({"scope": ["everywhere"]}, "scope"),
        ({"scope": "nationwide"}, "scope"),
        ({"reasons": ["greed"]}, "reasons"),
        ({"date": "2025-02-15"}, "date"),
        ({"mentions": ["abc"]}, "mentions"),
    ],
)
def test_action_validation(kwargs: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {"actor": "kr", "kind": "ban", "evidence": EV}
    args.update(kwargs)
    with pytest.raises(SchemaError) as info:
        Action(**args)
    assert info.value.field == field


def test_claim_basics() -> None:
    q = Quantity("percent", 90, "percent", EV)
    claim = Claim(
        "kr", "it is safe", "said", EV, quote=True, quantities=[q], date=Date.parse("2025-02")
    )
    assert claim.quantities == (q,)
    assert Claim.from_dict(claim.to_dict()) == claim
    assert Claim(None, "unattributed", "", EV).quote is False


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"speaker": 3}, "speaker"),
        ({"text": ""}, "text"),
        ({"cue": 1}, "cue"),
        ({"evidence": None}, "evidence"),
        ({"quote": "yes"}, "quote"),
        ({"quantities": [1]}, "quantities"),
        ({"quantities": "5%"}, "quantities"),
        ({"date": {"value": "2025"}}, "date"),
    ],
)
def test_claim_validation(kwargs: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {"speaker": "kr", "text": "t", "cue": "said", "evidence": EV}
    args.update(kwargs)
    with pytest.raises(SchemaError) as info:
        Claim(**args)
    assert info.value.field == field


# ---------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------

TEXT = (
    "Seoul, Feb. 17 - South Korea's PIPC suspended new downloads of DeepSeek on Saturday. "
    '"We acted to protect users," the commission said, adding 2 trillion won ($1.4 billion).'
)


def _at(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span.of(TEXT, start, start + len(fragment))


def sample() -> Extraction:
    return Extraction(
        document=Document("kr-1", TEXT, title="PIPC suspends DeepSeek", published="2025-02-17"),
        actors=[
            Actor("kr", "South Korea", "country", "KR"),
            Actor(
                "kr-pipc",
                "Personal Information Protection Commission",
                "regulator",
                "KR",
                aliases=["PIPC"],
                parent="kr",
            ),
        ],
        actions=[
            Action(
                "kr-pipc",
                "suspend",
                _at("South Korea's PIPC suspended new downloads"),
                targets=["DeepSeek"],
                temporary=True,
                scope=["app_store"],
                date=Date.parse("2025-02-15"),
            )
        ],
        claims=[
            Claim(
                "kr-pipc",
                "We acted to protect users",
                "said",
                _at('"We acted to protect'),
                quote=True,
                quantities=[Quantity("money", 2e12, "KRW", _at("2 trillion won"))],
            )
        ],
        quantities=[
            Quantity("money", 2e12, "KRW", _at("2 trillion won"), equivalent=1),
            Quantity("money", 1.4e9, "USD", _at("$1.4 billion"), equivalent=0),
        ],
    )


def test_extraction_round_trip_and_json() -> None:
    ex = sample()
    d = ex.to_dict()
    assert list(d) == ["document", "actors", "actions", "claims", "quantities"]
    assert d["actions"][0]["kind"] == "suspend"
    assert d["actions"][0]["date"] == {"value": "2025-02-15", "precision": "day"}
    assert d["quantities"][0]["value"] == 2000000000000
    assert Extraction.from_dict(d) == ex
    assert Extraction.from_json(ex.to_json()) == ex
    assert Extraction.from_json(ex.to_json(indent=None).encode("utf-8")) == ex
    assert "text" not in ex.to_dict(text=False)["document"]
    assert ex.actor("kr-pipc").name.startswith("Personal")
    with pytest.raises(KeyError):
        ex.actor("nobody")


def test_extraction_without_text_skips_the_evidence_check() -> None:
    ex = sample()
    light = Extraction.from_dict(ex.to_dict(text=False))
    assert light.document.text == ""
    assert light.actions == ex.actions


def _replace(ex: Extraction, **changes: Any) -> Extraction:
    fields = {
        "document": ex.document,
        "actors": ex.actors,
        "actions": ex.actions,
        "claims": ex.claims,
        "quantities": ex.quantities,
    }
    fields.update(changes)
    return Extraction(**fields)


EXTRACTION_ERRORS: list[tuple[str, Callable[[Extraction], dict[str, Any]], str]] = [
    (
        "unknown actor in an action",
        lambda ex: {"actions": [Action("nobody", "ban", ex.actions[0].evidence)]},
        "actions[0].actor",
    ),
    (
        "unknown speaker",
        lambda ex: {"claims": [Claim("nobody", "x", "said", ex.claims[0].evidence)]},
        "claims[0].speaker",
    ),
    (
        "duplicated actor id",
        lambda ex: {"actors": [*ex.actors, Actor("kr", "Korea", "country", "KR")]},
        "actors[2].id",
    ),
    (
        "evidence that is not the document's text",
        lambda ex: {"actions": [Action("kr", "ban", Span(0, 5, "Tokyo"))]},
        "actions[0].evidence",
    ),
    (
        "evidence past the end of the text",
        lambda ex: {"actions": [Action("kr", "ban", Span(len(TEXT), len(TEXT) + 2, "ok"))]},
        "actions[0].evidence",
    ),
    (
        "a mention that is not the document's text",
        lambda ex: {"actions": [Action("kr", "ban", Span(0, 5, "Seoul"), mentions=[EV])]},
        "actions[0].mentions[0]",
    ),
    (
        "a claim quantity's evidence",
        lambda ex: {
            "claims": [
                Claim(
                    None,
                    "x",
                    "said",
                    Span(0, 5, "Seoul"),
                    quantities=[Quantity("count", 1, "GPU", EV)],
                )
            ]
        },
        "claims[0].quantities[0].evidence",
    ),
    (
        "a quantity's evidence",
        lambda ex: {"quantities": [Quantity("count", 1, "GPU", EV)]},
        "quantities[0].evidence",
    ),
    (
        "equivalent out of range",
        lambda ex: {
            "quantities": [
                ex.quantities[0],
                Quantity("money", 1, "USD", Span(0, 5, "Seoul"), equivalent=2),
            ]
        },
        "quantities[1].equivalent",
    ),
    (
        "equivalent pointing at itself",
        lambda ex: {"quantities": [Quantity("money", 1, "USD", Span(0, 5, "Seoul"), equivalent=0)]},
        "quantities[0].equivalent",
    ),
    ("document not a Document", lambda ex: {"document": {"id": "x"}}, "document"),
    ("actors not records", lambda ex: {"actors": [{"id": "kr"}]}, "actors[0]"),
    ("actions a string", lambda ex: {"actions": "ban"}, "actions"),
    ("claims not records", lambda ex: {"claims": [None]}, "claims[0]"),
    ("quantities not records", lambda ex: {"quantities": [1.5]}, "quantities"),
]


@pytest.mark.parametrize(
    ("change", "field"),
    [(c, f) for _, c, f in EXTRACTION_ERRORS],
    ids=[name for name, _, _ in EXTRACTION_ERRORS],
)
def test_extraction_validation(change: Callable[[Extraction], dict[str, Any]], field: str) -> None:
    ex = sample()
    with pytest.raises(SchemaError) as info:
        _replace(ex, **change(ex))
    assert info.value.field == field


# ---------------------------------------------------------------------------------------------
# invalid dicts: every failure names its field path
# ---------------------------------------------------------------------------------------------


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation that sets (or, with ``value is DELETE``, removes) a dotted/indexed path."""

    def mutate(d: dict[str, Any]) -> None:
        keys: list[str | int] = []
        for part in path.split("."):
            name, _, rest = part.partition("[")
            keys.append(name)
            if rest:
                keys.append(int(rest.rstrip("]")))
        target: Any = d
        for key in keys[:-1]:
            target = target[key]
        if value is DELETE:
            del target[keys[-1]]
        else:
            target[keys[-1]] = value

    return mutate


DELETE = object()

INVALID_DICTS: list[tuple[str, Any, str]] = [
    ("document", DELETE, "document"),
    ("document", "kr-1", "document"),
    ("document.id", DELETE, "document.id"),
    ("document.id", "", "document.id"),
    ("document.published", "yesterday", "document.published"),
    ("document.published", 20250217, "document.published"),
    ("document.title", 5, "document.title"),
    ("actors", "kr", "actors"),
    ("actors[0]", 5, "actors[0]"),
    ("actors[0].id", DELETE, "actors[0].id"),
    ("actors[1].id", "kr", "actors[1].id"),
    ("actors[0].kind", "nation", "actors[0].kind"),
    ("actors[0].country", "Korea", "actors[0].country"),
    ("actors[0].region", "Seoul", "actors[0].region"),
    ("actors[0].aliases", "ROK", "actors[0].aliases"),
    ("actors[0].aliases", [1], "actors[0].aliases"),
    ("actions[0].kind", "bann", "actions[0].kind"),
    ("actions[0].kind", DELETE, "actions[0].kind"),
    ("actions[0].actor", "nobody", "actions[0].actor"),
    ("actions[0].actor", None, "actions[0].actor"),
    ("actions[0].date", {"value": "2025-13-01"}, "actions[0].date.value"),
    ("actions[0].date", {"value": "soon"}, "actions[0].date.value"),
    ("actions[0].date", {"value": "2025-02", "precision": "day"}, "actions[0].date.value"),
    ("actions[0].date", {"value": "2025", "precision": "decade"}, "actions[0].date.precision"),
    ("actions[0].date", {"precision": "day"}, "actions[0].date.value"),
    ("actions[0].date", "2025-02-15", "actions[0].date"),
    ("actions[0].evidence", DELETE, "actions[0].evidence"),
    ("actions[0].evidence.start", -1, "actions[0].evidence.start"),
    ("actions[0].evidence.start", "0", "actions[0].evidence.start"),
    ("actions[0].evidence.text", "too short", "actions[0].evidence.text"),
    ("actions[0].targets", "DeepSeek", "actions[0].targets"),
    ("actions[0].targets", [None], "actions[0].targets"),
    ("actions[0].status", "maybe", "actions[0].status"),
    ("actions[0].temporary", "yes", "actions[0].temporary"),
    ("actions[0].scope", ["everywhere"], "actions[0].scope"),
    ("actions[0].reasons", "privacy", "actions[0].reasons"),
    ("actions[0].mentions", [{"start": 0}], "actions[0].mentions[0].end"),
    ("claims[0].quote", "yes", "claims[0].quote"),
    ("claims[0].speaker", "nobody", "claims[0].speaker"),
    ("claims[0].text", "", "claims[0].text"),
    ("claims[0].text", DELETE, "claims[0].text"),
    ("claims[0].quantities[0].unit", "", "claims[0].quantities[0].unit"),
    ("claims[0].date", {"value": "2025-02-30"}, "claims[0].date.value"),
    ("quantities[0].value", "ten", "quantities[0].value"),
    ("quantities[0].value", True, "quantities[0].value"),
    ("quantities[0].high", 1, "quantities[0].high"),
    ("quantities[0].kind", "weight", "quantities[0].kind"),
    ("quantities[0].bound", "roughly", "quantities[0].bound"),
    ("quantities[0].equivalent", 7, "quantities[0].equivalent"),
    ("quantities[0].equivalent", True, "quantities[0].equivalent"),
    ("quantities[0].equivalent", "1", "quantities[0].equivalent"),
]


@pytest.mark.parametrize(
    ("path", "value", "field"),
    INVALID_DICTS,
    ids=[f"del {p}" if v is DELETE else f"{p}={v!r}" for p, v, _ in INVALID_DICTS],
)
def test_invalid_dicts_name_the_field(path: str, value: Any, field: str) -> None:
    d = copy.deepcopy(sample().to_dict())
    _set(path, value)(d)
    with pytest.raises(SchemaError) as info:
        Extraction.from_dict(d)
    assert info.value.field == field, info.value
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, DeepSeekPolicyError)
    assert str(info.value).startswith(f"{field}: ")


@pytest.mark.parametrize("data", [[], "x", None, 3])
def test_from_dict_needs_an_object(data: Any) -> None:
    with pytest.raises(SchemaError) as info:
        Extraction.from_dict(data)
    assert info.value.field == "extraction"


@pytest.mark.parametrize(
    "data", ["{", "", "[1,", b"\xff\xfe{", "[" * 100_000, '{"actions": ' * 50_000]
)
def test_from_json_rejects_bad_json(data: str | bytes) -> None:
    with pytest.raises(SchemaError) as info:
        Extraction.from_json(data)
    assert info.value.field == "extraction"


# ---------------------------------------------------------------------------------------------
# hypothesis: generated valid extractions survive to_dict/from_dict and JSON
# ---------------------------------------------------------------------------------------------

names = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
optional_names = st.none() | st.text(max_size=20)
finite = st.floats(allow_nan=False, allow_infinity=False)

dates = st.one_of(
    st.dates().map(Date.of_day),
    st.dates().map(Date.of_week),
    st.builds(Date.of_month, st.integers(1, 9999), st.integers(1, 12)),
    st.integers(1, 9999).map(Date.of_year),
)


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(0, len(text)))
    return Span.of(text, min(a, b), max(a, b))


@st.composite
def quantities(draw: st.DrawFn, text: str) -> Quantity:
    value = draw(finite)
    high = draw(st.none() | finite)
    if high is not None and high < value:
        value, high = high, value
    return Quantity(
        kind=draw(st.sampled_from(QuantityKind)),
        value=value,
        high=high,
        unit=draw(names),
        bound=draw(st.none() | st.sampled_from(Bound)),
        evidence=draw(spans(text)),
    )


@st.composite
def actors(draw: st.DrawFn) -> Actor:
    return Actor(
        id=draw(names),
        name=draw(names),
        kind=draw(st.sampled_from(ActorKind)),
        country=draw(st.none() | st.from_regex(r"[A-Z]{2}", fullmatch=True)),
        region=draw(st.none() | st.from_regex(r"[A-Z]{2}-[A-Z0-9]{1,3}", fullmatch=True)),
        aliases=draw(st.lists(names, max_size=3)),
        parent=draw(optional_names),
        role=draw(optional_names),
    )


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    text = draw(st.text(min_size=1, max_size=200))
    document = Document(
        id=draw(names),
        text=text,
        title=draw(optional_names),
        published=draw(st.none() | st.dates()),
        source=draw(optional_names),
        url=draw(optional_names),
    )
    people = draw(st.lists(actors(), max_size=4, unique_by=lambda a: a.id))
    ids = [a.id for a in people]
    actions = []
    if ids:
        for _ in range(draw(st.integers(0, 4))):
            actions.append(
                Action(
                    actor=draw(st.sampled_from(ids)),
                    kind=draw(st.sampled_from(ActionKind)),
                    evidence=draw(spans(text)),
                    targets=draw(st.lists(names, max_size=3)),
                    status=draw(st.sampled_from(Status)),
                    temporary=draw(st.none() | st.booleans()),
                    scope=draw(st.lists(st.sampled_from(Scope), max_size=3)),
                    reasons=draw(st.lists(st.sampled_from(Reason), max_size=3)),
                    date=draw(st.none() | dates),
                    mentions=draw(st.lists(spans(text), max_size=2)),
                )
            )
    speakers = st.none() | st.sampled_from(ids) if ids else st.none()
    claims = [
        Claim(
            speaker=draw(speakers),
            text=draw(names),
            cue=draw(st.text(max_size=12)),
            evidence=draw(spans(text)),
            quote=draw(st.booleans()),
            quantities=draw(st.lists(quantities(text), max_size=2)),
            date=draw(st.none() | dates),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    plain = draw(st.lists(quantities(text), max_size=4))
    n = len(plain)
    linked = []
    for i, q in enumerate(plain):
        others = [j for j in range(n) if j != i]
        equivalent = draw(st.none() | st.sampled_from(others)) if others else None
        linked.append(
            Quantity(
                q.kind,
                q.value,
                q.unit,
                q.evidence,
                high=q.high,
                bound=q.bound,
                equivalent=equivalent,
            )
        )
    return Extraction(document, people, actions, claims, linked)


@settings(deadline=None, max_examples=150)
@given(extractions())
def test_round_trip_of_generated_extractions(ex: Extraction) -> None:
    d = ex.to_dict()
    assert Extraction.from_dict(d) == ex
    dumped = json.dumps(d)
    assert Extraction.from_dict(json.loads(dumped)) == ex
    assert Extraction.from_json(ex.to_json()) == ex
    assert Extraction.from_json(ex.to_json(indent=None)) == ex
    assert Extraction.from_dict(copy.deepcopy(d)).to_dict() == d


@settings(deadline=None)
@given(dates)
def test_generated_dates_round_trip(date: Date) -> None:
    assert Date.parse(date.value) == date
    assert Date.from_dict(date.to_dict()) == date
    assert date.first_day <= date.last_day
    assert date.contains(date)
    assert date.overlaps(date)
