"""The benchmark's feeds: N distinct URLs built from tests/data/corpus/realworld.

Feed ``i`` serves corpus file ``i % 44`` (sorted by name), so any run of 44
consecutive feeds has exactly the corpus's mix of sizes and formats (RSS,
Atom, RDF, JSON Feed, one GB2312 feed, and two documents that are not feeds
at all, as a real list of subscriptions has). A feed "changes" by gaining new
entries at the top, the way a real feed does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus" / "realworld"
BASE_TIME = datetime(2026, 11, 1, tzinfo=UTC)

_TYPES = {
    ".json": "application/feed+json",
    ".atom": "application/atom+xml",
    ".rdf": "application/rdf+xml",
    ".opml": "text/x-opml",
}


@dataclass(frozen=True)
class Doc:
    name: str
    body: bytes
    content_type: str


def load_corpus(directory: Path = CORPUS) -> list[Doc]:
    docs = []
    for path in sorted(directory.iterdir()):
        # No charset parameter: like most feed servers, leave the encoding to the document.
        docs.append(Doc(path.name, path.read_bytes(), _TYPES.get(path.suffix, "application/rss+xml")))
    return docs


def doc_for(docs: list[Doc], i: int) -> Doc:
    return docs[i % len(docs)]


def etag(i: int, generation: int) -> str:
    return f'"f{i}-g{generation}"'


def last_modified(generation: int) -> str:
    return format_datetime(BASE_TIME + timedelta(hours=generation), usegmt=True)


# --- a feed that changed: new entries on top ----------------------------------------------

_FIRST_ENTRY = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?(?:item|entry))[\s>]")


def changed_body(doc: Doc, i: int, generation: int) -> bytes:
    """``doc`` with ``generation`` new entries at the top (unchanged when it has no entries)."""
    if generation <= 0:
        return doc.body
    if doc.body.lstrip()[:1] in (b"{", b"["):
        return _changed_json(doc.body, i, generation)
    m = _FIRST_ENTRY.search(doc.body)
    if m is None:
        return doc.body
    tag = m.group(1).decode()
    new = "".join(_xml_entry(tag, i, g) for g in range(generation, 0, -1)).encode()
    return doc.body[: m.start()] + new + doc.body[m.start() :]


def _xml_entry(tag: str, i: int, g: int) -> str:
    when = BASE_TIME + timedelta(hours=g)
    url = f"https://bench.example/feeds/{i}/news-{g}"
    text = f"Feed {i} gained story {g}. It says something new about the benchmark, at some length, as a lede does."
    if tag.endswith("entry"):
        prefix = tag[: -len("entry")]
        return (
            f"<{tag}><{prefix}id>{url}</{prefix}id><{prefix}title>Story {g} of feed {i}</{prefix}title>"
            f'<{prefix}link rel="alternate" href="{url}"/><{prefix}updated>{when.isoformat()}</{prefix}updated>'
            f"<{prefix}summary>{text}</{prefix}summary></{tag}>\n"
        )
    prefix = tag[: -len("item")]
    return (
        f"<{tag}><{prefix}title>Story {g} of feed {i}</{prefix}title><{prefix}link>{url}</{prefix}link>"
        f"<guid>{url}</guid><pubDate>{format_datetime(when)}</pubDate>"
        f"<{prefix}description>{text}</{prefix}description></{tag}>\n"
    )


def _changed_json(body: bytes, i: int, generation: int) -> bytes:
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except ValueError:
        return body
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        return body
    new = []
    for g in range(generation, 0, -1):
        url = f"https://bench.example/feeds/{i}/news-{g}"
        new.append({"id": url, "url": url, "title": f"Story {g} of feed {i}",
                    "content_text": f"Feed {i} gained story {g}.",
                    "date_published": (BASE_TIME + timedelta(hours=g)).isoformat()})  # fmt: skip
    doc["items"] = new + doc["items"]
    return json.dumps(doc, ensure_ascii=False).encode()
