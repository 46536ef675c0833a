"""Regenerate wardley/geometry/metrics.py: advance widths of the font the SVG names first.

The renderer measures every label with these widths (no guessing from character counts).
Liberation Sans shares its advance widths with Arial and Helvetica, so a browser draws the
measured widths whichever of the three it has, and the PNG/PDF path (cairosvg, through
fontconfig) draws Liberation Sans itself. fonttools is needed here only, not at run time:

    pip install fonttools && python tools/font_metrics.py /usr/share/fonts/truetype/liberation

The widths are written as Python literals, so that a render loads them with the module's
bytecode instead of reading and converting a data file.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

#: Blocks measured: Latin, Greek, Cyrillic, punctuation, symbols, arrows, box drawing.
RANGES = [
    (0x20, 0x250),
    (0x370, 0x530),
    (0x2000, 0x2070),
    (0x20A0, 0x20C0),
    (0x2100, 0x2200),
    (0x2190, 0x2200),
]
OUT = Path(__file__).resolve().parent.parent / "wardley" / "geometry" / "metrics.py"


def widths(path: Path) -> dict[str, Any]:
    from fontTools.ttLib import TTFont

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
        "default": hmtx[cmap[ord("M")]][0],
        "widths": table,
    }


def module_text(family: str, faces: dict[str, dict[str, Any]]) -> str:
    """The metrics module: the family's name, then each face as a dict literal."""
    lines = [
        '"""Advance widths of the font the pictures are measured and drawn with, in font units.',
        "",
        "Made by tools/font_metrics.py from the font files: do not edit.",
        '"""',
        "",
        f'FAMILY = "{family}"',
        "",
        "# fmt: off",
    ]
    for name, face in faces.items():
        lines.append(f"{name.upper()} = {{")
        for key in ("units_per_em", "ascent", "descent", "default"):
            lines.append(f'    "{key}": {face[key]},')
        lines.append('    "widths": {')
        row = ""
        for code, width in sorted(face["widths"].items()):
            item = f"{code}: {width},"
            if row and len(row) + 1 + len(item) > 92:
                lines.append("        " + row)
                row = ""
            row = f"{row} {item}" if row else item
        lines += ["        " + row, "    },", "}"]
    lines.append("# fmt: on")
    return "\n".join(lines) + "\n"


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation")
    text = module_text(
        "Liberation Sans",
        {
            "regular": widths(folder / "LiberationSans-Regular.ttf"),
            "bold": widths(folder / "LiberationSans-Bold.ttf"),
        },
    )
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
