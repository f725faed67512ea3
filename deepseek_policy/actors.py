"""Find who is named in an article and resolve every mention to one actor with a stable id.

Mentions come from the gazetteer (countries, sub-national units, bodies, companies), from
patterns ("Ministry of X", "X District", "X Financial Group", a name followed by a
parenthesised acronym), from people introduced by a title or role ("Gov. Kathy Hochul",
"Sung Kim, CEO of AI startup Upstage") and from descriptions beside a country ("Italy's
privacy watchdog", "Japan's central government"). Resolution runs in document order, so an
acronym defined in parentheses, a short form ("the commission", "the firm"), and a surname
("Bae") point back at the actor named first. Ids come from the gazetteer's entry, or
deterministically from the country and normalised name of a new actor, so the same real actor
gets the same id in every document.

>>> idx = ActorIndex.build("The Personal Information Protection Commission (PIPC) said on Monday "
...                        "that the commission had asked DeepSeek for answers.")
>>> sorted({idx.actor(m.actor).name for m in idx.mentions})
['DeepSeek', 'Personal Information Protection Commission']
"""

from __future__ import annotations

import array
import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar, overload

import attrs
import regex

from deepseek_policy import _lexicon
from deepseek_policy._rx import fold, lazy, lazy_re, rx
from deepseek_policy._segment import (
    ParagraphKind,
    Segmentation,
    Sentence,
    dateline_at,
    first_words,
    last_words,
    segment,
)
from deepseek_policy._trie import lead, trie_pattern
from deepseek_policy.gazetteer import (
    Entry,
    Gazetteer,
    GazetteerMatch,
    default_gazetteer,
    slugify,
)
from deepseek_policy.model import Actor, ActorKind, Document

__all__ = ["ActorIndex", "Mention", "find_actors"]

#: The gazetteer id of the company every article is about. It undergoes most of the measures
#: the text reports, so the readers keep it from acting where only the context would make it.
TARGET_ID = "cn-deepseek"


# ---------------------------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class Mention:
    """Where an actor is named. ``via`` says how it was recognised: ``name`` (gazetteer),
    ``pattern`` (an organisation name), ``person``, ``acronym``, ``description``
    ("Italy's privacy watchdog"), ``short`` ("the ministry"), ``surname``, ``capital``
    ("Seoul" for the government) or ``modifier`` (a country or region that only qualifies
    another name: "South Korea's" in "South Korea's privacy regulator")."""

    start: int
    end: int
    text: str
    actor: str
    via: str


class _Mentions(Sequence[Mention]):
    """An index's mentions in start order, kept as columns and read as :class:`Mention`.

    A long text has tens of thousands of mentions. As objects, each with two int objects for
    its offsets, they cost about 150 bytes apiece; as two machine-int arrays and a reference to
    one shared (text, actor, via) triple, 24. A :class:`Mention` is built when it is read.
    """

    __slots__ = ("_shared", "ends", "rest", "starts")

    def __init__(self) -> None:
        self.starts = array.array("q")  # sorted: bisect them to find a position
        self.ends = array.array("q")
        self.rest: list[tuple[str, str, str]] = []
        self._shared: dict[tuple[str, str, str], tuple[str, str, str]] = {}

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Mention: ...
    @overload
    def __getitem__(self, i: slice) -> list[Mention]: ...
    def __getitem__(self, i: int | slice) -> Mention | list[Mention]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return Mention(self.starts[i], self.ends[i], *self.rest[i])

    def add(self, start: int, end: int, text: str, actor: str, via: str) -> None:
        """Insert a mention at its place in start order."""
        rest = (text, actor, via)
        rest = self._shared.setdefault(rest, rest)
        if self.starts and self.starts[-1] > start:
            i = bisect.bisect_left(self.starts, start)
            self.starts.insert(i, start)
            self.ends.insert(i, end)
            self.rest.insert(i, rest)
        else:
            self.starts.append(start)
            self.ends.append(end)
            self.rest.append(rest)

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie inside ``[start, end)``, in order."""
        starts, ends, rest = self.starts, self.ends, self.rest
        i = bisect.bisect_left(starts, start)
        n = len(starts)
        out = []
        while i < n and starts[i] < end:  # measured faster than slicing or a comprehension
            if ends[i] <= end:
                out.append(Mention(starts[i], ends[i], *rest[i]))
            i += 1
        return out

    def last_between(self, start: int, end: int, skip_via: str = "") -> Mention | None:
        """The last of :meth:`between`'s mentions whose ``via`` is not ``skip_via``, found
        from the end (a reader that wants only the nearest name does not build them all)."""
        starts, ends, rest = self.starts, self.ends, self.rest
        i = bisect.bisect_left(starts, end) - 1
        while i >= 0 and starts[i] >= start:
            if ends[i] <= end and rest[i][2] != skip_via:
                return Mention(starts[i], ends[i], *rest[i])
            i -= 1
        return None

    def drop(self, start: int, end: int) -> None:
        """Remove the mentions that lie inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        keep = [j for j in range(lo, hi) if self.ends[j] > end]
        self.starts[lo:hi] = array.array("q", [self.starts[j] for j in keep])
        self.ends[lo:hi] = array.array("q", [self.ends[j] for j in keep])
        self.rest[lo:hi] = [self.rest[j] for j in keep]


@attrs.define
class _Draft:
    """An actor while the document is being read; frozen into :class:`Actor` at the end."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    region: str | None = None
    parent: str | None = None
    role: str | None = None
    aliases: dict[str, None] = attrs.field(factory=dict)
    tokens: tuple[str, ...] = ()

    def freeze(self) -> Actor:
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            country=self.country,
            region=self.region,
            aliases=tuple(self.aliases),
            parent=self.parent,
            role=self.role,
        )


# ---------------------------------------------------------------------------------------------
# vocabularies (data files, loaded once)
# ---------------------------------------------------------------------------------------------


@functools.cache
def _heads() -> dict[str, tuple[ActorKind, str]]:
    return {
        row["head"]: (ActorKind(row["kind"]), row["position"])
        for row in _lexicon.table("actor_heads.tsv")
    }


def _owned_head(head: str | None) -> bool:
    """Whether ``head`` makes a name only after its owner's possessive ("Division", "Board")."""
    return head is not None and _heads().get(head, (None, ""))[1] == "owned"


def _owned_end(m: re.Match[str]) -> bool:
    """Whether the name ``m`` ends in an owned head, not in a head of two words that ends in
    one ("Fairfax County School Board", "Chicago Board of Education" are names)."""
    return _owned_head(m["end"]) and " ".join(m.group().rsplit(" ", 2)[-2:]) not in _heads()


def _org_names(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The pattern-made names of ``text[start:end]``; one ending in an owned head with no
    possessive inside gives way to the name before its head ("Kenya Revenue Authority Board
    chair": the Authority), or to none ("the Mobile Division"), as does one whose head opens a
    title ("ICT Cabinet Secretary")."""
    pattern = _org_pattern()
    special = _special_end_heads()
    out: list[re.Match[str]] = []
    for m in pattern.finditer(text, start, end):
        cut = _possessive_after_of(m.group())
        if cut is not None:
            # "Commonwealth Bank of Australia's chief", "the University of Otago's IT team":
            # the name ends before its possessive
            inner = pattern.match(text, m.start(), m.start() + cut)
            if inner is not None:
                out.append(inner)
            continue
        head = m["end"]
        if head not in special or (
            not _head_of_title(text, m, end)
            and (
                not _owned_end(m) or _POSSESSIVE_INSIDE.search(text, m.start(), m.end())
            )
        ):
            out.append(m)
            continue
        inner = pattern.match(text, m.start(), m.start("end") - 1)
        if inner is not None:
            out.append(inner)
    return out


#: A possessive after a name's "of", on a proper noun ("Otago's", "Korea's"), not on a plural
#: common noun a body's own name holds ("Ministry of Women's Affairs", "People's").
_POSSESSIVE_AFTER_OF = lazy(
    r"[ ]of[ ](?:[^'’]{0,60}?[ ])?(?!(?:Wo)?[Mm]en['’]|People['’]|Children['’])"
    r"[A-Z][\w-]{0,30}(?P<cut>['’]s)(?:[ ]|$)"
)


def _possessive_after_of(name: str) -> int | None:
    """Where a name that holds "of" ends before a possessive: at "'s" of "Bank of Korea's",
    "University of Otago's IT" (None where there is none)."""
    if " of " not in name or ("'s" not in name and "’s" not in name):
        return None
    m = _POSSESSIVE_AFTER_OF.search(name)
    if m is None:
        return None
    joint = name.rfind(" and ", 0, m.start("cut"))
    if joint > m.start() and name[joint + 5 : m.start("cut")] in _country_names():
        # "Office of the Australian Information Commissioner and Canada's Office of the
        # Privacy Commissioner": a country's possessive opens a second name, which the
        # coordination's split reads (not "Trade and Industry's")
        return None
    return m.start("cut")


@functools.cache
def _country_names() -> frozenset[str]:
    """The short names of the countries table: "New Zealand", "South Korea"."""
    return frozenset(row["name"] for row in _lexicon.table("countries.tsv"))


@functools.cache
def _special_end_heads() -> frozenset[str]:
    """The end heads _org_names looks at twice: owned heads and heads that open a title."""
    owned = {h for h, (_k, pos) in _heads().items() if pos == "owned"}
    return frozenset(owned | _title_heads())


#: The word right after a name: " Secretary" in "ICT Cabinet Secretary".
_NEXT_WORD = lazy(r"[ ]([A-Za-z]{2,14})\b")


def _head_of_title(text: str, m: re.Match[str], end: int) -> bool:
    """Whether a name's end head opens a title with the word after it: "Kenya's ICT Cabinet
    Secretary William Kabogo" names no "ICT Cabinet" (a "cabinet secretary" is a title)."""
    head = m["end"]
    if head not in _title_heads() or text[m.end() : m.end() + 1] != " ":
        return False
    word = _NEXT_WORD.match(text, m.end(), min(end, m.end() + 16))
    return word is not None and f"{head} {word.group(1)}".lower() in _title_set()


@functools.cache
def _title_heads() -> frozenset[str]:
    """The head words that open a title ("Cabinet" of "cabinet secretary")."""
    firsts = {t.split()[0] for t in _titles() if " " in t}
    return frozenset(h for h in _heads() if h.lower() in firsts)


@functools.cache
def _title_set() -> frozenset[str]:
    """The person titles, lower case, for a whole-title test."""
    return frozenset(_titles())


@functools.cache
def _opening_heads() -> tuple[str, ...]:
    """The head words that open a name ("Ministry of ..."), each with its space."""
    return tuple(h + " " for h, (_k, pos) in _heads().items() if pos in ("start", "both"))


@functools.cache
def _titles() -> tuple[str, ...]:
    return tuple(sorted(_lexicon.words("person_titles.txt"), key=len, reverse=True))


@functools.cache
def _title_words() -> frozenset[str]:
    """Single words of the title list ("minister", "gov", "prof"), to keep them out of names."""
    return frozenset(w.rstrip(".") for t in _titles() for w in t.split())


@functools.cache
def _descriptions() -> dict[str, tuple[str, tuple[str, ...]]]:
    out = {}
    for row in _lexicon.table("actor_descriptions.tsv"):
        out[row["match"]] = (row["target"], tuple(h for h in row["hint"].split("|") if h))
    for key, value in list(out.items()):
        if "data protection " in key:  # "Brazil's data-protection authority" as well
            out.setdefault(key.replace("data protection ", "data-protection "), value)
    return out


# ---------------------------------------------------------------------------------------------
# patterns
# ---------------------------------------------------------------------------------------------

# A pattern that opens with a look-behind is tried at every position of the sentence. Where a
# match can only begin with one of a few characters (a capital; "T", "t", "I" or "i"), a
# lookahead on them comes first (``_trie.lead`` builds one from a word list): the other
# positions fail on that one test (the same matches; measured 13-31% faster scans).

#: A name's word: a capital (Latin-1 and Latin Extended-A ones too: "Škoda Auto", "Åland
#: Bank"), or a digit then letters ("3M Company").
_CAP = (
    r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][\w'’&+.-]{0,30}"
    r"|[0-9][\w-]{0,10}[A-Za-z][\w-]{0,20})"
)
#: A word inside a name, after its first: also a camel-case word ("Information and
#: eGovernment Authority"; never a name's first word, so a scan tries no lower-case start).
_CAP_INNER = r"(?:[A-Z][\w'’&+.-]{0,30}|[0-9][\w-]{0,10}[A-Za-z][\w-]{0,20}|[a-z][A-Z][\w-]{1,20})"
#: A family name then a hyphenated given name: "Lee Jae-myung", "Lai Ching-te" (romanised
#: Korean or Wade-Giles, never mainland pinyin, which writes "Guo Jiakun" as one word).
_HYPHENATED_GIVEN = lazy_re(r"[A-Z][a-z]{1,7}[ ][A-Z][a-z]{0,6}-[a-z]{1,7}")
#: Where news writes given names with a hyphen: both Koreas, Taiwan, Hong Kong, Macao.
_HYPHENATED_NAME_COUNTRIES = frozenset({"KR", "KP", "TW", "HK", "MO"})
#: "of"/"in"/"from" and a place after a name, past its bracketed acronym: " of Ghana", " (CSA)
#: of Ghana", ", in Jiangsu Province".
_PLACE_OF_AFTER = lazy(r"(?:[ ]\([A-Z][A-Za-z&.-]{1,11}\))?,?[ ](?:of|in|from)[ ](?:the[ ])?")
#: A weekday, which "on" before it makes a date, never a name's word ("the Ministry of
#: Communications on Monday").
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
#: What joins a name's capitalised words: a space, or a particle ("of the", "de", "bin" in
#: "Mohammed bin Rashid University", "do" in "Banco do Brasil").
_JOIN = (
    r"(?:[ ](?:of|and|for|on(?![ ]" + _WEEKDAY + r")|the|de|du|des|da|do|dos|das|del|la|le|per|"
    r"für|bin|ibn|&|of the|and the|for the|on the)[ ]|[ ])"
)


@functools.cache
def _title_gate() -> re.Pattern[str]:
    """Any title or role word: without one, no "Gov. X" or "X, CEO of Y" pattern can match."""
    return re.compile(r"(?<![\w-])(?:" + _title_alt() + r")(?![\w-])")


#: The verbs after a name that make it a speaker ("Burke said"); the reporting gate adds
#: "according" for "according to X".
_PERSON_REPORTING = (
    "said", "says", "told", "wrote", "added", "noted", "argued", "stated", "explained", "claimed",
    "warned", "stressed", "emphasized", "asserted", "called", "described", "dubbed",
    "denied", "insisted", "confirmed", "replied", "admitted", "acknowledged", "accused",
    "dismissed", "asked", "cautioned", "emphasised", "posted", "tweeted", "conceded", "responded",
    "countered", "maintained", "predicted", "suggested", "reiterated",
)  # fmt: skip
_GATE_REPORTING = (*_PERSON_REPORTING, "according")
#: The words before a speaker's name ("said Sung Kim", "according to Nam Seok").
_REPORTING_BEFORE = ("said", "says", "according to")


@functools.cache
def _reporting_gate() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + trie_pattern(_GATE_REPORTING) + r")\b")


@functools.cache
def _gate_words() -> dict[str, frozenset[str]]:
    """For each gated family of patterns, the words one of which a sentence must hold."""
    return {
        "head": first_words(_heads()),
        "title": first_words(_titles()),
        "reporting": first_words(_GATE_REPORTING),
        "reporting_after": first_words(_PERSON_REPORTING),  # "Burke said"
        "reporting_before": first_words(_REPORTING_BEFORE),  # "said Sung Kim"
        "plural": first_words(_PLURAL_TITLES),
        "distributive": first_words(_DISTRIBUTIVE_HEADS),
        "short": first_words(_SHORT_HEADS),
        "description": _description_words(),
    }


def _description_words() -> frozenset[str]:
    """The last word of each description ("privacy watchdog", "data protection authority"),
    the head of each new body ("data bureau") and of each company unit ("research lab"): a
    sentence without one holds no description a place or company can own."""
    return last_words(_descriptions()) | last_words(_NEW_BODY_KINDS) | last_words(_UNIT_HEADS)


@functools.cache
def _head_gate() -> re.Pattern[str]:
    """Any organisation head word: a sentence without one has no pattern-made name."""
    heads = _heads()
    return re.compile(lead(heads) + r"(?<![\w-])(?:" + trie_pattern(heads) + r")(?![\w-])")


@functools.cache
def _org_pattern() -> re.Pattern[str]:
    """Capitalised names ending in (or opening with) an organisation head word."""
    heads = _heads()
    end_heads = [h for h, (_k, pos) in heads.items() if pos in ("end", "both", "owned")]
    start_heads = [h for h, (_k, pos) in heads.items() if pos in ("start", "both")]
    end_alt = trie_pattern(end_heads)
    start_alt = trie_pattern(start_heads)
    return re.compile(
        rf"""
        (?<![\w.-])(?<!\w[’'])
        (?:
          # Ministry of Trade, Industry and Energy / Department of Home Affairs / Bank of Korea
          (?P<start>(?:{start_alt}))[ ](?:of|for|on)[ ](?:the[ ])?
            {_CAP}(?:{_JOIN}{_CAP_INNER}){{0,6}}
            # a comma list of portfolios ends in "and X": "Trade, Industry and Energy", not
            # "Home Affairs, Stephanie Foster"
            (?:(?:,[ ]{_CAP}(?:[ ]{_CAP}){{0,2}}){{1,4}},?[ ](?:and|&)[ ]
               {_CAP}(?:[ ]{_CAP}){{0,2}})?
        |
          # Korea Development Bank / National Police Agency / Tianjin AI Computing Center
          {_CAP}(?:{_JOIN}{_CAP_INNER}){{0,7}}[ ](?P<end>(?:{end_alt}))
            (?:[ ](?:of|for)[ ](?:the[ ])?{_CAP}(?:(?:[ ]|[ ](?:and|&|of|of[ ]the)[ ]){_CAP}){{0,4}}
              # "Federal Ministry of Communications, Innovation and Digital Economy"
              (?:(?:,[ ]{_CAP}(?:[ ]{_CAP}){{0,2}}){{1,4}},?[ ](?:and|&)[ ]
                 {_CAP}(?:[ ]{_CAP}){{0,2}})?)?
        )
        (?![\w’'-])
        """,
        re.VERBOSE,
    )


#: The capitals and small letters of a name, Latin accents included: "Müller", "Gonçalves",
#: "Kacır", "Paweł", "Nguyễn" (the Latin Extended blocks hold both cases, which is harmless
#: inside a capitalised name).
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u1e00-\u1eff"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u01a0-\u01b0\u1e00-\u1eff"
_NAME_TOKEN = (
    rf"(?:[{_UPPER}][{_LOWER}]{{1,20}}(?:[{_UPPER}][{_LOWER}]{{1,20}})?"
    rf"(?:-[A-Za-z][{_LOWER}]{{0,18}})?|[A-Z]\.)"
)
#: A person's name: two or three tokens (a particle may stand between two), and a fourth
#: after an Arabic family particle: "Omar Sultan Al Olama", "Abdullah bin Sharaf Al Ghamdi".
_PERSON_NAME = (
    rf"(?:{_NAME_TOKEN}(?:[ ](?:bin[ ])?{_NAME_TOKEN})?[ ](?:Al|El|Abu|Bin|bin|bint|ibn)[ ]"
    rf"{_NAME_TOKEN}|{_NAME_TOKEN}(?:[ ](?:de|van|von|bin|al|da|der|le)?[ ]?{_NAME_TOKEN}){{1,2}})"
)


@functools.cache
def _title_alt() -> str:
    return trie_pattern(
        list(_titles())
        + [t.capitalize() for t in _titles()]
        + [t.title() for t in _titles()]
        + [t.upper() for t in _titles() if len(t) <= 4]
    )


#: A named owner before a role: "Germany's", "Home Affairs'" (up to four capitalised words of
#: at most 31 characters: an attempt at each capital of "Aa.Aa.Aa..." reads a bounded stretch).
_OWNER = r"[A-Z][\w&.-]{0,30}+(?:[ ][A-Z][\w&.-]{0,30}+){0,3}(?:['’]s|(?<=s)['’])"


#: A courtesy title before a name, with or without its stop ("Dr Benjamin Ang", "Mr. Lee"):
#: not part of the name, and no role.
_HONORIFIC = (
    r"(?:(?:Mr|Mrs|Ms|Mdm|Dr|Prof|Professor|Sir|Dame)\.?[ ]"
    # a military rank, abbreviated, one or two words: "Lt. Col.", "Rear Adm.", "Gen."
    r"|(?:(?:Lt|Col|Gen|Maj|Capt|Cmdr|Adm|Brig|Sgt|Rear)\.?[ ]){1,2})?"
)
#: A body's capitalised name after a person's ("of the Center for Strategic and International
#: Studies", "at Bernstein"), before the person's reporting verb.
_BODY_AFTER_NAME = r"[A-Z][\w&.’'-]*(?:[ ](?:(?:of|and|for|&)[ ](?:the[ ])?)?[A-Z][\w&.’'-]*){0,6}"


@functools.cache
def _person_patterns() -> tuple[re.Pattern[str], ...]:
    titles = _title_alt()
    return (
        # "Gov. Kathy Hochul", "LG AI Research head Bae Kyung-hoon", "spokesperson Guo Jiakun"
        re.compile(rf"(?<![\w-])(?P<title>{titles})[ ](?P<name>{_PERSON_NAME})(?![\w-])"),
        # "Sung Kim, CEO of AI startup Upstage" / "Nam Seok, head of ..."
        re.compile(
            rf"(?=[{_UPPER}])(?<![\w-]){_HONORIFIC}(?P<name>{_PERSON_NAME}),[ ]"
            rf"(?P<role>(?:(?:a|an|the|its|his|her)[ ])?"
            rf"[^,.;:“”\"]{{0,60}}?\b(?:{titles})\b[^,;:“”\"]{{0,120}}?)(?=[,.;:]|[ ](?:said|says|"
            rf"told|wrote|added)\b|$)"
        ),
        # "the secretary of the Department of Home Affairs, Stephanie Foster," / "Germany's data
        # protection commissioner, Meike Kamp,"
        re.compile(
            rf"(?=[A-Zatih])(?<![\w-])(?P<role>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
            rf"{_OWNER})[ ]"
            rf"[^,.;:“”\"]{{0,60}}?\b(?:{titles})\b"
            rf"[^,;:“”\"]{{0,80}}?),[ ]{_HONORIFIC}(?P<name>{_PERSON_NAME})(?=[,.;:]|[ ]\w)"
        ),
        # "Burke said", "said Sung Kim", "Vaishnaw told reporters", "Jim Lewis of the Center
        # for Strategic and International Studies said" (the body is read as the parent), "Choi
        # Jang-hyuk, 52, told reporters" (an age in apposition)
        re.compile(
            rf"(?=[{_UPPER}])(?<![\w-]){_HONORIFIC}(?P<name>{_PERSON_NAME})"
            rf"(?:[ ](?:of|at|from)[ ](?:the[ ])?{_BODY_AFTER_NAME}|,[ ][1-9][0-9],)?"
            # (a time between: "James Paterson on Tuesday called", "... last week said")
            r"(?:[ ]on[ ](?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[ ](?:last|this)[ ]week"
            r"|[ ](?:earlier|yesterday|today|also|again|then))?[ ]"
            rf"(?:{'|'.join(_PERSON_REPORTING)})\b"
            # ("Clifford Chance told its lawyers ...": a body that tells its own people, a
            # firm named for people)
            r"(?![ ]its[ ](?:own[ ])?(?:staff|employees|lawyers|associates|partners|members|"
            r"workers|personnel|consultants|bankers|doctors|clients)\b)"
        ),
        re.compile(
            rf"{lead(_REPORTING_BEFORE)}\b"
            rf"(?:{'|'.join(w.replace(' ', '[ ]') for w in _REPORTING_BEFORE)})[ ]"
            rf"{_HONORIFIC}(?P<name>{_PERSON_NAME})(?![\w-])"
        ),
        # "Meike Kamp, who heads Berlin's data protection office, said ...": a person's
        # relative clause (a company's is "which"), whose body is the person's organisation
        re.compile(
            rf"(?=[{_UPPER}])(?<![\w-])(?P<name>{_PERSON_NAME}),[ ]who[ ]"
            r"(?P<clause>[^,.;:“”\"]{3,100}),"
        ),
    )


_PLURAL_TITLES = {
    "Senators": "Senator",
    "Sens.": "Senator",
    "Representatives": "Representative",
    "Reps.": "Representative",
    "Governors": "Governor",
    "Govs.": "Governor",
    "Ministers": "Minister",
    "lawmakers": "lawmaker",
    "Lawmakers": "lawmaker",
    "legislators": "legislator",
    "senators": "senator",
}
#: A name with a US legislator's party and state after it: "Josh Gottheimer, D-N.J.,".
#: Or with them in words: "Josh Gottheimer, a New Jersey Democrat,", "..., a Democrat,".
_TAGGED_NAME = (
    rf"{_PERSON_NAME}(?:,[ ][DRI]-[A-Z][A-Za-z.]{{1,8}},?|[ ]\([DRI]-[A-Z][A-Za-z.]{{1,8}}\)"
    r"|,[ ]an?[ ](?:[A-Z][\w.-]*[ ]){0,3}(?:Democrat|Republican|Independent)(?![\w-]))?"
)
_PLURAL_TITLED = lazy_re(
    lead(_PLURAL_TITLES)
    + r"(?<![\w-])(?P<title>"
    + "|".join(regex.escape(t) for t in _PLURAL_TITLES)
    + rf")[ ](?P<names>{_TAGGED_NAME}(?:,[ ]{_TAGGED_NAME}){{0,4}},?[ ]and[ ]{_TAGGED_NAME})"
    r"(?![\w-])"
)
_NAME_IN_LIST = lazy_re(_PERSON_NAME)
#: The rest of a law's title after a name in it: "... on Government Devices Act".
_IN_ACT_TITLE = lazy_re(r"(?:[ ](?:on|of|for|to|and|the|in|from|[A-Z][\w-]*)){1,7}[ ]Act\b")
#: What opens a law's title before a name in it: "No", "Stop", "Ban".
_ACT_TITLE_OPENS = lazy_re(r"\b(?:No|Stop|Ban|Block|Protecting|Protect|Keep)[ ]$")
#: A body's head and "of" right before a capitalised phrase: the phrase ends its name.
_BODY_OF_BEFORE = lazy_re(
    r"\b(?:Ministry|Department|Office|Bureau|Agency|Commission|Committee|Council|University|"
    r"Institute|Academy|Administration|Authority|Board|Centre|Center)[ ]of[ ](?:the[ ])?$"
)
_PERSON = lazy_re(_PERSON_NAME)
#: A name right after a description, which is then its title: "(the state broadcaster) CCTV",
#: "(the telecom regulator) Kominfo" (not a day or month: "the ministry Tuesday said").
_NAME_AFTER_TITLE = lazy_re(
    r"[ ](?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][\w&.-]*"
)
#: "Minister of Digital Affairs Huang Yen-nun": a title, "of", then capitalised words that
#: hold the portfolio and the name (split by :meth:`ActorIndex._titled_by_portfolio`).
_MINISTER_OF = lazy_re(
    r"(?<![\w-])(?:Vice[ ]|Deputy[ ])?(?:Minister|Secretary)[ ](?:of|for)[ ](?:the[ ])?"
    rf"(?P<rest>[A-Z][\w&]*(?:,?[ ](?:and[ ]|&[ ])?[{_UPPER}][\w&-]*){{2,9}})(?=[ ,]|$)"
)

_DISTRIBUTIVE_HEADS = {
    "financial groups": "Financial Group",
    "banks": "Bank",
    "universities": "University",
    "hospitals": "Hospital",
    "prefectures": "Prefecture",
    "provinces": "Province",
    "motors": "Motor",
}
_DISTRIBUTIVE = lazy_re(
    r"(?=[A-Z])(?<![\w&.-])(?P<items>[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,2}(?:(?:,[ ]|"
    r",?[ ]and[ ])[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,2}){1,6})"
    r"[ ](?P<head>financial[ ]groups|banks|universities|hospitals|prefectures|provinces)\b"
)
_PORTFOLIO = lazy(
    r"(?:(?:Acting|Deputy|Vice|Junior|State|Former)[ ])?(?P<field>[A-Z][\w&]*(?:[ ](?:and[ ]|"
    r"&[ ])?[A-Z][\w&]*){0,4})[ ](?:Minister|Secretary)"
)
#: "Minister of Digital Affairs": the portfolio after the title.
_PORTFOLIO_AFTER = lazy(
    r"(?:(?:Vice|Deputy)[ ])?(?:Minister|Secretary)[ ]of[ ](?:the[ ])?"
    r"(?P<field>[A-Z][\w&]*(?:[ ](?:and[ ]|&[ ])?[A-Z][\w&]*){0,4})"
)
#: A sentence that opens on a place: "In Poland, ", "Elsewhere in Denmark, ".
_FRONTED_PLACE = lazy(
    r"(?:(?:Meanwhile|Elsewhere|Separately|Also),?[ ])?(?:[Ii]n|[Aa]cross|[Ff]or)[ ]"
    r"(?P<place>(?:the[ ])?[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3}),[ ]"
    # or a dateline's country: "SANTIAGO, Chile — (the Ministry of Science ...)"
    r"|[A-Z][A-Z.’'-]+(?:[ ][A-Z][A-Z.’'-]+){0,2},[ ]"
    r"(?P<place>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,2})[ ](?:—|–|--|-)[ ]"
)
#: The kinds of a public body whose name other countries' bodies may share.
_PLACE_KINDS = frozenset([ActorKind.COUNTRY, ActorKind.SUBNATIONAL_GOVERNMENT])
#: The words a leader's government goes by, as a sentence's words (the gate of
#: _LEADERS_BODY).
_LEADERS_BODIES = frozenset(["government", "cabinet", "administration"])
#: A person's possessive before the government the person heads: "Fiala's cabinet",
#: "Prime Minister Anthony Albanese's government".
_LEADERS_BODY = lazy_re(r"(?:’s|'s)[ ](?P<body>government|cabinet|administration)\b")
#: What a person's role can name to give the person's country: a place, or the Union ("EU
#: tech chief").
_ROLE_PLACE_KINDS = _PLACE_KINDS | {ActorKind.INTERNATIONAL}
#: Capitalised nouns that stand for the country in context as a body's owner: "the
#: Kingdom's National Cybersecurity Authority" (Gulf and other national media).
_COUNTRY_NOUNS = frozenset(["Kingdom", "Republic", "Emirate", "Sultanate", "Country", "Nation"])
#: Kinds whose place after "of" is part of their name: "National University of Singapore" (a
#: public body's is its country's qualifier: "Cyber Security Agency of Singapore").
_OWN_PLACE_KINDS = frozenset([ActorKind.ORGANIZATION, ActorKind.COMPANY])
#: Kinds that are no person's organisation when named in the person's role.
_NOT_PARENT_KINDS = frozenset(
    [ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.SUBNATIONAL_GOVERNMENT]
)
_BODY_KINDS = frozenset([ActorKind.GOVERNMENT_AGENCY, ActorKind.REGULATOR, ActorKind.LEGISLATURE])
_POSSESSIVE_INSIDE = lazy(r"(?:'s|’s|s’|s')[ ]")
_ABBREVIATED_END = lazy(r"(?:\b(?:Co|Inc|Corp|Ltd|Jr|Sr|Bros|No)|(?:\b[A-Z]\.){2,})$|\b[A-Z]\.$")
_SURNAME = lazy(
    # (an inner capital: "LaHood", "McKay", "DeSantis")
    rf"(?<![\w’'.-])[{_UPPER}][{_LOWER}]{{1,20}}(?:[{_UPPER}][{_LOWER}]{{1,20}})?"
    rf"(?:-[a-z]{{2,12}})?(?![\w’'-]|[.][A-Z])"
)
_ACRONYM_DEF = lazy(r"[ ]?\((?P<acr>[A-Z][A-Za-z0-9&+.-]{1,12}|[A-Z][a-z]{2,20})\)")
_POSSESSIVE = lazy(r"^(?:'s|’s|’|')")
#: An office after a description's possessive: "(Virginia's governor)'s office".
_OFFICE_AFTER = lazy(r"(?:'s|’s)[ ]office(?![\w-])")
#: An officer after an owner's possessive, who then speaks: "'s chief executive said", "'s
#: president, Lu Weibing, told" (the owner is the body a short form after it means).
_OWNERS_OFFICER = lazy(
    r"(?:'s|’s)[ ](?:[a-z-]+[ ]){0,2}(?:president|chairman|chairwoman|chair|boss|CEO|founder|"
    r"spokesperson|spokesman|spokeswoman|executive|officer|director|head)\b"
    r"(?:,[ ][^,]{1,40},)?(?:[ ][A-Z][\w.-]*){0,3}[ ](?:said|says|told|tells|added|wrote)\b"
)
_POSSESSIVE_GAP = lazy(r"(?:'s|’s|’|')[ ]")
#: A byline that names one person and nothing else: "By Glenn Youngkin".
_BYLINE_AUTHOR = lazy_re(
    r"[ \t]*(?:By|BY)[ ](?P<name>[A-Z][\w.’'-]+(?:[ ][A-Z][\w.’'-]+){1,3})[ \t]*"
)
#: How many of a text's first paragraphs may hold its byline.
_BYLINE_PARAGRAPHS = 4
#: The kinds of a national body whose "its" may name another body of its country.
_NATIONAL_BODY_KINDS = frozenset(
    [ActorKind.GOVERNMENT_AGENCY, ActorKind.REGULATOR, ActorKind.LEGISLATURE]
)
#: A court right after a place's name, or "in" after a court right before it: the place
#: only says where the court sits ("a Seoul court", "an administrative court in Seoul").
_COURT_AFTER = lazy_re(
    r"[ ](?:(?:administrative|district|regional|high|appeals?|appellate|federal|civil|"
    r"criminal|commercial|supreme|local|top)[ ]){0,2}(?:court|courts|tribunal|judge|judges)\b"
)
_COURT_IN_BEFORE = lazy_re(r"\b(?:court|courts|tribunal|judge|judges)[ ]in[ ](?:the[ ])?$")
#: A private body or people a place only locates, after it: "a Washington think tank", "a
#: Beijing start-up", "Seoul analysts" (not "Beijing officials", who speak for a government).
_PRIVATE_HEAD_AFTER = lazy_re(
    r"[ ](?:(?:law|tech|technology|AI|security|consulting|research|investment|venture)[ ])?"
    r"(?:think[ ]tanks?|start-?ups?|firms?|compan(?:y|ies)|consultanc(?:y|ies)|universit(?:y|ies)|"
    r"newspapers?|broadcasters?|investors?|analysts?|lawyers?|researchers?|academics?|"
    r"brokerages?|hospitals?)\b"
)
#: How a place can be named before a description: "Italy's", "Italian", "Seoul's".
_PLACE_ROLES = ("name", "adjective", "capital")
#: The roles of a name that owns a body in its possessive: "South Korea's ...", "Abu Dhabi's
#: Department of ..." (a capital), not "Women's".
_OWNER_ROLES = ("name", "capital")
#: The head nouns of a short form ("the ministry", "its regulator", "the Chinese startup").
_SHORT_HEADS = (
    "ministry", "commission", "commissioner", "committee", "department", "agency", "regulator",
    "watchdog", "authority", "company", "firm", "group", "bank", "startup", "start-up",
    "government", "cabinet", "bureau", "center", "centre", "hospital", "state", "city",
    "prefecture", "province", "council", "office", "party", "service", "police", "navy", "military",
    "university", "institute", "lab", "developer", "operator", "carmaker", "automaker",
    "chipmaker", "maker", "insurer", "lender", "telecom", "carrier", "platform", "giant",
    "country", "nation", "pair", "administration", "authorities", "district", "county",
    "municipality",
    # translated press: "the organ" (a public body, Portuguese "órgão"), "the entity"
    "organ", "entity",
    # bodies outside government: "the school" (a university), "the union", "the association",
    # "the library", "the church" (not "the fund": a fund is often named without the word,
    # "ABP, the Netherlands' largest pension fund", and "the fund" would pass it over)
    "school", "union", "association", "federation", "library", "league", "church",
)  # fmt: skip
#: Heads of a short form that may mean a firm introduced without a name ("a local firm").
_UNNAMED_FIRM_HEADS = frozenset(
    ("company", "firm", "startup", "start-up", "developer", "operator", "maker", "vendor")
)
#: A firm introduced without a name, as an argument: "(to) a local software firm", "(hired)
#: an outside company" (the word before is read to tell a description: "is a start-up").
_INDEFINITE_FIRM = lazy_re(
    r"(?<![\w’'-])(?P<prev>[\w’']+)[ ]an?[ ]"
    # (modifiers only: not "a review by the company")
    r"(?:(?!(?:the|an?|of|by|for|to|in|on|at|with|from|its|their|and|or)[ ])[\w-]+[ ]){0,3}?"
    r"(?P<head>company|firm|startup|start-up|developer|operator|maker|vendor)(?![\w-])"
)
#: Words before such a phrase that make it a description of a name, not a new firm: "is a
#: start-up", "as a company", "became a maker".
_PREDICATIVE_BEFORE = frozenset(
    ("is", "was", "are", "were", "be", "been", "being", "as", "remains", "remained", "became",
     "becomes", "become", "like", "such", "calls", "called", "described", "considered",
     "seen", "into", "than", "quite", "what", "not")
)  # fmt: skip
#: What sets a name beside a firm introduced: ", " or " called " / " named ".
_NAMED_BESIDE = lazy_re(r",[ ]|[ ](?:called|named)[ ]")
#: A person's own body: "her office", "his ministry".
_PERSONS_BODY = lazy_re(
    r"(?<![\w-])(?:[Hh]is|[Hh]er)[ ](?:office|ministry|department|agency|team|company|firm|"
    r"government|administration|commission|committee)(?![\w-])"
)


def _has_his_her(words: frozenset[str]) -> bool:
    return "his" in words or "her" in words


#: Short forms a place inside may qualify: "the Hangzhou lab", "the Shenzhen company".
_PLACED_SHORT_HEADS = frozenset(
    ["lab", "startup", "start-up", "company", "firm", "developer", "group", "giant", "maker"]
)
#: Between a place's short form and a name it owns: "(the country)'s consumer association (VKI)".
_OWNED_NAME_GAP = lazy_re(r"(?:'s|’s)[ ](?:[a-z-]+[ ]){0,3}")
#: The heads of a short form that names a place ("the state", "the city"), which may take
#: "government" after them (and which a place named as a modifier may answer: see
#: ``_antecedent``).
_PLACE_SHORT_HEADS = frozenset(
    [
        "state", "city", "province", "prefecture", "region", "county", "country", "emirate",
        "territory", "district", "municipality",
    ]
)  # fmt: skip
#: A place a sentence opens on, up to its comma: "In Inner Mongolia, ", "Meanwhile in Texas, ".
_FRONTED_IN_PLACE = lazy_re(
    r"(?:In|Meanwhile[ ]in|Elsewhere[ ]in|Over[ ]in)[ ](?:the[ ])?"
    r"(?P<who>[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,3}),[ ]$"
)
#: Words that make "Brussels" the European Union's seat rather than Belgium's capital.
_EU_CONTEXT = lazy_re(
    r"\b(?:EU|E\.U\.|European[ ](?:Union|Commission|Parliament)|the[ ]bloc|bloc’s|bloc's|"
    r"(?:in|across|throughout)[ ]Europe)(?![\w-])"
)
#: How far before a sentence the Union's name still makes "Brussels" its seat.
_EU_CONTEXT_REACH = 600
#: " of " and a name after a short form's head: "(the trade commission) of France" (not
#: a possessive: "the operator of Korea's dominant messenger app" describes a firm named).
_OF_A_NAME = lazy_re(r"[ ]of[ ](?:the[ ])?[A-Z][\w.-]*+(?!’s|'s)")
_SHORT_FORM = lazy_re(
    r"(?=[TtIi])(?<![\w-])(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)[ ]"
    r"(?:(?:same|new|[A-Za-z]+-based|tech|state-run|consumer|advocacy|industry|lobby|rights|"
    r"campaign|trade|internet|online|e-commerce|software|gaming|"
    r"[Cc]hinese|local|national|federal|central|[A-Z][a-z]+(?:’s|'s)?|AI|"
    # (any trade before a firm's head: "the oil giant", "the phone maker", "the energy firm")
    r"(?!(?:the|a|an|its|their|this|that|of|and|or|to|in|on|for|by|with|as)[ ])"
    r"[a-z][a-z-]{1,15}(?=[ ](?:[a-z-]+[ ])?(?:giant|maker|firm|company)(?![\w-])))[ ]){0,2}"
    # (a decision's capitalised reference right after "The": "The Authority has ordered",
    # "the Commission's guidance")
    # ("the Cabinet": a government's own, capitalised as a name)
    r"(?P<head>" + "|".join(_SHORT_HEADS) + r"|(?<=[Tt]he[ ])(?:Authority|Regulator|Cabinet|"
    r"Commission|Ministry|Agency|Department|Committee))"
    r"(?![\w-])"
    # (not a modifier of a body's noun after it: "its government data bureau")
    r"(?![ ](?:[a-z-]+[ ]){0,2}(?:bureau|agency|office|department|ministry|centre|center|"
    r"commission|committee|council|authority|administration|unit|division)(?![\w-]))"
    # (nor "the entity list", a list of barred firms)
    r"(?<!entity(?=[ ][Ll]ist))"
)
#: A preposition right before a word: "that" after one is a determiner ("of that government"),
#: after a verb a conjunction ("said that government agencies ...").
_PREP_RIGHT_BEFORE = lazy_re(r"(?<![\w-])(?:of|in|by|for|with|to|from|on|at|about|against)[ ]$")
_MINISTRY_LIST = lazy_re(
    r"(?=[A-Zmd])(?<![\w.-])(?:(?P<adj>[A-Z][\w.]+(?:[ ][A-Z][\w.]+)?)[ ])?"
    r"(?P<word>[Mm]inistries|[Dd]epartments|ministry|department)[ ]of[ ]"
    r"(?P<items>[A-Z][\w&-]*(?:(?:[ ]|,[ ]|,?[ ]and[ ]|[ ]of[ ])(?:the[ ])?[A-Z][\w&-]*){0,15})"
)


@functools.lru_cache(maxsize=4)
def _field_lists(fields: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Lists of ministries in lower case, made of the words of ``fields``
    (:meth:`~deepseek_policy.gazetteer.Gazetteer.body_fields`): "ministries of foreign
    affairs, defense, and trade, industry and energy", "several ministries, including
    defence and foreign affairs" and "the foreign and defense ministries". The words bound the
    list, so it stops before the verb; a list that ends in its own noun ("several ministries,
    including the trade and defence ministries") is the second form's, not the first's."""
    field = trie_pattern(sorted(fields))
    one = rf"(?:{field})(?:[ ](?:{field})){{0,3}}(?![\w-])"
    joined = rf"{one}(?:(?:,[ ]|,?[ ]and[ ])(?:the[ ])?{one}){{1,8}}"
    after = re.compile(
        rf"(?<![\w-])(?P<word>ministries|departments)(?:[ ]of|,?[ ](?:including|such[ ]as))[ ]"
        rf"(?:the[ ])?(?P<items>{joined})(?![ ](?:ministries|departments)\b)"
    )
    before = re.compile(rf"(?<![\w-])(?P<items>{joined})[ ](?P<word>ministries|departments)\b")
    return after, before


@functools.lru_cache(maxsize=4)
def _field_single(fields: frozenset[str]) -> re.Pattern[str]:
    """One body in lower case, made of the words of ``fields`` (see :func:`_field_lists`):
    "ministry of electronics and information technology", "department of homeland
    security" (not "the ministry of finance and the foreign ministry": the list stops before
    another body's noun)."""
    field = trie_pattern(sorted(fields))
    one = rf"(?:{field})(?:[ ](?:{field})){{0,3}}(?![\w-])"
    return re.compile(
        rf"(?<![\w-])(?P<word>ministry|department)[ ]of[ ](?:the[ ])?"
        rf"(?P<items>{one}(?:(?:,[ ]|,?[ ]and[ ]){one}){{0,6}})"
        rf"(?![ ](?:ministry|department|minister)\b)"
    )


#: A place after a body's name in lower case: " of Indonesia", " of the United States".
_OF_PLACE_AFTER = lazy_re(r"[ ]of[ ](?:the[ ])?(?P<place>[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,3})")

#: One field of a list such as "foreign and national defense": a run of words between commas
#: and "and".
_FIELD_SPLIT = lazy_re(r"(?<![\w-])(?!and\b)[a-z][\w-]*(?:[ ](?!and\b)[a-z][\w-]*)*")


def _title_fields(items: str) -> str:
    """ "foreign affairs, defense and trade" -> "Foreign Affairs, Defense and Trade" (the
    same length, so offsets into it stay those of the text)."""
    return " ".join(
        w if w in ("and", "the", "of") else w[:1].upper() + w[1:] for w in items.split(" ")
    )


#: A preposition a few words before a place ("servers in China", "data from the U.S.").
_AFTER_PREPOSITION = lazy_re(r"(?:in|to|from|of|with|by)[ ](?:the[ ])?[\w. ]{0,25}$")
#: A member noun after a union or alliance: "G7 country", "EU member states", "NATO allies".
_MEMBER_NOUN = lazy_re(
    r"[ ](?:country|countries|nation|nations|member|members|state|states|ally|allies|"
    r"government|governments)\b"
)
#: Bodies of their own that a service's or network's name only groups: "NHS trusts", "NHS
#: foundation trusts" (each decides for itself; not "Samsung employees", its own staff).
_MEMBER_BODIES_AFTER = lazy_re(r"[ ](?:foundation[ ])?trusts\b|[ ]health[ ]boards\b")
#: A possessive followed by a name ("Dongfeng’s Voyah brand"): the owner only modifies it.
_POSSESSED_NAME = lazy_re(
    r"(?:’s|'s)[ ](?:[a-z-]+[ ]){0,2}?"
    # (not a unit whose initials open it: "Samsung's IT department" acts for Samsung, "the
    # European Parliament's IT service" for the Parliament)
    r"(?!(?:IT|HR|AI|ICT)[ ](?:[a-z]+[ ])?(?:department|team|division|unit|office|staff|desk)\b"
    r"|(?:IT|ICT)[ ]services?\b)"
    r"[A-Z]"
)
#: A clause break just before a mention ("..., and the ministry", "; Seoul").
_CLAUSE_JOIN_END = lazy_re(
    r"(?:[;]|,[ ](?:and|but|while)|[ ](?:and|but|while|whereas))[ ](?:the[ ])?$"
)
#: A place's name of up to three capitalised words, each of which may join capitalised parts
#: with hyphens and a short lower-case particle: "Rhineland-Palatinate", "North
#: Rhine-Westphalia", "Baden-Württemberg", "Hauts-de-France" (a word cut at its hyphen names
#: no place, so "Rhineland-Palatinate's data protection commissioner" was read as nothing).
_PLACE_WORD = r"[A-Z][\w.]*(?:-(?:[a-z]{1,3}-)?[A-Z][\w.]*)*"
_PLACE_NAME = rf"(?P<who>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}})"
_DESCRIPTION = lazy_re(
    r"(?=[tA-Z])(?<![\w.-])(?:(?P<det>[Tt]he)[ ])?"
    # a number or quantity word opens no place: "Two U.S. senators" is read from "U.S."
    r"(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Many|Most|All|Both|"
    r"Few|Other|Dozens|Hundreds)[ ])" + _PLACE_NAME
    # the place's head in lower case before its possessive: "Jiangsu province's health
    # commission" (the head was read as the description, and the body named nothing)
    + r"(?:[ ](?:province|prefecture|state|county|city|district|municipality)(?=’s|'s))?"
    r"(?P<poss>’s|'s|’|')?[ ]"
    # a sum of money between: "Norway's $1.8 trillion sovereign wealth fund"
    r"(?:(?:US|A|C|HK|S)?[$€£¥][0-9][0-9.,]*(?:[ ]?(?:billion|trillion|million|bn|tn))?[ ])?"
    r"(?P<desc>(?:(?:[a-z][a-z-]*|IT|ICT|AI)[ ]){0,3}[a-z][a-z-]*)(?![\w-])"
)
#: A description in title case after a place's possessive: "Canada's Privacy Commissioner"
#: (read only where the whole description is one of actor_descriptions.tsv, and no name
#: follows it: "Italy's Foreign Minister Antonio Tajani" is a person's title).
_TITLED_DESCRIPTION = lazy_re(
    r"(?=[tA-Z])(?<![\w.-])(?:(?P<det>[Tt]he)[ ])?"
    + _PLACE_NAME
    + r"(?P<poss>’s|'s)[ ](?P<desc>[A-Z][a-z-]+(?:[ ](?:and[ ])?[A-Z][a-z-]+){0,3})(?![\w’'-])"
    r"(?![ ][A-Z])"
)
#: A group of a place's body after its noun: "lawmakers in the Czech Republic" (the groups
#: that "Czech lawmakers" resolves to a body of the country, see actor_descriptions.tsv).
_GROUPS = ("lawmakers", "legislators", "senators", "parliamentarians", "congressmen", "mps")
_GROUP_WORDS = frozenset(_GROUPS)
#: A chamber named by its common word before its members: "House lawmakers", "House
#: Republicans" (not "the White House", "House of Lords" or "Freedom House").
#: The lower chamber first, then any "House of", then any House (a committee last).
_CHAMBER_HINT = ("House of Representatives", "House of Commons", "House of", "House")
_CHAMBER_GROUP = lazy_re(
    r"(?<![\w-])(?<!White[ ])(?P<chamber>House)(?:[ ](?:lawmakers|legislators|members|Democrats|"
    r"Republicans|leaders|Speaker|speaker|majority|minority)\b"
    # "the House" alone, as a subject or after "in": "The House has proposed ...", "a group
    # in the House" (not "the House of Lords", "the House Intelligence Committee")
    r"|(?<=\b[Tt]he[ ]House)(?=[,.;]|[ ](?!of\b)[a-z]))"
)
#: A legislature by its two chambers: "both chambers", "both houses of parliament".
_BOTH_CHAMBERS = lazy_re(
    r"\b(?:[Bb]oth|[Tt]he[ ]two)[ ](?:chambers|houses)(?:[ ]of[ ](?:Congress|(?:the[ ])?"
    r"(?:[Pp]arliament|[Ll]egislature|Diet)))?\b"
)
_LEGISLATURE_HINT = ("Congress", "Parliament", "National Assembly", "Diet", "Legislature")
#: Kinds whose gazetteer name is their own wherever they are named: a country, a company. A
#: public body's name ("Ministry of Finance") is shared by many countries' bodies.
_OWN_NAME_KINDS = frozenset(
    {
        ActorKind.COUNTRY,
        ActorKind.SUBNATIONAL_GOVERNMENT,
        ActorKind.INTERNATIONAL,
        ActorKind.COMPANY,
        ActorKind.ORGANIZATION,
        ActorKind.STATE_ENTERPRISE,
    }
)
#: The place a dateline opens with, before its comma or its agency: "SEOUL", "New Delhi".
_DATELINE_PLACE = lazy_re(
    r"[ \t]*([A-Za-z][A-Za-z .'&-]{0,40}?)[ ]*(?:[,(:]|(?:-|—|–|--)[ ]|\.[ ]$)"
)
#: How many of a text's first sentences may open with its dateline (after a headline and a
#: byline), and how much the dateline's country weighs among the countries the text names
#: (a public body named counts 2).
_DATELINE_SENTENCES = 4
_DATELINE_WEIGHT = 3
_GROUP_IN_PLACE = lazy_re(
    rf"(?<![\w-])(?P<desc>(?i:{'|'.join(_GROUPS)}))[ ](?:in|from|of)[ ](?:the[ ])?" + _PLACE_NAME
)
#: A place right after a description: " of Indonesia", " in the Netherlands".
_PLACE_AFTER = lazy_re(r"[ ](?:of|in|for)[ ](?:the[ ])?" + _PLACE_NAME)
#: Places listed before one description that each of them owns: "the Belgian, Dutch and French
#: data protection authorities", "the German and French governments" (up to eight places of
#: one or two capitalised words; the last joined by "and").
_LISTED_PLACES = lazy_re(
    r"(?=[tA-Z])(?<![\w.-])(?:[Tt]he[ ])?"
    r"(?P<places>[A-Z][\w.-]*+(?:[ ][A-Z][\w.-]*+)?(?:,[ ][A-Z][\w.-]*+(?:[ ][A-Z][\w.-]*+)?){0,6}"
    r",?[ ]and[ ])(?P<last>[A-Z][\w.-]*+(?:[ ][A-Z][\w.-]*+)?)[ ]"
    r"(?P<desc>(?:[a-z][a-z-]*[ ]){0,3}[a-z][a-z-]*)(?![\w-])"
)
#: One place of such a list, as written: "Belgian", "South Korean".
_LISTED_PLACE = lazy_re(r"[A-Z][\w.-]*+(?:[ ][A-Z][\w.-]*+)?")


def _possessive_then_capital(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds "'s " (or "’s ") before a capital: the cheap test
    before the title-case description scan ("Canada's Privacy Commissioner")."""
    for mark in ("'s ", "’s "):
        i = text.find(mark, start, end)
        while i >= 0:
            if text[i + 3 : i + 4].isupper():
                return True
            i = text.find(mark, i + 3, end)
    return False


@functools.cache
def _unplaced_description() -> re.Pattern[str]:
    """A definite description with no place before it, ending in the last word of a
    description of two words or more ("the data protection authority", "the foreign
    ministry"): the head word bounds the scan, so "the app" or "the company" costs nothing."""
    heads = sorted({k.split()[-1] for k in _descriptions() if " " in k} | set(_NEW_BODY_KINDS))
    return re.compile(
        r"(?=[Tt])(?<![\w’'-])[Tt]he[ ](?P<desc>(?:[a-z][a-z-]*[ ]){1,3}"
        rf"(?:{trie_pattern(heads)}))(?![\w’'-])"
    )


#: "the Centre" standing alone: not "the Centre for ...", "the Centre's" is fine.
_THE_CENTRE = lazy_re(
    r"(?<![\w-])[Tt]he[ ](?P<centre>Centre)(?![\w-])(?![ ](?:for|of|on|in)[ ])(?![ ][A-Z])"
)
#: A group named by its noun alone: "Two lawmakers introduced a bill", "Senators said"; the
#: word before it is read to tell a place's or a lower tier's group ("Texas lawmakers",
#: "state legislators") from the national one.
_BARE_GROUP = lazy_re(
    rf"(?<![\w’'.-])(?P<desc>(?i:{'|'.join(_GROUPS)}))(?![\w’'-])"
    # (not "lawmakers in Texas", "senators from Ohio"; but "from both parties" names no place)
    r"(?![ ](?:in|from|of|for)[ ](?!both[ ](?:parties|sides)\b|across[ ]the[ ]aisle\b))"
)
#: Words before a group's noun that make it another tier's, or another body's: "state
#: lawmakers", "European lawmakers", "other legislators", "former senators".
_NOT_NATIONAL_GROUP = frozenset(
    [
        "state",
        "states",
        "provincial",
        "local",
        "regional",
        "city",
        "municipal",
        "prefectural",
        "county",
        "council",
        "european",
        "eu",
        "foreign",
        "other",
        "former",
        "some",
    ]
)
_WORD = lazy(r"[\w’'&+.-]+")
_STOP_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "By",
        "Of",
        "And",
        "Or",
        "But",
        "As",
        "To",
        "It",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "He",
        "She",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Their",
        "Our",
        "After",
        "Before",
        "While",
        "Since",
        "Until",
        "When",
        "Where",
        "Who",
        "Whom",
        "Whose",
        "What",
        "Why",
        "How",
        "Meanwhile",
        "However",
        "Also",
        "Still",
        "Despite",
        "Although",
        "Though",
        "If",
        # other subordinators that open a sentence ("Unless the National Cyber Security Centre
        # finds ...")
        "Unless",
        "Once",
        "Because",
        "Whether",
        "Whereas",
        "Whilst",
        "Amid",
        "Without",
        "Unlike",
        "Earlier",
        "Later",
        "Last",
        "Next",
        "Following",
        "According",
        "Other",
        "Another",
        "Some",
        "Many",
        "Most",
        "Several",
        "Both",
        "Each",
        "Every",
        "All",
        "No",
        "Not",
        "Only",
        "Even",
        "Just",
        "Such",
        # auxiliaries that open a question ("Has China responded?"; not "Will", "Can" or "Do",
        # which are also given names)
        "Is",
        "Are",
        "Was",
        "Were",
        "Has",
        "Have",
        "Had",
        "Does",
        "Did",
        "Would",
        "Could",
        "Should",
        "Shall",
        "Let",
        "Must",
        "Might",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "AI",
        "LLM",
        "App",
        "Update",
        "BY",
        "NEWS",
        "Updated",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Gov",
        "Sen",
        "Rep",
        "Acting",
        "Deputy",
        "Chief",
    ]
)
#: Nationality words: they open a sentence ("Chinese regulators ...") but also a name
#: ("Chinese Academy of Sciences"), so a name keeps them.
_DEMONYM_CAPS = frozenset(
    [
        "Chinese",
        "Korean",
        "Japanese",
        "American",
        "British",
        "Indian",
        "Australian",
        "Taiwanese",
        "Italian",
        "European",
    ]
)
#: The heads after which a city may close a university's name ("University College London").
_CAMPUS_HEADS = (" College", " University")
#: One capitalised word after such a head, then no other capitalised word: " Dublin said".
_CITY_AFTER = lazy(r"[ ](?P<city>[A-Z][a-z]{2,20})(?=[ ][a-z(]|[,.;:)]|\Z)")
#: Words that may open a name although they are stop words elsewhere.
_NAME_OPENERS = frozenset(["AI", "Acting", "Deputy", "Chief"])
#: Capitalised words that are not names, or not alone.
_STOP_CAPS = _STOP_WORDS | _DEMONYM_CAPS
#: Plural nouns for people that open a capitalised run at a sentence's start without naming
#: anything: "(Employees) of Samsung Electronics", "(Staff) at the European Parliament".
_PEOPLE_OF = frozenset(
    [
        "Employees", "Staff", "Members", "Workers", "Officials", "Officers", "Personnel",
        "Residents", "Users", "Students", "Teachers", "Soldiers", "Sailors", "Lawmakers",
        "Legislators", "Executives", "Engineers", "Researchers", "Customers", "Clients",
        "Doctors", "Nurses", "Civil",
    ]
)  # fmt: skip

#: Descriptions of a company that news writes before its name, in lower case: "lender
#: Nubank", "ride-hailing firm Gojek", "telecoms operator Etisalat". The name after one is a
#: company's, known to the gazetteer or not.
_COMPANY_DESCRIPTORS = (
    "firm", "company", "startup", "start-up", "developer", "operator", "carmaker",
    "automaker", "chipmaker", "maker", "insurer", "lender", "carrier", "conglomerate",
    "retailer", "brokerage", "manufacturer", "provider", "supplier", "giant", "unicorn",
    # a state's firm after its country: "Brazil's state-run Petrobras", "Argentina's
    # state-owned YPF" (the kind is then a state enterprise: see _STATE_OWNED_BEFORE)
    "state-run", "state-owned", "state-controlled", "state-backed", "government-owned",
    # read only in lower case, before a name ("Thai bank Kasikornbank", "Gulf airline
    # Flydubai", "state telecom monopoly Beltelecom", "utility Eskom"): capitalised, each
    # opens a name of its own ("Bank Negara Malaysia", "Airline Pilots Association"), so they
    # stay out of _COMPANY_DESCRIPTOR_SET
    *(_LOWER_ONLY_DESCRIPTORS := ("bank", "airline", "utility", "monopoly", "telco")),
)  # fmt: skip
#: State ownership stated in the description before a company's name: "state-owned Telkom",
#: "State-run oil company Petronas", "government-backed lender X".
_STATE_OWNED_BEFORE = lazy_re(
    r"(?i)\b(?:state|government)-(?:owned|run|backed|controlled)[ ](?:[\w-]+[ ]){0,3}$"
    # the bare adjective, in lower case: "Mexico's state oil monopoly Pemex", "state carrier X"
    r"|(?<![\w-])(?-i:state)[ ](?:[\w-]+[ ]){0,2}$"
)
#: The same for a group that is no company: "digital rights group SAFEnet", "think tank X".
_ORGANIZATION_DESCRIPTORS = (
    "rights group", "advocacy group", "consumer group", "lobby group", "industry group",
    "campaign group", "pressure group", "think tank", "think-tank", "nonprofit", "non-profit",
    "association", "federation", "coalition", "union",
)  # fmt: skip
_DESCRIPTORS = _COMPANY_DESCRIPTORS + _ORGANIZATION_DESCRIPTORS
_COMPANY_DESCRIPTOR_SET = frozenset(_COMPANY_DESCRIPTORS) - frozenset(_LOWER_ONLY_DESCRIPTORS)
#: The gate words of the descriptors: the last word of each, and the two parts of a
#: hyphenated one, both of which must be among a sentence's words (which are split at
#: hyphens: "state-run" gives "state" and "run").
_DESCRIPTOR_WORDS = frozenset(d.split()[-1] for d in _DESCRIPTORS if "-" not in d.split()[-1])
_DESCRIPTOR_PAIRS = tuple(
    {tuple(d.split()[-1].split("-", 1)) for d in _DESCRIPTORS if "-" in d.split()[-1]}
)
_DESCRIPTOR_FIRSTS = frozenset(a for a, _b in _DESCRIPTOR_PAIRS)


def _has_descriptor(words: frozenset[str]) -> bool:
    """Whether a sentence's words may hold a company's descriptor ("lender", "state-run")."""
    if not words.isdisjoint(_DESCRIPTOR_WORDS):
        return True
    if words.isdisjoint(_DESCRIPTOR_FIRSTS):
        return False  # the common case: no "state", "start", "think" ...
    return any(a in words and b in words for a, b in _DESCRIPTOR_PAIRS)


_COMPANY_DESCRIPTOR_BEFORE = lazy_re(r"(?<![\w-])(?:" + "|".join(_DESCRIPTORS) + r")[ ]$")
#: Portfolio items after a ministry's first field: ", Communications and the Digital Economy".
_PORTFOLIO_ITEM = r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,2}"
_PORTFOLIO_LIST = lazy_re(
    rf",[ ](?:{_PORTFOLIO_ITEM},[ ]){{0,4}}{_PORTFOLIO_ITEM},?[ ]and[ ](?:the[ ])?{_PORTFOLIO_ITEM}"
)
_FIELD_TOKEN = lazy_re(r"[A-Za-z][\w-]*")
_DATELINE_MARK = lazy_re(r"[-—–:(]")
#: A digest's run-in label, a place in capitals and a full stop: "SOUTH KOREA. The ministry ...".
_RUN_IN_LABEL = lazy_re(r"[ \t]*[A-Z]{2,}(?:[ ][A-Z]+){0,2}\.[ ]")
#: A list of cities or local governments, up to the place named next: "Local governments,
#: including Seoul and (Busan)", "cities such as Beijing, (Shanghai)", "local authorities in".
_CITIES_LEAD = lazy_re(
    r"(?i)\b(?:cities|municipalities|local[ ]governments|local[ ]authorities|"
    r"city[ ]governments|metropolitan[ ]governments)"
    r",?[ ](?:including|such[ ]as|like|in|among[ ]them)[ ]"
    r"(?:[A-Z][\w.-]*+(?:[ ][A-Z][\w.-]*+){0,2}(?:,[ ]|,?[ ]and[ ])){0,6}$"
)
#: The next and the previous member of a list a name stands in: "(Beijing), Guangzhou",
#: "Shenzhen and (Beijing)".
_NEXT_LISTED = lazy_re(r"(?:,[ ]|,?[ ]and[ ])(?P<name>[A-Z][\w.-]+(?:[ ][A-Z][\w.-]+)?)\b")
_PREVIOUS_LISTED = lazy_re(r"(?P<name>[A-Z][\w.-]+(?:[ ][A-Z][\w.-]+)?)(?:,[ ]|,?[ ]and[ ])$")
#: The forms the gazetteer gives a capital city's own government.
_CITY_GOVERNMENT_FORMS = (
    "Metropolitan Government", "City Government", "Municipality", "City", "Metropolis",
)  # fmt: skip
#: Descriptions of a city's own government: after a capital's name they are not the country's.
_MUNICIPAL = ("municipal", "city", "metropolitan")
#: A private body's noun right before a name: "the civil service union FDA", "the trade
#: association CCIA", "the charity Reset" (the name is that body's, whatever else bears it).
_ORG_NOUN_BEFORE = lazy_re(
    r"\b(?:union|association|federation|confederation|charity|NGO|think[ ]tank|"
    r"(?:lobby|campaign|advocacy|pressure|industry|trade|rights)[ ]group)[ ]$"
)
#: "the city of" before a capital's name: the city, not the country it is the capital of.
_CITY_OF_BEFORE = lazy_re(r"\b(?:[Cc]ity|[Mm]unicipality)[ ]of[ ]$")
#: A store named after its company: "Apple App Store", "Google Play Store", "Huawei AppGallery".
_STORE_AFTER = lazy_re(r"[ ](?:App[ ]Store|Play(?:[ ]Store)?|AppGallery|app[ ]store|store)\b")
_MINISTRY_OF_OPENING = lazy_re(r"(?:Ministry|Department)[ ](?:of|for)[ ]")
#: Portfolio words of ministries the gazetteer does not name.
_MORE_FIELDS = frozenset(["knowledge", "research", "youth", "women", "children", "higher"])
_DESCRIBED_COMPANY = lazy_re(
    lead(_DESCRIPTORS)
    + r"(?<![\w-])(?P<desc>"
    + trie_pattern(_DESCRIPTORS)
    + r")[ ](?P<name>[A-Z][\w&.-]*(?:[ ](?:[A-Z][\w&.-]*|&)){0,3})"
)


# ---------------------------------------------------------------------------------------------
# the index
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class _Candidate:
    start: int
    end: int
    text: str
    via: str
    entries: tuple[Entry, ...] = ()
    kind: ActorKind | None = None
    role: str | None = None
    role_start: int = -1
    role_end: int = -1
    priority: int = 0


class ActorIndex:
    """The actors of one document and every place each is mentioned."""

    def __init__(self, text: str, seg: Segmentation, gazetteer: Gazetteer) -> None:
        self.text = text
        self.seg = seg
        self.gazetteer = gazetteer
        self._drafts: dict[str, _Draft] = {}
        self._mentions = _Mentions()
        self._adjectives: list[tuple[int, int, str]] = []  # start, end, country code
        self._adjective_starts: list[int] = []
        # adjectives an acronym follows ("the Dutch AP"): end, country code
        self._acronym_adjectives: list[tuple[int, str]] = []
        self._gaz: list[GazetteerMatch] = []
        self._gaz_starts: list[int] = []
        self._dateline_ends: dict[int, int] = {}  # a line's start -> its dateline's end, or -1
        self._byline: str | None = None  # the byline's person ("" where there is none)
        self._datelines: dict[int, str | None] = {}  # a paragraph's start -> its dateline's
        self._sections: tuple[list[int], list[str | None]] | None = None  # see _section_country
        self._surname_tokens: tuple[int, dict[str, str]] = (0, {})
        self._local_aliases: dict[str, str] = {}  # a form defined in this document -> actor id
        self._people: list[str] = []
        # people of the sentence being read whose title follows a body not yet indexed
        # ("China's foreign ministry spokesperson Mao Ning"): person id, where the title starts
        # (person, role start, role end, whether the role follows the name)
        self._titled_after_body: list[tuple[str, int, int, bool]] = []
        self._fuzzy_cache: dict[tuple[str, str], Entry | None] = {}
        self._read()

    # construction -----------------------------------------------------------------------------
    @classmethod
    def build(cls, text_or_doc: str | Document, gazetteer: Gazetteer | None = None) -> ActorIndex:
        """Index the actors of a text (or a document's text)."""
        text = text_or_doc.text if isinstance(text_or_doc, Document) else text_or_doc
        return cls(text, segment(text), gazetteer or default_gazetteer())

    def _read(self) -> None:
        text = self.text
        gaz_matches = self.gazetteer.scan_sorted(text)
        if "$" in text or "America" in text:  # (most texts hold neither: no test per match)
            gaz_matches = [g for g in gaz_matches if _names_a_place(text, g)]
        self._gaz = gaz_matches
        self._gaz_starts = [g.start for g in gaz_matches]
        self._doc_counts = _country_evidence(text, gaz_matches, self.gazetteer)
        dateline = self._dateline_country()
        if dateline is not None:
            self._doc_counts[dateline] += _DATELINE_WEIGHT
        # the document's countries by weight, read once (the counts are final here)
        self._doc_ranked = [c for c, _n in self._doc_counts.most_common()]
        gi, n = 0, len(gaz_matches)
        for sentence in self.seg.sentences:
            # gazetteer matches inside this sentence
            while gi < n and gaz_matches[gi].start < sentence.start:
                gi += 1
            gj = gi
            found: list[_Candidate] = []
            while gj < n and gaz_matches[gj].end <= sentence.end:
                m = gaz_matches[gj]
                if m.role == "adjective":
                    self._note_adjective(m.start, m.end, m.entries)
                else:
                    end = _with_place_head(text, m.end, m.entries)
                    found.append(
                        _Candidate(m.start, end, text[m.start : end], m.role, m.entries, priority=2)
                    )
                gj += 1
            # the sentence's words, read once: each family of patterns below needs one of its
            # words, so a set test skips most sentences without even starting a search
            words = self.seg.words(sentence)
            found += self._sentence_candidates(sentence, words)
            found += self._surname_candidates(sentence, found)
            for cand in _non_overlapping(found):
                self._resolve(cand, sentence)
            if not words.isdisjoint(_BRANCH_WORDS):
                self._company_branches(sentence)
            self._short_forms(sentence, words)
            if self._people and not words.isdisjoint(_LEADERS_BODIES):
                self._leaders_governments(sentence)
            if self._titled_after_body:
                self._parents_before_titles(sentence)
        # Only the reading above looks gazetteer matches up (_gaz_at, _gaz_between); the index
        # answers later questions from its mentions, so a long text's matches can go now. So
        # can the datelines read per sentence: later questions ask of a few paragraphs only.
        self._gaz, self._gaz_starts = [], []
        self._dateline_ends = {}

    def _leaders_governments(self, s: Sentence) -> None:
        """ "Prime Minister Petr Fiala's cabinet banned it": the government a leader heads is
        the leader's country, not the leader (as "the Czech government" is the country)."""
        for m in _LEADERS_BODY.finditer(self.text, s.start, s.end):
            owner = self.mentions_between(max(s.start, m.start() - 60), m.start())
            if not owner or owner[-1].end != m.start():
                continue
            draft = self._drafts[owner[-1].actor]
            if draft.kind is not ActorKind.PERSON or draft.country is None:
                continue
            a, b = m.start("body"), m.end()
            if self.mentions_between(a, b):
                continue
            country = self.country_actor(draft.country, self.text[a:b])
            if country is not None:
                self._add_mention(a, b, country, "pattern")

    def _surname_candidates(self, s: Sentence, found: Sequence[_Candidate]) -> list[_Candidate]:
        """A capitalised word that is a part of a person's name seen earlier ("Guo", "Youngkin")."""
        if not self._people:
            return []
        if self._surname_tokens[0] != len(self._people):
            built: dict[str, str] = {}
            for pid in self._people:
                for t in self._drafts[pid].tokens:
                    if len(t) > 1 and t not in _STOP_CAPS:
                        built[t] = pid
            self._surname_tokens = (len(self._people), built)
        tokens = self._surname_tokens[1]
        out = []
        for m in _SURNAME.finditer(self.text, s.start, s.end):
            word = m.group()
            if word not in tokens or any(c.start <= m.start() < c.end for c in found):
                continue
            out.append(_Candidate(m.start(), m.end(), word, "surname", priority=0))
        return out

    def _split_coordination(self, start: int, end: int) -> list[tuple[int, int]]:
        """Split "KB Financial Group and KB Kookmin Bank" or "Groq and Cerebras Systems" into
        two names where the part before "and" is a whole name already (a known entry, or one
        ending in a head word). A name that opens with its head ("Ministry of Economy and
        Finance") stays whole unless another such body opens after "and" ("Ministry of National
        Defense and Ministry of Trade, Industry and Energy" is two ministries)."""
        text = self.text
        name = text[start:end]
        opening = name.startswith(_opening_heads())
        out: list[tuple[int, int]] = []
        cursor = start
        for m in rx(r"[ ](?:and|&)[ ]").finditer(name):
            if opening:
                split = name.startswith(_opening_heads(), m.end()) or _closes_like(
                    name, name[cursor - start : m.start()], m.end()
                )
            else:
                left = text[cursor : start + m.start()]
                words = left.split()
                split = bool(words) and (
                    words[-1] in _heads()
                    or bool(self.gazetteer.lookup(left))
                    or left in self._local_aliases
                )
            if split:
                out.append((cursor, start + m.start()))
                cursor = start + m.end()
        out.append((cursor, end))
        return out

    def _portfolio_list_end(self, start: int, end: int, limit: int) -> int:
        """Where a ministry's name ends that lists its portfolios with commas: "Ministry of
        Information, Communications and the Digital Economy" (each item a field the gazetteer's
        bodies are named for; "Ministry of Finance, Samsung and LG" is a list of three)."""
        return _portfolio_list_end(self.text, start, end, limit, self.gazetteer)

    def _titled_by_portfolio(self, s: Sentence) -> Iterator[_Candidate]:
        """People titled "Minister of <portfolio>" before their name, as translated reports
        write them: the name is the last two or three words, the portfolio the words before
        them, each a field the gazetteer's ministries are named for."""
        fields = self.gazetteer.body_fields()
        for m in _MINISTER_OF.finditer(self.text, s.start, s.end):
            words = m["rest"].split(" ")
            if "," in words[-1] or "," in words[-2]:
                continue  # "Minister of Finance, Jane Doe": the comma closes the portfolio
            heads = _heads()
            for size in (2, 3):
                if words[-size] in heads:
                    continue  # "Secretary of Digital Government Rogério Mascarenhas": the field's
                field = [w.rstrip(",") for w in words[:-size] if w not in ("and", "&")]
                name = " ".join(words[-size:])
                if (
                    field
                    and all(w.lower() in fields or w in heads for w in field)
                    and _PERSON.fullmatch(name)
                ):
                    rs, re_ = m.start(), m.start("rest") + len(" ".join(words[:-size]))
                    yield _Candidate(
                        re_ + 1,
                        m.end(),
                        name,
                        "person",
                        kind=ActorKind.PERSON,
                        role=self.text[rs:re_],
                        role_start=rs,
                        role_end=re_,
                        priority=3,
                    )
                    break

    def _dateline_end(self, start: int) -> int:
        """Where the dateline that opens the line at ``start`` ends, or -1 where none does (read
        once per start; every dateline holds a dash, a colon or a bracket near its start)."""
        end = self._dateline_ends.get(start)
        if end is None:
            m = (
                dateline_at(self.text, start)
                if _DATELINE_MARK.search(self.text, start, start + 100)
                or _RUN_IN_LABEL.match(self.text, start)
                else None
            )
            end = self._dateline_ends[start] = m.end() if m is not None else -1
        return end

    def _in_dateline(self, s: Sentence, cand: _Candidate) -> bool:
        """Whether a name stands inside the dateline that opens its sentence: where the report
        comes from, or a credit ("SEOUL, April 24 (Yonhap) --"), not an actor."""
        return cand.start - s.start < 60 and cand.end <= self._dateline_end(s.start)

    def _is_credit(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` stands alone in brackets, as a wire service's or a
        photographer's credit does: "(Yonhap)", "(Kyodo)", "(CNA)"."""
        text = self.text
        return text[start - 1 : start] == "(" and text[end : end + 1] == ")"

    def _after_person_of(self, start: int) -> bool:
        if self.text[max(0, start - 4) : start] != " of " or not self._mentions:
            return False
        last = self._mentions[-1]
        return last.end == start - 4 and self._drafts[last.actor].kind is ActorKind.PERSON

    def _note_adjective(self, start: int, end: int, entries: Sequence[Entry]) -> None:
        for e in entries:
            if e.kind is ActorKind.COUNTRY and e.country:
                i = bisect.bisect_left(self._adjective_starts, start)
                self._adjectives.insert(i, (start, end, e.country))
                self._adjective_starts.insert(i, start)
                if self.text[end + 1 : end + 3].isupper():
                    self._acronym_adjectives.append((end, e.country))
                return

    # candidates ---------------------------------------------------------------------------------
    def _sentence_candidates(self, s: Sentence, words: frozenset[str]) -> list[_Candidate]:
        text = self.text
        out: list[_Candidate] = []
        gates = _gate_words()
        gate = not words.isdisjoint(gates["head"]) and _head_gate().search(text, s.start, s.end)
        for m in _org_names(text, s.start, s.end) if gate else ():
            start, end = m.span()
            start += _leading_stop(m.group())
            adjective = rx(
                r"(?:[A-Z][a-z]+[ ]){1,2}(?=(?:Ministry|Department|Office|Bureau|Agency)[ ](?:of|"
                r"for)[ ])"
            ).match(text, start, end)
            if adjective is not None and self.gazetteer.country_for_adjective(
                adjective.group().strip()
            ):
                self._note_adjective(
                    start,
                    adjective.end() - 1,
                    self.gazetteer.lookup(adjective.group().strip(), "adjective"),
                )
                start = adjective.end()
            owned = False
            for poss in reversed(list(_POSSESSIVE_INSIDE.finditer(text, start, end))):
                # "Wales’ Department": the owner keeps its final s
                cut = poss.start() + 1 if text[poss.start()] == "s" else poss.start()
                owner = text[start:cut].split()
                if (
                    owner
                    and (
                        " ".join(owner) in _COUNTRY_NOUNS  # "the Kingdom's"
                        # "the Commission's AI Office": a body's head word, its short form
                        or (len(owner) == 1 and owner[0] in _heads())
                        or any(
                            self.gazetteer.knows(" ".join(owner[-n:]), _OWNER_ROLES)
                            for n in (3, 2, 1)
                        )
                    )
                ):
                    start = poss.end()  # "South Korea's Personal Information ..." (not "Women's")
                    owned = True
                    break
            if not owned and _owned_end(m):
                continue  # "the Mobile Division", "Samsung Board": no owner, no name
            if start > m.start() and text.startswith(_opening_heads(), start):
                # "Ontario's Ministry of Public and Business Service Delivery": read from the
                # owner, the name stopped at an end head ("Service"); from its own head it
                # runs on
                own = _org_pattern().match(text, start, s.end)
                if own is not None:
                    own_cut = _possessive_after_of(own.group())
                    end = max(end, own.end() if own_cut is None else own.start() + own_cut)
            if text[end - 1 : end] == "." and not _ABBREVIATED_END.search(text[start:end]):
                end -= 1
            end = self._portfolio_list_end(start, end, s.end)
            if text.endswith(_CAMPUS_HEADS, start, end):
                end = self._campus_end(end, s.end)
            if text.endswith("State", start, end) and _STATE_TITLE.match(
                text, end - 6, min(s.end, end + 12)
            ):
                continue  # "Digital Affairs State Secretary Zsolt Szabo": a title, not a state
            for a, b in self._split_coordination(start, end):
                name = text[a:b]
                if not name or (name.split()[0] in _STOP_CAPS and len(name.split()) == 1):
                    continue
                if name.split(" ", 1)[0] in _PEOPLE_OF:
                    continue  # "Employees of Samsung Electronics": people, of the body named
                if name in _heads():
                    continue  # a head word alone names nothing: "the Commission said" (and
                    # Indian news's "the Centre" is read by _the_centre)
                kind = _kind_of_name(name)
                out.append(_Candidate(a, b, name, "pattern", kind=kind, priority=1))
        titled = (
            not words.isdisjoint(gates["title"])
            and _title_gate().search(text, s.start, s.end) is not None
        )
        reported = (
            not words.isdisjoint(gates["reporting"])
            and _reporting_gate().search(text, s.start, s.end) is not None
        )
        # what each person pattern needs besides its gate: a comma between name and role, a
        # reporting verb after the name, "said", "says" or "according" before it
        comma = titled and text.find(", ", s.start, s.end) >= 0
        needs = (
            titled,
            comma,
            comma,
            reported and not words.isdisjoint(gates["reporting_after"]),
            reported and not words.isdisjoint(gates["reporting_before"]),
            reported and "who" in words,
        )
        if reported and "it" in words and _SAID_IT.search(text, s.start, s.end) is not None:
            out.extend(self._bare_bodies(s))
        for pattern_no, pattern in enumerate(_person_patterns()):
            if not needs[pattern_no]:
                continue
            for m in pattern.finditer(text, s.start, s.end):
                name_start, name_end = m.span("name")
                name = m.group("name")
                first = name.split(" ", 1)[0]
                if name.count(" ") >= 2 and first.lower() in _title_words():
                    # "Republican Senator Todd Young": a second title, then the name
                    name_start += len(first) + 1
                    name = name[len(first) + 1 :]
                    first = name.split(" ", 1)[0]
                if "-" in name and not first.endswith(_PLACE_COMPOUND_ENDS):
                    lead = _PLACE_OF_MORE_WORDS.match(name)
                    if lead is not None:
                        first = lead.group()  # "Tel Aviv-based", "New South Wales-based"
                if (
                    " " in name
                    and first.endswith(_PLACE_COMPOUND_ENDS)
                    # (one word after it is a firm's name: "London-based Synthesia said")
                    and " " in name[len(first) + 1 :]
                    and _plausible_person(name[len(first) + 1 :], self)
                ):
                    # "Hong Kong-based Lee Wai-ming said he ...": the place only locates him
                    name_start += len(first) + 1
                    name = name[len(first) + 1 :]
                    first = name.split(" ", 1)[0]
                if " " in name and (
                    first in _LEADING_DESCRIPTORS
                    or first.lower() in _COMPANY_DESCRIPTOR_SET
                    or first.endswith(_PLACE_COMPOUND_ENDS)
                ):
                    # "State-owned Galaxy Backbone said", "Automaker Geely said", "Lagos-based
                    # Seamfix said": a company its description names (a place only locates it)
                    a = name_start + len(first) + 1
                    rest = text[a:name_end]
                    if not self.gazetteer.lookup(rest):
                        out.append(_Candidate(a, name_end, rest, "pattern", kind=ActorKind.COMPANY))
                    continue
                if not _plausible_person(name, self) and not (
                    # "spokesperson He Yadong": the surname He, after a title
                    pattern_no == 0
                    and name.startswith("He ")
                    and _plausible_person(name[3:], self)
                ):
                    continue
                if name.split(" ", 1)[0] in _PLURAL_TITLES:
                    continue  # "Representatives Josh Gottheimer, a ...": each name is read alone
                if pattern_no == 3 and self._said_it(m, s):
                    # "Galaxy Backbone said it plans to ...": no title, and "it" after; (a name
                    # with a head word is no person's already) most bare bodies are firms
                    out.append(
                        _Candidate(name_start, name_end, name, "pattern", kind=ActorKind.COMPANY)
                    )
                    continue
                if _BODY_OF_BEFORE.search(text, max(s.start, name_start - 40), name_start):
                    continue  # "the Ministry of Digital Affairs, government employees ..."
                if _COMPANY_DESCRIPTOR_BEFORE.search(
                    text, max(s.start, name_start - 20), name_start
                ):
                    continue  # "telecoms operator Ooredoo Qatar said": a company, not a person
                groups = m.groupdict()
                role = groups.get("role") or groups.get("title")
                rs, re_ = -1, -1
                if groups.get("role"):
                    rs, re_ = m.span("role")
                elif groups.get("title"):
                    rs, re_ = m.span("title")
                elif groups.get("clause"):
                    rs, re_ = m.span("clause")  # no title, only where to find the body
                if pattern_no == 0:
                    rs = _extend_title_back(text, s.start, rs)
                    role = text[rs:re_]
                out.append(
                    _Candidate(
                        name_start,
                        name_end,
                        name,
                        "person",
                        kind=ActorKind.PERSON,
                        role=role,
                        role_start=rs,
                        role_end=re_,
                        priority=3 if pattern_no <= 2 else 1,
                    )
                )
        # "Minister of Digital Affairs Huang Yen-nun said": the portfolio, then the name
        if ("minister" in words or "secretary" in words) and (
            " of " in s.text or " for " in s.text
        ):
            out.extend(self._titled_by_portfolio(s))
        # "Senators Maria Lopez and Tom Becker": one plural title before several names
        plural = not words.isdisjoint(gates["plural"])
        for m in _PLURAL_TITLED.finditer(text, s.start, s.end) if plural else ():
            role = _PLURAL_TITLES[m["title"]]
            for named in _NAME_IN_LIST.finditer(text, m.start("names"), m.end("names")):
                if text.endswith((", a ", ", an "), 0, named.start()):
                    continue  # "a New Jersey Democrat": the party and state of the name before
                if _plausible_person(named.group(), self):
                    out.append(
                        _Candidate(
                            named.start(),
                            named.end(),
                            named.group(),
                            "person",
                            kind=ActorKind.PERSON,
                            role=role,
                            priority=3,
                        )
                    )
        distributive = not words.isdisjoint(gates["distributive"])
        for m in _DISTRIBUTIVE.finditer(text, s.start, s.end) if distributive else ():
            singular = _DISTRIBUTIVE_HEADS[fold(m["head"])]
            kind = _kind_of_name(f"X {singular}")
            for item in rx(r"[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,2}").finditer(
                text, m.start("items"), m.end("items")
            ):
                out.append(
                    _Candidate(
                        item.start(),
                        item.end(),
                        f"{item.group()} {singular}",
                        "distributive",
                        kind=kind,
                        priority=4,
                    )
                )
        places = (
            _new_places(text, s, self.gazetteer.lookup)
            if not words.isdisjoint(_PLACE_HEADS)
            else ()
        )
        for a, b, name, head in places:
            if name in _STOP_CAPS:
                continue
            known = self.gazetteer.lookup(name)
            if known and not _city_of_a_region(head, known):
                continue  # a known place reads as the gazetteer's ("Jiangxi province")
            if self.gazetteer.country_for_adjective(name):
                continue  # "the Chinese city of ...": the place is named after
            out.append(
                _Candidate(
                    a,
                    b,
                    f"{name} {head.title()}",
                    "distributive",
                    kind=ActorKind.SUBNATIONAL_GOVERNMENT,
                    priority=1,
                )
            )
        if _has_descriptor(words):
            out.extend(self._described_companies(s))
        listed = ("ministries" in words or "departments" in words) or (
            ("ministry" in words or "department" in words) and " of " in s.text
        )
        for m in _MINISTRY_LIST.finditer(text, s.start, s.end) if listed else ():
            out.append(_Candidate(m.start(), m.end(), m.group(), "list", priority=4))
        if "ministries" in words or "departments" in words:
            # the same in lower case: "the ministries of foreign affairs and defense", "the
            # foreign and defense ministries"
            after, before = _field_lists(self.gazetteer.body_fields())
            for form, pattern in (("after", after), ("before", before)):
                for m in pattern.finditer(text, s.start, s.end):
                    out.append(
                        _Candidate(m.start(), m.end(), m.group(), "fields", role=form, priority=4)
                    )
        elif listed:
            # one body in lower case: "India's ministry of electronics and information
            # technology", "the department of homeland security"
            single = _field_single(self.gazetteer.body_fields())
            for m in single.finditer(text, s.start, s.end):
                out.append(
                    _Candidate(m.start(), m.end(), m.group(), "fields", role="single", priority=4)
                )
        if "government" in words and not words.isdisjoint(_TIER_NOUNS):
            out.extend(self._tier_governments(s))
        return out

    def _tier_governments(self, s: Sentence) -> Iterator[_Candidate]:
        """ "the state government of São Paulo", "the provincial government of Sichuan": the
        state or province by the forms the gazetteer names it with ("São Paulo state", "state
        of São Paulo"), where its bare name may be a city's."""
        for m in _TIER_GOVERNMENT_OF.finditer(self.text, s.start, s.end):
            noun = _TIER_NOUNS[m["tier"].lower()]
            words = m["place"].split(" ")
            for n in range(len(words), 0, -1):
                place = " ".join(words[:n])
                found = [
                    e
                    for form in (f"{place} {noun}", f"{noun} of {place}", place)
                    for e in self.gazetteer.lookup(form)
                    if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT
                ]
                if found:
                    end = m.start("place") + len(place)
                    text = self.text[m.start() : end]
                    yield _Candidate(m.start(), end, text, "name", tuple(found), priority=2)
                    break

    def _campus_end(self, end: int, limit: int) -> int:
        """Where a university's name ends that a city may close: "University College London",
        "Queen's University Belfast" (the city is part of the name, no actor of its own; a
        title, a weekday, a month or a country's name or adjective after the head is not)."""
        m = _CITY_AFTER.match(self.text, end, limit)
        if m is None:
            return end
        city = m["city"]
        if (
            city in _STOP_CAPS  # (weekdays and months among them)
            or city.lower() in _title_words()
            or self.gazetteer.knows(city, ("name", "adjective"))
        ):
            return end
        return m.end()

    def _described_companies(self, s: Sentence) -> Iterator[_Candidate]:
        """The name after a company's description ("Brazilian lender Nubank said ..."), up to
        a title or a function word ("chipmaker Nvidia CEO Jensen Huang": Nvidia)."""
        titles = _title_words()
        for m in _DESCRIBED_COMPANY.finditer(self.text, s.start, s.end):
            kept: list[str] = []
            for word in m["name"].split(" "):
                if word in _STOP_CAPS or word.lower().rstrip(".") in titles:
                    break
                kept.append(word)
            while kept and kept[-1] == "&":
                kept.pop()
            name = " ".join(kept)
            if name.endswith(".") and not _ABBREVIATED_END.search(name):
                name = name[:-1]
            if not name or name == "DeepSeek":
                continue
            a = m.start("name")
            kind = (
                ActorKind.ORGANIZATION
                if m["desc"] in _ORGANIZATION_DESCRIPTORS
                else ActorKind.COMPANY
            )
            yield _Candidate(a, a + len(name), name, "pattern", kind=kind, priority=1)

    # resolution -----------------------------------------------------------------------------------
    def _resolve(self, cand: _Candidate, s: Sentence) -> None:
        if cand.via == "surname":
            person = self._person_by_token(cand.text, cand.start)
            if person is not None:
                self._add_mention(cand.start, cand.end, person, "surname")
            return
        if cand.via == "list":
            self._resolve_list(cand, s)
            return
        if cand.via == "fields":
            self._resolve_fields(cand, s)
            return
        if cand.via == "distributive":
            country = self._capital_country(cand) or (
                self._context_country(cand.start, s)[0] or self._document_country()
            )
            entry = self._lookup_name(cand.text, country, cand.kind)
            short = self.text[cand.start : cand.end]
            actor_id = (
                self._ensure_entry(entry, short)
                if entry is not None
                else self._ensure_new(
                    cand.text, cand.kind or ActorKind.COMPANY, country, None, short
                )
            )
            self._add_mention(cand.start, cand.end, actor_id, "pattern")
            return
        if cand.via == "person":
            self._resolve_person(cand, s)
            return
        if cand.via in ("name", "capital"):
            entries = cand.entries
            local = self._local_aliases.get(cand.text)
            if local is not None:
                self._add_mention(cand.start, cand.end, local, "acronym")
                return
            person = self._person_by_token(cand.text, cand.start)
            if person is not None and len(cand.text.split()) == 1:
                self._add_mention(cand.start, cand.end, person, "surname")
                return
            owner = (
                self._possessive_region(cand.start)
                if entries[0].kind in (ActorKind.GOVERNMENT_AGENCY, ActorKind.REGULATOR)
                else None
            )
            if owner is not None:
                actor_id = self._regional_body(owner, cand.text, cand, entries)
                self._add_mention(cand.start, cand.end, actor_id, "name")
                self._acronym_after(cand.end, actor_id, s)
                return
            widened = self._owned_widening(cand, s) if entries[0].kind in _BODY_KINDS else None
            if widened is not None:
                # "Germany's Federal Data Protection Commissioner": the owner's body, named
                # with the capitalised words before the form
                a, found = widened
                actor_id = self._ensure_entry(found, self.text[a : cand.end])
                self._add_mention(a, cand.end, actor_id, "name")
                self._acronym_after(cand.end, actor_id, s)
                return
            new_kind = entries[0].kind
            if new_kind in _BODY_KINDS and _ORG_NOUN_BEFORE.search(
                self.text, max(s.start, cand.start - 30), cand.start
            ):
                # "the civil service union FDA": a body the description says is no public
                # one, though a public body elsewhere bears the name
                entry, new_kind = None, ActorKind.ORGANIZATION
            else:
                entry = self._choose_entry(entries, cand.start, cand.end, s)
            if (
                entry is not None
                and entry.region is None
                and cand.text.islower()
                and self.text.endswith(("the ", "The "), s.start, cand.start)
            ):
                place = self._fronted_place(s, cand.start - 4)
                place_kind = self._drafts[place].kind if place is not None else None
                if place_kind is ActorKind.SUBNATIONAL_GOVERNMENT:
                    return  # "In Bavaria, the interior ministry": the region's own body, not
                    # the nation's of that lower-case name (see _unplaced_description)
            if cand.text == "Brussels" and _EU_CONTEXT.search(
                self.text, max(0, s.start - _EU_CONTEXT_REACH), s.end
            ):
                # "A spokesperson for the European Commission said Brussels was monitoring
                # ...": the Union seated there, not Belgium (the Union named in the sentence or
                # the few before it: "... the European Commission said. Commission spokesman
                # Thomas Regnier said Brussels was in contact with the company")
                entry = next(iter(self.gazetteer.lookup("European Union")), entry)
            city_id = None
            if cand.via == "capital" and entry is not None:
                listed = self._listed_city(cand, s, entry.country)
                if listed is True:
                    # "municipalities, including Amsterdam and Rotterdam": the capital's own
                    # government, where the gazetteer has none (as "Beijing's municipal
                    # government" makes one)
                    city_id = self._ensure_new(
                        f"{cand.text} City Government",
                        ActorKind.SUBNATIONAL_GOVERNMENT,
                        entry.country,
                        None,
                        cand.text,
                    )
                elif isinstance(listed, Entry):
                    entry = listed
            if city_id is not None:
                actor_id = city_id
            elif entry is None:
                code = self._context_country(cand.start, s, cand.end)[0]
                name = _title_case(cand.text) if cand.text.islower() else cand.text
                actor_id = self._ensure_new(name, new_kind, code, None, cand.text)
            else:
                actor_id = self._ensure_entry(entry, cand.text)
            via = "capital" if cand.via == "capital" else "name"
            if self._after_person_of(cand.start) or _COURT_IN_BEFORE.search(
                self.text, max(0, cand.start - 30), cand.start
            ):
                via = "modifier"  # "Josh Gottheimer of New Jersey", "a court in Seoul"
            if entries[0].kind in (
                ActorKind.COUNTRY,
                ActorKind.SUBNATIONAL_GOVERNMENT,
            ) and self._is_modifier(cand.end, s):
                via = "modifier"
            elif _POSSESSED_NAME.match(
                self.text[cand.end : cand.end + 30]
            ) and not _OWNED_BILL.match(self.text, cand.end):
                via = "modifier"  # "Dongfeng’s Voyah brand", "Naver’s Future AI Center"
            elif entries[0].kind is ActorKind.COMPANY and _STORE_AFTER.match(
                self.text, cand.end, min(s.end, cand.end + 20)
            ):
                via = "modifier"  # "the Apple App Store", "Google Play": a place, not the firm
            elif entries[0].kind is ActorKind.INTERNATIONAL and _MEMBER_NOUN.match(
                self.text, cand.end, min(s.end, cand.end + 20)
            ):
                via = "modifier"  # "the first G7 country", "EU member states"
            elif _MEMBER_BODIES_AFTER.match(self.text, cand.end, min(s.end, cand.end + 24)):
                via = "modifier"  # "NHS trusts", "Kaiser hospitals": bodies of their own
            elif entries[0].kind is ActorKind.ORGANIZATION and self._is_credit(
                cand.start, cand.end
            ):
                via = "modifier"  # "SEOUL, April 24 (Yonhap) --", "(Kyodo)": a wire's credit
            if _IN_ACT_TITLE.match(self.text, cand.end) and _ACT_TITLE_OPENS.search(
                self.text, max(0, cand.start - 30), cand.start
            ):
                via = "modifier"  # "the No DeepSeek on Government Devices Act": a law's title
            if self._in_dateline(s, cand):
                via = "modifier"  # "Shanghai - Three months later, banks ...": where, not who
            self._add_mention(cand.start, cand.end, actor_id, via)
            self._acronym_after(cand.end, actor_id, s)
            return
        # a pattern-made organisation name
        org_id = self._resolve_org_name(cand, s)
        if org_id is not None:
            via = "pattern"
            if self._is_modifier(cand.end, s) and cand.kind is ActorKind.SUBNATIONAL_GOVERNMENT:
                via = "modifier"
            elif self._in_dateline(s, cand):
                via = "modifier"  # "BEIJING, Feb. 21 (Example Daily) --": a credit, not an actor
            self._add_mention(cand.start, cand.end, org_id, via)
            self._acronym_after(cand.end, org_id, s)

    def _capital_country(self, cand: _Candidate) -> str | None:
        """The country whose capital a new place is ("the municipality of Amsterdam",
        "Nairobi city"): the capital's, not the context's."""
        if cand.kind is not ActorKind.SUBNATIONAL_GOVERNMENT:
            return None
        found = self.gazetteer.lookup(cand.text.rsplit(" ", 1)[0], "capital")
        return found[0].country if len(found) == 1 else None

    def _resolve_org_name(self, cand: _Candidate, s: Sentence) -> str | None:
        name, qualifier = _split_qualifier(cand.text)
        if qualifier is not None and not self.gazetteer.knows(qualifier, _PLACE_ROLES):
            # "Authority for the Protection of Personal Data": no place, the name goes on
            name, qualifier = cand.text, None
        owner = self._possessive_region(cand.start)
        if owner is not None:
            found = self._lookup_name(name, self._drafts[owner].country, cand.kind, fuzzy=False)
            return self._regional_body(owner, name, cand, (found,) if found else ())
        if cand.kind in _BODY_KINDS:
            firm = self._possessive_company(cand.start)
            if firm is not None:
                return self._company_body(firm, name, cand)
        country, region = self._place_of(cand.start, cand.end, s, qualifier, cand.kind)
        entry = self._lookup_name(name, country, cand.kind)
        if entry is not None:
            return self._ensure_entry(entry, cand.text)
        kind = cand.kind or ActorKind.ORGANIZATION
        if kind is ActorKind.COMPANY and _STATE_OWNED_BEFORE.search(
            self.text, max(s.start, cand.start - 40), cand.start
        ):
            kind = ActorKind.STATE_ENTERPRISE  # "state-run oil company Petronas"
        elif kind is not ActorKind.ORGANIZATION and _GROUP_APPOSITIVE.match(
            self.text, cand.end, s.end
        ):
            # "the Professional Services Council, an industry association representing ...":
            # what the appositive calls it, not what the head word suggests
            kind = ActorKind.ORGANIZATION
        if (
            country is not None
            and qualifier is None
            and region is None
            and not self._gaz_between(cand.start, cand.end)
        ):
            _code, strength = self._context_country(cand.start, s, cand.end)
            if strength == "document" and self._thin_document_country():
                # "The International Olympic Committee said ...", in a story that names Germany
                # once elsewhere: a name no gazetteer holds, with no place in its sentence or
                # paragraph, borrows no country from another sentence's body
                country = None
        canonical = _canonical_org_name(name)
        return self._ensure_new(canonical, kind, country, region, cand.text)

    def _regional_body(
        self, owner: str, name: str, cand: _Candidate, entries: Sequence[Entry]
    ) -> str:
        """ "Victoria's Department of Health": the state's own body, not the federal one."""
        d = self._drafts[owner]
        for entry in entries:
            if entry.region == d.region:
                return self._ensure_entry(entry, cand.text)
        kind = cand.kind or (entries[0].kind if entries else ActorKind.ORGANIZATION)
        full = f"{d.name} {_canonical_org_name(name)}"
        actor_id = self._ensure_new(full, kind, d.country, d.region, cand.text)
        self._drafts[actor_id].parent = owner
        return actor_id

    def _company_unit(self, m: re.Match[str], s: Sentence) -> bool:
        """ "LG's research lab", "Alibaba's cloud unit": a unit of a company named earlier
        ("LG AI Research", "Alibaba Cloud") is that unit."""
        words = m["desc"].split()
        at = next((i for i, w in enumerate(words[:3]) if w.lower() in _UNIT_HEADS), None)
        if at is None:
            return False
        words = words[: at + 1]
        unit = _UNIT_HEADS[fold(words[-1])]
        who = m["who"]
        # the actors that could be the unit, read first: the walk back over the mentions
        # before is then taken only where one of them was named (it would be every mention
        # of a long text, for each "Samsung's chip division", where none is)
        units = {
            actor_id
            for actor_id, d in self._drafts.items()
            if d.name.startswith(who + " ") and any(w in d.name for w in unit)
        }
        best: Mention | None = None
        for x in self._mentions_before(m.start()) if units else ():
            if x.actor in units:
                best = x
                break
        if best is None:
            return False
        end = m.start("desc") + len(" ".join(words))
        self._drop_mentions(m.start("who"), end)  # "LG" is the owner, not a mention of its own
        self._add_mention(m.start("who"), end, best.actor, "short")
        return True

    def _company_branches(self, s: Sentence) -> None:
        """ "State Grid's Jiangsu branch", "its Guangdong subsidiary", "the Hong Kong arm of
        Bank of China": a company's unit in a place, of the company's kind and the place's
        country and region, whose parent is the company; not the place's government."""
        text = self.text
        found = self._mentions.between(s.start, s.end)
        for i, m in enumerate(found):
            if m.via not in _PLACE_ROLES or self._drafts[m.actor].kind not in _PLACE_KINDS:
                continue
            unit = _BRANCH_AFTER.match(text, m.end, s.end)
            if unit is None:
                continue
            start, end, owner = m.start, unit.end(), None
            if text.endswith(("its ", "Its "), s.start, m.start):
                owner = self._sentence_company(found[:i])
            elif i and _POSSESSIVE_GAP.fullmatch(text, found[i - 1].end, m.start):
                owner = self._possessive_company(m.start)
                start = found[i - 1].start
            elif i + 1 < len(found) and _BRANCH_OF.fullmatch(text, unit.end(), found[i + 1].start):
                nxt = found[i + 1]
                kind = self._drafts[nxt.actor].kind
                if kind in (ActorKind.COMPANY, ActorKind.STATE_ENTERPRISE):
                    owner, end = nxt.actor, nxt.end
            if owner is None:
                continue
            place, firm = self._drafts[m.actor], self._drafts[owner]
            actor_id = self._ensure_new(
                f"{firm.name} ({m.text})", firm.kind, place.country, place.region, text[start:end]
            )
            self._drafts[actor_id].parent = owner
            self._drop_mentions(start, end)
            self._add_mention(start, end, actor_id, "pattern")

    def _sentence_company(self, before: Sequence[Mention]) -> str | None:
        """The last company named among ``before`` (a sentence's mentions before "its"), not
        the company the article is about ("deployed DeepSeek across its cloud platform, and
        its Guangdong subsidiary": the deployer's)."""
        for x in reversed(before):
            if x.actor != TARGET_ID and self._drafts[x.actor].kind in (
                ActorKind.COMPANY,
                ActorKind.STATE_ENTERPRISE,
            ):
                return x.actor
        return None

    def _company_body(self, firm: str, name: str, cand: _Candidate) -> str:
        """ "Samsung's Mobile Division", "Alibaba's Security Office": a unit of the company,
        of the company's kind and country, not a public body of its home country."""
        d = self._drafts[firm]
        actor_id = self._ensure_new(f"{d.name} {name}", d.kind, d.country, None, cand.text)
        self._drafts[actor_id].parent = firm
        return actor_id

    def _possessive_company(self, start: int) -> str | None:
        """The company that owns the name at ``start`` in its possessive ("Samsung's ...")."""
        for m in self._mentions_before(start):
            if not _POSSESSIVE_GAP.fullmatch(self.text, m.end, start):
                return None
            kind = self._drafts[m.actor].kind
            return m.actor if kind in (ActorKind.COMPANY, ActorKind.STATE_ENTERPRISE) else None
        return None

    def _listed_city(
        self, cand: _Candidate, s: Sentence, country: str | None
    ) -> Entry | bool | None:
        """A capital among a list of cities or local governments ("Local governments,
        including Seoul and Busan, ..."): the city's own government, not the country's (True
        where the gazetteer has none; None where the capital is no city of a list)."""
        lead = _CITIES_LEAD.search(self.text, max(s.start, cand.start - 160), cand.start)
        if lead is None and not self._listed_with_cities(cand, s, country):
            return None
        for suffix in _CITY_GOVERNMENT_FORMS:
            for e in self.gazetteer.lookup(f"{cand.text} {suffix}"):
                if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT and e.country == country:
                    return e
        return True

    def _listed_with_cities(self, cand: _Candidate, s: Sentence, country: str | None) -> bool:
        """Whether a capital is listed beside a city or province of its own country ("Beijing,
        Guangzhou and Hohhot have connected DeepSeek ..."): a list of local governments."""
        after = _NEXT_LISTED.match(self.text, cand.end, min(s.end, cand.end + 40))
        before = _PREVIOUS_LISTED.search(self.text, max(s.start, cand.start - 40), cand.start)
        for m in (after, before):
            if m is not None and any(
                e.kind is ActorKind.SUBNATIONAL_GOVERNMENT and e.country == country
                for e in self.gazetteer.lookup(m["name"])
            ):
                return True
        return False

    def _possessive_region(self, start: int) -> str | None:
        """The state or province that owns the name at ``start`` ("Victoria's ...")."""
        for m in self._mentions_before(start):
            if not _POSSESSIVE_GAP.fullmatch(self.text, m.end, start):
                return None
            d = self._drafts[m.actor]
            return m.actor if d.kind is ActorKind.SUBNATIONAL_GOVERNMENT else None
        return None

    def _resolve_list(self, cand: _Candidate, s: Sentence) -> None:
        m = _MINISTRY_LIST.match(self.text, cand.start, cand.end)
        if m is None:
            return
        word = "Ministry" if m["word"].lower().startswith("minist") else "Department"
        if m["word"][:1].islower() and self.gazetteer.knows(m["items"], _PLACE_ROLES):
            self._body_of_place(m, s)
            return
        country = None
        if m["adj"]:
            country = self._country_of_phrase(m["adj"])
        if country is None:
            country = self._context_country(cand.start, s)[0]
        self._resolve_items(word, country, m.start("items"), m["items"])

    def _body_of_place(self, m: re.Match[str], s: Sentence) -> None:
        """ "The defence ministry of India": India's defence ministry, as a description beside
        its place (a place is no ministry's field: there is no "Ministry of India")."""
        # the lower-case field words right before it: "the defence "
        before = self.text[max(s.start, m.start() - 40) : m.start()]
        if not before.endswith(" "):
            return
        words = before.split()[-3:]
        while words and not (words[0].isalpha() and words[0].islower()):
            words = words[1:]
        if words and words[0] == "the":
            words = words[1:]
        if not words or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
            return
        field = " ".join(words)
        read = _read_description(f"{field} {m['word'].lower()}", False)
        if read is not None:
            target, hint, desc_text = read
            start = m.start() - 1 - len(field)
            self._describe(m["items"], target, hint, desc_text, start, m.end())

    def _resolve_items(self, word: str, country: str | None, start: int, items: str) -> None:
        """Index each body of "Foreign Affairs, Defense and Trade, Industry and Energy" (the
        items of a list of ministries that opens at ``start``) as "<word> of <item>"."""
        for item, a, b in _split_items(
            items, lambda t: self._known_body(f"{word} of {t}", country)
        ):
            name = f"{word} of {item}"
            entry = self._lookup_name(name, country, ActorKind.GOVERNMENT_AGENCY)
            if entry is not None:
                actor_id = self._ensure_entry(entry, name)
            else:
                actor_id = self._ensure_new(name, ActorKind.GOVERNMENT_AGENCY, country, None, name)
            self._add_mention(start + a, start + b, actor_id, "pattern")

    def _resolve_fields(self, cand: _Candidate, s: Sentence) -> None:
        """A list of ministries in lower case: "the ministries of foreign affairs and
        defense" as its title-cased names; "the foreign and defense ministries" field by
        field, as "foreign ministry" and "defense ministry" are read beside a country."""
        after, before = _field_lists(self.gazetteer.body_fields())
        if cand.role == "single":
            m = _field_single(self.gazetteer.body_fields()).match(
                self.text, cand.start, cand.end
            )
        else:
            m = (after if cand.role == "after" else before).match(
                self.text, cand.start, cand.end
            )
        if m is None:
            return
        word = "Ministry" if m["word"].startswith("minist") else "Department"
        country = self._context_country(cand.start, s)[0]
        if cand.role == "single":
            # "the ministry of foreign affairs of Indonesia": the place after it is its own
            owner = _OF_PLACE_AFTER.match(self.text, cand.end, s.end)
            if owner is not None:
                words = owner["place"].split(" ")
                for n in range(len(words), 0, -1):
                    place = self._place_named(" ".join(words[:n]), owner.start("place"))[0]
                    if place is not None:
                        country = place
                        break
            name = f"{word} of {_title_fields(m['items'])}"
            entry = self._lookup_name(name, country, ActorKind.GOVERNMENT_AGENCY)
            actor_id = (
                self._ensure_entry(entry, name)
                if entry is not None
                else self._ensure_new(name, ActorKind.GOVERNMENT_AGENCY, country, None, name)
            )
            self._add_mention(cand.start, cand.end, actor_id, "pattern")
            return
        if cand.role == "after":
            self._resolve_items(word, country, m.start("items"), _title_fields(m["items"]))
            return
        fields = list(_FIELD_SPLIT.finditer(m["items"]))
        for field in fields:
            a, b = m.start("items") + field.start(), m.start("items") + field.end()
            if field is fields[-1]:
                b = m.end()  # "defense ministries": the list's last name takes in its noun
            target, hint = _descriptions().get(f"{field.group()} {word.lower()}", ("", ()))
            entry = None
            if country and target.startswith("kind:"):
                entry = self._find_by_hint(country, ActorKind.GOVERNMENT_AGENCY, hint, None, word)
            name = f"{_title_fields(field.group())} {word}"
            actor_id = (
                self._ensure_entry(entry, name)
                if entry is not None
                else self._ensure_new(name, ActorKind.GOVERNMENT_AGENCY, country, None, name)
            )
            self._add_mention(a, b, actor_id, "pattern")

    def _known_body(self, name: str, country: str | None) -> bool:
        return (
            self._lookup_name(name, country, ActorKind.GOVERNMENT_AGENCY, fuzzy=False) is not None
        )

    def _resolve_person(self, cand: _Candidate, s: Sentence) -> None:
        name = cand.text
        pid = "p-" + slugify(name)
        parent = None
        if cand.role_start >= 0:
            parent = self._portfolio(cand.role, cand.start, s) or self._organisation_in(
                cand.role_start, cand.role_end, s
            )
            if parent is None and self.text.startswith(("Its ", "its "), cand.role_start):
                parent = self._its_body(cand.role_start)
        if parent is None or self._drafts[parent].kind is ActorKind.COUNTRY:
            after = rx(r"[ ](?:of|at|from)[ ](?:the[ ])?").match(self.text, cand.end, s.end)
            if after is not None:
                parent = (
                    self._organisation_in(
                        after.end(), min(s.end, after.end() + 80), s, leading=True
                    )
                    or parent
                )
        draft = self._drafts.get(pid)
        if draft is None:
            country = None
            if parent is not None:
                country = self._drafts[parent].country
            if country is None and cand.role_start >= 0:
                country = self._role_country(cand.role_start, cand.role_end)
            if country is None and _PARTY_TAG.match(self.text, cand.end, s.end):
                country = "US"  # "Rep. Darin LaHood, R-Ill.,": a US legislator's party and state
            if country is None:
                # "Rep. John Moolenaar, the Michigan Republican who chairs the panel, said"
                appositive = _APPOSITIVE_AFTER.match(self.text, cand.end, s.end)
                if appositive is not None:
                    country = self._role_country(cand.end, appositive.end())
            if country is None:
                # "In Nebraska, Gov. Jim Pillen issued ...": the place the sentence opens on
                fronted = _FRONTED_PLACE.match(self.text, s.start, cand.start)
                if fronted is not None:
                    country = self._role_country(fronted.start("place"), fronted.end("place"))
            if country is None:
                country = self._context_country(cand.start, s)[0] or self._document_country()
                if (
                    country not in _HYPHENATED_NAME_COUNTRIES
                    and "-" in name
                    and _HYPHENATED_GIVEN.fullmatch(name)
                ):
                    # "Lee Jae-myung", "Lai Ching-te": a hyphenated given name is no mainland
                    # pinyin one (written as one word), so the nearest such place in context
                    # (none: mainland China's context gives none, another's keeps its own)
                    hyphenated = self._hyphenated_name_country(cand.start, s)
                    country = hyphenated or (None if country == "CN" else country)
            draft = _Draft(pid, name, ActorKind.PERSON, country=country, tokens=tuple(name.split()))
            self._drafts[pid] = draft
            self._people.append(pid)
        if parent is not None and draft.parent is None:
            draft.parent = parent
            if draft.country is None:
                draft.country = self._drafts[parent].country
        if cand.role_start >= 0 and self._placed_only(draft):
            follows = cand.role_start > cand.start
            self._titled_after_body.append((pid, cand.role_start, cand.role_end, follows))
        role = _clean_role(cand.role)
        if role and draft.role is None:
            draft.role = role
        draft.aliases[name] = None
        self._add_mention(cand.start, cand.end, pid, "person")

    def _its_body(self, offset: int) -> str | None:
        """The body "its" at ``offset`` stands for in a person's role ("ABP said ... Its chief
        executive, X, ..."): the first name of its sentence, or of the sentence before where
        "Its" opens the sentence (as :meth:`_its_antecedent` reads it), that is no mere
        modifier ("consumer groups in six EU countries"), where it is an organisation, not a
        place, a person or the company the article is about."""
        s = self.seg.sentence_at(offset)
        if s is None:
            return None
        if offset <= s.start and s.index > 0:
            before = self.seg.sentences[s.index - 1]
            if before.paragraph != s.paragraph:
                return None
            s = before
        for m in self.mentions_between(s.start, min(offset, s.end)):
            if m.via != "modifier" and m.actor != TARGET_ID:
                kind = self._drafts[m.actor].kind
                return None if kind in _PLACE_KINDS or kind is ActorKind.PERSON else m.actor
        return None

    def _hyphenated_name_country(self, start: int, s: Sentence) -> str | None:
        """The first country in context that writes given names with a hyphen (Korea, Taiwan,
        Hong Kong), for a person named so where the context is mainland China."""
        for code in self._countries_in_order(start, s, None):
            if code in _HYPHENATED_NAME_COUNTRIES:
                return code
        return None

    def _role_country(self, start: int, end: int) -> str | None:
        """The one country a person's role names by a place ("the Berlin commissioner for data
        protection", "a Munich lawyer", "Germany's ..."): where the person belongs, before the
        country the sentences around are about."""
        codes = {
            e.country
            for g in self._gaz_between(start, end)
            for e in g.entries[:1]
            if e.country and e.kind in _ROLE_PLACE_KINDS
        }
        return codes.pop() if len(codes) == 1 else None

    def _parents_before_titles(self, s: Sentence) -> None:
        """A body named right before a person's title is the person's parent: "China's
        foreign ministry spokesperson Mao Ning" (the description is read after the names)."""
        for pid, title_start, role_end, after in self._titled_after_body:
            draft = self._drafts[pid]
            if not self._placed_only(draft):
                continue  # given one since (a later mention of the person)
            if after:
                self._parent_in_role(draft, role_end, s)
                continue
            if draft.parent is None:
                self._parent_before_title(draft, title_start, s)
            if self._placed_only(draft):
                # "Thailand's digital economy minister, Prasert ...": the body the role names
                self._parent_within(draft, title_start, role_end)
        self._titled_after_body.clear()

    def _parent_before_title(self, draft: _Draft, title_start: int, s: Sentence) -> None:
        """The body named right before a person's title."""
        before = self.mentions_between(max(s.start, title_start - 80), title_start)
        if not before:
            return
        body = before[-1]
        if self.text[body.end : title_start].strip() or body.actor == draft.id:
            return  # not right before the title
        if self._drafts[body.actor].kind in _NOT_PARENT_KINDS:
            return
        draft.parent = body.actor
        if draft.country is None:
            draft.country = self._drafts[body.actor].country

    def _parent_within(self, draft: _Draft, start: int, end: int) -> None:
        """The last body named in ``text[start:end]`` (a person's role) is the person's."""
        for body in reversed(self.mentions_between(start, end)):
            kind = self._drafts[body.actor].kind
            if body.actor != draft.id and kind not in _NOT_PARENT_KINDS:
                draft.parent = body.actor
                draft.country = draft.country or self._drafts[body.actor].country
                return

    def _placed_only(self, draft: _Draft) -> bool:
        """Whether a person has no parent, or only a country ("head of Germany's data
        protection authority" is read as Germany before its description)."""
        parent = draft.parent
        return parent is None or self._drafts[parent].kind is ActorKind.COUNTRY

    def _parent_in_role(self, draft: _Draft, role_end: int, s: Sentence) -> None:
        """The last body a role after a person's name names is the person's parent: "Meike
        Kamp, head of the Berlin data protection office," (the description is read after the
        names)."""
        name_end = -1
        for x in self._mentions_before(role_end):
            if x.start < s.start:
                return  # (the sentence's mentions only: the walk stops at its start)
            if x.actor == draft.id:
                name_end = x.end
                break
        if name_end >= 0:
            self._parent_within(draft, name_end, role_end)

    def _portfolio(self, role: str | None, start: int, s: Sentence) -> str | None:
        """ "Information Technology Minister X": the ministry of that portfolio in context."""
        if not role:
            return None
        # "Australia's home affairs minister": the portfolio after its country
        m = _PORTFOLIO.fullmatch(rx(_OWNER + r"[ ]").sub("", role.strip(), count=1)) or (
            _PORTFOLIO_AFTER.fullmatch(role.strip())
        )
        if m is None:
            return None
        country = self._context_country(start, s)[0] or self._document_country()
        if country is None:
            return None
        entry = self._lookup_name(
            f"Ministry of {m['field']}", country, ActorKind.GOVERNMENT_AGENCY
        ) or self._lookup_name(m["field"], country, ActorKind.GOVERNMENT_AGENCY, fuzzy=False)
        return self._ensure_entry(entry, role.strip()) if entry is not None else None

    def _organisation_in(
        self, start: int, end: int, s: Sentence, *, leading: bool = False
    ) -> str | None:
        """The organisation a role phrase names: the last body mentioned inside it, else none;
        with ``leading``, only a body that opens the phrase ("of Utah, introduced a bill to ban
        DeepSeek": Utah, not DeepSeek).

        The role phrase is read for its own gazetteer and pattern names first, since it
        usually lies before the name and has not been indexed yet."""
        found: list[_Candidate] = []
        for m in self._gaz_between(start, end):
            if m.role == "name":
                found.append(_Candidate(m.start, m.end, m.text, "name", m.entries, priority=2))
        for om in _org_names(self.text, start, end):
            a, b = om.span()
            if self.text[a:b].split(" ", 1)[0].lower() in _title_words():
                continue  # "Secretary of Digital Government": a title, not a body
            if self.text.endswith("State", a, b) and _STATE_TITLE.match(
                self.text, b - 6, min(len(self.text), b + 12)
            ):
                continue  # "Digital Affairs State Secretary": a title
            a += _leading_stop(om.group())
            head = om.group("start") or om.group("end") or ""
            kind = _regulatory(om.group(), _heads().get(head, (ActorKind.ORGANIZATION, ""))[0])
            found.append(_Candidate(a, b, self.text[a:b], "pattern", kind=kind, priority=1))
        if leading:
            found = [c for c in found if c.start == start]
        best: str | None = None
        for cand in _non_overlapping(found):
            if cand.via == "name":
                widened = (
                    self._owned_widening(cand, s) if cand.entries[0].kind in _BODY_KINDS else None
                )
                entry = (
                    widened[1]
                    if widened is not None
                    else self._choose_entry(cand.entries, cand.start, cand.end, s)
                )
                if entry is None or (entry.kind is ActorKind.COUNTRY and best is not None):
                    continue
                best = self._ensure_entry(entry, cand.text)
            else:
                best = self._resolve_org_name(cand, s) or best
        if best is None:
            # "a spokesperson for the group": the short form's antecedent
            short = _SHORT_FORM.search(self.text, start, end)
            if short is not None:
                ante = self._antecedent(short["head"], start)
                if ante is not None:
                    best = ante
        return best

    def _acronym_after(self, end: int, actor_id: str, s: Sentence) -> None:
        m = _ACRONYM_DEF.match(self.text, end, s.end)
        if m is None:
            return
        acr = m["acr"]
        if acr.lower() in ("ai", "llm", "api"):
            return
        self._local_aliases[acr] = actor_id
        self._drafts[actor_id].aliases[acr] = None
        a, b = m.span("acr")
        self._add_mention(a, b, actor_id, "acronym")

    # short forms ----------------------------------------------------------------------------------
    def _short_forms(self, s: Sentence, words: frozenset[str]) -> None:
        gates = _gate_words()
        # descriptions beside a country or region: "Italy's privacy watchdog"
        described = not words.isdisjoint(gates["description"])
        for d in _DESCRIPTION.finditer(self.text, s.start, s.end) if described else ():
            self._description(d, s)
        # "the Belgian, Dutch and French data protection authorities": one body of each place
        joint = _and_then_capital(self.text, s.start, s.end) if "and" in words else -1
        if joint >= 0:
            for d in _LISTED_PLACES.finditer(self.text, max(s.start, joint - 200), s.end):
                self._listed_places(d)
        titled = described and _possessive_then_capital(self.text, s.start, s.end)
        for d in _TITLED_DESCRIPTION.finditer(self.text, s.start, s.end) if titled else ():
            if d["desc"].lower() in _descriptions():
                self._description(d, s)
            elif " " in d["desc"]:
                self._owned_title(d)
        # "Italy's Garante ... Its Korean counterpart": the same kind of body of that country
        paired = "counterpart" in words or "counterparts" in words
        for c in _COUNTERPART.finditer(self.text, s.start, s.end) if paired else ():
            self._counterpart(c)
        # "lawmakers in the Czech Republic"
        grouped = not words.isdisjoint(_GROUP_WORDS)
        for g in _GROUP_IN_PLACE.finditer(self.text, s.start, s.end) if grouped else ():
            self._group_in_place(g)
        # "In Italy, the data protection authority ordered ...": the body of the country the
        # sentence or its paragraph is about
        unplaced = _unplaced_description() if described else None
        for d in unplaced.finditer(self.text, s.start, s.end) if unplaced is not None else ():
            self._unplaced_description(d, s)
        # "Her office said ...": the body of the person named last (where one is known)
        for m in _PERSONS_BODY.finditer(self.text, s.start, s.end) if _has_his_her(words) else ():
            person = self.last_person(m.start(), 1500)
            parent = self._drafts[person].parent if person is not None else None
            if parent is not None and not self.mentions_between(m.start(), m.end()):
                self._add_mention(m.start(), m.end(), parent, "short")
        # "the Centre said": India's union government, in an Indian report
        for c in _THE_CENTRE.finditer(self.text, s.start, s.end) if "centre" in words else ():
            self._the_centre(c, s)
        # "House lawmakers", "House Republicans": the chamber of the country in context
        for c in _CHAMBER_GROUP.finditer(self.text, s.start, s.end) if "house" in words else ():
            self._chamber_group(c, s)
        # "both chambers", "both houses of parliament": the legislature of the country in context
        both = "chambers" in words or "houses" in words
        for c in _BOTH_CHAMBERS.finditer(self.text, s.start, s.end) if both else ():
            self._context_body(
                c.start(), c.end(), s, ActorKind.LEGISLATURE, _LEGISLATURE_HINT, None, c.group()
            )
        for g in _BARE_GROUP.finditer(self.text, s.start, s.end) if grouped else ():
            self._bare_group(g, s)
        # "the Dutch AP": an acronym too ambiguous to be a form, read in its country
        if self._acronym_adjectives:
            self._demonym_acronyms(s)
        # "the country's spy agency", "the government's data protection agency", "Germany ...,
        # but its data protection commissioner": the description of the country in context, or
        # of the country "its" stands for
        owned = described and not words.isdisjoint(("country", "nation", "government", "its"))
        for d in _COUNTRYS_DESCRIPTION.finditer(self.text, s.start, s.end) if owned else ():
            self._country_description(d, s)
        # short forms last: "..., the regulator said" may name a body described before it
        # in its own sentence ("South Korea's personal information watchdog")
        self._plain_short_forms(s, words, gates)

    def _plain_short_forms(
        self, s: Sentence, words: frozenset[str], gates: dict[str, frozenset[str]]
    ) -> None:
        """ "The commission", "the firm", "the state government": the actor each names."""
        taken: list[Mention] | None = None  # the mentions before any short form is added
        short = not words.isdisjoint(gates["short"])
        for m in _SHORT_FORM.finditer(self.text, s.start, s.end) if short else ():
            if taken is None:  # read on the first short form: most sentences have none
                taken = self.mentions_between(s.start, s.end)
            a, b = m.span()
            inside = [x for x in taken if x.start < b and a < x.end]
            if inside and not (
                m["head"] in _PLACED_SHORT_HEADS
                and all(a < x.start and x.end < b and self._is_place(x.actor) for x in inside)
            ):
                continue  # (but "the Hangzhou lab": a place inside the short form qualifies it)
            if not inside and ("’s " in self.text[a:b] or "'s " in self.text[a:b]):
                continue  # "the Speaker's office": the body of an owner no name gives, not the
                # last office named
            if m["det"] == "that" and not _PREP_RIGHT_BEFORE.search(self.text, max(0, a - 8), a):
                continue  # "said that government agencies should ...": a conjunction
            nxt = self.text[b : b + 4]
            if nxt.startswith((" of ", " for ")) and (
                m["head"] in ("ministry", "department", "state")
                or (
                    _OF_A_NAME.match(self.text, b, b + 40) is not None
                    and not self.text.endswith(", ", 0, a)  # (an appositive describes the name)
                )
            ):
                continue  # ("The trade commission of France": a body of its own, named)
            if rx(r"[ ][A-Z]").match(self.text[b : b + 2]) and any(x.start == b + 1 for x in taken):
                continue  # "the Chinese tech giant Huawei": a description of the name after it
            actor = (self._fronted_place(s, a) if m["head"] in _PLACE_SHORT_HEADS else None) or (
                self._antecedent(m["head"], a, phrase=m.group())
            )  # ("In Texas, the state government ...": the place the sentence opens on)
            if actor is not None:
                if inside:
                    self._drop_mentions(a, b)
                via = "short"
                if self.text.startswith(" government", b) and m["head"] in _PLACE_SHORT_HEADS:
                    b += len(" government")  # "the state government": the state's, whole
                elif m["head"] in _PLACE_SHORT_HEADS and self._owns_next_name(b, taken):
                    via = "modifier"  # "the country's consumer group VKI": whose, not who
                self._add_mention(a, b, actor, via)

    def _owns_next_name(self, end: int, taken: Sequence[Mention]) -> bool:
        """Whether a place's short form ending at ``end`` owns the name after it: "the
        country's consumer association VKI" (VKI acts; the country only says whose)."""
        if not self.text.startswith(("'s ", "’s "), end):
            return False
        return any(
            x.start > end and _OWNED_NAME_GAP.fullmatch(self.text, end, x.start) is not None
            for x in taken
        )

    def _country_description(self, m: re.Match[str], s: Sentence) -> None:
        """ "The country's spy agency said ...": that body of the country the sentence or its
        paragraph is about, as "South Korea's spy agency" would be."""
        read = _read_description(m["desc"], True)
        if read is None or read[0] == "self":
            return
        target, hint, desc_text = read
        a, b = m.start(), m.start("desc") + len(desc_text)
        if m["its"]:
            if self.mentions_between(a, b):
                return  # "its ICT ministry": a name already
            antecedent, earlier = self._its_antecedent(a)
            kind = self._drafts[antecedent].kind if antecedent is not None else None
            if kind in _PLACE_KINDS and kind is not ActorKind.COUNTRY:
                return  # (a region's "its attorney general" is no national body)
            code, strength = self._its_country(antecedent, earlier), "sentence"
        else:
            code, strength = self._context_country(m.start(), s)
            if strength == "document" and m.group()[4:10].lower() in ("countr", "nation"):
                # "... in South Korea, a step the country's privacy regulator had demanded":
                # "the country" is the one its sentence named last, wherever it stands
                named = [
                    x
                    for x in self.mentions_between(s.start, a)
                    if self._drafts[x.actor].kind is ActorKind.COUNTRY
                ]
                if named:
                    code, strength = self._drafts[named[-1].actor].country, "sentence"
        country = self.gazetteer.country(code) if code and strength != "document" else None
        if country is None:
            return
        held = self.mentions_between(a, m.start("desc"))
        self._drop_mentions(a, m.start("desc"))  # "The country" read as its short form
        self._describe(country.name, target, hint, desc_text, a, b)
        if not any(x.start == a for x in self.mentions_between(a, b)):
            for x in held:
                self._add_mention(x.start, x.end, x.actor, x.via)

    def _counterpart(self, m: re.Match[str]) -> None:
        """ "Italy's data protection authority blocked it. Its Korean counterpart suspended
        downloads": the body of the adjective's country that the description of the body
        named before (its kind and the words of its names) fits."""
        place = self._counterpart_place(m["adj"])
        if place is None:
            return
        who, code, region = place
        a = m.start()
        for x in reversed(self.mentions_between(max(0, a - _COUNTERPART_REACH), a)):
            d = self._drafts[x.actor]
            if x.via == "modifier" or d.kind not in _COUNTERPART_KINDS:
                continue
            if d.country == code and d.region == region:
                return  # "Korea's PIPC ... its Korean counterpart": no other place's
            read = _description_fitting(d.kind, " ".join((d.name, *d.aliases)))
            if read is not None:
                self._describe(who, *read, a, m.end())
                self._name_in_apposition(a, m.end())
            return

    def _name_in_apposition(self, a: int, b: int) -> None:
        """ "Its British Columbia counterpart, the Office of the Information and Privacy
        Commissioner, opened ...": a name that only a pattern made, in apposition to the body
        described at ``[a, b)``, is that body's."""
        described = [x.actor for x in self.mentions_between(a, b) if x.via == "description"]
        lead = _APPOSED_LEAD.match(self.text, b, b + 6) if described else None
        if lead is None:
            return
        for x in self.mentions_between(lead.end(), lead.end() + 120):
            if x.start == lead.end() and x.via == "pattern" and self.text.startswith(",", x.end):
                self._drop_mentions(x.start, x.end)
                self._add_mention(x.start, x.end, described[0], "description")
                self._drafts[described[0]].aliases[x.text] = None
            return

    def _counterpart_place(self, words: str) -> tuple[str, str, str | None] | None:
        """(place name, country code, region code) of a counterpart's adjective or place name:
        "Korean" (South Korea), "British Columbia" (CA, CA-BC)."""
        country = self.gazetteer.country_for_adjective(words)
        if country is not None and country.country:
            return country.name, country.country, None
        for e in self.gazetteer.lookup(words):
            if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT and e.country:
                return words, e.country, e.region
        return None

    def _demonym_acronyms(self, s: Sentence) -> None:
        """ "The Dutch AP", "the Spanish AEPD": an acronym no form holds, after a country's
        adjective, is the body of that country it abbreviates (its acronym, or the initials
        of its name: "Autoriteit Persoonsgegevens")."""
        pending, self._acronym_adjectives = self._acronym_adjectives, []
        for b, code in pending:  # (noted while this sentence was read)
            if not s.start <= b < s.end:
                continue
            m = _ACRONYM_AFTER.match(self.text, b, s.end)
            if m is None or self.mentions_between(m.start("acr"), m.end("acr")):
                continue
            entry = _abbreviated_body(self.gazetteer, code, m["acr"])
            if entry is not None:
                actor_id = self._ensure_entry(entry, m["acr"])
                self._add_mention(m.start("acr"), m.end("acr"), actor_id, "acronym")

    def _is_place(self, actor_id: str) -> bool:
        return self._drafts[actor_id].kind in (ActorKind.COUNTRY, ActorKind.SUBNATIONAL_GOVERNMENT)

    def _description(self, m: re.Match[str], s: Sentence) -> None:
        who = m["who"]
        if not self.gazetteer.knows(who, _PLACE_ROLES) and (
            " " in who  # (a region's adjective is one word: "Bavarian")
            or _read_description(m["desc"], bool(m["poss"])) is None
            or self._region_adjective(who) is None
        ):
            return
        if m["poss"] and self._company_unit(m, s):
            return
        read = _read_description(m["desc"], bool(m["poss"]))
        if read is None:
            return
        target, hint, desc_text = read
        after_desc = m.start("desc") + len(desc_text)
        if rx(r"[ ][A-Z]").match(self.text[after_desc : after_desc + 2]) and any(
            x.start == after_desc + 1 for x in self.mentions_between(after_desc, s.end)
        ):
            return  # a description in apposition to the name after it
        office = _OFFICE_AFTER.match(self.text, after_desc)
        if office is not None:
            after_desc = office.end()  # "Virginia's governor's office": the governor's body
        a = m.start("who") if not m["det"] else m.start()
        self._describe(who, target, hint, desc_text, a, after_desc, m.start("who"))
        made = [x for x in self.mentions_between(a, after_desc) if x.start == a]
        if made and made[0].actor not in self.gazetteer:
            named = self._apposed_name(who, after_desc, s)
            if named is not None:
                # "Brazil's data agency, the ANPD, opened ...": a description the gazetteer
                # does not know is the body the name in apposition gives, not a new one
                self._drop_mentions(a, after_desc)
                self._add_mention(a, after_desc, named, "description")

    def _apposed_name(self, who: str, end: int, s: Sentence) -> str | None:
        """The body named in apposition right after a description of a body of the place
        ``who`` that ends at ``end`` (", the ANPD,", ", SDAIA,"): a body of that country, not a
        place or a person."""
        lead = _APPOSED_LEAD.match(self.text, end, s.end)
        if lead is None:
            return None
        after = self.mentions_between(lead.end(), min(s.end, lead.end() + 120))
        if not after or after[0].start != lead.end() or after[0].via == "modifier":
            return None
        x = after[0]
        d = self._drafts[x.actor]
        if (
            d.kind in _PLACE_KINDS
            or d.kind is ActorKind.PERSON
            or d.country != self._place_named(who)[0]
        ):
            return None
        return x.actor if self.text[x.end : x.end + 1] in (",", " ") else None

    def _listed_places(self, m: re.Match[str]) -> None:
        """ "The Belgian, Dutch and French data protection authorities opened inquiries": the
        body the description names for each place of the list. A plural the descriptions table
        lacks is read as its singular ("authorities", "watchdogs"): each place has one."""
        text = self.text
        listed = _LISTED_PLACE.finditer(text, m.start("places"), m.end("places"))
        places = [x.span() for x in listed]
        places.append(m.span("last"))
        if not all(self.gazetteer.knows(text[a:b], _PLACE_ROLES) for a, b in places):
            return  # "the Apple and Google app stores"
        read = _read_description(m["desc"], False)
        written = read[2] if read is not None else ""
        words = m["desc"].split(" ")
        for n in range(len(words), 0, -1) if read is None else ():
            singular = _singular_head(" ".join(words[:n]))
            read = _read_description(singular, False) if singular is not None else None
            if read is not None and read[2].count(" ") == n - 1:
                written = " ".join(words[:n])
                break
        else:
            if read is None:
                return
        assert read is not None
        target, hint, desc_text = read
        desc_end = m.start("desc") + len(written)
        for a, b in places:
            last = b == m.end("last")
            self._describe(text[a:b], target, hint, desc_text, a, desc_end if last else b, a, last)

    def _owned_title(self, m: re.Match[str]) -> None:
        """ "Ontario's Information and Privacy Commissioner": the body the gazetteer names
        with its place ("Information and Privacy Commissioner of Ontario")."""
        a, b = m.start("who"), m.end("desc")
        if self.mentions_between(m.start("desc"), b):
            return
        places = [
            e for e in self.gazetteer.lookup(m["who"]) if e.kind in _PLACE_KINDS and e.country
        ]
        if len(places) != 1:
            return
        place = places[0]
        desc = m["desc"]
        forms = [
            f"{office}{desc} {of} {place.name}"
            for office in ("", "Office of the ")
            for of in ("of", "for")
        ]
        for form in (*forms, f"{place.name} {desc}"):
            found = [
                e
                for e in self.gazetteer.lookup(form)
                if e.country == place.country
                and (place.kind is ActorKind.COUNTRY or e.region == place.region)
            ]
            if found:
                actor_id = self._ensure_entry(min(found, key=_entry_rank), self.text[a:b])
                self._drop_mentions(a, b)
                self._add_mention(a, b, actor_id, "description")
                return

    def _chamber_group(self, m: re.Match[str], s: Sentence) -> None:
        """ "House lawmakers introduced a bill": the House of the country in context, where the
        gazetteer knows one (the word alone names no body: "Freedom House")."""
        a, b = m.span("chamber")
        self._context_body(a, b, s, ActorKind.LEGISLATURE, _CHAMBER_HINT, "House", "House")

    def _context_body(
        self,
        a: int,
        b: int,
        s: Sentence,
        kind: ActorKind,
        hint: Sequence[str],
        head: str | None,
        surface: str,
    ) -> None:
        """Index ``text[a:b]``, where no mention covers it yet, as the body of ``kind`` that
        ``hint`` names in the country in context (nothing where none is known)."""
        if self.mentions_between(a, b):
            return
        code = self._context_country(a, s)[0]
        entry = self._find_by_hint(code, kind, hint, None, head) if code else None
        if entry is not None:
            self._add_mention(a, b, self._ensure_entry(entry, surface), "description")

    def _unplaced_description(self, m: re.Match[str], s: Sentence) -> None:
        """ "the data protection authority", "the foreign ministry" with no place beside it: that
        body of the country in context, where the sentence or its paragraph names one (a
        description of one word, "the regulator", is a short form of a body named before)."""
        a = m.start()
        if self.mentions_between(a, m.end()):
            return
        read = _read_description(m["desc"], False)
        if read is not None and read[0] == "self" and " " in read[2]:
            # "In Inner Mongolia, the regional government said ...": the fronted place's own
            place = self._fronted_place(s, a)
            if place is not None:
                self._add_mention(a, m.start("desc") + len(read[2]), place, "description")
            return
        if read is None or read[0].startswith("kind:"):
            # "In Mexico, the digital transformation agency told ...", "In Bavaria, the digital
            # ministry": a body of the fronted place, as "Bavaria's digital ministry" would be
            place = self._fronted_place(s, a)
            owned = (read or _read_description(m["desc"], True)) if place is not None else None
            if place is not None and owned is not None:
                end = m.start("desc") + len(owned[2])
                self._describe(self._drafts[place].name, *owned, a, end)
                return
            if read is None:
                self._new_body_of_place(m, s)  # "the finance bureau of Jiangsu province"
                return
        if len(read[2].split()) < 2 or not read[0].startswith(("kind:", "name:")):
            return
        target, hint, desc_text = read
        b = m.start("desc") + len(desc_text)
        if _NAME_AFTER_TITLE.match(self.text, b, s.end) is not None:
            return  # "the state broadcaster CCTV": a title before the name, which speaks
        named = _PLACE_AFTER.match(self.text, b, s.end)
        if named is not None:
            # "the cybersecurity agency of Indonesia": the place named after it
            if self.gazetteer.knows(named["who"], _PLACE_ROLES):
                self._describe(named["who"], target, hint, desc_text, a, named.end())
            return
        code, strength = self._context_country(a, s)
        if code is None or strength == "document":
            return
        country = self.gazetteer.country(code)
        if country is not None:
            self._describe(country.name, target, hint, desc_text, a, b)

    def _new_body_of_place(self, m: re.Match[str], s: Sentence) -> None:
        """ "The finance bureau of Jiangsu province", "the health department of Texas": a body
        of the place named after it, as "Jiangsu's finance bureau" is (a new body, unless the
        gazetteer knows it)."""
        read = _read_description(m["desc"], True)
        if read is None or not read[0].startswith("new:"):
            return
        target, hint, desc_text = read
        b = m.start("desc") + len(desc_text)
        named = _PLACE_AFTER.match(self.text, b, s.end)
        if (
            named is None
            or not named.group().startswith(" of ")
            or not self.gazetteer.knows(named["who"], _PLACE_ROLES)
        ):
            return
        end = _PLACE_HEAD.match(self.text, named.end(), s.end)
        self._describe(named["who"], target, hint, desc_text, m.start(), (end or named).end())

    def _fronted_place(self, s: Sentence, a: int) -> str | None:
        """The place a sentence opens on right before ``a``: "In Inner Mongolia, (the ...)"."""
        fronted = _FRONTED_IN_PLACE.match(self.text, s.start, a)
        if fronted is None:
            return None
        for x in self.mentions_between(fronted.start("who"), fronted.end("who")):
            if x.start == fronted.start("who") and self._is_place(x.actor):
                return x.actor
        return None

    def _the_centre(self, m: re.Match[str], s: Sentence) -> None:
        """ "The Centre has advised ...": Indian English for the union government, read as
        India where India is the scene (elsewhere "the Centre" names no one)."""
        a, b = m.span("centre")
        if self.mentions_between(a, b) or "IN" not in (
            self._context_country(a, s)[0],
            self._document_country(),
        ):
            return
        entry = self.gazetteer.country("IN")
        if entry is not None:
            self._add_mention(a, b, self._ensure_entry(entry, "the Centre"), "description")

    def _bare_group(self, m: re.Match[str], s: Sentence) -> None:
        """ "Two lawmakers introduced a bill": the legislature of the country in context, as
        "U.S. lawmakers" would be (a place or a lower tier named before the noun is left to
        the descriptions, or to no one)."""
        a, b = m.span()
        body = self._named_body_after(b, s)
        if body is not None:
            # "Lawmakers on the House Select Committee on ...": that body's members speak and
            # act for it (the group word is no alias of its name)
            self._mentions.add(a, b, self.text[a:b], body, "description")
            return
        before = self.text[max(s.start, a - 30) : a].split()
        if before and not before[-1].endswith(","):  # "In Britain, MPs ...": no modifier
            word = before[-1].strip("’'.,")
            if word.lower() in _NOT_NATIONAL_GROUP:
                return
            for n in (2, 3):  # "South Dakota lawmakers", "New South Wales MPs": a longer name
                wider = " ".join(before[-n:]).strip("’'.,")
                if len(before) >= n and wider[:1].isupper() and self.gazetteer.knows(
                    wider, _PLACE_ROLES
                ):
                    word = wider
            if word[:1].isupper() and self.gazetteer.knows(word, _PLACE_ROLES):
                if not any(
                    e.kind is ActorKind.COUNTRY for e in self.gazetteer.lookup(word, "name")
                ):
                    return  # "Texas lawmakers": the place's own body (see _description)
                if self.mentions_between(a, b):
                    return  # "US lawmakers": read as a description of the country already
        described = _descriptions().get(m["desc"].lower())
        if described is None:
            return  # a group word the descriptions table does not hold (a user's edit)
        target, hint = described
        if target.startswith("kind:"):
            kind = ActorKind(target.split(":", 1)[1])
            self._context_body(a, b, s, kind, hint, None, m.group())

    def _named_body_after(self, b: int, s: Sentence) -> str | None:
        """The body a group word ending at ``b`` belongs to, named right after it: "lawmakers
        on the Senate Commerce Committee", "members of the European Parliament" (not a place:
        "lawmakers in Texas" is read as Texas's)."""
        of = _OF_BODY_AFTER.match(self.text, b, s.end)
        if of is None:
            return None
        for x in self.mentions_between(of.end(), min(s.end, of.end() + 80)):
            if x.start == of.end() and x.via != "modifier" and not self._is_place(x.actor):
                return x.actor
            return None
        return None

    def _group_in_place(self, m: re.Match[str]) -> None:
        """ "Lawmakers in the Czech Republic": as "Czech lawmakers" (see :meth:`_description`)."""
        who = m["who"]
        if not self.gazetteer.knows(who, _PLACE_ROLES):
            return
        read = _read_description(m["desc"].lower(), False)
        if read is not None:
            target, hint, desc_text = read
            self._describe(who, target, hint, desc_text, m.start(), m.end("who"))

    def _describe(
        self,
        who: str,
        target: str,
        hint: tuple[str, ...],
        desc_text: str,
        a: int,
        b: int,
        who_start: int | None = None,
        alias: bool = True,
    ) -> None:
        """Resolve a description of a place's body (``text[a:b]``, naming the place ``who``,
        which starts at ``who_start`` after a determiner) and index it as one mention of that
        body (``text[a:b]`` one of its aliases, unless ``alias`` is false)."""
        named_from = a if who_start is None else who_start
        country_code, region_id = self._place_named(who, self.text.find(who, a, b))
        if country_code is None and region_id is None:
            return
        minister = desc_text.endswith(" minister")
        if minister:  # "Denmark's digital minister": the ministry speaks
            desc_text = desc_text.removesuffix("minister") + "ministry"
        if any(
            (x.start < b and a < x.end and x.via not in ("name", "modifier", "capital"))
            or (x.start <= named_from and b <= x.end and x.via == "name")
            for x in self.mentions_between(a, b)
        ):
            return  # read already: a name the gazetteer knows ("Berlin's data protection
            # commissioner", "the Seoul city government") or another description
        actor_id: str | None = None
        if target == "embassy":
            actor_id = self._embassy(country_code, self.text[a:b])
        elif target.startswith("new:"):
            kind = _NEW_BODY_KINDS[target[4:]]
            place = self._drafts[region_id].name if region_id is not None else who
            region = self._drafts[region_id].region if region_id is not None else None
            known = self._known_as_described(place, desc_text, country_code)
            actor_id = (
                self._ensure_entry(known, self.text[a:b])
                if known is not None
                else self._ensure_new(
                    f"{place} {desc_text}", kind, country_code, region, self.text[a:b]
                )
            )
        elif (
            (
                (target == "self" and desc_text.startswith(_MUNICIPAL))
                or _CITY_OF_BEFORE.search(self.text, max(0, named_from - 12), named_from)
            )
            and region_id is None
            and self.gazetteer.lookup(who, "capital")
        ):
            # "Beijing's municipal government": the capital city's own, not the country's; and
            # any body of "the city of Amsterdam's" (its IT department): the city's
            forms = (f"{who} {desc_text}", f"{who} city government", f"{who} municipal government")
            found = next((e for f in forms for e in self.gazetteer.lookup(f)), None)
            actor_id = (
                self._ensure_entry(found, self.text[a:b])
                if found is not None
                else self._ensure_new(
                    f"{who} City Government",
                    ActorKind.SUBNATIONAL_GOVERNMENT,
                    country_code,
                    None,
                    self.text[a:b],
                )
            )
        elif target == "self":
            country_entry = self.gazetteer.country(country_code) if country_code else None
            actor_id = region_id or (
                self._ensure_entry(country_entry, who) if country_entry is not None else None
            )
        elif target.startswith("kind:") and country_code:
            kind = ActorKind(target.split(":", 1)[1])
            region = self._drafts[region_id].region if region_id is not None else None
            head_word = desc_text.rsplit(maxsplit=1)[-1].capitalize()
            entry = (
                self.gazetteer.find_local_by_hint(country_code, kind, hint, who, head_word)
                if region_id is None and hint and self.gazetteer.lookup(who, "capital")
                else None
            )  # "the Berlin data protection office": the city-state's own, where it has one
            entry = entry or self._find_by_hint(country_code, kind, hint or (), region, head_word)
            if entry is None and region_id is not None and minister:
                actor_id = region_id  # "Tamil Nadu's IT minister": a state's minister speaks
                # for its government, where the gazetteer knows no ministry of the state's
            elif entry is None and region_id is not None:
                words = (
                    "Legislature"  # "Ohio lawmakers": the state's legislature, by its kind
                    if kind is ActorKind.LEGISLATURE and desc_text.split()[-1] in _GROUP_WORDS
                    else _title_case(desc_text)
                )
                name = f"{self._drafts[region_id].name} {words}"
                actor_id = self._ensure_new(name, kind, country_code, region, self.text[a:b])
                self._drafts[actor_id].parent = region_id
            if actor_id is not None:
                pass
            elif entry is not None:
                actor_id = self._ensure_entry(entry, self.text[a:b])
            else:
                adjective = _adjective_of(self.gazetteer, country_code) or who
                name = f"{adjective} {desc_text}"
                actor_id = self._ensure_new(
                    _title_case(desc_text), kind, country_code, None, name, id_name=desc_text
                )
        if actor_id is None:
            return
        if alias:
            self._drafts[actor_id].aliases[self.text[a:b]] = None
        # the country inside the description is a modifier of it
        self._drop_mentions(a, b)
        self._add_mention(a, b, actor_id, "description")

    def _known_as_described(self, place: str, desc: str, country: str | None) -> Entry | None:
        """The place's body whose name the description spells in lower case: "Hong Kong's
        monetary authority" is the Hong Kong Monetary Authority, "Singapore's monetary
        authority" the Monetary Authority of Singapore."""
        for form in (f"{place} {desc}", f"{desc} of {place}"):
            for entry in self.gazetteer.lookup_casefree(form):
                if entry.country == country:
                    return entry
        return None

    def _embassy(self, country_code: str | None, surface: str) -> str | None:
        """ "The Chinese embassy", "the U.S. embassy in Seoul": the sending country's mission,
        a body of that country wherever it sits."""
        country = self.gazetteer.country(country_code) if country_code else None
        if country is None:
            return None
        article = "the " if _TAKES_THE.intersection(country.name.split()) else ""
        name = f"Embassy of {article}{country.name}"
        return self._ensure_new(name, ActorKind.GOVERNMENT_AGENCY, country.country, None, surface)

    def _find_by_hint(
        self,
        country: str,
        kind: ActorKind,
        hint: Sequence[str],
        region: str | None = None,
        head: str | None = None,
    ) -> Entry | None:
        """The entry of a country (or region) that a description names (see
        :meth:`~deepseek_policy.gazetteer.Gazetteer.find_by_hint`)."""
        return self.gazetteer.find_by_hint(country, kind, tuple(hint), region, head)

    def _antecedent(self, head: str, offset: int, phrase: str = "") -> str | None:
        head = head.lower()
        if head in ("pair",):
            return None
        accept = _of_country(
            _antecedent_test(head, self.gazetteer), self._adjective_country(phrase)
        )
        if head in ("country", "nation", "government", "administration", "authorities"):
            code, strength = self._context_country(offset, None)
            named = self._adjective_country(phrase)  # "the Czech government": Czechia's
            if named is not None:
                code, strength = named, "explicit"
            if code is not None and strength in ("sentence", "paragraph", "explicit"):
                country = self.gazetteer.country(code)
                if country is not None:
                    return self._ensure_entry(country, phrase or head)
            return None
        if head in _UNNAMED_FIRM_HEADS and (phrase[:4].lower() == "the " or not phrase):
            unnamed = self._unnamed_introduced(head, offset)
            if unnamed is not None:
                return unnamed[0]
        # the nearest acceptable mention, unless a subject of the last sentences is acceptable:
        # "Naver told staff to avoid DeepSeek. The company then blocked it" means Naver
        nearest: str | None = None
        fallback: str | None = None
        owner: str | None = None  # "DeepSeek's R1 ..., the company said": a possessive owner
        owner_here = False  # whether that owner is named in the short form's own sentence
        nearest_here: str | None = None  # the nearest, if in a later clause of its sentence
        here = self.seg.sentence_at(offset)
        # "The company also said it had ...": it goes on from a firm that spoke, so a firm
        # someone else spoke of ("Tencent is expected to ..., analysts said") is not it
        goes_on = _ALSO_SAID_AT.match(self.text, offset, offset + 60) is not None
        mentions = self._mentions
        i = bisect.bisect_left(mentions.starts, offset) - 1
        floor = offset - 2500
        verdicts: dict[str, bool] = {}  # the walk meets the same few actors again and again

        def fits(actor_id: str) -> bool:
            verdict = verdicts.get(actor_id)
            if verdict is None:
                verdict = verdicts[actor_id] = accept(self._drafts[actor_id])
            return verdict

        # read the columns, not Mention objects: the walk can pass hundreds of mentions
        starts, ends, rest = mentions.starts, mentions.ends, mentions.rest
        while i >= 0:
            start = starts[i]
            if start < floor:
                break
            _surface, actor, via = rest[i]
            if (
                owner is None
                and via == "modifier"
                and start < offset
                and _POSSESSIVE.match(self.text[ends[i] : ends[i] + 2])
                and fits(actor)
            ):
                owner = actor
                owner_here = here is not None and start >= here.start
            if (
                start < offset
                and (
                    via != "modifier"
                    # "California Governor Gavin Newsom said the state's ...": a place named as
                    # a modifier in this sentence is the place a short form of its kind means
                    or (head in _PLACE_SHORT_HEADS and here is not None and start >= here.start)
                )
                and fits(actor)
                and not _no_antecedent(self.text, start, ends[i])
            ):
                if owner_here and here is not None and start < here.start:
                    # "Lenovo's chairman Yang said the company would ...": the owner named in
                    # this sentence, before any company of the sentences before it
                    return owner
                if nearest_here is not None and here is not None and start < here.start:
                    # "closed its inquiry into DeepSeek after the company agreed ...": a name of
                    # this sentence before the short form, if no subject of it came first
                    return nearest_here
                d = self._drafts[actor]
                possessive = _POSSESSIVE.match(self.text[ends[i] : ends[i] + 2]) is not None
                if (
                    possessive
                    and here is not None
                    and start >= here.start
                    and _OWNERS_OFFICER.match(self.text, ends[i], offset) is not None
                ):
                    # "Saudi Aramco's chief executive said the oil giant had ...": the firm of
                    # the one who speaks, before any firm of the sentences before
                    return actor
                if possessive and fallback is None:
                    fallback = actor
                if not (possessive and d.kind in (ActorKind.COMPANY, ActorKind.STATE_ENTERPRISE)):
                    if goes_on and here is not None:
                        sent = self.seg.sentence_at(start)
                        if (
                            sent is not None
                            and here.index - sent.index in (1, 2)
                            and _OTHERS_SAID.search(self.text, ends[i], sent.end) is not None
                        ):
                            i -= 1
                            continue  # (a firm analysts spoke of: not the one that went on)
                    if nearest is None:
                        nearest = actor
                        if (
                            here is not None
                            and start >= here.start
                            and self.text.find(" ", here.start, offset) >= 0
                            and _LATER_CLAUSE.search(self.text, ends[i], offset)
                        ):
                            nearest_here = actor
                    sent = self.seg.sentence_at(start)
                    close = here is None or sent is None or here.index - sent.index <= 2
                    if not close:
                        break
                    if sent is not None and _subject_like(self.text, sent.start, start):
                        return actor
                    if (
                        here is not None
                        and sent is not None
                        and here.index - sent.index <= 1
                        and _DESCRIBED_AFTER.match(self.text, ends[i], ends[i] + 80)
                    ):
                        # "The trigger was DeepSeek, a Hangzhou-based startup. The company
                        # has said ...": the firm the sentence before describes
                        return actor
            i -= 1
        return nearest or fallback or owner or self._national_body(head, offset, phrase)

    def _unnamed_introduced(self, head: str, offset: int) -> tuple[str | None] | None:
        """ "(awarded a contract to) a local software firm. ... the firm will install": a firm
        introduced without a name in this sentence or the one before is the one "the firm"
        means, as the name set beside it where there is one ("a local firm, Acme Soft,");
        None where no firm was introduced so (a description of a firm named before it, "X is
        a start-up", "X, a start-up," introduces none)."""
        here = self.seg.sentence_at(offset)
        if here is None:
            return None
        lo = here.start
        if here.index > 0:
            lo = self.seg.sentences[here.index - 1].start
        intro = None
        for m in _INDEFINITE_FIRM.finditer(self.text, max(lo, offset - 600), offset):
            if m["head"].lower() == head and m["prev"].lower() not in _PREDICATIVE_BEFORE:
                intro = m
        if intro is None:
            return None
        named = _NAMED_BESIDE.match(self.text, intro.end())
        if named is not None:
            for x in self.mentions_between(named.end(), named.end() + 80):
                if x.start == named.end():
                    return (x.actor,)
        return (None,)

    def _adjective_country(self, phrase: str) -> str | None:
        """The country a nationality word inside a short form names ("the Chinese startup")."""
        for word in phrase.split()[1:-1]:
            entry = self.gazetteer.country_for_adjective(word)
            if entry is not None and entry.country:
                return entry.country
        return None

    def _national_body(self, head: str, offset: int, phrase: str) -> str | None:
        """ "The cabinet", "the navy" with no antecedent: the one such body of the country in
        context ("the cabinet" in a paragraph about Taiwan is the Executive Yuan)."""
        if head not in _UNIQUE_BODIES:
            return None
        target, hint = _descriptions().get(head, ("", ()))
        if not target.startswith("kind:"):
            return None
        code, strength = self._context_country(offset, None)
        if code is None or strength not in ("sentence", "paragraph", "explicit"):
            return None
        entry = self._find_by_hint(code, ActorKind(target[5:]), hint)
        return self._ensure_entry(entry, phrase or head) if entry is not None else None

    # choosing among gazetteer entries ---------------------------------------------------------
    def _choose_entry(
        self, entries: Sequence[Entry], start: int, end: int, s: Sentence | None
    ) -> Entry | None:
        if not entries:
            return None
        if len(entries) == 1:
            entry = entries[0]
            if not entry.country:
                return self._regional_namesake(entry, start, end, s) or entry
            if entry.kind in _OWN_NAME_KINDS:
                return entry
            code = self._explicit_country(start, self._sentence_floor(start, s), end)
            if code and code != entry.country:
                return None  # "the Chinese Ministry of ..." when only Korea's is known
            fronted = self._fronted_country(s, start) if entry.kind in _BODY_KINDS else None
            if fronted is not None and fronted != entry.country:
                # "In Poland, the Ministry of Digital Affairs ...": Poland's, not Taiwan's
                return self._lookup_name(self.text[start:end], fronted, entry.kind)
            if entry.kind in _BODY_KINDS and self.text[start : start + 1].islower():
                return self._description_in_context(entry, start, end, s)
            dateline = self._dateline_over_generic_name(entry, start, end, s)
            if dateline is not None:
                # "ISLAMABAD: ... the National Assembly's committee": a name every country's
                # body bears is the dateline's country's, not the one body the gazetteer knows
                return self._lookup_name(self.text[start:end], dateline, entry.kind)
            return entry
        if all(e.kind not in _OWN_NAME_KINDS and e.country for e in entries):
            code = self._explicit_country(start, self._sentence_floor(start, s), end)
            if code and all(e.country != code for e in entries):
                return None  # "Lithuania's National Cyber Security Centre": not Ireland's
        # a country the sentence names, where the name is shared across countries ("... in
        # South Korea ..., the Personal Information Protection Commission said": Korea's)
        if s is not None:
            named = {
                self._drafts[m.actor].country
                for m in self.mentions_between(s.start, s.end)
                if self._drafts[m.actor].kind is ActorKind.COUNTRY
            }
            # and the countries named later in the sentence, not yet read: "the Personal
            # Information Protection Commission said in Seoul ..."
            named |= {
                e.country
                for g in self._gaz_between(end, s.end)
                for e in g.entries
                if e.kind is ActorKind.COUNTRY and g.role in ("name", "capital")
            }
            hits = [e for e in entries if e.country in named]
            if len({e.country for e in hits}) == 1:
                return min(hits, key=_entry_rank)
        # prefer the entry of the context country, then of the document's other countries by
        # weight; then countries over their sub-units (Georgia); then the first listed. A
        # body's name that several countries use ("the Finance Ministry") is none of theirs
        # where the sentence or paragraph is about another country, or about none.
        bodies = all(e.kind in _BODY_KINDS for e in entries)
        first, strength = self._context_country(start, s, end)
        if bodies and strength == "paragraph":
            first = self._home_over_a_neighbour(start, s, first, entries)
        if bodies and (first is None or strength != "document"):
            same = [e for e in entries if e.country == first]
            return min(same, key=_entry_rank) if same else None
        for code in self._countries_in_order(start, s, end):
            same = [e for e in entries if e.country == code]
            if same:
                return min(same, key=_entry_rank)
        return min(entries, key=_entry_rank)

    def _regional_namesake(
        self, entry: Entry, start: int, end: int, s: Sentence | None
    ) -> Entry | None:
        """The state's own body where an international body's bare alias ("the General
        Assembly") is also the name of the legislature of the state its paragraph is about
        ("Virginia lawmakers ... The General Assembly passed ..."), unless the paragraph names
        an international body ("At the United Nations, the General Assembly ...")."""
        surface = self.text[start:end]
        if entry.kind is not ActorKind.INTERNATIONAL or " " not in surface or s is None:
            return None
        para = self.seg.paragraphs[s.paragraph]
        region: tuple[str, str] | None = None
        for m in self.mentions_between(para.start, para.end):
            d = self._drafts[m.actor]
            if d.kind is ActorKind.INTERNATIONAL:
                return None
            if m.start < start and d.region and d.country:
                region = (d.country, d.region)
        if region is None:
            return None
        for e in self.gazetteer.in_country(region[0]):
            if e.region == region[1] and e.kind is ActorKind.LEGISLATURE and any(
                n.endswith(" " + surface) for n in e.names
            ):
                return e
        return None

    def _description_in_context(
        self, entry: Entry, start: int, end: int, s: Sentence | None
    ) -> Entry | None:
        """A body's lower-case form ("the digital ministry") is a description: ``entry`` where
        its country is the one in context, else the body it describes in the country its
        sentence or paragraph is about (Japan's Digital Agency, in a report from Tokyo)."""
        code, strength = self._context_country(start, s, end)
        if code is None or code == entry.country or strength == "document":
            return entry
        target, hint = _descriptions().get(self.text[start:end].lower(), ("", ()))
        if not target.startswith("kind:"):
            return entry  # a body's own name in lower case ("chief cabinet secretary")
        return self._find_by_hint(code, ActorKind(target[5:]), hint)

    def _dateline_over_generic_name(
        self, entry: Entry, start: int, end: int, s: Sentence | None
    ) -> str | None:
        """The dateline's country where a body's name is a description any country's body
        bears ("National Assembly") and the mention's context is that country, not the
        entry's (None otherwise)."""
        if entry.kind not in _BODY_KINDS:
            return None
        target, _hint = _descriptions().get(self.text[start:end].lower(), ("", ()))
        if not target.startswith("kind:"):
            return None
        para = self.seg.paragraphs[s.paragraph] if s is not None else None
        code = (self._paragraph_dateline(para.start) if para is not None else None) or (
            self._dateline_country()
        )
        if code is None or code == entry.country:
            return None
        if s is not None and any(
            e.country != code
            for g in self._gaz_between(max(s.start, start - 200), min(s.end, end + 200))
            for e in g.entries
            if e.kind is ActorKind.COUNTRY and g.role in ("name", "capital")
        ):
            return None  # "the National Assembly in Seoul": another country the sentence names
        return code if self._context_country(start, s, end)[0] == code else None

    def _fronted_country(self, s: Sentence | None, start: int) -> str | None:
        """The country a sentence opens on, before ``start``: "In Poland, ...", "Elsewhere in
        Denmark, ..." (a round-up's way of changing country)."""
        if s is None:
            return None
        m = _FRONTED_PLACE.match(self.text, s.start, start)
        if m is None:
            return None
        for x in self.mentions_between(m.start("place"), m.end("place")):
            draft = self._drafts[x.actor]
            if draft.kind is ActorKind.COUNTRY:
                return draft.country
        return None

    def _lookup_name(
        self, name: str, country: str | None, kind: ActorKind | None, *, fuzzy: bool = True
    ) -> Entry | None:
        exact = self.gazetteer.lookup(name) or self.gazetteer.lookup_casefree(name)
        if exact:
            same = [e for e in exact if country is None or e.country == country]
            if same:
                return min(same, key=_entry_rank)
            if country is None:
                return min(exact, key=_entry_rank)
        if country is not None:
            qualified = self._qualified_body(name, country)
            if qualified is not None:
                return qualified
        if (
            not fuzzy
            or country is None
            or kind not in (ActorKind.GOVERNMENT_AGENCY, ActorKind.REGULATOR)
        ):
            return None
        key = (name, country)
        if key not in self._fuzzy_cache:  # the gazetteer does not change during one document
            self._fuzzy_cache[key] = _fuzzy_body(self.gazetteer, name, country)
        return self._fuzzy_cache[key]

    def _owned_widening(self, cand: _Candidate, s: Sentence) -> tuple[int, Entry] | None:
        """Where a country's possessive and capitalised words come before a body's form
        ("Germany's Federal Data Protection Commissioner"), where the widened name starts
        and the body of that country it names (None where it names none)."""
        lo = max(s.start, cand.start - 30)
        if "s " not in self.text[lo : cand.start]:
            return None  # no possessive before it (most names): no regex search
        m = _OWNED_CAPS.search(self.text, lo, cand.start)
        if m is None:
            return None
        owners = [g for g in self._gaz_between(lo - 40, m.start()) if g.end == m.start()]
        codes = {e.country for g in owners for e in g.entries[:1] if e.kind in _PLACE_KINDS}
        if len(codes) != 1:
            return None
        code = codes.pop()
        if code is None:
            return None
        full = self.text[m.start("caps") : cand.end]
        entry = self._qualified_body(full, code)
        if entry is None:
            same = [e for e in self.gazetteer.lookup_casefree(full) if e.country == code]
            entry = min(same, key=_entry_rank) if same else None
        return (m.start("caps"), entry) if entry is not None else None

    def _qualified_body(self, name: str, country: str) -> Entry | None:
        """The body of ``country`` that the gazetteer names with the country in its name:
        "New Zealand's Office of the Privacy Commissioner" is the "Office of the Privacy
        Commissioner of New Zealand"; "Kenya's Revenue Authority", the "Kenya Revenue
        Authority"."""
        entry = self.gazetteer.country(country)
        if entry is None or " " not in name:
            return None
        adjective = entry.adjectives[0] if entry.adjectives else None
        forms = [f"{name} of {entry.name}", f"{entry.name} {name}"]
        if adjective:
            forms.append(f"{adjective} {name}")
        for form in forms:
            same = [e for e in self.gazetteer.lookup(form) if e.country == country]
            if same:
                return min(same, key=_entry_rank)
        for form in forms:  # spelt another way ("Telecommunications ..." for "Telecom ...")
            same = [e for e in self.gazetteer.lookup_casefree(form) if e.country == country]
            if same:
                return min(same, key=_entry_rank)
        return None

    # context ----------------------------------------------------------------------------------
    def _context_country(
        self, start: int, s: Sentence | None, end: int | None = None
    ) -> tuple[str | None, str]:
        """The country a mention belongs to, and how sure: explicit (a modifier beside it),
        sentence, paragraph or document."""
        s = s or self.seg.sentence_at(start)
        lo = self._sentence_floor(start, s)
        code = self._explicit_country(start, lo, end)
        if code is not None:
            return code, "explicit"
        # the nearest country-bearing mention before it in the sentence, then the paragraph:
        # one walk back to the widest floor finds the nearest scene-setter, and a narrower
        # floor keeps it only where it starts inside (the walk visits starts nearest first)
        para = self.seg.paragraphs[s.paragraph] if s is not None else None
        floors = [(lo, "sentence")]
        if para is not None:
            floors += [(para.start, "paragraph"), (max(0, para.start - 1500), "paragraph")]
        mention, adjective = self._scene_setters(start, min(f for f, _ in floors))
        for i, (floor, strength) in enumerate(floors):
            best = _nearest_after(floor, mention, adjective)
            if best is not None:
                return best, strength
            if i == 1 and para is not None:
                # "OTTAWA (CP) - The federal government ...": the dateline's country, before
                # any the headline names (a round-up's later paragraphs may have their own)
                code = self._paragraph_dateline(para.start) or self._section_country(para.start)
                if code is not None:
                    return code, "paragraph"
        return self._document_country(), "document"

    def _sentence_floor(self, start: int, s: Sentence | None) -> int:
        """Where the sentence of ``start`` begins (200 characters back when none is known)."""
        s = s or self.seg.sentence_at(start)
        return s.start if s is not None else max(0, start - 200)

    def _explicit_country(self, start: int, lo: int, end: int | None) -> str | None:
        """The country a modifier right beside a mention states, if any: "the Chinese Ministry
        ...", "South Korea's ...", "U.S. Navy", "... of South Korea" (``lo``: the sentence)."""
        text = self.text
        for a, b, code in self._adjectives_before(start):
            if b <= start and a >= lo and not text[b:start].strip(" the"):
                return code
            if b <= lo:
                break
        # only the mention right before can own it (one around ``start``, the name being
        # resolved, is passed over); read from the index's columns
        mentions = self._mentions
        starts, ends = mentions.starts, mentions.ends
        i = bisect.bisect_left(starts, start) - 1
        while i >= 0 and ends[i] > start:
            i -= 1
        if i >= 0 and starts[i] >= lo:
            m_end = ends[i]
            _text, actor, via = mentions.rest[i]
            gap = text[m_end:start]
            if via in ("modifier", "name") and (
                (_POSSESSIVE.match(text[m_end : m_end + 2]) and not gap.strip(" '’s"))
                or (
                    gap[:-1].endswith(_PLACE_COMPOUND_ENDS)
                    and gap[-1:] == " "
                    and gap.count(" ") == 1
                )
            ):
                d = self._drafts[actor]
                if d.country:
                    return d.country
        if text.endswith(("Its ", "its "), max(0, start - 4), start):
            antecedent = self._place_antecedent(start - 4)
            if antecedent is not None:
                return antecedent
        # "... of South Korea", "... in Jiangsu Province"
        if end is not None:
            after = _PLACE_OF_AFTER.match(text[end : end + 26])
            if after and not after.group().startswith(","):
                g = self._gaz_at(end + after.end())
                if g is not None and g.role == "name" and g.entries[0].country:
                    return g.entries[0].country
        return None

    def _place_antecedent(self, offset: int) -> str | None:
        """The country of the place "its" stands for: the subject (first name) of its own
        sentence, or of the sentence before in its paragraph where "Its" opens the sentence,
        if that is a country or region ("Kenya has not blocked the app. Its ICT ministry
        ...", "The Philippines, which has a dispute with Beijing, ...: its Department ...");
        or the country of a national body that opens its own sentence ("South Korea's trade
        ministry blocked it, and its privacy regulator suspended ...")."""
        return self._its_country(*self._its_antecedent(offset))

    def _its_country(self, antecedent: str | None, earlier: bool) -> str | None:
        """The country an antecedent of "its" gives a body named after it (see
        :meth:`_place_antecedent`; ``earlier``: it stands in the sentence before)."""
        d = self._drafts[antecedent] if antecedent is not None else None
        if d is None:
            return None
        if d.kind in _PLACE_KINDS or (not earlier and d.kind in _NATIONAL_BODY_KINDS):
            return d.country
        return None

    def _its_antecedent(self, offset: int) -> tuple[str | None, bool]:
        """The first actor (DeepSeek passed over) named before "its" at ``offset`` in its
        sentence, or in the sentence before in its paragraph where "Its" opens the sentence;
        and whether it stands in that sentence before."""
        s = self.seg.sentence_at(offset)
        if s is None:
            return None, False
        earlier = False
        if offset <= s.start and s.index > 0:
            before = self.seg.sentences[s.index - 1]
            if before.paragraph != s.paragraph:
                return None, False
            s, earlier = before, True
        for m in self.mentions_between(s.start, offset):
            if m.actor != TARGET_ID:  # ("Kenya has not blocked DeepSeek. Its ...": Kenya)
                return m.actor, earlier
        return None, earlier

    def _gaz_at(self, offset: int) -> GazetteerMatch | None:
        """The gazetteer match that starts at ``offset``, if any."""
        i = bisect.bisect_left(self._gaz_starts, offset)
        if i < len(self._gaz) and self._gaz_starts[i] == offset:
            return self._gaz[i]
        return None

    def _gaz_between(self, start: int, end: int) -> list[GazetteerMatch]:
        return _inside(self._gaz, self._gaz_starts, start, end)

    def _mentions_before(self, offset: int) -> Iterator[Mention]:
        """Mentions that start before ``offset``, nearest first."""
        mentions = self._mentions
        i = bisect.bisect_left(mentions.starts, offset) - 1
        while i >= 0:
            yield mentions[i]
            i -= 1

    def _adjectives_before(self, offset: int) -> Iterator[tuple[int, int, str]]:
        i = bisect.bisect_left(self._adjective_starts, offset) - 1
        while i >= 0:
            yield self._adjectives[i]
            i -= 1

    def _scene_setters(
        self, start: int, lo: int
    ) -> tuple[tuple[int, int, str] | None, tuple[int, int, str] | None]:
        """The nearest mention and the nearest adjective before ``start`` (and from ``lo``)
        that set a country's scene, each as (start, end, country code).

        A scene is set by a mention close by: the walk looks back over a bounded number of
        them, so a text of thousands of country-less names stays linear. It reads the index's
        columns, not :class:`Mention` objects.
        """
        text = self.text
        mention = adjective = None
        mentions = self._mentions
        starts, ends, rest = mentions.starts, mentions.ends, mentions.rest
        i = bisect.bisect_left(starts, start) - 1
        stop = max(-1, i - _SCENE_LOOKBACK - 1)
        while i > stop and starts[i] >= lo:
            end = ends[i]
            if end <= start:
                d = self._drafts[rest[i][1]]
                if (
                    d.country
                    and d.kind in _SCENE_KINDS
                    and not _modifies_target(text, end)
                    and not self._in_country_list(i, d.country)
                ):
                    mention = (starts[i], end, d.country)
                    break
            i -= 1
        for looked, (a, b, code) in enumerate(self._adjectives_before(start)):
            if a < lo or looked > _SCENE_LOOKBACK:
                break
            if b <= start and not _modifies_target(text, b):
                adjective = (a, b, code)
                break
        return mention, adjective

    def _in_country_list(self, i: int, country: str) -> bool:
        """Whether mention ``i`` is joined to a mention of another country by "and", "or" or a
        comma: "as Australia and Italy have restricted it" sets no one country's scene for
        "the government" after it."""
        starts, ends, rest = self._mentions.starts, self._mentions.ends, self._mentions.rest
        for j in (i - 1, i + 1):
            if not 0 <= j < len(starts):
                continue
            gap = self.text[ends[j] : starts[i]] if j < i else self.text[ends[i] : starts[j]]
            if gap not in _LIST_JOINS:
                continue
            other = self._drafts[rest[j][1]]
            if other.country and other.country != country and other.kind in _SCENE_KINDS:
                return True
        return False

    def _dateline_country(self) -> str | None:
        """The country of the city a dateline opens the report with ("SEOUL, Feb. 17 (Wire) --
        ...", "Washington (Wire) — ..."): a capital or a region the gazetteer knows."""
        for sentence in self.seg.sentences[:_DATELINE_SENTENCES]:
            if self._dateline_end(sentence.start) >= 0:
                return self._paragraph_dateline(sentence.start)
        return None

    def _paragraph_dateline(self, start: int) -> str | None:
        """The country of the dateline that opens the paragraph at ``start``, if any (read once
        per paragraph: a round-up of wire reports has one per item)."""
        known = self._datelines
        if start not in known:
            end = self._dateline_end(start)
            place = _DATELINE_PLACE.match(self.text[start:end]) if end >= 0 else None
            code = None
            if place is not None:
                name = " ".join(w.capitalize() for w in place.group(1).split())
                entries = self.gazetteer.lookup(name, "capital") or self.gazetteer.lookup(name)
                countries = {e.country for e in entries if e.country and e.kind in _SCENE_KINDS}
                code = countries.pop() if len(countries) == 1 else None
            known[start] = code
        return known[start]

    def _section_country(self, start: int) -> str | None:
        """The country the section holding ``start`` is headed by: a round-up's heading line
        that is one country's name ("ITALY", "South Korea:"), up to the next heading."""
        sections = self._sections
        if sections is None:
            sections = self._sections = self._section_headings()
        i = bisect.bisect_left(sections[0], start) - 1
        return sections[1][i] if i >= 0 else None

    def _section_headings(self) -> tuple[list[int], list[str | None]]:
        """The starts of the heading lines after the headline, each with the country it names
        alone (None for any other heading, which ends the section before it)."""
        starts: list[int] = []
        codes: list[str | None] = []
        text = self.text
        for para in self.seg.paragraphs:
            if para.kind not in _SECTION_KINDS or para.end - para.start > _SECTION_HEADING_MAX:
                continue
            code = self._country_named(text[para.start : para.end])
            if code is not None or para.kind is ParagraphKind.HEADING:
                starts.append(para.start)
                codes.append(code)
        return starts, codes

    def _country_named(self, line: str) -> str | None:
        """The country a heading line names and nothing else, in any case ("SOUTH KOREA",
        "* Italy:"), if any."""
        name = _HEADING_MARKS.sub("", line)
        if not name or len(name.split()) > 4:
            return None
        entries = self.gazetteer.lookup(name) or self.gazetteer.lookup_casefree(name)
        countries = {e.country for e in entries if e.kind is ActorKind.COUNTRY}
        return countries.pop() if len(countries) == 1 else None

    def _home_over_a_neighbour(
        self, start: int, s: Sentence | None, near: str | None, entries: Sequence[Entry]
    ) -> str | None:
        """The country a shared body's name is read in where only a paragraph before names
        one: the document's own country, where it outweighs that neighbour by far and has
        such a body ("... after Australia, Taiwan and South Korea restricted it.\n\nThe
        Cabinet Office said ..." in a British story is Britain's), else the neighbour."""
        home = self._document_country()
        if home is None or home == near or all(e.country != home for e in entries):
            return near
        para = self.seg.paragraphs[s.paragraph] if s is not None else None
        if (
            para is None
            or _nearest_after(para.start, *self._scene_setters(start, para.start))
            or self._paragraph_dateline(para.start)
            or self._section_country(para.start)
        ):
            return near  # the body's own paragraph names that country (or its dateline does)
        counts = self._doc_counts
        if counts[home] < _HOME_MARGIN * max(1, counts[near] if near else 0):
            return near
        return home

    def _document_country(self) -> str | None:
        return self._doc_ranked[0] if self._doc_ranked else None

    def _countries_in_order(self, start: int, s: Sentence | None, end: int | None) -> list[str]:
        """Candidate countries for a mention, most telling first: the context country, then
        the document's countries by weight."""
        first, _strength = self._context_country(start, s, end)
        out = [first] if first else []
        out += [c for c in self._doc_ranked if c not in out]
        return out

    def _place_of(
        self, start: int, end: int, s: Sentence, qualifier: str | None, kind: ActorKind | None
    ) -> tuple[str | None, str | None]:
        """Country and region for a new organisation name."""
        region = None
        if qualifier:
            code, region_id = self._place_named(qualifier)
            if region_id is not None:
                d = self._drafts[region_id]
                return d.country, d.region
            if code is not None:
                return code, None
        # "Kunshan City in Jiangsu Province", "Jiangnan Union Hospital in Suzhou"
        after = _PLACE_OF_AFTER.match(self.text[end : end + 24])
        if after:
            g = self._gaz_at(end + after.end())
            if g is not None and g.role == "name":
                e = min(g.entries, key=_entry_rank)
                if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT:
                    region = e.region
                return e.country, region
        apposed = self._apposed_place(end)
        if apposed is not None:
            return apposed
        inside = self._place_inside(start, end)
        if inside is not None:
            # "Hebei District" (of Tianjin) is named for a place it does not lie in: a place's
            # own name gives only the country
            return inside[0], inside[1] if kind is not ActorKind.SUBNATIONAL_GOVERNMENT else None
        code, _ = self._context_country(start, s, end)
        return code, region

    def _apposed_place(self, end: int) -> tuple[str | None, str | None] | None:
        """The country (and region) an appositive right after a new name gives it by a place's
        possessive or adjective: "ABP, the Netherlands' largest pension fund,", "Bitkom, the
        German digital industry association" (before the context's country)."""
        lead = _APPOSITIVE_LEAD.match(self.text, end, end + 8)
        g = self._gaz_at(lead.end()) if lead is not None else None
        if g is None or g.role not in ("name", "adjective"):
            return None
        if lead is not None and not lead["art"] and g.role != "name":
            return None  # ("Acme, British Airways and ...": a list, not an appositive)
        if g.role == "name" and not _POSSESSIVE_GAP.match(self.text, g.end):
            return None  # ("Acme, the Netherlands-based firm": a compound, read elsewhere)
        e = min(g.entries, key=_entry_rank)
        if e.kind not in _PLACE_KINDS:
            return None
        region = e.region if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT else None
        return e.country, region

    def _place_inside(self, start: int, end: int) -> tuple[str, str | None] | None:
        """The one place a new name holds ("Dubai Financial Services Authority", "Qatar
        National Bank", "University of Helsinki"): its country (and region), before the country
        the sentences around are about; a place's name before an adjective ("Chinese")."""
        for roles in (("name", "capital"), ("adjective",)):
            places = {
                (e.country, e.region if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT else None)
                for g in self._gaz_between(start, end)
                if g.role in roles
                for e in g.entries[:1]
                if e.country and e.kind in _PLACE_KINDS
            }
            if len(places) == 1:
                code, region = places.pop()
                return code, region
            if len({code for code, _ in places}) == 1:
                # two regions of one country: "Law Society of England and Wales"
                return next(iter(places))[0], None
            if places:
                return None
        return None

    def _place_named(self, words: str, at: int = -1) -> tuple[str | None, str | None]:
        """(country code, region actor id) for a place name or adjective (written at ``at``,
        where known: a name that several countries' places share is read in its context, so
        "Lawmakers in Georgia" in a story about US states are the state's)."""
        entries = self.gazetteer.lookup(words) or self.gazetteer.lookup(words, "capital")
        if at >= 0 and len(entries) > 1:
            places = [e for e in entries if e.kind in _SHARED_PLACE_KINDS]
            if len({e.country for e in places}) > 1:
                chosen = self._choose_entry(places, at, at + len(words), None)
                entries = (chosen,) if chosen is not None else entries
        for e in sorted(entries, key=_entry_rank):
            if e.kind is ActorKind.COUNTRY:
                return e.country, None
            if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT:
                return e.country, self._ensure_entry(e, words)
        for e in entries:  # a union with bodies of its own: "the EU's executive arm"
            if e.kind is ActorKind.INTERNATIONAL and e.country and e.parent is None:
                return e.country, None
        adj = self.gazetteer.country_for_adjective(words)
        if adj is not None:
            return adj.country, None
        region = self._region_adjective(words)
        if region is not None:
            return region.country, self._ensure_entry(region, words)
        return None, None

    def _region_adjective(self, word: str) -> Entry | None:
        """The state or province an adjective names ("Bavarian", "Hessian", "Catalan"), known
        by its government's form in the gazetteer ("Bavarian government"), or None."""
        if " " in word or not word.isalpha():
            return None
        for e in self.gazetteer.lookup(f"{word} government"):
            if e.kind is ActorKind.SUBNATIONAL_GOVERNMENT:
                return e
        return None

    def _country_of_phrase(self, phrase: str) -> str | None:
        for g in self.gazetteer.scan_sorted(phrase):
            e = g.entries[0]
            if e.country:
                return e.country
        return None

    def _is_modifier(self, end: int, s: Sentence) -> bool:
        """A place followed by "'s" and a name, or "X state of Y", only qualifies what follows."""
        after = self.text[end : min(s.end, end + 40)]
        if after.startswith(
            (
                "-based",
                "-headquartered",
                "-listed",
                "-registered",
                "-specific",
                "-related",
                "-made",
                "-linked",
                "-owned",
                "-backed",
                "-developed",
                "-style",
            )
        ):
            return True
        if rx(
            r"[ ](?:Gov\.|Governor|Mayor|Premier|Minister|Sen\.|Senator|Rep\.|Attorney[ ]General|"
            r"Lt\.[ ]Gov\.)[ ][A-Z]"
        ).match(after):
            return True
        if _OWNED_BILL.match(after):
            return False  # "Tennessee's House Bill 1234 would ...": the place's own bill
        if rx(
            r"(?:'s|’s|’|')[ ]+(?:[a-z-]+[ ]){0,3}?(?:[A-Z]|privacy|data|government|central|"
            r"federal|finance|industry|foreign|digital|cabinet|ministr|department|regulator|"
            r"watchdog|authorit|agenc|police|military|parliament|court|tribunal|judge)"
        ).match(after):
            return True
        if _COURT_AFTER.match(after) or _PRIVATE_HEAD_AFTER.match(after):
            return True  # "a Seoul court", "a Washington think tank": where it sits
        return bool(
            rx(r"[ ](?:state|province|prefecture|city|county|district)[ ]of[ ]").match(after)
        )

    # registry ---------------------------------------------------------------------------------
    def _ensure_entry(self, entry: Entry, surface: str) -> str:
        self._ensure_parent(entry)
        self._drafts[entry.id].aliases[surface] = None
        return entry.id

    def _ensure_parent(self, entry: Entry) -> None:
        """The draft of a gazetteer entry, and of the bodies above it, made once."""
        if entry.id in self._drafts:
            return
        parent = entry.parent
        if (
            parent is None
            and entry.kind is not ActorKind.COUNTRY
            and entry.country
            and entry.country != "EU"
        ):
            parent = entry.country.lower()
        self._drafts[entry.id] = _Draft(
            entry.id, entry.name, entry.kind, entry.country, entry.region, parent
        )
        if parent is not None and parent not in self._drafts:
            pe = self.gazetteer.get(parent)
            if pe is not None and pe.id != entry.id:
                self._ensure_parent(pe)

    def _ensure_new(
        self,
        name: str,
        kind: ActorKind,
        country: str | None,
        region: str | None,
        surface: str,
        *,
        id_name: str | None = None,
    ) -> str:
        base = slugify(id_name or name)
        actor_id = f"{country.lower()}-{base}" if country else base
        draft = self._drafts.get(actor_id)
        if draft is None:
            parent = None
            if country and country != "EU" and kind is not ActorKind.COUNTRY:
                country_entry = self.gazetteer.country(country)
                if country_entry is not None:
                    self._ensure_parent(country_entry)
                    parent = country_entry.id
            draft = _Draft(actor_id, name, kind, country=country, region=region, parent=parent)
            self._drafts[actor_id] = draft
        draft.aliases[surface] = None
        return actor_id

    def _add_mention(self, start: int, end: int, actor_id: str, via: str) -> None:
        surface = self.text[start:end]
        self._mentions.add(start, end, surface, actor_id, via)
        if via not in ("modifier",):
            self._drafts[actor_id].aliases.setdefault(surface, None)

    def _drop_mentions(self, start: int, end: int) -> None:
        self._mentions.drop(start, end)

    def _bare_bodies(self, s: Sentence) -> Iterator[_Candidate]:
        """One capitalised word that "said it plans to ..." at a clause's start: a firm the
        gazetteer does not know ("Safaricom said it had no plans", "Equinor said it would
        evaluate it"); not a plural ("Officials said it would"), a known person's word, a
        function word, a title or a head."""
        text = self.text
        for said in _SAID_IT.finditer(text, s.start, s.end):
            b = said.start()
            a = b
            while a > s.start and b - a <= 24 and (text[a - 1].isalnum() or text[a - 1] in "&-"):
                a -= 1
            name = text[a:b]
            opens = a == s.start or text.endswith(_CLAUSE_OPENERS, max(s.start, a - 7), a)
            if (
                not opens
                or not name[:1].isupper()
                or (name.endswith("s") and not name.isupper())
                or name in _STOP_CAPS
                or name in _heads()
                or name.lower() in _title_words()
                or name in _NOT_BARE_BODIES
                or self.gazetteer.knows(name, _PLACE_ROLES)
                or self.gazetteer.lookup(name)
                or self._person_by_token(name, a)
                or _ACTING_IT.match(text, said.end() - 4, min(s.end, said.end() + 40)) is None
            ):
                continue
            yield _Candidate(a, b, name, "pattern", kind=ActorKind.COMPANY, priority=1)

    def _said_it(self, m: re.Match[str], s: Sentence) -> bool:
        """Whether a bare name's reporting verb is followed by an acting "it" ("Galaxy Backbone
        said it plans to ..."): the name is a body's, not a person's, unless a person known
        already holds one of its words or an honorific opens it ("Mr. Burke said it would")."""
        end = m.end()
        if not self.text.startswith(" it ", end) or m.start() != m.start("name"):
            return False
        if _ACTING_IT.match(self.text, end, min(s.end, end + 40)) is None:
            return False
        return not any(self._person_by_token(w, m.start()) for w in m["name"].split())

    def _person_by_token(self, token: str, offset: int) -> str | None:
        for pid in reversed(self._people):
            d = self._drafts[pid]
            if token in d.tokens and len(token) > 1:
                return pid
        return None

    # queries ----------------------------------------------------------------------------------
    def actor(self, actor_id: str) -> _Draft:
        """The actor (still being built) with this id."""
        return self._drafts[actor_id]

    def has(self, actor_id: str) -> bool:
        return actor_id in self._drafts

    @property
    def mentions(self) -> Sequence[Mention]:
        """Every mention, in document order."""
        return self._mentions

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie inside ``[start, end)``, in order."""
        return self._mentions.between(start, end)

    def last_mention_between(self, start: int, end: int, skip_via: str = "") -> Mention | None:
        """The last mention inside ``[start, end)`` whose ``via`` is not ``skip_via``."""
        return self._mentions.last_between(start, end, skip_via)

    def surname(self, token: str, offset: int) -> str | None:
        """The person a bare surname or given name refers to, if one was named before."""
        return self._person_by_token(token, offset)

    def last_person(self, offset: int, window: int = 3000) -> str | None:
        """The person mentioned most recently before ``offset``."""
        for m in reversed(self.mentions_between(max(0, offset - window), offset)):
            if self._drafts[m.actor].kind is ActorKind.PERSON:
                return m.actor
        return None

    def last_actor(
        self, offset: int, accept: Callable[[_Draft], bool], window: int = 3000
    ) -> str | None:
        """The most recent actor before ``offset`` that ``accept`` takes."""
        for m in reversed(self.mentions_between(max(0, offset - window), offset)):
            if m.via != "modifier" and accept(self._drafts[m.actor]):
                return m.actor
        return None

    def antecedent(self, head: str, offset: int, phrase: str = "") -> str | None:
        """The actor a short form such as "the ministry" or "the firm" refers to (``phrase``:
        the words around the head, whose nationality word narrows it: "an Indian government
        official")."""
        return self._antecedent(head, offset, phrase)

    def context_country(self, offset: int) -> str | None:
        """The country the text is talking about at ``offset``."""
        return self._context_country(offset, None)[0]

    def local_country(self, offset: int, end: int) -> str | None:
        """The country of the sentence or paragraph of the name at ``offset``..``end``, or None
        where only the document's thin weight would give one (a name no gazetteer holds, with
        no place in it, borrows no country from another sentence's body)."""
        for m in self.mentions_between(offset, end):
            place = self._drafts[m.actor]
            if place.kind in _PLACE_KINDS and place.country:
                # "Britain's National Grid": the place its name holds, before the country of
                # the sentences around ("Bahrain's Batelco" after a paragraph on Oman)
                return place.country
        code, strength = self._context_country(offset, None)
        if strength != "document" or self._gaz_between(offset, end):
            return code
        return None if self._thin_document_country() else code

    def _thin_document_country(self) -> bool:
        """Whether the document's first country rests on one mention (or ties with another):
        too little for a name no gazetteer holds to take it from another sentence."""
        ranked = self._doc_ranked
        if not ranked:
            return True
        top = self._doc_counts[ranked[0]]
        return top < 2 or (len(ranked) > 1 and self._doc_counts[ranked[1]] == top)

    def country_actor(self, code: str, surface: str) -> str | None:
        """The id of a country's actor, registering it with ``surface`` as an alias."""
        entry = self.gazetteer.country(code)
        if entry is None:
            return None
        return self._ensure_entry(entry, surface)

    def add_alias(self, actor_id: str, surface: str) -> None:
        """Record another surface form for an actor."""
        self._drafts[actor_id].aliases.setdefault(surface, None)

    def byline_author(self) -> str | None:
        """The person a signed piece's byline names ("By Glenn Youngkin" under the headline),
        registered on first use: who "I" is outside quotations in an opinion piece."""
        if self._byline is None:
            self._byline = ""
            for para in self.seg.paragraphs[:_BYLINE_PARAGRAPHS]:
                if para.kind is not ParagraphKind.FURNITURE:
                    continue
                m = _BYLINE_AUTHOR.fullmatch(self.text, para.start, para.end)
                if m is not None:
                    name = m["name"]
                    country = self._document_country()
                    self._byline = self.new_actor(name, ActorKind.PERSON, country, name)
                    break
        return self._byline or None

    def new_actor(self, name: str, kind: ActorKind, country: str | None, surface: str) -> str:
        """Register an actor the other stages found (say, a proper noun acting as a subject)."""
        entry = self._lookup_name(name, country, kind)
        if entry is not None:
            return self._ensure_entry(entry, surface)
        return self._ensure_new(name, kind, country, None, surface)

    def actors(self, ids: Iterable[str]) -> tuple[Actor, ...]:
        """The frozen actors with these ids and every parent they point at, in first-seen order."""
        wanted: dict[str, None] = {}
        stack = list(ids)
        while stack:
            i = stack.pop()
            if i in wanted or i not in self._drafts:
                continue
            wanted[i] = None
            parent = self._drafts[i].parent
            if parent:
                stack.append(parent)
        order = list(self._drafts)
        out = []
        for i in order:
            if i in wanted:
                d = self._drafts[i]
                if d.parent is not None and d.parent not in self._drafts:
                    d.parent = None
                out.append(d.freeze())
        return tuple(out)

    def all_actors(self) -> tuple[Actor, ...]:
        """Every actor found, with parents."""
        return self.actors(self._drafts)


def find_actors(
    doc_or_text: Document | str, *, gazetteer: Gazetteer | None = None
) -> tuple[Actor, ...]:
    """Every actor named in a document or text, with the parents they point at.

    >>> [a.id for a in find_actors("Italy's privacy watchdog blocked the app.")]
    ['it-garante', 'it']
    """
    return ActorIndex.build(doc_or_text, gazetteer).all_actors()


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


_KIND_RANK = {
    ActorKind.COUNTRY: 0,
    ActorKind.INTERNATIONAL: 1,
    ActorKind.GOVERNMENT_AGENCY: 2,
    ActorKind.REGULATOR: 2,
    ActorKind.LEGISLATURE: 3,
    ActorKind.COMPANY: 4,
    ActorKind.STATE_ENTERPRISE: 4,
    ActorKind.SUBNATIONAL_GOVERNMENT: 5,
    ActorKind.ORGANIZATION: 6,
    ActorKind.PERSON: 7,
}


#: How many times the neighbour's weight the document's own country must have for a shared
#: body's name to be read as the home country's.
_HOME_MARGIN = 3
#: The kinds of a place whose name another country's place may share: "Georgia".
_SHARED_PLACE_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.SUBNATIONAL_GOVERNMENT})


def _entry_rank(entry: Entry) -> tuple[int, int]:
    return (_KIND_RANK.get(entry.kind, 9), len(entry.id))


_CONTENT_STOP = frozenset({"ministry", "of", "the", "and", "for", "department", "&", "on"})


@functools.lru_cache(maxsize=4096)
def _content_words(name: str) -> frozenset[str]:
    """The words of a body's name that tell it apart ("science", "ict"); cached, as each
    fuzzy lookup reads every ministry name of a country."""
    return frozenset(w for w in rx(r"[a-z]+").findall(name.lower()) if w not in _CONTENT_STOP)


def _fuzzy_body(gazetteer: Gazetteer, name: str, country: str) -> Entry | None:
    """The body of ``country`` whose name shares most content words with ``name``.

    News translates ministry names loosely ("Ministry of Economy, Trade and Industry" for
    Korea's trade ministry); a clear best overlap of at least two thirds of the words wins.
    """
    want = _content_words(name)
    if not want or not name.lower().startswith(("ministry", "department")):
        return None
    scored: list[tuple[float, Entry]] = []
    for entry in gazetteer.in_country(country):
        if entry.kind not in (ActorKind.GOVERNMENT_AGENCY, ActorKind.REGULATOR):
            continue
        best = 0.0
        for form in entry.names:
            if not form.lower().startswith(("ministry", "department")):
                continue
            have = _content_words(form)
            if have:
                best = max(best, len(want & have) / max(len(want), 1) - 0.01 * len(have - want))
        if best > 0:
            scored.append((best, entry))
    if not scored:
        return None
    scored.sort(key=lambda t: -t[0])
    top = scored[0]
    if top[0] < 0.6 or (
        len(scored) > 1 and scored[1][0] >= top[0] - 1e-9 and scored[1][1] is not top[1]
    ):
        return None
    return top[1]


class _Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_L = TypeVar("_L", bound=_Located)


def _inside(items: Sequence[_L], starts: Sequence[int], start: int, end: int) -> list[_L]:
    """The items (sorted by start, with ``starts`` their starts) that lie inside
    ``[start, end)``."""
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(items) and items[i].start < end:
        if items[i].end <= end:
            out.append(items[i])
        i += 1
    return out


def _non_overlapping(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep the best of overlapping candidates: longer first, then higher priority."""
    if len(cands) < 2:
        return cands  # most sentences: nothing can overlap
    ordered = sorted(
        cands, key=lambda c: (-(c.end - c.start) - 100 * (c.priority >= 3), -c.priority, c.start)
    )
    # the kept spans are disjoint and sorted by start, so only the neighbours can overlap
    kept: list[_Candidate] = []
    starts: list[int] = []
    for c in ordered:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        kept.insert(i, c)
        starts.insert(i, c.start)
    return kept


#: The paragraphs that may head a round-up's section, the longest such heading, and the marks
#: around its name ("* ", "## ", a closing colon or dash).
_SECTION_KINDS = frozenset({ParagraphKind.HEADING, ParagraphKind.FURNITURE})
_SECTION_HEADING_MAX = 60
_HEADING_MARKS = lazy_re(r"^[\s#*•>-]+|[\s:*—–-]+$")

#: How many mentions back the scene-setting country is looked for.
_SCENE_LOOKBACK = 60
#: What joins the items of a list of places: "Australia and Italy", "Italy, France".
_LIST_JOINS = frozenset((" and ", " or ", ", ", ", and ", ", or "))

_SCENE_KINDS = frozenset(
    {
        ActorKind.COUNTRY,
        ActorKind.SUBNATIONAL_GOVERNMENT,
        ActorKind.GOVERNMENT_AGENCY,
        ActorKind.REGULATOR,
        ActorKind.LEGISLATURE,
        ActorKind.STATE_ENTERPRISE,
    }
)


#: What makes a company's name no antecedent of "the company": a thing the subject owns
#: ("on its official WeChat account") or a firm whose analysts comment ("Morgan Stanley
#: analysts wrote ...").
#: An owner right before a name ("its rival DeepSeek"), not across a preposition ("its
#: investigation into DeepSeek").
_OWNED_BEFORE = lazy_re(
    r"\b(?:its|their)[ ]"
    r"(?:(?!(?:into|of|on|in|about|against|with|for|to|from|by|over|at)[ ])[\w-]+[ ]){0,2}$"
)
_ANALYSTS_AFTER = lazy_re(r"[ ](?:analysts?|economists?|strategists?)\b")


#: An appositive that describes a firm right after its name: ", a Hangzhou-based startup".
_DESCRIBED_AFTER = lazy_re(
    r",[ ](?:a|an)[ ](?:[\w-]+[ ]){0,3}?(?:startup|start-up|company|firm|developer|maker|"
    r"lab|group)(?=[,.;]|[ ](?:that|which|whose|founded|based|backed|known|with)\b)"
)


#: An appositive that calls a name an association or other group that is no public body nor
#: company: ", an industry association representing ...", ", the employers' federation,".
_GROUP_APPOSITIVE = lazy_re(
    r",[ ](?:an?|the|its)[ ](?:[\w’'-]+[ ]){0,3}?(?:association|federation|union|lobby|"
    r"think[ -]tank|nonprofit|non-profit|charity|coalition|(?:industry|trade|professional)[ ]body|"
    r"(?:industry|lobby|lobbying|rights|advocacy|trade|consumer|campaign|pressure|business)[ ]"
    r"group)(?![\w-])"
)
#: A short form that goes on reporting: "(The company) also said", "(the firm) further noted".
_ALSO_SAID_AT = lazy_re(
    r"(?:[\w-]+[ ]){1,3}?(?:also|further|separately|additionally)[ ](?:said|says|told|noted|"
    r"added|announced|disclosed|confirmed|stated)\b"
)
#: Others as the speaker of a sentence about a firm: ", analysts said", "according to sources".
_OTHERS_SAID = lazy_re(
    r"(?i),[ ](?:(?:some|several|many|two|three|industry|market)[ ])?(?:analysts?|experts?|"
    r"observers|sources|economists?|strategists?|investors|brokers|people[ ]familiar[ ]with"
    r"[ ]the[ ](?:matter|plans?))[ ](?:said|say|says|wrote|noted|estimated|believe)\b|"
    r"\baccording[ ]to[ ](?:analysts|sources|experts|estimates|people|a[ ]report)\b"
)


def _no_antecedent(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` cannot be what a later short form names."""
    lo = max(0, start - 30)
    owned = (text.find("its ", lo, start) >= 0 or text.find("their ", lo, start) >= 0) and (
        _OWNED_BEFORE.search(text, lo, start) is not None
    )
    return (
        owned
        or (
            text.startswith((" analyst", " economist", " strategist"), end)
            and _ANALYSTS_AFTER.match(text, end, end + 14) is not None
        )
        # "a research lab funded by High-Flyer. The company released ...": the backer only
        # describes the firm before it
        or (text.endswith(" by ", lo, start) and _BACKER_BEFORE.search(text, lo, start) is not None)
    )


#: A participle of ownership or funding and its "by", right before a name: "funded by",
#: "backed by", "owned by", "spun off by".
_BACKER_BEFORE = lazy_re(
    r"\b(?:funded|backed|owned|financed|controlled|incubated|bankrolled|spun[ ]off|"
    r"majority-owned|wholly[ ]owned)[ ]by[ ]$"
)


#: A bill a place owns, by its number: "'s House Bill 1234", "'s SB 70", "'s Assembly Bill 12".
_OWNED_BILL = lazy_re(
    r"(?:'s|’s)[ ](?:(?:House|Senate|Assembly)[ ](?:Bill|Resolution)|HB|SB|AB|HF|SF|LB)[ ]?\d"
)


def _subject_like(text: str, sentence_start: int, start: int) -> bool:
    """Whether a mention stands where a subject does: first in its sentence (after at most a
    short opening phrase) or first after a clause break."""
    before = text[sentence_start:start]
    if not before.strip() or rx(r"(?:The|the|A|An)[ ]").fullmatch(before):
        return True
    if _CLAUSE_JOIN_END.search(before):
        return True
    if len(before) <= 60 and _KIND_BEFORE_NAME.fullmatch(before):
        return True  # "Security firm Wiz said", "South Korean internet giant Kakao said"
    if _QUESTION_OPENING.fullmatch(before):
        return True  # "What does DeepSeek say?": the question's subject
    return bool(rx(r"[^,;]{0,40},[ ](?:the[ ])?").fullmatch(before))


#: A question's opening up to its subject: "What does ", "How has ", "Why did the ".
_QUESTION_OPENING = lazy_re(
    r"(?:(?:What|How|Why|When|Where)[ ](?:else[ ])?)?(?:does|do|did|has|have|is|was|will|can|"
    r"Does|Do|Did|Has|Have|Is|Was|Will|Can)[ ](?:the[ ])?"
)


#: A sentence's opening description of the kind of body whose name follows: "Security firm ",
#: "U.S. chipmaker ", "The Chinese AI startup " (the name is the sentence's subject).
_KIND_BEFORE_NAME = lazy_re(
    r"(?:(?:The|the|A|An)[ ])?(?:[\w.’'-]+[ ]){0,4}?(?:firm|company|startup|start-up|giant|"
    r"maker|chipmaker|carmaker|automaker|group|operator|provider|developer|lab|carrier|platform|"
    r"bank|insurer|lender|regulator|watchdog|agency|ministry|broadcaster|newspaper|outlet)[ ]"
)


#: A continent's or region's name that ends in a country's: "South America", "Latin America".
_REGION_BEFORE = lazy(r"(?:South|North|Latin|Central)[ ]$")


def _names_a_place(text: str, g: GazetteerMatch) -> bool:
    """Whether a gazetteer match is the name it looks like: not a currency's prefix ("US$5.6
    million") nor the end of a region's name ("In South America, Brazil's ...")."""
    if text[g.end : g.end + 1] == "$":
        return False
    return not (
        text[g.start : g.end] == "America"
        and _REGION_BEFORE.search(text[max(0, g.start - 8) : g.start])
    )


def _portfolio_list_end(text: str, start: int, end: int, limit: int, gazetteer: Gazetteer) -> int:
    """Where a ministry's name at ``start`` ends that lists its portfolios with commas after
    ``end``: "Ministry of Information, Communications and the Digital Economy" (each item a
    field the gazetteer's bodies are named for; "Ministry of Finance, Samsung and LG" is a
    list of three)."""
    if not _MINISTRY_OF_OPENING.match(text, start) or text[end : end + 2] != ", ":
        return end
    m = _PORTFOLIO_LIST.match(text, end, limit)
    if m is None:
        return end
    fields = gazetteer.body_fields() | _MORE_FIELDS
    words = [w.lower() for w in _FIELD_TOKEN.findall(m.group()) if w not in ("and", "the")]
    return m.end() if words and all(w in fields for w in words) else end


#: A US legislator's party and state after the name: ", R-Ill.", " (D-N.J.)".
_PARTY_TAG = lazy_re(r"(?:,[ ]|[ ]\()[DRI]-[A-Z][A-Za-z.]{1,8}[,)]")
#: A description in apposition right after a person's name: ", the Michigan Republican".
_APPOSITIVE_AFTER = lazy_re(r",[ ](?:the|a|an)[ ][^,;.“”\"]{1,60}(?=[,;.])")
#: A possessive and one or two capitalised words right before a body's form: "'s Federal ".
_OWNED_CAPS = lazy_re(r"(?:'s|’s)[ ](?P<caps>[A-Z][a-z]{1,20}[ ](?:[A-Z][a-z]{1,20}[ ])?)$")
#: "State" closing a name before a title word: "State Secretary", "State Minister".
_STATE_TITLE = lazy_re(
    r"[ ]State[ ](?:Secretary|Minister|Councillor|Senator|Representative|Sen\.|Rep\.)"
)
#: A description owned by "the country", "the nation" or "the government": "The country's spy
#: agency", "the government's data protection agency"; or by "its", where a country is what
#: "its" stands for: "Germany has not banned it, but its data protection commissioner ...".
_COUNTRYS_DESCRIPTION = lazy_re(
    r"(?=[TtIi])(?<![\w-])(?:[Tt]he[ ](?:country|nation|government)(?:'s|’s)|(?P<its>[Ii]ts))[ ]"
    r"(?P<desc>(?:(?:[a-z][a-z-]*|IT|ICT|AI)[ ]){0,3}[a-z][a-z-]*)(?![\w-])"
)
#: An acronym right after an adjective: " AP" in "the Dutch AP".
_ACRONYM_AFTER = lazy_re(r"[ ](?P<acr>[A-Z]{2,6})(?![\w’'-])")
#: The kinds of body an adjective and acronym name ("the Dutch AP").
_ABBREVIATED_KINDS = frozenset(
    {ActorKind.REGULATOR, ActorKind.GOVERNMENT_AGENCY, ActorKind.LEGISLATURE}
)


def _abbreviated_body(gazetteer: Gazetteer, code: str, acronym: str) -> Entry | None:
    """The one public body of country ``code`` that ``acronym`` abbreviates (None where
    none, or several, do)."""
    found = [e for e in gazetteer.abbreviated(code, acronym) if e.kind in _ABBREVIATED_KINDS]
    return found[0] if len(found) == 1 else None


def _country_evidence(
    text: str, matches: Sequence[GazetteerMatch], gazetteer: Gazetteer
) -> Counter[str]:
    """How strongly each country is the article's scene: countries, their adjectives and the
    public bodies named (companies and the target's "Chinese" do not count, nor a body's
    name that is only the head of a longer one: "Ministry of Science, Technology, Knowledge
    and Innovation" is not Korea's "Ministry of Science")."""
    counts: Counter[str] = Counter()
    for g in matches:
        countries = {e.country for e in g.entries if e.country and e.kind in _SCENE_KINDS}
        if len(countries) != 1 or _modifies_target(text, g.end):
            continue
        if (
            text[g.end : g.end + 2] == ", "
            and _portfolio_list_end(text, g.start, g.end, min(len(text), g.end + 200), gazetteer)
            > g.end
        ):
            continue
        code = countries.pop()
        weight = 2 if g.role == "name" and g.entries[0].kind is not ActorKind.COUNTRY else 1
        counts[code] += weight
    return counts


#: Words that make a public body's name a regulator's: "Personal Data Protection Service",
#: "National Center for Personal Data Protection", "Utilities Regulatory Board".
_REGULATOR_NAME_WORDS = ("Data Protection", "Personal Data", "Privacy", "Regulatory")


def _kind_of_name(name: str) -> ActorKind:
    """The kind a name's head word implies ("... Bank" a company, "Ministry of ..." an agency),
    a regulator for a public body named for data protection or regulation."""
    return _regulatory(name, _head_kind_of_name(name))


def _regulatory(name: str, kind: ActorKind) -> ActorKind:
    """A regulator where a public body's name (or a "National"/"State" centre's) says it
    regulates ("Personal Data Protection Agency"); ``kind`` otherwise ("Electronic Privacy
    Information Center" is an NGO's)."""
    public = kind is ActorKind.GOVERNMENT_AGENCY or (
        kind is ActorKind.ORGANIZATION and name.startswith(("National ", "State "))
    )
    if public and any(w in name for w in _REGULATOR_NAME_WORDS):
        return ActorKind.REGULATOR
    return kind


def _head_kind_of_name(name: str) -> ActorKind:
    """The kind a name's head word implies."""
    words = name.split()
    heads = _heads()
    if (
        len(words) > 2
        and words[1] in ("of", "for")
        and heads.get(words[0], ("", ""))[1]
        in (
            "start",
            "both",
        )
    ):
        return heads[words[0]][0]  # "Ministry of ... Digital Technology": the opening head's
    for i in (1, 2):
        # "Central Agency for Information Technology": an opening head after its modifiers;
        # "Central Bank of Nigeria": a head of two words before its "of"
        if len(words) > i + 2 and words[i + 1] in ("of", "for"):
            for head in (" ".join(words[i - 1 : i + 1]), words[i]):
                kind, position = heads.get(head, (ActorKind.ORGANIZATION, ""))
                if position in ("start", "both"):
                    return kind
    for n in (3, 2, 1):  # ("Alabama House of Representatives": a head of three words)
        tail = " ".join(words[-n:])
        if len(words) >= n and tail in heads and heads[tail][1] in ("end", "both", "owned"):
            return heads[tail][0]
    if " of " in name:
        # "Chief Information Officer of Canada": the head before the place
        own = name.rsplit(" of ", 1)[0].split()
        for n in (2, 1):
            tail = " ".join(own[-n:])
            if len(own) >= n and tail in heads and heads[tail][1] in ("end", "both"):
                return heads[tail][0]
    for w in words:
        if w in heads and heads[w][1] in ("start", "both"):
            return heads[w][0]
    return ActorKind.ORGANIZATION


#: Capitalised descriptions that open a sentence before a name: "State-run Korea Hydro &
#: Nuclear Power Co. said ...", "Rival Alibaba ...".
_LEADING_DESCRIPTORS = frozenset(
    [
        "State-run", "State-owned", "State-backed", "Government-run", "Government-owned",
        "Government-backed", "Privately-held", "Privately-owned", "Publicly-listed",
        "Publicly-traded", "Rival", "Fellow", "Domestic", "Neighboring", "Neighbouring",
        "Nearby",
    ]
)  # fmt: skip


#: The ends of a place's compound before a name ("Hong Kong-based", "Paris-headquartered"):
#: the place says where the body is, and is no part of its name.
_PLACE_COMPOUND_ENDS = ("-based", "-headquartered")


#: The preposition between a group word and the named body it belongs to: " on the ".
_OF_BODY_AFTER = lazy(r"[ ](?:on|of|from|at)[ ](?:the[ ])?")
#: A place of two or three words in such a compound, at a name's start: "Tel Aviv-based",
#: "Rio de Janeiro-based".
_PLACE_OF_MORE_WORDS = lazy(
    r"[A-Z][\w.’']*(?:[ ](?:(?:de|do|da|dos|das|del|di|la|le|el|am|upon|sur)[ ])?"
    r"[A-Z][\w.’']*){1,2}-(?:based|headquartered)(?=[ ])"
)


def _leading_stop(name: str) -> int:
    """How many characters of leading function words ("The ", "In ") and of a place's
    compound ("Hong Kong-based ") to drop from a name."""
    words = name.split(" ")
    cut = 0
    for w in words[:-1]:
        if (
            (w in _STOP_CAPS and w not in _DEMONYM_CAPS and w not in _NAME_OPENERS)
            or w in _LEADING_DESCRIPTORS
            # ("If the National Cyber Security Centre finds ...": the article after the opener)
            or (cut and w in ("the", "a", "an"))
        ):
            cut += len(w) + 1
        else:
            break
    if "-" in name:
        at = cut
        for w in words[:4]:
            at += len(w) + 1
            if w.endswith(_PLACE_COMPOUND_ENDS) and at < len(name):
                return at
    return cut


_QUALIFIER = lazy(
    r"^(?P<name>.+?)[ ](?:of|in)[ ](?:the[ ])?(?P<place>[A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2})$"
)


def _split_qualifier(name: str) -> tuple[str, str | None]:
    """ "Personal Information Protection Commission of South Korea" -> (name, "South Korea")."""
    m = _QUALIFIER.match(name)
    if m is None:
        return name, None
    head = m["name"].split()[-1]
    if head in _heads() and _heads()[head][1] in ("start", "both") and " " not in m["name"]:
        return name, None  # "Ministry of Finance" is a name, not a qualified one
    if _heads().get(head, (ActorKind.GOVERNMENT_AGENCY, ""))[0] in _OWN_PLACE_KINDS:
        return name, None  # "National University of Singapore", "National Bank of Egypt"
    if m["name"].split()[0] in _heads() and _heads()[m["name"].split()[0]][1] in ("start", "both"):
        return name, None
    return m["name"], m["place"]


def _canonical_org_name(name: str) -> str:
    """ "the Finance Ministry" -> "Ministry of Finance"; other names as written."""
    words = name.split()
    # (a head that ends a name before it keeps the order: "Chicago Police Department" is no
    # "Department of Chicago Police")
    if (
        len(words) >= 2
        and words[-1] in ("Ministry", "Department")
        and words[0] not in ("State",)
        and _heads().get(words[-2], (None, ""))[1] != "end"
    ):
        return f"{words[-1]} of {' '.join(words[:-1])}"
    return name


def _split_items(items: str, known: Callable[[str], bool]) -> Iterator[tuple[str, int, int]]:
    """Split "Foreign Affairs, National Defense, and Economy, Trade, and Industry" into the
    longest known names, joining unknown leftovers into one item."""
    atoms: list[tuple[str, int, int]] = []
    for m in rx(r"[A-Z][\w&-]*(?:(?:[ ]|[ ]of[ ](?:the[ ])?)[A-Z][\w&-]*)*").finditer(items):
        atoms.append((m.group(), m.start(), m.end()))
    i = 0
    pending: list[tuple[str, int, int]] = []
    while i < len(atoms):
        took = 0
        for j in range(len(atoms), i, -1):
            group = atoms[i:j]
            for joined in _joinings([a[0] for a in group]):
                if known(joined):
                    took = j - i
                    if pending:
                        yield _merge(pending)
                        pending = []
                    yield joined, group[0][1], group[-1][2]
                    break
            if took:
                break
        if took:
            i += took
        else:
            pending.append(atoms[i])
            i += 1
    if pending:
        if len(pending) > 1 and all(" " not in p[0] for p in pending):
            yield _merge(pending)
        else:
            yield from pending


def _merge(parts: Sequence[tuple[str, int, int]]) -> tuple[str, int, int]:
    names = [p[0] for p in parts]
    if len(names) == 1:
        return parts[0]
    joined = ", ".join(names[:-1]) + ", and " + names[-1]
    return joined, parts[0][1], parts[-1][2]


def _joinings(names: Sequence[str]) -> Iterator[str]:
    if len(names) == 1:
        yield names[0]
        return
    yield ", ".join(names[:-1]) + " and " + names[-1]
    yield ", ".join(names[:-1]) + ", and " + names[-1]
    yield " and ".join(names)


#: Plural nouns of groups that end no person's name: "House Republicans asked ...".
_GROUP_PLURALS = frozenset(
    [
        "Republicans", "Democrats", "Conservatives", "Liberals", "Lawmakers", "Senators",
        "Officials", "Ministers", "Members", "Leaders", "Regulators", "Analysts", "Executives",
        "Investors", "Legislators", "Representatives", "Governors", "Critics", "Experts",
    ]
)  # fmt: skip


#: An "it" that acts after a reporting verb: "said it plans", "said it would restrict", "said
#: it had blocked", "says it is reviewing" (not the empty "it" of "said it was unclear", "said
#: it would be hard").
_ACTING_IT = lazy_re(
    r"[ ]it[ ](?:"
    r"(?:will|would|could|may|might|does|did)(?:[ ]not)?[ ](?!be\b|have\b|take\b)[a-z]{2,}\b|"
    r"(?:is|was)(?:[ ]not|[ ]now|[ ]also)?[ ](?!(?:becom|gett|go|be|seem|look)ing\b)[a-z]{2,}ing\b|"
    r"(?:has|had)(?:[ ]not|[ ]now|[ ]also|[ ]already)?[ ][a-z]{2,}ed\b(?![ ](?:that|by)\b)|"
    r"(?:plans|planned|intends|intended|aims|aimed|expects|hopes|wants|decided|agreed)[ ]to\b|"
    r"(?:has|had)[ ]no[ ]plans\b|"
    r"(?:blocked|banned|restricted|suspended|launched|signed|joined)\b)"
)


#: What stands before a clause that opens on a bare name: "..., Equinor said", "and MTN said".
_CLAUSE_OPENERS = (", ", " and ", " while ", " but ", "\n", ". ", "; ")
#: "said it " or "says it ": where a bare body's clause may end (see _bare_bodies).
_SAID_IT = lazy_re(r"[ ]sa(?:id|ys)[ ]it[ ]")
#: Capitalised words that open a clause before "said it" and name no firm.
_NOT_BARE_BODIES = frozenset(
    ["Police", "Management", "Staff", "Everyone", "Nobody", "Someone", "Anyone", "Each",
     "Neither", "Either", "Another", "Meanwhile", "Separately", "Earlier", "Later", "Today",
     "Yesterday", "Previously", "Elsewhere", "Instead", "Similarly", "Likewise", "Also"]
)  # fmt: skip


def _plausible_person(name: str, index: ActorIndex) -> bool:
    words = name.split()
    if words[-1] in _GROUP_PLURALS:
        return False
    titles = _title_words()
    if any(w.lower().rstrip(".") in titles for w in words):
        return False
    if any(w in _STOP_CAPS or w in _LEADING_DESCRIPTORS for w in words):
        return False
    if any(w in _heads() for w in words):
        return False
    if index.gazetteer.lookup(name) or (
        index.gazetteer.lookup(words[0])
        and len(words) == 2
        and index.gazetteer.lookup(words[0])[0].kind is ActorKind.COUNTRY
    ):
        return False
    return not any(index.gazetteer.lookup(w, "adjective") for w in words)


#: A capitalised owner (not a possessive: "China's foreign ministry spokesperson" is read as a
#: description) and one or two lower-case field words before a title: "EU tech (chief)",
#: "German digital (minister)", "UK technology (secretary)".
_OWNER_FIELD_BEFORE = lazy_re(
    r"(?<![\w’'.-])(?!(?:The|A|An)[ ])[A-Z][\w&+.-]{0,30}[ ]"
    r"(?P<field>(?:[a-z][a-z-]{1,14}[ ]){1,2})$"
)
#: Lower-case words that end a title's field: a function word or verb is no field ("Seoul
#: said its chief", "Meta and its chief").
_NOT_FIELD_WORDS = frozenset(
    [
        "a", "an", "the", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with",
        "from", "as", "that", "this", "its", "his", "her", "their", "our", "said", "says", "told",
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "also", "then", "now",
        "former", "new", "who", "which", "when", "while", "where", "after", "before",
    ]
)  # fmt: skip


def _extend_title_back(text: str, floor: int, start: int) -> int:
    """Include the organisation before a title: "Home Affairs Minister", "LG AI Research head",
    "EU tech chief" (a field's lower-case words between the owner and the title)."""
    i = start
    lo = max(floor, start - 40)
    field = _OWNER_FIELD_BEFORE.search(text, lo, start)
    if field is not None and _NOT_FIELD_WORDS.isdisjoint(field["field"].split()):
        i = field.start("field")
    while True:
        m = rx(r"(?:[A-Z][\w’'&+.-]*|of|and|the|for|&)[ ]$").search(text[max(floor, i - 40) : i])
        if m is None:
            break
        word = m.group().strip()
        if word in ("The", "A", "An") or (
            word[0].islower() and word not in ("of", "and", "the", "for")
        ):
            break
        if i == start and not word[0].isupper():
            break  # a name ends right before its title: "..., of Ohio and Republican X" has none
        i = max(floor, i - 40) + m.start()
        if i <= floor:
            break
    # do not keep a dangling leading "of/and/the"
    while True:
        m = rx(r"(?:of|and|the|for|&)[ ]").match(text[i:start])
        if m is None:
            break
        i += m.end()
    return i


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = role.strip(" ,")
    role = rx(r"^(?:a|an|the)[ ]").sub("", role)
    return role or None


_TARGET_NOUNS = lazy_re(
    r"[ -]?(?:based[ ])?(?:(?:AI|artificial intelligence|tech|technology|language|reasoning|"
    r"open-source|chatbot)[ ])*"
    r"(?:startup|start-up|company|firm|app|application|chatbot|model|models|service|AI|artificial|"
    r"technology|DeepSeek|developer|rival|competitor|version|counterpart|servers|server)\b"
)
#: Another firm's name right after a firm noun that ``_TARGET_NOUNS`` read: "(French
#: start-up) Scaleway", "(U.S. company) Perplexity" (not "DeepSeek" nor "Hangzhou DeepSeek").
_OTHER_FIRM_AFTER = lazy_re(r"[ ](?!DeepSeek\b|Hangzhou\b)[A-Z][\w-]")
_FIRM_NOUNS = ("startup", "start-up", "company", "firm", "developer", "rival", "competitor")
#: The state a country word can name as the one the data goes to ("subject to Chinese law",
#: "shared with the Chinese government"): only after a preposition, since "The Dutch
#: government banned ..." sets the scene.
_STATE_NOUNS = lazy_re(r"[ ](?:law|laws|regulations|authorities|government|Communist|state)\b")


def _modifies_target(text: str, end: int) -> bool:
    """Whether a country word only describes the target or the data ("Chinese startup
    DeepSeek", "servers in China", "Chinese law") rather than setting the scene."""
    after = text[end : end + 40]
    before = text[max(0, end - 40) : end]
    stop = before.rfind(". ")
    if stop > 1 and before[stop - 2 : stop].islower():
        # "... they share with DeepSeek. Malaysia's minister": a preposition in the sentence
        # before governs nothing here
        before = before[stop + 2 :]
    m = _TARGET_NOUNS.match(after)
    if m is not None:
        # "French start-up Scaleway": a firm noun before another firm's name describes that
        # firm (only "Chinese startup DeepSeek" or a bare "the Chinese startup" is the target)
        return not (
            m.group().endswith(_FIRM_NOUNS) and _OTHER_FIRM_AFTER.match(after, m.end())
        )
    if not _AFTER_PREPOSITION.search(before):
        return False  # not after a preposition (most mentions): the tests below can only say no
    if _STATE_NOUNS.match(after):
        return True
    if rx(
        r"(?i)\b(?:officials|authorities|regulators|lawmakers|legislators|ministers|police|"
        r"prosecutors|agencies|ministries|government)[ ](?:in|from|of)[ ](?:the[ ])?[\w. ]{0,25}$"
    ).search(before):
        return False  # "officials in Seoul": the place's government sets the scene
    if rx(
        r"\b(?:banned|blocked|restricted|prohibited|suspended|barred|outlawed)[ ]in[ ](?:the[ ])?"
        r"[\w. ]{0,25}$"
    ).search(before):
        return False  # "Is it banned in Britain?": the place a measure would hold sets the scene
    return not rx(r"(?:[Mm]inistr|[Gg]overnment|[Dd]epartment)").search(before)


def _nearest_after(
    lo: int, mention: tuple[int, int, str] | None, adjective: tuple[int, int, str] | None
) -> str | None:
    """The country of the later-ending of two scene-setters that start at or after ``lo``."""
    cands = [(x[1], x[2]) for x in (mention, adjective) if x is not None and x[0] >= lo]
    return max(cands)[1] if cands else None


#: The tier of a government "of" a place ("the state government of São Paulo"), and the
#: noun its gazetteer forms name it with ("São Paulo state", "province of Sichuan").
_TIER_NOUNS = {
    "state": "state",
    "provincial": "province",
    "prefectural": "prefecture",
    "regional": "region",
}
_TIER_GOVERNMENT_OF = lazy_re(
    r"(?<![\w-])(?P<tier>[Ss]tate|[Pp]rovincial|[Pp]refectural|[Rr]egional)[ ]government[ ]of"
    r"[ ](?:the[ ])?(?P<place>[A-Z][\w.’'-]*"
    r"(?:[ ](?:(?:de|do|da|dos|das|del|di)[ ])?[A-Z][\w.’'-]*){0,3})"
)

#: The opening of an appositive right after a name: ", the ", ", a ", ", an ", or ", " alone
#: (read only before a place's possessive: ", Canada's largest rail union").
_APPOSITIVE_LEAD = lazy_re(r",[ ](?P<art>(?:the|a|an)[ ])?")

#: Words for a company's unit in a place ("State Grid's Jiangsu branch", "the Hong Kong arm
#: of Bank of China"); the sentence's word set is tested for one before the reading runs.
_BRANCH_WORDS = frozenset(
    ["branch", "unit", "subsidiary", "arm", "affiliate", "division", "operations", "office"]
)
_BRANCH_AFTER = lazy_re(
    r"[ ](?:branch|unit|subsidiary|arm|affiliate|division|operations|office)(?![\w-])"
)
_BRANCH_OF = lazy_re(r"[ ]of[ ](?:the[ ])?")

#: Unit words after a company's possessive, and the words the unit's own name holds.
_UNIT_HEADS = {
    "lab": ("Lab", "Research", "Institute"),
    "labs": ("Lab", "Research"),
    "unit": ("Cloud", "Research", "Lab", "Unit"),
    "arm": ("Cloud", "Research", "Capital", "Ventures"),
    "division": ("Cloud", "Research", "Division"),
    "subsidiary": ("Cloud", "Research", "Technology", "Mobile"),
    "affiliate": ("Cloud", "Research", "Technology"),
}

#: Words of a country's short name that take "the" after "of": "Embassy of the United States".
_TAKES_THE = frozenset({"United", "Republic", "Kingdom", "Islands", "Netherlands", "Philippines"})

#: Short forms that name the one such body of a country ("the cabinet", "the navy").
_UNIQUE_BODIES = frozenset(
    {"cabinet", "parliament", "legislature", "congress", "navy", "military", "police"}
)

_NEW_BODY_KINDS = {
    "bureau": ActorKind.GOVERNMENT_AGENCY,
    "office": ActorKind.GOVERNMENT_AGENCY,
    "agency": ActorKind.GOVERNMENT_AGENCY,
    "department": ActorKind.GOVERNMENT_AGENCY,
    "centre": ActorKind.ORGANIZATION,
    "center": ActorKind.ORGANIZATION,
    "commissioner": ActorKind.REGULATOR,
    "commission": ActorKind.REGULATOR,
    "authority": ActorKind.REGULATOR,
    "hospital": ActorKind.ORGANIZATION,
    "university": ActorKind.ORGANIZATION,
    "council": ActorKind.GOVERNMENT_AGENCY,
    "police": ActorKind.GOVERNMENT_AGENCY,
}
_NEW_BODY_HEAD = lazy(r"\b(?P<head>" + "|".join(_NEW_BODY_KINDS) + r")\b")


#: A place's head word after its bare name, in lower case: "Futian district", "Kyoto
#: prefecture" (the gazetteer's "Futian District" is also named "Futian").
_PLACE_HEAD = lazy_re(r"[ ](district|county|prefecture|province|city|municipality|region|state)\b")
_PLACE_HEAD_FIRST = frozenset("dcpmrs")


#: The lower-case heads of a place the gazetteer may not know ("Nagoya city").
_PLACE_HEADS = frozenset(
    ("city", "prefecture", "province", "county", "district", "municipality", "state")
)
_PLACE_HEAD_ALT = "|".join(sorted(_PLACE_HEADS))
_NEW_PLACE_NAME = r"[A-Z][a-z]{2,20}(?:[ -][A-Z][a-z]{2,20}){0,2}"
#: A capitalised name before a place's head in lower case ("Nagoya city", "Parana state"),
#: or after "the <head> of" ("the city of Nagoya").
_NEW_PLACE = lazy_re(
    rf"(?<![\w-])[Tt]he[ ](?P<head2>{_PLACE_HEAD_ALT})[ ]of[ ](?P<name2>{_NEW_PLACE_NAME})"
    r"(?![\w&-])"
    rf"|(?<![\w&.-])(?P<name>{_NEW_PLACE_NAME})[ ](?P<head>{_PLACE_HEAD_ALT})(?![\w-])"
    r"(?P<next>[ ][a-z]+)?"
)
#: What may follow "<Name> state" when the state is a place: a body of it or a clause's verb,
#: not "state media", "state broadcaster", "state-owned".
_STATE_AS_PLACE_NEXT = frozenset(
    (
        "government",
        "governments",
        "authorities",
        "officials",
        "legislature",
        "assembly",
        "police",
        "has",
        "had",
        "have",
        "is",
        "was",
        "will",
        "would",
        "said",
        "says",
        "and",
        "in",
        "on",
        "to",
        "of",
        "for",
        "over",
        "last",
        "this",
    )
)


def _new_places(
    text: str, s: Sentence, known: Callable[[str], object]
) -> Iterator[tuple[int, int, str, str]]:
    """Places named with a lower-case head that may be new to the gazetteer, as start, end,
    name and head: "Japan's Nagoya city", "the city of Nagoya", "Brazil's Parana state".

    A name opening its sentence may be an ordinary word ("Smart city projects ..."), so it
    counts only after "the <head> of" or where ``known`` knows the name; "state" counts after a
    possessive place ("Brazil's") or "in", or before a body or a verb, never as "state media".
    """
    for m in _NEW_PLACE.finditer(text, s.start, s.end):
        if m["name2"]:
            yield m.start("head2"), m.end(), m["name2"], m["head2"]
            continue
        a, b = m.start("name"), m.end("head")
        if not text[s.start : a].strip(" \"“‘'") and not known(m["name"]):
            continue
        if (
            m["head"] == "state"
            and _PLACE_BEFORE_STATE.search(text, max(s.start, a - 4), a) is None
            and (m["next"] or " ")[1:] not in _STATE_AS_PLACE_NEXT
            and not (m["next"] or "").endswith("ed")
        ):
            continue
        yield a, b, m["name"], m["head"]


#: The heads of a region's name that make a city of the same name another place ("Kumamoto
#: Prefecture" and "Kumamoto city").
_REGION_HEADS = (" Prefecture", " Province")


def _city_of_a_region(head: str, entries: Sequence[Entry]) -> bool:
    """Whether "<name> city" (or "the city of <name>") names a city where the gazetteer knows
    only a prefecture or province of that name: "Kumamoto city" is not Kumamoto Prefecture."""
    return head == "city" and all(
        e.kind is ActorKind.SUBNATIONAL_GOVERNMENT and e.name.endswith(_REGION_HEADS)
        for e in entries
    )


def _state_as_place(text: str, end: int) -> bool:
    """Whether "state" ending at ``end``, after a state the gazetteer knows, is part of its
    name: not where the word after it makes it the state's media or firms ("state-run")."""
    return _STATE_OWNED.match(text, end, end + 16) is None


_STATE_OWNED = lazy_re(
    r"-|[ ](?:media|broadcasters?|television|tv|news|newspapers?|press|firms?|companies|"
    r"enterprises?|banks?|secrets?)(?![\w-])"
)


#: What before a name makes "<name> state" a place: a possessive place or "in".
_PLACE_BEFORE_STATE = lazy_re(r"(?:'s|’s|s'|s’|[ ]in)[ ]$")


def _with_place_head(text: str, end: int, entries: Sequence[Entry]) -> int:
    """Where a gazetteer match ends once the head word of its sub-national entry's name is
    taken in ("Futian" + " district"); ``end`` where none follows."""
    if text[end + 1 : end + 2] not in _PLACE_HEAD_FIRST:
        return end  # most matches: one slice and a set test
    head = _PLACE_HEAD.match(text, end)
    if head is None:
        return end
    word = head.group(1)
    if any(
        e.kind is ActorKind.SUBNATIONAL_GOVERNMENT
        and (
            e.name.lower().endswith(" " + word)
            # "Kerala state": a state named without its head word (not "... state media")
            or (word == "state" and " " not in e.name and _state_as_place(text, head.end()))
        )
        for e in entries
    ):
        return head.end()
    return end


def _closes_like(name: str, left: str, at: int) -> bool:
    """Whether the part of ``name`` from ``at`` (to its next "and") is a second name that ends
    in the head the first opens with or ends in: "University of Texas and Texas A&M
    University", "University of Texas System and Texas A&M University System" (not "Ministry
    of Economy and Finance", "Department of Health and Human Services")."""
    right = name[at:].split(" and ", 1)[0]
    if " " not in right:
        return False
    last = right.rsplit(" ", 1)[1]
    return last == left.rsplit(" ", 1)[-1] or (last == left.split(" ", 1)[0] and last in _heads())


def _description_fitting(kind: ActorKind, names: str) -> tuple[str, tuple[str, ...], str] | None:
    """(target, hint, description) of the first description of a body of ``kind`` whose hint
    a word of ``names`` holds ("privacy watchdog" for "Italian Data Protection Authority")."""
    wanted = f"kind:{kind.value}"
    for desc, (target, hint) in _descriptions().items():
        if target == wanted and any(h in names for h in hint):
            return target, hint, desc
    return None


#: "Its Korean counterpart", "their French counterparts": a body of another country like the
#: one named before.
_COUNTERPART = lazy_re(
    r"(?<![\w-])(?:[Ii]ts|[Tt]heir|[Tt]he)[ ](?P<adj>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]"
    r"counterparts?(?![\w-])"
)
#: What opens an apposition after a description: ", the (Office of ...)".
_APPOSED_LEAD = lazy_re(r",[ ](?:the[ ])?")
#: How far back the body a counterpart is like may be named.
_COUNTERPART_REACH = 1500
#: The kinds of body a counterpart stands for.
_COUNTERPART_KINDS = frozenset({ActorKind.REGULATOR, ActorKind.GOVERNMENT_AGENCY})


@functools.lru_cache(maxsize=2048)
def _read_description(desc: str, possessive: bool) -> tuple[str, tuple[str, ...], str] | None:
    """(target, hint, the words of ``desc`` that describe the body) for the words after a place
    ("privacy watchdog said" -> the data-protection authority, "privacy watchdog"), or None.

    Cached: it depends on the words alone, and a long text repeats the same descriptions.
    """
    desc_words = desc.split()
    descs = _descriptions()
    for skip in range(len(desc_words)):
        if skip and not _only_modifiers(desc_words[:skip]):
            break
        for n in range(len(desc_words), skip, -1):
            key = " ".join(desc_words[skip:n]).lower()
            if key in descs:
                target, hint = descs[key]
                return target, hint, " ".join(desc_words[:n])
    portfolio = _portfolio_ministry(desc_words)
    if portfolio is not None:
        return portfolio
    head = _NEW_BODY_HEAD.search(" ".join(desc_words))
    if head is None or not possessive:
        return None
    used = len(" ".join(desc_words)[: head.end()].split())
    if head.start() > 0 and not _only_descriptive(desc_words[:used]):
        return None  # only "Suzhou's data bureau", not "Zhenjiang says its data bureau"
    return "new:" + head["head"], (), " ".join(desc_words[:used])


def _and_then_capital(text: str, start: int, end: int) -> int:
    """Where the first " and " before a capital stands in ``text[start:end]`` (-1 if none):
    the cheap test before the scan for places listed before one description."""
    i = text.find(" and ", start, end)
    while i >= 0:
        if text[i + 5 : i + 6].isupper():
            return i
        i = text.find(" and ", i + 5, end)
    return -1


def _singular_head(desc: str) -> str | None:
    """``desc`` with its last word singular ("data protection authorities" -> "... authority",
    "privacy watchdogs" -> "privacy watchdog"), or None where that word is no plural."""
    head = desc.rsplit(" ", 1)[-1]
    if head.endswith("ies") and len(head) > 4:
        return desc[: -3] + "y"
    if head.endswith("s") and not head.endswith(("ss", "us")) and len(head) > 3:
        return desc[:-1]
    return None


def _portfolio_ministry(words: Sequence[str]) -> tuple[str, tuple[str, ...], str] | None:
    """A ministry named by its portfolio's words that the descriptions table lacks ("digital
    economy minister", "innovation ministry"): the country's ministry whose name holds them
    (their title case, then each word), or a new one of that name."""
    at = next((i for i, w in enumerate(words) if w in ("minister", "ministry")), None)
    if not at or at > 3:
        return None
    field = words[:at]
    if not _only_descriptive(field) or not _NOT_PORTFOLIO.isdisjoint(field):
        return None
    titled = [w.capitalize() for w in field if w != "and"]
    hint = tuple(dict.fromkeys((" ".join(titled), *titled)))
    return "kind:government_agency", hint, " ".join(words[: at + 1])


#: Words before "minister" that make a rank, not a portfolio: "prime minister", "deputy
#: minister", "chief minister"; a "shadow" minister is the opposition's, of no ministry; and
#: words that only pick one ministry out ("the next ministry", "the relevant ministry").
_NOT_PORTFOLIO = frozenset(
    ["prime", "deputy", "vice", "junior", "senior", "chief", "state", "acting", "former", "new",
     "cabinet", "first", "lead", "top", "then", "federal", "provincial", "regional", "local",
     "shadow", "opposition",
     # words that pick one ministry out of several, not its portfolio: "the next ministry"
     "next", "other", "another", "same", "each", "every", "any", "one", "relevant",
     "responsible", "competent", "concerned", "appropriate", "previous", "last"]
)  # fmt: skip


def _only_descriptive(words: Sequence[str]) -> bool:
    """ "city data centre", "data bureau": nouns that describe a body, not a verb phrase."""
    return (
        all(w.isalpha() and not w.endswith(("ed", "ing")) for w in words)
        and len(words) <= 4
        and _NOT_DESCRIPTIVE.isdisjoint(words)
    )


#: Verbs and function words that end a description: "the ministry said the agency" names no
#: "ministry said the agency".
_NOT_DESCRIPTIVE = frozenset(
    [
        "said", "says", "told", "tells", "the", "a", "an", "its", "their", "his", "her", "this",
        "that", "these", "those", "is", "was", "are", "were", "has", "have", "had", "will",
        "would", "can", "could", "may", "might", "should", "must", "which", "who", "whose", "it",
        "they",
    ]
)  # fmt: skip


def _only_modifiers(words: Sequence[str]) -> bool:
    """Whether ``words`` only qualify the description after them ("top", "national"; and
    "personal", as in "Turkey's personal data protection authority")."""
    return _DESCRIPTION_MODIFIERS.issuperset(words)


_DESCRIPTION_MODIFIERS = frozenset(
    ["top", "main", "national", "federal", "own", "chief", "new", "state", "central", "official",
     "personal"]
)  # fmt: skip


def _adjective_of(gazetteer: Gazetteer, code: str) -> str | None:
    entry = gazetteer.country(code)
    if entry is None or not entry.adjectives:
        return None
    return entry.adjectives[0]


def _title_case(words: str) -> str:
    return " ".join(w if w.isupper() else w.capitalize() for w in words.split())


def _of_country(accept: Callable[[_Draft], bool], code: str | None) -> Callable[[_Draft], bool]:
    """``accept``, narrowed to actors of country ``code`` where one is given."""
    if code is None:
        return accept
    return lambda d: d.country == code and accept(d)


#: The name words a short form's head points at ("the ministry": a name with "Ministry").
_NAMED_HEADS = {
    "ministry": ("Ministry",),
    "commission": ("Commission", "Committee"),
    # "a spokesperson for the commissioner": a body named for its commissioner (Berlin's,
    # Australia's Information Commissioner); a person's title is read by the claims
    "commissioner": ("Commissioner",),
    "committee": ("Committee", "Commission"),
    "department": ("Department",),
    "agency": ("Agency",),
    "bureau": ("Bureau",),
    "center": ("Center", "Centre"),
    "centre": ("Centre", "Center"),
    "hospital": ("Hospital",),
    "group": ("Group",),
    "bank": ("Bank",),
    "council": ("Council",),
    "office": ("Office",),
    "party": ("Party",),
    "university": ("University",),
    # "Stanford University ... the school said": a university or college is "the school"
    "school": ("School", "University", "College", "Academy"),
    "union": ("Union", "Workers", "Federation of"),
    "association": ("Association",),
    "federation": ("Federation",),
    "library": ("Library",),
    "league": ("League",),
    "church": ("Church",),
    "institute": ("Institute",),
    "cabinet": ("Cabinet", "Executive Yuan", "State Council"),
    "lab": ("Lab", "Research"),
    "police": ("Police",),
    "navy": ("Navy",),
    "military": ("Army", "Navy", "Defense", "Defence", "Military", "Forces"),
}


#: What opens a later clause between a name and a short form: "(into DeepSeek) after (the
#: company agreed)", ", and (the firm)", ", which (the company) ...", "(an official in
#: Shanghai) said (the city would ...)".
_LATER_CLAUSE = lazy_re(
    r"\b(?:after|before|when|once|until|because|since|while|although|but|and|which|as|said|"
    r"says|told)[ ]"
)


def _antecedent_test(head: str, gazetteer: Gazetteer) -> Callable[[_Draft], bool]:
    companies = (ActorKind.COMPANY, ActorKind.STATE_ENTERPRISE)
    if head == "lab":
        # "the Hangzhou lab": a research unit by name, or the AI developer itself
        return lambda d: (
            d.kind in companies
            or any(w in d.name or any(w in a for a in d.aliases) for w in ("Lab", "Research"))
        )
    if head == "group":
        # "the group", "the consumer group": a group by name, or an association or NGO
        return lambda d: d.kind is ActorKind.ORGANIZATION or "Group" in d.name
    if head in _NAMED_HEADS:
        words = _NAMED_HEADS[head]
        return lambda d: any(w in d.name or any(w in a for a in d.aliases) for w in words)
    if head in (
        "company",
        "firm",
        "startup",
        "start-up",
        "developer",
        "operator",
        "carmaker",
        "automaker",
        "chipmaker",
        "maker",
        "insurer",
        "lender",
        "telecom",
        "carrier",
        "platform",
        "giant",
    ):
        return lambda d: d.kind in companies
    if head in ("organ", "entity"):
        # "The organ gave the company 20 days": a public body named before; "the entity" also
        # an association or a firm's body, but never a person, a place or the firm in question
        bodies: tuple[ActorKind, ...] = (
            ActorKind.GOVERNMENT_AGENCY,
            ActorKind.REGULATOR,
            ActorKind.LEGISLATURE,
        )
        if head == "entity":
            bodies = (*bodies, ActorKind.ORGANIZATION, ActorKind.INTERNATIONAL)
        return lambda d: d.kind in bodies
    if head in ("regulator", "watchdog", "authority"):
        return lambda d: d.kind is ActorKind.REGULATOR
    if head in ("state", "city", "prefecture", "province"):
        return lambda d: d.kind is ActorKind.SUBNATIONAL_GOVERNMENT
    if head in ("district", "county", "municipality"):
        # "the district": a place its name calls one ("Futian District"), not the city it is in
        title = head.title()
        return lambda d: d.kind is ActorKind.SUBNATIONAL_GOVERNMENT and title in d.name
    if head == "service":
        return lambda d: "Service" in d.name or (d.kind is ActorKind.COMPANY and d.id == TARGET_ID)
    return lambda d: False
