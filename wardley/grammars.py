"""The lark parsers of the two grammars, ``grammar/wardley.lark`` and ``grammar/mermaid.lark``.

Lark takes about a third of a second to build an LALR parser from a grammar, and its own cache
(a pickle in the temporary folder, written by a first slow run) still takes some 8 ms to read
back: a tenth of a cold ``wardley render``. So the parse tables of each grammar ship as a
Python module made by ``tools/parser_tables.py`` (``wardley/_wardley_tables.py`` and
``wardley/_mermaid_tables.py``), which loads with the package's bytecode. A tables module names
the fingerprint of the grammar and options it was made from, and the lark version: when either
differs (a grammar edited and its tables not made again, or another lark), the parser is built
from the grammar with lark's cache, as before.
"""

from __future__ import annotations

import hashlib
import importlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lark import Lark

#: Each grammar's lark options.
OPTIONS: dict[str, dict[str, Any]] = {
    "wardley": {"parser": "lalr", "lexer": "contextual", "maybe_placeholders": False},
    # The basic lexer cuts a line as mermaid's does: context-free, first match in a fixed order.
    "mermaid": {"parser": "lalr", "lexer": "basic", "maybe_placeholders": False},
}


def grammar_text(name: str) -> str:
    """A grammar: shipped inside the package, or read from ``grammar/`` in a source checkout."""
    here = Path(__file__).parent
    for path in (here / f"{name}.lark", here.parent / "grammar" / f"{name}.lark"):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    from importlib import resources  # a package in a zip file

    return resources.files("wardley").joinpath(f"{name}.lark").read_text(encoding="utf-8")


def fingerprint(name: str, text: str) -> str:
    """What a grammar's tables are made from: its text and its options."""
    made_from = f"{text}\0{sorted(OPTIONS[name].items())}"
    return hashlib.sha256(made_from.encode("utf-8")).hexdigest()


@cache
def parser(name: str) -> Lark:
    """The parser of grammar ``name``: from its shipped tables when they are its own."""
    import lark

    text = grammar_text(name)
    return shipped(name, text) or lark.Lark(text, cache=True, **OPTIONS[name])


def shipped(name: str, text: str) -> Lark | None:
    """The parser of the shipped tables, if they were made from ``text`` with this lark."""
    import lark

    tables = importlib.import_module(f"wardley._{name}_tables")
    if (fingerprint(name, text), lark.__version__) != (tables.FINGERPRINT, tables.LARK):
        return None
    return lark.Lark.load({"data": tables.DATA, "memo": tables.MEMO})
