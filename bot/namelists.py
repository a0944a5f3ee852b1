"""A paper's author list as a paragraph of its own: a comma-separated run of three or more personal names and nothing
else, above a paragraph of sentences, is a byline, never the excerpt and never a summary's sentence, however long
(set 70b F4: an arXiv entry's "<p> Ravi Jaiswar, Anshu Gupta, Elisabete da Cunha, Cathryn M. Trott, …, Claudia Del.
P Lagos, … </p><p>Constraining the major contributors…" was the excerpt, cut at the initial "Del." as at a sentence's
end; five names were dropped already, as a short line without a stop above prose, longer lists not).

A name: one to five words, each capitalised ("Yu-Yang", "D'Eugenio", "Bañados") or an initial ("A.", "E. I.",
"Del.", "P", "-Y." after "F."), particles between them in lower case ("da", "van der", "Caratti o Garatti"); the last one may follow "and" or "&".
No other lower-case word: no verb, so no sentence ("Alice, Bob and Carol met on Monday." is not a list). At least two
words in most names: a list of single capitalised words ("Python, Rust, Go") is a tag row, not a byline. Capitalised
words are not always people's (places, bands, a cast pass too), so only a byline's position counts: the entry's first
text line (headings above it, none a label "…:"), no stop at its end (but an initial's), and a paragraph of sentences
after it that opens a sentence of its own, in capitals and not on a word pointing back at the list ("These cities…").
A list some text introduces ("The winners of this year's prize:", "The prize jury named its shortlist on Monday."), the
first half of a sentence ("… and Dan Brown" / "were elected…"), names ending in a stop stay: the names are the story
(rev70b finding 1). Kept when nothing follows it (the entry may be the list) or what follows is no sentence. Pure.
"""

from __future__ import annotations

import re

from .cuts import SENTENCE_END
from .storylabels import NAME_PARTICLES

__all__ = ["without_name_lists"]

_NAMES = 3  # names at least: fewer is a pair of authors, a short line the heading rules already drop
_WORDS = 5  # words in one name at most
_PARTICLES = NAME_PARTICLES | {"della", "do", "dos", "el", "ter", "ten", "al", "y", "e", "o", "zu"}  # fmt: skip
_JOIN = re.compile(r" ?, ?(?:(?:and|&) )?| (?:and|&) ")  # (on a line's words one space apart: rev70b finding 6)
_CAPITALISED = re.compile(r"[^\W\d_][\w'’.-]*")  # (its first letter checked upper case: str.isupper)
_INITIAL_END = re.compile(r"(?:^|[\s.-])[^\W\d_]\.$")  # (an author list may end in an initial: "…, Lagos C. P.")
_POINTING = frozenset(("these", "those", "they", "all", "both", "each", "together", "their"))  # (back at the list)


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
    line = " ".join(line.split()).rstrip(",;")
    if line.count(",") < _NAMES - 2 or len(line) > 20_000:
        return False
    parts = _JOIN.split(line)
    if len(parts) < _NAMES:
        return False
    sizes = [_name(part) for part in parts]
    return all(sizes) and 2 * sum(size >= 2 for size in sizes) > len(sizes)


def _sentences(line: str) -> bool:
    """Whether a line is a paragraph of sentences: it ends in a stop and has a dozen words."""
    line = line.rstrip()
    ends = any(end.end() == len(line) for end in SENTENCE_END.finditer(line, max(0, len(line) - 4)))
    return ends and len(line.split()) >= 12


def _opens(line: str) -> bool:
    """Whether a line opens a sentence of its own: a capital first, no word pointing back at what came before."""
    first = line.split(maxsplit=1)[0].lstrip("([\"'“‘«") if line.strip() else ""  # ("(Abridged) We aim…")
    return first[:1].isupper() and first.strip(",;:").casefold() not in _POINTING


def without_name_lists(lines: list[str], kept: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The lines without an author list in a byline's place above a paragraph of sentences (the module's docstring);
    ``kept``: the headings (which may stand above it), quotes and code."""
    at = next((index for index, line in enumerate(lines) if line not in kept), len(lines))
    if at + 1 >= len(lines) or any(line.rstrip().endswith((":", "：")) for line in lines[:at]):
        return lines
    line, after = lines[at].rstrip(), lines[at + 1]
    if line.count(",") < _NAMES - 1 or line[-1:] in ".!?…。" and not _INITIAL_END.search(line):
        return lines
    if _opens(after) and _sentences(after) and name_list(line):
        return [*lines[:at], *lines[at + 1 :]]
    return lines
