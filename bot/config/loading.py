"""Loading a settings file: TOML → ``Settings``, every mistake one line naming
the file, the key and what is wrong, collected into one ``ConfigError`` so the
admin fixes them all in one go; a value that looks like a secret is refused."""

from __future__ import annotations

import dataclasses
import difflib
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, urlsplit

from pydantic import ValidationError

from ..secret_shapes import secret_in
from ..urls import hostname_problem
from .problems import ConfigError
from .repair import follows_from, key_name, without_bad_values
from .sections import (
    AlertSettings,
    ChannelSettings,
    DigestSettings,
    DiscordSettings,
    FeedSettings,
    LoggingSettings,
    MetricsSettings,
    PollingSettings,
    Settings,
    SlackSettings,
    StorageSettings,
)


def load_settings(path: str | Path) -> Settings:
    """Read and validate a settings file. Raises ConfigError listing every problem."""
    import tomllib  # (not for settings as checked before: bot/config/cache.py)

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
        settings = Settings.validate(raw)
    except ValidationError as exc:
        problems += [f"{source}: {key_name(err['loc'], raw)}: {_explain(err, raw)}" for err in exc.errors()]
        repaired = without_bad_values(raw, [err["loc"] for err in exc.errors()])
        if repaired is None:  # a required key is missing: the rest cannot be checked against it
            raise ConfigError(problems) from None
        settings, removed = repaired
    base = base_dir or Path.cwd()
    feeds: list[FeedSettings] = []
    split = _Splits()  # each feed's URL split once, for _feed_url and _cross_check
    for i, f in enumerate(settings.feeds):
        try:
            url = _feed_url(f.url, base, split)
            # (a copy only where the URL changed: 10,000 feeds' copies held 7 MB more than the feeds themselves)
            feeds.append(f if url == f.url else f.replace(url=url))
        except (ValueError, OverflowError) as exc:  # a NUL in a path, a malformed IPv6 host
            problems.append(f"{source}: feeds[{i}] ({f.name}).url: {f.url!r} is not a usable URL or path: {exc}")
            feeds.append(f)
    settings = settings.replace(feeds=tuple(feeds), source=source, base_dir=str(base))
    cross = _cross_check(settings, split)
    if removed:
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


_KNOWN_KEYS: dict[str, type] = {
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
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        section = next((p for p in err["loc"][:-1] if isinstance(p, str)), "")
        model = _KNOWN_KEYS.get(section, Settings)
        fields = [f.name for f in dataclasses.fields(model) if f.name not in ("source", "base_dir")]
        close = difflib.get_close_matches(str(err["loc"][-1]), fields, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(fields)})"
        return "unknown key" + hint
    if kind in ("missing", "missing_keyword_only_argument", "missing_argument"):
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
    if kind in ("model_type", "model_attributes_type", "dict_type", "dataclass_type"):
        return f"expected a table (a [section] or {{ key = value }}), got {value!r}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{value!r} is out of range ({err['msg'].lower()})"
    if kind in ("string_too_short",):
        return "must not be empty"
    msg = err["msg"]
    return msg.removeprefix("Value error, ")


class _Splits(dict):
    """``urlsplit`` of each URL once (urlsplit's own cache keeps 128: a settings file
    of 1,000 feeds split each URL three times, a tenth of loading it: issue 18)."""

    def __call__(self, url: str) -> SplitResult:
        parts = self.get(url)
        if parts is None:
            parts = self[url] = urlsplit(url)
        return parts


def _feed_url(url: str, base: Path, split=urlsplit) -> str:
    """Feed URLs: http(s) and file:// as given; a bare path becomes a file:// URL."""
    url = url.strip()
    scheme = split(url).scheme.lower()
    if scheme in ("http", "https", "file"):
        return url
    if scheme == "" or (len(scheme) == 1 and url[1:3] in (":\\", ":/")):  # a Windows drive
        return (base / url).resolve().as_uri()
    return url  # reported by _cross_check


def _cross_check(settings: Settings, split=urlsplit) -> list[tuple[str, str]]:
    problems = []
    names: dict[str, int] = {}
    all_tags = {t for f in settings.feeds for t in f.tags}
    for i, feed in enumerate(settings.feeds):
        key = f"feeds[{i}] ({feed.name})"
        if feed.name.casefold() in names:
            problems.append((f"{key}.name", f"duplicate feed name (also feeds[{names[feed.name.casefold()]}])"))
        names.setdefault(feed.name.casefold(), i)
        try:
            parts = split(feed.url)
        except ValueError:
            continue  # reported when the URL was resolved
        if parts.scheme not in ("http", "https", "file"):
            problems.append((f"{key}.url", f"{feed.url!r} is not an http://, https:// or file:// URL or a path"))
        elif parts.scheme in ("http", "https") and not (host := parts.hostname):
            problems.append((f"{key}.url", f"{feed.url!r} has no host name"))
        elif parts.scheme in ("http", "https") and (problem := hostname_problem(host)):  # = host_problem(feed.url)
            problems.append((f"{key}.url", f"{feed.url!r}: {problem}"))  # (a..b: no request could be made)
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
