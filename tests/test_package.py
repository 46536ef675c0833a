"""The installed package works from any folder, and stays light to import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
from importlib import resources
import wardley
heavy = sorted(m for m in ("lark", "click", "svgwrite", "cairosvg") if m in sys.modules)
m = wardley.parse("user A\\nneed B [product]\\nA -> B")
print(json.dumps({
    "file": wardley.__file__,
    "packaged_grammar": resources.files("wardley").joinpath("wardley.lark").is_file(),
    "heavy_on_import": heavy,
    "kinds": [c.kind.value for c in m.components],
}))
"""


def test_package_imports_light_and_parses_from_another_folder(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    probe = json.loads(done.stdout)
    assert probe["heavy_on_import"] == []
    assert probe["kinds"] == ["user", "need"]
    if not Path(probe["file"]).resolve().is_relative_to(ROOT):
        # Installed from a wheel: the grammar must have been shipped inside the package.
        assert probe["packaged_grammar"]
