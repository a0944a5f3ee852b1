"""Every stored item (title, excerpt, link, date) of feed directories, before and after a text change.

    PYTHONPATH=. .venv/bin/python -m bench.itemdump dump OUT.json DIR [DIR ...]
    python -m bench.itemdump diff OLD.json NEW.json        # every changed item, old and new

Polls each directory through the real bot (bench.quality.poll_directory). Run ``dump``
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
        for f in ("title", "excerpt", "link", "date"):
            if o[f] != n[f]:
                print(f"   {f}:\n     - {o[f]!r}\n     + {n[f]!r}")
    print(f"{changed} items changed of {len(set(old) | set(new))}")


if __name__ == "__main__":
    {"dump": lambda: dump(sys.argv[2], sys.argv[3:]), "diff": lambda: diff(sys.argv[2], sys.argv[3])}[sys.argv[1]]()
