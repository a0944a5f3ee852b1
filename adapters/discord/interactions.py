"""Answering /news on Discord: the slash-command group, the admin check, the
answer (acknowledged at once, followed up with the handler's Reply), autocomplete.

Each subcommand turns its options into a neutral Command for the handler
(bot/commands.py), which decides everything else.
"""

# No ``from __future__ import annotations`` here: discord.py reads the command
# callbacks' annotations at class creation to build the slash command options.

import logging
from collections.abc import Iterable

import discord
from discord import app_commands

from bot.chat import CommandHandler, Suggest
from bot.clock import Clock
from bot.commands import MAX_RESULTS, SPECS, parse_command
from bot.config import DiscordSettings
from bot.models import Command, Reply

from ..retry import ProblemLog
from .errors import reason
from .messages import NO_MENTIONS, embeds
from .render import choices, render_reply

log = logging.getLogger("tidings.discord")

SORRY = "Something went wrong on our side; the admin can find the details in the log."


def member_is_admin(permissions: discord.Permissions, roles: Iterable, admin_roles: Iterable[str]) -> bool:
    """Manage Server (or Administrator), or a role whose name or id is listed in
    ``[discord] admin_roles``."""
    if permissions.manage_guild or permissions.administrator:
        return True
    listed = {str(r).strip().casefold() for r in admin_roles}
    return any(str(role.id) in listed or role.name.casefold() in listed for role in roles)


class Interactions:
    """Answers the /news interactions with the command handler; tells an admin
    who uses /news about channels the bot cannot post to (``problems``)."""

    def __init__(
        self, settings: DiscordSettings, *, clock: Clock, handler: CommandHandler, suggest: Suggest | None,
        problems: ProblemLog,
    ):  # fmt: skip
        self.settings = settings
        self.clock = clock
        self._handler = handler
        self._suggest = suggest
        self._problems = problems

    def is_admin(self, interaction: discord.Interaction) -> bool:
        roles = getattr(interaction.user, "roles", ())
        return member_is_admin(interaction.permissions, roles, self.settings.admin_roles)

    async def answer(
        self, interaction: discord.Interaction, name: str, args: Iterable[str] = (), share: bool = False
    ) -> None:
        """Acknowledge at once (Discord allows 3 s), run the handler, follow up."""
        try:
            # Private unless shared: the first follow-up replaces this "thinking…" message
            # and keeps its visibility.
            await interaction.response.defer(ephemeral=not share, thinking=True)
        except discord.HTTPException as exc:
            log.warning(
                "/%s %s: could not acknowledge the command in time (%s)", self.settings.command, name, reason(exc)
            )
            return
        is_admin = self.is_admin(interaction)
        command = Command(
            name=name, args=tuple(args), channel=str(interaction.channel_id or ""), user=str(interaction.user.id),
            is_admin=is_admin, platform="discord", share=share,
        )  # fmt: skip
        try:
            reply = await self._handler(command)
        except Exception:
            log.exception("/%s %s failed", self.settings.command, name)
            reply = Reply(text=SORRY, error=True)
        await self._follow_up(interaction, reply)
        if is_admin and (told := self._problems.tell()):
            note = "Tidings cannot post everywhere it should:\n" + "\n".join(f"• {p}" for p in told)
            await self._follow_up(interaction, Reply(text=note, error=True))

    async def _follow_up(self, interaction: discord.Interaction, reply: Reply) -> None:
        messages = render_reply(reply, now=self.clock.now())
        try:
            for message in messages:
                kwargs = {"content": message["content"]} if message.get("content") else {}
                await interaction.followup.send(**kwargs, embeds=embeds(message), ephemeral=reply.ephemeral,
                                                allowed_mentions=NO_MENTIONS, wait=True)  # fmt: skip
        except discord.HTTPException as exc:
            log.error("/%s: the answer could not be sent (%s)", self.settings.command, reason(exc))

    async def suggest(self, current: str, *, feeds: bool = True, tags: bool = True) -> list[app_commands.Choice[str]]:
        """Autocomplete: feed names and tags from the catalog (settings plus chat)."""
        if self._suggest is None:
            return []
        try:
            feed_names, tag_names = await self._suggest()
        except Exception:  # autocomplete must answer within 3 s, even with nothing
            log.exception("autocomplete failed")
            return []
        feed_names, tag_names = (feed_names if feeds else []), (tag_names if tags else [])
        return [app_commands.Choice(name=n, value=v) for n, v in choices(current, feed_names, tag_names)]


# --- the /news group ----------------------------------------------------------------------

SHARE = "show the answer to the whole channel (default: only you see it)"


def _describe(name: str) -> str:
    text = SPECS[name].help
    return (text[:1].upper() + text[1:])[:100]


class NewsGroup(app_commands.Group):
    """The /news subcommands. Each turns its options into a Command for the
    platform-neutral handler (bot/commands.py), which decides everything else."""

    def __init__(self, interactions: Interactions, name: str):
        super().__init__(name=name, description="News digests from the feeds this server follows", guild_only=True)
        self.interactions = interactions

    @app_commands.command(name="help", description=_describe("help"))
    @app_commands.describe(share=SHARE)
    async def help_(self, interaction: discord.Interaction, share: bool = False) -> None:
        await self.interactions.answer(interaction, "help", (), share)

    @app_commands.command(name="latest", description=_describe("latest"))
    @app_commands.describe(what="a feed or tag (default: this channel's feeds)", count="how many items", share=SHARE)
    async def latest(
        self,
        interaction: discord.Interaction,
        what: str | None = None,
        count: app_commands.Range[int, 1, MAX_RESULTS] | None = None,
        share: bool = False,
    ) -> None:
        args = [a for a in (what and what.strip(), count and str(count)) if a]
        await self.interactions.answer(interaction, "latest", args, share)

    @app_commands.command(name="search", description=_describe("search"))
    @app_commands.describe(query='words; "quoted phrases" and since:7d work', source="only this feed",
                           tag="only feeds with this tag", share=SHARE)  # fmt: skip
    async def search(
        self,
        interaction: discord.Interaction,
        query: str,
        source: str | None = None,
        tag: str | None = None,
        share: bool = False,
    ) -> None:
        parsed = parse_command("search " + query)
        args = list(parsed.args)
        if source:
            args.append(f"source:{source}")
        if tag:
            args.append(f"tag:{tag}")
        await self.interactions.answer(interaction, "search", args, share or parsed.share)

    @app_commands.command(name="feeds", description=_describe("feeds"))
    @app_commands.describe(share=SHARE)
    async def feeds(self, interaction: discord.Interaction, share: bool = False) -> None:
        await self.interactions.answer(interaction, "feeds", (), share)

    @app_commands.command(name="digest", description=_describe("digest"))
    async def digest(self, interaction: discord.Interaction) -> None:
        await self.interactions.answer(interaction, "digest", ())

    @app_commands.command(name="subscribe", description=_describe("subscribe"))
    @app_commands.describe(what="a feed name, a tag, or the URL of a feed")
    async def subscribe(self, interaction: discord.Interaction, what: str) -> None:
        await self.interactions.answer(interaction, "subscribe", (what,))

    @app_commands.command(name="unsubscribe", description=_describe("unsubscribe"))
    @app_commands.describe(what="a feed name or a tag")
    async def unsubscribe(self, interaction: discord.Interaction, what: str) -> None:
        await self.interactions.answer(interaction, "unsubscribe", (what,))

    @app_commands.command(name="status", description=_describe("status"))
    @app_commands.describe(share=SHARE)
    async def status(self, interaction: discord.Interaction, share: bool = False) -> None:
        await self.interactions.answer(interaction, "status", (), share)

    @app_commands.command(name="why", description=_describe("why"))
    @app_commands.describe(url="the article's link", share=SHARE)
    async def why(self, interaction: discord.Interaction, url: str, share: bool = False) -> None:
        await self.interactions.answer(interaction, "why", (url,), share)

    @app_commands.command(name="story", description=_describe("story"))
    @app_commands.describe(words="words from the story's headline", share=SHARE)
    async def story(self, interaction: discord.Interaction, words: str, share: bool = False) -> None:
        parsed = parse_command("story " + words)
        await self.interactions.answer(interaction, "story", parsed.args, share or parsed.share)

    @latest.autocomplete("what")
    @subscribe.autocomplete("what")
    @unsubscribe.autocomplete("what")
    async def _feeds_and_tags(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self.interactions.suggest(current)

    @search.autocomplete("source")
    async def _feeds_only(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self.interactions.suggest(current, tags=False)

    @search.autocomplete("tag")
    async def _tags_only(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self.interactions.suggest(current, feeds=False)
