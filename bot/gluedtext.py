"""Paragraphs a feed joined without a space between them, in a text without markup.

bold.dk's descriptions (unseen11 #2) are their paragraphs concatenated: "… i de danske
klubber.Adolfo Sormani har …", "… til Horsens Folkeblad.AC Horsens vendte …", "…
nedrykningsspillet.- Nedrykningsspillet bliver hårdt". A lowercase word of two letters or
more, a sentence end, then a capitalised word of two letters or more (or a dash that opens
a quote, then one) is a lost paragraph break: the space goes back, so a reader (and the
sentence splitter) sees two sentences.

Never inside a token that is not a word: a domain, URL, e-mail or file name ("bold.dk",
"www.Example.Com", "a/b.Txt", "x@y.Org"), an abbreviation with inner dots ("U.S.A",
"e.g.Foo": one-letter sides), a version or code ("v1.Beta", "obj.Method()", "os.path.Join",
"myObj.Run", "foo.NewReader"), a name's suffix ("Vue.JS"): the left side must be a whole
word of letters (hyphens and apostrophes inside), the right one a word of letters ending at
a space or a punctuation mark, neither in camel case. Korean has no capitals: a Hangul
syllable, a sentence end and a Hangul syllable are the same lost break ("…오는 23일까지
모집한다.장애인식개선 서포터즈…", a disability news site's descriptions, knews-rss--tech.xml in
tests/data/unseen/set18). An opening quote may stand between the mark and the capital ('belli.“Oturduğunuz'), "…" is
a sentence end too ('götürdükleri…Bugün'), the capitalised word may run into "(" and a word ('geldi.Ailecek(bilgi
işlem': not "obj.Method(arg)"), and a number and a lower-case word may follow a lower-case word of four letters or
more ('demeyin.6 yıl': not "fig.3"): akademikefe's Hugo blog, /work/unseen48's F4.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from .cjkheadings import HANGUL as _HANGUL
from .quoting import korean_quotative

_L = r"[^\W\d_]"  # a letter
_GLUED = re.compile(
    rf"(?<![^\s\"'(\[„“«‹¿¡])({_L}(?:{_L}|['’-](?={_L}))+)([.!?…])((?:[-–] |[“«‘])?)"
    rf"({_L}(?:{_L}+|['’]{_L}+)(?:['’-]{_L}+)*|[가-힣](?=\s)|\d+(?= {_L}))"
    rf"(?=$|\s|[,;:!?)\]”\"'»…]|\.(?!\w)|\({_L}+\s)"
)
# What every match of _GLUED holds: the mark, and the next word's first two letters (issue 15: one scan in C,
# from mark to mark, where _GLUED tried each word of the line before its mark); a Korean word of one syllable
# ("…상영합니다.각 지역…") is one too; so is an elided article's or pronoun's capital and apostrophe ("…realistes i
# sostenibles.L’or s’ha disparat…", "D’altra", a Catalan podcast's description: set 65a F11).
_GLUE = re.compile(rf"[.!?…](?:[-–] |[“«‘])?(?:{_L}['’]?{_L}|[가-힣]\s)|(?<={_L}{{4}})\.\d+ {_L}")
# What a name takes after a dot, capitalised: a top-level domain ("booking.Com", "Socket.IO", "Heise.Online"),
# a library's suffix ("Vue.JS", "Node.JS": morioh's feed), a file's or a namespace's ("Web.Config", "index.Html",
# "Windows.Forms"). (No two-letter country domain: "…en casa.De verdad…" is two sentences.)
# A Korean sentence's last syllable ("…모집한다.", "…합니다.", "…있어요.", "…같음."): not a noun before a "." that
# joins two ("서울.경기 지역", "한국.미국 정상회담": Seoul and Gyeonggi).
_KOREAN_ENDS = frozenset("다요죠까네음함됨임")
SUFFIXES = frozenset({
    "com", "net", "org", "edu", "gov", "io", "ai", "fm", "tv", "app", "dev", "js", "online", "info",
    "config", "json", "yaml", "yml", "xml", "html", "htm", "css", "txt", "php", "forms",
})  # fmt: skip


def _camel(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))


def _spaced(m: re.Match[str]) -> str:
    left, mark, dash, right = m.groups()
    if right[0].isdigit() or m.string[m.end() : m.end() + 1] == "(":
        # (a number and a lower-case word after a word of four letters, "demeyin.6 yıl", or a word run into "(",
        # set48 F4: only in a line with another stop glued the plain way, the writer's habit: never "see table.2
        # below", "syslog.1 was rotated", "strings.Split(s string)" alone; review of set48, 3)
        if not _habit(m.string):
            return m[0]
        if right[0].isdigit():
            after = m.string[m.end() + 1 : m.end() + 2]
            good = mark == "." and not dash and len(left) >= 4 and left.islower() and after.islower()
            return f"{left}{mark} {right}" if good else m[0]
    return _plain(m)


def _plain(m: re.Match[str]) -> str:
    left, mark, dash, right = m.groups()
    if left[-1] in _KOREAN_ENDS and _HANGUL.match(right):  # Korean has no case: a sentence's end, a syllable
        # (but a question's quotative, "있을까?라는 질문": set64a F8)
        quotative = korean_quotative(left + mark, right + m.string[m.end() : m.end() + 1])
        return m[0] if quotative else f"{left}{mark} {dash}{right}"
    if right[0].isdigit() or not (left[-1].islower() and left[-2].islower() and right[0].isupper()):
        return m[0]
    if _camel(left) or _camel(right) or right.lower() in SUFFIXES:
        return m[0]
    return f"{left}{mark} {dash}{right}"


@functools.lru_cache(maxsize=32)
def _habit(line: str) -> bool:
    """Whether the line has a stop glued to a capitalised word (not one run into "(")."""
    return any(m.string[m.end() : m.end() + 1] != "(" and _plain(m) != m[0] for m in _GLUED.finditer(line))


def unglued(line: str) -> str:
    """The line with a space put back after each sentence end glued to the next sentence."""
    return _GLUED.sub(_spaced, line) if _GLUE.search(line) else line


# In a text with markup (a scraper's, bot/loosetext.py) a name with a dot in it is commoner than a lost paragraph
# break ("Micro.Blog", "Risky.Biz", "I am Robot!Ophelia"): only a word all in lower case before the mark, then a
# capitalised word, or a capital alone before a lower-case word (Portuguese's articles: "…musa do
# baile.O evento reúne…", "…incontroláveis.A inveja", O Liberal's feed, tests/data/unseen/set18's F3).
_GLUED_LOWER = re.compile(
    rf"(?<![^\s\"'(\[„“«‹¿¡])({_L}(?:{_L}|['’-](?={_L}))+)([.!?])()"
    rf"({_L}{_L}+(?:['’-]{_L}+)*(?=$|\s|[,;:!?)\]”\"'»…]|\.(?!\w))|{_L}(?=\s{_L}))"
)
_GLUE_LOWER = re.compile(rf"[.!?]{_L}")


def _spaced_lower(m: re.Match[str]) -> str:
    left, mark, _, right = m.groups()
    if not left.islower() or (len(right) == 1 and not (right.isupper() and m.string[m.end() + 1].islower())):
        return m[0]
    return _spaced(m) if len(right) > 1 else f"{left}{mark} {right}"


def unglued_lower(text: str) -> str:
    """The text with a space put back after a word in lower case, a sentence's end, and a capitalised word
    (or a capital alone) glued to them: unglued's rule, stricter, for a text with markup."""
    return _GLUED_LOWER.sub(_spaced_lower, text) if _GLUE_LOWER.search(text) else text


# A space a source put before a mark that never takes one in any language: a comma or a full stop after a word
# ("w formule Final Four .", "Adam Kołodziejczyk , który", a local paper's scraped feed), a full-width Chinese or
# Japanese mark ("实盘交易的大赛 ，结果", a podcast's notes). Never before "; : ! ?" (French sets them apart:
# "Vraiment ?"), nor before "..." or a dot that starts a word or a number (".NET", " .5"), nor before a full stop
# a lower-case word or a sign follows ("git add . to stage", "docker build . -t app": a command's argument).
# A paragraph's last full stop too, before the next line of the lead (set64a F22: "…рабочих процессов ." before a
# heading's "## Ветвление…" kept its space, the paragraph's earlier ones closed up): before a line that opens with a
# heading's "#" or a letter, not a digit or a sign ("docker build -t app .\n2. Then…", "git add .\n$ git…": a
# command's argument, review rev64a 7).
_SPACED_MARK = re.compile(r"(?<=\w)[ \u00a0]+(?=[，。、；：？！]|,(?:\s|$)|\.(?:$|\n+(?=#)|\s+[^\W\d_]))")

_MARK_AFTER_SPACE = re.compile(r"[ \u00a0][,.，。、；：？！]")  # (a quick test: most texts have none)


def _no_space(m: re.Match[str]) -> str:
    after = m.string[m.end() : m.end() + 80]  # (a bounded look: a slice to the end per match grew with the square)
    line_end = after[1:2] == "\n" and not after[2:3].islower()  # (a paragraph's end, not a command's "git add .")
    if after[0] == "." and len(after) > 1 and not line_end and not after[1:].lstrip()[:1].isupper():
        return m[0]
    return ""


# A space after a Chinese or Japanese sentence's end, before the next one: none in either script, but a
# paragraph's end joined up ("…の復習記事です。 記事における…", ja-aconcavy--feed.rss in tests/data/unseen/set22,
# F4; "…自定义选项等。 Chrome OS 终端…" keeps its space: a Latin word follows; so does a headline's phrase after a
# quotation, "「これからは一人の市民として」 落選の現職…", a news list's). A stop may close a bracket's aside
# ("…不思議。） こりゃ…"), and the next sentence may open on a full-width figure or letter ("…みたら。 ４月から…"):
# lines joined at a <br> (set55 F8); a half-width figure is another script's and keeps its space.
_SPACE_AFTER_STOP = re.compile(
    r"(?:(?<=[。！？．])|(?<=[。！？．][」』）】]))[ \u00a0]+"
    r"(?=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff「『（【《〈［\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])"
)


def unspaced_marks(text: str) -> str:
    """The text without the spaces a source put before a comma, a full stop or a full-width mark."""
    return _SPACED_MARK.sub(_no_space, text) if _MARK_AFTER_SPACE.search(text) else text


# A speaker's label opening a line of a dialogue, at the text's start, after a space or a quote's opening mark: a name
# of one to twelve characters, no space nor stop in it, and a colon ("白羊：我觉得…。 Astrian：怎么讲？我觉得还成？ 白羊：
# 我一直在说…", a podcast's exchange in <br>-separated lines, set59 F10). Not an address's "https:", a clock's "10:30".
SPEAKER = re.compile(r"(?:^|(?<=[ \u00a0“「『\"«]))[^\W\d_][^\s：:。！？，、「」（）]{0,11}[：:](?!//|\d)")


def unspaced_stops(text: str) -> str:
    """The text without a space after a Chinese or Japanese sentence's end, before the next sentence (the
    excerpt's: the lead a summary reads keeps its spaces, which the segmenter reads); but in a dialogue (SPEAKER's
    labels, two speakers, one speaking again), the space before a speaker's line stays: lines, not one speech."""
    if text.isascii():
        return text
    if ("：" in text or ":" in text) and _dialogue(SPEAKER.findall(text)):
        return _SPACE_AFTER_STOP.sub(lambda m: m[0] if SPEAKER.match(text, m.end()) else "", text)
    return _SPACE_AFTER_STOP.sub("", text)


def _dialogue(labels: list[str]) -> bool:
    """Whether a text's labels are a dialogue's speakers: two names at least, one of them speaking again (not a
    post's fields, "英語記事: … 原著者: …", nor a list of terms, "奴：… 工：… 匠：…", each label once)."""
    names = Counter(label[:-1] for label in labels)
    return len(names) >= 2 and max(names.values()) >= 2
