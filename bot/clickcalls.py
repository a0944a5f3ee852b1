"""A call to action that ends a paragraph with "click here" or "try it, it's free" (bot/promos.py reads it).

- "click here": a bare one ending the text (ko "…이곳을 클릭하시면…": hwajin--ja.xml in set27, F8; pt "…basta clicar
  aqui.", set49 F14), or after a gerund, "clicking here" (it "Provalo subito cliccando qui.", set 64a F7).
- "try it, it's free": a "try" verb in the imperative opening its sentence (or after a colon), or its infinitive after
  "to" ("per", "pour", "para", "zu"), then the sentence's end ", it's free!" at the first comma after it (it "Premi qua
  per provare TrackBot, è gratis!", "Prova subito TrackBot, è gratis!", set 64a F7: botfactoryit--trackbot-it.xml).
  Both words are needed: "The app is out today, and it's free!" is news, "Try the new search." no call to an offer.
  The same words are nouns after an article, and a comma may close a clause before the copula: "La prova scritta,
  che si terrà sabato, è gratuita.", "Das Testen in den Apotheken, so das Ministerium, ist kostenlos." are news (the
  review of set 64 group c, finding 1).

promos.py takes the sentence the match is in for a call: at the text's end it goes with what follows it; before more
of the story, it alone goes. Pure.
"""

from __future__ import annotations

import re

__all__ = ["click_call"]

_HERE = ("here", "aqui", "aquí", "ici", "qui", "qua", "hier", "di sini", "здесь")
_FREE = ("free", "gratis", "gratuito", "gratuita", "gratuit", "gratuite", "grátis", "kostenlos")
_CLICK_HERE = re.compile(
    r"(?:이곳|여기)(?:을|를)\s*클릭하(?:시면|면|세요|십시오)"
    r"|(?i:(?:(?:^|(?<=[.!?] )|[,;:—]\s*|\b(?:basta|just|simply|please)\s)"
    rf"(?:click|clicar|clique|cliquez|clicca|haz clic|haga clic|klik|klicken sie|нажмите)\s(?:{'|'.join(_HERE)})"
    rf"|\b(?:by clicking|cliccando|clicando|en cliquant|haciendo clic)\s(?:on\s)?(?:{'|'.join(_HERE)})"
    r"|\bhier klicken)\s?[.!]?$)"
)
# "try" (en, it, fr, es, pt, de) where a call opens (the line's or a sentence's start, a colon) or as an infinitive
# after "to"; then, at the first comma, "it's free" at the sentence's end (en, it, fr, es, pt, de)
_TRY_FREE = re.compile(
    r"(?i:(?:^|[.!?:]\s+|\b(?:to|per|pour|para|zu)\s+)(?P<try>(?:try|prova|provalo|provala|provare|provarlo|essayez"
    r"|essayer|prueba|pruébalo|probar|experimente|experimentar|teste|probieren|testen)\b)[^,.!?\n]{0,80}?[,—–]\s*"
    rf"(?:it['’]s|it is|è|c['’]est|es|é|ist|e)\s+(?:{'|'.join(_FREE)})\s?[!.]?$)"
)
_TRY_REACH = 200  # characters of a line's end read for "try…, it's free" (its try word is at most 80 before)
_ENDS = (*(word.rsplit(" ", 1)[-1] for word in _HERE), "klicken")  # (a cheap test of the line's end first)


def click_call(line: str, starts: re.Pattern[str]) -> int | None:
    """Where the sentence (``starts``: what may open one) of the "click here" or "try it, it's free" a line ends
    with starts (the module docstring), or None. A "try" after a colon starts the call ("…due nuovi corrieri: Prova
    subito TrackBot, è gratis!": the words before it are the post's)."""
    end, at = line[-12:].rstrip(" .!").lower(), None
    if "클릭" in line or end.endswith(_ENDS):
        at = None if (click := _CLICK_HERE.search(line)) is None else click.start()
    if at is None and end.endswith(_FREE):
        at = None if (call := _TRY_FREE.search(line, max(0, len(line) - _TRY_REACH))) is None else call.start("try")
        if at is not None and line[:at].rstrip().endswith(":") and line[at].isupper():
            return at
    return None if at is None else max((0, *(m.end() for m in starts.finditer(line, 0, at))))
