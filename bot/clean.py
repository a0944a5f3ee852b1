"""Text cleaning: feed HTML to readable plain text, excerpts, titles, canonical URLs.

Pure functions over strings, no I/O. Everything a digest shows passes through
here, so the invariants are strict: no markup, no entity leftovers, no feed
boilerplate ("Read more…", "The post X appeared first on Y"), excerpts within
their length and never cut mid-word.
"""

from __future__ import annotations

import html as htmllib
import re
import unicodedata
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

import lxml.etree

DEFAULT_EXCERPT_LENGTH = 300
TITLE_FROM_TEXT_LENGTH = 90

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
_HTML_PARSER = lxml.etree.HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, recover=True, default_doctype=False
)
_text_content = lxml.etree.XPath("string()", smart_strings=False)

# Link texts that only point elsewhere ("Read more…", "Continue reading →").
_MORE_LINK = re.compile(
    r"^\W*(read|continue|view|see|click here to read)\b.{0,40}?"
    r"(more|reading|rest|article|story|post|full|here|»|→)?\W*$",
    re.IGNORECASE,
)
_TRAILING_BOILERPLATE = [
    # WordPress/Yoast: "The post <title> appeared first on <site>."
    re.compile(r"\s*The post\b.{1,400}?\bappeared first on\b.{1,200}?$", re.IGNORECASE | re.DOTALL),
    re.compile(
        r"\s*(?:\(|\[)?\s*(?:read|continue reading|keep reading|read the (?:full|rest of the) "
        r"(?:article|story|post)|read full (?:article|story|post)|read more|more)"
        r"(?:\s+(?:on|at)\s+[\w .'-]{1,40})?\s*(?:\.\.\.|…|»|→|>>|›)*\s*(?:\)|\])?\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"\s*(?:\[\s*(?:…|\.\.\.|&hellip;)\s*\]|\(\s*more\s*(?:…|\.\.\.)?\s*\))\s*$"),
    re.compile(r"\s*(?:Comments|Leave a comment|\d+ comments?)\s*$", re.IGNORECASE),
]
_TAGLIKE = re.compile(r"</?(?:p|br|div|span|a|img|b|i|em|strong|ul|ol|li|h[1-6]|blockquote)\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACE = re.compile(r"[^\S\n]+")
# Characters that render as nothing or break layout: zero-width marks, BOM, bidi
# overrides and isolates, C0/C1 controls (but not newline, which separates blocks
# here, nor tab, which separates words like a space).
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff]"
)
# Characters XML (and so lxml) cannot hold: C0 controls other than tab, newline and
# carriage return, lone surrogates (a JSON Feed may send "\ud800"), U+FFFE and U+FFFF.
# lxml refuses text with them (a ValueError that lost the whole feed) and the
# database cannot store a lone surrogate: they go before anything else.
_NOT_XML = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]")
# Both at once, for html_to_text (deleting characters of one class never makes one of the other).
_NOT_XML_OR_INVISIBLE = re.compile(_NOT_XML.pattern[:-1] + _INVISIBLE.pattern[1:])
# Whitespace other than " " and "\n" (str.isspace, which is what \s matches; tests/test_fastparse.py checks).
_OTHER_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)\]]*)(?=\s|$)|[。！？](?:[」』”’)]*)")
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "no", "fig", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "a.m", "p.m"]
)
_CUT_PUNCTUATION = " ,;:-–—(/[«\"'“‘"


def html_to_text(markup: str | None) -> str:
    """Readable plain text from feed HTML: blocks become lines, everything else goes.

    Handles entity-escaped HTML (``&lt;p&gt;``) and double-escaped entities by
    cleaning a second time when the first pass still leaves markup behind.
    """
    if not markup:
        return ""
    # Invisible characters go first too: "<\u202ep>" must not become a tag after cleaning.
    text = _NOT_XML_OR_INVISIBLE.sub("", markup.replace("\r", "\n"))
    for _ in range(3):
        if "<" in text or "&" in text:
            text = _strip_markup(text)
        if not (_TAGLIKE.search(text) or _ENTITY.search(text)):
            break
    return _tidy(text)


def plain_to_text(text: str | None) -> str:
    """Tidy text that is declared plain (JSON Feed ``content_text``, RSS text titles)."""
    if not text:
        return ""
    text = _NOT_XML.sub("", text)
    if _ENTITY.search(text):
        text = htmllib.unescape(text)
    return _tidy(text)


def _strip_markup(markup: str) -> str:
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
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    for el in list(root.iter("a")):
        href = el.get("href") or ""
        if "feeds.feedburner.com/~" in href or "feedsportal.com" in href or (
            _MORE_LINK.match(text := _text_content(el) or "") and len(text) < 60
        ):
            _drop(el)
    for el in list(root.iter("div")):
        if "feedflare" in (el.get("class") or ""):
            _drop(el)
    # Newlines in the source are only whitespace; blocks are marked with a
    # separator that survives text_content() and becomes a newline after.
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = _BLOCK + (el.tail or "")
        el.text = _BLOCK + (el.text or "")
    for el in root.iter("br"):
        el.tail = " " + (el.tail or "")
    for el in root.iter("li"):
        el.text = _BLOCK + "• " + (el.text or "").lstrip(_BLOCK)
    return _text_content(root).replace("\n", " ").replace(_BLOCK, "\n")


def _document_fromstring(markup: str):
    """lxml.html.document_fromstring with the plain parser."""
    root = lxml.etree.fromstring(markup, _HTML_PARSER)
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
    if _NOT_XML_OR_INVISIBLE.search(text) is None:
        # Nothing to remove (the common case: one scan instead of two; NFC never
        # makes one of these characters, tests/test_fastparse.py checks).
        text = unicodedata.normalize("NFC", text.replace("\u00a0", " ").replace("\r", "\n"))
    else:
        # Again after unescaping: "&#1;" or "&#xd800;" become characters only now.
        text = _NOT_XML.sub("", text)
        text = unicodedata.normalize("NFC", text.replace("\u00a0", " ").replace("\r", "\n"))
        text = _INVISIBLE.sub("", text)
    # _SPACE never spans a newline: one pass over the text is one pass per line;
    # and when every space is a lone " ", the pass would change nothing.
    if "  " in text or _OTHER_SPACE.search(text):
        text = _SPACE.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line and line != "•"]
    text = "\n".join(lines)
    return strip_boilerplate(text)


def strip_boilerplate(text: str) -> str:
    """Remove trailing feed boilerplate ("Read more…", "The post … appeared first on …")."""
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
    if not _APPEARED_FIRST_ON.search(text, max(0, len(text) - 218)):
        return text
    return pattern.sub("", text)


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
        if start == 0 or len("".join(text[start:end].split())) >= 72:
            break
        span *= 2
    # Every phrase the pattern knows has "read" or "more" in it, before the tail.
    if not _READ_OR_MORE.search(text, start, end):
        return text
    m = pattern.search(text, start)
    if m is None:
        return text
    begin = m.start()
    if begin == start:
        while begin and text[begin - 1].isspace():
            begin -= 1
    return text[:begin] + text[m.end() :]


def _sub_bracketed(pattern: re.Pattern, text: str) -> str:
    # "[…]" or "(more…)" then spaces: the last non-space character is "]" or ")".
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] not in ")]":
        return text
    return pattern.sub("", text)


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
_READ_OR_MORE = re.compile(r"read|more", re.IGNORECASE)
_ENDS_WITH_COMMENT = re.compile(r"comments?\Z", re.IGNORECASE)
_BOILERPLATE_SUBS = list(
    zip(_TRAILING_BOILERPLATE, (_sub_appeared_first_on, _sub_read_more, _sub_bracketed, _sub_comments), strict=True)
)


def make_excerpt(text: str, limit: int = DEFAULT_EXCERPT_LENGTH, title: str = "") -> str:
    """One paragraph of at most ``limit`` characters, cut at a sentence end if
    one is near the limit, else at a word boundary with an ellipsis.

    Headings, a repeat of the title and repeated lines are left out: the
    excerpt should read as the start of the story, not its scaffolding.
    """
    paragraphs: list[str] = []
    seen: set[str] = set()
    body: list[str] = []
    title_norm = _norm(title) if title else None
    length = -1  # of " ".join(body) with spaces collapsed
    for line in text.split("\n"):
        line = line.strip()
        if line and line not in seen and _norm(line) != title_norm:
            seen.add(line)
            paragraphs.append(line)
            if not _is_heading(line):
                body.append(line)
                length += 1 + len(_collapse_spaces(line))
                # Performance (issue 8): what follows cannot change the first
                # limit + 1 characters, and nothing past them is looked at.
                if length > limit + 1:
                    break
    # A list of short lines (headings only) is still better than nothing.
    text = _collapse_spaces(" ".join(body or paragraphs)).strip()
    if len(text) <= limit:
        return text
    end = _last_sentence_end(text, limit)
    if end >= limit * 0.45:
        return strip_boilerplate(text[:end]) or text[:end].rstrip()
    cut = text.rfind(" ", 0, limit)  # the ellipsis needs one character
    if cut < limit * 0.5:
        # No usable space: scripts without word spaces (Chinese, Japanese)
        # can be cut between any two characters.
        cut = limit - 1 if _is_spaceless(text[:limit]) else max(cut, 0) or limit - 1
    return text[:cut].rstrip(_CUT_PUNCTUATION) + "…"


def _same_text(a: str, b: str) -> bool:
    return bool(b) and _norm(a) == _norm(b)


def _norm(text: str) -> str:
    return " ".join(text.split()).rstrip(".!?…").casefold()


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


def _last_sentence_end(text: str, limit: int) -> int:
    best = -1
    for match in _SENTENCE_END.finditer(text, 0, limit + 1):
        end = match.end()
        if end > limit:
            break
        if match.group(0).startswith(".") and _is_abbreviation(text, match.start()):
            continue
        best = end
    return best


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:dot].lower().lstrip("([\"'“")
    return len(word) <= 1 or word in _ABBREVIATIONS or word.isdigit()


def _is_spaceless(text: str) -> bool:
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F"))
    return wide > len(text) * 0.3


def clean_title(markup: str | None) -> str:
    """A title as one line of plain text."""
    return " ".join(html_to_text(markup).split())


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


_CVE = re.compile(r"\bCVE[-‐‑–]\s?(\d{4})[-‐‑–](\d{4,7})\b", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?…。！？，、：；\"”’),;:]$")
_WHITESPACE_RUN = re.compile(r"\s+")


def _collapse_spaces(text: str) -> str:
    """Runs of whitespace as one space (like re.sub(r"\\s+", " ", text)), skipped when that changes nothing."""
    if "  " in text or "\n" in text or _OTHER_SPACE.search(text):
        return _WHITESPACE_RUN.sub(" ", text)
    return text


def cve_ids(*texts: str) -> list[str]:
    """CVE ids mentioned in the texts, normalized (``CVE-2024-12345``), first seen first."""
    found: list[str] = []
    for text in texts:
        # Only ASCII letters match C, V and E, even ignoring case: no "cve", no id.
        if not text or "cve" not in text.lower():
            continue
        for year, number in _CVE.findall(text):
            cve = f"CVE-{year}-{number}"
            if cve not in found:
                found.append(cve)
    return found


# Query parameters that only track the reader, never select content.
_TRACKING_PARAMS = frozenset(
    ["fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "igshid", "yclid", "ocid", "ncid", "cmpid", "_ga", "twclid", "li_fat_id", "wt.mc_id", "wt_mc", "s_cid", "soc_src", "soc_trk", "at_medium", "at_campaign", "ito", "__s", "vero_id", "vero_conv", "oly_enc_id", "oly_anon_id", "rb_clickid", "sr_share", "spm", "guccounter", "guce_referrer", "guce_referrer_sig"]
)


def canonical_url(link: str | None, base: str = "") -> str:
    """An absolute http(s) URL without tracking parameters; "" when there is none.

    ``javascript:``, ``data:`` and other non-web schemes are refused: a feed
    must never be able to put them behind a headline.
    """
    if not link:
        return ""
    link = _NOT_XML_OR_INVISIBLE.sub("", link).strip()
    try:
        absolute = urljoin(base, link) if base else link
        parts = urlsplit(absolute)
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    hostname = parts.hostname if scheme in ("http", "https") else None  # a property: parsed on each access
    if not hostname:
        return ""
    netloc = hostname.lower()
    if not _HOST.fullmatch(netloc):  # "http:// evil/": no host a browser would go to
        return ""
    if ":" in netloc:  # an IPv6 address keeps its brackets ("http://[::1]/")
        netloc = f"[{netloc}]"
    try:
        port = parts.port
    except ValueError:
        return ""
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{netloc}:{port}"
    # No user name: "https://trusted.example@evil.example/" is evil.example, and says so.
    pairs = parse_qsl(parts.query, keep_blank_values=True) if parts.query else []
    kept = [(k, v) for k, v in pairs if not is_tracking_parameter(k)]
    # Rebuild the query only when something was removed: re-encoding could
    # change an otherwise identical URL and break deduplication.
    query = parts.query if len(kept) == len(pairs) else urlencode(kept, doseq=True)
    fragment = "" if parts.fragment.lower().startswith(("utm", "xtor")) else parts.fragment
    path = _quote_spaces(parts.path) or "/"
    return urlunsplit((scheme, netloc, path, _quote_spaces(query), _quote_spaces(fragment)))


_WHITESPACE = re.compile(r"\s")
_HOST = re.compile(r"[^\s<>\"'`{}|\\^%/?#@]+")


def _quote_spaces(part: str) -> str:
    """Spaces of any kind percent-encoded: a link is one word (Slack's <url|text>, Discord's checks)."""
    if _WHITESPACE.search(part) is None:
        return part
    return _WHITESPACE.sub(lambda m: quote(m.group(0)), part)


def is_tracking_parameter(key: str) -> bool:
    key = key.lower()
    return key.startswith("utm_") or key in _TRACKING_PARAMS
