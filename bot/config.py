"""settings.toml → validated, typed settings.

Every mistake becomes one line naming the file, the key and what is wrong,
collected into a single ConfigError so the admin fixes them all in one go.
Secrets never live in this file: tokens come from the environment, and a
value that looks like a token is refused.
"""

from __future__ import annotations

import difflib
import math
import os
import re
import tomllib
from collections.abc import Iterable
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from .secret_shapes import secret_in

# The only mention Tidings ever makes (a watchlist post's ``watchlist_mention``):
SLACK_MENTION = re.compile(r"[SUW][A-Z0-9]{2,20}")  # a Slack user group (S…) or user (U…, W…) id
DISCORD_ROLE = re.compile(r"\d{5,25}")  # a Discord role id

DEFAULT_USER_AGENT = "Tidings/0.1 (self-hosted news digest bot; +https://github.com/tidings-bot/tidings)"


class ConfigError(Exception):
    """One or more problems in the settings file; str() lists them one per line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


MAX_DURATION = 365 * 86400.0
MAX_SIZE = 4 * 1024**3
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|secs|m|min|mins|h|hr|hrs|d|day|days)?\s*$", re.I)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: Any) -> float:
    """Seconds from 90, "90s", "30m", "1h", "1d"."""
    if isinstance(value, bool):
        raise ValueError("expected a duration like '30m', '1h' or a number of seconds")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION.match(value)):
        seconds = float(m.group(1)) * _UNITS[(m.group(2) or "s")[0].lower()]
    else:
        raise ValueError(f"expected a duration like '30m', '1h' or a number of seconds, got {value!r}")
    if not math.isfinite(seconds) or seconds > MAX_DURATION:
        raise ValueError(f"expected a duration of at most {MAX_DURATION // 86400:g} days, got {value!r}")
    if seconds <= 0:
        raise ValueError("must be more than zero")
    return seconds


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$", re.I)


def parse_size(value: Any) -> int:
    """Bytes from 1048576, "512KB", "10MB"."""
    if isinstance(value, int) and not isinstance(value, bool):
        size = value
    elif isinstance(value, str) and (m := _SIZE.match(value)):
        unit = (m.group(2) or "b").lower()[0]
        number = float(m.group(1)) * {"b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit]
        if not math.isfinite(number) or number > MAX_SIZE:
            raise ValueError(f"expected a size of at most {MAX_SIZE // 1024**3} GB, got {value!r}")
        size = int(number)
    else:
        raise ValueError(f"expected a size like '10MB' or a number of bytes, got {value!r}")
    if size > MAX_SIZE:
        raise ValueError(f"expected a size of at most {MAX_SIZE // 1024**3} GB, got {value!r}")
    if size <= 0:
        raise ValueError("must be more than zero")
    return size


Duration = Annotated[float, BeforeValidator(parse_duration)]
Size = Annotated[int, BeforeValidator(parse_size)]


def _times_of_day(value: tuple[str, ...]) -> tuple[str, ...]:
    if not value:
        raise ValueError(
            "an empty schedule means no digest is ever posted; give at least one time of day, "
            'like schedule = "08:00" or ["08:00", "17:00"]'
        )
    for item in value:
        parse_time_of_day(item)
    return value


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (use an IANA name like 'Europe/Berlin')") from None
    return value


# "08:30" or ["08:30", "17:00"]
Schedule = Annotated[
    tuple[str, ...],
    BeforeValidator(lambda v: (v,) if isinstance(v, str) else v),
    AfterValidator(_times_of_day),
]
TimeZone = Annotated[str, AfterValidator(_check_timezone)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


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


def _check_regex(value: str) -> str:
    from .filters import FilterError, regex_pattern

    try:
        regex_pattern(value)
    except FilterError as exc:
        raise ValueError(str(exc)) from None
    return value


def _check_keyword(value: str) -> str:
    if not value.strip():
        raise ValueError("an empty keyword matches nothing; remove it")
    return value


Regex = Annotated[str, AfterValidator(_check_regex)]
Keyword = Annotated[str, AfterValidator(_check_keyword)]


class FilterFields(Section):
    """Include/exclude filters (feeds and channels): over title, excerpt, tags and author."""

    include: tuple[Keyword, ...] = ()
    exclude: tuple[Keyword, ...] = ()
    include_regex: tuple[Regex, ...] = ()
    exclude_regex: tuple[Regex, ...] = ()
    case_sensitive: bool = False

    def compiled_filter(self, where: str):
        from .filters import build_filter

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
        from .filters import build_filter

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


def _check_endpoint(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"expected an http:// or https:// URL like 'http://127.0.0.1:11434/v1', got {value!r}")
    if parts.username or parts.password:
        raise ValueError("no credentials in the URL: name the variable holding the key in api_key_env")
    return value.strip().rstrip("/")  # (the client adds "/chat/completions")


def _check_env_name(value: str) -> str:
    if value and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
        raise ValueError(f"expected the name of an environment variable (like TIDINGS_LLM_API_KEY), got {value!r}")
    return value


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
    llm: LlmSettings = LlmSettings()


def _check_listen(value: str) -> str:
    if value:
        from .metrics import parse_listen

        parse_listen(value)
    return value


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
    storage: StorageSettings = StorageSettings()
    polling: PollingSettings = PollingSettings()
    digest: DigestSettings = DigestSettings()
    summaries: SummarySettings = SummarySettings()
    feeds: tuple[FeedSettings, ...] = ()
    channels: tuple[ChannelSettings, ...] = ()
    slack: SlackSettings = SlackSettings()
    discord: DiscordSettings = DiscordSettings()
    alerts: AlertSettings = AlertSettings()
    metrics: MetricsSettings = MetricsSettings()
    logging: LoggingSettings = LoggingSettings()

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


def parse_time_of_day(value: str) -> time:
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", value or "")
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValueError(f"expected a time of day like '08:30', got {value!r}")
    return time(int(m.group(1)), int(m.group(2)))


def resolve_database_url(url: str, base_dir: Path) -> str:
    """Relative SQLite paths are taken from the settings file's folder."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
        path = url[len(prefix) :]
        return prefix + str((base_dir / path).resolve())
    return url


# --- loading ----------------------------------------------------------------


def load_settings(path: str | Path) -> Settings:
    """Read and validate a settings file. Raises ConfigError listing every problem."""
    path = Path(path)
    name = str(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError([f"{name}: file not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{name}: cannot read the file: {exc}"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{name}: not valid TOML: {exc}"]) from None
    return settings_from_dict(raw, source=name, base_dir=path.resolve().parent)


def settings_from_dict(raw: dict, *, source: str = "<settings>", base_dir: Path | None = None) -> Settings:
    problems = [f"{source}: {key}: {what}" for key, what in _find_secrets(raw)]
    removed: list[tuple] = []  # the keys of values that failed validation: checked without them
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as exc:
        problems += [f"{source}: {_key(err['loc'], raw)}: {_explain(err, raw)}" for err in exc.errors()]
        from .config_repair import without_bad_values

        repaired = without_bad_values(raw, [err["loc"] for err in exc.errors()])
        if repaired is None:  # a required key is missing: the rest cannot be checked against it
            raise ConfigError(problems) from None
        settings, removed = repaired
    base = base_dir or Path.cwd()
    feeds: list[FeedSettings] = []
    for i, f in enumerate(settings.feeds):
        try:
            feeds.append(f.model_copy(update={"url": _feed_url(f.url, base)}))
        except (ValueError, OverflowError) as exc:  # a NUL in a path, a malformed IPv6 host
            problems.append(f"{source}: feeds[{i}] ({f.name}).url: {f.url!r} is not a usable URL or path: {exc}")
            feeds.append(f)
    settings = settings.model_copy(update={"feeds": tuple(feeds), "source": source, "base_dir": str(base)})
    cross = _cross_check(settings)
    if removed:
        from .config_repair import follows_from

        cross = [(key, what) for key, what in cross if not follows_from(key, removed, raw)]
    problems += [f"{source}: {key}: {what}" for key, what in cross]
    if problems:
        raise ConfigError(problems)
    return settings


def _find_secrets(raw: Any, key: str = "") -> list[tuple[str, str]]:
    found = []
    if isinstance(raw, dict):
        for k, v in raw.items():
            found += _find_secrets(v, f"{key}.{k}" if key else str(k))
    elif isinstance(raw, list):
        for i, v in enumerate(raw):
            found += _find_secrets(v, f"{key}[{i}]")
    elif isinstance(raw, str) and (shape := secret_in(raw)) is not None:  # secrets come only from the environment
        found.append((key, f"looks like {shape.what}; secrets never go in the settings file, "
                           f"set {shape.where} in the environment instead"))  # fmt: skip
    return found


def _key(loc: tuple, raw: dict) -> str:
    """('channels', 1, 'timezone') → 'channels[1] (security).timezone'."""
    out = ""
    node: Any = raw
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("name"), str):
                out += f" ({node['name']})"
        elif part in ("function-before[parse_duration(), float]", "function-before[parse_size(), int]"):
            continue
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out or "(top level)"


_KNOWN_KEYS: dict[str, type[BaseModel]] = {
    "": Settings,
    "storage": StorageSettings,
    "polling": PollingSettings,
    "digest": DigestSettings,
    "feeds": FeedSettings,
    "channels": ChannelSettings,
    "slack": SlackSettings,
    "discord": DiscordSettings,
    "alerts": AlertSettings,
    "metrics": MetricsSettings,
    "logging": LoggingSettings,
}


def _explain(err: Any, raw: dict) -> str:  # a pydantic ErrorDetails
    kind = err["type"]
    value = err.get("input")
    if kind == "extra_forbidden":
        section = next((p for p in err["loc"][:-1] if isinstance(p, str)), "")
        model = _KNOWN_KEYS.get(section, Settings)
        fields = [f for f in model.model_fields if f not in ("source", "base_dir")]
        close = difflib.get_close_matches(str(err["loc"][-1]), fields, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(fields)})"
        return "unknown key" + hint
    if kind == "missing":
        return "required key is missing"
    if kind == "literal_error":
        return f"{value!r} is not one of {err['ctx']['expected']}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, got {value!r}"
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, got {value!r}"
    if kind in ("string_type",):
        return f"expected text, got {value!r}"
    if kind in ("tuple_type", "list_type"):
        return f'expected a list like ["a", "b"], got {value!r}'
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"expected a table (a [section] or {{ key = value }}), got {value!r}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{value!r} is out of range ({err['msg'].lower()})"
    if kind in ("string_too_short",):
        return "must not be empty"
    msg = err["msg"]
    return msg.removeprefix("Value error, ")


def _feed_url(url: str, base: Path) -> str:
    """Feed URLs: http(s) and file:// as given; a bare path becomes a file:// URL."""
    url = url.strip()
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https", "file"):
        return url
    if scheme == "" or (len(scheme) == 1 and url[1:3] in (":\\", ":/")):  # a Windows drive
        return (base / url).resolve().as_uri()
    return url  # reported by _cross_check


def _cross_check(settings: Settings) -> list[tuple[str, str]]:
    problems = []
    names: dict[str, int] = {}
    all_tags = {t for f in settings.feeds for t in f.tags}
    for i, feed in enumerate(settings.feeds):
        key = f"feeds[{i}] ({feed.name})"
        if feed.name.casefold() in names:
            problems.append((f"{key}.name", f"duplicate feed name (also feeds[{names[feed.name.casefold()]}])"))
        names.setdefault(feed.name.casefold(), i)
        try:
            parts = urlsplit(feed.url)
        except ValueError:
            continue  # reported when the URL was resolved
        if parts.scheme not in ("http", "https", "file"):
            problems.append((f"{key}.url", f"{feed.url!r} is not an http://, https:// or file:// URL or a path"))
        elif parts.scheme in ("http", "https") and not parts.hostname:
            problems.append((f"{key}.url", f"{feed.url!r} has no host name"))
    if settings.alerts.channel and settings.channel(settings.alerts.channel) is None:
        problems.append(("alerts.channel", f"no channel named {settings.alerts.channel!r}"))
    channel_names: dict[str, int] = {}
    for i, channel in enumerate(settings.channels):
        key = f"channels[{i}] ({channel.name})"
        if channel.name.casefold() in channel_names:
            problems.append(
                (f"{key}.name", f"duplicate channel name (also channels[{channel_names[channel.name.casefold()]}])")
            )
        channel_names.setdefault(channel.name.casefold(), i)
        for name in channel.feeds:
            if settings.feed(name) is None:
                close = difflib.get_close_matches(name, [f.name for f in settings.feeds], n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                problems.append((f"{key}.feeds", f"no feed named {name!r}{hint}"))
        for tag in channel.tags:
            if tag not in all_tags:
                problems.append((f"{key}.tags", f"no feed has the tag {tag!r}"))
        for tag in channel.realtime_tags:
            if tag not in all_tags:
                problems.append((f"{key}.realtime_tags", f"no feed has the tag {tag!r}"))
        if not channel.feeds and not channel.tags and channel.name != settings.alerts.channel:
            problems.append((key, "follows nothing: give it feeds = [...] or tags = [...]"))
        if channel.platform in ("slack", "discord") and not channel.target:
            problems.append((f"{key}.target", f"a {channel.platform} channel needs its channel id as target"))
        if channel.platform.endswith("-webhook") and not channel.webhook_env:
            problems.append(
                (f"{key}.webhook_env", "a webhook channel needs the name of the environment variable holding its URL")
            )
    return problems
