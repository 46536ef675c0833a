"""A Pygments lexer for the map language (``.wm``) and OnlineWardleyMaps text (``.owm``).

Registered through the ``pygments.lexers`` entry point, so ``pygmentize -l wardley``, Sphinx's
``.. code-block:: wardley``, MkDocs' ```` ```wm ```` fences and GitHub-style renderers that use
Pygments all find it by name (``wardley``, ``wm``, ``owm``) or by file name (``*.wm``,
``*.owm``).

It follows ``grammar/wardley.lark`` closely enough for colour, line by line as the parser does:
a statement's keyword, names, positions (numbers and stage names), link operators, options and
comments. It never yields an ``Error`` token: text that is no statement is shown as a name,
as OnlineWardleyMaps and ``wardley check`` treat it as (ignored) text rather than breakage.
"""

from __future__ import annotations

from typing import ClassVar

from pygments.lexer import RegexLexer, bygroups, default, include, words
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
    Whitespace,
)

from wardley.link_operator import LINK_OPERATOR

__all__ = ["WardleyLexer"]

#: After our own keywords (and OWM's legacy ones), a link operator later on the line means the
#: line is a link (``user research -> Insight``), exactly as in the grammar.
_NOT_A_LINK = r"(?!(?:[^\"\n]|\"(?:[^\"\\\n]|\\.)*\")*?(?:->|\+[<>']))"
_END = r"(?=[ \t]|$)"
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![\w.])"
_STAGES = (
    "genesis",
    "custom-built",
    "custom",
    "product",
    "rental",
    "commodity",
    "utility",
    "auto",
)
# One word of a name: it stops where a token of its own begins.
_NAME = r"(?:[^\s\[\]{};\"/\-+(,]|/(?![/*])|-(?!>)|\+(?![<>'])|\((?!\s*#?[\w-]+\s*\)))+"
_NUMBER_AT_END = _NUMBER + r"(?=[ \t]*(?:$|\(|\[|label\b|inertia\b|//|/\*))"
# A whole name, spaces included: it stops before the options that may follow it.
_NAMES = (
    _NAME
    + r"(?:[ \t]+(?!label\s*\[|\(?inertia\)?(?![^\s(])|url\(|"
    + _NUMBER_AT_END
    + ")"
    + _NAME
    + ")*"
)
_OVERLAY_WORD = r"(?:[^\s{(/\"]|/(?![/*])|\((?!\s*#?[\w-]+\s*\)))+"


class WardleyLexer(RegexLexer):
    """Wardley maps as text: the ``.wm`` language and OnlineWardleyMaps' text."""

    name = "Wardley map"
    aliases: ClassVar[list[str]] = ["wardley", "wm", "owm"]
    filenames: ClassVar[list[str]] = ["*.wm", "*.owm"]
    mimetypes: ClassVar[list[str]] = ["text/x-wardley"]
    url = "https://onlinewardleymaps.com"
    version_added = ""

    tokens: ClassVar[dict[str, list]] = {  # type: ignore[type-arg]
        "root": [
            (r"\s+", Whitespace),
            include("comments"),
            (r"(title)" + _END, Keyword.Declaration, "text"),
            (r"(style)" + _END, Keyword.Declaration, "style"),
            (r"(size|annotations|valuechain)" + _END, Keyword.Declaration, "statement"),
            (r"(pioneers|settlers|townplanners)" + _END, Keyword.Declaration, "statement"),
            (r"(evolution)" + _END, Keyword.Declaration, "statement"),
            (r"(url)" + _END, Keyword.Declaration, "url"),
            (r"(note)" + _END, Keyword.Declaration, "note"),
            (r"(annotation)" + _END, Keyword.Declaration, "annotation"),
            (r"(evolve|pipeline)" + _END, Keyword.Declaration, "statement"),
            (r"(component|anchor)" + _END, Keyword.Declaration, "statement"),
            (
                r"(user|need|capability|market|ecosystem|submap)" + _END + _NOT_A_LINK,
                Keyword.Declaration,
                "statement",
            ),
            (r"(overlay)" + _END + _NOT_A_LINK, Keyword.Declaration, "overlay"),
            (r"(build|buy|outsource)" + _END + _NOT_A_LINK, Keyword.Declaration, "statement"),
            (r"(accelerator|deaccelerator)" + _END, Keyword.Declaration, "statement"),
            (
                r"(streamAlignedTeam|enablingTeam|platformTeam|complicatedSubsystemTeam)" + _END,
                Keyword.Declaration,
                "statement",
            ),
            default("statement"),  # a link, a pipeline member, or text OWM ignores
        ],
        "comments": [
            (r"//.*?$", Comment.Single),
            (r"/\*", Comment.Multiline, "comment"),
        ],
        "comment": [
            (r"[^*]+", Comment.Multiline),
            (r"\*/", Comment.Multiline, "#pop"),
            (r"\*", Comment.Multiline),
        ],
        # The rest of a statement, to the end of the line.
        "statement": [
            (r"\n", Whitespace, "#pop"),
            (r"[ \t\r\f\v]+", Whitespace),
            include("comments"),
            (r"\[", Punctuation, "position"),
            (r"[\]{},]", Punctuation),
            (r";", Punctuation),
            (LINK_OPERATOR, Operator, "link"),
            (r"--hide\b", Keyword.Pseudo),
            (r"label(?=\s*\[)", Keyword.Pseudo),
            (r"\(?inertia\)?(?![^\s(])", Keyword.Pseudo),
            (r"url\([^()\n]*\)", Name.Label),
            (r"\(\s*(?:build|buy|outsource|market|ecosystem)\s*\)", Name.Decorator),
            (r"\(\s*#?[\w-]+\s*\)", Name.Decorator),
            (r'"(?:[^"\\\n]|\\.)*"', String.Double),
            # a number ends the statement's name: `evolve Kettle 0.62`, `annotation 1`
            (_NUMBER_AT_END, Number.Float),
            (_NAMES, Name),
            (r".", Text),
        ],
        # After a link operator, `; text` to the end of the line is the link's label.
        "link": [
            (r"(?=\n)", Whitespace, "#pop"),
            (LINK_OPERATOR, Operator),
            (
                r"(;)([ \t]*)((?:[^\s/]|/(?![/*])|[ \t]+(?=[^\s/]|/(?![/*])))*)",
                bygroups(Punctuation, Whitespace, String),
            ),
            include("statement"),
        ],
        "position": [
            (r"\]", Punctuation, "#pop"),
            (r"(?=\n)", Whitespace, "#pop"),
            (r"[ \t]+", Whitespace),
            (r"[,\[]", Punctuation),
            (_NUMBER, Number.Float),
            (words(_STAGES, prefix=r"(?i:", suffix=r")(?![^\s,\[\]])"), Keyword.Constant),
            (r"[^\s,\[\]]+", Name.Constant),  # a stage named by `evolution A->B->C->D`
        ],
        "text": [
            (r"\n", Whitespace, "#pop"),
            (r"[ \t\r\f\v]+", Whitespace),
            include("comments"),
            (r"(?:[^\s/]|/(?![/*])|[ \t]+(?=[^\s/]|/(?![/*])))+", String),
        ],
        "style": [
            (r"\n", Whitespace, "#pop"),
            (r"[ \t\r\f\v]+", Whitespace),
            include("comments"),
            (r"\S+", Name.Builtin),
        ],
        "url": [
            (r"\n", Whitespace, "#pop"),
            (r"[ \t\r\f\v]+", Whitespace),
            (r"(\[)([^\]\n]*)(\])", bygroups(Punctuation, String.Other, Punctuation)),
            (r"[^\s\[]+", Name),
            (r".", Text),
        ],
        "note": [
            (r"\n", Whitespace, "#pop"),
            (r"[ \t\r\f\v]+", Whitespace),
            include("comments"),
            (r'"(?:[^"\\\n]|\\.)*"', String.Double),
            (r"\[", Punctuation, "position"),
            (r"label(?=\s*\[)", Keyword.Pseudo),
            (r"(?:[^\s\[\"/]|/(?![/*]))+", String),
            (r".", Text),
        ],
        "annotation": [
            (r"\n", Whitespace, "#pop"),
            (r"[ \t\r\f\v]+", Whitespace),
            (r"\d+(?:\.\d*)?", Number.Integer),
            (r",", Punctuation),
            (r"\[", Punctuation, "position"),
            (r"\]", Punctuation),
            default("annotation-text"),
        ],
        "annotation-text": [
            (r"(?=\n)", Whitespace, "#pop:2"),
            include("comments"),
            (r"(?:[^\n/]|/(?![/*]))+", String),
        ],
        "overlay": [
            (r"(?=\n)", Whitespace, "#pop"),
            (r"[ \t\r\f\v]+", Whitespace),
            include("comments"),
            (r"(\()(\s*#?[\w-]+\s*)(\))", bygroups(Punctuation, Name.Constant, Punctuation)),
            (r"\{", Punctuation, "#pop"),  # members follow as statements of their own
            (r'"(?:[^"\\\n]|\\.)*"', String.Double),
            (_OVERLAY_WORD + r"(?:[ \t]+" + _OVERLAY_WORD + ")*", Name.Class),
            (r".", Text),
        ],
    }
