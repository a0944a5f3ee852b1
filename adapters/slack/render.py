"""Digests and command replies as Slack Block Kit messages. Pure: data in, dicts out.

Every string that came from a feed (or from a user) goes through ``feed_text``:
``&``, ``<`` and ``>`` are escaped, so nothing can become a mention
(``<!channel>``, ``<@U123>``), a link or a broken link; formatting marks
that could start *bold*, _italic_, ~strike~ or `code` are swapped for
look-alike characters (Slack has no escape for them); bidi overrides are
dropped. https://api.slack.com/reference/surfaces/formatting#escaping

Every message stays inside Slack's limits (https://api.slack.com/reference/block-kit/blocks):
at most 50 blocks, section text 3000 characters, header 150, context 10
elements, and all block text together under 12,000 (``msg_blocks_too_long``).
A digest that does not fit is split over several messages, item by item:
nothing is dropped; only a single over-long title or excerpt is cut, with a
visible "…".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from bot.chat import REPLY_MESSAGES, not_shown
from bot.config import SLACK_MENTION
from bot.humanize import item_time, more_replies, plural, visible
from bot.models import Digest, DigestItem, Reply
from bot.stories import shown_sources

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_BLOCKS_TEXT = 12_000
# What we allow ourselves per message: below Slack's 12,000 because Slack's own
# count is not documented in detail (entities, UTF-16 code units).
BLOCKS_TEXT_BUDGET = 11_000
MAX_FALLBACK_TEXT = 2_000  # the notification text; Slack's own limit is 40,000
MAX_TITLE = 500  # a headline longer than this is cut with "…"
MAX_SOURCE = 150
MAX_LINK = 2_000  # a longer URL is not made a link (it would crowd out the excerpt)
REPLY_EXCERPT = 300  # excerpts in command answers are shorter than in digests
RESPONSE_URL_USES = REPLY_MESSAGES  # a response_url takes at most 5 messages: every platform's cap
ELLIPSIS = "…"

# --- escaping ---------------------------------------------------------------------


def escape(text: str) -> str:
    """The three characters Slack needs escaped in any text: & < >."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Formatting marks at a word edge (where Slack could take them as markup);
# between two letters or digits (snake_case, 2*3) Slack leaves them alone and so do we.
_MARKS = re.compile(r"(?<![^\W_])[*_~`]|[*_~`](?![^\W_])")
_LOOKALIKE = {"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"}  # ∗ ˍ ∼ ˋ
_QUOTE = re.compile(r"^(\s*)&gt;", re.M)  # a line starting with ">" would become a block quote


def feed_text(text: str) -> str:
    """Untrusted text made inert for mrkdwn: escaped, no markup, no mentions, no quotes."""
    text = visible(text)
    text = _MARKS.sub(lambda m: _LOOKALIKE[m.group(0)], text)
    return _QUOTE.sub("\\1\u00ad&gt;", escape(text))  # a soft hyphen first: not a quote


def plain_text(text: str) -> str:
    """For plain_text objects: no markup is parsed there, but & < > are still entities."""
    return escape(visible(text))


def code_text(text: str) -> str:
    """Reply text from the core: `...` spans stay code, everything else is made inert."""
    parts = re.split(r"(`[^`\n]+`)", text or "")
    return "".join(
        "`" + escape(visible(p[1:-1])) + "`" if p.startswith("`") and p.endswith("`") and len(p) > 1 else feed_text(p)
        for p in parts
    )


def fit(text: str, limit: int, convert=feed_text) -> str:
    """``convert(text)``, cut with a visible "…" so that it is at most ``limit`` characters.

    The cut is made in the source text, so an entity (``&amp;``) is never split.
    """
    out = convert(text)
    if len(out) <= limit:
        return out
    lo, hi = 0, len(text)  # the longest prefix whose converted form (plus "…") fits
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(convert(text[:mid].rstrip()) + ELLIPSIS) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return convert(text[:lo].rstrip()) + ELLIPSIS


def link_url(url: str) -> str | None:
    """A URL safe inside ``<url|label>``, or None if it cannot be a link.

    Only http(s). ``|``, ``<``, ``>``, spaces and quotes are percent-encoded so the
    URL can never end the link early; ``&`` is escaped as Slack asks.
    """
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or len(url) > MAX_LINK:
        return None
    url = visible(url)
    for char, code in (("|", "%7C"), ("<", "%3C"), (">", "%3E"), (" ", "%20"), ('"', "%22"), ("`", "%60")):
        url = url.replace(char, code)
    return url.replace("&", "&amp;")


# --- measuring --------------------------------------------------------------------


def block_text_length(node) -> int:
    """All ``text`` strings inside the blocks, counted the way Slack's limit counts them."""
    if isinstance(node, list):
        return sum(block_text_length(n) for n in node)
    if isinstance(node, dict):
        return sum(len(v) if k == "text" and isinstance(v, str) else block_text_length(v) for k, v in node.items())
    return 0


def message_problems(message: dict) -> list[str]:
    """What in a rendered message breaks Slack's limits (empty when it is fine)."""
    blocks = message.get("blocks") or []
    problems = []
    if not message.get("text"):
        problems.append("no fallback text")
    if len(blocks) > MAX_BLOCKS:
        problems.append(f"{len(blocks)} blocks")
    for block in blocks:
        kind = block["type"]
        if kind == "section" and len(block["text"]["text"]) > MAX_SECTION_TEXT:
            problems.append(f"section of {len(block['text']['text'])} characters")
        if kind == "header" and len(block["text"]["text"]) > MAX_HEADER_TEXT:
            problems.append(f"header of {len(block['text']['text'])} characters")
        if kind == "context" and len(block["elements"]) > MAX_CONTEXT_ELEMENTS:
            problems.append(f"context of {len(block['elements'])} elements")
    total = block_text_length(blocks)
    if total > MAX_BLOCKS_TEXT:
        problems.append(f"{total} characters of block text")
    return problems


# --- blocks -------------------------------------------------------------------------


def _mrkdwn(text: str) -> dict:
    # verbatim: Slack does not auto-link bare URLs, #channel names or @mentions in it.
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _section(text: str) -> dict:
    return {"type": "section", "text": _mrkdwn(text)}


def _context(*texts: str) -> dict:
    return {"type": "context", "elements": [_mrkdwn(t) for t in texts[:MAX_CONTEXT_ELEMENTS]]}


def _header(title: str) -> dict:
    # Slack refuses an empty text: a title of invisible characters only still gets one.
    text = fit(title, MAX_HEADER_TEXT, plain_text) or "News"
    return {"type": "header", "text": {"type": "plain_text", "text": text, "emoji": True}}


def _bold(text: str, limit: int = 200) -> str:
    """Our own bold label around feed text, or "" when nothing of it is visible."""
    label = fit(text, limit)
    return f"*{label}*" if label else ""


_DIVIDER = {"type": "divider"}


def item_blocks(item: DigestItem, now: datetime, *, excerpt_limit: int | None = None) -> list[dict]:
    """One item: the headline as a link with the excerpt under it, then a context line."""
    url = link_url(item.link)
    room = MAX_SECTION_TEXT - (len(url) + 8 if url else 4)  # *<url|…>* around the title
    title = fit(" ".join((item.title or item.link or "(untitled)").split()), min(MAX_TITLE, room - 100)) or "(untitled)"
    headline = f"*<{url}|{title}>*" if url else f"*{title}*"
    text = headline
    excerpt = (item.summary or item.excerpt or "").strip()
    if excerpt:
        limit = MAX_SECTION_TEXT - len(headline) - 1
        if excerpt_limit is not None:
            limit = min(limit, excerpt_limit)
        text += "\n" + fit(excerpt, limit)
    context = [fit(item.source, MAX_SOURCE) if item.source else "", item_time(item.published, now, item.dated)]
    if len(item.sources) > 1:  # "Vice · The Verge · +3 more", each a link
        context[0] = _sources_line(item)
    elif item.also:
        names = [fit(source, 60) for source, _ in item.also[:3]]
        more = len(item.also) - len(names)
        context.append("also in " + ", ".join(names) + (f" and {more} more" if more > 0 else ""))
    if item.replies:  # (a forum thread's other posts, counted: bot/threads.py)
        context.append(more_replies(item.replies))
    return [_section(text), _context(" · ".join(c for c in context if c))]


def _sources_line(item: DigestItem) -> str:
    shown, more = shown_sources(item.sources)
    names = []
    for source, _, link in shown:
        name, url = fit(" ".join(source.split()) or "a source", 60), link_url(link)
        names.append(f"<{url}|{name}>" if url and len(url) <= 500 else name)
    return " · ".join(names + ([f"+{more} more"] if more else []))


# --- packing blocks into messages ------------------------------------------------------


@dataclass
class _Unit:
    """Blocks that must stay in one message (an item, with its group title before it)."""

    blocks: list[dict]
    group: str = ""  # the group the unit belongs to, to repeat its title in a continuation
    starts_group: bool = False
    entries: int = 1  # items or reply lines it shows


# Kept free in every message: a "part k of n" line, and in a reply's last message a "…and N more" line.
_RESERVED_BLOCKS = 2
_PART_RESERVE = 300  # characters of block text


def _pack(head: list[dict], units: Sequence[_Unit], tail: list[dict], title: str) -> list[list[dict]]:
    """Fill messages in order without splitting a unit; every message stays in the limits."""
    messages: list[list[dict]] = []
    current = list(head)

    def room_for(blocks: list[dict]) -> bool:
        return (
            len(current) + len(blocks) <= MAX_BLOCKS - _RESERVED_BLOCKS
            and block_text_length(current) + block_text_length(blocks) <= BLOCKS_TEXT_BUDGET - _PART_RESERVE
        )

    for unit in units:
        blocks = unit.blocks
        has_content = len(current) > (0 if messages else len(head))
        if has_content and not room_for(blocks):
            messages.append(current)
            current = []
            if blocks and blocks[0] == _DIVIDER:
                blocks = blocks[1:]  # a divider never opens a message
            if _bold(unit.group) and not unit.starts_group:
                blocks = [_section(f"{_bold(unit.group)} (continued)"), *blocks]
        current.extend(blocks)
    if tail:
        if not room_for(tail):
            messages.append(current)
            current = []
        current.extend(tail)
    messages.append(current)
    if len(messages) > 1:  # say where each part belongs; room was kept for it
        for k, blocks in enumerate(messages[1:], start=2):
            blocks.insert(0, _context(f"{_bold(title) or '*News*'} · continued, part {k} of {len(messages)}"))
    return messages


def _units(
    groups: Iterable[tuple[str, Sequence[DigestItem]]], now: datetime, *, excerpt_limit: int | None = None
) -> list[_Unit]:
    units = []
    for g, (group, items) in enumerate(groups):
        for i, item in enumerate(items):
            blocks = item_blocks(item, now, excerpt_limit=excerpt_limit)
            if i == 0 and _bold(group):
                blocks.insert(0, _section(_bold(group)))
            if i == 0 and g > 0:
                blocks.insert(0, dict(_DIVIDER))
            units.append(_Unit(blocks, group, starts_group=i == 0))
    return units


def mention(target: str) -> str:
    """The configured ping of a watchlist post as Slack syntax: a user group (S…) or
    user (U…, W…) id; anything else (a Discord role id, a typo) pings nobody."""
    if not SLACK_MENTION.fullmatch(target or ""):
        return ""
    return f"<!subteam^{target}>" if target.startswith("S") else f"<@{target}>"


def render_digest(digest: Digest, *, more_hint: str = "") -> list[dict]:
    """A digest as Slack messages ({"text", "blocks"}), in posting order.

    Usually one; a digest too big for one message continues in the next, item by
    item. ``more_hint`` (e.g. "/news latest") is suggested on the "…and N more" line.
    A watchlist post's ``mention`` -- the only ping Tidings ever makes -- opens the
    first message and its notification text. A ``note`` ("Nothing new since …", an
    admin alert) is a line under the title.
    """
    ping = mention(digest.mention)
    note = fit(digest.note.strip(), MAX_SECTION_TEXT) if digest.note else ""
    head = [_header(digest.title)] + ([_section(ping)] if ping else []) + ([_section(note)] if note else [])
    units = _units(((g.title, g.items) for g in digest.groups if g.items), digest.generated_at)
    tail = []
    if digest.more:
        hint = f" — see them with `{escape(more_hint)}`" if more_hint else ""
        tail = [_context(f"…and {plural(digest.more, 'more item')}{hint}")]
    pages = _pack(head, units, tail, digest.title)
    items = digest.items
    summary = f"{digest.title}: {plural(len(items), 'item')}" if items or not note else f"{digest.title}: {digest.note}"
    if digest.more:
        summary += f" (and {digest.more} more)"
    headlines = "; ".join(" ".join(i.title.split()) for i in items)
    first = fit(f"{summary} — {headlines}" if headlines else summary, MAX_FALLBACK_TEXT - len(ping) - 1)
    if ping:
        first = f"{ping} {first}"
    messages = [{"text": first, "blocks": pages[0]}]
    for k, blocks in enumerate(pages[1:], start=2):
        messages.append(
            {"text": fit(f"{digest.title} (continued, part {k} of {len(pages)})", MAX_FALLBACK_TEXT), "blocks": blocks}
        )
    return messages


def _line_sections(lines: Sequence[str]) -> list[_Unit]:
    """Reply lines, several to a section, each section within the section limit."""
    units: list[_Unit] = []
    current: list[str] = []
    size = 0
    for line in lines:
        text = fit(line, MAX_SECTION_TEXT, code_text)
        if not text:  # nothing visible in it (Slack refuses empty text)
            continue
        if current and size + 1 + len(text) > MAX_SECTION_TEXT:
            units.append(_Unit([_section("\n".join(current))], entries=len(current)))
            current, size = [], 0
        current.append(text)
        size += len(text) + (1 if size else 0)
    if current:
        units.append(_Unit([_section("\n".join(current))], entries=len(current)))
    return units


def render_reply(reply: Reply, *, now: datetime | None = None) -> list[dict]:
    """A command's answer as response_url messages ({"text", "blocks", "response_type"}).

    Almost always one message. A long answer continues in more (a response_url
    takes up to 5); anything beyond that is counted in a last line, not hidden.
    """
    text = fit(reply.text, MAX_SECTION_TEXT, code_text)
    head = [_section(text)] if text else []
    units = _line_sections(reply.lines)
    if reply.items:
        when = now or max(i.published for i in reply.items)
        units += _units([("", reply.items)], when, excerpt_limit=REPLY_EXCERPT)
    if not head and not units:
        head = [_section("Done.")]
    pages = _pack(head, units, [], _first_line(reply))
    if len(pages) > RESPONSE_URL_USES:
        # Count what would be left out (a unit's last block is the same object in the pages).
        left_out = {id(b) for page in pages[RESPONSE_URL_USES:] for b in page}
        hidden = sum(u.entries for u in units if id(u.blocks[-1]) in left_out)
        pages = pages[:RESPONSE_URL_USES]
        last = pages[-1]
        last.append(_context(not_shown(hidden)))
    response_type = "ephemeral" if reply.ephemeral else "in_channel"
    fallback = fit(_first_line(reply), MAX_FALLBACK_TEXT, code_text)
    return [{"text": fallback, "blocks": blocks, "response_type": response_type} for blocks in pages]


def _first_line(reply: Reply) -> str:
    for text in (reply.text, *reply.lines, *(i.title for i in reply.items)):
        if text and text.strip():
            return " ".join(text.split())
    return "Done."
