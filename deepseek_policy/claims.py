"""Find attributed statements: direct quotations and reported speech, with their speakers.

A direct quotation is a claim when something attributes it: a reporting verb and a speaker
after it (“…,” Burke said / “…,” said Sung Kim, CEO of …), before it (Nam Seok explained,
“…”), or a quotation just before it that did (“…,” he said. “…”), including one that runs on
into the next paragraph. Short quoted words inside a sentence are scare quotes or partial
quotes and belong to the reported statement around them, if any.

Reported speech is a clause governed by a reporting verb ("X said (that) …", "X described R1
as …"), a sentence-final attribution ("…, the firm explained."), "according to X", a
participle ("…, warning that …") or a claim noun ("the company's claim that …").

Speakers go through the actor index: a person, "he"/"she", a surname, "a spokesperson for the
group" (the group), "a ministry official" (the ministry), "its spokesperson" (the subject).

>>> from deepseek_policy import extract
>>> ex = extract('“We will not sit on our hands,” Home Affairs Minister Tony Burke said.')
>>> [(ex.actor(c.speaker).name, c.quote, c.cue) for c in ex.claims]
[('Tony Burke', True, 'said')]
"""

from __future__ import annotations

import bisect
import collections
import datetime as _dt
import re
import sys
from collections.abc import Sequence
from functools import partial

import attrs

from deepseek_policy._calendar import MONTH_FULL_ALTERNATION, WEEKDAY_ALTERNATION
from deepseek_policy._rx import fold, fold_after, folded_holds, lazy, lazy_re, rx
from deepseek_policy._segment import (
    ParagraphKind,
    Quote,
    Segmentation,
    Sentence,
    dateline_at,
    is_abbreviation,
)
from deepseek_policy._syntax import (
    SENTENCE_REACH,
    in_prepositional_phrase,
    mask_at,
    masks,
    names_and_rest,
    subject_before,
)
from deepseek_policy._trie import trie_pattern
from deepseek_policy.actors import (
    _PEOPLE_OF,
    _SHORT_HEADS,
    _STOP_CAPS,
    TARGET_ID,
    ActorIndex,
    _Draft,
    _plausible_person,
)
from deepseek_policy.dates import DateMention
from deepseek_policy.model import Action, ActorKind, Claim, Date, Family, Quantity, Span

__all__ = ["find_claims"]

#: The reporting verbs, as one trie-shaped alternation (one branch tried per character, where
#: a flat list of seventy words costs seventy tries at every word start).
_REPORTING_WORDS = (
    "said", "says", "say", "stated", "states", "claimed", "claims", "claim", "noted", "notes",
    "explained", "explains", "emphasized", "emphasised", "emphasizes", "asserted", "asserts",
    "argued", "argues", "argue", "warned", "warns", "wrote", "writes", "reported", "reports",
    "revealed", "reveals", "reasoned", "told", "tells", "added", "adds", "described",
    "describes", "stressed", "stresses", "insisted", "insists", "confirmed", "confirms",
    "acknowledged", "admitted", "pointed out", "points out", "highlighted", "maintained",
    "contended", "estimated", "predicted", "suggested", "cited", "criticized", "criticised",
    "believes", "believed", "expects", "expected", "conceded", "countered", "replied",
    "responded", "announced", "concluded", "observed", "remarked", "complained", "hoped",
    "hopes", "urged", "urges", "denied", "denies", "estimate", "estimates", "cautioned",
    "notified", "informed", "posted", "posts", "accused", "accuses", "dismissed", "dismisses",
    "reiterated", "reiterates", "reads", "read", "recalled", "recalls", "found", "finds",
    "tweeted", "tweets", "ruled", "disputed", "disputes", "testified", "testifies",
    "disclosed", "discloses", "alleged", "alleges",
)  # fmt: skip
_REPORTING = trie_pattern(_REPORTING_WORDS)
_VERB = lazy_re(rf"(?<![\w-])(?P<verb>{_REPORTING})(?![\w-])")
#: The last words before a reporting verb, as its subject ("the ministry also", "Li has"); the
#: standard engine runs this end-anchored search twice as fast as ``regex``.
_SUBJECT_TAIL = lazy_re(
    r"(?:^|(?<=[ ,]))(?P<np>(?:[\w’'.&+-]+[ ]){0,9}?[\w’'.&+-]+)[ ]+(?:(?:also|further|"
    r"then|had|has|have|long|later|previously|once|reportedly)[ ]+)*$"
)
_AFTER_QUOTE = lazy(  # ``regex``: ``re`` is super-linear on a long run of spaces here
    # the verb first where it opens the tail ('“...,” said Nam Seok, director of the bureau.
    # He added ...': the speaker is Nam Seok, not "He" with "added")
    # (an honorific's stop stays inside the speaker: '..., said Dr. Benjamin Ang')
    rf"^[,.!?]?[ ]*(?:(?P<verb2>{_REPORTING})[ ]+"
    rf"(?P<post>(?:\b(?:Mrs?|Ms|Dr|Prof|Gov|Sen|Rep|Lt|Gen|Col|Capt|St)\.|[^.!?“”\"]){{1,160}})|"
    rf"(?P<pre>(?:[^.!?“”\"]|\.(?=[ ]?[A-Z][A-Za-z]{{0,12}}[ ]|"
    rf"[A-Z]\.)){{1,220}}?)[ ]+(?P<verb1>{_REPORTING})(?![\w-]))"
)
_CALLED = lazy(
    r"\b(?P<verb>called|calls|calling|described|describes|describing|dubbed|dubs|labelled|"
    r"labeled|termed|terms)[ ](?:[\w’'.$%-]+[ ]){0,6}?(?:as[ ])?$"
)
#: How far before or after a quotation its attribution is looked for (characters).
_TAIL = 400
_BEFORE_QUOTE = lazy(
    rf"(?:(?P<verb>{_REPORTING})(?![\w-])[^“”\"]{{0,120}}?|according[ ]to[^“”\"]{{1,80}}?)[,:][ ]*$"
)
#: Any word one of the reporting constructions below needs (a cheap first test per sentence).
_REPORT_GATE_WORDS = (
    *_REPORTING_WORDS, "according", "saying", "arguing", "claiming", "insisting", "warning",
    "adding", "noting", "stressing", "explaining", "calling", "describing", "whose", "stating",
)  # fmt: skip
#: The same words as a pattern, case-sensitive: it runs over folded text (see :func:`_may_report`).
_REPORT_GATE = lazy_re(r"(?<![\w-])(?:" + trie_pattern(_REPORT_GATE_WORDS) + r")(?![\w-])")
_ACCORDING_WORD = lazy_re(r"(?<!\w)according(?!\w)")  # the word itself, as a token
#: Whom a speaker told, at the end of a sentence: "told reporters", "told a Senate hearing",
#: "told Reuters".
_AUDIENCE = (
    r"(?:reporters|journalists|lawmakers|legislators|senators|parliament|Parliament|Congress|"
    # "told a Senate hearing", "told this newspaper", "told a reporter"
    r"(?:a|an|the|this)[ ](?:[\w-]+[ ]){0,3}?(?:press|hearing|briefing|conference|committee|"
    r"panel|session|forum|meeting|summit|interview|audience|newspaper|broadcaster|outlet|podcast|"
    r"newsroom|publication|website|magazine|reporter|correspondent)|"
    # "told Italian media", "told state broadcaster CCTV", "told local television"
    r"(?:[\w-]+[ ]){0,2}?(?:media|press|television|radio|broadcaster(?:[ ][A-Z][\w&.-]*)?)|"
    r"(?:the[ ])?[A-Z][\w&.-]{0,30}(?:[ ][A-Z][\w&.-]{0,30}){0,3})"
)
#: An audience and where it heard, and nothing more: a final attribution ("told the Financial
#: Times in an interview.").
_TOLD_WHERE_ONLY = lazy(
    r"[ ](?:[\w’'.&-]+[ ]){1,5}?(?:in|on|at|during)[ ](?:an?[ ]|the[ ]|its[ ]|a[ ]recent[ ])?"
    r"(?:[\w-]+[ ])?(?:interview|statement|briefing|post|call|hearing|conference|email|"
    r"podcast|broadcast)[.]?$"
)
_LISTENERS = lazy(rf"{_AUDIENCE}[ ](?=[a-zA-Z])")
#: A word that opens or carries a clause: a time or place phrase after "said" holds none
#: ("said on Thursday it would host ..." is a report, not a final attribution).
_NO_CLAUSE_WORD = (
    r"(?!(?:it|they|he|she|we|would|will|could|should|that|had|has|have|is|was|were|are)\b)"
)
#: When a statement was made, right after its verb with no preposition: " the following
#: week", " last month", " Thursday", " later".
_WHEN_SAID = (
    r"[ ](?:(?:the[ ](?:following|next|previous|same)|last|this|that|earlier[ ]this|later[ ]that)"
    r"[ ](?:day|week|weekend|month|year|morning|afternoon|evening)"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|later|earlier)"
)
#: A title with no article that opens an appositive after a name: "chief executive of",
#: "head of", "co-founder of", "senior fellow at".
_BARE_TITLE = (
    r"(?:(?:chief|senior|deputy|vice|executive|managing|founding|former|acting)[ ][a-zA-Z ]{2,30}"
    r"|head|director|founder|co-founder|president|chairman|chairwoman|chair|minister|secretary|"
    r"spokesperson|spokesman|spokeswoman|professor|analyst|researcher|partner|fellow)"
    r"[ ](?:of|at|for)[ ]"
)
_FINAL_ATTRIBUTION = lazy_re(
    # (the comma may close a partial quotation: 'The risk was "not theoretical," X said.')
    # (with an appositive: ", Lee Jung-min, an analyst at Kiwoom Securities, said.", and with a
    # name or an owner in capitals: ", the ministry's spokesman, Lee Jae-won, said", ", Brad
    # Smith, Microsoft's president, told senators", ", Yann LeCun, chief AI scientist at Meta,
    # wrote", and with a relative clause: ", Jane Doe, who runs the unit, said")
    rf",[”\"]?[ ](?P<np>[^,;“”\"]{{1,80}}?(?:,[ ](?:(?:a|an|the|its|his|her|their|who)[ ]|[A-Z]|"
    rf"{_BARE_TITLE})"
    rf"[^,;“”\"]{{1,80}}?,)?)[ ](?P<verb>{_REPORTING})"
    rf"(?:(?:(?<=told)|(?<=tells))[ ]{_AUDIENCE})?"
    rf"(?:[ ](?:on|in|at|to)(?:[ ]{_NO_CLAUSE_WORD}[^ ,;.]{{1,30}}){{1,10}}|{_WHEN_SAID})?[.]?$"
    rf"|,[ ](?P<verb2>said|says|wrote|added)[ ](?P<np2>[^;“”\"]{{1,140}}?)[.]?$"
)
#: Verbs that reject what stands before them: "..., which DeepSeek denies."
_DENIALS = frozenset(["denied", "denies", "dismissed", "dismisses", "disputed", "disputes"])
#: The writer's noun for a statement, opening a final phrase: "..., a claim X disputed.",
#: "..., a figure Emmanuel Macron confirmed later." (X weighs the statement; it is not X's)
_REMARK_ON_STATEMENT = lazy_re(
    r"(?:a|an|the)[ ](?:claim|charge|allegation|accusation|assertion|suggestion|view|finding|"
    r"figure|number|sum)\b"
)
#: A reporting participle opening a final phrase: ", saying ...", ", adding that ..." (the
#: phrase's own statement, not a speaker before a trailing verb).
_REPORTING_PARTICIPLE = lazy_re(
    r"(?:saying|adding|noting|citing|arguing|explaining|stating|insisting|stressing|claiming|"
    r"warning|telling|announcing)[ ]"
)
#: "quoted X as saying (that) ...": X speaks.
_QUOTED_AS_SAYING = lazy_re(
    r"\b(?P<verb>quoted)[ ](?!by[ ])(?P<np>[^,;“”\"]{2,80}?)[ ]as[ ]saying[ ](?:that[ ])?"
)
#: "X was quoted (by Bloomberg) as saying (that) ...", "Analysts were reported as saying ...":
#: the subject speaks, not the outlet.
_QUOTED_PASSIVE = lazy_re(
    r"\b(?:was|were|is|are|has[ ]been|have[ ]been|had[ ]been)[ ](?P<verb>quoted|cited|reported)[ ]"
    r"(?:(?:by|in|on)[ ][^,;“”\"]{2,60}?[ ])?as[ ]saying[ ]"
    r"(?:by[ ][^,;“”\"]{2,60}?[ ](?=that[ ]))?(?:that[ ])?"  # "as saying by Antara that"
)
#: Only who quoted them, and when, after "as saying": "by state news agency Antara on
#: Wednesday." (a final attribution: no clause follows).
_QUOTED_BY_ONLY = lazy_re(r"by[ ][^,;:“”\"]{1,100}?[.]?[ ]*")
#: ", with X saying that ...": X speaks in an absolute construction.
_WITH_SAYING = lazy_re(
    r"\b[Ww]ith[ ](?P<np>[^,;“”\"]{2,80}?)[ ](?P<verb>saying|adding|noting|arguing|insisting|"
    r"warning|stressing)[ ](?:that[ ])?"
)
#: The constructions that name a speaker before their verb, each with a word it needs.
_NAMED_THEN_SAYING = ((_QUOTED_AS_SAYING, "quoted"), (_WITH_SAYING, " with "))
#: A member of the public the text does not name: "one user in Brazil", "a reader".
_MEMBER_OF_PUBLIC = lazy_re(
    r"(?i)(?:one|a|an|another|some|many)[ ](?:[\w-]+[ ]){0,2}?(?:users?|readers?|residents?|"
    r"commenters?|posters?|netizens?|customers?|viewers?|listeners?|subscribers?|citizens?|"
    r"developers?|students?|parents?)\b"
)
#: What before "reports"/"reported" makes it a noun or an adjective: "drafting reports",
#: "Nvidia's reported revenue", "the reported figure".
_REPORT_AS_NOUN_BEFORE = lazy_re(
    r"(?:’s|'s|\b(?:the|its|their|his|her|a|an|these|those|such|[a-z]+ing|annual|quarterly|"
    r"news|media|press|local|earlier|recent))[ ]$"
)
#: Where a document was sent, or who saw it, inside "according to ...": its addressee or
#: the outlet that read it ("an email seen by Reuters"), or the exchange or court it was
#: filed with ("a filing with the Shanghai Stock Exchange"), not its source.
_HANDED_TO = lazy_re(
    r"[ ](?:(?:submitted|sent|presented|delivered|provided|given|addressed)[ ]to|"
    r"(?:seen|reviewed|obtained|viewed|read)[ ]by|(?:filed|lodged)[ ](?:with|to))[ ]"
    r"|(?<=filing)[ ](?:with|to)[ ]|(?<=filings)[ ](?:with|to)[ ]|(?<=submission)[ ]to[ ]"
    # "according to a translation of his remarks provided by the ministry": who rendered or
    # published the words, not who spoke them
    r"|(?:(?<=translation)|(?<=transcript))[ ](?:of|provided|released|published|issued|supplied|"
    r"posted|made|by)[ ]"
)
_ACCORDING = lazy_re(
    r"(?i)according[ ]to[ ](?P<np>[^,;.—–]{1,100}?)(?=[,;.—–]|[ ]-[ ]|$|[ ]on[ ](?!its[ ]|their[ ])"
    rf"|[ ](?:late|early)[ ]on[ ]|{_WHEN_SAID}(?=[,;.]|$))"
)  # "according to a notice on its website": the notice is the subject's own
#: A document's release, ending the source of "according to" before its date: "a survey
#: released", "a report published".
_RELEASED_WORDS = (" released", " published", " conducted", " issued", " compiled")
#: The date of that release, then its maker: " on Friday by the industry group Nasscom".
_RELEASED_BY = lazy_re(
    r"[ ](?:(?:late|early)[ ])?on[ ](?:[A-Z][a-z]{2,8}[.]?(?:[ ][0-9]{1,2})?|[0-9]{1,2}[ ]"
    r"[A-Z][a-z]{2,8})[ ]by[ ](?P<np>[^,;.—–]{1,80}?)(?=[,;.—–]|$)"
)
#: When the source of "according to" said so, right after it: "(according to the ministry) on
#: Thursday", " late on Feb. 6", " last week".
_ACCORDING_WHEN = lazy_re(
    r"(?:[ ](?:late|early))?[ ]on[ ](?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}[.]?[ ][0-9]{1,2}"
    r"|[0-9]{1,2}[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})"
    rf"(?=[,;.]|$)|{_WHEN_SAID}(?=[,;.]|$)"
)
#: Documents whose author speaks through them: "an alert warning that ...".
_PARTICIPLE = lazy_re(
    # "saying" and "arguing" report without "that"; "adding a feature" or "noting the
    # risk" do not, so the others need it
    # (the comma may close a quotation: '"... within two years," adding that ...')
    r",[”\"]?[ ](?:(?P<verb>saying|arguing|claiming|insisting)(?:_MEDIUM(?=[ ]that[ ]))?[ ]"
    r"(?:that[ ])?|"
    r"(?P<verb2>warning|adding|noting|stressing|explaining|calling|describing)(?:_MEDIUM)?"
    r"[ ]that[ ])".replace(
        # "..., saying in a statement that ...": where it was said, then what
        "_MEDIUM",
        r"[ ](?:in|on|at)[ ](?:a|an|its|their|his|her|the)[ ][^,;“”\"]{1,60}?",
    )
)
#: A past-tense verb (or "told") right before a name: the name is its object, no subject.
_VERB_BEFORE_NAME = lazy_re(r"(?<![\w-])(?:[a-z]{2,16}ed|told)[ ]\Z")


def _target_acted_on(ctx: _Ctx, s: Sentence, hi: int) -> bool:
    """Whether the AI developer first stands in the sentence before ``hi`` as the object of a
    verb ("The ministry banned DeepSeek on Monday, adding that ..."): the clause's subject,
    whom the text may not resolve, speaks, and the developer does not."""
    first = next(
        (x for x in ctx.index.mentions_between(s.start, hi) if x.via != "modifier"), None
    )
    return (
        first is not None
        and first.actor == TARGET_ID
        and _VERB_BEFORE_NAME.search(ctx.text, max(s.start, first.start - 24), first.start)
        is not None
    )


#: A sentence's subject before a linking verb: "Analysts at Nomura were (less worried)".
_LINKED_SUBJECT = lazy_re(
    r"(?P<np>[A-Z][^,;“”\"]{2,80}?)[ ](?:was|were|is|are|remained|remains|seemed|seems|"
    r"appeared|appears|looked|looks|sounded|sounds)[ ]"
)
#: "posted an alert on its website warning that ...": the notice's author speaks (a pattern of
#: its own, opening with its participle's "that", so that most sentences skip it at once).
_NOTICE_PARTICIPLE = lazy_re(
    r"\b(?:alert|notice|statement|advisory|post|letter|memo|note)[ ](?:(?:on|in)[ ]"
    r"(?:its|their|the)[ ](?:[\w-]+[ ]){0,2})?(?P<verb>warning|saying|stating|noting)[ ]that[ ]"
)
_IMPERSONAL = lazy(
    r"(?i)\bit[ ](?:has[ ]been|had[ ]been|is|was)[ ](?:\w+[ ])?(?:reported|said|revealed|claimed|"
    r"alleged|understood|learned)\b"
)
_NEGATED_REPORT = lazy(
    r"(?i)(?:\b(?:not|never|declined[ ]to|refused[ ]to|would[ ]not)|(?<=\w)n['’]t)[ ](?:\w+[ ])?$"
)
#: Two subjects denied together before a verb: "Neither the ministry nor DeepSeek ".
#: ("which neither confirmed nor denied": the first of two verbs denied together)
_NEITHER_NOR = lazy(
    r"\b[Nn]either[ ](?:[^,;.“”\"]{1,80}?[ ]nor[ ](?:[\w’'.&-]+[ ]){1,6})?$"
)
_CLAIM_NOUN = lazy(r"(?P<np>[\w’'. ]{2,60}?)(?:’s|'s)[ ]claim[ ]that[ ]")
_OWNER_ROLE = (
    r"(?:chief[ ]executive(?:[ ]officer)?|CEO|chairman|chairwoman|chair|founder|co-founder|"
    r"president|chief[ ]scientist|head)"
)
_WHOSE_SAYS = lazy(
    r"(?P<owner>\b[A-Z][\w.&-]*(?:[ ][A-Z][\w.&-]*){0,3}),[ ]whose[ ](?:[\w-]+[ ]){0,3}?"
    r"(?P<thing>policy|statement|website|notice|filing|report|"
    rf"{_OWNER_ROLE}[ ][A-Z][\w-]*[ ][A-Z][\w-]*|"
    r"spokesperson|spokesman|spokeswoman)[ ](?:had[ ]long[ ]|has[ ]long[ ]|long[ ]|also[ ])?"
    r"(?P<verb>says|said|states|stated|argued|argues|claimed|claims|noted|warned)[ ]"
)
_OFFICIAL = lazy_re(
    r"(?i)^(?:(?:a|an|the|its|their|one|two|three|four|several)[ ])?(?:[\w-]+[ ]){0,3}?"
    r"(?P<role>official|officials|spokesperson|spokesman|spokeswoman|representative|source|sources|"
    r"executive|executives|staff|people|person|insider|insiders|researchers|scientists|experts|"
    r"analysts|analyst|engineers|employees|workers|director|manager|lawyers?|attorneys?)"
    r"(?:[ ](?:at|of|for|from|with|in|within)[ ](?P<org>.+))?$"
)
#: An unnamed official of the place named before: "the city's technology chief", "the
#: territory's security secretary", "the state's top lawyer".
_PLACES_OFFICIAL = lazy_re(
    r"(?i)the[ ](?:city|country|nation|state|province|region|territory|island|kingdom)(?:'s|’s)"
    r"[ ](?:[\w-]+[ ]){0,5}?(?:chief|head|minister|secretary|official|spokesperson|spokesman|"
    r"spokeswoman|leader|lawyer|commissioner|director)"
)
#: A body's seat in a place, named by the body's short form: "the alliance's headquarters in
#: ", "the ministry's offices in " (the place is where the body sits, not who speaks).
_SEAT_IN = lazy_re(
    r"\b(?:the|its)[ ](?P<owner>[a-z]++)(?:'s|’s)[ ](?:headquarters|head[ ]office|offices?|"
    r"seat|secretariat|mission)[ ](?:in|at)[ ]"
)
#: Short forms of an international body: "the alliance", "the bloc".
_BLOC_HEADS = frozenset(["alliance", "bloc", "union", "organization", "organisation"])
#: Roles of :data:`_OFFICIAL` that speak for no government where only a place follows them.
_PRIVATE_ROLES = frozenset(
    ["researchers", "scientists", "experts", "analysts", "analyst", "engineers", "employees",
     "workers", "manager", "executive", "executives", "people", "person", "lawyer", "lawyers",
     "attorney", "attorneys"]
)  # fmt: skip
#: The head of a body named by its possessive: "Its president", "their vice chairman".
_ITS_HEAD = lazy_re(
    r"(?i)(?:its|their)[ ](?:[\w-]+[ ]){0,2}?(?:president|chair|chairman|chairwoman|"
    r"chairperson|head|founder|director|commissioner)"
)
_PRONOUN = lazy(r"^(?P<p>he|she|they|it|He|She|They|It)$")
_PEOPLE_FAMILIAR = lazy(r"(?i)\bpeople[ ]familiar\b|\bsources\b")


_NAME_OR_PRONOUN = lazy(r"[ ]*(?:he|she|they|He|She|They)[ ](?:said|says|added|wrote)\b")
#: "that" as the conjunction before a clause: not where a verb follows it ("said that was a
#: matter for individuals": there it is the clause's subject).
_THAT_CONJUNCTION = (
    r"that(?![ ](?:was|is|were|are|would|will|could|should|might|may|had|has|seems|seemed|"
    r"remains|remained|wasn['’]t|isn['’]t)\b)"
)
_ADDED = "\x00added"  # marks a quotation joined to the one before by "adding"


#: The rest of a document's dated appositive, after its date: " and sent by the agency, ".
_DATED_AND = lazy_re(r"[ ]and[ ][^,.;“”\"]{1,80},[ ]")
#: What dates a document in an appositive, right before its date: "dated ", "issued on ".
_DATED = lazy_re(
    r"(?:dated|(?:issued|published|released|sent|posted|signed|circulated)(?:[ ]on)?)[ ]\Z"
)


@attrs.define
class _Ctx:
    text: str
    seg: Segmentation
    index: ActorIndex
    dates: Sequence[DateMention]
    quantities: Sequence[Quantity]
    claims: list[Claim] = attrs.field(factory=list)
    #: attribution verbs already spent: the latest only, as many as _spent reads
    used: collections.deque[tuple[int, int]] = attrs.field(
        factory=lambda: collections.deque(maxlen=_SPENT_REACH)
    )
    #: where each restrictive or scrutiny action is stated, and by whom (see find_claims)
    issued: list[tuple[int, str]] = attrs.field(factory=list)
    #: quotations that fill a paragraph with no attribution and no quoted speaker before
    #: them (see _unattributed_after_reported): the quotation and its paragraph's index
    pending: list[tuple[Quote, int]] = attrs.field(factory=list)
    _quote_claims: list[Claim] = attrs.field(factory=list)
    _quote_starts: list[int] = attrs.field(factory=list)
    _q_starts: list[int] = attrs.field(init=False)
    _d_starts: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.quantities = sorted(self.quantities, key=lambda q: q.evidence.start)
        self.dates = sorted(self.dates, key=lambda d: d.span.start)
        self._q_starts = [q.evidence.start for q in self.quantities]
        self._d_starts = [d.span.start for d in self.dates]

    def claims_near(self, offset: int) -> list[Claim]:
        """Claims whose evidence starts within a few paragraphs of ``offset`` (quotations are
        found first, in order; reported claims are added sentence by sentence)."""
        if len(self._quote_claims) != len(self.claims) and not self._quote_claims:
            self._quote_claims = sorted(self.claims, key=lambda c: c.evidence.start)
            self._quote_starts = [c.evidence.start for c in self._quote_claims]
        starts = self._quote_starts
        lo = bisect.bisect_left(starts, offset - 3000)
        hi = bisect.bisect_right(starts, offset + 3000)
        near = self._quote_claims[lo:hi]
        seen = {id(c) for c in near}
        return near + [c for c in self.claims[-8:] if id(c) not in seen]

    def quantities_in(self, start: int, end: int) -> tuple[Quantity, ...]:
        """Quantities stated wholly inside ``[start, end)``."""
        lo = bisect.bisect_left(self._q_starts, start)
        hi = bisect.bisect_left(self._q_starts, end)
        return tuple(q for q in self.quantities[lo:hi] if q.evidence.end <= end)

    def past_date(self, pos: int, end: int) -> int:
        """Where a statement after a verb ending at ``pos`` begins when a date comes first
        ("said on Feb. 6, 2025 it would ...": at "it"; "said earlier today that ...", "said
        on Thursday evening that ...": at the clause); ``pos`` where no date does."""
        at = rx(r"[ ](?:(?:earlier|later|late|early)[ ])?(?:on[ ]|in[ ])?").match(
            self.text, pos, end
        )
        start = at.end() if at is not None else pos
        i = bisect.bisect_left(self._d_starts, start)
        if i == len(self.dates) or self.dates[i].span.start != start:
            return pos
        rest = rx(
            rf"(?:[ ](?:morning|afternoon|evening|night))?,?[ ](?:{_THAT_CONJUNCTION}[ ])?(?=\w)"
        ).match(self.text, self.dates[i].span.end, end)
        return rest.end() if rest is not None else pos

    def date_before(self, verb_start: int) -> tuple[int, int] | None:
        """The span of a date that ends right before a reporting verb ("the Garante last week
        said", "the Garante on Jan. 30 said"): when the statement was made."""
        i = bisect.bisect_left(self._d_starts, verb_start) - 1
        if i < 0:
            return None
        d = self.dates[i]
        gap = self.text[d.span.end : verb_start]
        if gap != " " and not (
            # "The agency's notice, dated Aug. 8, said ...": the document's own date (and "The
            # memo, dated Jan. 30 and sent by the agency, says ...")
            (gap == ", " or _DATED_AND.fullmatch(gap))
            and _DATED.search(self.text, max(0, d.span.start - 24), d.span.start)
        ):
            return None
        return d.span.start, d.span.end

    def date_near(self, a: int, b: int, slack: int = 40) -> Date | None:
        """The first resolved date starting in ``[a, b + slack)`` and in the sentence of ``a``
        (the next sentence's "on Monday" dates another event)."""
        end = b + slack
        s = self.seg.sentence_at(a)
        if s is not None:
            end = min(end, s.end)
        # '..., said Jane Doe, a professor who advised the ministry in 2023': her past, not
        # when she spoke
        aside = self.text.find(" who ", a, end)
        aside_end = self.text.find(", ", aside + 5, end) if aside >= 0 else -1
        lo = bisect.bisect_left(self._d_starts, a)
        hi = bisect.bisect_left(self._d_starts, end)
        for d in self.dates[lo:hi]:
            if d.date is not None and not (
                0 <= aside <= d.span.start and (aside_end < 0 or d.span.start < aside_end)
            ):
                return d.date
        return None


def find_claims(
    text: str,
    seg: Segmentation,
    index: ActorIndex,
    dates: Sequence[DateMention],
    quantities: Sequence[Quantity],
    published: _dt.date | None = None,
    actions: Sequence[Action] = (),
) -> tuple[Claim, ...]:
    """Every attributed statement in the text, in order.

    ``actions`` (the text's, from :func:`~deepseek_policy.actions.find_actions`) lets a
    document speak for the body that issued it: "..., the note said" is the author of the
    advisory the text reported just before.
    """
    ctx = _Ctx(text, seg, index, dates, quantities)
    ctx.issued = sorted(
        (span.start, act.actor)
        for act in actions
        if act.kind.family in (Family.RESTRICTIVE, Family.SCRUTINY)
        for span in act.spans
    )
    _quotations(ctx)
    _transcript_answers(ctx)
    for sentence in seg.sentences:
        if sentence.kind in (ParagraphKind.TITLE, ParagraphKind.HEADING, ParagraphKind.FURNITURE):
            continue
        s = sentence
        if text[s.start : s.start + 1].isdigit() or text.startswith("[", s.start):
            s = _after_time_stamp(text, s)
        _reported(ctx, s)
        if text.find(" show", s.start, s.end) >= 0 or text.find(" found ", s.start, s.end) >= 0:
            _data_shows(ctx, s)
    if ctx.pending:
        _unattributed_after_reported(ctx)
    ctx.claims.sort(key=lambda c: c.evidence.start)
    return tuple(ctx.claims)


#: A live blog's time stamp that opens a line: "10:05 GMT - ", "11:20 a.m. ET: ", "[14:02] ".
_TIME_STAMP = lazy(
    r"(?<![^\n])\[?[0-9]{1,2}[:.]?[0-9]{2}(?:[ ][ap]\.?m\.?)?(?:[ ][A-Z]{2,4})?"
    r"(?:\][ ]|[ ]?[-–—|:][ ])[ ]*"
)


def _after_time_stamp(text: str, s: Sentence) -> Sentence:
    """The sentence without the time stamp that opens its line in a live blog ("10:05 GMT -
    Japan's Digital Agency has told ..., a spokesperson said": the statement and its subject
    start at "Japan's")."""
    m = _TIME_STAMP.match(text, s.start, s.end)
    return s if m is None else attrs.evolve(s, start=m.end())


def _unattributed_after_reported(ctx: _Ctx) -> None:
    """A paragraph that is one quotation with no attribution, right after a paragraph whose
    last statement a person made in reported speech, is that person's ('Vaishnaw said the
    government had secured 18,693 GPUs.' then '“We will put DeepSeek on Indian servers ...'),
    and so are the quotation's own paragraphs that follow it."""
    text = ctx.text
    by_para: dict[int, str] = {}
    found = sorted(
        (c for c in ctx.claims if c.speaker is not None), key=lambda c: c.evidence.start
    )
    starts = [c.evidence.start for c in found]
    for q, p in ctx.pending:
        speaker = by_para.get(p - 1)
        if speaker is None and p > 0:
            prev = ctx.seg.paragraphs[p - 1]
            i = bisect.bisect_left(starts, prev.end) - 1  # the last statement before its end
            last = found[i] if i >= 0 and starts[i] >= prev.start else None
            if (
                last is not None
                and not last.quote
                and ctx.index.actor(last.speaker or "").kind is ActorKind.PERSON
            ):
                speaker = last.speaker
        if speaker is None:
            continue
        by_para[p] = speaker
        inner = q.inner.strip()
        ctx.claims.append(
            Claim(
                speaker=speaker,
                text=inner,
                cue="said",
                evidence=Span.of(text, q.start, q.end),
                quote=True,
                quantities=ctx.quantities_in(q.inner_start, q.inner_end),
                date=None,
            )
        )


# ---------------------------------------------------------------------------------------------
# direct quotations
# ---------------------------------------------------------------------------------------------


#: A speaker's name and a colon opening a transcript's answer: "Guo Jiakun: The Chinese
#: government attaches great importance to ...".
_SPEAKER_LABEL = lazy_re(r"(?P<label>[A-Z][\w.’'-]*+(?:[ ][A-Z][\w.’'-]*+){0,3}):[ ]+(?=\S)")


#: An interview's question or answer marked with a stop or a dash: "Q. ", "A — ", "Q- ".
_QA_LABEL = lazy_re(r"(?P<label>Q|A)(?:[.]|[ ]?[—–-])[ ]+(?=\S)")


def _transcript_answers(ctx: _Ctx) -> None:
    """A transcript's answers: a paragraph opened by a person's name and a colon is that
    person's statement, one claim (its cue the colon); an interview's "A:" is the person named
    last before it. A label that is no person (a news agency asking, "AFP:", "Q:") or a name
    the index does not know states nothing."""
    text = ctx.text
    interviewee: str | None = None  # read at the first question or answer
    unlisted: dict[str, str] | None = None  # a transcript's speakers no sentence introduced
    for para in ctx.seg.paragraphs:
        if para.kind is not ParagraphKind.BODY:
            continue
        m = (
            _SPEAKER_LABEL.match(text, para.start, para.end)
            if text.find(":", para.start, para.start + 70) >= 0
            else None
        )
        hansard = None
        if m is None and text.find("): ", para.start, para.start + 150) >= 0:
            # "The Minister for Security (Dan Jarvis): ...", "Sir Iain Duncan Smith (Chingford
            # and Woodford Green): ...": a parliamentary record's turn
            hansard = _HANSARD_LABEL.match(text, para.start, para.end)
        if hansard is not None:
            if unlisted is None:
                unlisted = _unlisted_speakers(ctx)
            member = _member_speaking(ctx, hansard, unlisted)
            if member is not None:
                if not _asks_only(text, hansard.end(), para.end):
                    _add_turn(ctx, member, hansard.end(), para.start, para.end)
                continue
        if m is None and text.startswith(("Q", "A"), para.start):
            # "Q. ...", "A — ...": an interview's turns marked with a stop or a dash (an
            # answer only once a question was so marked: "A. Smith said" is a name)
            m = _QA_LABEL.match(text, para.start, para.end)
            if m is not None and m["label"] == "A" and interviewee is None:
                m = None
        if m is None:
            if text.find(":", para.start, para.start + 110) >= 0:
                _labelled_quotation(ctx, para.start, para.end)
            continue
        if m["label"] in ("Q", "Question") and interviewee is None:
            interviewee = ctx.index.last_person(para.start) or ""
            continue
        a, b = m.span("label")
        if m["label"] in ("A", "Answer"):
            # an interview's answer: the person named last before its first question, the
            # one interviewed (an explainer's "Q: ... A: ..." introduces no one)
            if interviewee is None:
                interviewee = ctx.index.last_person(para.start) or ""
            if not interviewee:
                continue
            speaker = interviewee
        else:
            found = _labelled_person(ctx, m["label"], a, b)
            if found is None:
                if unlisted is None:
                    unlisted = _unlisted_speakers(ctx)
                found = unlisted.get(m["label"].rsplit(" ", 1)[-1].upper())
            if found is None:
                continue
            speaker = found
        start = m.end()
        if _asks_only(text, start, para.end):
            continue  # "SEN. HAWLEY: Is any agency still using it?": no statement
        _add_turn(ctx, speaker, start, para.start, para.end)


def _add_turn(ctx: _Ctx, speaker: str, start: int, para_start: int, end: int) -> None:
    """Record a transcript's turn (its words from ``start`` to ``end``) as one quotation."""
    ctx.claims.append(
        Claim(
            speaker=speaker,
            text=ctx.text[start:end],
            cue=":",
            evidence=Span.of(ctx.text, para_start, end),
            quote=True,
            quantities=ctx.quantities_in(start, end),
            date=None,
        )
    )


#: A parliamentary record's label: an office or a name, then a name or a seat in brackets,
#: then a colon: "The Minister for Security (Dan Jarvis): ", "Sir Iain Duncan Smith
#: (Chingford and Woodford Green): ".
_HANSARD_LABEL = lazy_re(
    r"(?P<pre>[A-Z][^():\n“”\"]{1,100}?)[ ][(](?P<paren>[A-Z][^():\n“”\"]{1,60})[)]:[ ]+(?=\S)"
)
#: A member's name, with a courtesy title before it: "Dan Jarvis", "Dr Kieran Mullan".
_MEMBER_NAME = lazy_re(
    r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Hon)[.]?[ ])?"
    r"(?P<name>[A-Z][a-z’'-]+(?:[ ][A-Z][a-z’'-]+){1,3})"
)


def _member_speaking(ctx: _Ctx, m: re.Match[str], unlisted: dict[str, str]) -> str | None:
    """The person a parliamentary label names, in its brackets or before them (the other part
    is an office or a seat), known to the index or new (then kept, by surname, for the turns
    labelled by the name alone)."""
    for part in ("paren", "pre"):
        name = _MEMBER_NAME.fullmatch(ctx.text, m.start(part), m.end(part))
        if name is None:
            continue
        named = ctx.index.mentions_between(name.start("name"), name.end("name"))
        if named and ctx.index.actor(named[0].actor).kind is ActorKind.PERSON:
            return named[0].actor
        if named or not _plausible_person(name["name"], ctx.index):
            return None
        surname = name["name"].rsplit(" ", 1)[-1].upper()
        if surname not in unlisted:
            unlisted[surname] = ctx.index.new_actor(
                name["name"], ActorKind.PERSON, None, name["name"]
            )
        return unlisted[surname]
    return None


def _asks_only(text: str, start: int, end: int) -> bool:
    """Whether a transcript's turn (``start`` to ``end``) asserts nothing: it is only
    questions (it ends in a question mark and no sentence ends before it in a stop, past an
    opening courtesy), a courtesy ("Thank you, Congressman.") or three words or fewer."""
    turn = text[start:end].rstrip()
    if len(turn.split()) < 4 or _COURTESY.fullmatch(turn):
        return True
    thanks = _COURTESY.match(turn)
    if thanks is not None and thanks.group().endswith((".", "!")):
        turn = turn[thanks.end() :].lstrip()  # "Thanks for taking my question. How much ...?"
        if _TOPIC_ONLY.fullmatch(turn):
            return True  # "Welcome back. Today we're talking about why ...": a host's opening
    return turn.endswith("?") and _STOP_INSIDE.search(turn) is None


_STOP_INSIDE = lazy(r"[.!][ ]")
#: What a host says after a greeting that asserts nothing: the topic, the guests ("Today we're
#: talking about why ...", "Joining me now is ...").
_TOPIC_ONLY = lazy(
    r"(?:(?:(?:Today|Tonight|This[ ]week|On[ ](?:today's|today’s|this)[ ](?:show|episode)|"
    r"In[ ]this[ ]episode|Now)[, ]+)?(?:we're|we’re|we[ ]are|we'll[ ]be|we’ll[ ]be|I'm|I’m)"
    r"[ ](?:talking|looking|turning|going[ ]to[ ](?:talk|look))[ ](?:about|at|to)\b[^.!?\n]{0,300}"
    r"|Joining[ ](?:me|us)(?:[ ](?:now|today|again))?[ ](?:is|are)\b[^.!?\n]{0,200}"
    # a chair's business: "We will move to the next item.", "We'll now turn to questions."
    r"|(?:We[ ]will|We'll|We’ll|Let[ ]us|Let's|Let’s)(?:[ ]now)?[ ](?:move|turn|go|proceed)"
    r"(?:[ ]on)?[ ]to[ ](?:the[ ]next|questions|the[ ]vote)\b[^.!?\n]{0,80})"
    r"[.!?]?"
)
_COURTESY = lazy(
    r"(?:Thank[ ]you|Thanks|Good[ ](?:morning|afternoon|evening)|Welcome(?:[ ]back)?)"
    r"(?![\w-])(?:[^.!?]|\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.){0,40}[.!]?"
)
#: A transcript's label in capitals that names a person no sentence introduced: "GREG ALLEN: "
#: (a given name and a surname, or three names).
_CAPITALS_NAME = lazy_re(r"[A-Z][A-Z’'-]++(?:[ ][A-Z][A-Z’'-]++){1,2}")
#: A transcript's label in capitals that names a person by a courtesy title or an office and
#: the surname, or by the office alone, as the White House prints them: "MS. LEAVITT: ",
#: "SECRETARY RUBIO: ", "THE PRESIDENT: " (and a hearing's record: "LEGISLATOR CHEN: ").
_CAPITALS_OFFICE = lazy_re(
    r"(?:(?:MR|MS|MRS|DR|SEN|REP|GOV|PROF)[.]?|SECRETARY|SENATOR|REPRESENTATIVE|GOVERNOR"
    r"|AMBASSADOR|GENERAL|ADMIRAL|MINISTER|DIRECTOR|CHAIRMAN|CHAIRWOMAN|COMMISSIONER|JUDGE"
    r"|LEGISLATOR|LAWMAKER|COUNCILLOR|COUNCILOR|CONGRESSMAN|CONGRESSWOMAN|MAYOR|PREMIER"
    r"|THE)[ ][A-Z][A-Z’'-]++"
)
#: The same in title case, where three turns at least are labelled (an earnings call's or a
#: panel's record): "Peter Han: ", "Alice Tan: ".
_TITLED_NAME = lazy_re(r"[A-Z][a-z’'-]++(?:[ ][A-Z][a-z’'-]++){1,2}")


def _unlisted_speakers(ctx: _Ctx) -> dict[str, str]:
    """A podcast's or broadcast's speakers named only by their labels in capitals ("GREG ALLEN:
    ..." then "ALLEN: ..." or "Allen: ..."), by their surname in capitals: new people, where
    two turns at least are so labelled (one such label is a heading, "BREAKING NEWS:")."""
    text = ctx.text
    labels: list[str] = []
    titled: list[str] = []
    offices: list[str] = []  # a courtesy title or an office and a surname, or "THE PRESIDENT"
    turns = all_turns = 0
    for para in ctx.seg.paragraphs:
        if para.kind is not ParagraphKind.BODY or text.find(":", para.start, para.start + 40) < 0:
            continue
        m = _SPEAKER_LABEL.match(text, para.start, para.end)
        if m is None:
            continue
        all_turns += 1
        if not m["label"].isupper():
            if _TITLED_NAME.fullmatch(m["label"]) and not ctx.index.mentions_between(*m.span()):
                titled.append(m["label"])
            continue
        turns += 1
        if ctx.index.mentions_between(*m.span()):
            continue
        if _CAPITALS_OFFICE.fullmatch(m["label"]):
            offices.append(m["label"])
        elif _CAPITALS_NAME.fullmatch(m["label"]):
            labels.append(m["label"])
    out: dict[str, str] = {}
    if turns < 2:
        labels = []
    if len(offices) >= 2:
        # "MS. LEAVITT: ...", "SECRETARY RUBIO: ...": the person by the surname; "THE
        # PRESIDENT: ...": the last person before it whose role is that office
        for label in offices:
            surname = label.rsplit(" ", 1)[-1]
            if surname in out:
                continue
            if label.startswith("THE "):
                found = ctx.index.last_actor(
                    len(text), partial(_holds_office, label[4:].lower()), window=len(text)
                )
                if found is not None:
                    out[surname] = found
            elif _plausible_person(surname.title(), ctx.index):
                out[surname] = ctx.index.new_actor(
                    surname.title(), ActorKind.PERSON, None, label.split(" ", 1)[1]
                )
    if all_turns < 3:
        titled = []  # (a call's record: "Operator: ...", "Peter Han: ...", "Alice Tan: ...")
    for label in (*labels, *titled):
        name = label.title()
        surname = label.rsplit(" ", 1)[-1].upper()
        if surname in out or not _plausible_person(name, ctx.index):
            continue
        out[surname] = ctx.index.new_actor(name, ActorKind.PERSON, None, label)
    return out


def _holds_office(office: str, d: _Draft) -> bool:
    """Whether actor ``d`` is a person whose role names ``office`` ("president")."""
    return d.kind is ActorKind.PERSON and d.role is not None and office in d.role.lower()


#: A label, a colon and one quotation that fills the paragraph, as a roundup of what was said
#: lists them: "- Taiwan's Ministry of Digital Affairs: “...”", "Ko Hak-soo, chairman of the
#: PIPC: “...”".
_QUOTED_LABEL = lazy_re(
    r"(?:[-•*–][ ])?(?P<label>[A-Z][^:“”\"\n]{1,100}?):[ ]+[“\"](?P<q>[^“”\"]{8,400})[”\"][ ]*$"
)


def _labelled_quotation(ctx: _Ctx, start: int, end: int) -> None:
    """A paragraph (``start`` to ``end``) that is a label and a quotation: the label's speaker
    (a body, or the person it opens with) said it, unless the quotation is already a claim."""
    text = ctx.text
    m = _QUOTED_LABEL.match(text, start, end)
    s = ctx.seg.sentence_at(m.start("label")) if m is not None else None
    if m is None or s is None:
        return
    if any(c.evidence.start < end and start < c.evidence.end for c in ctx.claims):
        return  # "Guo Jiakun was blunt: “...”": read with the quotations
    speaker = _speaker(ctx, m.start("label"), m.end("label"), s, leading=True)
    if speaker is None:
        return
    ctx.claims.append(
        Claim(
            speaker=speaker,
            text=m["q"],
            cue=":",
            evidence=Span.of(text, start, end),
            quote=True,
            quantities=ctx.quantities_in(m.start("q"), m.end("q")),
            date=None,
        )
    )


def _labelled_person(ctx: _Ctx, label: str, a: int, b: int) -> str | None:
    """The person a transcript's label names: the one person the label's mentions name
    ("Guo Jiakun:"), or, for a label in capitals that the index cannot read ("MINISTER HUANG:",
    "MS. LEAVITT:"), the person its last word is a name of anywhere in the text."""
    named = ctx.index.mentions_between(a, b)
    honorific = _HONORIFIC.match(label)  # "Ms. Ortiz:", "Sen. Hawley:" in a hearing's record
    if named:
        if (
            len({x.actor for x in named}) != 1
            or named[0].start not in (a, a + (honorific.end() if honorific is not None else 0))
            or named[-1].end != b
            or ctx.index.actor(named[0].actor).kind is not ActorKind.PERSON
        ):
            return None
        return named[0].actor
    last = label.rsplit(" ", 1)[-1]
    if not (label.isupper() or honorific) or len(last) < 2 or not last.isalpha():
        return None
    return ctx.index.surname(last.title(), a)


#: A courtesy title or an office's abbreviation before a surname in a hearing's labels.
_HONORIFIC = lazy_re(r"(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Prof|Senator|Representative|Chairman)[.]?[ ]")


#: A comma inside a quotation closed at the end of another: "She told me, ‘We will wait,’" ends
#: "‘We will wait’", as the outer quotation's own comma goes.
_COMMA_IN_CLOSING_QUOTE = re.compile(r",(?=['’\"”]\Z)")


def _quotations(ctx: _Ctx) -> None:
    text = ctx.text
    last_speaker: str | None = None
    last_para = -2
    last_end = -1
    quotes = ctx.seg.quotes
    joined_to = -1  # the end of a quotation already joined to the one before it
    for qi, q in enumerate(quotes):
        if q.start < joined_to or q.inner.isspace() or not q.inner:
            continue  # (an empty quotation is no one's claim: it would be dropped below)
        s = ctx.seg.sentence_at(q.start) or ctx.seg.sentence_at(q.inner_start)
        if s is None:
            continue
        para = ctx.seg.paragraphs[s.paragraph]
        if s.kind in (ParagraphKind.TITLE, ParagraphKind.HEADING) and not (
            # (an epigraph is read as a heading: it ends in its source, not in a stop)
            q.start == para.start and _DASH_SOURCE.fullmatch(text, q.end, para.end)
        ):
            continue
        words = len(q.inner.split())
        speaker, cue, attribution = _attribution(ctx, q, s)
        if speaker == _ADDED:
            speaker = last_speaker
        if speaker is None and not q.closed:
            speaker, cue = _run_on_speaker(ctx, quotes, qi)
        # '"...," said Nam. "We will act."': a short sentence of the same speaker's, closing
        # the paragraph right after their attribution
        short_more = (
            2 <= words < 4
            and speaker is None
            and last_speaker is not None
            and s.paragraph == last_para
            and q.start == s.start
            and q.inner.lstrip()[:1].isupper()
            and q.inner.rstrip()[-1:] in ".!?"
            and _whole_paragraph(text, q, para.end)
            and _between_is_attribution(text, last_end, q.start)
        )
        continuing = (
            speaker is None
            and last_speaker is not None
            and (words >= 4 or short_more)
            and (
                q.continues
                or (s.paragraph == last_para and _between_is_attribution(text, last_end, q.start))
                or (
                    s.paragraph == last_para + 1
                    and q.start == para.start
                    and _whole_paragraph(text, q, para.end)
                )
            )
        )
        if speaker is None and not continuing:
            if (
                words >= 4
                and q.start == para.start
                and _whole_paragraph(text, q, para.end)
                and last_speaker is not None
                and s.paragraph == last_para + 1
            ):
                speaker, cue = last_speaker, "said"
            else:
                if words >= 4 and q.start == para.start and _whole_paragraph(text, q, para.end):
                    ctx.pending.append((q, s.paragraph))
                continue
        if speaker is None:
            speaker, cue = last_speaker, "said"
        if words < 4 and attribution is None and not short_more:
            continue
        if words < 3 and not _is_whole_clause(text, q, s):
            continue  # a scare quote or a fragment of reported speech
        if not _is_whole_clause(text, q, s) and words < 8 and attribution is None:
            continue
        inner = _COMMA_IN_CLOSING_QUOTE.sub("", q.inner.strip()).rstrip(",").strip()
        if not inner:
            continue
        start = q.start
        end = q.end
        whole = _is_whole_clause(text, q, s)
        mixed = False
        if attribution is not None:
            mixed = attribution[0] == q.start and not whole and _clause_then_quote(ctx, q, s)
            start, end = min(start, attribution[0]), max(end, attribution[1])
        if not whole:
            # a partial quote ("... due to “concerns ...,” said a spokesperson"): keep the sentence
            start = min(start, s.start)
        second = _second_half(ctx, q, quotes[qi + 1] if qi + 1 < len(quotes) else None, attribution)
        if second is not None and not mixed:
            # '“The app,” Taira told reporters, “keeps whatever you type ...”': one statement
            inner = inner + " " + second.inner.strip()
            end = max(end, second.end)
            joined_to = second.end
        if mixed:
            # 'Beijing's reaction had been "measured and calm," said X': the whole clause is
            # the claim, partly quoted
            inner_start = _clause_start(text, s.start, q.start)
            dateline = dateline_at(text, s.start) if inner_start == s.start else None
            if dateline is not None:
                inner_start = max(inner_start, dateline.end())  # "SHENZHEN — ...": not said
            while inner_start < q.start and text[inner_start].isspace():
                inner_start += 1
            inner_end = q.end
            if attribution is not None:
                # 'X has introduced 70 "AI civil servants" built on ..., the district
                # government said': the clause runs on past a scare quote to the attribution
                last_comma = text.rfind(", ", q.end, attribution[1])
                if (
                    last_comma > q.end
                    and not q.inner.rstrip().endswith(",")  # ('"measured and calm," said X')
                    and len(text[q.end : last_comma].split()) > 2
                    and not _SAID_AFTER_QUOTE.match(text, q.end, last_comma)
                ):
                    inner_end = last_comma
            inner = text[inner_start:inner_end]
            inner_span = Span.of(text, inner_start, inner_end)
        else:
            inner_span = Span.of(text, q.inner_start, second.inner_end if second else q.inner_end)
        ctx.claims.append(
            Claim(
                speaker=speaker,
                text=inner,
                # (one string per verb, not one per claim: a long text repeats a few verbs)
                cue=sys.intern(cue or "said"),
                evidence=Span.of(text, start, end),
                quote=not mixed,
                quantities=ctx.quantities_in(inner_span.start, inner_span.end),
                date=_date_near(ctx, _outside_quote(attribution, q, second)),
            )
        )
        if attribution is not None:
            ctx.used.append(attribution)
        last_speaker = speaker
        last_para = s.paragraph
        last_end = q.end


def _run_on_speaker(ctx: _Ctx, quotes: Sequence[Quote], qi: int) -> tuple[str | None, str | None]:
    """The speaker (and cue) of a quotation left open at its paragraph's end where no one is
    named in it: the one its run's later paragraphs name ('“We have to act ... study.' then
    '“Every day we wait ...,” Gottheimer said.': Gottheimer's, not the speaker before)."""
    for nxt in quotes[qi + 1 : qi + 4]:
        if not nxt.continues:
            break
        s = ctx.seg.sentence_at(nxt.start) or ctx.seg.sentence_at(nxt.inner_start)
        if s is None:
            break
        speaker, cue, _ = _attribution(ctx, nxt, s)
        if speaker is not None and speaker != _ADDED:
            return speaker, cue
        if nxt.closed:
            break
    return None, None


def _outside_quote(
    attribution: tuple[int, int] | None, q: Quote, second: Quote | None
) -> tuple[int, int, int] | None:
    """Where a quotation's date is read: its attribution, not the quotation ('“... since last
    year,” said X' is not dated last year)."""
    if attribution is None:
        return None
    if attribution[0] >= q.start:
        return (second or q).end, attribution[1], 0
    return attribution[0], q.start, 0


def _second_half(
    ctx: _Ctx, q: Quote, nxt: Quote | None, attribution: tuple[int, int] | None
) -> Quote | None:
    """The rest of a quotation its attribution interrupts ('“The app,” X said, “keeps ...”'):
    the next quotation, where this one ends in a comma, the attribution after it ends in a
    comma right before the next, and the next goes on in lower case."""
    if nxt is None or attribution is None or attribution[0] != q.start:
        return None
    if not nxt.inner[:1].islower():
        return None
    between = ctx.text[q.end : nxt.start]
    if len(between) > 160 or "." in between[-3:]:
        return None
    if between.strip()[:1] in ("—", "–") and between.rstrip()[-1:] == between.strip()[:1]:
        return nxt  # '“The app” — Nguyen said — “is dangerous”': the aside between dashes
    if not q.inner.rstrip().endswith(",") or not between.rstrip().endswith(","):
        return None
    return nxt


#: A reporting verb right after a quotation (' said X', ', according to'): the quotation
#: ends the writer's clause, and the words after it are the attribution.
_SAID_AFTER_QUOTE = lazy_re(r"[ ,]*(?:said|says|told|added|wrote|according)\b")


def _clause_then_quote(ctx: _Ctx, q: Quote, s: Sentence) -> bool:
    """Whether a quotation closes a clause of the writer's that has a subject and verb of its
    own before it ('The risk was "not theoretical," X said'), not a lead-in or a dateline."""
    lo = _clause_start(ctx.text, s.start, q.start)
    dateline = dateline_at(ctx.text, s.start)
    if dateline is not None:
        lo = max(lo, dateline.end())
    before = ctx.text[lo : q.start]
    return (
        len(before.split()) >= 2
        and not before.rstrip().endswith((",", ":"))
        and _FINITE_BEFORE_QUOTE.search(before) is not None
    )


#: A finite verb of the writer's clause before a partial quotation: "was", "had been", "called".
_FINITE_BEFORE_QUOTE = lazy_re(
    r"\b(?:is|are|was|were|be|been|has|have|had|would|will|could|should|may|might|remains|"
    r"remained|seemed|seems|looked|looks|became|becomes)\b"
)


def _whole_paragraph(text: str, q: Quote, para_end: int) -> bool:
    return not text[q.end : para_end].strip(' .”"')


def _between_is_attribution(text: str, a: int, b: int) -> bool:
    """Between two quotations: only an attribution ("he said.") or nothing."""
    between = text[a:b]
    return len(between) < 160 and (not between.strip(" .,\n") or _VERB.search(between) is not None)


def _is_whole_clause(text: str, q: Quote, s: Sentence) -> bool:
    """Whether the quotation stands on its own rather than inside a clause of the writer's."""
    before = text[s.start : q.start].strip()
    if not before:
        return True
    return bool(
        rx(rf"(?:{_REPORTING})(?:[ ][^,:“”\"]{{0,80}})?[,:]$").search(before)
    ) or before.endswith(":")


#: What may follow the verb of a sentence that only attributes the quotation before it: "He
#: said.", "Hayashi added on Friday.", "she said, citing ..."
#: A conjunction that opens a second speaker's clause after a quotation: '"...", while Y said'.
_CONTRAST_OPENERS = ("while ", "whereas ", "but ", "though ", "although ")
#: What opens a subordinate clause after a quotation (not "as", which attributes: '"...," as
#: the minister put it').
_SUBORDINATORS = ("after ", "before ", "because ", "since ", "until ", "once ", "unless ")
_ATTRIBUTION_ONLY = lazy(
    r"(?:[ ](?:on|at|in|during|last|this|yesterday|today|earlier|later|late|early)\b"
    r"[^.!?,;“”\"]{0,60})?(?:[.!?;]|,(?![ ]*[“\"])|$)"  # not 'He added, “...”': a new quotation
)


#: A quotation's source after a dash, to the paragraph's end: " — Max Schrems, founder of noyb".
_DASH_SOURCE = lazy_re(
    r"[ ]*+[—–][ ]*+(?P<np>[A-Z][\w.’'-]*+(?:[ ][A-Z][\w.’'-]*+){0,4})"
    r"(?P<more>,[ ][^\n“”\"]{1,160})?[ ]*+"
)


def _attribution(
    ctx: _Ctx, q: Quote, s: Sentence
) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The speaker, cue and attribution span of a quotation, where the text gives one."""
    text = ctx.text
    para = ctx.seg.paragraphs[s.paragraph]
    if q.closed:
        tail_end = min(para.end, q.end + _TAIL)  # the attribution patterns read no further
        nxt = ctx.seg.next_quote_start(q.end, para.end)
        if nxt is not None:
            tail_end = nxt
        tail = text[q.end : tail_end]
        m = _AFTER_QUOTE.match(tail)
        ends_sentence = q.inner.rstrip()[-1:] in (".", "!", "?") and rx(r"[ ]*[A-Z]").match(tail)
        if (
            m is not None
            and m["verb1"]
            and not ends_sentence
            and _crosses_sentence(ctx, q, q.end + m.start("verb1"))
        ):
            # 'X said the findings should "end any debate" about the app. He said ...': the
            # verb of the next sentence attributes a statement of its own, not this fragment
            m = None
        if m is not None and m["verb1"] and (" " + m["pre"].rstrip()).endswith(_CONJOINED_ENDS):
            # 'X called it "very worrying" on Tuesday, and said an inquiry was under way': a
            # second predicate of the subject, which attributes no quotation
            m = None
        # '14% said they had heard "a great deal" about it, and one in ten said ...': the
        # quotation's clause runs on, and the verb is a new clause's, whose subject (after the
        # conjunction) says its own statement, not the quotation
        joined = (
            max(m["pre"].rfind(", and "), m["pre"].rfind(", but "))
            if m is not None and m["verb1"] and m["pre"].lstrip(" ,")[:1].islower()
            else -1
        )
        if (
            m is not None
            and m["verb1"]
            and m["pre"].lstrip(" ,").startswith(_CONTRAST_OPENERS)
            and not _ATTRIBUTION_ONLY.match(text, q.end + m.end("verb1"), para.end)
        ):
            # 'X said that "open source has won", while Y said the lesson was ...': a second
            # speaker's own statement, who says nothing of the quotation
            m = None
        if m is not None and m["verb1"] and m["pre"].lstrip(" ,").startswith(_SUBORDINATORS):
            # 'it imposed a limitation "with immediate effect", after DeepSeek told it that
            # ...': a subordinate clause's verb, whose subject says its own statement
            m = None
        if m is not None and m["verb1"] and m["pre"].rstrip().endswith((" who", " which")):
            # 'X said the app was "a clear threat" and that lawmakers had been briefed by
            # officials who told them ...': a relative clause's verb, not the quotation's
            m = None
        if m is not None and not (
            ends_sentence
            and m["verb1"]
            and (
                (not _NAME_OR_PRONOUN.match(tail) and q.inner.rstrip()[-1:] == ".")
                # 'He said the ministries would coordinate.' after a quotation that ends its
                # sentence reports something new: only 'He said.' attributes the quotation
                # (and '“We must act now!” Rep. Kenji Ota said.', whose mark is no full stop)
                or not _ATTRIBUTION_ONLY.match(text, q.end + m.end("verb1"), para.end)
            )
        ):
            if m["verb1"]:
                np_start = q.end + m.start("pre") + (joined + 6 if joined >= 0 else 0)
                np_end = q.end + m.end("pre")
                verb_start, verb_end = q.end + m.start("verb1"), q.end + m.end("verb1")
                speaker = _speaker(ctx, np_start, np_end, s)
                if speaker is not None and joined >= 0:
                    speaker, verb_end = None, verb_start  # (left to the reported speech)
            else:
                verb_start, verb_end = q.end + m.start("verb2"), q.end + m.end("verb2")
                np_start = q.end + m.start("post")
                np_end = q.end + m.end("post")
                speaker = _speaker(ctx, np_start, np_end, s, leading=True)
            if speaker is not None:
                sent_end = _sentence_end(text, verb_end, para.end)
                # '..., he said, adding that ...': the participle reports a claim of its own
                participle = _PARTICIPLE.search(text, verb_end, sent_end)
                if participle is not None:
                    sent_end = participle.start()
                return speaker, text[verb_start:verb_end], (q.start, sent_end)
            # '“...,” the commission said': the verb attributes the quotation, to someone no
            # one knows here; it is spent, so that no name inside the quotation speaks
            if verb_end > verb_start:
                ctx.used.append((verb_start, verb_end))
        # '“...,” according to Digital Minister Masaaki Taira.': the source of the quotation
        acc = _ACCORDING_AFTER_QUOTE.match(tail) if "according" in tail[:16] else None
        if acc is not None and _is_whole_clause(text, q, s):  # not 'citing “...,” according to'
            speaker = _speaker(ctx, q.end + acc.start("np"), q.end + acc.end("np"), s, leading=True)
            if speaker is not None:
                return speaker, "according to", (q.start, q.end + acc.end())
        # an epigraph: '“...” — Max Schrems, founder of noyb' (the paragraph is the quotation
        # and its source after a dash, named first)
        byline = _DASH_SOURCE.fullmatch(text, q.end, para.end) if q.start == para.start else None
        if byline is not None and q.inner.rstrip()[-1:] in ".!?":
            name = byline["np"]
            speaker = _speaker(ctx, q.end + byline.start("np"), q.end + byline.end("np"), s)
            if speaker is None and byline["more"] and _plausible_person(name, ctx.index):
                speaker = ctx.index.new_actor(name, ActorKind.PERSON, None, name)
            if speaker is not None:
                return speaker, "said", (q.start, para.end)
    # attribution before: "Nam Seok explained at ..., “…”" / "X said: “…”" (read in a window
    # before the quotation, so many quotations in one long sentence cost linear time)
    base = max(s.start, q.start - _TAIL)
    head = text[base : q.start]
    m2 = _BEFORE_QUOTE.search(head)
    if m2 is not None:
        if m2["verb"]:
            verb_start = base + m2.start("verb")
            speaker = _subject_speaker(ctx, s, verb_start)
            cue = m2["verb"]
        else:
            acc = _ACCORDING.search(head)
            speaker = (
                _speaker(ctx, base + acc.start("np"), base + acc.end("np"), s) if acc else None
            )
            cue = "according to"
        if speaker is not None:
            rest = head[m2.end("verb") :]
            if (
                m2["verb"]
                and len(rest.split()) > 6
                and (
                    not rx(
                        r"[ ](?:at|on|in|during|to|after|before|via|from|with|late|early|last|"
                        r"this)[ ]"
                    ).match(rest)
                    or rx(r"[ ]that[ ]").search(rest)
                )
            ):
                return None, None, None  # reported speech that ends in a quotation
            if (
                m2["verb"]
                and q.inner.lstrip()[:1].islower()
                and _FINITE_IN_REST.search(rest) is not None
                and not rest.startswith((",", " when", " asked"))
            ):
                # 'Burke said the decision was about risk, “not about China.”': a fragment
                # that closes the reported clause, whose claim it is
                return None, None, None
            return speaker, cue, (s.start, q.end)
    # "called the selloff “an overreaction”": a quoted description is the speaker's claim
    called = _CALLED.search(head)
    if called is not None:
        speaker = _subject_speaker(ctx, s, base + called.start())
        if speaker is not None:
            return speaker, called["verb"], (s.start, q.end)
    # "Guo Jiakun was blunt: “…”", "As one official at the ministry put it, “…”": the subject
    # of the clause the colon or "put it" closes
    if head.rstrip().endswith((":", ",")):
        manner = _MANNER_BEFORE_QUOTE.search(head, max(0, len(head) - 160))
        if manner is not None:
            speaker = _speaker(ctx, base + manner.start("np"), base + manner.end("np"), s)
            if speaker is not None:
                cue = manner["cue"] or manner["cue2"]
                return speaker, cue, (base + manner.start("np"), q.end)
    # "“…,” he said, adding, “…”": a second quotation joined by "adding"
    if rx(r"(?:adding|added|continuing|continued)[,:]?[ ]*$").search(head, max(0, len(head) - 40)):
        return _ADDED, "added", None
    return None, None, None


#: "As X put it, " opening a sentence: X states the clause after it (a quotation after it is
#: read with the quotations; "As X noted, " with the reporting verbs).
_AS_PUT_IT = lazy_re(
    r"As[ ](?P<np>[^,;:“”\"]{1,80}?)[ ](?P<cue>put[ ]it)"
    r"(?:[ ](?:more[ ])?(?:bluntly|simply|succinctly|plainly|starkly))?"
    r"(?:[ ](?:on|in|at|during|last|this|earlier)[ ][^,;:“”\"]{1,40})?,[ ](?![“\"])"
)


def _as_put_it(ctx: _Ctx, s: Sentence) -> None:
    """A sentence opened by "As X put it, ": X's claim, the clause after the comma ("As Ivan
    Tsarynny put it, the app is a backdoor into user data.")."""
    text = ctx.text
    m = _AS_PUT_IT.match(text, s.start, s.end)
    if m is None:
        return
    speaker = _speaker(ctx, m.start("np"), m.end("np"), s)
    if speaker is None:
        return
    end = _content_end(text, m.end(), s.end)
    _add(ctx, s, speaker, m["cue"], m.end(), end, s.start, date_from=m.end("cue"))
    ctx.used.append(m.span("cue"))


#: "Per X, " opening a sentence or ", per X." closing it: "according to X" in American copy.
_PER_SOURCE = lazy_re(
    r"Per[ ](?P<np>[^,;:“”\"]{2,80}?),[ ](?![“\"])|,[ ]per[ ](?P<np2>[^,;:“”\"]{2,80}?)[.]?$"
)


_PER_RULE = lazy_re(
    r"[ ](?:order|orders|rules?|guidance|guidelines|instructions?|polic(?:y|ies)|law|directive|"
    r"regulations?|agreement|contract|request|terms|plan|decision)$"
)


def _per_source(ctx: _Ctx, s: Sentence) -> None:
    """A sentence whose source "per" names ("Per Italy's Garante, the company has not
    replied.", "The block will stay, per a Garante statement."): the source's claim."""
    text = ctx.text
    end = s.end
    while end > s.start and text[end - 1] in " \n":
        end -= 1
    for m in (_PER_SOURCE.match(text, s.start, end), _PER_SOURCE.search(text, s.start + 1, end)):
        if m is None:
            continue
        group = "np" if m["np"] is not None else "np2"
        a, b = m.span(group)
        if _PER_RULE.search(text, a, b):
            continue  # "Per the ministry's order, staff deleted it": in keeping with, no source
        speaker = _speaker(ctx, a, b, s) or _source_named(ctx, a, b)
        if speaker is None:
            continue
        if group == "np":
            _add(ctx, s, speaker, "per", m.end(), _content_end(text, m.end(), end), s.start)
        else:
            _add(ctx, s, speaker, "per", s.start, m.start(), s.start)
        ctx.used.append((m.start(), m.end()))
        return


#: A speaker's manner, then a colon, before a quotation ("Guo Jiakun was blunt: "), or "put
#: it" ("As one official at the ministry put it, "): the subject speaks.
_MANNER_BEFORE_QUOTE = lazy_re(
    r"(?:^|(?<=[.!?][ ])|(?<=^[Aa]s[ ])|(?<=[ ][Aa]s[ ]))(?P<np>[A-Z][^,;:“”\"]{1,80}?)[ ]"
    r"(?:(?P<cue>(?:was|were|is|are)[ ](?:(?:more|less|very|equally|even|just|as)[ ])?"
    r"(?:blunt|clear|direct|unequivocal|emphatic|adamant|defiant|candid|frank|firm|succinct|"
    r"categorical|explicit|upbeat|cautious|dismissive))(?:[ ](?:about|on|in)[ ][^,;:“”\"]{1,40})?:"
    r"|(?P<cue2>put[ ]it)(?:[ ](?:more[ ])?(?:bluntly|simply|succinctly|plainly|starkly|"
    r"another[ ]way))?(?:[ ](?:on|in|at|during)[ ][^,;:“”\"]{1,40})?[,:])[ ]*$"
)


#: A finite verb in what stands between a reporting verb and a quotation: a clause of its own.
_FINITE_IN_REST = lazy_re(
    r"[ ](?:is|was|were|are|would|will|had|has|have|could|should|must|may|might|can)[ ]"
)


def _crosses_sentence(ctx: _Ctx, q: Quote, verb_at: int) -> bool:
    """Whether the verb after a quotation lies in a later sentence than its closing mark."""
    closing = ctx.seg.sentence_at(q.end - 1)
    verb = ctx.seg.sentence_at(verb_at)
    return closing is not None and verb is not None and verb.index > closing.index


#: "according to X" right after a quotation, to the end of its sentence.
_ACCORDING_AFTER_QUOTE = lazy_re(
    r"[,]?[ ]{1,3}according[ ]to[ ](?P<np>(?:\b(?:Mrs?|Ms|Dr|Prof|Gov|Sen|Rep|St)\.|"
    r"[^,;.“”\"]){1,100}?)(?=[,.;]|$)"
)


def _sentence_end(text: str, start: int, limit: int) -> int:
    """The end of the sentence that goes on at ``start`` (read at most ``SENTENCE_REACH``
    characters on, so that a text with no stop costs no quadratic time)."""
    bound = min(limit, start + SENTENCE_REACH)
    m = _SENTENCE_STOP.search(text, start, bound)
    if m is None or (m.end() == bound < limit and not text.startswith(" ", bound)):
        return limit  # (a stop at the bound is one only before a space)
    return m.end()


_SENTENCE_STOP = lazy(r"[.!?](?=[ ]|$)")


# ---------------------------------------------------------------------------------------------
# reported speech
# ---------------------------------------------------------------------------------------------


def _may_report(text: str, s: Sentence) -> bool:
    """Whether the sentence holds a reporting word in any case: :data:`_REPORT_GATE` over a
    folded copy of the sentence (and the character before it, for the look-behind).

    One trie search: measured twice as fast as building the sentence's word set first; with
    the fold, the gate takes about two thirds of the case-insensitive search's time.
    """
    return _REPORT_GATE.search(fold_after(text, s.start, s.end), 1) is not None


def _reported(ctx: _Ctx, s: Sentence) -> None:
    text = ctx.text
    if text.startswith("As ", s.start) and text.find(" put it", s.start, s.end) >= 0:
        _as_put_it(ctx, s)
    if text.startswith("Per ", s.start) or text.find(", per ", s.start, s.end) >= 0:
        _per_source(ctx, s)
    if not _may_report(text, s):
        return  # no reporting word: nothing below can match (most sentences of a long text)
    lower = s.text.lower()
    if (
        "according to" in lower
        and _ACCORDING_WORD.search(lower)
        and _PEOPLE_FAMILIAR.search(s.text)
    ):
        return
    smasks = [m for m in masks(ctx, s) if m[2] != "quote"]
    claims_here = [
        c
        for c in ctx.claims_near(s.start)
        if c.evidence.start <= s.start < c.evidence.end or s.start <= c.evidence.start < s.end
    ]
    quoted_here = [
        q for q in ctx.seg.quotes_in(s.start, s.end) if len(q.inner.split()) >= 4 and q.double
    ]
    # "DeepSeek, whose privacy policy says ..." /
    # "Baidu, whose chief executive Robin Li had argued that ..."
    # each construction below needs a word or mark of its own: a substring test skips it
    has_whose = "whose" in lower  # the pattern's "whose" is lower-case
    for ws in _WHOSE_SAYS.finditer(text, s.start, s.end) if has_whose else ():
        thing = ws["thing"]
        person = rx(rf"{_OWNER_ROLE}[ ](?P<name>[A-Z][\w-]*[ ][A-Z][\w-]*)").search(thing)
        speaker = None
        if person is not None:
            speaker = _speaker(
                ctx,
                ws.start("thing") + person.start("name"),
                ws.start("thing") + person.end("name"),
                s,
            )
        if speaker is None:
            speaker = _speaker(ctx, ws.start("owner"), ws.end("owner"), s)
        if speaker is not None:
            start = ws.end() + (5 if text.startswith("that ", ws.end()) else 0)
            comma = text.find(",", start, s.end)
            content_end = _content_end(text, start, comma if comma >= 0 else s.end)
            _add(ctx, s, speaker, ws["verb"], start, content_end, ws.start("owner"))
            ctx.used.append(ws.span("verb"))  # the verb is spent: not read again below
    # "according to X"
    has_according = folded_holds(s.text, ("according",))  # the pattern ignores case
    for m in _ACCORDING.finditer(text, s.start, s.end) if has_according else ():
        if _spent(ctx, m.start(), m.end()):
            continue
        np_end = m.end("np")
        handed = _HANDED_TO.search(text, m.start("np"), np_end)
        if handed is not None:
            np_end = handed.start()  # "a report submitted to the Legislative Yuan": not its
        speaker = _speaker(ctx, m.start("np"), np_end, s) or _source_named(
            ctx, m.start("np"), np_end
        )
        source_end = m.end()
        if speaker is None and text.endswith(_RELEASED_WORDS, m.start("np"), np_end):
            # "according to a survey released on Friday by the industry group Nasscom": the
            # maker after the release's date (the source stopped at its " on ")
            maker = _RELEASED_BY.match(text, np_end, s.end)
            if maker is not None:
                speaker = _speaker(ctx, *maker.span("np"), s) or _source_named(
                    ctx, *maker.span("np")
                )
                source_end = maker.end() if speaker is not None else source_end
        if speaker is None and _POSTED_DOCUMENT.fullmatch(text, m.start("np"), np_end):
            # "according to a notice (posted) on the commission's website": the site's owner
            site = _ON_SITE.match(text, np_end, s.end)
            if site is not None:
                speaker = _speaker(ctx, *site.span(site.lastgroup or 0), s)
                source_end = site.end()
        named = _apposed_person(ctx, source_end, s)
        if named is not None:
            # "According to Japan's digital minister, Masaaki Taira, the government ...": the
            # person named in apposition to the role speaks, and the statement starts after
            speaker, source_end = named
        elif speaker is not None:
            source_end = _past_role(ctx, speaker, source_end, s)
        if speaker is None or _inside_quote_claim(claims_here, m.start()):
            continue
        if text.startswith(", that ", source_end):
            # "Mao said, according to Xinhua, that ...": the writer's source for the wording
            # of a statement the verb before it reports, not a statement of its own
            continue
        when = _ACCORDING_WHEN.match(text, source_end, s.end)
        if when is not None:
            source_end = when.end()  # "According to the ministry on Thursday, ...": its date
        a, b, aside = _content_around(text, s, m.start(), source_end)
        _add(
            ctx, s, speaker, "according to", a, b, s.start, aside=aside,
            date_span=when.span() if when is not None else None,
        )  # fmt: skip
        ctx.used.append((m.start(), m.end()))
    # "..., the firm explained." / "..., said a spokesperson for the group."
    has_comma = (
        text.find(", ", s.start, s.end) >= 0
        or text.find(",” ", s.start, s.end) >= 0
        or text.find('," ', s.start, s.end) >= 0
    )
    fm = _FINAL_ATTRIBUTION.search(text, s.start, s.end) if has_comma else None
    if (
        fm is not None
        and fm["verb"]
        and (
            _HEARSAY_NP.search(fm["np"])
            or _NEGATED_REPORT.search(fm["np"][-40:] + " ")
            # "..., with Victoria expected to follow": an absolute phrase, no one speaking
            or fm["np"].startswith(("with ", "With "))
            # "X said ..., a claim DeepSeek has denied.": the clause is X's, and the one who
            # denies or dismisses it does not state it
            or fm["verb"].lower() in _DENIALS
            or _REMARK_ON_STATEMENT.match(fm["np"])
            # "..., saying the company had fixed the problems it found.": a participle's own
            # clause, whose last verb is no attribution
            or _REPORTING_PARTICIPLE.match(fm["np"])
            # "..., Wolf said he expected more states to copy it.": the plural noun, not a verb
            or (fm["verb"] in _NOUN_TOO and _NOUN_BEFORE.search(fm["np"][-40:] + " "))
        )
    ):
        # "..., and SK Telecom is said to be reviewing ...", "while Osaka is also expected to
        # follow suit": a passive of hearsay, not an attribution; "..., noting that DeepSeek
        # had not replied.", "..., and the ministry has not confirmed.": nothing said
        ctx.used.append(fm.span("verb"))
        fm = None
    if (
        fm is not None
        and fm["verb"]
        and text.startswith(_FRONTED_OPENERS, s.start)
        and _MEDIUM_OPENER.fullmatch(text, s.start, fm.start() + 2)
    ):
        # "At a regular press briefing on Thursday, spokesperson Guo Jiakun responded to a
        # question ...": the occasion before the subject, which states nothing
        fm = None
    if (
        fm is not None
        and not _spent(ctx, fm.start(), fm.end())
        and not quoted_here_ends(quoted_here, fm.start())
    ):
        if fm["verb"]:
            speaker = _speaker(ctx, fm.start("np"), fm.end("np"), s) or _subject_organisation(
                ctx, s.start, fm.start("np"), fm["np"]
            )
            speaker = _trailing_speaker(ctx, s, speaker, fm["np"], s.start, fm.start())
            verb = fm["verb"]
        elif (
            # (a relative clause on the speaker has a verb of its own: ", said Jane Doe, who
            # heads the unit, in an email" names her)
            _CLAUSE_VERB.search(fm["np2"], 0, _relative_start(fm["np2"]))
            or _NAME_THEN_VERB.match(fm["np2"])
            or _BARE_NOUN_CLAUSE.match(fm["np2"])
            or _INSTRUMENT_SUBJECT.fullmatch(text, s.start, fm.start())
            # "Microsoft, which tested the model, added R1 to Azure.": "add X to Y" puts a thing
            # somewhere; no one speaks after it
            or (fm["verb2"] == "added" and " to " in fm["np2"].partition(",")[0])
            # "X, chief executive of Y, wrote in a LinkedIn post that ...": the medium, and the
            # speaker stood before the verb
            or fm["np2"].startswith(("in ", "on ", "at ", "during ", "via "))
            # "The commission, which has fined Meta, wrote to the company last week.": whom
            # the subject wrote to, no speaker after the verb
            or fm["np2"].startswith("to ")
        ):
            # ", said France would not ban it": a clause; "The report, released by X, says
            # ...": the document's appositive, then what it says; ", said queries cost users
            # five US cents": a clause whose verb no test knows, on a bare plural subject
            speaker, verb = None, fm["verb2"]
        else:
            speaker = _speaker(ctx, fm.start("np2"), fm.end("np2"), s, leading=True)
            verb = fm["verb2"]
        if speaker is not None and not _inside_quote_claim(claims_here, fm.start()):
            end = fm.start()
            if text[end + 1 : end + 2] in ("”", '"') and _opens_quote(text, s.start, end):
                end += 2  # 'The risk was "not theoretical," X said': the quotation closes
            _add(ctx, s, speaker, verb, s.start, end, s.start, date_from=fm.start())
            ctx.used.append((fm.start(), fm.end()))
            return
        if fm["verb"] and fm["np"][:1].islower():
            # ", the agency told parliament.": the speaker is that phrase or no one, never a
            # name before it ("DeepSeek stores data in China, the agency told ...")
            ctx.used.append(fm.span("verb"))
    # "X said (that) ...", "X described R1 as ...", "..., Governor X said on Friday, and ..."
    reporter: list[str | None] = []  # the speaker of the sentence's last reporting verb
    for m in _VERB.finditer(text, s.start, s.end):
        a, b = m.span()
        verb = m["verb"]
        if _spent(ctx, a, b) or _inside_quote_claim(claims_here, a):
            continue
        if any(q.inner_start <= a < q.inner_end for q in ctx.seg.quotes_in(s.start, s.end)):
            continue
        if not _reporting_use(text, a, b, verb, s):
            continue
        if (
            _NEGATED_REPORT.search(text[max(s.start, a - 30) : a])
            or _IMPERSONAL.search(text[max(s.start, a - 40) : b])
            # "Neither the ministry nor DeepSeek responded ...": no one said anything
            or (
                text.find("either ", s.start, a) >= 0
                and _NEITHER_NOR.search(text, max(s.start, a - 160), a) is not None
            )
        ):
            ctx.used.append((a, b))
            continue
        if _attributes_what_precedes(ctx, s, a, b, verb, claims_here):
            ctx.used.append((a, b))
            continue
        second = _SECOND_PREDICATE.search(text, max(s.start, a - 12), a)
        # "X said that startups raised $780mn, but warned that ...", "OpenAI alleged that
        # DeepSeek had copied its models, and said ...": X speaks again, not the subject of
        # the clause X reported
        if second is not None and reporter:
            # "A committee report alleged that DeepSeek had funnelled data and said ...": the
            # reporter speaks again, even one the text does not resolve, never the subject of
            # the clause it reported
            speaker = _reporter_before(ctx, s, second.start()) or reporter[-1]
        else:
            speaker = (None if second is None else _reporter_before(ctx, s, second.start())) or (
                _subject_speaker(ctx, s, a, smasks)
            )
            if speaker is None or speaker == TARGET_ID:
                speaker = _company_named_again(ctx, s, a, speaker)
        reporter.append(speaker)
        if speaker is None:
            continue
        if _inside_own_claim(ctx, s, speaker, a):
            # "Nvidia said it believes partners comply ...": the same speaker's verb inside
            # its own statement, which holds it already
            ctx.used.append((a, b))
            continue
        content_start = max(_content_start(text, b, s.end, verb), ctx.past_date(b, s.end))
        # "The Garante, which said last week it would look into the app, ordered ...": a
        # relative clause's statement ends with the clause
        relative = mask_at(smasks, a)
        stop = relative[1] if relative is not None and relative[2] == "relative" else s.end
        content_end = _content_end(text, content_start, max(content_start, stop))
        if content_end - content_start < 12:
            continue
        _add(
            ctx,
            s,
            speaker,
            verb,
            content_start,
            content_end,
            a,
            date_from=b,
            date_span=_fronted(text, s, a) or _medium_aside(text, s, a) or ctx.date_before(a),
        )
        ctx.used.append((a, b))
    # "..., warning that ...": the subject of the clause speaks
    participles = list(_PARTICIPLE.finditer(text, s.start, s.end)) if has_comma else []
    if "ing that " in lower:
        participles += _NOTICE_PARTICIPLE.finditer(text, s.start, s.end)
    for m in participles:
        if _spent(ctx, m.start(), m.end()):
            continue
        # "X told reporters that Y would ..., adding that ...": X adds, not Y
        speaker = _reporter_before(ctx, s, m.start()) or _subject_speaker(
            ctx, s, m.start(), smasks, first=True
        )
        if speaker == TARGET_ID and _target_acted_on(ctx, s, m.start()):
            speaker = None  # "The ministry banned DeepSeek, adding that ...": not DeepSeek
        if speaker is None:
            # "Analysts at Nomura were less worried, saying ...": the body of the unnamed
            # people the sentence opens with, before a linking verb
            opener = _LINKED_SUBJECT.match(text, s.start, m.start())
            if opener is not None:
                speaker = _official_speaker(ctx, s.start, opener.end("np"), s)
        if speaker is None:
            continue
        content_end = _content_end(text, m.end(), s.end)
        if content_end - m.end() < 12:
            continue
        verb = m.group(m.lastgroup) if m.lastgroup else m.group()  # the participle
        before = len(ctx.claims)
        _add(ctx, s, speaker, verb, m.end(), content_end, m.start())
        if len(ctx.claims) > before:
            _drop_nested(ctx, s, ctx.claims[-1], m.end())
        ctx.used.append((m.start(), m.end()))
    # "Lee quoted Premier Cho Jung-tai as saying that ...", "..., with spokesperson Guo Jiakun
    # saying that ...": the phrase before the verb names the speaker
    for pattern, needle in _NAMED_THEN_SAYING:
        for w in pattern.finditer(text, s.start, s.end) if needle in s.text else ():
            if _spent(ctx, w.start("verb"), w.end("verb")):
                continue
            speaker = _speaker(ctx, w.start("np"), w.end("np"), s)
            if speaker is None:
                continue
            content_end = _content_end(text, w.end(), s.end)
            if content_end - w.end() >= 12:
                _add(ctx, s, speaker, w["verb"], w.end(), content_end, w.start())
                ctx.used.append(w.span("verb"))
    for w in _QUOTED_PASSIVE.finditer(text, s.start, s.end) if "as saying" in s.text else ():
        speaker = _subject_speaker(ctx, s, w.start(), smasks)
        start, content_end = w.end(), _content_end(text, w.end(), s.end)
        comma = text.rfind(", ", s.start, w.start())
        if comma > s.start and _QUOTED_BY_ONLY.fullmatch(text, w.end(), s.end):
            # "The ministry has widened its review, officials were quoted as saying by Antara.":
            # what was said is the clause before them
            speaker = _speaker(ctx, comma + 2, w.start(), s) or speaker
            start, content_end = s.start, _content_end(text, s.start, comma)
        if speaker is not None and content_end - start >= 12:
            _add(ctx, s, speaker, w["verb"], start, content_end, w.start())
    for cm in _CLAIM_NOUN.finditer(text, s.start, s.end):
        speaker = _speaker(ctx, cm.start("np"), cm.end("np"), s)
        if speaker is not None:
            content_end = _content_end(text, cm.end(), s.end)
            _add(ctx, s, speaker, "claim", cm.end(), content_end, cm.start())


#: A study named by its maker's name before the noun: "A Gallup survey", "a Datafolha poll",
#: "A Reuters/Ipsos poll".
_MAKERS_STUDY = (
    r"\b(?:[Aa]n?|[Tt]he)[ ](?:(?:new|recent|latest|separate)[ ])?"
    r"(?P<maker>[A-Z][\w&.-]*+(?:[/ ][A-Z][\w&.-]*+){0,2})[ ](?:survey|poll|study)"
)
#: Figures or a study as the source of a finding: "Data from QuestMobile showed that ...",
#: "Sensor Tower data show ...", "A survey by Teikoku Databank found that ...".
_DATA_SHOWED = lazy_re(
    r"(?:\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates|(?:[Aa]n?|[Tt]he)[ ]"
    r"(?:(?:new|recent|latest|separate|joint|online|annual|global)[ ])?(?:survey|study|poll|"
    r"analysis|report|review|audit|assessment|paper))[ ]"
    r"(?:(?:compiled|released|published|conducted)[ ])?(?:from|by)[ ]"
    r"(?P<np>[^,;“”\"]{2,60}?)(?:[ ]of[ ][^;“”\"]{2,60}?)?"
    r"|(?<![\w&.-])(?P<np2>[A-Z][\w&.-]*+(?:[ ][A-Z][\w&.-]*+){0,2})[ ](?:data|figures|estimates)"
    # "a Datafolha poll of 2,004 people, conducted in March, found": its maker's name before it
    rf"|{_MAKERS_STUDY}(?:[ ](?:of|among)[ ](?:[^,;“”\"]|,(?=[0-9])){{2,40}}?)?"
    r"(?:,[ ][^,;“”\"]{2,60},)?)"
    r"[ ](?:also[ ])?(?P<verb>showed|shows|show|found|finds)[ ](?:that[ ])?"
)


#: Figures as the source of the sentence before them: "..., data from QuestMobile showed.",
#: "..., Sensor Tower estimates show."
_DATA_SHOWED_AFTER = lazy_re(
    r",[ ](?:(?:data|figures|statistics|estimates)[ ](?:compiled[ ]by|from|by)[ ]"
    r"(?P<np>[^,;“”\"]{2,60}?)|(?P<np2>[A-Z][\w&.-]*+(?:[ ][A-Z][\w&.-]*+){0,2})[ ]"
    r"(?:data|figures|estimates)"
    # "..., the company's pricing page shows.": an owner's document
    r"|(?P<np3>(?:the[ ])?(?:[\w-]+[ ]){0,2}?[\w-]+(?:’s|'s)[ ](?:[\w-]+[ ])?(?:page|website|"
    r"site|filing|filings|data|figures|records|accounts|documents?|price[ ]list)))"
    r"[ ](?P<verb>showed|shows|show)[.]?$"
)


def _data_shows(ctx: _Ctx, s: Sentence) -> None:
    """ "Data from X showed that ...": X is the source of what its figures show."""
    after = _DATA_SHOWED_AFTER.search(ctx.text, s.start, s.end)
    if after is not None:
        group = "np" if after.group("np") else "np2" if after.group("np2") else "np3"
        speaker = _speaker(ctx, after.start(group), after.end(group), s) or _named_author(
            ctx, after.start(group), after.end(group)
        )
        if (
            speaker is not None
            and (speaker != TARGET_ID or group == "np3")
            and after.start() - s.start >= 12
        ):
            _add(ctx, s, speaker, after["verb"], s.start, after.start(), s.start)
    for m in _DATA_SHOWED.finditer(ctx.text, s.start, s.end):
        group = "np" if m.group("np") else "np2" if m.group("np2") else "maker"
        speaker = _speaker(ctx, m.start(group), m.end(group), s) or _named_author(
            ctx, m.start(group), m.end(group)
        )
        if speaker is None or speaker == TARGET_ID:
            continue
        content_end = _content_end(ctx.text, m.end(), s.end)
        if content_end - m.end() >= 12:
            _add(
                ctx, s, speaker, m["verb"], m.end(), content_end, m.start(), date_from=m.end("verb")
            )


def _reporter_before(ctx: _Ctx, s: Sentence, at: int) -> str | None:
    """The speaker of the reported clause that a participle at ``at`` continues: in "X said
    the ban would stay, adding that ...", X adds."""
    # the quotations of this sentence (all quotations are read before reported speech, so the
    # last claims found may lie paragraphs later)
    quoted = [c for c in ctx.claims_near(s.start) if c.quote and s.start <= c.evidence.start < at]
    for c in sorted(quoted, key=lambda c: c.evidence.start, reverse=True):
        if c.speaker is not None:
            # '"...," SoftBank's president said, adding that ...': the quotation's speaker
            found = ctx.text.find(c.text, c.evidence.start, at)
            if found >= 0 and len(ctx.text[found + len(c.text) : at].split()) <= 10:
                return c.speaker
    for c in reversed(ctx.claims[-4:]):
        if (
            c.quote
            or c.speaker is None
            or not c.evidence.start <= s.start < s.end <= c.evidence.end
        ):
            continue
        # (its text may end with the quotation that closes at the participle's comma)
        found = ctx.text.rfind(c.text, s.start, at + 2)
        if found >= 0 and at - (found + len(c.text)) <= 2:
            return c.speaker
    return None


_CLAUSE_VERB = lazy(
    r"\b(?:would|will|could|should|may|might|must|has|have|had|is|are|was|were|did|does|do|can|"
    r"said|says|plans|aims|intends|expects|hopes|wants|needs)\b|(?<![\w-])[a-z]{3,}ed\b"
    # a pronoun subject opens a clause: ", said it plans to host ..."
    r"|^(?:it|he|she|they|we|there)[ ]"
)
#: A bare plural in lower case, then a word in lower case, opening what follows ", said":
#: "queries cost users ..." (no speaker opens so: "a spokesperson", "officials familiar with").
_BARE_NOUN_CLAUSE = lazy(
    r"(?!(?:officials|analysts|sources|experts|people|lawmakers|regulators|executives|"
    r"researchers|observers|critics|investors|diplomats|spokes\w*)\b)[a-z]{3,}s[ ]"
    r"(?!(?:at|of|in|for|from|with|familiar|close|who)\b)[a-z]{2,}[ ]"
)
#: A name and a verb in the present after it: ", said Beijing opposes ..." reports a clause
#: (", said Wang Wenbin, a spokesman" and ", said a spokesperson for X" name the speaker).
_NAME_THEN_VERB = lazy(
    r"(?:[A-Z][\w.’'-]*[ ]){1,4}(?!(?:of|for|at|from|in|and|who|which|on|to|with|was|is)\b)"
    r"[a-z]{2,}s\b"
    # "..., says DeepSeek's app sends user data to China": a name's thing, then its verb
    r"|[A-Z][\w.-]*(?:’s|'s)[ ](?:[a-z-]+[ ]){1,2}(?!(?:of|for|at|from|in|and|who|which|on|to|"
    r"with|was|is)\b)[a-z]{2,}s\b"
)
#: A non-restrictive relative clause, after its comma: ", who heads the unit", ", which".
_RELATIVE_AFTER_COMMA = lazy_re(r",[ ](?:who|whose|which)[ ]")


def _relative_start(phrase: str) -> int:
    """Where a relative clause after a comma opens in ``phrase``, else its length."""
    found = _RELATIVE_AFTER_COMMA.search(phrase)
    return found.start() if found is not None else len(phrase)


_ATTRIBUTION_NP = lazy(r",[ ](?P<np>[^,;“”\"]{1,90}?)[ ]$")
_ATTRIBUTION_TAIL = lazy(
    # "..., officials said Thursday, as ...": a bare day may come first
    r"(?:[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"later|earlier)"
    # "..., the commission said the following week, after ...": a time with no preposition
    r"|[ ]the[ ](?:following|next|previous|same)[ ](?:day|week|month))?"
    r"(?:[ ](?:on|at|in|during|to|after|before|last|this|earlier|late|early|via|through|from)"
    rf"(?:[ ]{_NO_CLAUSE_WORD}[^ ,;“”\"]{{1,30}}){{1,10}}?)?(?:,[ ]|[.]?$"
    # "..., the company said — though ...": the writer's aside after a dash
    r"|[ ](?:[—–]|--)[ ])"
)


#: A sentence opener before a comma, which attributes nothing: "Separately", "Meanwhile",
#: "On Thursday", "In a statement".
_OPENER_ONLY = lazy(
    r"[ ]*(?:[A-Z][a-z]+ly|Meanwhile|However|Also|Earlier|Later|Still|Instead|Yet|Now|Then|"
    r"Elsewhere|Today|Yesterday|Moreover|Furthermore|Besides|Overall|Nonetheless|Nevertheless|"
    # the ordinals that number an argument's points: "First, the Garante said, ..."
    r"First|Second|Third|Fourth|Fifth|"
    r"(?:In|On|At|By|For|After|Before|During|Last|This|Across|Among|Amid|Despite|Under|Within"
    r"|Since|Until|Over|Unlike|Like)(?:[ ][\w.’'-]+){1,3})"
)


def _only_a_name(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one name and nothing more (spaces and a "the" aside)."""
    names, rest = names_and_rest(ctx, start, end)
    return len(names) == 1 and rest.strip(" ,").lower() in ("", "the")


def _attributes_what_precedes(
    ctx: _Ctx, s: Sentence, a: int, b: int, verb: str, claims_here: Sequence[Claim]
) -> bool:
    """ ", Governor X said at a news conference on Friday, and ..." / "..., the start-up said
    on Wednesday, in a move ...": the verb attributes the clause before it; add that claim."""
    text = ctx.text
    pre = _ATTRIBUTION_NP.search(text, max(s.start, a - _TAIL), a)
    if pre is None or verb.lower() not in _TRAILING_VERBS:
        return False
    if pre["np"] in _CONJUNCTIONS:
        return False  # "X called it worrying on Tuesday, and said ...": a second predicate
    dateline = dateline_at(text, s.start)
    if dateline is not None and pre.start() < dateline.end():
        return False  # "SEOUL, April 28 (Wire) - X said ...": the comma is the dateline's
    after = b
    if verb.lower() in ("told", "tells"):
        # "..., a source in the agency told Xinhua": the outlet hears, it does not speak
        audience = _TOLD_AUDIENCE.match(text, b, s.end)
        after = audience.end() if audience is not None else b
    post = _ATTRIBUTION_TAIL.match(text, after, s.end)
    if post is None:
        return False
    speaker = _speaker(ctx, pre.start("np"), pre.end("np"), s)
    lo = _clause_start(text, s.start, pre.start())
    if speaker is None:
        # "Kakao has no plans to ..., a spokesperson said": the subject's own spokesperson
        speaker = _subject_organisation(ctx, lo, pre.start("np"), pre["np"])
    speaker = _trailing_speaker(ctx, s, speaker, pre["np"], lo, pre.start())
    if speaker is None:
        # an unnamed official, or a description the text does not resolve ("..., the
        # ministry said on Thursday, adding ..."): no claim, and no name before it speaks
        if _OFFICIAL.match(pre["np"].strip()):
            return True  # "..., an official said, adding ...": no one the text names
        if not pre["np"].strip()[:1].islower():
            return False
        participle = _PARTICIPLE.match(text, post.end() - 2, s.end)
        if participle is not None:
            ctx.used.append(participle.span())  # "..., adding that ...": the same no one
        return True
    content_start = _clause_start(text, s.start, pre.start())
    # "The reply was, it said, inadequate", "This is, he said, a ...": the aside interrupts the
    # clause after its copula (and "This is" is no opener)
    copula = post.group().endswith(", ") and _COPULA_END.search(
        text, max(content_start, pre.start() - 16), pre.start()
    )
    if not copula and (
        _OPENER_ONLY.fullmatch(text, content_start, pre.start())
        or _MEDIUM_OPENER.fullmatch(text, content_start, pre.start() + 2)
    ):
        # (or a medium or occasion: "At a regular press briefing in Beijing on Thursday, ")
        if post.group().endswith(", ") and _NEW_CLAUSE.match(text, post.end(), s.end):
            # "For FY2025, the group said, revenue had grown ...": the aside's speaker states
            # the clause after it
            end = _content_end(text, post.end(), s.end)
            _add(ctx, s, speaker, verb, post.end(), end, content_start, date_span=(b, post.end()))
            return True
        return False  # "Separately, the Centre said on Thursday it would ...": an opener
    np_words = pre["np"].split()
    if (
        np_words[0][:1].islower()
        and not (len(np_words) == 1 and _PRONOUN.match(np_words[0]))
        and _only_a_name(ctx, content_start, pre.start())
    ):
        # "Wang Wenbin, a spokesman for the ministry, said ...": an apposition; not "The
        # commission, he added, had ..." nor "The company, Tsarynny said, had ...": asides
        return False
    if _inside_quote_claim(claims_here, content_start):
        return True
    if copula or (
        post.group().endswith(", ") and _PREDICATE_START.match(text, post.end(), s.end)
    ):
        # "Its main concern, it said, is that ...": the aside interrupts the claim
        end = _content_end(text, post.end(), s.end)
        _add(
            ctx,
            s,
            speaker,
            verb,
            content_start,
            end,
            content_start,
            date_span=(b, post.end()),
            aside=(pre.start(), post.end()),
        )
        return True
    # the date is the attribution's ("..., he said on Friday, under a directive issued last
    # week": not last week)
    _add(
        ctx, s, speaker, verb, content_start, pre.start(), content_start, date_span=(b, post.end())
    )
    participle = (
        _PARTICIPLE.match(text, post.end() - 2, s.end) if post.group()[-1:] == " " else None
    )
    if participle is not None:
        # "..., the Garante said on Thursday, adding that ...": the same speaker goes on
        content_end = _content_end(text, participle.end(), s.end)
        if content_end - participle.end() >= 12:
            verb = participle.group(participle.lastgroup or 0)
            _add(ctx, s, speaker, verb, participle.end(), content_end, participle.start())
        ctx.used.append(participle.span())
    return True


#: The end of what stands before a reporting verb that makes it a second predicate.
#: What joins a second predicate to a reported clause: ", but " in "X said that ..., but
#: warned that ...".
_SECOND_PREDICATE = lazy_re(r",?[ ](?:but|and)[ ](?:also[ ])?$")
_CONJOINED_ENDS = (" and", ",and", " but", " and also", " but also", " and later")
#: A conjunction alone where a trailing attribution's speaker would stand.
_CONJUNCTIONS = frozenset(["and", "but", "and also", "but also", "and later", "and then"])


#: An audience that closes an aside attribution: "..., X told reporters, to wait ...".
_TOLD_ASIDE = lazy(rf"[ ]{_AUDIENCE},[ ][a-z]")
#: The audience of a trailing "told": "told Xinhua", "told Reuters", "told reporters".
_TOLD_AUDIENCE = lazy(rf"[ ]{_AUDIENCE}")


def _subject_organisation(ctx: _Ctx, lo: int, np_start: int, np: str) -> str | None:
    """The body a statement's unnamed spokesperson or official (``np``, at ``np_start``)
    speaks for: the subject that opens the statement at ``lo`` ("Kakao has no plans to ...,
    a spokesperson said"), where it is a body and not the service the statement is about."""
    official = _OFFICIAL.match(np.strip())
    if official is None or official["role"].lower() in _NOT_A_BODYS_VOICE:
        return None
    if official["role"].lower() in ("source", "sources") and not official["org"]:
        return None  # "a source said": anyone's
    first = [
        m
        for m in ctx.index.mentions_between(lo, np_start)
        if m.via != "modifier" and m.start - lo <= 40
    ][:1]
    bare = not official["org"] and official["role"].lower() in _SPOKESPEOPLE
    if not first:
        # "The DPC said the inquiry would ... A decision is not expected before the end of the
        # year, a spokesman said.": the body the sentence before is about
        return _paragraph_body(ctx, lo) if bare else None
    actor = ctx.index.actor(first[0].actor)
    if actor.kind is ActorKind.PERSON or actor.id == TARGET_ID:
        return None
    if not _SUBJECT_OPENS.fullmatch(ctx.text, lo, first[0].start):
        return None
    return actor.id


#: The unnamed voices of one body: "a spokesman said", "an official said".
_SPOKESPEOPLE = frozenset(
    ["spokesperson", "spokesman", "spokeswoman", "official", "representative"]
)


def _paragraph_body(ctx: _Ctx, offset: int) -> str | None:
    """The one body the sentence before ``offset``'s (in its paragraph) is about: the speaker
    of its statement, else its subject, where it is one body, not a person nor the AI
    developer."""
    s = ctx.seg.sentence_at(offset)
    if s is None or s.index == 0:
        return None
    prev = ctx.seg.sentences[s.index - 1]
    if prev.paragraph != s.paragraph:
        return None
    for c in reversed(ctx.claims[-4:]):
        if (
            c.speaker is not None
            and c.speaker != TARGET_ID
            and prev.start <= c.evidence.start < prev.end
            and ctx.index.actor(c.speaker).kind is not ActorKind.PERSON
        ):
            return c.speaker  # "The DPC said ...": the body whose statement it was
    actors = subject_before(ctx, prev, prev.start, prev.end, [], first=True)
    if len(actors) != 1:
        return None
    actor = ctx.index.actor(actors[0])
    if actor.kind is ActorKind.PERSON or actor.id == TARGET_ID:
        return None
    return actor.id


#: Unnamed speakers who need not speak for the body their statement is about.
_NOT_A_BODYS_VOICE = frozenset(["people", "researchers", "scientists", "experts", "analysts"])
#: What may stand before the subject of a statement: nothing, an article or a possessive place.
_SUBJECT_OPENS = lazy(r"[ ]*(?:(?:The|the)[ ])?(?:[A-Z][\w.-]*(?:’s|'s)[ ])?")


#: The end of a subject and its passive auxiliary before a reporting verb: "X is said to",
#: "Osaka is also expected to".
_HEARSAY_NP = lazy(r"\b(?:is|are|was|were|be|been|being)(?:[ ](?:also|widely|reportedly|now))?$")


#: A clause with its own subject after an aside: "AI revenue had grown", "officials should".
_NEW_CLAUSE = lazy(
    r"(?:[\w.’'$%-]+[ ]){1,5}?(?:is|are|was|were|would|will|could|should|may|might|must|has|"
    r"have|had|can|[a-z]{2,}ed)\b"
)


_PREDICATE_START = lazy(
    r"(?:is|are|was|were|would|will|could|should|may|might|must|has|have|had|can|remains|"
    r"remained|includes|included|lies|lay)\b"
    # "The data, he said, went to ...": a past tense of its own form
    r"|(?:(?:also|still|now|already|only|never|clearly)[ ])?(?:went|sent|made|took|gave|kept|"
    r"left|came|became|began|grew|fell|rose|ran|saw|knew|found|held|brought|bought|paid|lost|"
    r"met|spent|sold|built|got|stood|led|won|drew|chose|meant|felt|thought)\b"
    # "The app, Burke said, poses risks ...", "The data, it said, also went to ...": a verb
    # in the present or past (not a determiner or pronoun that opens a clause of its own)
    r"|(?:(?:also|still|now|already|only|never|clearly)[ ])?"
    r"(?!(?:this|its|his|hers|theirs|ours|us|thus|plus|unless|less|whereas|as)\b)"
    r"[a-z]{2,}(?:s|ed)\b"
    # "It was too early, Regnier said, to say whether ...": the clause's own complement
    r"|(?:to[ ](?!the\b|a\b|an\b|its\b|their\b)[a-z]{2,}|because|than|unless)\b"
)

#: A copula or auxiliary that ends the words before an aside: "The reply was, it said,
#: inadequate", "It is, she added, too early": the aside falls inside the clause.
_COPULA_END = lazy_re(
    r"[ ](?:is|are|was|were|be|been|will[ ]be|would[ ]be|has[ ]been|had[ ]been|remains|"
    r"remained)\Z"
)


_TRAILING_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "wrote",
        "added",
        "noted",
        "explained",
        "reasoned",
        "reported",
        "stated",
        "claimed",
        "argued",
        "warned",
        "confirmed",
        "insisted",
        "stressed",
        "emphasized",
        "emphasised",
        "revealed",
        "announced",
        "recalled",
    ]
)


def quoted_here_ends(quotes: Sequence[Quote], offset: int) -> bool:
    """Whether a sentence-final attribution belongs to a long quotation just before it."""
    return any(0 <= offset - q.end <= 2 for q in quotes)


def _inside_own_claim(ctx: _Ctx, s: Sentence, speaker: str, offset: int) -> bool:
    """Whether the verb at ``offset`` is the main verb of a claim of ``speaker`` in this
    sentence, after at most a few words of subject ("said it believes ...", "said it had
    warned that ..."; not "..., a step it described as ...", a statement of its own)."""
    for c in ctx.claims[-4:]:
        if c.quote or c.speaker != speaker or not s.start <= c.evidence.start < s.end:
            continue
        at = ctx.text.find(c.text, c.evidence.start, c.evidence.end)
        if at >= 0 and at <= offset < at + len(c.text) and len(ctx.text[at:offset].split()) <= 3:
            return True
    return False


_SUBJECT_PRONOUNS = frozenset(["it", "they", "he", "she", "we"])


def _drop_nested(ctx: _Ctx, s: Sentence, outer: Claim, content_start: int) -> None:
    """Drop a claim read earlier in this sentence whose reporting verb opens ``outer``'s text
    after at most a few words of subject ("..., saying it had found that the app sent data
    abroad": what it found is what it said, one statement, as after "said it had found
    that"; the verb loop reads "found" before the participle is read)."""
    text = ctx.text
    n = len(ctx.claims)
    for i in range(n - 2, max(-1, n - 7), -1):  # the few claims before ``outer``, the last
        c = ctx.claims[i]
        if c.quote or not s.start <= c.evidence.start < s.end:
            continue
        at = text.find(c.text, content_start, content_start + len(outer.text) + 2)
        if at <= content_start or at + len(c.text) > content_start + len(outer.text) + 2:
            continue
        head = text[content_start:at].split()
        if (
            len(head) <= 4
            and c.cue in head
            and (c.speaker == outer.speaker or head[0] in _SUBJECT_PRONOUNS)
        ):
            del ctx.claims[i]  # (by place: near the end, never a search of the whole list)
            return


def _inside_quote_claim(claims: Sequence[Claim], offset: int) -> bool:
    return any(c.quote and c.evidence.start <= offset < c.evidence.end for c in claims)


#: How many of the latest spent attribution verbs :func:`_spent` looks through.
_SPENT_REACH = 24


def _spent(ctx: _Ctx, a: int, b: int) -> bool:
    return any(x <= a and b <= y for x, y in ctx.used)


_NOT_REPORTING_AFTER = lazy(r"^[ ](?:in[ ]a[ ]statement|on[ ]social[ ]media)?")


#: A passive's auxiliary right before a participle: "was ", "have been ", "is widely ".
#: The agent of a participle right after it: " by Emmanuel Macron", " later by the ministry"
#: (not " by phone", " by email": the speaker's medium).
_PASSIVE_BY = lazy_re(
    r"[ ](?:[a-z]{2,12}ly[ ]|later[ ]|since[ ])?by[ ](?:[A-Z]|(?:the|its|a|an|his|her|their|"
    r"one|two|several)[ ])"
)
_PASSIVE_AUX = lazy_re(r"\b(?:been|was|were|is|are|be|being)[ ](?:[a-z]+ly[ ])?$")
#: Reporting verbs that are also plural nouns ("states", "claims", "reports"), and the words
#: that make them nouns ("a list of states", "the claims", "such reports").
_NOUN_TOO = frozenset({"states", "claims", "notes", "reports", "hopes", "estimates"})
#: The plural people who speak in a plain present: "Officials (say)", "Analysts (estimate)".
_PLURAL_SPEAKERS = (
    r"\b(?:[Oo]fficials|[Ee]xecutives|[Aa]nalysts|[Ee]xperts|[Cc]ritics|[Oo]bservers|"
    r"[Rr]esearchers|[Ss]ources|[Pp]eople|[Rr]egulators|[Ll]awmakers|[Aa]uthorities|"
    r"[Ee]conomists|[Ii]nvestors|[Ee]ngineers|[Ee]mployees|[Ss]cientists|[Tt]hey|[Ww]e)"
)
#: A plural subject right before a reporting verb in its plain present: "Officials say".
_PLURAL_SUBJECT_BEFORE = lazy_re(rf"(?:{_PLURAL_SPEAKERS}|[A-Z][\w&.-]{{0,30}}[a-z]s)[ ]$")
#: The same plural with the body they belong to: "Analysts at Morgan Stanley (estimate)",
#: "Officials from the Digital Agency (say)".
_PLURAL_OF_BODY_BEFORE = lazy_re(
    rf"{_PLURAL_SPEAKERS}[ ](?:at|from|with|for|of)[ ](?:the[ ])?(?:[A-Z][\w&.’'-]*[ ]){{1,4}}$"
)
#: What the verb "states" opens: "that ...", or a quotation (the noun "states" is far commoner).
_STATES_WHAT = lazy_re(r"(?:[ ]that\b|[,:]?[ ]?[\"“])")
_NOUN_BEFORE = lazy_re(
    r"(?i)\b(?:the|of|these|those|such|many|several|some|other|its|their|his|her|our|more|all|"
    r"both|any|no|two|three|four|five|[0-9]+|after|amid|following|despite|over|on|with|by|from|"
    r"in|media|news|press|"
    # "a dozen states that have restricted it", "U.S. states that", "member states that"
    r"six|seven|eight|nine|ten|eleven|twelve|twenty|dozen|dozens|few|most|numerous|various|"
    r"U\.S\.|US|American|Republican|Democratic|Republican-led|Democratic-led|member|"
    r"neighbouring|neighboring|southern|northern|eastern|western|Gulf|Arab|EU|European|"
    r"Australian|Indian|German|Malaysian|Mexican|Brazilian|Nigerian|Austrian)[ ]$"
    # a possessive: "DeepSeek's claims should be treated with caution"
    r"|(?:’s|'s|s’|s')[ ](?:[a-z-]+[ ])?$"
)


#: The word before such a plural that makes it a noun: a past form ("rejected claims") or an
#: adjective that qualifies claims or reports ("false claims", "bold claims").
_NOUN_AFTER_VERB_OR_ADJECTIVE = lazy_re(
    r"(?<![\w-])(?:[a-z]{2,12}ed|made|make|makes|making|false|bold|unfounded|baseless|"
    r"unverified|unsubstantiated|dubious|similar|earlier|recent|conflicting|misleading|"
    r"competing|sweeping|such)[ ]$"
)


#: A short object and "to" a named body after "reported": "reported the app to the
#: authorities", "reported DeepSeek to Apple and Google" (no verb in the object).
_REPORTED_TO = lazy_re(
    r"[ ](?!that\b)(?:(?!(?:is|was|were|are|has|had|have|will|would|could|plans?)\b)"
    r"[\w’'.-]+(?<!ed)[ ]){1,4}?to[ ](?:the[ ])?(?:[A-Z]|authorities\b|regulators\b|"
    r"police\b|prosecutors\b)"
)


#: A text someone wrote, as the object of "wrote": "a 2025 bill", "the law", "the code".
_WROTE_A_TEXT = lazy_re(
    r"[ ](?:a|an|the|his|her|its|their)[ ](?:[\w-]+[ ]){0,3}?(?:bill|bills|law|laws|"
    r"legislation|amendment|book|code|software|rules|regulation|measure)\b"
)
_HOW_MUCH_WORDS = (" little", " nothing", " much", " less", " more", " very")
#: How much was said, instead of what: "has said little about", "said nothing on", "has said
#: little in public since", "said nothing further." (but "said nothing had changed" states)
_SAID_HOW_MUCH = lazy_re(
    r"[ ](?:very[ ])?(?:(?:little|nothing|much|less|more)[ ](?:about|on|publicly)\b"
    r"|(?:little|nothing)(?:[ ](?:in[ ]public|since|of|beyond|further|else|regarding|so[ ]far)"
    r"\b|[.,;]))"
)
#: Figures a firm reports, which are no statement: "reported results", "reported a net loss",
#: "reported fourth-quarter revenue of ...".
_REPORTED_FIGURES = lazy_re(
    r"[ ](?:(?!that\b)[\w%$.-]+[ ]){0,5}?(?:results|earnings|profits?|"
    r"revenues?|losses|loss|sales|income|growth)\b"
)
#: A thing as the whole object of "reported", to the sentence's end: "reported the news on
#: Friday.", "first reported the ban." (no verb in it: "reported the app was removed" states).
_REPORTED_A_THING = lazy_re(
    r"[ ](?:the|a|an|its)[ ](?:(?!(?:is|was|were|are|had|has|have|would|will|could|may|might)"
    r"[ .])[\w-]+[ ]){0,2}?[\w-]+(?:[ ](?:on|in|last|this|earlier|late)[ ][\w.]{1,12}"
    r"(?:[ ][\w.]{1,12})?)?[.]?$"
)
#: What after "warned" makes it report a statement: a that-clause, a clause with its own
#: subject and verb, a quotation or the end of an attribution.
_WARNING_STATES = lazy_re(
    r"(?:[ ](?:on[ ])?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    # "warned in February that", "warned last week that", "warned on Jan. 28 that"
    r"[ ](?:in|on|last|this|earlier[ ]this)[ ](?:[A-Z][a-z]{2,8}[.]?|week|month|year)"
    r"(?:[ ][0-9]{1,2})?|[ ](?:in|on)[ ](?:a|an|its|their)[ ](?:[\w-]+[ ]){0,2}?(?:statement|"
    r"post|notice|report|letter|filing))?"
    r"(?:[ ]that\b|[,.:;]|[ ]?[“\"]|[ ](?:it|they|he|she|we|there|this|DeepSeek|the[ ][a-z]+)[ ]"
    r"(?:[a-z]+[ ]){0,2}?(?:would|could|may|might|will|can|was|were|is|are|has|had|posed|"
    r"poses)\b)"
)


#: A determiner's noun phrase with no that-clause after "maintained": a thing kept ("its
#: suspension of new downloads"), not a position held ("its position that ...").
_KEPT_MEASURE = lazy_re(
    r"[ ](?:its|their|the|a|an|his|her)[ ](?:(?!that\b)[^.;:,\"“]){0,60}(?:[.;,]|$)"
)
#: To whom, how or when a reply went, after its verb: " to a question", " in writing", "
#: within the deadline", " on Monday".
_REPLY_HOW = lazy_re(r"[ ](?:to|in|within|on|by|via|through|at|with|promptly|quickly)[ ]")
#: What makes "responded to X" report something: a that-clause, "by saying", a quotation.
_RESPONSE_STATES = lazy_re(r"[^.;!?]{0,120}?(?:\bthat\b|\bsaying\b|\bby\b|[:,][ ]?[“\"])")


def _reporting_use(text: str, a: int, b: int, verb: str, s: Sentence) -> bool:
    """Whether a reporting verb here introduces what someone asserts."""
    after = text[b : min(s.end, b + 80)]
    v = verb.lower()
    if after.startswith(_HOW_MUCH_WORDS) and _SAID_HOW_MUCH.match(after):
        return False  # "DeepSeek has said little about ...": silence, not a statement
    if v.endswith(("ed", "id", "ld", "te")) and _PASSIVE_AUX.search(text, max(s.start, a - 20), a):
        return False  # "Italy's Garante, which was criticized by DeepSeek", "have been told"
    if v.endswith("ed") and _PASSIVE_BY.match(after):
        return False  # "a figure confirmed later by Emmanuel Macron": a participle's agent
    if v in _NOUN_TOO and (
        _NOUN_BEFORE.search(text, max(s.start, a - 12), a)
        or _NOUN_AFTER_VERB_OR_ADJECTIVE.search(text, max(s.start, a - 16), a)
    ):
        # "a list of states restricting the app", "the claims", "repeated false claims",
        # "rejected claims", "made bold claims": a noun
        return False
    if v == "states" and not _STATES_WHAT.match(text, b, s.end):
        return False  # "Several U.S. states, including Texas, ...": the verb states something
    if v in (
        "announced",
        "urged",
        "urges",
        "criticized",
        "criticised",
        "cited",
        "hoped",
        "hopes",
        "expected",
        "expects",
        "reiterated",
        "reiterates",
    ):
        # an announcement or an urging is an action; only an explicit that-clause is a claim
        return v in ("criticized", "criticised") or bool(
            rx(r"[ ](?:on[ ][\w. ]{2,20}[ ])?that\b").match(after)
        )
    if v in ("warned", "warns", "cautioned", "cautions"):
        # "warned that ...", "warned it could ...", "..., the agency warned."; not "warned
        # users about DeepSeek" or "warned against using it" (a warning, the action)
        return not after.strip() or _WARNING_STATES.match(after) is not None
    if v in ("wrote", "writes") and (
        after.startswith((" to ", " a letter", " letters")) or _WROTE_A_TEXT.match(after)
    ):
        # "wrote to DeepSeek asking for details": a letter sent, not a statement; "who wrote a
        # 2025 bill to ban ...": an author, not a statement
        return False
    if v in ("described", "describes", "dismissed", "dismisses"):
        return bool(rx(r"\bas\b").search(after))  # "dismissed the ban as politically driven"
    if v in ("accused", "accuses"):
        # "accused Australia of using security as a pretext": the charge is the claim
        return bool(rx(r"[ ](?:[\w’'.-]+[ ]){1,5}?of[ ]").match(after))
    if v in ("told", "tells"):
        if rx(
            r"[ ](?:(?!(?:that|it|he|she|they|we|there|would|will|was|were|is|are|had|has|"
            r"could|should|wanted|wants|planned|plans|hoped|hopes|needed|needs|intended|"
            r"intends|aimed|aims|expected|expects|tried|tries)[ ])[\w’'.-]+[ ]){1,8}?"
            # (not "told Reuters in a written response to questions that ...": a reply's "to")
            r"(?<!response[ ])(?<!responses[ ])(?<!reply[ ])(?<!replies[ ])(?<!answers[ ])"
            r"(?:not[ ])?to[ ][\"“‘]?[a-z]"
        ).match(after):
            # "told its members not to use DeepSeek": an instruction; not "told analysts it
            # was too early to judge", whose clause has a subject and verb before its "to"
            return False
        if _TOLD_WHERE_ONLY.match(after):
            return False  # "..., Brad Smith told the Financial Times in an interview.": who spoke
        if _TOLD_ASIDE.match(after):
            return True  # "It would be wise, Chalmers told reporters, to wait": an aside
        return bool(
            rx(
                r"[ ](?:[\w’'-]+[ ]){1,4}?(?:that\b|[a-z]+[ ])|[ ](?:[\w’'.,-]+[ ]){1,6}?that\b"
            ).match(after)
        )  # "told investors, however, that ...": an aside before the that-clause
    if v == "maintained" and _KEPT_MEASURE.match(after):
        return False  # "Korea maintained its suspension of downloads": a measure kept, no claim
    if (
        v in ("responded", "replied")
        and _REPLY_HOW.match(after)
        and not _RESPONSE_STATES.match(after)
    ):
        # "Guo responded to a question from Yonhap.", "DeepSeek replied in writing, although
        # ...": a turn, nothing stated
        return False
    if v in ("added", "adds", "noted", "notes", "cited"):
        # "added R1 to its catalog" is an action; "added that ..." / "he added." a report, and
        # "added in a post on Facebook that ...": where, then what
        return (
            bool(
                rx(
                    r"(?:[ ](?:in|on|at|during)(?:[ ][\w’'.-]+){1,6}?(?=[ ]that\b))?"
                    r"(?:[ ]that\b|[,.:]|[ ]“|[ ]\")"
                ).match(after)
            )
            or not after.strip()
        )
    if v in ("reported", "reports"):
        # "Yonhap reported Wednesday" at the end, or "X reported that ..."; not "reported
        # DeepSeek to Apple and Google" (a complaint filed, not a statement), nor a noun or an
        # adjective ("drafting reports", "Nvidia's reported revenue")
        if _REPORT_AS_NOUN_BEFORE.search(text, max(s.start, a - 20), a):
            return False
        if _REPORTED_FIGURES.match(after) or _REPORTED_A_THING.match(after):
            # "Tencent reported results on Wednesday": figures, not a statement; "The Korea
            # Herald reported the news on Friday.": an event covered, nothing asserted
            return False
        return not _REPORTED_TO.match(after)
    if v in ("posted", "posts"):
        # "Aggarwal posted on X", "posted on its website that ..."; not "posted losses"
        return bool(rx(r"(?:[ ]on[ ][\w. ]{1,30}?)?(?:[ ]that\b|[.,:]|$)").match(after))
    if v in ("notified", "informed"):
        # "notified its employees that ...": a statement to them; "informed decision" is not
        return bool(rx(r"[ ](?:[\w’'-]+[ ]){1,4}?that\b").match(after))
    if v in ("testified", "testifies"):
        # "testified before the committee on Thursday that ...", "..., Wolf testified.": a
        # statement under oath, as is "testified that ..."; not "testified for two hours"
        return bool(rx(r"[ ](?:[\w’'.-]+[ ]){0,8}?that\b|[ ]?[.,]|$").match(after))
    if v in ("denied", "denies", "disputed", "disputes"):
        # "denied that it planned to ...", "disputed that the ban would work": a statement;
        # "denied access", "disputed the fine" are a refusal, a challenge
        return bool(rx(r"[ ](?:on[ ][\w. ]{2,20}[ ])?that\b").match(after))
    if v in ("found", "finds"):
        # "Wiz researchers found that the database held ...": a finding stated; not "found an
        # exposed database", "was found"
        return _FOUND_THAT.match(text, b, s.end) is not None and not _PASSIVE_AUX.search(
            text, max(s.start, a - 20), a
        )
    if v in ("disclosed", "discloses"):
        # "disclosed in a regulatory filing on Feb. 11 that it had removed ...": a statement;
        # "disclosed its revenue", "was disclosed" are not
        return bool(_DISCLOSED_THAT.match(after)) and not _PASSIVE_AUX.search(
            text, max(s.start, a - 20), a
        )
    if v in ("alleged", "alleges"):
        # "OpenAI alleged that DeepSeek had used its models": a charge stated; not "the alleged
        # breach", "was alleged to have"
        return bool(_DISCLOSED_THAT.match(after)) and not _PASSIVE_AUX.search(
            text, max(s.start, a - 20), a
        )
    if v == "ruled":
        # "The court ruled on Tuesday that the order was lawful": a ruling states its finding;
        # not "ruled out", "ruled in favour of", "the ruled lines"
        return bool(_RULED_THAT.match(after))
    if v in ("recalled", "recalls"):
        # "recalled that ...", "..., Kim recalled."; not "recalled 2 million phones"
        return not after.strip() or bool(
            rx(r"(?:[ ](?:on[ ][\w. ]{2,20}[ ])?that\b|[,.:;])").match(after)
        )
    if v in ("reads", "read"):
        # "The order reads that ...", "the memo read": a document's words; not "users read
        # the terms"
        return _DOCUMENT_BEFORE.search(text, max(s.start, a - 90), a) is not None
    if v in ("say", "claim", "argue", "estimate"):
        # the plural present after its subject: "Officials say ...", "Chery executives claim
        # ...", "Analysts estimate that ..."; not "would say", "to claim", "a say"
        return (
            _PLURAL_SUBJECT_BEFORE.search(text, max(s.start, a - 30), a) is not None
            or _PLURAL_OF_BODY_BEFORE.search(text, max(s.start, a - 90), a) is not None
        )
    return True


#: What a ruling states: "ruled that ...", "ruled on Tuesday that ...", "ruled, in a split
#: decision, that ...".
_RULED_THAT = lazy_re(r"(?:,[ ][^,;“”\"]{1,80},|[ ](?:on|in|last|this)[ ][\w. ]{2,20})?[ ]that\b")
#: What a disclosure states, after where it was made: " in a filing on Feb. 11 that".
_DISCLOSED_THAT = lazy_re(r"[ ](?:(?:on|in|to)[ ][^,;“”\"]{1,60}?[ ])?that\b")
#: What a finding states: "found that ...", "found, in tests run last week, that ...".
_FOUND_THAT = lazy_re(r"(?:,[ ][^,;“”\"]{1,80},)?[ ]that[ ]")
#: A document right before "reads": "the order ", "The executive order itself ", "The
#: notice, dated Jan. 29, ".
_DOCUMENT_BEFORE = lazy_re(
    r"\b(?:order|memo|memorandum|notice|circular|directive|decree|letter|advisory|guidance|"
    r"guidelines|statement|document|text|email|e-mail|instruction|resolution|bill|law)"
    r"(?:[ ]itself|,[ ][^,;“”\"]{1,60},)?[ ]$"
)


#: An aside between a reporting verb and its that-clause: ", when asked about the ban, that",
#: ", in response to a question, that", ", citing government sources, that".
_ASIDE_BEFORE_THAT = lazy_re(
    r",[ ](?:(?:when|while|after|if|asked|responding|replying|speaking|in[ ]response|in[ ]reply|"
    # "said, according to a translation by state media, that ...", "said, in remarks
    # translated by Yonhap, that ...", "said, through an interpreter, that ...": the
    # writer's word on the wording, no part of the clause
    r"citing|quoting|according[ ]to|in[ ](?:remarks|comments)|through|via)"
    r"[ ][^,;“”\"]{1,80}"
    # "insisted, however, that ...": the writer's linking adverb, no part of the clause
    r"|however|though|nonetheless|nevertheless|too|again|instead|once[ ](?:again|more)),[ ]that[ ]"
)


def _content_start(text: str, b: int, end: int, verb: str) -> int:
    m = rx(
        # "said on Friday it would ...", "said last week that ...": a time before the content
        r"(?:[ ](?:on[ ]|late[ ]|early[ ])?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday)(?=[ ,])|"
        r"[ ](?:last|this|earlier[ ]this|late[ ]last)[ ](?:week|month|year|weekend)|"
        r"[ ](?:yesterday|today|earlier|later|previously|separately|repeatedly|publicly|"
        # ("said before that ...", not "testified before the committee that ...")
        r"before(?![ ](?:the|a|an|its|his|her|their|[A-Z]))|"
        r"again|"
        # "said jointly that ...", "said privately that ...": any adverb in -ly before "that"
        r"[a-z]{2,16}ly(?=[ ]that\b|[ ](?:on[ ][A-Z]|with[ ]))|"
        r"more[ ]than[ ]once|many[ ]times))?"
        r"(?:[ ](?:on|in|at|during|to|after|before|via|through|with)[ ]"
        # (no clause inside: "said in February it had connected ..., while ...")
        r"(?!(?:(?![ ]that\b)[^,;“”\"]){0,60}?[ ](?:it|they|he|she|we)[ ]"
        r"(?:had|has|have|would|will|was|were|is|are|could|should|may|might|did|does|plans?|"
        r"wants?)\b)"
        r"[^,;“”\"]{1,60}?(?=[ ]that\b|,)"
        # "said in a statement it had ...": the medium, then the clause with no "that"
        r"|[ ](?:in|on)[ ](?:a|an|its|their|his|her)[ ](?:[\w-]+[ ]){0,2}?(?:statement|"
        r"interview|post|letter|e-?mail|memo|note|filing|speech|briefing)"
        rf"(?:[ ]on[ ]{WEEKDAY_ALTERNATION})?(?=[ ][a-z]))?"
        # "said on X, formerly Twitter, that ...": an appositive of the place, then the clause
        # ("said in its decision, published on Thursday, that ...": of the document)
        r"(?:,[ ](?:formerly|previously|now|known[ ]as|the|a|an|published|issued|released|dated|"
        # ("said in a statement, according to a translation by state media, that ...";
        # "argued in its petition, filed in May, that ...": a court paper's)
        r"posted|filed|lodged|submitted|sent|signed|according[ ]to)[ ][^,;“”\"]{1,40},"
        r"(?=[ ]that\b))?"
        rf"(?:,)?(?:[ ]{_THAT_CONJUNCTION})?[ ]?"
    ).match(text[b:end])
    if text.startswith(", ", b):
        # "said, when asked about the ban, that ...": an aside before the that-clause
        aside = _ASIDE_BEFORE_THAT.match(text, b, end)
        if aside is not None:
            return aside.end()
        if verb.lower() in ("found", "finds"):
            found = _FOUND_THAT.match(text, b, end)  # "found, in tests run last week, that"
            if found is not None:
                return found.end()
    pos = b + (m.end() if m else 0)
    if verb.lower() in ("told", "tells", "notified", "informed"):
        # "told a regular briefing that ...": the listeners run to "that" where it follows;
        # "told the committee the government would ...": a known audience; "told reporters it
        # would ...": else to the first lower-case word after them
        t = _TOLD_THAT.match(text[pos:end]) or _LISTENERS.match(text[pos:end])
        if t is None:
            # "told staff DeepSeek was not allowed": the listeners' noun, then the clause,
            # whose subject may be a name
            listeners = _LISTENER_NOUNS.match(text, pos, end)
            if listeners is not None:
                return listeners.end()
            t = rx(r"(?:[\w’'.-]+[ ]){1,4}?(?=[a-z])").match(text[pos:end])
        if t is not None:
            pos += t.end()
            when = _WHEN_WHERE_TOLD.match(text, pos, end)
            if when is not None:
                pos = when.end()  # "told reporters on Monday the ban ...": when, then what
    return pos


#: Listeners, then "that": no auxiliary among them ("told local media the block had shown
#: that ...": the clause began before that "that").
_TOLD_THAT = lazy_re(
    r"(?:(?!(?:had|has|have|was|were|is|are|would|will|could|should|did|does)[ ])"
    r"[\w’'.,/-]+[ ]){1,10}?that[ ]"  # "told lawmakers on 3/2/2025 that": a numeric date
)
#: When or where listeners were told, before the clause with no "that": "on Monday ", "in
#: Rome " (one word: "in Rome DeepSeek had ..." keeps its subject), "at the weekend ".
_WHEN_WHERE_TOLD = lazy_re(
    rf"(?:on[ ]{WEEKDAY_ALTERNATION}|(?:in|at)[ ][A-Z][\w-]*+|"
    r"(?:last|this|earlier[ ]this|at[ ]the)[ ](?:week|weekend|month))[ ](?=[a-z])"
)


#: Listeners a speaker told something, by their noun: " staff ", " its employees ", " all
#: ministries ".
_LISTENER_NOUNS = lazy_re(
    r"[ ]?(?:(?:its|their|the|all|his|her)[ ])?(?:[a-z-]+[ ])?(?:staff|employees|workers|"
    r"members|users|customers|clients|investors|officials|ministries|agencies|departments|"
    r"shareholders|students|teachers|partners|subscribers|civil[ ]servants)[ ](?=[A-Za-z])"
)


#: A second predicate of the speaker after the statement: "told senators that X and pledged
#: to tighten controls", "said it was safe, and urged users to update".
_SPEAKERS_OWN_ACT = lazy_re(
    r"(?:[ ]and|,?[ ]but)[ ](?:(?:he|she|they)[ ])?(?:also[ ])?(?:pledged|promised|vowed|urged|"
    r"called|added|recommended|argued|ordered|demanded|"
    r"announced|warned|asked|told|said|stressed|insisted|noted|declined|refused|proposed)[ ]"
    # "..., asking how it manages users' data", ", requesting details of ...": a question or a
    # request the speaker put, not what it stated
    r"|,[ ](?:asking|requesting)[ ]"
    # ", and it said ...", ", and Cambricon said ...", ", and Italy's undersecretary Alessio
    # Butti argued that ...", "; Wolf said ...": a statement of its own
    r"|(?:,[ ]and|;)[ ](?!that[ ])(?:[\w’'.&-]+[ ]){1,6}?(?:also[ ])?(?:said|says|told|added|wrote|"
    r"argued|insisted|warned|noted|countered)[ ]"
    # ", and Baidu, which competes with DeepSeek, said ...": the same past an aside
    r"|,[ ]and[ ](?!that[ ])(?:[\w’'.&-]+[ ]){0,5}?[\w’'.&-]+,[ ](?:which|who|the|an?|its|their)"
    r"[ ][^,;]{1,80}+,[ ](?:also[ ])?(?:said|says|told|added|wrote|argued|insisted|warned|noted|"
    r"countered)[ ]"
    # ", and a Samsung spokesperson declined to comment": the writer's own words
    r"|,[ ]and[ ](?:[\w’'.&-]+[ ]){1,6}?(?:declined|refused)[ ]to[ ]comment\b"
    r"|,[ ]and[ ](?:[\w’'.&-]+[ ]){1,6}?(?:did[ ]not|could[ ]not[ ]be)[ ](?:respond|reached)\b"
    # ", even as the health ministry said ...": a contrast the writer draws
    r"|,[ ]even[ ]as[ ]"
    # ", as it confirmed that ...": the speaker's next statement
    r"|,[ ]as[ ](?:he|she|it|they)[ ](?:also[ ])?(?:said|confirmed|added|noted|announced|told|"
    r"warned|stressed)[ ]"
)


#: A writer's time adjunct after a statement: ", a week after ...", ", days after ...",
#: ", hours after ...", ", two months after ...".
_TIME_AFTER_RX = (
    r",[ ](?:(?:a|an|one|two|three|four|five|six|several|just|only|barely|nearly)[ ])?"
    r"(?:day|days|week|weeks|month|months|hour|hours)[ ]after[ ]"
)
_TIME_AFTER = lazy_re(_TIME_AFTER_RX)
#: Where a statement was made, described by the writer after it: ", in a post that was later
#: deleted", ", in a statement that did not mention ...".
_MEDIUM_DESCRIBED = lazy_re(
    r",[ ]in[ ](?:a|an|the|its|his|her|their)[ ](?:[\w-]+[ ]){0,2}?(?:post|statement|interview|"
    r"message|video|letter|filing|note|e-?mail|speech|tweet|memo)[ ](?:that|which)\b"
)
#: The writer's remark that a statement went no further: ", without elaborating", ", without
#: giving details", ", without providing evidence".
_WITHOUT_DETAIL = lazy_re(
    r",[ ]without[ ](?:further[ ])?(?:elaborating|elaboration|giving|providing|offering|citing|"
    r"naming|specifying|saying|explaining|disclosing|identifying|detailing|going[ ]into|"
    r"further[ ]details?|details?|evidence)\b"
    # "..., citing a letter sent on Jan. 28": what the speaker pointed to, not what it stated
    r"|,[ ]citing[ ]"
    # "... were groundless when asked about the bans on Monday": when the speaker said it
    r"|,?[ ]when[ ]asked[ ](?:about|whether|if|at|by[ ](?:reporters|journalists|lawmakers))\b"
    # "..., a claim the company has not addressed", "..., an allegation DeepSeek denies", "...
    # €109bn, a figure Emmanuel Macron later confirmed": the writer's word on the statement
    r"|,[ ](?:a|an)[ ](?:claim|charge|allegation|accusation|assertion|figure|number|sum)[ ]"
    # (or a participle, or a plural who weighs it: "a figure confirmed later by ...", "a
    # number analysts questioned")
    r"(?:that[ ]|which[ ]|the[ ]|it[ ]|[A-Z]|[a-z]{2,20}ed[ ]|[a-z]{2,20}s[ ][a-z]{2,20}ed\b)"
    # "..., which DeepSeek denies", "..., which the company has disputed": another party's
    # rejection of the statement, not part of it
    r"|,[ ]which[ ][^,;.“”\"]{1,50}?[ ](?:has[ ]|have[ ]|had[ ])?(?:strongly[ ]|flatly[ ])?"
    r"(?:denie[sd]|dispute[sd]|reject(?:s|ed)|contest(?:s|ed)|dismisse[sd]|rebut(?:s|ted))\b"
)
#: The words that can open such a remark (a cheap test before the search).
_REMARK_OPENERS = (
    ", without ", ", citing ", ", a claim ", ", a charge ", ", an a", ", which ", ", a figure ",
    ", a number ", ", a sum ", " when asked ",
)
#: A contrast with another subject after a statement: ", while Microsoft ...", ", whereas the
#: ministry ..." (not ", while allowing ...", ", while it reviews ...": the speaker's).
_WRITERS_CONTRAST = lazy_re(
    r",[ ](?:(?:while|whereas)[ ](?:[A-Z][\w.’'&-]*|the[ ][a-z])"
    # ", but Yann LeCun said ...": another speaker's statement (not ", but it was risky")
    rf"|but[ ](?:[A-Z][\w.’'&-]*[ ]){{1,4}}(?:{_REPORTING})(?![\w-]))"
)


#: A note that the statement before it was translated, closing it: " (translated).",
#: " (translated from Chinese)".
_TRANSLATION_NOTE = lazy_re(r"[ ][(]translated(?:[ ](?:from|by)[ ][\w ]{1,30})?[)][ .]*")


#: An unnamed source's closing attribution: ", people familiar with the matter said", ", two
#: people with knowledge of the decision said", ", sources said".
#: A described speaker's attribution closing a clause: ", the agency said on Tuesday", ", its
#: spokesperson said".
_TRAILING_ATTRIBUTION = lazy_re(
    r",[ ](?:the|its|their|a|an)[ ](?:[\w’'-]+[ ]){0,3}?said"
    r"(?:[ ](?:on|last|this|earlier|late)[ ][\w.]+(?:[ ][0-9]{1,2})?|[ ]in[ ]a[ ]statement)?"
    r"[ ]*$"
)
_UNNAMED_SOURCE_SAID = lazy_re(
    r",[ ](?:(?:two|three|several|some|many|according[ ]to)[ ])?(?:people|persons|sources|"
    r"insiders|a[ ]person|a[ ]source|one[ ]person)(?:[ ](?:familiar|with|close|briefed|who)"
    r"(?:[ ][\w-]+){0,6})?[ ](?:said|say|told)\b[^,;]{0,40}$"
)


#: A clause with a subject of its own and a verb in the simple past, no auxiliary in it, after
#: ", and" or ", while": ", and a Shanghai fund raised 500 million yuan", ", and its shares rose
#: 4%", ", while a state lender in Argentina approved ARS 50bn".
_ANOTHER_SUBJECTS_FACT = lazy_re(
    r",[ ](?:and|while|whereas)[ ](?:(?:a|an|another|the|its|their)[ ]|(?=[A-Z]))"
    r"(?:[\w’'.&-]+[ ]){0,4}?"
    r"(?:[a-z]{2,}ed|rose|fell|grew|won|sold|bought|spent|paid|took|made|began)[ ]"
    r"(?!(?:by|as|in|to|that|would|will|could|should|might|may|must|was|were|is|are|had|has|"
    r"have|be)[ ])"
)
#: Another subject's present perfect after a comma: ", and Stellantis has integrated ".
_ANOTHER_SUBJECTS_PERFECT = lazy_re(
    r",[ ](?:and|while|whereas)[ ](?:(?:a|an|another|the|its|their)[ ]|(?=[A-Z]))"
    r"(?:[\w’'.&-]+[ ]){0,4}?(?:has|have)[ ](?:(?:also|already|since)[ ])?"
    r"(?:[a-z]{2,}(?:ed|en)|built|made|sent|put|set|cut|bought|brought|won|begun|kept|held|"
    r"shut|paid|sold|struck|found|spent|left|lost)[ ]"
)
#: A statement in the tense a past report gives it: "would", "will", "had", "was", "were"
#: (the backshifted tenses of ``_BACKSHIFTED`` and the past of "be").
_PAST_REPORT = lazy_re(r"\b(?:would|will|had|was|were)[ ]")
#: What a statement says would be, or had been: the tense a report gives a statement.
_BACKSHIFTED = lazy_re(r"\b(?:would|will|had)[ ]")


def _content_end(text: str, start: int, end: int) -> int:
    part = _PARTICIPLE.search(text, start, end)
    out = part.start() if part is not None else end
    closes = part is not None and text[out + 1 : out + 2] in ("”", '"')
    if closes and _opens_quote(text, start, out):
        out += 2  # 'was "unlawful," saying that ...': the quotation closes before the participle
    if text.find(" after ", start, out) >= 0:
        # "... to a ByteDance unit, a week after the regulator said ...": the writer's timing
        later = _TIME_AFTER.search(text, start, out)
        if later is not None:
            out = later.start()
    if (
        text.find(", while ", start, out) >= 0
        or text.find(", whereas ", start, out) >= 0
        or text.find(", but ", start, out) >= 0
    ):
        # "Meta said it would spend $65bn, while Microsoft reaffirmed ...": the writer's
        # contrast with another subject
        contrast = _WRITERS_CONTRAST.search(text, start, out)
        if contrast is not None:
            out = contrast.start()
    if text.find(", in ", start, out) >= 0:
        # "..., in a post that was later deleted": the writer's word on where it was said
        medium = _MEDIUM_DESCRIBED.search(text, start, out)
        if medium is not None and text.find(",", medium.end(), out) < 0:
            out = medium.start()  # (only at the end: "the model, in a post that ..., was")
    if any(text.find(opener, start, out) >= 0 for opener in _REMARK_OPENERS):
        # "... had not made a decision, without elaborating": the writer's remark on how
        remark = _WITHOUT_DETAIL.search(text, start, out)
        if remark is not None:
            out = remark.start()
    note = text.find(" (translated", start, out)
    if note >= 0 and _TRANSLATION_NOTE.fullmatch(text, note, out):
        out = note  # "... could compete at the frontier (translated).": the writer's note
    source = text.find(", according to ", start, out)
    if source >= 0:
        out = source  # "... it is examining DeepSeek, according to a report": the source's
    if text.find(" said", start, out) >= 0:
        # "told staff they may not use it, people familiar with the matter said.": the
        # writer's source for the statement, after it
        familiar = _UNNAMED_SOURCE_SAID.search(text, start, out)
        if familiar is not None:
            out = familiar.start()
        else:
            # "found that DeepSeek stored data in China, the agency said on Tuesday": the
            # writer's attribution of the statement, after it
            trailing = _TRAILING_ATTRIBUTION.search(text, start, out)
            if trailing is not None:
                out = trailing.start()
    if (
        text.find(", and ", start, out) >= 0
        or text.find(", while ", start, out) >= 0
        or text.find(", whereas ", start, out) >= 0
    ):
        # "Tencent said it would invest 2 billion yuan, and a Shanghai fund raised 500 million":
        # a fact of another subject's, in the simple past after a statement of what would be
        another = _ANOTHER_SUBJECTS_FACT.search(text, start, out)
        if another is not None and _BACKSHIFTED.search(text, start, another.start()) is not None:
            out = another.start()
        elif text.find(" ha", start, out) >= 0:
            # "Renault said it was testing R1, and Stellantis has integrated it ...": another
            # subject's present perfect, which a statement reported in the past would have
            # shifted back to "had": the writer's fact, not the speaker's
            perfect = _ANOTHER_SUBJECTS_PERFECT.search(text, start, out)
            if perfect is not None and _PAST_REPORT.search(text, start, perfect.start()):
                out = perfect.start()
    own = (
        _SPEAKERS_OWN_ACT.search(text, start, out)
        if text.find(" and ", start, out) >= 0
        or text.find(", ", start, out) >= 0
        or text.find(" but ", start, out) >= 0
        or text.find("; ", start, out) >= 0
        else None
    )
    if own is not None:
        out = own.start()  # "... that X, and pledged to ...": the speaker's act, not the claim
    stripped = out
    while out > start and text[out - 1] in ' .”"':
        out -= 1
    # a quotation that closes the statement keeps its closing mark: 'was "an impressive model"',
    # 'should "end any debate."'
    if out < stripped and _opens_quote(text, start, out):
        closing = max(text.rfind("”", out, stripped), text.rfind('"', out, stripped))
        if closing >= 0:
            out = closing + 1
    return out


def _opens_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` leaves a double quotation open (a straight mark is open
    after an odd number of them)."""
    part = text[start:end]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


#: The comma or dash that opens an aside, before it, and the one that closes it: ", " or " — ",
#: "—", " - ".
_ASIDE_OPENS = lazy_re(r"(?:,[ ]|[ ]?[—–][ ]?|[ ]-[ ])$")
_ASIDE_CLOSES = lazy_re(r",[ ]|[ ]?[—–][ ]?|[ ]-[ ]")


def _content_around(
    text: str, s: Sentence, a: int, b: int
) -> tuple[int, int, tuple[int, int] | None]:
    """The statement an "according to X" phrase attributes: the rest of the sentence, and the
    phrase as an aside where it interrupts the statement ("The app, according to X, stores
    ..."); a relative clause on X ("X, which ordered the block, ...") is X's, not the
    statement's."""
    relative = (
        _SOURCE_RELATIVE.match(text, b, s.end)
        if text.startswith((", ", " —", "—", " –", "–", " - "), b)
        else None
    )
    if relative is not None:
        b = relative.end()
    before = text[s.start : a].strip(" ,")
    after = text[b : s.end].strip(" ,.")
    opened = _ASIDE_OPENS.search(text, max(s.start, a - 3), a)
    closed = _ASIDE_CLOSES.match(text, b)
    if (
        before
        and after
        and opened is not None
        and closed is not None
        and (opened.group() == ", ") is (closed.group() == ", ")
        and _PREDICATE_AFTER_ASIDE.match(text, closed.end(), s.end)
    ):
        # "The app, according to Italy's Garante, stores data in China", "The chatbot —
        # according to Wolfsen — stores ...": one statement
        return s.start, _content_end(text, closed.end(), s.end), (opened.start(), closed.end())
    if len(after) > len(before) and not _OPENS_OTHER_CLAUSE.match(after):
        start = b
        while start < s.end and text[start] in " ,—–":
            start += 1
        return start, _content_end(text, start, s.end), None
    end = a
    while end > s.start and text[end - 1] in " ,—–":
        end -= 1
    if text.endswith(" -", s.start, end):
        end -= 2  # "... in China - according to the Garante."
    return s.start, end, None


def _past_role(ctx: _Ctx, speaker: str, end: int, s: Sentence) -> int:
    """Where an "according to" source ends: past its appositive where that states the role
    the person was given ("According to Dylan Patel, an analyst at SemiAnalysis, the company
    ...": the statement starts at "the company"), else at ``end``."""
    if not ctx.text.startswith(", ", end):
        return end
    actor = ctx.index.actor(speaker)
    if actor.kind is not ActorKind.PERSON or not actor.role:
        return end
    m = _SOURCE_APPOSITIVE.match(ctx.text, end, s.end)
    if m is None or actor.role.casefold() not in m["np"].casefold():
        return end
    return m.end() - 2


def _apposed_person(ctx: _Ctx, end: int, s: Sentence) -> tuple[str, int] | None:
    """The person named in apposition right after an "according to" source that ends at
    ``end`` (", Masaaki Taira, "), and where the appositive ends; None where none is."""
    if not ctx.text.startswith(", ", end):
        return None
    m = _SOURCE_APPOSITIVE.match(ctx.text, end, s.end)
    if m is None:
        return None
    inside = ctx.index.mentions_between(m.start("np"), m.end("np"))
    if (
        len(inside) == 1
        and inside[0].start == m.start("np")
        and inside[0].end == m.end("np")
        and ctx.index.actor(inside[0].actor).kind is ActorKind.PERSON
    ):
        return inside[0].actor, m.end() - 2
    return None


#: A document put up on a site, inside "according to": "a notice posted", "a statement".
_POSTED_DOCUMENT = lazy_re(
    r"(?:a|an|the)[ ](?:[\w-]+[ ]){0,2}?(?:notice|statement|post|announcement|document|"
    r"filing|update|message|press[ ]release|guideline|guidance|report|FAQ)"
    r"(?:[ ](?:posted|published|issued|released|put[ ]up))?"
)
#: The site a document was put up on, named by its owner: " on the commission's website", "
#: on the website of the Ministry of Foreign Affairs".
_ON_SITE = lazy_re(
    r"[ ]on[ ](?:the[ ](?:official[ ])?(?:website|web[ ]site|site|homepage)[ ]of[ ]"
    r"(?P<owner2>[^,;.]{2,80}?)(?=[,;.]|$)"
    r"|(?P<owner>[^,;.]{2,80}?)(?:['’]s)?[ ](?:official[ ])?(?:website|web[ ]site|site|"
    r"homepage)\b)"
)
#: An appositive after an "according to" source, to its comma: ", a professor at KAIST, ".
_SOURCE_APPOSITIVE = lazy_re(r",[ ](?P<np>[^,;“”\"]{2,100}),[ ]")
#: A relative clause on an "according to" source, to its comma or the sentence's end.
_SOURCE_RELATIVE = lazy_re(
    r",[ ](?:which|who|whose)[ ][^,;“”\"]{1,120}(?:,|(?=[.!?]?$))"
    # the same between dashes: "According to the Garante — which acted first — the app ..."
    r"|[ ]?[—–][ ]?(?:which|who|whose)[ ][^,;“”\"—–]{1,120}[—–]"
    r"|[ ]-[ ](?:which|who|whose)[ ][^,;“”\"]{1,120}?[ ]-(?=[ ])"
)
#: A predicate that goes on after an aside: a lower-case word that opens no clause of its own
#: ("stores", "has", "will"; not "the", "it", "and").
_PREDICATE_AFTER_ASIDE = lazy_re(
    r"(?!(?:the|a|an|it|its|they|their|he|she|we|this|that|these|those|there|and|but|or|"
    r"while|which|who|as|so)\b)[a-z]"
)


#: A clause of the writer's after "according to X, ": "while Y said ...", "but ...".
_OPENS_OTHER_CLAUSE = lazy_re(r"(?:while|whereas|but|although|though|and|even[ ]as)\b")
#: How far into a sentence a dateline can reach (its place, date and agency).
_DATELINE_REACH = 120


#: A reported clause whose subject was left out, as in a relative clause on a noun: "(a
#: measure the PIPC said) was temporary", "(the ban, which the ministry said) would last".
_GAPPED_SUBJECT = lazy_re(r"(?:was|were|is|are|would|will|had|has|could|might|may)[ ]")


def _add(
    ctx: _Ctx,
    s: Sentence,
    speaker: str,
    cue: str,
    start: int,
    end: int,
    evidence_start: int,
    *,
    date_from: int | None = None,
    aside: tuple[int, int] | None = None,
    date_span: tuple[int, int] | None = None,
) -> None:
    """Record a reported claim; ``aside`` is a parenthetical attribution left out of its text,
    ``date_span`` where else the statement's date may be read (a fronted adverbial, or the
    attribution after the statement it follows)."""
    text = ctx.text
    if start < s.start + _DATELINE_REACH:
        # "WASHINGTON (Wire) — X has blocked it, according to ...": not the report's place
        # and date (nor a part of it, "7 (Kyodo) -- ..."), only what it reports
        dateline = dateline_at(text, s.start)
        if dateline is not None and start < dateline.end():
            start = dateline.end()
    if end <= start:
        return
    if start == s.start and text[start : start + 1].isupper():
        opener = _ADVERB_OPENER.match(text, start, end)
        if opener is not None:
            start = opener.end()  # "Separately, the ministry told ...": the writer's link
    if aside is not None:
        content = (text[start : aside[0]] + " " + text[aside[1] : end]).strip(" ,")
    else:
        content = text[start:end].strip(" ,")
    if len(content) < 8 or _GAPPED_SUBJECT.match(content):
        return  # ("a measure the PIPC said was temporary": the clause's subject is the noun)
    for c in ctx.claims_near(start):
        if (
            c.speaker == speaker
            and c.evidence.start <= start < c.evidence.end
            and c.text.strip() == content
        ):
            return
    lo = min(evidence_start, start, s.start)
    hi = max(end, s.end)
    lead = len(text[start:end]) - len(text[start:end].lstrip(" ,"))
    whole = _WHOLE_QUOTATION.fullmatch(content)
    if whole is not None:
        content = whole["inner"]  # '"The minister has been clear," a spokesperson said.'
    ctx.claims.append(
        Claim(
            speaker=speaker,
            text=content,
            cue=sys.intern(cue),  # (one string per verb, as for quotations)
            evidence=Span.of(text, lo, hi),
            quote=whole is not None,
            quantities=ctx.quantities_in(start + lead, end),
            date=_date_near(ctx, _date_window(date_from, start))
            or (ctx.date_near(date_span[0], date_span[1], 0) if date_span is not None else None)
            or _asked_date(ctx, end),
        )
    )


#: The occasion of a statement, cut from its end: " when asked about the bans on Monday".
_WHEN_ASKED = lazy_re(r",?[ ]when[ ]asked[ ]")


def _asked_date(ctx: _Ctx, end: int) -> Date | None:
    """The date of the question a statement answered, where its text was cut before it ("...
    were groundless when asked about the bans on Monday"): when the statement was made."""
    if ctx.text.find(" when asked ", end, end + 13) < 0:
        return None
    m = _WHEN_ASKED.match(ctx.text, end)
    return None if m is None else ctx.date_near(m.end(), m.end() + 80, 0)


#: A reported text that is one quotation and nothing else: a direct quotation.
_WHOLE_QUOTATION = lazy_re(r"[“\"](?P<inner>[^“”\"]{8,}?)[,.]?[”\"][,.]?")
#: A linking adverb that opens a sentence, the writer's and not the speaker's: "Separately, ".
_ADVERB_OPENER = lazy_re(
    r"(?:Separately|Meanwhile|However|Also|Still|Elsewhere|Instead|Moreover|Furthermore|"
    r"Additionally|Nonetheless|Nevertheless|Similarly|Likewise|Earlier|Later),[ ]"
)


#: An adverbial that opens a sentence before its speaker: "In a statement on Monday, ",
#: "At a Senate hearing last month, ", "Late on Thursday, ".
_FRONTED_ADVERBIAL = lazy_re(
    r"(?:In|At|During|On|Speaking|Earlier|Later|Last|Late|Early)[ ][^,;“”\"]{1,80},[ ]"
)


#: The words a fronted adverbial opens with (a cheap test before the pattern).
_FRONTED_OPENERS = (
    "In ", "At ", "During ", "On ", "Speaking ", "Earlier ", "Later ", "Last ", "Late ", "Early ",
)  # fmt: skip
#: A fronted medium or occasion, which names no speaker: "In a post on its WeChat account, ",
#: "At a Senate hearing last month, " (not "In Italy, ", a place that may be the speaker's).
_MEDIUM_OPENER = lazy_re(r"(?:In|At|During)[ ](?:a|an|its|their|his|her|the)[ ][^,;“”\"]{1,80},[ ]")


#: A span of time back from now or on from an event, opening the sentence: "A year ago, ",
#: "Two days later, ".
_FRONTED_SPAN = lazy_re(
    r"(?:An?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A[ ]few|Several|\d{1,2})[ ]"
    r"(?:day|week|fortnight|month|year)s?[ ](?:ago|later|earlier|afterwards),[ ]"
)


def _after_dateline(text: str, s: Sentence) -> int:
    """Where the sentence's own words begin: past a dateline that opens it ("SINGAPORE, Feb.
    18 /PRNewswire/ -- NovaCloud ...")."""
    if text[s.start : s.start + 2].isupper():
        dateline = dateline_at(text, s.start)
        if dateline is not None:
            return dateline.end()
    return s.start


def _fronted(text: str, s: Sentence, verb_start: int) -> tuple[int, int] | None:
    """The span of an adverbial that opens the sentence of a reporting verb at ``verb_start``,
    where only a short subject stands between them (after a dateline: "BEIJING -- On Feb. 3,
    Huawei Cloud said ...")."""
    lo = _after_dateline(text, s)
    m = (
        _FRONTED_ADVERBIAL.match(text, lo, verb_start)
        if text.startswith(_FRONTED_OPENERS, lo)
        else _FRONTED_SPAN.match(text, lo, verb_start)
    )
    if m is None or len(text[m.end() : verb_start].split()) > 8:
        return None
    return m.start(), m.end()


#: Where and when a statement was made, as an aside between its speaker and the verb:
#: ", in a statement on Monday, ", ", at a briefing on Friday, ".
_MEDIUM_ASIDE = lazy_re(
    r",[ ](?:in|at|during)[ ](?:a|an|its|their|his|her|the)[ ][^,;“”\"]{1,80},[ ]$"
)


def _medium_aside(text: str, s: Sentence, verb_start: int) -> tuple[int, int] | None:
    """The span of an aside that says where the statement was made, right before its verb
    ("Italy's Garante, in a statement on Monday, said ..."), where its date may stand."""
    if text[verb_start - 2 : verb_start] != ", ":
        return None  # a cheap test before the pattern
    m = _MEDIUM_ASIDE.search(text, max(s.start, verb_start - 100), verb_start)
    return m.span() if m is not None else None


# ---------------------------------------------------------------------------------------------
# speakers
# ---------------------------------------------------------------------------------------------


#: An aside between a speaker and the verb: ", who asked not to be named, ", ", speaking on
#: condition of anonymity, ".
_ASIDE_BEFORE_VERB = lazy(
    r",[ ](?:who[ ](?:asked|declined|requested|spoke|was|were|is|are)|speaking)[ ]"
    r"[^,;“”\"]{1,80},[ ]$"
    # the same between dashes: "A spokesperson for the centre - which is part of GCHQ - said",
    # "The official — who asked not to be named — said"
    r"|[ ]?[—–][ ]?[^—–;“”\"]{1,80}[—–][ ]?$|[ ]-[ ][^;“”\"]{1,80}?[ ]-[ ]$"
)


def _subject_speaker(
    ctx: _Ctx,
    s: Sentence,
    verb_start: int,
    smasks: Sequence[tuple[int, int, str]] | None = None,
    *,
    first: bool = False,
) -> str | None:
    """The speaker in subject position before a reporting verb (the clause's first subject for
    a participle or a second predicate: "X sent an inquiry ... and stated that ...")."""
    text = ctx.text
    smasks = smasks if smasks is not None else [m for m in masks(ctx, s) if m[2] != "quote"]
    own = _after_dateline(text, s)  # ("SINGAPORE -- Netskope said ...": not the dateline's)
    lo = _clause_start(text, own, verb_start)
    if lo > s.start and text.endswith(", but ", s.start, lo) and not text[lo:verb_start].strip():
        # "Samsung restricted the tool, but said staff could use it at home": the subject of
        # the clause before the "but"
        lo = _clause_start(text, s.start, lo - 6)
        first = True
    if lo == own and text.startswith(("In ", "At ", "During "), lo):
        medium = _MEDIUM_OPENER.match(text, lo, verb_start)
        if medium is not None:
            lo = medium.end()  # "In a post on its WeChat account, the company said": not WeChat
    head = text[lo:verb_start]
    if " who " in head:
        # "A startup representative who uses DeepSeek's model said": the phrase before "who"
        # speaks, not a name inside the relative clause
        restrictive = _RESTRICTIVE_WHO.match(text, lo, verb_start)
        if restrictive is not None:
            return _speaker(ctx, lo, restrictive.end("np"), s)
    if " that " in head:
        # "Several ministries that blocked DeepSeek in February said ...": the noun the
        # restrictive clause hangs on speaks, not a name inside the clause
        restrictive = _RESTRICTIVE_THAT.match(text, lo, verb_start)
        if restrictive is not None:
            return _speaker(ctx, lo, restrictive.end("np"), s)
    # the "$"-anchored patterns below read only the end of the clause (linear in long text)
    near = max(0, len(head) - _TAIL)
    if head.endswith((" who ", " who also ", " who later ")) and not head.endswith(
        (", who ", ", who also ", ", who later ")
    ):
        # "lawmakers had been briefed by officials who told them ...": the noun the relative
        # clause hangs on speaks, a name or no one (never a subject further back)
        at = lo + head.rindex(" who ")
        hung = [m for m in ctx.index.mentions_between(max(lo, at - 120), at) if m.end == at]
        return hung[-1].actor if hung else None
    # "Premier Cho Jung-tai, who said ...": the antecedent of "who"
    who = rx(r",[ ]who[ ](?:\w+[ ]){0,2}$").search(head, near)
    if who is not None:
        before = [
            m for m in ctx.index.mentions_between(lo, lo + who.start()) if m.via != "modifier"
        ]
        if before:
            return before[-1].actor
    second = rx(r"\band[ ](?:\w+[ ]){0,1}$").search(head, near)
    if second is not None and not _inside_a_name(ctx, lo + second.start()):
        first = True  # "... sent an inquiry ... and stated that"
    aside = _ASIDE_BEFORE_VERB.search(head, near) if not first else None
    if aside is not None:
        # "A senior official at the ministry, who asked not to be named, said": the phrase
        # before the aside
        cut = lo + aside.start()
        np = _SUBJECT_TAIL.search(text[lo:cut] + " ")
        official = (
            _official_speaker(ctx, lo + np.start("np"), lo + np.end("np"), s)
            if np is not None
            else None
        )
        if official is not None:
            return official
    # "he said", "Guo addressed", "A center official stated", "its spokesperson said" (and
    # "The official, who asked not to be named, said": the phrase before the aside)
    tail = np if aside is not None else _SUBJECT_TAIL.search(head, near)
    if tail is not None and _RESPONDENTS.fullmatch(tail["np"]):
        # "The survey polled 212 firms, and only 31 said they had ...": some of those counted,
        # whom the text does not name (not the body or the document named before)
        return None
    if tail is not None and not first:
        np_start, np_end = lo + tail.start("np"), lo + tail.end("np")
        if text.endswith((", ", "and "), lo, np_start):  # (only a list can cut a name)
            np_start = _across_a_name(ctx, lo, np_start)
        np_text = text[np_start:np_end]
        words = np_text.split()
        pron = _PRONOUN.match(words[-1]) if len(words) == 1 else None
        if (
            pron is None
            and 2 <= len(words) <= 5
            and words[-1] in _FRONTED_PRONOUNS
            and _FRONTED_WHEN.fullmatch(text, np_start, np_end - len(words[-1]) - 1)
        ):
            pron = _PRONOUN.match(words[-1])  # "Later he said", "On Tuesday she wrote: ..."
        if pron is None and len(words) >= 2 and words[-1] == "it" and words[-2] in _IT_OPENERS:
            pron = _PRONOUN.match("it")  # "..., as it confirmed", "a step it described as"
        if pron is not None:
            return _pronoun_speaker(ctx, pron["p"], np_start, s)
        if _former_member(np_text):
            return None  # "A former Pentagon official said": no body speaks
        official = _official_speaker(ctx, np_start, np_end, s)
        if official is not None:
            return official
        if np_text[:1] in "tT" and (
            _THE_OFFICIAL.fullmatch(np_text) or _THE_ANALYSTS.fullmatch(np_text)
        ):
            # "The spokesperson said ...": the body of the one introduced just before
            return _speaker(ctx, np_start, np_end, s)
        if np_text[:1] in "hH" and _PERSONS_OWN.fullmatch(np_text):
            return _speaker(ctx, np_start, np_end, s)  # "His office said ..."
        if np_text[:1] in "tT" and _THE_TITLED.fullmatch(np_text):
            return _speaker(ctx, np_start, np_end, s)  # "The minister told reporters ..."
        if np_text[:1] in "tT" and _THE_OUTLET.fullmatch(np_text):
            return _outlet_before(ctx, np_start)  # "The newspaper reported that ..."
        if np_text[:1] in "tTiI" and _STUDY_AUTHORS.fullmatch(np_text):
            return _speaker(ctx, np_start, np_end, s)  # "The report's authors wrote that ..."
        if (
            np_text.startswith(("The ", "This "))
            and np_text[-1:].isupper() is False
            and np_text.split()[-1][:1].isupper()
            and _THE_BODY.fullmatch(np_text)
            and not ctx.index.mentions_between(np_start, np_end)
        ):
            # "The Company said ...", "The Ministry stated ...": a filing's or a notice's
            # defined term, capitalised, for the body it defines ('Kestrel Ltd. ("Kestrel" or
            # "the Company")') or else the body of that kind named before
            defined = _defined_body(ctx, np_text.split()[-1], np_start)
            return defined or _speaker(ctx, np_start, np_end, s)
        if np_text[:1] in "aAoO" and _UNNAMED_OFFICIAL.fullmatch(np_text):
            # "A directive from the Department ... bars ..., and a spokesperson said ...": the
            # one body the sentence is about; "Japan, Taiwan and Australia banned DeepSeek
            # ..., and an official said ...": no one the text names (never DeepSeek)
            bodies = [
                x
                for x in subject_before(ctx, s, s.start, np_start, smasks, first=True)
                if x != TARGET_ID
            ]
            if not bodies and _INSTRUMENT_NP.search(text[s.start : np_start]):
                return _instrument_speaker(ctx, s, s.start, np_start)
            return bodies[0] if len(bodies) == 1 else None
    instrument = _INSTRUMENT_NP.search(head)
    if instrument is not None:
        return _instrument_speaker(ctx, s, lo + instrument.start(), verb_start)
    actors = subject_before(ctx, s, lo, verb_start, smasks, first=first)
    if actors:
        # a person named in the subject speaks for themself, not for their organisation
        people = [x for x in actors if ctx.index.actor(x).kind is ActorKind.PERSON]
        if not people and first:
            titled = _titled_person(ctx, lo, verb_start)
            if titled is not None:
                return titled  # "Home Affairs Minister Tony Burke described ... and insisted"
        return people[0] if people else _cabinets_head(ctx, actors[0], lo, verb_start)
    if first:
        # "Later, it said ...", "In letters sent on March 3, they urged ...": the clause's
        # first pronoun subject
        pron = rx(r"(?:[\w.]+[ ]){0,3}?(?P<p>it|It|he|He|she|She|they|They)[ ]").match(head) or rx(
            r"(?:^|,[ ])(?P<p>it|It|he|He|she|She|they|They)[ ][a-z]+"
        ).search(head)
        if pron is not None:
            return _pronoun_speaker(ctx, pron["p"], lo + pron.start("p"), s)
    if tail is not None and "-" in tail["np"] and _HYPHENATED_SURNAME.fullmatch(tail["np"]):
        # "Al-Mansouri added that ...", "Smith-Jones said ...": the hyphenated surname of a
        # person named before (the index's mentions hold no hyphenated surname alone)
        person = ctx.index.surname(tail["np"], lo + tail.start("np"))
        if person is not None:
            return person
    if tail is not None and (
        _ACRONYM.fullmatch(tail["np"])
        or (lo + tail.start("np") == _after_dateline(text, s) and _unlisted_firm(tail["np"]))
    ):
        # "MTN said DeepSeek was cheaper", "Netskope said ...": initials or a name no list
        # holds, as the subject
        named = _speaker(ctx, lo + tail.start("np"), lo + tail.end("np"), s)
        if named is not None:
            return named
    firm = _FIRM_APPOSITIVE.match(head) if head.find(", a", 0, 60) >= 0 else None
    if (
        firm is not None
        and lo == _after_dateline(text, s)
        and _unlisted_firm(firm["np"], described=True)
    ):
        # "NovaCloud, a leading provider of cloud services, today announced ...": a name no
        # list holds, described as a firm, as the subject ("Veltaris, a ...": a firm, no plural)
        return _speaker(ctx, lo, lo + firm.end("np"), s) or ctx.index.new_actor(
            firm["np"], ActorKind.COMPANY, ctx.index.context_country(lo), firm["np"]
        )
    # "the head of LG AI Research, who claimed ...": the organisation in the role phrase
    rel_base = max(s.start, verb_start - _TAIL)
    rel = rx(r"(?P<np>(?:the|a|an)[ ][^,]{1,80}),[ ](?:who|which)[ ](?:\w+[ ])?$").search(
        text[rel_base:verb_start]
    )
    if rel is not None:
        return _official_speaker(
            ctx, rel_base + rel.start("np"), rel_base + rel.end("np"), s, any_role=True
        )
    return None


#: Some of those a poll or a count took in, as a subject: "only 31", "and most", "12 of them",
#: "two-thirds of respondents".
_RESPONDENTS = lazy_re(
    r"(?:(?:and|but|while)[ ])?(?:(?:only|just|about|nearly|almost|over|some)[ ])?"
    r"(?:[0-9][0-9,.]*%?|most|many|few|half|two-thirds|a[ ](?:third|quarter|majority))"
    r"(?:[ ]of[ ](?:them|those|respondents|those[ ]polled|the[ ]respondents))?"
)
#: A company named again by its kind in a trailing attribution: "the company", "the Chinese
#: firm", "the carmaker" (not "the start-up" or "the lab": the AI developer's own words).
_COMPANY_AGAIN = lazy_re(
    r"(?:[Tt]he|[Tt]his)[ ](?:[\w-]+[ ]){0,2}?(?P<head>company|firm|group|conglomerate|giant|"
    r"carmaker|automaker|chipmaker|operator|carrier|telecom|insurer|lender|bank|retailer)"
)
#: Kinds of company the AI developer the text is about is never called.
_NEVER_THE_TARGET = frozenset(
    ["carmaker", "automaker", "chipmaker", "operator", "carrier", "telecom", "insurer", "lender",
     "bank", "retailer", "conglomerate"]
)  # fmt: skip
#: Kinds of actor a company's short form names.
_COMPANY_KINDS = frozenset([ActorKind.COMPANY, ActorKind.STATE_ENTERPRISE])
#: A statement that its subject has not spoken: "has not commented", "did not respond to a
#: request for comment", "has yet to reply", "declined to comment", "could not be reached".
_SILENCE = lazy_re(
    r"\b(?:(?:has|have|had|did|does|do)(?:[ ]not|n[’']t)[ ](?:yet[ ])?"
    r"(?:(?:publicly|immediately|officially)[ ])?(?:comment|commented|respond|responded|reply|"
    r"replied|answer|answered|react|reacted|return|returned)"
    r"|(?:has|have|had)[ ]yet[ ]to[ ](?:(?:publicly|officially)[ ])?(?:comment|respond|reply|"
    r"answer|react)|declined[ ]to[ ]comment|could[ ]not[ ]be[ ]reached"
    r"|(?:was|were|is|are)[ ]not[ ](?:immediately[ ])?available[ ]for[ ]comment)\b"
)
_SILENCE_WORDS = (" not ", "n't ", "n’t ", " yet to ", " declined ")


def _defined_body(ctx: _Ctx, term: str, before: int) -> str | None:
    """The body a defined term names: the last name right before its parenthesis, as in
    'Kestrel Data Holdings Ltd. ("Kestrel" or "the Company")'."""
    text = ctx.text
    at = -1
    for mark in ('"the ', "“the ", '"The ', "“The "):
        at = max(at, text.rfind(mark + term, 0, before))
    if at < 0:
        return None
    paren = text.rfind("(", max(0, at - 60), at)
    if paren < 0:
        return None
    # (a ticker may stand between: 'Kestrel Ltd. (SGX: KDH) ("Kestrel" or "the Company")')
    named = [
        m
        for m in ctx.index.mentions_between(max(0, paren - 160), paren)
        if m.end > paren - 30 and "." not in text[m.end + 1 : paren]
    ]
    return named[-1].actor if named else None


def _trailing_speaker(
    ctx: _Ctx, s: Sentence, speaker: str | None, np: str, lo: int, hi: int
) -> str | None:
    """The speaker of a trailing "..., it said" or "..., the company said" (``np``) after the
    statement ``text[lo:hi]``, checked against that statement's subject: a body never reports
    its own silence ("The company has not commented, it said": the reporter of the sentence
    before, or no one), and a company's short form after a statement whose subject is a
    company names that one, not the AI developer it acts on nor a company named before
    ("Geely integrated DeepSeek into its cars, the company said": Geely)."""
    np = np.strip()
    if np[:1] not in "iItT":
        return speaker  # a cheap test: only "it", "the ..." and "this ..." are read here
    short = None if np.lower() == "it" else _COMPANY_AGAIN.match(np)
    if short is not None and short.end() < len(np):
        # "the company's chief executive": the company's own voice
        short = short if np.startswith(("’s ", "'s "), short.end()) else None
    if short is None and np.lower() != "it":
        return speaker
    subject = _statement_subject(ctx, s, lo, hi)
    content = ctx.text[lo:hi]
    if (
        speaker is not None
        and subject == speaker
        and any(w in content for w in _SILENCE_WORDS)
        and _SILENCE.search(content) is not None
    ):
        return _reporter_of(ctx, s, speaker)
    opener = _opening_subject(ctx, lo, hi) if short is None else None
    if (
        opener is not None
        and opener not in (speaker, TARGET_ID)
        and ctx.index.actor(opener).kind is not ActorKind.PERSON
        and not any(w in content for w in _SILENCE_WORDS)
    ):
        return opener  # "China has never asked firms to collect data illegally, it said"
    if short is None or (speaker is not None and ctx.index.actor(speaker).kind is ActorKind.PERSON):
        return speaker  # (a person named: "the company's chief technology officer Anna Weber")
    if (
        subject is not None
        and subject != TARGET_ID
        and ctx.index.actor(subject).kind in _COMPANY_KINDS
    ):
        return subject  # the company that acts in the statement, not one named before
    if speaker is not None and _named_as_example(ctx, speaker, hi):
        # "DeepSeek will cut prices, putting pressure on rivals such as OpenAI and Anthropic.
        # ..., the company said": the company that spoke before, not one of the examples
        for c in reversed(ctx.claims[-6:]):
            if (
                c.speaker is not None
                and c.speaker != speaker
                and c.evidence.start < lo
                and ctx.index.actor(c.speaker).kind in _COMPANY_KINDS
            ):
                return c.speaker
    if speaker == TARGET_ID:
        # "About 70% of Armis customers had requested blocks on the app, the company's chief
        # executive said": the one other company the statement names, where it names no
        # DeepSeek
        named = {m.actor for m in ctx.index.mentions_between(lo, hi)}
        others = [a for a in named if a != TARGET_ID and ctx.index.actor(a).kind in _COMPANY_KINDS]
        if TARGET_ID not in named and len(others) == 1:
            return others[0]
    if speaker == TARGET_ID and short["head"].lower() in _NEVER_THE_TARGET:
        # "DeepSeek would help drivers, the carmaker said": the carmaker named before
        return ctx.index.last_actor(
            lo, lambda d: d.kind in _COMPANY_KINDS and d.id != TARGET_ID, _ISSUER_REACH
        )
    if speaker == TARGET_ID:
        return _company_past_models(ctx, hi) or speaker  # (the statement's own names first)
    return speaker


#: The words before a name that make it one of a list of examples: "rivals such as ",
#: "companies including OpenAI and ", "firms like Baidu, ".
_EXAMPLE_BEFORE = lazy_re(
    r"\b(?:such[ ]as|including|like)[ ]"
    r"(?:[^.;:!?\"“”]{0,60}?(?:,[ ]|[ ]and[ ]|[ ]or[ ]))?\Z"
)


def _named_as_example(ctx: _Ctx, actor: str, before: int) -> bool:
    """Whether the company ``actor`` was last named before ``before`` (not counting a short
    form) as an example in a list ("rivals such as OpenAI and Anthropic"), which a later
    "the company" does not refer to."""
    for m in reversed(ctx.index.mentions_between(max(0, before - _ISSUER_REACH), before)):
        if m.actor == actor and m.via != "short":
            return (
                _EXAMPLE_BEFORE.search(ctx.text, max(0, m.start - 80), m.start) is not None
            )
    return False


#: A model's name after the developer's: "DeepSeek-V3", "DeepSeek R1", "DeepSeek-Coder".
_MODEL_AFTER_NAME = lazy_re(r"(?:-|[ ])?(?:[RV][0-9]|Coder|VL|Janus|LLM|Math|Prover)(?![a-z])")


def _company_past_models(ctx: _Ctx, before: int) -> str | None:
    """The company "the company" names where the AI developer stands before it only in its
    models' names ("NovaLedger said it had integrated DeepSeek-V3 ... the company said"): the
    last other company named, or the last that spoke, where no plain mention of the developer
    comes after it."""
    lo = max(0, before - _ISSUER_REACH)
    for m in reversed(ctx.index.mentions_between(lo, before)):
        if m.via == "modifier":
            continue
        if m.actor == TARGET_ID:
            if _MODEL_AFTER_NAME.match(ctx.text, m.end) is None and not any(
                ch.isdigit() for ch in m.text
            ):
                lo = m.end  # "DeepSeek said ...": the developer itself, named plainly
                break
            continue
        if ctx.index.actor(m.actor).kind in _COMPANY_KINDS:
            return m.actor
    spoke = [
        c
        for c in ctx.claims
        if lo <= c.evidence.start < before
        and c.speaker is not None
        and c.speaker != TARGET_ID
        and ctx.index.actor(c.speaker).kind in _COMPANY_KINDS
    ]
    return max(spoke, key=lambda c: c.evidence.start).speaker if spoke else None


#: Words between a subject and its reporting verb: "also", "has", "later".
_SUBJECT_TAIL_WORDS = frozenset(["also", "further", "then", "had", "has", "have", "later"])


def _company_named_again(
    ctx: _Ctx, s: Sentence, verb_start: int, speaker: str | None
) -> str | None:
    """The speaker of "The company said ..." opening a sentence after one whose subject is a
    company that acted on the AI developer ("Carmaker Geely integrated DeepSeek into its cars.
    The company said ..."): that company, not the developer the index took it for (which
    stays where the subject before was no company: "Italy's Garante blocked DeepSeek. The
    company said it would comply")."""
    text = ctx.text
    if text[s.start : s.start + 1] not in "Tt":
        return speaker  # a cheap test: the short form opens the sentence
    head_end = verb_start - 1
    while True:  # "The company also said", "The firm has said"
        cut = text.rfind(" ", s.start, head_end)
        if cut < 0 or text[cut + 1 : head_end] not in _SUBJECT_TAIL_WORDS:
            break
        head_end = cut
    short = _COMPANY_AGAIN.fullmatch(text, s.start, head_end)
    if short is None or s.index == 0:
        return speaker
    prev = ctx.seg.sentences[s.index - 1]
    if prev.paragraph < s.paragraph - 1 or prev.kind is not s.kind:
        return speaker
    subject = _statement_subject(ctx, prev, prev.start, prev.end)
    if (
        subject is not None
        and subject != TARGET_ID
        and ctx.index.actor(subject).kind in _COMPANY_KINDS
        and not _owner_only(ctx, prev, subject)
    ):
        return subject
    if subject in (None, TARGET_ID) and speaker == TARGET_ID:
        # "CloudHaven reported on Thursday that its profit rose. The company said ...": a firm
        # no list holds, found as the speaker of the sentence before, has no mention to open it
        # (the developer it names later is no subject)
        for c in reversed(ctx.claims_near(prev.start)):
            if (
                prev.start <= c.evidence.start < prev.end
                and c.speaker is not None
                and c.speaker != TARGET_ID
                and ctx.index.actor(c.speaker).kind in _COMPANY_KINDS
            ):
                return c.speaker
    if speaker == TARGET_ID and short["head"].lower() in _NEVER_THE_TARGET:
        return ctx.index.last_actor(
            s.start, lambda d: d.kind in _COMPANY_KINDS and d.id != TARGET_ID, _ISSUER_REACH
        )
    if speaker == TARGET_ID:
        return _company_past_models(ctx, s.start) or speaker
    return speaker


def _owner_only(ctx: _Ctx, s: Sentence, actor: str) -> bool:
    """Whether ``actor`` first stands in ``s`` as an owner ("Nvidia's shares fell ..."): the
    thing it owns, not the company, is what acted."""
    for m in ctx.index.mentions_between(s.start, s.end):
        if m.actor == actor:
            return ctx.text.startswith(("’s ", "'s "), m.end)
    return False


def _statement_subject(ctx: _Ctx, s: Sentence, lo: int, hi: int) -> str | None:
    """The actor that is the subject of the statement ``text[lo:hi]``, if one opens it."""
    found = subject_before(ctx, s, lo, hi, [], first=True)
    return found[0] if found else None


def _opening_subject(ctx: _Ctx, lo: int, hi: int) -> str | None:
    """The body that opens the statement ``text[lo:hi]`` as its subject ("China has never
    ...", "The Chinese government's ..."), if one does."""
    for m in ctx.index.mentions_between(lo, min(hi, lo + 80)):
        if m.via == "modifier":
            continue  # ("Italy's Garante ...": the owner only modifies the body after it)
        if _SUBJECT_OPENS.fullmatch(ctx.text, lo, m.start) is None:
            return None
        return m.actor
    return None


def _reporter_of(ctx: _Ctx, s: Sentence, silent: str) -> str | None:
    """Who reports that ``silent`` has not spoken: the speaker of a claim in the sentence
    before (in this paragraph or the one before), else that sentence's subject body; neither
    ``silent`` nor the AI developer; no one where there is none."""
    if s.index == 0:
        return None
    prev = ctx.seg.sentences[s.index - 1]
    if prev.paragraph < s.paragraph - 1 or prev.kind is not s.kind:
        return None
    for c in reversed(ctx.claims_near(prev.start)):
        if (
            c.speaker is not None
            and c.speaker not in (silent, TARGET_ID)
            and prev.start <= c.evidence.start < prev.end
        ):
            return c.speaker
    for actor in subject_before(ctx, prev, prev.start, prev.end, [], first=True):
        if actor not in (silent, TARGET_ID) and ctx.index.actor(actor).kind is not ActorKind.PERSON:
            return actor
    return None


#: Capitalised words only: a title before a name ("Home Affairs Minister ").
_TITLE_WORDS = lazy(r"[ ]*(?:[A-Z][\w.’'&-]*[ ]){1,6}")


def _titled_person(ctx: _Ctx, lo: int, hi: int) -> str | None:
    """The person a clause opens with after a title naming a body ("Home Affairs Minister Tony
    Burke ..."): the person speaks, not the body their title names."""
    for m in ctx.index.mentions_between(lo, min(hi, lo + 120)):
        if ctx.index.actor(m.actor).kind is ActorKind.PERSON:
            return m.actor if _TITLE_WORDS.fullmatch(ctx.text, lo, m.start) else None
    return None


_INSTRUMENT_NP = lazy(
    r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ ](?:[\w-]+(?:’s|'s)?[ ]){0,2}?(?:notice|notices|note|"
    r"order|directive|memo|memorandum|circular|decree|"
    r"email|e-mail|letter|advisory|guideline|guidelines|guidance|statement|filing|policy|report|"
    r"post|study|survey|poll|analysis|assessment|audit|review|evaluation|investigation|"
    r"inquiry|ruling|judgment|judgement|"
    r"decision|opinion|complaint|lawsuit|suit|petition|paper|terms[ ]of[ ](?:service|use)|"
    r"user[ ]agreement)\b"
)


#: A document as a sentence's subject, with an appositive after it: "The report, released by
#: the committee", "The 16-page report, titled “DeepSeek Unmasked,”".
_INSTRUMENT_SUBJECT = lazy_re(
    r"(?:The|A|An|Its|Their)[ ](?:[\w’'-]+[ ]){0,3}?(?:report|study|survey|paper|notice|note|"
    r"memo|memorandum|circular|decree|letter|statement|filing|order|directive|analysis|"
    r"assessment|audit|review),[ ]"
    r"[^;]{1,200}"
)


def _instrument_speaker(ctx: _Ctx, s: Sentence, start: int, end: int) -> str | None:
    """ "The note, issued by the Department of Expenditure, said ..." -> the department;
    "The notices pointed out ..." -> the body that issued them, named just before."""
    text = ctx.text
    agent = _AGENT.search(text[start:end])
    if agent is not None:
        found = [
            x for x in ctx.index.mentions_between(start + agent.end(), end) if x.via != "modifier"
        ]
        if found:
            return found[0].actor
        if text[start + agent.end() : start + agent.end() + 1] in "hH" and _PERSONS_OWN.match(
            text, start + agent.end(), end
        ):
            # "A statement from his office said ...": the person he is
            person = ctx.index.last_person(start)
            if person is not None:
                return person
        named = _named_author(ctx, start + agent.end(), end)
        if named is not None:
            return named  # "A poll by Gallup showed ...": a name no list holds
        if _UNNAMED_AUTHORS.match(text, start + agent.end(), end):
            return None  # "An open letter published by 120 researchers said": no one named
    maker = _MAKERS_STUDY_AT.match(text, start, end)
    if maker is not None:
        # "A Gallup survey of 1,015 adults, conducted in March, found ...": its maker
        inside = [
            x for x in ctx.index.mentions_between(*maker.span("maker")) if x.via != "modifier"
        ]
        named = inside[0].actor if inside else _named_author(ctx, *maker.span("maker"))
        if named is not None:
            return named
    possessive = rx(r"(?:[Tt]he[ ])?(?P<owner>[\w-]+(?:[ ][\w-]+)?)(?:’s|'s)[ ]").match(
        text, start, end
    )
    if possessive is not None:
        # "The committee's report says ...": the owner of the document
        owned = [
            x
            for x in ctx.index.mentions_between(start, possessive.end("owner") + 2)
            if x.actor != TARGET_ID
        ]
        if owned:
            return owned[0].actor
        if (
            possessive["owner"] in _THE_SERVICE
            and _PRODUCT_TERMS.fullmatch(text, possessive.end(), end)
        ):
            # "The app's privacy policy says ...": the service's own terms speak for its maker,
            # DeepSeek where it was named before, or no one the text names (never the body
            # named last, which only read them)
            return ctx.index.last_actor(start, lambda d: d.id == TARGET_ID, 1500)
    if text.startswith(("Its ", "its "), start):
        # "DeepSeek has not commented. Its privacy policy says ...": the owner, the subject
        # of the sentence before, which may be the service itself
        prev = ctx.seg.sentence_at(max(0, s.start - 2))
        if prev is not None and prev.index < s.index:
            owner = subject_before(ctx, prev, prev.start, prev.end, [], first=True)
            if owner:
                return owner[0]
    if text.find("statement", start, min(end, start + 40)) >= 0:
        # "Microsoft issued a statement on Friday. ... The statement said ...": who put it out
        author = _statement_author(ctx, start)
        if author is not None:
            return author
    elif _THE_RULING.match(text, start, end):
        # "The ruling said ...": the court or the judge that gave it, named last; no other
        # body (not the agency whose order it reviewed)
        return ctx.index.last_actor(start, _gives_rulings, _STATEMENT_REACH)
    elif _THE_COMPLAINT.match(text, start, end):
        # "Jane Doe sued DeepSeek on Monday. The complaint alleges ...": whoever filed it, or
        # no one (not the defendant, named last)
        filed = _last_put_out(ctx, _FILED_A_COMPLAINT, start, _STATEMENT_REACH)
        return None if filed is None else _put_out_by(ctx, *filed)
    elif _THE_MESSAGE.match(text, start, end):
        # "In an email to staff, the university's CIO said ... The email said ...": whoever
        # sent it, or no one the text names where the sender is unnamed (not the body
        # named last before it)
        sent = _last_put_out(ctx, _SENT_A_MESSAGE, start, _STATEMENT_REACH)
        if sent is not None:
            return _put_out_by(ctx, *sent)
    study = _STUDY_NOUN.search(text, start, min(end, start + 40))
    if study is not None:
        # "The 16-page report, titled ..., says": whoever released the report just before
        author = _report_author(ctx, start)
        if author is not None or study["paper"]:
            # (a paper no one was said to publish just before may be a newspaper: not the
            # body named last)
            return author
    if _POST_NOUN.search(text, start, min(end, start + 40)) and _PUBLIC_POST.search(
        text, max(0, start - _STATEMENT_REACH), end
    ):
        # "A viral post on Facebook claims ...", "The post also said ...": a user's post, which
        # the text does not give to a body named before
        return None
    body = ctx.index.last_actor(
        start,
        lambda d: d.kind not in (ActorKind.PERSON, ActorKind.COUNTRY) and d.id != TARGET_ID,
        1500,
    )
    if body is None and ctx.issued and _ISSUED_NOUN.search(text, start, min(end, start + 40)):
        # "Governor Greg Abbott issued an order banning DeepSeek. The order says ...": no body
        # named before, so whoever issued the measure stated just before
        body = _issuer(ctx, start)
    return body or ctx.index.last_actor(start, lambda d: d.kind is ActorKind.COUNTRY, 1500)


#: The service named again by what it is: "(the) app('s)", "(the) chatbot('s)".
_THE_SERVICE = frozenset(["app", "chatbot", "application", "service", "assistant"])
#: A service's own terms for its users: "privacy policy", "terms of service", "user agreement".
_PRODUCT_TERMS = lazy_re(
    r"(?:(?:updated|current|latest|own)[ ])?(?:privacy[ ](?:policy|notice|statement)|"
    r"terms[ ]of[ ](?:service|use)|terms[ ]and[ ]conditions|user[ ]agreement)[ ]*"
)
_STUDY_NOUN = lazy_re(
    r"\b(?:report|study|survey|poll|analysis|assessment|audit|review|(?P<paper>paper))\b"
)
#: The writers of a study, unnamed: "the authors", "the report's authors", "its authors".
_STUDY_AUTHORS = lazy_re(
    r"(?i)(?:the|its|their)[ ](?:(?:report|study|paper|survey|analysis)(?:’s|'s)[ ])?authors"
)
#: How far before "the authors" the study they wrote must be named, in characters.
_STUDY_REACH = 600
_POST_NOUN = lazy_re(r"\bposts?\b")
#: A post the public shares: "a viral post", "an anonymous post", "a widely shared post".
_PUBLIC_POST = lazy_re(
    r"\b(?:viral|anonymous|widely[ -]shared)[ ](?:[\w-]+[ ]){0,2}?posts?\b"
    r"|\bposts?[ ](?:that[ ](?:was|were|has|had)[ ](?:been[ ])?)?shared[ ]"
)
#: A measure's own document, which speaks for whoever issued the measure.
_ISSUED_NOUN = lazy_re(
    r"\b(?:order|directive|memo|memorandum|circular|decree|notice|notices|note|advisory|"
    r"guideline|guidelines|guidance|letter|email|e-mail)\b"
)
#: Who made a document, after it: "issued by", "from", and a study's bare "by" ("a report by
#: the Center for ...", "a poll by Gallup").
_AGENT = lazy_re(
    r"(?i)\b(?:issued|sent|signed|drafted|published|written|released|prepared|compiled|"
    r"produced|conducted|circulated|distributed|authored)"
    # ("published on Tuesday by", "released last week by")
    r"(?:[ ](?:on|in|last|this|earlier)[ ][\w.]+)?[ ]by[ ]|\bfrom[ ]|"
    # (also set off by a comma, or after whom it asked: "The study, by researchers at Cisco,",
    # "a survey of 1,000 firms by KPMG")
    r"\b(?:report|study|survey|poll|analysis|assessment|audit|review|research|paper|"
    r"evaluation|investigation|inquiry)"
    r"(?:[ ](?:of|among)(?:[ ][\w,.%-]+){1,4}?)?,?[ ]by[ ]"
)
_MAKERS_STUDY_AT = lazy_re(_MAKERS_STUDY)
#: Authors the text counts or describes but does not name, after "by": "by 120 researchers",
#: "by more than 40 attorneys general", "by scientists".
_UNNAMED_AUTHORS = lazy_re(
    r"(?:[0-9][\d,.]*|more[ ]than|over|nearly|about|dozens|hundreds|thousands|scores|several|"
    r"some|many|[a-z]+s)\b"
)
#: The kind of firm before its name: "research firm ", "the analytics company ".
_FIRM_DESCRIPTION = lazy_re(
    r"(?:(?:the|a|an)[ ])?(?:[a-z-]+[ ]){0,2}(?:firm|company|consultancy|group|provider|"
    r"tracker|platform|agency|house|institute)[ ](?=[A-Z])"
)
#: A name no list holds, where a study's author stands: capitalised words, with "of", "and"
#: or "for" between them ("Teikoku Databank", "the Korea Chamber of Commerce and Industry").
_AUTHOR_NAME = lazy_re(
    r"(?:the[ ])?(?P<name>[A-Z][\w&’'.-]*(?:[ ](?:(?:of|and|for|&)[ ](?:the[ ])?)?"
    r"[A-Z][\w&’'.-]*){0,5})(?![\w’'-])"
)

#: Two names of two or more words each, joined by "and", with no "of" or "for" binding them
#: into one ("the Korea Chamber of Commerce and Industry" is one).
_TWO_NAMES = lazy_re(
    r"[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*)+[ ]and[ ][A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*)+"
)


def _source_named(ctx: _Ctx, start: int, end: int) -> str | None:
    """The source "according to" names where the index knows none: a study's or figures'
    author ("data from QuestMobile", "a survey by Teikoku Databank"), or the name itself
    ("according to QuestMobile")."""
    agent = _AGENT.search(ctx.text, start, end)
    if agent is not None:
        return _named_author(ctx, agent.end(), end)
    return _named_author(ctx, start, end)


def _named_author(ctx: _Ctx, start: int, end: int) -> str | None:
    """The organisation a name in an author's slot (``[start, end)``, after "a survey by")
    names where the index knows none: a new actor, so the finding has its source."""
    text = ctx.text
    described = _FIRM_DESCRIPTION.match(text, start, end)
    if described is not None:
        start = described.end()  # "research firm QuestMobile": the name after its kind
    m = _AUTHOR_NAME.match(text, start, end)
    if m is None or any(
        x.start < m.end() for x in ctx.index.mentions_between(start, m.end() + _NAME_REACH)
    ):
        # no name, or one the index placed (a country's adjective: "Korean"), or the start of
        # one it placed ("a survey by the Korea Chamber" of Commerce and Industry)
        return None
    name = m["name"]
    if name.split()[0] in _STOP_CAPS or (len(name.split()) == 1 and _plural_like(name)):
        return None  # "by Monday", "by Democrats"
    if _TWO_NAMES.fullmatch(name):
        # "signed by Yoshua Bengio and Stuart Russell", "a study by Fudan University and
        # Tsinghua University": two authors, not one organisation of that name
        return None
    if name.lower() in _SHORT_HEADS and text.startswith("the ", m.start()):
        # "a spokesperson for the Commission": the body named so before, where one was
        ante = ctx.index.antecedent(name.lower(), m.start())
        if ante is not None:
            return ante
    country = ctx.index.context_country(start)
    return ctx.index.new_actor(name, ActorKind.ORGANIZATION, country, name)


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause that ends at ``hi`` begins (looking back at most a few hundred
    characters: a clause is never longer, and a long sentence stays linear)."""
    start = lo
    for m in rx(
        r";|[ ]while[ ]|,[ ]but[ ]|,[ ]and[ ](?=[A-Z]|he[ ]|she[ ]|it[ ]|the[ ]|"
        # ", and domestic GPU developers Moore Threads and Hygon said": a described name
        r"(?!(?:said|told|added|urged|called|warned|asked|announced|noted|later|also|then|has|"
        r"had|is|was|will|would|to|in|on|at|for|with|from|by|of|into|via)\b)"
        r"(?:[a-z][\w-]*[ ]|[A-Z]{2,}[ ]){1,3}[A-Z][a-z])|"
        r"(?<![A-Z])[.!?][ ]"  # not the stops of "U.S." or "Gov."-like initials
        # "..., a week after South Korea's PIPC said ...": a clause of its own
        rf"|{_TIME_AFTER_RX}"
    ).finditer(text, max(lo, hi - 3 * _TAIL), hi):
        if m.group()[0] == "." and is_abbreviation(text[max(lo, m.start() - 41) : m.start()], "."):
            continue  # "released R1 on Jan. 20, saying ...": the stop of "Jan."
        start = m.end()
    return start


#: How long a name may be (characters), for the names around an offset.
_NAME_REACH = 120


def _across_a_name(ctx: _Ctx, lo: int, np_start: int) -> int:
    """Where a subject phrase starts when a name with a comma cuts it ("A spokesperson for
    the Ministry of Economy, Trade and Industry": at "A", not "Trade"): the phrase's words
    before the name that holds ``np_start``, else ``np_start``."""
    for m in ctx.index.mentions_between(max(lo, np_start - _NAME_REACH), np_start + _NAME_REACH):
        if m.start < np_start < m.end:
            before = _SUBJECT_TAIL.search(ctx.text, max(lo, m.start - _TAIL), m.start)
            return before.start("np") if before is not None else m.start
    return np_start


def _inside_a_name(ctx: _Ctx, offset: int) -> bool:
    """Whether ``offset`` lies inside a name the index found ("the Ministry of Science and
    ICT": its "and" joins no second predicate)."""
    return any(
        m.start < offset
        for m in ctx.index.mentions_between(max(0, offset - _NAME_REACH), offset + _NAME_REACH)
        if m.end > offset
    )


#: An unnamed speaker introduced with the body they speak for: "An official at the Digital
#: Agency", "a spokesperson for the ministry".
_INTRODUCED_OFFICIAL = lazy(
    r"(?i:\b(?:an?|one)[ ](?:[\w-]+[ ]){0,2}?(?P<noun>official|spokes(?:person|man|woman)|"
    r"source|executive|representative)[ ](?:at|from|of|with|for)[ ][^,.;“”\"]{2,80})"
    # "a Samsung spokesperson", "an LG Uplus official": the body named before the noun
    r"|\b(?:[Aa]n?|[Oo]ne)[ ](?:[a-z-]+[ ])?[A-Z][\w&.+-]*(?:[ ][A-Z][\w&.+-]*){0,3}[ ]"
    r"(?:[a-z-]+[ ])?(?P<noun2>official|spokes(?:person|man|woman)|source|executive|"
    r"representative)\b"
)
#: An unnamed speaker with no body named: "a spokesman said", "an official added".
_BARE_OFFICIAL = lazy_re(
    r"\b(?P<np>(?:[Aa]n?|[Oo]ne)[ ](?P<noun>official|spokes(?:person|man|woman)|representative))"
    r"[ ](?:said|says|added|told|confirmed|noted)\b"
)
#: An unnamed speaker named again: "the official", "the spokesperson".
_THE_OFFICIAL = lazy(
    r"(?i)(?:the|this|that)[ ](?:same[ ])?(?:official|spokes(?:person|man|woman)|source|"
    r"executive|representative)"
)


#: A subject with a restrictive relative clause: "A startup representative who uses ...".
_RESTRICTIVE_WHO = lazy_re(
    r"[ ]*(?P<np>(?:[\w’'.-]+[ ]){1,6}?)who[ ](?!said|says|told)[^,]{1,120}$"
)
#: A plural subject and the restrictive clause on it, up to the reporting verb: "(Several
#: government ministries) that blocked DeepSeek in February (said)".
_RESTRICTIVE_THAT = lazy_re(
    r"[ ]*(?P<np>(?:[\w’'.-]+[ ]){0,5}?[A-Za-z][\w-]*s"
    # (not a verb of saying or thinking: "The ministry reports that DeepSeek said ...")
    r"(?<!says)(?<!reports)(?<!claims)(?<!argues)(?<!notes)(?<!insists)(?<!believes)"
    r"(?<!thinks)(?<!warns)(?<!adds)(?<!suggests)(?<!shows)[ ])that[ ](?!said|says|told)"
    r"[^,]{1,120}$"
)
#: Words right before "it" that open a clause of its own: "as it confirmed", "a step it
#: described as", "which it said".
_IT_OPENERS = frozenset(["as", "step", "move", "which", "what", "while", "since", "because"])
#: A person's pronoun that a fronted time may precede with no comma ("Later he said").
_FRONTED_PRONOUNS = frozenset(["he", "she", "they"])
#: A time fronted before a subject pronoun with no comma: "Later", "Hours later", "On
#: Tuesday", "Last week", "In March", "Then".
_FRONTED_WHEN = lazy_re(
    r"(?:Later|Then|Afterwards?|Earlier|Subsequently|Separately|Yesterday|Today|Previously"
    r"|(?:Hours|Days|Weeks|Minutes|Moments|Months|A[ ](?:day|week|month|year)|Shortly|Soon)"
    r"[ ](?:later|earlier|after|afterwards?)"
    rf"|On[ ]{WEEKDAY_ALTERNATION}|(?:Last|This|Earlier[ ]this)[ ](?:week|month|year)"
    rf"|In[ ]{MONTH_FULL_ALTERNATION})"
)
#: An unnamed speaker with nothing that names their body: "an official", "one executive".
_UNNAMED_OFFICIAL = lazy(
    r"(?i)(?:and[ ])?(?:an?|one|another)[ ](?:(?:senior|government|unnamed|top)[ ])?"
    r"(?:official|spokes(?:person|man|woman)|source|executive|representative)"
)


#: An unnamed former member of a body: "a former Pentagon official", "one ex-ministry aide".
_FORMER_OFFICIAL = lazy(
    r"(?i)(?:a|an|one|two|three|four|several|some|other)[ ](?:senior[ ])?(?:former|ex-|retired)"
    r"[ ]?(?:[\w.’'&-]+[ ]){0,4}?(?:officials?|advis[eo]rs?|aides?|employees?|staffers?|"
    r"spokes(?:person|man|woman)|diplomats?|officers?|executives?)\b"
)


def _former_member(phrase: str) -> bool:
    """Whether ``phrase`` is an unnamed former member of a body ("a former Pentagon
    official"), who speaks for no one the text names."""
    if "ormer " not in phrase and "etired " not in phrase and "ex-" not in phrase:
        return False  # (most phrases: three substring tests)
    return _FORMER_OFFICIAL.match(phrase) is not None  # (not "Tomas Reyes, a former ...")


def _speaker(ctx: _Ctx, start: int, end: int, s: Sentence, *, leading: bool = False) -> str | None:
    """The actor a speaker phrase names ("Sung Kim, CEO of AI startup Upstage", "he",
    "a spokesperson for the group", "Three officials at the ministry")."""
    text = ctx.text
    if text[end : end + 1] == "." and text[end - 1 : end].isupper():
        # "a senior official at the U.S. Cybersecurity ... Agency": a phrase cut at an
        # abbreviation's point runs to the end of the name it cut (never the name "U")
        for x in ctx.index.mentions_between(start, min(len(text), end + 120)):
            if x.start < end < x.end:
                end = x.end
                break
    phrase = text[start:end].strip(" ,.")
    if not phrase or phrase.isspace():  # (a tab, a line separator: no words at all)
        return None
    first = phrase.split()[0]
    pron = _PRONOUN.match(first)
    if pron is not None and len(phrase.split()) <= 3:
        return _pronoun_speaker(ctx, pron["p"], start, s)
    if _former_member(phrase):
        return None  # "one former Commerce Department official": no longer the body's voice
    official = _official_speaker(ctx, start, end, s)
    if official is not None:
        return official
    private = _OFFICIAL.match(phrase)
    if private is not None and _private_in_place(ctx, private, start, end):
        return None
    if (
        phrase[:4] in ("the ", "The ")
        and _PLACES_OFFICIAL.fullmatch(phrase)
        and not ctx.index.mentions_between(start, end)
    ):
        # "..., the city's innovation and technology chief said": the place named before
        # speaks through its official
        place = ctx.index.last_actor(start, lambda d: d.kind in _PLACE_KINDS, 1500)
        if place is not None:
            return place
    if _THE_OFFICIAL.fullmatch(phrase):
        # "An official at the Digital Agency said ... 'Nobody was ordered to block it,' the
        # official said": the body the unnamed speaker was introduced with, just before
        noun = phrase.split()[-1].lower()
        intro = None
        for found in _INTRODUCED_OFFICIAL.finditer(text, max(0, start - 600), start):
            if (found["noun"] or found["noun2"]).lower() == noun:
                intro = found
        if intro is None and noun in _SPOKESPEOPLE:
            # "Foreign ministry spokesperson Guo Jiakun said ... The spokesperson said ...":
            # the person last introduced with that title
            person = _person_titled(ctx, (noun,), start, 600)
            if person is not None:
                return person
        if intro is None:
            # "..., a spokesman said. ..., the spokesman added": the body that one spoke for
            bare = None
            for said in _BARE_OFFICIAL.finditer(text, max(0, start - 600), start):
                if said["noun"].lower() == noun:
                    bare = said
            at = ctx.seg.sentence_at(bare.start()) if bare is not None else None
            if bare is None or at is None:
                return None
            if text.endswith(" and ", at.start, bare.start()):
                # "Japan, Taiwan and Australia banned DeepSeek, and an official said ...": the
                # one body of the clause before, or no one
                bodies = [
                    x
                    for x in subject_before(ctx, at, at.start, bare.start(), [], first=True)
                    if x != TARGET_ID
                ]
                return bodies[0] if len(bodies) == 1 else None
            lo = _clause_start(text, at.start, bare.start())
            return _subject_organisation(ctx, lo, bare.start(), bare["np"])
        at = ctx.seg.sentence_at(intro.start())
        return _official_speaker(ctx, intro.start(), intro.end(), at) if at is not None else None
    if _THE_ANALYSTS.fullmatch(phrase):
        # "Morgan Stanley analysts said ... “...,” the analysts wrote": their firm, named just
        # before
        return _firm_of_analysts(ctx, start, phrase.split()[-1].lower())
    if (
        phrase[:1] in "tTiI"
        and _STUDY_AUTHORS.fullmatch(phrase)
        and _STUDY_NOUN.search(text, max(0, start - _STUDY_REACH), end)
    ):
        # "..., the report's authors wrote": they speak for whoever put the study out (no one
        # where no study is named just before)
        return _instrument_speaker(ctx, s, start, end)
    if _MEMBER_OF_PUBLIC.match(phrase):
        return None  # "one user in Brazil": a person the text does not name, not the place
    if (
        rx(
            r"(?i)(?:a|an|the)[ ](?:[\w-]+[ ]){0,2}?(?:notice|statement|post|filing|report|letter|"
            r"announcement)(?:[ ](?:posted|published|issued|released))?[ ](?:on|in)[ ]"
            r"(?:its|their)[ ]"
        ).match(phrase)
        or (
            # "according to a statement posted on the company's WeChat account": its own channel
            _STATEMENT_ONLY.fullmatch(phrase) and _ON_OWN_CHANNEL.match(text, end, end + 40)
        )
        or (phrase[:1] in "iItT" and _ITS_OWN_DOCUMENT.fullmatch(phrase))
    ):
        actors = subject_before(ctx, s, s.start, start, [], first=True)
        if actors:
            return actors[0]
        if start - s.start <= 14 and phrase[:1] in "iItT":
            # "According to its website, DeepSeek charges ...": the owner is the subject after
            after = subject_before(ctx, s, end, min(s.end, end + 80), [], first=True)
            if after:
                return after[0]
        return ctx.index.last_actor(start, lambda d: d.kind is not ActorKind.PERSON, 1500)
    if phrase[:1] in "hH" and _PERSONS_OWN.fullmatch(phrase):
        # "his office said": the person he is (even where the index read the office as the
        # body the person heads: "Governor Greg Abbott ... his office said")
        person = ctx.index.last_person(start)
        if person is not None:
            return person
    mentions = [
        m
        for m in ctx.index.mentions_between(start, end)
        if m.via != "modifier" and not _PLACE_BEFORE_FIRM.match(text, m.end, end)
    ]
    if not mentions and ctx.issued and _DOCUMENT_SPEAKER.fullmatch(phrase):
        return _issuer(ctx, start)
    if not mentions and _THE_REPORT.fullmatch(phrase):
        return _report_author(ctx, start)
    if not mentions and _THE_STATEMENT.fullmatch(phrase):
        return _statement_author(ctx, start)
    if not mentions and phrase[:1] in "tT" and _THE_OUTLET.fullmatch(phrase):
        return _outlet_before(ctx, start)
    if not mentions and phrase[:1] in "tT":
        body = _THE_BODY.fullmatch(phrase)
        if body is not None:
            # "..., the regulator said": a body the index named only by a description
            # ("Germany's data protection commissioner"), read after its short forms; "the
            # district government" is the district's
            words = phrase.lower().split()
            kind_word = body["head"].lower()
            if kind_word == "government" and len(words) > 2:
                kind_word = _LOCAL_GOVERNMENT.get(words[-2], kind_word)
            return ctx.index.antecedent(kind_word, start)
    if not mentions and phrase[:1] in "aAtT":
        document = _BODYS_DOCUMENT.fullmatch(phrase)
        if document is not None:
            # "according to a ministry estimate", "a company statement said": the body of that
            # kind the text named before
            return ctx.index.antecedent(document["head"].lower(), start)
    if not mentions and phrase[:1] in "tT":
        titled = _THE_TITLED.fullmatch(phrase)
        if titled is not None:
            # "The minister told reporters ...": the person the title introduced, or no one
            return _person_by_title(ctx, titled, start)
    if not mentions:
        # a bare surname
        for w in rx(r"[A-Z][\w-]+").finditer(phrase):
            person = ctx.index.surname(w.group(), start)
            if person is not None:
                return person
        if phrase[:1].isupper() and _ACRONYM.fullmatch(phrase) and phrase not in _NOT_A_BODY:
            # "MTN said DeepSeek was cheaper": an organisation's initials no list holds
            return ctx.index.new_actor(
                phrase, ActorKind.ORGANIZATION, ctx.index.context_country(start), phrase
            )
        if start == _after_dateline(text, s) and _unlisted_firm(phrase):
            # "Netskope said 52 percent of ...": a name no list holds, as the sentence's subject
            # (after a dateline: "SINGAPORE -- Netskope said ...")
            return ctx.index.new_actor(
                phrase, ActorKind.COMPANY, ctx.index.context_country(start), phrase
            )
        return None
    if leading:
        # "said Sung Kim, CEO of AI startup Upstage": the first name is the speaker, and
        # "said Home Affairs Minister Tony Burke": the person the title introduces
        comma = text.find(",", start, end)
        head_end = comma if comma >= 0 else end
        for m in mentions:
            if m.start >= head_end:
                break
            if ctx.index.actor(m.actor).kind is ActorKind.PERSON:
                return m.actor
        return mentions[0].actor
    people = [m for m in mentions if ctx.index.actor(m.actor).kind is ActorKind.PERSON]
    if people:
        return people[0].actor
    prep = rx(r"[ ](?:of|at|for|from|in|on|with|by)[ ]").search(text[start:end])
    head_end = start + prep.start() if prep else end
    head = [m for m in mentions if m.start < head_end]
    if head:
        # the last name of the head phrase: "the Hong Kong daily SCMP"
        return _cabinets_head(ctx, head[-1].actor, start, end)
    outside = [m for m in mentions if not in_prepositional_phrase(text, start, m, ctx)]
    return (outside or mentions)[0].actor


#: The head of a cabinet that ends a speaker phrase: "Argentina's cabinet chief", "the
#: cabinet head".
_CABINET_CHIEF = lazy_re(r"(?i)\bcabinet[ ](?:chief|head)[ ,]*$")


def _cabinets_head(ctx: _Ctx, actor: str, start: int, end: int) -> str:
    """The speaker a phrase (``start`` to ``end``) that names ``actor`` stands for: "Argentina's
    cabinet chief" speaks for the country's government, the cabinet's parent, as the place's
    other unnamed officials do; any other phrase for ``actor``."""
    if end - start > 80 or _CABINET_CHIEF.search(ctx.text, start, end) is None:
        return actor
    d = ctx.index.actor(actor)
    if d.name == "Cabinet" and d.parent is not None:
        return d.parent
    return actor
#: A surname of two capitalised parts joined by a hyphen: "Al-Mansouri", "Smith-Jones".
_HYPHENATED_SURNAME = lazy_re(r"[A-Z][\w’']{0,20}-[A-Z][\w’']{1,20}")
#: An organisation's initials alone: "MTN", "KPMG", "BSI".
_ACRONYM = lazy_re(r"[A-Z][A-Z&]{1,5}")
#: A subject that names a firm and describes it in an aside, before its verb: "NovaCloud, a
#: leading provider of cloud services in Europe, today " (the aside says it is a firm).
_FIRM_APPOSITIVE = lazy_re(
    r"(?P<np>[A-Z][\w.&-]{1,30}(?:[ ][A-Z][\w.&-]{1,20})?),[ ](?:a|an)[ ][^,;“”\"]{0,60}?"
    r"\b(?:firm|company|startup|start-up|provider|maker|developer|operator|vendor|supplier|"
    r"platform|specialist|group|lab)\b[^,;“”\"]{0,80},[ ]"
    r"(?:(?:today|yesterday|on[ ][A-Z][a-z]+|also)[ ])?$"
)
#: One or two capitalised words that may name a firm no list holds: "Netskope", "Palo Alto".
_UNLISTED_FIRM = lazy_re(r"[A-Z][a-z]\w{1,20}(?:[ ][A-Z]\w{1,20})?")
#: Capitalised words a sentence opens with that name no one.
_NO_ONE_CAPS = frozenset(
    ["Everyone", "Everybody", "Nobody", "Someone", "Somebody", "Anyone", "Anybody", "None",
     "Yesterday", "Today", "Tonight", "Now", "Then", "Here", "There", "Instead", "Indeed",
     "Separately", "Similarly", "Likewise", "Together", "Elsewhere", "Overall", "Few",
     "Police", "Staff", "People", "Officials", "Critics", "Experts", "Analysts", "Sources"]
)


def _unlisted_firm(phrase: str, *, described: bool = False) -> bool:
    """Whether a phrase at a sentence's start may be the name of a firm no list holds
    ("Netskope"): one or two capitalised words, not a word any sentence may open with
    ("However", "Everyone", "Police"), an adverb or a plural (unless an aside ``described`` it
    as a firm: "Veltaris, a hosting provider, ...")."""
    if _UNLISTED_FIRM.fullmatch(phrase) is None:
        return False
    words = phrase.split()
    return (
        not any(w in _STOP_CAPS or w in _PEOPLE_OF or w in _NO_ONE_CAPS for w in words)
        and not words[0].endswith(("ly", "ing"))
        and not (len(words) == 1 and _plural_like(phrase) and not described)
        and not any(w.lower() in _SHORT_HEADS for w in words)
    )


def _plural_like(word: str) -> bool:
    """Whether a capitalised word may be a plural ("Democrats", "Lawmakers", "Employees"):
    it ends in "s" after a consonant or an "e"; a name that ends in a vowel and "s" ("Ipsos",
    "Atos", "Nexus") or in "ss" is no plural a sentence opens with before "said"."""
    return word.endswith("s") and not word.endswith(("as", "is", "os", "us", "ss"))


#: Initials that name no body that speaks.
_NOT_A_BODY = frozenset(
    ["AI", "IT", "US", "UK", "EU", "UN", "CEO", "CTO", "CFO", "COO", "GPU", "API", "APP", "LLM",
     "PC", "TV", "OK", "AP", "BY", "NEWS", "AM", "PM", "GMT", "UTC", "Q", "A"]
)  # fmt: skip
#: A firm's analysts named again: "the analysts", "the Bernstein analysts" (not resolved).
_THE_ANALYSTS = lazy_re(
    r"(?i)(?:the|these|those)[ ](?:analysts|researchers|economists|strategists)"
)


def _firm_of_analysts(ctx: _Ctx, start: int, noun: str) -> str | None:
    """The firm of the analysts (``noun``) introduced last before ``start``, nearby: "Morgan
    Stanley analysts", "analysts at Jefferies"."""
    lo = max(0, start - 600)
    firm: tuple[int, int] | None = None
    for m in _FIRMS_ANALYSTS.finditer(ctx.text, lo, start):
        if (m.group("noun") or m.group("noun2")).lower() == noun:
            firm = m.span("firm") if m.group("firm") else m.span("firm2")
    if firm is None:
        return None
    found = [x for x in ctx.index.mentions_between(*firm) if x.via != "modifier"]
    return found[-1].actor if found else _named_author(ctx, *firm)


#: Analysts introduced with their firm: "Morgan Stanley analysts", "analysts at Bernstein".
_FIRMS_ANALYSTS = lazy_re(
    r"(?<![\w&.-])(?P<firm>(?:[A-Z][\w&.-]*+[ ]){1,3})"
    r"(?P<noun>analysts|researchers|economists|strategists)\b"
    r"|\b(?P<noun2>[Aa]nalysts|[Rr]esearchers|[Ee]conomists|[Ss]trategists)[ ](?:at|from|with)[ ]"
    r"(?P<firm2>(?:[A-Z][\w&.-]*[ ]?){1,3})"
)
#: A place's name before the kind of firm it locates: "a Shanghai brokerage", "a Tokyo
#: think tank" (the place does not speak).
_PLACE_BEFORE_FIRM = lazy_re(
    r"[ ](?:[a-z-]+[ ]){0,2}(?:brokerage|firm|bank|lender|insurer|consultancy|think[ ]tank|"
    r"newspaper|daily|outlet|broadcaster|university|lab|laboratory|startup|start-up)s?\b"
)
#: A document that speaks for its issuer: "the note said", "the advisory reads".
_DOCUMENT_SPEAKER = lazy_re(
    r"(?i)(?:the|this|that)[ ](?:[\w-]+[ ]){0,2}?(?:note|notice|memo|memorandum|advisory|"
    r"circular|directive|order|letter|guidance|guidelines?|document|decree|instruction|e-?mail)"
)
#: How far back a document's issuer may be stated (about three paragraphs).
_ISSUER_REACH = 1500


#: A statement with no author named in it: "a statement posted", "a notice".
_STATEMENT_ONLY = lazy_re(
    r"(?i)(?:a|an|the)[ ](?:[\w-]+[ ]){0,2}?(?:notice|statement|post|filing|announcement)"
    r"(?:[ ](?:posted|published|issued|released|put[ ]out))?"
)
#: The subject's own document: "its price page", "their latest filing", "its website".
_ITS_OWN_DOCUMENT = lazy_re(
    r"(?i)(?:its|their)[ ](?:[\w-]+[ ]){0,2}?(?:page|website|site|filing|filings|statement|"
    r"report|data|figures|policy|notice|post|blog|announcement|prospectus|disclosure)"
)
#: The speaker's own channel after such a statement: " on the company's WeChat account".
_ON_OWN_CHANNEL = lazy_re(r"[ ](?:on|in)[ ](?:its|their|the[ ](?:company|firm|group)(?:’s|'s))[ ]")
#: A study named again: "the report", "the committee's report", "this study".
_THE_REPORT = lazy_re(
    r"(?i)(?:the|this|that|its|their)[ ](?:[\w-]+[ ]){0,2}?(?:report|study|survey|analysis|"
    r"assessment|audit|paper)"
)
#: A study being put out: "released a report", "published its 16-page study", "... in a
#: report that urges ...".
_RELEASED_A_REPORT = lazy_re(
    r"\b(?:released|published|issued|produced|unveiled|put[ ]out|in)[ ](?:a|an|its|their|the)[ ]"
    r"(?:[\w-]+[ ]){0,3}?(?:report|study|survey|analysis|assessment|audit|paper)\b"
)

#: A study and who put it out, in a relative clause: "a technical report DeepSeek published",
#: "the study that Stanford researchers released".
_REPORT_THAT_X_PUT_OUT = lazy_re(
    r"\b(?:report|study|survey|analysis|assessment|audit|paper)(?:[ ]that)?[ ]"
    r"(?P<np>[A-Z][\w’'.&-]*+(?:[ ][A-Z][\w’'.&-]*+){0,3})(?:[ ]researchers)?"
    r"[ ](?:(?:had|has)[ ])?(?:published|released|issued|put[ ]out)\b"
)

#: A body named again by its kind: "the regulator", "the Berlin watchdog", "the ministry".
#: The place head a local government's modifier stands for: "the district government".
_LOCAL_GOVERNMENT: dict[str, str] = {
    "district": "district", "county": "county", "city": "city", "municipal": "city",
    "provincial": "province", "prefectural": "prefecture", "state": "state",
}  # fmt: skip
_THE_BODY = lazy_re(
    # (a filing's or a notice's defined term is capitalised: "The Company said", "The
    # Ministry stated")
    r"(?:[Tt]he|[Tt]his)[ ](?:[\w-]+[ ]){0,2}?(?P<head>(?i:" + "|".join(_SHORT_HEADS) + r"))"
)
#: A document named by the kind of body that made it: "a ministry estimate", "an agency
#: document", "the company statement".
_BODYS_DOCUMENT = lazy_re(
    r"(?i)(?:a|an|the)[ ](?:(?:new|recent|separate|internal|official|draft|latest)[ ])?"
    r"(?P<head>ministry|agency|regulator|commission|department|government|company|firm|"
    r"group|bank|watchdog|authority|committee|bureau|cabinet)[ ](?:estimate|estimates|"
    r"document|documents|report|study|paper|memo|survey|analysis|projection|forecast|figures|"
    r"data|statement|notice|filing|assessment)"
)
#: Those who speak for a person: "(his) office", "(the minister's) spokeswoman", "(her) lawyers".
_SPEAKS_FOR_A_PERSON = (
    r"(?:office|spokes(?:person|man|woman)|aides?|team|campaign|staff|lawyers?|attorneys?|"
    r"representatives?)"
)
#: A person named again by the title they were introduced with: "the minister", "the deputy
#: director", "the senator" (every word of it must be in the person's role), or by those who
#: speak for them: "the governor's office", "the minister's spokeswoman".
_THE_TITLED = lazy_re(
    r"(?i)(?:the|this)[ ](?P<mods>(?:[\w-]+[ ]){0,2}?)(?P<title>minister|secretary|director|"
    r"director-general|chairman|chairwoman|chairperson|chair|commissioner|governor|senator|"
    r"mayor|president|premier|chancellor|ambassador|envoy|professor|lawmaker|congressman|"
    r"congresswoman|founder|chief[ ]executive|undersecretary|secretary-general|judge)"
    rf"(?:['’]s[ ]{_SPEAKS_FOR_A_PERSON})?"
)
#: A title's abbreviation in a role ("Gov. Kathy Hochul"), read as the title it stands for
#: ("the governor").
_TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "prof": "professor"}
_TITLE_ABBREVIATION = lazy_re(r"(?i)(?<!\w)(gov|sen|prof)[.]")
#: How far back the person a title names again may have been introduced (about a page).
_TITLED_REACH = 2500


def _person_by_title(ctx: _Ctx, titled: re.Match[str], start: int) -> str | None:
    """The person introduced last before ``start`` whose role holds every word of the title
    ``titled`` names them by again ("the minister" after "Digital Minister Huang Yen-nun")."""
    return _person_titled(ctx, (*titled["mods"].split(), titled["title"]), start, _TITLED_REACH)


def _person_titled(ctx: _Ctx, title: Sequence[str], start: int, reach: int) -> str | None:
    """The person introduced last before ``start`` (within ``reach``) whose role holds every
    word of ``title``, abbreviations read out ("Gov." as "governor")."""
    words = [rx(rf"(?i)(?<!\w){re.escape(w)}(?!\w)") for w in title]

    def fits(d: _Draft) -> bool:
        if d.kind is not ActorKind.PERSON or d.role is None:
            return False
        role = _TITLE_ABBREVIATION.sub(lambda m: _TITLE_ABBREVIATIONS[fold(m[1])], d.role)
        return all(w.search(role) for w in words)

    return ctx.index.last_actor(start, fits, reach)


#: Those who speak for a person: "his office", "her spokeswoman", "his lawyers".
_PERSONS_OWN = lazy_re(rf"(?:[Hh]is|[Hh]er)[ ]{_SPEAKS_FOR_A_PERSON}")
#: A news outlet named again: "the newspaper", "the business daily", "the broadcaster".
_THE_OUTLET = lazy_re(
    r"(?i)(?:the|that|this)[ ](?:[\w-]+[ ]){0,2}?(?:newspaper|daily|broadcaster|"
    r"news[ ]agency|news[ ]outlet|outlet|magazine|tabloid|news[ ]site|weekly)"
)


def _outlet_before(ctx: _Ctx, start: int) -> str | None:
    """The outlet "the newspaper" names again: the organisation named last before ``start``,
    nearby (about three paragraphs), unless an outlet's own report holds that name
    ("According to Nikkei, Tohoku University ... The newspaper reported ...": Nikkei)."""
    lo = max(0, start - _ISSUER_REACH)
    for m in reversed(ctx.index.mentions_between(lo, start)):
        if m.via == "modifier" or ctx.index.actor(m.actor).kind is not ActorKind.ORGANIZATION:
            continue
        for c in ctx.claims_near(start):
            if (
                c.speaker is not None
                and c.speaker != m.actor
                and c.evidence.start <= m.start < c.evidence.end
                and ctx.index.actor(c.speaker).kind is ActorKind.ORGANIZATION
            ):
                return c.speaker
        return m.actor
    return None


#: A statement named again: "the statement", "the authority's statement", "its statement".
_THE_STATEMENT = lazy_re(
    r"(?i)(?:the|this|that|its|their)[ ](?:[\w’'-]+[ ]){0,2}?(?:statement|press[ ]release)"
)
#: A statement being put out: "said in a statement", "issued a statement", "in a press
#: release on its website".
_PUT_OUT_A_STATEMENT = lazy_re(
    r"\b(?:[Ii]n|issued|released|published|put[ ]out)[ ](?:a|an|its|their|the|his|her)[ ]"
    r"(?:[\w-]+[ ]){0,2}?(?:statement|press[ ]release)\b"
)
#: A ruling named again as a sentence's subject: "The ruling said", "the court's judgment".
_THE_RULING = lazy_re(
    r"(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Hh]is|[Hh]er)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?:ruling|judgment|judgement)\b"
)
#: Who gives rulings: a court or tribunal, or a judge or justice (a person's role; never the
#: "Justice Department").
_COURT_WORD = lazy_re(r"\b(?:Court|Tribunal)\b")
_JUDGE_WORD = lazy_re(r"(?i)\b(?:judge|justice|magistrate)\b")


def _gives_rulings(d: _Draft) -> bool:
    if d.kind is ActorKind.PERSON:
        return _JUDGE_WORD.search(d.role or "") is not None
    return _COURT_WORD.search(d.name) is not None


#: A legal complaint named again as a sentence's subject: "The complaint alleges", "The
#: lawsuit, filed in Texas, says".
_THE_COMPLAINT = lazy_re(
    r"(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?:complaint|lawsuit|suit|petition)\b"
)
#: A complaint being filed: "sued DeepSeek", "filed a lawsuit", "lodged a complaint with".
_FILED_A_COMPLAINT = lazy_re(
    r"\b(?:sued|(?:filed|lodged|brought|submitted)[ ](?:a|an|the|its|their|his|her)[ ]"
    r"(?:[\w-]+[ ]){0,3}?(?:complaint|lawsuit|suit|petition))\b"
)
#: A message named again as a sentence's subject: "The email said", "The letter added".
_THE_MESSAGE = lazy_re(r"(?:[Tt]he|[Tt]hat|[Tt]his)[ ](?:[\w-]+[ ])?(?:e-?mail|letter|memo)\b")
#: A message being sent: "In an email to staff, ...", "in a letter dated March 3", "sent a
#: letter to".
_SENT_A_MESSAGE = lazy_re(
    r"\b(?:[Ii]n|sent|wrote)[ ](?:a|an|its|their|the|his|her)[ ]"
    r"(?:[\w-]+[ ]){0,2}?(?:e-?mail|letter|memo)\b"
)


#: How far back "the statement" may have been put out (a wire story names it once, up top).
_STATEMENT_REACH = 3000


def _statement_author(ctx: _Ctx, start: int) -> str | None:
    """Who put out the statement that "the statement" names: the speaker of the claim of the
    last sentence that put one out, else that sentence's subject, nearby (about six
    paragraphs)."""
    last = _last_put_out(ctx, _PUT_OUT_A_STATEMENT, start, _STATEMENT_REACH)
    return None if last is None else _put_out_by(ctx, *last)


def _put_out_by(ctx: _Ctx, found: int, s: Sentence) -> str | None:
    """Who put out the document at ``found`` in ``s``: the speaker of the sentence's claim, else
    its subject."""
    for c in ctx.claims_near(found):
        if c.speaker is not None and not c.quote and s.start <= c.evidence.start < s.end:
            return c.speaker
    actors = subject_before(ctx, s, s.start, found, [], first=True)
    return actors[0] if actors else None


def _report_author(ctx: _Ctx, start: int) -> str | None:
    """Who put out the report that "the report" names: the subject of the last sentence that
    released one, nearby (about three paragraphs)."""
    last = _last_put_out(ctx, _RELEASED_A_REPORT, start, _ISSUER_REACH)
    by = _last_put_out(ctx, _REPORT_THAT_X_PUT_OUT, start, _ISSUER_REACH)
    if by is not None and (last is None or by[0] > last[0]):
        # "a technical report DeepSeek published on Dec. 26": the name before the verb
        m = _REPORT_THAT_X_PUT_OUT.match(ctx.text, by[0])
        named = ctx.index.mentions_between(*m.span("np")) if m is not None else []
        return named[0].actor if named else None
    if last is None:
        return None
    found, s = last
    actors = subject_before(ctx, s, s.start, found, [], first=True)
    return actors[0] if actors else None


def _last_put_out(
    ctx: _Ctx, pattern: re.Pattern[str], start: int, reach: int
) -> tuple[int, Sentence] | None:
    """Where ``pattern`` (a document's putting out) last matches in the ``reach`` characters
    before ``start``, and its sentence; None where it does not."""
    at = -1
    for m in pattern.finditer(ctx.text, max(0, start - reach), start):
        at = m.start()
    s = ctx.seg.sentence_at(at) if at >= 0 else None
    return (at, s) if s is not None else None


def _issuer(ctx: _Ctx, start: int) -> str | None:
    """The actor of the restrictive or scrutiny action stated last before ``start``, nearby."""
    i = bisect.bisect_left(ctx.issued, (start, "")) - 1
    if i >= 0 and start - ctx.issued[i][0] <= _ISSUER_REACH:
        return ctx.issued[i][1]
    return None


#: Actors that are places: the body an official speaks for sits in one, it is not one.
_PLACE_KINDS = frozenset([ActorKind.COUNTRY, ActorKind.SUBNATIONAL_GOVERNMENT])


def _private_in_place(ctx: _Ctx, m: re.Match[str], start: int, end: int) -> bool:
    """Whether an :data:`_OFFICIAL` phrase is a private role whose "at"/"in" phrase names only
    places: "a fund manager in London", "one analyst at a research firm in Singapore"."""
    if m["role"].lower() not in _PRIVATE_ROLES or not m["org"]:
        return False
    named = [x for x in ctx.index.mentions_between(start, end) if x.via != "modifier"]
    return bool(named) and all(ctx.index.actor(x.actor).kind in _PLACE_KINDS for x in named)


def _official_speaker(
    ctx: _Ctx, start: int, end: int, s: Sentence, *, any_role: bool = False
) -> str | None:
    """ "a ministry official", "a spokesperson for the group", "its spokesperson" -> the body."""
    text = ctx.text
    phrase = text[start:end].strip(" ,.")
    m = _OFFICIAL.match(phrase)
    if (
        m is None
        and phrase[:1] in "iItT"
        and not text[s.start : start].strip()
        and _ITS_HEAD.fullmatch(phrase)
    ):
        # "Its president said", "Their vice chairman was quoted as saying": the head of the
        # body the sentence before is about speaks for it
        return _paragraph_body(ctx, start)
    if m is None and not any_role:
        return None
    if m is not None and _private_in_place(ctx, m, start, end):
        return None  # "a fund manager in London", "analysts in Seoul": no one's voice
    if m is not None and not m["org"] and m["role"].lower().startswith(("lawyer", "attorney")):
        return None  # "their lawyer said": a client the text may not name (not "lawyers for X")
    mentions = [
        x
        for x in ctx.index.mentions_between(start, end)
        if x.via != "modifier" and not _PLACE_BEFORE_FIRM.match(text, x.end, end)
    ]  # "one executive at a Tokyo brokerage": not Tokyo's
    if m is None:
        # "the head of LG AI Research"
        return mentions[-1].actor if mentions else None
    if not mentions and m["org"] and not phrase.endswith(" in ", 0, m.start("org")):
        # "Analysts at Bernstein said": a body no list holds, named where the body stands (not
        # "a lawyer in Austin": a place)
        lead = len(text[start:end]) - len(text[start:end].lstrip(" ,."))
        named = _named_author(ctx, start + lead + m.start("org"), end)
        if named is not None:
            return named
    orgs = [x for x in mentions if ctx.index.actor(x.actor).kind is not ActorKind.PERSON]
    if orgs:
        # "a spokesperson for the Ministry of Foreign Affairs in Taipei": the body, not the
        # place it sits in
        bodies = [x for x in orgs if ctx.index.actor(x.actor).kind not in _PLACE_KINDS]
        if bodies:
            return bodies[0].actor
        seat = _SEAT_IN.search(phrase) if "’s " in phrase or "'s " in phrase else None
        if seat is not None:
            # "an official at the alliance's headquarters in Brussels": the body whose seat
            # the city is, named before, not the city's country
            owner = seat["owner"].lower()
            body = (
                ctx.index.last_actor(start, lambda d: d.kind is ActorKind.INTERNATIONAL, 1500)
                if owner in _BLOC_HEADS
                else ctx.index.antecedent(owner, start, phrase)
            )
            if body is not None:
                return body
        return orgs[-1].actor
    words = phrase.lower().split()
    if words and words[0] in ("his", "her"):
        return ctx.index.last_person(start)  # "her spokesperson said": the person she is
    if words and words[0] in ("its", "their"):
        actors = subject_before(ctx, s, s.start, start, [])
        if actors:
            return actors[0]
        return ctx.index.last_actor(start, lambda d: d.kind is not ActorKind.PERSON)
    # "a ministry official" / "A center official" / "the group": a short form in the phrase
    heads = rx(
        r"\b(ministry|commission|committee|department|agency|center|centre|group|company|firm|"
        r"bank|regulator|government|hospital|bureau|office|city|state)\b"
    ).findall(phrase.lower())
    for head in heads:
        if head in ("company", "firm") and start > s.start:
            # "SEOUL — Hyundai Motor has blocked DeepSeek, a company official said": the firm
            # the sentence is about (its subject), not the last one it names
            dateline = dateline_at(ctx.text, s.start)
            lo = dateline.end() if dateline is not None else s.start
            opening = next(iter(ctx.index.mentions_between(lo, start)), None)
            if (
                opening is not None
                and opening.start - lo <= 4
                and ctx.index.actor(opening.actor).kind
                in (ActorKind.COMPANY, ActorKind.STATE_ENTERPRISE)
            ):
                return opening.actor
        if head in ("company", "firm") and words[-1].endswith("s"):
            # "..., company officials said": officials of the companies the sentence is about,
            # not the one firm a short form would name
            continue
        actor = ctx.index.antecedent(head, start, phrase)
        if actor is not None:
            return actor
    if not heads and m["role"].lower() in _SPOKESPEOPLE and any(
        ctx.index.gazetteer.country_for_adjective(w) for w in phrase.split()[1:-1]
    ):
        # "a senior Indian official", "a South Korean spokesperson": the country its
        # nationality word names, as "an Indian government official" gives
        return ctx.index.antecedent("government", start, phrase)
    return None


def _pronoun_speaker(ctx: _Ctx, pronoun: str, offset: int, s: Sentence) -> str | None:
    p = pronoun.lower()
    if p in ("he", "she"):
        return _he_she_speaker(ctx, offset)
    if p == "it":
        return _it_speaker(ctx, offset, s)
    if p == "they":
        return _they_speaker(ctx, offset, s)
    return None


#: An unnamed spokesperson or official as the subject of a clause, after the person named
#: last: "A spokeswoman confirmed ...", "A spokesperson for the commission said ...", "...,
#: an official said" (not "Lee said an official had told him": an object).
_UNNAMED_SPEAKER_INTRO = lazy_re(
    r"(?:^|(?<=[.!?”\"][ ])|(?<=\n)|(?<=,[ ])|(?<=\band[ ])|(?<=\bbut[ ]))"
    r"(?:[Aa]n?|[Oo]ne|[Tt]he|[Ii]ts|[Tt]heir)[ ](?:[\w-]+[ ]){0,3}?"
    r"(?:spokes(?:person|man|woman)|official|representative)\b"
)
#: How far back an unnamed speaker may have been introduced for "she said" (in this paragraph,
#: or the one before where the pronoun's sentence opens its own).
_UNNAMED_REACH = 600


def _he_she_speaker(ctx: _Ctx, offset: int) -> str | None:
    """ "he said", "she added": the person named last, unless an unnamed spokesperson or
    official has been the subject since ("A spokeswoman confirmed the note ... 'We are
    evaluating ...,' she added": the body that spokeswoman speaks for, or no one)."""
    text = ctx.text
    lo = max(0, offset - _UNNAMED_REACH)
    person_end = lo
    for m in reversed(ctx.index.mentions_between(lo, offset)):
        if ctx.index.actor(m.actor).kind is ActorKind.PERSON:
            person_end = m.end
            break
    if (
        text.find("spokes", person_end, offset) < 0
        and text.find("official", person_end, offset) < 0
        and text.find("representative", person_end, offset) < 0
    ):
        return ctx.index.last_person(offset)  # a cheap test before the pattern
    intro = None
    for found in _UNNAMED_SPEAKER_INTRO.finditer(text, person_end, offset):
        if found.start() - person_end <= 2 and person_end > lo:
            continue  # "Guo Jiakun, a foreign ministry spokesperson, said": the person's role
        if text[found.start() - 2 : found.start()] in (", ", "d ", "t ") and (
            _VERB.search(text, found.end(), min(offset, found.end() + 100)) is None
        ):
            continue  # "Lee met the minister and an official from the agency": no speaker
        intro = found
    if intro is None:
        return ctx.index.last_person(offset)
    at = ctx.seg.sentence_at(intro.start())
    here = ctx.seg.sentence_at(offset)
    if at is None or here is None:
        return None
    if at.paragraph != here.paragraph and (
        at.paragraph < here.paragraph - 1
        or ctx.seg.sentences[here.index - 1].paragraph == here.paragraph
    ):
        # introduced in an earlier paragraph, and another sentence opens this one ("Kim thinks
        # ... he said"): not this speaker
        return ctx.index.last_person(offset)
    verb = _VERB.search(text, intro.end(), min(at.end, intro.end() + 100))
    end = verb.start() if verb is not None else min(at.end, intro.end() + 80)
    body = _official_speaker(ctx, intro.start(), end, at)
    if body is not None:
        return body
    # "A spokeswoman confirmed the note": the body the paragraph is about
    return ctx.index.last_actor(
        intro.start(),
        lambda d: d.kind not in (ActorKind.PERSON, *_PLACE_KINDS) and d.id != TARGET_ID,
        _UNNAMED_REACH,
    )


def _they_speaker(ctx: _Ctx, offset: int, s: Sentence) -> str | None:
    """ "they warned": the first of the people or bodies named together in this sentence or
    the five before it (a claim has one speaker; the first one named stands)."""
    for index in range(s.index, max(-1, s.index - 6), -1):
        sentence = ctx.seg.sentences[index]
        if sentence.paragraph < s.paragraph - 2:
            break
        hi = offset if index == s.index else sentence.end
        people = list(
            dict.fromkeys(
                m.actor
                for m in ctx.index.mentions_between(sentence.start, hi)
                if m.via != "modifier" and ctx.index.actor(m.actor).kind is ActorKind.PERSON
            )
        )
        if len(people) >= 2:
            return people[0]
        actors = subject_before(ctx, sentence, sentence.start, hi, [], first=True)
        if len(actors) >= 2:
            return actors[0]
    return None


def _it_speaker(ctx: _Ctx, offset: int, s: Sentence) -> str | None:
    """ "it said": the body that is the subject of this sentence so far, else of the sentence
    before (in this paragraph or the one before), else the nearest body or country."""

    def body_subject(lo: int, hi: int, sentence: Sentence) -> str | None:
        for actor in subject_before(ctx, sentence, lo, hi, [], first=True):
            if ctx.index.actor(actor).kind is not ActorKind.PERSON:
                return actor
        return None

    # "The ministry said that it had banned DeepSeek, a step it described as ...", "..., as it
    # confirmed that ...": the body whose statement this sentence reports first (the outermost)
    outer: tuple[int, str] | None = None
    for c in ctx.claims[-3:]:
        if (
            c.speaker is None
            or not s.start <= c.evidence.start
            or offset >= c.evidence.end
            or ctx.index.actor(c.speaker).kind is ActorKind.PERSON
        ):
            continue
        at = ctx.text.find(c.cue, c.evidence.start, offset)
        if at >= 0 and (outer is None or at < outer[0]):
            outer = at, c.speaker
    if outer is not None:
        return outer[1]
    here = body_subject(s.start, offset, s)
    if here is not None and not _place_inside_statement(ctx, s, here, offset):
        return here
    prev = ctx.seg.sentences[s.index - 1] if s.index > 0 else None
    if prev is not None and prev.paragraph >= s.paragraph - 1 and prev.kind is s.kind:
        document = _document_voice(ctx, prev)
        if document is not None:
            return document
        found = body_subject(prev.start, prev.end, prev)
        if found is not None:
            return found
        for c in reversed(ctx.claims[-4:]):
            # "..., data from QuestMobile showed. Nearly half ..., it said": the source of
            # the sentence before, which names it as no subject
            if (
                c.speaker is not None
                and prev.start <= c.evidence.start < prev.end
                and ctx.index.actor(c.speaker).kind is not ActorKind.PERSON
            ):
                return c.speaker
    if here is not None:
        return here
    return ctx.index.last_actor(offset, lambda d: d.kind is not ActorKind.PERSON)


def _place_inside_statement(ctx: _Ctx, s: Sentence, actor: str, offset: int) -> bool:
    """Whether ``actor`` is named inside the statement before a trailing "it said", not as
    its subject ("Nearly half of those users were outside China, it said"; "The suspension
    will be lifted once DeepSeek makes the changes, it said")."""
    for m in ctx.index.mentions_between(s.start, offset):
        if m.actor == actor:
            before = ctx.text[s.start : m.start]
            return _SUBJECT_OPENS.fullmatch(before) is None and not before.endswith(", ")
    return False


def _document_voice(ctx: _Ctx, prev: Sentence) -> str | None:
    """Who speaks through the document that opens the sentence before ("The report said ...
    It also says ..."; "A study by NewsGuard found ... It also noted ..."): the speaker of
    that sentence's claim, else the document's author; none where no document opens it."""
    text = ctx.text
    if text[prev.start : prev.start + 1] not in "TtAaIi":
        return None  # a cheap test before the pattern: every opening it takes starts so
    if _INSTRUMENT_NP.match(text[prev.start : min(prev.end, prev.start + 60)]) is None:
        return None
    for c in reversed(ctx.claims[-4:]):
        if c.speaker is not None and prev.start <= c.evidence.start < prev.end:
            return c.speaker
    return _instrument_speaker(ctx, prev, prev.start, prev.end)


# ---------------------------------------------------------------------------------------------
# attached records
# ---------------------------------------------------------------------------------------------


def _date_near(ctx: _Ctx, span: tuple[int, int] | tuple[int, int, int] | None) -> Date | None:
    return None if span is None else ctx.date_near(*span)


def _date_window(verb_end: int | None, content_start: int) -> tuple[int, int, int] | None:
    """Where the date of a claim is read: after its reporting verb, and before what it
    reports when that follows ("said on Friday that ..."): a date inside the report ("would be
    reassessed later this year") is the reported event's, not the statement's."""
    if verb_end is None:
        return None
    if content_start >= verb_end:
        return verb_end, content_start, 0
    return verb_end, verb_end + 60, 40
