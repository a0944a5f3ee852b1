"""Where an untitled entry's first sentence ends, for its stand-in title (titles.title_from_text): within the title's
limit, or within half as much again when more text follows it ("Veiklos pokyčių poveikio vertinimas Kliento iššūkis
Girteka yra … bendrovė, turinti daugiau kaip 8000 sunkvežimių." of 170-212 characters was cut at its comma at 150,
the excerpt opening "…turinti daugiau…", the digest skipping that rest: set 70a F2). The whole sentence reads better
as a headline than a clause of it, and the excerpt goes on from the second sentence. A post of one long sentence,
nothing after it or a few words ("…throttled network. Or in IE6."), keeps the cut (its text is the excerpt: set12):
only the text after the sentence's own line counts, and not its #tags, @mentions nor links (a toot's "#homelab
#selfhosted …" under one long sentence, a reply's line of mentions over it, got a 207-character title and no excerpt:
rev70c F5). A quote's stop before its attribution on the same line ("📜 \"Ich kann, weil ich will, was ich muss.\" –
Immanuel Kant") ends no sentence: the title cut there left "– Immanuel Kant" alone as the excerpt (set 71b F6). Pure.
"""

from __future__ import annotations

import re

from .cuts import MINOR_WORDS, SENTENCE_END, is_abbreviation
from .readmorelinks import READ_MORE_LABELS

_STRETCH = 1.5  # the limit's share a first sentence may run to when more text follows it
_REST = 60  # characters, at least, of the text after it (a reply's "Or in IE6." is better after the title's cut)
_NOT_WORDS = re.compile(r"(?<!\S)[#@]\S+|https?://\S+")  # (a tag, a mention, a link: no sentence's words)


_QUOTE_CLOSERS = frozenset("\"”»’'」")
_DASHES = ("– ", "— ", "― ")
_NAME_WORDS = 4  # words at most of the name after the dash ("– Immanuel Kant", "— Marie von Ebner-Eschenbach")
# Minor words capitalised ("For", "And": a heading's, no name's "von"; not one letter, an initial: "John A Smith")
_MINOR_TITLE = frozenset(word.capitalize() for word in MINOR_WORDS if len(word) > 1)
_WORK = 60  # characters at most of the work after the name and a comma ("– Kant, Kritik der reinen Vernunft")


def attribution(rest: str) -> bool:
    """Whether ``rest``, the rest of a line after a quotation's close, is only its attribution: a dash, then one to
    _NAME_WORDS words, the first and last capitalised, no digits, and a work's short title after a comma or none. Not
    a read-more link's label ("– Read More"), nor a heading in Title Case, a minor word capitalised past its first
    ("— Next Steps For Release"): rev71d 5."""
    rest = rest.strip()
    if not rest.startswith(_DASHES):
        return False
    name, _, work = rest[2:].partition(",")
    words = name.split()
    if not 0 < len(words) <= _NAME_WORDS or len(work) > _WORK or any(ch in work for ch in ".!?"):
        return False
    if name.strip().casefold() in READ_MORE_LABELS or any(w in _MINOR_TITLE for w in words[1:]):
        return False  # (a first word may be a title's article: "— The New York Times", "– Der Spiegel")
    return words[0][:1].isupper() and words[-1][:1].isupper() and not any(ch.isdigit() for ch in name)


def title_sentence_end(first: str, limit: int, after: str = "") -> int:
    """Where ``first``'s first sentence ends (15 characters in at least): within ``limit``, or within 1.5 × it when
    a sentence's worth of words follows it (in ``first``, or in ``after``, the text after ``first``'s line); 0
    otherwise."""
    longest = int(limit * _STRETCH) if len(first) > limit else limit
    for match in SENTENCE_END.finditer(first, 15, longest + 1):
        if match.end() > longest or (match.group(0).startswith(".") and is_abbreviation(first, match.start())):
            continue
        if match.group(0)[-1:] in _QUOTE_CLOSERS and attribution(first[match.end() :]):
            continue  # (the quote and who said it are one unit: set 71b F6)
        rest = " ".join(_NOT_WORDS.sub(" ", first[match.end() :] + " " + after).split())
        return match.end() if match.end() <= limit or len(rest) >= _REST else 0
    return 0
