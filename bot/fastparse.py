"""The fast path for XML feeds: lxml in place of feedparser, with the same results.

feedparser spends 30-50 times what lxml takes to parse the same bytes, most
of it in Python for every element and every run of text (issue 8). This
module parses with lxml and replays what feedparser's handlers do with the
elements: the same namespace mapping, the same element-to-field rules and the
same quirks (a description after a summary becomes content, a title deeper in
the entry does not replace one above it, an Atom id stands in for a missing
link, a guid is only a link when isPermaLink says so, ...). Most of it is a
port of feedparser 6's mixin.py and namespaces/*.py, named after them.

It gives up (``parse`` returns None) on anything it does not replay exactly:
a document lxml does not find well-formed, an encoding other than UTF-8 or
ASCII, a DOCTYPE, xml:base below the root element, markup inside an element
that feedparser would not read as XHTML, an element feedparser has a handler
for that is not replayed here. parse.py then reads the document with
feedparser, as it always did. tests/test_fastparse.py checks that both paths
give identical articles for every corpus file and for generated feeds.

The result has feedparser's shape (``version``, ``feed``, ``entries`` of
dicts with the same keys) for the fields parse.py reads.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime
import functools
import re
import urllib.parse
from collections.abc import Callable

import lxml.etree
from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date as _feedparser_parse_date
from feedparser.encodings import convert_to_utf8
from feedparser.exceptions import CharacterEncodingOverride
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urifixer, _urljoin, make_safe_absolute_uri
from feedparser.util import FeedParserDict

from .urls import joinable_base

__all__ = ["parse"]


class _Unsupported(Exception):
    """Something feedparser does that is not replayed here: use feedparser."""


@dataclasses.dataclass(slots=True)
class _Tag:
    """What feedparser makes of an element's name.

    (A slotted class, not a NamedTuple: reading a slot is the quicker of the two,
    and the replay reads several per element.)"""

    fptag: str  # "dc:creator", "title", "xhtml:p"
    name: str  # its handlers' suffix: "dc_creator"
    start: Callable | None  # the replayed handlers
    end: Callable | None
    kind: object  # _HANDLED, _GENERIC (no handler), _KEPT (no handler, value read), _UNSUPPORTED
    resets_textinput: bool  # feedparser's "special hack" for unclosed image/textinput
    resets_image: bool
    is_div: bool
    local: str  # the name written back in XHTML content
    has_end_handler: bool


_HANDLED, _GENERIC, _KEPT, _UNSUPPORTED = (object() for _ in range(4))
_XHTML = "application/xhtml+xml"


_PARSER = lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True, recover=False,
    collect_ids=False, huge_tree=False,
)  # fmt: skip

_MATCH_NS = {uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()}
_FP_HANDLERS = frozenset(
    name.split("_", 2)[2] for name in dir(StrictFeedParser) if name.startswith(("_start_", "_end_"))
)
_END_HANDLERS = frozenset(name[len("_end_") :] for name in dir(StrictFeedParser) if name.startswith("_end_"))
_CAN_BE_RELATIVE_URI = _FeedParserMixin.can_be_relative_uri
_HTML_TYPES = _FeedParserMixin.html_types
_feedparser_looks_like_html = _FeedParserMixin.looks_like_html
_map_content_type = functools.lru_cache(maxsize=256)(_FeedParserMixin.map_content_type)  # pure, str -> str
# Element names without a feedparser handler whose generic storage would land
# on a key parse.py reads (or on one feedparser's own handlers rely on).
_DANGEROUS_GENERIC = frozenset({
    "links", "authors", "author_detail", "title_detail", "summary_detail", "description_detail", "publisher_detail",
    "publishers", "contributors", "guidislink", "published_parsed", "updated_parsed", "created_parsed",
    "date_parsed", "modified_parsed", "issued_parsed", "sourcedata", "entries", "feed",
})  # fmt: skip
_EMAIL = re.compile(
    r"""(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?"""
)
_AMP_NAME = re.compile("&([A-Za-z0-9_]+);")
# C1 controls (U+0080-U+009F), looked for in the UTF-8 bytes: there they are exactly
# b"\xc2" + one of b"\x80"-b"\x9f", and the regex scans for the b"\xc2" in C. A
# character class over the str took one call per character (issue 8: 5% of parse_feed).
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
_FIRST_ELEMENT = re.compile(rb"<\w")


def parse(body: bytes, content_type: str = "") -> FeedParserDict | None:
    """What ``feedparser.parse(body, response_headers={"content-type": content_type},
    sanitize_html=False, resolve_relative_uris=False)`` returns, for the keys
    parse.py reads; None when only feedparser can tell."""
    result = FeedParserDict(bozo=False, entries=[], feed=FeedParserDict(), headers={})
    if content_type:
        result["headers"]["content-type"] = content_type
    # feedparser's own decoding: the same UTF-8 bytes its XML parser gets
    root = _read(result["headers"], body, result)
    if root is None:
        return None
    replay = _Replay()
    try:
        replay.document(root)
    except _Unsupported:
        return None
    result["feed"] = replay.feeddata
    result["entries"] = replay.entries
    result["version"] = replay.version
    return result


def _read(headers: dict, body: bytes, result: dict):
    """The lxml tree of the bytes feedparser's XML parser gets (with the result keys
    convert_to_utf8 sets), or None when only feedparser can read the document."""
    as_is = _utf8_as_is(headers, body)
    if as_is is not None:
        data, probe, rest = as_is
        root = _tree(data)
        if root is not None:
            # libxml2 read the rest as UTF-8, so it decodes: libxml2 rejects all that
            # Python's decoder does (tests/test_fastparse.py checks), and checking it
            # here was 4% of parse_feed (issue 8).
            result.update(probe)
            return root
        if _decodes(rest):
            return None  # what _convert_to_utf8 gives: not a document lxml reads
    data = convert_to_utf8(headers, body, result)
    if not result["encoding"]:
        return None  # no encoding fits: feedparser reads it with its lenient parser
    return _tree(data)


def _tree(data: bytes):
    """lxml's tree of the UTF-8 bytes, when feedparser's XML parser reads them as they are."""
    first = _FIRST_ELEMENT.search(data)
    head = data[: first.start()] if first else data
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        return None  # feedparser rewrites those before parsing
    try:
        return lxml.etree.fromstring(data, _PARSER)
    except (lxml.etree.XMLSyntaxError, ValueError):
        return None  # not well-formed: feedparser reads it leniently (and says so)


def _convert_to_utf8(headers: dict, body: bytes, result: dict) -> bytes:
    """feedparser's convert_to_utf8(headers, body, result), the same bytes and result
    keys, quicker (issue 8) for what nearly every feed is: UTF-8, declared or not."""
    as_is = _utf8_as_is(headers, body)
    if as_is is not None:
        data, probe, rest = as_is
        if _decodes(rest):
            result.update(probe)
            return data
    return convert_to_utf8(headers, body, result)


def _utf8_as_is(headers: dict, body: bytes) -> tuple[bytes, dict, bytes] | None:
    """What convert_to_utf8 gives for a UTF-8 body, when the body's head says it is one:
    (the bytes, the result keys, the rest of the body, whose decoding is not checked).

    convert_to_utf8 decodes the whole body, replaces the XML declaration (or adds
    one) and encodes it all back. Everything it decides, it decides from the first
    line (where it looks for the declared encoding) up to the first ">" (where the
    declaration ends), besides whether the whole body decodes: so it is called on
    that head only, and when it reads the head as UTF-8 at the first try (no
    encoding override) and the rest decodes as UTF-8 too, the rest is UTF-8 that
    its round trip would give back unchanged.
    """
    newline, gt = body.find(b"\n"), body.find(b">")
    # (no BOM and no UTF-16/32 or EBCDIC "<?xm" at the start: those are sliced or sniffed)
    if body[:1] == b"<" and body[1:2] != b"\x00" and newline >= 0 and gt >= 0:
        cut = max(newline, gt) + 1
        probe: dict = {}
        head = convert_to_utf8(headers, body[:cut], probe)
        encoding = probe.get("encoding")
        if (
            encoding
            and _is_utf8(encoding)
            and not isinstance(probe.get("bozo_exception"), CharacterEncodingOverride)
        ):
            rest = body[cut:]
            return head + rest, probe, rest
    return None


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@functools.lru_cache(maxsize=64)
def _is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


# --- the replay -----------------------------------------------------------------------------


class _Replay:
    """feedparser's _FeedParserMixin state machine, for the handlers in _START/_END."""

    # Slots: attribute reads are most of what the replay does, and with over 30
    # attributes an instance's __dict__ no longer shares its keys with the class,
    # which made every self.x read slower (issue 8: adding one cost 2% of parse_feed).
    __slots__ = (
        "feeddata", "entries", "version", "namespacemap", "namespaces_in_use",
        "infeed", "inentry", "incontent", "inimage", "intextinput", "inauthor", "incontributor", "inpublisher",
        "insource", "sourcedata", "ctype", "_summaryKey", "elementstack", "title_depth", "depth", "hasContent",
        "guidislink", "property_depth", "baseuri", "basestack", "_base_cache", "_tags", "_declarations",
        "_attr_plans", "_dates",
    )  # fmt: skip

    def __init__(self):
        self.feeddata: dict = {}
        self.entries: list[dict] = []
        self.version = ""
        self.namespacemap: dict = {}
        self.namespaces_in_use: dict = {}
        self.infeed = self.inentry = self.incontent = 0
        self.inimage = self.intextinput = self.inauthor = self.incontributor = self.inpublisher = self.insource = 0
        self.sourcedata: dict = {}
        self.ctype = None  # feedparser's contentparams["type"]: the only content parameter read here
        self._summaryKey = None
        self.elementstack: list[list] = []
        self.title_depth = -1
        self.depth = 0
        self.hasContent = 0
        self.guidislink = 0
        self.property_depth: list[dict] = []  # per entry
        self.baseuri = ""
        self.basestack: list[str] = []
        self._base_cache: dict[tuple[str, str], str] = {}
        self._tags: dict[str, _Tag] = {}  # lxml tag -> what feedparser makes of it (until a namespace changes)
        self._declarations: dict = {}  # element -> [(prefix, uri)] declared on it (below the root)
        self._attr_plans: dict[tuple[str, ...], tuple[tuple[str, int, bool], ...]] = {}  # see _attrs
        self._dates: dict = {}  # see _date

    # -- walking the tree

    def document(self, root) -> None:
        for prefix, uri in root.nsmap.items():
            self.start_prefix_mapping(prefix, uri)
        # (counting the declarations with a C walk of the tree is cheaper than
        # counting b"xmlns" in the bytes: that search went byte by byte)
        if sum(1 for _ in lxml.etree.iterwalk(root, events=("start-ns",))) != len(root.nsmap):
            # Declarations below the root, in document order, by element.
            pending: list = []
            for event, item in lxml.etree.iterwalk(root, events=("start", "start-ns")):
                if event == "start-ns":
                    pending.append(item)
                elif pending:
                    if item is not root:
                        self._declarations[item] = pending
                    pending = []
        self.element(root)

    def element(self, el) -> None:
        if self._declarations:
            declared = self._declarations.get(el)
            if declared:
                for prefix, uri in declared:
                    if uri == "http://www.w3.org/1999/xlink" and prefix:
                        raise _Unsupported("an xlink declaration below the root")
                    self.start_prefix_mapping(prefix, uri)
        name = el.tag
        tag = self._tags.get(name)
        if tag is None:
            if not isinstance(name, str):
                raise _Unsupported("an entity reference or other non-element node")
            tag = self._tags[name] = self._tag(name)
        names = el.keys()
        attrs_d = self._attrs(el, names) if names else None
        if (
            not len(el)
            and not self.incontent
            and not (attrs_d and (attrs_d.get("xml:base") or attrs_d.get("base")))
        ):
            self.leaf(tag, attrs_d, el.text)
            return
        token = self.start(tag, attrs_d)
        text = el.text
        stack = self.elementstack
        if text and stack:
            if self.ctype == _XHTML:
                text = _escape(text)
            stack[-1][2].append(text)
        for child in el:
            self.element(child)
            text = child.tail
            if text and stack:
                if self.ctype == _XHTML:
                    text = _escape(text)
                stack[-1][2].append(text)
        self.end(tag, token)

    def leaf(self, tag: _Tag, attrs_d: dict | None, text: str | None) -> None:
        """start(), the text and end() for an element without children, outside
        content and without an xml:base of its own: nearly two thirds of them
        (issue 8). Those conditions settle most of what start() and end() check;
        what is left is this, with the same effect."""
        self.depth += 1
        based = self.baseuri or self.basestack  # an xml:base above: as start() does
        if based:
            baseuri = self.baseuri
            if baseuri:
                baseuri = self.baseuri = self._base_in(baseuri, baseuri)
            self.basestack.append(baseuri)
        if tag.resets_textinput:
            self.intextinput = 0
        if tag.resets_image:
            self.inimage = 0
        kind = tag.kind
        stack = self.elementstack
        if kind is _GENERIC and tag.end is None and not attrs_d:
            pass  # pushed and popped at once: nothing reads what feedparser stores
        else:
            if kind is _HANDLED:
                tag.start(self, attrs_d if attrs_d is not None else {})  # type: ignore[misc]  # _HANDLED: has one
            elif kind is _GENERIC or kind is _KEPT and not attrs_d:
                if not attrs_d:
                    stack.append([tag.name, 1, []])
            else:
                self.start(tag, attrs_d)  # raises _Unsupported, as for any other element
            if text and stack:
                if self.ctype == _XHTML:
                    text = _escape(text)
                stack[-1][2].append(text)
            end = tag.end
            if end is not None:
                end(self)
            elif kind is _KEPT:
                self.pop(tag.name)
            elif stack and stack[-1][0] == tag.name:
                stack.pop()
            if self.incontent:
                self._end_in_content(tag)  # a start handler that left content open
                return
        self._leave()  # as end() does

    def start_prefix_mapping(self, prefix, uri) -> None:
        if not uri:
            raise _Unsupported("a namespace undeclaration")
        before = (dict(self.namespacemap), dict(self.namespaces_in_use))
        self.track_namespace(prefix or None, uri)
        if (self.namespacemap, self.namespaces_in_use) != before:
            self._tags.clear()  # element names may map differently now

    def track_namespace(self, prefix, uri) -> None:
        loweruri = uri.lower()
        if not self.version:
            if (prefix, loweruri) == (None, "http://my.netscape.com/rdf/simple/0.9/"):
                self.version = "rss090"
            elif loweruri == "http://purl.org/rss/1.0/":
                self.version = "rss10"
            elif loweruri == "http://www.w3.org/2005/atom":
                self.version = "atom10"
        if "backend.userland.com/rss" in loweruri:
            uri = loweruri = "http://backend.userland.com/rss"
        if loweruri in _MATCH_NS:
            self.namespacemap[prefix] = _MATCH_NS[loweruri]
            self.namespaces_in_use[_MATCH_NS[loweruri]] = uri
        else:
            self.namespaces_in_use[prefix or ""] = uri

    def _tag(self, name: str) -> _Tag:
        """What feedparser's startElementNS and unknown_starttag make of an lxml tag."""
        if name[0] == "{":
            namespace, localname = name[1:].split("}", 1)
        else:
            namespace, localname = None, name
        lowernamespace = (namespace or "").lower()
        if "backend.userland.com/rss" in lowernamespace:
            namespace = lowernamespace = "http://backend.userland.com/rss"
        prefix = _MATCH_NS.get(lowernamespace)  # expat gives no qname: no given prefix
        localname = localname.lower()
        if prefix:
            fptag = prefix.lower() + ":" + localname
        elif namespace:
            fptag = localname
            for known, value in self.namespaces_in_use.items():
                if known and value == namespace:
                    fptag = known + ":" + localname
                    break
        else:
            fptag = localname
        fptag = fptag.lower()
        if ":" in fptag:
            p, suffix = fptag.split(":", 1)
        else:
            p, suffix = "", fptag
        p = self.namespacemap.get(p, p)
        handler_name = (p + "_" if p else "") + suffix
        start, end = _START.get(handler_name), _END.get(handler_name)
        if start is None and handler_name in _FP_HANDLERS and handler_name not in _GENERIC_START or start is None and handler_name in _DANGEROUS_GENERIC or end is None and handler_name in _END_HANDLERS:
            kind = _UNSUPPORTED
        elif start is None:
            kind = _KEPT if handler_name in _KEPT_GENERIC else _GENERIC
        else:
            kind = _HANDLED
        return _Tag(
            fptag, handler_name, start, end, kind,
            not p and fptag not in ("title", "link", "description", "name"),
            not p and fptag not in ("title", "link", "description", "url", "href", "width", "height"),
            fptag in ("xhtml:div", "div"), fptag.split(":")[-1],
            handler_name in _END_HANDLERS or end is not None,
        )  # fmt: skip

    def _attrs(self, el, names: list[str]) -> dict[str, str]:
        """The attributes as feedparser's handlers see them: names lowercased (and
        prefixed for known namespaces), rel and type values lowercased.

        What becomes of the names depends on the names alone and on the namespace
        declarations in scope: when all of them are on the root element, the
        plan for a list of names is worked out once per document and reused."""
        values = el.values()
        if self._declarations:
            plan = self._attr_plan(el, names)
        else:
            key = tuple(names)
            cached = self._attr_plans.get(key)
            if cached is None:
                cached = self._attr_plans[key] = self._attr_plan(el, names)
            plan = cached
        attrs_d: dict[str, str] = {}
        for name, i, lower in plan:
            value = values[i]
            attrs_d[name] = value.lower() if lower and value else value
        return attrs_d

    @staticmethod
    def _attr_plan(el, names) -> tuple[tuple[str, int, bool], ...]:
        """(handler-side name, index of the attribute whose value it gets, lowercase
        the value?) in the order feedparser's attrs dict has them."""
        positions: dict[str, int] = {}
        qnames = []
        for i, key in enumerate(names):
            if key[0] == "{":
                namespace, local = key[1:].split("}", 1)
                prefix = _MATCH_NS.get(namespace.lower(), "")
                positions[(prefix + ":" + local if prefix else local).lower()] = i
                # expat reports the prefix the document used (its qname)
                if namespace == "http://www.w3.org/XML/1998/namespace":
                    given = ["xml"]
                else:
                    given = [p for p, uri in el.nsmap.items() if p and uri == namespace]
                if len(given) != 1:
                    raise _Unsupported("an attribute whose prefix is ambiguous")
                qnames.append(given[0] + ":" + local)
            else:
                positions[key.lower()] = i
                qnames.append(key)
        for i, qname in enumerate(qnames):
            positions[qname.lower()] = i  # a later value for a name seen before keeps the first one's place
        return tuple((name, i, name in ("rel", "type")) for name, i in positions.items())

    # -- unknown_starttag / unknown_endtag

    def start(self, tag: _Tag, attrs_d: dict | None):
        """feedparser's unknown_starttag; returns what end() needs to know."""
        self.depth += 1
        base = attrs_d.get("xml:base", attrs_d.get("base")) if attrs_d else None
        baseuri = self.baseuri
        if base or baseuri:
            baseuri = self.baseuri = self._base_in(baseuri, base or baseuri)
        if baseuri or self.basestack:
            # Empty bases at the bottom of the stack are never read (end() only
            # takes a non-empty one): a document without xml:base keeps it empty.
            self.basestack.append(baseuri)
        if self.incontent:
            if not (self.ctype or "xml").endswith("xml"):
                if tag.is_div:
                    return _SKIPPED_DIV  # typepad does this 10/2007
                # element declared itself as escaped markup, but it isn't really
                self.ctype = _XHTML
            if self.ctype == _XHTML:
                # XHTML inside content: feedparser writes the markup back out as text.
                local = tag.local
                if local in ("svg", "math"):
                    raise _Unsupported("inline SVG or MathML")
                if self.elementstack:
                    self.elementstack[-1][2].append(f"<{local}{_strattrs(attrs_d.items()) if attrs_d else ''}>")
                return _INLINE
        if tag.resets_textinput:
            self.intextinput = 0
        if tag.resets_image:
            self.inimage = 0
        kind = tag.kind
        if kind is _HANDLED:
            tag.start(self, attrs_d if attrs_d is not None else {})  # type: ignore[misc]  # _HANDLED: has one
        elif kind is _GENERIC or kind is _KEPT:
            if not attrs_d:
                self.elementstack.append([tag.name, 1, []])
            elif kind is _KEPT:
                raise _Unsupported(f"<{tag.fptag}> with attributes")  # feedparser keeps the attributes as its value
        else:
            raise _Unsupported(f"<{tag.fptag}>")
        return None

    def _base_in(self, current: str, base: str) -> str:
        """The base URI inside an element (make_safe_absolute_uri/_urljoin, cached: pure and slow)."""
        key = (current, base)
        value = self._base_cache.get(key)
        if value is None:
            if current:
                value = make_safe_absolute_uri(current, base) or current
            else:
                value = _urljoin(current, base)
            self._base_cache[key] = value
        return value

    def end(self, tag: _Tag, token) -> None:
        """feedparser's unknown_endtag."""
        if token is _INLINE and tag.has_end_handler:
            raise _Unsupported(f"</{tag.fptag}> inside XHTML content")  # feedparser runs it mid-content
        end = tag.end
        if end is not None:
            end(self)
        elif tag.kind is _KEPT:
            self.pop(tag.name)
        else:
            stack = self.elementstack
            if stack and stack[-1][0] == tag.name:
                stack.pop()  # nothing reads what feedparser would store
        self._end_in_content(tag)

    def _end_in_content(self, tag: _Tag) -> None:
        """The rest of unknown_endtag, after the handler."""
        if self.incontent:
            if not (self.ctype or "xml").endswith("xml"):
                if tag.is_div:
                    return  # sic: without popping the base stack or the depth (feedparser does the same)
                self.ctype = _XHTML
            if self.ctype == _XHTML and self.elementstack:
                self.elementstack[-1][2].append("</" + tag.local + ">")
        self._leave()

    def _leave(self) -> None:
        """The end of every element: back to the enclosing one's base URI and depth."""
        basestack = self.basestack
        if basestack:
            basestack.pop()
            if basestack:
                base = basestack[-1]
                if base:
                    self.baseuri = base
        self.depth -= 1

    # -- text

    def push(self, element: str, expecting_text) -> None:
        self.elementstack.append([element, expecting_text, []])

    def discard(self, element: str) -> None:
        """pop() for an element whose value nothing reads: feedparser stores it under its own name."""
        if self.elementstack and self.elementstack[-1][0] == element:
            self.elementstack.pop()

    def pop(self, element: str, strip_whitespace: bool = True):
        stack = self.elementstack
        if not stack or stack[-1][0] != element:
            return None
        element, expecting_text, pieces = stack.pop()
        content_type = self.ctype
        if content_type == _XHTML and self.version == "atom10":
            pieces = _strip_enclosing_div(pieces)
        output = pieces[0] if len(pieces) == 1 else "".join(pieces)
        if strip_whitespace:
            output = output.strip()
        if not expecting_text:
            return output
        if element in _CAN_BE_RELATIVE_URI and output and (element != "id" or self.guidislink):
            output = _resolve(self.baseuri, output)
        if (
            content_type == "text/plain"
            and ("<" in output or "&" in output)  # what looks_like_html's first test needs ("</" or "&")
            and not self.version.startswith("atom")
            and _feedparser_looks_like_html(output)
        ):
            self.ctype = content_type = "text/html"
        if not output.isascii():
            # feedparser undoes UTF-8 read as Latin-1 ("Ã©" -> "é")
            try:  # noqa: SIM105 (try is cheaper than contextlib.suppress, once per text)
                output = output.encode("iso-8859-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
            if _C1_UTF8.search(output.encode("utf-8", "surrogatepass")):
                output = output.translate(_cp1252)
        if element in ("category", "tags", "itunes_keywords"):
            return output
        if element == "title" and -1 < self.title_depth <= self.depth:
            return output
        if self.inentry and not self.insource:
            entry = self.entries[-1]
            if element == "content":
                entry.setdefault("content", []).append({"type": content_type, "value": output})
            elif element == "link":
                if not self.inimage:
                    if "&" in output:
                        output = _AMP_NAME.sub(r"&\g<1>", output.replace("&amp;", "&"))
                    entry["link"] = output
                    if output:
                        entry["links"][-1]["href"] = output
            else:
                if element == "description":
                    element = "summary"
                depths = self.property_depth[-1]
                old = depths.get(element)
                if old is None or self.depth <= old:
                    depths[element] = self.depth
                    entry[element] = output
                if self.incontent:
                    entry[element + "_detail"] = {"type": content_type, "value": output}
        elif self.infeed or self.insource:
            context = self._get_context()
            if element == "description":
                element = "subtitle"
            context[element] = output
            if element == "link":
                if "&" in output:
                    output = _AMP_NAME.sub(r"&\g<1>", output)
                context[element] = output
                context["links"][-1]["href"] = output
            elif self.incontent:
                context[element + "_detail"] = {"type": content_type, "value": output}
        return output

    def push_content(self, tag, attrs_d, default_content_type, expecting_text) -> None:
        self.incontent += 1
        self.ctype = _map_content_type(attrs_d.get("type", default_content_type) if attrs_d else default_content_type)
        if _is_base64(attrs_d, self.ctype):
            raise _Unsupported("base64 content")
        self.push(tag, expecting_text)

    def pop_content(self, tag):
        value = self.pop(tag)
        self.incontent -= 1
        self.ctype = None
        return value

    # -- contexts

    def _get_context(self) -> dict:
        if self.insource:
            return self.sourcedata
        if self.inimage and "image" in self.feeddata:
            return self.feeddata["image"]
        if self.intextinput:
            raise _Unsupported("textinput")
        if self.inentry:
            return self.entries[-1]
        return self.feeddata

    def _save(self, key, value, overwrite=False) -> None:
        context = self._get_context()
        if overwrite:
            context[key] = value
        else:
            context.setdefault(key, value)

    def _save_author(self, key, value, prefix="author") -> None:
        context = self._get_context()
        context.setdefault(prefix + "_detail", {})
        context[prefix + "_detail"][key] = value
        self._sync_author_detail()
        context.setdefault("authors", [{}])
        context["authors"][-1][key] = value

    def _save_contributor(self, key, value) -> None:
        context = self._get_context()
        context.setdefault("contributors", [{}])
        context["contributors"][-1][key] = value

    def _sync_author_detail(self, key="author") -> None:
        context = self._get_context()
        detail = context.get(f"{key}s", [{}])[-1]
        if detail:
            name = detail.get("name")
            email = detail.get("email")
            if name and email:
                context[key] = f"{name} ({email})"
            elif name:
                context[key] = name
            elif email:
                context[key] = email
        else:
            author, email = context.get(key), None
            if not author:
                return
            emailmatch = _EMAIL.search(author)
            if emailmatch:
                email = emailmatch.group(0)
                author = author.replace(email, "")
                author = author.replace("()", "")
                author = author.replace("<>", "")
                author = author.replace("&lt;&gt;", "")
                author = author.strip()
                if author and (author[0] == "("):
                    author = author[1:]
                if author and (author[-1] == ")"):
                    author = author[:-1]
                author = author.strip()
            if author or email:
                context.setdefault(f"{key}_detail", detail)
            if author:
                detail["name"] = author
            if email:
                detail["email"] = email

    def _add_tag(self, term, scheme, label) -> None:
        context = self._get_context()
        tags = context.setdefault("tags", [])
        if (not term) and (not scheme) and (not label):
            return
        value = {"term": term, "scheme": scheme, "label": label}
        if value not in tags:
            tags.append(value)

    # -- handlers: feedparser's, for the elements replayed here

    def _start_rss(self, attrs_d) -> None:
        if not self.version or not self.version.startswith("rss"):
            attr_version = attrs_d.get("version", "")
            version = {"0.91": "rss091u", "0.92": "rss092", "0.93": "rss093", "0.94": "rss094"}.get(attr_version)
            if version:
                self.version = version
            elif attr_version.startswith("2."):
                self.version = "rss20"
            else:
                self.version = "rss"

    def _start_channel(self, attrs_d) -> None:
        self.infeed = 1
        self._cdf_common(attrs_d)

    def _cdf_common(self, attrs_d) -> None:
        if "lastmod" in attrs_d or "href" in attrs_d:
            raise _Unsupported("CDF attributes")

    def _start_feed(self, attrs_d) -> None:
        self.infeed = 1
        if not self.version:
            self.version = {"0.1": "atom01", "0.2": "atom02", "0.3": "atom03"}.get(attrs_d.get("version"), "atom")

    def _end_channel(self) -> None:
        self.infeed = 0

    def _start_image(self, attrs_d) -> None:
        context = self._get_context()
        if not self.inentry:
            context.setdefault("image", {})
        self.inimage = 1
        self.title_depth = -1
        self.push("image", 0)

    def _end_image(self) -> None:
        self.pop("image")
        self.inimage = 0

    def _start_author(self, attrs_d) -> None:
        self.inauthor = 1
        self.push("author", 1)
        self._get_context().setdefault("authors", []).append({})

    def _end_author(self) -> None:
        self.pop("author")
        self.inauthor = 0
        self._sync_author_detail()

    def _start_contributor(self, attrs_d) -> None:
        self.incontributor = 1
        self._get_context().setdefault("contributors", []).append({})
        self.push("contributor", 0)

    def _end_contributor(self) -> None:
        self.pop("contributor")
        self.incontributor = 0

    def _start_dc_contributor(self, attrs_d) -> None:
        self.incontributor = 1
        self._get_context().setdefault("contributors", []).append({})
        self.push("name", 0)

    def _end_dc_contributor(self) -> None:
        self._end_name()
        self.incontributor = 0

    def _start_name(self, attrs_d) -> None:
        self.push("name", 0)

    def _end_name(self) -> None:
        value = self.pop("name")
        if self.inpublisher:
            self._save_author("name", value, "publisher")
        elif self.inauthor:
            self._save_author("name", value)
        elif self.incontributor:
            self._save_contributor("name", value)
        elif self.intextinput:
            raise _Unsupported("textinput")

    def _start_url(self, attrs_d) -> None:
        self.push("href", 1)

    def _end_url(self) -> None:
        value = self.pop("href")
        if self.inauthor:
            self._save_author("href", value)
        elif self.incontributor:
            self._save_contributor("href", value)

    def _start_email(self, attrs_d) -> None:
        self.push("email", 0)

    def _end_email(self) -> None:
        value = self.pop("email")
        if self.inpublisher:
            self._save_author("email", value, "publisher")
        elif self.inauthor:
            self._save_author("email", value)
        elif self.incontributor:
            self._save_contributor("email", value)

    def _start_webmaster(self, attrs_d) -> None:
        self.push("publisher", 1)

    def _end_webmaster(self) -> None:
        self.pop("publisher")
        self._sync_author_detail("publisher")

    def _start_itunes_owner(self, attrs_d) -> None:
        self.inpublisher = 1
        self.push("publisher", 0)

    def _end_itunes_owner(self) -> None:
        self.pop("publisher")
        self.inpublisher = 0
        self._sync_author_detail("publisher")

    def _start_item(self, attrs_d) -> None:
        self.entries.append({})
        self.property_depth.append({})
        self.push("item", 0)
        self.inentry = 1
        self.guidislink = 0
        self.title_depth = -1
        rdf_about = attrs_d.get(self._map_to_standard_prefix("rdf:about"))
        if rdf_about:
            self._get_context()["id"] = rdf_about
        self._cdf_common(attrs_d)

    def _end_item(self) -> None:
        self.pop("item")
        self.inentry = 0
        self.hasContent = 0

    def _date(self, value: str | None):
        """_parse_date(value), once per document (an Atom entry's published date is often its updated date)."""
        try:
            return self._dates[value]
        except KeyError:
            parsed = self._dates[value] = _parse_date(value)
            return parsed

    def _map_to_standard_prefix(self, name: str) -> str:
        prefix, _, suffix = name.partition(":")
        return self.namespacemap.get(prefix, prefix) + ":" + suffix

    def _start_published(self, attrs_d) -> None:
        self.push("published", 1)

    def _end_published(self) -> None:
        value = self.pop("published")
        self._save("published_parsed", self._date(value), overwrite=True)

    def _start_updated(self, attrs_d) -> None:
        self.push("updated", 1)

    def _end_updated(self) -> None:
        value = self.pop("updated")
        self._save("updated_parsed", self._date(value), overwrite=True)

    def _start_created(self, attrs_d) -> None:
        self.push("created", 1)

    def _end_created(self) -> None:
        value = self.pop("created")
        self._save("created_parsed", self._date(value), overwrite=True)

    def _start_category(self, attrs_d) -> None:
        term = attrs_d.get("term")
        scheme = attrs_d.get("scheme", attrs_d.get("domain"))
        label = attrs_d.get("label")
        self._add_tag(term, scheme, label)
        self.push("category", 1)

    def _end_category(self) -> None:
        value = self.pop("category")
        if not value:
            return
        tags = self._get_context()["tags"]
        if value and len(tags) and not tags[-1]["term"]:
            tags[-1]["term"] = value
        else:
            self._add_tag(value, None, None)

    def _start_media_category(self, attrs_d) -> None:
        attrs_d.setdefault("scheme", "http://search.yahoo.com/mrss/category_schema")
        self._start_category(attrs_d)

    def _start_itunes_category(self, attrs_d) -> None:
        self._add_tag(attrs_d.get("text"), "http://www.itunes.com/", None)
        self.push("category", 1)

    def _end_keywords_list(self, element: str, scheme) -> None:
        value = self.pop(element)
        if value is None:  # feedparser: AttributeError on None.split, then a pop that finds nothing
            return
        for term in value.split(","):
            if term.strip():
                self._add_tag(term.strip(), scheme, None)

    def _end_itunes_keywords(self) -> None:
        self._end_keywords_list("itunes_keywords", "http://www.itunes.com/")

    def _end_media_keywords(self) -> None:
        self._end_keywords_list("media_keywords", None)

    def _start_tags(self, attrs_d) -> None:
        self.push("tags", 1)

    def _end_tags(self) -> None:
        value = self.pop("tags")
        if value is None:
            return
        for term in value.split(","):
            self._add_tag(term.strip(), None, None)

    def _start_link(self, attrs_d) -> None:
        attrs_d.setdefault("rel", "alternate")
        if attrs_d["rel"] == "self":
            attrs_d.setdefault("type", "application/atom+xml")
        else:
            attrs_d.setdefault("type", "text/html")
        context = self._get_context()
        attrs_d = _enforce_href(attrs_d)
        if "href" in attrs_d:
            attrs_d["href"] = _resolve(self.baseuri, attrs_d["href"])
        expecting_text = self.infeed or self.inentry or self.insource
        context.setdefault("links", [])
        if not (self.inentry and self.inimage):
            context["links"].append(attrs_d)
        if "href" in attrs_d:
            if attrs_d.get("rel") == "alternate" and _map_content_type(attrs_d.get("type")) in _HTML_TYPES:
                context["link"] = attrs_d["href"]
        else:
            self.push("link", expecting_text)

    def _end_link(self) -> None:
        self.pop("link")

    def _start_guid(self, attrs_d) -> None:
        self.guidislink = attrs_d.get("ispermalink", "true") == "true"
        self.push("id", 1)

    def _end_guid(self) -> None:
        value = self.pop("id")
        self._save("guidislink", self.guidislink and "link" not in self._get_context())
        if self.guidislink:
            self._save("link", value)

    def _start_title(self, attrs_d) -> None:
        self.push_content("title", attrs_d, "text/plain", self.infeed or self.inentry or self.insource)

    def _end_title(self) -> None:
        value = self.pop_content("title")
        if not value:
            return
        self.title_depth = self.depth

    def _end_media_title(self) -> None:
        title_depth = self.title_depth
        self._end_title()
        self.title_depth = title_depth

    def _start_description(self, attrs_d) -> None:
        context = self._get_context()
        if "summary" in context and not self.hasContent:
            self._summaryKey = "content"
            self._start_content(attrs_d)
        else:
            self.push_content("description", attrs_d, "text/html", self.infeed or self.inentry or self.insource)

    def _start_abstract(self, attrs_d) -> None:
        self.push_content("description", attrs_d, "text/plain", self.infeed or self.inentry or self.insource)

    def _end_description(self) -> None:
        if self._summaryKey == "content":
            self._end_content()
        else:
            self.pop_content("description")
        self._summaryKey = None

    def _start_summary(self, attrs_d) -> None:
        context = self._get_context()
        if "summary" in context and not self.hasContent:
            self._summaryKey = "content"
            self._start_content(attrs_d)
        else:
            self._summaryKey = "summary"
            self.push_content(self._summaryKey, attrs_d, "text/plain", 1)

    def _end_summary(self) -> None:
        if self._summaryKey == "content":
            self._end_content()
        else:
            self.pop_content(self._summaryKey or "summary")
        self._summaryKey = None

    def _start_content(self, attrs_d) -> None:
        self.hasContent = 1
        self.push_content("content", attrs_d, "text/plain", 1)
        self.push("content", 1)  # sic: pushed twice, popped once

    def _start_body(self, attrs_d) -> None:
        self.push_content("content", attrs_d, "application/xhtml+xml", 1)

    def _start_content_encoded(self, attrs_d) -> None:
        self.hasContent = 1
        self.push_content("content", attrs_d, "text/html", 1)

    def _end_content(self) -> None:
        content_type = self.ctype
        if content_type is None:
            raise _Unsupported("content without a type")
        copy_to_summary = _map_content_type(content_type) in ({"text/plain"} | _HTML_TYPES)
        value = self.pop_content("content")
        if copy_to_summary:
            self._save("summary", value)

    def _start_enclosure(self, attrs_d) -> None:
        attrs_d = _enforce_href(attrs_d)
        attrs_d["rel"] = "enclosure"
        self._get_context().setdefault("links", []).append(attrs_d)

    def _start_source(self, attrs_d) -> None:
        if "url" in attrs_d:
            self.sourcedata["href"] = attrs_d["url"]
        self.push("source", 1)
        self.insource = 1
        self.title_depth = -1

    def _end_source(self) -> None:
        self.insource = 0
        value = self.pop("source")
        if value:
            self.sourcedata["title"] = value
        self._get_context()["source"] = dict(self.sourcedata)
        self.sourcedata.clear()

    def _start_itunes_image(self, attrs_d) -> None:
        self.push("itunes_image", 0)
        href = attrs_d.get("href") or attrs_d.get("url")
        if href:
            self._get_context()["image"] = {"href": href}

    def _start_admin(self, attrs_d) -> None:
        pass  # pushes and pops at once: nothing feedparser keeps is read here


def _content(tag: str, default_type: str):
    """A text construct parse.py never reads (subtitle, rights): pushed and popped for the bookkeeping."""

    def start(self: _Replay, attrs_d) -> None:
        self.push_content(tag, attrs_d, default_type, 1)

    def end(self: _Replay) -> None:
        self.discard(tag)
        self.incontent -= 1
        self.ctype = None

    return start, end


def _pushed(element: str, expecting_text=1):
    """An element whose value parse.py never reads: pushed and popped for the bookkeeping."""

    def start(self: _Replay, attrs_d) -> None:
        self.push(element, expecting_text)

    def end(self: _Replay) -> None:
        self.discard(element)

    return start, end


def _no_push(self: _Replay, attrs_d) -> None:
    pass


R = _Replay
_START: dict = {
    "rss": R._start_rss, "channel": R._start_channel, "feed": R._start_feed,
    "item": R._start_item, "entry": R._start_item, "image": R._start_image,
    "author": R._start_author, "managingeditor": R._start_author, "dc_author": R._start_author,
    "dc_creator": R._start_author, "itunes_author": R._start_author,
    "contributor": R._start_contributor, "dc_contributor": R._start_dc_contributor,
    "name": R._start_name, "itunes_name": R._start_name,
    "email": R._start_email, "itunes_email": R._start_email,
    "url": R._start_url, "homepage": R._start_url, "uri": R._start_url,
    "webmaster": R._start_webmaster, "dc_publisher": R._start_webmaster, "itunes_owner": R._start_itunes_owner,
    "published": R._start_published, "issued": R._start_published, "pubdate": R._start_published,
    "dcterms_issued": R._start_published,
    "updated": R._start_updated, "modified": R._start_updated, "lastbuilddate": R._start_updated,
    "dc_date": R._start_updated, "dcterms_modified": R._start_updated,
    "created": R._start_created, "dcterms_created": R._start_created,
    "category": R._start_category, "keywords": R._start_category, "dc_subject": R._start_category,
    "media_category": R._start_media_category, "itunes_category": R._start_itunes_category,
    "tags": R._start_tags,
    "link": R._start_link, "guid": R._start_guid, "id": R._start_guid,
    "title": R._start_title, "dc_title": R._start_title, "media_title": R._start_title,
    "description": R._start_description, "dc_description": R._start_description,
    "media_description": R._start_description, "abstract": R._start_abstract,
    "summary": R._start_summary, "itunes_summary": R._start_summary,
    "content": R._start_content, "content_encoded": R._start_content_encoded,
    "fullitem": R._start_content_encoded, "body": R._start_body, "xhtml_body": R._start_body,
    "enclosure": R._start_enclosure, "source": R._start_source,
    "itunes_image": R._start_itunes_image, "itunes_link": R._start_itunes_image,
    "cloud": _no_push, "media_content": _no_push, "media_group": _no_push,
}  # fmt: skip
_END: dict = {
    "channel": R._end_channel, "feed": R._end_channel, "item": R._end_item, "entry": R._end_item,
    "image": R._end_image,
    "author": R._end_author, "managingeditor": R._end_author, "dc_author": R._end_author,
    "dc_creator": R._end_author, "itunes_author": R._end_author,
    "contributor": R._end_contributor, "dc_contributor": R._end_dc_contributor,
    "name": R._end_name, "itunes_name": R._end_name,
    "email": R._end_email, "itunes_email": R._end_email,
    "url": R._end_url, "homepage": R._end_url, "uri": R._end_url,
    "webmaster": R._end_webmaster, "dc_publisher": R._end_webmaster, "itunes_owner": R._end_itunes_owner,
    "published": R._end_published, "issued": R._end_published, "pubdate": R._end_published,
    "dcterms_issued": R._end_published,
    "updated": R._end_updated, "modified": R._end_updated, "lastbuilddate": R._end_updated,
    "dc_date": R._end_updated, "dcterms_modified": R._end_updated,
    "created": R._end_created, "dcterms_created": R._end_created,
    "category": R._end_category, "keywords": R._end_category, "dc_subject": R._end_category,
    "media_category": R._end_category, "itunes_category": R._end_category,
    "itunes_keywords": R._end_itunes_keywords, "media_keywords": R._end_media_keywords, "tags": R._end_tags,
    "link": R._end_link, "guid": R._end_guid, "id": R._end_guid,
    "title": R._end_title, "dc_title": R._end_title, "media_title": R._end_media_title,
    "description": R._end_description, "dc_description": R._end_description,
    "media_description": R._end_description, "abstract": R._end_description,
    "summary": R._end_summary, "itunes_summary": R._end_summary,
    "content": R._end_content, "content_encoded": R._end_content, "fullitem": R._end_content,
    "body": R._end_content, "xhtml_body": R._end_content,
    "source": R._end_source,
}  # fmt: skip
# Harmless elements with handlers: they push and pop names parse.py never reads.
for _names, (_start, _end) in {
    ("subtitle", "tagline", "itunes_subtitle"): _content("subtitle", "text/plain"),
    ("rights", "copyright", "dc_rights"): _content("rights", "text/plain"),
    ("info", "feedburner_browserfriendly"): _content("info", "text/plain"),
    ("generator",): _pushed("generator"),
    ("language", "dc_language"): _pushed("language"),
    ("width",): _pushed("width", 0),
    ("height",): _pushed("height", 0),
    ("newlocation",): _pushed("newlocation"),
    ("expirationdate",): _pushed("expired"),
    ("media_thumbnail",): _pushed("url"),
    ("media_rating",): _pushed("rating"),
    ("media_credit",): _pushed("credit"),
    ("media_restriction",): _pushed("restriction"),
    ("media_license",): _pushed("license"),
    ("media_player",): _pushed("media_player", 0),
    ("dcterms_valid",): _pushed("validity"),
}.items():
    for _name in _names:
        _START[_name], _END[_name] = _start, _end
_END["itunes_image"] = _END["itunes_link"] = _pushed("itunes_image", 0)[1]
_START["admin_generatoragent"] = _START["admin_errorreportsto"] = R._start_admin
# Elements whose only handler is an end handler: they start generically.
_GENERIC_START = frozenset({"itunes_keywords", "media_keywords", "itunes_block", "itunes_explicit"})
for _name in ("itunes_block", "itunes_explicit"):
    _END[_name] = _pushed(_name)[1]
# Generic elements (no handler) whose value parse.py reads.
_KEPT_GENERIC = frozenset({"ttl", "feedburner_origlink"})
_SKIPPED_DIV, _INLINE = object(), object()  # what start() tells end()
del R, _names, _start, _end, _name


def _is_base64(attrs_d, content_type: str) -> bool:
    if attrs_d.get("mode", "") == "base64":
        return True
    return not (content_type.startswith("text/") or content_type.endswith("+xml") or content_type.endswith("/xml"))


def _enforce_href(attrs_d: dict) -> dict:
    href = attrs_d.get("url", attrs_d.get("uri", attrs_d.get("href")))
    if href:
        attrs_d.pop("url", None)
        attrs_d.pop("uri", None)
        attrs_d["href"] = href
    return attrs_d


def _resolve(base: str, uri: str) -> str:
    """feedparser's resolve_uri: _urljoin(base, uri), without its cost when there is no base."""
    m = _urifixer.match(uri)
    if m is not None and m.end(2) > m.end(1):
        uri = uri[: m.end(1)] + uri[m.end(2) :]  # "http:///x" -> "http://x", as _urifixer.sub does
    if not base:
        return uri  # urljoin("", uri) is uri
    if _PLAIN_ABSOLUTE_URL.fullmatch(uri) and joinable_base(base):
        return uri  # what urljoin makes of it (issue 8: it took 2% of read_feed)
    try:
        return urllib.parse.urljoin(base, uri)
    except ValueError:
        return ""


# An absolute URL that urljoin returns as it is, whatever the base: a lowercase
# http(s) scheme, no user, port or path parameters (an empty ";" one would be
# dropped), no empty query or fragment (dropped too), nothing urlsplit strips.
_PLAIN_ABSOLUTE_URL = re.compile(
    r"https?://[A-Za-z0-9.-]+(?:/[-A-Za-z0-9._~!$&'()*+,=:@%/]*)?"
    r"(?:\?[-A-Za-z0-9._~!$&'()*+,=:@%/?;]+)?(?:#[-A-Za-z0-9._~!$&'()*+,=:@%/?;#]+)?"
)


# Dates: feedparser tries a chain of parsers (W3DTF first, then RFC 822, ...).
# The two forms nearly every feed uses are read here with the same arithmetic
# as feedparser's own parser for them (and only when no earlier parser in its
# chain could read them); anything else goes to the chain.
_RFC822 = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun), )?(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) (\d{4}) "
    r"(\d{2}):(\d{2}):(\d{2}) (?:([+-])(\d{2})(\d{2})|gmt|ut|z)",
    re.IGNORECASE,
)
_W3DTF = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:([+-])(\d{2}):(\d{2})|Z)?", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _parse_date(value: str | None):
    """feedparser.datetimes._parse_date, quicker for RFC 822 and W3DTF dates."""
    if value:
        # (only a W3DTF date has a "-" there, and it never has one in RFC 822)
        if value[4:5] == "-":
            m = _W3DTF.fullmatch(value)
            if m is not None:
                year, month, day, hour, minute, second, sign, tzh, tzm = m.groups()
        else:
            m = _RFC822.fullmatch(value)
            if m is not None:
                day, month, year, hour, minute, second, sign, tzh, tzm = m.groups()
                month = _MONTHS[month.lower()]
        if m is not None:
            try:
                stamp = datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
                if sign and (tzh != "00" or tzm != "00"):  # (a timedelta costs more than the rest)
                    offset = datetime.timedelta(0, int(tzh) * 3600 + int(tzm) * 60)
                    stamp = stamp + offset if sign == "-" else stamp - offset
                return stamp.utctimetuple()
            except (ValueError, OverflowError):
                pass  # the rest of feedparser's chain may still read it
    return _feedparser_parse_date(value)


def _escape(text: str) -> str:
    """xml.sax.saxutils.escape, which feedparser applies to text in XHTML content."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _strattrs(attrs) -> str:
    """feedparser's strattrs: xml.sax.saxutils.escape(v, {'"': "&quot;"}) for each value."""
    return "".join(f' {k}="{_escape(v).replace(chr(34), "&quot;")}"' for k, v in attrs)


def _strip_enclosing_div(pieces: list[str]) -> list[str]:
    """Atom XHTML content: drop the wrapping <div> when everything is inside it."""
    pieces = list(pieces)
    while pieces and len(pieces) > 1 and not pieces[-1].strip():
        del pieces[-1]
    while pieces and len(pieces) > 1 and not pieces[0].strip():
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
    return pieces
