"""The kinds of value a settings file holds, each with its check: durations
("30m"), sizes ("10MB"), times of day and schedules, time zones, keywords and
regular expressions, endpoints, environment variable names, mentions."""

from __future__ import annotations

import math
import re
from datetime import time
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .markers import After, Before

# The only mention Tidings ever makes (a watchlist post's ``watchlist_mention``):
SLACK_MENTION = re.compile(r"[SUW][A-Z0-9]{2,20}")  # a Slack user group (S…) or user (U…, W…) id
DISCORD_ROLE = re.compile(r"\d{5,25}")  # a Discord role id

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


Duration = Annotated[float, Before(parse_duration)]
Size = Annotated[int, Before(parse_size)]


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
    Before(lambda v: (v,) if isinstance(v, str) else v),
    After(_times_of_day),
]
TimeZone = Annotated[str, After(_check_timezone)]


def parse_time_of_day(value: str) -> time:
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", value or "")
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValueError(f"expected a time of day like '08:30', got {value!r}")
    return time(int(m.group(1)), int(m.group(2)))


def _check_regex(value: str) -> str:
    from ..filters import FilterError, regex_pattern

    try:
        regex_pattern(value)
    except FilterError as exc:
        raise ValueError(str(exc)) from None
    return value


def _check_keyword(value: str) -> str:
    if not value.strip():
        raise ValueError("an empty keyword matches nothing; remove it")
    return value


Regex = Annotated[str, After(_check_regex)]
Keyword = Annotated[str, After(_check_keyword)]


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


def parse_listen(listen: str) -> tuple[str, int]:
    """'127.0.0.1:9464' → ('127.0.0.1', 9464); '[::1]:9464' for IPv6. Raises ValueError."""
    host, sep, port = listen.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) <= 65535:  # 0: any free port
        raise ValueError(f"expected HOST:PORT like '127.0.0.1:9464', got {listen!r}")
    return host.strip("[]"), int(port)


def _check_listen(value: str) -> str:
    if value:
        parse_listen(value)
    return value
