"""Where an excerpt ends before a short question that leads into its answer, the excerpt cutting the answer off
("… in real time. The goal?", "• ↩️ Undo anytime: Made a mistake?"), for bot/excerpt.py; moved out of
bot/storylabels.py (the review of set 65c, 11). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cuts import last_sentence_end
from .storylabels import pictograph_led

# A rhetorical question of one or two words a paragraph answers next: "The goal?", "The difference?" (a determiner and
# a noun), "Why?", "Pourquoi ?" (the question word alone); not one put to the readers, "Any recommendations?", "Sound
# familiar?", "What's yours?"
# (only articles no pronoun is spelt as: never "Le saviez-vous ?", "Lo sapevi?", "La conoces?", "De verdad?", review
# of set48, 6)
_DETERMINERS = frozenset(["the", "der", "die", "das", "het"])
_WHY = frozenset(["why", "warum", "wieso", "pourquoi", "perché", "waarom", "dlaczego", "почему", "зачем", "neden",
                  "varför", "hvorfor"])  # fmt: skip
# ... or one of five words at most after a list item's label, its bullet or its pictograph before it ("• ↩️ Undo
# anytime: Made a mistake?": set 65b F4); never a label in a sentence's run ("… on the server. Question: Can anyone help
# me?", a forum post's point: the review of set 65c, 6)
_LABELLED = re.compile(r"(?:•\s+(?:[^\w\s]+\s+)?|[^\w\s]+\s+)[^\s:：?]+(?:\s[^\s:：?]+){0,3}[:：]\s+")


def _lead_in_question(question: str) -> bool:
    labelled = _LABELLED.match(question)
    words = question[labelled.end() if labelled else 0 :].rstrip("?？ ").casefold().split()
    short = len(words) == 2 and words[0] in _DETERMINERS or len(words) == 1 and words[0] in _WHY
    return short or labelled is not None and len(words) <= 5


def before_question(text: str, end: int, parts: Sequence[str], least: int) -> int:
    """Where an excerpt cut at ``end`` ends instead when its last sentence is a paragraph's short opening question
    led by a pictograph, a social post's heading whose answer the cut leaves out ("… nuovi membri. 📝 Cosa cambia?" /
    "La segreteria include ora…", set31 F1): at the sentence before it, when that one ends at ``least`` or later;
    else ``end``. (A question in words alone stays: a forum post's, "Can you help me check…?", "Question: Can anyone
    help me?", is its point; a list item's after its label, "• ↩️ Undo anytime: Made a mistake?", is a lead-in: set
    65b F4.)"""
    if end <= least or text[end - 1] != "?":
        return end
    before = last_sentence_end(text, end - 2, least)
    question = text[before:end].strip()
    if before < least or len(question) > 60:
        return end
    if _lead_in_question(question) and any(question + " " in part for part in parts):
        return before  # (a rhetorical lead-in its paragraph answers next: "…in real time. The goal? Quickly see…", set48 F11)
    if not pictograph_led(question):
        return end
    return before if any(len(part) > len(question) and part.startswith(question) for part in parts) else end
