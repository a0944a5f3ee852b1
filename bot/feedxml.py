"""RSS 0.9x/1.0/2.0, RDF and Atom 0.3/1.0 elements (an lxml tree) to the keys of
``feedparser.parse``'s result that parse.py reads, for bot/fastparse.py.

One walk over the document, with the state feedparser keeps while it reads:
the feed or the entry being read, the depth of the element that gave each
entry key (the shallowest wins, so a title in an entry's media group does not
replace the entry's own), the first non-empty title (a later or deeper one does
not replace it), whether the entry has content yet (a second description is the
content), the guid that stands in for a missing link, the xml:base in force.
Elements are named as feedparser names them ("dc_creator", "media_title"), by
namespace, whatever prefix the document gives it. Authors and tags are in
bot/feedmeta.py, text repairs and XHTML in bot/feedtext.py.

Anything else that feedparser acts on declines (feedtext.Decline): textinput,
contributors, an element inside a date, markup inside plain text, ...

One deliberate difference (tests/test_fastparse.py, DIFFERENCES): a Media RSS
<media:description> inside an entry is about a photo or a video (a caption),
not the entry. feedparser reads it as the entry's description, so that a
caption before the entry's own <description> becomes the summary and pushes
the description into the content (and one after it becomes the content).
Here an entry's captions are set aside while it is read; only an entry with no
text of its own (no description, summary or content but an empty one: a
YouTube entry's out-of-line <content src="…"/>) reads them, at its end, as
feedparser reads them (a YouTube entry's only text is its media:description).
parse.py gives feedparser the same rule.
"""

from __future__ import annotations

import binascii
import contextlib
import re

from . import feedmeta
from .feedmeta import AUTHOR_PARTS, KEYWORDS
from .feednames import element_name, namespaces
from .feedtext import XHTML, Decline, base_in, clean, content_type, has_own_text, looks_like_html, resolve, xhtml

__all__ = ["Reader"]

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
# Text elements whose value parse.py never reads: skipped whole, as long as they hold only text.
_OTHER_TEXT = {"subtitle", "tagline", "itunes_subtitle", "rights", "copyright", "dc_rights", "info", "feedburner_browserfriendly"}  # fmt: skip
# feedparser elements read here that this module does not replay: their handlers change what parse.py reads
# (a context, a title's depth, a key it reads). _SAVED: kept as text (ttl, origLink, release notes, Yandex's text, a pin).
_DECLINED = {"textinput", "abstract", "contributor", "dc_contributor", "tags", "links", "title_detail", "summary_detail", "authors",
             "author_detail", "guidislink", "entries", "creativecommons_license", "cc_license", "license"}  # fmt: skip
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_AMP_NAME = re.compile("&([A-Za-z0-9_]+);")
_SAVED = ("ttl", "feedburner_origlink", "feedburner_origenclosurelink", "pheedo_origlink", "sparkle_releasenoteslink", "releasenoteslink", "turbo_content", "yandex_full-text", "discourse_topicpinned")  # fmt: skip


class Reader:
    """One document's walk: the state feedparser keeps while it reads, for the elements read here."""

    def __init__(self, root):
        self.root = root
        self.names: dict = {}
        self.prefixes, self.version = namespaces(root)  # (namespace -> the document's first prefix for it)
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
        self.captions: list[tuple] = []  # the entry's media:descriptions, set aside (module docstring), and contents

    def result(self) -> dict:
        self.element(self.root, 1)
        return {"version": self.version, "bozo": False, "feed": self.feed, "entries": self.entries}

    def name(self, tag) -> str:
        name = self.names.get(tag)
        if name is None:
            name = self.names[tag] = element_name(tag, self.prefixes)
        return name

    # -- the walk

    def element(self, el, depth: int) -> None:
        name = self.name(el.tag)
        self.enter(el)
        handler = _HANDLERS.get(name)
        if handler is not None:
            handler(self, el, name, depth)
        elif name in _DECLINED or name.startswith(("atom_", "xml_")):
            raise Decline(f"<{name}>")
        else:
            self.generic(el, name, depth)
        self.leave()

    def children(self, el, depth: int) -> None:
        for child in el:
            self.element(child, depth + 1)

    def enter(self, el) -> None:
        base = el.get("{http://www.w3.org/XML/1998/namespace}base", el.get("base")) if el.attrib else None
        if base is not None or self.base:
            self.base = base_in(self.base, base or self.base)
        if self.base or self.bases:
            self.bases.append(self.base)

    def leave(self) -> None:
        bases = self.bases
        if bases:
            bases.pop()
            if bases and bases[-1]:
                self.base = bases[-1]  # (sic: an element's base outlives it when none encloses it)

    def generic(self, el, name: str, depth: int) -> None:
        if el.attrib and name in _SAVED:
            raise Decline(f"<{name}> with attributes")
        if name in _SAVED:
            if len(el):
                raise Decline(f"<{name}> with elements inside")
            self.save(name, clean((el.text or "").strip()), depth)
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
            raise Decline("CDF attributes")
        self.infeed = True
        self.children(el, depth)
        self.infeed = False

    def item(self, el, name, depth) -> None:
        if self.entry is not None:
            raise Decline("an entry inside an entry")
        if el.get("lastmod") is not None or el.get("href") is not None:
            raise Decline("CDF attributes")
        self.entry, self.depths, self.guidislink, self.title_depth = {}, {}, False, -1
        self.entries.append(self.entry)
        if about := el.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"):
            self.entry["id"] = about
        had_content, self.captions = self.has_content, []
        self.children(el, depth)
        if any(name == "media_description" for _, name, _ in self.captions) and not has_own_text(self.entry):
            for key in ("summary", "summary_detail", "content"):  # read again in order, as feedparser does
                self.entry.pop(key, None), self.depths.pop(key, None)
            self.has_content = had_content
            for part, name, at in list(self.captions):
                (self.read_description if name == "media_description" else self.content)(part, name, at)
        self.entry, self.has_content = None, False

    def image(self, el, name, depth) -> None:
        """The feed's image: its title and link are the image's, not the feed's."""
        self.title_depth = -1
        if self.entry is not None:
            return self.entry_image(el, depth)
        for child in el:
            local = self.name(child.tag)
            if local not in ("title", "link", "description", "url", "href", "width", "height") or len(child):
                raise Decline(f"<{local}> in an image")
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
                raise Decline(f"<{name}> in an entry's image")

    def text(self, el, default: str) -> tuple[str, str]:
        """The text and content type of a text element (title, summary, content) as feedparser pops it."""
        ctype = content_type(el.get("type", default))
        mode = el.get("mode")
        base64 = mode == "base64" or not ctype.startswith("text/") and not ctype.endswith(("+xml", "/xml"))
        if len(el) and (base64 or mode is not None):
            raise Decline("elements inside base64 or mode= content")
        if len(el):
            if ctype != XHTML:
                raise Decline("markup inside a text element")
            value = xhtml(el, self.name, _HANDLED, self.version == "atom10")
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
            and looks_like_html(value)
        ):
            ctype = "text/html"
        return clean(value), ctype

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
        if name == "media_description" and self.entry is not None:
            self.text(el, "text/html")  # (for its checks: it declines what feedparser would read otherwise)
            self.captions.append((el, name, depth))  # read at the entry's end if the entry has no text of its own
            return
        self.read_description(el, name, depth)

    def read_description(self, el, name, depth) -> None:
        """A description, summary or (caption) media:description, as feedparser reads it."""
        if "summary" in self.context and not self.has_content:  # a second description is the content
            if self.entry is not None:
                return self.content(el, "content", depth)
            self.has_content = True  # (sic: until the first entry ends)
            self.text(el, "text/plain")
            return
        value, ctype = self.text(el, "text/html" if name in _DESCRIPTION else "text/plain")
        if self.entry is not None:
            self.save("summary", value, depth)
            self.entry["summary_detail"] = {"type": ctype}
        elif self.infeed and name in _SUMMARY:
            self.feed["summary"] = value

    def content(self, el, name, depth) -> None:
        if self.entry is None:
            raise Decline("content outside an entry")
        self.has_content = True
        self.captions.append((el, name, depth))  # (their order, for an entry that only has captions)
        value, ctype = self.text(el, _CONTENT.get(name, "text/plain"))
        self.entry.setdefault("content", []).append({"type": ctype, "value": value})
        if ctype == "text/plain" or ctype in _HTML_TYPES:
            self.entry.setdefault("summary", value)

    def body(self, el, name, depth) -> None:
        """XHTML content: an entry's content; outside one (an OPML body), nothing parse.py reads."""
        if self.entry is not None:
            raise Decline("an XHTML body in an entry")
        if any(self.name(d.tag) in _HANDLED for d in el.iterdescendants()):
            raise Decline("an element feedparser handles inside a body")

    def other_text(self, el, name, depth) -> None:
        if len(el) and content_type(el.get("type") or "") != XHTML:
            raise Decline("markup inside a text element")
        if len(el):
            xhtml(el, self.name, _HANDLED, False)  # (for its checks)

    def date(self, el, name, depth) -> None:
        if len(el):
            raise Decline("a date with elements inside")
        self.save(_DATES[name], clean((el.text or "").strip()), depth)

    def link(self, el, name, depth) -> None:
        if len(el):
            raise Decline("a link with elements inside")
        attrs = _attributes(el)
        attrs.setdefault("rel", "alternate")
        attrs.setdefault("type", "application/atom+xml" if attrs["rel"] == "self" else "text/html")
        href = attrs.get("url", attrs.get("uri", attrs.get("href")))
        if href:
            attrs.pop("url", None), attrs.pop("uri", None)
            attrs["href"] = href
        if "href" in attrs:  # (an empty one too: it is the base)
            attrs["href"] = resolve(self.base, attrs["href"])
        if self.entry is None and not self.infeed:
            return
        context = self.context
        context.setdefault("links", []).append(attrs)
        if "href" in attrs:
            if attrs["rel"] == "alternate" and content_type(attrs["type"]) in _HTML_TYPES:
                context["link"] = attrs["href"]
            return
        value = (el.text or "").strip()
        value = resolve(self.base, value) if value else value
        value = clean(value)
        if self.entry is not None:
            if "&" in value:
                value = _AMP_NAME.sub(r"&\g<1>", value.replace("&amp;", "&"))
            self.entry["link"] = value
        else:
            self.feed["link"] = _AMP_NAME.sub(r"&\g<1>", value) if "&" in value else value
        if value or self.entry is None:
            context["links"][-1]["href"] = value

    def enclosure(self, el, name, depth) -> None:
        """An RSS enclosure: one of the entry's links, of rel "enclosure" (as feedparser files it)."""
        if self.entry is not None:
            attrs = _attributes(el)
            if href := attrs.get("url", attrs.get("uri", attrs.get("href"))):
                attrs.pop("url", None), attrs.pop("uri", None)
                attrs["href"] = href
            self.entry.setdefault("links", []).append(attrs | {"rel": "enclosure"})
        self.children(el, depth)

    def guid(self, el, name, depth) -> None:
        if len(el):
            raise Decline("a guid with elements inside")
        given = [v for k, v in el.attrib.items() if k.lower() == "ispermalink"]
        self.guidislink = (given[0] if given else "true") == "true"
        value = (el.text or "").strip()
        if value and self.guidislink:
            value = resolve(self.base, value)
        value = clean(value)
        self.save("id", value, depth)
        if self.entry is None and not self.infeed:
            return
        context = self.context
        context.setdefault("guidislink", self.guidislink and "link" not in context)
        if self.guidislink:
            context.setdefault("link", value)

    def source(self, el, name, depth) -> None:
        if len(el):
            raise Decline("a source with elements inside")
        self.title_depth = -1
        self.context["source"] = {"title": clean((el.text or "").strip())}  # (the publisher: Google News', set33 F1)

    def ignored(self, el, name, depth) -> None:
        if len(el) and name not in ("media_group", "media_content"):
            raise Decline(f"<{name}> with elements inside")
        self.children(el, depth)


def _attributes(el) -> dict:
    """An element's attributes as feedparser's strict parser gives them: names lowered, rel and type too."""
    attrs: dict = {}
    for key, value in el.attrib.items():
        if key[0] != "{":
            attrs.setdefault(key.lower(), value)
    for key in ("rel", "type"):
        if attrs.get(key):
            attrs[key] = attrs[key].lower()
    return attrs


_R = Reader
_HANDLERS: dict = {"body": _R.body, "xhtml_body": _R.body,"itunes_owner": feedmeta.owner, "webmaster": _R.ignored, "dc_publisher": _R.ignored,"rss": _R.rss, "channel": _R.channel, "feed": _R.channel, "image": _R.image,
                   "link": _R.link, "enclosure": _R.enclosure, "guid": _R.guid, "id": _R.guid, "source": _R.source,
                   "itunes_category": feedmeta.category}  # fmt: skip
for _names, _handler in (
    (_ENTRY, _R.item), (_TITLE, _R.title), (_DESCRIPTION, _R.description), (_SUMMARY, feedmeta.summary), (_CONTENT, _R.content),
    (_OTHER_TEXT, _R.other_text), (_DATES, _R.date), (_AUTHOR, feedmeta.author), (_CATEGORY, feedmeta.category),
    (KEYWORDS, feedmeta.keywords), (AUTHOR_PARTS, feedmeta.part),
    (("generator", "language", "dc_language", "width", "height", "newlocation", "expirationdate",
      "media_thumbnail", "media_content", "media_group", "media_rating", "media_credit", "media_restriction",
      "media_license", "media_player", "dcterms_valid", "cloud", "itunes_image", "itunes_link",
      "itunes_block", "itunes_explicit", "admin_generatoragent", "admin_errorreportsto"), _R.ignored),
):  # fmt: skip
    for _name in _names:
        _HANDLERS[_name] = _handler
del _R, _names, _handler, _name
# Names feedparser acts on (at their end): inside XHTML content, where it would act mid-content, they decline.
_HANDLED = frozenset(_HANDLERS) | _DECLINED | {"psc_chapters", "psc_chapter"}
