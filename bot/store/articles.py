"""Articles: storing a feed's items (new, changed, or the same item under a new
guid), reading them back for digests and commands, article pages, pruning."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from json.encoder import encode_basestring, encode_basestring_ascii

import sqlalchemy as sa

from ..models import Article, StoredArticle
from .connection import Connections
from .schema import article_pages, article_texts, articles, delivery_items, feeds

# Statements of the poll path, built once: building one costs more than
# running it on a small table (issue 8).
log = logging.getLogger("tidings.store")

_FEED_ID = sa.select(feeds.c.id).where(feeds.c.name == sa.bindparam("name"))
_LAST_SUCCESS = sa.select(feeds.c.last_success_at).where(feeds.c.id == sa.bindparam("feed_id"))
HISTORY_AT_ONCE = 3  # unknown items dated before the horizon, at once, to be taken for forgotten ones
_INSERT_ARTICLES = articles.insert()
_INSERT_ARTICLES_RETURNING = _INSERT_ARTICLES.returning(articles.c.uid, articles.c.id)
_KNOWN_UIDS = sa.select(articles.c.uid, articles.c.content_hash).where(
    articles.c.feed_id == sa.bindparam("feed_id"), articles.c.uid.in_(sa.bindparam("uids", expanding=True))
)
# Stored articles of a feed with one of these links (ix_articles_link): the same item under a new guid?
_SAME_LINKS = sa.select(articles.c.id, articles.c.link, articles.c.title, articles.c.content_hash).where(
    articles.c.link.in_(sa.bindparam("links", expanding=True)), articles.c.feed_id == sa.bindparam("feed_id")
)
_SAME_UIDS = sa.select(articles.c.id, articles.c.uid, articles.c.title, articles.c.content_hash).where(
    articles.c.uid.in_(sa.bindparam("uids", expanding=True)), articles.c.feed_id == sa.bindparam("feed_id")
)
_CHANGED_COLUMNS = ("title", "excerpt", "link", "tags", "author", "content_hash", "updated_at", "provenance")
_UPDATE_BY_UID = (
    articles.update()
    .where(articles.c.feed_id == sa.bindparam("_feed_id"), articles.c.uid == sa.bindparam("_uid"))
    .values({k: sa.bindparam(k) for k in _CHANGED_COLUMNS})
)
_UPDATE_BY_ID = (
    articles.update().where(articles.c.id == sa.bindparam("_id")).values({k: sa.bindparam(k) for k in _CHANGED_COLUMNS})
)

# An article's lead and sentences (the summary's text, bot/sentences.py): kept apart from the
# articles' rows. An edit that leaves the lead as it was keeps its sentences; a new lead is
# segmented again when it is shown.
_TEXT_UPDATE = {
    "lead": sa.bindparam("lead"),
    "sentences": sa.case((article_texts.c.lead == sa.bindparam("lead"), article_texts.c.sentences), else_=""),
}
_UPDATE_TEXT_BY_UID = article_texts.update().values(_TEXT_UPDATE).where(
    article_texts.c.article_id == sa.select(articles.c.id).where(
        articles.c.feed_id == sa.bindparam("_feed_id"), articles.c.uid == sa.bindparam("_uid")).scalar_subquery()
)  # fmt: skip
_UPDATE_TEXT_BY_ID = (
    article_texts.update().values(_TEXT_UPDATE).where(article_texts.c.article_id == sa.bindparam("_id"))
)
_TEXTS = sa.select(article_texts).where(article_texts.c.article_id.in_(sa.bindparam("ids", expanding=True)))
_SET_SENTENCES = (
    article_texts.update()
    .where(article_texts.c.article_id == sa.bindparam("_id"))
    .values(sentences=sa.bindparam("sentences"))
)


def _json_strings(items: Iterable[str], ensure_ascii: bool = False) -> str:
    """``json.dumps(list(items), ensure_ascii=…)`` for strings (tags, provenance notes): the same
    text, without building an encoder per call (json.dumps does when given ensure_ascii=False:
    a fifth of the time of storing an article, issue 15)."""
    quote = encode_basestring_ascii if ensure_ascii else encode_basestring
    return "[" + ", ".join([quote(item) for item in items]) + "]"


def _changed_row(a: Article, now: datetime) -> dict:
    """The new values for _UPDATE_BY_UID or _UPDATE_BY_ID, for an article whose text changed."""
    return dict(
        title=a.title, excerpt=a.excerpt, link=a.link, tags=_json_strings(a.tags, ensure_ascii=True), author=a.author,
        content_hash=a.content_hash, updated_at=now, provenance=_json_strings(a.provenance),
    )  # fmt: skip


def _article_row(a: Article, *, feed_id: int, first_seen: datetime, backfill: bool) -> dict:
    return dict(
        feed_id=feed_id,
        uid=a.uid,
        link=a.link,
        title=a.title,
        excerpt=a.excerpt,
        author=a.author,
        tags=_json_strings(a.tags),
        published=a.published,
        has_date=a.has_date,
        first_seen=first_seen,
        content_hash=a.content_hash,
        backfill=backfill,
        provenance=_json_strings(a.provenance),
    )


# What every article query selects, in this order (stored_articles unpacks rows
# by position): every column but the bookkeeping ones, and the feed's name.
_ARTICLE_COLUMNS = (
    articles.c.id, articles.c.uid, articles.c.link, articles.c.title, articles.c.excerpt, articles.c.author,
    articles.c.tags, articles.c.published, articles.c.has_date, articles.c.first_seen, articles.c.content_hash,
    articles.c.backfill, feeds.c.name.label("feed_name"),
)  # fmt: skip


def select_articles() -> sa.Select:
    return sa.select(*_ARTICLE_COLUMNS).join(feeds, feeds.c.id == articles.c.feed_id)


def stored_articles(rows: Iterable[sa.Row]) -> list[StoredArticle]:
    """StoredArticles from rows of _ARTICLE_COLUMNS (types already converted by
    SQLAlchemy: aware UTC datetimes, bools). Rows are unpacked by position and
    each distinct tags string is decoded once: a digest reads a thousand rows,
    and reading them by column name cost more than the query itself."""
    tags_of: dict[str | None, tuple[str, ...]] = {"[]": (), "": (), None: ()}
    out = []
    for (
        id_,
        uid,
        link,
        title,
        excerpt,
        author,
        tags,
        published,
        has_date,
        first_seen,
        content_hash,
        backfill,
        feed,
    ) in rows:
        decoded = tags_of.get(tags)
        if decoded is None:
            decoded = tags_of[tags] = tuple(json.loads(tags))
        # Positional, in the dataclasses' field order (the test of the readers checks it): keyword
        # arguments cost a tenth of articles_since for a thousand rows.
        article = Article(uid, link, title, excerpt, published, feed, author, decoded, has_date, content_hash)
        out.append(StoredArticle(id_, feed, article, first_seen, backfill))
    return out


class ArticleStore(Connections):
    def store_articles(
        self, feed_name: str, items: Sequence[Article], *, now: datetime, backfill: bool = False,
        horizon: timedelta | None = None,
    ) -> list[StoredArticle]:  # fmt: skip
        """Store a feed's articles; return the ones not seen before, as stored
        (with their ids), in the order given.

        An article already stored (same feed, same uid) is never new again; if
        its text changed, the stored copy is updated in place. ``horizon``: the
        archive's retention. An unknown article dated further back than that is
        history (most likely one the daily prune forgot while it stayed in its
        feed): stored like a first poll's articles, never posted, not returned.
        """
        if not items:
            return []
        with self._begin() as conn:
            feed_id = conn.execute(_FEED_ID, {"name": feed_name}).scalar_one()
            known: dict[str, str] = {}
            uids = [a.uid for a in items]
            for start in range(0, len(uids), 500):  # stay under SQL parameter limits
                rows = conn.execute(_KNOWN_UIDS, {"feed_id": feed_id, "uids": uids[start : start + 500]})
                known.update((uid, content_hash) for uid, content_hash in rows)
            new = [a for a in items if a.uid not in known]
            changed = [a for a in items if a.uid in known and known[a.uid] != a.content_hash]
            # A backfill (the feed's first poll) has nothing stored to repeat, and is never posted.
            new, again = self._same_items(conn, feed_id, new) if new and not backfill else (new, [])
            if new and horizon is not None and not backfill:
                new = self._history_held_back(conn, feed_id, feed_name, new, now=now, horizon=horizon)
            ids = self._insert_articles(conn, feed_id, new, now=now, backfill=backfill) if new else []
            for a in changed:
                conn.execute(_UPDATE_BY_UID, {**_changed_row(a, now), "_feed_id": feed_id, "_uid": a.uid})
                conn.execute(_UPDATE_TEXT_BY_UID, {"lead": a.lead, "_feed_id": feed_id, "_uid": a.uid})
            for id_, a in again:
                conn.execute(_UPDATE_BY_ID, {**_changed_row(a, now), "_id": id_})
                conn.execute(_UPDATE_TEXT_BY_ID, {"lead": a.lead, "_id": id_})
        new = [
            a if a.source == feed_name else dataclasses.replace(a, source=feed_name) for a in new
        ]  # as stored_articles reads it
        return [StoredArticle(id=i, feed=feed_name, article=a, first_seen=now, backfill=backfill)
                for i, a in zip(ids, new, strict=True)]  # fmt: skip

    def _history_held_back(
        self, conn, feed_id: int, feed_name: str, new: list[Article], *, now: datetime, horizon: timedelta
    ) -> list[Article]:
        """The articles that are news: ``new`` without the items the daily prune forgot
        while they stayed in the feed, which come back at the next change of the document
        looking new. Those are recognised together: several of them (HISTORY_AT_ONCE),
        most of what is unknown, each dated before the archive's horizon and before the
        feed's last good poll (so the archive could have held it). They are stored as
        history (never posted) and said once in the log. A lone new item with an old
        date (a CVE's publication date, a date mistake) stays news."""
        last_ok = conn.execute(_LAST_SUCCESS, {"feed_id": feed_id}).scalar()
        if last_ok is None:
            return new
        cutoff = min(now - horizon, last_ok)
        old = [a for a in new if a.has_date and a.published < cutoff]
        if len(old) < HISTORY_AT_ONCE or 2 * len(old) <= len(new):
            return new
        note = f"history: dated before the archive's {horizon.days}-day horizon and back in the feed: not posted"
        self._insert_articles(
            conn, feed_id, [dataclasses.replace(a, provenance=(*a.provenance, note)) for a in old], now=now,
            backfill=True,
        )  # fmt: skip
        log.info("feed %r: %d items dated before the archive's %d-day horizon are back in the feed (forgotten by "
                 "the daily prune while the feed kept them): stored as history, not posted",
                 feed_name, len(old), horizon.days)  # fmt: skip
        held = {id(a) for a in old}
        return [a for a in new if id(a) not in held]

    def _same_items(self, conn, feed_id: int, new: list[Article]) -> tuple[list[Article], list[tuple[int, Article]]]:
        """Split articles with unknown uids into the really new ones and the ones
        already stored under another guid: the same canonical link (one that names
        an item, dedup.identifies_item) and the same title, in the same feed. The
        second come back as (stored id, article) when their text changed: updated
        in place, never new again."""
        from ..dedup import TITLE_MARK, identifies_item, title_key  # (rapidfuzz: the poll's, not the readers')

        links = list(dict.fromkeys(a.link for a in new if identifies_item(a.link)))
        # An entry told apart by its title ("<link>#title-sha1:…") was stored under the bare
        # link before that rule (2026-12-04): found by it, with the same title, it is not new.
        bare = list(dict.fromkeys(a.uid.split(TITLE_MARK)[0] for a in new if TITLE_MARK in a.uid))
        if not links and not bare:
            return new, []
        stored: dict[str, list[tuple[int, str, str]]] = {}
        for key, statement, values in (("links", _SAME_LINKS, links), ("uids", _SAME_UIDS, bare)):
            for start in range(0, len(values), 500):  # stay under SQL parameter limits
                for id_, found, title, content_hash in conn.execute(
                    statement, {"feed_id": feed_id, key: values[start : start + 500]}
                ):
                    stored.setdefault(found, []).append((id_, title_key(title), content_hash))
        if not stored:
            return new, []
        really_new: list[Article] = []
        again: list[tuple[int, Article]] = []
        matched: set[int] = set()
        for a in new:
            title = title_key(a.title)
            rows = stored.get(a.uid.split(TITLE_MARK)[0], ()) if TITLE_MARK in a.uid else stored.get(a.link, ())
            match = next((row for row in rows if row[1] == title), None)
            if match is None:
                really_new.append(a)
            elif match[0] not in matched:
                matched.add(match[0])
                if match[2] != a.content_hash:
                    again.append((match[0], a))
        return really_new, again

    def _insert_articles(self, conn, feed_id: int, new: list[Article], *, now: datetime, backfill: bool) -> list[int]:
        """Insert new articles (uids unique); their ids, in the same order.
        Multi-row INSERT … RETURNING where the database has it (SQLite 3.35+,
        PostgreSQL), else a lookup by uid."""
        rows = [_article_row(a, feed_id=feed_id, first_seen=now, backfill=backfill) for a in new]
        ids: dict[str, int] = {}
        if conn.dialect.insert_executemany_returning:
            ids.update((uid, i) for uid, i in conn.execute(_INSERT_ARTICLES_RETURNING, rows))
        else:
            conn.execute(_INSERT_ARTICLES, rows)
            uids = [a.uid for a in new]
            for start in range(0, len(uids), 500):
                chunk = uids[start : start + 500]
                query = sa.select(articles.c.uid, articles.c.id).where(
                    articles.c.feed_id == feed_id, articles.c.uid.in_(chunk)
                )
                ids.update((uid, i) for uid, i in conn.execute(query))
        texts = [{"article_id": ids[a.uid], "lead": a.lead, "sentences": "\n".join(a.sentences)} for a in new if a.lead]
        if texts:
            conn.execute(article_texts.insert(), texts)
        return [ids[a.uid] for a in new]

    def articles_since(
        self, feed_names: Sequence[str], since: datetime | None, until: datetime, *, include_backfill: bool = False,
        undelivered_in: str | None = None,
    ) -> list[StoredArticle]:  # fmt: skip
        """Articles of these feeds first seen in (since, until]; with
        ``undelivered_in``, only those not yet delivered to that channel."""
        query = self._article_query(feed_names).where(articles.c.first_seen <= until)
        if since is not None:
            query = query.where(articles.c.first_seen > since)
        if not include_backfill:
            query = query.where(articles.c.backfill.is_(False))
        if undelivered_in is not None:
            delivered = sa.select(delivery_items.c.article_id).where(
                delivery_items.c.channel == undelivered_in, delivery_items.c.article_id == articles.c.id
            )
            query = query.where(~delivered.exists())
        with self._connect() as conn:
            return stored_articles(conn.execute(query.order_by(articles.c.published.desc())).all())

    def latest_articles(
        self, feed_names: Sequence[str], limit: int, *, dated_first: bool = False
    ) -> list[StoredArticle]:
        """The newest articles; with ``dated_first``, those with a date of their own before the
        undated ones (dated by first sight: a first digest must not be filled with them)."""
        # (at the same time by feed, then as stored: two feeds polled at once store in either order, set40's re-read)
        order = [articles.c.published.desc(), articles.c.feed_id, articles.c.id.desc()]
        if dated_first:
            order.insert(0, articles.c.has_date.desc())
        query = self._article_query(feed_names).order_by(*order)
        with self._connect() as conn:
            return stored_articles(conn.execute(query.limit(limit)).all())

    def articles_by_link(self, links: Sequence[str]) -> list[StoredArticle]:
        """Stored articles (of any feed) whose link is one of these."""
        query = select_articles().where(articles.c.link.in_(list(links))).order_by(articles.c.first_seen)
        with self._connect() as conn:
            return stored_articles(conn.execute(query).all())

    def provenance(self, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """Where each stored article's date, text and link came from (Article.provenance), by id."""
        query = sa.select(articles.c.id, articles.c.provenance).where(articles.c.id.in_(list(ids)))
        with self._connect() as conn:
            return {id_: tuple(json.loads(value or "[]")) for id_, value in conn.execute(query)}

    def known_pages(self, urls: Sequence[str]) -> set[str]:
        """Which of these article pages were fetched already (successfully or not)."""
        with self._connect() as conn:
            rows = conn.execute(sa.select(article_pages.c.url).where(article_pages.c.url.in_(list(urls))))
            return {r.url for r in rows}

    def save_page(self, url: str, *, text: str, error: str, now: datetime) -> None:
        with self._begin() as conn:
            conn.execute(article_pages.delete().where(article_pages.c.url == url))
            conn.execute(article_pages.insert().values(url=url, text=text, error=error, fetched_at=now))

    def set_excerpt(self, feed_name: str, uid: str, excerpt: str) -> None:
        """Replace an article's excerpt (with one from its page), keeping its content hash."""
        with self._begin() as conn:
            feed_id = sa.select(feeds.c.id).where(feeds.c.name == feed_name).scalar_subquery()
            conn.execute(
                articles.update().where(articles.c.feed_id == feed_id, articles.c.uid == uid).values(excerpt=excerpt)
            )

    def set_sentences(self, sentences: dict[int, str]) -> None:
        """Store articles' segmented leads (bot/sentences.py), by id: a sentence a line."""
        if sentences:
            with self._begin() as conn:
                conn.execute(_SET_SENTENCES, [{"_id": id_, "sentences": text} for id_, text in sentences.items()])

    def article_texts(self, ids: Sequence[int]) -> dict[int, tuple[str, tuple[str, ...]]]:
        """The lead and the sentences (none until segmented) of these articles, by id."""
        out: dict[int, tuple[str, tuple[str, ...]]] = {}
        ids = list(ids)
        with self._connect() as conn:
            for start in range(0, len(ids), 500):  # stay under SQL parameter limits
                for id_, lead, sentences in conn.execute(_TEXTS, {"ids": ids[start : start + 500]}):
                    out[id_] = (lead, tuple(sentences.split("\n")) if sentences else ())
        return out

    def count_articles(self) -> int:
        with self._connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()

    def prune(self, before: datetime) -> int:
        """Delete articles first seen before ``before``; returns how many."""
        with self._begin() as conn:
            return conn.execute(articles.delete().where(articles.c.first_seen < before)).rowcount

    def _article_query(self, feed_names: Sequence[str]) -> sa.Select:
        return select_articles().where(feeds.c.name.in_(list(feed_names)))
