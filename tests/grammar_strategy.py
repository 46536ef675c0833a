"""Hypothesis strategies that write map lines from the grammar itself (hypothesis.extra.lark).

Terminals whose regular expressions use lookaheads, which hypothesis cannot generate from,
are given explicitly, and so is the ignored white space that must separate tokens.
"""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark

from wardley.parser import grammar_text

WORDS = ["Kettle", "Cup of Tea", "Hot Water", "Power", "A", "b-c", "Café", "Web 2.0", "x (y)"]


def _keyword(*words: str) -> st.SearchStrategy[str]:
    return st.sampled_from(words).map(lambda w: w + " ")


EXPLICIT = {
    "TITLE": _keyword("title"),
    "STYLE": _keyword("style"),
    "SIZE": _keyword("size"),
    "EVOLUTION": _keyword("evolution"),
    "VALUECHAIN": _keyword("valuechain"),
    "SUBMAP": _keyword("submap"),
    "URL": _keyword("url"),
    "EVOLVE": _keyword("evolve"),
    "PIPELINE": _keyword("pipeline"),
    "NOTE": _keyword("note"),
    "ANNOTATION": _keyword("annotation"),
    "ANNOTATIONS": _keyword("annotations"),
    "LABEL": _keyword("label"),
    "OVERLAY": _keyword("overlay"),
    "DECLARE": _keyword("component", "anchor", "user", "need", "capability", "market"),
    "METHOD": _keyword("build", "buy", "outsource"),
    "ACCELERATOR": _keyword("accelerator", "deaccelerator"),
    "TEAM": _keyword("platformTeam", "enablingTeam"),
    "ATTITUDE": _keyword("pioneers", "settlers", "townplanners"),
    "INERTIA": st.sampled_from([" inertia ", " (inertia) "]),
    "DECORATOR": st.sampled_from([" (build) ", " (buy) ", " (market) ", " (dataProduct) "]),
    "COLOUR": st.sampled_from([" (yellow) ", " (#abc) ", " (nope) "]),
    "NAME": st.sampled_from(WORDS).map(lambda w: f" {w} "),
    "DECL_NAME": st.sampled_from(WORDS).map(lambda w: f" {w} "),
    "EVOLVE_NAME": st.sampled_from(WORDS).map(lambda w: f" {w} "),
    "OVERLAY_NAME": st.sampled_from(["Infra Team", "Team"]).map(lambda w: f" {w} "),
    "NUMBER": st.sampled_from(["0.5", "0.1", "1", "-0", "1e309", "0.75", ".3", "2"]).map(
        lambda n: f" {n} "
    ),
    "WORD": st.sampled_from(["product", "custom", "genesis", "commodity", "prodcut", "auto"]).map(
        lambda w: f" {w} "
    ),
    "JUNK": st.sampled_from([" ? ", " , ", " 6] "]),
    "__IGNORE_0": st.just(" "),
}


@cache
def _lines() -> st.SearchStrategy[str]:
    from lark import Lark

    grammar = Lark(grammar_text(), parser="lalr", lexer="contextual", maybe_placeholders=False)
    return from_lark(grammar, explicit=EXPLICIT)


def map_texts() -> st.SearchStrategy[str]:
    """Whole maps: a few lines written from the grammar."""
    return st.lists(st.deferred(lambda: _lines()), max_size=8).map("\n".join)
