"""A line's words against a title's: whether the line says the title again (the excerpt's and the summary's test),
and the rest of a line after a title cut from its first words (after_cut_title, the excerpt's)."""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"\w+")


def casefolded_words(text: str) -> list[str]:
    """A text's words (\\w runs), casefolded: what the title and cut comparisons compare. (Here, not in
    feedcuts, which loads the boilerplate tables: the summaries read it in the bot's own process.)"""
    return _WORD.findall(text.casefold())


def title_norm(title: str) -> str:
    """A title as lines are compared with it: its spaces one, its end's stops off, casefolded (the excerpt's, the
    lead's: bot/leadlines.py)."""
    return " ".join(title.split()).rstrip(".!?…").casefold()


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


# A series' part at a title's end, casefolded, spaces collapsed: "(parte 1)", "(part ii)", "(1/3)", "(2 of 3)"
_SERIES = re.compile(r" ?\((?:[^\W\d_]{1,12}\.?\s)?(?:\d{1,3}|[ivx]{1,4})(?:\s?(?:/|of|de|di|von)\s?\d{1,3})?\)$")
# An ordinal written as a number ("1er", "1ère", "2nd", "3º"), and the words it stands for (1 to 3: a first workshop)
_ORDINAL = re.compile(r"([1-3])(?:er|ère|re|e|ème|st|nd|rd|º|ª|o|a|do|da|ro|ra)")
_ORDINALS = {
    "1": frozenset(("first", "primer", "primero", "primera", "premier", "première", "primeiro", "primeira", "primo")),
    "2": frozenset(("second", "segundo", "segunda", "deuxième", "seconde", "secondo", "seconda")),
    "3": frozenset(("third", "tercer", "tercero", "tercera", "troisième", "terceiro", "terceira", "terzo", "terza")),
}


def restated(words: list[str], title_norm: str) -> bool:
    """Whether a sentence's words (casefolded \\w runs) are the title's (``title_norm``: casefolded) again: the same,
    or but for a series' part the title ends with, or with an ordinal the title writes as a number spelled out:
    "Running code on a card terminal." under "Running code on a card terminal (part 1)", "Primer Taller de …" under
    "1er Taller de …" (letshackit and asobioq in set61, F3). The excerpt's test of a first sentence: it goes."""
    whole, shorter = _title_forms(title_norm)
    if len(words) != len(shorter):
        return tuple(words) == whole
    return all(
        w == t or (m := _ORDINAL.fullmatch(t)) is not None and w in _ORDINALS[m[1]]
        for w, t in zip(words, shorter, strict=True)
    )


@functools.lru_cache(maxsize=256)
def _title_forms(title_norm: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(casefolded_words(title_norm)), tuple(casefolded_words(_SERIES.sub("", title_norm)))


_LAST_WORD = re.compile(r"\S+$")


def after_cut_title(line: str, title: str) -> tuple[str, bool]:
    """An untitled entry's title is its first words, cut with "…" (titles.title_from_text), and so is a feed's own
    long title at times: the excerpt goes on from there, "…" first (from the start of a word cut in two)."""
    stem = " ".join(title[:-1].split())
    flat = " ".join(line.split())
    if len(stem) < 15 or not flat.startswith(stem):
        return line, False
    start = len(stem)
    half = _LAST_WORD.search(stem) if flat[start : start + 1].isalnum() else None
    if half is not None:
        # A feed's own title cut inside a word ('…to null-safe "Sim…'): the rest starts with it ('…"SimpleSSLContext"')
        start = half.start()
    rest = flat[start:].strip()
    return ("…" + rest if any(ch.isalnum() for ch in rest) else ""), True
