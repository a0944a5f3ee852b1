"""Include/exclude filters, per feed and per channel; and `explain`."""

import io
from datetime import timedelta

import pytest

from adapters.console import ConsoleAdapter
from bot.app import Tidings
from bot.config import ConfigError, settings_from_dict
from bot.digest import DigestRules
from bot.filters import build_filter, check
from bot.models import Article
from tests.builders import T0, build_digest, channel, rss, stored


def art(title, excerpt="", tags=(), author=""):
    return Article(uid=title, link="", title=title, excerpt=excerpt, published=T0, tags=tags, author=author)


def test_keywords_match_whole_words_case_insensitively():
    f = build_filter("channel x", include=["AI", "CVE-"])
    assert check(art("New AI model released"), f).passed
    assert check(art("Patch for cve-2026-1234"), f).passed
    assert not check(art("He said nothing"), f).passed  # "ai" inside "said" is not the word AI


def test_fields_searched_are_title_excerpt_tags_author():
    f = build_filter("feed y", include=["ransomware"])
    assert check(art("x", excerpt="a ransomware attack"), f).passed
    assert check(art("x", tags=("Ransomware",)), f).passed
    assert check(art("x", author="Ransomware Desk"), f).passed
    assert not check(art("nothing here"), f).passed


def test_exclude_always_wins_and_reasons_are_given():
    f = build_filter("channel sec", include=["ransomware"], exclude=["sponsored"], exclude_regex=[r"webinar\b"])
    v = check(art("Sponsored: ransomware defence"), f)
    assert not v.passed and v.reason == 'excluded by channel sec: keyword "sponsored" matched'
    v = check(art("Ransomware webinar"), f)
    assert not v.passed and 'regex "webinar\\b"' in v.reason
    v = check(art("Ransomware hits a hospital"), f)
    assert v.passed and v.reason == 'included (channel sec: keyword "ransomware")'
    v = check(art("Weather"), f)
    assert not v.passed and v.reason == 'not included by channel sec: none of keyword "ransomware" matched'


def test_case_sensitive_when_asked():
    f = build_filter("x", include=["Go"], case_sensitive=True)
    assert check(art("Go 1.24 released"), f).passed and not check(art("go home"), f).passed


def test_feed_and_channel_filters_both_apply_in_the_digest():
    items = [stored(1, feed="A", title="Ransomware hits hospital"), stored(2, feed="A", title="Sponsored ransomware webinar"),
             stored(3, feed="A", title="Cat pictures")]  # fmt: skip
    rules = DigestRules(feed_filters={"A": build_filter("feed A", exclude=["sponsored"])})
    ch = channel(include=("ransomware",))
    digest = build_digest(items, ch, now=T0, since=T0 - timedelta(days=1), rules=rules)
    assert [i.title for i in digest.items] == ["Ransomware hits hospital"]


def test_every_kind_of_feed_filter_from_the_settings_applies_in_the_digest():
    settings = settings_from_dict({
        "feeds": [{"name": "plain", "url": "https://a.example/f"},
                  {"name": "inc", "url": "https://b.example/f", "include": ["ransomware"]},
                  {"name": "exc", "url": "https://c.example/f", "exclude": ["sponsored"]},
                  {"name": "inc-re", "url": "https://d.example/f", "include_regex": [r"CVE-\d+"]},
                  {"name": "exc-re", "url": "https://e.example/f", "exclude_regex": [r"webinar\b"], "case_sensitive": True}],
    })  # fmt: skip
    rules = DigestRules.from_settings(settings.feeds, settings.digest)
    assert sorted(rules.feed_filters) == ["exc", "exc-re", "inc", "inc-re"]  # a feed without filters needs none
    titles = ["Ransomware at CVE-2026-1 webinar", "Sponsored Webinar", "Cat pictures"]
    items = [
        stored(i * 10 + k, feed=f.name, title=title)
        for i, f in enumerate(settings.feeds)
        for k, title in enumerate(titles)
    ]
    digest = build_digest(items, channel(max_items=50), now=T0, since=T0 - timedelta(days=1), rules=rules)
    assert sorted((i.source, i.title) for i in digest.items) == sorted(
        [("plain", t) for t in titles] + [("inc", titles[0]), ("exc", titles[0]), ("exc", titles[2]),
                                         ("inc-re", titles[0]), ("exc-re", titles[1]), ("exc-re", titles[2])]
    )  # fmt: skip


def test_invalid_regex_is_a_config_error_naming_the_key():
    with pytest.raises(ConfigError) as err:
        settings_from_dict({
            "feeds": [{"name": "A", "url": "https://a.example/f", "exclude_regex": ["ok", "(unclosed"]}],
        }, source="settings.toml")  # fmt: skip
    [problem] = err.value.problems
    assert problem.startswith("settings.toml: feeds[0] (A).exclude_regex[1]: invalid regular expression '(unclosed'")


@pytest.fixture
async def app(feeds, clock, database_url):
    clock.set(T0)
    feeds.serve("/a.xml", rss([("a1", "Ransomware hits Example Hospital"), ("a2", "Sponsored: buy our firewall")]))
    feeds.serve("/b.xml", rss([("b1", "Cat pictures of the week")]))
    settings = settings_from_dict({
        "storage": {"url": database_url},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": "A", "url": feeds.url("/a.xml"), "tags": ["sec"]}, {"name": "B", "url": feeds.url("/b.xml")}],
        "channels": [{"name": "sec", "tags": ["sec"], "exclude": ["sponsored"], "schedule": "08:00"}],
    })  # fmt: skip
    bot = Tidings(settings, clock=clock, adapters={"console": ConsoleAdapter(out=io.StringIO())}, env={})
    async with bot:
        await bot.poll()
        yield bot


async def test_explain_names_the_feed_the_filter_the_window(app, feeds, clock):
    ch = await app.channel("sec")
    [line] = await app.explain(ch, "https://news.example/a2?utm_source=x")
    assert line.endswith('left out, excluded by channel sec: keyword "sponsored" matched.')
    [line] = await app.explain(ch, "https://news.example/b1")
    assert "not for #sec, which does not follow the feed B" in line
    [line] = await app.explain(ch, "https://news.example/a1")
    assert "it will be in this channel's first digest" in line  # a first poll's article: the first digest takes it
    assert "has not stored" in (await app.explain(ch, "https://nowhere.example/x"))[0]
    # A new article: the first digest (the channel has had none), then the next one.
    feeds.serve("/a.xml", rss([("a3", "Second ransomware story"), ("a1", "Ransomware hits Example Hospital")]))
    clock.advance(hours=1)
    await app.poll(due_only=False)
    [line] = await app.explain(ch, "https://news.example/a3")
    assert "it will be in this channel's first digest (Sat 28 Nov 08:00 UTC), story 1 of 2" in line
    await app.post_digest("sec")
    feeds.serve("/a.xml", rss([("a4", "Third ransomware story"), ("a3", "Second ransomware story")]))
    clock.advance(hours=1)
    await app.poll(due_only=False)
    [line] = await app.explain(ch, "https://news.example/a4")
    assert "it will be in the next digest (Sat 28 Nov 08:00 UTC), story 1 of 1" in line
    [line] = await app.explain(ch, "https://news.example/a3")
    [line] = await app.explain(ch, "https://news.example/a3")
    assert "before the last digest" in line


async def test_why_command(app):
    from bot.commands import parse_command

    # "sec" is a console channel here; the command names it by platform and target.
    reply = await app.commands().handle(parse_command("why https://news.example/a2", platform="console", channel=""))
    assert reply.error  # a chat channel with no digest
    reply = await app.commands().handle(parse_command("why", platform="console"))
    assert reply.error and "Usage: `/news why <article-url>`" in reply.text
