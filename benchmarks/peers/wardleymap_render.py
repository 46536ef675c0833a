"""Render one OWM map with the PyPI package ``wardleymap``, as its README shows; run by compare.py.

    python wardleymap_render.py MAP.owm OUT.svg|OUT.png

``create_wardley_map_plot`` parses the text into a matplotlib figure; ``create_svg_map`` gives
the SVG, and ``savefig(..., bbox_inches="tight")`` the PNG (default 100 dpi, about the size of
wardley's PNG; the README's example uses 300 dpi). The package has no command-line tool.
"""

import sys

from wardley_map import create_svg_map, create_wardley_map_plot


def main() -> None:
    source, out = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as file:
        text = file.read()
    _, figure = create_wardley_map_plot(text)
    if out.endswith(".svg"):
        with open(out, "w", encoding="utf-8") as file:
            file.write(create_svg_map(figure))
    else:
        figure.savefig(out, bbox_inches="tight")


if __name__ == "__main__":
    main()
