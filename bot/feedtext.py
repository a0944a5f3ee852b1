"""Text as feedparser leaves it, for bot/feedxml.py: its repairs of mojibake, its
guess that plain text is HTML, XHTML written back as markup, URIs read against
xml:base. Each follows feedparser 6's documented or tested behaviour (its test
suite, tests/data/corpus/edgecases), written here from that behaviour; nothing
of feedparser is imported.
"""

from __future__ import annotations

import functools
import html.entities
import re
import urllib.parse
from collections.abc import Callable

from .urls import joinable_base

__all__ = ["XHTML", "Decline", "base_in", "clean", "content_type", "escape", "has_own_text", "looks_like_html", "resolve",
           "xhtml"]  # fmt: skip

XHTML = "application/xhtml+xml"


class Decline(Exception):
    """Something not read here exactly as feedparser reads it: parse.py asks feedparser."""


_CP1252 = {i: bytes([i]).decode("cp1252") for i in range(0x80, 0xA0) if i not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# A C1 control (U+0080-U+009F) in UTF-8: 0xC2, then 0x80-0x9F. Looked for in the text's UTF-8 (surrogates
# pass as 0xED…): a lead byte is never a continuation byte, so only such a character makes that pair, and the
# bytes' regex looks for the one byte 0xC2 first, where the text's had to test each character (issue 15).
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
# feedparser reads text/plain as HTML when it looks like HTML: a close tag or an entity.
_MAY_LOOK_LIKE_HTML = re.compile(r"</\w+>|&#?\w+;")
_TAG_NAME = re.compile(r"</?(\w+)")
_ENTITY_NAME = re.compile(r"&(\w+);")
# The HTML elements feedparser's sanitizer accepts: a text with another is not read as HTML.
_HTML_ELEMENTS = frozenset(
    ["a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big", "blockquote", "br",
     "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command", "datagrid",
     "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "event-source",
     "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "hr", "i", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "m", "map", "menu",
     "meter", "multicol", "nav", "nextid", "noscript", "ol", "optgroup", "option", "output", "p", "pre",
     "progress", "q", "s", "samp", "section", "select", "small", "sound", "source", "spacer", "span",
     "strike", "strong", "sub", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time",
     "tr", "tt", "u", "ul", "var", "video"]
)  # fmt: skip
_URIFIXER = re.compile(r"^([A-Za-z][A-Za-z0-9+-.]*://)/+")


def clean(text: str) -> str:
    """feedparser's repairs of a text: UTF-8 read as Latin-1 ("Ã©") decoded again, and
    C1 controls read as the Windows-1252 characters they stand for."""
    if not text.isascii():
        try:  # noqa: SIM105 (once per text: try is cheaper)
            text = text.encode("iso-8859-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        if _C1_UTF8.search(text.encode("utf-8", "surrogatepass")):
            text = text.translate(_CP1252)
    return text


def content_type(value: str) -> str:
    value = value.lower()
    return {"text": "text/plain", "plain": "text/plain", "html": "text/html", "xhtml": XHTML}.get(value, value)


def looks_like_html(text: str) -> bool:
    """feedparser's test: a close tag or an entity, only well-known HTML elements, only defined entities."""
    if not _MAY_LOOK_LIKE_HTML.search(text):
        return False
    if any(t.lower() not in _HTML_ELEMENTS for t in _TAG_NAME.findall(text)):
        return False
    return all(e in html.entities.entitydefs for e in _ENTITY_NAME.findall(text))


def has_own_text(entry: dict) -> bool:
    """Whether an entry read without its captions has text of its own (bot/feedxml.py's module
    docstring; not feedparser's rule, ours, for both paths): a description or summary, or a
    content that is not empty (a YouTube entry's out-of-line <content src="…"/> is no text)."""
    return "summary" in entry or any(part.get("value") for part in entry.get("content") or ())


def xhtml(el, name: Callable[[object], str], handled: frozenset, strip_div: bool) -> str:
    """The markup inside an XHTML text element, written back as feedparser writes it: names
    by ``name(tag)``; an element in ``handled`` (one feedparser would act on) declines."""
    pieces: list[str] = [escape(el.text)] if el.text else []
    for child in el:
        _write(child, name, handled, pieces)
        if child.tail:
            pieces.append(escape(child.tail))
    if strip_div:
        while len(pieces) > 1 and not pieces[-1].strip():
            del pieces[-1]
        while len(pieces) > 1 and not pieces[0].strip():
            del pieces[0]
        if pieces and (pieces[0] == "<div>" or pieces[0].startswith("<div ")) and pieces[-1] == "</div>":
            depth = 0
            for piece in pieces[:-1]:
                if piece.startswith("</"):
                    depth -= 1
                    if depth == 0:
                        break
                elif piece.startswith("<") and not piece.endswith("/>"):
                    depth += 1
            else:
                pieces = pieces[1:-1]
    return "".join(pieces)


def _write(el, name: Callable[[object], str], handled: frozenset, pieces: list[str]) -> None:
    tag = name(el.tag)
    local = tag.rpartition("_")[2] if tag.startswith("xhtml_") else tag
    if local in ("svg", "math") or tag in handled or "_" in local:
        raise Decline(f"<{tag}> inside XHTML")
    attrs = []
    for key, value in el.attrib.items():
        if key.startswith("{http://www.w3.org/XML/1998/namespace}"):
            key = "xml:" + key.partition("}")[2]
        elif key[0] == "{":
            raise Decline("a namespaced attribute inside XHTML")
        key = key.lower()
        value = value.lower() if key in ("rel", "type") else value
        attrs.append(f' {key}="{escape(value).replace(chr(34), "&quot;")}"')
    if len({a.split("=")[0] for a in attrs}) != len(attrs):
        raise Decline("an attribute given twice")
    pieces.append(f"<{local}{''.join(attrs)}>")
    if el.text:
        pieces.append(escape(el.text))
    for child in el:
        _write(child, name, handled, pieces)
        if child.tail:
            pieces.append(escape(child.tail))
    pieces.append(f"</{local}>")


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def resolve(base: str, uri: str) -> str:
    """``uri`` read against the xml:base in force ("http:///x" is "http://x", as feedparser reads it)."""
    if ":///" in uri:
        uri = _URIFIXER.sub(r"\1", uri)
    if not base:
        return uri
    if _PLAIN_ABSOLUTE_URL.fullmatch(uri) and joinable_base(base):
        return uri
    try:
        return urllib.parse.urljoin(base, uri)
    except ValueError:
        return ""


@functools.lru_cache(maxsize=256)
def base_in(current: str, given: str) -> str:
    """The base URI inside an element: ``given`` read against the one outside (web schemes only)."""
    if not current:
        return resolve("", given)
    joined = resolve(current, given)
    scheme = joined.strip().split(":", 1)[0]
    if scheme in ("http", "https"):
        return joined
    if ":" in joined and "/" not in scheme:
        raise Decline("an xml:base of another scheme")
    return current  # a relative base stays the one outside


# An absolute URL that urljoin returns as it is, whatever the base.
_PLAIN_ABSOLUTE_URL = re.compile(
    r"https?://[A-Za-z0-9.-]+(?:/[-A-Za-z0-9._~!$&'()*+,=:@%/]*)?"
    r"(?:\?[-A-Za-z0-9._~!$&'()*+,=:@%/?;]+)?(?:#[-A-Za-z0-9._~!$&'()*+,=:@%/?;#]+)?"
)
