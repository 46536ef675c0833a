"""Wardley maps in Sphinx documents: ``extensions = ["wardley.sphinx"]``.

The ``wardley`` directive draws a map from a file or from its own content::

    .. wardley:: maps/tea-shop.wm
       :caption: The tea shop today
       :name: fig-tea-shop

    .. wardley::
       :alt: A tea shop's value chain

       title Tea Shop
       user Public
       need Cup of Tea [product]
       Public -> Cup of Tea

A path is relative to the document, or to the source directory when it starts with ``/``. It
works the same in Markdown through MyST (a ```` ```{wardley} ```` fence). A map file (``:diff:``'s
too) must be, symlinks resolved, inside the source directory or a folder of ``wardley_map_dirs``,
a regular file and no bigger than the map size limit: anything else is a warning at the
directive and is never read (see :mod:`wardley.docsource`).

Options: ``:alt:`` (default: the map's description, :func:`wardley.describe`), ``:caption:``
(makes a numbered figure that ``:numref:`` can refer to), ``:name:``, ``:align:``, ``:width:``,
``:class:``, ``:theme:``, ``:state:`` (current, future or both), ``:format:`` (svg, png or pdf;
used when the builder can show it) and ``:diff: old.wm``, which draws what changed from
``old.wm`` to this map.

Configuration: ``wardley_theme`` (``None``, the default, keeps each map's own ``style``) and
``wardley_format``, the picture format per builder: a dict looked up by builder name then by
builder format (``{"html": "svg", "latex": "pdf"}`` are the defaults; anything else gets
``png``), or one format for every builder. ``wardley_map_dirs`` (default: none) lists more
folders, relative to conf.py, that maps may be read from, such as ``["../maps"]``.

**HTML output is an image file** (``<img src="_images/wardley-<hash>.svg">``), not inline SVG.
The directive turns into an ordinary docutils ``image`` node, so every builder treats a map
like any other picture: HTML, dirhtml, singlehtml and ePub get the right relative path to
``_images/``, LaTeX gets a PDF it can include, and alt text, width, alignment, figures,
captions and ``:numref:`` numbering behave exactly as for ``.. figure::``. An image also keeps
the map apart from the page: the theme's CSS cannot restyle it, a map shown twice on one page
cannot clash over element ids, the HTML stays small and a browser caches the picture. The
price: the map's text cannot be selected or found with the browser's search, and a submap's
link inside the picture cannot be followed. The alt text (the map's full description unless
``:alt:`` says otherwise) carries the same words for screen readers.

The picture is drawn when a page is resolved for writing (that is when the builder, and so the
format, is known; Sphinx does this in the main process, also with ``-j N``), into
``<doctreedir>/wardley/wardley-<hash>.<ext>``. The hash covers the map's text, every option
that changes the picture and the wardley version, so a map that did not change is not drawn
again; the builder copies the file to ``_images/`` like any other image. The map is
parsed when the page is read, so a map with errors is reported with its own location (the
``.wm`` file's line, or the line inside the document for an inline map) as a warning of type
``wardley.map`` (``suppress_warnings = ["wardley.map"]`` silences it, ``-W`` makes it fail the
build), and the page shows the diagnostics in an error box instead of the picture.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from wardley.diagnostics import MapError
    from wardley.model import Map

logger = logging.getLogger(__name__)

FORMATS = ("svg", "png", "pdf")
MIMETYPES = {"svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf"}
DEFAULT_FORMATS = {"html": "svg", "latex": "pdf"}
#: Builders with no entry in ``wardley_format`` get this.
FALLBACK_FORMAT = "png"
#: PNGs are drawn at twice their size so that they stay sharp on high-density screens.
PNG_SCALE = 2.0
STATES = ("current", "future", "both")
WARNING = {"type": "wardley", "subtype": "map"}


class wardley_map(nodes.General, nodes.Element):
    """A map waiting to be drawn; replaced by an ``image`` once the builder is known."""


def _theme(argument: str | None) -> str:
    from wardley.themes import THEMES

    return directives.choice(argument, tuple(THEMES))


def _state(argument: str | None) -> str:
    return directives.choice(argument, STATES)


def _format(argument: str | None) -> str:
    return directives.choice(argument, FORMATS)


def _align(argument: str | None) -> str:
    return directives.choice(argument, ("left", "center", "right"))


class WardleyDirective(SphinxDirective):
    """``.. wardley:: path/to/map.wm`` or ``.. wardley::`` with the map as content."""

    has_content = True
    required_arguments = 0
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "alt": directives.unchanged,
        "caption": directives.unchanged_required,
        "name": directives.unchanged,
        "align": _align,
        "width": directives.length_or_percentage_or_unitless,
        "class": directives.class_option,
        "theme": _theme,
        "state": _state,
        "format": _format,
        "diff": directives.path,
    }

    def run(self) -> list[nodes.Node]:
        if self.arguments and self.content:
            return self._problem("give the map either as a file or as content, not both")
        if not self.arguments and not self.content:
            return self._problem("no map: give a .wm file or write the map as content")

        loaded = self._load(self.arguments[0]) if self.arguments else self._inline()
        if isinstance(loaded, list):
            return loaded
        text, label, map_ = loaded

        node = wardley_map()
        self.set_source_info(node)
        node["source"] = text
        node["label"] = label
        for option in ("theme", "state", "format", "width"):
            if option in self.options:
                node[option] = self.options[option]
        node["classes"] = ["wardley", *self.options.get("class", [])]

        if "diff" in self.options:
            old = self._load(self.options["diff"])
            if isinstance(old, list):
                return old
            node["diff_source"] = old[0]

        alt = self.options.get("alt")
        if alt is None:
            from wardley.description import describe

            alt = describe(map_)
        node["alt"] = alt

        if "caption" not in self.options:
            if "align" in self.options:
                node["align"] = self.options["align"]
            self.add_name(node)
            return [node]

        figure = nodes.figure("", node, classes=["wardley"])
        self.set_source_info(figure)
        if "align" in self.options:
            figure["align"] = self.options["align"]
        caption_text = self.options["caption"]
        inline, messages = self.state.inline_text(caption_text, self.lineno)
        caption = nodes.caption(caption_text, "", *inline)
        self.set_source_info(caption)
        figure += caption
        self.add_name(figure)
        return [figure, *messages]

    # ---- reading maps ---------------------------------------------------------------------------
    def _load(self, argument: str) -> tuple[str, str, Map] | list[nodes.Node]:
        """Read and parse a map file: (text, label, map), or the nodes that report its errors."""
        from wardley.api import parse
        from wardley.diagnostics import MapError
        from wardley.docsource import Refused, not_a_map, quotable, read_map

        relative, absolute = self.env.relfn2path(argument, self.env.docname)
        trees = [self.env.srcdir, *self.config.wardley_map_dirs]
        try:
            text = read_map(absolute, trees)
        except Refused as error:
            return self._problem(f"cannot read the map {argument}: {error}", error.resolved)
        except OSError as error:
            self.env.note_dependency(absolute)  # a rebuild once the file is there
            return self._problem(f"cannot read the map {argument}: {error.strerror or error}")
        self.env.note_dependency(absolute)
        try:
            return text, relative, parse(text, path=absolute)
        except MapError as error:
            if not quotable(absolute):
                return self._problem(f"cannot draw {argument}: {not_a_map(error)}")
            return self._map_errors(error, relative, absolute)

    def _inline(self) -> tuple[str, str, Map] | list[nodes.Node]:
        from wardley.api import parse
        from wardley.diagnostics import MapError

        text = "\n".join(self.content)
        label = f"inline map, {self.env.docname}:{self.lineno}"
        try:
            return text, label, parse(text)
        except MapError as error:
            return self._map_errors(error, label, None)

    # ---- reporting ------------------------------------------------------------------------------
    def _map_errors(self, error: MapError, label: str, path: str | None) -> list[nodes.Node]:
        """One warning per error, at its line in the .wm file or in the document; an error box."""
        from wardley.diagnostics import Severity

        for diagnostic in error.diagnostics:
            if diagnostic.severity is not Severity.ERROR:
                continue
            location: str | tuple[str, int]
            if path is not None:
                location = f"{path}:{diagnostic.line}"
            else:
                location = (self.env.docname, self._content_line() + diagnostic.line)
            logger.warning(_message(diagnostic), location=location, **WARNING)
        shown, source = list(error.diagnostics), error.source
        if path is None:  # count lines in the document, as the warnings do
            document = os.fspath(self.env.doc2path(self.env.docname))
            shown = [_shift(d, self._content_line(), document) for d in shown]
            source = "\n" * self._content_line() + (source or "")
        details = "\n".join(d.format(source) for d in shown)
        return [_error_box(f"The Wardley map ({label}) has errors and was not drawn:", details)]

    def _content_line(self) -> int:
        """The document's line before the content: the map's line N is this + N."""
        if type(self.state_machine).__module__.startswith("myst_parser"):
            # MyST counts the content's offset from the directive's line, docutils from the top.
            return self.lineno + self.content_offset
        return self.content_offset

    def _problem(self, message: str, resolved: Path | None = None) -> list[nodes.Node]:
        """A warning at the directive; ``resolved``, where a refused path leads, is for the
        log only: the page need not show the machine's directories."""
        logged = f"{message} ({resolved})" if resolved else message
        logger.warning(logged, location=self.get_location(), **WARNING)
        return [_error_box(f"The Wardley map was not drawn: {message}.", None)]


def _message(diagnostic: Any) -> str:
    text = f"{diagnostic.message} [{diagnostic.code}] (column {diagnostic.column})"
    if diagnostic.hint:
        text += f"; hint: {diagnostic.hint}"
    return text


def _shift(diagnostic: Any, offset: int, path: str) -> Any:
    """The diagnostic with its lines counted in the document rather than in the map."""
    from dataclasses import replace

    span = diagnostic.span
    return replace(
        diagnostic,
        span=replace(span, line=span.line + offset, end_line=span.end_line + offset),
        path=path,
    )


def _error_box(title: str, details: str | None) -> nodes.Element:
    box = nodes.error("", nodes.paragraph(title, title), classes=["wardley-error"])
    if details:
        block = nodes.literal_block(details, details)
        block["language"] = "none"
        box += block
    return box


# ---- drawing, once the builder is known -------------------------------------------------------
def builder_format(builder: Builder, config: Any, wanted: str | None = None) -> str:
    """The picture format for this builder: the directive's, if it can show it, or the config's."""
    supported = list(getattr(builder, "supported_image_types", []) or [])
    if wanted and (not supported or MIMETYPES[wanted] in supported):
        return wanted
    if isinstance(config, str):
        return config
    table = {**DEFAULT_FORMATS, **(config or {})}
    for key in (builder.name, getattr(builder, "format", None)):
        if key in table:
            return str(table[key])
    return str(table.get("*", FALLBACK_FORMAT))


def render_key(node: wardley_map, theme: str | None, fmt: str) -> str:
    """The file name stem: a hash of everything that changes the picture."""
    import wardley

    parts = {
        "version": wardley.__version__,
        "source": node["source"],
        "diff": node.get("diff_source"),
        "theme": theme,
        "state": node.get("state", "both"),
        "format": fmt,
        "scale": PNG_SCALE if fmt == "png" else 1.0,
    }
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()
    return f"wardley-{digest[:20]}"


def draw(node: wardley_map, theme: str | None, fmt: str) -> bytes:
    from wardley.api import diff_svg, parse, to_svg

    new = parse(node["source"])
    if node.get("diff_source") is not None:
        svg = diff_svg(parse(node["diff_source"]), new, theme=theme)
    else:
        svg = to_svg(new, theme=theme, state=node.get("state", "both"))
    if fmt not in FORMATS:
        raise ValueError(
            f"wardley_format: the format must be one of {', '.join(FORMATS)}, not {fmt!r}"
        )
    from wardley.raster import picture

    return picture(svg, fmt, scale=PNG_SCALE)


def _png_width(data: bytes) -> int | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        return int(struct.unpack(">I", data[16:20])[0])
    return None


def _picture(app: Sphinx, node: wardley_map, docname: str) -> nodes.Element:
    from wardley.files import write_atomic

    config = app.config
    theme = node.get("theme") or config.wardley_theme
    fmt = builder_format(app.builder, config.wardley_format, node.get("format"))
    path = Path(app.doctreedir) / "wardley" / f"{render_key(node, theme, fmt)}.{fmt}"
    uri = os.fspath(path)
    # Builders that show no pictures at all (text, man, linkcheck…) get the alt text only.
    shows_images = bool(getattr(app.builder, "supported_image_types", None))
    if shows_images and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, draw(node, theme, fmt))

    image = nodes.image(uri=uri, alt=node["alt"], candidates={"*": uri})
    image.source, image.line = node.source, node.line
    for attribute in ("ids", "names", "classes"):
        image[attribute] = list(node[attribute])
    if "align" in node:
        image["align"] = node["align"]
    if "width" in node:
        image["width"] = node["width"]
    elif shows_images and fmt == "png" and getattr(app.builder, "format", None) == "html":
        width = _png_width(path.read_bytes())
        if width:
            image["width"] = f"{round(width / PNG_SCALE)}px"
    if shows_images:
        # As Sphinx's own image post-transforms do: the builder copies the file to its image
        # directory (``_images/`` for HTML) under its own name, and links to it from every page.
        app.env.images.add_file(docname, uri)
        for key in (uri, path):  # Sphinx < 9 keys it by str, Sphinx 9 by path
            app.env.original_image_uri[key] = node["label"]  # type: ignore[index]
    return image


def replace_maps(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: draw every map of the page for this builder."""
    for node in list(doctree.findall(wardley_map)):
        try:
            replacement = _picture(app, node, docname)
        except Exception as error:  # a bug in drawing must not stop the whole build
            logger.warning(
                "could not draw the Wardley map (%s): %s: %s",
                node["label"],
                type(error).__name__,
                error,
                location=node,
                **WARNING,
            )
            replacement = _error_box(f"The Wardley map ({node['label']}) could not be drawn.", None)
        node.replace_self(replacement)


def _skip(translator: Any, node: nodes.Node) -> None:
    raise nodes.SkipNode


def _resolve_map_dirs(app: Sphinx, config: Any) -> None:
    """``wardley_map_dirs`` are relative to conf.py's folder; the directive needs them whole."""
    config.wardley_map_dirs = [
        os.fspath(Path(app.confdir, folder).resolve()) for folder in config.wardley_map_dirs
    ]


def setup(app: Sphinx) -> dict[str, Any]:
    import wardley
    from wardley.lexer import WardleyLexer

    app.add_config_value("wardley_theme", None, "env", types=(str, type(None)))
    app.add_config_value("wardley_format", dict(DEFAULT_FORMATS), "env", types=(dict, str))
    app.add_config_value("wardley_map_dirs", [], "env", types=(list, tuple))
    app.connect("config-inited", _resolve_map_dirs)
    skip = (_skip, None)
    app.add_node(wardley_map, html=skip, latex=skip, text=skip, man=skip, texinfo=skip)
    app.add_directive("wardley", WardleyDirective)
    app.connect("doctree-resolved", replace_maps)
    for name in ("wardley", "wm", "owm"):
        app.add_lexer(name, WardleyLexer)
    return {
        "version": wardley.__version__,
        "env_version": 1,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
