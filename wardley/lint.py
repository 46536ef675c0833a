"""The linter: the book's rules for a sound map, reported as warnings.

A map that breaks them still renders (OnlineWardleyMaps draws such maps too), so none of these
is an error; ``wardley check --strict`` makes them fail.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from wardley.diagnostics import Diagnostic, Severity, Span, sort_key
from wardley.model import Kind, Link, Map, normalise_name

_NOWHERE = Span(1, 1, 1, 1)


def lint(map_: Map) -> list[Diagnostic]:
    out: list[Diagnostic] = []

    def warn(code: str, message: str, span: Span | None, hint: str | None = None) -> None:
        out.append(Diagnostic(code, message, span or _NOWHERE, Severity.WARNING, hint, map_.path))

    names = {normalise_name(c.name): c for c in reversed(map_.components)}
    evolved = {normalise_name(e.to) for e in map_.evolves if e.to}
    known = set(names) | evolved
    spelled = sorted({c.name for c in map_.components} | {e.to for e in map_.evolves if e.to})

    def unknown(name: str, span: Span | None, what: str) -> None:
        close = difflib.get_close_matches(name, spelled, n=1, cutoff=0.7)
        warn(
            "W102",
            f"{what} '{name}', which is not declared",
            span,
            hint=f"did you mean '{close[0]}'?" if close else f"declare it: component {name}",
        )

    # Duplicate names: links and evolve take the first, so later ones are unreachable.
    seen: set[str] = set()
    for component in map_.components:
        key = normalise_name(component.name)
        if key in seen:
            warn(
                "W105",
                f"duplicate component '{component.name}'; links go to the first one",
                component.span,
                hint="rename one of them",
            )
        seen.add(key)

    reported: set[tuple[str, Span | None]] = set()
    for link in map_.links:
        for end in (link.source, link.target):
            key = (normalise_name(end), link.span)
            if key[0] not in known and key not in reported:
                reported.add(key)
                unknown(end, link.span, "link to")
        if normalise_name(link.source) == normalise_name(link.target):
            warn("W107", f"'{link.source}' is linked to itself", link.span, hint="remove the link")
        source = names.get(normalise_name(link.source))
        target = names.get(normalise_name(link.target))
        if source is None or target is None:
            continue
        if source.kind is Kind.USER and target.declared_kind is Kind.CAPABILITY:
            warn(
                "W101",
                f"capability '{target.name}' is linked straight from user '{source.name}'",
                link.span,
                hint="a user links to a need, and the need to the capability that fulfils it",
            )
        if (
            not link.is_flow
            and source.position.visibility is not None
            and target.position.visibility is not None
            and target.position.visibility > source.position.visibility
            and target.kind is not Kind.USER
        ):
            warn(
                "W104",
                f"'{target.name}' is drawn above '{source.name}', which depends on it",
                link.span,
                hint="a dependency sits lower (less visible) than what depends on it",
            )

    for evolve in map_.evolves:
        if normalise_name(evolve.component) not in names:
            unknown(evolve.component, evolve.span, "evolve of")
    for overlay in map_.overlays:
        for member in overlay.members:
            if normalise_name(member) not in known:
                unknown(member, overlay.span, f"overlay '{overlay.name}' lists")
    for pipeline in map_.pipelines:
        if not pipeline.members and normalise_name(pipeline.name) not in names:
            unknown(pipeline.name, pipeline.span, "pipeline for")

    for cycle_link, path in _cycles(map_):
        warn(
            "W103",
            "cycle in the value chain: " + " -> ".join(path),
            cycle_link.span,
            hint="a value chain runs one way, from users down to what they depend on",
        )
    return sorted(out, key=sort_key)


def _cycles(map_: Map) -> list[tuple[Link, list[str]]]:
    """Each dependency link that closes a cycle, with the cycle it closes (self-links aside)."""
    graph: dict[str, list[Link]] = {}
    for link in map_.links:
        if not link.is_flow:
            graph.setdefault(normalise_name(link.source), []).append(link)
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    found: list[tuple[Link, list[str]]] = []
    for root in sorted(graph):
        if state.get(root):
            continue
        stack: list[tuple[str, Iterator[Link]]] = [(root, iter(graph.get(root, ())))]
        trail = [root]
        state[root] = 1
        while stack:
            node, edges = stack[-1]
            link = next(edges, None)
            if link is None:
                state[node] = 2
                stack.pop()
                trail.pop()
                continue
            nxt = normalise_name(link.target)
            if nxt == node:
                continue
            if state.get(nxt) == 1:
                start = trail.index(nxt)
                found.append((link, [*trail[start:], nxt]))
            elif not state.get(nxt):
                state[nxt] = 1
                stack.append((nxt, iter(graph.get(nxt, ()))))
                trail.append(nxt)
    return found
