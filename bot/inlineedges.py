"""A word glued to the edge of an inline element: the space the publisher's editor lost.

Some newsrooms' editors put a link or a bold phrase right against the word before it
(20minutos: ``Servicio de Seguridad de<a …>Ucrania</a>``, ``Después,<strong>Robert
Lewandowski``, ``salir.<strong>Es complicado…``; set15 finding 6). A browser shows
"deUcrania" too, but the element's edge is where a space went missing: where the text
before ends with a word all in lower case (two letters or more), or with a full stop
after a word whose last two letters are lower case, or with a comma or a semicolon, and the element's text starts with a capitalised word (a capital,
then a lower-case letter), a space goes between them; the same at the element's end,
before a capitalised word that follows it. Never inside a word: a lower-case start
("<b>Bold</b>er", "hasu<b>frido</b>"), a capital after a capital or a letter alone
("i<b>Phone</b>", "Power<b>Point</b>", "mac<b>OS</b>"), a digit ("fue<b>10</b>"), or in
code. Touching elements are bot/inlinerows.py's (space_touching).

And a paragraph that ends with a colon right before a picture or a video, which the text
cannot show (set14 finding 8: "…Mat from Techmoan notwithstanding:</p><figure><img…></figure>
<p>I’m wearing it now…" read as if the next paragraph were what the colon announced): a
sentence that only leads in to the picture, a paragraph of its own of a few words ("Here’s a
screenshot of the app in progress:"), goes; a longer one ends with a full stop. Pure; used by
bot/htmltree.py's walk (mend_edges).
"""

from __future__ import annotations

import itertools
import re

import lxml.etree

from . import loosetext, selfaddresses
from .gluedtext import SUFFIXES

_INLINE_TAGS = ("a", "font", "span", "strong", "b", "em", "i", "u", "small", "cite", "mark")
_ENDS_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)([.,;]?)$")
_NEXT_WORD = re.compile(r"[^\W\d_]{2,}")
_CODE = frozenset(("pre", "code", "kbd", "samp", "tt", "var"))
_text_content = lxml.etree.XPath("string()", smart_strings=False)


def _glued(before: str, after: str) -> bool:
    """``before`` ends with a word in lower case, or a word and a full stop that ends in
    lower case, or any word and a comma or semicolon; ``after`` starts with a capitalised
    word, not a name's suffix after a dot ("Example.Com")."""
    match = _ENDS_WORD.search(before)
    start = _NEXT_WORD.match(after)
    if match is None or start is None or not (after[0].isupper() and after[1].islower()):
        return False
    word, mark = match.groups()
    if mark in (",", ";"):
        return True
    if mark == ".":
        return len(word) >= 2 and word[-2:].islower() and start.group().lower() not in SUFFIXES
    return len(word) >= 2 and word.islower()


def mend_edges(root, markup: str) -> None:
    """What an element's edge lost: a space (space_edges), a paragraph's end before a picture
    (colon_before_picture); what it has too many of: an address in brackets (bracketed_addresses), a link that
    is its own address without the scheme (bot/selfaddresses.py); and
    what a scraper's loose text lost (bot/loosetext.py): its standfirst's end, a space after a
    sentence's, and its related links told from the story's text."""
    space_edges(root, markup)
    colon_before_picture(root, markup)
    bracketed_addresses(root, markup)
    selfaddresses.drop_own_addresses(root, markup)  # ("… performance - dctr.pro/26n": set 65b F2)
    loosetext.standfirst_end(root, markup)
    loosetext.unglue_texts(root, markup)
    loosetext.related_links(root, markup)
    loosetext.embed_captions(root, markup)


def space_edges(root, markup: str) -> None:
    """A space at each edge of an inline element of ``root`` (parsed from ``markup``)
    where a lower-case word and a capitalised one would otherwise run together."""
    for el in root.iter(*_INLINE_TAGS):  # (a search of the markup first cost more than this walk's cheap tests)
        previous, parent = el.getprevious(), el.getparent()
        holder, where = (previous, "tail") if previous is not None else (parent, "text")
        before: str = (getattr(holder, where) if holder is not None else None) or ""
        # (the cheap tests first: a letter, or one and a mark, against the element's start; a capital after its end)
        glued_before = bool(before) and (before[-1].isalpha() or (before[-1] in ".,;" and before[-2:-1].isalpha()))
        if glued_before and el.text and not el.text[0].isupper():
            glued_before = False
        tail: str = el.tail or ""
        glued_after = bool(tail) and tail[0].isupper()
        if not (glued_before or glued_after) or any(a.tag in _CODE for a in el.iterancestors()):
            continue
        inside = _text_content(el) or ""
        if glued_before and _glued(before, inside):
            setattr(holder, where, before + " ")
        if glued_after and _glued(inside, tail):
            el.tail = " " + tail


# A picture, a video or an embed (what the walk leaves no text of) after a paragraph that ends with a colon.
_PICTURE_AFTER_COLON = re.compile(
    r":\s*(?:</[a-z]+>\s*)*</p>\s*(?:<[a-z][^<>]*>\s*)*<(?:img|figure|video|picture)\b", re.I
)
_MEDIA = ("img", "figure", "video", "picture")
_SENTENCE_BEFORE = re.compile(r"[.!?…。！？][\"'”’»)]*\s+\S")
_LEAD_IN_WORDS = 9  # a sentence that only leads in to a picture ("I’m talking about the ones that look like this:")
_BLOCKS = frozenset(("p", "div", "figure", "a", "span", "picture"))


def _last_text(el) -> tuple | None:
    """The last text node with letters in ``el`` (an element and "text" or "tail")."""
    for node in reversed([el, *el.iterdescendants()]):
        if node is not el and node.tail and node.tail.strip():
            return node, "tail"
        if node.text and node.text.strip():
            return node, "text"
    return None


def colon_before_picture(root, markup: str) -> None:
    """A paragraph that ends with a colon, a picture or a video after it (what the text cannot show): its
    colon a full stop, so that the paragraph after the picture is not read as what it announces ("…Mat from
    Techmoan notwithstanding: I'm wearing it now…", set14 finding 8)."""
    if not _PICTURE_AFTER_COLON.search(markup):
        return
    for media in root.iter(*_MEDIA):
        block = media
        while (parent := block.getparent()) is not None and parent.tag in _BLOCKS and not _text_content(parent).strip():
            block = parent
        previous = block.getprevious()
        if previous is None or previous.tag != "p" or (previous.tail or "").strip():
            continue
        found = _last_text(previous)
        if found is None:
            continue
        node, where = found
        value = getattr(node, where)
        stripped = value.rstrip()
        if not (stripped.endswith(":") and stripped[-2:-1].isalpha()):
            continue
        text = _text_content(previous)
        before = [m.end() for m in _SENTENCE_BEFORE.finditer(text)]
        if len(text[before[-1] - 1 if before else 0 :].split()) > _LEAD_IN_WORDS:
            setattr(node, where, stripped[:-1] + "." + value[len(stripped) :])
        elif (
            not before and (parent := previous.getparent()) is not None and _text_content(root).strip() != text.strip()
        ):
            # (its one short sentence only leads in to the picture: "Here's a screenshot:"; when it is all the
            # text, normalize says so: "removed: a lead-in to a picture or a video (…): no excerpt")
            parent.remove(previous)


# A link whose text is its own address, in brackets ("Liteflow[<a href=URL>URL</a>]": a post pasted from a
# document that wrote its links so; mesg-forum, set19 F12d) or parentheses: a reference the text cannot show.
_BRACKETED = re.compile(r"[\[(]\s*<a\s[^<>]*>\s*(?:https?://|www\.)[^<>]*</a>\s*[\])]", re.I)
# (a commit's or a comparison's address: no source the sentence names, "…unsafe modules (https://github.com/…/commit/
# 351ed4d4…).", set44 F10)
_REVISION = re.compile(r"https?://[^/\s]+/(?:[^/\s]+/)+(?:commits?/[0-9a-f]{7,40}|compare/[^/\s]+)/?$", re.I)
_PAIRS = {"[": "]", "(": ")"}


def bracketed_addresses(root, markup: str) -> None:
    """Each link of ``root`` alone in brackets or parentheses after a word whose text is its address (or that
    address cut short, "…"): gone with them, when they follow the word at once ("Liteflow[https://docs.example/d/
    1wrY…], the ecosystem" read "Liteflow, the ecosystem") or the address is a commit's or a comparison's (after a
    space too). A link with words, an address outside brackets, any other after a space ("Liteflow [https://…], the",
    "the full findings (https://…), which": the source it names) stays."""
    if not _BRACKETED.search(markup):
        return
    for link in list(root.iter("a")):
        text, href, tail = (link.text or "").strip(), (link.get("href") or "").strip(), (link.tail or "").lstrip()
        previous, parent = link.getprevious(), link.getparent()
        holder, where = (previous, "tail") if previous is not None else (parent, "text")
        before: str = ((getattr(holder, where) if holder is not None else None) or "").rstrip()
        if parent is None or len(link) or before[-1:] not in _PAIRS or tail[:1] != _PAIRS[before[-1]]:
            continue
        if not text.startswith(("http://", "https://", "www.")) or text.rstrip("…/") not in href:
            continue
        # (after a word at once, or after a word and a space when the address is a commit's)
        if not before[-2:-1].isalnum() and not (before[:-1].rstrip()[-1:].isalnum() and _REVISION.match(href)):
            continue
        setattr(holder, where, before[:-1].rstrip() + tail[1:])
        link.tail = None
        parent.remove(link)


# A Chinese or Japanese character (kana, CJK ideographs, their punctuation and full-width forms; never Hangul:
# Korean sets its words apart with spaces), and what ends a line only inside a sentence: a comma, or a Japanese
# particle no sentence ends with ("私が", "ので、", "見ていると"; never "は", "の", "ね": "こんにちは" is a line).
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]")  # (not Hangul: Korean spaces its words)
GOING_ON = frozenset("、，をがにでてもへと")


def break_tail(br) -> str:
    """The text after a line break that stays one (not a paragraph's end): after a space, or, inside a Chinese or
    Japanese sentence, a line that ends with a comma or a particle, right after it ("…ありますが、<br />どうも…":
    "…ありますが、どうも": neither script sets words apart, the break is where the author wrapped the line;
    ja-330k--blog-feed.xml in tests/data/unseen/set24, F2). A line of a sentence's words without a stop before a line
    that is a sentence: a stop, when it ends with a figure or most of the text's other lines end with theirs (_run_on). A
    line that ends otherwise may be a heading, a label or a list's ("【主なニュース】<br>残念…", "给手机降温的误区<br>
    不可忽视的热源"), or a sentence wrapped by its author ("…the new version of the<br>Python library will…"): a space."""
    tail = br.tail or ""
    previous = br.getprevious()
    before = _line_before(br)
    if not (before := before.rstrip()) or before[-1] not in GOING_ON:
        # (a text's own line only, never an element's: "<strong>Heading<br></strong><br>Text", set21's mlunderhood)
        if not ((previous is None or (previous.tail or "").strip()) and _run_on(before, tail) and _stops_lines(br)):
            return " " + tail
        if previous is None:  # (its stop right after the line's last word: "…since 2002. Java…")
            br.getparent().text = br.getparent().text.rstrip()
        else:
            previous.tail = previous.tail.rstrip()
        return ". " + tail.lstrip()
    nxt = br.getnext()
    after = tail.lstrip() or ("".join(nxt.itertext()).lstrip() if nxt is not None else "")
    return tail.lstrip() if after and CJK.match(after) else " " + tail


def _line_before(br) -> str:
    """The text of the line a line break ends (a text's, or an element's before it)."""
    previous = br.getprevious()
    if previous is None:
        return (br.getparent().text or "") if br.getparent() is not None else ""
    return previous.tail if previous.tail and previous.tail.strip() else "".join(previous.itertext())


def _stops_lines(br) -> bool:
    """Whether a line without a stop before a sentence's line is a sentence (the review of set47): it ends with a
    figure ("…since 2002<br>Java is…"), or most other lines of its text of five words or more (of its first _LINES
    line breaks, no paragraph's end among them) end with a stop, the author's way of writing lines ("…we lose all
    our applications<br>For our application…" beside "…in the /home directory.<br>The datasheet…", a forum's post).
    Else the author wrapped a sentence there: "…of the<br>Python library will be released next week.", "…für alle
    unsere<br>Nutzer in Europa…", "…a summer's day<br>Thou art…"."""
    if _line_before(br).rstrip()[-1:].isdigit():
        return True
    lines = (
        _line_before(other).rsplit("\u2029", 1)[-1]
        for other in itertools.islice(br.getroottree().getroot().iter("br"), _LINES)
        if other is not br and not _ends_paragraph(other)
    )
    others = [line for line in lines if len(line.split()) >= 5]  # (no sign-off's "Thanks,", no heading)
    return sum(_LINE_ENDED.search(line) is not None for line in others) * 2 > len(others)


def _ends_paragraph(br) -> bool:
    """Whether a line break ends a paragraph (its tail set so, or two in a row): a paragraph's last line ends with a
    stop, whoever wrote it."""
    tail, nxt = br.tail or "", br.getnext()
    return tail.startswith("\u2029") or not tail.strip() and nxt is not None and nxt.tag == "br"


_LINES = 16  # a block's line breaks read for lines that end with a stop, at most

# A line of a sentence's words (five at least, a capital first, the last in lower case or a figure, no stop at its
# end), then a line that opens a sentence: a capitalised word, words after it, a stop at its end.
_LINE_OPEN = re.compile(r"[A-Z][^\W\d_]*(?:\s+\S+){2,}")
_WORD = re.compile(r"[^\W_]+")  # (a word, a figure: no address, "…at: https://www.patreon.com/X<br>It will…")
_LINE_ENDED = re.compile(r"[.!?][\"'”’»)]*\s*$")


def _run_on(before: str, tail: str) -> bool:
    """Whether a line break ends a sentence that has no stop: "…in the market since 2002 <br>Java is the company's
    main technology." (dmorsch--dou-java-jobs.xml in set47, F10: the two read as one). Never a line of a few words
    (a heading, a name, an address's), nor one that ends with a capitalised word ("…said John<br>Smith …") or a link."""
    before = before.rsplit("\u2029", 1)[-1].strip()  # (the walk's block marks: bot/htmltree.py's)
    if not before[-1:].isalnum() or not before[:1].isupper() or before[-1:].isupper() or CJK.search(before[-1:]):
        return False
    if len(words := before.split()) < 5 or not _WORD.fullmatch(words[-1]) or words[-1][:1].isupper() or len(tail) > 400:
        return False
    tail = tail.split("\u2029", 1)[0].strip()
    return _LINE_OPEN.match(tail) is not None and _LINE_ENDED.search(tail) is not None


# A newline a Chinese or Japanese sentence was wrapped at in the source ("blogスタイルの\nテンプレート構造",
# hard-wrapped Markdown rendered with its newlines: set32 F8), before one of its characters: found by the newline
# (a pattern that starts with a literal is scanned for quickly), the character before it looked at then.
_WRAP = re.compile(r"\n[ \t]*(?=[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60])")


def unwrapped(text: str) -> str:
    """The text of a block without the newlines a Chinese or Japanese sentence was wrapped at: the walk reads a
    newline as a space, and these scripts put none between words (Korean does: its lines keep theirs)."""
    if "\n" not in text or text.isascii():
        return text
    return _WRAP.sub(_unwrap, text)


# A drop cap: a sentence's first character in an element of its own, the source's newline after it ("<span
# class="dropcap">本</span>⏎    项目构建了…", hkustmdi--lab-zh.xml in /work/unseen62, F6: "本 项目…"). A newline between
# two Chinese or Japanese characters is no space (CSS Text's segment break rule): gone, wherever the block.
_DROP_CAP = re.compile(
    r"(<(span|b|strong|em|i|big|font)\b[^<>]{0,200}>[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]</\2\s*>)[ \t]*\n\s*"
    r"(?=[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60])",
    re.IGNORECASE,
)


# A Latin drop cap, or an opening quote mark as one, at a block's start, its word's rest after a newline, or after a
# space in an element of its own ("<p><span>T</span>⏎<span>he</span> city…", "<span>“</span> We…" read "T he
# city", "“ We": the review of set 62's fixes, 12). Never a letter that is a word of its own ("<span>A</span>⏎book"),
# nor a consonant that is one in Czech, Slovak, Polish, Slovene ("V pondělí", "W czwartek", "S novým": K, S, V, W, Z
# before a letter of theirs in the next two words, not further: "S⏎he first conducted Dvořák's…" is English, the
# second review of this session, 3), nor a letter in italics (a variable: "<i>T</i>⏎is the period…") unless it
# opens "Th", "Wh", "Sh", "Ch" ("<em>T</em>⏎he city"), nor one before a word in an element of another kind ("<b>B</b>
# <i>flat</i> major"; the review of 621df96..5ee3f66, finding 8).
_ELEMENT = r"<(?P=tag)\b[^<>]{0,200}>"
_SLAVIC = "[ąćęłńśźżčďěňřšťůýžĺľŕ]"
_WORD_LETTER = rf"(?![KSVWZ]\s*</(?P=tag)\s*>\s*[^\s<]{{0,40}}?{_SLAVIC}|[KSVWZ]\s*</(?P=tag)\s*>\s*[^\s<]{{1,40}}\s+[^\s<]{{0,40}}?{_SLAVIC})"
_ITALIC = r"(?(italic)(?=[TWSC]\s*</(?P=tag)\s*>[ \t]*\n\s*h(?!as\b)))"
_CAP = (
    r"<(?P<tag>span|b|strong|big|font|(?P<italic>em|i))\b[^<>]{0,200}>\s*"
    rf"(?:(?![AEIOUYÀÁÉÓ]){_WORD_LETTER}{_ITALIC}[A-ZÀ-ÖØ-Þ]\s*</(?P=tag)\s*>"
    rf"(?=[ \t]*\n\s*[a-zß-öø-ÿ]|\s+{_ELEMENT}[a-zß-öø-ÿ])"
    rf"|[“„«‘‹\"]\s*</(?P=tag)\s*>(?=\s+(?:{_ELEMENT})?\w))"
)
# (a block's opening tag first, a literal "<": "^|" before it made the search try every place, 17 times slower)
_LATIN_DROP_CAP = re.compile(rf"(<(?:p|div|section|article|blockquote|li|h[1-6])\b[^<>]{{0,200}}>\s*{_CAP})\s+")
_LATIN_DROP_CAP_FIRST = re.compile(rf"(\s*{_CAP})\s+")  # (the text's first element)


def drop_caps_joined(text: str) -> str:
    """The markup without the space or newline after a drop cap (see above)."""
    if "</" not in text:
        return text
    if "\n" in text and not text.isascii():
        text = _DROP_CAP.sub(r"\1", text)
    if first := _LATIN_DROP_CAP_FIRST.match(text):
        text = first[1] + text[first.end() :]
    return _LATIN_DROP_CAP.sub(r"\1", text)


def _unwrap(match: re.Match[str]) -> str:
    text, at, end = match.string, match.start(), match.end()
    before = text[at - 1 : at]
    if not before or not CJK.match(before):
        return match[0]
    # (inside a <p> only: its opening the last before the newline, not closed since; looked for near it, not back to
    # the text's start, whose cost grew with the square of a long text's length: the review)
    opened = text.rfind("<p", max(0, at - _PARAGRAPH), at)
    if opened < 0 or text[opened + 2 : opened + 3] not in (">", " ") or text.find("</p", opened, at) >= 0:
        return match[0]
    # (never rows: a field after it, "3-8 年\n最低学历：本科", or a label alone on the line before, "追伸\n八戸に…")
    start = max(text.rfind(mark, opened, at) for mark in ("\n", "<br", "<li", "<div", "<td", "<h", ">"))
    line = len(_TAG.sub("", text[start + 1 : at]).strip())
    return match[0] if line <= 4 or _FIELD_AFTER.search(text, end, end + 8) else ""


_PARAGRAPH = 4000  # characters back from a newline that a paragraph's opening tag is looked for, at most
_FIELD_AFTER = re.compile(r"：|:(?!\d)")  # (a field's colon; not a time's, "下午3:00")


_TAG = re.compile(r"<[^<>]*>")


_OPENS = {"[": "]", "(": ")"}


def unbracket(el) -> None:
    """Before a footnote's mark (``el``) goes: the bracket or parenthesis that closes around it in the text on each
    side ("paper[<sup><a href="#fn:1">1</a></sup>] deals": "paper deals"), and a space left before the punctuation
    that follows ("activity [<sup>…</sup>]." : "activity."). Planet SymPy's relayed Hugo posts, /work/unseen48's F7."""
    parent, previous = el.getparent(), el.getprevious()
    before = (parent.text if previous is None else previous.tail) or ""
    after = el.tail or ""
    if parent is None or not before or before[-1] not in _OPENS or not after.startswith(_OPENS[before[-1]]):
        return
    before, after = before[:-1], after[1:]
    if before.endswith(" ") and after[:1] and after[0] in " .,;:!?)":  # (never before an element: review of set48, 7)
        before = before.rstrip(" ")
    if previous is None:
        parent.text = before
    else:
        previous.tail = before
    el.tail = after
