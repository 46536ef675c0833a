"""Mermaid's ``wardley-beta`` read into the model: the corpus, the OWM twins, the diagnostics.

The corpus tests read ``shared/corpus/mermaid`` (126 diagrams from public repositories) and
skip, saying why, where it is absent. Which diagrams mermaid itself refuses was found with
mermaid 11.17.2's own parser (``@mermaid-js/parser``) and ``mmdc``: those two, and only those,
are errors here too.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import CORPUS_MISSING, ROOT, SHARED
from wardley import api
from wardley.description import describe
from wardley.diagnostics import MapError, Severity
from wardley.mermaid_reader import is_mermaid, written_name
from wardley.model import Kind, normalise_name

MERMAID = SHARED / "corpus" / "mermaid"
OWM = SHARED / "corpus" / "owm"
needs_mermaid_corpus = pytest.mark.skipif(
    not list(MERMAID.glob("*.mmd")), reason=CORPUS_MISSING.replace("OWM", "Mermaid")
)

#: The corpus diagrams mermaid 11.17.2 refuses (its parser, and mmdc's "Syntax error" picture).
REFUSED_BY_MERMAID = {
    # mermaid's own docs: `# ...` after a statement; Mermaid's comments start with %%
    "014_wardley-fence4.mmd": ("E001", 4, "'#' starts no comment in Mermaid"),
    # mermaid's own docs: `(build) label [-60, 10]`; its grammar wants the label first
    "017_wardley-fence46.mmd": ("E001", 10, "unexpected 'label'"),
}
#: What says a line was not read: no corpus diagram may have one.
NOT_READ = {"E007", "W109", "W120"}


def problems(text: str) -> list:
    try:
        return api.check(api.parse(text, path="map.mmd"))
    except MapError as error:
        return error.diagnostics


def errors(text: str) -> list:
    return [d for d in problems(text) if d.severity is Severity.ERROR]


# ---- proof 1: the corpus ------------------------------------------------------------------------
@needs_mermaid_corpus
def test_the_corpus_checks_with_no_error_and_no_line_left_unread() -> None:
    paths = sorted(MERMAID.glob("*.mmd"))
    clean, refused = [], {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert is_mermaid(text), path.name
        found = problems(text)
        assert not [d for d in found if d.code in NOT_READ], path.name
        bad = [d for d in found if d.severity is Severity.ERROR]
        if bad:
            refused[path.name] = (bad[0].code, bad[0].line, bad[0].message)
        else:
            clean.append(path.name)
    assert set(refused) == set(REFUSED_BY_MERMAID)
    for name, (code, line, message) in REFUSED_BY_MERMAID.items():
        assert refused[name][:2] == (code, line) and message in refused[name][2]
    # 124 of 126 (98.4 %): every diagram mermaid draws; the other two mermaid refuses too.
    assert (len(clean), len(paths)) == (124, 126)


@needs_mermaid_corpus
def test_corpus_diagrams_render_and_convert() -> None:
    for name in ("001_wardley-fence0.mmd", "011_wardley-fence32.mmd", "019_sw-foodtracing.mmd"):
        map_ = api.parse((MERMAID / name).read_text(encoding="utf-8"))
        svg = api.to_svg(map_)
        assert svg == api.to_svg(map_) and "<svg" in svg
        assert api.parse(api.format(map_)).components == map_.components


# ---- proof 2: the OWM twins ---------------------------------------------------------------------
def _twins() -> list[tuple[str, str]]:
    def rows(folder: Path) -> list[dict[str, str]]:
        with open(folder / "SOURCES.tsv", encoding="utf-8") as handle:
            return list(csv.DictReader(handle, delimiter="\t"))

    def key(row: dict[str, str]) -> tuple[str, str]:
        return row["repo"], row["path"].removesuffix(".mmd").removesuffix(".owm")

    owm = {key(row): row["file"] for row in rows(OWM)}
    return [(row["file"], owm[key(row)]) for row in rows(MERMAID) if key(row) in owm]


#: Every difference between a Mermaid twin and its OWM map, by kind, and why.
TWIN_DIFFERENCES = {
    # OWM flows (`a+<>b`, `a+>b`) that the Mermaid twins leave out
    "flow only in OWM": 36,
    # 077: OWM `"Best" (legacy)` is `Best` with a decorator; the twin quotes `"'Best' (legacy)"`.
    # 046: OWM's `market open education [..]` statement and 108's component at visibility
    # -0.01 have no Mermaid form: the twins leave them out.
    "component only in OWM": 3,
    "component only in Mermaid": 1,
    # 077's three links to `Best`, and its `Component services->FinOps`, which the twin leaves
    # out; 072's `need->customer [0.91, 0.10]`, whose position OWM ignores (W109) while the
    # twin quotes it into the name: "customer [0.91, 0.10]"
    "link only in OWM": 5,
    "link only in Mermaid": 4,
    # 091: visibility 1.01; Mermaid reads a number above 1 as a percentage, 1.01 %
    "position": 1,
    # 052: `evolve A->B 0.8` renames in OWM; Mermaid's evolve cannot, so the twin does not
    "evolve": 2,
}


@needs_mermaid_corpus
def test_owm_twins_agree_on_components_positions_links_and_evolves() -> None:
    if not list(OWM.glob("*.owm")):
        pytest.skip(CORPUS_MISSING)
    twins = _twins()
    assert len(twins) == 98
    found: Counter[str] = Counter()
    for mermaid_name, owm_name in twins:
        ours = api.parse((MERMAID / mermaid_name).read_text(encoding="utf-8"))
        theirs = api.parse((OWM / owm_name).read_text(encoding="utf-8"))
        a = {normalise_name(c.name): c for c in ours.components}
        b = {normalise_name(c.name): c for c in theirs.components}
        found["component only in Mermaid"] += len(a.keys() - b.keys())
        found["component only in OWM"] += len(b.keys() - a.keys())
        for name in a.keys() & b.keys():
            mine, owm = a[name].position, b[name].position
            # A Mermaid pipeline's component sits at its pipeline's visibility: the
            # evolution is compared, the visibility only for other components.
            same = mine.x == owm.x and (a[name].pipeline or mine.visibility == owm.visibility)
            found["position"] += not same

        def links(map_: api.Map, flows: bool) -> Counter:
            return Counter(
                (normalise_name(k.source), normalise_name(k.target), k.operator, k.flow_label)
                for k in map_.links
                if k.is_flow == flows
            )

        only_owm = links(theirs, True) - links(ours, True)
        found["flow only in OWM"] += sum(only_owm.values())
        found["flow only in Mermaid"] += sum((links(ours, True) - links(theirs, True)).values())
        found["link only in OWM"] += sum((links(theirs, False) - links(ours, False)).values())
        found["link only in Mermaid"] += sum((links(ours, False) - links(theirs, False)).values())
        evolves = [
            {(normalise_name(e.name), e.position.x) for e in m.evolves} for m in (ours, theirs)
        ]
        found["evolve"] += len(evolves[0] ^ evolves[1])
    assert {k: v for k, v in found.items() if v} == TWIN_DIFFERENCES


# ---- detection ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wardley-beta\ncomponent A [0.5, 0.5]\n", True),
        ("\n\n  wardley-beta\n", True),
        ("%% a comment\nwardley-beta\n", True),
        ("---\ntitle: T\n---\nwardley-beta\n", True),
        ('%%{init: {"theme": "dark"}}%%\nwardley-beta\n', True),
        ("\ufeffWardley-Beta\n", True),  # mermaid's detector ignores case (its parser does not)
        ("title wardley-beta\n", False),
        ("component wardley-beta [0.5, 0.5]\n", False),
        ("// wardley-beta\n", False),
        ("flowchart LR\nA --> B\n", False),
    ],
)
def test_detected_by_its_first_line_as_mermaid_does(text: str, expected: bool) -> None:
    assert is_mermaid(text) is expected


# ---- every form of the dialect ------------------------------------------------------------------
FULL = """\
---
title: From front matter
---
%%{init: {"theme": "forest"}}%%
%% a comment before the header
wardley-beta
accTitle: Tea shop
accDescr {
  What a tea shop needs
}
evolution Genesis@0.2 / Concept -> Custom@0.45 -> Product@0.8 -> Commodity@1.0
anchor Business [0.95, 0.63]
component Cup of Tea [0.79, 0.61] label [-10, 5] (build) inertia %% trailing comment
component "Hot Water" [52.0, 80.0] (market) (inertia)
component 'Kettle' [0.43, 0.35] (outsource)
Business -> Cup of Tea; wants
Cup of Tea --> "Hot Water"
Cup of Tea > Kettle
"Hot Water" +'heat'> Kettle
Kettle +<> "Hot Water"; shared
evolve Kettle 0.62
pipeline Kettle {
  component Electric [0.5] label [5, -5]
  %% inside the block
  component Smart [0.75]
}
note "Standardising power" [0.30, 0.49]
annotations [0, 1]
annotation 1,[0.5, 0.5] "first"
accelerator "AI" [0.5, 0.3]
deaccelerator Legacy [0.2, 0.2]
size [1100, 800]
"""


def test_every_form_reads_into_the_model_with_spans() -> None:
    map_ = api.parse(FULL, path="full.mmd")
    assert api.check(map_) == []
    assert map_.title == "From front matter"
    assert map_.evolution_labels == ("Genesis / Concept", "Custom", "Product", "Commodity")
    assert map_.evolution_boundaries == (0.2, 0.45, 0.8, 1.0)
    assert map_.stage_bounds[1] == (0.2, 0.45)
    assert map_.size == (1100, 800)
    business, cup, water, kettle, electric, smart = map_.components
    assert (business.kind, business.keyword) == (Kind.USER, "anchor")
    assert cup.kind is Kind.NEED and (cup.label, cup.method, cup.inertia) == (
        (-10, 5),
        "build",
        True,
    )
    assert (water.position.visibility, water.position.evolution) == (0.52, 0.8)  # percentages
    assert water.market and water.inertia and kettle.method == "outsource"
    assert (electric.pipeline, electric.position.evolution, electric.label) == (
        "Kettle",
        0.5,
        (5, -5),
    )
    assert smart.position.visibility is None  # at its pipeline's visibility
    assert cup.span is not None and (cup.span.line, cup.span.column) == (13, 1)
    assert [(k.operator, k.flow_label, k.label) for k in map_.links] == [
        ("->", None, "wants"),
        ("->", None, None),
        ("->", None, None),
        ("+>", "heat", None),
        ("+<>", None, "shared"),
    ]
    link = map_.links[1]
    assert [(s.line, s.column, s.end_column) for s in link.name_spans] == [
        (17, 1, 11),
        (17, 16, 27),
    ]
    assert map_.evolves[0].component == "Kettle" and map_.evolves[0].position.evolution == 0.62
    assert map_.pipelines[0].members == ("Electric", "Smart")
    assert map_.notes[0].text == "Standardising power"
    assert map_.annotations_position is not None and map_.annotations_position.evolution == 1.0
    assert (map_.annotations[0].number, map_.annotations[0].text) == (1, "first")
    assert [a.deaccelerator for a in map_.accelerators] == [False, True]
    comments = [c.text for c in map_.comments]
    assert "// trailing comment" in comments and "// accTitle: Tea shop" in comments
    # the picture draws the map's own stage boundaries
    svg = api.to_svg(map_)
    assert "Genesis / Concept" in svg and "four stages" in describe(map_)


def test_two_or_more_stages_of_equal_width_unless_given() -> None:
    map_ = api.parse("wardley-beta\nevolution Early -> Middle -> Late\n")
    assert map_.stage_bounds == ((0.0, 1 / 3), (1 / 3, 2 / 3), (2 / 3, 1.0))
    assert "through three stages: Early, Middle and Late" in describe(map_)
    two = api.parse('wardley-beta\nevolution "A" -> B\n')
    assert two.evolution_labels == ("A", "B")


# ---- diagnostics: what mermaid refuses, and what to write instead ---------------------------------
BAD = [
    # (line, code, column, message part, hint part)
    ("component A [1, 0.5]", "E001", 14, "unexpected '1'", "decimals with a dot: write 1.0"),
    ("component builder [0.5, 0.5]", "E001", 11, "unexpected 'build'", 'quote the name ("builder'),
    ("component 3D print [0.5, 0.5]", "E001", 11, "unexpected '3'", "quote the name"),
    ("component Node.js [0.5, 0.5]", "E001", 15, "unexpected '.'", "quote the name"),
    ("note hello [0.5, 0.5]", "E001", 6, "unexpected 'hello'", "text of a note in quotes"),
    (
        "component A [0.5, 0.5] (build) label [1, 2]",
        "E001",
        32,
        "unexpected 'label'",
        "label [dx, dy] before",
    ),
    ("evolve A -> B 0.8", "E001", 10, "unexpected '->'", "no new name"),
    ("pipeline A [0.2, 0.8]", "E001", 12, "unexpected '['", "a Mermaid pipeline is a block"),
    ('annotation 1 [0.5, 0.5] "x"', "E001", 14, "unexpected '['", "comma after the number"),
    ("A -> B -> C", "E001", 8, "unexpected '->'", "one link a line"),
    (
        "style wardley",
        "E001",
        1,
        "'style' is not a statement of Mermaid's",
        "Mermaid draws its own style",
    ),
    ("market X [0.5, 0.5]", "E001", 1, "'market' is not a statement", "(market) decorator"),
    ("component A [0.5, 0.5] // why", "E001", 24, "'//' starts no comment", "start with %%"),
    ("component A [120.0, 0.5]", "E021", 14, "over 100", "percentage up to 100"),
    ("component A [0.5]", "E011", 1, "takes [visibility, evolution]", "only a pipeline's"),
]


@pytest.mark.parametrize(("line", "code", "column", "message", "hint"), BAD)
def test_bad_lines_are_located_with_a_hint(
    line: str, code: str, column: int, message: str, hint: str
) -> None:
    found = errors(f"wardley-beta\ncomponent A [0.5, 0.5]\n{line}\n")
    assert len(found) == 1, found
    d = found[0]
    assert (d.code, d.line, d.column) == (code, 3, column)
    assert message in d.message and d.hint is not None and hint in d.hint
    text = d.format(f"wardley-beta\ncomponent A [0.5, 0.5]\n{line}\n")
    assert text.startswith(f"map.mmd:3:{column}: error: ") and "\n    " + line in text


def test_every_bad_line_is_reported_in_one_run() -> None:
    text = "wardley-beta\ncomponent A [1, 1]\nnote x [0.5, 0.5]\ncomponent B [0.5, 0.5]\nB -> A\n"
    assert [(d.line, d.code) for d in errors(text)] == [(2, "E001"), (3, "E001")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wardley-beta\npipeline A {\n  component B [0.5]\n}\n", [(2, "E020")]),
        ("wardley-beta\ncomponent A [0.5, 0.5]\npipeline A {\n}\n", [(3, "E023")]),
        (
            "wardley-beta\ncomponent A [0.5, 0.5]\npipeline A {\n  component B [0.5]\n",
            [(3, "E004")],
        ),
        ("wardley-beta\n}\n", [(2, "E006")]),
        (
            "wardley-beta\ncomponent A [0.5, 0.5]\npipeline A {\n  component B [0.5, 0.5]\n}\n",
            [(4, "E011")],
        ),
        (
            'wardley-beta\ncomponent A [0.5, 0.5]\npipeline A {\n  note "x" [0.5, 0.5]\n}\n',
            [(3, "E023"), (4, "E001")],
        ),
        ("Wardley-Beta\ncomponent A [0.5, 0.5]\n", [(1, "E001")]),
    ],
)
def test_block_and_model_errors(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(d.line, d.code) for d in errors(text)] == expected


def test_pipeline_parent_matches_exactly_as_in_mermaid() -> None:
    (d,) = errors(
        "wardley-beta\ncomponent Kettle [0.5, 0.5]\npipeline kettle {\n  component B [0.5]\n}\n"
    )
    assert (
        d.code == "E020"
        and (d.line, d.column) == (3, 10)
        and "did you mean 'Kettle'" in (d.hint or "")
    )


def test_what_wardley_draws_differently_is_a_warning() -> None:
    found = problems("wardley-beta\ncomponent A [0.5, 0.5]\ncomponent B [0.4, 0.4]\nA -.-> B\n")
    assert [(d.code, d.line, d.column) for d in found] == [("W125", 4, 3)]
    found = problems("wardley-beta\nevolution A@0.3 -> B\n")
    assert [d.code for d in found] == ["W125"]


# ---- every entry point ----------------------------------------------------------------------------
def wardley(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from wardley.cli import main; main()", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


SMALL = "wardley-beta\ntitle Small\ncomponent A [0.8, 0.5]\ncomponent B [0.3, 0.7]\nA -> B\n"


def test_the_commands_take_mermaid_whatever_the_file_is_called(tmp_path: Path) -> None:
    for name in ("map.mmd", "map.mermaid", "map.txt"):
        (tmp_path / name).write_text(SMALL)
        assert wardley("check", str(tmp_path / name)).returncode == 0
    assert wardley("check", "-", stdin=SMALL).returncode == 0
    described = wardley("describe", str(tmp_path / "map.mmd"))
    assert "A depends on B" in described.stdout
    converted = wardley("convert", str(tmp_path / "map.mmd"), "--to", "json")
    assert json.loads(converted.stdout)["title"] == "Small"
    wm = wardley("convert", str(tmp_path / "map.mmd"), "--to", "wm").stdout
    assert api.parse(wm).components == api.parse(SMALL).components
    assert wardley("render", str(tmp_path / "map.mmd")).returncode == 0
    assert (tmp_path / "map.svg").read_text().startswith("<svg")
    (tmp_path / "new.mmd").write_text(SMALL.replace("[0.3, 0.7]", "[0.3, 0.9]"))
    changed = wardley("diff", str(tmp_path / "map.mmd"), str(tmp_path / "new.mmd"))
    assert "B" in changed.stdout and "0.9" in changed.stdout
    bad = wardley("check", "-", stdin="wardley-beta\ncomponent A [1, 0.5]\n")
    assert bad.returncode == 1 and "<stdin>:2:14: error: unexpected '1' [E001]" in bad.stderr


def test_fmt_leaves_a_mermaid_file_alone_and_points_at_convert(tmp_path: Path) -> None:
    path = tmp_path / "map.mmd"
    path.write_text(SMALL)
    for args in (("fmt", str(path)), ("fmt", "--check", str(path))):
        result = wardley(*args)
        assert result.returncode == 1
        assert "Mermaid wardley-beta diagram" in result.stderr
        assert f"wardley convert {path} --to wm -o {tmp_path / 'map.wm'}" in result.stderr
    assert path.read_text() == SMALL


def test_language_server_reads_mermaid() -> None:
    from wardley.lsp import Analysis

    analysis = Analysis(FULL)
    assert analysis.mermaid and analysis.diagnostics == []
    kettle = [o for o in analysis.occurrences if o.key == "kettle"]
    assert {o.role for o in kettle} >= {"declaration", "link", "evolve", "pipeline"}
    edits = analysis.rename("kettle", "Kettle 2.0")
    assert {e.text for e in edits} == {'"Kettle 2.0"'}
    assert analysis.format_edits() == []
    labels = [c.label for c in analysis.completions(30, 0)]
    assert "anchor" in labels and "capability" not in labels
    bad = Analysis("wardley-beta\nA -> B %% x\nnote x [0.5, 0.5]\n")
    assert [(d.line, d.code) for d in bad.diagnostics if d.severity is Severity.ERROR] == [
        (3, "E001")
    ]


def test_written_names_read_back_as_themselves() -> None:
    for name in ("Cup of Tea", "builder", "3D", "Node.js", 'say "hi"', "real-time", "title x"):
        text = f"wardley-beta\ncomponent {written_name(name)} [0.5, 0.5]\n"
        assert api.parse(text).components[0].name == name


# ---- property: what mermaid can say is read back as it was said ------------------------------------
_words = st.sampled_from(["tea", "Cup", "water", "Kettle", "power", "user", "data", "API"])
_names = st.lists(_words, min_size=1, max_size=3).map(" ".join)
_decimals = st.integers(0, 100).map(lambda n: n / 100)


@given(
    components=st.dictionaries(_names, st.tuples(_decimals, _decimals), min_size=1, max_size=6),
    data=st.data(),
)
def test_generated_diagrams_read_back(components: dict[str, tuple[float, float]], data) -> None:
    names = list(components)
    links = data.draw(
        st.lists(
            st.tuples(
                st.sampled_from(names),
                st.sampled_from(["->", "+>", "+<", "+<>"]),
                st.sampled_from(names),
            ),
            max_size=6,
        )
    )
    lines = ["wardley-beta"]
    lines += [f"component {written_name(n)} [{v:.2f}, {e:.2f}]" for n, (v, e) in components.items()]
    lines += [f"{written_name(a)} {op} {written_name(b)}" for a, op, b in links]
    map_ = api.parse("\n".join(lines) + "\n")
    assert [(c.name, c.position.visibility, c.position.evolution) for c in map_.components] == [
        (n, float(f"{v:.2f}"), float(f"{e:.2f}")) for n, (v, e) in components.items()
    ]
    assert [(k.source, k.operator, k.target) for k in map_.links] == links


def test_mkdocs_draws_mermaid_in_wardley_fences_and_mmd_images(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    from tests.test_mkdocs import make_site, mkdocs

    page = (
        "# Maps\n\n```wardley\n" + SMALL + "```\n\n![small](maps/small.mmd)\n\n"
        "```mermaid\n" + SMALL.replace("Small", "Left to Mermaid") + "```\n"
    )
    for mermaid_fences in (False, True):
        root = tmp_path / str(mermaid_fences)
        root.mkdir()
        config = f"plugins:\n  - wardley:\n      mermaid_fences: {str(mermaid_fences).lower()}\n"
        site = make_site(root, config)
        (site / "docs" / "maps" / "small.mmd").write_text(SMALL)
        (site / "docs" / "index.md").write_text(page)
        result = mkdocs(site, "build", "--strict")
        assert result.returncode == 0, result.stderr
        html = (site / "site" / "index.html").read_text()
        assert html.count(">Small</title>") == 2
        drawn = ">Left to Mermaid</title>" in html
        assert drawn is mermaid_fences
        assert ("wardley-beta" in html) is not mermaid_fences  # else left as code for Mermaid
    (site / "docs" / "index.md").write_text("```wardley\nwardley-beta\ncomponent A [1, 0.5]\n```\n")
    result = mkdocs(site, "build", "--strict")
    assert result.returncode != 0 and "docs/index.md:3:14: unexpected '1'" in result.stderr
