"""One forum thread, one digest entry: a topic's feed whose every post is an entry under the topic's title (set 70b F8,
JoshHubi--leakfree-topic.rss: Discourse's topic RSS, "Problems with the Male Scientist models" twelve times, linked
"…/t/problems-with-the-male-scientist-models/63238/1" … "/12") was twelve bullets with one headline, two of them a
headline alone (a post of a picture only).

Stories of one feed whose headline is the same and whose links are posts of one Discourse topic ("/t/<slug>/<topic's
number>/<post's number>": "/t/<slug>/63238/12", one "/t/<slug>/63238" for all) become one story: its lead is the
topic's first post here (the lowest post number with a text), the others are counted ("+11 replies", ``replies``), and
the summary is the lead's alone (bot/stories.py): the posts are many voices, and a summary of them all would run them
together as one (set42's two readers' comments, bot/cluster.py ``_one_item``). The entry's time is its newest post's
(``latest``). Not two topics of one forum (two topic numbers), nor two feeds, nor any other numbered links under one
headline: a news section's "/world/2026/481516", a changelog's "/changelog/2026/11", a podcast's "/show/12", an
article's pages "/article/<slug>/12345/2" (rev70d F2-F4). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from .cluster import Cluster, Match
from .models import StoredArticle

THREAD = "one thread's posts"  # (the Cluster.reason and Match.rule of a joined thread)
_LETTER = re.compile(r"[^\W\d_]")  # (a slug has one: "2024" is no topic's)


def joined_threads(stories: Sequence[Cluster]) -> list[Cluster]:
    """``stories`` with each thread's posts (two stories or more, each of one feed, one headline and one topic) made
    one story, where its first story stood."""
    keys = [_thread(story) for story in stories]
    threads: dict[tuple[str, str, str], list[int]] = {}
    for n, key in enumerate(keys):
        if key is not None:
            threads.setdefault(key, []).append(n)
    out: list[Cluster] = []
    for n, story in enumerate(stories):
        key = keys[n]
        family = threads.get(key) if key is not None else None
        if family is None or len(family) < 2:
            out.append(story)
        elif family[0] == n:
            out.append(_one_thread([stories[k] for k in family]))
    return out


def replies(story: Cluster) -> int:
    """How many posts a thread's story counts besides its lead (0 for any other story)."""
    return len(story.members) - 1 if story.reason == THREAD else 0


def _thread(story: Cluster) -> tuple[str, str, str] | None:
    """(feed, headline, topic) of a story whose members are all posts of one topic in one feed under one headline."""
    keys = {(m.feed, " ".join(m.article.title.casefold().split()), _topic(m.article.link)) for m in story.members}
    if len(keys) != 1:
        return None
    key = keys.pop()
    return key if key[1] and key[2] else None


def latest(story: Cluster) -> StoredArticle:
    """A thread's newest post (its time is the entry's, for its date and its place: a topic a reply came to an hour ago
    is not last week's, rev70d F5), or any other story's lead."""
    if story.reason != THREAD:
        return story.lead
    return max(story.members, key=lambda m: (m.article.published, m.id))


def _topic(link: str) -> str:
    """The topic a post's link names (its host and its path but the post's number, "/"-ended), or ""."""
    found = _parsed(link)
    return found[0] if found else ""


def _post_number(member: StoredArticle) -> int:
    found = _parsed(member.article.link)
    return found[1] if found else 0


def _parsed(link: str) -> tuple[str, int] | None:
    """(host and topic path, the post's number) of a forum post's link, or None (rev70d F11: one reading)."""
    try:
        parts = urlsplit(link)
    except ValueError:  # (an address urlsplit cannot read: "http://[::1/…")
        return None
    found = _post(parts.path) if parts.netloc and not parts.query else None
    return (f"{parts.netloc.casefold()}{found[0]}/", found[1]) if found else None


def _post(path: str) -> tuple[str, int] | None:
    """(the topic's path, the post's number) of a Discourse post's path, "/t/<slug>/<topic>/<post>"
    ("/t/some-topic/63238/12"; under a folder too, "/forum/t/…"), or None. Only that shape: any path ending in a
    word and two numbers was news sections' "/world/2026/481516", a changelog's "/changelog/2026/11", a podcast's
    "/episodes/2026/47" and an article's pages "/article/how-rust-won/12345/2" under one headline: other stories, or
    pages, joined as "replies" (rev70d F2-F4). No other forum engine's post links are in the corpus."""
    head, *tail = path.rstrip("/").rsplit("/", 4)
    if len(tail) != 4 or tail[0] != "t" or not (tail[2].isdigit() and tail[3].isdigit() and len(tail[3]) <= 6):
        return None
    if not tail[2].isascii() or not tail[3].isascii() or not _LETTER.search(tail[1]):
        return None
    return f"{head}/t/{tail[1]}/{tail[2]}", int(tail[3])


def _one_thread(stories: list[Cluster]) -> Cluster:
    """The thread's stories as one: the first post with a text leads (the topic's opening post when it is here),
    the rest in time order; each join said (`explain`)."""
    members = sorted((m for story in stories for m in story.members), key=lambda m: (m.article.published, m.id))
    lead = min(members, key=lambda m: (not m.article.excerpt, _post_number(m)))  # (stable: the earliest of a tie)
    rest = tuple(m for m in members if m is not lead)
    matches = [match for story in stories for match in story.matches]
    matches += [Match(THREAD, lead.id, m.id, 1.0, "one topic's posts in one feed") for m in rest]
    return Cluster((lead, *rest), THREAD, tuple(matches))
