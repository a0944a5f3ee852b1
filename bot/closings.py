"""A closing sentence a feed ends (nearly) every entry's last paragraph with, after the entry's own words: "…和我们聊
这个编辑器的故事... See show notes link for resources." (awesome-archive--codetimecn.xml in set35, F3; its text may
end without a full stop before it: "…的一些思考和感悟 See show notes…"). bot/repeated.py counts them, apart from the
openings (an opening never cuts an entry's end), and takes them off the last block.

A closing is the feed's only with a sign of its template: a link or an address in it, a call to the reader (see,
listen, subscribe, follow…), or another script than the text before it. A sentence many reports end with is
theirs ("The company did not immediately respond to a request for comment.", a wire's; "We are currently
investigating this issue.", a status page's): it stays. A closing starts after a sentence's end, or at a capital
after a space and a word of another script when nothing of that script follows ("感悟 See…"; never "订阅 Code Time
播客，…都能收听我们的节目。" nor "доступны в Яндекс Музыке, Apple Podcasts и на нашем сайте.": a name in a sentence).

And what repeated.py shares with it: a raw text's last lines (BREAK, TAG), where sentences start in a text's last
characters, and a text's width (a wide character counted twice). Pure."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable

from .cuts import SENTENCE_END
from .flattened import TAG
from .scripts import script_of

__all__ = [
    "BREAK",
    "PARAGRAPH",
    "TAG",
    "closings",
    "sign_offs",
    "last_lines",
    "raw_lines",
    "sentence_starts",
    "width",
    "without_closing",
]

BREAK = re.compile(r"<(?:/p|br\s*/?|/li|/div|/h[1-6]|/blockquote|/td|/tr)\b[^<>]*>", re.IGNORECASE)
# Paragraphs, their lines together: a <p> whose lines are <br>-separated is one block of the text.
PARAGRAPH = re.compile(r"<(?:/p|/li|/div|/h[1-6]|/blockquote|/td|/tr)\b[^<>]*>", re.IGNORECASE)
_READ = 2000  # characters at a raw text's end read for its closing
_TAIL = 200  # characters of a last paragraph read for its closing sentences
# Chinese, Japanese and Korean characters: wide, a character says as much as two Latin letters
_WIDE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_OTHER_LETTER = re.compile(r"[^\W\d_\x00-\u02af]")  # a letter past the Latin ones (Greek, Cyrillic, Arabic, Chinese…)
_ADDRESS = re.compile(r"https?://|www\.|\w@\w|\.(?:com|org|net|fm|io)\b", re.IGNORECASE)
_PLURAL = re.compile(r"(?<=[a-z]{3})s\b")
_ANCHOR = re.compile(r"<a\b[^<>]*>([^<>]+)</a>", re.IGNORECASE)
# A call to the reader: a sentence that opens with it, or a word of one anywhere
_CALL_START = re.compile(
    r"please\s+\w|(?:see|listen|subscribe|follow|visit|find|watch|join|download|rate|share|click|check|support"
    r"|sign|read|head|go|learn|email|contact|thanks|thank)\b",
    re.IGNORECASE,
)
_CALL = re.compile(r"subscri|listen|newsletter|show notes|website|订阅|收听|关注|点击|访问|收看|подпис|слуша", re.I)


def width(text: str) -> int:
    """A text's length, a wide character counted twice (a Japanese sentence of 15 says as much as an English one of
    30)."""
    return len(text) if text.isascii() else len(text) + len(_WIDE.findall(text))


def raw_lines(field: str) -> list[str]:
    """A raw text's lines (its markup's breaks, or a plain text's newlines), markup off and entities read."""
    parts = BREAK.split(field) if "<" in field else field.split("\n")
    return [html.unescape(TAG.sub(" ", part)) if "<" in part or "&" in part else part for part in parts]


def last_lines(field: str, read: int) -> list[str]:
    """The lines with text (markup off, entities read, spaces collapsed) in a raw text's last ``read`` characters."""
    return [text for part in raw_lines(field[-read:]) if (text := " ".join(part.split()))]


def sentence_starts(text: str, at: int) -> list[int]:
    """Where a sentence starts after another's end in ``text``, from ``at`` on (never at its end)."""
    return [m.end() + (text[m.end()] == " ") for m in SENTENCE_END.finditer(text, at) if m.end() < len(text)]


def folded(text_key: str) -> str:
    """A closing's key (repeated.key's) as it is counted: its words' plural "s" off ("Please update your blocklists
    and follow our terms of use." / "… your blocklist and …", one sign-off: dadoonet--darkreading.xml in set47, F4).
    Compared without its spaces (without_closing: "block list", "blocklist"; "Sign up", "Signup": the review of
    set47)."""
    return _PLURAL.sub("", text_key)


def rough(closing: str) -> str:
    """A closing as it is first counted, cheaply: casefolded, without its spaces, its last stop and its words' "s"
    (those many entries share are then keyed, each of their forms: sign_offs)."""
    return closing.rstrip(".!?。！？").casefold().replace(" ", "").replace("s", "")


def _tail_starts(text: str) -> list[int]:
    """Where a closing may start in a text that ends with a sentence's end (or a letter or a digit: the feed left
    its stop off, "…and follow our terms of use", set47 F4), in its last _TAIL characters (the module docstring);
    never at its start."""
    if text[-1:] not in ".!?。！？" and not text[-1:].isalnum():
        return []
    at = max(2, len(text) - _TAIL)
    starts = set(sentence_starts(text, at))
    others = [m.start() for m in _OTHER_LETTER.finditer(text, at)]
    if others and text[others[-1] + 1 : others[-1] + 2] == " " and text[others[-1] + 2 : others[-1] + 3].isupper():
        starts.add(others[-1] + 2)  # (the last letter of another script, a space, a capital: nothing of it after)
    return sorted(starts)


def signed(closing: str, before: str, raw: str) -> bool:
    """Whether a ``closing`` (after the text ``before`` it, in the raw paragraph ``raw``) shows a sign of the
    feed's template (the module docstring)."""
    if _ADDRESS.search(closing) or _CALL_START.match(closing) or _CALL.search(closing):
        return True
    if "<a" in raw and any(len(a := " ".join(html.unescape(m[1]).split())) > 2 and a in closing
                           for m in _ANCHOR.finditer(raw)):  # fmt: skip
        return True
    return "" != script_of(closing) != script_of(before) != ""


def closings(field: str) -> dict[str, tuple[str, str, str]]:
    """The tails of a raw text's last paragraph that may be a closing, by their ``rough`` form, each with the text
    before it and the raw paragraph (what ``signed`` reads, for those the feed repeats only)."""
    tail = field[-_READ:]
    parts = PARAGRAPH.split(tail) if "<" in tail else tail.split("\n")
    last = next((part for part in reversed(parts) if TAG.sub("", part).strip()), "")
    text = " ".join(html.unescape(TAG.sub(" ", last)).split())
    return {rough(text[i:]): (text[i:], text[max(0, i - _TAIL) : i], last) for i in _tail_starts(text)}


def sign_offs(
    ends: Counter[str], forms: dict[str, list[tuple[str, str, str]]], least: float, key: Callable[[str], str]
) -> set[str]:
    """The keys (``folded``) of the closings ``least`` entries end with (``ends``: counted by their rough form), a
    sign of the feed's template in one of their ``forms`` (a closing, the text before it, its raw paragraph): each
    form's (a rough form may stand for keys ``folded`` tells apart)."""
    return {
        folded(key(form[0]))
        for end, n in ends.items()
        if n >= least and any(signed(*f) for f in forms[end])
        for form in forms[end]
    }


def without_closing(
    line: str, keys: frozenset[str], key: Callable[[str], str], rest: int, whole: frozenset[str]
) -> str:
    """A last block without the longest closing the feed repeats (its ``key`` in ``keys``, spaces aside), when ``rest``
    characters (its key's width) of text go before it, and it is no paragraph the feed repeats ``whole`` (kept as
    all the text there is); else itself."""
    bare = {k.replace(" ", "") for k in keys}
    for start in _tail_starts(line):
        if folded(key(line[start:])).replace(" ", "") in bare:  # (the longest: the first found)
            kept = key(line) not in whole and width(key(line[:start])) >= rest
            return line[:start].rstrip() if kept else line
    return line
