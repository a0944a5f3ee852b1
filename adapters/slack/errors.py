"""What a failed Slack call means: wait, retry, or give up with one clear line.

Used with ``adapters.retry.with_retries`` by the Web API adapter, the incoming
webhook adapter and the slash-command replies (response URLs).
"""

from __future__ import annotations

import asyncio

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError

from ..retry import Failure

# Slack error codes retrying cannot fix, with what the admin should do.
# https://api.slack.com/methods/chat.postMessage#errors
_PERMANENT = {
    "not_in_channel": "the bot is not in channel {channel}: invite it there with /invite @Tidings",
    "channel_not_found": "channel {channel} was not found: check `target` in settings.toml "
    "(the channel id, like C0123ABCD; a private channel needs /invite @Tidings first)",
    "is_archived": "channel {channel} is archived: unarchive it or point `target` at another channel",
    "channel_is_archived": "channel {channel} is archived: unarchive it or point `target` at another channel",
    "missing_scope": "the bot token lacks the {needed} scope: add it under OAuth & Permissions "
    "(or recreate the app from slack-app-manifest.yml) and reinstall the app",
    "restricted_action": "the workspace does not let the bot post in {channel}: ask a workspace admin",
    "invalid_auth": "Slack refused SLACK_BOT_TOKEN (invalid_auth): copy the Bot User OAuth Token (xoxb-…) again",
    "not_authed": "no SLACK_BOT_TOKEN was sent: set it in the environment",
    "token_revoked": "SLACK_BOT_TOKEN was revoked: reinstall the app and copy the new xoxb- token",
    "token_expired": "SLACK_BOT_TOKEN has expired: reinstall the app and copy the new xoxb- token",
    "account_inactive": "the Slack app was uninstalled or its account deactivated (account_inactive): reinstall it",
    "not_allowed_token_type": "SLACK_BOT_TOKEN is not a bot token: use the Bot User OAuth Token (xoxb-…)",
    "team_access_not_granted": "the token has no access to this workspace: reinstall the app there",
}
# Slack's own "try again later" codes (sometimes sent with HTTP 200).
_TRANSIENT = {
    "internal_error",
    "fatal_error",
    "service_unavailable",
    "request_timeout",
    "ratelimited",
    "team_added_to_org",
}
# Incoming-webhook and response-URL errors (HTTP status + a plain-text code).
# https://api.slack.com/messaging/webhooks#handling_errors
_WEBHOOK_PERMANENT = {
    "no_service": "the webhook URL is no longer valid (no_service): create a new incoming webhook and update {channel}",
    "no_team": "the webhook URL is no longer valid (no_team): create a new incoming webhook and update {channel}",
    "team_disabled": "the workspace of the webhook was disabled: create a new incoming webhook and update {channel}",
    "invalid_token": "the webhook URL is no longer valid (invalid_token): create a new incoming webhook and update {channel}",
    "action_prohibited": "an admin restricted posting through this webhook (action_prohibited)",
    "posting_to_general_channel_denied": "only admins may post to that channel: pick another channel for the webhook",
    "channel_not_found": "the webhook's channel was deleted (channel_not_found): create a new incoming webhook",
    "channel_is_archived": "the webhook's channel is archived: unarchive it or create a new incoming webhook",
}


class WebhookFailed(Exception):
    """A webhook or response-URL post that Slack did not answer with 200 "ok"."""

    def __init__(self, status: int, body: str, retry_after: str | None = None):
        super().__init__(f"HTTP {status}: {body[:200]}")
        self.status, self.body, self.retry_after = status, (body or "").strip(), retry_after


def _retry_after(value) -> float:
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return 1.0  # Slack always sends one; be safe if a proxy drops it


def api_error_code(exc: SlackApiError) -> str | None:
    """The ``error`` field, if the body was JSON (a proxy's 502 page is not)."""
    data = getattr(exc.response, "data", None)
    return data.get("error") if isinstance(data, dict) else None


def classify(exc: BaseException, *, channel: str = "") -> Failure | None:
    """For ``with_retries``: how to handle an exception from slack_sdk or aiohttp."""
    if isinstance(exc, SlackApiError):
        status = exc.response.status_code
        if status == 429:
            return Failure(
                "rate limited by Slack", retry=True, wait=_retry_after(exc.response.headers.get("Retry-After"))
            )
        if status >= 500:
            return Failure(f"Slack answered HTTP {status}", retry=True)
        code = api_error_code(exc)
        if code in _PERMANENT:
            needed = exc.response.data.get("needed") or "needed"
            return Failure(_PERMANENT[code].format(channel=channel or "?", needed=needed), retry=False, permanent=True)
        if code in _TRANSIENT:
            return Failure(f"Slack said {code}", retry=True)
        detail = ""
        if isinstance(exc.response.data, dict):
            messages = exc.response.data.get("response_metadata", {}).get("messages") or []
            detail = f" ({'; '.join(messages[:3])})" if messages else ""
        return Failure(f"Slack refused the message: {code or f'HTTP {status}'}{detail}", retry=False)
    if isinstance(exc, WebhookFailed):
        if exc.status == 429:
            return Failure("rate limited by Slack", retry=True, wait=_retry_after(exc.retry_after))
        if exc.status >= 500:
            return Failure(f"Slack answered HTTP {exc.status}", retry=True)
        if exc.body in _WEBHOOK_PERMANENT or exc.status in (403, 404, 410):
            message = _WEBHOOK_PERMANENT.get(exc.body, f"Slack refused the webhook (HTTP {exc.status} {exc.body})")
            return Failure(message.format(channel=channel or "its environment variable"), retry=False, permanent=True)
        return Failure(f"Slack refused the message: HTTP {exc.status} {exc.body}", retry=False)
    if isinstance(exc, asyncio.TimeoutError):  # the post may have arrived: Slack has no idempotency key
        return Failure("Slack did not answer in time", retry=True)
    if isinstance(exc, aiohttp.ClientError | ConnectionError):
        return Failure(f"could not reach Slack ({type(exc).__name__}: {exc})", retry=True)
    if isinstance(exc, SlackClientError):  # e.g. a malformed base_url
        return Failure(f"could not call Slack: {exc}", retry=False)
    return None
