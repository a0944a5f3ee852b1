"""Raw feed entries to normalized articles: ids, canonical links, clean titles and excerpts, UTC dates. Pure (now given)."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from datetime import datetime

from .blocks import EMPTY, Blocks, after_trailer, html_blocks, plain_blocks
from .clean import is_markup, plain_to_text
from .cuts import all_quoted
from .cveids import cve_ids, markup_cve_ids
from .datedbylines import without_dated_byline
from .dates import FUTURE_TOLERANCE, zero_date  # a date further ahead is a mistake: the poll time is used
from .dedup import OncePerFeed, identifies_item, no_title, over_run_on, raw_key
from .entrylink import entry_link, entry_uid, measured_media, opened_link, own_link, page_link, shared_links
from .entryprints import ENTRY_PRINT, may_repeat, packed, parse_with_prints
from .eventtimes import marked_start, timed_excerpt
from .feedcuts import (
    SHORT_TEXT,
    TEASER,
    FeedCuts,
    at_cut_length,
    ended_open,
    feed_cut_lengths,
    looks_shortened,
    may_be_cut,
)
from .feedtemplates import own_texts, unrendered_title
from .flatlists import content_shown, flattened_summary
from .flattened import code_copy, opens_mid_sentence, text_flattened
from .flattweets import without_flat_tweets
from .footnotemarks import plain_marks_dropped
from .gluedheads import headings_apart
from .headline import with_one_ellipsis, without_title_parts
from .inlinerows import a_label, links_only, lone_link_text, without_ending_label, without_own_link
from .leadcase import lead_cased
from .leadlines import lead_of
from .leadnotes import tells_history
from .models import Article, FeedContent
from .mojibake import repair_mojibake
from .pagestart import front_matter
from .parse import ParsedFeed, RawEntry
from .pictured import without_picture_sentence
from .promos import lead_in_only, without_promos
from .publishers import without_doubled_name
from .repeated import repeated_paragraphs, without_repeated
from .sectiontitles import stand_in_title
from .sitepages import ZERO_DATE, without_site_pages
from .standfirsts import ended_standfirst, goes_on_in
from .texmath import rendered_tex
from .titledecor import undecorated
from .titles import HEADER_CUT, after_cut_title, clean_title, without_byline, without_doubled_kicker
from .urls import canonical_url

_AS = ("its text without its breaks", "the post's note on its history")  # (what a summary is, in a note)
TEASER_LENGTH = 80  # a summary shorter than this is a teaser: the content (if any) makes a better excerpt
MAX_UID_LENGTH, MAX_TAGS = 500, 20
UNTITLED = "(untitled)"  # the title of an entry with neither a title nor text

log = logging.getLogger("tidings.normalize")


def read_feed(
    body: bytes,
    *,
    url: str,
    content_type: str = "",
    source: str,
    now: datetime,
    excerpt_length: int,
    fast: bool = True,
    known: bytes = b"",
) -> FeedContent:
    """Bytes to normalized articles. Raises parse.FeedError with a readable message.
    (``fast=False``: XML read by feedparser only, see parse_feed.)

    ``known``: the ``entry_prints`` of this feed's last document read. An entry
    whose fingerprint is among them is exactly what was read then (every field,
    the feed's URL and link, the code that reads it): it gives no article, as
    storing it again would change nothing. A document whose entries may repeat
    one another is read whole: which of two copies is kept, and that the other
    is dropped, depends on both (normalize_feed)."""
    parsed, prints = parse_with_prints(body, url=url, content_type=content_type, now=now,
                                       excerpt_length=excerpt_length, fast=fast)  # fmt: skip
    entries = parsed.entries
    if known and not may_repeat(entries):
        old = {known[i : i + ENTRY_PRINT] for i in range(0, len(known), ENTRY_PRINT)}
        entries = [e for e, p in zip(parsed.entries, prints, strict=True) if p not in old]
    entries = lead_cased(parsed.entries, entries)  # (lead-ins in capitals, "HRVATSKI sabor…", in their case: 69a F1)
    articles = normalize_feed(
        dataclasses.replace(parsed, entries=entries) if entries is not parsed.entries else parsed,
        feed_url=url, source=source, now=now, excerpt_length=excerpt_length,
        cut_lengths=feed_cut_lengths(parsed.entries),  # (from every entry, the known ones too)
        repeated=repeated_paragraphs(parsed.entries, (parsed.title, parsed.link)),  # (likewise)
    )  # fmt: skip
    # A feed title declared plain text ("Why &lt;div&gt; soup") is not read as HTML.
    title = clean_title(repair_mojibake(parsed.title), is_html=parsed.title_is_html)
    return FeedContent(title=title, format=parsed.format, articles=articles, warning=parsed.warning, ttl=parsed.ttl,
                       entry_prints=packed(prints))  # fmt: skip


_MEDIA = re.compile(r"<(?:img|picture|video|audio|iframe|embed|object)\b", re.IGNORECASE)  # what a text may show


def normalize_feed(
    parsed: ParsedFeed,
    *,
    feed_url: str,
    source: str,
    now: datetime,
    excerpt_length: int,
    cut_lengths: tuple[FeedCuts, FeedCuts] | None = None,
    repeated: frozenset[str] | None = None,
) -> list[Article]:
    """Every entry of a parsed feed as an article, one per stable id (an entry with no title,
    no link and no text gives none). ``cut_lengths``, ``repeated``: the feed's (its entries' when not given)."""
    cuts = feed_cut_lengths(parsed.entries) if cut_lengths is None else cut_lengths
    again = repeated_paragraphs(parsed.entries, (parsed.title, parsed.link)) if repeated is None else repeated
    base = feed_url if feed_url.startswith(("http://", "https://")) else parsed.link
    base_canonical = canonical_url(base)  # the same for every entry (issue 8: once, not per entry)
    memo: dict = {"site": canonical_url(parsed.link, base)}  # so is the site's; authors and tags repeat: once per feed
    seen: set[str] = set()
    once = OncePerFeed(homes := {base_canonical, memo["site"]})
    shared = shared_links((e.id, e.link, e.title) for e in parsed.entries)  # (links that are no entry's own)
    articles: list[Article] = []
    for entry in own_texts(parsed.entries, again):  # (a content that is the feed's template: its summary)
        if unrendered_title(entry.title):  # ("{{ post.title | xml_escape }}": a broken template's; set48 F8)
            log.debug("feed %s: entry %r titled by unrendered template markup: skipped", source, entry.title[:80])
            continue
        try:  # (a fault in one entry's cleaning loses that entry, never the feed: one line says which)
            article = normalize_entry(
                entry, base_url=base, site_url=parsed.link, source=source, now=now, excerpt_length=excerpt_length,
                _base_canonical=base_canonical, _memo=memo, _cut_lengths=cuts, _shared=shared, _repeated=again,
            )  # fmt: skip
        except Exception as error:  # noqa: BLE001
            log.warning("feed %s: entry %r skipped, it could not be read (%s: %s)", source,
                        (entry.id or entry.link or entry.title)[:200], type(error).__name__, error)  # fmt: skip
            continue
        if no_title(article.title) and not article.excerpt and not identifies_item(article.link, homes):
            # No title (or a placeholder's), no text, no link of its own (none, "#", the site's root): nothing (set23 D4).
            log.debug("feed %s: entry %r has no title, text or link of its own: skipped", source, article.uid)
            continue
        if article.uid in seen:
            over_run_on(articles, article)  # a repeated entry: the first one wins (but over a scrape's run-on)
            continue
        seen.add(article.uid)
        earlier, why = once.earlier(article, len(articles), entry.id, marked_start(entry.summary + entry.content))
        if earlier is not None:
            # The same item again under another guid, a redirect link or with
            # only whitespace or markup changed: shown once, the first one wins.
            kept = articles[earlier]
            log.debug("feed %s: %r is a duplicate of %r (%s), dropped", source, article.uid, kept.uid, why)
            uid = article.uid if len(article.uid) <= 80 else article.uid[:79] + "…"
            note = f"duplicate of an earlier item in the feed ({why}): {uid} dropped"
            if note not in kept.provenance and len(kept.provenance) < 20:
                articles[earlier] = dataclasses.replace(kept, provenance=(*kept.provenance, note))
            continue
        articles.append(article)
    return without_site_pages(articles, source)  # (Hugo's zero-dated "About", "Search": no posts)


def normalize_entry(
    entry: RawEntry, *, base_url: str, site_url: str = "", source: str, now: datetime, excerpt_length: int,
    _base_canonical: str | None = None, _memo: dict | None = None, _cut_lengths: tuple[FeedCuts, FeedCuts] = ((0, 0, False, 0, False),) * 2,
    _shared: frozenset[str] = frozenset(), _repeated: frozenset[str] = frozenset(),
) -> Article:  # fmt: skip
    # A text given as plain that is HTML markup is read as HTML: its tags are never shown.
    summary_is_html = entry.summary_is_html or is_markup(entry.summary)
    # (a plain copy of an HTML content with code: the code read as prose; set47 F3)
    if copy_of_code := summary_is_html and bool(entry.content) and code_copy(entry.summary, entry.content):
        summary_is_html = False
    content_is_html = entry.content_is_html or is_markup(entry.content)
    plain = entry.summary if "<" in entry.summary else plain_marks_dropped(entry.summary, entry.content)  # set64a F18
    summary_blocks, summary_cves = _blocks(plain, summary_is_html, excerpt_length, entry.title)
    summary = summary_blocks.text
    content_blocks: Blocks
    content_cves: list[str]
    markup = entry.summary if summary_is_html else ""  # (its "[…]" may have gone with a tag the feed cut inside)
    # A summary that is the content's markup stripped, headings and lists run together or a list left out (a Jekyll
    # or WordPress auto-excerpt, typed "html" or not: set46 F6, set 64a F2, F14): the content is read instead
    jekyll = content_is_html and flattened_summary(summary_blocks, entry.summary, entry.content)
    fragment = bool(entry.content) and opens_mid_sentence(summary, entry.content, entry.title)  # (set46 F10)
    preface = bool(entry.content) and tells_history(summary)  # ("This post was originally an op-ed…": set51 F3)
    if (
        not (jekyll or preface)
        and not fragment
        and len(summary) >= TEASER_LENGTH
        and not all_quoted(summary)
        and content_is_html
        # (a summary the feed may have cut, or flattened (in Chinese: set21 F5), is compared with a fuller content)
        and (
            not may_be_cut(summary_blocks, markup, entry.content, _cut_lengths[0], entry.link)
            or len(entry.content) <= len(entry.summary)
        )
        and summary_is_html  # (a plain summary beside HTML content may be it flattened, its blocks run together)
    ):
        # The summary is the body (long enough, not cut by the feed): the content is only searched for CVE ids,
        # which are read from its markup (issue 8: cleaning it was a fifth of the time).
        content_blocks, content_cves = EMPTY, markup_cve_ids(entry.content)
    else:
        content_blocks, content_cves = _blocks(entry.content, content_is_html, excerpt_length, entry.title)
    content = content_blocks.text
    # (or a pull quote: set18 F11; or a site generator's front matter, the content's first paragraph: set65b F7)
    if content and (len(summary) < TEASER_LENGTH or all_quoted(summary) or front_matter(summary)):
        body_blocks, note = content_blocks, "text: the content (the summary is a teaser, a quote or missing)"
        retyped = not entry.content_is_html and content_is_html
    elif content and looks_shortened(summary_blocks, content_blocks, markup):
        body_blocks, note = content_blocks, "text: the content (fuller than the truncated summary)"
        retyped = not entry.content_is_html and content_is_html
    elif content and copy_of_code:
        body_blocks, note = content_blocks, "text: the content (the summary is its text, its code read as prose)"
        retyped = not entry.content_is_html
    elif content and (
        fragment
        and content[:1].isupper()
        or jekyll
        and content_shown(summary_blocks, entry.summary, content_blocks, entry.content, excerpt_length)
        or preface
        or not summary_is_html
        and content_is_html
        and text_flattened(summary, content)
    ):  # (or a summary that opens mid-sentence: set46 F10)
        # (an <itunes:summary>, the HTML's text with its blocks glued: "…our Podcast D'Or award.On this weeks…"; a preface)
        body_blocks, note = content_blocks, f"text: the content (the summary is {_AS[preface]})"
        if fragment and content[:1].isupper():
            note = "text: the content (the summary is the rest of one of its sentences)"
        retyped = not entry.content_is_html
    else:
        body_blocks, note = summary_blocks, "text: the summary"
        retyped = not entry.summary_is_html and summary_is_html
    open_ends = (cuts := _cut_lengths[(from_content := body_blocks is not summary_blocks)])[2]
    if at_cut_length(field := (entry.content if from_content else entry.summary).strip(), cuts, entry.link):
        body_blocks = dataclasses.replace(body_blocks, clipped=True)  # the feed cut it at its fixed length
    elif (
        open_ends
        and (len(field) <= SHORT_TEXT or len(body_blocks.text) < TEASER)  # (what ends_open read: not a long text)
        and (from_content or len(entry.content) <= len(entry.summary) or not goes_on_in(field, entry.content))
    ):
        # (no fuller text follows, or one the summary is not the start of: a standfirst, whole; set42 F7: an
        # aggregator's short texts end open, its relayed pages' Markdown it cut at 600 characters)
        body_blocks = ended_open(body_blocks)  # ("…bastante especial": whole; "…? Vi giver vores bud her")
    if cuts[4] and not body_blocks.clipped:  # (a feed that opens its texts with a standfirst: set 66b F2)
        body_blocks = ended_standfirst(body_blocks)
    body = body_blocks.text
    notes = [note + ", read as HTML (given as plain text, but it is markup)" if retyped else note]
    # (what the feed repeats in many entries, calls to action and credits go from what is shown; the id and hash keep all)
    if not from_content and content_is_html and "<" not in field:  # (a WordPress description's "…affiliate. MP3 link")
        body_blocks = without_ending_label(headings_apart(body_blocks, entry.content, entry.title), entry.content)
        if not content and len(summary) < TEASER_LENGTH and links_only(summary, entry.content):
            body_blocks = EMPTY  # (the content's links flattened, that gave nothing: navigation; set46 F2)
    body_blocks, repeat_notes = without_repeated(before := body_blocks, _repeated, field, entry.title)
    body_blocks, promo_notes = without_promos(body_blocks)
    body_blocks, more_notes = without_own_link(body_blocks, field, entry.link)  # ("Did You Click to Read the…")
    promo_notes, body_blocks = repeat_notes + promo_notes + more_notes, after_trailer(body_blocks, before)
    if lead_in_only(body_blocks) and _MEDIA.search(entry.summary + entry.content):
        promo_notes = [f'removed: a lead-in to a picture or a video ("{body_blocks.lines[0]}"): no excerpt']
        body_blocks = EMPTY
    title = undecorated(rendered_tex(clean_title(repair_mojibake(entry.title), is_html=entry.title_is_html)), _repeated)
    # (the site's name every title has gone: "sort data - Upwork"; a publisher's said twice: once)
    title, byline = without_byline(without_doubled_kicker(without_doubled_name(title, entry.summary)))
    if cut_stand_in := not title:  # (a stand-in cut inside a sentence: the excerpt goes on from its cut)
        title, body_blocks = stand_in_title(body_blocks, body or content, UNTITLED, field)  # (set59 F7, 71b F12)
        cut_stand_in = title.endswith("…")
    if (
        len(body_blocks.lines) == 1
        and a_label(body_blocks.lines[0], title)
        and lone_link_text(field) == body_blocks.lines[0]
    ):
        # A link post's whole text, its link's label ("The Guardian", "twitter"): no excerpt.
        promo_notes.append(f'removed: the text is only a link\'s label ("{body_blocks.lines[0]}"): no excerpt')
        body_blocks = EMPTY
    body_blocks = without_dated_byline(body_blocks, entry.published, field, promo_notes)  # (set 66b F1)
    feed_link = canonical_url(base_url) if _base_canonical is None else _base_canonical
    link, link_notes = entry_link(entry, base_url, site_url, feed_link)
    homes = (feed_link, (_memo or {}).get("site") or canonical_url(site_url, base_url))  # (normalize_feed's: once)
    # (the entry's own link; an enclosure never makes the id: an entry's id stays what it was before)
    # (the raw title, or the raw text's start: an id must not change when the cleaning does)
    uid = entry_uid(entry.id, link, entry.link, entry.title or (entry.summary or entry.content)[:200],
                    homes=homes, shared=_shared)  # fmt: skip
    if link and entry.enclosure and (link == canonical_url(entry.enclosure, base_url) or measured_media(link)):
        link = ""  # (the file it carries, or a copy behind a counter, as its guid or link, is no page: set44 F1)
    if (opened := opened_link(link, base_url))[0] != link:
        link, link_notes = opened[0], [*link_notes, opened[1]]
    if link and (own := own_link(entry, link, base_url, homes, _shared)):  # (a home page's, a link others share)
        link, link_notes = own
    if not link:  # (no page of its own: release notes, a page its text names; never the file it carries)
        link, link_notes = page_link(entry, base_url, site_url, link_notes)
    notes += link_notes
    published = entry.published
    has_date = published is not None and published <= now + FUTURE_TOLERANCE
    notes.append(_date_note(entry, has_date))
    if published is None or not has_date:
        published = now
    body_blocks, title_notes = without_title_parts(body_blocks, title)  # ("Headline - Source": Google News')
    promo_notes += title_notes
    title, shown, cut_notes = after_cut_title(title, body_blocks)  # (a stand-in's too: the text once)
    excerpt = without_picture_sentence(timed_excerpt(shown, excerpt_length, "" if cut_stand_in else title, field))
    # (after a header title, from where the excerpt starts: "Full TimeChipStack is…" is no sentence, set40 d36)
    lead_blocks = shown if cut_notes[:1] == [HEADER_CUT] else body_blocks
    notes[1:1] = [*promo_notes, *cut_notes, *excerpt.notes]  # after the text's source, before the link's and the date's
    return Article(
        uid=_uid(uid, entry),
        link=link,
        title=title,
        excerpt=with_one_ellipsis(excerpt.text),
        published=published,
        source=source,
        author=_clean_author(entry.author or byline, {} if _memo is None else _memo),  # (titles.without_byline)
        # CVE ids become tags: `/news search CVE-2024-12345` and tag filters find them.
        tags=_tags(
            entry.tags + tuple(_cves(title, summary, content, summary_cves, content_cves)),
            {} if _memo is None else _memo,
        ),
        has_date=has_date,
        content_hash=_hash(title, body),
        provenance=tuple(notes),
        # (a list of links' rows, a long paragraph the feed repeats in a few entries: no sentences of the story's)
        lead=lead_of(lead_blocks, title, getattr(_repeated, "recurring", frozenset())),  # (a heading run in: not)
    )


def _date_note(entry: RawEntry, has_date: bool) -> str:
    """Where the date came from, one short line: `date: pubDate "…" (Portuguese names)`."""
    if entry.date_text:
        text = " ".join(entry.date_text.split())
        text = text[:60] + "…" if len(text) > 60 else text
        source = f'{entry.date_field or "the feed"} "{text}"'
    else:
        source = "the feed's"
    if entry.published is None:
        if not entry.date_text:
            return "date: none in the feed, the time it was first seen"
        if zero_date(entry.date_text):
            return f"date: {source} {ZERO_DATE} (before 1970), the time it was first seen"  # (sitepages reads it)
        return f"date: {source} could not be read, the time it was first seen"
    if not has_date:
        return f"date: {source} is more than a day ahead, clamped to the time it was first seen"
    return f"date: {source} ({entry.date_note})" if entry.date_note else f"date: {source}"


# Markup longer than this is cleaned from its start only, when the start holds text enough for any excerpt; CVE ids
# in the rest are read from its markup (clean.markup_cve_ids). A full article is mostly more than an excerpt needs
# (issue 14: cleaning whole contents to find a fuller excerpt cost a third more time; half of the corpus's markup is
# within the first 4 KB of its field, and a security advisory's 500 KB of markup was a fifth of all there was to clean).
HEAD_OF_MARKUP = 4096


def _blocks(value: str, is_html: bool, excerpt_length: int, title: str) -> tuple[Blocks, list[str]]:
    """The field's blocks (its mojibake mended: bot/mojibake.py; ``title``: the entry's), and the CVE ids of the
    part of it they leave out."""
    if not is_html:
        return without_flat_tweets(plain_blocks(repair_mojibake(value), title)), []  # (a tweet as text: set 66a F2)
    if len(value) > HEAD_OF_MARKUP:
        head = without_flat_tweets(html_blocks(repair_mojibake(value[:HEAD_OF_MARKUP]), cut=True, title=title))
        if len(head.text) >= 4 * excerpt_length:  # (a little overlap: an id cut in two at the head's end is whole)
            return head, markup_cve_ids(value[HEAD_OF_MARKUP - 40 :])
    return without_flat_tweets(html_blocks(repair_mojibake(value), title=title)), []


def _cves(title: str, summary: str, content: str, *more: list[str]) -> list[str]:
    found = cve_ids(title, summary, content)
    for ids in more:
        found += [cve for cve in ids if cve not in found]
    return found


def _uid(uid: str, entry: RawEntry) -> str:
    # Lone surrogates (broken JSON escapes) cannot be stored: the database refuses them.
    uid = uid.encode("utf-8", "replace").decode("utf-8")
    if not uid:  # (the raw text's, not the cleaning's: an upgrade keeps it, dedup.raw_key)
        return "sha1:" + _hash("", raw_key(entry.title, entry.summary or entry.content))
    if len(uid) > MAX_UID_LENGTH:
        return "sha1:" + hashlib.sha1(uid.encode("utf-8", "replace")).hexdigest()
    return uid


def _hash(*parts: str) -> str:
    return hashlib.sha1("\n".join(parts).encode("utf-8", "replace")).hexdigest()


def _clean_author(author: str, memo: dict) -> str:
    if (clean := memo.get(key := ("author", author))) is None:
        clean = memo[key] = clean_title(repair_mojibake(author))[:200]
    return clean


def _tags(raw: tuple[str, ...], memo: dict) -> tuple[str, ...]:
    tags: list[str] = []
    for tag in raw:
        if (clean := memo.get(key := ("tag", tag))) is None:
            clean = memo[key] = " ".join(plain_to_text(repair_mojibake(tag)).split())[:60]
        if clean and clean.lower() not in (t.lower() for t in tags):
            tags.append(clean)
    return tuple(tags[:MAX_TAGS])
