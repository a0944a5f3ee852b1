"""Abbreviations whose dot ends no sentence, shared by the excerpt's cut (bot/cuts.py) and the summary's
segmenter (bot/sentences.py), so that the two lists cannot drift (set24 F5). Data, and one test on a word."""

from __future__ import annotations

# German words that stand inside a sentence whatever follows ("Feature Flags bzw. Canary Releases…").
INSIDE = ("bzw", "ggf", "inkl")
# Bulgarian address words before a name ("гр. София", "бул. „Витоша“", "ул. …").
ADDRESS = ("гр", "бул", "ул")
# A lower-case "etc." written with dots between letters: it ends its sentence ("…συνέδρια κ.ά.", "и т.д.").
ETC = frozenset(["κ.ά", "κ.λπ", "κ.λ.π", "т.д", "т.п", "u.s.w", "o.ä", "u.ä"])


def street_before_number(word: str, after: str) -> bool:
    """Whether a word before a dot is a German street's name shortened before its number ("Universitätsstr. 150,
    44801 Bochum", "Hauptstr. 5": set25 F12); ``after``: what follows the dot."""
    return len(word) > 3 and word[-3:].casefold() == "str" and after.lstrip()[:1].isdigit()


def doctors_title(word: str, after: str) -> bool:
    """Whether a word before a dot is "Ph" of "Ph. D." written with a space ("He’s a Ph. D. student at…" was cut to
    "…He’s a Ph.": set30 F7); ``word``: lower case; ``after``: what follows the dot."""
    return word == "ph" and after.startswith(" D.")
