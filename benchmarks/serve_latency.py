"""How soon `wardley serve` shows a save: the figures the preview tests used to assert.

    python benchmarks/serve_latency.py             # 10 saves of each kind
    python benchmarks/serve_latency.py --runs 30
    python benchmarks/serve_latency.py --browser   # also the redraw in headless Chromium

It starts ``python -m wardley.serve`` on a copy of a small map and times, from the moment a save
(an atomic replace, as editors do) is on disk:

- ``event``: until the server's ``change`` event arrives on ``/events`` (the file watcher and
  its debounce);
- ``event + render``: until ``/render`` then answers with the new picture, which is what a page
  does on each event;
- ``browser redraw`` (``--browser``, needs selenium, chromium and chromedriver): until the new
  component is in the page's SVG, in headless Chromium.

The table gives the median, the minimum and the maximum, in milliseconds. The goals the tests
held before: an event under 1 s and a browser redraw under 1.5 s, on a loaded machine; expect a
fraction of that (``DEBOUNCE`` in wardley/serve.py is 150 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from wardley.files import write_atomic  # noqa: E402

MAP = """\
title Tea Shop
user Business [0.95, 0.63]
need Cup of Tea [0.79, 0.61]
capability Tea [0.63, 0.81]
capability Hot Water [0.52, 0.8]
capability Kettle [0.43, 0.35]
capability Power [0.1, 0.7]
Business -> Cup of Tea -> Tea
Cup of Tea -> Hot Water -> Kettle -> Power
"""
#: A hang guard: a save not seen in this long is a failure, not a figure.
TIMEOUT = 30.0


@contextmanager
def server(folder: Path) -> Iterator[tuple[Path, int]]:
    path = folder / "map.wm"
    path.write_text(MAP, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "wardley.serve", "map.wm", "--port", "0"],
        cwd=folder,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        match = re.search(r":(\d+)/", process.stdout.readline())
        if match is None:
            raise SystemExit("the server did not start")
        yield path, int(match.group(1))
    finally:
        process.terminate()
        process.wait(10)


class Events:
    """An open /events stream."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        self.sock.sendall(f"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        self.buffer = b""
        self.next()  # the response's head
        assert self.next() == "hello"

    def next(self) -> str:
        """The next block's event name ("" for the response's head and comments)."""
        while b"\n\n" not in self.buffer.replace(b"\r\n", b"\n"):
            chunk = self.sock.recv(65536)
            if not chunk:
                raise SystemExit("the event stream ended")
            self.buffer += chunk
        text = self.buffer.replace(b"\r\n", b"\n").decode()
        block, rest = text.split("\n\n", 1)
        self.buffer = rest.encode()
        found = re.search(r"^event: (.*)$", block, re.MULTILINE)
        return found.group(1) if found else ""

    def drain(self) -> None:
        """Forget what has arrived: news of an earlier save."""
        self.sock.settimeout(0.05)
        try:
            while self.sock.recv(65536):
                pass
        except TimeoutError:
            pass
        finally:
            self.sock.settimeout(TIMEOUT)
        self.buffer = b""


def render(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/render", timeout=TIMEOUT) as answer:
        return str(json.load(answer)["svg"])


def save(path: Path, number: int) -> str:
    """Save the map with one more component; its name."""
    name = f"Milk {number}"
    write_atomic(path, MAP + f"capability {name} [0.3, 0.3]\n")
    return name


def time_saves(
    runs: int, path: Path, seen: Callable[[str], None], settle: Callable[[], None] = lambda: None
) -> list[float]:
    """Seconds from each save until ``seen`` (given the new component's name) returns."""
    times = []
    for number in range(runs):
        time.sleep(0.3)  # let the last save's news go by
        settle()
        started = time.perf_counter()
        seen(save(path, number))
        times.append(time.perf_counter() - started)
    return times


def browser_redraws(runs: int, path: Path, port: int) -> list[float]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = {name: shutil.which(name) for name in ("chromium", "chromedriver")}
    missing = [name for name, where in found.items() if where is None]
    if missing:
        raise SystemExit(f"--browser needs {' and '.join(missing)} on PATH")
    options = webdriver.ChromeOptions()
    options.binary_location = str(found["chromium"])
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"):
        options.add_argument(argument)
    profile = tempfile.mkdtemp(prefix="wardley-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(str(found["chromedriver"])), options=options)
    script = "const s = document.querySelector('#picture svg'); return s ? s.textContent : '';"

    def wait_for(name: str) -> None:
        deadline = time.perf_counter() + TIMEOUT
        while name not in driver.execute_script(script):
            if time.perf_counter() > deadline:
                raise SystemExit(f"the page did not show {name!r}")
            time.sleep(0.005)

    try:
        driver.get(f"http://127.0.0.1:{port}/")
        wait_for("Kettle")
        return time_saves(runs, path, wait_for)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--browser", action="store_true", help="also time headless Chromium")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder, server(Path(folder)) as (path, port):
        stream = Events(port)

        def event(_name: str) -> None:
            while stream.next() != "change":
                pass

        def event_and_render(name: str) -> None:
            event(name)
            if name not in render(port):
                raise SystemExit(f"/render did not show {name!r} after its change event")

        rows.append(("event", time_saves(args.runs, path, event, stream.drain)))
        rows.append(("event + render", time_saves(args.runs, path, event_and_render, stream.drain)))
        if args.browser:
            rows.append(("browser redraw", browser_redraws(args.runs, path, port)))
    print("| save until | runs | median ms | min ms | max ms |\n|---|---|---|---|---|")
    for name, times in rows:
        ms = [t * 1000 for t in times]
        print(
            f"| {name} | {len(ms)} | {statistics.median(ms):.0f} | {min(ms):.0f} | {max(ms):.0f} |"
        )


if __name__ == "__main__":
    main()
