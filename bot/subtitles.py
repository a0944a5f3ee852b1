"""A text's first line without a stop over its sentences, a subtitle (karahan's plain description: "İslam Toplumu Milli
Görüş (IGMG) içindeki yerleşiklik ve yabancı kalma arasındaki mücadele" / "“İslamcılık’tan Sonra” Durum Değerlendirmesi
Müslüman cemaatlerin iç yaşamı, … biridir. Bunun pek çok nedeni vardır. …", set 70a F7): the excerpt was that line
alone with "…" (never two blocks glued without a sentence end). A line of three to twenty words, no sentence end in it
nor a clause's mark at its end, over a block that starts a sentence and ends two at least, is a line of its own: a
stop after it and the text goes on. A first line that is a sentence whose stop the writer forgot reads the same way.
The excerpt's earlier rules have dropped a line that says the title again or labels what follows
(storylabels.label_before_story). Not a paragraph split mid-sentence ("…die Regierung in Berlin die" / "Steuern für
…": its last word a function word), a question or exclamation Spanish marks open ("¿Por qué votó así el consejo"),
a line that does not open on a capital nor end in a word or a bracket of names ("pip install tidings --upgrade now",
"Release notes for version 2.3.1", "Annual general meeting (members only)", "… today 🎉": a command, a version, a
label), nor what is
shown as it is (preformatted text, a list of links: Blocks.rows, code): rev70c F1-F4. Pure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cuts import SENTENCE_END
from .feedcuts import DANGLING

if TYPE_CHECKING:
    from .blocks import Blocks

_WORDS = (3, 20)  # a subtitle's words, at least and at most
_NO_END = ",;:：–—-/&+([{|"  # (a clause or a phrase the next block goes on with: "In a surprise move on Monday,")
_OPEN_QUOTES = "“«„\"'‘"
_CLOSE_QUOTES = "”’»\"'"
_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}")  # (one to four words: "Judd D Bowman")


def subtitled(block: str, following: str, limit: int, blocks: Blocks | None = None) -> str:
    """``block`` with a stop when it is a subtitle over ``following`` (see above) and the sentence after it fits the
    excerpt's ``limit`` with it ("Subtitle." alone says less than "Subtitle…"), "" otherwise. Never a line of fields
    ("Office @BU | Drop In Event"), a label's ("CONTENT WARNING: …", storylabels'), a list of names (an arXiv entry's
    authors), nor over a numbered list's "1." and "2." (a stop after a digit is no sentence's end here); neither line
    one of ``blocks``' rows or code."""
    if blocks is not None and (block in blocks.rows or following in blocks.rows or following in blocks.code):
        return ""
    if not _WORDS[0] <= len(block.split()) <= _WORDS[1] or block[-1] in _NO_END or block[0] == "•" or ":" in block:
        return ""
    if not following[:1].isupper() and following[:1] not in _OPEN_QUOTES or SENTENCE_END.search(block) is not None:
        return ""
    if not _opens(block) or not _ends_in_word(block):
        return ""  # (a command, a version, a label's bracket, an emoji: "pip install … now", "2.3.1", "(members only)")
    if block.rsplit(None, 1)[-1] in DANGLING:  # (in lower case: a Title Case headline's "…And Cashing In" is whole)
        return ""  # (a paragraph split mid-sentence: "…die Regierung in Berlin die" / "Steuern für kleine Betriebe…")
    if "|" in block or block.count(",") >= 2 and all(_name(part.strip()) for part in block.split(",")):
        return ""
    ends = [m.end() for m in SENTENCE_END.finditer(following) if not following[m.start() - 1 : m.start()].isdigit()]
    return block + "." if len(ends) >= 2 and len(block) + 2 + ends[0] <= limit else ""


def _opens(block: str) -> bool:
    """Whether ``block`` opens as a title does: on a capital, after an opening quote too ("“Cemaatten Sonra” …"); not
    on "¿" or "¡" (a question, an exclamation whose closing mark is missing: no stop for it)."""
    return block.lstrip(_OPEN_QUOTES)[:1].isupper()


def _ends_in_word(block: str) -> bool:
    """Whether ``block`` ends in a word, a closing quote, or a bracket of names ("… Linux ES release 4 (Nahant Update
    6)", "… Milli Görüş (IGMG)"); not in a number, an emoji, nor a bracket with a word in lower case, a label's
    ("Annual general meeting (members only)", "(video)")."""
    if block[-1] == ")":
        inner = block[block.rfind("(") + 1 : -1].split() if "(" in block else []
        return bool(inner) and not any(word[:1].islower() for word in inner)
    return block[-1].isalpha() or block[-1] in _CLOSE_QUOTES


def _name(part: str) -> bool:
    return part[:1].isupper() and _NAME.fullmatch(part) is not None
