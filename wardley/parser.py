"""Text to parse trees: split a map into lines, keep its comments, parse each line with lark.

OWM is a line language and so is ours: each line is parsed on its own with the grammar in
``grammar/wardley.lark``, so that a bad line is reported and the lines after it still are
parsed (all problems are reported in one run). The lark parser is loaded once, from the tables
:mod:`wardley.grammars` ships, and only when the first map is parsed, so that ``import wardley``
stays quick.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wardley import grammars
from wardley._dataclass import dataclass
from wardley.diagnostics import Diagnostic, Severity, Span, split_lines
from wardley.model import Comment

if TYPE_CHECKING:
    from collections.abc import Callable

    from lark import Lark, Tree

KEYWORDS = (
    "title", "style", "size", "evolution", "valuechain", "component", "anchor", "user", "need",
    "capability", "submap", "url", "evolve", "pipeline", "overlay", "note", "annotation",
    "annotations", "accelerator", "deaccelerator", "pioneers", "settlers", "townplanners",
    "build", "buy", "outsource", "market", "ecosystem",
)  # fmt: skip

#: How the parser's terminals are named in messages.
TERMINAL_WORDS = {
    "NAME": "a name", "DECL_NAME": "a name", "EVOLVE_NAME": "a name", "OVERLAY_NAME": "a name",
    "QUOTED": "a quoted name", "NUMBER": "a number", "WORD": "a stage name", "LSQB": "'['",
    "RSQB": "']'", "COMMA": "','", "SEMICOLON": "';'", "LBRACE": "'{'", "RBRACE": "'}'",
    "ARROW": "'->'", "LINK_OP": "a link operator ('->', '+>', '+<', '+<>')",
    "$END": "the end of the line",
    "TEXT": "text", "ANNOTATION_TEXT": "text", "NOTE_TEXT": "text", "ADDRESS": "an address",
    "DECORATOR": "a decorator like (build)", "COLOUR": "a colour like (yellow)",
    "LABEL": "label [dx, dy]", "DOUBLED": "'['", "LOOSE_NUMBER": "a number",
    "EXTRA_COMMA": "','", "LEADING_COMMA": "','", "TRAILING_COMMA": "','",
    "INERTIA": "inertia", "HIDE": "--hide", "URL_REF": "url(name)", "JUNK": "text",
    "DECLARE": "a declaration (component, user, need, capability)",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One physical line: its statement text (comments blanked out, so columns stay true)."""

    number: int
    code: str
    comments: tuple[Comment, ...] = ()
    #: A `//` cut a bracket short (`settlers [0.7, // 0.6]`): spaced out of the code with it.
    cut_bracket: bool = False


@dataclass(frozen=True, slots=True)
class ParsedLine:
    """A line with its parse tree; None when it did not parse."""

    number: int
    code: str
    tree: Tree | None


def grammar_text(name: str = "wardley.lark") -> str:
    """A grammar: shipped inside the package, or read from ``grammar/`` in a source checkout."""
    return grammars.grammar_text(name.removesuffix(".lark"))


def lark_parser() -> Lark:
    return grammars.parser("wardley")


def scan(text: str) -> tuple[list[SourceLine], list[Diagnostic]]:
    """Split into lines and take out comments: ``//`` to the end of a line (not on ``url``
    lines, whose addresses hold ``//``, and not inside a quoted name) and ``/* … */``."""
    result: list[SourceLine] = []
    diagnostics: list[Diagnostic] = []
    open_comment: Span | None = None
    for number, raw in enumerate(split_lines(text), start=1):
        blanked: list[tuple[int, int]] = []  # comment ranges, spaced out of the code
        comments: list[Comment] = []
        cut_bracket: tuple[int, int] | None = None  # a bracket a `//` cut short, spaced out too
        i = 0
        n = len(raw)
        # An address holds `//`: on a url line, a comment can only follow its closing `]`.
        slashes_from = raw.find("]") if raw.lstrip().startswith("url") else 0
        if slashes_from < 0:
            slashes_from = n
        in_quote = False
        while i < n:
            if open_comment is not None:
                end = raw.find("*/", i)
                stop = n if end < 0 else end + 2
                comments.append(Comment(raw[i:stop].strip(), Span(number, i + 1, number, stop + 1)))
                blanked.append((i, stop))
                i = stop
                if end >= 0:
                    open_comment = None
                continue
            # Jump to the next character that can matter: a long line costs one regex scan,
            # not a Python step per character.
            found = _SIGNIFICANT.search(raw, i)
            if found is None:
                break
            i = found.start()
            ch = raw[i]
            if ch == '"':
                in_quote = not in_quote
            elif ch == "\\" and in_quote:
                i += 2
                continue
            elif ch == "/" and not in_quote and raw.startswith("//", i) and i >= slashes_from:
                comments.append(Comment(raw[i:].rstrip(), Span(number, i + 1, number, n + 1)))
                before = _blank_out(raw[:i], blanked)
                # An address's `//` is W130's (below), even inside a bracket.
                cut_bracket = None if _SCHEME.search(before) else _bracket_cut_short(before)
                if cut_bracket is not None:
                    diagnostics.append(_bracket_cut(raw, i, cut_bracket, number))
                else:
                    cut = _text_cut_short(raw, i, before, number)
                    diagnostics += [cut] if cut else []
                blanked.append((i, n))
                break
            elif ch == "/" and not in_quote and raw.startswith("/*", i):
                open_comment = Span(number, i + 1, number, i + 3)
                continue
            i += 1
        bad = _control_character(raw)
        code_text = _blank_out(raw, blanked)
        if cut_bracket is not None:
            code_text = _blank_out(code_text, [cut_bracket])
        code_text = code_text.rstrip()
        if bad is not None:
            diagnostics.append(
                Diagnostic(
                    "E002",
                    f"control character U+{ord(raw[bad]):04X} in the map",
                    Span(number, bad + 1, number, bad + 2),
                    hint="remove it; maps are plain text (this line was skipped)",
                )
            )
            code_text = ""
        result.append(SourceLine(number, code_text, tuple(comments), cut_bracket is not None))
    if open_comment is not None:
        # OWM reads the rest of the map as the comment, and so do we: said plainly, as it
        # may hide many lines.
        hidden = len(result) - open_comment.line
        more = f" ({hidden} more line{'s' if hidden != 1 else ''})" if hidden else ""
        diagnostics.append(
            Diagnostic(
                "W129",
                f"'/*' is never closed: the rest of the map{more} is a comment, as OWM reads it",
                open_comment,
                Severity.WARNING,
                hint="close the comment with */ where it ends",
            )
        )
    return result, diagnostics


_SIGNIFICANT = re.compile(r'["\\/]')

#: An address's scheme just before a `//`, and a position in the text a `//` cut off.
_SCHEME = re.compile(r"\b(?:https?|ftp):$", re.IGNORECASE)
_POSITION = re.compile(r"\[\s*-?(?:\d+\.?\d*|\.\d+)\s*,\s*-?(?:\d+\.?\d*|\.\d+)\s*\]")


def _text_cut_short(raw: str, at: int, before: str, number: int) -> Diagnostic | None:
    """A warning when the `//` at ``at`` most likely cuts a statement short by mistake.

    OWM reads `//` as a comment anywhere but on a url line, and so do we, so an address in a
    note (`note see https://example.com [0.3, 0.3]`) or a `//` in a name silently loses the rest
    of the line, its position too. A `//` after an address's scheme is one; so is one written
    against the text before it whose comment holds the position the statement lacks. A comment
    set apart by a space (`pipeline food // [0.54, 0.76]`) is taken as meant.
    """
    if not before.strip():
        return None
    scheme = _SCHEME.search(before)
    position = _POSITION.search(raw, at)
    if scheme is None and (position is None or "[" in before or raw[at - 1].isspace()):
        return None
    where = f" after '{scheme[0]}'" if scheme else ""
    lost = f", position {position[0]} included," if position else ""
    fix = (
        f"write the address without '{scheme[0]}//', or "
        if scheme
        else "write it without '//', or "
    )
    return Diagnostic(
        "W130",
        f"'//'{where} starts a comment, as in OWM: the rest of the line{lost} is read as a comment",
        Span(number, at + 1, number, len(raw) + 1),
        Severity.WARNING,
        hint=fix + "quote the text (quoted, '//' is kept here, though OWM still cuts it)",
    )


_LABEL_BEFORE = re.compile(r"\blabel\s*$")
_NUMBERS = re.compile(r"\[\s*[-+]?[\d.]+(?:\s*,\s*[-+]?[\d.]+)*\s*\]")


def _bracket_cut_short(before: str) -> tuple[int, int] | None:
    """Where a bracket left open before a `//` starts, with its `label` if it is a label's, to
    where the `//` starts; None when every bracket before the `//` is closed."""
    opened = before.rfind("[")
    if opened < 0 or before.rfind("]") > opened:
        return None
    label = _LABEL_BEFORE.search(before, 0, opened)
    return (label.start() if label else opened), len(before)


def _bracket_cut(raw: str, at: int, cut: tuple[int, int], number: int) -> Diagnostic:
    """`component A [0.5, // 0.6]`: OWM's `//` starts a comment inside a bracket too, which is
    then never closed, and OWM reads no numbers from it; so do we (its statement stands without
    it), warning. The fix closes the bracket before the comment, with what the comment holds of
    it where that is numbers (`[0.5, 0.6]`)."""
    opened = raw.rfind("[", cut[0], at)
    bracket = raw[opened:at].rstrip()
    comment = raw[at + 2 :]
    inside = comment[: comment.index("]")].strip() if "]" in comment else ""
    whole = re.sub(r"\[\s+", "[", f"{bracket} {inside}]")
    fix = whole if _NUMBERS.fullmatch(whole) else bracket.rstrip(", ") + "]"
    if not _NUMBERS.fullmatch(fix):
        fix = "[…], with its numbers in it"
    return Diagnostic(
        "W128",
        f"'//' inside the bracket {bracket!r} starts a comment, as in OWM: the bracket is never "
        "closed, and no numbers are read from it",
        Span(number, opened + 1, number, len(raw.rstrip()) + 1),
        Severity.WARNING,
        hint=f"close the bracket before the comment: {fix}",
    )


def _blank_out(raw: str, ranges: list[tuple[int, int]]) -> str:
    """The line with each range replaced by as many spaces, so columns stay where they were."""
    pieces: list[str] = []
    start = 0
    for begin, end in ranges:
        pieces += [raw[start:begin], " " * (end - begin)]
        start = end
    pieces.append(raw[start:])
    return "".join(pieces)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _control_character(text: str) -> int | None:
    match = _CONTROL.search(text)
    return match.start() if match else None


def parse_lines(lines: list[SourceLine]) -> tuple[list[ParsedLine], list[Diagnostic]]:
    """Parse each line that holds a statement; a line that does not parse is reported."""
    from lark.exceptions import UnexpectedInput

    parse = grammars.line_parser("wardley")
    parsed: list[ParsedLine] = []
    diagnostics: list[Diagnostic] = []
    for line in lines:
        if not line.code.strip():
            continue
        try:
            tree = parse(line.code)
        except UnexpectedInput as error:
            # Lines OWM reads past a slip: read so, and the slip warned about.
            tree, repaired = _without_trailing_semicolon(line, parse)
            if tree is None:
                tree, repaired = _closing_brackets_missing(line, error, parse)
            diagnostics += repaired if tree is not None else [syntax_error(line, error)]
        parsed.append(ParsedLine(line.number, line.code, tree))
    return parsed, diagnostics


def _without_trailing_semicolon(
    line: SourceLine, parse: Callable[[str], Tree]
) -> tuple[Tree | None, list[Diagnostic]]:
    """A statement that ends in `;` (`component A [0.5, 0.5];`), as code in other languages
    does: OWM reads it past, so the statement stands and the `;` is warned about. None (a bad
    line, kept so that one that opens a block still opens one) when the rest is no statement."""
    from lark.exceptions import UnexpectedInput

    code = line.code.rstrip()
    statement = code.rstrip("; \t")
    if not code.endswith(";") or not statement:
        return None, []
    try:
        tree = parse(statement)
    except UnexpectedInput:
        return None, []
    start = len(statement) + code[len(statement) :].index(";") + 1
    span = Span(line.number, start, line.number, len(code) + 1)
    warning = Diagnostic(
        "W109",
        "';' ends no statement here; ignored, as OWM ignores it",
        span,
        Severity.WARNING,
        hint="remove the ';': a statement ends with its line",
    )
    return tree, [warning]


def _closing_brackets_missing(
    line: SourceLine, error: Exception, parse: Callable[[str], Tree]
) -> tuple[Tree | None, list[Diagnostic]]:
    """`component A [0.4, 0.6 label [5, 6]`: a bracket left open where another option starts.
    OWM reads its numbers up to the next `]`, which are the ones before that option; so the
    bracket is read as closed before it (the space there becomes its `]`, so columns stay), and
    warned about. A bracket open to the end of the line is the grammar's (UNCLOSED)."""
    from lark.exceptions import UnexpectedInput, UnexpectedToken

    code = line.code
    found: list[Diagnostic] = []
    for _ in range(3):  # the position and a label: each repair may meet the next
        if not isinstance(error, UnexpectedToken) or "RSQB" not in error.expected:
            return None, []
        at = error.column - 1  # the option that starts where `]` was wanted
        if error.token.type not in _OPTIONS or at < 1 or not code[at - 1].isspace():
            return None, []
        if "]" not in code[at:]:
            return None, []
        opened = code.rfind("[", 0, at)
        bracket = code[opened:at].rstrip()
        code = code[: at - 1] + "]" + code[at:]
        found.append(
            Diagnostic(
                "W128",
                f"the bracket {bracket!r} is never closed: read to here, as OWM reads its "
                "numbers up to the next ']'",
                Span(line.number, opened + 1, line.number, opened + 1 + len(bracket)),
                Severity.WARNING,
                hint=f"close the bracket: {bracket}]",
            )
        )
        try:
            return parse(code), found
        except UnexpectedInput as again:
            error = again
    return None, []


#: What may follow a position on a statement's line, and so end one left open.
_OPTIONS = frozenset({"LABEL", "DECORATOR", "INERTIA", "EVOLVE", "URL_REF"})


@dataclass(frozen=True, slots=True)
class Stumble:
    """Where lark stopped on a line, and what it found and wanted there."""

    column: int
    width: int
    what: str
    expected: frozenset[str]
    token_type: str | None


def stumble(code: str, error: Exception) -> Stumble:
    """Where on one line a lark error is, in a map author's words (for both grammars)."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken

    column = getattr(error, "column", None)
    if not isinstance(column, int) or column < 1:
        column = len(code.rstrip()) + 1
    width, expected, token_type = 1, frozenset[str](), None
    if isinstance(error, UnexpectedToken):
        token_type = error.token.type
        expected = frozenset(error.expected)
        if token_type == "$END":
            what = "the line ends too early"
            column = len(code.rstrip()) + 1
        else:
            width = max(1, len(str(error.token)))
            what = f"unexpected {_describe(str(error.token))}"
    elif isinstance(error, UnexpectedCharacters):
        what = f"unexpected {_describe(code[column - 1 : column])}"
        expected = frozenset(error.allowed or ())
    elif isinstance(error, UnexpectedEOF):
        what = "the line ends too early"
        expected = frozenset(error.expected)
    else:
        what = "this line is not a statement"
    return Stumble(column, width, what, expected, token_type)


def syntax_error(line: SourceLine, error: Exception) -> Diagnostic:
    """Turn a lark error into a message a map author understands."""
    code = line.code
    start = len(code) - len(code.lstrip()) + 1
    first_word = code.split(None, 1)[0] if code.strip() else ""
    found = stumble(code, error)
    column, width, what, expected = found.column, found.width, found.what, set(found.expected)
    lowered = first_word.lower()
    if lowered not in KEYWORDS and not _LINK_OPERATOR.search(code):
        # Not a statement at all: point at the word that should have been a keyword.
        import difflib  # loaded for hints only

        close = difflib.get_close_matches(lowered, KEYWORDS, n=1, cutoff=0.75)
        return Diagnostic(
            "E007",
            f"'{_shorten(first_word)}' is not a statement",
            Span(line.number, start, line.number, start + len(first_word)),
            hint=f"did you mean '{close[0]}'?" if close else _STATEMENTS_HINT,
        )
    hint = _hint(code, first_word, start, column, expected)
    if code.strip() == first_word and lowered in KEYWORDS:
        # `evolve` alone, a statement not yet written: OWM draws nothing for it.
        what = f"'{first_word}' with nothing after it"
        hint = "write the rest of the statement, or remove the line (OWM draws nothing for it)"
    opened = code.rfind("[")
    if (
        found.token_type in (None, "$END")
        and what.startswith("the line ends")
        and opened > code.rfind("]")
    ):
        # `component A [0.5,`: a bracket still being written (OWM reads no numbers from it).
        bracket = code[opened:].rstrip()
        what = f"the bracket {_describe(bracket)} is not finished"
        hint = f"finish it ({bracket} …]) or remove it: OWM reads no numbers from it".replace(
            "[ ", "["
        )
    return Diagnostic(
        "E001", what, Span(line.number, column, line.number, column + width), hint=hint
    )


_LINK_OPERATOR = re.compile(r"->|\+[<>']")
_STATEMENTS_HINT = (
    "a line is a statement (component, user, need, capability, evolve, pipeline, overlay, "
    "note, …) or a link such as 'A -> B'"
)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(text: str) -> str:
    return f"'{_shorten(text.strip(), 30)}'"


def _word(terminal: str) -> str:
    if terminal in TERMINAL_WORDS:
        return TERMINAL_WORDS[terminal]
    if terminal.startswith(("$", "<")):
        return "the end of the line"
    return terminal.lower().replace("_", " ")


def _hint(code: str, first_word: str, start: int, column: int, expected: set[str]) -> str:
    lowered = first_word.lower()
    if column == start and lowered in KEYWORDS and first_word != lowered:
        return f"keywords are lower case: write '{lowered}'"
    words = sorted({_word(name) for name in expected if name != "JUNK"})
    if words:
        return "expected " + ", ".join(words[:6])
    return "see the language reference in docs/language.md"
