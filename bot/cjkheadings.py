"""Headings a plain summary (Hugo's .Summary, Zenn's and Hatena's descriptions) ran into a Chinese, Japanese or
Korean text, with a space or none: "経緯 結構詰まったのでメモ。", "什么是vim vim是vi的衍生版…", "はじめにFusicのレオナです。",
"…参加レポートです！スクラムフェス大阪とは？（引用）Scrum Fest Osakaは…" (set42 F1). Tried at the text's start and after each
sentence's end (。．！？, or .!? and a space), each with evidence of its own (bot/headingrows.without_line_headings
applies it to a plain text's lines):
- a generic heading word (introduction, background, overview, summary, conclusion; "経緯", "お知らせ"; not Korean ones)
  before a space (Chinese 介绍/总结/简介, verbs too, before an ideograph only, not "一下"/"一款"), or glued to the
  sentence's first word: after "はじめに" a word in Latin, katakana or two ideographs (not a verb's stem, "はじめに言って
  おくと", nor an object, "はじめにプロジェクトを作成します"); after an ideographic one a sentence's opener only ("概要弊社
  では…"; not "背景色を…", "概要欄", "背景在夜间模式下…");
- a question heading: "…とは？" (or "Zodとは " after a noun, not "楽しいとは 思わなかった"), or "…是什么", "什么是…" when what it asks about is said again at once;
- a run of at most twelve characters without a sentence's mark before a space, that the title names (two-thirds of it:
  "今年を振り返って" under "2021年を振り返って"), that the next sentence opens with again ("この記事で学べること この
  記事で学べることは…", "Trojan介绍 Trojan-GFW…"), or that ends in a generic heading word ("剧情介绍", "メンバー紹介";
  not a clause's, "我来简单总结 一下…", "今日は自己紹介 します。"); two ideographs or kana in it at least (not "ruby
  始于1993年…" under "安装ruby") and no Hangul (Korean puts spaces between its words: a word there before a space is no
  sign of a heading)."""

from __future__ import annotations

import re

from .codeblocks import CJK as _IDEOGRAPHS  # (kana and ideographs: Chinese or Japanese)

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HIRAGANA = re.compile(r"[\u3040-\u309f]+")
HANGUL = re.compile(r"[\uac00-\ud7af]")
# Where a heading may stand: the text's start, or after a sentence's end.
_END = re.compile(r"[。．！？](?:[ \u3000]*)|(?<![\d.])[.!?] +")  # (not a list's number: "1. はじめに")
_READ = 200  # characters read after a place for a heading and the sentence after it

# Generic heading words: before a space (ja, zh; not Korean ones: Korean spaces its words, "배경 화면을…"); the
# introduction's also in bot/leadrows.py ("intro-heading": before a capital, "はじめに I’m part of…")
INTRODUCTIONS = r"はじめに|まえがき|前言|引言"
_SPACED = (
    rf"{INTRODUCTIONS}|始めに|前書き|概要|背景介绍|背景|経緯|まとめ|おわりに|終わりに|お知らせ|結論|目的|前置き"
    r"|概述|摘要|结论|結語"
)
# Chinese ones that are verbs too ("介绍 Rust 的…", "总结 2023 年的…", "简介 一下我自己"): before an ideograph only
_SPACED_VERBS = r"简介|簡介|介绍|介紹|总结|總結"
_NOT_AFTER_VERB = r"一下|一款|一个|一個|一些|します|する|した|して"
# Ideographic ones glued to the sentence's first word, when that word opens a sentence; 在/这/我 open one after a noun
# subject too ("背景在夜间模式下…", "摘要在论文中…", "背景这个属性…"): only after 前言/引言/概述
_GLUED_NOUNS = r"概要|背景|経緯|简介|簡介|摘要"
_OPENERS = (
    r"弊社|当社|本記事|本稿|本ブログ|本エントリ|本日|今回|今年|先日|最近|以前|現在|昨年|私|僕|我々|この|その"
    r"|本文|今天|之前|随着|隨著"
)
# After a glued "はじめに" (also the adverb "first": "はじめにプロジェクトを作成します。"): a word in Latin, katakana or
# two ideographs, but not a step, an object then a verb ending "します"/"して、それから" ("はじめにnpm installを実行します。";
# not "はじめに生成AIを使えば、…", "はじめに新卒エンジニア研修を担当しました、…です！"), nor "結論から" ("first, the conclusion")
_STEP = r"[^。、]{1,20}を(?:[^。、！？]{0,8}(?:します|しましょう|してください)[。！]|[^。、]{1,6}て、(?:それから|次に))"
_FIRST = rf"(?:はじめに|始めに|まえがき)(?=[A-Za-z\u30a0-\u30ff]|[\u3400-\u9fff]{{2}})(?!{_STEP}|結論)"
_SENTENCE_START = r"(?=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7afA-Za-z0-9\"“「『（(【\[])"
_GENERIC = re.compile(
    rf"(?:(?:{_SPACED})[ \u3000]+|(?:{_SPACED_VERBS})[ \u3000]+(?=[\u3400-\u9fff])(?!{_NOT_AFTER_VERB})|{_FIRST}"
    rf"|(?:{_GLUED_NOUNS})(?={_OPENERS})|(?:前言|引言|概述)(?={_OPENERS}|[这這我在])){_SENTENCE_START}"
)
# A question heading: "…とは？", "Zodとは " (a noun's: not a clause's "楽しいとは 思わなかった"), "…是什么", "什么是…" when it
# asks about is said again at once ("什么是vim vim是…", "netflix是什么 netflix中文名…"; not "你的梦想是什么？我的梦想是…")
_QUESTION = re.compile(
    r"(?:[^\s。．！？!?、，,：:]{1,16}?(?:とは[？?][ \u3000]*(?:[（(][^）)\s]{1,6}[）)])?|(?<![\u3040-\u309f])とは[ \u3000]+)"
    r"|(?P<asked>[^\s。．！？!?、，,：:]{1,16}?)(?:是什么|是什麼|是啥)(?:[？?][ \u3000]*|[ \u3000]+)"
    r"|(?:什么是|什麼是)(?P<about>[^\s。．！？!?、，,：:]{1,16}?)(?:[？?][ \u3000]*|[ \u3000]+))" + _SENTENCE_START
)
# A short run before a space: a heading when named (see above)
_RUN = re.compile(r"([^\s。．！？!?、，,：:；;（）()「」『』【】\[\]・/]{2,12})[ \u3000]+" + _SENTENCE_START)
_HEADING_TAIL = re.compile(r"(?:紹介|介绍|介紹|简介|簡介|概要|まとめ|总结|總結)$")
_CLAUSE = re.compile(r"[我你他她给給はがを]|简单|簡單|大家")  # (a subject, an adverb, a particle: a clause's run)
_VERB_GOES_ON = re.compile(_NOT_AFTER_VERB)


def without_cjk_headings(line: str, title: str) -> str:
    """The line without the headings run into it (see above); the line itself when none (most: a cheap test first)."""
    if not _CJK.search(line):
        return line
    folded_title = title.casefold()
    parts, start = [], 0
    places = [0, *(m.end() for m in _END.finditer(line))]
    for at in places:
        if at < start or at >= len(line):
            continue
        while size := _heading(line[at : at + _READ], folded_title):  # (and the heading's next one, a section's)
            parts.append(line[start:at])
            start = at = at + size
    return "".join(parts) + line[start:] if parts else line


def _heading(text: str, title: str) -> int:
    """The length of the heading ``text`` opens with, spaces after it included; 0 when none (or nothing after it)."""
    m = _GENERIC.match(text) or _QUESTION.match(text)
    if m is not None and (asked := m.groupdict().get("asked") or m.groupdict().get("about")):
        m = m if text[m.end() :].casefold().startswith(asked.casefold()) else None
    if m is None and (run := _RUN.match(text)) is not None and _named(run.group(1), text[run.end() :], title):
        m = run
    elif m is None and run is not None and (pair := _pair(run, text)) is not None:
        m = pair
    rest = text[m.end() :] if m is not None else ""
    return m.end() if m is not None and (len(rest) >= 8 or len(rest.split(None, 1)[0]) >= 2) else 0


def _named(run: str, rest: str, title: str) -> bool:
    """Whether a short run before a space is a heading by its words: the title's, said again at once, or a heading's."""
    if len(_IDEOGRAPHS.findall(run)) < 2 or HANGUL.search(run) or run[-1] in "にのをはがでへ":
        return False  # (a particle at the end: a clause's, "今日はとても暑いので 散歩は…")
    if (
        _HEADING_TAIL.search(run)
        and _IDEOGRAPHS.match(rest)
        and not _CLAUSE.search(run)
        and not _VERB_GOES_ON.match(rest)
    ):
        return True  # (not "本文简单介绍 Golang 中…", "我来简单总结 一下…", "今日は自己紹介 します。": a sentence)
    folded, rest_folded = run.casefold(), rest.casefold()
    latin = re.match(r"[a-z][a-z0-9+#.-]{2,}", folded) or re.search(r"[a-z][a-z0-9+#.-]{2,}$", folded)
    if rest_folded.startswith(folded) and rest_folded[len(folded) : len(folded) + 1] not in ("", " "):
        return True  # (said again at once, the sentence going on: not a table of contents' "目次 目次 …")
    if _NOUNS.fullmatch(run) and any(rest.startswith(run[i:]) for i in range(1, len(run) - 2)):
        return True  # (its last three ideographs or more, its head noun, open the sentence: set59 F4)
    if latin and rest_folded.startswith(latin.group()) and rest_folded[len(latin.group()) :][:1] not in ("", " "):
        return True
    if not _KANA.search(run) or not _IDEOGRAPHS.match(rest):
        return False  # (the title's words: in Japanese only, before a sentence in it; Chinese puts spaces around
        # words in Latin and between a subject and its sentence: "码农俱乐部 开始征集…" under "码农俱乐部…")
    return (
        _shared(folded, title) * 3 >= len(folded) * 2
    )  # (most of it: not "Reactを使ってみて" under "React Native入門")


# Ideographs only, no clause's word (set59 F4): a noun phrase, a heading's ("时空数据可视化 数据可视化是…": its head noun
# said again at once; "项目架构 项目难点 权限管理: …", two in a row of four ideographs or more, a flattened page's section
# and its first part; not a name's parts, "講師 遠藤 祥子", "请先将 码农俱乐部 链接…": the review of set59).
_NOUNS, _PAIRED = re.compile(r"[\u3400-\u9fff]{2,8}"), re.compile(r"[\u3400-\u9fff]{4,8}")


def _pair(run: re.Match[str], text: str) -> re.Match[str] | None:
    """Two runs of a noun phrase each before a space, at once, then the text (not a third: a spaced poem's lines),
    that read as a page's parallel section names: the same first two ideographs ("项目架构 项目难点"), or a field's
    label after them ("… 权限管理: …"). Not two phrases of a sentence's opening, "北京时间 周五晚间 美国劳工部公布了…",
    "新年快乐 万事如意 感谢…", "本人广东人 男朋友河南人 因为…" (the review of set 61)."""
    second = _RUN.match(text, run.end())
    if second is None or _RUN.match(text, second.end()) or _CLAUSE.search(run[1] + second[1]):
        return None
    if not (_PAIRED.fullmatch(run[1]) and _PAIRED.fullmatch(second[1])):
        return None
    return second if run[1][:2] == second[1][:2] or _LABEL.match(text, second.end()) else None


_LABEL = re.compile(r"[^\s。．！？!?、，,：:]{2,12}[:：]")


def _shared(run: str, title: str) -> int:
    """The length of the longest part of ``run`` that ``title`` holds too (a run has at most twelve characters)."""
    return next(
        (size for size in range(len(run), 0, -1) for i in range(len(run) - size + 1) if run[i : i + size] in title), 0
    )
