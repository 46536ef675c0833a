"""The diff as a picture, and as text.

The picture is the new map, with what changed marked the way the book marks change: removed
components as grey dashed ghosts where they were, added ones ringed, moved ones with a red
arrow from their old place, added links emphasised and removed links dashed grey, and a small
legend. Components that did not change keep the place they had in the old map, so the
unchanged parts of a map do not jump.
"""

from __future__ import annotations

from dataclasses import replace

from wardley import stages
from wardley.compose import Composer, Frame, frame_for
from wardley.geometry import labels
from wardley.geometry.placement import Placement, place
from wardley.mapdiff import Added, Changed, MapDiff, Moved, Removed, Renamed, diff
from wardley.model import Kind, Link, Map, Position, normalise_name
from wardley.scene import Box, Circle, Line, Rect, Scene, Style
from wardley.themes import Theme, get_theme

ADDED = "#1b9e3e"
REMOVED = "#9a9a9a"
MOVED = "#d0021b"


def _placements(
    old: Map, new: Map, changes: MapDiff, frame: Frame
) -> tuple[dict[str, Placement], dict[str, Placement]]:
    """Old places, and new places with every unchanged component pinned where it was."""
    before = place(old, frame.plot_width, frame.plot_height)
    touched = set()
    for change in changes.changes:
        if change.kind == "component":
            touched.add(normalise_name(change.name))
            if isinstance(change, Renamed):
                touched.add(normalise_name(change.old))
    pinned = {
        key: spot
        for key, spot in before.items()
        if key not in touched and any(normalise_name(c.name) == key for c in new.components)
    }
    after = place(new, frame.plot_width, frame.plot_height, pinned=pinned)
    return before, after


class DiffComposer(Composer):
    def __init__(self, old: Map, new: Map, changes: MapDiff, theme: Theme, frame: Frame) -> None:
        self.old = old
        self.changes = changes
        self.before, after = _placements(old, new, changes, frame)
        super().__init__(new, theme, "current", frame, placements=after)
        renames = {normalise_name(c.old): c.new for c in changes if isinstance(c, Renamed)}
        self.renames = renames
        self.added = {
            normalise_name(c.name)
            for c in changes
            if isinstance(c, Added) and c.kind == "component"
        }
        self.added_links = {
            (normalise_name(c.value.source), normalise_name(c.value.target))
            for c in changes
            if isinstance(c, Added) and c.kind == "link"
        }

    def old_point(self, name: str) -> tuple[float, float] | None:
        component = self.old.find(name)
        return None if component is None else self.place_in(component, self.before)

    def links(self) -> None:
        super().links()
        t = self.theme
        for source, target in sorted(self.added_links):
            a, b = self.points.get(source), self.points.get(target)
            if a and b and a != b:
                style = Style(stroke=ADDED, stroke_width=2.6)
                self.add("links", Line(self.id("link-added"), "link-added", *a, *b, style))
        ghosts = self.ghost_points()
        for change in self.changes:
            if isinstance(change, Removed) and change.kind == "link":
                link: Link = change.value
                a = self.points.get(self.renamed(link.source)) or ghosts.get(
                    normalise_name(link.source)
                )
                b = self.points.get(self.renamed(link.target)) or ghosts.get(
                    normalise_name(link.target)
                )
                if a and b and a != b:
                    style = Style(stroke=REMOVED, stroke_width=t.link_width, dash="4,3")
                    self.add("links", Line(self.id("link-removed"), "link-removed", *a, *b, style))
                    self.obstacles.add_segment(*a, *b)

    def renamed(self, name: str) -> str:
        key = normalise_name(name)
        return normalise_name(self.renames.get(key, key))

    def ghost_points(self) -> dict[str, tuple[float, float]]:
        out = {}
        for change in self.changes:
            if isinstance(change, Removed) and change.kind == "component":
                point = self.old_point(change.name)
                if point:
                    out[normalise_name(change.name)] = point
        return out

    def extras(self) -> None:
        t = self.theme
        r = t.radius
        for key, (x, y) in self.ghost_points().items():
            component = self.old.find(key)
            assert component is not None
            style = Style(fill=t.background, stroke=REMOVED, stroke_width=1.4, dash="3,2")
            circle = self.id("removed")
            self.add("components", Circle(circle, "removed", x, y, r, style))
            self.obstacles.add_circle(x, y, r + 1)
            label = f"removed:{key}"
            self.symbols[label] = circle
            self.requests.append(
                labels.Request(
                    label, x, y, r, tuple(component.name.split("\n")), t.label_size, symbol=True
                )
            )
            self.label_styles[label] = ("removed-label", REMOVED, False, None)
        for key in sorted(self.added):
            point = self.points.get(key)
            if point:
                ring = Style(fill="none", stroke=ADDED, stroke_width=2.2)
                self.add("components", Circle(self.id("added"), "added", *point, r + 4, ring))
        for change in self.changes:
            if isinstance(change, Moved):
                old = self.old_point(
                    next(
                        (
                            c.old
                            for c in self.changes
                            if isinstance(c, Renamed) and c.new == change.name
                        ),
                        change.name,
                    )
                )
                new = self.points.get(normalise_name(change.name))
                if old and new and abs(old[0] - new[0]) + abs(old[1] - new[1]) > 2 * r:
                    style = Style(stroke=MOVED, stroke_width=1.6, dash="5,4")
                    dx, dy = new[0] - old[0], new[1] - old[1]
                    length = (dx * dx + dy * dy) ** 0.5
                    ux, uy = dx / length, dy / length
                    start = (old[0] + ux * (r + 2), old[1] + uy * (r + 2))
                    end = (new[0] - ux * (r + 4), new[1] - uy * (r + 4))
                    self.add(
                        "evolve", Line(self.id("moved"), "moved", *start, *end, style, arrow=True)
                    )
                    self.obstacles.add_segment(*start, *end)
                    ghost = Style(fill=t.background, stroke=MOVED, stroke_width=1, dash="2,2")
                    moved_from = self.id("moved-from")
                    self.add("components", Circle(moved_from, "moved-from", *old, r - 1, ghost))
                    self.obstacles.add_circle(*old, r)
                    former = next(
                        (
                            c.old
                            for c in self.changes
                            if isinstance(c, Renamed) and c.new == change.name
                        ),
                        None,
                    )
                    if former is not None:
                        # A renamed component's old name stays where it was, in grey.
                        label = f"former:{former}"
                        self.requests.append(
                            labels.Request(label, *old, r, (former,), t.small_size, symbol=True)
                        )
                        self.label_styles[label] = ("removed-label", REMOVED, False, None)
                        self.symbols[label] = moved_from
        self.legend()

    def legend(self) -> None:
        t = self.theme
        present = {shape.role for layer in self.shapes.values() for shape in layer}
        entries = [
            (name, colour)
            for name, colour, role in (
                ("added", ADDED, "added"),
                ("removed", REMOVED, "removed"),
                ("moved", MOVED, "moved"),
                ("link added", ADDED, "link-added"),
                ("link removed", REMOVED, "link-removed"),
            )
            if role in present
        ]
        if not entries:
            return
        size = t.small_size
        width = 118.0
        height = 10 + len(entries) * size * 1.6
        # In a free corner of the plot, the top right if it is free.
        x, y = self.free_spot(width, height, self.corners(width, height, right_first=True))
        box = Style(fill=t.background, stroke=t.separator, stroke_width=1, opacity=0.95)
        self.add("notes", Rect(self.id("legend"), "legend", x, y, width, height, box, rx=3))
        self.obstacles.add_box(Box(x, y, width, height))
        for index, (name, colour) in enumerate(entries):
            cy = y + 6 + size * 0.8 + index * size * 1.6
            cx = x + 16
            if name == "added":
                self.add(
                    "notes",
                    Circle(
                        self.id("legend"),
                        "legend",
                        cx,
                        cy,
                        6,
                        Style(fill="none", stroke=colour, stroke_width=2.2),
                    ),
                )
            elif name == "removed":
                self.add(
                    "notes",
                    Circle(
                        self.id("legend"),
                        "legend",
                        cx,
                        cy,
                        5,
                        Style(fill=t.background, stroke=colour, dash="3,2"),
                    ),
                )
            elif name == "moved":
                self.add(
                    "notes",
                    Line(
                        self.id("legend"),
                        "legend",
                        cx - 10,
                        cy,
                        cx + 8,
                        cy,
                        Style(stroke=colour, stroke_width=1.6, dash="5,4"),
                        arrow=True,
                    ),
                )
            else:
                dash = "4,3" if "removed" in name else None
                width_ = 2.6 if "added" in name else t.link_width
                self.add(
                    "notes",
                    Line(
                        self.id("legend"),
                        "legend",
                        cx - 10,
                        cy,
                        cx + 10,
                        cy,
                        Style(stroke=colour, stroke_width=width_, dash=dash),
                    ),
                )
            self.text(
                "legend", x + 32, cy + size * 0.35, name, size=size, layer="notes", obstacle=False
            )


def diff_layout(
    old: Map, new: Map, theme: str | Theme | None = None, width: float | None = None
) -> Scene:
    resolved = theme if isinstance(theme, Theme) else get_theme(theme or new.style)
    changes = diff(old, new)
    frame = frame_for(new, resolved, width, None)
    scene = DiffComposer(old, new, changes, resolved, frame).compose()
    return replace(scene, title=f"{scene.title}: changes")


def diff_svg(old: Map, new: Map, theme: str | None = None, width: float | None = None) -> str:
    from wardley.svg import to_svg

    scene = diff_layout(old, new, theme, width)
    return to_svg(replace(scene, description=describe_changes(diff(old, new))))


# ---- text ---------------------------------------------------------------------------------------
def _where(position: Position) -> str:
    """A position in words: "custom 0.9, visibility 0.55", "evolution 0.62", "placed"."""
    parts = []
    if position.stage is not None:
        within = f" {position.within:g}" if position.within is not None else ""
        parts.append(f"{stages.STAGES[position.stage]}{within}")
    elif position.evolution is not None:
        parts.append(f"evolution {position.evolution:g}")
    if position.visibility is not None:
        parts.append(f"visibility {position.visibility:g}")
    return ", ".join(parts)


def change_lines(changes: MapDiff) -> list[tuple[str, str]]:
    """(mark, text) per change: mark is + (added), - (removed) or ~ (changed)."""
    out = []
    for change in changes:
        if isinstance(change, Added | Removed):
            mark = "+" if isinstance(change, Added) else "-"
            value = change.value
            kind = value.kind.value if change.kind == "component" else change.kind
            where = _where(value.position) if change.kind == "component" else ""
            out.append((mark, f"{kind} {change.name}" + (f" ({where})" if where else "")))
        elif isinstance(change, Renamed):
            out.append(("~", f"renamed {change.old} → {change.new} ({change.reason})"))
        elif isinstance(change, Moved):
            how = f"{_where(change.old) or 'placed'} → {_where(change.new) or 'placed'}"
            if change.old_stage and change.new_stage and change.old_stage != change.new_stage:
                how = f"{change.old_stage} → {change.new_stage} ({how})"
            out.append(("~", f"moved {change.name}: {how}"))
        elif isinstance(change, Changed):
            if change.field == "members":
                joined = [
                    m
                    for m in change.new
                    if normalise_name(m) not in {normalise_name(o) for o in change.old}
                ]
                left = [
                    m
                    for m in change.old
                    if normalise_name(m) not in {normalise_name(n) for n in change.new}
                ]
                parts = [f"+{m}" for m in joined] + [f"-{m}" for m in left] or ["reordered"]
                out.append(("~", f"{change.kind} {change.name}: " + ", ".join(parts)))
            elif change.kind == "map":
                out.append(("~", f"{change.field}: {_show(change.old)} → {_show(change.new)}"))
            else:
                out.append(
                    (
                        "~",
                        f"{change.kind} {change.name}: {change.field} "
                        f"{_show(change.old)} → {_show(change.new)}",
                    )
                )
    return out


def _show(value: object) -> str:
    if isinstance(value, Kind):
        return value.value
    if value is None or value == ():
        return "none"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def describe_changes(changes: MapDiff) -> str:
    if not changes:
        return "no changes"
    return "; ".join(text for _, text in change_lines(changes))


def summary(changes: MapDiff) -> str:
    if not changes:
        return "no changes"
    counts = changes.counts()
    parts = []
    for what, n in counts.items():
        kind, verb = what.rsplit(" ", 1)
        kind = {"map": "setting"}.get(kind, kind)
        noun = kind if n == 1 else kind + "s"
        parts.append(f"{n} {noun} {verb}")
    total = len(changes)
    return f"{total} change{'s' if total != 1 else ''}: " + ", ".join(parts)
