"""The command line as a user meets it: exit codes, messages, files left intact."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from wardley.cli import main

GOOD = "title Tea\nuser Customer\nneed Cup of Tea [0.8, product]\nCustomer -> Cup of Tea\n"
UGLY = "title   Tea\nuser Customer\nneed   Cup of Tea [0.80, product]  // the need\nCustomer->Cup of Tea\n"
BAD = "title Tea\ncapability Water [prodcut]\n"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in {"good.wm": GOOD, "ugly.wm": UGLY, "bad.wm": BAD}.items():
        out[name] = tmp_path / name
        out[name].write_text(text, encoding="utf-8")
    return out


def test_check_exit_codes(files: dict[str, Path]) -> None:
    assert run("check", str(files["good.wm"]))[0] == 0
    code, _, err = run("check", str(files["bad.wm"]))
    assert code == 1
    assert f"{files['bad.wm']}:2:19: error: unknown stage 'prodcut' [E009]" in err
    assert "capability Water [prodcut]" in err and "^" in err and "did you mean 'product'?" in err
    assert run("check", "--bogus", str(files["good.wm"]))[0] == 2
    assert run("check", str(files["good.wm"].parent / "missing.wm"))[0] == 2


def test_check_strict_and_json(tmp_path: Path) -> None:
    path = tmp_path / "warn.wm"
    path.write_text("A -> B\n")
    assert run("check", str(path))[0] == 0
    assert run("check", "--strict", str(path))[0] == 1
    code, out, _ = run("check", "--format", "json", str(path))
    data = json.loads(out)
    assert code == 0 and data["warnings"] == 2
    assert {d["code"] for d in data["diagnostics"]} == {"W102"}
    assert data["diagnostics"][0]["line"] == 1


def test_check_reads_stdin() -> None:
    code, _, err = run("check", "-", input=BAD)
    assert code == 1 and "<stdin>:2:19" in err


def test_fmt_rewrites_and_check_mode(files: dict[str, Path]) -> None:
    ugly = files["ugly.wm"]
    code, out, _ = run("fmt", "--check", str(ugly))
    assert code == 1 and str(ugly) in out
    assert ugly.read_text() == UGLY  # --check changes nothing
    assert run("fmt", str(ugly))[0] == 0
    assert ugly.read_text() == (
        "title Tea\nuser Customer\nneed Cup of Tea [0.8, product]  // the need\nCustomer -> Cup of Tea\n"
    )
    assert run("fmt", "--check", str(ugly))[0] == 0


def test_fmt_stdin_to_stdout() -> None:
    code, out, _ = run("fmt", "-", input=UGLY)
    assert code == 0 and out.startswith("title Tea\nuser Customer\n")


def test_fmt_leaves_a_bad_map_untouched(files: dict[str, Path]) -> None:
    before = files["bad.wm"].read_bytes()
    assert run("fmt", str(files["bad.wm"]))[0] == 1
    assert files["bad.wm"].read_bytes() == before


def test_fmt_refuses_to_write_a_different_map(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import wardley.api

    monkeypatch.setattr(wardley.api, "format", lambda m: "title Something else\n")
    before = files["ugly.wm"].read_bytes()
    code, _, err = run("fmt", str(files["ugly.wm"]))
    assert code == 3 and "nothing was written" in err
    assert files["ugly.wm"].read_bytes() == before


def test_convert(files: dict[str, Path], tmp_path: Path) -> None:
    code, out, _ = run("convert", str(files["good.wm"]), "--to", "owm")
    assert code == 0
    assert "anchor Customer [0.93, " in out and "component Cup of Tea [0.8, 0.55]" in out
    code, out, _ = run("convert", str(files["good.wm"]), "--to", "json")
    assert json.loads(out)["components"][1]["kind"] == "need"
    target = tmp_path / "out.wm"
    assert run("convert", str(files["ugly.wm"]), "--to", "wm", "-o", str(target))[0] == 0
    assert target.read_text().startswith("title Tea\n")


def test_internal_errors_are_short_unless_debug(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import wardley.api

    def boom(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(wardley.api, "check", boom)
    code, _, err = run("check", str(files["good.wm"]))
    assert code == 3 and "internal error" in err and "Traceback" not in err
    result = CliRunner().invoke(main, ["--debug", "check", str(files["good.wm"])])
    assert isinstance(result.exception, ZeroDivisionError)


def test_console_script_installed(files: dict[str, Path]) -> None:
    script = Path(sys.executable).parent / "wardley"
    done = subprocess.run(
        [str(script), "check", str(files["bad.wm"])], capture_output=True, text=True
    )
    assert done.returncode == 1 and "E009" in done.stderr and "Traceback" not in done.stderr


LOAD_LIBRARIES = """
import gc, json
from wardley.cli import _load_libraries
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info))
_load_libraries({"png"})
print(json.dumps({"collections": len(collections), "enabled": gc.isenabled(),
                  "frozen": gc.get_freeze_count()}))
"""


def test_render_libraries_load_without_garbage_collections() -> None:
    # A fresh process: the libraries are not loaded yet. The collector, idle while they load,
    # is running again afterwards, with what they made frozen.
    done = subprocess.run(
        [sys.executable, "-c", LOAD_LIBRARIES], capture_output=True, text=True, check=True
    )
    found = json.loads(done.stdout)
    assert found["collections"] == 0 and found["enabled"] and found["frozen"] > 10_000
