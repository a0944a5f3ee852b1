"""Discord rendering, pure: escaping, limits, splitting. Every message is checked
with the fake Discord's own limit checker, the one the fake server applies."""

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import discord
import pytest

from adapters.discord.render import (
    MAX_CONTENT,
    ZWSP,
    choices,
    escape,
    escape_reply_text,
    item_embed,
    render_digest,
    render_reply,
    source_colour,
    split_text,
)
from bot.models import Digest, DigestGroup, DigestItem, Reply
from tests.fakes.fake_discord import BIDI_CONTROLS, check_message, live_markup
from tests.hostile import HOSTILE

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).parent.parent


def unescape(text: str) -> str:
    # Discord drops a backslash before any character but a letter, digit or space.
    return re.sub(r"\\([^0-9A-Za-z\s])", r"\1", text).replace(ZWSP, "")


def item(n: int, **overrides) -> DigestItem:
    values = dict(
        title=f"Story {n}",
        link=f"https://news.example/{n}",
        excerpt=f"The lede of story {n}.",
        source="Example News",
        published=NOW - timedelta(hours=3),
    )
    values.update(overrides)
    return DigestItem(**values)


def digest(items, *, more=0, groups=None, title="Security news — Fri 27 Nov 2026") -> Digest:
    groups = groups or (DigestGroup(title="", items=tuple(items)),)
    return Digest(channel="news", title=title, generated_at=NOW, groups=tuple(groups), more=more)


def all_text(message: dict) -> list[str]:
    texts = [message.get("content") or ""]
    for embed in message["embeds"]:
        texts += [embed.get("title") or "", embed.get("description") or ""]
        texts += [(embed.get("footer") or {}).get("text") or "", (embed.get("author") or {}).get("name") or ""]
    return texts


# --- escaping ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_inert_and_reads_the_same(text):
    escaped = escape(text)
    assert live_markup(escaped) == []
    assert unescape(escaped) == BIDI_CONTROLS.sub("", text)  # nothing lost, only made inert


def test_the_checker_sees_live_markup():
    # The checker would catch every kind of markup the escaping has to defuse.
    for raw in ("@everyone", "@here", "<@123>", "<@&123>", "<#123>", "[a](https://x.example)", "**b**",
                "||s||", "`c`", "# h", "> q", "- l", "\u202eevil"):  # fmt: skip
        assert live_markup(raw), raw


def test_links_in_text_are_not_broken_by_escaping():
    assert escape("see https://x.example/a_b_c*d for more") == "see https://x.example/a_b_c*d for more"


def test_reply_text_keeps_code_spans_and_escapes_the_rest():
    text = "Unknown command `@everyone`. Try `/news help`. *really*"
    escaped = escape_reply_text(text)
    assert "`/news help`" in escaped and "\\*really\\*" in escaped
    assert "@everyone" not in escaped and unescape(escaped) == text
    assert escape_reply_text("a ` b") == "a \\` b"  # a lone backtick is only a character


# --- items and limits ---------------------------------------------------------------------------


def test_an_item_embed():
    embed = item_embed(item(1, also=(("Other Paper", "https://other.example/1"),)), NOW)
    assert embed["title"] == "Story 1" and embed["url"] == "https://news.example/1"
    assert embed["description"] == "The lede of story 1.\n\nAlso covered by [Other Paper](https://other.example/1)"
    assert embed["footer"] == {"text": "Example News · 3 h ago"}
    assert embed["timestamp"] == "2026-11-27T09:00:00+00:00"
    assert embed["color"] == source_colour("Example News")
    assert discord.Embed.from_dict(embed).to_dict()["timestamp"] == embed["timestamp"]


def test_colours_are_stable_per_source_and_vary_between_sources():
    assert source_colour("LWN.net") == source_colour("lwn.net")
    assert len({source_colour(f"Feed {n}") for n in range(30)}) > 5


def test_an_item_without_a_usable_link_has_no_url():
    assert "url" not in item_embed(item(1, link=""), NOW)
    assert "url" not in item_embed(item(1, link="javascript:alert(1)"), NOW)
    assert "url" not in item_embed(item(1, link="https://x.example/" + "a" * 2100), NOW)


def test_long_titles_and_5000_character_excerpts_are_cut_visibly():
    embed = item_embed(item(1, title="word " * 100, excerpt="x" * 5000), NOW)
    assert len(embed["title"]) <= 256 and embed["title"].endswith("…")
    assert len(embed["description"]) == 4096 and embed["description"].endswith("…")
    # Escaping doubles markdown-heavy text; the cut still fits and leaves no dangling backslash.
    embed = item_embed(item(2, excerpt="*_" * 2500), NOW)
    assert len(embed["description"]) <= 4096 and live_markup(embed["description"]) == []
    check_message({"embeds": [embed]})


def test_hostile_items_render_inert():
    items = [item(n, title=text, excerpt=text * 300, source=text[:50]) for n, text in enumerate(HOSTILE)]
    groups = [DigestGroup(title=text, items=(i,)) for text, i in zip(HOSTILE, items, strict=True)]
    messages = render_digest(digest(items, groups=groups, title="@everyone <@&1> **news**"))
    for message in messages:
        check_message(message)
        header = re.fullmatch(r"\*\*(.+)\*\*( \(\d+/\d+\))?", message["content"])  # our own bold
        assert header and live_markup(header.group(1)) == []
        for embed in message["embeds"]:
            assert live_markup(embed["title"]) == [] and live_markup(embed.get("description", "")) == []
            # Footers and author names show as plain text (no markdown): only pings matter there.
            for plain in (embed["footer"]["text"], embed.get("author", {}).get("name", "")):
                assert [x for x in live_markup(plain) if "@" in x or "mention" in x] == [], plain
                assert "\n" not in plain


# --- splitting ----------------------------------------------------------------------------------


def test_a_60_item_digest_is_split_and_nothing_is_dropped():
    items = [item(n, excerpt=f"Lede {n}. " + "Background. " * 60) for n in range(60)]
    messages = render_digest(digest(items, more=12))
    assert len(messages) >= 6
    for message in messages:
        check_message(message)  # raises on any limit Discord would refuse
    links = [e.get("url") for m in messages for e in m["embeds"] if e.get("url")]
    assert sorted(links) == sorted(i.link for i in items)  # every item exactly once
    assert [e["title"] for m in messages for e in m["embeds"] if "title" in e] == [i.title for i in items]
    assert messages[0]["content"] == f"**Security news — Fri 27 Nov 2026** (1/{len(messages)})"
    assert messages[-1]["embeds"][-1]["description"] == "…and 12 more items: `/news latest` shows the newest."


def test_the_6000_character_budget_splits_big_embeds():
    items = [item(n, excerpt="y" * 5000) for n in range(5)]
    messages = render_digest(digest(items))
    assert [len(m["embeds"]) for m in messages] == [1, 1, 1, 1, 1]  # two 4096-character excerpts exceed 6000
    for message in messages:
        check_message(message)


def test_groups_are_labelled_in_every_message_they_appear_in():
    a = [item(n, source="Alpha") for n in range(8)]
    b = [item(n + 100, source="Beta") for n in range(8)]
    groups = (DigestGroup("Alpha", tuple(a)), DigestGroup("Beta", tuple(b)))
    messages = render_digest(digest(a + b, groups=groups))
    authors = [[(e.get("author") or {}).get("name") for e in m["embeds"]] for m in messages]
    assert authors == [["Alpha"] + [None] * 7 + ["Beta", None], ["Beta"] + [None] * 5]


def test_an_empty_digest_still_says_something():
    [message] = render_digest(digest([]))
    check_message(message)


def test_a_webhook_digest_does_not_advertise_commands():
    messages = render_digest(digest([item(1)], more=3), command=None)
    assert messages[-1]["embeds"][-1]["description"] == "…and 3 more items not shown here."


def test_a_watchlist_post_pings_only_its_configured_role_once():
    alert = replace(digest([item(n, title="@everyone <@&999> alert") for n in range(12)]),
                    mention="123456789012345678", alert=True)  # fmt: skip
    first, second = render_digest(alert)
    assert first["content"].startswith("<@&123456789012345678> **") and first["mention_role"] == "123456789012345678"
    assert "mention_role" not in second and "<@&" not in second["content"]
    assert all(live_markup(e["title"]) == [] for m in (first, second) for e in m["embeds"])
    # A Slack id (from a shared settings file) means nothing on Discord: no ping.
    plain = render_digest(replace(alert, mention="S0SECTEAM"))[0]
    assert "mention_role" not in plain and live_markup(plain["content"].split("**")[1]) == []


# --- replies ------------------------------------------------------------------------------------


def test_a_reply_with_text_lines_and_items():
    reply = Reply(text="The latest from *all* feeds:", lines=("`/news help` — list",),
                  items=tuple(item(n) for n in range(15)))  # fmt: skip
    messages = render_reply(reply, now=NOW)
    assert [len(m["embeds"]) for m in messages] == [10, 5]
    assert messages[0]["content"] == "The latest from \\*all\\* feeds:\n`/news help` — list"
    assert messages[1]["content"] is None
    for message in messages:
        check_message(message)


def test_a_long_reply_is_split_at_line_ends():
    lines = tuple(f"⚠️ Feed {n} — failing since yesterday: HTTP 500 " + "z" * 80 for n in range(60))
    messages = render_reply(Reply(text="Feeds:", lines=lines), now=NOW)
    assert len(messages) > 1
    for message in messages:
        check_message(message)
        assert len(message["content"]) <= MAX_CONTENT
    joined = "\n".join(m["content"] for m in messages)
    assert joined == "\n".join(("Feeds:", *lines))


def test_split_text_never_drops_anything():
    text = ("word " * 1000).strip()
    pieces = split_text(text, 2000)
    assert all(len(p) <= 2000 for p in pieces) and len(pieces) == 3
    assert " ".join(pieces) == text


# --- autocomplete -------------------------------------------------------------------------------


def test_choices_prefix_matches_first_tags_labelled_at_most_25():
    found = choices("sec", ["Krebs on Security", "Security Week", "LWN.net"], ["security", "releases"])
    assert found == [("security (tag)", "security"), ("Security Week", "Security Week"),
                     ("Krebs on Security", "Krebs on Security")]  # fmt: skip
    assert len(choices("", [f"Feed {n}" for n in range(40)])) == 25
    assert choices("zzz", ["Feed"], ["tag"]) == []


# --- the docs -----------------------------------------------------------------------------------


def test_the_invite_link_in_the_docs_asks_for_the_right_permissions():
    docs = (ROOT / "docs" / "discord.md").read_text(encoding="utf-8")
    wanted = discord.Permissions(send_messages=True, embed_links=True, send_messages_in_threads=True).value
    links = re.findall(r"https://discord\.com/oauth2/authorize\?\S+", docs)
    assert links and all(f"permissions={wanted}" in link for link in links)
    assert all("scope=bot%20applications.commands" in link for link in links)


def test_a_reply_of_many_items_is_capped_at_five_messages_with_a_count():
    """Replies were not capped (Slack's stop at 5 messages): the same cap and count on Discord."""
    items = tuple(DigestItem(title=f"Story {n}", link=f"https://news.example/{n}", excerpt="Text.", source="Feed",
                             published=NOW) for n in range(80))  # fmt: skip
    messages = render_reply(Reply(text="The latest:", items=items), now=NOW)
    assert len(messages) == 5 and sum(len(m["embeds"]) for m in messages) == 50
    assert messages[-1]["content"] == "…and 30 more entries that do not fit in a reply"
    for message in messages:
        check_message(message)
    few = render_reply(Reply(text="The latest:", items=items[:20]), now=NOW)
    assert len(few) == 2 and few[0]["content"] == "The latest:" and "more entries" not in str(few)
