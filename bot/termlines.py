"""A for-sale post's short lines without a full stop (set64b F3): a price ("£90", "£75 + postage", "$20/month") or a
term opened by a modal with no subject ("Will only ship to the UK", "Can post worldwide") is a line of the text, not a
heading; the excerpt ended before it ("Selling axoloti core + axocontrol. Already assembled. £90…", the rest of the
post lost) or skipped it and dropped it at the end ("Minimal usage in mint condition.", its terms gone). Such a line
is run into the paragraph before it, " / " after a line without a stop (the line break shown), a space after a sentence;
and the paragraph after a price line is run in after it the same way. Real headings ("Known behavior", "Changes"),
known ones (h1-h6, bold) and lines that are no price nor term stay as they are. Pure.
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import Blocks
from .cuts import BLOCK_END, SENTENCE_END, is_heading

# A price: a currency's sign or code next to a figure (not "v2.0", "Top 10", "2024").
_PRICE = re.compile(
    r"[£$€¥₹]\s?\d|(?<![\d.,])\d[\d.,]*+\s?(?:[£$€¥₹]|(?:EUR|USD|GBP|CHF|eur|usd|gbp|euros?|dollars?)\b)"
)
# A modal with no subject, then a word in lower case ("Will only ship…", "Can post…", "Won't split"; not "Will Smith…").
_TERM = re.compile(r"(?:Will|Can|Won['’]t|Can['’]t|Cannot|Would|Happy to|Open to)\s(?-i:[a-z])")


def _line_of_text(line: str, headings: frozenset[str]) -> bool:
    return (
        line not in headings and line[:1] != "•" and is_heading(line) and bool(_PRICE.search(line) or _TERM.match(line))
    )


def run_in_terms(blocks: Blocks) -> Blocks:
    """The blocks with each price or term line (see above) run into the paragraph before it, and the paragraph after a
    price that ends a paragraph run in after it: two lines both quoted or neither, no code nor row of links (a line run
    in is quoted when they were); the blocks as they are when there is none (the usual case)."""
    lines, headings, quotes = blocks.lines, blocks.headings, set(blocks.quotes)
    if len(lines) < 2 or not any(_PRICE.search(line[-40:]) or _TERM.match(line) for line in lines):
        return blocks
    out: list[str] = []
    for line in lines:
        before = out[-1] if out else ""
        alike = (
            bool(before)
            and (before in quotes) == (line in quotes)
            and not _apart(before, blocks) | _apart(line, blocks)
        )
        if alike and before not in headings and before[:1] != "•" and _line_of_text(line, headings):
            out[-1] = before + (" " if BLOCK_END.search(before, len(before) - 8) else " / ") + line
        elif (
            alike
            and _ends_on_price(before, headings)
            and line not in headings
            and BLOCK_END.search(line, len(line) - 8)
        ):
            out[-1] = before + " / " + line
        else:
            out.append(line)
            continue
        quotes |= {out[-1]} if line in quotes else set()
    return blocks if len(out) == len(lines) else dataclasses.replace(blocks, lines=out, quotes=frozenset(quotes))


def _apart(line: str, blocks: Blocks) -> bool:
    """Code, a row of links, or a table's or a record's row (" · " between its cells: "Small: 5 EUR · Large: 8 EUR")."""
    return " · " in line or line in blocks.code or line in blocks.rows


def _ends_on_price(line: str, headings: frozenset[str]) -> bool:
    """A paragraph of sentences that ends on a price without a stop ("…Already assembled. £90")."""
    if line in headings or BLOCK_END.search(line, len(line) - 8) or not SENTENCE_END.search(line):
        return False
    tail = line[line.rfind(". ") + 2 :] if ". " in line else line
    return _PRICE.search(tail) is not None and len(tail.split()) <= 6
