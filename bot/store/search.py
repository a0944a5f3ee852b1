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

# PostgreSQL: the searched document, stored weighted as the ranking weighs it (title A,
# tags B, excerpt C; the 'simple' configuration) by migration 0016's generated column
# `articles.search_document`, which its GIN index ix_articles_document covers. Matched
# and ranked on the stored column: nothing is computed per matching row. The column's
# expression, word for word (a test keeps the migration's copy equal to it):
PG_DOCUMENT = (
    "setweight(to_tsvector('simple', coalesce(title, '')), 'A')"
    " || setweight(to_tsvector('simple', coalesce(tags, '')), 'B')"
    " || setweight(to_tsvector('simple', coalesce(excerpt, '')), 'C')"
)
_PG_DOCUMENT: sa.ColumnClause[Any] = sa.literal_column("articles.search_document")


_FTS = sa.table("articles_fts", sa.column("rowid"))
# A word found in a large share of a big archive ("apple" in 143,000 of 1,000,000
# articles in the archive benchmark) would have every one of its matches ranked:
# 0.4-0.5 s on SQLite. Only the newest DEPTH matches are ranked (the newest by
# storage order, before the search's own filters): at 1,100 articles a day, at
# least four days of articles for a word in every one of them, a month for one in
# a seventh of them. (10,000: up to 60 ms a search at 1,000,000 articles on SQLite;
# 5,000: up to ~25 ms.) PostgreSQL finds the newest matches by id windows (its GIN
# index cannot give them newest first, as FTS5 does) and ranks fewer: PG_DEPTH (the
# window that holds a common word's newest 2,000 is read row by row: at 1,000,000
# articles the bench's p95 was 61 ms with 2,000, 48-50 ms with 1,000).
DEPTH = 5_000
PG_DEPTH = 1_000
# The first id window PostgreSQL looks for a word's newest PG_DEPTH matches in (then a
# bigger one, as the matches found say, until a window holds them or the whole archive).
_PG_WINDOW = 20_000
# A search counts its matches up to COUNT_CAP ("1,000+ articles matching..."):
# counting every one of a common word's reads them all (412-500 ms for "apple" on
# PostgreSQL at 1,000,000 articles; up to 10,000 of them, 70-90 ms). Not above PG_DEPTH:
# PostgreSQL's look for the newest matches counts a common word on the way.
COUNT_CAP = 1_000


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


def _reads_by_id(conn: sa.Connection, statement: sa.Select) -> str:
    """How PostgreSQL's plan for ``statement`` reads the articles' primary key (EXPLAIN, not
    run): "walk" (an index scan, row by row in id order), "bitmap" (joined with another
    index's bitmap), "" (not at all: a look at a window of ids then tests every match's id
    on its row)."""
    compiled = statement.compile(dialect=conn.dialect)
    [[plan]] = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + str(compiled), compiled.params).all()
    nodes, found = [plan[0]["Plan"]], ""
    while nodes:
        node = nodes.pop()
        if node.get("Index Name") == "articles_pkey":
            found = "walk" if node["Node Type"] in ("Index Scan", "Index Only Scan") else found or "bitmap"
        nodes.extend(node.get("Plans", []))
    return found


def _pg_tag_word(tag: str) -> list[sa.ColumnElement[bool]]:
    """PostgreSQL: the count of a search narrowed to a tag (and to no feeds of that tag) finds
    its rows through the GIN index by the tag's word too, when the tag is one word of ASCII
    letters and digits: an article whose tags hold '"tech"' (any case) has the lexeme 'tech'
    in its stored document (its tags, weight B, parsed from that JSON text, where quotes part
    words). A condition every article with the tag meets, tested before its row is read:
    "design tag:tech" read 2,941 rows of the word's 16,081 matches to find 1,001 with the tag
    (a third of them have it), since only the row holds the tags. The tag's own test stays."""
    if not re.fullmatch(r"[A-Za-z0-9]+", tag):
        return []
    return [_PG_DOCUMENT.op("@@")(sa.func.plainto_tsquery("simple", tag))]


def _first_line(exc: object) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


# An article is first seen at most FUTURE_TOLERANCE (a day) before the date it gives (a
# later date is the feed's mistake: the poll time is used), and ids grow with first sight
# (an hour's margin for instances whose clocks or transactions disagree).
_SEEN_MARGIN = timedelta(hours=1)


def _first_seen_since(conn: sa.Connection, since: datetime) -> int | None:
    """The lowest id an article dated ``since`` or later can have: the first one first seen
    since then, less a day and an hour (one lookup in ix_articles_first_seen); None when
    none was seen since."""
    # (bot.dates, the date parser, is imported by a search since a time only: its patterns
    # and month names cost every `tidings status` and `search` start-up ~3 ms, issue 18)
    from ..dates import FUTURE_TOLERANCE

    return conn.execute(
        sa.select(articles.c.id)
        .where(articles.c.first_seen >= since - (FUTURE_TOLERANCE + _SEEN_MARGIN))
        .order_by(articles.c.first_seen, articles.c.id)
        .limit(1)
    ).scalar()


def _since_floor(conn: sa.Connection, query: sa.Select, floor: int | None) -> sa.Select:
    """A search narrowed to articles dated since a time, also narrowed to the ids from
    ``floor`` (_first_seen_since). SQLite: on the FTS rowid, which FTS5 applies itself:
    "iphone since:7d" no longer joins all of the word's 70,000 matches to their articles
    to keep a week's (60 -> 2 ms at 1,000,000 articles). PostgreSQL: on the id."""
    if floor is None:
        return query.where(sa.false())  # (none seen since)
    return query.where((_FTS.c.rowid if conn.dialect.name == "sqlite" else articles.c.id) >= floor)


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
        depth: int | None = None,
    ) -> list[StoredArticle]:
        """Articles matching every term (a word, a "phrase", or a prefix ending
        in *), best match first. Full-text search on SQLite (FTS5) and
        PostgreSQL; terms are bound as parameters, never built into SQL. Only the
        newest ``depth`` matches are ranked (DEPTH on SQLite, PG_DEPTH on
        PostgreSQL). Raises SearchError with a readable message."""
        scope = dict(feed_names=feed_names, since=since, tag=tag, tag_feeds=tag_feeds)
        return self._search(terms, scope, limit=limit, depth=depth)[0]

    def search_counted(
        self, terms: Sequence[str], *, limit: int = 10, cap: int | None = None, **scope: Any
    ) -> tuple[list[StoredArticle], int, bool]:
        """``search`` and, when it fills its page, ``count_matches``: (the articles, how
        many match up to ``cap``, whether more do). On PostgreSQL an unnarrowed search
        counts from its own look for the newest matches when that look saw them all, or
        more than ``cap`` (a word in fewer than ~1,000 articles is read once, not twice)."""
        cap = COUNT_CAP if cap is None else cap
        found, counted = self._search(terms, scope, limit=limit, cap=0 if _narrowed(**scope) else cap)
        if counted is None:
            full = len(found) == limit
            counted = self.count_matches(terms, cap=cap, **scope) if full else (min(len(found), cap), len(found) > cap)
        return found, *counted

    def _search(
        self, terms: Sequence[str], scope: dict[str, Any], *, limit: int, depth: int | None = None, cap: int = 0
    ) -> tuple[list[StoredArticle], tuple[int, bool] | None]:
        """search(), and the count up to ``cap`` when PostgreSQL's look for the newest
        matches gives it (``cap`` 0: none asked; only for an unnarrowed search)."""
        found = self._matching(terms, **scope)
        if found is None:
            return [], (0, False)
        query, rank, match = found
        query = query.order_by(*rank, articles.c.published.desc(), articles.c.id.desc()).limit(limit)
        counted = None
        since = scope.get("since")
        with self._searching() as conn:
            dialect = self.engine.dialect.name
            floor = _first_seen_since(conn, since) if since is not None else 0
            if since is not None and dialect in ("sqlite", "postgresql"):
                query = _since_floor(conn, query, floor)
            if dialect == "sqlite":
                query = self._newest_matches(conn, query.where(match), match, DEPTH if depth is None else depth)
            elif dialect == "postgresql" and floor is not None:
                depth = PG_DEPTH if depth is None else depth
                newest, counted = self._newest_matches_by_window(conn, match, depth, floor, cap)
                # The newest matches by their ids alone: the look just matched them, and the match
                # again beside them would make the planner expect a few rows where there are
                # ``depth`` (its estimate of a word's share, times the ids: 19 of 1,000 for
                # "security"), and join the feeds by a nested loop over every feed for each row
                # (100,000 comparisons: 25-45 ms at 1,000,000 articles, 2-3 ms by the ids alone).
                query = query.where(match) if newest is None else query.where(articles.c.id == sa.any_(newest))
            elif match is not None:
                query = query.where(match)
            return stored_articles(conn.execute(query).all()), counted

    @staticmethod
    def _newest_matches(conn: sa.Connection, query: sa.Select, match: Any, depth: int) -> sa.Select:
        """The query narrowed to the newest ``depth`` matches of the FTS index, when
        there are more (FTS5 walks a word's matches newest first, by rowid, and
        finds the 5,000th in about a millisecond)."""
        floor = conn.execute(
            sa.select(_FTS.c.rowid).where(match).order_by(_FTS.c.rowid.desc()).offset(depth - 1).limit(1)
        ).scalar()
        return query if floor is None else query.where(_FTS.c.rowid >= floor)

    @staticmethod
    def _newest_matches_by_window(
        conn: sa.Connection, match: Any, depth: int, floor: int = 0, cap: int = 0
    ) -> tuple[sa.BindParameter | None, tuple[int, bool] | None]:
        """PostgreSQL: the ids of the newest ``depth`` matches (an array parameter); None when
        there are no more (all are ranked, from the ``floor`` on). Its GIN index gives a word's
        matches in no order, so they are looked for among the newest _PG_WINDOW ids, then in a
        window as much bigger as the matches found in the last one say (ids grow with first
        sight), up to the whole archive or the query's own ``floor`` (a search since a time:
        its ids from there, first): each look reads the word's matches in its window only.
        With a ``cap``, also the matches counted up to it when the last look saw them all or
        more than ``cap``."""
        lowest, top = conn.execute(sa.select(sa.func.min(articles.c.id), sa.func.max(articles.c.id))).one()
        if top is None:
            return None, (0, False)
        lowest = max(lowest, floor)
        window = top - floor + 1 if floor else _PG_WINDOW

        def look(whole: bool, in_order: bool = False) -> sa.Select:
            return (
                sa.select(articles.c.id)
                .where(
                    match, (articles.c.id >= lowest if floor else sa.true()) if whole else articles.c.id > top - window
                )
                # Sorted as a value ("+ 0"), not read in id order: for a LIMIT the planner
                # would walk the primary key back and read every row of the window
                # (80,000-100,000 for "security"); the two indexes' bitmaps joined read
                # the window's matches only (73 -> 13 ms).
                .order_by((articles.c.id if in_order else articles.c.id + 0).desc())
                .limit(max(depth, cap + 1))
            )

        while True:
            whole = top - window < lowest
            # A window the planner would not narrow by the primary key is the whole archive: it
            # would read every match's row to test its id (a bitmap of the GIN index alone, its
            # choice when it expects a few matches in all: its guess for several words multiplies
            # their shares, "open source" 305 of 7,561, "machine learning" 72 of 4,733), so one
            # look at them all reads them once, not once a window.
            reads = "" if whole else _reads_by_id(conn, look(whole))
            whole = whole or not reads
            # A window the planner reads row by row through the primary key anyway (a word in
            # many of its rows: "apple" in 14 % of them) is read newest first, up to the limit:
            # sorted as a value it read all 20,000 rows of the first window to keep 1,001 of its
            # 2,782 matches (2,965 buffers); in id order it stops after about 7,200.
            newest = conn.execute(look(whole, in_order=reads == "walk")).scalars().all()
            counted = (min(len(newest), cap), len(newest) > cap) if cap and (whole or len(newest) > cap) else None
            if len(newest) >= depth:
                # Those ids themselves, not "id >= the last": read by the primary key, without
                # rebuilding the word's whole bitmap from the GIN index (137,000 ids for "apple").
                return sa.bindparam("newest", list(newest[:depth]), type_=sa.ARRAY(sa.Integer)), counted
            if whole:
                return None, counted  # the whole archive (or all from the floor) holds fewer: all ranked
            # The window that would hold ``depth`` matches at the density found, and a half more;
            # the whole archive when a count is asked and, at that density, it holds about
            # ``cap`` or fewer (one look then gives the count too, instead of a second read).
            estimate = len(newest) * (top - lowest + 1) / window  # matches in all, at that density
            window = int(window * min(64.0, max(2.0, 1.5 * depth / max(1, len(newest)))))
            if cap and estimate <= 1.2 * cap:
                window = top - lowest + 1

    def count_matches(self, terms: Sequence[str], *, cap: int | None = None, **scope: Any) -> tuple[int, bool]:
        """How many articles ``search`` would find with no limit (the same keyword filters),
        counted up to ``cap`` (COUNT_CAP): (the count, whether there are more than ``cap``)."""
        cap = COUNT_CAP if cap is None else cap
        found = self._matching(terms, **scope)
        if found is None:
            return 0, False
        query, _rank, match = found
        query = query.with_only_columns(articles.c.id).order_by(None)
        if match is not None:
            query = query.where(match)
        with self._searching() as conn:
            dialect = self.engine.dialect.name
            if scope.get("since") is not None and dialect in ("sqlite", "postgresql"):
                query = _since_floor(conn, query, _first_seen_since(conn, scope["since"]))
            elif dialect == "sqlite" and not _narrowed(**scope):
                # Every article is in the FTS index (its triggers keep it so, and an article
                # always has its feed): counted there, without a join, 20x faster for a common word.
                query = sa.select(_FTS.c.rowid).where(match)
            elif dialect == "postgresql" and not _narrowed(**scope):
                query = sa.select(articles.c.id).where(match)  # (every article has its feed)
            if dialect == "postgresql" and scope.get("tag") and not scope.get("tag_feeds"):
                query = query.where(*_pg_tag_word(scope["tag"]))
            counted = int(
                conn.execute(sa.select(sa.func.count()).select_from(query.limit(cap + 1).subquery())).scalar_one()
            )
        return min(counted, cap), counted > cap

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
    ) -> tuple[sa.Select, list[Any], Any] | None:  # fmt: skip
        """The query of the matching articles without the match of the terms (with the search's
        own filters), its ranking (best first) and that match (None where the query holds the
        terms: neither SQLite nor PostgreSQL); None for no terms."""
        terms = _search_terms(terms)
        if not terms:
            return None
        query = select_articles()
        rank: list[Any] = []
        match: Any = None
        dialect = self.engine.dialect.name
        if dialect == "sqlite":
            match = _fts_match(terms)
            query = query.join(_FTS, _FTS.c.rowid == articles.c.id)
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
            # Matched and ranked on the stored, weighted document (title weighing most).
            match = _PG_DOCUMENT.op("@@")(tsquery)
            rank = [sa.func.ts_rank(_PG_DOCUMENT, tsquery).desc()]
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
        return query, rank, match
