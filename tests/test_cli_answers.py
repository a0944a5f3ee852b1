"""Issue 17's command defects, each through the real `tidings` command: config
errors all at once, status, search, explain, the first digest."""

from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).parent.parent


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- check-config: every problem in one report -------------------------------------------


def test_a_bad_value_and_a_follow_of_an_unknown_feed_are_reported_together(tmp_path, capsys):
    """The bad time zone was reported; the unknown feed only on the next try."""
    bad = write(tmp_path, '[[feeds]]\nname = "A"\nurl = "https://a.example/feed"\n\n'
                          '[[channels]]\nname = "x"\nfeeds = ["B"]\ntimezone = "Nowhere/City"\n')  # fmt: skip
    code, out, err = run(capsys, "check-config", "--config", str(bad))
    assert code == 2 and out == "" and "Traceback" not in err
    assert f"{bad}: channels[0] (x).timezone: unknown time zone 'Nowhere/City'" in err
    assert f"{bad}: channels[0] (x).feeds: no feed named 'B'" in err
    assert "tidings: the settings have 2 problem(s):" in err


def test_problems_in_several_sections_and_cross_checks_all_come_at_once(tmp_path, capsys):
    bad = write(tmp_path, '[polling]\ninterval = "often"\n\n'
                          '[[feeds]]\nname = "A"\nurl = "ftp://a.example/feed"\ntags = ["sec"]\ncolour = "red"\n\n'
                          '[[channels]]\nname = "x"\ntags = ["security"]\nmax_items = 0\n'
                          '[[channels]]\nname = "y"\nfeeds = ["A"]\nplatform = "slack"\n')  # fmt: skip
    code, _, err = run(capsys, "check-config", "--config", str(bad))
    assert code == 2
    lines = [line.strip() for line in err.splitlines()[1:]]
    assert sorted(line.split(": ", 2)[1] for line in lines) == sorted([
        "polling.interval", "feeds[0] (A).colour", "feeds[0] (A).url", "channels[0] (x).max_items",
        "channels[0] (x).tags", "channels[1] (y).target",
    ])  # fmt: skip


def test_a_value_of_the_wrong_shape_does_not_add_made_up_problems(tmp_path, capsys):
    """A channel whose feeds = is not a list is reported once, not also as following nothing."""
    bad = write(tmp_path, '[[feeds]]\nname = "A"\nurl = "https://a.example/feed"\n\n'
                          '[[channels]]\nname = "x"\nfeeds = 3\n')  # fmt: skip
    code, _, err = run(capsys, "check-config", "--config", str(bad))
    assert code == 2 and len(err.strip().splitlines()) == 2 and "channels[0] (x).feeds: expected a list" in err


@pytest.mark.parametrize("section", ["[[channels]]\nname = \"x\"\ntags = [\"sec\"]\n", "[digest]\n"])
def test_an_empty_schedule_is_refused(tmp_path, capsys, section):
    """schedule = [] was accepted, and the channel never got a digest."""
    bad = write(tmp_path, '[[feeds]]\nname = "A"\nurl = "https://a.example/feed"\ntags = ["sec"]\n\n'
                          + section + "schedule = []\n")  # fmt: skip
    code, _, err = run(capsys, "check-config", "--config", str(bad))
    assert code == 2
    [problem] = err.strip().splitlines()[1:]
    assert problem.strip().endswith(
        "schedule: an empty schedule means no digest is ever posted; give at least one time of day, "
        'like schedule = "08:00" or ["08:00", "17:00"]'
    ), problem


# --- status ---------------------------------------------------------------------------------

OK_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><guid>1</guid><title>Patch now: CVE-2026-0001 in Example Server</title><link>https://news.example/1</link>
<description>A critical flaw.</description><pubDate>Thu, 26 Nov 2026 09:00:00 GMT</pubDate></item>
</channel></rss>"""


def test_status_lists_every_failing_feed_and_does_not_count_unpolled_feeds_as_ok(tmp_path, capsys):
    """status showed at most 5 failing feeds, and counted never-polled feeds as ok."""
    (tmp_path / "ok.xml").write_text(OK_FEED)
    feeds = '[[feeds]]\nname = "Good"\nurl = "ok.xml"\ntags = ["t"]\n' + "".join(
        f'[[feeds]]\nname = "Gone {n}"\nurl = "missing-{n}.xml"\ntags = ["t"]\n' for n in range(7)
    )
    text = '[storage]\nurl = "sqlite:///t.db"\n[digest]\nfetch_articles = false\n' + feeds
    config = write(tmp_path, text + '[[channels]]\nname = "c"\ntags = ["t"]\n')
    run(capsys, "poll", "--config", str(config))
    write(tmp_path, text + '[[feeds]]\nname = "Later"\nurl = "ok.xml"\ntags = ["t"]\n[[channels]]\nname = "c"\ntags = ["t"]\n')
    code, out, _ = run(capsys, "status", "--config", str(config))
    assert code == 0
    assert "Feeds: 9 (1 ok, 7 failing, 1 not polled yet)" in out, out
    assert [line.split(":")[0].strip() for line in out.splitlines() if "⚠️ Gone" in line] == [
        f"⚠️ Gone {n}" for n in range(7)
    ]
