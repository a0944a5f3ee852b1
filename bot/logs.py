"""Logging: one readable line per event, and secrets never reach a log."""

from __future__ import annotations

import logging
import sys

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


def setup_logging(verbose: bool = False) -> None:
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(message)s", "%H:%M:%S"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("alembic", "apscheduler", "aiohttp", "slack_bolt", "slack_sdk", "discord", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
