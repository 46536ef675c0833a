"""The MkDocs plugin and the superfences fence, through real ``mkdocs build`` and ``serve`` runs."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("mkdocs")

ROOT = Path(__file__).resolve().parent.parent

PAGE = """\
---
title: Maps
---
# Maps

```wardley caption="A_small *map*" theme="dark" width="400px"
title Inline_Map
user Reader_one
need Read *content* [commodity]
Reader_one -> Read *content*
```

![The tea shop](../maps/tea-shop.wm "The shop, today")

The same map again, inside a sentence: ![tea](../maps/tea-shop.wm) (ids must not clash).

```text
```wardley fences inside other fences stay code
```

`![not a map](../maps/tea-shop.wm)` in inline code stays code too.
"""

DIFF_FENCE = """
```wardley diff="../maps/tea-shop.wm"
title Tea Shop
user Public
need Cup of Tea [product]
Public -> Cup of Tea
```
"""


BAD_PAGE = """\
---
title: Bad
---
# Bad

```wardley
title Bad fence
user A
need B [custom 1.5]
```

![bad](maps/bad.wm)
"""


def mkdocs(site: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=site,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def make_site(root: Path, config: str = "plugins:\n  - wardley\n") -> Path:
    (root / "docs" / "maps").mkdir(parents=True)
    shutil.copy(ROOT / "gallery" / "tea-shop.wm", root / "docs" / "maps" / "tea-shop.wm")
    (root / "mkdocs.yml").write_text(f"site_name: Maps\nuse_directory_urls: false\n{config}")
    return root


def test_plugin_draws_fences_and_map_images(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    # a page in a subfolder; maps relative to it, relative to docs_dir, through a symlink
    (site / "docs" / "guide").mkdir()
    (site / "docs" / "guide" / "index.md").write_text(PAGE + DIFF_FENCE)
    (site / "docs" / "guide" / "linked.wm").symlink_to("../maps/tea-shop.wm")
    (site / "docs" / "guide" / "more.md").write_text(
        "# More\n\n![root](/maps/tea-shop.wm)\n\n![linked](linked.wm)\n"
    )
    result = mkdocs(site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    page = (site / "site" / "guide" / "index.html").read_text()

    titles = re.findall(r'<title id="([^"]+)-title">([^<]*)</title>', page)
    assert [t for _, t in titles[:3]] == ["Inline&#95;Map", "Tea Shop", "Tea Shop"]
    assert len(titles) == 4
    ids = [i for i, _ in titles]
    assert len(set(ids)) == len(ids), "a map shown twice gets its ids renamed"
    assert "Reader&#95;one" in page and "Hot Water" in page
    assert "<em>" not in page, "nothing in a map is read as Markdown"
    assert "<figcaption>A&#95;small &#42;map&#42;</figcaption>" in page
    assert "<figcaption>The shop, today</figcaption>" in page
    # the figure's sizing joins the root's own style (one style attribute: a second is invalid)
    roots = re.findall(r"<svg\b[^>]*>", page)
    assert all(root.count(" style=") == 1 for root in roots)
    assert any(
        'style="width: 400px; max-width: 100%; height: auto; font-kerning:' in r for r in roots
    )
    # the SVG's <desc> is its alt text: the map's description, or the image's alt
    assert re.search(r"<desc [^>]*>A Wardley map, .{1,20}Inline&#95;Map", page)
    assert re.search(r"<desc [^>]*>The tea shop</desc>", page)
    assert "```wardley fences inside other fences stay code" in page
    assert "<code>![not a map](../maps/tea-shop.wm)</code>" in page
    more = (site / "site" / "guide" / "more.html").read_text()
    assert len(re.findall(r"<title [^>]*>Tea Shop</title>", more)) == 2


def test_bad_map_fails_strict_build_with_file_and_line(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    (site / "docs" / "maps" / "bad.wm").write_text("title Bad\nuser A\ncapability W [prodcut]\n")
    (site / "docs" / "index.md").write_text(BAD_PAGE)
    result = mkdocs(site, "build", "--strict")
    assert result.returncode != 0
    # the line in the page (after its front matter), and the line in the .wm file
    assert "wardley: docs/index.md:9:16: place inside a stage must be from 0 to 1" in result.stderr
    assert "wardley: docs/maps/bad.wm:3:15: unknown stage 'prodcut' [E009]" in result.stderr
    assert "Traceback" not in result.stderr
    page = (site / "site" / "index.html").read_text()
    assert page.count("wardley-error") == 2 and "did you mean" in page


SECRET = "title hunter2 plans\nAPI_KEY=hunter2 [x]\ncomponent hunter2 db [0.5, 0.5]\n"

ATTACKS = """\
# Attacks

![rel](../../secret.wm)

![root](/../../secret.wm)

![link](linked.wm)

![fifo](../maps/fifo.wm)

![zero](../maps/zero.wm)

![folder](../maps/folder.wm)

![big](../maps/big.wm)

![alias](alias.wm)

```wardley diff="../../secret.txt"
title New
```

```wardley diff="/../../secret.txt"
title New
```

```wardley diff="../../../../../../../../../../etc/passwd"
title New
```

```wardley diff="../../../../../../../../../../dev/zero"
title New
```

```wardley diff="notes.txt"
title New
```
"""


def test_pages_cannot_read_outside_docs_dir(tmp_path: Path) -> None:
    from wardley.api import LIMITS

    (tmp_path / "secret.txt").write_text(SECRET)
    (tmp_path / "secret.wm").write_text(SECRET)
    # /dev is allowed on purpose: even then a device is not read. The special files live in a
    # map folder outside docs_dir, where MkDocs itself does not copy them.
    site = make_site(tmp_path / "project", "plugins:\n  - wardley:\n      map_dirs: [maps, /dev]\n")
    maps = site / "maps"
    maps.mkdir()
    (maps / "zero.wm").symlink_to("/dev/zero")
    os.mkfifo(maps / "fifo.wm")  # opening it for reading would wait for a writer forever
    (maps / "folder.wm").mkdir()
    (maps / "big.wm").write_text("// hunter2\n" * (LIMITS.max_bytes // 11 + 1))
    (site / "docs" / "linked.wm").symlink_to(tmp_path / "secret.wm")
    (site / "docs" / "notes.txt").write_text(SECRET)
    (site / "docs" / "alias.wm").symlink_to("notes.txt")  # a map's name, not a map
    (site / "docs" / "index.md").write_text(ATTACKS)
    result = mkdocs(site, "build", "--strict")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = ATTACKS.splitlines()

    def warned(markdown: str, why: str) -> None:
        line = lines.index(markdown) + 1
        assert re.search(rf"wardley: docs/index\.md:{line}: .*{why}", result.stderr), markdown

    outside = re.escape("it is outside the documentation's source tree")
    for reference in ("../../secret.wm", "/../../secret.wm", "linked.wm"):
        markdown = next(line for line in lines if line.endswith(f"]({reference})"))
        warned(markdown, rf"cannot read the map {re.escape(reference)} \(.*\): {outside}")
    for reference in ("../../secret.txt", "/../../secret.txt", "../" * 10 + "etc/passwd"):
        warned(f'```wardley diff="{reference}"', f"{re.escape(reference)} .*{outside}")
    for name in ("fifo", "zero", "folder"):
        warned(f"![{name}](../maps/{name}.wm)", "it is not a regular file")
    warned('```wardley diff="../../../../../../../../../../dev/zero"', "not a regular file")
    warned("![big](../maps/big.wm)", f"larger than {LIMITS.max_bytes:,} bytes")
    warned('```wardley diff="notes.txt"', r"cannot draw notes\.txt: it is not a Wardley map")
    warned("![alias](alias.wm)", r"cannot draw alias\.wm: it is not a Wardley map")

    index = (site / "site" / "index.html").read_text()
    assert index.count("wardley-error") == 13 and "<svg" not in index
    assert str(tmp_path) not in index, "no machine paths on the page"
    for page in (site / "site").rglob("*.html"):
        text = page.read_text()
        assert "hunter2" not in text and "root:x:0" not in text, page


def test_superfences_custom_fence(tmp_path: Path) -> None:
    pytest.importorskip("pymdownx")
    site = make_site(
        tmp_path,
        """\
markdown_extensions:
  - pymdownx.superfences:
      custom_fences:
        - name: wardley
          class: wardley
          validator: !!python/name:wardley.mkdocs.validator
          format: !!python/name:wardley.mkdocs.fence
""",
    )
    (site / "docs" / "index.md").write_text(
        '# Fenced\n\n```wardley caption="Fenced" theme="book"\ntitle Super Fenced\n'
        "user A\nneed B [product]\nA -> B\n```\n"
    )
    result = mkdocs(site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    page = (site / "site" / "index.html").read_text()
    assert re.search(r"<title [^>]*>Super Fenced</title>", page)
    assert "<figcaption>Fenced</figcaption>" in page

    (site / "docs" / "index.md").write_text(
        '# Bad\n\n```wardley colour="red"\ntitle X\n```\n\n```wardley\nneed B [prodcut]\n```\n'
    )
    result = mkdocs(site, "build", "--strict")
    assert result.returncode != 0
    assert "unknown option 'colour'" in result.stderr
    assert "unknown stage 'prodcut'" in result.stderr
    assert (site / "site" / "index.html").read_text().count("wardley-error") == 2


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(predicate, timeout: float = 30) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_serve_redraws_when_a_map_file_changes(tmp_path: Path) -> None:
    """The map lives outside docs_dir, in a folder of ``map_dirs``: ``mkdocs serve`` watches it."""
    site = make_site(tmp_path, "plugins:\n  - wardley:\n      map_dirs: [maps]\n")
    (site / "maps").mkdir()
    shutil.copy(ROOT / "gallery" / "tea-shop.wm", site / "maps" / "tea-shop.wm")
    (site / "docs" / "index.md").write_text("# Serve\n\n![shop](../maps/tea-shop.wm)\n")
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=site,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:

        def page() -> str:
            url = f"http://127.0.0.1:{port}/"
            with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode("utf-8"))
            return ""

        assert _wait_for(lambda: "Tea Shop" in page()), log.read_text()
        assert re.search(r"Watching paths for changes: .*'maps'", log.read_text())
        map_file = site / "maps" / "tea-shop.wm"
        map_file.write_text(map_file.read_text().replace("title Tea Shop", "title Coffee Shop"))
        assert _wait_for(lambda: "Coffee Shop" in page()), log.read_text()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
