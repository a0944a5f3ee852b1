"""Where an untitled entry's first sentence ends, for its stand-in title (titles.title_from_text): within the title's
limit, or within half as much again when more text follows it ("Veiklos pokyčių poveikio vertinimas Kliento iššūkis
Girteka yra … bendrovė, turinti daugiau kaip 8000 sunkvežimių." of 170-212 characters was cut at its comma at 150,
the excerpt opening "…turinti daugiau…", the digest skipping that rest: set 70a F2). The whole sentence reads better
as a headline than a clause of it, and the excerpt goes on from the second sentence. A post of one long sentence,
nothing after it or a few words ("…throttled network. Or in IE6."), keeps the cut (its text is the excerpt: set12):
only the text after the sentence's own line counts, and not its #tags, @mentions nor links (a toot's "#homelab
#selfhosted …" under one long sentence, a reply's line of mentions over it, got a 207-character title and no excerpt:
rev70c F5). Pure.
"""

from __future__ import annotations

import re

from .cuts import SENTENCE_END, is_abbreviation

_STRETCH = 1.5  # the limit's share a first sentence may run to when more text follows it
_REST = 60  # characters, at least, of the text after it (a reply's "Or in IE6." is better after the title's cut)
_NOT_WORDS = re.compile(r"(?<!\S)[#@]\S+|https?://\S+")  # (a tag, a mention, a link: no sentence's words)


def title_sentence_end(first: str, limit: int, after: str = "") -> int:
    """Where ``first``'s first sentence ends (15 characters in at least): within ``limit``, or within 1.5 × it when
    a sentence's worth of words follows it (in ``first``, or in ``after``, the text after ``first``'s line); 0
    otherwise."""
    longest = int(limit * _STRETCH) if len(first) > limit else limit
    for match in SENTENCE_END.finditer(first, 15, longest + 1):
        if match.end() > longest or (match.group(0).startswith(".") and is_abbreviation(first, match.start())):
            continue
        rest = " ".join(_NOT_WORDS.sub(" ", first[match.end() :] + " " + after).split())
        return match.end() if match.end() <= limit or len(rest) >= _REST else 0
    return 0
