"""The fast path for XML feeds: RSS 0.9x/1.0/2.0, RDF and Atom 0.3/1.0 read with lxml.

feedparser spends 30-50 times what lxml takes to parse the same bytes, most of
it in Python for every element (issue 8). This module reads the elements the
bot uses with lxml, into the keys of ``feedparser.parse``'s result that
parse.py reads (``version``, ``feed``, ``entries``: titles, links, ids,
summaries, contents, dates, authors, tags), following feedparser's documented
rules where feeds disagree with themselves: the first non-empty title wins
over a later or deeper one, a second description becomes content, an Atom id
stands in for a missing link, a guid is a link unless isPermaLink="false".

It declines (``parse`` returns None) whatever it is not sure to read as
feedparser does: a body lxml does not find well-formed, an encoding other than
UTF-8 (or ASCII), a DOCTYPE, markup inside a text element other than Atom's
XHTML, an element whose meaning it does not know (textinput, an image inside
an entry, base64 content, ...). parse.py then asks ``feedparser.parse``
itself. tests/test_fastparse.py checks both give the same entries for every
corpus file and for generated feeds. Nothing of feedparser is used here.
"""

from __future__ import annotations

import binascii
import codecs
import contextlib
import html.entities
import re
import urllib.parse

import lxml.etree

from .urls import joinable_base

__all__ = ["parse"]

_PARSER = lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True, recover=False,
    collect_ids=False, huge_tree=False,
)  # fmt: skip


class _Decline(Exception):
    """Something not read here exactly as feedparser reads it: parse.py asks feedparser."""


# Namespaces by URI (lowercased), as feedparser names their elements: the core formats'
# own namespaces give bare names ("title"), the modules their usual prefix ("dc_creator").
_CORE = ("", "http://backend.userland.com/rss", "http://blogs.law.harvard.edu/tech/rss",
         "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/", "http://purl.org/atom/ns#",
         "http://www.w3.org/2005/atom", "http://purl.org/rss/1.0/modules/rss091#")  # fmt: skip
_MODULES = {
    "http://purl.org/dc/elements/1.1/": "dc", "http://purl.org/dc/terms/": "dcterms",
    "http://purl.org/rss/1.0/modules/content/": "content", "http://search.yahoo.com/mrss/": "media",
    "http://search.yahoo.com/mrss": "media", "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
    "http://rssnamespace.org/feedburner/ext/1.0": "feedburner", "http://www.w3.org/1999/xhtml": "xhtml",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf", "http://webns.net/mvcb/": "admin",
    "http://wellformedweb.org/commentapi/": "wfw", "http://purl.org/rss/1.0/modules/slash/": "slash",
    "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo", "http://www.georss.org/georss": "georss",
    "http://purl.org/syndication/thread/1.0": "thr", "http://purl.org/rss/1.0/modules/syndication/": "sy",
    "http://www.w3.org/xml/1998/namespace": "xml", "http://www.google.com/schemas/reader/atom/": "gr",
}  # fmt: skip
_NS = {uri: "" for uri in _CORE} | _MODULES
_VERSION_NS = {"http://purl.org/rss/1.0/": "rss10", "http://www.w3.org/2005/atom": "atom10"}
_NETSCAPE_090 = "http://my.netscape.com/rdf/simple/0.9/"

# Element names (feedparser's "prefix_local") by what they are.
_ENTRY = {"item", "entry"}
_TITLE = {"title", "dc_title", "media_title"}
_DESCRIPTION = {"description", "dc_description", "media_description"}
_SUMMARY = {"summary", "itunes_summary"}
_CONTENT = {"content": "text/plain", "content_encoded": "text/html", "fullitem": "text/html"}
_DATES = {
    "published": "published", "issued": "published", "pubdate": "published", "dcterms_issued": "published",
    "updated": "updated", "modified": "updated", "lastbuilddate": "updated", "dc_date": "updated",
    "dcterms_modified": "updated", "created": "created", "dcterms_created": "created",
}  # fmt: skip
_AUTHOR = {"author", "managingeditor", "dc_author", "dc_creator", "itunes_author"}
_CATEGORY = {"category", "keywords", "dc_subject", "media_category"}
_KEYWORDS = {"itunes_keywords": "http://www.itunes.com/", "media_keywords": None}
_PARTS = {"name": "name", "itunes_name": "name", "email": "email", "itunes_email": "email", "url": "href",
          "homepage": "href", "uri": "href"}  # fmt: skip
# Text elements whose value parse.py never reads: skipped whole, as long as they hold only text.
_OTHER_TEXT = {"subtitle", "tagline", "itunes_subtitle", "rights", "copyright", "dc_rights", "info",
               "feedburner_browserfriendly"}  # fmt: skip
# feedparser elements read here that this module does not replay: their handlers
# change what parse.py reads (a context, a title's depth, a key it reads).
_DECLINED = {"textinput", "abstract", "contributor", "dc_contributor", "tags", "links", "title_detail", "summary_detail", "authors",
             "author_detail", "guidislink", "entries", "creativecommons_license", "cc_license", "license"}  # fmt: skip
# Names with a feedparser end handler: inside XHTML content feedparser would run it.
_HANDLED = (_ENTRY | _TITLE | _DESCRIPTION | _SUMMARY | set(_CONTENT) | set(_DATES) | _AUTHOR | _CATEGORY
            | set(_KEYWORDS) | set(_PARTS) | _OTHER_TEXT | _DECLINED
            | {"rss", "channel", "body", "xhtml_body", "feed", "image", "link", "guid", "id", "source", "itunes_category",
               "itunes_image", "itunes_link", "generator", "language", "dc_language", "width", "height",
               "newlocation", "expirationdate", "media_thumbnail", "media_content", "media_group", "cloud",
               "itunes_block", "itunes_explicit", "media_rating", "media_credit", "media_restriction",
               "media_license", "media_player", "dcterms_valid", "psc_chapters", "psc_chapter"})  # fmt: skip
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_XHTML = "application/xhtml+xml"
# feedparser reads text/plain as HTML when it looks like HTML: a close tag or an entity.
_MAY_LOOK_LIKE_HTML = re.compile(r"</\w+>|&#?\w+;")
_EMAIL = re.compile(
    r"""(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?"""
)
_TAG_NAME = re.compile(r"</?(\w+)")
_ENTITY_NAME = re.compile(r"&(\w+);")
# The HTML elements feedparser's sanitizer accepts: a text with another is not read as HTML.
_HTML_ELEMENTS = frozenset(["a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big", "blockquote", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command", "datagrid", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "event-source", "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "m", "map", "menu", "meter", "multicol", "nav", "nextid", "noscript", "ol", "optgroup", "option", "output", "p", "pre", "progress", "q", "s", "samp", "section", "select", "small", "sound", "source", "spacer", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video"])
_AMP_NAME = re.compile("&([A-Za-z0-9_]+);")
_URIFIXER = re.compile(r"^([A-Za-z][A-Za-z0-9+-.]*://)/+")
_CP1252 = {i: bytes([i]).decode("cp1252") for i in range(0x80, 0xA0) if i not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_C1 = re.compile("[\x80-\x9f]")
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
        return _Reader(read).result()
    except _Decline:
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
    if _is_utf8(encoding) and (not declared or _is_utf8(declared)) or encoding in ("us-ascii", "ascii") and (
        not declared or _is_utf8(declared) or declared in ("us-ascii", "ascii")
    ):
        data = body
    else:  # as feedparser does: decoded, and declared UTF-8
        try:
            text = body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            return None
        data = _XML_DECLARATION.sub("", text, count=1).encode("utf-8")
    try:
        root = lxml.etree.fromstring(data, _PARSER)
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


def _clean(text: str) -> str:
    """feedparser's repairs of a text: UTF-8 read as Latin-1 ("Ã©") decoded again, and
    C1 controls read as the Windows-1252 characters they stand for."""
    if not text.isascii():
        try:  # noqa: SIM105 (once per text: try is cheaper)
            text = text.encode("iso-8859-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        if _C1.search(text):
            text = text.translate(_CP1252)
    return text


def _content_type(value: str) -> str:
    value = value.lower()
    return {"text": "text/plain", "html": "text/html", "xhtml": _XHTML}.get(value, value)


class _Reader:
    """One document's walk: the state feedparser keeps while it reads, for the elements read here."""

    def __init__(self, root):
        self.root = root
        self.names: dict = {}
        self.prefixes: dict[str, str] = {}  # namespace -> the first prefix the document gives it
        self.version = self._namespace_version(root)
        self.feed: dict = {}
        self.entries: list[dict] = []
        self.entry: dict | None = None
        self.depths: dict = {}  # the entry's keys: the depth of the element that set them
        self.infeed = False
        self.title_depth = -1
        self.has_content = False
        self.inauthor = self.inpublisher = False
        self.guidislink = False
        self.base = ""
        self.bases: list[str] = []

    def _namespace_version(self, root) -> str:
        bound: dict = {}
        declared = [ns for _, ns in lxml.etree.iterwalk(root, events=("start-ns",))]
        for prefix, uri in declared:
            if prefix and bound.setdefault(prefix, uri) != uri:
                raise _Decline("a prefix bound to two namespaces")
            if prefix:
                self.prefixes.setdefault(uri, prefix)
        below = declared[len(root.nsmap) :]
        found = {_VERSION_NS[u.lower()] for u in root.nsmap.values() if u.lower() in _VERSION_NS}
        versions = [uri for _, uri in below if uri.lower() in _VERSION_NS or uri == _NETSCAPE_090]
        if versions and not found and self.name(root.tag) not in ("rss", "feed"):
            raise _Decline("a format's namespace declared below the root")
        if root.nsmap.get(None) == _NETSCAPE_090:
            found.add("rss090")
        if len(found) > 1:
            raise _Decline("the namespaces of two versions")  # feedparser takes the first declared
        return found.pop() if found else ""

    def result(self) -> dict:
        self.element(self.root, 1)
        return {"version": self.version, "bozo": False, "feed": self.feed, "entries": self.entries}

    def name(self, tag) -> str:
        name = self.names.get(tag)
        if name is None:
            if not isinstance(tag, str):
                raise _Decline("an entity reference")
            namespace, _, local = tag[1:].rpartition("}") if tag[0] == "{" else ("", "", tag)
            lower = namespace.lower()
            if "backend.userland.com/rss" in lower:
                lower = "http://backend.userland.com/rss"
            prefix = _NS.get(lower)
            if prefix is None:
                prefix = self.prefixes.get(namespace, "")  # the document's own prefix, or none for a default
            name = self.names[tag] = (prefix.lower() + "_" if prefix else "") + local.lower()
        return name

    # -- the walk

    def element(self, el, depth: int) -> None:
        name = self.name(el.tag)
        self.enter(el)
        handler = _HANDLERS.get(name)
        if handler is not None:
            handler(self, el, name, depth)
        elif name in _DECLINED or name.startswith(("atom_", "xml_")):
            raise _Decline(f"<{name}>")
        else:
            self.generic(el, name, depth)
        self.leave()

    def children(self, el, depth: int) -> None:
        for child in el:
            self.element(child, depth + 1)

    def enter(self, el) -> None:
        base = el.get("{http://www.w3.org/XML/1998/namespace}base", el.get("base")) if el.attrib else None
        if base is not None or self.base:
            self.base = _base(self.base, base or self.base)
        if self.base or self.bases:
            self.bases.append(self.base)

    def leave(self) -> None:
        bases = self.bases
        if bases:
            bases.pop()
            if bases and bases[-1]:
                self.base = bases[-1]  # (sic: an element's base outlives it when none encloses it)

    def generic(self, el, name: str, depth: int) -> None:
        if el.attrib and name in ("ttl", "feedburner_origlink"):
            raise _Decline(f"<{name}> with attributes")
        if name in ("ttl", "feedburner_origlink"):
            if len(el):
                raise _Decline(f"<{name}> with elements inside")
            self.save(name, _clean((el.text or "").strip()), depth)
        self.children(el, depth)

    def save(self, key: str, value, depth: int) -> None:
        """feedparser's pop(): an entry keeps the value of the shallowest element; the feed the last."""
        if self.entry is not None:
            old = self.depths.get(key)
            if old is None or depth <= old:
                self.depths[key] = depth
                self.entry[key] = value
        elif self.infeed:
            self.feed[key] = value

    @property
    def context(self) -> dict:
        return self.entry if self.entry is not None else self.feed

    # -- handlers

    def rss(self, el, name, depth) -> None:
        if not self.version.startswith("rss"):
            given = el.get("version", "")
            self.version = {"0.91": "rss091u", "0.92": "rss092", "0.93": "rss093", "0.94": "rss094"}.get(given) or (
                "rss20" if given.startswith("2.") else "rss"
            )
        self.children(el, depth)

    def channel(self, el, name, depth) -> None:
        if name == "feed" and not self.version:
            self.version = {"0.1": "atom01", "0.2": "atom02", "0.3": "atom03"}.get(el.get("version") or "", "atom")
        if el.get("lastmod") is not None or el.get("href") is not None:
            raise _Decline("CDF attributes")
        self.infeed = True
        self.children(el, depth)
        self.infeed = False

    def item(self, el, name, depth) -> None:
        if self.entry is not None:
            raise _Decline("an entry inside an entry")
        if el.get("lastmod") is not None or el.get("href") is not None:
            raise _Decline("CDF attributes")
        self.entry, self.depths, self.guidislink, self.title_depth = {}, {}, False, -1
        self.entries.append(self.entry)
        about = el.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
        if about:
            self.entry["id"] = about
        self.children(el, depth)
        self.entry, self.has_content = None, False

    def image(self, el, name, depth) -> None:
        """The feed's image: its title and link are the image's, not the feed's."""
        self.title_depth = -1
        if self.entry is not None:
            return self.entry_image(el, depth)
        for child in el:
            local = self.name(child.tag)
            if local not in ("title", "link", "description", "url", "href", "width", "height") or len(child):
                raise _Decline(f"<{local}> in an image")
            if local == "title" and (child.text or "").strip():
                self.title_depth = depth + 1

    def entry_image(self, el, depth: int) -> None:
        """An image inside an entry: its title is the entry's title (at its depth), its link nothing."""
        for child in el:
            name = self.name(child.tag)
            if name == "title":
                self.enter(child)
                self.title(child, name, depth + 1)
                self.leave()
            elif name not in ("url", "width", "height", "link") or len(child) or name == "link" and child.attrib:
                raise _Decline(f"<{name}> in an entry's image")

    def text(self, el, default: str) -> tuple[str, str]:
        """The text and content type of a text element (title, summary, content) as feedparser pops it."""
        ctype = _content_type(el.get("type", default))
        mode = el.get("mode")
        base64 = mode == "base64" or not ctype.startswith("text/") and not ctype.endswith(("+xml", "/xml"))
        if len(el) and (base64 or mode is not None):
            raise _Decline("elements inside base64 or mode= content")
        if len(el):
            if ctype != _XHTML:
                raise _Decline("markup inside a text element")
            value = _xhtml(self, el, self.version == "atom10")
        else:
            value = el.text or ""
        value = value.strip()
        if base64:  # feedparser decodes what it takes for base64, when it decodes
            with contextlib.suppress(binascii.Error, binascii.Incomplete, UnicodeDecodeError):
                value = binascii.a2b_base64(value.encode("utf-8")).decode("utf-8")
        if (
            ctype == "text/plain"
            and ("<" in value or "&" in value)
            and not self.version.startswith("atom")
            and _looks_like_html(value)
        ):
            ctype = "text/html"
        return _clean(value), ctype

    def title(self, el, name, depth) -> None:
        value, ctype = self.text(el, "text/plain")
        if -1 < self.title_depth <= depth:  # a title deeper than (or after) the first does not replace it
            if value and name != "media_title":
                self.title_depth = depth
            return
        self.save("title", value, depth)
        if self.entry is not None or self.infeed:
            self.context["title_detail"] = {"type": ctype}
        if value and name != "media_title":
            self.title_depth = depth

    def description(self, el, name, depth) -> None:
        if self.entry is not None and "summary" in self.entry and not self.has_content:
            return self.content(el, "content", depth)  # a second description is the content
        value, ctype = self.text(el, "text/html" if name in _DESCRIPTION else "text/plain")
        if self.entry is not None:
            self.save("summary", value, depth)
            self.entry["summary_detail"] = {"type": ctype}

    def content(self, el, name, depth) -> None:
        if self.entry is None:
            raise _Decline("content outside an entry")
        self.has_content = True
        value, ctype = self.text(el, _CONTENT.get(name, "text/plain"))
        self.entry.setdefault("content", []).append({"type": ctype, "value": value})
        if ctype == "text/plain" or ctype in _HTML_TYPES:
            self.entry.setdefault("summary", value)

    def body(self, el, name, depth) -> None:
        """XHTML content: an entry's content; outside one (an OPML body), nothing parse.py reads."""
        if self.entry is not None:
            raise _Decline("an XHTML body in an entry")
        if any(self.name(d.tag) in _HANDLED for d in el.iterdescendants()):
            raise _Decline("an element feedparser handles inside a body")

    def other_text(self, el, name, depth) -> None:
        if len(el) and _content_type(el.get("type") or "") != _XHTML:
            raise _Decline("markup inside a text element")
        if len(el):
            _xhtml(self, el, False)  # (for its checks)

    def date(self, el, name, depth) -> None:
        if len(el):
            raise _Decline("a date with elements inside")
        self.save(_DATES[name], _clean((el.text or "").strip()), depth)

    def link(self, el, name, depth) -> None:
        if len(el):
            raise _Decline("a link with elements inside")
        attrs: dict = {}
        for key, value in el.attrib.items():
            if key[0] != "{":
                attrs.setdefault(key.lower(), value)
        for key in ("rel", "type"):
            if attrs.get(key):
                attrs[key] = attrs[key].lower()
        attrs.setdefault("rel", "alternate")
        attrs.setdefault("type", "application/atom+xml" if attrs["rel"] == "self" else "text/html")
        href = attrs.get("url", attrs.get("uri", attrs.get("href")))
        if href:
            attrs.pop("url", None), attrs.pop("uri", None)
            attrs["href"] = _resolve(self.base, href)
        if self.entry is None and not self.infeed:
            return
        context = self.context
        context.setdefault("links", []).append(attrs)
        if "href" in attrs:
            if attrs["rel"] == "alternate" and _content_type(attrs["type"]) in _HTML_TYPES:
                context["link"] = attrs["href"]
            return
        value = (el.text or "").strip()
        value = _resolve(self.base, value) if value else value
        value = _clean(value)
        if self.entry is not None:
            if "&" in value:
                value = _AMP_NAME.sub(r"&\g<1>", value.replace("&amp;", "&"))
            self.entry["link"] = value
        else:
            self.feed["link"] = _AMP_NAME.sub(r"&\g<1>", value) if "&" in value else value
        if value or self.entry is None:
            context["links"][-1]["href"] = value

    def guid(self, el, name, depth) -> None:
        if len(el):
            raise _Decline("a guid with elements inside")
        given = [v for k, v in el.attrib.items() if k.lower() == "ispermalink"]
        self.guidislink = (given[0] if given else "true") == "true"
        value = (el.text or "").strip()
        if value and self.guidislink:
            value = _resolve(self.base, value)
        value = _clean(value)
        self.save("id", value, depth)
        if self.entry is None and not self.infeed:
            return
        context = self.context
        context.setdefault("guidislink", self.guidislink and "link" not in context)
        if self.guidislink:
            context.setdefault("link", value)

    def author(self, el, name, depth) -> None:
        """An author: its own text, or the name and email inside it (feedparser's authors list)."""
        self.context.setdefault("authors", []).append({})
        outer, self.inauthor = self.inauthor, True
        self.children(el, depth)
        self.inauthor = outer
        text = "".join([el.text or "", *(child.tail or "" for child in el)])
        self.save("author", _clean(text.strip()), depth)
        self.sync_author()

    def owner(self, el, name, depth) -> None:
        self.inpublisher = True
        self.children(el, depth)
        self.inpublisher = False

    def part(self, el, name, depth) -> None:
        """An author's name, email or web page."""
        if len(el):
            raise _Decline(f"<{name}> with elements inside")
        key = _PARTS[name]
        value = (el.text or "").strip()
        if key == "href":
            value = _clean(_resolve(self.base, value) if value else value)
            self.save("href", value, depth)
            if self.inauthor:
                self.save_author(key, value)
        elif self.inpublisher or self.inauthor:
            self.save_author(key, value)

    def save_author(self, key: str, value: str) -> None:
        self.sync_author()
        self.context.setdefault("authors", [{}])[-1][key] = value

    def sync_author(self) -> None:
        """feedparser's _sync_author_detail: the author from the last author's name and email,
        else the name and email read from the author's text into that author."""
        context = self.context
        detail = context.get("authors", [{}])[-1]
        if detail:
            name, email = detail.get("name"), detail.get("email")
            if name or email:
                context["author"] = f"{name} ({email})" if name and email else name or email
            return
        author = context.get("author")
        if not author:
            return
        email = None
        m = _EMAIL.search(author)
        if m:
            email = m.group(0)
            author = author.replace(email, "").replace("()", "").replace("<>", "").replace("&lt;&gt;", "").strip()
            if author and author[0] == "(":
                author = author[1:]
            if author and author[-1] == ")":
                author = author[:-1]
            author = author.strip()
        if author:
            detail["name"] = author
        if email:
            detail["email"] = email

    def category(self, el, name, depth) -> None:
        term, label = el.get("term"), el.get("label")
        scheme = el.get("scheme", el.get("domain"))
        if name == "media_category" and scheme is None:
            scheme = "http://search.yahoo.com/mrss/category_schema"
        if name == "itunes_category":
            term, scheme, label = el.get("text"), "http://www.itunes.com/", None
        tags = self.context.setdefault("tags", [])
        _add_tag(tags, term, scheme, label)
        if len(el):
            self.children(el, depth)
            tags = self.context.setdefault("tags", [])
        value = _clean("".join([el.text or "", *(child.tail or "" for child in el)]).strip())
        if value:
            if tags and not tags[-1]["term"]:
                tags[-1]["term"] = value
            else:
                _add_tag(tags, value, None, None)

    def keywords(self, el, name, depth) -> None:
        if len(el) or el.attrib:
            raise _Decline("keywords with attributes or elements")
        value = _clean((el.text or "").strip())
        if name == "media_keywords":
            self.save("media_keywords", value, depth)
        tags = self.context.setdefault("tags", []) if value else []
        for term in value.split(","):
            if term.strip():
                _add_tag(tags, term.strip(), _KEYWORDS[name], None)

    def source(self, el, name, depth) -> None:
        if len(el):
            raise _Decline("a source with elements inside")
        self.title_depth = -1

    def ignored(self, el, name, depth) -> None:
        if len(el) and name not in ("media_group", "media_content"):
            raise _Decline(f"<{name}> with elements inside")
        self.children(el, depth)


def _looks_like_html(text: str) -> bool:
    """feedparser's test: a close tag or an entity, only well-known HTML elements, only defined entities."""
    if not _MAY_LOOK_LIKE_HTML.search(text):
        return False
    if any(t.lower() not in _HTML_ELEMENTS for t in _TAG_NAME.findall(text)):
        return False
    return all(e in html.entities.entitydefs for e in _ENTITY_NAME.findall(text))


def _add_tag(tags: list, term, scheme, label) -> None:
    if term or scheme or label:
        value = {"term": term, "scheme": scheme, "label": label}
        if value not in tags:
            tags.append(value)


_R = _Reader
_HANDLERS: dict = {"body": _R.body, "xhtml_body": _R.body,"itunes_owner": _R.owner, "webmaster": _R.ignored, "dc_publisher": _R.ignored,"rss": _R.rss, "channel": _R.channel, "feed": _R.channel, "image": _R.image,
                   "link": _R.link, "guid": _R.guid, "id": _R.guid, "source": _R.source,
                   "itunes_category": _R.category}  # fmt: skip
for _names, _handler in (
    (_ENTRY, _R.item), (_TITLE, _R.title), (_DESCRIPTION | _SUMMARY, _R.description), (_CONTENT, _R.content),
    (_OTHER_TEXT, _R.other_text), (_DATES, _R.date), (_AUTHOR, _R.author), (_CATEGORY, _R.category),
    (_KEYWORDS, _R.keywords), (_PARTS, _R.part),
    (("generator", "language", "dc_language", "width", "height", "newlocation", "expirationdate",
      "media_thumbnail", "media_content", "media_group", "media_rating", "media_credit", "media_restriction",
      "media_license", "media_player", "dcterms_valid", "cloud", "itunes_image", "itunes_link",
      "itunes_block", "itunes_explicit", "admin_generatoragent", "admin_errorreportsto"), _R.ignored),
):  # fmt: skip
    for _name in _names:
        _HANDLERS[_name] = _handler
del _R, _names, _handler, _name


def _xhtml(reader: _Reader, el, strip_div: bool) -> str:
    """The markup inside an XHTML text element, written back as feedparser writes it."""
    pieces: list[str] = [_escape(el.text)] if el.text else []
    for child in el:
        _write(reader, child, pieces)
        if child.tail:
            pieces.append(_escape(child.tail))
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


def _write(reader: _Reader, el, pieces: list[str]) -> None:
    name = reader.name(el.tag)
    local = name.rpartition("_")[2] if name.startswith("xhtml_") else name
    if local in ("svg", "math") or name in _HANDLED or local != name.split("_")[-1] or "_" in local:
        raise _Decline(f"<{name}> inside XHTML")
    attrs = []
    for key, value in el.attrib.items():
        if key.startswith("{http://www.w3.org/XML/1998/namespace}"):
            key = "xml:" + key.partition("}")[2]
        elif key[0] == "{":
            raise _Decline("a namespaced attribute inside XHTML")
        key = key.lower()
        value = value.lower() if key in ("rel", "type") else value
        attrs.append(f' {key}="{_escape(value).replace(chr(34), "&quot;")}"')
    if len({a.split("=")[0] for a in attrs}) != len(attrs):
        raise _Decline("an attribute given twice")
    pieces.append(f"<{local}{''.join(attrs)}>")
    if el.text:
        pieces.append(_escape(el.text))
    for child in el:
        _write(reader, child, pieces)
        if child.tail:
            pieces.append(_escape(child.tail))
    pieces.append(f"</{local}>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _resolve(base: str, uri: str) -> str:
    """``uri`` read against the xml:base in force ("http:///x" is "http://x", as feedparser reads it)."""
    uri = _URIFIXER.sub(r"\1", uri)
    if not base:
        return uri
    if _PLAIN_ABSOLUTE_URL.fullmatch(uri) and joinable_base(base):
        return uri
    try:
        return urllib.parse.urljoin(base, uri)
    except ValueError:
        return ""


def _base(current: str, given: str) -> str:
    """The base URI inside an element: ``given`` read against the one outside (web schemes only)."""
    if not current:
        return _resolve("", given)
    joined = _resolve(current, given)
    scheme = joined.strip().split(":", 1)[0]
    if scheme in ("http", "https"):
        return joined
    if ":" in joined and "/" not in scheme:
        raise _Decline("an xml:base of another scheme")
    return current  # a relative base stays the one outside


# An absolute URL that urljoin returns as it is, whatever the base.
_PLAIN_ABSOLUTE_URL = re.compile(
    r"https?://[A-Za-z0-9.-]+(?:/[-A-Za-z0-9._~!$&'()*+,=:@%/]*)?"
    r"(?:\?[-A-Za-z0-9._~!$&'()*+,=:@%/?;]+)?(?:#[-A-Za-z0-9._~!$&'()*+,=:@%/?;#]+)?"
)
