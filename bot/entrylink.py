"""Which link and which id an entry gets (``entry_link``, ``page_link``, ``entry_uid``),
and what it is when its link names no item of its own: every entry of an
aggregator linked to the site's home page ("<link>http://www.aldaily.com</link>",
no guid), or a site root several entries of one document share under different
titles.

- ``item_uid``: such an entry's id is its link and its title: the entries stay
  apart (one id each, stable from poll to poll), and a true repeat (the same link
  and the same title) is still one item.
- ``more_link``: the one "Read more" anchor of the entry's text ("… <a
  href=…>more»</a>"), the article the entry stands for; a better link than the
  home page. Only an anchor whose whole text is a "read more" wording (the
  boilerplate table's rows, in every language listed there) counts, and only when
  it is the text's only one: a text with two of them names no single article.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import re
from collections.abc import Collection, Iterable
from urllib.parse import unquote, urlsplit

from .addresslists import listed_addresses, listed_note
from .boilerplate import TABLE
from .dedup import TITLE_MARK, identifies_item
from .parse import RawEntry
from .urls import canonical_url, reachable

_ANCHOR = re.compile(
    r"""<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>(.*?)</a\s*>""", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^>]*>")
_WORDS = re.compile(r"[a-z]{3,}")  # (an address's words, as a click-tracker's path encodes them)
_SLUG_WORDS = re.compile(r"[^\W_]{3,}")  # (a title's words, and a page address's)
_READ_MORE_ROWS = tuple(row.pattern for row in TABLE if row.name in ("read-more", "read-more-languages"))


def shared_links(entries: Iterable[tuple[str, str, str]]) -> frozenset[str]:
    """The links that several entries without an id share under different titles, and the ids
    several entries share under different titles (a scraped page's cards, each given the
    author's profile as its id and link: set19 F5), from (id, link, title) triples: such a
    link or id is no entry's own."""
    titles: dict[str, set[str]] = {}
    for id_, link, title in entries:
        if key := id_.strip() or link.strip():
            titles.setdefault(("id " if id_.strip() else "") + key, set()).add(_folded(title))
    return frozenset(key for key, seen in titles.items() if len(seen) > 1)


def entry_uid(
    id_: str, link: str, raw_link: str, title: str, *, homes: Collection[str], shared: Collection[str]
) -> str:
    """An entry's id before its length is checked: its own id, else its canonical link,
    and with its title when that link is not its own: the feed's home page (``homes``),
    or a site root that other entries share under other titles (``shared``: their raw
    links). A link that names an item stays the id even when several entries share it:
    a listing that reposts a file's page under a new title ("【捏造・ウイルス】" before it,
    another thread's) lists that item again."""
    if id_ and "id " + id_.strip() in shared:  # (an id other entries have under other titles: with the title)
        return f"{id_}{TITLE_MARK}{hashlib.sha1(_folded(title).encode('utf-8', 'replace')).hexdigest()}"
    if id_ or not link:
        return id_ or link
    if link not in homes and (identifies_item(link) or raw_link.strip() not in shared):
        return link
    return f"{link}{TITLE_MARK}{hashlib.sha1(_folded(title).encode('utf-8', 'replace')).hexdigest()}"


def _folded(title: str) -> str:
    """A raw title as two entries' titles are told apart: case and runs of spaces aside."""
    return " ".join(title.split()).casefold()


def more_link(*texts: str) -> str:
    """The href of the one "read more" anchor in the markup of ``texts`` ("" when
    there is none, or more than one that differ)."""
    found: set[str] = set()
    for text in texts:
        if "<a" not in text and "<A" not in text:
            continue
        for match in _ANCHOR.finditer(text):
            words = " ".join(html.unescape(_TAG.sub(" ", match[4])).split())
            if words and any(pattern.fullmatch(words) for pattern in _READ_MORE_ROWS):
                found.add(html.unescape(match[1] or match[2] or match[3] or "").strip())
    return found.pop() if len(found) == 1 else ""


def own_link(
    entry: RawEntry, link: str, base_url: str, homes: Collection[str], shared: Collection[str]
) -> tuple[str, list[str]] | None:
    """A better link for an entry whose link is not its own: the text's one "read more" link when the link is
    the site's home page (an aggregator's entry); or, when other entries share the link (or the id it came
    from) under other titles (a scraped page's cards, all linked to the author's profile: set19 F5), the one
    page on the link's site that the text links to whose address has the title's words. None: keep it."""
    if not identifies_item(link, homes):
        more = canonical_url(more_link(entry.summary, entry.content), base_url)
        if identifies_item(more, homes):
            return more, ["link: the text's \"read more\" link (the entry's link is the site's home page)"]
    others = entry.link.strip() in shared or (entry.id.strip() and "id " + entry.id.strip() in shared)
    if others and (page := _named_page(entry, base_url, link)) and page != link:
        return page, ["link: the page its text names whose address has the title's words (other entries "
                          "share the entry's link)"]  # fmt: skip
    return None


def entry_link(entry: RawEntry, base_url: str, site_url: str, feed_link: str) -> tuple[str, list[str]]:
    """The entry's canonical link and where it came from: feedburner:origLink
    or pheedo:origLink (the article behind a feed proxy's click-tracking link), else the entry's link, else
    its guid; each unwrapped from redirectors and without tracking parameters
    (urls.canonical_url, which says what it changed)."""
    notes: list[str] = []
    links = (_unescaped(entry.link), _unescaped(entry.orig_link), _unescaped(entry.permalink))
    if listed := listed_addresses(links[0]):  # (a link field that lists addresses: its first, set 67b F1)
        links = (next((address for address in listed if canonical_url(address)), listed[0]), *links[1:])
    if links != (entry.link, entry.orig_link, entry.permalink):
        entry = dataclasses.replace(entry, link=links[0], orig_link=links[1], permalink=links[2])
    if entry.orig_link:
        link = canonical_url(entry.orig_link, base_url, notes)
        if link and link != feed_link:
            return link, ["link: origLink (the article behind the feed proxy's link)", *notes]
        notes.clear()
    # (a bare id, no "/", "." or ":", is no address: "b2VjML1MLnE", a video's, resolved against the feed's address
    # made a page that is not there, set26 F1)
    bare = _BARE.fullmatch(entry.link.strip()) is not None
    link = "" if bare else canonical_url(entry.link, base_url, notes) or canonical_url(entry.link, site_url, notes)
    if link and entry.permalink and _proxied(link, entry.permalink, canonical_url(site_url, base_url)):
        notes.clear()
        if guid := canonical_url(entry.permalink, "", notes):
            return guid, ["link: the guid (the entry's link is a click-tracking proxy's, the guid the site's)", *notes]
        notes.clear()
    # An empty href resolves to the feed itself: that is no link at all.
    if link and link != feed_link:
        return link, ["link: the guid (the entry has no link of its own)" if entry.link_is_guid
                      else listed_note(listed, links[0]) if listed
                      else "link: the entry's link", *notes]  # fmt: skip
    notes.clear()
    link = canonical_url(entry.permalink, "", notes)
    if not link:
        return "", ["link: none (no link in the entry, and no guid that is a web address)"]
    return link, ["link: the guid (the entry has no link of its own)", *notes]


# A character reference a feed escaped twice ("…/gregory-smith&amp;#39;s-survival-instinct/…" in the XML, ABC's
# Conversations, set30): the link reads "&#39;", which no address holds (a browser would go to "…smith&" with a
# fragment "#39;s…"); it is the character.
_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|quot|apos|lt|gt);")


def _unescaped(link: str) -> str:
    # (each reference alone: html.unescape on the whole link would read "&section=" as "§ion=", the review)
    return _REFERENCE.sub(lambda m: html.unescape(m[0]), link) if "&" in link else link


# (an id's shape: letters of both cases and digits, nothing else; not a page's relative name, "my-first-post")
_BARE = re.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[A-Za-z0-9_]{6,}")


def _proxied(link: str, guid: str, site: str) -> bool:
    """Whether an entry's link is a click-tracking proxy's for the page its guid names: the link is on
    another host than the channel's site, the guid (a web URL, even with isPermaLink="false") on the
    site's ("milano.repubblica.it" for "www.repubblica.it"), and the link's path names the site
    (Repubblica's "rss.feedsportal.com/c/32275/…/l/0Lmilano0Brepubblica0Bit0C…/story01.htm", unseen11
    #4) and the words of the guid's path. A link blog's entry (its link another site's article, its
    guid its own post) carries no such address in its link: it keeps its link."""
    home = _host(site).removeprefix("www.")
    label = max(home.split(".")[:-1] or [""], key=len)
    if len(label) < 4:
        return False
    at, named = _host(link), _host(guid)
    if not (named == home or named.endswith("." + home)) or at == home or at.endswith("." + home):
        return False
    # The link carries the guid's address, encoded: the site's name and the words of the guid's path, in order
    # ("…/l/0Lmilano0Brepubblica0Bit0Ccronaca0C…0Cevasione0Ifiscale…"); a link to another site's article
    # that merely mentions the site ("theverge.com/…/google-nest-cam" for news.google.com) does not.
    carried = link.split("/", 3)[-1].lower()
    words = [label, *_WORDS.findall(urlsplit(guid).path.lower())]
    position = 0
    for word in words:
        position = carried.find(word, position)
        if position < 0:
            return False
        position += len(word)
    return len(words) >= 3


def _host(url: str) -> str:
    return urlsplit(url).hostname or "" if url else ""


def opened_link(link: str, fetched: str) -> tuple[str, str]:
    """The link as a reader can open it, and a provenance note when that is another: https for plain HTTP to
    the TLS port (urls.reachable); the same page on the host the feed came from for a link to the machine that
    built it ("http://localhost:1313/id/posts/bill-payable/": a static site generated with its preview address,
    blogtika's and tonyscookbook's Hugo feeds, tests/data/unseen/set18 F8), unless the feed came from there too."""
    if (opened := reachable(link)) != link:
        return opened, "link: http on port 443 read as https"
    if "localhost" not in link and "127." not in link and "0.0.0.0" not in link and "::1" not in link:
        return link, ""  # (most links: no address to parse)
    if not _loopback(_host(link)) or not fetched.startswith(("http://", "https://")) or _loopback(_host(fetched)):
        return link, ""
    parts, origin = urlsplit(link), urlsplit(fetched)
    moved = parts._replace(scheme=origin.scheme, netloc=origin.netloc).geturl()
    return moved, f"link: on {parts.netloc}, the machine that built the feed: read on {origin.netloc}"


def _loopback(host: str) -> bool:
    return host in ("localhost", "0.0.0.0", "::1") or host.endswith(".localhost") or host.startswith("127.")


def page_link(entry: RawEntry, base_url: str, site_url: str, notes: list[str]) -> tuple[str, list[str]]:
    """An entry with no page of its own (no link, no guid that is a web address): an appcast
    version's release notes when it names them, else the page its text names on the channel's
    site whose address carries the words of its title (a podcast episode's "Links to learn more,
    summary and full transcript": "80000hours.org/podcast/episodes/nick-beckstead-giving-billions/"
    for "Dr Nick Beckstead on spending billions…"), else the file it carries (an episode's audio,
    which a browser or a chat app plays: the episode itself), else none (``notes`` as they were).
    Never the channel's link: the show's page is no link to this episode, and would make every
    episode "the same link" (one item, one story). (None of them makes the id.)"""
    found: list[str] = []
    if entry.notes_link and (link := canonical_url(entry.notes_link, base_url, found)):
        return link, ["link: the release notes (sparkle:releaseNotesLink; the entry has no page of its own)", *found]
    if link := _named_page(entry, base_url, canonical_url(site_url, base_url)):
        return link, ["link: the page its text names on the channel's site (its address has the title's words)"]
    found.clear()
    if entry.enclosure and (link := canonical_url(entry.enclosure, base_url, found)):
        if (direct := without_measurement(link)) != link:
            link, found = direct, [*found, "link: unwrapped from a podcast measurement prefix"]
        return link, ["link: the enclosure (the entry has no page of its own: the file it carries)", *found]
    return "", notes


# The host and path a podcast's download counter puts before the file's own address ("dts.podtrac.com/redirect.mp3/
# host/EP66.mp3", set44 F1): Podtrac, Chartable, Podsights, OP3, Spotify's, Podscribe, Artsai, Magellan, Veritone,
# Claritas; the rest is the file on its own host (a host name, then a path).
_MEASUREMENT = re.compile(
    r"https?://(?:dts\.podtrac\.com/redirect\.\w+|(?:www\.)?podtrac\.com/pts/redirect\.\w+|(?:chtbl\.com|chrt\.fm)/track/"
    r"[^/]+|pdst\.fm/e|op3\.dev/e(?:,[^/]*)?|prfx\.byspotify\.com/e|verifi\.podscribe\.com/rss/p|arttrk\.com/p/[^/]+|"
    r"mgln\.ai/e/[^/]+|pfx\.vpixl\.com/[^/]+|clrtpod\.com/m)/(?:(https?)://)?(?=[a-z\d-]+(?:\.[a-z\d-]+)+/)",
    re.IGNORECASE,
)


_LONGEST_MEDIA = 2048  # characters of a media file's address behind a counter, at most (an 18 KB one cost 0.6 s a read)


def without_measurement(link: str) -> str:
    """A media file's address without the measurement prefixes before it (each in turn: they nest), on the scheme
    the prefix names, else the counter's."""
    unwrapped = link if len(link) <= _LONGEST_MEDIA else ""  # (no file's address is longer: none is read)
    for _ in range(4):
        if (m := _MEASUREMENT.match(unwrapped)) is None:
            break
        unwrapped = (m.group(1) or unwrapped[: unwrapped.index(":")]) + "://" + unwrapped[m.end() :]
    return link if unwrapped in (link, "") else canonical_url(unwrapped) or link  # (once: a long one costs, the review)


_MEDIA = re.compile(r"\.(?:mp3|m4a|m4b|mp4|m4v|aac|ogg|oga|opus|wav|flac|mov|webm)$", re.IGNORECASE)


def measured_media(link: str) -> bool:
    """Whether an address names an audio or video file (its path's extension) behind a download counter."""
    return _MEDIA.search(urlsplit(link).path) is not None and without_measurement(link) != link


# (words that name no page: "…-on-how-to-…" in an address, "on why the…" in a title)
_STOP = frozenset(
    ["the", "and", "for", "with", "from", "into", "about", "how", "why", "what", "who", "when", "our", "your", "you",
     "are", "was", "his", "her", "its", "not"]
)  # fmt: skip
_PAGE_EXTENSIONS = frozenset(["html", "htm", "shtml", "php", "asp", "aspx", "jsp"])


def _named_page(entry: RawEntry, base_url: str, site: str) -> str:
    """The one page on ``site``'s host (or a subdomain) that the entry's text links to whose
    address's last segment has words of the entry's title (two, a third at least); "" when there is
    none, or two pages match as well (a link to an earlier episode with the same guest)."""
    home = _host(site).removeprefix("www.")
    title = set(_SLUG_WORDS.findall(entry.title.casefold())) - _STOP
    if not home or len(title) < 2:
        return ""
    scores: dict[str, int] = {}
    for match in _ANCHOR.finditer(entry.summary + entry.content):
        link = canonical_url(html.unescape(match[1] or match[2] or match[3] or "").strip(), base_url)
        at = _host(link)
        if not (at == home or at.endswith("." + home)) or not identifies_item(link, (site,)):
            continue
        slug, dot, extension = unquote(urlsplit(link).path.rstrip("/").rpartition("/")[2]).casefold().rpartition(".")
        if dot and extension not in _PAGE_EXTENSIONS:  # (a file: "…/nick-beckstead.mp3", "….pdf")
            continue
        words = set(_SLUG_WORDS.findall(slug if dot else extension)) - _STOP
        shared = len(words & title)
        if shared >= 2 and 3 * shared >= len(words):  # (a guest's two names in "…-allfed-and-feeding-everyone")
            scores[link] = shared
    best = sorted(scores.values(), reverse=True)
    if not best or (len(best) > 1 and best[1] == best[0]):
        return ""
    return max(scores, key=scores.__getitem__)
