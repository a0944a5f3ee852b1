"""Code in a text's markup: preformatted text that is a program's (a <pre> holding a <code>, or one a
syntax highlighter marks), never a sentence an excerpt shows (set19 F11: a Hugo post that is one
``<div class="highlight"><pre class="chroma"><code class="language-js">`` block had its JavaScript as its
excerpt). Preformatted text that is not code (a commit message, a mailing list's post) is shown as before.
"""

from __future__ import annotations

import re

# The class a highlighter or a Markdown converter gives a block of code, or the box around it: Hugo's chroma,
# Pygments' and Rouge's "highlight", highlight.js's "hljs", Google's "prettyprint", Pandoc's "sourceCode",
# SyntaxHighlighter's "brush: js", "language-js"/"lang-js".
_CODE_CLASS = re.compile(r"\b(?:chroma|highlight|hljs|prettyprint|sourceCode|brush:|lang(?:uage)?-\w)", re.IGNORECASE)


def is_code(pre) -> bool:
    """Whether a <pre> element (lxml) holds code: all its text inside a <code> (Markdown's code blocks),
    or its class, or its parent's, names a highlighter or a language."""
    if len(pre) == 1 and pre[0].tag == "code" and not (pre.text or "").strip() and not (pre[0].tail or "").strip():
        return True
    parent = pre.getparent()
    return any(_CODE_CLASS.search(el.get("class") or "") for el in (pre, parent) if el is not None)


def add_code(pre, lines: list[str], code: list | None) -> None:
    """``code`` (when given) gets a <pre>'s ``lines`` when it holds code."""
    if code is not None and is_code(pre):
        code.extend(lines)
