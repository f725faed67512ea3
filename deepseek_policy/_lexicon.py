"""Load the small vocabularies under ``deepseek_policy/data/`` once, on first use.

Each is a UTF-8 text file: ``#`` starts a comment line, blank lines are skipped, and a TSV
file's first line names its columns. Modules keep what they build from these tables in
their own caches; users extend a vocabulary through the owning module's ``add_*`` function.
"""

from __future__ import annotations

import functools
import importlib.resources

from deepseek_policy.errors import LexiconError

__all__ = ["data_text", "table", "words"]


@functools.cache
def data_text(name: str) -> str:
    """The text of a data file shipped with the package."""
    try:
        return (importlib.resources.files("deepseek_policy") / "data" / name).read_text("utf-8")
    except (OSError, ValueError) as e:
        raise LexiconError(f"data file {name!r} cannot be read: {e}") from None


@functools.cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a TSV data file as dicts keyed by its header's column names."""
    lines = [
        line.rstrip("\n")
        for line in data_text(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        return ()
    header = [c.strip() for c in lines[0].split("\t")]
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > len(header):
            raise LexiconError(f"{name}: row {n} has {len(cells)} cells for {len(header)} columns")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=True)))
    return tuple(rows)


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of a one-entry-per-line data file."""
    return frozenset(
        line.strip()
        for line in data_text(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
