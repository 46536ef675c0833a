"""The performance goals (issue 16), each measured side by side in one run, met or missed.

Every figure comes from fresh Python processes with ``PYTHONPATH`` set to the checkout being
measured (this one, and with ``--baseline DIR`` an earlier one beside it), their bytecode
compiled first as ``pip install`` compiles it. Process timings are interleaved, round by round,
so that the load of a shared machine falls on all of them alike; each figure is a median.

- cold render: wall time of ``wardley render tea-shop.owm out.svg`` (and ``.png``) against the
  floor, ``python -c "import click, svgwrite, lark"`` (and ``, cairosvg``): the libraries a
  render cannot do without. CPU time is shown too: on a loaded machine it varies less.
- ``import wardley``: Python's own cumulative figure (``-X importtime``).
- typical map: in one process, parse + layout + SVG of each corpus map (the median of a few
  runs after a first one), and the median over the corpus.
- batch: ``wardley render <corpus> -o DIR`` with ``--jobs 1`` and ``--jobs 2``; a checkout
  without ``--jobs`` runs pinned to one core (``taskset``) instead.
- big maps: generated maps (``generate.py``) with every position written as coordinates, and
  with none; in a fresh process, after a first render of the tea shop (the cold start), the
  time to parse, lay out and write each; and the growth exponent k of time ∝ n^k from 100
  components to the largest.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

#: The command line, run from a checkout on PYTHONPATH as the ``wardley`` script runs it.
CLI = "import sys; from wardley.cli import main; sys.argv[0] = 'wardley'; sys.exit(main())"
FLOOR = "import click, svgwrite, lark"
FLOOR_PNG = "import click, svgwrite, lark, cairosvg"


@dataclass
class Goal:
    name: str
    target: str
    now: float | None
    before: float | None
    unit: str  # "×", "s" or "ms": how to show ``now`` and ``before``
    met: bool | None
    figures: str


@dataclass
class Timing:
    wall: float
    cpu: float | None


def _spawn(command: list[str], env: dict[str, str], ok: tuple[int, ...] = (0,)) -> Timing:
    """Wall and CPU seconds of one fresh process."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
            code = os.waitstatus_to_exitcode(status)
            process.returncode = code
            cpu: float | None = usage.ru_utime + usage.ru_stime
        else:
            code = process.wait()
            wall, cpu = time.perf_counter() - start, None
        if code not in ok:
            errors.seek(0)
            message = errors.read().decode(errors="replace")
            raise RuntimeError(f"{' '.join(command)} failed ({code}):\n{message}")
    return Timing(wall, cpu)


def _interleaved(
    commands: dict[str, tuple[list[str], dict[str, str]]], runs: int
) -> dict[str, list[Timing]]:
    """Each command ``runs`` times after a warm-up, one of each per round."""
    for command, env in commands.values():
        _spawn(command, env)
    timings: dict[str, list[Timing]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            timings[name].append(_spawn(command, env))
    return timings


def _wall(timings: list[Timing]) -> float:
    return statistics.median(t.wall for t in timings)


def _cpu(timings: list[Timing]) -> float | None:
    cpus = [t.cpu for t in timings if t.cpu is not None]
    return statistics.median(cpus) if cpus else None


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.2f} ms"


class Trees:
    """The checkouts measured: "now" (this one) and, if given, "before"."""

    def __init__(self, python: str, now: Path, before: Path | None) -> None:
        self.python = python
        self.paths = {"now": now} | ({"before": before} if before else {})
        for path in self.paths.values():
            # As pip installs a package: its bytecode compiled, so that no run compiles it.
            subprocess.run(
                [python, "-m", "compileall", "-q", str(path / "wardley")],
                check=True,
                stdout=subprocess.DEVNULL,
            )

    def env(self, name: str) -> dict[str, str]:
        # PYTHONSAFEPATH: `python -c` would put the working directory, perhaps another
        # checkout, before PYTHONPATH.
        return {**os.environ, "PYTHONPATH": str(self.paths[name]), "PYTHONSAFEPATH": "1"}

    def cli(self, name: str, *args: str) -> tuple[list[str], dict[str, str]]:
        return [self.python, "-c", CLI, *args], self.env(name)

    def child(self, name: str, code: str, *args: str) -> object:
        """What a snippet run in a fresh process from this checkout prints, as JSON."""
        done = subprocess.run(
            [self.python, "-c", code, *args],
            env=self.env(name),
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode:
            raise RuntimeError(f"measuring {name} failed:\n{done.stderr}")
        return json.loads(done.stdout)


def _pair(values: dict[str, float | None]) -> tuple[float | None, float | None]:
    return values.get("now"), values.get("before")


def cold_render(trees: Trees, tea: Path, runs: int, out: Path) -> list[Goal]:
    floors = {
        "floor": ([trees.python, "-c", FLOOR], trees.env("now")),
        "floor-png": ([trees.python, "-c", FLOOR_PNG], trees.env("now")),
    }
    renders = {
        f"{name}:{fmt}": trees.cli(name, "render", "-q", str(tea), str(out / f"{name}.{fmt}"))
        for name in trees.paths
        for fmt in ("svg", "png")
    }
    timings = _interleaved(floors | renders, runs)
    goals = []
    for fmt, floor, floor_text in (("svg", "floor", FLOOR), ("png", "floor-png", FLOOR_PNG)):
        ratios: dict[str, float | None] = {}
        figures = []
        for name in trees.paths:
            own = timings[f"{name}:{fmt}"]
            ratios[name] = _wall(own) / _wall(timings[floor])
            cpu, floor_cpu = _cpu(own), _cpu(timings[floor])
            cpu_ratio = f", CPU {cpu / floor_cpu:.2f}×" if cpu and floor_cpu else ""
            figures.append(f"{name} {_ms(_wall(own))}{cpu_ratio}")
        now, before = _pair(ratios)
        figures.append(f'floor {_ms(_wall(timings[floor]))}: python -c "{floor_text}"')
        goals.append(
            Goal(
                f"cold render {tea.name} to {fmt.upper()}, ÷ floor",
                "≤ 1.30×",
                now,
                before,
                "×",
                now is not None and now <= 1.3,
                "; ".join(figures),
            )
        )
    return goals


def import_time(trees: Trees, runs: int) -> Goal:
    found: dict[str, float | None] = {}
    for name in trees.paths:
        samples = []
        for _ in range(runs):
            done = subprocess.run(
                [trees.python, "-X", "importtime", "-c", "import wardley"],
                env=trees.env(name),
                capture_output=True,
                text=True,
                check=True,
            )
            for line in done.stderr.splitlines():
                parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
                if len(parts) == 3 and parts[2] == "wardley":
                    samples.append(int(parts[1]) / 1e6)
        found[name] = statistics.median(samples)
    now, before = _pair(found)
    return Goal(
        "import wardley (-X importtime, cumulative)",
        "≤ 30 ms",
        now,
        before,
        "ms",
        now is not None and now <= 0.030,
        f"median of {runs}",
    )


_TYPICAL = """
import json, statistics, sys, time
from pathlib import Path
import wardley
per_map = []
for path in sorted(Path(sys.argv[1]).glob("*.owm")):
    text = path.read_text(encoding="utf-8")
    try:
        wardley.to_svg(wardley.parse(text))
    except wardley.MapError:
        continue
    samples = []
    for _ in range(int(sys.argv[2])):
        start = time.perf_counter()
        wardley.to_svg(wardley.parse(text))
        samples.append(time.perf_counter() - start)
    per_map.append(statistics.median(samples))
print(json.dumps({"median": statistics.median(per_map), "maps": len(per_map)}))
"""


def typical_map(trees: Trees, corpus: Path, runs: int) -> Goal:
    found = {name: trees.child(name, _TYPICAL, str(corpus), str(runs)) for name in trees.paths}
    medians = {name: result["median"] for name, result in found.items()}  # type: ignore[index]
    now, before = _pair(medians)
    maps = found["now"]["maps"]  # type: ignore[index]
    return Goal(
        "parse+layout+SVG in one process, median corpus map",
        "≤ 3 ms",
        now,
        before,
        "ms",
        now is not None and now <= 0.003,
        f"median over {maps} corpus maps of each map's median of {runs}",
    )


def batch(trees: Trees, corpus: Path, runs: int, out: Path) -> Goal | None:
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) < 2:
        return None
    maps = [str(path) for path in sorted(corpus.glob("*.owm"))]
    commands = {}
    for name in trees.paths:
        help_text = subprocess.run(
            trees.cli(name, "render", "--help")[0],
            env=trees.env(name),
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for cores in (1, 2):
            folder = str(out / f"{name}-{cores}")
            command, env = trees.cli(name, "render", "-q", *maps, "-o", folder)
            if "--jobs" in help_text:
                command = [*command, "--jobs", str(cores)]
            elif cores == 1:
                if not shutil.which("taskset"):
                    continue
                command = ["taskset", "-c", str(cpus[0]), *command]
            commands[f"{name}:{cores}"] = (command, env)
    # Maps with errors make the exit code 1: that is the same for every run.
    for command, env in commands.values():
        _spawn(command, env, ok=(0, 1))
    timings: dict[str, list[Timing]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            timings[name].append(_spawn(command, env, ok=(0, 1)))
    speedups: dict[str, float | None] = {}
    figures = []
    for name in trees.paths:
        if f"{name}:1" in timings:
            one, two = _wall(timings[f"{name}:1"]), _wall(timings[f"{name}:2"])
            speedups[name] = one / two
            figures.append(f"{name} one core {one:.2f} s, two {two:.2f} s")
    now, before = _pair(speedups)
    return Goal(
        f"batch of {len(maps)} corpus maps to SVG, 2 jobs ÷ 1",
        "≥ 1.70×",
        now,
        before,
        "×",
        now is not None and now >= 1.7,
        "; ".join(figures) + f" (median of {runs})",
    )


_BIG = """
import json, sys, time
from pathlib import Path
import wardley
wardley.to_svg(wardley.parse(Path(sys.argv[1]).read_text(encoding="utf-8")))  # the cold start
out = {}
for spec in sys.argv[2:]:
    path, runs = spec.rsplit(":", 1)
    text = Path(path).read_text(encoding="utf-8")
    samples = []
    for _ in range(int(runs)):
        start = time.perf_counter()
        wardley.to_svg(wardley.parse(text))
        samples.append(time.perf_counter() - start)
    samples.sort()
    out[Path(path).stem] = samples[len(samples) // 2]
print(json.dumps(out))
"""


def _slope(points: list[tuple[float, float]]) -> float:
    xs, ys = [math.log(n) for n, _ in points], [math.log(t) for _, t in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )


def big_maps(trees: Trees, tea: Path, sizes: tuple[int, ...], out: Path) -> list[Goal]:
    sys.path.insert(0, str(Path(__file__).parent))
    from generate import generate

    specs = []
    for positions in ("coordinates", "none"):
        for n in sizes:
            path = out / f"{positions}-{n}.wm"
            path.write_text(generate(n, positions=positions), encoding="utf-8")
            specs.append(f"{path}:{3 if n <= 1000 else 1}")
    found = {name: trees.child(name, _BIG, str(tea), *specs) for name in trees.paths}
    goals = []
    limits = {1000: 0.4, 5000: 2.5}
    for positions, words in (("coordinates", "with coordinates"), ("none", "without")):
        for n in sizes:
            if n not in limits:
                continue
            seconds = {name: times[f"{positions}-{n}"] for name, times in found.items()}  # type: ignore[index]
            now, before = _pair(seconds)
            goals.append(
                Goal(
                    f"{n:,} components {words}, beyond the cold start",
                    f"< {limits[n]} s",
                    now,
                    before,
                    "s",
                    now is not None and now < limits[n],
                    "parse + layout + SVG after a first render",
                )
            )
        exponents = {
            name: _slope([(n, times[f"{positions}-{n}"]) for n in sizes])  # type: ignore[index]
            for name, times in found.items()
        }
        now, before = _pair(exponents)
        goals.append(
            Goal(
                f"growth exponent {sizes[0]:,} → {sizes[-1]:,} components {words}",
                "≤ 1.10",
                now,
                before,
                "",
                now is not None and now <= 1.1,
                "k in time ∝ n^k, least squares over "
                + ", ".join(f"{n:,}" for n in sizes)
                + " components",
            )
        )
    return goals


def measure(
    python: str, now: Path, before: Path | None, corpus: Path, quick: bool
) -> tuple[list[Goal], list[str]]:
    """Every goal, and what could not be measured here."""
    trees = Trees(python, now, before)
    tea = corpus / "001_tea-shop.owm"
    skipped = []
    goals: list[Goal] = []
    with tempfile.TemporaryDirectory(prefix="wardley-goals-") as temporary:
        out = Path(temporary)
        if tea.is_file():
            goals += cold_render(trees, tea, 5 if quick else 11, out)
        else:
            skipped.append(f"cold render: no {tea}")
        goals.append(import_time(trees, 5 if quick else 11))
        if corpus.is_dir():
            goals.append(typical_map(trees, corpus, 3 if quick else 5))
            found = batch(trees, corpus, 2 if quick else 5, out)
            if found is None:
                skipped.append("batch: needs two cores")
            else:
                goals.append(found)
        else:
            skipped.append(f"typical map and batch: no corpus at {corpus}")
        if tea.is_file():
            goals += big_maps(trees, tea, (100, 1000) if quick else (100, 1000, 5000), out)
    return goals, skipped


def _shown(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "ms":
        return f"{value * 1000:.2f} ms"
    if unit == "s":
        return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"
    return f"{value:.2f}"


def table(goals: list[Goal], load_before: str, load_after: str) -> str:
    with_before = any(goal.before is not None for goal in goals)
    heads = ["goal", *(["before"] if with_before else []), "now", "target", "verdict", "figures"]
    rows = [heads]
    for goal in goals:
        verdict = "met" if goal.met else "MISSED"
        cells = [goal.name]
        if with_before:
            cells.append(_shown(goal.before, goal.unit))
        cells += [_shown(goal.now, goal.unit), goal.target, verdict, goal.figures]
        rows.append(cells)
    widths = [max(len(row[i]) for row in rows) for i in range(len(heads) - 1)]
    right = set(range(1, len(heads) - 2))
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row[:-1])
        ]
        lines.append(("  ".join(cells) + "  " + row[-1]).rstrip())
        if index == 0:
            lines.append("-" * len(lines[0]))
    met = sum(1 for goal in goals if goal.met)
    lines.append(f"\n{met} of {len(goals)} goals met; load average {load_before} before the goals,")
    lines[-1] += f" {load_after} after"
    return "\n".join(lines)
