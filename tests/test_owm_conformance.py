"""OnlineWardleyMaps' own parser as the oracle (tests/owm_oracle.py, tools/owm_oracle).

These tests check the harness itself on small maps: OWM's reading and ours agree where both
languages mean the same, and the comparison sees a difference where they do not. The corpus
comparison is report-only for now (tools/owm_oracle/compare.py lists the differences).
One Node process reads every map of this module.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import corpus_maps, corpus_paths
from .owm_oracle import differences, our_reading_of, owm_reading, unavailable

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

SMALL = (TEA_SHOP, EVERYTHING, UNPLACED, BARE_TITLE)


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


def test_an_owm_parser_failure_is_reported_as_an_error(owm: dict[str, dict[str, Any]]) -> None:
    assert "error" in owm[BARE_TITLE]
    assert "error" not in our_reading_of(BARE_TITLE)
    assert [d.kind for d in differences(owm[BARE_TITLE], our_reading_of(BARE_TITLE))] == ["error"]


@pytest.mark.xfail(
    strict=False, reason="known differences: run tools/owm_oracle/compare.py for the list"
)
def test_corpus_maps_read_the_same_as_owm(owm: dict[str, dict[str, Any]]) -> None:
    report = []
    for path in corpus_maps():
        text = path.read_text(encoding="utf-8")
        found = differences(owm[text], our_reading_of(text))
        report += [f"{path.name}: {d}" for d in found]
    assert not report, "\n".join(report)
