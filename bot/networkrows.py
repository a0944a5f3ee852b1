"""A row of social sites' names flattened into the text, and an address the feed cut at the text's end (set 70a F9:
"Я в соціальних мережах:" / "Goodreads Telegram Twitter Facebook  Music by http://www." ended a podcast's summary;
the row's links were gone, their words left; the feed cut the credit's address after "www.").

- A line of three names of networks or media sites or more (bot/linkrows.py's, and a few sites of books, music and
  support) and nothing else, or then a credit ("Music by …": a "<noun> by" of at most three words, the second and third in lower case and an address or
  a name), is a links row: it goes, with a label over it ("…:"). Every word of the run must be a site's name: a
  sentence that lists them has a verb ("We are on Goodreads, Telegram and Twitter.").
- The text's last line ending in an address the feed cut ("http://www.", "https://" and at most four characters with
  no dot: "https://x.ai", "https://t.me" are whole addresses) loses it, and a credit that only names it ("Music by"):
  a "<noun> by" that opens the line or follows a row's site names, never a sentence's last words ("…and it is made
  by": rev70b finding 5). Pure.
"""

from __future__ import annotations

import re

from .linkrows import NETWORKS

__all__ = ["without_network_rows"]

_SITES = (NETWORKS - {"website", "web", "site", "homepage", "home page", "blog", "x"}) | {
    "goodreads", "patreon", "spotify", "soundcloud", "bandcamp", "itunes", "vk", "whatsapp", "github", "medium",
    "vimeo", "flickr", "substack", "letterboxd", "behance", "dribbble", "deezer",
}  # fmt: skip
_RUN = 3  # names in the row at least
_CUT_ADDRESS = re.compile(r"\bhttps?://(?:www\.)?[^\s/.]{0,4}$")  # ("http://www.", "https://ab"; not "https://x.ai")
_CUT_WINDOW = 16  # characters of the last line's end read for a cut address: "https://www.abcd"
_CREDIT_WORDS = 3  # words of a credit's "<noun> by" at most ("Music by", "Theme music by")
# (what a credit's noun before "by" names: never a sentence's verb, "…it is made by", rev70b finding 5)
_CREDITED = frozenset((
    "music", "song", "songs", "sound", "sounds", "audio", "art", "artwork", "cover", "design", "logo", "photo",
    "photos", "photography", "image", "images", "illustration", "illustrations", "intro", "outro", "editing",
))  # fmt: skip
_ROW_LENGTH = 200  # characters of a row at most


def _credit_at(words: list[str], after: int) -> int:
    """Where the credit ``words`` end with starts ("Music by http://…": its "<noun> by", the noun's next words in lower
    case, and at most ``after`` words after "by"), or len(words): none. The credit opens the line or follows a site's
    name, its first word in capitals, its last a thing credited ("Music by", "Theme music by"): a sentence's "…it is
    made by" is none."""
    for by in range(len(words) - 1, max(len(words) - after - 1, 1) - 1, -1):
        if words[by] == "by":
            start = by - 1
            while (
                start > max(by - _CREDIT_WORDS, 0)
                and words[start][:1].islower()
                and words[start - 1].casefold() not in _SITES
            ):
                start -= 1
            opens = start == 0 or words[start - 1].casefold() in _SITES
            credit = words[start][:1].isupper() and words[by - 1].casefold() in _CREDITED
            return start if opens and credit else len(words)
    return len(words)


def _row(line: str) -> bool:
    """Whether a line is only a run of sites' names, a credit after it or not (the module's docstring)."""
    if len(line) > _ROW_LENGTH:
        return False
    words = line.split()
    words = words[: _credit_at(words, 3)]
    return len(words) >= _RUN and all(word[:1].isupper() and word.casefold() in _SITES for word in words)


def without_network_rows(lines: list[str], kept: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The lines without a row of sites' names (and the label over it), the last without an address the feed cut."""
    if not lines:
        return lines
    out = list(lines)
    end = max(0, len(out[-1]) - _CUT_WINDOW)
    if "://" in out[-1][end:] and out[-1] not in kept and (cut := _CUT_ADDRESS.search(out[-1], end)):
        words = out[-1][: cut.start()].split()
        out[-1] = " ".join(words[: _credit_at(words, 0)])
    for index in range(len(out) - 1, -1, -1):
        if out[index] and out[index] not in kept and _row(out[index]):
            out[index] = ""
            if index and out[index - 1].endswith((":", "：")) and len(out[index - 1]) <= 60:
                out[index - 1] = ""
    return [line for line in out if line]
