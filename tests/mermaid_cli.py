"""Mermaid itself as the judge of ``wardley-beta`` text: tools/mermaid_cli.

:func:`judge` has mermaid parse and draw many diagrams in one headless Chromium page
(tools/mermaid_cli/check.mjs); :func:`mmdc` runs mermaid-cli itself on one file. Both use
Debian's Chromium. A test helper, not part of the library.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "mermaid_cli"
CHECK = TOOL / "check.mjs"
MMDC = TOOL / "node_modules" / ".bin" / "mmdc"
PACKAGE = TOOL / "node_modules" / "mermaid" / "package.json"
INSTALL = (
    "PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix tools/mermaid_cli --no-package-lock"
    " (see tools/mermaid_cli/README.md)"
)


def unavailable() -> str | None:
    """Why mermaid cannot judge here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not on PATH (mermaid runs under Node.js and Chromium)"
    if shutil.which("chromium") is None:
        return "chromium is not on PATH (Debian: apt-get install chromium)"
    if not PACKAGE.exists() or not MMDC.exists():
        return f"mermaid and mermaid-cli are not installed: {INSTALL}"
    return None


def needs_mermaid() -> None:
    """Skip the calling test, saying why, where mermaid cannot run."""
    reason = unavailable()
    if reason:
        pytest.skip(reason)


def version() -> str:
    return json.loads(PACKAGE.read_text(encoding="utf-8"))["version"]


@dataclass(frozen=True)
class Verdict:
    """Mermaid's answer for one diagram: its SVG, or the error it raised."""

    ok: bool
    svg: str = ""
    error: str = ""


def judge(texts: list[str], timeout: float = 600) -> list[Verdict]:
    """Mermaid's verdict on each text (mermaid.parse, then mermaid.render), in one browser."""
    chromium = shutil.which("chromium")
    assert chromium is not None, unavailable()
    done = subprocess.run(
        ["node", str(CHECK), chromium],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"check.mjs failed ({done.returncode}): {done.stderr[-2000:]}")
    verdicts = [Verdict(**result) for result in json.loads(done.stdout)]
    if len(verdicts) != len(texts):
        raise RuntimeError(f"mermaid judged {len(verdicts)} of {len(texts)} diagrams")
    return verdicts


def mmdc(source: Path, out: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """mermaid-cli itself: ``mmdc -i SOURCE -o OUT`` with Debian's Chromium."""
    config = out.parent / "puppeteer.json"
    chromium = shutil.which("chromium")
    config.write_text(json.dumps({"executablePath": chromium, "args": ["--no-sandbox"]}))
    return subprocess.run(
        [str(MMDC), "-q", "-p", str(config), "-i", str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
