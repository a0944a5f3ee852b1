"""Group commit: store calls queued while the database thread is busy share one
transaction, and each caller still gets its own result or error."""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from bot.store import Store, feeds
from bot.store.database import AsyncStore, Database
from tests.builders import T0

NAMES = [f"feed-{i:02d}" for i in range(20)]


@pytest.fixture
def store(database_url):
    store = Store(database_url)
    store.sync_feeds([(name, f"https://{name}.example/rss") for name in NAMES])
    yield store
    store.close()


def commits(store: Store) -> list[int]:
    seen: list[int] = []
    event.listen(store.engine, "commit", lambda conn: seen.append(1))
    return seen


def test_update_feeds_sets_each_feeds_fields_in_one_transaction(store):
    counted = commits(store)
    store.update_feeds([
        ("feed-00", {"last_error": "boom", "error_count": 3, "failing_since": T0}),
        ("feed-01", {"last_error": "bang", "error_count": 1, "failing_since": T0 + timedelta(hours=1)}),
        ("feed-02", {"etag": '"v2"'}),
        ("feed-03", {}),
    ])  # fmt: skip
    assert len(counted) == 1
    states = {s.name: s for s in store.feed_states(NAMES[:4])}
    assert (states["feed-00"].last_error, states["feed-00"].error_count, states["feed-00"].failing_since) == (
        "boom",
        3,
        T0,
    )
    assert states["feed-01"].failing_since == T0 + timedelta(hours=1)
    assert states["feed-02"].etag == '"v2"' and states["feed-02"].last_error is None
    with pytest.raises(TypeError, match="unknown feed fields"):
        store.update_feeds([("feed-00", {"error_count": 0}), ("feed-01", {"colour": "red"})])
    assert store.feed_state("feed-00").error_count == 3  # checked before anything is written


def test_a_run_of_updates_writes_each_rows_own_values_whatever_the_rows_share(store):
    """Fields every row of a run sets alike are written into the statement, fields that
    hold another field's very object share its value: each row still gets its own."""
    store.update_feeds([("feed-04", {"last_error": "old", "error_count": 7, "polled_ok_once": False})])
    now, later = T0, T0 + timedelta(hours=1)
    store.update_feeds([
        (NAMES[i], {"last_checked_at": t, "last_success_at": t, "next_check_at": t + timedelta(minutes=30),
                    "last_error": None, "error_count": 0, "polled_ok_once": True, "claimed_by": None, "etag": e})
        for i, t, e in ((0, now, '"a"'), (1, now, '"b"'), (2, later, None))
    ] + [  # a run where each of those differs in one row
        ("feed-04", {"last_checked_at": later, "last_success_at": later, "error_count": 0, "polled_ok_once": True,
                     "last_error": None}),
        ("feed-03", {"last_checked_at": now, "last_success_at": later, "error_count": 2, "polled_ok_once": False,
                     "last_error": "x"}),
    ])  # fmt: skip
    s = {s.name: s for s in store.feed_states(NAMES[:5])}
    assert [(s[n].last_checked_at, s[n].last_success_at, s[n].next_check_at, s[n].etag) for n in NAMES[:3]] == [
        (now, now, now + timedelta(minutes=30), '"a"'),
        (now, now, now + timedelta(minutes=30), '"b"'),
        (later, later, later + timedelta(minutes=30), None),
    ]
    assert all((s[n].last_error, s[n].error_count, s[n].polled_ok_once) == (None, 0, True) for n in NAMES[:3])
    assert (s["feed-03"].last_checked_at, s["feed-03"].last_success_at) == (now, later)
    assert (s["feed-03"].error_count, s["feed-03"].polled_ok_once, s["feed-03"].last_error) == (2, False, "x")
    assert (s["feed-04"].error_count, s["feed-04"].polled_ok_once, s["feed-04"].last_error) == (0, True, None)


def test_a_failing_transaction_block_writes_nothing(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.update_feed("feed-00", last_error="written, then rolled back")
        assert store.feed_state("feed-00").last_error == "written, then rolled back"  # same transaction sees it
        raise RuntimeError("boom")
    assert store.feed_state("feed-00").last_error is None
    with store.transaction(), store.transaction():  # nested blocks join the outer one
        store.update_feed("feed-00", error_count=7)
    assert store.feed_state("feed-00").error_count == 7


class GatedThread(ThreadPoolExecutor):
    """The database thread, held busy until the test opens the gate, so calls queue up."""

    def __init__(self):
        super().__init__(1)
        self.gate = threading.Event()
        self.submit(self.gate.wait)


async def test_calls_queued_while_the_thread_is_busy_share_one_commit(store):
    thread = GatedThread()
    db = Database(store, thread)
    counted = commits(store)
    first = asyncio.ensure_future(db.batched(store.update_feed, "feed-00", error_count=100))
    await asyncio.sleep(0)  # the first call is on the (busy) thread; the rest queue behind it
    rest = [
        asyncio.ensure_future(db.batched(store.update_feed, name, error_count=i)) for i, name in enumerate(NAMES[1:], 1)
    ]
    await asyncio.sleep(0)
    thread.gate.set()
    await asyncio.gather(first, *rest)
    assert len(counted) == 2  # the first alone, the 19 queued behind it together
    assert [s.error_count for s in store.feed_states(NAMES)] == [100] + list(range(1, 20))
    thread.shutdown()


async def test_calls_made_in_the_same_turn_of_the_loop_share_one_commit(store):
    """An idle thread is handed the calls once the loop has run what was ready:
    the updates of feeds whose answers came in together go as one group."""
    thread = ThreadPoolExecutor(1)
    db = Database(store, thread)
    counted = commits(store)
    await asyncio.gather(*(db.batched(store.update_feed, name, error_count=i) for i, name in enumerate(NAMES)))
    assert len(counted) == 1
    assert [s.error_count for s in store.feed_states(NAMES)] == list(range(20))
    thread.shutdown()


async def test_feeds_checked_together_are_one_statement_per_wait_with_one_now(store, clock):
    """A warm cycle's feeds (answered 304, validators unchanged) are written as one UPDATE
    per wait: checked and succeeded at the database thread's now, errors and claims cleared."""
    store.update_feeds([(name, {"last_error": "boom", "error_count": 3, "failing_since": T0, "claimed_by": "me",
                                "lease_until": T0, "etag": '"e"', "polled_ok_once": True}) for name in NAMES])  # fmt: skip
    executed: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda c, cur, statement, *a: executed.append(statement))
    thread = ThreadPoolExecutor(1)
    db = AsyncStore(store, thread)
    short, long = timedelta(minutes=30), timedelta(hours=2)
    await asyncio.gather(*(db.feed_checked(name, clock=clock, wait=long if i % 4 == 0 else short)
                           for i, name in enumerate(NAMES)))  # fmt: skip
    assert len([s for s in executed if s.startswith("UPDATE feeds")]) == 2
    states = store.feed_states(NAMES)
    now = clock.now()
    assert [s.next_check_at for s in states] == [now + (long if i % 4 == 0 else short) for i in range(20)]
    assert {(s.last_checked_at, s.last_success_at, s.last_error, s.error_count, s.failing_since, s.etag,
             s.polled_ok_once) for s in states} == {(now, now, None, 0, None, '"e"', True)}  # fmt: skip
    with store.engine.connect() as conn:
        assert set(conn.execute(sa.select(feeds.c.claimed_by, feeds.c.lease_until))) == {(None, None)}
    alone = ThreadPoolExecutor(1)  # a lone one (or the no-group variant): the same write
    await AsyncStore(store, alone).feed_checked(NAMES[0], clock=clock, wait=short)
    assert store.feed_state(NAMES[0]).next_check_at == now + short
    thread.shutdown()
    alone.shutdown()


async def test_a_failing_call_fails_alone_and_its_neighbours_are_kept(store):
    thread = GatedThread()
    db = Database(store, thread)
    blocker = asyncio.ensure_future(db.batched(store.feed_states, []))
    await asyncio.sleep(0)
    good = [asyncio.ensure_future(db.batched(store.update_feed, name, last_error="kept")) for name in NAMES[:3]]
    bad = asyncio.ensure_future(db.batched(store.update_feed, NAMES[3], colour="red"))
    more = asyncio.ensure_future(db.batched(store.update_feed, NAMES[4], last_error="kept"))
    await asyncio.sleep(0)
    thread.gate.set()
    await asyncio.gather(blocker, *good, more)
    with pytest.raises(TypeError, match="colour"):
        await bad
    assert [s.last_error for s in store.feed_states(NAMES[:5])] == ["kept", "kept", "kept", None, "kept"]
    thread.shutdown()


async def test_plain_calls_run_alone_and_in_order(store):
    thread = GatedThread()
    db = Database(store, thread)
    counted = commits(store)
    order: list[str] = []

    def step(name: str, error_count: int):
        order.append(name)
        store.update_feed(name, error_count=error_count)
        return name

    futures = [asyncio.ensure_future(db(step, name, i)) for i, name in enumerate(NAMES[:2])]
    futures.append(asyncio.ensure_future(db.batched(step, "feed-10", 1)))
    futures += [asyncio.ensure_future(db(step, name, i)) for i, name in enumerate(NAMES[2:5])]
    await asyncio.sleep(0)
    thread.gate.set()
    assert await asyncio.gather(*futures) == ["feed-00", "feed-01", "feed-10", "feed-02", "feed-03", "feed-04"]
    assert order == ["feed-00", "feed-01", "feed-10", "feed-02", "feed-03", "feed-04"]
    assert len(counted) == 6  # a lone batched call is a transaction of its own too
    thread.shutdown()


async def test_a_stopped_database_thread_fails_every_waiting_call(store):
    thread = ThreadPoolExecutor(1)
    db = Database(store, thread)
    thread.shutdown()
    with pytest.raises(RuntimeError):
        await db.batched(store.update_feed, "feed-00", error_count=1)
    with pytest.raises(RuntimeError):  # and the next call is not left waiting behind it
        await asyncio.wait_for(db(store.feed_states, []), 5)


async def test_the_async_store_runs_each_call_on_the_database_thread(store):
    from bot.store.database import AsyncStore

    thread = ThreadPoolExecutor(1, thread_name_prefix="tidings-db")
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: seen.append(threading.current_thread().name))
    db = AsyncStore(store, thread)
    assert [s.name for s in await db.feed_states(NAMES[:2])] == NAMES[:2]
    await asyncio.gather(*(db.update_feed(name, error_count=5) for name in NAMES))  # one update_feeds
    assert {s.error_count for s in await db.feed_states(NAMES)} == {5}
    assert seen and all(name.startswith("tidings-db") for name in seen)
    assert AsyncStore.search.__doc__ == Store.search.__doc__  # the store's own signature and docs
    thread.shutdown()
