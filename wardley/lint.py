"""The linter: the book's rules for a sound map, reported as warnings.

A map that breaks them still renders (OnlineWardleyMaps draws such maps too), so none of these
is an error; ``wardley check --strict`` makes them fail.
"""

from __future__ import annotations

from collections.abc import Iterator

from wardley.diagnostics import Diagnostic, Related, Severity, Span, sort_key
from wardley.model import Kind, Link, Map, normalise_name

_NOWHERE = Span(1, 1, 1, 1)
#: How many name comparisons the "did you mean" hints of one map may make (about a second).
SUGGESTION_BUDGET = 200_000


def lint(map_: Map) -> list[Diagnostic]:
    out: list[Diagnostic] = []

    def warn(
        code: str,
        message: str,
        span: Span | None,
        hint: str | None = None,
        related: tuple[Related, ...] = (),
    ) -> None:
        out.append(
            Diagnostic(code, message, span or _NOWHERE, Severity.WARNING, hint, map_.path, related)
        )

    names = {normalise_name(c.name): c for c in reversed(map_.components)}
    evolved = {normalise_name(e.to) for e in map_.evolves if e.to}
    known = set(names) | evolved
    spelled = sorted({c.name for c in map_.components} | {e.to for e in map_.evolves if e.to})

    suggestions: dict[str, list[str]] = {}
    budget = [SUGGESTION_BUDGET]  # name comparisons left for "did you mean"

    def near(name: str) -> list[str]:
        """A declared name close to ``name``: spelt nearly alike, or with a word more at
        either end (`label Kettle`, `Kettle 2` for Kettle)."""
        close = suggestions.get(name)
        if close is None:
            words = name.split()
            trimmed = [" ".join(words[1:]), " ".join(words[:-1])] if len(words) > 1 else []
            close = [names[key].name for key in map(normalise_name, trimmed) if key in names][:1]
            # Each suggestion compares the name with every declared one: on a map with
            # thousands of undeclared names that would take minutes, so the search is capped.
            if not close and budget[0] >= len(spelled):
                budget[0] -= len(spelled)
                import difflib  # loaded for hints only

                close = difflib.get_close_matches(name, spelled, n=1, cutoff=0.7)
            suggestions[name] = close
        return close

    def unknown(
        name: str, span: Span | None, what: str, hint: str | None = None, why: str = ""
    ) -> None:
        close = near(name)
        if hint is None:
            hint = f"did you mean '{close[0]}'?" if close else f"declare it: component {name}"
        warn("W102", f"{what} '{name}', which is not declared{why}", span, hint=hint)

    # Duplicate names: links and evolve take the first, so later ones are unreachable.
    first: dict[str, Span | None] = {}
    for component in map_.components:
        key = normalise_name(component.name)
        if key in first:
            where = first[key]
            warn(
                "W105",
                f"duplicate component '{component.name}'; links go to the first one",
                component.span,
                hint="rename one of them",
                related=(Related("first declared here", where),) if where else (),
            )
        first.setdefault(key, component.span)

    reported: set[tuple[str, int | None]] = set()  # each undeclared name once a line
    typos = _arrow_typos(map_.links)
    for link in map_.links:
        for index, end in enumerate((link.source, link.target)):
            span = link.name_spans[index] if len(link.name_spans) == 2 else link.span
            key = (normalise_name(end), span.line if span else None)
            if key[0] not in known and key not in reported:
                reported.add(key)
                what = "link from" if index == 0 else "link to"
                unknown(end, span, what, typos.get(span) if span else None)
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
            span = evolve.name_spans[0] if evolve.name_spans else evolve.span
            unknown(evolve.component, span, "evolve of")
    for overlay in map_.overlays:
        spans = overlay.name_spans
        if len(spans) != len(overlay.members):  # an overlay made in code, not parsed
            spans = (overlay.span,) * len(overlay.members)
        for member, span in zip(overlay.members, spans, strict=True):
            if normalise_name(member) not in known:
                unknown(member, span, f"overlay '{overlay.name}' lists")
    for pipeline in map_.pipelines:
        if normalise_name(pipeline.name) in names:
            continue
        span = pipeline.name_spans[0] if pipeline.name_spans else pipeline.span
        if not pipeline.members:
            unknown(pipeline.name, span, "pipeline for")
        elif near(pipeline.name) and normalise_name(near(pipeline.name)[0]) not in {
            normalise_name(member) for member in pipeline.members
        }:
            # Members need no component to be drawn (`pipeline Editing { Editor; AI Editing }`),
            # but one named nearly alike is most likely meant, and OWM draws such a pipeline
            # not at all.
            why = "; OWM draws neither the pipeline nor its members"
            unknown(pipeline.name, span, "pipeline for", why=why)

    for cycle_link, path in _cycles(map_):
        warn(
            "W103",
            "cycle in the value chain: " + " -> ".join(path),
            cycle_link.span,
            hint="a value chain runs one way, from users down to what they depend on",
        )
    return sorted(out, key=sort_key)


def _arrow_typos(links: tuple[Link, ...]) -> dict[Span, str]:
    """Names that a mistyped arrow made, by where they are written, with the hint for each.

    OWM splits a link at its first `->`, so `B --> C` links 'B -' to 'C' and `B ->> C` links 'B'
    to '> C'. We read them alike, since a component may be called 'B -', but say what they mean.
    """
    hints: dict[Span, str] = {}
    for link in links:
        if link.operator != "->" or len(link.name_spans) != 2:
            continue
        # Only a name written bare: a quoted one, its span wider than the name, is as meant.
        bare = [
            span.end_column - span.column == len(name)
            for span, name in zip(link.name_spans, (link.source, link.target), strict=True)
        ]
        dash = bare[0] and link.source.endswith("-")
        head = bare[1] and link.target.startswith(">")
        source = link.source.removesuffix("-").rstrip() if dash else link.source
        target = link.target.removeprefix(">").lstrip() if head else link.target
        if not source or not target:
            continue
        fixed = f"did you mean `{source} -> {target}`?"
        if dash:
            hints[link.name_spans[0]] = f"{fixed} `-->` reads as `->` from '{link.source}'"
        if head:
            hints[link.name_spans[1]] = f"{fixed} `->>` reads as `->` to '{link.target}'"
    return hints


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
