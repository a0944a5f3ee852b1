"""Digest build time and search latency over a large archive, on SQLite or PostgreSQL.

The archive: 100 feeds, their articles first seen at about 1,100 a day (the
default 100,000 over 90 days; 1,000,000 over 900 days: a bigger archive is a
longer history, not a busier day), their titles and excerpts taken from the
corpus's real articles. Timed on the real paths: ``Tidings.preview_digest``
(query, filter, cluster, rank) and ``/news search`` through ``Commands.handle``.

The archive is built once per size, schema and version of this file and kept:
SQLite as a file under bench/results/cache (100,000 articles: 0.3 GB;
1,000,000: 2.8 GB), PostgreSQL as a database of its own
(``tidings_bench_<size>_<key>``) on the server of the URL given. A run reads
it and writes only the two channels' digest state, the same values each time.
A test names its own (``suffix``: ``tidings_bench_300_<key>_<suffix>``), so two
runs at once on one server never share, build or drop each other's.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import re
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bot.app import Tidings
from bot.commands import parse_command
from bot.config import settings_from_dict
from bot.normalize import read_feed
from bot.parse import FeedError
from bot.sentences import sentences_of
from bot.store import MIGRATIONS, Store, articles, feeds
from bot.store.schema import article_texts
from bot.stories import forget_summaries

from .corpus import load_corpus
from .measure import percentile

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
SPAN = timedelta(days=90)  # for 100,000 articles; the span grows with the archive
FEEDS = 100
PER_DAY_SIZE = 100_000
QUERIES = [
    "apple", "security", "open source", '"machine learning"', "rust*", "podcast",
    "privacy since:30d", "iphone since:7d", "climate", "python", "go release", "covid vaccine",
    "design tag:tech", "linux kernel", "qemu", "photography",
]  # fmt: skip


class _FixedClock:
    """The archive is built around NOW; the bot must see the same time."""

    def now(self) -> datetime:
        return NOW

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def corpus_articles() -> list:
    out = []
    for doc in load_corpus():
        try:
            content = read_feed(doc.body, url="https://feeds.example/" + doc.name, content_type=doc.content_type,
                                source=doc.name, now=NOW, excerpt_length=300)  # fmt: skip
        except FeedError:
            continue
        # Leads segmented as the poller does for new articles (once per template).
        out.extend(
            replace(a, sentences=tuple(filter(None, sentences_of([a.lead])[0].split("\n")))) for a in content.articles
        )
    return out


def build(store: Store, total: int) -> None:
    """``total`` articles over FEEDS feeds, first seen over the span (SPAN per
    100,000 articles), straight into the tables, 5,000 rows a statement."""
    templates = corpus_articles()
    per_feed = max(1, total // FEEDS)
    span = SPAN * max(1.0, total / PER_DAY_SIZE)
    store.sync_feeds([(f"feed-{f:03d}", f"https://bench.example/{f}/feed") for f in range(FEEDS)])
    with store.engine.begin() as conn:
        ids = dict(conn.execute(sa.select(feeds.c.name, feeds.c.id)).all())
        first_id = int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()) + 1
        rows, texts = [], []

        def flush() -> None:
            conn.execute(articles.insert(), rows)
            conn.execute(article_texts.insert(), texts)
            rows.clear()
            texts.clear()

        # In the order a bot stores them, oldest first (ids grow with first sight, as in
        # production: search.py's rowid floors rely on it).
        order = sorted(
            ((span * (k + f / FEEDS) / per_feed, f, k) for f in range(FEEDS) for k in range(per_feed)), reverse=True
        )
        for n, (age, f, k) in enumerate(order):
            t = templates[(f * 131 + k) % len(templates)]
            published = NOW - age
            rows.append({
                "feed_id": ids[f"feed-{f:03d}"], "uid": f"bench:{f}:{k}",
                "link": f"https://bench.example/{f}/{k}", "title": t.title, "excerpt": t.excerpt,
                "author": t.author, "tags": json.dumps(list(t.tags) + (["tech"] if f % 3 == 0 else [])),
                "published": published, "has_date": True, "first_seen": published + timedelta(minutes=5),
                "content_hash": t.content_hash, "backfill": False,
            })  # fmt: skip
            # Its lead and sentences, as the poller stores a new article's
            # (ids first_id...: the table was empty, ids come in insertion order).
            texts.append({"article_id": first_id + n, "lead": t.lead, "sentences": "\n".join(t.sentences)})
            if len(rows) >= 5000:
                flush()
        if rows:
            flush()


CACHE = Path(__file__).resolve().parent / "results" / "cache"


def _key() -> str:
    """The version of the build and of the schema: an archive built by another is built again."""
    key = hashlib.sha1(f"{NOW} {SPAN} {FEEDS} {PER_DAY_SIZE}".encode())
    for function in (corpus_articles, build):
        key.update(inspect.getsource(function).encode())
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        key.update(path.read_bytes())
    return key.hexdigest()[:12]


def _cached_archive(total: int, cache: Path = CACHE) -> Path:
    """The archive as a SQLite file, built once per archive.py and schema version (bench/results is git-ignored)."""
    target = cache / f"archive-{total}-{_key()}.db"
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        for stale in cache.glob(f"archive-{total}-*.db"):  # built for an older schema
            stale.unlink()
        partial = target.with_suffix(".tmp")
        partial.unlink(missing_ok=True)
        store = Store(f"sqlite:///{partial}")
        build(store, total)
        with store.engine.connect() as conn:  # one file: fold the WAL back in
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        partial.rename(target)
    return target


def postgres_archive_name(total: int, suffix: str = "") -> str:
    """``tidings_bench_<total>_<key>``, and ``_<suffix>`` after it when given (a test's own)."""
    return f"tidings_bench_{total}_{_key()}" + (f"_{suffix}" if suffix else "")


def _postgres_archive(server: str, total: int, suffix: str = "") -> str:
    """The archive as a PostgreSQL database of its own on ``server``'s server (the
    URL's database is only used to create it), built once per archive.py and schema
    version; a half-built one (its build was stopped) is dropped and built again.
    Without a ``suffix``, the archives of this size built for another version are
    dropped (never a suffixed one: another run's, maybe running now)."""
    name = postgres_archive_name(total, suffix)
    url = sa.engine.make_url(server)
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    stale_name = re.compile(rf"tidings_bench_{total}_[0-9a-f]{{12}}(_partial)?")
    try:
        with admin.connect() as conn:
            present = set(
                conn.execute(sa.text("SELECT datname FROM pg_database WHERE datname LIKE 'tidings_bench_%'")).scalars()
            )
            for stale in present - {name, name + "_partial"}:
                if not suffix and stale_name.fullmatch(stale):
                    conn.execute(sa.text(f'DROP DATABASE "{stale}"'))
            if name in present:
                return url.set(database=name).render_as_string(hide_password=False)
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}_partial"'))
            conn.execute(sa.text(f'CREATE DATABASE "{name}_partial"'))
        store = Store(url.set(database=name + "_partial").render_as_string(hide_password=False))
        build(store, total)
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("VACUUM ANALYZE"))
        store.close()
        with admin.connect() as conn:
            conn.execute(sa.text(f'ALTER DATABASE "{name}_partial" RENAME TO "{name}"'))
    finally:
        admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


async def measure(
    total: int = 100_000, repeats: int = 20, cache: Path = CACHE, postgres: str = "", suffix: str = ""
) -> dict:
    """Digest and search times over ``total`` articles: on SQLite, or on PostgreSQL
    when ``postgres`` is a server's URL (its database named with ``suffix``, if given:
    postgres_archive_name)."""
    t0 = time.perf_counter()
    url = _postgres_archive(postgres, total, suffix) if postgres else f"sqlite:///{_cached_archive(total, cache)}"
    built = time.perf_counter() - t0
    settings = settings_from_dict({
        "storage": {"url": url},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": f"feed-{f:03d}", "url": f"https://bench.example/{f}/feed",
                   "tags": ["all"] + (["ten"] if f < 10 else [])} for f in range(FEEDS)],
        "channels": [{"name": "everything", "tags": ["all"]}, {"name": "ten-feeds", "tags": ["ten"]}],
    })  # fmt: skip
    store = Store(url)
    cutoff = NOW - timedelta(days=1)
    for channel in ("everything", "ten-feeds"):
        store.set_channel_state(channel, last_digest_at=cutoff, cutoff=cutoff)
    bot = Tidings(settings, store=store, clock=_FixedClock(), adapters={}, env={})
    result: dict = {"articles": store.count_articles(), "build_s": built, "database": store.engine.dialect.name}
    async with bot:
        # One untimed pass first: the archive's pages are read from disk once, as a running
        # bot's are (the file was copied, hence cached, before each run until 4e6c338; read
        # in place, the first of each query paid for the disk: 0.1-2 s at 1,000,000 articles).
        for channel in ("everything", "ten-feeds"):
            await bot.preview_digest(channel)
        for q in QUERIES:
            await bot.commands().handle(parse_command("search " + q, platform="console"))
        for channel in ("everything", "ten-feeds"):
            times, items = [], 0
            for _ in range(repeats):
                forget_summaries()  # each build makes its stories' summaries, as a scheduled digest does
                t0 = time.perf_counter()
                digest = await bot.preview_digest(channel)
                times.append(time.perf_counter() - t0)
                items = len(digest.items)
            followed = await bot.catalog.followed(bot.settings.channel(channel))
            candidates = len(await bot.db.articles_since(followed, cutoff, NOW))
            result[f"digest:{channel}"] = {"p50_ms": percentile(times, 50) * 1e3, "p95_ms": percentile(times, 95) * 1e3,
                                           "candidates": candidates, "items": items}  # fmt: skip
        commands = bot.commands()
        times, found = [], {}
        for _ in range(max(1, repeats // 4)):
            for q in QUERIES:
                command = parse_command("search " + q, platform="console")
                t0 = time.perf_counter()
                reply = await commands.handle(command)
                times.append(time.perf_counter() - t0)
                found[q] = len(reply.items) if not reply.error else reply.text
        result["search"] = {"p50_ms": percentile(times, 50) * 1e3, "p95_ms": percentile(times, 95) * 1e3,
                            "max_ms": max(times) * 1e3, "queries": len(QUERIES), "samples": len(times),
                            "results": found}  # fmt: skip
    return result


def main() -> None:
    """python -m bench.archive '{"articles": 100000, "repeats": 20, "postgres": ""}'"""
    import logging
    import sys

    logging.basicConfig(level=logging.ERROR)
    args = json.loads(sys.argv[1])
    print(json.dumps(asyncio.run(measure(args["articles"], args["repeats"], postgres=args.get("postgres", "")))))


if __name__ == "__main__":
    main()
