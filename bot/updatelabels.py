"""An emphasised label that opens a paragraph, a status page's update (``<p><em>Update</em> system is fixed.``,
``<p><em>Investigando</em> Estamos investigando…``: cState's incidents, set27 F1): set off with a colon, never
read as the sentence's first word ("Update system is fixed" reads as an order, "Investigando Estamos
investigando" as a stutter).

Pure, over the lxml tree htmltree walks; a quick test on the markup first.
"""

from __future__ import annotations

import re

__all__ = ["set_off_update_labels"]

# A paragraph that opens with an emphasised run (a quick test on the markup).
_OPENS_EMPHASIS = re.compile(r"<p\b[^>]*>\s*<(?:em|i)>", re.IGNORECASE)
_LABEL_WORDS = 3  # a label is this many words at most


def set_off_update_labels(root, markup: str) -> None:
    """A paragraph that opens with ``<em>`` or ``<i>`` holding one to three words of letters, capitalised, then a
    space and more text: the words are a label when a capitalised sentence follows ("Update Resolved."), or when
    the same label opens another paragraph of the text (a status page's updates: "Update issue was found…",
    "Update Appears to be…"). A title in italics that is the sentence's subject ("<em>Atlas Shrugged</em> and…")
    is followed by lower-case words and opens no other paragraph: it stays. The feed's own "Label - text"
    (``<em>Investigating</em> - We are…``) reads right already: a tail that starts with punctuation stays."""
    if not _OPENS_EMPHASIS.search(markup):
        return
    found: list[tuple[object, str, str]] = []  # (the emphasis, its words, its tail)
    for paragraph in root.iter("p"):
        if (paragraph.text or "").strip() or not len(paragraph):
            continue
        label = paragraph[0]
        if label.tag not in ("em", "i") or len(label):
            continue
        words, tail = " ".join((label.text or "").split()), label.tail or ""
        if (
            not words[:1].isupper() or len(words.split()) > _LABEL_WORDS or not words.replace(" ", "").isalpha()
            or not tail[:1].isspace() or not tail.lstrip()[:1].isalpha()
        ):  # fmt: skip
            continue
        found.append((label, words, tail))
    repeated = {words for words in (w for _, w, _ in found) if sum(w == words for _, w, _ in found) > 1}
    for label, words, tail in found:
        if tail.lstrip()[:1].isupper() or words in repeated:
            label.tail = ": " + tail.lstrip()  # type: ignore[attr-defined]
