"""The documentation site's pages: their examples run, and their facts match the package.

Every ``docs/*.md`` page is run as a doctest file from the repository root (the examples read
``examples/articles/``). Pages that show the aggregation API are skipped, with a reason, until
``deepseek_policy.merge`` exists.
"""

from __future__ import annotations

import doctest
import pathlib
import re

import pytest

import deepseek_policy

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

#: Pages with no runnable example (reference pages, placeholders, included files).
NO_EXAMPLES = {"api.md", "changelog.md", "performance.md"}
#: Pages whose examples use deepseek_policy.merge and friends (aggregate.py, compare.py).
NEEDS_AGGREGATE = {"aggregate.md"}


def test_the_site_has_its_pages() -> None:
    names = {p.name for p in PAGES}
    for name in (
        "index.md",
        "getting-started.md",
        "model.md",
        "actors.md",
        "actions.md",
        "claims.md",
        "dates.md",
        "quantities.md",
        "aggregate.md",
        "readers.md",
        "extending.md",
        "accuracy.md",
        "performance.md",
        "scale.md",
        "changelog.md",
        "api.md",
    ):
        assert name in names, f"docs/{name} is missing"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_page_examples(page: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if page.name in NEEDS_AGGREGATE and not hasattr(deepseek_policy, "merge"):
        pytest.skip(f"{page.name} shows deepseek_policy.merge, which is not there yet")
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(
        str(page),
        module_relative=False,
        optionflags=FLAGS,
        encoding="utf-8",
        report=False,
        raise_on_error=False,
        verbose=False,
    )
    if page.name in NO_EXAMPLES:
        return
    assert result.attempted > 0, f"{page.name} has no doctested example"
    assert result.failed == 0, f"{result.failed} example(s) in docs/{page.name} failed; run: " + (
        f"python -m doctest -o ELLIPSIS -o NORMALIZE_WHITESPACE docs/{page.name}"
    )


def _gazetteer_rows(path: pathlib.Path) -> int:
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    return len(lines) - 1  # the header


def test_actors_page_counts_the_gazetteer() -> None:
    """docs/actors.md's table of gazetteer files says how many rows each file has."""
    data = ROOT / "deepseek_policy" / "data"
    files = [data / "countries.tsv", *sorted((data / "gazetteer").glob("*.tsv"))]
    page = (DOCS / "actors.md").read_text(encoding="utf-8")
    stated = {
        m.group(1): int(m.group(2).replace(",", ""))
        for m in re.finditer(r"^\| `([\w/]+\.tsv)` \| ([\d,]+) \|", page, flags=re.MULTILINE)
    }
    actual = {str(f.relative_to(data)): _gazetteer_rows(f) for f in files}
    assert stated == actual, "update the table in docs/actors.md to the row counts on the right"
    total = re.search(r"^\| \*\*total\*\* \| \*\*([\d,]+)\*\* \|", page, flags=re.MULTILINE)
    assert total is not None
    assert int(total.group(1).replace(",", "")) == sum(actual.values())


def test_api_reference_hook() -> None:
    """The griffe extension that renders docstrings for the API page fences doctests."""
    pytest.importorskip("griffe")
    import importlib.util

    path = DOCS / "hooks" / "griffe_doctests.py"
    spec = importlib.util.spec_from_file_location("griffe_doctests", path)
    assert spec is not None
    assert spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    result = doctest.testmod(hook, optionflags=FLAGS, report=False)
    assert result.attempted > 0
    assert result.failed == 0
    md = hook.markdown_docstring(deepseek_policy.extract_many.__doc__ or "")
    assert "```pycon" in md
    assert ":func:" not in md
