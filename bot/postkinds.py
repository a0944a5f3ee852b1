"""An IndieWeb post kind's context line as a row of the boilerplate table (bot/boilerplate.py, by way of
bot/leadrows.py): "Bookmarked <title> (by <author>)" over a bookmark's commentary (set 71b F11)."""

from __future__ import annotations

import re

from .boilerrow import BLOCK, Row

# A paragraph that is only a post kind's label and what it points to, as IndieWeb posts open (Zylstra's: "<em>Bookmarked
# <a class="u-bookmark-of">AI Liability Directive (PDF)</a> (by the European Commission)</em>", set 71b F11, where the
# summary was that line alone): the verb, capitalised, a title, its author ("by Brian Krebs", "(by the European
# Commission)"), and no sentence's end at its own end (not "Liked the film a lot." nor "Replied to everyone twice!"),
# nor a word in lower case after the verb: a toot's own sentence, "Liked the new Ghibli film so much I went…", "Reposted
# because everyone…" (rev71b F2).
# A block row: only a block of its own goes (alone, the post's title names the page: no excerpt, not the label again).
_KIND = r"(?:Bookmarked|Liked|Favou?rited|Reposted|Replied to|In reply to|Checked in (?:to|at))"
POST_KIND_ROWS: tuple[Row, ...] = (
    Row(
        "post-kind-context",
        "a bookmark's or a like's context line",
        BLOCK,
        re.compile(rf"{_KIND}:?\s++(?![a-z])(?=[\w\"“‘'(@])[^\n]{{0,200}}[^\s.!?…:;,]"),
        "Bookmarked AI Liability Directive (PDF) (by the European Commission)",
        "Liked the film a lot.",
        longest=240,
    ),
)
