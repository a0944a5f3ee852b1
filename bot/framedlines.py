"""Marks alone on a line of a text without markup, between its parts, and the short line two of them frame.

A mark alone ("." / "・", "-") is a break between two parts of a text, no text of its own; so is an ornament, a few
marks of two kinds or more in a row (".~.~.", "~*~*~", "-=-=-", "*~*~*": set58 F3), which the excerpt showed as its
first words (".~.~. Sus dos papas son felices…"). One mark repeated ("*****", "------", "......") is a rule between
sections (cuts.is_rule), which ends the excerpt, and a few dots a pause (excerpt._PAUSES): neither is read here. No
letter, digit or pictograph: a face (":-)", "^_^", "(ツ)") is no ornament.

Ornaments frame a line that is set apart, an announcement ("… anunciarles que ⏎ .~.~. ⏎ 👼 nació nuestra empresa … 👼
⏎ .~.~. ⏎ Sus dos papas…", set58 F3): after a line that leads into it, ending on a colon or on the word that opens a
clause ("that", "que", "dass" …), it is that line's end, one statement ("Tenemos el placer de anunciarles que 👼 nació
nuestra empresa … 👼"); apart, the lead-in was dropped as a phrase that is no sentence, and the line with it. Only a
line of a few words (at most _FRAMED_WORDS) framed on both sides. Pure.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"[.・·*~-]{1,2}")
_ORNAMENT = re.compile(r"[.~*=+_#•·・ -]{4,30}")
_MARKS = frozenset(".~*=+_#•·・-")
# The words that open a clause a line may lead into ("…that" / "…que" / "…dass"), closed; and a colon
_INTO = frozenset(("that", "que", "dass", "daß", "che", "dat", "att", "что"))
_FRAMED_WORDS = 10


def is_separator(line: str) -> bool:
    """Whether ``line`` (stripped) is a mark or an ornament alone: a break between parts, no text (see the doc)."""
    return _MARK.fullmatch(line) is not None or is_ornament(line)


def is_ornament(line: str) -> bool:
    """Whether ``line`` (stripped) is an ornament: a few marks of two kinds or more (".~.~.", "-=-=-")."""
    if not 4 <= len(line) <= 30 or line[0] not in _MARKS:  # (most lines: at once)
        return False
    return _ORNAMENT.fullmatch(line) is not None and len(set(line) - {" "}) >= 2


def framed_joined(lines: list[str], kept: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The lines with a line framed by ornaments run into the line before the first of them when that one leads
    into it (a colon, or a word that opens a clause, "…anunciarles que"), the first ornament gone (see the doc);
    ``kept``: lines left as they are (headings, quotes, code)."""
    if len(lines) < 4:
        return lines
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if (
            out
            and is_ornament(line)
            and index + 2 < len(lines)
            and is_ornament(lines[index + 2])
            and not is_separator(framed := lines[index + 1])
            and len(framed.split()) <= _FRAMED_WORDS
            and _said(framed)
            and _leads_into(out[-1])
            and not kept.intersection((out[-1], line, framed, lines[index + 2]))
        ):
            out[-1] += " " + framed
            index += 2  # (the second ornament stays: the break after the framed line)
            continue
        out.append(line)
        index += 1
    return out


def without_ornaments(lines: list[str], kept: set[str] | frozenset[str]) -> list[str]:
    """HTML's lines without its ornaments (each a paragraph of its own, "<p>.~.~.</p>"), a line they frame run into
    the line that leads into it (framed_joined); ``kept``: lines left as they are (headings, quotes, code)."""
    if not any(is_ornament(line) and line not in kept for line in lines):
        return lines
    return [line for line in framed_joined(lines, kept) if line in kept or not is_ornament(line)]


def _leads_into(line: str) -> bool:
    """Whether ``line`` ends leading into what follows it: on a colon or on a word that opens a clause."""
    words = line.split()
    return line.endswith((":", "：")) or bool(words) and words[-1].casefold() in _INTO


def _said(framed: str) -> bool:
    """Whether a framed line is said, not a heading: a word of three letters or more in lower case ("👼 nació nuestra
    empresa 3600.lat 👼"; not "The Cup Final", "HORARIOS", a section's heading in its frame: the review of 0d522fc)."""
    return any(len(word) >= 3 and word[0].islower() for word in framed.split())
