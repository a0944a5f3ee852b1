"""An aggregator's note of who sent the story in, in its older form without a colon: the submitter, "writes" and
the submitted text in quotation marks ("thethibs writes "eWeek is reporting that …"", "An anonymous reader writes
"Microsoft executives have been telling …"", "I Don't Believe in Imaginary Property writes "A federal court ruled…"":
set 68b F1). The lead-in goes, and the quotation marks around the text with it; leadrows' "submitter-lead-in" row
reads the form with a colon ("dcblogs writes: …").

Only at the text's start (its first block: boilerstrip.strip_start is told so), and only the submitter's shapes (the
review of set 68b F1, rev68a findings 1 and 2: "Paul Krugman writes "…"", "Reuters writes «…»", a historian quoted
in the story's third paragraph keep who said it):
- "an anonymous reader", or a handle, one token that is no capitalised word ("thethibs", "christian.einfeldt",
  "CWmike"): the editor's words may follow the quote ("…non-Maharashtrians." The article does not make it clear…");
- any other subject of one to six words, not opened by a determiner or a pronoun ("Glyn Moody", "Carl Bialik from
  the WSJ", "Momoru"), only when the quote is the text: a submission's paragraph at least (_SUBMISSION_CHARS), its
  closing mark ends the block, and the text's other lines are a short line at most (a "Read more of this story"
  link). A named writer quoted and then read, discussed or answered keeps the lead-in.

Not a sentence's subject ("The company writes in its filing that …": no quotation mark after the verb; "The report
writes "…"": a determiner opens it), not a title in quotation marks ("Jane writes "Hamlet" …": no sentence in it, or
the text goes on after it), not a forum's quote of an earlier post ("GauravK wrote: "…" I made the entry …": past
tense, and a reply after it), not a narrative lead-in that carries the story ("mcleland lets us in on a Wall Street
Journal story about …"), not a testimonial ("Jane Doe shares "I was scared …"": no "shares").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .boilerplate import TABLE, Row

__all__ = ["without_submitter"]

_ROW = next(row for row in TABLE if row.name == "submitter-lead-in")
# The submitter: "an anonymous reader" ("an anonymous coward reader"), or a handle or a name of one to six words ("I
# Don't Believe in Imaginary Property", "Carl Bialik from the WSJ"), not opened by a determiner or a pronoun; then the
# verb and an opening mark
_LEAD_IN = re.compile(
    r"\s*(?:(?P<anonymous>[Aa]n anonymous (?:\w+ )?reader)|(?!(?i:the|an?|this|that|these|those|he|she|it|we|they|you"
    r"|his|her|its|our|their|my|your)\s)(?P<name>[\w.'’-]+(?: [\w.'’-]+){0,5})) (?:writes|sends in|submits) ([\"“«„])"
)
_SUBMISSION_CHARS = 200  # a named subject's quote, at least (a submitted story's paragraph)
_AFTER_CHARS = 60  # the text's other lines after a named subject's quote, at most (a "Read more…" link)
_OPENS_WITHIN = 64  # the opening mark's end, at most (characters)
_CLOSERS = {'"': '"', "“": "”", "«": "»", "„": "“”"}
_MARKS = re.compile(r'["“”«»„]')
_SENTENCE = re.compile(r"[.!?…]['’”)]?(?:\s|$)")
# An editor's words may follow the submitted text's last sentence ("…attacks upon non-Maharashtrians." The article does
# not make it entirely clear …"): its own sentences, after the closing mark
_ENDS_SENTENCE = re.compile(r"[.!?…]['’)]?$")
_SENTENCE_CHARS = 40  # the submitted text, at least (the block's, when the quote runs on into the next paragraph)


def without_submitter(block: str, rest: Sequence[str]) -> tuple[str, Row | None]:
    """The text's first block without a submitter's lead-in and the quotation marks around the text (the module's
    docstring), and the row that names it; or the block as it is, and None. ``rest``: the text's other lines."""
    m = _LEAD_IN.match(block)
    if m is None or m.end() > _OPENS_WITHIN:
        return block, None
    text = block[m.end() :]
    end = _closing(text, m.group(3))
    if not (m["anonymous"] or _is_handle(m["name"])) and (
        end is None or text[end + 1 :].strip() or end < _SUBMISSION_CHARS or sum(map(len, rest)) > _AFTER_CHARS
    ):
        return block, None  # (a named writer or outlet, quoted in a story that goes on: who said it stays)
    quoted, after = (text[:end], text[end + 1 :]) if end is not None else (text, "")
    if after.strip() and not (_ENDS_SENTENCE.search(quoted[-3:]) and after[:1].isspace() and _opens_sentence(after)):
        return block, None  # (the text goes on after the quote: a title, or a reply to it)
    if len(quoted) < _SENTENCE_CHARS or not _SENTENCE.search(quoted):
        return block, None
    return quoted.rstrip() + after.rstrip(), _ROW


def _is_handle(name: str) -> bool:
    """Whether the submitter's name is a handle: one token that opens in lower case or holds a digit, a dot or an
    underscore ("snydeq", "christian.einfeldt", "pmbasehore"); not a capitalised word, nor one in camel case
    ("Reuters", "Mom", "TechCrunch": a name, an outlet, read as one unless its quote is the whole text)."""
    return " " not in name and (name[0].islower() or any(c.isdigit() or c in "._" for c in name))


def _opens_sentence(text: str) -> bool:
    """Whether the text's first word opens a sentence (a capital letter, a quotation mark or a bracket before it)."""
    return text.lstrip(' "“(')[:1].isupper()


def _closing(text: str, opening: str) -> int | None:
    """The index of the mark that closes the quotation ``opening`` opened before the text, or None: quotes inside it
    are counted (a straight mark after a space or a bracket opens one)."""
    depth, closers = 1, _CLOSERS[opening]
    for mark in _MARKS.finditer(text):
        k, char = mark.start(), mark.group()
        if char == opening and (opening != '"' or k == 0 or text[k - 1] in " ([\n"):
            depth += 1
        elif char in closers:
            depth -= 1
        if depth == 0:
            return k
    return None
