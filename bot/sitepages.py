"""A site's pages in its own feed: left out.

Hugo lists every page of a section in its RSS, and a page without a date (the search page, "About", the
team, the licence) gets Go's zero time, "Mon, 01 Jan 0001" (bot/dates.py's ``zero_date``: no date at all).
Shown, such a page is an undated story ("Cerca · undated", set20 F11). In a feed whose other entries carry
dates of their own they are the site's pages, not posts: left out. A feed whose entries all lack a date
(a changelog without dates, a page list) keeps them, but for the site's legal notices, a page titled as one
("Cookies", "legal": the cookie notice and the Impressum of ideasonstage's and stefanlaser's Hugo feeds,
tests/data/unseen/set25's F11). Pure; used by bot/normalize.py.

A site's page may carry a date too (its file's time: "About" at /about/, dated newer than every post, first in
axect's Hugo feed, set35 F7). Told by its place: a page at the site's top level (one segment, "/about/") with a
title of a few words it is named by, in a feed whose other entries all sit deeper ("/posts/006_prs/",
"/2024/05/slug/"), at least ROOM_MATES of them. A blog whose posts all sit at the top level ("/hello-world/") keeps them all.
A legal page named there by a title no post has ("Impressum" at /impressum/, "Privacy Policy"; not "Cookies", a
recipe's, nor "Privacy", an essay's: those go only undated) goes whatever its date and its neighbours' (set36 F1); and
one named there by a legal page's slug under a title in other words ("Privacy Statement" at /nl/privacy/) beside
ROOM_MATES entries deeper, whatever its date and its other neighbours' (set56 F7, _legal_slug_pages).

A page that lists others, without text of its own, in a feed of posts with text: a section's ("Artikels" at /id/artikel/,
dated as its newest post, which sits under it) or a taxonomy's ("Catatan" at /id/categories/catatan/): set52 F2,
_listing_pages.

A first path segment every entry shares that is a language's code ("/da/contact/", "/pt-br/…") is no level: the
site's top level is under it. There, a page named by a slug a site gives its pages under a title in other words
(a translated site's) goes too, beside posts at the same level (set38 F2: netdot's "Kontakt", "Projekter", "Om Mig"
at /da/contact/, /da/projects/, /da/about/); and in the section of a feed's zero-dated pages ("/page/…"), more than
FEW_PAGES of them, its one dated entry is one of them too.

And an entry whose link is a share button's (bot/sharelinks.py: "web.whatsapp.com/send?text=https://…", set 65a F10).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from urllib.parse import urlsplit

from .models import Article
from .sharelinks import share_link

log = logging.getLogger(__name__)

ZERO_DATE = "is a zero date"  # (the provenance's words for a date before 1970: bot/normalize.py's _date_note)
DATED = 2  # entries with dates of their own, at least: a feed of posts
# ... or one, before this many zero-dated pages at most: a new blog's first post beside its "About" and "Projects"
# (amjad50--ar-index.xml, set28 F10); a list of pages with one dated among them keeps its pages (set25 F11)
FEW_PAGES = 3
ROOM_MATES = 4  # entries deeper in the site, at least, beside a top-level page
PAGE_TITLE_WORDS = 3  # a site page's title, at most ("About", "Über mich", "Contact us")
# ISO 639-1's codes: a path segment naming a language ("da", "pt-br", "zh_hans"; not a section's "tv", "ai")
_ISO_639_1 = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en"
    " eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv"
    " ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne"
    " ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st"
    " su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
)
# ... but those a site as often names a section by (a region, a topic, a city: "/uk/brexit/", "/it/cloud/",
# "/la/dodgers/", "/ny/knicks/", "/hr/payroll/", the review of set38's mends) or an English word: no language there.
_SECTION_TOO = frozenset(
    ["uk", "it", "la", "ny", "hr", "am", "an", "as", "be", "is", "my", "no", "or", "so", "to", "id", "io", "ml"]
)
_LANGUAGE = re.compile(rf"(?:{'|'.join(c for c in _ISO_639_1.split() if c not in _SECTION_TOO)})(?:[-_][a-z]{{2,4}})?")
# The slugs a translated site gives its pages (those a post never has), English or not, under its language's segment:
# a page whatever its title's language (its legal pages are LEGAL's, by their titles)
PAGE_SLUGS = frozenset(
    ["about", "about-me", "about-us", "contact", "contacts", "contact-me", "contact-us", "projects", "portfolio",
     "om-mig", "om-meg", "om-os", "om-oss", "kontakt", "ueber-mich", "uber-mich", "über-mich", "a-propos", "chi-sono",
     "sobre-mi", "sobre-mí", "o-mnie", "projekter", "projekte", "yhteystiedot", "tietoa"]
)  # fmt: skip
# The titles of a site's legal pages (casefolded), in the languages of our feeds: no story, whatever the feed
LEGAL = frozenset(
    ["cookies", "cookie policy", "privacy", "privacy policy", "legal", "legal notice", "imprint", "terms of use",
     "terms of service", "disclaimer", "impressum", "datenschutz", "datenschutzerklärung", "haftungsausschluss",
     "mentions légales", "politique de confidentialité", "note legali", "informativa sulla privacy",
     "aviso legal", "política de privacidad", "política de cookies", "política de privacidade", "termos de uso"]
)  # fmt: skip
# ... and those no post or essay is titled with: a legal page whatever its date ("Cookies", "Privacy", "Disclaimer",
# "Legal", "Imprint", "Datenschutz" may be a recipe's, an essay's, a review's title)
PLAIN_LEGAL = LEGAL - {"cookies", "privacy", "legal", "imprint", "disclaimer", "datenschutz"}
# In a feed of zero-dated pages only: the slug (last segment) of a legal page at the site's top level, under a language's
# segment or not, whatever its title's language ("Gizlilik Politikası" at /tr/privacy/), and of a form's result page
# at any depth (/tr/openinitiative/confirm/, …/success/): no story (fossasia's Hugo feed, /work/unseen48's F2)
LEGAL_SLUGS = frozenset(
    ["privacy", "privacy-policy", "imprint", "impressum", "terms", "terms-of-use", "cookies", "cookie-policy", "legal",
     "disclaimer", "datenschutz"]
)  # fmt: skip
FORM_SLUGS = frozenset(["confirm", "success", "thanks", "thank-you", "unsubscribe", "unsubscribed"])
# The legal slugs no post is named by ("cookies", "terms", "legal" are: a recipe roundup at /cookies/, a glossary at
# /terms/, a podcast's "Legal Eagles" at /legal/: the review of 0bd0a35).
LEGAL_ONLY_SLUGS = LEGAL_SLUGS - {"cookies", "terms", "legal"}


def without_site_pages(articles: list[Article], source: str) -> list[Article]:
    """``articles`` without the zero-dated ones when at least ``DATED`` others have dates of their own (or one,
    beside FEW_PAGES of them at most and nothing else), else without the zero-dated legal pages (LEGAL); and
    without the pages at the site's top level beside posts deeper in it and the legal pages named there by their
    titles (PLAIN_LEGAL), dated or not."""
    pages = [a for a in articles if not a.has_date and any(_go_zero(note) for note in a.provenance)]
    dated = sum(a.has_date for a in articles)  # (one is enough when every other entry is one of a few pages)
    if dated < DATED and not (dated and len(pages) <= FEW_PAGES and dated + len(pages) == len(articles)):
        # (and, set48 F2, a legal page or a form's result page known by its slug, and a page without text among
        # entries with text: a feed of titles only keeps them)
        texts = any(a.excerpt for a in articles)
        pages = [a for a in pages if _legal_title(a.title, LEGAL) or _page_slug(a.link) or texts and not a.excerpt]
    drop: set[int] = set()
    rules = (
        (pages, "dated 0001-01-01 (a site's pages)"),
        (_pages_section(articles, pages), "in the section of the zero-dated pages (its pages)"),
        (_named_pages(articles), "at the site's top level, named by a page's slug (its pages)"),
        (_legal_slug_pages(articles), "at the site's top level, named by a legal page's slug beside posts deeper"),
        (_top_level_pages(articles), "at the site's top level beside posts deeper in it (its pages)"),
        ([a for a in articles if _legal_page(a)], "at the site's top level, titled as its legal notices"),
        (_listing_pages(articles), "without text, listing others (a section's or a taxonomy's page)"),
        ([a for a in articles if share_link(a.link)], "linking to a share button's endpoint (set 65a F10)"),
    )
    for found, why in rules:
        if found := [a for a in found if id(a) not in drop]:
            log.debug("feed %s: %d entries %s, left out: %s", source, len(found), why, ", ".join(_titles(found)))
            drop.update(id(a) for a in found)
    return [a for a in articles if id(a) not in drop] if drop else articles


# A taxonomy's segment in a listing page's path, last or before its last ("/categories/", "/tags/go/"): Hugo's,
# WordPress's. (Not "tag": GitHub's "/releases/tag/v1"; nor "topic", "label": a forum's topic, a show's page.)
_SECTION_WORDS, _SECTION_NAME = 4, 30  # a section's name: a few words ("Artikels", "Blog Home", "学习Elastic Search")
_TAXONOMIES = frozenset(["categories", "category", "tags", "kategori", "kategorie", "categorie", "categoria"])


def _listing_pages(articles: list[Article]) -> list[Article]:
    """The entries without text of their own whose page lists others, in a feed of posts with text (set52 F2: Hugo's
    dated section and taxonomy pages, "Artikels" at /id/artikel/, "Categories" at /id/categories/, "Catatan" at
    /id/categories/catatan/, beside posts at /id/artikel/satu-dekade-saya/; VuePress's "JavaEE", "数据库"): titled by a
    section's name, and either two entries with text sit under its path on its host, none newer than it (a section's
    page carries its newest post's date: a reddit thread's headline is older than its comments), or its path's last or
    next-to-last segment is a taxonomy's, on the host of the posts, none of which sits under such a segment (a tags
    feed's tag without a message stays: GitLab's "…/-/tags/v2.0.1"). Linear: each post's path prefixes counted once."""
    texts = [a for a in articles if a.excerpt]
    if not texts:
        return []  # (a feed of titles only: a podcast's episodes all linking to the show's page keep theirs)
    newest: dict[tuple[str, tuple[str, ...]], list] = {}  # (host, a post's path's proper prefix): [posts, newest date]
    hosts, tagged = set(), False
    for a in texts:
        place = urlsplit(a.link)
        path = tuple(part for part in place.path.split("/") if part)
        hosts.add(place.netloc)
        tagged = tagged or any(part.casefold() in _TAXONOMIES for part in path)
        for n in range(1, len(path)):
            seen = newest.setdefault((place.netloc, path[:n]), [0, a.published])
            seen[0], seen[1] = seen[0] + 1, max(seen[1], a.published)
    found, links = [], Counter(a.link for a in articles)
    for article in articles:
        if article.excerpt or links[article.link] > 1:  # (episodes that all link to their show's page)
            continue
        if len(article.title.split()) > _SECTION_WORDS or len(article.title) > _SECTION_NAME:
            continue  # (a headline, not a section's name: reddit's "Study: College student grades…")
        place = urlsplit(article.link)
        path = tuple(part for part in place.path.split("/") if part)
        under = newest.get((place.netloc, path)) if path else None
        if (
            under is not None
            and under[0] >= 2
            and article.published >= under[1]
            or (
                path
                and not tagged
                and place.netloc in hosts
                and _TAXONOMIES.intersection(p.casefold() for p in path[-2:])
            )
        ):
            found.append(article)
    return found


def _top_level_pages(articles: list[Article]) -> list[Article]:
    """The entries at the site's top level, their path the slug of their title of a few words ("/about/" for
    "About"; no query: YouTube's "/watch?v=…" is a video), when ROOM_MATES other entries or more, and all of
    them, sit deeper on the same host."""
    if len(articles) <= ROOM_MATES:
        return []
    places = [urlsplit(a.link) for a in articles]
    paths = _paths(places)
    depths = [len(path) for path in paths]
    top = [k for k, path in enumerate(paths) if len(path) == 1 and _slug_of_title(places[k], articles[k].title, path)]
    if not top or len(articles) - len(top) < ROOM_MATES or len({place.netloc for place in places}) != 1:
        return []
    if any(depth < 2 for k, depth in enumerate(depths) if k not in top):
        return []
    return [articles[k] for k in top]


def _paths(places: list) -> list[list[str]]:
    """Each link's path segments, without a first one that names a language when every link has it ("/da/about/")."""
    paths = [[part for part in place.path.split("/") if part] for place in places]
    return [path[1:] for path in paths] if _in_language(paths) else paths


def _in_language(paths: list[list[str]]) -> bool:
    """Whether every path, two segments deep or more, opens with one that names the same language ("/da/…")."""
    firsts = {path[0].casefold() if len(path) > 1 else "" for path in paths}
    return len(firsts) == 1 and _LANGUAGE.fullmatch(firsts.pop()) is not None


def _named_pages(articles: list[Article]) -> list[Article]:
    """The entries at a translated site's top level, under its language's segment (_paths), whose slug is a page's
    (PAGE_SLUGS) under a title of a few words in other words ("/da/contact/" for "Kontakt"), when more than FEW_PAGES
    entries are there on one host and one at least is no such page. Not at a site's own top level: "About" at /about/
    in a blog whose posts sit at the top level too stays (set35 F7's review), and so does a post at /privacy/ ("Why
    privacy matters"), /portfolio/ ("New portfolio online"), /tietoa/ ("Tietoa kurssista": the review of set38's)."""
    places = [urlsplit(a.link) for a in articles]
    if len(articles) <= FEW_PAGES or len({place.netloc for place in places}) != 1:
        return []
    if not _in_language([[part for part in place.path.split("/") if part] for place in places]):
        return []
    found = _renamed(articles, places, _paths(places), PAGE_SLUGS)
    return found if len(found) < len(articles) else []


def _legal_slug_pages(articles: list[Article]) -> list[Article]:
    """The entries at the site's top level (_paths: a language's segment off) named by a legal page's slug
    (LEGAL_ONLY_SLUGS) under a title of a few words in other words, dated or not, when ROOM_MATES entries or more sit deeper
    on the same host: "Privacy Statement" at /nl/privacy/ beside posts at /nl/blog/2021/08/…/ (set56 F7). Not "Privacy"
    at /privacy/ (an essay's title too: _legal_page's PLAIN_LEGAL), nor a page of a blog whose posts sit at its top level."""
    places = [urlsplit(a.link) for a in articles]
    if len(articles) <= ROOM_MATES or len({place.netloc for place in places}) != 1:
        return []
    paths = _paths(places)
    if sum(len(path) > 1 for path in paths) < ROOM_MATES:
        return []
    return _renamed(articles, places, paths, LEGAL_ONLY_SLUGS)


def _renamed(articles: list[Article], places: list, paths: list[list[str]], slugs: frozenset[str]) -> list[Article]:
    """The entries at the top level (one segment of ``paths``, no query) whose slug is one of ``slugs``, under a title
    of a few words in other words ("Kontakt" at /da/contact/, "Privacy Statement" at /nl/privacy/)."""
    found = []
    for article, place, path in zip(articles, places, paths, strict=True):
        words = article.title.casefold().split()
        slug = path[0].rsplit(".", 1)[0].casefold() if len(path) == 1 and not place.query else ""
        if slug in slugs and 0 < len(words) <= PAGE_TITLE_WORDS and "-".join(words) != slug:
            found.append(article)
    return found


def _pages_section(articles: list[Article], pages: list[Article]) -> list[Article]:
    """The dated entry in the section of a feed's zero-dated pages ("/page/beginner/" beside "/page/about/"), when all
    of those pages, more than FEW_PAGES, are in one section and it is the only dated one there: a site's pages, not a
    Hugo blog's posts, two of them without a date, beside its dated one in /posts/ (the review of set38's)."""
    if len(pages) <= FEW_PAGES:
        return []
    places = [urlsplit(a.link) for a in articles]
    sections = [path[0] if len(path) > 1 else "" for path in _paths(places)]
    zero = {id(a) for a in pages}
    theirs = {section for a, section in zip(articles, sections, strict=True) if id(a) in zero}
    if len(theirs) != 1 or not (section := theirs.pop()):
        return []
    found = [a for a, place in zip(articles, sections, strict=True) if place == section and id(a) not in zero]
    return found if len(found) == 1 else []


def _legal_page(article: Article) -> bool:
    """A legal notice at the site's top level named by its title ("Impressum" at /impressum/; dated: PLAIN_LEGAL)."""
    place = urlsplit(article.link)
    words = PLAIN_LEGAL if article.has_date else LEGAL  # (a dated "Cookies" may be a recipe: set36's review)
    return (
        _legal_title(article.title, words) and "/" not in place.path.strip("/") and _slug_of_title(place, article.title)
    )


def _page_slug(link: str) -> bool:
    """Whether a link (no query) ends in a form's result page's slug (FORM_SLUGS), or names a legal page at the
    site's top level by its slug (LEGAL_SLUGS), a language's segment before it or not ("/tr/privacy/")."""
    place = urlsplit(link)
    path = [part.casefold() for part in place.path.split("/") if part]
    if place.query or not path:
        return False
    last = path[-1].rsplit(".", 1)[0]
    if last in FORM_SLUGS:
        return True
    return last in LEGAL_SLUGS and (len(path) == 1 or (len(path) == 2 and _LANGUAGE.fullmatch(path[0]) is not None))


def _legal_title(title: str, words: frozenset[str]) -> bool:
    return " ".join(title.split()).casefold() in words


def _slug_of_title(place, title: str, path: list[str] | None = None) -> bool:
    """Whether a link without a query names its page by its title of a few words ("/about/", "/contact-us.html");
    ``path``: its segments to read (a language's off: _paths)."""
    words = title.casefold().split()
    if place.query or not words or len(words) > PAGE_TITLE_WORDS:
        return False
    slug = "/".join(path).casefold() if path is not None else place.path.strip("/").casefold()
    return (slug.rsplit(".", 1)[0] if "." in slug else slug) == "-".join(words)


def _go_zero(note: str) -> bool:
    """A date note on Go's zero time, year 1 ("Mon, 01 Jan 0001", "0001-01-01T00:00:00Z"); not the Unix epoch
    a news site's broken dates fall to ("1970-01-01", set15's ePiotrkow: its posts, not pages)."""
    return ZERO_DATE in note and (" 0001 " in note or "0001-01-01" in note)


def _titles(pages: Sequence[Article]) -> list[str]:
    return [repr(a.title[:40]) for a in pages[:5]]
