"""Sentences about a picture the chat never shows (set53 F2): a summary (bot/summary.py) never takes them.

A post's text may present or point at its pictures: a caption written as the paragraph's first sentence ("Dette er
(angivelig) Pietro Querini.", "this is (allegedly)…", under a <figure>), or people the pictures show and no sentence
names ("Her får du blant annet svar på hva disse herrene har å gjøre med…", "…what these gentlemen have to do with…",
before two <img>s). The digest shows no picture: alone, such a sentence points at nothing, and with the sentence before
it no better; an excerpt does not end on one either. Told by closed classes: a presentative ("this is", "here is",
"dette er", "das ist", "voici") whose rest is only a person's name (not after a quote or a colon: who what it quoted
was); a demonstrative before a formal word for people ("these gentlemen", "disse herrene", "diese Herren", "ces
messieurs") that no sentence before it says ("Two gentlemen stopped us. These gentlemen…" points back to them:
bot/discourse.py takes it after that one). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .excerpt import Excerpt
from .sentences import QUOTED, split_sentences

# A presentative and a hedge, in brackets or not, before the rest of the sentence: a caption when that is only a name.
_PRESENTS = re.compile(
    r"(?:This is|Here is|Here you see|Dette er|Det her er|Her er|Her ser du|Här är|Det här är|Das ist|Hier ist|Hier sieht"
    r" man|Voici|Voilà|C'est|Ecco|Questo è|Este es|Esta es|Aquí está|Este é|Aqui está|Dit is|Hier is|To jest|Это)"
    r"(?:\s++\(?(?i:allegedly|apparently|supposedly|probably|angivelig|visstnok|antagelig|angeblich|vermutlich"
    r"|apparemment|presumably|presumibilmente|supuestamente|vermoedelijk|podobno|якобы)\)?)?+\s"
)
_NAME_WORDS = 4
# A person's name, two words at least, each a capital then lower-case letters, or an initial ("Pietro Querini", "J.
# Smith"): not one noun ("Das ist Wahnsinn.", "Dette er Linux."), capitals ("This is HUGE."), "Plan B" (the review).
_NAME_WORD = re.compile(r"[^\W\d_](?:\.|[^\W\d_A-Z]*[^\W\d_A-Z][-’'\w]*)")
_DESCRIBED = ('"', "”", "»", "’", ":")  # (a quote or a colon before it, or a quoted line: the name answers it)
# "These", then a formal word for people in general (plural; Scandinavian with its definite ending), as a caption says
# it; not the colloquial ones a post's own sentence says of people it named ("I am so proud of these guys.", "Huge
# thanks to these folks!", "These guys built a CPU…": the review of set53 F2's fix); not before words that say which
# ("these gentlemen at Apple…", "disse herrene fra Bergen…", "ces messieurs qui…").
_THESE_PEOPLE = re.compile(
    r"(?i:\b(?:these|disse|dessa|diese|ces|estos|estas|questi|deze|ci|te|эти)\s++"
    r"(?:gentlemen|ladies|herrene|herrer|herrerne|herrarna|damene|damerne|damerna|Herren|Damen|messieurs|dames"
    r"|señores|señoras|signori|signore|heren|panowie|panie|господа))\b"
    r"(?!\s++(?i:at|from|of|in|on|who|that|which|with|på|fra|hos|i|som|med|von|aus|bei|mit|die|der|de|du|des|qui|que"
    r"|di|da|del|van|uit|z|ze|из|у|с|которые)\b)"
)
_TAIL = 400  # characters of an excerpt's end its last sentence is in (a longer one is no caption: _WORDS)
_WORDS = 30  # (a longer sentence says more than who the pictures show)
_GOES_ON = re.compile(r"\s[-–—]\s|:\s")
_STEM = 4  # letters of the word for people a sentence before must say ("herrene" / "herrer", "gentlemen" / "gentleman")


def about_picture(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence ``j`` is a picture's caption or points at people only a picture shows."""
    sentence = sentences[j].lstrip("\"'“‘«( ")
    if (presents := _PRESENTS.match(sentence)) is not None:
        if j > 0 and (sentences[j - 1].startswith(QUOTED) or sentences[j - 1].rstrip().endswith(_DESCRIBED)):
            return False  # (who a quoted description was: '“A technologist … […]” This is Matt Webb.', set9's adactio)
        name = sentence[presents.end() :].rstrip(".!\"'”’) ").split()
        return 2 <= len(name) <= _NAME_WORDS and all(word[0].isupper() and _NAME_WORD.fullmatch(word) for word in name)
    people = _THESE_PEOPLE.search(sentence)
    if people is None or len(sentence.split()) > _WORDS or _GOES_ON.search(sentence, people.end()):
        return False  # (a story of its own after them: "I can't thank these guys enough - When the leak…", set9)
    stem = people.group().split()[-1][:_STEM].casefold()
    return not any(stem in before.casefold() for before in sentences[:j])


def without_picture_sentence(excerpt: Excerpt) -> Excerpt:
    """The excerpt without its last sentence when that one is about a picture: the <figure>'s caption the paragraph
    under it opens with ("…Håper det smaker! Dette er (angivelig) Pietro Querini.", set53 F2), people only the pictures
    after it show ("…hva disse herrene har å gjøre med…"). Whole sentences only (not one the excerpt cut, "…"), and
    never the excerpt's only one."""
    if not excerpt.text or excerpt.text[-1] == "…":
        return excerpt
    tail = excerpt.text[-_TAIL:]  # (segmenting every excerpt cost half of read_feed: only one that may hold such)
    if _PRESENTS.search(tail) is None and _THESE_PEOPLE.search(tail) is None:
        return excerpt
    sentences = split_sentences(excerpt.text)
    if len(sentences) < 2 or not about_picture(sentences, len(sentences) - 1):
        return excerpt
    text = excerpt.text[: excerpt.text.rfind(sentences[-1])].rstrip()
    return Excerpt(
        text, (*excerpt.notes, f'removed: a sentence about a picture ("{sentences[-1][:40]}")'), excerpt.whole
    )
