"""Tidings and its peers side by side (issue 18): each one a process tree started
here, polling the same N loopback feeds of the same feed server, cold (nothing
stored yet) and then warm (every feed answers 304), start-up included.

* ``tidings``: ``tidings poll --all`` on a settings file of N feeds (SQLite file);
* ``reader`` (lemon24/reader, the optional ``bench`` extra): ``update_feeds(workers=16,
  scheduled=False)`` on its own SQLite file; the feeds are added before, unmeasured;
* ``newsboat`` (C++, when on PATH): ``newsboat -x reload`` with ``reload-threads 16``,
  its own cache file, config and HOME in a temporary directory;
* ``naive``: a sequential ``feedparser.parse(url, etag=, modified=)`` loop with a
  dict of seen ids, kept in a JSON file between runs;
* ``floor`` (cold only): every URL fetched over HTTP with Tidings' limits
  (``[polling] concurrency`` 16, ``per_host`` 2) and parsed by lxml (``json.loads``
  for JSON Feed), nothing more.

How a run is measured: this process makes itself the *child subreaper* of what it
starts (Linux ``PR_SET_CHILD_SUBREAPER``), so every process of the tree (a parse
pool's forkserver and workers, reader's threads, whatever outlives its parent) is
reaped here in the end, and ``RUSAGE_CHILDREN`` sums the CPU time of all of them
(``cpu_s``). Without it, ``/usr/bin/time`` and the parent's ``RUSAGE_CHILDREN`` miss the
forkserver's workers: nobody waits for them. A thread samples the tree every 100 ms
with psutil while it runs: the peak of its summed PSS (``peak_pss_mb``: shared pages
counted once) and each process's CPU time as last seen (``cpu_sampled_s``, a lower
bound kept as a cross-check). Wall time runs from the start to the end of the
command's first process.

    python -m bench.peers '{"server": {...}, "n": 1000, "repeats": 1}'   # what python -m bench runs
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .measure import pss_mb

ROOT = Path(__file__).resolve().parent.parent
PEERS = ("tidings", "reader", "newsboat", "naive", "floor")
READER_WORKERS = 16  # as issue 18 measured it
NEWSBOAT_THREADS = 16
CONCURRENCY, PER_HOST = 16, 2  # Tidings' [polling] defaults: the floor fetches with the same limits
SAMPLE_S = 0.1
STARTUP_COMMANDS = {"--help": ["--help"], "status": ["status"], "search x": ["search", "x"]}


# --- measuring one process tree ----------------------------------------------------------


def become_subreaper() -> bool:
    """Orphaned descendants are re-parented to this process (and reaped here) instead of init."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


class _TreeSampler(threading.Thread):
    """Every ``SAMPLE_S``: the summed PSS of every process below this one, and each one's CPU time."""

    def __init__(self, keep: frozenset[int] = frozenset()):
        super().__init__(daemon=True)
        self._keep = keep
        self._halt = threading.Event()
        self.peak_pss_mb = 0.0
        self.cpu: dict[tuple[int, float], float] = {}  # (pid, start time) -> user + system as last seen
        self.processes = 0
        self.names: dict[tuple[int, float], str] = {}
        self.pss_at_peak: dict[tuple[int, float], float] = {}  # each process's PSS when the sum peaked

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        started = time.monotonic()
        while True:
            pss = 0.0
            now: dict[tuple[int, float], float] = {}
            try:
                tree = [p for c in me.children() if c.pid not in self._keep for p in [c, *c.children(recursive=True)]]
            except psutil.Error:
                tree = []
            for proc in tree:
                try:
                    with proc.oneshot():
                        times = proc.cpu_times()
                        key = (proc.pid, proc.create_time())
                        if key not in self.names:
                            self.names[key] = _label(proc)
                    self.cpu[key] = max(self.cpu.get(key, 0.0), times.user + times.system)
                    now[key] = pss_mb(proc.pid)
                    pss += now[key]
                except psutil.Error:
                    continue
            self.processes = len(self.cpu)
            if pss > self.peak_pss_mb:
                self.peak_pss_mb, self.pss_at_peak = pss, now
            # Every 10 ms in the first half second: a short run (a warm newsboat) still has its samples.
            if self._halt.wait(SAMPLE_S if time.monotonic() - started > 0.5 else 0.01):
                return

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _label(proc) -> str:
    """A short name for a process of the tree: its program, and what Python runs."""
    try:
        cmd = proc.cmdline()
    except Exception:
        return "?"
    if not cmd:
        return "?"
    words = [os.path.basename(cmd[0])]
    for arg in cmd[1:3]:
        words.append(arg if len(arg) < 40 else arg[:37] + "...")
    return " ".join(words)


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _reap_all(deadline: float, keep: frozenset[int] = frozenset()) -> None:
    """Wait for every process left below this one (re-parented here as the subreaper),
    but those in ``keep`` (children this process had before, e.g. a test's feed server)."""
    import psutil

    me = psutil.Process()
    while True:
        left = [child for child in me.children() if child.pid not in keep]
        if not left:
            return
        for child in left:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(child.pid, os.WNOHANG)
        if time.monotonic() > deadline:  # a straggler of the command just measured: ours to end
            for child in left:
                for proc in [*child.children(recursive=True), child]:
                    with contextlib.suppress(psutil.Error):
                        proc.kill()
            deadline = float("inf")
        time.sleep(0.01)


def measured(cmd: list[str], *, cwd: Path, env: dict | None = None, timeout: float = 1800, sample: bool = True,
             server=None) -> dict:  # fmt: skip
    """Run ``cmd`` to its end; wall, CPU (the whole tree) and peak PSS of the tree (and, given the
    feed server's client, how many of its answers were 200 and 304: what the peer asked for)."""
    before = server.stats() if server is not None else {}
    import psutil

    keep = frozenset(child.pid for child in psutil.Process().children())  # not ours to count
    out_path, err_path = cwd / "stdout.txt", cwd / "stderr.txt"
    sampler = _TreeSampler(keep) if sample else None
    cpu0 = _children_cpu()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        if sampler:
            sampler.start()
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        wall = time.perf_counter() - t0
        _reap_all(time.monotonic() + 15, keep)
    if sampler:
        sampler.stop()
    result = {"wall_s": wall, "cpu_s": _children_cpu() - cpu0, "exit": code}
    if server is not None:
        after = server.stats()
        result.update({f"http_{s}": after.get(s, 0) - before.get(s, 0) for s in ("200", "304")})
    if sampler:
        result.update(cpu_sampled_s=sum(sampler.cpu.values()), peak_pss_mb=sampler.peak_pss_mb,
                      processes=sampler.processes,
                      pss_at_peak_mb={f"{sampler.names.get(k, '?')} [{k[0]}]": round(v, 1)
                                      for k, v in sorted(sampler.pss_at_peak.items(), key=lambda kv: -kv[1])})  # fmt: skip
    stdout, stderr = out_path.read_text(errors="replace"), err_path.read_text(errors="replace")
    result["stdout_tail"] = stdout[-300:]
    result["stderr_tail"] = stderr[-300:]
    return result


# --- the peers ---------------------------------------------------------------------------


def _python_env(**extra: str) -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), **extra)


def tidings_command() -> list[str]:
    script = Path(sys.executable).with_name("tidings")  # the console script, as a user starts it
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]


def availability(path: str | None = None) -> dict[str, str]:
    """Why a peer cannot run here (peer -> note); the peers not named can."""
    import importlib.util

    notes = {}
    if importlib.util.find_spec("reader") is None:
        notes["reader"] = "reader is not installed: skipped (pip install -e '.[bench]')"
    if shutil.which("newsboat", path=path) is None:
        notes["newsboat"] = "newsboat is not on PATH: skipped (Debian/Ubuntu: apt-get install newsboat)"
    return notes


def _write_tidings_settings(tmp: Path, urls: list[str]) -> Path:
    lines = [
        "[storage]",
        f'url = "sqlite:///{tmp / "tidings.db"}"',
        "",
        "[digest]",
        "fetch_articles = false  # never leave 127.0.0.1",
        "",
    ]
    for i, url in enumerate(urls):
        lines += ["[[feeds]]", f'name = "feed-{i:05d}"', f'url = "{url}"', ""]
    path = tmp / "settings.toml"
    path.write_text("\n".join(lines))
    return path


def _sqlite_count(path: Path, table: str) -> int | None:
    import sqlite3

    try:
        with sqlite3.connect(path) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return None


def _sqlite_backlog_entries(path: Path) -> int | None:
    import sqlite3

    try:
        with sqlite3.connect(path) as conn:
            kept = conn.execute("SELECT coalesce(sum(entries), 0) FROM feed_backlog").fetchone()[0]
            return kept + conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return None


def run_tidings(server, tmp: Path, urls: list[str], startup_repeats: int) -> dict:
    config = _write_tidings_settings(tmp, urls)
    poll = [*tidings_command(), "poll", "--all", "--config", str(config)]
    cold = measured(poll, cwd=tmp, server=server)
    # A first poll keeps its document and reads it when first needed (bot/backlog.py): the cold
    # cycle stores the entries unread; `poll --history` then reads them all, measured apart.
    cold["items"] = _sqlite_backlog_entries(tmp / "tidings.db")
    history = measured([*tidings_command(), "poll", "--history", "--config", str(config)], cwd=tmp, server=server)
    history["items"] = _sqlite_count(tmp / "tidings.db", "articles")
    warm = measured(poll, cwd=tmp, server=server)
    out = {"cold": cold, "history": history, "warm": warm}
    if startup_repeats:
        out["startup"] = startup(tmp, config, startup_repeats)
    return out


def startup(tmp: Path, config: Path, repeats: int) -> dict:
    """Wall time of short commands as a user starts them (the archive of the cold and warm runs)."""
    out = {}
    for name, args in STARTUP_COMMANDS.items():
        cmd = [*tidings_command(), *args] + ([] if name == "--help" else ["--config", str(config)])
        walls = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            subprocess.run(cmd, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            walls.append(time.perf_counter() - t0)
        out[name] = {"walls_s": walls, "median_s": sorted(walls)[len(walls) // 2]}
    return out


def run_reader(server, tmp: Path, urls: list[str]) -> dict:
    db, url_file = tmp / "reader.sqlite", tmp / "urls.txt"
    url_file.write_text("\n".join(urls))
    base = [sys.executable, "-m", "bench.peers"]
    setup = subprocess.run([*base, "reader-add", str(db), str(url_file)], cwd=tmp, env=_python_env(),
                           capture_output=True, text=True)  # fmt: skip
    if setup.returncode != 0:
        raise RuntimeError(f"reader setup failed: {setup.stderr[-2000:]}")
    update = [*base, "reader-update", str(db)]
    cold = measured(update, cwd=tmp, env=_python_env(), server=server)
    cold["items"] = _sqlite_count(db, "entries")
    warm = measured(update, cwd=tmp, env=_python_env(), server=server)
    return {"cold": cold, "warm": warm}


def run_newsboat(server, tmp: Path, urls: list[str], path: str | None = None) -> dict:
    exe = shutil.which("newsboat", path=path)
    assert exe is not None
    (tmp / "urls").write_text("\n".join(urls) + "\n")
    (tmp / "config").write_text(f"reload-threads {NEWSBOAT_THREADS}\ndownload-retries 1\ndownload-timeout 30\n")
    cmd = [exe, "-u", str(tmp / "urls"), "-c", str(tmp / "cache.db"), "-C", str(tmp / "config"), "-x", "reload"]
    env = dict(os.environ, HOME=str(tmp), XDG_CONFIG_HOME=str(tmp / ".config"), XDG_DATA_HOME=str(tmp / ".local"))
    cold = measured(cmd, cwd=tmp, env=env, server=server)
    cold["items"] = _sqlite_count(tmp / "cache.db", "rss_item")
    # newsboat 2.21 keeps a new feed's ETag and Last-Modified only from its second reload
    # on (the first one's UPDATE finds no row yet): one reload unmeasured, so that its warm
    # run is conditional like everyone else's.
    subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, check=False)
    warm = measured(cmd, cwd=tmp, env=env, server=server)
    return {"cold": cold, "warm": warm}


def run_naive(server, tmp: Path, urls: list[str]) -> dict:
    url_file, state = tmp / "urls.txt", tmp / "naive.json"
    url_file.write_text("\n".join(urls))
    cmd = [sys.executable, "-m", "bench.peers", "naive", str(state), str(url_file)]
    cold = measured(cmd, cwd=tmp, env=_python_env(), server=server)
    cold["items"] = sum(len(s["seen"]) for s in json.loads(state.read_text()).values()) if state.exists() else None
    warm = measured(cmd, cwd=tmp, env=_python_env(), server=server)
    return {"cold": cold, "warm": warm}


def run_floor(server, tmp: Path, urls: list[str]) -> dict:
    url_file = tmp / "urls.txt"
    url_file.write_text("\n".join(urls))
    cold = measured(
        [sys.executable, "-m", "bench.peers", "floor", str(url_file)], cwd=tmp, env=_python_env(), server=server
    )
    return {"cold": cold}


def compile_tidings() -> bool:
    """Tidings' own modules compiled to bytecode before anything is timed, as pip compiles
    an installed package (the peers' modules were, at their install). An editable install
    compiles on first import, and not at all where PYTHONDONTWRITEBYTECODE is set (as on
    this project's machine): every run would time the compiler (~0.13 s of a start-up)."""
    import compileall

    return all(compileall.compile_dir(ROOT / package, quiet=1) for package in ("bot", "adapters"))


def measure(server, n: int, *, repeats: int = 1, peers: tuple[str, ...] = PEERS, startup_repeats: int = 5,
            path: str | None = None) -> dict:  # fmt: skip
    """Every peer's cold and warm runs over feeds 0..n-1 of ``server`` (a bench.feedserver.ServerClient)."""
    subreaper = become_subreaper()
    compiled = compile_tidings()
    urls = [server.url(i) for i in range(n)]
    notes = availability(path)
    out: dict = {"n": n, "subreaper": subreaper, "notes": {p: notes[p] for p in peers if p in notes}, "runs": {},
                 "versions": _versions(path), "bytecode_compiled": compiled}  # fmt: skip
    for r in range(repeats):
        for peer in peers:
            if peer in notes:
                continue
            server.reset()  # every feed at its first version: the same bytes for everyone
            _progress(f"{peer}: cold and warm, N={n:,} ({r + 1}/{repeats})")
            with tempfile.TemporaryDirectory(prefix=f"bench-{peer}-") as name:
                tmp = Path(name)
                if peer == "tidings":
                    run = run_tidings(server, tmp, urls, startup_repeats if r == 0 else 0)
                elif peer == "reader":
                    run = run_reader(server, tmp, urls)
                elif peer == "newsboat":
                    run = run_newsboat(server, tmp, urls, path)
                elif peer == "naive":
                    run = run_naive(server, tmp, urls)
                elif peer == "floor":
                    run = run_floor(server, tmp, urls)
                else:
                    raise ValueError(f"unknown peer {peer!r} (peers: {', '.join(PEERS)})")
            out["runs"].setdefault(peer, []).append(run)
    return out


def _versions(path: str | None) -> dict:
    versions = {"python": sys.version.split()[0]}
    try:
        from importlib.metadata import version

        versions["reader"] = version("reader")
    except Exception:
        pass
    exe = shutil.which("newsboat", path=path)
    if exe:
        with_version = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
        versions["newsboat"] = (with_version.stdout.split("\n", 1)[0].split(" - ")[0]).strip()
    return versions


def _progress(what: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {what} ...", file=sys.stderr, flush=True)


# --- what runs in the measured processes ---------------------------------------------------


def reader_add(db: str, url_file: str) -> None:
    from reader import make_reader

    reader = make_reader(db)
    for url in Path(url_file).read_text().split():
        reader.add_feed(url, exist_ok=True)
    reader.close()


def reader_update(db: str) -> None:
    from reader import make_reader

    reader = make_reader(db)
    # scheduled=False: every feed, due or not (reader 3.13+ updates only the due ones by default)
    reader.update_feeds(workers=READER_WORKERS, scheduled=False)
    reader.close()


def naive(state_file: str, url_file: str) -> None:
    """The loop a user would write: feedparser.parse(url) one after the other, remembering
    each feed's ETag/Last-Modified and the ids seen (a JSON file between runs)."""
    import feedparser

    path = Path(state_file)
    state = json.loads(path.read_text()) if path.exists() else {}
    new = 0
    for url in Path(url_file).read_text().split():
        feed = state.setdefault(url, {"etag": None, "modified": None, "seen": []})
        parsed = feedparser.parse(url, etag=feed["etag"], modified=feed["modified"])
        feed["etag"], feed["modified"] = parsed.get("etag"), parsed.get("modified")
        seen = set(feed["seen"])
        for entry in parsed.entries:
            key = entry.get("id") or entry.get("link") or entry.get("title")
            if key and key not in seen:
                seen.add(key)
                feed["seen"].append(key)
                new += 1
    path.write_text(json.dumps(state))
    print(f"{new} new entries")


def floor(url_file: str) -> None:
    """The cold-cycle floor: fetch every URL with Tidings' limits, parse with lxml, nothing more."""
    import asyncio
    import contextlib

    import aiohttp
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, recover=True)
    urls = Path(url_file).read_text().split()

    async def main() -> int:
        parsed = 0
        connector = aiohttp.TCPConnector(limit=CONCURRENCY, limit_per_host=PER_HOST)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def one(url: str) -> None:
                nonlocal parsed
                async with session.get(url) as response:
                    body = await response.read()
                if body.lstrip()[:1] in (b"{", b"["):
                    with contextlib.suppress(ValueError):
                        json.loads(body)
                else:
                    lxml.etree.fromstring(body, parser)
                parsed += 1

            await asyncio.gather(*(one(url) for url in urls))
        return parsed

    print(f"{asyncio.run(main())} documents fetched and parsed")


def main() -> None:
    command, *args = sys.argv[1:]
    if command == "reader-add":
        reader_add(*args)
    elif command == "reader-update":
        reader_update(*args)
    elif command == "naive":
        naive(*args)
    elif command == "floor":
        floor(*args)
    else:  # python -m bench.peers '{"server": {...}, "n": ..., ...}' (from python -m bench)
        from .feedserver import ServerClient

        payload = json.loads(command)
        result = measure(ServerClient(payload["server"]), payload["n"], repeats=payload.get("repeats", 1),
                         peers=tuple(payload.get("peers", PEERS)), startup_repeats=payload.get("startup_repeats", 5),
                         path=payload.get("path"))  # fmt: skip
        print(json.dumps(result))


if __name__ == "__main__":
    main()


# --- the summary and the table ------------------------------------------------------------

LABELS = {
    "tidings": "Tidings (tidings poll --all)",
    "reader": f"reader (workers={READER_WORKERS})",
    "newsboat": f"newsboat ({NEWSBOAT_THREADS} threads)",
    "naive": "naive feedparser loop",
    "floor": "fetch + lxml floor",
}
_KEYS = ("wall_s", "cpu_s", "cpu_sampled_s", "peak_pss_mb", "items", "http_200", "http_304")


def summary(p: dict) -> dict:
    """Medians per peer and phase; ratios against Tidings (peer / Tidings: above 1, Tidings is faster)."""
    rows: dict = {}
    for peer, runs in p.get("runs", {}).items():
        row: dict = {}
        for phase in ("cold", "history", "warm"):
            done = [run[phase] for run in runs if phase in run]
            if not done:
                continue
            row[phase] = {k: _median_or_none([d.get(k) for d in done]) for k in _KEYS}
            row[phase]["exits"] = sorted({d["exit"] for d in done})
            row[phase]["runs"] = len(done)
        rows[peer] = row
    tidings = rows.get("tidings", {})
    for row in rows.values():
        for phase, m in row.items():
            base = tidings.get(phase)
            if base and base["wall_s"]:
                m["x_wall"] = m["wall_s"] / base["wall_s"]
                m["x_cpu"] = m["cpu_s"] / base["cpu_s"] if base["cpu_s"] else None
    out: dict = {"n": p.get("n"), "rows": rows, "notes": p.get("notes", {}), "versions": p.get("versions", {})}
    first = (p.get("runs", {}).get("tidings") or [{}])[0]
    if "startup" in first:
        out["startup"] = {name: s["median_s"] for name, s in first["startup"].items()}
        out["startup_repeats"] = len(next(iter(first["startup"].values()))["walls_s"])
    return out


def _median_or_none(values: list) -> float | None:
    from .measure import median

    present = [v for v in values if v is not None]
    return median(present) if present else None


def label(peer: str, versions: dict) -> str:
    text = LABELS.get(peer, peer)
    version = versions.get(peer)
    if version:
        text = text.replace(peer, f"{peer} {version.replace(peer, '').strip()}", 1)
    return text


def table_lines(p: dict) -> list[str]:
    """The console table (python -m bench)."""
    s = summary(p)
    n = s["n"] or 0
    runs = max((len(r) for r in p.get("runs", {}).values()), default=0)
    lines = [f"PEERS SIDE BY SIDE, N = {n:,}: each a process tree started here, on the same feeds, start-up included "
             f"(median of {runs} run{'s' if runs != 1 else ''})"]  # fmt: skip

    def fmt(v, spec=".2f"):
        return "-" if v is None else format(v, spec)

    head = (f"{'':<34} {'COLD wall s':>11} {'CPU s':>6} {'PSS MB':>6} {'items':>6} {'x Tid':>6}   "
            f"{'WARM wall s':>11} {'CPU s':>6} {'PSS MB':>6} {'304s':>5} {'x Tid':>6}")  # fmt: skip
    lines += [head, "-" * len(head)]
    for peer in PEERS:
        name = label(peer, s["versions"])
        if peer in s["notes"]:
            lines.append(f"{name:<34} {s['notes'][peer]}")
            continue
        row = s["rows"].get(peer)
        if not row:
            continue
        c, w = row.get("cold", {}), row.get("warm", {})
        lines.append(
            f"{name:<34} {fmt(c.get('wall_s')):>11} {fmt(c.get('cpu_s')):>6} {fmt(c.get('peak_pss_mb'), '.0f'):>6} "
            f"{fmt(c.get('items'), '.0f'):>6} {fmt(c.get('x_wall'), '.1f'):>6}   "
            f"{fmt(w.get('wall_s')):>11} {fmt(w.get('cpu_s')):>6} {fmt(w.get('peak_pss_mb'), '.0f'):>6} "
            f"{fmt(w.get('http_304'), '.0f'):>5} {fmt(w.get('x_wall'), '.1f'):>6}"
        )
    history = s["rows"].get("tidings", {}).get("history")
    if history:  # (bot/backlog.py: the cold cycle keeps first polls unread; `poll --history` reads them)
        lines.append(f"{'  then tidings poll --history':<34} {fmt(history.get('wall_s')):>11} {fmt(history.get('cpu_s')):>6} "
                     f"{fmt(history.get('peak_pss_mb'), '.0f'):>6} {fmt(history.get('items'), '.0f'):>6}")  # fmt: skip
    lines.append(
        "(x Tid: the peer's wall time / Tidings': above 1, Tidings is faster. CPU s: every process of the tree,"
    )
    lines.append(
        " reaped ones included (child subreaper); PSS: peak of the tree, shared pages counted once; items: stored)"
    )
    if "startup" in s:
        lines.append(f"START-UP, wall time of a tidings command as a subprocess (median of {s['startup_repeats']}): "
                     + ", ".join(f"{name} {sec:.2f} s" for name, sec in s["startup"].items()))  # fmt: skip
    return lines
