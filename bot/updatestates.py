"""A status page's update that every incident ends with ("<strong>Resolved</strong> - This incident has been
resolved."): the same sentence stands in every entry of the feed, so bot/repeated.py took it for the feed's template
and dropped it, and a resolved incident read as still "Investigating: We are investigating reports of…" (GitHub
Status through Statuspage, set 70b F1). A paragraph that opens with a status label (bot/updatelabels.STATUS_LABELS)
in an entry that is a timeline of such labelled updates, two or more, is the entry's state, never the feed's
template, however often its words repeat. One labelled paragraph alone is not a timeline: a sponsor's "Update: …"
line the feed repeats still goes; one paragraph the feed gives twice (its description in plain text, its content in
HTML) is one. And only a short state, a sentence's length: a stock notice of several sentences every incident opens
with ("Investigating - We are investigating a potential issue that might affect the uptime of one our of services.
We are sorry for any inconvenience… This incident post will be updated once we have more information.": x4b's status
page in set27) is the feed's template, and its dropping leaves the incident's own updates. Pure."""

from __future__ import annotations

import html
import re
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
    with a status label, when two or more texts do; else none."""
    states = {part: text for part in parts if (text := _state(part))}
    if len(set(states.values())) < 2:
        return set()
    return {part for part, text in states.items() if len(text) <= _STATE_LENGTH}
