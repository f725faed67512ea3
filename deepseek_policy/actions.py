"""Find policy actions: who did what to which target, when, where and why.

Each sentence is scanned once by the trigger lexicon's single pattern. For every trigger the
parser then works out, from the sentence around it:

* whether it is negated ("has not banned") or governed by another verb ("urged Canberra to
  ban" is a call by the urger; "told its ministries to hold off" is a warning by the teller;
  "prompting the government to block" is a block by the government);
* its actor: the subject of its clause (skipping introductory phrases, appositives and
  relative clauses, and spreading over coordinated lists), the agent of a passive, the
  speaker of a reported passive ("X said the service was suspended"), the author of an
  instrument ("the order forbids"), or, for an agentless passive, the actor of the action
  just stated;
* status from modality, temporariness, scope and reasons from cue phrases in the clause and
  in sentences linked to it, the target, and the date stated in its clause.

Restatements of one action in a document (a headline, a caption, "the ban") merge into one
record that keeps the most specific attributes and every evidence span.

>>> from deepseek_policy import extract
>>> ex = extract("Italy's privacy watchdog blocked DeepSeek on Jan. 30 over privacy concerns.",
...              published="2025-01-31")
>>> [(a.kind.value, a.date.value, [r.value for r in a.reasons]) for a in ex.actions]
[('block', '2025-01-30', ['privacy'])]
"""

from __future__ import annotations

import bisect
import collections
import datetime as _dt
import functools
import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import overload

import attrs
import regex

from deepseek_policy import _lexicon
from deepseek_policy._calendar import (
    MONTH_ABBREVIATIONS,
    MONTH_FULL_ALTERNATION,
    WEEKDAY_ALTERNATION,
)
from deepseek_policy._rx import fold, folded_holds, lazy, lazy_re, rx
from deepseek_policy._segment import ParagraphKind, Segmentation, Sentence, dateline_at
from deepseek_policy._syntax import (
    POSSESSIVE_S,
    Clause,
    Mask,
    clause_of,
    fellow_owners,
    in_prepositional_phrase,
    mask_at,
    masks,
    opening_subject,
    subject_after,
    subject_before,
    subordinate_subject_ends,
    tells_other_event,
)
from deepseek_policy._trie import lead, trie_pattern
from deepseek_policy._wordscan import WordScan
from deepseek_policy.actors import (
    _PLACE_COMPOUND_ENDS,
    _STOP_CAPS,
    TARGET_ID,
    ActorIndex,
    Mention,
    _heads,
)
from deepseek_policy.dates import DateMention
from deepseek_policy.gazetteer import Gazetteer
from deepseek_policy.model import (
    Action,
    ActionKind,
    ActorKind,
    Date,
    DatePrecision,
    Family,
    Reason,
    Scope,
    Span,
    Status,
)
from deepseek_policy.triggers import TriggerLexicon, TriggerRow, _folds_exactly, default_lexicon

__all__ = ["find_actions"]


# ---------------------------------------------------------------------------------------------
# vocabularies
# ---------------------------------------------------------------------------------------------


@functools.cache
def _cues() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in _lexicon.table("cues.tsv"):
        cue = row["cue"].lower()
        out.setdefault(row["type"], set()).update({cue, cue.replace("'", "’")})
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _cue_pattern(kind: str) -> re.Pattern[str]:
    words = sorted(_cues()[kind], key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + trie_pattern(words) + r")(?![\w-])", re.IGNORECASE)


#: A contraction of "not" or "will" on the word before it: "didn't", "won’t", "it'll".
_CONTRACTION = lazy(r"(?<=\w)(?:(?P<nt>[nN]['’][tT])|['’](?:ll|LL))\b")


def _uncontracted(window: str) -> str:
    """``window`` with "n't" read as " not" and "'ll" as " will", so that the cues of
    ``cues.tsv`` ("not", "will", "not rule out") meet "didn't", "won't rule out", "it'll"
    (offsets inside the copy shift: its readers look only at what follows each cue)."""
    if "'" not in window and "’" not in window:
        return window  # most windows: one substring test or two
    return _CONTRACTION.sub(lambda m: " not" if m["nt"] else " will", window)


@functools.cache
def _cue_at_end(kind: str) -> re.Pattern[str]:
    """A cue of ``kind`` that ends the text (spaces aside)."""
    return re.compile(r"(?:" + _cue_pattern(kind).pattern + r")[ ]*$", re.IGNORECASE)


@functools.cache
def _phrase_table(name: str, key: str) -> tuple[re.Pattern[str], dict[str, list[tuple[str, str]]]]:
    rows = _lexicon.table(name)
    by_phrase: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        by_phrase.setdefault(row["phrase"].lower(), []).append(
            (row[key], row.get("for", "any") or "any")
        )
    # compiled on first use: where the phrases fold exactly, :func:`_phrase_spans` scans with
    # a copy of its own and this pattern is never needed
    pattern = lazy_re(_PHRASE_SOURCE.format(trie_pattern(by_phrase)), re.IGNORECASE)
    return pattern, by_phrase


#: The source of :func:`_phrase_table`'s pattern, around the trie of its phrases.
_PHRASE_SOURCE = r"(?<![\w-])(?:{})"


@functools.cache
def _phrase_scan(name: str, key: str) -> WordScan | None:
    """:func:`_phrase_table`'s pattern as a case-sensitive scan of folded text, or None if a
    phrase would not fold exactly (see :meth:`TriggerLexicon.matches`)."""
    by_phrase = _phrase_table(name, key)[1]
    if not all(map(_folds_exactly, by_phrase)):  # pragma: no cover - the shipped phrases do
        return None
    return WordScan(_PHRASE_SOURCE.format(trie_pattern(by_phrase)))


def _phrase_spans(
    name: str, key: str, text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """The spans of the matches of :func:`_phrase_table`'s pattern in ``text[start:end]``,
    exactly as its ``finditer`` gives them, in about half the time: a case-sensitive scan of
    the folded slice (see :func:`~deepseek_policy._rx.fold`) from separator to separator.
    """
    scan = _phrase_scan(name, key)
    if scan is None:  # pragma: no cover - the shipped phrases fold exactly
        endpos = len(text) if end is None else end
        return [m.span() for m in _phrase_table(name, key)[0].finditer(text, start, endpos)]
    return scan.folded_spans(text, start, end)


@functools.cache
def _targets() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for row in _lexicon.table("targets.tsv"):
        phrase = row["phrase"]
        if phrase.startswith("~"):
            folded[fold(phrase[1:])] = row["target"]
        else:
            exact[phrase] = row["target"]
    p1 = re.compile(lead(exact) + r"(?<![\w-])(?:" + trie_pattern(exact) + r")(?![\w-])")
    p2 = re.compile(r"(?<![\w-])(?:" + trie_pattern(folded) + r")(?![\w-])", re.IGNORECASE)
    return p1, exact, p2, folded


_AI_TERM = lazy(
    # a model's name may run on in hyphenated parts: "DeepSeek-R1", "Qwen-2.5", "Llama-3-8B"
    # (DeepSeek's versions: "R1", "R2", "V3", "V3.1", "V4")
    # (and the apps the same measures were put on before: "barred TikTok from official phones")
    r"(?<![\w-])(?:(?:DeepSeek|Deepseek|[RV][1-9](?:\.[0-9])?|Janus|ChatGPT|Qwen|Llama|Gemini|"
    r"Claude|Copilot|TikTok|RedNote|WeChat)"
    r"(?:-[\w.]+)*+|LLMs?|"
    # ("AI features" on a phone are no product: "bring AI features to iPhones")
    r"(?:AI|A\.I\.|artificial intelligence)(?![ ](?:features?|functions?|functionality|"
    r"capabilit(?:y|ies))\b)|"
    # (an account on the API is no product: "add credit to their API accounts")
    r"APIs?(?![ ](?:accounts?|balances?|keys?)\b)|"
    r"chatbots?|models?|app|apps|application|assistants?|"
    r"services?|platforms?|tools?|technology|software|it|them|its(?=[ ]use\b))(?![\w-])",
)
_OWN_PRODUCT = lazy(
    r"(?<![\w.-])(?:models?|versions?|updates?|upgrades?|iterations?|apps?|application|services?|"
    r"chatbot|assistant|library|"
    r"libraries|"
    r"papers?|tools?|features?|functions?|platform|product|chips?|R1|V3|weights|code|system|APIs?|"
    r"[A-Z][\w.-]*[0-9][\w.-]*+|[a-z]{1,6}[0-9][\w.-]*+|[A-Z][a-z]++[A-Z][\w]*+|"
    # a name with its version: "Qwen 2.5-Max", "Kimi 1.5"
    r"[A-Z][a-z]{1,20}[ ][0-9][\w.-]*+)(?![\w-])"
)
_BE_AUX = lazy(
    r"\b(?:is|are|was|were|be|been|being|get|got|gets)\b(?:[ ](?!by\b)[a-z]+){0,2}[ ]$",
    regex.IGNORECASE,
)
_BY_AGENT = lazy(r"[ ]?(?:[\w.,-]+[ ]){0,6}?by[ ]", regex.IGNORECASE)
#: A participle of its own before "by" (after the trigger's words): the "by" phrase is that
#: participle's ("the service developed by DeepSeek", "a model made by the start-up").
_OTHER_PARTICIPLE_BY = lazy(
    r"(?i)(?<![\w-])(?:[a-z]+ed|made|built|run|owned|written|driven|given|taken|known|grown)"
    r"[ ]by[ ]$"
)
#: A lower-case gerund right after "by": a means ("by routing them through ...").
_LOWER_GERUND_AT = lazy(r"[a-z]{2,20}ing\b")
#: A preposition of a route or a destination right before a name: "through (Singapore)".
_ROUTE_BEFORE = lazy(r"\b(?:through|via|to|into|from|across)[ ](?:the[ ])?$")


def _route_after(doc: _Doc, start: int, end: int) -> bool:
    """Whether the first name in a means ("by routing them through Singapore") is its route
    or destination, not a site it was done at ("by blocking the domain at the ministry")."""
    for m in doc.index.mentions_between(start, end):
        return _ROUTE_BEFORE.search(doc.text, max(start, m.start - 12), m.start) is not None
    return False


_QUOTE_LEAD = lazy(
    r"(?:titled|entitled|headlined|reading|saying|reads|read)[ ,:]*$"
    # a quotation that goes on the sentence's own infinitive: "told staff to 'exercise
    # caution' with it", "urged Congress to 'ban DeepSeek now'", or its own auxiliary: "said
    # it would \"question\" DeepSeek", "has \"suspended\" downloads", "was \"closely
    # monitoring\" it"
    r"|\bto[ ]$|\b(?P<aux>will|would|could|may|might|must|shall|should|has|have|had|is|are|"
    r"was|were|be|been|being)[ ]$",
    regex.IGNORECASE,
)
#: The forms of "be", after which only a short quotation is the clause's own verb.
_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "being"))
_THAT_CLAUSE = lazy(
    r"\b(?:said|says|stated|states(?=[ ]that\b)|announced|announces|confirmed|"
    r"told[ ][\w ]{1,30}?|reported|"
    r"notified[ ][\w ]{1,30}?|informed[ ][\w ]{1,30}?|reminded[ ][\w ]{1,30}?|"
    r"added|noted|"
    r"explained|claimed|revealed|wrote|argued|warned|saying|stating|warning|noting|"
    # a body's decision stated as a rule: "decided (on Thursday) that DeepSeek may not be
    # installed", "ruled that the app must not be used"
    r"(?:decided|ruled|agreed|resolved|determined)(?=[ ](?:[\w.]+[ ]){0,3}?that[ ]))"
    # "said in a statement on Monday that": where and when it was said
    r"(?:[ ](?:in|at|during)[ ](?:a|an|the|its|their)[ ](?:[\w-]+[ ]){0,3}?(?:statement|"
    r"briefing|interview|release|notice|conference|post|email|letter|hearing|announcement))?"
    # (a date runs up to a word in lower case: "on January 31 that", "on Jan. 5 it")
    r"(?:[ ]on[ ][\w. ]{2,20}?(?=[ ][a-z])|"
    r"[ ]\w+day)?(?:[ ]that)?[ ]"
)
#: A reported clause whose own subject is one body the text does not name: "reported the
#: company would ban it", "said a unit plans to", or a share of a group ("said 52% of its
#: clients had blocked it"). The speaker is not that body (a plural with "should" may be the
#: speaker's own directive: "said agencies should block it").
#: A share of a group as a clause's subject, up to its verb: "(said) 52% of its clients had
#: (blocked it)", "most of its customers", "40 percent of firms have".
_SHARE_OF_GROUP = (
    r"(?:\d[\d.,]{0,6}[ ]?(?:%|per[ ]?cent)|most|many|some|half|several|a[ ](?:third|quarter|"
    r"fifth|majority|minority)|two-thirds|three-quarters)[ ]of[ ](?:(?:its|their|the|our)[ ])?"
    r"(?:[\w-]+[ ]){0,2}?[a-z]+[ ](?:(?:also|now|already)[ ])?"
    r"(?:would|will|had|have|has|were|are|could|may)(?:[ ](?!and\b|but\b)[\w-]+){0,3}[ ]"
)
_OTHER_SUBJECT = lazy(
    r"(?:the|a|an|another)[ ](?:[\w-]+[ ]){0,2}?[a-z]+(?<![^s]s)[ ]"
    r"(?:(?:also|now|still|reportedly)[ ])?"
    r"(?:would|will|had|has|was|is|plans|planned|could|may|might|intends|aims|wants|hopes|"
    r"expects)(?:[ ](?!and\b|but\b)[\w-]+){0,4}[ ]"
    r"|" + _SHARE_OF_GROUP
)
#: A reported clause whose subject is a share of a group no name gives (the group acts, not
#: the one who reports it).
_SHARE_SUBJECT = lazy(_SHARE_OF_GROUP)
_SUBORDINATE_PRONOUN = lazy(
    r"\b(?:while|after|before|because|as|when|until|since|once|although|though)[ ]"
    r"(?P<p>it|they)[ ]+(?:[a-z]+[ ]+){0,3}$"
)
_PRONOUN_SUBJECT = lazy(r"(?:^|[ ,])(?P<p>it|It|they|They|he|He|she|She)[ ]+(?:[a-z]+[ ]+){0,3}$")
#: An instrument that stands for the act before it as a clause's subject: "The directive
#: says", "This order requires" (not one in a phrase of means: "told staff in an email that").
_INSTRUMENT_SUBJECT = lazy(
    r"(?i)(?:^|(?<!\b(?:in|via|through|by|with))[ ,])(?:the|an?|this|that|its|their)[ ]+"
    r"(?:(?!(?:in|via|through|by|with|an?|the)[ ])[\w-]+[ ]){0,3}?(?P<noun>"
    r"email|e-mail|order|executive order|notice|notices|directive|memo|letter|advisory|guideline|"
    r"guidelines|rule|law|policy|decree|note|circular|instruction|measure|decision|move|step|ban)"
    r"(?:[ ][^,;]{0,60}?)?[ ]+(?:[a-z]+[ ]+){0,2}$"
)
_IT_INSTRUMENT = lazy(r"(?:^|[ ])(?:It|it)[ ]+(?:also[ ]+)?$")
_OFFICIALS = lazy(r"(?i)\bofficials[ ]there\b|\bofficials[ ]at[ ]the\b")
_SHORT_DATE_WORDS = lazy(r"(?i)^(?:a|one|two|three)[ ]day")
_WORDS = lazy(r"[\w’'-]+")


# ---------------------------------------------------------------------------------------------
# working records
# ---------------------------------------------------------------------------------------------


@attrs.define
class _Found:
    """An action while the document is being read."""

    actor: str
    kind: ActionKind
    status: Status
    targets: list[str]
    temporary: bool | None
    scope: frozenset[Scope]  # frozen: an empty one costs nothing, and none is shared by accident
    reasons: frozenset[Reason]
    date: Date | None
    evidence: Span
    sentence: Sentence
    trigger: tuple[int, int]
    weak: bool
    mentions: list[Span] = attrs.field(factory=list)
    rank: int = 0  # order of statement in the document
    implicit_target: bool = False  # the target was not named, "DeepSeek" was assumed
    # told as the event another action is dated by (", days after Taiwan barred ..."): a
    # sentence after this one that goes on about "the directive" means the other action
    aside: bool = False
    _seen: set[Span] | None = None  # the mentions as a set, built when first merged into

    def seen_spans(self) -> set[Span]:
        """The spans in ``mentions``, kept as a set so that merging N restatements is linear."""
        if self._seen is None:
            self._seen = set(self.mentions)
        return self._seen

    def freeze(self) -> Action:
        return Action(
            actor=self.actor,
            kind=self.kind,
            evidence=self.evidence,
            targets=tuple(dict.fromkeys(self.targets)),
            status=self.status,
            temporary=self.temporary,
            scope=_in_order(self.scope),
            reasons=_reasons_in_order(self.reasons),
            date=self.date,
            mentions=tuple(self.mentions),
        )


_SCOPE_RANK = {v: i for i, v in enumerate(Scope)}
_REASON_RANK = {v: i for i, v in enumerate(Reason)}


def _in_order(values: Iterable[Scope]) -> tuple[Scope, ...]:
    return tuple(sorted(values, key=_SCOPE_RANK.__getitem__))


def _reasons_in_order(values: Iterable[Reason]) -> tuple[Reason, ...]:
    return tuple(sorted(values, key=_REASON_RANK.__getitem__))


#: How many paragraphs back a later sentence may still change a draft: give it a date
#: (_link_date) or reasons (_link_reasons). Drafts further back are final (_Doc.settle).
_LINK_REACH = 2


class _Doc:
    """Everything the parser needs about one document."""

    def __init__(
        self,
        text: str,
        seg: Segmentation,
        index: ActorIndex,
        dates: Sequence[DateMention],
        published: _dt.date | None,
        lexicon: TriggerLexicon,
    ) -> None:
        self.text = text
        self.seg = seg
        self.index = index
        self.dates = sorted(dates, key=lambda d: d.span.start)
        self.date_starts = [d.span.start for d in self.dates]
        #: The reasons read per span of text (see :func:`_reasons`): one sentence serves
        #: each of its actions.
        self.reasons_read: dict[tuple[int, int], frozenset[Reason]] = {}
        #: The coordinate clauses with subjects of their own, per sentence start (see
        #: :func:`_own_part`): read once for all of a sentence's drafts.
        self.coordinations: dict[int, list[tuple[int, int, str]]] = {}
        # each date's place in a dateline, read once (every trigger's clause asks again)
        self.date_in_dateline = [_in_dateline(text, d) for d in self.dates]
        self.published = published
        self.lexicon = lexicon
        self.about_deepseek = "DeepSeek" in text or "Deepseek" in text
        # The drafts that later sentences may still change (see settle), in document order;
        # older ones have gone to the merger, so memory does not grow with every restatement.
        self.found: collections.deque[_Found] = collections.deque()
        self.drafts = 0  # drafts read so far: the rank of the next one
        self.merger = _Merger(index)
        # (offset, actors) of each sentence subject within reach (see settle, _previous_subject)
        self.subjects: collections.deque[tuple[int, list[str]]] = collections.deque()
        # each actor's latest draft, after the number of drafts kept before it: a later sentence
        # that names the actor finds it at once, however many drafts a paragraph holds
        self.latest: dict[str, tuple[int, _Found]] = {}
        # the drafts within reach that are not asides, in order (see _main_before)
        self.mains: collections.deque[_Found] = collections.deque()
        self._paragraph = -1  # the paragraph settle last pruned the caches for

    def add(self, f: _Found) -> None:
        """Keep a new draft (its ``rank`` is :attr:`drafts` at the time it was read)."""
        self.found.append(f)
        self.latest[f.actor] = (self.drafts, f)
        if not f.aside:
            self.mains.append(f)
        self.drafts += 1

    def settle(self, s: Sentence) -> None:
        """Hand the merger every draft that no sentence from ``s`` on can change.

        Linking reasons or a date from a later sentence reaches back at most two paragraphs
        (_link_reasons, _link_date), so a draft further back than that is final.
        """
        while self.found and self.found[0].sentence.paragraph < s.paragraph - _LINK_REACH:
            self.merger.add(self.found.popleft())
        while self.mains and self.mains[0].sentence.paragraph < s.paragraph - _LINK_REACH:
            self.mains.popleft()
        if s.paragraph != self._paragraph:
            # the per-sentence caches hold no sentence out of reach either (memory stays flat
            # on a long document)
            self._paragraph = s.paragraph
            floor = self.seg.paragraphs[max(0, s.paragraph - _LINK_REACH)].start
            if self.reasons_read:
                self.reasons_read = {k: v for k, v in self.reasons_read.items() if k[0] >= floor}
            if self.coordinations:
                self.coordinations = {k: v for k, v in self.coordinations.items() if k >= floor}
            # (_previous_subject reads a subject of the paragraph before at the furthest)
            while self.subjects and self.subjects[0][0] < floor:
                self.subjects.popleft()

    def last_in(self, s: Sentence) -> _Found | None:
        """The latest action already read in sentence ``s`` (found is in sentence order)."""
        for f in reversed(self.found):
            if f.sentence.index == s.index:
                return f
            if f.sentence.index < s.index:
                return None
        return None

    def found_in(self, s: Sentence) -> bool:
        """Whether an action was already read in sentence ``s``."""
        return self.last_in(s) is not None


# ---------------------------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------------------------


def find_actions(
    text: str,
    seg: Segmentation,
    index: ActorIndex,
    dates: Sequence[DateMention],
    published: _dt.date | None = None,
    lexicon: TriggerLexicon | None = None,
    *,
    title: str | None = None,
) -> tuple[Action, ...]:
    """Every action the text states, one record per real action (see the module docstring).
    ``title``, where it is not part of ``text`` (a front matter's), only tells whether the
    article is about DeepSeek where the body calls it "the app" or "it" throughout."""
    doc = _Doc(text, seg, index, dates, published, lexicon or default_lexicon())
    if not doc.about_deepseek and title is not None:
        doc.about_deepseek = "DeepSeek" in title or "Deepseek" in title
    legal = _legal_notices(text, seg)
    for sentence in seg.sentences:
        doc.settle(sentence)
        if sentence.paragraph not in legal:
            _read_sentence(doc, sentence)
        _link_reasons(doc, sentence)
        _link_date(doc, sentence)
    for f in doc.found:
        doc.merger.add(f)
    drafts = doc.merger.result()
    # each draft goes as it is frozen, and the document's caches before the first: drafts
    # and records are never all held at once (the peak memory of a long document)
    del doc
    drafts.reverse()
    out = []
    while drafts:
        out.append(drafts.pop().freeze())
    return tuple(out)


#: The label of a listed firm's legal notice, at its paragraph's start: "Safe Harbor
#: Statement", "Forward-Looking Statements", "Cautionary Note", "This announcement contains
#: forward-looking statements".
_LEGAL_NOTICE = lazy(
    r"(?i)(?:safe[ ]harbou?r[ ]statements?|forward[- ]looking[ ]statements|"
    r"cautionary[ ](?:note|statement)s?|this[ ](?:press[ ])?(?:release|announcement|document)[ ]"
    r"(?:contains|includes|may[ ]contain)[ ]forward[- ]looking[ ]statements)\b"
)


def _legal_notices(text: str, seg: Segmentation) -> frozenset[int]:
    """The paragraphs of a listed firm's legal notice, whose risks ("regulators could restrict
    the use of Chinese AI services") are no one's act: a paragraph that opens on its label,
    and the one after a label that stands alone as a heading."""
    if "orward" not in text and "arbo" not in text and "autionary" not in text:
        return frozenset()
    out: set[int] = set()
    for para in seg.paragraphs:
        if _LEGAL_NOTICE.match(text, para.start, min(para.end, para.start + 120)):
            out.add(para.index)
            if para.end - para.start <= 40:
                out.add(para.index + 1)
    return frozenset(out)


# ---------------------------------------------------------------------------------------------
# one sentence
# ---------------------------------------------------------------------------------------------


#: A reaction to a measure named by its noun and infinitive: "welcomed the move to host",
#: "praised the decision to ban" (the measure is another actor's, stated before).
_REACTION_TO_MOVE = lazy(
    r"\b(?:welcomed|welcomes|welcoming|praised|praises|hailed|hails|backed|backs|applauded|"
    r"supported|supports)[ ](?:the|this|that|its|their)[ ](?:[\w-]+[ ]){0,2}?(?:move|decision|"
    r"plan|step|proposal|initiative)[ ]to[ ]$"
)


def _read_sentence(doc: _Doc, s: Sentence) -> None:
    text = doc.text
    matches = doc.lexicon.matches(text, s.start, s.end)
    if not matches:  # most sentences: only "X followed suit" can state an action
        if _may_follow(text, s) and _FOLLOW.search(text, s.start, s.end):
            _follows(doc, s, masks(doc, s), [])
        return
    smasks = masks(doc, s)
    quotes = [q for q in doc.seg.quotes_in(s.start, s.end) if q.double or len(q.inner.split()) > 3]
    taken: list[tuple[int, int]] = []
    governed: set[int] = set()
    for i, m in enumerate(matches):
        a, b = m.span()
        rows = doc.lexicon.rows_for(m)
        row = _choose_row(text, s, a, b, rows)
        if row is _NO_ROW:
            continue
        if row.form == "noun" and len(rows) > 1 and _named_subject_before(doc, text, a, b):
            # "Italy's privacy watchdog blocks Chinese AI app DeepSeek": a body named right
            # before the word, not a possessive's noun ("Italy's privacy ban")
            row = next((r for r in rows if r.form == "verb"), row)
        if m.lastgroup != "lit" and _CLAUSE_IN_GAP.search(
            text, a, b - len(row.phrase.rpartition("...")[2].strip())
        ):
            # (the row's own last words are no gap's: "asked DeepSeek (which data)")
            continue  # "adding that Mexicans were free to" is no "adding ... to"
        if (
            m.lastgroup != "lit"
            and row.phrase.endswith(_DEADLINE_ENDS)
            and _STAFF_IN_GAP.search(text, a, b)
        ):
            continue  # "gave federal agencies 30 days to remove it": a deadline for their act
        if any(x <= a < y for x, y in taken):
            continue
        in_quote = next((q for q in quotes if q.inner_start <= a < q.inner_end), None)
        if in_quote is not None:
            lead = _QUOTE_LEAD.search(text[max(s.start, in_quote.start - 20) : in_quote.start])
            if lead is None:
                continue
            if (
                lead["aux"]
                and in_quote.inner_end - in_quote.inner_start <= 40
                and len(in_quote.inner.split()) <= 3
            ):
                in_quote = None  # a scare-quoted verb: the clause's own, read as unquoted
            elif lead["aux"] and lead["aux"].lower() in _BE_FORMS:
                continue  # "said it was \"very important to be careful\"": a quoted predicate
        if not row.phrase[:1].isupper() and _is_capitalised_name(text, a, b, s):
            continue  # (a row written with its capital, "MoU with", is no name's word)
        if row.form == "noun" and _BODY_AFTER_NOUN.match(text, b):
            continue  # "the commission's investigation bureau": a body, not an action
        if (
            row.kind is ActionKind.INVEST
            and text[a:b].lower() in ("fund", "funds")
            and _KIND_OF_FUND_BEFORE.search(text, max(s.start, a - 30), a)
        ):
            continue  # "whose hedge fund High-Flyer ...": a kind of firm, not an investment
        if row.form == "verb" and text.endswith((" a ", " an "), s.start, a):
            continue  # "into a pilot assistant": a noun's modifier after its article, no verb
        if i in governed or _governed_by_taken(text, doc, taken, a, smasks):
            continue
        if taken and rx(r"(?i)\w+ing\b").match(text[a:b]) and 0 <= a - taken[-1][1] <= 3:
            continue  # "a government advisory urging ...": the participle describes the noun
        if taken and _object_of_opposition(doc, text, taken[-1], a):
            continue  # "Beijing criticises curbs on DeepSeek": the curbs are not Beijing's
        if text.endswith(" to ", s.start, a) and _REACTION_TO_MOVE.search(
            text, max(s.start, a - 60), a
        ):
            continue  # "Nasscom welcomed the move to host the models": another's act, again
        family = row.kind.family
        near = max(s.start, a - 40)
        ended = (
            _LIFTED_BEFORE.search(text, near, a)
            if family is not Family.OTHER
            and not _END_FIRST_WORDS.isdisjoint(text[near:a].lower().split())
            else None
        )
        if ended is not None and family is Family.SUPPORTIVE:
            # "Volkswagen ended its pilot of DeepSeek", "scrapped its integration": the use is
            # what stops, a suspension (a verb that is a trigger of its own, "paused", "blocked",
            # reads on its own)
            if any(x < a and ended.start() < y for x, y in taken):
                continue
            if row.form != "verb" and _SUPPORT_ENDED.match(ended.group()):
                row = TriggerRow(ActionKind.SUSPEND, row.form, row.phrase, row.object)
            ended = None
        if ended is not None:
            # "Italy lifts ban on DeepSeek", "Seoul eased its restrictions": the measure is what
            # ends; a verb that is no trigger of its own ("eased", "ended") makes it a lifting
            # (of the scrutiny family only a warning ends that way: "withdrew its advisory";
            # a closed inquiry lifts nothing)
            if (family is Family.SCRUTINY and row.kind is not ActionKind.WARN) or any(
                x < a and ended.start() < y for x, y in taken
            ):
                continue
            if _FAILED_BID_BEFORE.search(text, max(s.start, ended.start() - 140), ended.start()):
                pass  # "rejected a bid to overturn the state's ban": the measure stands, done
            elif ended.group().lower().startswith(("suspend", "block")):
                if "'s " not in ended.group() and "’s " not in ended.group():
                    continue  # "a court suspended the block": halted, by another body
                # "a federal court suspended Texas's ban": the owner's measure stands as
                # done, the court's act on it is none of the measure's (as "struck down")
            else:
                row = TriggerRow(ActionKind.LIFT, row.form, row.phrase, row.object)
        if _LIST_THAT.search(text, max(s.start, a - 120), a):
            continue  # "..., joining a growing list of countries that restrict it": the list's
        later = _Tail(matches, i + 1)
        if _light_before_noun(doc, text, s, b, row, later):
            continue
        if (
            _reduced_relative(text, a, b, s, row)
            and not _mention_ends_before(doc, s, a)
            # ("new downloads suspended on Feb. 15 by the PIPC": the passive's agent)
            and not rx(r"[ ](?:[\w.-]+[ ]){0,3}?by[ ]").match(text[b : b + 40])
            and not _JOINS_LIST.search(text[max(s.start, a - 80) : a])
            # "Gov. Hochul's order barred state agencies ...": an instrument's main verb
            and not (
                _INSTRUMENT_BEFORE.search(text, max(s.start, a - 40), a)
                and _SUBJECT_START.match(text, s.start, a)
            )
        ):
            continue
        found = _read_trigger(doc, s, m, row, smasks, later, in_quote is not None)
        if found is None:
            continue
        if found:
            doc.subjects.append((s.start, list(dict.fromkeys(f.actor for f, _g in found))))
        for f, gov in found:
            doc.add(f)
            for j in gov:
                governed.add(i + 1 + j)
        taken.append((a, b))
    _follows(doc, s, smasks, taken)


class _Tail(Sequence[re.Match[str]]):
    """``matches[start:]`` without the copy (read once per trigger, so a copy is quadratic)."""

    __slots__ = ("_items", "_start")

    def __init__(self, items: list[re.Match[str]], start: int) -> None:
        self._items = items
        self._start = start

    def __len__(self) -> int:
        return max(0, len(self._items) - self._start)

    @overload
    def __getitem__(self, i: int) -> re.Match[str]: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[re.Match[str]]: ...
    def __getitem__(self, i: int | slice) -> re.Match[str] | Sequence[re.Match[str]]:
        if isinstance(i, slice):
            return self._items[self._start :][i]  # rare (a short prefix): a copy is fine
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._items[self._start + i]

    def __iter__(self) -> Iterator[re.Match[str]]:
        return itertools.islice(self._items, self._start, None)


#: The last word before a trigger ("companies banned": is "banned" a participle?).
_WORD_BEFORE = lazy(r"([A-Za-z’'-]+)[ ]+$")  # ``regex``: linear on a long word, unlike ``re``
#: A verb that tells those after it what to do, before a phrase of :data:`_FOLLOW`: "ordered
#: (its affiliated agencies) to (do the same)", "asked its suppliers to (follow suit)".
_TOLD_TO_BEFORE = lazy(
    r"\b(?:told|tells?|asked|asks?|ordered|orders?|instructed|instructs?|directed|directs?|"
    r"urged|urges?|required|requires?|encouraged|encourages?|advised|advises?|called[ ]on|"
    r"calls?[ ]on)[ ](?:[\w’'.&-]+[ ]){1,6}?to[ ]$"
)
#: The opening of the phrases of :data:`_FOLLOW` that announce the same, rather than do it.
_ANNOUNCED_SIMILAR = r"(?:made|make|makes|announced|announce|announces|unveiled)[ ]similar"
_FOLLOW = lazy(
    r"(?i)\b(?:followed[ ]suit|follow[ ]suit|following[ ]suit|did[ ]the[ ]same|done[ ]the[ ]same|"
    r"do[ ]the[ ]same|doing[ ]the[ ]same|did[ ]likewise|done[ ]likewise|doing[ ]likewise|"
    # "followed the federal government's lead", "would follow Italy's lead"
    # ("would follow the central government's rules (example, guidance)": its measure, kept)
    r"follow(?:ed|s|ing)?[ ](?:the[ ]|its[ ]|their[ ])?(?:[\w.-]+[ ]){0,3}?[\w.-]+(?:’s|'s|’)[ ]"
    r"(?:lead|example|rules|guidance|instructions)\b|follow(?:ed|s|ing)?[ ](?:its|their|that)[ ]"
    r"(?:lead|example)\b|"
    # "Belgium followed a week later", "Virginia followed this week", "Latvia followed on Feb. 3"
    r"followed(?=[.;]|[ ](?:(?:a|one|two|three|four|five|several|a[ ]few)[ ])?(?:days?|weeks?|"
    r"months?)[ ]later\b|[ ](?:this|last|that|the[ ](?:next|following))[ ](?:day|week|month)\b|"
    r"[ ](?:on|in)[ ](?:[A-Z]|\d))|"
    # "New Zealand may follow.", "Japan is expected to follow soon"
    r"(?<=\b(?:may|might|could|would|will|to)[ ])follow(?=[.;,]|[ ](?:soon|shortly|later)\b)|"
    # "took similar action", "has taken a similar step", "took the same step"
    r"(?:took|taken|takes|taking)[ ](?:a[ ]similar|similar|the[ ]same)[ ](?:action|actions|"
    r"step|steps|measures?)\b|"
    # "the Navy issued a similar instruction to sailors": the model's act, by instrument
    r"(?:issued|issues|imposed|introduced|adopted|sent|put[ ]out|put[ ]in[ ]place)[ ]"
    r"(?:a[ ])?similar[ ](?:instructions?|orders?|directives?|notices?|memos?|memorandum|"
    r"guidance|policy|policies|rules?|measures?|steps?|decision)\b|"
    # "..., and Governor Laura Kelly signed it into law": the measure before, now the signer's
    r"sign(?:ed|s|ing)?[ ](?:it|them|the[ ](?:bill|bills|measure|measures|legislation))[ ]"
    r"into[ ]law\b|"
    # "Governor Brian Kemp signed a similar bill into law": the same measure, the signer's
    r"sign(?:ed|s|ing)?[ ](?:a|an)[ ](?:similar|companion|identical|parallel)[ ]"
    r"(?:bill|measure|law|legislation)\b|"
    # "were considering similar steps": the same act, under consideration
    r"(?<=\b(?:considering|weighing|mulling|exploring|considers|weighs|consider|weigh)[ ])"
    r"(?:a[ ])?similar[ ](?:action|actions|steps|measures|moves|restrictions|curbs|bans|rules?|"
    r"policy|policies|ban|measure|step|move)\b|"
    # "(Taiwan has banned it,) while Japan is considering it (doing so, such a move)"
    r"(?<=\b(?:considering|weighing|mulling)[ ])(?:doing[ ]so|it|the[ ]same|"
    r"such[ ]a[ ](?:move|step|ban|measure))(?=[.;,]|$)|"
    + _ANNOUNCED_SIMILAR
    + r"[ ](?:announcements?|moves|plans|pledges|commitments|deployments|integrations|"
    r"partnerships|rollouts|bans|restrictions|curbs|measures|steps)\b|"
    # "blocked it, following a similar order by Governor Greg Abbott": the agent's own act
    r"(?:following|after|like|mirroring|echoing)[ ](?:an?[ ])?(?:similar|identical|parallel)[ ]"
    r"(?:orders?|bans?|measures?|moves?|directives?|steps?|polic(?:y|ies)|restrictions?|"
    r"decisions?|rules?|memos?|actions?)[ ](?:by|from)(?=[ ])|"
    r"followed(?=[ ](?:on|in|within|shortly|soon|quickly|a[ ]day|the[ ]next|days|weeks|hours)\b|"
    r"[.;,])|"
    # "(urged Britain to ban it,) as Australia did on Tuesday": the named one's own act, done
    r"(?<=,[ ](?:just[ ])?as[ ](?-i:(?:[A-Z][\w.’'-]*[ ]|and[ ]){1,5}))"
    r"(?:did|has[ ]done|have[ ]done|had[ ]done|did[ ]so|has[ ]already|had[ ]already)"
    r"(?=[.;,]|[ ](?:on|in|last|earlier|this|a[ ]|two|three|in)\b))"
)
#: The nouns after a leader's possessive in :data:`_FOLLOW`: "follow Italy's lead (example)".
_LEAD_NOUNS = ("lead", "example", "rules", "guidance", "instructions")
#: A verb of weighing right before a phrase of :data:`_FOLLOW`: "consider (a similar rule)".
_WEIGHS_BEFORE = lazy(
    r"\b(?:consider|considering|weigh|weighing|mull|mulling|explore|exploring)[ ]$"
)
#: "as" and a name before the pro-form of :data:`_FOLLOW`: ", as Australia (did)".
_AS_NAME_BEFORE = lazy(r",[ ](?:just[ ])?as[ ](?:[A-Z][\w.’'-]*[ ]|and[ ]){1,5}$")
#: The measure a call asks for, after the call's trigger: "(urged the government) to ban".
_CALLED_MEASURE = lazy(r"\bto[ ](?P<verb>ban|bar|prohibit|block|restrict|suspend)\b")
_CALLED_KINDS = {
    "ban": ActionKind.BAN,
    "bar": ActionKind.BAN,
    "prohibit": ActionKind.BAN,
    "block": ActionKind.BLOCK,
    "restrict": ActionKind.RESTRICT,
    "suspend": ActionKind.SUSPEND,
}
_ANNOUNCED_ALIKE = lazy(r"(?i)" + _ANNOUNCED_SIMILAR)

#: Words one of which every phrase of :data:`_FOLLOW` holds, in lower case, but the
#: pro-form's (see :data:`_AS_DID_WORDS`); "(while Japan is) considering it (doing so, such
#: a move)" by the verb before it.
_FOLLOW_WORDS = (
    "follow", "the same", "likewise", "similar", "into law", "considering ", "weighing ",
    "mulling ",
)  # fmt: skip
#: The pro-form ", as Australia did (has done, had already)" holds one word of each.
_AS_DID_WORDS = ((", as ", ", just as "), ("did", "done", "already"))


def _may_follow(text: str, s: Sentence) -> bool:
    """Whether the sentence can hold a phrase of :data:`_FOLLOW`: a few substring tests on its
    folded text (as the pattern ignores case) spare most sentences the pattern's scan."""
    folded = fold(text[s.start : s.end])
    for word in _FOLLOW_WORDS:  # (a loop: faster than ``any`` over a generator)
        if word in folded:
            return True
    opening, verbs = _AS_DID_WORDS
    return any(w in folded for w in opening) and any(w in folded for w in verbs)


def _led_by(doc: _Doc, actor: str, leaders: Collection[str]) -> bool:
    """Whether ``actor`` is one of ``leaders`` or a body of a country among them."""
    if actor in leaders:
        return True
    country = doc.index.actor(actor).country
    return any(
        (leader := doc.index.actor(x)).kind is ActorKind.COUNTRY and leader.country == country
        for x in leaders
    )


def _follows(
    doc: _Doc, s: Sentence, smasks: Sequence[Mask], taken: Sequence[tuple[int, int]]
) -> None:
    """ "X followed suit", "Y did the same a day later": the last action, by another actor."""
    text = doc.text
    for m in _FOLLOW.finditer(text, s.start, s.end) if _may_follow(text, s) else ():
        a, b = m.span()
        if any(x <= a < y for x, y in taken) or doc.seg.quote_at(a) is not None:
            continue
        # "follow Italy's lead": Italy's own measure (or its bodies'), not the last one stated
        led = m.group().endswith(_LEAD_NOUNS)
        leaders = {x.actor for x in doc.index.mentions_between(a, b)} if led else ()
        model = None
        for f in reversed(doc.found):
            if f.sentence.paragraph < s.paragraph - _LINK_REACH:
                break
            if f.trigger[0] < a and (not leaders or _led_by(doc, f.actor, leaders)):
                model = f
                break
        if model is None:
            continue
        kind = model.kind
        pro_form = _AS_NAME_BEFORE.search(text, max(s.start, a - 60), a) is not None
        if pro_form and kind is ActionKind.CALL_FOR:
            # "urged the government to ban DeepSeek, as Australia did": the measure called for
            called = _CALLED_MEASURE.search(text, model.trigger[0], a)
            if called is None:
                continue
            kind = _CALLED_KINDS[called["verb"]]
        clause = clause_of(doc, s, a, smasks)
        if _negated(text, clause.start, a, TriggerRow(kind, "fixed", "followed")):
            continue
        if _under_pressure(text, clause.start, a):
            continue  # "Germany faces pressure to follow suit": others want it, none is done
        if text.endswith(" to ", clause.start, a) and _TOLD_TO_BEFORE.search(
            text, max(clause.start, a - 70), a
        ):
            continue  # "ordered its affiliated agencies to do the same": told, not done
        if any(b <= t[0] < clause.end for t in taken):
            continue  # "followed a day later, making R1 available": the action is stated
        absolute = (
            _WITH_EXPECTED_BEFORE.search(text, max(clause.start, a - 90), a)
            if text.find("with ", max(clause.start, a - 90), a) >= 0
            else None
        )
        masked = mask_at(smasks, a)
        relative = masked is not None and masked[2] == "relative"
        # "following a similar order by Texas Governor Greg Abbott last month": the agent
        # named after it did the same, before
        agent_after = m.group().endswith((" by", " from"))
        if agent_after:
            actors = subject_after(doc, b + 1, clause.end)
        elif absolute is not None:
            # "..., with Victoria expected to follow": the noun phrase after "with" follows
            actors = [
                x.actor
                for x in doc.index.mentions_between(absolute.start("np"), absolute.end("np"))
                if x.via != "modifier"
            ]
        elif relative and masked is not None:
            # "..., joining Geely, Nio and Leapmotor, which have announced similar plans": the
            # relative clause's antecedents, the whole list (as for a trigger's relative)
            actors = subject_before(doc, s, clause.start, masked[0], smasks, relative=True)
        else:
            actors = subject_before(doc, s, clause.start, a, smasks)
        if not actors and not agent_after:
            actors, how = _implicit_subject(doc, s, clause.start, a, a, clause, smasks)
            if how == "new" and (
                m.group().lower() == "followed" or doc.seg.quote_at(s.start) is not None
            ):
                continue  # "Protests followed.": a word the text makes no actor of
            # (but "Safran took the same step", "Nubank followed suit": a name no earlier
            # stage knew does as the one before did, as it would by the trigger's own verb)
        actors = [x for x in actors if x != model.actor]
        if not actors:
            continue
        temporary, scope, reasons = model.temporary, model.scope, _reasons(doc, s.start, s.end)
        if agent_after:
            status = Status.DONE
            temporary, scope, reasons = None, frozenset(), frozenset()
        else:
            status = _status(
                doc,
                text,
                clause.start,
                a,
                b,
                clause.end,
                TriggerRow(kind, "fixed", "x"),
                kind,
            )
        if pro_form:
            status = Status.DONE  # "(Britain should ban it,) as Australia did": done
        elif status is Status.PLANNED and _WEIGHS_BEFORE.search(text, max(s.start, a - 14), a):
            status = Status.CONSIDERED  # "is expected to consider a similar rule": weighed
        if status is Status.DONE and _ANNOUNCED_ALIKE.match(m.group()):
            status = model.status  # "made similar announcements": of what the model announced
        if agent_after:
            date = _date_for(doc, s, Clause(b, clause.end), b, smasks, "subject")
            if date is not None and doc.published is not None and date.first_day > doc.published:
                date = _year_before(date)  # (a past act: "in February" read as to come, in a
                # clause that "will" opens)
        elif relative and masked is not None:
            # the relative clause's own date only: "joining Geely and Nio, which have announced
            # similar plans" keeps nothing of when the joiner said it would
            own = Clause(masked[0], masked[1])
            date = _date_for(doc, s, own, a, smasks, "relative", masked[1])
        else:
            date = _date_for(doc, s, clause, a, smasks, "subject")
        for actor in actors:
            doc.add(
                _Found(
                    actor=actor,
                    kind=kind,
                    status=status,
                    targets=list(model.targets),
                    temporary=temporary,
                    scope=scope,
                    reasons=reasons,
                    date=date,
                    evidence=Span.of(text, s.start, s.end),
                    sentence=s,
                    trigger=(a, b),
                    weak=s.kind is not ParagraphKind.BODY,
                    rank=doc.drafts,
                )
            )


def _year_before(date: Date) -> Date | None:
    """The same month or day a year earlier (None for another precision, or a 29 February)."""
    if date.precision not in (DatePrecision.MONTH, DatePrecision.DAY):
        return None
    value = f"{int(date.value[:4]) - 1}{date.value[4:]}"
    return None if value.endswith("-02-29") else Date(value, date.precision)


#: A verb that ends a measure, right before the measure's noun: "lifts ban", "eased its
#: restrictions", "ended a two-month suspension" (searched only where one of the words of
#: _END_VERBS stands before the noun).
_END_VERBS = frozenset((
    "lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "end", "ends",
    "ended", "ending", "scrap", "scraps", "scrapped", "scrapping", "revoke", "revokes",
    "revoked", "revoking", "rescind", "rescinds", "rescinded", "overturn", "overturns",
    "overturned", "reverse", "reverses", "reversed", "close", "closes", "closed",
    "relax", "relaxes", "relaxed", "relaxing", "loosen", "loosens", "loosened", "loosening",
    "rescinding", "repeal", "repeals", "repealed", "repealing", "withdraw", "withdraws",
    "withdrew", "withdrawn", "withdrawing", "narrow", "narrows", "narrowed", "narrowing",
    "soften", "softens", "softened", "softening", "scale back", "scales back", "scaled back",
    "drop", "drops", "dropped", "dropping", "abandon", "abandons", "abandoned", "abandoning",
    "scaling back", "roll back", "rolls back", "rolled back", "rolling back",
    # a court's halting of a measure: "suspended the Garante's block", "blocked the ban"
    "suspend", "suspends", "suspended", "suspending", "block", "blocks", "blocked", "blocking",
))  # fmt: skip
_END_FIRST_WORDS = frozenset(v.split()[0] for v in _END_VERBS)
_LIFTED_BEFORE = lazy(
    r"(?i)\b(?:" + trie_pattern(_END_VERBS) + r")[ ]"
    r"(?:(?:its|the|a|an|their|his|her)[ ])?(?:[\w.&-]+(?:'s|’s)[ ])?"
    # ("ended up banning": the ban came about, nothing ended)
    r"(?:(?!(?:and|or|but|up)\b)[\w-]+[ ])?$"
)
#: A bid to end a measure that is turned down, right before its verb: "rejected a bid by
#: researchers to (overturn)", "dismissed a lawsuit seeking to (lift)": the measure stands.
_FAILED_BID_BEFORE = lazy(
    r"(?i)\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|den(?:y|ies|ied|ying)|"
    r"turn(?:s|ed|ing)?[ ]down|thr(?:ew|ow|ows|own|owing)[ ]out|los(?:t|es|ing))[ ]"
    r"(?:(?:a|an|the|its|their|his|her)[ ])?(?:[\w-]+[ ]){0,2}?(?:bid|request|motion|"
    r"lawsuit|suit|challenge|petition|attempt|effort|application|appeal|push|demand)s?\b"
    r"[^.;]{0,80}?[ ](?:to|seeking[ ]to|that[ ]sought[ ]to|asking[ ][\w-]+(?:[ ]court)?[ ]to)[ ]$"
)
#: Of _END_VERBS, those that stop a use or a tie before its noun ("ended its pilot of",
#: "scrapped its integration of"; an eased or narrowed partnership goes on).
_SUPPORT_ENDED = lazy(
    r"(?i)(?:end|ends|ended|ending|scrap|scraps|scrapped|scrapping|withdr[ae]w\w*|"
    r"revok\w+|terminat\w+|reverse[ds]?)[ ]"
)
#: A trigger that tells what the members of a list do, after the main clause has said what its
#: subject did: "..., joining a growing list of countries that restrict the app".
_LIST_THAT = lazy(
    r"(?i),[ ](?:joining|becoming)[ ](?:[\w-]+[ ]){0,4}?(?:list|number|group|wave|string|club|"
    r"ranks|host)[ ]of[ ](?:[\w-]+[ ]){0,4}?(?:that|which|who)[ ](?:(?:have|has|had|also|"
    r"already|now)[ ])*$"
)
_JOINS_LIST = lazy(
    r"(?i)\b(?:join|joins|joined|joining|becomes?|became|is|was)[ ](?:a|an|"
    r"the)[ ](?:[\w-]+[ ]){0,2}?"
    r"(?:list|number|group|host|wave|string|line|club|ranks|country|nation|state|government|agency|"
    r"company|firm|bank)s?[ ](?:of[ ](?:[\w-]+[ ]){0,3})?(?:to[ ])?$"
)
_NOUN_CONTEXT = lazy(
    r"(?i)(?:\b(?:a|an|the|its|their|this|that|such|any|no|similar|new|blanket|outright|total|"
    r"full|partial|nationwide|temporary|formal|official|complete|sweeping|broad|possible|"
    r"proposed|planned|first|latest|government|state|federal)|’s|'s|s’)[ ]+(?:[\w-]+[ ]+){0,2}$"
    # right after a preposition: "calls for bans", "talk of restrictions"
    r"|\b(?:for|of|on|against|about|over|amid|despite|into|face|faces|faced|facing)[ ]+$"
    # a headline's verb of weighing or imposing and a name: "US weighs DeepSeek ban"
    r"|\b(?:weighs|weighed|weighing|mulls|mulled|considers|considered|eyes|eyed|imposes|imposed|"
    r"announces|announced|proposes|proposed|plans|planned|seeks|sought|slaps|slapped|widens|"
    r"widened|expands|expanded|extends|extended|tightens|tightened|lifts|lifted|ends|ended|"
    r"eases|eased|drops|dropped|scraps|scrapped|confirms|confirmed|upholds|upheld)[ ]+"
    r"(?:[A-Z][\w.-]*[ ]+){1,2}$"
)
_VERB_CONTEXT = lazy(
    r"(?i)\b(?:to|will|would|could|may|might|must|shall|should|can|did|does|do|not|also|"
    r"has|have|had|swiftly|quickly|already|formally|officially)[ ]+$"
)


_INSTRUMENT_BEFORE_NOUNS = (
    r"(?:notice|notices|order|orders|directive|directives|direction|directions|memo|rule|"
    r"rules|law|guideline|"
    r"guidelines|guidance|policy|decree|bill|measure|email|letter|advisory|regulation|"
    r"regulations|note|circular)"
)
_INSTRUMENT_BEFORE = lazy(rf"(?i)\b{_INSTRUMENT_BEFORE_NOUNS}[ ]+(?:also[ ]+|now[ ]+)?$")
#: A measure's noun with its own relative clause before the trigger: "(A Virginia) law that
#: (bans DeepSeek)", "(the) rule which now (bars it)".
_INSTRUMENT_THAT_BEFORE = lazy(
    rf"(?i)\b{_INSTRUMENT_BEFORE_NOUNS}[ ]+(?:that|which)[ ]+(?:also[ ]+|now[ ]+)?$"
)


_NO_ROW = TriggerRow(ActionKind.CALL_FOR, "fixed", "__none__")
#: A sentence whose subject is a noun phrase that opens it: "Gov. Hochul's order", "The
#: directive" (up to eight words, no verb of its own before the trigger).
_SUBJECT_START = lazy(r"(?:[\w’'.-]+[ ]){0,8}$")


#: What makes "calls for" a noun: "prompted calls for", "amid growing calls for".
_CALLS_AS_NOUN = lazy(
    r"\b(?:prompted|sparked|triggered|renewed|fuelled|fueled|led[ ]to|amid|growing|fresh|new|"
    r"resisted|rejected|rebuffed|ignored|dismissed|heeded|"
    r"repeated|mounting|louder|more|the|its|their|despite|after|following|earnings|conference|"
    r"phone|video|analyst|investor|quarterly)[ ]$"
)


#: A verb of saying again before a call the subject owns or makes: "renewed its call for",
#: "repeated calls for" (the subject's call, not one it prompted: "the leak renewed calls for").
_CALL_RENEWED = lazy(
    r"\b(?:(?:renew|echo)(?:ed|ing|es|s)?[ ](?:its|their|his|her)|"
    r"(?:repeat|reiterat|restat)(?:ed|ing|es|s)?(?:[ ](?:its|their|his|her))?)[ ]$"
)


#: A plural measure noun before "on"/"against": "bans on DeepSeek", "curbs against it".
_PLURAL_NOUN_ON = lazy(r"(?i)[a-z]+s[ ](?:on|against)[ ]")
#: What makes "call" a noun: "on a call on Friday", "a wake-up call for", "earnings call".
_CALL_AS_NOUN = lazy(
    r"(?i)\b(?:a|an|the|this|that|its|their|wake-up|conference|earnings|phone|video|analyst|"
    r"investor|press|clarion|close|roll)[ ]$"
)
#: What makes a bare "demand" a noun: the punctuation or the verb after it ("GPU demand
#: surged", "demand for chips", "throttle demand.").
_DEMAND_AS_NOUN = lazy(
    r"(?:[,.;:!?)]|$|[ ](?:for|from|in|is|was|has|had|have|surged|soared|rose|grew|fell|"
    r"slumped|jumped|dropped|remains|remained|will|would|could|may|might|growth|outstripped|"
    r"outpaced|exceeded|and|or|as|at|to)(?![\w-]))"
)


#: A relative pronoun or a form of "be" or "have" inside a gapped trigger's gap: the gap spans
#: a clause ("added that it had asked DeepSeek to" is no "added ... to"; "recommended that
#: staff avoid" keeps its "that").
_CLAUSE_IN_GAP = lazy(r"[ ](?:which|who|whom|is|are|was|were|has|have|had)[ ]")
#: The ends of the deadline rows ("gave ... days to"): a request where the firm is given it.
_DEADLINE_ENDS = (" days to", " weeks to", " week to", " hours to")
#: The plural nouns of public staff and bodies that several readings below share.
_PUBLIC_STAFF = r"servants|officials|employees|staff|workers|agencies|ministries|departments"
#: One's own bodies or staff in a deadline's gap: "gave (federal agencies 30) days to".
_STAFF_IN_GAP = lazy(
    rf"[ ](?:{_PUBLIC_STAFF}|personnel|bodies|offices|schools|universities|contractors)[ ]"
)
#: A direct object right after a surface that is a verb or a noun: "(ban) DeepSeek", "(block)
#: the app".
_VERB_OBJECT_AFTER = lazy(
    r"[ ](?:DeepSeek|it|them|the[ ](?:app|chatbot|service|model|platform|use)|its[ ]use)\b"
)


def _choose_row(text: str, s: Sentence, a: int, b: int, rows: Sequence[TriggerRow]) -> TriggerRow:
    """Pick the verb or the noun reading of a shared surface ("to ban" vs "a ban") by the
    words before it."""
    before = text[max(s.start, a - 40) : a]
    if text.startswith(("call", "Call"), a) and _CALL_RENEWED.search(before):
        return rows[0]  # "renewed its call for a ban": the subject's own call, made again
    if text.startswith(("calls ", "Calls "), a) and _CALLS_AS_NOUN.search(before):
        return _NO_ROW  # "has prompted calls for bans": no one named makes them
    if text.startswith(("call ", "Call "), a) and _CALL_AS_NOUN.search(before):
        return _NO_ROW  # "told analysts on a call on Friday", "a wake-up call for"
    if text.startswith(("demand", "Demand"), a) and _DEMAND_AS_NOUN.match(text, a + 6, a + 40):
        return _NO_ROW  # "GPU demand surged", "had to throttle demand."
    if len(rows) == 1:
        if rows[0].form == "verb" and rx(r"(?:\b(?:its|their|his|her|our|the)|’s|'s)[ ]$").search(
            before
        ):
            return _NO_ROW  # "met its demands", "the ban's scope"
        return rows[0]
    want = "verb"
    if _VERB_CONTEXT.search(before) or _VERB_OBJECT_AFTER.match(text, b):
        want = "verb"  # (a direct object after it: "that the government ban DeepSeek")
    elif _INSTRUMENT_BEFORE.search(before) and rx(r"\w+s\b").match(text[a : a + 20]):
        want = "verb"  # "The notice bans", "the order blocks"
    elif _NOUN_CONTEXT.search(before) or _PLURAL_NOUN_ON.match(text, a, a + 40):
        want = "noun"  # ("bans on DeepSeek would do little": a plural noun before "on")
    for row in rows:
        if row.form == want:
            return row
    return rows[0]


def _written_to_a_firm(doc: _Doc, b: int, clause: Clause) -> bool:
    """Whether the one written to, right after "wrote to", is DeepSeek or another company
    (a request for information), not a minister or a public body."""
    text = doc.text
    addressee = _ADDRESSEE.match(text, b, min(clause.end, b + 60))
    if addressee is None:
        return True
    firms = [
        x
        for x in doc.index.mentions_between(addressee.start(), addressee.end())
        if x.actor == TARGET_ID or doc.index.actor(x.actor).kind in _PRIVATE_KINDS
    ]
    return bool(firms) or _FIRM_NOUN.search(addressee.group()) is not None


#: Who a letter is written to: up to a comma or the words that say what it is about.
_ADDRESSEE = lazy_re(
    r"[ ](?:(?!(?:about|asking|seeking|demanding|urging|over|regarding|concerning|on|for|to|"
    r"with|in)\b)[^ ,;.]++[ ]?){1,8}"
)
#: A firm named by its common noun: "the company", "the Chinese startup".
_FIRM_NOUN = lazy_re(r"\b(?:company|firm|start-?up|developer|operator|chatbot|app)\b")


def _named_subject_before(doc: _Doc, text: str, a: int, b: int) -> bool:
    """Whether the trigger at ``[a, b)`` reads as a verb in the third person ("blocks",
    "bans") right after a mention of a body that is not the target (its subject)."""
    if not text.endswith("s", a, b) or text[a - 1 : a] != " " or _PLURAL_NOUN_ON.match(text, a):
        return False
    before = doc.index.mentions_between(max(0, a - 80), a - 1)
    return bool(before) and before[-1].end == a - 1 and before[-1].actor != TARGET_ID


def _light_before_noun(
    doc: _Doc, text: str, s: Sentence, b: int, row: TriggerRow, later: Sequence[re.Match[str]]
) -> bool:
    """ "launched a probe", "implemented blockades": the verb only states the noun's action."""
    if row.kind not in (ActionKind.RELEASE, ActionKind.ADOPT) or row.form == "noun":
        return False
    for m in itertools.islice(later, 1):
        if m.start() - b > 40 or not _LIGHT_TO_NOUN.fullmatch(text, b, m.start()):
            return False
        rows = doc.lexicon.rows_for(m)
        # ("launched proceedings against DeepSeek": a fixed phrase that opens with its noun)
        return any(r.form == "noun" or r.kind.family in _NOUN_FIXED_FAMILIES for r in rows)
    return False


#: What stands between a light verb and the noun it launches: " a ", " an administrative ".
_LIGHT_TO_NOUN = lazy(
    r"[ ](?:(?:a|an|the|its|new|formal|full|administrative|legal|sanctioning|separate|"
    r"criminal|disciplinary|official|existing|current|ex[ -]officio|preliminary|thorough|"
    r"in-depth|fresh|urgent|comprehensive|detailed|wide-ranging|"
    # (the measure's likeness or reach: "adopted a similar ban", "imposed a blanket ban")
    r"similar|comparable|identical|same|own|tougher|stricter|broader|wider|blanket|total|"
    r"partial|temporary|permanent|outright|complete|sweeping|limited|"
    r"[\w.-]+(?:'s|’s))[ ])*"
)
#: Kinds whose fixed phrases open with their noun ("proceedings against", "case against").
_NOUN_FIXED_FAMILIES = frozenset({Family.SCRUTINY})


def _row_at(doc: _Doc, text: str, x: int, y: int) -> TriggerRow | None:
    m = doc.lexicon._match_at(text, x, y)
    return doc.lexicon.row_for(m) if m is not None else None


def _supportive_word(doc: _Doc, text: str, a: int) -> bool:
    m = doc.lexicon._match_at(text, a)
    if m is None:
        return False
    return any(r.kind.family is Family.SUPPORTIVE for r in doc.lexicon.rows_for(m))


def _object_of_opposition(doc: _Doc, text: str, last: tuple[int, int], a: int) -> bool:
    x, y = last
    if a - y > 40 or not rx(
        r"[ ](?:(?:the|its|their|these|those|several|recent|new|foreign|such|any|app|apps|"
        r"blanket|outright|sweeping|government|state|national|nationwide|[A-Z][\w-]*)[ ]){0,3}$"
    ).fullmatch(text[y:a]):
        return False
    row = _row_at(doc, text, x, y)
    return row is not None and row.kind in (
        ActionKind.OPPOSE,
        ActionKind.INVESTIGATE,
        ActionKind.CALL_FOR,
    )


def _mention_ends_before(doc: _Doc, s: Sentence, a: int) -> bool:
    """Whether an actor is named right before ``a`` ("the watchdog blocked" is a verb, not a
    participle describing "watchdog")."""
    return any(0 <= a - m.end <= 2 for m in doc.index.mentions_between(s.start, a))


#: A law named as the ground of an act, up to its "Act": "under the EU's Digital Services ".
_UNDER_A_LAW = lazy(r"\b(?:under|citing|pursuant[ ]to)[ ](?:the[ ])?(?:[\w’'-]+[ ]){1,5}$")
#: What opens a second predicate of the same subject right before its verb: " and ",
#: " but ", " and later ".
_COORDINATE_VERB_BEFORE = lazy(
    r"[ ](?:and|but)[ ](?:(?:then|later|subsequently|quickly|eventually)[ ])?$"
)


def _word_end(text: str, a: int) -> int:
    """The end of the word that opens at ``a``."""
    m = _WORD_AT.match(text, a)
    return m.end() if m is not None else a


#: The subordinators that open a contrasting clause with its own subject: "even as",
#: "while", "although" (read by :data:`_OWN_CLAUSE_BETWEEN`, :func:`_governed_by_taken`,
#: :data:`_SUBORDINATE_OPENING` and :data:`_CONTRAST_OPENING`).
_CONTRAST_WORDS = r"even[ ]as|even[ ]though|while|whereas|although|though"
#: What opens a clause of its own between a restriction and a later verb: "; ", ", and ",
#: ", yet ", " even as ", " while ", " although ".
_OWN_CLAUSE_BETWEEN = lazy(rf"[;.]|,[ ](?:and|but|yet)[ ]|\b(?:{_CONTRAST_WORDS})[ ]")


def _governed_by_taken(
    text: str, doc: _Doc, taken: Sequence[tuple[int, int]], a: int, smasks: Sequence[Mask]
) -> bool:
    """ "forbids state workers to install ..." / "barred staff from using": a verb inside the
    object of a restriction already read is part of it, not a second action; so is "a filter
    that blocks the service has been installed" (the installing is the blocking). A verb
    after the end of the relative clause that holds the restriction is the main clause's own
    ("ING, which had blocked DeepSeek, lifted the block")."""
    for x, y in taken:
        inside = mask_at(smasks, x)
        if inside is not None and inside[2] == "relative" and inside[1] <= a:
            continue
        if (
            y <= a
            and a - y < 120
            # ("..., even as it offers R1 on Azure", "while offering R1": a clause of its own)
            and not _OWN_CLAUSE_BETWEEN.search(text, y, a)
            # "suspended DeepSeek in February and lifted the suspension in April": a second
            # finite verb of the same subject, no part of the restriction's object
            and not (
                _COORDINATE_VERB_BEFORE.search(text, y, a)
                and not text[a:_word_end(text, a)].endswith("ing")
            )
        ):
            row = _row_at(doc, text, x, y)
            if (
                row is not None
                and row.kind.family is Family.RESTRICTIVE
                and _supportive_word(doc, text, a)
            ):
                return True
        if y <= a and a - y < 80:
            between = text[y:a]
            if (
                rx(r"(?:\bto|\bfrom)[ ](?:[a-z]+[ ]or[ ])?$").search(between)
                and not rx(r"[;.]|,[ ]and[ ]").search(between)
                # "criticised the Czech government's decision to ban it": the owner's own act
                and not _DECISION_BEFORE.search(between)
                # "assess the app before deciding whether to restrict it", "..., even as it
                # continues to offer R1": the infinitive belongs to a clause of its own
                and not rx(rf"\b(?:before|after|until|whether|{_CONTRAST_WORDS})\b").search(
                    between
                )
            ):
                return True
    return False


#: A trigger phrase that is itself passive: "not be used", "no longer allowed to use".
_PASSIVE_PHRASE = lazy(
    r"\b(?:not|cannot|longer)[ ](?:be|allowed|permitted|authori[sz]ed|approved)[ ]"
    r"|\bbe[ ]avoided\b"  # "the use of DeepSeek should be avoided"
)
#: (a progressive is active: "has been testing DeepSeek")
_PASSIVE_TRIGGER = lazy(
    r"(?i)(?:has|have|had)[ ]been[ ](?!equipped|\w+ing\b)|(?:is|are|was|were)[ ]given[ ]|"
    r"access[ ]was[ ]|be[ ](?!equipped|\w+ing\b)|been[ ](?!equipped|\w+ing\b)"
)
_PARTICIPLE_WORD = lazy_re(
    r"^(?:\w+ed|built|put|cut|set|shut|kept|made|given|sent|told|taken|run|withdrawn|brought|"
    r"bought|sold)\b",
    regex.IGNORECASE,
)
_NOT_NOUN_BEFORE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "also",
        "not",
        "now",
        "then",
        "already",
        "it",
        "they",
        "he",
        "she",
        "we",
        "that",
        "which",
        "who",
        "and",
        "or",
        "but",
        "to",
        "as",
        "so",
        "just",
        "still",
        "newly",
        "recently",
        "reportedly",
        "officially",
        "formally",
        "quickly",
        "swiftly",
        "fully",
        "all",
        "both",
        "each",
        "since",
        "ever",
        "never",
        "yet",
        "first",
        "later",
        "earlier",
        "last",
        "again",
        "jointly",
        "effectively",
        "subsequently",
    ]
)


#: The nouns a time phrase ends in, and the phrase itself between a subject and its verb.
_TIME_NOUNS = frozenset(["week", "month", "year", "weekend", "night", "morning", "afternoon"])
_TIME_BEFORE_VERB = lazy(
    r"\b(?:last|this|earlier[ ]this|later[ ]that|the[ ]same|that|late[ ]last|early[ ]last|"
    rf"the[ ]following|the[ ]previous)[ ](?:{'|'.join(sorted(_TIME_NOUNS))})[ ]$"
)


#: A singular noun a quantifier makes any one of its kind, before a gerund: "any company
#: offering", "every bank using", "each firm deploying".
_ANY_NOUN_BEFORE = lazy(
    r"(?<![\w-])(?:[Aa]ny|[Ee]very|[Ee]ach|[Nn]o)[ ](?:[a-z-]+[ ]){0,2}?[a-z]+[ ]$"
)


def _reduced_relative(text: str, a: int, b: int, s: Sentence, row: TriggerRow) -> bool:
    """ "the censorship built into DeepSeek's app": a participle that describes a noun, not an
    action someone took."""
    if row.form == "noun" or row.kind is ActionKind.CALL_FOR:
        return False  # "the opposition called on ...", never "a firm called on ..."
    if row.kind is ActionKind.LIFT and row.form == "fixed":
        return False  # "the app returned to app stores": intransitive, never a modifier
    if rx(r"(?i)\w+ing\b").match(text[a:b]):
        # "major companies adopting DeepSeek"
        window = text[max(s.start, a - 30) : a]
        if _ANY_NOUN_BEFORE.search(window):
            return True  # "any company offering services in the bloc": whichever one does
        before = rx(r"([a-z][a-z’'-]*s)[ ]+$").search(window)
        return before is not None and before.group(1) not in (
            "is",
            "was",
            "has",
            "as",
            "this",
            "its",
            "his",
            "us",
        )
    if not _PARTICIPLE_WORD.match(text[a:b]):
        return False
    if text[s.start : a].endswith(" ") and _bare_participle(text, s, a, b):
        return False  # "Taiwan: Government agencies barred from using it": the item's verb
    last = _WORD_BEFORE.search(text[max(s.start, a - 30) : a])
    if last is None:
        return False
    word = last.group(1)
    if word.lower() in _BILL_NOUNS:
        return True  # "Bills introduced in both chambers would ban it": the bills, no adoption
    if " whose " in text[max(s.start, a - 40) : a] and _WHOSE_NOUN_BEFORE.search(
        text, max(s.start, a - 40), a
    ):
        return False  # "Texas, whose governor banned the app": the relative clause's verb
    if word.lower() in _NOT_NOUN_BEFORE or word[:1].isupper() or word.endswith(("ly", "’s", "'s")):
        return False
    if word.lower() in _TIME_NOUNS and _TIME_BEFORE_VERB.search(text, max(s.start, a - 30), a):
        return False  # "Taiwan last week banned DeepSeek": a time phrase, then the verb
    if _ORDER_COMPLEMENT.search(text, max(s.start, a - 60), a):
        return False  # "The Garante ordered the app blocked": the order's complement
    # (a gapped phrase holds its object: "Tencent's Yuanbao app added R1 as an option": the
    # named product's maker acts)
    has_object = "..." in row.phrase or _DIRECT_OBJECT_AFTER.match(text, b, min(s.end, b + 12))
    if has_object and _NAME_THEN_NOUN.search(text, max(s.start, a - 40), a):
        return False  # "the University of Texas system banned the app": a name's unit acts
    if has_object and _OWNED_PLURAL_BEFORE.search(text, max(s.start, a - 50), a):
        return False  # "South Korea's ministries blocked DeepSeek": the owned body acts
    if _BODIES_PLURAL_BEFORE.search(text, max(s.start, a - 45), a) and _DIRECT_OBJECT_AFTER.match(
        text, b, min(s.end, b + 12)
    ):
        return False  # "several ministries blocked access": bodies act on an object
    # "have all blocked", "had swiftly banned": an auxiliary close before makes it a verb
    return not rx(
        r"(?i)\b(?:has|have|had|is|are|was|were|will|would)[ ](?:[a-z]+[ ]){0,2}$"
    ).search(text[max(s.start, a - 40) : a])


#: What opens a clause whose subject a gerund is: "said (that) banning DeepSeek would ...".
_GERUND_SUBJECT_BEFORE = lazy(
    r"\b(?:that|said|says|warned|warns|argued|argues|believes|believed|thinks|thought)[ ]$"
)
#: A gerund's object, then a modal: the gerund is the subject of a supposed event
#: ("(banning) DeepSeek would be a mistake", "(blocking) the app could harm ...").
_MODAL_AFTER_OBJECT = lazy(
    r"[ ](?:[\w’'.-]+[ ]){0,5}?(?:would|could|might|may|will|can|cannot|won’t|won't)[ ]"
)
#: A relative "whose" and its noun right before a participle-shaped trigger: "(Texas,) whose
#: governor ", "whose privacy watchdog " (the noun is the verb's subject).
_WHOSE_NOUN_BEFORE = lazy(r"\bwhose[ ](?:[\w’'-]+[ ]){1,3}$")
#: The nouns of a bill, which a participle after them describes: "bills (introduced in ...)".
_BILL_NOUNS = frozenset(("bill", "bills", "legislation", "measure", "measures", "proposal"))
#: Plurals of bodies, public and private, that a group names: "ministries", "carmakers".
_BODY_PLURALS = (
    r"governments|countries|regulators|authorities|watchdogs|agencies|ministries|departments|"
    r"companies|firms|banks|states|provinces|universities|hospitals|carmakers|automakers"
)
#: Unnamed bodies, or staff, before a "should" that advises them: "(said) banks should".
_GENERIC_SHOULD_BEFORE = lazy(
    rf"\b(?:{_BODY_PLURALS}|lenders|institutions|organi[sz]ations|businesses|insurers|users|"
    r"staff|employees|officials)[ ]should[ ]$"
)
#: A counted plural of bodies right before a participle-shaped trigger: "several ministries ",
#: "two government agencies ", or one that opens the clause after a fronted place: "(In South
#: Korea,) government agencies ".
_BODIES_PLURAL_BEFORE = lazy(
    r"(?i)(?:\b(?:several|some|many|most|all|two|three|four|five|other)[ ]|(?<=[,:][ ]))"
    rf"(?:[\w-]+[ ])?(?:{_BODY_PLURALS}|lenders|insurers)[ ]$"
)
#: A direct object right after a participle-shaped trigger, which makes it a finite verb:
#: "(system banned) the app", "(unit blocked) DeepSeek" (a reduced relative takes "by", "in").
_DIRECT_OBJECT_AFTER = lazy(
    r"[ ](?:the|a|an|its|their|all|DeepSeek|it|access|employees|staff|workers|officials|"
    r"personnel|members|students|teachers)\b"
)
#: A name and one singular noun of it right before a trigger: "(University of) Texas system ",
#: "Samsung unit ", "Alibaba subsidiary ".
_NAME_THEN_NOUN = lazy(r"[A-Z][\w&.-]*[ ][a-z]+(?<!s)[ ]$")
#: A name's possessive and a noun of it right before a trigger: "(South) Korea's
#: ministries ", "Taiwan's government agencies ", "Samsung's chip division ", "(the University
#: of) Tennessee's IT office ", "(the) Danish parliament's administration ".
_OWNED_PLURAL_BEFORE = lazy(
    r"[A-Z][\w.-]{0,30}(?:[ ][a-z]{2,20})?(?:’s|'s|(?<=s)[’'])[ ]"
    r"(?:(?:[a-z-]{1,20}|IT|HR|ICT)[ ]){0,2}?[a-z]{1,20}[ ]$"
)
#: Those a platform serves, right before a modal: "customers (could deploy R1)".
_CUSTOMERS_BEFORE = lazy(
    r"(?i)\b(?:customers|users|developers|clients|businesses|enterprises|subscribers)[ ]$"
)
#: Nothing but "now", "also" or "already" between a modal and the trigger after it.
_NOW_TO_TRIGGER = lazy(r"[ ]?(?:(?:now|also|already)[ ]?)?")
#: Those an instruction addresses, right before its modal: "(government) agencies should".
_STAFF_BEFORE = lazy(
    r"(?i)\b(?:agencies|officials|employees|staff|servants|workers|ministries|bodies|"
    r"departments|personnel|members|teachers|students|pupils|schools|soldiers|troops|sailors|"
    r"doctors|nurses|officers)[ ]$"
)
#: A that-clause's subject that is the speaker's own people: "(said that) employees may".
_STAFF_SUBJECT = lazy(
    r"(?:(?:its|our|the[ ]company's|all)[ ])?(?:employees|staff|workers|personnel)[ ]"
    r"(?:may|must|cannot|can[ ]not|could|should|are|were|will)[ ]"
)
#: An option as the object of an inquiry verb: "studying the possibility of adopting it".
_OPTION_OBJECT = lazy(
    r"(?i)[ ](?:the[ ]|a[ ])?(?:(?:possibility|feasibility|option|prospect)s?\b|"
    # "studying a possible ban on DeepSeek": the measure weighed
    r"(?:possible|potential)[ ](?:[\w-]+[ ])?(?:bans?|block|blocking|restrictions?|curbs?|"
    r"suspension|prohibition)\b)"
)
#: An order verb and its object right before a participle: "ordered the app blocked".
_ORDER_COMPLEMENT = lazy(r"\border(?:ed|s)?[ ](?:[\w’'.-]+[ ]){1,4}$")

#: A date between a decision noun (or its agent) and "to": "(the decision) on Jan. 30 (to)",
#: "(the move by Taiwan) last week (to)".
_NOUN_DATE = (
    r"[ ](?:(?:on|in)[ ](?:(?:early|mid|late)[ -])?"
    rf"(?:(?:{'|'.join(MONTH_ABBREVIATIONS)})[.]|{MONTH_FULL_ALTERNATION})"
    r"(?:[ ][0-9]{1,2})?(?:,?[ ][0-9]{4})?|on[ ][A-Z][a-z]+day|"
    r"last[ ](?:week|month|year))"
)
_NOUN_DATE_END = lazy(rf"{_NOUN_DATE}$")
#: The status a decision noun gives the act it names.
_DECISION_STATUS = {
    "decision": Status.DONE,
    "move": Status.DONE,
    "order": Status.DONE,
    "plan": Status.PLANNED,
    "plans": Status.PLANNED,
    "bid": Status.PLANNED,
    "attempt": Status.PLANNED,
    "push": Status.PLANNED,
    "proposal": Status.PROPOSED,
}
#: "<owner>'s decision to", "'s plan to": a possessed decision noun right before a trigger.
_DECISION_BEFORE = lazy(
    r"(?:’s|'s)[ ](?:(?:recent|latest|earlier|sudden|controversial|abrupt)[ ])?"
    rf"(?P<noun>{'|'.join(sorted(_DECISION_STATUS, key=len, reverse=True))})"
    rf"(?P<when>{_NOUN_DATE})?[ ]to[ ]$"
)


#: A decision noun and "by" before its agent: "a decision by (the Garante to)", "the move by".
_DECISION_BY = lazy(
    rf"\b(?P<noun>(?i:{'|'.join(sorted(_DECISION_STATUS, key=len, reverse=True))}))[ ]by[ ]"
)


def _decision_agent(doc: _Doc, start: int, end: int) -> str | None:
    """The actor named from ``start`` (after "by") right up to ``end`` (before "to"), if the
    words between are one name (a place's possessive may open it): "(by) Italy's privacy
    watchdog (to)"."""
    if "," in doc.text[start:end]:
        return None
    names = [m for m in doc.index.mentions_between(start, end) if m.via != "modifier"]
    if len(names) != 1 or names[0].end != end or names[0].actor == TARGET_ID:
        return None
    return names[0].actor if not doc.text[start : names[0].start].strip(" the") else None


def _decision_owner(doc: _Doc, possessive: int) -> str | None:
    """The actor named right before the possessive at ``possessive`` ("the Czech
    government's"), if any."""
    before = doc.index.mentions_between(max(0, possessive - 80), possessive)
    if before and before[-1].end == possessive:
        return before[-1].actor  # (a country before "'s" reads as a modifier: it still owns)
    return None


#: A noun whose "of" takes a gerund that names no event: "the cost of deploying".
_NOUN_OF_GERUND = lazy(
    r"\b(?:cost|costs|price|expense|ease|benefits?|advantages?|risks?|dangers?|"
    r"implications|impact|value|challenges?|difficulty|speed|efficiency|convenience)[ ]of[ ]$"
)
#: Actors whose warning that something is so is a statement, not an advisory.
_PRIVATE_KINDS = frozenset(
    [ActorKind.COMPANY, ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.STATE_ENTERPRISE]
)
#: What follows a bare participle that a reduced passive has: "pulled from", "banned in".
_PASSIVE_HEADLINE_AFTER = lazy(r"[ ](?:from|in|on|across|by|over|at|for)\b|[ ]*[:,;—–-]|[ ]*$")
#: A product of DeepSeek's as the subject right before a trigger: "DeepSeek's app restricts".
_PRODUCT_SUBJECT = lazy(r"\bDeep[Ss]eek(?:’s|'s)[ ](?:[a-z][\w-]*[ ]){1,3}(?:also[ ])?$")
#: "Spain followed Italy in blocking it", "joined Japan and Italy in restricting it": the
#: subject does it too.
_FOLLOWED_IN = lazy(
    # (an abbreviation's points inside: "joined Italy and the U.S. Navy in banning")
    r"\b(?:follow(?:ed|s|ing)?|join(?:ed|s|ing)?)[ ]"
    r"(?P<model>(?:[^.;:]|(?<=[A-Z])\.){2,80}?)[ ]in[ ]$"
)
#: A sentence that opens on the rules it reports and their issuer: "Under the rules issued
#: by the Ministry of Digital Affairs, ...", "Under Taiwan's new rules, ...".
_UNDER_RULES_OF = lazy(
    r"(?:[Uu]nder|[Ff]ollowing|[Pp]er)[ ](?:(?:the|new|its)[ ]){0,2}(?:rules?|order|orders|"
    r"directive|directives|guidelines?|guidance|policy|regulations?|measures?|memo|notice)[ ]"
    r"(?:issued|published|announced|set|drawn[ ]up|adopted|released|sent)[ ]"
    r"(?P<by>by[ ][^,;]{2,100}),[ ]"
    r"|(?:[Uu]nder|[Ff]ollowing|[Pp]er)[ ](?P<by2>[A-Z][^,;]{1,80}?(?:’s|'s))[ ](?:new[ ])?"
    r"(?:rules?|order|directive|guidelines?|guidance|policy|regulations?|measures?|memo|"
    r"notice),[ ]"
)
#: The rest of a trigger's clause up to the question mark that closes it, with no comma,
#: stop or quotation mark between: a headline's question ("Italy bans DeepSeek?").
_ASKED_HERE = lazy(r"[^,.;:!?\"“”]{0,60}+\?")
#: A sentence that opens as a question: an auxiliary or a question word first.
_QUESTION = lazy(
    # (after an interview's, explainer's or transcript's label: "Q: Is DeepSeek banned in the
    # US?", "HOST: Will Japan follow?"; and after a vocative: "Minister, is Indonesia going to
    # block it?")
    r"(?:(?:Q|Question|[A-Z][A-Z.’'-]{1,20}(?:[ ][A-Z][A-Z.’'-]{1,20}){0,2}):[ ]+)?"
    r"(?:(?:[A-Z][\w.’'-]{1,20}[ ]){0,2}[A-Z][\w.’'-]{1,20},[ ](?!wh)(?=[a-z]))?"
    r"[\"“‘']?(?:[Ss]hould|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Ii]s|[Aa]re|[Dd]oes|[Dd]o|[Dd]id|"
    r"[Hh]as|[Hh]ave|[Mm]ight|[Mm]ay|[Mm]ust|[Ww]hy|[Ww]hat|[Hh]ow|[Ww]hen|[Ww]hich|[Ww]ho)[ ]"
)
#: A word one of :data:`_CONDITIONAL_BEFORE`'s branches needs (a cheap test first).
_MAY_BE_CONDITIONAL = lazy(
    r"(?i)\b(?:if|unless|suppos|what[ ]if|had|know|knew|wonder|unclear|uncertain)"
)
#: A call on another body right before a trigger: "urging Apple to", "called on X to".
_CALL_BEFORE = lazy(
    r"\b(?:urg(?:ed|es|ing|e)|call(?:ed|s|ing)?[ ]on|petition(?:ed|ing|s)?|implor(?:ed|es|ing)|"
    r"lobb(?:ied|ies|ying)|press(?:ed|es|ing)?)[ ](?:[^.;:]{0,100}?[ ])?to[ ]$"
)
#: A conditional or counterfactual clause the trigger stands in, or a question about it:
#: "If France bans ...", "Had Germany banned ...", "Imagine if ...", "Nobody knows if ..."
#: ("was asked whether Japan would ban it" stays a ban under consideration; a question fronted
#: before its answer is :data:`_ASKED_WHETHER`'s).
#: "until" and the subject of a clause in the present, right before its verb: "(stay in place)
#: until the central government (issues guidelines)": a time to come, not an act.
_UNTIL_BEFORE = lazy(r"\buntil[ ](?:[\w.’'-]+[ ]){1,6}$")
_CONDITIONAL_BEFORE = lazy(
    r"(?:^|[,;:—–][ ]|\b)(?:[Ii]f|[Uu]nless|[Ss]uppose|[Ss]upposing|[Ww]hat[ ]if)[ ]"
    r"[^,;:.?!]{0,80}$"
    r"|\bHad[ ](?:[\w.’'-]+[ ]){1,5}$"
    r"|\b(?:knows|know|knew|wonder|wonders|wondered|unclear|uncertain)[ ]"
    r"(?:\w+[ ]){0,2}?(?:whether|if)[ ][^,;:.?!]{0,80}$"
)
#: A reporting verb and the speaker's own possessive right before a measure's noun: "said
#: (that) its (own) ban", "confirmed their restrictions".
_SAID_ITS = lazy(
    r"\b(?:said|says|stated|states|confirmed|confirms|noted|notes|added|adds|stressed|"
    r"insisted|maintained)(?:[ ]that)?[ ](?:its|their)[ ](?:own[ ])?$"
)
#: What an inquiry's noun does when it reports its findings: "(its investigation) found that".
_FINDINGS_AFTER = lazy(
    r"[ ](?:(?:had|has)[ ])?(?:found|concluded|showed|revealed|determined|confirmed|uncovered)"
    r"[ ]that\b"
)
#: An inverted condition: "Were Britain to follow".
_INVERTED_WERE_TO = lazy(r"\bWere[ ](?:[\w.’'-]+[ ]){1,4}to[ ][a-z]+")
#: A plan given up, right before the infinitive of what it planned: "scrapped its plan to",
#: "backed away from a proposal to", "walked back plans to".
_PLAN_DROPPED_BEFORE = lazy(
    r"\b(?:scrap(?:ped|s)?|abandon(?:ed|s)?|drop(?:ped|s)?|shelve[ds]?|ditch(?:ed|es)?|"
    r"withdr[ae]w[ns]?|backed[ ]away[ ]from|backtrack(?:ed|s)?[ ]on|walk(?:ed|s)?[ ]back|"
    r"called[ ]off|cancel(?:l?ed|s)?|killed|kills)[ ](?:(?:its|their|the|a|an|his|her)[ ])?"
    r"(?:[\w-]+[ ])?(?:plans?|proposals?|bid|idea|push|effort|attempt)[ ]to[ ]$"
)
#: A decision taken and then undone, before the measure it took: "reversed its decision to ",
#: "overturned the ministry's decision to ".
_DECISION_REVERSED_BEFORE = lazy(
    r"\b(?:revers|overturn|rescind|revok|annul)\w*[ ](?:(?:its|their|the|a|an|his|her)[ ])?"
    r"(?:[\w.&-]+(?:'s|’s)[ ])?(?:earlier[ ]|previous[ ]|own[ ])?(?:decision|order)[ ]to[ ]$"
)
#: A passive's auxiliary at the end of its subject: "(The move) was ", "(the bans) have been ".
_PASSIVE_AUX_END = lazy(
    r"[ ]+(?:was|were|is|are|be|been|being|has|have|had)(?:[ ](?:been|being|also|widely|"
    r"sharply|strongly))*[ ]*$"
)
#: A conjunction opening a clause: " and (the move)", " but (the ban)".
_CONJUNCTION_LEAD = lazy(r"^[ ]*(?:and|but|while|whereas)[ ]")
#: A determiner opening a noun phrase: "The (move)", "its (ban)".
_DETERMINER_LEAD = lazy(r"^[ ]*(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)[ ]")
#: A passive's agent phrase after its participle, up to what follows it: " by China" (as ...).
_BY_PHRASE_LEAD = lazy(r"^[ ]by[ ][^,;]*?(?=[,;]|[ ](?:as|for|over|after|amid|because|citing)\b|$)")
#: A letter's request that its addressee restrict the service: "asking them to ban it".
_ASKING_TO_RESTRICT = lazy(
    r"(?i)\b(?:asking|urging|calling[ ]on|requesting|pressing)[ ](?:[\w’'-]+[ ]){1,4}?to[ ]"
    r"(?:ban|block|bar|prohibit|restrict|remove|suspend|stop|cut|examine|investigate|probe|"
    r"review|scrutini[sz]e|look[ ]into)\b"
)
#: What after a verb-shaped trigger makes it a noun: a colon, or a verb of its own.
_COPULA_AFTER = lazy(r"(?::[ ]|[ ](?:are|were|have|has|is|was)[ ](?!been[ ]|being[ ]))")
#: A past-tense verb after a plural-looking trigger: "Hedge funds dumped shares": a noun.
_VERB_AFTER_PLURAL = lazy(r"[ ](?:[a-z]{3,}ed|sold|bought|fell|rose|lost|made|took)\b")
#: A denial governing what follows: "denied that it planned to ...", "denies reports that".
_DENIED_BEFORE = lazy(
    r"\b(?:denied|denies|deny|denying)(?:[ ]reports)?[ ](?:on[ ]\w+[ ])?that[ ][^.;:]{0,80}$"
)
#: Reports the sentence goes on to call false, as the teller of the measure: "Reports that
#: Moscow had (blocked the app) were false", "Rumours that the government would (block it)
#: were dismissed by the ministry"; with _FALSE_AFTER after the trigger.
_REPORTS_THAT_BEFORE = lazy(
    r"(?i)\b(?:reports?|claims?|suggestions?|speculation|rumou?rs?)[ ](?:[\w’'-]+[ ]){0,3}?"
    r"that[ ][^.;:]{0,80}$"
)
#: What calls the reports false (" were false", "was untrue", "proved baseless"), denies them
#: (" were dismissed by the ministry", "was flatly denied") or calls them hearsay
#: (" circulated on social media").
_FALSE_AFTER = lazy(
    r"\b(?:were|was|are|is|proved|proven|turned[ ]out[ ]to[ ]be)[ ](?:(?:later|also|simply|"
    r"completely|entirely)[ ])?(?:false|untrue|wrong|incorrect|inaccurate|baseless|unfounded|"
    r"fake|groundless)\b"
    r"|\b(?:were|was|have[ ]been|has[ ]been)[ ](?:(?:quickly|flatly|firmly|swiftly|promptly|"
    r"later|since|also)[ ])?(?:denied|dismissed|rejected|refuted|debunked|quashed)\b"
    # (or only spread: "Reports that Brazil had banned it circulated on social media")
    r"|\b(?:circulated|spread|swirled|went[ ]viral|surfaced)[ ](?:on|online|across|among)\b"
)
#: Hearsay no one vouches for, as the teller of the measure: "Social media posts claimed that
#: the regulator had (blocked the chatbot)", "Rumours spread online that", "unverified reports
#: on X said".
_HEARSAY_BEFORE = lazy(
    r"(?i)(?<!(?:'s|’s)[ ])\b(?:(?:social[ ]media|online|viral|widely[ ]shared|Facebook|"
    r"TikTok|WhatsApp|Instagram|Telegram|Weibo)[ ](?:posts?|messages?|videos?|users)|posts|"
    r"rumou?rs?|unverified[ ](?:reports?|claims?|posts?))"
    r"(?:[ ](?:on|circulating[ ]on)[ ](?:social[ ]media|[\w.]+))?"
    r"(?:[ ](?:online|on[ ]social[ ]media))?(?:[ ](?:also|falsely|wrongly|now))?"
    r"[ ](?:claimed|claim|claiming|said|say|saying|suggested|suggesting|alleged|alleging|spread|"
    r"circulated|swirled)(?:[ ]online)?[ ](?:that[ ])?[^.;:]{0,80}$"
)


#: The ones a call is made on, then "not to" and a verb of using an app: " local governments
#: not to upload (classified documents to the models)".
_NOT_TO_USE = lazy(
    r"[ ](?:[\w’'-]+[ ]){0,5}?not[ ]to[ ](?:\w+ly[ ])?(?:use|install|download|access|share|"
    r"upload|open|rely|feed|put|enter|input)\b"
)
#: A verb of using an app right after "urged not to": the advice is against using it.
_USE_VERB_AFTER = lazy(r"[ ](?:use|install|download|access|share|upload|open|rely)\b")


#: A correction's account of what an earlier text wrongly said: "An earlier version of this
#: article said (Germany had banned it)".
_CORRECTED_VERSION = lazy(
    r"(?i)\b(?:an[ ]earlier|a[ ]previous|the[ ]original|an[ ]older|a[ ]prior)[ ]version"
    r"(?:[ ]of[ ]th(?:is|e)[ ](?:article|story|report|piece|post|item))?[ ](?:\w+[ ]){0,2}?"
    r"(?:said|stated|reported|suggested|misstated|incorrectly[ ]said)[ ][^.;]{0,80}$"
)


def _without_holders(doc: _Doc, s: Sentence, actors: list[str]) -> list[str]:
    """``actors`` without the people who hold (or belong to) a body also among them: "Berlin's
    data protection commissioner, Meike Kamp, asked Apple ..." is the office's one act, its
    holder named in apposition (the person, whose role is the office's mention, or whose
    parent is the body)."""
    index = doc.index
    people = [x for x in actors if index.actor(x).kind is ActorKind.PERSON]
    if not people:
        return actors
    named: dict[str, set[str]] = {}
    for m in index.mentions_between(s.start, s.end):
        named.setdefault(m.actor, set()).add(doc.text[m.start : m.end])
    dropped = set()
    for x in people:
        person = index.actor(x)
        if any(
            y != x
            and index.actor(y).kind is not ActorKind.PERSON
            and (person.parent == y or person.role in named.get(y, ()))
            for y in actors
        ):
            dropped.add(x)
    return [x for x in actors if x not in dropped]


#: A subject under pressure (or calls) to act, right before the act: "faces pressure to",
#: "is under growing pressure from lawmakers to", "came under calls to"; or one who turns
#: the calls down: "should resist calls from MPs to", "rejected pressure to".
_PRESSURE_TO_BEFORE = lazy(
    r"(?i)\b(?:fac(?:e|es|ed|ing)|resist(?:s|ed|ing)?|reject(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|"
    r"ignor(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|under|amid|despite)[ ]"
    r"(?:(?:growing|mounting|increasing|new|fresh|renewed|intense|strong|political|public|"
    r"more)[ ])?(?:pressure|calls)[ ]"
    r"(?:(?:from|by)[ ][^,;.]{1,60}?[ ])?to[ ](?:[a-z]+ly[ ])?$"
)


def _under_pressure(text: str, lo: int, a: int) -> bool:
    """Whether the act at ``a`` is one its subject is pressed to take ("Germany faces pressure
    to ban it"): no act of that subject (and the pressing is no one's named act)."""
    return text.endswith(("to ", "ly "), 0, a) and (
        _PRESSURE_TO_BEFORE.search(text, max(lo, a - 120), a) is not None
    )


#: What gives up a measure weighed or planned before it: "(considered a ban) but rejected it",
#: "(planned to block it) but later dropped the plan".
_DROPPED_AFTER = lazy(
    r"\bbut[ ](?:(?:later|ultimately|eventually|then|quickly|finally)[ ])?(?:rejected|dropped|"
    r"abandoned|shelved|scrapped|ditched|voted[ ]down|decided[ ]against)[ ](?:it|them|the[ ]"
    r"(?:idea|plan|plans|proposal|measure|bill|move))\b"
)
#: A modal with its own plain verb (not a passive's "be"), then a second predicate's "and":
#: "would open an investigation and (warned)", "will review it and has (warned)", "plans to
#: extend it to its branches, and is (evaluating)" (the last word read in ``aux``).
_PAST_AFTER_MODAL = lazy(
    r"\b(?:would|will|could|may|might|plans?[ ]to|intends?[ ]to)[ ](?!be\b|have\b)[a-z]+\b"
    r"[^;]{0,120}?,?[ ]and[ ](?:(?:has|have|had|also)[ ]){0,2}(?P<aux>(?:is|are)[ ])?$"
)
#: A verb that keeps its object from what follows "from": "prevent it from (being installed)",
#: "barred agencies from (installing)".
_KEPT_FROM_BEFORE = lazy_re(
    r"(?i)\b(?:prevent|stop|bar|block|ban|keep|kept|prohibit|restrict|forbid)(?:s|ed|ing|red|ring)?"
    # (a list of the ones kept from it: "barred civil servants, soldiers and staff of ...")
    r"[ ](?:[\w’'-]+,?[ ]){0,9}?from[ ](?:being[ ])?$"
)


#: A noun other than the service's and the subject of a relative clause whose object it is,
#: right before a restrictive verb that takes no object after it: ", a law (that) a federal
#: judge later (blocked).", ", the order the court (suspended),", ", a practice the ChatGPT
#: maker's terms of service (forbid).".
_FRONTED_OBJECT_BEFORE = lazy(
    r",[ ](?:a|an|the)[ ](?:[\w-]+[ ]){0,2}?"
    r"(?!(?:apps?|chatbots?|models?|services?|platforms?|company|start-?up|firm|tools?|"
    r"assistants?|software|applications?|products?)[ ])[a-z]{3,}[ ]"
    r"(?:(?:that|which)[ ])?(?:a|an|the|its|their)[ ]"
    r"(?:[\w.’'-]+[ ]){1,5}?(?:(?:later|then|subsequently|since|quickly|also|has|had|have)[ ])?$"
)


#: One or two capitalised words right before a measure's noun, which may name what it is on:
#: "(Montana's) TikTok (ban)", "(Italy's) ChatGPT (block)".
_NAME_MODIFIER_BEFORE = lazy(r"(?<![\w.-])(?:[A-Z][\w.-]*[ ]){1,2}$")


#: What follows a measure's noun that is the subject of its clause: "(a ban) on the app does
#: not reach", "(any ban) would be hard to enforce" (a measure talked about, not one made).
_MEASURE_AS_SUBJECT = lazy(
    r"(?:[ ](?:on|against|of)[ ](?:(?!(?:that|which|who)[ ])[\w’'-]+[ ]){0,3}?[\w’'-]+)?[ ]"
    r"(?:does|do|did|would|will|could|can|cannot|might|may|is|was|has|had)\b"
)
#: A verb whose object is a clause, right before an indefinite measure: "which means (that) a
#: (ban)", "suggests any (restriction)".
_MEANS_BEFORE = lazy(
    r"\b(?:means|meant|mean|suggests|suggested|implies|implied|shows|showed)[ ](?:that[ ])?"
    r"(?:a|any)[ ]$"
)


#: The work a model turns out, as what is reviewed: "(review) the assistants' output", "the
#: model's drafts" (a check on its work, not an inquiry; a company's answers to a regulator are
#: still one).
_OUTPUT_OBJECT = lazy(
    r"[ ](?:the|its|their|all)[ ](?:[\w’'-]+[ ]){0,2}?(?:output|outputs|drafts|translations|"
    r"summaries)\b"
)
#: What an assessment is for where it weighs taking a model up: "(evaluating the model) for
#: use in risk reports", "for possible deployment", "for adoption".
_FOR_USE = lazy(
    r"[ ]for[ ](?:(?:possible|potential|internal|wider|future|commercial)[ ])?(?:use|deployment|"
    r"adoption|integration)\b(?![ ]by\b)"  # (not "for use by minors": an audience reviewed)
    # ("studying how to use open-source models such as R1": how to adopt it is weighed)
    r"|^[ ]how[ ](?:best[ ])?to[ ](?:use|deploy|adopt|integrate|apply|harness)\b"
)


#: A replacement whose replaced thing is a pronoun: "replacing it with".
_PRONOUN_GAP = lazy(r"(?i)\w+[ ](?:it|them|this|that)[ ]with")
#: What a test looks for when it probes a model rather than tries it out: "(testing the
#: model) for jailbreaks", "for security flaws", "for censorship".
_FOR_FLAWS = lazy(
    r"(?i)[ ]for[ ](?:[\w-]+[ ]){0,2}?(?:jailbreak|vulnerabilit|flaw|weakness|bias|censorship|"
    r"safety|security|backdoor)"
)


def _read_trigger(
    doc: _Doc,
    s: Sentence,
    m: re.Match[str],
    row: TriggerRow,
    masks: list[Mask],
    later: Sequence[re.Match[str]],
    quoted: bool,
) -> list[tuple[_Found, list[int]]] | None:
    text = doc.text
    a, b = m.span()
    kind = row.kind
    clause = clause_of(doc, s, a, masks)
    masked = mask_at(masks, a)
    # negation ("has not banned", "no restriction", "Neither government has ...")
    if _negated(text, clause.start, a, row) and not (
        row.form == "noun" and _IMPOSED_BY_AFTER.match(text, b, min(s.end, b + 60))
    ):
        # (but "stopped short of the ban imposed by Italy": that one is Italy's, and done)
        return None
    window = text[max(s.start, a - 100) : a]  # the cheap tests below read this first
    if ("deni" in window or "deny" in window) and _DENIED_BEFORE.search(window):
        return None  # "Samsung denied that it planned to integrate DeepSeek": no plan
    if (
        "ost" in window
        or "umo" in window
        or "nverified" in window
        or "ssage" in window
        or "ideo" in window
        or "sers" in window
    ) and _HEARSAY_BEFORE.search(window):
        # ("Posts claim the US has banned it", "WhatsApp messages say the app was blocked")
        return None  # "Social media posts claimed that the regulator had blocked it": hearsay
    if (
        (
            "eport" in window
            or "laim" in window
            or "uggest" in window
            or "peculat" in window
            or "umo" in window
        )
        and _REPORTS_THAT_BEFORE.search(window)
        and _FALSE_AFTER.search(text, b, s.end)
    ):
        return None  # "Reports that Moscow had blocked the app were false": denied hearsay
    if row.phrase in ("not use", "not download", "not install", "not upload") and text.endswith(
        ("do ", "does ", "did "), max(s.start, a - 5), a
    ):
        return None  # "Apple did not use DeepSeek in its phones": a fact of use, no rule
    # what the trigger needs as object
    obj_end = _object_end(doc, a, b, clause)
    if masked is not None and masked[2] == "relative" and b <= masked[1] < obj_end:
        # "The Garante, which banned ChatGPT in 2023, ordered DeepSeek to ...": the relative
        # clause's object ends with it
        obj_end = masked[1]
    obj = text[b:obj_end]
    if (
        text[b : b + 1] in ".,;"
        and kind.family is Family.RESTRICTIVE
        and _FRONTED_OBJECT_BEFORE.search(window)
    ):
        return None  # "..., a law a federal judge later blocked.": the law is what is blocked
    if (
        text[a:b].endswith("ing")
        and text.endswith(" of ", 0, a)
        and _NOUN_OF_GERUND.search(text, max(s.start, a - 30), a)
    ):
        return None  # "the low cost of deploying DeepSeek": a noun's complement, no event
    if (
        text[a:b].endswith("ing")
        and (a == s.start or _GERUND_SUBJECT_BEFORE.search(text, max(s.start, a - 12), a))
        and _MODAL_AFTER_OBJECT.match(text, b, min(s.end, b + 60))
    ):
        return None  # "warned that blocking DeepSeek would set a precedent": a measure supposed
    if kind is ActionKind.RELEASE and _MEASURE_SUBJECT.search(text, max(clause.start, a - 80), a):
        return None  # "the investigation into DeepSeek was launched in February": not a release
    if kind is ActionKind.INVESTIGATE and _OUTPUT_OBJECT.match(obj):
        return None  # "human staff review the assistants' output": checking work, no inquiry
    if kind is ActionKind.ADOPT and "test" in row.phrase and _FOR_FLAWS.search(obj, 0, 80):
        return None  # "researchers are testing the model for jailbreaks": a probe, no take-up
    weighed_use = kind is ActionKind.INVESTIGATE and _FOR_USE.search(obj, 0, 160) is not None
    if weighed_use:
        kind = ActionKind.ADOPT  # "evaluating the model for use in risk reports": weighed
    if row.form == "verb" and (
        _COPULA_AFTER.match(text, b, min(len(text), b + 12))
        or (text[b - 1 : b] == "s" and _VERB_AFTER_PLURAL.match(text, b, min(len(text), b + 20)))
    ):
        return None  # "DeepSeek bans are spreading", "Hedge funds dumped shares": a noun
    pushed = False
    if (
        kind.family is Family.RESTRICTIVE
        and text.endswith(" to ", 0, a)
        and _PUSH_TO_BEFORE.search(text, max(clause.start, a - 30), a)
    ):
        kind, pushed = ActionKind.CALL_FOR, True  # "Lawmakers push to bar DeepSeek": a call
    if (
        kind is not ActionKind.CALL_FOR
        and text.endswith("to ", 0, a)
        and _CALL_BEFORE.search(text, max(clause.start, a - 120), a)
    ):
        return None  # "a petition urging Apple to remove DeepSeek": asked of Apple, not done
    if _under_pressure(text, clause.start, a):
        return None  # "Germany faces pressure to ban DeepSeek": others want it, none is done
    if (
        kind.family is Family.SUPPORTIVE
        and text.endswith(" from ", 0, a - 6 if text.endswith("being ", 0, a) else a)
        and _KEPT_FROM_BEFORE.search(text, max(clause.start, a - 90), a)
    ):
        return None  # "prevent it from being installed again": what is kept from happening
    if kind is not ActionKind.CALL_FOR and _REQUEST_THAT_BEFORE.search(
        text, max(clause.start, a - 80), a
    ):
        return None  # "the PIPC's request that Apple remove DeepSeek": asked, not done
    if "?" in text[max(s.start, s.end - 3) : s.end] and _QUESTION.match(text, s.start, s.end):
        return None  # "Should the U.S. ban DeepSeek?", "Will Japan follow?": a question
    if _ASKED_HERE.match(text, b, min(s.end, b + 60)):
        return None  # "DeepSeek back on Italian app stores? Not yet, says regulator": asked
    if text[s.start : s.start + 1] in "AaWQT" and (
        _ASKED_WHETHER.match(text, s.start, a) or _WRITTEN_QUESTION.match(text, s.start, a)
    ):
        return None  # "Asked whether Japan would ban DeepSeek, Hayashi said ...": a question
    if _UNSAID_WHEN.search(text, max(s.start, a - 80), a):
        return None  # "has not said when it plans to release R2": nothing said, nothing done
    if " version " in window and _CORRECTED_VERSION.search(window):
        return None  # "An earlier version of this article said Germany had banned it": wrong
    if (_MAY_BE_CONDITIONAL.search(window) and _CONDITIONAL_BEFORE.search(window)) or (
        text.startswith("Whether ", s.start) and "," not in text[s.start : a]
    ):
        return None  # "If France bans DeepSeek, ...", "Whether Germany will ban it ...": no act
    if window.endswith(" to ") and _PLAN_DROPPED_BEFORE.search(window):
        return None  # "scrapped its plan to ban DeepSeek", "backed away from a proposal to"
    if (
        window.endswith(" to ")
        and kind.family is Family.RESTRICTIVE
        and _DECISION_REVERSED_BEFORE.search(window)
    ):
        kind = ActionKind.LIFT  # "reversed its decision to block DeepSeek": the block ends
    if "until " in window and text[a:b].endswith("s") and _UNTIL_BEFORE.search(window):
        return None  # "would stay in place until the central government issues guidelines"
    if kind is ActionKind.REQUEST_INFORMATION and _ASKING_TO_RESTRICT.search(
        text, a, min(clause.end, b + 160)
    ):
        kind = ActionKind.CALL_FOR  # "wrote to governors asking them to ban DeepSeek": a call
    listed = (
        _ONTO_A_BLACKLIST.search(text, a, min(clause.end, b + 90))
        if kind.family is Family.SUPPORTIVE
        else None
    )
    if listed is not None:
        # "add DeepSeek to its entity list", "put it on a blacklist"; a list of apps barred
        # from use ("the state's list of prohibited apps", "covered applications") bans it
        kind = ActionKind.BAN if listed["barred"] else ActionKind.RESTRICT
    elif row.phrase.endswith(" to include") and not _APPROVED_LIST.search(text, a, b):
        return None  # "widened its list of high-risk apps to include it": neither bars nor adopts
    if (
        kind is ActionKind.OPPOSE
        and row.phrase.startswith("urge")
        and _USE_VERB_AFTER.match(text, b, min(len(text), b + 20))
    ):
        kind = ActionKind.WARN  # "staff were urged not to use the chatbot": a warning
    elif kind is ActionKind.CALL_FOR and " not to " in obj[:80] and _NOT_TO_USE.match(obj):
        kind = ActionKind.WARN  # "urging local governments not to upload files to it": advice
    if (
        kind is ActionKind.BAN
        and row.phrase.startswith("not ")
        and text.endswith(("should ", "Should "), max(s.start, a - 7), a)
    ):
        kind = ActionKind.WARN  # "public servants should not use the app": advice, not a ban
    elif (
        kind is ActionKind.INVESTIGATE
        and text.endswith(" should ", max(s.start, a - 8), a)
        and _GENERIC_SHOULD_BEFORE.search(text, max(s.start, a - 60), a)
    ):
        kind = ActionKind.WARN  # "said banks should assess the risks": advice, given
    if row.phrase.startswith("replac"):
        if _names_deepseek(obj) and not _names_deepseek(text[a:b]):
            kind = ActionKind.ADOPT  # "replaced its chatbot with DeepSeek": the model taken up
        elif not _AI_TERM.search(text, a + 6, b - 5) or _PRONOUN_GAP.fullmatch(text, a, b):
            return None  # "replacing it (a circular) with guidance that approves models"
    if row.phrase == "demand" and text.startswith(" for ", b):
        return None  # "demand for its chips": the market's, not a call
    if kind is ActionKind.OPPOSE and _LEGAL_FILING.match(obj):
        return None  # "rejecting an appeal by the company": a ruling on a filing, no measure
    if row.phrase == "lift" and row.form == "verb" and _FIGURE_OBJECT.match(obj):
        return None  # "is expected to lift its capital spending": a figure raised, no measure
    if kind is ActionKind.WARN and text.startswith(" that ", b) and not _named_target(doc, obj):
        return None  # "Bernstein cautioned that the figure excluded research": a statement
    gap = text[a:b]
    if row.object in ("ai", "own") and not _object_ok(doc, text, row, clause, a, b, obj):
        return None
    if row.phrase == "ask for" and not _ASKED_MEASURE.match(obj):
        return None  # "asked for comment": only a measure asked for is a call ("a ban on it")
    if row.phrase in _MAKES_ON_IT and not _BUILT_ON_TARGET.search(obj, 0, 120):
        return None  # "built a rival to DeepSeek": only "a DeepSeek-based assistant" integrates
    if row.phrase in _HALTS_MEASURES and row.form == "verb" and _MEASURE_AS_OBJECT.match(obj):
        return None  # "the court blocked the state's ban on the app": a measure halted
    if row.phrase == "write to" and not _written_to_a_firm(doc, b, clause):
        return None  # "wrote to the home secretary, demanding ...": a letter to no AI firm
    if kind is ActionKind.INVESTIGATE and (
        _OPTION_OBJECT.match(obj) or obj.startswith((" whether to ", " whether or not to "))
    ):
        # "studying the possibility of adopting DeepSeek", "reviewing whether to restrict the
        # app": weighing an option (the option's own trigger says what is weighed)
        return None
    if kind.family is Family.SUPPORTIVE and not weighed_use and _QUESTION_OBJECT.match(obj):
        return None  # "is testing whether the app complies": a question, not the service
    if (
        row.form == "noun"
        and _anaphoric_noun(text, a, clause.start)
        and not _NAMED_AGENT_AFTER.match(text, b)
        # ("The federal ban, which took effect on Feb. 4, ...": the government's, named)
        and not _NATIONAL_BEFORE.search(text, max(clause.start, a - 20), a)
        # ("the ban that Italy's regulator imposed in January": whose, named after it)
        and not _IMPOSED_BY_RELATIVE.match(text, b, min(len(text), b + 120))
        and not (kind is ActionKind.RELEASE and _OWN_PRODUCT.search(_direct_object(obj)))
        and not _widened_measure(text, b, clause)
        # ("added DeepSeek's R2 model to its ban": the measure is widened to a new target)
        and not (kind.family is Family.RESTRICTIVE and _added_to(text, clause.start, a))
        # ("said its investigation found that ...": an inquiry its findings show was made)
        and not (kind is ActionKind.INVESTIGATE and _FINDINGS_AFTER.match(text, b))
        # ("said its own ban on DeepSeek remains in force": the speaker's, named by the
        # report, with what it is on)
        and not (
            text.startswith((" on ", " of ", " against "), b)
            and _SAID_ITS.search(text, max(clause.start, a - 40), a)
        )
        # ("told employees that the restriction on DeepSeek would also apply to ...": the
        # teller's own, stated to its people)
        and not _told_staff_it_applies(text, s, a, b, clause)
    ):
        return None  # "the ban" is one stated before; "the release of its R1 model" is news
    if (
        row.form == "noun"
        and text[b - 1 : b] == "s"
        and _GENERIC_PLURAL_MEASURE.match(text, b, clause.end)
        and not _OWNED_BEFORE.search(text, max(clause.start, a - 30), a)
        # ("restrictions on DeepSeek will take effect in Korea's ministries": a measure)
        and _MEASURE_TOOK_EFFECT.match(text, b, min(clause.end, b + 120)) is None
    ):
        return None  # "bans on DeepSeek would do little to protect users": a topic, not an act
    # verbs that govern this one: "urged X to ban" / "told X to stop using" / "prompting X to block"
    governor = _governor(text, clause.start, a)
    if (
        governor is not None
        and governor[0] == "command"
        and _asks_another_body(doc, text, governor, a)
    ):
        kind = ActionKind.CALL_FOR
    elif (
        (
            kind is ActionKind.INVESTIGATE
            # "civil servants have been advised not to install it": advice, not a ban
            or (kind is ActionKind.BAN and row.phrase.startswith(("not to ", "never to ")))
        )
        and governor is not None
        and governor[0] == "command"
        and (
            text[governor[1] : governor[2]].lower().startswith(
                ("advis", "urg", "encourag", "remind")
            )
            or (
                # "told banks to assess the risks": an instruction to unnamed others (a named
                # body told to review it is asked to act)
                kind is ActionKind.INVESTIGATE
                and text[governor[1] : governor[2]].lower().startswith(_INSTRUCTING)
                and _UNNAMED_LISTENERS.match(text, governor[2], a) is not None
            )
        )
    ):
        kind = ActionKind.WARN  # "advised organisations to assess the risks": advice given
    governed_later: list[int] = []
    if kind is ActionKind.WARN:
        # "warned its members not to use DeepSeek": one warning, not a warning and a ban
        # ("warned agencies against installing the app": one warning, not an adoption)
        # (not past a coordinate clause with a subject of its own: "..., and the Israel
        # Defense Forces told soldiers not to use it")
        coordinate = next((x for x, _y, _z in _coordinations(doc, s) if b < x < obj_end), obj_end)
        governed_later = [
            j
            for j in _governed_triggers(text, b, coordinate, later)
            if later[j].group().lower().startswith(("not to ", "never to ", "to stop ", "against "))
            # ("to assess the risks of DeepSeek before deploying it": no deployment is done)
            or text.endswith((" against ", " before "), 0, later[j].start())
        ]
    if kind is ActionKind.CALL_FOR:
        # (not past a second predicate of the subject: "urged users to be careful and said it
        # had launched an investigation")
        # (nor past a coordinate clause with a subject of its own: "Paterson renewed his call
        # for a ban, and MP Andrew Hastie repeated his call": two calls)
        second = _SUBJECTS_SECOND_REPORT.search(text, b, obj_end) if " and " in obj else None
        end = second.start() if second else obj_end
        if " and " in obj:
            end = next((x for x, _y, _z in _coordinations(doc, s) if b < x < end), end)
        governed_later = _governed_triggers(text, b, end, later)
        if _embedded_warning(text, b, obj_end, doc, later):
            kind = ActionKind.WARN
        if rx(r"(?i)\b(?:not[ ]to|to[ ]avoid|to[ ]stop|against)[ ]\w+").search(obj[:60]) and (
            _politicise(obj)
        ):
            kind = ActionKind.OPPOSE
        elif _URGED_NOT_TO_RESTRICT.search(obj[:80]):
            kind = ActionKind.OPPOSE  # "urged the government not to block DeepSeek"
        elif _addresses_the_public(obj):
            kind = ActionKind.WARN
    # the actor: "the Czech government's decision to ban": the owner of the decision, else the
    # clause's subject (or agent, or context)
    earlier: frozenset[str] = frozenset()  # those followed: their act came before this one's
    followed = (
        _FOLLOWED_IN.search(text, max(clause.start, a - 100), a)
        if text[a:b].endswith("ing") and text.endswith(" in ", 0, a)
        else None
    )
    decision = (
        _DECISION_BEFORE.search(text, max(clause.start, a - 40), a)
        if text.endswith(" to ", 0, a)
        else None
    )
    owner = _decision_owner(doc, decision.start()) if decision is not None else None
    if decision is None and text.endswith(" to ", 0, a) and " by " in text[max(0, a - 100) : a]:
        # "a decision by the Dutch data protection authority to warn agencies": the agent
        decision = _last(_DECISION_BY.finditer(text, max(clause.start, a - 100), a - 4))
        when = _NOUN_DATE_END.search(text, decision.end(), a - 4) if decision is not None else None
        agent_end = when.start() if when is not None else a - 4  # "by Taiwan on Feb. 3 to"
        owner = _decision_agent(doc, decision.end(), agent_end) if decision is not None else None
    if owner is not None and decision is not None:
        by = decision.group().endswith(" by ")
        actors, how = [owner], ("decided-by" if by else "decision")
    else:
        actors, how = _actors_for(doc, s, a, b, clause, masks, masked, governor, quoted, row)
    if kind is ActionKind.RELEASE and how in ("context", "context-subject", "place"):
        # "a week after the R1 model was released on Jan. 20": a product's release is its
        # maker's, never the country the sentence is about
        if not _DEEPSEEK_PRODUCT.search(text, max(clause.start, a - 60), a):
            return None
        actors = [TARGET_ID]
    if (
        kind is ActionKind.RELEASE
        and TARGET_ID not in actors
        and _HOSTED_DEEPSEEK.match(obj)
    ):
        # "Tianyi Cloud launched DeepSeek-R1 on its computing platform": another's model put
        # on one's own service is adopted, not released
        kind = ActionKind.ADOPT
    rules = (
        _UNDER_RULES_OF.match(text, s.start, a) if text[s.start : s.start + 1] in "UuFfPp" else None
    )
    if rules is not None and how not in ("subject", "agent"):
        # "Under the rules issued by the ministry, employees may not install it": the issuer
        lo_by = rules.start("by") if rules["by"] else rules.start("by2")
        issuer = subject_after(doc, lo_by, rules.end())
        if issuer:
            actors, how = issuer, "instrument"
    if followed is not None:
        # the one that follows (or joins) acts as well as those it follows: the clause's
        # subject (not the first verb's object: "The trade ministry blocked DeepSeek on
        # Wednesday, joining ..."), and every body the model names ("the foreign and defense
        # ministries")
        first = subject_before(doc, s, clause.start, followed.start(), masks, first=True)
        model = [
            x.actor
            for x in doc.index.mentions_between(followed.start("model"), followed.end("model"))
            if x.via != "modifier"
        ]
        if kind.family in (Family.RESTRICTIVE, Family.SCRUTINY):
            first = [x for x in first if x != TARGET_ID]
        actors = list(dict.fromkeys([*first, *model, *actors]))
        earlier = frozenset(model) - frozenset(first)
    if TARGET_ID in actors and (
        (
            kind.family in (Family.RESTRICTIVE, Family.SCRUTINY)
            and (how not in ("subject", "pronoun") or row.form == "noun")
        )
        or (kind is ActionKind.LIFT and how in ("context", "context-subject"))
    ):
        # "DeepSeek bans are spreading", "DeepSeek's ban in Italy", "The law passed last week
        # banned DeepSeek", "The download suspension ... has been lifted": the service
        # undergoes the measure or its end; only as the subject of a verb (or its pronoun) does
        # it restrict itself ("DeepSeek limited new registrations")
        actors = [x for x in actors if x != TARGET_ID]
    if len(actors) > 1:
        actors = _without_holders(doc, s, actors)
    if (
        kind is ActionKind.WARN
        and (
            text.startswith(" that ", b)
            or row.phrase.startswith("flag")
            or _INVESTORS_THAT.match(text, b, min(clause.end, b + 90)) is not None
        )
        and all(doc.index.actor(x).kind in _PRIVATE_KINDS for x in actors)
    ):
        # "Nvidia warned that DeepSeek's figures were misleading", "a bank flagged DeepSeek as
        # a risk to chipmakers", "warned investors in its annual report that": a statement,
        # no warning to users
        return None
    if (
        actors == [TARGET_ID]
        and kind.family in (Family.RESTRICTIVE, Family.SCRUTINY)
        and (
            # "DeepSeek pulled from app stores", "DeepSeek banned in Italy": undergone
            (
                _PARTICIPLE_WORD.match(text[a:b]) is not None
                and _PASSIVE_HEADLINE_AFTER.match(text, a + len(text[a:b].split(" ", 1)[0]))
            )
            # "DeepSeek's app restricts answers about Taiwan": how the product works
            or _PRODUCT_SUBJECT.search(text, max(clause.start, a - 60), a)
        )
    ):
        # (but "DeepSeek banned on Australian government devices": that government's)
        owner = _devices_owner(doc, b, clause) if row.form != "noun" else None
        if owner is None:
            return None
        actors, how = [owner], "place"
    recommended = False
    measure = kind  # (what a recommendation recommends is read for its target as this measure)
    passive_from = -1  # where a recommended passive's target starts: "that (the app) be banned"
    advisers: list[str] = []
    if actors and how != "subject" and row.phrase.startswith("not be "):
        # "The watchdog recommended that the app not be installed": the advice is the
        # recommender's, not a measure of whoever the sentence before named
        advisers = _recommender_of_generic(doc, s, a, clause, masks, kind)
        actors = [] if advisers else actors
    if not actors and how == "none":
        # "All federal agencies must remove DeepSeek ..., Home Affairs ordered", "Regulators
        # opened an investigation ..., Ireland's Data Protection Commission said"
        actors = _attributed_for_group(doc, s, a)
        how = "reported" if actors else how
    if not actors:
        # "the firm recommended that organisations block the app": no one named does it, but
        # the one who recommends it calls for it
        actors = advisers or _recommender_of_generic(doc, s, a, clause, masks, kind)
        if not actors:
            return None
        # ("recommended that banks assess the risks of DeepSeek": advice to weigh it; "that
        # DeepSeek not be used": advice against it)
        advice = kind is ActionKind.INVESTIGATE or row.phrase.startswith("not be ")
        kind, recommended = (ActionKind.WARN if advice else ActionKind.CALL_FOR), True
        rec = _recommendation_before(text, s, a)
        if rec is not None and _SERVICE_PASSIVE.fullmatch(text, rec.end(), a):
            how, passive_from = "recommended", rec.end()  # its target stands before the passive
    if "concerns" in row.phrase and all(
        doc.index.actor(x).kind is ActorKind.PERSON for x in actors
    ):
        return None  # "X, head of Naver's AI centre, raised concerns": an opinion, no warning
    # (a relative clause between the subject and the trigger has a modal of its own: "The
    # Garante, which said it would look into the app, ordered ...")
    aside_end = max(
        (y for x, y, k in masks if k == "relative" and clause.start <= x and y <= a),
        default=clause.start,
    )
    status = _status(doc, text, aside_end, a, b, obj_end, row, kind)
    if weighed_use and status is Status.DONE:
        status = Status.CONSIDERED
    if (
        status is not Status.DONE
        and text.find("but ", b, min(s.end, b + 150)) >= 0
        and _DROPPED_AFTER.search(text, b, min(s.end, b + 150))
    ):
        return None  # "considered a ban but rejected it": weighed, then given up
    if pushed and status is Status.PLANNED:
        status = Status.DONE  # the push is under way; the measure is its content
    if recommended:
        status = Status.DONE  # the recommending is done; the measure is the call's content
    if decision is not None and owner is not None:
        status = _DECISION_STATUS[fold(decision["noun"])]
    if status is Status.DONE and how == "faced":
        status = Status.CONSIDERED  # "DeepSeek faces a ban in Germany": in prospect
    if (
        status is Status.DONE
        and how == "effect"
        and _WILL_TAKE_EFFECT.search(text, b, min(clause.end, b + 120))
    ):
        status = Status.PLANNED  # "restrictions on DeepSeek will take effect next week"
    if (
        status is Status.DONE
        and s.kind is ParagraphKind.TITLE
        and _HEADLINE_TO.match(text, s.start, a)
        and not _RANKED_TO.search(text, max(s.start, a - 60), a)
    ):
        # the headline's infinitive: "India to host DeepSeek locally" (but "Texas becomes first
        # state to ban DeepSeek" has done it)
        status = Status.PLANNED
    reach = _own_part(doc, s, a, actors)
    if masked is not None and masked[2] == "relative" and masked[1] < reach[1]:
        # "alongside Italy, whose regulator blocked the app last week, and Taiwan, which
        # barred government agencies from using it": a relative clause's act ends with it
        reach = (max(reach[0], masked[0]), masked[1])
    own = Clause(max(clause.start, reach[0]), min(clause.end, reach[1]))
    temporary = _temporary(text, own, a, masks)
    term = (
        _FOR_A_TERM.search(text, b, own.end)
        if temporary is None
        and kind.family is Family.RESTRICTIVE
        and text.find("for ", b, own.end) >= 0
        else None
    )
    if term is not None and not _RELATIVE_WORD.search(text, b, term.start()):
        temporary = True  # "barred officials from using it ... for at least six months"
    if (
        temporary
        and kind is ActionKind.LIFT
        and not _cue_pattern("temporary").search(text, clause.start, b)
    ):
        temporary = None  # "lifted a temporary restriction": the restriction was temporary
    if not row.gapped:
        object_text = text[b:obj_end]
    elif kind is ActionKind.RELEASE:
        # "made its Ernie chatbot free", "released R1 as open source": the product in the gap
        object_text = " " + _gap_words(row, gap)
    else:
        object_text = gap + text[b:obj_end]
    if how in (
        "agent",
        "reported",
        "context",
        "sites",
        "faced",
        "relative-subject",
        "owner",
        "recommended",
    ) and not (_named_target(doc, object_text)):
        # a passive's target stands before it: "a notice titled 'DeepSeek is banned'"
        if how == "recommended":
            prefix = text[passive_from:a]  # after the "that": "recommended that the app be"
        else:
            prefix = _last_words(text[clause.start : a], 12)
            if how == "reported" and " that " in prefix:
                # "Nam Seok, a PIPC official, told a briefing that new downloads were
                # suspended": the reported clause's own subject, not its speaker
                prefix = prefix[prefix.rindex(" that ") + 6 :]
        if how == "agent" and kind.family is Family.OTHER:
            # "The move was criticised by China as ...": its subject, not its auxiliary or agent
            prefix = _PASSIVE_AUX_END.sub("", prefix)
            prefix = prefix[max(prefix.rfind(", "), prefix.rfind("; ")) + 1 :]
            prefix = _DETERMINER_LEAD.sub("", _CONJUNCTION_LEAD.sub("", prefix))
            object_text = _BY_PHRASE_LEAD.sub("", object_text, count=1)
        object_text = prefix + " " + object_text
    elif (
        governor is not None
        and governor[0] == "command"
        and _PARTICIPLE_WORD.match(text[a:b]) is not None
        and not _named_target(doc, object_text)
    ):
        # "wants DeepSeek pulled from app stores": the target stands between the two verbs
        object_text = text[governor[2] : a] + " " + object_text
    elif row.form == "noun" and not _named_target(doc, object_text):
        named = _NAME_MODIFIER_BEFORE.search(text, max(clause.start, a - 40), a)
        if named is not None:
            object_text = named.group() + object_text  # "Montana's TikTok ban": TikTok's
    if (kind.family is Family.RESTRICTIVE or kind is ActionKind.CALL_FOR) and (
        "chip" in object_text
        or "GPU" in object_text
        or "Nvidia" in object_text
        or "exports" in object_text
    ):
        # ("urged the administration to ban sales of Nvidia's H20": a call on chips too)
        hardware = _HARDWARE_OBJECT.search(
            _first_words(object_text, 12 if kind is ActionKind.CALL_FOR else 8)
        )
        if hardware is not None and not _named_target(doc, object_text[: hardware.start()]):
            return None  # "tightened curbs on exports of Nvidia chips": chips, not the service
    rival = _RIVAL_COMPARISON.search(object_text) if kind is ActionKind.RELEASE else None
    # "a model it benchmarked against DeepSeek", "cheaper than DeepSeek's": the rival compared
    object_text = object_text[: rival.start()] if rival else object_text
    # "suspended downloads after finding that the app sent data to ByteDance, the owner of
    # TikTok": the occasion's names are not what the measure is on
    occasion = _OCCASION_AFTER_OBJECT.search(object_text, 0, 200)
    targets = _targets_of(
        doc,
        object_text[: occasion.start()] if occasion else object_text,
        measure if recommended else kind,
    )
    if (
        kind in (ActionKind.ADOPT, ActionKind.INTEGRATE)
        and " own " in object_text
        and (
            not targets
            # ("would instead roll out its own Japanese-language model": no name, the service
            # assumed, but the object is the actor's own)
            or (
                targets == ["DeepSeek"]
                and _OWN_OBJECT.match(object_text)
                and not _named_target(doc, object_text)
            )
        )
    ):
        return None  # (only the actor's own product: "keeps offering its own Hunyuan model")
    if kind is ActionKind.PARTNER and targets == ["DeepSeek"] and _WITH_IT.match(object_text):
        # "backed the company, and the defence ministry signed an agreement with it": the
        # firm named before in the sentence, where the service is not
        targets = _firm_before(doc, s.start, a, actors) or targets
    if (
        (kind.family is Family.SUPPORTIVE or kind is ActionKind.CALL_FOR)
        and (_may_pass_over(object_text) or "snub" in object_text)
        and _INSTEAD_OF_TARGET.search(object_text[:160])
    ):
        # "adopted Gauss instead of DeepSeek": another product is taken up, not the service;
        # "urged agencies to use domestic models instead of DeepSeek": advice against it
        if kind is not ActionKind.CALL_FOR:
            return None
        kind, targets = ActionKind.WARN, ["DeepSeek"]
    if kind is ActionKind.RELEASE and (
        any(_BUILT_ON_TARGET.search(t) for t in targets)
        or _BUILT_ON_TARGET.search(object_text[:120])  # "an assistant powered by DeepSeek"
    ):
        # "Nanjing launched a DeepSeek-powered hotline assistant": built on it, not its own
        kind, targets = ActionKind.INTEGRATE, ["DeepSeek"]
    elif kind is ActionKind.RELEASE and targets == ["DeepSeek"] and _TARGET_PRODUCT_SERVICE.match(
        object_text
    ):
        # "jointly launched DeepSeek-R1 inference services": another firm offers its model
        kind = ActionKind.ADOPT
    implicit_target = (
        kind.family is not Family.OTHER
        and not _named_target(doc, object_text)
        # (a product no lexicon knows, named after its kind: "blocked the social platform X")
        and not (targets and "DeepSeek" not in targets and _PRODUCT_DESCRIBED.match(object_text))
    )
    if (
        how in ("instrument", "context", "context-subject")
        and targets
        and "DeepSeek" not in targets
        and (how != "instrument" or targets != ["generative AI"])
    ):
        # "the 2022 law that banned TikTok": a borrowed actor for another target (but "signed
        # an order banning Chinese AI apps": a class the service is one of)
        return None
    date = _date_for(doc, s, own, a, masks, how, reach[1], kind, actors)
    if (
        targets == ["DeepSeek"]
        and date is not None
        and date.first_day.year < _FIRST_YEAR
        and not _DEEPSEEK_PRODUCT.search(object_text, 0, 160)
    ):
        # "TikTok came next. India banned the app ... in June 2020": a measure older than the
        # service is on the product named before it
        targets = _earlier_targets(doc, s, a)
    if (
        status is Status.DONE
        and date is not None
        and doc.published is not None
        and date.first_day > doc.published
        and (
            how == "effect"
            # "A Virginia law banning DeepSeek takes effect on July 1", "Ohio's ban on it
            # comes into force next month": an owned measure's coming into force
            or (
                (
                    how in ("owned-instrument", "possessor")
                    # "A Virginia law that bans DeepSeek ... takes effect on July 1"
                    or (
                        how == "subject"
                        and _INSTRUMENT_THAT_BEFORE.search(text, max(clause.start, a - 40), a)
                        is not None
                    )
                )
                and _coming_into_force(text, b, min(clause.end, b + 160))
            )
        )
    ):
        status = Status.PLANNED  # "a ban on DeepSeek takes effect on March 1": still to come
    evidence = Span.of(text, s.start, s.end)
    phrases = _scope_phrases(doc, text, own, (a, b)) if how != "owner" else []
    if kind is ActionKind.WARN and _nation_addressed(doc, text, own):
        phrases.append("people")
    aside = tells_other_event(text, clause.start)
    out = []
    for actor in actors:
        if actor == TARGET_ID and kind.family is Family.SCRUTINY and targets == ["DeepSeek"]:
            continue  # the service does not look into itself: its name stood in for no subject
        scope = _scope(doc, phrases, actor, kind)
        if not scope and kind in _COUNTRYWIDE_KINDS and _in_own_country(doc, b, own.end, actor):
            scope = _NATIONWIDE  # "ordered DeepSeek to block its app in Italy"
        if row.gapped and _STORE_TRIGGER.search(row.phrase):
            scope = _shared(scope | _APP_STORE)  # "removed it from their German stores"
        reasons = _reasons(doc, *reach)
        out.append(
            (
                _Found(
                    actor=actor,
                    kind=_own_kind(actor, kind, targets),
                    status=status,
                    targets=targets,
                    temporary=None if actor in earlier else temporary,
                    scope=scope,
                    reasons=reasons,
                    date=None if actor in earlier else date,
                    evidence=evidence,
                    sentence=s,
                    trigger=(a, b),
                    weak=s.kind is not ParagraphKind.BODY,
                    rank=doc.drafts,
                    implicit_target=implicit_target,
                    aside=aside,
                ),
                governed_later,
            )
        )
    if status is Status.PROPOSED and out and "that " in text[max(s.start, a - 120) : a]:
        call = _recommender_call(doc, s, a, clause, masks, out[0][0])
        if call is not None:
            out.append((call, []))
    return out


#: A verb of recommending and its "that", before the measure it recommends.
_RECOMMENDS_THAT = lazy(
    r"(?i)\b(?:recommend(?:s|ed|ing)?|propos(?:es|ed|ing)|suggest(?:s|ed|ing)?|"
    r"ask(?:s|ed|ing)?)(?:[ ](?:instead|also|further|therefore|now|[a-z]+ly))?[ ]that[ ]"
)


#: A push for a measure right before its verb: "push to bar", "are pressing to ban",
#: "lobbied to block" (the measure is what the pusher calls for).
_PUSH_TO_BEFORE = lazy(
    r"\b(?:push(?:es|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|"
    r"campaign(?:s|ed|ing)?)[ ]to[ ]$"
)
#: The service as the subject after a recommendation's "that", and its modal: "DeepSeek ",
#: "the app should ".
_SERVICE_SUBJECT = (
    r"(?:DeepSeek|the[ ](?:app|chatbot|service|application))[ ](?:should[ ]|must[ ])?"
)
#: A subject that names no one after a recommendation's "that": "(recommended that)
#: organisations (block)", "(recommends that) federal agencies should (ban)".
_GENERIC_RECOMMENDED = lazy(
    r"(?:all[ ]|other[ ]|federal[ ]|government[ ]|state[ ]|public[ ])?(?:organi[sz]ations|"
    r"companies|firms|businesses|agencies|users|employers|governments|institutions|"
    r"enterprises|banks|schools|departments|ministries|people|consumers)[ ]"
    r"(?:should[ ]|must[ ])?(?:be[ ])?$"
    # (or the service itself, before a passive: "recommended that DeepSeek not be installed",
    # "proposed that the app be banned")
    rf"|{_SERVICE_SUBJECT}(?:be[ ])?"
)
#: The service before a recommended passive: "(recommended that) DeepSeek (not) be (banned)".
_SERVICE_PASSIVE = lazy(rf"{_SERVICE_SUBJECT}(?:not[ ])?be[ ]")


def _generic_recommendation(text: str, s: Sentence, a: int) -> regex.Match[str] | None:
    """The recommendation's "that" right before a measure at ``a`` that no one named takes:
    "recommended that organisations (block)", "proposed that the app be (removed)"."""
    if text.find("that ", max(s.start, a - 120), a) < 0:
        return None
    rec = _recommendation_before(text, s, a)
    if rec is None or _GENERIC_RECOMMENDED.fullmatch(text, rec.end(), a) is None:
        return None
    return rec


def _recommender_of_generic(
    doc: _Doc, s: Sentence, a: int, clause: Clause, masks: Sequence[Mask], kind: ActionKind
) -> list[str]:
    """Who recommends that no one named take a restrictive measure ("The firm recommended
    that organisations block the app"), or look into the service ("recommended that banks
    assess the risks"): the call, or the advice, is theirs."""
    text = doc.text
    if kind.family is not Family.RESTRICTIVE and kind is not ActionKind.INVESTIGATE:
        return []
    rec = _generic_recommendation(text, s, a)
    return [] if rec is None else _recommenders(doc, s, rec, clause, masks)[:1]


def _recommendation_before(text: str, s: Sentence, a: int) -> regex.Match[str] | None:
    """The last "recommended that" (or "proposes that", "suggested that") in the 120
    characters of sentence ``s`` before the trigger at ``a``."""
    return _last(_RECOMMENDS_THAT.finditer(text, max(s.start, a - 120), a))


def _recommenders(
    doc: _Doc, s: Sentence, rec: regex.Match[str], clause: Clause, masks: Sequence[Mask]
) -> list[str]:
    """Who makes the recommendation ``rec``: the subject before it, else the one the
    sentence implies ("It also recommends that ..."); never the target."""
    actors = subject_before(doc, s, s.start, rec.start(), masks)
    if not actors:
        actors, _how = _implicit_subject(doc, s, s.start, rec.start(), rec.start(), clause, masks)
    return [x for x in actors if x != TARGET_ID]


def _recommender_call(
    doc: _Doc, s: Sentence, a: int, clause: Clause, masks: Sequence[Mask], measure: _Found
) -> _Found | None:
    """The call for a measure that the one who recommends it makes: "The committee recommended
    that the Commerce Department restrict DeepSeek" is the committee's call as well as the
    department's proposed restriction (a report recommends for whoever put it out)."""
    rec = _recommendation_before(doc.text, s, a)
    if rec is None:
        return None
    actors = [x for x in _recommenders(doc, s, rec, clause, masks) if x != measure.actor]
    if not actors:
        return None
    return attrs.evolve(
        measure,
        actor=actors[0],
        kind=ActionKind.CALL_FOR,
        status=Status.DONE,
        trigger=(rec.start(), rec.end()),
    )


def _own_kind(actor: str, kind: ActionKind, targets: Sequence[str]) -> ActionKind:
    """The target company putting out its own model is a release: "DeepSeek rolled out V3.1",
    "made its R1 model available" (the adoption wordings of other companies)."""
    if actor == TARGET_ID and kind in _ADOPTION_KINDS and all(t == "DeepSeek" for t in targets):
        return ActionKind.RELEASE
    return kind


_ADOPTION_KINDS = frozenset({ActionKind.ADOPT, ActionKind.INTEGRATE})


# ---------------------------------------------------------------------------------------------
# clauses and masks
# ---------------------------------------------------------------------------------------------


def _object_end(doc: _Doc, a: int, b: int, clause: Clause) -> int:
    """Where the trigger's object ends: the clause's end, or the comma that closes a fronted
    phrase ("Following guidelines from the ministry, the bank blocked ...")."""
    text = doc.text
    if _FRONTED.match(text, clause.start, a) is not None and a - clause.start < 60:
        comma = text.find(",", b, clause.end)
        if comma > 0:
            return comma
    return max(b, _before_comparison(text, b, clause.end))


#: A product built on the target, named as a release's object: "a DeepSeek-powered
#: assistant", "a chatbot based on DeepSeek".
_BUILT_ON_TARGET = lazy(
    r"\bDeepSeek-(?:powered|based|driven|enabled)\b|"
    r"\b(?:powered|based|built|running|trained)[ ](?:by|on)[ ](?:the[ ])?DeepSeek\b|"
    # (the model named before: "launched a pathology assistant built on the model")
    r"\b(?:powered|based|built|running)[ ](?:by|on)[ ](?:the[ ](?:model|R1|V3)|R1|V3)\b"
)


#: The target's model as the head of a service another firm launches: " DeepSeek-R1
#: inference services", " a DeepSeek R1 API".
_TARGET_PRODUCT_SERVICE = lazy(
    r"[ ](?:(?:a|an|the|its|their)[ ])?DeepSeek[ -](?:R1|V3|R2|V4|[\w.-]{1,12})[ ]"
    r"(?:[\w-]+[ ]){0,2}?(?:inference|API|APIs|services?|hosting|access|endpoints?)\b"
)


#: Hardware as what a restriction is put on: "(curbs on exports of) Nvidia chips", "GPUs";
#: or goods shipped abroad: "(tighten rules on) data-centre exports".
_HARDWARE_OBJECT = lazy(
    r"\b(?:chips?|chipsets?|GPUs?|semiconductors?|chipmaking|exports|"
    # Nvidia's data-centre chips by their model numbers: "sales of Nvidia's H20"
    r"[HAB](?:20|100|200|800)|B20)\b"
)
#: What a released product is compared with, after it: "(R2,) which it benchmarked against
#: (DeepSeek)", "(a model) cheaper than", "to rival", "that outperforms".
_RIVAL_COMPARISON = lazy(
    r"\b(?:to[ ])?(?:(?:[a-z]{2,12}er|more[ ][a-z]{2,14}|less[ ][a-z]{2,14})[ ])?"
    r"(?:than|against|versus|vs[.]?|compared[ ](?:with|to)|rival(?:s|ling|ing)?|"
    r"outperform(?:s|ed|ing)?|beats?|beating|on[ ]par[ ]with|comparable[ ]to|"
    r"compet(?:e|es|ing)[ ]with|challenger[ ]to)[ ]"
)


#: What opens the grounds of a measure after its object: " after finding that", ",
#: because", " citing", " following reports" (not an earlier act: "after blocking ChatGPT").
_OCCASION_AFTER_OBJECT = lazy(
    r",?[ ](?:(?:after|following)[ ](?:finding|discovering|learning|determining|concluding|"
    r"it[ ]found|it[ ]emerged|reports?|revelations?)|because|citing|amid|"
    r"over[ ]concerns?[ ]that)[ ](?=[\w\"“])"
)


def _before_comparison(text: str, b: int, end: int) -> int:
    """Where a comparison with an earlier act opens after the trigger, or ``end``: ", as the
    UK did with TikTok in 2023", ", just as it banned TikTok": its date and target are the
    earlier act's."""
    at = text.find(" as ", b, end)
    if at < 0:
        return end
    m = _COMPARISON.search(text, max(b, at - 6), end)
    return m.start() if m is not None else end


#: A comparison with an earlier act: ", as the UK did with TikTok", ", just as it banned".
_COMPARISON = lazy(
    r",?[ ](?:just[ ]|much[ ])?as[ ](?:it|they|[Tt]he[ ](?:[\w-]+[ ]){0,3}?[\w-]+|"
    r"[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,3})[ ](?:had[ ]|has[ ]|also[ ])?"
    r"(?:did|does|done|banned|blocked|restricted|barred|suspended)\b"
)


_FRONTED = lazy(
    r"(?:Following|After|Under|Amid|Despite|Given|Citing|Per|In[ ]line[ ]with|"
    r"In[ ]response[ ]to|In[ ]the[ ]wake[ ]of)[ ](?:[\w’'-]+[ ]){0,3}$"
)


# ---------------------------------------------------------------------------------------------
# the actor
# ---------------------------------------------------------------------------------------------


#: An owner's product right before a participle of its release: "DeepSeek's updated R1 model
#: was released", "Alibaba's Qwen2.5, launched last month, ...".
_OWNED_PRODUCT_BEFORE = lazy(
    r"(?:’s|'s)[ ](?:[\w.-]+[ ]){0,4}?(?:models?|app|chatbot|assistant|version|"
    r"update|upgrade|system|[A-Z][\w.-]{0,12}[0-9][\w.-]*+)"
    r"(?:,[ ]|[ ](?:(?:was|were|is|are|has[ ]been|had[ ]been|have[ ]been)[ ])?)$"
)


def _actors_for(
    doc: _Doc,
    s: Sentence,
    a: int,
    b: int,
    clause: Clause,
    masks: Sequence[Mask],
    masked: Mask | None,
    governor: tuple[str, int, int] | None,
    quoted: bool,
    row: TriggerRow,
) -> tuple[list[str], str]:
    text = doc.text
    if row.kind is ActionKind.RELEASE and _PARTICIPLE_WORD.match(text[a:b]) is not None:
        owned = _OWNED_PRODUCT_BEFORE.search(text, max(s.start, a - 80), a)
        if owned is not None:
            owners = doc.index.mentions_between(max(s.start, a - 130), owned.start())
            if owners and owners[-1].end == owned.start():
                return [owners[-1].actor], "owner"  # "DeepSeek's R1 model, released on ..."
    # passive: "was blocked by X", or agentless
    passive = (
        row.form != "noun"
        and (
            _PASSIVE_PHRASE.search(row.phrase) is not None  # "may not be used", "not allowed to"
            or _PASSIVE_TRIGGER.match(text, a, b) is not None
            or (
                _PARTICIPLE_WORD.match(text[a:b]) is not None
                and (
                    text.startswith(" by ", b)
                    # "blocked nationwide by the Garante", "banned on state phones by the
                    # governor": adverbials, no object, before the agent
                    or _ADVERBIALS_THEN_BY.match(text, b, clause.end) is not None
                    # a round-up's item: "Italy: Blocked nationwide on January 30",
                    # "Taiwan: Government agencies barred from using it"
                    or _bare_participle(text, s, a, b)
                )
            )
            or (
                (
                    _PARTICIPLE_WORD.match(text[a:b]) is not None
                    or text[a:b].startswith(_STATE_WORDS)
                )
                and _BE_AUX.search(text[max(s.start, a - 40) : a]) is not None
            )  # ("DeepSeek is off-limits", "the app would be unavailable for download": a state
            # the target is put in)
        )
    )
    agent = _BY_AGENT.match(text, b, clause.end) if passive else None
    if agent is not None and _OTHER_PARTICIPLE_BY.search(agent.group()):
        agent = None  # "banned from using the app developed by DeepSeek": the maker, not the agent
    elif (
        agent is not None
        and _LOWER_GERUND_AT.match(text, agent.end())
        and _route_after(doc, agent.end(), clause.end)
    ):
        # "chips barred from sale to China by routing them through Singapore": a means, and
        # the place it goes through no agent
        agent = None
    agents = subject_after(doc, agent.end(), clause.end) if agent is not None else []
    if passive and not agents and text.find("at ", b, clause.end) >= 0:
        # "was pulled from app stores at the PIPC's request", "... at the request of the
        # ministry": who asked for it acts
        agents = _requesters(doc, b, clause.end)
    # inside a relative clause: its antecedent acts ("the ministries ..., which prevented ..."),
    # unless the clause is passive ("TikTok, which was banned in 2023"): then its agent or no one
    if masked is not None and masked[2] == "relative":
        if passive and not agents and _WHERE_OPENING.match(text, masked[0], a):
            # "no longer available in Italy, where it was removed in January": the place's
            # own measure, where the clause names no agent
            place = doc.index.last_mention_between(max(s.start, masked[0] - 40), masked[0])
            if (
                place is not None
                and place.end >= masked[0] - 1
                and doc.index.actor(place.actor).kind in _PLACE_KINDS
            ):
                return [place.actor], "place"
        if passive:
            return (agents, "agent") if agents else ([], "none")
        # "TikTok, which the US Congress voted to ban": the clause's own subject acts
        own = [m for m in doc.index.mentions_between(masked[0], a) if m.via != "modifier"]
        if (
            len(own) == 1
            and _RELATIVE_TO_SUBJECT.fullmatch(text, masked[0], own[0].start)
            and _SUBJECT_TO_VERB.fullmatch(text, own[0].end, a)
        ):
            return [own[0].actor], "relative-subject"
        where = _WHERE_OPENING.match(text, masked[0], a) or _WHO_SAID_OPENING.match(
            text, masked[0], a
        )
        if where is not None:
            # "in China, where BYD and Geely rolled out ...": the clause's own subject acts
            inner = [x for x in masks if x != masked]
            # ("where the Garante ordered DeepSeek to stop ...": the subject before the order)
            hi = governor[1] if governor is not None and governor[1] > where.end() else a
            own_subjects = subject_before(doc, s, where.end(), hi, inner)
            if own_subjects:
                return own_subjects, "relative-subject"
        if _UNNAMED_ANTECEDENT.search(text, max(clause.start, masked[0] - 40), masked[0]):
            return [], "none"  # "follows European regulators, which have blocked it": unnamed
        if _GENERIC_PEOPLE_BEFORE.search(text, max(s.start, masked[0] - 30), masked[0]):
            return [], "none"  # "Chinese users, who had installed the app": no actor's
        possessors = _possessors(doc, masked[0], a) if row.form == "noun" else []
        if possessors:
            return possessors, "possessor"  # "the ACLU, which sued over Montana's TikTok ban"
        if (
            row.form == "noun"
            and text.endswith(("a ", "any "), masked[0], a)
            and _MEANS_BEFORE.search(text, max(masked[0], a - 30), a)
            and _MEASURE_AS_SUBJECT.match(text, b, min(clause.end, b + 60))
        ):
            return [], "none"  # "..., which means a ban on the app does not reach the model"
        ante = subject_before(doc, s, clause.start, masked[0], masks, relative=True)
        if len(ante) > 1 and text.startswith(", whose ", masked[0]):
            # "NASA, the Pentagon and the House, whose chief administrative officer warned
            # ...": one body's officer, of the list's last body
            last = doc.index.last_mention_between(clause.start, masked[0])
            if last is not None and last.actor in ante:
                return [last.actor], "relative"
        return ante, "relative"
    if masked is not None and masked[2] == "appositive":
        return [], "appositive"
    if " who " in text[max(s.start, a - 40) : a] and _GENERIC_PEOPLE_WHO.search(
        text, max(s.start, a - 60), a
    ):
        return [], "none"  # "Dutch users who had already installed the app": no actor's act
    if _unnamed_bodies_act(doc, text, s, a):
        return [], "none"  # "criticised governments that have barred the app": theirs
    # "prompting the government to block": the object of the causative verb acts (but in
    # "forcing ByteDance to sell TikTok or face a ban" it only undergoes the measure)
    if (
        governor is not None
        and governor[0] == "cause"
        and not (row.form == "noun" and _FACES.search(text, max(clause.start, a - 30), a))
    ):
        actors = subject_before(doc, s, governor[2], a, masks, first=True)
        if actors:
            return actors, "cause"
    if passive:
        if _CALLED_TO_BE.search(text, max(s.start, a - 80), a):
            # "called for DeepSeek to be investigated by EU regulators": the call's, not done
            # (nor by an unnamed caller's place: "A letter signed by 40 academics called for
            # DeepSeek to be banned")
            return [], "none"
        if agents:
            return agents, "agent"
        order = _ORDER_COMPLEMENT.search(text, max(clause.start, a - 60), a)
        if order is not None:
            # "The ministry ordered the app removed from ...": who gives the order acts
            actors = subject_before(doc, s, clause.start, order.start(), masks)
            if actors:
                return actors, "subject"
        if agent is not None and _NAMED_BY.match(text, agent.end(), clause.end):
            return [], "none"  # "adopted by companies in 50 countries": a by-phrase, no actor
        if _capability_passive(text, s, a, row):
            return [], "none"  # "its models can be deployed locally": what can be, not an act
        if _RELATIVE_PASSIVE.search(text, max(s.start, a - 40), a):
            return [], "none"  # "chips that are barred from export": no one is said to bar them
        if row.kind.family is Family.SUPPORTIVE and _STATE_PASSIVE.search(
            text, max(s.start, a - 40), a
        ):
            return [], "state"  # "remove any copies that are already installed": no act
        if _generic_recommendation(text, s, a) is not None:
            return [], "none"  # "recommended that the app be banned": the recommender's call
        return _agentless(doc, s, a, clause, masks, quoted, row.kind, b)
    if quoted:
        return _agentless(doc, s, a, clause, masks, quoted, row.kind)
    if row.form == "noun":
        return _noun_actor(doc, s, a, b, clause, masks, row.kind)
    # command verbs: "told its ministries to hold off" -> the teller
    lo = clause.start
    hi = a
    if row.kind is ActionKind.CALL_FOR and text.startswith(("call ", "Call "), a):
        renewed = _CALL_RENEWED.search(text, max(lo, a - 40), a)
        if renewed is not None:
            hi = renewed.start()  # "Paterson repeated his call for a ban": the one who repeats
    if governor is not None and governor[0] == "command":
        hi = governor[1]
        if _BE_AUX.search(text[max(s.start, hi - 40) : hi]) or _bare_participle(
            text, s, hi, governor[2]
        ):
            # "employees had been told not to use it", "Ghana -- Civil servants told to stop
            # using it": the teller is not named here
            return _agentless(doc, s, hi, clause, masks, quoted, row.kind, governor[2])
        if text.endswith(" and ", lo, hi) and text.find(" that ", s.start, hi) < 0:
            # "reported DeepSeek to Apple and Google, and asked both to remove it": the
            # sentence's subject asks, not a name of the first predicate's object (after a
            # reported clause, the rule for its speaker's second act below decides)
            teller = subject_before(doc, s, lo, hi, masks, first=True)
            if teller:
                return teller, "subject"
    if _GERUND_AT.match(text, hi, min(len(text), hi + 20)) is not None:
        instrument = _INSTRUMENT_BEFORE.search(text, max(lo, a - 30), a) if hi == a else None
        if instrument is not None and not instrument.group().lower().startswith(
            ("letter", "email")
        ):
            # "banned DeepSeek in line with a directive banning foreign apps": the instrument
            # is the one the sentence's act follows, not the name before it; "signed an
            # order banning DeepSeek": the signer's; but an owned one is its owner's,
            # "(blocked it,) following Gov. Greg Abbott's order banning it"
            owner = (
                _decision_owner(doc, instrument.start() - 3)
                if text.endswith(("'s ", "’s "), 0, instrument.start())
                else None
            )
            if owner is not None and owner != TARGET_ID:
                return [owner], "owned-instrument"  # "upheld the regulator's order blocking it"
            before = doc.index.mentions_between(max(lo, instrument.start() - 40), a)
            if before and _place_modifier(doc, lo, before[-1], instrument.start()):
                return [before[-1].actor], "owned-instrument"  # "A Tennessee law banning it"
            first = doc.last_in(s)
            if first is not None and first.trigger[0] >= lo:
                # (one in an earlier clause is another's: "X is studying the app, while
                # Bahrain's central bank issued a notice urging caution")
                return [first.actor], "instrument"
            issued = _ISSUED_INSTRUMENT.search(
                text, max(lo, instrument.start() - 50), instrument.start()
            )
            issuers = subject_before(doc, s, lo, issued.start(), masks) if issued else []
            if issued and not issuers:
                issuers = _first_person(doc, text[lo : issued.start()], a)
            return (issuers, "instrument") if issuers else ([], "none")
        absolute = (
            _WITH_NP_BEFORE.search(text, max(lo, hi - 80), hi)
            if text.find("with ", max(lo, hi - 80), hi) >= 0
            else None
        )
        if absolute is not None:
            # "..., with Italy's data protection authority ordering the company to block it":
            # the noun phrase after "with" does what its gerund says
            inside = [
                m
                for m in doc.index.mentions_between(absolute.start("np"), hi)
                if m.via != "modifier"
            ]
            if inside:
                return [inside[-1].actor], "subject"
    span = (
        _RANGE_OF_PLACES.search(text, max(s.start, hi - 120), hi)
        if text.find("rom ", max(s.start, hi - 120), hi) >= 0
        else None
    )
    if span is not None and (
        span.start() == s.start
        or _GROUP_NOUN_BEFORE.search(text, max(s.start, span.start() - 30), span.start())
    ):
        # "Governments from Canberra to Taipei have barred it", "From Shenzhen to Hohhot, local
        # governments are deploying it": the places that bound the range
        ends = [
            m.actor
            for m in doc.index.mentions_between(span.start(), span.end())
            if m.start in (span.start("a"), span.start("b"))
            and doc.index.actor(m.actor).kind in _PLACE_KINDS
        ]
        named = [m for m in doc.index.mentions_between(span.end(), hi) if m.via != "modifier"]
        if len(ends) == 2 and not named:
            return ends, "subject"
    unnamed = _UNNAMED_SUBJECT.search(text, max(lo, hi - 90), hi)
    if unnamed is not None:
        # "Texas, Virginia and at least eight other states have barred it": the named ones act
        joined = _AND_THEN_COUNT.search(text, max(lo, unnamed.start() - 30), unnamed.start())
        if (
            joined is not None
            and _OTHERS_WORD.search(unnamed.group()) is None
            and not _ends_a_name_list(doc, text, lo, joined)
        ):
            joined = None  # "State media praised DeepSeek, and many firms have adopted its
            # models": a clause of its own, whose unnamed subject adds to no list
        if joined is None:
            # "Kenya joins a growing number of countries scrutinising it": the one who joins
            joined = _JOINS_BEFORE.search(text, max(lo, unnamed.start() - 12), unnamed.start())
        listed = subject_before(doc, s, lo, joined.start(), masks) if joined is not None else []
        if listed:
            return listed, "subject"
        if _UNNAMED_BODIES_BEFORE.search(text, max(lo, hi - 60), hi):
            # "In South Korea, several ministries blocked access": the place's bodies
            places = _opening_place(doc, s, a)
            if places:
                return places, "place"
        members = _trailing_members(doc, a, clause) or _members_next(doc, s)
        return (members, "members") if members else ([], "unnamed")
    # a participle after a comma takes the clause's subject: "..., banning it" and "..., asking
    # both companies to remove it"
    # (and one after a subordinator: "banned it after blocking ChatGPT in 2023")
    gerund = _GERUND_AT.match(
        text[hi : b if hi == a else governor[2] if governor is not None else b]
    )
    letter = _LETTER_TO_BEFORE.search(text, max(lo, hi - 120), hi) if gerund else None
    if letter is not None:
        # "sent a letter to Nvidia's chief executive asking ...", "sent Nvidia a letter
        # asking ...": the sender asks, named before the letter, or no one named
        senders = subject_before(doc, s, lo, letter.start(), masks, first=True)
        return (senders, "subject") if senders else ([], "none")
    participle = gerund and rx(r"(?:,|\b(?:after|before|while|since|when|by))[ ]$").search(
        text[max(lo, hi - 7) : hi]
    )
    opening = _SECOND_PREDICATE_OPENING.search(text[max(lo, hi - 40) : hi])
    # (an auxiliary there opens a reported clause's own second predicate: "said India would
    # build its own model and had set aside ...")
    second = opening is not None and not opening["aux"] and (
        doc.found_in(s)
        # "Moolenaar called DeepSeek a threat and urged ...": a second finite predicate shares
        # the clause's subject, never the first predicate's object
        or (hi == a and _PAST_FINITE_AT.match(text, a, b) is not None)
    )
    pp = (
        _PREP_NP_BEFORE.search(text, max(lo, hi - 50), hi)
        if hi == a and text.endswith("ing", a, b)
        else None
    )
    if pp is not None:
        # "bars DeepSeek after cyber agency warning": the phrase's own noun is the one who
        # warns, not a subject before the preposition
        inside = [m for m in doc.index.mentions_between(pp.start("np"), a) if m.via != "modifier"]
        return ([inside[-1].actor], "subject") if inside else ([], "none")
    if row.kind in (ActionKind.CALL_FOR, ActionKind.WARN) and text.endswith(" and ", lo, hi):
        # "Euroconsumers said the watchdog had acted too slowly and called on it to ...": the
        # speaker's second act, not the reported clause's subject's
        rep = _last(_THAT_CLAUSE.finditer(text, lo, hi))
        reporter = subject_before(doc, s, lo, rep.start(), masks) if rep else []
        if reporter:
            return reporter, "subject"
    if row.kind is ActionKind.ADOPT and "available" in row.phrase:
        # "DeepSeek R1 is now available on Amazon Bedrock": the platform's owner offers it
        hosts = [
            m.actor
            for m in doc.index.mentions_between(b, clause.end)
            if m.actor != TARGET_ID
            and doc.index.actor(m.actor).kind in (ActorKind.COMPANY, ActorKind.STATE_ENTERPRISE)
        ]
        if hosts and _TARGET_SUBJECT.search(text, lo, hi):
            return hosts[:1], "subject"
        rep = _last(_THAT_CLAUSE.finditer(text, lo, hi))
        if (
            not hosts
            and rep is not None
            and _TARGET_SUBJECT.search(text, rep.end(), hi)
            and rx(r"[ ](?:its|their|our)[ ]").search(text, b, min(b + 12, clause.end))
        ):
            # "Nimbus Cloud announced that DeepSeek-R1 is now available in its Model Garden":
            # the announcer's own platform, the announcer offers it
            announcer = subject_before(doc, s, lo, rep.start(), masks)
            if announcer and announcer != [TARGET_ID]:
                return announcer, "subject"
    if _AND_THEN_PREDICATE.search(text, max(lo, hi - 30), hi):
        # "X had adopted DeepSeek's model and would host it": the first predicate's actor
        prev = doc.last_in(s)
        if prev is not None and prev.trigger[1] <= hi and prev.actor != TARGET_ID:
            return [prev.actor], "subject"
    if (
        s.kind is not ParagraphKind.BODY
        and hi == a
        and text.endswith(", ", lo, a)
        and _FINITE_VERB_AT.match(text, a, b) is not None
    ):
        # a headline's second predicate: "Ohio eases DeepSeek ban, keeps app off state phones"
        actors = _headline_subject(doc, s, a)
        if actors:
            return actors, "subject"
    if text.startswith("off", a) and hi == a:
        declared = _DECLARED_BEFORE.search(text, max(lo, a - 60), a)
        if declared is not None:
            # "The Pentagon has declared DeepSeek off-limits": who declares it, not the object
            declarer = subject_before(doc, s, lo, declared.start(), masks)
            if declarer:
                return declarer, "subject"
    if hi > s.start + 3 and text.startswith("It ", s.start) and text.endswith(" it ", lo, hi):
        # "It forbids state workers to ..., and it shuts the app out": the sentence's "It"
        first = doc.last_in(s)
        if first is not None and first.trigger[1] <= hi:
            return [first.actor], "subject"
    if participle and text[hi - 2] != "," and text.find(" said ", lo, hi) >= 0:
        # "Smith said Microsoft had changed the model before offering it on Azure": the
        # reported clause's subject does what follows "before", not its speaker
        rep = _last(_THAT_CLAUSE.finditer(text, lo, hi))
        if rep is not None:
            reported_subject = subject_before(doc, s, rep.end(), hi, masks, first=True)
            if reported_subject:
                return reported_subject, "subject"
    actors = subject_before(doc, s, lo, hi, masks, first=bool(participle) or second)
    if actors == [TARGET_ID] and text.find(" it ", lo, hi) >= 0:
        rep = _last(_THAT_CLAUSE.finditer(text, lo, hi))
        if rep is not None and _unnamed_speaker(text, lo, rep.start()):
            return [], "none"  # "..., and a security firm said it had dropped the model"
    if (
        len(actors) == 1
        and (text.find("told ", lo, hi) >= 0 or text.find("tell", lo, hi) >= 0)
        and _told_listener(doc, s, lo, hi, actors[0])
    ):
        actors = []  # "told ABC Radio the government would ban it": the listener does nothing
    if actors == [TARGET_ID] and _target_modifies_measure(doc, s, lo, hi):
        return [], "none"  # "Ohio eases DeepSeek ban, keeps app off ...": not DeepSeek's act
    if (participle or second) and actors == [TARGET_ID] and _target_is_object(doc, lo, hi):
        # "upheld the order blocking DeepSeek, rejecting the company's argument": the
        # participle's subject is the clause's, never the object before its comma (nor a
        # second predicate's: "A report called DeepSeek a threat and urged export controls")
        return [], "none"
    if actors:
        return actors, "subject"
    if gerund and text.endswith("while ", s.start, hi):
        # "Amazon blocked the app while offering R1 on Bedrock": a clause of its own, whose
        # participle takes the subject of the act before it
        prev = doc.last_in(s)
        if prev is not None and prev.trigger[1] <= hi and prev.actor != TARGET_ID:
            return [prev.actor], "subject"
    members = _members_of_group(doc, s, lo, a)
    if members:
        return members, "relative"
    issued = _ISSUED_INSTRUMENT_SUBJECT.match(text, lo, a) if hi == a else None
    if issued is not None:
        # "The memo, issued by the House Chief Administrative Officer, bars staff ...": the
        # instrument's issuer acts
        comma = text.find(",", issued.end(), a)
        issuers = subject_after(doc, issued.end(), comma if comma >= 0 else a)
        if issuers:
            return issuers, "agent"
    if text.endswith(" but ", s.start, lo) and _ELIDED_SUBJECT.match(text, lo, hi):
        # "India would not ban DeepSeek but would host it": the first clause's subject
        actors = subject_before(doc, s, s.start, lo - 5, masks, first=True)
        if actors:
            return actors, "subject"

    bill = (
        _BILL_THAT_WOULD.fullmatch(text, lo, a)
        if hi == a and text[lo : lo + 1] in "AaTtLlBb"  # ("A", "The", "Legislation", "Bills")
        else None
    )
    if bill is not None:
        # "A bill that would ban DeepSeek ... was introduced in the Senate": the chamber
        introduced = _INTRODUCED_IN.search(text, a, min(s.end, a + 240))
        if introduced is not None:
            chambers = [
                x
                for x in subject_after(doc, introduced.end(), s.end)
                if doc.index.actor(x).kind is ActorKind.LEGISLATURE
            ]
            if chambers:
                return chambers[:1], "subject"
    if row.kind.family is Family.SUPPORTIVE and hi == a:
        # "More than 20 BYD models will be equipped with ...": the products' maker
        maker = _products_maker(doc, clause, a)
        if maker is not None:
            return [maker], "subject"
    # "it"/"he"/"they", an instrument ("It forbids", "the notice cautions"), "officials there"
    return _implicit_subject(doc, s, lo, hi, a, clause, masks)


#: A verb form or a preposition right before a name: the name is its object.
_OBJECT_LEAD = lazy(
    r"\b(?:[a-z]{2,20}(?:ed|ing)|on|against|of|to|from|into|over|with|about)[ ](?:the[ ])?$"
)


def _target_is_object(doc: _Doc, lo: int, hi: int) -> bool:
    """Whether the target's first mention in ``[lo, hi)`` is an object: a verb form or a
    preposition right before it ("the order blocking DeepSeek")."""
    for m in doc.index.mentions_between(lo, hi):
        if m.actor == TARGET_ID and m.via != "modifier":
            return _OBJECT_LEAD.search(doc.text, max(lo, m.start - 30), m.start) is not None
    return False


def _told_listener(doc: _Doc, s: Sentence, lo: int, hi: int, actor: str) -> bool:
    """Whether ``actor``'s last mention before ``hi`` is the one told: "told ABC Radio"."""
    for m in reversed(doc.index.mentions_between(lo, hi)):
        if m.actor == actor:
            return doc.text.endswith(("told ", "telling ", "tells "), s.start, m.start)
    return False


def _headline_subject(doc: _Doc, s: Sentence, a: int) -> list[str]:
    """The subject a headline's predicates share: the actor of its first action read, else the
    name that opens it before a finite verb ("Italy fines OpenAI, bars DeepSeek ...")."""
    prev = doc.last_in(s)
    if prev is not None and prev.trigger[1] <= a:
        return [prev.actor] if prev.actor != TARGET_ID else []
    opening = doc.index.mentions_between(s.start, a)
    if not opening or opening[0].start > s.start + 4 or opening[0].actor == TARGET_ID:
        return []
    verb = _FINITE_VERB_AT.match(doc.text, opening[0].end + 1, a)
    return [opening[0].actor] if doc.text.startswith(" ", opening[0].end) and verb else []


#: A range of places: "from Canberra to Taipei", "From Shenzhen to Hohhot".
_RANGE_OF_PLACES = lazy(
    r"\b[Ff]rom[ ](?P<a>[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3})[ ]to[ ]"
    r"(?P<b>[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3})(?![\w’'-])"
)
#: A group whose members a range of places bounds: "governments (from ...)".
_GROUP_NOUN_BEFORE = lazy(
    r"(?i)\b(?:governments|countries|nations|states|cities|provinces|regulators|authorities|"
    r"agencies|officials|ministries|watchdogs|capitals)[ ]$"
)
#: A verb of issuing and the determiner of the instrument it issues: "signed an executive".
_ISSUED_INSTRUMENT = lazy(
    r"(?i)\b(?:signed|signs|issued|issues|announced|announces|published|publishes|sent|sends|"
    r"put[ ]out|circulated|approved|approves|adopted|adopts|passed|passes|enacted|enacts|"
    r"gazetted|gazettes|"
    # the plain form after "to": "voted to pass a bill banning", "moved to sign an order"
    r"(?<=\bto[ ])(?:sign|issue|pass|approve|adopt|enact))[ ]"
    # ("signed into law a bill banning ...": the verb's particle before its object)
    r"(?:into[ ]law[ ]|into[ ]force[ ])?"
    # (a plural instrument takes no article: "issued rules restricting ...")
    r"(?:(?:an?|the|its|their|his|her|new)[ ])?(?:[\w-]+[ ]){0,2}$"
)
#: A release's object that is DeepSeek's model, then the releaser's own service it is put
#: on: " DeepSeek-R1 on its platform", " DeepSeek's R1 and V3 models on its cloud".
_HOSTED_DEEPSEEK = lazy(
    r"[ ](?:the[ ])?DeepSeek\b[^.;,]{0,40}?[ ](?:(?:on|in|through|via)[ ](?:its|their)[ ]|"
    # ("Ruijin Hospital launched DeepSeek-R1 for its doctors": put to work for its people)
    r"for[ ](?:its[ ]|their[ ]|all[ ])?(?:staff|employees|doctors|nurses|workers|customers|"
    r"users|clients|members|students|teachers)\b)"
)
#: DeepSeek's own products by name, or its name: "R1", "V3.1", "DeepSeek's app".
_DEEPSEEK_PRODUCT = lazy(r"\b(?:DeepSeek|R1|R2|V2|V3)(?![\w-])|\b(?:R1|V3)[.-]\w+")
#: A trigger that opens with a past-tense verb ("urged", "called on", "told"): a finite
#: predicate of its own.
_PAST_FINITE_AT = lazy(r"(?:[a-z]+ed|told|sent|put|set|made|took|gave|cut|said)\b")
#: A call for a passive measure, before its participle: "called for DeepSeek to be", "urged
#: that the app be" (the one called on has not acted).
_CALLED_TO_BE = lazy(
    r"\b(?:call(?:ed|s|ing)?[ ]for|urg(?:ed|es|ing)|demand(?:ed|s|ing)?|press(?:ed|es|ing)[ ]for|"
    r"want(?:s|ed)?|ask(?:ed|s|ing)?[ ]for)[ ](?:[\w’'.-]+[ ]){0,5}?(?:to[ ])?be[ ]$"
)
#: A word that makes "fund" a kind of firm, not an investment: "hedge fund", "pension
#: funds", "sovereign wealth fund".
_KIND_OF_FUND_BEFORE = lazy_re(
    r"(?i)\b(?:hedge|pension|mutual|index|sovereign(?:[ ]wealth)?|wealth|venture(?:[ ]capital)?|"
    r"private[ ]equity|quant|quantitative|money[ ]market)[ ]"
    # "Abu Dhabi's sovereign AI fund MGX": a field between the kind and the noun
    r"(?:(?:AI|tech|technology|infrastructure|investment|development)[ ])?$"
)
#: The first words of a trigger that names a state the target is put in, after a form of
#: "be": "off-limits", "unavailable for download", "no longer available for download".
_STATE_WORDS = ("off", "unavailable", "no longer available", "not be available")
#: A verb that puts its object in a state, before the object: "declared (DeepSeek) off-limits".
_DECLARED_BEFORE = lazy_re(
    r"\b(?:declared|declares|declare|declaring|made|makes|deemed|deems|ruled|rules|put|puts)[ ]"
    r"(?:[\w’'.-]+[ ]){1,4}$"
)
#: Plural nouns for people no actor names: "users", "citizens", "subscribers".
_PEOPLE = (
    r"users|people|customers|consumers|residents|citizens|individuals|students|subscribers|"
    r"visitors"
)
#: People no actor names, right before their relative clause: "(Dutch) users (who ...)".
_GENERIC_PEOPLE_BEFORE = lazy_re(rf"\b(?:{_PEOPLE}|members[ ]of[ ]the[ ]public)[ ]?$")
#: People no actor names and a restrictive "who" before the trigger: "users who had
#: already (installed)".
_GENERIC_PEOPLE_WHO = lazy_re(rf"\b(?:{_PEOPLE})[ ]who[ ](?:[\w’'-]+[ ]){{0,3}}$")
#: Bodies no name gives and a restrictive relative before the trigger: "(criticised)
#: governments that have (barred)", "firms which had already (adopted)".
_BODIES_THAT_BEFORE = lazy_re(
    rf"(?<![’']s)[ ](?:{_BODY_PLURALS}|nations|cities|others)[ ](?:that|which)[ ]"
    r"(?:(?:have|has|had|already|also|recently|since|now|quickly|previously)[ ]){0,3}$"
)
#: Words before such bodies that make the subject one of them: "joined (other) countries",
#: "followed", "one of the", "like" ("Italy joined other countries that have banned it",
#: "Texas joined a growing list of states that ...").
_ONE_OF_BODIES_BEFORE = lazy_re(
    r"\b(?:other|joins?|joined|joining|follows?|followed|following|like|among|one[ ]of|"
    r"including|such[ ]as)[ ](?:[\w-]+[ ]){0,4}$"
)


def _unnamed_bodies_act(doc: _Doc, text: str, s: Sentence, a: int) -> bool:
    """Whether the trigger at ``a`` is the act of unnamed bodies before it, in a restrictive
    relative clause on them ("China criticised governments that have barred the app"), not of
    the sentence's subject (who is not one of them: not "joined other countries that ...")."""
    lo = max(s.start, a - 60)
    if text.find(" that ", lo, a) < 0 and text.find(" which ", lo, a) < 0:
        return False
    bodies = _BODIES_THAT_BEFORE.search(text, lo, a)
    if bodies is None or doc.index.mentions_between(bodies.start(), a):
        return False
    at = bodies.start()
    if doc.index.last_mention_between(s.start, at, skip_via="modifier") is None:
        return False  # "Several agencies that barred it, among them NASA, ...": the subject
    return not _ONE_OF_BODIES_BEFORE.search(text, max(s.start, at - 40), at + 1)


#: A gerund: "ordering", "banning".
_GERUND_AT = lazy(r"\w+ing\b")
#: "with" and the noun phrase of an absolute construction, right before its gerund.
_WITH_NP_BEFORE = lazy(r"\bwith[ ](?P<np>(?:[\w’'.-]+[ ]){1,6})$")
#: An absolute "with" and a noun phrase expected to do what follows: "with Victoria expected
#: to", "with Osaka likely to", "with more states set to".
_WITH_EXPECTED_BEFORE = lazy(
    r"\bwith[ ](?P<np>(?:[\w’'.-]+[ ]){1,5}?)(?:(?:also|widely)[ ])?"
    r"(?:expected|likely|set|poised|due|tipped|said)[ ]to[ ](?:soon[ ])?$"
)
#: A preposition and a noun phrase right before a trigger: "after cyber agency warning".
_PREP_NP_BEFORE = lazy(
    r"\b(?:after|following|amid|despite|over)[ ](?P<np>(?:(?:a|an|the)[ ])?"
    r"(?:[\w’'-]+[ ]){1,3})$"
)
#: The verbs that halt a measure as well as a service: "blocked the state's ban".
_HALTS_MEASURES = frozenset(("block", "suspend"))

#: What "asked for" must ask for to be a call: a measure ("a ban on the app", "an inquiry")
#: or the target put in a state ("the app to be banned on staff devices").
_ASKED_MEASURE = lazy(
    r"[ ](?:(?:a|an|the)[ ](?:[\w-]+[ ]){0,2}?(?:ban|block|prohibition|suspension|"
    r"investigation|inquiry|probe|review|restrictions?)\b|"
    r"(?:[\w’'.-]+[ ]){1,6}?to[ ]be[ ](?:banned|blocked|removed|prohibited|restricted|"
    r"suspended|investigated|barred|reviewed)\b)"
)
#: Verbs of making that integrate the model only where what is made is built on it ("set up a
#: DeepSeek-based assistant", "developed a chatbot powered by DeepSeek").
_MAKES_ON_IT = frozenset(("build", "develop", "set up", "create"))
#: A measure as a verb's object, after its owner or determiner (the words between it hold no
#: preposition: not "blocked the app under the law"): "the state's ban", "the Garante's block".
_MEASURE_AS_OBJECT = lazy(
    r"[ ](?:the|its|their|this|that|[\w.&-]+(?:'s|’s))[ ]"
    r"(?:(?!(?:on|under|in|of|for|from|with|by|at|to|after|as|and|or|over)[ ])[\w.&’'-]+[ ]){0,3}?"
    r"(?:bans?|blocks?|blocking|orders?|decisions?|laws?|measures?|prohibitions?|suspensions?|"
    r"directives?|rules?)\b"
)
#: A business figure as the object of "lift": "its capital spending", "prices", "its revenue
#: forecast", "demand for chips", "investor sentiment" (a measure is lifted, a figure is
#: raised; but "sales restrictions", "price cap").
_FIGURE_OBJECT = lazy(
    r"(?i)[ ](?:(?:its|their|the|a|an|[\w.&-]+(?:'s|’s))[ ])?"
    r"(?:(?!(?:bans?|blocks?|restrictions?|suspensions?|curbs?|prohibitions?|on|of|for)[ ])"
    r"[\w-]+[ ]){0,3}?(?:spending|capex|expenditures?|investments?|budgets?|prices?|pricing|"
    r"forecasts?|guidance|outlook|targets?|revenues?|sales|output|production|profits?|"
    r"earnings|margins?|shares|stocks?|valuations?|dividends?|rates?|wages|salaries|"
    r"capacity|estimates?|growth|orders|shipments|exports|imports|buybacks?|demand|"
    r"sentiment|confidence|hopes|spirits|markets?|productivity|adoption|usage|interest)\b"
    r"(?![ -](?:bans?|blocks?|restrictions?|curbs?|limits?|caps?|suspensions?|prohibitions?|"
    r"freezes?|controls?|embargo(?:es)?))"
)
#: A measure's noun right after the target's name: "DeepSeek ban", "DeepSeek restrictions".
_MEASURE_NOUN_AFTER_NAME = lazy(
    r"[ ](?:ban|bans|block|blocks|restrictions?|curbs?|suspension|prohibition|probe|"
    r"investigation|inquiry|warning)\b"
)


def _target_modifies_measure(doc: _Doc, s: Sentence, lo: int, hi: int) -> bool:
    """Whether the target's last mention before ``hi`` qualifies a measure's noun ("DeepSeek
    ban") rather than standing as a subject."""
    for m in reversed(doc.index.mentions_between(lo, hi)):
        if m.actor == TARGET_ID:
            return _MEASURE_NOUN_AFTER_NAME.match(doc.text, m.end, m.end + 20) is not None
    return False


#: "and" with a count before an unnamed plural: "Texas, Virginia and at least eight other".
_AND_THEN_COUNT = lazy(
    r",?[ ]and[ ](?:(?:at[ ]least|more[ ]than|nearly|about|some|up[ ]to)[ ])?(?:[a-z0-9-]+[ ])?$"
)
#: A reporter's question fronted before the answer: "Asked whether Japan would ban it, ...".
_ASKED_WHETHER = lazy(r"(?i)(?:when[ ])?asked[ ](?:whether|if|about|how|why|when)\b[^,;]{0,160}$")
#: A parliamentary written question, which all its sentence asks: "To ask the Minister for
#: Health whether he will ban DeepSeek on HSE devices", "Question: To ask the Minister if ...".
_WRITTEN_QUESTION = lazy(
    r"(?:Question[ ]?[:.–—-][ ]*)?To[ ]ask[ ](?:the|his|her)[ ][^.?!]{0,200}?"
    r"\b(?:whether|if|what|when|why|how)\b"
)
#: An open question left unanswered: "has not said when", "did not disclose whether".
_UNSAID_WHEN = lazy(
    r"(?i)\b(?:not|never|yet[ ]to)[ ](?:said|say|says|disclosed|disclose|announced|announce|"
    r"confirmed|confirm|revealed|reveal|specified|specify)[ ](?:when|whether|if|how)\b"
)
#: A list that restricts what is put on it: "its entity list", "a list of unapproved software".
_ONTO_A_BLACKLIST = lazy(
    # (or the list a verb widens: "updated its list of covered applications to include it")
    r"(?i)\b(?:to|on|onto|(?:updat|expand|amend|widen|extend)(?:ed|es|s|ing))[ ]"
    r"(?:(?:its|the|a|an|their)[ ](?:[\w.-]+(?:'s|’s)[ ])?|[\w.-]+(?:'s|’s)[ ])"
    r"(?:[\w-]+[ ]){0,2}?(?:entity[ ]list|blacklist|black[ ]list|blocklist|block[ ]list|"
    r"denylist|deny[ ]list|"
    # ("its registry of banned sites", "a register of prohibited apps")
    r"(?:list|registry|register|database)[ ]of[ ]"
    r"(?:(?P<barred>banned|prohibited|covered)|unapproved|restricted|blocked)|"
    r"(?:(?P<barred>banned|prohibited)|unapproved|restricted|blocked)[ ](?:[\w-]+[ ]){0,2}?list|"
    # or the instrument that bars it: "added the new models to its direction banning the app"
    r"(?:direction|directive|order|decree|circular|rules?)[ ]"
    r"(?P<barred>banning|barring|prohibiting|forbidding))"
)
#: A list of what may be used: "its list of approved AI tools" (widening it adopts).
_APPROVED_LIST = lazy(
    r"(?i)\blist[ ]of[ ](?:[\w-]+[ ]){0,2}?(?:approved|permitted|authori[sz]ed|allowed|"
    r"sanctioned|vetted)\b"
)
#: Roles of people who comment on measures rather than take them.
_OBSERVER_ROLE = lazy(
    r"(?i)\b(?:analyst|researcher|expert|professor|economist|strategist|fellow|consultant|"
    r"lecturer|scholar|commentator|investor)\b"
)
#: A bare plural measure as a clause's subject: "bans on DeepSeek would do little".
_GENERIC_PLURAL_MEASURE = lazy(
    r"(?:[ ](?:on|against|of)[ ](?:[\w’'.-]+[ ]){0,3}?[\w’'.-]+)?[ ](?:would|will|could|may|"
    r"might|can|should|are|were|have|do|don't|tend|rarely|often|only)[ ]"
)
#: An owner or determiner right before a measure's noun: "Italy's bans", "the bans", "its".
_OWNED_BEFORE = lazy(r"(?:’s|'s|s’|\b(?:the|its|their|these|those|such|his|her|our))[ ]$")
#: A request's noun and "that" before its content: "the PIPC's request that Apple remove".
_REQUEST_THAT_BEFORE = lazy(
    r"\b(?:requests?|demands?|calls?|recommendations?|proposals?|suggestions?|petitions?|"
    r"appeals?|requested|asked|demanded|urged)[ ]that[ ](?:[\w’'.-]+[ ]){1,5}$"
)
#: A letter or request sent to someone, right before a participle that says what it asks.
_LETTER_TO_BEFORE = lazy(
    r"(?:\b(?:letters?|notes?|emails?|requests?|notices?|petitions?)[ ](?:[\w’'.-]+[ ]){0,2}?"
    r"to[ ](?:[\w’'.-]+[ ]){1,8}"
    r"|\b(?:sent|wrote|sends|writes)[ ](?:[\w’'.-]+[ ]){1,5}?(?:a|an)[ ](?:[\w-]+[ ])?"
    r"(?:letter|note|email|request)[ ])$"
)


#: The target or its model as a clause's subject: "DeepSeek R1 is", "DeepSeek's V3 model is".
_TARGET_SUBJECT = lazy(
    r"\bDeep[Ss]eek(?:’s|'s|-[\w.]{1,12})?[ ](?:[\w.-]+[ ]){0,3}?(?:is|are|was|were|has|have)\b"
)
#: "and" and a modal or auxiliary before a second predicate with no subject of its own.
_AND_THEN_PREDICATE = lazy(
    r"[ ]and[ ](?:would|will|could|may|might|should|also|then|later|plans[ ]to|planned[ ]to|"
    r"intends[ ]to)[ ](?:also[ ]|later[ ]|soon[ ])?$"
)
#: A clause after "but" that opens with its verb (a modal, an adverb or the verb itself), so
#: its subject is the first clause's: "... but would host it", "... but later restricted it".
_ELIDED_SUBJECT = lazy(r"(?:[a-z]+[ ]){0,3}$")
#: A finite verb in the present or past ("keeps", "kept", "bars", "barred"), not a participle.
_FINITE_VERB_AT = lazy(r"(?i)(?:[a-z]+(?<!s)s|[a-z]+ed|kept|put|set|cut|shut)\b")


_BODY_AFTER_NOUN = lazy(
    r"[ ](?:bureau|unit|department|division|team|office|agency|committee|commission|center|"
    r"centre|service|desk|task[ ]force|chief|head|officer|official)s?\b"
)
_STATE_PASSIVE = lazy(
    # (or the place it is in: "remove the app from any device where it has been installed")
    r"\b(?:that|which|(?:where|wherever)[ ](?:it|they))[ ]"
    r"(?:are|is|were|was|have[ ]been|has[ ]been|had[ ]been)[ ]"
    r"(?:already[ ]|still[ ]|now[ ]|currently[ ])?$"
)
#: The verb of joining right before an unnamed group: "(Kenya) joins (a growing number of)".
_JOINS_BEFORE = lazy(r"\bjoin(?:s|ed|ing)?[ ]$")


def _ends_a_name_list(doc: _Doc, text: str, lo: int, joined: regex.Match[str]) -> bool:
    """Whether an "and" with no comma before it closes a list of names with an unnamed group:
    "Taiwan, Australia and several US states (banned it)"."""
    if joined.group().startswith(","):
        return False
    last = doc.index.last_mention_between(lo, joined.start(), skip_via="modifier")
    if last is None or last.end != joined.start():
        return False
    before = doc.index.last_mention_between(lo, last.start, skip_via="modifier")
    return before is not None and text[before.end : last.start] == ", "


#: What makes an unnamed group the rest of a list: "(Texas and) eight other states".
_OTHERS_WORD = lazy(r"(?i)\b(?:other|more|further|additional)\b")
_UNNAMED_SUBJECT = lazy(
    r"(?i)\b(?:several|some|many|other|more|few|multiple|numerous|various|a[ ]few|"
    r"a[ ](?:growing[ ]|small[ ]|large[ ])?number[ ]of|dozens[ ]of|a[ ]handful[ ]of)[ ]"
    r"(?:[\w-]+[ ]){0,2}?(?:countries|governments|nations|states|jurisdictions|companies|firms|"
    r"agencies|ministries|authorities|regulators|organi[sz]ations|institutions|banks|"
    r"universities|cities|provinces|businesses|employers|schools|enterprises|hospitals)[ ]"
    r"(?:(?:have|has|had|also|already|now|are|were|to|would|will|could|may|might|been|"
    r"quickly|since|moved[ ]to|began[ ]to|started[ ]to|[a-z]{3,}ly)[ ]){0,3}$"
)
#: A possessive right before a nominalised trigger, with at most three words between that
#: are no verb: "Italy's temporary ban", not "DeepSeek's rise has prompted calls for".
_POSSESSED = lazy(
    r"^(?:’s|'s|’|')[ ](?:(?!(?:has|have|had|is|was|were|are|will|would|could|may|might|"
    r"prompted|sparked|triggered|fuelled|fueled|led|drew|drawn|"
    # a determiner opens another noun phrase: "Manila's move follows a warning from ..."
    r"a|an|the|this|that|these|those|its|their)\b)[\w-]+[ ]){0,3}$"
)
_ISSUED_PARTICIPLE = (
    r"(?:issued|sent|imposed|announced|introduced|ordered|put[ ]out|published|drafted|"
    r"released|made|adopted)"
)
#: A reduced relative with its agent right after a measure's noun: " imposed by", " ordered
#: last month by".
_IMPOSED_BY_AFTER = lazy(
    rf"[ ](?:(?:on|against)[ ]DeepSeek[ ])?{_ISSUED_PARTICIPLE}[ ](?:[\w.]+[ ]){{0,3}}?by[ ]"
)
#: A relative clause right after a measure's noun whose subject put it in place: " that (the
#: cabinet) imposed", " which (Italy's regulator) ordered".
_IMPOSED_BY_RELATIVE = lazy(
    r"[ ](?:that|which)[ ](?P<np>(?:the[ ])?[\w.’'-]+(?:[ ][\w.’'-]+){0,4}?)[ ]"
    r"(?:(?:had|has|have|first|already)[ ])?(?:imposed|introduced|announced|issued|ordered|"
    r"adopted|enacted)\b"
)
#: A clause that opens with an instrument and an aside naming its issuer, up to the issuer:
#: "The memo, issued by (the House ...), (bars)", "A new directive, sent out on Friday by".
_ISSUED_INSTRUMENT_SUBJECT = lazy(
    r"(?i)(?:the|an?|this|its|their)[ ](?:[\w-]+[ ]){0,2}?(?:memo|memorandum|order|directive|"
    r"notice|guidance|guideline|guidelines|circular|letter|email|advisory|rule|policy|decree|"
    r"instruction|note),[ ](?:signed|" + _ISSUED_PARTICIPLE + r")"
    r"(?:[ ](?:out|on|in|last|this|earlier|week|month|[\w.]+day|\w+[.]?[ ]\d{1,2})){0,4}?"
    r"[ ]by[ ]"
)
_AGENT_AFTER = lazy(
    rf"[ ](?:{_ISSUED_PARTICIPLE}[ ](?:[\w.]+[ ]){{0,3}}?)?(?:by|from)[ ]"
    # "a ban on DeepSeek by the Navy", "an investigation into the app by Ireland's regulator"
    # ("an inquiry into DeepSeek by the DPC": the noun's own preposition), and in an aside:
    # "The ban on DeepSeek, announced by the Navy on January 24, ..."
    r"|(?:[ ](?:on|against|into|of)|(?<=[ ](?:on|against|into|of)))[ ](?:[\w.’'-]+[ ]){0,2}?"
    rf"[\w.’'-]+(?:[ ]|,[ ]{_ISSUED_PARTICIPLE}[ ](?:[\w.]+[ ]){{0,3}}?)"
    r"by[ ](?=(?:the[ ])?[A-Z])"
    rf"|,[ ]{_ISSUED_PARTICIPLE}[ ](?:[\w.]+[ ]){{0,3}}?by[ ]"
    # "An investigation into DeepSeek was launched by the KVKK": the noun's passive verb
    r"|[ ](?:[\w.’'-]+[ ]){0,4}?(?:was|were|has[ ]been|have[ ]been|had[ ]been)[ ](?:\w+ly[ ])?"
    r"(?:launched|opened|imposed|started|initiated|ordered|announced|introduced|issued|put[ ]in"
    r"[ ]place)[ ](?:[\w.]+[ ]){0,3}?by[ ]"
)
#: A scrutiny or restriction named as the subject of a passive: "An investigation into
#: DeepSeek was launched ...": the verb after it is that act's, not a release.
_MEASURE_SUBJECT = lazy(
    r"(?i)\b(?:investigation|probe|inquiry|enquiry|review|inspection|audit|ban|crackdown|"
    r"consultation|case|proceedings?|campaign|suspension|restrictions?)\b[^.;:]{0,60}"
    r"\b(?:was|were|been|is|are)[ ](?:\w+ly[ ])?$"
)
#: An agent named by a description before the name in apposition: "the country's cyber
#: watchdog", "its data protection authority" (no verb in it).
_DESCRIBED_AGENT = lazy(
    r"(?:the|its|their|a)[ ](?:(?!(?:said|says|is|was|has|had|which|who|that)\b)[\w’'-]+[ ]?)"
    r"{1,5}$"
)
#: The word that makes a measure's noun the national government's: "(the) federal (ban)".
_NATIONAL_BEFORE = lazy(r"(?i)\b(?:federal|national|nationwide|government)[ ]$")
_GOVERNMENT_MODIFIER = lazy(
    r"(?i)\b(?:(?P<adj>[A-Z][\w.]+)[ ])?(?:government|state|federal|official|"
    r"cabinet)[ ](?:[\w-]+[ ]){0,1}$"
)


#: The verb of undergoing a measure before its noun: "could face a ban", "faces new curbs".
#: What sets a restrictive noun up as the thing opposed: "measures against the DeepSeek
#: bans", "criticised the restrictions", "opposes such bans".
_OPPOSED_MEASURE = lazy(
    r"\b(?:against|oppos(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|"
    r"condemn(?:s|ed|ing)?|protest(?:s|ed|ing)?)[ ](?:the[ ]|these[ ]|those[ ]|such[ ])?"
    r"(?:[\w-]+[ ]){0,2}?$"
)
#: A measure its subject was put under, before the measure's noun: "was hit with a", "were
#: slapped with new"; or put on its object: "hit it with a", "hit DeepSeek with new".
_HIT_WITH = lazy(
    r"\b(?:hit|slapped|served|struck)[ ](?:(?:it|them|DeepSeek|the[ ][\w-]+)[ ])?with[ ]"
    r"(?:(?:a|an|new|fresh)[ ])*$"
)
#: The active form of :data:`_HIT_WITH`, with its object: "hit it with a".
_HIT_X_WITH = lazy(
    r"\b(?:hit|hits|slapped|slaps)[ ](?:it|them|DeepSeek|the[ ][\w-]+)[ ]with[ ]"
    r"(?:(?:a|an|new|fresh)[ ])*$"
)
_FACES = lazy(r"\b(?:face|faces|facing|risks)[ ](?:(?:a|an|possible|potential|new|further)[ ])*$")


def _place_after(doc: _Doc, b: int, clause: Clause) -> list[str]:
    """The country, region or union named right after a trigger that ends at ``b``: " in
    Germany", " across the EU" (none where the place is no actor the index knows)."""
    place = _IN_PLACE.match(doc.text, b, clause.end)
    if place is None:
        return []
    at = place.start("place")
    if doc.text.endswith("the ", 0, at):
        at -= 4
    return _places_from(doc, at, clause.end)


#: Supportive kinds whose passive's place only locates the act: "hosted in China".
_LOCATED_KINDS = frozenset({ActionKind.ADOPT, ActionKind.INTEGRATE, ActionKind.PARTNER})
#: Where a model runs, after the place that qualifies it: "(in U.S.) data centres", "(on
#: Chinese) servers".
_HOSTING_NOUN = lazy(
    r"[ ](?:data[ -]?cent(?:er|re)s?|servers?|cloud|clouds|facilities|infrastructure)\b"
)


def _located_only(doc: _Doc, a: int, b: int, clause: Clause) -> bool:
    """Whether a place right after a supportive passive's trigger ``[a, b)`` says where it
    runs, not who adopts it: "the model was hosted in China", "is deployed in U.S. data
    centres", "on Chinese servers" (a host's or a data centre's place is no government)."""
    lead = _HOSTED_AT.match(doc.text, b, clause.end)
    if lead is None:
        return False
    for m in doc.index.mentions_between(lead.end(), clause.end):
        if m.start != lead.end() or doc.index.actor(m.actor).kind not in _PLACE_KINDS:
            return False
        return (
            doc.text.startswith(("host", "Host"), a)
            or _HOSTING_NOUN.match(doc.text, m.end, clause.end) is not None
        )
    return False


#: What stands between a supportive passive's trigger and the place it runs at: " in (the) ".
_HOSTED_AT = lazy(r"[ ](?:in|on|across)[ ](?:the[ ])?")


def _places_from(doc: _Doc, at: int, end: int) -> list[str]:
    """The country, region or union named at ``at`` (after "the" or a unit such as "the state
    of"), with those listed after it up to ``end``."""
    places: list[str] = []
    for m in doc.index.mentions_between(at, end):
        # "in Taiwan, Australia and South Korea": each member of the list
        if m.start < at:
            continue
        if m.start != at and _PLACE_LEAD.fullmatch(doc.text, at, m.start) is None:
            break
        if doc.index.actor(m.actor).kind not in _PLACE_KINDS:
            break
        if _PART_OF.match(doc.text, m.end, end) is not None:
            at = m.end + 1  # "in the US state of Texas": the state
            continue
        places.append(m.actor)
        joint = _PLACE_LIST_JOINT.match(doc.text, m.end, end)
        if joint is None:
            break
        at = joint.end()
    return places


def _devices_owner(doc: _Doc, b: int, clause: Clause) -> str | None:
    """The place whose government's devices a passive measure names right after its trigger
    ("banned on Australian government devices", "blocked from all Taiwanese government
    computers"), or the place whose app stores it names ("no longer available on South Korean
    app stores"), or None."""
    if doc.text.endswith(("stores", "store"), 0, b):
        # "removed from Italian app stores": the stores close the trigger's own gap
        stores = _NATIONAL_STORES_END.search(doc.text, max(clause.start, b - 40), b)
        return _country_of_adjective(doc, stores["adj"]) if stores is not None else None
    lead = _ON_DEVICES_LEAD.match(doc.text, b, min(clause.end, b + 30))
    if lead is None and doc.text.endswith((" from", " on"), 0, b):
        lead = _ARTICLE_LEAD.match(doc.text, b, min(clause.end, b + 30))  # "removed from"
    if lead is None:
        return None
    stores = _NATIONAL_STORES.match(doc.text, lead.end(), clause.end)
    if stores is not None:
        return _country_of_adjective(doc, stores["adj"])
    for m in doc.index.mentions_between(lead.end(), min(clause.end, lead.end() + 60)):
        if m.start != lead.end():
            return None
        if doc.index.actor(m.actor).kind not in _PLACE_KINDS or m.via == "modifier":
            return None
        if _DEVICES_AFTER.match(doc.text, m.end, clause.end) is None:
            return None
        return m.actor
    return None


#: The preposition before a place's devices: " on ", " from all ", " across ".
_ON_DEVICES_LEAD = lazy_re(r"[ ](?:on|from|across|in)[ ](?:all[ ]|the[ ])?")
#: The space and article after a trigger that ends in its preposition: "(removed from) all ".
_ARTICLE_LEAD = lazy_re(r"[ ](?:all[ ]|the[ ])?")
#: A nationality and its app stores: "South Korean app stores", "Italian app store".
_NATIONAL_STORES = lazy_re(
    r"(?P<adj>[A-Z][a-z]{2,15}(?:[ ][A-Z][a-z]{2,15})?)[ ](?:app[ ]stores?|app[ ]markets?)\b"
)
#: The same at the end of a trigger's gap: "(removed from) Italian app stores".
_NATIONAL_STORES_END = lazy_re(
    r"(?<![\w-])(?P<adj>[A-Z][a-z]{2,15}(?:[ ][A-Z][a-z]{2,15})?)[ ](?:app[ ])?stores?$"
)


def _country_of_adjective(doc: _Doc, adjective: str) -> str | None:
    """The country actor a nationality names ("South Korean" -> South Korea), or None."""
    entry = doc.index.gazetteer.country_for_adjective(adjective)
    code = entry.country if entry is not None else None
    return doc.index.country_actor(code, adjective) if code else None


#: The devices after a place's government: " devices", " phones and computers", " networks".
_DEVICES_AFTER = lazy_re(
    r"[ ](?:(?:issued|owned|official|work|public[ ]sector)[ ])?(?:devices|phones|computers|"
    r"networks|systems|laptops|smartphones|PCs)\b"
)


#: A group of public staff or bodies, as a sentence may open with it: "Civil servants",
#: "Government employees", "State agencies".
_PUBLIC_GROUP = (
    rf"(?:[A-Z][a-z]{{1,12}}[ ])?(?:[a-z-]{{2,15}}[ ]){{0,2}}?(?i:{_PUBLIC_STAFF}|bodies|"
    r"institutions|offices|"
    # (and those a state orders: "Internet providers in (Italy) were ordered to block it")
    r"providers|operators|carriers|schools|universities|hospitals|banks)"
)
#: A sentence's opening group of public staff or bodies (or of those a state orders) and "in"
#: before their place: "Civil servants in (Ghana)", "Government employees in the
#: (Philippines)", "Internet providers in (Italy)".
_PEOPLE_IN_PLACE = lazy(rf"{_PUBLIC_GROUP}[ ]in[ ]")
#: A sentence's opening group of public staff or bodies after their nationality, and the
#: auxiliary of its passive: "Australian public servants have been", "French officials were".
_NATIONAL_GROUP = lazy(
    r"(?:The[ ])?(?P<adj>[A-Z][a-z]{2,15})[ ](?:[a-z-]{2,15}[ ]){0,2}?"
    rf"(?:{_PUBLIC_STAFF}|officers|personnel|diplomats)[ ](?:have|has|had|were|was|are|is)[ ]"
)


#: A place that labels a round-up's item, up to its colon or dash, or a table row's first
#: cell: "Taiwan: ", "Texas -- ", "| Italy | ", "• Australia – ".
_PLACE_LABEL_SOURCE = (
    r"(?:\|[ ]*|[-*•·][ ])?(?:the[ ])?(?P<place>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})"
    r"(?::[ ]|[ ](?:—|–|-|--)[ ]|[ ]*\|[ ]*)"
)
_PLACE_LABEL = lazy_re(_PLACE_LABEL_SOURCE)
#: What a round-up's item has before a bare participle, its verb: a place's label, alone
#: ("Italy: (Blocked) nationwide") or with the group it names ("Taiwan: Government agencies
#: (barred) from using it"), or nothing but a bullet ("(Banned) on federal devices").
_BARE_PARTICIPLE_LEAD = lazy_re(
    rf"(?:[-*•][ ])?(?:{_PLACE_LABEL_SOURCE}(?P<group>{_PUBLIC_GROUP}[ ])?"
    # ("South Korea: (new downloads) suspended"): what the app's measure stops
    r"(?:[Nn]ew[ ])?(?:(?<=[ ])downloads[ ]|(?<=[ ])sign-?ups[ ])?)?"
)


#: A sentence's opening group of people and "of" or "at" before the body they belong to:
#: "Members of (the Dutch House of Representatives)", "Staff at (the European Parliament)",
#: "Employees of (Italy's defence ministry)".
_PEOPLE_OF_BODY = lazy(
    r"(?:[A-Za-z-]{2,15}[ ]){0,2}?(?:[Mm]embers|[Ss]taff|[Ee]mployees|[Ww]orkers|[Oo]fficials|"
    r"[Oo]fficers|[Ss]oldiers|[Pp]ersonnel|[Ss]ervants)[ ](?:of|at)[ ](?:the[ ])?"
)


def _staff_body(doc: _Doc, start: int, at: int, end: int) -> str | None:
    """The body named right at ``at`` (a place's possessive may come first) whose people a
    sentence opens with at ``start`` (or whose name holds them: "Members of the European
    Parliament"); None where it is a person, a place or the target."""
    for m in doc.index.mentions_between(start, min(end, at + 60)):
        if m.via == "modifier" or m.end <= at:
            continue
        if m.start > at + 30 or "," in doc.text[at : m.start] or m.actor == TARGET_ID:
            return None
        kind = doc.index.actor(m.actor).kind
        return None if kind is ActorKind.PERSON or kind in _PLACE_KINDS else m.actor
    return None


def _bare_participle(text: str, s: Sentence, a: int, b: int) -> bool:
    """Whether the participle at ``a:b`` is a round-up item's verb, its subject left out: "Italy:
    (Blocked) nationwide on January 30", "Taiwan: Government agencies (barred) from using it"
    (a group named before it is the one the measure binds: "barred from", "told to")."""
    lead = _BARE_PARTICIPLE_LEAD.fullmatch(text, s.start, a)
    return lead is not None and (
        lead.group("group") is None or text.startswith((" from ", " to "), b)
    )


#: Adverbials and no object between a participle and its agent: " nationwide by ", " on
#: state-issued devices by ", " outright by " (not " its use by ", " access by ").
_ADVERBIALS_THEN_BY = lazy_re(
    r"(?:[ ](?:nationwide|countrywide|worldwide|outright|[a-z]{3,}ly(?<!\bonly)|"
    r"(?:on|in|from|across|at|for|over|since|until|during)[ ]"
    r"(?!(?:its|their|his|her|it|them|the[ ]use)\b)[\w.’'-]+(?:[ ][\w.’'-]+){0,4}?),?){1,3}"
    r"[ ]by[ ](?![a-z]+ing\b)"
)


def _fronted_place(doc: _Doc, start: int, a: int) -> list[str]:
    """The places a sentence opens with before its comma, "In Ghana, ...", "In Texas and
    Virginia, ...", where a trigger at ``a`` after that comma happened."""
    comma = doc.text.find(", ", start, min(a, start + 80))
    if comma < 0:
        return []
    at = start + 3
    if doc.text.startswith("the ", at):
        at += 4
    return _places_from(doc, at, comma)


#: A request as a passive's cause, after its trigger: " at the request of (the PIPC)", " at
#: (the commission)'s request" (the name in ``np``).
_AT_REQUEST = lazy(
    r"\bat[ ](?:the[ ](?:request|behest|direction|instruction)[ ]of[ ](?P<np>[^,;.]{2,60})|"
    r"(?P<own>[^,;.]{2,60}?)(?:’s|'s)[ ](?:request|behest|direction|instruction))\b"
)


def _requesters(doc: _Doc, b: int, end: int) -> list[str]:
    """Who asked for a passive's measure, named after it: "(was pulled from app stores) at the
    commission's request"; none where no request is named."""
    m = _AT_REQUEST.search(doc.text, b, min(end, b + 160))
    if m is None:
        return []
    lo, hi = m.span("np") if m["np"] is not None else m.span("own")
    if m["own"] is not None:
        # (the owner's mention, a short form too: "the commission's request")
        return [x.actor for x in doc.index.mentions_between(lo, hi) if x.end == hi][-1:]
    return subject_after(doc, lo, hi)


def _body_at(doc: _Doc, b: int, clause: Clause) -> str | None:
    """The one body named right after a trigger that ends at ``b`` as where it was done:
    "access was cut off at the Pentagon", "was blocked on computers at the Commerce
    Department" (not a country, a person or the target: "at Italy's request" names no site)."""
    end = min(clause.end, b + 60)
    if doc.text.find(" at ", b, end) < 0:
        return None
    at = _AT_BODY.match(doc.text, b, end)
    if at is None:
        return None
    for m in doc.index.mentions_between(at.end() - 4, clause.end):
        if m.start not in (at.end(), at.end() - 4) or m.via == "modifier":
            return None
        if m.actor == TARGET_ID or doc.index.actor(m.actor).kind in _NOT_A_SITE:
            return None
        return m.actor
    return None


#: What stands between a trigger and the body it was done at: " at (the)", " on computers at ".
_AT_BODY = lazy(r"(?:[ ](?:on|for|from)(?:[ ][\w’'-]+){1,3}?)?[ ]at[ ](?:the[ ])?")
#: Actors that "at X" does not name as the site of a measure.
_NOT_A_SITE = frozenset({ActorKind.COUNTRY, ActorKind.PERSON, ActorKind.INTERNATIONAL})


_PLACE_UNIT = r"(?:state|province|region|prefecture|territory|county|city|emirate)[ ]of[ ]"
#: A place's unit before its own name: "(the US) state of (Texas)".
_PART_OF = lazy(rf"[ ]{_PLACE_UNIT}")
#: What may stand before a listed place's name: "the", "the Australian state of".
_PLACE_LEAD = lazy(rf"(?:the[ ])?(?:[A-Z][\w-]+[ ])?{_PLACE_UNIT}|the[ ]")
#: What joins the places of a list: ", ", " and ", ", and ", " or ", " and in ".
_PLACE_LIST_JOINT = lazy(r"(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|or)[ ])(?:in[ ])?")
#: Actors that a place names: "banned in Italy", "could face a ban in Germany".
_PLACE_KINDS = frozenset(
    {ActorKind.COUNTRY, ActorKind.SUBNATIONAL_GOVERNMENT, ActorKind.INTERNATIONAL}
)
#: The place after a measure's noun: " in Germany", " across the EU", " from Apple's App Store
#: and Google Play in South Korea".
_IN_PLACE = lazy(
    r"(?:[ ](?:on|of|over|from|and)(?:[ ][\w’'-]+){1,3}?){0,2}?[ ](?:in|across|throughout)[ ]"
    r"(?:the[ ])?"
    r"(?P<place>[A-Z])"
)


#: The opening of a relative clause up to its own subject: ", which (the) ...".
_RELATIVE_TO_SUBJECT = lazy(r",?[ ]*(?:which|that|whom)[ ](?:the[ ])?")
#: What stands between a relative clause's own subject and its verb: "(the US Congress) voted
#: to (ban)", "(Italy) had already (blocked)".
_SUBJECT_TO_VERB = lazy(
    r"(?:[ ](?:has|have|had|also|then|later|recently|already|would|will|could|voted|decided|"
    r"moved|plans|planned|to))*[ ]"
)


def _possessors(doc: _Doc, lo: int, a: int) -> list[str]:
    """The owners of the nominalised action at ``a`` ("Italy's ban", "Montana's TikTok ban",
    "Italy's and Ireland's investigations"), or none."""
    text = doc.text
    for m in reversed(doc.index.mentions_between(lo, a)):
        if _POSSESSED.match(text[m.end : a]):
            owners = [x.actor for x in fellow_owners(doc, lo, m)]
            return list(dict.fromkeys([*owners, m.actor]))
        if _place_modifier(doc, lo, m, a):
            return [m.actor]  # "A Texas ban on DeepSeek took effect": the place's own
        if m.via != "modifier" and not text.endswith(("'s ", "’s "), 0, m.start):
            break  # (past a name inside the possessed phrase: "Montana's TikTok ban")
    return []


#: A determiner before a place that qualifies a measure's noun: "a (Texas) ban", "the new
#: (Tennessee) law" (not "Italy ban" after a verb: "to follow Italy ban").
_PLACE_MODIFIER_BEFORE = lazy(r"(?i)(?<![\w’'-])(?:an?|the)[ ](?:new[ ])?$")


def _place_modifier(doc: _Doc, lo: int, m: Mention, a: int) -> bool:
    """Whether the place mentioned at ``m`` qualifies the measure's noun at ``a`` after a
    determiner: "A Tennessee law (banning DeepSeek)", "a Texas ban"."""
    return (
        m.end + 1 == a
        and doc.index.actor(m.actor).kind in _PLACE_KINDS
        and _PLACE_MODIFIER_BEFORE.search(doc.text, max(lo, m.start - 10), m.start) is not None
    )


def _noun_actor(
    doc: _Doc,
    s: Sentence,
    a: int,
    b: int,
    clause: Clause,
    masks: Sequence[Mask],
    kind: ActionKind,
) -> tuple[list[str], str]:
    """The actor of a nominalised action: its possessor ("Italy's ban"), its agent ("a
    guideline issued by X", "guidelines from X"), or the subject of the verb that states it
    ("X imposed a ban", "X announced the suspension"); "a government advisory" names the
    country in context. Nothing else: "following several nations' restrictions" is no action
    of the sentence's subject."""
    text = doc.text
    if _FACES.search(text, max(clause.start, a - 30), a):
        # "DeepSeek could face a ban in Germany": the place acts, the subject undergoes it
        places = _place_after(doc, b, clause)
        return (places, "faced") if places else ([], "none")
    if text.find(" with ", max(clause.start, a - 20), a) >= 0 and _HIT_WITH.search(
        text, max(clause.start, a - 30), a
    ):
        # "The Chinese AI startup was hit with a ban in Italy": the place's measure, done
        hitter = _HIT_X_WITH.search(text, max(clause.start, a - 60), a)
        if hitter is not None:
            # "Taiwan hit it with a ban of its own": who hits
            actors = subject_before(doc, s, clause.start, hitter.start(), masks)
            return (actors, "subject") if actors else ([], "none")
        places = _place_after(doc, b, clause)
        return (places, "place") if places else ([], "none")
    owners = _possessors(doc, clause.start, a)
    if owners:
        return owners, "possessor"
    if kind.family is Family.RESTRICTIVE and _OPPOSED_MEASURE.search(
        text, max(clause.start, a - 40), a
    ):
        return [], "none"  # "would take measures against the DeepSeek bans": others' bans
    if kind is ActionKind.RELEASE and text.endswith(" of", a, b):
        # "the release of DeepSeek's R1 model": the product's owner puts it out (but "the
        # deployment of DeepSeek's models" is someone else's)
        for m in doc.index.mentions_between(b, min(clause.end, b + 60)):
            if m.start <= b + 1 and text.startswith(("'s ", "’s "), m.end):
                return [m.actor], "possessor"
            break
    imposer = (
        _IMPOSED_BY_RELATIVE.match(text, b, min(len(text), b + 120))
        if text.startswith((" that ", " which "), b)
        else None
    )
    if imposer is not None:
        # "extending a ban that the cabinet imposed on agencies": the relative clause's
        # subject put the measure in place
        actors = subject_after(doc, imposer.start("np"), imposer.end("np"))
        if actors:
            return actors, "relative-subject"
    agent = _AGENT_AFTER.match(text, b, clause.end)
    if agent is not None:
        comma = text.find(",", agent.end(), clause.end)
        stop = comma if comma >= 0 else clause.end
        actors = subject_after(doc, agent.end(), min(stop, agent.end() + 120))
        if not actors and comma >= 0 and _DESCRIBED_AGENT.match(text, agent.end(), comma):
            # "a warning issued by the country's cyber watchdog, the National Cyber and
            # Information Security Agency": the name in apposition to the description
            after = text.find(",", comma + 1, clause.end)
            end = after if after >= 0 else clause.end
            actors = subject_after(doc, comma + 1, min(end, comma + 121))
        if actors:
            return actors, "agent"
    added = _added_to(text, clause.start, a) if kind.family is Family.RESTRICTIVE else None
    if added is not None:
        # "Taiwan added DeepSeek's R2 model to its ban": who widens the measure imposes it
        actors = subject_before(doc, s, clause.start, added.start(), masks)
        if actors:
            return actors, "subject"
    window = text[max(clause.start, a - 40) : a]
    light = None
    for cue in _cue_pattern("light").finditer(text, max(clause.start, a - 90), a):
        between = text[cue.end() : a]
        if rx(r"[ ](?:[\w’'$€£¥.,()+-]+[ ]){0,9}").fullmatch(between) and not rx(
            r"[;]|,[ ]"
        ).search(between):
            if cue.group().lower() in _END_VERBS and not _LIFTED_BEFORE.match(text, cue.start(), a):
                continue  # "scrapped its support for a ban": what ends is not the measure
            light = cue
    gov = _GOVERNMENT_MODIFIER.search(window)
    if gov is not None and not rx(r"(?:’s|'s|’)[ ]").search(window):
        # "Congress has weighed a federal ban": the subject that states it, where one is
        # named; else "a government advisory" is the country's
        if light is not None:
            actors = subject_before(doc, s, clause.start, light.start(), masks)
            if actors:
                return actors, "subject"
        code = None
        if gov["adj"]:
            country = doc.index.gazetteer.country_for_adjective(gov["adj"])
            code = country.country if country is not None else None
        named = code is not None
        if not named and _MANY_MEASURES_BEFORE.search(window):
            # "the subject of government bans on three continents": governments at large
            return [], "none"
        code = code or doc.index.context_country(a)
        if code is not None and not named and rx(r"(?i)\bstate[ ](?:[\w-]+[ ])?$").search(window):
            # "Court challenge to state ban fails" over a story on Texas's ban: a state the
            # text names nearby of that country (none where it names several), not the country
            states = {
                m.actor
                for m in doc.index.mentions_between(max(0, a - 3000), a + 3000)
                if doc.index.actor(m.actor).kind is ActorKind.SUBNATIONAL_GOVERNMENT
                and doc.index.actor(m.actor).country == code
            }
            if states:
                return ([states.pop()], "modifier") if len(states) == 1 else ([], "none")
        if code is not None:
            actor = doc.index.country_actor(code, window[gov.start() :].strip())
            if actor is not None:
                return [actor], "modifier"
    # ("followed with similar bans", "responded with its own ban")
    if light is None and rx(
        r"\b(?:with|through)[ ](?:an?|the|its|their|similar|such)[ ](?:[\w-]+[ ]){0,2}$"
    ).search(window):
        actors = subject_before(doc, s, clause.start, a, masks)
        return (actors, "subject") if actors else ([], "none")
    if (
        light is None
        and kind is ActionKind.INVESTIGATE
        and text.endswith(("its ", "their "), max(s.start, a - 6), a)
        and _FINDINGS_AFTER.match(text, b)
    ):
        # "The PIPC said its investigation found that ...": the speaker's own inquiry
        rep = _last(_THAT_CLAUSE.finditer(text, s.start, a))
        owners = subject_before(doc, s, s.start, rep.start(), masks) if rep else []
        return (owners, "possessor") if owners else ([], "none")
    if light is None and text.endswith(("its ", "their ", "own "), max(s.start, a - 10), a):
        said = _SAID_ITS.search(text, max(s.start, a - 40), a)
        if said is not None:
            # "The Ministry of Science and ICT said its own ban on DeepSeek remains in force":
            # the speaker's own measure
            owners = subject_before(doc, s, s.start, said.start(), masks)
            if owners:
                return owners, "possessor"
    if light is None:
        return _measure_as_subject(doc, s, a, b, clause, masks, kind)
    # ("will review DeepSeek and is considering a ban": the auxiliary opens the second predicate)
    second = _SECOND_PREDICATE_OPENING.search(
        text[max(clause.start, light.start() - 40) : light.start()]
    )
    actors = subject_before(doc, s, clause.start, light.start(), masks, first=second is not None)
    if actors:
        return actors, "subject"
    return _implicit_subject(doc, s, clause.start, light.start(), a, clause, masks)


#: A body telling its people that a measure holds, right before the measure's noun: "told
#: employees that the (restriction)", "informing staff that its (ban)".
_TOLD_STAFF_THAT = lazy(
    r"\b(?:told|tells|telling|informed|informs|informing|notified|notifies|notifying|"
    r"reminded|reminds|reminding)[ ](?:(?:its|their|all|government|state|public)[ ]){0,2}"
    r"(?:staff|employees|officials|workers|civil[ ]servants|public[ ]servants|personnel|"
    r"agencies|ministries|departments|members|teachers|doctors)[ ]that[ ]"
    r"(?:the|a|its|their|any)[ ](?:[\w-]+[ ])?$"
)
#: What a measure then holds for: "(a ban) on DeepSeek would also apply to", "(the
#: restriction) covers", "(its ban) extends to".
_MEASURE_APPLIES = lazy(
    r"(?:[ ](?:on|against|of)(?:[ ][\w’'.-]{1,40}){1,4}?)?(?:[ ](?:will|would|now|also|still|"
    r"does|did))*[ ](?:appl(?:y|ies|ied)|covers?|covered|extends?|extended)[ ]"
    r"(?:to|also|only|as[ ]well)\b"
)


#: A firm's warning addressed to the market, up to its "that": "(warned) investors in its
#: annual report that", "(warned) shareholders that".
_INVESTORS_THAT = lazy(
    r"[ ](?:its[ ]|their[ ])?(?:investors|shareholders|analysts|markets|the[ ]market)\b"
    r"[^.;]{0,60}?[ ]that[ ]"
)


def _told_staff_it_applies(
    text: str, s: Sentence, a: int, b: int, clause: Clause
) -> regex.Match[str] | None:
    """Where a body tells its people that the measure at ``a``..``b`` holds ("told employees
    that the restriction on DeepSeek would also apply to ..."), the telling."""
    if "that " not in text[max(s.start, a - 20) : a]:
        return None
    told = _TOLD_STAFF_THAT.search(text, max(s.start, a - 90), a)
    if told is None or _MEASURE_APPLIES.match(text, b, min(clause.end, b + 120)) is None:
        return None
    return told


def _measure_as_subject(
    doc: _Doc,
    s: Sentence,
    a: int,
    b: int,
    clause: Clause,
    masks: Sequence[Mask],
    kind: ActionKind | None,
) -> tuple[list[str], str]:
    """The actor of a measure that is the subject of its own predicate: "a ban on DeepSeek
    took effect in Taiwan's agencies" (the place or body it took effect in or at), "the ban
    was extended to schools" (the agent, or who is known to act from the context)."""
    text = doc.text
    end = min(clause.end, b + 120)
    told = _told_staff_it_applies(text, s, a, b, clause)
    if told is not None:
        # "told employees that the restriction on DeepSeek would also apply to ...": the
        # teller's own measure, stated to its people
        owners = subject_before(doc, s, s.start, told.start(), masks)
        if owners:
            return owners, "subject"
    if text.find(" effect", b, end) < 0 and text.find(" force", b, end) < 0:
        if text.find("ed", b, end) < 0:
            return [], "none"
        widened = _MEASURE_WIDENED.match(text, b, end)
        if widened is None:
            return [], "none"
        agent = _BY_AGENT.match(text, widened.end(), clause.end)
        agents = subject_after(doc, agent.end(), clause.end) if agent is not None else []
        if agents:
            return agents, "agent"
        actors, _how = _agentless(doc, s, a, clause, masks, False, kind, widened.end())
        return actors, "widened"
    effect = _MEASURE_TOOK_EFFECT.match(text, b, end)
    if effect is None:
        return [], "none"
    after = effect.end()
    if text.startswith((" at ", " on "), after):
        # "took effect at midnight (in Ghana)", "took effect at state agencies on Monday (in
        # Ghana)": a time, or the bodies it applies to unnamed, before the place
        skipped = _WHEN_OR_WHERE_UNNAMED.match(text, after, clause.end)
        after = skipped.end() if skipped is not None else after
    places = _place_after(doc, after, clause) or _owner_place_at(doc, after, clause)
    if places:
        return places, "effect"
    site = _body_at(doc, after, clause)
    if site is not None:
        return [site], "effect"
    if text.startswith("In ", s.start):
        fronted = _fronted_place(doc, s.start, a)
        if fronted:
            return fronted, "effect"  # "In Ghana, a ban on DeepSeek took effect at midnight"
    # "Ghana's ministry said a ban on DeepSeek took effect at midnight": the teller's measure
    rep = _last(_THAT_CLAUSE.finditer(text, s.start, a))
    if rep is not None and not rep.group().startswith("reported"):
        reporters = _reporter(doc, s, rep.start(), masks)
        if reporters and not any(
            _OBSERVER_ROLE.search(doc.index.actor(x).role or "") for x in reporters
        ):
            return list(dict.fromkeys(_organisation_of(doc, x) for x in reporters)), "effect"
    return [], "none"


#: A time of day, a weekday or unnamed bodies right after "took effect": " at midnight",
#: " at 6 p.m.", " on Monday", " at state agencies", " at all ministries".
_WHEN_OR_WHERE_UNNAMED = lazy(
    r"(?:[ ](?:at[ ](?:midnight|noon|dawn|\d{1,2}(?:[:.]\d\d)?[ ]?(?:a\.m\.|p\.m\.|am|pm|"
    r"GMT|UTC)?)|on[ ][A-Z][a-z]{2,5}day|(?:at|in|across)[ ](?:all[ ]|the[ ])?(?:[a-z-]+[ ])"
    r"{0,2}?(?:agencies|ministries|departments|offices|institutions|bodies|schools|"
    r"universities|hospitals|workplaces))\b){1,3}"
)
#: A place's possessive after "at" or "in": " at Ghana's (state agencies)".
_AT_OWNER = lazy(r"[ ](?:at|in|across)[ ](?:all[ ])?(?P<place>[A-Z])")


def _owner_place_at(doc: _Doc, b: int, clause: Clause) -> list[str]:
    """The place whose bodies a measure took effect at: " at Ghana's state agencies" (a
    country, region or union before its possessive), or the body it names: " at Kenya's
    Treasury"."""
    at = _AT_OWNER.match(doc.text, b, min(clause.end, b + 12))
    if at is None:
        return []
    place: str | None = None
    owned = -1
    for m in doc.index.mentions_between(at.start("place"), min(clause.end, b + 120)):
        if place is not None:
            # "at Kenya's Treasury": the body the place owns, if it is named right after
            if m.start == owned and doc.index.actor(m.actor).kind not in _NOT_A_SITE:
                return [m.actor]
            break
        if m.start != at.start("place") or doc.text[m.end : m.end + 2] not in POSSESSIVE_S:
            return []
        if doc.index.actor(m.actor).kind not in _PLACE_KINDS:
            return []
        place, owned = m.actor, m.end + 3
    return [place] if place is not None else []


#: A measure's noun phrase then its coming into force: "(a ban) on DeepSeek took effect",
#: "(restrictions) on the app will come into force".
_MEASURE_TOOK_EFFECT = lazy(
    r"(?:[ ](?:on|against|of)(?:[ ][\w’'.-]{1,40}){1,4}?)?(?:[ ](?:has|have|had|will|would|now|"
    r"formally|officially))*[ ](?:took|takes|take|taken|went|goes|go|gone|came|comes|come|"
    r"entered|enters)[ ](?:into[ ])?(?:effect|force)\b"
)


def _coming_into_force(text: str, b: int, end: int) -> bool:
    """Whether a measure's noun phrase ending at ``b`` goes on to its coming into force in the
    present or future: "(law banning it) takes effect on July 1" (not "took effect")."""
    effect = _MEASURE_TOOK_EFFECT.search(text, b, end)
    return effect is not None and _PAST_EFFECT.search(effect.group()) is None


#: A past coming into force: "took effect", "had gone into force", "entered into force".
_PAST_EFFECT = lazy(r"\b(?:took|went|came|entered|has|have|had)\b")


#: A measure's coming into force still to come: "will take effect", "would enter into force".
_WILL_TAKE_EFFECT = lazy(
    r"[ ](?:will|would|is[ ]set[ ]to|are[ ]set[ ]to|is[ ]due[ ]to|are[ ]due[ ]to)[ ]"
    r"(?:take|come|go|enter)[ ]"
)
#: A measure's noun phrase then a passive of its widening: "(the ban) was extended to",
#: "(restrictions) on DeepSeek have since been expanded".
_MEASURE_WIDENED = lazy(
    r"(?:[ ](?:on|against|of)(?:[ ][\w’'.-]{1,40}){1,4}?)?[ ](?:was|were|is|are|has[ ]been|"
    r"have[ ]been|had[ ]been|will[ ]be|would[ ]be|has[ ]since[ ]been|have[ ]since[ ]been)"
    r"(?:[ ](?:later|further|also|then|now|quickly))?[ ](?:extended|expanded|widened|broadened)"
    r"\b"
)


#: What a "by" phrase names when it names no actor: a plural or a description ("by companies
#: in 50 countries", "by the opposition"), not a clause ("by Friday", "by 2026").
_NAMED_BY = lazy(r"(?:the[ ]|some[ ]|many[ ]|several[ ]|other[ ])?[a-z][a-z-]+(?:s|tion)\b")


#: Words before a product that is not taken up: "instead of", "passing over", "bypassing".
_PASSED_OVER = (
    r"instead[ ]of|rather[ ]than|in[ ]place[ ]of|pass(?:ing|ed|es)[ ]over|bypass(?:ing|ed|es)"
)
#: The service named as what is not taken up: "instead of DeepSeek", "rather than R1",
#: "(integrated Qwen,) passing over DeepSeek", "bypassing DeepSeek".
_INSTEAD_OF_TARGET = lazy(
    rf"\b(?:{_PASSED_OVER}|snubb(?:ing|ed))[ ](?:the[ ])?(?:DeepSeek|R1|V3)\b"
)
#: What a product passed over follows: "(integrated DeepSeek,) passing over (Qwen)",
#: "instead of (ChatGPT)", "rather than the (Llama models)".
_PASSED_OVER_BEFORE = lazy(rf"\b(?:{_PASSED_OVER})[ ](?:the[ ]|its[ ]|their[ ])?$")


def _may_pass_over(text: str) -> bool:
    """Whether ``text`` holds a word each of the ``_PASSED_OVER`` phrases needs (a substring
    test that spares most objects the pattern)."""
    return "instead" in text or "rather" in text or "place of" in text or "pass" in text
#: The opening of a relative clause of place: ", where ".
_WHERE_OPENING = lazy(r",?[ ]*where[ ]")
#: A relative clause that reports another's words: "(the minister), who has said (that) (the
#: government is weighing a ban)": the reported clause has a subject of its own.
_WHO_SAID_OPENING = lazy(
    r",?[ ]*(?:who|which)[ ](?:has[ ]|had[ ])?(?:said|says|told[ ][\w ]{1,30}?)[ ](?:that[ ])?"
    r"(?=the[ ])"
)
#: A group no actor names, then a relative pronoun, right before a trigger: "Several
#: ministries that (blocked it)", "agencies which have (banned it)".
_GROUP_THAT_BEFORE = lazy(
    rf"(?i)\b(?:{_BODY_PLURALS}|nations|cities)[ ](?:that|which|who)[ ]"
    r"(?:(?:have|has|had|also|already|since|quickly)[ ]){0,2}$"
)
#: What opens a group's members after it: ", including", ", among them", ", such as".
_MEMBERS_LEAD = r",[ ](?:including|among[ ]them|such[ ]as)[ ]"
#: The members a group names right after the relative clause on it, up to the aside's end:
#: "(Several ministries that blocked it), including the defence and trade ministries, (said)".
_MEMBERS_AFTER = lazy(_MEMBERS_LEAD + r"(?P<list>[^,;:.]{1,80}+)(?=,|[ ](?:—|–|--))")


def _members_of_group(doc: _Doc, s: Sentence, lo: int, a: int) -> list[str]:
    """The members a group names after the relative clause whose verb is at ``a``: "Several
    ministries that blocked it in February, including the defence and trade ministries, said
    ..." (each member blocked it; the group itself names no actor)."""
    text = doc.text
    if _GROUP_THAT_BEFORE.search(text, max(lo, a - 40), a) is None:
        return []
    comma = text.find(", ", a, s.end)
    found = _members_named(doc, _MEMBERS_AFTER.match(text, comma, s.end) if comma >= 0 else None)
    colon = text.find(": ", a, s.end) if not found else -1
    if colon >= 0 and text.find(", ", a, colon) < 0:
        # "Countries that have banned DeepSeek: Australia, Taiwan and South Korea."
        found = _members_named(doc, _COLON_MEMBERS.match(text, colon, s.end))
    return found


def _members_named(doc: _Doc, members: regex.Match[str] | None) -> list[str]:
    """The actors a members phrase (its ``list`` group) names, or none."""
    if members is None:
        return []
    return subject_after(doc, members.start("list"), members.end("list"))


#: A plural of bodies that no name owns right before a relative clause: "(follow) European
#: regulators, which", "other countries that" (not "Japan's ministries, which").
_UNNAMED_ANTECEDENT = lazy(
    r"(?<![’'])(?<!’s)(?<!'s)\b(?:(?:the|other|some|many|several|most|European|Western|"
    r"Asian|foreign)[ ]){1,2}"
    # (with modifiers in lower case: "the state authorities, several of which")
    r"(?:[a-z-]{3,20}[ ]){0,2}?(?:governments|countries|nations|regulators|authorities|"
    r"watchdogs|agencies|ministries|companies|firms|banks|lenders|universities|states)[ ]?,?"
    # (a quantifier may open the relative clause: "..., several of (which)")
    r"(?:[ ](?:several|some|many|most|all|each|both|one|two|three|none|few)[ ]of[ ]?)?$"
)
#: A plural of bodies or people that no actor names: "they" refers to it, not to an actor.
_GENERIC_PLURAL = lazy(
    r"\b(?:agencies|ministries|companies|firms|governments|countries|institutions|"
    r"departments|organi[sz]ations|banks|universities|hospitals|schools|users|employees|"
    r"officials|cities|provinces|operators|carriers|providers|developers|businesses|"
    r"enterprises|startups|start-ups|lawmakers|officers|regulators|authorities|watchdogs|"
    r"commissioners|lenders|insurers|municipalities|councils|states|courts|tribunals|judges|"
    r"prosecutors|automakers|carmakers|brokerages|brokers|manufacturers|retailers|publishers|"
    r"newsrooms|utilities|respondents|executives)\b"
)


def _capability_passive(text: str, s: Sentence, a: int, row: TriggerRow) -> bool:
    """Whether a supportive passive states what can be done, not what was: "its models can
    be deployed locally", "the app could be installed on any phone"."""
    return row.kind.family is Family.SUPPORTIVE and (
        _CAN_BE_BEFORE.search(text, max(s.start, a - 30), a) is not None
    )


_CAN_BE_BEFORE = lazy(r"\b(?:can|could|may|might)[ ](?:also[ ]|easily[ ]|still[ ])?be[ ]$")


#: A body's own staff as a passive's subject, right before its verb: "Microsoft's own
#: employees are (still) not".
_OWN_STAFF_BEFORE = lazy(
    # (or a name as the noun's modifier: "Samsung employees have been barred from ..."; or a
    # place's own bodies: "Japan's ministries and agencies were told not to use it")
    r"(?:(?:’s|'s|(?<=s)[’'])?[ ](?:own[ ])?(?:employees|staff|staffers|workers|personnel)[ ]|"
    r"(?:(?:’s|'s)[ ](?:(?:federal|national|state|central|government|public|provincial|"
    r"local)[ ])?|(?<=[Gg]overnment)[ ])(?:ministries|agencies|departments|institutions)"
    r"(?:[ ](?:and|or)[ ](?:ministries|agencies|departments|institutions))?[ ])"
    r"(?:(?:are|were|is|was|have|has|had|been|will|be|still|now|also)[ ]){1,3}(?:not[ ])?$"
)


#: A bill's noun and its relative "that would" as a clause's opening: "A bill that would
#: (ban)", "Legislation that seeks to (bar)".
_BILL_THAT_WOULD = lazy(
    r"(?i)(?:(?:an?|the)[ ])?(?:[\w-]+[ ]){0,2}?(?:bill|legislation|measure|proposal)[ ]"
    r"(?:that|which)[ ](?:would|will|could|seeks[ ]to|aims[ ]to)[ ]"
)
#: Its passive introduction after the clause: " was introduced in the (Senate)".
_INTRODUCED_IN = lazy(
    r"[ ](?:was|were|has[ ]been|had[ ]been)[ ](?:introduced|filed|tabled|submitted)[ ]"
    r"(?:[\w-]+[ ]){0,3}?in[ ](?:the[ ])?"
)
#: A noun of many before a measure's modifier: "the subject of (government bans)", "a wave
#: of (state restrictions)".
_MANY_MEASURES_BEFORE = lazy(
    r"\b(?:subject|target|wave|spate|string|series|raft|flurry|host|patchwork)[ ]of[ ]"
    r"(?:[\w-]+[ ]){1,2}$"
)


def _agentless(
    doc: _Doc,
    s: Sentence,
    a: int,
    clause: Clause,
    masks: Sequence[Mask],
    quoted: bool,
    kind: ActionKind | None = None,
    b: int | None = None,
) -> tuple[list[str], str]:
    text = doc.text
    if not text[s.start : a].strip(" -•*"):
        # a round-up's label, then its list: "Banned on government devices: Australia,
        # Taiwan, South Korea." (the places listed after the colon are the label's)
        colon = text.find(": ", b or a, min(s.end, (b or a) + 60))
        if colon >= 0 and "," not in text[a:colon]:
            listed = subject_after(doc, colon + 2, s.end)
            if listed:
                return listed, "members"
    owned = _OWN_STAFF_BEFORE.search(text, max(clause.start, a - 60), a) if kind else None
    if owned is not None and kind is not None and kind.family is Family.RESTRICTIVE:
        # "Microsoft's own employees are not allowed to use the app, its president said":
        # the staff's employer bars them, whoever tells it
        for m in reversed(doc.index.mentions_between(max(s.start, owned.start() - 80), a)):
            # (a mention may hold the possessive: "Taiwan's government (agencies)")
            if m.start < owned.start() <= m.end and m.actor != TARGET_ID:
                return [m.actor], "subject"
    # "X stated that the service was suspended", "a notice titled 'DeepSeek is banned'"
    head = text[s.start : a]
    rep = _last(_THAT_CLAUSE.finditer(head))
    if rep is not None and rep.group().startswith("reported"):
        rep = None  # "Bloomberg reported that access was blocked": news of it, not the act
    if rep is not None or quoted:
        hi = rep.start() + s.start if rep is not None else a
        if quoted:
            q = doc.seg.quote_at(a)
            if q is not None:
                hi = min(hi, q.start)
        # "Microsoft President Brad Smith told a hearing that employees were not allowed to
        # use it": the measure is the speaker's organisation's
        reporters = _reporter(doc, s, hi, masks)
        if any(_OBSERVER_ROLE.search(doc.index.actor(x).role or "") for x in reporters):
            return [], "none"  # "an analyst at Kiwoom said the app had been blocked": news of it
        actors = [_organisation_of(doc, x) for x in reporters]
        if actors:
            return list(dict.fromkeys(actors)), "reported"
        implicit = _implicit_subject(doc, s, s.start, hi, a, clause, masks)
        if implicit[0]:
            return implicit
    # "access was cut off at the House of Commons, the Speaker's office said": the body it
    # was done at, whoever tells it
    site = (
        _body_at(doc, b, clause)
        if b is not None and not quoted and kind is not None and kind.family in _SITE_FAMILIES
        else None
    )
    if site is not None:
        return [site], "sites"
    # "DeepSeek has been banned on government devices, the ministry said."
    tail_start = max(a, s.end - 120)
    tail = _ATTRIBUTION_AFTER.search(text, tail_start, s.end)
    if tail is None:
        # "..., the ministry said on Friday, as the regulator looks into ...": before the aside
        aside = _ASIDE_AFTER_ATTRIBUTION.search(text, a, s.end)
        if aside is not None:
            tail = _ATTRIBUTION_AFTER.search(text, max(a, aside.start() - 120), aside.start())
    if tail is not None:
        named = [
            x.actor
            for x in doc.index.mentions_between(tail.start("np"), tail.end("np"))
            if x.via != "modifier"
        ]
        if named:
            return named[:1], "reported"
    if kind in _LOCATED_KINDS and b is not None and not quoted and _located_only(doc, a, b, clause):
        return [], "none"  # "the model is hosted in U.S. data centres": where it runs
    # "DeepSeek has been banned in Italy": the place's own measure
    places = _place_after(doc, b, clause) if b is not None and not quoted else []
    if places:
        return places, "place"
    # "DeepSeek banned on Australian government devices": the government whose devices
    owner = _devices_owner(doc, b, clause) if b is not None and not quoted else None
    if owner is not None:
        return [owner], "place"
    # "In Texas, DeepSeek was banned on state devices", or a round-up's item: "Taiwan:
    # Government agencies were barred from using it", "Texas -- Banned on state devices"
    places = _opening_place(doc, s, a) if b is not None and not quoted else []
    if places:
        return places, "place"
    group = (
        _PEOPLE_IN_PLACE.match(text, s.start, a)
        if not quoted and text.find(" in ", s.start, min(a, s.start + 60)) >= 0
        else None
    )
    if group is not None:
        # "Civil servants in Ghana have been told to stop using it": the place's measure
        places = _places_from(doc, group.end(), a)
        if places:
            return places, "place"
    demonym = _NATIONAL_GROUP.match(text, s.start, a) if not quoted else None
    if demonym is not None and not any(
        m.via not in ("modifier", "description") for m in doc.index.mentions_between(s.start, a)
    ):
        # "Australian public servants have been told to delete it": their country's measure
        country = _country_of_adjective(doc, demonym["adj"])
        if country is not None:
            return [country], "place"
    members = _PEOPLE_OF_BODY.match(text, s.start, a) if not quoted else None
    body = _staff_body(doc, members.start(), members.end(), a) if members is not None else None
    if body is not None:
        # "Members of the Dutch House of Representatives were told not to use it": the
        # measure of the body they belong to
        return [body], "subject"
    # "access has been cut off at four bodies: the Ministry of A; the Ministry of B"
    sites = _bodies_after(doc, a, clause)
    if sites:
        return sites, "sites"
    # "More than 20 BYD models will be equipped with a system powered by DeepSeek": the maker
    # of the products the passive's subject names
    maker = (
        _products_maker(doc, clause, a)
        if kind is not None and kind.family in (Family.SUPPORTIVE,)
        else None
    )
    if maker is not None:
        return [maker], "subject"
    # "Shinhan requires prior approval ..., and therefore access is blocked by default"
    earlier_end = _passive_subject_start(doc, s, a)
    if earlier_end > s.start:
        earlier = [x for x in subject_before(doc, s, s.start, earlier_end, masks) if x != TARGET_ID]
        if earlier:
            return earlier, "context"
    # the actor of the action just stated (same or previous paragraph), or the subject before
    under = rx(
        r"(?i)^(?:under|with|through)[ ](?:it|this|that|these|the[ ](?:[\w-]+[ ]){0,2}?\w+)[ ]?,"
    ).match(s.text)
    # (the target does not restrict, scrutinise or adopt itself in a passive: "... two months
    # after it was suspended" after "DeepSeek's app became available again" names no actor,
    # nor does "companies are racing to put DeepSeek's models to work" after a headline that
    # ends in "embrace DeepSeek")
    on_itself = kind is not None and (
        kind.family in (Family.RESTRICTIVE, Family.SCRUTINY, Family.SUPPORTIVE)
        # ("Japan has been urged to ban DeepSeek" after a sentence about DeepSeek: no one
        # named urges, and the service does not)
        or kind is ActionKind.CALL_FOR
    )
    prev = _previous_action(doc, s)
    if prev is not None and not (on_itself and prev.actor == TARGET_ID):
        return [prev.actor], "instrument" if under else "context"
    subj = [x for x in _previous_subject(doc, s) if not (on_itself and x == TARGET_ID)]
    if subj:
        return subj, "instrument" if under else "context-subject"
    return [], "none"


#: Kinds of act that a body is said to do where it is done "at" it ("was blocked at NASA"),
#: unlike a release ("was unveiled at a conference").
_SITE_FAMILIES = frozenset({Family.RESTRICTIVE, Family.SCRUTINY, Family.SUPPORTIVE})


#: A speaker after the clause it attributes, ending the sentence: ", the ministry said." (not
#: "reported": news of the act, not the act).
#: A subordinate clause after a sentence-final attribution: ", as the regulator looks into".
_ASIDE_AFTER_ATTRIBUTION = lazy(r",[ ](?:as|while|after|amid|because|since|days[ ]after)[ ]")
_ATTRIBUTION_AFTER = lazy(
    r",[ ](?P<np>[^,;“”\"]{2,80}?)[ ](?:said|says|announced|confirmed|stated|ordered|orders|"
    r"directed|instructed)"
    # "in a statement", "at a press briefing": where it was said
    r"(?:[ ](?:in|at|during|via)[ ](?:a|an|the|its|their)[ ](?:[\w-]+[ ]){0,3}?(?:statement|"
    r"briefing|interview|release|notice|conference|post|email|letter|hearing|announcement|"
    r"directive|circular|memo))?"
    r"(?:[ ]on[ ][A-Z][a-z]{2,8}\.?[ ][0-9]{1,2}|[ ]on[ ]\w+|[ ]\w+day|[ ](?:last|this|earlier"
    r"[ ]this)[ ](?:week|month)|[ ]yesterday|[ ]today)?[.!]?[\"”’']?[ ]*$"
)


#: A headline's subject and "to" right before its verb: "India to host ...", "Japan to
#: restrict ...", "Seoul set to ban ..." (the verb is future: planned).
_HEADLINE_TO = lazy(
    r"[^,:;]{2,60}?[ ](?:set[ ])?to[ ]"
    # a light verb before the measure's noun: "Dutch privacy watchdog to launch probe into ..."
    r"(?:(?:launch|open|impose|start|begin|introduce|issue|announce|seek)[ ](?:an?[ ]|new[ ])?)?$"
)
#: A rank before an infinitive, which states what was done: "first state to ban", "the
#: latest country to restrict", "the second government to block".
_RANKED_TO = lazy(
    r"(?i)\b(?:first|second|third|fourth|fifth|latest|newest|last|only|next)[ ]"
    r"(?:[\w-]+[ ]){0,3}?to[ ]$"
)
#: A relative clause in the passive, up to its participle: "that are ", "which had been ".
_RELATIVE_PASSIVE = lazy(
    r"\b(?:that|which)[ ](?:(?:had|has|have|would|will|could|may|might|also|already|now)[ ])*"
    r"(?:is|are|was|were|been|be)[ ](?:[a-z]+ly[ ]|already[ ]|also[ ])?$"
)


def _products_maker(doc: _Doc, clause: Clause, a: int) -> str | None:
    """The one company whose products a passive's subject names before the trigger at ``a``:
    "(More than 20) BYD models (will be equipped)", "Honor's new phones (will be powered)"."""
    lo = max(clause.start, a - 80)
    makers = [
        m
        for m in doc.index.mentions_between(lo, a)
        if m.actor != TARGET_ID
        and doc.index.actor(m.actor).kind in (ActorKind.COMPANY, ActorKind.STATE_ENTERPRISE)
    ]
    if len(makers) != 1:
        return None
    m = makers[0]
    products = _PRODUCTS_THEN_PASSIVE.match(doc.text, m.end, a)
    return m.actor if products is not None else None


#: A maker's products then the passive's auxiliary, up to the trigger: "('s) new models will
#: be", " phones sold in China have been", "'s Yuanbao assistant now (runs on)"; or a product
#: the maker's possessive names, with its common noun or none: "'s HyperOS now (runs on)",
#: "'s Coffee OS (is powered by)", "'s Xingrui model has been deeply (fused with)".
_PRODUCTS_THEN_PASSIVE = lazy(
    r"(?:(?:’s|'s)?[ ](?:[\w-]+[ ]){0,2}?(?:models|cars|vehicles|EVs|phones|smartphones|"
    r"handsets|devices|laptops|PCs|TVs|products|robots|apps|app|assistant|assistants|chatbot|"
    r"engine|platform|platforms|service|services|browser)(?:[ ][\w-]+){0,3}?"
    r"|(?:’s|'s)[ ][A-Z][\w-]*+(?:[ ][A-Z][\w-]*+){0,2}"
    r"(?:[ ](?:model|system|assistant|app|platform|brand|car|phone|chatbot|engine|cockpit))?)"
    r"(?:[ ](?:will|would|could|can|are|were|have|has|had|is|was|be|been|being|now|also|soon|"
    r"[a-z]{2,12}ly))*"
    r"[ ]$"
)


def _passive_subject_start(doc: _Doc, s: Sentence, a: int) -> int:
    """Where the clause of a passive begins: "..., and therefore the access to DeepSeek is
    blocked" -> the offset of "the access" (the earlier clause may name the actor)."""
    text = doc.text
    m = _last(
        rx(
            r",[ ](?:and[ ])?(?:(?:therefore|so|thus|then|now|as[ ]a[ ]result)[ ])?|"
            r"[ ]and[ ](?:therefore[ ])?"
        ).finditer(text, s.start, a)
    )
    return m.start() if m is not None else s.start


def _bodies_after(doc: _Doc, a: int, clause: Clause) -> list[str]:
    """Public bodies or firms listed after an agentless passive as where it applies."""
    text = doc.text
    head = rx(
        r"(?i)[ ](?:at|in|across|by)[ ](?:[\w-]+[ ]){0,4}?(?:bodies|agencies|ministries|"
        r"departments|firms|companies|banks)?[ ]?:?[ ]"
    )
    m = head.search(text, a, min(clause.end, a + 80))
    if m is None:
        return []
    found = []
    for x in doc.index.mentions_between(m.end() - 1, clause.end):
        d = doc.index.actor(x.actor)
        if (
            x.via == "modifier"
            or d.kind in (ActorKind.COUNTRY, ActorKind.PERSON)
            or x.actor == TARGET_ID
        ):
            continue
        found.append(x.actor)
    return list(dict.fromkeys(found)) if len(found) >= 2 else []


_OFFICIALS_OF = lazy(
    r"(?i)\b(?:officials?|spokes(?:person|man|woman)|representatives?|sources?|executives?|staff)"
    r"[ ](?:at|of|for|from|with)[ ]"
)


def _organisation_of(doc: _Doc, actor_id: str) -> str:
    """A person's company where the text names it ("Microsoft President Brad Smith"), else the
    actor itself (a minister's announcement stays the minister's, as annotators record it)."""
    actor = doc.index.actor(actor_id)
    if actor.kind is ActorKind.PERSON and actor.parent is not None:
        parent = doc.index.actor(actor.parent)
        if parent.kind in (ActorKind.COMPANY, ActorKind.STATE_ENTERPRISE):
            return parent.id
    return actor_id


def _reporter(doc: _Doc, s: Sentence, hi: int, masks: Sequence[Mask]) -> list[str]:
    """Who reports the clause after ``hi``: the subject before it, the body its officials
    speak for ("A spokesperson for the ministry said"), or "he"/"she"."""
    text = doc.text
    actors = subject_before(doc, s, s.start, hi, masks)
    if actors:
        return actors
    head = text[s.start : hi]
    spoke = _OFFICIALS_OF.search(head)
    if spoke is not None:
        return [
            x.actor
            for x in doc.index.mentions_between(s.start + spoke.end(), hi)
            if x.via != "modifier"
        ][:1]
    said = rx(r"(?:^|[ ,])(?:he|He|she|She)[ ]+$").search(head)
    if said is not None:
        person = doc.index.last_person(hi)
        return [person] if person else []
    return []


def _previous_action(doc: _Doc, s: Sentence) -> _Found | None:
    for f in reversed(doc.found):
        if f.sentence.paragraph >= s.paragraph - 1 and f.sentence.start <= s.start:
            return f
        break
    return None


#: A trigger that calls for or opposes a measure: "urge", "call on", "ask", "oppose".
_CALLING_AT = lazy(r"(?i)(?:urg|call|ask|press|demand|petition|oppos|reject|criticis|criticiz)")
#: "I" as the subject of the clause that ends before a trigger: "Last week I signed an executive
#: order (banning)", "I have written to the Commerce Secretary (urging)".
_FIRST_PERSON_SUBJECT = lazy(r"(?:^|[ ,])I[ ]+(?:[a-z]+[ ]+){0,5}(?:[A-Z][\w.-]*[ ]+){0,3}$")


def _first_person(doc: _Doc, before: str, a: int) -> list[str]:
    """The author of a signed piece where "I" is the subject ``before`` ends on, outside any
    quotation: "By Glenn Youngkin ... Last week I signed an order banning DeepSeek"."""
    if " I " not in f" {before}" or doc.seg.quote_at(a) is not None:
        return []
    if _FIRST_PERSON_SUBJECT.search(before) is None:
        return []
    author = doc.index.byline_author()
    return [author] if author is not None else []


def _implicit_subject(
    doc: _Doc,
    s: Sentence,
    lo: int,
    hi: int,
    a: int,
    clause: Clause,
    masks: Sequence[Mask],
) -> tuple[list[str], str]:
    text = doc.text
    before = text[lo:hi]
    reported = _last(_THAT_CLAUSE.finditer(text, s.start, hi)) if " of " in before else None
    if reported is not None and _SHARE_SUBJECT.fullmatch(text, reported.end(), hi):
        return [], "none"  # "Netskope said 52 percent of its clients had blocked it": theirs
    # "officials there are weighing" -> the body named before (in this sentence first)
    officials = _OFFICIALS.search(before)
    if officials is not None:
        here = [
            x.actor
            for x in doc.index.mentions_between(s.start, lo + officials.start())
            if x.via != "modifier"
            and doc.index.actor(x.actor).kind is not ActorKind.PERSON
            and x.actor != TARGET_ID
        ]
        if here:
            return here[-1:], "officials"
        prev = _previous_subject(doc, s)
        if prev:
            return prev, "officials"
    # "The regulator had halted downloads while it reviewed the app": the main clause's
    # subject, nearest before the subordinator
    sub = _SUBORDINATE_PRONOUN.search(text, max(s.start, lo - 12), hi)
    if sub is not None:
        main = subject_before(doc, s, s.start, sub.start(), masks)
        if main == [TARGET_ID]:
            # "Canberra banned DeepSeek, just as it banned TikTok": the object is no subject
            main = subject_before(doc, s, s.start, sub.start(), masks, first=True)
        if sub["p"] in ("it", "It"):
            main = [x for x in main if doc.index.actor(x).kind is not ActorKind.PERSON][:1]
        if main:
            return main, "pronoun"
    inst = _INSTRUMENT_SUBJECT.search(before)
    if inst is not None:
        agent = rx(
            r"(?i)\b(?:issued|sent|signed|drafted|published|put[ ]out|circulated|written)[ ]by[ ]|"
            r"\b(?:from|of)[ ]"  # ("the order of Italy's data protection authority that ...")
        ).search(before[inst.start() :])
        if agent is not None:
            at = lo + inst.start() + agent.end()
            found = [x.actor for x in doc.index.mentions_between(at, hi) if x.via != "modifier"][:1]
            if found:
                return found, "instrument"
            if agent.group().endswith("by "):
                return [], "none"  # "A letter signed by 40 academics called for ...": unnamed
    if inst is not None or (_IT_INSTRUMENT.search(before) and _previous_has_instrument(doc, s)):
        last = _previous_action(doc, s)
        if last is not None:
            return [last.actor], "instrument"
        subj = _previous_subject(doc, s)
        if subj:
            return subj, "instrument"
    if rx(r"(?i)\bthe[ ]pair\b|\bthe[ ]two\b|\bboth[ ]lawmakers\b").search(before):
        prev = _previous_subject(doc, s)
        if len(prev) > 1:
            return prev, "pronoun"
    author = _first_person(doc, before, a) if _CALLING_AT.match(doc.text, a) else []
    if author:
        # ("I urge every governor to ban it": a signed piece's call is its author's; what a
        # columnist did with their own phone is no one's measure)
        return author, "pronoun"
    pron = _PRONOUN_SUBJECT.search(before)
    if pron is not None:
        p = pron["p"].lower()
        offset = lo + pron.start("p")
        if p in ("he", "she"):
            person = doc.index.last_person(offset)
            return ([person], "pronoun") if person else ([], "none")
        # "DeepSeek said ... that it was halting": the speaker of the clause around it
        rep = list(_THAT_CLAUSE.finditer(text, s.start, offset))
        if rep:
            # (the speaker stands in the clause of the verb of saying: "The court has issued
            # no guidance, but courts in Shenzhen said they were testing it" names none)
            but = text.rfind(", but ", s.start, rep[-1].start())
            lo_said = but + 6 if but >= 0 else s.start
            if p == "it" and _unnamed_speaker(text, lo_said, rep[-1].start()):
                # "..., and a US security firm said it had dropped the model": no one named
                return [], "none"
            speakers = subject_before(doc, s, lo_said, rep[-1].start(), masks)
            speakers = [
                x for x in speakers if doc.index.actor(x).kind is not ActorKind.PERSON
            ] or speakers
            if speakers:
                return speakers[:1] if p == "it" else speakers, "pronoun"
            unresolved = (
                _UNRESOLVED_BODY.search(text, max(lo_said, rep[-1].start() - 90), rep[-1].start())
                if p == "it"
                else None
            )
            if unresolved is not None:
                # "Chile's digital government secretariat said it would ...": a body no stage
                # resolved speaks of itself; its country acts, or no one (never the body of
                # the sentence before)
                owner = doc.index.last_mention_between(
                    unresolved.start(), unresolved.start("desc")
                )
                if owner is None and text.startswith("In ", s.start):
                    # "In Colombia, the superintendency of industry and commerce said it ..."
                    owner = doc.index.last_mention_between(s.start, unresolved.start())
                    if owner is not None and not text.startswith(", ", owner.end):
                        owner = None
                if owner is not None and doc.index.actor(owner.actor).kind in _PLACE_KINDS:
                    return [owner.actor], "owner"
                return [], "none"
            at_body = (
                _PERSON_AT_BODY.search(text, s.start, rep[-1].start())
                if p == "it" and " the " in text[s.start : rep[-1].start()]
                else None
            )
            if at_body is not None:
                # "A person at the company said it had banned the app": the body the short
                # form names (the one named last, though it did no act)
                body = doc.index.antecedent(at_body["head"].lower(), at_body.start("head"))
                if body is not None:
                    return [body], "pronoun"
            if p == "it" and s.kind is ParagraphKind.BODY:
                # "Nubank, the digital lender, said it was testing ...": a name no earlier
                # stage knew speaks of itself, not the subject of the sentence before
                fresh = _unknown_subject(doc, s, s.start, rep[-1].start())
                if fresh:
                    return [fresh], "new"
        if p == "they" and _GENERIC_PLURAL.search(text, s.start, offset):
            # "at least 7 agencies had reported ... that they had banned it": the plural the
            # sentence names, which is no actor
            return [], "none"
        if offset == s.start and p == "it":
            # "The report recommends ... It also calls on agencies to ...": the study's author
            authors = _study_authors(doc, s)
            if authors is not None:
                return (authors[:1], "pronoun") if authors else ([], "none")
        prev = _previous_subject(doc, s)
        if p == "they":
            prev = [x for x in prev if x != TARGET_ID]  # "they" is never DeepSeek alone
        if rep and prev:
            return prev[:1] if p == "it" else prev, "pronoun"
        if prev:
            if p == "it":
                nonperson = [x for x in prev if doc.index.actor(x).kind is not ActorKind.PERSON]
                return (nonperson[:1] or prev[:1]), "pronoun"
            return prev, "pronoun"
    rep_verbs = list(_THAT_CLAUSE.finditer(text, s.start, hi))
    if (
        rep_verbs
        and not doc.index.mentions_between(rep_verbs[-1].end(), hi)
        and not _OTHER_SUBJECT.fullmatch(text, rep_verbs[-1].end(), hi)
        # "..., its minister said on Monday, even as regulators elsewhere moved to limit it"
        and not subordinate_subject_ends(text[rep_verbs[-1].end() : hi])
    ):
        speakers = _reporter(doc, s, rep_verbs[-1].start(), masks)
        if speakers and _STAFF_SUBJECT.match(text, rep_verbs[-1].end(), hi):
            # "Microsoft President Brad Smith told senators that employees may not use it":
            # the staff's employer, as the passive "were not allowed to" reads
            speakers = list(dict.fromkeys(_organisation_of(doc, x) for x in speakers))
        if speakers:
            return speakers, "reported"
    if _GROUP_SUBJECT.match(before) is not None:
        named = _trailing_members(doc, a, clause)
        if named:
            return named, "members"
    bodies = _UNNAMED_BODIES_BEFORE.search(before)
    if bodies is not None:
        # "In South Korea, several ministries blocked access", "South Korea: Several
        # ministries blocked it": the bodies of the place the sentence opens on; "Government
        # ministries in South Korea blocked it": the place after them
        places = (
            _places_from(doc, lo + bodies.start("place"), lo + bodies.end("place"))
            if bodies["place"]
            else _opening_place(doc, s, a)
        )
        if places:
            return places, "place"
    # "Another city in Jiangsu Province, Suqian, announced ..." / an unknown name as subject
    if s.kind is ParagraphKind.BODY:
        fresh = _unknown_subject(doc, s, lo, hi)
        if fresh:
            return [fresh], "new"
    return [], "none"


#: A clause's whole subject that is a plural of bodies no name gives: "Chinese carmakers
#: have", "More than 100 hospitals across China have", "Several European regulators".
_GROUP_SUBJECT = lazy(
    rf"(?i)[ ]*(?:[\w-]+[ ]){{0,4}}?(?:{_BODY_PLURALS}|operators|carriers|lenders|insurers|"
    r"cities)(?:[ ](?:in|across)[ ][A-Z][\w-]*(?:[ ][A-Z][\w-]*)?)?[ ]"
    r"(?:(?:have|has|had|also|already|quickly|since|now)[ ]){0,2}$"
)
#: The members of a group subject, named at its clause's end: ", including BYD and Geely.",
#: ", such as Ruijin Hospital and West China Hospital".
_TRAILING_MEMBERS = lazy(
    _MEMBERS_LEAD + r"(?P<list>[^,;:]{1,100}?(?:,[ ][^,;:]{1,60}?){0,4})[ ]*(?:[.;]|$)"
)

#: The members a colon lists after the group's clause: ": Australia, Taiwan and South Korea."
_COLON_MEMBERS = lazy(r":[ ](?P<list>[^,;:]{1,100}?(?:,[ ][^,;:]{1,60}?){0,6})[ ]*(?:[.;]|$)")

#: A sentence that names an unnamed group's members after it: "CNNC, Sinopec and China
#: Southern Airlines are among them."
_AMONG_THEM = lazy(r"(?P<list>[^.;:]{1,160}?)[ ](?:are|were)[ ](?:also[ ])?among[ ]them\b")


def _members_next(doc: _Doc, s: Sentence) -> list[str]:
    """The members the next sentence of the paragraph names: "Several state-owned enterprises
    have connected to DeepSeek. CNNC, Sinopec and China Southern Airlines are among them."."""
    sentences = doc.seg.sentences
    if s.index + 1 >= len(sentences) or sentences[s.index + 1].paragraph != s.paragraph:
        return []
    after = sentences[s.index + 1]
    if doc.text.find(" among them", after.start, after.end) < 0:
        return []
    return _members_named(doc, _AMONG_THEM.match(doc.text, after.start, after.end))


def _trailing_members(doc: _Doc, a: int, clause: Clause) -> list[str]:
    """The members an unnamed group subject names at its clause's end: "Chinese carmakers have
    integrated DeepSeek, including BYD and Geely" (each one acts)."""
    found = _members_named(doc, _TRAILING_MEMBERS.search(doc.text, a, clause.end))
    if not found and doc.text.startswith(": ", clause.end):
        # "Several countries have banned the app: Australia, Taiwan and South Korea."
        end = min(len(doc.text), clause.end + 400)
        found = _members_named(doc, _COLON_MEMBERS.match(doc.text, clause.end, end))
    return found


#: Public bodies no name gives, as the subject right before a verb: "several ministries",
#: "two government agencies", "state agencies have", after a fronted place ("In South Korea,
#: government agencies"), or with their place after them ("ministries in South Korea have").
_UNNAMED_BODIES_BEFORE = lazy(
    r"(?i)(?:^|(?<=[,:][ ])|\b(?:several|some|many|most|all|two|three|four|five|other|its|"
    r"the))[ ]?"
    r"(?:(?:government|state|federal|public|central|provincial)[ ])?(?:ministries|agencies|"
    r"departments|bodies|offices)[ ](?:in[ ](?P<place>(?:the[ ])?[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*)"
    r"{0,2})[ ])?(?:(?:have|has|had|also|already|quickly|since)[ ]){0,2}$"
)


def _opening_place(doc: _Doc, s: Sentence, a: int) -> list[str]:
    """The places sentence ``s`` opens on before the trigger at ``a``: "In South Korea, ..."
    or a round-up's label, "South Korea: ...", "Texas -- ..."."""
    fronted = _fronted_place(doc, s.start, a) if doc.text.startswith("In ", s.start) else []
    if fronted:
        return fronted
    label = _PLACE_LABEL.match(doc.text, s.start, a)
    if label is not None:
        return _places_from(doc, label.start("place"), label.end("place"))
    return _asked_place(doc, s)


def _asked_place(doc: _Doc, s: Sentence) -> list[str]:
    """An explainer's answer under its question, a line of its own: "What about South
    Korea?" then "New downloads were suspended on Feb. 15." (the answer's first sentence, or
    its second after a word or two: "No. ..."): the one place the question names."""
    sentences = doc.seg.sentences
    i = s.index - 1
    if i >= 0 and sentences[i].paragraph == s.paragraph:
        if sentences[i].end - sentences[i].start > 24:
            return []
        i -= 1
    if i < 0 or (i > 0 and sentences[i - 1].paragraph == sentences[i].paragraph):
        return []
    q = sentences[i]
    if q.paragraph != s.paragraph - 1 or not doc.text.endswith("?", q.start, q.end):
        return []
    places = {
        m.actor
        for m in doc.index.mentions_between(q.start, q.end)
        if doc.index.actor(m.actor).kind in _PLACE_KINDS
    }
    return list(places) if len(places) == 1 else []


def _attributed_for_group(doc: _Doc, s: Sentence, a: int) -> list[str]:
    """The body a closing attribution names for an act whose subject is a group no actor
    names: a directive to it ("All federal agencies must remove DeepSeek ..., Home Affairs
    ordered", as "Home Affairs ordered that all agencies remove ..." would be) or officials
    acting for that body ("Regulators opened an investigation ..., Ireland's Data Protection
    Commission said"). A person's word names no body: nothing then."""
    text = doc.text
    if text.rfind(",", a, s.end) < 0:
        return []  # (no closing attribution: most sentences)
    directive = (
        _DIRECTIVE_SUBJECT.fullmatch(text, s.start, a)
        if text.endswith(_DIRECTIVE_ENDINGS, s.start, a)
        else None
    )
    if directive is not None and directive["own"] is not None:
        # "Staff can no longer use it": the trigger's own modal states the rule
        own_modal = text.startswith(("can ", "cannot ", "could ", "can't ", "can’t "), a)
        directive = directive if own_modal else None
    if directive is None and not _OFFICIALS_SUBJECT.match(text, s.start, a):
        return []
    tail = _ATTRIBUTION_AFTER.search(text, max(a, s.end - 120), s.end)
    if tail is None:
        return []
    named = [
        x.actor
        for x in doc.index.mentions_between(tail.start("np"), tail.end("np"))
        if x.via != "modifier" and x.actor != TARGET_ID
    ]
    if not named or doc.index.actor(named[0]).kind is ActorKind.PERSON:
        return []
    return named[:1]


#: How a directive's verb phrase ends before its trigger (the cheap test first).
_DIRECTIVE_ENDINGS = (
    " must ", " must not ", " should ", " should not ", " required to ", " ordered to ",
    # a rule stated as what the group may or can do: "Staff may not use", "Employees (can no
    # longer use)" (the trigger holds "can"; a plural's tail, for either case)
    " may ", " may not ", "taff ", "mployees ", "orkers ", "ersonnel ",
)  # fmt: skip
#: A group no actor names, then a directive's modal, up to the trigger: "All federal agencies
#: must", "Government employees should not", "In Japan, all ministries must".
_DIRECTIVE_SUBJECT = lazy(
    r"(?:In[ ][^,]{2,40},[ ])?(?:(?:[Aa]ll|[Ee]very|[Tt]he|[Tt]heir|[Ii]ts)[ ])?(?:[\w-]+[ ]){0,3}?"
    r"(?i:agencies|ministries|departments|employees|officials|staff|servants|users|consumers|"
    r"citizens|residents|people|workers|officers|personnel|schools|universities|bodies|offices|"
    r"institutions|authorities|organisations|organizations|contractors)[ ]"
    # (a place or body they belong to: "Users outside China", "Staff at the ministry")
    r"(?:(?:in|at|outside|inside|across|of|from)[ ](?:[\w.’'-]+[ ]){1,3}?)?"
    r"(?:must|must[ ]not|should|should[ ]not|are[ ]required[ ]to|have[ ]been[ ]ordered[ ]to|"
    r"were[ ]ordered[ ]to|are[ ]ordered[ ]to|may|may[ ]not"
    # (none before a trigger that opens with its own modal: "(Staff) can no longer use")
    r"|(?P<own>))[ ]?"
)
#: Officials no actor names, opening the sentence and acting in its first clause:
#: "Regulators opened", "European privacy regulators agreed to set up", "Officials have
#: blocked" (no comma before the trigger: the attribution closes the sentence).
_OFFICIALS_SUBJECT = lazy(
    r"(?:In[ ][^,]{2,40},[ ])?(?:(?:[Tt]he|[Ss]ome|[Ss]everal)[ ])?(?:[\w-]+[ ]){0,3}?"
    r"(?:[Oo]fficials|[Aa]uthorities|[Rr]egulators|[Ww]atchdogs)[ ][^,;:]{0,80}$"
)


def _study_authors(doc: _Doc, s: Sentence) -> list[str] | None:
    """The authors of the study the sentence before opens with, which a sentence-initial "It"
    refers to ("A report by CSET recommends ... It also calls on ..."; "The study ..." names
    none); None where that sentence opens with no study."""
    if s.index == 0:
        return None
    prev = doc.seg.sentences[s.index - 1]
    if prev.paragraph < s.paragraph - 1:
        return None
    text = doc.text
    study = _STUDY_OPENING.match(text, prev.start, min(prev.end, prev.start + 90))
    if study is None:
        return None
    owners = [
        m.actor
        for m in doc.index.mentions_between(prev.start, study.start("noun"))
        if text.startswith(("’s ", "'s "), m.end)
    ]
    by = _STUDY_BY.match(text, study.end(), min(prev.end, study.end() + 60))
    if by is not None:
        owners += [
            m.actor
            for m in doc.index.mentions_between(by.end() - 4, min(prev.end, by.end() + 90))
            if m.start in (by.end(), by.end() - 4)
        ]
    return [x for x in owners if x != TARGET_ID]


#: A sentence that opens with a study as its subject: "The report", "A new study",
#: "CSET's latest paper", "The 40-page analysis".
_STUDY_OPENING = lazy(
    r"(?:The|A|An|This|That|Its|Their|(?:[A-Z][\w.&-]*[ ]){0,3}[A-Z][\w.&-]*(?:’s|'s))[ ]"
    r"(?:[\w-]+[ ]){0,3}?(?P<noun>report|study|paper|survey|analysis|assessment|audit|brief|"
    r"briefing)\b"
)
#: The author after a study's noun: " by the", " from", " published by", " released by", ",
#: published by".
_STUDY_BY = lazy(
    r"(?:[ ]|,[ ](?=[a-z]+ed[ ]))(?:(?:published|released|written|issued|commissioned)[ ])?"
    r"(?:by|from)[ ]"
    r"(?:the[ ])?"
)


def _previous_has_instrument(doc: _Doc, s: Sentence) -> bool:
    prev = doc.seg.sentences[s.index - 1] if s.index > 0 else None
    if prev is None:
        return False
    return bool(
        rx(
            r"(?i)\b(?:order|notice|directive|memo|email|letter|advisory|guideline|decree|law|"
            r"bill)\b"
        ).search(prev.text)
    )


#: An unnamed person at a body named by its short form, as a reporting verb's subject: "A
#: person at the company (said)", "a source close to the bank", "an executive at the firm".
_PERSON_AT_BODY = lazy(
    r"(?i)\b(?:a|an|one|two|several)[ ](?:[\w-]+[ ]){0,2}?(?:person|people|source|sources|"
    r"official|officials|executive|executives|employee|employees|insider|insiders|spokesperson|"
    r"spokesman|spokeswoman|representative)[ ](?:at|of|for|from|with|close[ ]to|inside|within)"
    r"[ ]the[ ](?P<head>company|firm|bank|lender|carmaker|automaker|insurer|group|"
    r"start-?up|university|hospital|ministry|agency|regulator)[ ](?:[\w-]+[ ]){0,3}$"
)


def _previous_subject(doc: _Doc, s: Sentence) -> list[str]:
    """The actors that were the subject of the nearest earlier sentence (same or previous
    paragraph): the usual antecedent of "it" or "they"."""
    for offset, actors in reversed(doc.subjects):
        if offset < s.start:
            sent = doc.seg.sentence_at(offset)
            if sent is not None and sent.paragraph >= s.paragraph - 1:
                prev = doc.seg.sentences[s.index - 1] if s.index > 0 else None
                if prev is not None and sent.index < prev.index and prev.paragraph == s.paragraph:
                    # "Italy banned it. DeepSeek kept shipping. It released V3.1": the subject
                    # of the sentence right before, though it states no act
                    # (not a speaker's: "The Garante blocked it. DeepSeek said it would
                    # cooperate. It also opened an inquiry": the one who acts goes on)
                    opener = opening_subject(doc, prev)
                    if opener is not None and not _REPORTING_AFTER.match(doc.text, opener.end):
                        return [opener.actor]
                return actors
            break
    # fall back on the first subject-like mention of the previous sentence
    if s.index > 0:
        prev = doc.seg.sentences[s.index - 1]
        if prev.paragraph >= s.paragraph - 1:
            for m in doc.index.mentions_between(prev.start, prev.end):
                if m.via == "modifier":
                    continue
                if in_prepositional_phrase(doc.text, prev.start, m, doc):
                    continue
                return [m.actor]
    return []


#: A verb of saying right after a subject: " said", " has told", " did not respond".
_REPORTING_AFTER = lazy(
    r"[ ](?:(?:has|had|have|also|later|then|separately)[ ])*(?:said|says|told|tells|added|adds|"
    r"noted|declined|did|does|denied|denies|confirmed|confirms|responded|replied|wrote|argued|"
    r"insisted|claimed|stated|announced|called|urged|warned)\b"
)
_NAME_RUN = lazy(
    # (a name that takes "The": "The Mayo Clinic said it ...")
    r"(?:^(?:The[ ](?=[A-Z][\w’'&.+-]*[ ][A-Z]))?|"
    # (a name's lower-case particles: "Banco do Brasil", "Caisse des Dépôts"; an ampersand
    # between names: "Allen & Overy")
    r"(?<=[,;][ ]))(?P<name>[A-Z][\w’'&.+-]*(?:[ ](?:(?:de|do|da|dos|das|del|della|di|du|des|van|"
    r"von|der|den|y|e|&)[ ])?[A-Z][\w’'&.+-]*){0,3})(?P<apposition>,[ ](?:a|"
    # (or a place's possessive: "Safaricom, Kenya's biggest mobile operator,"; or a relative
    # clause: "Rheinmetall, whose chief executive called it a risk,")
    r"an|the|which|whose|[A-Z][\w.-]{0,30}(?:[ ][A-Z][\w.-]{0,30}){0,2}(?:’s|'s))[ ][^,]{1,80},)?"
    r"(?:[ ](?:has|have|had|is|are|was|were|will|would|also|then|now|already|quickly|recently|"
    r"reportedly|itself|first|just|last|separately|similarly|likewise|has[ ]been|had[ ]been|began|"
    r"started)){0,3}[ ]$"
)
_GENERIC_THEN_NAME = lazy(
    r"^(?:(?:[A-Z][a-z]+|the|an?)[ ])?(?P<generic>(?:[a-z-]+[ ]){0,3}(?P<noun>city|county|"
    r"district|province|prefecture|company|firm|startup|start-up|bank|hospital|carmaker|automaker|"
    r"lender|insurer|agency|ministry|"
    r"regulator)(?:[ ][^,]{0,60})?),[ ](?P<name>[A-Z][\w’'&.+-]*(?:[ ][A-Z][\w’'&.+-]*){0,3}),[ ]"
)
#: Capitalised words that do not begin a new actor's name: the actors module's stop words,
#: plural nouns of unnamed subjects, and the target itself.
_NEW_ACTOR_STOP = _STOP_CAPS | frozenset(
    [
        "Agencies",
        "MPs",
        "MEPs",
        "Critics",
        "Activists",
        "Opponents",
        "Supporters",
        "Observers",
        "Researchers",
        "Scientists",
        "Engineers",
        "Employees",
        "Staff",
        "Workers",
        "Consumers",
        "Customers",
        "Parents",
        "Students",
        "Citizens",
        "Residents",
        "Protesters",
        "Protests",
        "Regulators",
        "Skeptics",
        "Sceptics",
        "Rivals",
        "Commentators",
        "Economists",
        "Analysts",
        "Anyone",
        "Everyone",
        "Everybody",
        "Nobody",
        "None",
        "Someone",
        "Somebody",
        "Others",
        "Authorities",
        "Banks",
        "Companies",
        "Countries",
        "DeepSeek",
        "Deepseek",
        "Experts",
        "Firms",
        "Governments",
        "Investors",
        "Lawmakers",
        "Nations",
        "Officials",
        "R1",
        "R2",
        "Users",
        "V3",
        "V4",
        "Senators",
        "Legislators",
        "Representatives",
        "Ministers",
        "Governors",
        "Mayors",
        "Members",
        "Politicians",
        "Diplomats",
        "Executives",
        "Shareholders",
        "Traders",
        "Teachers",
        "Doctors",
        "Developers",
        "Startups",
        "Carmakers",
        "Automakers",
        "Chipmakers",
        "Insurers",
        "Lenders",
        "Operators",
        "Providers",
        "Platforms",
        "Hospitals",
        "Schools",
        "Universities",
        "States",
        "Cities",
        "Provinces",
        "Ministries",
        "Departments",
        "Councils",
        "Democrats",
        "Republicans",
    ]
)
_KIND_OF_NOUN = {
    "city": ActorKind.SUBNATIONAL_GOVERNMENT,
    "county": ActorKind.SUBNATIONAL_GOVERNMENT,
    "district": ActorKind.SUBNATIONAL_GOVERNMENT,
    "province": ActorKind.SUBNATIONAL_GOVERNMENT,
    "prefecture": ActorKind.SUBNATIONAL_GOVERNMENT,
    "hospital": ActorKind.ORGANIZATION,
    "agency": ActorKind.GOVERNMENT_AGENCY,
    "ministry": ActorKind.GOVERNMENT_AGENCY,
    "regulator": ActorKind.REGULATOR,
}


#: Endings of plural nouns for people and bodies ("shoppers", "investors", "economists",
#: "librarians", "merchants", "residents", "trustees", "agencies", "executives"): a single
#: capitalised word that opens a sentence with one of them is such a noun, not a name.
_PEOPLE_PLURAL_ENDINGS = (
    "ers", "ors", "ists", "ians", "ants", "ents", "ees", "ies", "ives", "ics",
)  # fmt: skip


#: An object that is a question: "testing whether ...", "assessing how ...".
_QUESTION_OBJECT = lazy(r"[ ](?:whether|if|how|what|why)\b")
#: A plural verb after a subject: a company takes a singular one ("Zhipu has").
_PLURAL_VERB = lazy(r"[ ](?:(?:also|now|already|quickly|recently)[ ])?(?:have|are|were)\b")


def _unknown_subject(doc: _Doc, s: Sentence, lo: int, hi: int) -> str | None:
    """A proper name in subject position that no earlier stage knew: a company most often."""
    text = doc.text
    segment_text = text[lo:hi]
    g = _GENERIC_THEN_NAME.search(segment_text)
    if g is not None:
        kind = _KIND_OF_NOUN.get(g["noun"], ActorKind.COMPANY)
        name = g["name"]
        country = doc.index.local_country(lo + g.start("name"), lo + g.end("name"))
        return doc.index.new_actor(name, kind, country, name)
    m = _NAME_RUN.search(segment_text)
    if m is None:
        return None
    name = m["name"]
    words = name.split()
    if len(words) > 1 and words[0].endswith(_PLACE_COMPOUND_ENDS):
        words = words[1:]  # "Lagos-based Seamfix": the place locates the firm, and no more
        name = " ".join(words)
    if words[0] in _NEW_ACTOR_STOP or any(w.lower() in ("said", "says") for w in words):
        return None
    if len(words) == 1 and name in _heads():
        return None  # "Police said it had blocked ...": a head word alone names no one
    if words[-1] in ("Store", "AppGallery") and len(words) > 1:
        # "Samsung's Galaxy Store removed the app", "The Apple App Store pulled it": the store's
        # company, named at its start
        for owner in doc.index.mentions_between(lo + m.start("name"), lo + m.end("name")):
            if doc.index.actor(owner.actor).kind is ActorKind.COMPANY:
                return owner.actor
            break
    if words[0].endswith(("ing", "ly")) or words[0].lower() in _cues()["intro"]:
        return None
    if len(words) == 1 and name.endswith("s") and _PLURAL_VERB.match(segment_text, m.end("name")):
        return None  # "Regulators are reviewing it", "Hospitals have deployed it": a plural noun
    if (
        len(words) == 1
        and name.endswith(_PEOPLE_PLURAL_ENDINGS)
        and (lo + m.start("name") == s.start or s.kind is not ParagraphKind.BODY)
    ):
        # "Shoppers banned DeepSeek", "Retailers pulled it": a plural of a common noun of
        # people or bodies, capitalised only as the sentence's (or a headline's) first word
        return None
    lead = segment_text[: m.start("name")]
    if lead.strip(" ,;") not in ("", "The") and not lead.rstrip().endswith((",", ";")):
        return None
    kind = ActorKind.COMPANY
    if m["apposition"] and m["apposition"].startswith((", which ", ", whose ")):
        pass  # a relative clause says what the firm did, not what it is
    elif m["apposition"] and _STATE_OWNED.search(m["apposition"]):
        kind = ActorKind.STATE_ENTERPRISE  # "Petrobras, Brazil's state oil company,"
    elif m["apposition"]:
        noun = rx(
            r"\b(city|county|district|province|prefecture|hospital|agency|ministry|regulator|"
            r"university)\b"
        ).search(m["apposition"])
        if noun:
            kind = _KIND_OF_NOUN.get(noun.group(1), ActorKind.ORGANIZATION)
    # ("FIFA has told staff ...", in a story that names Germany once elsewhere: no country)
    country = _apposition_country(doc, m["apposition"]) or doc.index.local_country(
        lo + m.start("name"), lo + m.end("name")
    )
    return doc.index.new_actor(name, kind, country, name)


#: An apposition that says a company is the state's: "state-owned", "state-run", "state oil".
_STATE_OWNED = lazy(
    r"\bstate(?:-owned|-run|-controlled|-backed)?[ ](?:[a-z-]+[ ]){0,2}?"
    r"(?:company|firm|bank|lender|group|giant|miner|producer|carrier|operator|"
    r"utility|enterprise|insurer|conglomerate)\b"
)
#: A place's possessive opening an apposition: ", Kuwait's (largest telecom group),".
_APPOSITION_OWNER = lazy(
    r",[ ](?P<place>[A-Z][\w.-]{0,30}(?:[ ][A-Z][\w.-]{0,30}){0,2})(?:’s|'s)[ ]"
)


def _apposition_country(doc: _Doc, apposition: str | None) -> str | None:
    """The country of a place whose possessive opens the apposition after a new name ("Zain,
    Kuwait's largest telecom group, ..." is Kuwaiti whatever country the text was about)."""
    owner = _APPOSITION_OWNER.match(apposition) if apposition else None
    if owner is None:
        return None
    for entry in doc.index.gazetteer.lookup(owner["place"]):
        if entry.kind in _PLACE_KINDS and entry.country:
            return entry.country
    return None


# ---------------------------------------------------------------------------------------------
# governors, negation, status
# ---------------------------------------------------------------------------------------------


#: A "that" clause with a modal of its own: "(wanted choice and) that AWS would continue".
_OWN_CLAUSE_MODAL = lazy(
    r"\bthat[ ](?:[\w’'.-]+[ ]){1,4}?(?:would|will|could|can|should|may|might|must)[ ]"
)


#: A subordinate clause's opening after a comma, with no comma after it that would close it
#: as an aside: ", even as (the company continues to)", not ", while (a review runs), to".
_SUBORDINATE_OPENING = lazy(rf",[ ](?:{_CONTRAST_WORDS}|because)[ ][^,]*$")


def _governor(text: str, lo: int, a: int) -> tuple[str, int, int] | None:
    """A command, call or causative verb that governs the trigger: (type, start, end)."""
    window_start = max(lo, a - 160)
    window = text[window_start:a]
    # "told not to use it": the trigger itself carries the "to"
    carries_to = text.startswith(("not to ", "to ", "never to "), a)
    participle = _PARTICIPLE_WORD.match(text[a : a + 20]) is not None
    best = None
    for kind in ("command", "cause"):
        for m in _cue_pattern(kind).finditer(window):
            rest = window[m.end() :]
            # "told its ministries and agencies to hold off" / "prompting the government to"
            if (
                # (an abbreviated month's stop is no boundary: "ordered DeepSeek on Jan. 30 to")
                # (the trigger a few words after its "to": "told NASA staff not to use it, and
                # the Navy warned ..." does not govern "warned")
                (
                    rx(
                        r"[ ](?:(?:[^.;:]|[.](?=[ ][0-9])){0,120}?[ ])?to[ ]"
                        r"(?:[\w’'-]+[ ]){0,3}[ ]?$"
                    ).match(rest + " ")
                    # (not across a clause of its own: "wanted choice and that AWS would
                    # continue to offer ...": the "to" is the modal's)
                    and ("that " not in rest or _OWN_CLAUSE_MODAL.search(rest) is None)
                    # (nor across a subordinate clause with its own subject: "told a hearing
                    # on Thursday, even as the company continues to offer ...")
                    and ("," not in rest or _SUBORDINATE_OPENING.search(rest) is None)
                )
                or (kind == "cause" and rx(r"\bto[ ]").search(rest))
                or (carries_to and not rest.strip(" "))
                or (carries_to and rx(r"[ ](?:[^.;:]|[.](?=[ ][0-9])){0,120}[ ]$").fullmatch(rest))
                # "orders DeepSeek blocked", "ordered the app removed", "wants it pulled"
                or (
                    kind == "command"
                    and m.group().lower().startswith(("order", "want"))
                    and participle
                    and rx(r"[ ][^.;:,]{1,60}[ ]$").fullmatch(rest)
                )
            ) and (best is None or m.start() > best[1] - window_start):
                best = (kind, window_start + m.start(), window_start + m.end())
    if best is not None and best[0] == "command" and text.endswith(" to ", lo, best[1]):
        # "asked the Cabinet Office to tell departments to remove it": the request governs
        # the instruction it asks for
        outer = _governor(text, lo, best[1] - 1)
        if outer is not None and text[outer[1] : outer[2]].lower().startswith(_ASKING):
            return outer
    return best


#: Verbs that ask another to act: the instruction they ask for is theirs to call for.
_ASKING = ("ask", "request", "want")


def _asks_another_body(doc: _Doc, text: str, governor: tuple[str, int, int], a: int) -> bool:
    """ "asked the Garante to investigate" is a call on a body that can act on its own;
    "asked its staff to refrain" is an instruction to the actor's own people."""
    verb = text[governor[1] : governor[2]].lower()
    if not verb.startswith(("ask", "request", "want")):
        return False
    between = text[governor[2] : a]
    if rx(r"[ ](?:its|their|his|her|our)[ ]").match(between):
        return False
    if _ASKED_REFERENT.match(between):
        # "wrote to Apple and Google, asking both companies to remove it": the bodies the
        # clause before named
        s = doc.seg.sentence_at(governor[1])
        lo = s.start if s is not None else max(0, governor[1] - 200)
        before = doc.index.mentions_between(lo, governor[1])
        # "X, which has asked it to investigate": "it" is the body named before X
        skip = 0 if _RELATIVE_BEFORE.search(text, max(lo, governor[1] - 30), governor[1]) else 1
        return any(_other_body(doc, m) for m in before[skip:])
    if _ASKED_BODIES.match(between):
        return True  # "asked regulators to investigate": bodies of their own, though unnamed
    return any(_other_body(doc, m) for m in doc.index.mentions_between(governor[2], a))


#: Bodies asked by their kind alone, which act on their own: "asked regulators to", "asking
#: other governments to", "asked state lawmakers to", "asked app stores to".
_ASKED_BODIES = lazy_re(
    r"[ ](?:the[ ]|other[ ]|all[ ]|federal[ ]|state[ ]|national[ ]|European[ ])*"
    r"(?:regulators|watchdogs|authorities|governments|lawmakers|legislators|"
    # (the stores and platforms that list an app: "asked app stores to delist it")
    r"countries|states|allies|app[ ]stores|app-stores|platforms|tech[ ]companies)[ ]"
    r"(?:to|not[ ]to)[ ]"
)
#: Who is asked, named again by a pronoun or a plural description: "asking them to",
#: "asking both companies to", "asking the two firms to".
_ASKED_REFERENT = lazy_re(
    r"[ ](?:them|it|both(?:[ ](?:companies|firms|groups|platforms))?|the[ ](?:two[ ])?"
    r"(?:companies|firms|platforms|tech[ ]giants))[ ]"
)


def _other_body(doc: _Doc, m: Mention) -> bool:
    """Whether a mention names a body that can act on its own (not a person, not a modifier)."""
    return doc.index.actor(m.actor).kind is not ActorKind.PERSON and m.via != "modifier"


#: A second predicate of a clause's subject that reports: " and said", ", and also announced".
_SUBJECTS_SECOND_REPORT = lazy(
    r",?[ ]and[ ](?:also[ ])?(?:said|says|announced|announces|added|noted|told|confirmed|"
    r"disclosed|revealed)[ ]"
)


def _governed_triggers(text: str, b: int, end: int, later: Sequence[re.Match[str]]) -> list[int]:
    out = []
    for j, m in enumerate(later):  # in text order: stop at the first past the object
        start = m.start()
        if start >= end:
            break
        if b <= start:
            out.append(j)
    return out


def _embedded_warning(
    text: str, b: int, end: int, doc: _Doc, later: Sequence[re.Match[str]]
) -> bool:
    """ "urged people to think carefully" / "urging companies to stay alert": a warning."""
    for m in later:
        start = m.start()
        if start >= end:
            break
        if b <= start:
            row = doc.lexicon.row_for(m)
            return row.kind is ActionKind.WARN
    return bool(
        rx(
            r"(?i)\b(?:caution|careful|carefully|alert|avoid|refrain|not[ ]to[ ]use|"
            r"strengthen[ ](?:data[ ])?security|appropriate[ ]judgment|judge[ ]for[ ]themselves|"
            r"be[ ]vigilant|vigilance|prudent|prudence)\b"
        ).search(text[b:end])
    )


_PUBLIC = lazy(
    r"(?i)^[ ]?(?:(?:all|its|their|the|[A-Z][a-z]+)[ ])?(?:users|people|the[ ]public|public|"
    r"citizens|"
    r"consumers|individuals|residents|parents|students|businesses|companies|employees|staff|"
    r"workers|officials|civil[ ]servants|members[ ]of[ ]the[ ]public|"
    # a professional body's members: "urged doctors not to enter patient records into it"
    r"members|doctors|physicians|clinicians|nurses|lawyers|solicitors|barristers|attorneys|"
    r"accountants|teachers|journalists|investors|clients|customers|patients)\b"
    r"[^.;]{0,40}?\b(?:not[ ]to|to[ ](?:avoid|be|think|stay|exercise|refrain|check|read|take|"
    r"consider|bear|weigh|remain|keep|use[ ]caution))\b"
)


def _addresses_the_public(obj: str) -> bool:
    """ "urged Dutch users not to upload personal data": advice to people is a warning."""
    return _PUBLIC.search(obj[:120]) is not None


#: A relative pronoun right before a verb of asking: "..., which has asked it to ...".
_RELATIVE_BEFORE = lazy(r"\b(?:which|who|that)[ ](?:(?:has|have|had|also)[ ]){0,2}$")


def _politicise(obj: str) -> bool:
    return _POLITICISING.search(obj) is not None


#: What an opposition says a measure does: "politicising trade", "overstretching (generalising)
#: the concept of national security", "discriminatory".
_POLITICISING = lazy(
    r"(?i)politici[sz](?:e|ation|ing)|overextend|overstretch|generali[sz]|discriminat"
)


#: "no plans for now to", "no immediate plans to", "no intention at this stage of": a
#: negation farther from its trigger than two words.
_NO_PLANS = lazy(
    r"[ ](?:(?:immediate|current|concrete|further|firm)[ ])?(?:plans?|intentions?|intent)[ ]"
    r"(?:(?:for[ ]now|at[ ]this[ ]stage|at[ ]present|at[ ]the[ ]moment|currently|yet)[ ])?"
    r"(?:to|of)[ ](?:[a-z-]+[ ]){0,3}$"  # (its verb and article: "to open a formal (inquiry)")
)


#: A capitalised word right before: a negation's word after one is a name's ("Reporters
#: Without Borders", "Doctors Without Borders").
_CAPITALISED_WORD_BEFORE = lazy_re(r"[A-Z][\w’'-]*[ ]$")


def _negated(text: str, lo: int, a: int, row: TriggerRow) -> bool:
    window = _uncontracted(text[max(lo, a - 70) : a])
    phrase = row.phrase.lower()
    hedges: list[tuple[int, int]] | None = None
    for m in _cue_pattern("negation").finditer(window):
        word = m.group().lower()
        if m.group()[0].isupper() and _CAPITALISED_WORD_BEFORE.search(window, 0, m.start()):
            continue  # "Reporters Without Borders urged ...": a word of a name
        if hedges is None:  # read on the first negation: most windows have none
            hedges = [h.span() for h in _cue_pattern("considered").finditer(window)]
        if any(h0 <= m.start() and m.end() <= h1 for h0, h1 in hedges):
            continue  # two negations that hedge: "would not rule out a ban" (considered)
        if word == "not" and ("not" in phrase or "n't" in phrase or "n’t" in phrase):
            continue
        if word == "none" and window.startswith(" other than", m.end()):
            continue  # "none other than Italy blocked it": an emphasis, not a negation
        if (
            word == "no"
            and not rx(r"[ ](?:[a-z-]+[ ]){0,2}$").match(window[m.end() :])
            and not _NO_PLANS.match(window[m.end() :])
        ):
            continue
        if word in ("without", "rather than", "instead of") and len(window) - m.end() > 30:
            continue
        # a negation inside another clause ("..., which has not ...," / "could no longer
        # download it after the regulator had it removed")
        between = window[m.end() :]
        if (
            rx(r"[,;][ ](?:and|but|while)?").search(between)
            # (a verb phrase of its own after "and": "had never used it and would (ban it)")
            or _AND_AUX.search(between)
            or rx(r"\b(?:after|before|when|because|since|as|once|until|while|so)[ ]").search(
                between
            )
            # "refused to suspend the order of Italy's regulator that blocked it": a
            # restrictive clause on a noun states its own act
            or (
                between.endswith(" that ")
                and _NOUN_THEN_THAT.search(between) is not None
                and _PLURAL_BODIES_THAT.search(between) is None
            )
        ) and word not in ("neither", "none of"):
            continue
        return True
    return bool(rx(r"(?i)(?:neither|none of|no[ ])").match(text[lo : lo + 12]))


#: "and", then the auxiliary of a second verb phrase that a negation before it stays out of.
_AND_AUX = lazy(r"[ ](?:and|but)[ ](?:would|will|could|might|has|had|have|is|was)[ ]")
#: A noun and the relative "that" right before a trigger (not a verb of saying or thinking and
#: its "that": "did not say that" keeps the negation).
_NOUN_THEN_THAT = lazy(
    r"[ ](?!(?:say|says|said|saying|think|thinks|thought|believe|believes|believed|claim|claims|"
    r"claimed|confirm|confirms|confirmed|deny|denies|denied|announce|announced|indicate|"
    r"indicated|suggest|suggested|show|showed|shown|mean|means|meant|know|knew|expect|expected|"
    r"ensure|ensured|decide|decided|argue|argued|so|such|now)[ ])[a-z’']{3,}[ ]that[ ]$"
)
#: Bodies no name gives, before that relative "that": their act is no one's, and the negation
#: before them keeps it from the subject ("no plans to follow the countries that banned it").
_PLURAL_BODIES_THAT = lazy(rf"[ ](?:{_BODY_PLURALS}|nations|cities|others)[ ]that[ ]$")
#: A coordinate clause with a named subject of its own: ", and Latvia's ...", ", but Ohio".
_NEW_SUBJECT_CLAUSE = lazy(r",[ ](?:and|but|while|whereas)[ ](?=[A-Z]|the[ ])")
_SUBORDINATOR = lazy(
    r"\b(?:after|before|when|because|since|once|until|while|whereas|although|though|"
    r"even[ ]as|even[ ]though)[ ]"
    # (a phrase of an earlier act: "..., following the state's (ban)", "in line with")
    r"|,[ ](?:following|after|under|amid|in[ ]line[ ]with|in[ ]response[ ]to)[ ]"
)


#: Verbs that instruct those after them: "told (banks) to assess the risks", "asked
#: (lenders) to review", "instructed (agencies) to audit".
_INSTRUCTING = ("told", "tell", "asked", "ask", "instruct", "direct")
#: Unnamed listeners right after an instructing verb: " banks ", " financial institutions ",
#: " all ministries " (not "its agency, AESIA," nor "the PIPC").
_UNNAMED_LISTENERS = lazy(
    # ("licensed firms", "regulated entities": a participle that names a class)
    r"[ ](?:(?:all|other|local|public|financial|state|government|federal|domestic|[a-z]{3,15}ed)"
    r"[ ]){0,2}[a-z-]{3,20}s[ ]to[ ]"
)
#: A wait, then "before" and its gerund or clause right before a trigger: "wait for a
#: security review before (adopting)", "await guidance before they (use)"; or a review under
#: way: "was reviewing the model before (adding it)".
_WAIT_BEFORE = lazy(
    r"\b(?:wait|waits|waiting|await|awaits|awaiting|hold[ ]off|holding[ ]off|"
    r"(?:is|are|was|were)[ ](?:still[ ])?(?:reviewing|testing|evaluating|assessing|vetting|"
    r"studying))\b"
    r"(?:[^.;:]|[.](?=\d)){0,60}?[ ]before[ ](?:(?:they|it|we|staff|employees|agencies)[ ])?$"
)


#: A "let" that opens its clause before the subject of the trigger: an exhortation ("So, by
#: all means, let Washington ban it"), not a permission a subject gives ("the ministry let
#: agencies use it").
_HORTATIVE_LET = lazy(
    r"(?:^|[,;:][ ]|(?<![\w-])(?:[Ss]o|[Tt]hen|[Jj]ust|[Ww]hy[ ]not)[ ])[Ll]et[ ](?!us\b)"
    r"(?:[\w’'.&-]+[ ]){1,6}$"
)


#: A bill, a draft or an Act, as what "would" do something.
_BILL = (
    r"(?i)\b(?:bills?|drafts?|legislation|proposals?|amendments?|measures?|(?-i:Act)|"
    # a bill by its number: "House Bill 1234", "SB 70"
    r"(?-i:(?:House|Senate|Assembly)[ ]Bill[ ]\d+|(?:HB|SB|AB|HF|SF|LB)[ ]?\d+))\b"
)
#: A bill and its "would" a few words on: "a bill that would ban", "the draft, if passed,
#: would".
_BILL_WOULD = lazy(rf"{_BILL}[^.;]{{0,40}}\bwould\b")
#: A bill, its sponsors (abbreviated titles allowed) and a "would" right before the trigger:
#: "A bill introduced in February by Representatives Josh Gottheimer and Darin LaHood would
#: (bar it)", "a measure sponsored by Sens. Maria Cantwell and Ted Cruz would (ban it)".
_BILL_PAST_SPONSORS_WOULD = lazy(
    rf"{_BILL}(?:[^.;]|(?<=\b[A-Z][a-z]{{0,3}})\.){{0,100}}\bwould[ ](?:[a-z]+ly[ ])?"
    # ("would make the governor's ban permanent", "would extend the state's ban")
    r"(?:(?:make|extend|expand|widen|write|codify|keep)[ ](?:[\w’'-]+[ ]){0,3})?$"
)


#: A reporting verb before a reported "could no longer": "said (staff could no longer use)".
_REPORTED_CAN_BEFORE = lazy(r"\b(?:said|told|wrote|announced|informed|notified|warned)\b")
#: Or its attribution after it: "(Staff could no longer access it), the bank said".
_REPORTED_CAN_AFTER = lazy(
    r"(?:[^,.;]{0,60},[ ])?[^,.;]{2,60}?[ ](?:said|says|told|wrote|announced)\b[^,.;]{0,30}[.]"
)


def _status(
    doc: _Doc,
    text: str,
    lo: int,
    a: int,
    b: int,
    obj_end: int,
    row: TriggerRow,
    kind: ActionKind,
) -> Status:
    near = max(lo, a - 40)
    words = text[near:a].lower().split()
    if kind is not ActionKind.LIFT and not _END_FIRST_WORDS.isdisjoint(words):
        ended = _LIFTED_BEFORE.search(text, near, a)
        if ended is not None and _FAILED_BID_BEFORE.search(
            text, max(lo, ended.start() - 140), ended.start()
        ):
            # "dismissed a lawsuit seeking to overturn Montana's ban": the bid's "seeking to"
            # is not the measure's, which stands
            return Status.DONE
    window = _uncontracted(text[max(lo, a - 90) : a])
    waits = (
        kind.family is Family.SUPPORTIVE
        and " before " in window
        and _WAIT_BEFORE.search(window) is not None
    )
    # a modal of an earlier clause is not this one's ("could no longer download it after the
    # regulator had it removed")
    cut = _last(_SUBORDINATOR.finditer(window))
    joined = _last(_NEW_SUBJECT_CLAUSE.finditer(window)) if ", " in window else None
    if joined is not None and (cut is None or joined.end() > cut.end()):
        cut = joined  # "X recommended that ..., and Latvia's chancellery barred it": its own
    if cut is not None and cut.end() < len(window):
        # (a gerund right after it has no subject of its own: "would wait before integrating
        # it" keeps the main clause's modality)
        window = window[cut.end() :]
    second = (
        _PAST_AFTER_MODAL.search(window)
        if window.endswith((" and ", " has ", " have ", " also ", " is ", " are "))
        else None
    )
    if second is not None and (
        _PAST_FINITE_AT.match(text, a, b) is not None
        if second["aux"] is None
        else text.endswith("ing", a, b)
    ):
        # "said it would open an investigation and warned users", "plans to extend it, and is
        # evaluating V3": a verb that the modal cannot govern is its own predicate, done
        window = window[second.end() :]
    # modality nearest the trigger wins; "considered" outranks "planned"
    # ("weighing a policy that would")
    found: set[str] = set()
    for cue in ("considered", "planned", "proposed"):
        for m in _cue_pattern(cue).finditer(window):
            if m.group() == "May":
                continue  # the month ("SEOUL, May 14 -", "In May, Poland banned"), not a modal
            weighed_in = window.startswith((" in,", " in "), m.end())
            if cue == "considered" and weighed_in and m.group().lower().startswith("weigh"):
                continue  # "the ministry also weighed in, saying it opposed ...": it commented
            if (
                m.group().lower() in ("may", "could")
                or (kind is ActionKind.WARN and m.group().lower() == "should")
            ) and (
                m.end() >= len(window) - 1
                and (
                    row.phrase.lower().startswith("not ")
                    or " only " in row.phrase
                    # ("said banks should assess the risks": advice given, done)
                    or (kind is ActionKind.WARN and row.kind is ActionKind.INVESTIGATE)
                )
            ):
                # ("said public authorities should not use the chatbot": advice given, done)
                # "told staff they may not use it", "said it could not be used on agency
                # devices", "agencies could use it only for non-sensitive work": a rule (in
                # reported speech), not a possibility
                continue
            if (
                kind.family is Family.SUPPORTIVE
                and m.group().lower() == "could"
                and _CUSTOMERS_BEFORE.search(window, 0, m.start())
                and _NOW_TO_TRIGGER.fullmatch(window, m.end())
            ):
                # "AWS said customers could deploy R1 through Bedrock": the reported "can"
                # of what a platform now offers, not a possibility
                continue
            if (
                cue == "planned"
                and m.group().lower() in ("plans",)
                and not rx(r"[ ]to\b").match(window[m.end() :])
            ):
                continue
            if cue == "proposed" and m.group().lower() in (
                "act",
                "bill",
                "bills",
                "draft",
                "drafted",
                "legislation",
            ):
                continue
            if (
                cue == "proposed"
                and m.group().lower() == "should"
                and row.phrase.lower().startswith(("not ", "refrain", "avoid", "stop ", "think "))
                and _STAFF_BEFORE.search(window, 0, m.start())
            ):
                # "agencies should not use DeepSeek", "officials should refrain from using it",
                # "staff should think twice before using it": an instruction to staff, given
                continue
            found.add(cue)
    were = text.find("Were ", max(lo, a - 140), a)
    if were >= 0 and _INVERTED_WERE_TO.match(text, were, a):
        # "Were Britain to follow Italy, it would be the first to block it": weighed, as "if
        # Britain were to follow" is
        found.add("considered")
    for cue in ("considered", "planned"):
        # a trigger that holds its own modality: "will use", "plans to use", "considering using"
        if " " in row.phrase and _cue_pattern(cue).search(text, a, b):
            if (
                cue == "considered"
                and row.phrase.startswith("could no longer")
                and (
                    _REPORTED_CAN_BEFORE.search(window)
                    or _REPORTED_CAN_AFTER.match(text, obj_end, min(len(text), obj_end + 130))
                )
            ):
                continue  # "said staff could no longer use it": the reported "can", a rule
            found.add(cue)
    if (
        kind is ActionKind.CALL_FOR
        and "complaint" not in row.phrase  # "filed a complaint" is done, "filed a bill" is not
        and any(
            # (not the law the call is made under: "reported it to Apple under the Digital
            # Services Act")
            not _UNDER_A_LAW.search(text, max(a, a + m.start() - 60), a + m.start())
            for m in rx(r"(?i)\b(?:bill|act|legislation|drafted|filed)\b").finditer(
                text[a : obj_end + 1]
            )
        )
    ):
        return Status.PROPOSED
    if "considered" in found:
        return Status.CONSIDERED
    if "proposed" in found or _HORTATIVE_LET.search(window):
        return Status.PROPOSED  # (and "So let Washington ban the app": the writer's call)
    # a bill or draft that "would" do it (its "would" is the bill's, not a plan)
    if _BILL_WOULD.search(text[max(lo, a - 80) : a]) or _BILL_PAST_SPONSORS_WOULD.search(
        text[max(lo, a - 140) : a]
    ):
        return Status.PROPOSED
    if "planned" in found or (
        row.phrase in _MAKES_ON_IT
        and text[a:b].split(" ", 1)[0].endswith("ing")
        and window.endswith((" is ", " are ", " was ", " were ", " been "))
    ):
        # (and "Shenzhen is developing a DeepSeek-powered hotline": what is still being made is
        # not yet in use)
        return Status.PLANNED
    if waits:
        # "told staff to wait for a security review before adopting it": held off until then
        return Status.CONSIDERED
    return Status.DONE


def _temporary(
    text: str, clause: Clause, a: int, masks: Sequence[Mask] = ()
) -> bool | None:
    """True where the clause of the action at ``a`` says its measure is temporary (not an
    aside on its actor: "the Garante, which temporarily banned ChatGPT in 2023, ...")."""
    for m in _cue_pattern("temporary").finditer(text, clause.start, clause.end):
        aside = mask_at(masks, m.start()) if masks else None
        if aside is not None and aside[2] != "quote" and not aside[0] <= a < aside[1]:
            continue
        if not _names_a_term(text, m, clause.end):
            continue
        if m.start() > a and _NEGATION_BETWEEN.search(text, a, m.start()):
            continue  # "is monitoring it and has no plans to block it for now": not this act's
        said = _SAID_AFTER.search(text, a, m.start()) if m.start() > a else None
        if said is not None and not _MEASURE_NAMED.search(text, said.end(), m.start()):
            continue  # "released V3.2 and said it would keep the old one online until ..."
        return True
    if text.startswith((" while", ", while"), clause.end) and _WHILE_REVIEWED.match(
        text, clause.end, clause.end + 60
    ):
        return True  # "told ministries not to use it while it assesses the risks"
    return None


def _names_a_term(text: str, cue: re.Match[str], end: int) -> bool:
    """Whether a temporary cue ending before ``end`` bounds a measure, not a deadline given
    ("gave the company until April 30 to respond") or a bound that has passed ("until now")."""
    if _DEADLINE_AFTER.match(text, cue.end(), min(end, cue.end() + 40)):
        return False
    return cue.group().lower() != "until" or not _PAST_BOUND.match(text, cue.end(), end)


#: A measure's term after its trigger: "for six months", "for at least 90 days", "for a period
#: of a year" (not "for two years now", which says how long it has lasted).
_FOR_A_TERM = lazy(
    r"\bfor[ ](?:at[ ]least[ ]|up[ ]to[ ]|another[ ]|a[ ]further[ ]|the[ ]next[ ]|"
    r"a[ ]period[ ]of[ ])?(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|eighteen|several|a[ ]few)[ ](?:days?|weeks?|months?|years?)\b(?![ ]now\b)"
)
#: A negated act between a trigger and a temporary cue after it, which the cue qualifies.
_NEGATION_BETWEEN = lazy(r"\b(?:no[ ](?:immediate[ ]|current[ ])?plans?|no[ ]intention|not)[ ]")
#: A review the measure lasts through, in the clause after it: " while it assesses the risks",
#: ", while a review is under way".
_WHILE_REVIEWED = lazy(
    r",?[ ]while[ ](?:it|they|the|a|an|its|their)[ ](?:[\w-]+[ ]){0,2}?"
    r"(?:assess|review|investigat|evaluat|stud|examin|inquir|probe)"
)


#: A second, reported predicate after an action: "... and said it would ...", "..., adding".
_SAID_AFTER = lazy(r"\b(?:and|but)[ ](?:also[ ])?(?:said|says|added|noted)\b|,[ ]adding\b")


#: A bound that has passed, after "until": "until now", "until recently", "until last week".
_PAST_BOUND = lazy(r"[ ](?:now|recently|then|today|yesterday|last|earlier)\b")


#: A deadline after "until": "until April 30 to respond".
_DEADLINE_AFTER = lazy(
    r"[ ](?:[\w.,]+[ ]){1,3}?to[ ](?:respond|reply|answer|comply|explain|provide|submit)\b"
)


# ---------------------------------------------------------------------------------------------
# scope, reasons, targets, date
# ---------------------------------------------------------------------------------------------


#: Actors whose scope phrases read as a body's ("staff" of a ministry: government devices).
_BODY_KINDS = frozenset(
    {
        ActorKind.GOVERNMENT_AGENCY,
        ActorKind.REGULATOR,
        ActorKind.COUNTRY,
        ActorKind.SUBNATIONAL_GOVERNMENT,
        ActorKind.LEGISLATURE,
        ActorKind.PERSON,
        ActorKind.INTERNATIONAL,
    }
)


#: A contrasting clause's opening after a comma: ", even as ", ", while ", ", yet ".
_CONTRAST_OPENING = lazy(rf",[ ](?:{_CONTRAST_WORDS}|yet)[ ]")


def _scope_phrases(doc: _Doc, text: str, clause: Clause, trigger: tuple[int, int]) -> list[str]:
    """The scope phrases of a clause, lower-cased, outside names: read once for all of the
    clause's actors, who then weigh them by their kind (see :func:`_scope`)."""
    out: list[str] = []
    names: list[Mention] | None = None
    lo, hi = clause.start, clause.end
    cut = _CONTRAST_OPENING.search(text, lo, hi) if text.find(", ", lo, hi) >= 0 else None
    if cut is not None:
        # "barred staff from the app, even as it offers R1 on Azure": each side's own scope
        if trigger[0] >= cut.end():
            lo = cut.end()
        elif trigger[1] <= cut.start():
            hi = cut.start()
    for start, after in _phrase_spans("scopes.tsv", "scope", text, lo, hi):
        phrase = text[start:after].lower()
        other = _MEASURE_NOUN_AFTER.match(text, after) if text[after : after + 1] == " " else None
        if other is not None and not trigger[0] <= other.start("noun") < trigger[1]:
            continue  # "ruled out a nationwide ban, and asked ...": another measure's scope
        if text.endswith("not ", 0, start) or text.endswith("not to ", 0, start):
            continue  # "told staff not to download it": what they may not do, no app store
        if names is None:  # most clauses state no scope: read the names only when one does
            names = doc.index.mentions_between(clause.start, clause.end)
        if phrase not in _STORE_NAMES and any(
            x.start <= start and after <= x.end for x in names
        ):
            # "Nuclear" in "Korea Hydro & Nuclear Power" is a name, not a scope (but "on
            # Australian government devices" and "government agencies" run past the name)
            continue
        if _ATTRIBUTION_AFTER.match(text, max(clause.start, start - 2), clause.end):
            continue  # ", officials said.": who speaks, not where the measure applies
        if _describes_a_name(text, max(clause.start, start - 120), start):
            continue  # "DeepSeek, the most downloaded app in the country": what it is
        if (
            phrase in _AUDIENCE_WORDS
            and any(0 <= start - x.end <= 1 for x in names)
            and _PASSIVE_AUX_AT.match(text, after) is None
        ):
            # "Navy officials are reviewing it": the actor's people, as its subject (but
            # "Samsung employees have been barred from it": the ones the measure covers)
            continue
        if phrase in _AUDIENCE_WORDS and _SPEAKERS_VERB_AT.match(text, after):
            continue  # "a move officials described as temporary": who speak of it
        out.append(phrase)
    return out


#: A verb of speaking or knowing right after the people it follows: " described", " said",
#: " familiar with": they tell of the measure, which does not cover them.
_SPEAKERS_VERB_AT = lazy(
    r"[ ](?:(?:have|had|also)[ ])?(?:said|say|says|described|describe|called|call|calls|"
    r"told|tell|confirmed|confirm|declined|briefed|familiar[ ]with|speaking|quoted|cited)\b"
)
#: A passive's auxiliary, then a word that is no gerund: " have been (barred)", " are not
#: (allowed)".
_PASSIVE_AUX_AT = lazy(
    r"[ ](?:are|were|is|was|(?:have|has|had)[ ]been|will[ ]be)[ ](?:still[ ]|now[ ]|also[ ])?"
    r"(?:not[ ])?(?![a-z]+ing\b)[a-z]"
)
#: Scope phrases that name an app store, which a name's mention ("Google Play") still sets.
_STORE_NAMES = frozenset({"google play", "play store", "app store"})
#: A measure's noun right after a scope phrase: "(nationwide) ban", "(statewide) restrictions".
_MEASURE_NOUN_AFTER = lazy(
    r"[ ](?P<noun>bans?|blocks?|restrictions?|prohibitions?|suspensions?|blockades?)\b"
)
#: An appositive that describes a name, up to a scope phrase inside it: "DeepSeek, the
#: chatbot that has climbed the app store charts", "Italy, a country of 59 million people";
#: not one that sums up the measure (", a move covering government devices").
_NAME_BEFORE_COMMA = lazy(r"(?:[A-Z][\w.-]*|app|chatbot|model|service|platform)\Z")
_DESCRIBING_APPOSITIVE = lazy(
    r",[ ](?:the|a|an)[ ]"
    r"(?!(?:[\w-]+[ ])?(?:move|measure|step|decision|ban|order|directive|policy|restriction|"
    r"rule|notice|guidance)\b)[^,;.]*\Z"
)


def _describes_a_name(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` stands in an appositive that describes the name before it ("DeepSeek,
    the most downloaded app in the country"), not in a clause whose subject it opens ("In
    South Korea, the authorities suspended new downloads")."""
    comma = text.rfind(", ", lo, at)  # (an appositive runs to ``at`` with no comma inside)
    if comma < 0:
        return False
    m = _DESCRIBING_APPOSITIVE.match(text, comma, at)
    if m is None or not _NAME_BEFORE_COMMA.search(text, max(lo, comma - 30), comma):
        return False
    head = _RELATIVE_WORD.split(m.group(), maxsplit=1)[0]
    return _FINITE_VERB.search(head) is None


#: A relative pronoun, where an appositive's own clause begins ("the chatbot that has ...").
_RELATIVE_WORD = lazy(r"[ ](?:that|which|who|whose)[ ]")
#: A finite verb, which a describing noun phrase lacks ("the authorities suspended").
_FINITE_VERB = lazy(
    r"\b(?:(?<!\b(?:most|least|widely|the|a|an)[ ])[a-z]{3,}ed|"
    r"has|have|had|is|are|was|were|will|would|said|says)\b"
)


def _nation_addressed(doc: _Doc, text: str, clause: Clause) -> bool:
    """Whether a clause names a nation's people ("cautioned Kenyans against ..."), whom a
    warning addresses as it does "people"."""
    return any(
        doc.index.gazetteer.country_for_adjective(people.group()[:-1]) is not None
        for people in _CAPITAL_PLURAL.finditer(text, clause.start, clause.end)
    )


#: A capitalised plural, a nation's people where its singular is a nationality ("Kenyans").
_CAPITAL_PLURAL = lazy(r"(?<![\w-])[A-Z][a-z]{2,15}(?:an|ian|ino|ean)s(?![\w-])")


#: Scope words that name people, which count only as the measure's audience, not as part of
#: the actor's own name before a verb ("Navy officials", "Kakao employees").
_AUDIENCE_WORDS = frozenset(["officials", "staff", "employees", "workers", "officers"])


def _scope(
    doc: _Doc, phrases: Sequence[str], actor: str, action: ActionKind | None = None
) -> frozenset[Scope]:
    """What an action of ``actor`` covers, from its clause's scope phrases."""
    if not phrases:
        return _NO_SCOPE
    _pattern, table = _phrase_table("scopes.tsv", "scope")
    is_body = doc.index.actor(actor).kind in _BODY_KINDS
    out: set[Scope] = set()
    store = False  # "downloading": the stores' listing, unless devices are named beside it
    for phrase in phrases:
        for value, who in table.get(phrase, []):
            if (who == "body" and not is_body) or (who == "firm" and is_body):
                continue
            if who == "store":
                store = True
                continue
            if who == "warn" and action is not ActionKind.WARN:
                continue  # "warned users": the public; "users' data": no scope
            if who == "firm" and action is ActionKind.INTEGRATE:
                continue  # "preinstall it on its PCs", "its network business": its products
            if value == _NOT_A_SCOPE:
                continue  # "across the country's ministries": the longer phrase names none
            if value == "nationwide" and action in _NOT_NATIONWIDE_KINDS:
                # "deployed it to answer questions from the public": whom it serves; "an
                # inquiry into whether it misled consumers": whom the inquiry is about
                continue
            out.add(Scope(value))
    if Scope.GOVERNMENT_DEVICES in out and Scope.WORK_USE in out and is_body:
        out.discard(Scope.WORK_USE)
    if store and not out & _DEVICE_SCOPES:
        out.add(Scope.APP_STORE)
    return _shared(frozenset(out))


_NO_SCOPE: frozenset[Scope] = frozenset()
#: Scopes of the devices a use is barred on: "downloading it on official phones" names them.
_DEVICE_SCOPES = frozenset({Scope.GOVERNMENT_DEVICES, Scope.WORK_USE})
#: Kinds whose "public", "all users" or "consumers" are those served, not a national scope.
_SERVING_KINDS = frozenset(
    {ActionKind.ADOPT, ActionKind.INTEGRATE, ActionKind.PARTNER, ActionKind.RELEASE}
)
#: Kinds whose "public" or "consumers" is never a national scope: those served, and those an
#: inquiry or a question is about.
_NOT_NATIONWIDE_KINDS = _SERVING_KINDS | {ActionKind.INVESTIGATE, ActionKind.REQUEST_INFORMATION}
_NATIONWIDE = frozenset({Scope.NATIONWIDE})
#: Measures that, put "in" the actor's own country, cover all of it.
_COUNTRYWIDE_KINDS = frozenset(
    {ActionKind.BLOCK, ActionKind.BAN, ActionKind.SUSPEND, ActionKind.RESTRICT}
)


def _in_own_country(doc: _Doc, a: int, b: int, actor: str) -> bool:
    """Whether ``text[a:b]`` puts the measure "in" the national actor's own country, by name:
    "block its app in Italy" of Italy's regulator (not "in Texas", a state within it)."""
    text = doc.text
    if text.find(" in ", a, b) < 0:
        return False
    index = doc.index
    own = index.actor(actor)
    if own.country is None or own.kind not in _NATIONAL_KINDS:
        return False
    for m in index.mentions_between(a, b):
        place = index.actor(m.actor)
        if (
            place.kind is ActorKind.COUNTRY
            and place.country == own.country
            and (text.endswith(" in ", 0, m.start) or text.endswith(" in the ", 0, m.start))
        ):
            return True
    return False


#: Actors whose measure "in" their country covers the whole of it.
_NATIONAL_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.REGULATOR, ActorKind.GOVERNMENT_AGENCY})
#: The scope of a ``scopes.tsv`` row whose phrase names none ("across the country's").
_NOT_A_SCOPE = "-"
_APP_STORE = frozenset({Scope.APP_STORE})
#: A gapped trigger that names the store it removes the app from ("pulled ... from ...
#: stores", "removed ... from Google Play") or the stores' operators ("reported ... to
#: Apple"): it states the scope itself.
_STORE_TRIGGER = lazy_re(
    r"(?i)\b(?:stores?|google[ ]play|marketplaces?|to[ ]apple|to[ ]google)$"
)


#: One frozenset per distinct set of scopes or reasons: a long document states the same few
#: combinations for thousands of drafts. Bounded by the two closed vocabularies.
_SHARED: dict[frozenset[Scope] | frozenset[Reason], frozenset[Scope] | frozenset[Reason]] = {}


@overload
def _shared(values: frozenset[Scope]) -> frozenset[Scope]: ...
@overload
def _shared(values: frozenset[Reason]) -> frozenset[Reason]: ...
def _shared(values: frozenset[Scope] | frozenset[Reason]) -> frozenset[Scope] | frozenset[Reason]:
    """The one shared frozenset equal to ``values``."""
    return _SHARED.setdefault(values, values)


def _reasons(doc: _Doc, start: int, end: int) -> frozenset[Reason]:
    """The reasons stated in ``doc.text[start:end]``, outside the names of actors: a body's
    name states no reason ("the Federal Office for Information Security warned ...").

    Cached by the text read, names blanked, so one sentence serves many actions and no
    document is kept alive by the cache."""
    known = doc.reasons_read.get((start, end))
    if known is not None:
        return known
    text = doc.text
    part = text[start:end]
    if not _reasons_in(part):
        return _NO_REASONS  # most sentences state none, names or not: no need to blank them
    names = [
        m
        for m in doc.index.mentions_between(start, end)
        if m.end - m.start > 3
        and m.via in _NAMED_VIA
        # (places keep theirs: "servers in China" states a reason with the place's name in it)
        and doc.index.actor(m.actor).kind not in _PLACE_KINDS
    ]
    if names:
        pieces: list[str] = []
        at = start
        for m in names:
            if m.start < at:
                continue
            pieces += [text[at : m.start], " " * (m.end - m.start)]
            at = m.end
        part = "".join(pieces) + text[at:end]
    found = doc.reasons_read[(start, end)] = _reasons_in(part)
    return found


def _own_part(doc: _Doc, s: Sentence, a: int, actors: Sequence[str]) -> tuple[int, int]:
    """The part of sentence ``s`` that the action at ``a`` owns, for its date, scope and
    reasons: the sentence less a coordinate clause before or after it whose subject is another
    body ("X warned that the app may send personal data to China, while Y banned soldiers
    from using it": Y's ban states no reason; "Italy banned it over privacy concerns, and
    Germany's BSI warned users": the warning neither). A closing attribution (", the
    ministry said, citing ...") has no conjunction and stays the action's."""
    lo, hi = s.start, _before_comparison(doc.text, a, s.end)
    for start, end, subject in _coordinations(doc, s):
        if start < a < end:
            continue
        if end <= a:
            lo = end
        elif subject not in actors:
            # (a later clause of the action's own actor goes on about it: ", and the
            # authority said the move protects users' data")
            hi = start
            break
    return lo, hi


def _coordinations(doc: _Doc, s: Sentence) -> list[tuple[int, int, str]]:
    """Where in sentence ``s`` a coordinate clause with a subject of its own opens: the
    conjunction's offsets and the subject's actor (cached per sentence)."""
    known = doc.coordinations.get(s.start)
    if known is not None:
        return known
    text = doc.text
    out: list[tuple[int, int, str]] = []
    start, end = s.start, s.end
    if any(text.find(c, start, end) >= 0 for c in _COORDINATION_WORDS):
        for m in _COORDINATION.finditer(text, start, end):
            if not (text[m.end() : m.end() + 1].isupper() or text.startswith("the ", m.end())):
                continue  # (a subject opens with a capital or "the": the cheap test first)
            if text[m.start()] == " " and m.group() == " and ":
                # a bare "and" joins clauses only after a predicate's last word, not after a
                # name it lists ("Italy and Ireland banned it"; "Italy blocked DeepSeek in
                # January and Ireland opened an inquiry": two clauses)
                last = doc.index.last_mention_between(max(s.start, m.start() - 80), m.start())
                if last is not None and last.end == m.start() and last.actor != TARGET_ID:
                    continue
            after = doc.index.mentions_between(m.end(), min(s.end, m.end() + 60))
            subject = next((x for x in after if x.via != "modifier"), None)
            first = after[0] if after else None
            owner = first if first and text[first.end : first.end + 2] in POSSESSIVE_S else None
            if (
                owner is not None
                and _SUBJECT_LEAD.fullmatch(text, m.end(), owner.start) is not None
                and _OWNED_NOUN_SUBJECT.match(text, owner.end, min(s.end, owner.end + 60))
            ):
                # the owner of the subject's noun: ", and Taiwan's ban on ... took effect"
                out.append((m.start(), m.end(), owner.actor))
            elif (
                subject is not None
                and _SUBJECT_LEAD.fullmatch(text, m.end(), subject.start) is not None
                and _FINITE_AFTER.match(text, subject.end, min(s.end, subject.end + 130))
            ):
                out.append((m.start(), m.end(), subject.actor))
    doc.coordinations[s.start] = out
    return out


#: The literal openings of :data:`_COORDINATION`, tested first.
_COORDINATION_WORDS = (" and ", " while ", ", as ", ", but ", "; ", " whereas ")
#: Where a coordinate clause may open: ", and ", ", while ", ", as ", ", but ", "; ", and a
#: bare " and " (after a predicate, see _coordinations).
_COORDINATION = lazy(r",[ ](?:and|while|as|but|whereas)[ ]|;[ ]|[ ](?:while|whereas|and)[ ]")
#: The words before a clause's subject: nothing, "the", or a title or modifier ("Germany's").
_SUBJECT_LEAD = lazy(r"(?:the[ ]|[A-Z][\w’'.-]*[ ]){0,3}")
#: A finite verb soon after a clause's subject: "... banned", "... has also warned".
_FINITE_AFTER = lazy(
    # (past an appositive or a relative clause: "while Kakao, the operator of the biggest
    # messaging app, told", "and Baidu, which competes with DeepSeek, said")
    r"(?:,[ ](?:the|a|an|its|their|which|who)[ ][^,;]{1,80}+,)?"
    r"(?:[’']s)?(?:[ ][A-Z][\w.-]*){0,3}(?:[ ](?:also|has|have|had|is|was|will|would|on|"
    r"last|this|then|now|later|soon|[a-z]{3,}ly|[A-Z][a-z]+day))*[ ](?:[a-z]{3,}ed|said|says|"
    r"cut|put|began|told|"
    r"urges|warns|bans|blocks|has|have|had|is|was|will|would|"
    # the present of a round-up or a year in review: "and South Korea suspends new downloads"
    r"suspends|restricts|limits|bars|prohibits|removes|halts|pauses|lifts|orders|opens|"
    r"launches|adopts|deploys|integrates|releases|follows|joins|issues|asks|tells|calls|"
    r"plans|moves|announces|investigates|probes)\b"
)

#: A noun phrase its subject owns, then a finite verb: "(, and New York)'s ban on state
#: networks remains (in effect)".
_OWNED_NOUN_SUBJECT = lazy(
    r"[’']s[ ](?:[\w-]+[ ]){1,6}?(?:remains|remained|stays|stayed|is|was|has|had|covers|"
    r"covered|applies|applied|took|takes|will|would)\b"
)


_NO_REASONS: frozenset[Reason] = frozenset()
#: How a mention names its actor outright (not a description such as "the privacy
#: watchdog", whose words may state the body's concern).
_NAMED_VIA = frozenset(["name", "pattern", "acronym", "capital"])


#: The reason of a ``reasons.tsv`` row whose phrase states none ("Security Council"): the
#: longer phrase takes the match from the reason word inside it.
_NOT_A_REASON = "-"


#: The rest of a capitalised word that a reason's stem begins, where the word is a name: it
#: goes on to another capital ("CyberCX") or to a capitalised word ("Costa Rica").
_PROPER_NAME_REST = lazy(r"\w*[A-Z]|\w+[ ][A-Z]")


@functools.lru_cache(maxsize=256)
def _reasons_in(sentence: str) -> frozenset[Reason]:
    table = _phrase_table("reasons.tsv", "reason")[1]
    out: set[Reason] = set()
    national: list[tuple[int, int]] = []
    for start, end in _phrase_spans("reasons.tsv", "reason", sentence):
        phrase = sentence[start:end].lower()
        if phrase[:1] != sentence[start : start + 1] and _PROPER_NAME_REST.match(sentence, end):
            continue  # the start of a name: "Costa Rica" (cost), "CyberCX" (cyber)
        for value, _who in table.get(phrase, []):
            if value == _NOT_A_REASON:
                continue
            if value == "security" and any(x <= start < y for x, y in national):
                continue
            if value == "national_security":
                national.append((start, end))
            out.add(Reason(value))
    return _shared(frozenset(out))


_OBJECT_STOP = lazy(
    # (a colon or a semicolon ends it too: "offered a larger estimate: it said DeepSeek ...")
    r"(?i)[:;][ ]|[ ](?:in|on|for|with|to|from|by|at|across|into|inside|alongside|through|"
    r"via|over|under|after|before|during|since|until|because|due|as|while|and|but|which|that|"
    # a participle that opens what the object says: "a report calling DeepSeek a threat"
    r"calling|saying|urging|accusing|describing|detailing|claiming|alleging|labell?ing)[ ]"
)


#: A call not to restrict: "(urged the government) not to block DeepSeek", "against banning".
_URGED_NOT_TO_RESTRICT = lazy(
    r"(?i)\b(?:not[ ]to|against)[ ](?:ban|block|restrict|suspend|prohibit|bar|outlaw|"
    r"banning|blocking|restricting|suspending|prohibiting|barring)\b"
)


def _object_ok(
    doc: _Doc, text: str, row: TriggerRow, clause: Clause, a: int, b: int, obj: str
) -> bool:
    """Whether a trigger that needs an AI product (or, for a release, a product of the
    actor's own) has one: as its object, in its own words ("uses the model"), or as the
    subject of a passive or intransitive use ("R1 was now running on ...")."""
    test = _OWN_PRODUCT.search if row.object == "own" else (lambda t: _has_ai_object(doc, t))
    gap = text[a:b]
    if row.gapped or (row.object == "ai" and _has_ai_object(doc, gap)):
        if row.gapped:
            # the gap without the trigger's first word: "wired it into" holds "it into"
            inner = gap.split(" ", 1)[-1]
            return bool(test(inner + " " + _first_words(obj, 6))) if row.object == "ai" else True
        return True
    if row.phrase.endswith(" be avoided"):
        # what is to be avoided stands before it: "the use of DeepSeek should be avoided" (not
        # "delays should be avoided when deploying DeepSeek")
        return bool(test(_last_words(text[clause.start : a], 12)))
    if row.kind in (ActionKind.ADOPT, ActionKind.INTEGRATE, ActionKind.PARTNER, ActionKind.RELEASE):
        window = _direct_object(obj)
    else:
        window = _first_words(obj, 10)
        kept = _FROM_GERUND.search(obj, 0, 200) if " from " in obj[:200] else None
        if kept is not None:
            # "barred civil servants, soldiers and staff of utilities from installing it": the
            # product after a long list of the people kept from it
            window = obj[kept.start() : kept.end()] + _first_words(obj[kept.end() :], 6)
    if test(window) if row.object == "ai" else _OWN_PRODUCT.search(window or obj[:90]):
        return True  # (a release's product is its direct object: not "a notice ... DeepSeek")
    before = text[clause.start : a]
    if row.form == "noun" and row.object == "ai" and test(_last_words(before, 2)):
        return True  # "weighs DeepSeek curbs": the product named right before the noun
    # "... was released by", or the reduced "the model (LLM) released by LG's lab"
    passive_like = (
        _BE_AUX.search(before[-40:]) is not None
        or text.startswith(" by ", b)
        or _PASSIVE_PHRASE.search(row.phrase) is not None
    )
    if passive_like and test(_last_words(before, 12)):
        return True
    if passive_like and doc.about_deepseek and _DOWNLOADS_SUBJECT.search(before[-50:]):
        return True  # "new downloads have been paused since ...": the app's, as in the active
    item = (
        doc.seg.sentence_at(a)
        if doc.about_deepseek and _PARTICIPLE_WORD.match(gap) is not None
        else None
    )
    if (
        item is not None
        and _PLACE_LABEL.match(text, item.start, a) is not None
        and _BARE_PARTICIPLE_LEAD.fullmatch(text, item.start, a) is not None
    ):
        return True  # a round-up's item: "Australia: removed from federal devices", the app
    if (
        row.object == "own"
        and text.endswith(", ", 0, a)
        and _PARTICIPLE_WORD.match(gap) is not None
        and _OWN_PRODUCT.search(_last_words(text[max(0, a - 80) : a - 2], 4))
    ):
        return True  # a reduced relative: "DeepSeek's R1 model, released on Jan. 20, ..."
    # "ordered DeepSeek removed from ...", "had the app taken down": the object stands between
    # the command and the participle
    complement = _ORDERED_OBJECT.search(before[-80:])
    return complement is not None and bool(test(complement["np"]))


_ORDERED_OBJECT = lazy(
    r"\b(?:order(?:ed|s)?|want(?:ed|s)?|had|has|have|got|gets|get)[ ]"
    # (not "ordered the company to delete the data": "to" opens a verb with its own object)
    r"(?P<np>(?:(?!to[ ])[\w’'.-]+[ ]){1,4})$"
)


def _direct_object(obj: str) -> str:
    """The words after a verb up to the first preposition or conjunction: its object (through
    "access to", "the use of", "employees from using": "limited access to the service", and
    "powered by", "built on": "testing a search function powered by DeepSeek")."""
    head = _first_words(obj, 10)
    pos = 1
    while True:
        m = _OBJECT_STOP.search(head, pos)
        if m is None:
            return head
        if rx(
            r"(?i)(?:access|use|usage|using|downloads?|connections?|staff|employees|workers|"
            # "a search function powered by DeepSeek", "an assistant built on R1"
            r"officials|powered|driven|built|based|running|trained|underpinned)$"
        ).search(head[: m.start()].rstrip()):
            pos = m.end() - 1
            continue
        return head[: m.start()]


def _last(matches: Iterable[regex.Match[str]]) -> regex.Match[str] | None:
    """The last of an iterator of matches, or None."""
    last = None
    for last in matches:  # noqa: B007 - only the final binding is wanted
        pass
    return last


def _last_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[-n:])


def _first_words(text: str, n: int) -> str:
    m = rx(rf"(?:\W*[\w’'.+-]+){{0,{n}}}").match(text)
    return m.group() if m else text[:80]


def _has_ai_object(doc: _Doc, obj: str) -> bool:
    """Whether ``obj`` names an AI product; "it" or "them" counts only as the object itself
    ("delete it", "wired it into"), not inside a clause ("delete data it had sent abroad")."""
    head = obj[:160]
    m = _AI_TERM.search(head)
    while m is not None:
        if m.group() in ("apps", "software") and _UNVETTED_BEFORE.search(head, 0, m.start()):
            pass  # "barred staff from installing unapproved apps": a general rule, no product
        elif m.group() not in ("it", "them"):
            return True
        if doc.about_deepseek and _PRONOUN_OBJECT.fullmatch(obj, 0, m.start()):
            return True
        m = _AI_TERM.search(head, m.end())
    # "has written to the company asking ...": the article's company, as its object
    return doc.about_deepseek and _TARGET_DESCRIBED.match(obj) is not None


#: The gerund a restriction keeps people from: " from installing", " from using".
_FROM_GERUND = lazy(r"[ ]from[ ][a-z]{3,15}ing[ ]")
#: What makes "apps" or "software" any unvetted kind, not a product: "unapproved apps".
_UNVETTED_BEFORE = lazy(
    r"\b(?:unapproved|unauthori[sz]ed|non-approved|unvetted|unlicensed|unsanctioned|"
    r"non-work|third-party)[ ]$"
)


#: The article's company named by a description, as a trigger's object: "to the company",
#: "the Chinese start-up"; or its app's downloads ("allowed new downloads to resume").
_TARGET_DESCRIBED = lazy(
    r"[ ]*(?:(?:to|with|on|from|against|into|how|whether|what|why)[ ])?(?:the|its)[ ]"
    r"(?:Chinese[ ]|AI[ ]|Hangzhou-based[ ])?"
    r"(?:company|firm|start-?up|developer|operator)\b|"
    r"[ ]*(?:new[ ])?(?:downloads|installations|installs|sign-?ups)\b"
)


#: The article's app's downloads as a passive's subject, right before its auxiliaries: "new
#: downloads have been (paused)", "Downloads were (halted)".
_DOWNLOADS_SUBJECT = lazy(
    r"(?i)\b(?:new[ ])?(?:downloads|installations|installs|sign-?ups)[ ](?:[a-z]+[ ]){1,3}$"
)


#: What may stand before a pronoun that is a trigger's object: nothing, a preposition, or a
#: verb of use after the people it is kept from ("barred staff from using it").
_PRONOUN_OBJECT = lazy(
    r"[ ]*(?:(?:of|to|on|from|into|with|for|access[ ]to)[ ]|(?:[\w’'-]+[ ]){0,8}?(?:from[ ])?"
    r"(?:using|use|accessing|access|installing|install|downloading|download)[ ])?"
)


#: An unnamed speaker right before a verb of saying: "(, and) a US cybersecurity firm ".
_INDEFINITE_SPEAKER = lazy(
    r"(?i)\b(?:a|an|another|one)[ ](?:(?!(?:at|of|in|from|with|for|to|on)[ ])[\w-]+[ ]){0,3}?"
    r"(?:firm|company|startup|start-up|bank|lender|group|provider|maker|developer|agency|"
    r"ministry|insurer|operator|retailer|platform)[ ]$"
)


#: A public body described in lower case, by its place's possessive or "the", right before
#: a report's verb: "Chile's digital government secretariat ", "the superintendency of
#: industry and commerce " (read where no name stands there).
_UNRESOLVED_BODY = lazy(
    r"(?:(?<![\w-])[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,2}(?:'s|’s)|(?<![\w-])[Tt]he)[ ]"
    r"(?P<desc>(?:[a-z][\w-]*[ ]){0,3}(?:secretariat|superintendency|directorate|agency|"
    r"ministry|office|department|commission|authority|watchdog|regulator|council|bureau)"
    r"(?:[ ]of[ ](?:[a-z]+[ ]){1,4}?[a-z]+)?)(?:,[^,]{1,40},)?"
    # (its own predicate before a participle: "took the opposite tack, (saying it ...)")
    r"(?:[ ][a-z][\w-]*(?:[ ][a-z][\w’'-]*){0,6},)?[ ](?:on[ ][A-Z][a-z]+[ ])?$"
)


def _unnamed_speaker(text: str, lo: int, said: int) -> bool:
    """Whether an indefinite noun phrase that opens its clause speaks at ``said``: "(Zalando
    stopped using it, and) a French security firm (said ...)"."""
    unnamed = _INDEFINITE_SPEAKER.search(text, max(lo, said - 60), said)
    return unnamed is not None and (
        unnamed.start() == lo
        or text.endswith((", ", "; ", " and ", " but ", " while "), 0, unnamed.start())
    )


def _names_deepseek(words: str) -> bool:
    """Whether ``words`` name DeepSeek or its model by name ("DeepSeek", "R1"; not "the
    chatbot", which may be any)."""
    p1, exact, _p2, _folded = _targets()
    return any(exact.get(m.group()) == "DeepSeek" for m in p1.finditer(words, 0, 200))


def _named_target(doc: _Doc, obj: str) -> bool:
    p1, _exact, p2, _folded = _targets()
    return p1.search(obj[:200]) is not None or p2.search(obj[:200]) is not None


#: An amount before what it is for: "more than 380 billion yuan in ", "$12 billion into ".
#: What opens a purpose: "to support", "to buy", "for", "in", "into".
_PURPOSE_LEAD = lazy(
    r"[ ]?(?:to[ ](?:support|back|develop|fund|finance|build|help|boost|promote|buy|purchase|"
    r"acquire|train|expand|upgrade|invest[ ]in)[ ]|for[ ]|in[ ]|into[ ])"
)
#: An investment's own verb at the start of its object: "spend ...", "pledged ...".
_INVEST_VERB = lazy(
    r"^[ ]?(?:spend|spends|spent|spending|pledge|pledges|pledged|pledging|invest|invests|"
    r"invested|investing|commit|commits|committed|allocate|allocates|allocated|earmark|"
    r"earmarks|earmarked|approve|approves|approved|set[ ]aside|sets[ ]aside)[ ]"
)
#: The occasion of an act, after its object: "in the wake of", "following", "amid".
_OCCASION = lazy(r"\b(?:in[ ]the[ ]wake[ ]of|following|amid|after|in[ ]response[ ]to)\b")
_AMOUNT_THEN_PURPOSE = lazy(
    r"[ ]?(?:(?:about|around|roughly|nearly|almost|over|more[ ]than|up[ ]to|as[ ]much[ ]as|"
    # (a currency's letters or sign before it: "KSh 2 billion", "Rs 10,372 crore", "₹500")
    r"some)[ ])?(?:[A-Z][A-Za-z]{0,2}[$.]?[ ]?)?[$€£¥₹₦₩₱₫₺₴₸]?[0-9][0-9.,]*"
    r"(?:[ ]?(?:[a-zA-Z]+|%))?"
    r"(?:[ ](?:[a-zA-Z]+|dollars)){0,2}?"
    # the time it is spent in: " this year", " in 2025", " in fiscal 2026"
    r"(?:[ ](?:this|next|last)[ ](?:year|month)|[ ]in[ ](?:fiscal[ ])?20[0-9]{2}(?![\w.,-]))?"
    # the amount's other currency: " ($8.2 billion)", ", or about $10.2 million,"
    r"(?:[ ]\([^()]{1,30}\)|,[ ]or[ ][^,]{1,30},)?"
    r"(?=[ ](?:in|into|on|for|to)[ ])(?:[ ](?:in|into|on|for)[ ])?"
)
#: A year alone, which is when, not what for: "(spend $65 billion in) 2025".
_YEAR_ONLY = lazy(
    r"(?:fiscal[ ])?(?:19|20)[0-9]{2}\Z"
    # (or a month: "where it was released in January" names no product)
    rf"|(?:in[ ])?(?:(?:early|mid|late)[ -])?{MONTH_FULL_ALTERNATION}(?:[ ](?:19|20)[0-9]{{2}})?\Z"
)
#: The head of an object that states a purpose, up to a stop that is not a decimal point.
_PURPOSE_HEAD = lazy(
    r"[ ]?(?:the[ ]|a[ ]|an[ ]|its[ ]|their[ ])?((?:[^,.;]|(?<=[0-9])[.,](?=[0-9])){1,60})"
)
#: How much a price or a figure changed, closing an object: "(its API) by up to 75%", "by
#: half".
_BY_HOW_MUCH = lazy(
    r"[ ]by[ ](?:up[ ]to|about|around|roughly|nearly|almost|as[ ]much[ ]as|more[ ]than)?[ ]?"
    r"(?:[0-9][0-9.,]*[ ]?(?:%|percent|per[ ]cent)|half|a[ ](?:third|quarter|half)|"
    r"two[ -]thirds)(?![\w-]).*$"
)
#: A second predicate after an object: "the bans and urged countries not to ...".
_NEXT_PREDICATE = lazy(
    r"[ ](?:and|but)[ ](?:also[ ])?(?:[a-z]+ed|says|hopes|urges|calls|warns|adds|notes|asks|"
    r"vows|pledges)\b.*$"
)
#: What opens no object's name: a date's preposition or a relative clause ("on Wednesday
#: that would prohibit ...", "which would ...").
_NOT_A_PURPOSE = lazy(r"(?:on|that|which|who|whose|would|will)[ ]")
#: A time phrase closing an object: " over the next three years", " this year", " by 2027".
_TRAILING_TIME = lazy(
    r"[ ](?:over[ ]the[ ]next|in[ ]the[ ]next|within|during|by[ ](?:the[ ]end|20[0-9]{2})|"
    r"over[ ](?:the[ ](?:coming|past)[ ])?(?:[a-z]+|[0-9]+)[ ](?:years|months)|"
    r"this[ ](?:year|month)|next[ ](?:year|month)|from[ ]20[0-9]{2}|"
    # a date: " on Monday", " on Jan. 30", " last week", " earlier this month", " in March"
    r"on[ ][A-Z][a-z]+day|on[ ][A-Z][a-z]{2,8}\.?[ ][0-9]|last[ ](?:week|month|year)|"
    rf"earlier[ ]this|in[ ](?:early|mid|late)\b|in[ ]{MONTH_FULL_ALTERNATION}|"
    # " later that year", " earlier that month", " the same week"
    r"(?:later|earlier)[ ]that[ ](?:year|month|week|day)|the[ ]same[ ](?:year|month|week|day))"
    r"\b.*$"
)


#: A call whose object is the service named before, by a pronoun: "(a bill) to ban it",
#: "(called for) a ban on it", "to block them".
_CALLED_ON_IT = lazy(
    # (past those asked: "asked Apple and Google to remove it")
    r"[ ]?(?:(?:the[ ])?[A-Z][\w.&’'-]*(?:,|[ ]and|[ ]or)?[ ]){0,6}"
    r"(?:(?:to[ ])?[a-z]+[ ]|(?:a|an|the)[ ](?:[a-z]+[ ]){1,2}(?:on|of|against|into)[ ]|"
    # "introduced a bill that would bar it from government devices"
    # (past its date: "introduced a bill on Monday that would ...")
    r"(?:(?:on|last|this|in)[ ][\w]+[ ])?"
    r"(?:that|which)[ ](?:would|will|could|seeks[ ]to|aims[ ]to)[ ](?:also[ ])?[a-z]+[ ])?"
    # (or the measure on it: "a bill that would extend the state's ban to contractors"; or
    # the service as the company: "called on Lutnick to add the company to the entity list")
    r"(?:it|them|(?:its|their|the(?:[ ][\w-]+(?:'s|’s))?)[ ](?:ban|prohibition)|"
    r"the[ ](?:company|firm|startup|chatbot))(?![\w-])"
)


#: A bill or act named by its title as what a call puts forward: "(introduced) the No
#: Adversarial AI Act", "the Protecting Americans from DeepSeek Act".
_NAMED_LAW = lazy(
    r"[ ]?(?:introduced[ ]|filed[ ]|tabled[ ])?(?:the[ ]|a[ ])?(?:[A-Z][\w’'-]*[ ]|of[ ]|on[ ]|"
    r"from[ ]|and[ ]){1,10}(?:Act|Bill)\b"
)
#: A call for the measure just stated, by a pro-form: "urged local governments to do the
#: same", "to take similar care", "to follow suit".
_SAME_MEASURE = lazy(
    r"\bto[ ](?:do[ ]the[ ]same|do[ ]likewise|follow[ ]suit|"
    r"follow[ ](?:our|my|its|their|his|her)[ ](?:lead|example)|take[ ](?:a[ ])?similar[ ]"
    r"(?:care|steps?|action|actions|measures?|precautions?))\b"
)
#: A measure's noun alone, up to a time or the clause's end: " a ban on Tuesday.", " a
#: nationwide block".
_BARE_MEASURE = lazy(
    r"[ ]?(?:a|an|the)[ ](?:[a-z-]+[ ]){0,2}(?:ban|block|prohibition|suspension|investigation|"
    r"inquiry|probe)"
    # (who would carry it out: "an investigation by the Information Commissioner's Office")
    r"(?:[ ]by[ ](?:the[ ])?[A-Z][\w’'.-]*(?:[ ](?:of[ ]|for[ ])?[A-Z][\w’'.-]*){0,5})?"
    r"(?:[ ]on[ ](?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[ ](?:last|this)[ ](?:week|month))?"
    r"[ ]*(?:[.,;]|$)"
)
#: An object that is a list of capitalised names (or a name's possessive), not a nationality
#: before a noun ("Chinese apps"): "PayPal and Steam in 2022", "Meta's use of ...".
_NAMED_OBJECT = lazy(
    r"[ ]?(?P<names>[A-Z][\w.+-]*(?:[ ][A-Z0-9][\w.+-]*){0,2}"
    r"(?:(?:,[ ]|,?[ ]and[ ])[A-Z][\w.+-]*(?:[ ][A-Z0-9][\w.+-]*){0,2}){0,4})"
    r"(?=[’']s[ ]|[,.;:]|$|[ ](?:in|on|for|from|over|since|last|after|before|until|at|across|"
    r"due|because|as|to|amid|citing|this|earlier|nationwide)\b)"
)
#: A product's kind before its name, as an object: "(blocked) the social platform (X)", "the
#: messaging app (Signal)".
_PRODUCT_DESCRIBED = lazy(
    r"[ ]?the[ ](?:[a-z-]+[ ]){0,2}?(?:platform|app|application|service|network|site|website|"
    r"messenger|game)[ ](?=[A-Z])"
    # (no date: "blocked the app Tuesday", "the service Jan. 30")
    rf"(?!{MONTH_FULL_ALTERNATION}\b|(?:{'|'.join(MONTH_ABBREVIATIONS)})[.]|"
    rf"{WEEKDAY_ALTERNATION}\b)"
)
#: What separates the names of such a list.
_NAME_LIST_SEP = lazy(r",[ ]and[ ]|,[ ]|[ ]and[ ]")


#: The name right after a partnership's "with": "(partnered with) Alibaba (to offer ...)".
_PARTNER_NAME = lazy(r"[ ](?:the[ ])?(?P<name>[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,3})\b")
#: A firm's noun after the place that describes it: "(the Hangzhou) start-up", "(the
#: Hangzhou-based) AI company".
_FIRM_AFTER_PLACE = lazy(
    r"[ ](?:(?:[a-z-]+|AI)[ ]){0,2}?(?:start-?up|firm|company|developer|lab|group)(?![\w-])"
)


_FIRM_KINDS = _PRIVATE_KINDS - {ActorKind.PERSON}
#: A partnership's object that is only a pronoun: "(signed a deal) with it in March".
_WITH_IT = lazy(r"[ ]*(?:with[ ])?it\b")


def _firm_before(doc: _Doc, lo: int, a: int, actors: Sequence[str]) -> list[str]:
    """The name of the last company before ``a`` (from ``lo``) that is none of ``actors``,
    where the service is not named there: what "it" stands for after it."""
    firm = None
    for m in doc.index.mentions_between(max(lo, a - 400), a):  # (bounded: a long sentence)
        if m.actor == TARGET_ID:
            return []
        if (
            m.via != "modifier"
            and m.actor not in actors
            and doc.index.actor(m.actor).kind in _FIRM_KINDS
        ):
            firm = m.actor
    return [doc.index.actor(firm).name] if firm is not None else []


def _targets_of(doc: _Doc, obj: str, kind: ActionKind) -> list[str]:
    if kind is ActionKind.INVEST:
        # "pledged 1 billion yuan to support local AI startups in the wake of DeepSeek's
        # success": what the money is for, before the verb's own words and the occasion
        obj = _INVEST_VERB.sub("", obj, count=1)
        occasion = _OCCASION.search(obj)
        obj = obj[: occasion.start()] if occasion is not None else obj
    p1, exact, p2, folded = _targets()
    found: list[tuple[int, str]] = []
    for m in p1.finditer(obj[:200]):
        found.append((m.start(), exact[m.group()]))
    for m in p2.finditer(obj[:200]):
        found.append((m.start(), folded[fold(m.group())]))
    found.sort()
    if found and (" nam" in obj or " mention" in obj or " singl" in obj):
        # "urging them to review generative AI tools, without naming DeepSeek", "but did not
        # single out DeepSeek": a product the text says it leaves unnamed is not its target
        said = [(i, n) for i, n in found if not _LEFT_UNNAMED.search(obj, max(0, i - 60), i)]
        if not said:
            return []
        found = said
    if found and kind in (ActionKind.ADOPT, ActionKind.INTEGRATE):
        # "would keep offering its own Hunyuan model alongside it": a firm's own product is
        # no adoption (an adoption of what it stands beside is read on its own)
        found = [(i, n) for i, n in found if not _OWN_BEFORE.search(obj, max(0, i - 12), i)]
        if not found:
            return []
    if len(found) > 1 and _may_pass_over(obj):
        # "integrated DeepSeek, passing over Qwen", "adopted R1 instead of ChatGPT": the
        # product passed over is not what is taken up (nor what a measure is on)
        kept = [(i, n) for i, n in found if not _PASSED_OVER_BEFORE.search(obj, max(0, i - 24), i)]
        found = kept or found
    names = list(dict.fromkeys(n for _i, n in found))
    if names:
        return names
    if kind is ActionKind.PARTNER:
        partner = _PARTNER_NAME.match(obj)
        if partner is not None:
            place, based, _rest = partner["name"].partition("-based")
            after = partner.start("name") + len(place) + len(based) if based else partner.end()
            if (
                doc.about_deepseek
                and _FIRM_AFTER_PLACE.match(obj, after)
                and _names_a_place(doc.index.gazetteer, place)
            ):
                return ["DeepSeek"]  # "an MoU with the Hangzhou start-up": the firm of its city
            return [partner["name"]]  # "partnered with Alibaba to offer ...": the partner
    if kind.family in (Family.RESTRICTIVE, Family.SCRUTINY) and obj[:5] in (" the ", "the "):
        # "blocked the social platform X", "the messaging app Signal": the name after its kind
        described = _PRODUCT_DESCRIBED.match(obj)
        obj = obj[described.end() - 1 :] if described is not None else obj
    if kind.family in (Family.RESTRICTIVE, Family.SCRUTINY) and obj[:2].lstrip()[:1].isupper():
        named = _NAMED_OBJECT.match(obj)
        if named is not None:
            # "blocked PayPal and Steam in 2022", "suspended Meta's use of ...": the names
            listed = [x for x in _NAME_LIST_SEP.split(named["names"]) if x]
            gazetteer = doc.index.gazetteer
            if not any(
                gazetteer.country_for_adjective(x)
                or gazetteer.country_for_adjective(x[:-1])
                or _names_a_place(gazetteer, x)
                for x in listed
            ):  # ("could block Americans from using it": people, not a product; "Seoul's
                # action follows an investigation by ...": a place, not the target)
                return listed
    if kind is ActionKind.CALL_FOR and doc.about_deepseek and (
        _CALLED_ON_IT.match(obj)
        or _BARE_MEASURE.match(obj)
        or _SAME_MEASURE.search(obj, 0, 90)
        or _NAMED_LAW.match(obj)
    ):
        # "a bill to ban it", "a ban on it", "renewed his call for a ban on Tuesday": the
        # service named before
        return ["DeepSeek"]
    if kind.family in (Family.OTHER,):
        if kind is ActionKind.OPPOSE and " as " in obj:
            obj = obj[: obj.index(" as ")]  # "criticised the bans as politicising trade"
        if kind is ActionKind.OPPOSE and " to " in obj:
            # "urged Seoul to avoid politicising trade issues": what is opposed, past whom
            obj = _URGED_TO_AVOID_LEAD.sub("", obj, count=1)
        elif kind is ActionKind.CALL_FOR and " to " in obj:
            # "urged the government to publish the security advice": what is called for,
            # past whom it is asked of and the verb
            obj = _ASKED_OF_LEAD.sub("", obj, count=1)
        # "a fund to support AI start-ups" -> "AI start-ups"
        purpose = _PURPOSE_LEAD.match(obj)
        obj = obj[purpose.end() :] if purpose is not None else obj
        # "more than 380 billion yuan in cloud and AI infrastructure over the next three
        # years" -> "cloud and AI infrastructure": past the amount, before the time
        amount = _AMOUNT_THEN_PURPOSE.match(obj)
        obj = obj[amount.end() :] if amount is not None else obj
        purpose = _PURPOSE_LEAD.match(obj) if amount is not None else None
        obj = obj[purpose.end() :] if purpose is not None else obj  # "... yuan to support"
        # (a decimal point or comma between digits goes on: "Ernie 4.5", "1,000 GPUs")
        head = _PURPOSE_HEAD.match(obj)
        if head is not None and head.group(1).strip():
            words = _NEXT_PREDICATE.sub("", _TRAILING_TIME.sub("", head.group(1)))
            words = _BY_HOW_MUCH.sub("", words).strip()
            if words in ("it", "them", "this", "that") and doc.about_deepseek:
                return ["DeepSeek"]  # "Lin Jian said China opposed it": the service's measure
            if _NOT_A_PURPOSE.match(words):
                return []  # "introduced legislation on Wednesday that would ...": no name
            return [words] if words and not _YEAR_ONLY.match(words) else []
        return []
    if doc.about_deepseek:
        return ["DeepSeek"]
    return []


#: A name left out, right before it: "without naming (DeepSeek)", "did not mention", "did
#: not single out".
_LEFT_UNNAMED = lazy(
    r"\b(?:without|not|never)[ ](?:explicitly[ ]|specifically[ ]|directly[ ])?(?:naming|name|"
    r"named|mentioning|mention|mentioned|singling[ ]out|single[ ]out)[ ](?:the[ ])?"
    r"(?:[\w-]+[ ]){0,2}$"
)
#: An object that opens with "its own": the actor's own product ("(roll out) its own model").
_OWN_OBJECT = lazy(r"[ ]?(?:its|their|our|his|her)[ ]own[ ]")
#: "its own", "their own" right before a product's name: the actor's own product.
_OWN_BEFORE = lazy(r"\b(?:its|their|our)[ ]own[ ](?:[\w-]+[ ])?$")


#: The year the service was founded: a measure dated before it is on something else.
_FIRST_YEAR = 2023


def _earlier_targets(doc: _Doc, s: Sentence, a: int) -> list[str]:
    """The last product other than the service named in the sentence before ``a`` or the one
    before it: what "the app" of a measure older than the service stands for."""
    lo = doc.seg.sentences[s.index - 1].start if s.index > 0 else s.start
    names = [x for x in _targets_of(doc, doc.text[lo:a], ActionKind.BAN) if x != "DeepSeek"]
    return names[-1:]


def _gap_words(row: TriggerRow, matched: str) -> str:
    """The words a gapped trigger's match holds between its fixed ends: "its Ernie chatbot"
    in "made its Ernie chatbot free" (row "made ... free")."""
    head, _, tail = row.phrase.partition(" ... ")
    words = matched.split()
    return " ".join(words[len(head.split()) : len(words) - len(tail.split())])


#: Those urged and the verb of avoiding before what an opposition is about: "(urged) Seoul to
#: avoid ", "countries not to ", "the US to stop ".
#: Whom a call is made on and the verb it asks of them, at an object's start: "the
#: administration to publish", "lawmakers to give", "parliament to pass".
_ASKED_OF_LEAD = lazy(
    r"^[ ]*(?:the[ ])?(?:[a-z-]+[ ]){0,2}?(?i:administration|government|parliament|congress|"
    r"lawmakers|legislators|ministers|ministry|ministries|agency|agencies|department|"
    r"departments|regulators?|authorities|officials|council|commission|cabinet|states|"
    r"platforms|companies|firms|employers)[ ]to[ ](?!(?:ban|block|bar|restrict|suspend|"
    r"prohibit|investigate|probe)\b)[a-z]+[ ]"
)
_URGED_TO_AVOID_LEAD = lazy(
    r"^[ ]?(?:(?:the[ ])?[\w’'.-]+[ ]){1,4}?(?:not[ ]to|to[ ](?:avoid|stop|refrain[ ]from))[ ]"
)


def _names_a_place(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` is a country, a region or a capital the gazetteer knows."""
    return bool(gazetteer.lookup(name, "capital")) or any(
        e.kind in _PLACE_KINDS for e in gazetteer.lookup(name)
    )


#: A name between commas, in apposition to the noun before it: ", the Garante,", ", the
#: Ministry of Digital Affairs,".
_NAME_IN_APPOSITION = lazy_re(
    r",[ ](?:the[ ])?[A-Z][\w.’'&-]*"
    r"(?:[ ](?:of[ ]|for[ ]|and[ ])?(?:the[ ])?[A-Z][\w.’'&-]*){0,6}(?=,)"
)


#: An aside on a measure's noun that names its issuer: ", announced by", ", issued on ... by".
_ISSUED_ASIDE = lazy_re(rf",[ ]{_ISSUED_PARTICIPLE}[ ]")
#: The comma between a date's day and its year: "Jan. 30(, )2025".
_YEAR_COMMA = lazy_re(r"\d,[ ](?:1[89]|20)\d\d\b")


def _comma_after(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` that ends a phrase (not one between a date's day
    and year, "on Jan. 30, 2025"), or -1."""
    comma = text.find(",", start, end)
    while comma > 0 and _YEAR_COMMA.match(text, comma - 1) is not None:
        comma = text.find(",", comma + 1, end)
    return comma


def _date_for(
    doc: _Doc,
    s: Sentence,
    clause: Clause,
    a: int,
    masks: Sequence[Mask],
    how: str,
    end: int | None = None,
    kind: ActionKind | None = None,
    actors: Sequence[str] = (),
) -> Date | None:
    """The date of the action at ``a`` by ``actors``: the one nearest it in its clause, else
    the date of a closing attribution (", the ministry said on Friday") before ``end`` (the
    sentence's end, or the start of another body's coordinate clause)."""
    lo, hi = clause.start, clause.end
    if lo > s.start and _INSTRUMENT_OPENING.fullmatch(doc.text, s.start, lo):
        lo = s.start  # "In a directive issued on Feb. 6, the ministry told ...": its date
    end = s.end if end is None else end
    issued_at = -1  # where an aside naming the agent of a measure's noun opens
    if how == "agent":
        # the agent's clause, to its first comma, past an appositive: "was blocked by the
        # data protection authority, the Garante, on January 30", "by the Garante, Italy's
        # privacy watchdog, on January 30"
        comma = _comma_after(doc.text, a, clause.end)
        if comma > 0 and _ISSUED_ASIDE.match(doc.text, comma) is not None:
            # "The ban on DeepSeek, announced by the Navy on January 24, ...": the aside that
            # names the agent is the noun's own
            issued_at = comma
            comma = _comma_after(doc.text, comma + 1, clause.end)
        aside = next((y for x, y, k in masks if x == comma and k == "appositive"), -1)
        if aside < 0 and comma > 0:
            named = _NAME_IN_APPOSITION.match(doc.text, comma, clause.end)
            aside = -1 if named is None else named.end()
        if aside > 0 and doc.text.startswith(",", aside):
            comma = _comma_after(doc.text, aside + 1, clause.end)  # past its closing comma
        if comma > 0:
            hi = comma
    if how == "widened":
        # "banned it on Friday, and the ban was extended on Monday": the widening's own clause
        joint = doc.text.rfind(" and ", lo, a)
        lo = lo if joint < 0 else joint
    contested = how == "possessor" and bool(
        _CONTESTED_BEFORE.search(doc.text, max(lo, a - 60), a)
    )
    if how == "owned-instrument" or contested:
        lo = a  # "upheld on Wednesday the regulator's order blocking it": the ruling's date
        # (and "on Tuesday dismissed a lawsuit that challenged Texas's ban": the ruling's)
    elif how == "decided-by":
        # "upheld last week a decision by the regulator to warn agencies": the same
        noun = _last(_DECISION_BY.finditer(doc.text, lo, a))
        lo = noun.start() if noun is not None else a
    inner = how in ("relative", "relative-subject", "owner")  # an aside's own date
    if inner:
        mask = mask_at(masks, a)
        if mask is not None:
            lo, hi = mask[0], mask[1]
            signed = (
                _SIGNED_INSTRUMENT_BEFORE.search(doc.text, max(s.start, lo - 90), lo)
                if how == "relative"
                else None
            )
            if signed is not None:
                # "Governor X today signed Executive Order 46, which prohibits ...": the
                # instrument's signing dates what it does
                lo = max(s.start, signed.start() - 30)
        elif how == "relative-subject":
            lo = a  # "a ban that the cabinet imposed earlier this month": the clause after it
    that = _last(_THAT_CLAUSE.finditer(doc.text, lo, a))
    if that is not None and doc.text.startswith(("to ", "not to ", "never to "), that.end()):
        that = None  # "on Thursday told schools not to use it": the order itself, no report
    # "Australia's ban, announced on Tuesday, covers ...": an aside on the trigger's noun
    # dates it
    word = _WORD_AT.match(doc.text, a, min(hi, a + 40))
    own_aside = mask_at(masks, word.end()) if word is not None else None
    if own_aside is None and issued_at > 0:
        own_aside = mask_at(masks, issued_at)
    if own_aside is None and word is not None and doc.text.find(", ", a, a + 60) > 0:
        # "Victoria's ban on DeepSeek, which took effect on Monday, covers ...", "the order
        # blocking DeepSeek, issued on Jan. 30, ...": an aside that dates the measure's start
        # is the trigger's own too
        took = _TOOK_EFFECT_RELATIVE.match(doc.text, word.end(), min(hi, word.end() + 70))
        own_aside = mask_at(masks, took.start("comma")) if took is not None else None
    inside = [
        d
        for d in _dates_between(doc, lo, hi)
        if d.date is not None
        and (
            inner
            or not _masked_date(masks, d)
            or (own_aside is not None and own_aside[0] <= d.span.start < own_aside[1])
        )
    ]
    if contested:
        # "struck down Montana's ban on Tuesday": a date in the clause is the ruling's; only
        # an aside on the measure ("Texas's ban, imposed in January,") dates it
        inside = [d for d in inside if _masked_date(masks, d)]
    if that is not None:
        after_that = [d for d in inside if d.span.start >= that.end()]
        if after_that:
            inside = after_that
    question = rx(r"(?i)\b(?:whether|how|why|if)[ ]").search(doc.text, a, hi)
    if question is not None:
        inside = [d for d in inside if d.span.start < question.start()]
    # "... on Monday, ten weeks after new downloads were suspended": a date before the
    # subordinate clause the trigger stands in dates the main clause's event
    sub = _last(_SUBORDINATE_CLAUSE.finditer(doc.text, lo, a))
    if sub is not None and "," not in doc.text[sub.end() : a]:
        inside = [d for d in inside if d.span.start >= sub.start()]
    other = _other_event_at(doc.text, a, hi) if inside and inside[-1].span.start > a else None
    if other is not None:
        inside = [d for d in inside if d.span.start < other]
    if inside and inside[-1].span.start > a:
        # "Texas banned it, and on Tuesday New York followed": a date that opens a later
        # coordinate clause is that clause's
        inside = [d for d in inside if not _opens_coordinate(doc.text, a, d.span)]
    if len(inside) > 1 and doc.text.startswith(_EARLIER_EVENT_OPENINGS, s.start):
        # "After warning users on Feb. 3, Taiwan banned DeepSeek on Feb. 4": the opening
        # adjunct dates the event before
        adjunct = _EARLIER_EVENT_ADJUNCT.match(doc.text, s.start, a)
        if adjunct is not None:
            later = [d for d in inside if d.span.start >= adjunct.end()]
            inside = later or inside
    if len(inside) > 1 and doc.text.endswith(" ", lo, a):
        # "suspended it in February and lifted the suspension in April": a second predicate
        # of the subject has its own date, not the first one's
        second = _COORDINATE_VERB_BEFORE.search(doc.text, max(lo, a - 30), a)
        if second is not None:
            inside = [d for d in inside if d.span.start >= second.end()] or inside
    if kind is ActionKind.LIFT:
        # "lifted the suspension imposed in February": the date of the measure lifted
        inside = [d for d in inside if not _imposed_date(doc.text, lo, d)]
    if len(inside) > 1:
        # "said on Friday that it had banned DeepSeek on Monday", "... this week, according to
        # industry sources on Friday": the event's own date, not the report's
        events = [
            d
            for d in inside
            if not _REPORTED_ON.search(doc.text, max(lo, d.span.start - 60), d.span.start)
        ]
        if events:
            inside = events
    if (
        inside
        and doc.text.find(" the ", a, hi) >= 0
        and _PAST_VERB_AT.match(doc.text, a)
        and _UNDATED_TIME.search(doc.text, a, hi)
    ):
        # "blocked the app in the spring, officials said on Monday", "said on Monday it had
        # blocked the app in the spring": its own time, undated; the report's date is not it
        inside = [d for d in inside if not _reporting_date(doc.text, s.start, d)]
        if not inside:
            return None
    if inside:
        # the expression nearest the trigger, preferring the finer one at a tie
        best = min(
            inside, key=lambda d: (abs(d.span.start - a), d.date.sort_key[1] if d.date else 9)
        )
        finer = [
            d
            for d in inside
            if d.date and best.date and best.date.contains(d.date) and d is not best
        ]
        return (finer[0] if finer else best).date
    if lo > s.start and not inner:
        # "..., and on Thursday, Queensland banned it": the date that opens the coordinate
        # clause the trigger stands in
        for d in _dates_between(doc, max(s.start, lo - 40), lo):
            if (
                d.date is not None
                and _opens_coordinate(doc.text, s.start, d.span)
                and not doc.text[d.span.end : lo].strip(", ")
            ):
                return d.date
    if lo > s.start and not inner and doc.text.endswith((" and ", " but "), s.start, lo):
        # "In January, Italy blocked it and Ireland opened an inquiry": the sentence's fronted
        # date is its coordinate clauses' too (not "... and Ireland has since opened one")
        first = next((d for d in _dates_between(doc, s.start, lo) if d.date is not None), None)
        if (
            first is not None
            and _FRONTED_DATE_OPENING.fullmatch(doc.text, s.start, first.span.start)
            and doc.text.startswith(",", first.span.end)
            and not _LATER_IN_CLAUSE.search(doc.text, lo, a)
        ):
            return first.date
    # "..., Governor X said on Friday": the announcement's date
    others = [
        d
        for d in _dates_between(doc, clause.start, end)
        if d.date is not None
        and (not _masked_date(masks, d) or _in_attribution_aside(doc.text, masks, d))
        and _reporting_date(doc.text, s.start, d)
    ]
    if others:
        if (
            doc.text.find(" the ", a, others[0].span.start) >= 0
            and _PAST_VERB_AT.match(doc.text, a)
            and _UNDATED_TIME.search(doc.text, a, others[0].span.start)
        ):
            return None  # "blocked the app in the spring, officials said on Monday": not Monday
        return others[0].date
    if how in ("instrument", "context-subject"):
        # "It forbids ...", "The order bans ...": the instrument of the act before, and its
        # date; where the sentence names its own actor ("The Oklahoma Senate passed a bill
        # banning ..."), only that actor's act before
        own = how == "instrument" and any(
            x.actor in actors for x in doc.index.mentions_between(s.start, a)
        )
        prev = _previous_action(doc, s)
        if (
            prev is not None
            and prev.date is not None
            and prev.sentence.index == s.index - 1
            and (not own or prev.actor in actors)
        ):
            return prev.date
        if s.index > 0 and not own:
            # "Youngkin put his name to Executive Order 46 the following day. It forbids ..."
            before = doc.seg.sentences[s.index - 1]
            if before.paragraph == s.paragraph:
                for d in _dates_between(doc, before.start, before.end):
                    if d.date is not None:
                        return d.date
    return _label_date(doc, s)


#: A trigger in the past tense: "blocked", "banned" (not "will block").
_PAST_VERB_AT = lazy(r"[A-Za-z]+ed\b")
#: A time of the act itself that no date resolves: "in the spring", "over the summer".
_UNDATED_TIME = lazy(
    r"[ ](?:in|during|over|through)[ ](?:the[ ])?(?:early[ ]|late[ ])?"
    r"(?:spring|summer|autumn|fall|winter)(?![\w-])"
)


def _label_date(doc: _Doc, s: Sentence) -> Date | None:
    """The date a timeline's entry opens with, before a colon or a dash: "January 28: the
    Garante sends ...", "Feb. 4 — Australia bans ...", "- Feb. 6: South Korea blocks ...";
    or the one its paragraph opens with, for each later sentence of it, also where the label
    stands alone ("January. The chatbot tops the charts. Within days, Italy ...")."""
    own = _entry_date(doc, s)
    if own is not None or s.index == 0:
        return own
    # (the paragraph's first sentence, looked up, not walked to: a paragraph may hold
    # thousands of sentences)
    first = doc.seg.sentence_at(doc.seg.paragraphs[s.paragraph].start)
    if first is None or first.index >= s.index:
        return None
    label = _entry_date(doc, first)
    if label is None and first.end - first.start <= 20:
        # a label of its own: "January.", "Late February.", "March 2025."
        dates = [d for d in _dates_between(doc, first.start, first.end) if d.date is not None]
        if len(dates) == 1 and _BARE_LABEL.fullmatch(doc.text, first.start, first.end):
            label = dates[0].date
    return label


#: A sentence that is only a month's label: "January.", "Late February.", "March 2025."
_BARE_LABEL = lazy_re(
    r"(?:(?:Early|Mid|Late)[ -])?" + MONTH_FULL_ALTERNATION + r"(?:[ ]\d{4})?[.:]?\s*"
)


def _entry_date(doc: _Doc, s: Sentence) -> Date | None:
    """The date a timeline's entry ``s`` opens with, before a colon or a dash."""
    text = doc.text
    head = text[s.start : min(s.end, s.start + 40)]
    if ":" not in head and "-" not in head and "—" not in head and "–" not in head:
        return None  # (most sentences: a label needs a colon or a dash after its date)
    for d in _dates_between(doc, s.start, min(s.end, s.start + 40)):
        if (
            d.date is not None
            and _LABEL_LEAD.fullmatch(text, s.start, d.span.start) is not None
            and _LABEL_END.match(text, d.span.end, s.end) is not None
        ):
            return d.date
        return None  # (only the sentence's first date can be its label)
    return None


#: What may stand before a timeline entry's date: a bullet.
_LABEL_LEAD = lazy_re(r"[ \t]*(?:[-*•·–—][ \t]+)?")
#: What ends a timeline entry's date: a colon or a dash, then the entry.
_LABEL_END = lazy_re(r"[ ]*(?::|[-–—]{1,2})[ ]")


#: A clause or phrase after a trigger that names the event it followed: " after the
#: government's ban", " following Taiwan's move", " after Italy's regulator blocked it".
_LATER_EVENT_CLAUSE = lazy(
    r"[ ](?:after|following)[ ](?:the|a|an|its|their|[A-Z][\w.-]{1,30}(?:’s|'s))[ ]"
)
#: An event the measure came before, whose date is the event's: " ahead of the May 3
#: election", " in the run-up to the June 1 vote".
_COMING_EVENT = lazy(r"[ ](?:ahead[ ]of|in[ ]the[ ]run-up[ ]to)[ ](?:the|a|an|its|their)[ ]")
#: "since" and a clause of a product's coming out, whose event its date tells: " since the
#: Hangzhou start-up released" (not " since Governor Abbott signed the order", which starts
#: the measure itself).
_SINCE_EVENT_CLAUSE = lazy(
    r"[ ]since[ ](?:the|a|an|its|their|[A-Z][\w.-]{1,30})[ ](?:[\w.’'-]+[ ]){0,4}?"
    r"(?:released|launched|unveiled|debuted|rolled[ ]out|open-sourced|burst|shot|rose|surged|"
    r"topped|went[ ]viral)[ ]"
)
def _other_event_at(text: str, a: int, hi: int) -> int | None:
    """Where a clause about another event opens after the trigger at ``a``, whose dates are
    that event's: "barred its staff after the government's ban on Jan. 31", "have adopted
    DeepSeek since the start-up released its R1 model in January" ("since January" is none)."""
    starts = []
    if text.find(" after ", a, hi) >= 0 or text.find(" following ", a, hi) >= 0:
        later = _LATER_EVENT_CLAUSE.search(text, a, hi)
        if later is not None:
            starts.append(later.start())
    if text.find(" ahead of ", a, hi) >= 0 or text.find(" run-up to ", a, hi) >= 0:
        ahead = _COMING_EVENT.search(text, a, hi)
        if ahead is not None:
            starts.append(ahead.start())
    if text.find(" since ", a, hi) >= 0:
        since = _SINCE_EVENT_CLAUSE.search(text, a, hi)
        if since is not None:
            starts.append(since.start())
    return min(starts, default=None)


#: What opens a second predicate of a clause's subject right before its verb: " and ", " and
#: quickly ", " and is ", and a date that opens it: " and on February 3 ", " and, in March, ".
_SECOND_PREDICATE_OPENING = lazy(
    r"[ ]and(?:,?[ ](?:on|in|last|this|earlier|later)[ ][\w.]+(?:[ ]\d{1,2})?,?)?[ ]"
    r"(?P<aux>(?:is|are|was|were|has|have|had)[ ])?(?:\w+ly[ ])?$"
)
#: What opens a coordinate clause right before its own date: "(banned it,) and on (Tuesday)",
#: "and, in (March)", "but then on (Friday)".
_DATED_COORDINATE_OPENING = lazy(
    r"(?:,[ ]|[ ])(?:and|but)(?:,)?[ ](?:then[ ]|later[ ])?(?:(?:on|in|from|by|at)[ ])?\Z"
)
#: What follows such a date where a predicate of its own comes after it: "(on Tuesday) New
#: York followed", "(in March,) it extended ...".
_CLAUSE_GOES_ON = lazy(r",?[ ][A-Za-z]")


def _opens_coordinate(text: str, a: int, span: Span) -> bool:
    """Whether the date at ``span``, after the trigger at ``a``, opens a later coordinate
    clause ("banned it, and on Tuesday New York followed"): it dates that clause's event."""
    return (
        _DATED_COORDINATE_OPENING.search(text, max(a, span.start - 24), span.start) is not None
        and _CLAUSE_GOES_ON.match(text, span.end) is not None
    )


#: The verb of a measure's imposing before a date in its clause: "(the suspension) imposed
#: in", "(a ban) introduced last", "(a ban that the governor) imposed on its products nearly".
_IMPOSED_BEFORE = lazy(
    r"\b(?:imposed|introduced|issued|ordered|enacted|announced|adopted|put[ ]in[ ]place|"
    r"took[ ]effect|came[ ]into[ ]force)\b"
    # (the gap holds no verb of its own: "imposed in 2023 was lifted on Monday")
    r"(?:(?!\b(?:was|were|is|are|has|have|had|been|will|lifted|ended|eased|revoked)\b)"
    r"[^,.;]){0,80}\Z"
)


#: A verb that contests or rules on a measure before its owner's possessive: "challenged
#: (Texas's ban)", "upheld (the Garante's block)".
_CONTESTED_BEFORE = lazy(
    r"\b(?:challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|overturn(?:s|ed|ing)?|"
    r"uph(?:eld|old|olds|olding)|struck[ ]down|strik(?:e|es|ing)[ ]down|"
    # a court's halting of it: "suspended (blocked, halted, enjoined) Texas's ban"
    r"suspend(?:s|ed|ing)?|block(?:s|ed|ing)?|halt(?:s|ed|ing)?|enjoin(?:s|ed|ing)?|"
    # a reaction to it: "criticised (condemned, appealed against) Italy's ban on Monday"
    r"criti(?:cis|ciz)(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|slam(?:s|med|ming)?|"
    r"protest(?:s|ed|ing)?|appeal(?:s|ed|ing)?(?:[ ]against)?)[ ]"
    r"(?:[\w-]+[ ]){0,3}?[\w.-]+(?:'s|’s|’)[ ](?:[\w-]+[ ]){0,2}$"
)


#: A party's filing as an object: "(rejecting) an appeal by the company", "DeepSeek's
#: lawsuit" (a ruling on it opposes no measure).
_LEGAL_FILING = lazy(
    r"[ ]?(?:an?|the|its|their|[\w.-]+(?:'s|’s))[ ](?:[\w-]+[ ]){0,2}?"
    r"(?:appeal|appeals|lawsuit|lawsuits|complaint|complaints|objection|objections)\b"
)


#: A signed or issued instrument right before a relative clause on it: "signed Executive
#: Order 46, (which prohibits ...)", "issued a directive (that bars ...)".
_SIGNED_INSTRUMENT_BEFORE = lazy(
    r"\b(?:signed|issued|published|approved|adopted)[ ](?:(?:an?|the|its|his|her)[ ])?"
    r"(?:[\w-]+[ ]){0,3}?(?:[Oo]rders?|[Dd]irectives?|[Dd]ecrees?|[Dd]irections?|[Mm]emos?|"
    r"[Cc]irculars?|[Rr]esolutions?|[Rr]egulations?|[Bb]ills?|[Ll]aws?)"
    r"(?:[ ](?:[Nn]o\.[ ]?)?[\d][\d.-]{0,10})?,?[ ]?\Z"
)


#: The word a trigger opens.
_WORD_AT = lazy(r"[\w’'-]+")
#: A measure's complement, then an aside telling when it took effect or was imposed: "( ban)
#: on DeepSeek, which took effect on Monday", "( ban), which was announced", "( blocking)
#: DeepSeek, issued on Jan. 30".
_TOOK_EFFECT_RELATIVE = lazy(
    r"(?:[ ](?:(?:on|of|against)[ ])?[\w’'.-]+(?:[ ][\w’'.-]+){0,2})?(?P<comma>,)[ ]"
    r"(?:which[ ](?:(?:took|takes|came|comes|went|goes)[ ](?:effect|into[ ](?:force|effect))|"
    r"(?:was|were)[ ](?:announced|imposed|introduced|ordered|issued|adopted))|"
    r"(?:issued|announced|imposed|introduced|signed|dated)[ ](?:on|in|last|this|earlier)[ ])\b"
)


#: A reporting verb just before a date, which then dates the report: "said on Friday", "said
#: in a statement on Friday", "according to industry sources on Friday" (not "told
#: ministries in January", where the date is the instruction's).
_REPORTED_ON = lazy(
    r"\b(?:said|says|announced|reported|stated|confirmed|added|wrote|noted|revealed|explained|"
    r"told[ ](?:reporters|journalists|[A-Z][\w.]*)|according[ ]to(?:[ ][\w’'-]+){1,5}?)"
    r"(?:[ ]in[ ]a[ ][\w-]+)?[ ](?:on[ ])?\Z"
)


#: The openings of a sentence that starts with the event before its own: "After ...".
#: What may stand before a sentence's fronted date: "In", "On", "Early in", "By" (or nothing:
#: "Last week, ...").
_FRONTED_DATE_OPENING = lazy(r"(?:(?:[Ii]n|[Oo]n|[Ee]arly[ ]in|[Ll]ate[ ]in)[ ](?:the[ ])?)?")
#: A word that sets a coordinate clause after its sentence's fronted date: "has since", "now".
_LATER_IN_CLAUSE = lazy(r"\b(?:since|now|later|still|soon|then|yet|also[ ]plans)\b")
_EARLIER_EVENT_OPENINGS = ("After ", "Following ", "Days after ", "Weeks after ", "Shortly after ")
#: Such an opening adjunct, up to its comma: "After warning users on Feb. 3,".
_EARLIER_EVENT_ADJUNCT = lazy(
    r"(?:After|Following|Days[ ]after|Weeks[ ]after|Shortly[ ]after)[ ][^,;]{1,120},"
)


def _imposed_date(text: str, lo: int, d: DateMention) -> bool:
    """Whether a date dates the imposing of a measure ("the suspension imposed in March")."""
    return _IMPOSED_BEFORE.search(text, max(lo, d.span.start - 100), d.span.start) is not None


#: A subordinate clause's opening, after a main clause: "after new downloads were ...".
_SUBORDINATE_CLAUSE = lazy(r"(?i)\b(?:after|before|since|until|when|once)[ ](?!the[ ]\w+[ ]of\b)")


def _dates_between(doc: _Doc, start: int, end: int) -> list[DateMention]:
    i = bisect.bisect_left(doc.date_starts, start)
    out = []
    while i < len(doc.dates) and doc.dates[i].span.start < end:
        d = doc.dates[i]
        if d.span.end <= end and not doc.date_in_dateline[i]:
            out.append(d)
        i += 1
    return out


def _in_dateline(text: str, d: DateMention) -> bool:
    """ "SEATTLE, Feb. 19, 2025 - ...": the date of the report, not of what it reports."""
    lo = max(0, d.span.start - 81)  # a dateline's date is near the start of its line
    newline = text.rfind("\n", lo, d.span.start)
    if newline < 0 and lo > 0:
        return False
    m = dateline_at(text, newline + 1)
    return m is not None and 0 <= m.start("date") <= d.span.start < m.end()


def _masked_date(masks: Sequence[Mask], d: DateMention) -> bool:
    return any(
        x <= d.span.start < y and k in ("appositive", "relative", "quote") for x, y, k in masks
    )


#: An aside that only says who tells it: ", a spokesperson said on Wednesday,".
_ATTRIBUTION_ASIDE = lazy(
    r",[ ](?!(?:which|who|whom|whose|that)\b)(?:(?:a|an|the|its|their)[ ])?"
    r"(?:[\w’'.-]+[ ]){0,4}?(?:said|says|told|confirmed|announced)[ ]"
)


def _in_attribution_aside(text: str, masks: Sequence[Mask], d: DateMention) -> bool:
    """Whether date ``d`` stands in an aside that only attributes the clause: "(The ministry
    has barred it), a spokesperson said on Wednesday, (citing ...)" dates the act."""
    mask = mask_at(masks, d.span.start)
    return mask is not None and _ATTRIBUTION_ASIDE.match(text, mask[0], d.span.start) is not None


def _reporting_date(text: str, lo: int, d: DateMention) -> bool:
    before = text[max(lo, d.span.start - 40) : d.span.start]
    return bool(
        rx(
            r"(?i)\b(?:said|says|told|announced|reported|stated|confirmed|added|wrote|explained|"
            r"revealed|noted|ordered|directed|instructed)"
            r"(?:[ ][\w ]{0,25})?[ ](?:on[ ]|at[ ][\w ]{0,30}[ ]on[ ])?$|"
            # "..., according to industry sources on Friday"
            r"\baccording[ ]to[ ][\w ]{0,30}[ ]on[ ]$"
        ).search(before)
    )


# ---------------------------------------------------------------------------------------------
# small tests on the text
# ---------------------------------------------------------------------------------------------


def _is_capitalised_name(text: str, a: int, b: int, s: Sentence) -> bool:
    """A trigger word that is part of a name ("Fund", "Ban Ki-moon") in running text."""
    word = text[a:b]
    if not word[:1].isupper() or s.kind in (ParagraphKind.TITLE, ParagraphKind.HEADING):
        return False
    if a == s.start or text[max(s.start, a - 2) : a] in ("“", '"', "‘"):
        return False
    before = text[max(s.start, a - 2) : a]
    # (a capital after a stop, a colon or a dash opens a clause: "Texas -- Banned on ...")
    return not before.endswith((". ", ": ", '" ', "“", "— ", "– ", "- "))


#: A measure's noun that a verb adds a new target to: "added DeepSeek's R2 model to its ban",
#: "adding the app to the state's existing prohibition".
_ADDED_TO_BEFORE = lazy(
    r"(?i)\b(?:add|adds|added|adding)[ ](?:[\w.’'-]+[ ]){1,5}?to[ ]"
    r"(?:the|its|their|[\w.-]+(?:'s|’s))[ ](?:[\w-]+[ ]){0,2}$"
)


def _added_to(text: str, lo: int, a: int) -> regex.Match[str] | None:
    """The verb that adds a new target to the measure's noun at ``a`` ("added DeepSeek's R2
    model to its (ban)"), within its clause from ``lo``; a substring test first."""
    start = max(lo, a - 80)
    return _ADDED_TO_BEFORE.search(text, start, a) if text.find("dd", start, a) >= 0 else None


def _widened_measure(text: str, b: int, clause: Clause) -> bool:
    """Whether a measure's noun is the subject of its widening ("the ban was extended to
    schools"): a new act, though the noun refers back."""
    end = min(clause.end, b + 120)
    return text.find("ed", b, end) >= 0 and _MEASURE_WIDENED.match(text, b, end) is not None


#: A named agent right after a measure's noun: "the ban by the Navy" names whose it is, as
#: "the Navy's ban" does (a new act where none was stated; the same one merges); so does an
#: aside that names its issuer: "The ban (on DeepSeek), announced by the Navy on ...".
_NAMED_AGENT_AFTER = lazy(
    r"[ ]by[ ](?:the[ ])?[A-Z]"
    # ("the ban imposed by Australia on Tuesday": a participle's agent, with no comma)
    rf"|[ ]{_ISSUED_PARTICIPLE}[ ](?:[\w.]+[ ]){{0,3}}?by[ ](?:the[ ])?[A-Z]"
    r"|(?:[ ](?:on|against|into)[ ][\w.’'-]+(?:[ ][\w.’'-]+){0,2})?,[ ]"
    rf"{_ISSUED_PARTICIPLE}[ ](?:[\w.]+[ ]){{0,3}}?by[ ](?:the[ ])?[A-Z]"
)


def _anaphoric_noun(text: str, a: int, lo: int) -> bool:
    """ "the ban" / "its ban" / "such a ban" refer to an action already stated, unless a verb of
    announcing governs them ("announced the temporary blocking")."""
    before = text[max(lo, a - 60) : a]
    # the words between the determiner and the noun modify it ("the temporary", "the Italian"),
    # so a name or a verb among them means the determiner is not the noun's ("The Pentagon
    # began blocking", "the ministry began blocking")
    det = rx(
        r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Ss]uch[ ]a|[Ss]uch)[ ]+"
        r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|ch|i))[ ]+){0,2})$"
    ).search(before)
    if det is None or _cue_pattern("light").search(det.group()):
        return False
    return not _cue_at_end("light").search(before, 0, det.start())


# ---------------------------------------------------------------------------------------------
# linked sentences: reasons stated after the action
# ---------------------------------------------------------------------------------------------

#: The nouns a sentence opens with when it goes on about the action before it ("The
#: directive was signed on Tuesday", "The note said such tools put files at risk").
_INSTRUMENT_NOUNS = (
    r"(?:decision|move|measure|step|action|ban|block|suspension|restriction|order|directive|"
    r"rule|notice|notices|note|guidance|advisory|memo|email|letter|instruction)"
)

#: The measure named again in what is said of it: "(and said) the suspension would last".
_MEASURE_NAMED = lazy(rf"(?i)\b(?:the|this|that|its)[ ](?:[\w-]+[ ])?{_INSTRUMENT_NOUNS}\b")

_LINKED = lazy(
    rf"(?i)^(?:the|this|that)[ ]{_INSTRUMENT_NOUNS}\b|"
    r"\b(?:said|says)[ ](?:it|the[ ]\w+)[ ](?:had[ ])?(?:acted|did[ ]so|made[ ]the[ ]decision)\b|"
    r"\b(?:reasoned|explained)\b|\bbecause\b|\bdue[ ]to\b"
)
#: A sentence's opening phrase that names the instrument of its act, up to the clause:
#: "In a directive issued on Feb. 6, ", "In its notice dated March 3, ".
_INSTRUMENT_OPENING = lazy(
    rf"(?:In|Through|With|Via)[ ](?:a|an|the|its|their)[ ](?:[\w-]+[ ])?{_INSTRUMENT_NOUNS}"
    r"\b[^,;]{0,60},[ ]*(?:the[ ])?"
)
#: "In an advisory issued on Wednesday, the agency said ...": the instrument in an opening
#: phrase (matched only at a sentence that opens with "In a" or "In an").
_LINKED_IN_INSTRUMENT = lazy(rf"(?i)in[ ]an?[ ](?:[\w-]+[ ])?{_INSTRUMENT_NOUNS}\b")

#: What each branch of :data:`_LINKED` needs, in lower case: its opening, or one of its words.
_LINKED_OPENINGS = ("the ", "this ", "that ")
_LINKED_WORDS = ("said", "says", "reasoned", "explained", "because", "due to")


def _links_back(sentence: str) -> bool:
    """Whether a sentence explains the action before it: :data:`_LINKED`, searched only where
    its opening or one of its words stands in the folded sentence (as the pattern ignores
    case); most sentences have neither. "Officials cited ..." (" cited ") and an opening "In
    an advisory ..." are tested apart, by a substring and an anchored match."""
    if " cited " in sentence:
        return True
    if sentence.startswith(("In a ", "In an ")) and _LINKED_IN_INSTRUMENT.match(sentence):
        return True
    opens = fold(sentence[:5]).startswith(_LINKED_OPENINGS)  # the openings are short
    if not opens and not folded_holds(sentence, _LINKED_WORDS):
        return False
    return _LINKED.search(sentence) is not None


#: "The suspension ...", "This new guidance ...": a sentence about the instrument before it.
_OPENS_WITH_INSTRUMENT = lazy(
    rf"(?i)^(?:the|this|that)[ ](?:[\w-]+[ ]){{0,1}}{_INSTRUMENT_NOUNS}\b"
)

_LINKED_DATE = lazy(
    rf"(?i)^(?:the|this|that|its|their)[ ](?:[\w-]+[ ]){{0,2}}?{_INSTRUMENT_NOUNS}\b[^.;]{{0,60}}?"
    r"\b(?:was|were|went|took|came|had[ ]been)[ ](?:\w+[ ])?(?:signed|issued|sent|out|effect|"
    r"announced|"
    r"adopted|approved|published|dated|circulated|imposed|into[ ]force)\b|"
    # "The guidance, issued on Feb. 6, ...", "In an advisory issued on Wednesday, the agency ..."
    rf"^(?:(?:the|this|that|its|their)[ ]|in[ ](?:a|an|the|its|their)[ ])(?:[\w-]+[ ])?"
    rf"{_INSTRUMENT_NOUNS},?[ ](?:signed|issued|sent|announced|adopted|approved|published|dated|"
    r"circulated|released|imposed|ordered|introduced)\b"
)


def _link_date(doc: _Doc, s: Sentence) -> None:
    """A date given for an action in the sentence after it ("The directive was signed on
    Tuesday"; "The guidance went out last Thursday") dates the action it refers back to."""
    if not doc.found:
        return
    if not _LINKED_DATE.search(s.text):
        _link_date_by_subject(doc, s)
        return
    given = next((d.date for d in _dates_between(doc, s.start, s.end) if d.date is not None), None)
    if given is None:
        return
    main = _main_before(doc, s)
    if main is None or not _noun_fits(_OPENING_MEASURE_NOUN.match(s.text) is not None, main.kind):
        return  # "(... was assessing the risks.) The federal ban, which took effect on ...":
        # a restriction's noun dates no inquiry
    if (
        main.date is None
        or _refines(given, main.date)
        or (_issued_before(given, main.date) and _dated_by_report(doc, main))
    ):
        main.date = given


def _issued_before(given: Date, told: Date) -> bool:
    """Whether an instrument's own day (``given``: "The directive, dated Feb. 6, ...") falls
    in the days before the day the act was reported on ("..., the Treasury Board said on
    Sunday"): the act happened then, the report came after."""
    if given.precision is not DatePrecision.DAY or told.precision is not DatePrecision.DAY:
        return False
    gap = told.first_day - given.first_day
    return _dt.timedelta(days=1) <= gap <= _dt.timedelta(days=10)


def _dated_by_report(doc: _Doc, f: _Found) -> bool:
    """Whether action ``f`` takes its date from the report of it ("..., the agency said on
    Sunday"), not from a date of its own."""
    s = f.sentence
    for d in _dates_between(doc, s.start, s.end):
        if d.date == f.date:
            lo = max(s.start, d.span.start - 60)
            return _REPORTED_ON.search(doc.text, lo, d.span.start) is not None
    return False



#: A restriction's noun near a sentence's opening: "The (federal) ban", "Its suspension".
_OPENING_MEASURE_NOUN = lazy(
    r"(?i)(?:the|this|that|its|their)[ ](?:[\w-]+[ ]){0,2}?(?P<noun>ban|block|suspension|"
    r"restriction|prohibition)\b"
)


def _noun_fits(restriction: bool, kind: ActionKind) -> bool:
    """Whether the measure a sentence opens with may be an action of ``kind`` (a noun of
    restriction is a restrictive act; any other instrument, "the directive", may be any)."""
    return not restriction or kind.family is Family.RESTRICTIVE


def _refines(new: Date, old: Date) -> bool:
    """Whether ``new`` is a finer date inside ``old``: "Feb. 15" for "in February"."""
    return new.is_finer_than(old) and old.contains(new)


def _main_before(doc: _Doc, s: Sentence) -> _Found | None:
    """The last action before sentence ``s`` and within reach that is not an aside: the one a
    sentence opening with "The directive ..." goes on about (only the sentence's own drafts
    are passed over, so a long run of asides costs nothing)."""
    for f in reversed(doc.mains):
        if f.sentence.index == s.index:
            continue
        if s.paragraph - f.sentence.paragraph > _LINK_REACH:
            break
        return f
    return None


def _link_date_by_subject(doc: _Doc, s: Sentence) -> None:
    """ "Great Wall, Leapmotor and Voyah followed within days. Voyah pushed the upgrade to
    owners on 14 February.": a sentence that opens with the actor of an undated action in the
    sentence before, and states no action of its own, dates that action."""
    last = doc.found[-1]  # the caller has checked that there is one
    if last.sentence.index != s.index - 1 or last.sentence.paragraph != s.paragraph:
        return  # no action in the sentence before (or one in this sentence): nothing to date
    subject = next((m for m in doc.index.mentions_between(s.start, min(s.end, s.start + 40))), None)
    if subject is None or subject.start - s.start > 4:
        return
    dates = [d for d in _dates_between(doc, s.start, s.end) if d.date is not None]
    if len(dates) > 1:
        # "The commission said on Thursday that it had contacted the company on Wednesday":
        # the event's date, not the report's
        dates = [
            d
            for d in dates
            if not _REPORTED_ON.search(doc.text, max(s.start, d.span.start - 60), d.span.start)
        ]
    if len(dates) != 1:
        return
    for f in reversed(doc.found):
        if f.sentence.index < s.index - 1 or f.sentence.paragraph != s.paragraph:
            break
        if f.actor == subject.actor and f.date is None:
            f.date = dates[0].date
            return


def _link_reasons(doc: _Doc, s: Sentence) -> None:
    """Reasons in a following sentence that explains the action ("The decision was made due to
    security issues, Kakao reasoned." / "Toyota said it had acted because of ...").

    Where the sentence states an action of its own, only the words before that action can
    explain an earlier one, and only when they open with the earlier action's actor ("Toyota
    said it had acted because of ..., while SoftBank has also blocked ...").
    """
    own: list[_Found] = []  # the sentence's own actions, read just before this
    last = None  # the action before them
    earlier = reversed(doc.found)
    for f in earlier:
        if f.sentence.index != s.index:
            last = f
            break
        own.append(f)
    if last is None or s.paragraph - last.sentence.paragraph > _LINK_REACH:
        return
    main = last if not last.aside else _main_before(doc, s)
    if not own and main is not None and main.temporary is None:
        term = _cue_pattern("temporary").search(s.text)
        if term is not None and _names_a_term(s.text, term, len(s.text)) and (
            _OPENS_WITH_INSTRUMENT.match(s.text)
            # "The agency described the measure as temporary", "The company said the
            # restriction would remain in place until ...": the measure named before its term
            or _MEASURE_NAMED.search(s.text, 0, term.start())
        ):
            main.temporary = True  # "The suspension will stay in place until ..."
    end = min(f.trigger[0] for f in own) if own else s.end
    reasons = _reasons(doc, s.start, end)
    if not reasons:
        return  # (what follows only ever links reasons: most sentences state none)
    # the cheap test first: most sentences stop at it, before their names are read
    links = _links_back(doc.text[s.start : end] if own else s.text)
    own_actors = {f.actor for f in own}
    if own:  # its opening must explain, and name an actor of the sentence before
        if not links or not _opens_with_actor_before(doc, s, end, last, earlier, own_actors):
            return
    elif not links and not _opens_with_actor_before(doc, s, end, last, earlier, own_actors):
        # "Australia banned DeepSeek. Home Affairs Minister Tony Burke said the app posed an
        # unacceptable risk to national security.": one who speaks for the body that acted,
        # in the sentence right after, explains its action
        if (
            main is None
            or main.sentence.index != s.index - 1
            or main.kind is ActionKind.OPPOSE
            # (who opens the sentence first: a few mentions, before its reasons are read)
            or not _speaks_for(
                doc,
                {m.actor for m in doc.index.mentions_between(s.start, min(end, s.start + 80))},
                main.actor,
            )
        ):
            return
        links = True
    if not own and links and s.text[:1] in "BbAaTt":
        several = _SEVERAL_OPENING.match(s.text)
        if several is not None:
            # "Both companies cited the risk ...": the last actions of as many actors
            _link_to_several(doc, _SEVERAL_COUNTS[several["n"].lower()], reasons, s)
            return
    mentioned = {m.actor for m in doc.index.mentions_between(s.start, end)} - own_actors
    # the latest earlier draft of an actor the sentence names, within reach (mentioned leaves
    # out the sentence's own actors, so each one's latest draft comes before it)
    floor = s.paragraph - _LINK_REACH
    named = max(
        (
            doc.latest[actor]
            for actor in mentioned
            if actor in doc.latest and doc.latest[actor][1].sentence.paragraph >= floor
        ),
        default=None,
        key=lambda kept: kept[0],
    )
    anaphoric = not own and (
        _ANAPHORIC_OPENING.match(s.text) is not None
        # "Home Affairs Minister Tony Burke said the app posed ...": one who speaks for the
        # body that acted explains its action
        or (
            main is not None
            and named is None
            and main.kind is not ActionKind.OPPOSE
            and _speaks_for(doc, mentioned, main.actor)
        )
    )
    # "The decision ...": the main action before it, unless a named actor's draft is later
    if anaphoric and main is not None and (named is None or main.rank >= named[1].rank):
        main.reasons = _shared(main.reasons | reasons)
    if named is None:
        return
    named[1].reasons = _shared(named[1].reasons | reasons)
    if own:
        # reasons that only the opening gives are the earlier actor's, not this sentence's
        theirs = reasons - _reasons(doc, end, s.end)
        for f in own:
            f.reasons = _shared(f.reasons - theirs)


def _link_to_several(doc: _Doc, count: int, reasons: frozenset[Reason], s: Sentence) -> None:
    """Give ``reasons`` to the latest action of each of the last ``count`` actors before
    ``s``, within reach ("Toyota barred it. SoftBank limited it. Both companies cited ...")."""
    floor = s.paragraph - _LINK_REACH
    seen: set[str] = set()
    for f in reversed(doc.found):
        if f.sentence.paragraph < floor or len(seen) == count:
            return
        if f.actor in seen or f.sentence.index == s.index:
            continue
        seen.add(f.actor)
        f.reasons = _shared(f.reasons | reasons)


#: A plural subject that refers back to several actors: "Both companies", "The two
#: ministries", "All three".
_SEVERAL_OPENING = lazy(r"(?i)(?P<n>both)\b|(?:the|all)[ ](?P<n>two|three|four)\b")
_SEVERAL_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}
#: The opening of a sentence that goes on about what came before: "The decision ...",
#: "Officials cited ...", "Authorities said ...".
_ANAPHORIC_OPENING = lazy(r"(?i)(?:the|this|that|officials|authorities)[ ]")


def _speaks_for(doc: _Doc, mentioned: set[str], actor: str) -> bool:
    """Whether one of ``mentioned`` speaks for ``actor``: is it, belongs to it, or is a state
    body or official of the same country as a state actor. (Not asked of an opposition, whose
    spokesman's next words defend the opposer: "Guo said the government attaches great
    importance to data privacy".)"""
    acting = doc.index.actor(actor)
    for x in mentioned:
        if x == actor:
            return True
        other = doc.index.actor(x)
        if other.parent == actor:
            return True
        if (
            acting.kind in _BODY_KINDS
            and other.kind in _BODY_KINDS
            and acting.country is not None
            and other.country == acting.country
        ):
            return True
    return False


def _opens_with_actor_before(
    doc: _Doc,
    s: Sentence,
    end: int,
    last: _Found,
    earlier: Iterator[_Found],
    own_actors: set[str],
) -> bool:
    """Whether sentence ``s`` opens (before ``end``) by naming an actor of an action in the
    sentence just before it, in its paragraph. ``earlier`` goes on back from ``last``."""
    if last.sentence.index != s.index - 1 or last.sentence.paragraph != s.paragraph:
        return False
    just_before = {last.actor}
    for f in earlier:
        if f.sentence.index != last.sentence.index:
            break
        just_before.add(f.actor)
    just_before -= own_actors
    return any(
        m.actor in just_before and m.start - s.start < 25
        for m in doc.index.mentions_between(s.start, end)
    )


# ---------------------------------------------------------------------------------------------
# one record per real action
# ---------------------------------------------------------------------------------------------


def _compatible_dates(x: Date | None, y: Date | None) -> bool:
    return x is None or y is None or x.overlaps(y)


def _same_target(x: Sequence[str], y: Sequence[str]) -> bool:
    return not x or not y or bool(set(x) & set(y))


class _Merger:
    """Folds restatements into the first full statement of each action, draft by draft.

    Drafts come in document order. Body statements fold as they come; headlines and captions
    wait for the end, so that one folds into the paragraph it repeats even when it comes first.
    """

    def __init__(self, index: ActorIndex) -> None:
        self._index = index
        self._out: list[_Found] = []
        self._by_actor: dict[str, list[_Found]] = {}
        self._weak: list[_Found] = []

    def add(self, f: _Found) -> None:
        if f.weak:
            self._weak.append(f)
        else:
            self._fold(f)

    def result(self) -> list[_Found]:
        """One draft per action, in the order the actions were first read."""
        for f in self._weak:
            self._fold(f)
        self._weak = []
        return sorted(self._out, key=lambda f: f.rank)

    def _fold(self, f: _Found) -> None:
        bucket = self._by_actor.setdefault(f.actor, [])
        home = next((g for g in bucket if _same_action(g, f)), None)
        if home is None and f.weak:
            home = self._kin_home(f)
        if home is None:
            self._out.append(f)
            bucket.append(f)
        else:
            _absorb(home, f)

    def _kin_home(self, f: _Found) -> _Found | None:
        """A body statement that a headline's or caption's draft repeats under the name of
        the actor's parent company or unit: "Amazon offers R1" over "Amazon Web Services made
        R1 available"."""
        mine = self._index.actor(f.actor)
        if mine.kind is not ActorKind.COMPANY:
            return None
        for actor, bucket in self._by_actor.items():
            if actor == f.actor:
                continue
            other = self._index.actor(actor)
            if other.kind is not ActorKind.COMPANY or not (
                other.parent == f.actor or mine.parent == actor
            ):
                continue
            for g in bucket:
                if not g.weak and _same_action(g, f, kin=True):
                    return g
        return None


def _same_action(g: _Found, f: _Found, *, kin: bool = False) -> bool:
    """Whether ``f`` restates ``g`` (``kin``: by a parent or unit of ``g``'s actor)."""
    if not _compatible_dates(g.date, f.date):
        return False
    if g.scope and f.scope and not g.scope & f.scope:
        return False  # devices of officials vs the public: two measures
    free = g.kind in (ActionKind.OPPOSE, ActionKind.CALL_FOR) and f.kind is g.kind
    if not (free or g.implicit_target or f.implicit_target or _same_target(g.targets, f.targets)):
        return False
    if g.implicit_target is not f.implicit_target and not free:
        # "The Garante, which temporarily banned ChatGPT in 2023, ordered DeepSeek to block
        # its chatbot": a measure on another named product is not the one on the service
        named = g.targets if f.implicit_target else f.targets
        if named and "DeepSeek" not in named and "generative AI" not in named:
            return False
    if g.actor == f.actor or kin:
        if g.kind is f.kind:
            return True
        if g.kind in _KINDS_APART or f.kind in _KINDS_APART:
            return False  # "opened an investigation and urged users to be careful": two acts
        if {g.status, f.status} == {Status.DONE, Status.CONSIDERED}:
            return False  # "whose governor banned the app, is weighing further limits": two
        return g.kind.family is f.kind.family and (g.sentence.index == f.sentence.index or f.weak)
    return False


#: Kinds that are never another wording of a kin of their family in the same sentence: a
#: warning beside an inquiry, a lifting beside an adoption.
_KINDS_APART = frozenset({ActionKind.WARN, ActionKind.LIFT})


#: The specific measures that a generic "restrict" of the same sentence is another wording of.
_RESTRICT_SPECIFIC = frozenset({ActionKind.BLOCK, ActionKind.BAN, ActionKind.SUSPEND})


def _absorb(home: _Found, f: _Found) -> None:
    if (
        home.kind is ActionKind.RESTRICT
        and f.kind in _RESTRICT_SPECIFIC
        and f.status is Status.DONE
        and f.sentence.index == home.sentence.index
    ):
        # "Several countries have restricted DeepSeek, among them Italy, which blocked the
        # app": the group's generic word, then the member's own measure
        home.kind = f.kind
    seen = home.seen_spans()
    for span in (f.evidence, *f.mentions):
        if span != home.evidence and span not in seen:
            home.mentions.append(span)
            seen.add(span)
    if home.date is None or (
        f.date is not None
        and _refines(f.date, home.date)
        # (not by a plan restated: "AWS would continue to offer ..." on Thursday does not date
        # "made them available earlier this year")
        and (f.status is Status.DONE or f.status is home.status)
    ):
        home.date = f.date if f.date is not None else home.date
    if home.temporary is None:
        home.temporary = f.temporary
    home.scope = _shared(home.scope | f.scope)
    home.reasons = _shared(home.reasons | f.reasons)
    for t in f.targets:
        if t not in home.targets:
            home.targets.append(t)
    if home.status is not Status.DONE and f.status is Status.DONE and not f.weak:
        home.status = Status.DONE


#: The kinds of actor that act for a country: its bodies and (with a body as parent) people.
_STATE_KINDS = frozenset(
    {
        ActorKind.GOVERNMENT_AGENCY,
        ActorKind.REGULATOR,
        ActorKind.LEGISLATURE,
        ActorKind.SUBNATIONAL_GOVERNMENT,
        ActorKind.PERSON,
        ActorKind.COUNTRY,
    }
)


def merge_country_level(actions: Iterable[Action], index: ActorIndex) -> list[Action]:
    """Fold an action stated of a whole country into the same kind of action by one of its
    bodies or people in the same document ("South Korea suspends ..." = "the PIPC suspended
    ..."; "the government announced a fund" = "Acting President Choi announced a fund")."""
    actions = [_for_the_body(a, index) for a in actions]
    folded: dict[int, list[int]] = {}
    for i, act in enumerate(actions):
        d = index.actor(act.actor)
        if d.kind is not ActorKind.COUNTRY:
            continue
        for j, other in enumerate(actions):
            if j == i or other.kind is not act.kind:
                continue
            od = index.actor(other.actor)
            if (
                od.kind is ActorKind.COUNTRY
                or od.kind not in _STATE_KINDS
                or od.country != d.country
            ):
                continue  # a company's ban is not the country's: "Westpac has banned it"
            if (
                od.kind is ActorKind.PERSON
                and od.parent
                and index.actor(od.parent).kind not in _STATE_KINDS
            ):
                continue  # an executive's act is not the country's either
            if od.kind is ActorKind.SUBNATIONAL_GOVERNMENT or od.region:
                continue  # a state's ban is not the country's
            if act.scope and other.scope and not set(act.scope) & set(other.scope):
                continue  # government devices vs work phones: two measures
            if other.status is not act.status or not _compatible_dates(act.date, other.date):
                continue  # "Canada banned it" is not "Canada's ministry said it would ban it"
            if act.kind.family is not Family.OTHER and not _same_target(act.targets, other.targets):
                continue
            folded.setdefault(j, []).append(i)
            break
    dropped = {i for group in folded.values() for i in group}
    out = []
    for j, act in enumerate(actions):
        if j in dropped:
            continue
        out.append(_fold(act, [actions[i] for i in folded[j]]) if j in folded else act)
    return out


_SPEAKS_FOR = lazy(
    r"(?i)\b(?:spokes(?:person|man|woman)|press[ ]secretary|official|representative)\b"
)
#: A department's secretary, whose directions are the department's own: "Home Affairs
#: Secretary Stephanie Foster issued a direction" (not a cabinet or press secretary; the
#: person's name becomes an alias of the department).
_HEADS_STAFF = lazy(r"(?i)(?<!cabinet[ ])(?<!press[ ])(?<!general[ ])\bsecretary$")


def _for_the_body(act: Action, index: ActorIndex) -> Action:
    """A spokesperson's protest is their ministry's: "Ministry of Foreign Affairs spokesperson
    Guo Jiakun criticised ..." is an action of the ministry."""
    d = index.actor(act.actor)
    if (
        d.kind is ActorKind.PERSON
        and d.parent
        and d.role
        and (
            _SPEAKS_FOR.search(d.role)
            or (
                _HEADS_STAFF.search(d.role)
                and index.has(d.parent)
                and index.actor(d.parent).kind is ActorKind.GOVERNMENT_AGENCY
            )
        )
        and index.has(d.parent)
        and index.actor(d.parent).kind is not ActorKind.COUNTRY
    ):
        index.add_alias(d.parent, d.name)
        return attrs.evolve(act, actor=d.parent)
    return act


def _fold(host: Action, extra: Sequence[Action]) -> Action:
    mentions = list(host.mentions)
    scope = list(host.scope)
    reasons = list(host.reasons)
    date = host.date
    temporary = host.temporary
    for x in extra:
        for sp in (x.evidence, *x.mentions):
            if sp != host.evidence and sp not in mentions:
                mentions.append(sp)
        scope += [v for v in x.scope if v not in scope]
        reasons += [v for v in x.reasons if v not in reasons]
        if date is None:
            date = x.date
        if temporary is None:
            temporary = x.temporary
    return attrs.evolve(
        host,
        mentions=tuple(mentions),
        scope=_in_order(scope),
        reasons=_reasons_in_order(reasons),
        date=date,
        temporary=temporary,
    )
