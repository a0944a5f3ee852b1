"""One item once per feed: which articles of a feed are the same item.

Pure functions over articles, no I/O: normalize.py drops an entry that repeats
an earlier one in the same document, store.py recognises a stored article
under a new guid. The same item is one seen again under another guid, a
redirect link, or with only whitespace or markup changed; never two posts
with links of their own by two authors (unless one long text: a planet's
cross-post), or whose texts part after their start (a forum reply that quotes
the post it answers).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Collection
from datetime import timedelta
from difflib import SequenceMatcher
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from .models import Article

ID_TEXT = 80  # characters of a text two entries under one id share, at least, to be one item (a template's are fewer)


class OncePerFeed:
    """Which earlier article of one feed document an article repeats.

    The same item: the same canonical link and the same title (unless ``two_voices``), or the same
    title and near-identical text under different links, unless ``told_apart``
    (two authors, texts that part after the excerpt, a template's values
    filled in otherwise, or no links and dates hours apart) or their events'
    marked starts differ (a recurring event's dates: set 70b F12). A link alone
    is not enough: feeds that link every entry to one page (a podcast's show page, a
    changelog, a status page) keep their distinct entries, and those often share
    one boilerplate description too. Links that name no single item (the feed,
    its site's home page, a site root) are not compared."""

    __slots__ = ("_homes", "_by_title", "_by_id")

    def __init__(self, homes: set[str]):
        self._homes = homes
        self._by_title: dict[str, list[tuple[int, str, str, str, Article, str]]] = {}
        self._by_id: dict[tuple[str, str, str], int] = {}

    def earlier(self, article: Article, index: int, id_: str = "", start: str = "") -> tuple[int | None, str]:
        """(``id_``: the entry's raw id: one id and one text of ID_TEXT characters or more are one item whatever the
        titles: an advisory the feed repeats for each package it names, "[@angular/core] …", set44 F8, or a post
        re-titled under a new slug, "?p=514309". An id that names no item by its address, "GHSA-1", or a site's root a
        feed gives each entry, needs one link too. ``start``: the event's start its markup marks, eventtimes.py
        marked_start: two of the same title and text whose starts differ are a recurring event's two dates, set 70b
        F12.)"""
        title = title_key(article.title)
        text = text_key(article.excerpt)
        link = article.link if identifies_item(article.link, self._homes) else ""
        # (an id that is no item's own address, "https://town.example/" on each entry: with the link, set44's review)
        own_id = identifies_item(id_, self._homes)
        by_id = (id_, "" if own_id else link, text) if (own_id or id_ and link) and len(text) >= ID_TEXT else None
        if by_id is not None and (first := self._by_id.get(by_id)) is not None:
            return first, "same id and text"
        voice = own_voice(article)
        speaks = voice if text else ""  # (an entry without a text is its link's item again)
        same_text = None  # (one pass over the title's entries, each text keyed once: a link's 1,000 comments, set42)
        for i, x, other_link, other_voice, other, other_start in self._by_title.get(title, ()):
            if link and other_link == link:
                if not (speaks and other_voice and two_voices(other_voice, x, speaks, text)):
                    return i, "same link"  # (before any of the same title and text)
            elif same_text is None and text and near_identical(x, text):
                dates = start and other_start and start != other_start
                same_text = None if dates or told_apart(other, other_link, article, link) else i
        # (a duplicate dropped is found again under the entry it repeats, never under an index no entry takes: a third
        # that repeats only it is noted there too, rev70a's review)
        kept = index if same_text is None else same_text
        self._by_title.setdefault(title, []).append((kept, text, link, voice, article, start))
        if same_text is not None:
            return same_text, "same title and text"
        if by_id is not None:  # (an entry kept: a repeat's note goes to it, not to the next one's index)
            self._by_id[by_id] = index
        return None, ""


def over_run_on(articles: list[Article], again: Article) -> None:
    """An entry repeated under one id: the first one stays, unless its title is the repeat's and more after it, twice
    as long or more, and the repeat has a text: a scraper ran several entries into the first one (ja-rsscrawler's
    'Claude Codeを「最強の相棒」に… claude-ai … AI時代の救世主？…' before the entry itself, set22 F8)."""
    title = title_key(again.title)
    for index, kept in enumerate(articles):
        if kept.uid == again.uid:
            longer = title_key(kept.title)
            if again.excerpt and len(longer) >= 2 * len(title) > 0 and longer.startswith(title + " "):
                articles[index] = again
            return


def own_voice(article: Article) -> str:
    """An entry's author, casefolded, when it has a guid of its own too (two_voices); else ""."""
    return article.author.casefold() if article.author and article.uid != article.link else ""


def two_voices(a_voice: str, a_text: str, b_voice: str, b_text: str) -> bool:
    """Whether two entries under one link and title (own_voice's authors, text_key's texts) are two items all the
    same: their texts differ, unrelated when one author wrote both (a comments feed's entries, each linked to the
    novel's page under its title: cannibal-turtle--comments.xml in set42, F3), or are short and two authors wrote
    them (two readers' "Sticker comment"). One post sent again under another author has its text again; an edited
    one re-issued under a new guid has its author and most of its text (a similarity of _UNRELATED or more)."""
    if a_voice == b_voice:
        return fuzz.ratio(a_text, b_text) < _UNRELATED
    return len(b_text) < _SHORT_REPLY or not near_identical(a_text, b_text)


_UNRELATED = 60  # (a similarity under which two texts are not one edited: unrelated texts score 30-50)
_SHORT_REPLY = 40  # characters under which two authors' one text is two replies ("Love it", "Sticker comment")


def told_apart(a: Article, a_link: str, b: Article, b_link: str) -> bool:
    """Whether two articles with the same title and near-identical excerpts are
    two items all the same: each has a link of its own (links that identify an
    item, and differ) and either two authors wrote them or their texts part
    after the excerpt (their leads, the first 1,500 characters, are not
    near-identical). A forum reply that quotes the post it answers starts like
    it (the same "Re: topic" title, the same first 300 characters) and then says
    more; a story republished under a new guid has the same author and text.

    Two entries with no link of their own (a status page's incidents: "Support
    System - Down", in the same words each time) are told apart by their dates:
    an hour or more apart, they are two events. So are two whose links of their
    own do not name the title (a monitor's "Disruption Detected", its standard text
    under a new ".../issues/2024-12-10-04-41-1309220/" each time: ubikasec's status
    page, set27 F2), unless they are one listing reposted (_reposted: an ad under a new number days later, set50 F7);
    a post moved to a new address names it in both (".../t/towards-self-direction/2986"): one post, unless their
    dates are OCCASIONS_APART (a recurring maintenance)."""
    if not a_link or not b_link:
        return not a_link and not b_link and _hours_apart(a, b)
    if a_link == b_link:
        return False
    # (unless it is a listing's: the same ad reposted under a new number, set50 F7)
    if (
        _hours_apart(a, b)
        and not _names_title(a_link, a.title)
        and not _names_title(b_link, b.title)
        and not _reposted(a, a_link, b, b_link)
    ):
        return True
    if _apart(a, b, OCCASIONS_APART):
        return True  # (a maintenance that recurs, under a link of its own each time: set33 F8, two years apart)
    if differ_in_a_name(a.excerpt, b.excerpt) or differ_in_values(a.lead, b.lead):
        return True
    leads_alike = a.content_hash == b.content_hash or near_identical(text_key(a.lead), text_key(b.lead))
    if a.author and b.author and a.author.casefold() != b.author.casefold():
        # (unless it is one long text twice: a planet carries a post from its author's blog and from
        # the project's, "OCamlPro" and "Raja Boujbel - OCamlPro, …", the same 1,460 characters)
        return not (leads_alike and min(len(a.lead), len(b.lead)) >= REPUBLISHED)
    return not leads_alike


def _reposted(a: Article, a_link: str, b: Article, b_link: str) -> bool:
    """Whether two entries are one listing reposted: links alike but for a listing's long number, REPOSTED_WITHIN
    of each other, the same long lead (a status page's incidents have ids of letters: "/incidents/q8z4k2l1")."""
    if min(len(a.lead), len(b.lead)) < REPOSTED or _apart(a, b, REPOSTED_WITHIN):
        return False
    a_number, b_number = _LISTING_NUMBER.search(a_link), _LISTING_NUMBER.search(b_link)
    if a_number is None or b_number is None or a_link[: a_number.start()] != b_link[: b_number.start()]:
        return False
    return near_identical(text_key(a.lead), text_key(b.lead))


# A listing's link: its last part a number of eight digits or more ("…/fod/5807990745.html"), the query aside.
_LISTING_NUMBER = re.compile(r"/\d{8,}(?:\.html?)?/?(?=$|[?#])")


def _hours_apart(a: Article, b: Article) -> bool:
    return _apart(a, b, EVENTS_APART)


def _apart(a: Article, b: Article, at_least: timedelta) -> bool:
    return a.has_date and b.has_date and abs(a.published - b.published) >= at_least


def _names_title(link: str, title: str) -> bool:
    """Whether a link's path holds a word of the title's (three letters or more): a slug."""
    path = set(_WORDS.findall(link.partition("://")[2].partition("/")[2].casefold()))
    return any(len(w) >= 3 and w in path for w in _WORDS.findall(title.casefold()))


_WORDS = re.compile(r"\w+")


def differ_in_a_name(a: str, b: str) -> bool:
    """Whether two near-identical texts differ where one names something the other does not: a capitalised word
    in place of an unlike one ("…in Remote - Canada." / "…in Remote - USA.": two job listings, set17 finding 12),
    not a typo fixed ("Jon" / "John") nor a count or a date changed ("3 comments" / "4 comments")."""
    a, b = _folded(a), _folded(b)  # ("ＳＰ" is "SP": text_key's forms, but with their capitals)
    if a == b:
        return False
    wa, wb = _WORDS.findall(a), _WORDS.findall(b)
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 > 3 or j2 - j1 > 3:
            continue
        left, right = wa[i1:i2], wb[j1:j2]
        named = any(w[:1].isupper() and not w.isdigit() for w in left + right)
        if named and fuzz.ratio(" ".join(left), " ".join(right)) < 60:
            return True
    return False


def differ_in_values(a: str, b: str) -> bool:
    """Whether two near-identical texts differ in a number in two places or more: a template filled in twice, two
    listings ("…offers 4297 sq ft … 6 bedrooms" / "…offers 3953 sq ft … 4 bedrooms": in-360ghar's properties, set22
    F11), not one count changed ("20% off" / "25% off": an ad sent again) nor a word."""
    wa, wb = _WORDS.findall(text_key(a)), _WORDS.findall(text_key(b))
    values = 0
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op != "equal" and any(c.isdigit() for w in wa[i1:i2] + wb[j1:j2] for c in w):
            values += 1
    return values >= 2


# A lead this long, near-identical in two entries, is one text whoever each credits (unseen13 #18); two
# short answers alike ("Thanks, see you there!") or a short syndicated story in two papers stay two items.
REPUBLISHED = 1000

# A lead this long, near-identical in two entries hours apart under links alike but for a listing's number, is one
# listing reposted ("…/fod/5807990745.html", "…/fod/5807137989.html": craigslist's ad posted again each day, set50
# F7); a monitor's standard notice ("We are probing a possible fault…", set27 F2) is a sentence or two, under it (and a
# status page's, often longer, under an id of letters: "…/incidents/q8z4k2l1", never merged by its length)
REPOSTED = 200
# ... within this time: a listing bumped ("reposted") days apart; a status page's maintenance notice, the same words each
# time, recurs weeks apart (esa--saucelabs-status.xml in /work/unseen46, 191 characters, 28 days).
REPOSTED_WITHIN = timedelta(days=7)

# Two dated entries without links of their own this far apart are two events, whatever their words.
EVENTS_APART = timedelta(hours=1)
# Two entries with links of their own this far apart are two occasions, whatever their words: a status page's planned
# maintenance in the same text each time ("[Résolu] Maintenance planifiée", …/2021-07-24-planned-maintenance/ and
# …/2023-09-09-planned-maintenance/, opencomp's, set33 F8), never one post moved (a move keeps its date).
OCCASIONS_APART = timedelta(days=30)


def title_key(title: str) -> str:
    """A title as compared: case, runs of spaces and compatibility forms make no difference (a TV listing's
    "…徹底解剖ＳＰ" and "…徹底解剖SP", full-width and half-width: set16 finding 2)."""
    key = _folded(title).casefold()
    return key if "  " not in key and key.isprintable() else " ".join(key.split())


_TAG = re.compile(r"<[^>]*>")


def raw_key(title: str, text: str) -> str:
    """What the id of an entry with no guid and no link is made from: its raw title and text without markup,
    entities and runs of spaces. A rule of its own, never the cleaning's: an upgrade that cleans the text
    differently keeps the id (a new id is a new item, posted again), and markup or spacing the feed changes
    makes no new one either."""
    return " ".join(html.unescape(_TAG.sub(" ", f"{title}\n{text}")).split())


def text_key(text: str) -> str:
    """An excerpt as compared (excerpts are one line already, spaces collapsed: only the case and compatibility
    forms go: "[ＢＳテレ東]" is "[BSテレ東]")."""
    return _folded(text).casefold()


def _folded(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


# Two texts whose rapidfuzz ratio reaches this are the same text (a typo fixed,
# a date or a counter changed): the same item.
NEAR_IDENTICAL = 95


def near_identical(a: str, b: str) -> bool:
    if a == b:
        return True
    if not a or not b:
        return False
    return fuzz.ratio(a, b, score_cutoff=NEAR_IDENTICAL) >= NEAR_IDENTICAL


# An entry without an id, linked to a page that names no item, is told apart by its title
# (bot/entrylink.py): its uid is the link, this mark, then the title's hash. Before 2026-12-04
# such entries had the bare link as their uid (bot/store/articles.py still finds them by it).
TITLE_MARK = "#title-sha1:"


# A title nobody wrote: ours for an entry without one, and a CMS's placeholder ("Senza titolo", its link "#":
# it-comuni--bressanvido.xml in set23, D4), in the languages of the feeds read.
_NO_TITLES = frozenset(
    ("untitled", "no title", "senza titolo", "sans titre", "sin título", "sem título", "ohne titel", "zonder titel",
     "无标题", "無標題", "無題", "제목 없음", "без названия", "bez tytułu", "nessun titolo")
)  # fmt: skip


def no_title(title: str) -> bool:
    """Whether a title is a placeholder for none ("(untitled)", "Senza titolo")."""
    return " ".join(title.split()).strip("()[]<>. ").casefold() in _NO_TITLES


def identifies_item(link: str, homes: Collection[str] = ()) -> bool:
    """Whether a canonical link can tell two items apart: not empty, not one of
    the feed's own home pages, not a site root ("https://site.example/")."""
    if not link or link in homes:
        return False
    rest = link.partition("://")[2]
    slash = rest.find("/")
    return slash != -1 and rest[slash:] not in ("/", "")


# A forum topic's address: its slug, three words or more, then its number ("/t/gauntlet-video-roundup-november-8-2019/3908")
_TOPIC = re.compile(r"/([^\W_]+(?:-[^\W_]+){2,})/(?:\d+/?)?$")


def topic_slug(link: str) -> str:
    """The slug of a forum topic's link ("" when it has none): two topics opened for one post share it, and their
    headline, under two numbers (set53 F7: two Discourse topics "Gauntlet Video Roundup - November 8, 2019", each with
    no text of its own, twice in a digest). Not an address that ends in a number alone ("/incidents/4123", "?p=12")."""
    try:
        found = _TOPIC.search(urlsplit(link).path) if link else None
    except ValueError:  # (an address urlsplit cannot read: "http://[::1/…")
        return ""
    return "" if found is None else found[1].casefold()
