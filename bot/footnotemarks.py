"""Footnote marks as plain text (a docutils post's "…меня самого[1].", its footnote in a <dl class="footnote
brackets"> after the paragraph; set49 F13): gone when the entry's footnote list defines their numbers."""

from __future__ import annotations

import html as htmllib
import re

# A footnote's number in brackets glued to the word or the mark it follows ("самого[1].", "end.[12]"), not a link's
# label nor a reference's ("[1](…)", "[1]: …", "[1][2]" kept as the second's), nor an index ("§ 3[2]", "xs[0]")
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_]|[.,;:!?»”\")])\[([1-9]\d{0,2})\](?![(:\[])")
# A footnote list (docutils' <dl class="footnote brackets">, Pandoc's <section class="footnotes">, kramdown's
# <li id="fn:1">) and the numbers it defines: its items' ids, its labels ("<dt class="label"><span>1</span>")
FOOTNOTES = re.compile(r"""class=["'][^"']*\bfootnote|\bid=["']fn""")
_FOOTNOTE_NUMBER = re.compile(
    r"""\bid=["'](?:fn|footnote)[-:_]?(\d{1,3})["']|class=["']label["'][^>]*>(?:\s*(?:<[^>]*>|\[))*\s*(\d{1,3})\b"""
)
_TAG = re.compile(r"<[^>]*>")


def without_footnote_marks(lines: list[str], markup: str, start: int, kept: set[str]) -> list[str]:
    """``lines`` without the marks of the footnotes the list at ``start`` of ``markup`` defines; not inside inline
    code ("<code>argv[1]</code>"), nor in a line that indexes from 0 ("xs[0], xs[1]": the review of fix49b)."""
    numbers = {a or b for a, b in _FOOTNOTE_NUMBER.findall(markup, start)}
    inline = {text for code in _inline_code(markup) if "[" in (text := htmllib.unescape(_TAG.sub("", code)))}

    def unmarked(line: str) -> str:
        spans: list[tuple[int, int]] = []  # (inline code's, found at the first mark of a footnote's number)

        def gone(m: re.Match) -> str:
            if m[1] not in numbers:
                return m[0]
            if inline and not spans:
                spans.extend((c.start(), c.end()) for text in inline for c in re.finditer(re.escape(text), line))
            return m[0] if any(a <= m.start() < b for a, b in spans) else ""

        return _FOOTNOTE_MARK.sub(gone, line)

    return [unmarked(line) if "[" in line and line not in kept and "[0]" not in line else line for line in lines]


def _inline_code(markup: str) -> list[str]:
    """What the <code> elements of ``markup`` hold (one pass: an unclosed one ends the search)."""
    found, pos = [], 0
    while (start := markup.find("<code", pos)) >= 0 and (end := markup.find("</code>", start)) >= 0:
        found.append(markup[markup.find(">", start) + 1 : end])
        pos = end + 7
    return found


# A footnote's number glued after a sentence's end in a plain summary (Hugo's .Summary of "…한다.<sup><a
# role="doc-noteref">1</a></sup> 불합리한…": "…사랑해야 한다.1 불합리한 고통을…", set64a F18): a letter, the stop, one to
# three digits and a space; not a version or a figure ("v3.2 ", "2.1 ": a digit before the dot).
_PLAIN_MARK = re.compile(r"(?<=[^\W\d_][.!?])([1-9]\d{0,2})(?=\s|$)")
_WORD_STOP = re.compile(r"[^\W\d_]{1,12}[.!?]$")  # (the end of the word before the number, and its stop)
# The same in the content, a noteref after it: the word's end, the stop, a <sup> or an <a> (up to three), the number.
_NOTEREF = re.compile(r"([^\W\d_]{1,12}[.!?])\s*(?:<(?:sup|a)\b[^>]*>\s*){1,3}\[?([1-9]\d{0,2})\]?(?!\d)")


def plain_marks_dropped(summary: str, content: str) -> str:
    """A plain ``summary`` without the footnote numbers glued after its stops (above) that the entry's HTML
    ``content`` marks at the same spot (the same word's end and stop, then a <sup> or <a> with that number) and
    defines (its footnote list's ids, "id="fn:1""). Not a number the text has there itself, "No.1", "Appendix A.2",
    "Art.3", in an entry that has footnotes elsewhere (review rev64a 8). The summary as it is otherwise."""
    if not content or not _PLAIN_MARK.search(summary) or not FOOTNOTES.search(content):
        return summary
    numbers = {a or b for a, b in _FOOTNOTE_NUMBER.findall(content)}
    marked = {(m[1], m[2]) for m in _NOTEREF.finditer(content) if m[2] in numbers}

    def gone(m: re.Match[str]) -> str:
        word = _WORD_STOP.search(summary, max(0, m.start() - 13), m.start())
        return "" if word is not None and (word[0], m[1]) in marked else m[0]

    return _PLAIN_MARK.sub(gone, summary)
