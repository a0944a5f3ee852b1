"""Two ways a summary's sentence leans on the one before it that bot/discourse.py and bot/anaphora.py do not read
(set 70a F8): bot/leanings.py's ``leans_before`` asks both, and bot/summary.py takes such a sentence only right after
the one before (or not at all).

- A definite article, "other" or "same" and a noun the headline does not name, at the sentence's start ("The other
  bulletin concerns Word.", "L'autre bulletin critique…", "Die gleiche Regel…"): the other one, or the same one, of
  something said before. "New" only when a sentence before names the noun ("…a rent law…" / "The new law…"): most
  "the new <noun>" of news stand alone ("The new law takes effect on Monday.", "Die neue Woche beginnt…", rev70d F6),
  so "La nova versió inclourà un blog…" after "Web construïda amb WordPress…" (112books--linuxbcn-ca.xml #3, whose
  site the version is) is no longer read. Not a noun the headline names ("The other law…" under "Senate passes the
  data law"), nor one the sentence says whose it is ("La mateixa versió del web…"), nor an idiom ("the other day",
  "l'autre jour", "el mismo día", "on the other hand": each language's, rev70d F7), nor a name ("The same Apple…").
- The first row of a list a lead-in's colon announces by a count ("Mūsų sprendimą sudaro trys pagrindiniai
  komponentai:" / "Grindų plano generavimo algoritmas, kuriame…", threethirds--cases-lt.xml #3, shown alone: one of
  three components, unnamed). Not after any lead-in's colon (measured for bot/paragraphs.py: as many summaries worse as
  better), only one that counts what follows (a count word among its last words, or a figure right before a word
  among its last three: "fixes 3 long-standing bugs:", not "moved to 10:", "Ubuntu 24:", rev70d F9), not a heading's.
Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .sentences import HEADING, QUOTED

# Article + "new/other/same" (the first group) + a word, at the start: English, Catalan, Spanish, French, Italian,
# Portuguese, Dutch (each language's articles with its own words: not English "A new…"); German's nouns are capitalised
# (its own pattern). Not "next": a time from now as often ("la próxima semana"), and a series' "The next featured poster
# comes from…" (read in the diff: its school's name lost).
_ROMANCE = re.compile(
    r"(The\s+(?:new|other|same)"
    r"|(?:La|El|Els|Les|L['’])\s*(?:nova|nou|noves|nous|mateixa|mateix|mateixos|mateixes|altra|altre|altres)"
    r"|(?:La|El|Los|Las)\s+(?:nueva|nuevo|nuevas|nuevos|misma|mismo|mismas|mismos|otra|otro|otras|otros)"
    r"|(?:La|Le|Les|L['’])\s*(?:nouvelle|nouveau|nouvel|nouvelles|nouveaux|même|mêmes|autre|autres)"
    r"|(?:La|Il|Lo|Gli|Le|I|L['’])\s*(?:nuova|nuovo|nuove|nuovi|stessa|stesso|stesse|stessi|altro|altri|altre)"
    r"|(?:A|O|As|Os)\s+(?:nova|novo|novas|novos|mesma|mesmo|mesmas|mesmos|outra|outro|outras|outros)"
    r"|(?:De|Het)\s+(?:nieuwe|andere|zelfde))"
    r"\s+([^\W\d_]{3,})\b(?!\s+(?:of|for|de|del|dels|d['’]|di|della|dello|delle|des|du|da|do|dos|das|van)\b)"
)
_GERMAN = re.compile(r"((?:Die|Der|Das|Den|Dem)\s+(?:neue|neuen|neuer|gleiche|gleichen|selbe|selben|andere|anderen))"
                     r"\s+([^\W\d_]{3,})\b(?!\s+(?:des|der|von|für|vom)\b)")  # fmt: skip
_NEXT_WORD = re.compile(r"\s+([^\W\d_]{3,})\b")  # (the noun after a count: "The other two suspects…")
_NEW = frozenset(["new", "nova", "nou", "noves", "nous", "nueva", "nuevo", "nuevas", "nuevos", "nouvelle", "nouveau",
                  "nouvel", "nouvelles", "nouveaux", "nuova", "nuovo", "nuove", "nuovi", "novo", "novas", "novos",
                  "nieuwe", "neue", "neuen", "neuer"])  # fmt: skip
# The idioms, in each language above ("the other day", "el otro día", "l'altro giorno", "de andere dag": lately; "the
# same day", "le même jour": a date; "on the other hand", "d'autre part"; "the same way"; "l'autre fois": rev70d F7).
_IDIOMS = frozenset(["day", "jour", "día", "dia", "giorno", "dag", "tag", "hand", "main", "mano", "mão", "kant", "way",
                     "façon", "manière", "manera", "forma", "modo", "maneira", "manier", "wijze", "weise", "fois",
                     "vez", "volta", "keer", "part", "parte"])  # fmt: skip
_STEM = 5  # letters a noun and a headline's word share to be one word ("versió" / "versions")
_SHORT = 4  # a shorter noun is one word only as itself ("app" is not "Apple", "law" not "lawyer": rev70d F8)
# A count among a lead-in's last words: a count word (English, Catalan, Spanish, French, German, Italian, Portuguese,
# Dutch, Lithuanian), or a figure right before a word among the last three ("fixes 3 long-standing bugs:") and not a
# time's or a date's ("moved to 10:", "at 14:", "on 12 May:"), nor a version's ("Ubuntu 24:": the last word, rev70d F9).
# (not "du", "set", "sei", "due", "dos": French "of the", English "set", German "be", English "due", Portuguese "of the")
_COUNTS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "following", "dues",
                     "tres", "quatre", "cinc", "sis", "vuit", "següents", "cuatro", "cinco", "seis", "siete", "ocho",
                     "siguientes", "deux", "trois", "cinq", "sept", "huit", "suivants", "suivantes", "zwei", "drei",
                     "vier", "fünf", "sechs", "sieben", "folgende", "folgenden", "tre", "quattro", "cinque", "sette",
                     "seguenti", "dois", "duas", "três", "seguintes", "twee", "drie", "vijf", "zes", "zeven",
                     "volgende", "dvi", "trys", "keturi", "keturios", "penki", "penkios", "šeši", "šešios"])  # fmt: skip
_WHEN = frozenset(["at", "to", "on", "by", "from", "until", "since", "le", "am", "um", "op", "à", "às", "alle"])
_LAST_WORDS = 5
_CLOSING = "\"'”’»)」』 "
_WORDS = re.compile(r"[^\W\d_]+")


def names_what_came_before(sentences: Sequence[str], j: int, title: str) -> bool:
    """Whether sentence ``j`` opens on "the other/same <noun>" whose noun the headline ``title`` does not name, or on
    "the new <noun>" whose noun a sentence before names and the headline does not."""
    sentence = sentences[j]
    found = _ROMANCE.match(sentence)
    if found is not None and not found[2].islower():
        return False  # (a name, "The new iPhone…")
    found = found or _GERMAN.match(sentence)
    if found is None:
        return False
    noun = found[2].casefold()
    if noun in _COUNTS:  # ("The other two suspects…": its noun is the word after)
        after = _NEXT_WORD.match(sentence, found.end(2))
        if after is None:
            return False
        noun = after[1].casefold()
    if noun in _IDIOMS or _named(noun, title):
        return False
    if re.split(r"[\s'’]+", found[1])[-1].casefold() in _NEW:  # (rev70d F6: "The new law takes effect…" alone)
        return any(_named(noun, before) for before in sentences[:j])
    return True


def _named(noun: str, text: str) -> bool:
    """Whether ``text`` has the word ``noun`` (casefolded): itself, or one with its first letters ("versió",
    "versions"; "plan", "plans"), not a longer word a short noun begins ("app", "Apple"; "news", "newsletter")."""
    k = min(_STEM, len(noun))
    for word in _WORDS.findall(text.casefold()):
        if word == noun or len(noun) >= _SHORT and word[:k] == noun[:k] and (k == _STEM or len(word) <= k + 2):
            return True
    return False


def counted_row(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence ``j`` comes right after a lead-in that ends in a colon and counts what follows."""
    if j == 0 or sentences[j].startswith(HEADING):
        return False
    before = sentences[j - 1]
    if before.startswith((HEADING, QUOTED)) or not before.rstrip(_CLOSING).endswith((":", "：")):
        return False
    words = [word.strip(".,;:：()\"'”’«»").casefold() for word in before[-200:].split()[-_LAST_WORDS:]]
    if any(word in _COUNTS for word in words):
        return True
    return any(
        word.isdigit() and len(word) <= 2 and len(words[n + 1]) >= 3 and words[n + 1][0].isalpha()
        and (n == 0 or words[n - 1] not in _WHEN)
        for n, word in enumerate(words[:-1]) if n >= len(words) - 3
    )  # fmt: skip
