"""Poll cycles on the real poll path: ``Tidings(settings).poll()`` against a SQLite file.

* cold: every feed new (a fresh database), so every body is fetched, parsed and stored;
* warm: every feed answers 304 Not Modified;
* churn: 10% of the feeds changed (new entries on top), the rest answer 304.

The N = 10,000 warm cycle starts from a database seeded with each feed's
ETag and Last-Modified (what a cold cycle would have left there) instead of
running a cold cycle of 10,000 feeds first, which would take most of the
benchmark's time and measure nothing the N = 1,000 cold cycle does not.

On PostgreSQL (``postgres_cycles``, issue 18's scale question): N feeds in a
throwaway database of their own on the server, polled by 1 and then by 2
*processes* at once (each a ``Tidings`` polling with claims and leases, as
several ``tidings run`` share a database): a cold cycle (1 instance, to fill
the database), then a warm and a churn cycle per instance count. Per cycle:
wall time, each process's CPU (psutil, its parse workers included) and the
CPU of the PostgreSQL server's processes over the cycle.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bot.app import Tidings
from bot.config import settings_from_dict
from bot.store import Store
from bot.store import feeds as feeds_table

from . import variants
from .corpus import etag, last_modified
from .feedserver import ServerClient
from .measure import Meter

CHURN_FRACTION = 0.10


class BenchClock:
    """Real time, moved a day on between cycles so every feed is due again
    (the scheduled path, ``poll()`` with due_only, claims included)."""

    def __init__(self):
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta = timedelta(days=1)) -> None:
        self.offset += delta

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def feed_name(i: int) -> str:
    return f"feed-{i:05d}"


def make_settings(database: Path | str, urls: list[str], **polling):
    """``database``: a SQLite file, or a database URL."""
    url = database if isinstance(database, str) else f"sqlite:///{database}"
    return settings_from_dict(
        {
            "storage": {"url": url},
            "polling": polling,
            # Never leave 127.0.0.1: no article pages are fetched for teaser-only feeds.
            "digest": {"fetch_articles": False},
            "feeds": [{"name": feed_name(i), "url": url} for i, url in enumerate(urls)],
        }
    )


def churned(n: int) -> list[int]:
    """Every tenth feed, spread over the whole corpus mix."""
    step = round(1 / CHURN_FRACTION)
    return list(range(0, n, step))


async def _measured_poll(bot: Tidings, server: ServerClient) -> dict:
    bot.clock.advance()
    before = server.stats()
    with Meter(workers=variants.pool_pids(bot)) as meter:
        report = await bot.poll()
    after = server.stats()
    polled = len(report.outcomes)
    result = dict(meter.result)
    result.update(
        feeds=polled,
        ok=report.count("ok"),
        not_modified=report.count("not_modified", "unchanged"),
        failed=report.count("failed"),
        new_articles=report.new_articles,
        kept=report.backlog,  # first polls: entries kept to read later (the "history" phase reads them)
        feeds_per_s=polled / result["wall_s"],
        new_per_s=report.new_articles / result["wall_s"],
        http_200=after.get("200", 0) - before.get("200", 0),
        http_304=after.get("304", 0) - before.get("304", 0),
    )
    errors = sorted({o.error for o in report.outcomes if o.status == "failed"})
    result["errors"] = errors[:5]
    return result


async def _measured_history(bot: Tidings) -> dict:
    """The first polls' history read (bot/backlog.py), as the running bot does after its first poll."""
    waiting = len(await bot.db.backlog_feeds())
    with Meter(workers=variants.pool_pids(bot)) as meter:
        stored = await bot.poller.backlog.read()
    result = dict(meter.result)
    result.update(feeds=waiting, ok=waiting, not_modified=0, failed=0, new_articles=stored, kept=0,
                  feeds_per_s=waiting / result["wall_s"], new_per_s=stored / result["wall_s"], http_200=0, http_304=0,
                  errors=[])  # fmt: skip
    return result


async def cycles(server: ServerClient, n: int, *, variant: str = "shipped", workdir: Path | None = None) -> dict:
    """One cold, one warm and one churn cycle of ``n`` feeds on a fresh database; between the
    cold and the warm, the first polls' history read (bot/backlog.py)."""
    server.reset()
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        settings = make_settings(
            Path(tmp) / "tidings.db", [server.url(i) for i in range(n)], **variants.polling(variant)
        )
        bot = Tidings(settings, clock=BenchClock(), adapters={}, env={})
        variants.apply(bot, variant)
        async with bot:
            await variants.start_pool(bot)
            cold = await _measured_poll(bot, server)
            history = await _measured_history(bot)
            bot.settle()  # as `tidings run` does after its first poll (Tidings.run)
            warm = await _measured_poll(bot, server)
            server.churn(churned(n))
            churn = await _measured_poll(bot, server)
    return {"cold": cold, "history": history, "warm": warm, "churn": churn}


def seed(store: Store, n: int, urls: list[str]) -> None:
    """Leave the database as a successful cold cycle would: ETag, Last-Modified, body hash per feed."""
    store.sync_feeds([(feed_name(i), urls[i]) for i in range(n)])
    now = datetime.now(UTC)
    rows = [{"n": feed_name(i), "etag": etag(i, 0), "lm": last_modified(0), "bh": "0" * 64} for i in range(n)]
    with store.engine.begin() as conn:
        conn.execute(
            feeds_table.update()
            .where(feeds_table.c.name == sa.bindparam("n"))
            .values(
                etag=sa.bindparam("etag"),
                last_modified=sa.bindparam("lm"),
                body_hash=sa.bindparam("bh"),
                polled_ok_once=True,
                last_checked_at=now,
                last_success_at=now,
                next_check_at=now + timedelta(minutes=30),
            ),  # fmt: skip
            rows,
        )


async def warm_seeded(server: ServerClient, n: int, *, repeats: int, variant: str = "shipped",
                      workdir: Path | None = None) -> list[dict]:  # fmt: skip
    """``repeats`` warm cycles of ``n`` feeds that all answer 304."""
    server.reset()
    results = []
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        urls = [server.url(i) for i in range(n)]
        settings = make_settings(Path(tmp) / "tidings.db", urls, **variants.polling(variant))
        store = Store(settings.database_url)
        seed(store, n, urls)
        bot = Tidings(settings, store=store, clock=BenchClock(), adapters={}, env={})
        variants.apply(bot, variant)
        async with bot:
            await variants.start_pool(bot)
            bot.settle()  # a running bot's state after its first poll (Tidings.run): start-up frozen
            for _ in range(repeats):
                results.append(await _measured_poll(bot, server))
    return results


# --- poll cycles on PostgreSQL, 1 and 2 processes at once -----------------------------------

_RESULT = "RESULT "


async def _instance(args: dict) -> None:
    """One bot process of ``postgres_cycles``: it starts (parse pool up), says ``ready``,
    then polls due feeds (claims, leases) each time a line ``{"day": D}`` arrives, its
    clock D days on, and answers with the cycle's report; ``{"quit": true}`` ends it."""
    server = ServerClient(args["server"])
    settings = make_settings(args["url"], [server.url(i) for i in range(args["n"])])
    bot = Tidings(settings, clock=BenchClock(), adapters={}, env={})
    async with bot:
        await variants.start_pool(bot)
        if args.get("settle"):
            bot.settle()
        print("ready", flush=True)
        while (line := await asyncio.to_thread(sys.stdin.readline)) and not (order := json.loads(line)).get("quit"):
            bot.clock.offset = timedelta(days=order["day"])
            print("armed", flush=True)  # every instance starts together, on "go"
            await asyncio.to_thread(sys.stdin.readline)
            report = await bot.poll()
            # (a cold cycle fills the database: with its first polls' history read, bot/backlog.py)
            history = await bot.poller.backlog.read() if report.backlog else 0
            print(_RESULT + json.dumps({"feeds": len(report.outcomes), "new_articles": report.new_articles + history,
                                        "failed": report.count("failed")}), flush=True)  # fmt: skip
            if order.get("settle"):
                bot.settle()  # after its first poll, as Tidings.run does


def _tree_cpu(pid: int) -> float:
    """CPU seconds of a process and every live descendant (and the children they reaped)."""
    import psutil

    total = 0.0
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    for proc in procs:
        try:
            t = proc.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
        except psutil.Error:
            pass
    return total


def _postgres_cpu(own: set[int]) -> tuple[float, dict[int, float]]:
    """CPU seconds of every live process named postgres (the server, its background
    processes, every backend), and of each backend in ``own`` alone."""
    import psutil

    total, mine = 0.0, {}
    for proc in psutil.process_iter(["name", "cpu_times"]):
        if proc.info["name"] != "postgres" or proc.info["cpu_times"] is None:
            continue
        t = proc.info["cpu_times"]
        total += t.user + t.system
        if proc.pid in own:
            mine[proc.pid] = t.user + t.system
    return total, mine


class _Instances:
    """``count`` bot processes (``_instance``) on one database, started and ready."""

    def __init__(self, count: int, payload: dict, log_dir: Path):
        from .feedserver import _ROOT

        env = dict(os.environ, PYTHONPATH=_ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
        self.logs = [open(log_dir / f"instance-{i}.log", "w+") for i in range(count)]  # noqa: SIM115
        self.procs = [
            subprocess.Popen(
                [sys.executable, "-m", "bench.cycles", json.dumps({**payload, "kind": "instance"})],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                cwd=_ROOT,
                env=env,
            )  # fmt: skip
            for log in self.logs
        ]
        for i in range(count):
            self._line(i, "ready")

    def _line(self, i: int, expect: str) -> str:
        while True:
            line = self.procs[i].stdout.readline()  # type: ignore[union-attr]
            if not line:
                self.logs[i].seek(0)
                raise RuntimeError(f"bench instance {i} ended:\n{self.logs[i].read()[-4000:]}")
            if line.startswith(expect):
                return line[len(expect) :]

    def cycle(self, day: int, settle: bool = False) -> list[dict]:
        for proc in self.procs:
            proc.stdin.write(json.dumps({"day": day, "settle": settle}) + "\n")  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]
        for i in range(len(self.procs)):
            self._line(i, "armed")
        for proc in self.procs:  # a barrier: no instance claims the whole cycle before the others have read it
            proc.stdin.write("go\n")  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]
        return [json.loads(self._line(i, _RESULT)) for i in range(len(self.procs))]

    def close(self) -> None:
        for proc in self.procs:
            try:
                proc.stdin.write(json.dumps({"quit": True}) + "\n")  # type: ignore[union-attr]
                proc.stdin.close()  # type: ignore[union-attr]
                proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait()
        for log in self.logs:
            log.close()


def _pg_cycle(instances: _Instances, server: ServerClient, admin, database: str, day: int, *,
              settle: bool = False) -> dict:  # fmt: skip
    """One cycle of every instance at once, measured from here: wall, each process tree's
    CPU, the PostgreSQL server's CPU (all of it, and this database's backends alone)."""
    own_query = sa.text("SELECT pid FROM pg_stat_activity WHERE datname = :db")
    with admin.connect() as conn:
        own = set(conn.execute(own_query, {"db": database}).scalars())
    load = os.getloadavg()[0]
    stats = server.stats()
    pids = [p.pid for p in instances.procs]
    bot0 = [_tree_cpu(pid) for pid in pids]
    db0, own0 = _postgres_cpu(own)
    t0 = time.perf_counter()
    reports = instances.cycle(day, settle=settle)
    wall = time.perf_counter() - t0
    db1, own1 = _postgres_cpu(own)
    bot = [_tree_cpu(pid) - cpu for pid, cpu in zip(pids, bot0, strict=True)]
    after = server.stats()
    with admin.connect() as conn:
        later = set(conn.execute(own_query, {"db": database}).scalars()) - own  # backends opened during the cycle
    _, own_new = _postgres_cpu(later)
    feeds = sum(r["feeds"] for r in reports)
    db_cpu, own_cpu = db1 - db0, sum(own1[p] - own0.get(p, 0.0) for p in own1) + sum(own_new.values())
    return {
        "instances": len(pids), "wall_s": wall, "feeds": feeds, "feeds_per_s": feeds / wall,
        "feeds_by_instance": [r["feeds"] for r in reports], "new_articles": sum(r["new_articles"] for r in reports),
        "failed": sum(r["failed"] for r in reports), "bot_cpu_s_by_instance": bot, "bot_cpu_s": sum(bot),
        "db_cpu_s": db_cpu, "db_own_backends_cpu_s": own_cpu,
        "bot_ms_per_feed": 1e3 * sum(bot) / max(feeds, 1), "db_ms_per_feed": 1e3 * db_cpu / max(feeds, 1),
        "http_200": after.get("200", 0) - stats.get("200", 0), "http_304": after.get("304", 0) - stats.get("304", 0),
        "load_1min_before": load, "load_1min_after": os.getloadavg()[0],
    }  # fmt: skip


def postgres_cycles(server: ServerClient, n: int, postgres: str, *, instances: tuple[int, ...] = (1, 2)) -> dict:
    """Cold (1 process), then warm and churn cycles of ``n`` feeds by 1 and by 2 processes
    at once, in a throwaway database on ``postgres``'s server (created here, dropped after)."""
    import psutil  # noqa: F401 (the bench extra: fail here, before a database is made)

    url = sa.engine.make_url(postgres)
    database = f"tidings_bench_cycles_{os.getpid()}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    result: dict = {"n": n, "database": database, "cycles": []}
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}"'))
            conn.execute(sa.text(f'CREATE DATABASE "{database}"'))
        target = url.set(database=database).render_as_string(hide_password=False)
        Store(target).close()  # the schema, made once before the instances start
        server.reset()
        payload = {"server": {"ports": server.ports, "control": server.control, "feeds": server.feeds},
                   "n": n, "url": target}  # fmt: skip
        day = 0
        with tempfile.TemporaryDirectory() as tmp:
            for count in instances:
                group = _Instances(count, {**payload, "settle": day > 0}, Path(tmp))
                try:
                    if day == 0:  # the database filled by a first (cold) cycle
                        result["cycles"].append({"cycle": "cold", **_pg_cycle(group, server, admin, database, day,
                                                                              settle=True)})  # fmt: skip
                    for kind in ("warm", "churn"):
                        day += 1
                        if kind == "churn":
                            server.churn(churned(n))
                        result["cycles"].append({"cycle": kind, **_pg_cycle(group, server, admin, database, day)})
                finally:
                    group.close()
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()
    return result


def main() -> None:
    """python -m bench.cycles '{"server": {...}, "n": 1000, "repeats": 3, "variant": "shipped"}'
    (``"kind": "warm"``: warm_seeded; ``"postgres"``: postgres_cycles; ``"instance"``: one of its processes)"""
    logging.basicConfig(level=logging.ERROR)
    args = json.loads(sys.argv[1])
    kind = args.get("kind", "cycles")
    if kind == "instance":
        asyncio.run(_instance(args))
        return
    server = ServerClient(args["server"])
    if kind == "cycles":
        out = [asyncio.run(cycles(server, args["n"], variant=args["variant"])) for _ in range(args["repeats"])]
    elif kind == "postgres":
        out = postgres_cycles(server, args["n"], args["postgres"])
    else:
        out = asyncio.run(warm_seeded(server, args["n"], repeats=args["repeats"], variant=args["variant"]))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
