"""Storage: migrations, deduplication, channel state."""

import dataclasses
import json
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.models import Article, StoredArticle
from bot.store import Store, UTCDateTime, articles, create_engine, feeds, metadata, migrate
from tests.builders import T0

# PostgreSQL's search document (migration 0016): a generated column and its GIN index,
# not in the metadata (a SQLite database has neither).
PG_SEARCH_NAMES = ("search_document", "ix_articles_document")


def article(uid: str, title: str = "Title", hours: int = 0) -> Article:
    return Article(uid=uid, link=f"https://x.example/{uid}", title=title, excerpt="e", published=T0 - timedelta(hours=hours),
                   content_hash=title)  # fmt: skip


def test_migrations_match_the_tables(empty_database_url):
    """The migrated schema is exactly what store.py declares: no drift."""
    engine = create_engine(empty_database_url)
    migrate(engine)

    def ours(
        name, type_, parent
    ):  # the search index (FTS5 tables; PostgreSQL's stored document) is not in the metadata
        return not ((type_ == "table" and name.startswith("articles_fts")) or name in PG_SEARCH_NAMES)

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": ours}), metadata)
    assert diff == []
    engine.dispose()


@pytest.mark.parametrize("start_at", [None, "0010"])
def test_the_bot_migrates_in_a_child_and_never_imports_alembic(empty_database_url, tmp_path, start_at):
    """A new database, or one at an older schema, is brought to the newest by a child
    process (bot/store/apart.py) before the bot opens it: the bot's own process, as
    `tidings run` and `poll` build it, never loads Alembic (issue 18: ~12 MB)."""
    import subprocess
    import sys

    from bot.store.versions import at_head

    if start_at:
        engine = create_engine(empty_database_url)
        migrate(engine, start_at)
        engine.dispose()
    config = tmp_path / "settings.toml"
    config.write_text(
        f'[storage]\nurl = "{empty_database_url}"\n[[feeds]]\nname = "A"\nurl = "a.xml"\n', encoding="utf-8"
    )
    code = (
        "import asyncio, sys\nfrom pathlib import Path\n"
        "from bot.clibase import new_bot\nfrom bot.config import load_settings\n"
        "async def go():\n"
        f"    async with new_bot(load_settings(Path({str(config)!r}))):\n        pass\n"
        "asyncio.run(go())\n"
        "print('opened', *(m for m in ('alembic', 'mako') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert out.stdout.split() == ["opened"], out.stderr
    engine = create_engine(empty_database_url)
    with engine.connect() as conn:
        assert at_head(conn)
    engine.dispose()


def test_reopening_keeps_the_archive(database_url):
    url = database_url
    store = Store(url)
    store.sync_feeds([("A", "https://a.example/feed")])
    store.store_articles("A", [article("1")], now=T0)
    store.close()
    again = Store(url)
    assert again.count_articles() == 1
    if again.engine.dialect.name == "sqlite":
        with again.engine.connect() as conn:
            assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
    again.close()


def test_an_entry_is_stored_once_and_updates_in_place(database_url):
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    assert len(store.store_articles("A", [article("1"), article("2")], now=T0)) == 2
    assert store.store_articles("A", [article("1"), article("2")], now=T0 + timedelta(hours=1)) == []
    assert store.store_articles("A", [article("1", title="Corrected title")], now=T0 + timedelta(hours=2)) == []
    [latest] = [s for s in store.latest_articles(["A"], 10) if s.article.uid == "1"]
    assert latest.article.title == "Corrected title" and latest.first_seen == T0


def test_same_uid_in_two_feeds_is_two_articles(database_url):
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed"), ("B", "https://b.example/feed")])
    assert len(store.store_articles("A", [article("1")], now=T0)) == 1
    assert len(store.store_articles("B", [article("1")], now=T0)) == 1


def test_articles_since_window_and_backfill(database_url):
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    store.store_articles("A", [article("old")], now=T0 - timedelta(hours=5), backfill=True)
    store.store_articles("A", [article("mid")], now=T0 - timedelta(hours=2))
    store.store_articles("A", [article("new")], now=T0)
    uids = [s.article.uid for s in store.articles_since(["A"], T0 - timedelta(hours=3), T0)]
    assert sorted(uids) == ["mid", "new"]
    assert [s.article.uid for s in store.articles_since(["A"], None, T0 - timedelta(hours=1))] == ["mid"]


def test_changed_feed_url_starts_afresh(database_url):
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    store.update_feed("A", etag='"1"', moved_to="https://a.example/new")
    store.sync_feeds([("A", "https://a.example/other")])
    state = store.feed_state("A")
    assert state.url == "https://a.example/other" and state.etag is None and state.moved_to is None


def test_a_feed_left_out_of_the_settings_sleeps_and_wakes_when_it_is_back(database_url):
    store = Store(database_url)

    def active() -> dict[str, bool]:
        with store.engine.connect() as conn:
            return {name: on for name, on in conn.execute(sa.select(feeds.c.name, feeds.c.active))}

    store.sync_feeds([("A", "https://a.example/feed"), ("B", "https://b.example/feed")])
    store.update_feed("B", etag='"1"')
    assert active() == {"A": True, "B": True}
    store.sync_feeds([("A", "https://a.example/feed")])
    assert active() == {"A": True, "B": False}
    store.sync_feeds([("A", "https://a.example/feed"), ("B", "https://b.example/feed")])
    assert active() == {"A": True, "B": True} and store.feed_state("B").etag == '"1"'  # the same URL: kept as it was


def test_prune(database_url):
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    store.store_articles("A", [article("old")], now=T0 - timedelta(days=100))
    store.store_articles("A", [article("new")], now=T0)
    assert store.prune(T0 - timedelta(days=90)) == 1
    assert store.count_articles() == 1


def test_full_text_search_ranks_titles_and_survives_any_input(database_url):
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    items = [
        Article(uid="1", link="l1", title="Ransomware gang hits hospital", excerpt="A hospital was hit.", published=T0),
        Article(uid="2", link="l2", title="Weekly roundup", excerpt="Also: a ransomware story and more.", published=T0),
        Article(
            uid="3",
            link="l3",
            title="Zero day in Example VPN",
            excerpt="CVE-2026-12345 is exploited.",
            published=T0 - timedelta(days=3),
        ),  # fmt: skip
    ]
    store.store_articles("A", items, now=T0)
    assert [s.article.uid for s in store.search(["ransomware"])] == ["1", "2"]  # title match first
    assert [s.article.uid for s in store.search(["zero day"])] == ["3"]  # a phrase
    assert [s.article.uid for s in store.search(["CVE-2026-12345"])] == ["3"]
    assert [s.article.uid for s in store.search(["ransom*"])] == ["1", "2"]  # a prefix
    assert store.search(["ransomware"], since=T0 + timedelta(hours=1)) == []
    for hostile in ['"', "AND", "OR NOT", "NEAR(a b)", "*", "a:b", "'; DROP TABLE articles; --", "(", "^x", "-x"]:
        store.search([hostile])  # never an exception
    assert store.count_articles() == 3


def test_a_search_counts_what_it_would_find_without_its_limit(database_url):
    """count_matches agrees with an unlimited search, narrowed or not (on SQLite an
    unnarrowed count is read from the FTS index alone), and follows a prune."""
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed"), ("B", "https://b.example/feed")])
    for n in range(7):
        feed = "A" if n % 2 else "B"
        title = f"Ransomware story {n}" if n != 3 else "Weather"
        store.store_articles(feed, [article(f"{feed}{n}", title=title, hours=24 * n)], now=T0)
    scopes = [{}, {"feed_names": ["A"]}, {"feed_names": []}, {"since": T0 - timedelta(days=2, hours=1)},
              {"tag": "x"}, {"tag": "x", "tag_feeds": ["B"]}]  # fmt: skip
    for terms in (["ransomware"], ["ransom*"], ["weather"], ["nothing"], ["story 5"], ["*"]):
        for scope in scopes:
            expected = len(store.search(terms, limit=1000, **scope))
            assert store.count_matches(terms, **scope) == (expected, False), (terms, scope)
            # Counted up to a cap: the cap, and whether there are more.
            assert store.count_matches(terms, cap=2, **scope) == (min(expected, 2), expected > 2), (terms, scope)
            # The same counts when the search counts for itself (PostgreSQL: from its look for the newest).
            for limit, cap in ((1000, 1000), (1, 1000), (1, 2), (1, 6), (3, 1)):
                found, *counted = store.search_counted(terms, limit=limit, cap=cap, **scope)
                assert len(found) == min(limit, expected), (terms, scope, limit, cap)
                assert counted == [min(expected, cap), expected > cap], (terms, scope, limit, cap)
    assert store.count_matches(["ransomware"]) == (6, False)
    assert store.count_matches(["ransomware"], feed_names=["A"]) == (2, False)
    assert store.count_matches(["ransomware"], tag="x", tag_feeds=["B"]) == (4, False)
    assert store.count_matches(["ransomware"], cap=6) == (6, False) and store.count_matches(["ransomware"], cap=5) == (
        5,
        True,
    )
    store.prune(T0 + timedelta(days=1))  # every article goes (all first seen at T0), with its index rows
    assert store.count_matches(["ransomware"]) == (len(store.search(["ransomware"], limit=1000)), False) == (0, False)


def test_a_word_in_much_of_a_big_archive_is_ranked_among_its_newest_matches(database_url):
    """A search ranks only the newest ``depth`` matches (DEPTH, 5,000, on SQLite;
    PG_DEPTH, 1,000, on PostgreSQL: a word in 143,000 of 1,000,000 articles took
    0.46 s to rank on SQLite, 2.3 s on PostgreSQL)."""
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    # The oldest is the best match (the word in its title, the others' in their excerpts);
    # stored first, so the lowest rowid.
    store.store_articles("A", [article("best", title="Ransomware", hours=50)], now=T0)
    for n in range(4):
        newer = Article(uid=f"n{n}", link=f"https://x.example/n{n}", title=f"A story {n}", excerpt="It says ransomware.",
                        published=T0 - timedelta(hours=4 - n), content_hash=f"n{n}")  # fmt: skip
        store.store_articles("A", [newer], now=T0)
    assert store.search(["ransomware"])[0].article.uid == "best"
    assert store.search(["ransomware"], depth=5)[0].article.uid == "best"
    newest = store.search(["ransomware"], depth=3)
    assert [s.article.uid for s in newest] == ["n3", "n2", "n1"]
    assert store.count_matches(["ransomware"]) == (5, False)  # counted whole


def test_postgresql_finds_a_words_newest_matches_by_id_windows(postgres_url, monkeypatch):
    """PostgreSQL looks for the newest ``depth`` matches in a window of the newest ids,
    then in bigger ones, ...: the floor is the same whatever window finds it,
    and a word with fewer matches than ``depth`` in the whole archive is ranked whole."""
    import bot.store.search as search

    store = Store(postgres_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    store.store_articles("A", [article("best", title="Ransomware", hours=50)], now=T0)
    for n in range(40):  # the word in one article of four, in its excerpt
        newer = Article(uid=f"n{n}", link=f"https://x.example/n{n}", title=f"Weather {n}",
                        excerpt="It says ransomware." if n % 4 == 0 else "e", published=T0 - timedelta(hours=40 - n),
                        content_hash=f"n{n}")  # fmt: skip
        store.store_articles("A", [newer], now=T0)
    for window in (1, 2, 3, 100):
        monkeypatch.setattr(search, "_PG_WINDOW", window)
        assert [s.article.uid for s in store.search(["ransomware"], depth=3)] == ["n36", "n32", "n28"], window
        assert store.search(["ransomware"], depth=11)[0].article.uid == "best", window  # 11 matches
        assert store.search(["ransomware"], depth=10)[0].article.uid != "best", window
        assert len(store.search(["weather"], depth=100, limit=100)) == 40
        for cap in (1, 10, 11, 12, 1000):  # counted as the windows saw them, or after
            assert store.search_counted(["ransomware"], limit=3, cap=cap)[1:] == (min(11, cap), cap < 11), (window, cap)


def test_a_search_since_a_time_finds_what_its_dates_say_whatever_the_rowids(database_url):
    """SQLite narrows a search "since:" to the rowids first seen since then, less a day
    and an hour (an article is first seen at most a day before the date it gives): an
    article dated within the window but first seen up to that much earlier is found."""
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    since = T0 - timedelta(days=5)
    for uid, seen, dated in [
        ("old", T0 - timedelta(days=10), T0 - timedelta(days=10)),
        ("early-but-dated-in", since - timedelta(hours=12), since + timedelta(hours=8)),  # a date 20 h ahead
        ("in", T0 - timedelta(days=2), T0 - timedelta(days=2)),
    ]:
        item = Article(uid=uid, link=f"https://a.example/{uid}", title=f"Ransomware {uid}", excerpt="e",
                       published=dated, content_hash=uid)  # fmt: skip
        store.store_articles("A", [item], now=seen)
    found = {s.article.uid for s in store.search(["ransomware"], since=since)}
    assert found == {"early-but-dated-in", "in"}
    assert store.count_matches(["ransomware"], since=since) == (2, False)
    assert store.search(["ransomware"], since=T0 + timedelta(days=3)) == []
    assert store.count_matches(["ransomware"], since=T0 + timedelta(days=3)) == (0, False)


def test_the_stored_search_document_is_the_stores_own_expression():
    """PostgreSQL matches and ranks on migration 0016's generated column: its expression
    must stay the store's (bot/store/search.py: PG_DOCUMENT, the weights the ranking
    always had: title A, tags B, excerpt C), word for word."""
    import importlib.util

    from bot.store import MIGRATIONS
    from bot.store.search import PG_DOCUMENT

    spec = importlib.util.spec_from_file_location("m0016", MIGRATIONS / "versions" / "0016_search_document.py")
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration.PG_DOCUMENT == PG_DOCUMENT


def test_the_stored_search_document_follows_inserts_and_updates(postgres_url):
    """Every article's stored document is the store's expression over its text, after
    an insert and after an update (a generated column: no writer can forget it)."""
    from bot.store.search import PG_DOCUMENT

    store = Store(postgres_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    store.store_articles("A", [article("1", title="Old headline"), article("2", title="Other")], now=T0)
    store.store_articles("A", [article("1", title="Corrected headline")], now=T0)
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"SELECT title, search_document = {PG_DOCUMENT} FROM articles ORDER BY uid").all()
    assert rows == [("Corrected headline", True), ("Other", True)]


def test_a_search_on_postgresql_reads_the_search_index(postgres_url, monkeypatch):
    """A search matches and ranks on the stored document (migration 0016) through its
    GIN index, and computes no to_tsvector() per row (three a row took 2.3 s for a
    word in 143,000 of 1,000,000 articles). Checked on the plans of the statements
    search() and count_matches() really send, with sequential and plain index scans made
    unattractive (on a few rows the planner would rightly prefer one: reading a window of
    ids in order, or all the rows)."""
    import bot.store.search as search

    store = Store(postgres_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    store.store_articles("A", [article(str(n), title=f"Ransomware story {n}") for n in range(40)], now=T0)
    sent: list[tuple[str, object]] = []

    @sa.event.listens_for(store.engine, "before_cursor_execute")
    def record(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    def plans() -> list[str]:
        found, recorded = [], list(sent)
        for statement, parameters in recorded:
            if "search_document" in statement and not statement.startswith("EXPLAIN"):  # (not _planner_rows)
                assert "to_tsvector" not in statement and ("@@" not in statement or "search_document @@" in statement)
                with store.engine.connect() as conn:
                    conn.exec_driver_sql("SET enable_seqscan = off; SET enable_indexscan = off")
                    found.append("\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + statement, parameters)))
        sent.clear()
        return found

    for terms in (["ransomware"], ["ransom*"], ['"ransomware story"']):
        # Fewer matches than PG_DEPTH: one look for the newest, the ranking and the count, on the index.
        assert len(store.search(terms)) == 10 and store.count_matches(terms) == (40, False)
        searched = plans()
        assert len(searched) == 3 and all("ix_articles_document" in plan for plan in searched), searched
        # Ranked among the newest 6: a window of 4 ids, then a bigger one that holds them (each
        # may read its id range instead of the index; a window the planner would not narrow
        # by its id range is the whole archive); the ranking reads those 6 by their ids.
        monkeypatch.setattr(search, "_PG_WINDOW", 4)
        assert len(store.search(terms, depth=6)) == 6
        searched = plans()
        assert len(searched) in (2, 3), searched
        assert all("Seq Scan" not in plan and ("ix_articles_document" in plan or "articles_pkey" in plan)
                   for plan in searched), searched  # fmt: skip
        assert "articles_pkey" in searched[-1] and "ix_articles_document" not in searched[-1], searched[-1]
        monkeypatch.undo()


def test_postgresql_ranks_the_newest_matches_by_their_ids_alone(postgres_url, monkeypatch):
    """The ranking of a word's newest matches names them by their ids only, without the
    match again: beside the ids, the planner multiplied them by its guess of the word's
    share (19 of 1,000 ids for "security" at 1,000,000 articles) and joined the feeds by a
    nested loop over every feed for each of the 1,000 rows (25-45 ms; 3 ms by the ids).
    Pinned on the plan: the planner expects as many rows as there are ids."""
    import bot.store.search as search

    store = Store(postgres_url)
    store.sync_feeds([(f"F{f}", f"https://{f}.example/feed") for f in range(20)])
    for f in range(20):  # the word in one article of ten
        store.store_articles(f"F{f}", [article(f"{f}-{n}", title=("Ransomware " if n == 0 else "Weather ") + f"{f} {n}")
                                       for n in range(10)], now=T0)  # fmt: skip
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE articles")
    sent: list[tuple[str, object]] = []

    @sa.event.listens_for(store.engine, "before_cursor_execute")
    def record(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    monkeypatch.setattr(search, "_PG_WINDOW", 40)
    assert len(store.search(["ransomware"], depth=8, limit=10)) == 8
    statement, parameters = sent[-1]
    assert "ts_rank" in statement and "@@" not in statement, statement
    with store.engine.connect() as conn:
        [[plan]] = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).all()

    def scans(node):
        yield node
        for child in node.get("Plans", []):
            yield from scans(child)

    estimates = [node["Plan Rows"] for node in scans(plan[0]["Plan"]) if node.get("Relation Name") == "articles"]
    assert estimates == [8], estimates


def test_postgresql_looks_at_a_window_only_through_the_primary_key(postgres_url, monkeypatch):
    """A look for the newest matches in a window of ids is one the planner narrows by the
    primary key; one it would not (a bitmap of the GIN index alone, every match's row read to
    test its id: its plan when it expects a few matches, as for several words, whose shares
    it multiplies: "machine learning" 72 of 4,733 at 1,000,000 articles) is a look at the
    whole archive, which reads the same rows once instead of once a window."""
    import bot.store.search as search

    store = Store(postgres_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    titles = {0: "Open source news", 5: "Ransomware news"}
    store.store_articles("A", [article(str(n), title=titles.get(n % 20, f"Weather {n} {n % 7}")) for n in range(2000)],
                         now=T0)  # fmt: skip
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE articles")
    looks: list[tuple[str, object]] = []

    @sa.event.listens_for(store.engine, "before_cursor_execute")
    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("SELECT articles.id \n") and "ORDER BY articles.id" in statement:
            looks.append((statement, parameters))

    monkeypatch.setattr(search, "_PG_WINDOW", 400)
    for terms in (["open source"], ["ransomware"]):
        looks.clear()
        assert len(store.search(terms, depth=50, limit=50)) == 50
        with store.engine.connect() as conn:
            plans = ["\n".join(conn.exec_driver_sql("EXPLAIN " + s, p).scalars()) for s, p in looks]
        windows = [plan for (statement, _), plan in zip(looks, plans, strict=True) if "articles.id >" in statement]
        assert all("articles_pkey" in plan for plan in windows), (terms, windows)
        # (one word, which the planner guesses well, is still looked for by windows)
        assert windows or terms != ["ransomware"], plans


def test_postgresql_reads_a_window_it_walks_by_the_primary_key_newest_first(postgres_url, monkeypatch):
    """A window the planner reads row by row through the primary key (a word in much of it)
    is read in id order, newest first, so that the walk stops at the look's limit: sorted as
    a value, it read every row of the window ("apple" at 1,000,000 articles: 20,000 rows,
    2,965 buffers, to keep 1,001; in id order 1,112 buffers)."""
    import bot.store.search as search

    store = Store(postgres_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    store.store_articles("A", [article(str(n), title=f"Ransomware {n} {n % 7}") for n in range(3000)], now=T0)
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE articles")
    looks: list[tuple[str, object]] = []

    @sa.event.listens_for(store.engine, "before_cursor_execute")
    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("SELECT articles.id \n") and "LIMIT" in statement and "articles.id >" in statement:
            looks.append((statement, parameters))

    monkeypatch.setattr(search, "_PG_WINDOW", 300)
    assert len(store.search(["ransomware"], depth=50, limit=50)) == 50
    [(statement, parameters)] = looks
    with store.engine.connect() as conn:
        plan = "\n".join(conn.exec_driver_sql("EXPLAIN ANALYZE " + statement, parameters).scalars())
    assert "Index Scan Backward using articles_pkey" in plan and "ORDER BY articles.id DESC" in statement, plan
    [walk] = [line for line in plan.splitlines() if "Index Scan Backward" in line]
    assert walk.endswith("rows=50 loops=1)"), plan  # the walk stopped at the limit, 50 of the window's 300


def test_a_count_narrowed_to_a_tag_finds_what_the_tag_finds(database_url):
    """PostgreSQL counts a search narrowed to a one-word tag through the index by the tag's
    word too (bot/store/search.py: _pg_tag_word): the same counts as the tag's own test,
    whatever the case of the stored tag, the word elsewhere in the text (not the tag), or
    a tag of several words (not narrowed by its words); on SQLite the same counts."""
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    rows = [("1", "Ransomware news", ("tech",)), ("2", "Ransomware tech news", ()), ("3", "Ransomware", ("TECH", "x")),
            ("4", "Ransomware", ("hi-tech",)), ("5", "Ransomware", ("fintech", "tech2")), ("6", "Ransomware", ("a\"tech",)),
            ("7", "Ransomware", ("hi tech",)), ("8", "Tech news", ("tech",)), ("9", "Ransomware", ("Tech",))]  # fmt: skip
    store.store_articles("A", [dataclasses.replace(article(uid, title=title), tags=tags) for uid, title, tags in rows],
                         now=T0)  # fmt: skip
    for tag in ("tech", "TECH", "hi-tech", "hi tech", "tech2", "x", "nope"):
        # (as the tag's own test finds them: '"tech"' in the JSON text, any case; 6's 'a"tech' too)
        found = {s.article.uid for s in store.search(["ransomware"], tag=tag, limit=100)}
        assert bool(found) == (tag != "nope") and ("2" not in found) and ("5" in found) == (tag == "tech2"), tag
        assert store.count_matches(["ransomware"], tag=tag) == (len(found), False), tag
        assert store.count_matches(["ransomware"], tag=tag, cap=1) == ((1, len(found) > 1) if found else (0, False))
    if store.engine.dialect.name == "postgresql":  # the tag's word goes to the index with the search's
        sent: list[str] = []
        sa.event.listen(
            store.engine, "before_cursor_execute", lambda conn, cursor, statement, *_: sent.append(statement)
        )
        for tag, tag_feeds, by_word in (("tech", (), True), ("hi-tech", (), False), ("tech", ["A"], False)):
            sent.clear()
            store.count_matches(["ransomware"], tag=tag, tag_feeds=tag_feeds)
            assert ("plainto_tsquery" in sent[-1]) == by_word, (tag, tag_feeds, sent[-1])
    assert store.count_matches(["ransomware"], tag="tech", tag_feeds=["A"]) == (8, False)  # the feed's tag: all


def test_search_index_follows_updates_and_deletes(database_url):
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    store.store_articles("A", [article("1", title="Old headline")], now=T0)
    store.store_articles("A", [article("1", title="Corrected headline")], now=T0)
    assert store.search(["old"]) == [] and len(store.search(["corrected"])) == 1
    store.prune(T0 + timedelta(days=1))
    assert store.search(["corrected"]) == []


def test_the_quick_schema_check_finds_the_head_alembic_finds():
    """A database at the newest revision opens with one query, without Alembic (issue 18):
    the newest revision read from the scripts is the one Alembic reads."""
    from bot.store.versions import head_on_disk, head_revision

    assert head_on_disk() == head_revision() != ""


def test_upgrading_an_old_database_keeps_every_article(empty_database_url):
    database_url = empty_database_url
    """From the first schema with data in it, through every migration, nothing is lost."""
    engine = create_engine(database_url)
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO feeds (id, name, url) VALUES (1, 'A', 'https://a.example/f')"))
        conn.execute(sa.text(
            "INSERT INTO articles (feed_id, uid, link, title, excerpt, published, first_seen) "
            "VALUES (1, 'u1', 'https://a.example/1', 'Old title', 'Old text', :t, :t)"
        ), {"t": T0.replace(tzinfo=None)})  # fmt: skip
    migrate(engine)
    store = Store(database_url, engine=engine)
    [old] = store.latest_articles(["A"], 10)
    assert old.article.title == "Old title" and old.feed == "A"
    assert [s.article.uid for s in store.search(["old"])] == ["u1"]  # the search index covers it too
    store.close()


def test_stored_articles_come_back_with_their_ids(database_url, monkeypatch):
    """store_articles returns the new articles as stored, ids included, in the
    order given: through INSERT … RETURNING, or a lookup where the database lacks it."""
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed")])
    first = store.store_articles("A", [article("1"), article("2")], now=T0)
    returning = store.engine.dialect.insert_executemany_returning
    monkeypatch.setattr(store.engine.dialect, "insert_executemany_returning", False)
    second = store.store_articles("A", [article("4"), article("2"), article("3")], now=T0 + timedelta(hours=1),
                                  backfill=True)  # fmt: skip
    assert [s.article.uid for s in first + second] == ["1", "2", "4", "3"]
    assert [s.backfill for s in first + second] == [False, False, True, True]
    stored = {s.id: s for s in store.latest_articles(["A"], 10)}
    for got in first + second:
        again = stored[got.id]
        assert (again.id, again.feed, again.first_seen, again.article) == (got.id, "A", got.first_seen, got.article)
    assert returning or store.engine.dialect.name not in ("sqlite", "postgresql")  # both shipped backends return ids
    store.close()


def test_utc_datetimes_come_back_aware_and_unchanged():
    """UTCDateTime's result conversion (arithmetic, not replace()) is exactly value.replace(tzinfo=UTC)."""
    values = [datetime(2026, 11, 27, 12, 0), datetime(2026, 3, 29, 1, 30, 0, 999999), datetime(1969, 12, 31, 23, 59, 59, 1),
              datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)]  # fmt: skip
    for value in values:
        got = UTCDateTime().process_result_value(value, None)
        assert (got, got.fold, type(got)) == (value.replace(tzinfo=UTC), 0, datetime) and got.tzinfo is UTC
        assert UTCDateTime().process_bind_param(got, None) == value
    assert UTCDateTime().process_result_value(None, None) is None
    aware = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # what SQLite gives for a string written with an offset
    assert UTCDateTime().process_result_value(aware, None) == aware


def test_aware_datetimes_are_stored_as_naive_utc_whatever_their_zone():
    """UTCDateTime's bind conversion (arithmetic) is exactly value.astimezone(UTC).replace(tzinfo=None)."""
    zones = [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=11)), ZoneInfo("Europe/Paris"),
             ZoneInfo("America/New_York")]  # fmt: skip
    moments = [datetime(2026, 11, 27, 12, 0), datetime(2026, 3, 29, 2, 30, 0, 999999), datetime(2026, 11, 1, 1, 30),
               datetime(2026, 11, 1, 1, 30, fold=1), datetime(1969, 12, 31, 23, 59, 59, 1), datetime(2, 1, 1),
               datetime(9998, 12, 31, 23, 59, 59, 999999)]  # fmt: skip
    for zone in zones:
        for moment in moments:
            value = moment.replace(tzinfo=zone)
            got = UTCDateTime().process_bind_param(value, None)
            assert (got, got.tzinfo, got.fold) == (value.astimezone(UTC).replace(tzinfo=None), None, 0), value
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2026, 1, 1), None)


def _read_by_name(row) -> StoredArticle:
    """The plain way to read an article row (by column name, every column), as the store once did."""
    article = Article(uid=row.uid, link=row.link, title=row.title, excerpt=row.excerpt, published=row.published,
                      source=row.feed_name, author=row.author, tags=tuple(json.loads(row.tags)), has_date=row.has_date,
                      content_hash=row.content_hash)  # fmt: skip
    return StoredArticle(
        id=row.id, feed=row.feed_name, article=article, first_seen=row.first_seen, backfill=row.backfill
    )


def test_article_readers_return_exactly_what_a_plain_row_read_gives(database_url):
    """articles_since, latest_articles, articles_by_link and search unpack rows
    by position and decode each distinct tags string once: same values and
    types as reading every row by name (aware UTC datetimes, bools, tag tuples)."""
    store = Store(database_url)
    store.sync_feeds([("A", "https://a.example/feed"), ("B", "https://b.example/feed")])
    berlin = timezone(timedelta(hours=1))
    items = [
        Article(uid="1", link="https://a.example/1", title="Ransomware one", excerpt="Text ü", author="Ann",
                published=T0.replace(microsecond=123456), tags=("security", "Überblick"), content_hash="h1"),
        Article(uid="2", link="https://a.example/2", title="Ransomware two", excerpt="Text",
                published=datetime(2026, 11, 27, 9, 30, tzinfo=berlin), tags=("security", "Überblick")),
        Article(uid="3", link="https://a.example/3", title="Ransomware three", excerpt="", has_date=False,
                published=T0 - timedelta(hours=3), tags=()),
        Article(uid="4", link="https://a.example/3", title="Ransomware four", excerpt="Same link as 3",
                published=T0 - timedelta(hours=4), tags=('say "hi"', "a\\b")),
    ]  # fmt: skip
    written = store.store_articles("A", items, now=T0 - timedelta(minutes=30))
    written += store.store_articles("B", [dataclasses.replace(items[0], uid="b1", content_hash="b")], now=T0,
                                    backfill=True)  # fmt: skip
    # An edit stores its tags JSON-escaped ("\\u00dc"): another string for the same tags.
    store.store_articles("A", [dataclasses.replace(items[0], title="Ransomware one, corrected", content_hash="h1b")],
                         now=T0)  # fmt: skip
    with store.engine.connect() as conn:
        query = sa.select(articles, feeds.c.name.label("feed_name")).join(feeds, feeds.c.id == articles.c.feed_id)
        rows = conn.execute(query).all()
    expected = {row.id: _read_by_name(row) for row in rows}
    assert len(expected) == 5 and len({row.tags for row in rows}) == 4

    def check(got: list[StoredArticle], count: int) -> None:
        assert len(got) == count
        for s in got:
            assert s == expected[s.id]
            a = s.article
            for when in (a.published, s.first_seen):
                assert type(when) is datetime and when.tzinfo is UTC
            assert type(s.id) is int and type(s.backfill) is bool and type(a.has_date) is bool
            assert type(a.tags) is tuple and all(type(t) is str for t in a.tags)

    check(store.articles_since(["A", "B"], None, T0, include_backfill=True), 5)
    check(store.articles_since(["A"], T0 - timedelta(hours=1), T0, undelivered_in="news"), 4)
    check(store.latest_articles(["A", "B"], 10), 5)
    check(store.articles_by_link(["https://a.example/3", "https://a.example/1"]), 4)
    check(store.search(["ransomware"]), 5)
    assert [s.article.tags for s in store.latest_articles(["A"], 10) if s.article.uid == "1"] == [
        ("security", "Überblick")
    ]
    # What store_articles returned is what is read back (its datetimes were given in UTC).
    by_id = {s.id: s for s in store.latest_articles(["A", "B"], 10)}
    for s in written:
        if s.article.published.tzinfo is UTC and s.article.uid != "1":
            assert by_id[s.id] == s
    store.close()


def test_claims_take_never_polled_feeds_first_then_the_longest_overdue(database_url):
    store = Store(database_url)
    store.sync_feeds(
        [(name, f"https://{name}.example/rss") for name in ("new-a", "new-b", "late", "later", "future", "held")]
    )
    store.update_feed("late", next_check_at=T0 - timedelta(hours=2))
    store.update_feed("later", next_check_at=T0 - timedelta(hours=1))
    store.update_feed("future", next_check_at=T0 + timedelta(hours=1))
    store.update_feed(
        "held", next_check_at=T0 - timedelta(hours=3), claimed_by="other", lease_until=T0 + timedelta(minutes=5)
    )

    def claim(limit: int) -> list[str]:
        got = store.claim_due_feeds(T0, T0, instance="me", lease=timedelta(minutes=10), limit=limit)
        return [state.name for state in got]

    assert sorted(claim(3)) == ["late", "new-a", "new-b"]
    assert claim(3) == ["later"]  # "held" is another live process's, "future" is not due
    assert claim(3) == []
    store.close()


def test_prepared_statements_give_what_core_gives(database_url):
    """The claim's and the check's statements run as prepared SQL (bot/store/prepared.py): the same
    rows and the same writes as Core's execution of the same statements, on either database."""
    import importlib

    feeds_module = importlib.import_module("bot.store.feeds")  # (bot.store.feeds is the table)
    from bot.store.prepared import Prepared

    store = Store(database_url)
    store.sync_feeds([(f"f{i}", f"https://f{i}.example/rss") for i in range(6)])
    store.update_feed("f1", next_check_at=T0 - timedelta(hours=2), etag='"e1"', polled_ok_once=True,
                      entry_prints=b"\x00\xff", failing_since=T0 - timedelta(days=1), error_count=3)  # fmt: skip
    store.update_feed("f2", next_check_at=T0 - timedelta(hours=1), last_success_at=T0, last_modified="Mon")
    store.update_feed("f3", next_check_at=T0 + timedelta(hours=1))
    store.update_feed("f4", next_check_at=T0 - timedelta(hours=3), claimed_by="other", lease_until=T0 + timedelta(minutes=5))  # fmt: skip
    params = {"now": T0, "due_before": T0, "limit": 10}
    claim = {"now": T0, "instance": "me", "lease_until": T0 + timedelta(minutes=10)}
    cases = [
        (feeds_module._CLAIM_NEVER, None, params),
        (feeds_module._CLAIM_OVERDUE, None, params),
        (feeds_module._CLAIMED, "ids", {"ids": [1, 2, 3, 5], "instance": "other"}),
        (feeds_module._CLAIM_RETURNING, "ids", {**claim, "ids": [2, 3, 5]}),
    ]

    def everything(conn) -> list:  # every row as the database holds it (a datetime's text, on SQLite)
        return [tuple(row) for row in conn.exec_driver_sql("SELECT * FROM feeds ORDER BY id")]

    for statement, expanding, values in cases:
        with store.engine.connect() as conn:
            core = [tuple(row) for row in conn.execute(statement, values)]
            after_core = everything(conn)
            conn.rollback()
            prepared = Prepared(statement, expanding=expanding).rows(conn, values)
            assert everything(conn) == after_core
            conn.rollback()
        assert prepared == core and core, statement
        assert [type(v) for row in prepared for v in row] == [type(v) for row in core for v in row]
    checked = {"names": ["f1", "f2"], "now": T0, "next": T0 + timedelta(minutes=30)}
    with store.engine.connect() as conn:
        conn.execute(feeds_module._CHECKED, checked)
        after_core = everything(conn)
        conn.rollback()
        assert Prepared(feeds_module._CHECKED, expanding="names").run(conn, checked) == 2
        assert everything(conn) == after_core
        conn.rollback()
    assert store.feed_state("f1").error_count == 3  # (rolled back)
    store.close()


def test_processes_starting_at_once_do_not_trip_over_each_others_feed_rows(database_url):
    """Two processes sync the same settings on a new database: the second one's
    INSERT meets rows the first added after it looked; both carry on."""
    first, second = Store(database_url), Store(database_url)
    configured = [("A", "https://a.example/feed"), ("B", "https://b.example/feed")]

    def meanwhile(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("INSERT INTO FEEDS") and first.feed_state("A") is None:
            first.sync_feeds(configured)  # committed between the second one's SELECT and its INSERT

    sa.event.listen(second.engine, "before_cursor_execute", meanwhile)
    second.sync_feeds(configured)
    assert [s.name for s in second.feed_states()] == ["A", "B"]
    first.close()
    second.close()
