"""The settings, one pydantic model per section of settings.toml, each with its
validators (the kinds of value they hold: bot/config/values.py). Unknown keys
are refused (``Section``); ``Settings`` is the whole file."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from .values import (
    DISCORD_ROLE,
    SLACK_MENTION,
    Duration,
    Keyword,
    Regex,
    Schedule,
    Size,
    TimeZone,
    _check_endpoint,
    _check_env_name,
    _check_listen,
    parse_time_of_day,
)

DEFAULT_USER_AGENT = "Tidings/0.1 (self-hosted news digest bot; +https://github.com/tidings-bot/tidings)"


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False, defer_build=True)


class StorageSettings(Section):
    """Where the archive lives. Any SQLAlchemy URL; relative SQLite paths are
    relative to the settings file."""

    url: str = "sqlite:///data/tidings.db"
    retention_days: int = Field(default=90, ge=1)


class PollingSettings(Section):
    interval: Duration = 1800.0  # how often each feed is polled unless it says otherwise
    concurrency: int = Field(default=16, ge=1, le=1000)
    per_host: int = Field(default=2, ge=1, le=100)
    connect_timeout: Duration = 10.0
    timeout: Duration = 30.0  # a total deadline per request, body included
    max_body: Size = 10 * 1024 * 1024
    max_redirects: int = Field(default=5, ge=0, le=20)
    user_agent: str = DEFAULT_USER_AGENT
    max_backoff: Duration = 6 * 3600.0  # the longest wait between polls of a failing feed
    # Feeds added from chat may not reach loopback, private, link-local or reserved
    # addresses (checked on the resolved address at connect time). Feeds in this file
    # are trusted either way; set this for an intranet where chat users may add feeds.
    allow_private_networks: bool = False
    tick: Duration = 60.0  # how often the bot looks for due feeds and due deliveries
    # Processes that parse feeds (and read article pages) beside the bot, so the event
    # loop never waits on parsing; 0 parses in a thread of the bot's own process.
    parse_workers: int = Field(default_factory=lambda: os.cpu_count() or 2, ge=0, le=64)
    lease: Duration = 600.0  # how long a process may hold a feed or delivery before others may take it
    # When `tidings run` is asked to stop (SIGTERM, Ctrl-C): how long a running poll or post
    # gets to finish before it is cancelled (what it held is handed back; a post resumes later).
    stop_grace: Duration = Field(default=5.0, le=300)


class DigestSettings(Section):
    excerpt_length: int = Field(default=300, ge=40, le=2000)
    first_digest_items: int = Field(default=5, ge=0, le=100)
    cluster_window: Duration = 48 * 3600.0  # articles this close in time may be one story
    cluster_similarity: int = Field(default=88, ge=50, le=100)  # headline similarity (0-100) for one story
    # also join the same story told in other words (bot/similarity.py): needs the `semantic` extra
    cluster_semantic: bool = False
    fetch_articles: bool = True  # fetch the article page when a feed gives only a teaser
    teaser_length: int = Field(default=80, ge=0, le=2000)  # excerpts shorter than this are teasers
    # For chat channels that exist because someone ran /news subscribe there:
    schedule: Schedule = ("08:00",)
    timezone: TimeZone = "UTC"
    max_items: int = Field(default=15, ge=1, le=200)

    @field_validator("cluster_semantic")
    @classmethod
    def _semantic_installed(cls, value: bool) -> bool:
        import importlib.util

        if value and importlib.util.find_spec("wordllama") is None:
            raise ValueError("needs the word vectors, which are an extra: pip install 'tidings[semantic]'")
        return value


class FilterFields(Section):
    """Include/exclude filters (feeds and channels): over title, excerpt, tags and author."""

    include: tuple[Keyword, ...] = ()
    exclude: tuple[Keyword, ...] = ()
    include_regex: tuple[Regex, ...] = ()
    exclude_regex: tuple[Regex, ...] = ()
    case_sensitive: bool = False

    def compiled_filter(self, where: str):
        from ..filters import build_filter

        return build_filter(
            where, include=self.include, exclude=self.exclude, include_regex=self.include_regex,
            exclude_regex=self.exclude_regex, case_sensitive=self.case_sensitive,
        )  # fmt: skip


class FeedSettings(FilterFields):
    name: str = Field(min_length=1, max_length=100)
    url: str
    tags: tuple[str, ...] = ()
    interval: Duration | None = None
    enabled: bool = True
    aggregator: bool = False  # republishes others' stories: a cluster prefers the original source
    fetch_articles: bool | None = None  # fetch the page when the feed gives only a teaser (default: [digest])

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()

    @field_validator("tags")
    @classmethod
    def _tags(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(t.strip().lower() for t in value if t.strip())


class ChannelSettings(FilterFields):
    name: str = Field(min_length=1, max_length=100)
    platform: Literal["console", "slack", "discord", "slack-webhook", "discord-webhook"] = "console"
    target: str = ""  # Slack/Discord channel id; unused for console and webhooks
    webhook_env: str = ""  # for *-webhook: the environment variable holding the webhook URL
    feeds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    schedule: Schedule = ("08:00",)  # times of day, "HH:MM"
    days: str = "*"  # cron day_of_week: "*", "mon-fri", "mon,wed,fri"
    timezone: TimeZone = "UTC"
    max_items: int = Field(default=15, ge=1, le=200)
    group_by: Literal["none", "source", "tag"] = "none"
    # coverage: stories in the most independent sources first, then the newest, then those matching
    # the most watchlist terms; recency: the newest first
    rank: Literal["recency", "coverage"] = "coverage"
    title: str = ""
    # Real time: new items are posted as they arrive (at most realtime_max per poll;
    # the rest wait for the digest). realtime_tags limits it to feeds/articles with
    # those tags; the rest still come in the digest.
    realtime: bool = False
    realtime_tags: tuple[str, ...] = ()
    realtime_max: int = Field(default=5, ge=1, le=50)
    nothing_new: Literal["skip", "post"] = "skip"  # a digest time with nothing new: stay quiet, or say so
    # Watchlist: a new article matching one of these is posted at once, even in a digest-only channel.
    watchlist: tuple[Keyword, ...] = ()
    watchlist_regex: tuple[Regex, ...] = ()
    # Who to ping with a watchlist post (the only mention Tidings ever makes): a Slack user
    # group (S…) or user (U…) id, or a Discord role id.
    watchlist_mention: str = ""

    def compiled_watchlist(self):
        from ..filters import build_filter

        return build_filter(
            f"channel {self.name} watchlist", include=self.watchlist, include_regex=self.watchlist_regex
        )

    @field_validator("watchlist_mention")
    @classmethod
    def _mention(cls, value: str) -> str:
        if value and not (SLACK_MENTION.fullmatch(value) or DISCORD_ROLE.fullmatch(value)):
            raise ValueError(f"expected a Slack user group or user id (S…, U…) or a Discord role id, got {value!r}")
        return value

    @field_validator("days")
    @classmethod
    def _days(cls, value: str) -> str:
        names = "mon|tue|wed|thu|fri|sat|sun"
        if not re.fullmatch(rf"\*|(?:(?:{names})(?:-(?:{names}))?)(?:,(?:{names})(?:-(?:{names}))?)*", value.lower()):
            raise ValueError(f"expected '*' or days like 'mon-fri' or 'mon,wed,fri', got {value!r}")
        return value.lower()

    @field_validator("tags", "realtime_tags")
    @classmethod
    def _tags(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(t.strip().lower() for t in value if t.strip())

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def times(self) -> tuple[time, ...]:
        return tuple(parse_time_of_day(t) for t in self.schedule)


class AlertSettings(Section):
    """Telling the admin: feeds that keep failing, chat targets that refuse posts."""

    channel: str = ""  # a [[channels]] name to post alerts to ("" = only the log)
    feed_failures: int = Field(default=5, ge=1, le=1000)  # report a feed after this many failed polls in a row


class SlackSettings(Section):
    """The Slack app. Tokens come from SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET."""

    api_base_url: str = "https://slack.com/api/"
    mode: Literal["socket", "http"] = "socket"
    http_host: str = "0.0.0.0"
    http_port: int = Field(default=3000, ge=1, le=65535)
    http_path: str = "/slack/events"
    command: str = "/news"
    admins: tuple[str, ...] = ()  # Slack user ids allowed to run mutating commands
    split: Literal["messages", "thread"] = "messages"


class DiscordSettings(Section):
    """The Discord bot. The token comes from DISCORD_TOKEN."""

    api_base_url: str = "https://discord.com/api/v10"
    gateway_url: str = "wss://gateway.discord.gg/"
    guild_id: int | None = None  # sync commands to one guild at once (global sync otherwise)
    admin_roles: tuple[str, ...] = ()  # role names or ids allowed to run mutating commands

    @field_validator("admin_roles", mode="before")
    @classmethod
    def _role_ids_as_text(cls, value: Any) -> Any:
        """Role ids may be written as numbers (as Discord shows them)."""
        if isinstance(value, list | tuple):
            return tuple(str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in value)
        return value

    command: str = "news"


class LlmSettings(Section):
    """[summaries.llm]: a model behind an OpenAI-compatible chat-completions endpoint
    (a local Ollama, llama.cpp server or vLLM, or a hosted one), used when mode = "llm"."""

    base_url: Annotated[str, AfterValidator(_check_endpoint)] = "http://127.0.0.1:11434/v1"
    model: str = Field(default="llama3.2", min_length=1, max_length=200)
    # The variable's name, never the key: unset (or empty) means no Authorization header.
    api_key_env: Annotated[str, AfterValidator(_check_env_name)] = "TIDINGS_LLM_API_KEY"
    timeout: Duration = Field(default=20.0, gt=0, le=600)
    max_requests_per_day: int = Field(default=500, ge=0, le=1_000_000)


class SummarySettings(Section):
    """[summaries]: what a story's entry says (bot/stories.py). "lede": the lead
    article's first sentences (its excerpt); "extractive": sentences chosen from
    every source (bot/summary.py); "llm": a model's summary, extractive when it fails."""

    mode: Literal["lede", "extractive", "llm"] = "extractive"
    max_sentences: int = Field(default=3, ge=1, le=10)
    llm: LlmSettings = Field(default_factory=LlmSettings)


class MetricsSettings(Section):
    """/metrics (Prometheus) and /healthz over HTTP; off unless listen is set."""

    listen: Annotated[str, AfterValidator(_check_listen)] = ""  # "127.0.0.1:9464"; "" = off


class LoggingSettings(Section):
    """The log: human text or one JSON object a line, to stderr or a rotated file."""

    format: Literal["text", "json"] = "text"
    level: Literal["debug", "info", "warning", "error"] = "info"
    file: str = ""  # a path (relative to the settings file); "" = standard error
    max_size: Size = 10 * 1024 * 1024  # the file is rotated at this size
    backups: int = Field(default=5, ge=1, le=100)  # rotated files kept (tidings.log.1 … .N)


class Settings(Section):
    storage: StorageSettings = Field(default_factory=StorageSettings)
    polling: PollingSettings = Field(default_factory=PollingSettings)
    digest: DigestSettings = Field(default_factory=DigestSettings)
    summaries: SummarySettings = Field(default_factory=SummarySettings)
    feeds: tuple[FeedSettings, ...] = ()
    channels: tuple[ChannelSettings, ...] = ()
    slack: SlackSettings = Field(default_factory=SlackSettings)
    discord: DiscordSettings = Field(default_factory=DiscordSettings)
    alerts: AlertSettings = Field(default_factory=AlertSettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)

    # Filled in by load_settings, not read from the file.
    source: str = Field(default="<defaults>", exclude=True)
    base_dir: str = Field(default=".", exclude=True)

    def feed(self, name: str) -> FeedSettings | None:
        return next((f for f in self.feeds if f.name.casefold() == name.casefold()), None)

    def channel(self, name: str) -> ChannelSettings | None:
        return next((c for c in self.channels if c.name.casefold() == name.casefold()), None)

    def feeds_for(self, channel: ChannelSettings) -> list[FeedSettings]:
        """The feeds a channel follows in the settings file: by name or by tag."""
        return followed_feeds(channel, self.feeds)

    @property
    def database_url(self) -> str:
        return resolve_database_url(self.storage.url, Path(self.base_dir))

    @property
    def log_file(self) -> Path | None:
        """[logging] file, relative to the settings file's folder; None for standard error."""
        return Path(self.base_dir) / self.logging.file if self.logging.file else None


def followed_feeds(
    channel: ChannelSettings, feeds: Iterable[FeedSettings], subscriptions: Iterable[tuple[str, str]] = ()
) -> list[FeedSettings]:
    """The feeds a channel follows, by name or by tag: in the settings file, and
    by the (kind, value) subscriptions added from chat (bot/catalog.py)."""
    names = {n.casefold() for n in channel.feeds}
    tags = set(channel.tags)
    for kind, value in subscriptions:
        if kind == "feed":
            names.add(value.casefold())
        else:
            tags.add(value)
    return [f for f in feeds if f.name.casefold() in names or tags & set(f.tags)]


def resolve_database_url(url: str, base_dir: Path) -> str:
    """Relative SQLite paths are taken from the settings file's folder."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
        path = url[len(prefix) :]
        return prefix + str((base_dir / path).resolve())
    return url
