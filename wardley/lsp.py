"""The language server: ``wardley lsp`` speaks the Language Server Protocol on stdin and stdout.

What an editor gets: diagnostics as you type (the same codes and places as ``wardley check``),
completion of keywords, stage names and component names, hover, go to definition, find
references, rename, an outline, formatting (``wardley fmt``) and quick fixes.

The module has two layers. :class:`Analysis` is one version of one document, read once: its
diagnostics, its map, and every place a component's name is written in it. It knows nothing of
the protocol, and all positions in it are 0-based lines and code points. The pygls server at
the bottom turns requests into questions to an :class:`Analysis` and the answers into protocol
types, converting columns to the client's units (UTF-16 unless it asks for another).

The model gives the span of each statement; a link's span is its whole line, so the names on a
line are found in its text: a name matches ignoring case and runs of white space, and only where
it fills a whole part of the statement (between the keyword, link operators, ``;``, braces, a
bracket or trailing options), so that ``Tea`` is not found inside ``Cup of Tea``.
"""

from __future__ import annotations

import difflib
import re
import sys
from dataclasses import field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from wardley import __version__
from wardley._dataclass import dataclass
from wardley.diagnostics import Diagnostic, MapError, Severity, Span, split_lines
from wardley.link_operator import LINK_OPERATOR
from wardley.model import Map, normalise_name

try:  # the server needs pygls (pip install 'wardley[lsp]'); the analysis does not
    from cattrs import ClassValidationError, transform_error
    from lsprotocol import types
    from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams, JsonRpcInvalidRequest
    from pygls.lsp.server import LanguageServer
    from pygls.protocol import LanguageServerProtocol

    _MISSING: ModuleNotFoundError | None = None
except ModuleNotFoundError as error:  # pragma: no cover - reported by main()
    _MISSING = error

if TYPE_CHECKING:
    from wardley.geometry.placement import Placement

# ---- the roles a name plays where it is written -------------------------------------------------
DECLARATION = "declaration"  # component X, user X, a pipeline member that declares X
EVOLVED = "evolved"  # the new name in `evolve A -> B`: declares B
LINK = "link"
EVOLVE = "evolve"  # the component in `evolve A ...`
PIPELINE = "pipeline"  # pipeline X (named after a component)
MEMBER = "member"  # a name listed in a pipeline or overlay block
METHOD = "method"  # build X, buy X, outsource X
DEFINING = (DECLARATION, EVOLVED)

#: Keywords after which a component's name follows.
_NAME_KEYWORDS = (
    "component", "anchor", "user", "need", "capability", "submap", "market", "ecosystem",
    "evolve", "pipeline", "build", "buy", "outsource",
)  # fmt: skip
_AFTER_KEYWORD = re.compile(r"\s*(?:" + "|".join(_NAME_KEYWORDS) + r")\s+")
#: What may stand before a name: a link operator, `;`, a brace.
_LEFT = re.compile(r"(?:->|\+<>|\+<|\+>|'<>|'<|'>|[;{}])$")
#: What may follow a name: a link operator, a bracket, `;`, a brace, a decorator, options.
_RIGHT = re.compile(
    r"\s*(?:$|->|\+<>|\+<|\+>|\+'|[\[\];{}(]|label\s*\[|inertia\b|url\(|evolve\s+[-+.\d])"
)
_RIGHT_NUMBER = re.compile(r"\s+[-+]?(?:\d|\.\d)")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "[": "[", "]": "]"}
_LINK_OPERATOR = re.compile(LINK_OPERATOR)
_METHOD_LINE = re.compile(r"\s*(build|buy|outsource)\s+(\S.*?)\s*$")
_DID_YOU_MEAN = re.compile(r"did you mean '(.+)'\?")
_LOWER_CASE = re.compile(r"keywords are lower case: write '(.+)'")
_NOT_DECLARED = ", which is not declared"
_NO_COMPONENT = re.compile(r"no component called '(.*)'$")
#: Mermaid's arrows and flows: what may stand before and after a name there.
_MERMAID_LEFT = re.compile(r"[<>{]$")
_MERMAID_RIGHT = re.compile(
    r"\s*(?:$|-->|-\.->|->|>|\+<>|\+<|\+>|\+'|[\[;{(]|label\s*\[|inertia\b)"
)
#: Mermaid's strings: in double or single quotes.
_MERMAID_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
#: Mermaid's statements, for completion.
_MERMAID_KEYWORDS = (
    "title", "accTitle: ", "accDescr: ", "size", "evolution", "anchor", "component", "evolve",
    "pipeline", "note", "annotations", "annotation", "accelerator", "deaccelerator",
)  # fmt: skip
_BETTER_OFFSET = re.compile(r"write (label \[[^\]]*\])")
#: Keywords of statements whose brackets hold no stage.
_NO_STAGES = (
    "size", "annotation", "annotations", "pioneers", "settlers", "townplanners", "url", "note",
    "accelerator", "deaccelerator", "streamAlignedTeam", "enablingTeam", "platformTeam",
    "complicatedSubsystemTeam",
)  # fmt: skip
_BLOCK_KEYWORDS = ("component", "capability", "evolve")
_TEAM_KEYWORDS = ("streamAlignedTeam", "enablingTeam", "platformTeam", "complicatedSubsystemTeam")


def _unquote(literal: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), literal[1:-1])


@lru_cache(maxsize=4096)
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(word) for word in key.split()), re.IGNORECASE)


def _md(text: str) -> str:
    """Text shown as itself in Markdown."""
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", text.replace("\n", " "))


def _quote(name: str) -> str:
    try:
        from wardley.fmt import quote

        return quote(name)
    except ImportError:  # pragma: no cover
        escaped = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'


def _written(name: str, terminal: str = "NAME", *, starts_line: bool = False) -> str:
    """A name as it must be written in this place: as is, or quoted."""
    try:
        from wardley.fmt import name as fmt_name

        return fmt_name(name, terminal, starts_line=starts_line)
    except Exception:  # the formatter's rules moved: fall back to the obvious cases
        plain = (
            name == name.strip()
            and name.isprintable()
            and not re.search(r'[\[\]{};"]|//|/\*', name)
            and not _LINK_OPERATOR.search(name)
        )
        if plain:
            return name
        return _quote(name)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One place where a component's name is written: 0-based line, code points, end exclusive."""

    key: str
    name: str
    line: int
    start: int
    end: int
    role: str
    quoted: bool = False


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace (line, start) .. (end_line, end) with ``text``; 0-based, code points."""

    line: int
    start: int
    end_line: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Fix:
    title: str
    diagnostic: Diagnostic
    edits: tuple[Edit, ...]
    preferred: bool = False


@dataclass(frozen=True, slots=True)
class Completion:
    label: str
    kind: str  # "keyword", "stage" or a component's kind
    detail: str
    line: int
    start: int  # the edit replaces (line, start) .. the cursor
    text: str
    sort: str = "1"


@dataclass(frozen=True, slots=True)
class Symbol:
    name: str
    kind: str
    detail: str
    range: tuple[int, int, int, int]  # line, start, end_line, end
    selection: tuple[int, int, int, int]
    children: tuple[Symbol, ...] = ()


@dataclass
class Analysis:
    """One version of one document: its diagnostics, its map, and where its names are."""

    text: str
    lines: list[str] = field(init=False)
    bom: bool = field(init=False)
    #: The map, when the text has no errors.
    map: Map | None = field(init=False, default=None)
    #: A Mermaid ``wardley-beta`` diagram (its own names, comments and keywords).
    mermaid: bool = field(init=False, default=False)
    #: Every problem, as ``wardley check`` reports them.
    diagnostics: list[Diagnostic] = field(init=False, default_factory=list)
    #: The last version of the document without errors: its names are still offered while
    #: the author types.
    previous: Analysis | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        from wardley import api
        from wardley.mermaid_reader import is_mermaid

        self.bom = self.text.startswith("\ufeff")
        self.mermaid = is_mermaid(self.text)
        self.lines = split_lines(self.text)
        try:
            self.map = api.parse(self.text)
            self.diagnostics = api.check(self.map, offsets=True)
        except MapError as error:
            self.diagnostics = list(error.diagnostics)

    # ---- the model, even while the text has errors ----------------------------------------------
    @cached_property
    def model(self) -> Map:
        """The map; with errors, the map of the text without its bad lines (for navigation)."""
        if self.map is not None:
            return self.map
        from wardley import api

        bad: set[int] = set()
        problems = self.diagnostics
        for _ in range(4):
            lines = {
                n
                for d in problems
                if d.severity is Severity.ERROR
                for n in range(d.span.line, d.span.end_line + 1)
            }
            if not lines - bad:
                break
            bad |= lines
            text = "\n".join("" if n in bad else t for n, t in enumerate(self.lines, start=1))
            try:
                return api.parse(text)
            except MapError as error:
                problems = error.diagnostics
        return Map()

    @cached_property
    def code(self) -> list[str]:
        """Each line with its comments blanked out (columns stay true)."""
        if self.mermaid:
            from wardley.mermaid_reader import code_lines

            return [
                c.ljust(len(t)) for c, t in zip(code_lines(self.text), self.lines, strict=False)
            ]
        try:
            from wardley.parser import scan

            scanned = {line.number: line.code for line in scan(self.text)[0]}
        except Exception:  # pragma: no cover - the scanner's interface moved
            scanned = {n: re.sub(r"//.*", "", t) for n, t in enumerate(self.lines, start=1)}
        return [scanned.get(n, "").ljust(len(text)) for n, text in enumerate(self.lines, start=1)]

    def code_line(self, line: int) -> str:
        return self.code[line] if 0 <= line < len(self.code) else ""

    @cached_property
    def placements(self) -> dict[str, Placement]:
        from wardley.geometry.placement import place

        try:
            return place(self.model)
        except Exception:  # pragma: no cover - hover then shows what was given
            return {}

    # ---- names ----------------------------------------------------------------------------------
    @cached_property
    def known(self) -> dict[str, str]:
        """Normalised name -> the name as declared, for components and evolved names."""
        names: dict[str, str] = {}
        for c in self.model.components:
            names.setdefault(normalise_name(c.name), c.name)
        for e in self.model.evolves:
            if e.to:
                names.setdefault(normalise_name(e.to), e.to)
        return names

    def find(
        self, line: int, name: str, start: int = 0, end: int | None = None, numbers: bool = False
    ) -> list[tuple[int, int, bool]]:
        """Where ``name`` is written as a whole name on a line: (start, end, quoted)."""
        code = self.code_line(line)
        end = len(code) if end is None else end
        key = normalise_name(name)
        if not key:
            return []
        strings = _MERMAID_QUOTED if self.mermaid else _QUOTED
        quoted = [(m.start(), m.end(), _unquote(m.group())) for m in strings.finditer(code)]
        hits = [
            (s, e, True)
            for s, e, value in quoted
            if s >= start and e <= end and normalise_name(value) == key
        ]
        for match in _pattern(key).finditer(code, start, end):
            s, e = match.span()
            if any(qs <= s < qe for qs, qe, _ in quoted):
                continue
            before = code[:s]
            left, right = (_MERMAID_LEFT, _MERMAID_RIGHT) if self.mermaid else (_LEFT, _RIGHT)
            left_ok = (
                not before.strip()
                or left.search(before.rstrip()) is not None
                or _AFTER_KEYWORD.fullmatch(before) is not None
            )
            after = code[e:]
            right_ok = right.match(after) is not None or (
                numbers and _RIGHT_NUMBER.match(after) is not None
            )
            if left_ok and right_ok:
                hits.append((s, e, False))
        return sorted(hits)

    @cached_property
    def occurrences(self) -> list[Occurrence]:
        """Every place a component's (or an evolved component's) name is written."""
        found: dict[tuple[int, int, int], Occurrence] = {}

        def add(
            line: int,
            name: str,
            role: str,
            start: int = 0,
            end: int | None = None,
            *,
            first: bool = False,
            numbers: bool = False,
        ) -> None:
            hits = self.find(line, name, start, end, numbers)
            for s, e, quoted in hits[:1] if first else hits:
                occurrence = Occurrence(normalise_name(name), name, line, s, e, role, quoted)
                found.setdefault((line, s, e), occurrence)

        m = self.model
        for c in m.components:
            if c.span is not None:
                add(c.span.line - 1, c.name, DECLARATION, c.span.column - 1, first=True)
        for e in m.evolves:
            if e.span is None:
                continue
            line = e.span.line - 1
            add(line, e.component, EVOLVE, e.span.column - 1, first=True, numbers=True)
            if e.to:
                add(line, e.to, EVOLVED, e.span.column - 1, first=True, numbers=True)
        by_line: dict[int, set[str]] = {}
        for link in m.links:
            if link.span is not None:
                by_line.setdefault(link.span.line - 1, set()).update((link.source, link.target))
        for line, names in by_line.items():
            for name in names:
                add(line, name, LINK)
        for p in m.pipelines:
            if p.span is None:
                continue
            add(p.span.line - 1, p.name, PIPELINE, p.span.column - 1, first=True)
            self._members(add, p.span, p.members)
        for o in m.overlays:
            if o.span is not None and o.members:
                self._members(add, o.span, o.members)
        for line, code in enumerate(self.code):
            match = _METHOD_LINE.match(code)
            if match and not _LINK_OPERATOR.search(code):
                written = match.group(2)
                name = _unquote(written) if _QUOTED.fullmatch(written) else written
                if normalise_name(name) in self.known:
                    add(line, name, METHOD, match.start(2), first=True)
        # A short name found inside a longer one on the same line is not an occurrence.
        ordered = sorted(found.values(), key=lambda o: (o.line, o.start, -o.end))
        kept: list[Occurrence] = []
        for o in ordered:
            if kept and kept[-1].line == o.line and kept[-1].end >= o.end:
                continue
            kept.append(o)
        return kept

    def _members(self, add: Any, span: Span, members: tuple[str, ...]) -> None:
        first = span.line - 1
        brace = self.code_line(first).find("{", span.column - 1)
        if brace < 0:
            return
        for line in range(first, span.end_line):
            start = brace + 1 if line == first else 0
            end = span.end_column - 1 if line == span.end_line - 1 else None
            for name in set(members):
                add(line, name, MEMBER, start, end)

    @cached_property
    def _by_key(self) -> dict[str, list[Occurrence]]:
        index: dict[str, list[Occurrence]] = {}
        for o in self.occurrences:
            index.setdefault(o.key, []).append(o)
        return index

    def at(self, line: int, column: int) -> Occurrence | None:
        """The name written at a place (the cursor may stand just after it)."""
        for o in self.occurrences:
            if o.line == line and o.start <= column <= o.end:
                return o
        return None

    def references(self, key: str, *, declarations: bool = True) -> list[Occurrence]:
        return [o for o in self._by_key.get(key, []) if declarations or o.role not in DEFINING]

    def definitions(self, key: str) -> list[Occurrence]:
        found = [o for o in self._by_key.get(key, []) if o.role == DECLARATION]
        return found or [o for o in self._by_key.get(key, []) if o.role == EVOLVED]

    # ---- rename ---------------------------------------------------------------------------------
    def rename(self, key: str, new_name: str) -> list[Edit]:
        """The edits that rename a component everywhere it is written. Raises ValueError."""
        new_name = new_name.strip()
        new_key = normalise_name(new_name)
        if not new_key:
            raise ValueError("a component needs a name")
        if new_key != key and new_key in self.known:
            raise ValueError(f"there is a component called '{self.known[new_key]}' already")
        edits = []
        for o in self.references(key):
            if self.mermaid:
                text = self.written(new_name, quoted=o.quoted)
            elif o.quoted:
                text = _quote(new_name)
            else:
                terminal = {DECLARATION: "DECL_NAME", EVOLVE: "EVOLVE_NAME", EVOLVED: "EVOLVE_NAME"}
                starts_line = not self.code_line(o.line)[: o.start].strip()
                text = _written(new_name, terminal.get(o.role, "NAME"), starts_line=starts_line)
            edits.append(Edit(o.line, o.start, o.line, o.end, text))
        return edits

    def written(self, name: str, *, quoted: bool = False) -> str:
        """A name as this document's language must have it (for completion and fixes)."""
        if not self.mermaid:
            return _quote(name) if quoted else _written(name)
        from wardley.mermaid_reader import written_name

        text = written_name(name)
        return text if text.startswith('"') or not quoted else _quote(name)

    # ---- hover ----------------------------------------------------------------------------------
    def _stage_name(self, index: int) -> str:
        from wardley import stages

        labels = self.model.evolution_labels
        if labels and index < len(labels) and labels[index]:
            return labels[index]
        return stages.STAGES[index]

    def hover(self, key: str) -> str:
        """What there is to know about a component, as Markdown."""
        from wardley import stages

        m = self.model
        component = m.find(key)
        if component is None:
            for e in m.evolves:
                if e.to and normalise_name(e.to) == key:
                    where = self._evolution_text(e.position)
                    source = _md(e.component)
                    return f"**{_md(e.to)}**: the evolved form of **{source}**, at {where}"
            return f"**{_md(self.known.get(key, key))}**: not declared"
        c = component
        kind = c.kind.value
        if c.declared_kind is None:
            kind += f" (inferred; declared with `{c.keyword}`)" if c.keyword != "member" else ""
        out = [f"**{_md(c.name)}**: {kind}"]
        placed = self.placements.get(key)
        pos = c.position
        x = pos.x
        if pos.stage is not None:
            stage = self._stage_name(pos.stage)
            if pos.within is not None:
                stage += f" {pos.within:g}"
        elif x is not None:
            stage = self._stage_name(stages.stage_of(x))
        elif placed is not None:
            stage = self._stage_name(stages.stage_of(placed.evolution)) + " (placed)"
        else:
            stage = "unknown"
        out.append(f"- stage: {stage}")
        visibility = self._coordinate(pos.visibility, placed.visibility if placed else None)
        evolution = self._coordinate(x, placed.evolution if placed else None)
        out.append(f"- position: visibility {visibility}, evolution {evolution}")
        depends = self._neighbours(key, outgoing=True)
        needed = self._neighbours(key, outgoing=False)
        out.append("- depends on: " + (", ".join(map(_md, depends)) or "nothing"))
        out.append("- needed by: " + (", ".join(map(_md, needed)) or "nothing"))
        for e in m.evolves:
            if normalise_name(e.component) == key:
                target = f" as **{_md(e.to)}**" if e.to else ""
                out.append(f"- evolves{target} to {self._evolution_text(e.position)}")
        if c.pipeline:
            out.append(f"- pipeline: {_md(c.pipeline)}")
        teams = [o.name for o in m.overlays if any(normalise_name(n) == key for n in o.members)]
        if teams:
            out.append("- overlays: " + ", ".join(map(_md, teams)))
        return "\n".join(out)

    @staticmethod
    def _coordinate(given: float | None, placed: float | None) -> str:
        if given is not None:
            return f"{given:.2f} (given)"
        if placed is not None:
            return f"{placed:.2f} (placed)"
        return "unknown"

    def _evolution_text(self, position: Any) -> str:
        if position.stage is not None:
            stage = self._stage_name(position.stage)
            within = f" {position.within:g}" if position.within is not None else ""
            return f"{stage}{within} (evolution {position.x:.2f})"
        if position.x is not None:
            return f"evolution {position.x:.2f}"
        return "an evolution to be placed"

    def _neighbours(self, key: str, *, outgoing: bool) -> list[str]:
        names: list[str] = []
        for link in self.model.links:
            here, there = (link.source, link.target) if outgoing else (link.target, link.source)
            if normalise_name(here) == key:
                found = self.model.find(there)
                text = found.name if found else there
                if link.is_flow:
                    text += f" (flow {link.operator})"
                if text not in names:
                    names.append(text)
        return names

    # ---- the outline ----------------------------------------------------------------------------
    def _span_range(self, span: Span) -> tuple[int, int, int, int]:
        last = max(0, len(self.lines) - 1)
        line = min(span.line - 1, last)
        end_line = min(span.end_line - 1, last)
        return (line, span.column - 1, end_line, max(span.end_column - 1, 0))

    def _first(self, key: str, roles: tuple[str, ...], span: Span) -> Occurrence | None:
        for o in self._by_key.get(key, []):
            inside = span.line - 1 <= o.line <= span.end_line - 1
            if o.role in roles and inside:
                return o
        return None

    def symbols(self) -> list[Symbol]:
        """Users, needs, capabilities, evolved components, pipelines and overlays."""
        m = self.model
        found: list[Symbol] = []
        for c in m.components:
            if c.span is None:
                continue
            detail = c.kind.value + (f" in pipeline {c.pipeline}" if c.pipeline else "")
            found.append(self._symbol(c.name, c.kind.value, detail, c.span, (DECLARATION,)))
        for e in m.evolves:
            if e.to and e.span is not None and m.find(e.to) is None:
                detail = f"evolved from {e.component}"
                found.append(self._symbol(e.to, "evolved", detail, e.span, (EVOLVED,)))
        for group, kind in ((m.pipelines, "pipeline"), (m.overlays, "overlay")):
            for item in group:
                if item.span is None:
                    continue
                members = []
                for member in item.members:
                    o = self._first(normalise_name(member), (MEMBER, DECLARATION), item.span)
                    if o is not None:
                        c = m.find(member)
                        member_kind = c.kind.value if c else "capability"
                        where = (o.line, o.start, o.line, o.end)
                        members.append(Symbol(o.name, member_kind, member_kind, where, where))
                outer = self._span_range(item.span)
                line, column = item.span.line - 1, item.span.column - 1
                after = re.match(r"\s*\S+\s+", self.code_line(line)[column:])
                name = _pattern(normalise_name(item.name)).search(
                    self.code_line(line), column + (after.end() if after else 0)
                )
                selection = (line, name.start(), line, name.end()) if name else outer
                detail = kind if kind == "pipeline" else getattr(item, "keyword", kind)
                found.append(Symbol(item.name, kind, detail, outer, selection, tuple(members)))
        return sorted(found, key=lambda s: s.range)

    def _symbol(
        self, name: str, kind: str, detail: str, span: Span, roles: tuple[str, ...]
    ) -> Symbol:
        outer = self._span_range(span)
        o = self._first(normalise_name(name), roles, span)
        selection = (o.line, o.start, o.line, o.end) if o else outer
        return Symbol(name, kind, detail, outer, selection)

    # ---- formatting -----------------------------------------------------------------------------
    def format_edits(self) -> list[Edit] | None:
        """``wardley fmt`` as a few line edits; None when the map has errors (or would change)."""
        from wardley import api

        if self.map is None:
            return None
        if self.mermaid:  # as `wardley fmt`: Mermaid text is left as it is
            return []
        formatted = api.format(self.map)
        try:
            if api.parse(formatted) != self.map:
                return None
        except MapError:
            return None
        text = self.text[1:] if self.bom else self.text
        if "\r\n" in text:
            formatted = formatted.replace("\n", "\r\n")
        old = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
        new = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", formatted)

        def place(index: int) -> tuple[int, int]:
            if index < len(old) or not old or re.search(r"[\r\n]$", old[-1]):
                return index, 0
            return len(old) - 1, len(old[-1])

        edits = []
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                (line, start), (end_line, end) = place(i1), place(i2)
                edits.append(Edit(line, start, end_line, end, "".join(new[j1:j2])))
        return edits

    # ---- quick fixes ----------------------------------------------------------------------------
    def fixes(self, first_line: int, last_line: int) -> list[Fix]:
        """Quick fixes for the diagnostics on lines first_line..last_line (0-based)."""
        out: list[Fix] = []
        for d in self.diagnostics:
            if d.span.end_line - 1 < first_line or d.span.line - 1 > last_line:
                continue
            try:
                out.extend(self._fixes_for(d))
            except Exception:  # pragma: no cover - a fix is a nicety, never a crash
                continue
        return out

    def _fixes_for(self, d: Diagnostic) -> list[Fix]:
        line = d.span.line - 1
        code = self.code_line(line)
        start, end = d.span.column - 1, d.span.end_column - 1
        hint = d.hint or ""
        suggestion = _DID_YOU_MEAN.search(hint) or _LOWER_CASE.search(hint)
        word = suggestion.group(1) if suggestion else None

        def replace(s: int, e: int, text: str, title: str, preferred: bool = True) -> Fix:
            return Fix(title, d, (Edit(line, s, line, e, text),), preferred)

        if d.code in ("E007", "E001") and word:
            first = re.match(r"\s*(\S+)", code[start:])
            if first:
                s, e = start + first.start(1), start + first.end(1)
                return [replace(s, e, word, f"Change '{code[s:e]}' to '{word}'")]
        if d.code == "E009" and word:
            words = re.match(r"(.*?)(?=\s+[-+]?(?:\d|\.\d)|\s*$)", code[start:end])
            e = start + (words.end(1) if words and words.group(1) else end - start)
            return [replace(start, e, word, f"Change '{code[start:e]}' to '{word}'")]
        if d.code == "W102":
            return self._undeclared_fixes(d, word)
        if d.code == "E006":
            return [replace(start, end, "", "Remove the '}'")]
        if d.code == "W107":
            if len(_LINK_OPERATOR.findall(code)) == 1:
                whole = Edit(line, 0, line + 1, 0, "")
                return [Fix("Remove the link", d, (whole,), True)]
            return []
        if d.code == "W127":
            better = _BETTER_OFFSET.search(hint)
            if not better or d.span.line != d.span.end_line:
                return []
            return [replace(start, end, better.group(1), f"Move the label to {better.group(1)}")]
        if d.code == "W120":
            indent = len(code) - len(code.lstrip())
            marker = "%% " if self.mermaid else "// "
            return [replace(indent, indent, marker, "Make the line a comment", False)]
        if word and d.span.line == d.span.end_line and (start, end) != (0, len(code.rstrip())):
            return [replace(start, end, word, f"Change '{code[start:end]}' to '{word}'")]
        return []

    def _undeclared_fixes(self, d: Diagnostic, word: str | None) -> list[Fix]:
        message = d.message
        name: str | None = None
        if message.endswith(_NOT_DECLARED):
            body = message[: -len(_NOT_DECLARED) - 1]
            name = body.split("' lists '", 1)[1] if body.startswith("overlay '") else None
            if name is None and "'" in body:
                name = body.split("'", 1)[1]
        else:
            match = _NO_COMPONENT.search(message)
            name = match.group(1) if match else None
        if not name:
            return []
        fixes: list[Fix] = []
        if word:
            edits = []
            for line in range(d.span.line - 1, d.span.end_line):
                start = d.span.column - 1 if line == d.span.line - 1 else 0
                for s, e, quoted in self.find(line, name, start, numbers=True):
                    text = self.written(word, quoted=quoted)
                    edits.append(Edit(line, s, line, e, text))
            if edits:
                fixes.append(Fix(f"Change '{name}' to '{word}'", d, tuple(edits), True))
        line = d.span.line - 1
        newline = "\r\n" if "\r\n" in self.text else "\n"
        declaration = f"component {_written(name, 'DECL_NAME')}{newline}"
        if self.mermaid:  # a Mermaid component needs its position
            declaration = f"component {self.written(name)} [0.5, 0.5]{newline}"
        fixes.append(Fix(f"Declare '{name}'", d, (Edit(line, 0, line, 0, declaration),)))
        return fixes

    # ---- completion -----------------------------------------------------------------------------
    def _depth(self, line: int, column: int) -> int:
        """How many blocks are open at a place."""
        depth = 0
        for n in range(min(line + 1, len(self.code))):
            text = self.code[n] if n < line else self.code[n][:column]
            for ch in _QUOTED.sub("", text):
                if ch == "{":
                    depth += 1
                elif ch == "}":
                    depth = max(0, depth - 1)
        return depth

    def _in_comment(self, line: int, column: int) -> bool:
        if line >= len(self.lines):
            return False
        raw, code = self.lines[line], self.code[line]
        for i in range(min(column, len(raw))):
            if raw[i] != code[i]:
                return "*/" not in raw[i:column]
        return False

    def completions(self, line: int, column: int) -> list[Completion]:
        """What may be written at a place."""
        from wardley import stages
        from wardley.parser import KEYWORDS

        if self._in_comment(line, column):
            return []
        before = self.code_line(line)[:column]
        if len(before) < column:
            before = before.ljust(column)

        typing = self.at(line, column)
        maps = [self.model]
        if self.map is None and self.previous is not None:
            maps.append(self.previous.model)

        def names(start: int, exclude: str | None = None) -> list[Completion]:
            out: dict[str, Completion] = {}
            skip = {exclude}
            if typing is not None and typing.role == DECLARATION:
                skip.add(typing.key)
            for m in maps:
                for c in m.components:
                    key = normalise_name(c.name)
                    if key not in skip and key not in out:
                        kind = c.kind.value
                        text = self.written(c.name)
                        out[key] = Completion(c.name, kind, kind, line, start, text)
                for e in m.evolves:
                    key = normalise_name(e.to or "")
                    if e.to and key not in skip and key not in out:
                        detail = f"evolved from {e.component}"
                        text = self.written(e.to)
                        out[key] = Completion(e.to, "evolved", detail, line, start, text)
            return list(out.values())

        # Inside a bracket: a stage name.
        bracket = before.rfind("[")
        if bracket > before.rfind("]") and self.mermaid:
            return []  # Mermaid's brackets hold numbers only
        if bracket > before.rfind("]"):
            first_word = before.split(None, 1)[0] if before.strip() else ""
            if first_word in _NO_STAGES or re.search(r"label\s*$", before[:bracket]):
                return []
            coordinate = before[max(bracket, before.rfind(",")) + 1 :]
            typed = re.fullmatch(r"\s*([A-Za-z][\w-]*)?", coordinate)
            if typed is None:
                return []
            start = column - len(typed.group(1) or "")
            labels = self.model.evolution_labels or ()
            out = []
            for index, name in enumerate(stages.STAGES):
                low, high = stages.BOUNDS[index]
                detail = f"stage {index + 1}: evolution {low:g} to {high:g}"
                out.append(Completion(name, "stage", detail, line, start, name, "0"))
                if index < len(labels) and labels[index]:
                    custom = stages.normalise(labels[index])
                    out.append(Completion(custom, "stage", detail, line, start, custom, "0"))
            for alias, index in (("custom-built", 1), ("rental", 2), ("utility", 3)):
                detail = f"another name for {stages.STAGES[index]}"
                out.append(Completion(alias, "stage", detail, line, start, alias))
            out.append(Completion("auto", "stage", "placed for you", line, start, "auto"))
            return out

        # After a link operator, or in a block after `{` or `;`: a component's name.
        operators = list(_LINK_OPERATOR.finditer(before))
        operator = operators[-1] if operators else None
        is_evolve = re.match(r"\s*evolve\s", before) is not None
        if operator is not None and not is_evolve:
            tail = before[operator.end() :]
            if not re.search(r"[\[\];{}]", tail):
                start = operator.end() + len(tail) - len(tail.lstrip())
                source = re.split(_LINK_OPERATOR, before[: operator.start()])[-1]
                return names(start, exclude=normalise_name(_unquote_maybe(source.strip())))
            return []
        block = max(before.rfind("{"), before.rfind(";"))
        if block >= 0 and self._depth(line, column) > 0:
            tail = before[block + 1 :]
            if not re.search(r"[\[\]{}]", tail):
                return names(block + 1 + len(tail) - len(tail.lstrip()))
            return []

        # After a keyword that takes a component: evolve, pipeline, build, buy, outsource.
        keyword = re.match(r"(\s*)(evolve|pipeline|build|buy|outsource)(\s+)(.*)$", before)
        if keyword:
            rest = keyword.group(4)
            if re.search(r"[\[\]{};]|->", rest):
                return []
            return names(keyword.end(3))

        # At the start of a line: a keyword, or a name to link from (which may hold spaces).
        head = re.fullmatch(r"(\s*)(\S*)", before)
        if head is None:
            partial = re.fullmatch(r"(\s*)(\S+)\s[^\[\]{};\"]*", before)
            if partial is None or partial.group(2) in KEYWORDS + _TEAM_KEYWORDS:
                return []
            return names(len(partial.group(1)))
        start = len(head.group(1))
        if self._depth(line, column) > 0:
            keywords = [
                Completion(k, "keyword", "statement", line, start, k + " ", "0")
                for k in _BLOCK_KEYWORDS
            ]
            return keywords + names(start)
        if self.mermaid:
            return [
                Completion(
                    k.strip(": "), "keyword", "statement", line, start, k.rstrip() + " ", "0"
                )
                for k in _MERMAID_KEYWORDS
            ] + names(start)
        keywords = [
            Completion(k, "keyword", "statement", line, start, k + " ", "0") for k in KEYWORDS
        ]
        return keywords + names(start)


def _unquote_maybe(text: str) -> str:
    return _unquote(text) if _QUOTED.fullmatch(text) else text


# ---- the protocol ------------------------------------------------------------------------------
_SYMBOL_KINDS = {
    "user": "Interface",
    "need": "Function",
    "capability": "Class",
    "evolved": "Event",
    "pipeline": "Array",
    "overlay": "Namespace",
}
_COMPLETION_KINDS = {
    "keyword": "Keyword",
    "stage": "EnumMember",
    "user": "Interface",
    "need": "Function",
    "capability": "Class",
    "evolved": "Event",
}


class _Units:
    """Columns in code points <-> the client's position encoding (UTF-16 by default)."""

    def __init__(self, analysis: Analysis, encoding: str | None) -> None:
        self.analysis = analysis
        self.encoding = str(getattr(encoding, "value", encoding) or "utf-16").lower()

    def _count(self, text: str) -> int:
        if self.encoding == "utf-32":
            return len(text)
        if self.encoding == "utf-8":
            return len(text.encode("utf-8", "surrogatepass"))
        return len(text.encode("utf-16-le", "surrogatepass")) // 2

    def _line(self, line: int) -> str:
        lines = self.analysis.lines
        text = lines[line] if 0 <= line < len(lines) else ""
        return "\ufeff" + text if line == 0 and self.analysis.bom else text

    def _prefix(self, line: int) -> int:
        return 1 if line == 0 and self.analysis.bom else 0

    def position(self, line: int, column: int) -> types.Position:
        prefix = self._prefix(line)
        return types.Position(line, self._count(self._line(line)[: column + prefix]))

    def range(self, line: int, start: int, end_line: int, end: int) -> types.Range:
        return types.Range(self.position(line, start), self.position(end_line, end))

    def column(self, position: types.Position) -> int:
        """The client's position as a column in code points of the analysed line."""
        text = self._line(position.line)
        units = 0
        for index, ch in enumerate(text):
            if units >= position.character:
                return max(0, index - self._prefix(position.line))
            units += self._count(ch)
        return max(0, len(text) - self._prefix(position.line))

    def span(self, span: Span) -> types.Range:
        start_line = max(0, span.line - 1)
        end_line = max(start_line, span.end_line - 1)
        return self.range(
            start_line, max(0, span.column - 1), end_line, max(0, span.end_column - 1)
        )

    def diagnostic(self, d: Diagnostic, uri: str) -> types.Diagnostic:
        message = d.message + (f"\nhint: {d.hint}" if d.hint else "")
        return types.Diagnostic(
            range=self.span(d.span),
            message=message,
            severity=(
                types.DiagnosticSeverity.Error
                if d.severity is Severity.ERROR
                else types.DiagnosticSeverity.Warning
            ),
            code=d.code,
            source="wardley",
            data={"hint": d.hint} if d.hint else None,
            related_information=[
                types.DiagnosticRelatedInformation(
                    types.Location(uri, self.span(r.span)), r.message
                )
                for r in d.related
            ]
            or None,
        )

    def edit(self, e: Edit) -> types.TextEdit:
        return types.TextEdit(self.range(e.line, e.start, e.end_line, e.end), e.text)

    def occurrence(self, o: Occurrence) -> types.Range:
        return self.range(o.line, o.start, o.line, o.end)

    def symbol(self, s: Symbol) -> types.DocumentSymbol:
        return types.DocumentSymbol(
            name=s.name,
            kind=getattr(types.SymbolKind, _SYMBOL_KINDS.get(s.kind, "Object")),
            detail=s.detail,
            range=self.range(*s.range),
            selection_range=self.range(*s.selection),
            children=[self.symbol(c) for c in s.children] or None,
        )


@dataclass(frozen=True)
class _Unreadable:
    """A request whose parameters (or shape) pygls could not read: it is answered all the same."""

    id: Any
    method: str
    problem: Any  # a pygls JsonRpcException


def _protocol_class() -> type:
    class Protocol(LanguageServerProtocol):  # type: ignore[misc]
        """pygls's protocol, but a request it cannot read gets an error reply: pygls would
        drop it, and the editor would wait for an answer that never comes."""

        def structure_message(self, data: dict[str, Any]) -> Any:
            try:
                return super().structure_message(data)
            except JsonRpcException as problem:
                if "id" in data and "method" in data:
                    return _Unreadable(data["id"], str(data["method"]), problem)
                raise

        def handle_message(self, message: Any) -> None:
            if isinstance(message, _Unreadable):
                problem, cause = message.problem, message.problem.__cause__
                what = transform_error(cause) if isinstance(cause, ClassValidationError) else []
                detail = "; ".join(what) or str(cause or problem.message)
                error = type(problem)(f"{message.method}: {problem.message}: {detail}")
                self._send_response(message.id, error=error.to_response_error())
            elif isinstance(message, dict):  # JSON without "jsonrpc": not a JSON-RPC 2.0 message
                if "id" in message:
                    error = JsonRpcInvalidRequest('not JSON-RPC 2.0 (no "jsonrpc": "2.0")')
                    self._send_response(message["id"], error=error.to_response_error())
            else:
                super().handle_message(message)

    return Protocol


class _Resynchronising:
    """Standard input as pygls reads it (``readline``, ``read``), able to find the next message
    after a broken one. pygls takes a ``Content-Length`` header only at the start of a line, so
    the unread rest of a message with a bad header (or a short length) would run into the next
    message's header and hide it: every later message would be lost."""

    HEADER = re.compile(rb"Content-Length: \d+\r\n\Z")

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def readline(self) -> bytes:
        line: bytes = self.stream.readline()
        header = self.HEADER.search(line)
        return line[header.start() :] if header else line

    def read(self, size: int) -> bytes:
        data: bytes = self.stream.read(size)
        return data


def create_server() -> LanguageServer:
    """The language server, its features registered (start it with ``start_io()``)."""
    if _MISSING is not None:
        raise _MISSING
    server = LanguageServer(
        "wardley",
        __version__,
        text_document_sync_kind=types.TextDocumentSyncKind.Full,
        protocol_cls=_protocol_class(),
    )
    documents: dict[str, Analysis] = {}
    good: dict[str, Analysis] = {}  # the last version of each document without errors

    def analyse(uri: str) -> tuple[Analysis, _Units]:
        try:  # a document the editor has not opened is read from disk
            text = server.workspace.get_text_document(uri).source
        except (OSError, ValueError) as error:
            raise JsonRpcInvalidParams(f"{uri} is not open and cannot be read: {error}") from None
        analysis = documents.get(uri)
        if analysis is None or analysis.text != text:
            analysis = Analysis(text, previous=good.get(uri))
            documents[uri] = analysis
            if analysis.map is not None:
                good[uri] = analysis
                analysis.previous = None
        return analysis, _Units(analysis, server.workspace.position_encoding)

    def cursor(uri: str, position: types.Position) -> tuple[Analysis, _Units, int, int]:
        analysis, units = analyse(uri)
        return analysis, units, position.line, units.column(position)

    def publish(uri: str, version: int | None) -> None:
        analysis, units = analyse(uri)
        diagnostics = [units.diagnostic(d, uri) for d in analysis.diagnostics]
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    @server.feature(types.INITIALIZED)
    def initialized(ls: LanguageServer, params: types.InitializedParams) -> None:
        Analysis("")  # load the parser now, not when the first map is opened

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        publish(params.text_document.uri, params.text_document.version)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        publish(params.text_document.uri, params.text_document.version)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        documents.pop(params.text_document.uri, None)
        good.pop(params.text_document.uri, None)
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(
        types.TEXT_DOCUMENT_COMPLETION,
        types.CompletionOptions(trigger_characters=["[", ",", ">", "{", ";", " "]),
    )
    def completion(ls: LanguageServer, params: types.CompletionParams) -> types.CompletionList:
        analysis, units, line, column = cursor(params.text_document.uri, params.position)
        items = []
        for c in analysis.completions(line, column):
            kind = getattr(types.CompletionItemKind, _COMPLETION_KINDS.get(c.kind, "Class"))
            edit = types.TextEdit(units.range(line, c.start, line, column), c.text)
            items.append(
                types.CompletionItem(
                    label=c.label,
                    kind=kind,
                    detail=c.detail,
                    text_edit=edit,
                    filter_text=c.label,
                    sort_text=c.sort + c.label.lower(),
                )
            )
        return types.CompletionList(is_incomplete=False, items=items)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: LanguageServer, params: types.HoverParams) -> types.Hover | None:
        analysis, units, line, column = cursor(params.text_document.uri, params.position)
        found = analysis.at(line, column)
        if found is None:
            return None
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown, value=analysis.hover(found.key)
            ),
            range=units.occurrence(found),
        )

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: LanguageServer, params: types.DefinitionParams) -> list[types.Location]:
        uri = params.text_document.uri
        analysis, units, line, column = cursor(uri, params.position)
        found = analysis.at(line, column)
        if found is None:
            return []
        return [types.Location(uri, units.occurrence(o)) for o in analysis.definitions(found.key)]

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    def references(ls: LanguageServer, params: types.ReferenceParams) -> list[types.Location]:
        uri = params.text_document.uri
        analysis, units, line, column = cursor(uri, params.position)
        found = analysis.at(line, column)
        if found is None:
            return []
        everything = params.context.include_declaration
        return [
            types.Location(uri, units.occurrence(o))
            for o in analysis.references(found.key, declarations=everything)
        ]

    @server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
    def prepare_rename(
        ls: LanguageServer, params: types.PrepareRenameParams
    ) -> types.PrepareRenamePlaceholder | None:
        analysis, units, line, column = cursor(params.text_document.uri, params.position)
        found = analysis.at(line, column)
        if found is None:
            return None
        name = analysis.known.get(found.key, found.name)
        return types.PrepareRenamePlaceholder(range=units.occurrence(found), placeholder=name)

    @server.feature(types.TEXT_DOCUMENT_RENAME)
    def rename(ls: LanguageServer, params: types.RenameParams) -> types.WorkspaceEdit | None:
        uri = params.text_document.uri
        analysis, units, line, column = cursor(uri, params.position)
        found = analysis.at(line, column)
        if found is None:
            return None
        try:
            edits = analysis.rename(found.key, params.new_name)
        except ValueError as problem:
            raise JsonRpcInvalidParams(str(problem)) from None
        return types.WorkspaceEdit(changes={uri: [units.edit(e) for e in edits]})

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def document_symbol(
        ls: LanguageServer, params: types.DocumentSymbolParams
    ) -> list[types.DocumentSymbol]:
        analysis, units = analyse(params.text_document.uri)
        return [units.symbol(s) for s in analysis.symbols()]

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    def formatting(
        ls: LanguageServer, params: types.DocumentFormattingParams
    ) -> list[types.TextEdit] | None:
        analysis, units = analyse(params.text_document.uri)
        edits = analysis.format_edits()
        if analysis.mermaid:
            server.window_log_message(
                types.LogMessageParams(
                    types.MessageType.Info,
                    "wardley: a Mermaid diagram is left as it is; wardley convert --to wm moves it",
                )
            )
        if edits is None:
            server.window_log_message(
                types.LogMessageParams(
                    types.MessageType.Info, "wardley: the map has errors; not formatted"
                )
            )
            return None
        return [units.edit(e) for e in edits]

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: LanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        only = params.context.only
        if only and not any(str(getattr(k, "value", k)).startswith("quickfix") for k in only):
            return []
        analysis, units = analyse(uri)
        actions = []
        for fix in analysis.fixes(params.range.start.line, params.range.end.line):
            actions.append(
                types.CodeAction(
                    title=fix.title,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[units.diagnostic(fix.diagnostic, uri)],
                    edit=types.WorkspaceEdit(changes={uri: [units.edit(e) for e in fix.edits]}),
                    is_preferred=fix.preferred or None,
                )
            )
        return actions

    return server


def main() -> None:
    """Run the language server on stdin and stdout until the editor says goodbye."""
    if _MISSING is not None:
        print(
            f"wardley lsp needs {_MISSING.name}: pip install 'wardley[lsp]'",
            file=sys.stderr,
        )
        sys.exit(2)
    create_server().start_io(stdin=_Resynchronising(sys.stdin.buffer))


if __name__ == "__main__":
    main()
