"""Split a document into paragraphs, sentences and quotations, keeping exact offsets.

News pages carry furniture (bylines, e-mail lines, photo credits, share buttons) and
captions that repeat the body; paragraphs are classified so later stages can skip the
former and de-duplicate the latter. Quotations are paired across straight and curly marks,
and a quotation left open at the end of a paragraph continues into the next paragraph that
opens with a quotation mark, as news style has it.

>>> seg = segment('Headline here\\nThe agency said: "It is banned." Officials agreed.')
>>> [s.text for s in seg.sentences]
['Headline here', 'The agency said: "It is banned."', 'Officials agreed.']
>>> [q.inner for q in seg.quotes]
['It is banned.']
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterable, Sequence

import attrs
import regex

from deepseek_policy._rx import folded_holds, lazy, lazy_re, rx

__all__ = [
    "Paragraph",
    "ParagraphKind",
    "Quote",
    "Segmentation",
    "Sentence",
    "dateline_at",
    "is_abbreviation",
    "segment",
]


class ParagraphKind(enum.Enum):
    """What a paragraph is on the page."""

    TITLE = "title"
    HEADING = "heading"
    BODY = "body"
    CAPTION = "caption"
    FURNITURE = "furniture"


@attrs.frozen
class Paragraph:
    """A non-empty line (or image caption) of the page."""

    index: int
    start: int
    end: int
    kind: ParagraphKind


@attrs.frozen
class Sentence:
    """A sentence with its offsets and the paragraph it belongs to.

    It keeps the document's text, not a copy of its own: :attr:`text` is sliced on use, so the
    sentences of a long document do not hold the text a second time.
    """

    index: int
    start: int
    end: int
    document: str = attrs.field(repr=False, eq=False)
    paragraph: int
    kind: ParagraphKind

    @property
    def text(self) -> str:
        """The sentence's text, ``document[start:end]``."""
        return self.document[self.start : self.end]


@attrs.frozen
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_start``/``inner_end`` do not.

    ``double`` is False for single marks (‘…’ or '…'), which news uses both for quotations
    and for scare quotes. ``closed`` is False where the paragraph ended inside the quotation.
    ``continues`` is True for a paragraph that re-opens a quotation left open before it.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    document: str = attrs.field(repr=False, eq=False)
    double: bool
    closed: bool
    continues: bool = False

    @property
    def inner(self) -> str:
        """The quotation's text without its marks, ``document[inner_start:inner_end]`` (sliced
        on use, as :attr:`Sentence.text` is: the quotations do not hold the text again)."""
        return self.document[self.inner_start : self.inner_end]


@attrs.frozen
class Segmentation:
    """Paragraphs, sentences and quotations of one text, each sorted by offset."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    _sentence_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _quote_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_sentence_starts", tuple(s.start for s in self.sentences))
        object.__setattr__(self, "_quote_starts", tuple(q.start for q in self.quotes))

    def words(self, sentence: Sentence) -> frozenset[str]:
        """The sentence's word tokens (``\\w+`` runs), lower-cased.

        Rules that need some word test ``words.isdisjoint(...)`` first: a set test instead of a
        regular-expression scan of the sentence for each rule (see :func:`first_words`). The
        set is built on each call and not kept: kept for every sentence, the sets would double
        the memory an extraction needs.
        """
        return frozenset(_WORD_TOKEN.findall(sentence.text.lower()))

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def quote_at(self, offset: int) -> Quote | None:
        """The quotation whose inner text contains ``offset``."""
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        while i >= 0:
            q = self.quotes[i]
            if q.inner_start <= offset < q.inner_end:
                return q
            if q.end <= offset and i < len(self.quotes) - 1:
                break
            i -= 1
        return None

    def next_quote_start(self, start: int, end: int) -> int | None:
        """Where the first quotation starting in ``[start, end)`` starts, or None."""
        i = bisect.bisect_left(self._quote_starts, start)
        if i < len(self._quote_starts) and self._quote_starts[i] < end:
            return self._quote_starts[i]
        return None

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        """The quotations that overlap ``[start, end)``."""
        lo = bisect.bisect_left(self._quote_starts, start)
        out = []
        j = lo - 1
        if j >= 0 and self.quotes[j].end > start:
            out.append(self.quotes[j])
        out.extend(self.quotes[lo : bisect.bisect_left(self._quote_starts, end, lo)])
        return out


_WORD_TOKEN = lazy_re(r"\w+")


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The lower-cased first word token of each phrase: a sentence where a phrase matches (at
    word boundaries) holds that token among :meth:`Segmentation.words`, so a sentence holding
    none of them needs no scan for the phrases.

    >>> sorted(first_words(["Gov.", "chief executive", "Prime Minister"]))
    ['chief', 'gov', 'prime']
    """
    out = set()
    for phrase in phrases:
        m = _WORD_TOKEN.search(phrase.lower())
        if m is not None:
            out.add(m.group())
    return frozenset(out)


def last_words(phrases: Iterable[str]) -> frozenset[str]:
    """The lower-cased last word token of each phrase: a sentence where a phrase stands holds
    that token among :meth:`Segmentation.words` (the gate for phrases read from their end).

    >>> sorted(last_words(["privacy watchdog", "data-protection authority", "  "]))
    ['authority', 'watchdog']
    """
    out = set()
    for phrase in phrases:
        tokens = _WORD_TOKEN.findall(phrase.lower())
        if tokens:
            out.add(tokens[-1])
    return frozenset(out)


# ---------------------------------------------------------------------------------------------
# paragraphs
# ---------------------------------------------------------------------------------------------

_LINE = lazy(r"[^\n]+")
_IMAGE_OPEN = "!["
_IMAGE_CLOSE = "]("
_EMAIL = lazy(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_BRACKETED_EMAIL = lazy(r"\[(?:email[ \xa0]protected|[^\]\n]{0,80}@[^\]\n]{0,80})\]", regex.I)
_URL_ONLY = lazy(
    r"(?:https?://|www\.)\S{1,2000}|[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.(?:com|org|net|kr|cn|jp|"
    r"gov|co\.uk|io)/?"
)
_BYLINE = lazy(r"(?i:by|written by|reporting by|edited by|with)\s+[^\n]{0,200}")
_FURNITURE_WORDS = lazy(
    r"(?i)(?:-{1,3}|—|news|updated|advertisement|share|comments?|reference\(s\):?|related|"
    r"read more|subscribe|follow us|photo|getty images|file photo|all rights reserved|"
    r"to write comments.{0,80}|standards board policy.{0,40}|sign in|log in|print|e-?mail)"
)
#: A copyright line's opening (see :func:`_copyright` for the rest).
_COPYRIGHT_START = lazy_re(r"\s*(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))", regex.I)
_CREDIT_END = lazy(r"\[[A-Z0-9][A-Z0-9 /&.,'-]{1,60}\]\s*$")
#: What opens a link to another story: "RELATED:", "Read more:", "See also:".
_LINK_LEAD = lazy(
    r"(?i)(?:related(?:[ ](?:story|stories|article|articles|coverage|news))?|read[ ]more|"
    r"see[ ]also|also[ ]read|read[ ]also|recommended|more[ ]on[ ]this)[ ]*:"
)
_TERMINAL = lazy(r"[.!?][\"”’')\]]*\s*$|[\"”’]\s*$")
_UPPER_LINE = lazy(r"[^a-z]{0,200}")
_BULLET = lazy(r"^[-*•]\s+")


def _classify(line: str, first: bool) -> ParagraphKind:
    # Each search over the whole line is skipped where a character it needs is missing (a
    # body paragraph has no "@", no "[" and no bullet): the same answers, for a fraction of
    # the cost. A stripped line ends in no white space, so an end-anchored pattern can only
    # match in the line's last few characters.
    stripped = line.strip()
    if not stripped:
        return ParagraphKind.FURNITURE
    bullet = _BULLET.match(stripped) if stripped[0] in "-*•" else None
    bulleted = bullet is not None
    bare = stripped[bullet.end() :] if bullet is not None else stripped
    if _FURNITURE_WORDS.fullmatch(bare) or _copyright(stripped):
        return ParagraphKind.FURNITURE
    if ":" in bare[:32] and _LINK_LEAD.match(bare):
        return ParagraphKind.FURNITURE  # "RELATED: Italy blocks DeepSeek": a link to a story
    if (
        ("@" in bare and _EMAIL.search(bare))
        or ("[" in bare and _BRACKETED_EMAIL.search(bare))
        or _URL_ONLY.fullmatch(bare)
    ):
        return ParagraphKind.FURNITURE
    words = bare.split()
    if (
        bulleted
        and len(words) <= 6
        and not (len(words) >= 3 and _terminal(bare))
        and (len(words) < 5 or not any(w[:1].islower() for w in words))
    ):
        # (a short item that ends a sentence is one, and so is a news item of five or six
        # words in sentence case: "- Italy's privacy watchdog ordered DeepSeek blocked")
        return ParagraphKind.FURNITURE
    if _BYLINE.fullmatch(bare) and len(words) <= 14 and not _terminal(bare):
        return ParagraphKind.FURNITURE
    if len(words) <= 4 and _UPPER_LINE.fullmatch(bare) and not first:
        return ParagraphKind.FURNITURE
    if stripped.endswith("]") and _CREDIT_END.search(stripped):
        return ParagraphKind.CAPTION
    if first and not rx(r"[.][\"”’')\]]*\s*$").search(
        stripped, max(0, _closers_start(stripped) - 1)
    ):
        return ParagraphKind.TITLE  # a headline: a first line that does not end a sentence
    if not _terminal(stripped) and len(words) <= 25:
        if len(words) <= 2 and not any(w[:1].isupper() for w in words):
            return ParagraphKind.FURNITURE
        return ParagraphKind.HEADING
    return ParagraphKind.BODY


_CLOSERS = "\"”’')]"


def _closers_start(stripped: str) -> int:
    """Where the run of closing marks at the end of a stripped line starts."""
    return len(stripped.rstrip(_CLOSERS))


def _terminal(stripped: str) -> bool:
    """Whether a stripped line ends a sentence: :data:`_TERMINAL`, searched only from the
    character before its closing marks (a match must reach the line's end)."""
    return _TERMINAL.search(stripped, max(0, _closers_start(stripped) - 1)) is not None


def _copyright(stripped: str) -> bool:
    """Whether a stripped line is a copyright notice: it opens with one, or holds "all rights
    reserved" in any case (found in a folded copy, as a case-insensitive search would)."""
    return _COPYRIGHT_START.match(stripped) is not None or folded_holds(
        stripped, ("all rights reserved",)
    )


_TRAILER = lazy(
    r"(?i)\s*(?:reference\(?s?\)?|related(?: articles| stories)?|read more|more on this)\s*:?\s*"
)


def _paragraphs(text: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    first = True
    trailer = False  # past a "Reference(s):" / "Related" line, the rest is page furniture
    for m in _LINE.finditer(text):
        if trailer:
            s, e = m.span()
            out.append(Paragraph(len(out), s, e, ParagraphKind.FURNITURE))
            continue
        if _TRAILER.fullmatch(m.group()):
            trailer = True
        start, _end = m.span()
        line = m.group()
        if line.lstrip().startswith(_IMAGE_OPEN) and _IMAGE_CLOSE in line:
            # a markdown image: its alt text is a caption, its address is furniture
            alt_start = line.index(_IMAGE_OPEN) + 2
            alt_end = line.rindex(_IMAGE_CLOSE)
            while alt_end > alt_start and line[alt_end - 1].isspace():
                alt_end -= 1
            if alt_end > alt_start:
                out.append(
                    Paragraph(len(out), start + alt_start, start + alt_end, ParagraphKind.CAPTION)
                )
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line.rstrip())
        if trail <= lead:
            continue
        kind = _classify(line, first)
        if kind is not ParagraphKind.FURNITURE:
            first = False
        out.append(Paragraph(len(out), start + lead, start + trail, kind))
    return out


# ---------------------------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------------------------

#: Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gov",
        "govs",
        "sen",
        "sens",
        "rep",
        "reps",
        "gen",
        "lt",
        "col",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "st",
        "ste",
        "mt",
        "ft",
        "jr",
        "sr",
        "co",
        "corp",
        "inc",
        "ltd",
        "llc",
        "plc",
        "bros",
        "no",
        "nos",
        "vol",
        "vs",
        "etc",
        "al",
        "approx",
        "est",
        "dept",
        "univ",
        "assn",
        "pres",
        "vp",
        "mgr",
        "fig",
        "ed",
        "eds",
        "rev",
        "hon",
        "amb",
        "messrs",
        "mme",
        "mlle",
    ]
)
_BOUNDARY = lazy(
    # possessive: a run of stops is taken whole once, not retried from each of its stops; the
    # space after it may be a no-break or other wide space ("&nbsp;" in scraped pages), a form
    # feed or a stray control character (text from PDFs and terminals); the next sentence may
    # open with quotation marks, a bracket or the markers of Markdown's emphasis
    r"(?<![.!?])[.!?]++(?P<close>[\"”’')\]]{0,3})(?P<space>[ \t\xa0\u2002-\u200a\u202f\u3000"
    r"\x0b\x0c\x00-\x08\x0e-\x1f\x7f]++)(?=[\"“‘'(\[*_]{0,3}(?:[A-Z0-9]|\p{Lu}))"
)
# searched right to left ("(?r)"): one attempt from the end instead of one per position
_WORD_BEFORE = lazy(r"(?r)(?P<word>[\w.'’-]{1,40})$")
_LOOKBACK = 41  # one more than the longest word _WORD_BEFORE takes, so its left edge is seen
_INITIALISM = lazy(r"(?:[A-Za-z]\.){2,6}")


def is_abbreviation(before: str, stop: str) -> bool:
    """Whether ``stop`` after the text ``before`` closes an abbreviation ("Jan.", "Gov.", an
    initial), not a sentence."""
    if stop != ".":
        return False
    m = _WORD_BEFORE.search(before)
    if m is None:
        return False
    word = m["word"]
    if word.lower().rstrip(".") in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        # a middle initial: "John F. Kennedy"; not a letter after a lower-case word ("posted
        # on X. ICBC uses ...", "Plan B. The")
        prior = before[: len(before) - 1].rstrip(" ")
        return not prior or not prior[-1:].islower()
    return bool(_INITIALISM.fullmatch(word + "."))


def _split_sentences(text: str, para: Paragraph, first_index: int) -> list[Sentence]:
    out: list[Sentence] = []
    chunk = text[para.start : para.end]
    cursor = 0
    if para.kind is ParagraphKind.TITLE:
        slug = _WIRE_SLUG.match(chunk)  # "EXCLUSIVE-", "UPDATE 2-": the desk's, not the story's
        if slug is not None:
            cursor = slug.end()
    elif para.kind is ParagraphKind.BODY:
        marker = _LIST_MARKER.match(chunk)  # "- ", "• ", "* ": the list's, not the sentence's
        if marker is not None:
            cursor = marker.end()
    for m in _BOUNDARY.finditer(chunk):
        stop_end = m.start("close")
        stop = chunk[m.start() : stop_end]
        # the word before the stop is at most 40 characters: look no further back, so a long
        # run of abbreviations ("A. B. C. ...") costs linear time
        tail = chunk[max(cursor, m.start() - _LOOKBACK) : m.start()]
        if is_abbreviation(tail, stop[-1]):
            # "U.S. Navy" stays whole, but "in the U.S. The ..." ends a sentence
            nxt = chunk[m.end() : m.end() + 12]
            if not (stop == "." and _ends_initialism(tail) and _starts_clause(nxt)):
                continue
        end = m.start("space")
        if end > cursor:
            _emit(out, text, para, cursor, end, first_index)
        cursor = m.end()
    if cursor < len(chunk):
        _emit(out, text, para, cursor, len(chunk), first_index)
    return out


#: A list item's marker before its first sentence: "- ", "– ", "• ", "* ", "· ".
_LIST_MARKER = lazy(r"[ \t]*[-–—•*·▪][ \t]+(?=[\w\"“‘'(])")
#: A wire desk's slug before a headline: "EXCLUSIVE-", "UPDATE 2-", "WRAPUP 1-", "RPT-" (or
#: the same with a space, as :func:`unslug` leaves it).
_WIRE_SLUG = lazy(
    r"[ \t]*(?:EXCLUSIVE|UPDATE|WRAPUP|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|FOCUS|"
    r"BREAKINGVIEWS|RPT|REFILE|CORRECTED|TIMELINE|PREVIEW|COLUMN|BRIEF)(?:[ ][0-9]{1,2})?"
    r"(?P<hyphen>[- ])(?=[A-Z0-9])"
)


def unslug(text: str) -> str:
    """``text`` with the hyphen of a wire slug that opens it ("UPDATE 2-Italy blocks ...")
    read as a space, so that the headline's first name is a word of its own; one character
    for one, so every offset stays an offset into ``text``.

    >>> unslug("EXCLUSIVE-Commerce Department bans DeepSeek")
    'EXCLUSIVE Commerce Department bans DeepSeek'
    """
    slug = _WIRE_SLUG.match(text)
    if slug is None or slug["hyphen"] != "-":
        return text
    at = slug.start("hyphen")
    return text[:at] + " " + text[at + 1 :]


#: No sentence is longer than this: a longer run without a sentence stop (a table, a list, a
#: text without punctuation, junk) is cut at spaces, so the work per sentence stays bounded.
#: (The longest sentences of the seed, dev and example articles run to 450 characters; a cut
#: of 2,000 let a run-on sentence dense with acts cost 45 µs a character, 1,000 about 30.)
MAX_SENTENCE = 1000


def _emit(out: list[Sentence], text: str, para: Paragraph, a: int, b: int, first: int) -> None:
    """Add the sentence ``chunk[a:b]``, cut into pieces of at most MAX_SENTENCE characters."""
    base = para.start
    while b - a > MAX_SENTENCE:
        cut = text.rfind(" ", base + a + MAX_SENTENCE // 2, base + a + MAX_SENTENCE) - base
        if cut <= a:
            cut = a + MAX_SENTENCE
        piece = _sentence(text, para, a, cut, first + len(out))
        if piece.end > piece.start:
            out.append(piece)
        a = cut
    piece = _sentence(text, para, a, b, first + len(out))
    if piece.end > piece.start or not out:
        out.append(piece)


_CLAUSE_STARTERS = lazy(
    r"(?:The|A|An|It|In|On|This|That|These|Those|He|She|They|We|But|However|Meanwhile)\b"
)


def _ends_initialism(before: str) -> bool:
    m = _WORD_BEFORE.search(before)
    return m is not None and _INITIALISM.fullmatch(m["word"] + ".") is not None


def _starts_clause(after: str) -> bool:
    return _CLAUSE_STARTERS.match(after.lstrip("\"“‘'(")) is not None


def _sentence(text: str, para: Paragraph, a: int, b: int, index: int) -> Sentence:
    start, end = para.start + a, para.start + b
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(index, start, end, text, para.index, para.kind)


# ---------------------------------------------------------------------------------------------
# quotations
# ---------------------------------------------------------------------------------------------

_QUOTE_MARK = lazy_re(r"[\"“”‘’']")
_MAX_SINGLE = 400


def _quotes(text: str, paragraphs: Sequence[Paragraph]) -> list[Quote]:
    out: list[Quote] = []
    carried = False  # the previous body paragraph ended inside a double quotation
    for para in paragraphs:
        if para.kind is ParagraphKind.FURNITURE:
            continue
        found, left_open = _paragraph_quotes(text, para.start, para.end, carried)
        out.extend(found)
        carried = left_open
    return out


def _paragraph_quotes(text: str, start: int, end: int, carried: bool) -> tuple[list[Quote], bool]:
    out: list[Quote] = []
    open_at: int | None = None
    open_continues = False
    single_at: int | None = None
    for m in _QUOTE_MARK.finditer(text, start, end):
        i = m.start()
        ch = m.group()
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if ch in '"“”':
            opening = ch == "“" or (ch == '"' and open_at is None)
            if ch == "”" and open_at is None:
                opening = False
            if opening and open_at is None:
                open_at = i
                open_continues = carried and i == start
                single_at = None
            elif open_at is not None and ch in '"”':
                out.append(_quote(text, open_at, i + 1, True, True, open_continues))
                open_at = None
            continue
        # single marks: an opening one follows a space or bracket and precedes a letter;
        # a closing one follows a letter or punctuation and is not followed by a letter
        # (so the apostrophe in "DeepSeek’s" or "don't" is neither)
        if open_at is not None:
            continue
        if ch in "‘'" and (prev.isspace() or prev in "([{—–-") and (nxt.isalnum() or nxt in "$€£¥"):
            single_at = i
        elif (
            ch in "’'"
            and single_at is not None
            and not nxt.isalnum()
            and i - single_at <= _MAX_SINGLE
            and (prev.isalnum() or prev in ".,!?;:)%")
        ):
            out.append(_quote(text, single_at, i + 1, False, True, False))
            single_at = None
    if open_at is not None:
        out.append(_quote(text, open_at, end, True, False, open_continues))
        return out, True
    return out, False


def _quote(text: str, start: int, end: int, double: bool, closed: bool, continues: bool) -> Quote:
    inner_start = start + 1
    inner_end = end - 1 if closed else end
    inner_end = max(inner_end, inner_start)
    return Quote(start, end, inner_start, inner_end, text, double, closed, continues)


# ---------------------------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------------------------


def segment(text: str) -> Segmentation:
    """Paragraphs, sentences and quotations of ``text`` (linear in its length)."""
    paragraphs = _paragraphs(text)
    sentences: list[Sentence] = []
    for para in paragraphs:
        if para.kind is ParagraphKind.FURNITURE:
            continue
        sentences.extend(_split_sentences(text, para, len(sentences)))
    quotes = _quotes(text, paragraphs)
    return Segmentation(text, tuple(paragraphs), tuple(sentences), tuple(quotes))


#: A dateline that opens a line: "SEOUL, April 28, 2025 (Example Wire) - ", "TOKYO, Feb. 13 -",
#: "SEOUL, Feb. 17 (Wire) -- ", without a date "Washington (Wire) — ", or a place in capitals
#: and a colon, as Indian papers print it: "NEW DELHI: ".
_DATELINE = lazy(
    # ("SYDNEY and TAIPEI, 5 February 2025 — ...": places in capitals joined by "and")
    r"[ \t]*(?:(?:[A-Z][A-Z .,/'&-]{1,60}?(?:[ ]and[ ][A-Z][A-Z .'&-]{1,30}?)?,[ ]*"
    r"(?P<date>[^\n]{3,30}?)[ ]*"
    r"(?:\([^)\n]{1,40}\)[ ]*)?|[A-Z][A-Za-z .'&-]{1,40}?[ ]\([^)\n]{1,40}\)[ ]*)(?:--|[-—–]|:)[ ]"
    # "SOUTH KOREA. The industry ministry ...": a digest's run-in label ends with a full stop
    r"|[A-Z][A-Z]+(?:[ ][A-Z]+){0,2}(?::|\.(?=[ ][A-Z]))[ ]"
    # "Hangzhou - Three hospitals ...": a city in title case and a spaced dash, perhaps with
    # a date in figures or words ("Buenos Aires, 18/03/2025 - ", "Lima, 4 March 2025 - ")
    r"|[A-Z][a-z]{2,20}(?:[ ][A-Z][a-z]{2,20})?(?:,[ ](?P<date>[0-9]{1,2}[/.][0-9]{1,2}[/.]"
    r"[0-9]{2,4}|[0-9]{1,2}[ ][A-Z][a-z]{2,8}(?:[ ][0-9]{4})?|[A-Z][a-z]{2,8}\.?[ ][0-9]{1,2}"
    r"(?:,[ ][0-9]{4})?))?[ ](?:-|—|–|--)[ ](?=[A-Z])"
    # "NEW DELHI - The Centre will ...": a city in capitals and a spaced dash, perhaps with a
    # weekday after a slash, as Gulf agencies print it ("RIYADH/Friday - ")
    r"|[A-Z]{2,20}(?:[ ][A-Z]{2,20}){0,2}"
    r"(?:/(?P<date>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?[ ](?:-|—|–|--)[ ](?=[A-Z])"
    # "Taipei, Feb. 3 (CNA) Government agencies ...": a credit closes it without a dash
    r"|[A-Z][A-Za-z .'&-]{1,40}?,[ ](?P<date>(?:[A-Z][a-z]{2,8}\.?[ ][0-9]{1,2}|[0-9]{1,2}[ ]"
    r"[A-Z][a-z]{2,8})(?:,?[ ][0-9]{4})?)[ ]\([A-Za-z][^)\n]{0,39}\)[ ](?=[A-Z]))"
)


def dateline_at(text: str, start: int) -> regex.Match[str] | None:
    """The dateline that opens the line at ``start`` (its ``date`` group is the report's
    date), or None: the place and date of a report, not part of what it reports."""
    return _DATELINE.match(text, start)
