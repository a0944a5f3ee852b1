"""Text a feed declares Markdown (Atom ``type="markdown"``, ``text/markdown``: not in
the Atom spec, but written by static-site generators) as the HTML it stands for, so
that it is read like any HTML: an image goes as an ``<img>`` does (never shown as
``![](/images/…png)``), a link is its text, emphasis and code marks go. A code block
(a fence, an indented block) is dropped: a text's code is no excerpt. Only where the
feed says Markdown; plain text that merely holds a "*" or a "_" stays plain, but for a pair of
stars around words (``without_emphasis``). Pure;
markdown-it-py (MIT, CommonMark) is imported only for such a text.
"""

from __future__ import annotations

import functools
import re

MARKDOWN_TYPES = frozenset({"markdown", "text/markdown", "text/x-markdown"})
_CODE_BLOCK = re.compile(r"<pre>.*?</pre>\s*", re.DOTALL)
# Markdown's emphasis in a text without markup ("by *superior, exclusive* software", "**Update**"): its stars go.
# A pair around words, each star against them, in one line: never "5 * 3 * 2", "*.txt, *.py", a[i]*b[j]*c, nor a
# footnote's lone mark ("Bloomberg:*"); a strong pair may hold a paragraph's sentences ("**Vorige week heb ik … Cloud
# Drive.**", set41 F3), a single one a few words (a scan stops at the next star: linear).
_EMPHASIS = re.compile(
    r"(?<![\w*])(?:\*\*(?=[^\s*])([^*\n]{1,1000}?)(?<=[^\s*])\*\*|\*(?=[^\s*])([^*\n]{1,100}?)(?<=[^\s*])\*)(?![\w*])"
)


def is_markdown_type(content_type: str | None) -> bool:
    return (content_type or "").strip().lower() in MARKDOWN_TYPES


def without_emphasis(text: str) -> str:
    """A text without Markdown's emphasis marks (a plain text's: bot/blocks.py)."""
    return _EMPHASIS.sub(lambda m: m[1] if m[1] is not None else m[2], text)


def markdown_html(text: str) -> str:
    """The HTML of a Markdown text, without its code blocks."""
    if not text.strip():
        return text
    return _CODE_BLOCK.sub("", _renderer().render(text))


@functools.cache
def _renderer():
    from markdown_it import MarkdownIt  # (only for a feed that declares Markdown)

    return MarkdownIt("commonmark")
