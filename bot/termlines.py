"""A for-sale post's short lines without a full stop (set64b F3): a price ("£90", "£75 + postage", "$20/month") or a
term opened by a modal with no subject ("Will only ship to the UK", "Can post worldwide") is a line of the text, not a
heading; the excerpt ended before it ("Selling axoloti core + axocontrol. Already assembled. £90…", the rest of the
post lost) or skipped it and dropped it at the end ("Minimal usage in mint condition.", its terms gone). Such a line
is run into the paragraph before it, " / " after a line without a stop (the line break shown), a space after a sentence;
and the paragraph after a price line is run in after it the same way. Only in a post with a line (or a paragraph's
last words) that is a price and its terms only, a term line never a question (review rev64d, 5: "Why $5 coffee is
worth it", "Can you trust a chatbot…", a feature list's "Can export notes to PDF" are headings). Real headings
("Known behavior", "Changes"), known ones (h1-h6, bold) and lines that are no price nor term stay as they are. Pure.
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Blocks
from .cuts import BLOCK_END, SENTENCE_END, is_heading

# A line that is a price and its terms only ("£90", "€75 + postage", "$20/month", "Price: 40 EUR ono"; not a title
# with a price in it, "Why $5 coffee is worth it", "The $399 question": review rev64d, 5).
_PRICE_LINE = re.compile(
    r"(?i:price:?\s*)?(?:[£$€¥₹]\s?\d[\d.,]*+|\d[\d.,]*+\s?(?:[£$€¥₹]|(?i:eur|usd|gbp|chf|euros?|dollars?)\b))"
    r"(?:\s?(?:\+|/|(?i:plus|ono|obo|each|per|inc|incl|including|shipped|posted)\b)[^.!?]{0,25})?"
)
# A modal with no subject, then a word in lower case ("Will only ship…", "Can post…", "Won't split"; not "Will Smith…",
# nor a question, "Can you trust…"), taken only in a post that has a price line.
_TERM = re.compile(
    r"(?!(?:Can|Will|Would)\s(?:you|we|it|they|I|he|she|this|that|there)\b)"
    r"(?:Will|Can|Won['’]t|Can['’]t|Cannot|Would|Happy to|Open to)\s(?-i:[a-z])"
)
_TAIL = 200  # characters of a paragraph's end read for its last sentence (a paragraph run into grows: rev64d, 7)


def _line_of_text(line: str, headings: frozenset[str]) -> bool:
    return line not in headings and line[:1] != "•" and is_heading(line) and bool(_priced(line) or _TERM.match(line))


def _priced(line: str) -> bool:
    return _PRICE_LINE.fullmatch(line.strip()) is not None


def run_in_terms(blocks: Blocks) -> Blocks:
    """The blocks with each price or term line (see above) run into the paragraph before it, and the paragraph after a
    price that ends a paragraph run in after it: two lines both quoted or neither, no code nor row of links (a line run
    in is quoted when they were); the blocks as they are when there is none (the usual case: a post without a line or
    a paragraph's last words that are a price only). Each paragraph is kept as its parts, joined once."""
    lines, headings, quotes = blocks.lines, blocks.headings, set(blocks.quotes)
    priced = (line not in headings and (_priced(line) or _ends_on_price(line[-_TAIL:], False)) for line in lines)
    if len(lines) < 2 or not any(priced):
        return blocks
    out: list[list[str]] = []  # each paragraph's parts, and the separators between them
    tails: list[str] = []  # each paragraph's last characters
    for line in lines:
        first, tail, whole = (out[-1][0], tails[-1], len(out[-1]) == 1) if out else ("", "", False)
        alike = bool(out) and (first in quotes) == (line in quotes) and not _apart(first, blocks) | _apart(line, blocks)
        head = whole and first in headings
        if alike and not head and first[:1] != "•" and _line_of_text(line, headings):
            out[-1] += [" " if _closed(tail) else " / ", line]
        elif alike and _ends_on_price(tail, head) and line not in headings and _closed(line):
            out[-1] += [" / ", line]
        else:
            out.append([line])
            tails.append(line[-_TAIL:])
            continue
        tails[-1] = (tail + out[-1][-2] + line)[-_TAIL:]
    if len(out) == len(lines):
        return blocks
    joined = ["".join(parts) for parts in out]
    quoted = {text for text, parts in zip(joined, out, strict=True) if len(parts) > 1 and parts[0] in quotes}
    return dataclasses.replace(blocks, lines=joined, quotes=frozenset(quotes | quoted))


def _closed(text: str) -> bool:
    """Whether a line or a paragraph's end ends a sentence (its last characters: cuts.BLOCK_END)."""
    return BLOCK_END.search(text, len(text) - 8) is not None


def _apart(line: str, blocks: Blocks) -> bool:
    """Code, a row of links, or a table's or a record's row (" · " between its cells: "Small: 5 EUR · Large: 8 EUR")."""
    return " · " in line or line in blocks.code or line in blocks.rows


def _ends_on_price(tail: str, heading: bool) -> bool:
    """A paragraph (its last characters) of sentences that ends on a price only, without a stop ("…Already assembled.
    £90"; not "…Mostly yes. The $399 question")."""
    if heading or _closed(tail):
        return False
    ends = [stop.end() for stop in SENTENCE_END.finditer(tail)]
    return bool(ends) and _priced(tail[ends[-1] :])
