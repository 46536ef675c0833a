"""wardley serve: the live preview, over plain HTTP and in a real headless Chromium.

The browser tests drive Chromium with selenium and chromedriver (Debian's `chromium` and
`chromium-driver` packages); they are skipped, naming the program missing, only when one of
those is not installed. How fast a save reaches the page is measured, not tested:
benchmarks/serve_latency.py.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

import wardley
from wardley.files import write_atomic
from wardley.serve import MAX_MOVE_BODY, create_app, evolution_only, set_position
from wardley.themes import THEMES

from .conftest import chromium

MAP = """\
// The tea shop, for the preview tests.
title Tea Shop
user Business [0.95, 0.63]
need Cup of Tea [0.79, 0.61]  // what the customer wants
capability Tea [0.63, 0.81]
capability Hot Water [0.52, 0.8]
capability Kettle [0.43, custom 0.8] label [5, -10]
capability Power

Business -> Cup of Tea
Cup of Tea -> Tea
Cup of Tea -> Hot Water -> Kettle -> Power
evolve Kettle -> Electric Kettle 0.62
"""
KETTLE_LINE = 7
ROOT = Path(__file__).resolve().parent.parent


def changed_lines(before: str, after: str) -> list[tuple[int, str, str]]:
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new), "a drag must not add or remove lines"
    return [(i + 1, a, b) for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]


def wait_for(check: Callable[[], Any], timeout: float = 20.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or check}")
        time.sleep(0.02)


# ---- the text edit ----------------------------------------------------------------------------
def drag_text(text: str, name: str, visibility: float | None, evolution: float) -> str:
    map_ = wardley.parse(text)
    index = next(i for i, c in enumerate(map_.components) if c.name == name)
    new_text, _ = set_position(text, map_, index, visibility, evolution)
    return new_text


@pytest.mark.parametrize(
    ("line", "name", "place", "expected"),
    [
        # a stage-named position becomes numbers; the options and the comment stay
        (
            "capability Kettle [0.43, custom 0.8] label [5, -10]  // boils",
            "Kettle",
            (0.5, 0.3),
            "capability Kettle [0.5, 0.3] label [5, -10]  // boils",
        ),
        # an auto-placed component gets a bracket after its name
        ("capability Power", "Power", (0.25, 0.7), "capability Power [0.25, 0.7]"),
        (
            "need Power  (build) inertia",
            "Power",
            (0.2, 0.1),
            "need Power [0.2, 0.1]  (build) inertia",
        ),
        # a quoted name with brackets in it, an empty bracket, a comment holding a bracket
        (
            'need "Read [x]" [0.8, 0.2] (buy)',
            "Read [x]",
            (0.61, 0.44),
            'need "Read [x]" [0.61, 0.44] (buy)',
        ),
        ("component A [] label [1, 2]", "A", (0.5, 0.5), "component A [0.5, 0.5] label [1, 2]"),
        (
            "capability X /* [9] */ [product]",
            "X",
            (0.33, 0.67),
            "capability X /* [9] */ [0.33, 0.67]",
        ),
        (
            "  capability   Tabbed\t[0.1,0.2]   ",
            "Tabbed",
            (0.3, 0.4),
            "  capability   Tabbed\t[0.3, 0.4]   ",
        ),
        (
            "component Old [0.5, 0.5] evolve 0.8",
            "Old",
            (0.123, 0.987),
            "component Old [0.12, 0.99] evolve 0.8",
        ),
    ],
)
def test_set_position_changes_one_bracket(
    line: str, name: str, place: tuple[float, float], expected: str
) -> None:
    text = f"title T // keep\n{line}\n/* a\n comment */\nuser U\n"
    new = drag_text(text, name, *place)
    assert changed_lines(text, new) == [(2, line + "\n", expected + "\n")]


def test_pipeline_members_take_their_evolution_only() -> None:
    text = (
        "capability Power [0.4, 0.5]\n"
        "pipeline Power\n"
        "{\n"
        "  component Wind [0.72] label [-13, 35]\n"
        "  Batteries\n"
        "}\n"
        "pipeline Editing { Editor [custom]; AI Editing [product] }\n"
    )
    map_ = wardley.parse(text)
    names = {c.name: c for c in map_.components}
    assert evolution_only(map_, names["Wind"]) and evolution_only(map_, names["Batteries"])
    assert not evolution_only(map_, names["Power"])
    new = drag_text(text, "Wind", None, 0.31)
    assert changed_lines(text, new) == [
        (
            4,
            "  component Wind [0.72] label [-13, 35]\n",
            "  component Wind [0.31] label [-13, 35]\n",
        )
    ]
    new = drag_text(text, "Batteries", None, 0.6)
    assert changed_lines(text, new) == [(5, "  Batteries\n", "  Batteries [0.6]\n")]
    new = drag_text(text, "AI Editing", None, 0.55)
    assert changed_lines(text, new)[0][2].endswith("{ Editor [custom]; AI Editing [0.55] }\n")


def test_set_position_keeps_line_endings_and_bom() -> None:
    text = "\ufefftitle T\r\ncapability A [0.1, 0.2]\r\ncapability B\r\n"
    new = drag_text(text, "B", 0.5, 0.5)
    assert new == "\ufefftitle T\r\ncapability A [0.1, 0.2]\r\ncapability B [0.5, 0.5]\r\n"


# ---- plain HTTP ---------------------------------------------------------------------------------
@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "tea.wm"
    path.write_text(MAP, encoding="utf-8")
    return path


@pytest.fixture
def client(map_file: Path) -> TestClient:
    return TestClient(create_app(str(map_file)), base_url="http://127.0.0.1:8000")


def test_page_and_assets(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    config = json.loads(re.search(r'id="config">(.*?)</script>', page.text).group(1))  # type: ignore[union-attr]
    assert config["themes"] == list(THEMES)
    assert config["states"] == ["current", "future", "both"]
    assert client.get("/serve.js").headers["content-type"].startswith("application/javascript")
    assert client.get("/serve.css").headers["content-type"].startswith("text/css")


def test_render_and_positions(client: TestClient) -> None:
    data = client.get("/render", params={"theme": "dark", "state": "current"}).json()
    assert data["ok"] and not data["stale"] and data["draggable"]
    assert data["svg"].startswith("<svg") and "Kettle" in data["svg"]
    assert ">Electric Kettle</tspan>" not in data["svg"]  # today only
    assert data["svg"] == wardley.to_svg(wardley.parse(MAP), theme="dark", state="current")
    both = client.get("/render").json()
    assert ">Electric Kettle</tspan>" in both["svg"]
    positions = client.get("/positions").json()
    assert positions["version"] == both["version"]
    kettle = next(i for i in positions["items"] if i["name"] == "Kettle")
    # the component's circle is drawn where /positions says it is
    circles = re.findall(r'<circle class="capability" cx="([\d.]+)" cy="([\d.]+)"', both["svg"])
    assert any(
        abs(float(cx) - kettle["x"]) < 0.01 and abs(float(cy) - kettle["y"]) < 0.01
        for cx, cy in circles
    )
    assert client.get("/positions", params={"state": "future"}).json()["items"] == []
    assert client.get("/render", params={"theme": "nope"}).status_code == 400
    assert client.get("/render", params={"state": "later"}).status_code == 400
    assert client.get("/render", params={"diff": "/etc/passwd"}).status_code == 400


def test_errors_keep_the_last_good_picture(client: TestClient, map_file: Path) -> None:
    good = client.get("/render").json()
    map_file.write_text(MAP.replace("[0.63, 0.81]", "[0.63, prodcut]"), encoding="utf-8")
    bad = client.get("/render").json()
    assert not bad["ok"] and bad["stale"] and not bad["draggable"] and bad["errors"] == 1
    assert bad["svg"] == good["svg"]
    (message,) = [m for m in bad["diagnostics"] if m["severity"] == "error"]
    assert message["text"].startswith(f"{map_file}:5:23: error: unknown stage 'prodcut' [E009]")
    assert "^" in message["text"] and (message["line"], message["column"]) == (5, 23)
    assert client.get("/download.svg").status_code == 200  # the last good picture


def test_downloads(client: TestClient) -> None:
    svg = client.get("/download.svg", params={"theme": "book"})
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.headers["content-disposition"] == 'attachment; filename="tea.svg"'
    assert svg.content.startswith(b"<svg")
    png = client.get("/download.png")
    assert png.headers["content-type"] == "image/png" and png.content.startswith(b"\x89PNG")
    pdf = client.get("/download.pdf", params={"state": "future"})
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def post_move(client: TestClient, name: str, visibility: float, evolution: float, **extra: Any):  # type: ignore[no-untyped-def]
    positions = client.get("/positions").json()
    frame = positions["frame"]
    item = next(i for i in positions["items"] if i["name"] == name)
    body = {
        "index": item["index"],
        "name": name,
        "x": frame["left"] + evolution * (frame["right"] - frame["left"]),
        "y": frame["top"] + (1 - visibility) * (frame["bottom"] - frame["top"]),
        "version": positions["version"],
        **extra,
    }
    return client.post("/move", json=body)


def test_move_writes_one_line(client: TestClient, map_file: Path) -> None:
    response = post_move(client, "Power", 0.2, 0.71)
    assert response.status_code == 200, response.text
    data = response.json()
    assert (data["line"], data["before"], data["after"]) == (
        8,
        "capability Power",
        "capability Power [0.2, 0.71]",
    )
    assert changed_lines(MAP, map_file.read_text()) == [
        (8, "capability Power\n", "capability Power [0.2, 0.71]\n")
    ]
    text = map_file.read_text()
    response = post_move(client, "Kettle", 0.45, 0.5)
    assert response.status_code == 200
    assert changed_lines(text, map_file.read_text()) == [
        (
            KETTLE_LINE,
            "capability Kettle [0.43, custom 0.8] label [5, -10]\n",
            "capability Kettle [0.45, 0.5] label [5, -10]\n",
        )
    ]
    # dragged off the grid: clamped to its edge
    assert post_move(client, "Tea", 1.4, -0.2).json()["after"] == "capability Tea [1.0, 0.0]"


def test_move_refusals(client: TestClient, map_file: Path) -> None:
    positions = client.get("/positions").json()
    body = {"index": 7, "name": "Power", "x": 500, "y": 500, "version": positions["version"]}
    assert client.post("/move", json={**body, "version": "stale"}).status_code == 409
    assert client.post("/move", json={**body, "name": "Kettle"}).status_code == 409
    assert client.post("/move", json={**body, "index": 99}).status_code == 409
    assert client.post("/move", json={**body, "state": "future"}).status_code == 400
    assert client.post("/move", content=json.dumps(body)).status_code == 415
    evil = client.post("/move", json=body, headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403
    assert client.get("/move").status_code == 405
    assert map_file.read_text() == MAP
    map_file.write_text(MAP + "capability Broken [prodcut]\n")
    broken = client.post("/move", json={**body, "version": client.get("/render").json()["version"]})
    assert broken.status_code == 409 and "errors" in broken.json()["error"]
    assert map_file.read_text() == MAP + "capability Broken [prodcut]\n"


def test_host_header_guard(map_file: Path) -> None:
    app = create_app(str(map_file))
    assert TestClient(app, base_url="http://evil.example").get("/").status_code == 421
    assert TestClient(app, base_url="http://testserver").get("/render").status_code == 421
    assert TestClient(app, headers={"Host": "127.0.0.1:80"}).get("/").status_code == 200
    for host in ("127.0.0.1@evil.example", "127.0.0.1#.evil.example", "127.0.0.1:x", ""):
        response = TestClient(app, headers={"Host": host}).get("/")
        assert response.status_code == 421, host
    for base in ("http://localhost:1234", "http://[::1]:1234", "http://127.0.0.1"):
        assert TestClient(app, base_url=base).get("/").status_code == 200, base


ROUTES = [
    "/",
    "/serve.js",
    "/serve.css",
    "/render",
    "/positions",
    "/events",
    "/download.svg",
    "/download.png",
    "/download.pdf",
]


def move_body(client: TestClient, name: str = "Power") -> dict[str, Any]:
    """A well-formed drag of ``name``, for the version on disk."""
    positions = client.get("/positions").json()
    item = next(i for i in positions["items"] if i["name"] == name)
    return {
        "index": item["index"],
        "name": name,
        "x": item["x"] + 40,
        "y": item["y"],
        "version": positions["version"],
    }


@pytest.mark.parametrize("bound", ["0.0.0.0", "::", "127.0.0.2", "127.0.0.1", "localhost"])
def test_dns_rebinding_is_refused_on_every_route(map_file: Path, bound: str) -> None:
    """A page on evil.example whose name the attacker re-points at this machine: the browser
    sends Host and Origin evil.example. Whatever the server listens on, nothing is answered."""
    app = create_app(str(map_file), host=bound)
    body = move_body(TestClient(app, base_url="http://127.0.0.1:8000"))
    attacker = TestClient(
        app, base_url="http://evil.example:8000", headers={"Origin": "http://evil.example:8000"}
    )
    for route in ROUTES:
        response = attacker.get(route)
        assert response.status_code == 421, (route, response.status_code)
        assert "Kettle" not in response.text
    assert attacker.post("/move", json=body).status_code == 421
    assert map_file.read_text() == MAP


def test_pages_of_other_sites_are_refused(map_file: Path) -> None:
    """A page elsewhere that calls the server by an address it answers to (no rebinding
    needed): its Origin gives it away, for reads and writes alike."""
    app = create_app(str(map_file), host="0.0.0.0")
    body = move_body(TestClient(app, base_url="http://127.0.0.1:8000"))
    for origin in (
        "http://evil.example",
        "null",
        "http://127.0.0.1:9999",
        "https://127.0.0.1:8000",
    ):
        client = TestClient(app, base_url="http://127.0.0.1:8000", headers={"Origin": origin})
        for route in ROUTES:
            assert client.get(route).status_code == 403, (origin, route)
        assert client.post("/move", json=body).status_code == 403, origin
    assert map_file.read_text() == MAP


def test_the_servers_own_names_are_allowed(map_file: Path) -> None:
    app = create_app(str(map_file), host="0.0.0.0", allow_hosts=["Wardley.LAN"])
    for base in (
        "http://wardley.lan:8000",  # --allow-host, in any case
        "http://localhost:8000",
        f"http://{socket.gethostname()}:8000",  # the machine's name, as it listens beyond it
        "http://192.0.2.7:8000",  # an address cannot be rebound: any is fine
        "http://[2001:db8::7]:8000",
    ):
        client = TestClient(app, base_url=base, headers={"Origin": base})
        for route in ("/", "/render", "/download.svg"):
            assert client.get(route).status_code == 200, (base, route)
        assert client.post("/move", json=move_body(client)).status_code == 200, base
    # names other than the bound one stay refused on loopback
    loopback = create_app(str(map_file), allow_hosts=["wardley.lan"])
    assert TestClient(loopback, base_url="http://wardley.lan").get("/").status_code == 200
    assert (
        TestClient(loopback, base_url=f"http://{socket.gethostname()}x").get("/").status_code == 421
    )


def test_move_keeps_a_save_made_while_the_drag_is_worked_out(
    client: TestClient, map_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wardley.serve

    saved = MAP.replace("capability Power", "capability Power  // saved in the editor")
    compute = wardley.serve.apply_drag

    def slow_drag(*args: Any, **kwargs: Any) -> Any:
        result = compute(*args, **kwargs)
        map_file.write_text(saved, encoding="utf-8")  # the editor saves meanwhile
        return result

    body = move_body(client)
    monkeypatch.setattr(wardley.serve, "apply_drag", slow_drag)
    response = client.post("/move", json=body)
    assert response.status_code == 409 and "changed" in response.json()["error"]
    assert map_file.read_text(encoding="utf-8") == saved


def test_move_through_a_symlink_and_a_hard_link(tmp_path: Path) -> None:
    real = tmp_path / "maps" / "real.wm"
    real.parent.mkdir()
    real.write_text(MAP, encoding="utf-8")
    (tmp_path / "link.wm").symlink_to(real)
    os.link(real, tmp_path / "hard.wm")
    for name in ("link.wm", "hard.wm"):
        before = real.read_text()
        client = TestClient(create_app(str(tmp_path / name)), base_url="http://127.0.0.1")
        assert client.post("/move", json=move_body(client, "Tea")).status_code == 200
        assert [n for n, _, _ in changed_lines(before, real.read_text())] == [5], name
    assert (tmp_path / "link.wm").is_symlink()
    assert (tmp_path / "hard.wm").read_text() == real.read_text()
    assert real.stat().st_nlink == 2


@pytest.mark.parametrize(
    "body",
    [
        b'{"index": Infinity, "name": "Power", "x": 1, "y": 2, "version": "v"}',
        b'{"index": 7, "name": "Power", "x": NaN, "y": 2, "version": "v"}',
        b'{"index": 7, "name": "Power", "x": 1e400, "y": 2, "version": "v"}',
        b'{"index": 7.5, "name": "Power", "x": 1, "y": 2, "version": "v"}',
        b'{"index": true, "name": "Power", "x": 1, "y": 2, "version": "v"}',
        b'{"index": 7, "name": ["Power"], "x": 1, "y": 2, "version": "v"}',
        b'{"index": 7, "name": "Power", "x": "1", "y": 2, "version": "v"}',
        b'{"index": 7, "name": "Power", "x": 1, "y": 2}',
        b"[" * 30000 + b"]" * 30000,
        b'{"a":' * 10000 + b"1" + b"}" * 10000,
        b"1" * 5000,
        b"\xff\xfe\x00",
        b"",
        b"[]",
        b"null",
    ],
)
def test_move_answers_bad_json_with_400(client: TestClient, body: bytes) -> None:
    response = client.post("/move", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert response.json()["error"]


def test_move_refuses_a_big_body(client: TestClient, map_file: Path) -> None:
    body = json.dumps({**move_body(client), "padding": " " * MAX_MOVE_BODY})
    response = client.post("/move", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert map_file.read_text() == MAP


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


def test_move_fuzz_never_fails_on_the_server(client: TestClient, map_file: Path) -> None:
    version = client.get("/positions").json()["version"]
    field = st.one_of(
        st.sampled_from(["Power", version, 7, 0, -1, 300.0, True]),
        st.sampled_from([math.inf, -math.inf, math.nan, 1e308, -1e308, 5e-324, 10**400]),
        st.integers(),
        st.floats(),
        st.text(max_size=10),
        JSON,
    )
    drags = st.fixed_dictionaries(
        {"index": field, "name": field, "x": field, "y": field, "version": field},
        optional={"theme": field, "state": field, "more": JSON},
    )

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.one_of(JSON.map(json.dumps), drags.map(json.dumps), st.binary(max_size=200)))
    def post(body: str | bytes) -> None:
        response = client.post("/move", content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 200 or 400 <= response.status_code < 500, response.text
        wardley.parse(map_file.read_text(encoding="utf-8"))  # the map stays a map

    post()


def test_diff_against_a_file(map_file: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.wm"
    old.write_text(MAP.replace("[0.63, 0.81]", "[0.63, 0.5]").replace("capability Power\n", ""))
    client = TestClient(create_app(str(map_file), diff=str(old)), base_url="http://127.0.0.1")
    config = client.get("/").text
    assert '"diff": "file"' in config and str(old) in config
    data = client.get("/render", params={"diff": "file"}).json()
    assert data["mode"] == "diff" and not data["draggable"]
    texts = [text for _, text in data["changes"]]
    assert any(t.startswith("moved Tea") for t in texts)
    assert any("Power" in t for t in texts) and data["summary"].startswith("2 changes")
    assert data["svg"] == wardley.diff_svg(wardley.parse(old.read_text()), wardley.parse(MAP))
    assert client.get("/render").json()["mode"] == "map"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_diff_against_git_head(map_file: Path, tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    client = TestClient(create_app(str(map_file), diff="HEAD"), base_url="http://127.0.0.1")
    data = client.get("/render", params={"diff": "HEAD"}).json()
    assert data["mode"] == "map" and "not in git HEAD" in data["diagnostics"][0]["text"]
    git("add", "tea.wm")
    git("commit", "-q", "-m", "tea")
    map_file.write_text(MAP.replace("[0.63, 0.81]", "[0.63, 0.9]"))
    data = client.get("/render", params={"diff": "HEAD"}).json()
    assert data["mode"] == "diff" and data["ok"]
    assert [text.split(":")[0] for _, text in data["changes"]] == ["moved Tea"]


# ---- a real server ---------------------------------------------------------------------------
class Server:
    def __init__(self, folder: Path, text: str = MAP, *options: str) -> None:
        self.folder = folder
        self.path = folder / "map.wm"
        self.path.write_text(text, encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "wardley.serve", "map.wm", "--port", "0", *options],
            cwd=folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        match = re.search(r"http://([\d.]+):(\d+)/", line)
        if match is None:
            self.stop()
            raise AssertionError(f"no URL from the server: {line!r} {self.process.stderr.read()!r}")  # type: ignore[union-attr]
        self.url = match.group(0)
        self.host, self.port = match.group(1), int(match.group(2))

    def write(self, text: str) -> None:
        write_atomic(self.path, text)

    def connect(self) -> socket.socket:
        address = "127.0.0.1" if self.host == "0.0.0.0" else self.host
        return socket.create_connection((address, self.port), timeout=20)

    def raw(
        self, target: str, host: str = "", method: str = "GET", extra: str = "", body: bytes = b""
    ) -> tuple[int, bytes]:
        """One request, as a browser (or an attacker's page) would send it: status, bytes."""
        with self.connect() as sock:
            sock.sendall(
                f"{method} {target} HTTP/1.1\r\nHost: {host or f'127.0.0.1:{self.port}'}\r\n"
                f"{extra}Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
                if target == "/events" and b"\r\n\r\n" in data:
                    break  # a stream does not end: its head is enough
        return int(data.split(b" ", 2)[1]), data

    def stop(self) -> str:
        """Stop the server; what it printed on stderr."""
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        return self.process.stderr.read()  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("serve"))
    yield running
    running.stop()


@pytest.fixture
def server(live_server: Server) -> Server:
    """The module's server (one start for all the tests), its map as MAP again."""
    if live_server.path.read_text(encoding="utf-8") != MAP:
        live_server.write(MAP)
        time.sleep(0.3)  # let the watcher's news of the reset go by
    return live_server


def test_binds_loopback_on_a_free_port(server: Server) -> None:
    assert server.host == "127.0.0.1" and server.port > 0
    table = Path("/proc/net/tcp")
    if table.exists():
        listening = [
            row.split()[1]
            for row in table.read_text().splitlines()[1:]
            if row.split()[3] == "0A" and int(row.split()[1].split(":")[1], 16) == server.port
        ]
        assert listening == [f"0100007F:{server.port:04X}"]


def test_no_path_traversal(server: Server) -> None:
    for target in (
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e/",
        "/..%2f..%2fetc%2fpasswd",
        "/serve.js/../../serve.py",
        "/static/serve.js",
        "/static/../serve.py",
        "//etc/passwd",
        "/map.wm",
        "/wardley/serve.py",
        "/download.exe",
        "/render/",
    ):
        status, data = server.raw(target)
        assert status == 404, target
        assert b"root:" not in data and b"import" not in data
    assert server.raw("/")[0] == 200


def test_listening_on_every_address_still_refuses_rebinding(tmp_path: Path) -> None:
    """`serve --host 0.0.0.0` (bound beyond loopback, where the Host check used to be off):
    a page on evil.example, re-pointed at this machine, neither reads the map nor moves it."""
    server = Server(tmp_path, MAP, "--host", "0.0.0.0", "--allow-host", "tea.example")
    try:
        attack = "Origin: http://evil.example\r\n"
        for route in ROUTES:
            status, data = server.raw(route, host="evil.example", extra=attack)
            assert status == 421 and b"Kettle" not in data, route
        status, positions = server.raw("/positions")
        assert status == 200
        body = json.loads(positions.split(b"\r\n\r\n", 1)[1])
        power = next(i for i in body["items"] if i["name"] == "Power")
        drag = json.dumps(
            {**power, "x": power["x"] + 50, "version": body["version"], "name": "Power"}
        ).encode()
        json_type = "Content-Type: application/json\r\n"
        for host in ("evil.example", f"evil.example:{server.port}"):
            status, _ = server.raw("/move", host, "POST", json_type + attack, drag)
            assert status == 421
        own = f"127.0.0.1:{server.port}"
        status, _ = server.raw("/move", own, "POST", json_type + attack, drag)
        assert status == 403
        assert server.path.read_text() == MAP
        for host in (f"tea.example:{server.port}", f"localhost:{server.port}"):
            assert server.raw("/render", host)[0] == 200, host
            assert server.raw("/events", host)[0] == 200, host
        origin = f"Origin: http://{own}\r\n"
        assert server.raw("/move", own, "POST", json_type + origin, drag)[0] == 200
        assert server.path.read_text() != MAP
    finally:
        warning = server.stop()
    assert "warning: listening beyond this machine" in warning


def test_loopback_addresses_get_no_warning(tmp_path: Path) -> None:
    server = Server(tmp_path, MAP, "--host", "127.0.0.2")
    try:
        assert server.raw("/", f"127.0.0.2:{server.port}")[0] == 200
        assert server.raw("/", "evil.example")[0] == 421
    finally:
        assert "warning" not in server.stop()


def test_move_stops_reading_a_big_body(server: Server) -> None:
    """A body that never ends is not read to its end: the answer comes after 64 KiB."""
    with server.connect() as sock:
        sock.sendall(
            f"POST /move HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
        )
        chunk = b"%x\r\n%s\r\n" % (65536, b" " * 65536)
        answer = b""
        for _ in range(64):  # up to 4 MiB, far more than is read
            try:
                sock.sendall(chunk)
            except OSError:  # the server answered and closed the connection
                break
            sock.settimeout(0.05)
            try:
                answer += sock.recv(65536)
            except TimeoutError:
                continue
            if answer:
                break
        sock.settimeout(20)
        while b"\r\n" not in answer and (more := sock.recv(65536)):
            answer += more
    assert answer.startswith(b"HTTP/1.1 413")
    assert server.path.read_text() == MAP


def test_events_announce_a_save(server: Server) -> None:
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(f"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode())
        stream = sock.makefile("rb")
        head = []
        while (line := stream.readline().decode().strip()) != "":
            head.append(line.lower())
        assert head[0].startswith("http/1.1 200")
        assert any(h.startswith("content-type: text/event-stream") for h in head)

        def next_event() -> str:
            while True:
                line = stream.readline().decode().strip()
                if line.startswith("event: "):
                    return line.removeprefix("event: ")

        assert next_event() == "hello"
        server.write(MAP + "capability Milk\n")
        assert next_event() == "change"  # how soon: benchmarks/serve_latency.py


# ---- in a real browser -------------------------------------------------------------------------
@pytest.mark.parametrize("missing", ["chromium", "chromedriver"])
def test_a_skip_names_what_is_missing(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None if name == missing else f"/bin/{name}")
    with pytest.raises(pytest.skip.Exception, match=f"^{missing} not on PATH"):
        chromium()


def svg_text(driver: Any) -> str:
    return driver.execute_script(
        "const s = document.querySelector('#picture svg'); return s ? s.textContent : '';"
    )


def open_page(driver: Any, server: Server) -> None:
    driver.get(server.url)
    wait_for(lambda: "Kettle" in svg_text(driver), what="the picture")


def test_browser_shows_the_map(browser: Any, server: Server) -> None:
    open_page(browser, server)
    assert (
        browser.execute_script(
            "return document.querySelectorAll('#picture svg circle.capability').length"
        )
        >= 4
    )
    assert browser.find_element("id", "diagnostics").text == "No problems."
    themes = browser.execute_script(
        "return [...document.querySelectorAll('#theme option')].map(o => o.value)"
    )
    assert themes == ["", *THEMES]


def test_browser_redraws_on_save_keeping_scroll_and_zoom(browser: Any, server: Server) -> None:
    open_page(browser, server)
    browser.find_element("id", "zoom-reset").click()
    browser.find_element("id", "zoom-in").click()
    browser.find_element("id", "zoom-in").click()
    browser.execute_script(
        "const p = document.getElementById('picture'); p.scrollLeft = 150; p.scrollTop = 120;"
        "window.probe = 'same page';"
    )
    server.write(MAP + "capability Milk [0.3, 0.3]\n")
    wait_for(lambda: "Milk" in svg_text(browser), what="the redraw")  # how soon: benchmarks
    state = browser.execute_script(
        "const p = document.getElementById('picture'); const s = p.querySelector('svg');"
        "return [window.probe, p.scrollLeft, p.scrollTop, s.style.width]"
    )
    assert state == ["same page", 150, 120, "1562.5px"]


def test_browser_shows_diagnostics_and_keeps_the_last_picture(browser: Any, server: Server) -> None:
    open_page(browser, server)
    server.write(MAP.replace("capability Power", "capability Power [0.2, prodcut]"))
    # Read in the page in one step: the page may replace the element between a find and a read.
    error = wait_for(
        lambda: browser.execute_script(
            "const e = document.querySelector('#diagnostics pre.error');"
            "return e ? e.innerText : null;"
        ),
        what="the diagnostic",
    )
    assert error.startswith("map.wm:8:24: error: unknown stage 'prodcut' [E009]")
    assert "capability Power [0.2, prodcut]" in error and "did you mean 'product'?" in error
    assert "Kettle" in svg_text(browser)  # the last good picture stays
    assert "stale" in browser.find_element("id", "picture").get_attribute("class")
    assert "1 error" in browser.find_element("id", "status").text
    server.write(MAP)
    wait_for(lambda: browser.find_element("id", "diagnostics").text == "No problems.")
    assert "stale" not in browser.find_element("id", "picture").get_attribute("class")


def test_browser_drag_writes_one_line(browser: Any, server: Server) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    open_page(browser, server)
    # Kettle's centre in the viewport, and how many picture units a CSS pixel is: read in one
    # step once the picture is in (a picture being replaced has no positions for a moment).
    x, y, scale, frame = wait_for(
        lambda: browser.execute_script(
            "const w = window.wardleyPreview; const svg = document.querySelector('#picture svg');"
            "if (!w.positions || !svg) return null;"
            "const k = w.positions.find(i => i.name === 'Kettle'); const m = svg.getScreenCTM();"
            "const p = new DOMPoint(k.x, k.y).matrixTransform(m);"
            "return [p.x, p.y, m.a, w.frame];"
        ),
        what="Kettle's place",
    )
    picture = browser.find_element("id", "picture")
    box = picture.rect
    start_x = round(x - (box["x"] + box["width"] / 2))
    start_y = round(y - (box["y"] + box["height"] / 2))
    (
        ActionChains(browser)
        .move_to_element_with_offset(picture, start_x, start_y)
        .click_and_hold()
        .move_by_offset(60, 20)
        .move_by_offset(60, 20)
        .release()
        .perform()
    )
    text = wait_for(lambda: (t := server.path.read_text()) != MAP and t, what="the file to change")
    [(number, before, after)] = changed_lines(MAP, text)
    assert (number, before) == (
        KETTLE_LINE,
        "capability Kettle [0.43, custom 0.8] label [5, -10]\n",
    )
    match = re.fullmatch(r"capability Kettle \[([\d.]+), ([\d.]+)\] label \[5, -10\]\n", after)
    assert match, after
    old = wardley.parse(MAP).find("Kettle").position  # type: ignore[union-attr]
    width = frame["right"] - frame["left"]
    height = frame["bottom"] - frame["top"]
    assert float(match.group(2)) == pytest.approx(old.x + 120 / scale / width, abs=0.015)
    assert float(match.group(1)) == pytest.approx(old.visibility - 40 / scale / height, abs=0.015)
    # the page redraws from the file, and says what it wrote
    wait_for(
        lambda: (
            browser.execute_script("return document.getElementById('picture').dataset.version")
            == browser.execute_script("return (window.wardleyPreview.lastMove || {}).version")
        ),
        what="the redraw after the drag",
    )
    assert f"line {KETTLE_LINE}" in browser.find_element("id", "status").text
