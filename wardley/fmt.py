"""The model back to text: ``wardley fmt`` (canonical .wm) and ``convert --to owm``.

Statements come out in the order they were written, with their comments, one blank line where
the author left any, and each statement in one canonical spelling. A map built in code (no
source spans) comes out in a fixed order of sections (settings, components, links, evolve,
pipelines, overlays, the rest), each in the model's order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import field
from functools import cache

from wardley import stages
from wardley._dataclass import dataclass
from wardley.diagnostics import Span
from wardley.model import (
    TEAM_KEYWORDS,
    Accelerator,
    Annotation,
    Attitude,
    Component,
    Evolve,
    Link,
    Map,
    Note,
    Overlay,
    Pipeline,
    Position,
    Url,
    normalise_name,
)

INDENT = "  "
#: A one-line block longer than this is printed one member a line.
MAX_INLINE = 100

#: Resolved positions for the OWM dialect: component name (normalised) -> (visibility, evolution).
Placements = dict[str, tuple[float, float]]


@dataclass
class _Item:
    """One statement to print, and where it was in the source (spanless items sort last)."""

    key: tuple[int, int, int]
    span: Span | None = None
    lines: list[str] = field(default_factory=list)
    comment: bool = False
    block: Callable[[list[str]], list[str]] | None = None
    children: list[_Item] = field(default_factory=list)

    @classmethod
    def at(
        cls,
        span: Span | None,
        order: int,
        lines: list[str],
        *,
        comment: bool = False,
        block: Callable[[list[str]], list[str]] | None = None,
    ) -> _Item:
        key = (span.line, span.column, 0) if span is not None else (_LAST, order, 0)
        return cls(key, span, lines, comment, block)


def number(value: float) -> str:
    """Shortest text that reads back as the same float; whole numbers without '.0'."""
    if (
        value == int(value)
        and abs(value) < 1e15
        and not (value == 0 and str(value).startswith("-"))
    ):
        return str(int(value))
    return repr(float(value))


def coordinate(value: float) -> str:
    """A coordinate keeps its '.0' (OWM reads an evolution like '1' as part of the name)."""
    return repr(float(value))


@cache
def _terminal(name: str) -> re.Pattern[str]:
    from wardley.parser import lark_parser

    for terminal in lark_parser().terminals:
        if terminal.name == name:
            return re.compile(terminal.pattern.to_regexp())
    raise KeyError(name)


_KEYWORD_START = re.compile(
    r"(?:title|style|size|evolution|valuechain|component|anchor|user|need|capability|submap|url"
    r"|evolve|pipeline|overlay|note|annotations?|accelerator|deaccelerator|pioneers|settlers"
    r"|townplanners|build|buy|outsource|market|ecosystem|" + "|".join(TEAM_KEYWORDS) + r")(?:\s|$)"
)


_LINK_OPERATOR = re.compile(r"->|\+[<>']")
_OPERATOR_CHARS = "<>+-'"
#: A name ending in an option's word would read back as that option ("TH label" [..]).
_OPTION_WORD_AT_END = re.compile(r"\s(?:label|inertia|\(?inertia\)?)$")


def quote(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\t", "\\t")
        .replace("\r", "\\r")
    )
    return f'"{escaped}"'


def name(text: str, terminal: str = "NAME", *, starts_line: bool = False) -> str:
    """A name as written, or quoted when it would not read back the same in this place."""
    raw = (
        text
        and text.isprintable()
        and text == text.strip()
        and "  " not in text  # unquoted, a run of spaces reads back as one
        and "//" not in text
        and "/*" not in text
        and ";" not in text  # read in a declaration, but it ends a link's second name
        and not _LINK_OPERATOR.search(text)
        and not _OPTION_WORD_AT_END.search(text)
        and _terminal(terminal).fullmatch(text) is not None
        and not (starts_line and _KEYWORD_START.match(text))
        and text.lower() != "auto"
    )
    return text if raw else quote(text)


class Formatter:
    def __init__(self, map_: Map, *, owm: bool = False, placements: Placements | None = None):
        self.map = map_
        self.owm = owm
        self.placements = placements or {}
        self.labels = map_.evolution_labels

    # ---- pieces -------------------------------------------------------------------------------
    def stage(self, index: int, within: float | None) -> str:
        word = stages.STAGES[index]
        if self.labels and self.labels[index]:
            custom = self.labels[index]
            # A custom label that reads back as the same stage is what the author sees on the axis.
            if (
                re.fullmatch(r"[^\s,\[\]\d.+-][^,\[\]]*", custom)
                and stages.lookup(custom, self.labels) == index
                and not re.search(r"\s\S*\d", custom)
            ):
                word = custom.lower() if custom.lower() in stages.ALIASES else custom
        return word if within is None else f"{word} {number(within)}"

    def position(self, position: Position, *, member: bool = False) -> str:
        """``[v, e]``, ``[stage]``, ``[v, stage 0.3]``, ``[auto, e]``; members ``[e]``."""
        if member:
            if position.stage is not None:
                return f" [{self.stage(position.stage, position.within)}]"
            if position.evolution is not None:
                return f" [{coordinate(position.evolution)}]"
            return ""
        v = position.visibility
        if position.stage is not None:
            evolution = self.stage(position.stage, position.within)
            return f" [{evolution}]" if v is None else f" [{coordinate(v)}, {evolution}]"
        if position.evolution is not None:
            visibility = "auto" if v is None else coordinate(v)
            return f" [{visibility}, {coordinate(position.evolution)}]"
        if v is not None:
            return f" [{coordinate(v)}, auto]"
        return ""

    def owm_numbers(
        self, component_name: str, position: Position
    ) -> tuple[float | None, float | None]:
        """(visibility, evolution): the author's numbers exactly; a stage or the layout's place
        rounded to 4 places (finer than any picture shows)."""
        placed_v, placed_e = self.placements.get(normalise_name(component_name), (None, None))
        v = position.visibility if position.visibility is not None else _rounded(placed_v)
        e = position.evolution
        if e is None:
            e = _rounded(position.x if position.x is not None else placed_e)
        return v, e

    def owm_position(self, component_name: str, position: Position) -> str:
        v, e = self.owm_numbers(component_name, position)
        return "" if v is None or e is None else f" [{coordinate(v)}, {coordinate(e)}]"

    def options(
        self,
        *,
        label: tuple[float, float] | None,
        inertia: bool,
        method: str | None,
        market: bool,
        ecosystem: bool,
        tags: tuple[str, ...],
    ) -> str:
        out = ""
        if label is not None:
            out += f" label [{number(label[0])}, {number(label[1])}]"
        if inertia:
            out += " inertia"
        if method:
            out += f" ({method})"
        if market:
            out += " (market)"
        if ecosystem:
            out += " (ecosystem)"
        for tag in tags:
            out += f" ({tag})"
        return out

    # ---- statements -----------------------------------------------------------------------------
    def component(self, c: Component, *, in_pipeline: bool = False) -> str:
        keyword = c.keyword
        if self.owm:
            keyword = {"user": "anchor", "need": "component", "capability": "component"}.get(
                keyword, keyword
            )
            if keyword == "member":
                keyword = "component"
        if in_pipeline:
            position = self.position(c.position, member=True)
        elif self.owm:
            position = self.owm_position(c.name, c.position)
        else:
            position = self.position(c.position)
        head = (
            name(c.name, "NAME", starts_line=True)
            if keyword == "member"
            else f"{keyword} {name(c.name, 'DECL_NAME')}"
        )
        opts = self.options(
            label=c.label,
            inertia=c.inertia,
            method=c.method,
            market=c.market,
            ecosystem=c.ecosystem,
            tags=c.tags,
        )
        if c.tags and not position:
            # `component X (OCR)` would read back as the name "X (OCR)".
            position = " [auto]"
        url = f" url({c.url})" if c.url is not None else ""
        if url and opts.endswith(" inertia"):
            # A bare `inertia` before `url(` reads back as part of the name.
            opts = opts.removesuffix(" inertia") + " (inertia)"
        return f"{head}{position}{opts}{url}"

    def chain(self, links: list[Link]) -> str:
        parts = [name(links[0].source, starts_line=True)]
        for link in links:
            operator = link.operator
            if link.flow_label is not None:
                operator = f"+'{link.flow_label}'{link.operator[1:]}"
            parts.append(operator)
            parts.append(name(link.target))
        text = " ".join(parts)
        if self.owm:
            # OWM's links have no spaces, unless a name would run into its operator (`A+<>B`
            # is not `A +< >B`).
            text = parts[0]
            for operator, target in zip(parts[1::2], parts[2::2], strict=True):
                glued = text[-1] in _OPERATOR_CHARS or target[0] in _OPERATOR_CHARS
                text += f" {operator} {target}" if glued else f"{operator}{target}"
        label = links[-1].label
        return f"{text}; {label}" if label is not None else text

    def evolve(self, e: Evolve) -> str:
        arrow = "->" if self.owm else " -> "
        target = f"{arrow}{name(e.to, 'EVOLVE_NAME')}" if e.to is not None else ""
        p = e.position
        if p.stage is not None and not self.owm:
            where = f" [{self.stage(p.stage, p.within)}]"
        else:
            where = f" {coordinate(p.x if p.x is not None else 0.85)}"
        opts = self.options(
            label=e.label,
            inertia=e.inertia,
            method=e.method,
            market=e.market,
            ecosystem=e.ecosystem,
            tags=e.tags,
        )
        return f"evolve {name(e.component, 'EVOLVE_NAME')}{target}{where}{opts}"

    def owm_pipeline(self, p: Pipeline) -> list[str]:
        """OWM's block form: every member a `component` with its evolution, under a parent
        component of the pipeline's name (OWM hides a pipeline without one)."""
        out: list[str] = []
        members = [self.map.find(member) for member in p.members]
        if self.map.find(p.name) is None:
            places = [self.owm_position(m.name, Position()) for m in members if m is not None]
            where = next((place for place in places if place), "")
            if where:
                out.append(f"component {name(p.name, 'DECL_NAME')}{where}")
        out.append(self.pipeline_head(p))
        out.append("{")
        for member in members:
            if member is None:
                continue
            # OWM draws a member on its pipeline's line: only its evolution is its own.
            _, evolution = self.owm_numbers(member.name, member.position)
            where = f" [{coordinate(evolution)}]" if evolution is not None else ""
            opts = self.options(
                label=member.label,
                inertia=member.inertia,
                method=member.method,
                market=member.market,
                ecosystem=member.ecosystem,
                tags=member.tags,
            )
            out.append(f"{INDENT}component {name(member.name, 'DECL_NAME')}{where}{opts}")
        out.append("}")
        return out

    def pipeline_head(self, p: Pipeline) -> str:
        bounds = f" [{coordinate(p.bounds[0])}, {coordinate(p.bounds[1])}]" if p.bounds else ""
        return f"pipeline {name(p.name)}{bounds}"

    def overlay_head(self, o: Overlay) -> str:
        colour = f" ({o.colour})" if o.colour else ""
        return f"overlay {name(o.name, 'OVERLAY_NAME')}{colour}"

    def note(self, n: Note) -> str:
        text = name(n.text, "NOTE_TEXT")
        position = self.owm_position("", n.position) if self.owm else self.position(n.position)
        return f"note {text}{position}"

    def annotation(self, a: Annotation) -> str:
        places = [f"[{coordinate(p.visibility or 0)}, {coordinate(p.x or 0)}]" for p in a.places]
        where = places[0] if len(places) == 1 else "[" + ", ".join(places) + "]"
        text = f" {a.text}" if a.text else ""
        return f"annotation {a.number} {where}{text}"

    def accelerator(self, a: Accelerator) -> str:
        keyword = "deaccelerator" if a.deaccelerator else "accelerator"
        p = a.position
        where = (
            f" [{coordinate(p.visibility)}, {coordinate(p.x)}]"
            if p.is_fixed and p.x is not None and p.visibility is not None
            else ""
        )
        return f"{keyword} {name(a.name, 'DECL_NAME')}{where}"

    def attitude(self, a: Attitude) -> str:
        return f"{a.kind} [{', '.join(coordinate(v) for v in a.corners)}]"

    def url(self, u: Url) -> str:
        return f"url {u.name} [{u.address}]"

    def team(self, o: Overlay) -> str:
        assert o.area is not None
        return (
            f"{o.keyword} {name(o.name, 'DECL_NAME')} [{', '.join(coordinate(v) for v in o.area)}]"
        )

    def settings(self) -> list[tuple[str, str]]:
        m = self.map
        out: list[tuple[str, str]] = []
        if m.title is not None:
            out.append(("title", f"title {m.title}".rstrip()))
        if m.evolution_labels is not None or m.evolution_hidden:
            hide = " --hide" if m.evolution_hidden else ""
            labels = ""
            if m.evolution_labels is not None:
                labels = " " + "->".join(m.evolution_labels)
            out.append(("evolution", f"evolution{hide}{labels}"))
        if m.valuechain_hidden:
            out.append(("valuechain", "valuechain --hide"))
        if m.style is not None:
            out.append(("style", f"style {m.style}"))
        if m.size is not None:
            out.append(("size", f"size [{number(m.size[0])}, {number(m.size[1])}]"))
        if m.annotations_position is not None:
            p = m.annotations_position
            out.append(
                (
                    "annotations",
                    f"annotations [{coordinate(p.visibility or 0)}, {coordinate(p.x or 0)}]",
                )
            )
        return out

    # ---- assembling ------------------------------------------------------------------------------
    def items(self) -> list[_Item]:
        m = self.map
        items: list[_Item] = []
        spans = dict(m.setting_spans)
        for order, (key, text) in enumerate(self.settings()):
            items.append(_Item.at(spans.get(key), order, [text]))
        in_block = self._declared_in_blocks()
        for c in m.components:
            if self.owm and c.pipeline is not None:
                # OWM declares pipeline members inside the pipeline's block only; the empty
                # item keeps its line, so that no blank line is left where it was.
                items.append(_Item.at(c.span, 10, []))
            elif id(c) not in in_block:
                items.append(_Item.at(c.span, 10, [self.component(c)]))
        for group in _chains(m.links) if not self.owm else [[link] for link in m.links]:
            items.append(_Item.at(group[0].span, 20, [self.chain(group)]))
        for e in m.evolves:
            items.append(_Item.at(e.span, 30, [self.evolve(e)]))
        for p in m.pipelines:
            if self.owm:
                items.append(_Item.at(p.span, 40, self.owm_pipeline(p)))
            else:
                items.append(self._block_item(p.span, 40, self.pipeline_head(p), p.members, p.name))
        for o in m.overlays:
            if o.area is not None:  # a team: the same statement in OWM
                items.append(_Item.at(o.span, 50, [self.team(o)]))
            elif self.owm:
                # OWM has no overlays: keep them as a comment (of one line: names quoted).
                members = ", ".join(name(member) for member in o.members)
                overlay = name(o.name, "OVERLAY_NAME")
                items.append(_Item.at(o.span, 50, [f"// overlay {overlay}: {members}"]))
            else:
                items.append(self._block_item(o.span, 50, self.overlay_head(o), o.members, None))
        for n in m.notes:
            items.append(_Item.at(n.span, 60, [self.note(n)]))
        for a in m.annotations:
            items.append(_Item.at(a.span, 70, [self.annotation(a)]))
        for acc in m.accelerators:
            items.append(_Item.at(acc.span, 80, [self.accelerator(acc)]))
        for att in m.attitudes:
            items.append(_Item.at(att.span, 90, [self.attitude(att)]))
        for u in m.urls:
            items.append(_Item.at(u.span, 100, [self.url(u)]))
        for comment in m.comments:
            items.append(_Item.at(comment.span, 110, [comment.text], comment=True))
        return _nest(items)

    def _declared_in_blocks(self) -> set[int]:
        """Components printed inside a pipeline or overlay block rather than on their own
        (OWM has no such blocks: its pipeline members are printed by :meth:`owm_pipeline`)."""
        out: set[int] = set()
        if self.owm:
            return out
        pipelines = {normalise_name(p.name): p for p in self.map.pipelines}
        blocks = [p.span for p in self.map.pipelines] + [o.span for o in self.map.overlays]
        for c in self.map.components:
            owner = pipelines.get(normalise_name(c.pipeline)) if c.pipeline is not None else None
            if (c.keyword == "member" and owner is not None) or (
                c.span is not None and any(b is not None and _contains(b, c.span) for b in blocks)
            ):
                out.add(id(c))
        return out

    def _block_item(
        self,
        span: Span | None,
        order: int,
        head: str,
        members: tuple[str, ...],
        pipeline: str | None,
    ) -> _Item:
        """A pipeline or overlay with its members, in their order, and what was written inside."""
        # A name may be declared twice in one block (W105): each of its members, in turn,
        # prints the next of its declarations.
        declared: dict[str, list[Component]] = {}
        for c in self.map.components:
            if (pipeline is not None and c.keyword == "member" and c.pipeline == pipeline) or (
                c.span is not None and span is not None and _contains(span, c.span)
            ):
                declared.setdefault(normalise_name(c.name), []).append(c)
        children: list[_Item] = []
        key = (span.line, span.column, 0) if span is not None else (_LAST, order, 0)
        for member in members:
            same = declared.get(normalise_name(member))
            c = same.pop(0) if same else None
            if c is not None and c.span is not None:
                key = (c.span.line, c.span.column, 0)
                text = self.component(c, in_pipeline=pipeline is not None)
            elif c is not None:
                key = (key[0], key[1], key[2] + 1)
                text = self.component(c, in_pipeline=pipeline is not None)
            else:
                key = (key[0], key[1], key[2] + 1)
                text = name(member, starts_line=True)
            children.append(_Item(key, span=None, lines=[text]))
        one_line = span is not None and span.line == span.end_line

        def render(inner: list[str]) -> list[str]:
            if not inner:
                return [head]
            inline = f"{head} {{ {'; '.join(t for t in inner if t)} }}"
            if (
                one_line
                and not self.owm
                and len(inline) <= MAX_INLINE
                and not any(t.startswith(("//", "/*")) for t in inner)
                # `evolve X 0.8 }` would read as the name "X 0.8": an evolve ends its line.
                and not any(t.startswith("evolve ") for t in inner)
            ):
                return [inline]
            return [f"{head} {{", *(INDENT + t if t else t for t in inner), "}"]

        item = _Item.at(span, order, [], block=render)
        item.children = children
        return item

    def render(self) -> str:
        lines = _emit(self.items())
        return "\n".join(lines).rstrip() + "\n" if lines else ""


_LAST = 1 << 30


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _contains(outer: Span, inner: Span) -> bool:
    start = (outer.line, outer.column)
    end = (outer.end_line, outer.end_column)
    return start < (inner.line, inner.column) and (inner.end_line, inner.end_column) <= end


def _nest(items: list[_Item]) -> list[_Item]:
    """Put what was written inside a block (evolve lines, comments) into that block."""
    blocks = [item for item in items if item.block is not None and item.span is not None]
    top: list[_Item] = []
    for item in items:
        owner = next(
            (
                block
                for block in blocks
                if item.block is None
                and item.span is not None
                and block.span is not None
                and _contains(block.span, item.span)
            ),
            None,
        )
        if owner is not None:
            owner.children.append(item)
        else:
            top.append(item)
    return top


def _emit(items: Iterable[_Item], *, trailing_comments: bool = True) -> list[str]:
    """Print items in source order: one blank line for any gap, trailing comments kept (on
    their statement's line, or, where ``trailing_comments`` is False, on the next line)."""
    out: list[str] = []
    last_line = 0  # where the previous item started in the source
    last_end = 0
    last_index = -1  # where the previous item's first line is in `out`
    for item in sorted(items, key=lambda i: i.key):
        span = item.span
        if (
            trailing_comments
            and item.comment
            and span is not None
            and span.line == last_line
            and last_index >= 0
            # After a `//` (an ignored line kept as a comment), a `/*` would be commented out.
            and not out[last_index].lstrip().startswith("//")
        ):
            out[last_index] += "  " + item.lines[0]
            continue
        if out and span is not None and last_end and span.line > last_end + 1:
            out.append("")
        last_index = len(out) if item.lines or item.block is not None else -1
        if item.block is not None:
            out.extend(item.block(_emit(item.children, trailing_comments=trailing_comments)))
        else:
            out.extend(item.lines)
        if span is not None:
            last_line, last_end = span.line, max(last_end, span.end_line)
    return out


def _chains(links: tuple[Link, ...]) -> list[list[Link]]:
    """Links written as one chain (`A -> B -> C`) print as one chain again."""
    groups: list[list[Link]] = []
    for link in links:
        if (
            groups
            and link.span is not None
            and groups[-1][-1].span == link.span
            and normalise_name(groups[-1][-1].target) == normalise_name(link.source)
            and groups[-1][-1].target == link.source
            and groups[-1][-1].label is None
        ):
            groups[-1].append(link)
        else:
            groups.append([link])
    return groups


def format_map(map_: Map) -> str:
    return Formatter(map_).render()


def format_owm(map_: Map, placements: Placements) -> str:
    """Plain OnlineWardleyMaps text, every position resolved to numbers."""
    return Formatter(map_, owm=True, placements=placements).render()
