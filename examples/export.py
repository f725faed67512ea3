"""Export the example corpus: events, actions and claims as CSV, and a pandas DataFrame.

Writes events.csv (one row per merged event), actions.csv (one row per action as each article
reports it) and claims.csv into the folder given (default: the current folder), then, if
pandas is installed, loads the events into a DataFrame and prints a summary. pandas is not a
dependency of deepseek_policy; it is used only here. Run from the repository root:

    python examples/export.py [OUTPUT_FOLDER]
"""

from __future__ import annotations

import pathlib
import sys

import deepseek_policy as dp

ARTICLES = pathlib.Path(__file__).resolve().parent / "articles"


def main(argv: list[str]) -> int:
    out = pathlib.Path(argv[0]) if argv else pathlib.Path.cwd()
    out.mkdir(parents=True, exist_ok=True)

    extractions = list(dp.extract_many(dp.read_corpus(ARTICLES)))
    events = dp.timeline(dp.merge(extractions))
    claims = [rc for ex in extractions for rc in dp.ReportedClaim.from_extraction(ex)]

    for name, records in (("events", events), ("actions", extractions), ("claims", claims)):
        path = out / f"{name}.csv"
        rows = dp.to_csv(records, path)
        print(f"wrote {rows:3} rows to {path}")

    try:
        import pandas as pd
    except ImportError:
        print("\npandas is not installed; `pip install pandas` to get a DataFrame as well.")
        print("First event as a record:", dp.to_records(events[:1])[0])
        return 0

    df = pd.DataFrame(dp.to_records(events))
    print(f"\nDataFrame: {len(df)} events x {len(df.columns)} columns")
    with pd.option_context("display.width", 120, "display.max_columns", 12):
        print(df[["date", "country", "actor_name", "kind", "status", "corroboration"]].head(10))
        print("\nEvents by country and family:")
        print(pd.crosstab(df["country"], df["family"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
