"""End-to-end and per-stage speed of ``extract``, against the floor of one trivial regex pass.

Run by hand from the repository root (not a test; a full run takes a few minutes)::

    python benchmarks/bench_extract.py                       # 10 KB .. 10 MB, corpus, memory
    python benchmarks/bench_extract.py --sizes 10000 100000 --corpus 100 --no-memory
    python benchmarks/bench_extract.py --profile 1000000     # cProfile hotspots on 1 MB
    python benchmarks/bench_extract.py --json bench.json     # also write the numbers

The text is synthetic news: articles written here from templates (headline, dateline,
paragraphs of two to five sentences naming many actors, dates, quotations and amounts), so
the numbers can be reproduced anywhere. A document of N characters is articles joined until
it is N characters long.

What it reports, as Markdown tables:

* end-to-end characters per second of ``deepseek_policy.extract`` on single documents of each
  size (the target is at least 1 MB/s, and rates within 20% of each other across sizes, that
  is, linear time), and on a corpus of many 10 KB documents;
* the floor: one pass of ``regex`` with a trivial pattern (``\\w+``) over the same text, and how
  many times slower than that the pipeline is;
* the time of each stage, called as ``deepseek_policy.extract.extract`` calls them;
* peak memory (``tracemalloc``) during one extraction, relative to the size of the text
  (target: under 5x);
* import time of the package in a fresh interpreter (target: under 0.3 s), and the first
  ``extract`` call, which loads the gazetteer and lexicons.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import os
import platform
import pstats
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import regex

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

PUBLISHED = dt.date(2025, 2, 6)
MB = 1_000_000

# ---------------------------------------------------------------------------------------------
# synthetic news, written for this benchmark
# ---------------------------------------------------------------------------------------------

COUNTRIES = [
    "South Korea", "Italy", "Taiwan", "Australia", "Japan", "India", "Germany", "France",
    "the Netherlands", "Ireland", "Belgium", "Canada", "the United States", "Texas",
    "Virginia", "New York", "Singapore", "Malaysia", "Indonesia", "Vietnam", "Brazil",
]  # fmt: skip
BODIES = [
    "the data protection authority", "the privacy watchdog", "the industry ministry",
    "the Ministry of Foreign Affairs", "the defence ministry", "the finance ministry",
    "the communications regulator", "the cybersecurity agency", "the national assembly",
    "the state government", "the navy", "the space agency", "the trade commission",
    "the Ministry of Digital Affairs", "the consumer protection office",
]  # fmt: skip
COMPANIES = [
    "Microsoft", "Amazon Web Services", "Nvidia", "Samsung Electronics", "Kakao", "Naver",
    "SK Telecom", "LG Uplus", "Perplexity", "Alibaba", "Tencent", "Baidu", "Huawei",
    "Lenovo", "Toyota Motor", "SoftBank", "Infosys", "Tata Consultancy Services",
]  # fmt: skip
PEOPLE = [
    ("Kim Min-su", "a ministry spokesperson"), ("Laura Bianchi", "a lawyer at the agency"),
    ("Chen Wei-ling", "deputy minister"), ("Tom Hartley", "an analyst at a research firm"),
    ("Priya Raman", "the agency's director"), ("Hiroshi Tanaka", "chief cabinet secretary"),
    ("Ana Souza", "a senator"), ("Mark Olsen", "the company's chief executive"),
]  # fmt: skip
RESTRICT = [
    ("banned", "ban"), ("blocked", "block"), ("restricted", "restrict"),
    ("suspended", "suspend"), ("prohibited", "prohibit"),
]  # fmt: skip
SCRUTINY = ["investigate", "review", "examine", "look into", "seek information about"]
SUPPORT = [
    ("adopted", "adopt"), ("integrated", "integrate"), ("deployed", "deploy"),
    ("made available", "make available"),
]  # fmt: skip
TARGETS = [
    "DeepSeek", "the DeepSeek app", "DeepSeek's chatbot", "the R1 model", "the Chinese AI app",
    "DeepSeek and similar services",
]  # fmt: skip
SCOPES = [
    "on government devices", "on work phones", "from app stores", "across public agencies",
    "for staff", "on networks of the state power company", "in schools",
]  # fmt: skip
REASONS = [
    "over privacy concerns", "citing national security", "because of data security risks",
    "amid questions about where user data is stored", "to protect sensitive information",
    "after reports that the app sends data abroad",
]  # fmt: skip
DATES = [
    "on Monday", "on Tuesday", "on Thursday", "on Jan. 28", "on Jan. 31", "on Feb. 3",
    "on Feb. 6, 2025", "last week", "earlier this month", "late last month", "yesterday",
    "on the 4th", "in early February", "three days later",
]  # fmt: skip
MONEY = [
    "$5.6 million", "about $6 million", "1.2 billion yuan ($165 million)", "€15 million",
    "more than $1 billion", "2 trillion won", "$500,000", "up to $20 million",
]  # fmt: skip
PERCENT = ["17%", "about 3 percent", "more than 40%", "12.5 per cent", "nearly half"]
COUNTS = ["2,000 GPUs", "10,000 officials", "about 300 agencies", "some 1.5 million users"]
DURATIONS = ["10 days", "two weeks", "three months", "48 hours", "a year"]
QUOTES = [
    "We are taking this step to protect the personal data of our citizens",
    "The app will remain blocked until the company answers our questions",
    "There is no evidence that any data has left the country",
    "Staff should not install unapproved AI tools on official devices",
    "We welcome competition, but the rules apply to everyone",
    "This is a precaution, not a verdict on the technology",
    "Our engineers tested the model and found it fast and inexpensive",
]  # fmt: skip


def _sentence(rng: random.Random) -> str:
    c, c2 = rng.choice(COUNTRIES), rng.choice(COUNTRIES)
    body, company = rng.choice(BODIES), rng.choice(COMPANIES)
    person, role = rng.choice(PEOPLE)
    past, base = rng.choice(RESTRICT)
    spast, _ = rng.choice(SUPPORT)
    target, scope, reason = rng.choice(TARGETS), rng.choice(SCOPES), rng.choice(REASONS)
    date, date2 = rng.choice(DATES), rng.choice(DATES)
    quote = rng.choice(QUOTES)
    templates = [
        f"{c} {past} {target} {scope} {date}, {reason}.",
        f"{c}'s {body.removeprefix('the ')} said {date} it would {base} {target} {scope}.",
        f'"{quote}," {person}, {role}, said in a statement {date}.',
        f"{person}, {role}, told reporters: “{quote}.”",
        f"{c2}'s {body.removeprefix('the ')} is considering whether to "
        f"{rng.choice(SCRUTINY)} {target}, according to "
        f"{rng.choice(['officials', 'local media'])}.",
        f"{company} said it had spent {rng.choice(MONEY)} on the project, about "
        f"{rng.choice(PERCENT)} of its annual budget.",
        f"Officials estimated that {rng.choice(COUNTS)} were affected over "
        f"{rng.choice(DURATIONS)}.",
        f"{c} joined {c2} and {rng.choice(COUNTRIES)} in restricting the app {scope}.",
        f"{company} {spast} {target} into its cloud service {date2}, saying it would cut "
        f"costs by {rng.choice(PERCENT)}.",
        f"{c}'s {body.removeprefix('the ')} asked the company for information about how it "
        f"stores personal data, giving it {rng.choice(DURATIONS)} to reply.",
        f"Shares of {company} fell {rng.choice(PERCENT)} {date}.",
        f"Meanwhile, {c2} lifted its ban on {target} {date2} after the company changed its "
        f"privacy policy.",
        f"The decision followed a {rng.choice(DURATIONS)} review by {body}, which found "
        f"{rng.choice(COUNTS)} at risk.",
        f"‘{quote},’ said {person}.",
        f"{body.capitalize()} of {c} warned users against {target} {date}, {reason}.",
    ]
    return rng.choice(templates)


def article(rng: random.Random, number: int) -> str:
    """One synthetic news article: headline, dateline, four to ten paragraphs."""
    headline = (
        f"{rng.choice(COUNTRIES)} moves on DeepSeek as {rng.choice(COUNTRIES)} weighs curbs "
        f"({number})"
    )
    city = rng.choice(["SEOUL", "ROME", "TAIPEI", "SYDNEY", "TOKYO", "BRUSSELS", "AUSTIN"])
    paragraphs = [
        " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        for _ in range(rng.randint(4, 10))
    ]
    paragraphs[0] = f"{city}, Feb. {rng.randint(1, 9)} - " + paragraphs[0]
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def document(size: int, seed: int = 0) -> str:
    """Synthetic articles joined into one text of ``size`` characters (cut at a line end)."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(article(rng, len(parts) + 1))
        total += len(parts[-1]) + 2
    text = "\n\n".join(parts)
    cut = text.rfind("\n", 0, size)
    return text[: cut + 1 if cut > size // 2 else size]


# ---------------------------------------------------------------------------------------------
# measurements
# ---------------------------------------------------------------------------------------------


def best_of(repeat: int, fn: Callable[[], Any]) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def floor_time(text: str, repeat: int = 3) -> float:
    """One pass of a trivial regex over the text: the physical floor of a regex pipeline."""
    word = regex.compile(r"\w+")

    def scan() -> None:
        for _ in word.finditer(text):
            pass

    return best_of(repeat, scan)


def stage_times(text: str) -> dict[str, float]:
    """Each stage of ``extract`` timed alone, called the way ``extract`` calls it."""
    import importlib

    # the package re-exports the function ``extract``, which hides the module of that name
    ex_mod = importlib.import_module("deepseek_policy.extract")
    from deepseek_policy._segment import segment
    from deepseek_policy.actions import find_actions, merge_country_level
    from deepseek_policy.actors import ActorIndex
    from deepseek_policy.claims import find_claims
    from deepseek_policy.dates import find_dates
    from deepseek_policy.gazetteer import default_gazetteer
    from deepseek_policy.model import Extraction
    from deepseek_policy.quantities import find_quantities
    from deepseek_policy.readers import parse_article

    out: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        gc.collect()
        start = time.perf_counter()
        value = fn()
        out[name] = time.perf_counter() - start
        return value

    doc = timed("read (parse_article)", lambda: parse_article(text, published=PUBLISHED))
    body, where = timed("working text", lambda: ex_mod._working_text(doc.text))
    seg = timed("segment", lambda: segment(body))
    index = timed("actors (ActorIndex)", lambda: ActorIndex(body, seg, default_gazetteer()))
    dates = timed("dates", lambda: find_dates(body, doc.published))
    quantities = timed("quantities", lambda: find_quantities(body))
    actions = timed(
        "actions",
        lambda: tuple(
            merge_country_level(find_actions(body, seg, index, dates, doc.published, None), index)
        ),
    )
    claims = timed(
        "claims",
        lambda: find_claims(body, seg, index, dates, quantities, doc.published, actions=actions),
    )

    def build() -> Extraction:
        records = (actions, claims, quantities)
        if body != doc.text:  # a hard-wrapped text: spans are re-read from the original
            records = ex_mod._original_spans(doc.text, where, *records)
        ids = [a.actor for a in records[0]] + [c.speaker for c in records[1] if c.speaker]
        return Extraction(
            document=doc,
            actors=index.actors(ids),
            actions=records[0],
            claims=records[1],
            quantities=records[2],
        )

    timed("records (Extraction)", build)
    return out


def peak_memory(text: str) -> int:
    import deepseek_policy as dp

    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    dp.extract(text, published=PUBLISHED)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def import_time(repeat: int = 5) -> tuple[float, float]:
    """(median wall time of ``import deepseek_policy`` in a fresh interpreter, minus an empty
    interpreter's start-up; median cumulative self-reported by ``-X importtime``)."""
    env = {**os.environ, "PYTHONPATH": ROOT}

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
        return time.perf_counter() - start

    walls, reported = [], []
    for _ in range(repeat):
        walls.append(run("import deepseek_policy") - run("pass"))
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import deepseek_policy"],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        for line in done.stderr.splitlines():
            cells = [c.strip() for c in line.removeprefix("import time:").split("|")]
            if len(cells) == 3 and cells[2] == "deepseek_policy":
                reported.append(int(cells[1]) / 1e6)
    return statistics.median(walls), statistics.median(reported) if reported else float("nan")


def first_call() -> float:
    """A fresh interpreter's first ``extract`` (loads the gazetteer and lexicons), in seconds."""
    code = (
        "import time, deepseek_policy as dp\n"
        "t = time.perf_counter()\n"
        "dp.extract('Italy blocks DeepSeek\\n\\nItaly blocked DeepSeek on Jan. 30.')\n"
        "print(time.perf_counter() - t)\n"
    )
    env = {**os.environ, "PYTHONPATH": ROOT}
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True
    )
    return float(done.stdout.strip())


def profile(text: str, top: int = 25) -> str:
    import deepseek_policy as dp

    prof = cProfile.Profile()
    prof.enable()
    dp.extract(text, published=PUBLISHED)
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------------


def human(n: float) -> str:
    for unit, size in (("MB", MB), ("KB", 1000)):
        if n >= size * 0.95:
            return f"{n / size:.3g} {unit}"
    return f"{n:.0f} B"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[10_000, 100_000, MB, 10 * MB],
        help="single-document sizes in characters",
    )  # fmt: skip
    parser.add_argument("--corpus", type=int, default=1000, help="how many 10 KB documents")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--profile", type=int, metavar="SIZE", help="cProfile one document")
    parser.add_argument("--json", help="also write the numbers to this file")
    args = parser.parse_args(argv)

    import deepseek_policy as dp

    results: dict[str, Any] = {
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}",
        "version": dp.__version__,
    }
    if args.profile:
        dp.extract(document(10_000), published=PUBLISHED)
        print(profile(document(args.profile)))
        return 0

    wall, reported = import_time()
    first = first_call()
    results["import_s"], results["import_reported_s"], results["first_call_s"] = (
        wall,
        reported,
        first,
    )
    dp.extract(document(10_000, seed=99), published=PUBLISHED)  # warm: lexicons, patterns

    rows = []
    for size in args.sizes:
        text = document(size)
        repeat = 3 if size <= MB else 1
        t = best_of(repeat, lambda text=text: dp.extract(text, published=PUBLISHED))
        f = floor_time(text)
        rows.append({"size": len(text), "seconds": t, "floor": f})
        print(f"  {human(len(text))}: {t:.2f} s", file=sys.stderr, flush=True)
    results["documents"] = rows

    if args.corpus:
        docs = [document(10_000, seed=1000 + i) for i in range(args.corpus)]
        total = sum(len(d) for d in docs)
        start = time.perf_counter()
        for d in docs:
            dp.extract(d, published=PUBLISHED)
        t = time.perf_counter() - start
        f = sum(floor_time(d, repeat=1) for d in docs)
        results["corpus"] = {"documents": len(docs), "size": total, "seconds": t, "floor": f}
        print(f"  corpus: {t:.2f} s", file=sys.stderr, flush=True)

    stage_size = MB if MB in args.sizes else args.sizes[-1]
    stage_text = document(stage_size)
    stage_times(stage_text)  # once to warm
    results["stages"] = {"size": len(stage_text), "seconds": stage_times(stage_text)}

    if not args.no_memory:
        mem = []
        for size in [s for s in args.sizes if s <= MB] or args.sizes[:1]:
            text = document(size)
            peak = peak_memory(text)
            mem.append({"size": len(text), "text_bytes": sys.getsizeof(text), "peak": peak})
        results["memory"] = mem

    print(report(results))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(results, out, indent=2)
    return 0


def report(r: dict[str, Any]) -> str:
    lines = [
        f"Python {r['python']} on {r['machine']}; deepseek_policy {r['version']}.",
        "",
        "| input | characters | seconds | chars/s | floor (`\\w+` pass) s | x floor |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    rates = []
    for row in r["documents"]:
        rate = row["size"] / row["seconds"]
        rates.append(rate)
        lines.append(
            f"| one document, {human(row['size'])} | {row['size']:,} | {row['seconds']:.3f} "
            f"| {rate:,.0f} | {row['floor']:.4f} | {row['seconds'] / row['floor']:.0f} |"
        )
    if "corpus" in r:
        c = r["corpus"]
        lines.append(
            f"| corpus, {c['documents']:,} x 10 KB | {c['size']:,} | {c['seconds']:.3f} "
            f"| {c['size'] / c['seconds']:,.0f} | {c['floor']:.4f} "
            f"| {c['seconds'] / c['floor']:.0f} |"
        )
    if len(rates) > 1:
        spread = (max(rates) - min(rates)) / max(rates)
        lines.append("")
        lines.append(
            f"Linearity: the slowest size runs at {1 - spread:.0%} of the fastest's rate "
            f"(target: at least 80%). Target throughput: 1,000,000 chars/s."
        )
    st = r["stages"]
    total = sum(st["seconds"].values())
    lines += [
        "",
        f"Stages on one {human(st['size'])} document:",
        "",
        "| stage | seconds | share | chars/s |",
        "|---|---:|---:|---:|",
    ]
    for name, sec in st["seconds"].items():
        lines.append(
            f"| {name} | {sec:.3f} | {sec / total:.0%} | {st['size'] / max(sec, 1e-9):,.0f} |"
        )
    lines.append(f"| **total** | {total:.3f} | 100% | {st['size'] / total:,.0f} |")
    if "memory" in r:
        lines += [
            "",
            "| document | text in memory | peak traced memory | x text |",
            "|---|---:|---:|---:|",
        ]
        for m in r["memory"]:
            lines.append(
                f"| {human(m['size'])} | {human(m['text_bytes'])} | {human(m['peak'])} "
                f"| {m['peak'] / m['text_bytes']:.1f} |"
            )
    lines += [
        "",
        "| start-up | seconds | target |",
        "|---|---:|---:|",
        f"| `import deepseek_policy` (fresh interpreter, wall, minus bare start-up) "
        f"| {r['import_s']:.3f} | < 0.3 |",
        f"| `import deepseek_policy` (`-X importtime`, cumulative) "
        f"| {r['import_reported_s']:.3f} | < 0.3 |",
        f"| first `extract` call (loads gazetteer and lexicons) | {r['first_call_s']:.3f} | |",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
