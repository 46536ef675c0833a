"""The parse tables shipped for each grammar (wardley/_*_tables.py) are that grammar's: made
from its text and options, and parsing every line as a parser built from the grammar does."""

from __future__ import annotations

import importlib
from collections.abc import Callable

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
        return outcome_of_error(error)


def outcome_of_error(error: lark.exceptions.UnexpectedInput) -> object:
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


def tree_and_positions(parse: Callable[[str], lark.Tree], line: str) -> object:
    """A line's outcome, with where each token of its tree is (build's spans come from them)."""
    try:
        tree = parse(line)
    except lark.exceptions.UnexpectedInput as error:
        return outcome_of_error(error)
    tokens = tree.scan_values(lambda _: True) if isinstance(tree, lark.Tree) else [tree]
    places = [
        (t.type, t.start_pos, t.line, t.column, t.end_line, t.end_column, t.end_pos) for t in tokens
    ]
    # Rule names of the same type too (a Token's == runs in Python: build compares them often).
    names = [type(t.data) for t in tree.iter_subtrees()] if isinstance(tree, lark.Tree) else []
    return tree, places, names


def test_the_line_parser_gives_lark_s_trees_and_errors() -> None:
    """wardley.grammars.LineParser runs lark's tables itself, for speed: every line, indented
    or not, comes out as lark's own parse gives it, or fails with lark's own error."""
    fast = grammars.line_parser("wardley")
    assert isinstance(getattr(fast, "__self__", None), grammars.LineParser)
    slow = grammars.parser("wardley").parse
    lines = lines_of("wardley")
    assert len(lines) > 50
    for line in lines + ["  " + line + " \t" for line in lines[::5]]:
        assert tree_and_positions(fast, line) == tree_and_positions(slow, line), line


def test_the_link_operator_is_the_grammar_s_terminal_character_for_character() -> None:
    # The lexer and the language server find links with wardley.link_operator, not the parser.
    from wardley.link_operator import LINK_OPERATOR

    [terminal] = [t for t in grammars.parser("wardley").terminals if t.name == "LINK_OP"]
    assert terminal.pattern.raw == f"/{LINK_OPERATOR}/"
    written = [
        line
        for line in grammars.grammar_text("wardley").splitlines()
        if line.startswith("LINK_OP:")
    ]
    assert written == [f"LINK_OP: /{LINK_OPERATOR}/"]


def test_the_shipped_patterns_are_those_lark_compiles() -> None:
    """The lexer's patterns ship compiled (wardley/_wardley_tables.py, SCANNERS): for every
    state, the pattern made from them is lark's own, text, flags and code alike."""
    tables = importlib.import_module("wardley._wardley_tables")
    if grammars.regex_format() != tables.REGEX:
        pytest.skip("the patterns were compiled by another Python (lark compiles them instead)")
    built = lark.Lark(grammars.grammar_text("wardley"), **grammars.OPTIONS["wardley"])
    met = set()
    for basic in built.parser.lexer.lexers.values():
        names = tuple(terminal.name for terminal in basic.terminals)
        assert grammars.compiled_pattern(*tables.SCANNERS[names]) == basic.scanner._mres[0], names
        met.add(names)
    assert met == set(tables.SCANNERS)


def test_on_another_python_the_line_parser_still_gives_lark_s_trees(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The shipped patterns and tables are for the Python they were made with: on another
    (another regular expression engine), lark's parser is loaded and its patterns used, with
    the same trees and errors."""
    monkeypatch.setattr(grammars, "regex_format", lambda: ("another", "python"))
    fast = grammars.line_parser.__wrapped__("wardley")
    assert isinstance(getattr(fast, "__self__", None), grammars.LineParser)
    slow = grammars.parser("wardley").parse
    lines = lines_of("wardley")[::3]
    assert len(lines) > 50
    for line in lines:
        assert tree_and_positions(fast, line) == tree_and_positions(slow, line), line
