"""Entry fingerprints: what tells a poll, before any cleaning, which entries of a
document it has read before (bot/normalize.py ``read_feed``'s ``known``) — and what
a feed's first poll keeps of its document to read later (bot/skim.py)."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from .parse import ParsedFeed, RawEntry, parse_feed

ENTRY_PRINT, MAX_PRINTS = 8, 5000  # bytes of an entry's fingerprint (blake2b); entries remembered per feed (40 KB)


def packed(prints: list[bytes]) -> bytes:
    """A document's fingerprints as stored (``FeedContent.entry_prints``): each once, in document order, MAX_PRINTS at most."""
    return b"".join(dict.fromkeys(prints[:MAX_PRINTS]))


def parse_with_prints(
    body: bytes, *, url: str, content_type: str, now: datetime, excerpt_length: int, fast: bool = True
) -> tuple[ParsedFeed, list[bytes]]:
    """The parsed document and each entry's fingerprint (``entry_print``): what a poll reads before any cleaning."""
    parsed = parse_feed(body, url=url, content_type=content_type, fast=fast, now=now)
    seed = f"{_code_version()}\x1f{excerpt_length}\x1f{fast}\x1f{url}\x1f{parsed.link}".encode()
    return parsed, [entry_print(entry, seed) for entry in parsed.entries]


@functools.cache
def _code_version() -> str:
    """A digest of the code that reads entries (bot/*.py): an upgrade, or any change to
    it, reads every entry again once, so that stored articles get the new reading."""
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


_MARKUP = re.compile(r"<[^>]*>")


def may_repeat(entries: Sequence[RawEntry]) -> bool:
    """Whether two entries share an id, a link or a title (markup, case and spacing
    aside): the entries normalize_feed may find to be one item."""
    seen: set[tuple[int, str]] = set()
    for entry in entries:
        title = " ".join(_MARKUP.sub("", entry.title).casefold().split())
        for key in ((0, entry.id), (1, entry.link), (2, title)):
            if key[1]:
                if key in seen:
                    return True
                seen.add(key)
    return False


def entry_print(entry: RawEntry, seed: bytes) -> bytes:
    """A fingerprint of everything an article is made from: the raw entry's fields and ``seed``."""
    h = hashlib.blake2b(seed, digest_size=ENTRY_PRINT)
    flags = (entry.link_is_guid, entry.title_is_html, entry.summary_is_html, entry.content_is_html)
    # Each field and a "\x1f" after it, then the flags: one string, encoded and hashed once (the same bytes).
    h.update("\x1f".join((entry.id, entry.link, entry.permalink, entry.orig_link, entry.notes_link, entry.enclosure, entry.title, entry.summary,
                           entry.content, entry.author, entry.date_text, entry.date_field, entry.date_note, *entry.tags,
                           f"{flags}{entry.published.isoformat() if entry.published else ''}{len(entry.tags)}"))
             .encode("utf-8", "surrogatepass"))  # fmt: skip
    return h.digest()
