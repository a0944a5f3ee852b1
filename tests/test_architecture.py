"""The shape of the code: the core never depends on a chat library or an adapter; services are
passed in from one composition root; no module keeps global state; each room is small."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
CHAT_LIBRARIES = ("slack_bolt", "slack_sdk", "discord")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_bot_never_imports_a_chat_library():
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in imported_modules(path) if m.split(".")[0] in CHAT_LIBRARIES)
        for path in (ROOT / "bot").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_check_would_catch_one(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text(
        "import os\nfrom slack_bolt.async_app import AsyncApp\ndef f():\n    from adapters.console import X\n"
    )
    assert {"slack_bolt.async_app", "adapters.console"} <= imported_modules(sample)


def test_no_test_module_imports_another():
    """Shared helpers live in tests/fakes/, tests/builders.py, tests/hostile.py,
    tests/reference.py, tests/fuzzing.py or conftest.py: a test module is never a library."""
    modules = sorted((ROOT / "tests").glob("test_*.py"))
    assert len(modules) >= 30
    offenders = {
        path.name: sorted(m for m in imported_modules(path) if m.split(".")[:2][-1].startswith("test_"))
        for path in modules
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_core_loads_no_chat_library():
    import subprocess
    import sys

    code = (
        "import sys, bot.app, bot.cli, adapters.console; print(sorted(m for m in sys.modules if m.split('.')[0] in %r))"
    )
    result = subprocess.run([sys.executable, "-c", code % (CHAT_LIBRARIES,)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_parse_workers_load_only_the_parsing_stack():
    """The parse pool's workers import what they run (workers.PRELOAD) and not
    the network, settings or database stack: each worker stays small."""
    import subprocess
    import sys

    from bot import workers

    heavy = ("aiohttp", "pydantic", "sqlalchemy", "apscheduler", "trafilatura", *CHAT_LIBRARIES)
    code = f"import sys; [__import__(m) for m in {workers.PRELOAD!r}]; print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert "bot.normalize" in workers.PRELOAD


def test_bot_never_imports_the_adapters():
    """Dependencies point one way: adapters/ imports bot/, never the reverse (lazy imports included)."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in imported_modules(path) if m.split(".")[0] == "adapters")
        for path in (ROOT / "bot").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_every_platform_the_settings_accept_is_registered():
    import typing

    from bot.chat import platform, registered_platforms
    from bot.config import ChannelSettings

    accepted = set(typing.get_args(typing.get_type_hints(ChannelSettings)["platform"]))
    assert accepted == set(registered_platforms())
    for name in accepted:
        assert callable(platform(name).create)


def test_a_third_party_platform_is_found_by_its_entry_point(tmp_path, monkeypatch):
    """What `pip install` of another package registering `tidings.adapters` does:
    a distribution on sys.path with an entry point; the core finds it by name."""
    from bot import chat

    (tmp_path / "myplatform.py").write_text(
        "class P:\n    def required_env(self, channel, settings):\n        return ['MY_TOKEN']\n"
        "    def create(self, settings, clock, env):\n        return 'adapter'\nplatform = P()\n"
    )
    dist = tmp_path / "tidings_myplatform-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: tidings-myplatform\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[tidings.adapters]\nmine = myplatform:platform\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    chat.platform.cache_clear()
    chat.registered_platforms.cache_clear()
    try:
        assert "mine" in chat.registered_platforms()
        assert chat.create_adapter("mine", None, None, env={}) == "adapter"
        with pytest.raises(LookupError, match="'nowhere' platform is not available"):
            chat.platform("nowhere")
    finally:
        chat.platform.cache_clear()
        chat.registered_platforms.cache_clear()


def absolute_imports(path: Path) -> dict[str, set[str]]:
    """Every module ``path`` imports (relative imports resolved, lazy ones included),
    with the names taken from it."""
    package = list(path.relative_to(ROOT).with_suffix("").parts)[:-1]
    found: dict[str, set[str]] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.setdefault(alias.name, set())
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found.setdefault(module, set()).update(alias.name for alias in node.names)
    return found


def product_modules():
    return sorted([*(ROOT / "bot").rglob("*.py"), *(ROOT / "adapters").rglob("*.py")])


def test_the_import_resolver_reads_relative_imports(tmp_path):
    sample = ROOT / "bot" / "store" / "feeds.py"
    assert "FeedState" in absolute_imports(sample)["bot.models"]
    assert "bot.store.connection" in absolute_imports(sample)


def test_only_the_cli_imports_the_composition_root():
    """Handlers, delivery and adapters get their services passed in; none reaches for the app.
    The command line builds it in one place (bot/clibase.py: new_bot, for every subcommand)."""
    importers = {str(p.relative_to(ROOT)) for p in product_modules() if "bot.app" in absolute_imports(p)}
    assert importers == {"bot/clibase.py"}


def test_only_the_store_and_the_root_touch_the_synchronous_store():
    """Async code goes through AsyncStore/AsyncCatalog, which hand calls to the database
    thread in one place (bot/store/database.py); nobody else holds the Store or the thread."""
    # the archive builds them (for the root, which takes a Store from tests, and for the terminal's
    # lookups); the Catalog runs on the thread
    allowed = {"bot/app.py", "bot/archive.py", "bot/catalog.py"}
    offenders = {}
    for path in product_modules():
        name = str(path.relative_to(ROOT))
        if name.startswith("bot/store/") or name.startswith("bot/migrations/") or name in allowed:
            continue
        imports = absolute_imports(path)
        taken = (imports.get("bot.store", set()) | imports.get("bot.store.database", set())) & {"Store", "Database"}
        if taken:
            offenders[name] = sorted(taken)
    assert offenders == {}


def test_no_module_keeps_mutable_global_state():
    """Pools, flags and caches are objects passed in, never ``global`` variables."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in product_modules()
        if any(isinstance(node, ast.Global) for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    ]
    assert offenders == []


# Rooms over ~400 lines, each with its reason (issue 15: a room is read in one sitting).
LONG_ROOMS: dict[str, str] = {}  # none now


def test_every_room_is_small_enough_to_read_in_one_sitting():
    long = {str(p.relative_to(ROOT)): n for p in product_modules() if (n := len(p.read_text().splitlines())) > 400}
    assert set(long) <= set(LONG_ROOMS), {k: v for k, v in long.items() if k not in LONG_ROOMS}


def test_importing_the_command_imports_no_heavy_library():
    """`tidings --help`, `status` and `search` must start quickly (issue 18): the
    chat libraries, PostgreSQL's dialect, Alembic and trafilatura are imported
    only by the commands that use them, the settings' pydantic and asyncio once a
    command runs (not for --help). In a fresh interpreter, as `tidings` runs."""
    import subprocess
    import sys

    # pydantic and asyncio: imported once a command runs, not for --help
    heavy = ["slack_bolt", "slack_sdk", "discord", "sqlalchemy", "alembic", "trafilatura", "apscheduler", "rich",
             "aiohttp", "pydantic", "asyncio"]  # fmt: skip
    code = f"import sys, bot.cli; bot.cli.build_parser(); print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == []


@pytest.mark.parametrize("command", [["status"], ["search", "ransomware"], ["latest"]])
def test_the_lookup_commands_import_only_the_archive(tmp_path, command):
    """`tidings status`, `search` and `latest` answer through the /news handlers over
    the archive alone (bot/clibase.py: lookups): no fetcher, chats, parse pool or
    schedule, and no Alembic when the database is at the newest schema; and without the
    garbage collector while they run (issue 18).
    Which modules, not how long: the start-up times are the benchmark's (bench/peers.py)."""
    import subprocess
    import sys

    from bot.store import Store

    url = f"sqlite:///{tmp_path / 'tidings.db'}"
    Store(url).close()  # migrated here: the command finds it at the newest schema
    config = tmp_path / "settings.toml"
    config.write_text(f'[storage]\nurl = "{url}"\n[[feeds]]\nname = "A"\nurl = "a.xml"\n', encoding="utf-8")
    # and, made lazy for them: the date parser (bot.dates: a search since a time only), the log
    # file's handlers (logging.handlers: [logging] file only)
    heavy = ["aiohttp", "apscheduler", "alembic", "rapidfuzz", "trafilatura", "lxml", "bot.app", "bot.fetch",
             "bot.workers", "bot.schedule", "bot.chats", "sqlalchemy.dialects.postgresql", "bot.dates",
             "bot.datenames", "logging.handlers", *CHAT_LIBRARIES]  # fmt: skip
    # and without the cyclic garbage collector while the command runs (bot/cli.py), on again
    # after main() returns (tests and tools call it in-process); what it made frozen at exit
    # (the shutdown's collections skip it: atexit runs the handlers registered last first)
    code = (
        "import atexit, contextlib, gc, io, sys\nimport bot.askcli\nfrom bot.cli import main\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0))\n"
        "ask, running = bot.askcli._ask, []\n"
        "bot.askcli._ask = lambda *a, **k: running.append(gc.isenabled()) or ask(*a, **k)\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    code = main({[*command, '--config', str(config)]!r})\n"
        f"print(code, *running, gc.isenabled(), *(m for m in {heavy!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert out.stdout.split() == ["0", "False", "True", "frozen", "True"], out.stderr


def test_a_lookup_on_unchanged_settings_neither_parses_nor_validates_them(tmp_path):
    """The second `tidings status` on the same settings file takes them as checked
    before (bot/config/cache.py): no TOML parser, and no pydantic at all (the sections are
    plain dataclasses that pydantic validates only when a file is read: importing it is
    ~60 ms of a start-up, issue 18). In fresh interpreters, as `tidings` runs."""
    import subprocess
    import sys

    from bot.store import Store

    url = f"sqlite:///{tmp_path / 'tidings.db'}"
    Store(url).close()
    config = tmp_path / "settings.toml"
    config.write_text(f'[storage]\nurl = "{url}"\n[[feeds]]\nname = "A"\nurl = "https://a.example/feed"\n')
    code = (
        "import contextlib, io, sys\nfrom bot.cli import main\nimport bot.config.sections as sections\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    code = main(['status', '--config', {str(config)!r}])\n"
        "print(code, 'tomllib' in sys.modules, *(m for m in ('pydantic', 'pydantic_core') if m in sys.modules))"
    )
    first, second = (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
        for _ in range(2)
    )
    assert first.stdout.split() == ["0", "True", "pydantic", "pydantic_core"], first.stderr
    assert second.stdout.split() == ["0", "False"], second.stderr


def test_the_bot_process_leaves_the_parsing_stack_to_the_workers():
    """The parse workers parse; the bot's process hands them functions by name
    (workers.Named) and gets FeedContent back (bot/models.py): it never imports lxml,
    feedparser or the cleaners for a poll (issue 18: ~6 MB of every process, and of
    every `tidings` command's start-up). In a fresh interpreter, as `tidings` runs."""
    import subprocess
    import sys

    code = (
        "import pickle, sys, bot.app\n"
        "from bot.models import FeedContent\n"
        "from bot.workers import EXTRACT_TEXT, READ_FEED\n"
        "assert pickle.loads(pickle.dumps(READ_FEED)) == READ_FEED and pickle.loads(pickle.dumps(EXTRACT_TEXT))\n"
        "pickle.loads(pickle.dumps(FeedContent('t', 'rss20', [])))\n"
        "print(' '.join(m for m in ('lxml', 'feedparser', 'bot.normalize', 'bot.clean', 'bot.parse', 'bot.extract')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == []


def test_a_poll_without_the_scheduler_never_imports_it():
    """`tidings poll` composes the bot (bot.app) but runs no schedule: APScheduler
    (~30–50 ms of start-up, its entry points read at import) is imported only when a
    scheduler is made (`tidings run`). In a fresh interpreter, as `tidings` runs."""
    import subprocess
    import sys

    code = "import sys, bot.app\nprint(' '.join(m for m in sys.modules if m.startswith('apscheduler')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == []


def test_a_poll_imports_no_digest_stack_and_freezes_its_start_up(tmp_path):
    """`tidings poll` composes the bot but makes no digest: the digest's stack (digest,
    stories, summaries, sentences, clusters and rapidfuzz, explain) and the parsing stack's
    dates are imported only by what uses them (issue 18: ~30 ms of a warm poll's start-up);
    what its start-up made is frozen before the poll, which runs with the collector on
    (bot/clibase.py: start_up), and what the command made is frozen at its exit, as for the
    lookups (bot/cli.py). A poll of a feed that refuses the connection, in a fresh
    interpreter, as `tidings` runs."""
    import subprocess
    import sys

    from bot.store import Store

    url = f"sqlite:///{tmp_path / 'tidings.db'}"
    Store(url).close()
    config = tmp_path / "settings.toml"
    config.write_text(f'[storage]\nurl = "{url}"\n[[feeds]]\nname = "A"\nurl = "http://127.0.0.1:9/feed"\n')
    heavy = ["bot.digest", "bot.stories", "bot.summary", "bot.sentences", "bot.cuts", "bot.discourse",
             "bot.cluster", "bot.filters", "bot.explain", "bot.storyview", "rapidfuzz", "bot.rawfeed", "bot.dates",
             "apscheduler", "lxml", "feedparser", "prometheus_client", *CHAT_LIBRARIES]  # fmt: skip
    code = (
        "import atexit, contextlib, gc, io, sys\nimport bot.poller\nfrom bot.cli import main\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0))\n"
        "poll, polling = bot.poller.Poller.poll, []\n"
        "bot.poller.Poller.poll = lambda *a, **k: polling.extend([gc.isenabled(), gc.get_freeze_count() > 0]) or "
        "poll(*a, **k)\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    code = main(['poll', '--all', '--config', {str(config)!r}])\n"
        f"print(code, *polling, 'bot.app' in sys.modules, *(m for m in {heavy!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert out.stdout.split() == ["1", "True", "True", "True", "frozen", "True"], out.stderr


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_import_graph(root: Path, folders: tuple[str, ...]) -> dict[str, set[str]]:
    """Module → the modules of these folders it imports when it runs: anywhere in the
    file (a function's lazy import too), but not under ``if TYPE_CHECKING:``."""
    files = [p for folder in folders for p in (root / folder).rglob("*.py") if "migrations" not in p.parts]
    known = {_module_name(p, root) for p in files}
    graph = {}
    for path in files:
        name = _module_name(path, root)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for part in node.body
            for inner in ast.walk(part)
        }
        edges = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*up, base] if base else up)
                targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            else:
                continue
            for target in targets:
                while target and target not in known:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    edges.add(target)
        graph[name] = edges
    return graph


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in graph.get(module, ()):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                other = stack.pop()
                group.append(other)
                if other == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return circles


def test_the_import_graph_has_no_circle():
    """Issue 15: dependencies point one way. A circle through a lazy import is one too."""
    graph = runtime_import_graph(ROOT, ("bot", "adapters"))
    assert len(graph) > 90 and "bot.app" in graph["bot.cli"] | graph["bot.clibase"]
    assert import_circles(graph) == []


def test_the_circle_check_would_catch_one(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "a.py").write_text("from .b import x\n")
    (tmp_path / "pkg" / "b.py").write_text("def f():\n    from pkg import c\n")
    (tmp_path / "pkg" / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .d import y\nimport pkg.a\n"
    )
    (tmp_path / "pkg" / "d.py").write_text("from . import c\n")
    assert import_circles(runtime_import_graph(tmp_path, ("pkg",))) == [["pkg.a", "pkg.b", "pkg.c"]]
