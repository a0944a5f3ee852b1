"""A heading a plain text ran into its first sentence, as a row of the boilerplate table (bot/boilerplate.py): an
email newsletter flattened to a description keeps its section headings on the text's line ("Project update Full
Time For those who might have missed it.", nerves-project--newsletter-index.xml in tests/data/unseen/set29, F1)."""

from __future__ import annotations

import re

from .boilerrow import START, Row

# Words an English sentence opens with, capitalised there and nowhere else in it: after a heading's words (with no
# sentence's mark between), one of them, then a word in lower case that a title in title case would capitalise (not
# "the": "Gains Momentum With the Latest…" is a title), is where the sentence starts. (Not "A" or "I": "Plan A is…",
# "World War I ended…"; not "In", "On", "Here": "No Call In show…", "Click Here to…"; not "It": the game "Witch It".)
_OPENERS = (
    r"The|This|These|That|There|Its|We|Our|They|You|Your|For|After|When|If|As|Today|Last|With|Since|From"
    r"|While|Once|Every|Yesterday|Earlier|Recently|Following|An"
)
_SMALL = r"(?:a|an|the|and|but|or|nor|so|yet|as|at|by|for|in|of|off|on|per|to|up|via|with|from|into|over|vs)\b"
HEADING_ROWS: tuple[Row, ...] = (
    Row(
        "heading-run-in",
        "a heading run into the first sentence",
        START,
        # The heading: one to six words, the first capitalised or a number (not an opener: the sentence starts
        # there), none with a sentence's mark; the sentence after it at least four words long.
        re.compile(
            rf"(?!(?:{_OPENERS}|In|It|On|No|Not)\s)[A-Z0-9][\w'’&+-]*(?:\s+\w[\w'’&+-]*){{0,5}}?"
            rf"\s+(?=(?:{_OPENERS})\s+(?!{_SMALL})[a-z][\w'’-]*(?:\s+\S+){{2}})"
        ),
        "Project update Full Time For those who might have missed it, Frank left his job.",
        "Project updates for those who might have missed them are below.",
    ),
)
