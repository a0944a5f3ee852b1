"""A newsletter issue whose text is its table of contents: the issue's entries in one line, "; "
between them, each with a tag in brackets after it, "Is AI actually making developers ship
faster? (Sponsor); Anthropic's Project Parka sits through meetings… (11 minute read); Router
(Website); …" (TLDR AI's issues, newsletters-rss--tldr_ai.xml in /work/unseen17, set17's finding 1).
The sponsor's entry is an ad, not the issue's news: it goes; so do the other entries' tags (a
reading time, the kind of page linked: "(Website)", "(GitHub Repo)") and the entries the feed
left empty ("…(4 minute read); ); Qwen3.8…"). What is left, the issue's headlines, is its text.

A line is such a list when it has MIN_ENTRIES entries or more and every one (but one: the last
may be cut) ends with such a tag: a sentence's "(see below); then…" is no entry's. Pure.
"""

from __future__ import annotations

import re

MIN_ENTRIES = 3
_SEPARATOR = "; "
_AD = r"Sponsor|Sponsored|Partner|Advertisement|Ad|Anzeige"
# An entry's tag: what it is (an ad), how long it reads, what kind of page it links to
_TAG = re.compile(rf"\s*\((?:(?P<ad>{_AD})|\d{{1,3}}\s*(?:minute|min)s?\s+read|Website|GitHub Repo)\)$", re.IGNORECASE)
_WORD = re.compile(r"\w")


def without_tags(line: str) -> tuple[str, str]:
    """A line that is an issue's table of contents (the module docstring) without its sponsor's entry,
    its empty entries and its entries' tags, and a note; any other line as it is, and ""."""
    if _SEPARATOR not in line or line.count(")" + _SEPARATOR) < MIN_ENTRIES - 1:
        return line, ""
    entries = [entry for entry in line.split(_SEPARATOR) if _WORD.search(entry)]
    tags = [_TAG.search(entry) for entry in entries]
    if len(entries) < MIN_ENTRIES or sum(tag is None for tag in tags) > 1:
        return line, ""
    kept = [
        entry[: tag.start()] if tag else entry
        for entry, tag in zip(entries, tags, strict=True)
        if not (tag and tag["ad"])
    ]
    kept = [entry for entry in kept if _WORD.search(entry)]  # (an entry that was only its tag: "(Website)")
    if not kept:
        return line, ""
    ad = "the sponsor's entry and " if any(tag and tag["ad"] for tag in tags) else ""
    return _SEPARATOR.join(kept), f"removed: {ad}the tags of a newsletter's entries (reading times)"
