"""What the parse pool's workers run besides read_feed: kept apart from
bench/prototypes.py so that a worker imports the parsing stack and nothing else."""

import os


def warm_up() -> None:
    import bot.normalize  # noqa: F401  (the parsing stack, once per worker)


def pid(_: int) -> int:
    return os.getpid()
