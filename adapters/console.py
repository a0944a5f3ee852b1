"""The console adapter: digests printed to the terminal exactly as they would be posted.

The embedded default: with no chat token set, every channel prints here.
"""

from __future__ import annotations

import sys
import textwrap
from typing import TextIO

from bot.config import ChannelSettings
from bot.humanize import plural, relative_time
from bot.models import Digest, Reply

from .base import CommandHandler

WIDTH = 88


def render_text(digest: Digest, *, width: int = WIDTH) -> str:
    """A digest as plain text: header, groups, and per item headline, excerpt and a context line."""
    lines = [f"━━ {digest.title} ━━", ""]
    if digest.note:
        lines[1:1] = textwrap.wrap(digest.note, width) or [digest.note]
    if digest.mention:
        lines[1:1] = [f"(notifying {digest.mention})"]
    for group in digest.groups:
        indent = "  " if group.title else ""
        if group.title:
            lines += [f"▸ {group.title}", ""]
        for item in group.items:
            lines += textwrap.wrap(item.title, width, initial_indent=indent + "• ", subsequent_indent=indent + "  ")
            if item.excerpt:
                lines += textwrap.wrap(item.excerpt, width, initial_indent=indent + "  ", subsequent_indent=indent + "  ")
            context = [item.source, relative_time(item.published, digest.generated_at)]
            if item.also:
                context.append("also: " + ", ".join(source for source, _ in item.also))
            lines.append(indent + "  " + " · ".join(context))
            if item.link:
                lines.append(indent + "  " + item.link)
            lines.append("")
    if digest.more:
        lines += [f"…and {plural(digest.more, 'more item')} (see them with: tidings latest)", ""]
    return "\n".join(lines).rstrip() + "\n"


def render_reply(reply: Reply, now, *, width: int = WIDTH) -> str:
    """A command's reply as plain text (the `tidings search/latest/status` commands)."""
    lines = [reply.text] if reply.text else []
    lines += [f"  {line}" for line in reply.lines]
    for item in reply.items:
        lines += textwrap.wrap(item.title, width, initial_indent="• ", subsequent_indent="  ")
        lines.append("  " + " · ".join([item.source, relative_time(item.published, now)]))
        if item.link:
            lines.append("  " + item.link)
    return "\n".join(lines)


class ConsoleAdapter:
    platform = "console"

    def __init__(self, out: TextIO | None = None):
        self.out = out or sys.stdout
        self.posted: list[tuple[str, Digest]] = []

    async def start(self, commands: CommandHandler | None = None) -> None:
        return None

    async def post(self, channel: ChannelSettings, digest: Digest, *, sent=(), on_sent=None) -> list[str]:
        if sent:  # one message per digest: already posted
            return list(sent)
        header = f"[{channel.name}]" if channel.platform == "console" else f"[{channel.name} → {channel.platform} {channel.target}, shown here]"
        self.out.write(header + "\n" + render_text(digest) + "\n")
        self.out.flush()
        self.posted.append((channel.name, digest))
        message_id = f"console-{len(self.posted)}"
        if on_sent is not None:
            await on_sent(0, message_id)
        return [message_id]

    async def close(self) -> None:
        return None
