"""End-to-end tests of the language server (``wardley lsp``): a real client talks to
``python -m wardley.lsp`` over stdio, as an editor would."""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

import wardley  # noqa: E402
from wardley.diagnostics import split_lines  # noqa: E402

from .conftest import CORPUS, corpus_maps, needs_corpus  # noqa: E402

BAD = Path(__file__).parent / "bad"
pytestmark = pytest.mark.asyncio(loop_scope="module")

TEA = """\
title Tea Shop
user Business
user Public
need Cup of Tea [0.8, product 0.7]
capability Tea [commodity 0.2]
capability Cup [commodity 0.4]
capability Hot Water [0.55, commodity 0.3]
capability Kettle [0.4, custom 0.8]
capability Power
Business -> Cup of Tea
Public -> cup of  tea
Cup of Tea -> Tea
Cup of Tea -> Cup
Cup of Tea -> Hot Water -> Kettle -> Power
evolve Kettle -> Electric Kettle [product 0.6]
pipeline Kettle { Kettle; Induction Kettle [product] }
overlay Infra Team (yellow) {
  Power
  Kettle
}
"""


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "wardley.lsp"]),
)
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual-studio-code"))
    )
    yield
    await lsp_client.shutdown_session()


# ---- helpers ------------------------------------------------------------------------------------
_documents = 0


def _uri(name: str) -> str:
    global _documents
    _documents += 1
    return f"file:///maps/{_documents}-{name}.wm"


async def _published(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    while uri not in client.diagnostics:
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics.pop(uri))


async def open_map(client: LanguageClient, text: str, name: str = "map") -> tuple[str, list]:
    uri = _uri(name)
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="wardley", version=1, text=text)
        )
    )
    return uri, await _published(client, uri)


async def change_map(client: LanguageClient, uri: str, text: str, version: int) -> list:
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    return await _published(client, uri)


def _doc(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _lsp_range(text: str, line: int, column: int, end_line: int, end_column: int) -> tuple:
    """A 1-based wardley span (end exclusive) as a 0-based LSP range in UTF-16 units."""
    lines = split_lines(text)
    bom = 1 if text.startswith("\ufeff") else 0

    def at(n: int, col: int) -> tuple[int, int]:
        content = lines[n - 1] if 0 < n <= len(lines) else ""
        return n - 1, _units(content[: col - 1]) + (bom if n == 1 else 0)

    return (*at(line, column), *at(end_line, end_column))


def _tuple(r: types.Range) -> tuple[int, int, int, int]:
    return (r.start.line, r.start.character, r.end.line, r.end.character)


def _position(text: str, needle: str, nth: int = 0, offset: int = 0) -> types.Position:
    """The position of the nth occurrence of needle (plus offset characters)."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(needle, index + 1)
    index += offset
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    return types.Position(line=line, character=column)


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 positions) to text with \\n line ends."""
    lines = text.split("\n")

    def offset(p: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[: p.line])
        content = lines[p.line] if p.line < len(lines) else ""
        units = 0
        for index, ch in enumerate(content):
            if units >= p.character:
                return before + index
            units += _units(ch)
        return before + len(content)

    spans = sorted((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits)
    for start, end, _ in spans:
        assert start <= end
    for (_, end, _), (start, _, _) in itertools.pairwise(spans):
        assert end <= start, "edits overlap"
    for start, end, new in reversed(spans):
        text = text[:start] + new + text[end:]
    return text


def expected(text: str) -> list[tuple]:
    """What `wardley check --offsets` reports for a text, as (range, code, severity, hint)."""
    try:
        found = wardley.check(wardley.parse(text), offsets=True)
    except wardley.MapError as error:
        found = error.diagnostics
    return [
        (
            _lsp_range(text, d.span.line, d.span.column, d.span.end_line, d.span.end_column),
            d.code,
            1 if d.severity == "error" else 2,
            d.hint,
        )
        for d in found
    ]


def got(diagnostics: list[types.Diagnostic]) -> list[tuple]:
    out = []
    for d in diagnostics:
        assert d.source == "wardley"
        _, _, hint = d.message.partition("\nhint: ")
        out.append((_tuple(d.range), d.code, d.severity.value, hint or None))
    return out


# ---- diagnostics ---------------------------------------------------------------------------------
async def test_a_good_map_has_no_diagnostics(client: LanguageClient):
    _, diagnostics = await open_map(client, TEA)
    assert diagnostics == []


async def test_diagnostics_are_those_of_wardley_check(client: LanguageClient):
    text = "component Cup [prodcut]\ncompnent Water [0.4, 0.4]\nCup -> Watr\nstyle fancy\n}\n"
    _, diagnostics = await open_map(client, text)
    assert got(diagnostics) == expected(text)
    e009 = next(d for d in diagnostics if d.code == "E009")
    assert _tuple(e009.range) == (0, 15, 0, 22)
    assert e009.severity == types.DiagnosticSeverity.Error
    assert e009.message == "unknown stage 'prodcut'\nhint: did you mean 'product'?"


async def test_warnings_of_a_map_that_parses(client: LanguageClient):
    text = "user Reader\ncapability Search\nReader -> Search\nReader -> Serch\n"
    _, diagnostics = await open_map(client, text)
    assert got(diagnostics) == expected(text)
    assert {d.code for d in diagnostics} == {"W101", "W102"}
    assert all(d.severity == types.DiagnosticSeverity.Warning for d in diagnostics)


async def test_diagnostic_notes_are_related_information(client: LanguageClient):
    text = "component Kettle [0.5, 0.5]\ncomponent Kettle [0.4, 0.4]\n"
    uri, [duplicate] = await open_map(client, text)
    assert duplicate.code == "W105"
    [related] = duplicate.related_information
    assert related.message == "first declared here"
    assert related.location.uri == uri
    assert _tuple(related.location.range) == (0, 0, 0, 27)


def _utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


#: The bad inputs an editor can send (it never sends bytes that are not UTF-8).
BAD_MAPS = sorted(p for p in BAD.glob("*.wm") if _utf8(p))


@pytest.mark.parametrize("path", BAD_MAPS, ids=lambda p: p.stem)
async def test_every_bad_input_is_reported_as_check_reports_it(client: LanguageClient, path):
    text = path.read_bytes().decode("utf-8")
    _, diagnostics = await open_map(client, text, path.stem)
    assert got(diagnostics) == expected(text)


async def test_diagnostics_follow_each_change(client: LanguageClient):
    uri, diagnostics = await open_map(client, TEA)
    assert diagnostics == []
    broken = TEA.replace("[commodity 0.2]", "[comodity 0.2]")
    diagnostics = await change_map(client, uri, broken, 2)
    assert [(d.code, _tuple(d.range)) for d in diagnostics] == [("E009", (4, 16, 4, 28))]
    assert await change_map(client, uri, TEA, 3) == []


async def test_columns_are_utf16_units(client: LanguageClient):
    text = "capability 🫖 Pot [prodcut]\n"
    _, diagnostics = await open_map(client, text)
    # the teapot is two UTF-16 units: 'prodcut' starts at code point 18, unit 19
    assert _tuple(diagnostics[0].range) == (0, 19, 0, 26)


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "wardley.lsp"]),
)
async def utf8_client(lsp_client: LanguageClient):
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind.Utf8]
        )
    )
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities))
    yield
    await lsp_client.shutdown_session()


async def test_columns_in_utf8_when_the_client_asks(utf8_client: LanguageClient):
    _, diagnostics = await open_map(utf8_client, "capability Café [prodcut]\n")
    assert _tuple(diagnostics[0].range) == (0, 18, 0, 25)  # 'é' is two bytes
    uri, diagnostics = await open_map(utf8_client, "capability Café [product]\nCafé -> Xé\n")
    assert [(d.code, _tuple(d.range)) for d in diagnostics] == [("W102", (1, 9, 1, 12))]  # Xé
    result = await utf8_client.text_document_definition_async(
        types.DefinitionParams(text_document=_doc(uri), position=types.Position(1, 4))
    )
    assert [_tuple(r.range) for r in result] == [(0, 11, 0, 16)]


async def test_closing_a_map_clears_its_diagnostics(client: LanguageClient):
    uri, diagnostics = await open_map(client, "compnent X\n")
    assert [d.code for d in diagnostics] == ["E007"]
    client.text_document_did_close(types.DidCloseTextDocumentParams(_doc(uri)))
    assert await _published(client, uri) == []


# ---- completion ------------------------------------------------------------------------------------
async def complete(client: LanguageClient, text: str, position: types.Position) -> dict:
    uri, _ = await open_map(client, text)
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=_doc(uri), position=position)
    )
    items = result.items if isinstance(result, types.CompletionList) else result
    return {item.label: item for item in items}


async def test_keywords_at_the_start_of_a_line(client: LanguageClient):
    text = TEA + "cap"
    items = await complete(client, text, types.Position(line=20, character=3))
    assert {"capability", "component", "evolve", "pipeline", "overlay", "user"} <= set(items)
    item = items["capability"]
    assert item.kind == types.CompletionItemKind.Keyword
    assert _tuple(item.text_edit.range) == (20, 0, 20, 3)
    assert item.text_edit.new_text == "capability "
    assert "Cup of Tea" in items  # a line may also start a link
    items = await complete(client, TEA + "Cup of T", types.Position(line=20, character=8))
    assert _tuple(items["Cup of Tea"].text_edit.range) == (20, 0, 20, 8)
    assert "capability" not in items
    assert await complete(client, TEA + "user Bo", types.Position(line=20, character=7)) == {}


async def test_stage_names_inside_brackets(client: LanguageClient):
    text = TEA + "capability Milk [0.3, pro"
    items = await complete(client, text, types.Position(line=20, character=25))
    assert {"genesis", "custom", "product", "commodity"} <= set(items)
    assert items["product"].kind == types.CompletionItemKind.EnumMember
    assert _tuple(items["product"].text_edit.range) == (20, 22, 20, 25)
    items = await complete(client, text[:-3], types.Position(line=20, character=22))
    assert "commodity" in items
    # no stage in a label offset
    items = await complete(client, TEA + "capability Milk label [", types.Position(20, 23))
    assert items == {}


async def test_component_names_after_a_link_operator(client: LanguageClient):
    text = TEA + "Public -> Ho"
    items = await complete(client, text, types.Position(line=20, character=12))
    assert {"Hot Water", "Kettle", "Cup of Tea", "Electric Kettle"} <= set(items)
    assert "Public" not in items  # not a link to itself
    edit = items["Hot Water"].text_edit
    assert (_tuple(edit.range), edit.new_text) == ((20, 10, 20, 12), "Hot Water")
    assert items["Hot Water"].detail == "capability"
    assert items["Cup of Tea"].detail == "need"
    flows = await complete(client, TEA + "Kettle +> ", types.Position(20, 10))
    assert "Power" in flows


async def test_component_names_after_evolve(client: LanguageClient):
    items = await complete(client, TEA + "evolve ", types.Position(line=20, character=7))
    assert {"Kettle", "Power", "Tea"} <= set(items)
    assert "capability" not in items


async def test_component_names_in_pipeline_and_overlay_blocks(client: LanguageClient):
    text = TEA.replace("  Kettle\n}", "  Kettle\n  \n}")
    items = await complete(client, text, types.Position(line=19, character=2))
    assert {"Hot Water", "Tea", "Cup"} <= set(items)
    assert _tuple(items["Tea"].text_edit.range) == (19, 2, 19, 2)
    inline = TEA.replace("{ Kettle; Induction", "{ Kettle; Te")
    position = _position(inline, "; Te", offset=4)
    items = await complete(client, inline, position)
    assert "Tea" in items
    assert items["Tea"].text_edit.range.start.character == position.character - 2


async def test_names_are_still_offered_while_the_map_has_errors(client: LanguageClient):
    uri, _ = await open_map(client, TEA)
    broken = TEA + "Kettle -> \ncapability X [prodcut]\n"
    await change_map(client, uri, broken, 2)
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=_doc(uri), position=types.Position(20, 10))
    )
    assert "Power" in {item.label for item in result.items}


# ---- hover, definition, references -----------------------------------------------------------------
async def hover(client: LanguageClient, uri: str, position: types.Position) -> str | None:
    result = await client.text_document_hover_async(
        types.HoverParams(text_document=_doc(uri), position=position)
    )
    return None if result is None else result.contents.value


async def test_hover_on_a_declaration(client: LanguageClient):
    uri, _ = await open_map(client, TEA)
    text = await hover(client, uri, _position(TEA, "Cup of Tea", offset=2))
    assert "**Cup of Tea**: need" in text
    assert "stage: product 0.7" in text
    assert "visibility 0.80 (given), evolution 0.61 (given)" in text
    assert "depends on: Tea, Cup, Hot Water" in text
    assert "needed by: Business, Public" in text


async def test_hover_on_a_reference_shows_placed_positions(client: LanguageClient):
    uri, _ = await open_map(client, TEA)
    text = await hover(client, uri, _position(TEA, "-> Power", offset=5))
    assert "**Power**: capability" in text
    assert "(placed)" in text  # Power has no position: layout gives it one
    assert "needed by: Kettle" in text
    assert "overlays: Infra Team" in text
    kettle = await hover(client, uri, _position(TEA, "evolve Kettle", offset=8))
    assert "evolves as **Electric Kettle** to product 0.6" in kettle
    assert "pipeline: Kettle" in kettle
    assert await hover(client, uri, types.Position(0, 2)) is None  # the title
    uri, _ = await open_map(client, "component <b>*x*</b>\n")
    assert (await hover(client, uri, types.Position(0, 12))).startswith(
        "**\\<b\\>\\*x\\*\\</b\\>**: capability"
    )


async def test_go_to_definition(client: LanguageClient):
    uri, _ = await open_map(client, TEA)
    # `cup of  tea` matches `Cup of Tea` ignoring case and white space
    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=_doc(uri), position=_position(TEA, "cup of  tea"))
    )
    assert [(r.uri, _tuple(r.range)) for r in result] == [(uri, (3, 5, 3, 15))]
    evolved = await client.text_document_definition_async(
        types.DefinitionParams(text_document=_doc(uri), position=_position(TEA, "Electric"))
    )
    assert [_tuple(r.range) for r in evolved] == [(14, 17, 14, 32)]


async def test_find_references(client: LanguageClient):
    uri, _ = await open_map(client, TEA)

    async def references(position, declaration=True):
        result = await client.text_document_references_async(
            types.ReferenceParams(
                text_document=_doc(uri),
                position=position,
                context=types.ReferenceContext(include_declaration=declaration),
            )
        )
        return sorted(_tuple(r.range) for r in result)

    kettle = await references(_position(TEA, "Kettle"))
    assert kettle == [
        (7, 11, 7, 17),  # capability Kettle
        (13, 27, 13, 33),  # ... -> Kettle -> Power
        (14, 7, 14, 13),  # evolve Kettle
        (15, 9, 15, 15),  # pipeline Kettle
        (15, 18, 15, 24),  # { Kettle; ...
        (18, 2, 18, 8),  # overlay member
    ]
    tea = await references(_position(TEA, "-> Tea", offset=3), declaration=False)
    assert tea == [(11, 14, 11, 17)]  # not inside `Cup of Tea`


# ---- rename -------------------------------------------------------------------------------------------
async def rename(client: LanguageClient, text: str, position, new_name: str):
    uri, _ = await open_map(client, text)
    prepared = await client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=_doc(uri), position=position)
    )
    result = await client.text_document_rename_async(
        types.RenameParams(text_document=_doc(uri), position=position, new_name=new_name)
    )
    return prepared, result.changes[uri]


async def test_rename_everywhere_with_minimal_edits(client: LanguageClient):
    prepared, edits = await rename(client, TEA, _position(TEA, "-> Kettle", offset=4), "Boiler")
    assert prepared.placeholder == "Kettle"
    assert _tuple(prepared.range) == (13, 27, 13, 33)
    assert len(edits) == 6
    assert all(e.new_text == "Boiler" for e in edits)
    assert all(e.range.end.character - e.range.start.character == 6 for e in edits)
    renamed = apply(TEA, edits)
    unchanged = ("Electric", "Induction")
    expected = TEA.replace("Kettle", "Boiler")
    for word in unchanged:
        expected = expected.replace(f"{word} Boiler", f"{word} Kettle")
    assert renamed == expected
    assert renamed.count("Induction Kettle") == 1
    old, new = wardley.parse(TEA), wardley.parse(renamed)
    assert new.find("Boiler") is not None and new.find("Kettle") is None
    assert len(old.links) == len(new.links)


async def test_rename_matches_names_ignoring_case_and_space(client: LanguageClient):
    _, edits = await rename(client, TEA, _position(TEA, "Cup of Tea"), "Mug of Tea")
    renamed = apply(TEA, edits)
    assert "Public -> Mug of Tea" in renamed
    assert "cup of" not in renamed.lower()
    assert wardley.check(wardley.parse(renamed)) == []


async def test_rename_quotes_a_name_that_needs_it(client: LanguageClient):
    _, edits = await rename(client, TEA, _position(TEA, "Power"), "Power; Grid")
    renamed = apply(TEA, edits)
    assert 'capability "Power; Grid"' in renamed
    assert wardley.parse(renamed).find("Power; Grid") is not None


async def test_rename_refuses_a_name_in_use(client: LanguageClient):
    uri, _ = await open_map(client, TEA)
    with pytest.raises(Exception, match="already"):
        await client.text_document_rename_async(
            types.RenameParams(
                text_document=_doc(uri), position=_position(TEA, "Power"), new_name="tea"
            )
        )


# ---- outline ----------------------------------------------------------------------------------------
async def test_document_symbols(client: LanguageClient):
    uri, _ = await open_map(client, TEA)
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=_doc(uri))
    )
    outline = [(s.name, s.kind) for s in symbols]
    kinds = types.SymbolKind
    assert outline[:4] == [
        ("Business", kinds.Interface),
        ("Public", kinds.Interface),
        ("Cup of Tea", kinds.Function),
        ("Tea", kinds.Class),
    ]
    assert ("Electric Kettle", kinds.Event) in outline
    pipeline = next(s for s in symbols if s.kind == kinds.Array)
    assert pipeline.name == "Kettle"
    assert [c.name for c in pipeline.children] == ["Kettle", "Induction Kettle"]
    overlay = next(s for s in symbols if s.kind == kinds.Namespace)
    assert overlay.name == "Infra Team"
    assert _tuple(overlay.range) == (16, 0, 19, 1)
    assert _tuple(overlay.selection_range) == (16, 8, 16, 18)
    assert [c.name for c in overlay.children] == ["Power", "Kettle"]
    for symbol in symbols:
        r, s = _tuple(symbol.range), _tuple(symbol.selection_range)
        assert r[:2] <= s[:2] and s[2:] <= r[2:]


# ---- formatting ---------------------------------------------------------------------------------------
async def test_formatting_is_wardley_fmt(client: LanguageClient):
    messy = "title  Tea\nuser   Business\n\n\n\nneed Cup of Tea [0.8,product 0.7]\nBusiness->Cup of Tea\n"
    uri, _ = await open_map(client, messy)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=_doc(uri), options=types.FormattingOptions(tab_size=2, insert_spaces=True)
        )
    )
    assert apply(messy, edits) == wardley.format(wardley.parse(messy))
    assert len(edits) < 5  # line edits, not the whole file
    uri, _ = await open_map(client, TEA)
    tidy = wardley.format(wardley.parse(TEA))
    uri, _ = await open_map(client, tidy)
    assert not await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=_doc(uri), options=types.FormattingOptions(2, True)
        )
    )


async def test_no_formatting_while_the_map_has_errors(client: LanguageClient):
    uri, _ = await open_map(client, "title  Tea\ncomponent X [prodcut]\n")
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=_doc(uri), options=types.FormattingOptions(2, True)
        )
    )
    assert not edits


# ---- quick fixes -----------------------------------------------------------------------------------------
async def quick_fixes(client: LanguageClient, text: str, line: int) -> tuple[str, list]:
    uri, diagnostics = await open_map(client, text)
    here = [d for d in diagnostics if d.range.start.line <= line <= d.range.end.line]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=_doc(uri),
            range=types.Range(types.Position(line, 0), types.Position(line, 0)),
            context=types.CodeActionContext(diagnostics=here),
        )
    )
    for action in actions:
        assert action.kind == types.CodeActionKind.QuickFix
        assert action.diagnostics
    return uri, actions


async def test_fix_an_unknown_stage(client: LanguageClient):
    text = TEA.replace("[0.4, custom 0.8]", "[0.4, cutsom 0.8]")
    uri, actions = await quick_fixes(client, text, 7)
    [action] = actions
    assert action.title == "Change 'cutsom' to 'custom'"
    assert action.is_preferred
    assert action.diagnostics[0].code == "E009"
    fixed = apply(text, action.edit.changes[uri])
    assert fixed == TEA
    assert await change_map(client, uri, fixed, 2) == []


async def test_fix_a_misspelt_keyword(client: LanguageClient):
    text = TEA.replace("capability Tea", "capabilty Tea")
    uri, actions = await quick_fixes(client, text, 4)
    [action] = actions
    assert action.title == "Change 'capabilty' to 'capability'"
    assert apply(text, action.edit.changes[uri]) == TEA
    text = "   usr Customer [0.9, 0.5]\n"
    uri, [action] = await quick_fixes(client, text, 0)
    assert apply(text, action.edit.changes[uri]) == "   user Customer [0.9, 0.5]\n"


async def test_fix_a_link_to_an_undeclared_name(client: LanguageClient):
    text = TEA.replace("Cup of Tea -> Hot Water", "Cup of Tea -> Hot Watter")
    uri, actions = await quick_fixes(client, text, 13)
    titles = [a.title for a in actions]
    assert titles == ["Change 'Hot Watter' to 'Hot Water'", "Declare 'Hot Watter'"]
    assert actions[0].is_preferred
    assert actions[0].diagnostics[0].code == "W102"
    assert apply(text, actions[0].edit.changes[uri]) == TEA
    declared = apply(text, actions[1].edit.changes[uri])
    assert "component Hot Watter\nCup of Tea -> Hot Watter" in declared
    assert not [d for d in wardley.check(wardley.parse(declared)) if d.code == "W102"]


async def test_fix_other_diagnostics(client: LanguageClient):
    text = "style wardly\n}\nuser A\nA -> A\n"
    uri, actions = await quick_fixes(client, text, 0)
    assert [a.title for a in actions] == ["Change 'wardly' to 'wardley'"]
    uri, actions = await quick_fixes(client, text, 1)
    assert [a.title for a in actions] == ["Remove the '}'"]
    fixed = apply(text, actions[0].edit.changes[uri])
    assert fixed == "style wardly\n\nuser A\nA -> A\n"
    uri, actions = await quick_fixes(client, fixed, 3)
    assert [a.title for a in actions] == ["Remove the link"]
    assert apply(fixed, actions[0].edit.changes[uri]) == "style wardly\n\nuser A\n"


async def test_fix_a_label_offset_that_collides(client: LanguageClient):
    text = "component Kettle [0.5, 0.5] label [5, -10]\ncomponent Kettle base [0.5, 0.56] label [-40, -10]\n"
    uri, actions = await quick_fixes(client, text, 1)
    [action] = actions
    assert action.diagnostics[0].code == "W127"
    assert action.title.startswith("Move the label to label [")
    fixed = apply(text, action.edit.changes[uri])
    assert fixed.startswith("component Kettle [0.5, 0.5] label [5, -10]\n")
    assert fixed.endswith("] label " + action.title.removeprefix("Move the label to label ") + "\n")
    moved = wardley.parse(fixed).components[1].label
    assert moved is not None and moved != (-40, -10)
    # Where the label was drawn is clear: written there, it stays, with no warning.
    assert not [d for d in wardley.check(wardley.parse(fixed), offsets=True) if d.code == "W127"]


# ---- the largest map ------------------------------------------------------------------------------------
@needs_corpus
async def test_diagnostics_follow_every_change_on_the_largest_corpus_map(client: LanguageClient):
    # Only what the server answers is asserted here; how fast it answers is no test's business.
    text = (CORPUS / "072_conversational.owm").read_text(encoding="utf-8")
    uri, _ = await open_map(client, text, "large")
    for version in range(2, 6):
        edited = text + f"\ncapability Extra {version} [prodcut]\n"
        diagnostics = await change_map(client, uri, edited, version)
        assert [d.range.start.line for d in diagnostics if d.code == "E009"] == [
            len(text.splitlines()) + 1
        ]


# ---- rename on every corpus map (the analysis alone, no server) -------------------------------------------
def _apply_edits(text: str, edits) -> str:
    lines = text.split("\n")

    def offset(line: int, column: int) -> int:
        return sum(len(t) + 1 for t in lines[:line]) + column

    spans = sorted((offset(e.line, e.start), offset(e.end_line, e.end), e.text) for e in edits)
    for start, end, new in reversed(spans):
        text = text[:start] + new + text[end:]
    return text


def _names(m: wardley.Map, rename=lambda name: name) -> tuple:
    return (
        [rename(c.name) for c in m.components],
        [(rename(link.source), rename(link.target)) for link in m.links],
        [(rename(e.component), e.to and rename(e.to)) for e in m.evolves],
        [(rename(p.name), [rename(n) for n in p.members]) for p in m.pipelines],
        [[rename(n) for n in o.members] for o in m.overlays],
    )


async def test_rename_changes_the_name_and_nothing_else_on_every_corpus_map():
    from wardley.lsp import Analysis
    from wardley.model import normalise_name

    renamed_any = 0
    for path in corpus_maps():
        text = path.read_text(encoding="utf-8")
        analysis = Analysis(text)
        if analysis.map is None or "\r" in text:
            continue
        for component in analysis.map.components[:2]:
            key = normalise_name(component.name)
            new = 'New; "name"'  # must be quoted everywhere
            after = wardley.parse(_apply_edits(text, analysis.rename(key, new)))

            def rename(name: str, key=key, new=new) -> str:
                return new if normalise_name(name) == key else name

            assert _names(after) == _names(analysis.map, rename), (path.name, component.name)
            renamed_any += 1
    assert renamed_any > 100


# ---- a client that breaks the rules -------------------------------------------------------------
class RawClient:
    """Speaks LSP over the server's stdio byte by byte, so it can send what a real client never
    would. Every wait has a generous timeout: it guards against a hang, it measures nothing."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.next_id = 100

    @classmethod
    async def start(cls) -> RawClient:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "wardley.lsp",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
        )
        client = cls(process)
        await client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        await client.notify("initialized", {})
        return client

    async def send_bytes(self, data: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(data)
        await self.process.stdin.drain()

    async def send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode()
        await self.send_bytes(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    async def notify(self, method: str, params: Any) -> None:
        await self.send({"jsonrpc": "2.0", "method": method, "params": params})

    async def answer(self, id: Any) -> dict[str, Any]:
        """The server's reply to request ``id`` (notifications on the way are skipped)."""
        assert self.process.stdout is not None
        while True:
            head = await asyncio.wait_for(self.process.stdout.readuntil(b"\r\n\r\n"), 60)
            length = int(re.search(rb"Content-Length: (\d+)", head).group(1))  # type: ignore[union-attr]
            message = json.loads(await self.process.stdout.readexactly(length))
            if message.get("id") == id and "method" not in message:
                return message

    async def request(self, method: str, params: Any) -> dict[str, Any]:
        self.next_id += 1
        await self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return await self.answer(self.next_id)

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.kill()
        await self.process.wait()


RAW_URI = "file:///maps/raw.wm"


@pytest_asyncio.fixture(loop_scope="module")
async def raw():
    client = await RawClient.start()
    await client.notify(
        "textDocument/didOpen",
        {
            "textDocument": {
                "uri": RAW_URI,
                "languageId": "wardley",
                "version": 1,
                "text": "title T\ncomponent Tea [0.5, 0.5]\n",
            }
        },
    )
    yield client
    await client.stop()


async def hover_still_works(raw: RawClient) -> None:
    reply = await raw.request(
        "textDocument/hover",
        {"textDocument": {"uri": RAW_URI}, "position": {"line": 1, "character": 11}},
    )
    assert "**Tea**" in reply["result"]["contents"]["value"]
    assert raw.process.returncode is None


@pytest.mark.parametrize(
    ("method", "params", "says"),
    [
        (
            "textDocument/hover",
            {"textDocument": {"uri": RAW_URI}, "position": {"line": "x"}},
            "expected int @ $.params.position.line",
        ),
        (
            "textDocument/definition",
            {"textDocument": {"uri": RAW_URI}, "position": {"line": -1, "character": 0}},
            "$.params.position",
        ),
        ("textDocument/completion", None, "$.params"),
        ("textDocument/references", [1, 2], "$.params"),
        (
            "textDocument/rename",
            {
                "textDocument": {"uri": RAW_URI},
                "position": {"line": 1, "character": 11},
                "newName": "",
            },
            "a component needs a name",
        ),
        (
            "textDocument/hover",
            {
                "textDocument": {"uri": "file:///no/such/map.wm"},
                "position": {"line": 0, "character": 0},
            },
            "is not open and cannot be read",
        ),
    ],
)
async def test_invalid_params_get_an_error_reply(
    raw: RawClient, method: str, params: Any, says: str
) -> None:
    reply = await raw.request(method, params)
    assert reply["error"]["code"] == -32602 and says in reply["error"]["message"], reply
    await hover_still_works(raw)


async def test_a_request_without_jsonrpc_gets_an_error_reply(raw: RawClient) -> None:
    await raw.send({"id": 7, "method": "textDocument/hover", "params": {}})
    assert (await raw.answer(7))["error"]["code"] == -32600
    await hover_still_works(raw)


@pytest.mark.parametrize(
    "broken",
    [
        b"Content-Length: abc\r\n\r\n{}",  # a length that is not a number
        b"Content-Length: -5\r\n\r\n{}",
        b"Content-Length: 3\r\n\r\n" + b'{"jsonrpc": "2.0", "method": "initialized"}',  # too short
        b"garbage header line\r\n\r\n",
        b"Content-Length: 5\r\n\r\n{bad}",  # not JSON
        b"Content-Length: 2\r\n\r\n[]",  # JSON, not a message
        b"Content-Length: 4\r\n\r\nnull",
        b"\xff\xfe\r\n\r\n\x00",
    ],
)
async def test_a_framing_error_does_not_stop_the_server(raw: RawClient, broken: bytes) -> None:
    await raw.send_bytes(broken)
    await hover_still_works(raw)
    await hover_still_works(raw)
