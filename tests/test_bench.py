"""The benchmark's machinery at a tiny size, so that `make bench` keeps working.

No timing is asserted here: only that every part runs on the real paths and
counts what it should (python -m bench measures; this checks it can).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench import archive, baselines, cycles, peers, slash
from bench.__main__ import render, run_part
from bench.corpus import etag, load_corpus
from bench.feedserver import FeedServerProcess, ServerClient

N = 20  # feeds 10 and 12 of the corpus mix are not feeds (OPML, a cut-off JSON file)
NOT_FEEDS = 2


@pytest.fixture(scope="module")
def server():
    with FeedServerProcess(40, ports=2) as process:
        yield ServerClient(process.spec)


def test_the_feed_server_answers_conditional_requests(server):
    with urllib.request.urlopen(server.url(3)) as response:
        assert response.status == 200 and response.headers["ETag"] == etag(3, 0)
    request = urllib.request.Request(server.url(3), headers={"If-None-Match": etag(3, 0)})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request)
    assert err.value.code == 304


@pytest.mark.parametrize("variant", ["shipped", "no-pool", "no-group"])
async def test_cold_warm_and_churn_cycles(server, variant):
    result = await cycles.cycles(server, N, variant=variant)
    cold, history, warm, churn = result["cold"], result["history"], result["warm"], result["churn"]
    assert cold["feeds"] == N and cold["failed"] == NOT_FEEDS and cold["new_articles"] == 0 and cold["kept"] > 100
    assert history["new_articles"] > 100 and 0 < history["feeds"] <= N - NOT_FEEDS  # the first polls read
    assert warm["new_articles"] == 0 and warm["http_304"] == N - NOT_FEEDS
    assert churn["new_articles"] >= 1  # feed 0 gained a story; feed 10 (OPML) still is no feed
    for phase in (cold, history, warm, churn):
        assert phase["wall_s"] > 0 and phase["peak_rss_mb"] > 0


async def test_a_warm_cycle_from_a_seeded_database(server):
    (run,) = await cycles.warm_seeded(server, 40, repeats=1)
    assert run["feeds"] == 40 and run["http_304"] == 40 and run["new_articles"] == 0


async def test_slash_commands_are_acked_during_a_cold_cycle(server):
    result = await slash.command_latency(server, N, idle_s=0.2)
    for phase in ("idle", "cold_cycle"):
        assert result[phase]["sent"] > 0 and result[phase]["acked"] == result[phase]["sent"], result[phase]
    assert result["cold_cycle"]["feeds"] == N


async def test_digest_and_search_over_an_archive(tmp_path):
    result = await archive.measure(total=400, repeats=2, cache=tmp_path)
    assert result["articles"] == 400
    assert result["digest:everything"]["candidates"] > 0
    assert result["search"]["samples"] == len(archive.QUERIES)


async def test_the_archive_on_postgresql_is_built_once_then_read():
    """The scale run's PostgreSQL archive: a database of its own, built on the first
    run, found and only read on the next (its build time is then near nothing). This
    test's is named for its process (two runs at once on one server never share one);
    `make bench`'s keeps its name."""
    server = os.environ.get("TIDINGS_TEST_POSTGRES", "")
    if not server:
        pytest.skip("PostgreSQL not configured (TIDINGS_TEST_POSTGRES)")
    import sqlalchemy as sa

    suffix = f"test{os.getpid()}"
    name = archive.postgres_archive_name(300, suffix)
    assert name == f"tidings_bench_300_{archive._key()}_{suffix}"
    assert archive.postgres_archive_name(1_000_000) == f"tidings_bench_1000000_{archive._key()}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        first = await archive.measure(total=300, repeats=1, postgres=server, suffix=suffix)
        again = await archive.measure(total=300, repeats=1, postgres=server, suffix=suffix)
        assert first["database"] == again["database"] == "postgresql"
        assert first["articles"] == again["articles"] == 300
        assert first["search"]["results"] == again["search"]["results"]
        assert again["build_s"] < first["build_s"]
        with admin.connect() as conn:  # built under this test's own name
            assert conn.execute(sa.text("SELECT count(*) FROM pg_database WHERE datname = :n"), {"n": name}).scalar()
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_poll_cycles_on_postgresql_by_one_then_two_processes(server):
    """bench.cycles.postgres_cycles: a throwaway database on the test server, filled by a
    cold cycle, then warm and churn cycles by 1 and by 2 bot processes sharing the feeds
    (claims); every cycle's bot and database CPU measured, the database dropped after."""
    postgres = os.environ.get("TIDINGS_TEST_POSTGRES", "")
    if not postgres:
        pytest.skip("PostgreSQL not configured (TIDINGS_TEST_POSTGRES)")
    pytest.importorskip("psutil", reason="bench.cycles measures the processes with psutil")
    import sqlalchemy as sa

    result = run_part("cycles", {"server": {"ports": server.ports, "control": server.control, "feeds": server.feeds},
                                 "kind": "postgres", "n": N, "postgres": postgres})  # fmt: skip
    cycles_ = [(c["cycle"], c["instances"]) for c in result["cycles"]]
    assert cycles_ == [("cold", 1), ("warm", 1), ("churn", 1), ("warm", 2), ("churn", 2)]
    by = {(c["cycle"], c["instances"]): c for c in result["cycles"]}
    assert by["cold", 1]["new_articles"] > 100 and by["cold", 1]["bot_cpu_s"] > 0
    for count in (1, 2):
        warm, churn = by["warm", count], by["churn", count]
        assert warm["feeds"] == churn["feeds"] == N  # every feed polled once, whoever claimed it
        assert warm["new_articles"] == 0 and warm["http_304"] == N - NOT_FEEDS
        assert churn["new_articles"] >= 1 and len(warm["bot_cpu_s_by_instance"]) == count
    for count in (1, 2):  # every feed by one process or the other: the share itself is timing, not asserted
        shares = by["warm", count]["feeds_by_instance"]
        assert len(shares) == count and sum(shares) == N
    assert by["cold", 1]["db_cpu_s"] > 0 and by["cold", 1]["db_own_backends_cpu_s"] > 0
    admin = sa.create_engine(postgres)
    try:
        with admin.connect() as conn:
            left = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": result["database"]})
            assert left.first() is None  # the throwaway database is gone
    finally:
        admin.dispose()
    table = render({"started": "now", "machine": {"cpus": 2, "python": "3"},
                    "sizes": {"n": N, "warm_n": 40, "archive": 400, "baseline_feeds": 2, "repeats": 1},
                    "pgcycles": result})  # fmt: skip
    assert f"POLL CYCLES ON POSTGRESQL, N = {N}" in table and "churn      2" in table


def test_poll_cycles_on_postgresql_are_skipped_with_a_note_without_a_server(capsys):
    from bench.__main__ import main

    out = Path(tempfile.mkdtemp()) / "r.json"
    assert main(["--quick", "--only", "pgcycles", "--postgres", "", "--out", str(out)]) == 0
    assert "POLL CYCLES ON POSTGRESQL: skipped (no PostgreSQL server" in capsys.readouterr().out
    assert "pgcycles" not in json.loads(out.read_text())


def test_the_item_dump_and_its_diff(tmp_path, capsys):
    """bench.itemdump: every stored item of a directory, and the items two dumps disagree on."""
    from bench import itemdump

    feeds = tmp_path / "feeds"
    feeds.mkdir()
    rss = (
        '<rss version="2.0"><channel><title>T</title><link>https://t.example/</link><item><title>{}</title>'
        "<link>https://t.example/1</link><description>Some words here.</description></item></channel></rss>"
    )
    (feeds / "t.xml").write_text(rss.format("One"))
    itemdump.dump(tmp_path / "a.json", [str(feeds)])
    (feeds / "t.xml").write_text(rss.format("Two"))
    itemdump.dump(tmp_path / "b.json", [str(feeds)])
    capsys.readouterr()
    itemdump.diff(tmp_path / "a.json", tmp_path / "a.json")
    assert capsys.readouterr().out.strip().endswith("0 items changed of 1")
    itemdump.diff(tmp_path / "a.json", tmp_path / "b.json")
    assert "- 'One'" in capsys.readouterr().out


def test_baselines_and_the_table(server):
    docs = load_corpus()[:6]
    throughput = baselines.throughput(repeats=1, docs=docs)
    assert set(throughput["stages"]) >= {"floor (lxml / json.loads)", "parse_feed (bytes -> entries)"}
    sequential = run_part("baselines", {"kind": "sequential", "urls": [server.url(0), server.url(1)], "repeats": 1})
    assert sequential[0]["feeds"] == 2 and sequential[0]["new_articles"] > 0
    cold = {"wall_s": 1.0, "cpu_s": 1.0, "worker_cpu_s": 0.0, "feeds_per_s": 20.0, "new_per_s": 5.0,
            "peak_rss_mb": 100.0, "worker_peak_rss_mb": 0.0, "peak_pss_total_mb": 90.0, "new_articles": 5,
            "feeds": N, "failed": 2, "http_200": N, "http_304": 0, "errors": []}  # fmt: skip
    results = {
        "started": "now", "machine": {"cpus": 2, "python": "3", "platform": "x"},
        "sizes": {"n": N, "warm_n": 40, "archive": 400, "baseline_feeds": 2, "repeats": 1},
        "throughput": throughput, "baseline_a": sequential,
        "cycles": {"shipped": [{"cold": cold, "warm": cold, "churn": cold}]},
    }  # fmt: skip
    table = render(results)
    assert "POLL CYCLES" in table and "TARGETS" in table and "floor" in table


def test_story_summaries_are_timed_per_story_and_per_article_segmented():
    from bench import summaries

    result = summaries.measure(limit=40, repeats=1)
    assert result["articles"] == 40 and result["sentences_per_article"] > 1
    assert set(result["stories"]) == {"1", "3", "5"} and result["stories"]["1"]["stories"] == 40
    assert result["stories"]["5"]["stories"] == 8 and result["segment_ms_per_article"]["max"] > 0
    table = render({"started": "now", "machine": {"cpus": 2, "python": "3", "platform": "x"},
                    "sizes": {"n": N, "warm_n": 40, "archive": 400, "baseline_feeds": 2, "repeats": 1},
                    "summaries": result})  # fmt: skip
    assert "STORY SUMMARIES, 40 corpus articles" in table and "story summary, 5 source(s) (p99)" in table


def test_an_unknown_section_or_variant_is_refused_by_name(capsys):
    from bench.__main__ import main

    for argv, word in ((["--only", "digest"], "section 'digest'"), (["--variants", "fast"], "variant 'fast'")):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
        assert word in capsys.readouterr().err


def test_a_process_tree_is_measured_whole_orphans_included():
    """What forkserver workers are to /usr/bin/time: a process its parent never waits for.
    Its CPU counts (the child subreaper reaps it here), and so does its memory."""
    pytest.importorskip("psutil", reason="bench/peers.py measures process trees with psutil")
    burn = "import time; t = time.process_time(); x = [0] * 3_000_000\nwhile time.process_time() - t < 0.4: pass"
    parent = f"import subprocess, sys; subprocess.Popen([sys.executable, '-c', {burn!r}])"  # and exits at once
    probe = (
        "import json, sys; from pathlib import Path; from bench import peers\n"
        "peers.become_subreaper()\n"
        f"print(json.dumps(peers.measured([sys.executable, '-c', {parent!r}], cwd=Path('.'))))"
    )
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        out = subprocess.run(
            [sys.executable, "-c", probe], cwd=tmp, env=env, capture_output=True, text=True, check=True
        )
    result = json.loads(out.stdout.splitlines()[-1])
    # The parent exits at once (no bound on its wall time: on a loaded machine its start-up alone took 0.45 s);
    # the orphan's CPU is counted all the same.
    assert result["exit"] == 0
    assert result["cpu_s"] >= 0.4 and result["processes"] == 2
    assert result["peak_pss_mb"] > 20  # the orphan's 24 MB list, sampled while it ran


def test_peers_side_by_side_and_an_absent_peer_skipped_with_a_note(server):
    """Tidings, the naive loop and the floor as processes on the same feeds; newsboat not on
    PATH: a note, no row of numbers; reader not installed: a note too."""
    pytest.importorskip("psutil", reason="bench/peers.py measures process trees with psutil")
    result = run_part("peers", {"server": {"ports": server.ports, "control": server.control, "feeds": server.feeds}, "n": 6, "peers": ["tidings", "newsboat", "naive", "floor"],
                                "startup_repeats": 0, "path": "/nonexistent"})  # fmt: skip
    assert "not on PATH" in result["notes"]["newsboat"] and "newsboat" not in result["runs"]
    (tidings,) = result["runs"]["tidings"]
    assert tidings["cold"]["exit"] == 0 and tidings["cold"]["items"] > 50 and tidings["cold"]["http_200"] == 6
    assert tidings["warm"]["http_304"] == 6 and tidings["cold"]["processes"] >= 3  # bot, forkserver, workers
    assert result["runs"]["naive"][0]["warm"]["http_304"] == 6
    assert result["runs"]["floor"][0]["cold"]["http_200"] == 6
    table = "\n".join(peers.table_lines(result))
    assert "newsboat is not on PATH: skipped" in table and "naive feedparser loop" in table


def test_reader_not_installed_is_a_note(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "reader" else real(name, *a))
    assert "reader is not installed" in peers.availability(path="/nonexistent")["reader"]


def test_the_readme_speed_table_comes_from_one_results_file(tmp_path):
    from bench import speed_table

    def run(wall, cpu, **extra):
        return {"wall_s": wall, "cpu_s": cpu, "peak_pss_mb": 100.0, "exit": 0, **extra}

    results = {"started": "2026-12-04T07:38:41", "commit": "abc1234", "machine": {"cpus": 2, "python": "3.11.7"},
               "peers": {"n": 1000, "versions": {"reader": "3.26"}, "notes": {"newsboat": "newsboat is not on PATH"},
                         "runs": {"tidings": [{"cold": run(10.0, 12.0, items=24059), "warm": run(2.0, 1.5),
                                               "startup": {"--help": {"walls_s": [0.3], "median_s": 0.3}}}],
                                  "reader": [{"cold": run(50.0, 49.0), "warm": run(4.0, 3.0)}],
                                  "floor": [{"cold": run(1.25, 1.2)}]}}}  # fmt: skip
    table = speed_table.markdown(results, "bench-x.json")
    assert "`bench-x.json`, commit `abc1234`" in table and "| **10.0 s** |" in table
    assert "50.0 s (5.0× Tidings)" in table and "(Tidings 8.0× the floor)" in table
    assert "skipped (not installed)" in table and "`tidings --help` 0.30 s" in table
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\n{speed_table.BEGIN}\nTHE OLD TABLE\n{speed_table.END}\n\nafter\n")
    speed_table.write_readme(table, readme)
    text = readme.read_text()
    assert "THE OLD TABLE" not in text and table in text and text.endswith("after\n")
