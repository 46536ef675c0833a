"""Writing outputs without ever losing what the user had."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes | str,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Write to a temporary file beside ``path``, then rename it into place.

    Either the whole new content is there or the old file is untouched: a crash, a full disk
    or an error half-way never leaves a truncated file. The old file's permissions are kept.

    A symbolic link is followed: its target gets the new content (the link stays a link). A
    file with several hard links is overwritten in place, so every link sees the new content
    (a rename would split them, leaving the others with the old text); see
    :func:`_overwrite_in_place` for how that stays safe.

    ``before_replace`` runs once the new content is safely on disk, just before it takes the
    old one's place; an exception there leaves the file untouched (a last check that nobody
    else wrote the file meanwhile). Errors are OSErrors naming ``path``, never the temporary.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        target = Path(os.path.realpath(path))
        current = _stat(target)
        if current is not None and stat.S_ISREG(current.st_mode) and current.st_nlink > 1:
            _overwrite_in_place(target, payload, before_replace)
            return
        temporary = _temporary_copy(target, payload)
        try:
            mode = current.st_mode & 0o7777 if current is not None else 0o666 & ~_umask()
            os.chmod(temporary, mode)
            if before_replace is not None:
                before_replace()
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
    except OSError as error:
        if error.errno is None:
            raise
        raise OSError(error.errno, error.strerror, os.fspath(path)) from None


def _overwrite_in_place(
    target: Path, payload: bytes, before_replace: Callable[[], None] | None
) -> None:
    """Give a hard-linked file new content without a rename (which would split the links).

    A copy of the old content is written beside the file first and removed only once the new
    content is on disk, so a crash half-way leaves the old text in ``.NAME.*.tmp``; an error
    half-way puts the old content back.
    """
    old = target.read_bytes()
    backup = _temporary_copy(target, old)
    if before_replace is not None:
        try:
            before_replace()
        except BaseException:
            os.unlink(backup)
            raise
    try:
        _overwrite(target, payload)
    except BaseException:
        _overwrite(target, old)
        os.unlink(backup)
        raise
    os.unlink(backup)


def _overwrite(target: Path, payload: bytes) -> None:
    with open(target, "r+b") as handle:
        handle.write(payload)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())


def _temporary_copy(target: Path, payload: bytes) -> str:
    """A new file beside ``target`` holding ``payload``, on disk (fsync'd); its name."""
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        os.unlink(temporary)
        raise
    return temporary


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
