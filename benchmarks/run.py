"""The wardley benchmarks: how fast maps parse, check and format, and how fast the tool starts.

    python benchmarks/run.py               # the full run (about half a minute on 2 cores)
    python benchmarks/run.py --quick       # a smoke run: fewer sizes and repetitions
    python benchmarks/run.py --json FILE   # also write the figures as JSON
    python benchmarks/run.py --only corpus,cold-start
    python benchmarks/run.py --list        # the measurements there are
    python benchmarks/run.py --only goals --baseline ../before   # the goals, beside a checkout

The goals of the performance issue are measured last and printed as their own table, each met
or missed with its figures (see benchmarks/goals.py); ``--baseline DIR`` measures an earlier
checkout (``git worktree add DIR COMMIT``) beside this one, in the same run.

Every timing is taken with ``time.perf_counter`` after one warm-up call, repeated several times;
the table shows the median and the minimum. Calls shorter than 20 ms are looped and timed per
call. See benchmarks/README.md for what each figure means.

To add a measurement (layout, rendering, …) write a function that takes a :class:`Context` and
returns a list of :class:`Result`, and register it with ``@measurement("name")``; the table, the
JSON output and ``--only`` pick it up. Raise :class:`Skip` when it cannot run here.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import wardley

BENCHMARKS = Path(__file__).resolve().parent
REPO = BENCHMARKS.parent
SHARED = Path(os.environ.get("WARDLEY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus" / "owm"
TEA_SHOP = "001_tea-shop.owm"

#: The project's goal for parse + check of the largest corpus map, warm.
GOAL_SECONDS = 0.050

#: A timed repetition of a call shorter than this loops the call and reports the time per call.
MIN_SAMPLE_SECONDS = 0.020
#: Calls longer than this get fewer repetitions, to keep the full run near half a minute.
SLOW_CALL_SECONDS = 0.5


# ---- results and the registry of measurements ----------------------------------------------


@dataclass
class Result:
    """One figure. Times are in seconds; ``unit`` says how to read ``median`` and ``minimum``."""

    group: str
    name: str
    median: float
    minimum: float | None = None
    unit: str = "s"  # "s", "MiB" or "" (a plain number)
    runs: int = 0
    loops: int = 1
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class Skip(Exception):
    """A measurement that cannot run here (say, the corpus is missing); the message says why."""


@dataclass
class Context:
    quick: bool
    repeat: int
    sizes: tuple[int, ...]
    process_runs: int
    baseline: Path | None = None
    results: list[Result] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    #: The goals' own table, printed after the figures.
    goals: str = ""
    _texts: dict[int, str] = field(default_factory=dict)

    def generated(self, n: int) -> str:
        """The generated map of ``n`` components (made once, then cached)."""
        if n not in self._texts:
            self._texts[n] = _generate(n)
        return self._texts[n]

    def find(self, group: str, name: str) -> Result | None:
        return next((r for r in self.results if r.group == group and r.name == name), None)


Measurement = Callable[[Context], list[Result]]
MEASUREMENTS: list[tuple[str, Measurement]] = []


def measurement(name: str) -> Callable[[Measurement], Measurement]:
    """Register a measurement; they run, and are printed, in the order they are registered."""

    def register(function: Measurement) -> Measurement:
        MEASUREMENTS.append((name, function))
        return function

    return register


def _generate(n: int) -> str:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    from generate import generate

    return generate(n)


# ---- timing helpers ----------------------------------------------------------------------------


@dataclass
class Timing:
    median: float
    minimum: float
    runs: int
    loops: int


def time_call(function: Callable[[], object], repeat: int) -> Timing:
    """Median and min of ``repeat`` timed runs of a warm call (seconds per call)."""
    start = time.perf_counter()
    function()  # warm-up: imports, caches, the lark parser
    elapsed = time.perf_counter() - start
    if elapsed < 10 * MIN_SAMPLE_SECONDS:  # the warm-up may have been slow; time a warm call
        start = time.perf_counter()
        function()
        elapsed = time.perf_counter() - start
    loops = max(1, math.ceil(MIN_SAMPLE_SECONDS / max(elapsed, 1e-9)))
    if elapsed > SLOW_CALL_SECONDS:
        repeat = min(repeat, 3)
    samples = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(loops):
            function()
        samples.append((time.perf_counter() - start) / loops)
    return Timing(statistics.median(samples), min(samples), repeat, loops)


def timed(group: str, name: str, function: Callable[[], object], ctx: Context, **kw: Any) -> Result:
    timing = time_call(function, ctx.repeat)
    return Result(group, name, timing.median, timing.minimum, "s", timing.runs, timing.loops, **kw)


def time_process(command: list[str], runs: int, ok: tuple[int, ...] = (0,)) -> Timing:
    """Wall time of a fresh process, after one warm-up run (the OS file cache)."""
    _run(command, ok=ok)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        _run(command, ok=ok)
        samples.append(time.perf_counter() - start)
    return Timing(statistics.median(samples), min(samples), runs, 1)


def _run(
    command: list[str], stdin: str | None = None, ok: tuple[int, ...] = (0,)
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, cwd=REPO, check=False
    )
    if done.returncode not in ok:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return done


# ---- the measurements ------------------------------------------------------------------------


def _largest_corpus_map() -> Path:
    if not CORPUS.is_dir():
        raise Skip(f"no corpus at {CORPUS}")
    maps = sorted(CORPUS.glob("*.owm"))
    if not maps:
        raise Skip(f"no .owm maps in {CORPUS}")
    return max(maps, key=lambda path: (path.stat().st_size, path.name))


@measurement("corpus")
def corpus(ctx: Context) -> list[Result]:
    """Parse + check of the largest map in the OWM corpus: the < 50 ms goal."""
    path = _largest_corpus_map()
    text = path.read_text(encoding="utf-8")
    try:
        map_ = wardley.parse(text, path=str(path))
    except wardley.MapError as error:
        raise Skip(f"{path.name} does not parse: {error}") from None
    result = timed(
        "corpus",
        f"parse+check {path.name}",
        lambda: wardley.check(wardley.parse(text, path=str(path))),
        ctx,
        extra={
            "lines": text.count("\n") + 1,
            "bytes": len(text.encode()),
            "components": len(map_.components),
        },
    )
    verdict = "met" if result.median < GOAL_SECONDS else "MISSED"
    result.note = (
        f"{len(map_.components)} components, {result.extra['lines']} lines; "
        f"goal < {GOAL_SECONDS * 1000:.0f} ms: {verdict}"
    )
    return [result]


@measurement("generated")
def generated(ctx: Context) -> list[Result]:
    """Parse, check, format, and parse + check, of generated maps of growing size."""
    results = []
    for n in ctx.sizes:
        text = ctx.generated(n)
        map_ = wardley.parse(text)  # a MapError here is a bug in generate.py
        if len(map_.components) != n:
            raise RuntimeError(f"generate({n}) made {len(map_.components)} components")
        lines = text.count("\n")
        extra = {"components": n, "lines": lines, "links": len(map_.links)}
        size = f"{n:>5,} components"
        for operation, function in (
            ("parse", lambda text=text: wardley.parse(text)),
            ("check", lambda map_=map_: wardley.check(map_)),
            ("format", lambda map_=map_: wardley.format(map_)),
            ("parse+check", lambda text=text: wardley.check(wardley.parse(text))),
        ):
            result = timed("generated", f"{operation:<11} {size}", function, ctx, extra=extra)
            result.extra = {**extra, "operation": operation}
            if operation == "parse":
                result.note = f"{lines:,} lines, {len(map_.links):,} links"
            if operation == "parse+check":
                per_line = result.median / lines * 1e6
                result.note = f"{per_line:.0f} µs a line"
            results.append(result)
    return results


@measurement("render")
def render(ctx: Context) -> list[Result]:
    """Layout (with labels) and SVG separately, and parse + layout + SVG end to end."""
    from wardley.svg import to_svg

    results = []
    tea = REPO / "gallery" / "tea-shop.wm"
    if tea.exists():
        text = tea.read_text(encoding="utf-8")
        results.append(
            timed(
                "render",
                "parse+layout+svg   tea shop",
                lambda: wardley.to_svg(wardley.parse(text)),
                ctx,
                note="a small map, in one process (the goals give the corpus median)",
            )
        )
        map_ = wardley.parse(text)
        results.append(
            timed("render", "png                tea shop", lambda: wardley.to_png(map_), ctx)
        )
    for n in ctx.sizes:
        text = ctx.generated(n)
        map_ = wardley.parse(text)
        scene = wardley.layout(map_)
        size = f"{n:>5,} components"
        extra = {"components": n}
        for operation, function in (
            ("layout", lambda map_=map_: wardley.layout(map_)),
            ("svg", lambda scene=scene: to_svg(scene)),
            ("end-to-end", lambda text=text: to_svg(wardley.layout(wardley.parse(text)))),
        ):
            result = timed("render", f"{operation:<18} {size}", function, ctx, extra=extra)
            result.extra = {**extra, "operation": operation}
            results.append(result)
    points = [
        (r.extra["components"], r.median)
        for r in results
        if r.extra.get("operation") == "end-to-end" and r.extra["components"] >= 100
    ]
    if len(points) >= 2:
        logs = [math.log(n) for n, _ in points]
        results.append(
            Result(
                "render",
                f"end-to-end exponent {points[0][0]:,} → {points[-1][0]:,}",
                _slope(logs, [math.log(t) for _, t in points]),
                None,
                unit="",
                runs=len(points),
                note="time ∝ n^k fitted to the medians; 1.00 is linear",
            )
        )
    return results


@measurement("growth")
def growth(ctx: Context) -> list[Result]:
    """The exponent k in time ∝ n^k for parse + check, by least squares on log-log axes."""
    sizes = [n for n in ctx.sizes if n >= 100]
    if len(sizes) < 2:
        raise Skip("needs at least two generated sizes of 100 components or more")
    points = []
    for n in sizes:
        found = next(
            (
                r
                for r in ctx.results
                if r.group == "generated"
                and r.extra.get("operation") == "parse+check"
                and r.extra.get("components") == n
            ),
            None,
        )
        if found is None:  # `--only growth`: measure what it needs
            text = ctx.generated(n)
            found = timed("generated", "", lambda t=text: wardley.check(wardley.parse(t)), ctx)
        points.append((n, found.median, found.minimum or found.median))
    logs = [math.log(n) for n, _, _ in points]
    return [
        Result(
            "growth",
            f"parse+check exponent {sizes[0]:,} → {sizes[-1]:,}",
            _slope(logs, [math.log(median) for _, median, _ in points]),
            _slope(logs, [math.log(minimum) for _, _, minimum in points]),
            unit="",
            runs=len(points),
            note="time ∝ n^k fitted to the medians, and to the minima; 1.00 is linear",
            extra={"points": [{"components": n, "median": m, "min": lo} for n, m, lo in points]},
        )
    ]


def _slope(xs: list[float], ys: list[float]) -> float:
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return sxy / sxx


_FIRST_PARSE = """
import sys, time
start = time.perf_counter()
import wardley
text = open(sys.argv[1], encoding="utf-8").read()
wardley.check(wardley.parse(text))
print(time.perf_counter() - start)
"""


@measurement("cold-start")
def cold_start(ctx: Context) -> list[Result]:
    """Fresh processes: the bare interpreter, `import wardley`, a first parse, `wardley check`."""
    python, runs = sys.executable, ctx.process_runs
    # As pip installs a package: its bytecode compiled, so that no run compiles it.
    _run([python, "-m", "compileall", "-q", str(REPO / "wardley")])
    results = []

    bare = time_process([python, "-c", "pass"], runs)
    results.append(
        Result(
            "cold start",
            "python -c pass",
            bare.median,
            bare.minimum,
            "s",
            runs,
            note="the interpreter alone, for reference",
        )
    )
    imported = time_process([python, "-c", "import wardley"], runs)
    results.append(
        Result(
            "cold start",
            "python -c 'import wardley'",
            imported.median,
            imported.minimum,
            "s",
            runs,
            note=f"+{(imported.median - bare.median) * 1000:.1f} ms over the interpreter",
        )
    )

    self_reported = []
    for _ in range(runs):
        stderr = _run([python, "-X", "importtime", "-c", "import wardley"]).stderr
        self_reported.append(_importtime(stderr, "wardley"))
    results.append(
        Result(
            "cold start",
            "import wardley (-X importtime)",
            statistics.median(self_reported),
            min(self_reported),
            "s",
            runs,
            note="cumulative, as Python reports it",
        )
    )

    if not (CORPUS / TEA_SHOP).is_file():
        ctx.skipped.append(f"cold-start: no {TEA_SHOP} in {CORPUS}; import timings only")
        return results
    tea = str(CORPUS / TEA_SHOP)
    firsts = []
    _run([python, "-c", _FIRST_PARSE, tea])  # warm-up
    for _ in range(runs):
        firsts.append(float(_run([python, "-c", _FIRST_PARSE, tea]).stdout))
    results.append(
        Result(
            "cold start",
            "import + first parse+check, tea shop",
            statistics.median(firsts),
            min(firsts),
            "s",
            runs,
            note="in-process; loads lark and the parse tables",
        )
    )

    cli = _wardley_command()
    check = time_process([*cli, "check", tea], runs, ok=(0, 1))  # 1: the map has problems
    results.append(
        Result(
            "cold start",
            f"wardley check {TEA_SHOP}",
            check.median,
            check.minimum,
            "s",
            runs,
            note="wall time of the whole process",
        )
    )
    return results


def _importtime(stderr: str, module: str) -> float:
    """The cumulative import time of ``module`` (seconds) from ``-X importtime`` output."""
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = [part.strip() for part in line[len("import time:") :].split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1]) / 1e6
    raise RuntimeError(f"no import time for {module} in:\n{stderr}")


def _wardley_command() -> list[str]:
    """The `wardley` console script next to this Python, else on PATH, else via -c."""
    beside = Path(sys.executable).parent / "wardley"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("wardley")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from wardley.cli import main; sys.exit(main())"]


_SPAWN = "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"

_PEAK_RSS = """
import gc, resource, sys, tracemalloc
import wardley
wardley.check(wardley.parse("user A\\nneed B [product]\\nA -> B\\n"))
text = sys.stdin.read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
map_ = wardley.parse(text)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
components = len(map_.components)
del map_
gc.collect()
tracemalloc.start()
wardley.parse(text)
heap = tracemalloc.get_traced_memory()[1]
print(before, after, components, heap)
"""


@measurement("memory")
def memory(ctx: Context) -> list[Result]:
    """Peak RSS of a fresh process that parses the largest generated map."""
    try:
        import resource  # noqa: F401 - Unix only; the child process uses it
    except ImportError:
        raise Skip("the resource module is Unix only") from None
    n = max(ctx.sizes)
    # Linux carries the parent's high-water mark into a child through fork and exec, so this
    # (large) process would set the floor of the figure: a small Python process starts the child.
    done = _run(
        [sys.executable, "-c", _SPAWN, sys.executable, "-c", _PEAK_RSS], stdin=ctx.generated(n)
    )
    before, after, components, heap = (int(word) for word in done.stdout.split())
    scale = 1 / 1024**2 if sys.platform == "darwin" else 1 / 1024  # bytes on macOS, else KiB
    return [
        Result(
            "memory",
            f"peak RSS, parse {components:,} components",
            after * scale,
            unit="MiB",
            runs=1,
            note=(
                f"{before * scale:.1f} MiB before (after import and a tiny parse); "
                f"tracemalloc peak of the parse {heap / 1024**2:.1f} MiB"
            ),
            extra={"baseline_mib": before * scale, "tracemalloc_peak_mib": heap / 1024**2},
        )
    ]


@measurement("goals")
def goals(ctx: Context) -> list[Result]:
    """Each goal of issue 16, met or missed (with --baseline DIR, an earlier checkout beside)."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    import goals as issue_goals

    before = _load_average()
    found, skipped = issue_goals.measure(sys.executable, REPO, ctx.baseline, CORPUS, ctx.quick)
    ctx.goals = issue_goals.table(found, before, _load_average())
    ctx.skipped += [f"goals: {reason}" for reason in skipped]
    return []


def _load_average() -> str:
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


# ---- the report --------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "processor": platform.processor() or platform.machine(),
        "machine": platform.machine(),
        "cpu_model": _cpu_model(),
        "cpus": os.cpu_count(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "system": platform.platform(terse=True),
        "date": datetime.date.today().isoformat(),
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "wardley": wardley.__version__,
        "commit": _commit(),
    }
    return info


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def _commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip() or None


def _quantity(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "s":
        if value < 1e-3:
            return f"{value * 1e6:.0f} µs"
        if value < 1:
            return f"{value * 1e3:.3g} ms" if value >= 0.1 else f"{value * 1e3:.2f} ms"
        return f"{value:.2f} s"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    return f"{value:.2f}"


def table(info: dict[str, Any], results: list[Result], skipped: list[str]) -> str:
    cpu = info["processor"]
    if info["cpu_model"]:
        cpu += f" ({info['cpu_model']})"
    header = [
        f"wardley {info['wardley']} benchmarks, {info['date']}"
        + (f", commit {info['commit']}" if info["commit"] else ""),
        f"machine: {cpu}, {info['cpus']} CPUs, {info['system']}",
        f"python:  {info['python']}"
        + (
            f"; load average {info['load_average']:.2f} before the run"
            if info["load_average"]
            else ""
        ),
        "",
    ]
    rows = [("group", "measurement", "median", "min", "runs", "note")]
    for r in results:
        runs = str(r.runs) if r.loops == 1 else f"{r.runs}×{r.loops}"
        rows.append(
            (
                r.group,
                r.name,
                _quantity(r.median, r.unit),
                _quantity(r.minimum, r.unit),
                runs,
                r.note,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    right = {2, 3, 4}
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row[:5])
        ]
        lines.append(("  ".join(cells) + "  " + row[5]).rstrip())
        if index == 0:
            lines.append("-" * len(lines[0]))
    footer = [f"skipped: {message}" for message in skipped]
    return "\n".join(header + lines + ([""] + footer if footer else []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmark wardley: parse, check, format, start-up and memory."
    )
    parser.add_argument("--quick", action="store_true", help="a fast smoke run (a few seconds)")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the figures here")
    parser.add_argument("--only", metavar="NAMES", help="comma-separated measurements to run")
    parser.add_argument("--list", action="store_true", help="list the measurements and exit")
    parser.add_argument(
        "--baseline",
        metavar="DIR",
        type=Path,
        help="an earlier checkout (git worktree add DIR COMMIT) to measure beside for the goals",
    )
    args = parser.parse_args(argv)
    if args.baseline and not (args.baseline / "wardley" / "__init__.py").is_file():
        parser.error(f"--baseline {args.baseline}: no wardley package there")

    if args.list:
        for name, function in MEASUREMENTS:
            print(f"{name:<12} {(function.__doc__ or '').strip().splitlines()[0]}")
        return 0
    names = [name for name, _ in MEASUREMENTS]
    chosen = names if not args.only else [name.strip() for name in args.only.split(",")]
    unknown = sorted(set(chosen) - set(names))
    if unknown:
        parser.error(f"unknown measurement {', '.join(unknown)}; there are {', '.join(names)}")

    ctx = Context(
        quick=args.quick,
        repeat=3 if args.quick else 5,
        sizes=(10, 100, 1000) if args.quick else (10, 100, 1000, 5000),
        process_runs=3 if args.quick else 10,
        baseline=args.baseline.resolve() if args.baseline else None,
    )
    info = machine()  # before the run, so the load average is the machine's, not ours
    started = time.perf_counter()
    for name, function in MEASUREMENTS:
        if name not in chosen:
            continue
        print(f"running {name} …", file=sys.stderr, flush=True)
        try:
            ctx.results += function(ctx)
        except Skip as skip:
            ctx.skipped.append(f"{name}: {skip}")
    elapsed = time.perf_counter() - started

    print(table(info, ctx.results, ctx.skipped))
    if ctx.goals:
        print("\n" + ctx.goals)
    print(f"\n({'quick' if args.quick else 'full'} run, {elapsed:.0f} s)")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": info,
                    "quick": args.quick,
                    "seconds": elapsed,
                    "results": [asdict(r) for r in ctx.results],
                    "skipped": ctx.skipped,
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
