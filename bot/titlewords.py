"""A line's words against a title's: whether the line says the title again (the excerpt's and the summary's test)."""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"\w+")


def casefolded_words(text: str) -> list[str]:
    """A text's words (\\w runs), casefolded: what the title and cut comparisons compare. (Here, not in
    feedcuts, which loads the boilerplate tables: the summaries read it in the bot's own process.)"""
    return _WORD.findall(text.casefold())


def title_again(words: list[str], title_words: list[str]) -> bool:
    """Whether a line's words (casefolded \\w runs) are a title's again: the same, or the
    title's words reworded ('Jane Doe "Emotion awareness in software engineering."' under
    "Jane Doe on Emotion Awareness in Software Engineering"): four or more, all of them
    the title's, or all but one of six or more ("should learn about learning" under
    "Should Know About Learning"; a word inflected, its last two letters aside, is the title's: "Опис Колекцій C#…"
    under "Колекції C#…", set41 F11). Shared by the excerpt and the summary; a summary asks it of every sentence
    of its story for every headline: it stops at the first word too many."""
    if words == title_words:
        return True
    if len(words) < 4:
        return False
    distinct = set(words)
    allowed = 1 if len(distinct) >= 6 else 0
    own, stems = _title_sets(tuple(title_words))
    odd = 0
    for w in distinct:
        if w not in own and (len(w) < 5 or w[: max(4, len(w) - 2)] not in stems):
            odd += 1
            if odd > allowed:
                return False
    return True


@functools.lru_cache(maxsize=1024)
def _title_sets(title_words: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """A title's words and their stems (a word but its last two letters, four at least), made once per title."""
    return frozenset(title_words), frozenset(w[: max(4, len(w) - 2)] for w in title_words)
