"""Whether a block may follow the blocks an excerpt has taken (bot/excerpt.py):
a block is never glued to one that does not end a sentence, unless the two are
one sentence or one list (see joins). Pure.
"""

from __future__ import annotations

import re
from collections import Counter

from . import cuts
from .boilerstrip import block_row
from .cuts import BLOCK_END
from .gluedtext import SPEAKER
from .unstopped import goes_on_after_remark

_HEADER_WORDS = 8  # a first block without a sentence end, over a list, at most
_CUT_MARK = re.compile(r"[\s,](?:\.\.\.|…)$")  # dots apart from the last word: a cut, or a pause
_ASIDE_WORDS = 4  # words, at least, of a first block that is a remark in parentheses (_REMARK): complete
_SENTENCE_END = re.compile(rf"(?:{cuts.SENTENCE_END.pattern})$")  # (a sentence's at the block's end: "…", "。" too)
_REMARK = re.compile(r"\([^()\n]{1,120}\)")  # (longer than blocks.ASIDE's, a line's short aside: a sentence's)


def joins(parts: list[str], line: str) -> bool:
    """Whether a block may follow the excerpt's blocks: the last one ends a
    sentence, or a clause the block goes on with ("…可以获得40g蛋白质，", "…my
    studio -") or a first block that is a remark in parentheses, or one sentence the author broke into lines (a
    word in lower case, then a block that starts with one and holds a sentence's end: "…поставиха" /
    "началото на едно … партньорство."), or both are list items (each shows its bullet), or the excerpt
    so far is a salutation ("Dear readers,") or a short header that names a
    release or a date over a list ("2011.12.14, Version 0.6.6 (stable)" and the
    release's changes: the bullets show where it ends; not a caption or a
    "show notes: <address>" line over a list of links or promotions)."""
    last = parts[-1]
    if _CUT_MARK.search(last, len(last) - 8) and line[0] != "•" and not BLOCK_END.search(line, len(line) - 8):
        return False  # (the feed's cut, "…in Barnstead, ...", then a line that is no sentence: a related link's)
    if BLOCK_END.search(last, len(last) - 8) or (last.startswith("•") and line.startswith("•")):
        return True
    if goes_on_after_remark(last, line):
        return True  # (a remark after the sentence's stop: "…후기. (AKA 토끼책)", set 69a F3)
    # (a remark in lower case, "(which we say at bedtime anyway)", set34 F6; not a label, "(Continued from Part 1)",
    # "(sponsored)", "(updated 14:00)", "(via the guardian)": a few words, no digit or colon)
    aside = len(parts) == 1 and last[1:2].islower() and _REMARK.fullmatch(last) is not None
    aside = aside and len(last.split()) >= _ASIDE_WORDS and not any(c.isdigit() or c == ":" for c in last)
    if (cuts.CLAUSE_END.search(last, len(last) - 2) or cuts.all_quoted(last) or aside) and line[0] != "•":
        return True  # (a clause the next block goes on with: "…lower cost，" / "…studio -"; all one quote or aside)
    if last[-1].islower() and line.split(None, 1)[0].islower() and last[0] != "•" and cuts.SENTENCE_END.search(line):
        # (one sentence in two blocks, a text hard-wrapped by its author: "…поставиха" / "началото на …")
        return True
    if line[0].isupper() and last[0] != "•" and _ends_in_address(last) and _goes_on(line):
        return True  # (set40 F6: "…not an older one: https://keyauth.win/api/1.0/" / "Also, make sure you're…")
    if len(parts) > 1:
        return False
    if line[0] == "•" and len(last.split()) <= _HEADER_WORDS and "://" not in last and "www." not in last:
        return any(c.isnumeric() for c in last)  # (a CJK numeral too: "第一天：上海 → 潮汕")
    return last.endswith(",") and len(last.split()) <= 4


# A paragraph that goes on from the one before: it opens with a word that carries on ("Also, make sure…"), or it ends a
# sentence (a forum's closing line, "The community site is closed now. … server KeyAuth", does neither: set40 F6).
# (The same words in the languages the bot reads: "Además, …", "Außerdem …", "De plus, …"; none an English word or a
# name, "Men", "Dan", "Ma", "Ale", nor a Dutch article's, "De".)
_GOES_ON = re.compile(
    r"(?:Also|And|But|Plus|Then|Additionally|However|Otherwise|Besides|Furthermore|Moreover"
    r"|Außerdem|Auch|Und|Aber|Dann|Zusätzlich|Jedoch|Sonst|Zudem|Ferner|Darüber hinaus"  # de
    r"|Ook|En|Maar|Daarnaast|Echter|Anders|Bovendien|Verder"  # nl
    r"|Dessutom|Också|Och|Sedan|Därefter|Annars|Vidare|Dessuten|Også|Og|Deretter|Derefter|Ellers|Desuden"  # sv, no, da
    r"|Lisäksi|Myös|Ja|Mutta|Sitten|Kuitenkin|Muuten"  # fi
    r"|Továbbá|Emellett|És|Aztán|Azonban|Egyébként"  # hu
    r"|Además|También|Pero|Luego|Entonces|Sin embargo|De lo contrario"  # es
    r"|Inoltre|Anche|Poi|Tuttavia|Altrimenti"  # it
    r"|De plus|Aussi|Et|Mais|Puis|Ensuite|Cependant|Sinon|En outre|Également"  # fr
    r"|Além disso|Também|Mas|Depois|Então|Porém|No entanto|Senão"  # pt
    r"|Również|Także|Oraz|Potem|Jednak|Ponadto|Poza tym|Také|Potom|Však|Navíc|Jinak)\b"  # pl, cs
)


def _goes_on(line: str) -> bool:
    return _SENTENCE_END.search(line, len(line) - 8) is not None or (
        _GOES_ON.match(line) is not None and cuts.SENTENCE_END.search(line) is not None
    )


def _ends_in_address(block: str) -> bool:
    """Whether a paragraph of words ends in a web address its last sentence gives ("…not an older one: https://…"): the
    address is that sentence's end, without a mark (one after it would read as the address's)."""
    words = block[-400:].rsplit(None, 4)
    if len(words) < 5 or not words[-1].startswith(("https://", "http://")) or "://" in words[-2]:
        return False
    if words[-2][-1] in '.!?…"”’)':  # (an address after the sentence, "…your articles. https://…": a link's row)
        return False
    return block.count(": ") < 2 and " · " not in block  # (not a record's last field: "· Blog: http://…")


_CARRIED = re.compile(r"\s(?:\.\.\.|…)$")


def carried_on(last: str, line: str) -> tuple[str, str]:
    """A sentence the author carries on into the next block, an ellipsis at the end of one and at the start of the
    other ("…android still doesn't have …" / "…the required APIs": i2pfirefox--releases.atom in set25, F9): the two
    blocks without the marks, read as one sentence; else the two as they are (``line`` itself)."""
    if line.startswith(("…", "...")) and (mark := _CARRIED.search(last, len(last) - 5)) is not None:
        rest = line.lstrip(".…").lstrip()
        if rest[:1].islower() and last[: mark.start()].rstrip()[-1:] not in ",;:":  # (not the feed's cut, "…in X, ...")
            return last[: mark.start()], rest
    return last, line


_BARE_ADDRESS = re.compile(r"• (?:https?://|www\.)\S+")


def announced_address(last: str, line: str) -> bool:
    """Whether a line is a list item that is only an address, after a sentence that announces it ("The book’s
    code repository had its structure changed:" / "• https://github.com/…", then the story: keleshevdiscourse--
    latest.rss in set25, F3): an excerpt shows no bare address; the story after it goes on from that sentence.
    (Not after a label, "GGUFs:": what it names is gone with the address.)"""
    return last.endswith((":", "：")) and len(last.split()) >= 4 and _BARE_ADDRESS.fullmatch(line) is not None


# What ends a Chinese or Japanese block that another goes on from (a sentence, a clause, a label's colon: never a
# heading's last character, "概述" then "正则表达式包括…", which a space keeps apart).
_CJK_STOPS = frozenset("。！？：；，、」』）】》〉”")
# A Chinese or Japanese sentence's start: a CJK character, or a number a CJK character follows ("2025年2月，…").
_CJK_START = re.compile(r"\d*[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]")


# An address alone between two sentences, before a list's next item ("…のように）． https://atcoder.jp/contests/… B.
# Can you…": a link's line that a plain summary ran into its text, sk0-blog--index.xml in set32, F7): an excerpt shows
# no bare address. Only before an item's mark ("B. ", "2) "): before anything else the address may be a word of the
# next sentence ("… https://example.jp/dl からダウンロードできます", "… https://x.cn 上有全部文档": the review).
_LOOSE_ADDRESS = re.compile(r"([.!?。．！？]) ?(?:https?://[^\s<>]+ )+(?=[A-Z0-9][.)] )")


def joined(parts: list[str]) -> str:
    """The excerpt's blocks in one text: a space between two, never between a Chinese or Japanese block's last
    stop and the next one's first character ("…同比增长10%。2025年2月，…", set32 F8; Korean spaces its words), but
    between two lines a speaker's label opens (gluedtext.SPEAKER: "白羊：…？" / "Astrian：…", set59 F10);
    without an address that stands alone between two sentences (_LOOSE_ADDRESS)."""
    if len(parts) < 2 or all(part.isascii() for part in parts):
        text = " ".join(parts)
    else:
        text = parts[0]
        for before, part in zip(parts, parts[1:], strict=False):
            stop = text[-1] in _CJK_STOPS and (text[-1] != "”" or _CJK_START.match(text[-2:-1]) is not None)
            stop = stop and not (SPEAKER.match(before) and SPEAKER.match(part))  # (two lines of a dialogue: set59 F10)
            text += ("" if stop and _CJK_START.match(part) else " ") + part  # (not an English quote's "”": the review)
    return _LOOSE_ADDRESS.sub(r"\1 ", text) if "://" in text else text


def labels_sentence(
    line: str, following: str, labels: Counter[str], headings: frozenset[str], quotes: frozenset[str]
) -> bool:
    """Whether a first block that is a short label goes with the paragraph after it: the text repeats it before other
    paragraphs ("ﻓﻘﺮ ﺍﯾﻨﻪ ﮐﻪ :" (poverty is that:) over each of a post's sentences, set39 F7: dropped, the first read
    as a fragment), and that paragraph ends a sentence (no list, quote or heading). A label the text gives once names
    a section ("Synopsis :", "The Role:", "Au programme :"): it goes. Never a mail's "<jane@…> wrote:". Only the
    text's one label (``labels``: leadin.text_labels): among others ("Pros:" / "Cons:", "Q:" / "A:"), which go
    (leadin.form_label), the first would name what they name (the review of set39)."""
    if line[-1] not in ":：" or len(line.split()) > 4 or "@" in line or "<" in line:
        return False
    if following[:1] == "•" or following[-1:] in ":：" or following in headings or following in quotes:
        return False
    if BLOCK_END.search(following, len(following) - 8) is None or block_row(following) is not None:
        return False  # (boilerplate after it, "Hello there!", a salutation: the label is alone)
    label = line.rstrip(":： ")
    return labels.keys() == {label} and labels[label] > 1


# The words a clause that goes on into a list ends with (conjunctions, prepositions): "…pull this off because" /
# "• it will help us…" is one sentence, its bullet inside it (indichix's planet, /work/unseen48's F9)
GOES_INTO = frozenset(
    ["because", "that", "and", "or", "but", "to", "of", "for", "with", "if", "when", "so", "which", "where", "as",
     "than", "while", "since", "whether", "by", "from", "into", "about", "weil", "dass", "und", "oder", "denn", "et",
     "que", "parce", "porque", "perché", "che"]
)  # fmt: skip
# (never "car", a noun in English, nor a word of one letter, "y", "o", "e": "…x and y" / "• y is…"; review of set48, 4)


def items_in_sentence(lines: list[str], kept: list[str]) -> list[str]:
    """The lines with a list's first item that starts in lower case joined, without its bullet, to a line before it
    that ends with a conjunction or a preposition (GOES_INTO), a clause the item finishes; lines ``kept`` (headings,
    quotes, code) never."""
    out: list[str] = []
    kept_set = set(kept)  # (searched once a line: review of set48, 8)
    for line in lines:
        last = out[-1] if out else ""
        if (
            line[:2] == "• " and line[2:3].islower() and last and last[0] != "•" and last[-1].isalpha()
            and last.rsplit(None, 1)[-1] in GOES_INTO and last not in kept_set and line not in kept_set
        ):  # fmt: skip
            out[-1] = f"{last} {line[2:]}"
        else:
            out.append(_INLINE_ITEM.sub(_unbulleted, line) if " • " in line and line not in kept_set else line)
    return out


_INLINE_ITEM = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+) • (?=[^\W\d_])"
)  # (the same in a paragraph the list was flattened into)


def _unbulleted(m: re.Match[str]) -> str:
    after = m.string[m.end() : m.end() + 1]
    return f"{m[1]} " if m[1] in GOES_INTO and after.islower() and not m.string.startswith("• ") else m[0]
