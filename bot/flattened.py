"""A summary that is its entry's content flattened (bot/feedcuts.py's may_be_cut, then the content is read): its
start cut at a length in its Markdown source (cut_start_of), its tags spaced apart in Chinese (spaced_apart), its
first heading run into its first paragraph (heading_run_in). Pure.
"""

from __future__ import annotations

import html
import re

from .titlewords import casefolded_words

TAG = re.compile(r"<[^<>]*>")
BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|br|blockquote|tr|td|table|figure|section)\b[^<>]*>", re.IGNORECASE)
# (after markup without text: a picture's paragraph, "<p><img …></p><h2>مقدمه</h2>", gictorbit--index.xml, set29 F1)
_FIRST_HEADING = re.compile(
    r"\s*(?:<(?!h[1-6]\b)[^<>]*>\s*){0,6}<h([1-6])\b[^<>]*>(.{1,200}?)</h\1\s*>", re.IGNORECASE | re.DOTALL
)


def heading_run_in(summary: str, content: str) -> bool:
    """Whether a summary without markup opens with the content's first heading run into the text after it ("Puspa Es
    un evento…" for "<h4>Puspa</h4><ul><li><p>Es un evento…", a Jekyll excerpt: tests/data/unseen/set26 F3; the heading after a
    picture: set29 F1)."""
    if "<" in summary[:300] or (first := _FIRST_HEADING.match(content)) is None:
        return False
    heading = " ".join(html.unescape(TAG.sub(" ", first[2])).split())
    return bool(heading) and " ".join(summary.split()[:40]).startswith(heading + " ")


# Tags before a text's first word (a picture's figure and its sources: thousands of characters of markup, no text)
_LEADING_TAGS = re.compile(r"(?:\s*+<[^<>]*+>)*+")


def cut_start_of(summary: str, content: str) -> bool:
    """Whether a summary that ends mid-sentence (in a letter, or a number's dot: cut at a length) is the start of a content twice as
    long (raw), its Markdown source ("like `input` and" for "<code>input</code>": alfy--feed.xml, set25 F6)."""
    number = summary[-1:] == "." and summary[-2:-1].isdigit()  # (or after a number's dot: "…‘Dogecoin 2.", set51 F5)
    if not (summary[-1:].isalpha() or number) or len(content) < (1 if number else 2) * len(summary):
        return False  # (the number's: its content goes on from it, _goes_on)
    start = lead.end() if (lead := _LEADING_TAGS.match(content)) else 0  # (a figure first: set 71b F3)
    words, head = casefolded_words(summary[:600])[:-1], content[start : start + 3 * len(summary[:600]) + 400]
    text = html.unescape(TAG.sub(" ", head))  # (its entities read: "&lsquo;Dogecoin")
    if len(words) < 8 or casefolded_words(text)[: len(words)] != words:
        return False
    return not number or _goes_on(summary, text)


def _goes_on(summary: str, text: str) -> bool:
    """Whether the content's text (its start) goes on from the summary's last characters without a space: the
    number was cut ("2." of "‘Dogecoin 2.0’."), not a sentence ended after it ("…in 2019." before " The…")."""
    tail, text = " ".join(summary[-16:].split()), " ".join(text.split())
    at = text.find(tail)
    return at >= 0 and at + len(tail) < len(text) and not text[at + len(tail)].isspace()


_CODE = re.compile(r"<(?:pre|code)\b", re.IGNORECASE)
_NOT_ALNUM = re.compile(r"\W+|_")


def code_copy(summary: str, content: str) -> bool:
    """Whether a summary without a tag, in lines, is the text of an HTML content with code in it (a WordPress
    description beside its content:encoded: "I also liked:\\n\\nx = s.startswith('Go')…" for "<p>I also liked:</p>
    <pre><code>x = …", cardmagic--technoblog.xml in set47, F3): its code flattened into prose, the content is read.
    Its letters and digits are compared with the content's text (tags off, entities read)."""
    if "\n" not in summary[:2000] or "<" in summary or not _CODE.search(content[:20_000]):
        return False
    return _same_start(summary, TAG.sub("", content[: len(summary[:400]) * 4 + 400]))


def _letters(summary: str) -> str:
    """The letters and digits of a summary's first 400 characters, its entities read ("We&#8217;d": "Wed", the review
    of set47), casefolded."""
    return _NOT_ALNUM.sub("", html.unescape(summary[:400])).casefold()


def _same_start(summary: str, text: str) -> bool:
    """Whether a text (its entities read) starts with a summary's letters and digits (60 at least): the summary is
    it, whatever stood between them (spaces, line breaks, apostrophes, tags)."""
    start = _letters(summary)
    return len(start) >= 60 and _NOT_ALNUM.sub("", html.unescape(text)).casefold().startswith(start)


# A Chinese or Japanese character or mark: in the scripts written without spaces between words.
_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_LETTER = re.compile(r"[^\W_]")


def spaced_apart(summary: str, content: str) -> bool:
    """Whether a summary is the start of the content (text, or its markup), its letters and digits the
    same, with a space beside a Chinese or Japanese character where the content has none: in a script
    written without spaces, that space is where the feed flattened an inline tag (ai-insight-daily's
    description "更是 创作流程的改变 。" beside its content's "更是<strong>创作流程的改变</strong>。",
    set21 F5). A summary with markup is not flattened."""
    summary = summary[:600]
    if "<" in summary or not _WIDE.search(summary):
        return False
    content = content[: len(summary) * 3 + 200]
    if "<" in content:
        content = TAG.sub("", BLOCK_TAG.sub("\n", content))
    ours, theirs = letter_gaps(html.unescape(summary)), letter_gaps(html.unescape(content))
    if len(ours) < 60 or [c for c, _ in theirs[: len(ours)]] != [c for c, _ in ours]:
        return False
    return any(
        gap.strip() != gap and their_gap.strip() == their_gap and _WIDE.search(ours[i - 1][0] + gap + letter)
        for i, ((letter, gap), (_, their_gap)) in enumerate(zip(ours, theirs, strict=False))
        if i
    )


def letter_gaps(text: str, fold: bool = True) -> list[tuple[str, str]]:
    """Each letter or digit of a text (case-folded, unless not ``fold``), with what stands between it and the one
    before."""
    found, end = [], 0
    for match in _LETTER.finditer(text):
        found.append((match.group().casefold() if fold else match.group(), text[end : match.start()]))
        end = match.end()
    return found


_HEADING_END = re.compile(r"</h[1-6]\s*>", re.IGNORECASE)
_MARKUP_SPAN = 12  # characters of markup read for each of the summary's (tags and indents are most of a list's)


def markup_flattened(summary: str, content: str) -> bool:
    """Whether a plain summary is the content's markup with its tags stripped, headings and lists' items included (a
    Jekyll auto-excerpt: "목차 올림픽 게임 작전: … 작전 배경 …" for "<h2>목차</h2><ul><li><a …>올림픽 게임 작전: …</a>",
    set46 F6): its letters and digits are those of the markup's text, in order. The content, whose blocks tell a
    table of contents and headings from the story, is read instead. Only a summary that runs past the end of a heading:
    a first paragraph's text alone, or a list's items (set21 F5's), read as well as the content."""
    if len(start := _letters(summary)) < 60:
        return False
    markup = content[: len(summary[:400]) * _MARKUP_SPAN]
    if (ends := _HEADING_END.search(markup)) is None:
        return False  # (only the first paragraph's text: the content reads no better)
    before = _NOT_ALNUM.sub("", html.unescape(TAG.sub(" ", markup[: ends.start()])))
    return len(before) < len(start) and _same_start(summary, TAG.sub(" ", markup))  # (the summary runs past a heading)


_TAIL_WORDS = 4  # of the summary's first words, looked for in the content
_CONTENT_SPAN = 30_000  # characters of the content's markup read


def opens_mid_sentence(summary: str, content: str, title: str = "") -> bool:
    """Whether the summary opens with two words of lower-case letters, and is the rest of a sentence the content holds:
    the content has its first words after a lower-case word or a comma ("founders must confront…" for "…, as we look
    into the future, founders must confront…", set46 F10). Not a name written small ("node.js ist…", "mruby 透過…",
    "curl now speaks…", "htmx gets…"): a first word the title or the content writes in lower case where a sentence
    or a line starts is a name; nor a sentence written all in lower case ("i finally moved…"), not in the content."""
    words = summary[:40].split(None, 2)
    if len(words) <= 2 or not all(w.isalpha() and w.islower() for w in words[:2]):
        return False
    text = html.unescape(TAG.sub(" ", BLOCK_TAG.sub("\n", content[:_CONTENT_SPAN])))
    opening = r"\s+".join(map(re.escape, summary[:200].split()[:_TAIL_WORDS]))
    if not any(m[2] or m[1].islower() for m in re.finditer(rf"(?:\b(\w{{1,40}})|(,))\s+{opening}(?!\w)", text)):
        return False
    name = re.compile(rf"(?:^|[.!?:]\s)\s*{re.escape(words[0])}(?!\w)", re.MULTILINE)
    return name.search(title.strip()) is None and name.search(text) is None


def text_flattened(summary: str, content: str) -> bool:
    """Whether a plain summary starts with the content's words, its letters and digits
    the same whatever stands between them (spaces, line breaks, apostrophes)."""
    return _same_start(summary, content[: len(summary[:400]) * 2])
