"""The Sphinx extension, through real ``sphinx-build`` runs on small projects in tmp_path."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("myst_parser")

ROOT = Path(__file__).resolve().parent.parent

CONF = """\
extensions = ["myst_parser", "wardley.sphinx"]
project = "maps"
numfig = True
exclude_patterns = ["_build"]
"""

OLD_MAP = """\
title Tea Shop
user Public
need Cup of Tea [product]
Public -> Cup of Tea
"""

INDEX = """\
Maps
====

.. toctree::

   inline
   markdown
{diff_entry}

The shop is drawn in :numref:`fig-tea-shop`.

.. wardley:: maps/tea-shop.wm
   :caption: The tea shop today
   :name: fig-tea-shop
   :align: center
"""

INLINE = """\
Inline
======

.. wardley::
   :alt: A tiny map of reading
   :width: 320px
   :class: small-map
   :theme: dark

   title Tiny Reading Map
   user Reader
   need Read content [commodity]
   Reader -> Read content

.. wardley:: /maps/tea-shop.wm
   :format: png
   :state: current
"""

MARKDOWN = """\
# Markdown

See {numref}`fig-myst`.

```{wardley} maps/tea-shop.wm
:caption: The shop through MyST
:name: fig-myst
```

```{wardley}
:alt: A MyST inline map

title MyST Inline Map
user Writer
need Write [product]
Writer -> Write
```
"""

DIFF = """\
Diff
====

.. wardley:: maps/tea-shop.wm
   :diff: maps/old.wm
"""


def sphinx(src: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sphinx", *args, str(src), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def make_project(root: Path) -> Path:
    src = root / "src"
    (src / "maps").mkdir(parents=True)
    (src / "conf.py").write_text(CONF)
    shutil.copy(ROOT / "gallery" / "tea-shop.wm", src / "maps" / "tea-shop.wm")
    (src / "maps" / "old.wm").write_text(OLD_MAP)
    (src / "index.rst").write_text(INDEX.format(diff_entry="   diff"))
    (src / "inline.rst").write_text(INLINE)
    (src / "markdown.md").write_text(MARKDOWN)
    (src / "diff.rst").write_text(DIFF)
    return src


def images(html: str) -> list[dict[str, str]]:
    return [dict(re.findall(r'(\w+)="([^"]*)"', tag)) for tag in re.findall(r"<img [^>]*>", html)]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("sphinx"))


@pytest.fixture(scope="module")
def html(project: Path) -> Path:
    out = project.parent / "html"
    result = sphinx(project, out, "-W", "-b", "html")
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_file_map_is_a_numbered_figure(html: Path) -> None:
    page = (html / "index.html").read_text()
    (image,) = images(page)
    assert re.fullmatch(r"_images/wardley-[0-9a-f]+\.svg", image["src"])
    # the alt text is the map's description, with its title and component names
    assert "Tea Shop" in image["alt"] and "Cup of Tea" in image["alt"]
    assert "The tea shop today" in page and "align-center" in page
    assert re.search(r'href="#fig-tea-shop"[^>]*>.*?Fig\. \d', page, re.DOTALL)
    svg = (html / image["src"]).read_text()
    assert svg.startswith("<svg") and "Cup of Tea" in svg and "Hot Water" in svg


def test_inline_map_and_options(html: Path) -> None:
    page = (html / "inline.html").read_text()
    tiny, shop = images(page)
    assert tiny["alt"] == "A tiny map of reading"
    assert "small-map" in tiny["class"] and "width: 320px" in tiny["style"]
    svg = (html / tiny["src"]).read_text()
    assert "Tiny Reading Map" in svg and "Read content" in svg
    # :format: png gives a PNG, shown at its natural size (drawn at twice that for sharpness)
    assert shop["src"].endswith(".png")
    assert (html / shop["src"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "width: 1000px" in shop["style"]


def test_myst_fences(html: Path) -> None:
    page = (html / "markdown.html").read_text()
    shop, inline = images(page)
    assert "Cup of Tea" in shop["alt"]
    assert inline["alt"] == "A MyST inline map"
    assert "MyST Inline Map" in (html / inline["src"]).read_text()
    assert "The shop through MyST" in page
    assert re.search(r'href="#fig-myst"[^>]*>.*?Fig\. \d', page, re.DOTALL)


def test_same_map_same_file(html: Path) -> None:
    """The same map with the same options is drawn once, whichever page shows it."""
    index = images((html / "index.html").read_text())[0]["src"]
    myst = images((html / "markdown.html").read_text())[0]["src"]
    assert index == myst


def test_diff_option(html: Path) -> None:
    (image,) = images((html / "diff.html").read_text())
    diff = (html / image["src"]).read_text()
    plain = (html / images((html / "index.html").read_text())[0]["src"]).read_text()
    assert diff.startswith("<svg") and diff != plain


def test_latex_gets_a_pdf(project: Path) -> None:
    out = project.parent / "latex"
    result = sphinx(project, out, "-W", "-b", "latex")
    assert result.returncode == 0, result.stdout + result.stderr
    pdfs = sorted(out.glob("wardley-*.pdf"))
    assert pdfs and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    tex = next(out.glob("*.tex")).read_text()
    assert f"{{{pdfs[0].stem}}}.pdf" in tex


def test_parallel_build(project: Path) -> None:
    out = project.parent / "parallel"
    result = sphinx(project, out, "-W", "-j", "2", "-b", "html")
    assert result.returncode == 0, result.stdout + result.stderr
    assert images((out / "inline.html").read_text())[0]["alt"] == "A tiny map of reading"
    assert len(list((out / "_images").glob("wardley-*"))) >= 4


BAD_MAP = """\
title Bad
user A
capability Water [prodcut]
A -> Water
"""

BAD_INDEX = """\
Bad maps
========

.. wardley:: bad.wm

.. wardley::

   title Bad inline
   user A
   need B [custom 1.5]
"""


def test_bad_map_fails_with_its_line(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(CONF)
    (src / "bad.wm").write_text(BAD_MAP)
    (src / "index.rst").write_text(BAD_INDEX)
    out = tmp_path / "out"
    result = sphinx(src, out, "-W", "-b", "html")
    assert result.returncode != 0
    # the .wm file's own line, and the line inside the .rst for the inline map
    assert re.search(
        r"bad\.wm:3: WARNING: unknown stage 'prodcut'.*\[wardley\.map\]", result.stderr
    )
    assert re.search(r"index\.rst:10: WARNING: .*\[E010\].*\[wardley\.map\]", result.stderr)
    assert "Traceback" not in result.stderr
    # the page was still written, with the diagnostics where the pictures would be
    page = (out / "index.html").read_text()
    assert page.count("wardley-error") == 2 and "did you mean" in page and "<img" not in page

    suppressed = sphinx(
        src, tmp_path / "quiet", "-W", "-b", "html", "-D", "suppress_warnings=wardley.map"
    )
    assert suppressed.returncode == 0, suppressed.stderr


def test_only_changed_maps_are_drawn_again(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(CONF)
    (src / "a.wm").write_text(OLD_MAP)
    (src / "b.wm").write_text(OLD_MAP.replace("Tea Shop", "Coffee Shop"))
    (src / "index.rst").write_text("Maps\n====\n\n.. wardley:: a.wm\n\n.. wardley:: b.wm\n")
    out, cache = tmp_path / "out", tmp_path / "out" / ".doctrees" / "wardley"
    assert sphinx(src, out, "-W", "-b", "html").returncode == 0
    before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    (src / "b.wm").write_text(OLD_MAP.replace("Tea Shop", "Bakery"))
    result = sphinx(src, out, "-W", "-b", "html")
    assert result.returncode == 0, result.stderr
    after = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    assert len(after) == 3 and all(after[name] == before[name] for name in before)
    (new,) = set(after) - set(before)
    assert "Bakery" in (cache / new).read_text()
    assert f"_images/{new}" in (out / "index.html").read_text()


def test_project_docs_build(tmp_path: Path) -> None:
    """docs/ builds with -W: the MyST pages, language.md, and the gallery drawn by the plugin."""
    out = tmp_path / "docs"
    result = sphinx(ROOT / "docs", out, "-W", "-b", "html", "-d", str(tmp_path / "doctrees"))
    assert result.returncode == 0, result.stdout + result.stderr
    gallery = (out / "gallery.html").read_text()
    drawn = images(gallery)
    maps = sorted((ROOT / "gallery").glob("*.wm"))
    assert len(drawn) == len(maps), "every gallery map is on the gallery page"
    assert all(i["src"].startswith("_images/wardley-") for i in drawn)
    assert "Knowledge base" in gallery and "Tea Shop" in gallery
    assert (out / "language.html").exists() and (out / "use-in-your-docs.html").exists()


# ---- files a page may not read ------------------------------------------------------------------
SECRET = "title hunter2 plans\nAPI_KEY=hunter2 [x]\ncomponent hunter2 db [0.5, 0.5]\n"

ATTACKS = """\
Attacks
=======

.. toctree::

   sub/page

.. wardley:: ../../secret.txt

.. wardley:: ../../secret.wm

.. wardley:: /../../secret.wm

.. wardley:: ../../../../../../../../../../etc/passwd

.. wardley:: /etc/passwd

.. wardley:: maps/good.wm
   :diff: ../../secret.wm

.. wardley:: linked.wm

.. wardley:: zero.wm

.. wardley:: fifo.wm

.. wardley:: folder.wm

.. wardley:: big.wm

.. wardley:: notes.txt

.. wardley:: alias.wm
"""

# Maps inside the tree still work: from a subfolder, relative and root-relative, and through a
# symlink that stays inside.
LEGIT = """\
Legit
=====

.. wardley:: ../maps/good.wm

.. wardley:: /maps/good.wm

.. wardley:: linked-good.wm
"""


def line_of(text: str, needle: str) -> int:
    return text.splitlines().index(needle) + 1


def test_pages_cannot_read_outside_the_source_tree(tmp_path: Path) -> None:
    from wardley.api import LIMITS

    (tmp_path / "secret.txt").write_text(SECRET)
    (tmp_path / "secret.wm").write_text(SECRET)
    src = tmp_path / "project" / "src"
    (src / "maps").mkdir(parents=True)
    (src / "sub").mkdir()
    (src / "folder.wm").mkdir()
    # /dev is allowed on purpose: even then a device is not read
    (src / "conf.py").write_text(CONF + 'wardley_map_dirs = ["/dev"]\n')
    (src / "maps" / "good.wm").write_text(OLD_MAP)
    (src / "notes.txt").write_text(SECRET)
    (src / "alias.wm").symlink_to("notes.txt")  # a map's name, not a map
    (src / "linked.wm").symlink_to(tmp_path / "secret.wm")
    (src / "zero.wm").symlink_to("/dev/zero")
    os.mkfifo(src / "fifo.wm")  # opening it for reading would wait for a writer forever
    (src / "big.wm").write_text("// hunter2\n" * (LIMITS.max_bytes // 11 + 1))
    (src / "sub" / "linked-good.wm").symlink_to("../maps/good.wm")
    (src / "index.rst").write_text(ATTACKS)
    (src / "sub" / "page.rst").write_text(LEGIT)
    out = tmp_path / "out"
    result = sphinx(src, out, "-b", "html")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr

    def warned(directive: str, why: str) -> None:
        line = line_of(ATTACKS, directive)
        pattern = rf"index\.rst:{line}: WARNING: cannot .*{why}.*\[wardley\.map\]"
        assert re.search(pattern, result.stderr), (directive, result.stderr)

    outside = "it is outside the documentation's source tree"
    for reference in (
        "../../secret.txt",
        "../../secret.wm",
        "/../../secret.wm",
        "../../../../../../../../../../etc/passwd",
        "linked.wm",
    ):
        warned(f".. wardley:: {reference}", re.escape(f"read the map {reference}: {outside}"))
    warned(".. wardley:: maps/good.wm", re.escape(f"read the map ../../secret.wm: {outside}"))
    warned(".. wardley:: /etc/passwd", "No such file")  # "/" is the source directory
    for reference in ("zero.wm", "fifo.wm", "folder.wm"):
        warned(f".. wardley:: {reference}", f"{reference}: it is not a regular file")
    warned(".. wardley:: big.wm", f"larger than {LIMITS.max_bytes:,} bytes")
    warned(".. wardley:: notes.txt", r"notes\.txt: it is not a Wardley map \(1 error, .*line 2")
    warned(".. wardley:: alias.wm", r"alias\.wm: it is not a Wardley map")

    index = (out / "index.html").read_text()
    assert index.count("wardley-error") == 13 and "<img" not in index
    assert str(tmp_path) not in index, "no machine paths on the page"
    for page in out.rglob("*.html"):
        text = page.read_text()
        assert "hunter2" not in text and "root:x:0" not in text, page
    legit = (out / "sub" / "page.html").read_text()
    assert len(images(legit)) == 3 and "wardley-error" not in legit
    assert "sub/page.rst" not in result.stderr
