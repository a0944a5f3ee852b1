"""Canonical links: the article's own address, whatever the feed wrapped it in.

Pure functions over strings, no I/O. A feed's link may be a redirector that
carries the article's address in a parameter (Google Alerts' ``/url?url=…``, a
site's click counter), or carry parameters that only track the reader
(``utm_*``, ``fbclid``, ``?source=rss``). ``canonical_url`` unwraps the first
and drops the second: the result is what is stored, posted, de-duplicated
and searched. General rules only, never a rule for one site.

Why not courlan (installed with trafilatura, Apache-2.0) for the tracking parameters: its tracker pattern drops
parameters that select content (``uid``, ``source`` and ``ref`` whatever their value, anything ending in ``id`` after
an underscore), it sorts and re-quotes every query (which would change stored links and break deduplication against
them), and importing it loads urllib3 and tld (~0.15 s) in every parse worker. The list here follows the ClearURLs
project's global rules, minus the ones that can select content.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from .pathtargets import path_target
from .spelledlinks import may_spell, spelled_target

# How many redirectors deep a link is unwrapped (a redirector's target may be another one).
MAX_UNWRAP = 4

# Query parameters that only track the reader, never select content (whatever their value).
_TRACKING_PARAMS = frozenset(
    ["fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "srsltid", "igshid",
     "_hsenc", "_hsmi", "__hsfp", "__hssc", "__hstc", "hsctatracking", "mkt_tok", "ocid", "ncid", "cmpid", "_ga",
     "_gl", "li_fat_id", "wt.mc_id", "wt_mc", "wt_zmc", "wtmc", "wtrid", "s_cid", "soc_src", "soc_trk", "at_medium",
     "at_campaign", "ito", "__s", "vero_id", "vero_conv", "oly_enc_id", "oly_anon_id", "rb_clickid", "sr_share",
     "spm", "guccounter", "guce_referrer", "guce_referrer_sig", "_openstat", "fb_action_ids", "fb_action_types",
     "fb_source", "fb_ref", "action_object_map", "action_type_map", "action_ref_map", "gs_l", "os_ehash",
     "__twitter_impression", "ref_src", "ref_url", "echobox", "tracking_source", "ml_subscriber",
     "ml_subscriber_hash", "wickedid", "xtor", "itm_campaign", "itm_medium", "itm_source", "itm_content",
     "itm_term", "pk_campaign", "pk_kwd", "pk_keyword", "pk_source", "pk_medium", "pk_content", "pk_cid",
     # campaign codes: Deutsche Welle's feeds ("maca=en-rss-en-all-1573-rdf"), Google Ads, the New York
     # Times' and Condé Nast's share links, comScore (ns_), AT Internet's custom tags, Adobe (sc_), LinkedIn
     "maca", "gad_source", "gad_campaignid", "smid", "cndid", "mbid", "ns_mchannel", "ns_source", "ns_campaign",
     "ns_linkname", "ns_fee", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "sc_campaign", "sc_channel",
     "sc_content", "sc_medium", "sc_outcome", "sc_geo", "sc_country", "trk", "trkcampaign",
     # CBS Interactive's (CNET, ZDNet, CBS News) feed and share tag ("?ftag=CAD-01-10abi2f"; ClearURLs lists it)
     "ftag"]
)  # fmt: skip
# Name prefixes of campaign parameters: Google Analytics (utm_, and ga_ as ClearURLs
# lists it), Matomo (mtm_), Mailchimp (mc_), Adobe/Marketo-style campaign tags (otm_, hmb_).
_TRACKING_PREFIXES = ("utm_", "ga_", "mtm_", "mc_", "otm_", "hmb_")
# Parameters that say where the reader came from, or select content: dropped only
# when the value marks a feed ("?source=rss", "?ref=rss", "?mod=rss_technology",
# "?from=feedburner"), never otherwise ("?source=lwn" may pick an edition).
_FEED_MARKED_PARAMS = frozenset(
    ["source", "src", "ref", "referrer", "from", "feed", "cmp", "via", "mod", "medium", "campaign", "origin",
     "partner", "channel", "ex_cid", "sc_cid", "rss"]
)  # fmt: skip
# Words that, as a whole word of such a parameter's value, mark a feed.
_FEED_WORDS = frozenset(
    ["rss", "rss2", "rss20", "rssfeed", "rssfeeds", "atom", "feed", "feeds", "feedburner", "feedly", "inoreader",
     "newsblur", "syndication", "newsreader", "feedreader"]
)  # fmt: skip
_WORDS = re.compile(r"[a-z0-9]+")
# Parameters of a redirector that hold its target: "url" (Google, Bing News, most click counters), "u" (Facebook's
# l.php, share links), "q" (Google's and YouTube's /url and /redirect), "to", "target", "dest", "destination",
# "redirect", "redirect_url", "redirect_to", "link", "goto", "out" (counters and "out" links).
# Not "next", "return", "continue" and their kin: those are where a login or a
# form goes back to, and the outer page is the one the feed meant.
_REDIRECT_PARAMS = frozenset(
    ["url", "u", "q", "to", "target", "dest", "destination", "redirect", "redirect_url", "redirect_to", "redirecturl",
     "link", "goto", "out", "adurl"]
)  # fmt: skip
# Any of these (or a tracking prefix) in a query sends canonical_url the long way.
_SPECIAL_PARAMS = _TRACKING_PARAMS | _FEED_MARKED_PARAMS | _REDIRECT_PARAMS | {"action"}  # ("action=click")
# An article's own address: its last path segment is a slug of three or more
# words ("/2024/05/how-we-did-it"). Such a link is the article even when a
# parameter holds another URL (a "via" link, an image): never unwrapped.
_SLUG = re.compile(r"[^/]*[A-Za-z0-9][-_][A-Za-z0-9]+[-_][A-Za-z0-9][^/]*/?\Z")
_ABSOLUTE_WEB = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s\\]*[A-Za-z0-9]")
_ENCODED_WEB = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?%3[Aa]", re.ASCII)

# Characters that render as nothing or that no URL holds: controls, zero-width
# marks, BOM, bidi overrides and isolates, lone surrogates, U+FFFE and U+FFFF
# (clean.py's _NOT_XML_OR_INVISIBLE: tab and newline stay, urlsplit drops them).
_NOT_IN_URLS = re.compile(
    "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\ufeff\ud800-\udfff\ufffe\uffff]"
)
_TRACKING_FRAGMENT = ("utm", "xtor")


def _tracking_fragment(fragment: str) -> bool:
    """A fragment that tracks ("#utm…", "#xtor=RSS-8", "#tk.rss_all"), not a place in the page."""
    low = fragment.lower()
    return low.startswith(_TRACKING_FRAGMENT) or ("rss" in low or "feed" in low) and _marks_a_feed(low)


def canonical_url(link: str | None, base: str = "", notes: list[str] | None = None) -> str:
    """An absolute http(s) URL: redirectors unwrapped, tracking parameters removed; "" when there is none.

    ``javascript:``, ``data:`` and other non-web schemes are refused: a feed
    must never be able to put them behind a headline. With ``notes``, a short
    line is appended for each change made ("link: unwrapped from a redirect
    (www.google.com, parameter url)", "link: tracking parameters removed (utm_source)").
    """
    if not link:
        return ""
    link = _NOT_IN_URLS.sub("", link).strip()
    # Issue 8: most links are plain "https://host/path", for which everything
    # below (urljoin, urlsplit, the hostname and port properties, the query)
    # comes down to lowercasing the scheme and the host.
    simple = _SIMPLE_URL.fullmatch(link)
    if simple and (not base or joinable_base(base)):
        scheme, host, path, query, fragment = simple.groups()
        url = scheme.lower() + "://" + host.lower() + (path or "/")
        if path and _may_hold_target(path) and _path_target(path):
            simple = None  # a click counter with its target in the path: unwrapped below
        elif query is not None:
            # Without "%" or "+", _without_tracking's names are the text before each "=".
            if any(
                _is_special(k) or _is_feed_value(k, v) for k, _, v in (f.partition("=") for f in query.split("&") if f)
            ):
                simple = None  # the query is read below: tracking, a feed marker or a redirector's target
            else:
                url += "?" + query
        if fragment is not None and not _tracking_fragment(fragment):
            url += "#" + fragment
        if simple:
            return url
    return _canonical_long(link, base, notes, MAX_UNWRAP)


def _canonical_long(link: str, base: str, notes: list[str] | None, unwraps: int) -> str:
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
    if unwraps > 0 and _may_hold_target(parts.path):
        inner = _path_target(parts.path)
        if inner is not None:
            inner_notes = None if notes is None else [f"link: unwrapped from a redirect ({netloc}, its path)"]
            # A target written out in the path is followed by its own query; an encoded one
            # is whole, and the query is the redirector's ("?oc=5").
            query = f"?{parts.query}" if parts.query and inner in unquote(parts.path) else ""
            found = _canonical_long(inner + query, "", inner_notes, unwraps - 1)
            if found:
                if notes is not None and inner_notes is not None:
                    notes.extend(inner_notes)
                return found
    if parts.query and unwraps > 0:
        target = _redirect_target(parts.query, parts.path)
        if target is not None:
            key, inner = target
            inner_notes = None if notes is None else [f"link: unwrapped from a redirect ({netloc}, parameter {key})"]
            found = _canonical_long(inner, "", inner_notes, unwraps - 1)
            if found:
                if notes is not None and inner_notes is not None:
                    notes.extend(inner_notes)
                return found
    # No user name: "https://trusted.example@evil.example/" is evil.example, and says so.
    query, removed = _without_tracking(parts.query)
    fragment = parts.fragment
    if _tracking_fragment(fragment):
        fragment = ""
    if notes is not None and removed:
        notes.append("link: tracking parameters removed (" + ", ".join(dict.fromkeys(removed)) + ")")
    path = _quote_spaces(parts.path) or "/"
    return urlunsplit((scheme, netloc, path, _quote_spaces(query), _quote_spaces(fragment)))


_AMP = re.compile(r"^(?:amp;)+", re.IGNORECASE)


def _without_tracking(query: str) -> tuple[str, list[str]]:
    """The query without its tracking parameters, and their names. Only their "name=value" fields go: the others
    stay as written, byte for byte (no parse and re-encode, which would turn "sid=05/11/19/2014233" into
    "sid=05%2F11%2F19%2F2014233", another URL for the same page). A query that says it records a click
    ("action=click"; the New York Times', set31 F3) also loses the fields that say where: _CLICK_FIELDS."""
    if not query:
        return query, []
    kept: list[str] = []
    removed: list[str] = []
    clicked = "action=click" in query.lower().split("&")
    for field in query.split("&"):
        if not field:
            continue
        key, _, value = field.partition("=")
        key, value = unquote(key.replace("+", " ")), unquote(value.replace("+", " "))
        if is_tracking_parameter(key, value) or clicked and key.lower() in _CLICK_FIELDS:
            removed.append(key)
        else:
            kept.append(field)
    # (a field after "&amp;", escaped once too often, "?feedType=RSS&amp;feedName=world": its name once its
    # "&" is gone, not "?amp;feedName=world")
    return (query if not removed else "&".join(_AMP.sub("", field) for field in kept)), removed


def _redirect_target(query: str, path: str) -> tuple[str, str] | None:
    """(parameter, absolute http(s) URL) when the query carries a redirector's target.

    The value must be a whole absolute web address (once or twice
    percent-encoded): "?q=search+terms" or "?url=/local" are not targets. A
    link whose own path ends in an article's slug is the article: kept."""
    for field in query.split("&"):
        key, eq, value = field.partition("=")
        if not eq or unquote(key.replace("+", " ")).lower() not in _REDIRECT_PARAMS:
            continue
        # unquote, not unquote_plus: an unencoded "+" in the target's own query is a "+".
        value = unquote(value)
        if _ENCODED_WEB.match(value):
            value = unquote(value)  # encoded twice
        value = value.strip()
        if _ABSOLUTE_WEB.match(value) and not _SLUG.search(path):
            return unquote(key.replace("+", " ")), value
    return None


def is_tracking_parameter(key: str, value: str | None = None) -> bool:
    """Whether a query parameter only tracks the reader. Without its value, only
    the parameters that always do ("utm_source", "fbclid"); with it, also
    "source=rss", "ref=rss", "from=feed" and the like."""
    key = _AMP.sub("", key.lower())  # ("&amp;utm_source=…" escaped once too often: the name is after "amp;")
    if key in _TRACKING_PARAMS or key.startswith(_TRACKING_PREFIXES):
        return True
    if value and key in _FEED_MARKED_PARAMS and _marks_a_feed(value):
        return True
    return _is_feed_value(key, value or "")


def _is_feed_value(key: str, value: str) -> bool:
    """Any parameter whose whole value is a feed marker ("_location=rss",
    "from=rss2"), or a bare feed word ("?rss"): it says where the reader came
    from, never which page to show."""
    if not value or value.lower() in ("1", "true", "yes", "y"):
        return key.lower() in _FEED_VALUES  # "?rss", "?rss=1", "?feed=true"
    low, key = value.lower(), key.lower()  # (or a tag's dotted code naming the feed: "?tag=as.rss", set30 F20)
    return low in _FEED_VALUES and key not in _CONTENT_PARAMS or key == "tag" and bool(_FEED_CODE(low))


# Parameters that choose what the page shows, whatever their value ("?q=rss" searches for it).
_CONTENT_PARAMS = frozenset(
    ["id", "q", "query", "search", "s", "tag", "tags", "category", "cat", "topic", "p", "page", "v", "k",
     "keyword", "keywords", "term", "name", "title", "format", "type", "section", "article", "post"]
)  # fmt: skip
_CLICK_FIELDS = frozenset(["action", "module", "region", "pgtype", "contentcollection", "contentplacement"])
_FEED_VALUES = frozenset(["rss", "rss2", "rss20", "rssfeed", "rss_feed", "rss-feed", "atom", "feed", "feedburner"])
_FEED_CODE = re.compile(r"[a-z0-9]{1,4}\.rss|rss\.[a-z0-9]{1,6}").fullmatch  # "as.rss", "rss.top"; not "atom.io"


def _path_target(path: str) -> str | None:
    """The target of a click counter that carries it in its path ("/redir/online/rss091/*https://www.example.com/story",
    "/click/https%3A%2F%2F…"): an absolute web address after a "*" or after a segment that names a redirect."""
    found = path_target(path)
    if found is None:
        return _encoded_target(path) or (spelled_target(path) if may_spell(path) else None)
    target = unquote(found)
    if _ENCODED_WEB.match(target):
        target = unquote(target)
    return target if _ABSOLUTE_WEB.match(target) else None


def _may_hold_target(path: str) -> bool:
    """Whether a path may carry a redirect's target: a web address, a long base64 segment, a spelled one."""
    return "ttp" in path or "TTP" in path or may_spell(path) or _BASE64_SEGMENT.search(path) is not None


def _encoded_target(path: str) -> str | None:
    """The target of a redirector that carries it base64-encoded in a path segment,
    alone or in a protocol-buffer record (Google News' "/rss/articles/CBMi…"): the
    absolute web address the decoded bytes hold; None when they hold none."""
    for m in _BASE64_SEGMENT.finditer(path):
        segment = m.group(1)
        try:
            raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
        except (ValueError, binascii.Error):
            continue
        start = raw.find(b"http")
        if start < 0:
            continue
        end = start
        while end < len(raw) and 0x21 <= raw[end] < 0x7F:  # the address: printable ASCII
            end += 1
        # In a record, the length before it (a varint of one or two bytes) says where it ends.
        length = raw[start - 1] if start and raw[start - 1] < 0x80 else -1
        if start >= 2 and raw[start - 2] >= 0x80 and raw[start - 1] < 0x80:
            length = (raw[start - 2] & 0x7F) | (raw[start - 1] << 7)
        if 0 < length <= end - start:
            end = start + length
        target = raw[start:end].decode("ascii", "replace")
        if _ABSOLUTE_WEB.match(target) and "." in target.split("/")[2]:
            return target
    return None


# A path segment of 40 or more base64url characters (with or without its padding).
_BASE64_SEGMENT = re.compile(r"/([A-Za-z0-9_-]{40,})(?:={0,2})(?=[/?#]|\Z)")


@functools.lru_cache(maxsize=1024)
def _marks_a_feed(value: str) -> bool:
    return not _FEED_WORDS.isdisjoint(_WORDS.findall(value.lower()))


def _is_special(key: str) -> bool:
    key = key.lower()
    return key in _SPECIAL_PARAMS or key.startswith(_TRACKING_PREFIXES)


# An absolute http(s) URL without user, port, path parameters (urljoin drops
# an empty ";" one), spaces, an empty query or fragment (dropped too), or "%"
# and "+" in the query (_without_tracking unquotes them): canonical_url's shortcut.
# No IGNORECASE: it would let "[a-z]" match "\u017f" and "\u212a".
_SIMPLE_URL = re.compile(
    r"([Hh][Tt][Tt][Pp][Ss]?)://([A-Za-z0-9.-]+)(/[-A-Za-z0-9._~!$&'()*+,=:@%/]*)?"
    r"(?:\?([-A-Za-z0-9._~!$&'()*,=:@/?;]+))?(?:#([-A-Za-z0-9._~!$&'()*+,=:@%/?;#]+))?"
)


@functools.lru_cache(maxsize=256)
def joinable_base(base: str) -> bool:
    """Whether urljoin(base, link) gets past parsing the base (it raises ValueError on "http://[::1")."""
    try:
        urlsplit(base)
    except ValueError:
        return False
    return True


_WHITESPACE = re.compile(r"\s")
_HOST = re.compile(r"[^\s<>\"'`{}|\\^%/?#@]+")


def _quote_spaces(part: str) -> str:
    """Spaces of any kind percent-encoded: a link is one word (Slack's <url|text>, Discord's checks)."""
    if _WHITESPACE.search(part) is None:
        return part
    return _WHITESPACE.sub(lambda m: quote(m.group(0)), part)


def host_problem(url: str) -> str | None:
    """Why no request can be made to ``url``'s host, in words (None when it can
    be): an empty label (``a..b``) or one longer than 63 characters, which the
    resolver refuses with a bare ``UnicodeError``."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None  # a bad port or bracket: the HTTP client says what is wrong
    return hostname_problem(host)


def hostname_problem(host: str) -> str | None:
    """``host_problem`` for a host name already taken out of its URL (lowercase, no brackets)."""
    if not host or host.startswith("[") or ":" in host or _IPV4.fullmatch(host):
        return None
    labels = host.removesuffix(".").split(".")
    if any(not label for label in labels):
        return f"invalid host name {host!r}: an empty part between dots"
    if any(len(label) > 63 for label in labels):
        return f"invalid host name {host!r}: a part longer than 63 characters"
    try:
        host.encode("idna")
    except UnicodeError as exc:
        return f"invalid host name {host!r}: {exc}"
    return None


_IPV4 = re.compile(r"[0-9.]+")


_HTTP_ON_443 = re.compile(r"http://([^/?#]+):443(?=[/?#]|$)")


def reachable(link: str) -> str:
    """A canonical link as a browser can open it: plain HTTP to the TLS port answers
    nothing (the site wrote "https" as a port: Google's blog, 2017,
    "http://www.blog.google:443/…"), so that is https. Applied to the link shown,
    after the entry's id is made: an id made from the link stays what it was."""
    return _HTTP_ON_443.sub(r"https://\1", link, count=1) if link.startswith("http://") else link
