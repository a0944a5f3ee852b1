"""What a post may put before its story, marked as such by its markup: an editorial note or a dated update notice in
a bold label ("<p><strong>Note</strong>: This joint Cybersecurity Advisory is part of an ongoing … effort",
"<p><strong>July 23, 2025 update</strong> – Expanded analysis …": set46 F4) or an edit note in any style ("<p>Nota: una
versión anterior de este comunicado…": set51 F3), a notice box under its title that opens the text ("<div
class="notice info"><p class="notice-title">알림</p>…": set51 F3), an italic paragraph on the post's history,
a roster of co-authors announced by its first paragraph and listed under it ("The following cybersecurity agencies
coauthored this joint Cybersecurity Advisory …:" and a list of agencies: set46 F12), and a table of contents without
links that opens the text, a list of short headings under a label that names it ("<p><strong>목차</strong><br>———</p>
<ol><li>Intro</li>…": set46 F7; not a review's "<h3>Inhalt</h3>" box list further on), and a quote that opens the
text with a credit for who wrote the post, their team's promotion after it ("<blockquote><p>이 포스트는 … 연구원님이
작성 해 주셨습니다.</p><p>선제대응팀은 … 제공하고 있습니다.</p>…": set46 F9). None is the story's lead: each goes when the
story follows it (the links' table of contents: htmltree's ``_is_contents``).

Pure, over the lxml tree htmltree walks: the first paragraph (past a notice box's title that shows its kind only:
_box_titles), and the element before the first list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree

from .creditrows import _MADE_BY
from .frontnotes import ruled_notes
from .leadasides import dated_revision, epigraph, opening_aside, publishing_note

__all__ = ["front_matter", "tells_history"]

_text = lxml.etree.XPath("string()", smart_strings=False)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_INLINE = frozenset(("em", "i", "strong", "b", "span", "u", "font"))
_BOLD = frozenset(("strong", "b"))
_DATE = (
    r"(?:[^\W\d_]{3,9}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\.?\s[^\W\d_]{3,9}\.?\s\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}/\d{2,4})"
)
# The label itself: the whole bold run, its colon or dash inside it or right after it. A note or an update notice goes
# only when its first words are about the post: its subject names it ("This joint Cybersecurity Advisory is part
# of…", "The CVEs in this advisory are unrelated to…"), or a dated notice tells what was changed in it ("Expanded
# analysis …"). Not a release's warning ("<b>NOTE:</b> We seem to have introduced an issue … in this release",
# Hugo's releases, set17), nor an update that is news ("March 3, 2025 update: The vendor has now released patches
# …", "Update: Police have arrested a suspect, officials said in this report …"). An editor's note stays: it
# introduces a guest's post ("Editor's note: Today we hear from Worldline, …", nnw-cloudblog.rss: checked by hand).
_NOTE_LABEL = re.compile(rf"(?:({_DATE},?\s(?:update[ds]?))|note|n\.\s?b\.?|update[ds]?)\s?[:–—-]?", re.IGNORECASE)
_POST = (
    r"(?:this|these|este|esta|estos|deste|desta|questo|questa|questi|cet|cette|ce|dieser|diese|dieses)\s"
    r"(?:[\w-]+\s){0,3}?(?:advisory|advisories|post|article|blog|story|piece|column|page|report|newsletter|alert"
    r"|bulletin|guide|episode|comunicado|artículo|artigo|entrada|publicación|publicação|articolo|comunicato|billet"
    r"|communiqué|beitrag|beitrags|artikel|artikels)\b"
)  # (Spanish, Portuguese, Italian, French, German: "Nota: una versión anterior de este comunicado usaba…", set51 F3)
# A note's subject that names the post itself, at its start ("This joint advisory …", "The CVEs in this advisory …",
# "An earlier version of this post …", "una versión anterior de este comunicado …")
_NAMES_POST = re.compile(
    rf"(?:(?:the|an?|una?|une|um|uma|el|la|il|lo|der|die|das|eine?)\s[\w-]+(?:\s[\w-]+){{0,2}}\s"
    rf"(?:(?:in|of|de|di|von|du)\s|(?=dest|dies)))?{_POST}",  # ("deste artigo", "dieses Beitrags": no preposition)
    re.IGNORECASE,
)
# A note's label in plain words (or bold or italic, in any language here), set off by a colon, opening the paragraph
# ("<p>Nota: una versión anterior de este comunicado…", set51 F3): it goes when its words name the post and say it
# was edited (_EDIT_NOTE), not a note that names a ticket, a fee or a law's article ("Nota: esta entrada es gratuita…",
# "Hinweis: Dieser Beitrag wird … erhöht.", "Nota: este artículo de la ley entra en vigor…": the review of set51 F3)
_PLAIN_NOTE = re.compile(r"(?:note|n\.\s?b\.|nota|remarque|hinweis|anmerkung|uwaga)\s?:\s", re.IGNORECASE)
_EDIT_NOTE = re.compile(
    r"\b(?:(?:earlier|previous|older)\sversion|edited|corrected|updated|amended|revised"  # (English)
    r"|versión\santerior|versão\santerior|(?:edita|corregi|corrigi|actualiza|atualiza|modifica)d[oa]"  # (es, pt)
    r"|versione\sprecedente|(?:modifica|corret|aggiorna)t[oa]"  # (Italian)
    r"|version\s(?:précédente|antérieure)|modifiée?|corrigée?|mise?\sà\sjour"  # (French)
    r"|(?:frühere|vorherige|ältere)n?\s(?:version|fassung)|bearbeitet|korrigiert|aktualisiert|geändert)\b",  # (German)
    re.IGNORECASE,
)
# What a dated notice says was changed in the post, at its start ("Expanded analysis from our continued monitoring")
_EDITED = re.compile(
    r"(?:added|adds|expanded|updated|revised|corrected|clarified|removed|amended|edited|new (?:section|analysis"
    r"|details|guidance|indicators|iocs|mitigations))\b",
    re.IGNORECASE,
)
# A credit for who wrote the post, opening a quote before the story ("<blockquote><p>이 포스트는 스틸리언 선제대응팀의
# ‘…’ 연구원님이 정성스럽게 작성 해 주셨습니다.</p><p>선제대응팀(…)은 … 서비스를 제공하고 있습니다.</p><p>by 팀장 …</p>",
# "This post was written by …": set46 F9); not a post that quotes a tribute ("This film was made by …")
# (the English, Spanish, French and German credit is creditrows' closing one, "This post was written by …": one pattern)
_CREDIT = re.compile(
    rf"{_MADE_BY}|(?i:(?:dieser|der)\s(?:gast)?(?:beitrag|artikel)\swurde\svon\s[^\n.]{{1,80}}?\s(?:geschrieben|verfasst))"
    r"|이\s?(?:포스트|글|게시물|블로그\s?포스트)[은는]\s[^\n.]{1,100}?(?:작성|집필)\s?"
    r"(?:(?:해|하여)?\s?주셨습니다|했습니다|하였습니다|한\s?글입니다)"
    r"|この(?:記事|投稿|ブログ|エントリー?)は[^\n。]{1,100}?(?:執筆|寄稿|作成)(?:して|し)(?:くださいました|いただきました|ました)"
)
_QUOTE_REST = 3, 400  # paragraphs and characters of a credit's quote after the credit, at most (a team's promotion)
_SETS_OFF = frozenset(":–—-")
_LABEL_CHARS = 40  # a note's label, at most
_PROSE = 60  # characters of a paragraph of prose after the note, at least
# The first paragraph announces a list of the post's co-authors (an advisory's roster of agencies): not the firms
# that "participated in the $40 million Series B round:", the people who "contributed to Django 5.2:"
_ROSTER = re.compile(
    rf"\bthe following\b[^.:]{{0,80}}\b(?:co-?authored|contributed to|took part in|participated in)\s{_POST}"
    r"[^:]{0,200}:$",
    re.IGNORECASE,
)
# A label that names a table of contents, alone in its block (with rules or dashes: "목차 ———")
_CONTENTS = frozenset(
    (
        "contents", "table of contents", "목차", "目次", "目录", "目錄", "inhalt", "inhaltsverzeichnis", "sommaire",
        "table des matières", "índice", "indice", "contenido", "contenidos", "sommario", "inhoud", "inhoudsopgave",
        "spis treści", "содержание", "зміст", "içindekiler", "mục lục",
    )
)  # fmt: skip
_RULES = " \t\n\r\xa0:：-–—―_=*·•"
_ITEM_WORDS, _ITEM_CHARS = 6, 60  # a table of contents' heading, at most
_own_text = lxml.etree.XPath("text()|*[not(self::ul or self::ol)]//text()", smart_strings=False)
_SENTENCE_END = re.compile(r"[.!。](?:\s|$)")


def front_matter(root) -> Iterator[object]:
    """The elements of the matter before the story (the module's docstring), to drop: a notice box that opens the
    text (_notice_box); a first paragraph that opens with a note's bold label, or a label of any style over an edit
    note (_opens_with_note), or an author's note (_AUTHORS_NOTE), or that tells the post's history in italics
    (_italic_history); or the roster paragraph and its list, or a quote that a credit opens; each when a paragraph
    of prose follows; and a link-less table of contents with its label that opens the text, when prose follows it.
    (A card's list of its authors goes too, from anywhere in the tree: bot/bylines.py, htmltree calls it.)"""
    first = _first_paragraph(root)
    if first is not None and (box := _notice_box(first)) is not None:
        yield box  # (a notice box opens the text: its title and its body, set51 F3)
        first = None
    if first is not None and (ruled := ruled_notes(first)):  # (italic notes over a rule, "===": set 71a F8)
        yield from ruled
        first = None
    if first is not None:
        following = first.getnext()
        if following is not None and following.tag in ("ul", "ol"):
            text = " ".join(_text(first).split())
            if text.endswith(":") and _ROSTER.search(text) and _prose_after(following):
                yield following
                yield first
        elif (_opens_with_note(first) or _AUTHORS_NOTE.match(_text(first).lstrip()) or _italic_history(first)) and (
            _prose_after(first)
        ):
            yield first
        elif _credit_quote(first) and _prose_after(quote := first.getparent()):
            rest = [" ".join(_text(el).split()) for el in quote[1:]]
            if len(rest) <= _QUOTE_REST[0] and sum(map(len, rest)) <= _QUOTE_REST[1]:
                yield quote  # (a credit for the post's authors opens it, the rest is their team's promotion)
                first = quote
            else:  # (a guest post all inside the quote: its credit only goes)
                yield first
        elif (aside := opening_aside(first)) is not None and _opens_text(aside, aside) and _prose_after(aside):
            yield aside  # (a quote or a callout above the first heading: bot/leadasides.py, set63 F1)
            first = aside
        elif (quote := epigraph(first)) is not None and _opens_text(quote, quote) and _prose_after(quote):
            yield quote  # (a quote and who said it, before the post's own words: set 64a F5)
            first = quote
    if first is not None and first.getparent() is not None:
        yield from _preface(first)
    lst = next(root.iter("ul", "ol"), None)  # (a table of contents opens the text: its first list)
    label = lst.getprevious() if lst is not None else None
    if label is not None and label.tag in _LABELS and len(label) <= 3 and _is_plain_contents(lst, label):
        yield from (lst, label) if _opens_text(label, first) and _prose_after(lst) else ()
    yield from _italic_run(root)


_LABELS = frozenset(("p", "div", *_HEADINGS))
# An author's or a translator's note in plain words that opens the text ("作者注：本文基于播客内容改编，…": set50 F2);
# an editor's note stays (it introduces a guest's post: above)
_AUTHORS_NOTE = re.compile(r"(?:作者注|作者按|译者注|譯者注|(?i:author['’]s\snote|translator['’]s\snote))\s?[:：]")
# A preface before a rule (<hr>), in the first paragraphs: a site's note on its writers' community, a series' intro
# ("Matrix 是少数派的写作社区，我们主张…<hr>", "…我们希望通过「城市漫步指南」这个系列…<hr><h2>前言</h2>": set50 F2). It
# speaks as the site ("we", "our"), and is short beside what follows it (_PREFACE_SHARE); a standfirst stays.
_WE = re.compile(r"(?i:\b(?:we|our|wir|unser[a-z]*|nous|notre|nosotros|nuestr[oa]s?)\b)|我们|我們|私たち|우리")
_PREFACE_BLOCKS, _PREFACE_SHARE = 3, 3
# ... and it names the site's community or series, or a heading opens what follows the rule (the review of 36e445a)
_SITE = re.compile(r"社区|社區|系列|专栏|專欄|コミュニティ|シリーズ|連載|(?i:\b(?:series|community|newsletter)\b)")


def _preface(first) -> list:
    """The paragraphs from the first to a rule after it (the module's docstring), to drop, or none."""
    preface, text = [first], _text(first)
    for el in first.itersiblings():
        if el.tag == "hr":
            break
        if len(preface) == _PREFACE_BLOCKS or el.tag not in ("p", "div") or (el.tail or "").strip():
            return []
        preface.append(el)
        text += _text(el)
    else:
        return []
    if not _WE.search(text) or (first.getparent().text or "").strip() or (first.tail or "").strip():
        return []
    rule = preface[-1].getnext()
    if not (_SITE.search(text) or rule.getnext() is not None and rule.getnext().tag in _HEADINGS):
        return []  # (a story's first paragraph in "we", "We spent three weeks in Kyoto…<hr>", is no preface)
    after = 0
    for el in rule.itersiblings():  # (what follows the rule: enough of it, then no more counted)
        after += len(_text(el).strip()) if isinstance(el.tag, str) else 0
        if after >= _PREFACE_SHARE * len(text.strip()):
            return preface
    return []


# A box a theme draws around a note, an info or a tip, by its class, under a title of a short label ("<div
# class="notice info"><p class="notice-title">알림</p><p>Mac 기준으로 설명합니다.</p></div>", Hugo's Stack theme;
# "admonition note", GitHub's "markdown-alert markdown-alert-note", Docusaurus' "admonition admonition-note" with its
# "admonition-heading"): opening the text, short, and prose after it, it is no lead (set51 F3). Not a summary's, a
# warning's or a danger's box ("admonition abstract" titled "TL;DR", "alert alert-danger"), nor a box of a bare class
# word without a title ("<div class="info"><p>Kyiv, 5 December. …"): the review of set51 F3
_BOX_KINDS = frozenset(("notice", "note", "info", "tip"))
_BOX_MARKS = frozenset(("notice", "admonition", "alert", "callout", "markdown"))  # (a kind's token: "alert-info")
_BOX_CHARS = 300  # a notice's text, at most
_TITLE = 24, 3  # a box's title, at most: characters, words
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:title|heading)(?![^\s])", re.IGNORECASE)  # (a class token's end)
_NOT_TITLES = frozenset(("tl;dr", "tldr", "summary", "abstract", "warning", "danger", "important", "caution"))


def _box_kind(el) -> bool:
    """Whether the element's class names a note, an info or a tip (_BOX_KINDS): a word of it ("notice info") or a
    token a box's mark opens ("alert-info", "markdown-alert-note")."""
    for token in (el.get("class") or "").lower().split():
        parts = re.split(r"[-_]+", token)
        if token in _BOX_KINDS or parts[-1] in _BOX_KINDS and parts[0] in _BOX_MARKS:
            return True
    return False


def _notice_box(first):
    """The notice box (_box_kind) the first paragraph opens or sits in under its title, when nothing but headings
    comes before it, it is short, and prose follows it; or None."""
    box = first.getparent()
    for _ in range(2):  # (Docusaurus: the paragraph in the box's inner "admonition-content")
        if box is None or _box_kind(box):
            break
        box = box.getparent()
    if box is None or box.tag not in ("div", "aside") or box.getparent() is None or not _box_kind(box):
        return None
    title = _title_child(box)
    if title is None:
        return None
    label = " ".join(_text(title).split())
    if not label or len(label) > _TITLE[0] or len(label.split()) > _TITLE[1] or label.casefold() in _NOT_TITLES:
        return None
    if len(_text(box).strip()) > _BOX_CHARS or not _opens_text(box, box):
        return None
    return box if _prose_after(box) else None


def _first_paragraph(root):
    """The first <p> with words, when no text but headings' (or a notice box's title's: _box_titles) comes before it."""
    titles = _box_titles(root)
    for el in root.iter():
        if el.tag == "p" and _text(el).strip():
            return el
        own = isinstance(el.tag, str) and el.tag not in _HEADINGS and el not in titles and (el.text or "").strip()
        if (own or (el.tail or "").strip()) and not any(a.tag in _HEADINGS or a in titles for a in el.iterancestors()):
            return None
    return None


def _box_titles(root) -> set:
    """The notice boxes' titles in a <div> or a <span>, not a heading, in the tree: a box's (_box_kind) first child of
    a title's class that shows the box's kind word ("<div class="shortcode-notice info"><div class="shortcode-notice-
    title info">info</div><p>…", set 68a F4); not a title of its own ("<div class="alert-heading">Closed until
    March</div>", "<span class="subtitle">Winter hours</span>": the box's news, rev68a finding 6)."""
    titles = set()
    for el in root.iter("div", "span"):
        box = el.getparent()
        if box is not None and _box_kind(box) and _title_child(box) is el:
            kinds = set((box.get("class") or "").lower().split())
            if " ".join(_text(el).split()).lower() in kinds:
                titles.add(el)
    return titles


def _title_child(box):
    """The box's first element child when it is a title: a heading, or of a class whose token ends in "title" or
    "heading" ("shortcode-notice-title", "admonition-heading"; not "subtitle"); or None."""
    first = next((el for el in box if isinstance(el.tag, str)), None)
    if first is None or first.tag in _HEADINGS or _TITLE_CLASS.search(first.get("class") or ""):
        return first
    return None


def _credit_quote(paragraph) -> bool:
    """Whether the paragraph opens a quote (not the root) with a credit for who wrote the post (``_CREDIT``)."""
    quote = paragraph.getparent()
    return (
        quote is not None and quote.tag == "blockquote" and quote[0] is paragraph and quote.getparent() is not None
        and _CREDIT.match(_text(paragraph).lstrip()) is not None
    )  # fmt: skip


def _opens_with_note(paragraph) -> bool:
    """Whether the paragraph's first words are a note's label, bold and set off by a colon or a dash, its words
    about the post; or a label of any style set off by a colon (_PLAIN_NOTE), its words an edit note about the post."""
    text = _text(paragraph).lstrip()
    if (plain := _PLAIN_NOTE.match(text)) is not None:  # (set51 F3: "<p><strong>Nota:</strong> …", "<p><em>Nota: …")
        words = text[plain.end() : plain.end() + 200].lstrip()
        if _NAMES_POST.match(words) is not None and _EDIT_NOTE.search(words) is not None or publishing_note(words):
            return True  # (or why it is published as it is: "Nota: Había planeado publicar este artículo…", set63 F1)
    if dated_revision(text):  # (no label: "这篇博客在2018年7月23日有修改，…", set63 F1)
        return True
    el = paragraph
    while not (el.text or "").strip():  # (down the first children: "<p><em><strong>Note</strong>: …")
        if not len(el) or el[0].tag not in _INLINE:
            return False
        el = el[0]
    if el.tag not in _BOLD or len(el):
        return False
    label = " ".join(el.text.split())
    match = _NOTE_LABEL.fullmatch(label) if len(label) <= _LABEL_CHARS else None
    after = (el.tail or "").lstrip(" \xa0")
    if match is None or not (label[-1] in _SETS_OFF or after[:1] in _SETS_OFF):
        return False
    words = _text(paragraph).lstrip()[len(el.text.lstrip()) :].lstrip(" \t\n\r\xa0:–—-")  # (after the label)
    return _NAMES_POST.match(words) is not None or match.group(1) is not None and _EDITED.match(words) is not None


# A first paragraph all in italics that tells the post's own history ("<p><em>This post was originally an op-ed
# co-authored with …</em></p>", set51 F3; "This is a guest post by …"): not an italic standfirst that tells the story
# ("<em>This post covers the new API…</em>", "This post explains why our API, originally a REST service, …", "This
# report, co-authored by forty climate scientists, finds …": the review of set51 F3). Its verb right after the post
# (_OWN_HISTORY), or a phrase of publishing (_HISTORY)
_OWN_HISTORY = re.compile(
    r"\s(?:was|is|has\sbeen)\s(?:originally|first|(?:adapted|excerpted)\sfrom|cross-?posted|republished)\b", re.I
)
_HISTORY = re.compile(
    r"\boriginally\s(?:published|appeared|posted|ran)\b|\bfirst\s(?:published|appeared|posted)\b|\bco-?authored\swith\b"
    r"|\bcross-?posted\b|\bguest\spost\b|\b(?:publicad[oa]\soriginalmente|originalmente\spublicad[oa])\b",
    re.IGNORECASE,
)
_unitalic = lxml.etree.XPath(".//text()[normalize-space()][not(ancestor::em or ancestor::i)]", smart_strings=False)


def _italic_history(paragraph) -> bool:
    """Whether the paragraph is all in italics (<em>, <i>), names the post first and tells its history (_HISTORY)."""
    return tells_history(" ".join(_text(paragraph).split())) and not _unitalic(paragraph)


def tells_history(text: str) -> bool:
    """Whether a text names the post first and tells its history (_OWN_HISTORY, _HISTORY)."""
    names = _NAMES_POST.match(text)
    if names is None and not text.lower().startswith("this is a guest post"):
        return False
    own = names is not None and _OWN_HISTORY.match(text, names.end()) is not None
    return own or _HISTORY.search(text, 0, 200) is not None


def _italic_run(root) -> list:
    """A text's opening run all in italics (<em>, <i> side by side, nothing but spaces between them) ended by a
    double line break, that tells the post's history (tells_history), with its breaks, when prose follows: a
    preface as an italic paragraph is, in a text without <p> ("<em>This blog post crossposted and originally part of
    the 2012 edition <a>Java Advent Calendar</a> a lovely initiative from </em><i><a>…</a> and the … JUG</i><br><br>
    There is a lot of functional hype…", a planet's Blogger post: set52 F5). Not an italic run the story opens with
    (a poem's lines, a quote: no words on the post), nor one a line break alone ends (the sentence goes on)."""
    el, run = next(root.iter("em", "i"), None), []
    while el is not None and el.tag in ("em", "i") and not (el.tail or "").strip():
        run.append(el)
        el = el.getnext()
    second = el.getnext() if el is not None and el.tag == "br" and not (el.tail or "").strip() else None
    if second is None or second.tag != "br" or not tells_history(" ".join(" ".join(map(_text, run)).split())):
        return []
    prose = len(" ".join((second.tail or "").split())) >= _PROSE or _prose_after(second)
    return [*run, el, second] if prose and not _text_before(run[0], first=run[0]) else []


def _prose_after(el) -> bool:
    """Whether a paragraph of prose follows the element (the next sibling with text, headings skipped)."""
    for following in el.itersiblings():  # (headings, rules and empty paragraphs skipped)
        text = _text(following).strip() if isinstance(following.tag, str) and following.tag not in _HEADINGS else ""
        button = following.tag == "div" or "button" in (following.get("class") or "")  # ("Share": set51 F3)
        if text and button and len(text) <= 10 and " " not in text:
            continue  # (a player's label: "<div class="ss-audioSource" …>Audio</div>", set50 F2)
        if text:
            return len(" ".join(text.split())) >= _PROSE
    return False


def _opens_text(label, first) -> bool:
    """Whether no text comes before the label but headings' and the first paragraph's."""
    return not _text_before(label, first=first if first is not None else label)


# (XPath's node identity: an ancestor that is $first)
_text_before = lxml.etree.XPath(
    "preceding::text()[normalize-space()][not(ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4"
    " or ancestor::h5 or ancestor::h6)][not(ancestor::*[count(. | $first) = 1])]",
    smart_strings=False,
)


def _is_plain_contents(lst, label) -> bool:
    """Whether the list is a table of contents under its label: three short items or more, no sentence among them."""
    if len(_text(label)) > 80 or " ".join(_text(label).strip(_RULES).split()).casefold() not in _CONTENTS:
        return False
    items = [" ".join("".join(_own_text(li)).split()) for li in lst.iter("li")]  # (a nested list's too)
    return len(items) >= 3 and all(
        item and len(item) <= _ITEM_CHARS and len(item.split()) <= _ITEM_WORDS and not _SENTENCE_END.search(item)
        for item in items
    )
