"""Wrapping plain text by the columns a terminal shows, not by characters.

A Chinese, Japanese or Korean character takes two columns (East Asian Wide or
Fullwidth), so ``textwrap`` made their lines up to twice the width asked for
(set22's F13: a Korean summary on one ~120-column line), and a text written
without spaces (Japanese, Chinese) was never wrapped at all. Here a line holds
at most ``width`` columns; Chinese and Japanese break between two of their
characters (they may break anywhere), never before a closing mark ("。", "、",
"」": it stays with the character before) nor after an opening one; Korean
breaks at its spaces, as Latin text does.
A text with no wide character is wrapped by ``textwrap``, at spaces only: a word is never
cut, neither when it is longer than a line nor at its hyphens, so a web address stays whole
and a terminal can open it (set40 F11: "Link: h" / "ttps://graph.micro…"). Pure.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata

# Marks a CJK line never starts with (they close what is before), and marks it never ends with (they open).
_NO_START = frozenset("、。，．・：；？！ー）」』】〕〉》”’〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ),.!?:;%")
_NO_END = frozenset("（「『【〔〈《“‘(")
_GLUE = "\ue000"  # (a private character, neither a space nor wide: a bullet and its item's first word held together)
# A list's marker alone ("•", or a plain-text list's "+" or "*") before an item's first word of a few characters (a long
# one, an address, keeps its own line: the two together could pass the width)
_MARKER = re.compile(r"(?:(?<=\s)|^)([•+*]) (?=\S{1,24}(?:\s|$))")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def columns(text: str) -> int:
    """The columns a terminal gives ``text``: two for a wide or full-width character."""
    if text.isascii() or max(text) < "\u1100":  # (no character before U+1100 is wide: Latin, Greek, Cyrillic, Arabic…)
        return len(text)
    return len(text) + sum(1 for c in text if c >= "\u1100" and _is_wide(c))


def characters_in(text: str, width: int) -> int:
    """How many characters of ``text`` fill ``width`` columns, at the mix of narrow and wide characters its first
    ``2 * width`` have: ``width`` for Latin text, about half of it for Chinese or Japanese (set12's note, set62 F13:
    an excerpt of 300 Chinese characters reads as long as 600 Latin ones, seven sentences in a digest entry)."""
    sample = text[: 2 * width]
    return width if sample.isascii() else max(1, width * len(sample) // columns(sample))


def wrap(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    """``textwrap.wrap`` by columns (see the module's docstring); a list's marker never ends a line, it stays with its
    item's first word (set55's re-read: "…cabextract, wine-pipelight) •" / "wine-pipelight: updated to…"), unless
    that word is long (a web address), where the two together could pass the width."""
    if _GLUE not in text and (glued := _MARKER.sub(r"\1" + _GLUE, text)) != text:
        return [line.replace(_GLUE, " ") for line in wrap(glued, width, initial_indent, subsequent_indent)]
    if not _WIDE.search(text):
        return textwrap.wrap(text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent,
                             break_long_words=False, break_on_hyphens=False)  # fmt: skip
    lines: list[str] = []
    line, used = initial_indent, columns(initial_indent)
    fresh = True  # nothing but the indent on the line yet
    for word in text.split():
        for n, atom in enumerate(_atoms(word)):
            gap = " " if n == 0 and not fresh else ""
            size = columns(gap + atom)
            if not fresh and used + size > width:
                lines.append(line)
                line, used, gap = subsequent_indent, columns(subsequent_indent), ""
                size = columns(atom)
            line, used, fresh = line + gap + atom, used + size, False
    if not fresh:
        lines.append(line)
    return lines


def _atoms(word: str) -> list[str]:
    """The pieces of a word that a line may break between: each wide character (with the closing marks after it and
    the opening marks before it), and each run of narrow ones."""
    atoms: list[str] = []
    for c in word:
        if atoms and (
            c in _NO_START
            or atoms[-1][-1] in _NO_END
            or atoms[-1][-1] == _GLUE  # (a bullet's: "• 测" hold together)
            or not (_breaks(c) or _breaks(atoms[-1][-1]))  # (a run goes on: "Gemini", "2025", "가격이")
        ):
            atoms[-1] += c
        else:
            atoms.append(c)
    return atoms


def _is_wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in "WF"


def _breaks(c: str) -> bool:
    """A wide character a line may break before or after: not Hangul, which breaks at its spaces, as Latin does."""
    return _is_wide(c) and not _HANGUL.match(c)
