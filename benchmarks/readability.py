"""How readable are the drawings of a set of maps? The project's own checker, map by map.

    python benchmarks/readability.py [MAP|GLOB|DIR ...] [--verbose] [--json] [--record]

With no maps named, it checks the shared corpus (``$WARDLEY_SHARED/corpus/owm``, else
``../shared/corpus/owm``) and the gallery, each with its own totals. For each map it prints
the count of each fault kind (``--verbose``: every fault, naming the labels involved), then
the totals: maps, readable maps (no fault of any kind), maps refused (that did not load),
and for each kind of fault the maps that have it and its instances.

``--record`` writes the corpus totals to ``benchmarks/readability-baseline.json``, which
``tests/test_readability.py`` holds the corpus to: record again when the figures get better.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from pathlib import Path

import wardley
from wardley.geometry.readability import KINDS, Readability, Totals, readability, totals

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WARDLEY_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "owm"
BASELINE = ROOT / "benchmarks" / "readability-baseline.json"
RECORD = "python benchmarks/readability.py --record"


def check(path: Path) -> Readability | str:
    """The readability of a map's drawing, or why the map did not load."""
    try:
        map_ = wardley.load(path)
    except wardley.MapError as error:
        first = error.errors[0] if error.errors else error.diagnostics[0]
        return f"{first.line}:{first.column}: {first.message} [{first.code}]"
    except OSError as error:
        return str(error).splitlines()[0]
    return readability(wardley.layout(map_))


def corpus_totals() -> Totals:
    """The totals over the shared corpus, as recorded in the baseline."""
    return totals(
        None if isinstance(found, str) else found
        for found in (check(path) for path in sorted(CORPUS.glob("*.owm")))
    )


def expand(names: list[str]) -> list[Path]:
    """Maps named on the command line: files, globs, and the .owm and .wm files of folders."""
    paths: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            paths += sorted(p for p in path.iterdir() if p.suffix in (".owm", ".wm"))
        elif path.exists():
            paths.append(path)
        else:
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                raise FileNotFoundError(f"no map matches {name}")
            paths += [Path(match) for match in matches]
    return paths


def line(found: Readability | str) -> str:
    if isinstance(found, str):
        return f"refused ({found})"
    if found.readable:
        return "readable"
    return ", ".join(f"{kind} {count}" for kind, count in found.counts.items() if count)


def summary(group: str, total: Totals) -> list[str]:
    share = f"{100 * total.readable / total.maps:.0f} %" if total.maps else "-"
    out = [
        f"{group}: {total.maps} maps, {total.readable} readable ({share}), {total.refused} refused",
        f"  {'fault':<18} {'maps':>5} {'instances':>10}",
    ]
    for kind in KINDS:
        maps, instances = total.faults[kind]
        out.append(f"  {kind:<18} {maps:>5} {instances:>10}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("maps", nargs="*", help="map files, globs or folders")
    parser.add_argument("--verbose", action="store_true", help="print every fault found")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--record", action="store_true", help=f"write {BASELINE.name}")
    args = parser.parse_args()
    if args.record:
        if args.maps:
            parser.error("--record records the shared corpus: name no maps")
        if not CORPUS.is_dir():
            parser.error(f"no corpus at {CORPUS}: set WARDLEY_SHARED")
        recorded = {"recorded by": RECORD, "corpus": corpus_totals().to_json()}
        BASELINE.write_text(json.dumps(recorded, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE.relative_to(ROOT)}")
        return
    if args.maps:
        try:
            groups = {"maps": expand(args.maps)}
        except FileNotFoundError as error:
            parser.error(str(error))
    else:
        groups = {"gallery": sorted((ROOT / "gallery").glob("*.wm"))}
        if CORPUS.is_dir():
            groups = {"corpus": sorted(CORPUS.glob("*.owm")), **groups}
        else:
            print(f"no corpus at {CORPUS} (set WARDLEY_SHARED): the gallery only", file=sys.stderr)
    report: dict[str, dict] = {}
    for group, paths in groups.items():
        found = {path: check(path) for path in paths}
        total = totals(None if isinstance(f, str) else f for f in found.values())
        report[group] = {"totals": total.to_json(), "maps": {}}
        for path, result in found.items():
            if isinstance(result, str):
                report[group]["maps"][str(path)] = {"refused": result}
            else:
                entry = {"counts": result.counts, "findings": list(result.findings)}
                report[group]["maps"][str(path)] = entry
            if not args.json:
                print(f"{path.name}: {line(result)}")
                if args.verbose and not isinstance(result, str):
                    for finding in result.findings:
                        print(f"    {finding}")
        if not args.json:
            print("\n".join(summary(group, total)) + "\n")
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
