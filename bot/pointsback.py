"""Sentences whose opening points back at the one before them by a phrase bot/discourse.py's ``leans_back`` does
not read word by word (set64b F5): a connective of consequence of three words or more ("As a consequence, the EST
client fails to process the response."), discourse "Now," before a condition, "you" or "we" ("Now, if you see a
record that is missing @timestamp, …", "Now, given a total order…"; not "Now available…", "Now that…", nor a news
"Now, a study shows…"), a pseudo-cleft on a pronoun or a demonstrative ("What triggered it is that I started a new
project…", "What's interesting about this project is…", "The reason for this is…"), "One option is…" or "Well,
…" right after a question (the question it answers), and set65a F8's Persian demonstrative before a noun ("این نوع
Test Double…", "this type of…", its type named in a heading left out) and "همین" before one ("…در مورد همین سوالا…",
"…about these same questions…", the list left out). Read by bot/anaphora.py's ``leans_on``: a summary takes such a
sentence only right after the one it leans on. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .herenow import HERE_AND_NOW, INJA_VA_AKNUN

# (a consequence "of" something named in the sentence itself leans on nothing: "As a consequence of the strike, …")
_OPENER = re.compile(
    r"[\"'“‘«(]*+(?:"
    r"(?i:as\sa\sconsequence|in\sconsequence|having\ssaid\s(?:that|this)|as\ssuch|because\sof\sthat|en\sconséquence"
    r"|como\sconsecuencia|en\sconsecuencia|di\sconseguenza|como\sconsequência|als\sfolge(?:\sdavon)?|infolgedessen),"
    r"|Now,\s(?=(?i:if|when|let['’]s|before|once|you|we|given)\b)"  # (not a news "Now, a study shows…": review rev64d, 4)
    r"|(?i:what\s(?:[^\W\d_]+\s){1,3}(?:it|this|that|them)\s(?:is|was)\b)(?![^?]*+\?)"  # (not a question)
    r"|(?i:the\s(?:reason|cause)\s(?:for|of|behind)\s(?:it|this|that)\s(?:is|was)\b)"
    r")"
)
# A pseudo-cleft on what a demonstrative names ("What's interesting about this project is that…"; not "this post", "this
# release": bot/herenow.py's, the text itself).
_ABOUT_THIS = re.compile(
    r"[\"'“‘«(]*+(?i:what(?:['’]s|\sis|\swas)\s[^\W\d_]+\sabout\s(?:this|that|these|those)\s([^\W\d_]+)"
    r"\s(?:is|was|are|were)\b)"
)
# An answer to the question right before it: one among others ("So how do I test my changes…? One option is to
# compose…"), or a reply's "Well" ("…it should be pretty simple... or is it? Well of course it isn't, …").
_ONE_ANSWER = re.compile(
    r"(?:One|Another|A\ssimple|An\seasy)\s(?:option|way|answer|solution|approach|possibility)\s(?:is|would\sbe)\b"
    r"|Well(?:,|\sof\scourse\b|\s(?:yes|no)\b)"
)
_CLOSERS = "\"'”’») "
# Persian "this"/"that" first, "this same" after a preposition in the first clause ("در مورد همین سوالا…", "about these
# same questions…"), before a noun (set65a F8); not before the text itself, a time, an adverb's head (bot/herenow.py's
# INJA_VA_AKNUN), nor "این که…" ("that…", a clause). Not when a colon follows (the noun is named right there: "این ده
# کتاب را … بخواند: …"), nor in Urdu, whose "آن لائن" is "online" (review rev65d F1, F2).
_PERSIAN_THIS = re.compile(r"(?:این|آن) ([^\s،,.؟!:]+)")
_PERSIAN_SAME = re.compile(r"(?:^|\s)(?:مورد|درباره|دربارهٔ|به|از|با|در|برای|بر) همین ([^\s،,.؟!:]+)")
_URDU = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06d2\u06d4]")  # (ٹ ڈ ڑ ں ھ ے ۔: Urdu's letters, not Persian's)
_PLURAL = re.compile("\u200c?ها$")  # ("سال‌ها", "these years": looked up as "سال")


def points_back(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence ``j`` opens on a phrase that points at the sentence before it (see above)."""
    if _OPENER.match(sentences[j]):
        return True
    if (about := _ABOUT_THIS.match(sentences[j])) and about[1].casefold() not in HERE_AND_NOW:
        return True
    if _persian_this(sentences[j]):
        return True
    return j > 0 and _ONE_ANSWER.match(sentences[j]) is not None and sentences[j - 1].rstrip(_CLOSERS).endswith("?")


def _persian_this(sentence: str) -> bool:
    """Set65a F8: a Persian demonstrative or "همین" before a noun (see above)."""
    opening = sentence.lstrip('«"( ')
    if not "\u0600" <= opening[:1] <= "\u06ff" or _URDU.search(sentence):  # (Arabic script first; not Urdu)
        return False
    this = _PERSIAN_THIS.match(opening)
    if this and ":" not in opening[this.end() :] and _PLURAL.sub("", this[1]) not in INJA_VA_AKNUN:
        return True
    same = _PERSIAN_SAME.search(re.split("[،,]", opening, maxsplit=1)[0])
    return same is not None and _PLURAL.sub("", same[1]) not in INJA_VA_AKNUN
