"""The model as Mermaid ``wardley-beta`` text: ``wardley convert --to mermaid``.

Mermaid's dialect (mermaid v11.14 and later; its grammar is
``packages/parser/src/language/wardley/wardley.langium``) is stricter than ours and says less.
Every component needs both coordinates, written as decimals between 0 and 1; names follow its
own rule or are quoted; a pipeline is a block under an existing component. So every position is
written where wardley draws it, and what Mermaid cannot say becomes its nearest form (a user is
an ``anchor``, a rename is dropped from ``evolve``), a ``%%`` comment (overlays, areas, styles,
our comments), or is left out; each loss is a warning (W201) at the statement it comes from.

The text is judged by mermaid itself in the tests (tools/mermaid_cli), never only by our reader.
"""

from __future__ import annotations

import re
from decimal import Decimal

from wardley import stages
from wardley.diagnostics import Diagnostic, Severity, Span
from wardley.fmt import INDENT, Formatter, Placements, _emit, _Item, quote
from wardley.fmt import name as wm_name
from wardley.geometry.placement import pipeline_drop
from wardley.model import (
    Comment,
    Component,
    Evolve,
    Kind,
    Link,
    Map,
    Overlay,
    Pipeline,
    Position,
    normalise_name,
)

#: The warning for anything Mermaid's dialect cannot hold.
LOST = "W201"

#: Mermaid's NAME_WITH_SPACES terminal: a name written without quotes must match all of it.
_NAME = re.compile(r"[A-Za-z](?:[A-Za-z0-9_()&]|-(?!>))*(?: [A-Za-z(](?:[A-Za-z0-9_()&]|-(?!>))*)*")
#: Mermaid's lexer takes the first terminal that matches, not the longest: a name that starts
#: with one of its keywords (`buyer`, `note taker`, `labels`) is read as that keyword.
_KEYWORD_START = re.compile(
    r"build|buy|outsource|market|size|evolution|evolve|anchor|component|label|inertia|pipeline"
    r"|note|annotation|accelerator|deaccelerator|wardley-beta|title|accTitle|accDescr"
)
#: Mermaid reads `%%{` anywhere in a diagram as the start of a directive, even inside quotes.
_DIRECTIVE = "%%{"

#: Where notes, accelerators and the annotations' legend go without a position (compose.py).
_NOTE_DEFAULT = (0.98, 0.02)
_ACCELERATOR_DEFAULT = (0.5, 0.5)
#: Where a statement made in code (no span) is said to be.
_NOWHERE = Span(1, 1, 1, 1)


def name(text: str) -> str:
    """A name as Mermaid reads it: bare where its name rule allows, else quoted."""
    if _NAME.fullmatch(text) and not _KEYWORD_START.match(text):
        return text
    return string(text)


def string(text: str) -> str:
    """A quoted string: Mermaid unescapes backslashes as Langium does (``\\n``, ``\\"``)."""
    return quote(text).replace(_DIRECTIVE, "%\\%{")


def decimal(value: float) -> str:
    """A coordinate as Mermaid's WARDLEY_NUMBER: digits, a dot, digits; never an exponent."""
    text = format(Decimal(repr(value + 0.0)), "f")
    return text if "." in text else text + ".0"


class MermaidWriter:
    def __init__(self, map_: Map, placements: Placements):
        self.map = map_
        self.wm = Formatter(map_)  # .wm text, for statements kept as comments
        self.placements = placements
        self.warnings: list[Diagnostic] = []
        self.written: dict[str, Component] = {}  # normalised name -> the component written
        self.pipelines = {normalise_name(p.name): p for p in map_.pipelines if self._block(p)}

    # ---- warnings -------------------------------------------------------------------------------
    def lost(self, span: Span | None, message: str) -> None:
        self.warnings.append(
            Diagnostic(LOST, message, span or _NOWHERE, Severity.WARNING, path=self.map.path)
        )

    # ---- pieces ---------------------------------------------------------------------------------
    def unit(self, value: float, what: str, span: Span | None) -> str:
        """A coordinate between 0 and 1: Mermaid reads 1 < x <= 100 as a percentage and
        refuses the rest (and has no minus sign)."""
        if not 0 <= value <= 1:
            self.lost(
                span,
                f"{what} {value:g} is outside 0..1, which Mermaid cannot draw; "
                f"written as {min(max(value, 0.0), 1.0):g}",
            )
            value = min(max(value, 0.0), 1.0)
        return decimal(value)

    def point(self, v: float, e: float, what: str, span: Span | None) -> str:
        visibility = self.unit(v, what + ": visibility", span)
        return f"[{visibility}, {self.unit(e, what + ': evolution', span)}]"

    def numbers(self, component: str, position: Position) -> tuple[float, float]:
        """(visibility, evolution) where wardley draws a component: the author's numbers
        exactly, anything else where the layout put it (rounded to 4 places, finer than any
        picture shows)."""
        placed_v, placed_e = self.placements.get(normalise_name(component), (None, None))

        def resolved(given: float | None, *others: float | None) -> float:
            if given is not None:
                return given
            value = next((other for other in others if other is not None), 0.5)
            return round(value, 4)

        return resolved(position.visibility, placed_v), resolved(
            position.evolution, placed_e, position.x
        )

    def spelt(self, text: str) -> str:
        """A reference to a component as it was declared: Mermaid matches names exactly."""
        found = self.map.find(text)
        return found.name if found is not None else text

    def unquoted(self, text: str, what: str, span: Span | None) -> str:
        """Text that Mermaid reads unquoted (a title, a link's or a flow's label): on one line."""
        one_line = " ".join(text.splitlines())
        if one_line != text:
            self.lost(span, f"{what} is written on one line: Mermaid has no line breaks there")
        if _DIRECTIVE in one_line:
            self.lost(span, f"{what}: '%%{{' becomes '%% {{' (Mermaid reads it as a directive)")
            one_line = one_line.replace(_DIRECTIVE, "%% {")
        return one_line

    def label(self, offset: tuple[float, float] | None, span: Span | None) -> str:
        if offset is None:
            return ""
        dx, dy = (round(v) for v in offset)
        if (dx, dy) != offset:
            self.lost(
                span,
                f"label offset [{offset[0]:g}, {offset[1]:g}] is rounded to "
                f"[{dx}, {dy}]: Mermaid takes whole pixels",
            )
        return f" label [{dx}, {dy}]"

    # ---- statements -----------------------------------------------------------------------------
    def settings(self) -> list[tuple[str, list[str]]]:
        m = self.map
        spans = dict(m.setting_spans)
        out: list[tuple[str, list[str]]] = []
        if m.title is not None:
            title = self.unquoted(m.title, "the title", spans.get("title")).strip()
            if "%%" in title:
                self.lost(spans.get("title"), "the title ends at '%%' in Mermaid (a comment)")
                title = title[: title.index("%%")].rstrip()
            if title:
                out.append(("title", [f"title {title}"]))
        out.append(("evolution", [self.evolution()]))
        if m.evolution_hidden:
            self.lost(spans.get("evolution"), "Mermaid cannot hide the evolution axis")
            out.append(("evolution", [comment("evolution --hide")]))
        if m.valuechain_hidden:
            self.lost(spans.get("valuechain"), "Mermaid cannot hide the value chain axis")
            out.append(("valuechain", [comment("valuechain --hide")]))
        if m.style is not None:
            self.lost(spans.get("style"), f"Mermaid has no styles: 'style {m.style}' is a comment")
            out.append(("style", [comment(f"style {m.style}")]))
        if m.size is not None:
            w, h = (round(v) for v in m.size)
            if (w, h) != m.size:
                self.lost(spans.get("size"), f"the size is rounded to [{w}, {h}] pixels")
            out.append(("size", [f"size [{w}, {h}]"]))
        if m.annotations_position is not None:
            p = m.annotations_position
            where = self.point(
                p.visibility or 0, p.x or 0, "the annotations' legend", spans.get("annotations")
            )
            out.append(("annotations", [f"annotations {where}"]))
        return out

    def evolution(self) -> str:
        """Always written for four stages: with `@` boundaries, mermaid draws them where
        wardley does (its own four are equal quarters, wardley's are OWM's)."""
        m = self.map
        labels = m.stage_labels
        if m.evolution_boundaries is None and len(labels) != len(stages.BOUNDS):
            return "evolution " + " -> ".join(name(label) for label in labels)
        ends = (high for _, high in m.stage_bounds)
        parts = (f"{name(label)}@{decimal(end)}" for label, end in zip(labels, ends, strict=True))
        return "evolution " + " -> ".join(parts)

    def component(self, c: Component, member_of: Pipeline | None = None) -> str:
        """``anchor``/``component``; a pipeline's member is ``component Name [e] [label]``."""
        span = c.span
        what = f"'{c.name}'"
        v, e = self.numbers(c.name, c.position)
        anchor = c.kind is Kind.USER
        if member_of is not None:
            line = f"component {name(c.name)} [{self.unit(e, what + ': evolution', span)}]"
            holder = "pipeline member"
        else:
            keyword = "anchor" if anchor else "component"
            line = f"{keyword} {name(c.name)} {self.point(v, e, what, span)}"
            holder = "anchor (a user)" if anchor else "component"
        # Mermaid's anchor takes no options; a pipeline's member only a label.
        can_label = not anchor
        can_decorate = not anchor and member_of is None
        decorator = (c.method or ("market" if c.market else None)) if can_decorate else None
        if can_label:
            line += self.label(c.label, span)
        if decorator:
            line += f" ({decorator})"
        if can_decorate and c.inertia:
            line += " inertia"
        dropped = [
            option
            for option, written in (
                ("label", c.label is None or can_label),
                ("inertia", not c.inertia or can_decorate),
                (f"({c.method})", c.method is None or can_decorate),
                ("(market)", not c.market or decorator == "market"),
                ("(ecosystem)", not c.ecosystem),
                *((f"({tag})", False) for tag in c.tags),
            )
            if not written
        ]
        if c.market and c.method and can_decorate:
            self.lost(
                span,
                f"{what}: Mermaid takes one decorator: ({c.method}) is kept, (market) left out",
            )
            dropped.remove("(market)")
        if dropped:
            self.lost(span, f"{what}: a Mermaid {holder} has no {', '.join(dropped)}")
        if c.url is not None:
            self.lost(span, f"{what}: Mermaid has no submaps; its url({c.url}) is left out")
        return line

    def link(self, link: Link) -> str:
        source, target = name(self.spelt(link.source)), name(self.spelt(link.target))
        operator = link.operator
        if link.flow_label is not None:
            flow = self.unquoted(link.flow_label, "a flow's label", link.span)
            if "'" in flow:
                self.lost(
                    link.span,
                    f"the flow label '{flow}' holds a quote, which Mermaid's"
                    " flow labels cannot; it is left out",
                )
            else:
                operator = f"+'{flow}'{operator[1:]}"
        text = f"{source} {operator} {target}"
        if link.label is not None:
            label = self.unquoted(link.label, "a link's label", link.span).strip()
            if label:
                text += f"; {label}"
            if link.flow_label is not None:
                self.lost(link.span, "Mermaid draws a flow's label, not the link's label too")
        return text

    def evolve(self, e: Evolve) -> list[str]:
        what = f"evolve '{e.component}'"
        x = e.position.x if e.position.x is not None else 0.85
        line = f"evolve {name(self.spelt(e.component))} {self.unit(x, what, e.span)}"
        if e.to is not None:
            self.lost(e.span, f"{what}: Mermaid cannot rename in an evolve ('{e.to}' is dropped)")
        extras = [
            word
            for word, present in (
                ("label", e.label is not None),
                ("inertia", e.inertia),
                (f"({e.method})", e.method is not None),
                ("(market)", e.market),
                ("(ecosystem)", e.ecosystem),
                *((f"({tag})", True) for tag in e.tags),
            )
            if present
        ]
        if extras:
            self.lost(e.span, f"{what}: a Mermaid evolve has no {', '.join(extras)}")
        found = self.map.find(e.component)
        if found is not None and normalise_name(found.pipeline or "") in self.pipelines:
            self.lost(e.span, f"{what}: Mermaid does not draw the evolution of a pipeline's member")
        return [line]

    def members(self, p: Pipeline) -> list[Component]:
        """A pipeline's members that are its own (one listed in two pipelines is the first's)."""
        found = (self.map.find(member) for member in p.members)
        return [
            c
            for c in found
            if c is not None and normalise_name(c.pipeline or "") == normalise_name(p.name)
        ]

    def _block(self, p: Pipeline) -> bool:
        """Whether a pipeline can be a Mermaid block: it has members, and its parent is a
        component of its own (not a member of another pipeline) or can be made one."""
        parent = self.map.find(p.name)
        return bool(self.members(p)) and (parent is None or parent.pipeline is None)

    def pipeline(self, p: Pipeline) -> list[str]:
        if normalise_name(p.name) not in self.pipelines:
            head = self.wm.pipeline_head(p)
            if self.members(p):
                self.lost(
                    p.span,
                    f"pipeline '{p.name}' is inside another pipeline, which Mermaid"
                    " cannot draw: its members are plain components",
                )
            elif p.bounds is not None:
                self.lost(p.span, "Mermaid has no one-line pipeline: kept as a comment")
            else:
                self.lost(p.span, f"pipeline '{p.name}' has no members: kept as a comment")
            return [comment(head)]
        out: list[str] = []
        members = self.members(p)
        parent = self.map.find(p.name)
        if parent is None:
            # Just above its members' row, where wardley draws a pipeline's band under the
            # component it is named after; at the first member's evolution.
            v, e = self.numbers(members[0].name, members[0].position)
            self.lost(
                p.span,
                f"pipeline '{p.name}': Mermaid draws a pipeline under a component of its name;"
                " one is added just above the pipeline",
            )
            where = self.point(round(v + pipeline_drop(), 4), e, f"'{p.name}'", p.span)
            out.append(f"component {name(p.name)} {where}")
            parent_name = p.name
        else:
            parent_name = parent.name
        if p.bounds is not None:
            self.lost(p.span, f"pipeline '{p.name}': Mermaid's pipeline has no [from, to] span")
        out.append(f"pipeline {name(parent_name)} {{")
        out += [INDENT + self.component(c, member_of=p) for c in members]
        out.append("}")
        return out

    def overlay(self, o: Overlay) -> list[str]:
        if o.area is not None:
            self.lost(o.span, f"Mermaid has no team areas: {o.keyword} '{o.name}' is a comment")
            return [comment(self.wm.team(o))]
        members = "; ".join(wm_name(member) for member in o.members)
        self.lost(o.span, f"Mermaid has no overlays: overlay '{o.name}' is a comment")
        return [comment(f"{self.wm.overlay_head(o)} {{ {members} }}")]

    # ---- assembling -----------------------------------------------------------------------------
    def items(self) -> list[_Item]:
        m = self.map
        items: list[_Item] = []
        spans = dict(m.setting_spans)
        for order, (key, lines) in enumerate(self.settings()):
            item = _Item.at(spans.get(key), order, lines)
            if key == "evolution" and item.span is None:
                # Our stages, written for Mermaid although the map did not name them: at the
                # top, under the title.
                title = spans.get("title")
                item.key = (title.line, title.column, 1) if title else (0, order, 0)
            items.append(item)
        for c in m.components:
            key = normalise_name(c.name)
            if key in self.written:
                self.lost(
                    c.span,
                    f"'{c.name}' is declared again: Mermaid would draw it twice, "
                    "wardley draws the first; kept as a comment",
                )
                items.append(_Item.at(c.span, 10, [comment(self.wm.component(c))]))
                continue
            self.written[key] = c
            if normalise_name(c.pipeline or "") in self.pipelines:
                items.append(_Item.at(c.span, 10, []))  # written in its pipeline's block
            else:
                items.append(_Item.at(c.span, 10, [self.component(c)]))
        for link in m.links:
            items.append(_Item.at(link.span, 20, [self.link(link)]))
        self.kinds()
        for e in m.evolves:
            items.append(_Item.at(e.span, 30, self.evolve(e)))
        for p in m.pipelines:
            items.append(_Item.at(p.span, 40, self.pipeline(p)))
        for o in m.overlays:
            items.append(_Item.at(o.span, 50, self.overlay(o)))
        for n in m.notes:
            v, e = _or(n.position, _NOTE_DEFAULT)
            where = self.point(v, e, "a note", n.span)
            items.append(_Item.at(n.span, 60, [f"note {string(n.text)} {where}"]))
        for a in m.annotations:
            lines = []
            for p in a.places:
                where = self.point(p.visibility or 0, p.x or 0, f"annotation {a.number}", a.span)
                lines.append(f"annotation {a.number},{where} {string(a.text)}")
            if a.number < 0 or not lines:
                self.lost(a.span, f"annotation {a.number} cannot be written in Mermaid")
                lines = [comment(self.wm.annotation(a))]
            items.append(_Item.at(a.span, 70, lines))
        for acc in m.accelerators:
            keyword = "deaccelerator" if acc.deaccelerator else "accelerator"
            v, e = _or(acc.position, _ACCELERATOR_DEFAULT)
            where = self.point(v, e, f"{keyword} '{acc.name}'", acc.span)
            items.append(_Item.at(acc.span, 80, [f"{keyword} {name(acc.name)} {where}"]))
        for att in m.attitudes:
            self.lost(att.span, f"Mermaid has no {att.kind} areas: kept as a comment")
            items.append(_Item.at(att.span, 90, [comment(self.wm.attitude(att))]))
        for u in m.urls:
            self.lost(u.span, f"Mermaid has no submaps: url '{u.name}' is a comment")
            items.append(_Item.at(u.span, 100, [comment(self.wm.url(u))]))
        items += _comments(m.comments)
        return items

    def kinds(self) -> None:
        """Mermaid has anchors and components only: reading it back, a component linked from
        an anchor is a need, any other a capability. Say where that is not what the map says."""
        users = {key for key, c in self.written.items() if c.kind is Kind.USER}
        needs = {
            normalise_name(link.target)
            for link in self.map.links
            if normalise_name(link.source) in users
        }
        for key, c in self.written.items():
            if c.kind is Kind.USER:
                continue
            read_as = Kind.NEED if key in needs else Kind.CAPABILITY
            if read_as is not c.kind:
                self.lost(
                    c.span,
                    f"Mermaid has no kinds: '{c.name}', a {c.kind}, reads back as "
                    f"a {read_as} (it is {'' if read_as is Kind.NEED else 'not '}linked "
                    "from a user)",
                )

    def render(self) -> str:
        lines = ["wardley-beta", *_emit(self.items(), trailing_comments=False)]
        return "\n".join(lines).rstrip() + "\n"


def _or(position: Position | None, default: tuple[float, float]) -> tuple[float, float]:
    """Where something is drawn: its own coordinates, the missing ones by default."""
    v = position.visibility if position is not None else None
    e = position.x if position is not None else None
    return (default[0] if v is None else v, default[1] if e is None else e)


def comment(text: str) -> str:
    """A ``%%`` line (Mermaid's only comment); never '%%{', which mermaid reads as a directive
    wherever it is."""
    return f"%% {text}".rstrip().replace(_DIRECTIVE, "%% {")


def _comment_body(text: str) -> str:
    """What a ``//`` comment, or one line of a ``/* */`` one, says."""
    body = text.removeprefix("//") if text.startswith("//") else text
    return body.removeprefix("/*").removesuffix("*/").strip()


#: Mermaid's accessibility lines, which the reader keeps as comments (the model has no place
#: for them): written back as the statements they were.
_ACCESSIBILITY = re.compile(r"acc(?:Title|Descr)[\t ]*:")


def _comments(comments: tuple[Comment, ...]) -> list[_Item]:
    """Comments as ``%%`` lines, except Mermaid's own ``accTitle:``, ``accDescr:`` and
    ``accDescr { … }`` lines, which go back to being statements."""
    items: list[_Item] = []
    index = 0
    while index < len(comments):
        c = comments[index]
        body = _comment_body(c.text)
        block = _accessibility_block(comments, index)
        if block is not None:
            end = comments[index + len(block) + 1].span
            assert c.span is not None and end is not None
            whole = Span(c.span.line, c.span.column, end.end_line, end.end_column)
            inner = [line.replace(_DIRECTIVE, "%% {") for line in block]
            items.append(_Item.at(whole, 110, ["accDescr {", *inner, "}"]))
            index += len(block) + 2
            continue
        line = body.replace(_DIRECTIVE, "%% {") if _ACCESSIBILITY.match(body) else comment(body)
        items.append(_Item.at(c.span, 110, [line], comment=True))
        index += 1
    return items


def _accessibility_block(comments: tuple[Comment, ...], start: int) -> list[str] | None:
    """The lines inside an ``accDescr {`` … ``}`` kept as comments from ``start``, or None."""
    if _comment_body(comments[start].text) != "accDescr {":
        return None
    inner: list[str] = []
    for at in range(start + 1, len(comments)):
        before, here = comments[at - 1].span, comments[at].span
        if before is None or here is None or here.line != before.end_line + 1:
            return None
        body = _comment_body(comments[at].text)
        if body == "}":
            return inner
        if "}" in body:
            return None
        inner.append(body)
    return None


def format_mermaid(map_: Map, placements: Placements) -> tuple[str, list[Diagnostic]]:
    """Mermaid ``wardley-beta`` text, every position resolved; and a warning for each thing
    Mermaid could not say."""
    writer = MermaidWriter(map_, placements)
    text = writer.render()
    return text, writer.warnings
