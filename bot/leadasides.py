"""More of what a post may put before its story (bot/leadnotes.py's front matter), set63 F1: a note, under a note's
label, on when or why the post is published ("<p>Nota: Había planeado publicar este artículo hoy, aunque…</p>"); a
first sentence, with no label, that dates a revision of the post ("<p>这篇博客在2018年7月23日有修改，修改的内容使用了…
</p>", "This post was updated on May 3, 2024 to …"); and an aside that opens the text right above its first heading, a
short quote or a callout with its icon ("<blockquote><p>ネットワークはすでに設定済みなので、…</p></blockquote><h2>はじめに
</h2>", "<p class='content-callout'><span class='content-callout-icon'>☝🏻</span><span>後ほど動画で説明する予定です。…
</span></p><h2>はじめに</h2>": a Notion export's). Each goes when prose follows it (leadnotes.front_matter).
Pure, over the lxml tree htmltree walks.
"""

from __future__ import annotations

import re

import lxml.etree

from .cuts import PICTOGRAPHS
from .scripts import same_script

_text = lxml.etree.XPath("string()", smart_strings=False)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# The post, named by a note's words (and what its author does to it: publish, write), in its first sentence: "I had
# planned to publish this post today", "Había planeado publicar este artículo hoy". Not a note on a law's article or
# a ticket ("Nota: este artículo de la ley entra en vigor…", "Nota: esta entrada es gratuita…": no publishing verb)
_PUBLISHING = re.compile(
    r"\b(?:publish(?:ed|ing)?|post(?:ed|ing)|writ(?:e|ing|ten)|wrote|publicar|publiqué|publicad[oa]|escribir|escribí"
    r"|escrit[oa]|escrever|publier|publié|écrire|écrit|veröffentlich(?:en|t|e)|schreiben|geschrieben|pubblicare"
    r"|pubblicato|scrivere|scritto)\s(?:[\w-]+\s){0,2}?"
    r"(?:this|este|esta|deste|desta|questo|questa|cet|cette|ce|diesen|diese|dieses)\s(?:[\w-]+\s)?"
    r"(?:post|article|blog\spost|entry|artículo|artigo|entrada|publicación|articolo|billet|beitrag|artikel)\b",
    re.IGNORECASE,
)
# A first sentence that dates a revision of the post, no label before it (a date, then the change)
_REVISED = re.compile(
    r"(?:这篇|这|本篇?|該|该|這篇|本)(?:博客|博文|文章|帖子|文)(?:已?于|已?於|在)\s?\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
    r"(?:有|进行了|進行了|做了|作了)?(?:修改|更新|修订|修訂)"
    r"|本記事は\s?\d{4}年\d{1,2}月\d{1,2}日に(?:更新|修正|追記)"
    r"|(?i:this\s(?:blog\s)?(?:post|article)\s(?:was|has\sbeen)\s(?:last\s)?(?:updated|edited|revised|amended)\s(?:on|in)\s"
    r"(?:[^\W\d_]{3,9}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s[^\W\d_]{3,9}\s\d{4}|\d{4}-\d{2}-\d{2}))"
)
_ASIDE_CHARS, _PROSE = 300, 60  # an opening aside's text, at most; the paragraph under the heading after it, at least
_ICON = re.compile(rf"[{PICTOGRAPHS}\U0001f3fb-\U0001f3ff\s]+")  # (a pointing hand with its skin tone: "☝🏻")
# A callout that warns or tells news stays ("⚠️ Service ends on 1 March", "🚨", "❗"): so does one with a date
_WARNING = re.compile("[\u26a0\u2757\u203c\U0001f6a8\u26d4\u274c\U0001f4e2\U0001f4e3]")
_DATED = re.compile(r"\d{4}|\d{1,2}\s?[月日/.]\s?\d{0,2}")
# A quote that tells the reader something stays, as a warning callout does (the second review of set 63, finding 2):
# a label with its colon first ("TL;DR: We moved our database…", "Update:"), a request ("Please use the new fork…",
# "Bitte", "Por favor", "请"), a warning or a date; not a note on how the post is made ("ネットワークはすでに設定済みな
# ので、…テキストを使用します。")
_NEWS_QUOTE = re.compile(
    r"\A[^\s:：]{1,12}[:：]|\b(?i:please|bitte|por\s+favor|s['’]il\s+vous\s+plaît|per\s+favore)\b|请|請"
    rf"|{_WARNING.pattern}|{_DATED.pattern}"
)


def publishing_note(words: str) -> bool:
    """Whether a note's words (after its label) name the post as what its author publishes or writes, in their
    first sentence (_PUBLISHING)."""
    return _PUBLISHING.search(words, 0, 160) is not None


def dated_revision(text: str) -> bool:
    """Whether a paragraph's text opens with a dated revision of the post (_REVISED)."""
    return _REVISED.match(text) is not None


def opening_aside(first):
    """The short quote or callout (the module's docstring) the first paragraph is or sits in, right above a heading,
    or None. (What comes before it, and the prose after, leadnotes.front_matter checks.)"""
    aside = first.getparent() if first.getparent() is not None and first.getparent().tag == "blockquote" else first
    if aside is first and not _callout(first) or len(aside) > 1 and aside is not first:
        return None  # (a quote of one paragraph: more is a quote the post opens with, set46 F9's review)
    following = aside.getnext()
    if following is None or following.tag not in _HEADINGS or (aside.tail or "").strip():
        return None
    # (a paragraph of prose under that heading: not code, not a list, "<blockquote><p>原文：…</p><p>地址：…</p>
    # </blockquote><h3>基本操作</h3><div><pre>…", where the quote is all the excerpt has)
    prose = following.getnext()
    if prose is None or prose.tag != "p" or len(" ".join(_text(prose).split())) < _PROSE:
        return None
    text = " ".join(_text(aside).split())
    if aside is not first and _NEWS_QUOTE.search(text):
        return None
    return aside if len(text) <= _ASIDE_CHARS else None


def _callout(paragraph) -> bool:
    """Whether the paragraph is a callout (its class says so), its first child an icon, no warning, no date."""
    classes = (paragraph.get("class") or "").lower()
    if "callout" not in classes or not len(paragraph) or (paragraph.text or "").strip():
        return False
    icon = _text(paragraph[0])
    text = _text(paragraph)
    return (
        bool(icon.strip())
        and _ICON.fullmatch(icon) is not None
        and not _WARNING.search(icon + text)
        and not (_DATED.search(text))
    )


# An epigraph's end: a sentence's end (or a quote's close), then a dash and who said it, one to four words, each
# capitalised in a cased script ("…증거에 불과하다. - Arthur C. Brooks", "— Ray Bradbury", "— 소크라테스"): set 64a F5
_SIGNED = re.compile(r"[.!?…。”\"»’)]\s*[-–—―~]\s?((?:[^\W\d_][\w.'’-]*\s?){1,4})$")
_SIGNED_READ = 60  # characters of a line's end _SIGNED reads (its nested runs are slow unbounded: 64c review, F5)
_EPIGRAPH_CHARS, _NAME_CHARS = 800, 40  # an epigraph's text, at most; its author's name, at most
EPIGRAPH_LINE = 600  # characters of a plain first line read as a signed epigraph, at most (leadin, leadlines)
_EDITORS = frozenset(("ed.", "ed", "eds.", "eds", "editor", "editors", "the editors", "the editor"))
_OPEN_QUOTES, _CLOSE_QUOTES = '“"«‘„', '”"»’'
# A word of five letters or more: an epigraph shares none with the prose after it (a news quote does)
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def epigraph(first):
    """The quote that opens the text with only who said it after its words, an epigraph (set 64a F5:
    kangminsukdotcom--blog-ko.xml, "<blockquote><p>행복은 감정이 아니다. … - Arthur C. Brooks</p></blockquote>", or a
    bare link to the author's page after its last sentence, "…명언이었다. <a href=…>정혜윤</a>"), or None. Not a
    quote of a story's ("“We will not close the station,” the mayor said."): no name after a dash or a link alone;
    nor one the post goes on to tell about, a word of its own in the prose after it ("We will close the Leeds plant
    next year. — Jane Doe" over "The company employs 400 people at the plant…": the review of set 64 group c, finding
    4). (What follows it, prose, leadnotes.front_matter checks.)"""
    quote = first.getparent()
    if quote is None or quote.tag != "blockquote" or first is not quote[0] or (quote.text or "").strip():
        return None
    last, text = quote[-1], " ".join(_text(quote).split())
    if last.tag != "p" or len(text) > _EPIGRAPH_CHARS or (last.tail or "").strip() or _told_after(quote, text):
        return None
    ending = " ".join(_text(last).split())
    if (sign := _SIGNED.search(ending, max(0, len(ending) - _SIGNED_READ))) is not None:
        return quote if _signs(ending, sign, quoted=True) else None
    link = last[-1] if len(last) else None
    if link is None or link.tag != "a" or (link.tail or "").strip() or not link.get("href"):
        return None
    name = " ".join(_text(link).split())
    before = ending[: -len(name)].rstrip()
    return quote if 0 < len(name) <= _NAME_CHARS and len(name.split()) <= 4 and before[-1:] in '.!?…。”"»' else None


def signed_line(line: str) -> bool:
    """Whether a plain first line, at most EPIGRAPH_LINE long, is an epigraph signed after a dash (_SIGNED), its
    name's words capitalised, not an editor's: what leadin.lead_in skips for the excerpt and leadlines for the lead.
    A plain first line may be the post's own first paragraph, signed by its team or ending with a dash's clause
    ("…점검이 있습니다. - 운영팀 드림", "…on Tuesday. - Mike", "…geschlossen. – Großer Andrang Erwartet"): a
    signature there is a name of two to four capitalised words in another script than the words before it ("…노력한다.
    - Ray Bradbury", a Hugo summary's first line), or any after words in quotation marks (the review of set 64 group
    c, finding 3). In a <blockquote> (epigraph), a one-word name or one in a script without capitals signs too ("—
    소크라테스")."""
    if len(line) > EPIGRAPH_LINE or (sign := _SIGNED.search(line, max(0, len(line) - _SIGNED_READ))) is None:
        return False
    return _signs(line, sign)


def _signs(line: str, sign: re.Match, quoted: bool = False) -> bool:
    """Whether _SIGNED's match at a line's end is a signature (signed_line); ``quoted``: the line is a quote's."""
    name = sign[1].strip()
    if len(name) > _NAME_CHARS or any(word[0].islower() for word in name.split()) or name.casefold() in _EDITORS:
        # (an editor's note signed "-Ed." introduces the post, and its sentences may be the digest's: it stays, as it
        # did; picofeed--googleblog.xml in set9, the review of set 64a F5)
        return False
    if quoted or line[:1] in _OPEN_QUOTES and line[sign.start()] in _CLOSE_QUOTES:
        return True
    words = name.split()
    return len(words) >= 2 and all(word[0].isupper() for word in words) and not same_script(name, line[: sign.start()])


def _told_after(quote, text: str) -> bool:
    """Whether the paragraph after a quote (``text``: the quote's words) holds a word of five letters or more of them:
    the post goes on about what the quote says, its news (epigraph)."""
    after = next((_text(el) for el in quote.itersiblings() if isinstance(el.tag, str) and _text(el).strip()), "")
    words = set(_LONG_WORD.findall(text.casefold()))
    return any(word in words for word in _LONG_WORD.findall(after[:_EPIGRAPH_CHARS].casefold()))
