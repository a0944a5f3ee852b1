"""Sentences about a part of the page the digest does not show, in words bot/pointers.py does not read (read by
bot/usable.py: no summary takes one). Pure.

- A picture, an example, a command's output, a topology or code named with its place on the page, anywhere in the
  sentence (set 68a F2): Indonesian "…mirip sama gambar diatas.", "Contoh diatas saya dapatkan dari VM…", "Dari
  topologi diatas dapat kita lihat…", "hasil output diatas menyatakan…"; "the output above", "das Bild oben",
  "l'exemple ci-dessus", "výše uvedený příklad". The noun must come right before the place word: "VM mikrotik yang
  berjalan diatas Qemu" ("running on Qemu") is no pointer, nor "Tabel berikut…" (a table that follows: "berikut"
  announces, bot/pointers.py says_what_follows reads what is announced).
- The page's own parts as what a sentence sends the reader to (set 68b F9): "…learn more about 2i2c at the links
  below, and more about this job posting on the rest of this page.", "Scroll down for…".
"""

from __future__ import annotations

import re

from .pointers import UNSHOWN_NOUNS

_UNSHOWN_PART = re.compile(
    r"\b(?:gambar|contoh|topologi|output|tabel|kode|skema|diagram|grafik|screenshot|konfigurasi|perintah|skrip|script"
    r"|ilustrasi)\s+(?:di\s?atas|di\s?bawah(?:\s+ini)?)(?=[\s.,;:!?)]|$)(?!\s+(?:kertas|kanvas|kain|kaca|kayu|batu)\b)"
    # (English: bot/pointers.py's nouns, and a command's; "above"/"below" ends the noun phrase, a page's place: not
    # "He kept the pictures above his bed…", "…kept the output below capacity…", prepositions, rev68d F2)
    r"|\bthe\s+(?:\w+\s+)?(?:output|topology|listing|commands?|" + UNSHOWN_NOUNS + r")\s+"
    r"(?:shown\s+)?(?:above|below)(?=\s*(?:[.,;:!?)]|$)|\s+(?:shows?|showed|is|are|was|were|lists?|gives?|says?)\b)"
    r"|\b(?:Bild|Beispiel|Abbildung|Screenshot|Tabelle|Grafik|Diagramm|Codebeispiel)\s+(?:oben|unten)\b"
    r"|\b(?:image|exemple|capture|tableau|schéma|figure|graphique|code)\s+ci-(?:dessus|dessous)\b"
    r"|\b(?:imagen|ejemplo|captura|tabla|código|figura|gráfico|esquema)\s+de\s+(?:arriba|abajo)\b(?!\s+(?:a\s+)?(?:abajo|arriba)\b)"
    r"|\b(?:imagem|exemplo|tabela|código|figura|gráfico)\s+(?:acima|abaixo)\b(?!\s+d[eoa]s?\b)"
    r"|\b(?:afbeelding|voorbeeld|plaatje|tabel|figuur|schermafbeelding)\s+(?:hierboven|hieronder)\b"
    r"|\b(?:výše|níže)\s+uveden\w*\s+(?:příklad|obrázek|obrázku|tabulk|kód|schéma)"
    r"|\b(?:obrázek|obrázku|příklad|tabulka|kód)\s+(?:výše|níže)\b"
    # (the links or the rest of the page, set 68b F9; not "the links between them", a description without a place)
    r"|\b(?:the|these|those)\s+(?:\w+\s+)?links?\s+(?:below|above)\b|\bthe\s+rest\s+of\s+(?:this\s+(?:page|post)\b|the\s+(?:page|post)(?=\s*[.,;:!?]))"
    r"|(?:^|[.;:]\s+|,\s+(?:just\s+|please\s+)?)scroll\s+(?:down|up)\b",
    re.IGNORECASE,
)
_HINTS = (
    "atas", "bawah", "above", "below", "oben", "unten", "ci-d", "arriba", "abajo", "acima", "abaixo", "hierboven",
    "hieronder", "výše", "níže", "rest of", "scroll",
)  # fmt: skip
# "the below error", "the following configurations": what the page shows after the sentence, an error's text, a list
# of settings (set 69b F5). A closed list of nouns after "the below" (not "the below inflation pay offer", "the below
# sea level polders": compounds, rev69d F1); "the following <noun>" only where the noun phrase ends the clause or comes
# before a preposition, not before its verb, nor after "in"/"on" ("the following steps were easier", "in the following
# messages apologized": "following" as "next", rev69d F2; "the following day", a time; "the following settings:", what
# follows said so, bot/pointers.py). Its own pattern, asked only where "below"/"following" is (rev69d F9: cost).
_BELOW_OR_FOLLOWING = re.compile(
    r"\bthe\s++below\s++(?:mentioned\s++|given\s++|listed\s++)?(?:errors?|configurations?|settings?|commands?|code|output"
    r"|logs?|messages?|warnings?|exceptions?|screenshots?|images?|pictures?|links?|steps?|examples?|scripts?|snippets?"
    r"|tables?|diagrams?|figures?|details|info|information|config)\b"
    r"|(?<!\bin )(?<!\bon )\bthe\s++following\s++(?:[^\W\d_]++\s++)?(?:errors?|configurations?|settings?|commands?|code"
    r"|output|logs?|messages?|parameters?|options?|steps?|lines?|screenshots?|images?|links?|specs?|config)\b(?!\s*+:)"
    r"(?=\s*+(?:[.,;!?)]|$)|\s++(?:on|in|for|from|to|with|when|after|and|that)\b)",
    re.IGNORECASE,
)


def about_unshown_part(sentence: str) -> bool:
    """Whether a sentence is about a part of the page named by its place there (_UNSHOWN_PART), or by what comes
    after it ("the below error", _BELOW_OR_FOLLOWING)."""
    lower = sentence.lower()
    if ("below" in lower or "following" in lower) and _BELOW_OR_FOLLOWING.search(sentence):  # (set 69b F5)
        return True
    if not any(hint in lower for hint in _HINTS):  # (most sentences: a few substring scans, not the pattern)
        return False
    return _UNSHOWN_PART.search(sentence) is not None
