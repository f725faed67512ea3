"""Find temporal expressions in text and normalise them to :class:`~deepseek_policy.model.Date`.

:func:`find_dates` scans a text once with one compiled pattern and returns every temporal
expression it recognises, in order and without overlaps, each as a :class:`DateMention` that
keeps its evidence :class:`~deepseek_policy.model.Span`. :func:`parse_date` normalises a single
expression.

What is recognised, and how it is resolved:

* absolute dates: ``Jan. 28, 2025``, ``28 January 2025``, ``2025-01-28``, ``2025年1月28日``
  (day); ``January 2025``, ``late December 2024``, ``2025年1月`` (month); ``in 2023``,
  ``mid-2024`` (year, 1990-2099 only, never a model name, section number or amount such as
  ``2025 employees``);
* a month and day without a year (``Jan. 28``, ``28 January``, ``Jan 28th``): the publication
  year, or the year before when that would put it more than 60 days after publication; in a
  future-tense clause, the next such day on or after publication;
* weekdays (``on Thursday``, ``starting Monday``): the most recent such day on or before
  publication, or the next one strictly after it in a future-tense clause; ``last Thursday``
  is strictly before publication, ``next Monday`` lies in the following ISO week and ``this
  Friday`` in the publication's own week (on or after publication if the clause is future);
* ``on the 17th``: that day of the publication month, or of the month before if that would
  be after publication (on or after publication in a future-tense clause); ``the 15th of
  last month`` (``this``, ``next``): that day of the month named;
* ``today``, ``yesterday``, ``tomorrow`` (day); ``this week``, ``last week``, ``next week``
  (ISO week), ``the week before last`` (weekend, month, year: two before), ``over the past
  week`` (the ISO week holding most of the seven days before publication), ``year-end`` and
  ``month-end`` (the publication's), ``over the weekend`` or
  ``this past weekend`` (the last weekend's ISO week, or the publication's own on a Saturday
  or Sunday); ``this month``, ``late last month``
  (month); ``this year``, ``last year`` (year); ``N days/weeks/months/years ago``
  (day/week/month/year, with ``N`` in digits or words, optionally ``about``/``almost``/...);
* a month alone (``in December``, ``mid-January``, ``by the end of January``): the most
  recent such month on or before the publication month, or the next on or after it in a
  future-tense clause, or the nearest either side after a sentence's opening ``Starting
  in``, ``From``, ``Beginning``, ``Effective``, ``As of`` in any other clause; ``in March last
  year`` and ``in April 2023`` as written;
* seasons resolve to a year: ``last fall``, ``this spring``, ``next summer``, ``summer
  2023``. ``Winter`` without a year spans two years and is left unresolved (``date=None``);
* anchored expressions (``three days later``, ``the following day``, ``the same day``, ``the
  day before``, ``a week later``) count from the most recent day-precision date found earlier
  in the same text; without one, with a week or month named since it ("last week"), or where a
  past event would fall after the publication date, they are unresolved.

A clause is future-tense when, looking back from the mention to the start of its sentence
(at most 150 characters), there is ``will``, ``would``, ``shall``, ``'ll``, ``is/are set to``,
``plans to``, ``planned to``, ``is/are to``, ``is/are expected``, ``going to``, ``scheduled
to``, an outcome looked for (``expects``, ``hopes to``, ``aims to``, ``intends to``, ``might``
but not ``might have``), ``next`` (lower-case: "HarmonyOS Next" is a name), an obligation
(``must``, ``has/have to``, ``need to``, ``is due`` to, by or in) or a scheduled start in the
present (``takes effect``, ``comes into force``, ``kicks in``), and no past-tense report stands
between that cue and the mention ("prices will fall, the company said on Wednesday" is about a
Wednesday that has passed), nor a past main verb after an aside that held the cue ("The ban,
which agencies will follow, took effect on Monday"). ``starting`` and ``from`` alone do not
make a clause future.

Without a publication date, every expression that needs one gets ``date=None``; absolute
dates still resolve, and anchored ones resolve against an earlier absolute day. The clock is
never consulted.

>>> import datetime
>>> text = "The regulator blocked the app on Feb. 1. Three days later it asked for answers."
>>> [(m.span.text, m.date.value) for m in find_dates(text, datetime.date(2025, 2, 6))]
[('Feb. 1', '2025-02-01'), ('Three days later', '2025-02-04')]
>>> parse_date("last Thursday", datetime.date(2025, 2, 13))
Date(value='2025-02-06', precision=<DatePrecision.DAY: 'day'>)
>>> parse_date("the 17th") is None  # relative, and no publication date was given
True
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Callable, Iterable

import attrs

from deepseek_policy._calendar import (
    MONTH_ABBREVIATIONS,
    MONTH_FULL_ALTERNATION,
    MONTH_NAME_ALTERNATION,
    MONTH_NAMES,
    NUMBER_WORDS,
    WEEKDAY_ALTERNATION,
    WEEKDAY_NAMES,
    month_number,
    weekday_number,
)
from deepseek_policy._rx import fold, lazy_re
from deepseek_policy._wordscan import WordScan
from deepseek_policy.errors import InputTypeError, SchemaError
from deepseek_policy.model import Date, DatePrecision, Span

__all__ = ["DateMention", "find_dates", "parse_date"]


@attrs.frozen
class DateMention:
    """One temporal expression found in a text.

    ``span`` is the evidence (``text[span.start:span.end] == span.text``). ``date`` is the
    normalised date, or ``None`` when the expression cannot be resolved (a relative
    expression without a publication date, an anchored one with no earlier day, an
    impossible day such as ``Feb. 30, 2025``). ``relative`` is true for every expression that
    needs a reference point (the publication date or an anchor) to be resolved, whether or
    not one was available; ``anchored`` is true for those that count from an earlier date in
    the text (``three days later``).
    """

    span: Span
    date: Date | None
    relative: bool
    anchored: bool


# ---------------------------------------------------------------------------------------------
# the pattern: one alternation of named groups, every repetition bounded
# ---------------------------------------------------------------------------------------------


def _cap(*phrases: str) -> str:
    """An alternation of lower-case phrases whose first letter may also be a capital."""
    alts = []
    for phrase in phrases:
        head, tail = phrase[0], phrase[1:]
        alts.append(f"[{head.upper()}{head}]" + tail.replace(" ", r"\s{1,3}"))
    return "(?:" + "|".join(alts) + ")"


_S = r"\s{1,3}"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:19|20)[0-9]{2}"
#: A year is a whole number: not "20251", "2025%", "2025.5", "2025-26", "2025/26".
_YEAR_END = r"(?![\w%]|[.,:/][0-9]|-[0-9A-Za-z]|\s%)"
_MONTH = MONTH_NAME_ALTERNATION
_MONTH_FULL = MONTH_FULL_ALTERNATION + r"(?!\w)"
_WEEKDAY = WEEKDAY_ALTERNATION + r"(?!\w)"
_SEASON = _cap("spring", "summer", "fall", "autumn", "winter") + r"(?!\w)"
_NUM = r"(?:[0-9]{1,3}|" + _cap(*sorted(NUMBER_WORDS, key=lambda w: (-len(w), w))) + r")"
_EDGE = _cap(
    "the end of",
    "end of",
    "the beginning of",
    "beginning of",
    "the start of",
    "start of",
    "the middle of",
    "middle of",
)
_SPAN_MOD = rf"(?:{_cap('early', 'late', 'mid')}|{_EDGE})"
_YEAR_MOD = (
    rf"(?:{_SPAN_MOD}|{_cap('the first half of', 'the second half of')}"
    rf"|[Tt]he{_S}(?:first|second|third|fourth|final|last){_S}quarter{_S}of)"
)
#: A part of a year or a fiscal year written before it: "Q3 2026", "H2 2026", "FY2026",
#: "fiscal 2027", "fiscal year 2026", "calendar 2025" (the year is the one named).
_YEAR_LABEL = (
    rf"(?:(?:Q[1-4]|H[12]){_S}|FY(?:{_S})?|"
    rf"{_cap('fiscal year', 'fiscal', 'calendar year', 'calendar')}{_S})"
)
_REL = _cap("last", "this", "next")
#: The years (months, weeks) a "last", "this" or "next" moves from the publication's own.
_REL_SHIFT = {"last": -1, "this": 0, "next": 1}
_WD_REL = _cap("last", "this past", "this coming", "this", "next", "past", "coming")
_RU_MOD = _cap("earlier", "early", "later", "late", "mid")



def _close_or_weekday(opened: str) -> str:
    """After a day: the bracket its weekday opened ("Thursday (Feb. 5)"), or else its weekday
    in brackets ("Feb. 5 (Thursday)"): one mention of one day, not a weekday of its own."""
    return rf"(?({opened})\)|(?:{_S}\({_WEEKDAY}\))?)"


_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    (
        "iso",
        rf"(?<![./:-])(?P<iso_y>{_YEAR})-(?:(?P<iso_m>0[1-9]|1[0-2])-"
        rf"(?P<iso_d>0[1-9]|[12][0-9]|3[01])|W(?P<iso_w>0[1-9]|[1-4][0-9]|5[0-3]))"
        r"(?=T[0-9]|(?![\w-]|[.:][0-9]))",
    ),
    (
        # an all-numeric day: "27/01/2025" (UK, Australian copy), "1/27/2025" (US), "27.01.2025",
        # "27-01-2025" (Indian, European copy)
        "num",
        rf"(?<![\w./-])(?P<num_a>{_DAY})(?P<num_s>[/.-])(?P<num_b>{_DAY})(?P=num_s)"
        rf"(?P<num_y>{_YEAR})(?![\w/]|[.,:-][0-9])"
        # year first: "2025/01/27" (Japanese, Chinese copy), "2025.01.27" (Korean)
        rf"|(?<![\w./-])(?P<num_y2>{_YEAR})(?P<num_s2>[/.])(?P<num_m2>0?[1-9]|1[0-2])(?P=num_s2)"
        rf"(?P<num_d2>{_DAY})(?![\w/]|[.,:-][0-9])"
        # the Chinese and Japanese form: "2025年3月14日" (a day), "2025年3月" (a month)
        rf"|(?<![\w./-])(?P<num_y3>{_YEAR})年(?P<num_m3>0?[1-9]|1[0-2])月"
        rf"(?:(?P<num_d3>{_DAY})日)?(?![0-9])"
        # no year, after "on", "since" or "until": "on 30/1", "since 27/01" (a fraction or a
        # score never follows them: "3/4 of users", "a 2/1 vote")
        rf"|(?:(?<=\b[Oo]n[ ])|(?<=\b[Ss]ince[ ])|(?<=\b[Uu]ntil[ ]))"
        rf"(?P<num_a4>{_DAY})/(?P<num_b4>{_DAY})(?![\w/]|[.,:-][0-9])",
    ),
    (
        "mdy",
        # "the week of Feb. 3": that day's ISO week
        rf"(?P<mdy_wk>[Tt]he{_S}week{_S}of{_S})?"
        rf"(?:{_WEEKDAY}(?:,?{_S}|{_S}(?P<mdy_p>\()))?(?P<mdy_m>{_MONTH}){_S}(?P<mdy_d>{_DAY})"
        # "Feb. 3-7", "Jan. 27-31, 2025": a range of days, told by its first (as "3-7 February")
        rf"{_ORD}?(?:[-–]{_DAY}(?![\w%]|[.,][0-9]))?(?!\w)(?:,?{_S}(?P<mdy_y>{_YEAR}){_YEAR_END}"
        # "on March 7 last year": that day of the year named
        rf"|{_S}(?:of{_S})?(?P<mdy_rel>{_REL}){_S}year(?!\w))?{_close_or_weekday('mdy_p')}",
    ),
    (
        "dmy",
        rf"(?P<dmy_wk>[Tt]he{_S}week{_S}of{_S})?"
        rf"(?:{_WEEKDAY}(?:,?{_S}|{_S}(?P<dmy_p>\()))?(?:[Tt]he{_S})?(?<![$€£¥.,:/-])"
        # "3-5 February", "10 to 12 March": a range of days, told by its first
        rf"(?:(?P<dmy_d0>{_DAY})(?:[-–]|{_S}(?:to|and){_S}))?"
        rf"(?P<dmy_d>{_DAY}){_ORD}?(?:{_S}of)?{_S}(?P<dmy_m>{_MONTH})"
        rf"(?:,?{_S}(?P<dmy_y>{_YEAR}){_YEAR_END}|{_S}(?:of{_S})?(?P<dmy_rel>{_REL}){_S}year(?!\w))?"
        rf"{_close_or_weekday('dmy_p')}",
    ),
    (
        "my",
        rf"(?:(?P<my_mod>{_SPAN_MOD})(?:{_S}|-))?(?P<my_m>{_MONTH})(?:{_S}of)?"
        rf"(?:,?{_S}(?P<my_y>{_YEAR}){_YEAR_END}|{_S}(?P<my_rel>{_REL}){_S}year(?!\w))",
    ),
    (
        "se",
        rf"(?P<se_rel>{_cap('last', 'this', 'next', 'past', 'coming')}){_S}(?P<se_n1>{_SEASON})"
        rf"|(?:{_cap('early', 'late', 'mid')}(?:{_S}|-))?(?:[Tt]he{_S})?(?P<se_n2>{_SEASON})"
        rf"(?:{_S}of)?,?{_S}(?P<se_y>{_YEAR}){_YEAR_END}",
    ),
    (
        "rd",
        rf"[Tt]he{_S}day{_S}(?P<rd_dbl>before{_S}yesterday|after{_S}tomorrow)(?!\w)"
        rf"|(?P<rd_w>{_cap('today', 'tonight', 'yesterday', 'tomorrow')})(?!\w)"
        rf"|[Tt]his{_S}(?:morning|afternoon|evening)(?!\w)"
        # "said earlier in the day": the day of the report, as "this morning" is
        rf"|{_cap('earlier', 'later')}{_S}in{_S}the{_S}day(?![\w’'-])",
    ),
    (
        "wd",
        rf"(?:(?P<wd_rel>{_WD_REL}){_S})?(?P<wd_d>{_WEEKDAY})"
        # "Thursday last week", "on Friday of next week": that day of that week
        rf"(?:,?{_S}(?:of{_S})?(?P<wd_wk>{_REL}){_S}week(?![\w’']))?",
    ),
    (
        "ru",
        rf"(?:(?P<ru_mod>{_RU_MOD})(?:{_S}|-)|{_EDGE}{_S})?"
        rf"(?P<ru_rel>{_REL}){_S}(?P<ru_u>weekend|week|month|year)(?!\w)"
        # "the end of the month", "earlier in the week", "late in the year": the publication's
        rf"|(?:{_EDGE}|{_RU_MOD}{_S}in){_S}the{_S}(?P<ru_u2>week|month|year)(?!\w)"
        rf"|{_cap('mid')}-?(?P<ru_mw>week)(?!\w)"
        # "the week before last": two before the publication's
        rf"|[Tt]he{_S}(?P<ru_bl>weekend|week|month|year){_S}before{_S}last(?!\w)"
        # "by year-end", "at month-end": the publication's
        rf"|(?P<ru_ye>[Yy]ear|[Mm]onth)-end(?![\w-])"
        rf"|(?:{_cap('over', 'at', 'during', 'on')}{_S}the|{_cap('this', 'the')}{_S}past)"
        rf"{_S}(?P<ru_we>weekend)(?!\w)"
        # "over the past week", "this past week": the seven days before publication, told by
        # the ISO week that holds most of them
        rf"|{_cap('this', 'the')}{_S}past{_S}(?P<ru_pw>week)(?!\w)",
    ),
    (
        "ago",
        rf"(?:{_cap('almost', 'nearly', 'about', 'roughly', 'around', 'approximately', 'some')}"
        rf"{_S}|{_cap('just', 'only', 'more than', 'less than', 'over', 'under')}{_S})?"
        rf"(?P<ago_n>{_NUM}){_S}(?P<ago_u>day|week|fortnight|month|year)s?{_S}ago(?!\w)",
    ),
    (
        "an",
        rf"(?P<an_n>{_NUM}){_S}(?P<an_u>day|week|fortnight|month|year)s?{_S}"
        rf"(?P<an_dir>later|earlier|afterwards?|after{_S}that|before{_S}that"
        # "Taiwan followed a day after.": a bare "after" or "before" that ends its clause
        rf"|after(?=[.,;:]|$)|before(?=[.,;:]|$))(?!\w)"
        rf"|[Tt]he{_S}next{_S}(?P<an_next>day)(?!\w)"
        rf"|(?:[Tt]he{_S}(?P<an_g>following|previous|preceding|prior|same)|[Tt]hat(?:{_S}same)?)"
        rf"{_S}(?P<an_gu>day|week|month)(?!\w)"
        rf"|[Tt]he{_S}day{_S}(?P<an_ba>before|after)(?!\w)",
    ),
    (
        # "the 15th", "the 15th of last month": that day of the month named
        "dom",
        rf"[Tt]he{_S}(?P<dom_d>{_DAY}){_ORD}(?![\w-])"
        rf"(?:{_S}of{_S}(?P<dom_rel>{_REL}){_S}month(?!\w))?",
    ),
    (
        # "in the first quarter", "by the end of the third quarter": a quarter with no year
        # (one with its year is the year alternative's)
        "qt",
        rf"[Tt]he{_S}(?P<qt_n>first|second|third|fourth|final){_S}quarter(?![\w-])"
        rf"(?!{_S}of{_S})",
    ),
    (
        # "the last week of February", "the first week of March 2025": that week of the month
        "wm",
        rf"[Tt]he{_S}(?P<wm_n>first|second|third|fourth|last|final){_S}week{_S}of{_S}"
        rf"(?P<wm_m>{_MONTH})(?!\w)(?:,?{_S}(?P<wm_y>{_YEAR}){_YEAR_END})?",
    ),
    (
        "ma",
        rf"(?:(?P<ma_mod>{_REL}|{_SPAN_MOD})(?:{_S}|-))?(?P<ma_m>{_MONTH_FULL})",
    ),
    (
        "yr",
        rf"(?:(?P<yr_mod>{_YEAR_MOD})(?:{_S}|-)|(?P<yr_label>{_YEAR_LABEL})|(?<![$€£¥#+/.:-]))"
        rf"(?P<yr_y>{_YEAR}){_YEAR_END}"
        # "FY26": two digits after "FY" are the year 2026; so after an analyst's quarter or
        # half: "1Q25", "2H24", "Q3'25"
        rf"|(?:FY(?:{_S})?|[1-4]Q|[12]H|(?:Q[1-4]|H[12])['’])(?P<yr_fy>[0-9]{{2}})"
        rf"(?![\w%]|[.,:/-][0-9])",
    ),
)


class _TrieNode:
    __slots__ = ("children", "suffixes")

    def __init__(self) -> None:
        self.children: dict[str, _TrieNode] = {}
        self.suffixes: list[str] = []

    def emit(self) -> str:
        alts = [re.escape(ch) + self.children[ch].emit() for ch in sorted(self.children)]
        alts.extend(self.suffixes)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _head_trie(entries: Iterable[tuple[str, str]]) -> str:
    """An alternation of ``word + suffix`` entries, factored into a trie on the words' letters.

    Every branch of the result starts with a literal character, which lets the regular
    expression engine skip a branch after one comparison, so a word that cannot start a date
    is rejected in a few steps.
    """
    root = _TrieNode()
    for word, suffix in entries:
        node = root
        for ch in word:
            node = node.children.setdefault(ch, _TrieNode())
        node.suffixes.append(suffix)
    return root.emit()


def _head() -> str:
    """What the first word or two of any alternative looks like: a cheap test made first."""
    return "(?:[0-9]|" + _head_trie(_head_entries()) + ")"


def _head_firsts() -> str:
    """A character class that holds the first character of any date."""
    return "[0-9" + "".join(sorted({word[0] for word, _suffix in _head_entries()})) + "]"


@functools.cache
def _head_entries() -> tuple[tuple[str, str], ...]:
    """The words a date can begin with (beside a digit), each with what must follow it (built
    once: the head and its first characters both read them)."""
    unit = r"(?:day|week|fortnight|month|year)"
    entries: list[tuple[str, str]] = []

    def both(word: str, suffix: str) -> None:
        entries.append((word, suffix))
        entries.append((word[0].upper() + word[1:], suffix))

    for name in (*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAY_NAMES):
        entries.append((name, r"(?![A-Za-z])"))
    both(
        "the",
        rf"{_S}(?:[0-9]|end|beginning|start|middle|first|second|third|fourth|final|last|day"
        rf"|next|following|previous|week|month|year"
        rf"|preceding|prior|same|past|{_SEASON})",
    )
    both("this", rf"(?:{_S}|-)")  # ("this-January": the month-and-modifier form)
    entries.append(("Q", rf"[1-4](?:{_S}|['’][0-9])"))
    entries.append(("H", rf"[12](?:{_S}|['’][0-9])"))
    entries.append(("FY", r"\s?[0-9]"))
    both("fiscal", _S)
    both("calendar", _S)
    both("that", _S)
    for word in NUMBER_WORDS:
        both(word, rf"{_S}{unit}")
    for word in (
        "almost", "nearly", "about", "roughly", "around", "approximately", "some", "just",
        "only", "over", "under",
    ):  # fmt: skip
        both(word, rf"{_S}{_NUM}")
    for word in ("more", "less"):
        both(word, rf"{_S}than{_S}{_NUM}")
    for word in ("over", "at", "during", "on"):
        both(word, rf"{_S}the{_S}weekend")
    for word in ("year", "month"):
        both(word, r"-end")
    for word in (
        "last", "next", "past", "coming", "early", "earlier", "late", "later", "mid", "end",
        "beginning", "start", "middle", "today", "tonight", "tomorrow", "yesterday", "spring",
        "summer", "fall", "autumn", "winter", "midweek",
    ):  # fmt: skip
        both(word, r"(?![A-Za-z])")
    return tuple(entries)


_BODY = "|".join(f"(?P<{kind}>{body})" for kind, body in _ALTERNATIVES)
#: Every alternative starts at a word start, never right after a digit and a "." or ",".
_GUARD = r"(?<!\w)(?<![0-9][.,])"


@functools.cache
def _scanner() -> re.Pattern[str]:
    """The scanner: the guard, a lookahead on the first word (fast to reject), then the body.

    Without the lookahead, every word start would try all thirteen alternatives; with it, the
    text is scanned at several MB/s. The stdlib engine is used: about twice as fast as
    ``regex`` on this pattern. Compiled on first use (tens of milliseconds), not at import.
    """
    return _word_scan().exact


@functools.cache
def _word_scan() -> WordScan:
    """The scanner, run from separator to separator with a test of a date's first character
    (see :class:`~deepseek_policy._wordscan.WordScan`): the same matches in about a fifth less
    time."""
    return WordScan(rf"(?<!\w)(?={_head()}){_GUARD}(?:{_BODY})", first=_head_firsts())


@functools.cache
def _reference_scanner() -> re.Pattern[str]:
    """The same without the lookahead: slower, for tests to check that it loses nothing."""
    return re.compile(rf"{_GUARD}(?:{_BODY})")


def __getattr__(name: str) -> re.Pattern[str]:
    """``_SCANNER`` and ``_REFERENCE_SCANNER`` as module attributes, compiled when first read."""
    if name == "_SCANNER":
        return _scanner()
    if name == "_REFERENCE_SCANNER":
        return _reference_scanner()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_FUTURE_CUE = lazy_re(
    r"\b(?:[Ww]ill|[Ww]ould|[Ss]hall|(?:[Ii]s|[Aa]re)\s{1,3}(?:set\s{1,3}|expected\s{1,3}"
    r"|scheduled\s{1,3})?to|(?:[Ii]s|[Aa]re)\s{1,3}(?:set|scheduled|slated)\s{1,3}for"
    r"|[Pp]lans?\s{1,3}to|[Pp]lanned\s{1,3}to"
    # an outcome looked for, in the present: "the regulator expects a decision by March", "a
    # ruling is expected in June", "the ministry aims to finish by June 30", "a ban might
    # follow by then" (not "expected" alone, nor "might have": either may look back; nor
    # "may", which also grants or denies leave now: "From Monday, staff may not install it")
    r"|[Ee]xpects?|(?:[Ii]s|[Aa]re)\s{1,3}expected|(?:[Hh]opes?|[Aa]ims?|[Ii]ntends?)\s{1,3}to"
    r"|[Mm]ight(?!\s{1,3}(?:not\s{1,3})?have\b)"
    r"|[Ss]cheduled\s{1,3}to|[Gg]oing\s{1,3}to|next(?!\s{1,3}to\b)"
    # an obligation still to meet: "agencies must comply by Friday", "have to delete it by"
    # (or a date still to meet: "rules are due by the end of March")
    r"|[Mm]ust|(?:[Hh]ave|[Hh]as|[Nn]eeds?)\s{1,3}to|(?:[Ii]s|[Aa]re)\s{1,3}due"
    # a deadline still to meet, in the present: "contractors have until April 15 to certify",
    # "firms have been given no later than May 1" (not "had until": it may have passed)
    r"|(?:[Hh]ave|[Hh]as)(?:\s{1,3}been\s{1,3}given)?\s{1,3}"
    r"(?:until|till|no\s{1,3}later\s{1,3}than)"
    # a measure's start, scheduled, in the present: "the ban takes effect on Wednesday", "the
    # rules come into force on Monday", "the limit kicks in on Friday"
    r"|[Tt]akes?\s{1,3}effect|(?:[Cc]omes?|[Gg]oes|[Gg]o)\s{1,3}into\s{1,3}(?:effect|force)"
    r"|[Ee]nters?\s{1,3}into\s{1,3}force|[Kk]icks?\s{1,3}in)\b"
    r"|['’]ll\b"
)
#: A past-tense report after the cue ends its reach: "X will do Y, the company said on Friday"
#: (but not a passive one: "the rules will be announced on Friday").
_REPORTED = lazy_re(
    r"(?<!\bbe )(?<!\bbeen )\b(?:said|told|announced|reported|stated|added|wrote|confirmed"
    r"|noted|explained|declared|revealed|disclosed|unveiled|according\s{1,3}to"
    # '"We will not be intimidated," X posted on Monday', "..., X argued on Monday"
    r"|posted|tweeted|argued|claimed|insisted|warned|stressed|emphasi[sz]ed|replied|responded"
    r"|countered|cautioned|predicted|conceded|acknowledged|admitted|reiterated"
    # a directive's closing attribution: "agencies must remove it, Home Affairs ordered on
    # Tuesday" (the order has passed)
    r"|ordered|directed|instructed"
    # a bill's passive introduction: "a bill that would ban it was introduced on Thursday"
    r"|(?<=\bwas\s)(?:introduced|filed|tabled)|(?<=\bwere\s)(?:introduced|filed|tabled))\b"
)
_LOOKBACK = 150
#: A past-tense main verb after an aside that held the cue ("The ban, which agencies must
#: follow, took effect on Monday"), or a past relative clause after it ("Agencies must delete
#: the app, which was banned on Monday").
_PAST_AFTER_ASIDE = lazy_re(
    r",\s{1,3}(?:(?:which|that|who)\s{1,3})?(?:took|came|began|went|was|were|had|[a-z]{2,}ed)\b"
)

# ---------------------------------------------------------------------------------------------
# context words for the checks a pattern cannot make cheaply
# ---------------------------------------------------------------------------------------------

#: Words before a month or a year that make it a date ("in May", "since 2023").
_DATE_PREPOSITIONS = frozenset(
    {
        "in", "since", "until", "till", "by", "of", "from", "during", "through", "throughout",
        "before", "after", "between", "early", "late", "mid", "year", "circa", "last", "next",
    }
)  # fmt: skip
#: The same for a year, less "of" ("a total of 2025 employees").
_YEAR_PREPOSITIONS = _DATE_PREPOSITIONS - {"of"}
#: Words before a number that make it a label, not a year ("Section 2024").
_LABELS = frozenset(
    {
        "section", "order", "article", "no", "number", "num", "rule", "chapter", "title",
        "act", "model", "version", "room", "route", "flight", "page", "item", "case",
        "resolution", "bill", "law", "decree", "directive", "code", "paragraph", "clause",
        "part", "exhibit", "table", "figure", "fig", "appendix", "annex", "grade", "level",
        "build", "series", "class", "type", "unit", "station", "gate", "platform", "channel",
    }
)  # fmt: skip
#: Words before a number that make it an amount ("about 2000 GPUs", "up to 2025").
_QUANTIFIERS = frozenset(
    {
        "about", "around", "some", "nearly", "almost", "over", "under", "than", "roughly",
        "approximately", "least", "most", "only", "just", "exactly", "total", "all", "top",
        "another", "additional", "extra", "hire", "hired", "cut", "employ", "employs",
    }
)  # fmt: skip
#: Words after a number that make it an amount ("2025 yuan", "2000 people").
_UNITS = frozenset(
    {
        "yuan", "won", "yen", "rmb", "usd", "eur", "krw", "cny", "jpy", "dollars", "euros",
        "rupees", "pounds", "percent", "per", "people", "staff", "personnel", "million",
        "billion", "trillion", "thousand", "hundred", "crore", "lakh", "km", "kg", "mb", "gb",
        "tb", "mw", "gw", "kw", "gpu", "gpus", "chips", "units", "times",
    }
)  # fmt: skip
#: Words ending in "s" that are not plural nouns ("2025 was", "2024 has").
_NOT_PLURAL = frozenset(
    {
        "is", "was", "has", "as", "its", "his", "this", "thus", "says", "plus", "versus",
        "whereas", "unless", "us", "across", "towards", "afterwards", "does", "marks", "means",
        "sees", "saw", "remains", "becomes", "looks", "promises", "brings", "proves", "gets",
    }
)  # fmt: skip
#: Words that may follow "the 17th" when it is a day of the month.
_AFTER_DAY_OF_MONTH = frozenset(
    {
        "and", "at", "in", "on", "of", "to", "from", "until", "till", "through", "by", "before",
        "after", "when", "that", "with", "as", "for", "the", "a", "an", "it", "he", "she",
        "they", "we", "said", "says", "announced", "but", "while", "local", "morning",
        "afternoon", "evening", "night", "or", "this", "last", "next", "which", "where",
    }
)  # fmt: skip
#: Capitalised words before a weekday that make it a name ("Black Friday").
_WEEKDAY_NAMES_BEFORE = frozenset(
    {"Black", "Good", "Cyber", "Super", "Holy", "Ash", "Easter", "Maundy", "Giving", "Bloody"}
)
#: Capitalised words after a weekday that make it a title ("Sunday Times").
_WEEKDAY_NAMES_AFTER = frozenset(
    {"Times", "Telegraph", "Herald", "Mail", "Express", "Star", "Post", "Morning", "Mirror"}
)
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

_WORD_AFTER = lazy_re(r"[ \t\u00a0]{1,3}([A-Za-z]+)")


def _word_after(text: str, end: int) -> str | None:
    m = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    return m.group(1) if m else None


def _words_before(text: str, start: int) -> tuple[str | None, str | None]:
    """The word just before ``start`` (separated from it by whitespace) and the one before it."""
    if start == 0 or not text[start - 1].isspace():
        return None, None
    words = [w.strip("\"'“”‘’()[]") for w in text[max(0, start - 40) : start].split()]
    if not words:
        return None, None
    return words[-1], (words[-2] if len(words) > 1 else None)


def _is_future(text: str, start: int) -> bool:
    """Whether the clause before ``start`` (back to its sentence start) is future-tense."""
    lo = max(0, start - _LOOKBACK)
    window = text[lo:start]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
    if cut >= 0:
        window = window[cut + 1 :]
    cues = list(_FUTURE_CUE.finditer(window))
    if cues:
        return (
            _REPORTED.search(window, cues[-1].end()) is None
            and _PAST_AFTER_ASIDE.search(window, cues[-1].end()) is None
        )
    if _OPENER_BEFORE.search(window) is not None:
        # "Starting in March, Samsung will block ...": an opening phrase's date takes the
        # tense of the clause after its comma
        comma = text.find(", ", start, start + 40)
        if comma >= 0:
            after = _FUTURE_CUE.search(text, comma, min(len(text), comma + 60))
            stop = text.find(". ", comma, min(len(text), comma + 60))
            return after is not None and (stop < 0 or after.start() < stop)
    return False


def _is_past(text: str, start: int) -> bool:
    """Whether the verb that a date at ``start`` modifies is in the past tense: a past form
    at most four words before it ("Australia followed on Feb. 4", "took effect on July 1",
    "Italy blocked the app on Jan. 30"), in its own clause."""
    return _PAST_VERB_BEFORE.search(text, max(0, start - 60), start) is not None


#: A past form (regular, or a common irregular one), up to three words and an "on", then the
#: date: the clause before it holds no comma or stop, and neither a schedule's participle
#: ("a hearing scheduled for Feb. 4", "postponed to") comes between, nor does the date follow
#: a preposition that points ahead ("was extended until March 1").
_PAST_VERB_BEFORE = lazy_re(
    r"\b(?!(?:scheduled|rescheduled|planned|expected|slated|postponed|delayed|pushed|moved"
    r"|extended|deferred|timed|earmarked|targeted)\b)"
    r"(?:[a-z]{2,}ed|took|came|went|began|became|was|were|did|made|gave|sent|shut|won|lost"
    r"|rose|fell|held|left|met|told|said|wrote|broke|brought|bought|sold|struck)"
    r"(?:[ ](?!(?:for|until|till|to|by|from|before|after|through|next)[ ]\Z)"
    r"[^\s,;:.!?]{1,30}){0,3}?(?:[ ]on)?[ ]\Z"
)


#: The opening words of a sentence that a date's phrase follows: "Starting in", "From",
#: "Beginning on", "Effective", "As of".
_OPENER_BEFORE = lazy_re(
    r"(?:^|[\n.!?][ ]*)[ ]*(?:Starting|Beginning|From|Effective|As[ ]of)(?:[ ](?:in|on|from))?[ ]$"
)


# ---------------------------------------------------------------------------------------------
# calendar arithmetic that never raises
# ---------------------------------------------------------------------------------------------


def _make_day(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _add_days(day: _dt.date, n: int) -> _dt.date | None:
    try:
        return day + _dt.timedelta(days=n)
    except OverflowError:
        return None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _safe(make: Callable[[], Date]) -> Date | None:
    try:
        return make()
    except (SchemaError, ValueError, OverflowError):
        return None


# The constructors below are cached: a Date is immutable, and a long text names the same few
# hundred days thousands of times, so each one is built (and held in memory) once.


@functools.lru_cache(maxsize=4096)
def _of_day(day: _dt.date | None) -> Date | None:
    return None if day is None else _safe(lambda: Date.of_day(day))


@functools.lru_cache(maxsize=1024)
def _of_week(day: _dt.date | None) -> Date | None:
    return None if day is None else _safe(lambda: Date.of_week(day))


@functools.lru_cache(maxsize=1024)
def _of_month(year: int, month: int) -> Date | None:
    return _safe(lambda: Date.of_month(year, month))


@functools.lru_cache(maxsize=1024)
def _of_year(year: int) -> Date | None:
    return _safe(lambda: Date.of_year(year))


#: How many days after publication a month and day told in the past tense may fall.
_PAST_SLACK = 7


def _month_day(
    month: int, day: int, published: _dt.date, future: bool, past: bool = False
) -> _dt.date | None:
    """The year for a month and day written without one (``past``: told in the past tense, so
    on or before publication, give or take a week: a story updated after its date, a dateline
    in another time zone)."""
    if future:
        for year in range(published.year, published.year + 9):
            found = _make_day(year, month, day)
            if found is not None and found >= published:
                return found
        return None
    limit = _add_days(published, _PAST_SLACK if past else 60) or _dt.date.max
    for year in range(published.year, published.year - 9, -1):
        found = _make_day(year, month, day)
        if found is not None and found <= limit:
            return found
    return None


def _day_of_month(day: int, published: _dt.date, future: bool) -> _dt.date | None:
    """A day of the month ("the 17th"): the nearest such day on the right side of publication."""
    step = 1 if future else -1
    for i in range(13):
        year, month = _add_months(published.year, published.month, step * i)
        found = _make_day(year, month, day)
        if found is not None and (found >= published if future else found <= published):
            return found
    return None


def _weekday(wanted: int, rel: str, published: _dt.date, future: bool) -> _dt.date | None:
    today = published.weekday()
    if rel in ("last", "past", "this past"):
        return _add_days(published, -((today - wanted) % 7 or 7))
    if rel in ("coming", "this coming"):
        return _add_days(published, (wanted - today) % 7 or 7)
    if rel == "next":
        return _add_days(published, 7 - today + wanted)
    if rel == "this":
        if future:
            return _add_days(published, (wanted - today) % 7)
        return _add_days(published, wanted - today)
    if future:
        return _add_days(published, (wanted - today) % 7 or 7)
    return _add_days(published, -((today - wanted) % 7))


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[fold(word)]


# ---------------------------------------------------------------------------------------------
# one resolver per alternative; each returns None when the match is not a date after all
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class _Scan:
    text: str
    published: _dt.date | None
    future: bool
    anchor: _dt.date | None
    start: int  # where the match starts (its own ``start()`` may take in a separator)


@attrs.frozen
class _Found:
    date: Date | None
    relative: bool = False
    anchored: bool = False


def _after_since(text: str, start: int) -> bool:
    """Whether "since" stands right before ``start``: the start of a stretch that runs to
    now, so never a day still to come ("must comply, as it has since January")."""
    window = text[max(0, start - 10) : start]
    word = window.rstrip()
    if len(word) == len(window) or len(window) - len(word) > 3 or word[-5:].lower() != "since":
        return False
    return len(word) == 5 or not (word[-6].isalnum() or word[-6] in "-_")


def _future(scan: _Scan, m: re.Match[str]) -> bool:
    if scan.future:
        return True
    start = scan.start
    if _after_since(scan.text, start):
        return False
    return _is_future(scan.text, start)


def _resolve_iso(m: re.Match[str], scan: _Scan) -> _Found:
    year = int(m["iso_y"])
    if m["iso_w"] is not None:
        return _Found(_safe(lambda: Date(f"{year:04d}-W{m['iso_w']}", DatePrecision.WEEK)))
    return _Found(_of_day(_make_day(year, int(m["iso_m"]), int(m["iso_d"]))))


def _resolve_num(m: re.Match[str], scan: _Scan) -> _Found | None:
    """A numeric day: day first when the first number cannot be a month or the dots say so
    (European), month first when the second cannot be; either way round, the reading nearer
    the publication date ("10/02/2025" a few days before 12 February is 10 February)."""
    before, _ = _words_before(scan.text, scan.start)
    if before is not None and before.lower().rstrip(".") in _LABELS:
        return None  # "version 1.2.2025", "No. 3/4/2025"
    if m["num_y3"] is not None:
        year, month = int(m["num_y3"]), int(m["num_m3"])
        if m["num_d3"] is None:
            return _Found(_of_month(year, month))
        day = _make_day(year, month, int(m["num_d3"]))
        return _Found(_of_day(day)) if day is not None else None
    if m["num_y2"] is not None:
        day = _make_day(int(m["num_y2"]), int(m["num_m2"]), int(m["num_d2"]))
        return _Found(_of_day(day)) if day is not None else None
    if m["num_a4"] is not None:
        return _day_month_only(m, scan, int(m["num_a4"]), int(m["num_b4"]))
    a, b, year = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    day_first = _make_day(year, b, a)
    month_first = None if m["num_s"] == "." else _make_day(year, a, b)
    if day_first is None or month_first is None or day_first == month_first:
        return _Found(_of_day(day_first or month_first))
    pub = scan.published
    if pub is None:
        return _Found(None, relative=True)
    nearer = min(day_first, month_first, key=lambda day: abs((day - pub).days))
    return _Found(_of_day(nearer), relative=True)


def _day_month_only(m: re.Match[str], scan: _Scan, a: int, b: int) -> _Found | None:
    """A numeric day with no year ("on 30/1", "on 1/30"): the one reading that is a date (no
    day of a month is above 12 both ways round; "on 3/2" may be either, and is left alone),
    in the year a month and day without one takes."""
    if (a > 12) == (b > 12) or (a, b) == (24, 7):
        return None  # (and "on 24/7 standby": round the clock)
    month, day = (b, a) if a > 12 else (a, b)
    if _make_day(2024, month, day) is None:
        return None  # "31/2"
    if scan.published is None:
        return _Found(None, relative=True)
    future = _future(scan, m)
    past = not future and _is_past(scan.text, scan.start)
    return _Found(_of_day(_month_day(month, day, scan.published, future, past)), relative=True)


def _resolve_day_month(
    m: re.Match[str],
    scan: _Scan,
    month: str,
    day: str,
    year: str | None,
    week: bool,
    rel: str | None = None,
) -> _Found:
    """A day named by month and day, or the ISO week it falls in ("the week of Feb. 3");
    ``rel`` is the "last", "this" or "next" of "March 7 last year"."""
    mon, d = month_number(month), int(day)
    of = _of_week if week else _of_day
    if year is not None:
        return _Found(of(_make_day(int(year), mon, d)))
    if scan.published is None:
        return _Found(None, relative=True)
    if rel is not None:
        shift = _REL_SHIFT[fold(rel)]
        return _Found(of(_make_day(scan.published.year + shift, mon, d)), relative=True)
    future = _future(scan, m)
    past = not future and _is_past(scan.text, scan.start)
    found = _month_day(mon, d, scan.published, future, past)
    anchor = scan.anchor
    if (
        found is not None
        and anchor is not None
        and found < anchor
        and _RANGE_OPEN_BEFORE.search(scan.text, max(0, scan.start - 24), scan.start)
    ):
        # "from Dec. 28 to Jan. 3", "Dec. 28-Jan. 3": a range's end is on or after its start
        found = _month_day(mon, d, anchor, True)
    return _Found(of(found), relative=True)


#: The end of a day and a word that opens a range's other end: "Dec. 28 to ", "28 December-".
_RANGE_OPEN_BEFORE = lazy_re(
    rf"(?:[0-9]|{_MONTH})(?:,?{_S}{_YEAR})?"
    rf"(?:(?:{_S})?[-–](?:{_S})?|{_S}(?:to|through|until|till|and){_S})\Z"
)


def _resolve_mdy(m: re.Match[str], scan: _Scan) -> _Found:
    return _resolve_day_month(
        m, scan, m["mdy_m"], m["mdy_d"], m["mdy_y"], bool(m["mdy_wk"]), m["mdy_rel"]
    )


def _resolve_dmy(m: re.Match[str], scan: _Scan) -> _Found:
    first = m["dmy_d0"]
    day = first if first is not None and int(first) < int(m["dmy_d"]) else m["dmy_d"]
    return _resolve_day_month(m, scan, m["dmy_m"], day, m["dmy_y"], bool(m["dmy_wk"]), m["dmy_rel"])


def _resolve_my(m: re.Match[str], scan: _Scan) -> _Found:
    month = month_number(m["my_m"])
    if m["my_y"] is not None:
        return _Found(_of_month(int(m["my_y"]), month))
    if scan.published is None:
        return _Found(None, relative=True)
    shift = _REL_SHIFT[fold(m["my_rel"])]
    return _Found(_of_month(scan.published.year + shift, month), relative=True)


def _resolve_se(m: re.Match[str], scan: _Scan) -> _Found:
    if m["se_y"] is not None:
        return _Found(_of_year(int(m["se_y"])))
    season = m["se_n1"].lower()
    if scan.published is None or season == "winter":
        return _Found(None, relative=True)
    rel, pub = m["se_rel"].lower(), scan.published
    first = _SEASON_START[season]
    if rel in ("last", "past"):
        year = pub.year if pub.month > first + 2 else pub.year - 1
    elif rel in ("next", "coming"):
        year = pub.year if pub.month < first else pub.year + 1
    else:
        year = pub.year
    return _Found(_of_year(year), relative=True)


def _resolve_rd(m: re.Match[str], scan: _Scan) -> _Found | None:
    if scan.published is None:
        return _Found(None, relative=True)
    if m["rd_dbl"] is not None:
        shift = -2 if m["rd_dbl"].startswith("before") else 2
    elif m["rd_w"] is not None:
        if m["rd_w"] in ("Today", "Tonight") and (
            _word_after(scan.text, m.end()) in _PROGRAMME_WORDS
            or scan.text.endswith(("'s ", "’s "), max(0, scan.start - 3), scan.start)
        ):
            return None  # "on BBC Radio 4's Today programme", "NBC's Today show": a title
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[fold(m["rd_w"])]
    else:
        shift = 0
    return _Found(_of_day(_add_days(scan.published, shift)), relative=True)


#: The nouns after a broadcast's title that is a day's word: "the Today programme".
_PROGRAMME_WORDS = frozenset(["programme", "program", "show", "podcast", "broadcast"])


def _resolve_wd(m: re.Match[str], scan: _Scan) -> _Found | None:
    rel = " ".join(m["wd_rel"].lower().split()) if m["wd_rel"] is not None else ""
    if not rel:
        before, _ = _words_before(scan.text, scan.start)
        if before in _WEEKDAY_NAMES_BEFORE or _word_after(scan.text, m.end()) in (
            _WEEKDAY_NAMES_AFTER
        ):
            return None
    if scan.published is None:
        return _Found(None, relative=True)
    if m["wd_wk"] is not None and not rel:
        shift = {"last": -7, "this": 0, "next": 7}[fold(m["wd_wk"])] - scan.published.weekday()
        day = _add_days(scan.published, shift + weekday_number(m["wd_d"]))
        return _Found(_of_day(day), relative=True)
    future = rel in ("", "this") and _future(scan, m)
    day = _weekday(weekday_number(m["wd_d"]), rel, scan.published, future)
    return _Found(_of_day(day), relative=True)


#: "the last week of the campaign", "the next year of talks": a span of something else.
_SPAN_OF_AFTER = lazy_re(rf"{_S}of{_S}(?:the|its|his|her|their|a|an)\b")


def _resolve_ru(m: re.Match[str], scan: _Scan) -> _Found | None:
    if (
        m["ru_rel"] is not None
        and m["ru_mod"] is None
        and scan.text.endswith(("the ", "The "), max(0, scan.start - 4), scan.start)
        and _SPAN_OF_AFTER.match(scan.text, m.end())
    ):
        return None  # "in the last week of the campaign": not the week before publication
    if scan.published is None:
        return _Found(None, relative=True)
    pub = scan.published
    if m["ru_we"]:  # "over the weekend": the last one, this one if published on it
        if pub.weekday() < 5 and "past" not in m[0] and _future(scan, m):
            return _Found(_of_week(pub), relative=True)  # "will meet on the weekend": the coming
        return _Found(_of_week(pub if pub.weekday() >= 5 else _add_days(pub, -7)), relative=True)
    if m["ru_pw"]:  # "over the past week": this week from a Friday on, else the last
        return _Found(_of_week(pub if pub.weekday() >= 4 else _add_days(pub, -7)), relative=True)
    unit = (m["ru_u"] or m["ru_u2"] or m["ru_mw"] or m["ru_bl"] or m["ru_ye"]).lower()
    shift = _REL_SHIFT[fold(m["ru_rel"])] if m["ru_rel"] else 0
    if m["ru_bl"]:
        shift = -2
    if unit in ("week", "weekend"):
        return _Found(_of_week(_add_days(pub, 7 * shift)), relative=True)
    if unit == "month":
        return _Found(_of_month(*_add_months(pub.year, pub.month, shift)), relative=True)
    return _Found(_of_year(pub.year + shift), relative=True)


def _resolve_ago(m: re.Match[str], scan: _Scan) -> _Found:
    if scan.published is None:
        return _Found(None, relative=True)
    pub, n, unit = scan.published, _number(m["ago_n"]), m["ago_u"].lower()
    if unit == "day":
        return _Found(_of_day(_add_days(pub, -n)), relative=True)
    if unit in ("week", "fortnight"):  # "a fortnight ago": two weeks (UK, Australian copy)
        days = 7 * n * (2 if unit == "fortnight" else 1)
        return _Found(_of_week(_add_days(pub, -days)), relative=True)
    if unit == "month":
        return _Found(_of_month(*_add_months(pub.year, pub.month, -n)), relative=True)
    return _Found(_of_year(pub.year - n), relative=True)


def _resolve_an(m: re.Match[str], scan: _Scan) -> _Found:
    found = _anchored(m, scan)
    pub = scan.published
    if (
        found.date is not None
        and pub is not None
        and found.date.first_day > pub
        and scan.anchor is not None
        and scan.anchor <= pub
        and not _future(scan, m)
    ):
        # "The watchdog acted on Friday. Its Belgian peer followed a week later.": an event
        # after a past day, told in the past, is not after the publication (a coming day's
        # "two days later" is still to come)
        return _Found(None, relative=True, anchored=True)
    return found


def _anchored(m: re.Match[str], scan: _Scan) -> _Found:
    """An anchored expression counted from the most recent earlier day (``scan.anchor``)."""
    anchor = scan.anchor
    if anchor is None:
        return _Found(None, relative=True, anchored=True)
    if m["an_n"] is not None:
        sign = -1 if m["an_dir"].lower().startswith(("earlier", "before")) else 1
        unit = m["an_u"].lower()
        if unit == "month":  # "two months later": the month, as a span of months names no day
            found = _of_month(*_add_months(anchor.year, anchor.month, sign * _number(m["an_n"])))
            return _Found(found, relative=True, anchored=True)
        if unit == "year":  # "a year earlier": the year
            year = anchor.year + sign * _number(m["an_n"])
            return _Found(_of_year(year), relative=True, anchored=True)
        n = _number(m["an_n"]) * {"week": 7, "fortnight": 14}.get(unit, 1)
        return _Found(_of_day(_add_days(anchor, sign * n)), relative=True, anchored=True)
    if m["an_next"] is not None:
        return _Found(_of_day(_add_days(anchor, 1)), relative=True, anchored=True)
    if m["an_ba"] is not None:
        shift = -1 if m["an_ba"] == "before" else 1
        return _Found(_of_day(_add_days(anchor, shift)), relative=True, anchored=True)
    which = (m["an_g"] or "same").lower()
    shift = {"following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}[which]
    unit = m["an_gu"].lower()
    if unit == "day":
        date = _of_day(_add_days(anchor, shift))
    elif unit == "week":
        date = _of_week(_add_days(anchor, 7 * shift))
    else:
        date = _of_month(*_add_months(anchor.year, anchor.month, shift))
    return _Found(date, relative=True, anchored=True)


def _resolve_dom(m: re.Match[str], scan: _Scan) -> _Found | None:
    if m["dom_rel"] is not None:
        if scan.published is None:
            return _Found(None, relative=True)
        shift = _REL_SHIFT[fold(m["dom_rel"])]
        year, month = _add_months(scan.published.year, scan.published.month, shift)
        return _Found(_of_day(_make_day(year, month, int(m["dom_d"]))), relative=True)
    after = _word_after(scan.text, m.end())
    if after is not None and (after[0].isupper() or after not in _AFTER_DAY_OF_MONTH):
        return None
    if scan.published is None:
        return _Found(None, relative=True)
    day = _day_of_month(int(m["dom_d"]), scan.published, _future(scan, m))
    return _Found(_of_day(day), relative=True)


def _resolve_ma(m: re.Match[str], scan: _Scan) -> _Found | None:
    month_word, mod = m["ma_m"], m["ma_mod"]
    if mod is None:
        before, _ = _words_before(scan.text, scan.start)
        after_prep = before is not None and before.lower() in _DATE_PREPOSITIONS
        if (
            month_word == "May"
            and not after_prep
            and not _MONTH_RANGE_OPEN.search(scan.text, max(0, scan.start - 24), scan.start)
        ):
            return None  # (but "from March to May": a range's other end)
        after = _word_after(scan.text, m.end())
        if not after_prep and after is not None and after[0].isupper():
            return None
    if scan.published is None:
        return _Found(None, relative=True)
    month = month_number(month_word)
    rel = mod.split()[0].lower() if mod is not None else ""
    return _Found(_of_month(_year_of_month(m, scan, month, rel), month), relative=True)


def _year_of_month(m: re.Match[str], scan: _Scan, month: int, rel: str) -> int:
    """The year of a month named without one ("in March", "last March"), by the publication
    date, the modifier ``rel`` ("last", "next", "this" or "") and the tense."""
    pub = scan.published
    assert pub is not None
    end = _RANGE_END_YEAR.match(scan.text, m.end()) if not rel else None
    if end is not None:
        # "between January and March last year", "from October to February 2024": the year
        # of the range's other end, a year before it where the range runs over a new year
        rel_end = end["rel"]
        year = int(end["y"]) if rel_end is None else pub.year + _REL_SHIFT[fold(rel_end)]
        return year - 1 if month > month_number(end["m"]) else year
    if rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    elif _future(scan, m):
        year = pub.year if month >= pub.month else pub.year + 1
    elif _after_opener(scan.text, scan.start):
        # "Beginning in April, staff may not use it": a start told without a tense, the
        # nearest such month either side of publication
        year = min(
            (pub.year - 1, pub.year, pub.year + 1),
            key=lambda y: abs((y - pub.year) * 12 + month - pub.month),
        )
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return year


#: What joins a range of months: a dash, "to", "through", "until", "till" or "and".
_RANGE_JOIN = rf"(?:(?:{_S})?[-–](?:{_S})?|{_S}(?:to|through|until|till|and){_S})"
#: A word that opens a range's other end, then that end's month and its year: "(January) to
#: March 2024", "(January) and March last year".
_RANGE_END_YEAR = lazy_re(
    rf"{_RANGE_JOIN}(?P<m>{_MONTH_FULL})"
    rf"(?:,?{_S}(?P<y>{_YEAR}){_YEAR_END}|{_S}(?P<rel>{_REL}){_S}year(?!\w))"
)
#: A month and a word that opens a range's other end, before it: "March to ", "March-".
_MONTH_RANGE_OPEN = lazy_re(rf"{_MONTH_FULL}{_RANGE_JOIN}\Z")


#: The first month of the nth quarter of a year.
_QUARTER_START = {"first": 1, "second": 4, "third": 7, "fourth": 10, "final": 10}


def _resolve_qt(m: re.Match[str], scan: _Scan) -> _Found:
    """A quarter named without its year: the year of the nearest such quarter on the side of
    publication the tense gives (begun by publication, or not yet ended when still to come)."""
    pub = scan.published
    if pub is None:
        return _Found(None, relative=True)
    start = _QUARTER_START[fold(m["qt_n"])]
    if _future(scan, m):
        year = pub.year if start + 2 >= pub.month else pub.year + 1
    else:
        year = pub.year if start <= pub.month else pub.year - 1
    return _Found(_of_year(year), relative=True)


#: The day whose ISO week is the nth week of a month (the week that holds most of it).
_WEEK_OF_MONTH_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def _resolve_wm(m: re.Match[str], scan: _Scan) -> _Found:
    month = month_number(m["wm_m"])
    if m["wm_y"] is not None:
        year = int(m["wm_y"])
    elif scan.published is None:
        return _Found(None, relative=True)
    else:
        year = _year_of_month(m, scan, month, "")
    nth = m["wm_n"].lower()
    if nth in ("last", "final"):
        # the week of the month's fourth-last day: the 1st of the next month, less four days
        first_next = _make_day(*_add_months(year, month, 1), 1)
        day = _add_days(first_next, -4) if first_next is not None else None
    else:
        day = _make_day(year, month, _WEEK_OF_MONTH_DAY[nth])
    return _Found(_of_week(day), relative=m["wm_y"] is None)


def _after_opener(text: str, start: int) -> bool:
    """Whether the mention at ``start`` follows a sentence's opening "Starting in", "From",
    "Beginning", "Effective", "As of"."""
    lo = max(0, start - 40)
    window = text[lo:start]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
    if cut >= 0:
        window = window[cut + 1 :]
    elif lo > 0:
        return False  # the sentence starts further back: no opener right before
    return _OPENER_BEFORE.search(window) is not None


def _is_plural_noun(word: str) -> bool:
    low = word.lower()
    return len(low) > 2 and low.endswith("s") and not low.endswith("ss") and low not in _NOT_PLURAL


def _resolve_yr(m: re.Match[str], scan: _Scan) -> _Found | None:
    if m["yr_fy"] is not None:
        return _Found(_of_year(2000 + int(m["yr_fy"])))
    year = int(m["yr_y"])
    if m["yr_mod"] is None and m["yr_label"] is None:
        before, before2 = _words_before(scan.text, scan.start)
        low = before.lower().rstrip(".") if before is not None else ""
        if before is not None and (
            low in _LABELS
            or low in _QUANTIFIERS
            or before[-1:].isdigit()
            or (low == "to" and before2 is not None and before2.lower() == "up")
        ):
            return None
        after = _word_after(scan.text, m.end())
        if after is not None and after.lower() in _UNITS:
            return None
        if low not in _YEAR_PREPOSITIONS and after is not None and _is_plural_noun(after):
            return None
    return _Found(_of_year(year))


_Resolver = Callable[[re.Match[str], _Scan], "_Found | None"]
_RESOLVERS: dict[str, _Resolver] = {
    "iso": _resolve_iso,
    "num": _resolve_num,
    "mdy": _resolve_mdy,
    "dmy": _resolve_dmy,
    "my": _resolve_my,
    "se": _resolve_se,
    "rd": _resolve_rd,
    "wd": _resolve_wd,
    "ru": _resolve_ru,
    "ago": _resolve_ago,
    "an": _resolve_an,
    "dom": _resolve_dom,
    "qt": _resolve_qt,
    "wm": _resolve_wm,
    "ma": _resolve_ma,
    "yr": _resolve_yr,
}


# ---------------------------------------------------------------------------------------------
# public functions
# ---------------------------------------------------------------------------------------------


def _check_inputs(text: object, published: object, name: str) -> _dt.date | None:
    if not isinstance(text, str):
        raise InputTypeError(f"{name} must be a str, got {type(text).__name__}")
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    raise InputTypeError(f"published must be a datetime.date or None, got {published!r}")


def _scan(text: str, published: _dt.date | None, future: bool) -> tuple[DateMention, ...]:
    out: list[DateMention] = []
    anchor: _dt.date | None = None
    update: tuple[int, _dt.date] | None = None  # an update's paragraph end and its day
    label: tuple[int, int] | None = None  # a timeline's month label line: its year and month
    checked = 0  # how far the label's block was searched for its end (a blank line)
    anchor_end = 0  # where the mention that set the anchor ends
    for start, m in _word_scan().scan(text):
        kind = m.lastgroup or ""  # the alternative's group is the last to close
        now = update[1] if update is not None and start < update[0] else published
        found = _RESOLVERS[kind](m, _Scan(text, now, future, anchor, start))
        if found is None:
            continue
        if label is not None and kind == "dom" and found.date is not None and not m["dom_rel"]:
            # "February\nOn the 4th, ...": a day of the month the label above it names, while
            # no blank line ends the label's block (each stretch is searched once)
            if text.find("\n\n", checked, start) >= 0:
                label = None
            else:
                day = _of_day(_make_day(label[0], label[1], int(m["dom_d"])))
                found = _Found(day, relative=True) if day is not None else found
            checked = max(checked, start)
        elif kind == "dom" and found.date is not None and not m["dom_rel"] and anchor is not None:
            found = _in_anchor_month(text, found, anchor, anchor_end, start, m)
        out.append(
            DateMention(Span.of(text, start, m.end()), found.date, found.relative, found.anchored)
        )
        if (
            found.date is not None
            and found.date.precision is DatePrecision.DAY
            and "pdate" in text[max(0, start - 16) : start].lower()
            and _UPDATE_LABEL.search(text, max(0, start - 16), start)
            and _UPDATE_LABEL_END.match(text, m.end())
        ):
            # "Update (March 4): DeepSeek said on Monday ...": the paragraph is as of that day
            end = text.find("\n", m.end())
            update = (len(text) if end < 0 else end, found.date.first_day)
        if (
            found.date is not None
            and found.date.precision is DatePrecision.MONTH
            and (start == 0 or text[start - 1] == "\n")
            and _LABEL_LINE_END.match(text, m.end())
        ):
            # a month alone on its line ("March", "March 2025:"): a timeline's label
            first = found.date.first_day
            label, checked = (first.year, first.month), m.end()
        if found.date is not None and found.date.precision is DatePrecision.DAY:
            anchor, anchor_end = found.date.first_day, m.end()
        elif found.date is not None and found.date.precision in _NO_DAY_ANCHOR:
            # "IMY said last week it was reviewing the app. Denmark's agency followed a day
            # later": later than last week, not than an older day
            anchor = None
    return tuple(out)


#: How far after the day it follows a day of the month may take that day's month.
_ANCHOR_MONTH_REACH = 400


def _in_anchor_month(
    text: str, found: _Found, anchor: _dt.date, anchor_end: int, start: int, m: re.Match[str]
) -> _Found:
    """ "R1 came out on Jan. 20. A week later, on the 27th, ...": a day of the month after a
    day in the same paragraph, not before it in its month, is in that day's month (not the
    publication month)."""
    day = int(m["dom_d"])
    if (
        found.date is None
        or day < anchor.day
        or (found.date.first_day.year, found.date.first_day.month) == (anchor.year, anchor.month)
        or start - anchor_end > _ANCHOR_MONTH_REACH
        or text.find("\n", anchor_end, start) >= 0
    ):
        return found
    moved = _of_day(_make_day(anchor.year, anchor.month, day))
    return _Found(moved, relative=True) if moved is not None else found


#: The end of a line that holds a month and nothing else: "March", "March 2025:".
_LABEL_LINE_END = lazy_re(r"[ \t]*:?[ \t]*(?:\n|\Z)")
#: A paragraph's label that dates what follows it as an update: "Update (March 4): ",
#: "UPDATE, March 4 -- ", "Updated on March 4: " (not a note on the whole story, "Updated March
#: 4, 2025, with the company's response.").
_UPDATE_LABEL = lazy_re(
    r"(?:^|\n)[ \t]*\[?(?:Update|UPDATE|Updated|UPDATED)(?:[ ]on)?[ ]?[(,]?[ ]?\Z"
)
_UPDATE_LABEL_END = lazy_re(r"[)\]]?[ ]?(?::|[ ](?:--|—|–)[ ])")


#: The precisions of a date that stands between an anchored expression and an older day: the
#: expression counts from it, whose day is unknown (a bare year is often background: "under a
#: 2024 law").
_NO_DAY_ANCHOR = frozenset([DatePrecision.WEEK, DatePrecision.MONTH])


def find_dates(text: str, published: _dt.date | None = None) -> tuple[DateMention, ...]:
    """All temporal expressions in ``text``, in order, non-overlapping, resolved in document order.

    ``published`` is the publication date that relative expressions are resolved against;
    without it they get ``date=None``. Anchored expressions ("three days later") count from
    the most recent day-precision date found earlier in the text (none where a week or month
    was named since). Raises
    :class:`~deepseek_policy.errors.InputTypeError` if ``text`` is not a string or
    ``published`` is not a date.

    >>> import datetime
    >>> [(m.span.text, str(m.date)) for m in find_dates(
    ...     "Officials met on Monday and will meet again next week.", datetime.date(2025, 2, 6))]
    [('Monday', '2025-02-03'), ('next week', '2025-W07')]
    """
    return _scan(text, _check_inputs(text, published, "text"), future=False)


def parse_date(
    expression: str, published: _dt.date | None = None, *, future: bool = False
) -> Date | None:
    """Normalise one expression on its own: the date of the first temporal expression in it.

    ``future=True`` reads it as future-tense (``"Friday"`` is then the next Friday after
    ``published``). Returns ``None`` if nothing in ``expression`` is a date, or if it cannot
    be resolved (a relative expression without ``published``, an anchored one).

    >>> import datetime
    >>> parse_date("28 January 2025")
    Date(value='2025-01-28', precision=<DatePrecision.DAY: 'day'>)
    >>> parse_date("Friday", datetime.date(2025, 2, 6), future=True).value
    '2025-02-07'
    """
    mentions = _scan(expression, _check_inputs(expression, published, "expression"), future)
    return mentions[0].date if mentions else None
