"""Sentences: an article's lead (the start of its clean text) and its sentences.

The lead is the first LEAD_LENGTH characters of the article's cleaned body
(bot/normalize.py), a line per block, cut at a line end when one is near. Its
sentences come from pysbd (rule-based sentence boundary detection, MIT,
offline: "Dr.", "U.S.", "2.4.1", "Nov. 3" and quotes do not end a sentence),
block by block, so a sentence never spans two paragraphs.

pysbd costs about 3 µs a character (5 ms for a lead): too much for every
entry of every changed feed, so the poller segments only the articles that
are new (bot/poller.py) and the store keeps the result (the article_texts table,
beside the lead);
a story's summary (bot/summary.py) then only chooses among stored sentences.
"""

from __future__ import annotations

import functools
import re

from .gluedtext import unspaced_marks

# Characters of clean body text kept per article: enough for the sentences a
# summary chooses among (the excerpt is ~300), small enough to store for every article.
LEAD_LENGTH = 1500
# Opens a line of the lead that is inside a quote (bot/blocks.py's prose: what a post quotes, not its
# author's words), and each sentence of such a line as stored: the summary takes those only after the
# sentence that introduces the quote (bot/summary.py). Markdown's mark, so a model reading the lead sees it too.
QUOTED = "> "


def lead_text(text: str, limit: int = LEAD_LENGTH) -> str:
    """The start of a clean text (a line per block): whole lines up to ``limit``
    characters, and the line that crosses it cut there (its unfinished last
    sentence is left to the summary, which never picks one), without the spaces a source put before a
    comma or a full stop ("Final Four .": bot/gluedtext.py's unspaced_marks)."""
    text = unspaced_marks(text)
    if len(text) <= limit:
        return text
    end = text.rfind("\n", 0, limit + 1)
    if end >= limit // 2:
        return text[:end]
    return text[:limit]


@functools.cache
def _segmenter(language: str):
    import pysbd  # imported on first use: the parse workers load it only when they segment

    return pysbd.Segmenter(language=language, clean=False)


def split_sentences(text: str, language: str = "en") -> list[str]:
    """The sentences of a clean text, in order, each stripped; blocks (lines) are
    segmented one by one. The sentences are the text's own characters (a quoted line's
    each with its mark, ``QUOTED``)."""
    segmenter = _segmenter(language)
    out: list[str] = []
    for line in text.splitlines():
        mark = QUOTED if line.startswith(QUOTED) else ""  # (a quoted line's sentences keep its mark)
        line = line[len(mark) :].strip()
        if not line:
            continue
        out += [mark + s for s in _rejoined(line, [s for s in (part.strip() for part in segmenter.segment(line)) if s])]
    return out


# A "." that starts a name rather than ending a sentence: after a space, "/" or "~"
# and followed at once by the name (".pkl", "~/.ssh", ".NET", ".env").
_NAME_DOT = re.compile(r"(?:^|[\s/~(])\.$")


# The capitals of an abbreviation before a dot pysbd ended a sentence at: "Ε.Ε", "ΗΠΑ" (its English rules know
# "U.S." and "E.U.", not Greek's or Cyrillic's).
_CAPITALS_DOT = re.compile(r"(?:^|[\s(«\"“])((?:[^\W\d_]\.?){1,5})\.$")


def _rejoined(line: str, parts: list[str]) -> list[str]:
    """pysbd's sentences of a line, but for the ends it makes at a dot that starts a
    file or product name ("a malicious .pkl file", "~/.ssh/authorized_keys"): those
    two parts are one sentence again (nothing stands between them in the line); and
    for those at an abbreviation in capitals that the next part goes on from: its next
    letter at once ("της Ε." / "Ε , η σύσταση…"), or a comma or a lower-case word after it
    ("Ε." / ", θα χρηματοδοτηθεί…": a sentence starts with neither)."""
    if len(parts) < 2 or "." not in line:
        return parts
    out = [parts[0]]
    at = line.find(parts[0]) + len(parts[0])
    for part in parts[1:]:
        start = line.find(part, at)
        if start == at and _NAME_DOT.search(out[-1]):
            out[-1] += part
        elif start >= at and _goes_on(out[-1], line[at:start], part):
            out[-1] += line[at:start] + part
        else:
            out.append(part)
        at = (start if start >= 0 else at) + len(part)
    return out


def _goes_on(before: str, between: str, part: str) -> bool:
    """Whether a part goes on with the sentence before it, which pysbd ended at an abbreviation in capitals."""
    m = _CAPITALS_DOT.search(before, max(0, len(before) - 12))
    if m is None or not m.group(1).replace(".", "").isupper() or between.strip():
        return False
    return (not between and part[:1].isalpha()) or part[:1] in ",;" or part[:1].islower()


def sentences_of(leads: list[str]) -> list[str]:
    """For the parse workers: each lead's sentences, a line each (how the store keeps them)."""
    return ["\n".join(split_sentences(lead)) for lead in leads]
