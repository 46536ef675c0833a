"""OnlineWardleyMaps' own parser as the oracle (tests/owm_oracle.py, tools/owm_oracle).

These tests check the harness itself on small maps: OWM's reading and ours agree where both
languages mean the same, and the comparison sees a difference where they do not. Every corpus
map must read as OWM reads it, but for the documented deviations, each pinned by its own map
(tools/owm_oracle/compare.py lists every difference).
One Node process reads every map of this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import wardley
from wardley.stages import DEFAULT_LABELS

from .conftest import corpus_maps, corpus_paths, needs_corpus
from .owm_oracle import Difference, differences, our_reading_of, owm_reading, unavailable

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))

TEA_SHOP = """title Tea Shop
anchor Business [0.95, 0.63]
anchor Public [0.95, 0.75]
component Cup of Tea [0.79, 0.61] label [19, -4]
component Cup [0.73, 0.78]
component Tea [0.63, 0.81]
component Hot Water [0.52, 0.80]
component Water [0.38, 0.82]
component Kettle [0.43, 0.35] label [-57, 4]
evolve Kettle 0.62 label [16, 5]
component Power [0.1, 0.7] label [-27, 20]
evolve Power 0.89 label [-12, 21]
Business->Cup of Tea
Public->Cup of Tea
Cup of Tea->Cup
Cup of Tea->Tea
Cup of Tea->Hot Water
Hot Water->Water
Hot Water->Kettle; limited by
Kettle->Power
annotation 1 [[0.43,0.49],[0.08,0.79]] Standardising power allows Kettles to evolve faster
annotation 2 [0.48, 0.85] Hot water is obvious and well known
annotations [0.60, 0.02]
note +a generic note appeared [0.23, 0.33]
style wardley
"""

#: Every other kind of statement the reading covers, written as OWM reads it.
EVERYTHING = """title Everything
size [1100, 800]
evolution Uncharted->Emerging->Good->Industrialised
component Shop [0.9, 0.5] (build)
component Platform [0.6, 0.4] label [-30, 10] inertia (buy)
component Cloud [0.3, 0.85] (market)
component Partners [0.5, 0.7] (ecosystem)
component Legacy [0.2, 0.2] evolve 0.6
evolve Platform->Hosted Platform 0.8 label [5, 5] (outsource)
pipeline Platform
{
  component Build Kit [0.35] label [-30, 35]
  component Service [0.72]
}
pipeline Cloud [0.6, 0.95]
Shop+'$10'>Platform; per month
Shop+<>Cloud
Platform+<Partners
Partners+'v'<Cloud; both
submap Website [0.83, 0.50] url(site)
url site [https://example.com/map]
pioneers [0.95, 0.05, 0.75, 0.3]
settlers [0.59, 0.43, 0.49, 0.63]
townplanners [0.31, 0.74, 0.15, 0.95]
accelerator Open source [0.4, 0.6]
deaccelerator Regulation [0.2, 0.3]
note "Line 1\\nLine 2" [0.5, 0.5]
"""

#: Where the languages differ on purpose: OWM puts an unplaced component at [0.9, 0.1].
UNPLACED = "component Somewhere\n"

#: OWM's parser fails on a bare `title` (TitleExtractionStrategy splits on 'title ').
BARE_TITLE = "title\ncomponent A [0.5, 0.5]\n"

#: OWM declares names with runs of spaces as one space (found on corpus map 021, line 33).
SPACED = "component Input  DATA [0.5, 0.5]\nevolve  Input   DATA 0.8\nInput  DATA -> Input DATA\n"

#: Lines OWM reads that we refused, found by feeding it new and mutated maps: now read the same.
FOUND = """component A [0.5, 0.4, ] label [1, 2 ,]
component B [0.4, 0.3];
component C [0.3, 0.2]
A+'user's fee'>B; it's paid
B+'it's'<>C
pipeline C [0.1, 0.9,]
size [800, 600,];
anchor U [0.95, 0.53
component D [0.15, 0.6 (buy)
component E [0.4, 0.6 (build) label [10, 20]
note hello [0.4, 0.6
pipeline A [0.2, 0.8
component F [0.72 0.5] label [10 20]
anchor V [0.9 0.5]
note spaced [0.5 5]
component I evolve 0.8
annotation 1 Replace the bespoke case system
annotation 2 [0.4, 0.6 never closed
annotation 3 before its place [0.4, 0.6] after
annotation 4 [[0.4 0.5],[0.6, 0.7]] spaced
component Tea; Coffee [0.5, 0.5]
Tea; Coffee->A
url shop [https://example.com/shop
component L [,0.5]
component G [0.5, 0.5] /* the rest of the map is this comment
component H [0.4, 0.4]
"""

#: OWM reads `size [800]` as [800, 0]: a setting, so a map of its own.
SIZE_WITHOUT_HEIGHT = "size [800]\ncomponent A [0.5, 0.5]\n"
#: `size []`: OWM's default size (the last `size` line counts).
EMPTY_SIZE = "size [800, 600]\nsize []\ncomponent A [0.5, 0.5]\n"

#: A `//` cuts these lines short in OWM, position and all, and so here (with warning W130).
CUT_SHORT = """note see https://example.com [0.3, 0.3]
component Docs at http://x.org [0.6, 0.4]
anchor Buyers//Sellers [0.9, 0.5]
"""

#: `evolution` with other than four stages: OWM keeps the first four names, undefined past the
#: last one given, and its app draws them so (a blank label).
THREE_STAGES = "evolution Uncharted->Emerging->Good\ncomponent A [0.5, 0.5]\n"
FIVE_STAGES = "evolution A->B->C->D->E\ncomponent A [0.5, 0.5]\n"
ONE_STAGE = "evolution Pioneering work\ncomponent A [0.5, 0.5]\n"

#: Lines refused until OWM's reading of each was taken (found by the oracle and fuzz/owm_mutants.py).
REFUSED_UNTIL_NOW = """component A [0.5, 0.5]
url x [
url y []
townplanners [0.5]
pioneers [0.5 0.5]
settlers [0.5, 0.6]
component B [0x1, 0.7] label [10px, 20px]
component C [0.5, // 0.6]
note n [0.3, 0.4 // 0.5]
component D [0.4;0.3]
component E [0.2,, 0.3] label [8,, 7]
component F [[0.4, 0.4]
component G [0.\u00a0583, 0.5]
note thin [0.\u20094, 0.3 ]
annotation 5 [0. 4, 0.\u30005] split numbers
url z [[https://example.com]
"""

#: Lines read otherwise than OWM reads them until its reading was taken (fuzz/owm_mutants.py).
READ_APART_UNTIL_NOW = """component A [0.5, 0.5]
pipeline A
{ x
  component B [0.4]
  component C [0.7]
}
url docs [https://a.org/x[1]]
evolution Genesis -> Custom /\temerging -> Product\u00a0(+rental) -> Commodity
"""

#: Slips of the hand OWM reads past (found by fuzz/owm_mutants.py): a doubled comma or a `]` too
#: many in an annotation's place, and text stuck to an evolve's target.
SLIPS = """component Feedback [0.5, 0.5]
component Component 2 [0.4, 0.4]
annotation 2 [0.53,, 0.79] doubled comma
annotation 1 [0.27, 0.84]] stray bracket
annotation 3 [[0.2, 0.3],[0.4,, 0.5]]] both
evolve Feedback 0.68\u2013
evolve Component 2 0.9\u00df
component Kettle [0.3, 0.3]
evolve Kettle 0.7% label [1, 2]
component Quoted [0.2, 0.2]
evolve "Quoted" 0.6x
"""

#: White space inside a member's, label's or span's number: OWM reads up to it; an error here.
SPLIT_ELSEWHERE = (
    "component A [0.5, 0.5] label [1\u00a02, 3]\npipeline A\n{\n  component B [0.\u00a04]\n}\n"
    "component C [0.3, 0.3]\npipeline C [0.2, 0. 8]\n"
)

SMALL = (
    SLIPS,
    SPLIT_ELSEWHERE,
    REFUSED_UNTIL_NOW,
    READ_APART_UNTIL_NOW,
    THREE_STAGES,
    FIVE_STAGES,
    ONE_STAGE,
    TEA_SHOP,
    EVERYTHING,
    UNPLACED,
    BARE_TITLE,
    SPACED,
    FOUND,
    SIZE_WITHOUT_HEIGHT,
    EMPTY_SIZE,
    CUT_SHORT,
)


@pytest.fixture(scope="module")
def owm() -> dict[str, dict[str, Any]]:
    """OWM's reading of the small maps and of the corpus, from one Node process."""
    texts = list(SMALL) + [path.read_text(encoding="utf-8") for path in corpus_paths()]
    readings = owm_reading(texts)
    assert readings is not None
    return dict(zip(texts, readings, strict=True))


def test_tea_shop_reads_the_same_as_owm(owm: dict[str, dict[str, Any]]) -> None:
    theirs = owm[TEA_SHOP]
    kettle = next(c for c in theirs["components"] if c["name"] == "Kettle")
    assert (kettle["visibility"], kettle["maturity"], kettle["label"]) == (0.43, 0.35, [-57, 4])
    assert theirs["evolves"][0] == {
        "line": 10,
        "name": "Kettle",
        "override": None,
        "maturity": 0.62,
        "label": [16, 5],
        "method": None,
        "market": False,
        "ecosystem": False,
    }
    assert differences(theirs, our_reading_of(TEA_SHOP)) == []


def test_every_kind_of_statement_reads_the_same_as_owm(owm: dict[str, dict[str, Any]]) -> None:
    theirs = owm[EVERYTHING]
    assert differences(theirs, our_reading_of(EVERYTHING)) == []
    # The reading is OWM's, not an empty shell that trivially agrees.
    assert [p["extent"] for p in theirs["pipelines"]] == [[0.35, 0.72], [0.6, 0.95]]
    assert [a["attitude"] for a in theirs["attitudes"]] == ["pioneers", "settlers", "townplanners"]
    assert theirs["submaps"][0]["url"] == "site"
    assert theirs["notes"][0]["text"] == "Line 1\nLine 2"
    assert theirs["components"][-1]["evolve"] == 0.6


def test_a_labelled_flow_is_one_link_with_its_value_and_context(
    owm: dict[str, dict[str, Any]],
) -> None:
    # OWM pushes it twice (once with the value, once with the context); the oracle folds them.
    flows = [link for link in owm[EVERYTHING]["links"] if link["start"] == "Shop"]
    assert flows[0] == {
        "start": "Shop",
        "end": "Platform",
        "flow": True,
        "flowValue": "$10",
        "context": "per month",
        "past": False,
        "future": True,
    }
    assert len(flows) == 2


def test_the_comparison_sees_where_the_readings_differ(owm: dict[str, dict[str, Any]]) -> None:
    found = differences(owm[UNPLACED], our_reading_of(UNPLACED))
    assert [(d.kind, d.owm, d.ours) for d in found] == [
        ("components.visibility", 0.9, None),
        ("components.maturity", 0.1, None),
    ]
    assert str(found[0]) == "line 1: components.visibility: Somewhere: OWM 0.9, ours null"


def test_runs_of_spaces_in_a_declared_name_are_one_space(owm: dict[str, dict[str, Any]]) -> None:
    assert owm[SPACED]["components"][0]["name"] == "Input DATA"
    assert differences(owm[SPACED], our_reading_of(SPACED)) == []


def test_lines_we_refused_read_as_owm_reads_them(owm: dict[str, dict[str, Any]]) -> None:
    theirs = owm[FOUND]
    assert [d for d in differences(theirs, our_reading_of(FOUND)) if not _explained(d)] == []
    assert [link["flowValue"] for link in theirs["links"]] == ["user's fee", "it's", None]
    assert theirs["size"] == [800, 600]
    components = {c["name"]: c for c in theirs["components"]}
    assert (components["E"]["visibility"], components["E"]["label"]) == (0.4, [10, 20])
    assert (components["D"]["visibility"], components["D"]["method"]) == (0.9, "buy")
    assert (components["F"]["visibility"], components["F"]["label"]) == (0.72, None)
    assert [n["visibility"] for n in theirs["notes"]] == [0.9, 0.55]
    annotations = {a["number"]: a for a in theirs["annotations"]}
    assert (annotations[3]["positions"], annotations[3]["text"]) == ([[0.4, 0.6]], "after")
    assert annotations[4]["positions"] == [[0.4, 0.1], [0.6, 0.7]]
    assert theirs["links"][2]["start"] == "Tea; Coffee"
    assert theirs["urls"] == [{"line": 23, "name": "shop", "url": "https://example.com/shop"}]
    assert (components["L"]["visibility"], components["L"]["maturity"]) == (0.9, 0.5)
    assert "G" in components and "H" not in components
    assert components["I evolve 0.8"]["evolve"] == 0.8
    assert sorted(annotations) == [3, 4]  # none from the lines with no place


def test_lines_refused_until_now_read_as_owm_reads_them(owm: dict[str, dict[str, Any]]) -> None:
    theirs = owm[REFUSED_UNTIL_NOW]
    assert theirs["errors"] == []
    assert [
        d for d in differences(theirs, our_reading_of(REFUSED_UNTIL_NOW)) if not _explained(d)
    ] == []
    assert [u["url"] for u in theirs["urls"]] == ["", "", ""]
    assert [(a["attitude"], a["corners"]) for a in theirs["attitudes"]] == [
        ("pioneers", [0.5, 0.1, 0.8, 0.2]),
        ("settlers", [0.5, 0.6, 0.8, 0.2]),
        ("townplanners", [0.5, 0.1, 0.8, 0.2]),
    ]
    b = next(c for c in theirs["components"] if c["name"] == "B")
    assert (b["visibility"], b["label"]) == (0, [10, 20])
    # A no-break or thin space inside a number: OWM takes it out.
    g = next(c for c in theirs["components"] if c["name"] == "G")
    assert g["visibility"] == 0.583
    assert theirs["notes"][-1]["visibility"] == 0.4
    assert theirs["annotations"][-1]["positions"] == [[0.4, 0.5]]


def test_slips_in_annotation_places_and_evolve_targets_read_as_owm_reads_them(
    owm: dict[str, dict[str, Any]],
) -> None:
    theirs = owm[SLIPS]
    assert differences(theirs, our_reading_of(SLIPS)) == []
    assert [a["positions"] for a in theirs["annotations"]] == [
        [[0.53, 0.1]],
        [[0.27, 0.84]],
        [[0.2, 0.3], [0.4, 0.1]],
    ]
    assert [(e["name"], e["maturity"]) for e in theirs["evolves"]] == [
        ("Feedback", 0.68),
        ("Component 2", 0.9),
        ("Kettle", 0.7),
        ("Quoted", 0.85),  # after a quoted name, a number alone or none
    ]


def test_white_space_inside_a_number_owm_reads_up_to_is_an_error(
    owm: dict[str, dict[str, Any]],
) -> None:
    theirs = owm[SPLIT_ELSEWHERE]
    assert theirs["components"][0]["label"] == [1, 3]
    assert [m["maturity"] for m in theirs["pipelines"][0]["members"]] == [0]
    assert theirs["pipelines"][1]["extent"] == [0.2, 0]
    with pytest.raises(wardley.MapError) as raised:
        wardley.parse(SPLIT_ELSEWHERE)
    assert [(e.line, e.hint) for e in raised.value.errors] == [
        (1, "write [12, 3]"),
        (4, "write [0.4]"),
        (7, "write [0.2, 0.8]"),
    ]


def test_lines_read_apart_until_now_read_as_owm_reads_them(
    owm: dict[str, dict[str, Any]],
) -> None:
    theirs = owm[READ_APART_UNTIL_NOW]
    assert differences(theirs, our_reading_of(READ_APART_UNTIL_NOW)) == []
    # `{ x`: no member x; the address ends at its second '['.
    assert [m["name"] for m in theirs["pipelines"][0]["members"]] == ["B", "C"]
    assert theirs["urls"][0]["url"] == "https://a.org/x"


def test_a_size_without_a_height_reads_as_owm_reads_it(owm: dict[str, dict[str, Any]]) -> None:
    assert owm[SIZE_WITHOUT_HEIGHT]["size"] == [800, 0]
    assert differences(owm[SIZE_WITHOUT_HEIGHT], our_reading_of(SIZE_WITHOUT_HEIGHT)) == []
    assert owm[EMPTY_SIZE]["size"] == [0, 0]
    assert differences(owm[EMPTY_SIZE], our_reading_of(EMPTY_SIZE)) == []


def test_a_comment_cuts_a_line_short_as_in_owm(owm: dict[str, dict[str, Any]]) -> None:
    theirs = owm[CUT_SHORT]
    assert [n["text"] for n in theirs["notes"]] == ["see https:"]
    assert [c["name"] for c in theirs["components"]] == ["Docs at http:"]
    assert [a["name"] for a in theirs["anchors"]] == ["Buyers"]
    # Only what OWM does with an unplaced statement differs (ours is placed for you).
    assert {d.kind for d in differences(theirs, our_reading_of(CUT_SHORT))} <= {
        "components.visibility",
        "components.maturity",
        "notes.visibility",
        "notes.maturity",
        "anchors.visibility",
        "anchors.maturity",
    }


def test_an_evolution_axis_of_other_than_four_stages_reads_as_owm_reads_it(
    owm: dict[str, dict[str, Any]],
) -> None:
    for text, stages in (
        (THREE_STAGES, ["Uncharted", "Emerging", "Good", None]),
        (FIVE_STAGES, ["A", "B", "C", "D"]),
        (ONE_STAGE, ["Pioneering work", None, None, None]),
    ):
        assert owm[text]["evolution"] == stages
        # OWM's undefined name is drawn blank, as our empty one is (the comparison says so).
        ours = our_reading_of(text)
        assert wardley.parse(text).evolution_labels == tuple(stage or "" for stage in stages)
        assert differences(owm[text], ours) == []


def test_an_owm_parser_failure_is_reported_as_an_error(owm: dict[str, dict[str, Any]]) -> None:
    assert "error" in owm[BARE_TITLE]
    assert "error" not in our_reading_of(BARE_TITLE)
    assert [d.kind for d in differences(owm[BARE_TITLE], our_reading_of(BARE_TITLE))] == ["error"]


# ---- the documented deviations (docs/language.md, "Where we differ from OWM, on purpose") ----------
@dataclass(frozen=True)
class Deviation:
    """A difference from OWM's reading that is ours on purpose: the map that shows it, and how
    to tell it among the differences of any map."""

    example: str
    kinds: tuple[str, ...]
    matches: Callable[[Difference], bool]


def _text_after_a_name(d: Difference) -> bool:
    return isinstance(d.owm, str) and isinstance(d.ours, str) and d.ours in d.owm != d.ours


DEVIATIONS = {
    # OWM stacks every unplaced component at [0.9, 0.1]; ours are placed by the layout.
    "unplaced": Deviation(
        "component Somewhere\n",
        ("components.visibility", "components.maturity"),
        lambda d: d.ours is None and d.owm in (0.9, 0.1),
    ),
    # With no position to stop at, OWM keeps a decorator in the name: "Hub (ecosystem)".
    "decorator without a position": Deviation(
        "component Hub (ecosystem)\n",
        ("components.name", "components.visibility", "components.maturity"),
        lambda d: (
            (d.ours is None and d.owm in (0.9, 0.1))
            or (isinstance(d.owm, str) and d.owm.startswith(f"{d.ours} ("))
        ),
    ),
    # OWM 3.0.1 drops `market X [..]` statements, and with them the links to X.
    "market statement": Deviation(
        "market Cloud [0.5, 0.7]\ncomponent A [0.6, 0.6]\nA -> Cloud\n",
        ("components.extra",),
        lambda d: isinstance(d.ours, dict) and d.ours.get("market") is True,
    ),
    # OWM keeps text after a link's name in the name, which then matches nothing: the link
    # silently disappears. We draw it, with warning W109 on the text.
    "text after a link's name": Deviation(
        "component A [0.5, 0.5]\ncomponent B [0.4, 0.4]\nA -> B [0.9, 0.1]\n"
        'component Best [0.3, 0.3]\n"Best" (legacy) -> A\n',
        ("links.end", "links.start"),
        _text_after_a_name,
    ),
    # After a quoted name, OWM's evolve loses its number when a label follows (0.85 instead).
    "evolve of a quoted name with a label": Deviation(
        'component "common library" [0.5, 0.5]\nevolve "common library" 0.73 label [-9, 3]\n',
        ("evolves.maturity",),
        lambda d: d.owm == 0.85,
    ),
    # OWM draws a nameless `component [v, m]` as "Recovered Component Name"; we ignore it (W113).
    # The same for `pipeline [v, m]` and `evolve [m]`, which OWM reads as naming nothing.
    "component without a name": Deviation(
        "component [0.5, 0.5]\nanchor [0.9, 0.5]\nsubmap [0.4, 0.4]\naccelerator [0.3, 0.3]\n"
        "pipeline [0.4, 0.6]\nevolve [0.8]\n",
        (
            "components.missing",
            "anchors.missing",
            "submaps.missing",
            "accelerators.missing",
            "pipelines.missing",
            "evolves.missing",
        ),
        lambda d: (
            isinstance(d.owm, dict)
            and (d.owm.get("name") == "Recovered Component Name" or d.owm["name"].startswith("["))
        ),
    ),
    # OWM reads no number from `[[v, m]]`: the default place, or an evolve of "A [[0.8]]"; we
    # read no position either (so the layout places it) and warn (W109).
    "doubled brackets": Deviation(
        "component A [0.5, 0.5]\ncomponent B [0.4, 0.4] label [[5, 6]]\n"
        "anchor U [[0.9, 0.5]]\nnote hi [[0.1, 0.2]]\nevolve A [[0.8]]\nanchor V [[0.8, 0.5]\n"
        "pipeline A\n{\n  component M [[0.63]\n  component N [0.7]\n}\n",
        (
            "components.label",
            "anchors.visibility",
            "anchors.maturity",
            "notes.visibility",
            "notes.maturity",
            "evolves.missing",
            "pipelines.extent",
            "pipelines.members.maturity",
        ),
        lambda d: (
            (d.ours is None and d.owm in (0.9, 0.1, 0.2))
            or (d.kind.endswith("label") and d.owm is not None and d.owm[0] is None)
            or "[[" in d.item
            or (d.kind == "pipelines.extent" and d.owm is not None and 0.2 in d.owm)
        ),
    ),
    # OWM reads no number from a bracket never closed (`[0.95, 0.53` at the end of the line):
    # the default place; we read no position either, so the layout places it (W128).
    "bracket never closed": Deviation(
        "anchor U [0.95, 0.53\nnote hello [0.4, 0.6\naccelerator X [0.3, 0.3\n"
        "submap S [0.4, 0.4 (build)\n",
        tuple(
            f"{kind}.{axis}"
            for kind in ("components", "anchors", "notes", "accelerators", "submaps")
            for axis in ("visibility", "maturity")
        ),
        lambda d: d.ours is None and d.owm in (0.9, 0.1),
    ),
    # `[0.72 0.5]`: OWM reads 0.720.5, so 0.72, and its default evolution 0.1; ours is placed
    # by the layout (W109). Its `label [10 20]` is no offset to OWM, the usual place to us.
    # So for `[0.4;0.3]`, and for `[0.2,, 0.3]`, where OWM reads no number between the commas.
    "numbers without a comma": Deviation(
        "component A [0.72 0.5] label [10 20]\nanchor U [0.9 0.5]\nnote hi [0.5 5]\n"
        "component B [0.4;0.3] label [8,, 7]\nnote n [0.2,, 0.3]\nevolve B 0.8 label [1,, 2]\n",
        (
            "components.maturity",
            "components.label",
            "anchors.maturity",
            "notes.maturity",
            "evolves.label",
            "pipelines.members.label",
        ),
        lambda d: (
            (d.ours is None and d.owm == 0.1)
            or (d.kind.endswith("label") and (d.owm is None or None in d.owm))
        ),
    ),
    # Elsewhere (`pipeline A [0.2 0.8]`, `annotations [0.6;0.1]`) OWM's reading differs by
    # statement, and each stays error E001 whose hint writes the comma.
    "numbers without a comma elsewhere": Deviation(
        "component A [0.5, 0.5]\npipeline A [0.2,, 0.8]\n",
        ("error",),
        lambda d: (
            d.owm is None
            and any(
                said in str(d.ours) for said in ("a ',' is missing", "missing between the commas")
            )
        ),
    ),
    # `note "see // here" [0.3, 0.4]`: a quoted text keeps its `//` (W130's hint says to quote
    # a text to keep it); OWM cuts the line there, note `see` at its default place.
    "a // inside quotes": Deviation(
        'note "see // here" [0.3, 0.4]\n',
        ("notes.text", "notes.visibility", "notes.maturity"),
        lambda d: (
            (isinstance(d.ours, str) and d.ours.startswith(d.owm) and "//" in d.ours)
            or (d.kind == "notes.visibility" and d.owm == 0.9)
            or (d.kind == "notes.maturity" and d.owm == 0.1)
        ),
    ),
    # A pipeline block named after no component (`pipeline 1 Kettle`, a slip): OWM hides it and
    # its members; we draw them, as our own `pipeline Editing { A; B }`, and warn (W102) where a
    # component is named nearly alike.
    "pipeline named after no component": Deviation(
        "component Kettle [0.5, 0.5]\npipeline 1 Kettle\n{\n  component X [0.3]\n"
        "  component Y [0.6]\n}\n",
        ("pipelines.hidden", "pipelines.extent"),
        lambda d: (d.owm is True and d.ours is False) or (d.owm is None and d.ours is not None),
    ),
    # `label [1 2, 3]`, `pipeline A [0.2, 0. 8]`: OWM reads a label's or span's number up to
    # the white space in it (1, 0); an error here, the number joined as the fix. A position's
    # OWM takes the white space out of (0.583), as we do.
    "white space inside a number elsewhere": Deviation(
        "component A [0.5, 0.5]\npipeline A [0.2, 0.\u00a08]\n",
        ("error",),
        lambda d: d.owm is None and "white space inside the number" in str(d.ours),
    ),
    # `component A [0.9,`, a bracket still being written, is error E001; OWM reads no numbers
    # from it and draws A at [0.9, 0.1].
    "bracket still being written": Deviation(
        "component A [0.9,\n",
        ("error",),
        lambda d: d.owm is None and "is not finished" in str(d.ours),
    ),
    # `evolve`, `note` or `pipeline` alone, a statement not yet written, is error E001; OWM
    # draws nothing for it.
    "keyword with nothing after it": Deviation(
        "component A [0.5, 0.5]\nevolve\n",
        ("error",),
        lambda d: d.owm is None and "with nothing after it" in str(d.ours),
    ),
    # `[0.53, etc. 0.45]`: a word in a position is a stage to us, E009 when it names none (with
    # "did you mean"); OWM takes the spaces out and reads no number from `etc.0.45`.
    "unknown stage": Deviation(
        "component A [0.53, etc. 0.45]\n",
        ("error",),
        lambda d: d.owm is None and "unknown stage" in str(d.ours),
    ),
    # OWM 3.0.1 names `pipeline A {` "A {", hides it, and reads its members as components.
    "pipeline with its brace on the same line": Deviation(
        "component A [0.5, 0.5]\ncomponent B [0.5, 0.7]\npipeline A {\n  component B [0.6]\n}\n",
        (
            "components.missing",
            "pipelines.name",
            "pipelines.hidden",
            "pipelines.extent",
            "pipelines.members.extra",
        ),
        lambda d: d.item.endswith("{") or d.item.startswith("A {") or d.item == "B",
    ),
    # `evolve A .7`, `evolve A 1`, `evolve A -0.1`: OWM needs `digits.digits` and otherwise
    # reads the name "A .7", which matches nothing; we evolve A.
    "evolve to a number OWM cannot read": Deviation(
        "component A [0.5, 0.5]\ncomponent B [0.5, 0.5]\ncomponent C [0.5, 0.5]\n"
        "evolve A .7\nevolve B 1\nevolve C -0.1\n",
        ("evolves.name", "evolves.maturity"),
        lambda d: d.owm == 0.85 or (isinstance(d.owm, str) and d.owm.startswith(f"{d.ours} ")),
    ),
    # `evolve Web 2.0 0.6`: OWM takes the first number, 2.0, and the name "Web".
    "evolve of a name ending in a number": Deviation(
        "component Web 2.0 [0.5, 0.5]\nevolve Web 2.0 0.6\n",
        ("evolves.name", "evolves.maturity"),
        lambda d: d.owm in ("Web", 2),
    ),
    # `[,0.5]`: OWM reads no visibility, so its default, 0.9; ours is placed by the layout.
    "leading comma": Deviation(
        "component A [,0.5]\nanchor U [,0.4]\n",
        ("components.visibility", "anchors.visibility"),
        lambda d: d.ours is None and d.owm == 0.9,
    ),
    # `Tea; Coffee->Cup`: OWM's link starts at "Tea; Coffee" and its context is what follows
    # the `;`, link and all ("Coffee->Cup"); ours is no context.
    "a name holding ';' at the start of a link": Deviation(
        "component Tea; Coffee [0.5, 0.5]\ncomponent Cup [0.4, 0.4]\nTea; Coffee->Cup\n",
        ("links.context",),
        lambda d: d.ours is None and ";" in d.item and "->" in str(d.owm),
    ),
    # `A->B; a; b`: OWM's context stops at the second `;`; ours is the rest of the line.
    "semicolons in a link's context": Deviation(
        "component A [0.5, 0.5]\ncomponent B [0.4, 0.4]\nA->B; a; b\n",
        ("links.context",),
        lambda d: isinstance(d.ours, str) and d.ours.startswith(f"{d.owm};"),
    ),
    # `component x (y) [..] (build)`, `component builder [..] (build)`: OWM's first `(…)` is
    # the name's, or it takes the decorator's word in the name for the decorator; the link
    # `builder->A` is dropped. We read the decorator after the position, and the link.
    "a decorator hidden by the name": Deviation(
        "component x (y) [0.5, 0.5] (build)\ncomponent builder [0.4, 0.4] (build)\n"
        "component A [0.3, 0.3]\nbuilder->A\n",
        ("components.method", "components.label", "links.extra"),
        lambda d: d.ours == "build" or d.ours == [10, -20] or d.item == "builder -> A",
    ),
    # An indented `deaccelerator` is an accelerator to OWM.
    "indented deaccelerator": Deviation(
        "  deaccelerator Slow [0.5, 0.5]\n",
        ("accelerators.deaccelerator",),
        lambda d: d.owm is False and d.ours is True,
    ),
    # `Component X [..]`: OWM ignores the line; we keep the misspelt-keyword error (E007).
    "keyword in capitals": Deviation(
        "component A [0.5, 0.5]\nComponent X [0.3, 0.3]\n",
        ("error",),
        lambda d: d.owm is None and "is not a statement" in str(d.ours),
    ),
    # `component X label [1, 2]`: OWM names it "X label" and places it at [1, 2]; to us it is X
    # with a label offset, placed by the layout.
    "label without a position": Deviation(
        "component X label [1, 2]\n",
        ("components.name", "components.visibility", "components.maturity"),
        lambda d: d.item.endswith(" label"),
    ),
    # `component X evolve 0.8`: OWM's name runs to a ` [`, so it is "X evolve 0.8", at
    # [0.9, 0.1]; both read the inline evolve, and to us the component is X, placed for it.
    "evolve without a position": Deviation(
        "component X evolve 0.8\ncomponent Y inertia evolve 0.7 (build)\n",
        ("components.name", "components.visibility", "components.maturity"),
        lambda d: " evolve " in d.item,
    ),
    # `buy B`: OWM 3.0.1 ignores its old standalone sourcing statements; B is bought to us.
    "sourcing statement": Deviation(
        "component B [0.3, 0.2]\nbuy B\n",
        ("components.method", "components.label"),
        lambda d: d.ours in ("build", "buy", "outsource", [10, -20]),
    ),
    # OWM 3.0.1 drops `ecosystem X [..]` statements, as it drops `market X [..]`.
    "ecosystem statement": Deviation(
        "ecosystem Eco [0.1, 0.9] label [-9, -41]\n",
        ("components.extra",),
        lambda d: isinstance(d.ours, dict) and d.ours.get("ecosystem") is True,
    ),
    # `y-axis A->B->C`: OWM reads a link between undeclared names and never draws it; we
    # ignore the line (W120).
    "axis label written as a link": Deviation(
        "y-axis Visibility to user->Less Visible->More Visible\n",
        ("links.missing",),
        lambda d: d.item.startswith("y-axis "),
    ),
    # `evolve A 0.72 label Commoditizing fast`: OWM's label is null; ours the default offset
    # (both draw the label in its usual place), the words ignored with W109.
    # So for `label [5]` and `label []`.
    "label with words for numbers": Deviation(
        "component A [0.4, 0.3]\nevolve A 0.72 label Commoditizing fast\n"
        "component B [0.4, 0.4] label [5]\n",
        ("evolves.label", "components.label"),
        lambda d: d.owm is None,
    ),
    # `component\tA`, `anchor\u00a0U`: OWM's keyword needs a plain space after it; we read
    # any white space there, as between the other words of a line.
    # So for `label\t[1, 2]`, an offset to us and no label to OWM (its default offset).
    "white space after a keyword": Deviation(
        "component\tA [0.5, 0.5]\nanchor\u00a0U [0.9, 0.5]\ncomponent B [0.4, 0.4] label\t[1, 2]\n"
        "pipeline\tA [0.3, 0.6]\nnote\thi [0.3, 0.3]\nevolve\tA 0.9\nevolution\tW->X->Y->Z\n",
        (
            "components.extra",
            "anchors.extra",
            "components.label",
            "pipelines.extra",
            "notes.extra",
            "evolves.extra",
            "evolution",
        ),
        lambda d: (
            (d.owm is None and isinstance(d.ours, dict))
            or d.owm == [5, -10]
            or (d.kind == "evolution" and d.owm == list(DEFAULT_LABELS))
        ),
    ),
    # A byte-order mark before `title` hides the title from OWM (it must start the line).
    "byte-order mark": Deviation(
        "\ufefftitle Tea Shop\n",
        ("title",),
        lambda d: d.owm == "Untitled Map",
    ),
    # `component Legacy inertia [..]`, `component Old (inertia) [..]`: OWM's name runs to the
    # ` [`, inertia and all; ours stops before the inertia, which both read.
    "inertia before the position": Deviation(
        "component Legacy inertia [0.2, 0.6]\ncomponent Old (inertia) [0.3, 0.3]\n"
        "component social inertia norm [0.4, 0.4]\n",
        ("components.name", "components.inertia"),
        lambda d: (
            d.owm in (f"{d.ours} inertia", f"{d.ours} (inertia)")
            or (d.owm is True and d.ours is False and "inertia" in d.item)
        ),
    ),
    # `component A[0.5, 0.5]`: OWM's name runs to a space and `[`, so it holds the bracket.
    # So with a tab before it (`component A\t[0.5, 0.5]`): OWM's name runs to a space and `[`.
    "position without a space before it": Deviation(
        "component A[0.5, 0.5]\nanchor U[0.9, 0.5]\nnote hello[0.3, 0.3]\n"
        "component B\t[0.4, 0.4]\nnote hi\t[0.2, 0.2]\naccelerator X\t[0.3, 0.3]\n"
        "pipeline B\t[0.3, 0.5]\n",
        (
            "components.name",
            "anchors.name",
            "notes.text",
            "accelerators.name",
            "pipelines.name",
            "pipelines.hidden",
            "pipelines.extent",
        ),
        lambda d: (
            (
                isinstance(d.owm, str)
                and d.owm.startswith((f"{d.ours}[", f"{d.ours} [", f"{d.ours}\t["))
            )
            or (d.kind in ("pipelines.hidden", "pipelines.extent") and "[" in d.item)
        ),
    ),
    # `A->B->C` is a chain, two links; OWM links the first two names only.
    "link chain": Deviation(
        "component A [0.5, 0.5]\ncomponent B [0.4, 0.4]\ncomponent C [0.3, 0.3]\nA->B->C\n",
        ("links.extra",),
        lambda d: d.owm is None and isinstance(d.ours, dict) and d.ours["start"] != "",
    ),
    # `evolution --hide` with no stages after it hides the axis's stage names, as OWM's sources
    # do (../shared/OWM_SYNTAX.md); OWM 3.0.1 reads `--hide` as the first stage's name.
    "evolution --hide": Deviation(
        "evolution --hide\n",
        ("evolution",),
        lambda d: isinstance(d.owm, list) and d.owm[0] == "--hide" and d.ours[0] != "--hide",
    ),
    # OWM reads a link to an empty name, which matches nothing; we ignore the line (W120).
    "link with an empty end": Deviation(
        "y-axis ->->Value Chain\n",
        ("links.missing",),
        lambda d: isinstance(d.owm, dict) and "" in (d.owm.get("start"), d.owm.get("end")),
    ),
}


@pytest.fixture(scope="module")
def examples() -> dict[str, dict[str, Any]]:
    texts = [deviation.example for deviation in DEVIATIONS.values()]
    readings = owm_reading(texts)
    assert readings is not None
    return dict(zip(texts, readings, strict=True))


@pytest.mark.parametrize("name", sorted(DEVIATIONS))
def test_each_deviation_is_pinned(name: str, examples: dict[str, dict[str, Any]]) -> None:
    deviation = DEVIATIONS[name]
    found = differences(examples[deviation.example], our_reading_of(deviation.example))
    assert found, f"OWM and we now agree on {name!r}: drop the deviation and its docs"
    assert {d.kind for d in found} <= set(deviation.kinds)
    assert all(deviation.matches(d) for d in found), [str(d) for d in found]


def test_each_deviation_is_documented() -> None:
    docs = (ROOT / "docs" / "language.md").read_text(encoding="utf-8")
    # Markdown wraps its lines: a name may run over a line break.
    section = " ".join(docs[docs.index("## Where we differ from OWM, on purpose") :].split())
    for name in DEVIATIONS:
        assert f"({name})" in section, f"docs/language.md does not explain {name!r}"


def _explained(d: Difference) -> bool:
    return any(v.matches(d) for v in DEVIATIONS.values() if d.kind in v.kinds)


@needs_corpus
def test_corpus_maps_read_the_same_as_owm_but_for_documented_deviations(
    owm: dict[str, dict[str, Any]],
) -> None:
    report = []
    for path in corpus_maps():
        text = path.read_text(encoding="utf-8")
        found = differences(owm[text], our_reading_of(text))
        report += [f"{path.name}: {d}" for d in found if not _explained(d)]
    assert not report, "\n".join(report)
