"""A contact sheet: wardley's picture of each map beside OnlineWardleyMaps' own drawing of it.

    python benchmarks/contact_sheet.py MAP... [-o sheet.png] [--columns N] [--rows N]
    python benchmarks/contact_sheet.py 009_goldenmastermaptext.owm 060_healthcare-ai.owm

For each map: its file name, then wardley's PNG (left) and the OnlineWardleyMaps engine's
(right), scaled to the same height. The pairs go ``--columns`` to a row and ``--rows`` rows to
a sheet; with more maps than one sheet holds, the sheets are numbered (``sheet-1.png``, ...).

A MAP is a path, or the name of a file in the shared corpus (``$WARDLEY_SHARED/corpus/owm``,
else ``../shared/corpus/owm`` beside the repository). wardley draws in this process, so the
picture is the checkout on ``sys.path``. The OWM engine is installed and run by compare.py's
``setup_owm`` (Node.js, npm and Chromium; see COMPARE.md); its pictures are cached by the map's
text and the harness in ``benchmarks/.peers/out/owm-contact/``, so a re-run only draws ours. A
map either tool cannot draw gets a grey panel with the error. Needs Pillow (``pip install -e
'.[benchmarks]'``; cairosvg already brings it).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from compare import HARNESS, OUT, TIMEOUT, Map, Tool, Unavailable, log, setup_owm

import wardley

try:
    from PIL import Image, ImageDraw, ImageFont
except ImportError:  # pragma: no cover - said plainly, not as a traceback
    raise SystemExit("contact_sheet.py needs Pillow: pip install -e '.[benchmarks]'") from None

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("WARDLEY_SHARED", REPO.parent / "shared")) / "corpus" / "owm"
CACHE = OUT / "owm-contact"

MARGIN = 24  # around each pair, and between the two drawings of a pair
TITLE = 30  # the map's file name
CAPTION = 20  # "wardley" / "OnlineWardleyMaps" above each drawing
BACKGROUND = "white"
INK = "black"
QUIET = "#666666"
FAILED = "#e4e4e4"


@dataclass(frozen=True)
class Drawing:
    """One tool's picture of one map, or why there is none."""

    picture: Image.Image | None
    error: str = ""


def resolve(name: str) -> Path:
    """A map's path: as given if it exists, else the corpus file of that name."""
    path = Path(name)
    if path.exists():
        return path
    if (CORPUS / name).exists():
        return CORPUS / name
    raise SystemExit(f"contact_sheet.py: no map {name} (nor {CORPUS / name})")


def ours(path: Path) -> Drawing:
    try:
        data = wardley.to_png(wardley.load(path))
    except wardley.MapError as error:
        return Drawing(None, str(error))
    return Drawing(Image.open(io.BytesIO(data)).convert("RGB"))


def harness_key(tool: Tool) -> bytes:
    """What an OWM picture depends on besides the map: the harness files and the versions."""
    digest = hashlib.sha256(tool.version.encode())
    for source in sorted((HARNESS / "owm").iterdir()):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.digest()


def owm(path: Path, tool: Tool | None, unavailable: str) -> Drawing:
    """OWM's picture of the map, from the cache when the map and harness are unchanged."""
    if tool is None:
        return Drawing(None, f"the OWM engine is unavailable: {unavailable}")
    text = path.read_bytes()
    key = hashlib.sha256(harness_key(tool) + text).hexdigest()[:20]
    picture, failure = CACHE / f"{key}.png", CACHE / f"{key}.error"
    if not (picture.exists() or failure.exists()):
        CACHE.mkdir(parents=True, exist_ok=True)
        log(f"OWM: drawing {path.name}")
        command = tool.command(Map(path.name, path, 0, None, ""), picture)
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
            error = "" if done.returncode == 0 else (done.stderr or done.stdout).strip()
        except subprocess.TimeoutExpired:
            error = f"timed out after {TIMEOUT} s"
        if error or not picture.exists():
            picture.unlink(missing_ok=True)
            failure.write_text(error or "wrote no picture", encoding="utf-8")
    if failure.exists():
        return Drawing(None, failure.read_text(encoding="utf-8"))
    return Drawing(Image.open(picture).convert("RGB"))


def scaled(drawing: Drawing, height: int) -> Image.Image:
    """The drawing at ``height`` pixels, or a grey panel that says what went wrong."""
    if drawing.picture is not None:
        width = round(drawing.picture.width * height / drawing.picture.height)
        return drawing.picture.resize((width, height), Image.Resampling.LANCZOS)
    panel = Image.new("RGB", (round(height * 1.4), height), FAILED)
    lines = []
    for line in drawing.error.splitlines()[:20]:
        lines += textwrap.wrap(line, 90) or [""]
    ImageDraw.Draw(panel).multiline_text(
        (MARGIN, MARGIN), "\n".join(lines[:30]), fill=INK, font=ImageFont.load_default(size=16)
    )
    return panel


def pair(name: str, left: Drawing, right: Drawing, height: int, owm_name: str) -> Image.Image:
    """The map's name over its two drawings, wardley's on the left."""
    a, b = scaled(left, height), scaled(right, height)
    top = MARGIN + TITLE + CAPTION + 8
    image = Image.new("RGB", (a.width + b.width + 3 * MARGIN, top + height + MARGIN), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, MARGIN), name, fill=INK, font=ImageFont.load_default(size=TITLE - 4))
    caption = ImageFont.load_default(size=CAPTION - 4)
    draw.text((MARGIN, MARGIN + TITLE), f"wardley {wardley.__version__}", fill=QUIET, font=caption)
    draw.text((2 * MARGIN + a.width, MARGIN + TITLE), owm_name, fill=QUIET, font=caption)
    image.paste(a, (MARGIN, top))
    image.paste(b, (2 * MARGIN + a.width, top))
    # A hairline between the two, so neither seems to run into the other.
    x = MARGIN + a.width + MARGIN // 2
    draw.line([(x, top), (x, top + height)], fill=FAILED)
    return image


def sheet(pairs: list[Image.Image], columns: int) -> Image.Image:
    rows = [pairs[i : i + columns] for i in range(0, len(pairs), columns)]
    width = max(sum(p.width for p in row) for row in rows)
    height = sum(max(p.height for p in row) for row in rows)
    image = Image.new("RGB", (width, height), BACKGROUND)
    y = 0
    for row in rows:
        x = 0
        for picture in row:
            image.paste(picture, (x, y))
            x += picture.width
        y += max(p.height for p in row)
    return image


def sheet_paths(out: Path, count: int) -> list[Path]:
    if count == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{n}{out.suffix}") for n in range(1, count + 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="wardley's picture of each map beside OnlineWardleyMaps' drawing."
    )
    parser.add_argument("maps", nargs="+", metavar="MAP", help="map files or corpus names")
    parser.add_argument("-o", "--output", default="contact-sheet.png", help="the sheet (PNG)")
    parser.add_argument("--columns", type=int, default=1, help="pairs side by side (default 1)")
    parser.add_argument("--rows", type=int, default=4, help="rows to a sheet (default 4)")
    parser.add_argument("--height", type=int, default=700, help="each drawing's height in px")
    parser.add_argument(
        "--no-install", action="store_true", help="install nothing; without OWM, draw ours only"
    )
    args = parser.parse_args(argv)
    if min(args.columns, args.rows) < 1 or not 100 <= args.height <= 4000:
        parser.error("--columns and --rows must be at least 1, --height from 100 to 4000")
    out = Path(args.output)
    if out.suffix.lower() != ".png":
        parser.error("the sheet is a PNG: name it .png")

    paths = [resolve(name) for name in args.maps]
    tool, unavailable = None, ""
    try:
        tool = setup_owm(not args.no_install, 1)
    except Unavailable as why:
        unavailable = str(why)
        log(f"OWM engine: {unavailable}")
    owm_name = tool.version.split(" (")[0] if tool else "OnlineWardleyMaps engine"

    out.parent.mkdir(parents=True, exist_ok=True)
    per_sheet = args.columns * args.rows
    groups = [paths[i : i + per_sheet] for i in range(0, len(paths), per_sheet)]
    for target, group in zip(sheet_paths(out, len(groups)), groups, strict=True):
        pairs = [
            pair(path.name, ours(path), owm(path, tool, unavailable), args.height, owm_name)
            for path in group
        ]
        sheet(pairs, args.columns).save(target, optimize=True)
        print(f"{target}: {', '.join(p.name for p in group)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
