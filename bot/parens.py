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
    if opening < 0:
        return False
    if _BEFORE_ASIDE_END.search(text, max(0, opening - 8), opening):
        # (an aside of its own ends a sentence where it closes, never inside: "…+ SVG。（SMIL is dead! Long live SMIL!
        # A Guide to Alternatives to SMIL Features）", o2team--atom.xml in set32, F15, cut after "SMIL!" before; but
        # a text that opens with one, "(Note: Originally this post… or not. That said, …", has its sentences there)
        return bool(text[:opening].strip()) and text[end - 1] not in ")）" and _closes(text, end)
    if text[end - 1] not in ")）":
        return _closes(text, end)  # (never closed: a list's "1)" or a slip, no aside)
    # The ".)" that closes it ends the sentence around it too ("…(please add it, thank you!) My list…"), unless the
    # sentence goes on in lower case ("(… Galactic ?) et Bo…"), the aside is only a mark ("eventuell (?)"), or it
    # holds sentences of its own, a digression the sentence comes back from ("(… of the year.  Good move I think.)").
    after = text[end : end + 2].lstrip()
    aside = text[opening + 1 : start]
    return (after[:1].islower()) or not any(c.isalnum() for c in aside) or _INNER_END.search(aside) is not None


_ASIDE_REACH = 160  # characters after a dot inside an aside within which the aside closes


def aside_goes_on(text: str, begin: int, end: int) -> bool:
    """Whether the dot before ``end`` stands inside a parenthesis opened at or after ``begin`` (its sentence's start)
    that closes within _ASIDE_REACH characters, and a "(" or a lower-case word follows it: the aside, and its
    sentence, go on ("…országos volt (A Magyar … Kormány 1002/1960. (I.10.) számú határozata …).": set 68a F5; the
    segmenter, bot/innerdots.py, as the cut's in_aside)."""
    after = text[end : end + 3].lstrip()[:1]
    if not (after == "(" or after.islower()):
        return False
    opening = _open_paren(text, end - 1)
    if opening < begin or text[opening - 1 : opening] in _FACE:
        return False  # (a face's ":(" opens no aside: rev68c F5)
    closing = _unmatched(text, range(end, min(len(text), end + _ASIDE_REACH)), "(（", ")）")
    return closing >= 0 and text[closing - 1] not in _FACE  # (nor does a face's ":)" close one)


_FACE = frozenset(":;=-")  # (the eyes or the nose before a face's bracket: ":(", ";)", "=)", ":-)")


def _closes(text: str, at: int) -> bool:
    return text.find(")", at) >= 0 or text.find("）", at) >= 0


def _open_paren(text: str, at: int) -> int:
    """Where the parenthesis still open at ``at`` opened (-1 if none; an aside is shorter than 300 characters)."""
    return _unmatched(text, range(at - 1, max(-1, at - 301), -1), ")）", "(（")


def _unmatched(text: str, walk: range, deeper: str, out: str) -> int:
    """The first index of ``walk`` where one of the brackets ``out`` stands outside every one of ``deeper`` the walk
    passed (-1 if none): backwards, the "(" still open; forwards, the ")" that closes it."""
    depth = 0
    for i in walk:
        c = text[i]
        if c in deeper:
            depth += 1
        elif c in out:
            if not depth:
                return i
            depth -= 1
    return -1


def before_open_aside(kept: str, removed: str) -> str:
    """``kept`` without an aside it leaves open, where the rest of its line (``removed``, a call to action) closes it:
    "…series I’m working on. [In addition to blogging, I am also now using Twitter for quick updates and to share
    links." ("Follow me at: twitter.com/scottgu]" gone, set47 F6) ends before the "[" its call was in; not when the
    call closes what it opened itself ("…the interval [0, 1). Sign up [here]…": the review of 73a6994)."""
    for opening, closing in ("[]", "()", "（）"):
        at = kept.rfind(opening)
        if at >= 0 and closing not in kept[at:] and removed.count(closing) > removed.count(opening):
            return kept[:at].rstrip()
    return kept
