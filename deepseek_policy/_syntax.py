"""Shallow syntax shared by the action and claim parsers: clauses, masks and subjects.

News sentences are long but regular. A clause runs between breaks (";", "while", ", but",
an asyndetic ", X did ..."); appositives, non-restrictive relative clauses and quotations are
*masked* so that the subject of "Perplexity, the AI search startup, started offering R1" is
found before the comma; a subject is the nearest actor mention before the verb that is not
inside a prepositional phrase, spread over a coordinated list ("Australia, Japan, Taiwan and
the U.S. state of Texas").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Protocol

import attrs

from deepseek_policy._calendar import MONTH_NAME_ALTERNATION, WEEKDAY_ALTERNATION
from deepseek_policy._rx import folded_holds, lazy, lazy_re, rx
from deepseek_policy._segment import Segmentation, Sentence
from deepseek_policy.actors import TARGET_ID, ActorIndex, Mention
from deepseek_policy.model import ActorKind

__all__ = [
    "Clause",
    "Context",
    "Mask",
    "clause_of",
    "in_prepositional_phrase",
    "mask_at",
    "masks",
    "names_and_rest",
    "strip_modifiers",
    "subject_after",
    "subject_before",
]

Mask = tuple[int, int, str]


class Context(Protocol):
    """What the helpers read: the text, its segmentation and its actor index."""

    @property
    def text(self) -> str: ...
    @property
    def seg(self) -> Segmentation: ...
    @property
    def index(self) -> ActorIndex: ...


@attrs.frozen
class Clause:
    """A clause's offsets in the document text."""

    start: int
    end: int


_PREPOSITION_BEFORE = lazy_re(
    r"(?:\b(?:of|in|from|at|to|by|with|for|on|into|across|about|against|after|before|following|"
    r"than|under|over|between|among|through|via|amid|despite|near|beyond|within|without|toward|"
    r"outside|inside|throughout|during|"
    r"towards|behind|alongside|including|joining|join|joins|unlike|per|prior to|according to|"
    r"chaired by|led by|like|such as)|[Ff]ollowing|[Aa]ccording to|[Ll]ike|"
    r"(?:^|(?<=[“\"(]))(?:In|On|At|From|For|By|With|Under|After|Before|Across|Among|During|"
    r"Unlike|Amid|Despite|Outside|Inside|Throughout))[ ]+(?:the[ ]+|a[ ]+|"
    r"an[ ]+|its[ ]+|their[ ]+)?(?:(?!(?:that|which|who|and|but|or|said|says|"
    r"told|added|noted|stated|announced|reported|confirmed|wrote|explained|argued|claimed|"
    r"warned)[ ])[\w’'.-]+[ ]){0,3}$"
)  # "on Thursday that the ministry ...", "in Seoul said the ministry": a clause boundary


_LIKE_BEFORE = lazy(
    r"(?:\b(?:like|such as|including|among them)[ ]+)(?:the[ ]+|those[ ]of[ ]+(?:the[ ]+)?)?"
    # (the member may be a place's: "city governments, including Shenzhen's Futian district")
    r"(?:[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,2}(?:’s|'s)[ ])?$"
)


#: A possessive ending that owners listed together each take: "Microsoft's and Amazon's".
POSSESSIVE_S = frozenset({"'s", "’s"})
#: What joins owners listed together after the first one's "'s": " and ", ", ", ", and ".
_OWNERS_JOINT = lazy(r"(?:,[ ](?:and[ ])?|[ ]and[ ])(?:the[ ])?")
_LIST_GAP = lazy(
    # a bracket may close an acronym first: "Korea Electric Power Corporation (KEPCO) and ..."
    r"^\)?[ ]*(?:[,;][ ]*(?:(?:and|or|as[ ]well[ ]as|&|plus)[ ]+)?|(?:and|or|as[ ]well[ ]as|&|plus|"
    r"along[ ]with|together[ ]with)[ ]+)(?:(?:the|its|their|both|some|several|other)[ ]+)?"
    # a level of government the name leaves out: "the defense ministry and the national
    # (police agency)"
    r"(?:(?:national|federal|central|state|provincial|regional|local|municipal)[ ]+)?$"
)


#: Another event a clause dates its action by: ", days after Taiwan barred public agencies".
_OTHER_EVENT = (
    r",[ ](?:(?:a|one|two|three|four|five|several|a[ ]few|just|only|barely|mere)[ ])?"
    r"(?:hours|days?|weeks?|months?)[ ](?:after|before)[ ]"
)

_CLAUSE_BREAK = lazy_re(
    r";|[ ]while[ ]|,[ ]while[ ]|[ ]whereas[ ]|,[ ]but[ ]|[ ]but[ ](?=\w+[ ]\w+)|"
    r"[ ](?:—|–|--)[ ]|"  # a spaced dash, or two hyphens standing for one (plain-text copy)
    r":[ ](?=[A-Z])|,[ ](?:though|although)[ ]|"
    # a consequence: ", leading to restrictions at government agencies" is not the action's
    r",[ ](?:leading[ ]to|prompting|sparking|triggering)[ ]|" + _OTHER_EVENT,
)


#: The rest of an aside between spaced dashes, a dozen words with no verb, to its closing
#: dash: "(— )the Garante — ", "(— )among them Italy and Taiwan — ".
_DASH_ASIDE = lazy_re(
    r"(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|said|says|"
    r"told|who|which|that|[a-z]+ed)\b)[\w’'.&-]+,?[ ]){1,12}(?:—|–|--)[ ]"
)


_RELATIVE = lazy_re(
    # (a quantifier may open it: ", several of which had started to ...")
    r",[ ](?:(?:several|some|many|most|all|each|both|one|two|three|none|few|half)[ ]of[ ])?"
    r"(?:which|who|whom|whose|where)\b[^,;]{0,240}?(?=,|;|$)"
    # (or between spaced dashes: "NASA — which blocked DeepSeek in January — said ...")
    r"|[ ](?:—|–|--)[ ](?:which|who|whose)\b[^,;—–]{0,240}?[ ](?:—|–|--)(?=[ ])"
)


_APPOSITIVE = lazy_re(
    # ("also" only before a name's participle: ", also known as ...", not ", also told staff")
    r",[’'”\"]?[ ](?:(?:a|an|the|its|his|her|their|both|one|another)[ ]|(?:known|often|"
    r"also(?=[ ](?:known|called|dubbed|referred|spelled))|"
    r"established|set|founded|"
    # ("called on" and "called for" are a verb's: ", called on ministers to bar it,")
    r"introduced|launched|based|headquartered|described|called(?![ ](?:on|for|upon)\b)|dubbed|"
    r"owned|run|backed|created|"
    r"developed|"
    r"built|released|published|issued|drafted|signed|chaired)\b"
    # a participle that takes an object is the main verb: "Foster, issued a direction ..."
    r"(?![ ](?:a|an|the|its|his|her|their|new)[ ])"
    # a possessive owner before a common noun: "SK Telecom, South Korea's largest carrier,"
    r"|[A-Z][\w.&-]{0,30}(?:[ ][A-Z][\w.&-]{0,30}){0,2}['’]s[ ](?=[a-z]))[^,;]{0,160}?(?=,)"
)


#: A sentence's fronted place or time, up to its comma: "In Spain", "Elsewhere in Europe",
#: "On Capitol Hill", "At the Pentagon".
_FRONTED_PLACE_BEFORE = lazy_re(
    r"(?:In|On|At|Elsewhere[ ]in|Meanwhile[ ]in|Across|Outside|Within|Inside)[ ](?:the[ ])?"
    r"[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,3}"
    # "Separately, the commission issued ...": a sentence adverb is no name to describe
    r"|[A-Z][a-z]+ly|Meanwhile|However|Elsewhere|Still|Earlier|Later|Instead|Nonetheless|"
    r"Nevertheless|Moreover|Furthermore|Also|Now|Then|Today|Yesterday|Overall|Likewise|Thus|"
    r"Therefore|Yet"
    # a fronted time: "On Monday", "Last Thursday", "On 28 January", "Early on Feb. 6, 2025"
    r"|(?:(?:On|By|Since|Until|From|Through|Early|Late|Earlier|Later|Last|This|Next|Then|"
    rf"As[ ]of)[ ](?:on[ ]|in[ ]|the[ ])?)?(?:{WEEKDAY_ALTERNATION}"
    r"(?:[ ](?:morning|afternoon|evening|night))?|(?:[0-9]{1,2}(?:st|nd|rd|th)?[ ](?:of[ ])?)?"
    rf"{MONTH_NAME_ALTERNATION}(?:[ ][0-9]{{1,2}}(?:st|nd|rd|th)?)?(?:,?[ ][0-9]{{4}})?)"
)


def masks(doc: Context, s: Sentence) -> list[tuple[int, int, str]]:
    """Stretches of a sentence the subject search passes over: relative clauses, appositives,
    participial modifiers and quotations."""
    text = doc.text
    out: list[tuple[int, int, str]] = []
    # each clause pattern opens with a comma: a sentence without one has quotations only
    comma = text.find(",", s.start, s.end) >= 0
    dashed = not comma and any(text.find(d, s.start, s.end) >= 0 for d in ("— ", "– ", "-- "))
    for rel in _RELATIVE.finditer(text, s.start, s.end) if comma or dashed else ():
        out.append((rel.start(), _list_tail_end(text, rel.end(), s.end), "relative"))
    pos = s.start
    while comma:
        app = _APPOSITIVE.search(text, pos, s.end)
        if app is None:
            break
        m = app
        # only after a name (or another appositive): "Perplexity, the AI search startup, ..."
        head = text[max(s.start, m.start() - 60) : m.start()]
        if (
            (
                rx(r"(?:[A-Z][\w’'&.+)-]*|\))[’'”\"]?$").search(head)
                or any(e == m.start() for _s, e, _k in out)
            )
            and not any(x <= m.start() < y for x, y, _k in out)
            and not _comma_inside_name(doc, m.start(), m.end(), s.end)
            and not _FINITE_VERB.search(text, m.start(), m.end())
            and not _only_names(doc, m.start(), m.end())
            # "In Spain, the data protection agency, ...": a fronted place closes at its comma
            # (as does a sentence adverb: "Separately, the commission issued an alert ...")
            and not _FRONTED_PLACE_BEFORE.fullmatch(text, s.start, m.start())
        ):
            out.append((m.start(), _list_tail_end(text, m.end(), s.end), "appositive"))
        pos = m.end()
    for m in _PARTICIPIAL.finditer(text, s.start, s.end) if comma else ():
        if not any(x <= m.start() < y for x, y, _k in out):
            out.append((m.start(), m.end(), "appositive"))
    for q in doc.seg.quotes_in(s.start, s.end):
        out.append((q.start, q.end, "quote"))
    out.sort()
    return out


#: The rest of a list of names that a clause ending in a name opens, up to the comma that
#: closes the clause: "(, a coalition of groups from Belgium), Italy, Spain and Brazil(,)",
#: "(, which has offices in Germany), France and Spain(,)".
_LIST_TAIL = lazy_re(
    r"(?:,[ ][A-Z][\w.&’'-]{0,30}(?:[ ][A-Z][\w.&’'-]{0,30}){0,3}){1,8}"
    r",?[ ]and[ ][A-Z][\w.&’'-]{0,30}(?:[ ][A-Z][\w.&’'-]{0,30}){0,3}(?=,)"
)


def _list_tail_end(text: str, end: int, limit: int) -> int:
    """Where a relative clause or appositive ending at ``end`` ends when the name it ends in
    opens a list that runs on past its comma (``end`` where none does)."""
    if not text.startswith(", ", end) or _NAME_AT_END.search(text, max(0, end - 32), end) is None:
        return end
    m = _LIST_TAIL.match(text, end, limit)
    return m.end() if m is not None else end


_NAME_AT_END = lazy_re(r"(?<![\w.’'-])[A-Z][\w.’'-]{0,30}$")


#: A finite verb with its auxiliary: no appositive holds one (", the Netherlands and Taiwan
#: have barred DeepSeek from government devices," is the rest of a list and its predicate).
_FINITE_VERB = lazy_re(
    r"[ ](?:have|has|had|will|would)[ ](?:also[ ]|now[ ]|already[ ])?[a-z]+ed[ ]"
    # ", the Centre said on Thursday it would host ...,": a reporting clause
    r"|[ ](?:said|says|told|announced)[ ](?:[\w.]+[ ]){0,3}?(?:it|they|that|he|she)[ ]"
    # ", the data protection authority is investigating DeepSeek,": a predicate
    r"|[ ](?:is|are|was|were)[ ](?:also[ ]|now[ ]|already[ ])?[a-z]+ing[ ]"
    # ", the Ministry of Unification and the Ministry of Defense blocked access to DeepSeek,"
    r"|[ ][a-z]{3,}ed[ ](?:access[ ]to|DeepSeek\b|it\b|the[ ](?:app|service|use)\b)"
)


def names_and_rest(doc: Context, start: int, end: int) -> tuple[list[Mention], str]:
    """The names in ``text[start:end]`` (modifiers aside) and the text around them, the
    pieces joined by spaces: what a test of "only names here" reads."""
    text = doc.text
    names = [m for m in doc.index.mentions_between(start, end) if m.via != "modifier"]
    rest, cursor = [], start
    for m in names:
        rest.append(text[cursor : m.start])
        cursor = m.end
    rest.append(text[cursor:end])
    return names, " ".join(rest)


def _only_names(doc: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (", the Navy and the Pentagon") holds names joined by "and"
    and nothing else: the rest of a list, not an appositive."""
    names, rest = names_and_rest(doc, start, end)
    return len(names) >= 2 and _LIST_GLUE.fullmatch(rest) is not None


#: What joins the names of a list: commas, "and", "or", articles.
_LIST_GLUE = lazy_re(r"(?:[ ,’'”\"]|\b(?:and|or|the)\b)*")


def _comma_inside_name(doc: Context, start: int, comma: int, end: int) -> bool:
    """Whether the comma that would close an appositive lies inside a name ("..., the Ministry
    of Defense and the Ministry of Trade, Industry and Energy have ...")."""
    return any(x.start < comma < x.end for x in doc.index.mentions_between(start, end))


_PARTICIPIAL = lazy_re(
    r",[ ](?:introduced|launched|established|founded|released|published|issued|set[ ]up|built|"
    r"created|developed|announced|unveiled|opened)[ ](?:in|on|last|earlier|by|"
    r"at)[ ][^,;]{0,80}?(?=,)"
)


def mask_at(masks: Sequence[tuple[int, int, str]], offset: int) -> tuple[int, int, str] | None:
    for x, y, k in masks:
        if x <= offset < y:
            return (x, y, k)
    return None


#: How far from a point in a sentence its readers look (no sentence of news is longer): the
#: clause reader for names, the claim reader for a sentence's end.
SENTENCE_REACH = 2000


def clause_of(
    doc: Context, s: Sentence, offset: int, masks: Sequence[tuple[int, int, str]]
) -> Clause:
    """The clause around ``offset``: from the last clause break before it to the next after."""
    text = doc.text
    start, end = s.start, s.end
    aside_end = -1
    for m in _CLAUSE_BREAK.finditer(text, s.start, s.end):
        if m.start() < aside_end or mask_at(masks, m.start()) is not None:
            continue
        if text.startswith(("—", "–", "-"), m.start() + 1):
            # a noun phrase between two dashes is an aside, no clause: "Italy's regulator —
            # the Garante — blocked it", "Several countries — among them Italy and Taiwan —"
            aside = _DASH_ASIDE.match(text, m.end(), s.end)
            if aside is not None and not m.start() < offset < aside.end():
                aside_end = aside.end()
                continue
        if m.group() == ";" and _list_semicolon(doc, text, s, m.start()):
            continue
        if m.end() <= offset:
            start = m.end()
        elif m.start() >= offset:
            end = m.start()
            break
    # an asyndetic clause: ", Honor wired it into ..." / ", and Oppo said ..."; each test
    # below needs a comma before the mention (", " or ',” ' after a quotation), so a side of
    # the clause without one is skipped
    has_comma = text.find(",", start, offset) >= 0
    # (in a clause longer than any sentence of news, only the last stretch before the offset
    # is read: a list of thousands of names would make each trigger's reading quadratic)
    scan_from = max(start, offset - SENTENCE_REACH)
    named = [m for m in doc.index.mentions_between(scan_from, offset) if m.via != "modifier"]
    # the last name that opens a clause of its own starts this one: read from the end, the
    # first that does is it (each test reads only the text after the name before it)
    for i in range(len(named) - 1, -1, -1) if has_comma else ():
        mention = named[i]
        named_before = named[i - 1].start if i > 0 else -1
        lead_at = max(start, mention.start - 60)
        lead = text[lead_at : mention.start]
        opening = _comma_lead(lead)
        if (
            (
                opening is not None
                and mention.start > start + 2
                and _previous_not_listed(doc, text, start, mention)
                # not the object of a named subject after the comma: ", the privacy watchdog
                # ordered DeepSeek blocked"
                and named_before <= mention.start - len(lead) + lead.rfind(",")
            )
            and mask_at(masks, mention.start) is None
            and _verb_follows(doc, mention, offset)
        ):
            # (the clause opens at its time: ", and in July the Czech government banned it")
            start = lead_at + opening.start("time") if opening["time"] else mention.start
            break
    has_comma = text.find(",", offset, end) >= 0
    for mention in doc.index.mentions_between(offset, end) if has_comma else ():
        lead = text[max(offset, mention.start - 60) : mention.start]
        if _comma_lead(lead) and mask_at(masks, mention.start) is None:
            nxt = text[mention.end : mention.end + 60]
            if rx(
                # (a list of names may come first: ", and Australia and Taiwan have banned",
                # and end in an unnamed group: ", and Taiwan and several US states banned")
                r"(?:(?:,[ ]|[ ]and[ ])[A-Z][\w.-]*+(?:[ ][A-Z][\w.-]*+){0,2}){0,4}"
                r"(?:[ ]and[ ](?:several|some|many|other|a[ ]few|at[ ]least[ ][\w]+)"
                r"(?:[ ][\w-]+){0,2}?[ ][a-z]+s)?"
                r"(?:[ ](?:also|has|have|had|is|was|will|would|said|then))*[ ](?:[a-z]+ed|said|"
                r"says|added|wired|put|began|started|has|have|had|is|was|will)\b"
            ).match(nxt):
                end = mention.start
                break
    return Clause(start, end)


_OTHER_EVENT_BEFORE = lazy_re(_OTHER_EVENT + r"\Z")


def tells_other_event(text: str, clause_start: int) -> bool:
    """Whether the clause starting at ``clause_start`` tells another event the sentence's own
    action is dated by (it follows ", days after"): its action is an aside."""
    if not text.endswith(("after ", "before "), 0, clause_start):
        return False
    return _OTHER_EVENT_BEFORE.search(text, max(0, clause_start - 40), clause_start) is not None


_COMMA_LEAD = lazy_re(
    r",[\"”’']?[ ](?:and[ ])?"
    # (a time may open the clause: ", and in July the (Czech government)", ", and on Monday")
    r"(?P<time>(?:in|on|by|last|this|later|earlier)[ ](?:[A-Z][a-z]+\.?|[a-z]+|[0-9]{4})"
    r"(?:[ ][0-9]{1,4})?,?[ ])?"
    r"(?:(?:the|a|an)[ ](?:[a-z-]+[ ]){0,4}|"
    # a group before its place after ", and": ", and regulators in (France)", ", and
    # lawmakers from (Ohio)"
    r"(?<=and[ ])[a-z-]+[ ](?:in|from|at|including|such[ ]as)[ ](?:the[ ])?|"
    # a title or place before a name: ", and New York Gov. Kathy Hochul"
    r"(?:[A-Z][\w’'-]*\.?[ ]){1,3}(?=[A-Z]))?$"
)


def _comma_lead(lead: str) -> re.Match[str] | None:
    """The text before a mention if it ends in ", " and a few lower-case words (", and the
    ", ", a new") or a title: searched only from the last comma, as no later one can be inside
    a match (a quotation may close after it: '"in any capacity," and the agency')."""
    comma = lead.rfind(",")
    if comma < 0:
        return None
    before = lead.rfind(",", 0, comma)
    if before >= 0:  # (a time with its own comma: ", and in July, the (Czech government)")
        timed = _COMMA_LEAD.match(lead, before)
        if timed is not None and timed["time"]:
            return timed
    return _COMMA_LEAD.match(lead, comma)


#: A finite verb: a past tense, or an auxiliary.
_CLAUSE_VERB_BEFORE = lazy_re(r"\b(?:[a-z]{3,}ed|has|have|had|is|are|was|were|will|would)\b")


def _previous_not_listed(doc: Context, text: str, start: int, mention: Mention) -> bool:
    """Whether a subject stands earlier in the clause that this mention is not listed with
    ("Huawei added R1 ..., Honor wired it" - yes; "Toyota Motor, MHI and SoftBank" - no)."""
    lo = max(start, mention.start - SENTENCE_REACH)
    before = doc.index.last_mention_between(lo, mention.start, skip_via="modifier")
    if before is None and lo > start:
        return True  # (a name that far back is listed with nothing this close)
    if before is None:
        # "Several ministries blocked access, and the regulator suspended ...": an unnamed
        # subject's clause, with a verb of its own, before the comma
        cut = text.rfind(", ", start, mention.start)
        return cut > start and _CLAUSE_VERB_BEFORE.search(text, start, cut) is not None
    gap = strip_modifiers(doc, text, before.end, mention.start)
    if _LIST_GAP.match(gap) is None:
        return True
    if _COMMA_AND.match(gap) is not None:
        # "DeepSeek sends data to China, and Italy blocked it": a comma before "and" ends a
        # list of three or more, not of two ("Toyota, MHI, and SoftBank")
        first = doc.index.last_mention_between(lo, before.start, skip_via="modifier")
        return (
            first is None
            or _LIST_GAP.match(strip_modifiers(doc, text, first.end, before.start)) is None
        )
    return False


#: A comma and "and" between two names: "China, and (Italy)".
_COMMA_AND = lazy(r",[ ]and[ ](?:the[ ])?$")


def _verb_right_after(text: str, end: int) -> bool:
    """Whether a verb follows ``end``, past auxiliaries, adverbs and a day ("the interior
    ministry on Tuesday sent ...")."""
    return bool(
        rx(
            rf"(?:[ ](?:on[ ])?{WEEKDAY_ALTERNATION}|[ ]last[ ](?:week|month))?"
            r"(?:[ ](?:has|have|had|was|were|is|are|will|would|also|then|first|just|recently|"
            r"quickly|reportedly|itself|swiftly))*[ ](?:[a-z]+ed|began|put|cut|set|shut|made|took|"
            r"said|says|has|had|is|was|sent|told|gave|held|led|won|brought|built|sought|ran|wrote|"
            r"drew|spent|kept|chose|struck|bought|[a-z]+s)\b"
        ).match(text[end : end + 60])
    )


def opening_subject(doc: Context, s: Sentence) -> Mention | None:
    """The mention a sentence opens with as its subject, a verb right after it ("DeepSeek kept
    shipping.", "The company said ..."), or None."""
    text = doc.text
    for m in doc.index.mentions_between(s.start, min(s.end, s.start + 80)):
        if m.via == "modifier":
            continue
        if m.start != s.start and not text.startswith("The ", s.start, m.start):
            return None
        return m if _verb_right_after(text, m.end) else None
    return None


#: A verb in the plain present after a plural subject: "as UK MPs demand a review".
_PLURAL_VERB_AFTER = lazy(
    r"[ ](?:also[ ])?(?:demand|call|urge|say|warn|ban|block|seek|push|want|plan|consider|weigh|"
    r"move|vote|pass|approve|adopt|deploy|use|restrict|review|ask|question|claim|argue|fear|"
    r"worry|raise|press|back|oppose|reject|criticise|criticize|probe|investigate)\b"
)


#: "..., after the country's privacy regulator (ordered)", "even as regulators elsewhere
#: (moved)": a subordinate clause whose own subject, a description or a bare plural, runs up
#: to the verb.
_SUBORDINATE_SUBJECT = (
    r"\b(?:after|before|since|until|once|when|while|as)[ ](?:(?:the|a|an|its|their|some|many|"
    r"several|most|other|these|those)[ ]"
    r"(?:[\w’'-]+[ ]){1,5}|[a-z]+s[ ](?:[a-z]+[ ]){0,3}"
    # (a place's bodies: "after South Korea's ministries (blocked it)")
    r"|(?-i:[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,2})(?:’s|'s)[ ](?:[a-z-]+[ ]){0,2}[a-z]+s[ ])$"
)
_SUBORDINATE_WORDS = ("after", "before", "since", "until", "once", "when", "while", " as ")
_SUBORDINATE_SUBJECT_AT_END = lazy(r"(?i)" + _SUBORDINATE_SUBJECT)


def subordinate_subject_ends(gap: str) -> bool:
    """Whether ``gap`` ends in a subordinate clause's opening and its own subject ("..., even
    as regulators elsewhere "): the verb after it is that subject's, not an earlier name's.
    Only the gap's last stretch is read: the opening stands at most six words before its end."""
    tail = gap[-_SUBORDINATE_REACH:]
    return (
        folded_holds(tail, _SUBORDINATE_WORDS)
        and _SUBORDINATE_SUBJECT_AT_END.search(tail) is not None
    )


#: How far before a verb a subordinator with its subject may stand, in characters.
_SUBORDINATE_REACH = 90


_NEW_CLAUSE = lazy(
    r"(?i)\b(?:said|says|reported|announced|stated|claimed|noted|warned|argued|revealed|confirmed|"
    r"insisted|believes|believed|added|explained|told[ ]\w+)[ ](?:[\w.]+[ ]){0,4}?that[ ]|"
    r"\b(?:whether[ ](?!to[ ])|because[ ]|although[ ]|though[ ]|unless[ ]|if[ ])|"
    r"[ ]it[ ](?:has|had|is|was)[ ]been[ ]|"
    # "..., just as it banned TikTok": a subordinate clause with a pronoun of its own
    r"\b(?:as|while|after|before|because|when|since|once|although|though|until)[ ]"
    r"(?:it|they|he|she)[ ]|"
    # "told a Senate hearing that employees were not allowed ...": a that-clause's own subject
    r"\bthat[ ](?:(?:the|its|their|all|some|many)[ ])?[a-z]+[ ](?:were|was|are|is|had|have|"
    r"has|would|will|could|should|must|can)[ ]|"
    # a reported clause with a subject of its own, after the reporting verb: "reported the
    # company would ...", "said DeepSeek's R1 model failed to block ...", "said 52% of its
    # clients had blocked it"
    r"\b(?:said|says|reported|reports|announced|claimed|revealed|confirmed)[ ](?:"
    r"(?:(?:on[ ])?[A-Z][a-z]+[ ])?(?:the|a|an)[ ](?:[\w-]+[ ]){1,3}?(?:would|will|had|has|have|"
    r"was|were|is|are|plans|planned|could|may|might|should|intends|aims)[ ]"
    r"|[A-Z][\w.-]*(?:’s|'s)[ ](?:[\w-]+[ ]){1,3}?(?:would|will|had|has|have|was|were|is|are|"
    r"could|can|may|might|failed|did)[ ]"
    r"|(?:about[ ]|some[ ])?(?:\d[\d.,]{0,6}[ ]?(?:%|per[ ]?cent)|most|many|half|several|"
    r"a[ ](?:third|quarter|fifth|majority|minority)|two-thirds|three-quarters)[ ]of[ ]"
    r"|(?:its[ ]|all[ ])?(?:employees|staff|workers|personnel)[ ](?:may|must|should|cannot|"
    r"could|will|would|are|were)[ ]"
    r")|"
    # "recommended that companies ban it": a recommendation's that-clause has its own subject
    r"\b(?:recommend(?:s|ed|ing)?|suggest(?:s|ed|ing)?|propos(?:es|ed|ing)|urg(?:es|ed|ing)|"
    r"advis(?:es|ed|ing))[ ]that[ ]"
)


#: Words one of which every branch of :data:`_NEW_CLAUSE` holds, in lower case. ("whether to
#: ban": the verb's subject is the clause's own, as in "Japan is weighing whether to ban".)
_NEW_CLAUSE_WORDS = (
    "that", "whether", "because", "though", "unless", "if", " it ", " they ", " he ", " she ",
    "said", "says", "report",
    "announced", "claimed", "revealed", "confirmed",
)  # fmt: skip


def _new_clause(between: str) -> bool:
    """Whether a new clause opens between a mention and its verb: :data:`_NEW_CLAUSE`, tried
    only where one of its words stands in the folded text (most gaps are a word or two), or a
    subordinate clause with its own subject at the gap's end."""
    return (
        folded_holds(between, _NEW_CLAUSE_WORDS) and _NEW_CLAUSE.search(between) is not None
    ) or subordinate_subject_ends(between)


def _without_masks(text: str, start: int, end: int, masks: Sequence[tuple[int, int, str]]) -> str:
    out = []
    cursor = start
    for x, y, _k in masks:
        if y <= cursor or x >= end:
            continue
        out.append(text[cursor : max(cursor, x)])
        cursor = max(cursor, y)
    out.append(text[cursor:end])
    return "".join(out)


@functools.cache
def _title_before() -> re.Pattern[str]:
    from deepseek_policy.actors import _title_alt

    return re.compile(r"(?<![\w-])(?:" + _title_alt() + r")[ ]$")


def _list_semicolon(doc: Context, text: str, s: Sentence, at: int) -> bool:
    """A semicolon that separates the items of a list of names ("the Ministry of A; Ministry
    of B; and Ministry of C have ..."), not two clauses."""
    prev = text.rfind(";", s.start, at)
    seg_start = s.start if prev < 0 else prev + 1
    before = _without_mentions(doc, text, seg_start, at)
    if not rx(r"[ ]*(?:and[ ]+)?(?:[Tt]he[ ]+)?(?:'s|’s)?[ ]*").fullmatch(before):
        return False
    nxt = doc.index.mentions_between(at, min(s.end, at + 120))
    return (
        bool(nxt)
        and rx(r";[ ]*(?:and[ ]+)?(?:the[ ]+)?").fullmatch(text[at : nxt[0].start]) is not None
    )


def _without_mentions(doc: Context, text: str, start: int, end: int) -> str:
    pieces = []
    cursor = start
    for m in doc.index.mentions_between(start, end):
        pieces.append(text[cursor : m.start])
        cursor = m.end
    pieces.append(text[cursor:end])
    return "".join(pieces)


def _verb_follows(doc: Context, mention: Mention, limit: int) -> bool:
    """Whether a verb follows a mention (and any names listed with it) directly (", Honor
    wired it ...", ", and A and B followed suit"), rather than more of a longer list."""
    text = doc.text
    end = mention.end
    for nxt in doc.index.mentions_between(end, min(limit, end + SENTENCE_REACH)):
        gap = strip_modifiers(doc, text, end, nxt.start)
        if nxt.via == "modifier":
            continue
        if _LIST_GAP.match(gap) is None:
            break
        end = nxt.end
    between = text[end:limit]
    if not between.strip():
        return True  # the trigger itself follows
    if rx(r",|[ ](?:and|or|&)[ ]").search(between):
        return False
    return (
        bool(
            rx(r"(?:[ ](?:also|has|have|had|is|was|will|would|then|itself|too))*[ ][a-z]").match(
                between
            )
        )
        and len(between.split()) <= 5
    )


#: A place's possessive or adjective before firms or institutions that are the subject
#: themselves: "China's biggest carmakers have integrated ...", "U.S. cloud companies", "Geely,
#: China's second-largest carmaker, ...".
_GROUP_OF_PLACE = lazy_re(
    # (not the place's own government system: "Guangdong's government service platform")
    r"(?:’s|'s)?[ ](?:(?!(?:government|municipal|provincial|e-government)[ ])[\w-]+[ ]){0,3}?"
    r"(?:compan(?:y|ies)|firms?|carmakers?|automakers?|"
    r"chipmakers?|makers?|manufacturers?|brands?|banks?|lenders?|insurers?|brokerages?|"
    r"conglomerates?|chaebol|businesses|enterprises|startups?|start-ups?|developers?|"
    r"operators?|providers?|retailers?|platforms?|giants?|hospitals?|universit(?:y|ies)|"
    r"carriers?|telcos?|airlines?|utilities|"
    r"schools?|investors|users|consumers|"
    # one person the place describes: "a New Jersey Democrat who co-sponsored ..."
    r"Democrat|Republican|lawmaker|legislator|senator|congressman|congresswoman)(?![\w-])"
    # "the second US state to ban it": the place names the kind of one government, right
    # before it (but "some U.S. states have banned it" stands for the country's part)
    r"|[ ](?:state|province|prefecture)(?![\w-])"
)


#: People of a body named after "at": "(Italian) regulators at (the Garante)".
_GROUP_AT_BEFORE = lazy_re(
    r"(?i)\b(?:regulators|officials|staff|employees|lawmakers|investigators|engineers|"
    r"researchers|analysts|experts|scientists|economists|strategists|executives|managers|"
    r"specialists|officers|advisers|advisors|lawyers)[ ]at[ ](?:the[ ])?$"
    # (members in a chamber: "A bipartisan group in the House has proposed ...")
    r"|\b(?:group|members|lawmakers|legislators|senators|MPs|coalition|caucus)[ ]in[ ]the[ ]$"
)
#: Bodies of the places a list names: "Regulators in the Netherlands, France and Ireland",
#: or the members a group names after a comma: "Several countries, among them Italy and ...".
_GROUP_IN_BEFORE = lazy_re(
    r"(?i)\b(?:regulators|authorities|officials|governments|watchdogs|agencies|lawmakers|"
    r"ministries|legislators|parliaments|officers|offices|bodies|those)[ ](?:in|of|from)[ ]"
    r"(?:the[ ])?$|"
    # "Several countries, among them Italy and Taiwan, have ...": the members it names (the
    # first may be a place's: "Several ministries, among them South Korea's foreign and ...")
    r"(?:,|[ ](?:—|–|--))[ ](?:among[ ]them|including|such[ ]as)[ ](?:the[ ])?"
    r"(?:[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,2}(?:’s|'s)[ ])?$|"
    # "A bill introduced by Representatives Josh Gottheimer and Darin LaHood would ...": its
    # sponsors, each of them
    r"\b(?:introduced|sponsored|co-sponsored|filed|proposed|drafted|tabled)[ ](?:[\w.]+[ ]){0,3}?"
    r"by[ ](?:(?:Reps?|Sens?)\.[ ]|[A-Z][a-z]+[ ])?$"
)


def _place_before_group(doc: Context, m: Mention, hi: int) -> bool:
    """Whether mention ``m`` is a place that only qualifies the firms after it (not its
    government's own system: "Guangdong's government service platform has connected to ...")."""
    return (
        doc.index.actor(m.actor).kind in (ActorKind.COUNTRY, ActorKind.SUBNATIONAL_GOVERNMENT)
        and not (
            doc.text.endswith(("government", "Government"), m.start, m.end)
            and ("'s " in doc.text[m.start : m.end] or "’s " in doc.text[m.start : m.end])
        )
        and _GROUP_OF_PLACE.match(doc.text, m.end, hi) is not None
    )


def _place_of_body_before(doc: Context, body: Mention, place: Mention) -> bool:
    """Whether ``place`` only locates the named body right before it ("Ruijin Hospital in
    Shanghai", "the Garante in Rome"): a relative clause after both is the body's."""
    return (
        doc.text[body.end : place.start] == " in "
        and doc.index.actor(place.actor).kind in _PLACE_OWNER_KINDS
        and doc.index.actor(body.actor).kind not in _PLACE_OWNER_KINDS
        and body.actor != TARGET_ID
    )


def _appositive_name(doc: Context, desc: Mention, name: Mention, gap: str, hi: int) -> bool:
    """Whether ``name`` stands in apposition to the description before it: "the Czech
    cybersecurity agency, NUKIB, warned" (a list would join its last member with "and")."""
    return (
        desc.via == "description"
        and name.via == "name"
        and gap == ", "
        and doc.text.startswith(",", name.end)
        and " and " not in doc.text[name.end : hi]
    )


#: A sentence that opens with a subordinate clause: "Since DeepSeek topped the charts, ...".
_FRONTED_SUBORDINATOR = lazy(
    r"[\"“]?(?:Since|After|When|While|Although|Though|Because|As|Once|Before|Until|Whereas|"
    r"Even[ ](?:though|as))[ ]"
)


def _in_fronted_clause(text: str, start: int, m: Mention, hi: int) -> bool:
    """Whether mention ``m`` stands in the subordinate clause a sentence opens with, and the
    verb at ``hi`` after that clause's comma: "Since DeepSeek topped the charts in January,
    governments have moved to limit its use" (the governments limit it, not DeepSeek)."""
    if m.start - start > 80 or not text.startswith(_FRONTED_OPENINGS, start):
        return False
    if _FRONTED_SUBORDINATOR.match(text, start) is None:
        return False
    comma = text.find(", ", start, hi)
    return m.end <= comma


_FRONTED_OPENINGS = ("Since", "After", "When", "While", "Alth", "Though", "Because", "As ",
                     "Once", "Before", "Until", "Whereas", "Even", '"', "“")


def subject_before(
    doc: Context,
    s: Sentence,
    lo: int,
    hi: int,
    masks: Sequence[tuple[int, int, str]],
    *,
    relative: bool = False,
    first: bool = False,
) -> list[str]:
    """The actor mention nearest before ``hi`` in ``[lo, hi)`` that can be a subject, with the
    coordinated mentions before it ("Australia, Japan, Taiwan and Texas")."""
    text = doc.text
    unquoted = [x for x in masks if x[2] != "quote"]
    cands = [
        m
        for m in doc.index.mentions_between(lo, hi)
        if m.via != "modifier" and mask_at(unquoted, m.start) is None
    ]
    chosen: list[Mention] = []
    order = range(len(cands)) if first else range(len(cands) - 1, -1, -1)
    for i in order:
        m = cands[i]
        if _restated_acronym(text, cands, i):
            continue  # "... of the Mainland Affairs Council (MAC)": the name before decides
        if (
            in_prepositional_phrase(text, lo, m, doc)
            and not relative
            and not (
                (
                    text.find(" at ", max(lo, m.start - 8), m.start) >= 0
                    or text.find(" in the ", max(lo, m.start - 8), m.start) >= 0
                )
                and _GROUP_AT_BEFORE.search(text, max(lo, m.start - 40), m.start)
            )
        ):
            continue  # (but "Italian regulators at the Garante said": the body they are at)
        if (
            first
            and text.startswith(("’s ", "'s "), m.end)
            and (m.start > lo + 4 or (i + 1 < len(cands) and cands[i + 1].start == m.end + 3))
        ):
            # an owner is no subject: "it had deployed DeepSeek's models, making them ...",
            # and at the opening, right before the body it owns: "The British government's
            # Department for ... said"
            continue
        if (
            not relative
            and (text.startswith(" and ", m.end) or text.startswith(", ", m.end))
            and _AUX_AFTER_AND.match(text, m.end, hi)
            and _VERB_BEFORE_OBJECT.search(text, max(lo, m.start - 25), m.start)
        ):
            continue  # "said it had tested DeepSeek and would (integrate it)": an object
        if first and text.startswith(": ", m.end) and i + 1 < len(cands):
            continue  # a label: "Italy: the Garante ordered ... and opened an inquiry"
        if not relative and _new_clause(_without_masks(text, m.end, hi, masks)):
            continue
        if not relative and _in_fronted_clause(text, s.start, m, hi):
            continue
        if (
            not relative
            and text.startswith(("’s ", "'s "), m.end)
            and ", " in _without_masks(text, m.end, hi, masks)
        ):
            # an owner is no subject past its noun phrase's clause: "BYD has built DeepSeek's
            # models into its cars, joining a wave of firms racing to adopt ..."
            continue
        if _place_before_group(doc, m, hi):
            continue  # "China's biggest carmakers", "U.S. cloud companies": not the country
        at = i
        if relative and i > 0 and _place_of_body_before(doc, cands[i - 1], m):
            at = i - 1  # "Ruijin Hospital in Shanghai, which said ...": the hospital
            m = cands[at]
        chosen = [m]
        # spread over a coordinated list to the left
        j = at - 1
        while j >= 0:
            prev = cands[j]
            if prev.end > chosen[0].start:
                j -= 1  # another reading of the same words ("the Dutch government")
                continue
            if (
                in_prepositional_phrase(text, lo, prev, doc)
                and not relative
                and not _GROUP_IN_BEFORE.search(text, max(lo, prev.start - 60), prev.start)
                # ("after Australia, Taiwan and South Korea restricted it": a clause's subject)
                and not _SUBORDINATOR_BEFORE.search(text, max(lo, prev.start - 10), prev.start)
            ):
                break  # ("Regulators in the Netherlands, France and ...": the list's first)
            if rx(
                r"(?i)\b(?:members|officials|lawmakers|legislators|"
                r"representatives)[ ]of[ ](?:the[ ])?(?:[\w’'-]+[ ]){0,2}$"
            ).search(text[max(lo, prev.start - 60) : prev.start]):
                break  # "two members of the committee, A and B, ...": A and B are the members
            gap = strip_modifiers(doc, text, prev.end, chosen[0].start)
            if (
                _LIST_GAP.match(gap) is None
                and not _listed_past_appositive(doc, prev.end, chosen[0].start, gap, unquoted)
                # "Toyota, Mitsubishi and SoftBank": a name no list holds, before the last "and"
                and (len(chosen) > 1 or _UNKNOWN_ITEM_GAP.match(gap) is None)
            ):
                break
            if _appositive_name(doc, prev, chosen[0], gap, hi):
                break  # "The Czech cybersecurity agency, NUKIB, warned": one body, named
            if (
                gap.startswith(", and ")
                and len(chosen) == 1
                and text.count(",", prev.end, chosen[0].start) == 1
                and not text.endswith((", ", ",  "), 0, prev.start)
            ):
                break  # "... block DeepSeek, and Latvia's chancellery barred it": two clauses
                # (a list of two names takes no comma before "and", but for a tag or an
                # appositive: "Gottheimer, D-N.J., and LaHood"; "A, B, and C" does)
            chosen.insert(0, prev)
            j -= 1
        # and to the right ("KB Financial Group and KB Kookmin Bank blocked ...")
        k = at + 1
        while k < len(cands):
            nxt = cands[k]
            gap = strip_modifiers(doc, text, chosen[-1].end, nxt.start)
            if _LIST_GAP.match(gap) is None or _place_before_group(doc, nxt, hi):
                break
            chosen.append(nxt)
            k += 1
        break
    if not chosen:
        named = _named_in_apposition(doc, lo, hi, masks)
        if named is None or relative:
            # (also a relative clause's antecedent: "South Korea's ministries, which blocked it")
            named = _place_of_owned_bodies(doc, lo, hi)
        return [named] if named is not None else []
    if text[chosen[0].end : chosen[0].end + 2] in POSSESSIVE_S:
        chosen[:0] = fellow_owners(doc, lo, chosen[0])
    return list(dict.fromkeys(m.actor for m in chosen))


#: A verb right before a mention, which is then its object: "had tested (DeepSeek)".
_VERB_BEFORE_OBJECT = lazy_re(r"\b(?:[a-z]{2,}(?:ed|ing)|use|uses|tried)[ ](?:the[ ])?$")
#: "and", then an auxiliary opening the second of two coordinated verb phrases, whose subject
#: is the first's: "(tested DeepSeek) and would not use it", "(would not use DeepSeek), citing
#: security concerns, and would instead roll out".
_AUX_AFTER_AND = lazy_re(
    r"(?:,[ ][^,.;]{1,60},)?[ ]and[ ](?:(?:also|then|now|later|instead)[ ])?"
    r"(?:would|will|could|may|might|has|had|have|is|was|"
    r"plans[ ]to|planned[ ]to|intends[ ]to)[ ][^,.;]{0,40}$"
)


#: A list's item that names no known actor, before the list's last "and": ", Mitsubishi and ".
_UNKNOWN_ITEM_GAP = lazy(r"^,[ ](?:[A-Z][\w&’'.-]*[ ]){0,2}?[A-Z][\w&’'.-]*,?[ ]and[ ]$")


#: A subordinating conjunction right before a name: the clause it opens has that name in its
#: subject, though the word is also a preposition ("after Australia, Taiwan and Korea acted").
_SUBORDINATOR_BEFORE = lazy_re(r"\b(?:after|before|since|until|once|because|when|while)[ ]$")


def _place_of_owned_bodies(doc: Context, lo: int, hi: int) -> str | None:
    """The place whose unnamed public bodies are the subject right before ``hi``: "South
    Korea's ministries (blocked)", "Ghana's state agencies (have banned)" (its firms or banks
    are no part of its government)."""
    text = doc.text
    window = text[max(lo, hi - 90) : hi]
    if "'s " not in window and "’s " not in window:
        return None  # (most subjects hold no possessive)
    for m in reversed(doc.index.mentions_between(max(lo, hi - 90), hi)):
        if m.via != "modifier":
            return None
        if doc.index.actor(m.actor).kind not in _PLACE_OWNER_KINDS:
            return None
        return m.actor if _BODIES_OF_PLACE.match(text, m.end, hi) is not None else None
    return None


#: Places whose possessive before unnamed public bodies names the acting government.
_PLACE_OWNER_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.SUBNATIONAL_GOVERNMENT})
#: A place's possessive, then its unnamed public bodies, up to their verb: "'s ministries ",
#: "'s federal agencies have ", "'s government bodies and agencies ".
_BODIES_OF_PLACE = lazy(
    r"(?:’s|'s)[ ](?:(?:federal|national|state|central|government|public|provincial|local|"
    r"key|top|other|main|several)[ ]){0,2}(?:ministries|agencies|departments|bodies|offices|"
    r"institutions)(?:[ ](?:and|or)[ ](?:ministries|agencies|departments|bodies|offices))?"
    # (or the antecedent of a relative clause: "South Korea's ministries(, which blocked)")
    r"(?:$|[ ]"
    r"(?:(?:have|has|had|also|all|now|already|quickly|since|recently|swiftly|both)[ ]){0,3}"
    # (an aspect verb before a gerund: "'s ministries began (blocking)", "started to (block)")
    r"(?:(?:began|begun|begin|begins|started|start|starts|continued|continue|moved)"
    r"(?:[ ]to)?[ ])?$)"
)


def fellow_owners(doc: Context, lo: int, owner: Mention) -> list[Mention]:
    """The owners listed before an owner that own the same noun: "Microsoft's and (Amazon's
    cloud platforms)", "Google's, Oracle's and (IBM's clouds)" (the earlier ones are read as
    modifiers of the list)."""
    text = doc.text
    found: list[Mention] = []
    nxt = owner.start
    for m in reversed(doc.index.mentions_between(max(lo, owner.start - 120), owner.start)):
        if m.end > nxt:
            continue  # another reading of the same words
        gap = text[m.end : nxt]
        if gap[:2] not in POSSESSIVE_S or _OWNERS_JOINT.fullmatch(gap, 2) is None:
            break
        found.insert(0, m)
        nxt = m.start
    return found


def _listed_past_appositive(
    doc: Context, end: int, nxt: int, gap: str, masks: Sequence[tuple[int, int, str]]
) -> bool:
    """Whether an appositive right after a name is followed by the list's next item: "Josh
    Gottheimer, a New Jersey Democrat, and Darin LaHood", "Italy's Garante, the privacy
    regulator, and France's CNIL"."""
    if not gap.startswith(", "):
        return False
    for x, y, kind in masks:
        if x == end and kind == "appositive" and y < nxt:
            return _LIST_GAP.match(strip_modifiers(doc, doc.text, y, nxt)) is not None
    return False


def _restated_acronym(text: str, cands: Sequence[Mention], i: int) -> bool:
    """Whether mention ``i`` is an acronym in brackets right after another mention ("the
    Mainland Affairs Council (MAC)"): it restates that name, whose place in the sentence (the
    object of "of") is its own."""
    m = cands[i]
    if i == 0 or text[m.start - 1 : m.start] != "(" or text[m.end : m.end + 1] != ")":
        return False
    return cands[i - 1].end >= m.start - 2


def _named_in_apposition(
    doc: Context, lo: int, hi: int, masks: Sequence[tuple[int, int, str]]
) -> str | None:
    """ "The Secretary of the Department of Home Affairs, Stephanie Foster, issued ...": a
    title opening the clause, then the person's name set off by commas, is the subject."""
    text = doc.text
    for x, y, kind in masks:
        if kind != "appositive" or not lo < x < hi:
            continue
        lead = text[lo:x]
        if "," in lead or not _title_inside().search(lead):
            return None
        for m in doc.index.mentions_between(x, y):
            if doc.index.actor(m.actor).kind is ActorKind.PERSON:
                return m.actor
        return None
    return None


@functools.cache
def _title_inside() -> re.Pattern[str]:
    from deepseek_policy.actors import _title_alt

    return re.compile(
        r"^(?:[Tt]he|[Aa]n?|[Ii]ts)?[ ]?(?:[\w’'.-]+[ ]){0,2}?(?:" + _title_alt() + r")\b"
    )


def strip_modifiers(doc: Context, text: str, start: int, end: int) -> str:
    """The text between two mentions with qualifying words taken out: modifier mentions
    ("the U.S. state of"), bracketed acronyms, "state of"."""
    pieces = []
    cursor = start
    for m in doc.index.mentions_between(start, end):
        if m.via == "modifier":
            piece = text[cursor : m.start]
            pieces.append(rx(r"[ ](?:of|from|in)[ ]$").sub(" ", piece))
            owner = rx(r"(?:’s|'s|’|')[ ]").match(text, m.end, end)  # "Dongfeng’s Voyah"
            cursor = owner.end() if owner is not None else m.end
    pieces.append(text[cursor:end])
    return _clean_gap("".join(pieces))


def _clean_gap(gap: str) -> str:
    """The words a gap between two mentions can lose: "the state of", a party or title before
    a name, a bracketed note. Each substitution needs a word or mark that the gap (mostly ", "
    or " and ") seldom holds, so it is tried only where that stands."""
    if " of " in gap:
        gap = rx(
            r"(?:(?:the|a)[ ])?(?:(?:U\.S\.|US|American|Chinese|[A-Z][a-z]+n)[ ])?"
            r"(?:state|province|city|prefecture|county|district)[ ]of[ ]"
        ).sub("", gap)
    if "the the " in gap:
        gap = rx(r"(?:the[ ]){2}").sub("the ", gap)
    if gap.startswith(" of "):
        gap = rx(r"^[ ]of[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2}").sub("", gap)  # "X of New Jersey"
    if gap.endswith((" ", " \n")):  # the pattern ends in "[ ]$"
        gap = rx(
            r"(?:Democrat|Republican|Rep\.|Sen\.|Gov\.|Senator|Representative|Governor|Mayor)[ ]$"
        ).sub("", gap)
    if "-" in gap:  # a party and state after a name: ", D-N.J.," / ", R-Ill.,"
        gap = _PARTY_TAG.sub("", gap)
    return rx(r"[ ]?\([^)]{1,40}\)").sub("", gap) if "(" in gap else gap


#: A US legislator's party and state after the name: ", D-N.J.", ", R-Ill.", ", I-Vt.".
_PARTY_TAG = lazy_re(r",[ ][DRI]-[A-Z][A-Za-z.]{1,8}(?=,)")


#: A quantity of people before "of": its object is who acts ("a pair of House lawmakers").
_GROUP_OF = lazy_re(
    r"(?i)\b(?:pair|group|trio|handful|coalition|bipartisan[ ]group|number|dozens|"
    r"hundreds)[ ]of[ ](?:the[ ])?"
    # (and how many: "a group of 23 (MEPs)", "a coalition of 40 (senators)")
    r"(?:(?:[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)[ ])?$"
)


#: A bill with the verb of its filing and "in" before a chamber: "A bipartisan bill
#: introduced in the (Senate)", "a measure filed in the state (House)", "Bills introduced in
#: (Congress)".
_BILL_FILED_IN = lazy_re(
    r"(?i)\b(?:bills?|legislation|measures?|proposals?|amendments?)[ ](?:(?:that|which)[ ]"
    r"(?:was|were|has[ ]been|have[ ]been)[ ])?"
    r"(?:introduced|filed|tabled|submitted|presented|proposed)[ ]"
    r"(?:[\w-]+[ ]){0,3}?in[ ](?:the[ ])?(?:[\w.-]+[ ])?$"
)


#: A minister's title with its portfolio, right before a name.
_PORTFOLIO_TITLE_BEFORE = lazy(
    r"\b(?:Minister|Secretary)[ ]of[ ](?:the[ ])?(?:[A-Z][\w&]*[ ](?:and[ ]|&[ ])?){1,5}$"
)


#: A word that makes the group after it an object: "told (officials in Ireland)", "talks with
#: (regulators in France)".
_GROUP_AS_OBJECT_BEFORE = lazy_re(
    r"(?i)\b(?:with|to|from|by|for|told|asked|met|urged|informed|notified)[ ](?:the[ ])?"
    r"(?:[\w’'-]+[ ]){0,2}$"
)


#: The unnamed head of a body, opening a clause: "The President of the", "The chairman of".
_UNNAMED_HEAD_OF = lazy_re(
    r"[Tt]he[ ](?:[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Hh]ead)[ ]of[ ]"
    r"(?:the[ ])?(?:[\w’'-]+[ ]){0,2}$"
)


def in_prepositional_phrase(text: str, lo: int, m: Mention, doc: Context) -> bool:
    before = text[max(lo, m.start - 60) : m.start]
    if _PREPOSITION_BEFORE.search(before) is None:
        # most mentions: every test below can only turn a "yes" into a "no" (but the second
        # name of a list after a preposition is in the phrase: "reported it to Apple and Google")
        if not before.endswith((" and ", " and the ")):
            return False
        listed = _PREPOSITION_LIST_BEFORE.search(before)
        # ("Regulators in Italy and France": the bodies of the places listed act)
        return listed is not None and not (
            listed["prep"] == "in" and _GROUP_IN_BEFORE.search(before, 0, listed.end("prep") + 1)
        )
    if _LIKE_BEFORE.search(before):
        # "firms like Kakao": the examples are the subject
        return False
    if rx(
        r"(?i)\b(?:ministries|departments|agencies|offices|bureaus|ministry|"
        r"department)[ ]of[ ](?:the[ ])?$"
    ).search(before):
        return False  # "the ministries of Finance and Environment": a list of names, not a place
    group = rx(
        r"(?i)\b(?:authorities|officials|government|members|lawmakers|legislators|regulators|"
        r"watchdogs|ministers)[ ](?:in|of|at|"
        r"from)[ ](?:the[ ])?(?:[\w’'-]+[ ]){0,2}$"
    ).search(before)
    if group is not None and not _GROUP_AS_OBJECT_BEFORE.search(before, 0, group.start()):
        # "Authorities in Futian District", "Members of the National Assembly", "Regulators in
        # Ireland have opened ..." (but "Apple told officials in Ireland it had ...": whom Apple
        # told, and the place is theirs)
        return False
    if _GROUP_OF.search(before):
        return False  # "a bipartisan pair of House lawmakers", "a group of senators"
    head = _UNNAMED_HEAD_OF.search(before)
    if head is not None and max(lo, m.start - 60) + head.start() == lo:
        return False  # "The President of the Personal Data Protection Office has ordered ...":
        # the unnamed head that opens the clause acts for the body
    if (
        before.endswith(("in ", "in the "))
        and _BILL_FILED_IN.search(before)
        and doc.index.actor(m.actor).kind is ActorKind.LEGISLATURE
    ):
        return False  # "A bill introduced in the Senate would ...": the chamber proposes it
    if _title_before().search(before):
        return False  # "Ministry of Foreign Affairs spokesperson Guo Jiakun": a title, not a place
    if _PORTFOLIO_TITLE_BEFORE.search(before):
        return False  # "Minister of Digital Affairs Huang Yen-nun": the title's portfolio
    region_of = rx(
        r"(?i)\b(?:city|province|state|town|county|prefecture|district|country|island|region|"
        r"municipality)(?=[ ]of[ ](?:(?:[A-Z][\w.-]*[ ]){0,2}[A-Z][\w.-]*(?:’s|'s|’|')[ ])?$)"
    ).search(before)
    if region_of is not None and not _names_end_at(doc, max(lo, m.start - 60) + region_of.end()):
        return False  # "the eastern city of Zhenjiang says", "the state of Queensland's ..."
        # (but "The Futian district of Shenzhen": a district named, in the city)
    if rx(
        r"(?i)\b(?:after|before|since|until|as|while|because|when|once|though|although|"
        r"if)[ ](?:the[ ])?(?:[\w-]+[ ]){0,2}$"
    ).search(before) and (
        _verb_right_after(text, m.end)
        or (text[m.end - 1 : m.end] == "s" and _PLURAL_VERB_AFTER.match(text, m.end) is not None)
    ):
        return False  # "after the Chinese startup released ...": a clause, not a phrase
    if m.start - lo <= 60 and _fronted_time_before(text, lo, m.start):
        return False  # "In March the Garante opened an inquiry": a time, then the subject
    # "Following guidelines from the Interior Ministry" / "In Italy,"
    return not rx(r"(?:,|;)[ ]*(?:the[ ])?$").search(before)


#: A clause's fronted time with no comma after it, right before its subject: "In March (the
#: Garante)", "and on Monday (the ministry)", "In November 2025 (Germany)".
_FRONTED_TIME_NO_COMMA = lazy_re(
    r"\b(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Ll]ate[ ]in|"
    rf"[Ee]arly[ ]in)[ ](?:{MONTH_NAME_ALTERNATION}(?:[ ][0-9]{{1,2}})?(?:,?[ ][0-9]{{4}})?|"
    rf"{WEEKDAY_ALTERNATION}|[0-9]{{4}})[ ](?:the[ ])?$"
)


def _names_end_at(doc: Context, end: int) -> bool:
    """Whether a mention of an actor ends at ``end`` ("Futian district" before " of")."""
    last = doc.index.last_mention_between(max(0, end - 60), end)
    return last is not None and last.end == end


def _fronted_time_before(text: str, lo: int, end: int) -> bool:
    """Whether a time with no comma opens the clause at ``lo`` right before ``end``, or
    follows a comma, "and", "but" or a report's verb there ("Toyota said on Monday the
    carmaker had ...": the report's time, then its statement's subject)."""
    t = _FRONTED_TIME_NO_COMMA.search(text, lo, end)
    if t is None:
        return False
    return t.start() == lo or text.endswith(_TIME_OPENS_AFTER, lo, t.start())


#: What a clause's fronted time may follow: a comma, a conjunction, a report's verb.
_TIME_OPENS_AFTER = (", ", "; ", "and ", "but ", "said ", "says ", "added ", "announced ")


#: A preposition (not "of", whose lists are names: "the ministries of Finance and Defense")
#: and a capitalised name, then "and": "to Apple and (Google)", "with Microsoft and (Amazon)".
_PREPOSITION_LIST_BEFORE = lazy_re(
    r"\b(?P<prep>to|from|at|with|for|on|in|into|against|under|toward|towards)[ ](?:the[ ])?"
    # (not a time: "blocked it in January and Ireland opened ...")
    rf"(?!(?:{MONTH_NAME_ALTERNATION}|{WEEKDAY_ALTERNATION})\b)"
    # (no comma before "and": "connected to DeepSeek, and Chongqing announced" is a clause)
    r"[A-Z][\w.&’'-]*(?:[ ][A-Z][\w.&’'-]*){0,4}(?:,[ ][A-Z][\w.&’'-]*(?:[ ][A-Z][\w.&’'-]*)"
    r"{0,4}){0,3}[ ]and[ ](?:the[ ])?$"
)


def subject_after(doc: Context, start: int, end: int) -> list[str]:
    cands = [m for m in doc.index.mentions_between(start, end) if m.via != "modifier"]
    if not cands:
        return []
    chosen = [cands[0]]
    for nxt in cands[1:]:
        gap = doc.text[chosen[-1].end : nxt.start]
        if _LIST_GAP.match(gap) is None:
            break
        chosen.append(nxt)
    # "chaired by Premier Cho Jung-tai": a person stands for their body where one is known
    return list(dict.fromkeys(m.actor for m in chosen))
