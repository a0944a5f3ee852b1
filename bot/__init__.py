"""Tidings core: settings, fetching, parsing, cleaning, storage, digests and commands.

It knows chat platforms only through bot.chat (see docs/architecture.md).
"""
