"""Full-text search over the archive: FTS5 on SQLite, tsvector on PostgreSQL,
substring matching elsewhere. Terms are bound as parameters, never built into SQL."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from ..models import StoredArticle
from .articles import select_articles, stored_articles
from .connection import Connections
from .schema import articles, feeds

# PostgreSQL's setweight takes a "char": an untyped literal, not a bound VARCHAR.
_WEIGHT: dict[str, sa.ColumnClause] = {w: sa.literal_column(f"'{w}'") for w in "ABC"}
# PostgreSQL: the searched document, written exactly as the GIN index of migration
# 0003 (ix_articles_search) writes it, so that the planner can use that index; any
# other spelling (without the coalesce, with bound parameters) is read row by row.
_PG_DOCUMENT: sa.ColumnClause[Any] = sa.literal_column(
    "to_tsvector('simple', coalesce(articles.title, '') || ' ' || coalesce(articles.excerpt, '')"
    " || ' ' || coalesce(articles.tags, ''))"
)


_FTS = sa.table("articles_fts", sa.column("rowid"))
# A word found in a large share of a big archive ("apple" in 143,000 of 1,000,000
# articles in the archive benchmark) would have every one of its matches ranked:
# 0.4-0.5 s on SQLite. Only the newest DEPTH matches are ranked (the newest by
# storage order, before the search's own filters): at 1,100 articles a day, at
# least four days of articles for a word in every one of them, a month for one in
# a seventh of them. count_matches still counts them all. (10,000: up to 60 ms a
# search at 1,000,000 articles; 5,000: up to ~25 ms.)
DEPTH = 5_000


def _fts_match(terms: Sequence[str]) -> sa.TextClause:
    return sa.text("articles_fts MATCH :match").bindparams(match=fts5_query(terms))


def _search_terms(terms: Sequence[str]) -> list[str]:
    """The terms with their spaces tidied, without those that are only "*"."""
    return [t for t in (" ".join(t.split()) for t in terms) if t.strip("*")]


def _narrowed(
    *, feed_names: Sequence[str] | None = None, since: datetime | None = None, tag: str | None = None, **_: Any
) -> bool:
    """Whether a search is narrowed to some feeds, a time or a tag (tag_feeds go with the tag)."""
    return feed_names is not None or since is not None or bool(tag)


class SearchError(Exception):
    """A search that could not be run; the message is for the user."""


def fts5_query(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression that can never be a syntax error: every term is
    a quoted string (quotes doubled), a trailing * makes it a prefix search,
    and terms are ANDed."""
    parts = []
    for term in terms:
        prefix = term.endswith("*")
        body = term.rstrip("*").replace('"', '""')
        parts.append(f'"{body}"' + ("*" if prefix else ""))
    return " ".join(parts)


def _first_line(exc: object) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


# An article is first seen at most FUTURE_TOLERANCE (a day) before the date it gives (a
# later date is the feed's mistake: the poll time is used), and ids grow with first sight
# (an hour's margin for instances whose clocks or transactions disagree).
_SEEN_MARGIN = timedelta(hours=1)


def _since_floor(conn: sa.Connection, query: sa.Select, since: datetime | None) -> sa.Select:
    """SQLite: a search narrowed to articles dated ``since`` or later, also narrowed to the
    rowids of the articles first seen since then (one lookup in ix_articles_first_seen),
    which FTS5 applies itself: "iphone since:7d" no longer joins all of the word's 70,000
    matches to their articles to keep a week's (60 -> 2 ms at 1,000,000 articles)."""
    if since is None:
        return query
    # (bot.dates, the date parser, is imported by a search since a time only: its patterns
    # and month names cost every `tidings status` and `search` start-up ~3 ms, issue 18)
    from ..dates import FUTURE_TOLERANCE

    floor = conn.execute(
        sa.select(articles.c.id)
        .where(articles.c.first_seen >= since - (FUTURE_TOLERANCE + _SEEN_MARGIN))
        .order_by(articles.c.first_seen, articles.c.id)
        .limit(1)
    ).scalar()
    return query.where(sa.false()) if floor is None else query.where(_FTS.c.rowid >= floor)  # (none seen since)


class SearchStore(Connections):
    def search(
        self,
        terms: Sequence[str],
        *,
        feed_names: Sequence[str] | None = None,
        since: datetime | None = None,
        tag: str | None = None,
        tag_feeds: Sequence[str] = (),
        limit: int = 10,
        depth: int = DEPTH,
    ) -> list[StoredArticle]:
        """Articles matching every term (a word, a "phrase", or a prefix ending
        in *), best match first. Full-text search on SQLite (FTS5) and
        PostgreSQL; terms are bound as parameters, never built into SQL. On
        SQLite only the newest ``depth`` matches are ranked (see DEPTH).
        Raises SearchError with a readable message."""
        found = self._matching(terms, feed_names=feed_names, since=since, tag=tag, tag_feeds=tag_feeds)
        if found is None:
            return []
        query, rank = found
        query = query.order_by(*rank, articles.c.published.desc(), articles.c.id.desc()).limit(limit)
        with self._searching() as conn:
            if self.engine.dialect.name == "sqlite":
                query = self._newest_matches(conn, _since_floor(conn, query, since), terms, depth)
            return stored_articles(conn.execute(query).all())

    @staticmethod
    def _newest_matches(conn: sa.Connection, query: sa.Select, terms: Sequence[str], depth: int) -> sa.Select:
        """The query narrowed to the newest ``depth`` matches of the FTS index, when
        there are more (FTS5 walks a word's matches newest first, by rowid, and
        finds the 5,000th in about a millisecond)."""
        floor = conn.execute(
            sa.select(_FTS.c.rowid)
            .where(_fts_match(_search_terms(terms)))
            .order_by(_FTS.c.rowid.desc())
            .offset(depth - 1)
            .limit(1)
        ).scalar()
        return query if floor is None else query.where(_FTS.c.rowid >= floor)

    def count_matches(self, terms: Sequence[str], **scope: Any) -> int:
        """How many articles ``search`` would find with no limit (the same keyword filters)."""
        found = self._matching(terms, **scope)
        if found is None:
            return 0
        query = found[0].with_only_columns(sa.func.count()).order_by(None)
        if self.engine.dialect.name == "sqlite" and scope.get("since") is not None:
            with self._searching() as conn:
                return int(conn.execute(_since_floor(conn, query, scope["since"])).scalar_one())
        if self.engine.dialect.name == "sqlite" and not _narrowed(**scope):
            # Every article is in the FTS index (its triggers keep it so, and an article
            # always has its feed): counted there, without a join, 20x faster for a common word.
            query = sa.select(sa.func.count()).select_from(_FTS).where(_fts_match(_search_terms(terms)))
        with self._searching() as conn:
            return int(conn.execute(query).scalar_one())

    @contextmanager
    def _searching(self):
        try:
            with self._connect() as conn:
                yield conn
        except sa.exc.OperationalError as exc:  # e.g. an FTS query the engine cannot run
            raise SearchError(f"that search could not be run ({_first_line(exc.orig)}); try plainer words") from None

    def _matching(
        self, terms: Sequence[str], *, feed_names: Sequence[str] | None = None, since: datetime | None = None,
        tag: str | None = None, tag_feeds: Sequence[str] = (),
    ) -> tuple[sa.Select, list[Any]] | None:  # fmt: skip
        """The query of the matching articles and its ranking (best first); None for no terms."""
        terms = _search_terms(terms)
        if not terms:
            return None
        query = select_articles()
        rank: list[Any] = []
        dialect = self.engine.dialect.name
        if dialect == "sqlite":
            query = query.join(_FTS, _FTS.c.rowid == articles.c.id).where(_fts_match(terms))
            rank = [sa.text("bm25(articles_fts, 10.0, 1.0, 5.0)")]
        elif dialect == "postgresql":
            tsquery: sa.ColumnElement | None = None
            for term in terms:
                if term.endswith("*"):
                    # A prefix: built from word characters only, so to_tsquery's own syntax can't be injected.
                    words = re.findall(r"\w+", term) or ["_"]
                    part = sa.func.to_tsquery("simple", " <-> ".join(words) + ":*")
                else:
                    part = sa.func.phraseto_tsquery("simple", term)
                tsquery = part if tsquery is None else tsquery.op("&&")(part)
            # Matched on the indexed document; ranked with the title weighing most.
            weighted = (
                sa.func.setweight(sa.func.to_tsvector("simple", articles.c.title), _WEIGHT["A"])
                .op("||")(sa.func.setweight(sa.func.to_tsvector("simple", articles.c.tags), _WEIGHT["B"]))
                .op("||")(sa.func.setweight(sa.func.to_tsvector("simple", articles.c.excerpt), _WEIGHT["C"]))
            )
            query = query.where(_PG_DOCUMENT.op("@@")(tsquery))
            rank = [sa.func.ts_rank(weighted, tsquery).desc()]
        else:  # any other database: plain substring matching
            for term in terms:
                word = term.rstrip("*")
                query = query.where(
                    sa.or_(
                        articles.c.title.icontains(word, autoescape=True),
                        articles.c.excerpt.icontains(word, autoescape=True),
                    )
                )
        if feed_names is not None:
            query = query.where(feeds.c.name.in_(list(feed_names)))
        if since is not None:
            query = query.where(articles.c.published >= since)
        if tag:
            in_tags = articles.c.tags.icontains(json.dumps(tag), autoescape=True)
            query = query.where(sa.or_(in_tags, feeds.c.name.in_(list(tag_feeds))) if tag_feeds else in_tags)
        return query, rank
