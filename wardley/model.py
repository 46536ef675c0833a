"""The map model: plain frozen dataclasses, the contract between the stages of the pipeline.

Parsing produces a :class:`Map`; layout, rendering, formatting and diffing only read it. Every
node keeps the :class:`~wardley.diagnostics.Span` it came from (not part of equality, so that a
map and its formatted text compare equal). The model never holds parser objects.
"""

from __future__ import annotations

from dataclasses import field, fields
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Any

from wardley import stages
from wardley._dataclass import dataclass
from wardley.diagnostics import Diagnostic, Span

SCHEMA_VERSION = 1


class Kind(StrEnum):
    """What a component is in the value chain."""

    USER = "user"
    NEED = "need"
    CAPABILITY = "capability"


#: The statement keyword a component was declared with, and the kind it declares (None: infer).
DECLARED_KINDS: dict[str, Kind | None] = {
    "user": Kind.USER,
    "anchor": Kind.USER,
    "need": Kind.NEED,
    "capability": Kind.CAPABILITY,
    "component": None,
    "submap": None,
    "member": None,  # a bare name in a pipeline block
}

METHODS = ("build", "buy", "outsource")

#: How a link is drawn: a dependency, or one of OWM's flows.
LINK_OPERATORS = ("->", "+>", "+<", "+<>")


@lru_cache(maxsize=16384)  # the same names are compared again and again, on maps of thousands
def normalise_name(name: str) -> str:
    """Names match ignoring case and runs of white space, as in OnlineWardleyMaps."""
    return " ".join(name.split()).lower()


@dataclass(frozen=True, slots=True)
class Position:
    """Where something sits. Any part may be unknown (None): layout then places it.

    The evolution (x) is either a number, ``evolution``, or a stage index (0 genesis .. 3
    commodity) with an optional place ``within`` it (0 its left edge, 1 its right edge).
    """

    visibility: float | None = None
    evolution: float | None = None
    stage: int | None = None
    within: float | None = None

    @property
    def x(self) -> float | None:
        """The evolution as a number, resolving a stage to its place on the axis."""
        if self.evolution is not None:
            return self.evolution
        if self.stage is not None:
            return stages.evolution_of(self.stage, self.within)
        return None

    @property
    def is_fixed(self) -> bool:
        return self.visibility is not None and self.x is not None


@dataclass(frozen=True, slots=True)
class Component:
    """A user, need or capability: a node of the value chain."""

    name: str
    kind: Kind
    keyword: str = "component"
    position: Position = Position()
    label: tuple[float, float] | None = None
    inertia: bool = False
    method: str | None = None
    market: bool = False
    ecosystem: bool = False
    tags: tuple[str, ...] = ()
    pipeline: str | None = None
    url: str | None = None
    span: Span | None = field(default=None, compare=False)
    #: Where ``label [dx, dy]`` is written.
    label_span: Span | None = field(default=None, compare=False)

    @property
    def declared_kind(self) -> Kind | None:
        """The kind the author wrote (``user``/``need``/``capability``), None when inferred."""
        return DECLARED_KINDS.get(self.keyword)


@dataclass(frozen=True, slots=True)
class Link:
    """``source`` depends on ``target`` (or, for flows, value flows between them)."""

    source: str
    target: str
    operator: str = "->"
    flow_label: str | None = None
    label: str | None = None
    span: Span | None = field(default=None, compare=False)
    #: Where the source and the target are written.
    name_spans: tuple[Span, ...] = field(default=(), compare=False)

    @property
    def is_flow(self) -> bool:
        return self.operator != "->"


@dataclass(frozen=True, slots=True)
class Evolve:
    """The future: ``component`` will move to ``position`` (and be called ``to`` if renamed)."""

    component: str
    position: Position
    to: str | None = None
    label: tuple[float, float] | None = None
    inertia: bool = False
    method: str | None = None
    market: bool = False
    ecosystem: bool = False
    tags: tuple[str, ...] = ()
    span: Span | None = field(default=None, compare=False)
    #: Where ``component`` (and ``to``, if given) is written.
    name_spans: tuple[Span, ...] = field(default=(), compare=False)
    #: Where ``label [dx, dy]`` is written.
    label_span: Span | None = field(default=None, compare=False)

    @property
    def name(self) -> str:
        """The name of the evolved component."""
        return self.to or self.component


@dataclass(frozen=True, slots=True)
class Pipeline:
    """One capability as a series of expected evolutions, drawn as a band.

    ``members`` name components (each with ``pipeline`` set to this pipeline's name).
    ``bounds`` is OWM's one-line ``pipeline X [from, to]`` evolution span.
    """

    name: str
    members: tuple[str, ...] = ()
    bounds: tuple[float, float] | None = None
    span: Span | None = field(default=None, compare=False)
    #: Where the pipeline's name is written.
    name_spans: tuple[Span, ...] = field(default=(), compare=False)


#: wardleyToGo's Team Topologies statements, drawn as team areas.
TEAM_KEYWORDS = ("streamAlignedTeam", "enablingTeam", "platformTeam", "complicatedSubsystemTeam")


@dataclass(frozen=True, slots=True)
class Overlay:
    """A shaded area grouping components, most often the team that owns them.

    An ``overlay`` names its members; a Team Topologies team (``keyword`` one of
    :data:`TEAM_KEYWORDS`) gives its ``area`` as two corners [v1, e1, v2, e2] instead.
    """

    name: str
    members: tuple[str, ...] = ()
    colour: str | None = None
    keyword: str = "overlay"
    area: tuple[float, float, float, float] | None = None
    span: Span | None = field(default=None, compare=False)
    #: Where each member's name is written, in the order of ``members``.
    name_spans: tuple[Span, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Note:
    """A note: text placed on the map."""

    text: str
    position: Position = Position()
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Annotation:
    """A numbered marker shown at one or more places, with its text listed in a legend."""

    number: int
    places: tuple[Position, ...]
    text: str = ""
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Accelerator:
    """OWM's accelerator (a wide arrow right) or deaccelerator (left)."""

    name: str
    position: Position = Position()
    deaccelerator: bool = False
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Attitude:
    """A pioneers, settlers or town planners area: two corners, [v1, e1, v2, e2]."""

    kind: str
    corners: tuple[float, float, float, float]
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Url:
    """A named address that submaps refer to: ``url name [https://…]``."""

    name: str
    address: str
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Comment:
    """A source comment, kept so that ``fmt`` can print it back where it was."""

    text: str
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Map:
    """A whole Wardley map."""

    title: str | None = None
    components: tuple[Component, ...] = ()
    links: tuple[Link, ...] = ()
    evolves: tuple[Evolve, ...] = ()
    pipelines: tuple[Pipeline, ...] = ()
    overlays: tuple[Overlay, ...] = ()
    notes: tuple[Note, ...] = ()
    annotations: tuple[Annotation, ...] = ()
    annotations_position: Position | None = None
    accelerators: tuple[Accelerator, ...] = ()
    attitudes: tuple[Attitude, ...] = ()
    urls: tuple[Url, ...] = ()
    style: str | None = None
    size: tuple[float, float] | None = None
    evolution_labels: tuple[str, ...] | None = None
    #: Where each stage of the evolution axis ends, left to right (Mermaid's `Stage@0.25`);
    #: None for the usual places (:data:`wardley.stages.BOUNDS`, or equal widths for other
    #: than four stages).
    evolution_boundaries: tuple[float, ...] | None = None
    evolution_hidden: bool = False
    valuechain_hidden: bool = False
    comments: tuple[Comment, ...] = field(default=(), compare=False)
    #: Where each map-level setting was written (``title``, ``style``, …), for ``fmt``.
    setting_spans: tuple[tuple[str, Span], ...] = field(default=(), compare=False)
    #: What parsing found wrong but could live with (warnings), for ``check``.
    diagnostics: tuple[Diagnostic, ...] = field(default=(), compare=False)
    path: str | None = field(default=None, compare=False)

    @cached_property
    def _index(self) -> dict[str, Component]:
        index: dict[str, Component] = {}
        for component in self.components:
            index.setdefault(normalise_name(component.name), component)
        return index

    def find(self, name: str) -> Component | None:
        """The component called ``name`` (matched ignoring case and white space), or None.

        With duplicate names the first declaration wins, as in OnlineWardleyMaps.
        """
        return self._index.get(normalise_name(name))

    @property
    def stage_labels(self) -> tuple[str, ...]:
        return self.evolution_labels or stages.DEFAULT_LABELS

    @property
    def stage_bounds(self) -> tuple[tuple[float, float], ...]:
        """Where each stage of the evolution axis starts and ends, one pair per stage label."""
        return stages.bounds(len(self.stage_labels), self.evolution_boundaries)

    # Jupyter and IPython show a map as its picture.
    def _repr_svg_(self) -> str:
        from wardley.api import to_svg

        return to_svg(self)

    def _repr_png_(self) -> bytes:
        from wardley.api import to_png

        return to_png(self)

    def to_dict(self) -> dict[str, Any]:
        """The map as JSON-ready data, following ``wardley/schema/map.schema.json``."""
        data = _to_data(self)
        data = {"schema_version": SCHEMA_VERSION, **data}
        return data


def _to_data(value: Any) -> Any:
    if isinstance(value, Span):
        return value.to_dict()
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, tuple):
        return [_to_data(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return {
            f.name: _to_data(getattr(value, f.name))
            for f in fields(value)
            if f.name not in ("path", "setting_spans", "diagnostics", "name_spans", "label_span")
        }
    return value
