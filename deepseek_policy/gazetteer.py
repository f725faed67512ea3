"""The actor gazetteer: countries, sub-national units, government bodies and companies.

Entries live in tab-separated files under ``deepseek_policy/data/`` and load once, lazily, on
first use. A user extends the shared gazetteer at run time with :meth:`Gazetteer.add` (or
:meth:`Gazetteer.load` for a file of their own), or builds a separate :class:`Gazetteer` and
passes it to :func:`deepseek_policy.extract`.

File formats (a header line; ``#`` starts a comment line; lists are ``|``-separated):

* ``countries.tsv``: ``code  name  aliases  adjectives  capitals`` - ISO 3166-1 alpha-2 code,
  common English name, other names, adjectives and demonyms ("South Korean", "Korean"),
  capitals used as metonyms for the government ("Seoul").
* ``gazetteer/*.tsv``: ``id  name  kind  country  region  parent  aliases  acronyms`` - a
  stable slug id (``kr-pipc``), canonical name, :class:`~deepseek_policy.model.ActorKind`
  value, ISO country and ISO 3166-2 region codes, the id of the body it belongs to, other
  names, and acronyms.

Matching is case-sensitive (news capitalises proper names, and "US" is not "us").

>>> g = default_gazetteer()
>>> [e.id for e in g.lookup("South Korea")]
['kr']
>>> g.country_for_adjective("Italian").name
'Italy'
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import pathlib
import re
import threading
from collections.abc import Iterable, Iterator

import attrs

from deepseek_policy._trie import trie_pattern
from deepseek_policy._wordscan import WordScan
from deepseek_policy.errors import InputTypeError, LexiconError, SchemaError
from deepseek_policy.model import ActorKind

__all__ = ["Entry", "Gazetteer", "GazetteerMatch", "default_gazetteer", "slugify"]

_COUNTRY_COLUMNS = ("code", "name", "aliases", "adjectives", "capitals")
_BODY_COLUMNS = ("id", "name", "kind", "country", "region", "parent", "aliases", "acronyms")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_ID_FORM = re.compile(r"[a-z0-9][a-z0-9-]*")


def slugify(text: str) -> str:
    """A lowercase, hyphenated form of a name, for deterministic ids.

    >>> slugify("Korea Hydro & Nuclear Power")
    'korea-hydro-and-nuclear-power'
    """
    text = text.lower().replace("&", " and ").replace("'", "").replace("’", "")
    return _SLUG_JUNK.sub("-", text).strip("-") or "x"


#: What a name's spelling variants drop: spaces and hyphens ("Cyber Security",
#: "Cyber-Security", "Cybersecurity" are one word; "e-Government", "eGovernment").
_SPELLING_DROPS = str.maketrans("", "", " -")


#: Words news spells long or short in one body's name: "Telecommunications Regulatory
#: Authority of India" is the "Telecom Regulatory Authority of India".
_SPELLING_SHORT = re.compile(r"telecommunications?")


def _spelling_key(name: str) -> str:
    """A name's key for matching across case, spacing, hyphens, "&" for "and" and a long or
    short spelling ("telecommunications" for "telecom")."""
    key = name.lower().replace("&", "and")
    if "telecommunication" in key:
        key = _SPELLING_SHORT.sub("telecom", key)
    return key.translate(_SPELLING_DROPS)


def _tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _kind(value: ActorKind | str) -> ActorKind:
    try:
        return ActorKind.coerce(value, "kind")
    except SchemaError as e:
        raise LexiconError(str(e)) from None


@attrs.frozen
class Entry:
    """One real actor the gazetteer knows, with every name news uses for it."""

    id: str
    name: str
    kind: ActorKind = attrs.field(converter=_kind)
    country: str | None = None
    region: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    acronyms: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    adjectives: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    capitals: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def __attrs_post_init__(self) -> None:
        if not _ID_FORM.fullmatch(self.id):
            raise LexiconError(f"{self.id!r}: an id is lowercase letters, digits and hyphens")
        if not self.name.strip():
            raise LexiconError(f"{self.id}: the name is empty")

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, aliases and acronyms: every form that names the entry itself."""
        return _tuple((self.name, *self.aliases, *self.acronyms))


#: A hint search's question: country, kind, hint words, region, head word.
_HintKey = tuple[str, ActorKind, tuple[str, ...], "str | None", "str | None"]


@attrs.frozen
class GazetteerMatch:
    """A place in a text where a gazetteer form occurs.

    ``role`` says how the form names its entries: ``"name"`` (a name, alias or acronym),
    ``"adjective"`` ("Korean", naming the country only as a modifier) or ``"capital"``
    ("Seoul", a metonym for the government).
    """

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]
    role: str


class Gazetteer:
    """A registry of :class:`Entry` records with a fast scanner over all their forms."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._entries: dict[str, Entry] = {}
        self._forms: dict[str, dict[str, list[Entry]]] = {}
        self._pattern: _Matcher | None = None
        self._by_lower: dict[str, tuple[Entry, ...]] | None = None
        self._by_country: dict[str, tuple[Entry, ...]] | None = None
        self._by_initials: dict[tuple[str, str], tuple[Entry, ...]] | None = None
        self._fields: frozenset[str] | None = None
        self._hints: dict[_HintKey, Entry | None] = {}
        self._lock = threading.Lock()
        given: object = entries  # checked at run time too
        if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
            raise InputTypeError(f"entries must be Entries, not {type(given).__name__}")
        self.add(*entries)

    # building -------------------------------------------------------------------------------
    def add(self, *entries: Entry) -> None:
        """Add entries (an entry with an existing id replaces it)."""
        with self._lock:
            for entry in entries:
                if not isinstance(entry, Entry):
                    raise LexiconError(f"expected an Entry, got {type(entry).__name__}")
                old = self._entries.get(entry.id)
                if old is not None:
                    self._unindex(old)
                self._entries[entry.id] = entry
                self._index(entry)
            self._pattern = None
            self._by_lower = self._by_country = self._by_initials = None
            self._fields = None
            self._hints = {}

    def load(self, path: str | os.PathLike[str]) -> None:
        """Add the entries of a TSV file in either format (chosen by its header line)."""
        if not isinstance(path, (str, os.PathLike)):
            raise InputTypeError(f"path must be a str or PathLike, not {type(path).__name__}")
        p = pathlib.Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except OSError as e:
            raise LexiconError(f"{p}: cannot be read: {e}") from None
        self.add(*parse_tsv(text, str(p)))

    def _index(self, entry: Entry) -> None:
        for role, forms in (
            ("name", entry.names),
            ("adjective", entry.adjectives),
            ("capital", entry.capitals),
        ):
            for form in forms:
                self._forms.setdefault(form, {}).setdefault(role, []).append(entry)

    def _unindex(self, entry: Entry) -> None:
        for roles in self._forms.values():
            for lst in roles.values():
                if entry in lst:
                    lst.remove(entry)

    # reading --------------------------------------------------------------------------------
    def __repr__(self) -> str:
        return f"<Gazetteer with {len(self)} entries>"

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(list(self._entries.values()))

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        return self._entries.get(entry_id)

    def lookup(self, form: str, role: str = "name") -> tuple[Entry, ...]:
        """Every entry that ``form`` names in the given role (exact, case-sensitive)."""
        return tuple(self._forms.get(form, {}).get(role, ()))

    def knows(self, form: str, roles: Iterable[str] = ("name",)) -> bool:
        """Whether ``form`` names some entry in one of ``roles`` (one dict lookup, no tuple).

        >>> default_gazetteer().knows("Italian", ("name", "adjective"))
        True
        """
        by_role = self._forms.get(form)
        return by_role is not None and any(by_role.get(role) for role in roles)

    def lookup_casefree(self, form: str) -> tuple[Entry, ...]:
        """Every entry one of whose names is ``form`` ignoring case, spaces, hyphens and "&"
        for "and" ("the ministry of interior", "UAE Cyber Security Council" for the
        "Cybersecurity Council"). Acronyms match only as written: "MPs" is not China's "MPS".

        >>> [e.id for e in default_gazetteer().lookup_casefree("MPs")]
        []
        >>> [e.id for e in default_gazetteer().lookup_casefree("UAE Cyber-Security Council")]
        ['ae-csc']
        """
        index = self._by_lower
        if index is None:
            built: dict[str, list[Entry]] = {}
            for entry in self._entries.values():
                for name in entry.names:
                    if name.isupper() and " " not in name:
                        continue  # an acronym ("MPS", "PIPC"): the exact lookup has it
                    built.setdefault(_spelling_key(name), []).append(entry)
            index = self._by_lower = {k: tuple(v) for k, v in built.items()}
        return index.get(_spelling_key(form), ())

    def body_fields(self) -> frozenset[str]:
        """The lower-case words that name a public body's field after "Ministry of" or
        "Department of" in the entries' names ("foreign", "affairs", "defense", "trade"):
        what a list such as "the ministries of foreign affairs and defense" is made of.

        >>> {"foreign", "affairs", "defense"} <= default_gazetteer().body_fields()
        True
        """
        fields = self._fields
        if fields is None:
            words: set[str] = set()
            for entry in self._entries.values():
                if entry.kind not in (ActorKind.GOVERNMENT_AGENCY, ActorKind.REGULATOR):
                    continue
                for name in entry.names:
                    head = _BODY_OF.match(name)
                    if head is not None:
                        words.update(_FIELD_WORD.findall(name[head.end() :].lower()))
            fields = self._fields = frozenset(words - _NOT_FIELDS)
        return fields

    def find_by_hint(
        self,
        country: str,
        kind: ActorKind,
        hint: tuple[str, ...],
        region: str | None = None,
        head: str | None = None,
    ) -> Entry | None:
        """The body of ``kind`` in ``country`` (in ``region``, or national where it is None)
        that a description names: one whose names hold a word of ``hint`` (an earlier word is
        better), with ``head`` among them where one has it, then the shortest name. Answers
        are kept until the next :meth:`add` (each search reads every entry of the country).

        >>> default_gazetteer().find_by_hint("IT", ActorKind.REGULATOR, ("Garante",)).id
        'it-garante'
        """
        key = (country, kind, hint, region, head)
        hints = self._hints
        if key not in hints:
            hints[key] = self._search_by_hint(country, kind, hint, region, head)
        return hints[key]

    def find_local_by_hint(
        self, country: str, kind: ActorKind, hint: tuple[str, ...], city: str, head: str | None
    ) -> Entry | None:
        """The sub-national body of ``kind`` in ``country`` whose names hold the word ``city``
        and a word of ``hint`` (ranked as :meth:`find_by_hint`): a capital city's own body,
        where the city is a state ("the Berlin data protection office" is Berlin's
        commissioner, not the federal one), or None.

        >>> default_gazetteer().find_local_by_hint(
        ...     "DE", ActorKind.REGULATOR, ("Data Protection",), "Berlin", "Office"
        ... ).id
        'de-blnbdi'
        """
        key = (country, kind, hint, "@" + city, head)
        hints = self._hints
        if key not in hints:
            hints[key] = self._search_by_hint(country, kind, hint, None, head, city)
        return hints[key]

    def _search_by_hint(
        self,
        country: str,
        kind: ActorKind,
        hint: tuple[str, ...],
        region: str | None,
        head: str | None,
        city: str | None = None,
    ) -> Entry | None:
        best: tuple[int, int, Entry] | None = None
        for entry in self.in_country(country):
            if entry.kind is not kind or (region is not None and entry.region != region):
                continue
            if city is not None:
                if entry.region is None or not any(city in n.split() for n in entry.names):
                    continue  # a city's own body: regional, and named with the city
            elif region is None and entry.region is not None:
                continue  # a national description does not name a state's body
            names = " ".join(entry.names)
            headless = 0 if head is None or head in names else 1
            for rank, h in enumerate(hint):
                if h in names:
                    key = (headless * 100 + rank, len(entry.name), entry)
                    if best is None or key[:2] < best[:2]:
                        best = key
                    break
        return best[2] if best is not None else None

    def in_country(self, code: str) -> tuple[Entry, ...]:
        """Every entry whose ``country`` is ``code``, in the order they were added."""
        index = self._by_country
        if index is None:
            built: dict[str, list[Entry]] = {}
            for entry in self._entries.values():
                if entry.country:
                    built.setdefault(entry.country, []).append(entry)
            index = self._by_country = {k: tuple(v) for k, v in built.items()}
        return index.get(code, ())

    def abbreviated(self, code: str, acronym: str) -> tuple[Entry, ...]:
        """The entries of country ``code`` that ``acronym`` abbreviates: one of their acronyms,
        or the initials of the capitalised words of their name ("AP" for the Netherlands'
        "Autoriteit Persoonsgegevens").

        >>> [e.id for e in default_gazetteer().abbreviated("NL", "AP")]
        ['nl-ap']
        """
        index = self._by_initials
        if index is None:
            built: dict[tuple[str, str], list[Entry]] = {}
            for entry in self._entries.values():
                if not entry.country:
                    continue
                initials = "".join(w[0] for w in entry.name.split() if w[:1].isupper())
                for key in dict.fromkeys((initials, *entry.acronyms)):
                    built.setdefault((entry.country, key), []).append(entry)
            index = self._by_initials = {k: tuple(v) for k, v in built.items()}
        return index.get((code, acronym), ())

    def country(self, code: str) -> Entry | None:
        """The country entry for an ISO 3166-1 alpha-2 code."""
        if not isinstance(code, str):
            raise InputTypeError(f"a country code is a str, not {type(code).__name__}")
        return self._entries.get(code.lower())

    def country_for_adjective(self, word: str) -> Entry | None:
        """The country an adjective or demonym names ("Italian" -> Italy), or None."""
        for entry in self.lookup(word, "adjective"):
            if entry.kind is ActorKind.COUNTRY:
                return entry
        return None

    def scan(self, text: str) -> Iterator[GazetteerMatch]:
        """Every leftmost-longest occurrence of a known form in ``text``, in order.

        Forms are indexed by their first word, so the scan visits only capitalised word starts
        (plus a small pattern for the few forms that begin in lower case), and a word's forms
        by length, so each start costs one slice and set lookup per distinct length: building
        the index takes milliseconds and the scan is linear in the text.
        """
        first_words, lower, longest, readings, built, uses = self._matcher()
        size = len(text)
        # the match being built: where it opens with "The" (a title such as "The Information"),
        # a longer form that starts inside it and runs past its end replaces it ("The
        # Information Commissioner's Office"); "South Korea's ..." keeps its country
        pending: tuple[int, int, str] | None = None
        for m in _CANDIDATE.finditer(text):
            i = m.start()
            if pending is not None and i >= pending[1]:
                match = _as_match(pending[0], pending[1], readings.get(pending[2]))
                if match is not None:
                    yield match
                pending = None
            word = m.group()
            found = None
            # most capitalised words begin no form: one dict lookup settles them
            # (only prefixes up to the longest first word can be keys: a 100,000-character
            # dotted token costs its length, not its length squared)
            plain = word.isalnum() or not _HAS_PUNCT.search(word)
            keys = (word,) if plain else _prefix_keys(word, longest)
            for key in keys:
                candidates = first_words.get(key)
                if candidates is None:
                    continue
                pattern = None
                if candidates.after:
                    pattern = built.get(key)
                    if pattern is None:  # built once the word is common here, then kept
                        seen = uses[key] = uses.get(key, 0) + 1
                        if seen >= candidates.after:
                            pattern = built.setdefault(key, _forms_pattern(candidates.forms))
                if pattern is not None:
                    hit = pattern.match(text, i)
                    if hit is not None:
                        found = hit.group()
                        break
                    continue
                for length in candidates.lengths:
                    e = i + length
                    # a form must end at a word's end: not before a word character or "&"
                    # (``str.isalnum`` or "_" is exactly what ``\w`` matches)
                    if e < size and ((after := text[e]).isalnum() or after in "_&"):
                        continue
                    form = text[i:e]
                    if form in candidates.forms:
                        found = form
                        break
                if found is not None:
                    break
            if found is None:
                continue
            end = i + len(found)
            if text.startswith("-born", end):
                continue  # "Shanghai-born investor Li Wen": a birthplace, no actor
            if pending is None or (
                end > pending[1]
                and len(found) > pending[1] - pending[0]
                and pending[2].startswith("The ")
            ):
                pending = (i, end, found)
        if pending is not None:
            match = _as_match(pending[0], pending[1], readings.get(pending[2]))
            if match is not None:
                yield match
        if lower is not None:
            for start, end in lower.spans(text):
                match = _as_match(start, end, readings.get(text[start:end]))
                if match is not None:
                    yield match

    def scan_sorted(self, text: str) -> list[GazetteerMatch]:
        """:meth:`scan` as a list sorted by offset (lower-case forms interleaved)."""
        out = list(self.scan(text))
        out.sort(key=lambda g: g.start)
        kept: list[GazetteerMatch] = []
        for g in out:
            if kept and g.start < kept[-1].end:
                continue
            kept.append(g)
        return kept

    def _matcher(self) -> _Matcher:
        cached = self._pattern
        if cached is None:
            with self._lock:
                first_words: dict[str, list[str]] = {}
                lower_forms: list[str] = []
                openings: dict[str, str] = {}  # a lower-case form's capitalised opening
                for form, roles in self._forms.items():
                    if not any(roles.values()):
                        continue
                    if form[:1].isupper() or form[:1].isdigit():
                        key = _FIRST_WORD.match(form)
                        first_words.setdefault(key.group() if key else form, []).append(form)
                    else:
                        lower_forms.append(form)
                        opening = form[:1].upper() + form[1:]
                        if " " in form and form[:1].isalpha() and opening not in self._forms:
                            # a sentence opens with it: "Chief cabinet secretary Hiroshi Tanaka"
                            key = _FIRST_WORD.match(opening)
                            first_words.setdefault(key.group() if key else opening, []).append(
                                opening
                            )
                            openings[opening] = form
                indexed = {key: _Forms.of(fs) for key, fs in first_words.items()}
                lower = None
                if lower_forms:
                    lower = WordScan(rf"(?<![\w&.-])(?:{trie_pattern(lower_forms)})(?![\w&])")
                # each form's reading, built once: matches share its text and entries
                readings = {}
                for form, roles in self._forms.items():
                    for role in ("name", "capital", "adjective"):
                        found = roles.get(role)
                        if found:
                            readings[form] = (form, tuple(found), role)
                            break
                for opening, form in openings.items():
                    if form in readings:
                        readings[opening] = (opening, *readings[form][1:])
                cached = (indexed, lower, max(map(len, indexed), default=0), readings, {}, {})
                self._pattern = cached
        return cached


#: The scanner's tables: forms by first word, the lower-case forms' pattern, the longest first
#: word, each form's reading (the form, its entries, its role), the patterns built so far for
#: first words with many forms (see :func:`_forms_pattern`), and how often each such word has
#: been met before its pattern was built.
_Matcher = tuple[
    dict[str, "_Forms"],
    "WordScan | None",
    int,
    dict[str, tuple[str, tuple[Entry, ...], str]],
    dict[str, "re.Pattern[str]"],
    dict[str, int],
]

#: A first word with more form lengths than this ("National", "Ministry", "Korea": dozens) is
#: matched by one trie pattern of its forms, once the word is common enough, instead of a test
#: per length as for the others.
_LENGTHS_BY_HAND = 6

#: What the pattern costs and saves, in units of one test by hand (about 60 ns): compiling it
#: costs about 2,500 units a form (``re``'s compiler is pure Python: 0.5 to 25 ms a word), and
#: each use saves one unit a length beyond :data:`_LENGTHS_BY_HAND` (a match costs about as
#: much as six tests). A word is compiled once its uses have saved what the pattern costs:
#: "Ministry" (151 forms, 42 lengths) after about 10,000 uses. A process that reads a few
#: thousand articles compiles few or none, and one that reads many pays at most twice what the
#: best choice in hindsight would.
_COST_PER_FORM = 2_500


def _forms_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """The longest of ``forms`` that ends where a word does (greedy trie tails, then the
    same end test as the scan's: not before a word character or "&")."""
    return re.compile(f"(?:{trie_pattern(forms)})(?![\\w&])")


@attrs.frozen
class _Forms:
    """The forms that begin with one word: their distinct lengths, longest first, the set, and
    after how many uses the word's pattern is built (0: never, the word is tested by hand)."""

    lengths: tuple[int, ...]
    forms: frozenset[str]
    after: int

    @classmethod
    def of(cls, forms: Iterable[str]) -> _Forms:
        kept = frozenset(forms)
        lengths = tuple(sorted({len(f) for f in kept}, reverse=True))
        saved = len(lengths) - _LENGTHS_BY_HAND
        after = max(1, -(-_COST_PER_FORM * len(kept) // saved)) if saved > 0 else 0
        return cls(lengths, kept, after)


#: A capitalised word or a number, not inside a word (or after "&", "." or "-"): the
#: character is matched first and the one before it tested after, so the engine skips to the
#: next capital or digit at once instead of testing the look-behind at every position (the
#: scan takes half the time). Capitals are the ASCII, Latin-1 and Latin Extended-A ones (that
#: range holds small letters too, which begin no form): "Élysée", "ČNB", "Ürümqi" are names.
_CANDIDATE = re.compile(r"[A-Z0-9À-ÖØ-ÞĀ-ſ](?<![\w&.-][A-Z0-9À-ÖØ-ÞĀ-ſ])[\w&.'’+-]*")
_FIRST_WORD = re.compile(r"[\w&.'’+-]+")
#: A public body's name that opens with its head and "of": "Ministry of", "Department of the".
_BODY_OF = re.compile(r"(?:Ministry|Department)[ ]of[ ](?:the[ ])?")
_FIELD_WORD = re.compile(r"[a-z][a-z-]+")
#: Words inside body names that are not a field of their own, or are too common a word to
#: extend a list of fields in running text ("... and it said").
_NOT_FIELDS = frozenset((
    "of", "the", "and", "for", "in", "on", "to", "de", "del", "des", "it", "made", "people",
    "state", "public", "local", "service", "services", "union", "power", "prime", "minister",
    "cabinet", "bureau", "government", "republic", "kingdom", "federation", "war", "law",
    "care", "change", "force", "forces", "air", "water", "gas", "small", "heavy", "mass",
    "human", "future", "customer", "efficiency", "armed", "army", "navy", "china", "canada",
    "canadian", "czech", "european", "france", "israel", "italy", "japan", "netherlands",
    "poland", "russia", "russian", "singapore", "spain", "ukraine", "vietnam", "taoiseach",
))  # fmt: skip
_PUNCT = ".,;:'’-+&"
_HAS_PUNCT = re.compile(r"[.,;:'’+&-]")


def _prefix_keys(word: str, longest: int | None = None) -> Iterator[str]:
    """The word and its prefixes that end before a punctuation mark ("U.S.-based" ->
    "U.S.-based", "U.S.", "U.S", "U"), longest first: a form's first word is one of them.

    With ``longest``, only keys of at most that many characters are given.

    >>> list(_prefix_keys("U.S.-based"))
    ['U.S.-based', 'U.S.-', 'U.S.', 'U.S', 'U.', 'U']
    >>> list(_prefix_keys("U.S.-based", 4))
    ['U.S.', 'U.S', 'U.', 'U']
    """
    if longest is None or len(word) <= longest:
        yield word
    top = len(word) - 1 if longest is None else min(len(word) - 1, longest)
    for i in range(top, 0, -1):
        if word[i] in _PUNCT or word[i - 1] in _PUNCT:
            yield word[:i]


def _as_match(
    start: int, end: int, reading: tuple[str, tuple[Entry, ...], str] | None
) -> GazetteerMatch | None:
    if reading is None:
        return None
    return GazetteerMatch(start, end, *reading)


def parse_tsv(text: str, source: str = "<tsv>") -> list[Entry]:
    """Parse a gazetteer file's text (either format) into entries."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    lines = [(n, line) for n, line in lines if not line.lstrip().startswith("#")]
    if not lines:
        return []
    header = tuple(c.strip() for c in lines[0][1].split("\t"))
    if header[: len(_COUNTRY_COLUMNS)] == _COUNTRY_COLUMNS:
        make = _country_entry
        width = len(_COUNTRY_COLUMNS)
    elif header[: len(_BODY_COLUMNS)] == _BODY_COLUMNS:
        make = _body_entry
        width = len(_BODY_COLUMNS)
    else:
        raise LexiconError(f"{source}: unknown header {lines[0][1]!r}")
    out = []
    for n, line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > width:
            raise LexiconError(f"{source}:{n}: {len(cells)} columns, expected {width}")
        cells += [""] * (width - len(cells))
        try:
            out.append(make(cells))
        except (LexiconError, ValueError) as e:
            raise LexiconError(f"{source}:{n}: {e}") from None
    return out


def _split(cell: str) -> list[str]:
    return [c for c in cell.split("|") if c.strip()]


def _country_entry(cells: list[str]) -> Entry:
    code, name, aliases, adjectives, capitals = cells
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise LexiconError(f"{code!r} is not an ISO 3166-1 alpha-2 code")
    return Entry(
        id=code.lower(),
        name=name,
        kind=ActorKind.COUNTRY,
        country=code,
        aliases=_split(aliases),
        adjectives=_split(adjectives),
        capitals=_split(capitals),
    )


def _body_entry(cells: list[str]) -> Entry:
    id_, name, kind, country, region, parent, aliases, acronyms = cells
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise LexiconError(f"{country!r} is not an ISO 3166-1 alpha-2 code")
    if region and not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", region):
        raise LexiconError(f"{region!r} is not an ISO 3166-2 code")
    return Entry(
        id=id_,
        name=name,
        kind=kind,
        country=country or None,
        region=region or None,
        parent=parent or None,
        aliases=_split(aliases),
        acronyms=_split(acronyms),
    )


def _data_files() -> list[tuple[str, str]]:
    root = importlib.resources.files("deepseek_policy") / "data"
    files = [root / "countries.tsv"]
    folder = root / "gazetteer"
    if folder.is_dir():
        files += sorted(
            (f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name
        )
    return [(f.name, f.read_text(encoding="utf-8")) for f in files if f.is_file()]


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with the package, loaded once on first use and shared.

    Entries added to it with :meth:`Gazetteer.add` are seen by every later extraction.
    """
    entries: list[Entry] = []
    for name, text in _data_files():
        entries += parse_tsv(text, name)
    return Gazetteer(entries)
