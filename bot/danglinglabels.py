"""A sentence that announces what follows it ("This release includes the following applications:") whose list the
feed repeats in every entry: bot/repeated.py takes the list out, and the sentence was left pointing at the next
section, glued to it in the excerpt ("…is now available for download. This release includes the following
applications: Highlights: • Introduction of…", pactus-project--pactus-ar.atom in set62, F3). It announces nothing
now: it goes too, the sentences before it in its block stay.

Only when everything after it up to the next block kept went, and that block is a heading or a paragraph of prose
(not an item of the list: a list partly the entry's own is still what the label names). Not when the entry's own
lead-in had a paragraph of prose the feed repeats put between it and what it announces ("She told reporters at city
hall:", a call to become a member, then the quote: the review of set 62's fixes, 5): it is judged against the
prose after the gap, what followed it in the article. Only a quote, though: a label before an insert and prose that
is no quote may have named the insert ("In this episode we talk about … This episode is brought to you by:", a
sponsor's blurb, then "Our guest explains…"): it goes, as before (the review of 621df96..5ee3f66, finding 3). Pure."""

from __future__ import annotations

from collections.abc import Callable

from .cuts import SENTENCE_END

LABEL = (":", "：")
_QUOTES = '“"«„‘‚「『‹»'  # (what a quote after its lead-in opens with)


def without_dangling(
    lines: list[str],
    kept: list[str],
    headings: frozenset[str],
    prose: Callable[[str], bool],
    repeated: Callable[[str], bool] = lambda _: True,
) -> list[str]:
    """``kept`` (the blocks of ``lines`` left, in order, as they are) without the label sentences whose next blocks
    all went (the module docstring); ``kept`` itself when none is. ``repeated``: whether a block is one the feed
    repeats (a label that is, "This episode is sponsored by:", went with what it named)."""
    at, places = 0, []
    for line in kept:
        while at < len(lines) and lines[at] != line:
            at += 1
        places.append(at)
        at += 1
    out: list[str] = []
    for n, line in enumerate(kept):
        after = kept[n + 1] if n + 1 < len(kept) else ""
        gone = n + 1 < len(kept) and places[n + 1] > places[n] + 1
        # (a repeated paragraph of prose between the entry's own lead-in and the quote it announces: an insert)
        insert = after[:1] in _QUOTES and prose(after) and prose(lines[places[n] + 1]) and not repeated(line)
        gone = gone and not insert
        if gone and line.endswith(LABEL) and line not in headings and (after in headings or prose(after)):
            ends = [m.end() for m in SENTENCE_END.finditer(line) if line[m.end() :].strip()]
            out += [line[: ends[-1]].rstrip()] if ends else []
        else:
            out.append(line)
    return out
