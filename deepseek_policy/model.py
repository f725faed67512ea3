"""The records of ``SCHEMA.md``: frozen, slotted attrs classes and the enums of the taxonomy.

Every record that comes from text carries its :class:`Span` of evidence, and an
:class:`Extraction` checks on construction that each span's ``text`` is exactly
``document.text[start:end]``. ``Extraction.to_dict()`` gives the schema's JSON and
``Extraction.from_dict()`` reads it back without loss; a malformed dict raises
:class:`~deepseek_policy.errors.SchemaError` naming the field.

>>> ActionKind.BAN.family
<Family.RESTRICTIVE: 'restrictive'>
>>> Date.parse("2025-W06").first_day, Date.parse("2025-W06").last_day
(datetime.date(2025, 2, 3), datetime.date(2025, 2, 9))
>>> Date.parse("2025-02").contains(Date.parse("2025-02-15"))
True
"""

from __future__ import annotations

import calendar
import copyreg
import datetime as _dt
import enum
import functools
import json
import math
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs
import regex

from deepseek_policy.errors import InputTypeError, SchemaError

__all__ = [
    "Action",
    "ActionKind",
    "Actor",
    "ActorKind",
    "Bound",
    "Claim",
    "Date",
    "DatePrecision",
    "Document",
    "Extraction",
    "Family",
    "Quantity",
    "QuantityKind",
    "Reason",
    "Scope",
    "Span",
    "Status",
]


class _StrEnum(str, enum.Enum):
    """An enum whose members are their schema strings (``str(x) == x.value``)."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def coerce(cls: type[_E], value: _E | str, field: str = "value") -> _E:
        """Return the member named by ``value`` (a member or its string), or raise SchemaError."""
        if isinstance(value, cls):
            return value
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            raise SchemaError(
                field, f"{value!r} is not a valid {cls.__name__} (one of: {allowed})"
            ) from None


_E = TypeVar("_E", bound=_StrEnum)


class ActorKind(_StrEnum):
    """What sort of body an actor is."""

    COUNTRY = "country"
    SUBNATIONAL_GOVERNMENT = "subnational_government"
    GOVERNMENT_AGENCY = "government_agency"
    REGULATOR = "regulator"
    LEGISLATURE = "legislature"
    STATE_ENTERPRISE = "state_enterprise"
    COMPANY = "company"
    PERSON = "person"
    ORGANIZATION = "organization"
    INTERNATIONAL = "international"


class Family(_StrEnum):
    """An action's polarity toward its target."""

    RESTRICTIVE = "restrictive"
    SCRUTINY = "scrutiny"
    SUPPORTIVE = "supportive"
    OTHER = "other"


class ActionKind(_StrEnum):
    """What an actor does; ``.family`` gives its polarity."""

    BAN = "ban"
    BLOCK = "block"
    RESTRICT = "restrict"
    SUSPEND = "suspend"
    INVESTIGATE = "investigate"
    REQUEST_INFORMATION = "request_information"
    WARN = "warn"
    ADOPT = "adopt"
    INTEGRATE = "integrate"
    PARTNER = "partner"
    LIFT = "lift"
    INVEST = "invest"
    RELEASE = "release"
    CALL_FOR = "call_for"
    OPPOSE = "oppose"

    @property
    def family(self) -> Family:
        """The family this kind belongs to."""
        return _FAMILY_OF[self]


_FAMILY_OF: dict[ActionKind, Family] = {
    **dict.fromkeys(
        (ActionKind.BAN, ActionKind.BLOCK, ActionKind.RESTRICT, ActionKind.SUSPEND),
        Family.RESTRICTIVE,
    ),
    **dict.fromkeys(
        (ActionKind.INVESTIGATE, ActionKind.REQUEST_INFORMATION, ActionKind.WARN),
        Family.SCRUTINY,
    ),
    **dict.fromkeys(
        (ActionKind.ADOPT, ActionKind.INTEGRATE, ActionKind.PARTNER, ActionKind.LIFT),
        Family.SUPPORTIVE,
    ),
    **dict.fromkeys(
        (ActionKind.INVEST, ActionKind.RELEASE, ActionKind.CALL_FOR, ActionKind.OPPOSE),
        Family.OTHER,
    ),
}


class Status(_StrEnum):
    """How far an action has gone."""

    DONE = "done"
    PLANNED = "planned"
    CONSIDERED = "considered"
    PROPOSED = "proposed"


class Scope(_StrEnum):
    """Where a measure applies."""

    GOVERNMENT_DEVICES = "government_devices"
    WORK_USE = "work_use"
    APP_STORE = "app_store"
    NATIONWIDE = "nationwide"
    PUBLIC_SERVICES = "public_services"
    CRITICAL_INFRASTRUCTURE = "critical_infrastructure"


class Reason(_StrEnum):
    """Why an actor acted, as the text states it."""

    PRIVACY = "privacy"
    DATA_SOVEREIGNTY = "data_sovereignty"
    SECURITY = "security"
    NATIONAL_SECURITY = "national_security"
    COST = "cost"
    EFFICIENCY = "efficiency"
    COMPETITION = "competition"
    CENSORSHIP = "censorship"


class QuantityKind(_StrEnum):
    """The four kinds of quantity."""

    MONEY = "money"
    PERCENT = "percent"
    DURATION = "duration"
    COUNT = "count"


class Bound(_StrEnum):
    """How a stated number relates to the true one."""

    EXACT = "exact"
    APPROX = "approx"
    UNDER = "under"
    OVER = "over"


class DatePrecision(_StrEnum):
    """How much of a date the text pins down."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


# ---------------------------------------------------------------------------------------------
# small validators and converters
# ---------------------------------------------------------------------------------------------

_COUNTRY_CODE = regex.compile(r"[A-Z]{2}")
_REGION_CODE = regex.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not _is_int(value) or value < 0:
        raise SchemaError(attribute.name, f"must be a non-negative int, got {value!r}")


def _non_empty_str(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise SchemaError(attribute.name, f"must be a non-empty string, got {value!r}")


def _optional_str(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not isinstance(value, str):
        raise SchemaError(attribute.name, f"must be a string or None, got {value!r}")


def _str_tuple(values: Iterable[str], field: str = "value") -> tuple[str, ...]:
    if isinstance(values, str):
        raise SchemaError(field, f"expected a list of strings, got the string {values!r}")
    out = tuple(values)
    for v in out:
        if not isinstance(v, str):
            raise SchemaError(field, f"expected strings, got {v!r}")
    return out


def _aliases(values: Iterable[str]) -> tuple[str, ...]:
    return _str_tuple(values, "aliases")


def _targets(values: Iterable[str]) -> tuple[str, ...]:
    return _str_tuple(values, "targets")


def _actor_kind(value: ActorKind | str) -> ActorKind:
    return ActorKind.coerce(value, "kind")


def _action_kind(value: ActionKind | str) -> ActionKind:
    return ActionKind.coerce(value, "kind")


def _status(value: Status | str) -> Status:
    return Status.coerce(value, "status")


def _quantity_kind(value: QuantityKind | str) -> QuantityKind:
    return QuantityKind.coerce(value, "kind")


def _precision(value: DatePrecision | str) -> DatePrecision:
    return DatePrecision.coerce(value, "precision")


def _optional_bound(value: Bound | str | None) -> Bound | None:
    return None if value is None else Bound.coerce(value, "bound")


def _scopes(values: Iterable[Scope | str]) -> tuple[Scope, ...]:
    return _unique(Scope.coerce(v, "scope") for v in _not_a_string(values, "scope"))


def _reasons(values: Iterable[Reason | str]) -> tuple[Reason, ...]:
    return _unique(Reason.coerce(v, "reasons") for v in _not_a_string(values, "reasons"))


_T = TypeVar("_T")


def _not_a_string(values: Iterable[_T], field: str) -> Iterable[_T]:
    if isinstance(values, str):
        raise SchemaError(field, f"expected a list, got the string {values!r}")
    return values


def _unique(values: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(values))


def _number(value: float | int, field: str = "value") -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SchemaError(field, f"must be a number, got {value!r}")
    out = float(value)
    if not math.isfinite(out):
        raise SchemaError(field, f"must be finite, got {value!r}")
    return out


def _optional_high(value: float | int | None) -> float | None:
    return None if value is None else _number(value, "high")


# ---------------------------------------------------------------------------------------------
# pickling
# ---------------------------------------------------------------------------------------------

_R = TypeVar("_R", bound=attrs.AttrsInstance)


#: The field names of each record class pickled by its fields, in order.
_FIELDS: dict[type, tuple[str, ...]] = {}
_new = object.__new__
_NEWOBJ = copyreg.__newobj__  # type: ignore[attr-defined]  # what pickle calls by default
_set = object.__setattr__


def _restore(cls: type[_R], values: tuple[Any, ...]) -> _R:
    """A record rebuilt from its field values, as :func:`_pickled_by_fields` pickles it.

    The record was checked when it was made, so the checks do not run again (attrs' own
    ``__setstate__`` skips them too); this costs one attribute store a field instead of a
    dict per record, which is what ``extract_many`` pays to bring each result back.
    """
    names = _FIELDS[cls]
    if len(names) != len(values):
        raise SchemaError(cls.__name__, f"a pickle of {len(values)} fields, not {len(names)}")
    record = _new(cls)
    for name, value in zip(names, values):  # noqa: B905 - the lengths are checked above
        _set(record, name, value)
    return record


def _pickled_by_fields(cls: type[_R]) -> type[_R]:
    """Pickle the record class's instances as their field values (see :func:`_restore`).

    A subclass with fields of its own keeps attrs' pickling.
    """
    names = _FIELDS[cls] = tuple(a.name for a in attrs.fields(cls))
    values = operator.attrgetter(*names)  # one tuple, read in C

    def reduce(self: Any) -> str | tuple[Any, ...]:
        if type(self) is not cls:  # attrs' state, as pickle would take it without this method
            return _NEWOBJ, (type(self),), self.__getstate__()
        return _restore, (cls, values(self))

    cls.__reduce__ = reduce  # type: ignore[method-assign]
    return cls


# ---------------------------------------------------------------------------------------------
# Span
# ---------------------------------------------------------------------------------------------


@attrs.frozen(eq=False)
class Span:
    """Character offsets ``[start, end)`` into a document's text and the text they cover.

    A span made by :meth:`of` keeps a reference to the text it was cut from and slices
    :attr:`text` on use, so the thousands of evidence spans of a long document do not each
    hold a copy of their sentence. ``Span(start, end, text)`` holds the given text. Either way
    two spans are equal when their offsets and text are; they sort by offsets. To move a span,
    make a new one with :meth:`of` (``attrs.evolve`` would pass the whole source as ``text``).
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    # The span's own text (made by the constructor), or the whole text it was cut from (made
    # by ``of``). Which one is told by the length alone: a text cut from a longer source is
    # shorter than that source unless the span covers all of it, and then the two are equal.
    _source: str = attrs.field(alias="text")

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise SchemaError("end", f"end {self.end} is before start {self.start}")
        if not isinstance(self._source, str) or len(self._source) != self.end - self.start:
            raise SchemaError(
                "text", f"{self._source!r} does not fit the offsets [{self.start}, {self.end})"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``, so that its ``text`` always matches the source.

        >>> Span.of("Italy blocked it.", 0, 5)
        Span(start=0, end=5, text='Italy')
        """
        if not (_is_int(start) and _is_int(end) and isinstance(text, str)):
            raise SchemaError("span", f"[{start!r}, {end!r}) are not offsets into a str")
        if not 0 <= start <= end <= len(text):
            raise SchemaError("span", f"[{start}, {end}) lies outside a text of {len(text)}")
        span = _new(cls)  # the checks above are the constructor's, on a longer text
        _set(span, "start", start)
        _set(span, "end", end)
        _set(span, "_source", text)
        return span

    @property
    def text(self) -> str:
        """The text the span covers."""
        source = self._source
        if len(source) == self.end - self.start:
            return source
        return source[self.start : self.end]

    def cut_from(self, text: str) -> bool:
        """Whether the span was cut from this very string by :meth:`of`: then its text is
        ``text[start:end]`` without comparing a character."""
        source = self._source
        return source is text and (self.start == 0 or len(source) != self.end - self.start)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (
            self.start == other.start
            and self.end == other.end
            and (self._source is other._source or self.text == other.text)
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __lt__(self, other: Span) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: Span) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: Span) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: Span) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) >= (other.start, other.end)

    def __repr__(self) -> str:
        return f"Span(start={self.start!r}, end={self.end!r}, text={self.text!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle the span's own text, not the document it may have been cut from
        if type(self) is not Span:
            return (type(self), (self.start, self.end, self.text))
        return _restore, (Span, (self.start, self.end, self.text))

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], field: str = "evidence") -> Span:
        d = _mapping(data, field)
        return _build(
            field,
            lambda: cls(
                _req(d, "start", field, int),
                _req(d, "end", field, int),
                _req(d, "text", field, str),
            ),
        )


#: A span pickles as its offsets and its own text (see ``Span.__reduce__``).
_FIELDS[Span] = tuple(a.name for a in attrs.fields(Span))


# ---------------------------------------------------------------------------------------------
# Date
# ---------------------------------------------------------------------------------------------

_DATE_FORMS: dict[DatePrecision, regex.Pattern[str]] = {
    DatePrecision.DAY: regex.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})"),
    DatePrecision.WEEK: regex.compile(r"([0-9]{4})-W([0-9]{2})"),
    DatePrecision.MONTH: regex.compile(r"([0-9]{4})-([0-9]{2})"),
    DatePrecision.YEAR: regex.compile(r"([0-9]{4})"),
}
_PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}


@functools.total_ordering
@_pickled_by_fields
@attrs.frozen
class Date:
    """A calendar date at a stated precision: ``2025-02-15`` (day), ``2025-W06`` (ISO week),
    ``2025-01`` (month) or ``2024`` (year)."""

    value: str
    precision: DatePrecision = attrs.field(converter=_precision)
    first_day: _dt.date = attrs.field(init=False, eq=False, repr=False)
    last_day: _dt.date = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        first, last = _date_range(self.value, self.precision)
        object.__setattr__(self, "first_day", first)
        object.__setattr__(self, "last_day", last)

    # constructors ---------------------------------------------------------------------------
    @classmethod
    def parse(cls, value: str) -> Date:
        """Read a value in one of the four forms, inferring the precision from its shape.

        >>> Date.parse("2025-01")
        Date(value='2025-01', precision=<DatePrecision.MONTH: 'month'>)
        """
        if not isinstance(value, str):
            raise SchemaError("value", f"must be a string, got {value!r}")
        for precision, form in _DATE_FORMS.items():
            if form.fullmatch(value):
                return cls(value, precision)
        raise SchemaError("value", f"{value!r} is not YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY")

    @classmethod
    def of_day(cls, day: _dt.date) -> Date:
        """A day-precision date."""
        return cls(day.isoformat(), DatePrecision.DAY)

    @classmethod
    def of_week(cls, day: _dt.date) -> Date:
        """The ISO week that contains ``day``."""
        year, week, _ = day.isocalendar()
        return cls(f"{year:04d}-W{week:02d}", DatePrecision.WEEK)

    @classmethod
    def of_month(cls, year: int, month: int) -> Date:
        """A month-precision date."""
        return cls(f"{year:04d}-{month:02d}", DatePrecision.MONTH)

    @classmethod
    def of_year(cls, year: int) -> Date:
        """A year-precision date."""
        return cls(f"{year:04d}", DatePrecision.YEAR)

    # relations ------------------------------------------------------------------------------
    def contains(self, other: Date) -> bool:
        """Whether every day of ``other`` falls inside this date."""
        return self.first_day <= other.first_day and other.last_day <= self.last_day

    def overlaps(self, other: Date, *, tolerance: _dt.timedelta = _dt.timedelta(0)) -> bool:
        """Whether the two dates share a day, allowing ``tolerance`` of slack on each side
        (compared as differences of days, so a date at the calendar's edge never overflows)."""
        return (
            self.first_day - other.last_day <= tolerance
            and other.first_day - self.last_day <= tolerance
        )

    def is_finer_than(self, other: Date) -> bool:
        """Whether this date is more precise than ``other``."""
        return _PRECISION_RANK[self.precision] < _PRECISION_RANK[other.precision]

    @property
    def sort_key(self) -> tuple[_dt.date, int]:
        """Earliest day first; at the same first day, the more precise date first."""
        return (self.first_day, _PRECISION_RANK[self.precision])

    def __lt__(self, other: Date) -> bool:
        if not isinstance(other, Date):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __str__(self) -> str:
        return self.value

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], field: str = "date") -> Date:
        d = _mapping(data, field)
        value = _req(d, "value", field, str)
        precision = d.get("precision")
        if precision is None:
            return _build(field, lambda: cls.parse(value))
        return _build(field, lambda: cls(value, precision))


def _date_range(value: str, precision: DatePrecision) -> tuple[_dt.date, _dt.date]:
    if not isinstance(value, str):
        raise SchemaError("value", f"must be a string, got {value!r}")
    m = _DATE_FORMS[precision].fullmatch(value)
    if m is None:
        raise SchemaError("value", f"{value!r} is not a {precision.value}-precision date")
    nums = [int(g) for g in m.groups()]
    try:
        if precision is DatePrecision.DAY:
            day = _dt.date(nums[0], nums[1], nums[2])
            return day, day
        if precision is DatePrecision.WEEK:
            monday = _dt.date.fromisocalendar(nums[0], nums[1], 1)
            return monday, monday + _dt.timedelta(days=6)
        if precision is DatePrecision.MONTH:
            last = calendar.monthrange(nums[0], nums[1])[1]
            return _dt.date(nums[0], nums[1], 1), _dt.date(nums[0], nums[1], last)
        if nums[0] < 1:
            raise ValueError("year 0")
        return _dt.date(nums[0], 1, 1), _dt.date(nums[0], 12, 31)
    except ValueError as e:
        raise SchemaError("value", f"{value!r} is not a real {precision.value}: {e}") from None


# ---------------------------------------------------------------------------------------------
# Document
# ---------------------------------------------------------------------------------------------


def _optional_day(value: _dt.date | str | None) -> _dt.date | None:
    if value is None or (isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)):
        return value
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise SchemaError("published", f"{value!r} is not an ISO date") from None
    raise SchemaError("published", f"must be a date, an ISO string or None, got {value!r}")


def _text_repr(text: str) -> str:
    return f"<{len(text)} chars>"


@_pickled_by_fields
@attrs.frozen
class Document:
    """An article: its text (all offsets point into it) and what is known about it."""

    id: str = attrs.field(validator=_non_empty_str)
    text: str = attrs.field(repr=_text_repr)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    published: _dt.date | None = attrs.field(default=None, converter=_optional_day)
    source: str | None = attrs.field(default=None, validator=_optional_str)
    url: str | None = attrs.field(default=None, validator=_optional_str)

    @text.validator
    def _check_text(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            raise SchemaError("text", f"must be a string, got {type(value).__name__}")

    def span(self, start: int, end: int) -> Span:
        """The :class:`Span` of ``text[start:end]``."""
        return Span.of(self.text, start, end)

    def to_dict(self, *, text: bool = True) -> dict[str, Any]:
        """The schema's ``document`` object; ``text`` (and ``url``) are kept for a lossless round
        trip and may be left out with ``text=False``."""
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
        }
        if text:
            out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], field: str = "document") -> Document:
        d = _mapping(data, field)
        return _build(
            field,
            lambda: cls(
                id=_req(d, "id", field, str),
                text=_opt(d, "text", field, str) or "",
                title=_opt(d, "title", field, str),
                published=_opt(d, "published", field, str),
                source=_opt(d, "source", field, str),
                url=_opt(d, "url", field, str),
            ),
        )


# ---------------------------------------------------------------------------------------------
# Quantity
# ---------------------------------------------------------------------------------------------


def _span(_inst: object, attribute: attrs.Attribute[Span], value: Span) -> None:
    if not isinstance(value, Span):
        raise SchemaError(attribute.name, f"expected a Span, got {value!r}")


def _optional_date(
    _inst: object, attribute: attrs.Attribute[Date | None], value: Date | None
) -> None:
    if value is not None and not isinstance(value, Date):
        raise SchemaError(attribute.name, f"expected a Date or None, got {value!r}")


def _str(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise SchemaError(attribute.name, f"must be a string, got {value!r}")


def _bool(_inst: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise SchemaError(attribute.name, f"must be true or false, got {value!r}")


@_pickled_by_fields
@attrs.frozen
class Quantity:
    """An amount stated in the text: money, a percentage, a duration or a count.

    ``value`` is in units ("2 trillion" is ``2e12``); ``high`` closes a range; ``equivalent`` is
    the index, in the extraction's quantity list, of the same amount in another unit.
    """

    kind: QuantityKind = attrs.field(converter=_quantity_kind)
    value: float = attrs.field(converter=_number)
    unit: str = attrs.field(validator=_non_empty_str)
    evidence: Span = attrs.field(validator=_span)
    high: float | None = attrs.field(default=None, converter=_optional_high)
    bound: Bound | None = attrs.field(default=Bound.EXACT, converter=_optional_bound)
    equivalent: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.high is not None and self.high < self.value:
            raise SchemaError("high", f"{self.high} is below value {self.value}")
        if self.equivalent is not None and (
            isinstance(self.equivalent, bool)
            or not isinstance(self.equivalent, int)
            or self.equivalent < 0
        ):
            raise SchemaError("equivalent", f"must be a list index, got {self.equivalent!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "value": _json_number(self.value),
            "high": None if self.high is None else _json_number(self.high),
            "unit": self.unit,
            "bound": None if self.bound is None else self.bound.value,
            "equivalent": self.equivalent,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], field: str = "quantity") -> Quantity:
        d = _mapping(data, field)
        return _build(
            field,
            lambda: cls(
                kind=_req(d, "kind", field, str),
                value=_req(d, "value", field, (int, float)),
                unit=_req(d, "unit", field, str),
                evidence=Span.from_dict(_req(d, "evidence", field, Mapping), f"{field}.evidence"),
                high=_opt(d, "high", field, (int, float)),
                bound=_opt(d, "bound", field, str),
                equivalent=_opt(d, "equivalent", field, int),
            ),
        )


def _json_number(x: float) -> float | int:
    """Integral floats are written as ints, so ``2e12`` reads ``2000000000000`` in JSON."""
    return int(x) if x.is_integer() and abs(x) < 2**53 else x


# ---------------------------------------------------------------------------------------------
# Actor, Action, Claim
# ---------------------------------------------------------------------------------------------


def _country_code(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and _COUNTRY_CODE.fullmatch(value)):
        raise SchemaError(attribute.name, f"{value!r} is not an ISO 3166-1 alpha-2 code")


def _region_code(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and _REGION_CODE.fullmatch(value)):
        raise SchemaError(attribute.name, f"{value!r} is not an ISO 3166-2 code")


@_pickled_by_fields
@attrs.frozen
class Actor:
    """Who acts or speaks: a country, body, company or person, with a stable ``id``."""

    id: str = attrs.field(validator=_non_empty_str)
    name: str = attrs.field(validator=_non_empty_str)
    kind: ActorKind = attrs.field(converter=_actor_kind)
    country: str | None = attrs.field(default=None, validator=_country_code)
    region: str | None = attrs.field(default=None, validator=_region_code)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_aliases)
    parent: str | None = attrs.field(default=None, validator=_optional_str)
    role: str | None = attrs.field(default=None, validator=_optional_str)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *(a for a in self.aliases if a != self.name))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "country": self.country,
            "region": self.region,
            "aliases": list(self.aliases),
            "parent": self.parent,
            "role": self.role,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], field: str = "actor") -> Actor:
        d = _mapping(data, field)
        return _build(
            field,
            lambda: cls(
                id=_req(d, "id", field, str),
                name=_req(d, "name", field, str),
                kind=_req(d, "kind", field, str),
                country=_opt(d, "country", field, str),
                region=_opt(d, "region", field, str),
                aliases=_opt(d, "aliases", field, list) or (),
                parent=_opt(d, "parent", field, str),
                role=_opt(d, "role", field, str),
            ),
        )


def _optional_bool(
    _inst: object, attribute: attrs.Attribute[bool | None], value: bool | None
) -> None:
    if value is not None and not isinstance(value, bool):
        raise SchemaError(attribute.name, f"must be true, false or null, got {value!r}")


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    out = tuple(_not_a_string(values, "mentions"))
    for v in out:
        if not isinstance(v, Span):
            raise SchemaError("mentions", f"expected Span records, got {v!r}")
    return out


@_pickled_by_fields
@attrs.frozen
class Action:
    """Who did what to which target, when, where and why, with the sentence that says so.

    ``mentions`` holds the other places the same action is restated in the document (a
    caption, a headline); ``evidence`` is the first and most specific statement.
    """

    actor: str = attrs.field(validator=_non_empty_str)
    kind: ActionKind = attrs.field(converter=_action_kind)
    evidence: Span = attrs.field(validator=_span)
    targets: tuple[str, ...] = attrs.field(default=(), converter=_targets)
    status: Status = attrs.field(default=Status.DONE, converter=_status)
    temporary: bool | None = attrs.field(default=None, validator=_optional_bool)
    scope: tuple[Scope, ...] = attrs.field(default=(), converter=_scopes)
    reasons: tuple[Reason, ...] = attrs.field(default=(), converter=_reasons)
    date: Date | None = attrs.field(default=None, validator=_optional_date)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)

    @property
    def family(self) -> Family:
        """The polarity of the action's kind."""
        return self.kind.family

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every evidence span: the main one, then the restatements."""
        return (self.evidence, *self.mentions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "kind": self.kind.value,
            "targets": list(self.targets),
            "status": self.status.value,
            "temporary": self.temporary,
            "scope": [s.value for s in self.scope],
            "reasons": [r.value for r in self.reasons],
            "date": None if self.date is None else self.date.to_dict(),
            "evidence": self.evidence.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], field: str = "action") -> Action:
        d = _mapping(data, field)
        date = _opt(d, "date", field, Mapping)
        mentions = _opt(d, "mentions", field, list) or []
        return _build(
            field,
            lambda: cls(
                actor=_req(d, "actor", field, str),
                kind=_req(d, "kind", field, str),
                evidence=Span.from_dict(_req(d, "evidence", field, Mapping), f"{field}.evidence"),
                targets=_opt(d, "targets", field, list) or (),
                status=_opt(d, "status", field, str) or Status.DONE,
                temporary=_opt(d, "temporary", field, bool),
                scope=_opt(d, "scope", field, list) or (),
                reasons=_opt(d, "reasons", field, list) or (),
                date=None if date is None else Date.from_dict(date, f"{field}.date"),
                mentions=[
                    Span.from_dict(m, f"{field}.mentions[{i}]") for i, m in enumerate(mentions)
                ],
            ),
        )


def _quantities(values: Iterable[Quantity]) -> tuple[Quantity, ...]:
    out = tuple(_not_a_string(values, "quantities"))
    for v in out:
        if not isinstance(v, Quantity):
            raise SchemaError("quantities", f"expected Quantity records, got {v!r}")
    return out


@_pickled_by_fields
@attrs.frozen
class Claim:
    """A statement the article attributes to someone, with its reporting cue and evidence."""

    speaker: str | None = attrs.field(validator=_optional_str)
    text: str = attrs.field(validator=_non_empty_str)
    cue: str = attrs.field(validator=_str)
    evidence: Span = attrs.field(validator=_span)
    quote: bool = attrs.field(default=False, validator=_bool)
    quantities: tuple[Quantity, ...] = attrs.field(default=(), converter=_quantities)
    date: Date | None = attrs.field(default=None, validator=_optional_date)

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "text": self.text,
            "quote": self.quote,
            "cue": self.cue,
            "quantities": [q.to_dict() for q in self.quantities],
            "date": None if self.date is None else self.date.to_dict(),
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], field: str = "claim") -> Claim:
        d = _mapping(data, field)
        date = _opt(d, "date", field, Mapping)
        qs = _opt(d, "quantities", field, list) or []
        return _build(
            field,
            lambda: cls(
                speaker=_opt(d, "speaker", field, str),
                text=_req(d, "text", field, str),
                cue=_opt(d, "cue", field, str) or "",
                evidence=Span.from_dict(_req(d, "evidence", field, Mapping), f"{field}.evidence"),
                quote=bool(_opt(d, "quote", field, bool)),
                quantities=[
                    Quantity.from_dict(q, f"{field}.quantities[{i}]") for i, q in enumerate(qs)
                ],
                date=None if date is None else Date.from_dict(date, f"{field}.date"),
            ),
        )


# ---------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------


def _actors(values: Iterable[Actor]) -> tuple[Actor, ...]:
    return _typed_tuple(values, Actor, "actors")


def _actions(values: Iterable[Action]) -> tuple[Action, ...]:
    return _typed_tuple(values, Action, "actions")


def _claims(values: Iterable[Claim]) -> tuple[Claim, ...]:
    return _typed_tuple(values, Claim, "claims")


def _typed_tuple(values: Iterable[_T], cls: type[_T], field: str) -> tuple[_T, ...]:
    out = tuple(_not_a_string(values, field))
    for i, v in enumerate(out):
        if not isinstance(v, cls):
            raise SchemaError(f"{field}[{i}]", f"expected {cls.__name__}, got {type(v).__name__}")
    return out


@_pickled_by_fields
@attrs.frozen
class Extraction:
    """Everything extracted from one document: actors, actions, claims and quantities.

    Construction checks the invariants a user relies on: ids are unique and every reference
    resolves, and each evidence span's text is exactly the document's text at its offsets.
    """

    document: Document
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    actions: tuple[Action, ...] = attrs.field(default=(), converter=_actions)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims)
    quantities: tuple[Quantity, ...] = attrs.field(default=(), converter=_quantities)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.document, Document):
            raise SchemaError("document", f"expected Document, got {type(self.document).__name__}")
        known: set[str] = set()
        for i, actor in enumerate(self.actors):
            if actor.id in known:
                raise SchemaError(f"actors[{i}].id", f"the id {actor.id!r} is used twice")
            known.add(actor.id)
        for i, action in enumerate(self.actions):
            if action.actor not in known:
                raise SchemaError(f"actions[{i}].actor", f"{action.actor!r} is not an actor id")
        for i, claim in enumerate(self.claims):
            if claim.speaker is not None and claim.speaker not in known:
                raise SchemaError(f"claims[{i}].speaker", f"{claim.speaker!r} is not an actor id")
        n = len(self.quantities)
        for i, q in enumerate(self.quantities):
            if q.equivalent is not None and not (0 <= q.equivalent < n and q.equivalent != i):
                raise SchemaError(f"quantities[{i}].equivalent", f"{q.equivalent} is not an index")
        if text := self.document.text:
            for field, span in self._spans():
                if not span.cut_from(text) and text[span.start : span.end] != span.text:
                    raise SchemaError(field, f"{span.text!r} is not the text at its offsets")

    def _spans(self) -> Iterator[tuple[str, Span]]:
        for i, action in enumerate(self.actions):
            yield f"actions[{i}].evidence", action.evidence
            for j, m in enumerate(action.mentions):
                yield f"actions[{i}].mentions[{j}]", m
        for i, claim in enumerate(self.claims):
            yield f"claims[{i}].evidence", claim.evidence
            for j, q in enumerate(claim.quantities):
                yield f"claims[{i}].quantities[{j}].evidence", q.evidence
        for i, q in enumerate(self.quantities):
            yield f"quantities[{i}].evidence", q.evidence

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id; ``KeyError`` if there is none."""
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def to_dict(self, *, text: bool = True) -> dict[str, Any]:
        """The schema's JSON shape (plain dicts, lists, strings, numbers, booleans, None)."""
        return {
            "document": self.document.to_dict(text=text),
            "actors": [a.to_dict() for a in self.actors],
            "actions": [a.to_dict() for a in self.actions],
            "claims": [c.to_dict() for c in self.claims],
            "quantities": [q.to_dict() for q in self.quantities],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Extraction:
        """Read back what :meth:`to_dict` wrote; raise :class:`SchemaError` naming a bad field."""
        d = _mapping(data, "extraction")
        document = Document.from_dict(_req(d, "document", "", Mapping))

        def items(name: str, build: Callable[[Mapping[str, Any], str], _T]) -> list[_T]:
            raw = _opt(d, name, "", list) or []
            return [build(x, f"{name}[{i}]") for i, x in enumerate(raw)]

        return cls(
            document=document,
            actors=items("actors", Actor.from_dict),
            actions=items("actions", Action.from_dict),
            claims=items("claims", Claim.from_dict),
            quantities=items("quantities", Quantity.from_dict),
        )

    def to_json(self, *, indent: int | None = 2, text: bool = True) -> str:
        """:meth:`to_dict` as a JSON string."""
        return json.dumps(self.to_dict(text=text), indent=indent, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str | bytes) -> Extraction:
        """Read back :meth:`to_json` (a str, or bytes in UTF-8, -16 or -32); a byte-order mark
        at the start, as an editor may save one, is passed over."""
        if isinstance(data, str):
            data = data.removeprefix("\ufeff")
        elif not isinstance(data, (bytes, bytearray)):
            raise InputTypeError(f"from_json() takes str or bytes, not {type(data).__name__}")
        try:
            parsed = json.loads(data)
        except (ValueError, UnicodeDecodeError) as e:
            raise SchemaError("extraction", f"not valid JSON: {e}") from None
        except RecursionError:  # "[[[[..." a hundred thousand deep: the decoder gives up
            raise SchemaError("extraction", "not valid JSON: nested too deeply") from None
        return cls.from_dict(parsed)


# ---------------------------------------------------------------------------------------------
# dict-reading helpers: every failure names its field
# ---------------------------------------------------------------------------------------------


def _mapping(data: object, field: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise SchemaError(field, f"expected an object, got {type(data).__name__}")
    return data


def _path(field: str, key: str) -> str:
    """``field.key``, or ``key`` alone at the root (``field == ""``)."""
    return f"{field}.{key}" if field else key


def _req(d: Mapping[str, Any], key: str, field: str, kind: type | tuple[type, ...]) -> Any:
    if key not in d:
        raise SchemaError(_path(field, key), "is required")
    return _check(d[key], key, field, kind)


def _opt(d: Mapping[str, Any], key: str, field: str, kind: type | tuple[type, ...]) -> Any:
    value = d.get(key)
    return None if value is None else _check(value, key, field, kind)


def _check(value: Any, key: str, field: str, kind: type | tuple[type, ...]) -> Any:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        raise SchemaError(_path(field, key), f"expected {_names(kinds)}, got {value!r}")
    if not isinstance(value, kinds):
        raise SchemaError(_path(field, key), f"expected {_names(kinds)}, got {value!r}")
    return value


def _names(kinds: Sequence[type]) -> str:
    return " or ".join(k.__name__ for k in kinds)


def _build(field: str, make: Callable[[], _T]) -> _T:
    """Run a constructor, prefixing the field path to any SchemaError it raises."""
    try:
        return make()
    except SchemaError as e:
        if e.field.startswith(field):
            raise
        raise SchemaError(f"{field}.{e.field}", e.message) from None
    except (TypeError, ValueError) as e:
        raise SchemaError(field, str(e)) from None
