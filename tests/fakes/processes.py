"""Real processes in tests: what a process left running, waiting for processes
to end, and the settings file of a bot with one feed."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path


def descendants(pid: int) -> list[int]:
    """Every live process below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended while we looked
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


async def ended(pids: list[int]) -> None:
    """Returns when every one of these processes has ended (pidfds turn readable)."""
    loop = asyncio.get_running_loop()
    waits = []
    for pid in pids:
        try:
            handle = os.pidfd_open(pid)
        except ProcessLookupError:
            continue
        done = loop.create_future()
        loop.add_reader(handle, lambda d=done: d.done() or d.set_result(None))
        waits.append((handle, done))
    try:
        await asyncio.gather(*(d for _, d in waits))
    finally:
        for handle, _ in waits:
            loop.remove_reader(handle)
            os.close(handle)


def one_feed_settings(folder: Path, db: Path, feed_url: str, polling: str = "", digest: str = "") -> str:
    """A settings file: SQLite ``db``, one feed "F" and a console channel following it."""
    path = folder / "settings.toml"
    path.write_text(
        f'[storage]\nurl = "sqlite:///{db}"\n[polling]\n{polling}\n[digest]\n{digest}\n'
        f'[[feeds]]\nname = "F"\nurl = "{feed_url}"\ntags = ["x"]\n'
        '[[channels]]\nname = "c"\nplatform = "console"\ntags = ["x"]\n'
    )
    return str(path)
