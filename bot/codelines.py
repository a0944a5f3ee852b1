"""Code lines over a question in one paragraph (set 71a F7): a forum post pastes its code with <br>s and asks about it
in the lines after, in the same <p> ("<p>print('favorite_animals items:')<br>for character, animal in
favorite_animals.items():<br>print(f\"{character:10} -----> {animal}.\")<br>מה בעצם עושה ה:10 בקוד הזה? (בפרינט)<br>
תודה!</p>", PythonFreeCourse--python-il-forums.xml in /work/unseen71a). Read as one block, the paragraph was code
(codeblocks.reads_as_code) and the excerpt empty, the question with it. Code is decided per line here: the paragraph's
first lines up to the last with a code's mark (a call, a brace, a statement's end, an operator) are code when they read
as code together; the lines after them, none with a code's mark and each with a letter, are prose. The code lines go to
a <pre><code> of their own before the paragraph (as Markdown would have put them: code, which the excerpt skips at the
start, bot/codeblocks.py), the paragraph keeps the prose. Only a paragraph of text and <br>s (no element in a line:
what a link or an emphasis says is left alone), two code lines at least. Over lxml elements, in place.
"""

from __future__ import annotations

import re

import lxml.html

from .codeblocks import reads_as_code

__all__ = ["code_lines_apart"]

# A code's mark in a line: a call ("print(", "items()"), a brace, a statement's end, an assignment or a comparison, an
# arrow, a scope ("::"); a line of prose has none ("(בפרינט)": a parenthesis after a space is an aside).
_CODE_MARK = re.compile(r"\w\(|[{};]|[!=+\-<>]?=|->|::")
_LETTER = re.compile(r"[^\W\d_]")
_CODE_LINES = 2  # at least


def code_lines_apart(root, markup: str) -> None:
    """Moves a paragraph's first lines that are code to a <pre><code> before it (the module's doc)."""
    if "<br" not in markup or ("{" not in markup and ";" not in markup):
        return  # (reads_as_code needs a brace or a statement's end)
    for parent in [el for el in root.iter("p", "div") if len(el) >= _CODE_LINES and el.getparent() is not None]:
        if any(child.tag != "br" for child in parent):
            continue
        brs = list(parent)
        lines = [parent.text or "", *(br.tail or "" for br in brs)]
        marked = [_CODE_MARK.search(line) is not None for line in lines]
        end = max((k for k, mark in enumerate(marked) if mark), default=-1) + 1
        if end < _CODE_LINES or end == len(lines) or not reads_as_code(" ".join(" ".join(lines[:end]).split())):
            continue
        if not all(_LETTER.search(line) for line in lines[end:] if line.strip()):
            continue
        pre = lxml.html.Element("pre")
        lxml.html.etree.SubElement(pre, "code").text = "\n".join(line.strip() for line in lines[:end])
        parent.addprevious(pre)
        parent.text = brs[end - 1].tail
        for br in brs[:end]:
            parent.remove(br)
