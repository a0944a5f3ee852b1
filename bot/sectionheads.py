"""A heading the excerpt meets after its first sentences (bot/excerpt.py): which ones end it, which it keeps as a
sentence, and which it skips (the rest). Pure.

- It ends at a how-to's heading ("Quick start", "Installation": no story follows, set21 F11), and at a numbered
  section's after a sentence that announces the sections ("<p>…لقراءة الكتب التالية، وهذه نبذة عنها…</p><h2>1. الرجال من
  المريخ…</h2><p>استفتح المؤلف…", set59 F5: "the following books… The author began…", the book the section is about
  gone): what follows is the first of them, and leans on the heading's name. (Not after other sentences: "…short
  sleeve workout weather.</p><h3>1) Running with…</h3><p>Lately, there's a lot of prep work…", a hand-checked item of
  tests/data/expectations.json, reads on well.)
- It ends at a numbered section's heading it would skip after one it shows ("…局限性：</p><h3>1. 供应商锁定</h3><p>当你的
  …面临风险。</p><h3>2. 定制能力有限</h3><p>每个组织都有独特的需求。…", twinkle-zh in set61, F4: "1. 供应商锁定:" shown,
  point 2's sentence read as point 1's): a point's text never follows another's without its heading. (Only numbered:
  a weekly's unnumbered items after "人工智能代码建议:" ended there too, and its summary, no longer the excerpt, picked
  two items' sentences, the first leaning back, aaronconlon in /work/unseen49.) And at a how-to's heading in the bot's
  other languages (_HOW_TO: "快速开始" after "当前可用模型：", whose list the feed left empty, set61 F4).
- It ends at a question heading it skips for want of room, whose answer is a sentence ("…ki tervezte ezeket az
  épületeket?" / "Mi a cél?" / "Térképen ábrázolni…", set 68a F3): the answer, without its question, reads as the
  answer to the sentence before. (Only once the excerpt holds half its room: before, the question is shown and its
  answer cut after it, never an excerpt of one short line, the review of set 68b, 2.)
- It ends at an unnumbered <h1>-<h6> over a list after a paragraph that ends with a colon ("…ужасно лесен за правене:
  </p><h3>пълнеж - съставки и инструкции</h3><ul>…", set 71a F6: the heading was glued on as the colon's answer): the
  heading names the list's section, it is no sentence's end; the colon's "…" says more follows. Only over a list (the
  F6 shape): a heading over a paragraph may be the colon's answer ("…asked too:</p><h3>Why does my battery drain…?
  </h3><p>Usually…", "…with these words:</p><h2>“We will not give up”</h2>", rev71c 6). (A numbered one is a point the
  colon announces: "…局限性：</p><h3>1. 供应商锁定</h3>" stays, set61 F4.)
- It keeps a label that ends with a colon right over a list ("…опорі та призначенні.</p><h3>Line-Out характеристики:
  </h3><ul><li>Рівень сигналу: вища напруга…", set59 F5: whose signal level was lost), and a question heading before
  its answer (storylabels.asked).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cuts import INSTRUCTIONS
from .storylabels import asked

_NUMBERED = re.compile(r"\d{1,2}[.)] \S")  # ("1. Title", "2) Title"; not "1.2 Setup", "2024. Year in review")
# ... but not a text's own introduction, numbered as its first section ("<h2>1. 前言</h2><p>我需要的布局大致如下：…",
# a how-to's, aaronconlon's in /work/unseen49: the review of set59): a closed set of the words for one.
_INTRODUCTION_WORDS = (
    "introduction intro overview background preface foreword prologue motivation einleitung einführung überblick"
    " introducción introdução introduzione inleiding wstęp úvod вступ введение مقدمة 前言 引言 概述 概要 背景 简介"
    " 簡介 介绍 介紹 はじめに 序論"
)
_INTRODUCTIONS = frozenset(_INTRODUCTION_WORDS.split())
# Words that announce what follows ("the following books", "die folgenden", "以下の"): a closed set; English
# "following" after "the"/"these"/"as" or before "are"/"is", "below" at a clause's end ("…listed below:"), after a
# verb of showing ("See below for…", "…listed below for reference") or opening "Below are…", and none before a time's noun
# ("the following year", "im folgenden Jahr", "в следующем году"), "以下" not after a figure ("零度以下"): not "Following
# the merger, …", "fell below zero", the next year's story (the review of set 61).
_TIME_NOUN = (
    r"years?|days?|weeks?|months?|morning|night|evening|season|decade|jahr\w*|tag\w*|woche\w*|monat\w*|morgen"
    r"|abend|nacht|année|jour|semaine|mois|matin|soir|año|día|semana|mes|ano|dia|anno|giorno|settimana|mese|jaar|dag"
    r"|week|maand|rok\w*|dni\w*|dzień|tygod\w*|miesi\w*|год\w*|день|дня|недел\w*|месяц\w*|рок\w*|тиж\w*|місяц\w*"
)
_ANNOUNCING = re.compile(
    rf"(?i)\b(?:(?:the|these|as)\s+follow(?:ing|s)|following\s+(?:are|is)|below(?=\s*(?:[:.,;)]|$))|(?-i:Below)\s+"
    rf"(?:are|is|you|we)|(?:see|listed|shown|given|described|detailed|outlined|explained|summari[sz]ed)\s+below|folgenden?|suivante?s?|siguientes?"
    rf"|seguintes?|seguenti|volgende|następując\w*|следующ\w*|наступн\w*|nasledujíc\w*|následující\w*)\b"
    rf"(?!\s+(?:{_TIME_NOUN})\b)|التالية|التالي|الآتية|(?<![\d零〇一二三四五六七八九十百千万度元円岁歳%])以下|下面|如下|次の|下記"
)
_LABEL_LENGTH = 60  # characters of a list's label, at most
_LABEL_WORDS = 3  # words at most of a label over headings ("This week's reading:", linked cards: set66c), no sentence
_LABEL_CHARACTERS = (
    12  # ... characters at most in a script without spaces ("本周阅读：", not "…非常简单，步骤如下：": rev71c 7)
)
# A how-to's heading in the bot's other languages (cuts.INSTRUCTIONS: the English ones), a closed set
_HOW_TO = re.compile(
    r"(?i)快速开始|快速入门|快速上手|安装(?:指南|步骤)?|使用方法|入门指南|クイックスタート|インストール(?:方法)?|使い方|はじめかた"
    r"|schnellstart|erste schritte|inicio rápido|primeros pasos|instalación|démarrage rapide|premiers pas"
    r"|início rápido|primeiros passos|instalação|guida rapida|installazione|быстрый старт|установка|швидкий старт"
    r"|встановлення|szybki start|instalacja|rychlý start|instalace"
)


def ends_excerpt(heading: str, headings: frozenset[str], parts: Sequence[str], following: Sequence[str] = ()) -> bool:
    """Whether the excerpt ends before ``heading`` (a heading line, or one read as one) after its ``parts``
    (``following``: the lines after the heading)."""
    if INSTRUCTIONS.fullmatch(name := heading.rstrip(":：")) is not None or _HOW_TO.fullmatch(name) is not None:
        return True
    listed = bool(following) and following[0][:2] == "• "  # (the heading is over a list: the F6 shape)
    if listed and heading in headings and heading[-1] not in ":：" and not _NUMBERED.match(heading):
        return _colon_sentence(parts[-1])  # (a section's heading after a colon: never its answer, set 71a F6)
    if heading in headings and _NUMBERED.match(heading) and parts[-1][-1:] not in ":：" and _shown(parts, headings):
        return True  # (the next point after a numbered one shown as "1. X:", nothing announcing it: set61 F4)
    if heading not in headings or _NUMBERED.match(heading) is None or not _ANNOUNCING.search(parts[-1]):
        return False
    return heading.split(None, 1)[1].rstrip(":：").casefold() not in _INTRODUCTIONS


def _colon_sentence(part: str) -> bool:
    """Whether ``part`` is a sentence that ends with a colon (not a label, "This week's reading:")."""
    if part[-1:] not in ":：":
        return False
    return len(part.split()) > _LABEL_WORDS or (" " not in part.strip() and len(part) > _LABEL_CHARACTERS)


def _shown(parts: Sequence[str], headings: frozenset[str]) -> bool:
    """Whether the excerpt shows a numbered heading as a label ("1. 供应商锁定:") before its last part."""
    return any(part[:-1] in headings and _NUMBERED.match(part) is not None for part in parts[:-1])


def kept(heading: str, following: Sequence[str], room: int) -> str:
    """The heading as the excerpt shows it after its sentences (``following``: the lines after it), "" when skipped."""
    if heading[-1] in ":：" and len(heading) <= _LABEL_LENGTH and following and following[0][:2] == "• ":
        return heading
    return asked(heading, following[:1], room)


def answer_apart(heading: str, following: Sequence[str]) -> bool:
    """Whether ``heading`` is a question the excerpt would keep but for its room, before its answer (``following``'s
    first line, a sentence): the excerpt ends before it (never the answer without it)."""
    return asked(heading, following[:1], 10**9)[-1:] in ("?", "？")
