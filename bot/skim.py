"""A feed's first poll, skimmed: the document parsed and fingerprinted, nothing cleaned.

Everything a first poll stores is history — never posted, shown only by a channel's
first digest, search and ``/news story`` — and cleaning it is most of a cold cycle's
work (issue 18: 94 % of a parse worker's time). So the first poll keeps the document
itself (zlib), with every entry's fingerprint for the next poll, and the entries are
read when they are first needed or when the bot is idle (bot/backlog.py). Runs in a
parse worker, like bot/normalize.py ``read_feed``, which reads the document then.
"""

from __future__ import annotations

import zlib
from datetime import datetime

from .entryprints import packed, parse_with_prints
from .models import FeedContent
from .mojibake import repair_mojibake
from .titles import clean_title

LEVEL = 1  # zlib's fastest: a corpus document shrinks ~4-6 times in ~2 ms a megabyte


def skim_feed(
    body: bytes, *, url: str, content_type: str = "", source: str, now: datetime, excerpt_length: int,
    fast: bool = True,
) -> FeedContent:  # fmt: skip
    """Bytes to what a first poll keeps: the feed's title, format, warning, TTL and entry
    fingerprints, and the document to read later (``backlog``, empty when it has no entry).
    Raises parse.FeedError with a readable message, as read_feed does (``source``: the same call)."""
    parsed, prints = parse_with_prints(body, url=url, content_type=content_type, now=now,
                                       excerpt_length=excerpt_length, fast=fast)  # fmt: skip
    title = clean_title(repair_mojibake(parsed.title), is_html=parsed.title_is_html)
    return FeedContent(title=title, format=parsed.format, articles=[], warning=parsed.warning, ttl=parsed.ttl,
                       entry_prints=packed(prints),
                       backlog=zlib.compress(body, LEVEL) if parsed.entries else b"",
                       backlog_entries=len(parsed.entries))  # fmt: skip
