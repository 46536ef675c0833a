"""The MkDocs plugin and the superfences fence, through real ``mkdocs build`` and ``serve`` runs."""

from __future__ import annotations

import contextlib
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

![bad](../maps/bad.wm)
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
    (root / "docs").mkdir(parents=True)
    (root / "maps").mkdir()
    shutil.copy(ROOT / "gallery" / "tea-shop.wm", root / "maps" / "tea-shop.wm")
    (root / "mkdocs.yml").write_text(f"site_name: Maps\nuse_directory_urls: false\n{config}")
    return root


def test_plugin_draws_fences_and_map_images(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    (site / "docs" / "index.md").write_text(PAGE + DIFF_FENCE)
    result = mkdocs(site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    page = (site / "site" / "index.html").read_text()

    titles = re.findall(r'<title id="([^"]+)-title">([^<]*)</title>', page)
    assert [t for _, t in titles[:3]] == ["Inline&#95;Map", "Tea Shop", "Tea Shop"]
    assert len(titles) == 4
    ids = [i for i, _ in titles]
    assert len(set(ids)) == len(ids), "a map shown twice gets its ids renamed"
    assert "Reader&#95;one" in page and "Hot Water" in page
    assert "<em>" not in page, "nothing in a map is read as Markdown"
    assert "<figcaption>A&#95;small &#42;map&#42;</figcaption>" in page
    assert "<figcaption>The shop, today</figcaption>" in page
    assert 'style="width: 400px;' in page
    # the SVG's <desc> is its alt text: the map's description, or the image's alt
    assert re.search(r"<desc [^>]*>A Wardley map, .{1,20}Inline&#95;Map", page)
    assert re.search(r"<desc [^>]*>The tea shop</desc>", page)
    assert "```wardley fences inside other fences stay code" in page
    assert "<code>![not a map](../maps/tea-shop.wm)</code>" in page


def test_bad_map_fails_strict_build_with_file_and_line(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    (site / "maps" / "bad.wm").write_text("title Bad\nuser A\ncapability W [prodcut]\n")
    (site / "docs" / "index.md").write_text(BAD_PAGE)
    result = mkdocs(site, "build", "--strict")
    assert result.returncode != 0
    # the line in the page (after its front matter), and the line in the .wm file
    assert "wardley: docs/index.md:9:16: place inside a stage must be from 0 to 1" in result.stderr
    assert "wardley: maps/bad.wm:3:15: unknown stage 'prodcut' [E009]" in result.stderr
    assert "Traceback" not in result.stderr
    page = (site / "site" / "index.html").read_text()
    assert page.count("wardley-error") == 2 and "did you mean" in page


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
    """The map lives outside docs_dir; ``mkdocs serve`` watches it all the same."""
    site = make_site(tmp_path)
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
        assert "maps/tea-shop.wm" in log.read_text()  # among the watched paths
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
