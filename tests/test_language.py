"""The language: OWM statements keep their meaning; our own statements mean what the docs say."""

from __future__ import annotations

import pytest

import wardley
from wardley import Kind, MapError
from wardley.scene import Text


def parse(text: str) -> wardley.Map:
    return wardley.parse(text)


def codes(text: str) -> list[str]:
    try:
        return [d.code for d in wardley.check(wardley.parse(text))]
    except MapError as error:
        return [d.code for d in error.diagnostics]


def test_owm_component_with_everything() -> None:
    m = parse("component Kettle [0.43, 0.35] label [-57, 4] inertia (build) (market)")
    [kettle] = m.components
    assert kettle.position.visibility == 0.43 and kettle.position.evolution == 0.35
    assert kettle.label == (-57, 4)
    # OWM reads the first decorator only: (market) is ignored, with a warning.
    assert kettle.inertia and kettle.method == "build" and not kettle.market
    assert kettle.kind is Kind.CAPABILITY and kettle.declared_kind is None
    assert [d.code for d in wardley.check(m)] == ["W109"]


def test_names_with_spaces_punctuation_and_other_letters() -> None:
    m = parse('component Café & Thé (Paris) [0.5, 0.5]\ncomponent "Cup\\nof Tea" [0.2, 0.2]')
    assert [c.name for c in m.components] == ["Café & Thé (Paris)", "Cup\nof Tea"]


def test_typed_components_and_inferred_kinds() -> None:
    m = parse(
        "anchor Business\nuser Public\ncomponent Cup of Tea\ncomponent Kettle\nneed Hot drink\n"
        "capability Water\nBusiness -> Cup of Tea\nCup of Tea -> Kettle"
    )
    kinds = {c.name: (c.kind, c.declared_kind) for c in m.components}
    assert kinds == {
        "Business": (Kind.USER, Kind.USER),
        "Public": (Kind.USER, Kind.USER),
        "Cup of Tea": (Kind.NEED, None),
        "Kettle": (Kind.CAPABILITY, None),
        "Hot drink": (Kind.NEED, Kind.NEED),
        "Water": (Kind.CAPABILITY, Kind.CAPABILITY),
    }


@pytest.mark.parametrize(
    ("bracket", "stage", "within", "x"),
    # x: the middle of the stage between OWM's dividers at 0.175, 0.4 and 0.7, or `within` it.
    [
        ("[genesis]", 0, None, 0.0875),
        ("[custom]", 1, None, 0.2875),
        ("[custom-built]", 1, None, 0.2875),
        ("[product]", 2, None, 0.55),
        ("[rental]", 2, None, 0.55),
        ("[commodity]", 3, None, 0.85),
        ("[Utility]", 3, None, 0.85),
        ("[product 0.3]", 2, 0.3, 0.49),
        ("[commodity 0]", 3, 0.0, 0.7),
        ("[genesis 1]", 0, 1.0, 0.175),
    ],
)
def test_stage_names(bracket: str, stage: int, within: float | None, x: float) -> None:
    [c] = parse(f"capability X {bracket}").components
    assert (c.position.stage, c.position.within, c.position.visibility) == (stage, within, None)
    assert c.position.x == pytest.approx(x, abs=1e-12)


def test_visibility_with_a_stage_and_auto() -> None:
    a, b, c = parse("need A [0.7, custom]\nneed B [auto, 0.6]\nneed C [0.4, auto]").components
    assert (a.position.visibility, a.position.stage) == (0.7, 1)
    assert (b.position.visibility, b.position.evolution) == (None, 0.6)
    assert (c.position.visibility, c.position.x) == (0.4, None)


def test_missing_coordinates_are_unknown_not_zero() -> None:
    [c] = parse("component Free").components
    assert c.position.visibility is None and c.position.x is None


def test_custom_evolution_labels_rename_the_stages() -> None:
    m = parse(
        "evolution Uncharted->Experimental->Established->Industrialised\ncomponent X [0.5, established]"
    )
    assert m.evolution_labels == ("Uncharted", "Experimental", "Established", "Industrialised")
    assert m.components[0].position.stage == 2
    # the default names keep working, even when the labels come after their use
    assert (
        parse("component X [0.5, custom]\nevolution A->B->C->D").components[0].position.stage == 1
    )


def test_unknown_stage_suggests_the_right_one() -> None:
    with pytest.raises(MapError) as caught:
        parse("title T\ncapability X [prodcut]")
    [d] = caught.value.errors
    assert (d.code, d.line, d.column) == ("E009", 2, 15)
    assert "did you mean 'product'" in (d.hint or "")
    assert "unknown stage 'prodcut'" in str(caught.value)


def test_link_chains_flows_and_labels() -> None:
    m = parse(
        "Author -> Create content -> Document Editor\nHot Water+'$0.10'>Kettle\n"
        "A+<>B\nA+<B; limited by\nHot Water->Kettle; limited by"
    )
    links = [(x.source, x.target, x.operator, x.flow_label, x.label) for x in m.links]
    assert links == [
        ("Author", "Create content", "->", None, None),
        ("Create content", "Document Editor", "->", None, None),
        ("Hot Water", "Kettle", "+>", "$0.10", None),
        ("A", "B", "+<>", None, None),
        ("A", "B", "+<", None, "limited by"),
        ("Hot Water", "Kettle", "->", None, "limited by"),
    ]


def test_owm_link_that_starts_with_our_new_keywords_stays_a_link() -> None:
    m = parse("user research -> Insight\ncapability->supply chain")
    assert [(x.source, x.target) for x in m.links] == [
        ("user research", "Insight"),
        ("capability", "supply chain"),
    ]
    assert m.components == ()


def test_evolve_forms() -> None:
    m = parse(
        "component Kettle [0.4, 0.3]\nevolve Kettle->Electric Kettle 0.62 label [5, -10]\n"
        "evolve Kettle 0.8\nevolve Kettle -> Smart Kettle [commodity]\nevolve Web 2.0 0.9"
    )
    e1, e2, e3, e4 = m.evolves
    assert (e1.component, e1.to, e1.position.x, e1.label) == (
        "Kettle",
        "Electric Kettle",
        0.62,
        (5, -10),
    )
    assert (e2.component, e2.to, e2.position.x) == ("Kettle", None, 0.8)
    assert (e3.to, e3.position.stage) == ("Smart Kettle", 3)
    assert e4.component == "Web 2.0"


def test_owm_pipeline_block_and_one_line_forms() -> None:
    m = parse(
        "component Power [0.21, 0.67]\npipeline Power\n{\n  component Wind [0.72] label [-13, 35]\n"
        "  evolve Wind 0.8\n}\ncomponent foo [0.7, 0.3]\npipeline foo [0.24, 0.39]"
    )
    power, foo = m.pipelines
    assert power.members == ("Wind",) and foo.bounds == (0.24, 0.39)
    wind = m.find("Wind")
    assert wind is not None and wind.pipeline == "Power" and wind.position.evolution == 0.72
    assert [e.component for e in m.evolves] == ["Wind"]


def test_pipeline_through_stages() -> None:
    m = parse(
        "capability Document Editor [custom]\npipeline Document Editing { Document Editor; "
        "AI-enhanced Document Editing [product]; AI-led, Human-reviewed Document Editing [commodity] }"
    )
    [p] = m.pipelines
    assert p.members == (
        "Document Editor",
        "AI-enhanced Document Editing",
        "AI-led, Human-reviewed Document Editing",
    )
    assert [c.pipeline for c in m.components] == ["Document Editing"] * 3
    assert [c.position.stage for c in m.components] == [1, 2, 3]


def test_overlays() -> None:
    m = parse(
        "capability Search Index\ncapability Editor\noverlay Infra Eng Team (yellow) { Search Index }\n"
        "overlay Product Eng Team (#ccddee) {\n  Editor\n  Search Index\n}"
    )
    infra, product = m.overlays
    assert (infra.name, infra.colour, infra.members) == (
        "Infra Eng Team",
        "yellow",
        ("Search Index",),
    )
    assert (product.colour, product.members) == ("#ccddee", ("Editor", "Search Index"))


def test_other_owm_statements_are_kept() -> None:
    m = parse(
        "title Tea Shop\nstyle wardley\nsize [1100, 800]\nevolution --hide\nvaluechain --hide\n"
        "note +a generic note appeared [0.23, 0.33]\n"
        "annotation 1 [[0.43,0.49],[0.08,0.79]] Standardising power\nannotations [0.72, 0.03]\n"
        "submap Website [0.83, 0.50] url(submapUrl)\nurl submapUrl [https://example.org/#x]\n"
        "accelerator foo [0.1, 0.8]\ndeaccelerator bar [0.2, 0.7]\n"
        "pioneers [0.74, 0.83, 0.68, 0.98]\nbuild Website"
    )
    assert (m.title, m.style, m.size) == ("Tea Shop", "wardley", (1100, 800))
    assert m.evolution_hidden and m.valuechain_hidden
    assert m.notes[0].text == "+a generic note appeared"
    assert [len(a.places) for a in m.annotations] == [2]
    assert m.annotations_position is not None and m.annotations_position.visibility == 0.72
    website = m.find("website")
    assert website is not None and website.url == "submapUrl" and website.method == "build"
    assert m.urls[0].address == "https://example.org/#x"
    assert [a.deaccelerator for a in m.accelerators] == [False, True]
    assert m.attitudes[0].corners == (0.74, 0.83, 0.68, 0.98)


def test_comments_are_kept_and_do_not_cut_urls() -> None:
    m = parse(
        "// top\ncomponent A [0.1, 0.2] // trailing\n/* block\n still */\nurl u [https://x.org/a]"
    )
    assert [c.text for c in m.comments] == ["// top", "// trailing", "/* block", "still */"]
    assert m.urls[0].address == "https://x.org/a"


def test_five_mistakes_on_five_lines() -> None:
    text = (
        "title Five\n"
        "compnent Kettle [0.4, 0.3]\n"
        "capability Water [prodcut]\n"
        "evolution A->B->C\n"
        "capability Cup [0.5, 0.5, 0.5]\n"
        "}\n"
    )
    with pytest.raises(MapError) as caught:
        parse(text)
    found = [(d.line, d.column, d.code) for d in caught.value.diagnostics]
    assert found == [
        (2, 1, "E007"),
        (3, 19, "E009"),
        (4, 1, "W124"),  # OWM draws a blank fourth stage; so do we, with a warning
        (5, 16, "E011"),
        (6, 1, "E006"),
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("user U\ncapability C\nU -> C", "W101"),
        ("A -> B", "W102"),
        ("component A\ncomponent B\nA -> B\nB -> A", "W103"),
        ("component A [0.2, 0.5]\ncomponent B [0.8, 0.5]\nA -> B", "W104"),
        ("component A\ncomponent A", "W105"),
        ("component A [1.5, 0.5]", "W106"),
        ("component A\nA -> A", "W107"),
    ],
)
def test_lint_rules(text: str, code: str) -> None:
    assert code in codes(text)


def test_warnings_do_not_stop_a_map() -> None:
    m = parse("A -> B\nsome prose that is not a statement")
    assert [d.code for d in m.diagnostics] == ["W120"]
    assert [c.text for c in m.comments] == ["// some prose that is not a statement"]


@pytest.mark.parametrize(
    "text",
    [
        # Found by fuzz/run.py: each must format to text that reads back as the same map.
        "component Scan [] (OCR)",
        'component "TH label" [-13, -15]',
        'component "Kit inertia" [0.5, 0.5]',
        "pipeline P {\n  Member [0.3] label [7, 29]\n  Other label [1, 2]\n}",
        # Found by test_properties: the ignored `component` is kept as `// component`, and the
        # `/*` after it must not join that line, where it would be commented out.
        "component Kettle [0.5, 0.5]\ncomponent /*\ncomponent */",
    ],
)
def test_fmt_round_trips_found_by_fuzzing(text: str) -> None:
    m = parse(text)
    assert parse(wardley.format(m)) == m


def test_evolution_hide_alone_hides_the_stage_names_and_keeps_the_stages() -> None:
    # OWM 3.0.1 reads `--hide` as the first stage's name; we follow OWM's sources (a documented
    # deviation, pinned in test_owm_conformance.py).
    m = parse("evolution --hide\ncomponent A [0.5, custom]")
    assert m.evolution_hidden and m.evolution_labels is None
    assert wardley.check(m) == []
    drawn = [" ".join(t.lines) for t in wardley.layout(m).shapes if isinstance(t, Text)]
    assert "Genesis" not in drawn and "--hide" not in drawn and "A" in drawn
