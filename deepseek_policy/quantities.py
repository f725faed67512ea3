"""Find the money, percentages, durations and counts that a news text states.

:func:`find_quantities` scans a text once with one compiled pattern for number "atoms" (a
number in digits or words, with any currency sign before it and multiplier after it) and reads
each atom's bounded neighbourhood for what the number measures: a currency, ``%``/"percent", a
unit of time, or the plural noun it counts. A quantity needs such a unit, so bare numbers,
dates, clock times, versions and model names ("Exaone 3.5", "R1 1776", "H200") are not
quantities. Words such as "about", "up to" and "at least" before the number set its
:class:`~deepseek_policy.model.Bound` and are part of its evidence; "4 to 5 minutes" is one
quantity with ``value`` 4 and ``high`` 5; an amount followed by its conversion in parentheses,
"2 trillion won ($1.4 billion)", gives two quantities whose ``equivalent`` points at each other.

Currency symbols and names live in ``data/currencies.tsv``, irregular plurals in
``data/count_nouns.tsv`` and the currencies of names that several countries share ("pesos")
in ``data/currency_countries.tsv``; each loads once, on first use.

>>> qs = find_quantities("Seoul set aside 2 trillion won ($1.4 billion) for up to three years.")
>>> [(q.kind.value, q.value, q.unit, q.bound.value, q.equivalent) for q in qs]
[('money', 2000000000000.0, 'KRW', 'exact', 1), ('money', 1400000000.0, 'USD', 'exact', 0),
 ('duration', 3.0, 'year', 'under', None)]
>>> q = parse_quantity("about 5,500 office computers")
>>> q.kind.value, q.value, q.unit, q.bound.value, q.evidence.text
('count', 5500.0, 'computer', 'approx', 'about 5,500 office computers')
"""

from __future__ import annotations

import functools
import importlib.resources
import itertools
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

import attrs

from deepseek_policy._calendar import MONTH_NAME_ALTERNATION
from deepseek_policy._rx import fold, lazy_re
from deepseek_policy._trie import trie_pattern
from deepseek_policy._wordscan import WordScan
from deepseek_policy.errors import InputTypeError
from deepseek_policy.model import Bound, Quantity, QuantityKind, Span

__all__ = ["find_quantities", "parse_quantity"]

# Horizontal white space: a quantity never runs across a line break.
_HS = r"[^\S\n]"

_MULTIPLIERS: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(10**3),
    "k": Decimal(10**3),
    "lakh": Decimal(10**5),
    "lac": Decimal(10**5),
    "million": Decimal(10**6),
    "mil": Decimal(10**6),
    "m": Decimal(10**6),
    "mn": Decimal(10**6),
    "mln": Decimal(10**6),
    "crore": Decimal(10**7),
    "cr": Decimal(10**7),
    "billion": Decimal(10**9),
    "bil": Decimal(10**9),
    "b": Decimal(10**9),
    "bn": Decimal(10**9),
    "bln": Decimal(10**9),
    "dozen": Decimal(12),
    "trillion": Decimal(10**12),
    "t": Decimal(10**12),
    "tn": Decimal(10**12),
    "trn": Decimal(10**12),
}


def _words(spaced: str) -> tuple[str, ...]:
    """The words of a space-separated list."""
    return tuple(spaced.split())


_UNITS_WORDS = _words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
)
_TENS_WORDS = _words("twenty thirty forty fifty sixty seventy eighty ninety")
_NUMBER_WORDS = frozenset((*_UNITS_WORDS, *_TENS_WORDS, "one", "dozen", "hundred"))
_WORD_VALUES: dict[str, int] = {
    "one": 1,
    "a": 1,
    "an": 1,
    **{w: i + 2 for i, w in enumerate(_UNITS_WORDS)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS_WORDS)},
}

_DURATION_UNITS: dict[str, tuple[str, int]] = {
    "second": ("second", 1),
    "sec": ("second", 1),
    "minute": ("minute", 1),
    "min": ("minute", 1),
    "hour": ("hour", 1),
    "hr": ("hour", 1),
    "day": ("day", 1),
    "week": ("week", 1),
    "month": ("month", 1),
    "year": ("year", 1),
    "yr": ("year", 1),
    "decade": ("year", 10),
    "century": ("year", 100),
}

_MONTHS = frozenset(
    _words(
        "January February March April May June July August September October November December "
        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
    )
)

# Bound phrases that may stand right before a number (longest first within the pattern).
_APPROX = (
    "about|around|approximately|approx\\.|roughly|nearly|almost|some|an{hs}+estimated|estimated|"
    "circa|close{hs}+to|just{hs}+about|in{hs}+the{hs}+region{hs}+of"
)
_UNDER = (
    "(?:just{hs}+|slightly{hs}+|a{hs}+little{hs}+|well{hs}+)?(?:under|below|less{hs}+than|"
    "fewer{hs}+than)|up{hs}+to|no{hs}+more{hs}+than|not{hs}+more{hs}+than|at{hs}+most|"
    "a{hs}+maximum{hs}+of|as{hs}+many{hs}+as|as{hs}+much{hs}+as|(?:just{hs}+)?(?:shy|short){hs}+of|"
    # most of it, not all: "the better part of $2 billion", "the best part of a decade"
    "the{hs}+(?:better|best){hs}+part{hs}+of"
)
_OVER = (
    "(?:just{hs}+|slightly{hs}+|a{hs}+little{hs}+|well{hs}+)?(?:over|above|more{hs}+than)|"
    "at{hs}+least|upwards{hs}+of|exceeding|in{hs}+excess{hs}+of|no{hs}+fewer{hs}+than|"
    "no{hs}+less{hs}+than|not{hs}+less{hs}+than|a{hs}+minimum{hs}+of|north{hs}+of|"
    # the least it may be: "as little as $2 an hour", "as low as 5 yuan"
    "as{hs}+(?:little|low){hs}+as"
)

# Words that end a counted noun phrase: function words, auxiliaries, prepositions, pronouns.
_STOP = frozenset(
    _words(
        """
    a an the and or but nor of to in on at for by with from into onto over under than as that
    which who whom whose what when where while if so not no it its this these those they them
    their he she his her we our you your i me my is are was were be been being has have had
    will would can could may might must should shall did do does done said says say told
    per about around after before since until till between among amongst through during within
    without against toward towards across via up down out off ago later earlier each apiece
    times time percent also already just only now then yet still even ever again too very
    here there all both either neither plus minus less more most than whereas unless thus
    because although though however instead including included includes include such
    last next first second third fourth fifth sixth seventh eighth ninth tenth year years
    remains remain comes goes makes takes gets gives seems needs wants means appears runs
    won got made took gave saw went came left lost paid sold bought spent built kept held ran
    put hit met sent found began became brought thought led wrote chose drew grew knew rose
    fell flew stood use used uses say get make take give see
    """
    )
) - frozenset({"more", "such"})
# Plural-looking words that are not plural nouns.
_NOT_PLURAL = frozenset(
    _words(
        """
    news its this has was does goes always perhaps towards afterwards besides whereas
    unless thus plus yes as us across less lens chaos bias gas atlas canvas alias means
    sometimes nowadays overseas upstairs downstairs indoors outdoors whereabouts
    """
    )
)
# Units of measure: "3-nanometre chips" and "10 kilometres" are not counts.
_MEASURES = frozenset(
    _words(
        """
    nanometer nanometre nm micron inch foot mile meter metre kilometer kilometre km cm mm
    gram kilogram kg ton tonne pound ounce litre liter gallon barrel watt kilowatt megawatt
    gigawatt kw mw gw degree hertz gigahertz ghz mhz bit byte kilobyte megabyte gigabyte
    terabyte petabyte kb mb gb tb pb gbps mbps
    """
    )
)
# After a hyphen ("two-thirds", "three-way", "10-fold") these are not counted nouns.
_NOT_HYPHEN_NOUNS = frozenset(
    _words(
        "third thirds quarter quarters half halves fold way odd ish plus something nil year old "
        "th st nd rd time"
    )
)
_ORDINAL_ENDS = ("th", "ths", "third", "thirds", "quarters")
# Words before a number that make it a label, not an amount ("Section 230", "Top 10").
_LABELS = frozenset(
    _words(
        """
    section article order chapter title rule no no. number top fortune windows iphone version
    phase level tier class category part clause paragraph item figure table page grade season
    episode round stage gen generation series model route flight room act bill resolution
    amendment galaxy pixel mate android ios macos office xbox playstation vol volume
    """
    )
)
# Capitalised words that may stand before a count at the start of a sentence.
_FUNCTION_OK = frozenset(
    _words(
        """
    the a an about around approximately roughly nearly almost some estimated over under up to
    at least more less fewer than only just all another those these its their his her our your
    my every each of in on for by with from and or but as if when after before since until
    while exactly precisely then also total whereas though although because below above
    exceeding upwards most maximum minimum between among including like without within across
    during despite per plus fully other such many so yet now today yesterday still even already
    overall altogether together combined there here where what which who whose that this
    """
    )
)
# Prepositions before a year ("in 2023", "since 2019") that mark a date, not an amount.
_YEAR_PREVIOUS = frozenset(
    _words(
        """
    in since by from until till through during of early late mid before after the fiscal
    year between and to or circa spring summer autumn fall winter end start beginning
    """
    )
)


# ---------------------------------------------------------------------------------------------
# lexicon: data files and compiled patterns, built once on first use
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class _Lexicon:
    prefix: dict[str, str]
    glued: dict[str, str]  # prefixes written right before a digit ("Sh1.2 billion")
    scaled: frozenset[str]  # prefixes only before a multiplier or thousands ("R1.2 billion")
    suffix_exact: dict[str, str]
    suffix_any: dict[str, str]
    plurals: dict[str, str]
    currency_nouns: frozenset[str]  # one-word currency names, lower case: "peso", "dollar"
    demonyms: dict[str, str]  # a nation's people, plural to singular: "South Koreans"
    atom: WordScan
    currency_after: re.Pattern[str]


def _data_lines(name: str) -> Iterator[list[str]]:
    text = (importlib.resources.files("deepseek_policy") / "data" / name).read_text("utf-8")
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        yield line.split("\t")


def _atom_first(prefix: Iterable[str], words: Iterable[str]) -> str:
    """A lookahead for the first character of an atom: a digit, the first character of a prefix
    currency form ("$", "US$", "Rs") as written, or the first letter of a number word in
    either case (with the engine's own case folding, as the words are matched).

    Word starts that begin neither ("company", "policy") fail on this one test instead of
    trying the currency trie and every number word.
    """
    firsts = "".join(re.escape(c) for c in sorted({form[0] for form in prefix}))
    letters = "".join(re.escape(c) for c in sorted({w[0].lower() for w in words}))
    return f"(?=[0-9{firsts}]|(?i:[{letters}]))"


def _spaced(pattern: str) -> str:
    """Let the escaped single spaces of a trie pattern match any horizontal white space."""
    return pattern.replace("\\ ", _HS + "+")


def _collapse(s: str) -> str:
    return " ".join(s.split())


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    prefix: dict[str, str] = {}
    glued: dict[str, str] = {}
    scaled: set[str] = set()
    suffix_exact: dict[str, str] = {}
    suffix_any: dict[str, str] = {}
    for cols in _data_lines("currencies.tsv"):
        form, code, place, case = (c.strip() for c in cols[:4])
        place, _, need = place.partition("+")
        if need == "scaled":
            scaled.add(form)
        if place in ("prefix", "both"):
            prefix[form] = code
        elif place == "glued":
            glued[form] = code
        if place in ("suffix", "both"):
            if case == "exact":
                suffix_exact[form] = code
            else:
                suffix_any[fold(form)] = code
    plurals = {cols[0].strip().lower(): cols[1].strip() for cols in _data_lines("count_nouns.tsv")}
    demonyms: dict[str, str] = {}
    for cols in _data_lines("countries.tsv"):
        forms = set(cols[3].strip().split("|")) if len(cols) > 3 else set()
        demonyms.update({f: f[:-1] for f in forms if f.endswith("s") and f[:-1] in forms})

    hs = _HS
    large = "hundred|thousand|million|billion|trillion"
    spans = "century|decade|year|month|week|day|hour|minute"
    one = rf"an?(?={hs}+(?:{large}|{spans})\b)"
    quarter = rf"quarter(?:{hs}+of{hs}+{one}|(?=(?:-|{hs})century\b))"  # "a quarter-century"
    number_words = "|".join(
        [
            rf"(?:{'|'.join(_TENS_WORDS)})(?:(?:-|{hs})(?:one|{'|'.join(_UNITS_WORDS[:8])})(?!\w))?",
            "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)),
            # "half a million", "a quarter of a billion", "half an hour": a fraction of one;
            # "a year", "an hour": one, only after a bound ("more than a year", see _read).
            # The branches that open with "a" share it: most words that reach here do.
            rf"half{hs}+(?:a{hs}+dozen|{one})",
            rf"a(?:{hs}+(?:dozen|{quarter})|n?(?={hs}+(?:{large}|{spans})\b))",
            rf"{quarter}|dozen|one(?={hs}+(?:{large}|and{hs}+a{hs}+half)\b)",
        ]
    )
    # The whole text is scanned with ``atom``. A number after a hyphen is an atom only when
    # the hyphen follows a digit ("4-5 minutes"), not a letter ("GPT-3", "COVID-19"), unless
    # a currency sign opens it ("$60bn-$65bn").
    # It opens with the look-behinds, which fail at once inside a word or after one (most
    # positions), then a lookahead on the characters an atom can start with (a digit, a
    # currency form's first character, a number word's first letter): the same matches, but a
    # position that starts none is passed over in two steps instead of trying every branch
    # (this order scans about 15% faster than the lookahead first).
    atom = (
        r"(?<![\w$€£¥₹₩₽₺₱₪.,/:+#@&%])(?<![A-Za-z_]-(?![$€£¥₹₩₽₺₱₪]))"
        + "\n"
        + _atom_first(
            [*prefix, *glued],
            [*_TENS_WORDS, *_UNITS_WORDS, "half", "quarter", "a", "an", "dozen", "one"],
        )
        + rf"""
        (?:(?P<cur>{_spaced(trie_pattern(prefix))}){hs}?|(?P<glued>{trie_pattern(glued)})(?=[0-9]))?
        (?:
            (?P<digits>[0-9]{{1,3}}(?:,[0-9]{{3}}){{1,6}}(?:\.[0-9]{{1,6}})?
              |[0-9]{{1,3}}(?:['’][0-9]{{3}}){{1,6}}(?![0-9])
              |[0-9]{{1,3}}(?:[ ][0-9]{{3}}(?![0-9])){{1,6}}(?![ ]?[0-9])
              |[0-9]{{1,15}}(?:\.[0-9]{{1,6}})?)
            (?![.,]?\d)(?![:/]\d)
            (?:(?P<short>(?i:bil|mil|mln|mn|bln|bn|trn|tn|cr|[kmbt]))(?![\w]))?
            (?P<plus>\+|-plus(?!\w))?
          | (?P<word>(?i:{number_words}))(?![\w])
        )
        (?P<half>{hs}+and{hs}+a{hs}+half(?!\w)|{hs}?½|{hs}1/2(?![\d/]))?
        (?:(?:{hs}|-)(?P<mult>(?i:hundred|thousand|million|billion|trillion|crore|cr|lakh|lac|dozen|mln|mn|bln|bn|bil|mil|trn|tn))(?!\w)
           (?:{hs}(?P<mult2>(?i:hundred|thousand|million|billion|trillion|crore|lakh)))?(?!\w)
           (?P<plus_late>-plus(?!\w))?
        )?
    """
    )
    currency_after = rf"""
        (?:{hs}?-?{hs}?)
        (?P<c>(?:{trie_pattern(suffix_exact)})(?![\w])|(?i:{_spaced(trie_pattern(suffix_any))})(?![\w]))
    """
    return _Lexicon(
        prefix=prefix,
        glued=glued,
        scaled=frozenset(scaled),
        suffix_exact=suffix_exact,
        suffix_any=suffix_any,
        plurals=plurals,
        currency_nouns=frozenset(form for form in suffix_any if " " not in form),
        demonyms=demonyms,
        atom=WordScan(atom, re.VERBOSE),
        currency_after=re.compile(currency_after, re.VERBOSE),
    )


_BOUND_BEFORE = lazy_re(
    rf"(?:(?<![\w])(?i:(?P<approx>{_APPROX.replace('{hs}', _HS)})"
    rf"|(?P<under>{_UNDER.replace('{hs}', _HS)})|(?P<over>{_OVER.replace('{hs}', _HS)}))"
    rf"|(?P<tilde>~)){_HS}*\Z"
)
#: "50 or more", "10 or so", "40,000-odd": a bound after the number.
_BOUND_AFTER = lazy_re(
    rf"(?:{_HS}+(?i:or{_HS}+(?:(?P<over>more|greater|higher|above)|(?P<approx>so|thereabouts)"
    rf"|(?P<under>less|fewer|below)))|-(?i:odd))(?!\w)"
)
_PERCENT = lazy_re(
    rf"{_HS}?[%％]|(?:{_HS}|-)?(?i:per(?:{_HS}|-)?cent)(?!\w)"
    rf"|(?:{_HS}|-)(?i:percent(?:age(?:{_HS}+|-)points?)?|pct)(?!\w)"
    rf"|{_HS}?pc(?!\w)"  # "20pc", "3.1 pc" (lower case: "3 PCs" are computers)
)
#: Hundredths of a percentage point: "150 basis points", "a 25-basis-point cut", "50bp", "25 bps"
#: (lower case: "5 BP stations" are the oil company's).
_BASIS_POINTS = lazy_re(rf"(?:{_HS}|-)(?i:basis)(?:{_HS}|-)(?i:points?)(?!\w)|{_HS}?bps?(?!\w)")
_DURATION = lazy_re(
    rf"(?:{_HS}|-)(?:(?i:business|working|calendar|straight|consecutive|full|more|additional|"
    rf"extra|long|short)(?:{_HS}|-))?"
    rf"(?P<u>(?i:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|"
    rf"decades?|century|centuries))(?![\w])(?!-olds?\b)"
)
# lowercase or an acronym ("12-member", "8-GPU"), never a name ("7-Eleven")
_HYPHEN_NOUN = lazy_re(r"-(?P<n>[a-z]{2,24}|[A-Z]{2,8})(?![\w])(?!-\d)")
#: A word after an amount: "U.S." and "U.K." whole (so "20 U.S. states" counts states).
_TOKEN = lazy_re(rf"{_HS}+(?P<w>[A-Z](?:\.[A-Z]){{1,3}}\.|[A-Za-z0-9][\w’'&+-]{{0,40}})")
#: An acronym in brackets, with its plural "s": " (GPUs)", " (SMEs)".
_BRACKETED_ACRONYM = lazy_re(r"[ ]?\((?P<acr>[A-Z][A-Z0-9]{1,7})s?\)")
_WORD_BACK = lazy_re(r"[A-Za-z][\w’'-]{0,40}")
_ORDINAL = lazy_re(r"(?i:st|nd|rd|th)(?!\w)")
_MONTH_AFTER = lazy_re(
    rf"{_HS}+(?:January|February|March|April|May|June|July|August|September|October|November|"
    rf"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_CONNECTOR = lazy_re(
    rf"{_HS}*[-–—]{_HS}*|{_HS}+(?i:(?P<to>to|through)|(?P<or>or)|(?P<and>and)){_HS}+"
)
#: "3 in 10", "nine out of ten": a rate, where the second number is a small or round base
#: (see :func:`_is_ratio`).
_RATIO_BEFORE = lazy_re(
    rf"(?<![\w.,])(?:[0-9]{{1,3}}|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
    rf"{_HS}+(?:(?P<in>in)|out{_HS}+of){_HS}+\Z"
)
_BETWEEN = lazy_re(rf"(?i:between){_HS}+\Z")
_BARE_OVER = lazy_re(rf"(?i:over){_HS}+")
#: Words after which "over" before a duration is "more than": "for over two years".
_OVER_AS_MORE_AFTER = frozenset(
    _words(
        """
    for in after of than within lasted lasting last lasts took take takes taking spent spend
    spends spending waited wait waits waiting been be is was are were
    """
    )
)
#: After the duration, words that make an "over" before it "more than": "over two years ago".
_OVER_AS_MORE_BEFORE = lazy_re(rf"{_HS}+(?i:ago|later|earlier|old|since)(?!\w)")
#: "N of the M ...": between a part and the whole, before any bound of the whole.
#: "N out of M ...", "N of M ...": the same, without a determiner.
_PART_OF = lazy_re(
    rf"{_HS}+(?:(?i:out){_HS}+)?(?i:of){_HS}+"
    rf"(?:(?i:the|its|their|our|his|her|these|those){_HS}+)?"
    # a possessive before the whole: "12 of the EU's 27 member states", "3 of Japan's 47"
    rf"(?:[\w.&-]{{1,30}}['’]s{_HS}+)?"
)
_TO_BETWEEN = lazy_re(rf"{_HS}+(?i:to){_HS}+")
_FROM_BEFORE = lazy_re(rf"(?<!\w)(?i:from){_HS}+\Z")
#: A verb of change, then at most four words ("by", "from a peak of", "about") before an amount.
_CHANGE_BEFORE = lazy_re(
    r"(?<!\w)(?i:fell|fallen|rose|risen|dropped|declined|dipped|slid|slipped|sank|sunk|tumbled|"
    r"plunged|plummeted|shrank|shrunk|narrowed|eased|retreated|lost|grew|grown|climbed|jumped|"
    r"increased|decreased|surged|soared|rallied|rebounded|gained|expanded|swelled|widened|"
    r"advanced|up|down)(?:[ ][\w'’]{1,12}){0,4}[ ]\Z"
)
# ``\s*(?:,\s*)?`` rather than ``\s*,?\s*``: the same strings, but one way to split a run of
# spaces instead of n, so a long gap costs linear time, not quadratic.
_EQUIV_BETWEEN = lazy_re(
    rf"\s*[(\[]\s*(?i:(?:or|i\.e\.|equivalent{_HS}+to|equal{_HS}+to|worth){_HS}+)?|"
    rf"\s*(?:,\s*)?(?i:or|equivalent{_HS}+to|equal{_HS}+to){_HS}+"
)
_COMMA_BETWEEN = lazy_re(r"\s*,\s*")
#: The unit of a price written between it and its conversion: " per million tokens" in "2 yuan
#: per million tokens ($0.28)", " a month" in "10 euros a month ($10.40)".
_RATE_BETWEEN = lazy_re(
    r"[ ](?:per|a|an|each)(?:[ ][A-Za-z-]{1,20}){1,4}?(?=\s*(?:,\s*)?[(\[]|,[ ]or[ ])"
)
_SENTENCE_START = frozenset(".!?:;\"“‘'(—–[\n")


# ---------------------------------------------------------------------------------------------
# atoms: a number with its currency sign and multipliers
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class _Atom:
    start: int
    end: int
    number: Decimal  # as written, before multipliers
    factor: Decimal  # the product of the multipliers (1 if none)
    currency: str | None
    word: str | None
    plus: bool
    plain: bool  # digits only: no comma, decimal point, multiplier or currency

    @property
    def value(self) -> Decimal:
        return self.number * self.factor

    @property
    def has_multiplier(self) -> bool:
        return self.factor != 1


#: The marks that group thousands: "1,000,000", "1'000'000" (Swiss), "1 000 000".
_GROUP_MARKS = str.maketrans("", "", ",'’ ")
#: A month's name just before a number: "Feb. 3 500" is a day and a number.
_MONTH_BEFORE = lazy_re(rf"\b{MONTH_NAME_ALTERNATION}[ ]\Z")


def _word_value(word: str) -> Decimal:
    w = _collapse(fold(word).replace("-", " "))
    if w.endswith("dozen"):
        return Decimal(6) if w.startswith("half") else Decimal(12)
    if w.startswith("half "):
        return Decimal("0.5")
    if "quarter" in w:
        return Decimal("0.25")
    return Decimal(sum(_WORD_VALUES[part] for part in w.split()))


def _atom(start: int, m: re.Match[str], lex: _Lexicon) -> _Atom | None:
    """The atom that starts at ``start`` (``m`` holds its groups and end), or None where its
    currency sign stands only before large amounts and this one is small ("R1" is a model)."""
    factor = Decimal(1)
    for name in ("short", "mult", "mult2"):
        g = m.group(name)
        if g:
            factor *= _MULTIPLIERS[fold(g)]
    digits, word = m.group("digits"), m.group("word")
    plain = digits.translate(_GROUP_MARKS) if digits else ""
    if digits and " " in digits and _MONTH_BEFORE.search(m.string, max(0, start - 11), start):
        return None  # "on Feb. 3 500 people": a day, then a number, not "3 500"
    number = Decimal(plain) if digits else _word_value(word)
    if m.group("half"):  # "two and a half months", "2½ years", "2 1/2 hours"
        number += Decimal("0.5")
    cur = m.group("cur")
    form = _collapse(cur) if cur else m.group("glued")
    if (
        form in lex.scaled
        and factor == 1
        and plain == digits
        and not (form in lex.glued and m.string[m.end("cur") : m.end("cur") + 1].isdigit())
    ):
        # (a form also written glued, "Tk500", is read so glued to any amount)
        return None
    if digits and (
        (digits[:1] == "0" and digits[1:2].isdigit())
        or (
            m.string[start - 1 : start] in ("-", "/")
            and _ZERO_LED_BEFORE.search(m.string, max(0, start - 4), start) is not None
        )
    ):
        return None  # "10 000", "0199", "2025-02-13": groups of digits, not numbers
    return _Atom(
        start=start,
        end=m.end(),
        number=number,
        factor=factor,
        currency=None if form is None else (lex.prefix.get(form) or lex.glued[form]),
        word=word,
        plus=bool(m.group("plus") or m.group("plus_late")),
        plain=bool(digits)
        and "," not in digits
        and "." not in digits
        and factor == 1
        and not form
        and not m.group("half"),
    )


# ---------------------------------------------------------------------------------------------
# units after a number
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class _Unit:
    kind: QuantityKind
    unit: str
    end: int
    scale: int | Decimal = 1  # "two decades" is 20 years; "55 cents" is 0.55 dollars
    noun_phrase: bool = False  # a count read from the words after the number
    bound: Bound | None = None  # "50 or more countries"
    modifiers: int = 0  # words between the number and the counted noun
    start: int | None = None  # where a counted noun before the number starts ("users hit 5m")


def _singular(word: str, lex: _Lexicon) -> str | None:
    """The singular of a plural-looking noun, or None if ``word`` does not look plural."""
    if word.endswith(("'", "’")):
        word = word[:-1]
        if not word.lower().endswith("s"):
            return None
    elif "'" in word or "’" in word:
        return None
    lw = word.lower()
    if lw in lex.plurals:
        return lex.plurals[lw]
    if len(lw) < 3 or not lw.endswith("s") or lw in _NOT_PLURAL or lw.endswith("-olds"):
        return None
    stem = word[:-1]
    if word[-1] == "s" and (
        (any(c.isdigit() for c in stem) and stem[:1].isalpha())
        or (stem.isupper() and len(stem) >= 2)
    ):
        return stem  # GPUs, PCs, LLMs, H200s
    if lw.endswith(("ss", "us", "is", "ics")) or "-" in lw[-3:]:
        return None
    if not stem[1:].islower() and not stem.isalpha():
        return None
    if lw.endswith("ies") and len(lw) > 4:
        out = lw[:-3] + "y"
    elif lw.endswith(("sses", "shes", "ches", "xes", "zzes")):
        out = lw[:-2]
    else:
        out = lw[:-1]
    if "-" in word:  # keep the hyphenated compound: "follow-ups" -> "follow-up"
        return out
    return out if word[:1].islower() or word[1:].islower() else word[:-1]


def _head_noun(
    toks: list[tuple[str, int, int]], lex: _Lexicon, max_modifiers: int = 4
) -> tuple[str, int, int] | None:
    """The counted noun of ``toks`` (singular), where it ends and how many words precede it."""
    for k, (w, _s, e) in enumerate(toks[: max_modifiers + 1]):
        lw = w.lower()
        if lw in _STOP or w[:1].isdigit() or w.rstrip(".") in _MONTHS:
            return None
        sing = _singular(w, lex)
        if sing is None:
            continue
        if sing.lower() in _MEASURES:
            return None
        if (
            k + 1 < len(toks)
            and k < max_modifiers
            and (lw in lex.plurals or lw in _PLURAL_MODIFIERS)
        ):
            # a plural that modifies a noun ("women engineers", "sales reps") before another
            # plural; a regular plural is the head, and the -s word after it is a verb ("a
            # cluster of 50,000 GPUs costs $1.5 billion")
            nxt = toks[k + 1][0]
            if nxt.lower() not in _STOP and _singular(nxt, lex) is not None:
                continue
        end = e - 1 if w.endswith(("'", "’")) else e
        return sing, end, k
    return None


def _tokens(text: str, pos: int, count: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    limit = min(len(text), pos + 50 * count)
    for _ in range(count):
        m = _TOKEN.match(text, pos, limit)
        if m is None:
            break
        out.append((m.group("w"), m.start("w"), m.end("w")))
        pos = m.end()
    return out


def _antecedent(text: str, start: int, lex: _Lexicon) -> str | None:
    """The nearest plural noun before ``start`` in the same sentence ("312 of them")."""
    lo = max(0, start - 250)
    window = text[lo:start]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
    if cut >= 0:
        window = window[cut + 1 :]
    words = _WORD_BACK.findall(window)
    for w in reversed(words):
        if w.lower() in _STOP:
            continue
        sing = _singular(w, lex)
        if sing is not None and sing.lower() not in _MEASURES:
            return sing
    return None


_WORD_BEFORE_COMMA = lazy_re(r"([A-Za-z][\w-]{1,30})\Z")
#: A number and up to three words (no preposition) before a counted noun: "671 billion ",
#: "120 federal " (not "5 billion yuan from ": the noun after is not what the number counts).
_COUNTED_BEFORE = lazy_re(
    r"[0-9][\w.,-]{0,12}(?:[ ](?!(?:from|of|to|in|by|for|with|at|on|and|or)\b)[A-Za-z][\w-]{0,20})"
    r"{0,3}[ ]\Z"
)


def _plural_before_comma(text: str, comma: int, lex: _Lexicon) -> str | None:
    """The singular of the counted plural right before the comma at ``comma`` that opens a
    relative clause on it ("parameters" in "671 billion parameters, of which ...")."""
    if comma <= 0 or not text.startswith(", ", comma):
        return None
    m = _WORD_BEFORE_COMMA.search(text, max(0, comma - 32), comma)
    if m is None or m[1].lower() in _STOP:
        return None
    if _COUNTED_BEFORE.search(text, max(0, m.start() - 80), m.start()) is None:
        return None
    sing = _singular(m[1], lex)
    return None if sing is None or sing.lower() in _MEASURES or sing == m[1] else sing


def _acronym_after(text: str, end: int, words: list[tuple[str, int, int]]) -> str | None:
    """The singular of the acronym in brackets after a counted noun phrase, where its letters
    are the phrase's initials: "graphics processing units (GPUs)" counts "GPU"."""
    m = _BRACKETED_ACRONYM.match(text, end, min(len(text), end + 16))
    if m is None or len(words) < 2:
        return None
    initials = "".join(w[0][:1] for w in words)
    return m["acr"] if initials.lower() == m["acr"].lower() else None


def _processing_unit(noun: str, toks: list[tuple[str, int, int]], modifiers: int) -> str | None:
    """A processor spelt out, counted by its initials: "graphics processing units" count
    "GPU", "neural processing units" "NPU" (as the brackets after them would say)."""
    if noun != "unit" or modifiers < 2 or toks[modifiers - 1][0].lower() != "processing":
        return None
    kind = toks[modifiers - 2][0]
    return f"{kind[0].upper()}PU" if kind.isalpha() and kind.islower() else None


_HUNDREDTH = Decimal("0.01")
_CENTS = lazy_re(r"[ ](?i:cents?)(?!\w)")
#: The euro named near cents: "euro cents", "€1.20", "euros".
_EURO_NAMED = lazy_re(r"€|(?i:\beuros?\b)")


#: A rate in percent right after "N points": "2 points to 5%", "3 points, from 41 percent".
_POINTS_OF_PERCENT = lazy_re(
    r",?[ ](?:to|from)[ ](?:about[ ]|around[ ]|nearly[ ]|almost[ ])?\d{1,3}(?:\.\d{1,2})?"
    r"(?:[ ]?%|[ ]?per[ ]?cent\b|[ ]?percent\b|[ ]?pc\b)"
)


def _demonym(toks: list[tuple[str, int, int]], modifiers: int, lex: _Lexicon) -> str | None:
    """A nation's people counted, as the singular demonym with its case and all its words:
    "1.2 million South Koreans" count "South Korean", "300,000 Americans" "American"."""
    word = toks[modifiers][0]
    if modifiers and word[:1].isupper():
        pair = lex.demonyms.get(f"{toks[modifiers - 1][0]} {word}")  # "New Zealanders"
        if pair is not None:
            return pair
    return lex.demonyms.get(word)


def _cents_currency(text: str, pos: int) -> str:
    """The currency whose hundredths "cents" counts: the euro where the sentence names it,
    else the US dollar."""
    lo, hi = _sentence_around(text, pos, pos)
    return "EUR" if _EURO_NAMED.search(text, lo, hi) else "USD"


def _count_after(text: str, pos: int, start: int, lex: _Lexicon) -> _Unit | None:
    m = _TOKEN.match(text, pos, min(len(text), pos + 50))
    if m is None:
        return None
    w = fold(m.group("w"))
    if text.endswith((" of which ", " of whom "), max(0, start - 10), start) and w in _STOP:
        # "671 billion parameters, of which 37 billion are active": a part of the plural before
        referent = _plural_before_comma(text, text.rfind(",", max(0, start - 12), start), lex)
        return None if referent is None else _Unit(QuantityKind.COUNT, referent, pos)
    if w[:1].isdigit() or (w in _STOP and w != "of"):
        return None  # cheap exit for the common case of a number with no noun after it
    toks = _tokens(text, pos, 6)
    first = toks[0][0].lower()
    if first != "of":
        found = _head_noun(toks, lex)
        if found is None:
            return None
        noun, end, modifiers = found
        if noun.lower() in lex.currency_nouns and all(
            w[:1].isupper() for w, _, _ in toks[:modifiers]
        ):
            # "50 million Namibian dollars": a currency of a country the table does not name
            return _Unit(QuantityKind.MONEY, _NO_CURRENCY, end)
        if noun == "cent" and not modifiers:
            # "55 cents per million tokens": a hundredth of the dollar (of the euro where the
            # sentence names the euro)
            return _Unit(QuantityKind.MONEY, _cents_currency(text, pos), end, _HUNDREDTH)
        if noun == "cent":
            # "five US cents", "40 Australian cents": a hundredth of that country's dollar
            named = text[toks[0][1] : toks[modifiers - 1][2]]
            code = lex.suffix_any.get(f"{_collapse(named).lower()} dollars")
            if code:
                return _Unit(QuantityKind.MONEY, code, end, _HUNDREDTH)
        if (
            noun == "point"
            and not modifiers
            and _POINTS_OF_PERCENT.match(text, end, min(len(text), end + 40))
        ):
            # "raised rates by 2 points to 5%": percentage points of the rate that follows
            return _Unit(QuantityKind.PERCENT, "percent", end)
        noun = (
            _acronym_after(text, end, toks[: modifiers + 1])
            or _processing_unit(noun, toks, modifiers)
            or _demonym(toks, modifiers, lex)
            or noun
        )
        if noun in _DURATION_UNITS:  # "2.79m GPU hours", "40 overtime hours": a time
            unit, scale = _DURATION_UNITS[noun]
            return _Unit(QuantityKind.DURATION, unit, end, scale)
        return _Unit(QuantityKind.COUNT, noun, end, noun_phrase=True, modifiers=modifiers)
    if len(toks) < 2:
        return None
    second = toks[1][0]
    if second.lower() in ("which", "whom"):
        # "120 agencies, 40 of which had blocked it": a part of the plural the clause is on
        referent = _plural_before_comma(text, start - 2, lex)
        if referent is None:
            return None
        return _Unit(QuantityKind.COUNT, referent, toks[1][2], noun_phrase=True)
    if second.lower() in ("them", "those", "these"):
        referent = _antecedent(text, start, lex)
        if referent is None:
            return None
        return _Unit(QuantityKind.COUNT, referent, toks[1][2], noun_phrase=True)
    determiners = ("the", "its", "their", "our", "his", "her", "these", "those")
    if second.lower() not in determiners and not second.endswith(("'s", "’s")):
        return None
    rest = toks[2:]
    if rest and rest[0][0].endswith(("'s", "’s")):
        rest = rest[1:]
    if rest and (rest[0][0][:1].isdigit() or rest[0][0].lower() in _NUMBER_WORDS):
        return None  # "two of the three companies": the second number is the count
    found = _head_noun(rest, lex, 2)
    return (
        None if found is None else _Unit(QuantityKind.COUNT, found[0], found[1], noun_phrase=True)
    )


def _unit_after(text: str, a: _Atom, lex: _Lexicon) -> _Unit | bool | None:
    """What the atom measures: a unit, None if nothing, or False if the atom is not an amount."""
    pos = a.end
    limit = min(len(text), pos + 60)
    if a.word is None and not a.has_multiplier and _ORDINAL.match(text, pos, limit):
        return False  # 17th, 2nd
    if _MONTH_AFTER.match(text, pos, limit) and not a.currency and not a.has_multiplier:
        return False  # 6 February
    unit = _unit_at(text, pos, a, lex)
    if unit is not None or a.currency:
        return unit
    m = _BOUND_AFTER.match(text, pos, limit)  # "50 or more countries"
    if m is None:
        return None
    unit = _unit_at(text, m.end(), a, lex)
    if unit is None or unit.kind is QuantityKind.MONEY:
        return None
    return attrs.evolve(unit, bound=_bound_of(m))


def _unit_at(text: str, pos: int, a: _Atom, lex: _Lexicon) -> _Unit | None:
    limit = min(len(text), pos + 60)
    m = _PERCENT.match(text, pos, limit)
    if m:
        return _Unit(QuantityKind.PERCENT, "percent", m.end())
    m = _BASIS_POINTS.match(text, pos, limit)
    if m:
        return _Unit(QuantityKind.PERCENT, "percent", m.end(), _HUNDREDTH)
    if a.currency:
        return _Unit(QuantityKind.MONEY, a.currency, pos)
    m = lex.currency_after.match(text, pos, limit)
    if m:
        c = _collapse(m.group("c"))
        code = lex.suffix_exact.get(c) or lex.suffix_any.get(c.lower())
        word = c.lower()
        if word == "won" and a.value < 100:
            code = None  # "two won", "a team of 3 won gold": the verb, not the currency
        elif word.startswith("pound") and m.group().lstrip().startswith("-"):
            code = None  # "a 200-pound robot" is a weight
        if code:
            cents = _CENTS.match(text, m.end(), limit)
            if cents is not None:  # "20 euro cents": hundredths of the euro
                return _Unit(QuantityKind.MONEY, code, cents.end(), _HUNDREDTH)
            return _Unit(QuantityKind.MONEY, code, m.end())
    m = _DURATION.match(text, pos, limit)
    if m:
        u = fold(m.group("u")).replace("centuries", "century").rstrip("s")
        unit, scale = _DURATION_UNITS[u]
        return _Unit(QuantityKind.DURATION, unit, m.end(), scale)
    m = _HYPHEN_NOUN.match(text, pos, limit)
    if m:
        noun = m.group("n")
        ln = noun.lower()
        if ln in _NOT_HYPHEN_NOUNS or ln in _MEASURES or ln in _STOP or ln.endswith(_ORDINAL_ENDS):
            return None
        if ln in _IDIOM_HYPHEN_NOUNS:
            return None  # "a five-alarm fire", "a four-star general": grades, not counts
        if ln == "strong":  # "a 2,000-strong team" is a team of 2,000 people
            return _Unit(QuantityKind.COUNT, "person", m.end())
        return _Unit(QuantityKind.COUNT, noun if not noun.islower() else ln, m.end())
    times = _TIMES.match(text, pos, limit)
    if times is not None:
        # "downloaded 1.2 million times": a count of downloads
        done = _DONE_TIMES_BEFORE.search(text, max(0, a.start - 64), a.start)
        return (
            _Unit(QuantityKind.COUNT, _TIMES_UNIT[fold(done["v"])], times.end())
            if done is not None
            else None
        )
    return _count_after(text, pos, a.start, lex)


#: Verbs of reaching a level; those of passing it make the amount a lower bound.
_REACH_OVER = frozenset(
    _words("topped exceeded surpassed passed crossed top tops exceed exceeds surpass surpasses")
)
#: Verbs of passing an amount, which make it a lower bound ("surpassed 100 million users");
#: not "passed" or "crossed", which a law or a line takes ("passed 3 bills").
_PASSED = tuple(f" {w} " for w in _words("topped surpassed exceeded tops surpasses exceeds"))
#: A level named as a mark after its amount ("the 10 million mark"), and a verb of passing with
#: "the" before it: "topped the $1bn mark", "crossed the 5 million milestone" (a line's, not a
#: law's: "passed" and "crossed" pass a level here).
_MARK_AFTER = lazy_re(rf"{_HS}+(?i:mark|milestone|threshold|barrier)(?!\w)")
_PASSED_THE = lazy_re(
    r"(?<!\w)(?i:topped|surpassed|exceeded|passed|crossed|broke|cleared|tops|surpasses|exceeds|"
    r"passes|crosses|breaks|clears)[ ]the[ ]\Z"
)
_REACH = (*_REACH_OVER, *_words("reached reach reaches hit hits totalled totaled totals numbered"))
_REACH_TO = frozenset(
    _words(
        "stood stands rose grew climbed jumped increased swelled surged soared doubled tripled "
        "quadrupled fell dropped declined slipped peaked settled hovered"
    )
)
#: (a plural subject's "were" or "are" states its level too: "weekly users were about 1.1
#: million")
_REACH_LAST = frozenset((*_REACH, "at", "to", "from", "were", "are"))
#: "from 2 million ", "from about 5m " right before a "to": the start of a change, whose verb
#: comes before it.
_FROM_AMOUNT_BEFORE = lazy_re(
    r"(?<![\w'’-])(?i:from)[ ](?:[A-Za-z]{2,12}[ ]){0,2}[^\s]{1,20}"
    r"(?:[ ](?i:hundred|thousand|million|billion|trillion|lakh|crore))?[ ]\Z"
)
#: A change's rate right before its "to": "40 per cent ", "by 12% ", "7.5pc ", a fraction
#: after "by" ("by half ", "by a third ", "by two-thirds "), which is no amount of its own, or
#: a multiple ("tenfold ", "30-fold ").
_RATE_BEFORE = lazy_re(
    r"(?<![\w.])(?:(?:by[ ])?\d{1,3}(?:\.\d{1,2})?(?:%|[ ]?(?:per[ ]?cent|percent|pc))"
    r"|(?:\d{1,3}-?|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)-?)fold"
    r"|by[ ](?:half|a[ ](?:half|third|quarter|fifth|tenth)|(?:one|two|three)[ -](?:thirds?"
    r"|quarters?|fifths?)|more[ ]than[ ]half|nearly[ ]half|almost[ ]half|about[ ]half))[ ]\Z"
)
#: A word and one space, at the end of the slice searched (at most 33 characters).
_WORD_THEN_SPACE = lazy_re(r"(?<![\w'’-])(?P<w>[A-Za-z][\w'’-]{0,30})[ ]\Z")
#: Prepositions after a counted subject, before its verb: "downloads in India topped".
_SUBJECT_OF = frozenset(("of", "in", "on"))
#: Words between a subject and its verb: "users have now topped 5 million".
_AUXILIARIES = frozenset(_words("has have had now already just recently reportedly also soon"))
#: Plural subjects whose "reached 1.2 million" is an amount of money or a measure, not a count.
_NOT_COUNTED_SUBJECTS = frozenset(
    _words(
        """
    revenues earnings profits losses costs savings assets funds proceeds prices expenses fees
    wages salaries budgets investments valuations temperatures scores ratings rates yields
    returns levels figures numbers totals shares stocks indexes indices
    """
    )
)
#: Regular plurals that modify a noun: "sales staff", "systems engineers".
_PLURAL_MODIFIERS = frozenset(
    _words(
        "sales arms savings services systems operations communications customs securities "
        "sports goods affairs"
    )
)
#: The words that date a level after "a month" or "a year": "more than a year earlier".
_THEN_EARLIER = lazy_re(r"[ ](?:earlier|before|previously)\b")
#: A share or a multiple just before a comparison: "a quarter more than", "twice".
_SHARE_BEFORE = lazy_re(
    r"(?i)(?<![\w-])(?:quarters?|thirds?|half|fifths?|tenths?|twice|times|fold)[ ]\Z"
)
#: "a" and "an" as a number: one, where a bound says how many ("more than a year").
_ARTICLES = frozenset(("a", "an"))
#: ISO 4217's code for no currency: money whose currency the text does not name ("pesos").
_NO_CURRENCY = "XXX"
#: Hyphened nouns that grade, not count: "five-alarm", "four-star".
_IDIOM_HYPHEN_NOUNS = frozenset(["alarm", "star"])
_TIMES = lazy_re(r"[ ]times\b")
#: A verb of use before "N times", and what each counts.
_TIMES_UNIT = {
    "downloaded": "download",
    "installed": "install",
    "viewed": "view",
    "accessed": "visit",
    "visited": "visit",
    "shared": "share",
    "played": "play",
}
_DONE_TIMES_BEFORE = lazy_re(
    rf"\b(?P<v>{'|'.join(_TIMES_UNIT)})[ ]"
    r"(?:(?:more[ ]than|over|about|nearly|almost|some|at[ ]least|around|roughly)[ ])?"
    # the low end of a range before the number read: "downloaded between 5 and (6 million
    # times)", "downloaded 5 to (6 million times)", "5-(6 million times)"
    r"(?:(?:between[ ])?[0-9][0-9.,]{0,9}(?:[ ](?:million|billion|thousand))?"
    r"(?:[ ](?:and|to|or)[ ]|[-–]))?$",
    re.IGNORECASE,
)


def _is_ratio(text: str, start: int, base: Decimal) -> bool:
    """Whether the number at ``start`` (``base``) is the base of a rate: "3 in 10 users", "nine
    out of ten firms" (but "40 out of 25,000 devices" counts a part and its whole)."""
    m = _RATIO_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return False
    if _previous_word(text, m.start())[0].lower().rstrip(".") in _LABELS:
        return False  # "ranked No. 1 in 51 countries": a rank, then a count
    return bool(m.group("in")) or base <= 10 or base in _ROUND_BASES


#: Words before "N of M" that make N a place in a series, not a part.
_RANKS = _LABELS | frozenset(_words("ranked ranks placed finished day week game match"))
#: A group of digits led by a zero and a hyphen, right before a number ("02-" of "2025-02-13").
_ZERO_LED_BEFORE = lazy_re(r"(?<!\d)0\d[-/]\Z")
#: Bases of a rate beyond ten: "40 out of 100 firms".
_ROUND_BASES = frozenset(Decimal(10**k) for k in range(2, 7))


def _part_of(text: str, a: _Atom, b: _Atom | None, lex: _Lexicon) -> _Unit | None:
    """The count of a part of the whole the next atom counts: "about 40 of the roughly 25,000
    devices" counts 40 devices (and the next atom 25,000). "One of the three" names a member,
    not a count of one."""
    if b is None or a.currency or a.value == 1:
        return None
    m = _PART_OF.match(text, a.end, b.start)
    if m is not None and _previous_word(text, a.start)[0].lower().rstrip(".") in _RANKS:
        return None  # "round 2 of 5 rounds", "ranked 3 of 50 apps": a place in a series
    if m is None or (m.end() < b.start and _BOUND_BEFORE.fullmatch(text, m.end(), b.start) is None):
        return None
    if _is_ratio(text, b.start, b.value) or _reject_before(text, b):
        return None  # "nine out of 10 firms": a rate; "5 of 2024 cases": a year
    whole = _unit_after(text, b, lex)
    if not isinstance(whole, _Unit) or whole.kind is not QuantityKind.COUNT:
        return None
    return _Unit(QuantityKind.COUNT, whole.unit, a.end, noun_phrase=True)


def _count_before(text: str, a: _Atom, floor: int, lex: _Lexicon) -> _Unit | None:
    """The count of a plural noun that stands before the number, as the subject of a verb of
    reaching: "Downloads topped 10 million", "the number of users reached 1.2 million",
    "users of the app hit 5 million". Without "number of", only a large amount counts (with a
    multiplier, or 1,000 and more and not a year), so "scores hit 90" is no count."""
    if a.currency:
        return None
    large = a.has_multiplier or (a.number >= 1000 and not (a.plain and a.number <= 2100))
    if not large and "number" not in text[max(0, a.start - 120) : a.start].lower():
        return None  # the common case: a small number, and no "number of" before it
    verb, at = _previous_word(text, a.start)
    if verb.lower() == "the" and _MARK_AFTER.match(text, a.end, min(len(text), a.end + 20)):
        verb, at = _previous_word(text, at)  # "users surpassed the 10 million mark"
    if verb.lower() not in _REACH_LAST:
        _, bound_start = _bound_before(text, a.start, floor)
        verb, at = _previous_word(text, bound_start)
        if verb.lower() not in _REACH_LAST:
            return None  # no verb of reaching right before the number
    evidence_floor = floor
    if verb.lower() == "to":
        # "users rose from 2 million to 22 million": the level reached counts the subject
        # too, which the first amount's evidence holds (this one's starts at its number)
        change = _FROM_AMOUNT_BEFORE.search(text, max(0, at - 40), at)
        if change is not None:
            verb, at, floor = "from", change.start(), max(0, at - 200)
        else:
            # "users rose 40 per cent to 12 million": the rate of the change before its "to"
            rate = _RATE_BEFORE.search(text, max(0, at - 24), at)
            if rate is not None:
                at, floor = rate.start(), max(0, at - 200)  # (the rate was read already)
    if verb.lower() in ("at", "to", "from"):  # "stood at", "rose to", "rose from"
        verb, at = _previous_word(text, at)
        if verb.lower() not in _REACH_TO:
            return None
    words = _words_before(text, at, floor, 6)
    while words and words[-1][0].lower() in _AUXILIARIES:
        words.pop()
    if not words:
        return None
    k = len(words) - 1
    if _subject_noun(words[k][0], lex) is None:
        # "downloads of the app topped", "users in India hit", "users of DeepSeek in the
        # region rose": the nearest "of"/"in" with a counted noun before it
        ofs = [
            i
            for i in range(max(1, k - 4), k)
            if words[i][0].lower() in _SUBJECT_OF and _subject_noun(words[i - 1][0], lex)
        ]
        if not ofs:
            return None
        k = ofs[-1] - 1
    noun = _subject_noun(words[k][0], lex)
    if noun is None:
        return None
    counted = any(w.lower() == "number" for w, _ in words[max(0, k - 3) : k])
    if not (counted or large):
        return None
    over = verb.lower() in _REACH_OVER
    start = words[k][1] if words[k][1] >= evidence_floor else None
    return _Unit(QuantityKind.COUNT, noun, a.end, bound=Bound.OVER if over else None, start=start)


#: A key figure's label, opening its line (or a part after "; "), before its colon:
#: "Downloads", "Daily active users", "Countries with a ban", "Downloads (Jan)".
_FIGURE_LABEL = lazy_re(
    r"(?:[A-Za-z][a-z-]{1,20}[ ]){0,2}(?P<noun>[A-Za-z][a-z-]{1,20})"
    r"(?:[ ](?:with|of|in|on|per|for|from|across|using)[ ][^:;\n()]{1,40})?"
    r"(?:[ ]?[(][^()\n]{1,20}[)])?"
)
#: A span's other end right after a number: "9-5", "10:30".
_SPAN_AFTER = lazy_re(r"[-–:/.][0-9]")
#: A later figure of the same label, after "; ": "(Feb)", "(Mar.)".
_FIGURE_MORE = lazy_re(r"[ ]?;[ ](?:[(][^()\n]{1,20}[)]|in[ ][A-Z][a-z]{2,8})")


def _label_before(
    text: str, a: _Atom, prev: Quantity | None, floor: int, lex: _Lexicon
) -> _Unit | None:
    """The count of a key figure written as a label and a colon, as a fact box lists them:
    "Downloads (Jan): 16 million", "Countries with a ban: 9", and the label's later figures
    after "; ": "Downloads (Jan): 16m; (Feb): 22m"."""
    if a.currency or text[a.start - 2 : a.start] != ": ":
        return None  # the common case: no colon right before the number
    if (a.plain and 1900 <= a.number <= 2100) or _SPAN_AFTER.match(text, a.end):
        return None  # "Deadlines: 2025", "Opening hours: 9-5": a year, a span of hours
    colon = a.start - 2
    if prev is not None and prev.kind is QuantityKind.COUNT:
        more = _FIGURE_MORE.fullmatch(text, prev.evidence.end, colon)
        if more is not None:
            return _Unit(QuantityKind.COUNT, prev.unit, a.end)
    semi = text.rfind("; ", max(0, colon - 90), colon)
    lo = max(text.rfind("\n", max(0, colon - 90), colon) + 1, semi + 2 if semi >= 0 else 0)
    if lo == 0 and colon > 90:
        return None
    if lo < floor:
        return None
    m = _FIGURE_LABEL.fullmatch(text, lo, colon)
    if m is None or not text[lo : lo + 1].isupper():
        return None
    noun = _subject_noun(m["noun"], lex)
    if noun is None:
        return None
    return _Unit(QuantityKind.COUNT, noun, a.end)


def _words_before(text: str, end: int, floor: int, most: int) -> list[tuple[str, int]]:
    """Up to ``most`` words, each followed by one space, that end at ``end``, with where each
    starts, in text order: the run stops at punctuation, a number or ``floor``."""
    words: list[tuple[str, int]] = []
    while len(words) < most:
        m = _WORD_THEN_SPACE.search(text, max(floor, end - 33), end)
        if m is None:
            break
        words.append((m.group("w"), m.start()))
        end = m.start()
    words.reverse()
    return words


def _subject_noun(word: str, lex: _Lexicon) -> str | None:
    """The singular of a plural noun that may be counted as a subject ("Downloads": download)."""
    lw = word.lower()
    if lw in _STOP or lw in _NOT_COUNTED_SUBJECTS or word.rstrip(".") in _MONTHS:
        return None
    sing = _singular(word, lex)
    if sing is None or sing.lower() in _MEASURES or sing.lower() in lex.currency_nouns:
        return None
    return sing


def _bound_of(m: re.Match[str]) -> Bound:
    if m.group("over"):
        return Bound.OVER
    if m.group("under"):
        return Bound.UNDER
    return Bound.APPROX


# ---------------------------------------------------------------------------------------------
# context before a number
# ---------------------------------------------------------------------------------------------


def _previous_word(text: str, start: int) -> tuple[str, int]:
    """The word right before ``start`` (separated by spaces only) and where it begins."""
    j = start
    while j > 0 and start - j < 4 and text[j - 1] in " \t\u00a0":
        j -= 1
    if j == start:
        return "", start
    k = j
    while k > 0 and j - k < 40 and (text[k - 1].isalnum() or text[k - 1] in "'’.&+_-"):
        k -= 1
    return text[k:j], k


def _is_sentence_start(text: str, start: int) -> bool:
    j = start
    while j > 0 and start - j < 8 and text[j - 1] in " \t\u00a0":
        j -= 1
    # (a spaced hyphen too: a dateline's "SHANGHAI - Three months ...")
    return j == 0 or text[j - 1] in _SENTENCE_START or (j < start and text[j - 2 : j] == " -")


def _reject_before(text: str, a: _Atom) -> bool:
    """Whether what comes before the atom makes it a date, a label or a name, not an amount."""
    if a.currency:
        return False
    prev, _ = _previous_word(text, a.start)
    if prev:
        bare = prev.rstrip(".")
        if bare in _MONTHS:
            return True
        has_digit = any(c.isdigit() for c in prev)
        has_alpha = any(c.isalpha() for c in prev)
        possessive = prev.endswith(("'s", "’s"))
        if has_digit and has_alpha and not possessive:  # R1 1776, Qwen2.5 72
            return True
        if a.plain and 1800 <= a.number <= 2100 and bare.lower() in _YEAR_PREVIOUS:
            return True
    # a capitalised number word inside a sentence is a name: "the Two Sessions"
    return bool(a.word and a.word[:1].isupper() and not _is_sentence_start(text, a.start))


def _is_label(text: str, a: _Atom, noun_phrase: bool) -> bool:
    """For counts and durations: whether the number names something ("Windows 11 laptops")."""
    if a.currency:
        return False
    prev, prev_start = _previous_word(text, a.start)
    if not prev:
        return False
    low = prev.lower().rstrip(".")
    capitalised = prev[:1].isupper() or any(c.isupper() for c in prev[1:])
    if capitalised and low in _LABELS:
        return True  # Section 230, Top 10, Windows 11, iPhone 16
    if not noun_phrase or prev.endswith(("'s", "’s", "s'", "s’")):
        return False
    # A name right before a count is a model or product ("Fortune 500 companies", "Boeing
    # 737 jets"), but a function word may open the sentence ("Nearly 300 firms").
    # A verb may open a sentence too ("Hiring 300 engineers", "Added 5 servers").
    if not capitalised or low in _FUNCTION_OK:
        return False
    return not (
        _is_sentence_start(text, prev_start) and prev[1:].islower() and low.endswith(("ing", "ed"))
    )


#: Between a bounded amount and its alternative: " or ", " of turnover, or ", " of global
#: annual revenue or ".
_OR_BETWEEN = lazy_re(r"(?:[ ]of[ ](?:[\w'’-]+[ ]){0,3}[\w'’-]+)?,?[ ]or[ ]")


def _bound_before(text: str, start: int, floor: int) -> tuple[Bound | None, int]:
    lo = max(floor, start - 40)
    m = _BOUND_BEFORE.search(text, lo, start)
    if m is None:
        return None, start
    if m.group("approx") or m.group("tilde"):
        return Bound.APPROX, m.start()
    if m.group("under"):
        return Bound.UNDER, m.start()
    return Bound.OVER, m.start()


# ---------------------------------------------------------------------------------------------
# the scan
# ---------------------------------------------------------------------------------------------


def _range(
    text: str, a: _Atom, b: _Atom | None, unit: _Unit | None, lex: _Lexicon
) -> tuple[Decimal, Decimal, _Unit, _Atom] | None:
    """Read "4 to 5 minutes", "$1-2 billion", "between 30% and 40%" from atom ``a`` and the
    atom ``b`` after it.

    Returns the low and high values, the shared unit and the closing atom, or None when there
    is no next atom or it does not close a range (the connector is missing, the units differ
    or the values are in the wrong order).
    """
    if b is None:
        return None
    pos = unit.end if unit is not None else a.end
    conn = _CONNECTOR.match(text, pos, min(len(text), pos + 12))
    if conn is None or conn.end() != b.start:
        return None
    if conn.group("and") and not _BETWEEN.search(text, max(0, a.start - 12), a.start):
        return None
    if (a.word is None) != (b.word is None) and not conn.group().strip().isalpha():
        return None  # "7-Eleven" is a name, not a range
    if b.currency and b.currency != a.currency:
        return None
    if a.currency and not b.currency:
        b = attrs.evolve(b, currency=a.currency)
    if _reject_before(text, b):
        return None
    u2 = _unit_after(text, b, lex)
    if not isinstance(u2, _Unit):
        return None
    if unit is not None and (unit.kind is not u2.kind or unit.unit != u2.unit):
        return None
    low = a.value
    if not a.has_multiplier and b.has_multiplier and a.number <= b.number:
        low = a.number * b.factor  # "1.5 to 70 billion"
    if low > b.value:
        return None
    return low, b.value, u2, b


def _over_spans(text: str, start: int, a: _Atom, end: int) -> bool:
    """Whether a bare "over" at ``start`` before a duration says when, not how long: "$5
    billion over four years" (spread across them), but "for over two years", "took over a
    month" and "over two years ago" say more than."""
    if _BARE_OVER.fullmatch(text, start, a.start) is None:
        return False
    prev, _ = _previous_word(text, start)
    if prev.lower() in _OVER_AS_MORE_AFTER:
        return False
    return _OVER_AS_MORE_BEFORE.match(text, end, min(len(text), end + 12)) is None


def _changed_to(text: str, a: _Atom, unit: _Unit | None, b: _Atom, floor: int) -> bool:
    """Whether "A to B" after a verb of change states a change and the level it reached, not a
    range: "fell $96bn to $2.9tn", "grew from 10 to 20 staff" (but "fell 10 to 20 percent", with
    one unit for both, and "estimates run from $1bn to $2bn" are ranges)."""
    pos = unit.end if unit is not None else a.end
    to = _TO_BETWEEN.match(text, pos, b.start)
    if to is None or to.end() != b.start:
        return False
    if unit is not None and unit.kind is QuantityKind.PERCENT and "point" in text[a.end : pos]:
        return True  # "by 2 points to 5%": points measure a change, never a level
    lo = max(floor, a.start - 60)
    if _CHANGE_BEFORE.search(text, lo, a.start) is None:
        return False
    if (
        unit is not None
        and unit.kind is QuantityKind.PERCENT
        and text.startswith("%", b.end)
        and _RATE_NOUN_BEFORE.search(text, lo, a.start) is None
    ):
        # "Kingsoft Cloud rose 10% to 15%": a share price is no percentage, so a range; "its
        # market share rose 2% to 15%" is a change and the rate it reached
        return False
    return unit is not None or _FROM_BEFORE.search(text, max(lo, a.start - 8), a.start) is not None


#: A noun measured in percent before a change: a rate "rose 2% to 15%" (a change and its level).
_RATE_NOUN_BEFORE = lazy_re(
    r"\b(?:rate|rates|share(?![ -]price)|stake|margin|margins|proportion|percentage|yield|"
    r"yields|ratio|penetration|tariff|tariffs|tax|approval|turnout)\b",
    re.IGNORECASE,
)


def _read(
    text: str,
    a: _Atom,
    b: _Atom | None,
    floor: int,
    lex: _Lexicon,
    prev: Quantity | None = None,
    us_dollar: list[bool] | None = None,
    written: dict[str, frozenset[str]] | None = None,
) -> tuple[Quantity | None, int]:
    """The quantity that starts at atom ``a`` (or None) and how many atoms it used: one, or
    two where it is a range closed by the next atom ``b``; ``prev`` is the quantity before;
    ``us_dollar`` holds whether the text writes "US$" once that is known, and ``written`` the
    currencies it names by their own names, by shared name, once asked."""
    if us_dollar is None:
        us_dollar = []
    if _reject_before(text, a):
        return None, 1
    first = _unit_after(text, a, lex)
    if first is False:
        return None, 1
    unit = first if isinstance(first, _Unit) else None
    value, high, last, used = a.value, None, a, 1
    span = _range(text, a, b, unit, lex)
    if span is not None and _changed_to(text, a, unit, span[3], floor):
        # "fell $589 billion to $2.9 trillion": the change, then the level; two amounts
        unit = unit or attrs.evolve(span[2], end=a.end)  # "rose from 10 to 20 percent"
        span = None
    if span is not None:
        value, high, unit, last = span
        used = 2
    if unit is None:
        unit = (
            _part_of(text, a, b, lex)
            or _count_before(text, a, floor, lex)
            or _label_before(text, a, prev, floor, lex)
            or _carried(text, a, prev, floor)
            or _south_asian_money(text, a)
        )
        if unit is None:
            return None, 1
    if unit.kind in (QuantityKind.COUNT, QuantityKind.DURATION) and _is_label(
        text, a, unit.noun_phrase
    ):
        return None, used
    if unit.noun_phrase and _is_ratio(text, a.start, a.value):
        return None, used  # "3 in 10 users" is a ratio, not 10 users
    if unit.modifiers and a.plain and 1900 <= a.number <= 2100 and high is None:
        return None, used  # "a 2023 law requires platforms": a year, not 2023 platforms

    bound, start = _bound_before(text, a.start, floor)
    if unit.start is not None:
        start = unit.start
    end = max(unit.end, last.end)
    if (
        bound is Bound.OVER
        and unit.kind is QuantityKind.DURATION
        and _over_spans(text, start, a, end)
    ):
        bound, start = None, a.start
    if bound is None:
        m = _BOUND_AFTER.match(text, end, min(len(text), end + 20))
        if unit.bound is not None:
            bound = unit.bound
        elif m:
            bound = _bound_of(m)
            end = m.end()
        elif (
            a.plus
            or text.endswith(_PASSED, max(0, a.start - 12), a.start)
            or (
                _PASSED_THE.search(text, max(0, a.start - 20), a.start)
                and _MARK_AFTER.match(text, end, min(len(text), end + 20))
            )
        ):
            # "100+ users"; "the app surpassed 100 million users"; "topped the $1bn mark"
            bound = Bound.OVER
    if (
        bound is None
        and prev is not None
        and prev.bound is Bound.UNDER
        and 0 <= start - prev.evidence.end <= 40
        and _OR_BETWEEN.fullmatch(text, prev.evidence.end, start)
    ):
        # "up to 4% of turnover, or €20 million": the cap is on the alternative too (a floor
        # is left alone: "more than 17%, or $593 billion" is often the loss itself)
        bound = prev.bound
    if (
        bound is None
        and a.word is not None
        and a.word.lower() in _ARTICLES
        and not a.has_multiplier
        and not text.startswith("-long", unit.end)
    ):
        # "a year ago", "$20 a month": no amount without "more than" (or "a year-long ban")
        return None, used
    if (
        a.word is not None
        and a.word.lower() in _ARTICLES
        and (
            (prev is not None and 0 <= start - prev.evidence.end <= 2)
            or _SHARE_BEFORE.search(text, max(0, start - 12), start) is not None
        )
        and _THEN_EARLIER.match(text, end, min(len(text), end + 12))
    ):
        # "18.5%, 4.2 percentage points more than a month earlier", "a quarter more than a
        # year earlier": the level it is compared with, dated; no span of "more than a month"
        return None, used
    scale = Decimal(unit.scale)
    if unit.unit == _NO_CURRENCY and unit.kind is QuantityKind.MONEY:
        unit = attrs.evolve(unit, unit=_national_currency(text, a.start, unit.end, written))
    elif unit.unit == "USD" and text.startswith("$", a.start) and unit.kind is QuantityKind.MONEY:
        unit = attrs.evolve(unit, unit=_local_dollar(text, a.start, end, us_dollar))
    v = value * scale
    h = None if high is None else high * scale
    q = Quantity(
        kind=unit.kind,
        value=float(v),
        high=None if h is None or h == v else float(h),
        unit=unit.unit,
        bound=bound or Bound.EXACT,
        evidence=Span.of(text, start, end),
    )
    return q, used


#: The South Asian scales, which count money where nothing else is named ("approved 10,372
#: crore for the mission"); a counted noun after them is read first ("1.4 crore users").
_SOUTH_ASIAN_SCALES = ("crore", "lakh", "lac", "cr")


def _south_asian_money(text: str, a: _Atom) -> _Unit | None:
    """Money in a bare crore or lakh amount, its currency the rupee (or taka) of the country
    the text names (see :func:`_national_currency`)."""
    if not a.has_multiplier or not text[a.start : a.end].lower().endswith(_SOUTH_ASIAN_SCALES):
        return None
    if text.find("population", max(0, a.start - 40), a.start) >= 0:
        return None  # "a population of 140 crore": people
    return _Unit(QuantityKind.MONEY, _NO_CURRENCY, a.end)


#: The end of a sentence after an amount.
_SENTENCE_END = lazy_re(r"[.!?](?:\s|\Z)|\n")


@attrs.frozen
class _NationalCurrencies:
    """The currencies that several countries name alike, and the country names to find."""

    codes: dict[tuple[str, str], str]  # ("peso", "AR") -> "ARS"
    names: dict[str, frozenset[str]]  # "Argentina's" form "Argentina" -> {"AR"}
    pattern: re.Pattern[str]  # any country's name, adjective or capital, as a whole word
    own_names: dict[str, re.Pattern[str]]  # "CNY" -> its names as whole words ("yuan", "RMB")


@functools.lru_cache(maxsize=1)
def _national_currencies() -> _NationalCurrencies:
    """``data/currency_countries.tsv`` and every name of a country in ``countries.tsv``, loaded
    on first need (money in a bare "pesos" is rare)."""
    codes = {
        (cols[0].strip(), cols[1].strip()): cols[2].strip()
        for cols in _data_lines("currency_countries.tsv")
    }
    names: dict[str, set[str]] = {}
    for cols in _data_lines("countries.tsv"):
        for form in (cols[1], *"|".join(cols[2:5]).split("|")):
            if form.strip():
                names.setdefault(form.strip(), set()).add(cols[0].strip())
    # the names in letters that name one of these currencies outright ("yuan", "RMB", "Japanese
    # yen"), not a name they share ("won", "pesos", "dollars")
    shared = {noun for noun, _country in codes}
    own: dict[str, set[str]] = {}
    for cols in _data_lines("currencies.tsv"):
        form, code, case = cols[0].strip(), cols[1].strip(), cols[3].strip()
        if (
            code in codes.values()
            and form.replace(" ", "").isalpha()
            and len(form) > 2  # (not "P", "Sh": letters a name may hold)
            and form.lower().removesuffix("s") not in shared
        ):
            own.setdefault(code, set()).add(form if case == "exact" else f"(?i:{re.escape(form)})")
    return _NationalCurrencies(
        codes=codes,
        names={form: frozenset(countries) for form, countries in names.items()},
        pattern=re.compile(rf"(?<![\w-])(?:{trie_pattern(names)})(?![\w-])"),
        own_names={
            code: re.compile(rf"(?<![A-Za-z])(?:{'|'.join(sorted(forms))})(?![A-Za-z])")
            for code, forms in own.items()
        },
    )


def _national_currency(
    text: str, start: int, end: int, written: dict[str, frozenset[str]] | None = None
) -> str:
    """The currency of money named by a word several countries use ("pesos", "Rs"), from the
    one such country its sentence names ("Argentina's ... 50 million pesos" is ARS); else, for
    a name with a common currency in the table, the one such country the text's opening names,
    else that common one ("100 rupees" is INR); else XXX."""
    before = _NAME_BEFORE.match(text, start, min(end, start + 6))
    if before is not None:
        noun = before.group().lower()  # "Rs 500 crore", "Rs.2,000"
    else:
        noun = text[max(start, end - 20) : end].rsplit(maxsplit=1)[-1].lower().removesuffix("s")
    found = _currencies_named(text, *_sentence_around(text, start, end), noun)
    if len(found) == 1:
        return found.pop()
    common = _national_currencies().codes.get((noun, "*"))
    if common is None:
        return _NO_CURRENCY
    if not found:
        # "In 2023 it fined Meta 1 million kroner a day" in an Oslo report: the one such
        # country its opening names (headline, dateline, lede)
        found = _currencies_named(text, 0, min(len(text), _OPENING), noun)
    if not found:
        # "Alibaba cut prices to ¥1 per million tokens" in a text that writes "yuan" elsewhere:
        # the one such currency the text names by a name of its own
        found = _currencies_written(text, noun, {} if written is None else written)
    return found.pop() if len(found) == 1 else common


def _currencies_written(text: str, noun: str, memo: dict[str, frozenset[str]]) -> set[str]:
    """The currencies called ``noun`` (the sign "¥" is JPY or CNY) that ``text`` also names by
    a name or code of their own ("yuan", "RMB", "yen", "JPY"), kept in ``memo``, the
    document's own (one scan of the text for each shared name, not one for each amount)."""
    known = memo.get(noun)
    if known is None:
        table = _national_currencies()
        candidates = {code for (n, _country), code in table.codes.items() if n == noun}
        known = memo[noun] = frozenset(
            code
            for code in candidates
            if (own := table.own_names.get(code)) is not None and own.search(text) is not None
        )
    return set(known)


#: A currency's name or shared sign written before its amount: "Rs" in "Rs 500 crore",
#: "Rs.2,000", "¥10 billion".
_NAME_BEFORE = lazy_re(rf"(?:[A-Za-z]{{1,3}}|¥)(?=[.]?{_HS}?[0-9])")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]`` (at most 250 characters each
    side)."""
    lo = max(0, start - 250)
    before = text[lo:start]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("\n"))
    lo = lo + cut + 1 if cut >= 0 else lo
    hi = min(len(text), end + 250)
    stop = _SENTENCE_END.search(text, end, hi)
    return lo, stop.start() if stop else hi


def _currencies_named(text: str, lo: int, hi: int, noun: str) -> set[str]:
    """The currencies called ``noun`` of the countries ``text[lo:hi]`` names (not the "US" of
    a "US$" amount)."""
    table = _national_currencies()
    return {
        code
        for m in table.pattern.finditer(text, lo, hi)
        if not text.startswith("$", m.end())
        for country in table.names[m.group()]
        if (code := table.codes.get((noun, country))) is not None
    }


#: A scale glued to its amount with a hyphen, "$2.4-billion": the style of Canadian papers,
#: whose bare "$" is the Canadian dollar.
_HYPHEN_SCALE = ("-million", "-billion", "-trillion")
#: Forms that name the US dollar outright: a text that writes them keeps its bare "$" for a
#: local dollar.
_US_DOLLAR_FORMS = ("US$", "U.S.$", "US $", "USD")
#: How much of a text's opening (headline, dateline, lede) names its country.
_OPENING = 600


def _writes_us_dollar(text: str, known: list[bool]) -> bool:
    """Whether ``text`` names the US dollar outright ("US$5 million"), read once per text
    into ``known`` (an empty list until then): every bare "$" amount asks it."""
    if not known:
        known.append(any(f in text for f in _US_DOLLAR_FORMS))
    return known[0]


def _local_dollar(text: str, start: int, end: int, known: list[bool]) -> str:
    """The currency of a bare "$" amount ``text[start:end]``: the US dollar, unless the text
    writes the US dollar as "US$" elsewhere (or glues its scale, "$2.4-billion") and its
    sentence, else its opening, names exactly one country that calls its currency a dollar
    ("Ottawa will spend $2.4-billion" is CAD in a Canadian paper)."""
    if not text.endswith(_HYPHEN_SCALE, start, end) and not _writes_us_dollar(text, known):
        return "USD"
    found = _currencies_named(text, *_sentence_around(text, start, end), "$")
    if not found:
        found = _currencies_named(text, 0, min(len(text), _OPENING), "$")
    return found.pop() if len(found) == 1 else "USD"


#: What stands between an amount and an earlier level it is compared with: ", up from ",
#: ", down from about ", ", compared with ".
_COMPARED_BEFORE = lazy_re(
    r",[ ](?:(?:up|down)[ ]from|compared[ ]with|versus|vs\.?)[ ]"
    r"(?:(?:about|around|roughly|nearly|some|just|over|under|more[ ]than|less[ ]than)[ ])?\Z"
)


#: The other end of a change after a level: "(rose to 22 million) from (2 million)", "(grew
#: from 1.2 million) in December to (16 million)"; a month or year may stand between.
_OTHER_END_BEFORE = lazy_re(
    r"(?:[ ]in[ ](?:[A-Z][a-z]{2,8}(?:[ ]\d{4})?|\d{4}))?[ ](?P<word>from|to)[ ]"
    r"(?:(?:about|around|roughly|nearly|some|just|over|under|more[ ]than|less[ ]than)[ ])?\Z"
)
#: The word before the level just read, in its last characters: " to 22", " from 1.2".
_LEVEL_WORD = lazy_re(r"[ ](from|to)[ ](?:(?:about|around|roughly|nearly)[ ])?[^ ]{0,4}\d")


def _carried(text: str, a: _Atom, prev: Quantity | None, floor: int) -> _Unit | None:
    """The unit of the amount just before, for a bare number it is compared with: "30 million
    users, up from 5 million" counts users twice; "12%, up from 8" is 8 percent; "rose to 22
    million from 2 million" and "grew from 1.2 million in December to 16 million" count both
    ends of the change."""
    if prev is None or a.currency or prev.evidence.end < a.start - 40:
        return None
    if prev.kind is QuantityKind.DURATION and a.has_multiplier and not prev.value >= 1000:
        # "16 million downloads in 18 days, compared with 9 million": the level compared is
        # not the period it was reached in (no "9 million days")
        return None
    lo = max(floor, prev.evidence.end)
    if _COMPARED_BEFORE.search(text, lo, a.start) is not None:
        return _Unit(prev.kind, prev.unit, a.end)
    if text.find(" from ", lo, a.start) < 0 and text.find(" to ", lo, a.start) < 0:
        return None  # the common case: nothing between them that ends a change
    other = _OTHER_END_BEFORE.search(text, lo, a.start)
    if other is None:
        return None
    ev = prev.evidence
    level = _LEVEL_WORD.search(text, max(ev.start - 8, ev.end - 40, 0), ev.end)
    if level is None or level.group(1) == other["word"]:
        return None  # "to 22 million from 2 million": a "to" level, then its "from"
    return _Unit(prev.kind, prev.unit, a.end)


def _link_equivalents(text: str, found: list[Quantity]) -> list[Quantity]:
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.kind is b.kind is QuantityKind.MONEY) or a.unit == b.unit:
            continue
        if a.equivalent is not None:
            continue
        gap_start, gap_end = a.evidence.end, b.evidence.start
        rate = _RATE_BETWEEN.match(text, gap_start, gap_end) if gap_end - gap_start > 3 else None
        if rate is not None:
            gap_start = rate.end()  # "2 yuan per million tokens ($0.28)": past the rate's unit
        if gap_end - gap_start > 24:
            continue
        linked = _EQUIV_BETWEEN.fullmatch(text, gap_start, gap_end) is not None or (
            b.bound is Bound.APPROX and _COMMA_BETWEEN.fullmatch(text, gap_start, gap_end)
        )
        if linked:
            out[i] = attrs.evolve(a, equivalent=i + 1)
            out[i + 1] = attrs.evolve(b, equivalent=i)
    return out


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """All quantities in ``text``, in order, non-overlapping.

    Each quantity's ``evidence`` is the exact slice of ``text`` it was read from, including a
    bound word before it ("about", "up to"); ``equivalent`` is an index into the returned
    tuple, set on both sides of a conversion such as "4 yuan (about $0.55)".

    >>> [q.evidence.text for q in find_quantities("Shares fell about 17% on Jan. 27 to $120.")]
    ['about 17%', '$120']
    """
    if not isinstance(text, str):
        raise InputTypeError(f"find_quantities expects a str, got {type(text).__name__}")
    lex = _lexicon()
    # a quantity reads at most two atoms (a range), so atoms stream through a window of two
    # instead of being listed for the whole text first
    atoms = (a for start, m in lex.atom.scan(text) if (a := _atom(start, m, lex)) is not None)
    window = list(itertools.islice(atoms, 2))
    found: list[Quantity] = []
    last_end = 0
    us_dollar: list[bool] = []  # whether the text writes "US$", once a bare "$" asks
    written: dict[str, frozenset[str]] = {}  # the shared names' currencies it names, once asked
    while window:
        used = 1
        if window[0].start >= last_end:
            nxt = window[1] if len(window) > 1 else None
            prev = found[-1] if found else None
            q, used = _read(text, window[0], nxt, last_end, lex, prev, us_dollar, written)
            if q is not None:
                found.append(q)
                last_end = q.evidence.end
        del window[:used]
        window.extend(itertools.islice(atoms, 2 - len(window)))
    return tuple(_link_equivalents(text, found))


def parse_quantity(expression: str) -> Quantity | None:
    """The single quantity an expression states ("US$5.6m"), with evidence spanning it.

    Offsets are into ``expression``. If it states more than one quantity, the first is returned
    (without its ``equivalent`` link); None if it states none.

    >>> q = parse_quantity("US$5.6m")
    >>> q.kind.value, q.value, q.unit, q.evidence.text
    ('money', 5600000.0, 'USD', 'US$5.6m')
    >>> parse_quantity("GPT-4o") is None
    True
    """
    found = find_quantities(expression)
    if not found:
        return None
    return attrs.evolve(found[0], equivalent=None)
