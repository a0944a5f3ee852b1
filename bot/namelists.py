"""A paper's author list as a paragraph of its own: a comma-separated run of three or more personal names and nothing
else, above a paragraph of sentences, is a byline, never the excerpt and never a summary's sentence, however long
(set 70b F4: an arXiv entry's "<p> Ravi Jaiswar, Anshu Gupta, Elisabete da Cunha, Cathryn M. Trott, …, Claudia Del.
P Lagos, … </p><p>Constraining the major contributors…" was the excerpt, cut at the initial "Del." as at a sentence's
end; five names were dropped already, as a short line without a stop above prose, longer lists not).

A name: one to five words, each capitalised ("Yu-Yang", "D'Eugenio", "Bañados") or an initial ("A.", "E. I.",
"Del.", "P", "-Y." after "F."), particles between them in lower case ("da", "van der", "Caratti o Garatti"); the last one may follow "and" or "&".
No other lower-case word: no verb, so no sentence ("Alice, Bob and Carol met on Monday." is not a list). At least two
words in most names: a list of single capitalised words ("Python, Rust, Go") is a tag row, not a byline. Kept when
nothing follows it (the entry may be the list) or what follows is no sentence. Pure.
"""

from __future__ import annotations

import re

__all__ = ["without_name_lists"]

_NAMES = 3  # names at least: fewer is a pair of authors, a short line the heading rules already drop
_WORDS = 5  # words in one name at most
_PARTICLES = frozenset((
    "da", "de", "del", "della", "der", "di", "do", "dos", "du", "el", "la", "le", "van", "von", "den", "ter", "ten",
    "bin", "ibn", "al", "y", "e", "o", "zu",
))  # fmt: skip
_JOIN = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
_CAPITALISED = re.compile(r"[^\W\d_][\w'’.-]*")  # (its first letter checked upper case: str.isupper)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _name(part: str) -> int:
    """The number of words of a personal name (0: no name)."""
    words = part.split()
    if not 0 < len(words) <= _WORDS or words[-1] in _PARTICLES:
        return 0
    for word in words:
        if word in _PARTICLES:
            continue
        word = word.removeprefix("-")  # (a hyphenated initial spaced out: "F. -Y. F. Liu", "J. -C. Bouret")
        if not word[:1].isupper() or not _CAPITALISED.fullmatch(word):
            return 0
    return len(words)


def name_list(line: str) -> bool:
    """Whether a line is only a comma-separated run of _NAMES or more personal names (the module's docstring)."""
    line = line.strip().rstrip(",;")
    if line.count(",") < _NAMES - 2 or len(line) > 20_000:
        return False
    parts = _JOIN.split(line)
    if len(parts) < _NAMES:
        return False
    sizes = [_name(part) for part in parts]
    return all(sizes) and 2 * sum(size >= 2 for size in sizes) > len(sizes)


def _sentences(line: str) -> bool:
    """Whether a line is a paragraph of sentences: it ends in a stop and has a dozen words."""
    return bool(_SENTENCE_END.search(line)) and len(line.split()) >= 12


def without_name_lists(lines: list[str], kept: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The lines without those that are an author list above a paragraph of sentences (the module's docstring)."""
    if not any(line.count(",") >= _NAMES - 1 for line in lines):
        return lines
    out: list[str] = []
    for index, line in enumerate(lines):
        after = lines[index + 1] if index + 1 < len(lines) else ""
        if after and line not in kept and _sentences(after) and name_list(line):
            continue
        out.append(line)
    return out
