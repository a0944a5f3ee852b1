"""Where an excerpt that must cut inside a sentence stops: at the sentence's last clause boundary near the limit.

A cut at a word ("…podíamos recibir retroalimentación de los…") stops mid-phrase although the sentence had a place to
pause a little earlier: a semicolon ("…de código fuente; al mismo tiempo, …"), and in Arabic-script text the spaced
".." an informal writer stops a sentence with ("…خمس مرات على الأقل .. في المرة الأخيرة…"; a version range "1..5" in
Latin text is no such stop). Set63 F5. And, where no such stop lies there, a comma a little before the limit
("…su cui MCE, la divisione informatica del gruppo, ha implementato il…" ends "…del gruppo…"), or at least no
article, preposition or conjunction as the last word before "…" ("…la produttività dei processi e…": set64a F4). Pure.
"""

from __future__ import annotations

import re

from .feedcuts import DANGLING

# The last fifth of the limit and a little more, where the boundary must lie: further back, too much is left out.
SHARE = 0.6
# A clause's end: a semicolon after a word (not "&amp;", a smiley's ";-)"), a full-width one; an Arabic-script
# writer's ".." with a space after it (and an Arabic letter before it, spaced or not).
_BOUNDARY = re.compile(r"[;；](?<=[^\W\d_].)(?=\s)| \.\.(?<=[\u0600-\u06ff] ..)(?=\s)|\.\.(?<=[\u0600-\u06ff]..)(?=\s)")


# A comma's clause, nearer the limit (a comma parts less than a semicolon: less is left out for one): a comma after
# a word and before a space (not a number's "1,8", nor "1, 2, 3"), outside a parenthesis.
COMMA_SHARE = 0.8
_COMMA = re.compile(r"(?<=[^\W\d_]),(?=\s)")


def clause_cut(text: str, limit: int) -> int:
    """Where to cut ``text`` (longer than ``limit``; an "…" follows) at a clause boundary in the last 40% of the
    limit (a comma: in its last 20%), or -1: none there (the caller cuts at a word), or a list of items (cut
    between them)."""
    if " • " in text[:limit] or text.startswith("• "):
        return -1
    last = -1
    for m in _BOUNDARY.finditer(text, int(limit * SHARE), limit):
        last = m.start()
    return last if last >= 0 else _comma_cut(text, limit)


def _comma_cut(text: str, limit: int) -> int:
    """The last comma in the last fifth of the limit that parts two phrases, outside a parenthesis, or -1; none when
    a label or a dash's field follows it before the limit ("…de travaux, dirigeant - Industry sector: couverture…":
    cut at a word, the field's start is kept)."""
    last, at, depth = -1, 0, 0  # (the parentheses open before each comma, counted once along the text)
    for m in _COMMA.finditer(text, int(limit * COMMA_SHARE), limit):
        depth += text.count("(", at, m.start()) - text.count(")", at, m.start())
        at, last = m.start(), m.start() if depth <= 0 and _parts_clauses(text, m.start()) else last
    return -1 if last >= 0 and _FIELD.search(text, last, limit) else last


# A field's label or a spaced dash between fields ("Targets: …", " - Industry sector").
_FIELD = re.compile(r":\s| [-–—] ")
# The conjunctions that join a series' last member ("research-optimized, secure and compliant cyberinfrastructure").
_SERIES = frozenset(["and", "or", "et", "ou", "e", "o", "y", "und", "oder", "en", "и", "или", "та", "і"])


def _parts_clauses(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` parts two phrases, not a name's parts between capitals ("Red, White & Boom",
    "Columbus, OH", "Micron Technology, Inc.") nor a series of words whose last member comes next ("…providing
    research-optimized, secure and compliant cyberinfrastructure": cut at it, the noun they go with is gone)."""
    before = text[max(0, comma - 40) : comma].rsplit(None, 1)[-1:]
    after = text[comma + 1 : comma + 60].split(None, 3)[:3]
    if not after or before and before[0][:1].isupper() and after[0][:1].isupper():
        return False
    return not any(word in _SERIES for word in after[1:])


# ... and Italian's and Spanish's prepositions joined with an article, and their conjunctions ("…dei processi e…").
_JOINED = (
    "dei delle degli dal dalla dai dalle nel nella nei nelle sul sulla sui sulle al alla ai alle agli che"
    " del por para con en un una que"
)
_DANGLING = DANGLING | frozenset(_JOINED.split())


def undangled(text: str, cut: int, least: int) -> int:
    """A word cut (``cut``: the space it stops at) moved back over the articles, prepositions and conjunctions
    before it (lower case, feedcuts.DANGLING), not before ``least``: "…la produttività dei processi e…" ends
    "…dei processi…" (set64a F4). Not between a list's items (" • ")."""
    for _ in range(3):
        if text[cut : cut + 1] != " " or text[cut + 1 : cut + 2] in "•+*":
            return cut
        space = text.rfind(" ", 0, cut)
        if space < least or text[space + 1 : cut] not in _DANGLING:
            return cut
        cut = space
    return cut
