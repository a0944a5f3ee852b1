"""The process itself: clean stops on SIGINT and SIGTERM, and one `tidings run`
per SQLite file.

**Stops.** Every command stops on Ctrl-C (SIGINT) or SIGTERM within a few
seconds: the running work is cancelled (or, for `run`, told to finish), the
bot closes what it opened (claims released, parse workers ended, the database
closed), and `main` prints one line and exits 130 (SIGINT) or 0 (SIGTERM).
The parse workers ignore both signals (bot/workers.py): a Ctrl-C reaches the
whole process group, and they are ended by their parent, never mid-task.

**One run per SQLite file.** SQLite serves one process; two bots polling the
same file would both post. `run` holds an OS lock on ``<database>.lock`` beside
the file (``fcntl.flock``, ``msvcrt.locking`` on Windows) for as long as it
runs; the operating system releases it when the process ends, however it ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
SIGNALS = (signal.SIGINT, signal.SIGTERM)
# A command that stops itself gracefully (`run`: running jobs get [polling]
# stop_grace, 5 s by default) is cancelled anyway this many seconds after the
# signal: say, one still in its first poll, waiting on a slow feed.
HARD_STOP = 7.0
HARD_STOP_MARGIN = 2.0  # beyond the jobs' grace: time to hand claims back and close


class Stopped(Exception):
    """The process was asked to stop by ``signum``; what it was doing is closed cleanly."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 130 if self.signum == signal.SIGINT else 0  # a shell's Ctrl-C; SIGTERM is a normal stop

    @property
    def line(self) -> str:
        return "stopped (Ctrl-C)" if self.signum == signal.SIGINT else "stopped (SIGTERM)"


def _raise_stopped(signum: int, _frame) -> None:
    raise Stopped(signum)


@contextlib.contextmanager
def signals_stop() -> Iterator[None]:
    """While the block runs (outside an event loop), SIGINT and SIGTERM raise
    ``Stopped``; the handlers before are put back after it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = {sig: signal.getsignal(sig) for sig in SIGNALS}
    for sig in SIGNALS:
        signal.signal(sig, _raise_stopped)
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


def run(
    main: Coroutine[Any, Any, T], *, on_signal: Callable[[int], None] | None = None, hard_stop: float = HARD_STOP
) -> T:
    """``asyncio.run(main)``, stopped by SIGINT or SIGTERM: the first signal
    cancels ``main`` (or calls ``on_signal``, for a command that stops itself
    gracefully; it is cancelled after ``hard_stop`` seconds if it has not), a
    second one cancels it in any case. Raises ``Stopped`` when a signal ended it."""

    async def guarded() -> T:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None
        got: list[int] = []

        def stop(signum: int) -> None:
            first = not got
            got.append(signum)
            if first and on_signal is not None:
                on_signal(signum)
                loop.call_later(hard_stop, task.cancel)
            else:
                task.cancel()

        handled = []
        for sig in SIGNALS:
            with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):  # not the main thread; Windows
                loop.add_signal_handler(sig, stop, sig)
                handled.append(sig)
        try:
            result = await main
        except asyncio.CancelledError:
            if got:
                raise Stopped(got[0]) from None
            raise
        finally:
            for sig in handled:
                loop.remove_signal_handler(sig)
            if handled and threading.current_thread() is threading.main_thread():
                for sig in handled:  # remove_signal_handler put back the defaults: stop cleanly until the end
                    signal.signal(sig, _raise_stopped)
        if got:
            raise Stopped(got[0])
        return result

    return asyncio.run(guarded())


def ignore_stop_signals() -> None:
    """In a helper process (a parse worker): SIGINT and SIGTERM meant for the
    whole process group are left to the parent, which ends its workers itself."""
    for sig in SIGNALS:
        signal.signal(sig, signal.SIG_IGN)


# --- one run per SQLite file ---------------------------------------------------------


class AlreadyRunning(Exception):
    """Another process holds the lock: the message says which and what to do."""


class RunLock:
    """An exclusive OS lock on ``path`` (created if need be), held until
    ``release`` or the end of the process. The file keeps the holder's pid, for
    the message the next one gets; it is never deleted (that would race)."""

    def __init__(self, path: Path, *, what: str):
        self.path = path
        self.what = what  # the database it guards, for the message
        self._fd: int | None = None

    def acquire(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            pid = f" (pid {holder})" if holder.isdigit() else ""
            raise AlreadyRunning(
                f"another `tidings run`{pid} is already using {self.what}: SQLite serves one process, so this "
                "one does not start. Stop the other first, or use PostgreSQL to run several "
                "(README: Running several instances)"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _lock(fd: int) -> None:
    """Lock ``fd`` exclusively without waiting; OSError when another process holds it."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        return
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
