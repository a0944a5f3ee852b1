"""Logging: one readable line per event, and secrets never reach a log."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from .secret_shapes import ANY_SECRET

# Anything shaped like a token or a webhook URL is masked, whatever logged it
# (our code, aiohttp, slack_sdk or discord.py, in a message or a traceback).
_SECRETS = ANY_SECRET


def redact(text: str) -> str:
    return _SECRETS.sub(lambda m: m.group(0)[:5] + "…[redacted]", text)


class RedactingFilter(logging.Filter):
    """Masks secrets in a record's message, its traceback and its stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: the handler reports it (handleError), not the caller
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            if redact(text) != text:
                record.exc_text = redact(text)
                record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is now (tests and tools swap it)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value):
        pass


LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
NOISY = ("alembic", "apscheduler", "aiohttp", "slack_bolt", "slack_sdk", "discord", "asyncio")


class JsonFormatter(logging.Formatter):
    """One JSON object a line ([logging] format = "json"): time (UTC, ISO 8601),
    level, logger, message, and exception/stack when there is one. Every text
    field is redacted again here, whatever the filter before it did."""

    def format(self, record: logging.LogRecord) -> str:
        from datetime import UTC, datetime

        try:
            message = record.getMessage()
        except Exception:  # a broken format string: show it as it is rather than lose the line
            message = f"{record.msg} {record.args}"
        out = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": redact(message),
        }
        if record.exc_info:
            out["exception"] = redact(self.formatException(record.exc_info))
        elif record.exc_text:
            out["exception"] = redact(record.exc_text)
        if record.stack_info:
            out["stack"] = redact(self.formatStack(record.stack_info))
        return json.dumps(out, ensure_ascii=False)


def setup_logging(
    verbose: bool = False, *, format: str = "text", level: str = "info", file: Path | None = None,
    max_size: int = 10 * 1024 * 1024, backups: int = 5,
) -> None:  # fmt: skip
    """Log through one redacting handler: to stderr, or to ``file`` rotated at
    ``max_size`` keeping ``backups`` old files. ``verbose`` (-v) means debug."""
    handler: logging.Handler
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        from logging.handlers import RotatingFileHandler  # only for a log file (socket, pickle, queue: not at start)

        handler = RotatingFileHandler(file, maxBytes=max_size, backupCount=backups, encoding="utf-8")
    else:
        handler = _StderrHandler()
    if format == "json":
        handler.setFormatter(JsonFormatter())
    elif file is not None:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(message)s", "%H:%M:%S"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in root.handlers:
        if isinstance(old, logging.FileHandler | _StderrHandler):
            old.close()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else LEVELS[level])
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else max(logging.WARNING, LEVELS[level]))


def apply_settings(settings, verbose: bool = False) -> None:
    """The [logging] section of a loaded settings file. A log file that cannot be
    opened is a settings problem (ConfigError: one line, exit code 2)."""
    from .config import ConfigError

    cfg = settings.logging
    if cfg == type(cfg)() and not verbose:  # (the defaults)
        return  # the defaults: what setup_logging() at start already set up
    try:
        setup_logging(verbose, format=cfg.format, level=cfg.level, file=settings.log_file, max_size=cfg.max_size,
                      backups=cfg.backups)  # fmt: skip
    except OSError as exc:
        raise ConfigError(
            [f"{settings.source}: logging.file: cannot write {settings.log_file}: {exc.strerror or exc}"]
        ) from None
