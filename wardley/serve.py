"""Live preview: ``wardley serve MAP.wm`` shows the map in a browser and redraws it on every save.

The page (``wardley/static/``) shows the picture as inline SVG with the diagnostics under it, and
controls for the theme, the state (current, future, both), a diff against another file or the
version in git HEAD, and downloads (SVG, PNG, PDF). Dragging a component writes its new place
back into the ``.wm`` file as a one-line edit (see :func:`set_position`).

How it works: `watchfiles` watches the map's folder (a save by rename is seen too); each change
is announced to every open page over server-sent events (``/events``); the page then asks for
the picture in its own theme and state (``/render``), so a redraw replaces only the SVG and
keeps the page's scroll and zoom. While the file has errors, ``/render`` returns the last good
picture, marked stale, with the diagnostics.

Why Starlette on uvicorn: a preview needs a long-lived stream per page (SSE) next to short
requests, and a file watcher, all in one process. Starlette is a small ASGI toolkit (routing,
responses, a streaming response for SSE, a TestClient) and no framework; uvicorn is the
reference ASGI server and installs as pure Python. Both run on asyncio, so the watcher
(``watchfiles.awatch``) and the event streams share one event loop with no thread per open
page; pictures are drawn in a worker thread so a slow map never stalls the streams. The
standard library's http.server would need a thread per open page and hand-written streaming;
aiohttp or a websocket stack would be bigger for a one-way stream that SSE already gives,
with the browser's reconnection for free.

What is served: the page, its script and style sheet, and JSON, SVG, PNG and PDF made from the
one map (and the file or git revision given with ``--diff``). There are no other routes, so no
directory listing and nothing to traverse. By default the server listens on 127.0.0.1 only.
Whatever it listens on, every request must name it by one of its names in the Host header
(see :func:`server_names`; a web page on a DNS-rebinding name is refused) and, when it carries
an Origin, come from the preview page itself (a page of another site cannot read or write).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import html
import ipaddress
import json
import math
import os
import re
import socket
import subprocess
import sys
import threading
import webbrowser
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wardley._dataclass import dataclass

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

    from wardley.diagnostics import Diagnostic
    from wardley.model import Component, Map

#: The largest /move request read (a drag is about 200 bytes).
MAX_MOVE_BODY = 64 * 1024
#: watchfiles: yield once changes have been quiet this long (ms), and never later than DEBOUNCE.
STEP = 20
DEBOUNCE = 150
#: Seconds between keep-alive comments on an idle event stream.
KEEP_ALIVE = 15.0
#: Rendered results kept, keyed by text, theme, state and diff.
CACHE_SIZE = 32
STATIC_FILES = {"/serve.js": "application/javascript", "/serve.css": "text/css"}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_BREAK = re.compile(r"(\r\n|\r|\n)")
_NOT_IN_HOST = re.compile(r"[\s/?#@\\]")


class EditError(Exception):
    """A drag that cannot be written back as a one-line edit."""


# ---- the text edit ---------------------------------------------------------------------------
def _number(value: float) -> str:
    """Two decimals, as `wardley fmt` prints them: 0.4, 0.63, 1.0."""
    text = f"{round(value, 2):.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def evolution_only(map_: Map, component: Component) -> bool:
    """True where a component's bracket holds its evolution alone: a pipeline member declared
    inside its pipeline's block (it sits at the pipeline's visibility)."""
    if component.pipeline is None or component.span is None:
        return False
    start = (component.span.line, component.span.column)
    for pipeline in map_.pipelines:
        span = pipeline.span
        if pipeline.name != component.pipeline or span is None:
            continue
        if (span.line, span.column) <= start <= (span.end_line, span.end_column):
            return True
    return False


def horizontal_only(map_: Map, component: Component) -> bool:
    """True where dragging can change only the evolution: every pipeline member but the
    component the pipeline is named after (whose visibility the pipeline takes)."""
    from wardley.model import normalise_name

    return component.pipeline is not None and normalise_name(component.pipeline) != (
        normalise_name(component.name)
    )


def set_position(
    text: str, map_: Map, index: int, visibility: float | None, evolution: float
) -> tuple[str, int]:
    """``text`` with component ``index`` of ``map_`` (parsed from ``text``) at a new place.

    Only that component's declaration changes: its position bracket is replaced, or inserted
    after its name when it had none, and every other character of the file (comments, spacing,
    line endings, options such as ``label [..]``) stays as it was. A stage-named position such
    as ``[custom 0.9]`` becomes numbers. ``visibility`` None writes the evolution alone (a
    pipeline member inside its block). Returns the new text and the (1-based) line changed.
    """
    from lark import Token, Tree

    from wardley.parser import lark_parser, scan

    component = map_.components[index]
    span = component.span
    if span is None or span.line != span.end_line:
        raise EditError(f"cannot find where {component.name!r} is declared")
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text[len(bom) :]
    parts = _BREAK.split(body)
    slot = 2 * (span.line - 1)
    if slot >= len(parts):
        raise EditError(f"line {span.line} is not in the file")
    line = parts[slot]
    sources, _ = scan(body)
    code = next((s.code for s in sources if s.number == span.line), "")
    node = None
    for tree in lark_parser().parse(code).iter_subtrees_topdown():
        if tree.data not in ("component", "submap", "member"):
            continue
        first = next(tree.scan_values(lambda v: isinstance(v, Token)), None)
        if first is not None and first.column == span.column:
            node = tree
            break
    if node is None:
        raise EditError(f"cannot find the declaration of {component.name!r} on line {span.line}")
    name_at = 0 if node.data == "member" else 1
    name = node.children[name_at]
    assert isinstance(name, Token) and name.end_column is not None
    if visibility is None:
        bracket = f"[{_number(evolution)}]"
    else:
        bracket = f"[{_number(visibility)}, {_number(evolution)}]"
    found = [i for i, c in enumerate(node.children) if isinstance(c, Tree) and c.data == "bracket"]
    if found:
        before = node.children[found[0] - 1]
        last = before if isinstance(before, Token) else list(before.scan_values(lambda v: True))[-1]
        start = code.index("[", last.end_column - 1)
        end = code.index("]", start) + 1
        new_line = line[:start] + bracket + line[end:]
    else:
        at = name.end_column - 1
        new_line = line[:at] + " " + bracket + line[at:]
    parts[slot] = new_line
    return bom + "".join(parts), span.line


def apply_drag(
    text: str, path: str | None, index: int, name: str, x: float, y: float, theme: str | None
) -> tuple[str, int, float | None, float]:
    """Where ``(x, y)`` (pixels of the picture in ``theme``) is on the map, written into
    component ``index`` (checked to be called ``name``). Returns (new text, line number,
    visibility, evolution); the new text is parsed again and checked before it is returned."""
    import wardley
    from wardley.compose import frame_for
    from wardley.model import normalise_name
    from wardley.themes import get_theme

    map_ = wardley.parse(text, path=path)
    if not 0 <= index < len(map_.components):
        raise EditError("no such component; the map changed")
    component = map_.components[index]
    if normalise_name(component.name) != normalise_name(name):
        raise EditError(f"component {index} is {component.name!r}, not {name!r}; the map changed")
    frame = frame_for(map_, get_theme(theme or map_.style), None, None)
    evolution = round(min(1.0, max(0.0, (x - frame.left) / frame.plot_width)), 2)
    visibility: float | None = round(min(1.0, max(0.0, 1 - (y - frame.top) / frame.plot_height)), 2)
    if evolution_only(map_, component):
        visibility = None
    elif horizontal_only(map_, component) and component.position.visibility is not None:
        visibility = component.position.visibility
    new_text, line = set_position(text, map_, index, visibility, evolution)
    try:
        after = wardley.parse(new_text, path=path)
    except wardley.MapError as error:
        raise EditError(f"the edit would break the map: {error.diagnostics[0].message}") from None
    moved = after.components[index] if len(after.components) == len(map_.components) else None
    if (
        moved is None
        or normalise_name(moved.name) != normalise_name(name)
        or moved.position.x is None
        or abs(moved.position.x - evolution) > 1e-9
        or (visibility is not None and moved.position.visibility != visibility)
    ):
        raise EditError("the edit did not read back as the new position; nothing was written")
    return new_text, line, visibility, evolution


# ---- the preview: reading, drawing, caching ---------------------------------------------------
@dataclass(frozen=True)
class Message:
    severity: str
    text: str
    line: int | None = None
    column: int | None = None

    @classmethod
    def of(cls, diagnostic: Diagnostic, source: str | None) -> Message:
        return cls(
            str(diagnostic.severity),
            diagnostic.format(source),
            diagnostic.span.line,
            diagnostic.span.column,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "text": self.text,
            "line": self.line,
            "column": self.column,
        }


def _digest(data: str | None) -> str:
    return hashlib.sha256((data or "").encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Preview:
    """One map file, and optionally what to diff it against: everything the routes serve."""

    def __init__(self, path: str, diff: str | None = None) -> None:
        self.display = path
        self.path = Path(path)
        self.other = None if diff in (None, "", "HEAD") else Path(diff)  # type: ignore[arg-type]
        self.git_root = _git_root(self.path)
        self.initial_diff = "" if not diff else "HEAD" if diff == "HEAD" else "file"
        self.lock = threading.Lock()
        self.last_good: str | None = None
        self.cache: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()

    # what may be diffed against: chosen on the command line, never by the page
    def diff_choices(self) -> list[dict[str, str]]:
        choices = [{"value": "", "label": "no diff"}]
        if self.git_root is not None or self.initial_diff == "HEAD":
            choices.append({"value": "HEAD", "label": "git HEAD"})
        if self.other is not None:
            choices.append({"value": "file", "label": str(self.other)})
        return choices

    def watched(self) -> list[Path]:
        files = [self.path, self.other] if self.other is not None else [self.path]
        if self.git_root is not None:
            git_dir = _git_dir(self.path)
            if git_dir is not None:
                files += [git_dir / "index", git_dir / "HEAD"]
        return [f.absolute() for f in files]

    def read(self) -> tuple[str | None, list[Message]]:
        """The map's text, or the problem reading it."""
        import wardley
        from wardley.api import read_text

        try:
            return read_text(self.path), []
        except wardley.MapError as error:
            return None, [Message.of(d, None) for d in error.diagnostics]
        except OSError as error:
            return None, [
                Message("error", f"{self.display}: cannot read the map: {error.strerror}")
            ]

    def old_text(self, mode: str) -> tuple[str | None, str, Message | None]:
        """The text to diff against: (text, its name in messages, the problem reading it)."""
        from wardley.api import read_text

        if mode == "file" and self.other is not None:
            try:
                return read_text(self.other), str(self.other), None
            except Exception as error:  # MapError (not UTF-8) or OSError
                return None, str(self.other), Message("error", f"{self.other}: {error}")
        name = f"HEAD:{self.display}"
        try:
            result = subprocess.run(
                ["git", "-C", str(self.path.parent.absolute()), "show", f"HEAD:./{self.path.name}"],
                capture_output=True,
                timeout=10,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            return None, name, Message("error", f"{name}: cannot run git: {error}")
        if result.returncode != 0:
            why = result.stderr.decode("utf-8", "replace").strip() or "git show failed"
            return None, name, Message("error", f"{name}: not in git HEAD ({why})")
        try:
            return result.stdout.decode("utf-8"), name, None
        except UnicodeDecodeError:
            return None, name, Message("error", f"{name}: not UTF-8 text")

    def render(self, theme: str, state: str, mode: str) -> dict[str, Any]:
        """The picture and the diagnostics, as the page's JSON."""
        with self.lock:
            text, problems = self.read()
            old = self.old_text(mode) if mode else None
            key = (
                _digest(text),
                _digest(old[0]) if old else "",
                theme,
                state,
                mode,
                bool(problems),
            )
            if text is not None and key in self.cache:
                self.cache.move_to_end(key)
                self.last_good = text
                return self.cache[key]
            result = self._render(text, problems, theme, state, old)
            if result["ok"]:
                self.cache[key] = result
                while len(self.cache) > CACHE_SIZE:
                    self.cache.popitem(last=False)
            return result

    def _render(
        self,
        text: str | None,
        problems: list[Message],
        theme: str,
        state: str,
        old: tuple[str | None, str, Message | None] | None,
    ) -> dict[str, Any]:
        import wardley
        from wardley.api import diff as diff_maps

        messages = list(problems)
        map_ = None
        if text is not None:
            try:
                map_ = wardley.parse(text, path=self.display)
                messages += [Message.of(d, text) for d in wardley.check(map_)]
                self.last_good = text
            except wardley.MapError as error:
                messages += [Message.of(d, text) for d in error.diagnostics]
        ok = map_ is not None
        stale = False
        if map_ is None and self.last_good is not None:
            map_ = wardley.parse(self.last_good, path=self.display)
            stale = True
        svg = None
        changes: list[list[str]] = []
        summary = None
        mode = "map"
        if map_ is not None and old is not None:
            old_text, old_name, problem = old
            old_map = None
            if problem is not None:
                messages.append(problem)
            elif old_text is not None:
                try:
                    old_map = wardley.parse(old_text, path=old_name)
                except wardley.MapError as error:
                    messages += [Message.of(d, old_text) for d in error.errors]
            if old_map is not None:
                from wardley.diffview import change_lines
                from wardley.diffview import summary as diff_summary

                svg = wardley.diff_svg(old_map, map_, theme or None)
                found = diff_maps(old_map, map_)
                changes = [list(line) for line in change_lines(found)]
                summary = diff_summary(found)
                mode = "diff"
        if map_ is not None and svg is None:
            svg = wardley.to_svg(map_, theme=theme or None, state=state)
        errors = sum(1 for m in messages if m.severity == "error")
        return {
            "version": _digest(text),
            "ok": ok and errors == 0,
            "stale": stale,
            "svg": svg,
            "mode": mode,
            "draggable": ok and not stale and mode == "map" and state != "future",
            "errors": errors,
            "warnings": sum(1 for m in messages if m.severity == "warning"),
            "diagnostics": [m.to_dict() for m in messages],
            "changes": changes,
            "summary": summary,
        }

    def positions(self, theme: str, state: str) -> dict[str, Any]:
        """Where each component is drawn (pixels of the picture), for dragging."""
        import wardley
        from wardley.compose import Composer, frame_for
        from wardley.themes import get_theme

        text, _ = self.read()
        try:
            map_ = wardley.parse(text or "", path=self.display) if text is not None else None
        except wardley.MapError:
            map_ = None
        if map_ is None or state == "future":
            return {"version": _digest(text), "items": [], "frame": None}
        resolved = get_theme(theme or map_.style)
        frame = frame_for(map_, resolved, None, None)
        composer = Composer(map_, resolved, "current" if state == "current" else "both", frame)
        items = []
        for index, component in enumerate(map_.components):
            x, y = composer.where(component)
            items.append(
                {
                    "index": index,
                    "name": component.name,
                    "kind": component.kind.value,
                    "x": round(x, 2),
                    "y": round(y, 2),
                    "axis": "x" if horizontal_only(map_, component) else "both",
                }
            )
        box = {"left": frame.left, "top": frame.top, "right": frame.right, "bottom": frame.bottom}
        return {"version": _digest(text), "items": items, "frame": box}

    def move(
        self, index: int, name: str, x: float, y: float, version: str, theme: str
    ) -> dict[str, Any]:
        import wardley
        from wardley.files import write_atomic

        with self.lock:
            text, problems = self.read()
            if text is None:
                raise EditError(problems[0].text if problems else "cannot read the map")
            if _digest(text) != version:
                raise EditError("the file changed since the picture was drawn; try again")
            try:
                new_text, line, visibility, evolution = apply_drag(
                    text, self.display, index, name, x, y, theme or None
                )
            except wardley.MapError:
                raise EditError("the map has errors; fix them before dragging") from None
            before = _BREAK.split(text.lstrip("\ufeff"))[2 * (line - 1)]
            after = _BREAK.split(new_text.lstrip("\ufeff"))[2 * (line - 1)]

            def still_unchanged() -> None:
                # An editor may have saved while the drag was worked out: keep that save.
                if self.read()[0] != text:
                    raise EditError("the file changed while the drag was written; try again")

            # Keep the file's exact bytes elsewhere: write the text as it came, changed on one line.
            try:
                write_atomic(self.path, new_text.encode("utf-8"), before_replace=still_unchanged)
            except OSError as error:
                raise EditError(f"cannot write {self.display}: {error.strerror}") from None
            return {
                "ok": True,
                "line": line,
                "before": before,
                "after": after,
                "visibility": visibility,
                "evolution": evolution,
                "version": _digest(new_text),
            }

    def download(self, fmt: str, theme: str, state: str, mode: str) -> bytes | None:
        from wardley.raster import picture

        svg = self.render(theme, state, mode)["svg"]
        return None if svg is None else picture(str(svg), fmt)


def _git(path: Path, question: str) -> Path | None:
    """Ask git where the repository holding ``path`` is (``question`` is a rev-parse flag)."""
    try:
        result = subprocess.run(
            ["git", "-C", str(path.parent.absolute()), "rev-parse", question],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return Path(result.stdout.strip()) if result.returncode == 0 else None


def _git_root(path: Path) -> Path | None:
    return _git(path, "--show-toplevel")


def _git_dir(path: Path) -> Path | None:
    return _git(path, "--absolute-git-dir")


# ---- change notification -----------------------------------------------------------------------
class Hub:
    """Tells every open page that something it shows changed."""

    def __init__(self) -> None:
        self.generation = 0
        self.queues: set[asyncio.Queue[int | None]] = set()

    def publish(self) -> None:
        self.generation += 1
        for queue in self.queues:
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(self.generation)

    def close(self) -> None:
        """End every stream (the server is stopping)."""
        for queue in self.queues:
            with contextlib.suppress(asyncio.QueueEmpty):
                queue.get_nowait()
            queue.put_nowait(None)

    async def stream(self) -> AsyncIterator[str]:
        queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize=1)
        self.queues.add(queue)
        try:
            yield f"retry: 500\nevent: hello\ndata: {self.generation}\n\n"
            while True:
                try:
                    generation = await asyncio.wait_for(queue.get(), KEEP_ALIVE)
                except TimeoutError:
                    yield ": keep-alive\n\n"
                    continue
                if generation is None:
                    return
                yield f"event: change\ndata: {generation}\n\n"
        finally:
            self.queues.discard(queue)


async def watch(files: list[Path], on_change: Callable[[], None], stop: asyncio.Event) -> None:
    """Call ``on_change`` whenever one of ``files`` is written, replaced or removed."""
    from watchfiles import awatch

    wanted = {os.path.normpath(str(f)) for f in files}
    wanted |= {os.path.normpath(str(f.resolve())) for f in files}
    folders = sorted({str(Path(f).parent) for f in wanted if Path(f).parent.is_dir()})

    def interesting(_change: object, path: str) -> bool:
        return os.path.normpath(path) in wanted

    async for _ in awatch(
        *folders,
        watch_filter=interesting,
        recursive=False,
        step=STEP,
        debounce=DEBOUNCE,
        stop_event=stop,
    ):
        on_change()


# ---- the web app -------------------------------------------------------------------------------
def is_loopback(host: str) -> bool:
    """True when ``host`` (an address or a name) is this machine alone: 127.0.0.0/8, ::1 or
    a name, such as localhost, that resolves only to those."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    addresses = {str(info[4][0]).split("%")[0] for info in found}
    return bool(addresses) and all(ipaddress.ip_address(a).is_loopback for a in addresses)


def server_names(bound: str, allowed: Iterable[str] = ()) -> frozenset[str]:
    """The host names a browser may use for this server: ``localhost``, the address or name it
    is bound to, the ones given with ``--allow-host`` and, when it listens beyond this machine,
    the machine's own name. (An IP address is always accepted: see :func:`host_allowed`.)"""
    names = {"localhost", bound, *allowed}
    if not is_loopback(bound):
        names |= {socket.gethostname(), socket.getfqdn()}
    return frozenset(_normal_name(name) for name in names if name)


def _normal_name(name: str) -> str:
    return name.strip().strip("[]").rstrip(".").lower()


def _split_host(value: str) -> tuple[str, int | None] | None:
    """A Host header (``name``, ``name:port``, ``[::1]:port``) as (name, port); None if bad."""
    from urllib.parse import urlsplit

    if _NOT_IN_HOST.search(value.strip()):  # urlsplit would find a name after a "@" or "#"
        return None
    try:
        parts = urlsplit(f"//{value.strip()}")
        return _normal_name(parts.hostname or ""), parts.port
    except ValueError:
        return None


def host_allowed(value: str, names: frozenset[str]) -> bool:
    """The Host header names this server, so the page is not on a DNS-rebinding name.

    Rebinding needs a name the attacker controls, so an IP address (the browser connected to
    it and found this server) is safe; a name must be one of ``names``.
    """
    host = _split_host(value)
    if host is None or not host[0]:
        return False
    if host[0] in names:
        return True
    try:
        ipaddress.ip_address(host[0])
    except ValueError:
        return False
    return True


def origin_allowed(origin: str, scheme: str, host: str) -> bool:
    """An Origin header (sent by browsers with cross-site requests and with every POST) is
    this server's own page: the same scheme, name and port as the request's (checked) Host."""
    from urllib.parse import urlsplit

    default = {"http": 80, "https": 443}.get(scheme)
    try:
        parts = urlsplit(origin.strip())
        port = parts.port or default
    except ValueError:
        return False
    if parts.scheme != scheme or parts.path or parts.hostname is None:
        return False
    ours = _split_host(host)
    return ours is not None and (_normal_name(parts.hostname), port) == (
        ours[0],
        ours[1] or default,
    )


class HostGuard:
    """ASGI middleware against DNS rebinding and cross-site requests: a request whose Host is
    not one of this server's names is refused (421), one from another site's page (its Origin)
    too (403), whatever the route."""

    def __init__(self, app: Any, names: frozenset[str]) -> None:
        self.app = app
        self.names = names

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            from starlette.responses import PlainTextResponse

            headers = dict(scope.get("headers") or [])
            host = headers.get(b"host", b"").decode("latin-1")
            origin = headers.get(b"origin")
            refusal = None
            if not host_allowed(host, self.names):
                refusal = PlainTextResponse(
                    f"{host!r} is not a name of this server; start it with --allow-host NAME "
                    "to use another name",
                    status_code=421,
                )
            elif origin is not None and not origin_allowed(
                origin.decode("latin-1"), scope.get("scheme", "http"), host
            ):
                refusal = PlainTextResponse("requests only from the preview page", 403)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The request's body, or None once it is longer than ``limit`` (read no further)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


@dataclass(frozen=True)
class Drag:
    """A /move request: put component ``index`` (called ``name``) at pixel (x, y) of the
    picture drawn at ``version`` in ``theme``."""

    index: int
    name: str
    x: float
    y: float
    version: str
    theme: str
    state: str

    @classmethod
    def from_json(cls, body: bytes) -> Drag:
        """Read the request, or a ValueError saying what is wrong with it."""

        def no_constant(word: str) -> None:
            raise ValueError(f"{word} is not a number a drag can go to")

        try:
            data = json.loads(body, parse_constant=no_constant)
        except RecursionError:
            raise ValueError("the JSON is nested too deeply") from None
        except ValueError as error:  # JSONDecodeError, UnicodeDecodeError, no_constant
            raise ValueError(f"not JSON: {error}") from None
        expected = ValueError("expected {index, name, x, y, version[, theme, state]}")
        if not isinstance(data, dict):
            raise expected
        index, name, version = data.get("index"), data.get("name"), data.get("version")
        x, y = data.get("x"), data.get("y")
        theme, state = data.get("theme") or "", data.get("state") or "both"
        if not (
            isinstance(index, int)
            and not isinstance(index, bool)
            and all(_finite(v) for v in (x, y))
            and all(isinstance(v, str) for v in (name, version, theme, state))
        ):
            raise expected
        return cls(index, name, float(x), float(y), version, theme, state)  # type: ignore[arg-type]


def _finite(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too big for a float
        return False


def _static(name: str) -> str:
    return resources.files("wardley").joinpath("static", name).read_text(encoding="utf-8")


def _page(preview: Preview) -> str:
    from wardley.compose import STATES
    from wardley.themes import THEMES

    config = {
        "name": preview.path.name,
        "path": preview.display,
        "themes": list(THEMES),
        "states": list(STATES),
        "diffs": preview.diff_choices(),
        "diff": preview.initial_diff,
    }
    data = json.dumps(config).replace("<", "\\u003c").replace("&", "\\u0026")
    title = html.escape(preview.path.name)
    return _static("serve.html").replace("{{title}}", title).replace("{{config}}", data)


def create_app(
    path: str, diff: str | None = None, host: str = "127.0.0.1", allow_hosts: Iterable[str] = ()
) -> Starlette:
    """The ASGI app serving one map (see the module's docstring for the routes), to a browser
    that calls it ``host`` or one of ``allow_hosts`` (see :func:`server_names`)."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.middleware import Middleware
    from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
    from starlette.routing import Route

    from wardley.compose import STATES
    from wardley.themes import THEMES

    preview = Preview(path, diff)
    hub = Hub()
    headers = {
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }

    def settings(request: Request) -> tuple[str, str, str] | Response:
        theme = request.query_params.get("theme", "")
        state = request.query_params.get("state", "both")
        mode = request.query_params.get("diff", "")
        if theme and theme not in THEMES:
            return JSONResponse({"error": f"unknown theme {theme!r}"}, 400, headers)
        if state not in STATES:
            return JSONResponse({"error": f"unknown state {state!r}"}, 400, headers)
        if mode not in {choice["value"] for choice in preview.diff_choices()}:
            return JSONResponse({"error": f"unknown diff {mode!r}"}, 400, headers)
        return theme, state, mode

    async def index(request: Request) -> Response:
        return HTMLResponse(_page(preview), headers={**headers, "Content-Security-Policy": CSP})

    async def static(request: Request) -> Response:
        media = STATIC_FILES[request.url.path]
        text = _static(request.url.path.lstrip("/"))
        return Response(text, media_type=media, headers=headers)

    async def render(request: Request) -> Response:
        chosen = settings(request)
        if isinstance(chosen, Response):
            return chosen
        result = await run_in_threadpool(preview.render, *chosen)
        return JSONResponse(result, headers=headers)

    async def positions(request: Request) -> Response:
        chosen = settings(request)
        if isinstance(chosen, Response):
            return chosen
        theme, state, _ = chosen
        result = await run_in_threadpool(preview.positions, theme, state)
        return JSONResponse(result, headers=headers)

    async def move_route(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return JSONResponse({"error": "send JSON"}, 415, headers)
        body = await _read_body(request, MAX_MOVE_BODY)
        if body is None:
            return JSONResponse({"error": "the request is too big for a drag"}, 413, headers)
        try:
            drag = Drag.from_json(body)
        except ValueError as error:
            return JSONResponse({"error": str(error)}, 400, headers)
        if drag.theme and drag.theme not in THEMES:
            return JSONResponse({"error": f"unknown theme {drag.theme!r}"}, 400, headers)
        if drag.state == "future":
            return JSONResponse(
                {"error": "the future state is drawn from evolve lines; drag in today's map"},
                400,
                headers,
            )
        try:
            result = await run_in_threadpool(
                preview.move, drag.index, drag.name, drag.x, drag.y, drag.version, drag.theme
            )
        except EditError as error:
            return JSONResponse({"error": str(error)}, 409, headers)
        return JSONResponse(result, headers=headers)

    async def events(request: Request) -> Response:
        return StreamingResponse(
            hub.stream(),
            media_type="text/event-stream",
            headers={**headers, "X-Accel-Buffering": "no"},
        )

    async def download(request: Request) -> Response:
        fmt = request.url.path.rsplit(".", 1)[1]
        chosen = settings(request)
        if isinstance(chosen, Response):
            return chosen
        from wardley.raster import PictureTooLarge

        try:
            data = await run_in_threadpool(preview.download, fmt, *chosen)
        except PictureTooLarge as error:  # the map's own size asks for it
            return JSONResponse({"error": str(error)}, 413, headers)
        if data is None:
            return JSONResponse({"error": "the map has errors; nothing to draw"}, 409, headers)
        media = {"svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf"}[fmt]
        suffix = "-diff" if chosen[2] else ""
        filename = re.sub(r"[^\w.-]", "_", preview.path.stem) + suffix + "." + fmt
        disposition = {"Content-Disposition": f'attachment; filename="{filename}"'}
        return Response(data, media_type=media, headers={**headers, **disposition})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        stop = asyncio.Event()
        task = asyncio.create_task(watch(preview.watched(), hub.publish, stop))
        try:
            yield
        finally:
            stop.set()
            try:
                await asyncio.wait_for(task, 2)
            except (TimeoutError, asyncio.CancelledError):
                task.cancel()

    routes = [
        Route("/", index),
        *(Route(name, static) for name in STATIC_FILES),
        Route("/render", render),
        Route("/positions", positions),
        Route("/move", move_route, methods=["POST"]),
        Route("/events", events),
        *(Route(f"/download.{fmt}", download) for fmt in ("svg", "png", "pdf")),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[Middleware(HostGuard, names=server_names(host, allow_hosts))],
    )
    app.router.redirect_slashes = False
    app.state.preview = preview
    app.state.hub = hub
    return app


# ---- running it ------------------------------------------------------------------------------
def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host``:``port`` (0: a free port), or an OSError saying why not."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as error:
        raise OSError(f"cannot listen on {host}: {error.strerror}") from None
    listener = socket.socket(family, kind, proto)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(address)
    except OSError as error:
        listener.close()
        raise OSError(f"cannot listen on {_url(host, port)}: {error.strerror}") from None
    listener.set_inheritable(True)
    return listener


def serve(
    path: str,
    host: str = "127.0.0.1",
    port: int = 0,
    open_browser: bool = False,
    diff: str | None = None,
    allow_hosts: Iterable[str] = (),
) -> None:
    """Serve a live preview of the map at ``path`` until interrupted (Ctrl-C).

    ``port`` 0 picks a free port. The URL is printed once the server listens; ``open_browser``
    then opens it. ``diff`` starts in diff mode: "HEAD" (the version committed in git) or the
    path of another map. Browsers may call the server by its address, ``localhost``, ``host``
    and the names in ``allow_hosts`` (and the machine's name when ``host`` is not loopback);
    other names are refused (DNS rebinding). Raises OSError (FileNotFoundError for a missing
    map) when there is nothing to serve or the address cannot be listened on; the message
    says which.
    """
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - a dependency
        raise SystemExit("wardley serve needs starlette and uvicorn: pip install wardley") from None
    if not Path(path).is_file():
        raise FileNotFoundError(f"{path}: no such map file")
    if diff not in (None, "", "HEAD") and not Path(diff).is_file():  # type: ignore[arg-type]
        raise FileNotFoundError(f"{diff}: no such map file to diff against")
    app = create_app(path, diff=diff, host=host, allow_hosts=allow_hosts)
    # Draw once before listening: the parser and the renderer load on first use (~0.3 s), so
    # the first page and the first save after it come without that wait.
    app.state.preview.render("", "both", app.state.preview.initial_diff)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        lifespan="on",
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    listener = _listen(host, port)

    async def run() -> None:
        task = asyncio.create_task(server.serve(sockets=[listener]))
        while not server.started:
            if task.done():
                await task
                return
            await asyncio.sleep(0.01)
        sockname = listener.getsockname()
        url = _url(sockname[0], sockname[1])
        print(f"serving {path} at {url} (Ctrl-C to stop)", flush=True)
        if not is_loopback(host):
            print(
                "warning: listening beyond this machine: anyone who can reach it can see the "
                "map and move its components",
                file=sys.stderr,
                flush=True,
            )
        if open_browser:
            await asyncio.get_running_loop().run_in_executor(None, webbrowser.open, url)
        while not task.done():
            if server.should_exit:
                app.state.hub.close()  # open pages' streams would hold the shutdown up
            await asyncio.sleep(0.05)
        await task

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())


def main(argv: list[str] | None = None) -> int:
    """``python -m wardley.serve MAP [--port N] [--host H] [--allow-host NAME]... [--open]
    [--diff OTHER|HEAD]``."""
    parser = argparse.ArgumentParser(prog="python -m wardley.serve", description=serve.__doc__)
    parser.add_argument("map")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--allow-host", action="append", default=[], dest="allow_hosts")
    parser.add_argument("--open", action="store_true", dest="open_browser")
    parser.add_argument("--diff", default=None)
    args = parser.parse_args(argv)
    try:
        serve(args.map, args.host, args.port, args.open_browser, args.diff, args.allow_hosts)
    except OSError as error:  # no such file, or the port is taken
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
