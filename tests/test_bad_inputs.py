"""Bad inputs and the diagnostics they must give.

Each case is ``tests/bad/NAME.wm`` (any bytes) with ``tests/bad/NAME.expected`` beside it: one line
per expected diagnostic, ``LINE:COL SEVERITY CODE``, in the order the library reports them (by
line, then column). An input that raises :class:`wardley.MapError` is compared on
``error.diagnostics``, any other on ``wardley.check(map, offsets=True)``. Inputs too big to keep in the
repository are generated into a temporary directory (``GENERATED`` below).

The expected lines say what the diagnostics *should* be, so a case fails while the library gets
it wrong.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

import wardley

BAD = Path(__file__).parent / "bad"
WARDLEY = Path(sys.executable).parent / "wardley"
EXPECTED_LINE = re.compile(r"(\d+):(\d+) (error|warning) ([EW]\d{3})")

ROOT = Path(__file__).resolve().parent.parent
CODE = re.compile(r"""["']([EW]\d{3})["']""")

#: Every diagnostic code the library can emit: each one written in its source, so that a new
#: code needs a case here before the suite passes.
ALL_CODES = {
    code
    for path in (ROOT / "wardley").rglob("*.py")
    for code in CODE.findall(path.read_text(encoding="utf-8"))
}


# ---- generated inputs ----------------------------------------------------------------------------
def _huge_line() -> tuple[bytes, list[str]]:
    """A line just under the length limit with a mistake at its end; the next line is read."""
    head = "note " + "x" * 9_980 + " ["
    text = f"title Long line\n{head}prodcut]\ncompnent B\n"
    return text.encode(), [f"2:{len(head) + 1} error E009", "3:1 error E007"]


def _too_long_a_line() -> tuple[bytes, list[str]]:
    """A 1 MB line: refused where it passes the 10,000-character limit, not drawn for minutes."""
    return f"title Long line\nnote {'x' * 1_000_000} [0.5, 0.5]\n".encode(), ["2:10001 error E015"]


def _too_large() -> tuple[bytes, list[str]]:
    """Over the 10 MiB limit: refused at once with one error, not parsed for minutes."""
    line = "// " + "x" * 97 + "\n"
    count = 10 * 1024 * 1024 // len(line) + 10
    return ("component A [0.5, 0.5]\n" + line * count).encode(), ["1:1 error E015"]


def _too_many_drawn() -> tuple[bytes, list[str]]:
    """Over 5,000 components, notes and annotations together: one error, at the 5,001st."""
    notes = "note Remember [0.5, 0.5]\n" * 2
    components = "".join(f"component C{n}\n" for n in range(4_999))
    return (notes + components).encode(), ["5001:1 error E018"]


GENERATED: dict[str, Callable[[], tuple[bytes, list[str]]]] = {
    "generated_huge_line": _huge_line,
    "generated_e015_too_large": _too_large,
    "generated_e018_too_many_drawn": _too_many_drawn,
    "generated_e015_line_too_long": _too_long_a_line,
}

CASES = sorted(path.stem for path in BAD.glob("*.wm")) + sorted(GENERATED)


def _read_expected(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[str]]]:
    """Each case's input file and expected lines; generated inputs are written to a tmp dir."""
    out = {
        path.stem: (path, _read_expected(path.with_suffix(".expected")))
        for path in BAD.glob("*.wm")
    }
    directory = tmp_path_factory.mktemp("bad-generated")
    for name, make in GENERATED.items():
        data, expected = make()
        path = directory / f"{name}.wm"
        path.write_bytes(data)
        out[name] = (path, expected)
    return out


# ---- the command line ----------------------------------------------------------------------------
def _has_error(expected: list[str]) -> bool:
    return any(" error " in line for line in expected)


def _run_cli(*paths: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(WARDLEY), "check", "--offsets", *map(str, paths)],
        capture_output=True,
        timeout=120,
        check=False,
    )


def _crashed(result: subprocess.CompletedProcess[bytes]) -> bool:
    output = result.stdout + result.stderr
    return (
        result.returncode not in (0, 1)
        or b"Traceback" in output
        or b"wardley: internal error" in output
    )


def _reports_error(result: subprocess.CompletedProcess[bytes], path: Path) -> bool:
    """Whether the run printed an error for this file (`PATH:LINE:COL: error: ...`)."""
    prefix = f"{path}:".encode()
    return any(
        line.startswith(prefix) and b": error: " in line for line in result.stderr.splitlines()
    )


@pytest.fixture(scope="module")
def cli(
    request: pytest.FixtureRequest, cases: dict[str, tuple[Path, list[str]]]
) -> Iterator[Callable[[str], tuple[int, str]]]:
    """``wardley check`` as each selected case would meet it: ``(exit code, output)``.

    One process per file would take a quarter of a second each, so the small cases run in two
    batches started at once (those expected to exit 0, and those expected to exit 1). The CLI
    checks files one after the other and exits 1 iff it printed an error, so a batch that did not
    crash tells each file's exit code: 1 iff the batch printed an error for that file. A case
    whose batch crashed, or whose exit code looks wrong, runs again alone, and that run is what
    the test judges. The big generated inputs always run alone.
    """
    wanted = {
        item.callspec.params["case"]
        for item in request.session.items
        if getattr(item, "originalname", None) == "test_cli"
        and item.path == request.path
        and hasattr(item, "callspec")
    }
    alone = {name for name in wanted if name in GENERATED}
    groups = [
        sorted(n for n in wanted - alone if _has_error(cases[n][1]) is want)
        for want in (True, False)
    ]
    with ThreadPoolExecutor(max_workers=2 * (os.cpu_count() or 1)) as pool:
        single = {name: pool.submit(_run_cli, cases[name][0]) for name in sorted(alone)}
        batch: dict[str, Future[subprocess.CompletedProcess[bytes]]] = {}
        for group in groups:
            if group:
                future = pool.submit(_run_cli, *(cases[name][0] for name in group))
                batch.update(dict.fromkeys(group, future))

        def run(name: str) -> tuple[int, str]:
            path, expected = cases[name]
            if name in batch:
                together = batch[name].result()
                code = int(_reports_error(together, path))
                if not _crashed(together) and code == int(_has_error(expected)):
                    return code, ""
            if name not in single:
                single[name] = pool.submit(_run_cli, path)
            result = single[name].result()
            return result.returncode, (result.stdout + result.stderr).decode("utf-8", "replace")

        yield run


# ---- the tests ---------------------------------------------------------------------------------
def _diagnostics(path: Path) -> list[wardley.Diagnostic]:
    try:
        return wardley.check(wardley.load(path), offsets=True)
    except wardley.MapError as error:
        return error.diagnostics


def _shown(diagnostics: list[wardley.Diagnostic]) -> str:
    return "\n".join(
        f"{d.line}:{d.column} {d.severity} {d.code} {d.message[:120]}" for d in diagnostics
    )


@pytest.mark.parametrize("case", CASES)
def test_diagnostics(
    case: str,
    cases: dict[str, tuple[Path, list[str]]],
    cli: Callable[[str], tuple[int, str]],  # asked for here only to start the CLI runs early
) -> None:
    path, expected = cases[case]
    diagnostics = _diagnostics(path)
    got = [f"{d.line}:{d.column} {d.severity} {d.code}" for d in diagnostics]
    assert got == expected, "the library said:\n" + _shown(diagnostics)
    for d in diagnostics:
        assert d.message.strip(), f"{d.code} at {d.line}:{d.column} has no message"


@pytest.mark.parametrize("case", CASES)
def test_cli(
    case: str,
    cases: dict[str, tuple[Path, list[str]]],
    cli: Callable[[str], tuple[int, str]],
) -> None:
    """`wardley check FILE` never shows a traceback and exits 1 iff the file has an error."""
    _, expected = cases[case]
    code, output = cli(case)
    assert "Traceback" not in output, output[-3000:]
    assert code == (1 if _has_error(expected) else 0), output[-3000:]


def test_expected_files_are_well_formed() -> None:
    stems = {path.stem for path in BAD.iterdir()}
    for stem in sorted(stems):
        assert (BAD / f"{stem}.wm").is_file(), f"{stem}.expected has no {stem}.wm"
        expected = BAD / f"{stem}.expected"
        assert expected.is_file(), f"{stem}.wm has no {stem}.expected"
        places = []
        for line in _read_expected(expected):
            match = EXPECTED_LINE.fullmatch(line)
            assert match, f"{expected.name}: bad line {line!r}"
            places.append((int(match[1]), int(match[2])))
        assert places == sorted(places), f"{expected.name}: not sorted by line and column"
    assert len(CASES) >= 60
    assert not stems & set(GENERATED)


#: Codes that reading a map never gives, with the test file that gives each one a case:
#: W201 is `convert --to mermaid` naming what Mermaid cannot say.
NOT_FROM_READING = {"W201": "test_mermaid_writer.py"}


def test_every_code_is_covered(cases: dict[str, tuple[Path, list[str]]]) -> None:
    covered = {line.split()[-1] for _, expected in cases.values() for line in expected}
    for code, test_file in NOT_FROM_READING.items():
        assert code not in covered and code in (ROOT / "tests" / test_file).read_text()
        covered.add(code)
    assert len(ALL_CODES) >= 35  # the scan of the source found the codes
    assert covered >= ALL_CODES, f"no case for {sorted(ALL_CODES - covered)}"


def test_every_code_is_documented() -> None:
    table = (ROOT / "docs" / "language.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| ([EW]\d{3}) \|", table, re.MULTILINE))
    assert documented == ALL_CODES, (
        f"undocumented: {sorted(ALL_CODES - documented)}, never emitted: "
        f"{sorted(documented - ALL_CODES)}"
    )
