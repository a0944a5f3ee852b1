"""A sentence that closes a post and tells none of it: who reported or fixed what an advisory is about ("Reported by
Gaspard Baye and Hamidullah Muslih.", "Fix by Arsen Arsenović."), a pointer to where the details are ("For details,
see commit b890f3a….": the Haskell security advisories, set 69b F7), a show's outro in its language (Norwegian
podcast notes: "Tusen hjertelig takk til alle som kom å så på!", "Støtt oss gjerne på Patreon.", "Bildet i
artikkelen er tatt av Kristian Tjessem, …": set 69a F4). No summary takes one (bot/usable.py). Each is matched as
the whole sentence: "The flaw was reported by Project Zero last week." tells the story and stays. Pure."""

from __future__ import annotations

import re

# A name: one to four capitalised words ("Gaspard Baye", "Arsen Arsenović", "the Debian security team" is no name).
_NAME = r"(?-i:[A-ZÀ-ÞΑ-ΩА-ЯЁ])[\w'’.-]*+(?:[^\S\n]++(?-i:[A-ZÀ-ÞΑ-ΩА-ЯЁ])[\w'’.-]*+){0,3}"
# The credit: a verb of finding or fixing, "by", and one to four names joined by "," or "and" (set 69b F7)
_CREDIT = re.compile(
    r"(?i:(?:reported|discovered|found|fixed|fix|patch(?:ed)?|analy[sz]ed|credit(?:ed)?)(?: and \w+)? by)[^\S\n]+"
    rf"{_NAME}(?:(?:,[^\S\n]*+(?:and[^\S\n]++)?|[^\S\n]++(?:and|&)[^\S\n]++){_NAME}){{0,3}}[.!]?\s*"
)
# A pointer to the details elsewhere, alone in its sentence: "For details, see commit b890f3a…." (set 69b F7), "See
# the advisory for more details."
_POINTER = re.compile(
    r"(?i:for (?:more |further |full |the )?(?:details|information|info),? see [^.!?\n]{1,80}"
    r"|see (?!you\b)[^.!?\n]{1,60} for (?:more |further |full |the )?(?:details|information|info))\.?\s*"
)
# A show's outro (set 69a F4), Norwegian, Danish, Swedish: thanks to the audience or a helper ("Takk til alle som
# kom…", "Tusen takk til Espen Fuglem som filmet hele showet."), an appeal to support or follow the show ("Støtt oss
# gjerne på Patreon."), a photo's credit ("Bildet i artikkelen er tatt av …"). Not thanks with a clause of its own
# after it ("Takk til alle som stemte – vi vant!", ", men …": the news).
_OUTRO = re.compile(
    r"(?i:(?:(?:tusen|tusind|stor|stort|hjertelig|varm|mange)\s+)*(?:takk|tak|tack)\s+(?:til|till|for)\b"
    r"(?![^.!?\n]*?(?:\s[–—-]|[,;:])\s*(?:vi|jeg|men|så|det|de|nå)\b)"
    r"|(?:støtt|stött|følg|følj|abonner på|del) (?:oss|os|gjerne oss) (?:gjerne |også )?(?:på|via|hos)\s"
    r"|(?:bildet|bildene|fotoet|foto|bilde)\b[^.!?\n]{0,40}?\ber (?:tatt|tat|fotografert) av\s)"
    r"[^.!?\n]{0,300}[.!?]*\s*"
)


def outro_sentence(sentence: str) -> bool:
    """Whether a whole sentence is a credit, a pointer to the details elsewhere, or a show's outro (see above)."""
    return any(row.fullmatch(sentence) is not None for row in (_CREDIT, _POINTER, _OUTRO))
