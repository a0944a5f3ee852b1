"""The thing a sentence opens on with "the" that the sentence before it named: "The drone flies up to 35 km away…"
after "I'm working on a UAV system that includes a datalink between the drone and the ground segment" (set48 F1).
Read without that sentence, the reader does not know which drone: a summary takes such a sentence only once a
sentence it shows, or the headline, has named the thing (bot/summary.py).

Only a sentence's first words, and not a word the sentence says which ("The info in the wiki…", "The results of an
attack…": a thing of its own): a definite article (or "Such", Spanish "Este/Esta…", which bot/discourse.py's
pointers do not read; not one another language spells as a word of its own: Italian "I", "Il", Portuguese "As",
Dutch "De" are Swedish "in", French "he", English "As", Spanish "of") and the word after it, in lower case (German's nouns capitalised). Further in, "the room", "the
information" are as often a thing of their own (measured: three times the changed summaries, as many worse as
better); "This…", "These…" are bot/discourse.py's. The caller keeps the word only when the sentence right before used
it (a first mention, "The government…", refers to nothing). Words that point at no earlier thing ("The same…", "The
first…", "The world…", "The post…") are left out. Pure.
"""

from __future__ import annotations

import re

from . import herenow

# Words after "The" that name no thing a sentence before introduced: an order, a whole, the text itself, the present,
# the reader ("The first time…", "The rest of…", "The world…", "The post…", "The user…").
_NOT_REFERRING = frozenset([
    "first", "second", "third", "last", "next", "previous", "following", "same", "other", "others", "whole", "rest",
    "end", "beginning", "start", "middle", "way", "ways", "world", "best", "worst", "most", "least", "only", "entire",
    "main", "top", "bottom", "future", "past", "present", "moment", "today", "number", "lot", "kind", "sort", "type",
    "case", "fact", "one", "ones", "latest", "current", "new", "old", "usual", "user", "users", "reader", "readers",
    "author", "authors", "people", "public", "internet", "web", "above", "below", "former", "latter", "more", "less",
    "many", "few", "full", "real", "actual", "key", "big", "small", "good", "bad", "great", "point", "truth", "thing",
    "things",
]) | herenow.HERE_AND_NOW | herenow.ICI_ET_MAINTENANT | herenow.QUI_E_ORA | herenow.HIER_UND_JETZT  # fmt: skip

_OPENING = re.compile(
    r"[\"'“‘«]?(?:The|Such|Este|Esta|Estos|Estas|Le|La|Les|El|Los|Las|Gli|Os|Het|Der|Die|Das)"
    r"\s++([^\W\d_]{3,}+)(?![\w'’-])(?!\s+[A-Z])"  # (not a name's first word: "Das Stadtmuseum Berlin…")
    r"(?!\s+(?:of|in|from|on|at|for|about|that|which|who|with|de|du|des|del|von|vom|der|di|da|do|dos|das|van)\b)(?!\s+d[’'])"
)
_CAPITALISED = frozenset(["Der", "Die", "Das"])  # (German: its nouns are capitalised; English "The Verge" is a name)


def referent(sentence: str) -> str | None:
    """The word (casefolded) after the sentence's opening article that may name something said just before."""
    match = _OPENING.match(sentence, 0, 40)
    if match is None:
        return None
    word = match.group(1)
    article = sentence[: match.start(1)].strip(" \"'“‘«")
    if not (word[1:].islower() and word[0].isupper() == (article in _CAPITALISED)):
        return None  # ("The Verge…", a name; "Die Linke…"; "The iOS app…" keeps going: "iOS" is no lower-case word)
    word = word.casefold()
    return None if word in _NOT_REFERRING else word
