"""A publisher's name beside a headline, said once.

An aggregator's coverage list puts each headline's publisher in a grey label after
its link (``<li><a>…選挙支援：朝日新聞デジタル</a>&nbsp;&nbsp;<font>朝日新聞デジタル</font></li>``,
Google News), and the headline often ends with the same name already, as its own page
titles it ("… - Yahoo!ニュース", "…：朝日新聞デジタル", "…｜京都新聞"); the item's title
likewise ends with the name twice ("…証言：朝日新聞デジタル - 朝日新聞デジタル"). Read as
text the name is said twice, or runs on from the headline with a space. Here: what a
publisher's label looks like, a headline without the name it ends with, and a title
without its last " - name" when the part before already ends with that name; a title labelled
with its source ("[KTVB 7] …") said again with the label after it; and, in an lxml tree, a label
after a headline's link set off in brackets (``set_off_labels``, which edits the tree). Used by
bot/htmltree.py, bot/leadin.py and bot/normalize.py.
"""

from __future__ import annotations

import re

import lxml.etree

NAME_WORDS = 6  # a publisher's name, at most ("Lake and McHenry County Scanner")
HEADLINE_WORDS = 3  # a headline, at least (a shorter link is a button: "Download")
# Scripts written without spaces between words (Thai, kana, CJK ideographs): a headline
# in them is one or two "words"; so many of their characters make one instead.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HEADLINE_UNSPACED = 8
_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")  # a site's name as its host ("tenki.jp")
_ENDS = ".!?…。！？:"
# What stands between a headline and the name it ends with: a spaced dash or bar, or a
# colon or bar, spaced or not (full-width forms too: "：", "｜").
_SEPARATOR = r"(?:\s+[-–—|]\s+|\s*[|｜:：]\s*)"


def is_label(name: str, headline: str) -> bool:
    """Whether ``name``, in a label right after a link to ``headline``, is a publisher's:
    a few words, one of them with a capital or a letter of a script without case first ("au
    Webポータル"), or a digit first, or a host name ("goo.ne.jp"); no sentence's end; the headline three words or more
    (or eight characters of a script written without spaces)."""
    if not name or len(name.split()) > NAME_WORDS or name[-1] in _ENDS:
        return False
    if not (name[0].isdigit() or _HOST.fullmatch(name) or any(_named(word[0]) for word in name.split())):
        return False
    return len(headline.split()) >= HEADLINE_WORDS or len(_UNSPACED.findall(headline)) >= HEADLINE_UNSPACED


def _named(letter: str) -> bool:
    return letter.isupper() or (letter.isalpha() and not letter.islower())  # (a capital, or a script without case)


def without_name(headline: str, name: str) -> str:
    """``headline`` without a separator and ``name`` at its end ("… - Yahoo!ニュース",
    "…：朝日新聞デジタル"), when a headline stays; unchanged otherwise."""
    # (or, a name in a script without spaces, a longer form of it: "…：北海道新聞デジタル" beside "北海道新聞",
    # "…：東京新聞 TOKYO Web" beside "東京新聞"; not "…: Apple Watch" beside "Apple")
    longer = r"[^|｜:：\-–—]{0,16}" if _UNSPACED.search(name) else ""
    match = re.search(_SEPARATOR + re.escape(name) + longer + r"\s*$", headline)
    if match is None:
        return headline
    rest = headline[: match.start()].rstrip()
    return rest if is_label(name, rest) else headline


_SOURCE_LABEL = re.compile(r"\[([^\[\]\n]{1,40})\]\s*")  # (an aggregator's: "[My Cariboo Now] Plane connected…")


def labelled_title(line: str, title_norm: str) -> bool:
    """Whether a line is a title labelled with its source ("[KTVB 7] Plane…", an aggregator's) without the label, or
    with it after in brackets (Google News' text: "Plane… (KTVB 7)", set42 F10). ``title_norm``: casefolded."""
    if (m := _SOURCE_LABEL.match(title_norm)) is None:
        return False
    text, rest = " ".join(line.casefold().split()).rstrip(".!?…"), title_norm[m.end() :]
    return text in (rest, f"{rest} ({m[1]})")


def without_doubled_name(title: str, markup: str = "") -> str:
    """A title whose last " - name" repeats the name the part before it ends with
    ("…証言：朝日新聞デジタル - 朝日新聞デジタル", "…（石川テレビ） - Yahoo!ニュース -
    Yahoo!ニュース"), or the publisher's label the entry's text (``markup``) ends with after its link
    ("… teurer - TAG24" over '<a …>… teurer</a>&nbsp;&nbsp;<font color="#6f6f6f">TAG24</font>', Google
    News, tests/data/unseen/set30's F9): without it. Unchanged otherwise."""
    head, dash, name = title.rpartition(" - ")
    name = name.strip()
    if not dash or not name or len(name.split()) > NAME_WORDS:
        return title
    if name in markup[-300:] and is_label(name, head) and re.search(_LABEL_END.format(re.escape(name)), markup):
        return head.rstrip()
    return head.rstrip() if without_name(head, name) != head else title


# A text's last element a publisher's label after a link: "</a>&nbsp;&nbsp;<font …>TAG24 </font >"
_LABEL_END = r"</a\s*>(?:\s|&nbsp;)*<(\w+)[^<>]*>\s*{}\s*</\1\s*>\s*$"


_text_content = lxml.etree.XPath("string()", smart_strings=False)
# A link and, after it, nothing but spaces and an inline element (a quick test on the markup).
_BESIDE = re.compile(r"</a\s*>(?:\s|&nbsp;|&#160;)*<(?:font|span|small|cite|nobr)[\s>]", re.IGNORECASE)
_LABEL_TAGS = frozenset(("font", "span", "small", "cite", "nobr"))


def set_off_labels(links: list, markup: str) -> None:
    """A headline's link and a name right after it, the two alone in their element (an
    aggregator's coverage list: ``<li><a>…Build Back Better</a>&nbsp;&nbsp;<font
    color="#6f6f6f">Fox News</font></li>``): the name in parentheses, "…Build Back Better
    (Fox News)", never run on as the headline's last words, nor said twice ("… - Yahoo!ニュース
    (Yahoo!ニュース)": the headline's own " - name" goes). A name: ``publishers.is_label``, no link."""
    if not _BESIDE.search(markup):
        return
    for link in links:
        label, parent = link.getnext(), link.getparent()
        if (
            label is None or label.tag not in _LABEL_TAGS or (link.tail or "").strip()
            or parent is None or not _first_but_pictures(link) or (parent.text or "").strip()
            or label.getnext() is not None or (label.tail or "").strip() or label.find(".//a") is not None
        ):  # fmt: skip
            continue
        name = " ".join((_text_content(label) or "").split())
        if not is_label(name, _text_content(link) or ""):
            continue
        if len(link) == 0 and link.text:  # ("…支援：朝日新聞デジタル (朝日新聞デジタル)": the name once)
            link.text = without_name(link.text, name)
        link.tail, label.tail = " (", ")" + (label.tail or "")


def _first_but_pictures(element) -> bool:
    """Whether only pictures come before the element in its parent (a relay's: ``<img …/><img …/><a>…</a>``)."""
    before = element.getprevious()
    while before is not None:
        if before.tag != "img" or (before.tail or "").strip():
            return False
        before = before.getprevious()
    return True
