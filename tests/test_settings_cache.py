"""The settings as last loaded, kept while the file is unchanged byte for byte
(bot/config/cache.py): a hit gives what loading the file gives; a byte changed, a
damaged or foreign cache file, an unwritable folder are misses that load the file."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import bot.config.cache as cache
from bot.config import ConfigError, cached_settings, load_settings

SETTINGS = """
[storage]
url = "sqlite:///data/tidings.db"

[polling]
interval = "15m"

[[feeds]]
name = "Krebs"
url = "https://krebsonsecurity.example/feed/"
tags = ["security"]

[[feeds]]
name = "LWN"
url = "https://lwn.example/headlines/rss"
include = ["kernel"]

[[channels]]
name = "security"
tags = ["security"]
schedule = ["08:30", "17:00"]
timezone = "Europe/Berlin"
"""


@pytest.fixture
def loads(monkeypatch):
    """How many times the file itself was loaded (parsed and checked)."""
    calls = []

    def counted(path):
        calls.append(path)
        return load_settings(path)

    monkeypatch.setattr(cache, "load_settings", counted)
    return calls


def write(tmp_path, text: str = SETTINGS) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def kept(cache_dir: Path) -> list[Path]:
    return sorted(p for p in cache_dir.iterdir() if p.name.startswith("settings-")) if cache_dir.exists() else []


def test_a_hit_is_what_loading_the_file_gives(tmp_path, loads):
    path, where = write(tmp_path), tmp_path / "cache"
    first = cached_settings(path, where)
    second = cached_settings(path, where)
    assert len(loads) == 1  # the second from the cache
    assert first == second == load_settings(path)
    assert second.feeds[1].include == ("kernel",)
    assert (second.source, second.base_dir, second.database_url) == (str(path), str(tmp_path), first.database_url)
    [file] = kept(where)
    assert file.stat().st_mode & 0o777 == 0o600 and where.stat().st_mode & 0o777 == 0o700


def test_the_folder_keeps_the_newest_few_settings_files_only(tmp_path):
    """A throwaway settings file (a test's, a benchmark's) leaves an entry: the folder holds KEEP at most,
    the newest."""
    where = tmp_path / "cache"
    paths = []
    for n in range(cache.KEEP + 3):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        paths.append(write(folder))
        cached_settings(paths[-1], where)
        newest = max(kept(where), key=lambda p: p.stat().st_mtime_ns)
        os.utime(newest, ns=(n * 10**9, n * 10**9))  # (one second apart, whatever the clock's grain)
    assert len(kept(where)) == cache.KEEP
    assert cached_settings(paths[-1], where) == load_settings(paths[-1])


def test_one_byte_changed_is_a_miss(tmp_path, loads):
    path, where = write(tmp_path), tmp_path / "cache"
    cached_settings(path, where)
    write(tmp_path, SETTINGS.replace('"15m"', '"16m"'))  # the same size
    assert cached_settings(path, where).polling.interval == 16 * 60
    assert cached_settings(path, where).polling.interval == 16 * 60
    assert len(loads) == 2  # the change loaded, then kept
    write(tmp_path, SETTINGS + "# a comment\n")
    cached_settings(path, where)
    assert len(loads) == 3


def test_the_name_the_file_is_given_by_is_its_source(tmp_path, loads, monkeypatch):
    path, where = write(tmp_path), tmp_path / "cache"
    cached_settings(path, where)
    monkeypatch.chdir(tmp_path)
    settings = cached_settings(Path("settings.toml"), where)
    assert len(loads) == 1 and settings.source == "settings.toml" and settings.base_dir == str(tmp_path)


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05\x95garbage"])
def test_a_damaged_cache_is_a_miss_and_written_again(tmp_path, loads, damage):
    path, where = write(tmp_path), tmp_path / "cache"
    cached_settings(path, where)
    [file] = kept(where)
    file.write_bytes(damage)
    assert cached_settings(path, where) == load_settings(path)
    assert cached_settings(path, where) == load_settings(path)
    assert len(loads) == 2


def test_a_cache_file_others_may_write_is_never_read(tmp_path, loads):
    path, where = write(tmp_path), tmp_path / "cache"
    cached_settings(path, where)
    [file] = kept(where)
    file.chmod(0o622)
    cached_settings(path, where)
    assert len(loads) == 2
    # (nor a good file in a folder others may write in: they could have put it there)
    [file] = kept(where)
    assert file.stat().st_mode & 0o022 == 0
    where.chmod(0o777)
    cached_settings(path, where)
    assert len(loads) == 3


def test_the_cache_of_an_older_code_or_format_is_a_miss(tmp_path, loads, monkeypatch):
    path, where = write(tmp_path), tmp_path / "cache"
    cached_settings(path, where)
    monkeypatch.setattr(cache, "FORMAT", cache.FORMAT + 1)
    cached_settings(path, where)
    monkeypatch.setattr(cache, "_code_stamp", lambda: (("values.py", 1, 2),))
    cached_settings(path, where)
    assert len(loads) == 3


def test_an_unwritable_cache_folder_loads_the_file_every_time(tmp_path, loads):
    path = write(tmp_path)
    (tmp_path / "a-file").write_text("")
    where = tmp_path / "a-file" / "cache"  # (not a folder, even for root)
    assert cached_settings(path, where) == cached_settings(path, where) == load_settings(path)
    assert len(loads) == 2


def test_a_file_with_problems_is_never_kept(tmp_path, loads):
    path, where = write(tmp_path, SETTINGS.replace("Europe/Berlin", "Europe/Berln")), tmp_path / "cache"
    for _ in range(2):
        with pytest.raises(ConfigError) as err:
            cached_settings(path, where)
        assert "unknown time zone 'Europe/Berln'" in str(err.value)
    assert kept(where) == []
    (tmp_path / "missing").mkdir()
    with pytest.raises(ConfigError, match="file not found"):
        cached_settings(tmp_path / "missing" / "settings.toml", where)


@pytest.mark.parametrize(
    "change",
    [
        ('"sqlite:///data/tidings.db"', '"postgresql+psycopg://tidings:hunter2@db.example/tidings"'),  # a password
        ('"https://lwn.example/headlines/rss"', '"https://me:hunter2@lwn.example/headlines/rss"'),
        ('"https://lwn.example/headlines/rss"', '"https://lwn.example/headlines/rss?api_key=hunter2"'),  # a key
        ("[polling]", '[slack]\napi_base_url = "https://me:hunter2@slack.example/api/"\n\n[polling]'),
        ('"https://lwn.example/headlines/rss"', '"feeds/lwn.xml"'),  # a path, resolved on disk
        ("[polling]", "[digest]\ncluster_semantic = true\n\n[polling]"),  # checked against the installed extras
    ],
)
def test_settings_that_depend_on_more_than_the_file_or_hold_a_password_are_never_kept(tmp_path, change):
    if "cluster_semantic" in change[1]:
        pytest.importorskip("wordllama")
    path, where = write(tmp_path, SETTINGS.replace(*change)), tmp_path / "cache"
    cached_settings(path, where)
    assert kept(where) == []
    assert not any(b"hunter2" in p.read_bytes() for p in where.rglob("*") if p.is_file())


def test_no_cache_dir_is_no_cache(tmp_path, loads):
    path = write(tmp_path)
    cached_settings(path, None)
    cached_settings(path, None)
    assert len(loads) == 2


def test_the_commands_keep_it_in_the_users_cache_folder_but_check_config(tmp_path):
    """`tidings status` keeps the settings in $XDG_CACHE_HOME/tidings and answers the
    same from them; `tidings check-config` always checks the file itself."""
    path = write(tmp_path, SETTINGS.replace("data/tidings.db", "tidings.db"))
    home = tmp_path / "xdg"
    env = dict(os.environ, XDG_CACHE_HOME=str(home))
    run = [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]
    check = subprocess.run([*run, "check-config", "--config", str(path)], env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert kept(home / "tidings") == []
    answers = [
        subprocess.run(
            [*run, "search", "kernel", "--json", "--config", str(path)], env=env, capture_output=True, text=True
        )  # fmt: skip
        for _ in range(2)
    ]
    assert [a.returncode for a in answers] == [0, 0], answers[0].stderr
    assert answers[0].stdout == answers[1].stdout
    assert len(kept(home / "tidings")) == 1
