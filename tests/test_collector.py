"""The garbage collector rests while a map is parsed and drawn, and comes back as it was."""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

import wardley
from wardley.collector import REST

GALLERY = Path(__file__).resolve().parent.parent / "gallery"


@pytest.fixture
def eager_collector() -> Iterator[list[str]]:
    """A collector that would run every few objects made, and the functions of wardley's it ran
    in (the one called from the test, and the one where it ran: the allocations the rest held
    back can set one off as soon as the work returns, and that one is fine)."""
    runs: list[str] = []
    package = str(Path(wardley.__file__).parent)

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            ours = [
                f"{frame.f_code.co_name} ({frame.f_code.co_filename})"
                for frame, _ in traceback.walk_stack(None)
                if frame.f_code.co_filename.startswith(package)
            ]
            runs.append(" in ".join(ours) or "outside")

    threshold = gc.get_threshold()
    enabled = gc.isenabled()
    gc.enable()
    gc.set_threshold(10)
    gc.callbacks.append(note)
    try:
        yield runs
    finally:
        gc.callbacks.remove(note)
        gc.set_threshold(*threshold)
        if not enabled:
            gc.disable()


def test_no_collection_runs_while_a_map_is_parsed_and_drawn(eager_collector: list[int]) -> None:
    text = (GALLERY / "tea-shop.wm").read_text(encoding="utf-8")
    future = wardley.states(wardley.parse(text))[1]
    del eager_collector[:]
    map_ = wardley.parse(text)
    wardley.to_svg(map_)
    wardley.to_png(map_, width=200)
    wardley.diff_svg(map_, future)
    assert set(eager_collector) <= {"outside"}, "the collector ran during the work"
    assert gc.isenabled()
    # And it is back: work of ours outside the rest sets it off at once.
    del eager_collector[:]
    [wardley.states(map_) for _ in range(3)]
    assert set(eager_collector) - {"outside"}


def test_the_collector_is_back_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(wardley.MapError):
        wardley.parse("component\nevolve\n")
    with pytest.raises(ValueError):
        wardley.to_svg(wardley.parse("component A [0.5, 0.5]"), theme="no such theme")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        wardley.to_svg(wardley.parse("component A [0.5, 0.5]"))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_threads_leave_the_collector_on() -> None:
    """The last thread out puts it back, whatever order they finish in."""
    inside = threading.Barrier(2)
    leave_first = threading.Event()

    def work(first: bool) -> None:
        with REST:
            inside.wait()
            if first:
                leave_first.set()
            else:
                leave_first.wait()
                assert not gc.isenabled()  # the first one left, this one still works

    threads = [threading.Thread(target=work, args=(first,)) for first in (True, False)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()


@pytest.mark.parametrize("name", sorted(path.name for path in GALLERY.glob("*.wm"))[:4])
def test_a_render_leaves_no_reference_cycles(name: str) -> None:
    """What makes resting safe: reference counting frees everything a render made."""
    text = (GALLERY / name).read_text(encoding="utf-8")
    wardley.to_svg(wardley.parse(text))  # (first-time imports and caches made)
    gc.collect()
    gc.disable()
    try:
        map_ = wardley.parse(text)
        wardley.to_svg(map_)
        wardley.diff_svg(map_, wardley.states(map_)[1])
        del map_
        assert gc.collect() == 0
    finally:
        gc.enable()
