"""A post quoted from Twitter in a text without its embed's markup (a Hugo site's plain summary: the tweet's words on a
line, then its signature, "— Gabriel Aul (@GabeAul) March 14, 2015", and the post's next paragraph glued after it:
bozsikarmand--armands-blog.xml, set 66a F2). The quoted post is another's words, often in another language; read as the
story's, it became a summary sentence ("@PaulTheAnimeFan Yes we’ll have SSA, ASS, and SRT…") or its signature ran into
the next one ("— Gabriel Aul (@GabeAul) March 14, 2015 A Windows Insider először…"). The signature goes, and the tweet
with it when its lines are told apart (the signature opens a line: the line before it; or a line announced by one that
ends with a colon), and the announcing sentence ("…a következőt válaszolta:"). A handle in running prose without a
date after it ("— said Jo Roe (@jo) on Monday") is no signature. Pure: Blocks to Blocks (bot/normalize.py).
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Blocks

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A signature: a dash, one to five words of a name, the handle in brackets, a date (Twitter's "March 14, 2015", "14
# March 2015", or numbers)
_SIGNATURE = re.compile(
    r"(?:^|(?<=\s))[—–-] ?(?:[^\s()@]{1,40} ){1,5}\(@\w{1,15}\) "
    rf"(?:(?:{_MONTHS}) \d{{1,2}}, \d{{4}}|\d{{1,2}} (?:{_MONTHS}) \d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})"
)
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?…] ))[^.!?…]*:$")


def without_flat_tweets(blocks: Blocks) -> Blocks:
    """The blocks without the quoted tweets written out as text (the module docstring); as they are when nothing
    else would be left."""
    if "(@" not in blocks.text or not any(_SIGNATURE.search(line) for line in blocks.lines):
        return blocks
    lines = list(blocks.lines)
    kept: list[str | None] = list(lines)
    for i, line in enumerate(lines):
        if (found := _SIGNATURE.search(line)) is None:
            continue
        before, after = line[: found.start()].strip(), line[found.end() :].strip()
        tweet = i - 1 if not before else i  # (the line that holds the tweet's words)
        announced = tweet > 0 and (kept[tweet - 1] or "").endswith(":")
        if before and not announced:
            kept[i] = " ".join(part for part in (before, after) if part)  # (the tweet glued into prose: its words stay)
            continue
        kept[i] = after or None
        if 0 <= tweet < i:
            kept[tweet] = None
        if announced and (head := kept[tweet - 1]) is not None and (intro := _LAST_SENTENCE.search(head)):
            kept[tweet - 1] = head[: intro.start()].strip() or None
    new = [line for line in kept if line]
    if not new:
        return blocks
    text = blocks.text
    for line, now in zip(lines, kept, strict=True):
        if now != line:  # (a line that went takes its line break with it)
            gone = line + "\n" if not now and line + "\n" in text else line
            text = text.replace(gone, now or "", 1)
    return dataclasses.replace(blocks, lines=new, text=text.strip("\n"))
