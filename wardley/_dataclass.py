"""``dataclass``: the standard library's, with the methods it writes compiled ahead of time.

``dataclasses.dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__`` and ``__delattr__`` as source text and compiles that text when
the class is made: for wardley's dataclasses some 18 ms of every process, a sixth of a cold
``wardley render``. :mod:`wardley._dataclass_methods` (made by ``tools/dataclass_methods.py``)
holds those same texts as functions, compiled once with the package's bytecode. While one of
wardley's classes is made, the step of ``dataclasses`` that compiles a text is given the
function compiled from that very text, found by its SHA-256; a text not there (a class changed
since the functions were made) is compiled as ``dataclasses`` compiles it. The classes are
those ``dataclasses.dataclass`` makes, method for method.

It stands aside on a Python other than the one the functions were made with: there the
standard decorator does all the work.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
import threading
from collections.abc import Callable
from types import FunctionType
from typing import Any, TypeVar

from wardley import _dataclass_methods

T = TypeVar("T")

#: Whether this Python writes the texts the functions were made from.
ACTIVE = sys.version_info[:2] == _dataclass_methods.PYTHON and hasattr(dataclasses, "_create_fn")

_MAKING = threading.Lock()


def dataclass(cls: type[T] | None = None, /, **options: Any) -> Any:
    """``dataclasses.dataclass(cls, **options)``, made without compiling."""

    def make(cls: type[T]) -> type[T]:
        if not ACTIVE:
            return dataclasses.dataclass(cls, **options)
        with _MAKING:
            compile_method = dataclasses._create_fn  # type: ignore[attr-defined]
            dataclasses._create_fn = _method  # type: ignore[attr-defined]
            try:
                return dataclasses.dataclass(cls, **options)
            finally:
                dataclasses._create_fn = compile_method  # type: ignore[attr-defined]

    return make if cls is None else make(cls)


def _method(
    name: str,
    args: list[str] | tuple[str, ...],
    body: list[str] | tuple[str, ...],
    *,
    globals: dict[str, Any] | None = None,  # noqa: A002 - dataclasses' own names
    locals: dict[str, Any] | None = None,  # noqa: A002
    return_type: Any = dataclasses.MISSING,
) -> Any:
    """``dataclasses._create_fn`` (Python 3.11 and 3.12): one method, from its text."""
    if locals is None:
        locals = {}  # noqa: A001
    annotation = ""
    if return_type is not dataclasses.MISSING:
        locals["_return_type"] = return_type
        annotation = "->_return_type"
    text = method_text(name, args, body, locals, annotation)
    made = _dataclass_methods.FUNCTIONS.get(hashlib.sha256(text.encode()).hexdigest())
    if made is None:
        made = compiled(text)
    # The function compiled elsewhere, with the globals dataclasses gives it: the class's module.
    return FunctionType(made.__code__, globals if globals is not None else {})(**locals)


def method_text(
    name: str,
    args: list[str] | tuple[str, ...],
    body: list[str] | tuple[str, ...],
    locals: dict[str, Any],  # noqa: A002
    annotation: str,
) -> str:
    """The text ``dataclasses._create_fn`` compiles: a function that makes the method from
    ``locals``, its parameters."""
    lines = "\n".join(f"  {line}" for line in body)
    method = f" def {name}({','.join(args)}){annotation}:\n{lines}"
    return f"def __create_fn__({', '.join(locals.keys())}):\n{method}\n return {name}"


def compiled(text: str) -> Callable[..., Any]:
    """A method-making function compiled from its text, as ``dataclasses`` compiles it."""
    namespace: dict[str, Any] = {}
    exec(text, {}, namespace)
    return namespace["__create_fn__"]  # type: ignore[no-any-return]
