"""Chat adapters: Slack, Discord, their webhooks and the console.

Each implements ``bot.chat.Adapter`` and is registered by name in
``adapters/platforms.py`` (the ``tidings.adapters`` entry points): the core
finds them through ``bot.chat.platform`` and never imports this package.
"""
