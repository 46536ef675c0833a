"""Compare OWM's reading of maps with ours, field by field.

    python tools/owm_oracle/compare.py [FOLDER_OR_MAP ...] [--quiet] [--json OUT]

Reads every ``*.owm`` map in the folders (default: the shared corpus, ``$WARDLEY_SHARED`` or
../shared beside the clone), prints the fields that differ for each map, then a summary: how many
maps read the same, and on how many maps each kind of field differs. See README.md beside this.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.conftest import CORPUS  # noqa: E402 - the repository root is on the path only now
from tests.owm_oracle import (  # noqa: E402
    differences,
    our_reading_of,
    owm_reading,
    unavailable,
)


def maps_in(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob("*.owm")) if path.is_dir() else [path] if path.exists() else []
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[CORPUS])
    parser.add_argument("--quiet", action="store_true", help="print the summary only")
    parser.add_argument("--json", type=Path, help="write both readings and the differences here")
    args = parser.parse_args(argv)
    reason = unavailable()
    if reason:
        print(f"compare.py: {reason}", file=sys.stderr)
        return 2
    paths = maps_in(args.paths)
    if not paths:
        print(f"compare.py: no .owm maps in {', '.join(map(str, args.paths))}", file=sys.stderr)
        return 2
    texts = [path.read_text(encoding="utf-8") for path in paths]
    start = time.perf_counter()
    theirs = owm_reading(texts)
    owm_seconds = time.perf_counter() - start
    assert theirs is not None
    start = time.perf_counter()
    ours = [our_reading_of(text) for text in texts]
    our_seconds = time.perf_counter() - start

    kinds: Counter[str] = Counter()
    equal = 0
    report = []
    for path, owm, mine in zip(paths, theirs, ours, strict=True):
        found = differences(owm, mine)
        report.append(
            {"map": path.name, "owm": owm, "ours": mine, "differences": [str(d) for d in found]}
        )
        if not found:
            equal += 1
            continue
        kinds.update({d.kind for d in found})
        if not args.quiet:
            print(f"{path.name}: {len(found)} difference(s)")
            for difference in found:
                print(f"  {difference}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")

    print(
        f"\n{equal}/{len(paths)} maps read the same as OWM "
        f"(OWM's parser {1000 * owm_seconds / len(paths):.1f} ms a map with Node's start, "
        f"ours {1000 * our_seconds / len(paths):.1f} ms)"
    )
    for kind, count in sorted(kinds.items(), key=lambda kc: (-kc[1], kc[0])):
        print(f"  {count:4d} maps differ on {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
