"""wardley: Wardley maps as code.

    >>> import wardley
    >>> m = wardley.parse("user Reader\\nneed Read content [commodity]\\nReader -> Read content")
    >>> [c.kind.value for c in m.components]
    ['user', 'need']

The names below are imported on first use, so that ``import wardley`` stays quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

_API = {
    "parse": "wardley.api",
    "load": "wardley.api",
    "check": "wardley.api",
    "format": "wardley.api",
    "layout": "wardley.api",
    "to_svg": "wardley.api",
    "to_png": "wardley.api",
    "to_pdf": "wardley.api",
    "render": "wardley.api",
    "diff": "wardley.api",
    "diff_svg": "wardley.api",
    "states": "wardley.api",
    "describe": "wardley.description",
    "Scene": "wardley.scene",
    "MapError": "wardley.diagnostics",
    "Diagnostic": "wardley.diagnostics",
    "Severity": "wardley.diagnostics",
    "Span": "wardley.diagnostics",
    "Map": "wardley.model",
    "Component": "wardley.model",
    "Link": "wardley.model",
    "Evolve": "wardley.model",
    "Pipeline": "wardley.model",
    "Overlay": "wardley.model",
    "Note": "wardley.model",
    "Annotation": "wardley.model",
    "Position": "wardley.model",
    "Kind": "wardley.model",
}

__all__ = sorted(_API) + ["__version__"]

if TYPE_CHECKING:  # for type checkers and IDEs; at run time __getattr__ imports
    from wardley.api import (  # noqa: F401
        check,
        diff,
        diff_svg,
        format,  # noqa: A004
        layout,
        load,
        parse,
        render,
        states,
        to_pdf,
        to_png,
        to_svg,
    )
    from wardley.description import describe  # noqa: F401
    from wardley.diagnostics import Diagnostic, MapError, Severity, Span  # noqa: F401
    from wardley.model import (  # noqa: F401
        Annotation,
        Component,
        Evolve,
        Kind,
        Link,
        Map,
        Note,
        Overlay,
        Pipeline,
        Position,
    )
    from wardley.scene import Scene  # noqa: F401


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'wardley' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
