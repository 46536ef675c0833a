"""Parse trees to the model: give each statement its meaning and report what makes no sense.

Reads the per-line trees of :mod:`wardley.parser`, pairs ``{`` with ``}``, interprets positions
(numbers or stage names, with the map's own ``evolution`` labels), resolves pipeline members
and infers the kind of untyped components. Never imports lark at module level: a tree's
leaves are lark Tokens, which are strs, so ``isinstance(node, str)`` tells a token from a tree.
"""

from __future__ import annotations

import math
import re
from dataclasses import field, replace
from typing import TYPE_CHECKING, Any

from wardley import stages
from wardley._dataclass import dataclass
from wardley.colours import is_colour
from wardley.diagnostics import Diagnostic, Related, Severity, Span
from wardley.geometry.placement import drawable
from wardley.model import (
    DECLARED_KINDS,
    METHODS,
    Accelerator,
    Annotation,
    Attitude,
    Comment,
    Component,
    Evolve,
    Kind,
    Link,
    Map,
    Note,
    Overlay,
    Pipeline,
    Position,
    Url,
    normalise_name,
)
from wardley.parser import ParsedLine, SourceLine

if TYPE_CHECKING:
    from lark import Token, Tree

STYLES = ("plain", "wardley", "handwritten", "colour", "dark", "book")
#: Schemes a submap ``url`` may use; anything else (javascript:, data:, file:) is refused.
URL_SCHEMES = ("http://", "https://", "mailto:")
#: The word for "place it for me" in a position: ``[auto, 0.6]``, ``[0.7, auto]``.
AUTO = "auto"
#: The widest or tallest picture, in pixels: ``size [w, h]`` and ``wardley render --width``.
MAX_PICTURE = 20_000
#: Runs of spaces in a declared name, drawn as one (as OWM declares it).
_SPACES = re.compile(r"[ \t]+")
#: OWM's maturity for an ``evolve`` line without one.
DEFAULT_EVOLVE = 0.85
#: What stray words after a component's position are told.
STRAY_HINT = "remove it; after a position come only label [dx, dy], inertia and decorators"
#: `0,5`: a decimal comma, which turns one number into two (`0.27,0.08` is two numbers).
#: Where ``[0.5 0.5]`` is read as OWM reads it: a position (the first number, joined) or a label.
#: Where OWM takes the white space out of a number written with some inside (`[0. 5, 0.6]`).
_SPLIT_NUMBERS_READ = frozenset(
    {"component", "submap", "note", "attitude", "accelerator", "annotations", "annotation", "size"}
)
_SPACED_NUMBERS_READ = frozenset({"component", "submap", "note", "member", "label", "attitude"})
#: Where ``[0.5,, 0.6]`` is read as OWM reads it: the number not given is not read.
_EMPTY_NUMBERS_READ = frozenset({"component", "submap", "note", "member", "label", "annotation"})
#: Where ``[,0.5]`` is read as OWM reads it, a position with no visibility.
_EVOLUTION_ONLY_READ = frozenset({"component", "submap", "note"})
#: The number JavaScript's parseFloat reads at the start of a text, as OWM reads one.
_JS_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
#: A comma doubled, or more, in a bracket: `[0.5,, 0.6]`.
_EMPTY_NUMBERS = re.compile(r",(?:\s*,)+\s*")
_DECIMAL_COMMA = re.compile(r"(?<![\d.])(\d+),(\d+)(?![\d.])")
#: `y-axis Value->Less->More`: an old OWM way of labelling an axis, written as a link.
_AXIS_LINE = re.compile(r"[xy]-axis(?:\s|$)", re.IGNORECASE)
#: The evolution OWM gives an annotation's place that has none.
DEFAULT_ANNOTATION_EVOLUTION = 0.1
#: Where OWM draws a pioneers/settlers/townplanners area whose corners it cannot read.
DEFAULT_ATTITUDE = (0.9, 0.1, 0.8, 0.2)


def _unquote(text: str) -> str:
    body = text[1:-1]
    out: list[str] = []
    i = 0
    escapes = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "[": "[", "]": "]"}
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            out.append(escapes.get(body[i + 1], "\\" + body[i + 1]))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


@dataclass
class _Block:
    """An open ``{`` waiting for its ``}``."""

    kind: str  # "pipeline" or "overlay"
    index: int  # into Builder.pipelines / overlays
    span: Span


@dataclass
class _Member:
    """A bare name inside a pipeline block: a new component, or a reference to a declared one."""

    pipeline: str
    name: str
    position: Position
    label: tuple[float, float] | None
    span: Span
    label_span: Span | None = None


@dataclass
class Builder:
    """Builds a Map from the parsed lines, collecting the diagnostics on the way."""

    lines: list[SourceLine]
    path: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    line_number: int = 0
    code: str = ""
    title: str | None = None
    style: str | None = None
    size: tuple[float, float] | None = None
    evolution_labels: tuple[str, ...] | None = None
    evolution_hidden: bool = False
    valuechain_hidden: bool = False
    annotations_position: Position | None = None
    components: list[Component] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    evolves: list[Evolve] = field(default_factory=list)
    pipelines: list[Pipeline] = field(default_factory=list)
    overlays: list[Overlay] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    annotations: list[Any] = field(default_factory=list)
    accelerators: list[Accelerator] = field(default_factory=list)
    attitudes: list[Attitude] = field(default_factory=list)
    urls: list[Url] = field(default_factory=list)
    setting_spans: list[tuple[str, Span]] = field(default_factory=list)
    methods: list[tuple[str, str, Span]] = field(default_factory=list)
    members: list[_Member] = field(default_factory=list)
    ignored: list[Comment] = field(default_factory=list)
    block: _Block | None = None
    pending: _Block | None = None
    #: Blocks opened by statements that were rejected; their `}` must not close anything else.
    rejected: int = 0
    #: Annotation markers so far: an annotation is drawn once at each of its places.
    markers: int = 0
    #: The most components and links a map may have.
    limits: tuple[int, int] = (5_000, 20_000)
    #: Brackets whose numbers had no comma between them, read as one (already warned about).
    joined: set[int] = field(default_factory=set)
    #: Brackets read as an evolution only: ``[,0.5]``, whose visibility OWM reads as not given.
    evolution_only: set[int] = field(default_factory=set)

    # ---- reporting ------------------------------------------------------------------------
    def error(self, code: str, message: str, span: Span, hint: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(code, message, span, Severity.ERROR, hint, self.path))

    def warn(
        self,
        code: str,
        message: str,
        span: Span,
        hint: str | None = None,
        related: tuple[Related, ...] = (),
    ) -> None:
        self.diagnostics.append(
            Diagnostic(code, message, span, Severity.WARNING, hint, self.path, related)
        )

    def span_of(self, node: Tree | Token) -> Span:
        if isinstance(node, str):
            return Span(self.line_number, node.column or 1, self.line_number, node.end_column or 1)
        first = _end_token(node)
        if first is None:
            empty = re.search(r"\[\s*\]", self.code)
            if empty:
                return Span(self.line_number, empty.start() + 1, self.line_number, empty.end() + 1)
            return Span(self.line_number, 1, self.line_number, 1)
        last = _end_token(node, last=True) or first  # a tree with a first token has a last
        start, end = first.column or 1, last.end_column or 1
        if node.data in ("bracket", "places"):
            # The parser drops '[' and ']'; a bracket's span covers them.
            code = self.code
            start = code.rfind("[", 0, start - 1) + 1 or start
            close = code.find("]", end - 1)
            end = close + 2 if close >= 0 else end
        elif node.data == "label":
            # `label [dx, dy]`: the span runs to the dropped ']', for a fix to replace it all.
            close = self.code.find("]", end - 1)
            end = close + 2 if close >= 0 else end
        return Span(self.line_number, start, self.line_number, end)

    # ---- the line loop ----------------------------------------------------------------------
    def run(self, parsed: list[ParsedLine]) -> Map:
        # Custom stage labels rename the stages usable in brackets, wherever `evolution` stands.
        for line in parsed:
            if line.tree is not None and line.tree.data == "evolution_axis":
                self.line_number = line.number
                self.code = line.code
                self.evolution_axis(line.tree)
        for line in parsed:
            self.line_number = line.number
            self.code = line.code
            tree = line.tree
            if tree is None:
                if line.code.rstrip().endswith("{"):
                    self.rejected += 1  # its lines and its `}` are part of the bad statement
                continue
            if tree.data == "evolution_axis":
                continue
            line_span = Span(line.number, _indent(line.code) + 1, line.number, len(line.code) + 1)
            # (A bracket starts with '[': a line without one, a link's, has none to tidy.)
            if "[" not in line.code or self.tidy_brackets(tree):
                self.statement(tree, line_span)
        if self.block is not None:
            self.error(
                "E004",
                f"this {self.block.kind} block is never closed",
                self.block.span,
                hint="add a line with } after its last member",
            )
        return self.finish()

    def tidy_brackets(self, tree: Tree) -> bool:
        """Each bracket of a statement as OWM reads it: past a trailing comma, a doubled one,
        numbers with no comma between them as one, and a number with more after it as the number
        it starts with. False when the statement is not to be read."""
        read_all = True
        for parent in tree.iter_subtrees():
            for bracket in parent.children:
                if getattr(bracket, "data", None) in ("bracket", "places"):
                    read_all = self.join_split_numbers(parent, bracket) and read_all
                    self.read_loose_numbers(bracket)
                    read_all = self.read_empty_numbers(parent, bracket) and read_all
                if getattr(bracket, "data", None) == "bracket":
                    self.drop_trailing_commas(bracket)
                    read_all = self.drop_leading_comma(parent, bracket) and read_all
                    read_all = self.join_spaced_numbers(parent, bracket) and read_all
        return read_all

    def join_split_numbers(self, parent: Tree, bracket: Tree) -> bool:
        """``[0. 583, 0.5]``, a number split by a space (often a no-break or thin one): OWM takes
        the spaces out of a position and reads 0.583, and so do we, warning. A label's, a
        pipeline's span and a member's OWM reads up to the space (0), which no one means: an
        error with the number joined as the fix (and False: the statement is not read). Alone in
        its bracket (``[0.5 0.5]``) the numbers are left for join_spaced_numbers (joined_place
        for an annotation's place), whose reading differs by statement."""
        from lark import Token

        splits = [c for c in bracket.children if getattr(c, "data", None) == "split_number"]
        if len(bracket.children) == 1 and splits:
            bracket.children = splits[0].children
            return True
        for split in splits:
            span = self.span_of(split)
            written = self.code[span.column - 1 : span.end_column - 1]
            read = _JS_NUMBER.match("".join(split.children))
            assert read is not None  # it starts with a number
            whole = self.span_of(bracket)
            fix = "write " + (
                self.code[whole.column - 1 : span.column - 1]
                + read.group()
                + self.code[span.end_column - 1 : whole.end_column - 1]
            )
            if parent.data not in _SPLIT_NUMBERS_READ:
                before = _JS_NUMBER.match(split.children[0])
                self.error(
                    "E001",
                    f"white space inside the number {written!r} (OWM reads it as "
                    f"{float(before.group()) if before else 0:g}, the digits before the space)",
                    span,
                    hint=fix,
                )
                return False
            self.warn(
                "W109",
                f"white space inside the number {written!r}: OWM takes it out and reads "
                f"{read.group()}",
                span,
                hint=fix,
            )
            at = bracket.children.index(split)
            bracket.children[at] = Token.new_borrow_pos("NUMBER", read.group(), split.children[0])
        return True

    def drop_trailing_commas(self, bracket: Tree) -> None:
        """``[0.5, 0.5, ]``: OWM reads the numbers before the comma, and so do we, warning."""
        commas = [c for c in bracket.children if getattr(c, "type", None) == "TRAILING_COMMA"]
        for comma in commas:
            self.warn(
                "W109",
                "a trailing ',' is ignored, as in OWM",
                self.span_of(comma),
                hint="remove it",
            )
            bracket.children.remove(comma)

    def drop_leading_comma(self, parent: Tree, bracket: Tree) -> bool:
        """``[,0.5]``: OWM reads no visibility and the number after the comma as the evolution;
        so do we for a position (the visibility placed for you), warning. Elsewhere (a label, a
        span, a setting) it stays an error (and False: the statement is not read)."""
        comma = bracket.children[0] if bracket.children else None
        if getattr(comma, "type", None) != "LEADING_COMMA":
            return True
        rest = self.code[comma.end_column - 1 : self.span_of(bracket).end_column - 2].strip()
        if parent.data not in _EVOLUTION_ONLY_READ:
            self.error(
                "E001",
                "a ',' before the first number",
                self.span_of(comma),
                hint=f"give the number before it: [0.5, {rest}]",
            )
            return False
        self.warn(
            "W109",
            "a leading ',': OWM reads no visibility, and the number after it as the evolution",
            self.span_of(comma),
            hint=f"give the visibility first: [0.5, {rest}]",
        )
        bracket.children.remove(comma)
        self.evolution_only.add(id(bracket))
        return True

    def read_loose_numbers(self, bracket: Tree) -> None:
        """``[0.5a, 0.6]``, ``[0x1, 2]``: OWM reads the number each item starts with (as
        JavaScript's parseFloat does, 0.5 and 0), and so do we, warning."""
        from lark import Token

        for at, item in enumerate(bracket.children):
            if getattr(item, "type", None) != "LOOSE_NUMBER":
                continue
            read = _JS_NUMBER.match(item)
            assert read is not None  # the grammar's LOOSE_NUMBER starts with one
            self.warn(
                "W109",
                f"{str(item)!r} is read as {read.group()}, the number it starts with, as OWM "
                "reads it",
                self.span_of(item),
                hint=f"write the number alone: {read.group()}, or the one meant",
            )
            bracket.children[at] = Token.new_borrow_pos("NUMBER", read.group(), item)

    def read_empty_numbers(self, parent: Tree, bracket: Tree) -> bool:
        """``[0.5,, 0.6]``: OWM reads no number between the two commas, and each number in its
        place after them (the 0.6 is a third, ignored). So do we, warning, where we read
        ``[0.5 0.5]``: a position whose evolution is not given is placed for you, a label
        with a number not given is no offset, and an annotation's place has OWM's default
        evolution. Elsewhere it stays an error (and False)."""
        if not any(getattr(c, "type", None) == "EXTRA_COMMA" for c in bracket.children):
            return True
        span = self.span_of(bracket)
        written = self.code[span.column - 1 : span.end_column - 1]
        fix = f"write {_EMPTY_NUMBERS.sub(', ', written)}"
        if parent.data not in _EMPTY_NUMBERS_READ:
            self.error("E001", f"a number is missing between the commas of {written}", span, fix)
            return False
        places: list[Any] = []  # each comma-separated item, None where there is none
        for child in bracket.children:
            empty = getattr(child, "type", None) == "EXTRA_COMMA"
            places.append(None if empty else child)
        read = places[:2]
        if None in read:
            # The number not given is the evolution (the first is never empty here).
            what = {
                "label": "no offset",
                "annotation": f"the evolution as its default, {DEFAULT_ANNOTATION_EVOLUTION}",
            }.get(parent.data, "no evolution (it is placed)")
            bracket.children = [read[0]]
            self.joined.add(id(bracket))
        else:
            fix = f"write [{', '.join(str(number) for number in read)}]"
            what = f"only {fix[6:]}, and the rest is ignored"
            bracket.children = read
        self.warn(
            "W109",
            f"',,' in {written}: OWM reads no number between the commas, so {what}",
            span,
            hint=fix,
        )
        return True

    def join_spaced_numbers(self, parent: Tree, bracket: Tree) -> bool:
        """``[0.5 0.5]``: with no comma, OWM reads the numbers as one, written without the
        spaces (``0.50.5``, so 0.5), and no evolution. So do we, warning, for a component's,
        anchor's or note's position (the evolution placed for you) and a label (no offset).
        Elsewhere OWM's reading differs by statement, so it stays an error that says so (and
        False: the statement is not read)."""
        from lark import Token

        numbers = bracket.children
        read = self.spaced_numbers(numbers)
        if read is None:
            return True
        span, fix = self.span_of(bracket), f"write [{', '.join(numbers)}]"
        first = _JS_NUMBER.match(numbers[0])
        member = parent.data == "member" or (
            parent.data == "component" and self.block is not None and self.block.kind == "pipeline"
        )
        if member and first and float(first.group()) != float(read.group()):
            # `component B [0. 4]` in a block: OWM reads a member's number up to the space (0),
            # which no one means; `[0.5 0.6]` is 0.5 either way.
            self.error(
                "E001",
                f"white space inside the number {self.code[span.column : span.end_column - 2]!r}"
                " (OWM reads it as "
                f"{float(first.group()):g}, the digits before the space)",
                span,
                hint=f"write [{read.group()}]",
            )
            return False
        written = self.code[span.column - 1 : span.end_column - 1]
        if parent.data not in _SPACED_NUMBERS_READ:
            self.error("E001", "a ',' is missing between the numbers", span, hint=fix)
            return False
        joined = re.sub(r"\s+", "", written[1:-1])
        reading = (
            "OWM reads no offset from it"
            if parent.data == "label"
            else f"OWM reads them as one, {joined!r}, which is {float(read.group()):g}, "
            "and the rest as not given"
        )
        self.warn(
            "W109",
            f"no ',' between the numbers of {written}: {reading}",
            span,
            hint=fix,
        )
        bracket.children = [Token.new_borrow_pos("NUMBER", read.group(), numbers[0])]
        self.joined.add(id(bracket))
        return True

    def spaced_numbers(self, numbers: list[Any]) -> re.Match[str] | None:
        """What OWM reads from a bracket's numbers written with no ',' between them: one
        number, the digits joined (``[0.5 0.5]`` is ``0.50.5``, so 0.5). None when they are not
        numbers only, or have their comma."""
        if len(numbers) < 2 or not all(getattr(n, "type", None) == "NUMBER" for n in numbers):
            return None
        if "," in self.code[numbers[0].end_column - 1 : numbers[1].column - 1]:
            return None
        read = _JS_NUMBER.match("".join(numbers))
        assert read is not None  # it starts with a number
        return read

    def statement(self, tree: Tree, span: Span) -> None:
        kind = tree.data
        pending, self.pending = self.pending, None
        if self.rejected:
            if kind == "block_close":
                self.rejected -= 1
            return
        if kind == "block_open":
            if self.block is not None:
                self.error("E005", "a block cannot open inside another block", span)
                self.reject(tree)
                return
            if pending is None:
                self.error(
                    "E005",
                    "'{' must follow a pipeline or overlay line",
                    span,
                    hint="write 'pipeline NAME {' or 'overlay NAME {'",
                )
                return
            self.block = _Block(pending.kind, pending.index, self.span_of(tree.children[0]))
            items = tree.children[1:]
            closed = bool(items) and getattr(items[-1], "type", None) == "RBRACE"
            if pending.kind == "pipeline" and items and not closed:
                # `{ x` opening a block that goes on below: OWM reads a pipeline's members from
                # the lines after its '{' only (a block on one line, `{ A; B }`, is ours).
                first = self.span_of(items[0])
                rest = self.code[first.column - 1 :].rstrip()
                self.warn(
                    "W109",
                    f"ignored text {_shorten(rest)!r}: a pipeline's members are read from the "
                    "lines after its '{', as in OWM",
                    Span(
                        self.line_number, first.column, self.line_number, first.column + len(rest)
                    ),
                    hint="write each member on a line of its own below the '{'",
                )
                return
            self.block_items(items, tree)
            return
        if kind == "block_close":
            if self.block is None:
                self.error("E006", "'}' closes no block", span, hint="remove it")
                return
            self.ignore(tree.children[1:], "a '}' closes its block, and nothing else", "remove it")
            self.close_block(self.span_of(tree.children[0]))
            return
        if kind == "items":
            if self.block is None:
                self.not_a_statement(tree, span)
                return
            self.block_items(tree.children, tree)
            return
        handler = getattr(self, "on_" + kind)
        if kind in ("component", "evolve") and self.block is not None:
            self.block_items([tree], tree)
            return
        handler(tree, span)

    def not_a_statement(self, tree: Tree, span: Span) -> None:
        """Text that is neither a statement nor a link.

        OWM ignores such lines, and real maps hold prose and notes to self, so plain text is a
        warning. A misspelt keyword or a line with a position is an error: the author meant a
        statement, and the map would silently lack it.
        """
        from wardley.parser import KEYWORDS

        first = tree.children[0]
        text = _shorten(self.name(first.children[0]))
        word = text.split(None, 1)[0] if text.strip() else text
        import difflib  # loaded for hints only

        close = difflib.get_close_matches(word.lower(), KEYWORDS, n=1, cutoff=0.75)
        has_position = any(
            getattr(child, "data", None) == "bracket"
            for m in tree.children
            for child in getattr(m, "children", ())
        )
        arrow = _MISTYPED_ARROW.search(self.code)
        if arrow and not close:
            # OWM finds no link operator in `B => C` or `B - > C` either, and ignores the line.
            link = _MISTYPED_ARROW.sub(" -> ", self.code).strip()
            self.warn(
                "W120",
                f"'{arrow[1]}' is not a link operator; the line is ignored",
                Span(self.line_number, arrow.start(1) + 1, self.line_number, arrow.end(1) + 1),
                hint=f"did you mean `{link}`?",
            )
        elif ">" in text and not close:
            self.warn(
                "W120",
                f"'{text}' is not a statement or link; ignored",
                span,
                hint="a link is written 'A -> B' (flows: A +> B)",
            )
        elif close or has_position:
            hint = (
                f"unknown statement '{word}'; did you mean '{close[0]}'?"
                if close
                else "declare it with 'component', 'user', 'need' or 'capability'"
            )
            self.error("E007", f"'{text}' is not a statement", span, hint=hint)
        else:
            self.warn(
                "W120",
                f"'{text}' is not a statement; ignored",
                span,
                hint="make it a comment with //, a note, or declare it with 'component'",
            )
        self.keep_as_comment(span)

    def keep_as_comment(self, span: Span) -> None:
        """An ignored line is kept as a comment, so that ``fmt`` never loses the author's text."""
        if any(comment.span == span for comment in self.ignored):
            return  # a reset setting, kept already and then replaced
        code = next(line.code for line in self.lines if line.number == span.line)
        self.ignored.append(Comment("// " + code.strip(), span))

    def block_items(self, children: list[Any], owner: Tree) -> None:
        for child in children:
            if isinstance(child, str) and child.type == "RBRACE":
                self.close_block(self.span_of(child))
            elif not isinstance(child, str):
                span = self.span_of(child)
                if child.data == "member":
                    self.on_member(child, span)
                elif child.data == "component":
                    self.on_component(child, span, in_block=True)
                elif child.data == "evolve":
                    self.on_evolve(child, span)

    def close_block(self, span: Span) -> None:
        assert self.block is not None
        block, self.block = self.block, None
        start = (
            self.pipelines[block.index].span
            if block.kind == "pipeline"
            else self.overlays[block.index].span
        )
        assert start is not None
        whole = Span(start.line, start.column, span.end_line, span.end_column)
        if block.kind == "pipeline":
            self.pipelines[block.index] = replace(self.pipelines[block.index], span=whole)
        else:
            self.overlays[block.index] = replace(self.overlays[block.index], span=whole)

    def open_block(self, kind: str, index: int, block: Tree | None) -> None:
        """After a pipeline/overlay head: an inline block, an open one, or `{` on the next line."""
        if block is None:
            self.pending = _Block(kind, index, Span(self.line_number, 1, self.line_number, 1))
            return
        if self.block is not None:
            self.error("E005", "a block cannot open inside another block", self.span_of(block))
            self.reject(block)
            return
        self.block = _Block(kind, index, self.span_of(block.children[0]))
        self.block_items(block.children[1:], block)

    def reject(self, block: Tree) -> None:
        """A block that may not open: skip it up to its own `}`."""
        last = block.children[-1] if block.children else None
        if not (isinstance(last, str) and last.type == "RBRACE"):
            self.rejected += 1

    # ---- values -----------------------------------------------------------------------------
    def name(self, node: Tree | Token) -> str:
        text = str(node)
        if text.startswith('"'):
            return _unquote(text)
        return text.strip()

    def declared_name(self, node: Tree | Token) -> str:
        """A component's name as drawn: runs of spaces are one space, as OWM declares it
        (references still match either way, names being compared ignoring white space). A
        quoted name is kept exactly: its quotes say so."""
        name = self.name(node)
        return name if str(node).startswith('"') else _SPACES.sub(" ", name)

    def number(self, token: Token) -> float | None:
        value = float(token)
        if not math.isfinite(value):
            self.error(
                "E008",
                f"number {str(token)!r} is too large",
                self.span_of(token),
                hint="positions are fractions from 0 to 1",
            )
            return None
        return value

    def coords(self, bracket: Tree) -> list[Any]:
        """A bracket's items: floats, or (stage index, within) for stage names; None if bad."""
        out: list[Any] = []
        for item in bracket.children:
            if isinstance(item, str):
                out.append(self.number(item))
            else:
                out.append(self.stage_ref(item))
        return out

    def stage_ref(self, tree: Tree) -> tuple[int, float | None] | str | None:
        """A stage name with an optional place inside it; ``auto`` means "place it for me"."""
        words = [str(t) for t in tree.children if isinstance(t, str) and t.type == "WORD"]
        numbers = [t for t in tree.children if isinstance(t, str) and t.type == "NUMBER"]
        text = " ".join(words)
        if text.lower() == AUTO:
            if numbers:
                self.error(
                    "E011",
                    "auto takes no number",
                    self.span_of(tree),
                    hint="write [auto, 0.6] for a given evolution and a placed visibility",
                )
                return None
            return AUTO
        index = stages.lookup(text, self.evolution_labels)
        if index is None:
            import difflib  # loaded for hints only

            close = difflib.get_close_matches(
                stages.normalise(text), stages.known_names(self.evolution_labels), n=1, cutoff=0.6
            )
            hint = (
                f"did you mean '{close[0]}'?"
                if close
                else "stages are genesis, custom, product and commodity; positions are numbers"
            )
            self.error("E009", f"unknown stage '{text}'", self.span_of(tree), hint=hint)
            return None
        within = None
        if numbers:
            within = self.number(numbers[0])
            if within is not None and not 0 <= within <= 1:
                self.error(
                    "E010",
                    f"place inside a stage must be from 0 to 1, not {numbers[0]}",
                    self.span_of(numbers[0]),
                    hint="0 is the stage's left edge, 1 its right edge",
                )
                return None
        return index, within

    def in_range(self, tokens: list[Any]) -> None:
        """Coordinates outside 0..1 are drawn off the grid (as OWM does): warn at the number.

        Far outside, they are drawn at the edge of what is drawn at all (out of sight either
        way), and the warning says so.
        """
        for token in tokens:
            if isinstance(token, str) and token.type == "NUMBER":
                value = float(token)
                if not math.isfinite(value) or 0 <= value <= 1:
                    continue
                message = f"coordinate {token} is outside 0..1 and is drawn off the grid"
                if drawable(value) != value:
                    message = (
                        f"coordinate {token} is far outside 0..1; it is drawn off the grid, "
                        f"at {drawable(value):g}"
                    )
                self.warn(
                    "W106", message, self.span_of(token), hint="positions are fractions from 0 to 1"
                )

    def position(
        self, bracket: Tree, *, in_pipeline: bool = False, owm: bool = True
    ) -> Position | None:
        """``[v, e]``, ``[v, stage]``, ``[stage]``; in a pipeline ``[e]`` or ``[stage]``. On an
        OWM statement, numbers past the second are ignored with a warning, as OWM reads them."""
        if owm and not in_pipeline:
            bracket = self.first_numbers(bracket, 2)
        position = self._position(bracket, in_pipeline)
        if position is not None:
            self.in_range(bracket.children)
        return position

    def _position(self, bracket: Tree, in_pipeline: bool) -> Position | None:
        items = self.coords(bracket)
        if any(item is None for item in items):
            self.in_range(bracket.children)  # a bad stage hides no other problem of the bracket
            return None
        if in_pipeline:
            if len(items) != 1:
                self.error(
                    "E011",
                    "a pipeline member takes only its evolution",
                    self.span_of(bracket),
                    hint="write [0.6] or a stage: [product]; it sits at its pipeline's visibility",
                )
                return None
            return _evolution_position(None, items[0])
        if id(bracket) in self.evolution_only:
            return _evolution_position(None, items[0])
        if len(items) == 2:
            visibility, evolution = (None if item == AUTO else item for item in items)
            if isinstance(visibility, tuple):
                self.error(
                    "E011",
                    "the stage goes second: [visibility, stage]",
                    self.span_of(bracket),
                    hint="or give the stage alone: [product]",
                )
                return None
            return _evolution_position(visibility, evolution)
        if len(items) == 1:
            if items[0] == AUTO:
                return Position()
            if isinstance(items[0], tuple):
                return _evolution_position(None, items[0])
            if id(bracket) in self.joined:
                return Position(visibility=items[0])
            self.warn(
                "W111",
                "only one coordinate: read as the visibility, the evolution will be placed",
                self.span_of(bracket),
                hint="write [visibility, evolution] or a stage: [0.5, product]",
            )
            return Position(visibility=items[0])
        if not items:
            self.warn("W111", "empty position; the component will be placed", self.span_of(bracket))
            return Position()
        span = self.span_of(bracket)
        self.error(
            "E011",
            f"a position takes 2 values, not {len(items)}",
            span,
            hint=self.decimal_points(span) or "write [visibility, evolution], e.g. [0.63, 0.81]",
        )
        return None

    def decimal_points(self, span: Span) -> str | None:
        """`[0,5, 0,4]`: the hint that writes it with decimal points (OWM reads visibility 0 and
        evolution 5 from it, so it is no reading to follow), or None when it has no such comma."""
        written = self.code[span.column - 1 : span.end_column - 1]
        if not _DECIMAL_COMMA.search(written):
            return None
        return f"a decimal takes a point, not a comma: {_DECIMAL_COMMA.sub(_point, written)}"

    def first_numbers(self, bracket: Tree, count: int) -> Tree:
        """The bracket's first ``count`` items when more numbers follow them: OWM reads those
        and ignores the rest (`pipeline A [0.30, 0.55, 0.10]`), and so do we, with a warning."""
        from lark import Tree

        extra = bracket.children[count:]
        if not extra or not all(isinstance(n, str) and n.type == "NUMBER" for n in extra):
            return bracket
        whole = self.span_of(bracket)
        if _DECIMAL_COMMA.search(self.code, whole.column - 1, whole.end_column - 1):
            return bracket  # `[0,5, 0,6]`: decimal commas, a real mistake (E011 says so)
        first, last = self.span_of(extra[0]), self.span_of(extra[-1])
        self.warn(
            "W109",
            f"ignored {'number' if len(extra) == 1 else 'numbers'} "
            f"{', '.join(str(node) for node in extra)}: OWM reads the first {count} only",
            Span(first.line, first.column, last.end_line, last.end_column),
            hint=f"keep {count} numbers in the bracket",
        )
        return Tree("bracket", bracket.children[:count], bracket.meta)

    def numbers(
        self, bracket: Tree, count: int, what: str, example: str, *, unit: bool = True
    ) -> list[float] | None:
        """A bracket of ``count`` numbers; ``unit`` ones are map coordinates (0..1). More
        numbers than that are read as OWM reads them: the first ``count``."""
        bracket = self.first_numbers(bracket, count)
        items = self.coords(bracket)
        if any(item is None for item in items):
            if unit:
                self.in_range(bracket.children)  # a bad stage hides no other problem
            return None
        for item, node in zip(items, bracket.children, strict=True):
            if item == AUTO:
                # Only components are placed for you; here the author must say where.
                self.error(
                    "E011",
                    f"{what} takes numbers, not auto",
                    self.span_of(node),
                    hint=f"only a component's position may be auto; write {example}",
                )
                return None
        # Stage names are for positions only: here every item must be a number.
        if len(items) != count or any(not isinstance(item, float) for item in items):
            self.error(
                "E011",
                f"{what} takes {count} numbers",
                self.span_of(bracket),
                hint=self.decimal_points(self.span_of(bracket)) or f"write {example}",
            )
            return None
        if unit:
            self.in_range(bracket.children)
        return items

    # ---- statements ---------------------------------------------------------------------------
    def on_title(self, tree: Tree, span: Span) -> None:
        text = " ".join(str(t) for t in tree.children[1:]).strip()
        if self.title is None:
            self.title = text
            self.setting_spans.append(("title", span))
        else:
            self.warn("W112", "the map has a title already; this one is ignored", span)
            self.keep_as_comment(span)

    def on_style(self, tree: Tree, span: Span) -> None:
        name = str(tree.children[1]).strip()
        if name not in STYLES:
            import difflib  # loaded for hints only

            close = difflib.get_close_matches(name, STYLES, n=1)
            self.warn(
                "W114",
                f"unknown style '{name}'",
                self.span_of(tree.children[1]),
                hint=f"did you mean '{close[0]}'?" if close else "styles: " + ", ".join(STYLES),
            )
        self.style = name  # the last style wins, as in OWM
        self.set("style", span)

    def set(self, setting: str, span: Span) -> None:
        """A setting given again: the last one counts, and each earlier line is kept as a
        comment with a warning (as a second title is), so that fmt never drops it."""
        for key, earlier in self.setting_spans:
            if key == setting:
                code = next(line.code for line in self.lines if line.number == earlier.line)
                self.warn(
                    "W112",
                    f"'{code.strip()}' is replaced by line {span.line}; kept as a comment",
                    earlier,
                )
                self.keep_as_comment(earlier)
        self.setting_spans = [(k, s) for k, s in self.setting_spans if k != setting]
        self.setting_spans.append((setting, span))

    def reset_setting(self, tree: Tree, setting: str, span: Span) -> None:
        """`size x` after `size [800, 600]`: OWM reads the later line, finds no value, and
        draws its default; a bare keyword is no such line to OWM."""
        self.keep_as_comment(span)
        if len(tree.children) > 1:
            if setting == "size":
                self.size = None
            else:
                self.annotations_position = None
            self.set(setting, span)

    def on_size(self, tree: Tree, span: Span) -> None:
        bracket = self.setting_bracket(tree, "size has a width and a height only", span)
        if bracket is None:
            self.reset_setting(tree, "size", span)
            return
        if not bracket.children:
            # `size []`: OWM reads no number, so its default size, as for `size x`.
            self.warn(
                "W109",
                "size [] has no numbers: ignored, as OWM ignores it",
                self.span_of(bracket),
                hint="write size [1100, 800], a width and a height in pixels, or remove it",
            )
            self.reset_setting(tree, "size", span)
            return
        if len(bracket.children) == 1 and getattr(bracket.children[0], "type", None) == "NUMBER":
            from lark import Token

            # `size [800]`: OWM reads the width and no height (0), and draws its usual size.
            self.warn(
                "W109",
                f"size [{bracket.children[0]}] has no height: read as [{bracket.children[0]}, 0], "
                "as OWM reads it, and the map keeps its usual size",
                self.span_of(bracket),
                hint=f"give the height too, in pixels: size [{bracket.children[0]}, 600]",
            )
            bracket.children.append(Token.new_borrow_pos("NUMBER", "0", bracket.children[0]))
        values = self.numbers(bracket, 2, "size", "size [1100, 800]", unit=False)
        if values is not None:
            pairs = zip(values, bracket.children, strict=True)
            too_large = [token for value, token in pairs if value > MAX_PICTURE]
            for token in too_large:
                self.error(
                    "E008",
                    f"size {token} is too large; a picture is at most {MAX_PICTURE:,} pixels",
                    self.span_of(token),
                    hint="write the size in pixels, e.g. size [1100, 800]",
                )
            if too_large:
                return
            self.size = (values[0], values[1])
            self.set("size", span)

    def evolution_axis(self, tree: Tree) -> None:
        span = self.span_of(tree)
        earlier = next((s for key, s in self.setting_spans if key == "evolution"), None)
        if earlier is not None:
            # OWM draws the first evolution axis of a map (unlike style or size: the last).
            self.warn(
                "W112",
                f"the evolution axis is set on line {earlier.line} already; this line is "
                "ignored, as in OWM, and kept as a comment",
                span,
                hint="keep one evolution line",
                related=(Related("set here", earlier),),
            )
            self.keep_as_comment(span)
            return
        hide = any(isinstance(c, str) and c.type == "HIDE" for c in tree.children)
        arrows = [c for c in tree.children if isinstance(c, str) and c.type == "ARROW"]
        # Each stage's name token, None where the name is left out (`Phase 2->->Phase 4`).
        names: list[Token | None] = []
        current = None
        for child in tree.children[1:]:
            if isinstance(child, str) and child.type == "ARROW":
                names.append(current)
                current = None
            elif not isinstance(child, str):
                current = child.children[0]
        if arrows or current is not None:  # `evolution Foo`: one stage, as OWM reads it
            names.append(current)
        labels = [self.name(token) if token is not None else "" for token in names]
        if labels and len(labels) != 4:
            self.other_than_four_stages(labels, span)
        self.evolution_labels = tuple((labels + [""] * 4)[:4]) if labels else None
        if labels:
            self.check_stage_names(names[:4], arrows)
        self.evolution_hidden = hide
        self.set("evolution", span)

    def other_than_four_stages(self, labels: list[str], span: Span) -> None:
        """OWM's parser keeps the first four names of the line, a stage not given undefined, and
        its app draws them so (a blank label): read the same, and said."""
        if len(labels) > 4:
            left_out = ", ".join(labels[4:])
            what = f"the stages after the fourth ({left_out}) are ignored"
            self.keep_as_comment(span)  # so that fmt keeps the names left out
        else:
            blank = range(len(labels) + 1, 5)
            what = f"stage{'s' if len(blank) > 1 else ''} {', '.join(map(str, blank))} "
            what += f"{'have blank labels' if len(blank) > 1 else 'has a blank label'}"
        self.warn(
            "W124",
            f"the evolution axis has 4 stages, not {len(labels)}: {what}, as in OWM",
            span,
            hint="name four stages: evolution Genesis->Custom-Built->Product->Commodity",
        )

    def check_stage_names(self, names: list[Token | None], arrows: list[Token]) -> None:
        """OWM takes any four labels, but a blank or repeated one is most likely a slip."""
        first: dict[str, tuple[int, Token]] = {}
        for index, token in enumerate(names):
            if token is None:
                # Where the name belongs: before the next arrow (after the last one, for stage 4).
                arrow = arrows[min(index, len(arrows) - 1)]
                at = arrow.column if index < len(arrows) else arrow.end_column
                self.warn(
                    "W121",
                    f"stage {index + 1} of the evolution axis has no name; its label is blank",
                    Span(self.line_number, at or 1, self.line_number, at or 1),
                    hint="name every stage: evolution Genesis->Custom-Built->Product->Commodity",
                )
                continue
            name = self.name(token)
            key = stages.normalise(name)
            if key in first:
                earlier, earlier_token = first[key]
                self.warn(
                    "W122",
                    f"stages {earlier + 1} and {index + 1} of the evolution axis are both "
                    f"called '{name}'",
                    self.span_of(token),
                    hint=f"give each stage its own name; [{name}] means stage {earlier + 1}",
                    related=(Related("first named here", self.span_of(earlier_token)),),
                )
            first.setdefault(key, (index, token))

    def on_valuechain(self, tree: Tree, span: Span) -> None:
        self.valuechain_hidden = True
        self.set("valuechain", span)

    def options(self, nodes: list[Any], *, allow_url: bool = False) -> dict[str, Any]:
        """The options after a name: position bracket, label, inertia, decorators."""
        out: dict[str, Any] = {"tags": []}
        first_decorator: Token | None = None
        junk: list[Token] = []  # a run of stray words, reported as one
        for node in nodes:
            if junk and not (isinstance(node, str) and node.type == "JUNK"):
                self.ignore(junk, None, STRAY_HINT)
                junk = []
            if isinstance(node, str):
                kind = node.type
                if kind == "INERTIA":
                    out["inertia"] = True
                    if str(node).startswith("(") and first_decorator is None:
                        first_decorator = node
                elif kind == "DECORATOR":
                    word = str(node).strip("() \t").lower()
                    # OWM reads inertia anywhere, but the kind of a component from its first
                    # `(…)` only: `(build) (market)` is built, `(inertia) (build)` is neither.
                    later = first_decorator is not None and word != "inertia"
                    first_decorator = first_decorator or node
                    if later and (word in METHODS or word in ("market", "ecosystem")):
                        self.warn(
                            "W109",
                            f"ignored decorator {str(node)!r}: OWM reads the first one only, "
                            f"{str(first_decorator)!r}",
                            self.span_of(node),
                            hint="keep one decorator: (build), (buy), (outsource), (market) "
                            "or (ecosystem), and (inertia) beside it",
                        )
                    elif word in METHODS:
                        out["method"] = word
                    elif word in ("market", "ecosystem", "inertia"):
                        out[word] = True
                    else:
                        out["tags"].append(str(node).strip("() \t"))
                        self.warn(
                            "W110",
                            f"unknown decorator {str(node)!r} is kept but not drawn",
                            self.span_of(node),
                            hint="decorators: (build), (buy), (outsource), (market), "
                            "(ecosystem), (inertia)",
                        )
                elif kind == "URL_REF":
                    if allow_url:
                        out["url"] = str(node)[4:-1].strip()
                    else:
                        self.warn("W109", "url(…) belongs on a submap; ignored", self.span_of(node))
                elif kind in ("DOUBLED", "UNCLOSED"):
                    self.unreadable_bracket(node)
                elif kind == "JUNK":
                    junk.append(node)
                    continue
            elif node.data == "bracket":
                if "bracket" in out:
                    self.second_position(node)
                else:
                    out["bracket"] = node
            elif node.data == "label" and "label" in out:
                self.warn(
                    "W109",
                    "a second label offset is ignored; the first one counts, as in OWM",
                    self.span_of(node),
                    hint="keep one",
                )
            elif node.data == "label" and isinstance(node.children[1], str):
                self.unreadable_bracket(node.children[1])
            elif node.data == "label" and id(node.children[1]) in self.joined:
                pass  # `label [10 20]`: no offset, as in OWM (already warned about)
            elif node.data == "label" and _too_few_numbers(node.children[1], 2):
                # OWM reads no offset from `label [5]` or `label []`: the usual place.
                self.warn(
                    "W109",
                    "a label offset takes 2 numbers; ignored, as OWM ignores it",
                    self.span_of(node),
                    hint="write label [10, -20], or remove it",
                )
            elif node.data == "label":
                values = self.numbers(node.children[1], 2, "label", "label [10, -20]", unit=False)
                if values is not None:
                    out["label"] = (values[0], values[1])
                    out["label_span"] = self.span_of(node)
            elif node.data == "legacy_evolve":
                out["legacy_evolve"] = node
        if junk:
            self.ignore(junk, None, STRAY_HINT)
        out["tags"] = tuple(out["tags"])
        return out

    def on_component(self, tree: Tree, span: Span, *, in_block: bool = False) -> None:
        keyword = str(tree.children[0])
        rest = tree.children[1:]
        if not rest or not (isinstance(rest[0], str) and rest[0].type in ("DECL_NAME", "QUOTED")):
            if keyword.lower() in ("user", "need", "capability"):
                # Our own statements stay strict: OWM has no such line to be lenient about.
                self.error(
                    "E001",
                    f"'{keyword}' needs a name",
                    span,
                    hint=f"write {keyword} Name [visibility, evolution]",
                )
                return
            self.skip_nameless(keyword, span)
            return
        name = self.declared_name(rest[0])
        if not name:
            self.skip_nameless(keyword, span)
            return
        opts = self.options(rest[1:], allow_url=keyword == "submap")
        in_pipeline = in_block and self.block is not None and self.block.kind == "pipeline"
        position = Position()
        if "bracket" in opts:
            position = (
                self.position(
                    opts["bracket"],
                    in_pipeline=in_pipeline,
                    owm=keyword.lower() not in ("user", "need", "capability"),
                )
                or Position()
            )
        if keyword in ("market", "ecosystem"):  # OWM's old standalone statements
            # The keyword is the component's one decorator: `market X (build)` is a market.
            others = [opts.pop("method", None)] + [
                word for word in ("market", "ecosystem") if opts.pop(word, False)
            ]
            others = [word for word in others if word and word != keyword]
            if others:
                self.warn(
                    "W109",
                    f"{'an' if keyword == 'ecosystem' else 'a'} {keyword} takes no other "
                    "decorator: " + ", ".join(f"({word})" for word in others) + " ignored",
                    span,
                    hint=f"write component {name} [..] (decorator) for another kind",
                )
            opts[keyword] = True
            keyword = "component"
        pipeline = None
        if in_pipeline:
            assert self.block is not None
            owner = self.pipelines[self.block.index]
            pipeline = owner.name
            self.pipelines[self.block.index] = replace(owner, members=owner.members + (name,))
        self.add_component(
            Component(
                name=name,
                kind=DECLARED_KINDS.get(keyword) or Kind.CAPABILITY,
                keyword=keyword,
                position=position,
                **_decorations(opts),
                pipeline=pipeline,
                url=opts.get("url"),
                span=span,
            )
        )
        if "legacy_evolve" in opts:
            node = opts["legacy_evolve"]
            self.in_range(node.children[1:])
            value = self.number(node.children[1])
            if value is not None:
                self.evolves.append(
                    Evolve(name, Position(evolution=value), span=self.span_of(node))
                )
        if in_block and self.block is not None and self.block.kind == "overlay":
            self.join_overlay(name, self.span_of(rest[0]))

    def on_submap(self, tree: Tree, span: Span) -> None:
        self.on_component(tree, span)

    def add_component(self, component: Component) -> None:
        self.check_size(component.span)
        self.components.append(component)

    def check_size(self, span: Span | None, count: int = 1) -> None:
        """Everything drawn (components, notes, annotation markers, accelerators) counts towards
        the limit, so that no map of any shape takes minutes to lay out; ``count`` are added."""
        drawn = len(self.components) + len(self.notes) + self.markers + len(self.accelerators)
        if drawn <= self.limits[0] < drawn + count:
            self.error(
                "E018",
                f"more than {self.limits[0]:,} components, notes and annotations",
                span or Span(self.line_number, 1, self.line_number, 1),
                hint="split the map, or raise the limit: wardley --max-components N",
            )

    def on_method(self, tree: Tree, span: Span) -> None:
        name = tree.children[1]
        self.methods.append((self.name(name), str(tree.children[0]), self.span_of(name)))

    def on_url(self, tree: Tree, span: Span) -> None:
        name = str(tree.children[1])
        given = tree.children[2] if len(tree.children) > 2 else None
        if not (isinstance(given, str) and given.type == "ADDRESS" and given.strip()):
            # `url x [` or `url x []`: OWM reads an empty address, which links nowhere.
            self.warn(
                "W115",
                f"url {name} has no address; a submap's link to it will not be drawn",
                Span(
                    self.line_number, tree.children[1].column or 1, span.end_line, span.end_column
                ),
                hint=f"write its address: url {name} [https://…]",
            )
            rest = [n for n in tree.children[2:] if n is not given]
            self.ignore(rest, "a url has a name and an address only", "remove it")
            self.urls.append(Url(name, "", span))
            return
        address = str(given).strip()
        end = given.end_column - 1
        if self.code[end : end + 1] != "]":
            # OWM reads the rest of the line as the address.
            self.warn(
                "W128",
                f"the bracket of url {name} is never closed: the rest of the line is its "
                "address, as OWM reads it",
                self.span_of(tree.children[2]),
                hint=f"close the bracket: [{_shorten(address)}]",
            )
        self.ignore(tree.children[3:], "a url has a name and an address only", "remove it")
        if "[" in address:
            # `url docs [[https://…]`: OWM's address ends at the next '[', here none at all.
            read = address.split("[")[0].strip()
            self.warn(
                "W115",
                f"a '[' inside the address of url {name}: OWM reads the address up to it, "
                + (f"{_shorten(read)!r}" if read else "so none, and links nowhere"),
                self.span_of(tree.children[2]),
                hint=(
                    f"write '[' and ']' in an address as %5B and %5D: [{_shorten(read)}%5B…"
                    if read
                    else f"write url {name} [{_shorten(address.lstrip('[ '))}]"
                ),
            )
            if not read:
                self.urls.append(Url(name, "", span))
                return
            address = read
        if not address.lower().startswith(URL_SCHEMES):
            self.warn(
                "W115",
                f"url scheme not allowed: {address[:40]!r}; the link will not be drawn",
                self.span_of(tree.children[2]),
                hint="use an http://, https:// or mailto: address",
            )
        self.urls.append(Url(name, address, span))

    def ignore_misnamed_evolve(
        self, code: str, why: str, source: str, bracket: Token, inner: str
    ) -> None:
        """Warn of an evolve whose bracket OWM reads as part of the name: it evolves nothing."""
        self.warn(
            code,
            f"evolve ignored: {why}, and OWM takes '{source} {str(bracket).strip()}' as the "
            "name, which names no component",
            self.span_of(bracket),
            hint=f"write evolve {source} {inner}",
        )

    def stuck_target(self, stuck: Token, *, quoted: bool) -> Token:
        """``evolve Kettle 0.62–``: OWM reads the target the text starts with, as parseFloat
        does (0.62), and so do we, warning. After a quoted name OWM reads a target only when it
        is a number alone: there the token is returned as it is, to be ignored (warned)."""
        from lark import Token

        read = _JS_NUMBER.match(stuck)
        assert read is not None  # the grammar's STUCK_TARGET starts with one
        if quoted:
            message = f"ignored text {str(stuck)!r}: after a quoted name OWM reads a target only"
            message += " when it is a number alone"
        else:
            message = f"{str(stuck)!r} is read as {read.group()}, the number it starts with, as "
            message += "OWM reads it"
        self.warn(
            "W109",
            message,
            self.span_of(stuck),
            hint="write "
            + (
                self.code[: stuck.column - 1] + read.group() + self.code[stuck.end_column - 1 :]
            ).strip(),
        )
        return stuck if quoted else Token.new_borrow_pos("NUMBER", read.group(), stuck)

    def on_evolve(self, tree: Tree, span: Span) -> None:
        from lark import Tree

        names = [
            c
            for c in tree.children[1:]
            if isinstance(c, str) and c.type in ("EVOLVE_NAME", "QUOTED")
        ]
        if not names:
            self.skip_nameless("evolve", span)
            return
        source = self.declared_name(names[0])
        doubled = [c for c in tree.children if isinstance(c, str) and c.type == "DOUBLED"]
        if doubled:
            # OWM reads `evolve Kettle [[0.8]]` as evolving a component named "Kettle [[0.8]]".
            inner = _innermost(str(doubled[0]))[1:-1]
            self.ignore_misnamed_evolve(
                "W109", "OWM reads no numbers from a doubled bracket", source, doubled[0], inner
            )
            self.keep_as_comment(span)
            return
        target = self.declared_name(names[1]) if len(names) > 1 else None
        arrows = [c for c in tree.children if isinstance(c, str) and c.type == "ARROW"]
        if len(arrows) > 1:
            self.warn(
                "W109",
                f"'{''.join(arrows)}' gives no new name: OWM evolves {source} and reads none",
                Span(
                    self.line_number,
                    arrows[0].column or 1,
                    self.line_number,
                    arrows[-1].end_column or 1,
                ),
                hint=f"write one arrow: evolve {source}->{target}",
            )
            target = None
        if target is not None and normalise_name(target) == normalise_name(source):
            self.warn(
                "W123",
                f"'{source}' evolves into itself: the new name is the old one",
                self.span_of(names[1]),
                hint=f"leave out '-> {names[1]}': without a new name the component keeps its own",
            )
        rest = [
            c
            for c in tree.children[1:]
            if not (isinstance(c, str) and c.type in ("EVOLVE_NAME", "QUOTED", "ARROW"))
        ]
        position: Position | None = None
        if rest and isinstance(rest[0], str) and rest[0].type == "UNCLOSED":
            # OWM reads `evolve Kettle [0.8` as evolving a component named "Kettle [0.8".
            inner = str(rest[0]).strip()[1:].strip()
            self.ignore_misnamed_evolve(
                "W128", "the bracket is never closed", source, rest[0], inner
            )
            self.keep_as_comment(span)
            return
        if rest and isinstance(rest[0], str) and rest[0].type == "STUCK_TARGET":
            rest[0] = self.stuck_target(rest[0], quoted=names[0].type == "QUOTED")
            rest = rest[1:] if rest[0].type == "STUCK_TARGET" else rest
        if rest and isinstance(rest[0], str) and rest[0].type == "NUMBER":
            self.in_range(rest[:1])
            value = self.number(rest[0])
            position = Position(evolution=value) if value is not None else None
            rest = rest[1:]
            if position is None:
                return
        elif rest and not isinstance(rest[0], str) and rest[0].data == "bracket":
            items = self.coords(rest[0])
            if len(items) == 2 and items[1] is not None:
                # `evolve Power [0.1, 0.89]`: a whole position, whose evolution is the target.
                evolution = rest[0].children[1]
                written = (
                    str(evolution)
                    if isinstance(evolution, str)
                    else "[" + " ".join(map(str, evolution.children)) + "]"
                )
                self.warn(
                    "W109",
                    "evolve takes the new evolution only; the visibility is ignored",
                    self.span_of(rest[0].children[0]),
                    hint=f"write evolve {source} {written}; the evolved component keeps its "
                    "visibility",
                )
                items = items[1:]
                rest[0] = Tree("bracket", rest[0].children[1:])
            if len(items) != 1 or items[0] is None:
                if len(items) != 1:
                    self.error(
                        "E011",
                        "evolve takes the new evolution only",
                        self.span_of(rest[0]),
                        hint="write [commodity], [product 0.3] or a number; the visibility stays",
                    )
                return
            if items[0] == AUTO:
                self.error(
                    "E011",
                    "evolve takes the new evolution, not auto",
                    self.span_of(rest[0].children[0]),
                    hint="write evolve NAME 0.8 or evolve NAME [commodity]",
                )
                return
            self.in_range(rest[0].children)
            position = _evolution_position(None, items[0])
            rest = rest[1:]
        else:
            self.warn(
                "W116",
                f"evolve without a target evolution; using {DEFAULT_EVOLVE} as OWM does",
                span,
                hint=f"write evolve {source} 0.8 or evolve {source} [commodity]",
            )
            position = Position(evolution=DEFAULT_EVOLVE)
        opts = self.options(rest)
        if "bracket" in opts:
            self.second_position(opts["bracket"])
        self.evolves.append(
            Evolve(
                component=source,
                position=position,
                to=target,
                **_decorations(opts),
                span=span,
                name_spans=tuple(self.span_of(n) for n in names),
            )
        )

    def on_pipeline(self, tree: Tree, span: Span) -> None:
        if not isinstance(tree.children[1], str):
            self.skip_nameless("pipeline", span)
            return
        name = self.name(tree.children[1])
        bounds = None
        block = None
        ignored: list[Any] = []  # OWM reads the first bracket only
        for child in tree.children[2:]:
            if not isinstance(child, str) and child.data == "block":
                block = child
            elif isinstance(child, str) and child.type == "UNCLOSED" and not ignored:
                self.unreadable_bracket(child)  # OWM hides the pipeline, as with no span
                ignored.append(None)
            elif not isinstance(child, str) and child.data == "bracket" and not ignored:
                values = self.numbers(child, 2, "a pipeline's span", "pipeline NAME [0.2, 0.8]")
                if values is not None:
                    bounds = (values[0], values[1])
                ignored.append(None)  # a marker: the span is read
            else:
                ignored.append(child)
        self.ignore(
            [node for node in ignored if node is not None],
            "a pipeline's line has its name and span only",
            "remove it; a pipeline's members go in a { } block",
        )
        self.pipelines.append(
            Pipeline(name, bounds=bounds, span=span, name_spans=(self.span_of(tree.children[1]),))
        )
        self.open_block("pipeline", len(self.pipelines) - 1, block)

    def on_overlay(self, tree: Tree, span: Span) -> None:
        name = self.name(tree.children[1])
        colour = None
        block = None
        for child in tree.children[2:]:
            if isinstance(child, str) and child.type == "COLOUR":
                colour = str(child).strip("() \t")
                if not is_colour(colour):
                    self.warn(
                        "W117",
                        f"unknown colour '{colour}'; the overlay will be grey",
                        self.span_of(child),
                        hint="use a CSS colour name such as yellow, or #rrggbb",
                    )
            elif not isinstance(child, str) and child.data == "block":
                block = child
        self.overlays.append(Overlay(name, colour=colour, span=span))
        self.open_block("overlay", len(self.overlays) - 1, block)

    def on_member(self, tree: Tree, span: Span) -> None:
        """A bare name in a block: an overlay member, or a pipeline stage."""
        assert self.block is not None
        name = self.name(tree.children[0])
        opts = self.options(tree.children[1:])
        if self.block.kind == "overlay":
            if "bracket" in opts or "label" in opts:
                self.warn(
                    "W109",
                    "an overlay lists names only; the position is ignored",
                    span,
                    hint="declare the component with its position outside the overlay",
                )
            self.join_overlay(name, self.span_of(tree.children[0]))
            return
        position = Position()
        if "bracket" in opts:
            position = self.position(opts["bracket"], in_pipeline=True) or Position()
        pipeline = self.pipelines[self.block.index]
        self.members.append(
            _Member(pipeline.name, name, position, opts.get("label"), span, opts.get("label_span"))
        )
        self.pipelines[self.block.index] = replace(pipeline, members=pipeline.members + (name,))

    def join_overlay(self, name: str, name_span: Span) -> None:
        assert self.block is not None
        overlay = self.overlays[self.block.index]
        self.overlays[self.block.index] = replace(
            overlay,
            members=overlay.members + (name,),
            name_spans=overlay.name_spans + (name_span,),
        )

    def skip_nameless(self, keyword: str, span: Span) -> None:
        """A statement with no name: warned about and kept as a comment, never drawn."""
        self.warn("W113", f"'{keyword}' without a name is ignored", span)
        self.keep_as_comment(span)

    def second_position(self, bracket: Tree) -> None:
        self.warn(
            "W109",
            "a second position is ignored; the first one counts, as in OWM",
            self.span_of(bracket),
            hint="keep one",
        )

    def setting_bracket(self, tree: Tree, why: str, span: Span) -> Tree | None:
        """A setting's value (size, annotations, an attitude's corners): its first bracket. A
        bare keyword is no such line to OWM, and is reported as ignored."""
        if len(tree.children) == 1:
            self.warn("W113", f"'{tree.children[0]}' without a value is ignored, as in OWM", span)
            return None
        return self.first_bracket(tree.children[1:], why)

    def first_bracket(self, rest: list[Any], why: str) -> Tree | None:
        """The first bracket of ``rest``, wherever it stands, as OWM reads it; text before and
        after it is ignored with a warning. With none, OWM keeps its default."""
        at = next((i for i, n in enumerate(rest) if getattr(n, "data", None) == "bracket"), None)
        before = rest if at is None else rest[:at]
        doubled = [n for n in before if isinstance(n, str) and n.type in ("DOUBLED", "UNCLOSED")]
        for node in doubled:
            self.unreadable_bracket(node)
        self.ignore([n for n in before if n not in doubled], why, "remove it")
        if at is None:
            return None
        self.ignore(rest[at + 1 :], why, "remove it")
        return rest[at]

    def unreadable_bracket(self, token: Token) -> None:
        """`[[0.4, 0.6]]`, or `[0.4, 0.6` never closed: OWM reads no numbers from it, so
        neither do we (a component is placed for you); the fix is plain."""
        if token.type == "UNCLOSED":
            self.warn(
                "W128",
                f"the bracket {_shorten(str(token))!r} is never closed: ignored, as OWM reads "
                "no numbers from it",
                self.span_of(token),
                hint=f"close the bracket: {_shorten(str(token).rstrip())}]",
            )
            return
        inner = _innermost(str(token))
        self.warn(
            "W109",
            f"ignored text {_shorten(str(token))!r}: OWM reads no numbers from a doubled bracket",
            self.span_of(token),
            hint=f"write one pair of brackets: {_shorten(inner)}",
        )

    def ignore(self, nodes: list[Any], why: str | None, hint: str) -> None:
        """One warning for text OWM reads past: from the first of ``nodes`` to the last, and
        ``why`` it is not read, if that needs saying."""
        if not nodes:
            return
        last_node = nodes[-1]
        if getattr(last_node, "data", None) == "label":
            last_node = last_node.children[-1]  # its bracket, whose span holds the `]`
        first, last = self.span_of(nodes[0]), self.span_of(last_node)
        text = self.code[first.column - 1 : last.end_column - 1]
        self.warn(
            "W109",
            f"ignored text {_shorten(text)!r}" + (f": {why}, as in OWM" if why else ""),
            Span(self.line_number, first.column, self.line_number, last.end_column),
            hint=hint,
        )

    def on_note(self, tree: Tree, span: Span) -> None:
        text_token = tree.children[1]
        if not (isinstance(text_token, str) and text_token.type in ("NOTE_TEXT", "QUOTED")):
            # OWM draws an empty text, which shows nothing.
            self.warn("W113", "'note' without text is ignored", span)
            self.keep_as_comment(span)
            return
        text = self.name(text_token) if str(text_token).startswith('"') else str(text_token).strip()
        junk = [c for c in tree.children[2:] if isinstance(c, str) and c.type == "JUNK"]
        # `note "OOG" = "Out of game" [..]`: OWM shows the quoted text only.
        if str(text_token).startswith('"'):
            why, hint = "a note's text ends at its closing quote", "put all of the text in quotes"
        else:
            why, hint = "a note's text ends at its position", "write the text before the position"
        self.ignore(junk, why, hint)
        opts = self.options([c for c in tree.children[2:] if c not in junk])
        if "label" in opts:
            self.warn("W109", "a note has no label offset; ignored", span)
        position = Position()
        if "bracket" in opts:
            position = self.position(opts["bracket"]) or Position()
        self.check_size(span)
        self.notes.append(Note(text, position, span))

    def on_annotation(self, tree: Tree, span: Span) -> None:
        number_token = tree.children[1]
        value = self.number(number_token)
        if value is None:
            return
        if value != int(value):
            self.warn(
                "W109",
                f"an annotation number is a whole number: {number_token} is read as "
                f"{int(value)}, as in OWM",
                self.span_of(number_token),
                hint=f"write annotation {int(value)}",
            )
        if not any(getattr(child, "data", None) == "places" for child in tree.children[2:]):
            # OWM reads no annotation from a line with no place: nothing is drawn.
            self.warn(
                "W109",
                f"annotation {number_token} has no place: ignored, as OWM ignores it",
                span,
                hint=f"give it a place: annotation {number_token} [0.5, 0.5] text",
            )
            self.keep_as_comment(span)
            return
        places: list[Position] = []
        text = ""
        for child in tree.children[2:]:
            if not isinstance(child, str) and child.data == "places":
                if id(child) in self.joined:  # `[0.5,, 0.6]`: no evolution read
                    values = self.numbers(child, 1, "an annotation place", "[0.5, 0.6]")
                    values = values and [values[0], DEFAULT_ANNOTATION_EVOLUTION]
                else:
                    values = self.joined_place(child) or self.numbers(
                        child, 2, "an annotation place", "[0.5, 0.6]"
                    )
                if values is None:
                    return
                places.append(Position(visibility=values[0], evolution=values[1]))
            elif isinstance(child, str) and child.type == "ANNOTATION_TEXT":
                text = str(child).strip()
            elif not isinstance(child, str) and child.data == "stray_close":
                stray = self.span_of(child)
                written = self.code[span.column - 1 : stray.column - 1].rstrip()
                after = self.code[stray.end_column - 1 :].strip()
                self.warn(
                    "W109",
                    f"{self.code[stray.column - 1 : stray.end_column - 1]!r} closes no bracket: "
                    "ignored, as OWM ignores it",
                    stray,
                    hint=f"write {written} {after}".rstrip(),
                )
            elif isinstance(child, str) and child.type == "ANNOTATION_LEAD":
                after = self.code[child.end_column - 1 :].strip()
                self.warn(
                    "W109",
                    f"ignored text {_shorten(str(child))!r}: OWM reads an annotation's text "
                    "after its place",
                    self.span_of(child),
                    hint=f"write it after the place: annotation {number_token} {after} {child}",
                )
        # One line may place a marker thousands of times: each place is drawn, and counts.
        self.check_size(span, len(places))
        self.markers += len(places)
        self.annotations.append(Annotation(int(value), tuple(places), text, span))

    def joined_place(self, place: Tree) -> list[float] | None:
        """``[0.4 0.5]`` as an annotation's place: OWM reads the numbers as one (0.4) and its
        default evolution, 0.1; so do we, warning. None when the place has its comma."""
        numbers = place.children
        read = self.spaced_numbers(numbers)
        if read is None:
            return None
        self.warn(
            "W109",
            f"no ',' between the numbers of [{' '.join(numbers)}]: OWM reads them as one, "
            f"{float(read.group()):g}, and the evolution as its default, "
            f"{DEFAULT_ANNOTATION_EVOLUTION}",
            self.span_of(place),
            hint=f"write [{', '.join(numbers)}]",
        )
        self.in_range(numbers[:1])
        return [float(read.group()), DEFAULT_ANNOTATION_EVOLUTION]

    def on_annotations(self, tree: Tree, span: Span) -> None:
        bracket = self.setting_bracket(tree, "annotations has a position only", span)
        if bracket is None:
            self.reset_setting(tree, "annotations", span)
            return
        values = self.numbers(bracket, 2, "annotations", "annotations [0.9, 0.1]")
        if values is not None:
            self.annotations_position = Position(visibility=values[0], evolution=values[1])
            self.set("annotations", span)

    def on_accelerator(self, tree: Tree, span: Span) -> None:
        keyword = str(tree.children[0])
        first = tree.children[1] if len(tree.children) > 1 else None
        if not (isinstance(first, str) and first.type in ("DECL_NAME", "QUOTED")):
            self.skip_nameless(keyword, span)
            return
        name = self.name(first)
        position = Position()
        # OWM takes the first bracket as the position, even after stray text such as the
        # `= "y"` of `accelerator "x" = "y" [0.5, 0.6]`; what is not the position is ignored.
        article = "an" if keyword == "accelerator" else "a"
        bracket = self.first_bracket(
            tree.children[2:], f"{article} {keyword} has a name and a position only"
        )
        if bracket is not None:
            values = self.numbers(bracket, 2, keyword, f"{keyword} {name} [0.5, 0.6]")
            if values is not None:
                position = Position(visibility=values[0], evolution=values[1])
        self.check_size(span)
        self.accelerators.append(Accelerator(name, position, keyword == "deaccelerator", span))

    def on_attitude(self, tree: Tree, span: Span) -> None:
        keyword = str(tree.children[0])
        cut = next(line.cut_bracket for line in self.lines if line.number == span.line)
        bracket = (
            None
            if cut and len(tree.children) == 1
            else self.setting_bracket(tree, f"{keyword} has its area's corners only", span)
        )
        if bracket is None:
            if len(tree.children) > 1 or cut:
                # OWM draws `settlers …` with no readable corners at its default area, a
                # bracket a `//` cut short too.
                self.warn(
                    "W109",
                    f"{keyword} without readable corners: drawn at OWM's default area "
                    f"{list(DEFAULT_ATTITUDE)}",
                    span,
                    hint=f"write {keyword} [visibility1, evolution1, visibility2, evolution2]",
                )
                self.attitudes.append(Attitude(keyword, DEFAULT_ATTITUDE, span))
            else:
                self.keep_as_comment(span)
            return
        if _too_few_numbers(bracket, 4):
            # OWM gives each corner not written its default: `settlers [0.5]` is drawn.
            given = [self.number(n) for n in bracket.children]
            if None in given:
                return  # a number too large (E008)
            corners = (*given, *DEFAULT_ATTITUDE[len(given) :])
            area = ", ".join(f"{v:g}" for v in corners)
            self.warn(
                "W109",
                f"{keyword} takes 4 numbers, the corners [visibility, evolution, visibility, "
                f"evolution]: those not given are OWM's defaults, so the area is [{area}]",
                self.span_of(bracket),
                hint=f"write all four: {keyword} [{area}]",
            )
            self.in_range(bracket.children)
            self.attitudes.append(
                Attitude(keyword, (corners[0], corners[1], corners[2], corners[3]), span)
            )
            return
        values = self.numbers(bracket, 4, keyword, f"{keyword} [0.9, 0.1, 0.8, 0.3]")
        if values is not None:
            self.attitudes.append(
                Attitude(keyword, (values[0], values[1], values[2], values[3]), span)
            )

    def on_team(self, tree: Tree, span: Span) -> None:
        keyword = str(tree.children[0])
        name = self.name(tree.children[1])
        values = self.numbers(
            tree.children[2], 4, keyword, f"{keyword} {name} [0.9, 0.1, 0.7, 0.4]"
        )
        if values is not None:
            area = (values[0], values[1], values[2], values[3])
            self.overlays.append(Overlay(name, keyword=keyword, area=area, span=span))

    def on_link_chain(self, tree: Tree, span: Span) -> None:
        names: list[str] = []
        name_spans: list[Span] = []
        operators: list[tuple[str, str | None]] = []
        label = None
        empty_end: Token | None = None  # an operator with no name on one side
        for child in tree.children:
            if isinstance(child, str):
                if child.type in ("NAME", "QUOTED", "LINK_START"):
                    names.append(self.name(child))
                    name_spans.append(self.span_of(child))
                elif child.type == "LINK_OP":
                    if len(names) == len(operators) and empty_end is None:
                        empty_end = child
                    operators.append(_link_operator(str(child)))
                elif child.type == "TEXT":
                    label = str(child).strip()
                elif child.type == "DECORATOR":
                    self.warn(
                        "W109",
                        f"decorator {str(child)!r} on a link is ignored",
                        self.span_of(child),
                        hint="decorators belong on the component's declaration",
                    )
            elif not isinstance(child, str) and child.data == "bracket":
                self.warn(
                    "W109",
                    "a link has no position; ignored",
                    self.span_of(child),
                    hint="give the position on the component's declaration",
                )
        if empty_end is None and len(names) == len(operators):
            empty_end = next(
                c for c in reversed(tree.children) if isinstance(c, str) and c.type == "LINK_OP"
            )
            if len(names) >= 2:
                # `A->B ->`: OWM links its first two names, so the links before the operator
                # with nothing after it stand, and it is ignored.
                self.warn(
                    "W120",
                    f"{str(empty_end)!r} with no name after it is ignored, as in OWM",
                    self.span_of(empty_end),
                    hint="remove it, or write the name it links to",
                )
                operators.pop()
                empty_end = None
        if empty_end is not None:
            # OWM links a name to an empty one, which matches nothing: the line is not drawn.
            self.warn(
                "W120",
                f"{str(empty_end)!r} needs a name on each side; the line is ignored (as OWM does)",
                self.span_of(empty_end),
                hint="write a link as 'A -> B', or make the line a comment with //",
            )
            self.keep_as_comment(span)
            return
        if _AXIS_LINE.match(names[0]):
            # Older OWM maps label the y-axis so: a link between names nothing declares, which
            # OWM reads and never draws.
            self.warn(
                "W120",
                f"'{names[0].split()[0]} …' labels an axis in older OWM maps; OWM draws nothing "
                "for it, and the line is ignored",
                name_spans[0],
                hint="make the line a comment with //",
            )
            self.keep_as_comment(span)
            return
        if len(self.links) + len(operators) > self.limits[1] >= len(self.links):
            self.error(
                "E018",
                f"more than {self.limits[1]:,} links",
                span,
                hint="split the map, or raise the limit: wardley --max-links N",
            )
        for index, (operator, flow_label) in enumerate(operators):
            last = index == len(operators) - 1
            self.links.append(
                Link(
                    names[index],
                    names[index + 1],
                    operator,
                    flow_label,
                    label if last else None,
                    span,
                    tuple(name_spans[index : index + 2]),
                )
            )

    # ---- assembling the map ---------------------------------------------------------------------
    def finish(self) -> Map:
        self.resolve_members()
        self.apply_methods()
        components = self.infer_kinds()
        return Map(
            title=self.title,
            components=tuple(components),
            links=tuple(self.links),
            evolves=tuple(self.evolves),
            pipelines=tuple(self.pipelines),
            overlays=tuple(self.overlays),
            notes=tuple(self.notes),
            annotations=tuple(self.annotations),
            annotations_position=self.annotations_position,
            accelerators=tuple(self.accelerators),
            attitudes=tuple(self.attitudes),
            urls=tuple(self.urls),
            style=self.style,
            size=self.size,
            evolution_labels=self.evolution_labels,
            evolution_hidden=self.evolution_hidden,
            valuechain_hidden=self.valuechain_hidden,
            comments=tuple(
                sorted(
                    [c for line in self.lines for c in line.comments] + self.ignored,
                    key=lambda c: (c.span.line, c.span.column) if c.span else (0, 0),
                )
            ),
            setting_spans=tuple(self.setting_spans),
            diagnostics=tuple(self.diagnostics),
            path=self.path,
        )

    def resolve_members(self) -> None:
        """A bare pipeline member names a declared component, or declares a new capability."""
        declared = {normalise_name(c.name): i for i, c in enumerate(self.components)}
        for member in self.members:
            key = normalise_name(member.name)
            if key in declared:
                index = declared[key]
                existing = self.components[index]
                if existing.pipeline is not None and existing.pipeline != member.pipeline:
                    self.warn(
                        "W118",
                        f"'{member.name}' is already in pipeline '{existing.pipeline}'",
                        member.span,
                    )
                    continue
                if member.position.x is not None and existing.position.x is not None:
                    self.warn(
                        "W105",
                        f"'{member.name}' is declared with a position already; this one is ignored",
                        member.span,
                        hint="give the position in one place",
                        related=(
                            (Related("declared with its position here", existing.span),)
                            if existing.span
                            else ()
                        ),
                    )
                    member.position = Position()
                new_position = existing.position
                if member.position.x is not None:
                    new_position = replace(
                        existing.position,
                        evolution=member.position.evolution,
                        stage=member.position.stage,
                        within=member.position.within,
                    )
                self.components[index] = replace(
                    existing, pipeline=member.pipeline, position=new_position
                )
            else:
                declared[key] = len(self.components)
                self.components.append(
                    Component(
                        name=member.name,
                        kind=Kind.CAPABILITY,
                        keyword="member",
                        position=member.position,
                        label=member.label,
                        pipeline=member.pipeline,
                        span=member.span,
                        label_span=member.label_span,
                    )
                )

    def apply_methods(self) -> None:
        for name, method, span in self.methods:
            key = normalise_name(name)
            for index, component in enumerate(self.components):
                if normalise_name(component.name) == key:
                    if component.method is None:
                        self.components[index] = replace(component, method=method)
                    break
            else:
                self.warn("W102", f"'{method} {name}': no component called '{name}'", span)

    def infer_kinds(self) -> list[Component]:
        """An untyped component linked from a user is a need; any other is a capability."""
        users = {normalise_name(c.name) for c in self.components if c.kind is Kind.USER}
        needs = {
            normalise_name(link.target)
            for link in self.links
            if normalise_name(link.source) in users
        }
        out = []
        for component in self.components:
            if component.declared_kind is None:
                kind = Kind.NEED if normalise_name(component.name) in needs else Kind.CAPABILITY
                if kind is not component.kind:
                    component = replace(component, kind=kind)
            out.append(component)
        return out


def _decorations(opts: dict[str, Any]) -> dict[str, Any]:
    """What a component and an evolve share: label offset, inertia and decorators."""
    return {
        "label": opts.get("label"),
        "label_span": opts.get("label_span"),
        "inertia": opts.get("inertia", False),
        "method": opts.get("method"),
        "market": opts.get("market", False),
        "ecosystem": opts.get("ecosystem", False),
        "tags": opts["tags"],
    }


#: An arrow mistyped as `=>` or `- >`, between two names.
_MISTYPED_ARROW = re.compile(r"(?<=\S)\s*(=+>|-+\s+>)\s*(?=\S)")


def _end_token(tree: Tree, last: bool = False) -> Token | None:
    """A tree's first token (or its last), depth first: where its text starts (or ends)."""
    for child in reversed(tree.children) if last else tree.children:
        found = child if isinstance(child, str) else _end_token(child, last)
        if found is not None:
            return found
    return None


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _evolution_position(visibility: float | None, item: Any) -> Position:
    if item is None or item == AUTO:
        return Position(visibility=visibility)
    if isinstance(item, tuple):
        return Position(visibility=visibility, stage=item[0], within=item[1])
    return Position(visibility=visibility, evolution=item)


def _innermost(doubled: str) -> str:
    """The bracket inside a doubled one: `[0.4, 0.6]` in `[[0.4, 0.6]]` or `[[0.4, 0.6]`."""
    inner = re.search(r"\[[^\[\]]*\]", doubled)
    assert inner is not None  # the grammar's DOUBLED holds one
    return inner.group()


def _point(comma: re.Match[str]) -> str:
    return f"{comma[1]}.{comma[2]}"


def _too_few_numbers(bracket: Tree, count: int) -> bool:
    """``[5]`` or ``[]`` where ``count`` numbers are wanted (words are another mistake)."""
    items = bracket.children
    return len(items) < count and all(isinstance(n, str) and n.type == "NUMBER" for n in items)


def _link_operator(text: str) -> tuple[str, str | None]:
    """``+'$0.10'>`` is a flow ``+>`` with the flow label ``$0.10``."""
    if text.startswith("+'"):
        end = text.rindex("'")  # the value may hold a `'` itself: `+'user's fee'>`
        return "+" + text[end + 1 :], text[2:end]
    return text, None
