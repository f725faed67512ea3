"""Compare two articles about the same event: what they agree on, where they differ.

By default it compares two example articles about Australia's ban of DeepSeek on government
devices, a wire dispatch and a newspaper brief; give two article paths to compare others.
Run from the repository root:

    python examples/compare_sources.py
    python examples/compare_sources.py examples/articles/it-garante-orders-block.txt \\
        examples/articles/nl-privacy-watchdog-inquiry.txt
"""

from __future__ import annotations

import pathlib
import sys

import deepseek_policy as dp

ARTICLES = pathlib.Path(__file__).resolve().parent / "articles"
DEFAULT = (
    ARTICLES / "au-government-devices-ban.txt",
    ARTICLES / "au-government-devices-brief.txt",
)


def describe(event: dp.Event) -> str:
    when = str(event.date) if event.date else "undated"
    scope = ", ".join(s.value for s in event.scope) or "-"
    reasons = ", ".join(r.value for r in event.reasons) or "-"
    return (
        f"{event.actor_name} {event.kind.value} {', '.join(event.targets)} ({when}; "
        f"status {event.status.value}; scope {scope}; reasons {reasons})"
    )


def main(argv: list[str]) -> int:
    if len(argv) not in (0, 2):
        print("usage: python examples/compare_sources.py [ARTICLE_A ARTICLE_B]", file=sys.stderr)
        return 2
    paths = [pathlib.Path(p) for p in argv] if argv else list(DEFAULT)
    a, b = (dp.extract(dp.read_article(p)) for p in paths)
    for side, ex in (("a", a), ("b", b)):
        doc = ex.document
        print(f"{side}: {doc.title} ({doc.source or 'unknown source'}, {doc.published})")
    result = dp.compare(a, b)
    print()
    print(result.summary())

    if result.agree:
        print("\nBoth report:")
        for left, _right in result.agree:
            print(f"  {describe(left)}")
    if result.conflicts:
        print("\nReported differently:")
        for conflict in result.conflicts:
            print(f"  a: {describe(conflict.left)}")
            print(f"  b: {describe(conflict.right)}")
            for difference in conflict.differences:
                print(f"     differs in {difference}")
            for source in (*conflict.left.sources, *conflict.right.sources):
                print(f"     [{source.document_id}] {source.evidence.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
