"""A feed's bytes repaired before an XML parser reads them: entity declarations
dropped (a quadratic blowup), a UTF-8 body declared UTF-16 or UTF-32, a UTF-8 body
cut inside its last character. Each returns the body itself when it has nothing
to repair (bot/parse.py calls them on every XML feed)."""

from __future__ import annotations

import codecs
import re

_INTERNAL_SUBSET = re.compile(rb"""(<!DOCTYPE\b[^\[>]*)\[(?:[^\]"']|"[^"]*"|'[^']*')*\]\s*>""", re.I)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


def without_entity_declarations(body: bytes) -> bytes:
    """The body without the entities its DOCTYPE declares (the rest of the DOCTYPE is kept).

    Python's expat stops "billion laughs", but not a quadratic blowup (one big
    entity used many times): a 10 MB feed could cost ~650 MB per poll. Feeds
    have no business declaring entities; an undeclared one is left as text
    (feedparser reads the feed leniently and says so). A UTF-16 or UTF-32 body
    that declares entities is first written as UTF-8.
    """
    encoding = _wide_encoding(body)
    if encoding:
        try:
            text = codecs.decode(body, encoding)
        except (UnicodeDecodeError, LookupError):
            return body
        if "<!entity" not in text[:65536].lower():
            return body
        text = re.sub(r"^\ufeff?(<\?xml[^>]*?)\bencoding\s*=\s*[\"'][^\"']*[\"']", r"\1encoding='utf-8'", text)
        body = text.lstrip("\ufeff").encode("utf-8")
    start = _FIRST_ELEMENT.search(body)
    prolog = body[: start.start() if start else len(body)]
    if b"<!entity" in prolog.lower() and (m := _INTERNAL_SUBSET.search(prolog)):
        body = body[: m.start()] + m.group(1).rstrip() + b">" + body[m.end() :]
    return body


def _wide_encoding(body: bytes) -> str:
    if body[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "utf-32"
    if body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    if body[:4] == b"<\x00?\x00" or body[:2] == b"<\x00":
        return "utf-16-le"
    if body[:4] == b"\x00<\x00?" or body[:2] == b"\x00<":
        return "utf-16-be"
    return ""


_WIDE_DECLARATION = re.compile(rb"^(\s*<\?xml[^>]*?\bencoding\s*=\s*[\"'])(?:utf|ucs)-?(?:16|32|2|4)[^\"']*", re.I)


def narrow_declared_wide(body: bytes) -> bytes:
    """A body that declares UTF-16 or UTF-32 but is written in UTF-8 (no byte
    order mark, no NUL bytes: .NET's XmlWriter writes such a declaration when it
    writes to a string) with the declaration saying UTF-8, which it is; either
    parser would decode it as UTF-16 and read nothing. Any other body as it is."""
    if _wide_encoding(body) or not (declared := _WIDE_DECLARATION.match(body[:200])) or b"\x00" in body[:200]:
        return body
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return body
    return declared.group(1) + b"utf-8" + body[declared.end() :]


# UTF-8 as declared, or as XML's default: a UTF-8 byte order mark, a declaration without an encoding, none.
_UTF8_DECLARATION = re.compile(
    rb"^(?:\xef\xbb\xbf|\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']utf-?8[\"']|\s*<\?xml(?:(?!encoding)[^>])*\?>|\s*<(?!\?))",
    re.I,
)


def without_cut_character(body: bytes) -> bytes:
    """A UTF-8 body cut off inside its last character (a capture or a transfer that
    stopped mid-way: "下载地址\\xef") without that character's first bytes: the rest
    is read as UTF-8, as declared, where the broken end made the lenient parser guess
    another encoding for the whole document and turn every CJK title into mojibake.
    Only the last 1–3 bytes are looked at; any other body as it is."""
    tail = body[-4:]
    if not tail or tail[-1] < 0x80 or not _UTF8_DECLARATION.match(body[:100]):
        return body
    for back in range(1, min(4, len(tail)) + 1):
        byte = tail[-back]
        if byte >= 0xC0:  # the lead byte of the last character: how long it says it is
            needed = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return body[:-back] if back < needed else body
        if byte < 0x80:
            return body
    return body
