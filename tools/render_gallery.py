"""Render every gallery map to SVG and PNG beside its source (tests fail when these are stale).

python tools/render_gallery.py
"""

from __future__ import annotations

from pathlib import Path

import wardley
from wardley.files import write_atomic

GALLERY = Path(__file__).resolve().parent.parent / "gallery"


def main() -> None:
    for source in sorted(GALLERY.glob("*.wm")):
        map_ = wardley.load(source)
        svg = wardley.to_svg(map_)
        write_atomic(source.with_suffix(".svg"), svg)
        write_atomic(source.with_suffix(".png"), wardley.to_png(map_))
        print(f"rendered {source.name}")


if __name__ == "__main__":
    main()
