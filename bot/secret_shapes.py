"""The shapes of chat secrets (tokens, webhook URLs) and model API keys, in one table: the settings
file refuses a value of one of these shapes (config.py) and the logs mask them,
whatever logged them (logs.py)."""

from __future__ import annotations

import re
from typing import NamedTuple


class Shape(NamedTuple):
    what: str  # "a Slack token": how an error names it
    pattern: str  # a regular expression
    where: str  # where the secret belongs instead


WEBHOOK_ENV = "an environment variable named by webhook_env"

SHAPES = (
    Shape("a Slack token", r"xox[abposr]-[0-9A-Za-z-]+", "SLACK_BOT_TOKEN"),
    Shape("a Slack app token", r"xapp-[0-9A-Za-z-]+", "SLACK_APP_TOKEN"),
    Shape(
        "a Slack webhook URL",
        r"(?:https?://)?hooks\.slack(?:-gov)?\.com/(?:services|workflows|triggers)/\S+",
        WEBHOOK_ENV,
    ),
    # discord.py puts the API version in webhook URLs (/api/v10/webhooks/...).
    Shape(
        "a Discord webhook URL",
        r"(?:https?://)?(?:canary\.|ptb\.)?discord(?:app)?\.com/api/(?:v\d+/)?webhooks/\S+",
        WEBHOOK_ENV,
    ),  # fmt: skip
    # The same through any API base (a proxy, a test server), and interaction tokens.
    Shape("a Discord webhook URL", r"/(?:webhooks|interactions)/\d{15,22}/[A-Za-z0-9_.-]{20,}", WEBHOOK_ENV),
    # Bot tokens: base64 of the bot's id (17-20 digits), a timestamp, an HMAC.
    Shape("a Discord bot token", r"\b[MNO][A-Za-z\d_-]{22,27}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}", "DISCORD_TOKEN"),
    # Language model API keys (OpenAI's sk-…, sk-proj-…, and the many services that copy the shape).
    Shape(
        "a model API key", r"\bsk-[A-Za-z0-9_-]{20,}", "the environment variable named by [summaries.llm] api_key_env"
    ),
)

ANY_SECRET = re.compile("|".join(shape.pattern for shape in SHAPES))


# Every shape's match holds one of these, but a Discord bot token's, which is 58 characters
# at least: a shorter text without any of them holds no secret (tests/test_security.py).
_WORDS = ("xox", "xapp-", "hooks.slack", "webhooks/", "interactions/", "sk-")
_SHORTEST_TOKEN = 58


def secret_in(text: str) -> Shape | None:
    """The first shape of secret found in ``text``, if any. The settings file checks every
    value at every start (1,000 feeds: 2,000 texts): a short text without the shapes' words
    is passed at once, the others searched with ANY_SECRET first (their union matches where
    one of them does; it tries every alternative at every position, ~5 µs a text: issue 18)."""
    if len(text) < _SHORTEST_TOKEN and not any(word in text for word in _WORDS):
        return None
    if ANY_SECRET.search(text) is None:
        return None
    return next((shape for shape in SHAPES if re.search(shape.pattern, text)), None)
