"""A quotation's attribution line: the paragraph right after a <blockquote> that names whom it quotes (bot/quotes.py).
Pure.

Set 69a F6: "— Αντιπροσωπεία του Τ.Ε.Ε. (η πρόσκληση, όπως φυλάσσεται στο Internet Archive: …)" after a quoted
invitation was the whole excerpt when the quote was left out, the post's own next paragraph ("Ο Σύλλογος καλεί τα
μέλη…") dropped. A line that opens with a dash ("—", "―", "--"), a name of a few words, and a remark in brackets at
most, goes with the quote: when the quote is left out it goes too, and the answer is the line after it. A name asks
and exclaims nothing, and most of its words are not in lower case: the post's own reply after a dash ("— Two years is
far too long.", a dialogue's "— А что будет с паромом? Ни слова.") is no credit (rev69c F4).
"""

from __future__ import annotations

import re

_ATTRIBUTION = re.compile(r"(?:[—―]|--)\s?([^()\n]{1,80}?)\s?(?:\([^()\n]{1,200}\))?\.?")
_NAME_WORDS = 8  # words a name has at most ("Αντιπροσωπεία του Τ.Ε.Ε.", "Ursula K. Le Guin, The Dispossessed")


def is_attribution(line: str) -> bool:
    """Whether ``line`` (after a quote) names whom the quote is of: "— Name", "— Name (a remark)"."""
    m = _ATTRIBUTION.fullmatch(line)
    name = m.group(1) if m is not None else ""
    words = name.split()
    named = 2 * sum(not word[:1].islower() for word in words) > len(words)  # ("Αντιπροσωπεία του Τ.Ε.Ε.", "村上春樹")
    return 0 < len(words) <= _NAME_WORDS and named and not any(mark in name for mark in "?!？！")


def after_quotes(lines: list[str], inside: list[bool]) -> list[bool]:
    """For each line, whether it comes right after a quote, or after a quote's one attribution line (as
    bot/quotes.py's _answer_at reads it)."""
    after = [False, *inside[:-1]]
    for at in range(1, len(lines) - 1):
        if inside[at - 1] and not inside[at] and is_attribution(lines[at]):
            after[at + 1] = True
    return after
