"""Sentences that open a section leaning on what the summary leaves out (set60 F8 and N1): bot/summary.py takes one
only with what it leans on.

Both only right under a heading after the text's first line (a text's first heading is often its title again, "## はじめに"
over "AtCoder Beginner Contest 341の復習記事です。" or "## Comment" over "I didn’t think I’d…" open it well):

- A Japanese sentence that is a predicate and its copula alone, no topic nor subject ("標準的なステージ回転動画を撮影
  する手順です。" under the heading "ワークフロー1: 回転動画の取得": "[this] is the procedure…"): its subject is the
  heading, as English "This is…" (bot/discourse.py) leans on what came before. Not a sentence with は, が or も
  ("この手順は…です。", "…が必要です。": its own subject), nor one in the past or with a verb; nor one under a line
  that is no heading ("…促進制度である。" under a link to the headline's law: the headline is its subject).
- A section's first sentence in the first person singular in a text that spoke as "we" before it, never as "I" ("I am
  involved in two ongoing projects." under "Background" after "…we also share our experience…": a lab's post by one
  of its students, whose credit "This post is written by …" is not shown): "I" is one of the "we" the reader cannot
  name, taken only once the summary speaks in the author's voice (a chosen sentence with "I", "we", "my"…). Not in a
  blog that says "I" from the start ("…a video of my setup…" before "My favourite feature…"), nor one that said
  neither ("今天记录一下…" before "## 前言" / "我的小项目需要…": the blogger's own voice).
- A sentence of a section whose heading names credits ("## Attribution" over "Credit goes to … for noticing the
  problem…", "… first responsibly disclosed it.": an advisory's, set62 F4): who found or fixed it, never taken; a
  sentence of the next section is (its heading ends the credits).
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .sentences import HEADING, QUOTED

_KANA = re.compile(r"[\u3040-\u30ff]")
# (no topic, subject or "also" particle anywhere: a conservative test, "はじめ" keeps a sentence too). Not an adjective's
# です, past or present, its い after kana ("…本当に楽しかったです。", "…難しいです。"; a noun's after a kanji, "…違いです。",
# still counts), nor a formal noun's that says the writer's intent or state ("…参加してみたいと考えているところです。",
# "…つもりです。"): the writer, not the heading, is their subject (the review of set 61).
_COPULA_ONLY = re.compile(
    r"[^はがも。！？!?\n]{4,60}(?<!かった)(?<![\u3041-\u309f]い)"
    r"(?<!ところ)(?<!つもり)(?<!予定)(?<!わけ)(?<!はず)(?<!次第)(?<!感じ)(?:です|である)[。．]"
)
_SINGULAR = re.compile(
    r"(?<![\w'’-])(?:(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Jj]e|[Mm]oi|[Mm]on|[Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein)"
    r"(?![\w'’-])|[Jj]['’](?=[^\W\d_]))|我(?!们|們)"
)
_PLURAL = re.compile(r"(?<![\w'’-])(?:[Ww]e|[Oo]ur|us|[Nn]ous|[Nn]otre|[Ww]ir|[Uu]nser\w*)(?![\w'’-])|我们|我們")
_OPENS_AS_I = re.compile(
    r"[\"'“‘]?(?:(?:I(?:['’](?:m|ve|d|ll))?|My|Je|Ich|Mein)(?![\w'’-])|J['’](?=[^\W\d_])|我(?!们|們))"
)


def copula_only(sentences: Sequence[str], j: int) -> bool:
    """Sentence ``j``, under a later heading, is a Japanese predicate and its copula alone ("…を撮影する手順です。")."""
    text = sentences[j]
    return _under_heading(sentences, j) and _KANA.search(text) is not None and _COPULA_ONLY.fullmatch(text) is not None


def first_person_opener(sentences: Sequence[str], j: int) -> bool:
    """Sentence ``j`` opens a later section in the first person singular ("I am involved in…"), the text's first "I"
    after a "we"."""
    return (
        _under_heading(sentences, j)
        and _OPENS_AS_I.match(sentences[j]) is not None
        and any(_PLURAL.search(text) for text in sentences[: j - 1])
        and not any(_SINGULAR.search(text) for text in sentences[: j - 1])
    )


# A heading that names a section of credits, the whole heading (closed: "Attribution", "Credits", "Acknowledgements",
# "Thanks", in a few languages); not "Credit card fees" nor "Thanks to volunteers, the bridge reopens", nor a
# market wrap's "## Credit" (the singular, and Japanese "クレジット", name credit markets and cards: the review)
_CREDITS = re.compile(
    r"(?i:attributions?|credits|acknowledge?ments?|(?:special\s+)?thanks|agradecimientos|créditos|atribución"
    r"|agradecimentos|atribuição|remerciements|crédits|danksagung(?:en)?|ringraziamenti|riconoscimenti"
    r"|благодарности|подяки)\s*:?|謝辞|致谢|鸣谢|致謝|鳴謝"
)


def own_sentences(sentences: Sequence[str]) -> list[int]:
    """The sentences a summary may take from: not a quote nor a heading, nor under a heading that names credits."""
    own, credits = [], False
    for j, text in enumerate(sentences):
        if text.startswith(HEADING):
            credits = _CREDITS.fullmatch(text[len(HEADING) :].strip()) is not None
        elif not credits and not text.startswith(QUOTED):
            own.append(j)
    return own


def _under_heading(sentences: Sequence[str], j: int) -> bool:
    return j > 1 and sentences[j - 1].startswith(HEADING)


def in_first_person(sentence: str) -> bool:
    """The sentence speaks in the author's voice: "I", "we", "my", "our"… (English, French, German, Chinese)."""
    return _SINGULAR.search(sentence) is not None or _PLURAL.search(sentence) is not None
