"""The settings as last loaded from a file, kept while the file stays the same byte
for byte (issue 18): `tidings status` and `search` then start without parsing and
checking a settings file of 1,000 feeds again (~0.2 of their ~1.8 G instructions).

One file per settings file in the cache directory (``settings-<hash of its path>``),
written only by its owner (0600 in a 0700 folder) and read only if still so. It holds
the SHA-256 of the file's bytes and what else the result depends on (the code that
checks it, Python's version and pydantic's files, the CPU count of ``parse_workers``' default),
then the checked ``Settings``; any difference is a miss. A file with a problem is never
kept (its errors are said at every start, as always), nor settings whose checks look
beyond the file (a local feed path resolved on disk, ``cluster_semantic``'s installed
extra) or that hold a password (a database, feed or API URL's) or a key in a URL's query: the settings never hold
secrets otherwise (tokens come only from the environment). A missing, damaged, foreign
or unwritable cache is a miss, silently: the file is loaded as without one."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from .sections import Settings
from .values import _check_timezone

log = logging.getLogger("tidings")

FORMAT = 1
_BOT = Path(__file__).resolve().parent.parent
# what the checks run (a change to any of them is a miss): bot/config and what it calls
_CODE = ("secret_shapes.py", "urls.py", "filters.py")


def cached_settings(path: str | Path, cache_dir: Path | None) -> Settings:
    """``load_settings(path)``, from ``cache_dir`` while the file is unchanged (None: no cache)."""
    path = Path(path)
    if cache_dir is None:
        return load_settings(path)
    try:
        data = path.read_bytes()
        where = path.resolve()
    except (OSError, RuntimeError):  # said by load_settings, as always
        return load_settings(path)
    key = _key(data, where)
    file = cache_dir / f"settings-{hashlib.sha256(str(where).encode('utf-8', 'surrogateescape')).hexdigest()[:32]}"
    settings = _read(file, key)
    if settings is not None:
        log.debug("settings: %s unchanged, as checked before (%s)", path, file)
        return settings if settings.source == str(path) else settings.replace(source=str(path))
    settings = load_settings(path)
    try:
        same = path.read_bytes() == data  # (not changed while it was loaded)
    except OSError:
        same = False
    if same and _keepable(settings):
        _write(file, key, settings)
    return settings


def load_settings(path: Path) -> Settings:
    """The file read and checked (bot/config/loading.py, imported here: pydantic only on a miss)."""
    from .loading import load_settings as load

    return load(path)


def _key(data: bytes, where: Path) -> tuple:
    return (FORMAT, hashlib.sha256(data).digest(), str(where.parent), _code_stamp(), sys.version,
            _pydantic_version(), os.cpu_count())  # fmt: skip


def _code_stamp() -> tuple:
    files = sorted(p for p in (_BOT / "config").iterdir() if p.suffix == ".py") + [_BOT / name for name in _CODE]
    stamp: list[tuple] = []
    for p in files:
        try:
            st = p.stat()
        except OSError:
            stamp.append((p.name, None))
            continue
        stamp.append((p.name, st.st_mtime_ns, st.st_size))
    return tuple(stamp)


def _pydantic_version() -> tuple:
    """The installed pydantic and pydantic-core, as their files on disk (what checked the
    settings: another version may check them otherwise), found without importing them:
    settings taken from the cache are used without pydantic (bot/config/markers.py)."""
    import importlib.util

    stamp: list[tuple] = []
    for name in ("pydantic", "pydantic_core"):
        spec = importlib.util.find_spec(name)
        try:
            st = os.stat(spec.origin) if spec is not None and spec.origin else None
        except OSError:
            st = None
        stamp.append((name, st and (st.st_mtime_ns, st.st_size)))
    return tuple(stamp)


def _keepable(settings: Settings) -> bool:
    """Whether the settings depend on the file alone and hold no password."""
    if settings.digest.cluster_semantic:  # checked against the installed packages
        return False
    urls = (settings.storage.url, settings.slack.api_base_url, settings.discord.api_base_url,
            settings.summaries.llm.base_url, *(f.url for f in settings.feeds))  # fmt: skip
    for url in urls:
        if url.startswith("file:"):  # a path, resolved on disk
            return False
        try:  # (no "@", no password: 1,000 URLs are not split again, 33M instructions)
            if "@" in url and urlsplit(url).password is not None:
                return False
        except ValueError:
            return False
        if "?" in url and _KEY_IN_QUERY.search(url):  # ("…/feed?token=…": a key in the address)
            return False
    return True


# A query parameter that may carry a secret: its name holds one of these words.
_KEY_IN_QUERY = re.compile(r"[?&][^=&#]*(?:key|token|secret|pass|auth|sig)[^=&#]*=", re.IGNORECASE)


def _read(file: Path, key: tuple) -> Settings | None:
    try:
        folder = os.stat(file.parent)
        if folder.st_uid != os.geteuid() or folder.st_mode & 0o022:  # a folder others may write in: not trusted
            return None
        with open(file, "rb") as f:
            st = os.fstat(f.fileno())
            if st.st_uid != os.geteuid() or st.st_mode & 0o022:  # written by someone else: never unpickled
                return None
            if pickle.load(f) != key:
                return None
            settings = pickle.load(f)
    except Exception:  # missing, damaged, or from another version of the code: loaded from the file
        return None
    if not isinstance(settings, Settings):
        return None
    for zone in {settings.digest.timezone, *(c.timezone for c in settings.channels)}:
        try:  # (the system's time zones may have changed since)
            _check_timezone(zone)
        except ValueError:
            return None
    return settings


def _write(file: Path, key: tuple, settings: Settings) -> None:
    import tempfile

    try:
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=file.parent, prefix=file.name + ".")  # (0600)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(key, f, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(settings, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, file)
        except BaseException:
            os.unlink(temp)
            raise
        _prune(file.parent)
    except Exception as exc:  # a read-only home, a full disk: the next start loads the file again
        log.debug("settings: not cached in %s: %s", file.parent, exc)


KEEP = 8  # settings files remembered at most: a throwaway settings file's entry goes once eight newer ones are made


def _prune(folder: Path) -> None:
    """The oldest entries beyond ``KEEP`` deleted (a test's or a benchmark's settings file of the moment leaves one)."""
    entries = sorted(folder.glob("settings-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
