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


def test_no_public_name_is_shadowed_by_a_submodule() -> None:
    """Importing a submodule sets the package attribute of its name: had a module the name of a
    public function (wardley.describe), the function would turn into a module after first use."""
    import importlib
    import pkgutil
    import types

    import wardley

    for module in pkgutil.walk_packages(wardley.__path__, "wardley."):
        try:
            importlib.import_module(module.name)
        except ImportError as error:  # an optional extra (pygls, sphinx, mkdocs) not installed
            assert error.name and not error.name.startswith("wardley"), error
    public = [name for name in wardley.__all__ if name != "__version__"]
    assert "describe" in public
    for name in public:
        value = getattr(wardley, name)
        assert not isinstance(value, types.ModuleType), f"wardley.{name} is a module"
        assert callable(value), name
    m = wardley.parse("user A\nneed B [product]\nA -> B")
    wardley.to_svg(m)
    assert "A" in wardley.describe(m)
