"""Writing files: links are kept, errors name the user's path, nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wardley.files import write_atomic

UNFORMATTED = "title  T\ncomponent   A [0.5,0.5]\n"
FORMATTED = "title T\n\ncomponent A [0.5, 0.5]\n"


def wardley(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-c", "from wardley.cli import main; main()", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )


@pytest.fixture
def real_map(tmp_path: Path) -> Path:
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "real.wm"
    path.write_text(UNFORMATTED, encoding="utf-8")
    path.chmod(0o640)
    return path


def test_fmt_writes_through_a_symlink(tmp_path: Path, real_map: Path) -> None:
    link = tmp_path / "link.wm"
    link.symlink_to(real_map)
    result = wardley("fmt", "link.wm", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    formatted = real_map.read_text(encoding="utf-8")
    assert formatted != UNFORMATTED and formatted.startswith("title T\n")
    assert link.is_symlink() and os.readlink(link) == str(real_map)
    assert real_map.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real_map.parent.iterdir()) == ["real.wm"]


def test_fmt_keeps_hard_links(tmp_path: Path, real_map: Path) -> None:
    other = tmp_path / "other.wm"
    os.link(real_map, other)
    result = wardley("fmt", "other.wm", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert real_map.read_text(encoding="utf-8") == other.read_text(encoding="utf-8")
    assert other.read_text(encoding="utf-8") != UNFORMATTED
    assert other.stat().st_ino == real_map.stat().st_ino and other.stat().st_nlink == 2
    assert real_map.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["maps", "other.wm"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.svg"
    link.symlink_to(tmp_path / "real.svg")
    write_atomic(link, "<svg/>")
    assert link.is_symlink() and (tmp_path / "real.svg").read_text() == "<svg/>"


def test_a_failed_check_before_the_replace_keeps_the_file(real_map: Path, tmp_path: Path) -> None:
    os.link(real_map, tmp_path / "other.wm")  # overwritten in place
    alone = tmp_path / "alone.wm"  # replaced by a rename
    alone.write_text(UNFORMATTED)

    def refuse() -> None:
        raise RuntimeError("the file changed")

    for path in (real_map, alone):
        with pytest.raises(RuntimeError):
            write_atomic(path, "new", before_replace=refuse)
        assert path.read_text() == UNFORMATTED
    assert not [p for p in real_map.parent.iterdir() if p.name.endswith(".tmp")]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_render_into_a_missing_folder_names_the_users_path(tmp_path: Path) -> None:
    (tmp_path / "map.wm").write_text(FORMATTED, encoding="utf-8")
    result = wardley("render", "map.wm", "missing_dir/x.png", cwd=tmp_path)
    assert result.returncode in (1, 2)
    assert "missing_dir/x.png" in result.stderr and "No such file or directory" in result.stderr
    assert ".tmp" not in result.stderr and "Traceback" not in result.stderr


def test_errors_name_the_users_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        write_atomic(tmp_path / "nowhere" / "x.svg", "<svg/>")
    assert caught.value.filename == str(tmp_path / "nowhere" / "x.svg")
