"""Model × model → diff: what changed between two maps, as small frozen edit records.

A strategy document shows the map of today, then the map of the future; a pull request
changes a ``.wm`` file. :func:`diff` says what changed between two maps, in the domain's
words: components added, removed, moved (with the stage they moved between), renamed and
re-kinded; links added and removed; changes to evolve arrows, pipelines, overlays, notes,
annotations and the map's settings.

Matching is by name, ignoring case and runs of white space. A component is **renamed** when
an ``evolve A -> B`` in either map says so, or when a component that disappeared and one that
appeared have exactly the same links (at least one) to the rest of the map.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import fields, replace
from typing import Any

from wardley import stages
from wardley._dataclass import dataclass
from wardley.model import (
    Component,
    Evolve,
    Link,
    Map,
    Overlay,
    Pipeline,
    Position,
    normalise_name,
)

SCHEMA_VERSION = 1

#: The order changes are listed in: components first, then links, then the rest.
KIND_ORDER = (
    "component",
    "link",
    "evolve",
    "pipeline",
    "overlay",
    "note",
    "annotation",
    "accelerator",
    "attitude",
    "url",
    "map",
)


@dataclass(frozen=True, slots=True)
class Added:
    """Something in the new map only. ``value`` is the model node."""

    kind: str
    name: str
    value: Any

    def inverse(self) -> Removed:
        return Removed(self.kind, self.name, self.value)


@dataclass(frozen=True, slots=True)
class Removed:
    """Something in the old map only."""

    kind: str
    name: str
    value: Any

    def inverse(self) -> Added:
        return Added(self.kind, self.name, self.value)


@dataclass(frozen=True, slots=True)
class Renamed:
    """A component under a new name; ``reason`` is "evolve" or "links" (how it was found)."""

    old: str
    new: str
    reason: str
    kind: str = "component"

    @property
    def name(self) -> str:
        return self.new

    def inverse(self) -> Renamed:
        return Renamed(self.new, self.old, self.reason)


@dataclass(frozen=True, slots=True)
class Moved:
    """A component whose position changed, with the stages it sits in before and after."""

    name: str
    old: Position
    new: Position
    kind: str = "component"

    @property
    def old_stage(self) -> str | None:
        return _stage(self.old)

    @property
    def new_stage(self) -> str | None:
        return _stage(self.new)

    def inverse(self) -> Moved:
        return Moved(self.name, self.new, self.old)


@dataclass(frozen=True, slots=True)
class Changed:
    """One field of something changed: a component's kind or sourcing, a pipeline's or
    overlay's members, the map's title."""

    kind: str
    name: str
    field: str
    old: Any
    new: Any
    #: Which of several pipelines or overlays of one name (0 for the first).
    occurrence: int = 0

    def inverse(self) -> Changed:
        return Changed(self.kind, self.name, self.field, self.new, self.old, self.occurrence)


Change = Added | Removed | Renamed | Moved | Changed


def _stage(position: Position) -> str | None:
    x = position.x
    return None if x is None else stages.STAGES[stages.stage_of(x)]


def _sort_key(change: Change) -> tuple[int, str, int, str, str, str]:
    rank = {Renamed: 0, Removed: 1, Added: 1, Moved: 2, Changed: 3}[type(change)]
    field = getattr(change, "field", "")
    # Then what the change is about, with old and new in a fixed order: a change and its
    # inverse sort alike, so that diff(b, a) is diff(a, b).inverse(). Last the verb, for
    # the one tie: the same thing both removed and added (its names meaning other things).
    about = _change_dict(change)
    ends = sorted(repr(about.pop(key, None)) for key in ("old", "new"))
    return (
        KIND_ORDER.index(change.kind),
        normalise_name(change.name),
        rank,
        field,
        repr((about.get("value"), ends)),
        about["change"],
    )


@dataclass(frozen=True)
class MapDiff:
    """The ordered changes from ``old`` to ``new``. Empty (falsy) when the maps mean the same."""

    changes: tuple[Change, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def inverse(self) -> MapDiff:
        """The changes from ``new`` back to ``old``."""
        # Moves and changes name a component as the new map calls it; going back, that is
        # its old name.
        back = {normalise_name(c.new): c.old for c in self.changes if isinstance(c, Renamed)}
        out = []
        for change in self.changes:
            change = change.inverse()
            if isinstance(change, Moved | Changed) and change.kind == "component":
                change = replace(change, name=back.get(normalise_name(change.name), change.name))
            out.append(change)
        return MapDiff(tuple(sorted(out, key=_sort_key)))

    def counts(self) -> dict[str, int]:
        out: Counter[str] = Counter()
        for change in self.changes:
            out[f"{change.kind} {_verb(change)}"] += 1
        return dict(sorted(out.items()))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, following ``wardley/schema/diff.schema.json``."""
        return {
            "schema_version": SCHEMA_VERSION,
            "changes": [_change_dict(c) for c in self.changes],
            "summary": self.counts(),
        }


def _verb(change: Change) -> str:
    return {Added: "added", Removed: "removed", Renamed: "renamed", Moved: "moved"}.get(
        type(change), "changed"
    )


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if hasattr(value, "__dataclass_fields__"):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in fields(value)
            if f.name
            not in (
                "span",
                "name_spans",
                "label_span",
                "path",
                "setting_spans",
                "diagnostics",
                "comments",
            )
        }
    if hasattr(value, "value") and not isinstance(value, int | float | str):
        return value.value
    return value


def _change_dict(change: Change) -> dict[str, Any]:
    out: dict[str, Any] = {"change": _verb(change), "kind": change.kind, "name": change.name}
    if isinstance(change, Added | Removed):
        out["value"] = _plain(change.value)
    elif isinstance(change, Renamed):
        out.update(old=change.old, new=change.new, reason=change.reason)
    elif isinstance(change, Moved):
        out.update(
            old=_plain(change.old),
            new=_plain(change.new),
            old_stage=change.old_stage,
            new_stage=change.new_stage,
        )
    else:
        out.update(field=change.field, old=_plain(change.old), new=_plain(change.new))
    return out


# ---- computing a diff ------------------------------------------------------------------------
def _first(items: Iterable[Any], key: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        out.setdefault(key(item), item)
    return out


def _neighbours(map_: Map, name: str) -> frozenset[tuple[str, str]]:
    key = normalise_name(name)
    out = set()
    for link in map_.links:
        source, target = normalise_name(link.source), normalise_name(link.target)
        if source == key and target != key:
            out.add(("to", target))
        elif target == key and source != key:
            out.add(("from", source))
    return frozenset(out)


COMPONENT_FIELDS = ("keyword", "label", "inertia", "method", "market", "ecosystem", "tags", "url")


def diff(old: Map, new: Map, *, evolves: tuple[Evolve, ...] = ()) -> MapDiff:
    """What changed from ``old`` to ``new``. ``evolves`` are further ``evolve`` statements
    that explain renames (a map compared with its own future passes its own)."""
    changes: list[Change] = []
    before = _first(old.components, lambda c: normalise_name(c.name))
    after = _first(new.components, lambda c: normalise_name(c.name))
    gone = [k for k in before if k not in after]
    came = [k for k in after if k not in before]

    # Renames: an evolve in either map that names both, else the very same links.
    renames: dict[str, str] = {}
    for evolve in (*old.evolves, *new.evolves, *evolves):
        if evolve.to is None:
            continue
        ends = (normalise_name(evolve.component), normalise_name(evolve.to))
        # Either way round: the evolve may be in the new map, or be undone by it.
        for a, b in (ends, ends[::-1]):
            if a in gone and b in came and a not in renames and b not in renames.values():
                renames[a] = b
    for a in sorted(k for k in gone if k not in renames):
        links = _neighbours(old, a)
        if not links:
            continue
        for b in sorted(k for k in came if k not in renames.values()):
            mapped = {(d, renames.get(n, n)) for d, n in links}
            if mapped == _neighbours(new, b):
                renames[a] = b
                break
    evolve_named = {
        (normalise_name(e.component), normalise_name(e.to))
        for e in (*old.evolves, *new.evolves, *evolves)
        if e.to
    }
    for a, b in renames.items():
        reason = "evolve" if (a, b) in evolve_named or (b, a) in evolve_named else "links"
        changes.append(Renamed(before[a].name, after[b].name, reason))

    def rename(name: str) -> str | tuple[str]:
        """What the old map names, as the new map calls it."""
        key = normalise_name(name)
        if key in renames:
            return renames[key]
        # The old map naming what a renamed component is now called meant something else
        # (an undeclared name): it must not match the renamed component in the new map.
        return (key,) if key in renames.values() else key

    for key in gone:
        if key not in renames:
            changes.append(Removed("component", before[key].name, before[key]))
    for key in came:
        if key not in renames.values():
            changes.append(Added("component", after[key].name, after[key]))
    pairs = [(before[k], after[k]) for k in before if k in after]
    pairs += [(before[a], after[b]) for a, b in renames.items()]
    for a_c, b_c in pairs:
        if a_c.position != b_c.position:
            changes.append(Moved(b_c.name, a_c.position, b_c.position))
        if a_c.kind is not b_c.kind:
            changes.append(Changed("component", b_c.name, "kind", a_c.kind, b_c.kind))
        if a_c.name != b_c.name and normalise_name(a_c.name) == normalise_name(b_c.name):
            changes.append(Changed("component", b_c.name, "name", a_c.name, b_c.name))
        for field in COMPONENT_FIELDS:
            if getattr(a_c, field) != getattr(b_c, field):
                changes.append(
                    Changed("component", b_c.name, field, getattr(a_c, field), getattr(b_c, field))
                )
        # Pipelines go by their own names, which renaming a component does not touch.
        if (a_c.pipeline and normalise_name(a_c.pipeline)) != (
            b_c.pipeline and normalise_name(b_c.pipeline)
        ):
            changes.append(Changed("component", b_c.name, "pipeline", a_c.pipeline, b_c.pipeline))

    changes += _collection(
        "link",
        old.links,
        new.links,
        lambda x: (rename(x.source), rename(x.target), x.operator, x.flow_label, x.label),
        lambda x: (
            normalise_name(x.source),
            normalise_name(x.target),
            x.operator,
            x.flow_label,
            x.label,
        ),
        lambda x: f"{x.source} {x.operator} {x.target}",
    )
    changes += _collection(
        "evolve",
        old.evolves,
        new.evolves,
        lambda e: (rename(e.component), e.to and normalise_name(e.to), e.position, e.label),
        lambda e: (normalise_name(e.component), e.to and normalise_name(e.to), e.position, e.label),
        lambda e: f"{e.component} -> {e.name}",
    )
    changes += _grouped("pipeline", old.pipelines, new.pipelines, rename, ("bounds",))
    changes += _grouped(
        "overlay", old.overlays, new.overlays, rename, ("colour", "keyword", "area")
    )
    changes += _collection("note", old.notes, new.notes, _value_key, _value_key, lambda n: n.text)
    changes += _collection(
        "annotation",
        old.annotations,
        new.annotations,
        _value_key,
        _value_key,
        lambda a: f"{a.number}. {a.text}",
    )
    changes += _collection(
        "accelerator", old.accelerators, new.accelerators, _value_key, _value_key, lambda a: a.name
    )
    changes += _collection(
        "attitude", old.attitudes, new.attitudes, _value_key, _value_key, lambda a: a.kind
    )
    changes += _collection("url", old.urls, new.urls, _value_key, _value_key, lambda u: u.name)
    for setting in SETTINGS:
        if getattr(old, setting) != getattr(new, setting):
            changes.append(
                Changed("map", "", setting, getattr(old, setting), getattr(new, setting))
            )
    return MapDiff(tuple(sorted(changes, key=_sort_key)))


SETTINGS = (
    "title",
    "style",
    "size",
    "evolution_labels",
    "evolution_hidden",
    "valuechain_hidden",
    "annotations_position",
)


def _value_key(node: Any) -> Any:
    return replace(node, span=None)


def _collection(kind, old, new, old_key, new_key, name) -> list[Change]:  # type: ignore[no-untyped-def]
    """Multiset difference of two collections, keyed so that renames are not changes."""
    before = Counter(old_key(x) for x in old)
    after = Counter(new_key(x) for x in new)
    out: list[Change] = []
    seen: Counter[Any] = Counter()
    for x in old:
        key = old_key(x)
        seen[key] += 1
        if seen[key] > after.get(key, 0):
            out.append(Removed(kind, name(x), x))
    seen.clear()
    for x in new:
        key = new_key(x)
        seen[key] += 1
        if seen[key] > before.get(key, 0):
            out.append(Added(kind, name(x), x))
    return out


def _occurrences(groups: Iterable[Any]) -> dict[tuple[str, int], Any]:
    """Groups by name; two of one name are told apart by their order."""
    out: dict[tuple[str, int], Any] = {}
    seen: Counter[str] = Counter()
    for group in groups:
        name = normalise_name(group.name)
        out[(name, seen[name])] = group
        seen[name] += 1
    return out


def _grouped(kind, old, new, rename, extra_fields) -> list[Change]:  # type: ignore[no-untyped-def]
    """Pipelines and overlays: matched by name; their members joining and leaving."""
    out: list[Change] = []
    before, after = _occurrences(old), _occurrences(new)
    for key, group in before.items():
        if key not in after:
            out.append(Removed(kind, group.name, group))
    for key, group in after.items():
        if key not in before:
            out.append(Added(kind, group.name, group))
            continue
        previous, nth = before[key], key[1]
        if tuple(rename(m) for m in previous.members) != tuple(
            normalise_name(m) for m in group.members
        ):
            out.append(Changed(kind, group.name, "members", previous.members, group.members, nth))
        for field in extra_fields:
            old_value, new_value = getattr(previous, field), getattr(group, field)
            if old_value != new_value:
                out.append(Changed(kind, group.name, field, old_value, new_value, nth))
    return out


# ---- applying a diff ----------------------------------------------------------------------------
def apply(old: Map, changes: MapDiff) -> Map:
    """The map ``changes`` lead to from ``old``: ``apply(a, diff(a, b))`` means what ``b``
    means (the same components, links and the rest; the order of statements and the spelling
    of names in references may differ)."""
    names = {normalise_name(c.old): c.new for c in changes.changes if isinstance(c, Renamed)}

    def rename(name: str) -> str:
        return names.get(normalise_name(name), name)

    components = [replace(c, name=rename(c.name)) for c in old.components]
    links = [replace(x, source=rename(x.source), target=rename(x.target)) for x in old.links]
    evolves = [replace(e, component=rename(e.component)) for e in old.evolves]
    pipelines = [replace(p, members=tuple(rename(m) for m in p.members)) for p in old.pipelines]
    overlays = [replace(o, members=tuple(rename(m) for m in o.members)) for o in old.overlays]
    lists: dict[str, list[Any]] = {
        "component": components,
        "link": links,
        "evolve": evolves,
        "pipeline": pipelines,
        "overlay": overlays,
        "note": list(old.notes),
        "annotation": list(old.annotations),
        "accelerator": list(old.accelerators),
        "attitude": list(old.attitudes),
        "url": list(old.urls),
    }
    settings: dict[str, Any] = {}
    for change in changes.changes:
        if isinstance(change, Removed):
            items = lists[change.kind]
            target = _renamed(change.value, rename)
            for index, item in enumerate(items):
                if _same(item, target):
                    del items[index]
                    break
        elif isinstance(change, Added):
            lists[change.kind].append(change.value)
        elif isinstance(change, Moved | Changed) and change.kind != "map":
            field = "position" if isinstance(change, Moved) else change.field
            nth = getattr(change, "occurrence", 0)
            items = lists[change.kind]
            same = [
                index
                for index, item in enumerate(items)
                if normalise_name(item.name) == normalise_name(change.name)
            ]
            if nth < len(same):
                items[same[nth]] = replace(items[same[nth]], **{field: change.new})
        elif isinstance(change, Changed):
            settings[change.field] = change.new
    return replace(
        old,
        components=tuple(components),
        links=tuple(links),
        evolves=tuple(evolves),
        pipelines=tuple(pipelines),
        overlays=tuple(overlays),
        notes=tuple(lists["note"]),
        annotations=tuple(lists["annotation"]),
        accelerators=tuple(lists["accelerator"]),
        attitudes=tuple(lists["attitude"]),
        urls=tuple(lists["url"]),
        **settings,
    )


def _renamed(value: Any, rename: Any) -> Any:
    if isinstance(value, Link):
        return replace(value, source=rename(value.source), target=rename(value.target))
    if isinstance(value, Evolve):
        return replace(value, component=rename(value.component))
    if isinstance(value, Pipeline | Overlay):
        return replace(value, members=tuple(rename(m) for m in value.members))
    return value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Link) and isinstance(b, Link):
        return (
            normalise_name(a.source),
            normalise_name(a.target),
            a.operator,
            a.flow_label,
            a.label,
        ) == (
            normalise_name(b.source),
            normalise_name(b.target),
            b.operator,
            b.flow_label,
            b.label,
        )
    if isinstance(a, Component | Pipeline | Overlay) and type(a) is type(b):
        return normalise_name(a.name) == normalise_name(b.name)
    return replace(a, span=None) == replace(b, span=None)


def canonical(map_: Map) -> Map:
    """A map in a form two maps that mean the same share: collections sorted, names in
    references normalised. Used to say what ``apply`` promises."""

    def key(node: Any) -> str:
        return repr(_plain(node))

    return Map(
        title=map_.title,
        components=tuple(
            sorted(
                (
                    replace(
                        c,
                        name=normalise_name(c.name),
                        span=None,
                        pipeline=c.pipeline and normalise_name(c.pipeline),
                    )
                    for c in map_.components
                ),
                key=key,
            )
        ),
        links=tuple(
            sorted(
                (
                    replace(
                        x,
                        source=normalise_name(x.source),
                        target=normalise_name(x.target),
                        span=None,
                    )
                    for x in map_.links
                ),
                key=key,
            )
        ),
        evolves=tuple(
            sorted(
                (
                    replace(e, component=normalise_name(e.component), span=None)
                    for e in map_.evolves
                ),
                key=key,
            )
        ),
        pipelines=tuple(
            sorted(
                (
                    replace(
                        p,
                        name=normalise_name(p.name),
                        members=tuple(normalise_name(m) for m in p.members),
                        span=None,
                    )
                    for p in map_.pipelines
                ),
                key=key,
            )
        ),
        overlays=tuple(
            sorted(
                (
                    replace(
                        o,
                        name=normalise_name(o.name),
                        members=tuple(normalise_name(m) for m in o.members),
                        span=None,
                    )
                    for o in map_.overlays
                ),
                key=key,
            )
        ),
        notes=tuple(sorted((replace(n, span=None) for n in map_.notes), key=key)),
        annotations=tuple(sorted((replace(a, span=None) for a in map_.annotations), key=key)),
        annotations_position=map_.annotations_position,
        accelerators=tuple(sorted((replace(a, span=None) for a in map_.accelerators), key=key)),
        attitudes=tuple(sorted((replace(a, span=None) for a in map_.attitudes), key=key)),
        urls=tuple(sorted((replace(u, span=None) for u in map_.urls), key=key)),
        style=map_.style,
        size=map_.size,
        evolution_labels=map_.evolution_labels,
        evolution_hidden=map_.evolution_hidden,
        valuechain_hidden=map_.valuechain_hidden,
    )


# ---- one file, two states ------------------------------------------------------------------------
def future(map_: Map) -> Map:
    """The map its ``evolve`` statements describe: each evolving component moved to its new
    evolution (keeping its visibility) and, if renamed, under its new name everywhere."""
    evolves = _first(map_.evolves, lambda e: normalise_name(e.component))
    names: dict[str, str] = {}
    components = []
    for c in map_.components:
        evolve = evolves.get(normalise_name(c.name))
        if evolve is None or evolve.position.x is None:
            components.append(c)
            continue
        position = replace(
            c.position,
            evolution=evolve.position.evolution,
            stage=evolve.position.stage,
            within=evolve.position.within,
        )
        if evolve.to:
            names[normalise_name(c.name)] = evolve.to
        components.append(
            replace(
                c,
                name=evolve.to or c.name,
                position=position,
                label=evolve.label if evolve.label is not None else c.label,
                method=evolve.method or c.method,
                inertia=False,
            )
        )

    def rename(name: str) -> str:
        return names.get(normalise_name(name), name)

    return replace(
        map_,
        components=tuple(components),
        links=tuple(
            replace(x, source=rename(x.source), target=rename(x.target)) for x in map_.links
        ),
        evolves=(),
        pipelines=tuple(
            replace(p, members=tuple(rename(m) for m in p.members)) for p in map_.pipelines
        ),
        overlays=tuple(
            replace(o, members=tuple(rename(m) for m in o.members)) for o in map_.overlays
        ),
    )


__all__ = [
    "Added",
    "Change",
    "Changed",
    "MapDiff",
    "Moved",
    "Removed",
    "Renamed",
    "apply",
    "canonical",
    "diff",
    "future",
]
