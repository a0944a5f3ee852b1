"""An entry's own citation: its authors, its title in quotation marks, where and when it was given or published.

An academic's site lists each talk or paper with its citation and its abstract ("Asko Nivala, Jasmine Westerlund,
Juhana Saarelainen: “Varhaisten historiallisten romaanien kertoma Suomi.” Muistamisen kulttuurit 1800-luvulla …,
SKS, Helsinki 18.–19.1.2024." on a line of its own, then "Abstrakti Suomalaisen kirjallisuuden atlas -hankkeessa …":
askonivala in set66a, F1). The citation says who and where, the headline already says what: the excerpt leads with the
abstract after it (``cites_itself``), without the label word that opens it (``without_label``), and a summary takes
neither the citation's head nor its authors alone ("Harri Kiiskinen, …, and Juhana Saarelainen (2023).":
``citation_head``). The quoted words must be the entry's title: a paper that cites another's keeps its line. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .titlewords import casefolded_words, title_again

# A person's name: two to four capitalised words ("Asko Nivala", "Ana M. de Souza" is left out: "de"), joined to the
# next by a comma, "&" or "and" in the languages of the feeds we read; a year in brackets after the last at times.
_NAME = r"[A-Z\u00c0-\u024f][\w'’.\-]*+"
_PERSON = rf"{_NAME}(?: {_NAME}){{1,3}}+"
_JOIN = r"(?:,? (?:and|&|ja|og|och|und|et|y|e|és|i) |, )"
_AUTHORS = rf"{_PERSON}(?:{_JOIN}{_PERSON}){{0,11}}+(?: \((?:19|20)\d\d\))?"
# ... then ":" or "." and the title in quotation marks of any style, closed (its own stop inside them or after).
_HEAD = re.compile(rf"({_AUTHORS})[:.] [“”\"„«]([^“”\"„«»\n]{{4,300}})[”“\"»]")
# A sentence that is only the authors and their year (the summary's: "…, and Juhana Saarelainen (2023).").
_AUTHORS_ONLY = re.compile(rf"{_PERSON}(?:{_JOIN}{_PERSON}){{1,11}}+ \((?:19|20)\d\d\)\.")
# What follows a citation's quoted title is where and when, never a quotative clause ("…”, she told reporters…": a
# person quoted in the news, whose words are the headline: rev66d F1, F2); a line read whole as a citation has a year
# or a date outside its quotation marks ("Helsinki 18.–19.1.2024.", "(2023).") and little after them.
_SAYS = re.compile(
    r"[,.!?…”\"]*\s*(?:she|he|they|it|I|we|you|says|said|say|told|tells|asks|asked|adds|added|writes|wrote|explains"
    r"|explained)\b",
    re.I,
)
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\d{1,2}\.")
_VENUE_LENGTH = 250
# An abstract's label glued to its first word ("Abstrakti Suomalaisen…", "Abstract In the Atlas…"): per language.
_LABEL = re.compile(
    r"(?:Abstract|Abstrakti|Tiivistelmä|Sammanfattning|Sammendrag|Zusammenfassung|Résumé|Resumen|Resumo|Riassunto"
    r"|Samenvatting|Streszczenie|Аннотация|Анотація|Summary)[:.]? (?=[A-Z\u00c0-\u024f\u0400-\u042f])"
)


def _names_title(quoted: str, title_words: list[str]) -> bool:
    words = casefolded_words(quoted)
    return bool(words) and (words == title_words or title_again(words, title_words))


def _venue_after(text: str, head: re.Match[str], dated: bool) -> bool:
    """Whether what follows a citation's quoted title (``head``) says where and when (not who said it), with a date
    outside the quotation marks if ``dated``."""
    rest = text[head.end() :]
    if _SAYS.match(rest):
        return False
    return not dated or len(rest) <= _VENUE_LENGTH and _DATED.search(text[: head.start(2)] + " " + rest) is not None


def cites_itself(line: str, title_norm: str) -> bool:
    """Whether a line is its entry's citation: authors, then the title (``title_norm``, casefolded) quoted, then where
    and when ("… Helsinki 18.–19.1.2024."): not "Jane Smith: “We will not resign.” She told reporters…" (rev66d F1)."""
    head = _HEAD.match(line) if line[:1].isupper() else None
    return head is not None and _names_title(head[2], casefolded_words(title_norm)) and _venue_after(line, head, True)


def cites_itself_before(line: str, following: str, title_norm: str) -> bool:
    """Whether ``line`` is its entry's citation (``cites_itself``) before a sentence (``following``): the excerpt and
    the lead skip it then (bot/excerpt.py, bot/leadlines.py: one guard for both, rev66d F9); alone, or before a
    link's label ("Slides and video"), it is the entry's text."""
    return following.endswith((".", "!", "?", "…")) and cites_itself(line, title_norm)


def without_label(line: str) -> str:
    """The line after its entry's citation without the abstract's label that opens it."""
    label = _LABEL.match(line)
    return line[label.end() :] if label else line


def citation_head(sentence: str, titles: Iterable[str]) -> bool:
    """Whether a summary's sentence is an entry's citation: its authors and its quoted title (one of ``titles``), where
    and when after them ("Asko Nivala: “Romantic Irony: …”, an invited presentation at …"), or its authors and their
    year alone."""
    if not sentence[:1].isupper() or sentence.count(" ") > 60:
        return False
    if _AUTHORS_ONLY.fullmatch(sentence):
        return True
    head = _HEAD.match(sentence)
    if head is None or not _venue_after(sentence, head, not sentence[head.end() :].strip(" .")):
        return False  # (a person quoted, "…”, she told reporters…", or the quote alone without a year: rev66d F2)
    return any(_names_title(head[2], casefolded_words(title)) for title in titles)
