"""The `tidings` command, run in-process (and once as a real subprocess)."""

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).parent.parent
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><guid>1</guid><title>Patch now: CVE-2026-0001 in Example Server</title><link>https://news.example/1</link>
<description>&lt;p&gt;A critical flaw lets attackers run code. Upgrade to 2.4.1 today.&lt;/p&gt;</description>
<pubDate>Thu, 26 Nov 2026 09:00:00 GMT</pubDate></item>
<item><guid>2</guid><title>Older story</title><link>https://news.example/2</link>
<description>Second.</description><pubDate>Wed, 25 Nov 2026 09:00:00 GMT</pubDate></item>
</channel></rss>"""


@pytest.fixture
def config(tmp_path):
    (tmp_path / "feed.xml").write_text(FEED)
    path = tmp_path / "settings.toml"
    path.write_text(
        """
[storage]
url = "sqlite:///data/t.db"

[digest]
fetch_articles = false

[[feeds]]
name = "Local"
url = "feed.xml"
tags = ["security"]

[[channels]]
name = "sec"
tags = ["security"]
"""
    )
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_digest_json_after_a_poll(config, capsys):
    code, out, _ = run(capsys, "poll", "--config", str(config))
    assert code == 0 and out.strip() == (
        "1 feeds polled: 1 ok, 0 not modified, 0 failed; 0 new articles; "
        "2 entries of first polls kept, read when first needed"
    )
    # (the digest reads them: bot/backlog.py)
    code, out, _ = run(capsys, "digest", "--config", str(config), "--channel", "sec", "--json")
    assert code == 0
    data = json.loads(out)
    first = data["items"][0]
    assert first["title"] == "Patch now: CVE-2026-0001 in Example Server"
    assert first["link"] == "https://news.example/1" and first["source"] == "Local"
    assert first["excerpt"] == "A critical flaw lets attackers run code. Upgrade to 2.4.1 today."
    assert datetime.fromisoformat(first["published"]).isoformat() == "2026-11-26T09:00:00+00:00"
    # The story's summary (the sources' own sentences) and every source, the lead first.
    assert first["summary"] == "A critical flaw lets attackers run code. Upgrade to 2.4.1 today."
    assert first["sources"] == [{"source": "Local", "title": first["title"], "link": "https://news.example/1"}]
    # Previewing records nothing: the same digest again.
    assert (
        json.loads(run(capsys, "digest", "--config", str(config), "--channel", "sec", "--json")[1])["items"]
        == data["items"]
    )


def test_digest_text(config, capsys):
    run(capsys, "poll", "--config", str(config))
    code, out, _ = run(capsys, "digest", "--config", str(config), "--channel", "sec")
    assert code == 0 and "• Patch now: CVE-2026-0001 in Example Server" in out and "https://news.example/1" in out


def test_unknown_channel(config, capsys):
    code, _, err = run(capsys, "digest", "--config", str(config), "--channel", "nope")
    assert code == 2 and err.strip() == f"tidings: no channel named 'nope' in {config} (channels: sec)"


def test_check_config_explains(config, capsys):
    code, out, _ = run(capsys, "check-config", "--config", str(config))
    assert code == 0 and f"{config} is valid." in out and "follows 1 feeds: Local" in out


def test_check_config_reports_every_problem_without_a_traceback(tmp_path, capsys):
    bad = tmp_path / "settings.toml"
    bad.write_text('[[feeds]]\nname = "A"\nurl = "https://a.example/feed"\ncolour = "red"\n\n'
                   '[[channels]]\nname = "x"\nfeeds = ["B"]\ntimezone = "Nowhere/City"\n')  # fmt: skip
    code, out, err = run(capsys, "check-config", "--config", str(bad))
    assert code == 2 and out == ""
    assert "Traceback" not in err
    assert f"{bad}: feeds[0] (A).colour: unknown key" in err
    assert f"{bad}: channels[0] (x).timezone: unknown time zone 'Nowhere/City'" in err
    assert f"{bad}: channels[0] (x).feeds: no feed named 'B'" in err  # checked without the bad values
    assert len(err.strip().splitlines()) == 4  # a heading and three problems


def test_run_once_on_the_offline_demo(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "run", "--once", "--config", str(ROOT / "bot" / "demo" / "settings.toml"))
    assert code == 0, err
    assert "[security-daily]" in out and "━━ Security news" in out
    assert "Traceback" not in err and "5 ok, 0 not modified, 0 failed" in err  # ("failed" may be in the news)
    # A story four feeds covered (an advisory, two news sites, a write-up; one CVE id):
    # one entry with its summary and its sources line.
    entry = out[out.index("• OAB-2026-0147: Halvard SecureGate") :]
    assert entry.index("Halvard Systems has confirmed") < entry.index("Open Advisory Board · Threat Notes · +2 more · ")
    assert out.count("CVE-2026-41873)") == 1  # (the other three headlines are its sources)


def test_every_subcommand_has_help():
    for command in ("run", "poll", "digest", "check-config", "search", "latest", "status", "explain"):
        result = subprocess.run(
            [sys.executable, "-m", "bot.cli", command, "--help"], capture_output=True, text=True, cwd=ROOT
        )
        assert result.returncode == 0 and "--config" in result.stdout, command


def test_no_command_prints_help(capsys):
    code, out, _ = run(capsys)
    assert code == 2 and "run" in out and "digest" in out


def test_search_latest_and_status(config, capsys):
    run(capsys, "poll", "--config", str(config))
    code, out, _ = run(capsys, "search", "--config", str(config), "CVE-2026-0001", "--json")
    assert code == 0 and [i["title"] for i in json.loads(out)["items"]] == [
        "Patch now: CVE-2026-0001 in Example Server"
    ]
    code, out, _ = run(capsys, "search", "--config", str(config), "patch", "since:50y")
    assert code == 0 and "• Patch now: CVE-2026-0001 in Example Server" in out
    code, out, _ = run(capsys, "latest", "--config", str(config), "1")
    assert code == 0 and out.count("• ") == 1
    code, out, _ = run(capsys, "status", "--config", str(config))
    assert code == 0 and "Feeds: 1 (1 ok, 0 failing)" in out and "Archive: 2 articles" in out
    code, _, err = run(capsys, "search", "--config", str(config), "x", "since:forever")
    assert code == 2 and "since:12h" in err


def test_explain(config, capsys):
    run(capsys, "poll", "--config", str(config))
    code, out, _ = run(capsys, "explain", "--config", str(config), "--channel", "sec", "https://news.example/1")
    assert code == 0 and "“Patch now: CVE-2026-0001 in Example Server” from Local" in out
    # Where the date, text and link came from (chat's /news why leaves this out).
    assert (
        'where it came from: text: the summary; link: the entry\'s link; date: pubDate "Thu, 26 Nov 2026 09:00:00 GMT"'
        in out
    )
    code, _, err = run(capsys, "explain", "--config", str(config), "--channel", "nope", "https://news.example/1")
    assert code == 2 and "no channel named 'nope'" in err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    out, _ = capsys.readouterr()
    assert exit_.value.code == 0 and out.startswith("tidings ") and out.split()[1][0].isdigit()


def test_make_clean_keeps_the_archive_and_clean_data_is_its_own_target():
    """`make clean` removed data/ (the default archive) along with build output."""
    import shutil

    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")

    def commands(target: str) -> list[str]:  # what make would run (run under `make test` too: no directory lines)
        out = subprocess.run([make, "--no-print-directory", "-n", target], cwd=ROOT, capture_output=True, text=True,
                             check=True, env={**os.environ, "MAKEFLAGS": ""}).stdout  # fmt: skip
        return [line for line in out.splitlines() if line.startswith("rm ")]

    [clean] = commands("clean")
    assert ".venv" in clean and "data" not in clean.split()
    assert commands("clean-data") == ["rm -rf data"]
