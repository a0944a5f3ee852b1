"""Text cleaning: feed HTML to readable plain text, excerpts, titles (links: bot/urls.py).

Pure functions over strings, no I/O. Everything a digest shows passes through
here, so the invariants are strict: no markup, no entity leftovers, no feed
boilerplate ("Read more…", "The post X appeared first on Y"), excerpts within
their length and never cut mid-word.
"""

from __future__ import annotations

import contextlib
import html as htmllib
import re
import unicodedata

import lxml.etree

from .boilerplate import TABLE as _BOILERPLATE_TABLE
from .boilerplate import TRAILING_PATTERNS

DEFAULT_EXCERPT_LENGTH = 300
TITLE_FROM_TEXT_LENGTH = 150  # Slack's header limit; a first sentence up to here is the whole title

# Elements whose text is never part of an article's readable text.
_DROP_TAGS = (
    "script", "style", "noscript", "iframe", "object", "embed", "svg", "math", "template",
    "head", "title", "form", "button", "select", "textarea", "audio", "video", "canvas",
    "figcaption", "nav", "map",
)  # fmt: skip
_BLOCK_TAGS = (
    "p", "div", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
    "h6", "blockquote", "pre", "table", "tr", "td", "th", "section", "article", "header",
    "footer", "aside", "figure", "address", "details", "summary", "main",
)  # fmt: skip
_BLOCK = "\u2029"  # PARAGRAPH SEPARATOR: marks block boundaries while extracting text
# A plain lxml.etree parser, not lxml.html's: that one calls back into Python
# for every element it creates (to pick an element class), a fifth of the
# cleaning time (issue 8). The tree is the same; _drop_tree and _text_content
# are lxml.html's drop_tree() and text_content().
# (collect_ids=False: no table of id attributes, which nothing here looks up.)
_HTML_PARSER = lxml.etree.HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, recover=True, default_doctype=False, collect_ids=False
)
_HTML_PARSER_UTF8 = lxml.etree.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    default_doctype=False,
    encoding="utf-8",
    collect_ids=False,
)
_text_content = lxml.etree.XPath("string()", smart_strings=False)
_KIND_DROP, _KIND_LINK, _KIND_DIV, _KIND_BLOCK, _KIND_BREAK, _KIND_LI, _KIND_HEADING, _KIND_SCRIPT = range(8)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TAG_KINDS = {
    **{tag: _KIND_DROP for tag in _DROP_TAGS},
    **{tag: _KIND_BLOCK for tag in _BLOCK_TAGS},
    **{tag: _KIND_HEADING for tag in _HEADING_TAGS},
    "a": _KIND_LINK, "div": _KIND_DIV, "br": _KIND_BREAK, "li": _KIND_LI, "sup": _KIND_SCRIPT, "sub": _KIND_SCRIPT,
}  # fmt: skip
# <sup>2</sup> and <sub>2</sub> as the Unicode characters ("ft²", "H₂O"), when
# every character of the element has one; otherwise the text stays as it is.
_SUPERSCRIPTS = str.maketrans("0123456789+-=()n\u2212", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ⁻")
_SUBSCRIPTS = str.maketrans("0123456789+-=()\u2212", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎₋")
_SCRIPT_CHARS = {"sup": frozenset("0123456789+-=()n\u2212"), "sub": frozenset("0123456789+-=()\u2212")}

# Link texts that only point elsewhere ("Read more…", "Continue reading →").
_MORE_LINK = re.compile(
    r"^\W*(read|continue|view|see|click here to read)\b.{0,40}?"
    r"(more|reading|rest|article|story|post|full|here|»|→)?\W*$",
    re.IGNORECASE,
)
# The trailing boilerplate html_to_text removes: the first rows of bot/boilerplate.py's table.
_TRAILING_BOILERPLATE = TRAILING_PATTERNS
_TAGLIKE = re.compile(r"</?(?:p|br|div|span|a|img|b|i|em|strong|ul|ol|li|h[1-6]|blockquote)\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Characters that render as nothing or break layout: zero-width space, soft hyphen,
# BOM, bidi marks, overrides and isolates, C0/C1 controls (but not newline, which
# separates blocks here, nor tab, which separates words like a space). Not the
# zero-width joiner and non-joiner (U+200D, U+200C): they are part of emoji
# sequences (👩‍💻) and of the spelling of Persian and Indic words.
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff]"
)
# Characters XML (and so lxml) cannot hold: C0 controls other than tab, newline and
# carriage return, lone surrogates (a JSON Feed may send "\ud800"), U+FFFE and U+FFFF.
# lxml refuses text with them (a ValueError that lost the whole feed) and the
# database cannot store a lone surrogate: they go before anything else.
_NOT_XML = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]")
# Both at once, for html_to_text (deleting characters of one class never makes one of the other).
_NOT_XML_OR_INVISIBLE = re.compile(_NOT_XML.pattern[:-1] + _INVISIBLE.pattern[1:])
# The ASCII characters it leaves alone (html_to_text deletes them with bytes.translate
# to see whether any are left: quicker than the regex for an ASCII text).
_ASCII_KEPT = bytes(c for c in range(128) if not _NOT_XML_OR_INVISIBLE.match(chr(c)))
_SPACE_RUN = re.compile("   *")  # two or more " " (written so that re scans for the two-space prefix)
# Whitespace other than " " and "\n" (str.isspace, which is what \s matches; tests/test_fastparse.py checks).
_OTHER_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)\]]*)(?=\s|$)|[。！？](?:[」』”’)]*)")
_SENTENCE_CLOSERS = frozenset("\"'”’)]」』")
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp",
     "no", "fig", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "u.s", "u.k", "a.m", "p.m"]
)  # fmt: skip
_CUT_PUNCTUATION = " ,;:-–—(/[«\"'“‘"


def html_to_text(markup: str | None) -> str:
    """Readable plain text from feed HTML: blocks become lines, everything else goes.

    Handles entity-escaped HTML (``&lt;p&gt;``) and double-escaped entities by
    cleaning a second time when the first pass still leaves markup behind.
    """
    if not markup:
        return ""
    return strip_boilerplate("\n".join(html_lines(markup)))


def html_lines(markup: str | None, headings: list | None = None, passes: int = 3) -> list[str]:
    """html_to_text's lines (a line per block, none empty), before the trailing
    boilerplate goes; ``headings`` gets the text of the markup's headings."""
    if not markup:
        return []
    # Invisible characters go first too: "<\u202ep>" must not become a tag after cleaning.
    text = markup.replace("\r", "\n")
    if not text.isascii() or text.encode("ascii").translate(None, _ASCII_KEPT):
        text = _NOT_XML_OR_INVISIBLE.sub("", text)
    for _ in range(passes):
        if "<" in text or "&" in text:
            text = _strip_markup(text, headings)
        if not (("<" in text and _TAGLIKE.search(text)) or ("&" in text and _ENTITY.search(text))):
            break
    return _tidy_lines_list(text)


def plain_to_text(text: str | None) -> str:
    """Tidy text that is declared plain (JSON Feed ``content_text``, RSS text titles)."""
    if not text:
        return ""
    return strip_boilerplate("\n".join(plain_lines(text)))


def plain_lines(text: str | None) -> list[str]:
    """plain_to_text's lines, before the trailing boilerplate goes."""
    if not text:
        return []
    text = _NOT_XML.sub("", text)
    if _ENTITY.search(text):
        text = htmllib.unescape(text)
    return _tidy_lines_list(text)


def _strip_markup(markup: str, headings: list | None = None) -> str:
    """The markup's text, a line per block. ``headings``, when given, gets the
    text of every heading (h1-h6) as html_to_text makes its line."""
    if "<" not in markup:
        return htmllib.unescape(markup)
    try:
        root = _document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        # Empty documents, or an XML encoding declaration inside a str.
        markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup)
        try:
            root = _document_fromstring(markup)
        except (lxml.etree.ParserError, ValueError):
            return htmllib.unescape(re.sub(r"<[^>]*>", " ", markup))
    if "<math" in markup or "<svg" in markup:
        # Issue 8: MathML and SVG were a fifth of the elements the walk below went
        # through in Python, for nothing. They go first, in C, with all they hold:
        # what _drop does, each tail kept where the element was (as a text node of
        # its own, which .text, .tail and string() read with the text before it).
        # Only then: strip_elements costs more than the walk on a small document.
        lxml.etree.strip_elements(root, "math", "svg", with_tail=False)
    # One walk over the tree sorts out every element the steps below touch
    # (issue 8: one root.iter() per step cost more than the steps). The lists
    # are taken before anything is dropped, so they can hold elements inside a
    # dropped subtree: whatever is done to those is done outside the tree.
    drops: list = []
    links: list = []
    blocks: list = []
    breaks: list = []
    items: list = []
    scripts: list = []
    heads: list = []
    kinds = _TAG_KINDS
    for el in root.iter():
        kind = kinds.get(el.tag)
        if kind is None:
            continue
        if kind == _KIND_BLOCK:
            blocks.append(el)
        elif kind == _KIND_LINK:
            links.append(el)
        elif kind == _KIND_DROP:
            drops.append(el)
        elif kind == _KIND_DIV:
            blocks.append(el)
        elif kind == _KIND_LI:
            items.append(el)
        elif kind == _KIND_HEADING:
            blocks.append(el)
            if headings is not None:
                heads.append(el)
        elif kind == _KIND_SCRIPT:
            scripts.append(el)
        else:
            breaks.append(el)
    for el in drops:
        _drop(el)
    # (the hrefs are read only when the markup names such a host at all)
    tracker_links = "feedburner" in markup or "feedsportal" in markup
    for el in links:
        href = (el.get("href") or "") if tracker_links else ""
        # A link without child elements (most links) has its text in .text: no XPath call.
        text = (el.text or "") if len(el) == 0 else (_text_content(el) or "")
        if (
            "feeds.feedburner.com/~" in href
            or "feedsportal.com" in href
            or (len(text) < 60 and _MORE_LINK.match(text) and _link_stands_apart(el, text))
        ):
            _drop(el)
    # (Only when the markup has such a word at all: str's "in" is far quicker than a
    # case-blind regex over the markup, and most markup has none.)
    maybe_captions = (
        "aption" in markup or "APTION" in markup or "redit" in markup or "REDIT" in markup or "feedflare" in markup
    )
    for el in blocks if maybe_captions else ():
        # Captions and photo credits marked as such by the site's own markup
        # (WordPress "wp-caption-text", "caption", "credit"): like <figcaption>,
        # never the story's text. FeedBurner's "feedflare" share links likewise.
        # (A short one: a wrapper of the whole article may carry such a class too.)
        cls = el.get("class")
        if cls and _CAPTION_CLASS.search(cls) and len(_text_content(el) or "") < 300:
            _drop(el)
    # Newlines in the source are only whitespace; blocks are marked with a
    # separator that survives text_content() and becomes a newline after.
    apart = _APART
    for el in blocks:
        el.tail = _BLOCK + (el.tail or "")
        # A separator before the block's own text too, unless only spaces come
        # between it and one that is there already: the tail of a block before
        # it, or the start of a block around it (most blocks: a setter is a text
        # node made in libxml2, and half of them were for nothing).
        previous = el.getprevious()
        if previous is not None:
            needed = kinds.get(previous.tag) not in apart or not _blank(previous.tail)
        else:
            parent = el.getparent()
            needed = parent is None or kinds.get(parent.tag) not in _APART_AROUND or not _blank(parent.text)
        if needed:
            el.text = _BLOCK + (el.text or "")
    for el in scripts:
        _to_script(el)
    for el in breaks:
        # Two line breaks in a row (nothing but spaces between) end a paragraph.
        if not (el.tail or "").strip() and _next_is_break(el):
            el.tail = _BLOCK + (el.tail or "")
        else:
            el.tail = " " + (el.tail or "")
    for el in items:  # blocks too, their text opening with a bullet
        el.tail = _BLOCK + (el.tail or "")
        el.text = _BLOCK + "• " + (el.text or "").lstrip(_BLOCK)
    if heads and headings is not None:
        headings.extend(" ".join(_text_content(el).split()) for el in heads)
    return _text_content(root).replace("\n", " ").replace(_BLOCK, "\n")


_CAPTION_CLASS = re.compile(r"caption|credit|feedflare", re.IGNORECASE)
# Elements whose tail _strip_markup starts with a separator; those whose text it
# starts with one and nothing else (a list item's text starts with its bullet).
_APART = frozenset((_KIND_BLOCK, _KIND_DIV, _KIND_HEADING, _KIND_LI))
_APART_AROUND = frozenset((_KIND_BLOCK, _KIND_DIV, _KIND_HEADING))


def _blank(text: str | None) -> bool:
    return not text or text.isspace()


_INLINE = frozenset(("em", "i", "b", "strong", "span", "small", "font", "u"))


def _next_is_break(br) -> bool:
    """Whether a line break is followed by another, nothing but spaces between:
    "<br><br>", or "<br><em><br></em>" (an inline element that opens with one)."""
    nxt = br.getnext()
    while nxt is not None and nxt.tag in _INLINE and len(nxt) and not (nxt.text or "").strip():
        nxt = nxt[0]
    return nxt is not None and nxt.tag == "br"


def _link_stands_apart(el, text: str) -> bool:
    """Whether a link stands apart from the sentence around it: nothing but
    spaces after it in its element, and before it nothing, or text that ends
    a sentence or a line. "Read more" links are dropped only then: the word
    "view" in "click to <a>view</a> the map" is part of a sentence."""
    if (el.tail or "").strip():
        return False
    nxt = el.getnext()
    while nxt is not None:
        if nxt.tag not in ("br",) and (_text_content(nxt) or "").strip():
            return False
        if (nxt.tail or "").strip():
            return False
        nxt = nxt.getnext()
    previous = el.getprevious()
    if previous is None:
        parent = el.getparent()
        before = (parent.text or "") if parent is not None else ""
        if not before.strip() and parent is not None and parent.tag in ("span", "em", "strong", "b", "i", "small"):
            return _link_stands_apart(parent, text)
    else:
        before = previous.tail or ""
        if not before.strip():
            if previous.tag == "br" or _TAG_KINDS.get(previous.tag) in (
                _KIND_BLOCK,
                _KIND_LI,
                _KIND_HEADING,
                _KIND_DIV,
            ):
                return True
            before = _text_content(previous) or ""
    before = before.rstrip()
    return not before or before[-1] in _BEFORE_TRAILER or text.lstrip()[:1].isupper()


def _to_script(el) -> None:
    """<sup>/<sub> text as superscript/subscript characters, when all of it has them.
    A footnote's mark (<sup><a href="#fn:1">1</a></sup>) goes: "p.1." is no text."""
    if len(el):
        if _is_footnote_mark(el):
            _drop(el)
        return
    if not el.text:
        return
    text = el.text.strip()
    if text and all(ch in _SCRIPT_CHARS[el.tag] for ch in text):
        el.text = text.translate(_SUPERSCRIPTS if el.tag == "sup" else _SUBSCRIPTS)


def _is_footnote_mark(el) -> bool:
    link = el[0]
    return (
        el.tag == "sup" and len(el) == 1 and link.tag == "a" and (link.get("href") or "").startswith("#")
        and not (el.text or "").strip() and not (link.tail or "").strip() and len(link) == 0
        and bool(_FOOTNOTE_TEXT.fullmatch((link.text or "").strip()))
    )  # fmt: skip


_FOOTNOTE_TEXT = re.compile(r"\[?\(?[0-9a-z*†‡]{1,3}\)?\]?")


def _document_fromstring(markup: str):
    """lxml.html.document_fromstring with the plain parser."""
    data = None
    if not markup.isascii() and not markup.startswith("<?xml"):
        # Issue 8: lxml hands a non-ASCII str to libxml2 as UTF-16 or UTF-32 (the
        # latter through iconv), to be converted to UTF-8 first; Python's encoder
        # is quicker. The encoding is given either way, so a <meta charset>
        # changes nothing. (A str starting with an XML declaration stays a str:
        # lxml refuses it, and _strip_markup then parses it without; so does one
        # with a lone surrogate, which html_to_text removes first.)
        with contextlib.suppress(UnicodeEncodeError):
            data = markup.encode("utf-8")
    root = lxml.etree.fromstring(markup if data is None else data, _HTML_PARSER if data is None else _HTML_PARSER_UTF8)
    if root is None:
        raise lxml.etree.ParserError("Document is empty")
    return root


def _drop(el) -> None:
    """Remove an element but keep the text that follows it (lxml.html's drop_tree)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)


def _tidy(text: str) -> str:
    return strip_boilerplate("\n".join(_tidy_lines_list(text)))


def _tidy_lines_list(text: str) -> list[str]:
    # Issue 8, the common case: every character of every line printable, which
    # str.isprintable tells in C, faster than the regexes below. None of what
    # _NOT_XML_OR_INVISIBLE matches is printable, nor any space but " " and
    # NFC keeps printable text printable (tests/test_fastparse.py checks): so
    # there is nothing to remove and " " is the only space. "\r" is one of those
    # characters, but the other branch only ever turns it into "\n" too.
    clean = text.replace("\u00a0", " ").replace("\r", "\n")
    if "\t" in clean:
        clean = clean.replace("\t", " ")  # a space like any other (HTML source indentation)
    if "  " in clean:
        clean = _SPACE_RUN.sub(" ", clean)  # (NFC neither makes nor takes out a space)
    lines = clean.split("\n")
    if all(map(str.isprintable, lines)):
        normal = unicodedata.normalize("NFC", clean)
        if normal is not clean:
            lines = normal.split("\n")
        lines = [stripped for line in lines if (stripped := line.strip()) and stripped != "•"]
    else:
        lines = [line for line in _tidy_lines(text) if line and line != "•"]
    return lines


def _tidy_lines(text: str) -> list[str]:
    """_tidy's lines, for text with characters to remove or spaces other than " "."""
    if _NOT_XML_OR_INVISIBLE.search(text) is None:
        # Nothing to remove (one scan instead of two; NFC never
        # makes one of these characters, tests/test_fastparse.py checks).
        text = unicodedata.normalize("NFC", text.replace("\u00a0", " ").replace("\r", "\n"))
    else:
        # Again after unescaping: "&#1;" or "&#xd800;" become characters only now.
        text = _NOT_XML.sub("", text)
        text = unicodedata.normalize("NFC", text.replace("\u00a0", " ").replace("\r", "\n"))
        text = _INVISIBLE.sub("", text)
    # Every line's runs of spaces become one " " and its ends are stripped: what
    # re.sub(r"[^\S\n]+", " ") then .strip() gives, or " ".join(line.split())
    # (\s, str.split() and str.strip() agree on what a space is: tests/test_fastparse.py
    # checks). Issue 8: that regex made a match of every single space between two
    # words, a fifth of the cleaning time. Tabs (HTML source indentation) are
    # spaces like any other; when " " is then the only space but newlines, runs
    # of it are all there is to collapse, in C.
    if "\t" in text:
        text = text.replace("\t", " ")
    if _OTHER_SPACE.search(text):
        return [" ".join(line.split()) for line in text.split("\n")]
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    return [line.strip() for line in text.split("\n")]


def strip_boilerplate(text: str) -> str:
    """Remove trailing feed boilerplate ("Read more…", "The post … appeared first on …")."""
    if text and not text[-1].isspace():
        # Issue 8, the common case: a text that ends none of the ways the patterns
        # need (see the functions below) is returned as it is, after one look at
        # each. "\u017f" and "S" match "s" ignoring case, "T" matches "t".
        last = text[-1]
        if (
            last not in ")]"
            and not (last in "tTsS\u017f" and _ENDS_WITH_COMMENT.search(text, max(0, len(text) - 8)))
            and not _appears_first_on(text)
            and _sub_read_more(_TRAILING_BOILERPLATE[1], text) is text
        ):
            return text
    previous = None
    while previous != text:
        previous = text
        for pattern, sub in _BOILERPLATE_SUBS:
            text = sub(pattern, text).rstrip()
    return text


# Performance (issue 8): each boilerplate pattern can only match at the end of
# the text, but re.sub tries it at every position: four scans of every
# character of every article, most of the cleaning time. The functions below
# return exactly what pattern.sub("", text) returns, looking only at the end.
# Each relies on every match of its pattern ending at the end of the text
# (``\s*$`` or ``.{1,200}?$``) and on ``\s`` being str.isspace (both are
# Unicode whitespace).


def _sub_appeared_first_on(pattern: re.Pattern, text: str) -> str:
    # "appeared first on\b.{1,200}?$": the phrase starts within 218 characters
    # of the end (17 + 200, and $ may stand before a final newline).
    if not _appears_first_on(text):
        return text
    return pattern.sub("", text)


def _appears_first_on(text: str) -> bool:
    tail = text[-218:]
    # "appeared" first, in the UTF-8 bytes lowered: none of its letters is matched
    # by another character ignoring case (as "\u0131" matches "i" in "first").
    return b"appeared" in tail.encode("utf-8", "surrogatepass").lower() and bool(_APPEARED_FIRST_ON.search(tail))


def _sub_read_more(pattern: re.Pattern, text: str) -> str:
    # A match is: leading \s*, a core of at most 71 non-space characters
    # ("(", the longest phrase, " on|at " and the 40-character site name),
    # then a tail of spaces and ". … » → > › ) ]" up to the end. So every
    # match's core starts inside the window that holds the end's run of tail
    # characters and 72 more non-space characters. A match found at a later
    # position than the window's start is the leftmost one (a match starting
    # before the window would match at its start too, its \s* being longer);
    # one found at the start extends back over the spaces before it.
    end = len(text)
    while end and (text[end - 1] in _READ_MORE_TAIL or text[end - 1].isspace()):
        end -= 1
    span = 96
    while True:
        start = max(0, end - span)
        if start == 0:
            break
        window = text[start:end]
        # (printable: " " is its only space, so the rest are its non-space characters)
        if (len(window) - window.count(" ") if window.isprintable() else len("".join(window.split()))) >= 72:
            break
        span *= 2
    # Every phrase the pattern knows has "read" or "more" in it, before the tail.
    # (Looked for in the UTF-8 bytes, lowered: no other character matches those
    # letters ignoring case, and bytes.lower() is quicker than the regex.)
    window_bytes = text[start:end].encode("utf-8", "surrogatepass").lower()
    if b"read" not in window_bytes and b"more" not in window_bytes:
        return text
    # pattern.search(text, start) would try the whole pattern at every position
    # of the window. A match is spaces, an optional "(" or "[", spaces, then a
    # phrase that starts with "read", "continue", "keep" or "more": only where
    # one of those words starts can the phrase be, and the match then starts
    # where the spaces and bracket before it do (a letter, the word before,
    # stops them). The first such word with a match gives the leftmost match.
    pos = start
    while True:
        word = _PHRASE_START.search(text, pos, end)
        if word is None:
            return text
        begin = word.start()
        while begin > start and text[begin - 1].isspace():
            begin -= 1
        if begin > start and text[begin - 1] in "([":
            begin -= 1
            while begin > start and text[begin - 1].isspace():
                begin -= 1
        m = pattern.match(text, begin)
        if m is not None and _stands_alone(text[:begin], text[begin : m.end()]):
            break
        pos = word.start() + 1  # words may overlap ("moread")
    if begin == start:
        while begin and text[begin - 1].isspace():
            begin -= 1
    return text[:begin] + text[m.end() :]


def _stands_alone(before: str, phrase: str) -> bool:
    """A "read more" phrase is boilerplate when it stands apart from the text:
    all there is, after the end of a sentence or line, in brackets, or
    capitalised after the last word ("... patch now Read more"). The last words
    of a sentence are not ("We need more", "something to read", "evermore")."""
    words = phrase.lstrip()
    if words[:1] in ("(", "[") or words[:1].isupper() or "\n" in phrase[: len(phrase) - len(words)]:
        return True
    text = before.rstrip()
    return not text or text[-1] in _BEFORE_TRAILER or "\n" in before[len(text) :]


def _sub_bracketed(pattern: re.Pattern, text: str) -> str:
    # "[…]" or "(more…)" then spaces: the last non-space character is "]" or ")".
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] not in ")]":
        return text
    # Every match is made of spaces and the characters of "[…]", "[...]",
    # "[&hellip;]" and "(more...)": it lies in the text's longest suffix of those.
    start = end
    while start and (text[start - 1] in _BRACKETED_CHARS or text[start - 1].isspace()):
        start -= 1
    return text[:start] + pattern.sub("", text[start:])


def _sub_comments(pattern: re.Pattern, text: str) -> str:
    # "Comments", "Leave a comment", "12 comments", then spaces.
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    if not _ENDS_WITH_COMMENT.search(text[max(0, end - 8) : end]):
        return text
    return pattern.sub("", text)


_APPEARED_FIRST_ON = re.compile(r"appeared first on", re.IGNORECASE)
_READ_MORE_TAIL = frozenset(".…»→>›)]")
_BEFORE_TRAILER = frozenset(".!?…:;|-–—»>›\"'”’)]")  # what may end the text before a "read more"
_BRACKETED_CHARS = frozenset("[](…).&hellip;more")
_PHRASE_START = re.compile(r"read|continue|keep|more", re.IGNORECASE)
_ENDS_WITH_COMMENT = re.compile(r"comments?\Z", re.IGNORECASE)
_BOILERPLATE_SUBS = list(
    zip(_TRAILING_BOILERPLATE, (_sub_appeared_first_on, _sub_read_more, _sub_bracketed, _sub_comments), strict=True)
)
# The same, by the name of their row in the table (boilerplate.strip_end uses them).
FAST_SUBS = {row.name: sub for row, (_, sub) in zip(_BOILERPLATE_TABLE, _BOILERPLATE_SUBS, strict=False)}


def make_excerpt(text: str, limit: int = DEFAULT_EXCERPT_LENGTH, title: str = "") -> str:
    """bot/excerpt.py's make_excerpt (the excerpt of a clean text, a line per block)."""
    from .excerpt import make_excerpt as excerpt  # excerpt.py builds on this module

    return excerpt(text, limit, title)


def _is_heading(paragraph: str) -> bool:
    """A short line without sentence punctuation ("Summary", "Update 2")."""
    p = paragraph.strip()
    return (
        len(p) <= 60
        and len(p.split()) <= 8
        and not _ENDS_SENTENCE.search(p)
        and not p.startswith("•")
        and not _is_spaceless(p)
    )


def _last_sentence_end(text: str, limit: int, start: int = 0) -> int:
    """The end of the last sentence within text[:limit] (-1 if none); those that end
    before ``start`` may be left out (make_excerpt has no use for them)."""
    best = -1
    if start > 0:
        # Scan from where a sentence end that ends at ``start`` or later can begin:
        # its punctuation, before a run of closing quotes and brackets.
        start -= 1
        while start > 0 and text[start] in _SENTENCE_CLOSERS:
            start -= 1
    for match in _SENTENCE_END.finditer(text, start, limit + 1):
        end = match.end()
        if end > limit:
            break
        if match.group(0).startswith(".") and _is_abbreviation(text, match.start()):
            continue
        best = end
    return best


def _is_abbreviation(text: str, dot: int) -> bool:
    # The word before the dot: back to the last space (a " " found by rfind, unless
    # an unprintable character, as every other space is, stands after it).
    start = text.rfind(" ", 0, dot) + 1
    if not text[start:dot].isprintable():
        start = dot
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    word = text[start:dot].lower().lstrip("([\"'“")
    return len(word) <= 1 or word in _ABBREVIATIONS or word.isdigit()


def _is_spaceless(text: str) -> bool:
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F"))
    return wide > len(text) * 0.3


def clean_title(markup: str | None, *, is_html: bool = True) -> str:
    """A title (or a name, a tag) as one line of plain text. Nothing is taken off
    its end: "… condemns his ‘climate denial’ comments" is a headline, not a
    comment link (the trailing-boilerplate rules are for article text)."""
    if (
        markup and "<" not in markup and "&" not in markup
        and markup.isprintable() and unicodedata.is_normalized("NFC", markup)
    ):  # fmt: skip
        # Most titles: nothing to unescape, remove or normalize (no invisible
        # character is printable, nor any space but " "), only spaces to collapse.
        title = " ".join(markup.split())
        if title != "•":
            return title
    if not is_html:
        return " ".join(" ".join(plain_lines(markup)).split())
    # One pass of HTML: a title's escaped markup is what it says ("Why &lt;div&gt;
    # soup" shows "<div>"), not more markup to take out, as it is in a body that
    # was escaped twice. A doubly escaped entity ("AT&amp;amp;T") is still read.
    title = " ".join(" ".join(html_lines(markup, passes=1)).split())
    return htmllib.unescape(title) if "&" in title and _ENTITY.search(title) else title


def title_from_text(text: str, limit: int = TITLE_FROM_TEXT_LENGTH) -> str:
    """A stand-in title for an entry that has none: its first words."""
    first = " ".join(text.split())
    if not first:
        return ""
    for match in _SENTENCE_END.finditer(first, 15, limit + 1):
        if match.end() <= limit and not (match.group(0).startswith(".") and _is_abbreviation(first, match.start())):
            return first[: match.end()].rstrip(".")
    if len(first) <= limit:
        return first
    return make_excerpt(first, limit)


_ENDS_SENTENCE = re.compile(r"[.!?…。！？，、：；\"”’),;:]$")
