"""Wardley maps in MkDocs sites.

Two ways in, pick one:

* the **plugin** (``plugins: [wardley]`` in ``mkdocs.yml``) draws every ```` ```wardley ````
  fence of every page (our language, or Mermaid's ``wardley-beta``; with the plugin's
  ``mermaid_fences: true``, ```` ```mermaid ```` fences holding ``wardley-beta`` too), and
  every image whose source is a map file, ``![alt](maps/shop.wm)`` (or ``.owm``, ``.mmd``)
  (relative to the page, or to ``docs_dir`` when it starts with ``/``; an image's title
  becomes the figure's caption). Problems are logged with the page's or the ``.wm`` file's
  path and line, as warnings, so ``mkdocs build --strict`` fails on a bad map while a plain
  build shows the diagnostics in place of the picture. A map file must be, symlinks resolved,
  inside ``docs_dir`` or a folder of the plugin's ``map_dirs`` setting (which ``mkdocs serve``
  then watches too), a regular file and no bigger than the map size limit: anything else is a
  warning at the page's line and is never read (see :mod:`wardley.docsource`).
* a **pymdownx.superfences custom fence**, for sites that already use superfences::

      markdown_extensions:
        - pymdownx.superfences:
            custom_fences:
              - name: wardley
                class: wardley
                validator: !!python/name:wardley.mkdocs.validator
                format: !!python/name:wardley.mkdocs.fence

  With the plugin enabled too, the plugin draws the fences first (it knows the page and line
  of each problem); the custom fence then only matters inside constructs the plugin leaves
  alone.

Options go on the fence's first line, as superfences writes them: ```` ```wardley
theme="dark" caption="The shop today" ````. They are ``alt``, ``caption``, ``theme``,
``state`` (current, future, both), ``width`` (a CSS length), ``align`` (left, center, right),
``class`` and, with the plugin, ``diff="old.wm"`` (what changed from that map to this one).
The plugin's own settings, ``theme`` and ``state``, are the defaults.

The map is written into the page as inline SVG in a ``<figure>``: MkDocs has no image
pipeline to hand a rendered file to, and a superfences formatter can only return HTML, so
inline SVG works the same in both; ``mkdocs serve`` shows a change at once, and the SVG's own
``<title>`` and ``<desc>`` (the map's description, or ``alt``) make it accessible. Element ids
are prefixed per map, and renamed when one page shows the same map twice.
"""

from __future__ import annotations

import html
import logging
import os
import re
import shlex
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    from mkdocs.config import base
    from mkdocs.config import config_options as c
    from mkdocs.plugins import BasePlugin, get_plugin_logger
except ImportError:  # the superfences fence also works in plain Python-Markdown
    BasePlugin = None  # type: ignore[assignment,misc]
    log: Any = logging.getLogger("mkdocs.plugins.wardley")
else:
    log = get_plugin_logger("wardley")

from wardley.docsource import Refused, not_a_map, quotable, read_map
from wardley.themes import THEMES as _THEMES

if TYPE_CHECKING:
    from wardley.diagnostics import Diagnostic

THEMES = tuple(_THEMES)
STATES = ("current", "future", "both")
ALIGNS = ("left", "center", "right")
OPTIONS = ("alt", "caption", "theme", "state", "width", "align", "class", "diff")
_BAD_OPTION = " bad option"  # a key no fence header can hold
_WIDTH = re.compile(r"^\d+(?:\.\d+)?(?:px|em|rem|%|vw|cm|mm|in|pt|pc|ex|ch)?$")


class OptionError(ValueError):
    """A fence option that is not known, or has a value that cannot be used."""


def check_options(options: dict[str, str], *, allow_diff: bool = True) -> dict[str, str]:
    """The options, validated: raises :class:`OptionError` saying what is wrong."""
    for key, value in options.items():
        if key not in OPTIONS or (key == "diff" and not allow_diff):
            known = [o for o in OPTIONS if allow_diff or o != "diff"]
            raise OptionError(f"unknown option {key!r} (known: {', '.join(known)})")
        choices = {"theme": THEMES, "state": STATES, "align": ALIGNS}.get(key)
        if choices is not None and value not in choices:
            raise OptionError(f"{key} must be one of {', '.join(choices)}, not {value!r}")
        if key == "width" and not _WIDTH.match(value):
            raise OptionError(f"width must be a CSS length such as 600px or 80%, not {value!r}")
    return options


def parse_info(info: str) -> dict[str, str]:
    """``theme="dark" caption='A b'`` → options; raises OptionError on a malformed line."""
    try:
        words = shlex.split(info)
    except ValueError as error:
        raise OptionError(f"cannot read the fence's options: {error}") from None
    options = {}
    for word in words:
        key, equals, value = word.partition("=")
        if not equals:
            raise OptionError(f'an option must be written key="value", not {word!r}')
        options[key.strip()] = value
    return options


# ---- drawing ----------------------------------------------------------------------------------
@lru_cache(maxsize=256)
def _svg(source: str, theme: str | None, state: str, old: str | None) -> str:
    """The map's SVG (cached: ``mkdocs serve`` rebuilds every page on every change)."""
    from wardley.api import diff_svg, parse, to_svg

    new = parse(source)
    if old is not None:
        return diff_svg(parse(old), new, theme=theme)
    return to_svg(new, theme=theme, state=state)


_TEXT = re.compile(r">([^<]+)<")
_MARKDOWN_PUNCTUATION = re.compile(r"[\\`*_{}\[\]()!|~^=+:<>-]")


def markdown_safe(markup: str) -> str:
    """HTML that Markdown leaves alone wherever it lands: one line, and the punctuation of
    text content written as character references, so that even where the HTML is not taken as
    a raw block (inside a list or an admonition) no ``_`` or ``*`` turns into emphasis."""

    def text(match: re.Match[str]) -> str:
        escaped = _MARKDOWN_PUNCTUATION.sub(lambda m: f"&#{ord(m[0])};", match[1])
        return ">" + escaped.replace("\n", "&#10;") + "<"

    return _TEXT.sub(text, markup).replace("\n", " ")


@dataclass
class Page:
    """What one page has drawn so far: the SVG id prefixes in use."""

    prefixes: dict[str, int] = field(default_factory=dict)


_ROOT_ID = re.compile(r'<svg\b[^>]*?\sid="([^"]+)"')
_DESC = re.compile(r"(<desc\b[^>]*>)(.*?)(</desc>)", re.DOTALL)


def figure_html(
    source: str,
    options: dict[str, str],
    *,
    theme: str | None = None,
    state: str = "both",
    old: str | None = None,
    page: Page | None = None,
) -> str:
    """The map as a ``<figure>`` with inline SVG. Raises MapError for a map with errors."""
    svg = _svg(source, options.get("theme", theme), options.get("state", state), old)
    match = _ROOT_ID.search(svg)
    if match and page is not None:
        prefix = match[1]
        seen = page.prefixes.get(prefix, 0)
        page.prefixes[prefix] = seen + 1
        if seen:
            svg = svg.replace(prefix, f"{prefix}-{seen + 1}")
    if "alt" in options:
        svg = _DESC.sub(lambda m: m[1] + html.escape(options["alt"]) + m[3], svg, count=1)
    style = "max-width: 100%; height: auto;"
    if "width" in options:
        style = f"width: {options['width']}; " + style
    svg = svg.replace("<svg ", f'<svg style="{style}" ', 1)
    classes = " ".join(["wardley", *options.get("class", "").split()])
    align = f' style="text-align: {options["align"]}"' if "align" in options else ""
    caption = ""
    if options.get("caption"):
        caption = f"<figcaption>{html.escape(options['caption'])}</figcaption>"
    return markdown_safe(f'<figure class="{html.escape(classes)}"{align}>{svg}{caption}</figure>')


def error_html(title: str, details: str) -> str:
    body = f'<pre class="wardley-diagnostics">{html.escape(details)}</pre>' if details else ""
    return markdown_safe(
        '<div class="admonition failure wardley-error">'
        f'<p class="admonition-title">{html.escape(title)}</p>{body}</div>'
    )


def _details(error: Any, path: str, offset: int) -> str:
    """Every diagnostic, gcc-style with the line and a caret, counted in ``path``'s lines."""
    from dataclasses import replace

    source = "\n" * offset + (error.source or "")
    shown = []
    for d in error.diagnostics:
        span = replace(d.span, line=d.span.line + offset, end_line=d.span.end_line + offset)
        shown.append(replace(d, span=span, path=path).format(source))
    return "\n".join(shown)


def _where(diagnostic: Diagnostic, path: str, offset: int) -> str:
    text = f"{path}:{diagnostic.line + offset}:{diagnostic.column}: {diagnostic.message}"
    text += f" [{diagnostic.code}]"
    if diagnostic.hint:
        text += f"; hint: {diagnostic.hint}"
    return text


# ---- pymdownx.superfences ---------------------------------------------------------------------
def validator(
    language: str, inputs: dict[str, str], options: dict[str, str], attrs: Any, md: Any
) -> bool:
    """superfences validator: checks the fence's options. A bad one is logged here and shown
    by :func:`fence` in place of the map (refusing the fence would turn it into stray text)."""
    try:
        options.update(check_options(dict(inputs), allow_diff=False))
    except OptionError as error:
        log.warning(f"a wardley fence has a bad option: {error}")
        options.clear()
        options[_BAD_OPTION] = str(error)
    return True


def fence(
    source: str, language: str, class_name: str, options: dict[str, str], md: Any, **kwargs: Any
) -> str:
    """superfences formatter: the map as a figure, or an error box (and a logged warning)."""
    from wardley.diagnostics import MapError, Severity

    if _BAD_OPTION in options:
        return error_html("The Wardley map was not drawn", options[_BAD_OPTION])
    try:
        return figure_html(source, options)
    except MapError as error:
        for diagnostic in error.diagnostics:
            if diagnostic.severity is Severity.ERROR:
                log.warning(_where(diagnostic, "wardley fence", 0))
        details = _details(error, "wardley fence", 0)
        return error_html("The Wardley map has errors and was not drawn", details)


# ---- the plugin -------------------------------------------------------------------------------
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*)$")
_IMAGE = re.compile(
    r"(?P<code>`+).+?(?P=code)"  # inline code is left alone
    r"|!\[(?P<alt>[^\]]*)\]\(\s*<?(?P<src>[^)\s>]+\.(?:wm|owm|mmd|mermaid))>?"
    r"(?:\s+(?P<quote>[\"'])(?P<title>.*?)(?P=quote))?\s*\)"
)

if BasePlugin is not None:

    class WardleyConfig(base.Config):
        theme = c.Optional(c.Choice(THEMES))
        state = c.Choice(STATES, default="both")
        #: Draw ``![alt](map.wm)`` images too.
        images = c.Type(bool, default=True)
        #: Folders besides ``docs_dir`` that maps may be read from (relative to mkdocs.yml).
        map_dirs = c.ListOfItems(c.Dir(exists=True), default=[])
        #: Draw ```` ```mermaid ```` fences that hold a ``wardley-beta`` diagram too (off: they
        #: are left to the site's Mermaid, as every other Mermaid fence is).
        mermaid_fences = c.Type(bool, default=False)

    class WardleyPlugin(BasePlugin[WardleyConfig]):
        """``plugins: [wardley]``: draws ```` ```wardley ```` fences and ``.wm`` images."""

        supports_multiple_instances = False

        def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
            for folder in self.config.map_dirs:  # docs_dir is watched already
                server.watch(folder)
            return server

        def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Any) -> str:
            render = _PageRenderer(self, markdown, page, config)
            return render.run()

    class _PageRenderer:
        def __init__(self, plugin: WardleyPlugin, markdown: str, page: Any, config: Any) -> None:
            self.plugin = plugin
            self.markdown = markdown
            self.config = config
            self.docs_dir = Path(config["docs_dir"])
            self.trees = [self.docs_dir, *plugin.config.map_dirs]
            root = config.get("config_file_path")
            self.root = Path(root).parent if root else Path.cwd()
            source = page.file.abs_src_path
            self.page_path = Path(source) if source else self.docs_dir / page.file.src_path
            self.offset = _front_matter_lines(page, markdown)
            self.page = Page()

        def shown(self, path: Path | str) -> str:
            """A path as the user would type it: relative to the project when inside it."""
            try:
                return os.path.relpath(path, self.root)
            except ValueError:
                return os.fspath(path)

        def run(self) -> str:
            lines = self.markdown.split("\n")
            out: list[str] = []
            i = 0
            while i < len(lines):
                match = _FENCE.match(lines[i])
                if match and match["mark"][0] == "`" and "`" in match["info"]:
                    match = None  # not a fence: CommonMark's inline code
                if not match:
                    out.append(self.images(lines[i], i) if self.plugin.config.images else lines[i])
                    i += 1
                    continue
                mark, indent = match["mark"], match["indent"]
                closing = re.compile(rf"^[ \t]*{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
                end = i + 1
                while end < len(lines) and not closing.match(lines[end]):
                    end += 1
                words = match["info"].split(None, 1)
                language = words[0] if words else ""
                info = words[1] if len(words) > 1 else ""
                body = [
                    line[len(indent) :] if line.startswith(indent) else line.lstrip()
                    for line in lines[i + 1 : end]
                ]
                if not self.draws(language, body):
                    out.extend(lines[i : end + 1])  # any other fence is copied untouched
                else:
                    drawn = self.fence("\n".join(body), info, first_line=i + 2)
                    out.extend(["", indent + drawn, ""])
                i = end + 1
            return "\n".join(out)

        def draws(self, language: str, body: list[str]) -> bool:
            """A ``wardley`` fence (in our language or Mermaid's), or with ``mermaid_fences``,
            a ``mermaid`` fence whose diagram is ``wardley-beta``."""
            if language == "wardley":
                return True
            if language != "mermaid" or not self.plugin.config.mermaid_fences:
                return False
            from wardley.mermaid_reader import is_mermaid

            return is_mermaid("\n".join(body))

        def fence(self, source: str, info: str, first_line: int) -> str:
            """A fence whose map starts on ``first_line`` (1-based, in the markdown)."""
            where = f"{self.shown(self.page_path)}:{first_line - 1 + self.offset}"
            try:
                options = check_options(parse_info(info))
            except OptionError as error:
                log.warning(f"{where}: {error}")
                return error_html("The Wardley map was not drawn", str(error))
            old = None
            if "diff" in options:
                old = self.read(options["diff"], where, check=True)
                if old is None:
                    return error_html("The Wardley map was not drawn", "")
            return self.draw(source, options, self.page_path, first_line - 1 + self.offset, old)

        def images(self, line: str, index: int) -> str:
            whole = _IMAGE.fullmatch(line.strip())

            def replace(match: re.Match[str]) -> str:
                if match["code"]:
                    return match[0]
                where = f"{self.shown(self.page_path)}:{index + 1 + self.offset}"
                path = self.resolve(match["src"])
                # A .wm link to some other file: checked here, where its problems are not quoted.
                text = self.read(match["src"], where, check=not quotable(path))
                if text is None:
                    return error_html(f"The Wardley map {match['src']} was not drawn", "")
                options = {"alt": match["alt"]} if match["alt"] else {}
                if match["title"]:
                    options["caption"] = match["title"]
                drawn = self.draw(text, options, path, 0, None)
                if whole is None:  # inside a paragraph: no <figure> there
                    return (
                        drawn.replace("<figure", "<span", 1)
                        .replace("</figure>", "</span>")
                        .replace("<figcaption>", '<span class="caption">')
                        .replace("</figcaption>", "</span>")
                    )
                return drawn

            replaced = _IMAGE.sub(replace, line)
            if whole is not None and not whole["code"] and replaced != line:
                return "\n" + replaced + "\n"
            return replaced

        def resolve(self, reference: str) -> Path:
            if reference.startswith("/"):
                return self.docs_dir / reference.lstrip("/")
            return self.page_path.parent / reference

        def read(self, reference: str, where: str, *, check: bool = False) -> str | None:
            """The text of a map file (parsed too with ``check``), or None, its problems
            logged."""
            from wardley.api import parse
            from wardley.diagnostics import MapError

            path = self.resolve(reference)
            try:
                text = read_map(path, self.trees)
                if check:
                    parse(text)
                return text
            except Refused as error:
                log.warning(f"{where}: cannot read the map {reference} ({error.resolved}): {error}")
            except OSError as error:
                log.warning(f"{where}: cannot read the map {reference}: {error.strerror}")
            except MapError as error:
                if not quotable(path):
                    log.warning(f"{where}: cannot draw {reference}: {not_a_map(error)}")
                    return None
                for diagnostic in error.errors:
                    log.warning(_where(diagnostic, self.shown(path), 0))
            return None

        def draw(
            self, source: str, options: dict[str, str], path: Path, offset: int, old: str | None
        ) -> str:
            """The figure, or an error box; errors are logged at ``path``'s line + offset."""
            from wardley.diagnostics import MapError, Severity

            config = self.plugin.config
            try:
                return figure_html(
                    source,
                    options,
                    theme=config.theme,
                    state=config.state,
                    old=old,
                    page=self.page,
                )
            except OptionError as error:
                log.warning(f"{self.shown(self.page_path)}:{offset}: {error}")
                return error_html("The Wardley map was not drawn", str(error))
            except MapError as error:
                shown = self.shown(path)
                for diagnostic in error.diagnostics:
                    if diagnostic.severity is Severity.ERROR:
                        log.warning(_where(diagnostic, shown, offset))
                return error_html(
                    "The Wardley map has errors and was not drawn",
                    _details(error, shown, offset),
                )

    def _front_matter_lines(page: Any, markdown: str) -> int:
        """Lines MkDocs took off the top of the file (the YAML front matter) before the
        markdown the plugins see, so that reported lines are the file's own."""
        try:
            raw = page.file.content_string
        except (AttributeError, OSError, UnicodeDecodeError):
            return 0
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
        if markdown and raw.endswith(markdown):
            return raw[: len(raw) - len(markdown)].count("\n")
        return 0
