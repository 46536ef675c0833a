"""wardley's dataclasses, made with methods compiled ahead of time (wardley/_dataclass.py), are
the classes ``dataclasses.dataclass`` makes: every method has the same code."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Iterator
from types import ModuleType

import pytest

import wardley
from wardley import _dataclass, _dataclass_methods

METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")


def ours() -> Iterator[tuple[ModuleType, type]]:
    """Every class made with wardley's ``dataclass``, with its module."""
    for info in pkgutil.walk_packages(wardley.__path__, "wardley."):
        module = importlib.import_module(info.name)
        if getattr(module, "dataclass", None) is not _dataclass.dataclass:
            continue
        for cls in vars(module).values():
            ours_here = inspect.isclass(cls) and cls.__module__ == module.__name__
            if ours_here and dataclasses.is_dataclass(cls):
                yield module, cls


CLASSES = list(ours())


def methods(cls: type) -> dict[str, object]:
    """The code of each method dataclasses writes, by name (``__repr__`` unwrapped)."""
    found = {}
    for name in METHODS:
        method = cls.__dict__.get(name)
        method = getattr(method, "__wrapped__", method)
        if method is not None:
            found[name] = method.__code__
    return found


def same_code(a: object, b: object) -> bool:
    parts = ("co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_flags")
    return all(getattr(a, part) == getattr(b, part) for part in parts)


def test_there_are_classes_to_check() -> None:
    assert len(CLASSES) > 30


@pytest.mark.parametrize("module, cls", CLASSES, ids=[c.__qualname__ for _, c in CLASSES])
def test_each_class_has_the_methods_dataclasses_writes(module: ModuleType, cls: type) -> None:
    # The class again, from its source, with the standard decorator, in its module's names.
    names = {**vars(module), "dataclass": dataclasses.dataclass}
    exec(textwrap.dedent(inspect.getsource(cls)), names)
    plain = names[cls.__name__]
    made, expected = methods(cls), methods(plain)
    assert made.keys() == expected.keys()
    for name, code in made.items():
        assert same_code(code, expected[name]), f"{cls.__qualname__}.{name}"


def test_every_method_comes_compiled_with_the_package() -> None:
    if not _dataclass.ACTIVE:
        pytest.skip(
            f"the methods were made on Python {'.'.join(map(str, _dataclass_methods.PYTHON))};"
            " here dataclasses compiles them"
        )
    compiled_here = [
        f"{cls.__qualname__}.{name}"
        for _, cls in CLASSES
        for name, code in methods(cls).items()
        if code.co_filename != _dataclass_methods.__file__  # type: ignore[attr-defined]
    ]
    assert not compiled_here, (
        f"compiled at import: {', '.join(compiled_here)}; run python tools/dataclass_methods.py"
    )


def test_a_frozen_class_still_refuses_changes() -> None:
    from wardley.model import Position

    position = Position(0.5, 0.25)
    with pytest.raises(dataclasses.FrozenInstanceError):
        position.visibility = 0.1  # type: ignore[misc]
    assert position == Position(0.5, 0.25) and hash(position) == hash(Position(0.5, 0.25))
    assert repr(position) == "Position(visibility=0.5, evolution=0.25, stage=None, within=None)"
