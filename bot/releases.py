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
    ["released", "release", "releases", "out", "available", "brings", "ships", "arrives", "lands", "adds", "with",
     "final", "here", "update", "stable", "lts"]
)  # fmt: skip
# "is"/"now" only before one of those ("Coq 8.8.1 is out", "Python 3.13.1 is now available"; not "GPT 4.5 is coming").
_LINKING = frozenset(["is", "now", "has", "been"])
_PRERELEASE = frozenset(
    ["alpha", "beta", "betas", "rc", "candidate", "preview", "nightly", "snapshot", "dev", "pre-release", "prerelease"]
)  # fmt: skip
# Words a release headline may open with before the name ("Announcing Rust 1.84", "What's new in Git 2.47"),
# and the verbs between a maker and its release ("Apple releases iOS 18.2", "Canonical releases Ubuntu 24.04").
_OPENERS = frozenset(["announcing", "introducing", "released", "what's", "whats", "new", "in", "version", ":"])
_MAKER_VERBS = frozenset(["releases", "ships", "launches", "unveils", "announces", "publishes", "rolls"])
_AFTER_FIGURE = frozenset(["%", '"', "”", "″", "'", "’"])
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")


@functools.lru_cache(maxsize=16384)
def release(title: str) -> tuple[str, str] | None:
    """The (name, version) a headline announces, lower case, the version without
    a "v" or trailing ".0" ("Rust 1.84.0" is ("rust", "1.84")); None when it
    announces none, or a pre-release, or names two versions. The name is one or
    two capitalised words (more than one letter) that open the headline, after
    "Announcing" or "What's new in", or after a maker's "releases"/"ships"; the
    version ends the headline or is followed by punctuation (not "%" or an inch
    mark) or a word saying it came out. A version that is only a major number
    ("2.0") counts only before such a word ("Trump 2.0: tariffs…" is no release);
    a dotted date ("12.03.2024") is none."""
    words = _WORD.findall(unicodedata.normalize("NFKC", title).replace("’", "'"))
    lower = [w.casefold() for w in words]
    versions = [k for k, w in enumerate(lower) if _VERSION.fullmatch(w.rstrip("."))]
    if len(versions) != 1 or any(w in _PRERELEASE for w in lower):
        return None
    at = versions[0]
    version = _VERSION.fullmatch(lower[at].rstrip("."))
    if version is None or version.group(2) or _DATE.fullmatch(version.group(1)):
        return None  # "3.0-rc1", "9.3b2", "12.03.2024"
    start = 0
    while start < at and lower[start] in _OPENERS:
        start += 1
    if start + 1 < at and lower[start + 1] in _MAKER_VERBS and _named(words[start]):
        start += 2  # ("Apple releases iOS 18.2": the maker, its verb, then the name)
    name = words[start:at]
    if not 1 <= len(name) <= 2 or not all(map(_named, name)) or len(name[-1]) < 2:
        return None  # "How to install Docker on Ubuntu 24.04", "M 2.1 - 27km SE of Campo"
    after = lower[at + 1 : at + 3]
    while after and after[0] in _LINKING:
        after = after[1:]
    number = _TRAILING_ZEROS.sub("", version.group(1))
    came_out = bool(after) and after[0] in _CAME_OUT
    if not came_out and ("." not in number or (after and (after[0].isalnum() or after[0] in _AFTER_FIGURE))):
        return None  # "7.8 earthquake", "4.1% in June", '15.6" laptop', "Trump 2.0: …"
    return " ".join(w.casefold() for w in name), number


def _named(word: str) -> bool:
    """A name's word: a letter first and a capital in it ("Rust", "iOS", "GIMP")."""
    return word[:1].isalpha() and any(c.isupper() for c in word)
