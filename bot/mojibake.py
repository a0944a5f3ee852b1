"""Mojibake: UTF-8 that a publisher read as Windows-1252 or Latin-1 ("â€™" for "’",
"Ã©" for "é", "Ñ‡" for "ч"), once or twice, or in only part of a text, read back as
it was meant. Pure.

feedparser's own repair (bot/feedtext.py's clean, which the fast path copies) decodes
a text again only when all of it is Latin-1: it fixes "PeÃ±a" but never "â€™", whose
"€" and "™" only Windows-1252 has. ftfy (Apache-2.0; pure Python, its tables ship in
the wheel, nothing is downloaded) reads every form. It is called only for a text that
holds a likely sequence (clean text costs a regex search, ~4 ns a character), and its
reading is kept only when it leaves fewer such sequences and does not look like
nonsense itself (EUC-KR read as Latin-1 is nonsense that UTF-8 cannot mend).

Mojibake written as character references ("Caf&#195;&#169;", "&Atilde;&copy;": the bytes
as Latin-1 references, in a text or title the feed escaped) becomes "CafÃ©" only when the
text is unescaped, after this repair: the references to non-ASCII characters are read
first, and stay read only when that mends the text.

A JSON escape that a generator left in the text ("We\\u2019ll", "System76\\u2019s": the six
characters, as the Linux Action Show's feed writes them) is read as its character when
it is unambiguous: the text holds one inside a word (a letter or digit beside it), and
only the escapes of characters that are not ASCII, outside <code> and <pre>, are read
(a surrogate pair as one character); "\\\\u2019" (an escaped backslash) stays.

Correct text is left as it is: accented letters and punctuation rarely make a UTF-8
sequence, and those that do end a word ("“IRMÃ”", «AMANHÃ», „Gruß“, «\u00a0doué\u00a0»:
Portuguese, German, French) are not, alone, taken for mojibake.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape
from html.entities import name2codepoint

__all__ = ["repair_mojibake"]

# What Windows-1252, or Latin-1 where it has no character, makes of the bytes 0x80-0xBF:
# a UTF-8 continuation byte read as one of them.
_CONTINUATION = re.escape("".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xC0)))
# A no-break space whose second byte (0xA0) became a space, or went with the text's end:
# "2021.Â October", "featured inÂ a newsletter" (not after a capital: _likely). ftfy mends
# it only in a text it finds bad; _no_break_space where it does not ("2023Â – Review").
_SPACE = "\u00c2(?= |$)"
# The same, with its space: what stands for the no-break space.
_HALF_SPACE = re.compile("\u00c2( |$)")
# The quick test: a lead byte (0xC2-0xF4, read as "Â"…"ô") before a continuation byte, or
# _SPACE (written with lookaheads: a third of the time of "[…][…]|…" over the corpus).
_QUICK = re.compile(f"[\u00c2-\u00f4](?=[{_CONTINUATION}]|(?<=\u00c2)(?: |$))")
# Its lead (U+00C2-U+00F4) in UTF-8: 0xC3, then 0x82-0xB4 (0xC3 leads no other character). Looked for first
# (issue 15): the bytes' search skips to each 0xC3 in C, where _QUICK tests every character with its class,
# and most text that is not ASCII has no such letter (curly quotes, dashes, other scripts).
_QUICK_LEAD = re.compile(b"\xc3[\x82-\xb4]")
# A character reference to a lead byte's character ("&#195;", "&#xC3;", "&Atilde;"), and
# any character reference (HTML 4's names: the ones that stand for a Latin-1 character).
_LEADS = "|".join(sorted(name for name, code in name2codepoint.items() if 0xC2 <= code <= 0xF4))
_LEAD_REFERENCE = re.compile(
    f"&(?:#0*(?:19[4-9]|2[0-3][0-9]|24[0-4])|#[xX]0*(?:[cCdDeE][0-9a-fA-F]|[fF][0-4])|(?:{_LEADS}));"
)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A whole sequence: a lead byte and its one, two or three continuation bytes.
_SEQUENCE = re.compile(
    f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}|{_SPACE}"
)


# UTF-8 read as Mac OS Roman ("Portugu√™s", "Caf√©", "‚Äô"): the lead bytes 0xC3 and 0xC2
# ("√", "¬") before a continuation byte, or 0xE2 0x80 ("‚Ä", the quotes and dashes) before one,
# as Mac OS Roman reads them. (ftfy reads it back; "√π" or "√∞" in a formula it leaves alone.)
_MAC_CONTINUATION = re.escape(bytes(range(0x80, 0xC0)).decode("mac_roman"))
_MAC_SEQUENCE = re.compile(f"[\u221a\u00ac][{_MAC_CONTINUATION}]|\u201a\u00c4[{_MAC_CONTINUATION}]")


def _mac_sequence(text: str) -> bool:
    """Whether ``text`` holds a _MAC_SEQUENCE (its lead characters looked for in C first:
    the pattern, an alternation, is tried at every character of the text)."""
    return ("\u221a" in text or "\u00ac" in text or "\u201a" in text) and _MAC_SEQUENCE.search(text) is not None


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 read as Windows-1252, Latin-1 or Mac OS Roman decoded as it was meant, or as it is
    (and a generator's JSON escapes read: "We\\u2019ll")."""
    if "\\u" in text and _IN_WORD_ESCAPE.search(text):
        text = _CODE_OR_ESCAPE.sub(_escape_read, text)
    if "&" in text and _LEAD_REFERENCE.search(text):
        # The mojibake written as character references ("Caf&#195;&#169;"): every path
        # unescapes them later (HTML, and plain text's entities), after this repair. The
        # references to non-ASCII characters are read here, and kept read when that mends them.
        read = _REFERENCE.sub(_non_ascii, text)
        fixed = _repaired(read)
        return fixed if fixed != read else text
    return _repaired(text)


# A JSON escape of a character that is not ASCII (its high surrogate with the low one, if any),
# not after a backslash; one inside a word; and the same with the code spans they are never read in.
_ESCAPE = r"(?<!\\)\\u(?:[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|00[89a-fA-F][0-9a-fA-F]|0[1-9a-fA-F][0-9a-fA-F]{2}|[1-9a-fA-F][0-9a-fA-F]{3})"
_IN_WORD_ESCAPE = re.compile(rf"[^\W_]{_ESCAPE}|{_ESCAPE}[^\W_]")
_CODE_OR_ESCAPE = re.compile(rf"<(pre|code)\b.*?</\1\s*>|{_ESCAPE}", re.IGNORECASE | re.DOTALL)


def _escape_read(match: re.Match) -> str:
    """An escape read as its character (a control character, or a lone surrogate, stays written); code as it is."""
    if match.group(1):
        return match.group()
    try:
        char = match.group().encode("ascii").decode("unicode_escape").encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeError:
        return match.group()
    return match.group() if unicodedata.category(char[0])[0] == "C" else char


def _repaired(text: str) -> str:
    if text.isascii():
        return text
    if (
        not _QUICK_LEAD.search(text.encode("utf-8", "surrogatepass"))
        or not _QUICK.search(text)
        or not any(_likely(text, *m.span()) for m in _SEQUENCE.finditer(text))
    ):
        return _mac_roman(text) if _mac_sequence(text) else text
    import ftfy  # only for a text that needs it (~0.08 s once per process)

    # A text read as Windows-1252, then stripped, can end in half a character: the first
    # byte of a no-break space ("Â") or of an "à" ("Ã") whose 0xA0 went as white space.
    half = text[-1] in "ÂÃ"
    fixed = ftfy.fix_encoding(text + "\xa0" if half else text)
    if half and fixed[-1] == "\xa0":
        fixed = fixed[:-1]
    if "\u00c2" in fixed:
        fixed = _HALF_SPACE.sub(lambda m: _no_break_space(fixed, m), fixed)
    if fixed == text and _IN_WORD.search(text):
        fixed = _IN_WORD.sub(_letter, text)
    return _if_mended(text, fixed, _SEQUENCE)


# A letter's two bytes read as a capital and a letter only Windows-1252 has, inside a word: "KeÅŸkek" for
# "Keşkek" (a Lemmy title, set30 F14), "ÄŸ" for "ğ", "Å½" for "Ž". ftfy finds no fault in it (two letters). Only
# Ã, Ä, Å before one, and only when that reads as a Latin letter: Slovak and Czech capitals make such pairs ("MÔŽE").
_PAIR = "[\u00c3-\u00c5][\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u00aa\u00ba]"  # (Ã, Ä, Å: Latin letters' leads)
_IN_WORD = re.compile(f"(?<=[^\\W\\d_]){_PAIR}|{_PAIR}(?=[^\\W\\d_])")


def _letter(match: re.Match) -> str:
    """The pair read as the UTF-8 it was, when that is a letter; else as it is."""
    try:
        read = match.group().encode("cp1252").decode("utf-8")
    except UnicodeError:
        return match.group()
    # (a Latin letter: not "MÔŽE" read as "MԎE", "ÚŽASNÝ" as "ڎASNÝ", Slovak and Czech in capitals: the review)
    return (
        read
        if unicodedata.category(read)[0] == "L" and unicodedata.name(read, "").startswith("LATIN")
        else match.group()
    )


def _mac_roman(text: str) -> str:
    import ftfy

    return _if_mended(text, ftfy.fix_encoding(text), _MAC_SEQUENCE)


def _if_mended(text: str, fixed: str, sequence: re.Pattern) -> str:
    """``fixed`` when it leaves fewer of the mojibake's sequences and reads as no nonsense; else ``text``."""
    import ftfy.badness

    if len(sequence.findall(fixed)) < len(sequence.findall(text)) and not ftfy.badness.is_bad(fixed):
        return fixed
    return text  # not mended, or into other nonsense


def _no_break_space(text: str, match: re.Match) -> str:
    """A no-break space whose 0xA0 became a space (or went with the text's end) where
    ftfy leaves it, in a text it does not find bad enough ("2023Â – Review",
    "because:Â Planning"): only right after a word or a sign (a lone "Â" is a letter,
    "Ă Â Î"), and only where _likely takes it for mojibake (not "HÂLÂ BİTMEDİ")."""
    start = match.start()
    if start == 0 or text[start - 1].isspace() or not _likely(text, start, start + 1):
        return match.group()
    return "\xa0" if match.group(1) else ""


def _likely(text: str, start: int, end: int) -> bool:
    """Whether a sequence is likely mojibake: not when it reads as a word that ends in an
    accented letter, then punctuation or a space ("IRMÃ” disse", "doué\u00a0»"); "HÃ”TEL",
    "estÃ¡" and "Indiaâ€™s" are mojibake (a capital among small letters, a letter after,
    a symbol)."""
    lead, before, after = text[start], text[start - 1 : start], text[end : end + 1]
    return not (
        before.isalpha()
        and before.isupper() == lead.isupper()
        and not after.isalnum()
        and all(unicodedata.category(c)[0] in "PZ" for c in text[start + 1 : end])
    )


def _non_ascii(reference: re.Match) -> str:
    """A character reference read, when it stands for a character that is not ASCII
    (as HTML reads it: "&#128;" is "€"); as it is otherwise ("&amp;", "&#60;")."""
    read = unescape(reference.group())
    return reference.group() if read.isascii() else read
