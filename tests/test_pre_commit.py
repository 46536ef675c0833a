"""The pre-commit hooks (.pre-commit-hooks.yaml), run by the real pre-commit on a temporary git
repository with ``pre-commit try-repo`` on this repository.

try-repo installs the hooks' environment afresh each time (pip installs wardley and its
dependencies from the package registry), so one run covers all three hooks. That a second
commit passes once the pictures are added rests on ``render --update`` leaving an up-to-date
picture alone, tested here without pre-commit.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import wardley
from wardley.cli import main

ROOT = Path(__file__).resolve().parent.parent
GIT = [
    "git",
    "-c",
    "user.name=t",
    "-c",
    "user.email=t@example.com",
    "-c",
    "init.defaultBranch=main",
]

TEA = "title Tea\ncomponent   Kettle [0.4,0.6]\ncomponent Power [0.2, 0.7]\nKettle->Power\n"
DONE = "title Done\ncomponent Cup [0.7, 0.8]\n"
OLD = "title Old\ncomponent Water [0.5,0.9]\n"
BAD = "title Bad\ncapability Water [prodcut]\n"


def test_the_hooks_file_names_three_hooks_on_maps() -> None:
    hooks = {
        hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    }
    assert set(hooks) == {"wardley-check", "wardley-fmt", "wardley-render"}
    for hook in hooks.values():
        assert hook["language"] == "python" and hook["entry"].startswith("wardley ")
        assert re.search(hook["files"], "maps/tea.wm")
        assert not re.search(hook["files"], "maps/tea.svg")
    # fmt writes our canonical .wm; an .owm file stays as OnlineWardleyMaps reads it.
    assert not re.search(hooks["wardley-fmt"]["files"], "tea.owm")
    assert re.search(hooks["wardley-render"]["files"], "tea.owm")


def git(cwd: Path, *args: str) -> None:
    subprocess.run([*GIT, *args], cwd=cwd, check=True, capture_output=True)


def sections(output: str) -> dict[str, str]:
    """pre-commit's report, hook by hook: its name -> its status line and what it printed."""
    parts = re.split(r"^(wardley \w+)\.+", output, flags=re.M)
    return {name: body for name, body in zip(parts[1::2], parts[2::2], strict=True)}


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_try_repo_stops_a_commit_with_an_error_an_unformatted_map_or_a_stale_picture(
    tmp_path: Path,
) -> None:
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed (pip install pre-commit; it is in the test extra)")
    repo = tmp_path / "maps"
    repo.mkdir()
    git(repo, "init", "-q")
    for name, text in {"tea.wm": TEA, "done.wm": DONE, "old.owm": OLD, "bad.wm": BAD}.items():
        (repo / name).write_text(text)
    (repo / "done.svg").write_text(wardley.to_svg(wardley.parse(DONE)))
    (repo / "old.svg").write_text("<svg>an old picture</svg>\n")
    git(repo, "add", ".")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit"), NO_COLOR="1")
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = done.stdout + done.stderr
    if "An unexpected error has occurred" in output and "Installing environment" in output:
        pytest.skip(
            "pre-commit could not install the hooks' environment (pip needs the package"
            f" registry): {output.strip().splitlines()[-1]}"
        )
    report = sections(output)
    assert done.returncode == 1, output
    assert set(report) == {"wardley check", "wardley fmt", "wardley render"}, output
    check, fmt, render = report["wardley check"], report["wardley fmt"], report["wardley render"]
    # check: the error, where it is; the good maps pass.
    assert check.startswith("Failed") and "bad.wm:2:19: error: unknown stage 'prodcut'" in check
    assert "tea.wm" not in check
    # fmt: rewrites the .wm map that is not canonical, and pre-commit sees the change.
    assert fmt.startswith("Failed") and "files were modified by this hook" in fmt
    assert "formatted tea.wm" in fmt and "done.wm" not in fmt
    assert (repo / "tea.wm").read_text() != TEA and (repo / "old.owm").read_text() == OLD
    # render: draws the missing and the stale picture and says so; leaves the fresh one.
    assert render.startswith("Failed")
    assert "tea.svg was missing; drawn from tea.wm" in render
    assert "old.svg was out of date; drawn from old.owm" in render
    assert "done.svg" not in render
    assert (repo / "tea.svg").read_text() == wardley.to_svg(wardley.parse(TEA))
    assert (repo / "old.svg").read_text() == wardley.to_svg(wardley.parse(OLD))
    assert not (repo / "bad.svg").exists()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stderr


def test_render_update_writes_only_missing_or_stale_pictures(tmp_path: Path) -> None:
    tea, done = tmp_path / "tea.wm", tmp_path / "done.owm"
    tea.write_text(TEA)
    done.write_text(DONE)
    assert run("render", "--update", str(tea), str(done)) == (
        1,
        f"wardley: {tmp_path / 'tea.svg'} was missing; drawn from {tea}\n"
        f"wardley: {tmp_path / 'done.svg'} was missing; drawn from {done}\n",
    )
    # The next commit: every picture up to date, so nothing is written and the hook passes.
    before = {p: p.stat().st_mtime_ns for p in tmp_path.glob("*.svg")}
    assert run("render", "--update", str(tea), str(done)) == (0, "")
    assert {p: p.stat().st_mtime_ns for p in tmp_path.glob("*.svg")} == before
    tea.write_text(TEA + "evolve Kettle 0.8\n")
    assert run("render", "--update", str(tea), str(done)) == (
        1,
        f"wardley: {tmp_path / 'tea.svg'} was out of date; drawn from {tea}\n",
    )


def test_render_update_compares_pdfs_without_their_creation_date(tmp_path: Path) -> None:
    """cairo stamps each PDF with the time it is made: that alone is no change."""
    tea = tmp_path / "tea.wm"
    tea.write_text(TEA)
    assert run("render", "--update", "-f", "pdf", str(tea))[0] == 1
    pdf = tmp_path / "tea.pdf"
    pdf.write_bytes(
        re.sub(rb"/CreationDate \(D:\d+", b"/CreationDate (D:19990101", pdf.read_bytes())
    )
    assert run("render", "--update", "-f", "pdf", str(tea)) == (0, "")
