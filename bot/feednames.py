"""Element names as feedparser gives them, for bot/feedxml.py: "prefix_local", the prefix
by namespace (its documented list: the formats' own namespaces give bare names, the
modules their usual prefix), else the prefix the document gives an unknown namespace;
and the format version the namespaces declare.
"""

from __future__ import annotations

import lxml.etree

from .feedtext import Decline

__all__ = ["element_name", "namespaces"]

# Namespaces by URI (lowercased), as feedparser names their elements (its documented list
# of namespaces): the formats' own give bare names ("title"), modules a prefix ("dc_creator").
_CORE = (
    "", "http://backend.userland.com/rss", "http://blogs.law.harvard.edu/tech/rss", "http://purl.org/rss/1.0/",
    "http://my.netscape.com/rdf/simple/0.9/", "http://example.com/newformat#", "http://example.com/necho",
    "http://purl.org/echo/", "uri/of/echo/namespace#", "http://purl.org/pie/", "http://purl.org/atom/ns#",
    "http://www.w3.org/2005/atom", "http://purl.org/rss/1.0/modules/rss091#",
)  # fmt: skip
_MODULES = {
    "http://webns.net/mvcb/": "admin", "http://purl.org/rss/1.0/modules/aggregation/": "ag",
    "http://purl.org/rss/1.0/modules/annotate/": "annotate", "http://media.tangent.org/rss/1.0/": "audio",
    "http://backend.userland.com/blogchannelmodule": "blogChannel",
    "http://creativecommons.org/ns#license": "cc", "http://web.resource.org/cc/": "cc",
    "http://cyber.law.harvard.edu/rss/creativecommonsrssmodule.html": "creativeCommons",
    "http://backend.userland.com/creativecommonsrssmodule": "creativeCommons",
    "http://purl.org/rss/1.0/modules/company": "co", "http://purl.org/rss/1.0/modules/content/": "content",
    "http://my.theinfo.org/changed/1.0/rss/": "cp", "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms", "http://purl.org/rss/1.0/modules/email/": "email",
    "http://purl.org/rss/1.0/modules/event/": "ev", "http://rssnamespace.org/feedburner/ext/1.0": "feedburner",
    "http://freshmeat.net/rss/fm/": "fm", "http://xmlns.com/foaf/0.1/": "foaf",
    "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo", "http://www.georss.org/georss": "georss",
    "http://www.opengis.net/gml": "gml", "http://postneo.com/icbm/": "icbm",
    "http://purl.org/rss/1.0/modules/image/": "image", "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
    "http://example.com/dtds/podcast-1.0.dtd": "itunes", "http://purl.org/rss/1.0/modules/link/": "l",
    "http://search.yahoo.com/mrss": "media", "http://search.yahoo.com/mrss/": "media",
    "http://madskills.com/public/xml/rss/module/pingback/": "pingback",
    "http://prismstandard.org/namespaces/1.2/basic/": "prism",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf", "http://www.w3.org/2000/01/rdf-schema#": "rdfs",
    "http://purl.org/rss/1.0/modules/reference/": "ref", "http://purl.org/rss/1.0/modules/richequiv/": "reqv",
    "http://purl.org/rss/1.0/modules/search/": "search", "http://purl.org/rss/1.0/modules/slash/": "slash",
    "http://schemas.xmlsoap.org/soap/envelope/": "soap",
    "http://purl.org/rss/1.0/modules/servicestatus/": "ss",
    "http://hacks.benhammersley.com/rss/streaming/": "str",
    "http://purl.org/rss/1.0/modules/subscription/": "sub",
    "http://purl.org/rss/1.0/modules/syndication/": "sy",
    "http://schemas.pocketsoap.com/rss/mydescmodule/": "szf",
    "http://purl.org/rss/1.0/modules/taxonomy/": "taxo", "http://purl.org/rss/1.0/modules/threading/": "thr",
    "http://purl.org/rss/1.0/modules/textinput/": "ti",
    "http://madskills.com/public/xml/rss/module/trackback/": "trackback",
    "http://wellformedweb.org/commentapi/": "wfw", "http://purl.org/rss/1.0/modules/wiki/": "wiki",
    "http://www.w3.org/1999/xhtml": "xhtml", "http://www.w3.org/1999/xlink": "xlink",
    "http://www.w3.org/xml/1998/namespace": "xml", "http://podlove.org/simple-chapters": "psc",
}  # fmt: skip
_NS = {uri: "" for uri in _CORE} | _MODULES
_VERSION_NS = {"http://purl.org/rss/1.0/": "rss10", "http://www.w3.org/2005/atom": "atom10"}
_NETSCAPE_090 = "http://my.netscape.com/rdf/simple/0.9/"


def namespaces(root) -> tuple[dict[str, str], str]:
    """(namespace -> the first prefix the document gives it, the version its namespaces say)."""
    prefixes: dict[str, str] = {}
    bound: dict = {}
    declared = [ns for _, ns in lxml.etree.iterwalk(root, events=("start-ns",))]
    for prefix, uri in declared:
        if prefix and bound.setdefault(prefix, uri) != uri:
            raise Decline("a prefix bound to two namespaces")
        if prefix:
            prefixes.setdefault(uri, prefix)
    below = declared[len(root.nsmap) :]
    found = {_VERSION_NS[u.lower()] for u in root.nsmap.values() if u.lower() in _VERSION_NS}
    versions = [uri for _, uri in below if uri.lower() in _VERSION_NS or uri == _NETSCAPE_090]
    if versions and not found and element_name(root.tag, prefixes) not in ("rss", "feed"):
        raise Decline("a format's namespace declared below the root")
    if root.nsmap.get(None) == _NETSCAPE_090:
        found.add("rss090")
    if len(found) > 1:
        raise Decline("the namespaces of two versions")  # feedparser takes the first declared
    return prefixes, found.pop() if found else ""


def element_name(tag, prefixes: dict[str, str]) -> str:
    """feedparser's name for an lxml tag: "title", "dc_creator", "media_title"."""
    if not isinstance(tag, str):
        raise Decline("an entity reference")
    namespace, _, local = tag[1:].rpartition("}") if tag[0] == "{" else ("", "", tag)
    lower = namespace.lower()
    if "backend.userland.com/rss" in lower:
        lower = "http://backend.userland.com/rss"
    prefix = _NS.get(lower)
    if prefix is None:
        prefix = prefixes.get(namespace, "")  # the document's own prefix, or none for a default namespace
    return (prefix.lower() + "_" if prefix else "") + local.lower()
