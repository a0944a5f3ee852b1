"""A sentence about "other" things that "also" do what the one before said (set 67b F10): it leans on that one. Pure.

"Other character goods from series such as … are also going to be available" says that, besides the pin the sentence
before named, more goods are sold: read alone in a summary, it points at what is not shown. Opening "Other …",
"Another …" or "The other …" and saying "also", "too" or "as well", it is taken only right after the sentence before
it (bot/summary.py's _leans). Without those words it may be a start of its own ("Another week, another launch",
"Other examples include Denmark and Norway"), and "The other day…" is a time.
"""

import re

_OTHER = re.compile(r"(?:Other|Another|The other)\s+(?!day\b|week\b|night\b|morning\b|evening\b|time\b)[a-z]")
_ALSO = re.compile(r"\b(?:also|too|as well)\b")


def others_also(sentence: str) -> bool:
    """Whether the sentence opens on other things than the ones named before and says they also do it."""
    return _OTHER.match(sentence) is not None and _ALSO.search(sentence) is not None
