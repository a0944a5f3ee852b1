"""A text's first line without a stop over its sentences, a subtitle (karahan's plain description: "İslam Toplumu Milli
Görüş (IGMG) içindeki yerleşiklik ve yabancı kalma arasındaki mücadele" / "“İslamcılık’tan Sonra” Durum Değerlendirmesi
Müslüman cemaatlerin iç yaşamı, … biridir. Bunun pek çok nedeni vardır. …", set 70a F7): the excerpt was that line
alone with "…" (never two blocks glued without a sentence end). A line of three to twenty words, no sentence end in it
nor a clause's mark at its end, over a block that starts a sentence and ends two at least, is a line of its own: a
stop after it and the text goes on. A first line that is a sentence whose stop the writer forgot reads the same way.
The excerpt's earlier rules have dropped a line that says the title again or labels what follows
(storylabels.label_before_story). Pure.
"""

from __future__ import annotations

import re

from .cuts import SENTENCE_END

_WORDS = (3, 20)  # a subtitle's words, at least and at most
_NO_END = ",;:：–—-/&+([{|"  # (a clause or a phrase the next block goes on with: "In a surprise move on Monday,")
_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}")  # (one to four words: "Judd D Bowman")


def subtitled(block: str, following: str, limit: int) -> str:
    """``block`` with a stop when it is a subtitle over ``following`` (see above) and the sentence after it fits the
    excerpt's ``limit`` with it ("Subtitle." alone says less than "Subtitle…"), "" otherwise. Never a line of fields
    ("Office @BU | Drop In Event"), a label's ("CONTENT WARNING: …", storylabels'), a list of names (an arXiv entry's
    authors), nor over a numbered list's "1." and "2." (a stop after a digit is no sentence's end here)."""
    if not _WORDS[0] <= len(block.split()) <= _WORDS[1] or block[-1] in _NO_END or block[0] == "•" or ":" in block:
        return ""
    if not following[:1].isupper() and following[:1] not in "“«„\"'‘" or SENTENCE_END.search(block) is not None:
        return ""
    if "|" in block or block.count(",") >= 2 and all(_name(part.strip()) for part in block.split(",")):
        return ""
    ends = [m.end() for m in SENTENCE_END.finditer(following) if not following[m.start() - 1 : m.start()].isdigit()]
    return block + "." if len(ends) >= 2 and len(block) + 2 + ends[0] <= limit else ""


def _name(part: str) -> bool:
    return part[:1].isupper() and _NAME.fullmatch(part) is not None
