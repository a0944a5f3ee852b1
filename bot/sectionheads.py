"""A heading the excerpt meets after its first sentences (bot/excerpt.py): which ones end it, which it keeps as a
sentence, and which it skips (the rest). Pure.

- It ends at a how-to's heading ("Quick start", "Installation": no story follows, set21 F11), and at a numbered
  section's after a sentence that announces the sections ("<p>…لقراءة الكتب التالية، وهذه نبذة عنها…</p><h2>1. الرجال من
  المريخ…</h2><p>استفتح المؤلف…", set59 F5: "the following books… The author began…", the book the section is about
  gone): what follows is the first of them, and leans on the heading's name. (Not after other sentences: "…short
  sleeve workout weather.</p><h3>1) Running with…</h3><p>Lately, there's a lot of prep work…", a hand-checked item of
  tests/data/expectations.json, reads on well.)
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
# "following" after "the"/"these"/"as", "below" at a clause's end ("…listed below:"), and none before a time's noun
# ("the following year", "im folgenden Jahr", "в следующем году"), "以下" not after a figure ("零度以下"): not "Following
# the merger, …", "fell below zero", the next year's story (the review of set 61).
_TIME_NOUN = (
    r"years?|days?|weeks?|months?|morning|night|evening|season|decade|jahr\w*|tag\w*|woche\w*|monat\w*|morgen"
    r"|abend|nacht|année|jour|semaine|mois|matin|soir|año|día|semana|mes|ano|dia|anno|giorno|settimana|mese|jaar|dag"
    r"|week|maand|rok\w*|dni\w*|dzień|tygod\w*|miesi\w*|год\w*|день|дня|недел\w*|месяц\w*|рок\w*|тиж\w*|місяц\w*"
)
_ANNOUNCING = re.compile(
    rf"(?i)\b(?:(?:the|these|as)\s+follow(?:ing|s)|below(?=\s*(?:[:.,;)]|$))|folgenden?|suivante?s?|siguientes?"
    rf"|seguintes?|seguenti|volgende|następując\w*|следующ\w*|наступн\w*|nasledujíc\w*|následující\w*)\b"
    rf"(?!\s+(?:{_TIME_NOUN})\b)|التالية|التالي|الآتية|(?<![\d零〇一二三四五六七八九十百千万度元円岁歳%])以下|下面|如下|次の|下記"
)
_LABEL_LENGTH = 60  # characters of a list's label, at most


def ends_excerpt(heading: str, headings: frozenset[str], parts: Sequence[str]) -> bool:
    """Whether the excerpt ends before ``heading`` (a heading line, or one read as one) after its ``parts``."""
    if INSTRUCTIONS.fullmatch(heading.rstrip(":：")) is not None:
        return True
    if heading not in headings or _NUMBERED.match(heading) is None or not _ANNOUNCING.search(parts[-1]):
        return False
    return heading.split(None, 1)[1].rstrip(":：").casefold() not in _INTRODUCTIONS


def kept(heading: str, following: Sequence[str], room: int) -> str:
    """The heading as the excerpt shows it after its sentences (``following``: the lines after it), "" when skipped."""
    if heading[-1] in ":：" and len(heading) <= _LABEL_LENGTH and following and following[0][:2] == "• ":
        return heading
    return asked(heading, following[:1], room)
