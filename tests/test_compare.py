"""Where sources disagree: compare() on events, compare_claims() on quantities."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import Any

import pytest

import deepseek_policy as dp
from deepseek_policy.aggregate import ReportedClaim, merge
from deepseek_policy.compare import (
    EXAMPLE_RATES,
    ClaimConflict,
    Comparison,
    Difference,
    RateTable,
    compare,
    compare_claims,
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
)

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def article(name: str) -> Extraction:
    return dp.extract(dp.read_article(CORPUS / f"{name}.txt"))


PIPC = Actor("kr-pipc", "Personal Information Protection Commission", "regulator", "KR")
AU = Actor("au", "Australia", "country", "AU")
DEEPSEEK = Actor("cn-deepseek", "DeepSeek", "company", "CN")
LG = Actor("kr-lg-ai-research", "LG AI Research", "organization", "KR")


def report(
    doc_id: str, actor: Actor, kind: str, date: str | None = None, **extra: Any
) -> Extraction:
    text = f"{actor.name} took action {kind} on {date}."
    action = Action(
        actor.id,
        kind,
        Span.of(text, 0, len(text)),
        targets=extra.pop("targets", ["DeepSeek"]),
        date=None if date is None else Date.parse(date),
        **extra,
    )
    return Extraction(Document(doc_id, text, published="2025-02-18"), [actor], [action])


# ---------------------------------------------------------------------------------------------
# compare: events
# ---------------------------------------------------------------------------------------------


def test_two_articles_disagreeing_on_a_date() -> None:
    a = article("a1_seoul_regulator_halts_downloads")
    b = article("a2_app_stores_pull_deepseek")
    result = compare(a, b)
    assert len(result.conflicts) == 1
    conflict = result.conflicts[0]
    assert conflict.left.actor == conflict.right.actor == "kr-pipc"
    assert conflict.fields == ("date",)
    assert conflict.differences[0] == Difference("date", "2025-02-15", "2025-02-17")
    assert result.agree == ()
    assert result.only_a == ()
    assert [e.actor for e in result.only_b] == ["kr-motie"]  # only the second mentions it
    text = str(result)
    assert text.splitlines()[0] == "0 agree, 1 conflict, 0 only in a, 1 only in b"
    assert "date 2025-02-15 (a) vs 2025-02-17 (b)" in text
    assert "only in b: Ministry of Trade, Industry and Energy restrict" in text


def test_precision_aware_dates_agree() -> None:
    # "on Thursday, Jan. 30" vs "last week" (2025-W05): the week contains the day
    result = compare(article("a3_garante_orders_block"), article("a4_europe_and_australia"))
    assert [(a.actor, b.actor) for a, b in result.agree] == [("it-garante", "it-garante")]
    assert result.conflicts == ()
    assert [e.actor for e in result.only_b] == ["au"]


def test_compare_two_outlets_corpora() -> None:
    names_a = ["a1_seoul_regulator_halts_downloads", "a3_garante_orders_block"]
    names_a.append("a6_beijing_responds")
    names_b = ("a2_app_stores_pull_deepseek", "a5_regulators_circle", "a7_korean_ministries")
    outlet_a = [article(n) for n in names_a]
    outlet_b = [article(n) for n in names_b]
    result = compare(outlet_a, outlet_b)
    agreed = sorted(a.actor for a, _ in result.agree)
    assert agreed == ["it-garante", "tw"]
    assert [c.left.actor for c in result.conflicts] == ["kr-pipc"]
    assert sorted(e.actor for e in result.only_a) == ["au", "cn-mfa"]
    assert sorted(e.actor for e in result.only_b) == ["ie-dpc", "kr-motie"]
    # event sets (already merged) compare the same way
    assert compare(merge(outlet_a), merge(outlet_b)) == result


@pytest.mark.parametrize(
    ("left", "right", "fields"),
    [
        ({"status": "done"}, {"status": "planned"}, ("status",)),
        ({"scope": ["government_devices"]}, {"scope": ["work_use"]}, ("scope",)),
        ({"scope": ["government_devices"]}, {}, ()),  # silence is not a conflict
        ({"reasons": ["privacy"]}, {"reasons": ["national_security"]}, ("reasons",)),
        ({"temporary": True}, {"temporary": False}, ("temporary",)),
        ({"temporary": True}, {}, ()),
        ({"kind": "ban"}, {"kind": "restrict"}, ("kind",)),
        ({"date": "2025-02-04"}, {"date": "2025-02-06"}, ("date",)),
        ({"date": "2025-02"}, {"date": "2025-02-04"}, ()),  # the month contains the day
        ({"date": "2025-02-04"}, {"date": None}, ()),  # one undated
    ],
)
def test_named_differences(
    left: dict[str, Any], right: dict[str, Any], fields: tuple[str, ...]
) -> None:
    def build(doc_id: str, fields_: dict[str, Any]) -> Extraction:
        options = dict(fields_)
        kind = options.pop("kind", "ban")
        date = options.pop("date", "2025-02-04")
        return report(doc_id, AU, kind, date, **options)

    result = compare(build("x", left), build("y", right))
    if fields:
        assert [c.fields for c in result.conflicts] == [fields]
        assert result.agree == ()
    else:
        assert result.conflicts == ()
        assert len(result.agree) == 1
    assert result.only_a == result.only_b == ()


def test_different_events_are_one_sided() -> None:
    a = report("x", PIPC, "suspend", "2025-02-15")
    b = report("y", PIPC, "suspend", "2025-06-01")
    result = compare(a, b)
    assert (len(result.agree), len(result.conflicts)) == (0, 0)
    assert len(result.only_a) == len(result.only_b) == 1
    # with a wide tolerance they are one event reported with different dates
    wide = compare(a, b, tolerance=dt.timedelta(days=120))
    assert [c.fields for c in wide.conflicts] == [("date",)]


def test_the_same_document_on_both_sides_agrees() -> None:
    a = article("a4_europe_and_australia")
    result = compare(a, a)
    assert len(result.agree) == len(merge(a))
    assert result.conflicts == ()
    assert result.only_a == result.only_b == ()


def test_comparison_to_dict_is_json_ready() -> None:
    result = compare(report("x", PIPC, "suspend", "2025-02-15", temporary=True),
                     report("y", PIPC, "suspend", "2025-02-17", temporary=False))  # fmt: skip
    data = json.loads(json.dumps(result.to_dict()))
    assert set(data) == {"agree", "conflicts", "only_a", "only_b"}
    (conflict,) = data["conflicts"]
    assert conflict["differences"] == [
        {"field": "date", "left": "2025-02-15", "right": "2025-02-17"},
        {"field": "temporary", "left": True, "right": False},
    ]
    assert conflict["left"]["sources"][0]["document_id"] == "x"
    assert "temporary true (a) vs false (b)" in result.summary()
    assert isinstance(result, Comparison)


# ---------------------------------------------------------------------------------------------
# compare_claims
# ---------------------------------------------------------------------------------------------


def said(
    doc_id: str,
    speaker: Actor | None,
    *quantities: tuple[str, float, str, str],
    published: str = "2025-02-06",
    date: str | None = None,
) -> Extraction:
    """A one-claim extraction; each quantity is (kind, value, unit, bound)."""
    text = f"{speaker.name if speaker else 'Someone'} said the figures were as stated."
    span = Span.of(text, 0, len(text))
    qs = [Quantity(kind, value, unit, span, bound=bound) for kind, value, unit, bound in quantities]
    claim = Claim(
        None if speaker is None else speaker.id,
        "the figures were as stated",
        "said",
        span,
        quantities=qs,
        date=None if date is None else Date.parse(date),
    )
    actors = [] if speaker is None else [speaker]
    return Extraction(Document(doc_id, text, published=published), actors, claims=[claim])


SIX_MILLION = ("money", 6e6, "USD", "exact")
UNDER_SIX_MILLION = ("money", 6e6, "USD", "under")


def test_bound_differs() -> None:
    (found,) = compare_claims(
        [said("a", DEEPSEEK, SIX_MILLION), said("b", DEEPSEEK, UNDER_SIX_MILLION)]
    )
    assert found.differences == ("bound",)
    assert found.comparable is True
    assert found.consistent is True  # $6 million is not more than $6 million
    assert found.speaker == "cn-deepseek"
    assert found.speaker_name == "DeepSeek"
    assert found.topic == "money"
    assert (found.left.document_id, found.right.document_id) == ("a", "b")
    assert found.note == "bound: point vs under"


def test_values_differ_beyond_tolerance() -> None:
    a = said("a", DEEPSEEK, ("money", 5.6e6, "USD", "exact"))
    b = said("b", DEEPSEEK, SIX_MILLION)
    (found,) = compare_claims([a, b])
    assert found.differences == ("value",)
    assert found.consistent is False
    assert "6.7% apart" in found.note
    assert compare_claims([a, b], tolerance=0.1) == ()
    under = said("c", DEEPSEEK, UNDER_SIX_MILLION)
    (both,) = compare_claims([a, under])
    assert both.differences == ("value", "bound")
    assert both.consistent is True  # $5.6 million is under $6 million


def test_approximate_and_exact_agree() -> None:
    assert compare_claims([said("a", DEEPSEEK, SIX_MILLION),
                           said("b", DEEPSEEK, ("money", 6e6, "USD", "approx"))]) == ()  # fmt: skip


def test_currencies_need_a_rate() -> None:
    won = said("a", LG, ("money", 7e9, "KRW", "exact"))
    dollars = said("b", LG, ("money", 6e6, "USD", "exact"))
    (found,) = compare_claims([won, dollars])
    assert found.comparable is False
    assert found.differences == ()
    assert found.note == "not comparable: no rate for KRW in 2025-02-06"
    # a table without KRW for the date is no better, and nothing is guessed
    (still,) = compare_claims([won, dollars], rates=RateTable({("KRW", "2023"): 0.00077}))
    assert still.note.startswith("not comparable: no rate for KRW")
    (converted,) = compare_claims([won, dollars], rates=RateTable.example())
    assert converted.comparable is True
    assert converted.differences == ("value",)
    assert "4844000 USD vs 6000000 USD" in converted.note  # 7e9 x 0.000692 (Feb 2025)


def test_a_stated_equivalent_is_compared_in_the_shared_currency() -> None:
    both = said("a", LG, ("money", 7e9, "KRW", "exact"), ("money", 5e6, "USD", "exact"))
    dollars = said("b", LG, ("money", 6e6, "USD", "exact"))
    (found,) = compare_claims([both, dollars])
    assert (found.left_quantity.unit, found.right_quantity.unit) == ("USD", "USD")
    assert found.differences == ("value",)


def test_topics_and_speakers_are_kept_apart() -> None:
    gpus = said("a", DEEPSEEK, ("count", 2048, "GPU", "exact"))
    params = said("b", DEEPSEEK, ("count", 671e9, "parameter", "exact"))
    money = said("c", DEEPSEEK, SIX_MILLION)
    other_speaker = said("d", LG, ("money", 9e6, "USD", "exact"))
    nobody = said("e", None, ("money", 1e6, "USD", "exact"))
    assert compare_claims([gpus, params, money, other_speaker, nobody]) == ()
    more_gpus = said("f", DEEPSEEK, ("count", 10000, "GPU", "over"))
    (found,) = compare_claims([gpus, params, more_gpus])
    assert found.topic == "count:GPU"
    assert found.differences == ("value", "bound")
    assert found.consistent is False


def test_durations_compare_in_seconds() -> None:
    hours = said("a", DEEPSEEK, ("duration", 2, "hour", "exact"))
    minutes = said("b", DEEPSEEK, ("duration", 120, "minute", "exact"))
    days = said("c", DEEPSEEK, ("duration", 1, "day", "exact"))
    assert compare_claims([hours, minutes]) == ()
    assert [c.topic for c in compare_claims([hours, days])] == ["duration"]


def test_bare_claims_and_reported_claims() -> None:
    a, b = said("a", DEEPSEEK, SIX_MILLION), said("b", DEEPSEEK, UNDER_SIX_MILLION)
    bare = compare_claims([a.claims[0], b.claims[0]])
    assert len(bare) == 1
    assert bare[0].speaker_name is None
    reported = [*ReportedClaim.from_extraction(a), *ReportedClaim.from_extraction(b)]
    assert len(compare_claims(reported)) == 1
    with pytest.raises(TypeError, match="expected Extractions"):
        compare_claims(["text"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="tolerance"):
        compare_claims([a], tolerance=-0.1)


def test_claim_conflict_to_dict() -> None:
    (found,) = compare_claims(
        [said("a", DEEPSEEK, SIX_MILLION), said("b", DEEPSEEK, UNDER_SIX_MILLION)]
    )
    data = json.loads(json.dumps(found.to_dict()))
    assert data["differences"] == ["bound"]
    assert data["left"]["claim"]["quantities"][0]["bound"] == "exact"
    assert data["right_quantity"]["bound"] == "under"
    assert isinstance(found, ClaimConflict)


def test_claims_from_our_own_articles() -> None:
    texts = {
        "cost-a": "DeepSeek training cost questioned\n\nDeepSeek said it spent $6 million to "
        "train its V3 model.",
        "cost-b": "Analysts doubt DeepSeek figure\n\nDeepSeek has said that training the model "
        "cost under $6 million.",
    }
    items = [
        dp.extract(Document(doc_id, text, title=text.split("\n")[0], published="2025-02-06"))
        for doc_id, text in texts.items()
    ]
    found = compare_claims(items)
    assert [(c.speaker, c.differences) for c in found] == [("cn-deepseek", ("bound",))]


# ---------------------------------------------------------------------------------------------
# RateTable
# ---------------------------------------------------------------------------------------------


def test_rate_lookup_order() -> None:
    rates = RateTable({("KRW", "2025-02-06"): 0.0007, ("KRW", "2025-02"): 0.00069,
                       ("KRW", 2025): 0.00068, ("KRW", None): 0.0006})  # fmt: skip
    assert rates.rate("KRW", "2025-02-06") == 0.0007
    assert rates.rate("KRW", dt.date(2025, 2, 7)) == 0.00069
    assert rates.rate("KRW", Date.parse("2025-W06")) == 0.00069  # the week's month
    assert rates.rate("KRW", "2025-03") == 0.00068
    assert rates.rate("KRW", 2025) == 0.00068
    assert rates.rate("KRW", "2019-05-01") == 0.0006
    assert rates.rate("KRW", None) == 0.0006
    assert rates.rate("JPY", "2025-02-06") is None
    assert rates.rate("USD", None) == 1.0
    assert rates.to_usd(1000, "KRW", "2025-02-06") == pytest.approx(0.7)
    assert rates.currencies == ("KRW",)


def test_rate_table_is_checked_and_hashable() -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        RateTable({("won", "2025"): 0.0007})
    with pytest.raises(ValueError, match="positive"):
        RateTable({("KRW", "2025"): 0})
    with pytest.raises(dp.SchemaError):
        RateTable({("KRW", "Feb 2025"): 0.0007})
    a = RateTable([("KRW", "2025", 0.0007)])
    assert a == RateTable({("KRW", 2025): 0.0007})
    assert hash(a) == hash(RateTable({("KRW", "2025"): 0.0007}))


def test_example_table_is_small_and_dated() -> None:
    table = RateTable.example()
    assert set(table.currencies) == {"KRW", "CNY", "EUR", "JPY", "GBP"}
    assert all(period is not None for _, period in EXAMPLE_RATES)
    assert table.rate("KRW", "2025-02-17") == EXAMPLE_RATES[("KRW", "2025-02")]
    assert table.rate("KRW", "2023-06-01") is None  # outside the table: no guess
