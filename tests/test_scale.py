"""Scaling out: records pickle, ``extract_many`` in parallel equals sequential, the Dask recipe."""

from __future__ import annotations

import importlib
import itertools
import multiprocessing
import os
import pathlib
import pickle
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import deepseek_policy as dp
from deepseek_policy import errors

extract_module = importlib.import_module("deepseek_policy.extract")  # the module, not the function

ROOT = pathlib.Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="module")
def docs() -> list[dp.Document]:
    found = list(dp.read_corpus(ARTICLES))
    assert len(found) >= 3
    return found


@pytest.fixture(scope="module")
def sequential(docs: list[dp.Document]) -> list[dp.Extraction]:
    return [dp.extract(d) for d in docs]


# ---------------------------------------------------------------------------------------------
# pickling: what crosses a process boundary comes back equal
# ---------------------------------------------------------------------------------------------


def test_extractions_and_documents_pickle(sequential: list[dp.Extraction]) -> None:
    for ex in sequential:
        back = pickle.loads(pickle.dumps(ex))
        assert back == ex
        assert back.document == ex.document
        assert back.to_dict() == ex.to_dict()
    assert any(ex.actions for ex in sequential), "the examples should give some actions"


def test_records_and_enums_pickle(sequential: list[dp.Extraction]) -> None:
    records: list[object] = []
    for ex in sequential:
        records += [*ex.actors, *ex.actions, *ex.claims, *ex.quantities]
    records += [dp.Date.parse("2025-W06"), dp.Span.of("abc", 0, 2), *dp.ActionKind, *dp.Scope]
    for record in records:
        assert pickle.loads(pickle.dumps(record)) == record
    week = pickle.loads(pickle.dumps(dp.Date.parse("2025-W06")))
    assert (week.first_day.isoformat(), week.last_day.isoformat()) == ("2025-02-03", "2025-02-09")


def test_records_pickle_as_their_fields_and_copy(sequential: list[dp.Extraction]) -> None:
    """A record pickles as its field values and comes back without the constructor's checks
    (it was checked when made); every field, derived ones included, survives, and copies too."""
    import copy

    ex = next(e for e in sequential if e.actions and e.claims)
    data = pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL)
    assert b"_restore" in data
    assert b"__setstate__" not in data
    back = pickle.loads(data)
    assert back == ex
    assert type(back.actions[0]) is dp.Action
    assert back.actions[0].evidence.text == ex.actions[0].evidence.text
    week = copy.copy(dp.Date.parse("2025-W06"))
    assert week.first_day.isoformat() == "2025-02-03"  # a derived field, not passed to __init__
    assert copy.deepcopy(ex) == ex
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        back.actions[0].kind = dp.ActionKind.BLOCK  # type: ignore[misc]


def test_a_pickle_of_other_fields_is_refused() -> None:
    from deepseek_policy.model import _restore

    with pytest.raises(errors.SchemaError, match="Actor"):
        _restore(dp.Actor, ("x-id", "X"))


@attrs.frozen
class _NotedDocument(dp.Document):
    note: str = ""


def test_a_record_subclass_keeps_attrs_pickling() -> None:
    doc = _NotedDocument(id="a1", text="Seoul blocked it.", note="seen")
    back = pickle.loads(pickle.dumps(doc))
    assert back == doc
    assert back.note == "seen"


@pytest.mark.parametrize(
    "error",
    [
        errors.SchemaError("actions[0].kind", "'bann' is not an ActionKind"),
        errors.InputTypeError("extract() takes a Document or a str, not int"),
        errors.LexiconError("triggers.tsv: unknown kind 'x'"),
        errors.ReadError("a.txt", "cannot be read"),
        errors.MissingFileError("missing.txt", "no such file or folder"),
        errors.EmptyArticleError("empty.txt", "holds no text"),
        errors.BinaryFileError("x.pdf", "is a binary file"),
        errors.DecodeError("x.txt", "is not UTF-8"),
        errors.FileTooLargeError("big.txt", "is larger than 10 bytes"),
        errors.CorpusReadError("corpus.jsonl", "line 3: not JSON", "corpus.jsonl:3"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_pickle(error: Exception) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert str(back) == str(error)
    assert back.args == error.args
    assert vars(back) == vars(error)


# ---------------------------------------------------------------------------------------------
# extract_many
# ---------------------------------------------------------------------------------------------


def test_extract_many_sequential_equals_extract(
    docs: list[dp.Document], sequential: list[dp.Extraction]
) -> None:
    assert list(dp.extract_many(docs)) == sequential
    assert list(dp.extract_many(docs, workers=1)) == sequential


def test_extract_many_two_workers_equals_sequential(
    docs: list[dp.Document], sequential: list[dp.Extraction]
) -> None:
    many = docs * 5  # several chunks, more than fit in flight at once
    got = list(dp.extract_many(many, workers=2, chunksize=2))
    assert got == sequential * 5
    assert [ex.document.id for ex in got] == [d.id for d in many]


def test_extract_many_takes_strings_and_published() -> None:
    texts = ["Italy's privacy watchdog blocked DeepSeek on Thursday.", "No policy news here."]
    seq = list(dp.extract_many(texts, published="2025-01-31"))
    par = list(dp.extract_many(texts, workers=2, chunksize=1, published="2025-01-31"))
    assert seq == par == [dp.extract(t, published="2025-01-31") for t in texts]
    assert seq[0].document.published is not None
    assert seq[0].document.published.isoformat() == "2025-01-31"


def test_extract_many_is_lazy_and_streams() -> None:
    pulled: list[int] = []

    def source() -> Iterator[str]:
        for i in range(1000):
            pulled.append(i)
            yield f"Story {i}\n\nJapan urged caution over DeepSeek."

    results = dp.extract_many(source(), workers=2, chunksize=4)
    assert pulled == []  # nothing is read before iteration starts
    first = next(results)
    assert first.document.title == "Story 0"
    # bounded read-ahead, not the whole source: the chunks in flight (2 per worker), the
    # chunks read ahead (1 per worker, and the one being formed), and one more chunk sent
    assert len(pulled) <= 4 * (2 * 2 + 2 + 1) + 4
    results.close()  # stops the workers


def test_extract_many_empty_input() -> None:
    assert list(dp.extract_many([])) == []
    assert list(dp.extract_many([], workers=2)) == []


@pytest.mark.parametrize("workers", [0, -1, 1.5, True, "2"])
def test_extract_many_rejects_bad_workers(workers: object) -> None:
    with pytest.raises(ValueError, match="workers"):
        dp.extract_many(["text"], workers=workers)  # type: ignore[arg-type]


@pytest.mark.parametrize("chunksize", [0, -3, 2.0])
def test_extract_many_rejects_bad_chunksize(chunksize: object) -> None:
    with pytest.raises(ValueError, match="chunksize"):
        dp.extract_many(["text"], chunksize=chunksize)  # type: ignore[arg-type]


def test_extract_many_rejects_a_single_document() -> None:
    with pytest.raises(dp.DeepSeekPolicyError):
        dp.extract_many("Italy blocked DeepSeek.")  # type: ignore[arg-type]


@pytest.mark.parametrize(("workers", "chunksize"), [(None, 1), (2, 1), (2, 8), (2, 64)])
def test_extract_many_raises_at_the_bad_item_after_the_results_before_it(
    workers: int | None, chunksize: int
) -> None:
    """With chunks of 8 the bad item is the fifth of its chunk (items 16-23), far from the
    input's end, where the chunks get smaller."""
    good = [f"Story {i}\n\nJapan urged caution over DeepSeek." for i in range(40)]
    items: list[object] = [*good[:20], 42, *good[20:]]
    results = dp.extract_many(items, workers=workers, chunksize=chunksize)  # type: ignore[arg-type]
    got, error = _until_error(results)
    assert [ex.document.text for ex in got] == good[:20]
    assert isinstance(error, errors.InputTypeError)


@pytest.mark.parametrize(("workers", "chunksize"), [(None, 1), (2, 1), (2, 3), (2, 64)])
def test_an_error_of_the_input_itself_comes_after_the_results_before_it(
    workers: int | None, chunksize: int
) -> None:
    def source() -> Iterator[str]:
        for i in range(7):
            yield f"Story {i}\n\nJapan urged caution over DeepSeek."
        raise OSError("the disk went away")

    got, error = _until_error(dp.extract_many(source(), workers=workers, chunksize=chunksize))
    assert [ex.document.title for ex in got] == [f"Story {i}" for i in range(7)]
    assert isinstance(error, OSError)
    assert "went away" in str(error)


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(0, 300),
    size=st.integers(1, 70),
    workers=st.integers(2, 4),
    fail=st.booleans(),
)
def test_chunks_keep_the_order_read_a_bounded_way_ahead_and_shrink_at_the_end(
    n: int, size: int, workers: int, fail: bool
) -> None:
    pulled: list[int] = []

    def source() -> Iterator[str]:
        for i in range(n):
            pulled.append(i)
            yield str(i)
        if fail:
            raise OSError("gone")

    chunks = []
    sent = 0
    for chunk, error in extract_module._chunks(source(), size, workers):
        sent += len(chunk)
        assert len(pulled) <= sent + size * (workers + 1)  # a bounded read-ahead
        chunks.append((chunk, error))
    assert [int(x) for chunk, _e in chunks for x in chunk] == list(range(n))  # in order, all
    assert all(len(chunk) <= size for chunk, _e in chunks)
    assert all(chunk for chunk, _e in chunks[:-1])  # only the last may be empty (the error)
    failures = [e for _c, e in chunks if e is not None]
    assert len(failures) == int(fail)
    if fail:
        assert chunks[-1][1] is failures[0]
        assert isinstance(failures[0], OSError)
    sizes = [len(chunk) for chunk, _e in chunks if chunk]
    full = next((i for i, k in enumerate(sizes) if k < size), len(sizes))
    assert sizes[full:] == sorted(sizes[full:], reverse=True)  # the tail only shrinks
    assert not sizes or sizes[-1] <= max(1, size // 2)  # and ends small


def _until_error(results: Iterator[dp.Extraction]) -> tuple[list[dp.Extraction], Exception | None]:
    """The results up to the first error, and that error."""
    got: list[dp.Extraction] = []
    try:
        got.extend(results)
    except Exception as e:  # the error under test, whichever it is
        return got, e
    return got, None


@pytest.mark.parametrize("workers", [None, 2])
def test_extract_many_raises_at_the_bad_item(workers: int | None) -> None:
    items: list[object] = ["Japan urged caution over DeepSeek.", 42, "Italy blocked DeepSeek."]
    results = dp.extract_many(items, workers=workers, chunksize=1)  # type: ignore[arg-type]
    assert next(results).document.text.startswith("Japan")
    with pytest.raises(TypeError, match="not int"):
        next(results)


_SPAWN_SCRIPT = textwrap.dedent(
    """
    import multiprocessing
    import sys
    import deepseek_policy as dp
    from deepseek_policy.gazetteer import Entry, Gazetteer, default_gazetteer

    if __name__ == "__main__":
        multiprocessing.set_start_method(sys.argv[1])
        text = "The Quillon Data Office said it had banned DeepSeek on work phones."
        default_gazetteer().add(Entry(id="xq-qdo", name="Quillon Data Office", kind="regulator"))
        [par] = dp.extract_many([text], workers=2)
        assert par == dp.extract(text), (par, dp.extract(text))
        assert "Quillon Data Office" in [a.name for a in par.actors], par.actors
        own = Gazetteer([Entry(id="xq-qdo", name="Quillon Data Office", kind="regulator")])
        [mine] = dp.extract_many([text], workers=2, gazetteer=own)
        assert mine == dp.extract(text, gazetteer=own)
        print("ok")
    """
)


@pytest.mark.parametrize(
    "method", [m for m in ("spawn", "fork") if m in multiprocessing.get_all_start_methods()]
)
def test_extract_many_carries_run_time_vocabulary_to_workers(
    tmp_path: pathlib.Path, method: str
) -> None:
    """Spawned workers rebuild the vocabularies from their entries; forked ones inherit the
    parent's, built and warmed; either way a run-time addition reaches them."""
    script = tmp_path / "workers.py"
    script.write_text(_SPAWN_SCRIPT, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, str(script), method],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


# ---------------------------------------------------------------------------------------------
# the cluster recipe of docs/scale.md, on a local Dask
# ---------------------------------------------------------------------------------------------


def test_dask_bag_recipe(sequential: list[dp.Extraction]) -> None:
    dask = pytest.importorskip("dask")
    import dask.bag as db

    paths = sorted(str(p) for p in ARTICLES.glob("*.txt"))
    with dask.config.set(scheduler="processes", num_workers=2):
        bag = db.from_sequence(paths, npartitions=3).map(dp.read_article).map(dp.extract)
        extractions = bag.compute()
    assert extractions == sequential


def _merge_parts(parts: Iterable[Iterable[dp.Event]]) -> tuple[dp.Event, ...]:
    """The recipe's ``aggregate``: Dask hands it the partial results, each a tuple of events."""
    return dp.merge(itertools.chain.from_iterable(parts))


def test_dask_bag_tree_reduction_with_merge(sequential: list[dp.Extraction]) -> None:
    dask = pytest.importorskip("dask")
    if not hasattr(dp, "merge"):
        pytest.skip("deepseek_policy.merge (aggregate.py) is not there yet")
    import dask.bag as db

    paths = sorted(str(p) for p in ARTICLES.glob("*.txt"))
    flat = dp.merge(sequential)
    with dask.config.set(scheduler="processes", num_workers=2):
        bag = db.from_sequence(paths, npartitions=5).map(dp.read_article).map(dp.extract)
        for split_every in (2, 3, 8):  # trees of different shapes give the same events
            events = bag.reduction(dp.merge, _merge_parts, split_every=split_every).compute()
            assert events == flat
    assert any(e.corroboration > 1 for e in flat), "some events should merge across articles"
