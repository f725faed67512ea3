"""Who restricted DeepSeek on government devices, by country.

Extracts the example corpus, merges the actions into events, and keeps the restrictive ones
(ban, block, restrict, suspend) toward DeepSeek whose scope is government devices, grouped by
the country of the actor. Run from the repository root:

    python examples/government_devices.py
"""

from __future__ import annotations

import pathlib
from collections import defaultdict

import deepseek_policy as dp
from deepseek_policy.gazetteer import default_gazetteer

ARTICLES = pathlib.Path(__file__).resolve().parent / "articles"


def country_name(code: str | None) -> str:
    entry = default_gazetteer().country(code) if code else None
    return entry.name if entry else "(unknown country)"


def main() -> None:
    events = dp.merge(dp.extract_many(dp.read_corpus(ARTICLES)))
    on_devices = [
        e
        for e in dp.timeline(events)
        if e.family is dp.Family.RESTRICTIVE
        and dp.Scope.GOVERNMENT_DEVICES in e.scope
        and "DeepSeek" in e.targets
    ]
    by_country: dict[str, list[dp.Event]] = defaultdict(list)
    for e in on_devices:
        by_country[country_name(e.country)].append(e)

    print(
        f"DeepSeek restricted on government devices: {len(on_devices)} events "
        f"in {len(by_country)} countries\n"
    )
    for country in sorted(by_country, key=lambda c: (-len(by_country[c]), c)):
        print(f"{country} ({len(by_country[country])})")
        for e in by_country[country]:
            when = str(e.date) if e.date else "undated"
            why = ", ".join(r.value for r in e.reasons) or "no reason given"
            print(
                f"  {when:10}  {e.actor_name} [{e.actor_kind.value}]: {e.kind.value}, "
                f"{e.status.value} ({why}; {e.corroboration} article(s))"
            )
        print()

    print("Events by country and kind:")
    for (country, kind), n in dp.count_by(on_devices, "country", "kind").items():
        print(f"  {country or '??'}  {kind:10} {n}")


if __name__ == "__main__":
    main()
