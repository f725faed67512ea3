"""Across a corpus: merge per-document actions into events, order, count, and export them.

Everything here is a pure function over records (:class:`~deepseek_policy.model.Extraction`,
:class:`~deepseek_policy.model.Action`, :class:`Event`, ...); nothing re-reads article text.

What each function accepts
--------------------------
An :class:`~deepseek_policy.model.Action` alone knows neither its document nor its actor's
name and country, so the helpers work best on **Extractions**, which they flatten into one
:class:`Source` per action (document id, title, publication date, outlet, the full
:class:`~deepseek_policy.model.Actor`, and the action's fields). Concretely:

========================  =========================================================
function                  accepts (any mix, in one iterable)
========================  =========================================================
:func:`merge`             ``Extraction``, ``Event`` (so partial results merge again)
:func:`timeline`          ``Event``; ``Extraction`` / ``Source`` (per-action rows);
                          bare ``Action``
:func:`count_by`          same as :func:`timeline` (``country`` and ``actor_kind`` need
                          Extractions, Sources or Events)
:func:`stance`            same as :func:`timeline`
:func:`to_records`,       the above, plus ``Claim`` and :class:`ReportedClaim` (a claim
:func:`to_csv`            with its document and speaker: ``ReportedClaim.from_extraction``)
========================  =========================================================

Merging rules (:func:`merge`)
-----------------------------
Actions are bucketed by ``(actor id, family)``; only actions in one bucket are ever compared,
and within a bucket dated actions are joined by a sweep over their dates, so the cost grows
with the corpus, not with its square. Within a bucket, two actions are **the same event** when
their targets are compatible and:

* both are dated and the dates overlap, allowing ``tolerance`` of slack on each side
  (precision-aware: ``2025-02`` overlaps ``2025-02-15``; ``2025-W06`` overlaps ``2025-02-06``)
  -- whatever their kinds within the family (a ``ban`` and a ``block`` on the same days);
* or one is undated and the other has the same kind.

Targets are *compatible* unless both name something (a target whose words all start with a
capital letter or a digit: "DeepSeek", "TikTok", "ChatGPT", "Janus Pro") and share no name;
category targets ("generative AI", "AI apps") and phrases never keep actions apart.

Joining is transitive among day- and week-precision reports (a chain of reports each within
the tolerance of the next is one event), but coarse information never bridges two events:
fine dates are joined first; then month-, then year-precision, then undated actions (and
actions naming no target) each join the one best event they fit -- for a dated action the
one reporting its kind, then the most-reported, then the earliest; for an undated one an
event of its kind, the one nearest its document's publication date -- and only form new
events among themselves when they fit none. With ``undated="sole"`` (the default) an undated action
of another kind in the family also joins when it is unambiguous: when the actor has at most
one dated event in that family toward compatible targets (an article saying the industry
ministry "blocked" DeepSeek and another saying it "restricted" it, neither dated, are one
event); ``undated="same_kind"`` keeps the strict rule. With ``fold_countries=True`` (the
default) an event attributed to a whole country ("Italy blocked DeepSeek") is folded into the
event of one of that country's regulators or government agencies when exactly one such event
of the family fits its dates and targets (the Garante's order), as press reports often name
the country for the body that acted; when several fit, nothing is folded. Likewise a
national official's event ("Secretary Stephanie Foster banned ...") folds into the one
fitting event of their country, which then names it.

Events do not lose information: each keeps every :class:`Source` (with its own date, kind,
status and evidence), and merging is recomputed from the sources, so it is commutative,
associative and idempotent -- a tree reduction (Dask, Ray) gives the same events as one
flat merge:

>>> import datetime as dt
>>> from deepseek_policy.model import Action, Actor, Date, Document, Extraction, Span
>>> def report(doc_id, text, day, kind="suspend"):
...     pipc = Actor("kr-pipc", "Personal Information Protection Commission", "regulator", "KR")
...     action = Action("kr-pipc", kind, Span.of(text, 0, len(text)), targets=["DeepSeek"],
...                     date=Date.parse(day))
...     return Extraction(Document(doc_id, text, published="2025-02-18"), [pipc], [action])
>>> a = report("a", "The PIPC suspended downloads on Saturday.", "2025-02-15")
>>> b = report("b", "The PIPC halted downloads on Monday.", "2025-02-17")
>>> (event,) = merge([a, b])
>>> event.kind.value, event.corroboration, [str(s.date) for s in event.sources]
('suspend', 2, ['2025-02-15', '2025-02-17'])
>>> merge([*merge([a]), b]) == merge([b, a])
True
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import hashlib
import itertools
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, Literal, TextIO, overload

import attrs

from deepseek_policy.errors import InputTypeError, SchemaError
from deepseek_policy.model import (
    Action,
    ActionKind,
    Actor,
    ActorKind,
    Claim,
    Date,
    DatePrecision,
    Extraction,
    Family,
    Quantity,
    Reason,
    Scope,
    Span,
    Status,
    _mapping,
    _opt,
    _req,
)

__all__ = [
    "COUNT_KEYS",
    "DEFAULT_TOLERANCE",
    "STATUS_ORDER",
    "Event",
    "ReportedClaim",
    "Source",
    "Stance",
    "count_by",
    "merge",
    "stance",
    "timeline",
    "to_csv",
    "to_records",
]

#: How far apart two dates may be and still describe one event (slack on each side).
DEFAULT_TOLERANCE = _dt.timedelta(days=7)

#: Statuses from most to least advanced; an event takes the most advanced of its sources:
#: ``done`` > ``planned`` > ``proposed`` > ``considered`` (a bill or formal proposal is a step
#: further than an actor saying it is weighing something).
STATUS_ORDER: tuple[Status, ...] = (
    Status.DONE,
    Status.PLANNED,
    Status.PROPOSED,
    Status.CONSIDERED,
)

#: The keys :func:`count_by` understands.
COUNT_KEYS: tuple[str, ...] = (
    "country",
    "actor",
    "actor_kind",
    "kind",
    "family",
    "scope",
    "reason",
    "status",
    "month",
    "year",
)

UndatedRule = Literal["sole", "same_kind"]

_STATUS_RANK = {s: i for i, s in enumerate(STATUS_ORDER)}
_KIND_INDEX = {k: i for i, k in enumerate(ActionKind)}
_SCOPE_INDEX = {s: i for i, s in enumerate(Scope)}
_REASON_INDEX = {r: i for i, r in enumerate(Reason)}
_PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}
#: Merge tiers: fine dates first, then month, then year, then undated (4).
_TIER = {DatePrecision.DAY: 0, DatePrecision.WEEK: 0, DatePrecision.MONTH: 1, DatePrecision.YEAR: 2}
_UNDATED_TIER = 3
_FAR = _dt.date.max


# ---------------------------------------------------------------------------------------------
# Source: one action as one document reports it
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class Source:
    """One action as one document reports it: the per-action row of a corpus.

    ``Source.from_extraction`` flattens an :class:`~deepseek_policy.model.Extraction` into
    one Source per action, carrying what a bare Action lacks: the document's id, title,
    publication date and outlet, and the full :class:`~deepseek_policy.model.Actor`.

    >>> from deepseek_policy.model import Action, Actor, Document, Extraction, Span
    >>> text = "Taiwan banned DeepSeek."
    >>> ex = Extraction(Document("tw1", text, published="2025-02-03"),
    ...                 [Actor("tw", "Taiwan", "country", "TW")],
    ...                 [Action("tw", "ban", Span.of(text, 0, len(text)), targets=["DeepSeek"])])
    >>> (row,) = Source.from_extraction(ex)
    >>> row.document_id, row.actor.name, row.kind.value, row.family.value
    ('tw1', 'Taiwan', 'ban', 'restrictive')
    """

    document_id: str
    title: str | None
    published: _dt.date | None
    evidence: Span
    date: Date | None
    kind: ActionKind
    status: Status
    actor: Actor
    targets: tuple[str, ...] = ()
    scope: tuple[Scope, ...] = ()
    reasons: tuple[Reason, ...] = ()
    temporary: bool | None = None
    outlet: str | None = None

    @classmethod
    def from_extraction(cls, extraction: Extraction) -> tuple[Source, ...]:
        """One Source per action of ``extraction``, in the extraction's order."""
        doc = extraction.document
        actors = {a.id: a for a in extraction.actors}
        return tuple(
            cls(
                document_id=doc.id,
                title=doc.title,
                published=doc.published,
                evidence=action.evidence,
                date=action.date,
                kind=action.kind,
                status=action.status,
                actor=actors[action.actor],
                targets=action.targets,
                scope=action.scope,
                reasons=action.reasons,
                temporary=action.temporary,
                outlet=doc.source,
            )
            for action in extraction.actions
        )

    @property
    def family(self) -> Family:
        """The family of the reported kind."""
        return self.kind.family

    @property
    def key(self) -> tuple[Any, ...]:
        """The source's identity and canonical order: date (undated last), publication date,
        document, evidence offsets, kind, targets, actor id, status."""
        return _source_order(self)

    @property
    def action(self) -> Action:
        """The reported action, as the extraction held it (without restatements)."""
        return Action(
            actor=self.actor.id,
            kind=self.kind,
            evidence=self.evidence,
            targets=self.targets,
            status=self.status,
            temporary=self.temporary,
            scope=self.scope,
            reasons=self.reasons,
            date=self.date,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` reads it back."""
        return {
            "document_id": self.document_id,
            "title": self.title,
            "published": _iso(self.published),
            "outlet": self.outlet,
            "actor": self.actor.to_dict(),
            "kind": self.kind.value,
            "status": self.status.value,
            "date": None if self.date is None else self.date.to_dict(),
            "temporary": self.temporary,
            "scope": [s.value for s in self.scope],
            "reasons": [r.value for r in self.reasons],
            "targets": list(self.targets),
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        """Read back :meth:`to_dict`; a malformed dict raises SchemaError naming the field."""
        d = _mapping(data, "source")
        date = _opt(d, "date", "source", Mapping)
        return cls(
            document_id=_req(d, "document_id", "source", str),
            title=_opt(d, "title", "source", str),
            published=_date_or_none(d.get("published"), "source.published"),
            outlet=_opt(d, "outlet", "source", str),
            actor=Actor.from_dict(_req(d, "actor", "source", Mapping), "source.actor"),
            kind=ActionKind.coerce(_req(d, "kind", "source", str), "source.kind"),
            status=Status.coerce(_req(d, "status", "source", str), "source.status"),
            date=None if date is None else Date.from_dict(date, "source.date"),
            temporary=_opt(d, "temporary", "source", bool),
            scope=tuple(Scope.coerce(s, "source.scope") for s in _list(d, "scope", "source")),
            reasons=tuple(
                Reason.coerce(r, "source.reasons") for r in _list(d, "reasons", "source")
            ),
            targets=tuple(str(t) for t in _list(d, "targets", "source")),
            evidence=Span.from_dict(_req(d, "evidence", "source", Mapping), "source.evidence"),
        )


# ---------------------------------------------------------------------------------------------
# Event: one real action, as every source reports it
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class Event:
    """One real-world action, merged from every document that reports it.

    ``kind`` is the kind most sources report (ties: the kind of the most precisely dated
    source, then the taxonomy's order); ``kinds`` lists every kind reported. ``status`` is the
    most advanced one reported (see :data:`STATUS_ORDER`). ``date`` is the earliest and
    ``date_end`` the latest of the most specific dates reported (a date that contains a more
    precise one -- "2025-W05" around "2025-01-30" -- is set aside); every source keeps its own
    date in ``sources``, and ``dates`` lists them all.
    ``scope``, ``reasons`` and ``targets`` are unions (scope and reasons in the taxonomy's
    order, targets in order of first report). ``temporary`` is true when any source says so,
    false when one says it is permanent and none says temporary, otherwise None.

    >>> from deepseek_policy.model import Action, Actor, Document, Extraction, Span
    >>> text = "Australia banned DeepSeek on government devices."
    >>> ex = Extraction(Document("au1", text, published="2025-02-04"),
    ...                 [Actor("au", "Australia", "country", "AU")],
    ...                 [Action("au", "ban", Span.of(text, 0, len(text)), targets=["DeepSeek"],
    ...                         scope=["government_devices"])])
    >>> (event,) = merge([ex])
    >>> event.id, event.corroboration, event.documents
    ('au:restrictive:undated:...', 1, ('au1',))
    >>> Event.from_dict(event.to_dict()) == event
    True
    """

    id: str
    actor: str
    actor_name: str
    country: str | None
    region: str | None
    actor_kind: ActorKind
    kind: ActionKind
    kinds: tuple[ActionKind, ...]
    family: Family
    status: Status
    temporary: bool | None
    date: Date | None
    date_end: Date | None
    scope: tuple[Scope, ...]
    reasons: tuple[Reason, ...]
    targets: tuple[str, ...]
    sources: tuple[Source, ...]

    @property
    def corroboration(self) -> int:
        """How many distinct documents report the event."""
        return len(self.documents)

    @property
    def documents(self) -> tuple[str, ...]:
        """The distinct document ids, in the order of the sources."""
        return tuple(dict.fromkeys(s.document_id for s in self.sources))

    @property
    def dates(self) -> tuple[Date, ...]:
        """Every distinct date the sources report, earliest first."""
        return tuple(sorted({s.date for s in self.sources if s.date is not None}))

    @property
    def actor_ids(self) -> tuple[str, ...]:
        """Every actor id the sources name (more than one only when a country was folded)."""
        return tuple(dict.fromkeys(s.actor.id for s in self.sources))

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every name and alias under which the sources name the actor."""
        names: dict[str, None] = {}
        for s in self.sources:
            names.update(dict.fromkeys(s.actor.names))
        return tuple(names)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``corroboration`` and ``documents`` included for readers);
        :meth:`from_dict` reads it back."""
        return {
            "id": self.id,
            "actor": self.actor,
            "actor_name": self.actor_name,
            "country": self.country,
            "region": self.region,
            "actor_kind": self.actor_kind.value,
            "kind": self.kind.value,
            "kinds": [k.value for k in self.kinds],
            "family": self.family.value,
            "status": self.status.value,
            "temporary": self.temporary,
            "date": None if self.date is None else self.date.to_dict(),
            "date_end": None if self.date_end is None else self.date_end.to_dict(),
            "scope": [s.value for s in self.scope],
            "reasons": [r.value for r in self.reasons],
            "targets": list(self.targets),
            "corroboration": self.corroboration,
            "documents": list(self.documents),
            "sources": [s.to_dict() for s in self.sources],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        """Read back :meth:`to_dict`; a malformed dict raises SchemaError naming the field."""
        d = _mapping(data, "event")
        date, date_end = _opt(d, "date", "event", Mapping), _opt(d, "date_end", "event", Mapping)
        return cls(
            id=_req(d, "id", "event", str),
            actor=_req(d, "actor", "event", str),
            actor_name=_req(d, "actor_name", "event", str),
            country=_opt(d, "country", "event", str),
            region=_opt(d, "region", "event", str),
            actor_kind=ActorKind.coerce(_req(d, "actor_kind", "event", str), "event.actor_kind"),
            kind=ActionKind.coerce(_req(d, "kind", "event", str), "event.kind"),
            kinds=tuple(
                ActionKind.coerce(k, "event.kinds") for k in _req(d, "kinds", "event", list)
            ),
            family=Family.coerce(_req(d, "family", "event", str), "event.family"),
            status=Status.coerce(_req(d, "status", "event", str), "event.status"),
            temporary=_opt(d, "temporary", "event", bool),
            date=None if date is None else Date.from_dict(date, "event.date"),
            date_end=None if date_end is None else Date.from_dict(date_end, "event.date_end"),
            scope=tuple(Scope.coerce(s, "event.scope") for s in _list(d, "scope", "event")),
            reasons=tuple(Reason.coerce(r, "event.reasons") for r in _list(d, "reasons", "event")),
            targets=tuple(str(t) for t in _list(d, "targets", "event")),
            sources=tuple(Source.from_dict(s) for s in _req(d, "sources", "event", list)),
        )


# ---------------------------------------------------------------------------------------------
# ReportedClaim: a claim with its document and speaker
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class ReportedClaim:
    """A :class:`~deepseek_policy.model.Claim` with what a bare claim lacks: its document and
    the speaker's :class:`~deepseek_policy.model.Actor` (None when unattributed).

    >>> from deepseek_policy.model import Actor, Claim, Document, Extraction, Span
    >>> text = "DeepSeek said training cost $5.6 million."
    >>> ex = Extraction(Document("d1", text), [Actor("cn-deepseek", "DeepSeek", "company", "CN")],
    ...                 claims=[Claim("cn-deepseek", "training cost $5.6 million", "said",
    ...                               Span.of(text, 0, len(text)))])
    >>> (rc,) = ReportedClaim.from_extraction(ex)
    >>> rc.document_id, rc.speaker_id, rc.speaker_name
    ('d1', 'cn-deepseek', 'DeepSeek')
    """

    claim: Claim
    document_id: str | None = None
    title: str | None = None
    published: _dt.date | None = None
    outlet: str | None = None
    speaker: Actor | None = None

    @classmethod
    def from_extraction(cls, extraction: Extraction) -> tuple[ReportedClaim, ...]:
        """One ReportedClaim per claim of ``extraction``, in its order."""
        doc = extraction.document
        actors = {a.id: a for a in extraction.actors}
        return tuple(
            cls(
                claim=c,
                document_id=doc.id,
                title=doc.title,
                published=doc.published,
                outlet=doc.source,
                speaker=None if c.speaker is None else actors.get(c.speaker),
            )
            for c in extraction.claims
        )

    @property
    def speaker_id(self) -> str | None:
        """The speaker's actor id, or None."""
        return self.speaker.id if self.speaker is not None else self.claim.speaker

    @property
    def speaker_name(self) -> str | None:
        """The speaker's canonical name, when known."""
        return None if self.speaker is None else self.speaker.name

    @property
    def when(self) -> Date | None:
        """The claim's own date, else its document's publication day, else None."""
        if self.claim.date is not None:
            return self.claim.date
        return None if self.published is None else Date.of_day(self.published)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "document_id": self.document_id,
            "title": self.title,
            "published": _iso(self.published),
            "outlet": self.outlet,
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "claim": self.claim.to_dict(),
        }


# ---------------------------------------------------------------------------------------------
# merge
# ---------------------------------------------------------------------------------------------

Mergeable = Extraction | Event


def merge(
    items: Mergeable | Iterable[Mergeable],
    *,
    tolerance: _dt.timedelta = DEFAULT_TOLERANCE,
    undated: UndatedRule = "sole",
    fold_countries: bool = True,
) -> tuple[Event, ...]:
    """Merge the actions of many documents into events (see the module's rules).

    ``items`` are Extractions and/or Events (an earlier merge's output), in any order and
    grouping: the result depends only on the set of sources, so ``merge([*merge(a), *b])``
    equals ``merge([*a, *b])``. A source given twice (the same document, actor, kind, evidence
    and date) counts once. Events come out sorted by date (undated last), then actor, then
    kind.

    >>> import datetime as dt
    >>> from deepseek_policy.model import Action, Actor, Date, Document, Extraction, Span
    >>> def ex(doc_id, day, kind):
    ...     text = f"Italy's privacy watchdog acted ({kind})."
    ...     garante = Actor("it-garante", "Garante", "regulator", "IT")
    ...     action = Action("it-garante", kind, Span.of(text, 0, len(text)), targets=["DeepSeek"],
    ...                     date=None if day is None else Date.parse(day))
    ...     return Extraction(Document(doc_id, text), [garante], [action])
    >>> events = merge([ex("a", "2025-01-30", "block"), ex("b", "2025-01", "ban"),
    ...                 ex("c", None, "block"), ex("d", "2025-03-20", "block")])
    >>> [(str(e.date), e.kind.value, e.documents) for e in events]
    [('2025-01-30', 'block', ('b', 'a', 'c')), ('2025-03-20', 'block', ('d',))]
    >>> len(merge([ex("a", "2025-01-30", "block"), ex("d", "2025-03-20", "block")],
    ...           tolerance=dt.timedelta(days=60)))
    1
    """
    if undated not in ("sole", "same_kind"):
        raise ValueError(f"undated must be 'sole' or 'same_kind', not {undated!r}")
    if not isinstance(tolerance, _dt.timedelta) or tolerance < _dt.timedelta(0):
        raise ValueError(f"tolerance must be a non-negative timedelta, not {tolerance!r}")
    sources = _collect(items)
    buckets: dict[tuple[str, Family], list[Source]] = defaultdict(list)
    for s in sources:  # already in canonical order, so each bucket is too
        buckets[(s.actor.id, s.kind.family)].append(s)
    clusters: list[list[Source]] = []
    for key in sorted(buckets, key=lambda k: (k[0], k[1].value)):
        bucket = buckets[key]
        groups = _cluster_bucket(bucket, tolerance, sole=undated == "sole")
        clusters.extend([bucket[i] for i in group] for group in groups)
    if fold_countries:
        clusters = _fold_officials(clusters, tolerance)
        clusters = _fold_countries(clusters, tolerance)
    events = [_event(c) for c in clusters]
    events.sort(key=_event_order)
    return tuple(events)


def _collect(items: Mergeable | Iterable[Mergeable]) -> list[Source]:
    """Every source of ``items``, each once, in canonical order."""
    if isinstance(items, (Extraction, Event)):
        items = (items,)
    keyed: dict[tuple[Any, ...], Source] = {}
    for item in _iterable(items, "merge"):
        if isinstance(item, Extraction):
            found: Iterable[Source] = Source.from_extraction(item)
        elif isinstance(item, Event):
            found = item.sources
        else:
            raise InputTypeError(
                f"merge takes Extractions and Events, not {type(item).__name__}"
            )
        for s in found:
            key = _source_order(s)
            old = keyed.get(key)
            # the same document, place, kind and date twice: keep one, whatever the order
            if old is None or (old != s and _canonical(s) < _canonical(old)):
                keyed[key] = s
    return [keyed[k] for k in sorted(keyed)]


def _source_order(s: Source) -> tuple[Any, ...]:
    """The canonical order of sources, and their identity: date (undated last), publication,
    document, position, kind, targets, actor, status."""
    d = s.date
    return (
        d is None,
        _FAR if d is None else d.first_day,
        4 if d is None else _PRECISION_RANK[d.precision],
        _FAR if s.published is None else s.published,
        s.document_id,
        s.evidence.start,
        s.evidence.end,
        s.kind.value,
        s.targets,
        s.actor.id,
        s.status.value,
        "" if d is None else d.value,
    )


def _canonical(s: Source) -> str:
    return json.dumps(s.to_dict(), sort_keys=True, ensure_ascii=False)


@functools.lru_cache(maxsize=8192)
def _names(targets: tuple[str, ...]) -> frozenset[str]:
    """The named targets (every word starting with a capital letter or a digit, the first
    with a capital: "DeepSeek", "Qwen2.5-Max", "Janus Pro"), case-folded."""
    return frozenset(t.casefold() for t in targets if _is_name(t))


def _is_name(target: str) -> bool:
    words = target.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


def _names_fit(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    return not a or not b or not a.isdisjoint(b)


class _UnionFind:
    """Disjoint sets over ``range(n)``; the smallest index of a set is its root."""

    __slots__ = ("parent",)

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            lo, hi = (ri, rj) if ri < rj else (rj, ri)
            self.parent[hi] = lo

    def groups(self, members: Iterable[int]) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in members:
            out.setdefault(self.find(i), []).append(i)
        return [out[r] for r in sorted(out)]


@attrs.define
class _Cluster:
    """What the attach step needs to know about a cluster formed so far."""

    root: int
    kinds: set[ActionKind]
    names: set[str]
    dates: list[Date]
    documents: set[str]
    first: _dt.date
    last: _dt.date


def _cluster_bucket(items: Sequence[Source], tol: _dt.timedelta, *, sole: bool) -> list[list[int]]:
    """Group the sources of one (actor, family) bucket into events; indices into ``items``."""
    n = len(items)
    if n == 1:
        return [[0]]
    names = [_names(s.targets) for s in items]
    tiers: list[list[int]] = [[], [], [], []]
    for i, s in enumerate(items):
        tiers[_UNDATED_TIER if s.date is None else _TIER[s.date.precision]].append(i)
    uf = _UnionFind(n)
    placed: list[int] = []
    for tier, members in enumerate(tiers):
        for generic in (False, True):
            step = [i for i in members if (not names[i]) is generic]
            if not step:
                continue
            leftover = step
            if placed:
                snapshot = _snapshot(placed, uf, items, names)
                leftover = []
                joins: list[tuple[int, int]] = []
                for i in step:
                    root = _best_cluster(items[i], names[i], snapshot, tol)
                    if root is None:
                        leftover.append(i)
                    else:
                        joins.append((i, root))
                for i, root in joins:
                    uf.union(i, root)
            if tier == _UNDATED_TIER:
                _link_undated(leftover, items, names, uf)
            else:
                _link_dated(leftover, items, names, uf, tol)
            placed.extend(step)
    groups = uf.groups(range(n))
    if sole:
        groups = _join_sole(groups, items, names)
    return groups


def _snapshot(
    placed: Sequence[int], uf: _UnionFind, items: Sequence[Source], names: Sequence[frozenset[str]]
) -> list[_Cluster]:
    clusters: dict[int, _Cluster] = {}
    for i in placed:
        root = uf.find(i)
        s = items[i]
        c = clusters.get(root)
        if c is None:
            c = clusters[root] = _Cluster(root, set(), set(), [], set(), _FAR, _dt.date.min)
        c.kinds.add(s.kind)
        c.names.update(names[i])
        c.documents.add(s.document_id)
        if s.date is not None:
            c.dates.append(s.date)
            c.first = min(c.first, s.date.first_day)
            c.last = max(c.last, s.date.last_day)
    return [clusters[r] for r in sorted(clusters)]


def _best_cluster(
    s: Source, names: frozenset[str], clusters: Sequence[_Cluster], tol: _dt.timedelta
) -> int | None:
    """The root of the one cluster ``s`` joins, or None: a dated source joins a cluster with a
    date it overlaps (same kind first, then the most documents, then the earliest); an undated
    one joins a cluster with its kind (the one nearest its publication date, then the most
    documents, then the earliest)."""
    best: tuple[Any, ...] | None = None
    root: int | None = None
    for c in clusters:
        if not _names_fit(names, c.names):
            continue
        if s.date is not None:
            date = s.date
            # as differences of days, which never leave the calendar as a day +- tol can
            if not c.dates or date.first_day - c.last > tol or c.first - date.last_day > tol:
                continue
            if not any(date.overlaps(d, tolerance=tol) for d in c.dates):
                continue
            key: tuple[Any, ...] = (s.kind not in c.kinds, -len(c.documents), c.root)
        else:
            if s.kind not in c.kinds:
                continue
            key = (_publication_gap(s.published, c), -len(c.documents), c.root)
        if best is None or key < best:
            best, root = key, c.root
    return root


def _publication_gap(published: _dt.date | None, c: _Cluster) -> int:
    """Days between a publication date and a cluster's dates (0 when either is unknown)."""
    if published is None or not c.dates:
        return 0
    if published < c.first:
        return (c.first - published).days
    if published > c.last:
        return (published - c.last).days
    return 0


def _link_dated(
    members: Sequence[int],
    items: Sequence[Source],
    names: Sequence[frozenset[str]],
    uf: _UnionFind,
    tol: _dt.timedelta,
) -> None:
    """Join dated sources whose dates overlap within ``tol``: a sweep in date order, each
    source compared only with those whose dates still reach it."""
    order = sorted(members, key=lambda i: (_day(items[i].date, first=True), i))
    active: list[int] = []
    for i in order:
        date = items[i].date
        assert date is not None
        active = [j for j in active if date.first_day - _day(items[j].date, first=False) <= tol]
        for j in active:
            if _names_fit(names[i], names[j]):
                uf.union(i, j)
        active.append(i)


def _day(date: Date | None, *, first: bool) -> _dt.date:
    assert date is not None
    return date.first_day if first else date.last_day


def _link_undated(
    members: Sequence[int],
    items: Sequence[Source],
    names: Sequence[frozenset[str]],
    uf: _UnionFind,
) -> None:
    """Join undated sources of the same kind that share a named target (or all of a kind
    when none names one)."""
    owners: dict[tuple[ActionKind, str], int] = {}
    first_of_kind: dict[ActionKind, int] = {}
    for i in members:
        kind = items[i].kind
        if not names[i]:
            first = first_of_kind.setdefault(kind, i)
            uf.union(i, first)
            continue
        for name in sorted(names[i]):
            owner = owners.setdefault((kind, name), i)
            uf.union(i, owner)


def _join_sole(
    groups: list[list[int]], items: Sequence[Source], names: Sequence[frozenset[str]]
) -> list[list[int]]:
    """Within each set of clusters toward compatible targets, merge everything when at most
    one of them is dated: nothing tells the undated reports apart from it."""
    if len(groups) < 2:
        return groups
    cluster_names = [frozenset().union(*(names[i] for i in g)) for g in groups]
    dated = [any(items[i].date is not None for i in g) for g in groups]
    uf = _UnionFind(len(groups))
    owners: dict[str, int] = {}
    generic: list[int] = []
    for k, cn in enumerate(cluster_names):
        if not cn:
            generic.append(k)
        for name in sorted(cn):
            uf.union(k, owners.setdefault(name, k))
    named_roots = sorted({uf.find(k) for k, cn in enumerate(cluster_names) if cn})
    for k in generic:
        if len(named_roots) == 1:
            uf.union(k, named_roots[0])
        else:
            uf.union(k, generic[0])
    out: list[list[int]] = []
    for block in uf.groups(range(len(groups))):
        if sum(dated[k] for k in block) <= 1:
            out.append(sorted(i for k in block for i in groups[k]))
        else:
            out.extend(groups[k] for k in block)
    out.sort(key=lambda g: g[0])
    return out


_PUBLIC_BODIES = frozenset({ActorKind.REGULATOR, ActorKind.GOVERNMENT_AGENCY})
_NAMING_RANK = {ActorKind.COUNTRY: 1, ActorKind.PERSON: 2}


def _fold_countries(clusters: list[list[Source]], tol: _dt.timedelta) -> list[list[Source]]:
    """Fold each whole-country cluster into the one cluster of a regulator or government
    agency of that country and family that fits it (dates and targets), when there is
    exactly one."""
    bodies: dict[tuple[str, Family], list[int]] = defaultdict(list)
    for k, c in enumerate(clusters):
        actor = c[0].actor
        if actor.kind in _PUBLIC_BODIES and actor.country:
            bodies[(actor.country, c[0].family)].append(k)
    if not bodies:
        return clusters
    into: dict[int, list[int]] = defaultdict(list)
    folded: set[int] = set()
    for k, c in enumerate(clusters):
        actor = c[0].actor
        if actor.kind is not ActorKind.COUNTRY or not actor.country:
            continue
        fits = [
            r
            for r in bodies.get((actor.country, c[0].family), ())
            if _clusters_fit(c, clusters[r], tol)
        ]
        if len(fits) == 1:
            into[fits[0]].append(k)
            folded.add(k)
    return _apply_folds(clusters, into, folded)


def _fold_officials(clusters: list[list[Source]], tol: _dt.timedelta) -> list[list[Source]]:
    """Fold each cluster of a national official ("Home Affairs Secretary Stephanie Foster
    banned ...", a person of a country and no region) into the one whole-country cluster of
    that family that fits it, when there is exactly one: one report names the official,
    another the country, and both tell of the country's act."""
    countries: dict[tuple[str, Family], list[int]] = defaultdict(list)
    for k, c in enumerate(clusters):
        actor = c[0].actor
        if actor.kind is ActorKind.COUNTRY and actor.country:
            countries[(actor.country, c[0].family)].append(k)
    if not countries:
        return clusters
    into: dict[int, list[int]] = defaultdict(list)
    folded: set[int] = set()
    for k, c in enumerate(clusters):
        actor = c[0].actor
        if actor.kind is not ActorKind.PERSON or not actor.country or actor.region:
            continue
        fits = [
            r
            for r in countries.get((actor.country, c[0].family), ())
            if _clusters_fit(c, clusters[r], tol)
        ]
        if len(fits) == 1:
            into[fits[0]].append(k)
            folded.add(k)
    return _apply_folds(clusters, into, folded)


def _apply_folds(
    clusters: list[list[Source]], into: Mapping[int, list[int]], folded: set[int]
) -> list[list[Source]]:
    """The clusters with each folded one's sources moved into the cluster it folds into."""
    if not folded:
        return clusters
    out: list[list[Source]] = []
    for k, c in enumerate(clusters):
        if k in folded:
            continue
        extra = [s for f in into.get(k, ()) for s in clusters[f]]
        out.append(sorted([*c, *extra], key=_source_order) if extra else c)
    return out


def _clusters_fit(a: Sequence[Source], b: Sequence[Source], tol: _dt.timedelta) -> bool:
    names_a = frozenset().union(*(_names(s.targets) for s in a))
    names_b = frozenset().union(*(_names(s.targets) for s in b))
    if not _names_fit(names_a, names_b):
        return False
    dates_a = [s.date for s in a if s.date is not None]
    dates_b = [s.date for s in b if s.date is not None]
    if not dates_a or not dates_b:
        return True
    return any(x.overlaps(y, tolerance=tol) for x in dates_a for y in dates_b)


def _event(sources: Sequence[Source]) -> Event:
    """Build the event of one cluster of sources (already in canonical order)."""
    sources = tuple(sources)
    counts = Counter(s.actor.id for s in sources)
    actors = {s.actor.id: s.actor for s in reversed(sources)}  # the first source's record
    # a body names the event best, then a country, then an official acting for it
    actor = min(
        actors.values(),
        key=lambda a: (_NAMING_RANK.get(a.kind, 0), -counts[a.id], a.id),
    )
    kind_counts = Counter(s.kind for s in sources)
    finest: dict[ActionKind, int] = {}
    for s in sources:
        rank = 4 if s.date is None else _PRECISION_RANK[s.date.precision]
        finest[s.kind] = min(finest.get(s.kind, 4), rank)
    kinds = tuple(sorted(kind_counts, key=lambda k: (-kind_counts[k], finest[k], _KIND_INDEX[k])))
    dates = _specific_dates({s.date for s in sources if s.date is not None})
    first = min(dates, key=lambda d: d.sort_key) if dates else None
    last = max(dates, key=lambda d: (d.last_day, -_PRECISION_RANK[d.precision])) if dates else None
    temporaries = {s.temporary for s in sources}
    temporary = True if True in temporaries else False if False in temporaries else None
    head = sources[0]
    family = head.kind.family
    digest = hashlib.sha1(
        "\x1f".join(
            (head.document_id, str(head.evidence.start), str(head.evidence.end),
             head.kind.value, *head.targets)
        ).encode("utf-8", "surrogatepass")
    ).hexdigest()[:8]  # fmt: skip
    return Event(
        id=f"{actor.id}:{family.value}:{'undated' if first is None else first.value}:{digest}",
        actor=actor.id,
        actor_name=actor.name,
        country=actor.country,
        region=actor.region,
        actor_kind=actor.kind,
        kind=kinds[0],
        kinds=kinds,
        family=family,
        status=min((s.status for s in sources), key=_STATUS_RANK.__getitem__),
        temporary=temporary,
        date=first,
        date_end=last,
        scope=tuple(sorted({x for s in sources for x in s.scope}, key=_SCOPE_INDEX.__getitem__)),
        reasons=tuple(
            sorted({x for s in sources for x in s.reasons}, key=_REASON_INDEX.__getitem__)
        ),
        targets=tuple(dict.fromkeys(t for s in sources for t in s.targets)),
        sources=sources,
    )


def _specific_dates(dates: AbstractSet[Date]) -> list[Date]:
    """The dates that contain no more precise date of the set ("2025-02" is set aside when
    "2025-02-06" is there; "2025-02-15" and "2025-02-17" both stay)."""
    return [d for d in dates if not any(o.is_finer_than(d) and d.contains(o) for o in dates)]


def _event_order(e: Event) -> tuple[Any, ...]:
    return (*_date_key(e.date), e.actor, e.kind.value, e.id)


def _date_key(d: Date | None) -> tuple[bool, _dt.date, int]:
    if d is None:
        return (True, _FAR, 4)
    return (False, d.first_day, _PRECISION_RANK[d.precision])


# ---------------------------------------------------------------------------------------------
# timeline, count_by, stance
# ---------------------------------------------------------------------------------------------

Row = Event | Source | Action
Record = Event | Extraction | Source | Action


def _iterable(records: object, what: str) -> Iterable[Any]:
    """``records`` itself, once it is known to be an iterable of records: a string, a mapping,
    a lone record or anything not iterable is an :class:`~deepseek_policy.errors.InputTypeError`
    naming ``what`` took it (not a bare ``TypeError`` from deep inside, or a string's
    characters read as records)."""
    if isinstance(records, (str, bytes, Mapping)) or not isinstance(records, Iterable):
        hint = " (put one record in a list)" if _is_record(records) else ""
        raise InputTypeError(
            f"{what} takes an iterable of records, not {type(records).__name__}{hint}"
        )
    return records


def _is_record(value: object) -> bool:
    return isinstance(value, (Event, Extraction, Source, Action, Claim, ReportedClaim))


def _rows(records: Iterable[Record], what: str) -> Iterator[Row]:
    """Events, Sources and Actions as given; each Extraction as its Sources."""
    for r in _iterable(records, what):
        if isinstance(r, Extraction):
            yield from Source.from_extraction(r)
        elif isinstance(r, (Event, Source, Action)):
            yield r
        else:
            raise InputTypeError(
                f"{what}: expected Events, Extractions, Sources or Actions, not {type(r).__name__}"
            )


@overload
def timeline(records: Iterable[Event]) -> tuple[Event, ...]: ...
@overload
def timeline(records: Iterable[Extraction | Source]) -> tuple[Source, ...]: ...
@overload
def timeline(records: Iterable[Action]) -> tuple[Action, ...]: ...
@overload
def timeline(records: Iterable[Record]) -> tuple[Row, ...]: ...
def timeline(records: Iterable[Record]) -> tuple[Row, ...]:
    """The records ordered by date, earliest first, undated last; ties keep their order.

    Events stay events; each Extraction becomes its per-action :class:`Source` rows (with
    document id and actor); bare Actions stay Actions. A date orders by its first day, a more
    precise date first at the same first day ("2025-02-01" before "2025-02").

    >>> from deepseek_policy.model import Action, Date, Span
    >>> span = Span.of("x", 0, 1)
    >>> acts = [Action("a", "ban", span), Action("b", "ban", span, date=Date.parse("2025-02")),
    ...         Action("c", "ban", span, date=Date.parse("2025-01-30"))]
    >>> [a.actor for a in timeline(acts)]
    ['c', 'b', 'a']
    """
    return tuple(sorted(_rows(records, "timeline"), key=lambda r: _date_key(r.date)))


CountKey = str | None | tuple[str | None, ...]


def count_by(records: Iterable[Record], *keys: str) -> dict[CountKey, int]:
    """Count records by one or more keys (see :data:`COUNT_KEYS`).

    Keys: ``country``, ``actor`` (id), ``actor_kind``, ``kind``, ``family``, ``scope``,
    ``reason``, ``status``, ``month`` ("2025-02", from a date of month precision or finer),
    ``year``. A record missing a value counts under None. ``scope`` and ``reason`` are
    multi-valued: a record counts once under each of its values. With one key the dict is
    keyed by value; with several, by the tuple of values. Sorted by count (highest first),
    then key (None last). Events count as one each; Extractions count one per action.

    >>> from deepseek_policy.model import Action, Date, Span
    >>> span = Span.of("x", 0, 1)
    >>> acts = [Action("au", "ban", span, scope=["government_devices"]),
    ...         Action("tw", "ban", span, date=Date.parse("2025-02-03")),
    ...         Action("it", "block", span, date=Date.parse("2025-01-30"))]
    >>> count_by(acts, "kind")
    {'ban': 2, 'block': 1}
    >>> count_by(acts, "family", "month")
    {('restrictive', '2025-01'): 1, ('restrictive', '2025-02'): 1, ('restrictive', None): 1}
    """
    if not keys:
        raise ValueError(f"count_by needs at least one key, one of: {', '.join(COUNT_KEYS)}")
    for key in keys:
        if key not in COUNT_KEYS:
            raise ValueError(f"unknown key {key!r}; use one of: {', '.join(COUNT_KEYS)}")
    counts: Counter[CountKey] = Counter()
    for row in _rows(records, "count_by"):
        values = [_values(row, key) for key in keys]
        if len(keys) == 1:
            counts.update(values[0])
        else:
            counts.update(itertools.product(*values))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], _none_last(kv[0]))))


def _none_last(key: CountKey) -> tuple[Any, ...]:
    parts = key if isinstance(key, tuple) else (key,)
    return tuple((p is None, p or "") for p in parts)


def _values(row: Row, key: str) -> list[str | None]:
    if key in ("country", "actor_kind"):
        if isinstance(row, Action):
            raise ValueError(
                f"a bare Action has no {key}; pass Extractions (or Sources or Events) instead"
            )
        if isinstance(row, Event):
            return [row.country if key == "country" else row.actor_kind.value]
        return [row.actor.country if key == "country" else row.actor.kind.value]
    if key == "actor":
        return [row.actor if isinstance(row, (Event, Action)) else row.actor.id]
    if key == "kind":
        return [row.kind.value]
    if key == "family":
        return [row.kind.family.value]
    if key == "status":
        return [row.status.value]
    if key == "scope":
        return [s.value for s in row.scope] or [None]
    if key == "reason":
        return [r.value for r in row.reasons] or [None]
    date = row.date
    if key == "month":
        if date is None or date.precision is DatePrecision.YEAR:
            return [None]
        return [f"{date.first_day.year:04d}-{date.first_day.month:02d}"]
    return [None if date is None else f"{date.first_day.year:04d}"]  # year


@attrs.frozen
class Stance:
    """An actor's stance toward its targets: ``score = restrictive - supportive``.

    Restrictive counts ban, block, restrict and suspend; supportive counts adopt, integrate,
    partner and lift. Scrutiny (investigate, request_information, warn) and other kinds
    (invest, release, call_for, oppose) are counted separately and do not enter the score.
    ``records`` are the events, sources or actions counted, in date order.
    """

    actor: str
    restrictive: int
    scrutiny: int
    supportive: int
    other: int
    records: tuple[Row, ...]

    @property
    def score(self) -> int:
        """Restrictive count minus supportive count."""
        return self.restrictive - self.supportive

    @property
    def label(self) -> str:
        """The sign of the score: "restrictive" (> 0), "supportive" (< 0) or "neutral"."""
        return "restrictive" if self.score > 0 else "supportive" if self.score < 0 else "neutral"


def stance(records: Iterable[Record], actor_id: str) -> Stance:
    """The stance of ``actor_id``: its restrictive minus its supportive records.

    Counts each Event (or, from Extractions, each action) of the actor once. An event counts
    for an actor when it is the event's actor or one of its sources names it (a country folded
    into the event of one of its bodies).

    >>> from deepseek_policy.model import Action, Span
    >>> span = Span.of("x", 0, 1)
    >>> acts = [Action("kr", "ban", span), Action("kr", "block", span),
    ...         Action("kr", "adopt", span), Action("kr", "warn", span), Action("jp", "ban", span)]
    >>> s = stance(acts, "kr")
    >>> (s.restrictive, s.supportive, s.scrutiny, s.score, s.label)
    (2, 1, 1, 1, 'restrictive')
    """
    if not isinstance(actor_id, str):
        raise InputTypeError(f"stance needs an actor id (a str), not {type(actor_id).__name__}")
    mine = [r for r in _rows(records, "stance") if _is_by(r, actor_id)]
    families = Counter(r.kind.family for r in mine)
    return Stance(
        actor=actor_id,
        restrictive=families[Family.RESTRICTIVE],
        scrutiny=families[Family.SCRUTINY],
        supportive=families[Family.SUPPORTIVE],
        other=families[Family.OTHER],
        records=tuple(sorted(mine, key=lambda r: _date_key(r.date))),
    )


def _is_by(row: Row, actor_id: str) -> bool:
    if isinstance(row, Event):
        return row.actor == actor_id or actor_id in row.actor_ids
    if isinstance(row, Source):
        return row.actor.id == actor_id
    return row.actor == actor_id


# ---------------------------------------------------------------------------------------------
# to_records, to_csv
# ---------------------------------------------------------------------------------------------

Exportable = Event | Extraction | Source | Action | Claim | ReportedClaim


def to_records(records: Iterable[Exportable], *, sep: str | None = "|") -> list[dict[str, Any]]:
    """Flat dicts, one per record, ready for ``pandas.DataFrame(to_records(...))``.

    Accepts Events, Extractions (one row per action, as :class:`Source`), Sources, Actions,
    Claims and :class:`ReportedClaim` s. Values are strings, numbers, booleans or None; dates
    are ISO strings ("2025-02-15", "2025-W06"). List fields (``kinds``, ``scope``,
    ``reasons``, ``targets``, ``documents``, ``quantities``) are joined with ``sep`` ("|" by
    default, so ``df["scope"].str.split("|")`` recovers them and CSV stays one cell per
    field); ``sep=None`` keeps them as lists.

    >>> from deepseek_policy.model import Action, Date, Span
    >>> row, = to_records([Action("au", "ban", Span.of("x", 0, 1), targets=["DeepSeek"],
    ...                           scope=["government_devices", "work_use"],
    ...                           date=Date.parse("2025-02-04"))])
    >>> row["kind"], row["date"], row["scope"]
    ('ban', '2025-02-04', 'government_devices|work_use')
    """
    if sep is not None and not isinstance(sep, str):
        raise InputTypeError(f"sep must be a str or None, not {type(sep).__name__}")
    out: list[dict[str, Any]] = []
    for r in _iterable(records, "to_records"):
        if isinstance(r, Extraction):
            out.extend(_source_record(s, sep) for s in Source.from_extraction(r))
        elif isinstance(r, Event):
            out.append(_event_record(r, sep))
        elif isinstance(r, Source):
            out.append(_source_record(r, sep))
        elif isinstance(r, Action):
            out.append(_action_record(r, sep))
        elif isinstance(r, ReportedClaim):
            out.append(_claim_record(r.claim, sep, r))
        elif isinstance(r, Claim):
            out.append(_claim_record(r, sep, None))
        else:
            raise InputTypeError(f"to_records cannot export a {type(r).__name__}")
    return out


def _join(values: Iterable[str], sep: str | None) -> str | list[str]:
    items = list(values)
    return items if sep is None else sep.join(items)


def _iso(day: _dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _date_str(date: Date | None) -> str | None:
    return None if date is None else date.value


def _event_record(e: Event, sep: str | None) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": _date_str(e.date),
        "date_end": _date_str(e.date_end),
        "actor": e.actor,
        "actor_name": e.actor_name,
        "country": e.country,
        "region": e.region,
        "actor_kind": e.actor_kind.value,
        "kind": e.kind.value,
        "kinds": _join((k.value for k in e.kinds), sep),
        "family": e.family.value,
        "status": e.status.value,
        "temporary": e.temporary,
        "scope": _join((s.value for s in e.scope), sep),
        "reasons": _join((r.value for r in e.reasons), sep),
        "targets": _join(e.targets, sep),
        "corroboration": e.corroboration,
        "documents": _join(e.documents, sep),
    }


def _action_fields(a: Action | Source, sep: str | None) -> dict[str, Any]:
    return {
        "kind": a.kind.value,
        "family": a.kind.family.value,
        "status": a.status.value,
        "date": _date_str(a.date),
        "temporary": a.temporary,
        "scope": _join((s.value for s in a.scope), sep),
        "reasons": _join((r.value for r in a.reasons), sep),
        "targets": _join(a.targets, sep),
        "evidence_start": a.evidence.start,
        "evidence_end": a.evidence.end,
        "evidence": a.evidence.text,
    }


def _source_record(s: Source, sep: str | None) -> dict[str, Any]:
    return {
        "document_id": s.document_id,
        "title": s.title,
        "published": _iso(s.published),
        "outlet": s.outlet,
        "actor": s.actor.id,
        "actor_name": s.actor.name,
        "country": s.actor.country,
        "region": s.actor.region,
        "actor_kind": s.actor.kind.value,
        **_action_fields(s, sep),
    }


def _action_record(a: Action, sep: str | None) -> dict[str, Any]:
    return {"actor": a.actor, **_action_fields(a, sep)}


def _format_quantity(q: Quantity) -> str:
    """A quantity in a few words: "6000000 USD", "under 6000000 USD", "4-5 minute"."""
    value = _number(q.value) + ("" if q.high is None else f"-{_number(q.high)}")
    bound = "" if q.bound is None or q.bound.value == "exact" else f"{q.bound.value} "
    return f"{bound}{value} {q.unit}"


def _number(x: float) -> str:
    return str(int(x)) if x.is_integer() else repr(x)


def _claim_record(c: Claim, sep: str | None, rc: ReportedClaim | None) -> dict[str, Any]:
    head: dict[str, Any] = {}
    if rc is not None:
        head = {
            "document_id": rc.document_id,
            "title": rc.title,
            "published": _iso(rc.published),
            "outlet": rc.outlet,
            "speaker": rc.speaker_id,
            "speaker_name": rc.speaker_name,
            "country": None if rc.speaker is None else rc.speaker.country,
        }
    else:
        head = {"speaker": c.speaker}
    return {
        **head,
        "text": c.text,
        "quote": c.quote,
        "cue": c.cue,
        "date": _date_str(c.date),
        "quantities": _join((_format_quantity(q) for q in c.quantities), sep),
        "evidence_start": c.evidence.start,
        "evidence_end": c.evidence.end,
    }


def to_csv(records: Iterable[Exportable], path: str | os.PathLike[str] | TextIO) -> int:
    """Write :func:`to_records` (lists joined with "|") as CSV; return the number of rows.

    ``path`` is a file name (written as UTF-8) or an open text stream. The columns are those
    of the records, in order of first appearance; the one writer for events, actions (from
    Extractions or bare) and claims.

    >>> import io
    >>> from deepseek_policy.model import Action, Span
    >>> out = io.StringIO()
    >>> to_csv([Action("tw", "ban", Span.of("x", 0, 1), targets=["DeepSeek"])], out)
    1
    >>> out.getvalue().splitlines()[0]
    'actor,kind,family,status,date,temporary,scope,reasons,targets,evidence_start,evidence_end,evidence'
    """
    if not isinstance(path, (str, os.PathLike)) and not callable(getattr(path, "write", None)):
        raise InputTypeError(
            f"to_csv writes to a file name or a text stream, not {type(path).__name__}"
        )
    rows = to_records(records, sep="|")
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    if isinstance(path, (str, os.PathLike)):
        with open(path, "w", encoding="utf-8", newline="") as f:
            _write_csv(f, list(columns), rows)
    else:
        _write_csv(path, list(columns), rows)
    return len(rows)


def _write_csv(out: TextIO, columns: list[str], rows: list[dict[str, Any]]) -> None:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    writer.writeheader()
    writer.writerows(rows)


# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------


def _list(d: Mapping[str, Any], key: str, field: str) -> list[Any]:
    """The list at ``key`` (empty when absent or null); anything else raises SchemaError."""
    return _opt(d, key, field, list) or []


def _date_or_none(value: object, field: str) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise SchemaError(field, f"{value!r} is not an ISO date")
