"""Text cleaning: feed HTML (or plain text) to readable plain text, a line per block.

Pure functions over strings, no I/O. Everything a digest shows passes through
here, so the invariants are strict: no markup, no entity leftovers, no
invisible or XML-invalid characters, no feed boilerplate at the end ("Read
more…", "The post X appeared first on Y"). The rooms around it: the HTML
walk (bot/htmltree.py), the trailing boilerplate (bot/boilerstrip.py), titles
(bot/titles.py), excerpts (bot/excerpt.py), links (bot/urls.py).
"""

from __future__ import annotations

import html as htmllib
import json
import re
import unicodedata

from .boilerstrip import strip_boilerplate
from .creditrows import without_model_credit
from .headingrows import gap_heading
from .htmltree import strip_markup
from .humanize import INVISIBLE_CHARACTERS
from .inlineedges import drop_caps_joined, unwrapped
from .markdownmarks import marks_read
from .markdowntext import markdown_read, without_emphasis, without_wikitext
from .shortcodes import without_shortcodes

_FEED_HTML = "(?:p|br|div|span|a|img|b|i|em|strong|ul|ol|li|h[1-6]|blockquote)"  # the elements feeds' HTML is made of
# (a tag's name ends at a space, "/" or ">": never Sage's "R.<a,b> = K[a]", text a first pass read: set56 F5)
_TAGLIKE = re.compile(rf"</?{_FEED_HTML}(?=[\s/>])[^<>]*>", re.I)
_CLOSING_TAG = re.compile(rf"</{_FEED_HTML}\s*>", re.I)
# A void element (no close tag to look for: "away.<br>", "<br clear=all>", "<img src=…>"), unless it stands
# between spaces as a word of a text about tags ("Use the <br> tag").
_VOID_TAG = re.compile(r"<(?:br|hr)\b[^<>]*>|<img\s[^<>]*>", re.I)
# A break written as an end tag, "Feng XIE;</br>Biodiversity is…" (CNKI's journal feeds, set32 F4): a break, as
# HTML5 reads it (lxml drops it, gluing the lines); never the end of an XHTML break, "<br></br>" (one break).
_END_BREAK = re.compile(r"(<br\b[^<>]*>)?</br\s*/?>", re.I)
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Characters that render as nothing or break layout: zero-width space, BOM, bidi
# marks, overrides and isolates, C0/C1 controls (but not newline, which separates
# blocks here, nor tab, which separates words like a space): the renderers' rule
# (humanize.visible), and the soft hyphen too. Not the zero-width joiner and
# non-joiner (U+200D, U+200C): they are part of emoji sequences (👩‍💻) and of the
# spelling of Persian and Indic words.
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}\u00ad]")
# Characters XML (and so lxml) cannot hold: C0 controls other than tab, newline and
# carriage return, lone surrogates (a JSON Feed may send "\ud800"), U+FFFE and U+FFFF.
# lxml refuses text with them (a ValueError that lost the whole feed) and the
# database cannot store a lone surrogate: they go before anything else.
_NOT_XML = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]")
# Both at once, for html_to_text (deleting characters of one class never makes one of the other).
NOT_XML_OR_INVISIBLE = re.compile(_NOT_XML.pattern[:-1] + _INVISIBLE.pattern[1:])
# The ASCII characters it leaves alone (html_to_text deletes them with bytes.translate
# to see whether any are left: quicker than the regex for an ASCII text).
_ASCII_KEPT = bytes(c for c in range(128) if not NOT_XML_OR_INVISIBLE.match(chr(c)))
_SPACE_RUN = re.compile("   *")  # two or more " " (written so that re scans for the two-space prefix)
# Whitespace other than " " and "\n" (str.isspace, which is what \s matches; tests/test_fastparse.py checks).
_OTHER_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def html_to_text(markup: str | None) -> str:
    """Readable plain text from feed HTML: blocks become lines, everything else goes.

    Handles entity-escaped HTML (``&lt;p&gt;``) and double-escaped entities by
    cleaning a second time when the first pass still leaves markup behind.
    """
    if not markup:
        return ""
    return strip_boilerplate("\n".join(html_lines(markup)))


def html_lines(
    markup: str | None, headings: list | None = None, passes: int = 3, quotes: list | None = None,
    rows: list | None = None, whole: bool = True, code: list | None = None,
) -> list[str]:  # fmt: skip
    """html_to_text's lines (a line per block, none empty), before the trailing
    boilerplate goes; ``headings`` gets the text of the markup's headings, ``quotes``
    the lines inside its quotes, ``rows`` those of its lists of links and preformatted text, ``code``
    those of its code; ``whole``: False for a text's start only (htmltree.strip_markup)."""
    if not markup:
        return []
    text = markup.replace("\r", "\n")
    if "#" in text:
        text = marks_read(text)  # (Markdown's "##Bash⏎…" left in HTML paragraphs: set 64a F11)
    if "\n" in text and "<p" in text and "<pre" not in text:  # (a newline in HTML's paragraphs, <p>, is a space)
        text = unwrapped(text)
    if "</" in text and ("\n" in text or "> " in text):
        text = drop_caps_joined(text)  # (a drop cap's newline or space before its word: set62 F6)
    # Invisible characters go before the tags are read (below): "<\u202ep>" must not become a tag after cleaning.
    if not text.isascii() or text.encode("ascii").translate(None, _ASCII_KEPT):
        text = NOT_XML_OR_INVISIBLE.sub("", text)
    if "<img" in text and ("smiley" in text or "emoji" in text):
        text = _IMG.sub(_emoticon, text)
    if "[" in text:
        text = without_shortcodes(text)  # (WordPress's "[caption …]…[/caption]" left unrendered: set60's CELE)
    if "data-attrs" in text or "( <" in text or "(<" in text:
        if "data-attrs" in text or "data-attrs" in text.casefold():  # (_PLACEHOLDER's every match holds it: re.I)
            text = _PLACEHOLDER.sub(_placeholder_name, text)
        text = _EMPTY_IN_PARENS.sub("", text)
    for _ in range(passes):
        if "</" in text and ("</br" in text or "</BR" in text):  # (an end tag for a break: lxml drops it)
            text = _END_BREAK.sub(lambda m: m[1] or "<br>", text)
        if "<" in text or "&" in text:
            text = strip_markup(text, headings, quotes, rows, whole, code)
        # (markup escaped twice is read again; a tag the code shows, "&lt;div&gt;", is code's text: set19 F7's #9
        # had every paragraph run into one when the whole text was read again for it)
        rest = "\n".join(line for line in text.split("\n") if " ".join(line.split()) not in code) if code else text
        if not (("<" in rest and _TAGLIKE.search(rest)) or ("&" in rest and ENTITY.search(rest))):
            break
    if headings is not None and "\u00a0" in text and (heading := gap_heading(text)):
        text = text.replace(heading, heading + "\n", 1)  # (set off as a heading: set34 F5)
        headings.append(heading)
    lines = _tidy_lines_list(without_model_credit(text))
    if ("{" in text and _MD_ATTRS.search(text) or any(icon in text for icon in _MD_ICONS)) and (
        code is not None or "<pre" not in markup  # (never a line of code's, nor an inline <code>'s words)
    ):
        inline = [htmllib.unescape(m) for m in _INLINE_CODE.findall(markup)] if "<code" in markup else []
        lines = [line if code and line in code else _md_residue_gone(line, inline) for line in lines]
        lines = [line for line in lines if line]
    if quotes and all(line in quotes for line in lines):  # (nothing but a quote: a theme's summary in a <blockquote>,
        quotes.clear()  # "<blockquote><p>关于本站博客。</p></blockquote>", roderickchan in set29, F3: the text itself)
    # (Markdown's strong emphasis left in a text declared HTML, "**Nested Lands** is…" (set27 F11); in a text without
    # markup a single star's too, "**Vorige week heb ik … Drive.**" (set41 F3): bot/markdowntext.py; never code's:
    # known, or none; nor a single star's pair beside a code mark, "&lt;code&gt;*italic*&lt;/code&gt;"; in HTML a single
    # star's pair around a few words, "to *one* single project": set56 F6)
    plain, code_known = "<" not in markup, code is not None or ("<pre" not in markup and "<code" not in markup)
    if "*" in text and code_known:
        kept = {*(code or ()), *(rows or ())}
        # (a line all bold, "**tldr;**", is read as a heading as it was: no wrap joins it to the next line then)
        lines = [
            line
            if "*" not in line or line in kept
            else (markdown_read if plain else without_emphasis)(  # (a code span's backticks too: set 65b F11)
                line, heading=True, single=(bare := "<code" not in line and "`" not in line) and plain, words=bare
            )
            for line in lines
        ]
    return without_wikitext(lines)  # (a Wikipedia diff's <ref …/> and [[links]]: set42 F7)


# MkDocs' and kramdown's Markdown left unrendered by a feed plugin: an icon's shortcode and an attribute list ("Wiki -
# Winston Churchill :octicons-link-external-16:{:target=_blank}, nunca dijo…": mementum--demeritocracia.xml, set49 F12)
_MD_ATTRS, _MD_ICONS = (
    re.compile(r"\{:\s?(?:[.#]|(?:target|rel)=(?!>))"),
    (":octicons-", ":material-", ":fontawesome-", ":simple-"),
)
_ICON = r":(?:octicons|material|fontawesome|simple)-[a-z0-9]+(?:-[a-z0-9]+)*:"
_ATTRS = r"\{:\s?(?:[.#]|(?:target|rel)=(?!>))[^{}\n]{0,60}\}"
_MD_RESIDUE = re.compile(rf"\s?(?:{_ICON}(?:{_ATTRS})?|{_ATTRS})")
# (a source's link and its icon, a line of its own: "El Debate - Ramón Espinar compara… :octicons-link-external-16:
# {:target=_blank}"; tried on a line's last 100 characters)
_MD_LINK_END = re.compile(rf"\s?{_ICON}\{{:\s?target=[^{{}}\n]{{0,60}}\}}\s*$")
_INLINE_CODE = re.compile(r"<code\b[^>]*>([^<]{1,200})</code>")


def _md_residue_gone(line: str, inline: list[str]) -> str:
    """A line without the residue, but for an inline <code>'s words ("Add <code>{:target="_blank"}</code> after…");
    none when it ends in a link's icon and attribute list (the line is a link to a source)."""
    if _MD_LINK_END.search(line, max(0, len(line) - 100)):
        return ""
    spans = [(at, at + len(code)) for code in inline if (at := line.find(code)) >= 0]
    gone = _MD_RESIDUE.sub(lambda m: m[0] if any(a < m.end() and m.start() < b for a, b in spans) else "", line)
    return " ".join(gone.split()) if gone != line else line


# An emoticon drawn as an image (WordPress's smilies, "<img src=…/icon_wink.gif alt=";)" class="wp-smiley">",
# and its emoji images, class "emoji"): its alt text is what it says ("(yes, we also do this ;))", RubyMine's
# blog, unseen11 #10), where the image alone left "(yes, we also do this )". An image with another class is
# left to the walk (bot/htmltree.py), which drops it. An alt text that is the emoji's shortcode (Discourse's
# alt=":slight_smile:", tests/data/unseen/set18's F4) says nothing a reader reads: the image goes with it.
_IMG = re.compile(r"<img\s[^<>]*>", re.I)
_SMILEY_CLASS = re.compile(r"""\bclass\s*=\s*["']?[^"'<>]*\b(?:wp-smiley|emoji)\b""", re.I)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"<>]{1,40})"|'([^'<>]{1,40})')""", re.I)
_SHORTCODE = re.compile(r"\s*:[\w+-]+:\s*")
_DETERMINERS = frozenset(["a", "an", "the", "some", "few", "more", "many", "several", "two", "three", "our", "my",
                          "your", "their", "his", "her", "its", "of", "for", "with"])  # fmt: skip


def _emoticon(match: re.Match[str]) -> str:
    tag = match[0]
    if not _SMILEY_CLASS.search(tag) or not (alt := _ALT.search(tag)):
        return tag
    said = alt[1] or alt[2]
    if not _SHORTCODE.fullmatch(said):
        return said.strip() if len(said) <= 16 else tag
    # A one-word shortcode's picture after a determiner, inside a sentence, stands for its noun ("…for some :beers: and
    # to talk…", set57 F2); anywhere else it adds nothing ("…thanks :slight_smile:", "Done :face_with_tears_of_joy:
    # now.": a reaction, set18 F4).
    text, start, end = match.string, match.start(), match.end()
    before, after, word = text[max(0, start - 12) : start].split()[-1:], text[end : end + 2], said.strip(" :")
    noun = word.isalpha() and before and before[0].casefold() in _DETERMINERS
    return word if noun and after[:1] == " " and after[1:].islower() else ""


def is_markup(text: str) -> bool:
    """Whether a text given as plain is HTML markup: it closes an element of feed HTML
    (``</p>``, ``</a>``) or holds a line break, rule or image (``<br>``, which has nothing
    to close), as written or once its character references are read (``&lt;/p&gt;``,
    which plain text would show as ``</p>``). Such a text is read as HTML (normalize.py),
    never shown with its tags; a text *about* tags ("<i>- und <b>-Tags", "Why <div> soup",
    "Use the <br> tag") closes none and stays text."""
    if "<" in text and _has_markup(text):
        return True
    if "&" not in text or not ENTITY.search(text):
        return False
    text = htmllib.unescape(text)
    return "<" in text and _has_markup(text)


def _has_markup(text: str) -> bool:
    if "</" in text and _CLOSING_TAG.search(text):
        return True
    for m in _VOID_TAG.finditer(text):
        if not (text[m.start() - 1 : m.start()] == " " and text[m.end() : m.end() + 1] == " "):
            return True
    return False


def plain_to_text(text: str | None) -> str:
    """Tidy text that is declared plain (JSON Feed ``content_text``, RSS text titles)."""
    if not text:
        return ""
    return strip_boilerplate("\n".join(plain_lines(text)))


def plain_lines(text: str | None) -> list[str]:
    """plain_to_text's lines, before the trailing boilerplate goes."""
    if not text:
        return []
    text = without_model_credit(_NOT_XML.sub("", text))
    if ENTITY.search(text):
        text = htmllib.unescape(text)
    return _tidy_lines_list(without_shortcodes(text) if "[" in text else text)


def without_anchored_heading(line: str) -> str:
    """A line without the headings and their anchors' "#" (or "¶") that a Hugo summary (plainified: its line breaks
    kept) keeps at a line's start, before the paragraph's text ("مقدمة # عندما نذكر…", "Introduction # When we…": set33
    F6; "Wie zijn we? ¶U kan…", a heading and its subheading, "Waarom? ¶IP-adres ¶Het…": set56 F2)."""
    words = 8  # (then a subheading's few: "Translations # Update Basque translation Bug Fixes # …" keeps its rows)
    while (m := _ANCHORED_HEADING.match(line) if " # " in line or "¶" in line else None) is not None:
        # (its text opens a paragraph: not in lower case, "el carácter # es especial" is a sentence's)
        if line[m.end()].islower() or m[0].count(" ") > words + 1:
            break
        line, words = line[m.end() :], 3
    return line


# A heading of a few words (no sentence's end in it but a question's), " # " (or "¶"), then a paragraph's first words.
_ANCHORED_HEADING = re.compile(r"^(?:[^\s#.!。¶]+ ){0,7}[^\s#.!。¶]+ (?:# |¶ ?)(?=[^\W\d_][^\n]{40})")


# An empty element that stands for a name, drawn by the page's script from its JSON "data-attrs"
# (Substack's @-mention: 'Like Cameron ( <span class="mention-wrap" data-attrs="{&quot;name&quot;:
# &quot;Lit Smithery&quot;,&quot;id&quot;:1463979,…}"></span> ) here', unseen13 #13): that name, where
# it was "Like Cameron ( ) here" and "call yourself ." An element still empty in parentheses goes with them.
_PLACEHOLDER = re.compile(
    r"""(\(\s*)?<(\w+)\b[^<>]*?\sdata-attrs\s*=\s*(?:"([^"]*)"|'([^']*)')[^<>]*>\s*</\2\s*>(\s*[).,;:!?](?!\w))?""",
    re.I,
)
_EMPTY_IN_PARENS = re.compile(r"\(\s*(?:<(\w+)\b[^<>]*>\s*</\1\s*>\s*)+\)")


def _placeholder_name(match: re.Match[str]) -> str:
    """The name, without the spaces its editor set around it before a mark ("(Lit Smithery)",
    "call yourself The Pulp Vitalist.")."""
    opened, closed = match[1] or "", (match[5] or "").lstrip()
    try:
        attrs = json.loads(htmllib.unescape(match[3] if match[3] is not None else match[4]))
    except ValueError:
        return match[0]
    name = attrs.get("name") if isinstance(attrs, dict) else None
    if not isinstance(name, str) or not name.strip() or len(name) > 100:
        return match[0]
    name = htmllib.escape(" ".join(name.split()))
    # (a unit of its own: "and<span …></span> is" reads "and The Wednesday Audio is")
    before = " " if not opened and match.start() and match.string[match.start() - 1].isalnum() else ""
    after = " " if not closed and match.string[match.end() : match.end() + 1].isalnum() else ""
    return f"{before}{'(' if opened and closed == ')' else opened}{name}{closed}{after}"


# Tattertools' and Textcube's fold ("[#M_ more | less | the folded text _M#]"): its labels go, its text stays.
_FOLD = re.compile(r"\[#M_[^|\n]{0,200}\|[^|\n]{0,100}\|(.*?)_M#\]", re.S)


# A footnote's mark right after a Japanese or Chinese word or mark, its body at the text's end: "登録してください*1。",
# "採用した。*3*4。" (Hatena Blog's "<a href="#f-…">*1</a>", flattened in its summaries too; set17 F13).
_FOOTNOTE_MARKS = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e。、」』）])"
    r"(?:\*\d{1,2})+(?![\d:：])([。．]?)"
)


def _without_mark(match: re.Match[str]) -> str:
    """The full stop after a mark, unless one was before it too ("採用した。*3*4。")."""
    return "" if match.string[match.start() - 1] in "。．" else match.group(1)


def _tidy_lines_list(text: str) -> list[str]:
    if "_M#]" in text:
        text = _FOLD.sub(r"\1", text)
    if "*" in text:
        text = _FOOTNOTE_MARKS.sub(_without_mark, text)
    # Issue 8, the common case: every character of every line printable, which
    # str.isprintable tells in C, faster than the regexes below. None of what
    # NOT_XML_OR_INVISIBLE matches is printable, nor any space but " " and
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
        lines = [stripped for line in lines if (stripped := line.strip())]
    else:
        lines = [line for line in _tidy_lines(text) if line]
    if "?" in text and (any(line[:1] == "?" for line in lines) or _LONE_MARK.search(text)):
        lines = _without_lone_marks(lines)
    return _bulleted(lines) if "•" in lines else lines


def _without_lone_marks(lines: list[str]) -> list[str]:
    """The lines without a "?" alone after a sentence's end (a character lost upstream: knews-rss's tech.xml,
    "…전략이다." then "?", tests/data/unseen/set18's F11)."""
    out: list[str] = []
    for line in lines:
        if " ?" in line:
            line = _LONE_MARK.sub(_lone_mark, line)
        if out and out[-1][-1:] in ".!。！？" and line[:1] == "?":
            line = line.lstrip("? ")  # (a line of its own, or one glued to the next line's first word: "?BGF…")
        if line:
            out.append(line)
    return out


_LONE_MARK = re.compile(r"(?<=[.!。！？])(?:\s+\?)+(?=\s|$|[^\W\d_])")  # (and one glued to the next word: "? ?BGF…")


def _lone_mark(match: re.Match[str]) -> str:
    end = match.end()
    return "" if end == len(match.string) or match.string[end].isspace() else " "


def _bulleted(lines: list[str]) -> list[str]:
    """The lines without a bullet alone: a list item whose text is in a block of its
    own (``<li><p>Title</p></li>``) has its bullet on that block's line, as every
    other item has (a heading's rule, Title Case, never takes it for one then)."""
    out: list[str] = []
    bullet = False
    for line in lines:
        if line == "•":
            bullet = True
            continue
        out.append("• " + line if bullet and not line.startswith("•") else line)
        bullet = False
    return out


def _tidy_lines(text: str) -> list[str]:
    """_tidy's lines, for text with characters to remove or spaces other than " "."""
    if NOT_XML_OR_INVISIBLE.search(text) is None:
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
