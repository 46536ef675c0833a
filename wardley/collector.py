"""The cyclic garbage collector held off while a map is parsed, laid out and drawn.

A render makes objects by the hundred thousand that live until the picture is written (parse
trees, the model, the label grid's buckets, the scene) and no reference cycles: reference
counting frees every one of them. Yet the count of objects made sets off collections, and each
full one walks everything alive to find nothing: a fifth of a 5,000-component render, a tenth
of a 1,000-component one. So the collector rests while the work runs, and is as it was
afterwards; cycles made meanwhile elsewhere in the process wait for its next run. (A test holds
a render to leaving no cycles behind, which is what makes this safe.)
"""

from __future__ import annotations

import functools
import gc
from _thread import allocate_lock
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


class _Rest:
    """Reentrant, and shared by threads: the first in pauses the collector, the last out puts it
    back as the first found it."""

    def __init__(self) -> None:
        self._lock = allocate_lock()
        self._depth = 0
        self._was_enabled = False

    def __enter__(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._depth += 1

    def __exit__(self, *exc: Any) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._was_enabled:
                gc.enable()


#: ``with REST:`` runs its body with the collector paused.
REST = _Rest()


def resting(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function`` run with the collector paused (see the module's docstring)."""

    @functools.wraps(function)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with REST:
            return function(*args, **kwargs)

    return run
