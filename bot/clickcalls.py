"""A call to action that ends a paragraph with "click here" or "try it, it's free" (bot/promos.py reads it).

- "click here": a bare one ending the text (ko "…이곳을 클릭하시면…": hwajin--ja.xml in set27, F8; pt "…basta clicar
  aqui.", set49 F14), or after a gerund, "clicking here" (it "Provalo subito cliccando qui.", set 64a F7).
- "try it, it's free": a "try" verb, then the sentence's end ", it's free!" (it "Premi qua per provare TrackBot, è
  gratis!", "Prova subito TrackBot, è gratis!", set 64a F7: botfactoryit--trackbot-it.xml). Both words are needed: "The
  app is out today, and it's free!" is news, "Try the new search." no call to an offer.

promos.py takes the sentence the match is in for a call: at the text's end it goes with what follows it. Pure.
"""

from __future__ import annotations

import re

__all__ = ["click_call"]

_HERE = r"(?:here|aqui|aquí|ici|qui|qua|hier|di sini|здесь)"
_CLICK_HERE = re.compile(
    r"(?:이곳|여기)(?:을|를)\s*클릭하(?:시면|면|세요|십시오)"
    r"|(?i:(?:(?:^|(?<=[.!?] )|[,;:—]\s*|\b(?:basta|just|simply|please)\s)"
    rf"(?:click|clicar|clique|cliquez|clicca|haz clic|haga clic|klik|klicken sie|нажмите)\s{_HERE}"
    rf"|\b(?:by clicking|cliccando|clicando|en cliquant|haciendo clic)\s(?:on\s)?{_HERE}"
    r"|\bhier klicken)\s?[.!]?$)"
)
# "try" (en, it, fr, es, pt, de), then ", it's free" at the sentence's end (en, it, fr, es, pt, de)
_TRY_FREE = re.compile(
    r"(?i:\b(?:try|prova|provalo|provala|provare|provarlo|essayez|essayer|prueba|pruébalo|probar|experimente"
    r"|teste|probieren|testen)\b[^.!?\n]{0,80}?[,—–]\s*(?:it['’]s|it is|è|c['’]est|es|é|ist|e)\s+"
    r"(?:free|gratis|gratuito|gratuita|gratuit|gratuite|grátis|kostenlos)\s?[!.]?$)"
)
_TRY_REACH = 200  # characters of a line's end read for "try…, it's free" (its try word is at most 80 before)
_ENDS = ("here", "qui", "qua", "aquí", "aqui", "ici", "sini", "hier", "klicken", "здесь")
_FREE = ("free", "gratis", "gratuito", "gratuita", "gratuit", "gratuite", "grátis", "kostenlos")


def click_call(line: str, starts: re.Pattern[str]) -> int | None:
    """Where the sentence (``starts``: what may open one) of the "click here" or "try it, it's free" a line ends
    with starts (the module docstring), or None. A "try" after a colon starts the call ("…due nuovi corrieri: Prova
    subito TrackBot, è gratis!": the words before it are the post's)."""
    end, click = line[-12:].rstrip(" .!").lower(), None
    if "클릭" in line or end.endswith(_ENDS):
        click = _CLICK_HERE.search(line)
    if click is None and end.endswith(_FREE):
        click = _TRY_FREE.search(line, max(0, len(line) - _TRY_REACH))
        if click is not None and line[: click.start()].rstrip().endswith(":") and line[click.start()].isupper():
            return click.start()
    return None if click is None else max((0, *(m.end() for m in starts.finditer(line, 0, click.start()))))
