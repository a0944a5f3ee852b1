"""A standfirst over a story's first paragraph: a whole phrase without a full stop, not a paragraph the feed cut.

The Guardian's descriptions (set 66b F2, rbren/rss-parser's guardian.rss) open with the article's standfirst, a
paragraph that ends without a full stop ("…while Democrats showed thinly disguised contempt"), then the lede, a
paragraph of whole sentences ("Donald Trump has promised a “new American moment” in a State of the Union address
that sought harmony…"). The excerpt never glues a block to one that does not end a sentence, so it stopped at the
standfirst and said "…" (more follows): a whole phrase shown as if cut, and the lede dropped.

What says the first block is whole: the block after it is a sentence of its own, not the rest of the first one
(it starts with a capital, not with a word that carries a sentence on, "and", "which"; it has a verb's length, and
ends with a sentence's stop); and the first block is one phrase of a standfirst's length (5 to 50 words, no
sentence's stop inside: a block of sentences may be a status page's latest update over the one before) that ends
in a word a phrase may end with (not "the", "of": bot/cuts.py's MINOR_WORDS), not after a label ("CONTENT
WARNING: …", a note to the reader, tests/test_excerpt.py), not shouted (most words in capitals: a header's). Such
a first block ends with a full stop, and the excerpt goes on into the lede (bot/loosetext.py's standfirst_end does the same for a scraper's loose
text). Not in a feed that cuts its texts at a fixed length (blocks.clipped), nor for a list's item.
"""

from __future__ import annotations

import re

from .cuts import MINOR_WORDS, SENTENCE_END

_WORDS = (5, 50)  # a standfirst's words, at least and at most
_LABEL_WORDS = 3  # words before a colon, at most, of a label that opens a block ("CONTENT WARNING: …"): no standfirst
_LEDE_WORDS = 8  # words of the paragraph after it, at least (a sentence, not a label or a link's words)
# A paragraph that ends a sentence, not with the feed's cut ("…", "...") nor a label's colon
_LEDE_END = re.compile(r"(?<!\.\.)[.!?][\"'”’»)\]]*$")
# Words that carry a sentence on from the block before ("…said" / "Which…"): that block was not whole
_CARRIES_ON = frozenset(("and", "but", "or", "nor", "so", "yet", "then", "which", "who", "whose", "while", "because"))


def whole_standfirst(first: str, following: str) -> bool:
    """Whether ``first``, an excerpt's first block that ends without a sentence's stop, is a whole standfirst over
    the paragraph ``following`` (set 66b F2): it may end with a full stop and the excerpt go on."""
    if first[0] == "•" or not first[-1].isalpha() or not following[0].isupper():
        return False
    if SENTENCE_END.search(first):  # (one phrase: a block of sentences is a story's, a status page's updates)
        return False
    if ":" in first and len(first.split(":", 1)[0].split()) <= _LABEL_WORDS:
        return False  # (a label's phrase: "CONTENT WARNING: frequent, graphic mentions of…", a note for the reader)
    words, lede = first.split(), following.split()
    if 2 * sum(word.isupper() for word in words) > len(words):
        return False  # (shouted: a header's or a code's words, "SECURE PRIORITY COMMUNIQUE distribution …")
    if not _WORDS[0] <= len(words) <= _WORDS[1] or words[-1].casefold() in MINOR_WORDS:
        return False
    if len(lede) < _LEDE_WORDS or lede[0].casefold().strip(",") in _CARRIES_ON:
        return False
    return _LEDE_END.search(following, len(following) - 8) is not None
