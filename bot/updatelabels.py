"""An emphasised label that opens a paragraph, a status page's update (``<p><em>Update</em> system is fixed.``,
``<p><em>Investigando</em> Estamos investigando…``: cState's incidents, set27 F1): set off with a colon, never
read as the sentence's first word ("Update system is fixed" reads as an order, "Investigando Estamos
investigando" as a stutter). And a Statuspage.io update's time stamp, a <small> line above its bold label
(``<p><small>Jan  1, 09:09 PST</small><br><strong>Resolved</strong> - We have restored…``, set28 F3): the item's
date says when; the stamps ran into the text ("…normal level of operation. Jan 1, 09:00 PST Identified - …"). And a
bold label left alone in its paragraph, its update in the next (``<p><strong>Resolved</strong> — <p>The issue has
been resolved.</p></p>``: a status page's nested paragraphs, which the parser splits, set 66b F3): the label opens the
update it names ("Resolved: The issue has been resolved."), never a line of its own that the excerpt drops. And a
paragraph's first line that is a pictograph's label ("<p>🔍 이 글을 처음 보시는 분들께\nMicrosoft는 …", set46 F8): it goes.

Pure, over the lxml tree htmltree walks; a quick test on the markup first.
"""

from __future__ import annotations

import re

from .codeblocks import CJK

__all__ = ["STATUS_LABELS", "set_off_update_labels"]

# A status page's states (Statuspage's incident and maintenance states, cState's "Update"): the labels a bold line
# apart from its update may be (rev66c 6: a section's name, "<strong>Background</strong>:", is none), and the ones
# bot/summary.py reads as an update's label
STATUS_LABELS = (
    "Investigating", "Identified", "Monitoring", "Resolved", "Update", "Updated", "Scheduled", "In progress",
    "Verifying", "Completed", "Postmortem",
)  # fmt: skip

# A paragraph that opens with a <small> run (a quick test on the markup): a Statuspage update's stamp
_OPENS_SMALL = re.compile(r"<p\b[^>]*>\s*<small>", re.IGNORECASE)
_STAMP_LENGTH = 40  # characters of a time stamp, at most
_DASH = re.compile(r"\s+[-–—]\s+(?=\S)")
# Inline elements that only hold a stamp's parts (``Nov <var data-var='date'>14</var>``, set46 F1)
_STAMP_PARTS = frozenset(("var", "time", "span", "abbr"))
# A paragraph that opens with an emphasised run (a quick test on the markup).
_OPENS_EMPHASIS = re.compile(r"<p\b[^>]*>\s*<(?:em|i)>", re.IGNORECASE)
_LABEL_WORDS = 3  # a label is this many words at most
# A bold run, a dash or a colon, then a paragraph (a quick test on the markup: a label apart from its update)
_LABEL_APART = re.compile(
    r"<(?:strong|b)\b[^<>]{0,200}>[^<>]{1,40}</(?:strong|b)>\s*(?:[-–—:]|&[mn]dash;|&#821[12];)\s*(?:</p>\s*)?<p\b",
    re.IGNORECASE,
)
_LABEL_ENDS = frozenset(("-", "–", "—", ":"))
# A paragraph that opens with a pictograph (a quick test on the markup: one of the Supplementary planes' symbols or
# a symbol of the Basic plane's Miscellaneous Symbols and Dingbats)
_PICTOGRAPH = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"  # (one set for the markup's test and the text's)
_OPENS_PICTOGRAPH = re.compile(rf"<p\b[^<>]{{0,300}}>\s*{_PICTOGRAPH}")
_STARTS_PICTOGRAPH = re.compile(_PICTOGRAPH)
_LINE_WORDS = 5  # a line's label is this many words at most (after its pictograph)
_SENTENCE_END = tuple(".!?。！？…:;,")


def set_off_update_labels(root, markup: str) -> None:
    """A paragraph that opens with ``<em>`` or ``<i>`` holding one to three words of letters, capitalised, then a
    space and more text: the words are a label when a capitalised sentence follows ("Update Resolved."), or when
    the same label opens another paragraph of the text (a status page's updates: "Update issue was found…",
    "Update Appears to be…"). A title in italics that is the sentence's subject ("<em>Atlas Shrugged</em> and…")
    is followed by lower-case words and opens no other paragraph: it stays. The feed's own "Label - text"
    (``<em>Investigating</em> - We are…``) reads right already: a tail that starts with punctuation stays."""
    if "<small" in markup and _OPENS_SMALL.search(markup):
        _drop_update_stamps(root)
    if _OPENS_PICTOGRAPH.search(markup):
        _drop_line_labels(root)
    if ("<strong" in markup or "<b" in markup) and _LABEL_APART.search(markup):
        _join_labels_apart(root)
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


def _drop_update_stamps(root) -> None:
    """A paragraph that opens with ``<small>`` holding a short stamp with a digit (its text, or parts of it in inline
    holders: ``<small>Nov <var data-var='date'>14</var>, …</small>``, set46 F1), then ``<br>``, then a bold label
    of one to three words and " - " before its text (a Statuspage.io incident's update): the stamp and its break go,
    the label is set off with a colon ("Resolved: We have restored…"). An update the page left without its stop
    ("Resolved - This incident has been resolved", set 70b's re-read, D063) ends with one when another such update
    follows it, so the excerpt reads no cut there and keeps the updates under it; never the last (a cut the feed made,
    "…from some regi", stays one: rev70e 6), nor after an address ("…/incidents/8x2k4"), and "。" after CJK."""
    updates = [(paragraph, parts) for paragraph in root.iter("p") if (parts := _update_parts(paragraph)) is not None]
    starts = [paragraph for paragraph, _ in updates]
    for paragraph, (small, br, label, dash) in updates:
        text = (label.tail or "")[dash.end() :]
        last = text.rstrip()[-1:]
        if (
            label is paragraph[-1] and last.isalnum() and paragraph.getnext() in starts
            and "/" not in text.rsplit(None, 1)[-1]
        ):  # fmt: skip
            text = text.rstrip() + ("。" if CJK.match(last) else ".")
        label.tail = ": " + text
        paragraph.remove(small)
        paragraph.remove(br)


def _update_parts(paragraph) -> tuple | None:
    """A stamped update's stamp, break, label and the dash after it (_drop_update_stamps), or None."""
    if (paragraph.text or "").strip() or len(paragraph) < 3:
        return None
    small, br, label = paragraph[0], paragraph[1], paragraph[2]
    if small.tag != "small" or any(part.tag not in _STAMP_PARTS or len(part) for part in small):
        return None  # (a link or an image is no stamp; its parts are text holders only)
    stamp, words = " ".join("".join(small.itertext()).split()), " ".join((label.text or "").split())
    if (
        br.tag != "br" or label.tag not in ("strong", "b") or len(label)
        or (small.tail or "").strip() or (br.tail or "").strip() or len(stamp) > _STAMP_LENGTH
        or not any(ch.isdigit() for ch in stamp) or not 0 < len(words.split()) <= _LABEL_WORDS
        or not words.replace(" ", "").isalpha() or not (dash := _DASH.match(label.tail or ""))
    ):  # fmt: skip
        return None
    return small, br, label, dash


def _join_labels_apart(root) -> None:
    """A paragraph that holds only a bold status label (STATUS_LABELS) and a dash or a colon after it, right before
    another paragraph (``<p><strong>Resolved</strong> — </p><p>The issue has been resolved.``, set 66b F3): the label
    opens that paragraph, set off with a colon ("Resolved: The issue has been resolved."), as Statuspage's
    one-paragraph updates read (bot/summary.py's status labels); its own paragraph goes. A bold line without the dash
    or colon (a heading), or a section's name ("<strong>Background</strong>:", rev66c 6), stays; so does one over a
    paragraph that ends no sentence ("Resolved — <p>Closing the pinned alert on status</p>": a note the excerpt leaves
    out, label and all, as before; labelled, it became the excerpt's first line)."""
    for paragraph in list(root.iter("p")):
        label, after = (paragraph[0] if len(paragraph) == 1 else None), paragraph.getnext()
        if label is None or after is None or after.tag != "p" or (paragraph.text or "").strip():
            continue
        words = " ".join((label.text or "").split())
        if (
            label.tag not in ("strong", "b") or len(label) or (label.tail or "").strip() not in _LABEL_ENDS
            or words not in STATUS_LABELS or (paragraph.tail or "").strip()
            or not "".join(after.itertext()).rstrip().rstrip("\"')”’»").endswith((".", "!", "?", "…"))
        ):  # fmt: skip
            continue
        after.text = f"{words}: " + (after.text or "").lstrip()
        paragraph.getparent().remove(paragraph)


def _drop_line_labels(root) -> None:
    """A paragraph's first line that opens with a pictograph, of a few words that end no sentence, set off from the
    sentence under it only by a line break ("<p>🔍 이 글을 처음 보시는 분들께\nMicrosoft는 보안 패치를 …": a Markdown
    heading written as the paragraph's first line, set46 F8): a label, not the sentence's first words; it goes. A
    heading's line: one to five words, its last word opening with no lower-case letter and holding a letter; the line
    under it opens with no lower-case letter. Wrapped prose ("🔥 Hot take: most engineering teams\ndo not need…"), a
    sentence without its stop ("🎉 Version 2.0 of Foo is out now<br>It adds…", "⚠️ Breaking change in 3.0<br>The
    config…") and verse ("♪ Never gonna give you up\nNever gonna…"; "🌹 Roses are red,\nviolets…") stay."""
    for paragraph in root.iter("p"):
        text = (paragraph.text or "").lstrip()
        if not text or not _STARTS_PICTOGRAPH.match(text):
            continue
        line, newline, rest = text.partition("\n")
        br = paragraph[0] if not newline and len(paragraph) and paragraph[0].tag == "br" else None
        if br is not None:
            line, rest = text, br.tail or ""  # (the line ended by a <br>)
        elif not newline:
            continue
        words, rest = [w for w in line[1:].split() if any(ch.isalnum() for ch in w)], rest.lstrip()
        if (
            not 0 < len(words) <= _LINE_WORDS
            or line.rstrip().endswith(_SENTENCE_END)
            or words[-1][:1].islower()
            or not any(ch.isalpha() for ch in words[-1])
            or not rest[:1].isalnum()
            or rest[:1].islower()
        ):
            continue
        paragraph.text = rest
        if br is not None:
            br.tail = None
            paragraph.remove(br)
