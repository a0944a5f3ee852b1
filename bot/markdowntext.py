"""Text a feed declares Markdown (Atom ``type="markdown"``, ``text/markdown``: not in
the Atom spec, but written by static-site generators) as the HTML it stands for, so
that it is read like any HTML: an image goes as an ``<img>`` does (never shown as
``![](/images/…png)``), a link is its text, emphasis and code marks go. A code block
(a fence, an indented block) is dropped: a text's code is no excerpt. Only where the
feed says Markdown; plain text that merely holds a "*" or a "_" stays plain, but for a pair of
stars around words (``without_emphasis``). Pure;
markdown-it-py (MIT, CommonMark) is imported only for such a text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from .cuts import BLOCK_END

MARKDOWN_TYPES = frozenset({"markdown", "text/markdown", "text/x-markdown"})
_CODE_BLOCK = re.compile(r"<pre>.*?</pre>\s*", re.DOTALL)
# Markdown's emphasis in a text that is no Markdown ("by *superior, exclusive* software", "**Update**"): its stars go.
# A pair around words, each star against them, in one line: never "5 * 3 * 2", "*.txt, *.py", a[i]*b[j]*c, "2 ** 8",
# "**/*.py", nor a footnote's lone mark ("Bloomberg:*"); a strong pair ("**", "***") may hold a paragraph's sentences
# ("**Vorige week heb ik … Cloud Drive.**", set41 F3), a single one a few words (a scan stops at the next star: linear).
_EMPHASIS = re.compile(
    r"(?<![\w*])(?:(\*\*\*?)(?=[^\s*])([^*\n]{1,1000}?)(?<=[^\s*])\1|\*(?=[^\s*])([^*\n]{1,100}?)(?<=[^\s*])\*)(?![\w*])"
)
_HEADING = 200  # characters of a line all in strong emphasis read as a heading, at most
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]?(\w)")  # (a sentence's end, then its next one's capital)


def in_runs(marked: Sequence[bool]) -> list[bool]:
    """Which marked members of a sequence stand beside another marked one: a list's items, two in a row at least (a
    lone line that opens with a dash may be a dash before someone's words, or a sentence's: "- 5 °C tonight"). The
    one rule for a plain text's list (blocks._plain_list_marked) and a preformatted text's (pre_list_items)."""
    last = len(marked) - 1
    return [m and (i > 0 and marked[i - 1] or i < last and marked[i + 1]) for i, m in enumerate(marked)]


# A preformatted text's line (at the text's start, after a line break, or after the paragraph mark htmltree puts
# before a block's text) that is a Markdown list's item ("* fix: …", "- Add …"): its bullet, then a letter (not
# "- 5 °C"); or any other line that opens a paragraph (not a blank one, nor an indented one: an item's next line)
_PRE_LINE = re.compile(r"(?<![^\n\u2029])(?:([ \t]*[*-][ \t]+)(?=[^\W\d_])|(?=\S))")
# Code's lines: a diff's ("+ new = …", "@@ -1,2 +1,2 @@"), a comment's ("/*", " * …", " */", "// …"), an assignment's
# or a statement's ("- old_value = parse(x)", "- free(buf);")
_CODE_LINE = re.compile(
    r"^[ \t]*(?:\+(?!\d)|@@ |/[*/]|\*/)|\*/[ \t]*$|^[ \t]*(?:[*-][ \t]+)?[\w.\[\]]+ ?[-+*/|&]?= |[;{][ \t]*$", re.M
)


def pre_list_items(pieces: Sequence[str], mark: str) -> list[str]:
    """The pieces of a preformatted text (an element's text and its children's tails, in order) with its Markdown
    list's items each a block (``mark`` before it) opening with a bullet, as HTML's list items are (a squash-merged
    commit's body in a commits feed's <pre>: "* fix: prevent tui width overflows" / "* fix: address tui review
    feedback", agsq11--kimi-commits.xml in /work/unseen46, F5): two items in a row at least (blank lines between
    them), each opening with a letter; never in code (a diff's "- old = 1", a C comment's " * Return the…"). Else a
    ChangeLog's entries (pre_entries) the same way."""
    text = "".join(pieces)
    if _CODE_LINE.search(text):
        return list(pieces)
    if "* " not in text and "- " not in text:
        return _bulleted(pieces, pre_entries(text), mark)
    lines = list(_PRE_LINE.finditer(text))
    listed = in_runs([m[1] is not None for m in lines])
    items = [(m.start(), m.end(1)) for m, is_item in zip(lines, listed, strict=True) if is_item]  # (in order)
    return _bulleted(pieces, items, mark) if items else _bulleted(pieces, pre_entries(text), mark)


# A ChangeLog's entry line: at the line's start, a name without spaces, a colon and words ("pipelight: updated to
# 0.2.3", "libva-vdpau-driver: updated to…"; not an address's "http://", nor a setting's one value, "on: push").
_ENTRY = re.compile(r"[^\W_][\w.+-]{0,60}: \S+ \S")


def pre_entries(text: str) -> list[tuple[int, int]]:
    """Where a preformatted ChangeLog's entries start (each a (start, start) span, an empty bullet to replace): every
    line at the left margin opens with a name and a colon, two such lines at least, every other line indented below
    one of them (a hanging indent: "vlc: updated to 2.1.2." / "  Enabled the…"; set55 F4, a Slackware ChangeLog's
    entries ran into one line). Prose typed with paragraph indents (an indented first line) or a line at the margin
    without a name ("Note: …" alone among them, a wrapped sentence's next line) is no such list: []."""
    starts, at, names, blank = [], 0, 0, True
    for line in text.split("\n"):
        if not line.strip():
            blank = True
        elif line[0] in " \t":
            if blank:  # (an indented line that starts a paragraph, or the text)
                return []
        elif _ENTRY.match(line) is None:
            return []
        else:
            names += 1
            starts.append((at, at))
            blank = False
        at += len(line) + 1
    return starts if names > 1 else []


def _bulleted(pieces: Sequence[str], spans: list[tuple[int, int]], mark: str) -> list[str]:
    """The pieces with each span of their joined text (in order) replaced by a block's ``mark`` and a bullet."""
    if not spans:
        return list(pieces)
    starts = [start for start, _ in spans]
    ends = dict(spans)
    out, at = [], 0
    for piece in pieces:
        parts: list[str] = []
        last = 0
        for start in starts[bisect_left(starts, at) : bisect_left(starts, at + len(piece))]:
            if ends[start] <= at + len(piece):  # (the bullet and its letter in this piece)
                parts += (piece[last : start - at], mark, "• ")
                last = ends[start] - at
        out.append("".join(parts) + piece[last:] if parts else piece)
        at += len(piece)
    return out


def is_markdown_type(content_type: str | None) -> bool:
    return (content_type or "").strip().lower() in MARKDOWN_TYPES


# A Markdown link written out in a text that is no Markdown (a reddit comment's description): its text, a few words,
# and an address in brackets, which may hold a pair of its own ("…/Foo_(bar)"). Not a footnote's "[1]" alone, nor code.
# An image written out ("![image](https://…png)") is no text at all.
_LINK = re.compile(r"(!?)\[([^\[\]\n]{0,80})\]\((?:https?://|/|www\.)[^\s()]*(?:\([^\s()]*\)[^\s()]*)?\)")


def without_links(line: str) -> str:
    """The line with each Markdown link written out as its text ("[Here](http://…) is a recording": "Here is a
    recording"; set52 F3), each image written out gone, and a footnote's number ("effect[1](https://doi.org/…)")."""
    return _LINK.sub(lambda m: "" if m[1] or m[2].isdigit() else m[2], line).strip() if "](" in line else line


def links_read(lines: list[str], code: Sequence[str], marks: Sequence[list]) -> list[str]:
    """The lines with their links read (without_links; code as it is, a line left empty gone), each changed line also
    in the lists of ``marks`` (a quote's, a heading's, a row's lines: those are known by their text; the review)."""
    return [line for line in rewritten(lines, code, without_links, marks) if line]


def rewritten(lines: list[str], code: Sequence[str], rewrite: Callable[[str], str], marks: Sequence[list]) -> list[str]:
    """Each line (not code's) rewritten, a changed one added to each of the ``marks`` lists (headings, quotes, rows)
    that hold it as it was."""
    out = []
    for line in lines:
        new = line if line in code else rewrite(line)
        if new != line:
            for marked in marks:
                if line in marked:
                    marked.append(new)
        out.append(new)
    return out


def without_emphasis(text: str, *, heading: bool = False, single: bool = True, words: bool = False) -> str:
    """A text without Markdown's emphasis marks (a plain text's: bot/blocks.py; a line of HTML's text: bot/clean.py).
    ``heading``: a line all in strong emphasis ("**tldr;**", "**… a Slack channel now... just go to …**") keeps its
    marks, to be read as a heading, unless it holds a paragraph: sentences ("**Vandaag is een bijzondere dag. Waarom,
    …**", set41 F3), or more than _HEADING characters; ``single``: a single star's pair goes too; ``words``: that pair
    only around one to three words ("apply it to *one* single project", HTML's text: set56 F6). A strong mark left
    unpaired before a word goes too: a summary cut inside the span ("meine **erste Zahlung …", set56 F6)."""
    whole = _EMPHASIS.fullmatch(text) if heading else None
    if whole is not None and whole[1] is not None and len(whole[2]) <= _HEADING and not _sentences(whole[2]):
        return text
    text = _EMPHASIS.sub(
        lambda m: _edit_label(m) or (m[2] if m[1] is not None else m[3] if _single(m, single, words) else m[0]), text
    )
    return _unpaired(text) if "**" in text else text


# A Markdown code span of one token ("saved to a `.txt` file", set 65b F11): no spaces, no backtick inside, none
# touching it ("``a``", a word's "x`y`"), a letter or a digit in it (not "`.`", "`,`", "`**`": bare, they read as
# the sentence's punctuation, rev65b 5).
_CODE_SPAN = re.compile(r"(?<![`\w])`((?=[^`\s]*[^\W_])[^`\s]{1,40})`(?![`\w])")


def markdown_read(text: str, **emphasis: bool) -> str:
    """A plain text without Markdown's emphasis (``without_emphasis``) and, once some was read in it (the text, a line
    of it for bot/clean.py's html_lines, is Markdown, not a plain text with a stray mark), its code spans' backticks:
    "their login info can be saved to a `.txt` file." read "… to a .txt file." (set 65b F11, a changelog's undeclared
    Markdown in an RSS description). A lone backtick, a span with spaces ("`git add .`") or of punctuation only ("`.`",
    rev65b 5), a text with no emphasis read keep theirs. ``emphasis``: without_emphasis's."""
    read = without_emphasis(text, **emphasis)
    return _CODE_SPAN.sub(r"\1", read) if read != text and "`" in read else read


def _unpaired(text: str) -> str:
    """Without a bold's "**" its line does not close (_UNPAIRED_STRONG), nor a lone "**" that closes what a line
    before opened ("…einige" / "wichtige Fehlerbehebungen** für alle…": a bold over two lines, its opener gone too, the
    review of 516e7a4)."""
    text = _UNPAIRED_STRONG.sub("", text)
    closer = _UNPAIRED_CLOSER.search(text) if text.count("**") == 1 else None
    if closer is not None and _CODE_MARKS.search(text, 0, closer.start()) is None:
        text = text[: closer.start()] + text[closer.end() :]
    return text


def _single(m: re.Match, single: bool, words: bool) -> bool:
    """Whether a single star's pair goes: always (``single``), or (``words``) around a few words inside a sentence, a
    word on each side ("to *one* single project"); never "he said - *name*." (a placeholder), "does *woof*." (an act)."""
    if single or not words or _WORDS.fullmatch(m[3]) is None:
        return single
    before, after = m.string[max(0, m.start() - 2) : m.start()], m.string[m.end() : m.end() + 2]
    return before[1:] == " " and before[:1].isalpha() and after[:1] == " " and after[1:].isalpha()


# One to three words of letters (a single star's pair around them is emphasis, never a glob's "*.txt", "a*b").
_WORDS = re.compile(r"[^\W\d_][\w'’-]{0,30}(?: [^\W\d_][\w'’-]{0,30}){0,2}(?<=[^\W\d_])")
# "**" at a word's start (after a space, a line's start or an opening quote) that nothing after it on its line closes,
# where that rest holds no code's marks: never "2**10", "f(*args, **kwargs)", "pass **kwargs to f(x)", "a **b = c".
# Nor Python's "**kwargs" in prose ("you can pass **kwargs to the wrapped function": the review).
_UNPAIRED_STRONG = re.compile(
    r"(?<![^\s\"'“‘„])\*\*(?=[^\W\d_])(?!(?:kwargs|kw|args|opts|options|params)\b)(?![^\n]*?[*=()_{`<])"
)
_UNPAIRED_CLOSER = re.compile(r"(?<=[^\W\d_])\*\*(?=[\s.,;:!?)\"'”’]|$)")
_CODE_MARKS = re.compile(r"[*=(){}_`<]")


# An edit's label in emphasis between sentences (or opening a line), before a capitalised one: "…to be heard.
# **edit** It helps to have the poem…", a reddit comment's (set52, the re-reading's NEW): set off with a colon, "Edit:
# It helps…", never a bare word between sentences. Written as a label is: in lower case or in capitals, or with its
# number or colon ("EDIT", "Update 2", "Edit:"); not the verb: "you can **edit** it", "Open it. **Edit** the file.", an
# order before a name ("Back up first. **Update** Windows, then reboot.": the review).
_EDIT_LABEL = re.compile(
    r"(?:(?i:edit(?:ed)?|update[ds]?|addendum)(?: ?\d{1,2}:?|:))|(?:edit(?:ed)?|update[ds]?|addendum|EDIT(?:ED)?"
    r"|UPDATE[DS]?|ADDENDUM)"
)
_BETWEEN = re.compile(r"(?:^|[.!?…][\"'”’)]*\s+)$", re.MULTILINE)  # (before it: a sentence's end, or a line's start)


def _edit_label(m: re.Match) -> str:
    """The emphasis as an edit's label set off ("Edit: "), when it is one (see above); "" when not."""
    words, text = m[2] or m[3], m.string
    if _EDIT_LABEL.fullmatch(words) is None or not text[m.end() : m.end() + 1].isspace():
        return ""
    after = text[m.end() :].lstrip()[:1]
    between = _BETWEEN.search(text, max(0, m.start() - 20), m.start()) is not None
    return words[0].upper() + words[1:].rstrip(":") + ":" if after.isupper() and between else ""


def _sentences(text: str) -> bool:
    return any(m[1].isupper() for m in _SENTENCE_END.finditer(text))


# A Markdown heading left as a line of text: one to six "#", a space, a short title that ends no sentence.
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+([^\n#]{1,80}?)\s*#*")


def marked_heading(line: str, headings: list) -> str:
    """A line that is a Markdown heading as its title, counted among ``headings``; any other line as it is."""
    m = _MARKDOWN_HEADING.fullmatch(line)
    if m is None or m[1][0].islower() or BLOCK_END.search(m[1]):
        return line
    headings.append(m[1])
    return m[1]


# A paragraph a reply quotes another post's words in, as mail and Markdown do: "> " and a word ("> But this…"), never
# a comparison ("> 50 ms").
_MARKED_QUOTE = re.compile(r">\s+(?=[^\W\d_])")


def marked_quote(line: str, quotes: list) -> str:
    """A line marked as a quote ("> …") as its words, counted among ``quotes``; any other line as it is."""
    if (m := _MARKED_QUOTE.match(line)) is None:
        return line
    quotes.append(line := line[m.end() :])
    return line


def markdown_html(text: str) -> str:
    """The HTML of a Markdown text, without its code blocks."""
    if not text.strip():
        return text
    return _CODE_BLOCK.sub("", _renderer().render(text))


@functools.cache
def _renderer():
    from markdown_it import MarkdownIt  # (only for a feed that declares Markdown)

    return MarkdownIt("commonmark")


# MediaWiki's markup a change feed's diff shows as text (a Wikipedia "Recent changes" diff an aggregator relays: "…she
# was murdered.<ref name=":0" /> … sent to The [[National Database and Registration Authority]] (NADRA)…", set42 F7):
# a footnote's <ref …/> or <ref>…</ref> (or a citation, "<ref>{{Cite…", the feed cut at the line's end) goes, a link
# [[target|label]] or [[target]] is its label. Only in a line with a footnote's tag closed (an unclosed "<ref>" alone
# is a text about the tag: "the <ref> element points at…"), or with a link labelled "|" (two "[[x]]" may be a
# program's: "several [[bin]] tables", Lua's "[[hello]] .. [[world]]"; "[[ -f a ]]").
_REF_TAG = (  # (a footnote's attributes, its name and group only: not Spring's "<ref bean=…/>")
    r" ?<ref(?: +(?:name|group) *= *(?:\"[^\"<>\n]{0,100}\"|'[^'<>\n]{0,100}'|[^\s\"'<>/]{1,100}))* *"
)
_CLOSED_REF = re.compile(_REF_TAG + r"(?:/>|>[^<\n]{0,2000}?</ref>)")
_REF = re.compile(_REF_TAG + r"(?:/>|>(?:[^<\n]{0,2000}?</ref>|\{\{[^<\n]{0,2000}$))")
_WIKILINK = re.compile(r"\[\[([^\W\d_][^\[\]{}<>|\n]{0,100})(?:\|([^\[\]{}<>|\n]{1,100}))?\]\]")


def without_wikitext(lines: list[str]) -> list[str]:
    """The lines without MediaWiki's footnotes and link marks (see above); the lines themselves when none."""
    if not any("<ref" in line or "[[" in line for line in lines):
        return lines
    return [_plain_wiki(line) if "<ref" in line or "[[" in line else line for line in lines]


def _plain_wiki(line: str) -> str:
    refs = _CLOSED_REF.search(line)
    if refs is None and not any(link[2] for link in _WIKILINK.finditer(line)):
        return line
    line = _REF.sub("", line) if refs is not None else line
    return _WIKILINK.sub(lambda m: m[2] or m[1], line)


# Inline TeX a page's MathJax renders, "\(x(t) \rightarrow a_k\)", "\[…\]", "$$\frac{a}{b}$$", "$\alpha$" (a command in
# it: not "$5 and $10"), after a sentence's end with nothing but TeX after it to the line's end (set43 F13): no words
# to read; the line ends before it, with the colon that announced it. (TeX that opens a sentence, "$\mathcal{H}$
# denotes…", or inside one, "$n$-partite GHZ states" (set13), is the sentence's.)
_TEX_AFTER = re.compile(r"[.!?。！？][ :]*(?=\\[(\[]|\$)")  # (a sentence's end before TeX's opening)
_TEX_CLOSE = {"\\(": "\\)", "\\[": "\\]", "$$": "$$", "$": "$"}
_TEX_COMMAND = re.compile(r"\\[A-Za-z]{2,}")
_TEX_TAIL = 300  # characters of TeX at a line's end, at most


def _tex_only(text: str) -> bool:
    """Whether ``text`` is inline TeX, one span or more, and nothing else (spaces and punctuation between)."""
    at = 0
    while at < len(text):
        opening = next((mark for mark in _TEX_CLOSE if text.startswith(mark, at)), "")
        end = text.find(_TEX_CLOSE[opening], at + len(opening)) if opening else -1
        if end < 0 or opening[0] == "$" and _TEX_COMMAND.search(text, at, end) is None:
            return False
        at = end + len(_TEX_CLOSE[opening])
        while at < len(text) and text[at] in " .,;:":
            at += 1
    return True


def before_tex(lines: list[str], code: Sequence[str] = ()) -> list[str]:
    """The lines, each with inline TeX that ends it after a sentence's end cut before it."""
    out = []
    for line in lines:
        if "\\" in line[-_TEX_TAIL:] and line not in code:
            for end in _TEX_AFTER.finditer(line, max(0, len(line) - _TEX_TAIL - 8)):
                if _tex_only(line[end.end() :]):
                    line = line[: end.start() + 1]
                    break
        out.append(line)
    return out
