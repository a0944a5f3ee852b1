"""The console adapter: digests printed to the terminal exactly as they would be posted.

The embedded default: with no chat token set, every channel prints here.
"""

from __future__ import annotations

import sys
from typing import TextIO

from bot.chat import CommandHandler, Suggest
from bot.config import ChannelSettings
from bot.models import Digest
from bot.plaintext import render_text


class ConsoleAdapter:
    platform = "console"

    def __init__(self, out: TextIO | None = None):
        self.out = out or sys.stdout
        self.posted: list[tuple[str, Digest]] = []

    async def start(self, commands: CommandHandler | None = None, *, suggest: Suggest | None = None) -> None:
        return None

    async def post(self, channel: ChannelSettings, digest: Digest, *, sent=(), on_sent=None) -> list[str]:
        if sent:  # one message per digest: already posted
            return list(sent)
        header = (
            f"[{channel.name}]"
            if channel.platform == "console"
            else f"[{channel.name} → {channel.platform} {channel.target}, shown here]"
        )
        self.out.write(header + "\n" + render_text(digest) + "\n")
        self.out.flush()
        self.posted.append((channel.name, digest))
        message_id = f"console-{len(self.posted)}"
        if on_sent is not None:
            await on_sent(0, message_id)
        return [message_id]

    async def close(self) -> None:
        return None
