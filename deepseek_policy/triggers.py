"""The trigger lexicon: the words that state each kind of action, compiled into one pattern.

Rows come from ``data/triggers.tsv``; verbs are inflected here (ban -> bans, banned,
banning), nouns get plurals, and "..." in a phrase is a gap of one to five words. Users add
rows with :meth:`TriggerLexicon.add`; the pattern is rebuilt on the next use.

>>> lex = default_lexicon()
>>> text = "Italy banned it and Japan urged caution."
>>> [(m.group(), lex.row_for(m).kind.value) for m in lex.pattern().finditer(text)]
[('banned', 'ban'), ('urged caution', 'warn')]
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable

import attrs

from deepseek_policy import _lexicon
from deepseek_policy._rx import fold
from deepseek_policy._trie import trie_pattern
from deepseek_policy._wordscan import WordScan
from deepseek_policy.errors import InputTypeError, LexiconError
from deepseek_policy.model import ActionKind

__all__ = ["TriggerLexicon", "TriggerRow", "default_lexicon", "inflect"]

_FORMS = ("verb", "noun", "fixed")
_OBJECTS = ("any", "ai", "own")
_GAP = "..."

#: Irregular verb forms: base -> (third person, past, past participle, gerund)
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "forbid": ("forbids", "forbade", "forbidden", "forbidding"),
    "cut": ("cuts", "cut", "cut", "cutting"),
    "shut": ("shuts", "shut", "shut", "shutting"),
    "put": ("puts", "put", "put", "putting"),
    "set": ("sets", "set", "set", "setting"),
    "keep": ("keeps", "kept", "kept", "keeping"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "strip": ("strips", "stripped", "stripped", "stripping"),
    "ship": ("ships", "shipped", "shipped", "shipping"),
    "lift": ("lifts", "lifted", "lifted", "lifting"),
    "tell": ("tells", "told", "told", "telling"),
    "send": ("sends", "sent", "sent", "sending"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "give": ("gives", "gave", "given", "giving"),
    "take": ("takes", "took", "taken", "taking"),
    "begin": ("begins", "began", "begun", "beginning"),
    "build": ("builds", "built", "built", "building"),
    "write": ("writes", "wrote", "written", "writing"),
    "open-source": ("open-sources", "open-sourced", "open-sourced", "open-sourcing"),
    "make": ("makes", "made", "made", "making"),
    # a stressed last syllable doubles its consonant, which the rule cannot tell from spelling
    "embed": ("embeds", "embedded", "embedded", "embedding"),
}


def inflect(verb: str) -> tuple[str, ...]:
    """The base, third-person, past, participle and gerund forms of an English verb.

    >>> inflect("ban")
    ('ban', 'bans', 'banned', 'banning')
    >>> inflect("prohibit")
    ('prohibit', 'prohibits', 'prohibited', 'prohibiting')
    >>> inflect("open")
    ('open', 'opens', 'opened', 'opening')
    """
    if verb in _IRREGULAR:
        return tuple(dict.fromkeys((verb, *_IRREGULAR[verb])))
    vowels = "aeiou"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in vowels:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    double = (
        len(verb) <= 4
        and len(verb) >= 3
        and verb[-1] not in vowels + "wxy"
        and verb[-2] in vowels
        and verb[-3] not in vowels
        and (len(verb) == 3 or verb[-4] not in vowels)  # "stop", not "open" or "edit"
    )
    stem = verb + verb[-1] if double else verb
    if verb.endswith("e"):
        past = verb + "d"
        gerund = verb[:-1] + "ing" if not verb.endswith("ee") else verb + "ing"
    elif verb.endswith("y") and verb[-2] not in vowels:
        past = verb[:-1] + "ied"
        gerund = verb + "ing"
    else:
        past = stem + "ed"
        gerund = stem + "ing"
    return tuple(dict.fromkeys((verb, third, past, gerund)))


def _plural(noun: str) -> str:
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


#: The words after a noun phrase's head: "inquiry into", "request for information".
_AFTER_HEAD = frozenset(("of", "into", "for", "with", "on", "against", "to", "over", "about"))


def _plural_phrase(phrase: str) -> str:
    """A noun row's plural: its head (the last word before a preposition) takes the plural,
    and a head that is plural already stays ("blanket ban" -> "blanket bans", "inquiry into"
    -> "inquiries into", "inspection proceedings into" unchanged).

    >>> [_plural_phrase(p) for p in ("task force", "request for information", "ban")]
    ['task forces', 'requests for information', 'bans']
    """
    words = phrase.split(" ")
    head = next((i - 1 for i, w in enumerate(words) if i and w in _AFTER_HEAD), len(words) - 1)
    word = words[head]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return phrase
    words[head] = _plural(word)
    return " ".join(words)


_KIND_VALUES = frozenset(kind.value for kind in ActionKind)


@attrs.frozen
class TriggerRow:
    """One lexicon row: a phrase stating an action of ``kind``."""

    kind: ActionKind
    form: str
    phrase: str
    object: str = "any"

    def __attrs_post_init__(self) -> None:
        # a row of a kind by its string ("ban") is that kind; any other kind would only fail
        # later, deep inside extract(), so it fails here (isinstance first: rows are built
        # per match in actions.py)
        kind: object = self.kind  # checked at run time too
        if not isinstance(kind, ActionKind):
            if not isinstance(kind, str) or kind not in _KIND_VALUES:
                raise LexiconError(f"{self.phrase!r}: {kind!r} is not an ActionKind")
            object.__setattr__(self, "kind", ActionKind(kind))
        fields: tuple[object, ...] = (self.form, self.phrase, self.object)
        if not all(isinstance(value, str) for value in fields):
            raise InputTypeError(f"a trigger row's form, phrase and object are str: {fields!r}")
        if self.form not in _FORMS:
            raise LexiconError(f"{self.phrase!r}: form must be one of {_FORMS}")
        if self.object not in _OBJECTS:
            raise LexiconError(f"{self.phrase!r}: object must be one of {_OBJECTS}")
        if not self.phrase.strip():
            raise LexiconError("a trigger phrase is empty")

    def surfaces(self) -> tuple[str, ...]:
        """Every literal surface form this row stands for (lowercase)."""
        phrase = self.phrase.lower()
        first, _, rest = phrase.partition(" ")
        tail = f" {rest}" if rest else ""
        if self.form == "verb":
            return tuple(f"{w}{tail}" for w in inflect(first))
        if self.form == "noun":
            return (phrase, _plural_phrase(phrase))
        return (phrase,)

    @property
    def gapped(self) -> bool:
        return _GAP in self.phrase


class TriggerLexicon:
    """All trigger rows, with one compiled case-insensitive pattern over their forms."""

    def __init__(self, rows: Iterable[TriggerRow] = ()) -> None:
        self._rows: list[TriggerRow] = []
        self._literal: dict[str, TriggerRow] = {}
        self._alternatives: dict[str, list[TriggerRow]] = {}
        self._gapped: list[TriggerRow] = []
        self._pattern: re.Pattern[str] | None = None
        # the pattern's source, built with what follows and compiled only when pattern() is
        # called: matches() reads the folded scan alone (see _stand_in)
        self._source: str | None = None
        self._folded: WordScan | None = None  # the same, case-sensitive (see matches)
        self._reach = 0  # how far past its start a match (and its look-ahead) can read
        # each gapped row with its first word and pattern source, to tell which row a match
        # of the pattern came from (see _gapped_row)
        self._gapped_sources: tuple[tuple[TriggerRow, str, str], ...] = ()
        # the same rows by their first and last words (see _gapped_row)
        self._gapped_by_ends: dict[tuple[str, str], list[tuple[TriggerRow, str]]] = {}
        self._lock = threading.Lock()
        given: object = rows  # checked at run time too
        if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
            raise InputTypeError(f"rows must be TriggerRows, not {type(given).__name__}")
        for item in given:
            row: object = item
            if not isinstance(row, TriggerRow):
                raise InputTypeError(f"expected a TriggerRow, got {type(row).__name__}")
            self._index(row)

    def add(
        self, kind: ActionKind | str, phrase: str, form: str = "fixed", object: str = "any"
    ) -> None:
        """Add a trigger phrase (for instance ``add("block", "geo-blocked")``)."""
        row = TriggerRow(ActionKind.coerce(kind, "kind"), form, phrase, object)
        with self._lock:
            self._index(row)
            self._pattern = self._source = None

    def _index(self, row: TriggerRow) -> None:
        self._rows.append(row)
        self._index_forms(row)
        if row.form == "fixed":
            # a headline's present tense: "lifted the ban" also reads "lifts the ban"
            for phrase in _present_forms(row.phrase):
                self._index_forms(TriggerRow(row.kind, "fixed", phrase, row.object), derived=True)

    def _index_forms(self, row: TriggerRow, *, derived: bool = False) -> None:
        if row.gapped:
            if not derived or all(g.phrase.lower() != row.phrase for g in self._gapped):
                self._gapped.append(row)
            return
        for surface in row.surfaces():
            # a fixed phrase wins over a verb or noun of the same surface; a verb and a noun
            # of the same surface ("ban") are both kept, for the parser to choose by context;
            # a derived form never displaces a row of its own surface
            old = self._literal.get(surface)
            if derived and old is not None:
                continue
            self._alternatives.setdefault(surface, []).append(row)
            if old is None or (old.form != "fixed" and row.form == "fixed"):
                self._literal[surface] = row

    def __repr__(self) -> str:
        return f"<TriggerLexicon with {len(self)} rows>"

    def __len__(self) -> int:
        return len(self._rows)

    def rows(self) -> tuple[TriggerRow, ...]:
        return tuple(self._rows)

    def pattern(self) -> re.Pattern[str]:
        """One pattern over every surface form; group ``lit`` is set where a literal form
        matched, and :meth:`rows_for` tells the rows of any match."""
        pattern = self._pattern
        if pattern is None:
            source = self._built()
            pattern = re.compile(source, re.IGNORECASE)
            with self._lock:
                if self._source is source:  # (not if a row was added meanwhile)
                    self._pattern = pattern
        return pattern

    def _built(self) -> str:
        """The source of :meth:`pattern`, built (with the folded scan and the gapped rows'
        sources) on first use and kept; the source itself is compiled only by :meth:`pattern`
        (about a third of a second), which :meth:`matches` does without."""
        source = self._source
        if source is None:
            with self._lock:
                # No group per gapped row: with one group each, every match and every
                # backtracking step saved ~100 group marks (the scan took half as long again,
                # and 12 times the memory per search); rows_for tells the row afterwards.
                sources = tuple(
                    (row, row.phrase.lower().split()[0], _gapped_source(row))
                    for row in self._gapped
                )
                # the rows of one first word share it: at a word that passes the gate, the
                # engine tries that word's rows, not every row's first word in turn
                groups: dict[str, list[str]] = {}
                for _row, word, source in sources:
                    head = re.escape(word)
                    if source.startswith(head):
                        groups.setdefault(head, []).append(source[len(head) :])
                    else:  # pragma: no cover - a source opens with its first word
                        groups.setdefault(source, []).append("")
                gapped = [f"{head}(?:{'|'.join(rests)})" for head, rests in groups.items()]
                # the gapped phrases are tried only where one of their first words stands, so
                # most word starts cost one failed trie step instead of dozens of alternatives
                firsts = {word for _row, word, _source in sources}
                # a gapped phrase is the more specific reading where both match at one place
                # ("been removed from local app stores" is a block, not "been removed from")
                parts = []
                if gapped:
                    gate = trie_pattern(firsts)
                    parts.append(f"(?=(?:{gate})[ ])(?:" + "|".join(gapped) + ")")
                parts.append(f"(?P<lit>{trie_pattern(self._literal)})")
                # no lookahead of first letters before the look-behind: nearly every letter
                # begins some phrase, and the scan was 6% slower with it
                source = r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"
                # every letter of the pattern (phrases lower-cased) is ASCII for the shipped
                # rows (an added row may bring others), and every other character has no
                # case ("’"): then a case-sensitive copy of the pattern can scan folded text
                words = [*self._literal, *(row.phrase.lower() for row in self._gapped)]
                self._folded = WordScan(source) if all(map(_folds_exactly, words)) else None
                self._gapped_sources = sources
                by_ends: dict[tuple[str, str], list[tuple[TriggerRow, str]]] = {}
                for row, word, alone in sources:
                    last = row.phrase.lower().split()[-1]
                    by_ends.setdefault((word, last), []).append((row, alone))
                self._gapped_by_ends = by_ends
                # a literal form reads its own characters and the one after; a gapped phrase
                # its own and at most _GAP_REACH for each gap
                self._reach = 2 + max(
                    [len(w) for w in self._literal]
                    + [len(r.phrase) + r.phrase.count(_GAP) * _GAP_REACH for r in self._gapped],
                    default=0,
                )
                self._source = source
        return source

    def matches(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        """The matches of :meth:`pattern` in ``text[start:end]``, exactly as
        ``pattern().finditer(text, start, end)`` gives them, in about two thirds of the time.

        The scan runs case-sensitively over a folded (lower-cased) copy of the slice (see
        :func:`~deepseek_policy._rx.fold`), from separator to separator (see
        :class:`~deepseek_policy._wordscan.WordScan`); each place it finds is read again over
        ``text`` by a pattern of its length (see :func:`_stand_in`), so a match's offsets, text
        and groups are the usual ones, and :meth:`pattern` is not compiled.

        >>> lex = default_lexicon()
        >>> [m.group() for m in lex.matches("Seoul BANNED it; Tokyo Urged Caution.")]
        ['BANNED', 'Urged Caution']
        """
        self._built()
        folded = self._folded
        endpos = len(text) if end is None else end
        if folded is None:
            return list(self.pattern().finditer(text, start, endpos))
        out = []
        for found_start, found_end, group in folded.folded_found(text, start, end):
            m = _stand_in(found_end - found_start, group).match(text, found_start, endpos)
            if m is None:  # pragma: no cover - any characters match, up to ``endpos``
                return list(self.pattern().finditer(text, start, endpos))
            out.append(m)
        return out

    def _match_at(self, text: str, pos: int, endpos: int | None = None) -> re.Match[str] | None:
        """``pattern().match(text, pos, endpos)``, read as :meth:`matches` reads its matches
        (the pattern is compiled only if the folded scan cannot stand for it)."""
        self._built()
        folded = self._folded
        size = len(text)
        end = size if endpos is None else max(0, min(endpos, size))
        if folded is None or not 0 <= pos <= end:
            return self.pattern().match(text, pos, end)
        # no match reads past the reach, so the scan of the slice up to it finds what the
        # whole text has at ``pos`` (a scan stops at the end of the slice as at ``endpos``)
        reach = min(end, pos + self._reach)
        first = next(folded.folded_found(text, pos, reach), None)
        if first is None or first[0] != pos:
            return None  # (a match at ``pos`` is the scan's first)
        if reach < end and first[1] >= reach - 1:  # pragma: no cover - within the reach
            return self.pattern().match(text, pos, end)
        return _stand_in(first[1] - pos, first[2]).match(text, pos, end)

    def rows_for(self, match: re.Match[str]) -> tuple[TriggerRow, ...]:
        """Every lexicon row a match can stand for (a verb and a noun may share a surface)."""
        if match.lastgroup == "lit":
            return tuple(self._alternatives[fold(match.group())])
        return (self._gapped_row(match),)

    def row_for(self, match: re.Match[str]) -> TriggerRow:
        """The lexicon row a match of :meth:`pattern` came from."""
        if match.lastgroup == "lit":
            return self._literal[fold(match.group())]
        return self._gapped_row(match)

    def _gapped_row(self, match: re.Match[str]) -> TriggerRow:
        """The gapped row a match came from: the first, in lexicon order, that matches there
        and ends where the match ends, as the pattern's alternatives are tried in that order.

        Rows are tried first where their first word is the match's (almost always the one),
        then all of them, so that a case-folding oddity cannot leave a match without a row.
        """
        self._built()  # the rows' sources are gathered with it
        rows = self._gapped_sources
        words = match.group().lower().split()
        first = words[0]
        # the rows that open and end with the match's words, in lexicon order: a row that
        # ends in another word cannot end where the match does
        for row, source in self._gapped_by_ends.get((first, words[-1]), ()):
            m = _gapped_alone(source).match(match.string, match.start(), match.endpos)
            if m is not None and m.end() == match.end():
                return row
        for only_first in (True, False):
            for row, word, source in rows:
                if only_first and word != first:
                    continue
                m = _gapped_alone(source).match(match.string, match.start(), match.endpos)
                if m is not None and m.end() == match.end():
                    return row
        return rows[0][0]  # unreachable: the match came from one of these alternatives


#: What a gapped phrase's "..." stands for: one to five words, none across a sentence stop.
_GAP_WORDS = r"(?:[ ](?:[^\s.,;:!?“”\"]|[.,](?=\d)){1,40}){1,5}?[ ]"
#: How many characters :data:`_GAP_WORDS` reads at most, its look-ahead included.
_GAP_REACH = 5 * (1 + 40) + 2


@functools.lru_cache(maxsize=512)
def _stand_in(size: int, group: str | None) -> re.Pattern[str]:
    """A pattern of any ``size`` characters whose one group, ``lit``, takes part in a match
    when ``group`` is ``"lit"``: matched where the folded scan found a match of the lexicon's
    pattern, it gives the match that pattern gives there (span, text, group, ``lastgroup``),
    without compiling the pattern itself (a third of a second, once per process)."""
    body = f"(?s:.{{{size}}})"
    return re.compile(f"(?P<lit>{body})" if group == "lit" else f"{body}|(?P<lit>)")


def _folds_exactly(phrase: str) -> bool:
    """Whether a lower-cased phrase matches folded text exactly where it matches any text
    ignoring case: its letters are ASCII, and its other characters have no case."""
    return phrase.isascii() or all(
        c.isascii() or (not c.isalpha() and c.upper() == c == c.casefold()) for c in phrase
    )


def _present_forms(phrase: str) -> tuple[str, ...]:
    """The present third person and the gerund of a fixed phrase that opens with a regular
    past tense, as a headline or a report in progress has it: "lifted the ban" -> "lifts the
    ban", "lifting the ban"; "introduced a bill" -> "is introducing a bill". The stem is not
    guessed: every spelling is given ("lifts", "liftes"), and the ones that are no word never
    match.

    >>> sorted(_present_forms("asked ... to explain"))
    ['askes ... to explain', 'asking ... to explain', 'asks ... to explain']
    """
    first, sep, rest = phrase.lower().partition(" ")
    if len(first) < 5 or not first.endswith("ed") or not first.isalpha():
        return ()
    stems = {first[:-1], first[:-2]}  # remove(d), ask(ed)
    if first[-3] == first[-4]:
        stems.add(first[:-3])  # stop(ped)
    forms = {st + ("es" if st.endswith(("s", "x", "z", "ch", "sh")) else "s") for st in stems}
    forms |= {st + "ing" for st in stems if not st.endswith("e")}  # submitt(ing), introduc(ing)
    return tuple(sorted({f + sep + rest for f in forms} - {phrase.lower()}))


def _gapped_source(row: TriggerRow) -> str:
    """The pattern source of a gapped row: its pieces, lower-cased and escaped, joined by gaps."""
    return _GAP_WORDS.join(re.escape(p.strip()) for p in row.phrase.lower().split(_GAP))


@functools.lru_cache(maxsize=1024)
def _gapped_alone(source: str) -> re.Pattern[str]:
    """One gapped row's own pattern, compiled when a match first needs it (not with the
    lexicon's pattern: most texts match few gapped rows, and 94 compiles cost 13 ms)."""
    return re.compile(f"(?:{source})(?![\\w-])", re.IGNORECASE)


def _load() -> list[TriggerRow]:
    rows = []
    for raw in _lexicon.table("triggers.tsv"):
        try:
            kind = ActionKind(raw["kind"])
        except ValueError:
            raise LexiconError(f"triggers.tsv: unknown kind {raw['kind']!r}") from None
        rows.append(TriggerRow(kind, raw["form"], raw["phrase"], raw["object"] or "any"))
    return rows


@functools.cache
def default_lexicon() -> TriggerLexicon:
    """The trigger lexicon shipped with the package (shared; ``add`` extends it)."""
    return TriggerLexicon(_load())
