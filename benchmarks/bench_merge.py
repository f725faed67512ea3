"""How fast ``merge`` is on a corpus: 10,000 synthetic extractions.

Run from the repository root::

    python benchmarks/bench_merge.py            # 10,000 extractions
    python benchmarks/bench_merge.py 50000      # another size

The corpus is deterministic (seeded): 400 actors in 20 countries (countries, regulators,
agencies, companies), one to four actions per document over all fifteen kinds, dates over
2024-2025 at every precision (day, week, month, year) or none, one of five targets, and
documents re-reporting earlier ones so that events have several sources. It prints the time
of one flat merge (best of three), the time per 1,000 extractions, and the time of a tree
reduction in chunks of 1,000 (what a Dask or Ray job does), which must give the same events.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from deepseek_policy import merge
from deepseek_policy.model import (
    Action,
    ActionKind,
    Actor,
    Date,
    Document,
    Extraction,
    Span,
)

COUNTRIES = ["KR", "IT", "AU", "TW", "JP", "US", "CN", "FR", "DE", "IE",
             "GB", "IN", "NL", "BE", "ES", "CA", "SG", "NZ", "BR", "ZA"]  # fmt: skip
TARGETS = [("DeepSeek",), ("DeepSeek",), ("DeepSeek",), ("TikTok",), ("generative AI",)]
START = dt.date(2024, 1, 1)


def actors() -> list[Actor]:
    out: list[Actor] = []
    for code in COUNTRIES:
        low = code.lower()
        out.append(Actor(low, f"Country {code}", "country", code))
        out.append(Actor(f"{low}-dpa", f"Data authority {code}", "regulator", code, parent=low))
        out.extend(
            Actor(f"{low}-m{i}", f"Ministry {i} of {code}", "government_agency", code, parent=low)
            for i in range(8)
        )
        out.extend(
            Actor(f"{low}-c{i}", f"Company {i} of {code}", "company", code) for i in range(10)
        )
    return out


def a_date(rng: random.Random, day: dt.date) -> Date | None:
    roll = rng.random()
    if roll < 0.25:
        return None
    if roll < 0.75:
        return Date.of_day(day)
    if roll < 0.85:
        return Date.of_week(day)
    if roll < 0.97:
        return Date.of_month(day.year, day.month)
    return Date.of_year(day.year)


def corpus(n: int, seed: int = 7) -> list[Extraction]:
    rng = random.Random(seed)
    everyone = actors()
    kinds = list(ActionKind)
    # the real-world happenings that documents report, several times each
    happenings = [
        (rng.choice(everyone), rng.choice(kinds), START + dt.timedelta(days=rng.randrange(730)),
         rng.choice(TARGETS))
        for _ in range(n // 2)
    ]  # fmt: skip
    out: list[Extraction] = []
    for d in range(n):
        picked = [rng.choice(happenings) for _ in range(rng.randint(1, 4))]
        sentences = [f"{a.name} did {k.value} to {'/'.join(t)} ({i})."
                     for i, (a, k, _, t) in enumerate(picked)]  # fmt: skip
        text = " ".join(sentences)
        actions = []
        pos = 0
        for sentence, (actor, kind, day, targets) in zip(sentences, picked, strict=True):
            jitter = dt.timedelta(days=rng.choice((0, 0, 0, 1, -1, 2, -2, 5)))
            actions.append(
                Action(
                    actor.id,
                    kind,
                    Span.of(text, pos, pos + len(sentence)),
                    targets=targets,
                    date=a_date(rng, day + jitter),
                )
            )
            pos += len(sentence) + 1
        used = {a.id: a for a, _, _, _ in picked}
        published = max(day for _, _, day, _ in picked) + dt.timedelta(days=rng.randrange(10))
        document = Document(f"doc{d:06d}", text, published=published)
        out.append(Extraction(document, list(used.values()), actions))
    return out


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 10_000
    t0 = time.perf_counter()
    items = corpus(n)
    built = time.perf_counter() - t0
    n_actions = sum(len(x.actions) for x in items)
    print(f"built {n} extractions ({n_actions} actions) in {built:.2f} s")

    best = float("inf")
    events: tuple[object, ...] = ()
    for _ in range(3):
        t0 = time.perf_counter()
        events = merge(items)
        best = min(best, time.perf_counter() - t0)
    print(f"merge: {len(events)} events from {n} extractions in {best:.3f} s "
          f"(best of 3) = {best / n * 1000:.3f} s per 1,000 extractions")  # fmt: skip

    t0 = time.perf_counter()
    chunks = [merge(items[i : i + 1000]) for i in range(0, n, 1000)]
    tree = merge([e for chunk in chunks for e in chunk])
    took = time.perf_counter() - t0
    same = "same events" if tree == events else "DIFFERENT EVENTS"
    print(f"tree reduction in chunks of 1,000: {took:.3f} s ({same})")
    return 0 if tree == events else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
