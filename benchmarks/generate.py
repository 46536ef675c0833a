"""A deterministic generator of realistic Wardley maps of any size, for the benchmarks.

``generate(n, seed)`` returns map text with exactly ``n`` components (users, needs,
capabilities, components and pipeline members all count), shaped like a real value chain:

* a few users at the top, each linked to some of the needs (every need has a user);
* needs, each linked down to one to three capabilities in the first layer;
* capabilities in layers of decreasing visibility, each linked to one to three components in
  the layer below (so links always point down the chain: no cycles, no lint warnings);
* positions mixing explicit coordinates ``[0.62, 0.41]`` with stage names ``[product]``,
  ``[0.55, custom]`` and ``[commodity 0.3]``, evolving left to right as the chain gets deeper;
* ``evolve`` lines for about one component in twenty;
* a couple of pipelines (one written on one line, one as a block), when ``n`` allows.

The same ``(n, seed)`` always gives the same text. Run this file to print a map, or with
``--verify`` to check that maps of several sizes parse cleanly and have ``n`` components.
"""

from __future__ import annotations

import argparse
import math
import random
import sys

USERS = ("Customer", "Shopper", "Partner", "Operator", "Regulator", "Developer", "Analyst")
NEEDS = (
    "Buy products", "Track orders", "Get support", "Pay securely", "Compare prices",
    "Manage account", "Return goods", "Find products", "Get recommendations", "Report usage",
    "Audit trail", "Integrate systems", "Build features", "Understand trends",
)  # fmt: skip
QUALIFIERS = (
    "Order", "Payment", "Customer", "Product", "Inventory", "Pricing", "Search", "Identity",
    "Shipping", "Billing", "Analytics", "Recommendation", "Notification", "Catalogue",
    "Fraud", "Content", "Media", "Tax", "Loyalty", "Session", "Audit", "Messaging", "Data",
    "Event", "Report", "Account", "Contract", "Supplier", "Warehouse", "Returns",
)  # fmt: skip
NOUNS = (
    "Service", "Platform", "Engine", "Store", "Gateway", "Database", "Pipeline", "Index",
    "API", "Cache", "Queue", "Portal", "Workflow", "Model", "Registry", "Scheduler",
    "Warehouse", "Processor", "Ledger", "Console",
)  # fmt: skip
INFRASTRUCTURE = (
    "Compute", "Storage", "Network", "Power", "DNS", "CDN", "Object Storage", "Kubernetes",
    "Virtual Machines", "Identity Provider", "Email Delivery", "Logging", "Monitoring",
)  # fmt: skip
PIPELINE_OPTIONS = (
    ("Hosting", ("On premises", "Private cloud", "Public cloud", "Serverless")),
    ("Checkout", ("Hand-built checkout", "Hosted checkout", "Checkout as a service")),
)
STAGE_NAMES = ("genesis", "custom", "product", "commodity")
#: Where each stage spans on the evolution axis (as in wardley.stages.BOUNDS).
STAGE_BOUNDS = ((0.0, 0.175), (0.175, 0.4), (0.4, 0.7), (0.7, 1.0))


def _stage_of(evolution: float) -> int:
    for index, (_, high) in enumerate(STAGE_BOUNDS):
        if evolution < high:
            return index
    return len(STAGE_BOUNDS) - 1


class _Names:
    """Unique, readable names: 'Payment Gateway', then 'Payment Gateway 2', …"""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def take(self, base: str) -> str:
        name, suffix = base, 2
        while name.lower() in self.used:
            name, suffix = f"{base} {suffix}", suffix + 1
        self.used.add(name.lower())
        return name

    def component(self, depth: float) -> str:
        if depth > 0.8 and self.rng.random() < 0.5:
            return self.take(self.rng.choice(INFRASTRUCTURE))
        return self.take(f"{self.rng.choice(QUALIFIERS)} {self.rng.choice(NOUNS)}")


def _position(rng: random.Random, visibility: float, evolution: float) -> str:
    """A bracket in one of the notations maps use, biased towards explicit coordinates."""
    stage = _stage_of(evolution)
    low, high = STAGE_BOUNDS[stage]
    within = (evolution - low) / (high - low)
    roll = rng.random()
    if roll < 0.55:
        return f"[{visibility:.2f}, {evolution:.2f}]"
    if roll < 0.75:
        return f"[{visibility:.2f}, {STAGE_NAMES[stage]}]"
    if roll < 0.9:
        return f"[{STAGE_NAMES[stage]}]"
    return f"[{STAGE_NAMES[stage]} {within:.1f}]"


def _split(n: int) -> tuple[int, int, int, list[int]]:
    """How n components divide into users, needs, pipeline members and capability layers."""
    users = max(1, min(len(USERS), round(n**0.5 / 3)))
    needs = max(1, min(n // 8, round(n**0.6 / 2)))
    pipes = sum(len(options) for _, options in PIPELINE_OPTIONS)
    members = pipes if n >= 40 else 0
    rest = n - users - needs - members
    if rest < 1:  # tiny maps: one user, one need, the rest capabilities
        users, needs, members, rest = 1, min(1, n - 1), 0, max(0, n - 2)
    layers_count = max(1, min(8, round(math.log2(max(rest, 2)))))
    # Layers widen towards the middle of the chain, as real maps do.
    weights = [1 + math.sin(math.pi * (i + 0.5) / layers_count) for i in range(layers_count)]
    total = sum(weights)
    layers = [max(1, int(rest * w / total)) for w in weights]
    while sum(layers) > rest:
        layers[layers.index(max(layers))] -= 1
    layers[len(layers) // 2] += rest - sum(layers)
    return users, needs, members, [size for size in layers if size > 0]


#: How positions are written: as real maps mix them, every one as coordinates, or none at all.
POSITIONS = ("mixed", "coordinates", "none")


def generate(n: int, seed: int = 0, positions: str = "mixed") -> str:
    """Map text with exactly ``n`` components; deterministic in ``(n, seed, positions)``.

    ``positions`` "mixed" writes them in every notation (and leaves some to the layout),
    "coordinates" gives every component its [visibility, evolution] (users and pipeline
    members too), and "none" leaves every place to the layout.
    """
    if n < 1:
        raise ValueError("a map needs at least one component")
    if positions not in POSITIONS:
        raise ValueError(f"positions must be one of {', '.join(POSITIONS)}")

    def placed(name: str, visibility: float, evolution: float, written: str) -> str:
        """``name`` with its position as ``positions`` asks (``written`` when mixed)."""
        if positions == "coordinates":
            return f"{name} [{visibility:.2f}, {evolution:.2f}]"
        if positions == "none" or not written:
            return name
        return f"{name} {written}"

    rng = random.Random(f"wardley-benchmark-{n}-{seed}")
    names = _Names(rng)
    users_count, needs_count, members_count, layers = _split(n)

    title = f"title Generated value chain ({n} components, seed {seed})"
    if positions != "mixed":
        title = f"title Generated value chain ({n} components, seed {seed}, positions {positions})"
    out: list[str] = [title, ""]
    links: list[str] = []
    seen: set[str] = set()

    def link(source: str, target: str) -> None:
        text = f"{source} -> {target}"
        if text not in seen:
            seen.add(text)
            links.append(text)

    users = [names.take(USERS[i % len(USERS)]) for i in range(users_count)]
    out += [
        "user " + placed(user, 0.97, (i + 0.5) / len(users), "") for i, user in enumerate(users)
    ]
    needs = [names.take(NEEDS[i % len(NEEDS)]) for i in range(needs_count)]
    for index, need in enumerate(needs):
        # Most needs carry a visibility and a stage; some are left to the layout.
        evolution = (index + 0.5) / len(needs)
        if rng.random() < 0.7:
            visibility, stage = rng.uniform(0.86, 0.94), rng.choice(STAGE_NAMES)
            written = f"[{visibility:.2f}, {stage}]"
            out.append("need " + placed(need, visibility, evolution, written))
        else:
            out.append("need " + placed(need, 0.9, evolution, ""))
        link(users[index % len(users)], need)
    for user in users:  # users share some needs
        for need in rng.sample(needs, k=min(len(needs), rng.randint(0, 2))):
            link(user, need)

    evolves: list[str] = []
    previous: list[str] = needs
    layer_names: list[list[str]] = []
    for depth_index, size in enumerate(layers):
        depth = (depth_index + 1) / (len(layers) + 1)
        top = 0.82 - 0.78 * depth_index / len(layers)
        bottom = 0.82 - 0.78 * (depth_index + 1) / len(layers)
        out.append("")
        out.append(f"// layer {depth_index + 1}")
        current: list[str] = []
        for _ in range(size):
            name = names.component(depth)
            keyword = "capability" if rng.random() < 0.6 else "component"
            visibility = rng.uniform(bottom + 0.01, top - 0.01)
            # Deeper in the chain is more evolved (commodity); spread around that trend.
            evolution = min(0.97, max(0.03, rng.gauss(0.15 + 0.75 * depth, 0.15)))
            written = _position(rng, visibility, evolution)
            out.append(f"{keyword} {placed(name, visibility, evolution, written)}")
            if evolution < 0.75 and rng.random() < 0.05:
                evolves.append(f"evolve {name} {min(0.97, evolution + rng.uniform(0.1, 0.3)):.2f}")
            current.append(name)
        # Every component of this layer has a parent above; parents get one to three children.
        for name in current:
            link(rng.choice(previous), name)
        for parent in previous:
            for child in rng.sample(current, k=min(len(current), rng.randint(0, 2))):
                link(parent, child)
        layer_names.append(current)
        previous = current

    if members_count:
        out.append("")
        out.append("// options for how two capabilities are provided")
        hosts = [layer_names[-1][0], layer_names[len(layer_names) // 2][-1]]
        for host, (_, options) in zip(hosts, PIPELINE_OPTIONS, strict=True):
            members = [(names.take(option), STAGE_NAMES[i % 4]) for i, option in enumerate(options)]
            # A member's position is its evolution: the pipeline gives the visibility.
            at = {"mixed": "[{stage}]", "coordinates": "[{number:.2f}]", "none": ""}[positions]
            written = [
                f"{member} {at.format(stage=stage, number=(i + 0.5) / len(members))}".rstrip()
                for i, (member, stage) in enumerate(members)
            ]
            if host == hosts[0]:
                out.append(f"pipeline {host} {{ {'; '.join(written)} }}")
            else:
                out.append(f"pipeline {host} {{")
                if positions == "mixed":
                    written = [f"{member} [{stage} 0.5]" for member, stage in members]
                out += [f"  {member}" for member in written]
                out.append("}")

    out.append("")
    out += links
    if evolves:
        out.append("")
        out += evolves
    return "\n".join(out) + "\n"


def verify(sizes: tuple[int, ...] = (1, 2, 3, 10, 50, 100, 1000, 5000)) -> None:
    """Each size parses without errors or warnings and has exactly n components, and is
    positioned as asked."""
    import wardley

    for positions in POSITIONS:
        for n in sizes:
            text = generate(n, positions=positions)
            if generate(n, positions=positions) != text:
                raise AssertionError(f"generate({n}) is not deterministic")
            map_ = wardley.parse(text, path=f"<generated {n}>")
            if len(map_.components) != n:
                raise AssertionError(f"generate({n}) has {len(map_.components)} components")
            warnings = wardley.check(map_)
            if warnings:
                raise AssertionError(f"generate({n}) has warnings: {warnings[:3]}")
            again = wardley.parse(wardley.format(map_))
            if len(again.components) != n:
                raise AssertionError(f"format(generate({n})) does not parse back to {n} components")
            placed = [c.position.evolution is not None for c in map_.components]
            if positions == "coordinates" and not all(placed):
                raise AssertionError(f"generate({n}, coordinates) leaves a place to the layout")
            if positions == "none" and any(placed):
                raise AssertionError(f"generate({n}, none) gives a position")
            print(f"{positions:>11} {n:>6} components: {text.count(chr(10)):>6} lines, ok")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=30, help="number of components")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--positions", choices=POSITIONS, default="mixed")
    parser.add_argument("--verify", action="store_true", help="check several sizes parse")
    args = parser.parse_args(argv)
    if args.verify:
        verify()
    else:
        sys.stdout.write(generate(args.n, args.seed, args.positions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
