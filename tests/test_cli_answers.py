"""Issue 17's command defects, each through the real `tidings` command: config
errors all at once, status, search, explain, the first digest."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).parent.parent


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def rss(n: int, title: str, text: str, day) -> str:
    """A feed of n items: ``title`` and ``text`` with {i} filled in, published on November ``day(i)``."""
    items = "".join(
        f"<item><guid>{i}</guid><title>{title.format(i=i)}</title><link>https://news.example/{i}</link>"
        f"<description>{text.format(i=i)}</description><pubDate>Thu, {day(i):02d} Nov 2026 09:00:00 GMT</pubDate></item>"
        for i in range(n)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>{items}</channel></rss>'


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


def test_a_bad_value_does_not_hide_another_problem_of_the_same_channel(tmp_path, capsys):
    bad = write(tmp_path, '[[feeds]]\nname = "A"\nurl = "https://a.example/feed"\n\n'
                          '[[channels]]\nname = "x"\nfeeds = ["A"]\ntimezone = "Nowhere/City"\nplatform = "slack"\n')  # fmt: skip
    code, _, err = run(capsys, "check-config", "--config", str(bad))
    assert code == 2 and "channels[0] (x).timezone: unknown time zone" in err
    assert "channels[0] (x).target: a slack channel needs its channel id as target" in err


def test_a_value_of_the_wrong_shape_does_not_add_made_up_problems(tmp_path, capsys):
    """A channel whose feeds = is not a list is reported once, not also as following nothing."""
    bad = write(tmp_path, '[[feeds]]\nname = "A"\nurl = "https://a.example/feed"\n\n'
                          '[[channels]]\nname = "x"\nfeeds = 3\n')  # fmt: skip
    code, _, err = run(capsys, "check-config", "--config", str(bad))
    assert code == 2 and len(err.strip().splitlines()) == 2 and "channels[0] (x).feeds: expected a list" in err


@pytest.mark.parametrize("section", ['[[channels]]\nname = "x"\ntags = ["sec"]\n', "[digest]\n"])
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
    write(
        tmp_path,
        text + '[[feeds]]\nname = "Later"\nurl = "ok.xml"\ntags = ["t"]\n[[channels]]\nname = "c"\ntags = ["t"]\n',
    )
    code, out, _ = run(capsys, "status", "--config", str(config))
    assert code == 0
    assert "Feeds: 9 (1 ok, 7 failing, 1 not polled yet)" in out, out
    assert [line.split(":")[0].strip() for line in out.splitlines() if "⚠️ Gone" in line] == [
        f"⚠️ Gone {n}" for n in range(7)
    ]


# --- search -------------------------------------------------------------------------------


@pytest.fixture
def archive(tmp_path, capsys, database_url):
    """25 stored articles that all match "ransomware" (SQLite and PostgreSQL: the count is the store's)."""
    (tmp_path / "many.xml").write_text(rss(25, "Ransomware story {i}", "Ransomware again.", lambda i: 10 + i % 18))
    config = write(tmp_path, f'[storage]\nurl = "{database_url}"\n[digest]\nfetch_articles = false\n'
                             '[[feeds]]\nname = "Many"\nurl = "many.xml"\ntags = ["t"]\n'
                             '[[channels]]\nname = "c"\ntags = ["t"]\n')  # fmt: skip
    assert run(capsys, "poll", "--config", str(config))[0] == 0
    return config


def test_search_header_counts_every_match_not_the_shown_ones(archive, capsys):
    """The header said "10 articles matching…" when 25 matched (it counted the capped list)."""
    code, out, _ = run(capsys, "search", "--config", str(archive), "ransomware")
    assert code == 0 and out.count("• ") == 10
    assert out.splitlines()[0].startswith("25 articles matching `ransomware`; the best 10, best first"), (
        out.splitlines()[0]
    )


def test_a_search_counts_up_to_a_cap_and_says_so(archive, capsys, monkeypatch):
    """Matches are counted up to COUNT_CAP (1,000; counting every match of a common word
    read them all: 0.4-0.5 s at 1,000,000 articles on PostgreSQL): more is "1,000+", and
    --json keeps ``total`` (the capped count) and says ``total_capped``."""
    import bot.store.search

    monkeypatch.setattr(bot.store.search, "COUNT_CAP", 20)
    code, out, _ = run(capsys, "search", "--config", str(archive), "ransomware")
    assert code == 0 and out.count("• ") == 10
    assert out.splitlines()[0].startswith("20+ articles matching `ransomware`; the best 10, best first"), out
    code, out, _ = run(capsys, "search", "--config", str(archive), "ransomware", "--json")
    answer = json.loads(out)
    assert code == 0 and answer["total"] == 20 and answer["total_capped"] is True and len(answer["items"]) == 10
    monkeypatch.setattr(bot.store.search, "COUNT_CAP", 25)  # exactly the cap: not more
    code, out, _ = run(capsys, "search", "--config", str(archive), "ransomware", "--json")
    assert json.loads(out)["total"] == 25 and json.loads(out)["total_capped"] is False
    assert json.loads(out)["text"].startswith("25 articles matching")


def test_search_limit(archive, capsys):
    """There was no --limit."""
    code, out, _ = run(capsys, "search", "--config", str(archive), "--limit", "30", "ransom*")
    assert code == 0 and out.count("• ") == 25 and out.startswith("25 articles matching `ransom*`, best first:")
    code, out, _ = run(capsys, "search", "--config", str(archive), "ransomware", "--limit", "3", "--json")
    assert code == 0 and len(json.loads(out)["items"]) == 3 and json.loads(out)["total"] == 25
    assert json.loads(out)["total_capped"] is False
    with pytest.raises(SystemExit) as exit_:
        main(["search", "--config", str(archive), "ransomware", "--limit", "0"])
    assert exit_.value.code == 2 and "--limit/-n: expected a number from 1 to 500, got '0'" in capsys.readouterr().err


def test_search_help_says_best_match_first():
    """--help said "newest first"; results come best match first."""
    help_ = subprocess.run([sys.executable, "-m", "bot.cli", "search", "--help"], capture_output=True, text=True,
                           cwd=ROOT).stdout  # fmt: skip
    assert "newest first" not in help_ and "best match first" in " ".join(help_.split()) and "--limit" in help_


def test_search_into_a_closed_pipe_ends_quietly(archive):
    """`tidings search … | head` ended in BrokenPipeError."""
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "search", "--config", str(archive), "ransomware"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)  # fmt: skip
    proc.stdout.close()  # the reader is gone before anything is written (as `head` is after its lines)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141 and err == ""


# --- explain and the first digest ------------------------------------------------------------


@pytest.fixture
def polled(tmp_path, capsys):
    """A channel that never had a digest, after its feed's first poll (8 stories)."""
    (tmp_path / "eight.xml").write_text(
        rss(8, "Story {i} about something", "Story {i} in a few words.", lambda i: 26 - i)
    )
    config = write(tmp_path, '[storage]\nurl = "sqlite:///t.db"\n[digest]\nfetch_articles = false\n'
                             '[[feeds]]\nname = "Eight"\nurl = "eight.xml"\ntags = ["t"]\n'
                             '[[channels]]\nname = "c"\ntags = ["t"]\n')  # fmt: skip
    assert run(capsys, "poll", "--config", str(config))[0] == 0
    return config


def explain(capsys, config, url: str) -> tuple[int, str, str]:
    return run(capsys, "explain", "--config", str(config), "--channel", "c", url)


def test_explain_refuses_what_is_not_a_link(polled, capsys):
    """`explain "not a url"` said so on stdout and exited 0."""
    code, out, err = explain(capsys, polled, "not a url")
    assert (code, out) == (
        2,
        "",
    ) and err.strip() == "tidings: 'not a url' is not a web link (give the article's http(s) address)"


def test_explain_names_the_link_as_given(polled, capsys):
    """An https link was printed as http (the first of the sorted variants)."""
    code, out, _ = explain(capsys, polled, "https://news.example/nowhere")
    assert code == 0 and "the link https://news.example/nowhere." in out and "http://news" not in out


def test_first_digest_says_how_many_it_held_back_and_why(polled, capsys):
    """The first digest showed 5 items and more = 0."""
    code, out, _ = run(capsys, "digest", "--config", str(polled), "--channel", "c", "--json")
    digest = json.loads(out)
    assert code == 0 and len(digest["items"]) == 5 and digest["more"] == 3
    code, out, _ = run(capsys, "digest", "--config", str(polled), "--channel", "c")
    assert "…and 3 more items" in out
    assert (
        "The first digest here: the newest 5 stories. 3 older ones already stored are held back, so that a "
        "new channel is not flooded; from now on every new story comes in the digest."
    ) in " ".join(out.split())


def test_explain_agrees_with_the_first_digest(polled, capsys, monkeypatch, tmp_path):
    """A first-poll article was "kept out of digests" while the first digest posts it."""
    code, out, _ = explain(capsys, polled, "https://news.example/0")
    assert code == 0 and "kept out of digests" not in out
    assert (
        "it will be in this channel's first digest (" in out
        and "), story 1 of 8 (the first digest shows the newest 5)." in out
    )
    code, out, _ = explain(capsys, polled, "https://news.example/7")
    assert "story 8 of 8: the first digest shows only the newest 5 and holds the older ones back" in out, out
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "run", "--once", "--config", str(polled))[0] == 0  # the first digest, to the console
    code, out, _ = explain(capsys, polled, "https://news.example/0")
    assert "already posted in #c" in out and "kept out" not in out, out
    code, out, _ = explain(capsys, polled, "https://news.example/7")
    assert (
        "stored on its feed's first poll; only a channel's first digest takes such articles (the newest 5 "
        "stories), and it was not among them"
    ) in out, out


# --- docs -----------------------------------------------------------------------------------


@pytest.mark.parametrize("doc", ["docs/slack.md", "docs/discord.md", "README.md"])
def test_the_platform_guides_list_every_command(doc):
    """docs/slack.md and docs/discord.md left out /news why."""
    from bot.commands import SPECS

    text = (ROOT / doc).read_text(encoding="utf-8")
    rows = {
        line.split("`")[1].removeprefix("/news ").split()[0] for line in text.splitlines() if line.startswith("| `")
    }
    assert set(SPECS) <= rows, sorted(set(SPECS) - rows)
