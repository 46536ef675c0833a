"""OWM-style map texts for differential fuzzing against OWM's own parser (tests/owm_oracle.py).

:func:`write_map` writes one map from a :class:`Chooser`, so the same writer serves hypothesis
(:func:`owm_maps`, shrinkable) and the long seeded run in fuzz/owm_differential.py
(:class:`RandomChooser`, fast and reproducible from a seed alone). Every line carries a *tag*:
the construct that wrote it and the quirk applied to it, if any. :func:`signatures` turns the
differences between OWM's reading and ours into ``field @ tag`` signatures, so thousands of
differing maps collapse to a few dozen kinds.

Names come from a small pool declared per map, so links, evolves and pipelines refer to real
components. The quirks are those of /work/shared/OWM_SYNTAX.md and issue 13: doubled brackets,
stray words after positions, quotes, ``=``, ``]`` and ``]]>`` in names, ``label`` after any
position, empty names, unusual spacing and case, bracketed evolves, labelled pipelines.
"""

from __future__ import annotations

import fnmatch
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from hypothesis import strategies as st

from .owm_oracle import Difference

T = TypeVar("T")

#: Names a map declares its components from: plain ones, and ones OWM reads in its own way,
#: each with the quirk it tags its lines with.
PLAIN_NAMES = ["Kettle", "Cup of Tea", "Hot Water", "Power", "Business", "A", "b"]
ODD_NAMES = {
    "x (y)": "parens",  # parentheses, but no decorator word
    "Café": "unicode",
    "Data ]]> Lake": "]]>",  # OWM takes everything up to ` [`
    "a]b": "]",
    "Tom's tea": "apostrophe",
    "key = value": "=",
    "Inertia Wheel": "inertia-word",  # OWM: `inertia` anywhere on the line sets inertia
    "builder": "reserved-prefix",  # lower-case reserved prefix: OWM reads no link from it
    "notes": "reserved-prefix",
    "Web 2.0": "decimal",  # OWM's evolve takes the first ` d.d` on its line as the maturity
    "$0.10 fee": "decimal",
}
LINE_QUIRKS = [
    "doubled",
    "brackets",
    "stray",
    "label",
    "no-position",
    "empty-name",
    "quoted",
    "case",
    "spacing",
    "equals",
    "extra-number",
]
#: Lines that are no statement, which OWM ignores, by the quirk they tag their line with.
STRAY_LINES = {
    "words": "hello world",
    "y-axis": "y-axis ->->Value Chain",
    "y-axis-names": "y-axis Visibility to user->Less Visible->More Visible",
    "keyword": "Component",
}
#: Link contexts OWM may read in its own way, by the quirk they tag their line with.
CONTEXTS = {"context;": "a; b", "context->": "x -> y", "context=": "a = b"}
LINK_QUIRKS = ["spaced", "case", "quoted", "unknown-end", *CONTEXTS]
WORDS = [
    "hello",
    "world",
    "OOG",
    "Out of game",
    "x",
    "tea & cake",
    "v2",
    "=",
    "ok!",
    "label Commoditizing fast",
]
DECORATORS = ["(build)", "(buy)", "(outsource)", "(market)", "(ecosystem)", "(inertia)"]
#: OWM's link operators, labelled forms included (OWM_SYNTAX.md §1.5).
OPERATORS = ["->", "+>", "+<", "+<>", "+'{v}'>", "+'{v}'<", "+'{v}'<>"]
FLOW_VALUES = ["$0.10", "x", "cost", "a b"]
STYLES = ["plain", "wardley", "handwritten", "colour", "dark"]


class Chooser(Protocol):
    """The random decisions a map is written from."""

    def pick(self, options: Sequence[T]) -> T: ...

    def integer(self, low: int, high: int) -> int: ...

    def chance(self, percent: int) -> bool: ...


class RandomChooser:
    """Decisions from a seeded :class:`random.Random`: the long run, reproducible by seed."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def pick(self, options: Sequence[T]) -> T:
        return self._rng.choice(options)

    def integer(self, low: int, high: int) -> int:
        return self._rng.randint(low, high)

    def chance(self, percent: int) -> bool:
        return self._rng.randrange(100) < percent


class _DrawChooser:
    """Decisions drawn by hypothesis, so a failing map shrinks."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def pick(self, options: Sequence[T]) -> T:
        return self._draw(st.sampled_from(options))

    def integer(self, low: int, high: int) -> int:
        return self._draw(st.integers(low, high))

    def chance(self, percent: int) -> bool:
        return self._draw(st.integers(0, 99)) < percent


@dataclass(frozen=True)
class OwmMap:
    """A written map: its lines, and each line's tag (``construct`` or ``construct+quirk``)."""

    lines: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def tag(self, line: int | None) -> str | None:
        return self.tags[line - 1] if line and 0 < line <= len(self.tags) else None


class _Writer:
    def __init__(self, choose: Chooser) -> None:
        self.c = choose
        self.lines: list[str] = []
        self.tags: list[str] = []
        self.names = [self.c.pick(PLAIN_NAMES) for _ in range(self.c.integer(2, 5))]
        if self.c.chance(30):
            self.names.append(self.c.pick(list(ODD_NAMES)))
        self.names = list(dict.fromkeys(self.names))
        self.used: set[tuple[str, str]] = set()

    # ---- pieces ---------------------------------------------------------------------------------
    def number(self) -> str:
        if self.c.chance(8):
            return self.c.pick([".5", "1", "0", "1.0", "-0.1", "1.2", "0.5 ", " 0.25"])
        return f"{self.c.integer(1, 99) / 100:.2f}"

    def position(self, count: int = 2) -> str:
        numbers = [self.number() for _ in range(count)]
        separator = self.c.pick([", ", ",", " , "]) if self.c.chance(20) else ", "
        return "[" + separator.join(numbers) + "]"

    def offset(self) -> str:
        return f"[{self.c.integer(-60, 60)}, {self.c.integer(-40, 40)}]"

    def name(self) -> str:
        return self.c.pick(self.names)

    def fresh(self, statement: str) -> str | None:
        """A name no ``statement`` line has used yet (evolves and pipelines: one per component,
        as in real maps; a second one only confuses which reading pairs with which)."""
        left = [n for n in self.names if (statement, n) not in self.used]
        if not left:
            return None
        name = self.c.pick(left)
        self.used.add((statement, name))
        return name

    def word(self) -> str:
        return self.c.pick(WORDS)

    def emit(self, line: str, construct: str, quirk: str | None = None) -> None:
        self.lines.append(line)
        self.tags.append(f"{construct}+{quirk}" if quirk else construct)

    def quirk(self, name: str, percent: int, quirks: Sequence[str]) -> str | None:
        """The one quirk of a line: its odd name's, else perhaps one of ``quirks``."""
        if name in ODD_NAMES:
            return ODD_NAMES[name]
        return self.c.pick(quirks) if self.c.chance(percent) else None

    def quirked(self, position: str, quirk: str | None) -> str:
        """A position written with one of the quirks OWM reads past (or, bracketed, refuses)."""
        if quirk == "doubled":
            return f"{position} {position}"
        if quirk == "brackets":
            return f"[{position}]"
        if quirk == "stray":
            return f"{position} {self.word()}"
        if quirk == "label":
            return f"{position} label {self.offset()}"
        if quirk == "extra-number":  # ArcKit's `pipeline A [0.30, 0.55, 0.10]`
            return f"{position[:-1]}, {self.number()}]"
        return position

    # ---- statements -----------------------------------------------------------------------------
    def placed(self, keyword: str, name: str, extras: list[str], quirk: str | None) -> None:
        """``keyword name [v, m] extras…``, written with ``quirk``."""
        construct, position = keyword, self.quirked(self.position(), quirk)
        if quirk == "no-position":
            position = ""
        elif quirk == "empty-name":
            name = ""
        elif quirk == "quoted":
            name = '"' + name.replace('"', '\\"') + '"'
        elif quirk == "case":
            keyword = keyword.capitalize()
        elif quirk == "equals":
            name = f'"{self.word()}" = "{name}"'
        line = " ".join(part for part in (keyword, name, position, *extras) if part)
        if quirk == "spacing":
            line = self.c.pick(["  ", "\t"]) + line.replace(" [", "  [", 1) + "  "
        self.emit(line, construct, quirk)

    def component(self, name: str) -> None:
        keyword = self.c.pick(["component"] * 6 + ["anchor", "submap"])
        quirk = self.quirk(name, 25, LINE_QUIRKS)
        extras: list[str] = []
        if keyword != "anchor":
            if self.c.chance(25):
                extras.append(f"label {self.offset()}")
            if self.c.chance(15):
                extras.append("inertia")
            if self.c.chance(25):
                extras.append(self.c.pick(DECORATORS))
            if quirk is None and self.c.chance(8):
                quirk = "decorators"
                extras += [self.c.pick(DECORATORS), self.c.pick(DECORATORS)]
            if keyword == "component" and quirk is None and self.c.chance(5):
                quirk = "inline-evolve"
                extras.append(f"evolve {self.number()}")
            if keyword == "submap" and self.c.chance(70):
                extras.append("url(ref)")
        self.placed(keyword, name, extras, quirk)

    def market(self, name: str) -> None:
        # Our own statements OWM no longer reads (OWM_SYNTAX.md §1.16).
        keyword = self.c.pick(["market", "ecosystem"])
        self.emit(f"{keyword} {name} {self.position()}", "market-statement")

    def link(self) -> None:
        start, end = self.name(), self.name()
        operator = self.c.pick(OPERATORS)
        # Tagged by family only (plain or valued): their readings differ alike.
        construct = "link+'v'" if "{v}" in operator else "link"
        operator = operator.replace("{v}", self.c.pick(FLOW_VALUES))
        quirk = ODD_NAMES.get(start) or ODD_NAMES.get(end)
        if quirk is None and self.c.chance(30):
            quirk = self.c.pick(LINK_QUIRKS)
        if quirk == "spaced":
            operator = f" {operator} "
        elif quirk == "case":
            start = start.swapcase()
        elif quirk == "quoted":
            start, end = f'"{start}"', f'"{end}"'
        elif quirk == "unknown-end":
            end = "Nowhere"
        line = f"{start}{operator}{end}"
        if quirk in CONTEXTS:
            line += f"; {CONTEXTS[quirk]}"
        elif self.c.chance(25):
            line += f"; {self.c.pick(['limited by', 'needs'])}"
        self.emit(line, construct, quirk)

    def evolve(self) -> None:
        name = original = self.fresh("evolve")
        if name is None:
            return
        rename = self.c.chance(20)
        if rename:
            name = f"{name}->{name} 2"
        # One quirk per line, so that its tag names the cause: an odd name, or an odd maturity.
        forms = ["plain"] * 4 + ["bracket", "integer", "negative", "dot"]
        form = "plain" if original in ODD_NAMES else self.c.pick(forms)
        maturity = {
            "plain": f"{self.c.integer(1, 99) / 100:.2f}",
            "bracket": self.position(),
            "integer": self.c.pick(["0", "1"]),
            "negative": "-0.1",
            "dot": ".5",
        }[form]
        parts = [f"evolve {name} {maturity}"]
        if self.c.chance(35):
            parts.append(f"label {self.offset()}")
        if self.c.chance(15):
            parts.append(self.c.pick(DECORATORS[:5]))
        construct = "evolve:rename" if rename else "evolve"
        quirk = ODD_NAMES.get(original) or (None if form == "plain" else form)
        self.emit(" ".join(parts), construct, quirk)

    def pipeline(self) -> None:
        name = self.fresh("pipeline")
        if name is None:
            return
        forms = ["bare", "bracket", "block"]
        if name not in ODD_NAMES:  # one quirk per line: an odd name, or an odd form
            forms += ["bracket-label", "inline-brace"]
        form = self.c.pick(forms)
        construct, quirk = f"pipeline:{form}", ODD_NAMES.get(name)
        if form == "bracket":
            self.emit(f"pipeline {name} {self.position()}", construct, quirk)
        elif form == "bracket-label":
            line = f"pipeline {name} {self.position()} label {self.offset()}"
            self.emit(line, construct, quirk)
        elif form == "bare":
            self.emit(f"pipeline {name}", construct, quirk)
        else:
            inline = form == "inline-brace"
            self.emit(f"pipeline {name}" + (" {" if inline else ""), construct, quirk)
            if not inline:
                self.emit("{", "pipeline:brace")
            for index in range(self.c.integer(0, 3)):
                member = f"{name} {self.c.pick(['v', 'step', 'kind'])}{index + 1}"
                parts = [f"  component {member} [{self.number()}]"]
                if self.c.chance(30):
                    parts.append(f"label {self.offset()}")
                self.emit(" ".join(parts), f"{construct}:member", quirk)
            self.emit("}", "pipeline:brace")

    def note(self) -> None:
        form = self.c.pick(["plain", "plain", "quoted", "equals", "doubled", "stray", "label"])
        text = f"{self.word()} {self.word()}"
        position = self.quirked(self.position(), form)
        if form == "quoted":
            text = f'"{text}"'
        elif form == "equals":
            text = f'"{self.word()}" = "{self.word()}"'
        self.emit(f"note {text} {position}", "note", None if form == "plain" else form)

    def annotation(self, number: int) -> None:
        many = self.c.chance(35)
        where = (
            "[" + ",".join(self.position() for _ in range(self.c.integer(2, 3))) + "]"
            if many
            else self.position()
        )
        text = self.c.pick(["Standardising power", "x = y", "it's 'quoted'", ""])
        line = f"annotation {number} {where} {text}".rstrip()
        self.emit(line, "annotation:many" if many else "annotation")

    def single(self) -> None:
        """One of the statements that need no component."""
        kind = self.c.pick(
            ["attitude", "accelerator", "evolution", "style", "size", "url", "stray", "annotations"]
        )
        if kind == "attitude":
            attitude = self.c.pick(["pioneers", "settlers", "townplanners"])
            self.emit(f"{attitude} {self.position(4)}", "attitude")
        elif kind == "accelerator":
            keyword = self.c.pick(["accelerator", "deaccelerator"])
            quirk = self.quirk("", 25, LINE_QUIRKS)
            name = self.c.pick(["foobar", "Speed up", "slow"]) + f" {len(self.lines)}"
            self.placed(keyword, name, [], quirk)
        elif kind == "evolution":
            stages = ["Uncharted", "Emerging", "Good", "Industrialised"]
            quirk = None
            if self.c.chance(25):
                stages[self.c.integer(0, 3)] = ""
                quirk = "empty-stage"
            separator = self.c.pick(["->", " -> "])
            self.emit(f"evolution {separator.join(stages)}", "evolution", quirk)
        elif kind == "style":
            self.emit(f"style {self.c.pick(STYLES)}", "style")
        elif kind == "size":
            self.emit(f"size [{self.c.integer(400, 1400)}, {self.c.integer(300, 900)}]", "size")
        elif kind == "url":
            self.emit("url ref [https://onlinewardleymaps.com/#clone:abc]", "url")
        elif kind == "annotations":
            self.emit(f"annotations {self.position()}", "annotations")
        else:
            quirk = self.c.pick(list(STRAY_LINES))
            self.emit(STRAY_LINES[quirk], "stray", quirk)

    def write(self) -> OwmMap:
        if self.c.chance(80):
            self.emit(
                f"title {self.c.pick(['Tea Shop', 'A map', 'x = y', 'Café [draft]'])}", "title"
            )
        for name in self.names:
            if self.c.chance(6):
                self.market(name)
            else:
                self.component(name)
        statements = [self.link, self.link, self.link, self.evolve, self.pipeline, self.note]
        statements += [self.single, self.single]
        annotations = 0
        for _ in range(self.c.integer(0, 8)):
            if self.c.chance(10):
                annotations += 1
                self.annotation(annotations)
            else:
                self.c.pick(statements)()
        return OwmMap(tuple(self.lines), tuple(self.tags))


def write_map(choose: Chooser) -> OwmMap:
    """One OWM-style map written from ``choose``'s decisions."""
    return _Writer(choose).write()


def seeded_map(seed: int, index: int) -> OwmMap:
    """Map ``index`` of the run seeded ``seed``: the same on every machine and in every run."""
    return write_map(RandomChooser(seed * 1_000_000_007 + index))


@st.composite
def owm_maps(draw: st.DrawFn) -> OwmMap:
    """Hypothesis strategy: OWM-style maps with their line tags (see :func:`write_map`)."""
    return write_map(_DrawChooser(draw))


# ---- classifying differences ---------------------------------------------------------------------
#: The statement each whole-map field comes from, to tag differences that carry no line.
_FIELD_CONSTRUCTS = {
    "title": "title",
    "style": "style",
    "size": "size",
    "evolution": "evolution",
    "annotations_position": "annotations",
}
_LOCATION = re.compile(r"^(\d+):\d+: ")


def _link_tag(owm_map: OwmMap, difference: Difference) -> str | None:
    """The tag of the link line a link difference came from: the first one between its two
    ends (``item`` is ``start -> end``) that holds the longest differing text, else the first."""
    ends = [end.strip().lower() for end in difference.item.split(" -> ", 1)]
    values = sorted(
        (v for v in (difference.owm, difference.ours) if isinstance(v, str) and v), key=len
    )
    between = [
        (line, tag)
        for line, tag in zip(owm_map.lines, owm_map.tags, strict=True)
        # A link with an empty end comes from a stray line such as `y-axis ->->Value Chain`.
        if tag.startswith(("link", "stray")) and all(end in line.lower() for end in ends)
    ]
    for value in reversed(values):
        holding = [tag for line, tag in between if value in line]
        if holding:
            return holding[0]
    return between[0][1] if between else None


def _tag(owm_map: OwmMap, difference: Difference) -> str:
    field = difference.kind.split(".")[0]
    if field == "links":
        return _link_tag(owm_map, difference) or "link ?"
    if difference.kind.endswith(".missing"):
        # An item only OWM reads: after `pipeline X {`, OWM 3.0.1 numbers lines off, so the
        # line that declares the item's name is the surer guide.
        name = difference.item.rpartition(" / ")[2]
        for line, tag in zip(owm_map.lines, owm_map.tags, strict=True):
            if not tag.startswith("link") and f" {name} [" in line:
                return tag
    if difference.line is not None:
        return owm_map.tag(difference.line) or "line ?"
    construct = _FIELD_CONSTRUCTS.get(field)
    tags = [t for t in owm_map.tags if t.split("+")[0] == construct] or ["absent"]
    return tags[-1] if construct == "style" else tags[0]


def signatures(owm_map: OwmMap, owm: dict[str, Any], found: list[Difference]) -> set[str]:
    """The kinds of difference in one map, ``field @ tag``: the tag of the line the difference
    came from. Where one item differs on several fields, the main one names the signature."""
    if found and found[0].kind == "error":
        if "error" in owm:
            return {f"owm-error: {found[0].owm}"}
        where = _LOCATION.match(str(found[0].ours))
        tag = owm_map.tag(int(where.group(1))) if where else None
        return {f"ours-refused @ {tag or 'map'}"}
    fields: dict[tuple[str, str], set[str]] = {}
    for difference in found:
        item, _, field = difference.kind.rpartition(".")
        fields.setdefault((item, _tag(owm_map, difference)), set()).add(field)
    return {
        f"{item}{'.' if item else ''}{_main_field(names)} @ {tag}"
        for (item, tag), names in fields.items()
    }


#: Which differing field names the signature when one line's item differs on several: an item
#: only one side has, then its name (the rest then differs as a consequence), then its place.
_PRIORITY = ("missing", "extra", "name", "text", "maturity", "visibility")


def _main_field(names: set[str]) -> str:
    return next((field for field in _PRIORITY if field in names), min(names))


# ---- the kinds of difference known today -------------------------------------------------------
OURS, OWM_QUIRK, HARNESS = "our bug", "OWM quirk", "harness artefact"

#: Every kind of difference the fuzzer finds today (fnmatch patterns over signatures), with its
#: cause: a bug of ours (none is known today), a quirk of OWM's parser (wmlandscape 3.0.1),
#: kept as a deviation or still to document as one, or an artefact of how readings are paired.
#: tests/test_owm_differential.py fails on a signature that matches none of them.
KNOWN: tuple[tuple[str, str, str], ...] = (
    # OWM's quirks: deliberate differences (docs/language.md says which are documented).
    (
        "*.* @ *+empty-name",
        OWM_QUIRK,
        '`component [v, m]`: OWM draws "Recovered Component Name", we warn (W113, docs); '
        "its extra item may pair with another of ours",
    ),
    (
        "ours-refused @ *+case",
        OWM_QUIRK,
        "`Component X`: OWM ignores it, we keep the misspelt-keyword error (issue 13)",
    ),
    ("ours-refused @ stray+keyword", OWM_QUIRK, "a bare `Component`: the same"),
    ("*.maturity @ *+brackets", OWM_QUIRK, "`[[v, m]]`: no position; OWM [0.9, 0.1] (W109)"),
    ("*.visibility @ *+brackets", OWM_QUIRK, "the same, the other axis"),
    ("*.label @ *+brackets", OWM_QUIRK, "`label [[x, y]]`: OWM reads [null, y]; we ignore it"),
    ("evolves.* @ evolve*+brackets", OWM_QUIRK, "`evolve X [[m]]`: OWM's name is `X [[m]]`"),
    ("components.extra @ market-statement", OWM_QUIRK, "OWM drops `market X [..]` lines"),
    (
        "evolves.* @ evolve*+bracket",
        OWM_QUIRK,
        "`evolve X [v, m]`: OWM names it `X [v,` and draws nothing (docs: a deviation)",
    ),
    (
        "*.label @ *+stray",
        OWM_QUIRK,
        "`X [v, m] label words`: OWM's label is null; ours the default (docs: a deviation)",
    ),
    ("*.label @ *+equals", OWM_QUIRK, "the same, through a name of such words"),
    (
        "links.* @ stray+y-axis-names",
        OWM_QUIRK,
        "`y-axis A->B->C`: OWM links undeclared names, never drawn; we ignore it (W120, docs)",
    ),
    (
        "links.* @ stray+y-axis",
        OWM_QUIRK,
        "a link with an empty end: OWM keeps it, never drawn; we ignore it (W120, docs)",
    ),
    ("pipelines.extent @ pipeline:*", OWM_QUIRK, "a pipeline of a `market` is hidden in OWM"),
    ("pipelines.name @ pipeline:inline-brace*", OWM_QUIRK, "3.0.1 names `pipeline X {` `X {`"),
    ("components.* @ pipeline:inline-brace*", OWM_QUIRK, "3.0.1 reads its members as components"),
    ("pipelines.members.* @ pipeline:inline-brace:*", OWM_QUIRK, "the same: no members"),
    ("evolves.* @ evolve*+integer", OWM_QUIRK, "`evolve X 1`: OWM needs a `.` in the maturity"),
    ("evolves.* @ evolve*+negative", OWM_QUIRK, "`evolve X -0.1`: OWM reads no maturity"),
    ("evolves.* @ evolve*+dot", OWM_QUIRK, "`evolve X .5`: 3.0.1 needs a digit before the `.`"),
    ("evolves.* @ evolve*+decimal", OWM_QUIRK, "`evolve Web 2.0 0.6`: OWM reads maturity 2.0"),
    ("*.maturity @ *+no-position", OWM_QUIRK, "no position: OWM [0.9, 0.1], ours by layout"),
    ("*.name @ *+no-position", OWM_QUIRK, "no position: OWM's name runs to the line's end"),
    ("components.extra @ component+no-position", HARNESS, "OWM's longer name pairs nothing"),
    ("*.missing @ *+no-position", HARNESS, "the same, the other way round"),
    (
        "accelerators.* @ *accelerator+equals",
        HARNESS,
        "two accelerators of one name pair crosswise",
    ),
    ("*.* @ *+parens", OWM_QUIRK, "`x (y)`: the name's `(…)` hides the decorator"),
    ("links.extra @ link*+reserved-prefix", OWM_QUIRK, "`builder->x`: no link in OWM"),
    ("*.* @ *+reserved-prefix", OWM_QUIRK, "`builder (build)`: a decorator word in the name"),
    ("links.context @ link*+context;", OWM_QUIRK, "`A->B; a; b`: OWM keeps `a`"),
    ("accelerators.deaccelerator @ deaccelerator+spacing", OWM_QUIRK, "indented: an accelerator"),
)


def known(signature: str) -> tuple[str, str, str] | None:
    """The ``KNOWN`` entry (pattern, cause, reason) a signature is of, or None for a new kind."""
    return next((entry for entry in KNOWN if fnmatch.fnmatchcase(signature, entry[0])), None)
