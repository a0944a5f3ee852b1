"""Sentences that stop before their end: no summary's sentence.

An informal writer trails off on a conjunction and two dots ("…علشان عاوز أوصل بسرعة و.. وفجأة لقيت…", "…in a hurry
and.. suddenly…"), which pysbd ends a sentence at: "…بسرعة و." read as a whole sentence in a digest (set63 F15). (Not
a paragraph break inside a sentence, "…لسة هأقول لها أو أشاور" / "لها تقف…": a paragraph after one whose last
sentence has no stop, taken only after it, changed 56 summaries, most worse: a list's rows, a label, a link.) Pure.
"""

from __future__ import annotations

from .cuts import CONJUNCTIONS

# Conjunctions a sentence never ends on: bot/cuts.py's (English, Russian, Ukrainian), Arabic's ("and", "or", "then",
# "but"), German, French, Spanish, Portuguese, Italian ("e" and "y" alone are letters too: not here; nor Egyptian
# "بس", "only, that's all" at a sentence's end, "…صبر وتركيز بس.", nor "mas", Spanish "nada mas" unaccented: the
# second review of this session, 6).
_LAST_WORDS = CONJUNCTIONS | frozenset(["و", "أو", "او", "ثم", "لكن", "und", "oder", "et", "ou", "pero"])


def trails_off(sentence: str) -> bool:
    """Whether a sentence ends on a conjunction and its stop ("…بسرعة و.", "…and then and."): it stops mid-thought."""
    if sentence[-1:] not in ".…" or " " not in sentence:
        return False
    return sentence.rstrip(".… ").rsplit(None, 1)[-1].casefold() in _LAST_WORDS
