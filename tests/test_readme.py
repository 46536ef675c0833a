"""The README and the project's papers say what is true: no figure or list goes stale silently."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import wardley

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _cli_commands() -> set[str]:
    from wardley.cli import main

    return set(main.commands)


def test_the_command_table_lists_every_command_and_no_other() -> None:
    table = set(re.findall(r"^\| `wardley ([a-z-]+)", README, flags=re.MULTILINE))
    assert table == _cli_commands()


def test_help_lists_every_command() -> None:
    from click.testing import CliRunner

    from wardley.cli import main

    shown = CliRunner().invoke(main, ["--help"]).output
    listed = set(re.findall(r"^  ([a-z-]+)\s", shown, flags=re.MULTILINE))
    assert _cli_commands() <= listed


def test_the_count_of_bad_inputs_is_the_real_one() -> None:
    said = re.findall(r"the (\d+) bad inputs", README)
    assert said, "the README no longer counts the bad inputs: drop this test with the figure"
    assert {int(n) for n in said} == {len(list((ROOT / "tests" / "bad").glob("*.wm")))}


def test_the_themes_listed_are_the_real_ones() -> None:
    from wardley.themes import THEMES

    row = next(line for line in README.splitlines() if line.startswith("| `wardley themes`"))
    assert set(re.findall(r"`([a-z]+)`", row.split("|")[2])) == set(THEMES)


def test_no_paper_points_at_notes_outside_the_repository() -> None:
    texts = [ROOT / "README.md", *ROOT.glob("docs/*.md"), *ROOT.glob("benchmarks/*.md")]
    texts += [*ROOT.glob("tests/*.py"), *ROOT.glob("wardley/*.py"), *ROOT.glob("fuzz/*.py")]
    for path in texts:
        if path.name == "test_readme.py":
            continue
        text = path.read_text(encoding="utf-8")
        for phrase in ("closing note", "issue notes", "the issue's note"):
            assert phrase not in text, f"{path.relative_to(ROOT)} points at {phrase!r}"


def test_the_licence_ships_and_matches_the_metadata() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_the_changelog_starts_with_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## \[?([0-9][^\]\s]*)", changelog, flags=re.MULTILINE)
    assert first is not None and first.group(1) == wardley.__version__


def test_the_package_metadata_and_the_module_agree_on_the_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == wardley.__version__
