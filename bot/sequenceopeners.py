"""Openers that place a sentence after others it needs, in a summary's order (read by bot/leanings.py): a summary
takes such a sentence only right after the one before it. Pure.

- A later step of a sequence: "The last step is to tick all the boxes…" (set 68b F6, after steps the summary left
  out), "The next step…", "Der letzte Schritt…", "La dernière étape…", "Langkah terakhir…"; a step's label past the
  first after an earlier one, "Langkah 4: Extract file…" after "Langkah 3: …" (set 68a F2; later_step_label: not
  "Step 1:", which opens the steps, nor "Etapa 15: …" with no stage before it, a race report's lede).
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
from collections.abc import Sequence

# A later step as the subject of a copula that gives it (the review of this rule's diff, rev68d F7: not "The final
# stage of the Tour de France finished…", "La dernière étape du Tour…", "The next step for the Artemis programme is…",
# "L'ultima fase del Giro…", a race's stage or a project's phase, ledes).
_LATER_STEP = re.compile(
    r"[\"'“(]?(?:(?:The|And\s+the)\s+(?:last|final|next|penultimate)\s+(?:(?:step|stage)\s+(?:is|was|will\s+be)\b"
    r"|thing\s+(?:to|you|we|I)\b)"
    r"|(?:Der|Im)\s+(?:letzte|nächste|letzten|nächsten)\s+Schritt|La\s+(?:dernière|prochaine)\s+étape\s+(?:consiste|est)"
    r"|El\s+(?:último|siguiente|próximo)\s+paso|O\s+(?:último|próximo)\s+passo"
    r"|L['’](?:ultimo|ultima)\s+(?:passo|fase)\s+(?:è|consiste)"
    r"|De\s+(?:laatste|volgende)\s+stap|Langkah\s+(?:terakhir|selanjutnya|berikutnya)"
    r"|(?:Poslední|Další)\s+krok|(?:Ostatni|Następny|Kolejny)\s+krok)\b"
)
# A step's label past the first ("Langkah 4:", "Step 2 -", "Schritt 3."), a how-to's: the steps before it are its
# context. Read by later_step_label, with the entry's sentences: a label leans only after an earlier sentence of the
# entry labelled with the same word and a smaller number ("Langkah 3: …" before "Langkah 4: …") — not "Etapa 15:
# Pogačar gana en solitario…", a race's stage as a lede (rev68d F8).
_STEP_LABEL = re.compile(
    r"(Langkah|Step|Schritt|Krok|Adım|Paso|Passo|Étape|Etapa|Stap|Steg|Trin|Bước|Tahap)\s+0*(\d+)\s*[:.)–—-]"
)
# The gerund's object a pronoun: "that" only as one, before a comma or a preposition (not "After learning that the
# company had hidden the losses, …", a conjunction), nor "making it" ("After making it through the group stage…", an
# idiom): rev68d F9.
_GERUND_THIS = re.compile(
    r"(?:After|Before|Since|Despite|Besides|Without|By|On|Upon|When|While)\s+[a-z]+ing\s+"
    r"(?:this|these|those|them|(?<!making\s)it|that(?=\s*[,;]|\s+(?:with|to|for|over|in|on|at|by)\b))\b"
    r"(?!\s+(?:way|time|week|year|month|morning|evening|night|point|one)\b)"
)
# (lower case: a sentence that opens "Until this lands…" the older rules already read, bot/discourse.py)
_UNTIL_THIS = re.compile(
    r"\b(?:until|till|unless|once)\s+(?:this|that)\s+(?:is|was|gets|got|makes|made|lands|landed|happens|happened|has"
    r"|had|will|would|can|could|does|did|goes|becomes|comes|ships|shipped|merges|merged|works|changes)\b"
)
# ("Tohle" only as the pronoun, before a verb: not "Tohle léto jsem poprvé jel…", "this summer", which names it:
# rev68d F10)
_CZECH = re.compile(
    r"(?:Je to|Jsou to|Je toto|To je|To jsou|Toto je"
    r"|(?:Tohle|Tohleto)(?=\s+(?:je|jsou|byl[aoy]?|bude|budou|mi|mě|se|jsem|není)\b))\b(?!\s*[-–—:])"
)
# Hungarian pronouns, not "Ez a"/"Ez az" + a noun, which names what it means ("Ez az 1977-es év…", "Ezzel a poszttal
# kezdem…", "Ez a projekt…"): the review of this rule's diff, set 68a F8. Nor Basque "Ez" ("not") before its auxiliary
# ("Ez dago sarrerarik…": the accents are Spanish and Basque ones too, rev68d F11). The adverbs ("therefore", "because
# of this", "at such times") lean before an article too ("Ezért a városrész…"). "Ilyen" alone is also "so" ("Ilyen
# hideg tél nem volt…", "…láttam ilyen szép naplementét…"): only "egy ilyen" + a noun, "such a" (rev68d F11).
_HUNGARIAN = re.compile(
    r"(?:(?:Ez|Ezt|Ezek|Ebből|Ezzel|Ettől|Erre)\b(?!\s+az?\s)"
    r"(?!\s+(?:da|dago|daude|dira|du|dut|dute|dugu|duzu|zen|ziren|zuen|zuten|naiz|gara|dela|zaio|zait|nuen|zegoen"
    r"|dakit|daki|dauka|genuen)\b)"
    r"|(?:Ezért|Emiatt|Ilyenkor)\b)(?!\s*[-–—:])"
)
_HUNGARIAN_SUCH = re.compile(r"^(?:\S+\s+){0,3}?egy\s+ilyen\s+\w")
_HUNGARIAN_LETTERS = re.compile("[áéíóöőúüű]")
_OPENING_QUOTES = "\"'“‘«( "


def leans_by_opener(sentence: str) -> bool:
    """Whether a sentence's opener places it after a sentence before it (a later step, a gerund of "this", a Czech
    or Hungarian demonstrative opener), or a bare "this" in it stands for a link or a thing said before."""
    text = sentence.lstrip(_OPENING_QUOTES)
    if _LATER_STEP.match(text) or _GERUND_THIS.match(text):
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


def later_step_label(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence ``j`` opens on a step's label ("Langkah 4:") and an earlier one on the same label word with a
    smaller number ("Langkah 3:"): a step whose steps before it are its context (_STEP_LABEL)."""
    label = _STEP_LABEL.match(sentences[j].lstrip(_OPENING_QUOTES))
    if label is None or int(label[2]) < 2:
        return False
    word, number = label[1].casefold(), int(label[2])
    for earlier in sentences[:j]:
        found = _STEP_LABEL.match(earlier.lstrip(_OPENING_QUOTES))
        if found is not None and found[1].casefold() == word and int(found[2]) < number:
            return True
    return False
