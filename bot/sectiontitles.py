"""An untitled entry's stand-in title (titles.title_from_text), never a section's name: when its first block is a
heading of one or two words with a paragraph after it ("<h2 id="المشكلة">المشكلة</h2><p>من المتوقع المرور…", "The
problem", set59 F7: the title read "The problem"), the heading goes and the paragraph's first sentence names the
entry (the excerpt skipped the heading already). Only a generic section's name (a closed set: "Problem",
"Introduction", "Background", "Overview", "Résumé", "المقدمة", "背景"…, an article before it or none): "<h1>Rust 1.80</h1>",
"<h2>年终总结</h2>", "<h2>Weeknotes 12</h2>" name the post itself (the review of set 61). A heading that says more ("Why I
left Acme"), ends with a mark, or stands over another heading or nothing, is kept as before. Nor a lead-in, a first block that ends with a colon
("Utilisation des modèles Les projections s’utilisent principalement de deux manières :" over its list, a Hugo plain
summary that ran the section's heading into it; 613covid's in set60, F4): the words before an opener of a sentence (an
article or a pronoun, capitalised, a word in lower case next: "Les projections…") are the heading the summary ran in,
and name the entry; without one, the lead-in names it without its colon ("CBS 介绍…的中国人"). A toot whose only text
is its hashtags (the tag line went as boilerplate, nothing else was left) is named by them: "#curentEvents #hope",
not "(untitled)" (set 71b F12). Pure.
"""

from __future__ import annotations

import dataclasses
import html
import re

from .blocks import Blocks
from .boilerrow import HASHTAG
from .cuts import MINOR_WORDS, is_spaceless
from .flattened import BLOCK_TAG, TAG
from .numberends import OPENERS
from .titles import title_from_text, without_addressees

_WORDS, _SPACELESS_CHARS = 2, 6  # a section's name: words at most; characters of one in a script without spaces
# Generic sections' names, whole (casefolded, after an article): en, fr, es, pt, it, de, nl, ru, uk, ar, zh, ja.
_GENERIC_WORDS = (
    "problem problems issue introduction intro overview background context summary abstract motivation preface"
    " foreword description details solution conclusion conclusions update result results tl;dr problème contexte"
    " résumé présentation conclusion problema introducción contexto resumen descripción solución conclusión"
    " introdução resumo descrição solução conclusão introduzione contesto riassunto descrizione soluzione"
    " einleitung einführung hintergrund zusammenfassung überblick beschreibung lösung fazit probleem inleiding"
    " achtergrond samenvatting проблема введение предыстория описание решение итоги вступ опис рішення підсумки"
    " المشكلة مشكلة المقدمة مقدمة الخلفية الملخص الخلاصة الحل الوصف 问题 背景 前言 引言 概述 简介 摘要 总结 介绍 描述"
    " 問題 課題 はじめに 概要 まとめ 解決策"
)
_GENERIC = frozenset(_GENERIC_WORDS.split())
_ARTICLE_WORDS = "the a le la les l' el los las o os as il lo das der die de het"
_ARTICLES = frozenset(_ARTICLE_WORDS.split())
_HASHTAG = re.compile(HASHTAG)
_TAGS = 8  # hashtags at most that a stand-in title names


def stand_in_title(blocks: Blocks, text: str, untitled: str, field: str = "") -> tuple[str, Blocks]:
    """An untitled entry's stand-in title from ``text`` (its text as read, before promotions and the like went; or its
    content), else from the hashtags that are all of ``field`` (the raw text it was read from), ``untitled`` when
    neither gives one, and its blocks without what the title took: a section's name before it, a reply's addressees."""
    if (name := _section_name(blocks)) and text.startswith(name):
        blocks = dataclasses.replace(blocks, lines=blocks.lines[1:], text=_after(blocks.text, name))
        text = _after(text, name)
    title = title_from_text(text) or only_hashtags(field) or untitled
    if title[-1:] in ":：" and blocks.lines and title == " ".join(blocks.lines[0].split()):
        if heading := _run_in_heading(title):
            first = blocks.lines[0][len(heading) :].lstrip()
            text = blocks.text[len(heading) :].lstrip() if blocks.text.startswith(heading) else blocks.text
            blocks = dataclasses.replace(blocks, lines=[first, *blocks.lines[1:]], text=text)
            return heading, without_addressees(blocks, heading)
        title = title[:-1].rstrip()  # (the lead-in's colon: "…de deux manières :")
    return title, without_addressees(blocks, title)


def only_hashtags(field: str) -> str:
    """The hashtags of a raw text that has no other words (its markup and entities read), "" otherwise: a toot's
    "#curentEvents #hope" with its picture (set 71b F12). Blocks end words ("<p>#localNews</p><p>#rain</p>": rev71d 4);
    inline tags do not (Mastodon's "#<span>rain</span>")."""
    words = html.unescape(TAG.sub("", BLOCK_TAG.sub(" ", field[:2000])) if "<" in field else field).split()
    if not 0 < len(words) <= _TAGS or not all(_HASHTAG.fullmatch(word) for word in words):
        return ""
    return " ".join(words)


def _section_name(blocks: Blocks) -> str:
    """The first block when it is a section's name (see above), "" otherwise."""
    lines = blocks.lines
    if len(lines) < 2 or lines[0] not in blocks.headings or lines[1] in blocks.headings or not lines[0][-1].isalnum():
        return ""
    first = lines[0]
    short = len(first) <= _SPACELESS_CHARS if is_spaceless(first) else len(first.split()) <= _WORDS
    words = first.casefold().replace("l’", "l' ").replace("l'", "l' ").split()
    if words and words[0] in _ARTICLES:
        words = words[1:]
    return first if short and len(words) == 1 and words[0] in _GENERIC else ""


_HEADING_WORDS = 6  # words of a heading run into a lead-in, at most


def _run_in_heading(line: str) -> str:
    """The heading a plain summary ran into a lead-in (see above): one to six words, a capital first and letters,
    digits and hyphens only, the last no article nor preposition ("Mise à jour de" is none), before a capitalised
    opener with a word in lower case after it and three words to the colon at least; "" when none."""
    words = line.split()
    for at in range(1, min(_HEADING_WORDS, len(words) - 4) + 1):
        opener, after = words[at], words[at + 1]
        if opener.istitle() and opener.casefold() in OPENERS and after[:1].isalpha() and after[:1].islower():
            head = words[:at]
            plain = all(word.replace("-", "").isalnum() for word in head)
            if plain and head[0][:1].isupper() and head[-1].casefold() not in MINOR_WORDS:
                return " ".join(head)
            return ""
    return ""


def _after(text: str, first: str) -> str:
    return text[len(first) :].lstrip("\n") if text.startswith(first) else text
