"""Markdown's heading marks left unrendered in an HTML text (set 64a F11: DankoDmitry--blog-ru.xml, a Hugo blog whose
"#Сегодня в мире…" and "##Bash⏎Сценарии…" are its paragraphs' lines as written). A line of a paragraph (after its
<p>, a <br>, or a newline inside it) that opens with 1–6 "#" glued to a capital (or a letter of a script without
capitals) is Markdown's heading mark when the text has two such lines or one "##": a line that is only a few words
without a sentence's end, with more text after it, is a heading (set apart as one: dropped where headings are); a mark
before a sentence's first word goes.

Never in a plain text (no <p>), nor in a text with code: <pre>/<code>, or a C preprocessor's line anywhere ("#include
<stdio.h>", "#define N 3" pasted into a description or a <p>). Never when a marked line reads as a hashtag, a colour or
a ticket: a small letter after the mark ("#summer", "#ffcc00"), a digit in its word or a capital inside it ("#1",
"#Bug1234", "#MeToo"), or a single "#" before one word ("#ABCDEF"); nor a line of hashtags ("#rust #tokio"). Those
texts keep their marks as written (the review of set 64 group c, finding 2). Pure."""

from __future__ import annotations

import re
from bisect import bisect
from itertools import pairwise

__all__ = ["marks_read"]

_HEADING_CHARS = 60  # a heading line's length, at most
# A line's start in a paragraph (after its tag, a <br> or a newline), the marks glued to a letter, the line's rest
_MARKED = re.compile(
    r"(?P<open><p\b[^<>]*>|<br\s*/?>|\n)(?P<pad>[ \t\ufffc]*)(?P<marks>#{1,6})(?=[^\W\d_])(?P<line>[^\n<]*)", re.I
)
_HASHTAG = re.compile(r"(?:^|\s)#[^\W\d_]")
_CODE = re.compile(r"#\s*(?:include|define|undef|ifn?def|if|elif|else|endif|pragma|import|region|endregion)\b")
_SENTENCE_END = re.compile(r"[.!?…:;]\s*$")
_PARAGRAPH_TAG = re.compile(r"<(/?)p\b", re.I)


def marks_read(markup: str) -> str:
    """The markup with its unrendered heading marks read (the module docstring); ``markup`` itself when none."""
    if "<p" not in markup and "<P" not in markup or "<pre" in markup or "<code" in markup or "<PRE" in markup:
        return markup
    if "<CODE" in markup or _CODE.search(markup):
        return markup
    tags = [(t.start(), t[1]) for t in _PARAGRAPH_TAG.finditer(markup)]  # (where paragraphs open and close)
    starts = [start for start, _ in tags]

    def inside(at: int) -> bool:  # (the last paragraph's tag before it opens one)
        return (before := bisect(starts, at) - 1) >= 0 and not tags[before][1]

    found = [m for m in _MARKED.finditer(markup) if m["open"] != "\n" or inside(m.start())]
    if any(_HASHTAG.search(m["line"]) or _tag(m["marks"], m["line"]) for m in found):
        return markup
    if not found or len(found) < 2 and len(found[0]["marks"]) < 2:
        return markup
    out, at = [], 0
    for m in found:
        line, rest = m["line"].strip(), markup[m.end() : m.end() + 1]
        out.append(markup[at : m.start("marks")])
        if rest == "\n" and len(line) <= _HEADING_CHARS and not _SENTENCE_END.search(line):
            out.append(f"</p><h2>{line}</h2><p>" if inside(m.start("marks")) else f"<h2>{line}</h2>")
        else:
            out.append(m["line"])
        at = m.end()
    return "".join(out) + markup[at:]


def _tag(marks: str, line: str) -> bool:
    """Whether a marked line reads as a hashtag, a colour or a ticket (the module docstring): a small letter first;
    after a single "#", one word only, a digit in its first word or a capital after a small letter in it."""
    word = line.split(maxsplit=1)[0] if line.strip() else ""
    if word[:1].islower():  # ("#summer", "#ffcc00")
        return True
    camel = any(a.islower() and b.isupper() for a, b in pairwise(word))  # ("#MeToo"; "##JavaScript" is one)
    return len(marks) == 1 and (" " not in line.strip() or camel or any(ch.isdigit() for ch in word))
