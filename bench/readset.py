"""A feed set laid out for reading by eye: each raw entry beside what Tidings stored of it,
and the first digest as it would be posted.

    PYTHONPATH=. .venv/bin/python -m bench.readset DIR OUTDIR [--first N] [--raw CHARS]

Writes OUTDIR/items.txt (per feed file, its first N raw entries in feed order: the raw
title, dates, link and text as bench.quality's reference parser reads them, then the
stored title, date, link and excerpt, or "NOT STORED") and OUTDIR/digest.txt (the
first digest of a channel following every feed, as the console adapter prints it).
Same poll as bench.quality (fixed clock, excerpt_length 300, no article fetch).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path

from .quality import Item, Reference, match, poll_directory, references


def _entry(k: int, ref: Reference, item: Item | None, raw: int) -> list[str]:
    body = ref.body.text
    out = [
        f"--- #{k}",
        f"RAW   title: {ref.title}",
        f"RAW   dates: {' | '.join(ref.dates) or '-'}",
        f"RAW   link:  {ref.link}",
        f"RAW   text:  {body[:raw]}{' […]' if len(body) > raw else ''}",
    ]
    if item is None:
        return [*out, "STORED: NOT STORED"]
    date = item.published.isoformat() if item.has_date else "undated"
    return [*out, f"STORED title: {item.title}", f"STORED date:  {date}", f"STORED link:  {item.link}",
            f"STORED text:  {item.excerpt}"]  # fmt: skip


def write(directory: Path, out: Path, first: int = 10, raw: int = 600) -> None:
    logging.basicConfig(level=logging.ERROR)
    rendered: list[str] = []
    items, _digest, failed, bodies = asyncio.run(poll_directory(directory, rendered=rendered))
    out.mkdir(parents=True, exist_ok=True)
    lines = [f"# {directory}: {len(bodies)} files, {len(items)} stored items; failed: {failed or 'none'}"]
    for name, body in bodies.items():
        refs = references(body)
        stored = [it for it in items if it.feed == name]
        by_ref = {id(r): it for it, r in zip(stored, match(stored, refs), strict=True) if r is not None}
        lines += ["", f"=== {name}: {len(refs)} raw entries, {len(stored)} stored"]
        for k, ref in enumerate(refs[:first]):
            lines += _entry(k, ref, by_ref.get(id(ref)), raw)
    (out / "items.txt").write_text("\n".join(lines) + "\n")
    (out / "digest.txt").write_text(rendered[0] if rendered else "(no digest)\n")
    print(f"{out / 'items.txt'}, {out / 'digest.txt'}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--first", type=int, default=10, help="raw entries shown per feed (default 10)")
    ap.add_argument("--raw", type=int, default=600, help="characters of raw text shown (default 600)")
    args = ap.parse_args(argv)
    write(args.directory, args.out, args.first, args.raw)


if __name__ == "__main__":
    main()
