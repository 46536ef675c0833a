"""Count overlapping labels over the corpus and the gallery with the project's own checker.

    python benchmarks/overlaps.py [--verbose]

Maps whose authors gave explicit OWM `label [dx, dy]` offsets are counted apart: those labels
are placed where the author said, overlaps and all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import wardley
from wardley.geometry.readability import overlaps

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "owm"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    groups = {
        "gallery": sorted((ROOT / "gallery").glob("*.wm")),
        "corpus": sorted(CORPUS.glob("*.owm")),
    }
    for group, paths in groups.items():
        totals = {"maps": 0, "free": 0, "label/label": 0, "label/component": 0, "offset maps": 0}
        offset_totals = 0
        for path in paths:
            try:
                map_ = wardley.load(path)
            except wardley.MapError:
                continue
            found = overlaps(wardley.layout(map_))
            totals["maps"] += 1
            has_offsets = any(c.label is not None for c in map_.components)
            if has_offsets:
                totals["offset maps"] += 1
                offset_totals += found.total
                continue
            totals["free"] += 1
            totals["label/label"] += found.label_label
            totals["label/component"] += found.label_component
            if args.verbose and found.total:
                print(f"  {path.name}: {found.pairs}", file=sys.stderr)
        print(
            f"{group}: {totals['maps']} maps; without explicit label offsets ({totals['free']}):"
            f" {totals['label/label']} label/label and {totals['label/component']}"
            f" label/component overlaps; with author offsets ({totals['offset maps']}):"
            f" {offset_totals}"
        )


if __name__ == "__main__":
    main()
