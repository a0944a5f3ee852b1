"""The writing system a text is mostly in: what tells two translations of one post apart.

A story may gather one post's translations (one site's Japanese and Korean feeds, set27 N2): its
summary is in the lead's language, never the lead's headline over the other translation's sentences.
Languages that share an alphabet are not told apart here (no model of languages: English and French
both read "latin"); the scripts are told apart by their letters' Unicode blocks, Japanese by its kana
(Chinese is the ideographs without them).
"""

from __future__ import annotations

import re

from .cuts import is_spaceless

_SCRIPTS = (
    ("ko", re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("greek", re.compile(r"[\u0370-\u03ff]")),
    ("arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("indic", re.compile(r"[\u0900-\u0dff]")),
    ("thai", re.compile(r"[\u0e00-\u0e7f]")),
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")),
)
_KANA_SHARE = 0.1  # of a text's kana and ideographs, kana at least: Japanese (its kanji are ideographs too)
# A character of these says about what a word of letters does ("ドメイン駆動設計のAggregate Root" is Japanese).
_WIDE, _WIDE_WEIGHT = frozenset(("ko", "ja", "zh")), 4


def script_of(text: str) -> str:
    """The script most of ``text``'s letters are in ("" when it has none: numbers, symbols)."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS}
    kana, han = counts.pop("ja"), counts["zh"]
    if kana and kana >= _KANA_SHARE * (kana + han):
        counts["ja"], counts["zh"] = kana + han, 0
    for name in _WIDE:
        counts[name] = counts.get(name, 0) * _WIDE_WEIGHT
    name, most = max(counts.items(), key=lambda item: item[1])
    return name if most else ""


def same_script(a: str, b: str) -> bool:
    """Both texts are in one script, or either cannot be told (no letters)."""
    first, second = script_of(a), script_of(b)
    return not first or not second or first == second


# Scripts written without spaces between words, whose characters are not wide (cuts.is_spaceless reads those): Thai,
# Lao, Myanmar, Khmer. Their spaces part phrases, or stand round a number ("ชายวัย 18 ปีที่…"): a cut at the last
# space may leave a tenth of the text (set54 F6: an SCMP story in Thai cut to "…ชายวัย 18…", 35 characters of 300).
UNSPACED_LETTERS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"  # (a character class's ranges: bot/usable.py's too)
_UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]")
_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4\u1031\u17c1\u17c2\u17c3")
_MARK = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u102b-\u103e\u17b4-\u17d3]")


def unspaced(text: str) -> bool:
    """Whether a text is in a script written without spaces between words: wide (Chinese, Japanese: is_spaceless), or
    most of its letters Thai, Lao, Myanmar or Khmer."""
    if is_spaceless(text):
        return True
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and len(_UNSPACED.findall(text)) > letters * 0.5


def cluster_start(text: str, at: int) -> int:
    """``at``, or the place before it where a character cluster starts: never before a combining vowel or tone mark
    (a Thai "ี" or "่" is no character of its own), nor after a vowel written before its consonant ("เ", "โ")."""
    while 0 < at < len(text) and (_MARK.match(text, at) or text[at - 1] in _LEADING):
        at -= 1
    return at
