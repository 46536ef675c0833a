"""The lark parsers of the two grammars, ``grammar/wardley.lark`` and ``grammar/mermaid.lark``.

Lark takes about a third of a second to build an LALR parser from a grammar, and its own cache
(a pickle in the temporary folder, written by a first slow run) still takes some 8 ms to read
back: a tenth of a cold ``wardley render``. So the parse tables of each grammar ship as a
Python module made by ``tools/parser_tables.py`` (``wardley/_wardley_tables.py`` and
``wardley/_mermaid_tables.py``), which loads with the package's bytecode. A tables module names
the fingerprint of the grammar and options it was made from, and the lark version: when either
differs (a grammar edited and its tables not made again, or another lark), the parser is built
from the grammar with lark's cache, as before.

A map is parsed a line at a time; :class:`LineParser` runs a parser's tables for one line
without the setting up ``Lark.parse`` does on every call (lark itself reports a bad line).
Its tables ship too, pickled (``LINES``), so that no lark parser is loaded (some 6 ms) until
a line they cannot parse needs one, and lark's serialised parser is only made then.

The contextual lexer has a pattern for each parser state, and ``re`` compiles a pattern in pure
Python: some 8 ms for the 13 states the tea shop reaches. So the tables also hold each
pattern's code as ``re.compile`` makes it, for the Python they were made with (``REGEX``), and
:func:`compiled_pattern` hands that code to the regular expression engine as ``re.compile``
does; on another Python, lark compiles the patterns.
"""

from __future__ import annotations

import hashlib
import importlib
import pickle
import sys
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

    from lark import Lark, Tree

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

    tables = _tables(name, text)
    return None if tables is None else lark.Lark.load(tables.serialised())


def _tables(name: str, text: str) -> Any | None:
    """Grammar ``name``'s tables module, if it was made from ``text`` with this lark."""
    import lark

    tables = importlib.import_module(f"wardley._{name}_tables")
    if (fingerprint(name, text), lark.__version__) != (tables.FINGERPRINT, tables.LARK):
        return None
    return tables


def regex_format() -> tuple[object, ...]:
    """What a compiled pattern's code is made for: this Python's regular expression engine."""
    import _sre

    return (*sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE)


def compiled_pattern(
    text: str,
    flags: int,
    code: tuple[int, ...],
    groups: int,
    names: dict[str, int],
    indexes: tuple[Any, ...],
) -> re.Pattern[str]:
    """The pattern ``re.compile`` makes of ``text``, from what it hands the engine: the
    ``flags``, the ``code`` compiled, the number of ``groups``, their ``names`` and their
    ``indexes`` (see tools/parser_tables.py)."""
    import _sre

    return _sre.compile(text, flags, list(code), groups, names, indexes)  # type: ignore[no-any-return]


@cache
def line_parser(name: str) -> Callable[[str], Tree]:
    """A function that parses one line as grammar ``name``'s parser does, only quicker."""
    tables = _tables(name, grammar_text(name))
    if tables is not None and tables.LINES is not None and regex_format() == tables.REGEX:
        # No lark parser is loaded (some 6 ms): only a line the tables cannot parse needs one.
        runs = pickle.loads(tables.LINES)
        return LineParser(runs, tables.SCANNERS, partial(parser, name)).parse
    lark = parser(name)
    try:
        return LineParser(line_tables(lark), {}, lambda: lark).parse
    except (AttributeError, TypeError, ValueError):  # another lark, other insides: its own parse
        return lark.parse


#: What LineParser runs: the start and end states; per state and symbol, the state to shift to
#: (an int) or the reduction as (how many values it takes, the callback that builds its tree or
#: None when the rule is a `?rule` that hands its one value up as it is, the rule's name for
#: the goto); per state, the names of the terminals its lexer matches and those it ignores.
LineTables = tuple[
    int,
    int,
    dict[int, dict[str, Any]],
    dict[int, tuple[tuple[str, ...], frozenset[str]]],
]


def line_tables(lark: Lark) -> LineTables:
    """LineParser's tables, from a lark parser with a contextual lexer (they ship, pickled, in
    the tables modules: see tools/parser_tables.py)."""
    from lark.lexer import ContextualLexer
    from lark.parsers.lalr_analysis import Shift

    frontend = lark.parser
    lexer = frontend.lexer
    if not isinstance(lexer, ContextualLexer):
        raise TypeError("only a parser with lark's contextual lexer is run here")
    table = frontend.parser.parser.parse_table
    callbacks = frontend.parser.parser.callbacks
    (start,) = frontend.parser_conf.start
    actions = {
        state: {
            symbol: arg if action is Shift else _reduction(arg, callbacks[arg])
            for symbol, (action, arg) in row.items()
        }
        for state, row in table.states.items()
    }
    terminals = {
        state: (tuple(terminal.name for terminal in basic.terminals), basic.ignore_types)
        for state, basic in lexer.lexers.items()
    }
    return table.start_states[start], table.end_states[start], actions, terminals


class LineParser:
    """Lark's LALR parse of one line, without lark's per-call and per-token overhead.

    A map is parsed a line at a time, and for each line ``Lark.parse`` sets up a lexer thread,
    a parser state and a parse configuration, then steps every token through code general
    enough for any text (line counting, assertions, tokens the lexer ignores built anyway):
    it takes over twice as long as the parse itself needs. This runs the same parse tables,
    the same contextual lexer's patterns and the same tree-building callbacks in one loop, so
    it gives the tree lark gives, token positions included. A line it cannot parse goes to
    lark itself (``lark`` gives the parser), which raises the error the diagnostics are made
    from.
    """

    def __init__(
        self,
        tables: LineTables,
        made: dict[tuple[str, ...], tuple[Any, ...]],
        lark: Callable[[], Lark],
    ) -> None:
        from lark.lexer import Token

        self.start, self.end, self.actions, self.terminals = tables
        self.lark = lark
        self.new_token = Token._future_new  # Token() without its check for a deprecated name
        # Per state: the pattern of the terminals it accepts, and those the lexer ignores, made
        # when a line first reaches the state (a map reaches a few): from ``made``, the
        # patterns compiled ahead of time by the names of the terminals they match, else by
        # lark (some 15 ms for them all, a tenth of a cold render).
        self.made = made
        self.scanners: dict[int, tuple[Callable[..., Any], frozenset[str]] | None] = {}

    def parse(self, code: str) -> Tree:
        """The tree of one line (no line breaks in it)."""
        actions, scanners, new_token = self.actions, self.scanners, self.new_token
        stack = [self.start]
        values: list[Any] = []
        state = self.start
        pos, end = 0, len(code)
        while True:
            if pos < end:
                scanner = scanners.get(state) or self.scanner(state)
                if scanner is None:
                    return self.lark().parse(code)
                match, ignored = scanner
                found = match(code, pos)
                if found is None:
                    return self.lark().parse(code)  # raises lark's error
                kind = found.lastgroup
                stop = found.end()
                if kind in ignored:
                    pos = stop
                    continue
                token = new_token(kind, found.group(), pos, 1, pos + 1, 1, stop + 1, stop)
                pos = stop
            else:
                kind, token = "$END", None
            while True:
                action = actions[state].get(kind)
                if action is None:
                    return self.lark().parse(code)
                if action.__class__ is int:  # shift
                    stack.append(action)
                    values.append(token)
                    state = action
                    break
                size, build, origin = action  # reduce
                if build is None:
                    del stack[-1]
                elif size:
                    taken = values[-size:]
                    del stack[-size:]
                    del values[-size:]
                    values.append(build(taken))
                else:
                    values.append(build([]))
                state = actions[stack[-1]][origin]
                stack.append(state)
                if token is None and state == self.end:
                    return values[-1]

    def scanner(self, state: int) -> tuple[Callable[..., Any], frozenset[str]] | None:
        """A state's pattern and ignored terminals, made now; None if lark must lex there."""
        names, ignored = self.terminals[state]
        made = self.made.get(names)
        if made is not None:
            found = (compiled_pattern(*made).match, ignored)
            self.scanners[state] = found
            return found
        basic = self.lark().parser.lexer.lexers[state]
        try:
            (pattern,) = basic.scanner._mres  # one pattern: the grammar has under 100 terminals
            # (Terminal callbacks, set as the pattern is made, are lark's to run.)
            found = None if basic.callback else (pattern.match, basic.ignore_types)
        except (AttributeError, TypeError, ValueError):  # another lark, other insides
            found = None
        self.scanners[state] = found
        return found


def _reduction(rule: Any, build: Callable[[list[Any]], Any]) -> tuple[int, Any, str]:
    """How LineParser reduces by ``rule``: (values taken, tree builder or None, rule name)."""
    from lark.parse_tree_builder import ExpandSingleChild

    size = len(rule.expansion)
    if size == 1 and isinstance(build, ExpandSingleChild):
        return size, None, rule.origin.name  # `?rule` with one child: the child itself
    return size, build, rule.origin.name
