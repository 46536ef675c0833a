"""Themes: every colour, font and size of a picture, as data in one place.

The renderer reads a :class:`Theme` and never branches on a theme's name. ``wardley themes``
lists them; a map picks one with ``style NAME`` and the command line with ``--theme``.
"""

from __future__ import annotations

from dataclasses import replace

from wardley._dataclass import dataclass
from wardley.geometry.measure import FONT_FAMILY


@dataclass(frozen=True, slots=True)
class Theme:
    """The colours, fonts and sizes a picture is drawn with."""

    name: str
    description: str
    background: str = "#ffffff"
    #: A second background colour makes a soft vertical gradient (OWM's "wardley" look).
    background_to: str | None = None
    font_family: str = FONT_FAMILY
    #: Slanted text: the measured font's italic has the upright's widths, so it measures true.
    italic: bool = False
    text: str = "#000000"
    muted_text: str = "#555555"
    title_size: float = 18
    label_size: float = 12
    axis_size: float = 12
    small_size: float = 10
    axis: str = "#000000"
    separator: str = "#9a9a9a"
    visible_label: str = "Visible"
    invisible_label: str = "Invisible"
    #: Names for the plot's top left and top right corners (OWM's 'wardley' style has them).
    corner_labels: tuple[str, str] | None = None
    # components
    shape: str = "circle"  # or "box": the book's purple boxes
    radius: float = 6
    component_fill: str = "#ffffff"
    component_stroke: str = "#000000"
    component_stroke_width: float = 1.5
    need_fill: str = "#ffffff"
    need_stroke: str = "#000000"
    box_text: str = "#000000"
    # users
    user_style: str = "glyph"  # "glyph", "icon-circle" (the book) or "text" (OWM's bold anchor)
    user_colour: str = "#000000"
    user_fill: str = "#ffffff"
    # links and the future
    link: str = "#6b6b6b"
    link_width: float = 1.2
    flow: str = "#99c5ee"
    flow_text: str = "#0385c8"
    evolve: str = "#d0021b"
    evolve_width: float = 1.4
    inertia: str = "#000000"
    # methods: build, buy, outsource (OWM's fills)
    build_fill: str = "#d6d6d6"
    buy_fill: str = "#aaa5a9"
    outsource_fill: str = "#444444"
    #: OWM's ecosystem symbol: a grey ring around a hatched disc.
    ecosystem_fill: str = "#d7d7d7"
    ecosystem_hatch: str = "#8e8b8e"
    # areas
    pipeline_fill: str = "#ffffff"
    pipeline_stroke: str = "#000000"
    overlay_opacity: float = 0.22
    overlay_default: str = "#b0b0b0"
    note: str = "#000000"
    annotation_stroke: str = "#595959"
    accelerator_fill: str = "#ffffff"
    accelerator_stroke: str = "#000000"

    @property
    def line_height(self) -> float:
        return self.label_size * 1.2


PLAIN = Theme("plain", "Black on white, OnlineWardleyMaps' default look.")

THEMES: dict[str, Theme] = {
    theme.name: theme
    for theme in (
        PLAIN,
        replace(
            PLAIN,
            name="wardley",
            description="The OnlineWardleyMaps 'wardley' style: a warm paper background.",
            background="#fbfaf5",
            background_to="#eeebe0",
            link="#5a5a5a",
            user_style="text",
            corner_labels=("Uncharted", "Industrialised"),
        ),
        replace(
            PLAIN,
            name="colour",
            description="Colour-coded: users blue, needs green, capabilities orange.",
            user_colour="#1565c0",
            need_fill="#c8e6c9",
            need_stroke="#2e7d32",
            component_fill="#ffe0b2",
            component_stroke="#e65100",
            link="#78909c",
            separator="#b0bec5",
        ),
        replace(
            PLAIN,
            name="dark",
            description="Light lines on a dark background, for slides and dark pages.",
            background="#1e1f24",
            text="#e8e8e8",
            muted_text="#a8a8a8",
            axis="#cfcfcf",
            separator="#6a6a6a",
            component_fill="#1e1f24",
            component_stroke="#e8e8e8",
            need_fill="#1e1f24",
            need_stroke="#e8e8e8",
            box_text="#e8e8e8",
            user_colour="#e8e8e8",
            user_fill="#1e1f24",
            link="#9a9a9a",
            evolve="#ff6b6b",
            inertia="#e8e8e8",
            ecosystem_fill="#4a4b52",
            ecosystem_hatch="#9a9a9a",
            pipeline_fill="#2a2b31",
            pipeline_stroke="#cfcfcf",
            note="#e8e8e8",
            annotation_stroke="#cfcfcf",
            accelerator_fill="#2a2b31",
            accelerator_stroke="#cfcfcf",
            overlay_opacity=0.3,
        ),
        replace(
            PLAIN,
            name="handwritten",
            # No handwriting font shares the measured widths (Comic Sans, drawn where
            # installed, ran past its measured boxes), so the hand is slanted lettering.
            description="A sketchy look: slanted lettering on cream paper.",
            italic=True,
            background="#fffef8",
            link="#444444",
        ),
        replace(
            PLAIN,
            name="book",
            description="Crafting Engineering Strategy's look: purple boxes, users in circles.",
            shape="box",
            component_fill="#ece4f7",
            component_stroke="#6f42c1",
            need_fill="#ece4f7",
            need_stroke="#6f42c1",
            box_text="#2d1b4e",
            user_style="icon-circle",
            user_colour="#ffffff",
            user_fill="#6f42c1",
            link="#6f42c1",
            visible_label="More visible to users",
            invisible_label="Less visible to users",
            separator="#c9b8e8",
        ),
    )
}

DEFAULT_THEME = "plain"


def get_theme(name: str | None) -> Theme:
    """The theme of that name; unknown names (already warned about by the parser) are plain."""
    return THEMES.get(name or DEFAULT_THEME, PLAIN)
