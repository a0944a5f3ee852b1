"""Dots pysbd ends a sentence at that stand inside one (bot/sentences.py's _rejoined asks). Pure.

- a dot alone after a word, a minor word next: a command's ("…con comandos como nvim ." / "o code . los cuales…",
  set45 F6);
- a spaced pause: an ellipsis and dots with spaces between ("…lalu saat kita coba ping … . . gagal.", set 68a F11:
  pysbd made "…ping … ." / "." / "gagal." of it, and a summary showed "…ping … ."): the run's dots are one mark, and
  the sentence goes on after it before a lower-case word (before a capital or at the line's end it ends there);
- a dot inside a parenthesis the sentence opened, a "(" or a lower-case word next ("…országos volt (A Magyar … Kormány
  1002/1960. (I.10.) számú határozata …).", set 68a F5: the summary showed "…Kormány 1002/1960." alone).
"""

from __future__ import annotations

import re

from .cuts import CONJUNCTIONS, MINOR_WORDS
from .parens import aside_goes_on

_GOES_ON_WORDS = MINOR_WORDS | CONJUNCTIONS | {"o", "ou", "oder"}  # (what a command's line goes on with: "nvim . o")
# Dots and ellipses alone (a part that is only those is no sentence); a pause's run at a part's end, two or more
# marks with spaces between (read at the part's last characters only: the run is short).
_DOTS = re.compile(r"[.…]+(?:\s+[.…]+)*")
_PAUSE = re.compile(r"[.…]+(?:\s+[.…]+)+$")
_RUN_START = re.compile(r"\s[.…]+(?:\s+[.…]+)*$")  # (a run spaced off the word before it)
_PAUSE_TAIL = 16


def dot_goes_on(before: str, line: str, end: int, part: str) -> bool:
    """Whether the sentence ``before`` (ending at ``end`` in ``line``) goes on with ``part``, the next of pysbd's, its
    end between them at one of the dots above."""
    # The rest of a run ("…ping … ." / "."), not a stray dot after a word's own ("…taking calls." / "."): set 68a F11.
    if _DOTS.fullmatch(part):
        return _RUN_START.search(before[-_PAUSE_TAIL:]) is not None
    if part[:1].islower() and _PAUSE.search(before[-_PAUSE_TAIL:]):
        return True
    return _lone_dot(before, part) or before[-1:] == "." and aside_goes_on(line, end - len(before), end)


def _lone_dot(before: str, part: str) -> bool:
    """Whether pysbd ended a sentence at a dot alone after a word, a minor word next: a command's ("…con comandos
    como nvim ." / "o code . los cuales…", set45 F6); not after a word a sentence never ends with ("…on ." / "is…":
    a formula's symbol left out), nor before a sentence's own lower-case start ("…gekauft ." / "eBay hat…")."""
    return (
        before[-2:] == " ."
        and (before[-3:-2].isalnum() or before[-3:-2] == "_")
        and (part.split(None, 1) or [""])[0].lower() in _GOES_ON_WORDS
        and (before[:-2].rsplit(None, 1) or [""])[-1].lower() not in MINOR_WORDS
    )
