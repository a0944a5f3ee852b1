"""Release headlines: "Rust 1.84 released", "Announcing Rust 1.84.0" and
"Rust 1.84: MSRV-aware resolver" announce one release (bot/cluster.py).

Release feeds and the news that follows them headline a release as a name and
a version and little else, too few words for the rewording rule to judge
(bot/similarity.py) and worded too differently for the near-identical one. A
headline names a release (``release``) when a name is followed by a dotted
version that ends the headline or is followed by punctuation or a word saying
it came out ("is out", "released", "now available", "brings"), optionally after
"Announcing" or "What's new in". Two such headlines from two feeds, of one
name and one version, are one story.

Not a release: a pre-release ("beta", "rc", "release candidate", "9.3b2":
two betas of one version are often two stories); a figure ("Magnitude 7.8
earthquake", "breach of 1.2 million records", "Android 4.3 tablet"), because
the version is followed by a word that says nothing of a release; a headline
that names two versions ("Django bugfix releases: 2.0.4 and 1.11.12").
"""

from __future__ import annotations

import functools
import re
import unicodedata

_VERSION = re.compile(r"v?(\d+(?:\.\d+)+)([-+.]?[a-z]+\d*)?", re.I)
_TRAILING_ZEROS = re.compile(r"(?:\.0)+$")
_WORD = re.compile(r"[\w'’+#.-]+|[^\w\s]")
# Words after the version that say it came out (as release feeds write them).
_CAME_OUT = frozenset(
    ["released", "release", "releases", "is", "out", "now", "available", "brings", "ships", "arrives", "lands",
     "adds", "with", "final", "has", "here", "update", "stable", "lts"]
)  # fmt: skip
_PRERELEASE = frozenset(
    ["alpha", "beta", "betas", "rc", "candidate", "preview", "nightly", "snapshot", "dev", "pre-release", "prerelease"]
)  # fmt: skip
_BEFORE = frozenset(["announcing", "introducing", "released", "what's", "whats", "new", "in", "version"])


@functools.lru_cache(maxsize=16384)
def release(title: str) -> tuple[str, str] | None:
    """The (name, version) a headline announces, lower case, the version without
    a "v" or trailing ".0" ("Rust 1.84.0" is ("rust", "1.84")); None when it
    announces none, or a pre-release, or names two versions. The name is the
    capitalised word before the version, with the one before it when that is
    capitalised too ("Home Assistant Core 0.116"; "iOS" counts as capitalised)."""
    words = _WORD.findall(unicodedata.normalize("NFKC", title).replace("’", "'"))
    lower = [w.casefold() for w in words]
    versions = [k for k, w in enumerate(lower) if _VERSION.fullmatch(w.rstrip("."))]
    if len(versions) != 1 or any(w in _PRERELEASE for w in lower):
        return None
    at = versions[0]
    version = _VERSION.fullmatch(lower[at].rstrip("."))
    if version is None or version.group(2):
        return None  # "3.0-rc1", "9.3b2"
    name = [k for k in (at - 2, at - 1) if k >= 0 and _named(words[k]) and lower[k] not in _BEFORE]
    if not name or name[-1] != at - 1:
        return None  # "breach of 1.2", "holds at 5.25%": no name before the version
    if len(name) == 2 and not _named(words[at - 2]):
        name = name[1:]
    after = lower[at + 1] if at + 1 < len(words) else ""
    if after and after.isalnum() and after not in _CAME_OUT:
        return None  # "7.8 earthquake", "1.2 million", "4.3 tablet"
    return " ".join(lower[k] for k in name), _TRAILING_ZEROS.sub("", version.group(1))


def _named(word: str) -> bool:
    """A name's word: a letter first and a capital in it ("Rust", "iOS", "GIMP")."""
    return word[:1].isalpha() and any(c.isupper() for c in word)
