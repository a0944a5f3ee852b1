"""Block Kit rendering, without a network: structure, escaping, and Slack's limits."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adapters.slack.render import (
    MAX_HEADER_TEXT,
    MAX_SECTION_TEXT,
    escape,
    feed_text,
    fit,
    link_url,
    message_problems,
    render_digest,
    render_reply,
)
from bot.models import Digest, DigestGroup, DigestItem, Reply
from tests.fakes.fake_slack import _Refused, validate_message
from tests.hostile import HOSTILE

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def item(n: int, **overrides) -> DigestItem:
    values = dict(
        title=f"Story {n}",
        link=f"https://news.example/{n}",
        excerpt=f"The lede of story {n}.",
        source="Example News",
        published=NOW - timedelta(hours=n),
    )
    values.update(overrides)
    return DigestItem(**values)


def digest(*groups: tuple[str, list[DigestItem]], title="Security news", more=0) -> Digest:
    return Digest(channel="news", title=title, generated_at=NOW, more=more,
                  groups=tuple(DigestGroup(t, tuple(items)) for t, items in groups))  # fmt: skip


def texts(node) -> list[str]:
    """Every text string in a message or block list."""
    if isinstance(node, list):
        return [t for n in node for t in texts(n)]
    if isinstance(node, dict):
        return [t for k, v in node.items() for t in ([v] if k == "text" and isinstance(v, str) else texts(v))]
    return []


def mrkdwn_texts(node) -> list[str]:
    if isinstance(node, list):
        return [t for n in node for t in mrkdwn_texts(n)]
    if isinstance(node, dict):
        own = [node["text"]] if node.get("type") == "mrkdwn" else []
        return own + [t for v in node.values() for t in mrkdwn_texts(v)]
    return []


def assert_slack_accepts(message: dict) -> None:
    """The fake Slack's own checker, plus ours: the message would be posted as is."""
    try:
        validate_message(message["text"], message["blocks"])
    except _Refused as err:  # pragma: no cover - the assertion message is the point
        pytest.fail(f"Slack would refuse it: {err.error}: {err.reason}")
    assert message_problems(message) == []


# --- structure --------------------------------------------------------------------------


def test_a_small_digest_is_one_message_with_header_items_and_context():
    also = (("Other Wire", "https://other.example/a"), ("Third", "https://third.example/b"))
    [message] = render_digest(digest(("", [item(1, also=also), item(2, excerpt="")])))
    blocks = message["blocks"]
    assert [b["type"] for b in blocks] == ["header", "section", "context", "section", "context"]
    assert blocks[0]["text"] == {"type": "plain_text", "text": "Security news", "emoji": True}
    assert blocks[1]["text"]["text"] == "*<https://news.example/1|Story 1>*\nThe lede of story 1."
    assert blocks[1]["text"]["type"] == "mrkdwn"
    assert blocks[2]["elements"][0]["text"] == "Example News · 1 h ago · also in Other Wire, Third"
    assert blocks[3]["text"]["text"] == "*<https://news.example/2|Story 2>*"  # no excerpt: no empty line
    assert message["text"] == "Security news: 2 items — Story 1; Story 2"  # the notification text
    assert_slack_accepts(message)


def test_groups_get_titles_and_dividers_between_them_and_more_is_said():
    message, = render_digest(digest(("Krebs", [item(1), item(2)]), ("LWN", [item(3)]), more=12),
                             more_hint="/news latest")  # fmt: skip
    kinds = [b["type"] for b in message["blocks"]]
    assert kinds == ["header", "section", "section", "context", "section", "context",
                     "divider", "section", "section", "context", "context"]  # fmt: skip
    assert message["blocks"][1]["text"]["text"] == "*Krebs*"
    assert message["blocks"][7]["text"]["text"] == "*LWN*"
    assert message["blocks"][-1]["elements"][0]["text"] == "…and 12 more items — see them with `/news latest`"
    assert "(and 12 more)" in message["text"]


def test_an_item_without_a_usable_link_shows_its_title_unlinked():
    for link in ("", "javascript:alert(1)", "ftp://files.example/x"):
        (message,) = render_digest(digest(("", [item(1, link=link)])))
        assert message["blocks"][1]["text"]["text"].startswith("*Story 1*\n")


def test_links_cannot_end_early_or_smuggle_markup():
    assert link_url("https://x.example/a|b>c<d e?q=1&r=2") == "https://x.example/a%7Cb%3Ec%3Cd%20e?q=1&amp;r=2"
    assert link_url("https://x.example/\u202eevil") == "https://x.example/evil"


# --- escaping ---------------------------------------------------------------------------

OUR_LINK = re.compile(r"<https://news\.example/\d+\|[^<>]*>")


@pytest.mark.parametrize("bad", HOSTILE)
def test_hostile_feed_text_pings_nobody_links_nothing_and_formats_nothing(bad):
    hostile_item = item(1, title=bad, excerpt=bad, source=bad, also=((bad, "https://evil.example/"),))
    messages = render_digest(digest((bad, [hostile_item, item(2)]), title=bad))
    for message in messages:
        assert_slack_accepts(message)
        for text in texts(message) + [message["text"]]:
            rest = OUR_LINK.sub("", text)  # the only links are ours
            assert "<" not in rest and ">" not in rest, text
            assert re.findall(r"&(?!amp;|lt;|gt;)", text) == [], text  # every & escaped
            assert "&amp;amp;amp;" not in text  # ... and only once
            assert "\u202e" not in text
        for text in mrkdwn_texts(message["blocks"]) + [message["text"]]:  # plain_text shows no markup
            for mark in ("*bold*", "_italic_", "~strike~", "`code`", "```"):
                assert mark not in text, text
    section = messages[0]["blocks"][2]["text"]["text"]  # [header, group title, item, ...]
    assert section.startswith("*<https://news.example/1|")
    # What the reader sees is the feed's text, with look-alikes for the formatting marks.
    unescaped = section.split("\n", 1)[1].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert unescaped.replace("\u00ad", "") == re.sub(r"[\u202a-\u202e]", "", bad).translate(
        str.maketrans({"*": "∗", "_": "ˍ", "~": "∼", "`": "ˋ"})
    )


def test_ampersands_are_escaped_exactly_once():
    assert escape("AT&amp;T & <b>") == "AT&amp;amp;T &amp; &lt;b&gt;"
    assert feed_text("Q&A > 3") == "Q&amp;A &gt; 3"


def test_a_line_starting_with_a_quote_mark_does_not_become_a_quote():
    assert not feed_text("> quoted").startswith("&gt;")
    assert feed_text("> quoted").endswith("&gt; quoted")


def test_formatting_marks_inside_words_are_left_alone():
    assert feed_text("snake_case and 2*3") == "snake_case and 2*3"


# --- limits and splitting -----------------------------------------------------------------


def test_a_huge_digest_is_split_into_messages_slack_accepts_and_nothing_is_dropped():
    items = [item(n, title=f"Story {n} " + "long headline " * 20, excerpt=("Lede & more <b> text. " * 100)[:2000])
             for n in range(60)]  # fmt: skip
    messages = render_digest(digest(("", items), more=7))
    assert len(messages) > 5
    for message in messages:
        assert_slack_accepts(message)
    every_text = "\n".join(t for m in messages for t in texts(m["blocks"]))
    for n in range(60):
        assert every_text.count(f"<https://news.example/{n}|") == 1, n
    order = [int(m) for m in re.findall(r"<https://news\.example/(\d+)\|", every_text)]
    assert order == list(range(60))  # in the digest's order
    assert messages[1]["blocks"][0]["elements"][0]["text"] == f"*Security news* · continued, part 2 of {len(messages)}"
    assert messages[-1]["blocks"][-1]["elements"][0]["text"].startswith("…and 7 more items")
    assert messages[1]["text"] == f"Security news (continued, part 2 of {len(messages)})"


def test_many_short_items_are_split_by_the_block_count():
    messages = render_digest(digest(("", [item(n) for n in range(60)])))
    assert [len(m["blocks"]) for m in messages][0] <= 50 and len(messages) == 3
    for message in messages:
        assert_slack_accepts(message)
    assert sum(len(re.findall(r"<https://news", "".join(texts(m)))) for m in messages) == 60


def test_a_group_that_continues_in_the_next_message_repeats_its_title():
    messages = render_digest(digest(("Krebs", [item(n) for n in range(30)]), ("LWN", [item(n) for n in range(30, 40)])))
    assert len(messages) == 2
    second = messages[1]["blocks"]
    assert second[1]["text"]["text"] == "*Krebs* (continued)"
    assert second[2]["text"]["text"].startswith("*<https://news.example/")
    assert all(b["type"] != "divider" for b in second[:2])  # a divider never opens a message


def test_a_too_long_headline_and_excerpt_are_cut_visibly_never_dropped():
    giant = item(1, title="T" * 5000, excerpt="&" * 5000)
    (message,) = render_digest(digest(("", [giant])))
    section = message["blocks"][1]["text"]["text"]
    assert len(section) <= MAX_SECTION_TEXT
    title, excerpt = section.split("\n")
    assert title.endswith("…>*") and excerpt.endswith("&amp;…")  # cut between entities, not inside one
    assert_slack_accepts(message)


def test_a_long_title_is_cut_to_the_header_limit():
    (message,) = render_digest(digest(("", [item(1)]), title="News & " * 40))
    header = message["blocks"][0]["text"]["text"]
    assert len(header) <= MAX_HEADER_TEXT and header.endswith("…") and "&amp;" in header


@given(st.text(alphabet="ab &<>*_", max_size=60), st.integers(min_value=1, max_value=40))
def test_fit_never_exceeds_the_limit_nor_splits_an_entity(text, limit):
    out = fit(text, limit, escape)
    if len(escape(text)) <= limit:
        assert out == escape(text)
    else:
        assert out.endswith("…") and (len(out) <= limit or out == "…")
        assert re.search(r"&(?!amp;|lt;|gt;)", out) is None


# --- replies ------------------------------------------------------------------------------


def test_a_reply_keeps_code_spans_and_escapes_the_rest():
    reply = Reply(
        text="Unknown command `<!here>`. Try `/news help` *now*", lines=("`/news feeds` — the feeds & health",)
    )
    (message,) = render_reply(reply)
    first, second = (b["text"]["text"] for b in message["blocks"])
    assert first == "Unknown command `&lt;!here&gt;`. Try `/news help` ∗now∗"
    assert second == "`/news feeds` — the feeds &amp; health"
    assert message["response_type"] == "ephemeral"
    assert message["text"].startswith("Unknown command")


def test_a_shared_reply_is_in_channel_and_items_have_short_excerpts():
    reply = Reply(text="The latest:", items=(item(1, excerpt="x" * 2000),), ephemeral=False)
    (message,) = render_reply(reply, now=NOW)
    assert message["response_type"] == "in_channel"
    excerpt = message["blocks"][1]["text"]["text"].split("\n")[1]
    assert len(excerpt) <= 300 and excerpt.endswith("…")
    assert message["blocks"][2]["elements"][0]["text"] == "Example News · 1 h ago"


def test_a_long_reply_is_split_and_beyond_five_messages_counted():
    lines = tuple(f"✅ Feed {n} — " + "ok " * 300 for n in range(300))
    messages = render_reply(Reply(text="Tidings follows 300 feeds:", lines=lines))
    assert len(messages) == 5  # a response_url takes five messages
    for message in messages:
        assert_slack_accepts(message)
    shown = sum(t.count("✅ Feed ") for m in messages for t in texts(m["blocks"]))
    assert (
        messages[-1]["blocks"][-1]["elements"][0]["text"]
        == f"…and {300 - shown} more entries that do not fit in a reply"
    )


def test_a_reply_of_many_items_stays_under_the_block_limit_with_its_last_line():
    reply = Reply(text="Lots:", items=tuple(item(n, excerpt="") for n in range(300)))
    messages = render_reply(reply, now=NOW)
    assert len(messages) == 5
    for message in messages:
        assert_slack_accepts(message)
    assert max(len(m["blocks"]) for m in messages) == 50
    shown = sum(t.count("<https://news.example/") for m in messages for t in texts(m["blocks"]))
    assert (
        messages[-1]["blocks"][-1]["elements"][0]["text"]
        == f"…and {300 - shown} more entries that do not fit in a reply"
    )


@pytest.mark.parametrize(("target", "ping"), [("S0SECTEAM", "<!subteam^S0SECTEAM>"), ("U0ALICE", "<@U0ALICE>")])
def test_a_watchlist_post_pings_its_configured_mention_once(target, ping):
    alert = Digest(channel="sec", title="Watchlist: SecureGate", generated_at=NOW, mention=target, alert=True,
                   groups=(DigestGroup("", tuple(item(n) for n in range(60))),))  # fmt: skip
    messages = render_digest(alert)
    assert len(messages) > 1
    assert messages[0]["blocks"][1]["text"]["text"] == ping
    assert messages[0]["text"].startswith(ping + " Watchlist: SecureGate: 60 items")
    assert sum(t.count(ping) for m in messages for t in texts(m)) == 2  # a block and the notification text
    for message in messages:
        assert_slack_accepts(message)


@pytest.mark.parametrize("target", ["", "here", "<!channel>", "123456789012345678", "s0lower"])
def test_anything_else_as_a_mention_pings_nobody(target):
    message, = render_digest(Digest(channel="sec", title="Watchlist", generated_at=NOW, mention=target,
                                    groups=(DigestGroup("", (item(1),)),)))  # fmt: skip
    assert all("<!" not in t and "<@" not in t for t in texts(message) + [message["text"]])
