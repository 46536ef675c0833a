"""Mutated real maps, read by OWM's parser and by ours: which mutants we refuse or read apart.

    python fuzz/owm_mutants.py [--seed 1] [--per-map 40] [--show 3] [--json OUT]

The maps are the shared corpus (``$WARDLEY_SHARED/corpus/owm``) and ``fuzz/owm_seeds/``, maps
written in the corpus's styles. Each mutant changes one line of one map the way a person
slips while typing it: a bracket, comma, quote or arrow dropped or doubled, a `;` for a `,`,
capitals, non-ASCII letters and spaces, CRLF, tabs, a stray word, a line typed halfway, a
comment in the middle. Each is read by OWM's parser (tools/owm_oracle, one Node process) and by
ours, and counted as:

- **refused**: OWM reads the map, we refuse it (an error); **refused (documented)** where the
  error is a documented deviation (a keyword in capitals or misspelt: OWM drops the line);
- **differs**: both read it, but differently in a way no documented deviation explains
  (tests/test_owm_conformance.py's DEVIATIONS);
- the rest read the same.

The seed map's own differences are left out, so a mutant counts only for what its mutation
changed. The kinds of refusal (our first error's message) and difference (the field) are
printed with example mutants. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.owm_oracle import differences, our_reading_of, owm_reading, unavailable  # noqa: E402
from tests.test_owm_conformance import _explained  # noqa: E402

SHARED = Path(os.environ.get("WARDLEY_SHARED", ROOT.parent / "shared"))
SEEDS = Path(__file__).resolve().parent / "owm_seeds"

Mutation = Callable[[random.Random, str], str | None]
KEYWORDS = re.compile(
    r"^(\s*)(component|anchor|evolve|pipeline|note|annotations?|submap|url|pioneers|settlers|"
    r"townplanners|accelerator|deaccelerator|title|style|size|evolution|market|ecosystem)\b"
)
STRAY = ["TODO", "x", "(?)", "etc.", "->", "=", "#", "...", "label", "inertia", "[", "]", "1"]
UNICODE = ["\u00a0", "é", "ü", "→", "–", "\u201c", "\u201d", "\u2018", "’", "🙂", "ß", "\u3000"]


def _at(rng: random.Random, line: str, char: str) -> int | None:
    spots = [i for i, c in enumerate(line) if c == char]
    return rng.choice(spots) if spots else None


def _drop(char: str) -> Mutation:
    def mutate(rng: random.Random, line: str) -> str | None:
        i = _at(rng, line, char)
        return None if i is None else line[:i] + line[i + 1 :]

    return mutate


def _double(char: str) -> Mutation:
    def mutate(rng: random.Random, line: str) -> str | None:
        i = _at(rng, line, char)
        return None if i is None else line[:i] + char + line[i:]

    return mutate


def _replace(old: str, new: str) -> Mutation:
    def mutate(rng: random.Random, line: str) -> str | None:
        spots = [m.start() for m in re.finditer(re.escape(old), line)]
        if not spots:
            return None
        i = rng.choice(spots)
        return line[:i] + new + line[i + len(old) :]

    return mutate


def _capitalise(rng: random.Random, line: str) -> str | None:
    m = KEYWORDS.match(line)
    if m is None:
        return line.upper() if rng.random() < 0.3 else None
    word = m.group(2)
    new = rng.choice([word.capitalize(), word.upper()])
    return line[: m.start(2)] + new + line[m.end(2) :]


def _unicode(rng: random.Random, line: str) -> str | None:
    i = rng.randrange(len(line) + 1)
    return line[:i] + rng.choice(UNICODE) + line[i:]


def _tabs(rng: random.Random, line: str) -> str | None:
    if rng.random() < 0.5:
        return "\t" + line
    return _replace(" ", "\t")(rng, line)


def _stray(rng: random.Random, line: str) -> str | None:
    word = rng.choice(STRAY)
    spaces = [i for i, c in enumerate(line) if c == " "] + [len(line)]
    i = rng.choice(spaces)
    return line[:i] + " " + word + line[i:]


def _half_typed(rng: random.Random, line: str) -> str | None:
    if len(line) < 3:
        return None
    return line[: rng.randrange(1, len(line))]


def _comment(rng: random.Random, line: str) -> str | None:
    i = rng.randrange(len(line) + 1)
    return line[:i] + " // " + rng.choice(["note", "x]", "0.6]", ""]) + line[i:]


MUTATIONS: dict[str, Mutation] = {
    "drop [": _drop("["),
    "drop ]": _drop("]"),
    "double [": _double("["),
    "double ]": _double("]"),
    "drop ,": _drop(","),
    "double ,": _double(","),
    "; for ,": _replace(",", ";"),
    "drop quote": _drop('"'),
    "double quote": _double('"'),
    "drop >": _replace("->", "-"),
    "drop -": _replace("->", ">"),
    "double arrow": _replace("->", "->->"),
    "spaced arrow": _replace("->", "- >"),
    "capitals": _capitalise,
    "unicode": _unicode,
    "tabs": _tabs,
    "stray word": _stray,
    "half typed": _half_typed,
    "comment": _comment,
}


def mutants(seed: int, per_map: int) -> list[tuple[str, str, str, int]]:
    """(seed map's name, mutation, mutant text, line) for each map, ``per_map`` of them, plus a
    CRLF copy of every map."""
    rng = random.Random(seed)
    paths = sorted((SHARED / "corpus" / "owm").glob("*.owm")) + sorted(SEEDS.glob("*.owm"))
    out = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        out.append((path.name, "crlf", text.replace("\n", "\r\n"), 0))
        candidates = [i for i, line in enumerate(lines) if line.strip()]
        for _ in range(per_map):
            name = rng.choice(sorted(MUTATIONS))
            i = rng.choice(candidates)
            changed = MUTATIONS[name](rng, lines[i])
            if changed is None or changed == lines[i]:
                continue
            out.append((path.name, name, "\n".join([*lines[:i], changed, *lines[i + 1 :]]), i + 1))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-map", type=int, default=40)
    parser.add_argument("--show", type=int, default=3, help="example mutants per kind")
    parser.add_argument("--json", type=Path, help="write every finding here")
    args = parser.parse_args(argv)
    if reason := unavailable():
        print(reason, file=sys.stderr)
        return 2
    cases = mutants(args.seed, args.per_map)
    seeds = {name: text for name, kind, text, _ in cases if kind == "crlf"}
    seed_texts = {name: text.replace("\r\n", "\n") for name, text in seeds.items()}
    names = list(seed_texts)
    texts = [seed_texts[n] for n in names] + [text for _, _, text, _ in cases]
    readings = owm_reading(texts)
    assert readings is not None
    seed_diffs = {
        n: {str(d) for d in differences(readings[i], our_reading_of(seed_texts[n]))}
        for i, n in enumerate(names)
    }
    counts: collections.Counter[str] = collections.Counter()
    kinds: dict[str, list[dict[str, object]]] = collections.defaultdict(list)
    for (name, mutation, text, line), owm in zip(cases, readings[len(names) :], strict=True):
        if "error" in owm:
            counts["owm error"] += 1
            continue
        ours = our_reading_of(text)
        counts["read by OWM"] += 1
        finding = {"map": name, "mutation": mutation, "line": line}
        if line:
            finding["text"] = text.split("\n")[line - 1]
        if "error" in ours:
            documented = all(_explained(d) for d in differences(owm, ours))
            counts["refused (documented)" if documented else "refused"] += 1
            message = re.sub(r"^\d+:\d+: ", "", ours["error"])
            kind = "refused (documented): " if documented else "refused: "
            kinds[kind + re.sub(r"'[^']*'|\[[^\]]*\]", "…", message)].append(finding)
            continue
        new = [
            d
            for d in differences(owm, ours)
            if not _explained(d) and str(d) not in seed_diffs[name] and d.kind != "title"
        ]
        if new:
            counts["differs"] += 1
            for kind in sorted({d.kind for d in new}):
                shown = [str(d) for d in new if d.kind == kind]
                kinds["differs: " + kind].append({**finding, "differences": shown})
        else:
            counts["same"] += 1
    total = counts["read by OWM"]
    print(f"{len(cases)} mutants of {len(names)} maps (seed {args.seed})")
    for key in ("read by OWM", "same", "refused", "refused (documented)", "differs", "owm error"):
        shared = key.startswith(("refused", "diff"))
        share = f" ({100 * counts[key] / total:.1f}%)" if shared else ""
        print(f"  {key}: {counts[key]}{share}")
    for kind, found in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print(f"\n{len(found):5}  {kind}")
        for example in found[: args.show]:
            print(f"         {example['map']} [{example['mutation']}] {example.get('text', '')!r}")
            for d in example.get("differences", [])[:2]:
                print(f"           {d}")
    if args.json:
        args.json.write_text(json.dumps(kinds, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
