"""settings.toml → validated, typed settings.

Every mistake becomes one line naming the file, the key and what is wrong,
collected into a single ConfigError so the admin fixes them all in one go.
Secrets never live in this file: tokens come from the environment, and a
value that looks like a token is refused.

The rooms: ``values`` (the kinds of value and their checks), ``markers`` (how a
value's type carries its checks), ``sections`` (a frozen dataclass per section),
``checking`` (pydantic over them), ``loading`` (the file to ``Settings``, errors
explained), ``repair`` (checking the rest when some values are wrong), ``cache``
(settings as checked before). ``load_settings`` and ``settings_from_dict`` import
pydantic when first used, not with this package (issue 18: settings from the cache
are used without it).
"""

from typing import TYPE_CHECKING, Any

from .cache import cached_settings
from .problems import ConfigError
from .sections import (
    DEFAULT_USER_AGENT,
    AlertSettings,
    ChannelSettings,
    DigestSettings,
    DiscordSettings,
    FeedSettings,
    LlmSettings,
    LoggingSettings,
    MetricsSettings,
    PollingSettings,
    Settings,
    SlackSettings,
    StorageSettings,
    SummarySettings,
    followed_feeds,
    resolve_database_url,
)
from .values import DISCORD_ROLE, SLACK_MENTION, parse_duration, parse_listen, parse_size, parse_time_of_day

if TYPE_CHECKING:
    from .loading import load_settings, settings_from_dict
else:

    def __getattr__(name: str) -> Any:
        if name in ("load_settings", "settings_from_dict"):
            from . import loading

            return getattr(loading, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_USER_AGENT",
    "DISCORD_ROLE",
    "SLACK_MENTION",
    "AlertSettings",
    "ChannelSettings",
    "ConfigError",
    "DigestSettings",
    "DiscordSettings",
    "FeedSettings",
    "LlmSettings",
    "LoggingSettings",
    "MetricsSettings",
    "PollingSettings",
    "Settings",
    "SlackSettings",
    "StorageSettings",
    "SummarySettings",
    "cached_settings",
    "followed_feeds",
    "load_settings",
    "parse_duration",
    "parse_listen",
    "parse_size",
    "parse_time_of_day",
    "resolve_database_url",
    "settings_from_dict",
]
