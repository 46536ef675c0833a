"""The command line: ``wardley check``, ``fmt``, ``convert``, ``render``, ``describe``,
``diff``, ``git-diff``, ``serve``, ``lsp`` and ``themes``.

Exit codes: 0 fine, 1 the map has errors (or, for ``fmt --check``, would change), 2 the
command line is wrong, 3 an internal error (a bug: please report it). A reader that stops
reading standard output (``| head``) is no error: the rest of the output is dropped.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from wardley import api
from wardley.diagnostics import Diagnostic, MapError, Severity
from wardley.raster import PictureTooLarge

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _echo_diagnostic(diagnostic: Diagnostic, source: str | None) -> None:
    text = diagnostic.format(source)
    head, _, rest = text.partition("\n")
    colour = "red" if diagnostic.severity is Severity.ERROR else "yellow"
    click.echo(click.style(head, fg=colour, bold=True) + ("\n" + rest if rest else ""), err=True)


def _echo(text: str = "", *, nl: bool = True) -> None:
    """Print to standard output; see :func:`_reader_gone` for a reader that has stopped."""
    try:
        click.echo(text, nl=nl)
    except BrokenPipeError:
        _reader_gone()


def _write_stdout(data: bytes) -> None:
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:
        _reader_gone()


def _reader_gone() -> None:
    """The reader of standard output has gone (``| head -1``): not an error. As Python's
    documentation on SIGPIPE advises, the rest of the output goes to the null device, so the
    command finishes its work (files are still written) and exits with its usual code."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _internal_error(error: BaseException) -> NoReturn:
    click.echo(
        f"wardley: internal error: {type(error).__name__}: {error}\n"
        "This is a bug in wardley, not in your map. Please report it with the map that caused it;"
        " run again with --debug for the details.",
        err=True,
    )
    sys.exit(EXIT_INTERNAL)


def guarded(function: F) -> F:
    """Bugs become a short message and exit 3; --debug shows the traceback instead."""

    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        context = click.get_current_context()
        try:
            return function(*args, **kwargs)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # output that bypassed _echo: the reader went, nothing failed
            _reader_gone()
            sys.exit(EXIT_OK)
        except OSError as error:
            click.echo(
                f"wardley: error: {error.strerror or error}: {error.filename or ''}", err=True
            )
            sys.exit(EXIT_ERRORS)
        except PictureTooLarge as error:  # asked of the options or the map's size: no bug
            click.echo(f"wardley: error: {error}", err=True)
            sys.exit(EXIT_ERRORS)
        except Exception as error:
            if context.find_root().params.get("debug"):
                raise
            _internal_error(error)

    return wrapper  # type: ignore[return-value]


@contextmanager
def _reading(path: str) -> Iterator[None]:
    try:
        yield
    except FileNotFoundError:
        raise click.UsageError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise click.UsageError(f"is a directory, not a map: {path}") from None


def _load(path: str, *, warn: bool = False) -> tuple[Any, str | None]:
    """Parse a map file; returns (map, source), or (None, source) after printing its
    diagnostics. ``warn`` prints the map's warnings too (for commands that draw it)."""
    with _reading(path):
        try:
            text = api.read_text(path)
        except MapError as error:
            for d in error.diagnostics:
                _echo_diagnostic(d, None)
            return None, None
    try:
        map_ = api.parse(text, path=_shown(path))
    except MapError as error:
        for d in error.diagnostics:
            _echo_diagnostic(d, text)
        return None, text
    for d in api.check(map_) if warn else ():
        _echo_diagnostic(d, text)
    return map_, text


def _quiet_option(function: F) -> F:
    return click.option(
        "-q", "--quiet", is_flag=True, help="Do not print warnings (errors are still printed)."
    )(function)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wardley")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
@click.option(
    "--max-components", type=click.IntRange(min=1), help="Most components a map may have (5,000)."
)
@click.option("--max-links", type=click.IntRange(min=1), help="Most links a map may have (20,000).")
@click.option("--max-lines", type=click.IntRange(min=1), help="Most lines a map may have (20,000).")
@click.option("--max-bytes", type=click.IntRange(min=1), help="Largest map in characters (10 MB).")
@click.option(
    "--max-line-length", type=click.IntRange(min=1), help="Longest line in characters (10,000)."
)
def main(
    debug: bool,
    max_components: int | None,
    max_links: int | None,
    max_lines: int | None,
    max_bytes: int | None,
    max_line_length: int | None,
) -> None:
    """Wardley maps as code: check, format, convert, render, describe and diff .wm and OWM
    maps; preview them live in the browser (serve) and edit them with a language server (lsp).

    'wardley COMMAND --help' tells more about each command.
    """
    limits = {
        "max_components": max_components,
        "max_links": max_links,
        "max_lines": max_lines,
        "max_bytes": max_bytes,
        "max_line_length": max_line_length,
    }
    # From the defaults each time: one invocation's options never leak into the next one made
    # in the same process (tests, or a program calling main).
    defaults = api.Limits()
    api.set_limits(
        **{
            name: getattr(defaults, name) if value is None else value
            for name, value in limits.items()
        }
    )


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option(
    "--offsets",
    is_flag=True,
    help="Also suggest each label [dx, dy] the picture had to move, as drawn (W127).",
)
@click.option(
    "--format",
    "output",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="json prints every diagnostic as JSON on standard output.",
)
@guarded
def check(files: tuple[str, ...], strict: bool, offsets: bool, output: str) -> None:
    """Report every problem in the maps. Exit 1 if any has errors."""
    failed = False
    records: list[dict[str, object]] = []
    errors = warnings = 0
    for path in files:
        with _reading(path):
            try:
                text = api.read_text(path)
            except MapError as error:
                diagnostics, source = error.diagnostics, None
            else:
                source = text
                try:
                    diagnostics = api.check(api.parse(text, path=_shown(path)), offsets)
                except MapError as error:
                    diagnostics = error.diagnostics
        for d in diagnostics:
            is_error = d.severity is Severity.ERROR or strict
            errors += is_error
            warnings += not is_error
            failed = failed or is_error
            if output == "json":
                records.append(d.to_dict())
            else:
                _echo_diagnostic(d, source)
    if output == "json":
        import json

        _echo(
            json.dumps({"diagnostics": records, "errors": errors, "warnings": warnings}, indent=2)
        )
    elif errors or warnings:
        click.echo(f"{errors} error(s), {warnings} warning(s) in {len(files)} file(s)", err=True)
    sys.exit(EXIT_ERRORS if failed else EXIT_OK)


def _shown(path: str) -> str:
    return "<stdin>" if path == "-" else path


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "--check",
    "check_only",
    is_flag=True,
    help="Change nothing; list files fmt would change, exit 1 if any.",
)
@guarded
def fmt(files: tuple[str, ...], check_only: bool) -> None:
    """Rewrite maps in canonical form, keeping comments. '-' formats stdin to stdout."""
    from wardley.files import write_atomic
    from wardley.mermaid_reader import is_mermaid

    status = EXIT_OK
    for path in files:
        map_, source = _load(path)
        if map_ is None:
            status = EXIT_ERRORS
            continue
        if source is not None and is_mermaid(source):
            _refuse_mermaid(path)
            status = status or EXIT_ERRORS
            continue
        formatted = api.format(map_)
        if not _same_meaning(map_, formatted, path):
            status = EXIT_INTERNAL
            continue
        if path == "-":
            if check_only:
                status = status or (EXIT_ERRORS if formatted != source else EXIT_OK)
            else:
                _echo(formatted, nl=False)
            continue
        if formatted == source:
            continue
        if check_only:
            _echo(path)
            status = status or EXIT_ERRORS
        else:
            write_atomic(path, formatted)
            click.echo(f"formatted {path}", err=True)
    sys.exit(status)


def _refuse_mermaid(path: str) -> None:
    """fmt writes wardley's own language: rewriting a Mermaid diagram in it would stop Mermaid
    (and GitHub) drawing it, so the file is left as it is and the way over is shown."""
    target = "MAP.wm" if path == "-" else str(Path(path).with_suffix(".wm"))
    click.echo(
        f"{_shown(path)}: error: this is a Mermaid wardley-beta diagram; fmt formats wardley's "
        "own language and leaves Mermaid text as it is (nothing was written).\n"
        f"    hint: to move the map to wardley: wardley convert {path} --to wm -o {target}",
        err=True,
    )


def _same_meaning(map_: Any, formatted: str, path: str) -> bool:
    """fmt refuses to write text that would read back as a different map."""
    try:
        same = api.parse(formatted) == map_
    except MapError:
        same = False
    if not same:
        click.echo(
            f"{path}: error: formatting would change the map's meaning, so nothing was written."
            " This is a bug in wardley; please report it with the map.",
            err=True,
        )
    return same


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option(
    "--to",
    "target",
    type=click.Choice(["owm", "wm", "json", "mermaid"]),
    required=True,
    help="Output language.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(allow_dash=True),
    default="-",
    help="Output file (default: stdout).",
)
@_quiet_option
@guarded
def convert(file: str, target: str, output: str, quiet: bool) -> None:
    """Convert a map to OWM, Mermaid, canonical .wm or JSON.

    OWM text is plain OnlineWardleyMaps, every position resolved to numbers; what OWM cannot
    say (overlays) is kept as comments. Mermaid text is resolved the same way; what Mermaid
    cannot say is a warning (W201), and kept as a %% comment where it can be.
    """
    map_, source = _load(file)
    if map_ is None:
        sys.exit(EXIT_ERRORS)
    if target == "json":
        import json

        text = json.dumps(map_.to_dict(), indent=2, ensure_ascii=False) + "\n"
    elif target == "wm":
        text = api.format(map_)
    else:
        from wardley.fmt import format_owm
        from wardley.geometry.placement import place
        from wardley.mermaid_writer import format_mermaid

        placements = {k: (p.visibility, p.evolution) for k, p in place(map_).items()}
        if target == "owm":
            text = format_owm(map_, placements)
        else:
            text, lost = format_mermaid(map_, placements)
            for d in () if quiet else lost:
                _echo_diagnostic(d, source)
    if output == "-":
        _echo(text, nl=False)
    else:
        from wardley.files import write_atomic

        write_atomic(output, text)


#: From this many maps, rendering is shared among processes (one per core, or --jobs).
POOL_FROM = 8

#: Map files: as the second of two paths, such a name is a second map to render, not OUT.
MAP_SUFFIXES = (".wm", ".owm", ".mmd", ".mermaid")
#: The first bytes of each picture format: an existing OUT without a picture extension is
#: only overwritten when it holds a picture (it may be a map).
PICTURE_MAGIC = (b"<svg", b"<?xml", b"\x89PNG", b"%PDF")


def _picture_format(target: str, fmt: str | None, how: str) -> str:
    """The format to write ``target`` in: ``fmt`` if given, else from its extension.
    ``how`` says how else to choose one, for the message when the extension names none."""
    chosen = fmt or (api.picture_format(target) if target != "-" else "svg")
    if chosen is None:
        raise click.UsageError(
            f"cannot tell the picture format of {target!r} from its extension: {how}"
        )
    return chosen


def _theme_option(theme: str) -> None:
    from wardley.themes import THEMES

    if theme not in THEMES:
        raise click.BadParameter(
            f"unknown theme {theme!r}; choose from {', '.join(THEMES)}", param_hint="--theme"
        )


def _same_file(a: str, b: str) -> bool:
    if "-" in (a, b):
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist yet
        return Path(a).resolve() == Path(b).resolve()


def _holds_other_than_a_picture(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(512).lstrip()
    except (FileNotFoundError, IsADirectoryError):
        return False
    return bool(head) and not head.startswith(PICTURE_MAGIC)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False),
    help="Write each picture into this folder.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(api.FORMATS),
    help="Picture format (default: from OUT's extension; without OUT, svg).",
)
@click.option(
    "-t", "--theme", help="Theme (see 'wardley themes'); default: the map's style, else plain."
)
@click.option(
    "--state",
    type=click.Choice(["current", "future", "both"]),
    default="both",
    show_default=True,
    help="current omits evolve arrows; future draws components where they evolve to.",
)
@click.option("--width", type=click.FloatRange(*api.WIDTHS), help="Picture width in pixels.")
@click.option(
    "--scale",
    type=click.FloatRange(*api.SCALES),
    default=1.0,
    show_default=True,
    help="PNG/PDF: multiply the pixels (after --width): 2 for high-density screens.",
)
@click.option("--watch", is_flag=True, help="Render again whenever an input changes.")
@click.option(
    "--update",
    is_flag=True,
    help="Write only pictures that are missing or out of date, and exit 1 if any was"
    " (for pre-commit: the commit stops until they are added).",
)
@click.option(
    "-j",
    "--jobs",
    "workers",
    type=click.IntRange(min=1),
    help=f"Maps drawn at once, from {POOL_FROM} maps on, each in a process (default: every core).",
)
@_quiet_option
@guarded
def render(
    paths: tuple[str, ...],
    output_dir: str | None,
    fmt: str | None,
    theme: str | None,
    state: str,
    width: float | None,
    scale: float,
    watch: bool,
    update: bool,
    workers: int | None,
    quiet: bool,
) -> None:
    """Draw maps as SVG, PNG or PDF pictures.

    \b
    render IN [OUT]        one map; OUT '-' writes to stdout
    render IN... [-o DIR]  each map to a picture beside it, or in DIR

    With two paths and no -o, the second is OUT unless it ends in .wm or .owm (then both are
    maps). OUT's format is --format, else its extension: .svg, .png or .pdf (any other is an
    error). A map is never drawn over itself, two maps never to one picture, and an OUT that
    holds anything but a picture is left alone. '-' reads stdin.

    Warnings are printed like check's (-q hides them). On errors the diagnostics are printed,
    the exit code is 1, and any old output is left untouched.

    --update leaves a picture that is already up to date untouched, names each one it writes,
    and then exits 1, as a formatter does in a pre-commit hook.
    """
    if theme is not None:
        _theme_option(theme)
    jobs = _render_jobs(paths, output_dir, fmt)
    _load_libraries({chosen for _, _, chosen in jobs})
    options = {"theme": theme, "state": state, "width": width, "scale": scale}
    status = _render_all(jobs, options, quiet, update, workers)
    if watch:
        _watch(jobs, options, quiet)
    sys.exit(status)


def _load_libraries(formats: set[str]) -> None:
    """Import the libraries a render uses here, near the bottom of the call stack, and set what
    they made aside from the garbage collector.

    Imported where first used, deep in a render, svgwrite's import (which builds pyparsing
    grammars in thousands of calls) and cairosvg's can straddle a chunk boundary of CPython
    3.11's frame stack, which then maps and unmaps a chunk for every call: 20 ms, a tenth of a
    cold render. And what they leave (tens of thousands of objects the garbage collector
    tracks) lives as long as the process: ``gc.freeze()`` leaves it out of every collection
    from now on, the full ones Python makes on exit among them: some 20 ms more. For the same
    reason the collector rests while they load: it would find nothing to free, yet the count of
    objects made can set off a full collection of the whole process (cairosvg's import did,
    tea shop PNG: 15 ms).
    """
    from wardley.collector import REST

    with REST:
        import lark  # noqa: F401
        import svgwrite  # noqa: F401

        if formats - {"svg"}:
            from wardley.raster import load_cairosvg

            load_cairosvg()
        gc.freeze()


def _render_jobs(
    paths: tuple[str, ...], output_dir: str | None, fmt: str | None
) -> list[tuple[str, str, str]]:
    """(input, output, format) for each map to render; refuses any that would overwrite a map."""
    if len(paths) == 2 and output_dir is None and Path(paths[1]).suffix.lower() not in MAP_SUFFIXES:
        source, target = paths
        chosen = _picture_format(target, fmt, "use .svg, .png or .pdf, or give --format")
        if _same_file(source, target):
            raise click.UsageError(f"OUT is the map itself: {target}; name the picture .{chosen}")
        if api.picture_format(target) is None and _holds_other_than_a_picture(target):
            raise click.UsageError(
                f"{target} exists and is not a picture, so it is not overwritten; to render"
                " several maps, give each a .wm or .owm name, or use -o DIR"
            )
        return [(source, target, chosen)]
    jobs = []
    for source in paths:
        chosen = fmt or "svg"
        if source == "-":
            target = "-"
        else:
            stem = Path(source).with_suffix(f".{chosen}")
            target = str(Path(output_dir) / stem.name) if output_dir else str(stem)
        jobs.append((source, target, chosen))
    _refuse_overwrites(jobs)
    if output_dir:
        Path(output_dir).mkdir(parents=True, exist_ok=True)
    return jobs


def _refuse_overwrites(jobs: list[tuple[str, str, str]]) -> None:
    """No picture is written over a map, and no two maps are drawn to one picture."""

    def where(path: str) -> str:
        return path if path == "-" else str(Path(path).resolve())

    maps: dict[str, str] = {}
    for source, _, _ in jobs:
        if where(source) in maps:
            raise click.UsageError(
                f"{source} is given twice; to draw a map to a picture of your naming, give OUT"
                " a .svg, .png or .pdf name"
            )
        maps[where(source)] = source
    pictures: dict[str, str] = {}
    for source, target, _ in jobs:
        if target == "-":
            continue
        if where(target) in maps:
            raise click.UsageError(
                f"the picture of {source} would be written over the map {maps[where(target)]}"
            )
        if where(target) in pictures:
            raise click.UsageError(
                f"{pictures[where(target)]} and {source} would both be drawn to {target};"
                " render one of them with 'render IN OUT'"
            )
        pictures[where(target)] = source


#: One map rendered: (input, diagnostics to print, the text they refer to, ok, and what was
#: written over: None if nothing, "missing" or "out of date" for a picture file).
Rendered = tuple[str, list[Diagnostic], str | None, bool, str | None]


def _render_one(
    job: tuple[str, str, str], options: dict[str, Any], update: bool = False
) -> Rendered:
    """Render one map; with ``update``, only where the picture differs. Runs in worker
    processes too."""
    from wardley.files import write_atomic

    source, target, fmt = job
    try:
        text = api.read_text(source)
        map_ = api.parse(text, path=_shown(source))
    except MapError as error:
        return source, error.diagnostics, error.source, False, None
    data = api.render_bytes(
        map_,
        fmt,
        **{
            k: v
            for k, v in options.items()
            if v is not None and not (k == "scale" and fmt == "svg")
        },
    )
    written = None
    if target == "-":
        _write_stdout(data)
    else:
        written = _staleness(target, data, fmt)
        if written or not update:
            write_atomic(target, data)
    return source, api.check(map_), text, True, written


def _staleness(target: str, data: bytes, fmt: str) -> str | None:
    """Why the picture at ``target`` is not ``data``: "missing", "out of date", or None."""
    try:
        old = Path(target).read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return "missing"
    if fmt == "pdf":  # cairo stamps each PDF with the time it was made
        old, data = (_PDF_DATE.sub(b"", pdf) for pdf in (old, data))
    return None if old == data else "out of date"


_PDF_DATE = re.compile(rb"/CreationDate \(D:[^)]*\)")


def _render_all(
    jobs: list[tuple[str, str, str]],
    options: dict[str, Any],
    quiet: bool,
    update: bool = False,
    workers: int | None = None,
) -> int:
    """Render every job; what each prints comes in the order of the jobs, however many
    processes share them."""
    status = EXIT_OK
    updated = False
    results: Iterator[Rendered]
    workers = min(len(jobs), workers or _cores())
    if workers > 1 and len(jobs) >= POOL_FROM:
        from concurrent.futures import ProcessPoolExecutor
        from functools import partial

        _load_renderer()
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(partial(_render_one, options=options, update=update), jobs, chunksize=2)
    else:
        pool = None
        results = (_render_one(job, options, update) for job in jobs)
    progress = _progress(len(jobs))
    try:
        for (source, diagnostics, text, ok, written), (_, target, _) in zip(
            results, jobs, strict=True
        ):
            for d in diagnostics:
                if not (quiet and d.severity is Severity.WARNING):
                    _echo_diagnostic(d, text)
            if not ok:
                status = EXIT_ERRORS
            if update and written:
                click.echo(f"wardley: {target} was {written}; drawn from {source}", err=True)
                updated = True
            progress(source)
    finally:
        progress(None)
        if pool is not None:
            pool.shutdown()
    return status or (EXIT_ERRORS if updated else EXIT_OK)


def _cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _load_renderer() -> None:
    """Load what every render needs before the workers start: where they are forked (Linux),
    each begins with it loaded instead of loading it again."""
    from wardley import compose, description, grammars, lint, svg  # noqa: F401

    # The line parser's tables, not lark's parser: that loads only for a line they cannot read.
    grammars.line_parser("wardley")


def _progress(total: int) -> Callable[[str | None], None]:
    """A rich progress bar for batches on a terminal; silent when piped."""
    if total < 2 or not sys.stderr.isatty():
        return lambda _source: None
    from rich.progress import Progress

    bar = Progress(transient=True)
    task = bar.add_task("rendering", total=total)
    bar.start()

    def advance(source: str | None) -> None:
        if source is None:
            bar.stop()
        else:
            bar.update(task, advance=1, description=source)

    return advance


def _watch(jobs: list[tuple[str, str, str]], options: dict[str, Any], quiet: bool) -> None:
    from watchfiles import watch

    sources = {
        str(Path(source).resolve()): (source, target, fmt)
        for source, target, fmt in jobs
        if source != "-"
    }
    click.echo(f"watching {len(sources)} map(s); Ctrl-C to stop", err=True)
    try:
        for changes in watch(*{str(Path(s).parent) for s in sources}):
            changed = [
                sources[str(Path(p).resolve())]
                for _, p in changes
                if str(Path(p).resolve()) in sources
            ]
            if changed:
                _render_all(changed, options, quiet)
                click.echo(f"rendered {', '.join(job[0] for job in changed)}", err=True)
    except KeyboardInterrupt:
        pass


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@guarded
def describe(file: str) -> None:
    """Describe a map in plain prose, for alt text.

    The image description that screen readers read: the same text as the SVG's <desc>.
    """
    from wardley.description import describe as describe_map

    map_, _ = _load(file)
    if map_ is None:
        sys.exit(EXIT_ERRORS)
    _echo(describe_map(map_))


@main.command("diff")
@click.argument("old", type=click.Path(allow_dash=True))
@click.argument("new", required=False, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(allow_dash=True),
    help="Also draw the diff: .svg, .png or .pdf ('-': SVG on stdout, instead of the list).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="The change list as text (coloured on a terminal) or JSON.",
)
@click.option("-t", "--theme", help="Theme of the picture.")
@_quiet_option
@guarded
def diff_command(
    old: str,
    new: str | None,
    output: str | None,
    output_format: str,
    theme: str | None,
    quiet: bool,
) -> None:
    """Compare two maps, or a map with its future.

    With one map, its current state is compared with its future (its evolve arrows). Exit 0
    when the maps are the same, 1 when they differ, 2 on trouble (as diff(1)). With -o, the
    picture is drawn and the maps' warnings printed (-q hides them).
    """
    from wardley.diffview import change_lines, summary
    from wardley.mapdiff import diff as compute

    picture_format = (
        _picture_format(output, None, "use .svg, .png or .pdf") if output is not None else None
    )
    if theme is not None:
        _theme_option(theme)
    before, _ = _load(old, warn=output is not None and not quiet)
    if before is None:
        sys.exit(EXIT_USAGE)
    evolves: tuple[Any, ...] = ()
    if new is None:
        evolves = before.evolves
        before, after = api.states(before)
    else:
        after, _ = _load(new, warn=output is not None and not quiet)
        if after is None:
            sys.exit(EXIT_USAGE)
    changes = compute(before, after, evolves=evolves)
    # The picture first: a reader of the change list that stops early must not cost it.
    if output is not None and picture_format is not None:
        _draw_diff(before, after, theme, output, picture_format)
    if output == "-":
        pass  # standard output carries the picture, which a change list would spoil
    elif output_format == "json":
        import json

        names = {"old": _shown(old), "new": _shown(new) if new else f"{_shown(old)} (future)"}
        _echo(json.dumps({**names, **changes.to_dict()}, indent=2, ensure_ascii=False))
    else:
        colours = {"+": "green", "-": "red", "~": "yellow"}
        for mark, text in change_lines(changes):
            _echo(click.style(f"{mark} {text}", fg=colours[mark]))
        _echo(summary(changes))
    sys.exit(EXIT_ERRORS if changes else EXIT_OK)


def _draw_diff(before: Any, after: Any, theme: str | None, output: str, fmt: str) -> None:
    from wardley.files import write_atomic
    from wardley.raster import picture as picture_of

    picture = picture_of(api.diff_svg(before, after, theme), fmt)
    if output == "-":
        _write_stdout(picture)
    else:
        write_atomic(output, picture)


@main.command("git-diff")
@click.argument("args", nargs=-1)
@guarded
def git_diff(args: tuple[str, ...]) -> None:
    """Show map changes in 'git diff' (a git diff driver).

    Set up with: git config diff.wardley.command "wardley git-diff" (see docs/diff.md).
    Git calls it with: path old-file old-hex old-mode new-file new-hex new-mode.
    """
    from wardley.diffview import change_lines, summary
    from wardley.mapdiff import diff as compute
    from wardley.model import Map

    if len(args) < 7:
        raise click.UsageError(
            "git calls this with 7 arguments: "
            "path old-file old-hex old-mode new-file new-hex new-mode"
        )
    path, old_file, new_file = args[0], args[1], args[4]

    def read(name: str) -> Map | None:
        if name == "/dev/null":
            return Map()
        map_, _ = _load(name)
        return map_

    before, after = read(old_file), read(new_file)
    _echo(f"wardley diff a/{path} b/{path}")
    if before is None or after is None:
        _echo("(a map has errors; they are shown above)")
        return
    changes = compute(before, after)
    for mark, text in change_lines(changes):
        _echo(f"{mark} {text}")
    _echo(summary(changes))


@main.command(short_help="Live preview in the browser, with drag-to-place.")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, help="Port (default: a free one)."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Another name browsers may call the server by (repeatable); others are refused.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the browser.")
@click.option("--diff", help="Show the changes from another map file, or from git HEAD.")
@guarded
def serve(
    path: str,
    port: int,
    host: str,
    allow_hosts: tuple[str, ...],
    open_browser: bool,
    diff: str | None,
) -> None:
    """Live preview in the browser: redrawn on every save, drag components to place them."""
    from wardley.serve import serve as run

    try:
        run(
            path,
            host=host,
            port=port,
            open_browser=open_browser,
            diff=diff,
            allow_hosts=allow_hosts,
        )
    except OSError as error:
        click.echo(f"wardley: error: {error}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
def lsp() -> None:
    """The language server for editors (LSP).

    It talks on stdin and stdout; see docs/editors.md.
    """
    from wardley.lsp import main as serve_lsp

    serve_lsp()


@main.command()
@guarded
def themes() -> None:
    """List the themes."""
    from wardley.themes import THEMES

    for theme in THEMES.values():
        _echo(f"{theme.name:12} {theme.description}")
