"""The long fuzz run: many mutated maps through parse, check, fmt and (some) rendering.

    python fuzz/run.py --count 100000 --jobs 2 [--seed 1] [--render-every 50]

Inputs are real maps from the corpus and the gallery, mutated at random: bytes flipped,
inserted and deleted, lines spliced between maps, statement fragments and hostile text
inserted. Every input must either parse or raise ``wardley.MapError``; anything else is a
crash, saved under ``fuzz/crashes/`` (turn each one into a test in tests/bad/). A parsed map
must also format back to the same map. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "owm"
CRASHES = Path(__file__).resolve().parent / "crashes"
FRAGMENTS = [
    "component ", "user ", "need ", "capability ", "evolve ", "pipeline ", "overlay ", "note ",
    "annotation 1 ", "annotations ", "title ", "style ", "size ", "evolution ", "url ", "submap ",
    "{", "}", "->", "+>", "+<>", "+'x'>", "[", "]", ",", ";", "label [", "inertia", "(build)",
    "//", "/*", "*/", '"', "\\", "[0.5, 0.5]", "[product]", "[prodcut 0.3]", "1e309", "nan",
    "-0", "\x00", "\ufeff", "\r", "\r\n", "\t", "\u202e", "<script>", "]]>", "&amp;",
    "x" * 300, "[auto, 0.6]", "[0.7, custom 2]", "url(x)", "(yellow)", " { A; B }",
]  # fmt: skip


def sources() -> list[str]:
    paths = sorted(CORPUS.glob("*.owm")) + sorted((ROOT / "gallery").glob("*.wm"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def mutate(rng: random.Random, texts: list[str]) -> str:
    text = rng.choice(texts)
    if rng.random() < 0.3:  # a map of a few lines only: faster, and edge cases
        lines = text.splitlines()
        start = rng.randrange(len(lines) or 1)
        text = "\n".join(lines[start : start + rng.randint(1, 6)])
    chars = list(text)
    for _ in range(rng.randint(1, 8)):
        action = rng.random()
        at = rng.randrange(len(chars) + 1)
        if action < 0.3:
            chars[at:at] = list(rng.choice(FRAGMENTS))
        elif action < 0.5 and chars:
            del chars[at : at + rng.randint(1, 30)]
        elif action < 0.7 and chars:
            chars[min(at, len(chars) - 1)] = chr(
                rng.choice([rng.randrange(32, 127), rng.randrange(0, 0x3000)])
            )
        elif action < 0.85:
            other = rng.choice(texts).splitlines() or [""]
            chars[at:at] = list("\n" + rng.choice(other) + "\n")
        else:
            chars[at:at] = list(rng.choice(["\n", " ", "  ", "\n\n"]))
    return "".join(chars)


def run(job: tuple[int, int, int, int]) -> tuple[int, int, list[str]]:
    import wardley

    seed, count, render_every, _ = job
    rng = random.Random(seed)
    texts = sources()
    parsed = 0
    crashes = []
    for index in range(count):
        text = mutate(rng, texts)
        try:
            try:
                map_ = wardley.parse(text)
            except wardley.MapError as error:
                assert error.errors, "MapError without an error"
                continue
            parsed += 1
            wardley.check(map_)
            again = wardley.parse(wardley.format(map_))
            assert again == map_, "fmt changed the map"
            if render_every and index % render_every == 0:
                wardley.to_svg(map_)
        except Exception:  # a crash: keep the input and the traceback
            digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
            CRASHES.mkdir(exist_ok=True)
            (CRASHES / f"{digest}.wm").write_text(text, encoding="utf-8", errors="surrogatepass")
            (CRASHES / f"{digest}.txt").write_text(traceback.format_exc(), encoding="utf-8")
            crashes.append(digest)
    return count, parsed, crashes


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--render-every", type=int, default=50)
    args = parser.parse_args()
    start = time.monotonic()
    chunks = 20 * args.jobs
    per = args.count // chunks
    jobs = [
        (args.seed * 1000 + i, per + (i < args.count % chunks), args.render_every, i)
        for i in range(chunks)
    ]
    total = parsed = 0
    crashes: list[str] = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for count, ok, found in pool.map(run, jobs):
            total, parsed, crashes = total + count, parsed + ok, crashes + found
            print(f"{total:,} inputs, {parsed:,} parsed, {len(crashes)} crashes", file=sys.stderr)
    elapsed = time.monotonic() - start
    print(f"{total:,} inputs ({parsed:,} parsed) in {elapsed:.0f} s: {len(crashes)} crashes")
    for digest in crashes:
        print(f"  fuzz/crashes/{digest}.wm")
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
