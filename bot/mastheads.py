"""A newsletter's masthead before each entry's story, in its first paragraph: "The Batch AI News and Insights: One
of the new, buzzy jobs in Silicon Valley is…" (olshansk--the-batch.xml, tests/data/unseen/set22's F3). A label
that ends with a colon, the story after it, in MIN_ENTRIES entries at least, is the feed's, not the story's, when
it holds the feed's own name (its channel's title, or one part of it: "The Batch | DeepLearning.AI"), or when
(nearly) every entry opens with it, the words after it each entry's own (their first words half distinct at
least: a template's field, "Rating: Critical" beside "Rating: Important", has few values, and stays).
bot/repeated.py counts them and takes them off. Pure."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

MIN_ENTRIES = 4  # entries a masthead opens, at least
NEARLY_ALL = 0.8  # share of the entries a label without the feed's name opens, at least
MIN_NAME = 4  # letters of a part of the channel's title that a masthead holds, at least
# A label at a paragraph's start: a few words (no sentence's end, no markup), its colon, then a word of the story
# (a number after it is a field's value: "durée : 01:28:19", a show's length; a story may open with a quotation)
_LABEL = re.compile(r"\s*[^\W\d_][^:：.!?。！？\n<>]{2,60}?(?::\s+|：\s*)(?=[\"'“‘«„「]?[^\W\d_])")
# A label without a colon: one word (four letters at least) before a capital or a digit, the story's first word:
# "Abstract EnvHarness and EnvRigger dynamically…" (markert-rss--hf_papers.xml in tests/data/unseen/set31, F2); a
# masthead only when (nearly) every entry opens with it, never for the feed's name alone ("Google Pixel gets…"). Never
# before a number alone, each entry's own: "Episode 12 of…", "الحلقة 1 من…" (set35 F1) number the entry, a word the
# number needs (a name that opens with digits, "4DAnyone reconstructs…", is the story's first word; an ordinal,
# "Homily 1st Sunday of Advent", is not). Never the first word of a field's label: "Vacancy Title:13801 - …" (a job
# board's rows, set50 F1) would lose "Vacancy " and leave "Title:".
_BARE_LABEL = re.compile(r"\s*[^\W\d_]{4,20}\s+(?![^\W\d_]{1,20}:)(?=[A-Z]|[0-9]+(?!(?:st|nd|rd|th)\b)[^\W\d_])")
_NOT_WORD = re.compile(r"[\W_]+")
_SEPARATOR = re.compile(r"\s(?:[-–—|·»:]|::)\s")


def label_end(text: str) -> int:
    """Where a label that opens the text ends (its colon and the spaces after it), or 0."""
    m = _LABEL.match(text)
    if m is None and (m := _BARE_LABEL.match(text)) is not None and m[0].isupper():
        return 0  # (a section's name in capitals, "NOTIZIA SERVIZIO TRASPORTO…", before the title again: leadin's)
    return m.end() if m else 0


def mastheads(firsts: Iterable[str], title: str, entries: int) -> list[str]:
    """The labels (as they stand) that open the first paragraphs of ``entries`` entries' texts (``firsts``,
    one each) and are the feed's masthead (the module docstring), given the channel's ``title``."""
    values: dict[str, Counter[str]] = {}
    for first in firsts:
        if end := label_end(first):
            label = " ".join(first[:end].split())
            values.setdefault(label, Counter())[first[end:].split(None, 1)[0].casefold()] += 1
    names = {nm for part in _SEPARATOR.split(title) if len(nm := _NOT_WORD.sub("", part).casefold()) >= MIN_NAME}
    found = []
    for label, words in values.items():
        n = sum(words.values())
        own = label[-1] in ":：" and any(name in _NOT_WORD.sub("", label).casefold() for name in names)
        if n >= MIN_ENTRIES and (own or (n >= NEARLY_ALL * entries and 2 * len(words) >= n)):
            found.append(label)
    return found
