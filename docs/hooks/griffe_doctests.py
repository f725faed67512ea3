"""A griffe extension for the API reference: render reST-flavoured docstrings as Markdown.

The package's docstrings are written for ``help()`` and doctest: they hold ``>>>`` examples,
Sphinx roles such as ``:func:`~deepseek_policy.extract```, and now and then a reST section
title or simple table. Markdown would read a ``>>>`` line as a nested block quote, show the
roles verbatim and turn a title's underline into a page heading, so on loading each object
this extension fences every run of doctest lines as a ``pycon`` code block, turns each role
into inline code naming its target (the last dotted part when the target starts with ``~``),
makes section titles bold and simple tables Markdown tables. The docstrings themselves are
not changed.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_RULE = re.compile(r"^ *=+(?: +=+)+ *$")
_UNDERLINE = re.compile(r"^ *(?:-{3,}|={3,}|~{3,}) *$")
_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|mod|data|attr|exc|obj|const):`(~?)([^`]+)`")
_PROMPT = re.compile(r"^(\s*)>>>(?: |$)")


def markdown_docstring(text: str) -> str:
    """The docstring ``text`` with doctest runs fenced and Sphinx roles made inline code.

    >>> markdown_docstring("See :func:`~a.b.run`.\\n\\n>>> run()\\n1\\n\\nDone.").split("\\n")
    ['See `run`.', '', '```pycon', '>>> run()', '1', '```', '', 'Done.']
    """
    lines = [_ROLE.sub(_role, line) for line in _tables(_titles(text.split("\n")))]
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _PROMPT.match(lines[i])
        if m is None:
            out.append(lines[i])
            i += 1
            continue
        indent = m.group(1)
        out.append(f"{indent}```pycon")
        while i < len(lines) and lines[i].strip():
            out.append(lines[i])
            i += 1
        out.append(f"{indent}```")
    return "\n".join(out)


def _titles(lines: list[str]) -> list[str]:
    """reST section titles ("Title" over "-----") become bold lines."""
    out: list[str] = []
    for line in lines:
        if (
            _UNDERLINE.match(line)
            and not _RULE.match(line)
            and out
            and out[-1].strip()
            and len(line.strip()) >= len(out[-1].strip())
        ):
            out[-1] = f"**{out[-1].strip()}**"
            out.append("")
            continue
        out.append(line)
    return out


def _tables(lines: list[str]) -> list[str]:
    """reST simple tables (columns under runs of "=") become Markdown tables.

    >>> _tables(["==  ====", "a   b", "==  ====", "x   y z", "    more", "==  ===="])
    ['| a | b |', '|---|---|', '| x | y z more |']
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _RULE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        rule = lines[i]
        columns = [(m.start(), m.end()) for m in re.finditer(r"=+", rule)]
        rows: list[list[str]] = []
        rules = 1
        i += 1
        while i < len(lines) and rules < 3:
            line = lines[i]
            i += 1
            if _RULE.match(line):
                rules += 1
                continue
            cells = [_cell(line, n, columns) for n in range(len(columns))]
            if rows and not cells[0] and rules > 1:
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            else:
                rows.append(cells)
        header, *body = rows or [[""] * len(columns)]
        out.append("| " + " | ".join(header) + " |")
        out.append("|" + "---|" * len(columns))
        out.extend("| " + " | ".join(row) + " |" for row in body)
    return out


def _cell(line: str, n: int, columns: list[tuple[int, int]]) -> str:
    start = columns[n][0]
    end = columns[n + 1][0] if n + 1 < len(columns) else len(line)
    return line[start:end].strip()


def _role(m: re.Match[str]) -> str:
    target = m.group(2).strip()
    if m.group(1):
        target = target.rsplit(".", 1)[-1]
    return f"`{target}`"


class DoctestFences(griffe.Extension):
    """Rewrite each loaded object's docstring with :func:`markdown_docstring`."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)
