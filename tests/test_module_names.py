"""Each module binds a top-level name once: a second binding (two patterns of one name far
apart in a long module) silently replaces the first for every reader of the name, and neither
ruff nor mypy reports it."""

from __future__ import annotations

import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "deepseek_policy"
MODULES = sorted(PACKAGE.glob("*.py"))


def _bound_names(tree: ast.Module) -> list[str]:
    """The names the module's top level binds, once per binding (``typing.overload`` stubs,
    which the last definition replaces on purpose, are left out)."""
    out: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            decorators = {ast.unparse(d) for d in getattr(node, "decorator_list", [])}
            if not decorators & {"overload", "typing.overload"}:
                out.append(node.name)
        elif isinstance(node, ast.Assign):
            out.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out.append(node.target.id)
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path: pathlib.Path) -> None:
    names = _bound_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted({n for n in names if names.count(n) > 1} - {"__all__"})
    assert twice == [], f"{path.name} binds {twice} more than once"
