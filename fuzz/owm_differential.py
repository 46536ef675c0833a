"""The long differential run: generated OWM-style maps read by OWM's own parser and by ours.

    python fuzz/owm_differential.py --count 20000 [--seed 1] [--jobs 2] [--batch 1000]

Maps come from tests/owm_strategy.py's writer, seeded per map (map ``i`` of seed ``S`` is the
same on every machine). Each batch goes to one Node process (tools/owm_oracle/read.mjs), then
through our parser; tests/owm_oracle.py's ``differences`` compares the two readings and
tests/owm_strategy.py's ``signatures`` names each kind of difference ``field @ tag``.
Prints the counts and the maps per signature; writes the smallest example of each signature to
fuzz/owm-differences/ (git-ignored) with a report.json. See fuzz/README.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import wardley  # noqa: E402 - the repository root is on the path only now
from tests.owm_oracle import differences, our_reading_of, owm_reading, unavailable  # noqa: E402
from tests.owm_strategy import KNOWN, known, seeded_map, signatures  # noqa: E402

OUT = Path(__file__).resolve().parent / "owm-differences"


def our_side(text: str) -> dict[str, Any]:
    """Our reading; a crash (anything but a MapError) in parse or check becomes ``crash``."""
    try:
        reading = our_reading_of(text)
        if "error" not in reading:
            wardley.check(wardley.parse(text))
        return reading
    except Exception as error:  # a crash is the finding: reported, not raised
        return {"crash": f"{type(error).__name__}: {error}"}


def run_batch(seed: int, start: int, stop: int) -> dict[str, Any]:
    """Counts and the smallest example of each signature for maps ``start`` to ``stop``."""
    maps = [seeded_map(seed, i) for i in range(start, stop)]
    readings = owm_reading([m.text for m in maps])
    assert readings is not None
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    entries: Counter[str] = Counter()  # maps per KNOWN entry, the coarser kinds
    examples: dict[str, dict[str, Any]] = {}
    for index, owm_map, owm in zip(range(start, stop), maps, readings, strict=True):
        counts["maps"] += 1
        ours = our_side(owm_map.text)
        if "crash" in ours:
            counts["ours crashed"] += 1
            found_kinds = {f"ours-crashed: {ours['crash'].split(':')[0]}"}
            found = []
        else:
            if "error" in owm:
                counts["owm errors" + (" (timeouts)" if "timed out" in owm["error"] else "")] += 1
            if "error" in ours:
                counts["ours refused"] += 1
            found = differences(owm, ours)
            found_kinds = signatures(owm_map, owm, found)
        if not found_kinds:
            counts["identical"] += 1
            continue
        counts["differing"] += 1
        for entry in {(known(kind) or ("NEW " + kind,))[0] for kind in found_kinds}:
            entries[entry] += 1
        for kind in found_kinds:
            kinds[kind] += 1
            best = examples.get(kind)
            if best is None or len(owm_map.text) < len(best["text"]):
                examples[kind] = {
                    "index": index,
                    "text": owm_map.text,
                    "differences": [str(d) for d in found] or [ours.get("crash", "")],
                }
    return {"counts": counts, "kinds": kinds, "entries": entries, "examples": examples}


def _slug(kind: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", kind).strip("_")[:80]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=1000, help="maps per Node process")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if reason := unavailable():
        print(f"owm_differential: {reason}", file=sys.stderr)
        return 2

    began = time.monotonic()
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    entries: Counter[str] = Counter()
    examples: dict[str, dict[str, Any]] = {}
    starts = range(0, args.count, args.batch)
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        batches = [
            pool.submit(run_batch, args.seed, s, min(s + args.batch, args.count)) for s in starts
        ]
        for batch in batches:
            done = batch.result()
            counts += done["counts"]
            kinds += done["kinds"]
            entries += done["entries"]
            for kind, example in done["examples"].items():
                if kind not in examples or len(example["text"]) < len(examples[kind]["text"]):
                    examples[kind] = example
            print(
                f"{counts['maps']:,} maps, {counts['differing']:,} differ "
                f"({time.monotonic() - began:.0f} s)",
                file=sys.stderr,
            )

    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.owm"):  # a previous run's examples
        old.unlink()
    for kind, example in examples.items():
        header = "".join(f"// {line}\n" for line in [kind, *example["differences"]])
        (args.out / f"{_slug(kind)}.owm").write_text(header + example["text"], encoding="utf-8")
    causes = {kind: (known(kind) or ("", "NEW", ""))[1:] for kind in kinds}
    report = {
        "seed": args.seed,
        "counts": dict(counts),
        "kinds": [
            {"pattern": p, "maps": n, "cause": c, "reason": r}
            for p, n in entries.most_common()
            for c, r in [next(((c, r) for q, c, r in KNOWN if q == p), ("NEW", ""))]
        ],
        "signatures": [
            {"signature": kind, "maps": n, "cause": causes[kind][0], "reason": causes[kind][1]}
            | examples[kind]
            for kind, n in kinds.most_common()
        ],
    }
    (args.out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")

    print(f"maps generated   {counts['maps']:,}  (seed {args.seed})")
    print(f"identical        {counts['identical']:,}")
    print(f"differing        {counts['differing']:,}")
    print(f"ours refused     {counts['ours refused']:,}  crashed {counts['ours crashed']:,}")
    print(
        f"OWM errors       {counts['owm errors']:,}  timeouts {counts['owm errors (timeouts)']:,}"
    )
    print(f"kinds            {len(entries)}  (maps with each, cause, reason)")
    for pattern, n in entries.most_common():
        cause, reason = next(((c, r) for q, c, r in KNOWN if q == pattern), ("NEW", ""))
        print(f"{n:8,}  {pattern:42}  {cause}: {reason}")
    print(f"signatures       {len(kinds)}  (maps with each; examples in {args.out})")
    by_cause: Counter[str] = Counter()
    for kind, n in kinds.items():
        by_cause[causes[kind][0]] += n
    print("hits by cause    " + ", ".join(f"{c} {n:,}" for c, n in by_cause.most_common()))
    for kind, n in kinds.most_common():
        cause, reason = causes[kind]
        print(f"{n:8,}  {kind:55}  {cause}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
