"""The pipeline: one document in, one :class:`~deepseek_policy.model.Extraction` out.

segment -> actors (gazetteer, patterns, resolution) -> dates, quantities -> actions -> claims.

:func:`extract_many` runs :func:`extract` over many documents, in this process or across
worker processes, yielding results in input order.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as _dt
import itertools
import multiprocessing
from collections.abc import Iterable, Iterator, Mapping

import attrs

from deepseek_policy._layout import plain_name, plain_spaces, unwrap
from deepseek_policy._markup import OffsetMap, plain_text
from deepseek_policy._segment import segment, unslug
from deepseek_policy.actions import find_actions, merge_country_level
from deepseek_policy.actors import ActorIndex
from deepseek_policy.claims import find_claims
from deepseek_policy.dates import find_dates
from deepseek_policy.errors import EmptyArticleError, InputTypeError
from deepseek_policy.gazetteer import Entry, Gazetteer, default_gazetteer
from deepseek_policy.model import Action, Claim, Document, Extraction, Quantity, Span
from deepseek_policy.quantities import find_quantities
from deepseek_policy.readers import parse_article
from deepseek_policy.triggers import TriggerLexicon, TriggerRow, default_lexicon

__all__ = ["DEFAULT_CHUNKSIZE", "extract", "extract_many"]


def extract(
    doc_or_text: Document | str,
    *,
    published: _dt.date | str | None = None,
    gazetteer: Gazetteer | None = None,
    lexicon: TriggerLexicon | None = None,
) -> Extraction:
    """Extract actors, actions, claims and quantities from a document or a string.

    A string is read as an article (see :func:`~deepseek_policy.readers.parse_article`);
    ``published`` sets or overrides the publication date that relative dates resolve against.
    ``gazetteer`` and ``lexicon`` replace the shipped actor gazetteer and trigger lexicon.
    """
    _check_vocabularies(gazetteer, lexicon)
    doc = _as_document(doc_or_text, published)
    text, where = _working_text(doc.text)
    seg = segment(text)
    index = ActorIndex(text, seg, gazetteer or default_gazetteer())
    dates = find_dates(text, doc.published)
    quantities = find_quantities(text)
    actions = find_actions(text, seg, index, dates, doc.published, lexicon, title=doc.title)
    actions = tuple(merge_country_level(actions, index))
    claims = find_claims(text, seg, index, dates, quantities, doc.published, actions=actions)
    if text != doc.text:
        actions, claims, quantities = _original_spans(
            doc.text, where, actions, claims, quantities
        )
    ids = [a.actor for a in actions] + [c.speaker for c in claims if c.speaker is not None]
    return Extraction(
        document=doc,
        actors=index.actors(ids),
        actions=actions,
        claims=claims,
        quantities=quantities,
    )


def _working_text(text: str) -> tuple[str, OffsetMap | None]:
    """The text the extractors read, and the map of its offsets back to ``text`` (None where
    they are the same): markup read as the prose it renders (see
    :func:`~deepseek_policy._markup.plain_text`), then hard-wrapped paragraphs as one line
    each, typographic spaces and hyphens as plain ones, the company's name in capitals as
    "DeepSeek" and a wire slug's hyphen as a space (these one character for one). Spans
    are re-read from the original text at the end."""
    plain, where = plain_text(text)
    return unslug(unwrap(plain_name(plain_spaces(plain)))), where


def _original_spans(
    text: str,
    where: OffsetMap | None,
    actions: tuple[Action, ...],
    claims: tuple[Claim, ...],
    quantities: tuple[Quantity, ...],
) -> tuple[tuple[Action, ...], tuple[Claim, ...], tuple[Quantity, ...]]:
    """The records with each span taken from the original text (at the offsets ``where``
    maps it to, if the text was read through markup)."""

    def span(s: Span) -> Span:
        if where is None:
            return Span.of(text, s.start, s.end)
        return Span.of(text, *where.span(s.start, s.end))

    def quantity(q: Quantity) -> Quantity:
        return attrs.evolve(q, evidence=span(q.evidence))

    return (
        tuple(
            attrs.evolve(a, evidence=span(a.evidence), mentions=tuple(span(m) for m in a.mentions))
            for a in actions
        ),
        tuple(
            attrs.evolve(
                c,
                evidence=span(c.evidence),
                quantities=tuple(quantity(q) for q in c.quantities),
            )
            for c in claims
        ),
        tuple(quantity(q) for q in quantities),
    )


def _check_vocabularies(gazetteer: object, lexicon: object) -> None:
    """A ``gazetteer`` or ``lexicon`` of the wrong type is an InputTypeError at once, not an
    ``AttributeError`` from deep inside the actor or trigger scan."""
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise InputTypeError(
            f"gazetteer must be a Gazetteer or None, not {type(gazetteer).__name__}"
        )
    if lexicon is not None and not isinstance(lexicon, TriggerLexicon):
        raise InputTypeError(
            f"lexicon must be a TriggerLexicon or None, not {type(lexicon).__name__}"
        )


def _as_document(doc_or_text: Document | str, published: _dt.date | str | None) -> Document:
    if isinstance(doc_or_text, Document):
        if published is None:
            return doc_or_text
        return Document(
            id=doc_or_text.id,
            text=doc_or_text.text,
            title=doc_or_text.title,
            published=published,
            source=doc_or_text.source,
            url=doc_or_text.url,
        )
    if isinstance(doc_or_text, str):
        if doc_or_text.strip():
            try:
                return parse_article(doc_or_text, published=published, strict=False)
            except EmptyArticleError:
                pass  # only a byte-order mark or front matter: any string extracts
        return Document(id="doc-empty", text=doc_or_text, published=published)
    raise InputTypeError(f"extract() takes a Document or a str, not {type(doc_or_text).__name__}")


# ---------------------------------------------------------------------------------------------
# many documents: in this process, or across worker processes
# ---------------------------------------------------------------------------------------------

#: Documents sent to a worker process in one task by :func:`extract_many` (the last tasks of
#: an input take fewer, so that the workers finish together). With 64 rather than 16, this
#: process spends a third less CPU time handing out tasks and taking back results.
DEFAULT_CHUNKSIZE = 64

#: The warm-up text each worker extracts once, so every lazy table and pattern is built
#: before the first real task.
_WARM_UP = (
    "DeepSeek banned in Italy\n\n"
    "Italy's privacy watchdog blocked DeepSeek on Jan. 30, 2025, citing privacy, and said it "
    'spent "$6 million". The ministry said it would review the app.'
)

#: A worker process's vocabularies, set once by :func:`_init_worker` or
#: :func:`_adopt_vocabularies` (None: the defaults).
_worker_gazetteer: Gazetteer | None = None
_worker_lexicon: TriggerLexicon | None = None


def extract_many(
    docs: Iterable[Document | str],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    published: _dt.date | str | None = None,
    gazetteer: Gazetteer | None = None,
    lexicon: TriggerLexicon | None = None,
) -> Iterator[Extraction]:
    """Extract every document of ``docs``, yielding the results lazily, in input order.

    ``docs`` is any iterable of :class:`~deepseek_policy.model.Document` or ``str`` (for
    instance :func:`~deepseek_policy.readers.read_corpus`); each item goes through
    :func:`extract` with the same ``published``, ``gazetteer`` and ``lexicon``.

    With ``workers=None`` or ``1`` the documents are extracted one by one in this process,
    as the result is iterated. With ``workers > 1`` they are sent, ``chunksize`` at a time, to
    a :class:`concurrent.futures.ProcessPoolExecutor` of that many processes; at most
    ``2 * workers`` chunks are in flight and ``workers`` more are read ahead, so memory stays
    bounded however long ``docs`` is, and results still come back in input order. Once the
    read-ahead reaches the end of ``docs``, the last documents go out in smaller chunks, so
    that the workers finish together. Each worker loads the gazetteer and trigger
    lexicon once, when it starts: the ``gazetteer`` and ``lexicon`` given (sent as their
    entries and rows and rebuilt there), or else the package defaults as this process has
    them, run-time additions included.

    The result is an iterator: wrap it in ``list()`` to keep every extraction. The arguments
    are checked at once; the work starts when iteration does. An error raised by one document
    (for instance :class:`~deepseek_policy.errors.InputTypeError` for an item that is neither
    a Document nor a str), or by ``docs`` itself, is raised at its place in the output, after
    the results before it, whatever the number of workers; closing the iterator early stops
    the workers.

    >>> texts = ["Italy blocked DeepSeek on Jan. 30.", "Japan urged caution over DeepSeek."]
    >>> [ex.document.text for ex in extract_many(texts, published="2025-02-01")]
    ['Italy blocked DeepSeek on Jan. 30.', 'Japan urged caution over DeepSeek.']
    """
    if workers is not None and (
        isinstance(workers, bool) or not isinstance(workers, int) or workers < 1
    ):
        raise ValueError(f"workers must be None or a positive int, not {workers!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, not {chunksize!r}")
    if isinstance(docs, (str, Document)):
        raise InputTypeError("extract_many() takes an iterable of documents; use extract() for one")
    if isinstance(docs, (bytes, bytearray, Mapping)) or not isinstance(docs, Iterable):
        raise InputTypeError(
            f"extract_many() takes an iterable of documents, not {type(docs).__name__}"
        )
    _check_vocabularies(gazetteer, lexicon)
    if workers is None or workers == 1:
        return _sequential(iter(docs), published, gazetteer, lexicon)
    return _parallel(
        iter(docs),
        workers=workers,
        chunksize=chunksize,
        published=published,
        gazetteer=gazetteer,
        lexicon=lexicon,
    )


def _sequential(
    docs: Iterator[Document | str],
    published: _dt.date | str | None,
    gazetteer: Gazetteer | None,
    lexicon: TriggerLexicon | None,
) -> Iterator[Extraction]:
    for doc in docs:
        yield extract(doc, published=published, gazetteer=gazetteer, lexicon=lexicon)


def _parallel(
    docs: Iterator[Document | str],
    *,
    workers: int,
    chunksize: int,
    published: _dt.date | str | None,
    gazetteer: Gazetteer | None,
    lexicon: TriggerLexicon | None,
) -> Iterator[Extraction]:
    chunks = _chunks(docs, chunksize, workers)
    pending: collections.deque[_Task] = collections.deque()
    pool = _start_pool(workers, gazetteer, lexicon)

    def submit(count: int) -> None:
        for chunk, error in itertools.islice(chunks, count):
            future = pool.submit(_extract_chunk, chunk, published) if chunk else None
            pending.append((future, error))

    try:
        submit(2 * workers)
        while pending:
            future, error = pending.popleft()
            outcomes = future.result() if future is not None else []
            submit(1)
            for extraction, failed in outcomes:
                if failed is not None:
                    raise failed
                if extraction is not None:  # always, where nothing failed
                    yield extraction
            if error is not None:
                raise error
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


#: A document's extraction, or the error that extracting it raised.
_Outcome = tuple["Extraction | None", "Exception | None"]
#: A submitted chunk (None for an empty one), and the error that ``docs`` raised after its
#: documents, if any.
_Task = tuple["concurrent.futures.Future[list[_Outcome]] | None", "Exception | None"]


def _start_pool(
    workers: int, gazetteer: Gazetteer | None, lexicon: TriggerLexicon | None
) -> concurrent.futures.ProcessPoolExecutor:
    """A pool whose workers each hold the vocabularies, built and warmed, before any task."""
    context = multiprocessing.get_context()
    if context.get_start_method() == "fork":
        # A forked worker starts with a copy of this process's memory, arguments included:
        # build and warm the vocabularies here once, and every worker has them compiled
        # from its first instant instead of rebuilding its own (about 0.2 s of CPU each).
        gazetteer = default_gazetteer() if gazetteer is None else gazetteer
        lexicon = default_lexicon() if lexicon is None else lexicon
        extract(_WARM_UP, gazetteer=gazetteer, lexicon=lexicon)
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_adopt_vocabularies,
            initargs=(gazetteer, lexicon),
        )
    # Vocabularies cross to spawned workers as plain records: a Gazetteer or TriggerLexicon
    # holds a lock and compiled patterns, which do not pickle. The defaults are sent only
    # when this process has loaded them (and so may have added to them); otherwise each
    # worker loads its own copy from the package data.
    if gazetteer is None and default_gazetteer.cache_info().currsize:
        gazetteer = default_gazetteer()
    if lexicon is None and default_lexicon.cache_info().currsize:
        lexicon = default_lexicon()
    entries = None if gazetteer is None else tuple(gazetteer)
    rows = None if lexicon is None else lexicon.rows()
    return concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(entries, rows)
    )


def _chunks(
    docs: Iterator[Document | str], size: int, workers: int
) -> Iterator[tuple[list[Document | str], Exception | None]]:
    """``docs`` in lists of ``size``, read ``workers`` lists ahead, each with None or, on the
    last, the error that ``docs`` raised after its documents.

    Once the read-ahead reaches the end, each list takes ``1 / (2 * workers)`` of what is left
    (at most ``size``): the workers get smaller and smaller tasks and finish together, instead
    of one waiting while the other reads a whole list. Lists keep the input's order.

    >>> [len(c) for c, _e in _chunks(iter(range(40)), 8, 2)]
    [8, 8, 8, 4, 3, 3, 2, 1, 1, 1, 1]
    """
    ahead: collections.deque[Document | str] = collections.deque()
    reach = size * (workers + 1)
    error: Exception | None = None
    ended = False
    while True:
        while not ended and len(ahead) < reach:
            try:
                ahead.append(next(docs))
            except StopIteration:
                ended = True
            except Exception as e:  # raised in its place, after the results before it
                error, ended = e, True
        count = size if not ended else min(size, max(1, -(-len(ahead) // (2 * workers))))
        chunk = [ahead.popleft() for _ in range(min(count, len(ahead)))]
        last = ended and not ahead
        if chunk or (last and error is not None):
            yield chunk, error if last else None
        if last:
            return


def _init_worker(entries: tuple[Entry, ...] | None, rows: tuple[TriggerRow, ...] | None) -> None:
    """Build this worker's vocabularies once and warm every lazy cache."""
    global _worker_gazetteer, _worker_lexicon  # noqa: PLW0603 - one per process, set once
    _worker_gazetteer = None if entries is None else Gazetteer(entries)
    _worker_lexicon = None if rows is None else TriggerLexicon(rows)
    extract(_WARM_UP, gazetteer=_worker_gazetteer, lexicon=_worker_lexicon)


def _adopt_vocabularies(gazetteer: Gazetteer, lexicon: TriggerLexicon) -> None:
    """Use the vocabularies a forked worker inherited, already built and warmed."""
    global _worker_gazetteer, _worker_lexicon
    _worker_gazetteer, _worker_lexicon = gazetteer, lexicon


def _extract_chunk(docs: list[Document | str], published: _dt.date | str | None) -> list[_Outcome]:
    """Extract one chunk in a worker, with the vocabularies :func:`_init_worker` built: each
    document's extraction, up to the first that raises, and then its error."""
    out: list[_Outcome] = []
    for d in docs:
        try:
            ex = extract(
                d, published=published, gazetteer=_worker_gazetteer, lexicon=_worker_lexicon
            )
        except Exception as e:  # raised in its place by the parent process
            out.append((None, e))
            break
        out.append((ex, None))
    return out
