"""Build the event table and timeline of the example corpus.

Every article in examples/articles/ is extracted; ``merge`` joins the actions that different
articles (or one article twice) report about the same real action into one event, and
``timeline`` orders the events by date. Run from the repository root:

    python examples/event_table.py
"""

from __future__ import annotations

import pathlib

import deepseek_policy as dp

ARTICLES = pathlib.Path(__file__).resolve().parent / "articles"


def main() -> None:
    extractions = list(dp.extract_many(dp.read_corpus(ARTICLES)))
    events = dp.timeline(dp.merge(extractions))

    print(
        f"{len(extractions)} articles, {sum(len(x.actions) for x in extractions)} actions, "
        f"{len(events)} events\n"
    )
    header = f"{'date':10}  {'country':7}  {'actor':38}  {'kind':19}  {'status':10}  sources"
    print(header)
    print("-" * len(header))
    for e in events:
        date = str(e.date) if e.date else "-"
        print(
            f"{date:10}  {e.country or '-':7}  {e.actor_name[:38]:38}  {e.kind.value:19}  "
            f"{e.status.value:10}  {e.corroboration}"
        )

    print("\nEvents by family:")
    for family, n in dp.count_by(events, "family").items():
        print(f"  {family:12} {n}")
    print("\nRestrictive events by month:")
    restrictive = [e for e in events if e.family is dp.Family.RESTRICTIVE]
    for month, n in dp.count_by(restrictive, "month").items():
        print(f"  {month or 'undated':12} {n}")

    reported_twice = [e for e in events if e.corroboration > 1]
    if reported_twice:
        print("\nReported by more than one article:")
        for e in reported_twice:
            print(
                f"  {e.actor_name} {e.kind.value} {e.date or '(undated)'}: {', '.join(e.documents)}"
            )


if __name__ == "__main__":
    main()
