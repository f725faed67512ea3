"""What sources say about what it cost to train DeepSeek's models, and where the numbers differ.

Lists every claim in the example corpus that talks about training or spending and states an
amount, then runs ``compare_claims`` to find the same speaker quoted with different figures
in different articles. Run from the repository root:

    python examples/training_cost_claims.py
"""

from __future__ import annotations

import pathlib
import re

import deepseek_policy as dp

ARTICLES = pathlib.Path(__file__).resolve().parent / "articles"
ABOUT_COST = re.compile(r"\b(?:train\w*|cost\w*|spen[dt]\w*|budget|hardware|servers?)\b", re.I)


def amount(q: dp.Quantity) -> str:
    bound = "" if q.bound in (None, dp.Bound.EXACT) else f"{q.bound.value} "
    value = f"{q.value:,.0f}" if q.value >= 100 else f"{q.value:g}"
    return f"{bound}{value} {q.unit}"


def main() -> None:
    extractions = list(dp.extract_many(dp.read_corpus(ARTICLES)))

    # A ReportedClaim is a claim with its document and its speaker's Actor record.
    about_cost = [
        rc
        for ex in extractions
        for rc in dp.ReportedClaim.from_extraction(ex)
        if rc.claim.quantities and ABOUT_COST.search(rc.claim.text)
    ]
    print(f"{len(about_cost)} claims about training cost and spending, with their quantities:\n")
    for rc in about_cost:
        quoted = "quoted" if rc.claim.quote else "reported"
        print(
            f"- {rc.speaker_name or '(unattributed)'} ({quoted}, {rc.document_id}, {rc.published}):"
        )
        print(f"    {rc.claim.text}")
        print(f"    quantities: {'; '.join(amount(q) for q in rc.claim.quantities)}")

    conflicts = dp.compare_claims(about_cost)
    print()
    print(f"compare_claims: {len(conflicts)} pair(s) of claims by one speaker, different figures")
    for c in conflicts:
        verdict = "consistent" if c.consistent else "inconsistent" if c.comparable else "?"
        print(f"\n* {c.speaker_name or c.speaker} on {c.topic}: {c.note} [{verdict}]")
        print(f"    {c.left.document_id}: {c.left_quantity.evidence.text!r}")
        print(f"    {c.right.document_id}: {c.right_quantity.evidence.text!r}")


if __name__ == "__main__":
    main()
