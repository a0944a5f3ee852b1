"""Digests and replies as Discord messages: pure functions, no network, no discord.py.

A message here is a dict ``{"content": str | None, "embeds": [embed dicts]}`` in
Discord's own API shape (plus ``"mention_role"`` on a watchlist post's first
message: the role it may ping); client.py turns the embeds into ``discord.Embed``.

Every message respects Discord's limits
(https://discord.com/developers/docs/resources/message#embed-object-embed-limits):
content 2000 characters, 10 embeds, and per embed title 256, description 4096,
footer 2048, author 256, with all embeds of one message together at most 6000.
A digest that does not fit is split across messages, never dropped: only an
over-long title or excerpt is cut, and then with a visible "…".

Feed text is hostile until escaped: ``escape`` neutralises mentions and
Discord markdown, so a headline can neither ping nor format nor mask a link.
(The client also sends every message with ``allowed_mentions`` set to none,
except that a watchlist post may ping the one role configured for it.)
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from bot.chat import REPLY_MESSAGES, not_shown
from bot.config import DISCORD_ROLE
from bot.humanize import day_only, item_time, more_replies, plural, visible
from bot.models import Digest, DigestItem, Reply
from bot.stories import shown_sources

MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_TITLE = 256
MAX_DESCRIPTION = 4096
MAX_FOOTER = 2048
MAX_AUTHOR = 256
MAX_EMBEDS_TOTAL = 6000
MAX_URL = 2048  # Discord refuses longer embed URLs
MAX_CHOICES = 25  # autocomplete
MAX_CHOICE = 100  # characters in a choice's name and value

_COUNT_ROOM = 80  # kept free in a reply's text for the "…and N more entries" line
MAX_SOURCE = 200  # a source name in a footer; footers are 2048 but nobody reads that much
ZWSP = "\u200b"  # zero-width space: breaks a mention without changing what people see

_EVERYONE = re.compile(r"@(everyone|here)", re.IGNORECASE)
# <@id> users, <@!id> nicknames, <@&id> roles, <#id> channels, </cmd:id> commands,
# <:emoji:id>, <a:emoji:id>, <t:unix> timestamps: a ZWSP after "<" keeps them text.
_ANGLE = re.compile(r"<(?=[@#/:]|a:|t:)")
# Bare links are kept as they are (escaping "_" inside a URL would break it);
# the same shape as discord.utils' link pattern.
_URL = r"https?://[^\s<]+[^<.,:;\"'\]\s)]"
_MARKDOWN = re.compile(
    rf"(?P<url>{_URL})"
    r"|(?P<char>[\\*_~`|\[\]])"  # emphasis, code, spoilers, escapes, masked links [text](url)
    r"|^(?P<indent>[ \t]*)(?P<block>[#>+-]|\d+\.)",  # headings, quotes, lists (also -# subtext)
    re.MULTILINE,
)

# Colours for sources: distinct, readable on light and dark themes.
PALETTE = (
    0x5865F2, 0x57F287, 0xFEE75C, 0xEB459E, 0xED4245, 0x3498DB,
    0x1ABC9C, 0xE67E22, 0x9B59B6, 0x2ECC71, 0xF1C40F, 0x95A5A6,
)  # fmt: skip


# --- text ---------------------------------------------------------------------------------


def plain(text: str) -> str:
    """For places Discord shows as one line of plain text (footers, author names)."""
    return neutralize(" ".join((text or "").split()))


def neutralize(text: str) -> str:
    """Controls removed and mentions broken, nothing else: for places Discord shows
    as plain text (footers, author names) and for inline code."""
    text = visible(text)
    text = _EVERYONE.sub(lambda m: "@" + ZWSP + m.group(1), text)
    return _ANGLE.sub("<" + ZWSP, text)


def escape(text: str) -> str:
    """Feed text made inert for Discord: no mention pings or renders, no markdown
    formats, no masked link. What people read is unchanged (backslash escapes
    and zero-width spaces do not show)."""

    def one(m: re.Match) -> str:
        if m.group("url"):
            return m.group("url")
        if m.group("char"):
            return "\\" + m.group("char")
        return m.group("indent") + "\\" + m.group("block")

    return neutralize(_MARKDOWN.sub(one, visible(text)))


def escape_reply_text(text: str) -> str:
    """A Reply's text: `...` marks code (kept as code, only mentions broken), the rest
    is escaped like feed text, since it quotes what users and feeds wrote."""
    parts = (text or "").split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: the last one is just a character
        parts[-2:] = [parts[-2] + "`" + parts[-1]]
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(escape(part))
        elif part.strip():
            out.append("`" + neutralize(part) + "`")
        else:
            out.append(escape("`" + part + "`"))
    return "".join(out)


def cut(text: str, limit: int) -> str:
    """``text`` if it fits, else cut (at a word end when one is near) with a visible "…".

    Safe on escaped text: a cut never leaves a dangling backslash."""
    if len(text) <= limit:
        return text
    return _head(text, limit - 1).rstrip() + "…"


def _head(text: str, limit: int) -> str:
    """The longest start of ``text`` within ``limit``, ending at a word end when one
    is near, and never in the middle of a backslash escape."""
    head = text[:limit]
    space = head.rfind(" ")
    if len(text) > limit and space >= limit * 0.8:
        head = head[:space]
    if (len(head) - len(head.rstrip("\\"))) % 2:
        head = head[:-1]
    return head


def is_link(url: str) -> bool:
    """Discord refuses an embed whose url is not a well-formed http(s) URL."""
    return bool(url) and len(url) <= MAX_URL and re.fullmatch(r"https?://[^\s<>\"]+", url) is not None


def source_colour(source: str) -> int:
    """A stable colour per source (the same on every run and every machine)."""
    return PALETTE[zlib.crc32(source.casefold().encode("utf-8")) % len(PALETTE)]


# --- embeds -------------------------------------------------------------------------------


def embed_size(embed: dict) -> int:
    """The characters Discord counts towards the 6000 of one message."""
    size = len(embed.get("title") or "") + len(embed.get("description") or "")
    size += len((embed.get("footer") or {}).get("text") or "")
    size += len((embed.get("author") or {}).get("name") or "")
    for field in embed.get("fields") or ():
        size += len(field.get("name") or "") + len(field.get("value") or "")
    return size


def item_embed(item: DigestItem, now: datetime) -> dict:
    """One item: the headline as title linking to the article, the excerpt,
    and "source · 3 h ago" with the publication time."""
    embed: dict = {"title": cut(escape(item.title.strip()) or "(untitled)", MAX_TITLE)}
    if is_link(item.link):
        embed["url"] = item.link
    also = _sources_line(item) if len(item.sources) > 1 else _also(item)
    room = MAX_DESCRIPTION - (len(also) + 2 if also else 0)
    description = cut(escape((item.summary or item.excerpt).strip()), room)
    description = "\n\n".join(part for part in (description, also) if part)
    if description:
        embed["description"] = description
    embed["color"] = source_colour(item.source)
    source = cut(plain(item.source), MAX_SOURCE)
    replies = more_replies(item.replies) if item.replies else ""  # (a forum thread's other posts: bot/threads.py)
    footer = " · ".join(part for part in (source, item_time(item.published, now, item.dated), replies) if part)
    embed["footer"] = {"text": cut(footer, MAX_FOOTER)}
    if item.dated and not day_only(item.published):  # (Discord shows it as the item's time: undated or a day, none)
        embed["timestamp"] = item.published.isoformat()
    return embed


def _also(item: DigestItem) -> str:
    """Other coverage of the same story, as links."""
    names = []
    for source, link in item.also:
        name = cut(escape(" ".join(source.split())) or "another source", 100)  # one line: a link never spans two
        # A masked link of our own making; a ")" in the URL would end it early.
        names.append(f"[{name}]({link})" if is_link(link) and ")" not in link else name)
    return cut("Also covered by " + ", ".join(names), 1000) if names else ""


def _sources_line(item: DigestItem) -> str:
    """Every source in one line, as links: "Vice · The Verge · +3 more"."""
    shown, more = shown_sources(item.sources)
    names = []
    for source, _, link in shown:
        name = cut(escape(" ".join(source.split())) or "a source", 100)  # one line: a link never spans two
        names.append(f"[{name}]({link})" if is_link(link) and ")" not in link and len(link) <= 500 else name)
    return " · ".join(names + ([f"+{more} more"] if more else []))


def _more_embed(more: int, command: str | None) -> dict:
    hint = f": `{command} latest` shows the newest" if command else " not shown here"
    return {"description": f"…and {plural(more, 'more item')}{hint}."}


def _pack(entries: Sequence[tuple[str, dict]]) -> list[list[dict]]:
    """Embeds into as few messages as the limits allow, in order, none dropped.

    ``entries`` are (group title, embed). A group's title is shown as the author
    line of its first embed in each message, so a group continued in the next
    message is still labelled."""
    messages: list[list[dict]] = []
    current: list[dict] = []
    size, previous = 0, None
    for group, embed in entries:
        labelled = _label(embed, group, first=not current or group != previous)
        if current and (len(current) == MAX_EMBEDS or size + embed_size(labelled) > MAX_EMBEDS_TOTAL):
            messages.append(current)
            current, size = [], 0
            labelled = _label(embed, group, first=True)
        current.append(labelled)
        size += embed_size(labelled)
        previous = group
    if current:
        messages.append(current)
    return messages


def _label(embed: dict, group: str, *, first: bool) -> dict:
    name = cut(plain(group), MAX_AUTHOR)
    if not name or not first:  # Discord refuses an empty author name
        return embed
    return {**embed, "author": {"name": name}}


# --- messages -----------------------------------------------------------------------------


def render_digest(digest: Digest, *, command: str | None = "/news") -> list[dict]:
    """A digest as Discord messages: a bold header, then one embed per item
    (grouped items carry their group's name), then "…and N more" (with a hint
    to ``command`` when people can use it: webhook-only servers cannot)."""
    entries: list[tuple[str, dict]] = [
        (group.title, item_embed(item, digest.generated_at)) for group in digest.groups for item in group.items
    ]
    if digest.more:
        entries.append(("", _more_embed(digest.more, command)))
    batches = _pack(entries)
    # A note ("Nothing new since …", an admin alert) is a line under the title, in the first message.
    note = escape(digest.note.strip())
    title = cut(escape(" ".join(digest.title.split())) or "News", 500 if note else MAX_CONTENT - 40)
    count = len(batches)
    note = cut(note, MAX_CONTENT - 40 - len(title) - 12) if note else ""
    messages = [
        {"content": f"**{title}**" + (f" ({n}/{count})" if count > 1 else "") + (f"\n{note}" if note and n == 1 else ""),
         "embeds": embeds}
        for n, embeds in enumerate(batches, 1)
    ] or [{"content": f"**{title}**\n{note or 'Nothing new since the last digest.'}", "embeds": []}]  # fmt: skip
    role = mention_role(digest)
    if role:  # a watchlist post pings its one configured role, once, in its first message
        messages[0] = {**messages[0], "content": f"<@&{role}> {messages[0]['content']}", "mention_role": role}
    return messages


def mention_role(digest: Digest) -> str:
    """The Discord role id a watchlist post pings (``watchlist_mention``), or "".

    The only mention Tidings ever makes; Slack ids (S…, U…) mean nothing here."""
    return digest.mention if DISCORD_ROLE.fullmatch(digest.mention or "") else ""


def render_reply(reply: Reply, *, now: datetime) -> list[dict]:
    """A command's answer: its text and lines (split at line ends when longer than
    one message), then its items as embeds. At most REPLY_MESSAGES messages, as on
    Slack: what does not fit is counted in a last line ("…and N more entries")."""
    # (message, how many lines and items it completes); room is kept in each for that last line
    messages: list[tuple[dict[str, Any], int]] = []
    current, done = "", 0
    for n, line in enumerate(line for line in (reply.text, *reply.lines) if line):
        pieces = split_text(escape_reply_text(line), MAX_CONTENT - _COUNT_ROOM)
        for k, piece in enumerate(pieces):
            candidate = f"{current}\n{piece}" if current else piece
            if len(candidate) > MAX_CONTENT - _COUNT_ROOM:
                messages.append(({"content": current, "embeds": []}, done))
                candidate, done = piece, 0
            current = candidate
            done += 1 if n and k == len(pieces) - 1 else 0  # the reply's own text is no entry
    if current:
        messages.append(({"content": current, "embeds": []}, done))
    batches = _pack([("", item_embed(item, now)) for item in reply.items])
    if batches and messages:  # the first items go under the last piece of text
        (last, count), first = messages[-1], batches.pop(0)
        messages[-1] = ({**last, "embeds": first}, count + len(first))
    messages += [({"content": None, "embeds": embeds}, len(embeds)) for embeds in batches]
    if len(messages) > REPLY_MESSAGES:
        total = len([line for line in reply.lines if line]) + len(reply.items)
        kept = messages[:REPLY_MESSAGES]
        last = kept[-1][0]
        note = not_shown(total - sum(count for _, count in kept))
        kept[-1] = ({**last, "content": f"{last['content']}\n{note}" if last["content"] else note}, 0)
        messages = kept
    return [message for message, _ in messages] or [{"content": "Done.", "embeds": []}]


def split_text(text: str, limit: int = MAX_CONTENT) -> list[str]:
    """Text in pieces of at most ``limit`` characters, at line ends where possible;
    nothing is dropped."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:  # one very long line: split it at a word end
            head = _head(line, limit) or line[:limit]
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
            line = line[len(head) :].lstrip(" ")
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        pieces.append(current)
    return [p for p in pieces if p.strip()]


# --- autocomplete -------------------------------------------------------------------------


def choices(current: str, feeds: Iterable[str] = (), tags: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Autocomplete choices as (shown name, value): feeds and tags matching what was
    typed so far, those starting with it first, at most 25."""
    typed = (current or "").strip().casefold()
    found: list[tuple[int, str, str, str]] = []
    for kind, values in (("feed", feeds), ("tag", tags)):
        for value in values:
            key = value.casefold()
            if typed and typed not in key:
                continue
            rank = 0 if key.startswith(typed) else 1
            name = value if kind == "feed" else f"{value} (tag)"
            found.append((rank, key, cut(name, MAX_CHOICE), value))
    found.sort(key=lambda f: (f[0], f[1]))
    return [(name, value) for _, _, name, value in found if len(value) <= MAX_CHOICE][:MAX_CHOICES]
