"""Every field read_feed gives for every corpus file, as JSON lines: the check that a
speed change changes no output (issue 18).

    python -m bench.readdump ROOT OUT.jsonl     (ROOT: a checkout whose bot/ is read)
    cmp before.jsonl after.jsonl

Reads tests/data/corpus, tests/data/feeds and /work/shared/corpus (when there), each
file without and with a content type, and again with every other entry ``known``
(the fingerprints of a first read). The code version in the fingerprints is fixed,
so that ``entry_prints`` compare across checkouts. (``git archive main bot | tar -x
-C /tmp/old`` makes a ROOT of main.)
"""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
DIRECTORIES = [HERE / "tests/data/corpus", HERE / "tests/data/feeds", Path("/work/shared/corpus")]
_TYPES = {".json": "application/feed+json", ".atom": "application/atom+xml"}
NOW = datetime(2026, 11, 27, tzinfo=UTC)


def _plain(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _fields(obj) -> dict:
    return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.name != "articles"}


def main() -> None:
    root, out = sys.argv[1], sys.argv[2]
    sys.path.insert(0, root)
    import bot.normalize as normalize
    from bot.parse import FeedError

    assert normalize.__file__.startswith(str(Path(root).resolve())), normalize.__file__
    try:  # (where the fingerprints live: bot/entryprints.py since 2026-12-06, bot/normalize.py before)
        import bot.entryprints as prints
    except ImportError:
        prints = normalize
    prints._code_version = lambda: "fixed"  # type: ignore[attr-defined]
    files = sorted(p for d in DIRECTORIES if d.is_dir() for p in d.rglob("*") if p.is_file())
    with open(out, "w", encoding="utf-8") as fh:
        for path in files:
            body = path.read_bytes()
            for ctype in ("", _TYPES.get(path.suffix, "application/rss+xml")):
                for half_known in (False, True):
                    args = dict(url="https://feeds.example/" + path.name, content_type=ctype, source=path.name,
                                now=NOW, excerpt_length=300)  # fmt: skip
                    record: dict = {"key": f"{path} {ctype!r} {half_known}"}
                    try:
                        known = b""
                        if half_known:
                            prints = normalize.read_feed(body, **args).entry_prints
                            known = b"".join(prints[i : i + 8] for i in range(0, len(prints), 16))
                        content = normalize.read_feed(body, known=known, **args)
                        record |= _fields(content)
                        record["articles"] = [_fields(a) for a in content.articles]
                    except FeedError as exc:
                        record["error"] = str(exc)
                    except Exception as exc:  # noqa: BLE001 (recorded: it must stay the same too)
                        record["crash"] = f"{type(exc).__name__}: {exc}"
                    fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(files)} files")


if __name__ == "__main__":
    main()
