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
    # Mostly good values, so that most maps parse; a bad one now and then (1e309, prodcut).
    "NUMBER": st.sampled_from(["0.5", "0.1", "1", "-0", "0.75", ".3", "0.9", "2", "1e309"]).map(
        lambda n: f" {n} "
    ),
    "WORD": st.sampled_from(["product", "custom", "genesis", "commodity", "auto", "prodcut"]).map(
        lambda w: f" {w} "
    ),
    "JUNK": st.sampled_from([" ? ", " , ", " 6] "]),
    "__IGNORE_0": st.just(" "),
}


#: Text the grammar leaves free (quoted names, notes, titles) holds no control character: the
#: parser rejects those (E002), and the bad inputs and the corpus mutations try them already.
ALPHABET = st.characters(blacklist_categories=("Cs", "Cc"))

#: Positions a declared component can have.
PLACES = ["[0.5, 0.5]", "[0.8, 0.2]", "[0.3, product]", "[custom 0.4]", "[commodity]", ""]


@cache
def _lines() -> st.SearchStrategy[str]:
    from lark import Lark

    grammar = Lark(grammar_text(), parser="lalr", lexer="contextual", maybe_placeholders=False)
    return from_lark(grammar, explicit=EXPLICIT, alphabet=ALPHABET)


@st.composite
def declarations(draw: st.DrawFn) -> list[str]:
    """Components, and links between them, under the names the grammar's lines use, so that
    links, evolves, pipelines and overlays name components that exist."""
    names = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5, unique=True))
    keywords = st.sampled_from(["component", "anchor", "user", "need", "capability"])
    declared = [f"{draw(keywords)} {name} {draw(st.sampled_from(PLACES))}" for name in names]
    links = draw(st.lists(st.tuples(st.sampled_from(names), st.sampled_from(names)), max_size=4))
    return declared + [f"{source} -> {target}" for source, target in links]


def map_texts() -> st.SearchStrategy[str]:
    """Whole maps: some declared components, then a few lines written from the grammar."""
    lines = st.lists(st.deferred(lambda: _lines()), max_size=6)
    return st.tuples(declarations(), lines).map(lambda parts: "\n".join(parts[0] + parts[1]))
