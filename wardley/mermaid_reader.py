"""Mermaid's ``wardley-beta`` diagrams read into the map model, as mermaid reads them.

Mermaid (11.14 and later) draws Wardley maps from its own dialect, close to OWM text but
stricter: decimals only, quoted notes, a pipeline is a block, ``%%`` comments. A text is such a
diagram when its first line is ``wardley-beta``, found as mermaid's detector finds it
(:func:`is_mermaid`): after front matter, ``%%{ }%%`` directives and ``%%`` comments, whatever
the file is called. :func:`parse_mermaid` then reads it into the same :class:`~wardley.model.Map`
as a ``.wm`` map, every node with its span in the Mermaid text, so that every command, the
language server and the documentation plugins take it as they take our own language.

What mermaid accepts is accepted here, and what it refuses is an error here, with the line, a
caret and a hint that says what mermaid wants: ``wardley check`` on a ``.mmd`` file tells
whether mermaid will draw it. The grammar is ``grammar/mermaid.lark``; like the ``.wm`` one it
reads a line at a time, so every bad line is reported.
"""

from __future__ import annotations

import math
import re
from dataclasses import field
from typing import TYPE_CHECKING

from wardley import grammars
from wardley._dataclass import dataclass
from wardley.build import MAX_PICTURE, Builder, _Member
from wardley.diagnostics import Diagnostic, Severity, Span, split_lines
from wardley.model import (
    Accelerator,
    Annotation,
    Comment,
    Component,
    Evolve,
    Kind,
    Link,
    Map,
    Note,
    Pipeline,
    Position,
)
from wardley.parser import ParsedLine, SourceLine, stumble

if TYPE_CHECKING:
    from lark import Lark, Token, Tree

# ---- detection: mermaid's detectType, then its wardley-beta detector ---------------------------
#: Mermaid's regexes (packages/mermaid/src/diagram-api/regexes.ts), in Python's spelling.
FRONT_MATTER = re.compile(r"^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+", re.S)
DIRECTIVE = re.compile(
    r"%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?", re.I
)
ANY_COMMENT = re.compile(r"\s*%%.*\n", re.M)
DETECTOR = re.compile(r"\s*wardley-beta", re.I)
#: The header keyword as mermaid's parser wants it (its detector ignores case, its parser not).
HEADER = "wardley-beta"


def is_mermaid(text: str) -> bool:
    """Whether ``text`` is a Mermaid ``wardley-beta`` diagram, decided as mermaid decides."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = FRONT_MATTER.sub("", text, count=1)
    text = ANY_COMMENT.sub("\n", DIRECTIVE.sub("", text))
    return DETECTOR.match(text) is not None


# ---- the grammar --------------------------------------------------------------------------------
def lark_parser() -> Lark:
    # The basic lexer cuts a line as mermaid's does: context-free, first match in a fixed order
    # (see wardley.grammars.OPTIONS).
    return grammars.parser("mermaid")


#: Statements of OWM (and of our own language) that Mermaid's dialect does not have.
NOT_IN_MERMAID = {
    "style": "Mermaid draws its own style; remove the line",
    "submap": "write it as a component",
    "url": "Mermaid has no submaps; remove the line",
    "market": "write a component with the (market) decorator: component X [0.5, 0.5] (market)",
    "ecosystem": "write it as a component",
    "pioneers": "Mermaid has no attitude areas; remove the line, or make it a %% comment",
    "settlers": "Mermaid has no attitude areas; remove the line, or make it a %% comment",
    "townplanners": "Mermaid has no attitude areas; remove the line, or make it a %% comment",
    "valuechain": "Mermaid always draws the value chain axis; remove the line",
    "build": "put the decorator on the component: component X [0.5, 0.5] (build)",
    "buy": "put the decorator on the component: component X [0.5, 0.5] (buy)",
    "outsource": "put the decorator on the component: component X [0.5, 0.5] (outsource)",
    "user": "write it as an anchor: anchor X [0.95, 0.5]",
    "need": "write it as a component: component X [0.8, 0.5]",
    "capability": "write it as a component: component X [0.5, 0.5]",
    "overlay": "Mermaid has no overlays; remove the block, or make it %% comments",
}

TERMINAL_WORDS = {
    "LPAR": "'('", "RPAR": "')'", "COMMA": "','", "ARROW": "'->'", "MINUS": "'-'",
    "SLASH": "'/'", "AT": "'@'", "LSQB": "'['", "RSQB": "']'", "LBRACE": "'{'",
    "RBRACE": "'}'", "WARDLEY_NUMBER": "a decimal number such as 0.5",
    "LINK_ARROW": "an arrow ('-->', '-.->', '>', +'text'>)",
    "LINK_PORT": "a flow ('+>', '+<', '+<>')",
    "LINK_LABEL": "'; label'", "STRATEGY": "build, buy, outsource or market",
    "KW_LABEL": "label [dx, dy]", "KW_INERTIA": "inertia", "INT": "a whole number",
    "STRING": "a quoted text", "ID": "a name", "NAME_WITH_SPACES": "a name",
    "$END": "the end of the line",
}  # fmt: skip
_NAMES = ("STRING", "ID", "NAME_WITH_SPACES")
#: Tokens that start a name when they stand at its start: `builder` is `build` + `er` to mermaid.
_PREFIXES = ("STRATEGY", "INT") + tuple(
    "KW_" + k
    for k in (
        "SIZE EVOLUTION ANCHOR COMPONENT LABEL INERTIA EVOLVE PIPELINE NOTE ANNOTATIONS "
        "ANNOTATION ACCELERATOR DEACCELERATOR WARDLEY"
    ).split()
)


# ---- reading the lines ------------------------------------------------------------------------
@dataclass
class _Scan:
    """The text cut into lines of statements, what is not a statement kept as comments."""

    lines: list[SourceLine] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: The title in front matter (``title:``), which a ``title`` line replaces.
    front_title: str | None = None


def scan(text: str) -> _Scan:
    """Cut the text into statement lines as mermaid's preprocessing does: front matter,
    ``%%{ }%%`` directives, ``%%`` comment lines and ``accDescr { }`` blocks are kept as
    comments; the ``wardley-beta`` header is blanked out (the rest of its line may hold a
    statement). Columns stay true: what is taken out is replaced by spaces."""
    result = _Scan()
    raw = split_lines(text)
    code = list(raw)
    comments: dict[int, list[Comment]] = {}

    def keep(index: int, start: int, end: int) -> None:
        body = code[index][start:end].strip()
        if body.startswith("%%") and not body.startswith("%%{"):
            body = body[2:].strip()
        if body:
            span = Span(index + 1, start + 1, index + 1, end + 1)
            comments.setdefault(index, []).append(Comment("// " + body, span))
        code[index] = code[index][:start] + " " * (end - start) + code[index][end:]

    joined = "\n".join(raw) + "\n"
    front = FRONT_MATTER.match(joined)
    first = 0
    if front:
        first = joined.count("\n", 0, front.end())
        for index in range(first):
            keep(index, 0, len(code[index]))
        found = re.search(r"^\s*title\s*:\s*(.*?)\s*$", front.group(2), re.M)
        if found:
            result.front_title = found.group(1).strip("'\"") or None
    header_seen = False
    index = first
    while index < len(code):
        line = code[index]
        directive = line.find("%%{")
        if directive >= 0:
            # A directive may run over several lines, to its `}%%`.
            end_index, end = _directive_end(code, index, directive)
            for i in range(index, end_index + 1):
                start = directive if i == index else 0
                keep(i, start, end if i == end_index else len(code[i]))
            line = code[index]
        stripped = line.strip()
        if stripped.startswith("%%"):
            keep(index, 0, len(line))
        elif not header_seen and stripped:
            header_seen = True
            at = len(line) - len(line.lstrip())
            word = line[at : at + len(HEADER)]
            if word != HEADER:
                result.diagnostics.append(
                    Diagnostic(
                        "E001",
                        f"the first line must be '{HEADER}', not '{stripped[:40]}'",
                        Span(index + 1, at + 1, index + 1, at + 1 + len(word)),
                        hint=f"mermaid's parser wants '{HEADER}', in lower case",
                    )
                )
                keep(index, 0, len(line))
            else:
                code[index] = line[:at] + " " * len(HEADER) + line[at + len(HEADER) :]
        elif re.match(r"\s*accDescr\s*\{", line) and "}" not in line:
            # A description over several lines, to its `}`.
            end_index = next(
                (i for i in range(index + 1, len(code)) if "}" in code[i]), len(code) - 1
            )
            for i in range(index, end_index + 1):
                stop = code[i].index("}") + 1 if i == end_index and "}" in code[i] else None
                keep(i, 0, stop if stop is not None else len(code[i]))
            index = end_index
        index += 1
    for index, line in enumerate(code):
        result.lines.append(SourceLine(index + 1, line.rstrip(), tuple(comments.get(index, ()))))
    return result


def _directive_end(code: list[str], index: int, start: int) -> tuple[int, int]:
    """Where the directive starting at (index, start) ends: its line and the column after it."""
    for i in range(index, len(code)):
        found = code[i].find("}%%", start if i == index else 0)
        if found >= 0:
            return i, found + 3
    return index, len(code[index])


def parse_lines(
    lines: list[SourceLine],
) -> tuple[list[ParsedLine], list[Diagnostic], list[Comment]]:
    """Parse each line holding a statement; a line that does not parse is reported. The ``%%``
    comments at the ends of lines are returned too (mermaid's lexer decides what is one)."""
    from lark.exceptions import UnexpectedInput

    parser = lark_parser()
    parsed: list[ParsedLine] = []
    diagnostics: list[Diagnostic] = []
    trailing: list[Comment] = []
    for line in lines:
        if not line.code.strip():
            continue
        code = line.code
        try:
            # Mermaid's lexer decides what is a comment: `;label %% x` is all label.
            for token in parser.lex(code, dont_ignore=True):
                if token.type == "COMMENT":
                    written = str(token)
                    start = (token.column or 1) + len(written) - len(written.lstrip())
                    text = written.strip()
                    trailing.append(
                        Comment(
                            "// " + text[2:].strip(),
                            Span(line.number, start, line.number, start + len(text)),
                        )
                    )
                    code = code[: start - 1] + " " * len(text) + code[start - 1 + len(text) :]
            code = code.rstrip()
            tree = parser.parse(code)
        except UnexpectedInput as error:
            recovered = _after_a_foreign_comment(line, code, parser)
            if recovered is None:
                diagnostics.append(syntax_error(line, error))
                parsed.append(ParsedLine(line.number, line.code, None))
                continue
            code, tree, comment, marker = recovered
            trailing.append(comment)
            diagnostics.append(
                Diagnostic(
                    "W126",
                    f"'{marker}' starts no comment in Mermaid, which refuses this line; read "
                    "here as a comment",
                    comment.span,
                    Severity.WARNING,
                    "Mermaid's comments start with %%",
                )
            )
        parsed.append(ParsedLine(line.number, code, tree))
    return parsed, diagnostics, trailing


#: `# …` or `// …` after a statement, outside quotes: what other languages call a comment.
_FOREIGN_COMMENT = re.compile(r'^((?:[^"\n]|"(?:[^"\\\n]|\\.)*")*?\s)(#|//)(.*)$')


def _after_a_foreign_comment(
    line: SourceLine, code: str, parser: Lark
) -> tuple[str, Tree, Comment, str] | None:
    """A line that parses once its `# …` or `// …` tail is taken for a comment: mermaid refuses
    it, but what the author meant is plain, so it is read with a warning (W126)."""
    from lark.exceptions import UnexpectedInput

    found = _FOREIGN_COMMENT.match(code)
    if found is None or not found.group(1).strip():
        return None
    statement = found.group(1).rstrip()
    try:
        tree = parser.parse(statement)
    except UnexpectedInput:
        return None
    start = len(found.group(1)) + 1
    comment = Comment(
        "// " + found.group(3).strip(),
        Span(line.number, start, line.number, len(code.rstrip()) + 1),
    )
    return statement, tree, comment, found.group(2)


def code_lines(text: str) -> list[str]:
    """Each line's statement text, comments and the header blanked out (columns kept): what
    the language server searches for names."""
    from lark.exceptions import UnexpectedInput

    lines = []
    for line in scan(text).lines:
        code = line.code
        try:
            for token in lark_parser().lex(code, dont_ignore=True):
                if token.type == "COMMENT":
                    start = (token.column or 1) - 1
                    code = code[:start] + " " * len(str(token)) + code[start + len(str(token)) :]
        except UnexpectedInput:
            pass  # a bad line keeps its text
        lines.append(code)
    return lines


def written_name(name: str) -> str:
    """A name as Mermaid must read it: bare when its lexer takes it as one name, else quoted."""
    from lark.exceptions import UnexpectedInput

    try:
        tokens = list(lark_parser().lex(name))
    except UnexpectedInput:
        tokens = []
    if len(tokens) == 1 and tokens[0].type in ("NAME_WITH_SPACES", "ID") and str(tokens[0]) == name:
        return name
    escaped = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


# ---- syntax errors ----------------------------------------------------------------------------
def syntax_error(line: SourceLine, error: Exception) -> Diagnostic:
    """A lark error as a message about mermaid's dialect, with what to write instead."""
    code = line.code
    indent = len(code) - len(code.lstrip())
    first_word = code.split(None, 1)[0] if code.strip() else ""
    found = stumble(code, error)
    column, width, what, token_type = found.column, found.width, found.what, found.token_type
    expected = set(found.expected)

    def at(code_: str, start: int, end: int, message: str, hint: str) -> Diagnostic:
        span = Span(line.number, start, line.number, end)
        return Diagnostic(code_, message, span, hint=hint)

    keyword = first_word.lower()
    if keyword in NOT_IN_MERMAID and not re.search(r"->|-->|-\.->|\+[<>']", code):
        return at(
            "E001",
            indent + 1,
            indent + 1 + len(first_word),
            f"'{first_word}' is not a statement of Mermaid's wardley-beta",
            NOT_IN_MERMAID[keyword],
        )
    comment = re.search(r"(?<!\S)(//|#)", code)
    if comment and comment.start(1) + 1 <= column:
        return at(
            "E001",
            comment.start(1) + 1,
            len(code.rstrip()) + 1,
            f"'{comment.group(1)}' starts no comment in Mermaid",
            "Mermaid's comments start with %%",
        )
    hint = _hint(code, keyword, column, width, token_type, expected)
    return at("E001", column, column + width, what, hint)


def _hint(
    code: str,
    keyword: str,
    column: int,
    width: int,
    token_type: str | None,
    expected: set[str],
) -> str:
    rest = code[column - 1 :]
    before = code[: column - 1].rstrip()
    if token_type == "INT" and "WARDLEY_NUMBER" in expected:
        number = re.match(r"\d+", rest)
        return (
            "Mermaid's coordinates are decimals with a dot: write "
            f"{number.group() if number else '1'}.0"
        )
    if token_type == "KW_LABEL" and before.endswith(")"):
        return "Mermaid wants label [dx, dy] before the decorator: ... label [dx, dy] (build)"
    if keyword == "evolve" and token_type in ("ARROW", "LINK_ARROW"):
        return "Mermaid's evolve takes a name and a decimal only: evolve Name 0.8 (no new name)"
    if keyword == "evolve" and token_type in ("LSQB", "$END"):
        return "write the target evolution as a decimal: evolve Name 0.8"
    if keyword == "note" and token_type in _NAMES[1:]:
        return 'Mermaid wants the text of a note in quotes: note "text" [0.5, 0.5]'
    if keyword == "pipeline" and token_type in ("LSQB", "$END"):
        return "a Mermaid pipeline is a block: 'pipeline Name {', its component lines, then '}'"
    if keyword == "annotation" and token_type == "LSQB":
        return 'Mermaid wants a comma after the number: annotation 1,[0.5, 0.5] "text"'
    if keyword == "annotation" and token_type in ("$END", *_NAMES):
        return 'Mermaid wants the text of an annotation in quotes: annotation 1,[0.5, 0.5] "text"'
    if token_type in ("ARROW", "LINK_ARROW", "LINK_PORT") and "LINK_LABEL" in expected:
        return "a Mermaid link joins two names: write one link a line (A -> B, then B -> C)"
    glued = re.match(r"[A-Za-z0-9_]+", rest)
    if token_type in _PREFIXES and glued and len(glued.group()) > width:
        return (
            f"Mermaid reads '{rest[:width]}' at the start of '{glued.group()}' as a keyword or a "
            f'number: quote the name ("{glued.group()} …")'
        )
    if token_type in _PREFIXES and token_type != "INT" and "LSQB" not in expected:
        return "quote the name: Mermaid reads it as a keyword otherwise"
    if token_type is None:
        return (
            "quote the name: an unquoted Mermaid name has only ASCII letters, digits, spaces and "
            "_ ( ) & -, and starts with a letter"
        )
    words = sorted({TERMINAL_WORDS.get(name, name.lower()) for name in expected})
    if words:
        return "expected " + ", ".join(words[:6])
    return "see Mermaid's wardley-beta syntax in docs/language.md"


# ---- the model --------------------------------------------------------------------------------
@dataclass
class _Block:
    pipeline: int  # index into the builder's pipelines
    span: Span
    members: int = 0


class MermaidBuilder(Builder):
    """Parse trees of Mermaid lines to the model. The shared steps (pipeline members, kinds,
    the Map itself) are the ``.wm`` builder's own, so both readings agree by construction."""

    open_pipeline: _Block | None = None

    def run(self, parsed: list[ParsedLine]) -> Map:  # type: ignore[override]
        self.open_pipeline = None
        for line in parsed:
            self.line_number = line.number
            self.code = line.code
            indent = len(line.code) - len(line.code.lstrip())
            span = Span(line.number, indent + 1, line.number, len(line.code) + 1)
            if line.tree is None:
                if self.open_pipeline is not None:
                    self.open_pipeline.members += 1  # a bad member is still one: no E023 too
                continue
            self.mermaid_statement(line.tree, span)
        if self.open_pipeline is not None:
            self.error(
                "E004",
                "this pipeline block is never closed",
                self.open_pipeline.span,
                hint="add a line with } after its last component",
            )
        self.check_parents()
        return self.finish()

    def mermaid_statement(self, tree: Tree, span: Span) -> None:
        kind = tree.data
        block = self.open_pipeline
        if block is not None and kind not in ("component", "block_close"):
            self.error(
                "E001",
                "a Mermaid pipeline block holds only its components",
                span,
                hint="write 'component Name [evolution]' lines, and close the block with }",
            )
            return
        getattr(self, "m_" + kind)(tree, span)

    # ---- values -----------------------------------------------------------------------------
    def name(self, node: Tree | Token) -> str:
        text = str(node)
        if text[:1] in ("'", '"'):
            return _convert_string(text)
        return re.sub(r"[ \t]+", " ", text.strip())

    def coordinate(self, token: Token) -> float | None:
        """Mermaid's rule: a value up to 1 is a fraction, above it a percentage (up to 100)."""
        value = float(str(token))
        if not math.isfinite(value) or value > 100:
            self.error(
                "E021",
                f"coordinate {token} is over 100; Mermaid refuses the diagram",
                self.span_of(token),
                hint="write a fraction from 0 to 1 (0.45), or a percentage up to 100 (45.0)",
            )
            return None
        return value if value <= 1 else value / 100

    def place(self, visibility: Token, evolution: Token) -> Position | None:
        v, e = self.coordinate(visibility), self.coordinate(evolution)
        if v is None or e is None:
            return None
        return Position(visibility=v, evolution=e)

    def tokens(self, tree: Tree, *types: str) -> list[Token]:
        from lark import Token

        return [c for c in tree.children if isinstance(c, Token) and c.type in types]

    def subtree(self, tree: Tree, data: str) -> Tree | None:
        from lark import Tree

        return next((c for c in tree.children if isinstance(c, Tree) and c.data == data), None)

    # ---- statements ---------------------------------------------------------------------------
    def m_title(self, tree: Tree, span: Span) -> None:
        text = str(tree.children[0]).strip()[len("title") :]
        self.title = re.sub(r"[\t ]{2,}", " ", text.strip())
        self.set("title", span)

    def m_acc_title(self, tree: Tree, span: Span) -> None:
        # No place in the model: kept as a comment, so converting the map keeps it.
        self.ignored.append(Comment("// " + str(tree.children[0]).strip(), span))

    m_acc_descr = m_acc_title

    def m_size(self, tree: Tree, span: Span) -> None:
        width, height = (int(str(t)) for t in self.tokens(tree, "INT"))
        if max(width, height) > MAX_PICTURE:
            self.warn(
                "W125",
                f"size [{width}, {height}] is larger than wardley draws "
                f"({MAX_PICTURE:,} pixels); the usual size is used",
                span,
                hint="write the size in pixels, e.g. size [1100, 800]",
            )
            return
        self.size = (float(width), float(height))
        self.set("size", span)

    def m_evolution(self, tree: Tree, span: Span) -> None:
        labels: list[str] = []
        boundaries: list[float | None] = []
        for stage in (c for c in tree.children if getattr(c, "data", None) == "stage"):
            names = self.tokens(stage, *_NAMES)
            label = self.name(names[0])
            if len(names) > 1:  # `Genesis / Concept`: mermaid joins the two with ' / '
                label = f"{label.strip()} / {self.name(names[1]).strip()}"
            labels.append(label)
            at = self.tokens(stage, "WARDLEY_NUMBER")
            boundaries.append(float(str(at[0])) if at else None)
        given = [b for b in boundaries if b is not None]
        ends: tuple[float, ...] | None = None
        if given and len(given) == len(boundaries):
            ends = tuple(given)
            if any(b <= a for a, b in zip((0.0, *ends), ends, strict=False)) or ends[-1] > 1:
                self.warn(
                    "W125",
                    "stage boundaries must grow from left to right, up to 1; stages of equal "
                    "width are drawn",
                    span,
                    hint="e.g. evolution Genesis@0.2 -> Custom@0.4 -> Product@0.7 -> Commodity@1.0",
                )
                ends = None
        elif given:
            # Mermaid uses the boundaries only when every stage has one.
            self.warn(
                "W125",
                "only some stages have a boundary; as in Mermaid, none is used",
                span,
                hint="give every stage one (Stage@0.25), or none",
            )
        self.evolution_labels = tuple(labels)
        self.evolution_boundaries = ends
        self.set("evolution", span)

    def m_anchor(self, tree: Tree, span: Span) -> None:
        name = self.tokens(tree, *_NAMES)[0]
        position = self.place(*self.tokens(tree, "WARDLEY_NUMBER"))
        component = Component(
            self.name(name), Kind.USER, "anchor", position or Position(), span=span
        )
        self.add_component(component)

    def m_component(self, tree: Tree, span: Span) -> None:
        name_token = self.tokens(tree, *_NAMES)[0]
        name = self.name(name_token)
        numbers = self.tokens(tree, "WARDLEY_NUMBER")
        label = self.label_offset(self.subtree(tree, "label"))
        decorator = self.subtree(tree, "decorator")
        late = self.subtree(tree, "late_label")
        if late is not None:
            self.warn(
                "W126",
                "Mermaid refuses a label after the decorator; read here as written",
                self.span_of(late),
                hint="write label [dx, dy] before the decorator: ... label [dx, dy] (build)",
            )
            label = label or self.label_offset(late)
        inertia = self.subtree(tree, "inertia") is not None
        block = self.open_pipeline
        if block is not None:
            block.members += 1
            if len(numbers) != 1 or decorator is not None or inertia:
                self.error(
                    "E011",
                    "a component in a Mermaid pipeline takes its evolution only",
                    span,
                    hint="write component Name [0.6], with label [dx, dy] if you like; it sits "
                    "at its pipeline's visibility",
                )
                return
            evolution = self.coordinate(numbers[0])
            if evolution is None:
                return
            pipeline = self.pipelines[block.pipeline]
            self.members.append(
                _Member(pipeline.name, name, Position(evolution=evolution), label, span)
            )
            self.pipelines[block.pipeline] = Pipeline(
                pipeline.name,
                pipeline.members + (name,),
                span=pipeline.span,
                name_spans=pipeline.name_spans,
            )
            return
        if len(numbers) != 2:
            self.error(
                "E011",
                "a component takes [visibility, evolution]",
                span,
                hint="write component Name [0.5, 0.6]; only a pipeline's components take one",
            )
            return
        position = self.place(*numbers)
        strategy = str(decorator.children[1]) if decorator is not None else None
        self.add_component(
            Component(
                name,
                Kind.CAPABILITY,
                "component",
                position or Position(),
                label=label,
                inertia=inertia,
                method=strategy if strategy != "market" else None,
                market=strategy == "market",
                span=span,
            )
        )

    def label_offset(self, tree: Tree | None) -> tuple[float, float] | None:
        if tree is None:
            return None
        values: list[float] = []
        sign = 1.0
        for token in tree.children[2:]:
            if token.type == "MINUS":
                sign = -1.0
            elif token.type == "INT":
                values.append(sign * int(str(token)))
                sign = 1.0
        return (values[0], values[1])

    def m_link(self, tree: Tree, span: Span) -> None:
        names = self.tokens(tree, *_NAMES)
        ports = self.tokens(tree, "LINK_PORT")
        arrows = self.tokens(tree, "LINK_ARROW", "ARROW")
        labels = self.tokens(tree, "LINK_LABEL")
        # Mermaid's reading: a port's flow first, else the arrow's; the arrow's text, if any.
        operator = str(ports[0]) if ports else "->"
        flow_label = None
        if arrows and str(arrows[0]).startswith("+'"):
            written = str(arrows[0])
            end = written.index("'", 2)
            flow_label = written[2:end]
            if not ports:
                operator = "+" + written[end + 1 :]
        if arrows and str(arrows[0]) == "-.->":
            self.warn(
                "W125",
                "a dashed link (-.->) is drawn as a plain dependency here",
                self.span_of(arrows[0]),
                hint="wardley draws dependencies solid and flows with +>, +< or +<>",
            )
        label = str(labels[0])[1:].strip() if labels else None
        if len(self.links) >= self.limits[1]:
            self.error("E018", f"more than {self.limits[1]:,} links", span)
            return
        self.links.append(
            Link(
                self.name(names[0]),
                self.name(names[1]),
                operator,
                flow_label,
                label or None,
                span,
                (self.span_of(names[0]), self.span_of(names[1])),
            )
        )

    def m_evolve(self, tree: Tree, span: Span) -> None:
        name = self.tokens(tree, *_NAMES)[0]
        target = self.coordinate(self.tokens(tree, "WARDLEY_NUMBER")[0])
        if target is None:
            return
        self.evolves.append(
            Evolve(
                self.name(name),
                Position(evolution=target),
                span=span,
                name_spans=(self.span_of(name),),
            )
        )

    def m_pipeline(self, tree: Tree, span: Span) -> None:
        name = self.tokens(tree, *_NAMES)[0]
        self.pipelines.append(
            Pipeline(self.name(name), span=span, name_spans=(self.span_of(name),))
        )
        self.open_pipeline = _Block(len(self.pipelines) - 1, span)

    def m_block_close(self, tree: Tree, span: Span) -> None:
        block = self.open_pipeline
        if block is None:
            self.error("E006", "'}' closes no pipeline", span, hint="remove it")
            return
        self.open_pipeline = None
        pipeline = self.pipelines[block.pipeline]
        whole = Span(block.span.line, block.span.column, span.end_line, span.end_column)
        self.pipelines[block.pipeline] = Pipeline(
            pipeline.name, pipeline.members, span=whole, name_spans=pipeline.name_spans
        )
        if not block.members:
            self.error(
                "E023",
                f"pipeline '{pipeline.name}' has no component; Mermaid refuses an empty one",
                block.span,
                hint="add a line such as 'component Name [0.5]' inside the block",
            )

    def m_note(self, tree: Tree, span: Span) -> None:
        text = _convert_string(str(self.tokens(tree, "STRING")[0]))
        position = self.place(*self.tokens(tree, "WARDLEY_NUMBER"))
        self.check_size(span)
        self.notes.append(Note(text, position or Position(), span))

    def m_annotations(self, tree: Tree, span: Span) -> None:
        position = self.place(*self.tokens(tree, "WARDLEY_NUMBER", "INT"))
        if position is not None:
            self.annotations_position = position
            self.set("annotations", span)

    def m_annotation(self, tree: Tree, span: Span) -> None:
        number, *coordinates = self.tokens(tree, "WARDLEY_NUMBER", "INT")
        text = _convert_string(str(self.tokens(tree, "STRING")[0]))
        position = self.place(*coordinates)
        if position is None:
            return
        self.check_size(span)
        self.markers += 1
        self.annotations.append(Annotation(int(str(number)), (position,), text, span))

    def m_accelerator(self, tree: Tree, span: Span) -> None:
        keyword = str(tree.children[0])
        name = self.tokens(tree, *_NAMES)[0]
        position = self.place(*self.tokens(tree, "WARDLEY_NUMBER"))
        self.check_size(span)
        self.accelerators.append(
            Accelerator(self.name(name), position or Position(), keyword == "deaccelerator", span)
        )

    def check_parents(self) -> None:
        """Mermaid refuses a pipeline whose name is no component or anchor (matched exactly)."""
        import difflib

        declared = [c.name for c in self.components]
        for pipeline in self.pipelines:
            if pipeline.name in declared:
                continue
            close = difflib.get_close_matches(pipeline.name, declared, n=1, cutoff=0.75)
            where = pipeline.name_spans[0] if pipeline.name_spans else pipeline.span
            assert where is not None
            self.error(
                "E020",
                f"pipeline '{pipeline.name}' names no component; Mermaid refuses the diagram",
                where,
                hint=f"did you mean '{close[0]}'? (names match exactly in Mermaid)"
                if close
                else f"declare it first: component {pipeline.name} [0.5, 0.5]",
            )

    evolution_boundaries: tuple[float, ...] | None = None

    def finish(self) -> Map:
        from dataclasses import replace

        built = super().finish()
        return replace(built, evolution_boundaries=self.evolution_boundaries)


def _convert_string(text: str) -> str:
    """A quoted string as mermaid's value converter reads it (Langium's convertString)."""
    escapes = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "0": "\0"}
    out: list[str] = []
    i = 1
    while i < len(text) - 1:
        ch = text[i]
        if ch == "\\":
            i += 1
            out.append(escapes.get(text[i], text[i]))
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def parse_mermaid(
    text: str, path: str | None = None, limits: tuple[int, int] = (5_000, 20_000)
) -> tuple[Map, list[Diagnostic]]:
    """Read a Mermaid ``wardley-beta`` diagram: the map, and every problem found (unsorted)."""
    scanned = scan(text)
    parsed, problems, trailing = parse_lines(scanned.lines)
    builder = MermaidBuilder(scanned.lines, path, limits=limits)
    if scanned.front_title is not None:
        builder.title = scanned.front_title
    builder.ignored.extend(trailing)
    map_ = builder.run(parsed)
    return map_, scanned.diagnostics + problems + builder.diagnostics
