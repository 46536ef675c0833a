"""Diagnostics: every problem found in a map, with where it is and how to fix it.

Printed gcc-style (``map.wm:12:5: error: …``) so that every editor can jump to it, followed by
the source line and a caret under the offending text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache

from wardley._dataclass import dataclass

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Lines as editors count them: LF, CRLF and a lone CR each end a line (a BOM is dropped).

    Python's ``str.splitlines`` also breaks at form feeds and Unicode separators, which would
    put line numbers out of step with the user's editor.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Span:
    """Where a node or a problem is in the source: 1-based lines and columns, end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self) -> dict[str, int]:
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
        }


@dataclass(frozen=True, slots=True)
class Related:
    """Another place a diagnostic speaks of, such as the first of two declarations."""

    message: str
    span: Span

    def to_dict(self) -> dict[str, object]:
        return {"message": self.message, **self.span.to_dict()}


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem. ``code`` is stable: E… are errors, W… warnings (see docs/language.md)."""

    code: str
    message: str
    span: Span
    severity: Severity = Severity.ERROR
    hint: str | None = None
    path: str | None = None
    #: Other places the problem involves, printed as gcc's ``note:`` lines.
    related: tuple[Related, ...] = ()

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
            "related": [r.to_dict() for r in self.related],
        }

    def format(self, source: str | None = None) -> str:
        """gcc-style text: location, message, the source line with a caret, the hint, the notes."""
        lines = _source_lines(source) if source is not None else ()
        out = [f"{self._where(self.span)}: {self.severity}: {self.message} [{self.code}]"]
        out += _excerpt(lines, self.span)
        if self.hint:
            out.append(f"    hint: {self.hint}")
        for related in self.related:
            out.append(f"{self._where(related.span)}: note: {related.message}")
            out += _excerpt(lines, related.span)
        return "\n".join(out)

    def _where(self, span: Span) -> str:
        return f"{self.path or '<input>'}:{span.line}:{span.column}"


@lru_cache(maxsize=4)
def _source_lines(source: str) -> tuple[str, ...]:
    """The lines of a source, split once for all of its diagnostics (thousands, at times)."""
    return tuple(split_lines(source))


def _excerpt(lines: Sequence[str], span: Span) -> list[str]:
    """The source line of a span, with a caret under the span (nothing if the line is unknown)."""
    if not 1 <= span.line <= len(lines):
        return []
    text = _printable(lines[span.line - 1])
    # Long lines are cut around the column, so a 1 MB line prints one screen.
    start = max(0, span.column - 60)
    shown = text[start : start + 120]
    prefix = "…" if start else ""
    width = 1
    if span.end_line == span.line:
        width = max(1, span.end_column - span.column)
    width = min(width, len(shown) - (span.column - 1 - start) or 1)
    pad = len(prefix) + span.column - 1 - start
    return [f"    {prefix}{shown}", "    " + " " * pad + "^" + "~" * max(0, width - 1)]


def _printable(text: str) -> str:
    """Show control characters as visible symbols so the caret still lines up."""
    return "".join(ch if ch == "\t" or ch.isprintable() else "\ufffd" for ch in text).replace(
        "\t", " "
    )


class MapError(Exception):
    """Raised when a map has errors. Holds every diagnostic of the run, warnings included."""

    def __init__(self, diagnostics: list[Diagnostic], source: str | None = None) -> None:
        self.diagnostics = list(diagnostics)
        self.source = source
        super().__init__(self.diagnostics, source)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    def __str__(self) -> str:
        return "\n".join(d.format(self.source) for d in self.diagnostics)


def sort_key(d: Diagnostic) -> tuple[int, int, str]:
    return (d.span.line, d.span.column, d.code)
