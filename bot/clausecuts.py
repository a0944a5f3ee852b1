"""Where an excerpt that must cut inside a sentence stops: at the sentence's last clause boundary near the limit.

A cut at a word ("…podíamos recibir retroalimentación de los…") stops mid-phrase although the sentence had a place to
pause a little earlier: a semicolon ("…de código fuente; al mismo tiempo, …"), and in Arabic-script text the spaced
".." an informal writer stops a sentence with ("…خمس مرات على الأقل .. في المرة الأخيرة…"; a version range "1..5" in
Latin text is no such stop). Set63 F5. A comma before a clause's conjunction ("…, and the afternoon saw…": set 71b
F8). And, where no such stop lies there, no article or conjunction as the last word before "…" ("…la produttività dei
processi e…", "…ha implementato il…": set64a F4). Pure.
"""

from __future__ import annotations

import re

from .feedcuts import DANGLING

# The last fifth of the limit and a little more, where the boundary must lie: further back, too much is left out.
SHARE = 0.6
# A clause's end: a semicolon after a word (not "&amp;", a smiley's ";-)"), a full-width one; an Arabic-script
# writer's ".." with a space after it (and an Arabic letter before it, spaced or not).
_BOUNDARY = re.compile(r"[;；](?<=[^\W\d_].)(?=\s)| \.\.(?<=[\u0600-\u06ff] ..)(?=\s)|\.\.(?<=[\u0600-\u06ff]..)(?=\s)")
# And a comma after a word before a conjunction that opens a clause, then a word in lower case ("…research including
# freelancers, and the afternoon saw…", "…, but the…", "…, while…", "…, as well as…"; German's, French's, Spanish's,
# Italian's, Portuguese's, Dutch's: set 71b F8): what goes before it is a whole clause (not any comma: set64a F4). Only
# when the cut at a word would end on a word that leans on the next (_LEANING: "…team, and support our…", "…their…",
# "…skills as…"): a cut after a noun ("…new riffs on the form…", "…in the floodzone…") shows more and reads whole.
_CLAUSE_CONJUNCTIONS = r"and|but|while|whereas|as well as|und|aber|sondern|et|mais|pero|ma|mas|maar"
_CONJUNCTION_COMMA = re.compile(rf",(?<=[^\W\d_],)(?= (?:{_CLAUSE_CONJUNCTIONS}) [^\W\d_A-ZÀ-Þ])")
# Not "son" (an English noun: "…him and his son…") nor "sein" (German's infinitive: "…wird … sein"), words a cut ends
# whole on; "her" (also an object: "…we thanked her") only before a lower-case word (review rev71a 5).
_LEANING = DANGLING | frozenset(
    ["their", "our", "your", "his", "her", "its", "my", "leur", "leurs", "notre", "votre", "nos", "vos", "ses"]
    + ["sa", "ihre", "ihr", "unsere", "unser", "seine", "su", "sus", "nuestro", "nuestra", "nuestros"]
    + ["nuestras", "suo", "sua", "nostro", "nostra", "seu", "nosso", "nossa"]
)  # fmt: skip


def clause_cut(text: str, limit: int) -> int:
    """Where to cut ``text`` (longer than ``limit``; an "…" follows) at a clause boundary in the last 40% of the
    limit, or -1: none there (the caller cuts at a word), or a list of items (cut between them). No comma: set64a
    F4's cut at a comma ended on "…the board of…", "…build a long…" (review rev64a 1 and 2), taken back."""
    if " • " in text[:limit] or text.startswith("• "):
        return -1
    last = -1
    for m in _BOUNDARY.finditer(text, int(limit * SHARE), limit):
        last = m.start()
    if last < 0 and _leaning_end(text, limit):
        for m in _CONJUNCTION_COMMA.finditer(text, int(limit * SHARE), limit):
            last = m.start()
    return last


def _leaning_end(text: str, limit: int) -> bool:
    """Whether a cut at the last space before ``limit``, past the words undangled steps back over, ends on a word of
    _LEANING ("…support our…", "…Evidence Centre on…")."""
    space = undangled(text, text.rfind(" ", 0, limit), limit // 2)
    word = text[text.rfind(" ", 0, space) + 1 : space].strip("\"'“”‘’(").casefold()
    return space > 0 and word in _LEANING and (word != "her" or text[space + 1 : space + 2].islower())


# The words a cut at a word steps back over: articles and conjunctions, "of", and Italian's and Spanish's
# prepositions joined with an article ("…dei processi e…"). None that is also a content word, a pronoun or a verb's
# particle in a language that shares the script: not feedcuts.DANGLING's "die", "den", "do", "no", "van", "in", "on",
# nor "ai", "alle", "con" ("…patients could die…", "…sindicatos no…", "…powered by ai…": review rev64a 3), nor "an",
# "ein" (German particles: "…hörte Anwohner an"), "du", "het", "alla" (Swedish "all"), "dal", "os", "та".
_STEPPED_OVER = frozenset(
    ["a", "the", "of", "and", "or", "nor", "und", "oder", "eine", "einen", "einem", "einer", "des"]
    + ["le", "la", "les", "un", "une", "au", "aux", "et", "el", "los", "las", "del", "y", "que", "por"]
    + ["il", "lo", "gli", "una", "uma", "di", "della", "dei", "delle", "degli", "dalla", "dalle", "nel"]
    + ["nella", "nei", "nelle", "sul", "sulla", "sui", "sulle", "agli", "che", "e", "o"]
    + ["een", "ett", "och", "и", "или", "і", "й", "або"]
)  # fmt: skip


def undangled(text: str, cut: int, least: int) -> int:
    """A word cut (``cut``: the space it stops at) moved back over the articles, prepositions and conjunctions
    before it (lower case, _STEPPED_OVER), not before ``least``: "…la produttività dei processi e…" ends
    "…dei processi…" (set64a F4). Not between a list's items (" • ")."""
    for _ in range(3):
        if text[cut : cut + 1] != " " or text[cut + 1 : cut + 2] in "•+*":
            return cut
        space = text.rfind(" ", 0, cut)
        if space < least or text[space + 1 : cut] not in _STEPPED_OVER:
            return cut
        cut = space
    return cut
