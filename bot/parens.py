"""Sentence ends inside parentheses (set24 F11): "…HTTPS (and dropping the whole category of villain of the year.
Good move I think.) I figured…": a dot inside a parenthesis that opened in the middle of a sentence ends the
aside's sentence, not the one around it, and neither does the ".)" that closes it; an excerpt cut there showed a
clause without its main verb. An aside of its own after a sentence end ("… today. (Photo: AP.) Next …") ends one."""

from __future__ import annotations

import re

_INNER_END = re.compile(r"[.!?…][\"'”’]*\s+(?=[A-Z])")
_BEFORE_ASIDE_END = re.compile(r"(?:^|[.!?…。！？][\"'”’)\]]*)\s*$")


def in_aside(text: str, start: int, end: int) -> bool:
    """Whether the sentence end text[start:end] is inside (or closes) a parenthesis that opened mid-sentence and
    closes at or after it."""
    opening = _open_paren(text, start)
    if opening < 0 or _BEFORE_ASIDE_END.search(text, max(0, opening - 8), opening):
        return False
    if text[end - 1] != ")":
        return text.find(")", end) >= 0  # (never closed: a list's "1)" or a slip, no aside)
    # The ".)" that closes it ends the sentence around it too ("…(please add it, thank you!) My list…"), unless the
    # sentence goes on in lower case ("(… Galactic ?) et Bo…"), the aside is only a mark ("eventuell (?)"), or it
    # holds sentences of its own, a digression the sentence comes back from ("(… of the year.  Good move I think.)").
    after = text[end : end + 2].lstrip()
    aside = text[opening + 1 : start]
    return (after[:1].islower()) or not any(c.isalnum() for c in aside) or _INNER_END.search(aside) is not None


def _open_paren(text: str, at: int) -> int:
    """Where the parenthesis still open at ``at`` opened (-1 if none; an aside is shorter than 300 characters)."""
    depth = 0
    for i in range(at - 1, max(-1, at - 301), -1):
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if not depth:
                return i
            depth -= 1
    return -1
