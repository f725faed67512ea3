"""The examples in the documentation run: README.md's tour and every module's docstrings."""

from __future__ import annotations

import doctest
import importlib
import pathlib
import pkgutil

import pytest

import deepseek_policy

ROOT = pathlib.Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(deepseek_policy.__path__, "deepseek_policy.")
    if not m.name.endswith("__main__")
)


def run(tests: list[doctest.DocTest]) -> int:
    """Run the examples; fail with doctest's own report. Returns how many were tried."""
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    for test in tests:
        runner.run(test, out=report.append)
    results = runner.summarize(verbose=False)
    assert results.failed == 0, "".join(report)
    return results.attempted


@pytest.mark.skipif(not README.is_file(), reason="README.md is not here")
def test_readme_examples() -> None:
    text = README.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {}, "README.md", str(README), 0)
    assert run([test]) > 0


@pytest.mark.parametrize("name", ["deepseek_policy", *MODULES])
def test_module_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    run(doctest.DocTestFinder().find(module, name))
