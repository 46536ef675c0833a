"""Make wardley/_wardley_tables.py and wardley/_mermaid_tables.py: each grammar's lark parser,
built ahead of time, as Python literals (see wardley/grammars.py). Run after editing a grammar
in grammar/, or after upgrading lark:

    python tools/parser_tables.py          # write the modules that are out of date
    python tools/parser_tables.py --check  # exit 1, naming them, if any is out of date

lark numbers parser states in an order that varies from run to run, so two makings of the same
grammar differ in text but not in meaning: a module is out of date when the grammar, its
options or the lark version differ from those it names.
"""

from __future__ import annotations

import argparse
import ast
import pprint
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wardley.grammars import OPTIONS, fingerprint, grammar_text  # noqa: E402


def module_text(name: str) -> str:
    import lark
    from lark.grammar import Rule
    from lark.lexer import TerminalDef

    text = grammar_text(name)
    built = lark.Lark(text, **OPTIONS[name])
    data, memo = built.memo_serialize([TerminalDef, Rule])
    return "\n".join(
        [
            f'"""The parse tables of grammar/{name}.lark, for wardley.grammars.',
            "",
            "Made by tools/parser_tables.py: do not edit.",
            '"""',
            "",
            f"FINGERPRINT = {fingerprint(name, text)!r}",
            f"LARK = {lark.__version__!r}",
            f"DATA = {pprint.pformat(data, width=100, compact=True, sort_dicts=False)}",
            f"MEMO = {pprint.pformat(memo, width=100, compact=True, sort_dicts=False)}",
            "",
        ]
    )


def path_of(name: str) -> Path:
    return ROOT / "wardley" / f"_{name}_tables.py"


def made_from(path: Path) -> tuple[str, str] | None:
    """(fingerprint, lark version) that a tables module names, None if there is none."""
    if not path.exists():
        return None
    names = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            names[node.targets[0].id] = node.value.value  # type: ignore[attr-defined]
    return names.get("FINGERPRINT"), names.get("LARK")


def out_of_date() -> list[str]:
    import lark

    return [
        name
        for name in OPTIONS
        if made_from(path_of(name)) != (fingerprint(name, grammar_text(name)), lark.__version__)
    ]


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--check", action="store_true", help="only say which are out of date")
    args = options.parse_args()
    stale = out_of_date()
    if args.check:
        if stale:
            names = ", ".join(str(path_of(name).relative_to(ROOT)) for name in stale)
            print(f"out of date: {names}; run python tools/parser_tables.py")
        return 1 if stale else 0
    for name in stale:
        path_of(name).write_text(module_text(name), encoding="utf-8")
        print(f"wrote {path_of(name).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
