"""Make wardley/_dataclass_methods.py: the methods ``dataclasses`` writes for wardley's
dataclasses, as functions compiled with the package (see wardley/_dataclass.py). Run after
changing a dataclass, with the Python the package is built and measured with:

    python tools/dataclass_methods.py          # write the module
    python tools/dataclass_methods.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "wardley" / "_dataclass_methods.py"
sys.path.insert(0, str(ROOT))


def texts() -> list[str]:
    """The text of every method of every class made with wardley's ``dataclass``."""
    import wardley
    from wardley import _dataclass, _dataclass_methods

    if not _dataclass.ACTIVE:
        _dataclass.ACTIVE = hasattr(_dataclass.dataclasses, "_create_fn")
    _dataclass_methods.FUNCTIONS.clear()  # so that every text is compiled, and seen
    seen: set[str] = set()
    compile_text = _dataclass.compiled

    def record(text: str) -> object:
        seen.add(text)
        return compile_text(text)

    _dataclass.compiled = record
    for module in pkgutil.walk_packages(wardley.__path__, "wardley."):
        if module.name != "wardley._dataclass_methods":
            importlib.import_module(module.name)
    return sorted(seen, key=key)


def key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def module_text(methods: list[str]) -> str:
    version = sys.version_info[:2]
    parts = [
        '"""The methods ``dataclasses`` writes for wardley\'s dataclasses, compiled with the',
        "package (see wardley._dataclass).",
        "",
        f"Made by tools/dataclass_methods.py on Python {version[0]}.{version[1]}: do not edit.",
        '"""',
        "",
        f"PYTHON = {version!r}",
        "FUNCTIONS = {}",
    ]
    for text in methods:
        parts += ["", "", text, f"FUNCTIONS[{key(text)!r}] = __create_fn__"]
    return "\n".join(parts) + "\n"


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--check", action="store_true", help="only say if it is out of date")
    args = options.parse_args()
    text = module_text(texts())
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run python tools/dataclass_methods.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
