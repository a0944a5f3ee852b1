"""An article page's main text and lede (pure: bytes in, text out).

Runs in the parse pool's worker processes, so it imports only what it needs:
the cleaner, and trafilatura (on first use: it is slow to import and only
needed for teaser feeds).
"""

from __future__ import annotations

from .clean import plain_to_text
from .excerpt import make_excerpt


def extract_text(html: bytes | str, url: str = "") -> str:
    """The page's main text, paragraphs on their own lines ("" if none found).

    trafilatura leaves out navigation, language pickers, share buttons, cookie
    banners and footers."""
    import trafilatura

    text = trafilatura.extract(
        html, url=url or None, include_comments=False, include_tables=False, include_images=False,
        favor_precision=True, deduplicate=False,
    )  # fmt: skip
    return plain_to_text(text or "")


def lede(html: bytes | str, *, url: str, title: str, limit: int) -> str:
    return make_excerpt(extract_text(html, url), limit, title=title)
