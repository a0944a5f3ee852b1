"""Openers that place a sentence after others it needs, in a summary's order (read by bot/leanings.py): a summary
takes such a sentence only right after the one before it. Pure.

- A later step of a sequence: "The last step is to tick all the boxes…" (set 68b F6, after steps the summary left
  out), "The next step…", "Der letzte Schritt…", "La dernière étape…", "Langkah terakhir…"; a step's label past the
  first, "Langkah 4: Extract file…" (set 68a F2), "Step 3: …" (not "Step 1:", which opens the steps).
- A gerund's object that stands for what was said: "After discussing this with friends, we don't think…" (set 68b F6,
  after the question it answers); "Before doing that, …"; "until this makes its way into a release" ("this" a link's
  text, set 68b F6), a bare "this"/"that" as a clause's subject after "until"/"unless"/"once" (not "until this week").
- Czech and Slovak "it is", "this (is)" as the first words: "Je to tvá výhoda v kanclu…" ("it is your advantage": what
  "it" is, programming, the sentence before said; set 68a F8), "To je…", "Tohle je…".
- Hungarian "this", "such", "therefore": "Ez vezetett…", "Ezért…", "Szükséges egy ilyen történeti munkához…" ("such a
  historical work": the paragraph before describes it; set 68a F8) — not "Ez a poszt…", "Ezzel a poszttal kezdem…",
  "Ez az 1977-es év…": "this" before its noun names it.
"""

from __future__ import annotations

import re

_LATER_STEP = re.compile(
    r"[\"'“(]?(?:(?:The|And\s+the)\s+(?:last|final|next|penultimate)\s+(?:step|stage|thing\s+(?:to|you|we|I)\b)"
    r"|(?:Der|Im)\s+(?:letzte|nächste|letzten|nächsten)\s+Schritt|La\s+(?:dernière|prochaine)\s+étape"
    r"|El\s+(?:último|siguiente|próximo)\s+paso|O\s+(?:último|próximo)\s+passo|L['’](?:ultimo|ultima)\s+(?:passo|fase)"
    r"|De\s+(?:laatste|volgende)\s+stap|Langkah\s+(?:terakhir|selanjutnya|berikutnya)"
    r"|(?:Poslední|Další)\s+krok|(?:Ostatni|Następny|Kolejny)\s+krok)\b"
)
# A step's label past the first ("Langkah 4:", "Step 2 -", "Schritt 3."), a how-to's: the steps before it are its
# context.
_STEP_LABEL = re.compile(
    r"(?:Langkah|Step|Schritt|Krok|Adım|Paso|Passo|Étape|Etapa|Stap|Steg|Trin|Bước|Tahap)\s+0*([2-9]|\d{2,})\s*[:.)–—-]"
)
_GERUND_THIS = re.compile(
    r"(?:After|Before|Since|Despite|Besides|Without|By|On|Upon|When|While|Having)\s+[a-z]+ing\s+"
    r"(?:this|that|these|those|it|them)\b(?!\s+(?:way|time|week|year|month|morning|evening|night|point|one)\b)"
)
_UNTIL_THIS = re.compile(
    r"\b(?:until|till|unless|once)\s+(?:this|that)\s+(?:is|was|gets|got|makes|made|lands|landed|happens|happened|has"
    r"|had|will|would|can|could|does|did|goes|becomes|comes|ships|shipped|merges|merged|works|changes)\b"
)
_CZECH = re.compile(r"(?:Je to|Jsou to|Je toto|To je|To jsou|Toto je|Tohle|Tohleto)\b(?!\s*[-–—:])")
# Hungarian pronouns, not "Ez a"/"Ez az" + a noun, which names what it means ("Ez az 1977-es év…", "Ezzel a poszttal
# kezdem…", "Ez a projekt…"): the review of this rule's diff, set 68a F8. The adverbs ("therefore", "because of
# this", "at such times") lean before an article too ("Ezért a városrész…").
_HUNGARIAN = re.compile(
    r"(?:(?:Ez|Ezt|Ezek|Ebből|Ezzel|Ettől|Erre|Ilyen)\b(?!\s+az?\s)|(?:Ezért|Emiatt|Ilyenkor)\b)(?!\s*[-–—:])"
)
_HUNGARIAN_SUCH = re.compile(r"^(?:\S+\s+){0,3}?(?:egy\s+)?ilyen\s+\w")
_HUNGARIAN_LETTERS = re.compile("[áéíóöőúüű]")


def leans_by_opener(sentence: str) -> bool:
    """Whether a sentence's opener places it after a sentence before it (a later step, a gerund of "this", a Czech
    or Hungarian demonstrative opener), or a bare "this" in it stands for a link or a thing said before."""
    text = sentence.lstrip("\"'“‘«( ")
    if _LATER_STEP.match(text) or _STEP_LABEL.match(text) or _GERUND_THIS.match(text):
        return True
    if ("until" in text or "till" in text or "unless" in text or "once" in text) and _UNTIL_THIS.search(text):
        return True
    if _CZECH.match(text):
        return True
    if _HUNGARIAN_LETTERS.search(text) is None:
        return False
    if _HUNGARIAN.match(text):
        return True
    return "ilyen" in text and _HUNGARIAN_SUCH.match(text) is not None
