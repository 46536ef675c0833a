"""Render the same maps with wardley and with other Wardley-map renderers, side by side.

    python benchmarks/compare.py                  # install the peers if missing, then measure
    python benchmarks/compare.py --runs 3         # fewer runs (default 5)
    python benchmarks/compare.py --json FILE      # also write every figure as JSON
    python benchmarks/compare.py --maps 001_tea-shop.owm,077_filo-fifo.owm --formats svg
    python benchmarks/compare.py --tools wardley,wardleymap
    python benchmarks/compare.py --no-install     # install nothing: say what to run, skip
    python benchmarks/compare.py --setup          # only install the peers

The peers, each run as a fresh process per map, the way a user runs them:

- ``wardleymap`` (PyPI, matplotlib), in its own virtual environment under benchmarks/.peers/venv,
  through benchmarks/peers/wardleymap_render.py (its README's API; it has no command line).
- Mermaid's ``wardley-beta`` diagram through ``mmdc`` (@mermaid-js/mermaid-cli, npm, under
  benchmarks/.peers/node), with Debian's Chromium; it reads the Mermaid twin of each map.
- OnlineWardleyMaps' engine (npm ``wmlandscape``, the React component the web app draws with),
  bundled by benchmarks/peers/owm/build.mjs and rendered in headless Chromium by render.js.

wardley is timed as ``wardley render MAP OUT.svg|png`` in a fresh process, and in-process
(``wardley.render``) for reference. Each tool gets one warm-up run and ``--runs`` timed runs
per map and format, interleaved; the table gives the median wall time and the ratio peer
median / wardley median. See benchmarks/COMPARE.md.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import platform
import re
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
CORPUS = Path(os.environ.get("WARDLEY_SHARED", REPO.parent / "shared")) / "corpus"
HARNESS = BENCHMARKS / "peers"
PEERS = BENCHMARKS / ".peers"
VENV = PEERS / "venv"
NODE_PREFIX = PEERS / "node"
OWM_DIR = NODE_PREFIX / "owm"
PUPPETEER_CONFIG = PEERS / "puppeteer.json"
OUT = PEERS / "out"

#: A Tea Shop and five corpus maps of growing size that have Mermaid twins.
DEFAULT_MAPS = (
    "001_tea-shop.owm",
    "077_filo-fifo.owm",
    "090_example-1.owm",
    "014_sw-foodtracing.owm",
    "016_agriculture-food-waste.owm",
    "111_transportation-coherence-city-and-micromobility.owm",
)
MERMAID_TWINS_REPO = "tractorjuice/wardley-maps-mermaid"

#: The versions measured; change them here to measure others.
WARDLEYMAP_PACKAGES = ("wardleymap==0.2.1", "requests")
MERMAID_PACKAGES = ("@mermaid-js/mermaid-cli@11.17.0",)
OWM_PACKAGES = (
    "wmlandscape@3.0.1",
    "react@18.3.1",
    "react-dom@18.3.1",
    "@mui/material@7",
    "@mui/icons-material@7",
    "@emotion/react@11",
    "@emotion/styled@11",
    "i18next@23",
    "react-i18next@15",
    "react-svg-pan-zoom@3",
    "lodash.merge@4",
    "prop-types@15",
    "esbuild@0.28",
    "puppeteer@25",  # render.js drives Chromium with it; mermaid-cli brings it only as a peer
)

#: The project's goals: wardley at least this many times faster, per map.
GOALS = {"wardleymap": 10.0, "mermaid-cli": 20.0}

TIMEOUT = 300  # seconds for one render or one install step


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---- maps --------------------------------------------------------------------------------------


@dataclass
class Map:
    file: str  # the OWM corpus file
    owm: Path
    components: int
    mermaid: Path | None
    mermaid_source: str  # the twin's file name, or how it was made

    @property
    def label(self) -> str:
        """The file name without number and extension, cut to 24 characters for the table."""
        name = re.sub(r"^\d+_", "", self.owm.stem)
        return name if len(name) <= 24 else name[:23] + "…"


def _sources(kind: str) -> dict[str, dict[str, str]]:
    with (CORPUS / kind / "SOURCES.tsv").open(encoding="utf-8", newline="") as file:
        return {row["file"]: row for row in csv.DictReader(file, delimiter="\t")}


def owm_to_mermaid(text: str) -> str:
    """Mermaid's ``wardley-beta`` for a simple OWM map: the same lines, less ``style``.

    Mermaid's dialect takes OWM's components, anchors, coordinates, labels, links, ``evolve``
    and notes as they are; this is enough for the Tea Shop, not for every map.
    """
    kept = [line for line in text.splitlines() if not re.match(r"\s*style\b", line)]
    return "wardley-beta\n" + "\n".join(kept).strip() + "\n"


def load_maps(names: list[str]) -> list[Map]:
    owm_sources = _sources("owm")
    twins = {
        row["path"]: name
        for name, row in _sources("mermaid").items()
        if row["repo"] == MERMAID_TWINS_REPO
    }
    maps = []
    for name in names:
        path = CORPUS / "owm" / name
        if not path.exists():
            raise SystemExit(f"compare.py: no map {path}")
        text = path.read_text(encoding="utf-8")
        components = len(wardley.parse(text, path=str(path)).components)
        row = owm_sources.get(name, {})
        twin = (
            twins.get(row.get("path", "") + ".mmd")
            if row.get("repo") == MERMAID_TWINS_REPO
            else None
        )
        if twin:
            mermaid, source = CORPUS / "mermaid" / twin, twin
        else:
            mermaid = PEERS / "maps" / (path.stem + ".mmd")
            mermaid.parent.mkdir(parents=True, exist_ok=True)
            mermaid.write_text(owm_to_mermaid(text), encoding="utf-8")
            source = "converted by compare.py"
        maps.append(Map(name, path, components, mermaid, source))
    return maps


# ---- tools -------------------------------------------------------------------------------------


@dataclass
class Tool:
    name: str
    version: str  # shown in the header
    command: Callable[[Map, Path], list[str]]
    runs: int
    source: Callable[[Map], Path | None] = lambda m: m.owm
    env: dict[str, str] = field(default_factory=dict)
    how: str = ""  # how it is invoked, for the header


def _run(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    """Run an install step, showing it; return its output or raise RuntimeError with the tail."""
    log("  $ " + " ".join(command))
    try:
        done = subprocess.run(
            command,
            env={**os.environ, **(env or {})},
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=TIMEOUT * 4,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise RuntimeError(f"{command[0]}: {error}") from error
    if done.returncode != 0:
        raise RuntimeError(_tail(done.stderr or done.stdout) or f"exit {done.returncode}")
    return done.stdout


def _tail(text: str, width: int = 160) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:width] if lines else ""


def _quiet(command: list[str]) -> str | None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


class Unavailable(Exception):
    """A peer that cannot run here; the message says why and what to run."""


def setup_wardleymap(install: bool, runs: int) -> Tool:
    python = VENV / "bin" / "python"
    probe = [
        str(python),
        "-c",
        "import importlib.metadata as m, platform, requests, wardley_map; "
        "print(m.version('wardleymap'), m.version('matplotlib'), platform.python_version())",
    ]
    versions = _quiet(probe) if python.exists() else None
    if versions is None:
        steps = [
            [sys.executable, "-m", "venv", str(VENV)],
            [str(python), "-m", "pip", "install", "-q", *WARDLEYMAP_PACKAGES],
        ]
        if not install:
            raise Unavailable("not installed; run: " + " && ".join(" ".join(s) for s in steps))
        log("wardleymap: installing into " + _rel(VENV))
        try:
            if not python.exists():
                _run(steps[0])
            _run(steps[1])
        except RuntimeError as error:
            raise Unavailable(f"could not install wardleymap: {error}") from error
        versions = _quiet(probe)
        if versions is None:
            raise Unavailable("wardleymap installed but does not import")
    wardleymap, matplotlib, python_version = versions.split()
    script = HARNESS / "wardleymap_render.py"
    return Tool(
        "wardleymap",
        f"wardleymap {wardleymap} (matplotlib {matplotlib}, CPython {python_version})",
        lambda m, out: [str(python), str(script), str(m.owm), str(out)],
        runs,
        env={"MPLBACKEND": "Agg"},
        how=f"{_rel(python)} {_rel(script)} MAP.owm OUT",
    )


def setup_chromium(install: bool) -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    steps = [["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]]
    can = install and shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0
    if not can:
        raise Unavailable(
            "no chromium on PATH; run (as root): " + " && ".join(" ".join(s) for s in steps)
        )
    log("chromium: installing with apt-get")
    try:
        for step in steps:
            _run(step, env={"DEBIAN_FRONTEND": "noninteractive"})
    except RuntimeError as error:
        raise Unavailable(f"could not install chromium: {error}") from error
    found = shutil.which("chromium")
    if not found:
        raise Unavailable("apt-get installed chromium but it is not on PATH")
    return found


def _npm_install(
    packages: tuple[str, ...], checks: tuple[Path, ...], install: bool, what: str
) -> None:
    """Install ``packages`` unless every file in ``checks`` is there already."""
    if all(check.exists() for check in checks):
        return
    command = ["npm", "install", "--prefix", str(NODE_PREFIX), "--no-audit", "--no-fund"]
    command += list(packages)
    if not (shutil.which("node") and shutil.which("npm")):
        raise Unavailable(
            "no node/npm on PATH; install Node.js 18 or newer (apt-get install nodejs npm)"
        )
    if not install:
        raise Unavailable(
            f"{what} not installed; run: PUPPETEER_SKIP_DOWNLOAD=1 " + " ".join(command)
        )
    log(f"{what}: installing into {_rel(NODE_PREFIX)}")
    NODE_PREFIX.mkdir(parents=True, exist_ok=True)
    try:
        _run(command, env={"PUPPETEER_SKIP_DOWNLOAD": "1"})
    except RuntimeError as error:
        raise Unavailable(f"npm could not install {what}: {error}") from error
    for check in checks:
        if not check.exists():
            raise Unavailable(f"npm ran but {_rel(check)} is missing")


def _package_version(name: str) -> str:
    try:
        data = json.loads((NODE_PREFIX / "node_modules" / name / "package.json").read_text())
    except (OSError, ValueError):
        return "?"
    return data.get("version", "?")


def _chromium_setup(install: bool) -> str:
    """Chromium for puppeteer: its config file, and its version for the header."""
    chromium = setup_chromium(install)
    PEERS.mkdir(parents=True, exist_ok=True)
    config = {"executablePath": chromium, "args": ["--no-sandbox"]}
    PUPPETEER_CONFIG.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    version = _quiet([chromium, "--version"]) or "Chromium ?"
    return version.split(" built")[0]


def setup_mermaid(install: bool, runs: int) -> Tool:
    mmdc = NODE_PREFIX / "node_modules" / ".bin" / "mmdc"
    _npm_install(MERMAID_PACKAGES, (mmdc,), install, "mermaid-cli")
    chromium = _chromium_setup(install)
    node = _quiet(["node", "--version"]) or "?"
    return Tool(
        "mermaid-cli",
        f"mermaid-cli {_package_version('@mermaid-js/mermaid-cli')} "
        f"(mermaid {_package_version('mermaid')}, {chromium}, Node {node})",
        lambda m, out: [
            str(mmdc),
            "-q",
            "-p",
            str(PUPPETEER_CONFIG),
            "-i",
            str(m.mermaid),
            "-o",
            str(out),
        ],
        runs,
        source=lambda m: m.mermaid,
        how=f"{_rel(mmdc)} -q -p {_rel(PUPPETEER_CONFIG)} -i MAP.mmd -o OUT",
    )


def setup_owm(install: bool, runs: int) -> Tool:
    modules = NODE_PREFIX / "node_modules"
    _npm_install(
        OWM_PACKAGES,
        (modules / "wmlandscape" / "package.json", modules / "puppeteer" / "package.json"),
        install,
        "the OnlineWardleyMaps engine",
    )
    chromium = _chromium_setup(install)
    OWM_DIR.mkdir(parents=True, exist_ok=True)
    changed = False
    for source in (HARNESS / "owm").iterdir():
        target = OWM_DIR / source.name
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)
            changed = True
    bundle = OWM_DIR / "owm.js"
    if changed or not bundle.exists():
        log("OnlineWardleyMaps engine: bundling with esbuild")
        try:
            _run(["node", str(OWM_DIR / "build.mjs")])
        except RuntimeError as error:
            raise Unavailable(f"could not bundle the engine: {error}") from error
    node = _quiet(["node", "--version"]) or "?"
    return Tool(
        "owm-engine",
        f"OnlineWardleyMaps engine: wmlandscape {_package_version('wmlandscape')} "
        f"(React {_package_version('react')}, {chromium} headless, Node {node})",
        lambda m, out: [
            "node",
            str(OWM_DIR / "render.js"),
            str(m.owm),
            str(out),
            str(PUPPETEER_CONFIG),
        ],
        runs,
        how=f"node {_rel(OWM_DIR / 'render.js')} MAP.owm OUT {_rel(PUPPETEER_CONFIG)}",
    )


def setup_wardley(runs: int) -> Tool:
    beside = Path(sys.executable).with_name("wardley")
    executable = str(beside) if beside.exists() else shutil.which("wardley")
    if not executable:
        raise SystemExit("compare.py: no `wardley` command; run `pip install -e .` first")
    return Tool(
        "wardley",
        f"wardley {wardley.__version__} (CPython {platform.python_version()})",
        lambda m, out: [executable, "render", str(m.owm), str(out)],
        runs,
        how="wardley render MAP.owm OUT",
    )


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(REPO))
    except ValueError:
        return str(path)


# ---- measuring ---------------------------------------------------------------------------------


@dataclass
class Row:
    map: str
    components: int
    format: str
    tool: str
    times: list[float] = field(default_factory=list)
    error: str = ""
    ratio: float | None = None
    goal: float | None = None
    goal_met: bool | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def minimum(self) -> float | None:
        return min(self.times) if self.times else None


def _check_output(path: Path, fmt: str) -> str:
    """'' if ``path`` holds a picture of the format, else what is wrong."""
    if not path.exists() or path.stat().st_size == 0:
        return "wrote no file"
    head = path.read_bytes()[:4096]
    if fmt == "png" and not head.startswith(b"\x89PNG"):
        return "output is not a PNG"
    if fmt == "svg" and b"<svg" not in head and b"<svg" not in path.read_bytes():
        return "output is not an SVG"
    return ""


def render_once(tool: Tool, map_: Map, fmt: str) -> tuple[float, str]:
    """Time one fresh-process render; return (seconds, error or '')."""
    if tool.source(map_) is None:
        return 0.0, "no input for this map"
    out = OUT / tool.name / f"{map_.owm.stem}.{fmt}"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    command = tool.command(map_, out)
    env = {**os.environ, **tool.env}
    start = time.perf_counter()
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return TIMEOUT, f"timed out after {TIMEOUT} s"
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        return elapsed, f"exit {done.returncode}: {_tail(done.stderr or done.stdout)}"
    return elapsed, _check_output(out, fmt)


def in_process(map_: Map, fmt: str, runs: int) -> Row:
    out = OUT / "wardley-in-process" / f"{map_.owm.stem}.{fmt}"
    out.parent.mkdir(parents=True, exist_ok=True)
    row = Row(map_.label, map_.components, fmt, "wardley, in-process")
    wardley.render(str(map_.owm), str(out))  # warm-up: imports, grammar, fonts
    for _ in range(runs):
        start = time.perf_counter()
        wardley.render(str(map_.owm), str(out))
        row.times.append(time.perf_counter() - start)
    return row


def measure(tools: list[Tool], maps: list[Map], formats: list[str], runs: int) -> list[Row]:
    rows: list[Row] = []
    for map_ in maps:
        for fmt in formats:
            log(f"{map_.label} ({map_.components} components), {fmt}")
            group = {t.name: Row(map_.label, map_.components, fmt, t.name) for t in tools}
            live = []
            for tool in tools:
                seconds, error = render_once(tool, map_, fmt)  # warm-up, and a check
                if error:
                    group[tool.name].error = error
                    log(f"  {tool.name}: {error}")
                else:
                    live.append(tool)
            for index in range(max(t.runs for t in tools)):
                # Rotate the order each round so no tool always runs first.
                order = live[index % len(live) :] + live[: index % len(live)] if live else []
                for tool in order:
                    if index >= tool.runs or group[tool.name].error:
                        continue
                    seconds, error = render_once(tool, map_, fmt)
                    if error:
                        group[tool.name].error = error
                    else:
                        group[tool.name].times.append(seconds)
            base = group.get("wardley")
            ordered = []
            for tool in tools:
                row = group[tool.name]
                if tool.name != "wardley" and base and base.median and row.median:
                    row.ratio = row.median / base.median
                    row.goal = GOALS.get(tool.name)
                    if row.goal is not None:
                        row.goal_met = row.ratio >= row.goal
                ordered.append(row)
                if row.median is not None:
                    log(f"  {tool.name}: median {_seconds(row.median)}")
                if tool.name == "wardley":
                    ordered.append(in_process(map_, fmt, runs))
            rows.extend(ordered)
    return rows


# ---- the report --------------------------------------------------------------------------------


def _seconds(value: float | None) -> str:
    if value is None:
        return ""
    if value < 1:
        return f"{value * 1e3:.3g} ms" if value >= 0.01 else f"{value * 1e3:.2f} ms"
    return f"{value:.2f} s"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _commit() -> str | None:
    return _quiet(["git", "-C", str(REPO), "describe", "--always", "--dirty"])


def machine() -> dict[str, Any]:
    return {
        "date": datetime.date.today().isoformat(),
        "commit": _commit(),
        "cpu_model": _cpu_model(),
        "cores": os.cpu_count(),
        "system": platform.platform(terse=True),
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }


def report(
    info: dict[str, Any],
    tools: list[Tool],
    maps: list[Map],
    rows: list[Row],
    skipped: dict[str, str],
    runs: int,
) -> str:
    load = info["load_average"]
    lines = [
        f"wardley {wardley.__version__} against other renderers, {info['date']}"
        + (f", commit {info['commit']}" if info["commit"] else ""),
        f"machine: {info['cpu_model']}, {info['cores']} cores, {info['system']}"
        + (f"; load average {load:.2f} before the run" if load is not None else ""),
    ]
    for index, tool in enumerate(tools):
        lines.append(("tools:   " if index == 0 else "         ") + tool.version)
    peer_runs = sorted({t.runs for t in tools if t.name != "wardley"})
    lines.append(
        f"method:  wall time of a fresh process per render, 1 warm-up then {runs} runs"
        + (f" ({'/'.join(map(str, peer_runs))} for peers)" if peer_runs not in ([], [runs]) else "")
        + "; ratio = tool median / wardley median"
    )
    lines.append("maps:")
    for m in maps:
        lines.append(
            f"  {m.label}: {m.file}, {m.components} components; Mermaid: {m.mermaid_source}"
        )
    lines.append("")
    table = [("map", "format", "tool", "median", "min", "runs", "ratio", "goal")]
    for r in rows:
        goal = ""
        if r.goal is not None and r.goal_met is not None:
            goal = f"≥ {r.goal:g}×: {'met' if r.goal_met else 'missed'}"
        if r.error:
            goal = "failed: " + r.error
        table.append(
            (
                f"{r.map} ({r.components})",
                r.format,
                r.tool,
                _seconds(r.median),
                _seconds(r.minimum),
                str(len(r.times)) if r.times else "",
                f"{r.ratio:.1f}×" if r.ratio is not None else "",
                goal,
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(7)]
    right = {3, 4, 5, 6}
    for index, row in enumerate(table):
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row[:7])
        ]
        lines.append(("  ".join(cells) + "  " + row[7]).rstrip())
        if index == 0:
            lines.append("-" * len(lines[-1]))
    lines.append("")
    for name, goal in GOALS.items():
        judged = [r for r in rows if r.tool == name and r.goal_met is not None]
        if judged:
            met = sum(r.goal_met for r in judged)
            ratios = [r.ratio for r in judged if r.ratio is not None]
            lines.append(
                f"goal: wardley ≥ {goal:g}× faster than {name}: met on {met} of {len(judged)} "
                f"(map, format) pairs; ratios {min(ratios):.1f}× to {max(ratios):.1f}×"
            )
    for name, why in skipped.items():
        lines.append(f"not run: {name}: {why}")
    return "\n".join(lines)


# ---- main --------------------------------------------------------------------------------------

PEERS_SETUP: dict[str, Callable[[bool, int], Tool]] = {
    "wardleymap": setup_wardleymap,
    "mermaid-cli": setup_mermaid,
    "owm-engine": setup_owm,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time wardley against wardleymap, mermaid-cli and OnlineWardleyMaps' engine."
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs per tool, map, format")
    parser.add_argument("--peer-runs", type=int, help="timed runs for the peers (default --runs)")
    parser.add_argument("--maps", help="comma-separated OWM corpus files (default: six maps)")
    parser.add_argument("--formats", default="svg,png", help="svg, png or both (default)")
    parser.add_argument(
        "--tools",
        default="wardley,wardleymap,mermaid-cli,owm-engine",
        help="comma-separated: wardley, wardleymap, mermaid-cli, owm-engine",
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument(
        "--no-install", action="store_true", help="install nothing; skip what is missing"
    )
    parser.add_argument("--setup", action="store_true", help="install the peers, then stop")
    args = parser.parse_args(argv)

    if not (CORPUS / "owm").is_dir():
        print(f"compare.py: no corpus at {CORPUS}", file=sys.stderr)
        return 2
    wanted = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = set(wanted) - {"wardley", *PEERS_SETUP}
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    if unknown or not set(formats) <= {"svg", "png"} or args.runs < 1:
        parser.error("unknown tool or format, or --runs below 1")
    peer_runs = args.peer_runs or args.runs

    tools: list[Tool] = [setup_wardley(args.runs)] if "wardley" in wanted else []
    skipped: dict[str, str] = {}
    for name, setup in PEERS_SETUP.items():
        if name not in wanted:
            continue
        try:
            tools.append(setup(not args.no_install, peer_runs))
        except Unavailable as why:
            skipped[name] = str(why)
            log(f"{name}: skipped: {why}")
    if args.setup:
        for tool in tools:
            print(f"ready: {tool.version}\n       {tool.how}")
        for name, why in skipped.items():
            print(f"not ready: {name}: {why}")
        return 1 if skipped else 0

    maps = load_maps(args.maps.split(",") if args.maps else list(DEFAULT_MAPS))
    info = machine()
    rows = measure(tools, maps, formats, args.runs)
    print(report(info, tools, maps, rows, skipped, args.runs))
    log(f"images: {_rel(OUT)}/<tool>/")
    if args.json:
        data = {
            **info,
            "tools": {t.name: {"version": t.version, "invocation": t.how} for t in tools},
            "skipped": skipped,
            "goals": GOALS,
            "maps": [
                {**asdict(m), "owm": _rel(m.owm), "mermaid": m.mermaid and _rel(m.mermaid)}
                for m in maps
            ],
            "results": [{**asdict(r), "median": r.median, "min": r.minimum} for r in rows],
        }
        Path(args.json).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
