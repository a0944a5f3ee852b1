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
a speech's dash inside ("-Привет, - сказал он": dialogue); so attributions under a quote ("–Coach Smith") stay. That is
dash_items, over blocks; dash_runs (below) reads the same list laid out with <br>s in one paragraph (set 71b F5), with
its own guards (a run that opens its paragraph, "- " with its space: what a toot's and a podcast's lists are). Pure.
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
# the items read as one sentence ("…Hitler - if you are…"). _ITEMS lines in a row at least, each opening with "-" or "* "
# and a letter or a quote's mark, or "-" glued to a capital (_glued: never "-und niemand hört ihn", a poem's, rev71c 5);
# a figure only after "* " ("* 2Do (5,49 €)"; "- 5 °C" is a negative number, rev71c 4); never "–" (a dialogue's dash,
# "– Ты идёшь<br>– Иду", rev71c 3). Not a dialogue's lines: none may end with "?" (a question is a turn), nor hold a
# speech's dash after its words ("- Привет, - сказал он"); and no line but the last may end a sentence (a changelog's
# "- Fixed…." lines read as sentences already, and "- …a snob!<br>- if you…" would cut the excerpt after its first item:
# rev71c 1). The last item is no label ("* Méga dossier spécial photo :" heads the lines after it, rev71c 2), and the
# line after the run is not in lower case (the last item's words go on there). The run opens its paragraph or follows
# a label's colon: after a line without one ("A catalog of thoughts<br>- \"Tingle…\"<br>- so these…", a review's) the
# items go on from it, and the excerpt would stop at the line alone.
_SPEECH = re.compile(r"[,.!?…] [-–—] ")  # (a speech's dash after its words: "- Привет, - сказал он")
_LINE_MARK = re.compile(r"- (?=[^\W\d_]|[\"“„«‘'])|\* (?=[^\W_]|[\"“„«‘'])|-(?=[^\W\d_])")
_SENTENCE_END = tuple(".!?…")


def _line_item(line: str) -> bool:
    """Whether a <br> line opens with a list item's mark (above): "- a…", "* 2Do…", a glued "-Tick…"."""
    mark = _LINE_MARK.match(line)
    return mark is not None and (mark.end() == 2 or _glued(line)) and not _SPEECH.search(line)


def dash_runs(lines: list[str], bare: list[bool]) -> list[tuple[int, int]]:
    """The runs (first, past the last) of _ITEMS lines or more that are a list's items marked with a dash (above);
    ``bare``: whether each line's mark is where it can be taken off."""
    runs, start = [], 0
    for index, line in enumerate([*lines, ""]):
        if index < len(lines) and bare[index] and _line_item(line):
            continue
        after = lines[index][:1] if index < len(lines) else ""  # (not before a line in lower case: an item's rest)
        ends = [line.rstrip() for line in lines[start:index]]
        turns = any(end.endswith(_SENTENCE_END) for end in ends[:-1]) or any(end.endswith("?") for end in ends)
        opened = not start or lines[start - 1].rstrip().endswith(_LABEL)  # (first, or under "…parlent de :")
        labelled = bool(ends) and ends[-1].endswith(_LABEL)  # (the last line heads what follows: no item)
        if index - start >= _ITEMS and opened and not turns and not labelled and not after.islower():
            runs.append((start, index))
        start = index + 1
    return runs


def unmarked(line: str) -> str:
    """A dash-marked line without its mark (and the spaces before it)."""
    return _LINE_MARK.sub("", line.lstrip(), count=1)
