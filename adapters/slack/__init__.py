"""Slack: the bolt app (Socket Mode or HTTP) and incoming webhooks.

``render`` is pure (Block Kit from neutral digests and replies); ``app`` and
``webhook`` do the talking. Imported only when a channel uses Slack.
"""

from .app import SlackAdapter
from .webhook import SlackWebhookAdapter

__all__ = ["SlackAdapter", "SlackWebhookAdapter"]
