"""The Python API: text in, map out; map in, text, diagnostics or pictures out."""

from __future__ import annotations

import os
from pathlib import Path

from wardley.diagnostics import Diagnostic, MapError, Severity, Span, sort_key
from wardley.model import Map

#: Inputs larger than this are refused with a clear error rather than parsed for minutes.
MAX_BYTES = 10 * 1024 * 1024


def parse(text: str, path: str | None = None) -> Map:
    """Parse map text. Raises :class:`MapError` with every problem found when there are errors;
    warnings are kept on ``Map.diagnostics`` (see :func:`check`)."""
    from wardley.build import Builder
    from wardley.parser import parse_lines, scan

    if len(text) > MAX_BYTES:
        raise MapError(
            [
                Diagnostic(
                    "E015",
                    f"the map is {len(text):,} characters; the limit is {MAX_BYTES:,}",
                    Span(1, 1, 1, 1),
                    hint="split it into several maps",
                    path=path,
                )
            ]
        )
    lines, scan_problems = scan(text)
    parsed, syntax_problems = parse_lines(lines)
    builder = Builder(lines, path)
    map_ = builder.run(parsed)
    problems = [
        d if d.path == path else _with_path(d, path)
        for d in scan_problems + syntax_problems + builder.diagnostics
    ]
    problems.sort(key=sort_key)
    if any(d.severity is Severity.ERROR for d in problems):
        raise MapError(problems, text)
    from dataclasses import replace

    return replace(map_, diagnostics=tuple(problems))


def _with_path(diagnostic: Diagnostic, path: str | None) -> Diagnostic:
    from dataclasses import replace

    return replace(diagnostic, path=path)


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a map file as UTF-8 (a BOM is allowed); bad bytes are a diagnostic, not a crash."""
    name = os.fspath(path)
    data = Path(name).read_bytes() if name != "-" else _stdin_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        from wardley.diagnostics import split_lines

        good = data[: error.start].decode("utf-8")
        lines = split_lines(good + "\x00") or [""]  # the NUL stands for the bad byte
        line, column = len(lines), len(lines[-1])
        raise MapError(
            [
                Diagnostic(
                    "E016",
                    f"the file is not UTF-8 text (byte 0x{data[error.start]:02x})",
                    Span(line, column, line, column + 1),
                    hint="save the map as UTF-8",
                    path=name,
                )
            ]
        ) from None


def _stdin_bytes() -> bytes:
    import sys

    return sys.stdin.buffer.read()


def load(path: str | os.PathLike[str]) -> Map:
    """Parse the map in a file (``-`` for standard input)."""
    name = os.fspath(path)
    return parse(read_text(name), path="<stdin>" if name == "-" else name)


def check(map_: Map) -> list[Diagnostic]:
    """Every warning about a parsed map: what parsing found, and the linter's rules."""
    from wardley.lint import lint

    return sorted([*map_.diagnostics, *lint(map_)], key=sort_key)


def format(map_: Map) -> str:  # noqa: A001 - the public name the docs promise
    """The map as canonical text, comments kept."""
    from wardley.fmt import format_map

    return format_map(map_)
