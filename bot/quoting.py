"""Japanese quotes the quoting sentence goes on after: no sentence ends inside one.

pysbd ends a Japanese sentence at "！", "？" and "。" wherever they stand, also inside the words a sentence quotes:
in 「…」 or 『…』 brackets the line closes later ("私が「…把握してますか？そもそも、…」と訪ねたところ…", set24's N5 and
F11), or without brackets before the quotative particle and a verb of saying or thinking ("…練習したい！と言い出した。",
"…便利かなぁ。。と思い始めた。": set55 F10, a summary showed "…練習したい！" without "と言い出した"). Nor, in any script,
at a stop inside a short quotation the paragraph closes a few words on: a book's title, "“Сила інтровертів. Тихі люди
у світі…”" (set 70a F5: `open_quotation`). Pure.
"""

from __future__ import annotations

import re

# The quotative particle after an exclamation or a question ("…練習したい！と言い出した。", "…気をつけて！と教官からの
# 言葉に…"), and "って" (spoken "と"); not a sentence's own first word ("とにかく", "ところで", "とりあえず", "とても",
# "とはいえ", "ともかく", "とうとう", "と、" "and then", "というのも", "というか", "ということで": 5bc8577's review).
_AFTER_CALL = re.compile(
    r"って|と(?!にかく|ころ|りあえず|ても|っても|はいえ|もかく|もあれ|うとう|っくに|りわけ|き|もに|して|ある|な[りる]"
    r"|いう(?:のも|か|わけ|こと)|[、,])"
)
_CALLED = re.compile(r"[！？!?]+[」』）)]*$")
# After a full stop, only before a verb of saying, asking, thinking, feeling or writing, "という", "とのこと" (the news
# that) or a pause ("…便利かなぁ。。と思い始めた。", "…かな？と・・・": what one thought).
_QUOTATIVE = re.compile(
    r"(?:と|って)(?:言|云|い(?:[っいわえ]|う(?!のも|か|わけ|こと))|思|おも|考|聞|訊|答|叫|尋|訪|話|書|呟|つぶや|頼|申|感じ|語|返|告|伝|述|誓|約束|お願い"
    r"|の(?:こと|事)|も言|か言|は言|・・・|…)"
)
_STOPPED = re.compile(r"[。…]+[」』）)]*$")


def inside_quote(before: str, line: str, start: int, part: str) -> bool:
    """Whether pysbd's end between ``before`` and ``part`` (at ``start`` in ``line``) is inside a quote: a 「…」 (『…』)
    quote the line closes later, or a quoted title of any script that the line closes a few words on (open_quotation:
    "“Сила інтровертів. Тихі люди…”"), or one the particle after the end quotes ("…したい！" / "と言い出した。";
    Korean's "…있을까?" / "라는 질문이…", glued to it: korean_quotative)."""
    if any(before.count(o) > before.count(c) and c in line[start:] for o, c in ("「」", "『』")):
        return True
    if open_quotation(before, line[start : start + QUOTE_WINDOW]):  # (any script's: "“Сила інтровертів." / "Тихі…”")
        return True
    if part[:1] not in "とっ":
        return korean_quotative(before, part) and not line[start - 1 : start].isspace()
    end = before[-8:]
    return (
        _AFTER_CALL.match(part) is not None
        and _CALLED.search(end) is not None
        or (_QUOTATIVE.match(part) is not None and _STOPPED.search(end) is not None)
    )


# Korean: a question or an exclamation glued to the quotative or the particle its sentence goes on with ("…사랑할 수
# 있을까?라는 질문이 있다면…": set64a F8, the summary's "있을까?" / "라는 질문이…", the text spaced as two sentences);
# the particle a word of its own (a space or a mark after it: not "?가끔", a glued sentence's first word). Not "가":
# after "?" it opens "가 보면", "가 보자" far more often than it is a subject's particle (review rev64a 9).
_KOREAN_QUOTATIVE = re.compile(r"(?:이?라(?:는|고|며|면서)|이?란|하(?:고|는|며)|[는를])(?=[\s,.!?…]|$)")
_KOREAN_CALLED = re.compile(r"[\uac00-\ud7a3][?!]+[\"'”’」』)]*$")


def korean_quotative(before: str, part: str) -> bool:
    """Whether ``part`` opens with a Korean quotative or particle (above) that goes on from the question or the
    exclamation ``before`` ends with (a Hangul syllable before its marks)."""
    return _KOREAN_CALLED.search(before[-8:]) is not None and _KOREAN_QUOTATIVE.match(part) is not None


# Full-width brackets: pysbd ends a sentence at a "。", "？" or "！" just before the close, which then opens the next
# sentence (set63 F14: "（そう、…という暗示です。" / "）一度名前を付けると…", "…の鬼（というか仙人？" / "）田村洋一さんと…").
_BRACKETS = {"）": "（", "】": "【", "〕": "〔", "］": "［"}
_LEADING_MARKS = re.compile(r"[!?！？。]+")


def leading_marks(line: str, start: int, part: str) -> str:
    """The marks that open ``part`` (at ``start`` in ``line``) but end the sentence before it: a stop ("…！" / "！そして…")
    or a full-width bracket's close whose open stands before ``start`` in the line."""
    if m := _LEADING_MARKS.match(part):
        return m.group()
    # (the brackets open before ``start`` counted once, each close then walked: a count per close grew with the square
    # of a run of them, "（"*10000 … "）"*10000: the second review of this session, 11)
    n, unclosed = 0, dict[str, int]()
    while n < len(part) and (o := _BRACKETS.get(close := part[n])):
        if close not in unclosed:
            unclosed[close] = line.count(o, 0, start) - line.count(close, 0, start)
        if unclosed[close] <= 0:
            break
        unclosed[close] -= 1
        n += 1
    return part[:n]


def bracket_goes_on(line: str, end: int) -> bool:
    """Whether the sentence goes on after the bracket that closes at ``end`` in ``line``: the bracket opened after a
    word ("…の鬼（というか仙人？）" / "田村洋一さんと忘年会。"), not at a sentence's start ("。（そう、…暗示です。）")."""
    close = line[end - 1 : end]
    if close not in _BRACKETS:
        return False
    depth, at = 0, end - 1
    while at > max(0, end - 2000) and depth >= 0:  # (a sentence's bracket: not further back)
        at -= 1
        depth += (line[at] == close) - (line[at] == _BRACKETS[close])
    return depth < 0 and at > 0 and not line[at - 1].isspace() and line[at - 1] not in "。．！？!?.」』）)"


# A quotation's opening marks and the marks that may close each (a feed's "“…\"" mixed, „…“ German; »…« Danish is
# not: "»" closes French quotes more often than it opens one). A mark opens after a space, a bracket or a dash and
# before a letter or a digit (not "Feghouli“." nor the inch of "a 5\" screen", nor "…מירון \"." spaced off its words).
_CLOSES = {"“": '”"', "«": "»", "„": '“”"', '"': '"'}
_QUOTE_MARKS = re.compile(r'[“”«»„"]')
QUOTE_WINDOW = 120  # characters after the stop within which the quotation closes (a longer quote is a passage)
_SAID = (
    ".!?…,;:"  # (what ends a quoted speech's words before its close: "…I guess.\"", "…a particular case,” Mr Gates")
)


def open_quotation(before: str, after: str) -> bool:
    """Whether a full stop (a "?", a "!") ending ``before`` (its closing marks included) stands inside a quoted name, a
    book's or a film's title, that ``after`` (the text after it) closes within QUOTE_WINDOW characters of the same
    line: after words, with no sentence's mark before its close (set 70a F5: "Книга випуску “Сила інтровертів. Тихі
    люди у світі, що не може мовчати\"" was cut at "інтровертів."). Not in quoted speech, whose sentences may each end
    one: "“You know, it was abstract. But we wanted to keep things fresh.”" closes after a stop, "«Я не держусь за
    власть. Не хочу … граждан», — заявил" before its mark."""
    if before.rstrip("\"'”’)]")[-1:] not in ".!?":
        return False  # (an ellipsis inside a quote is a pause, bot/excerpt.py's own: "“Ten… nine… eight…”", set51)
    marks = list(_QUOTE_MARKS.finditer(before, max(0, len(before) - QUOTE_WINDOW)))
    if not marks or (opener := marks[-1].group()) not in _CLOSES:
        return False
    at = marks[-1].end()
    if (
        at == len(before)
        or not before[at].isalnum()
        or at > 1
        and not (before[at - 2].isspace() or before[at - 2] in "([-–—")
    ):
        return False  # (no opening mark: "…Go.\"", "Feghouli“.", "…מירון \".")
    if opener == "“" and any(m.group() == "„" for m in marks[:-1]):
        return False  # (German's close: „Text“)
    rest = after[:QUOTE_WINDOW].split("\n", 1)[0]
    close = min((i for i in (rest.find(c) for c in _CLOSES[opener]) if i >= 0), default=-1)
    if close <= 0 or not (words := rest[:close].strip()) or words[-1] in _SAID or any(o in words for o in "“«„"):
        return False  # (no close, a quote in between: "…lucky. Although it was “beyond anyone’s dreams”")
    follows = rest[close + 1 :].lstrip()[:1]  # (a name, the next words, or the line's end; not "», — заявил")
    return not follows or follows.isalnum()


def quoted_at(text: str, end: int) -> bool:
    """Whether the sentence mark that ends at ``end`` in ``text`` stands inside a quoted title (open_quotation)."""
    return open_quotation(text[max(0, end - QUOTE_WINDOW) : end], text[end : end + QUOTE_WINDOW])
