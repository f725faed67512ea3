"""Audit every regular expression the package compiles: list it, classify it, stress it.

Run by hand from the repository root (it takes a minute or two)::

    python benchmarks/regex_audit.py                 # Markdown summary and the risky patterns
    python benchmarks/regex_audit.py --all           # every pattern, one table row each
    python benchmarks/regex_audit.py --json audit.json

How it works. ``re.compile`` and ``regex.compile`` are wrapped *before* the package is
imported, so every pattern it compiles is recorded with the file and line that asked for it
(for the ``_rx.rx`` cache, the line that called ``rx``). The package then extracts a few
synthetic articles, so that lazily built patterns (lexicons, the gazetteer's trie, inline
``rx(...)`` patterns) are compiled too. Each recorded pattern is then

* classified by its source: *bounded* when it has no unbounded repetition (``*``, ``+``,
  ``{n,}``) outside a character class, so any one match attempt does a bounded amount of work;
  otherwise it is *unbounded* and its worst case depends on what follows each repetition;
* stressed: scanned with ``finditer`` (as a whole-text scan would) and tried with ``match`` at
  the start (as an anchored call would) over a battery of hostile strings, at two lengths four
  times apart. Linear work grows 4x; backtracking over a run grows 16x or more. A pattern is
  *risky* when some input grows super-linearly (ratio above ``RISKY_RATIO`` with the longer run
  above ``MIN_SECONDS``) or runs out of its time budget;
* flagged *end-anchored* when it ends in ``$`` or ``\\Z`` without a start anchor: a ``search``
  with it scans from the start of the slice it is given, so calling it once per mention or per
  quotation over a slice that grows with the sentence is quadratic at the call site even though
  the pattern itself is linear. The cure is to search a bounded window (the last few hundred
  characters) or to pass ``pos``/``endpos``.

Verdicts: **bounded** (no unbounded repetition), **safe** (unbounded repetition, linear on
every stress input), **risky** (super-linear on some input: the input is named).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import regex

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "deepseek_policy")
SMALL, LARGE = 2_000, 8_000
RISKY_RATIO = 9.0  # 4x the input; linear is ~4, quadratic ~16
MIN_SECONDS = 0.004
BUDGET = 2.0


@dataclass
class Record:
    pattern: str
    flags: int
    engine: str  # "re" or "regex"
    site: str  # path:line of the code that compiled it (or called rx)
    names: list[str] = field(default_factory=list)  # module globals bound to it
    verdict: str = ""
    why: str = ""
    end_anchored: bool = False
    worst: str = ""
    worst_ratio: float = 0.0
    uses: list[str] = field(default_factory=list)


RECORDS: dict[tuple[str, str, int], Record] = {}


def _site() -> str:
    """Where the package asked for the pattern; "" for patterns the standard library compiles
    for itself while the package runs (``platform``, ``json``, ...)."""
    frame: Any = sys._getframe(2)
    path = frame.f_code.co_filename
    if path.endswith(("_rx.py", "_guard.py")) and path.startswith(PACKAGE):
        frame = frame.f_back
        while frame is not None and frame.f_code.co_filename.endswith("functools.py"):
            frame = frame.f_back
        if frame is None:
            return ""
        path = frame.f_code.co_filename
    if not path.startswith(PACKAGE):
        return ""
    return f"{os.path.relpath(path, ROOT)}:{frame.f_lineno}"


def _definition(module: Any, attr: str) -> str:
    """Where a module-level name is assigned: "path:line" (the module's path alone if not
    found)."""
    path = os.path.relpath(module.__file__, ROOT)
    with open(module.__file__, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if re.match(rf"{re.escape(attr)}\s*(?::[^=]*)?=", line):
                return f"{path}:{number}"
    return path


_METHOD = re.compile(r"\.(finditer|search|match|fullmatch|findall|sub|subn|split)\(")
_SCANNING = {"finditer", "search", "findall", "sub", "subn", "split"}


def _uses(record: Record) -> set[str]:
    """The methods the package calls on the pattern, read from its source: for a named
    pattern every ``NAME.method(`` in the package, for an inline one the call on its line."""
    found: set[str] = set()
    sources = {}
    for dirpath, _dirs, files in os.walk(PACKAGE):
        for f in files:
            if f.endswith(".py"):
                full = os.path.join(dirpath, f)
                with open(full, encoding="utf-8") as fh:
                    sources[full] = fh.read()
    for name in record.names:
        attr = name.split(".", 1)[1]
        for text in sources.values():
            for m in re.finditer(rf"(?<![\w.]){re.escape(attr)}\.(\w+)\(", text):
                found.add(m.group(1))
    if not record.names:
        path, line = record.site.rsplit(":", 1)
        lines = sources.get(os.path.join(ROOT, path), "").splitlines()
        start = int(line) - 1
        window = "\n".join(lines[start : start + 6])
        m = _METHOD.search(window)
        if m:
            found.add(m.group(1))
    return found


def _wrap(module: Any, engine: str) -> None:
    original = module.compile

    def compile(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        compiled = original(pattern, flags, *args, **kwargs)
        if isinstance(pattern, str):
            site = _site()
            if site:
                key = (engine, pattern, int(compiled.flags))
                if key not in RECORDS:
                    RECORDS[key] = Record(pattern, int(compiled.flags), engine, site)
        return compiled

    module.compile = compile


def collect() -> list[Record]:
    """Import the package with the compilers wrapped and exercise it; return the patterns."""
    _wrap(re, "re")
    _wrap(regex, "regex")
    sys.path.insert(0, ROOT)
    import importlib
    import pkgutil

    import deepseek_policy as dp

    for info in pkgutil.walk_packages(dp.__path__, "deepseek_policy."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    for text in EXERCISE:
        dp.extract(text, published="2025-02-06")
        dp.extract(text)
    # patterns built only when a text needs them: each gapped trigger row alone, and the trie
    # of each gazetteer first word with many forms
    from deepseek_policy import gazetteer, triggers

    lexicon = triggers.default_lexicon()
    lexicon.pattern()
    for _row, _word, source in lexicon._gapped_sources:
        triggers._gapped_alone(source)
    for forms in gazetteer.default_gazetteer()._matcher()[0].values():
        if forms.after:
            gazetteer._forms_pattern(forms.forms)
    # module-level patterns compiled on first use (``_rx.lazy``) that the texts above did not
    # reach: compile them too, so that no path a rarer text takes goes unaudited
    from deepseek_policy import _rx

    for name, module in list(sys.modules.items()):
        if not name.startswith("deepseek_policy"):
            continue
        for attr, value in list(vars(module).items()):
            if not isinstance(value, _rx._Lazy):
                continue
            compiled = value._compiled
            if compiled is None:
                compiled = value._compiled = value._compile(value._source, value._flags)
            engine = "re" if isinstance(compiled, re.Pattern) else "regex"
            key = (engine, value._source, int(compiled.flags))
            if key not in RECORDS:  # compiled from here, so the site is its definition
                RECORDS[key] = Record(
                    value._source, int(compiled.flags), engine, _definition(module, attr)
                )
    # bind module-level names to the records
    by_object: dict[tuple[str, str, int], list[str]] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("deepseek_policy"):
            continue
        for attr, found in vars(module).items():
            value = found._compiled if isinstance(found, _rx._Lazy) else found
            if isinstance(value, (re.Pattern, regex.Pattern)) and isinstance(value.pattern, str):
                engine = "re" if isinstance(value, re.Pattern) else "regex"
                key = (engine, value.pattern, int(value.flags))
                by_object.setdefault(key, []).append(f"{name.split('.')[-1]}.{attr}")
    for key, names in by_object.items():
        if key in RECORDS:
            RECORDS[key].names = sorted(set(names))
    return list(RECORDS.values())


EXERCISE = [
    "Regulators respond\n\nItaly's data protection authority blocked DeepSeek on Jan. 30 over "
    "privacy concerns, and South Korea's industry ministry suspended downloads on Feb. 15. "
    '"We will review it," Kim Min-su, a ministry spokesperson, said on Monday. Texas Governor '
    "Greg Abbott banned the app on state devices, citing national security.\n\nThe company "
    "spent $5.6 million (about 40 billion won) on training, about 3% of rivals, officials "
    "said. Three days later, the Pentagon told staff not to use it; NASA followed suit. "
    "According to the Ministry of Industry, 1,200 officials were affected.\n",
    "SEOUL, Feb. 6, 2025 - Taiwan's Ministry of Digital Affairs said the Chinese AI chatbot "
    "poses a risk. ‘It is a threat,’ Premier Cho Jung-tai said. Microsoft, Amazon Web Services "
    "and Nvidia adopted R1, and the European Commission called for answers within 10 days. "
    "Japan is considering restricting its use by government agencies, and India's finance "
    "ministry warned staff against it. Shares fell 17% to $120. The note, issued by the "
    "Department of Expenditure, said officials should avoid AI tools.\n",
]


def _hostile(pattern: str) -> dict[str, Callable[[int], str]]:
    """Hostile inputs for one pattern: generic runs plus runs of the pattern's own words."""
    out: dict[str, Callable[[int], str]] = {}
    for ch in "aA1 .,'\"“”’‘-\n(@$%:;&":
        out[f"{ch!r}*n"] = lambda n, ch=ch: ch * n
    for unit in (
        "A ", "A, ", "A and ", "A. ", "a ", "Aa", "Aa.", "1,000 ", "’s ", "'s ", "Mr. ", "U.S. ",
        "said ", "the ", "A-", "A&", "a-b ", '" ', "“a” ", ", a ", "x,", "@a.", "[a", "1.",
    ):  # fmt: skip
        out[f"{unit!r}*k"] = lambda n, unit=unit: unit * (n // len(unit))
    words = sorted(set(re.findall(r"(?<![\\])[A-Za-z]{3,}", pattern)), key=len, reverse=True)[:6]
    for w in words:
        for form in (w, w.capitalize()):
            out[f"{form + ' '!r}*k"] = lambda n, f=form: (f + " ") * (n // (len(f) + 1))
            out[f"{form + ', '!r}*k"] = lambda n, f=form: (f + ", ") * (n // (len(f) + 2))
    if words:
        cycle = " ".join(w.capitalize() for w in words) + " "
        out["pattern-words*k"] = lambda n: cycle * (n // len(cycle))
    return out


class _AlarmError(Exception):
    pass


def _on_alarm(_s: int, _f: Any) -> None:
    raise _AlarmError


def _run(compiled: Any, text: str, how: str) -> float:
    start = time.perf_counter()
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, BUDGET)
    try:
        if how == "scan":
            for _ in compiled.finditer(text):
                pass
        else:
            compiled.match(text)
            compiled.match(text, 1)
    except _AlarmError:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


_UNBOUNDED = re.compile(r"(?<!\\)(?:\*|\+|\{\d+,\})")


def _strip_classes(pattern: str) -> str:
    """The pattern with character classes and escapes removed (approximate, for counting)."""
    out = re.sub(r"\\.", "", pattern)
    return re.sub(r"\[[^\]]*\]", "C", out)


def classify(record: Record) -> None:
    engine = re if record.engine == "re" else regex
    compiled = engine.compile(record.pattern, record.flags)
    body = _strip_classes(record.pattern)
    unbounded = list(_UNBOUNDED.finditer(body))
    stripped = record.pattern.rstrip()
    record.end_anchored = stripped.endswith(("$", "\\Z", "$)")) and not (
        stripped.startswith(("^", "\\A")) or "(?m" in stripped
    )
    uses = _uses(record)
    record.uses = sorted(uses)
    # how the package calls it decides which worst case matters; unknown: both
    modes = [m for m, used in (("scan", uses & _SCANNING), ("match", uses - _SCANNING)) if used]
    modes = modes or ["scan", "match"]
    worst, worst_ratio, worst_large = "", 0.0, 0.0
    for label, build in _hostile(record.pattern).items():
        for how in modes:
            small_text, large_text = build(SMALL), build(LARGE)
            if not small_text:
                continue
            t_small = _run(compiled, small_text, how)
            if t_small == float("inf"):
                worst, worst_ratio, worst_large = f"{how} {label}", float("inf"), float("inf")
                break
            t_large = _run(compiled, large_text, how)
            ratio = t_large / max(t_small, 1e-5)
            if t_large >= MIN_SECONDS and (ratio > worst_ratio or t_large == float("inf")):
                worst, worst_ratio, worst_large = f"{how} {label}", ratio, t_large
    record.worst, record.worst_ratio = worst, worst_ratio
    if worst_ratio > RISKY_RATIO:
        record.verdict = "risky"
        if worst_large == float("inf"):
            record.why = f"over {BUDGET:g} s on {worst} at {LARGE:,} characters"
        else:
            record.why = (
                f"super-linear on {worst}: 4x the input took {worst_ratio:.0f}x the time "
                f"({worst_large * 1000:.0f} ms at {LARGE:,} characters)"
            )
    elif not unbounded:
        record.verdict = "bounded"
        record.why = "no unbounded repetition: each match attempt does bounded work"
    else:
        record.verdict = "safe"
        record.why = (
            f"{len(unbounded)} unbounded repetition(s), linear on all "
            f"{len(_hostile(record.pattern))} stress inputs ({' and '.join(modes)})"
        )
    if record.end_anchored:
        record.why += "; end-anchored: a search scans the whole slice it is given"


def _short(pattern: str, width: int = 70) -> str:
    flat = " ".join(pattern.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def _rows(records: list[Record]) -> Iterator[str]:
    yield "| verdict | where | name | used as | pattern | why |"
    yield "|---|---|---|---|---|---|"
    for r in records:
        name = ", ".join(r.names) or "(inline)"
        pat = _short(r.pattern).replace("|", "\\|").replace("`", "'")
        used = ", ".join(r.uses) or "?"
        yield f"| {r.verdict} | {r.site} | {name} | {used} | `{pat}` | {r.why} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="print every pattern, not only risky")
    parser.add_argument("--json", help="also write the records to this file")
    args = parser.parse_args(argv)
    records = collect()
    records.sort(key=lambda r: (r.site.split(":")[0], int(r.site.split(":")[1] or 0)))
    for i, r in enumerate(records, 1):
        classify(r)
        print(f"\r{i}/{len(records)} patterns stressed", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    counts: dict[str, int] = {}
    for r in records:
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    by_file: dict[str, dict[str, int]] = {}
    for r in records:
        f = r.site.split(":")[0]
        by_file.setdefault(f, {}).setdefault(r.verdict, 0)
        by_file[f][r.verdict] += 1
        if r.end_anchored:
            by_file[f].setdefault("end-anchored", 0)
            by_file[f]["end-anchored"] += 1
    print(f"# Regex audit: {len(records)} patterns\n")
    print(", ".join(f"{v}: {n}" for v, n in sorted(counts.items())))
    print("\n| file | bounded | safe | risky | end-anchored |\n|---|---:|---:|---:|---:|")
    for f, c in sorted(by_file.items()):
        print(
            f"| {f} | {c.get('bounded', 0)} | {c.get('safe', 0)} | {c.get('risky', 0)} "
            f"| {c.get('end-anchored', 0)} |"
        )
    shown = records if args.all else [r for r in records if r.verdict == "risky"]
    print(f"\n## {'All patterns' if args.all else 'Risky patterns'}\n")
    for row in _rows(shown):
        print(row)
    if not args.all:
        anchored = [r for r in records if r.end_anchored and r.verdict != "risky"]
        print("\n## End-anchored patterns (check that each search gets a bounded slice)\n")
        for row in _rows(anchored):
            print(row)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump([asdict(r) for r in records], out, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
