"""The Python API: text in, map out; map in, text, diagnostics or pictures out."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from wardley._dataclass import dataclass
from wardley.build import MAX_PICTURE
from wardley.collector import resting
from wardley.diagnostics import Diagnostic, MapError, Severity, Span, sort_key
from wardley.model import Map

if TYPE_CHECKING:
    from wardley.compose import State
    from wardley.mapdiff import MapDiff
    from wardley.scene import Scene


@dataclass(frozen=True, slots=True)
class Limits:
    """How big a map may be. Past a limit, parsing stops with a clear error instead of taking
    minutes or gigabytes; raise them with ``wardley --max-… N`` or :func:`set_limits`."""

    max_bytes: int = 10 * 1024 * 1024
    max_lines: int = 20_000
    max_components: int = 5_000
    max_links: int = 20_000
    #: A longer line is no map a person wrote, and a name that long cannot be drawn in time.
    max_line_length: int = 10_000


LIMITS = Limits()


def set_limits(**changes: int) -> Limits:
    """Change the limits for this process (the command line's --max-… options)."""
    global LIMITS
    LIMITS = replace(LIMITS, **changes)
    return LIMITS


@resting
def parse(text: str, path: str | None = None, limits: Limits | None = None) -> Map:
    """Parse map text. Raises :class:`MapError` with every problem found when there are errors;
    warnings are kept on ``Map.diagnostics`` (see :func:`check`)."""
    from wardley.build import Builder
    from wardley.parser import parse_lines, scan

    limits = limits or LIMITS
    too_big = _too_big(text, limits)
    if too_big:
        raise MapError([replace(too_big, path=path)])
    if _is_mermaid(text):
        from wardley.mermaid_reader import parse_mermaid

        map_, found = parse_mermaid(text, path, (limits.max_components, limits.max_links))
    else:
        lines, scan_problems = scan(text)
        parsed, syntax_problems = parse_lines(lines)
        builder = Builder(lines, path, limits=(limits.max_components, limits.max_links))
        map_ = builder.run(parsed)
        found = scan_problems + syntax_problems + builder.diagnostics
    problems = [d if d.path == path else replace(d, path=path) for d in found]
    problems.sort(key=sort_key)
    if any(d.severity is Severity.ERROR for d in problems):
        # Every problem at once: the linter's warnings too, not only after the errors are fixed.
        raise MapError(
            sorted(problems + _lint_despite_errors(map_, problems, text), key=sort_key), text
        )
    return replace(map_, diagnostics=tuple(problems))


_MERMAID_HEADER = re.compile("wardley-beta", re.IGNORECASE)


def _is_mermaid(text: str) -> bool:
    """Mermaid's wardley-beta, told by its first line as mermaid tells it. A text without the
    header is none, and is told so without loading the Mermaid reader."""
    if _MERMAID_HEADER.search(text) is None:
        return False
    from wardley.mermaid_reader import is_mermaid

    return is_mermaid(text)


def _lint_despite_errors(map_: Map, problems: list[Diagnostic], text: str) -> list[Diagnostic]:
    """The linter's warnings about what was built of a map with errors. A name on a line with
    an error counts as declared (that line most likely declares it), so that one typo does not
    also bring a "not declared" warning for every link to it."""
    from wardley.diagnostics import split_lines
    from wardley.lint import lint
    from wardley.model import Component, Kind, Position, normalise_name

    lines = split_lines(text)
    broken = "\n".join(
        normalise_name(lines[d.line - 1])
        for d in problems
        if d.severity is Severity.ERROR and 1 <= d.line <= len(lines)
    )
    declared = {normalise_name(c.name) for c in map_.components}
    mentioned = [
        *(end for link in map_.links for end in (link.source, link.target)),
        *(e.component for e in map_.evolves),
        *(member for o in map_.overlays for member in o.members),
        *(p.name for p in map_.pipelines),
    ]
    stand_ins = {
        normalise_name(name): Component(name, Kind.CAPABILITY, "component", Position())
        for name in mentioned
        if normalise_name(name) not in declared and normalise_name(name) in broken
    }
    return lint(replace(map_, components=map_.components + tuple(stand_ins.values())))


def _too_big(text: str, limits: Limits) -> Diagnostic | None:
    span = Span(1, 1, 1, 1)
    hint = "split it into several maps, or raise the limit (wardley --help)"
    if len(text) > limits.max_bytes:
        what = f"the map is {len(text):,} characters; the limit is {limits.max_bytes:,}"
    elif (count := text.count("\n") + 1) > limits.max_lines:
        what = f"the map has {count:,} lines; the limit is {limits.max_lines:,}"
    elif len(text) > limits.max_line_length:
        from wardley.diagnostics import split_lines

        long = next(
            (
                (number, line)
                for number, line in enumerate(split_lines(text), start=1)
                if len(line) > limits.max_line_length
            ),
            None,
        )
        if long is None:
            return None
        number, line = long
        limit = limits.max_line_length
        what = f"line {number} is {len(line):,} characters long; the limit is {limit:,}"
        span = Span(number, limit + 1, number, len(line) + 1)
        hint = "break it into shorter lines, or raise the limit (wardley --max-line-length N)"
    else:
        return None
    return Diagnostic("E015", what, span, hint=hint)


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


def check(map_: Map, offsets: bool = False) -> list[Diagnostic]:
    """Every warning about a parsed map: what parsing found and the linter's rules. With
    ``offsets``, also each `label [dx, dy]` that the picture had to move, with the offset it
    drew (W127): a suggestion, not a fault, so only asked for (the language server does)."""
    from wardley.lint import lint

    found = [*map_.diagnostics, *lint(map_)]
    if offsets:
        from wardley.compose import offset_warnings

        found += offset_warnings(map_)
    return sorted(found, key=sort_key)


def format(map_: Map) -> str:  # noqa: A001 - the public name the docs promise
    """The map as canonical text, comments kept."""
    from wardley.fmt import format_map

    return format_map(map_)


# ---- pictures ---------------------------------------------------------------------------------
FORMATS = ("svg", "png", "pdf")
#: Picture widths (and heights) in pixels, and raster scales, that make sense to ask for.
WIDTHS = (50.0, float(MAX_PICTURE))
SCALES = (0.1, 20.0)


@resting
def layout(
    map_: Map,
    theme: str | None = None,
    state: str = "both",
    width: float | None = None,
    height: float | None = None,
) -> Scene:
    """Lay a map out: every shape positioned and every label placed, ready to draw."""
    from wardley.compose import layout as compose_layout

    return compose_layout(
        map_,
        _theme(theme),
        _state(state),
        _check_size("width", width),
        _check_size("height", height),
    )


def _state(state: str) -> State:
    from wardley.compose import STATES

    if state not in STATES:
        raise ValueError(f"state must be one of {', '.join(STATES)}, not {state!r}")
    return state  # type: ignore[return-value]


def _theme(theme: str | None) -> str | None:
    """A theme's name, or None for the map's own style; anything else is a mistake, not plain."""
    from wardley.themes import THEMES

    if theme is not None and (not isinstance(theme, str) or theme not in THEMES):
        raise ValueError(f"theme must be one of {', '.join(THEMES)} (or None), not {theme!r}")
    return theme


def _in_range(what: str, value: object, limits: tuple[float, float]) -> float:
    low, high = limits
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not low <= value <= high  # also false for NaN
    ):
        raise ValueError(f"{what} must be a number from {low:g} to {high:g}, not {value!r}")
    return float(value)


def _check_size(what: str, value: float | None) -> float | None:
    return None if value is None else _in_range(what, value, WIDTHS)


def _format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return fmt


@resting
def to_svg(
    map_: Map, theme: str | None = None, state: str = "both", width: float | None = None
) -> str:
    """The map as SVG text: deterministic, accessible, safe to inline in a web page."""
    from wardley.compose import layout_with_places
    from wardley.description import describe
    from wardley.svg import to_svg as scene_to_svg

    scene, places = layout_with_places(
        map_, _theme(theme), _state(state), _check_size("width", width)
    )
    # The description says what the picture shows: the same places.
    return scene_to_svg(replace(scene, description=describe(map_, places)))


def _raster_size(width: float | None, scale: float) -> tuple[float, float | None]:
    """(scale, width) for the rasteriser: width first, then scale, so that both apply."""
    checked = _check_size("width", width)
    factor = _in_range("scale", scale, SCALES)
    return (factor, None) if checked is None else (1.0, checked * factor)


@resting
def to_png(
    map_: Map,
    theme: str | None = None,
    state: str = "both",
    width: float | None = None,
    scale: float = 1.0,
) -> bytes:
    """The map as a PNG picture. ``width`` sizes it in pixels, then ``scale`` multiplies them
    (2 for high-density screens): width 800 at scale 2 is 1,600 pixels wide. A PNG has at most
    40 million pixels: a bigger map is drawn smaller, and a bigger width or scale is refused."""
    from wardley.raster import svg_to_png

    asked = width is not None or scale != 1.0  # the caller chose the pixels: never shrink them
    scale, width = _raster_size(width, scale)
    return svg_to_png(to_svg(map_, theme, state), scale=scale, width=width, fit=not asked)


@resting
def to_pdf(
    map_: Map,
    theme: str | None = None,
    state: str = "both",
    width: float | None = None,
    scale: float = 1.0,
) -> bytes:
    """The map as a PDF page, sized as :func:`to_png` sizes a picture."""
    from wardley.raster import svg_to_pdf

    scale, width = _raster_size(width, scale)
    return svg_to_pdf(to_svg(map_, theme, state), scale=scale, width=width)


def render_bytes(map_: Map, fmt: str, **options: object) -> bytes:
    """The picture in one of :data:`FORMATS`."""
    if _format(fmt) == "svg":
        return to_svg(map_, **options).encode("utf-8")  # type: ignore[arg-type]
    if fmt == "png":
        return to_png(map_, **options)  # type: ignore[arg-type]
    return to_pdf(map_, **options)  # type: ignore[arg-type]


def picture_format(path: str | os.PathLike[str]) -> str | None:
    """The format a picture file's extension names (``.svg``, ``.png``, ``.pdf``), else None."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def render(
    in_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    *,
    format: str | None = None,  # noqa: A002 - the option's name on the command line
    **options: object,
) -> None:
    """Render a map file to a picture file; the format comes from the extension, or ``format``.

    The output is written atomically: on any error the old file is left as it was.
    """
    from wardley.files import write_atomic

    fmt = format if format is not None else picture_format(out_path)
    if fmt is None:
        raise ValueError(
            f"cannot tell the picture format of {os.fspath(out_path)!r}: name it .svg, .png or"
            " .pdf, or pass format="
        )
    data = render_bytes(load(in_path), _format(fmt), **options)
    write_atomic(out_path, data)


# ---- diffs ----------------------------------------------------------------------------------
def diff(old: Map, new: Map) -> MapDiff:
    """What changed from ``old`` to ``new``: ordered, frozen edit records (see wardley.mapdiff)."""
    from wardley.mapdiff import diff as compute

    return compute(old, new)


@resting
def diff_svg(old: Map, new: Map, theme: str | None = None, width: float | None = None) -> str:
    """The diff as a picture: the new map with what changed marked, and a legend."""
    from wardley.diffview import diff_svg as draw

    return draw(old, new, _theme(theme), _check_size("width", width))


def states(map_: Map) -> tuple[Map, Map]:
    """A map with evolve statements is its own future: (today, the future it describes)."""
    from wardley.mapdiff import future

    return replace(map_, evolves=()), future(map_)
