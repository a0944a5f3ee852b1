"""Every stored item (title, excerpt, link, date) of feed directories, before and after a text change.

    PYTHONPATH=. .venv/bin/python -m bench.itemdump dump OUT.json DIR [DIR ...]
    python -m bench.itemdump diff OLD.json NEW.json        # every changed item, old and new
    PYTHONPATH=. .venv/bin/python -m bench.itemdump summaries OUT.json DIR [DIR ...]   # each item's digest summary

``summaries``: every entry of every file read as the poller reads it (read_feed, its lead
segmented), then summarized alone as a digest in [summaries] mode "extractive" does (three
sentences at most); ``diff`` reads both kinds of dump. ``dump`` polls each directory through the real bot (bench.quality.poll_directory). Run ``dump``
from the checkout whose bot/ you want (PYTHONPATH=. makes it that one; a worktree at the
old commit gives the "before"). ``diff`` compares links without the feed server's port
(it changes from run to run). Typical DIRs: tests/data/corpus/realworld tests/data/feeds
tests/data/unseen/set*/feeds. Read every changed item before you commit a text rule.
"""

import asyncio
import json
import logging
import sys
from pathlib import Path


def dump(out, dirs):
    logging.basicConfig(level=logging.ERROR)
    from bench.quality import poll_directory

    result = {}
    for d in dirs:
        items = asyncio.run(poll_directory(Path(d)))[0]
        for it in items:
            key = f"{'/'.join(Path(d).parts[-2:])}/{it.feed}|{it.uid or it.link or it.title}"
            while key in result:
                key += "+"
            result[key] = {
                "title": it.title,
                "excerpt": it.excerpt,
                "link": it.link,
                "date": it.published.isoformat() if it.has_date else "undated",
            }
    Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=0))
    print(f"{len(result)} items -> {out}")


def summaries(out, dirs):
    from dataclasses import replace
    from datetime import UTC, datetime

    from bench.quality import _feed_files
    from bot.cluster import Cluster
    from bot.models import StoredArticle
    from bot.normalize import read_feed
    from bot.parse import FeedError
    from bot.sentences import sentences_of
    from bot.stories import Summaries

    now, summarize, result = datetime(2026, 12, 1, tzinfo=UTC), Summaries("extractive", 3), {}
    for d in dirs:
        for path in _feed_files(Path(d)):
            try:
                content = read_feed(path.read_bytes(), url=f"http://127.0.0.1/{path.name}", source=path.name,
                                    now=now, excerpt_length=300)  # fmt: skip
            except FeedError:
                continue
            for a in content.articles:
                [text] = sentences_of([a.lead or a.excerpt])
                a = replace(a, sentences=tuple(text.split("\n")) if text else ())
                key = f"{'/'.join(Path(d).parts[-2:])}/{path.name}|{a.uid}"
                while key in result:
                    key += "+"
                story = Cluster((StoredArticle(len(result) + 1, path.name, a, now, False),), "")
                result[key] = {"title": a.title, "summary": summarize(story)}
    Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=0))
    print(f"{len(result)} summaries -> {out}")


def _local(d):
    import re

    port = re.compile(r"http://127\.0\.0\.1:\d+")
    return {
        k: {f: port.sub("http://LOCAL", v) if isinstance(v, str) else v for f, v in item.items()}
        for k, item in d.items()
    }


def diff(a, b):  # (the feed server's port differs from run to run: links compared without it)
    old, new = _local(json.loads(Path(a).read_text())), _local(json.loads(Path(b).read_text()))
    changed = 0
    for key in sorted(set(old) | set(new)):
        o, n = old.get(key), new.get(key)
        if o == n:
            continue
        changed += 1
        print(f"== {key}")
        if o is None or n is None:
            print("   only in", "new" if o is None else "old", o or n)
            continue
        for f in o:
            if o[f] != n.get(f):
                print(f"   {f}:\n     - {o[f]!r}\n     + {n[f]!r}")
    print(f"{changed} items changed of {len(set(old) | set(new))}")


if __name__ == "__main__":
    {
        "dump": lambda: dump(sys.argv[2], sys.argv[3:]),
        "summaries": lambda: summaries(sys.argv[2], sys.argv[3:]),
        "diff": lambda: diff(sys.argv[2], sys.argv[3]),
    }[sys.argv[1]]()
