"""settings.toml: every mistake named by file, key and what is wrong."""

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings, parse_duration, parse_size

ROOT = Path(__file__).parent.parent

GOOD = """
[[feeds]]
name = "Krebs"
url = "https://krebsonsecurity.example/feed/"
tags = ["security"]

[[channels]]
name = "security"
tags = ["security"]
schedule = "08:30"
timezone = "Europe/Berlin"
"""


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path, text: str) -> list[str]:
    with pytest.raises(ConfigError) as err:
        load_settings(write(tmp_path, text))
    return err.value.problems


def test_shipped_settings_and_demo_are_valid():
    settings = load_settings(ROOT / "settings.toml")
    assert len(settings.feeds) >= 5 and settings.channels
    demo = load_settings(ROOT / "bot" / "demo" / "settings.toml")
    assert all(f.url.startswith("file://") for f in demo.feeds)


def test_good_settings(tmp_path):
    settings = load_settings(write(tmp_path, GOOD))
    channel = settings.channels[0]
    assert channel.times[0].hour == 8 and channel.zone.key == "Europe/Berlin"
    assert settings.feeds_for(channel)[0].name == "Krebs"
    assert settings.database_url == f"sqlite:///{tmp_path / 'data' / 'tidings.db'}"


def test_unknown_key_is_named_with_a_suggestion(tmp_path):
    [problem] = problems(tmp_path, GOOD.replace('timezone = "Europe/Berlin"', 'timezon = "Europe/Berlin"'))
    assert problem.startswith(str(tmp_path / "settings.toml") + ": channels[0] (security).timezon: unknown key")
    assert "did you mean 'timezone'" in problem


def test_unknown_section(tmp_path):
    [problem] = problems(tmp_path, GOOD + "\n[polling_options]\ninterval = 5\n")
    assert "polling_options: unknown key (did you mean 'polling'?)" in problem


def test_bad_type(tmp_path):
    [problem] = problems(tmp_path, GOOD + 'max_items = "many"\n')
    assert "channels[0] (security).max_items: expected a whole number, got 'many'" in problem


def test_bad_timezone(tmp_path):
    [problem] = problems(tmp_path, GOOD.replace("Europe/Berlin", "Europe/Berln"))
    assert "channels[0] (security).timezone: unknown time zone 'Europe/Berln'" in problem


def test_bad_time_of_day(tmp_path):
    [problem] = problems(tmp_path, GOOD.replace('"08:30"', '"8h30"'))
    assert "schedule" in problem and "'8h30'" in problem


def test_bad_url(tmp_path):
    [problem] = problems(tmp_path, GOOD.replace("https://krebsonsecurity.example/feed/", "ftp://example.com/feed"))
    assert "feeds[0] (Krebs).url: 'ftp://example.com/feed' is not an http://, https:// or file:// URL" in problem


@pytest.mark.parametrize(
    ("url", "why"),
    [("http://a..b/feed", "an empty part between dots"), (f"https://{'x' * 64}.example/", "longer than 63")],
)
def test_a_host_no_request_could_reach_is_named(tmp_path, url, why):
    [problem] = problems(tmp_path, GOOD.replace("https://krebsonsecurity.example/feed/", url))
    assert f"feeds[0] (Krebs).url: {url!r}: invalid host name" in problem and why in problem


def test_channel_following_a_missing_feed(tmp_path):
    [problem] = problems(tmp_path, GOOD.replace('tags = ["security"]\nschedule', 'feeds = ["Krebbs"]\nschedule'))
    assert "channels[0] (security).feeds: no feed named 'Krebbs' (did you mean 'Krebs'?)" in problem


def test_channel_following_a_missing_tag(tmp_path):
    [problem] = problems(tmp_path, GOOD.replace('tags = ["security"]\nschedule', 'tags = ["sec"]\nschedule'))
    assert "no feed has the tag 'sec'" in problem


def test_several_problems_are_all_listed(tmp_path):
    text = GOOD.replace("Europe/Berlin", "Mars/Olympus").replace(
        'name = "security"', 'name = "security"\nplatfrom = "slack"'
    )
    found = problems(tmp_path, text)
    assert len(found) == 2


def test_invalid_toml(tmp_path):
    [problem] = problems(tmp_path, "[[feeds]\nname = 1")
    assert "not valid TOML" in problem and "line 1" in problem


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "nope.toml")


def test_duplicate_names(tmp_path):
    found = problems(tmp_path, GOOD + GOOD.split("[[channels]]")[0])
    assert any("duplicate feed name" in p for p in found)


def test_secrets_are_refused(tmp_path):
    found = problems(tmp_path, GOOD + '\n[slack]\ncommand = "xoxb-1234567890-abcdefghijkl"\n')
    assert any("slack.command: looks like a Slack token" in p and "SLACK_BOT_TOKEN" in p for p in found)
    assert all("xoxb-1234567890-abcdefghijkl" not in p for p in found)


def test_local_paths_become_file_urls(tmp_path):
    settings = load_settings(write(tmp_path, GOOD.replace("https://krebsonsecurity.example/feed/", "feeds/local.xml")))
    assert settings.feeds[0].url == (tmp_path / "feeds" / "local.xml").as_uri()


def test_platform_needs_a_target(tmp_path):
    [problem] = problems(tmp_path, GOOD + 'platform = "slack"\n')
    assert "target: a slack channel needs its channel id" in problem


@pytest.mark.parametrize(("value", "seconds"), [(90, 90), ("90s", 90), ("30m", 1800), ("2h", 7200), ("1d", 86400)])
def test_durations(value, seconds):
    assert parse_duration(value) == seconds


@pytest.mark.parametrize("value", ["soon", -5, 0, True, "5 weeks"])
def test_bad_durations(value):
    with pytest.raises(ValueError):
        parse_duration(value)


def test_sizes():
    assert parse_size("10MB") == 10 * 1024 * 1024 and parse_size(512) == 512
    with pytest.raises(ValueError):
        parse_size("big")


def test_discord_role_ids_may_be_numbers():
    from bot.config import settings_from_dict

    settings = settings_from_dict({"discord": {"admin_roles": [123456789012345678, "News Admin"]}})
    assert settings.discord.admin_roles == ("123456789012345678", "News Admin")


def test_the_semantic_rule_is_off_by_default_and_needs_its_extra(monkeypatch):
    import importlib.util

    from bot.config import ConfigError, settings_from_dict

    assert settings_from_dict({}).digest.cluster_semantic is False
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "wordllama" else real(name, *a))
    with pytest.raises(ConfigError) as caught:
        settings_from_dict({"digest": {"cluster_semantic": True}})
    assert any("pip install 'tidings[semantic]'" in problem for problem in caught.value.problems)
