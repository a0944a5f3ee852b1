"""Text from strangers, on both platforms at once.

One table of hostile strings (tests/hostile.py, plus the extra spellings below)
goes through the Slack and the Discord renderer in every place feed or user
text can appear: headline, excerpt, source, group title, "also covered by",
digest title, command replies. Each platform's own checker says whether
anything could still ping, link or format; the fakes' limit checkers say
whether the platform would take the message. Then every feed in the corpus goes
the whole way: parse → normalize → digest → both renderers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.discord import render as discord_render
from adapters.slack import render as slack_render
from bot.config import ChannelSettings
from bot.digest import DigestRules
from bot.models import Digest, DigestGroup, DigestItem, Reply, StoredArticle
from bot.normalize import read_feed
from bot.parse import FeedError
from tests.builders import build_digest
from tests.fakes.fake_discord import _Refuse
from tests.fakes.fake_discord import check_message as discord_accepts
from tests.fakes.fake_discord import live_markup as discord_live_markup
from tests.fakes.fake_slack import _Refused, validate_message
from tests.hostile import HOSTILE

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
CORPUS = Path(__file__).parent / "data" / "corpus"

# More ways to say the same things: other mention syntaxes, escapes that are
# already there, invisible characters inside the markup, look-alikes.
EXTRA = [
    "<!date^1392734382^{date_pretty}|Feb 18>",
    "<mailto:boss@example.com|the boss>",
    "<!channel|channel>",
    "<\u200b!channel>",
    "&lt;!channel&gt; already escaped",
    "<</!here>>",
    "<!subteam^S0123|@security>",
    "@\u200beveryone",
    "@everyone@here@everyone",
    "@EVERYONE",
    "<@!1234567890> <#1234567890> </news:1234567890> <t:1700000000:R> <:blob:1234567890> <a:blob:1234567890>",
    '[masked](<https://evil.example>) [t](https://evil.example "title")',
    "-# subtext\n## heading\n1. list\n>>> block quote\n+ plus",
    "\\*already escaped\\* \\\\*double\\\\*",
    "~~strike~~ __under__ ||spoiler|| ***all***",
    "`code` with `` double `` ticks",
    "\u2066isolate\u2069 \u061cmark \u200fRLM \u202dLRO",
    "zalgo c\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308 text",
    "line\r\nbreaks\u2028and\u2029separators",
    "tab\there\x00nul\x1fcontrol",
    "a" * 5000,
    "*" * 3000 + "_" * 3000,
    "<" * 2000 + "&" * 2000,
]
TABLE = HOSTILE + EXTRA
OUR_LINKS = ("https://news.example/", "https://other.example/")


def item(n: int, text: str = "", **overrides) -> DigestItem:
    values = dict(
        title=text or f"Story {n}",
        link=f"https://news.example/{n}",
        excerpt=text or f"The lede of story {n}.",
        source=text[:150] or "Example",
        published=NOW - timedelta(hours=n),
        also=((text[:80] or "Other", f"https://other.example/{n}"),),
        author=text[:100],
        tags=(text[:50],) if text else (),
        summary=text or f"The summary of story {n}.",  # (and the sources line: "A · B · +2 more", as links)
        sources=tuple(
            (text[:150] or f"Outlet {k}", text or f"Story {n}", f"https://other.example/{n}{k}") for k in range(4)
        ),
    )
    values.update(overrides)
    return DigestItem(**values)


def hostile_digest(text: str) -> Digest:
    return Digest(
        channel="news", title=text or "News", generated_at=NOW, more=3, note=text,
        groups=(DigestGroup(title=text[:200], items=(item(1, text), item(2))), DigestGroup(title="Other", items=(item(3, text),))),
    )  # fmt: skip


# --- checkers: what each platform would still treat as markup ------------------------------------

_SLACK_LINK = re.compile(r"<(https://(?:news|other)\.example/\d+)\|([^<>]*)>")


def slack_live_markup(text: str) -> list[str]:
    """What Slack would turn into a ping, a link or formatting in this mrkdwn text."""
    found = []
    # Our own bold: a headline, a group title ("(continued)"), a continuation note. The text inside is checked.
    text = text.replace("`/news latest`", "/news latest")  # our own hint on the "…and N more" line
    text = re.sub(r"\A\*(.+?)\*(?=\Z|\n| \(continued\)| · continued)", r"\1", text, flags=re.S)
    rest = _SLACK_LINK.sub(lambda m: m.group(2), text)  # our own links, by URL; their labels are checked
    if "<" in rest or ">" in rest:
        found.append("angle brackets: a mention, a link or a date")
    if re.search(r"&(?!amp;|lt;|gt;)", rest):
        found.append("an unescaped &")
    for mark in "*_~`":
        # Slack formats *x*, _x_, ~x~ and `x` when the marks sit at word edges.
        if re.search(rf"(?<![^\W_]){re.escape(mark)}(?=\S).*?(?<=\S){re.escape(mark)}(?![^\W_])", rest):
            found.append(f"{mark}…{mark} formatting")
    if re.search(r"(?m)^\s*&gt;", rest):
        found.append("a block quote")
    if re.search("[\u202a-\u202e\u2066-\u2069]", rest):
        found.append("a bidi control")
    return found


def slack_texts(message: dict) -> list[tuple[str, str]]:
    """(kind, text) for every text in the message: mrkdwn, plain_text, and the notification text."""
    out = [("notification", message["text"])]

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str):
                out.append((node["type"], node["text"]))
            for v in node.values():
                walk(v)

    walk(message["blocks"])
    return out


def assert_slack_takes(message: dict) -> None:
    try:
        validate_message(message["text"], message["blocks"])
    except _Refused as err:  # pragma: no cover - the message is the point
        pytest.fail(f"Slack would refuse it: {err.error}: {err.reason}")
    assert slack_render.message_problems(message) == []


_DISCORD_ALSO = re.compile(r"(?<!\\)\[((?:\\.|[^\]\\\n])*)\]\((https://other\.example/\d+)\)")


def discord_problems(message: dict, *, whole: bool = True, links: tuple[str, ...] = OUR_LINKS) -> list[str]:
    """What in a message could ping, link or format (and, when ``whole``, whether Discord takes it)."""
    found = []
    try:
        if whole:
            discord_accepts({k: v for k, v in message.items() if k != "mention_role"})
    except _Refuse as err:
        found.append(f"Discord would refuse it: {err.reason}")
    if message.get("mention_role"):
        found.append("a role ping")
    content = message.get("content") or ""
    header = re.fullmatch(r"\*\*(.+?)\*\*( \(\d+/\d+\))?(?:\n(.*))?", content, re.S)  # our bold title, a note
    for part in (header.group(1), header.group(3) or "") if header else (content,):
        found += [f"content: {problem}" for problem in discord_live_markup(part)]
    for embed in message.get("embeds") or ():
        description = _DISCORD_ALSO.sub(lambda m: m.group(1), embed.get("description") or "")  # our own links
        description = description.replace("`/news latest`", "/news latest")  # our own hint in "…and N more"
        for where, text in (("title", embed.get("title") or ""), ("description", description)):
            found += [f"{where}: {p}" for p in discord_live_markup(text)]
        if embed.get("url") and not embed["url"].startswith(links):
            found.append(f"a link to {embed['url']}")
        for where, plain in (("footer", (embed.get("footer") or {}).get("text") or ""),
                             ("author", (embed.get("author") or {}).get("name") or "")):  # fmt: skip
            # Footers and author names show no markdown; only pings matter there.
            found += [f"{where}: {p}" for p in discord_live_markup(plain) if "@" in p or "mention" in p or "bidi" in p]
    return found


# --- the shared table ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", TABLE, ids=lambda t: ascii(t)[:40])
def test_hostile_text_is_inert_in_a_slack_digest(text):
    checked = Counter()
    for message in slack_render.render_digest(hostile_digest(text), more_hint="/news latest"):
        assert_slack_takes(message)
        checked["messages"] += 1
        for kind, shown in slack_texts(message):
            if kind == "plain_text":  # headers: no markup is parsed, but &<> must still be escaped
                assert "<" not in shown and ">" not in shown and not re.search(r"&(?!amp;|lt;|gt;)", shown)
            else:
                assert slack_live_markup(shown) == [], (kind, shown[:200])
            checked[kind] += 1
    assert checked["messages"] >= 1 and checked["mrkdwn"] >= 1 and checked["plain_text"] >= 1, checked


@pytest.mark.parametrize("text", TABLE, ids=lambda t: ascii(t)[:40])
def test_hostile_text_is_inert_in_a_discord_digest(text):
    messages = discord_render.render_digest(hostile_digest(text), command="/news")
    assert messages
    for message in messages:
        assert discord_problems(message) == [], message.get("content", "")[:100]


@pytest.mark.parametrize("text", TABLE, ids=lambda t: ascii(t)[:40])
def test_hostile_text_is_inert_in_command_replies_on_both_platforms(text):
    # A reply quotes what users typed (an unknown command, a search) and shows feed items.
    reply = Reply(text=f"Unknown command `{text[:50]}`. No articles match {text}.", lines=(text, f"⚠️ {text}: failing"),
                  items=(item(1, text),))  # fmt: skip
    checked = Counter()
    for message in slack_render.render_reply(reply, now=NOW):
        assert_slack_takes(message)
        for kind, shown in slack_texts(message):
            checked[f"slack {kind}"] += 1
            if kind == "mrkdwn":
                # Code spans are ours (they show the command); outside them nothing is live.
                outside = re.sub(r"`[^`\n]+`", "", shown)
                assert slack_live_markup(outside) == [], shown[:200]
                for span in re.findall(r"`([^`\n]+)`", shown):
                    assert "<" not in span and ">" not in span
    for message in discord_render.render_reply(reply, now=NOW):
        checked["discord messages"] += 1
        # Code spans are ours (they show the command); only pings matter inside them.
        content = message.get("content") or ""
        for span in re.findall(r"`([^`]+)`", content):
            assert [p for p in discord_live_markup(span) if "@" in p or "mention" in p] == [], span
        assert discord_live_markup(re.sub(r"`[^`]+`", "", content)) == [], content[:200]
        discord_accepts(message)
        assert discord_problems({**message, "content": None}, whole=False) == []
    assert checked["slack mrkdwn"] >= 1 and checked["discord messages"] >= 1, checked


def test_a_watchlist_mention_is_the_only_ping_and_only_as_configured():
    digest = hostile_digest("<!channel> @everyone <@&123456789012345678>")
    slack_alert = replace(digest, mention="S0SECTEAM", alert=True)
    discord_alert = replace(digest, mention="123456789012345678", alert=True)
    [first, *_] = slack_render.render_digest(slack_alert)
    assert first["text"].startswith("<!subteam^S0SECTEAM> ") and first["text"].count("<!") == 1
    messages = discord_render.render_digest(discord_alert)
    assert messages[0]["mention_role"] == "123456789012345678"
    assert all("mention_role" not in m for m in messages[1:])
    # A Slack id means nothing on Discord and the other way round: nobody is pinged.
    assert "mention_role" not in discord_render.render_digest(slack_alert)[0]
    assert "<!" not in slack_render.render_digest(discord_alert)[0]["text"]
    # A mention that is not an id at all pings nobody anywhere.
    for bad in ("<!channel>", "everyone", "@here", "U0|x"):
        assert slack_render.mention(bad) == ""
        assert discord_render.mention_role(replace(digest, mention=bad)) == ""


# --- any text at all ----------------------------------------------------------------------------------

FUZZ = settings(suppress_health_check=[HealthCheck.too_slow])  # examples: the hypothesis profile (tests/fuzzing.py)
anything = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(TABLE[:24] + ["*", "_", "`", "~", "|", "<", ">", "&",
                                                                                    "@", "#", "\n", " "]), max_size=20).map("".join))  # fmt: skip


@FUZZ
@given(anything, anything, anything)
def test_any_feed_text_renders_inert_and_within_limits_on_both_platforms(title, excerpt, source):
    one = item(
        1, title=title or "x", excerpt=excerpt, source=source or "s", also=((source or "s", "https://other.example/1"),)
    )
    digest = Digest(
        channel="c", title=title or "T", generated_at=NOW, groups=(DigestGroup(title=source[:200], items=(one,)),)
    )
    slack, discord = slack_render.render_digest(digest), discord_render.render_digest(digest)
    assert slack and discord
    for message in slack:
        assert_slack_takes(message)
        texts = list(slack_texts(message))
        assert texts
        for kind, shown in texts:
            if kind != "plain_text":
                assert slack_live_markup(shown) == [], shown[:200]
    for message in discord:
        assert discord_problems(message) == []


# --- the corpus, the whole way through ------------------------------------------------------------

FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "SOURCES.md")
CHANNEL = ChannelSettings(name="corpus", feeds=("x",), max_items=200, group_by="source")


def test_every_corpus_file_goes_through_the_whole_pipeline_into_messages_both_platforms_take():
    """parse → normalize → digest → render, for all 340-odd files: no exception, no limit broken."""
    stats = dict(feeds=0, not_feeds=0, items=0, slack_messages=0, discord_messages=0)
    for n, path in enumerate(FILES):
        try:
            content = read_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}", source=path.stem[:90],
                                now=NOW, excerpt_length=300)  # fmt: skip
        except FeedError as exc:
            assert str(exc) and "\n" not in str(exc), path
            stats["not_feeds"] += 1
            continue
        stats["feeds"] += 1
        stored = [StoredArticle(id=n * 10_000 + k, feed=path.stem[:90], article=a, first_seen=NOW, backfill=False)
                  for k, a in enumerate(content.articles)]  # fmt: skip
        digest = build_digest(stored, CHANNEL, now=NOW, since=NOW - timedelta(days=1), rules=DigestRules())
        stats["items"] += len(digest.items)
        for message in slack_render.render_digest(digest, more_hint="/news latest"):
            assert_slack_takes(message)
            stats["slack_messages"] += 1
        for message in discord_render.render_digest(digest):
            problems = discord_problems(message, links=("http://", "https://"))  # the feeds' own links
            assert problems == [], (path.name, problems)
            stats["discord_messages"] += 1
        reply = Reply(text=f"The latest from {path.stem}:", items=digest.items[:20])
        for message in slack_render.render_reply(reply, now=NOW):
            assert_slack_takes(message)
        for message in discord_render.render_reply(reply, now=NOW):
            discord_accepts(message)
    assert stats["feeds"] > 290 and stats["items"] > 1000, stats
    assert stats["slack_messages"] >= stats["feeds"] and stats["discord_messages"] >= stats["feeds"], stats
