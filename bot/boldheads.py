"""Bold text that is a heading, not the story's first words (set19 F7): bold phrases that open a paragraph
before its first sentence, no sentence's end or label's colon among them (``<p><strong>Шевченкове слово — зброя
незламних</strong><strong>Ukrainian Cultural and Humanitarian Institute (UCHI)</strong> У новому випуску…``, a
podcast's title in another language and its producer). They are made an <h6> before the markup is read
(blocks.html_blocks), so the excerpt treats them as it treats any heading: skipped, never glued to a sentence.
Two phrases or more, or one of a few words; never one that a sentence goes on from ("<strong>Cinco personas han
resultado heridas … en Marbella</strong> (Málaga), según…", a bold lead), nor a bold name ("<b>Apple</b> Inc.").
(A paragraph that is only a bold phrase is left alone: a subtitle, "—— …", is after_label's to read.)
Pure.
"""

from __future__ import annotations

import html
import re

from .cuts import PICTOGRAPHS
from .inlineedges import CJK

# Bold phrases (one to three, nothing else) that open a paragraph, then its text.
_BOLD_OPENING = re.compile(
    # (or a line of their own, a <br> after them: "<strong>HTML Export - Browser Migration Made Easy</strong><br>The…",
    # set27 F12: the summary read the heading into its first sentence)
    r"(<p(?:\s[^<>]*)?>)\s*((?:<(?:strong|b)>[^<>]{1,120}</(?:strong|b)>\s*){1,3})(?:<br\s*/?>\s*)?(?=[^<\s])",
    re.IGNORECASE,
)
_RUN = re.compile(r"<(?:strong|b)>([^<>]*)</(?:strong|b)>", re.IGNORECASE)
# What ends a sentence or names what follows (a label, "Note:"): such a phrase is no heading.
_PHRASE_END = re.compile(r"[.!?…:;,。！？：；，][\"'”’»)\]]*\s*$")
# A sentence's end in the paragraph's text after them (it is a story's paragraph: "Aergo | 2023.01 – present", a
# job's place and dates after its bold title, is no sentence; its title stays).
_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)\]]*(?:\s|<|$)")
_OPENING_WORDS = (3, 8)  # words of one bold phrase before a paragraph's text, at least and at most


# A paragraph that is only one bold phrase, first in the text, before a paragraph of plain text (empty ones between
# them): a picture's caption left from a removed image ("<p><strong>Dr. X, Y and other stakeholders</strong></p><p>
# &nbsp;</p><p>Remittance inflows…", dailyguide_feed.xml in set28, F11), or a heading in bold ("<p><strong>PISCES
# Study: Fish Oil Supplementation in Chronic Hemodialysis</strong></p><p>การศึกษา…", set28 F8). A heading too, when no
# sentence's end or label's colon ends it and it is more than a name (three words or more).
# (No "\xa0" beside "\s", which matches a no-break space too: a space read two ways made a run of them take exponential
# time, "<p>" and 22 of them 0.7 s: the review of set39.)
_FIRST_BOLD_PARAGRAPH = r"\A\s*<p>\s*<(strong|b)>([^<>]{1,160})</\1>\s*</p>"  # (its phrase: group 2)
_BOLD_FIRST = re.compile(_FIRST_BOLD_PARAGRAPH + r"(?=(\s*(?:<p>(?:\s|&nbsp;)*</p>\s*)*)<p>\s*[^<\s])", re.IGNORECASE)

# A deck: a first paragraph that is one short bold sentence (or a short quote), then the story's own paragraph (set30
# F1, timeextension: "<p><strong>That's pretty good value for NSO subscribers, then.</strong></p><p>This week,
# Nintendo surprised us all…"): the site's riddle before the lede, read as a heading. Never a long bold lede (a
# reader's letter, "<p><strong>Yo ya no quiero que venga. Hace 4 años…"), nor one before a short paragraph that leans
# on it.
_BOLD_DECK = re.compile(_FIRST_BOLD_PARAGRAPH + r"\s*(?=<p[\s>])", re.IGNORECASE)
_DECK_STOP = re.compile(r"[.!?…][\"'”’»]*\s*$")
_TAG = re.compile(r"<[^<>]*>")
_DECK_WORDS, _LEDE_CHARS = 16, 100  # a deck's words, at most; the lede's characters after it, at least
# A deck's word the lede says again: five letters or more, its first six compared ("extradited", "extradition"), no
# function word of that length
_WORD, _STEM = re.compile(r"[^\W\d_]{5,}"), 6
_FUNCTION_STEMS = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "among",
        "before",
        "being",
        "below",
        "betwee",
        "could",
        "other",
        "should",
        "since",
        "their",
        "there",
        "these",
        "those",
        "under",
        "until",
        "where",
        "which",
        "while",
        "would",
        "einer",
        "einem",
        "einen",
        "eines",
        "diese",
        "dieser",
        "nicht",
        "werden",
        "wurde",
        "haben",
        "durch",
        "unter",
        "ahora",
        "desde",
        "entre",
        "sobre",
        "porque",
        "donde",
        "cuando",
        "avant",
        "après",
        "contre",
        "depuis",
        "leurs",
        "notre",
        "votre",
    ]
)
# First paragraphs that are each one bold phrase, two or more, the first numbered (pictures and empty paragraphs before
# them): a numbered section's heading over its first part's ("<p><strong>1. マスクアカウントの作成方法</strong></p><p>
# <strong>ダウンロード</strong></p><ul>…", set39 F5: the excerpt was the first alone, with "…"), each up to one a
# sentence's end or a label's colon ends. (Not unnumbered: "<p><b>Previews, Auto-Linter, and new MCP servers</b></p>
# <p><b>Previews (Beta)</b></p><ul>…", a release's overview over its first feature's name, is its best excerpt.)
_BOLD_PARAGRAPH = r"\s*<p>\s*<(?:strong|b)>([^<>]{1,120})</(?:strong|b)>\s*</p>"
_BOLD_STACK = re.compile(
    r"\A((?:\s*<p>(?:\s|&nbsp;|<img[^<>]*>)*</p>)*)((?=\s*<p>\s*<(?:strong|b)>\s*\d{1,2}[.)]\s)(?:"
    + _BOLD_PARAGRAPH
    + "){2,})",
    re.IGNORECASE,
)
_BOLD_ONE = re.compile(_BOLD_PARAGRAPH, re.IGNORECASE)
# (None with a second numbered phrase among them: "1. Government resigns" / "2. Snap election called" / "3. …", a
# numbered list of headlines, a digest's items, or a quiz's questions and answers, is the text: the review of set39.)
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")


# A paragraph that is only a short bold label, its colon inside or after the bold, before a paragraph of plain text
# ("<p><b>About the Customer and the Project:</b></p><p>Our customer is…", dmorsch--dou-java-jobs.xml in set47, F2): a
# section's heading, never glued to the paragraph after it. Two to six words (in a script without spaces, two to
# twenty characters). Not one word ("<p><b>Update:</b></p><blockquote>…", a later addition, says what follows), nor
# a label over a list or rows ("<b>Requirements:</b></p><ul>…", "<b>Programm:</b></p><p><span><strong>Bach…": theirs).
_BOLD_LABEL = re.compile(
    r"<p>\s*<(strong|b)>([^<>:：]{1,60})(?:[:：]\s*</\1>|</\1>\s*[:：])\s*</p>(?=\s*<p>\s*[^<\s])", re.IGNORECASE
)


# A paragraph that is only a bold phrase, a pictograph first and its letters mostly capitals, in the text's middle: a
# newsletter's section heading, even with its "!" ("…on this side of the Schuylkill.</p><p><strong>🧁 YOU’RE INVITED –
# BAKE SALE ON FRIDAY!</strong></p><p><em>Friday, Feb 28…", set59 F6: read as the excerpt's last sentence). Not after
# a paragraph that ends with a colon ("…exciting news:</p><p><strong>🎉 YOU’RE INVITED…": the phrase is what it leads
# in to), nor one in sentence case ("🎉 Big news: we won!"), nor a sentence with its full stop (a notice: "⚠️ THE LIBRARY
# WILL BE CLOSED ON MONDAY 3 MARCH FOR REPAIRS.", the review of set 61).
_SHOUTED = re.compile(r"(?<=</p>)(\s*)<p>\s*<(strong|b)>([^<>]{4,120})</\2>\s*</p>", re.IGNORECASE)
_PICTOGRAPH = re.compile(rf"[{PICTOGRAPHS}]")
_CAPITALS = 0.7  # of a shouted heading's letters, at least


def _shouted(found: re.Match[str]) -> str:
    markup, phrase = found.string, _phrase(found[3])
    letters = [ch for ch in phrase if ch.isalpha()]
    if (
        not _PICTOGRAPH.match(phrase)
        or len(letters) < 4
        or sum(ch.isupper() for ch in letters) < _CAPITALS * len(letters)
        or phrase.endswith((".", "。"))  # (a shouted notice's sentence: "⚠️ THE LIBRARY WILL BE CLOSED ON MONDAY.")
    ):
        return found[0]
    before = _TAG.sub("", markup[max(0, found.start() - 200) : found.start()]).rstrip()
    if before.endswith((":", "：")):
        return found[0]
    return f"{found[1]}<h6>{html.escape(phrase, quote=False)}</h6>"


def _label(found: re.Match[str]) -> str:
    phrase = " ".join(html.unescape(found[2]).split())
    # (one word of a script that sets words apart, "Änderungen:", "Обновление:", is no label: the review of set47)
    short = 2 <= len(phrase.split()) <= 6 if " " in phrase else 2 <= len(phrase) <= 20 and bool(CJK.search(phrase))
    return f"<h6>{html.escape(phrase, quote=False)}</h6>" if short and phrase[-1] not in ".!?" else found[0]


# A paragraph that is only a short bold phrase opening with a section's number ("1/", "2.", "3)", "#4", "(5)"), prose
# after it: a section's heading, with or without its full stop, when another such paragraph has the number before or
# after it ("<p><strong>1/ Working with Department for Business and Trade.</strong></p><p>DBT and the office of…</p>
# …<p><strong>2/ Another audit for a Freelance Friendly business</strong></p>": a newsletter's sections, thinkplaymake
# in set 71b F9, the excerpt read "1/ Working with…." as its first sentence). Never alone, nor paragraphs with no prose
# between them (a numbered list of headlines or a quiz's questions: the text, as _NUMBERED says), nor a long one. With
# "1." or "1)" not one with its own full stop: a recipe's or a how-to's steps ("<strong>1. Heat the oven to 200
# degrees.</strong>", a tip under each: review rev71a 3) are its text; "1/" with a stop is set 71b F9's heading.
_NUMBERED_HEAD = re.compile(
    r"<p>\s*<(strong|b)>\s*((?:(\d{1,2})([/.)])|#(\d{1,2})|\((\d{1,2})\))\s[^<>]{1,110})</\1>\s*</p>"
    r"(?=(?:\s*<p>(?:\s|&nbsp;)*</p>)*\s*<p(?:\s[^<>]*)?>\s*[^<\s])",
    re.IGNORECASE,
)
_HEAD_WORDS = 12  # a numbered heading's words, at most


def _key(m: re.Match[str]) -> tuple[int, str]:
    """A numbered heading's number and mark ("/", ".", ")", "#", "(")."""
    return int(m[3] or m[5] or m[6]), m[4] or ("#" if m[5] else "(")


def _numbered_headings(markup: str) -> str:
    found = [
        m
        for m in _NUMBERED_HEAD.finditer(markup)
        if len(m[2].split()) <= _HEAD_WORDS and not (m[4] in (".", ")") and m[2].rstrip().endswith("."))
    ]
    keys = {_key(m) for m in found}
    out, at = [], 0
    for m in found:
        number, mark = _key(m)
        if (number - 1, mark) in keys or (number + 1, mark) in keys:
            out += [markup[at : m.start()], "<h6>", html.escape(_phrase(m[2]), quote=False), "</h6>"]
            at = m.end()
    return "".join(out) + markup[at:] if out else markup


def bold_headings(markup: str) -> str:
    """The markup with those bold phrases as <h6> headings."""
    if "</strong>" not in markup and "</b>" not in markup and "</STRONG>" not in markup and "</B>" not in markup:
        return markup
    markup = _numbered_headings(markup) if "</p>" in markup else markup  # (set 71b F9)
    # (no quicker check first: one for ":</" missed "Project: </b>", the review of set47; "<p>" is found quickly)
    markup = _BOLD_LABEL.sub(_label, markup)
    if "</p>" in markup:
        markup = _SHOUTED.sub(_shouted, markup)
    deck = _BOLD_DECK.match(markup)
    if deck is not None and _is_deck(deck):
        markup = "<h6>" + html.escape(_phrase(deck[2]), quote=False) + "</h6>" + markup[deck.end() :]
        return _BOLD_OPENING.sub(_opening, markup)
    if (stack := _BOLD_STACK.match(markup)) is not None:
        heads: list[str] = []
        for bold in _BOLD_ONE.finditer(stack[2]):
            phrase = _phrase(bold[1])
            if _PHRASE_END.search(phrase) or (heads and _NUMBERED.match(phrase)):
                heads = heads if _PHRASE_END.search(phrase) else []  # (a numbered list: the text, as before)
                break
            heads.append(phrase)
            end = stack.start(2) + bold.end()
        if len(heads) > 1:
            markup = stack[1] + "".join(f"<h6>{html.escape(h, quote=False)}</h6>" for h in heads) + markup[end:]
    first = _BOLD_FIRST.match(markup)
    if (
        first is not None
        and len(words := _phrase(first[2]).split()) >= 3
        and not _PHRASE_END.search(words[-1])
        # set apart by an empty paragraph (a caption's spacer), in title case or in a script without case ("9월,
        # 개발 세팅 및 코드 분석"): not a bold lede, "Registration for PyCon US 2026 is now open" before "Head over to
        # the site…" (the review of set28's F11)
        and (
            "</p>" in first[3]
            or sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= 0.7 * len(words)
            or not any(ch.islower() for ch in first[2])
        )
    ):
        markup = "<h6>" + html.escape(" ".join(words), quote=False) + "</h6>" + markup[first.end() :]
    return _BOLD_OPENING.sub(_opening, markup)


def _is_deck(deck: re.Match[str]) -> bool:
    phrase = _phrase(deck[2])
    # (a question is an interview's, its answer after it: "Why did you start the company?" stays, the review)
    stop = _DECK_STOP.search(phrase) is not None
    if (
        not (stop or len(phrase.split()) >= 3 and not _PHRASE_END.search(phrase))
        or phrase.rstrip("\"'”’» ").endswith(("?", "？"))
        or len(phrase.split()) > _DECK_WORDS
    ):
        return False
    markup, end = deck.string, deck.end()
    paragraph_end = markup.find("</p", end)
    lede = " ".join(
        html.unescape(_TAG.sub("", markup[end : paragraph_end if paragraph_end >= 0 else end + 2000])).split()
    )
    # (a subheadline in sentence case without its full stop, "If extradited, X could face death penalty, court hears",
    # over a lede that is a whole sentence, a capital first: set63 F3; not "Registration for PyCon US 2026 is now
    # open" over "Head over to the site…", a short paragraph that leans on it)
    opened = lede.lstrip("\"'“‘„«")[:1].isupper()  # (a quote the lede opens with: "“The press should…” X said…")
    return len(lede) >= _LEDE_CHARS and (
        stop or opened and _DECK_STOP.search(lede) is not None and _restated(phrase, lede)
    )


def _restated(phrase: str, lede: str) -> bool:
    """Whether the lede says again a word of the deck (_STEM: "Lack of extradition safeguards revealed in final session
    of Assange hearing" over "The hearing that could mark … Assange's final opportunity…"). A bold line the lede does
    not restate is news of its own, kept: "This event has been cancelled due to the storm warning" over the fair's
    lede, "Update: the outage has been resolved…" (the second review of set 63, finding 1)."""
    stems = {word[:_STEM] for word in _WORD.findall(phrase.casefold())} - _FUNCTION_STEMS
    return any(word[:_STEM] in stems for word in _WORD.findall(lede.casefold()))


def _phrase(text: str) -> str:
    return " ".join(html.unescape(text).split())


def _opening(match: re.Match[str]) -> str:
    markup, end = match.string, match.end()
    runs = [_phrase(run) for run in _RUN.findall(match.group(2))]
    tail = markup[end : end + 2].lstrip("\"'“„«")
    paragraph_end = markup.find("</p", end)
    if (
        not all(runs)
        or any(_PHRASE_END.search(run) for run in runs)
        or (len(runs) == 1 and not _OPENING_WORDS[0] <= len(runs[0].split()) <= _OPENING_WORDS[1])
        or not tail[:1].isupper()
        or not _SENTENCE.search(markup, end, len(markup) if paragraph_end < 0 else paragraph_end)
    ):
        return match.group()
    return "<h6>" + " ".join(html.escape(run, quote=False) for run in runs) + "</h6>" + match.group(1)
