"""``convert --to mermaid``: Mermaid ``wardley-beta`` text that mermaid itself parses and draws.

The text is judged by mermaid 11.17 (tools/mermaid_cli: mermaid's own bundle in Debian's
Chromium, and mmdc for a few maps); those tests skip, saying what is missing, without it.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import wardley
from wardley.cli import main
from wardley.diagnostics import Diagnostic
from wardley.fmt import quote
from wardley.geometry.placement import place
from wardley.mermaid_writer import decimal, format_mermaid, name
from wardley.model import normalise_name

from . import mermaid_cli
from .conftest import CORPUS_MISSING, SHARED, corpus_paths
from .mermaid_round_trip import differences

STAGES = 'evolution Genesis@0.175 -> Custom-Built@0.4 -> "Product (+rental)"@0.7 -> "Commodity (+utility)"@1.0'


def convert(text: str) -> tuple[str, list[Diagnostic]]:
    map_ = wardley.parse(text)
    placements = {k: (p.visibility, p.evolution) for k, p in place(map_).items()}
    return format_mermaid(map_, placements)


# ---- names and numbers ----------------------------------------------------------------------------
NAMES = [
    # Mermaid's name rule: a letter, then letters, digits, _ ( ) & or a hyphen not before '>'.
    ("Cup of Tea", "Cup of Tea"),
    ("real-time processing", "real-time processing"),
    ("byte pair encoding (BPE)", "byte pair encoding (BPE)"),
    ("R&D", "R&D"),
    ("Build tools", "Build tools"),  # its keywords are lower case
    # Its lexer takes the first terminal that matches: a keyword at the start wins.
    ("buyer", '"buyer"'),
    ("note taker", '"note taker"'),
    ("labels", '"labels"'),
    ("marketing", '"marketing"'),
    ("title page", '"title page"'),
    ("component library", '"component library"'),
    # Characters its rule has no place for.
    ("3D printing", '"3D printing"'),
    ("Node.js", '"Node.js"'),
    ("CI/CD", '"CI/CD"'),
    ("Ben's", '"Ben\'s"'),
    ("$cost", '"$cost"'),
    ("Café", '"Café"'),
    ("(legacy) system", '"(legacy) system"'),
    ("x -> y", '"x -> y"'),
    ("two  spaces", '"two  spaces"'),
    ('say "hi"', '"say \\"hi\\""'),
    # Mermaid reads '%%{' anywhere as a directive, even in quotes: '\%' is a '%' to it.
    ("50%%{off}", '"50%\\%{off}"'),
]


@pytest.mark.parametrize(("text", "written"), NAMES)
def test_names_are_quoted_where_mermaids_name_rule_needs_it(text: str, written: str) -> None:
    assert name(text) == written


@pytest.mark.parametrize(
    ("value", "written"),
    [(0.5, "0.5"), (1, "1.0"), (0.0, "0.0"), (-0.0, "0.0"), (1e-05, "0.00001"), (0.5221, "0.5221")],
)
def test_numbers_are_decimals_with_a_dot(value: float, written: str) -> None:
    assert decimal(value) == written


# ---- the text ---------------------------------------------------------------------------------------
def test_the_readme_map_in_mermaid() -> None:
    text, lost = convert((Path(__file__).parent.parent / "docs" / "example.wm").read_text())
    assert text == "\n".join(
        [
            "wardley-beta",
            "title Tea Shop",
            STAGES,
            "anchor Business [0.93, 0.595]",
            "anchor Public [0.93, 0.625]",
            "component Cup of Tea [0.8, 0.61]",
            "component Tea [0.51, 0.76]",
            "component Cup [0.5221, 0.82]",
            "component Hot Water [0.55, 0.79]",
            "component Kettle [0.4, 0.355]",
            "component Power [0.15, 0.76]",
            "Business -> Cup of Tea",
            "Public -> Cup of Tea",
            "Cup of Tea -> Tea",
            "Cup of Tea -> Cup",
            "Cup of Tea -> Hot Water",
            "Hot Water -> Kettle",
            "Kettle -> Power",
            "evolve Kettle 0.58",
            "",
        ]
    )
    assert [(d.code, d.line, d.message) for d in lost] == [
        (
            "W201",
            15,
            "evolve 'Kettle': Mermaid cannot rename in an evolve ('Electric Kettle' is dropped)",
        )
    ]


def test_what_mermaid_can_say_is_written_without_a_warning() -> None:
    text, lost = convert(
        "title Flows\n"
        "evolution Idea -> Craft -> Kit -> Utility\n"
        "size [800, 500]\n"
        "anchor User [0.95, 0.5]\n"
        "component A [0.7, 0.4] label [-10, 5] (build) inertia\n"
        "component B [0.5, 0.6] (market)\n"
        "component P [0.3, 0.5]\n"
        "pipeline P {\n  component M1 [0.2] label [3, 4]\n  component M2 [0.8]\n}\n"
        "User -> A\nA +'£5'> B; paid\nA +<> B\nB -> M1; flows\n"
        "evolve B 0.9\n"
        'note "a note" [0.2, 0.3]\n'
        "annotations [0.1, 0.9]\n"
        "annotation 1 [0.4, 0.4] first\n"
        "accelerator Faster [0.6, 0.6]\ndeaccelerator Slower [0.4, 0.2]\n"
        "// a comment\n"
    )
    assert text.splitlines() == [
        "wardley-beta",
        "title Flows",
        "evolution Idea@0.175 -> Craft@0.4 -> Kit@0.7 -> Utility@1.0",
        "size [800, 500]",
        "anchor User [0.95, 0.5]",
        "component A [0.7, 0.4] label [-10, 5] (build) inertia",
        "component B [0.5, 0.6] (market)",
        "component P [0.3, 0.5]",
        "pipeline P {",
        "  component M1 [0.2] label [3, 4]",
        "  component M2 [0.8]",
        "}",
        "User -> A",
        "A +'£5'> B; paid",
        "A +<> B",
        "B -> M1; flows",
        "evolve B 0.9",
        'note "a note" [0.2, 0.3]',
        "annotations [0.1, 0.9]",
        'annotation 1,[0.4, 0.4] "first"',
        "accelerator Faster [0.6, 0.6]",
        "deaccelerator Slower [0.4, 0.2]",
        "%% a comment",
    ]
    assert [d.message for d in lost] == ["Mermaid draws a flow's label, not the link's label too"]


#: Each thing Mermaid cannot say: a map saying it, the line of the warning, and its words.
LOSSES = [
    ("style wardley\ncomponent A [0.5, 0.5]", 1, "Mermaid has no styles"),
    ("component A [0.5, 0.5]\noverlay Team { A }", 2, "Mermaid has no overlays"),
    ("component A [0.5, 0.5]\nevolve A -> B 0.8", 2, "cannot rename in an evolve"),
    ("component A [0.5, 0.5]\nevolve A 0.8 label [1, 2]", 2, "evolve has no label"),
    ("component A [0.5, 0.5]\npipeline A [0.2, 0.6]", 2, "no one-line pipeline"),
    ("pioneers [0.9, 0.1, 0.6, 0.3]", 1, "no pioneers areas"),
    ("streamAlignedTeam T [0.9, 0.1, 0.6, 0.3]", 1, "no team areas"),
    ("url u [https://example.org]", 1, "no submaps"),
    ("submap S [0.5, 0.5] url(u)", 1, "no submaps"),
    ("component A [1.2, 0.5]", 1, "outside 0..1"),
    ("note N [0.5, -0.1]", 1, "outside 0..1"),
    ("component A [0.5, 0.5] label [1.5, 2]", 1, "rounded to [2, 2]"),
    ("component A [0.5, 0.5] (ecosystem)", 1, "(ecosystem)"),
    ("component A [0.5, 0.5] (dataProduct)", 1, "(dataProduct)"),
    (
        "anchor U [0.9, 0.5]\ncomponent A [0.5, 0.5]\npipeline A {\n  component M [0.3] inertia\n}",
        4,
        "pipeline member has no inertia",
    ),
    ("need N [0.5, 0.5]", 1, "reads back as a capability"),
    ("component A [0.5, 0.5]\ncomponent a [0.4, 0.4]", 2, "declared again"),
    ("evolution --hide\ncomponent A [0.5, 0.5]", 1, "cannot hide the evolution axis"),
    ("title 100%% sure\ncomponent A [0.5, 0.5]", 1, "title ends at '%%'"),
    (
        "component A [0.5, 0.5]\npipeline A {\n  component M [0.3]\n}\nevolve M 0.8",
        5,
        "does not draw the evolution of a pipeline's member",
    ),
]


def test_a_model_built_with_two_decorators_keeps_the_method_with_a_warning() -> None:
    # Text gives a component one decorator (as OWM reads it); a model built in Python may not.
    map_ = wardley.parse("component A [0.5, 0.5] (build)")
    [a] = map_.components
    map_ = replace(map_, components=(replace(a, market=True),))
    text, lost = format_mermaid(map_, {})
    assert "(build)" in text and "(market)" not in text
    assert [d.code for d in lost if "one decorator" in d.message] == ["W201"]


@pytest.mark.parametrize(("source", "line", "words"), LOSSES, ids=[loss[2] for loss in LOSSES])
def test_a_warning_names_what_mermaid_cannot_say(source: str, line: int, words: str) -> None:
    _, lost = convert(source)
    assert [(d.code, d.line) for d in lost if words in d.message] == [("W201", line)], lost


def test_a_pipeline_without_a_component_of_its_name_gets_one() -> None:
    text, lost = convert("pipeline Power {\n  Coal [0.3]\n  Solar [0.6]\n}\nSolar -> Coal")
    assert "component Power [" in text and "pipeline Power {\n  component Coal [0.3]" in text
    assert [d.line for d in lost] == [1] and "one is added just above" in lost[0].message


def test_comments_are_on_their_own_lines() -> None:
    """A link's label runs to the end of the line: a comment after it would join the label."""
    text, _ = convert("A -> B; costs  // to check\n/* two\nlines */\n")
    assert text.splitlines()[-4:] == ["A -> B; costs", "%% to check", "%% two", "%% lines"]


def test_a_comment_never_holds_what_mermaid_reads_as_a_directive() -> None:
    text, _ = convert("// %%{init: {'theme': 'dark'}}%%\nA -> B; 100%%{x}\n")
    assert "%%{" not in text
    assert "%% %% {init: {'theme': 'dark'}}%%" in text and "A -> B; 100%% {x}" in text


#: A Mermaid diagram with its accessibility lines, which the model keeps as comments.
ACCESSIBLE = """wardley-beta
accTitle: Tea shop
accDescr {
  What a tea shop needs,
  from the cup down.
}
%% written by hand
component Cup [0.8, 0.7]
"""


def test_mermaids_accessibility_lines_come_back_as_statements() -> None:
    text, lost = convert(ACCESSIBLE)
    assert text.splitlines()[2:] == [
        "accTitle: Tea shop",
        "accDescr {",
        "What a tea shop needs,",
        "from the cup down.",
        "}",
        "%% written by hand",
        "component Cup [0.8, 0.7]",
    ]
    assert lost == []
    text, _ = convert("wardley-beta\naccDescr: in one line\n")
    assert text.splitlines()[-1] == "accDescr: in one line"


def test_convert_to_mermaid_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "map.wm"
    path.write_text("style wardley\nuser U [0.9, 0.5]\nU -> Kettle\n")
    result = CliRunner().invoke(main, ["convert", str(path), "--to", "mermaid"])
    assert result.exit_code == 0
    assert result.stdout.startswith("wardley-beta\n") and "U -> Kettle\n" in result.stdout
    assert f"{path}:1:1: warning: Mermaid has no styles" in result.stderr
    assert "[W201]" in result.stderr and "    style wardley\n    ^~~~" in result.stderr
    quiet = CliRunner().invoke(main, ["convert", "-q", str(path), "--to", "mermaid"])
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == result.stdout
    out = tmp_path / "map.mmd"
    CliRunner().invoke(main, ["convert", "-q", str(path), "--to", "mermaid", "-o", str(out)])
    assert out.read_text() == result.stdout


# ---- the documentation ------------------------------------------------------------------------------
ROOT = Path(__file__).resolve().parent.parent


def mermaid_fences() -> dict[str, str]:
    """Every ```mermaid fence holding wardley-beta in the README and docs/ (those shown as
    source inside a ````md block left out): "file:number" -> its text."""
    out = {}
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = re.sub(r"^````.*?^````$", "", path.read_text(encoding="utf-8"), flags=re.M | re.S)
        fences = re.findall(r"^```mermaid\n(.*?)^```$", text, flags=re.M | re.S)
        for number, body in enumerate(fences, 1):
            if body.startswith("wardley-beta"):
                out[f"{path.name}:{number}"] = body
    return out


def test_the_tea_shop_in_mermaid_in_the_docs_is_its_conversion() -> None:
    """The README's and docs/mermaid.md's Mermaid tea shop is what convert writes today."""
    tea_shop = convert((ROOT / "docs" / "example.wm").read_text())[0]
    shown = {
        k: v
        for k, v in mermaid_fences().items()
        if v.startswith("wardley-beta\ntitle Tea Shop\nevolution Genesis@0.175")
    }
    assert sorted(key.split(":")[0] for key in shown) == ["README.md", "mermaid.md"]
    assert set(shown.values()) == {tea_shop}


# ---- mermaid's verdict ------------------------------------------------------------------------------
#: Text mermaid rejects, judged with the rest, so that an accepting judge would be caught.
REJECTED = "wardley-beta\ncomponent A [1, 0.5]\n"


def mermaid_corpus_paths() -> list[Path]:
    """The Mermaid corpus diagrams that mermaid itself accepts (two of the 126 it refuses)."""
    return sorted(
        p for p in (SHARED / "corpus" / "mermaid").glob("*.mmd") if p.name not in MERMAID_REFUSES
    )


#: The Mermaid corpus diagrams mermaid 11.17.2 refuses (see tests/test_mermaid_read.py).
MERMAID_REFUSES = {"014_wardley-fence4.mmd", "017_wardley-fence46.mmd"}


@pytest.fixture(scope="session")
def corpus_conversions() -> dict[str, tuple[wardley.Map, str]]:
    """Each shared corpus map (OWM and Mermaid), and its conversion to Mermaid."""
    out = {}
    for path in corpus_paths() + mermaid_corpus_paths():
        map_ = wardley.load(path)
        placements = {k: (p.visibility, p.evolution) for k, p in place(map_).items()}
        out[f"{path.parent.name}/{path.name}"] = (map_, format_mermaid(map_, placements)[0])
    return out


Judged = dict[str, tuple[str, mermaid_cli.Verdict]]


@pytest.fixture(scope="session")
def judged(corpus_conversions: dict[str, tuple[wardley.Map, str]]) -> Judged:
    """Every conversion the tests put to mermaid, judged in one browser: key -> (text, verdict)."""
    mermaid_cli.needs_mermaid()
    texts = {key: text for key, (_, text) in corpus_conversions.items()}
    for n, _ in NAMES:
        texts[f"name:{n}"], _ = convert(
            f"component {quote(n)} [0.5, 0.5]\ncomponent B [0.3, 0.3]\n"
            f"{quote(n)} -> B\nevolve {quote(n)} 0.9"
        )
    for source, _, words in LOSSES:
        texts[f"loss:{words}"], _ = convert(source)
    texts["accessibility"], _ = convert(ACCESSIBLE)
    texts.update({f"fence:{key}": text for key, text in mermaid_fences().items()})
    texts["rejected"] = REJECTED
    verdicts = mermaid_cli.judge(list(texts.values()))
    return {
        key: (text, verdict) for (key, text), verdict in zip(texts.items(), verdicts, strict=True)
    }


def drawn_texts(svg: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def test_mermaid_rejects_what_it_should(judged: Judged) -> None:
    _, verdict = judged["rejected"]
    assert not verdict.ok and "WARDLEY_NUMBER" in verdict.error


@pytest.mark.parametrize(("text", "_written"), NAMES, ids=[n for n, _ in NAMES])
def test_mermaid_reads_and_draws_every_name(judged: Judged, text: str, _written: str) -> None:
    diagram, verdict = judged[f"name:{text}"]
    assert verdict.ok, (diagram, verdict.error)
    assert text in drawn_texts(verdict.svg)


def test_mermaid_reads_the_accessibility_lines(judged: Judged) -> None:
    diagram, verdict = judged["accessibility"]
    assert verdict.ok, (diagram, verdict.error)
    assert re.search(r"<title[^>]*>Tea shop</title>", verdict.svg)
    assert re.search(r"<desc[^>]*>What a tea shop needs,\nfrom the cup down.</desc>", verdict.svg)


def test_mermaid_draws_every_mermaid_example_in_the_docs(judged: Judged) -> None:
    fences = {key: verdict for key, (_, verdict) in judged.items() if key.startswith("fence:")}
    assert len(fences) >= 2
    assert {key: v.error for key, v in fences.items() if not v.ok} == {}


def test_mermaid_accepts_what_is_written_in_place_of_what_it_cannot_say(judged: Judged) -> None:
    refused = {
        key: v.error for key, (_, v) in judged.items() if key.startswith("loss:") and not v.ok
    }
    assert refused == {}


@pytest.mark.parametrize("corpus", ["owm", "mermaid"])
def test_mermaid_draws_every_corpus_map(
    judged: Judged, corpus_conversions: dict[str, tuple[wardley.Map, str]], corpus: str
) -> None:
    """Every shared corpus map (120 OWM maps; the 124 Mermaid diagrams mermaid accepts, read
    and written again), converted, is parsed and drawn by mermaid, with each of its components'
    names on the picture."""
    converted = {k: v for k, v in corpus_conversions.items() if k.startswith(corpus + "/")}
    if not converted:
        pytest.skip(CORPUS_MISSING.replace("OWM", {"owm": "OWM", "mermaid": "Mermaid"}[corpus]))
    assert len(converted) >= (120 if corpus == "owm" else 124)
    refused = {key: judged[key][1].error[:200] for key in converted if not judged[key][1].ok}
    assert refused == {}
    missing = {}
    for key, (map_, _) in converted.items():
        names = {normalise_name(c.name): c.name for c in reversed(map_.components)}
        drawn = {" ".join(t.split()) for t in drawn_texts(judged[key][1].svg)}
        absent = [n for n in names.values() if " ".join(n.split()) not in drawn]
        if absent:
            missing[key] = absent
    assert missing == {}


@pytest.mark.parametrize("corpus", ["owm", "mermaid"])
def test_every_corpus_map_reads_back_the_same(
    corpus_conversions: dict[str, tuple[wardley.Map, str]], corpus: str
) -> None:
    """Read back, each conversion has the same components (names, kinds, places, options,
    pipelines), links, evolves, notes, annotations and stages, as far as Mermaid can say them
    (tests/mermaid_round_trip.py)."""
    converted = {k: v for k, v in corpus_conversions.items() if k.startswith(corpus + "/")}
    if not converted:
        pytest.skip(CORPUS_MISSING.replace("OWM", {"owm": "OWM", "mermaid": "Mermaid"}[corpus]))
    different = {
        key: differences(map_, wardley.parse(text)) for key, (map_, text) in converted.items()
    }
    assert {key: d for key, d in different.items() if d} == {}


def test_mmdc_itself_draws_converted_maps(tmp_path: Path) -> None:
    """mermaid-cli, as a user runs it, on a Markdown page of converted maps. mmdc exits 0 even
    on text mermaid rejects (it draws "Syntax error in text"), so the pictures are what count:
    the last diagram is one mermaid rejects."""
    mermaid_cli.needs_mermaid()
    sources = [
        Path(__file__).parent.parent / "docs" / "example.wm",
        *(p for p in corpus_paths() if p.name in ("010_readme-fence1.owm", "077_filo-fifo.owm")),
    ]
    fences = [convert(p.read_text(encoding="utf-8"))[0] for p in sources] + [REJECTED]
    page = tmp_path / "maps.md"
    page.write_text("".join(f"```mermaid\n{text}```\n\n" for text in fences), encoding="utf-8")
    done = mermaid_cli.mmdc(page, tmp_path / "out.md")
    assert done.returncode == 0, done.stderr
    roles = [
        re.search(r'aria-roledescription="(\w+)"', (tmp_path / f"out-{i}.svg").read_text())[1]
        for i in range(1, len(fences) + 1)
    ]
    assert roles == ["wardley"] * len(sources) + ["error"]
