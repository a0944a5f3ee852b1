"""A heading element that holds prose: two or more whole sentences set large, a post's lede written as an <h2>
("<h2>Thirty-six people work at 37signals. Only six of us don’t have iPhones. Out of the six of us, three have
Androids. I just recently became one of the Android minority.</h2>", set57 F3). It is read as the paragraph it is,
never skipped as a section's heading (blocks.html_blocks). A heading of one phrase or one sentence stays one, and so do
questions only ("What is it? Why does it matter?", an FAQ's), sentences of a word or two ("Step 1. Install."), and a
note under its label ("<h5>Edit Jun. 11: Anthropic changed…</h5>", "Housekeeping: …", a Substack post's asides).
Pure.
"""

from __future__ import annotations

import re

# A sentence's end inside the text: a letter's full stop (not a number's, "1. Intro"), "!" or "?", closing quotes, a
# space and a capital; or a CJK full stop.
_INNER_END = re.compile(r"(?<=[^\W\d_])[.!?][\"'”’»)]*\s+(?=[\"'“‘«(]?[A-ZÀ-ÞА-ЯΑ-Ω])|。(?=.)")
_FINAL_END = re.compile(r"[^\W\d_][.!][\"'”’»)]*$|。$")
_LABEL = re.compile(r"[^!?:]{1,30}:\s")
_WORDS = 3  # each sentence's words, at least (a script without spaces: ten characters)
_CJK_CHARS = 10


def prose(heading: str) -> bool:
    """Whether a heading's text is two or more whole sentences, the last ending with a full stop or "!"."""
    if len(heading) < 40 or _FINAL_END.search(heading) is None or _LABEL.match(heading):
        return False
    parts = _INNER_END.split(heading)
    if len(parts) < 2:
        return False
    return all(len(part.split()) >= _WORDS or len(part) >= _CJK_CHARS and " " not in part.strip() for part in parts)


def without_prose(headings: list[str]) -> None:
    """Takes out of ``headings`` (the text of a text's h1-h6, in place) those that are prose."""
    headings[:] = [heading for heading in headings if not prose(heading)]
