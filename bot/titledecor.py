"""The site's name a feed adds to every title, its decoration (bot/repeated.py finds it with the rest of what a feed
repeats): a " - X" / " | X" end that stands in ``least`` titles and nearly all of them (SHARE), where X is the site's
name as the channel's title or its host spell it ("sort data - Upwork" in Upwork's "All jobs | upwork.com" feed). It
goes from the title shown and compared with the text (the source is shown beside it). Pure."""

from __future__ import annotations

import re
from collections import Counter

from .boilerwords import FULL_TEXT_LINKS
from .closings import TAG

SHARE = 0.8  # of the titles that share the site's name as their decoration, at least
_TITLE_SEPARATOR = re.compile(r"\s(?:[-–—|·»]|::)\s|;\s")
NOT_WORD = re.compile(r"[\W_]+")  # (what is no letter nor digit: bot/repeated.py compares texts without it too)
# A cut post's read-more and its address at a title's end, the post's text cut as the title ("…越要...全文：
# http://m.weibo.cn/…...全文： http://m.weibo.cn/…", Weibo's, set47 F13): the words end with "…", the rest goes
# (an ellipsis before it: "我读了全文：http://…" is a sentence).
_FULL_TEXT_WORDS = "|".join(sorted((w for w in FULL_TEXT_LINKS if w.endswith("全文")), key=len, reverse=True))
_READ_MORE_END = re.compile(rf"(?:\s*(?:\.{{3}}|…)\s?(?:{_FULL_TEXT_WORDS})\s?[:：]\s?https?://[!-~]+)+\s*$")
_READ_MORE_REACH = 400  # characters of a title's end, at most, that it is looked for in (a title's own length)


def decoration(titles: list[str], site: tuple[str, str], least: int) -> frozenset[str]:
    """The site's name that (nearly) every title ends with, after a separator, casefolded; or none."""
    titles = list(dict.fromkeys(" ".join(TAG.sub("", title).split()) for title in titles if title))
    if len(titles) < least or not any(site):
        return frozenset()
    name = NOT_WORD.sub("", " ".join(site)).casefold()  # ("All jobs | upwork.com", "https://www.upwork.com/")
    ends = Counter(parts[-1].casefold() for title in titles if len(parts := _TITLE_SEPARATOR.split(title)) > 1)
    for end, n in ends.most_common(1):
        if n >= max(least, SHARE * len(titles)) and len(letters := NOT_WORD.sub("", end)) >= 3:
            return frozenset([end] if letters in name else [])
    return frozenset()


def undecorated(title: str, repeated: frozenset[str]) -> str:
    """A title without the site's name the feed ends every title with, or a tag (``repeated.decoration``)."""
    end = _READ_MORE_END.search(title, max(0, len(title) - _READ_MORE_REACH)) if "全文" in title else None
    title = title[: end.start()] + "…" if end and end.start() > 0 else title
    ends: frozenset[str] = getattr(repeated, "decoration", frozenset())
    seps = list(_TITLE_SEPARATOR.finditer(title)) if ends else []
    rest, first = title, next((k for k, ch in enumerate(title) if ch.isalnum()), len(title))
    while seps and seps[-1].start() > first and rest[seps[-1].end() :].casefold() in ends:
        rest = rest[: seps.pop().start()]  # (each end in turn: "Title; Vídeo - Site")
    return rest
