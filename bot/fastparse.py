"""The fast path for XML feeds: RSS 0.9x/1.0/2.0, RDF and Atom 0.3/1.0 read with lxml.

feedparser spends 30-50 times what lxml takes to parse the same bytes, most of
it in Python for every element (issue 8). ``parse`` gives, for the keys of
``feedparser.parse``'s result that parse.py reads, what feedparser gives:
this module decodes the bytes as feedparser does (RFC 3023's choice between the
Content-Type's charset and the XML declaration, a byte order mark, GB2312 read
as GB18030), lxml parses them, bot/feedxml.py reads the elements.

It declines (``parse`` returns None) what it does not read exactly as
feedparser does: a body lxml does not find well-formed (feedparser then reads
it leniently, and says so), UTF-16 and UTF-32, an encoding feedparser would
have to guess, a DOCTYPE, and the elements bot/feedxml.py declines. parse.py
then calls ``feedparser.parse``. tests/test_fastparse.py checks that both give
the same entries for every corpus file and for generated feeds and encodings.
Nothing of feedparser is imported.
"""

from __future__ import annotations

import codecs
import re

import lxml.etree

from .feedtext import Decline
from .feedxml import Reader
from .perthread import PerThread

__all__ = ["parse"]

# One per thread (bot/perthread.py).
_PARSER = PerThread(lambda: lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True, recover=False,
    collect_ids=False, huge_tree=False,
))  # fmt: skip


_XML_PI_ENCODING = re.compile(rb"^<\?.*encoding=[\'\"](.*?)[\'\"].*\?>")
_XML_DECLARATION = re.compile(r"^<\?xml[^>]*?>")
_WIDE = ("u16", "utf-16", "utf16", "utf_16", "u32", "utf-32", "utf32", "utf_32", "iso-10646-ucs-2", "iso-10646-ucs-4",
         "csucs4", "csunicode", "ucs-2", "ucs-4")  # fmt: skip
_FIRST_ELEMENT = re.compile(rb"<\w")


def parse(body: bytes, content_type: str = "") -> dict | None:
    """The keys parse.py reads of ``feedparser.parse(body, response_headers={"content-type":
    content_type}, sanitize_html=False, resolve_relative_uris=False)``; None to ask feedparser."""
    read = _tree(body, content_type)
    if read is None:
        return None
    try:
        return Reader(read).result()
    except Decline:
        return None


def _tree(body: bytes, content_type: str):
    """lxml's tree of the text feedparser decodes, or None for a document only feedparser
    reads (UTF-16, a DOCTYPE, not well-formed)."""
    bom = ""
    if body[:3] == b"\xef\xbb\xbf":
        body, bom = body[3:], "utf-8"
    start = body.lstrip()
    if start[:1] != b"<" or start[1:2] == b"\x00" or (len(start) < len(body) and start[:5] == b"<?xml"):
        return None  # UTF-16/32, EBCDIC, or a declaration after spaces (not well-formed to expat)
    first = _FIRST_ELEMENT.search(body)
    head = body[: first.start() if first else len(body)]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        return None  # feedparser rewrites those before parsing
    encoding = _encoding(body, content_type, bom)
    if not encoding:
        return None
    declared = _declared(body)
    if (
        _is_utf8(encoding)
        and (not declared or _is_utf8(declared))
        or encoding in ("us-ascii", "ascii")
        and (not declared or _is_utf8(declared) or declared in ("us-ascii", "ascii"))
    ):
        data = body
    else:  # as feedparser does: decoded, and declared UTF-8
        try:
            text = body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            return None
        utf8 = "<?xml version='1.0' encoding='utf-8'?>"
        data = (_XML_DECLARATION.sub(utf8, text, count=1) if _XML_DECLARATION.match(text) else utf8 + text).encode(
            "utf-8"
        )
    try:
        root = lxml.etree.fromstring(data, _PARSER.get())
    except (lxml.etree.XMLSyntaxError, ValueError):
        return None  # not well-formed: feedparser reads it leniently (and says so)
    return root


def _encoding(body: bytes, content_type: str, bom: str) -> str:
    """The encoding feedparser decodes the body with (RFC 3023's choice, else the first that
    decodes), or "" when that takes a guess (chardet's or none)."""
    mime, charset = content_type.split(";")[0].strip(), ""
    for chunk in content_type.split(";")[1:]:
        key, _, value = chunk.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    declared = _declared(body)
    if bom and declared in _WIDE:
        declared = bom  # feedparser believes the byte order mark
    if mime in ("application/xml", "application/xml-dtd", "application/xml-external-parsed-entity") or (
        mime.startswith("application/") and mime.endswith("+xml")
    ):
        first = charset or declared or "utf-8"
    elif mime.startswith("text/"):
        first = charset or "us-ascii"
    else:
        first = declared or "utf-8"
    for encoding in (first, declared, bom, "utf-8"):
        if encoding.lower() == "gb2312":
            encoding = "gb18030"
        if not encoding:
            continue
        if _is_utf8(encoding):
            return encoding  # (lxml checks that the bytes are UTF-8)
        try:
            body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return encoding
    return ""


def _is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _declared(body: bytes) -> str:
    m = _XML_PI_ENCODING.match(body)
    return m.group(1).decode("ascii", "replace").lower() if m else ""
