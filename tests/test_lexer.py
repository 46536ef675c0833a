"""The Pygments lexer: found by name and file name, never an Error token, sensible tokens."""

from __future__ import annotations

from pathlib import Path

import pytest
from pygments.lexers import get_lexer_by_name, get_lexer_for_filename
from pygments.token import Comment, Error, Keyword, Name, Number, Operator, String

from wardley.lexer import WardleyLexer

from .conftest import ROOT, corpus_maps


def tokens(text: str) -> list[tuple[object, str]]:
    return [(t, v) for t, v in WardleyLexer().get_tokens(text) if v.strip()]


@pytest.mark.parametrize("name", ["wardley", "wm", "owm"])
def test_registered_by_name(name: str) -> None:
    assert isinstance(get_lexer_by_name(name), WardleyLexer)


@pytest.mark.parametrize("filename", ["map.wm", "map.owm"])
def test_registered_by_filename(filename: str) -> None:
    assert isinstance(get_lexer_for_filename(filename), WardleyLexer)


def _assert_lexed_without_errors(maps: list[Path]) -> None:
    lexer = WardleyLexer(stripnl=False)
    for path in maps:
        text = path.read_text(encoding="utf-8")
        lexed = list(lexer.get_tokens(text))
        errors = [value for token, value in lexed if token in Error]
        assert not errors, f"{path.name}: {errors[:5]}"
        # nothing is lost: the tokens spell out the whole map
        joined = "".join(value for _, value in lexed)
        assert joined.rstrip("\n") == text.replace("\r\n", "\n").rstrip("\n"), path.name


def test_gallery_has_no_error_tokens() -> None:
    _assert_lexed_without_errors(sorted((ROOT / "gallery").glob("*.wm")))


def test_corpus_has_no_error_tokens() -> None:
    _assert_lexed_without_errors(corpus_maps())


def test_bad_inputs_have_no_error_tokens() -> None:
    for path in sorted((Path(__file__).parent / "bad").glob("*.wm")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        assert not [v for t, v in WardleyLexer().get_tokens(text) if t in Error], path.name


def test_token_types() -> None:
    text = """\
// the classic map
title Tea Shop
user Business [0.95, 0.63]
capability Kettle [0.43, custom 0.8] label [-10, 5] (build) inertia
Hot Water -> Kettle; limited by
Business +'$0.10'> Cup of Tea
evolve Kettle -> Electric Kettle 0.62
note Hot water is obvious [0.48, 0.85] /* block
comment */
annotation 1 [[0.43, 0.49], [0.08, 0.79]] Standardising power
url Shop [https://example.com/a//b]
overlay Infra Eng Team (yellow) { Search Index }
style wardley
"""
    lexed = tokens(text)
    assert (Comment.Single, "// the classic map") in lexed
    assert (Comment.Multiline, " block\ncomment ") in lexed
    for keyword in (
        "title",
        "user",
        "capability",
        "evolve",
        "note",
        "annotation",
        "url",
        "overlay",
    ):
        assert (Keyword.Declaration, keyword) in lexed, keyword
    assert (String, "Tea Shop") in lexed  # the title
    for name in (
        "Business",
        "Kettle",
        "Hot Water",
        "Electric Kettle",
        "Cup of Tea",
        "Search Index",
    ):
        assert (Name, name) in lexed, name
    for number in ("0.95", "0.63", "0.8", "-10", "0.62", "0.08"):
        assert (Number.Float, number) in lexed, number
    assert (Number.Integer, "1") in lexed
    assert (Keyword.Constant, "custom") in lexed  # a stage
    assert (Keyword.Pseudo, "label") in lexed and (Keyword.Pseudo, "inertia") in lexed
    assert (Name.Decorator, "(build)") in lexed
    assert (Operator, "->") in lexed and (Operator, "+'$0.10'>") in lexed
    assert (String, "limited by") in lexed  # a link's label
    assert (String.Other, "https://example.com/a//b") in lexed  # no comment inside a url
    assert (Name.Class, "Infra Eng Team") in lexed and (Name.Constant, "yellow") in lexed
    assert (Name.Builtin, "wardley") in lexed


def test_owm_link_that_starts_with_a_keyword() -> None:
    """`user research -> Insight` is a link in OWM, not a user called `research -> Insight`."""
    lexed = tokens("user research -> Insight\n")
    assert lexed[0] == (Name, "user research")
    assert (Keyword.Declaration, "user") not in lexed
