"""The command line: ``wardley check``, ``fmt`` and ``convert``.

Exit codes: 0 fine, 1 the map has errors (or, for ``fmt --check``, would change), 2 the
command line is wrong, 3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from wardley import api
from wardley.build import MAX_PICTURE
from wardley.diagnostics import Diagnostic, MapError, Severity

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _echo_diagnostic(diagnostic: Diagnostic, source: str | None) -> None:
    text = diagnostic.format(source)
    head, _, rest = text.partition("\n")
    colour = "red" if diagnostic.severity is Severity.ERROR else "yellow"
    click.echo(click.style(head, fg=colour, bold=True) + ("\n" + rest if rest else ""), err=True)


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
        except OSError as error:
            click.echo(
                f"wardley: error: {error.strerror or error}: {error.filename or ''}", err=True
            )
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


def _load(path: str) -> tuple[Any, str | None]:
    """Parse a map file; returns (map, None) or (None, source) after printing its diagnostics."""
    with _reading(path):
        try:
            text = api.read_text(path)
        except MapError as error:
            for d in error.diagnostics:
                _echo_diagnostic(d, None)
            return None, None
    try:
        return api.parse(text, path="<stdin>" if path == "-" else path), text
    except MapError as error:
        for d in error.diagnostics:
            _echo_diagnostic(d, text)
        return None, text


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wardley")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
@click.option(
    "--max-components", type=click.IntRange(min=1), help="Most components a map may have (5,000)."
)
@click.option("--max-links", type=click.IntRange(min=1), help="Most links a map may have (20,000).")
@click.option("--max-lines", type=click.IntRange(min=1), help="Most lines a map may have (20,000).")
@click.option("--max-bytes", type=click.IntRange(min=1), help="Largest map in characters (10 MB).")
def main(
    debug: bool,
    max_components: int | None,
    max_links: int | None,
    max_lines: int | None,
    max_bytes: int | None,
) -> None:
    """Wardley maps as code: check, format, convert, render and diff .wm / OWM maps."""
    limits = {
        "max_components": max_components,
        "max_links": max_links,
        "max_lines": max_lines,
        "max_bytes": max_bytes,
    }
    api.set_limits(**{name: value for name, value in limits.items() if value is not None})


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option(
    "--format",
    "output",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="json prints every diagnostic as JSON on standard output.",
)
@guarded
def check(files: tuple[str, ...], strict: bool, output: str) -> None:
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
                    diagnostics = api.check(api.parse(text, path=_shown(path)))
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
        click.echo(
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

    status = EXIT_OK
    for path in files:
        map_, source = _load(path)
        if map_ is None:
            status = EXIT_ERRORS
            continue
        formatted = api.format(map_)
        if not _same_meaning(map_, formatted, path):
            status = EXIT_INTERNAL
            continue
        if path == "-":
            if check_only:
                status = status or (EXIT_ERRORS if formatted != source else EXIT_OK)
            else:
                click.echo(formatted, nl=False)
            continue
        if formatted == source:
            continue
        if check_only:
            click.echo(path)
            status = status or EXIT_ERRORS
        else:
            write_atomic(path, formatted)
            click.echo(f"formatted {path}", err=True)
    sys.exit(status)


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
    type=click.Choice(["owm", "wm", "json"]),
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
@guarded
def convert(file: str, target: str, output: str) -> None:
    """Convert a map to plain OWM text (positions resolved), canonical .wm, or JSON."""
    map_, _ = _load(file)
    if map_ is None:
        sys.exit(EXIT_ERRORS)
    if target == "json":
        text = json.dumps(map_.to_dict(), indent=2, ensure_ascii=False) + "\n"
    elif target == "wm":
        text = api.format(map_)
    else:
        from wardley.fmt import format_owm
        from wardley.placement import place

        placements = {k: (p.visibility, p.evolution) for k, p in place(map_).items()}
        text = format_owm(map_, placements)
    if output == "-":
        click.echo(text, nl=False)
    else:
        from wardley.files import write_atomic

        write_atomic(output, text)


IMAGE_SUFFIXES = {".svg": "svg", ".png": "png", ".pdf": "pdf"}


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
    type=click.Choice(["svg", "png", "pdf"]),
    help="Picture format (default: from OUT's extension, else svg).",
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
@click.option(
    "--width", type=click.FloatRange(min=50, max=MAX_PICTURE), help="Picture width in pixels."
)
@click.option(
    "--scale",
    type=click.FloatRange(min=0.1, max=20),
    default=1.0,
    show_default=True,
    help="Scale of PNG/PDF output.",
)
@click.option("--watch", is_flag=True, help="Render again whenever an input changes.")
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
) -> None:
    """Render maps to SVG, PNG or PDF: 'render IN [OUT]', or 'render IN... -o DIR'.

    Without OUT or -o, each picture is written beside its map. '-' reads stdin and writes
    stdout. On errors the diagnostics are printed, the exit code is 1, and any old output is
    left untouched.
    """
    from wardley.themes import THEMES

    if theme is not None and theme not in THEMES:
        raise click.BadParameter(
            f"unknown theme {theme!r}; choose from {', '.join(THEMES)}", param_hint="--theme"
        )
    jobs = _render_jobs(paths, output_dir, fmt)
    options = {"theme": theme, "state": state, "width": width, "scale": scale}
    status = _render_all(jobs, options)
    if watch:
        _watch(jobs, options)
    sys.exit(status)


def _render_jobs(
    paths: tuple[str, ...], output_dir: str | None, fmt: str | None
) -> list[tuple[str, str, str]]:
    """(input, output, format) for each map to render."""
    from pathlib import Path

    if (
        len(paths) == 2
        and output_dir is None
        and (paths[1] == "-" or Path(paths[1]).suffix.lower() in IMAGE_SUFFIXES)
    ):
        source, target = paths
        chosen = fmt or IMAGE_SUFFIXES.get(Path(target).suffix.lower(), "svg")
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
    if output_dir:
        Path(output_dir).mkdir(parents=True, exist_ok=True)
    return jobs


def _render_one(job: tuple[str, str, str], options: dict[str, Any]) -> tuple[str, list[str], bool]:
    """Render one map; returns (input, printed diagnostics, ok). Runs in worker processes too."""
    from wardley.files import write_atomic

    source, target, fmt = job
    try:
        text = api.read_text(source)
        map_ = api.parse(text, path=_shown(source))
    except MapError as error:
        return source, [d.format(error.source) for d in error.diagnostics], False
    data = api.render_bytes(
        map_,
        fmt,
        **{
            k: v
            for k, v in options.items()
            if v is not None and not (k == "scale" and fmt == "svg")
        },
    )
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomic(target, data)
    return source, [], True


#: From this many maps, rendering is shared among processes (one per core).
POOL_FROM = 8


def _render_all(jobs: list[tuple[str, str, str]], options: dict[str, Any]) -> int:
    status = EXIT_OK
    results: Iterator[tuple[str, list[str], bool]]
    if len(jobs) >= POOL_FROM:
        import os
        from concurrent.futures import ProcessPoolExecutor
        from functools import partial

        pool = ProcessPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1))
        results = pool.map(partial(_render_one, options=options), jobs, chunksize=2)
    else:
        pool = None
        results = (_render_one(job, options) for job in jobs)
    progress = _progress(len(jobs))
    try:
        for source, messages, ok in results:
            for message in messages:
                click.echo(message, err=True)
            if not ok:
                status = EXIT_ERRORS
            progress(source)
    finally:
        progress(None)
        if pool is not None:
            pool.shutdown()
    return status


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


def _watch(jobs: list[tuple[str, str, str]], options: dict[str, Any]) -> None:
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
                _render_all(changed, options)
                click.echo(f"rendered {', '.join(job[0] for job in changed)}", err=True)
    except KeyboardInterrupt:
        pass


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@guarded
def describe(file: str) -> None:
    """Print an image description of a map: plain prose for alt text and screen readers."""
    from wardley.describe import describe as describe_map

    map_, _ = _load(file)
    if map_ is None:
        sys.exit(EXIT_ERRORS)
    click.echo(describe_map(map_))


@main.command("diff")
@click.argument("old", type=click.Path(allow_dash=True))
@click.argument("new", required=False, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(allow_dash=True),
    help="Also draw the diff: .svg, .png or .pdf.",
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
@guarded
def diff_command(
    old: str, new: str | None, output: str | None, output_format: str, theme: str | None
) -> None:
    """Compare two maps, or one map's current state with its future (its evolve arrows).

    Exit 0 when the maps are the same, 1 when they differ, 2 on trouble (as diff(1)).
    """
    from wardley.diffview import change_lines, diff_svg, summary
    from wardley.mapdiff import diff as compute

    before, _ = _load(old)
    if before is None:
        sys.exit(EXIT_USAGE)
    evolves: tuple[Any, ...] = ()
    if new is None:
        evolves = before.evolves
        before, after = api.states(before)
    else:
        after, _ = _load(new)
        if after is None:
            sys.exit(EXIT_USAGE)
    changes = compute(before, after, evolves=evolves)
    if output_format == "json":
        names = {"old": _shown(old), "new": _shown(new) if new else f"{_shown(old)} (future)"}
        click.echo(json.dumps({**names, **changes.to_dict()}, indent=2, ensure_ascii=False))
    else:
        colours = {"+": "green", "-": "red", "~": "yellow"}
        for mark, text in change_lines(changes):
            click.echo(click.style(f"{mark} {text}", fg=colours[mark]))
        click.echo(summary(changes))
    if output:
        from wardley.files import write_atomic
        from wardley.raster import svg_to_pdf, svg_to_png

        svg = diff_svg(before, after, theme)
        fmt = IMAGE_SUFFIXES.get(Path(output).suffix.lower(), "svg")
        picture = (
            svg.encode() if fmt == "svg" else (svg_to_png if fmt == "png" else svg_to_pdf)(svg)
        )
        if output == "-":
            sys.stdout.buffer.write(picture)
        else:
            write_atomic(output, picture)
    sys.exit(EXIT_ERRORS if changes else EXIT_OK)


@main.command("git-diff")
@click.argument("args", nargs=-1)
@guarded
def git_diff(args: tuple[str, ...]) -> None:
    """For git: 'git config diff.wardley.command "wardley git-diff"' (see docs/diff.md).

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
    click.echo(f"wardley diff a/{path} b/{path}")
    if before is None or after is None:
        click.echo("(a map has errors; they are shown above)")
        return
    changes = compute(before, after)
    for mark, text in change_lines(changes):
        click.echo(f"{mark} {text}")
    click.echo(summary(changes))


@main.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, help="Port (default: a free one)."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the browser.")
@click.option("--diff", help="Show the changes from another map file, or from git HEAD.")
@guarded
def serve(path: str, port: int, host: str, open_browser: bool, diff: str | None) -> None:
    """Live preview in the browser: redrawn on every save, drag components to place them."""
    from wardley.serve import serve as run

    try:
        run(path, host=host, port=port, open_browser=open_browser, diff=diff)
    except OSError as error:
        click.echo(f"wardley: error: {error}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
def lsp() -> None:
    """Run the language server (LSP) on stdin and stdout, for editors (see docs/editors.md)."""
    from wardley.lsp import main as serve_lsp

    serve_lsp()


@main.command()
def themes() -> None:
    """List the themes."""
    from wardley.themes import THEMES

    for theme in THEMES.values():
        click.echo(f"{theme.name:12} {theme.description}")
