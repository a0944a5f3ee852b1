"""A list written as blocks that each open with a typed mark: "<div>- Please wear appropriate footwear…</div>
<div>-The hike will take place along the trail.…</div><div>-Tick repellant/bug spray…</div>" (set 70b F11, an event's
"Safety reminders:"). Two blocks in a row at least, each opening with "-", "–" or "*" and a letter (a space between or
none): they are a list's items, each with the bullet a list's items have ("• Tick repellant…"), so that no summary
takes one for its sentence (bot/sentences.py: a list item is never one) and none runs into the next as prose. Not "•"
(a bullet already, which a list's own items have: "- Sam" over a <ul> is a quote's signature, no item), nor a run
whose marks all have their space ("- How do I…": a list's items to bot/sentences.py already), nor a figure after the
mark ("-5 °C", a negative number), nor a rule ("---"), nor a line of code. Only the shape the rule was written for
(rev70b finding 2): the run under a label ("Safety reminders:"), "*" with its space ("*Update:*", "*sighs*", a
footnote's "*Prices…" are no marks), and a glued item in capitals ("-Tick", never "-and then…", an em dash's) without
a speech's dash inside ("-Привет, - сказал он": dialogue); so attributions under a quote ("–Coach Smith") stay. Pure.
"""

from __future__ import annotations

import re

__all__ = ["dash_items", "dash_runs", "unmarked"]

_MARKED = re.compile(r"(?:[-–] ?|\* )(?=[^\W\d_])")  # (not "•": a list's own items have it, a signature "- Sam")
_ITEMS = 2  # blocks in a row at least
# (a mark glued to its word, "-Tick", in one of them: "- How do I…" items are a list's to bot/sentences.py already, and
# the excerpt and the summary read them so: the review of this rule's corpus diff)
_GLUED = re.compile(r"[-–](?=[^\W\d_])")
_LABEL = (":", "：")  # (the line over the run ends so: "Safety reminders:")


def _glued(line: str) -> bool:
    """Whether a line opens with a mark glued to a capital ("-Tick…"), no speech's dash in it ("-Привет, - сказал…")."""
    return bool(_GLUED.match(line)) and line[1].isupper() and " - " not in line and " – " not in line


def dash_items(lines: list[str], kept: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The lines, each of a run of _ITEMS marked blocks or more with a bullet for its mark (the module's docstring)."""
    marked = [line not in kept and _MARKED.match(line) is not None for line in lines]
    if sum(marked) < _ITEMS:
        return lines
    out, start = list(lines), 0
    for index, flag in enumerate([*marked, False]):
        if flag:
            continue
        labelled = start > 0 and lines[start - 1].rstrip().endswith(_LABEL)
        if labelled and index - start >= _ITEMS and any(_glued(lines[k]) for k in range(start, index)):
            for k in range(start, index):
                out[k] = "• " + _MARKED.sub("", lines[k], count=1)
        start = index + 1
    return out


# The same list laid out with line breaks in one paragraph ("<p>- if you are slightly conservative, you are Hitler<br />-
# if you are mildly left wing, you are Trotsky<br />- if you are a centrist, …</p>", a toot's, set 71b F5): run together
# the items read as one sentence ("…Hitler - if you are…"). _ITEMS lines in a row at least, each opening with its mark
# and a letter or a quote's mark; not a dialogue's lines ("– Как дела?<br>– Хорошо.": each ends a sentence, or a
# speech's dash after a comma or a stop inside one), nor all of them ending a sentence (a changelog's "- Fixed…."
# lines read as sentences already), nor before a line in lower case (the last item's words go on there). The run opens
# its paragraph or follows a label's colon: after a line without one ("A catalog of thoughts<br>- \"Tingle…\"<br>- so
# these…", a review's) the items go on from it, and the excerpt would stop at the line alone.
_SPEECH = re.compile(r"[,.!?…] [-–—] ")  # (a speech's dash after its words: "– Привет, – сказал он")
# (an item may open with a quote, "- \"Tingle…\"", or a figure after a spaced mark, "* 2Do (5,49 €)"; not "-5 °C")
_LINE_MARK = re.compile(r"(?:[-–] |\* )(?=[^\W_]|[\"“„«‘'])|[-–](?=[^\W\d_]|[\"“„«‘'])")
_SENTENCE_END = tuple(".!?…")


def dash_runs(lines: list[str], bare: list[bool]) -> list[tuple[int, int]]:
    """The runs (first, past the last) of _ITEMS lines or more that are a list's items marked with a dash (above);
    ``bare``: whether each line's mark is where it can be taken off."""
    runs, start = [], 0
    for index, line in enumerate([*lines, ""]):
        if index < len(lines) and bare[index] and _LINE_MARK.match(line) and not _SPEECH.search(line):
            continue
        after = lines[index][:1] if index < len(lines) else ""  # (not before a line in lower case: an item's rest)
        ended = all(line.rstrip().endswith(_SENTENCE_END) for line in lines[start:index])
        opened = not start or lines[start - 1].rstrip().endswith(_LABEL)  # (first, or under "…parlent de :")
        if index - start >= _ITEMS and opened and not ended and not after.islower():
            runs.append((start, index))
        start = index + 1
    return runs


def unmarked(line: str) -> str:
    """A dash-marked line without its mark (and the spaces before it)."""
    return _LINE_MARK.sub("", line.lstrip(), count=1)
