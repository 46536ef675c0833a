"""Make wardley/_wardley_tables.py and wardley/_mermaid_tables.py: each grammar's lark parser,
built ahead of time, as Python literals (see wardley/grammars.py). Run after editing a grammar
in grammar/, or after upgrading lark:

    python tools/parser_tables.py          # write the modules that are out of date
    python tools/parser_tables.py --check  # exit 1, naming them, if any is out of date

lark numbers parser states in an order that varies from run to run, so two makings of the same
grammar differ in text but not in meaning: a module is out of date when the grammar, its
options or the lark version differ from those it names. (Its compiled patterns are for the
Python it was made with; on another, lark compiles them: make it again there, if you will.)
"""

from __future__ import annotations

import argparse
import ast
import pickle
import pprint
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wardley.grammars import (  # noqa: E402
    OPTIONS,
    compiled_pattern,
    fingerprint,
    grammar_text,
    line_tables,
    regex_format,
)


def scanners(built: Any) -> dict[tuple[str, ...], tuple[Any, ...]]:
    """The pattern of each state of a contextual lexer, by the names of the terminals it
    matches, as ``re.compile`` compiles it: its text, flags, code, group count and
    group names, for wardley.grammars.compiled_pattern. Not for a state whose terminals lark
    runs callbacks for: lark lexes there."""
    import re

    out: dict[tuple[str, ...], tuple[Any, ...]] = {}
    for basic in getattr(built.parser.lexer, "lexers", {}).values():
        names = tuple(terminal.name for terminal in basic.terminals)
        if names in out or len(basic.scanner._mres) != 1 or basic.callback:
            continue
        pattern = basic.scanner._mres[0]
        flags = basic.g_regex_flags
        # re._compiler.compile, step by step, keeping what it hands _sre.compile.
        parsed = re._parser.parse(pattern.pattern, flags)  # type: ignore[attr-defined]
        code = tuple(map(int, re._compiler._code(parsed, flags)))  # type: ignore[attr-defined]
        indexes: list[str | None] = [None] * parsed.state.groups
        for group, index in parsed.state.groupdict.items():
            indexes[index] = group
        made = (
            pattern.pattern,
            flags | parsed.state.flags,
            code,
            parsed.state.groups - 1,
            parsed.state.groupdict,
            tuple(indexes),
        )
        if compiled_pattern(*made) != pattern:  # (patterns are equal when their code is)
            raise RuntimeError(f"a pattern of {names} compiles otherwise ahead of time")
        out[names] = made
    return out


def module_text(name: str) -> str:
    import lark
    from lark.grammar import Rule
    from lark.lexer import TerminalDef

    text = grammar_text(name)
    built = lark.Lark(text, **OPTIONS[name])
    data, memo = built.memo_serialize([TerminalDef, Rule])
    patterns = scanners(built)
    # LineParser's tables from the parser as it is loaded from these (its trees' names are
    # plain str, not the grammar's Tokens), numbered alike.
    loaded = lark.Lark.load({"data": data, "memo": memo})
    try:
        lines = pickle.dumps(line_tables(loaded), protocol=pickle.HIGHEST_PROTOCOL)
    except TypeError:  # a basic lexer: lark parses each line itself
        lines = None
    return "\n".join(
        [
            f'"""The parse tables of grammar/{name}.lark, for wardley.grammars.',
            "",
            "Made by tools/parser_tables.py: do not edit.",
            '"""',
            "",
            f"FINGERPRINT = {fingerprint(name, text)!r}",
            f"LARK = {lark.__version__!r}",
            "",
            "",
            "def serialised():",
            '    """lark\'s own parser, serialised for Lark.load: made only when it is loaded,',
            '    for a line LineParser cannot parse (building it takes as long as the rest)."""',
            "    return {",
            f"        'data': {pprint.pformat(data, width=100, compact=True, sort_dicts=False)},",
            f"        'memo': {pprint.pformat(memo, width=100, compact=True, sort_dicts=False)},",
            "    }",
            "",
            "",
            "#: wardley.grammars.LineParser's tables (line_tables), pickled:",
            f"LINES = {pprint.pformat(lines, width=100)}",
            "#: The lexer's patterns as re compiles them, for this Python (see wardley.grammars):",
            f"REGEX = {regex_format()!r}",
            "SCANNERS = {",
            *(f"    {names!r}: {made!r}," for names, made in patterns.items()),
            "}",
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
