"""A status page's update that every incident ends with ("<strong>Resolved</strong> - This incident has been
resolved."): the same sentence stands in every entry of the feed, so bot/repeated.py took it for the feed's template
and dropped it, and a resolved incident read as still "Investigating: We are investigating reports of…" (GitHub
Status through Statuspage, set 70b F1). A paragraph that opens with a status label (bot/updatelabels.STATUS_LABELS)
in an entry that is a timeline of such labelled updates, two or more, is the entry's state, never the feed's
template, however often its words repeat, when one of them is the entry's own (a feed's template has the same
labelled lines in every entry: rev70a's review, finding 4). One labelled paragraph alone is not a timeline: a
sponsor's "Update: …" line the feed repeats still goes, with a <br> line after it too (finding 3); one paragraph the
feed gives twice (its description in plain text, its content in HTML) is one. And only a short state, a sentence's
length: a stock notice of several sentences every incident opens with ("Investigating - We are investigating a
potential issue that might affect the uptime of one our of services. We are sorry for any inconvenience… This
incident post will be updated once we have more information.": x4b's status page in set27) is the feed's template,
and its dropping leaves the incident's own updates. Pure."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable

from .updatelabels import STATUS_LABELS

_TAG = re.compile(r"<[^<>]*>")
_LABELS = "|".join(STATUS_LABELS)
# A label first, then a dash or a colon and the update ("Resolved - This incident…", "Update: We are…"), or a label
# the markup sets off in bold or emphasis before its update ("<em>Update</em> issue was found…", set27 F1)
_STATE = re.compile(rf"(?:{_LABELS})\s*(?:[-–—:]\s*)\S")
_STATE_LENGTH = 100  # characters of a state's text, at most (bot/repeated.py's LONG: no paragraph of a template's)
_SET_OFF_STATE = re.compile(rf"\s*<(strong|b|em|i)>\s*(?:{_LABELS})\s*</\1>\s*\S", re.IGNORECASE)


def _state(part: str) -> str:
    """A raw paragraph's text (its opening block tags gone) when it opens with a status label and its update; else ""."""
    text = " ".join(html.unescape(_TAG.sub("", part)).split())
    return text if _SET_OFF_STATE.match(part) or _STATE.match(text) else ""


def update_states(parts: Iterable[str]) -> set[str]:
    """The raw paragraphs of one entry that are its updates' short states (the module docstring): those that open
    with a status label, when two or more texts do, none the other's start (a paragraph and its first <br> line are
    one state: rev70a's review, finding 3); else none."""
    states = {part: text for part in parts if (text := _state(part))}
    texts = set(states.values())
    if sum(not any(other != text and text.startswith(other) for other in texts) for text in texts) < 2:
        return set()
    return {part for part, text in states.items() if len(text) <= _STATE_LENGTH}


def uncount_timelines(counts: Counter[str], timelines: Iterable[tuple[set[str], set[str]]], recurring: int) -> None:
    """Take each entry's states (update_states) out of ``counts``, the feed's raw paragraphs counted once in every
    entry, when the entry has an update of its own: a paragraph holding a state (the state's line, or the paragraph
    of its time stamp and its state: "Mar 4, 16:10 UTC<br>Resolved - This incident has been resolved.") that is
    counted fewer than ``recurring`` times. Each a timeline's. States whose paragraphs every entry repeats, all of
    them, are the feed's template ("Update: our newsletter…", "Scheduled: the site is down…": rev70a's review,
    finding 4). (``timelines``: each entry's paragraphs and its states.)"""
    own = [
        states
        for found, states in timelines
        if any(counts[part] < recurring for part in found if any(state in part for state in states))
    ]
    for states in own:
        counts.subtract(states)
