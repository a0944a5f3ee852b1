"""A change log's section label kept over the list it names (set58 F5): "<h1>Removed</h1><ul><li><p>Function
<code>x/utils:asdf-system-directory</code>. Use <code>…</code> instead.</p></li></ul>" showed "• Function
x/utils:asdf-system-directory. Use … instead." — the heading, which every heading before the text is, was dropped,
and with it what happened to the function. Kept ("Removed: • Function …") only where the item does not say it: a
label of a change log's closed set (Keep a Changelog's and their usual translations) right over the list, and the
list's first item opening on a name, no verb: a sentence of three words at most, one of them code's name, none a
clause's word ("Fixed a crash in the parser." under "Fixed" says it, and stays alone).
"""

from __future__ import annotations

import re

from .headingrows import name_of_fields

# Keep a Changelog's section names, and German, French, Spanish and Portuguese ones (a closed set: not "Features",
# "Improvements", whose items say what they are).
_LABEL_WORDS = (
    "added changed deprecated removed deleted fixed security breaking hinzugefügt geändert veraltet entfernt behoben"
    " ajouté modifié déprécié supprimé corrigé añadido cambiado obsoleto eliminado corregido adicionado alterado"
    " removido corrigido"
)
_LABELS = frozenset(_LABEL_WORDS.split()) | {"breaking changes"}
# A name in code: a path's, a package's or a member's separator between two of its characters, or a call's brackets
# ("reblocks/utils/misc:asdf-system-directory", "pkg.fn", "do_it", "run()").
_CODE_NAME = re.compile(r"\w[/:._]\w|\w\(\)")
# A clause's words: the verbs that make one however the item is written, and what a replacement's sentence says.
_VERB_WORDS = (
    "is are was were be been being has have had can could will would should must may might does do did now no not"
    " longer use instead"
)
_CLAUSE_WORDS = frozenset(_VERB_WORDS.split())
_WORDS = 3


def label_of_list(fallback: list[str], around: list[str]) -> list[str]:
    """What the excerpt opens with before the list whose first item is ``around[1]`` (``around``: the lines before,
    at and after it; ``fallback``: the lines skipped before the text): the heading that names a list of fields
    (headingrows.name_of_fields), or a change log's label that the item needs (see above), with a colon; else
    nothing."""
    named = name_of_fields(fallback, around)
    if named or len(around) < 2 or not fallback or around[0] != fallback[-1] or around[1][:2] != "• ":
        return named
    label = around[0].rstrip(":：").strip()
    if label.casefold() not in _LABELS:
        return []
    first = around[1][2:].split(". ", 1)[0].rstrip(".")
    words = first.split()
    stem = label.casefold()[:4]
    if len(words) > _WORDS or not _CODE_NAME.search(first):
        return []
    if any(word.casefold() in _CLAUSE_WORDS or word.casefold().startswith(stem) for word in words):
        return []
    return [label + ":"]


# A change log flattened to plain text with each version's label at the end of the line before it (Hugo's plain
# summary: "V3.6.0 2022-02-24" / "Hospital projections added to homepage. V3.5.0 2022-01-28" / "Wastewater … page.
# V3.4.0 2021-06-16", set60 F6): the newest entry went as a line that ends no sentence, the excerpt ended on the next
# label. A version (two to four numbers, "v" first or not) and an ISO date, alone after a sentence's end at a line's
# end, are the next line's label: a line of their own.
_TRAILING_LABEL = re.compile(r"(?<=[.!?]) +([vV]?\d{1,4}(?:\.\d{1,4}){1,3} \d{4}-\d\d-\d\d)$")


def labels_apart(lines: list[str]) -> list[str]:
    """The lines with a version's label at a line's end, after a sentence, a line of its own (see above)."""
    out: list[str] = []
    for line in lines:
        label = _TRAILING_LABEL.search(line)
        out.extend((line[: label.start()], label[1]) if label else (line,))
    return out
