"""The writing system a text is mostly in: what tells two translations of one post apart.

A story may gather one post's translations (one site's Japanese and Korean feeds, set27 N2): its
summary is in the lead's language, never the lead's headline over the other translation's sentences.
Languages that share an alphabet are not told apart here (no model of languages: English and French
both read "latin"); the scripts are told apart by their letters' Unicode blocks, Japanese by its kana
(Chinese is the ideographs without them).
"""

from __future__ import annotations

import re

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
