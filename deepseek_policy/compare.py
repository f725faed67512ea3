"""Where sources disagree: events reported differently, and claims whose numbers differ.

:func:`compare` lines up two extractions or two event sets (say, two outlets' corpora) and
says what both report the same way, what they report differently (each difference named),
and what only one of them reports. :func:`compare_claims` finds claims by the same speaker on
the same topic whose quantities differ; currencies are converted only through a
:class:`RateTable` the caller supplies (:meth:`RateTable.example` is a small, dated,
illustrative one) -- rates are never looked up anywhere.

>>> from deepseek_policy.model import Action, Actor, Date, Document, Extraction, Span
>>> def ex(doc_id, day):
...     text = f"The PIPC suspended DeepSeek downloads on {day}."
...     pipc = Actor("kr-pipc", "Personal Information Protection Commission", "regulator", "KR")
...     action = Action("kr-pipc", "suspend", Span.of(text, 0, len(text)), targets=["DeepSeek"],
...                     date=Date.parse(day))
...     return Extraction(Document(doc_id, text), [pipc], [action])
>>> result = compare(ex("herald", "2025-02-15"), ex("times", "2025-02-17"))
>>> [d.field for d in result.conflicts[0].differences]
['date']
>>> print(result)
0 agree, 1 conflict, 0 only in a, 0 only in b
conflict: Personal Information Protection Commission suspend: date 2025-02-15 (a) vs 2025-02-17 (b)
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from deepseek_policy.aggregate import (
    DEFAULT_TOLERANCE,
    Event,
    Mergeable,
    ReportedClaim,
    UndatedRule,
    _iterable,
    merge,
)
from deepseek_policy.errors import InputTypeError
from deepseek_policy.model import (
    Bound,
    Claim,
    Date,
    DatePrecision,
    Extraction,
    Quantity,
    QuantityKind,
)

__all__ = [
    "EXAMPLE_RATES",
    "ClaimConflict",
    "Comparison",
    "Conflict",
    "Difference",
    "RateTable",
    "compare",
    "compare_claims",
]

DifferenceValue = str | bool | tuple[str, ...] | None


# ---------------------------------------------------------------------------------------------
# compare: events
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class Difference:
    """One field two reports of the same event disagree on: ``date``, ``kind``, ``status``,
    ``scope``, ``reasons`` or ``temporary``, with the left (a) and right (b) values."""

    field: str
    left: DifferenceValue
    right: DifferenceValue

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"field": self.field, "left": _jsonable(self.left), "right": _jsonable(self.right)}

    def __str__(self) -> str:
        return f"{self.field} {_show(self.left)} (a) vs {_show(self.right)} (b)"


@attrs.frozen
class Conflict:
    """Two reports matched as the same event (``left`` from a, ``right`` from b) that differ."""

    left: Event
    right: Event
    differences: tuple[Difference, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        """The names of the fields that differ."""
        return tuple(d.field for d in self.differences)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "left": self.left.to_dict(),
            "right": self.right.to_dict(),
            "differences": [d.to_dict() for d in self.differences],
        }


@attrs.frozen
class Comparison:
    """What two extractions or event sets report: the same (``agree``: pairs of events),
    differently (``conflicts``), or alone (``only_a``, ``only_b``)."""

    agree: tuple[tuple[Event, Event], ...]
    conflicts: tuple[Conflict, ...]
    only_a: tuple[Event, ...]
    only_b: tuple[Event, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the events in full."""
        return {
            "agree": [{"left": a.to_dict(), "right": b.to_dict()} for a, b in self.agree],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "only_a": [e.to_dict() for e in self.only_a],
            "only_b": [e.to_dict() for e in self.only_b],
        }

    def summary(self) -> str:
        """Counts on the first line, then one line per conflict and per one-sided event."""
        lines = [
            f"{len(self.agree)} agree, {_plural(len(self.conflicts), 'conflict')}, "
            f"{len(self.only_a)} only in a, {len(self.only_b)} only in b"
        ]
        for c in self.conflicts:
            what = "; ".join(str(d) for d in c.differences)
            lines.append(f"conflict: {_label(c.left)}: {what}")
        lines.extend(f"only in a: {_label(e)} {_show_date(e)}" for e in self.only_a)
        lines.extend(f"only in b: {_label(e)} {_show_date(e)}" for e in self.only_b)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()


Side = Extraction | Event | Iterable[Mergeable]


def compare(
    a: Side,
    b: Side,
    *,
    tolerance: _dt.timedelta = DEFAULT_TOLERANCE,
    undated: UndatedRule = "sole",
    fold_countries: bool = True,
) -> Comparison:
    """Compare two extractions or event sets (each side: an Extraction, or Extractions and/or
    Events, merged first with :func:`~deepseek_policy.aggregate.merge`).

    Two events are the same event when :func:`~deepseek_policy.aggregate.merge` would join
    them (same actor and family; dates within ``tolerance``, or one undated; compatible
    targets). A matched pair *conflicts* when it differs in: ``date`` (both dated and no date
    of one contains a date of the other -- "2025-02" and "2025-02-15" agree), ``kind`` (the
    main kind), ``status``, ``scope`` or ``reasons`` (both stated and different), or
    ``temporary`` (both stated and different). Silence on one side is not a conflict.

    >>> from deepseek_policy.model import Action, Actor, Date, Document, Extraction, Span
    >>> text = "Australia banned DeepSeek. Taiwan banned it."
    >>> actors = [Actor("au", "Australia", "country", "AU"), Actor("tw", "Taiwan", "country", "TW")]
    >>> au = Action("au", "ban", Span.of(text, 0, 26), targets=["DeepSeek"])
    >>> tw = Action("tw", "ban", Span.of(text, 27, 44), targets=["DeepSeek"])
    >>> result = compare(Extraction(Document("x", text), actors, [au, tw]),
    ...                  Extraction(Document("y", text), actors, [au]))
    >>> len(result.agree), [e.actor for e in result.only_a], result.only_b
    (1, ['tw'], ())
    """
    options: dict[str, Any] = {
        "tolerance": tolerance,
        "undated": undated,
        "fold_countries": fold_countries,
    }
    left = merge(_side(a), **options)
    right = merge(_side(b), **options)
    side_a = {s.key: i for i, e in enumerate(left) for s in e.sources}
    side_b = {s.key: i for i, e in enumerate(right) for s in e.sources}
    pairs: set[tuple[int, int]] = set()
    for event in merge([*left, *right], **options):
        keys = [s.key for s in event.sources]
        in_a = {side_a[k] for k in keys if k in side_a}
        in_b = {side_b[k] for k in keys if k in side_b}
        pairs.update((i, j) for i in in_a for j in in_b)
    agree: list[tuple[Event, Event]] = []
    conflicts: list[Conflict] = []
    for i, j in sorted(pairs):
        differences = _differences(left[i], right[j])
        if differences:
            conflicts.append(Conflict(left[i], right[j], differences))
        else:
            agree.append((left[i], right[j]))
    matched_a = {i for i, _ in pairs}
    matched_b = {j for _, j in pairs}
    return Comparison(
        agree=tuple(agree),
        conflicts=tuple(conflicts),
        only_a=tuple(e for i, e in enumerate(left) if i not in matched_a),
        only_b=tuple(e for j, e in enumerate(right) if j not in matched_b),
    )


def _side(side: Side) -> list[Mergeable]:
    if isinstance(side, (Extraction, Event)):
        return [side]
    return list(_iterable(side, "compare"))


def _differences(a: Event, b: Event) -> tuple[Difference, ...]:
    out: list[Difference] = []
    if a.dates and b.dates and not _dates_agree(a.dates, b.dates):
        out.append(Difference("date", _date_span(a), _date_span(b)))
    if a.kind is not b.kind:
        out.append(Difference("kind", a.kind.value, b.kind.value))
    if a.status is not b.status:
        out.append(Difference("status", a.status.value, b.status.value))
    if a.scope and b.scope and set(a.scope) != set(b.scope):
        out.append(
            Difference("scope", tuple(s.value for s in a.scope), tuple(s.value for s in b.scope))
        )
    if a.reasons and b.reasons and set(a.reasons) != set(b.reasons):
        out.append(
            Difference(
                "reasons", tuple(r.value for r in a.reasons), tuple(r.value for r in b.reasons)
            )
        )
    if a.temporary is not None and b.temporary is not None and a.temporary != b.temporary:
        out.append(Difference("temporary", a.temporary, b.temporary))
    return tuple(out)


def _dates_agree(a: Sequence[Date], b: Sequence[Date]) -> bool:
    return any(x.contains(y) or y.contains(x) for x in a for y in b)


def _date_span(e: Event) -> str | None:
    if e.date is None:
        return None
    if e.date_end is None or e.date_end == e.date:
        return e.date.value
    return f"{e.date.value}..{e.date_end.value}"


def _label(e: Event) -> str:
    return f"{e.actor_name} {e.kind.value}"


def _show_date(e: Event) -> str:
    return _date_span(e) or "(undated)"


def _show(value: DifferenceValue) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple):
        return "|".join(value) or "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _jsonable(value: DifferenceValue) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# ---------------------------------------------------------------------------------------------
# RateTable
# ---------------------------------------------------------------------------------------------

#: Illustrative USD values of one unit of a few currencies: rounded approximations of monthly
#: and yearly averages, for examples and tests only -- supply your own table for analysis.
EXAMPLE_RATES: Mapping[tuple[str, str], float] = {
    ("KRW", "2024"): 0.000733,
    ("KRW", "2025-01"): 0.000687,
    ("KRW", "2025-02"): 0.000692,
    ("CNY", "2024"): 0.1389,
    ("CNY", "2025-01"): 0.1364,
    ("CNY", "2025-02"): 0.1372,
    ("EUR", "2024"): 1.082,
    ("EUR", "2025-01"): 1.035,
    ("EUR", "2025-02"): 1.041,
    ("JPY", "2024"): 0.00661,
    ("JPY", "2025-01"): 0.00639,
    ("JPY", "2025-02"): 0.00658,
    ("GBP", "2024"): 1.278,
    ("GBP", "2025-01"): 1.235,
    ("GBP", "2025-02"): 1.253,
}


#: A rate table's input: ``{(currency, period): usd}`` or ``[(currency, period, usd), ...]``,
#: where a period is an ISO date string, a year as an int, or None (any date).
RateInput = Mapping[tuple[str, Any], float] | Iterable[tuple[str, Any, float]]


def _rate_entries(rates: RateInput) -> tuple[tuple[str, str | None, float], ...]:
    if isinstance(rates, Mapping):
        rows: Iterable[Any] = ((*_pair(key), usd) for key, usd in rates.items())
    else:
        rows = _iterable(rates, "RateTable")
    out: dict[tuple[str, str | None], float] = {}
    for row in rows:
        if not isinstance(row, (tuple, list)) or len(row) != 3:
            raise InputTypeError(f"a rate table's row is (currency, period, usd), not {row!r}")
        currency, period, usd = row
        if not isinstance(currency, str) or len(currency) != 3 or not currency.isupper():
            raise ValueError(f"{currency!r} is not an ISO 4217 currency code")
        if isinstance(usd, bool) or not isinstance(usd, (int, float)) or not usd > 0:
            raise ValueError(f"the rate for {currency} must be a positive number, not {usd!r}")
        if not math.isfinite(usd):
            raise ValueError(f"the rate for {currency} must be finite, not {usd!r}")
        key = None if period is None else Date.parse(str(period)).value
        out[(currency, key)] = float(usd)
    return tuple(sorted(((c, p, r) for (c, p), r in out.items()), key=lambda e: (e[0], e[1] or "")))


def _pair(key: object) -> tuple[Any, Any]:
    """A rate table's key, ``(currency, period)``; a key of another shape (a bare currency
    code) is an :class:`~deepseek_policy.errors.InputTypeError` that shows the right one."""
    if not isinstance(key, tuple) or len(key) != 2:
        raise InputTypeError(
            f"a rate table's key is (currency, period), not {key!r}; "
            f"write ({key!r}, None) for a rate at any date"
        )
    return key[0], key[1]


@attrs.frozen
class RateTable:
    """USD values of currencies by period, supplied by the caller; never fetched.

    Built from a mapping ``{(currency, period): usd_per_unit}`` where the period is a day
    ("2025-02-06"), an ISO week, a month ("2025-02"), a year ("2025" or 2025), or None for a
    rate to use at any date. A lookup tries the day, then its month, then its year, then the
    undated rate; a currency or period not in the table has no rate (never a guess). USD is
    always 1.

    >>> rates = RateTable({("KRW", "2025"): 0.00069, ("EUR", None): 1.05})
    >>> rates.rate("KRW", "2025-02-06"), rates.rate("KRW", "2024-12-31"), rates.rate("EUR", None)
    (0.00069, None, 1.05)
    >>> round(rates.to_usd(7e9, "KRW", "2025-02-06"))
    4830000
    """

    entries: tuple[tuple[str, str | None, float], ...] = attrs.field(converter=_rate_entries)
    _index: dict[tuple[str, str | None], float] = attrs.field(
        init=False, eq=False, repr=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        self._index.update({(c, p): r for c, p, r in self.entries})

    @classmethod
    def example(cls) -> RateTable:
        """The small illustrative table :data:`EXAMPLE_RATES` (monthly values for January and
        February 2025 and yearly ones for 2024; KRW, CNY, EUR, JPY, GBP)."""
        return cls(EXAMPLE_RATES)

    @property
    def currencies(self) -> tuple[str, ...]:
        """The currencies the table has rates for."""
        return tuple(dict.fromkeys(c for c, _, _ in self.entries))

    def rate(self, currency: str, when: Date | _dt.date | str | int | None) -> float | None:
        """USD per unit of ``currency`` at ``when``, or None if the table has none."""
        if currency == "USD":
            return 1.0
        for period in _periods(when):
            found = self._index.get((currency, period))
            if found is not None:
                return found
        return None

    def to_usd(
        self, amount: float, currency: str, when: Date | _dt.date | str | int | None
    ) -> float | None:
        """``amount`` of ``currency`` in USD at ``when``, or None without a rate."""
        r = self.rate(currency, when)
        return None if r is None else amount * r


def _periods(when: Date | _dt.date | str | int | None) -> list[str | None]:
    """The table keys to try for ``when``, most specific first, ending with None."""
    if when is None:
        return [None]
    if isinstance(when, int) and not isinstance(when, bool):
        date = Date.of_year(when)
    elif isinstance(when, _dt.date):
        date = Date.of_day(when)
    elif isinstance(when, str):
        date = Date.parse(when)
    elif isinstance(when, Date):
        date = when
    else:
        raise InputTypeError(
            f"expected a Date, date, ISO string or year, not {type(when).__name__}"
        )
    day = date.first_day
    out: list[str | None] = [date.value]
    if date.precision in (DatePrecision.DAY, DatePrecision.WEEK):
        out.append(f"{day.year:04d}-{day.month:02d}")
    if date.precision is not DatePrecision.YEAR:
        out.append(f"{day.year:04d}")
    out.append(None)
    return out


# ---------------------------------------------------------------------------------------------
# compare_claims
# ---------------------------------------------------------------------------------------------

_SECONDS = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 604800.0,
    "month": 2629800.0,  # 30.4375 days
    "year": 31557600.0,  # 365.25 days
}


@attrs.frozen
class ClaimConflict:
    """Two claims by one speaker on one topic whose quantities differ, or cannot be compared.

    ``topic`` is the quantities' kind and unit family: "money", "percent", "duration", or
    "count:<unit>" ("count:GPU", "count:parameter"). ``differences`` names what differs:
    "value" (beyond the relative tolerance), "bound" ("$6 million" vs "under $6 million").
    ``consistent`` says whether both can still be true ("under $6 million" and "$5.6 million").
    When a rate is missing, ``comparable`` is False, ``differences`` is empty and ``note``
    says which rate ("not comparable: no rate for KRW in 2025-02").
    """

    speaker: str
    speaker_name: str | None
    topic: str
    left: ReportedClaim
    right: ReportedClaim
    left_quantity: Quantity
    right_quantity: Quantity
    differences: tuple[str, ...]
    comparable: bool
    consistent: bool | None
    note: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "topic": self.topic,
            "differences": list(self.differences),
            "comparable": self.comparable,
            "consistent": self.consistent,
            "note": self.note,
            "left": self.left.to_dict(),
            "right": self.right.to_dict(),
            "left_quantity": self.left_quantity.to_dict(),
            "right_quantity": self.right_quantity.to_dict(),
        }


ClaimInput = Extraction | ReportedClaim | Claim


def compare_claims(
    claims: Iterable[ClaimInput],
    *,
    rates: RateTable | None = None,
    tolerance: float = 0.05,
) -> tuple[ClaimConflict, ...]:
    """Claims by the same speaker on the same topic whose quantities differ.

    Pass Extractions (best: speakers get names and claims their documents), ReportedClaims
    or bare Claims. Unattributed claims are skipped. For each pair of claims by one speaker,
    the quantities of one topic are paired nearest-first, and a pair is reported when the
    values differ by more than ``tolerance`` (relative to the larger), when the bounds differ
    (under / over vs a plain or approximate figure), or when it cannot be compared. Money in
    two currencies is compared in USD through ``rates`` at each claim's date (its own date,
    else its document's publication day); when a claim states the amount in a currency the
    other also uses, only those figures are compared. Durations are compared in seconds.

    >>> from deepseek_policy.model import Actor, Claim, Document, Extraction, Quantity, Span
    >>> def said(doc_id, text, value, unit="USD", bound="exact"):
    ...     span = Span.of(text, 0, len(text))
    ...     q = Quantity("money", value, unit, span, bound=bound)
    ...     lg = Actor("kr-lg-ai-research", "LG AI Research", "organization", "KR")
    ...     claim = Claim("kr-lg-ai-research", text, "said", span, quantities=[q])
    ...     return Extraction(Document(doc_id, text, published="2025-02-06"), [lg], claims=[claim])
    >>> a = said("a", "It cost 7 billion won.", 7e9, "KRW")
    >>> b = said("b", "It cost $6 million.", 6e6)
    >>> compare_claims([a, b])[0].note
    'not comparable: no rate for KRW in 2025-02-06'
    >>> (found,) = compare_claims([a, b], rates=RateTable({("KRW", "2025"): 0.00069}))
    >>> found.differences, found.note
    (('value',), 'value: 4830000 USD vs 6000000 USD (19.5% apart)')
    """
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)):
        raise InputTypeError(f"tolerance must be a number, not {type(tolerance).__name__}")
    if not tolerance >= 0:
        raise ValueError(f"tolerance must be a non-negative fraction, not {tolerance!r}")
    if rates is not None and not isinstance(rates, RateTable):
        raise InputTypeError(f"rates must be a RateTable or None, not {type(rates).__name__}")
    reported = [r for r in _reported(claims) if r.speaker_id is not None]
    reported.sort(key=_claim_order)
    groups: dict[tuple[str, str], list[tuple[int, list[Quantity]]]] = defaultdict(list)
    for index, rc in enumerate(reported):
        by_topic: dict[str, list[Quantity]] = defaultdict(list)
        for q in rc.claim.quantities:
            by_topic[_topic(q)].append(q)
        for topic, qs in by_topic.items():
            speaker = rc.speaker_id
            assert speaker is not None
            groups[(speaker, topic)].append((index, qs))
    out: list[ClaimConflict] = []
    for (speaker, topic), members in sorted(groups.items()):
        for (i, left_qs), (j, right_qs) in _pairs(members):
            left, right = reported[i], reported[j]
            for lq, rq, verdict in _match(
                left=left,
                left_qs=left_qs,
                right=right,
                right_qs=right_qs,
                rates=rates,
                tolerance=tolerance,
            ):
                if verdict is None:
                    continue
                differences, comparable, consistent, note = verdict
                out.append(
                    ClaimConflict(
                        speaker=speaker,
                        speaker_name=left.speaker_name or right.speaker_name,
                        topic=topic,
                        left=left,
                        right=right,
                        left_quantity=lq,
                        right_quantity=rq,
                        differences=differences,
                        comparable=comparable,
                        consistent=consistent,
                        note=note,
                    )
                )
    return tuple(out)


def _reported(claims: Iterable[ClaimInput]) -> Iterable[ReportedClaim]:
    for item in _iterable(claims, "compare_claims"):
        c: object = item  # checked at run time too
        if isinstance(c, Extraction):
            yield from ReportedClaim.from_extraction(c)
        elif isinstance(c, ReportedClaim):
            yield c
        elif isinstance(c, Claim):
            yield ReportedClaim(c)
        else:
            kind = type(c).__name__
            raise InputTypeError(f"expected Extractions, ReportedClaims or Claims, not {kind}")


def _claim_order(rc: ReportedClaim) -> tuple[Any, ...]:
    return (
        rc.published or _dt.date.max,
        rc.document_id or "",
        rc.claim.evidence.start,
        rc.claim.evidence.end,
        rc.claim.text,
    )


def _pairs(members: Sequence[tuple[int, list[Quantity]]]) -> Iterable[Any]:
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            yield members[x], members[y]


def _topic(q: Quantity) -> str:
    if q.kind is QuantityKind.COUNT:
        return f"count:{q.unit}"
    return str(q.kind.value)


Verdict = tuple[tuple[str, ...], bool, bool | None, str] | None


def _match(
    *,
    left: ReportedClaim,
    left_qs: Sequence[Quantity],
    right: ReportedClaim,
    right_qs: Sequence[Quantity],
    rates: RateTable | None,
    tolerance: float,
) -> list[tuple[Quantity, Quantity, Verdict]]:
    """Pair the two claims' quantities of one topic nearest-first, each used once."""
    shared = {q.unit for q in left_qs} & {q.unit for q in right_qs}
    if shared and left_qs[0].kind is QuantityKind.MONEY:
        left_qs = [q for q in left_qs if q.unit in shared]
        right_qs = [q for q in right_qs if q.unit in shared]
    candidates: list[tuple[float, int, int, Verdict]] = []
    for a, lq in enumerate(left_qs):
        for b, rq in enumerate(right_qs):
            gap, verdict = _judge(
                lq=lq, left=left, rq=rq, right=right, rates=rates, tolerance=tolerance
            )
            candidates.append((gap, a, b, verdict))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[Quantity, Quantity, Verdict]] = []
    for _, a, b, verdict in candidates:
        if a in used_a or b in used_b:
            continue
        used_a.add(a)
        used_b.add(b)
        out.append((left_qs[a], right_qs[b], verdict))
    return out


def _judge(
    *,
    lq: Quantity,
    left: ReportedClaim,
    rq: Quantity,
    right: ReportedClaim,
    rates: RateTable | None,
    tolerance: float,
) -> tuple[float, Verdict]:
    """(distance, verdict): None when the two quantities agree."""
    unit = lq.unit
    lo_a, hi_a = lq.value, lq.high if lq.high is not None else lq.value
    lo_b, hi_b = rq.value, rq.high if rq.high is not None else rq.value
    if lq.kind is QuantityKind.MONEY and lq.unit != rq.unit:
        converted: list[tuple[float, float]] = []
        for q, rc, lo, hi in ((lq, left, lo_a, hi_a), (rq, right, lo_b, hi_b)):
            when = rc.when
            r = None if rates is None else rates.rate(q.unit, when)
            if r is None:
                at = f" in {when.value}" if when is not None else " (undated claim)"
                note = f"not comparable: no rate for {q.unit}{at}"
                return math.inf, ((), False, None, note)
            converted.append((lo * r, hi * r))
        (lo_a, hi_a), (lo_b, hi_b) = converted
        unit = "USD"
    elif lq.kind is QuantityKind.DURATION:
        fa, fb = _SECONDS.get(lq.unit), _SECONDS.get(rq.unit)
        if fa is None or fb is None:
            if lq.unit != rq.unit:
                return math.inf, ((), False, None, f"not comparable: {lq.unit} vs {rq.unit}")
        else:
            lo_a, hi_a, lo_b, hi_b = lo_a * fa, hi_a * fa, lo_b * fb, hi_b * fb
            unit = "second"
    scale = max(abs(lo_a), abs(hi_a), abs(lo_b), abs(hi_b))
    gap = max(lo_a - hi_b, lo_b - hi_a, 0.0)
    relative = 0.0 if scale == 0 else gap / scale
    differences: list[str] = []
    notes: list[str] = []
    if relative > tolerance:
        differences.append("value")
        shown = f"{_amount(lo_a, hi_a)} {unit} vs {_amount(lo_b, hi_b)} {unit}"
        notes.append(f"value: {shown} ({relative:.1%} apart)")
    bound_a, bound_b = _bound(lq.bound), _bound(rq.bound)
    if bound_a != bound_b:
        differences.append("bound")
        notes.append(f"bound: {bound_a} vs {bound_b}")
    if not differences:
        return relative, None
    consistent = _consistent((lo_a, hi_a), bound_a, (lo_b, hi_b), bound_b, tolerance)
    return relative, (tuple(differences), True, consistent, "; ".join(notes))


def _bound(b: Bound | None) -> str:
    """The bound's side: "under", "over", or "point" (exact, approximate or unstated)."""
    if b is Bound.UNDER:
        return "under"
    if b is Bound.OVER:
        return "over"
    return "point"


def _interval(lo: float, hi: float, bound: str) -> tuple[float, float]:
    if bound == "under":
        return (-math.inf, hi)
    if bound == "over":
        return (lo, math.inf)
    return (lo, hi)


def _consistent(
    a_range: tuple[float, float],
    bound_a: str,
    b_range: tuple[float, float],
    bound_b: str,
    tol: float,
) -> bool:
    """Whether both figures can be true: their ranges ("under X" reaching down, "over X"
    up) meet, or miss by no more than the relative tolerance."""
    a = _interval(*a_range, bound_a)
    b = _interval(*b_range, bound_b)
    gap = max(a[0] - b[1], b[0] - a[1], 0.0)
    scale = max(abs(x) for x in (*a_range, *b_range))
    return gap == 0 or (scale > 0 and gap / scale <= tol)


def _amount(lo: float, hi: float) -> str:
    return _round(lo) if lo == hi else f"{_round(lo)}-{_round(hi)}"


def _round(x: float) -> str:
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.4g}"
