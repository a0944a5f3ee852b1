"""Feed HTML to text, a line per block: one lxml parse and one walk over the tree.

What the walk does: drops the elements that are never readable text (scripts, forms, captions, "Read more" links,
FeedBurner's trackers), marks every block's edges, turns <br><br> into a paragraph end, list items into bullets, a
table or definition list of short cells into one line of labels and values and <sup>/<sub> digits into their
characters. Pure; bot/clean.py tidies what it returns (``strip_markup``).
"""

from __future__ import annotations

import contextlib
import html as htmllib
import re

import lxml.etree

from . import bylines, codeblocks, embedcredits, figures, gitrefs, inlineedges, leadnotes, linkcards, struck, xmlrecords
from .boilerstrip import BEFORE_TRAILER
from .codelines import code_lines_apart
from .datagrids import data_after_prose
from .inlinerows import link_row_breaks, set_off_kickers, space_touching, trailing_label
from .layoutmarkup import join_address_lines, slide_control
from .linebreaks import set_break_tails
from .markdowntext import pre_list_items
from .perthread import PerThread
from .publishers import set_off_labels
from .quotes import onebox, quoted_block
from .readmorelinks import ends_its_text, full_text_link
from .updatelabels import set_off_update_labels

# Elements whose text is never part of an article's readable text.
_DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "svg", "math", "template", "head", "title",
              "form", "button", "select", "textarea", "audio", "video", "canvas", "figcaption", "nav", "map")  # fmt: skip
_BLOCK_TAGS = (
    "p", "div", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "tr", "td", "th", "section", "article", "header", "footer", "aside", "figure", "address", "details",
    "summary", "main",
)  # fmt: skip
_BLOCK = "\u2029"  # PARAGRAPH SEPARATOR: marks block boundaries while extracting text
# A plain lxml.etree parser, not lxml.html's, which calls back into Python for every element it makes (a fifth of the
# cleaning time, issue 8); _drop_tree, _text_content are lxml.html's drop_tree(), text_content(). One per thread
# (bot/perthread.py), for a text and for its UTF-8 bytes; collect_ids=False: no table of id attributes.
_OPTIONS = {"remove_comments": True, "remove_pis": True, "no_network": True, "recover": True, "default_doctype": False,
            "collect_ids": False}  # fmt: skip
_HTML_PARSERS = PerThread(lambda: [lxml.etree.HTMLParser(**_OPTIONS, encoding=e) for e in (None, "utf-8")])
_text_content = lxml.etree.XPath("string()", smart_strings=False)
_KIND_DROP, _KIND_LINK, _KIND_BLOCK, _KIND_BREAK, _KIND_LI, _KIND_HEADING, _KIND_SCRIPT = range(7)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TAG_KINDS = {
    **{tag: _KIND_DROP for tag in _DROP_TAGS},
    **{tag: _KIND_BLOCK for tag in _BLOCK_TAGS},
    **{tag: _KIND_HEADING for tag in _HEADING_TAGS},
    "a": _KIND_LINK, "br": _KIND_BREAK, "li": _KIND_LI, "sup": _KIND_SCRIPT, "sub": _KIND_SCRIPT,
}  # fmt: skip
# <sup>2</sup> and <sub>2</sub> as the Unicode characters ("ft²", "H₂O"), when every character of the element has one.
_SUPERSCRIPTS = str.maketrans("0123456789+-=()n\u2212", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ⁻")
_SUBSCRIPTS = str.maketrans("0123456789+-=()\u2212", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎₋")
_SCRIPT_CHARS = {"sup": frozenset("0123456789+-=()n\u2212"), "sub": frozenset("0123456789+-=()\u2212")}

# Link texts that only point elsewhere ("Read more…", "Continue reading →").
_MORE_LINK = re.compile(
    r"^\W*(read|continue|view|see|click here to read)\b.{0,40}?"
    r"(more|reading|rest|article|story|post|full|here|»|→)?\W*$",
    re.IGNORECASE,
)


def strip_markup(markup: str, headings: list | None = None, quotes: list | None = None, rows: list | None = None, whole: bool = True, code: list | None = None) -> str:  # fmt: skip
    """The markup's text, a line per block. ``headings``, when given, gets the text of every heading (h1-h6) as
    html_to_text makes its line; ``quotes`` the lines inside a <blockquote> (the words a post quotes before it
    answers); ``rows`` those of a list of links laid out with <br>s (inlinerows.link_row_breaks) or of preformatted
    text, ``code`` those of code (bot/codeblocks.py); ``whole``: False: a text's start (its last link may end none)."""
    if "<" not in markup:
        return htmllib.unescape(markup)
    if _BLOCK in markup:  # the text's own (rare) U+2029 is a space, never this walk's block mark
        markup = markup.replace(_BLOCK, "\n")
    try:
        root = _document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        # Empty documents, or an XML encoding declaration inside a str.
        markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup)
        try:
            root = _document_fromstring(markup)
        except (lxml.etree.ParserError, ValueError):
            return htmllib.unescape(re.sub(r"<[^>]*>", " ", markup))
    join_address_lines(root, markup)  # (a name, a street, a town: one line, set55 F7)
    code_lines_apart(root, markup)  # (a post's code pasted with <br>s over its question: set 71a F7)
    if "<math" in markup or "<svg" in markup:
        # Issue 8: MathML and SVG were a fifth of the elements the walk below went through in Python. They go first,
        # in C, with all they hold: what _drop does, each tail kept where the element was (a text node of its own, read
        # with the text before it). Only then: strip_elements costs more than the walk on a small document.
        lxml.etree.strip_elements(root, "math", "svg", with_tail=False)
    # One walk over the tree sorts out every element the steps below touch (issue 8: one root.iter() per step cost
    # more than the steps). The lists are taken before anything is dropped, so they can hold elements inside a dropped
    # subtree: whatever is done to those is done outside the tree.
    drops: list = []
    links: list = []
    blocks: list = []
    breaks: list = []
    items: list = []
    scripts: list = []
    heads: list = []
    quoted: list = []
    grids: list = []  # tables and definition lists
    pres: list = []
    odd: list = []  # elements HTML does not know (bot/xmlrecords.py)
    kinds, known = _TAG_KINDS, xmlrecords.HTML_TAGS
    for el in root.iter():
        tag = el.tag
        kind = kinds.get(tag)
        if kind is None:
            if tag not in known:
                odd.append(el)
            continue
        if kind == _KIND_BLOCK:
            blocks.append(el)
            if quoted_block(el):  # (a forum's quote without <blockquote>: phpBB's "quotecontent")
                quoted.append(el)
            elif tag == "table" or tag == "dl":
                grids.append(el)
            elif tag == "pre":
                pres.append(el)
        elif kind == _KIND_LINK:
            links.append(el)
        elif kind == _KIND_DROP:
            drops.append(el)
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
    for el in embedcredits.with_credits(drops, markup):  # (a player's attribution line goes with it)
        _drop(el)
    struck.drop_struck(root, markup, lambda el: _TAG_KINDS.get(el.tag) in _APART, _drop)  # (an author's correction)
    blocks.extend(xmlrecords.records(odd))  # ("<report><number>1</number><authors>…</authors><date>…": one block)
    holds: dict[tuple[str, ...], bool] = {}  # (what _has found)
    runs: dict = {}  # (each parent's trailing breaks and read-more links: readmorelinks.ends_its_text)
    for el in links:
        href = el.get("href") or ""
        # A link without child elements (most links) has its text in .text: no XPath call.
        text = (el.text or "") if len(el) == 0 else (_text_content(el) or "")
        tracker = ("feeds.feedburner.com/~" in href or "feedsportal.com" in href) and _has(markup, _TRACKERS, holds)
        card = linkcards.link_card(el, href)  # (a bookmark card: the linked page's title, description)
        # WordPress's "Read more" link (the_content_more_link) by its class, any language ("继续阅读<span …>TITLE")
        more = len(text) < 60 and _MORE_LINK.match(text) is not None
        more = more or "more-link" in (el.get("class") or "") and _has(markup, _MORE_LINK_CLASS, holds)
        more = more and _link_stands_apart(el, text, runs) or full_text_link(el, text, runs)  # ("…越要<a>全文</a>")
        if tracker or card or more or gitrefs.reference_mark(el, href, text) or slide_control(el):  # ("2f9eac4")
            _drop(el)
        linkcards.inline_card(el, href, text)  # (a forum's inline card: its address, not the page's title as words)
    for el in [*leadnotes.front_matter(root), *bylines.card_bylines(root)]:  # (a note, a roster, a card's authors)
        _drop(el)
    for el in blocks:  # (a table of contents: a list of links into the text itself, "#toc-…", never its start)
        if (el.tag == "ul" or el.tag == "ol") and _has(markup, _IN_PAGE_LINKS, holds) and _is_contents(el):
            _drop(el)
    for el in blocks:
        # Captions and photo credits marked by the site's markup (WordPress "wp-caption-text", "caption", "credit";
        # short: an article's wrapper may have such a class) or an emphasized paragraph under a picture (figures):
        # like <figcaption>, never the story's text. FeedBurner's "feedflare", Substack's "embedded-publication" too;
        # and a "byline" box (a contributor's name, title and bio before the text: set46 F10).
        cls = el.get("class")
        marked = cls and _CAPTION_CLASS.search(cls) and _has(markup, _CAPTIONS, holds) and len(_text_content(el)) < 300
        if marked or onebox(cls, el) or el.tag == "p" and _has(markup, figures.HINTS, holds) and figures.is_caption(el):
            _drop(el)
    space_touching(root, markup)  # ("…faces the music<font>The Guardian</font>": two units, not one word)
    inlineedges.mend_edges(root, markup)  # ("…Seguridad de<a>Ucrania</a>": "de Ucrania"; a colon before a picture)
    set_off_labels(links, markup)  # ("…Build Back Better</a>&nbsp;<font>Fox News</font>": "… (Fox News)")
    set_off_kickers(root, markup)  # ('<p><span style="color: red;">Exclusif</span> Selon …': "Exclusif — Selon")
    set_off_update_labels(root, markup)  # ("<p><em>Update</em> system is fixed.": "Update: system is fixed.")
    for el in trailing_label([a for a in links if a.getparent() is not None] if whole else [], root):
        _drop(el)  # ("…an NPR affiliate. <a>MP3 link</a>": gone; the last of the links not dropped above)
    # Newlines in the source are only whitespace; blocks get a separator that survives text_content(), then a newline.
    apart = _APART
    for el in blocks:
        el.tail = _BLOCK + (el.tail or "")
        # A separator before the block's own text too, unless only spaces come between it and one that is there
        # already: the tail of a block before it, or the start of a block around it (most blocks: a setter is a
        # text node made in libxml2, and half of them were for nothing).
        previous = el.getprevious()
        if previous is not None:
            needed = kinds.get(previous.tag) not in apart or not _blank(previous.tail)
        else:
            parent = el.getparent()
            needed = parent is None or kinds.get(parent.tag) not in _APART_AROUND or not _blank(parent.text)
        if needed:
            el.text = _BLOCK + (el.text or "")
    for el in pres:
        _pre_paragraphs(el)
    for el in scripts:
        _to_script(el)
    listed = link_row_breaks(breaks, rows) if links else ()  # (between rows that are each a link: a list's)
    set_break_tails(breaks, listed, _BLOCK)  # (a paragraph's end, a space, " / " between a poem's lines, …)
    for el in items:  # blocks too, their text opening with a bullet
        el.tail = _BLOCK + (el.tail or "")
        el.text = _BLOCK + "• " + (el.text or "").lstrip(_BLOCK)
    prose: list[bool] = []  # (a table found after the text's sentences: the later ones are too)
    for el in grids:
        _grid_line(el, prose)
    if heads and headings is not None:
        # (each line of it: a block inside a heading splits it, "Bu Yemek Nedir? <div class=anchor/> #": set28 F8)
        headings.extend(
            line for el in heads for part in _text_content(el).split(_BLOCK) if (line := " ".join(part.split()))
        )
    if quoted and quotes is not None and _has(markup, _QUOTE_WORDS, holds):
        quotes.extend(
            line for el in quoted for part in _text_content(el).split(_BLOCK) if (line := " ".join(part.split()))
        )
    if pres and rows is not None:  # (preformatted text, code, is no sentence of the story's; paragraphs in one are)
        for el in (el for el in pres if el.find(".//p") is None):  # (code: never an excerpt's either)
            rows.extend(lines := [line for part in _text_content(el).split(_BLOCK) if (line := " ".join(part.split()))])
            codeblocks.add_code(el, lines, code)
    return _text_content(root).replace("\n", " ").replace(_BLOCK, "\n")


_CAPTION_CLASS = re.compile(r"caption|credit|byline|feedflare|embedded-publication", re.IGNORECASE)
# Words a step needs the markup to hold, as written ("CAPtion" holds none): looked for once one asks (issue 15).
_TRACKERS, _MORE_LINK_CLASS, _IN_PAGE_LINKS = ("feedburner", "feedsportal"), ("more-link",), ('href="#', "href='#")
_CAPTIONS = ("aption", "APTION", "redit", "REDIT", "yline", "YLINE", "flare", "d-pub")
_QUOTE_WORDS = ("lockquote", "LOCKQUOTE", "quote")


def _has(markup: str, words: tuple[str, ...], known: dict[tuple[str, ...], bool]) -> bool:
    if (found := known.get(words)) is None:
        found = known[words] = any(word in markup for word in words)
    return found


# Elements whose tail strip_markup starts with a separator; those whose text it
# starts with one and nothing else (a list item's text starts with its bullet).
_APART = frozenset((_KIND_BLOCK, _KIND_HEADING, _KIND_LI))
_APART_AROUND = frozenset((_KIND_BLOCK, _KIND_HEADING))


def _blank(text: str | None) -> bool:
    return not text or text.isspace()


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")


def _pre_paragraphs(pre) -> None:
    """Preformatted text's paragraphs, each a block: a blank line ends one (a commit message's subject, its body,
    its "Reviewed-by:" trailer; a Markdown list's items: pre_list_items). A single line break stays a space."""
    found = pre.xpath(".//text()")  # (its texts and tails in order: a list's items after a link too)
    texts = found if codeblocks.is_code(pre) else pre_list_items(found, _BLOCK)
    for old, text in zip(found, texts, strict=True):
        if "\n" in text or text != old:
            setattr(old.getparent(), "tail" if old.is_tail else "text", _BLANK_LINE.sub(_BLOCK, text))


def _link_stands_apart(el, text: str, runs: dict | None = None) -> bool:
    """Whether a link stands apart from the sentence around it: nothing but
    spaces after it in its element, and before it nothing, or text that ends
    a sentence or a line. "Read more" links are dropped only then: the word
    "view" in "click to <a>view</a> the map" is part of a sentence."""
    runs = {} if runs is None else runs  # (readmorelinks.ends_its_text's walks, kept over one markup's links)
    if not ends_its_text(el, runs):  # (and of the inline elements it ends: "<span><a>Read more</a></span> of it")
        return False
    previous = el.getprevious()
    if previous is None:
        parent = el.getparent()
        before = (parent.text or "") if parent is not None else ""
        if not before.strip() and parent is not None and parent.tag in ("span", "em", "strong", "b", "i", "small"):
            return _link_stands_apart(parent, text, runs)
    else:
        before = previous.tail or ""
        if not before.strip():
            if previous.tag == "br" or _TAG_KINDS.get(previous.tag) in _APART:
                return True
            before = _text_content(previous) or ""
    before = before.rstrip()
    return not before or before[-1] in BEFORE_TRAILER or text.lstrip()[:1].isupper()


# A cell longer than this is prose: its table lays out an article, it holds no data.
_CELL_MAX = 200
_GRID_PARTS = frozenset(("table", "tr", "td", "th", "dl", "dt", "dd"))


def _grid_line(grid, prose: list[bool]) -> None:
    """A table or definition list of short cells, the data a release or an earthquake is told by ("Version |
    5.7-rc4", "Time / 2018-11-19 21:09 UTC"), as one line: a row's cells joined, a label to its value ("Version:
    5.7-rc4 (mainline) · Released: 2020-05-03"), a term to its definitions. Each cell a block of its own, the
    values, short and without a full stop, read as headings and went, the labels stayed. A table or list with a
    longer cell, or with another block inside (a table that lays out an article, a paragraph), stays a block per
    cell. A cell's text after it in its row is its ("<td>16:00</td> ...": the feed's cut, set61 F5)."""
    terms = grid.tag == "dl"
    rows: list[list[str]] = []  # a term's row starts with the term, a table's with its first cell
    for el in grid.iterdescendants():
        tag = el.tag
        if tag in _GRID_PARTS:
            if tag == "table" or tag == "dl":
                return
            if tag == "tr" or tag == "dt" or not rows:
                rows.append([] if tag != "dd" else [""])
            if tag != "tr":
                # (a paragraph inside a cell, "c<br> <br>a link", or prose: blocks)
                text = _text_content(el) + (el.tail or "").replace(_BLOCK, " ")
                if _BLOCK in text or len(text := " ".join(text.split())) > _CELL_MAX:
                    return
                if text or tag == "dt":
                    rows[-1].append(text)
        elif _TAG_KINDS.get(tag) in _APART:
            return
    if terms and not any(el.tag == "dt" for el in grid):
        return  # (<dl><dd>…</dd></dl>: an indent, not a list of terms)
    line = " · ".join(_row(cells, terms) for cells in rows if any(cells))
    if not terms and data_after_prose(grid, rows, prose):
        line = ""  # (a grid of data rows after the text's sentences: none of its own, set27 F4; set 68a F9)
    for el in list(grid):
        grid.remove(el)
    grid.text = _BLOCK + line


def _row(cells: list[str], terms: bool) -> str:
    """A row's cells: "Label: value" (a term: "Term: one; another"), else "a, b, c"."""
    label, values = cells[0], [cell for cell in cells[1:] if cell]
    if label and values and (terms or len(cells) == 2):
        return label + ("" if label[-1] in ":：" else ":") + " " + "; ".join(values)
    return ", ".join(cell for cell in cells if cell)


def _to_script(el) -> None:
    """<sup>/<sub> text as superscript/subscript characters, when all of it has them; a footnote's mark goes."""
    if len(el):
        if _is_footnote_mark(el):
            inlineedges.unbracket(el)  # (and its brackets: "paper[<sup>…</sup>]", set48 F7)
            _drop(el)
        return
    if not el.text:
        return
    el.text = script_text(el.text, el.tag)


def script_text(text: str, tag: str) -> str:
    """<sup>/<sub> (``tag``) text as superscript/subscript characters when all of it has them; else as it is."""
    bare = text.strip()
    scripts = _SUPERSCRIPTS if tag == "sup" else _SUBSCRIPTS
    return bare.translate(scripts) if bare and set(bare) <= _SCRIPT_CHARS[tag] else text


def _is_footnote_mark(el) -> bool:
    link = el[0]
    return (
        el.tag == "sup" and len(el) == 1 and link.tag == "a"
        and (_NOTE_LINK.match(link.get("href") or "") is not None or link.get("role") == "doc-noteref")
        and not (el.text or "").strip() and not (link.tail or "").strip() and len(link) == 0
        and bool(_FOOTNOTE_TEXT.fullmatch((link.text or "").strip()))
    )  # fmt: skip


_FOOTNOTE_TEXT = re.compile(r"\[?\(?[0-9a-z*†‡]{1,3}\)?\]?")
_NOTE_LINK = re.compile(r"#|[^#]*#(?:fn|footnote|note|cite[_-]note)\b", re.I)  # (or a page's: "…/x/#fn:1", set43 F11)


def _document_fromstring(markup: str):
    """lxml.html.document_fromstring with the plain parser."""
    data = None
    if not markup.isascii() and not markup.startswith("<?xml"):
        # Issue 8: lxml hands a non-ASCII str to libxml2 as UTF-16 or UTF-32 (the latter through iconv), to be converted
        # to UTF-8 first; Python's encoder is quicker. The encoding is given either way, so a <meta charset> changes
        # nothing. (A str starting with an XML declaration stays a str: lxml refuses it, and strip_markup then parses it
        # without; so does one with a lone surrogate, which html_to_text removes first.)
        with contextlib.suppress(UnicodeEncodeError):
            data = markup.encode("utf-8")
    root = lxml.etree.fromstring(markup if data is None else data, _HTML_PARSERS.get()[data is not None])
    if root is None:
        raise lxml.etree.ParserError("Document is empty")
    return root


def _is_contents(lst) -> bool:
    """Whether a list is a table of contents: 2+ links, each to a place in the same text, no words of its own."""
    links = list(lst.iter("a"))
    if len(links) < 2 or not all((a.get("href") or "").startswith("#") for a in links):
        return False
    own = "".join("".join(lst.xpath("descendant-or-self::text()[not(ancestor::a)]")).split())
    return len(own) <= 3 * len(links) and not any(c.isalpha() for c in own)  # ("text <a href='#fn:1'>": a text)


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
