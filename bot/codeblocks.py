"""Code in a text's markup: preformatted text that is a program's (a <pre> holding a <code>, or one a
syntax highlighter marks), never a sentence an excerpt shows (set19 F11: a Hugo post that is one
``<div class="highlight"><pre class="chroma"><code class="language-js">`` block had its JavaScript as its
excerpt). Preformatted text that is not code (a commit message, a mailing list's post) is shown as before.
"""

from __future__ import annotations

import re

# The class a highlighter or a Markdown converter gives a block of code, or the box around it: Hugo's chroma,
# Pygments' and Rouge's "highlight", highlight.js's "hljs", Google's "prettyprint", Pandoc's "sourceCode",
# SyntaxHighlighter's "brush: js", "language-js"/"lang-js".
_CODE_CLASS = re.compile(r"\b(?:chroma|highlight|hljs|prettyprint|sourceCode|brush:|lang(?:uage)?-\w)", re.IGNORECASE)


def is_code(pre) -> bool:
    """Whether a <pre> element (lxml) holds code: all its text inside a <code> (Markdown's code blocks),
    or its class, or its parent's, names a highlighter or a language."""
    if len(pre) == 1 and pre[0].tag == "code" and not (pre.text or "").strip() and not (pre[0].tail or "").strip():
        return True
    parent = pre.getparent()
    return any(_CODE_CLASS.search(el.get("class") or "") for el in (pre, parent) if el is not None)


def add_code(pre, lines: list[str], code: list | None) -> None:
    """``code`` (when given) gets a <pre>'s ``lines`` when it holds code."""
    if code is not None and is_code(pre):
        code.extend(lines)


# A program's trace or log written as paragraphs (a forum post's crash dump pasted with <br>s, set24 F7): a line
# that opens as a log record does ("2016-04-06 21:19:51.855 QuickCart[8766:185061] …", "myApp (353,0x21490be40)
# malloc: …", "AVAudioSession.mm:1079:-[…]", "Traceback (most recent call last):", Java's "at com.foo.Bar(Bar.java:12)"),
# or whose words are mostly a trace's (addresses, source files, methods, frame numbers), two of them telling ones.
_EXTENSION = r"\.(?:c|cc|cpp|cxx|h|hpp|m|mm|swift|java|kt|scala|py|js|ts|go|rs|rb|php|cs)"
_SOURCE = rf"[\w.+-]+{_EXTENSION}"
_LOG_HEAD = re.compile(
    r"(?:\[\w+\]\s*)?[^\w\s]*\s*(?:"
    r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d"  # a timestamp
    r"|\w+ ?[\[(]\d+[,:](?:0x)?[0-9a-fA-F]+[\])] "  # a process and its thread: "App[123:456]", "App (123,0x1f)"
    rf"|{_SOURCE}:\d+:"  # a source file and line
    r"|Traceback \(most recent call last\):"
    rf"|at [\w$.<>]+\({_SOURCE}:\d+\))"  # a Java stack frame
)
_TELLING = re.compile(rf"0x[0-9a-fA-F]{{4,}}|{_SOURCE}(?::\d+)*\)?|[-+]\[\w+|\w+:\]")
_TRACE_WORD = re.compile(r"[^\w\s]+|\d+|Line|\w*[a-z][A-Z]\w*|\w+_\w+|\w+:\]?|\(?\w+\.\w+\)?")
# (a source file by its extension after a name's last character: a search for the whole name from every character
# of a text cost 6 % of read_feed)
# (each branch opens with a character few positions hold: a word's character first let every branch be tried at
# every position, 4 % of read_feed)
_HINT = re.compile(rf"0x[0-9a-fA-F]{{4}}|\.(?<=[\w+-]\.){_EXTENSION[2:]}\b|\d\d:\d\d:\d\d|Traceback|\[\w+ \w+")


def is_trace(line: str) -> bool:
    """Whether a line of a text's paragraphs is a program's trace or log, not a sentence."""
    if _LOG_HEAD.match(line):
        return True
    words = line.split()
    if len(words) < 3 or len(_TELLING.findall(line)) < 2:
        return False
    return sum(bool(_TELLING.search(word) or _TRACE_WORD.fullmatch(word)) for word in words) >= 0.6 * len(words)


def add_traces(lines: list[str], code: list, rows: list) -> None:
    """``code`` and ``rows`` get the lines that are a trace or a log (is_trace) and not yet code."""
    if not _HINT.search("\n".join(lines)):
        return  # (most texts: nothing a trace holds)
    known = set(code)
    traces = [line for line in lines if line not in known and is_trace(line)]
    code.extend(traces)
    rows.extend(traces)
