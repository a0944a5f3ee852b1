"""Text a feed declares Markdown (Atom ``type="markdown"``, ``text/markdown``: not in
the Atom spec, but written by static-site generators) as the HTML it stands for, so
that it is read like any HTML: an image goes as an ``<img>`` does (never shown as
``![](/images/…png)``), a link is its text, emphasis and code marks go. A code block
(a fence, an indented block) is dropped: a text's code is no excerpt. Only where the
feed says Markdown; plain text that merely holds a "*" or a "_" stays plain. Pure;
markdown-it-py (MIT, CommonMark) is imported only for such a text.
"""

from __future__ import annotations

import functools
import re

MARKDOWN_TYPES = frozenset({"markdown", "text/markdown", "text/x-markdown"})
_CODE_BLOCK = re.compile(r"<pre>.*?</pre>\s*", re.DOTALL)


def is_markdown_type(content_type: str | None) -> bool:
    return (content_type or "").strip().lower() in MARKDOWN_TYPES


def markdown_html(text: str) -> str:
    """The HTML of a Markdown text, without its code blocks."""
    if not text.strip():
        return text
    return _CODE_BLOCK.sub("", _renderer().render(text))


@functools.cache
def _renderer():
    from markdown_it import MarkdownIt  # (only for a feed that declares Markdown)

    return MarkdownIt("commonmark")
