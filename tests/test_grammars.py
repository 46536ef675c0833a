"""The parse tables shipped for each grammar (wardley/_*_tables.py) are that grammar's: made
from its text and options, and parsing every line as a parser built from the grammar does."""

from __future__ import annotations

import importlib

import lark
import pytest

from wardley import grammars

from .conftest import ROOT, SHARED, corpus_paths


def lines_of(name: str) -> list[str]:
    """Lines to parse: for the wardley grammar the gallery, the bad inputs and (where present)
    the OWM corpus; for mermaid's the Mermaid bad inputs, the Mermaid guide (its diagrams and
    its prose, which must fail alike) and (where present) the Mermaid corpus."""
    if name == "mermaid":
        paths = sorted((ROOT / "tests" / "bad").glob("mermaid*.wm")) + [
            ROOT / "docs" / "mermaid.md"
        ]
        paths += sorted((SHARED / "corpus" / "mermaid").glob("*.mmd"))
    else:
        paths = sorted((ROOT / "gallery").glob("*.wm")) + sorted((ROOT / "tests" / "bad").glob("*"))
        paths += corpus_paths()
    lines = {
        line.strip()
        for path in paths
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    }
    return sorted(line for line in lines if line)


def outcome(parser: lark.Lark, line: str) -> object:
    """A line's tree, or where and why it does not parse."""
    try:
        return parser.parse(line)
    except lark.exceptions.UnexpectedInput as error:
        expected = getattr(error, "expected", None) or getattr(error, "allowed", None)
        return type(error).__name__, error.column, sorted(expected or ())


@pytest.mark.parametrize("name", sorted(grammars.OPTIONS))
def test_the_shipped_tables_parse_every_line_as_the_grammar_does(name: str) -> None:
    made_with = importlib.import_module(f"wardley._{name}_tables").LARK
    if made_with != lark.__version__:
        pytest.skip(
            f"the {name} tables were made with lark {made_with}, this is lark {lark.__version__}"
            " (the grammar is used instead); run python tools/parser_tables.py"
        )
    text = grammars.grammar_text(name)
    shipped = grammars.shipped(name, text)
    assert shipped is not None, (
        f"grammar/{name}.lark changed since its tables were made: run python tools/parser_tables.py"
    )
    built = lark.Lark(text, **grammars.OPTIONS[name])
    lines = lines_of(name)
    assert len(lines) > 50
    for line in lines:
        assert outcome(shipped, line) == outcome(built, line), line
