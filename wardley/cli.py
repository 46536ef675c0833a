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
from typing import Any, NoReturn, TypeVar

import click

from wardley import api
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
def main(debug: bool) -> None:
    """Wardley maps as code: check, format, convert and render .wm / OWM maps."""


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
        from wardley.layout import place

        placements = {k: (p.visibility, p.evolution) for k, p in place(map_).items()}
        text = format_owm(map_, placements)
    if output == "-":
        click.echo(text, nl=False)
    else:
        from wardley.files import write_atomic

        write_atomic(output, text)
