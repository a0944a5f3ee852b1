"""A heading element that holds prose: a post's lede set large, the text's first block ("<h2>Thirty-six people work at
37signals. Only six of us don’t have iPhones. Out of the six of us, three have Androids. I just recently became one of
the Android minority.</h2>", set57 F3). It is read as the paragraph it is, never skipped as a section's heading
(blocks.html_blocks): twenty words or more, the last ending with a full stop or "!", in two or more whole sentences;
or, in a script with spaces, in one whole sentence (set65a F6: a licence page's "<h3>İnsanların herhangi bir engel
olmaksızın … inanıyorum.</h3>", 25 words). One sentence needs as many words as two (review of f7ca29b: with fewer, a
heading of one sentence was prose and the same words in two sentences were not). The text's first headings are read
so while each is prose.
A heading further on stays one ("<h3>Thanks for reading. Share this post with a friend.</h3>" at the end), and so do
a short one ("<h4>This post contains affiliate links. We may earn a commission…</h4>", "<h1>Council approves budget.
Schools get more money.</h1>"), one that asks ("Like what you read? Sign up…", an FAQ's "What is it? Why…"), a
headline in title case ("Apple Unveils The New iPhone. Here Is Everything…"), a numbered step ("3) Turnover Will
Happen. …"), and a note under its label ("<h5>Edit Jun. 11: Anthropic changed…</h5>", a Substack post's asides): the
review of 3b7e0c3. Pure.
"""

from __future__ import annotations

import re

# A sentence's end inside the text (a letter's full stop, not a number's: "1. Intro"; or "!"), closing quotes and a
# space: the next sentence must open with a capital (any script that has them: "Żaden poseł…"); or a CJK full stop.
_INNER_END = re.compile(r"(?<=[^\W\d_])[.!][\"'”’»)]*\s+|。(?=.)")
_FINAL_END = re.compile(r"[^\W_][.!][\"'”’»)]*$|。$")
_LABEL = re.compile(r"[^!?:]{1,30}:\s")
_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")
_WORDS, _ALL_WORDS = 3, 20  # each sentence's words, and the heading's (one sentence or more: set65a F6), at least
_CJK_CHARS, _ALL_CJK_CHARS = 10, 40  # the same in a script without spaces: characters


def prose(heading: str) -> bool:
    """Whether a heading's text is a lede's prose (the module's docstring)."""
    if len(heading) < 40 or "?" in heading or "？" in heading or _FINAL_END.search(heading) is None:
        return False
    if _LABEL.match(heading) or _NUMBERED.match(heading):
        return False
    words = heading.split()
    spaced = len(words) > 1
    parts = _INNER_END.split(heading)
    if (len(words) if spaced else len(heading)) < (_ALL_WORDS if spaced else _ALL_CJK_CHARS):
        return False
    long = [word for word in words if len(word) >= 4 and word[0].isalpha()]
    if spaced and 2 * sum(word[0].isupper() for word in long) > len(long):
        return False  # (title case: a headline's)
    if len(parts) < 2 - spaced or not all(_opens_sentence(part) for part in parts[1:]):
        return False  # (one whole sentence is prose too in spaced scripts: set65a F6)
    return all(len(part.split()) >= _WORDS or len(part) >= _CJK_CHARS and " " not in part.strip() for part in parts)


def _opens_sentence(part: str) -> bool:
    """Whether a part after a full stop opens a sentence: its first letter a capital, or a letter without case."""
    letter = next((c for c in part if c.isalpha()), "")
    return letter.isupper() or letter.lower() == letter.upper() != ""


def without_prose(headings: list[str], lines: list[str]) -> None:
    """Takes the text's first lines out of ``headings`` (the text of its h1-h6, in place) while each is a heading and
    prose: a lede's, or a page's text set as headings throughout (set65a F6: a licence page of two <h3>s, each whole
    sentences, was shown as a list's one item and "…")."""
    run = set()
    for line in lines:
        if line not in headings or not prose(line):
            break
        run.add(line)
    if run:
        headings[:] = [heading for heading in headings if heading not in run]
