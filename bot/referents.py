"""The thing a sentence opens on with "the" that the sentence before it named: "The drone flies up to 35 km away…"
after "I'm working on a UAV system that includes a datalink between the drone and the ground segment" (set48 F1).
Read without that sentence, the reader does not know which drone: a summary takes such a sentence only once a
sentence it shows, or the headline, has named the thing (bot/summary.py).

Only a sentence's first words, "The" (or "Such") and the word after it in lower case, and not when the sentence says
which ("The info in the wiki…", "The results of an attack…": a thing of its own). English only: other languages'
articles are also other words (Dutch "Het" is "it", Romanian "Este" is "is"), and their words for an order, a whole
or the reader ("La primera…", "Le même…", "Gli altri…") and their prepositions would need lists of their own (the
review of 18574bb: each blocked a sentence that named nothing before). Further in a sentence, "the room", "the
information" are as often a thing of their own (measured: three times the changed summaries, as many worse as
better); "This…", "These…" are bot/discourse.py's. The caller keeps the word only when the sentence right before
used it (a first mention, "The government…", refers to nothing). Words that point at no earlier thing ("The same…",
"The first…", "The world…", "The post…") are left out. Pure.
"""

from __future__ import annotations

import re

from . import herenow

# Words after "The" that name no thing a sentence before introduced: an order, a whole, the text itself, the present,
# the reader ("The first time…", "The rest of…", "The world…", "The post…", "The user…").
_NOT_REFERRING = frozenset([
    "first", "third", "last", "next", "previous", "following", "same", "other", "others", "whole", "rest",
    "end", "beginning", "start", "middle", "way", "ways", "world", "best", "worst", "most", "least", "only", "entire",
    "main", "top", "bottom", "future", "past", "present", "moment", "today", "number", "lot", "kind", "sort", "type",
    "case", "fact", "one", "ones", "latest", "current", "new", "old", "usual", "user", "users", "reader", "readers",
    "author", "authors", "people", "public", "internet", "web", "below", "more", "less",
    "many", "few", "full", "real", "actual", "key", "big", "small", "good", "bad", "great", "point", "truth", "thing",
    "things",
]) | herenow.HERE_AND_NOW  # fmt: skip

# ... or a thing named with "this"/"these" in a sentence's opening phrase ("The idea of this refactoring, is to…"
# after "Request handling pipeline was refactored.", set58 F4): a noun, then "of", "for", "behind" … and it; or after
# an opening phrase and its comma ("By default, these files in current and all ancestor directories…" after "…by
# reading .ocamlformat and .ocp-indent files", set13's OCaml Planet).
_OF_THIS = re.compile(
    r"[\"'“‘]?(?:(?:The|A|An|One)\s++[a-z]{3,}+\s++(?:of|for|behind|about|from|in)\s++"
    r"|[A-Z][a-z]*+(?:\s++[a-z]++){0,3},\s++)(?:this|these|those)\s++([a-z]{3,}+)(?![\w'’-])"
)
_OPENING = re.compile(
    r"[\"'“‘]?(?:The|Such)\s++([a-z]{3,}+)(?![\w'’-])(?!\s+[A-Z])"  # (not a name's first word: "The Verge…")
    r"(?!\s+(?:of|in|from|on|at|for|about|that|which|who|with)\b)"
)


def referent(sentence: str) -> str | None:
    """The word after the sentence's opening article ("The drone…"), or after "this"/"these" in its opening phrase
    ("The idea of this refactoring…", "By default, these files…"), that may name something said just before."""
    match = _OPENING.match(sentence, 0, 40) or _OF_THIS.match(sentence, 0, 60)
    if match is None:
        return None
    word = match.group(1)
    return None if word in _NOT_REFERRING else word


# A word's endings that other forms of it take ("refactored", "refactoring"; "update", "updates").
_ENDING = re.compile(r"(?:ing|ed|ion|ions|ment|ments|es|s|e)$")
_STEM = 5  # letters a stem keeps, at least


def said_before(term: str, before: frozenset[str]) -> str:
    """The term of ``before`` (a sentence's terms) that is ``term`` or another form of its word ("refactored" for
    "refactoring"), or ""."""
    if term in before:
        return term
    stem = _ENDING.sub("", term)
    if len(stem) < _STEM:
        return ""
    return next((t for t in sorted(before) if t.startswith(stem) and _ENDING.sub("", t) == stem), "")
