"""Score the seed and dev articles rewritten in layouts that carry no language.

Each layout rewrites every article of ``../shared/corpus/{seeds,dev}`` (Markdown links and bold,
HTML paragraphs, no-break and doubled spaces, zero-width characters, plain-text dashes, hard
wrapping, guillemets, the company's name in capitals, ...), and ``../shared/eval/score.py``
scores the rewritten articles against the unchanged annotations. A layout that costs nothing
scores as the original articles do. Run by hand from the repository root (about two minutes):

    python benchmarks/score_layouts.py                   # every layout
    python benchmarks/score_layouts.py nbsp md_links     # some of them

Needs ``../shared`` beside the repository; writes the rewritten articles under a temporary
folder and prints a Markdown table of F1 (actions, claims, quantities) and attribute accuracy
(date, scope, status) per layout and set.
"""

from __future__ import annotations

import html
import pathlib
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

#: The first capitalised run of two or more words of a line: a name to dress up.
_NAME = re.compile(r"(?m)^(.{0,80}?)\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)")


def _curly(t: str) -> str:
    t = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", t)
    return re.sub(r'"(?=\w)', "\u201c", t).replace('"', "\u201d")


def _straight(t: str) -> str:
    return t.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))


def _single_quotes(t: str) -> str:
    """British style: quotations in single curly marks."""
    out = []
    for i, c in enumerate(_straight(t)):
        if c == '"':
            out.append("\u2018" if (t[i - 1] if i else " ") in " \n([\u2014-" else "\u2019")
        else:
            out.append(c)
    return "".join(out)


def _lines(t: str) -> list[str]:
    return t.split("\n")


def _caps_headline(t: str) -> str:
    lines = _lines(t)
    if len(lines[0]) < 120:
        lines[0] = lines[0].upper()
    return "\n".join(lines)


def _day_first(t: str) -> str:
    month = (
        r"(January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
    )

    def swap(m: re.Match[str]) -> str:
        year = f" {m[3]}" if m[3] else ""
        return f"{m[2]} {m[1].rstrip('.')}{year}"

    return re.sub(month + r" (\d{1,2})(?:, (\d{4}))?\b", swap, t)


def _html(t: str) -> str:
    escaped = html.escape(t, quote=True).replace("&#x27;", "&#39;")
    link = '<a href="https://example.org/?a=1&amp;b=2">'
    linked = _NAME.sub(lambda m: f"{m[1]}{link}{m[2]}</a>", escaped)
    return "\n".join(f"<p>{line}</p>" if line.strip() else line for line in _lines(linked))


def _wrap(t: str) -> str:
    return "\n\n".join(textwrap.fill(p, 72) for p in re.split(r"\n+", t) if p.strip())


def _every_third_space(space: str) -> Callable[[str], str]:
    return lambda t: "".join(space if c == " " and i % 3 == 0 else c for i, c in enumerate(t))


LAYOUTS: dict[str, Callable[[str], str]] = {
    "original": lambda t: t,
    "curly-quotes": _curly,
    "straight-quotes": _straight,
    "single-quotes": _single_quotes,
    "guillemets": lambda t: _curly(t).replace("\u201c", "\u00ab").replace("\u201d", "\u00bb"),
    "low-opening-quotes": lambda t: _curly(t).replace("\u201c", "\u201e"),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "byte-order-mark": lambda t: "\ufeff" + t,
    "single-newlines": lambda t: re.sub(r"\n\n+", "\n", t),
    "indented": lambda t: "\n".join("    " + x if x.strip() else x for x in _lines(t)),
    "trailing-spaces": lambda t: "\n".join(x + "  " if x.strip() else x for x in _lines(t)),
    "double-hyphen-dashes": lambda t: t.replace("\u2014", "--").replace(" - ", " -- "),
    "hard-wrapped-72": _wrap,
    "markdown-headline": lambda t: "# " + t,
    "caps-headline": _caps_headline,
    "no-break-spaces": _every_third_space("\u00a0"),
    "thin-spaces": _every_third_space("\u2009"),
    "two-spaces-after-stops": lambda t: re.sub(
        r"((?:[a-z]{4}|[0-9])[.!?][\"\u201d]?) (?=[A-Z\"\u201c])", "\\1  ", t
    ),
    "doubled-spaces": lambda t: re.sub(
        r"(?<=\S) (?=\S)", lambda m: "  " if m.start() % 5 == 0 else " ", t
    ),
    "zero-width-characters": lambda t: re.sub(
        r"(?<=\w)(?=\w{4})", lambda m: "\u00ad" if m.start() % 7 == 0 else "", t
    ).replace("DeepSeek", "Deep\u200bSeek"),
    "markdown-links": lambda t: _NAME.sub(lambda m: f"{m[1]}[{m[2]}](https://example.org/x)", t),
    "markdown-bold": lambda t: _NAME.sub(lambda m: f"{m[1]}**{m[2]}**", t),
    "markdown-blockquotes": lambda t: "\n".join(
        "> " + x if x.lstrip().startswith(('"', "\u201c")) else x for x in _lines(t)
    ),
    "html": _html,
    "day-first-dates": _day_first,
    "us-without-dots": lambda t: t.replace("U.S.", "US").replace("U.K.", "UK"),
    "name-in-capitals": lambda t: t.replace("DeepSeek", "DEEPSEEK"),
    "name-in-title-case": lambda t: t.replace("DeepSeek", "Deepseek"),
}

_F1 = re.compile(r"^(actions|claims|quantities)\s+\S+\s+\S+\s+(\S+)", re.M)
_ACCURACY = re.compile(r"^\s+action\.(date|scope|status)\s+(\S+)", re.M)


def score(layout: str, part: str, folder: pathlib.Path) -> str:
    """One cell of the table: the scorer's figures for one layout of one set."""
    out = folder / layout / part
    out.mkdir(parents=True)
    for article in sorted((SHARED / "corpus" / part).iterdir()):
        text = article.read_text(encoding="utf-8")
        (out / article.name).write_bytes(LAYOUTS[layout](text).encode("utf-8"))
    run = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--corpus", str(out), "--gold",
         str(SHARED / "gold" / part)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    if run.returncode != 0:
        return f"scorer failed: {run.stderr.strip().splitlines()[-1:]}"
    f1 = dict(_F1.findall(run.stdout))
    accuracy = dict(_ACCURACY.findall(run.stdout))
    return (
        f"{f1.get('actions')} / {f1.get('claims')} / {f1.get('quantities')} | "
        f"{accuracy.get('date')} / {accuracy.get('scope')} / {accuracy.get('status')}"
    )


def main(argv: list[str]) -> int:
    if not (SHARED / "eval" / "score.py").is_file():
        print(f"no scorer at {SHARED}/eval/score.py: nothing to do")
        return 0
    layouts = argv or list(LAYOUTS)
    unknown = [name for name in layouts if name not in LAYOUTS]
    if unknown:
        print(f"unknown layouts: {', '.join(unknown)}; known: {', '.join(LAYOUTS)}")
        return 2
    print("| layout | seeds F1 A / C / Q | seeds date / scope / status | dev F1 A / C / Q | "
          "dev date / scope / status |")  # fmt: skip
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for layout in layouts:
            cells = [score(layout, part, pathlib.Path(tmp)) for part in ("seeds", "dev")]
            print(f"| {layout} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
