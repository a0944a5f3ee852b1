"""A row of the boilerplate table (bot/boilerplate.py) and the pieces rows share."""

from __future__ import annotations

import re
from dataclasses import dataclass

BLOCK, START, END = "block", "start", "end"


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    what: str  # for the provenance line: 'removed: <what>'
    where: str  # BLOCK, START or END
    pattern: re.Pattern
    example: str  # text the row removes (tests)
    near_miss: str  # an ordinary text it must leave alone (tests)
    truncation: bool = False
    # A BLOCK row that starts a footer: the text ends before the block (the excerpt stops).
    footer: bool = False
    # A footer the lead (the sentences a summary reads: blocks.prose) stops at too: sponsors' reads, whose
    # sentences read as a story's. ("See also :" is a field's label in an advisory: "Solution :" follows it.)
    ends_lead: bool = False
    # Lower-case words one of which the text (an END row: its end) must hold for
    # the pattern to be tried (performance: most texts hold none of them).
    needles: tuple[str, ...] = ()
    # A BLOCK row's longest block (0: any): longer blocks are not tried, not even for its needles.
    longest: int = 0
    # A character every block it removes holds (a quick test before its needles: "" for none).
    holds: str = ""


def icase(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """A pattern that ignores case (most rows)."""
    return re.compile(pattern, flags)


# Names: a capitalised word ("Jane", "O'Neil", "J.", "van" is left out on purpose).
NAME = r"[A-Z\u00c0-\u024f][\w'’.\-]*"
NAMES = NAME + r"(?:\s+" + NAME + r"){0,3}"  # a person's name, one to four such words ("Jane Roe", "Ana M. de Souza")
HASHTAG = r"#(?=[\w-]*[^\W\d_])[\w-]+"  # a hashtag with a letter in it ("#vuejs", not "#1234")
# Pictographs, as those closing a run of hashtags ("… practice #procterphd #ux #design 👨‍🏫", set 65b F12: they go
# with it), their joiners, variation selectors and spaces between them with them.
PICTOGRAPHS = r"[\u2600-\u27bf\U0001f000-\U0001faff](?:[\u2600-\u27bf\U0001f000-\U0001faff\u200d\ufe0f\s])*+"
COUNTER = r"[^\W\d_]+\s?[:：]\s*\d[\d,]*"  # a labelled count: "Points: 1", "再生：10,736,618"
# A post's author row: a display name before its @handle, a domain's too, of five words at most that name (capitalised,
# a role in brackets, an emoji) or the handle's own name ("Dr. Stephanie (quoted) @punkrockscience.bsky.social",
# "xangelo @xangelo.bsky.social": a Bluesky post's header, set54 F1); not words of a post before a mention ("I love this
# @bob", "Great work! @bob"), nor a greeting or thanks ("Congrats @jane", "Thanks @bob", "Danke @bob", "Merci @bob").
_NAME_WORD = r"(?:[A-Z\u00c0-\u024f][^\s@!?,;:]{0,29}|\([^\s()@]{1,20}\)|[^\w\s@]{1,4})"
HANDLE_ROW = (
    r"(?:[—–-]\s*)?(?:(?!(?i:thanks|thank|congrats|congratulations|hi|hey|hello|cc|ping|welcome|happy|via|danke|merci"
    r"|gracias|grazie|obrigad[oa]|takk|tack|dank|dziękuję|спасибо|bravo|félicitations|glückwunsch|felicidades|parabéns"
    r"|gratulerer|grattis|hola|hallo|salut|ciao|olá|hej|hei)\b)"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}\s+|(?P<own>[\w.-]{{1,30}})\s+(?=@(?P=own)\b))?@[\w.-]{{1,60}}"
)
