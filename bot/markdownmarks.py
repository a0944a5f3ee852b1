"""Markdown's heading marks left unrendered in an HTML text (set 64a F11: DankoDmitry--blog-ru.xml, a Hugo blog whose
"#Сегодня в мире…" and "##Bash⏎Сценарии…" are its paragraphs' lines as written). A line of a paragraph that opens
with 1–6 "#" glued to a letter is Markdown's heading mark when the text has two such lines or one "##": a line that is
only a few words without a sentence's end, with more text after it, is a heading (set apart as one: dropped where
headings are); a mark before a sentence's first word goes. Never in a text with code (C's "#include", a shell's
"#!/bin/sh"), nor a line of hashtags ("#rust #tokio"), nor "#1" (a digit after the mark). Pure."""

from __future__ import annotations

import re
from bisect import bisect

__all__ = ["marks_read"]

_HEADING_CHARS = 60  # a heading line's length, at most
# A line's start in a paragraph (after its tag, a <br> or a newline), the marks glued to a letter, the line's rest
_MARKED = re.compile(
    r"(?P<open><p\b[^<>]*>|<br\s*/?>|\n)(?P<pad>[ \t\ufffc]*)(?P<marks>#{1,6})(?=[^\W\d_])(?P<line>[^\n<]*)", re.I
)
_HASHTAG = re.compile(r"(?:^|\s)#[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?…:;]\s*$")
_PARAGRAPH_TAG = re.compile(r"<(/?)p\b", re.I)


def marks_read(markup: str) -> str:
    """The markup with its unrendered heading marks read (the module docstring); ``markup`` itself when none."""
    if "<pre" in markup or "<code" in markup or "<PRE" in markup or "<CODE" in markup:
        return markup
    found = [m for m in _MARKED.finditer(markup) if not _HASHTAG.search(m["line"])]
    if not found or len(found) < 2 and len(found[0]["marks"]) < 2:
        return markup
    tags = [(t.start(), t[1]) for t in _PARAGRAPH_TAG.finditer(markup)]  # (where paragraphs open and close)
    starts = [start for start, _ in tags]
    out, at = [], 0
    for m in found:
        line, rest = m["line"].strip(), markup[m.end() : m.end() + 1]
        out.append(markup[at : m.start("marks")])
        if rest == "\n" and len(line) <= _HEADING_CHARS and not _SENTENCE_END.search(line):
            before = bisect(starts, m.start("marks")) - 1
            inside = before >= 0 and not tags[before][1]  # (the last paragraph's tag before it opens one)
            out.append(f"</p><h2>{line}</h2><p>" if inside else f"<h2>{line}</h2>")
        else:
            out.append(m["line"])
        at = m.end()
    return "".join(out) + markup[at:]
