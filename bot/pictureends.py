"""Whether a document's text ends before a picture (bot/blocks.py: no "…" after such a text's last words)."""

from __future__ import annotations

import re

from .cuts import MINOR_WORDS

# What may follow a text's last picture: space, a line break, a paragraph's, a link's or a figure's tags (no text).
_AFTER_PICTURE = re.compile(r"(?:\s|</?(?:p|br|a|div|figure|span|figcaption)\b[^<>]*>)*")
_PICTURE_SIZE = re.compile(r"\b(?:width|height)=[\"']?(\d+)")
_INLINE_TAGS = re.compile(r"(?:\s|<br\b[^<>]*>|</?(?:a|span)\b[^<>]*>)*$")  # (between a paragraph's text and its <img>)
_TAG = re.compile(r"<[^<>]*>")


def ends_in_picture(markup: str) -> bool:
    """Whether a document's text ends before a picture, a screenshot a forum post ends on ("…even though all the libs
    are included<br><img alt="Screenshot_1" width="690">", set40 F8): its last words are the author's, not the feed's
    cut (no "…": looks_cut's ``open_ends``). A picture of 100 pixels or more, or one of no size given in the text's
    paragraph ("…<br><img>"); not a 1×1 pixel, a share icon or a "Read more" picture after the paragraph, nor after a
    text that ends on a small word ("…the load of the": cut)."""
    at = markup.rfind("<img", max(0, len(markup) - 3000))
    close = markup.find(">", at) if at >= 0 else -1
    if close < 0 or not _AFTER_PICTURE.fullmatch(markup, close + 1):
        return False
    before = markup[max(0, at - 400) : at]
    words = _TAG.sub(" ", before).split()
    if not words or words[-1].casefold() in MINOR_WORDS:
        return False
    sizes = [int(size) for size in _PICTURE_SIZE.findall(markup, at, close)]
    if sizes:
        return max(sizes) >= 100
    text_end = _INLINE_TAGS.search(before)
    return text_end is not None and before[: text_end.start()][-1:] not in ("", ">")
