"""The core never depends on a chat library: Slack and Discord stay in adapters/."""

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
    sample.write_text("import os\nfrom slack_bolt.async_app import AsyncApp\ndef f():\n    from adapters.console import X\n")
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

    code = "import sys, bot.app, bot.cli, adapters.console; print(sorted(m for m in sys.modules if m.split('.')[0] in %r))"
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

    accepted = set(typing.get_args(ChannelSettings.model_fields["platform"].annotation))
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
