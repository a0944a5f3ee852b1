"""The settings, one frozen dataclass per section of settings.toml, each field
with its checks (the kinds of value they hold: bot/config/values.py, markers.py).
Unknown keys are refused (``Section``); ``Settings`` is the whole file. Pydantic
validates a file against these classes (bot/config/checking.py) but this module
never imports it: settings taken from the cache are used without it (issue 18)."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal, Self
from zoneinfo import ZoneInfo

from .markers import After, Before, Limits
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


def _semantic_installed(value: bool) -> bool:
    import importlib.util

    if value and importlib.util.find_spec("wordllama") is None:
        raise ValueError("needs the word vectors, which are an extra: pip install 'tidings[semantic]'")
    return value


def _name(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


def normal_tags(value: tuple[str, ...]) -> tuple[str, ...]:
    """Tags as the settings hold them: lower case, trimmed, none empty."""
    return tuple(t.strip().lower() for t in value if t.strip())


def _mention(value: str) -> str:
    if value and not (SLACK_MENTION.fullmatch(value) or DISCORD_ROLE.fullmatch(value)):
        raise ValueError(f"expected a Slack user group or user id (S…, U…) or a Discord role id, got {value!r}")
    return value


_DAY = "(?:mon|tue|wed|thu|fri|sat|sun)"
_DAYS = re.compile(rf"\*|{_DAY}(?:-{_DAY})?(?:,{_DAY}(?:-{_DAY})?)*")


def _days(value: str) -> str:
    if not _DAYS.fullmatch(value.lower()):
        raise ValueError(f"expected '*' or days like 'mon-fri' or 'mon,wed,fri', got {value!r}")
    return value.lower()


def _role_ids_as_text(value: Any) -> Any:
    """Role ids may be written as numbers (as Discord shows them)."""
    if isinstance(value, list | tuple):
        return tuple(str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in value)
    return value


Name = Annotated[str, Limits(min_length=1, max_length=100), After(_name)]
Tags = Annotated[tuple[str, ...], After(normal_tags)]


class Section:
    """A section's keys: each subclass is a frozen, keyword-only dataclass."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}  # (unknown keys refused)

    @classmethod
    def validate(cls, data: Any) -> Self:
        """``data`` (a table of the file) checked and converted; raises pydantic's ValidationError."""
        from .checking import validate

        return validate(cls, data)

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (not checked again)."""
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


@dataclass(frozen=True, kw_only=True)
class StorageSettings(Section):
    """Where the archive lives. Any SQLAlchemy URL; relative SQLite paths are
    relative to the settings file."""

    url: str = "sqlite:///data/tidings.db"
    retention_days: Annotated[int, Limits(ge=1)] = 90


@dataclass(frozen=True, kw_only=True)
class PollingSettings(Section):
    interval: Duration = 1800.0  # how often each feed is polled unless it says otherwise
    concurrency: Annotated[int, Limits(ge=1, le=1000)] = 16
    per_host: Annotated[int, Limits(ge=1, le=100)] = 2
    connect_timeout: Duration = 10.0
    timeout: Duration = 30.0  # a total deadline per request, body included
    max_body: Size = 10 * 1024 * 1024
    max_redirects: Annotated[int, Limits(ge=0, le=20)] = 5
    user_agent: str = DEFAULT_USER_AGENT
    max_backoff: Duration = 6 * 3600.0  # the longest wait between polls of a failing feed
    # Feeds added from chat may not reach loopback, private, link-local or reserved
    # addresses (checked on the resolved address at connect time). Feeds in this file
    # are trusted either way; set this for an intranet where chat users may add feeds.
    allow_private_networks: bool = False
    tick: Duration = 60.0  # how often the bot looks for due feeds and due deliveries
    # Processes that parse feeds (and read article pages) beside the bot, so the event
    # loop never waits on parsing; 0 parses in a thread of the bot's own process.
    parse_workers: Annotated[int, Limits(ge=0, le=64)] = field(default_factory=lambda: os.cpu_count() or 2)
    lease: Duration = 600.0  # how long a process may hold a feed or delivery before others may take it
    # When `tidings run` is asked to stop (SIGTERM, Ctrl-C): how long a running poll or post
    # gets to finish before it is cancelled (what it held is handed back; a post resumes later).
    stop_grace: Annotated[Duration, Limits(le=300)] = 5.0


@dataclass(frozen=True, kw_only=True)
class DigestSettings(Section):
    excerpt_length: Annotated[int, Limits(ge=40, le=2000)] = 300
    first_digest_items: Annotated[int, Limits(ge=0, le=100)] = 5
    cluster_window: Duration = 48 * 3600.0  # articles this close in time may be one story
    cluster_similarity: Annotated[int, Limits(ge=50, le=100)] = 88  # headline similarity (0-100) for one story
    # also join the same story told in other words (bot/similarity.py): needs the `semantic` extra
    cluster_semantic: Annotated[bool, After(_semantic_installed)] = False
    fetch_articles: bool = True  # fetch the article page when a feed gives only a teaser
    teaser_length: Annotated[int, Limits(ge=0, le=2000)] = 80  # excerpts shorter than this are teasers
    # For chat channels that exist because someone ran /news subscribe there:
    schedule: Schedule = ("08:00",)
    timezone: TimeZone = "UTC"
    max_items: Annotated[int, Limits(ge=1, le=200)] = 15


@dataclass(frozen=True, kw_only=True)
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


@dataclass(frozen=True, kw_only=True)
class FeedSettings(FilterFields):
    name: Name
    url: str
    tags: Tags = ()
    interval: Duration | None = None
    enabled: bool = True
    aggregator: bool = False  # republishes others' stories: a cluster prefers the original source
    fetch_articles: bool | None = None  # fetch the page when the feed gives only a teaser (default: [digest])


@dataclass(frozen=True, kw_only=True)
class ChannelSettings(FilterFields):
    name: Name
    platform: Literal["console", "slack", "discord", "slack-webhook", "discord-webhook"] = "console"
    target: str = ""  # Slack/Discord channel id; unused for console and webhooks
    webhook_env: str = ""  # for *-webhook: the environment variable holding the webhook URL
    feeds: tuple[str, ...] = ()
    tags: Tags = ()
    schedule: Schedule = ("08:00",)  # times of day, "HH:MM"
    days: Annotated[str, After(_days)] = "*"  # cron day_of_week: "*", "mon-fri", "mon,wed,fri"
    timezone: TimeZone = "UTC"
    max_items: Annotated[int, Limits(ge=1, le=200)] = 15
    group_by: Literal["none", "source", "tag"] = "none"
    # coverage: stories in the most independent sources first, then the newest, then those matching
    # the most watchlist terms; recency: the newest first
    rank: Literal["recency", "coverage"] = "coverage"
    title: str = ""
    # Real time: new items are posted as they arrive (at most realtime_max per poll;
    # the rest wait for the digest). realtime_tags limits it to feeds/articles with
    # those tags; the rest still come in the digest.
    realtime: bool = False
    realtime_tags: Tags = ()
    realtime_max: Annotated[int, Limits(ge=1, le=50)] = 5
    nothing_new: Literal["skip", "post"] = "skip"  # a digest time with nothing new: stay quiet, or say so
    # Watchlist: a new article matching one of these is posted at once, even in a digest-only channel.
    watchlist: tuple[Keyword, ...] = ()
    watchlist_regex: tuple[Regex, ...] = ()
    # Who to ping with a watchlist post (the only mention Tidings ever makes): a Slack user
    # group (S…) or user (U…) id, or a Discord role id.
    watchlist_mention: Annotated[str, After(_mention)] = ""

    def compiled_watchlist(self):
        from ..filters import build_filter

        return build_filter(
            f"channel {self.name} watchlist", include=self.watchlist, include_regex=self.watchlist_regex
        )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def times(self) -> tuple[time, ...]:
        return tuple(parse_time_of_day(t) for t in self.schedule)


@dataclass(frozen=True, kw_only=True)
class AlertSettings(Section):
    """Telling the admin: feeds that keep failing, chat targets that refuse posts."""

    channel: str = ""  # a [[channels]] name to post alerts to ("" = only the log)
    feed_failures: Annotated[int, Limits(ge=1, le=1000)] = 5  # report a feed after this many failed polls in a row


@dataclass(frozen=True, kw_only=True)
class SlackSettings(Section):
    """The Slack app. Tokens come from SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET."""

    api_base_url: str = "https://slack.com/api/"
    mode: Literal["socket", "http"] = "socket"
    http_host: str = "0.0.0.0"
    http_port: Annotated[int, Limits(ge=1, le=65535)] = 3000
    http_path: str = "/slack/events"
    command: str = "/news"
    admins: tuple[str, ...] = ()  # Slack user ids allowed to run mutating commands
    split: Literal["messages", "thread"] = "messages"


@dataclass(frozen=True, kw_only=True)
class DiscordSettings(Section):
    """The Discord bot. The token comes from DISCORD_TOKEN."""

    api_base_url: str = "https://discord.com/api/v10"
    gateway_url: str = "wss://gateway.discord.gg/"
    guild_id: int | None = None  # sync commands to one guild at once (global sync otherwise)
    admin_roles: Annotated[
        tuple[str, ...], Before(_role_ids_as_text)
    ] = ()  # role names or ids allowed to run mutating commands

    command: str = "news"


@dataclass(frozen=True, kw_only=True)
class LlmSettings(Section):
    """[summaries.llm]: a model behind an OpenAI-compatible chat-completions endpoint
    (a local Ollama, llama.cpp server or vLLM, or a hosted one), used when mode = "llm"."""

    base_url: Annotated[str, After(_check_endpoint)] = "http://127.0.0.1:11434/v1"
    model: Annotated[str, Limits(min_length=1, max_length=200)] = "llama3.2"
    # The variable's name, never the key: unset (or empty) means no Authorization header.
    api_key_env: Annotated[str, After(_check_env_name)] = "TIDINGS_LLM_API_KEY"
    timeout: Annotated[Duration, Limits(gt=0, le=600)] = 20.0
    max_requests_per_day: Annotated[int, Limits(ge=0, le=1_000_000)] = 500


@dataclass(frozen=True, kw_only=True)
class SummarySettings(Section):
    """[summaries]: what a story's entry says (bot/stories.py). "lede": the lead
    article's first sentences (its excerpt); "extractive": sentences chosen from
    every source (bot/summary.py); "llm": a model's summary, extractive when it fails."""

    mode: Literal["lede", "extractive", "llm"] = "extractive"
    max_sentences: Annotated[int, Limits(ge=1, le=10)] = 3
    llm: LlmSettings = field(default_factory=LlmSettings)


@dataclass(frozen=True, kw_only=True)
class MetricsSettings(Section):
    """/metrics (Prometheus) and /healthz over HTTP; off unless listen is set."""

    listen: Annotated[str, After(_check_listen)] = ""  # "127.0.0.1:9464"; "" = off


@dataclass(frozen=True, kw_only=True)
class LoggingSettings(Section):
    """The log: human text or one JSON object a line, to stderr or a rotated file."""

    format: Literal["text", "json"] = "text"
    level: Literal["debug", "info", "warning", "error"] = "info"
    file: str = ""  # a path (relative to the settings file); "" = standard error
    max_size: Size = 10 * 1024 * 1024  # the file is rotated at this size
    backups: Annotated[int, Limits(ge=1, le=100)] = 5  # rotated files kept (tidings.log.1 … .N)


@dataclass(frozen=True, kw_only=True)
class Settings(Section):
    storage: StorageSettings = field(default_factory=StorageSettings)
    polling: PollingSettings = field(default_factory=PollingSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    summaries: SummarySettings = field(default_factory=SummarySettings)
    feeds: tuple[FeedSettings, ...] = ()
    channels: tuple[ChannelSettings, ...] = ()
    slack: SlackSettings = field(default_factory=SlackSettings)
    discord: DiscordSettings = field(default_factory=DiscordSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    metrics: MetricsSettings = field(default_factory=MetricsSettings)
    logging: LoggingSettings = field(default_factory=LoggingSettings)

    # Filled in by load_settings, not read from the file.
    source: str = "<defaults>"
    base_dir: str = "."

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
