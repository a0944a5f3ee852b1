"""Two inline elements that touch, each a unit of its own: a space between their words.

An aggregator lays a related story out as a link and its publisher side by side,
told apart by their colours only (Google News: ``<a>…faces the music</a><font
color="#6f6f6f"><nobr>The Guardian</nobr></font>``); a tweet embedded in a post
its buttons (``<a>Reply</a><a>Retweet</a><a>Favorite</a>``); a card its name
and handle. Read as text, the two run into one word ("musicThe Guardian",
"ReplyRetweet") and a sentence runs on into the next headline. Where the first
element's text ends a word in lower case or ends a sentence or a clause, and the
next one's starts with a capital, they are two units, never one word: a space
goes between them. Never in code (a highlighter's ``<span>System.</span>
<span>Console</span>`` is one name), never at a capital after a capital or a
digit ("<b>AT</b><b>T</b>", "<span>3</span><span>D</span>"), nor at a lower-case
start ("<b>Bold</b><i>er</i>", a highlighter's "." + "zshrc"). Pure; used by
bot/htmltree.py's walk.
"""

from __future__ import annotations

import dataclasses
import html
import re
from typing import TYPE_CHECKING

import lxml.etree

from .cuts import MINOR_WORDS, SENTENCE_END, is_abbreviation
from .feedfooters import without_footer
from .ownlinks import is_own, last_link
from .perthread import PerThread

if TYPE_CHECKING:
    from .blocks import Blocks

_INLINE_TAGS = ("a", "font", "nobr", "span", "strong", "b", "em", "i", "u", "small", "cite")
# Markup where one of them closes and another opens with nothing between: the only place this applies
# (a quick test on the markup: most has none, and its tree is then not walked again).
_ALTERNATIVES = "|".join(_INLINE_TAGS + tuple(tag.upper() for tag in _INLINE_TAGS))  # (re.I: a third slower)
_TOUCHING = re.compile(rf"</(?:{_ALTERNATIVES})\s*><(?:{_ALTERNATIVES})[\s/>]")
_ENDS_UNIT = frozenset('.!?:;,)]”’"»…')  # (and any lower-case letter)
_CODE = frozenset(("pre", "code", "kbd", "samp", "tt", "var"))
_text_content = lxml.etree.XPath("string()", smart_strings=False)
_LINKS = lxml.etree.XPath("count(.//a)")


def space_touching(root, markup: str) -> None:
    """A space after each inline element of ``root`` (parsed from ``markup``) whose
    words would otherwise run into those of the inline element right after it."""
    if not _TOUCHING.search(markup):
        return
    for el in root.iter(*_INLINE_TAGS):
        if el.tail:
            continue
        after = el.getnext()
        if after is None or after.tag not in _INLINE_TAGS:
            continue
        first, second = _text_content(el) or "", _text_content(after) or ""
        if (
            first and second and second[0].isupper() and (first[-1].islower() or first[-1] in _ENDS_UNIT)
            and not any(a.tag in _CODE for a in el.iterancestors())
        ):  # fmt: skip
            el.tail = " "


# A paragraph that opens with a styled <span> or <font> (a quick test on the markup).
_KICKER = re.compile(r"<p\b[^>]*>\s*<(?:span|font)\s[^>]*\b(?:style|color)=", re.IGNORECASE)


def set_off_kickers(root, markup: str) -> None:
    """A styled word or two that opens a paragraph before its first sentence, a kicker (``<p><span
    style="color: red;">Exclusif</span> Selon nos informations, …``): set off with " — ", never read
    as the sentence's first words ("Exclusif Selon nos informations")."""
    if not _KICKER.search(markup):
        return
    for paragraph in root.iter("p"):
        if (paragraph.text or "").strip() or not len(paragraph):
            continue
        kicker = paragraph[0]
        if kicker.tag not in ("span", "font") or not (kicker.get("style") or kicker.get("color")) or len(kicker):
            continue
        words, tail = " ".join((kicker.text or "").split()), kicker.tail or ""
        if (
            not words[:1].isupper() or len(words.split()) > 2 or not words.replace(" ", "").isalpha()
            or not tail[:1].isspace() or not tail.lstrip()[:1].isupper()
        ):  # fmt: skip
            continue
        kicker.tail = " — " + tail.lstrip()


# Tags of the elements a row of links is made of: anything else (a block, an image) is no such row.
_ROW_TAGS = frozenset((*_INLINE_TAGS, "b", "br"))
LINKED = 0.5  # at least this share of a row's characters in its links: the row is a link (and a label)


def link_row_breaks(breaks, rows: list | None = None) -> set:
    """The line breaks (of ``breaks``, all the <br>s of a tree) that part two rows or
    more in a row which are each a link, with a label at most (an aggregator's list of
    the other papers' headlines, "…faces the music<font>The Guardian</font><br>",
    and the "all 552 news articles »" row after it; links to a post's other parts):
    a list, each row a line of its own, which a single line break would otherwise
    run into one sentence with the paragraph before them and each other. ``rows``,
    when given, gets the text of each such row as its line reads."""
    out: set = set()
    for parent in {br.getparent() for br in breaks} if len(breaks) > 1 else ():
        if parent is None or _LINKS(parent) < 2:
            continue  # (two rows of links have a link each)
        linked_rows: list[bool] = []  # each row of the parent's: a link (and a label) or not
        texts: list[str] = []
        brs: list = []  # the <br>s between them
        parts, letters, linked, inline = [parent.text or ""], _letters(parent.text), 0, True
        for child in parent:
            if child.tag == "br":
                linked_rows.append(inline and 0 < letters <= linked / LINKED)
                texts.append("".join(parts))
                brs.append(child)
                parts, letters, linked, inline = [child.tail or ""], _letters(child.tail), 0, True
                continue
            inline = inline and child.tag in _ROW_TAGS and all(e.tag in _ROW_TAGS for e in child.iterdescendants())
            text = _text_content(child) or ""
            parts += [text, child.tail or ""]
            letters += _letters(text) + _letters(child.tail)
            linked += _letters(text) if child.tag == "a" else sum(_letters(_text_content(a)) for a in child.iter("a"))
        linked_rows.append(inline and 0 < letters <= linked / LINKED)
        texts.append("".join(parts))
        listed = [
            row and (linked_rows[i - 1 : i] == [True] or linked_rows[i + 1 : i + 2] == [True])
            for i, row in enumerate(linked_rows)
        ]
        out.update(br for i, br in enumerate(brs) if listed[i] or listed[i + 1])
        if rows is not None:
            rows.extend(
                line for text, row in zip(texts, listed, strict=True) if row and (line := " ".join(text.split()))
            )
    return out


def _letters(text: str | None) -> int:
    """A text's size but for its spaces (its punctuation too: a row's " - " between links is little)."""
    return len("".join(text.split())) if text else 0


_LABEL_PARSER = PerThread(lambda: lxml.etree.HTMLParser(remove_comments=True, no_network=True, recover=True))


def lone_link_text(markup: str) -> str:
    """The text of markup that is one link and nothing else but spaces and pictures
    ('<p><a href="…/dissent-start">The Guardian</a></p>'), its spaces collapsed; "" otherwise."""
    if markup.count("<a") + markup.count("<A") != 1:
        return ""
    try:
        root = lxml.etree.fromstring(markup, _LABEL_PARSER.get())
    except (lxml.etree.ParserError, ValueError):
        return ""
    links = [] if root is None else list(root.iter("a"))
    if len(links) != 1:
        return ""
    text = " ".join((_text_content(links[0]) or "").split())
    return text if text and text == " ".join((_text_content(root) or "").split()) else ""


LABEL_WORDS = 8  # a link's label, at most ("Cory Doctorow: What's Inside the Box")
_SENTENCE_CLOSERS = "\"'”’»)]"
_SENTENCE_ENDS = ".!?…。！？"
_NOT_ALNUM = re.compile(r"\W+|_")


def trailing_label(links: list, root) -> list:
    """The link a text ends with, when it is a label after a sentence ("…an NPR affiliate.
    <a href="…doctorow.MP3">MP3 link</a>", a last paragraph that is a link to the column
    quoted): its words name an address the reader does not get, and no sentence of the
    text ("<a>And it's documented</a>." is one: its full stop follows it). [] or [it]."""
    if not links:
        return []
    if run := _tag_run(links[-1], root):
        return run
    last = links[-1]
    label = " ".join((_text_content(last) or "").split())
    if not any(c.isalnum() for c in label) or len(label.split()) > LABEL_WORDS or label[-1] in _SENTENCE_ENDS:
        return []  # (no words: a footnote's "↩", a permalink's "★", as the rest of the text has them)
    if not _ends_text(last, root):
        return []
    text = (_text_content(root) or "").rstrip()
    before = text[: len(text) - len(label)].rstrip().rstrip(_SENTENCE_CLOSERS) if text.endswith(label) else ""
    own = (up := last.getparent()) is not None and up.tag == "p" and " ".join(_text_content(up).split()) == label
    own = own and getattr(up.getprevious(), "tag", "") != "blockquote"  # (set27 F6: "Blank text" / "Transcript")
    if not before or (before[-1] not in _SENTENCE_ENDS and not own):
        return []
    set_mark_apart(last)  # (the caller drops it: "…in Pyongyang… <a>https://…</a>" keeps "in Pyongyang")
    return [last]


_TAG_SEPARATOR = re.compile(r"\s*[,;·|/•]\s*")
_TAG_WORDS = 4  # a tag's or category's name, at most (metarows' taxonomy row: "Internet Explorer", "USB 3.0")
_BRACKETS = {")": "(", "]": "["}


def _tag_run(last, root) -> list:
    """The links a text ends with when they are its topics after its last sentence: two or more
    of one to four words, parted by commas (or "·", "|", "/"), or one or more in parentheses
    ("…deutlich verbessert werden. (<a>Google</a>, <a>Grafiksoftware</a>)", Golem.de's feed,
    slymarbo-rss--rss_1.0.xml in tests/data/unseen/set15): a list of tags, no sentence; the
    parentheses go with them. [] when not so."""
    closing = (last.tail or "").strip()
    if closing and closing not in _BRACKETS:
        return []
    run = [last]
    while (previous := run[0].getprevious()) is not None and previous.tag == "a":
        if not _TAG_SEPARATOR.fullmatch(previous.tail or ""):
            break
        run.insert(0, previous)
    if len(run) < 2 and not closing:
        return []  # (one link alone: trailing_label's)
    labels = [" ".join((_text_content(a) or "").split()) for a in run]
    if any(
        not any(c.isalnum() for c in label) or len(label.split()) > _TAG_WORDS or label[-1] in _SENTENCE_ENDS + ":"
        for label in labels
    ):
        return []
    text = (_text_content(root) or "").rstrip()
    written = "".join((_text_content(a) or "") + (a.tail or "") for a in run).rstrip()
    before = text[: len(text) - len(written)].rstrip() if text.endswith(written) else ""
    previous, parent = run[0].getprevious(), run[0].getparent()
    opening = ((previous.tail if previous is not None else parent.text) or "").rstrip()
    if closing and not (before.endswith(_BRACKETS[closing]) and opening.endswith(_BRACKETS[closing])):
        return []  # (no bracket before them, or it opens in another element)
    before = before[:-1].rstrip() if closing else before
    if not before or before.rstrip(_SENTENCE_CLOSERS)[-1:] not in _SENTENCE_ENDS:
        return []
    if closing and previous is not None:
        previous.tail = opening[:-1]
    elif closing:
        parent.text = opening[:-1]
    for a in run:
        a.tail = None
    return run


# The feed's cut mark right after a word, before the link a text ends with (trailing_label's).
_MARK_AFTER_WORD = re.compile(r"(?<=\w)(…|\.\.\.)(\s*)$")
_AN_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def set_mark_apart(link) -> None:
    """Before a text's last link whose label is its address ("…parade in Pyongyang…
    <a>https://twitter.com/i/web/status/…</a>": a post shortened to fit beside the address
    of its whole, as microblogs and crossposters do, between words): its cut mark set apart
    from the word before it, which is whole (bot/feedcuts.py drops a word the mark touches)."""
    if not _AN_ADDRESS.fullmatch(" ".join((_text_content(link) or "").split())):
        return
    previous = link.getprevious()
    holder, text = (link.getparent(), link.getparent().text) if previous is None else (previous, previous.tail)
    if text and (apart := _MARK_AFTER_WORD.sub(r" \1\2", text)) != text:
        setattr(holder, "text" if previous is None else "tail", apart)


def _ends_text(el, root) -> bool:
    """Nothing but spaces after the element in ``root`` (of which it is still a part)."""
    while el is not root:
        if el is None or (el.tail or "").strip():
            return False
        if any((_text_content(after) or "").strip() or (after.tail or "").strip() for after in el.itersiblings()):
            return False
        el = el.getparent()
    return True


def ending_label(markup: str) -> str:
    """The label of the link an HTML text ends with (trailing_label's), "" when none."""
    try:
        root = lxml.etree.fromstring(markup, _LABEL_PARSER.get())
    except (lxml.etree.ParserError, ValueError):
        return ""
    found = [] if root is None else trailing_label(list(root.iter("a")), root)
    return " ".join((_text_content(found[0]) or "").split()) if found else ""


def links_only(text: str, markup: str) -> bool:
    """Whether a text without markup is the labels of the HTML's links and no more, two at least, its letters and
    digits theirs in order whatever stands between ("View downloadsView release notes", a <description> that is
    its <content:encoded>'s links flattened: m1stadev--apple-dev-releases.xml in /work/unseen46, F2)."""
    try:
        root = lxml.etree.fromstring(markup, _LABEL_PARSER.get())
    except (lxml.etree.ParserError, ValueError):
        return False
    labels = [] if root is None else [_NOT_ALNUM.sub("", _text_content(a) or "") for a in root.iter("a")]
    labels = [label for label in labels if label]
    return len(labels) > 1 and "".join(labels).casefold() == _NOT_ALNUM.sub("", text).casefold()


def without_ending_label(blocks: Blocks, markup: str) -> Blocks:
    """A text without markup beside the HTML it was made from (WordPress' RSS <description>
    beside its <content:encoded>), without the label of the link that HTML ends with ("…an
    NPR affiliate. MP3 link"): it names an address the text does not give (trailing_label)."""
    last = blocks.lines[-1] if blocks.lines else ""
    words = last.split()[-LABEL_WORDS - 1 : -1]
    if not last or last[-1] in _SENTENCE_ENDS + _SENTENCE_CLOSERS or not any(w[-1] in _SENTENCE_ENDS for w in words):
        return blocks  # (most: the text ends a sentence; the HTML is parsed only when a label may follow one)
    label = ending_label(markup)
    head = last[: len(last) - len(label)].rstrip()
    if not label or not last.endswith(" " + label) or not blocks.text.endswith(last):
        return blocks
    if head.rstrip(_SENTENCE_CLOSERS)[-1:] not in _SENTENCE_ENDS:
        return blocks
    text = blocks.text[: len(blocks.text) - len(last)] + head
    return dataclasses.replace(blocks, lines=[*blocks.lines[:-1], head], text=text)


def a_label(line: str, title: str) -> bool:
    """A line that names where a link goes, no more: three words at most (a name, "Publishers
    Weekly"; a word, "twitter"; an address), no sentence, none of the title's words."""
    if len(line.split()) > 3 or line[-1] in _SENTENCE_ENDS + ":":
        return False
    words = set(_NOT_ALNUM.split(line.casefold())) - MINOR_WORDS - {""}
    return not words & set(_NOT_ALNUM.split(title.casefold()))


_BR_BEFORE = re.compile(r"<br\s*/?>\s*$", re.I)  # (a line break just before the link)


def without_own_link(blocks: Blocks, markup: str, link: str) -> tuple[Blocks, list[str]]:
    """The blocks without the label of the link their markup ends with, a "read more" link
    whatever its words ("Did You Click to Read the Whole Story?", a Blogger blog's, quiltville's
    feed), and a note: its last block when the link goes to the entry's own page or to its "#more" anchor, or its
    last line (after a <br>) when the link goes to its own page and its label is an address or a pointer (a_label:
    tagesschau's own address, set34 F2; "Listen") or follows a sentence's end; the end of its last block after a
    sentence when it goes to "#more" (a link to the page inside a sentence, its title, stays); never the only text.
    (Whether the feed cut the text at its length is measured without such a link: own_link_off.)"""
    if (footer := without_footer(blocks, markup, link))[1]:
        return footer  # ("The article <a href=own>X</a> was published on <a href=site>Y</a>.": set 64a F6)
    tail = markup[-1000:]
    if not blocks.lines or ("#more" not in tail and (not link or html.unescape(link) not in html.unescape(tail))):
        return blocks, []
    m = last_link(tail)
    if m is None:
        return _without_own_address(blocks, link)
    fragment = html.unescape(m["href"]).strip().partition("#")[2]
    if fragment != "more" and not is_own(m["href"], link):
        return blocks, []
    label, last = " ".join(html.unescape(m["label"]).split()), blocks.lines[-1]
    head, row = last[: -len(label)].rstrip(), _BR_BEFORE.search(tail, 0, m.start()) is not None
    ended = head.rstrip(_SENTENCE_CLOSERS)[-1:] in _SENTENCE_ENDS  # (or must go on: "…:<br>a title", "…about<br>…")
    goes_on = bool(head) and (head[-1] in ":：" or label[:1].islower() and "://" not in label and "www." not in label)
    if not blocks.text.endswith(last) or not (
        (last == label and len(blocks.lines) > 1)
        or (fragment == "more" and last.endswith(" " + label) and ended)
        or (row and head and last.endswith(" " + label) and (ended or a_label(label, "") and not goes_on))
    ):
        return blocks, []
    lines, text = [*blocks.lines[:-1], head] if head else blocks.lines[:-1], blocks.text[: -len(last)] + head
    return dataclasses.replace(blocks, lines=lines, text=text.rstrip("\n")), [
        f'removed: a "read more" link to the entry\'s own page at the text\'s end ("{label}")'
    ]


_POINTER = 200  # characters of a last block that gives the entry's own address, at most, to be only a pointer to it


def _without_own_address(blocks: Blocks, link: str) -> tuple[Blocks, list[str]]:
    """The blocks without their last one when it is one short sentence that gives the entry's own address as
    text, a pointer to the page ("Visit https://podnews.net/update/captivate-2 for all the links, and to get our
    newsletter."): the story is elsewhere in the text; never the only block."""
    last = blocks.lines[-1]
    at = last.find(link) if link and len(blocks.lines) > 1 and len(last) <= _POINTER else -1
    if at < 0 or not blocks.text.endswith(last) or last[at + len(link) : at + len(link) + 1] not in ("", " ", "/"):
        return blocks, []
    ends = [m for m in SENTENCE_END.finditer(last) if not (m.group()[0] == "." and is_abbreviation(last, m.start()))]
    if any(m.end() < len(last) for m in ends):
        return blocks, []  # (more than one sentence: "The report is at https://…. It says that…")
    text = blocks.text[: len(blocks.text) - len(last)].rstrip("\n")
    return dataclasses.replace(blocks, lines=blocks.lines[:-1], text=text), [
        f"removed: a pointer to the entry's own page at the text's end (\"{last[:40]}…\")"
    ]


_SHORT_HASH = re.compile(r"\s*[0-9a-f]{7,40}\s*")


def commit_mark(el, href: str, text: str) -> bool:
    """Whether a link is a commit's hash opening a list item, its message after it ("• d5c36af feat: enable
    arm64 build", GitHub's release notes, rssfeedfilterer--consul-releases.atom): a reader of a chat cannot
    use it, and it takes a third of the line; the message stays."""
    if "/commit/" not in href or _SHORT_HASH.fullmatch(text) is None or not (el.tail or "").strip():
        return False
    parent = el.getparent()
    return parent is not None and parent.tag == "li" and el.getprevious() is None and not (parent.text or "").strip()
