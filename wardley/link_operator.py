"""The link operator, written once for the tools that read map text without the parser.

``->`` a dependency; ``+>``, ``+<``, ``+<>`` flows; ``+'value'>`` (and ``<``, ``<>``) a flow with
its value, which runs to the first ``'`` an arrow follows, as in OWM (``+'user's fee'>``). The
Pygments lexer (:mod:`wardley.lexer`) and the language server (:mod:`wardley.lsp`) use this
pattern; the grammar's ``LINK_OP`` terminal (grammar/wardley.lark) is the same pattern, which
tests/test_grammars.py checks, character for character.
"""

LINK_OPERATOR = r"\+'(?:[^'\n]|'(?![<>]))*'(?:<>|<|>)|\+<>|\+<|\+>|->"
