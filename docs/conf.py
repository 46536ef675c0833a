"""Sphinx configuration of wardley's own documentation: ``sphinx-build docs docs/_build``.

The pages are Markdown (MyST); the gallery is drawn by wardley's own Sphinx extension.
"""

import wardley

project = "wardley"
author = "The wardley developers"
release = version = wardley.__version__

extensions = ["myst_parser", "wardley.sphinx"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "README.md"]

# Code blocks with no language are maps: the wardley Pygments lexer colours them.
highlight_language = "wardley"
numfig = True
myst_heading_anchors = 3

html_theme = "alabaster"
html_title = f"wardley {release}"

# The gallery page draws the maps of the repository's gallery/ folder, outside this directory.
wardley_map_dirs = ["../gallery"]


def setup(app):  # type: ignore[no-untyped-def]
    # ```mermaid fences are for GitHub, which draws them (docs/mermaid.md shows one); Pygments
    # has no Mermaid lexer, and -W would refuse the build, so here they are plain text.
    from pygments.lexers.special import TextLexer

    app.add_lexer("mermaid", TextLexer)
