"""Two ways a summary's sentence leans on the one before it that bot/discourse.py and bot/anaphora.py do not read
(set 70a F8): bot/leanings.py's ``leans_before`` asks both, and bot/summary.py takes such a sentence only right after
the one before (or not at all).

- A definite article, "new", "other" or "same" and a noun the headline does not name, at the sentence's start
  ("La nova versió inclourà un blog…" after "Web construïda amb WordPress, en procés de renovació.", 112books--
  linuxbcn-ca.xml #3; "The new version…", "Die neue Version…", "L'autre bulletin critique…"): the version, or the
  other one, of something said before. Not a noun the headline names ("The new law…" under "Senate passes the data law"), nor one the sentence says whose
  it is ("The next step for the Artemis programme…", "La nova versió del web…": rev68d's lede), nor "the other day"
  (lately), nor a name ("The new iPhone…").
- The first row of a list a lead-in's colon announces by a count ("Mūsų sprendimą sudaro trys pagrindiniai
  komponentai:" / "Grindų plano generavimo algoritmas, kuriame…", threethirds--cases-lt.xml #3, shown alone: one of
  three components, unnamed). Not after any lead-in's colon (measured for bot/paragraphs.py: as many summaries worse as
  better), only one that counts what follows (a figure or a count word among its last words), not a heading's.
Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .sentences import HEADING, QUOTED

# Article + "new/other/same" + a word, at the start: English, Catalan, Spanish, French, Italian, Portuguese, Dutch (each
# language's articles with its own words: not English "A new…"); German's nouns are capitalised (its own pattern). Not
# "next": a time from now as often ("la próxima semana"), and a series' "The next featured poster comes from…" (read
# in the diff: its school's name lost).
_ROMANCE = re.compile(
    r"(?:The\s+(?:new|other|same)"
    r"|(?:La|El|Els|Les|L['’])\s*(?:nova|nou|noves|nous|mateixa|mateix|mateixos|mateixes|altra|altre|altres)"
    r"|(?:La|El|Los|Las)\s+(?:nueva|nuevo|nuevas|nuevos|misma|mismo|mismas|mismos|otra|otro|otras|otros)"
    r"|(?:La|Le|Les|L['’])\s*(?:nouvelle|nouveau|nouvel|nouvelles|nouveaux|même|mêmes|autre|autres)"
    r"|(?:La|Il|Lo|Gli|Le|I|L['’])\s*(?:nuova|nuovo|nuove|nuovi|stessa|stesso|stesse|stessi|altro|altri|altre)"
    r"|(?:A|O|As|Os)\s+(?:nova|novo|novas|novos|mesma|mesmo|mesmas|mesmos|outra|outro|outras|outros)"
    r"|(?:De|Het)\s+(?:nieuwe|andere|zelfde))"
    r"\s+([^\W\d_]{3,})\b(?!\s+(?:of|for|de|del|dels|d['’]|di|della|dello|delle|des|du|da|do|dos|das|van)\b)"
)
_GERMAN = re.compile(r"(?:Die|Der|Das|Den|Dem)\s+(?:neue|neuen|neuer|gleiche|gleichen|selbe|selben|andere|anderen)"
                     r"\s+([^\W\d_]{3,})\b(?!\s+(?:des|der|von|für|vom)\b)")  # fmt: skip
_IDIOMS = frozenset(["day", "hand", "way"])  # ("the other day": lately; "on the other hand")
_STEM = 5  # letters a noun and a headline's word share to be one word ("versió" / "versions")
# A count among a lead-in's last words: a figure, or a count word (English, Catalan, Spanish, French, German, Italian,
# Portuguese, Dutch, Lithuanian).
# (not "du", "set", "sei", "due": French "of the", English "set", German "be", English "due")
_COUNTS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "following", "dos",
                     "dues", "tres", "quatre", "cinc", "sis", "vuit", "següents", "cuatro", "cinco", "seis",
                     "siete", "ocho", "siguientes", "deux", "trois", "cinq", "sept", "huit", "suivants",
                     "suivantes", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "folgende", "folgenden", "tre",
                     "quattro", "cinque", "sette", "seguenti", "dois", "duas", "três", "seguintes", "twee", "drie",
                     "vijf", "zes", "zeven", "volgende", "dvi", "trys", "keturi", "keturios", "penki", "penkios",
                     "šeši", "šešios"])  # fmt: skip
_LAST_WORDS = 5
_CLOSING = "\"'”’»)」』 "


def names_what_came_before(sentence: str, title: str) -> bool:
    """Whether ``sentence`` opens on "the new/next/other/same <noun>" whose noun the headline ``title`` does not name."""
    found = _ROMANCE.match(sentence)
    if found is not None and (not found[1].islower() or found[1].casefold() in _IDIOMS):
        return False  # (a name, "The new iPhone…"; "the other day")
    found = found or _GERMAN.match(sentence)
    if found is None:
        return False
    stem = found[1].casefold()[:_STEM]
    return not any(word.startswith(stem) for word in re.findall(r"[^\W\d_]+", title.casefold()))


def counted_row(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence ``j`` comes right after a lead-in that ends in a colon and counts what follows."""
    if j == 0 or sentences[j].startswith(HEADING):
        return False
    before = sentences[j - 1]
    if before.startswith((HEADING, QUOTED)) or not before.rstrip(_CLOSING).endswith((":", "：")):
        return False
    words = [word.strip(".,;:：()\"'”’«»").casefold() for word in before[-200:].split()[-_LAST_WORDS:]]
    return any(word in _COUNTS or word.isdigit() and len(word) <= 2 for word in words)
