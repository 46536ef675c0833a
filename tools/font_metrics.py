"""Regenerate wardley/fonts/metrics.json: advance widths of the font the SVG names first.

The renderer measures every label with these widths (no guessing from character counts).
Liberation Sans shares its advance widths with Arial and Helvetica, so a browser draws the
measured widths whichever of the three it has, and the PNG/PDF path (cairosvg, through
fontconfig) draws Liberation Sans itself. fonttools is needed here only, not at run time:

    pip install fonttools && python tools/font_metrics.py /usr/share/fonts/truetype/liberation
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

#: Blocks measured: Latin, Greek, Cyrillic, punctuation, symbols, arrows, box drawing.
RANGES = [
    (0x20, 0x250),
    (0x370, 0x530),
    (0x2000, 0x2070),
    (0x20A0, 0x20C0),
    (0x2100, 0x2200),
    (0x2190, 0x2200),
]


def widths(path: Path) -> dict[str, object]:
    font = TTFont(path)
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    units = font["head"].unitsPerEm
    table = {}
    for low, high in RANGES:
        for code in range(low, high):
            glyph = cmap.get(code)
            if glyph is not None:
                table[code] = hmtx[glyph][0]
    hhea = font["hhea"]
    return {
        "units_per_em": units,
        "ascent": hhea.ascent,
        "descent": -hhea.descent,
        "widths": "".join(f"{code:x}:{table[code]:x};" for code in sorted(table)),
        "default": hmtx[cmap[ord("M")]][0],
    }


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation")
    data = {
        "family": "Liberation Sans",
        "regular": widths(folder / "LiberationSans-Regular.ttf"),
        "bold": widths(folder / "LiberationSans-Bold.ttf"),
    }
    out = Path(__file__).resolve().parent.parent / "wardley" / "fonts" / "metrics.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"wrote {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
