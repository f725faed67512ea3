"""The example corpus and scripts: every article reads, every script runs and prints something.

Each script runs in a subprocess from the repository root, as a user would run it
(``python examples/<name>.py``), with the source tree first on ``PYTHONPATH`` so it uses this
checkout rather than an installed copy.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

import deepseek_policy as dp

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ARTICLES = EXAMPLES / "articles"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))

#: What each script needs from the package beyond extract(), read_corpus() and friends.
NEEDS: dict[str, tuple[str, ...]] = {
    "event_table.py": ("merge", "timeline", "count_by"),
    "government_devices.py": ("merge", "timeline", "count_by"),
    "compare_sources.py": ("compare",),
    "training_cost_claims.py": ("compare_claims", "ReportedClaim"),
    "export.py": ("merge", "timeline", "to_csv", "to_records", "ReportedClaim"),
}


def test_the_scripts_are_there() -> None:
    assert {p.name for p in SCRIPTS} >= set(NEEDS)


def test_the_corpus_is_varied_and_complete() -> None:
    docs = list(dp.read_corpus(ARTICLES))
    assert len(docs) >= 12
    for doc in docs:
        assert doc.title, doc.id
        assert doc.published is not None, doc.id
        assert doc.source, doc.id
        assert doc.url is not None, doc.id
        assert doc.url.startswith("https://example.org/"), doc.id
    assert len({doc.source for doc in docs}) >= 8, "outlets' styles should vary"
    assert len({doc.url for doc in docs}) == len(docs)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_script_runs(script: pathlib.Path, tmp_path: pathlib.Path) -> None:
    missing = [name for name in NEEDS.get(script.name, ()) if not hasattr(dp, name)]
    if missing:
        pytest.skip(f"{script.name} needs deepseek_policy.{', '.join(missing)}: not there yet")
    args = [str(tmp_path)] if script.name == "export.py" else []
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, str(script.relative_to(ROOT)), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), f"{script.name} printed nothing"
    if script.name == "export.py":
        for name in ("events.csv", "actions.csv", "claims.csv"):
            lines = (tmp_path / name).read_text(encoding="utf-8").splitlines()
            assert len(lines) > 1, f"{name} has no rows"
