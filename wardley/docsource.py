"""Reading map files for documentation builds (Sphinx, MkDocs), and nothing else.

A page can name any path, and whoever wrote the page is not necessarily trusted with the
machine that builds it (think of a pull request built by CI). So a map file is read only when,
once every symlink is resolved, it lies inside the documentation's source tree (or a folder the
build's configuration adds), is a regular file (not ``/dev/zero``, a FIFO or a directory) and
is no bigger than the map size limit (:data:`wardley.api.LIMITS`, ``wardley --max-bytes``).

A problem found in a map file is shown on the page with the offending line only when the file
is plausibly a map (:func:`quotable`); for any other file the page says where the problem is,
never what the file holds.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wardley.diagnostics import MapError

MAP_SUFFIXES = (".wm", ".owm", ".mmd", ".mermaid")


class Refused(Exception):
    """A file a documentation build will not read. ``str()`` says why, in words fit for the
    page; ``resolved`` is where the path really leads, for the build log."""

    def __init__(self, reason: str, resolved: Path) -> None:
        super().__init__(reason)
        self.resolved = resolved


def read_map(path: str | os.PathLike[str], trees: Iterable[str | os.PathLike[str]]) -> str:
    """The text of the map file at ``path``, which must resolve to a regular UTF-8 file inside
    one of ``trees``. Raises :class:`Refused` saying why not, or OSError (a missing file)."""
    from wardley import api

    resolved = Path(path).resolve()
    if not any(resolved.is_relative_to(Path(tree).resolve()) for tree in trees):
        raise Refused("it is outside the documentation's source tree", resolved)
    if not stat.S_ISREG(os.stat(resolved).st_mode):
        raise Refused("it is not a regular file", resolved)
    limit = api.LIMITS.max_bytes
    # O_NONBLOCK: should the file have been swapped for a FIFO since, opening does not hang.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(resolved, flags), "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise Refused("it is not a regular file", resolved)
        data = file.read(limit + 1)
    if len(data) > limit:
        raise Refused(f"it is larger than {limit:,} bytes, the size limit for a map", resolved)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise Refused(
            f"it is not UTF-8 text (byte 0x{data[error.start]:02x} on line {line})", resolved
        ) from None


def quotable(path: str | os.PathLike[str]) -> bool:
    """Whether a page may quote the file's lines and problems: only a map file, one whose real
    name (symlinks resolved) ends in ``.wm`` or ``.owm``; :func:`read_map` made sure of UTF-8."""
    return Path(path).resolve().suffix.lower() in MAP_SUFFIXES


def not_a_map(error: MapError) -> str:
    """What to say of a file with errors that is not :func:`quotable`: where, never what."""
    errors = error.errors
    first = errors[0]
    count = f"{len(errors)} error" + ("s" if len(errors) > 1 else "")
    return (
        f"it is not a Wardley map ({count}, the first on line {first.line} [{first.code}]); "
        f"only a file named *{' or *'.join(MAP_SUFFIXES)} has its problems shown"
    )
