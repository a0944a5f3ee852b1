"""Where an excerpt that must cut inside a sentence stops: at the sentence's last clause boundary near the limit.

A cut at a word ("…podíamos recibir retroalimentación de los…") stops mid-phrase although the sentence had a place to
pause a little earlier: a semicolon ("…de código fuente; al mismo tiempo, …"), and in Arabic-script text the spaced
".." an informal writer stops a sentence with ("…خمس مرات على الأقل .. في المرة الأخيرة…"; a version range "1..5" in
Latin text is no such stop). Set63 F5. And, where no such stop lies there, no article or conjunction as the last
word before "…" ("…la produttività dei processi e…", "…ha implementato il…": set64a F4). Pure.
"""

from __future__ import annotations

import re

# The last fifth of the limit and a little more, where the boundary must lie: further back, too much is left out.
SHARE = 0.6
# A clause's end: a semicolon after a word (not "&amp;", a smiley's ";-)"), a full-width one; an Arabic-script
# writer's ".." with a space after it (and an Arabic letter before it, spaced or not).
_BOUNDARY = re.compile(r"[;；](?<=[^\W\d_].)(?=\s)| \.\.(?<=[\u0600-\u06ff] ..)(?=\s)|\.\.(?<=[\u0600-\u06ff]..)(?=\s)")


def clause_cut(text: str, limit: int) -> int:
    """Where to cut ``text`` (longer than ``limit``; an "…" follows) at a clause boundary in the last 40% of the
    limit, or -1: none there (the caller cuts at a word), or a list of items (cut between them). No comma: set64a
    F4's cut at a comma ended on "…the board of…", "…build a long…" (review rev64a 1 and 2), taken back."""
    if " • " in text[:limit] or text.startswith("• "):
        return -1
    last = -1
    for m in _BOUNDARY.finditer(text, int(limit * SHARE), limit):
        last = m.start()
    return last


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
