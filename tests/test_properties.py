"""Property tests: any text parses or fails with MapError; fmt and parse are inverse."""

from __future__ import annotations

import os
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wardley
from wardley.geometry.placement import place
from wardley.mermaid_writer import format_mermaid
from wardley.model import (
    METHODS,
    Accelerator,
    Annotation,
    Component,
    Evolve,
    Kind,
    Link,
    Map,
    Note,
    Overlay,
    Pipeline,
    Position,
    normalise_name,
)

from .conftest import corpus_maps, needs_corpus
from .grammar_strategy import ALPHABET, WORDS, declarations
from .mermaid_round_trip import differences

SETTINGS = settings(
    max_examples=int(os.environ.get("WARDLEY_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# ---- any text ---------------------------------------------------------------------------------
STATEMENTS = [
    "component", "anchor", "user", "need", "capability", "evolve", "pipeline", "overlay", "note",
    "annotation", "annotations", "title", "style", "size", "evolution", "url", "submap", "{", "}",
    "->", "+>", "+<>", "[", "]", ",", ";", "label", "inertia", "(build)", "//", "/*", "*/", '"',
]  # fmt: skip
pieces = st.one_of(
    st.sampled_from(STATEMENTS),
    st.sampled_from(WORDS),
    st.text(ALPHABET, max_size=8),  # control characters: see corpus_mutations and tests/bad
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["genesis", "custom", "product", "commodity", "prodcut", "1e309", "nan", "-0"]),
)
lines = st.lists(pieces, max_size=8).map(" ".join)
# After some declared components, so that most texts are maps with something in them.
texts = st.tuples(declarations(), st.lists(lines, max_size=8)).map(
    lambda parts: "\n".join(parts[0] + parts[1])
)


@SETTINGS
@given(texts)
def test_any_text_parses_or_raises_map_error(text: str) -> None:
    try:
        map_ = wardley.parse(text)
    except wardley.MapError as error:
        assert error.errors, "MapError must carry at least one error"
        for d in error.diagnostics:
            assert d.line >= 1 and d.column >= 1 and d.message
        return
    wardley.check(map_)
    assert wardley.parse(wardley.format(map_)) == map_


@st.composite
def corpus_mutations(draw: st.DrawFn) -> str:
    maps = corpus_maps()
    text = draw(st.sampled_from(maps)).read_text(encoding="utf-8", errors="replace")
    chars = list(text)
    for _ in range(draw(st.integers(1, 5))):
        if not chars:
            break
        at = draw(st.integers(0, len(chars) - 1))
        action = draw(st.sampled_from(["delete", "insert", "swap"]))
        if action == "delete":
            del chars[at : at + draw(st.integers(1, 20))]
        elif action == "insert":
            chars[at:at] = list(
                draw(st.sampled_from(STATEMENTS + ["\n", " ", "0.5", "[0.1, 0.2]"]))
            )
        else:
            chars[at] = draw(st.characters())
    return "".join(chars)


@needs_corpus
@settings(max_examples=60, deadline=None)
@given(corpus_mutations())
def test_mutated_corpus_maps_parse_or_raise_map_error(text: str) -> None:
    test_any_text_parses_or_raises_map_error.hypothesis.inner_test(text)  # type: ignore[attr-defined]


# ---- generated models ---------------------------------------------------------------------------
name_chars = st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t")
names = st.text(name_chars, min_size=1, max_size=14).filter(lambda s: s.strip() != "")
free_text = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20)
    .map(str.strip)
    .filter(lambda s: s and "//" not in s and "/*" not in s)
)
unit = st.floats(0, 1, allow_nan=False).map(lambda v: v + 0.0)
offset = st.tuples(st.integers(-60, 60), st.integers(-60, 60)).map(
    lambda t: (float(t[0]), float(t[1]))
)


@st.composite
def positions(draw: st.DrawFn, member: bool = False) -> Position:
    visibility = None if member else draw(st.none() | unit)
    if draw(st.booleans()):
        return Position(visibility, draw(st.none() | unit))
    return Position(visibility, stage=draw(st.integers(0, 3)), within=draw(st.none() | unit))


@st.composite
def models(draw: st.DrawFn) -> Map:
    used: set[str] = set()

    def fresh() -> str:
        name = draw(names.filter(lambda n: normalise_name(n) not in used))
        used.add(normalise_name(name))
        return name

    components = []
    for _ in range(draw(st.integers(0, 6))):
        keyword = draw(st.sampled_from(["component", "anchor", "user", "need", "capability"]))
        # One decorator gives a component its kind, as in OWM: a method, market or ecosystem.
        decorator = draw(
            st.sampled_from([None, "build", "buy", "outsource", "market", "ecosystem"])
        )
        components.append(
            Component(
                name=fresh(),
                kind=Kind.CAPABILITY,
                keyword=keyword,
                position=draw(positions()),
                label=draw(st.none() | offset),
                inertia=draw(st.booleans()),
                method=decorator if decorator in METHODS else None,
                market=decorator == "market",
                ecosystem=decorator == "ecosystem",
            )
        )
    pipelines = []
    for _ in range(draw(st.integers(0, 2))):
        pipeline = fresh()
        members = [fresh() for _ in range(draw(st.integers(1, 3)))]
        for member in members:
            components.append(
                Component(
                    member,
                    Kind.CAPABILITY,
                    "member",
                    draw(positions(member=True)),
                    pipeline=pipeline,
                )
            )
        pipelines.append(Pipeline(pipeline, tuple(members)))
    all_names = [c.name for c in components] or ["X"]
    links = []
    for _ in range(draw(st.integers(0, 6))):
        operator = draw(st.sampled_from(["->", "+>", "+<", "+<>"]))
        flow_label = None
        if operator != "->":
            flow_label = draw(st.none() | free_text.filter(lambda s: "'" not in s))
        links.append(
            Link(
                draw(st.sampled_from(all_names)),
                draw(st.sampled_from(all_names)),
                operator,
                flow_label,
                draw(st.none() | free_text),
            )
        )
    evolves = [
        Evolve(
            draw(st.sampled_from(all_names)),
            replace(draw(positions(member=True)), visibility=None),
            to=draw(st.none() | names),
            label=draw(st.none() | offset),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    evolves = [e for e in evolves if e.position.x is not None]
    overlays = [
        Overlay(
            draw(names.filter(lambda n: "\n" not in n)),
            tuple(draw(st.lists(st.sampled_from(all_names), min_size=1, max_size=3))),
            draw(st.sampled_from([None, "yellow", "#aabbcc"])),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    notes = [Note(draw(names), draw(positions())) for _ in range(draw(st.integers(0, 2)))]
    # Untyped components get the kind the parser infers: linked from a user, a need.
    users = {normalise_name(c.name) for c in components if c.keyword in ("user", "anchor")}
    needs = {normalise_name(x.target) for x in links if normalise_name(x.source) in users}
    kinds = {
        "user": Kind.USER,
        "anchor": Kind.USER,
        "need": Kind.NEED,
        "capability": Kind.CAPABILITY,
    }
    components = [
        replace(
            c,
            kind=kinds.get(c.keyword)
            or (Kind.NEED if normalise_name(c.name) in needs else Kind.CAPABILITY),
        )
        for c in components
    ]
    return Map(
        title=draw(st.none() | free_text),
        components=tuple(components),
        links=tuple(links),
        evolves=tuple(evolves),
        pipelines=tuple(pipelines),
        overlays=tuple(overlays),
        notes=tuple(notes),
        style=draw(st.sampled_from([None, "wardley", "plain", "book"])),
    )


@SETTINGS
@given(models())
def test_format_then_parse_is_identity_on_models(map_: Map) -> None:
    text = wardley.format(map_)
    again = wardley.parse(text)
    assert again == map_, text
    assert wardley.format(again) == wardley.format(wardley.parse(wardley.format(again)))


@st.composite
def mermaid_models(draw: st.DrawFn) -> Map:
    """:func:`models`, with what else Mermaid's dialect says: annotations, accelerators, the
    size, and stages of its own (two or more, with or without boundaries)."""
    map_ = draw(models())
    point = st.tuples(unit, unit).map(lambda p: Position(*p))
    stages = draw(st.none() | st.lists(names, min_size=2, max_size=6).map(tuple))
    ends = None
    if stages is not None and draw(st.booleans()):
        cuts = draw(st.lists(unit, min_size=len(stages) - 1, max_size=len(stages) - 1, unique=True))
        ends = (*sorted(c for c in cuts if 0 < c < 1), 1.0)
        ends = ends if len(ends) == len(stages) else None
    return replace(
        map_,
        annotations=tuple(
            Annotation(
                draw(st.integers(0, 30)),
                tuple(draw(st.lists(point, min_size=1, max_size=2))),
                draw(free_text),
            )
            for _ in range(draw(st.integers(0, 2)))
        ),
        annotations_position=draw(st.none() | point),
        accelerators=tuple(
            Accelerator(draw(names), draw(point), draw(st.booleans()))
            for _ in range(draw(st.integers(0, 2)))
        ),
        size=draw(st.none() | st.tuples(st.integers(100, 4000), st.integers(100, 4000))),
        evolution_labels=stages,
        evolution_boundaries=ends,
    )


@SETTINGS
@given(mermaid_models())
def test_mermaid_then_parse_keeps_what_mermaid_can_say(map_: Map) -> None:
    """``convert --to mermaid`` read back: the same components (names, kinds, places, label
    offsets, decorators, pipelines), links, evolves, notes and title, as far as Mermaid's
    dialect can say them (see tests/mermaid_round_trip.py)."""
    placements = {k: (p.visibility, p.evolution) for k, p in place(map_).items()}
    text, _ = format_mermaid(map_, placements)
    again = wardley.parse(text)
    assert differences(map_, again) == {}, text
