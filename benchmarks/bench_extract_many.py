"""Throughput of ``extract_many``: the bundled example articles repeated to N documents.

Extracts the corpus once in this process (``workers=1``) and once on a process pool for each
worker count given, checks that every run returns the same extractions, and prints
documents per second and characters per second. The pool's start-up and each worker's one-off
loading of the gazetteer and lexicons are inside the timing, as a user would see them. Run
from the repository root:

    python benchmarks/bench_extract_many.py                  # 2,000 documents, 1 and 2 workers
    python benchmarks/bench_extract_many.py --docs 500 --workers 1 2 4 --json out.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pathlib
import platform
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout, installed or not

import deepseek_policy as dp  # noqa: E402
from deepseek_policy.extract import DEFAULT_CHUNKSIZE  # noqa: E402

ARTICLES = ROOT / "examples" / "articles"


def corpus(n: int) -> list[dp.Document]:
    """The example articles, cycled to ``n`` documents (each keeps its own id)."""
    base = list(dp.read_corpus(ARTICLES))
    return list(itertools.islice(itertools.cycle(base), n))


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def ceiling(workers: int, n: int = 5_000_000) -> float:
    """The speed-up the machine gives right now to ``workers`` processes of pure Python work:
    a control for the figures below (other load on the machine lowers it)."""
    import concurrent.futures

    start = time.perf_counter()
    for _ in range(workers):
        _burn(n)
    serial = time.perf_counter() - start
    with concurrent.futures.ProcessPoolExecutor(workers) as pool:
        list(pool.map(_burn, [n] * workers))  # start the workers before timing
        start = time.perf_counter()
        list(pool.map(_burn, [n] * workers))
        parallel = time.perf_counter() - start
    return serial / parallel


def run(docs: list[dp.Document], workers: int, chunksize: int) -> tuple[float, list[dp.Extraction]]:
    start = time.perf_counter()
    results = list(dp.extract_many(docs, workers=workers, chunksize=chunksize))
    return time.perf_counter() - start, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents (default: 2000)")
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default: 1 2)"
    )
    parser.add_argument(
        "--chunksize",
        type=int,
        default=DEFAULT_CHUNKSIZE,
        help=f"documents per task for workers > 1 (default: {DEFAULT_CHUNKSIZE})",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per worker count; the best is kept (default: 1)"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)

    articles = len(list(dp.read_corpus(ARTICLES)))
    docs = corpus(args.docs)
    chars = sum(len(d.text) for d in docs)
    dp.extract(docs[0])  # load the shared vocabularies before timing the sequential run
    print(
        f"{len(docs)} documents, {chars:,} characters "
        f"({articles} example articles repeated); "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs",
    )
    controls = {w: round(ceiling(w), 2) for w in args.workers if w > 1}
    for w, c in controls.items():
        print(f"control: {w} processes of pure Python run {c:.2f}x faster than one, right now")
    print(f"{'workers':>7}  {'seconds':>8}  {'docs/s':>8}  {'chars/s':>11}  speed-up")
    rows = []
    reference: list[dp.Extraction] | None = None
    base_seconds: float | None = None
    for workers in args.workers:
        seconds, results = min(
            (run(docs, workers, args.chunksize) for _ in range(max(1, args.repeat))),
            key=lambda timed: timed[0],
        )
        if reference is None:
            reference = results
        elif results != reference:
            print(f"workers={workers} gave different extractions", file=sys.stderr)
            return 1
        base_seconds = base_seconds or seconds
        row = {
            "workers": workers,
            "seconds": round(seconds, 3),
            "docs_per_second": round(len(docs) / seconds, 1),
            "chars_per_second": round(chars / seconds),
            "speedup": round(base_seconds / seconds, 2),
        }
        rows.append(row)
        print(
            f"{workers:>7}  {seconds:8.2f}  {row['docs_per_second']:8.1f}  "
            f"{row['chars_per_second']:>11,}  {row['speedup']:.2f}x"
        )
    if args.json:
        report = {
            "documents": len(docs),
            "characters": chars,
            "chunksize": args.chunksize,
            "repeat": args.repeat,
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "control_speedup": controls,
            "runs": rows,
        }
        pathlib.Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
