"""A post quoted from Twitter in a text without its embed's markup (a Hugo site's plain summary: the tweet's words on a
line, then its signature, "— Gabriel Aul (@GabeAul) March 14, 2015", and the post's next paragraph glued after it:
bozsikarmand--armands-blog.xml, set 66a F2). The quoted post is another's words, often in another language; read as the
story's, it became a summary sentence ("@PaulTheAnimeFan Yes we’ll have SSA, ASS, and SRT…") or its signature ran into
the next one ("— Gabriel Aul (@GabeAul) March 14, 2015 A Windows Insider először…"). The signature goes, and the tweet
with it when its lines are told apart (the signature opens a line and the next paragraph is glued after it: the line
before it; or a line announced by one that ends with a colon), and the announcing sentence ("…a következőt
válaszolta:"; left, it dangles, and the excerpt stopped at it: armands-blog's "…Twitter bejelentés szövegét:"). A
sign-off alone on its line ("— Jo Roe (@joroe) 14.03.2015" at a post's end) goes by itself, and a list's hyphen is no
signature's dash (rev66c 2, 3). A handle in running prose without a date after it ("— said Jo Roe (@jo) on Monday") is
no signature. Pure: Blocks to Blocks (bot/normalize.py).
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Blocks

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A signature: a dash (Twitter's embed writes an em dash; a hyphen opens a list's item: rev66c 3), one to five words
# of a name, the handle in brackets, a date (Twitter's "March 14, 2015", "14 March 2015", or numbers)
_SIGNATURE = re.compile(
    r"(?:^|(?<=\s))[—–] ?(?:[^\s()@]{1,40} ){1,5}\(@\w{1,15}\) "
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
        # The line above goes only when the tweet's shape is plain (rev66c 2): the next paragraph glued after the
        # signature (a Hugo summary) or a line announced by a colon; a signature alone on its line (an author's
        # sign-off, a quote's attribution) goes by itself.
        if 0 <= tweet < i and (after or announced):
            kept[tweet] = None
        if announced and (head := kept[tweet - 1]) is not None and (intro := _LAST_SENTENCE.search(head)):
            kept[tweet - 1] = head[: intro.start()].strip() or None  # (left, it dangles: the excerpt stops at it)
    new = [line for line in kept if line]
    if not new:
        return blocks
    pieces, copied, pos = [], 0, 0  # (the text rebuilt at each line's own place, in order: rev66c 4)
    text = blocks.text
    for line, now in zip(lines, kept, strict=True):
        if (at := text.find(line, pos)) < 0:
            continue
        pos = at + len(line)
        if now != line:
            if not now and text.startswith("\n", pos):
                pos += 1  # (a line that went takes its line break with it)
            pieces.append(text[copied:at] + (now or ""))
            copied = pos
    pieces.append(text[copied:])
    return dataclasses.replace(blocks, lines=new, text="".join(pieces).strip("\n"))
