"""Code in a text's markup: preformatted text that is a program's (a <pre> holding a <code>, or one a
syntax highlighter marks), never a sentence an excerpt shows (set19 F11: a Hugo post that is one
``<div class="highlight"><pre class="chroma"><code class="language-js">`` block had its JavaScript as its
excerpt). Preformatted text that is not code (a commit message, a mailing list's post) is shown as before.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .cuts import at_word, last_sentence_end

if TYPE_CHECKING:
    from .blocks import Blocks

# The class a highlighter or a Markdown converter gives a block of code, or the box around it: Hugo's chroma,
# Pygments' and Rouge's "highlight", highlight.js's "hljs", Google's "prettyprint", Pandoc's "sourceCode",
# SyntaxHighlighter's "brush: js", "language-js"/"lang-js"; the cells of Hexo's and Octopress's table, its line
# numbers' ("gutter", "line-numbers": "1 2 3 4 5 6 7 8 9 10 11 12…" was an excerpt, set32 F11) and the code's;
# Python-Markdown's "codehilite" (Pelican, MkDocs: set 68b F3).
_CODE_CLASS = re.compile(
    r"\b(?:chroma|highlight|codehilite\b|hljs|prettyprint|sourceCode|brush:|lang(?:uage)?-\w|gutter\b|line-numbers\b)"
    r"|(?:^|\s|(?<!promo)(?<!coupon)(?<!discount)[-_])code(?=$|[\s_-])",  # ("code", "wp-block-code"; not "promo-code")
    re.IGNORECASE,
)


def is_code(pre) -> bool:
    """Whether a <pre> element (lxml) holds code: all its text inside a <code> (Markdown's code blocks; an empty
    <span> beside it, Pygments' "<span></span>", set 68b F3, holds none: no other empty element, "<a id=poem></a>", the
    review of set 68b, 5), or its class, or its parent's, names a
    highlighter or a language."""
    kids = [kid for kid in pre if not (kid.tag == "span" and not kid.attrib and not len(kid) and not kid.text)]
    if len(kids) == 1 and kids[0].tag == "code" and not "".join([pre.text or "", *(k.tail or "" for k in pre)]).strip():
        return True  # (no text outside the <code>: before it, or after any child)
    parent = pre.getparent()
    return any(_CODE_CLASS.search(el.get("class") or "") for el in (pre, parent) if el is not None)


def add_code(pre, lines: list[str], code: list | None) -> None:
    """``code`` (when given) gets a <pre>'s ``lines`` when it holds code."""
    if code is not None and is_code(pre):
        code.extend(lines)


def code_first(blocks: Blocks) -> Blocks:
    """The blocks with the preformatted lines they open with marked code when they read as code (a bare <pre> of
    statements, "fn handler(request: Request) -> Response { … }", opening a post left it no excerpt: its line was
    taken for the first paragraph, then the excerpt for code; found proving the review of set 63's fixes, 7). Only
    at the start, for the excerpt: marked code further in, the lead's paragraphs moved and a summary chose worse."""
    count = next((i for i, line in enumerate(blocks.lines) if line not in blocks.rows or not reads_as_code(line)), 0)
    return dataclasses.replace(blocks, code=blocks.code | set(blocks.lines[:count])) if count else blocks


# A sentence pointing at code or a command the page shows after it (set32 F5: "Вопрос дня: что выведет
# нижеприведённый код?", "まず以下のコマンドによって…作成します。", "给下面的代码…加入分号，有几种方法呢？", "…코드로 나타내면
# 다음과 같습니다."): read without what it points at, it says nothing. A deictic (below, following) with a word for code.
_POINTS_AT_CODE = re.compile(
    r"(?:以下|下記|次|下)の(?:コマンド|コード|ソース|プログラム|スクリプト)|(?:下面|下方|以下|如下)的?(?:代码|代碼|命令|脚本)"
    r"|(?:다음|아래)[과와] 같|(?:다음|아래|위)의? (?:코드|명령어?|예제)"
    r"|(?:нижеприведённ|нижеприведенн|следующ)\w* (?:код|фрагмент\w* код|листинг)(?:\b|[аеуо]м?\b)"
    r"|\bthe following (?:code|command|snippet|script|listing)s?\b(?! of conduct\b)",  # (not a team, a procedure: "程序")
    re.IGNORECASE,
)

_CODE_WORDS = ("下", "次", "다음", "아래", "위", "нижеприведённ", "нижеприведенн", "следующ", "following")


def points_at_code(sentence: str) -> bool:
    """Whether a sentence points at code shown after it (or above it: "위의 코드는…"), which no summary shows."""
    lower = sentence.lower()
    if not any(word in lower for word in _CODE_WORDS):  # (most sentences: none of the words every branch holds)
        return False
    return _POINTS_AT_CODE.search(sentence) is not None


# An error a post quotes after its one line introducing it ("Getting this error when running default python code:" /
# "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(…)", set40 F7): when nothing else is the post's, the line and
# the error's first characters are its excerpt. The line names an error and the code opens as one (an exception's
# name, a trace, "error:"); not "Here is my nginx config:" / "error_log …", nor a class ErrorBoundary.
_NAMES_ERROR = re.compile(
    r"(?i:\b(?:errors?|exceptions?|traceback|stack ?trace|fehler\w*|erreurs?|errore|errori|error(?:es)?|fouten?|błąd\w*"
    r"|ошибк\w*)\b|エラー|错误|錯誤)"
)
_OPENS_AS_ERROR = re.compile(
    r"\s*(?:[\w.]+(?:Error|Exception)\b:|Traceback \(most recent|(?i:fatal|error|fehler|erreur|errore|ошибка)\s?:)"
)
_QUOTED_ERROR = 80  # characters of it


def before_code(lines: list[str], end: int) -> tuple[int, int]:
    """How many of ``lines`` an excerpt reads before the code at ``end``: without the lines that only announce it
    ("ANR stack is as follows:", set24 F7; the first stays when it has 80 characters or more: a sentence that is
    all the text before it, set28 F7), and without a last sentence pointing at it (points_at_code, set32 F5), whose
    line ``lines[end - 1]`` is shortened in place (when it holds 20 characters or more of sentences before it), or goes. And how many
    before that drop: shown when no prose follows the code (the question alone, "给下面的代码…有几种方法呢？", when a
    list or a heading follows; a line shortened in place stays shortened, the same count). A post that is one line
    naming an error and the error it quotes (set40 F7) has the error's first characters added to ``lines[0]``, in
    place, and that line counted as shown."""
    code = end
    while (len(lines[0]) >= 80) < end and lines[end - 1].endswith((":", "：")):
        if last_sentence_end(lines[end - 1], len(lines[end - 1]) - 1) >= 0:
            break
        end -= 1
    kept = end
    if code == 1 and not end and _NAMES_ERROR.search(lines[0]) and _OPENS_AS_ERROR.match(lines[1]):  # (set40 F7)
        lines[0], kept = f"{lines[0]} {at_word(lines[1][:_QUOTED_ERROR]).rstrip(',;: ')}…", 1
    if 0 < end < len(lines) and points_at_code(lines[end - 1][-80:]):
        cut = last_sentence_end(line := lines[end - 1], len(line) - 1)
        if cut >= 20 and not points_at_code(line[:cut]):  # (not "• Q1." of "• Q1. Вызов … следующий код…?")
            lines[end - 1] = line[:cut]
        else:
            end -= 1
    return end, kept


def opens_with_prose(lines: list[str], headings: frozenset[str]) -> bool:
    """Whether the first of ``lines`` is a paragraph of sentences (is_prose)."""
    return bool(lines) and is_prose(lines[0], headings)


def is_prose(line: str, headings: frozenset[str]) -> bool:
    """Whether a line is a paragraph of sentences (no heading, no list item, a sentence's end), not one more pointer
    at code."""
    return (
        line not in headings
        and line[:1] != "•"
        and last_sentence_end(line, len(line)) > 0
        and not points_at_code(line[-80:])
    )


SAYS = 40  # characters of a heading that says something on its own (a sentence's end, or this long), at least


def first_prose(
    lines: list[str], headings: frozenset[str], *, code: frozenset[str] = frozenset(), cut: bool
) -> int | None:
    """Where the first paragraph of sentences stands in ``lines``, past their ``headings`` that are labels (and
    their ``code``, when given); -1 when only those follow to the end (no excerpt). None, the headings shown as
    before, when a heading says something (SAYS: "Deprecation: the v1 API shuts down on March 1, 2027"), or a list,
    a table or any other block comes first (release notes' "Features", a README's "Usage": never the thanks or the
    licence at the end), or the walk (_WALK lines) or the text (``cut``) stops before. Read after a code block
    that only labels stand before: a post of step headings and code (set35 F2: "创建目录", "mkdir -p …",
    "下载示例配置文件", "curl …"; set49 F1: "添加依赖", "<dependency>…", "创建数据表", …): a heading is never an
    excerpt on its own."""
    for index, line in enumerate(lines[:_WALK]):
        if line in code or (line in headings and not _says(line)):
            continue
        return index if is_prose(line, headings) else None
    return None if (cut and lines) or len(lines) > _WALK else -1


def _labels(heads: list[str], headings: frozenset[str]) -> bool:
    return bool(heads) and all(line in headings and not _says(line) for line in heads)


_WALK = 60  # lines of step headings and code, at most, read past for the first paragraph of sentences


def add_gutters(lines: list[str], code: list) -> None:
    """``code`` gets a line that is only a code block's line numbers ("1 2 3 4 5 6 7 8", from 1, in order) standing
    right after a line of code: its gutter, without the class that names it (VuePress's; set49 F1). A lone "1" only
    when two or more follow code (a post's one-line blocks, each with its gutter): once, it is what a program
    prints ("<pre>print(len([0]))</pre><p>1</p>", the review of fix49b)."""
    known = set(code)
    after = [line for before, line in zip(lines, lines[1:], strict=False) if before in known and line not in known]
    ones = after.count("1") >= 2
    code.extend(
        line for line in after if line[0] == "1" and (ones and line == "1" or _counted(w := line.split()) == len(w))
    )


def _counted(words: list[str]) -> int:
    """How many of ``words``, from the first, are line numbers: 1, 2, 3… in order, two at least (else 0: a lone
    "1" after code is a program's output, "<pre>print(len([0]))</pre><p>1</p>")."""
    n = next((i for i, word in enumerate(words) if word != str(i + 1)), len(words))
    return n if n >= 2 else 0


def _says(heading: str) -> bool:
    return len(heading) >= SAYS or last_sentence_end(heading, len(heading)) > 0


# A program's trace or log written as paragraphs (a forum post's crash dump pasted with <br>s, set24 F7): a line
# that opens as a log record does ("2016-04-06 21:19:51.855 QuickCart[8766:185061] …", "myApp (353,0x21490be40)
# malloc: …", "AVAudioSession.mm:1079:-[…]", "Traceback (most recent call last):", Java's "at com.foo.Bar(Bar.java:12)"),
# or whose words are mostly a trace's (addresses, source files, methods, frame numbers), two of them telling ones.
_EXTENSION = r"\.(?:c|cc|cpp|cxx|h|hpp|m|mm|swift|java|kt|scala|py|js|ts|go|rs|rb|php|cs)"
_SOURCE = rf"[\w.+-]+{_EXTENSION}"
_LOG_HEAD = re.compile(
    r"(?:\[\w+\]\s*)?[^\w\s]*\s*(?:"
    r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d"  # a timestamp
    r"|\w+ ?[\[(]\d+[,:](?:0x)?[0-9a-fA-F]+[\])] "  # a process and its thread: "App[123:456]", "App (123,0x1f)"
    rf"|{_SOURCE}:\d+:"  # a source file and line
    r"|Traceback \(most recent call last\):"
    rf"|at [\w$.<>]+\({_SOURCE}:\d+\))"  # a Java stack frame
)
# An exception's module and name ("urllib3.exceptions.MaxRetryError: …"): a trace when its message holds what a
# trace's does (a call, a value, a quoted name, a path, a line's number), or does not read as the writer's sentence
# ("java.lang.OutOfMemoryError: Java heap space is the error most of our users hit, and here is why." stays)
_EXCEPTION_HEAD = re.compile(r"(?:\[\w+\]\s*)?[^\w\s]*\s*(?:[a-z_]\w*\.)+[A-Z]\w*(?:Error|Exception):")
_TRACE_MARK = re.compile(r"\((?!\))|=|(?<!\w)'|'(?!\w)|[/\\]\w|\bline \d|Traceback|0x[0-9a-fA-F]")
_TERSE = 6  # words of an exception's message, at most, that ends no sentence: a trace's ("Java heap space")


def _terse(message: str) -> bool:
    """Whether an exception's message reads as a trace's, not as the writer's sentence in any language: a few words,
    no sentence's end ("…: Java heap space is the error most of our users hit." stays)."""
    return len(message.split()) <= _TERSE and message.rstrip()[-1:] not in ".!?。"


_TELLING = re.compile(rf"0x[0-9a-fA-F]{{4,}}|{_SOURCE}(?::\d+)*\)?|[-+]\[\w+|\w+:\]")
_TRACE_WORD = re.compile(r"[^\w\s]+|\d+|Line|\w*[a-z][A-Z]\w*|\w+_\w+|\w+:\]?|\(?\w+\.\w+\)?")
# (a source file by its extension after a name's last character: a search for the whole name from every character
# of a text cost 6 % of read_feed)
# (each branch opens with a character few positions hold: a word's character first let every branch be tried at
# every position, 4 % of read_feed)
_HINT = re.compile(
    rf"0x[0-9a-fA-F]{{4}}|\.(?<=[\w+-]\.){_EXTENSION[2:]}\b|\d\d:\d\d:\d\d|Traceback|\[\w+ \w+|:(?<=Error:)|:(?<=Exception:)"
)


# A run of a wide script's characters and its punctuation: prose's words, two characters a word, however it is spaced
# (set58 F6: "io.js 2.0 RC、io.js/node.jsのコードの収束計画、他多数", two file names in a Japanese summary, was read as
# a trace, its words counted by spaces); not in a line that names a place in a program, a log's.
_WIDE_RUN = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\uff00-\uffef]+")
_PLACE = re.compile(rf"{_EXTENSION}:\d|0x[0-9a-fA-F]")  # (a source line's number, an address: "main.py:12 エラー")


def _prose_words(run: re.Match) -> str:
    return " 字" * ((len(run.group()) + 1) // 2) + " "


def is_trace(line: str) -> bool:
    """Whether a line of a text's paragraphs is a program's trace or log, not a sentence."""
    if _LOG_HEAD.match(line):
        return True
    exception = _EXCEPTION_HEAD.match(line)
    if exception and (_TRACE_MARK.search(line, exception.end()) or _terse(line[exception.end() :])):
        return True
    if len(_TELLING.findall(line)) < 2:
        return False
    wide = _WIDE_RUN.search(line) is not None and _PLACE.search(line) is None  # (a log's message: its place counts)
    words = _WIDE_RUN.sub(_prose_words, line).split() if wide else line.split()
    if len(words) < 3:
        return False
    return sum(bool(_TELLING.search(word) or _TRACE_WORD.fullmatch(word)) for word in words) >= 0.6 * len(words)


def without_code(blocks: Blocks) -> Blocks:
    """The blocks an excerpt reads: code (bot/codeblocks.py) at the start skipped, the rest up to the next code
    (what follows it is the next step, never this one's sentence), marked ``cut`` when code is what ends them."""
    if not blocks.code:
        return blocks
    if (outline := _outline(blocks)) is not None:
        return outline
    empty = type(blocks)([])  # (blocks.EMPTY: blocks imports this module)
    start = next((i for i, line in enumerate(blocks.lines) if line not in blocks.code), len(blocks.lines))
    lines = blocks.lines[start:]
    code = next((i for i, line in enumerate(lines) if line in blocks.code), len(lines))
    end, kept = before_code(lines, code) if code < len(lines) else (code, code)  # (what announces it goes with it)
    if code < len(lines) and all(line in blocks.headings for line in lines[:end]):  # (only headings and what
        # announces the code before it: the prose after it, set32 F5)
        labels = _labels(lines[:kept], blocks.headings)  # (step headings and code, more of them after it: the
        # first paragraph past them, or none; set49 F1)
        if (
            labels
            and (past := first_prose(lines[code:], blocks.headings, code=blocks.code, cut=blocks.cut)) is not None
        ):
            return without_code(dataclasses.replace(blocks, lines=lines[code + past :])) if past >= 0 else empty
        rest = without_code(dataclasses.replace(blocks, lines=lines[code:]))
        end = -1 if opens_with_prose(rest.lines, blocks.headings) else kept
        if labels and end == kept and (at := first_prose(rest.lines, blocks.headings, cut=rest.cut)) is not None:
            # (set35 F2)
            return dataclasses.replace(rest, lines=rest.lines[at:]) if at >= 0 else empty
    if end <= 0:
        return rest if end else empty
    return dataclasses.replace(blocks, lines=lines[:end], cut=blocks.cut or end < len(lines))


# A step's number, then a space or its words glued on ("1.Yeni istifadəçi yaratmaq"; not a version's "1.x", a file's
# "1.txt", a date's "12.05.2024": review of f7ca29b), and respaced; the commas of a sentence in a script without spaces
_GLUED_NUMBER = re.compile(r"\A(\d{1,2})\.(?=[^\W\d_])")
_STEP, _STEPS = re.compile(r"\d{1,2}[.)](?:\s|\Z|([^\W\d_]))"), 3  # a step's number, the steps at least
_CLAUSE_MARKS = frozenset("，,、；;")
_LABEL_WORDS, _PHRASE_WORDS, _LABEL_CHARACTERS = 10, 4, 40  # (characters: in a script without spaces, a quarter)


def _outline(blocks: Blocks) -> Blocks | None:
    """A how-to of headings over code and nothing else (set65a F5: "<h4>1.Yeni istifadəçi yaratmaq</h4><pre>…</pre>
    <h4>2.İstifadəçiyə sudo icazəsi vermək</h4>…", nine steps; the excerpt was the first heading alone): its headings,
    each a line, their numbers spaced ("1. Yeni istifadəçi yaratmaq"), the excerpt's list of them. Three numbered
    headings or more, and besides the code only labels ("RSA", "Orijinal faylı saxlamaq:"): a line of prose anywhere
    and the excerpt reads it as it did. A label ends with a colon (ten words, 80 characters at most); a phrase has four
    words or fewer, 40 characters at most, and no sentence's end; in a script without spaces, a quarter of those
    characters and no comma (a sentence there is one "word": "这一步会自动下载所有依赖并编译整个项目", review of f7ca29b).
    Anything else is prose, and so is a list's item."""
    headings = [line for line in blocks.lines if line in blocks.headings]
    steps = sum(_step(heading) for heading in headings)  # (all, but a title's heading above them)
    if steps < _STEPS or steps < len(headings) - 1 or not any(line in blocks.code for line in blocks.lines):
        return None  # (headings without numbers over code: no excerpt, set49 F1)
    for line in blocks.lines:
        if line in blocks.headings or line in blocks.code:
            continue
        words = len(line.split())
        dense = words == 1 and any(c.isalpha() and c.lower() == c.upper() for c in line)  # (no spaces, no case)
        most = _LABEL_CHARACTERS // 4 if dense else _LABEL_CHARACTERS
        label = line[-1] in ":：" and words <= _LABEL_WORDS and len(line) <= 2 * most
        phrase = words <= _PHRASE_WORDS and len(line) <= most and line[-1] not in ".!?。"
        if line[0] == "•" or not (label or phrase) or (dense and not _CLAUSE_MARKS.isdisjoint(line)):
            return None  # (a list's item: prose, "• Python requests post传data要传json而不是dict")
    lines = [_GLUED_NUMBER.sub(r"\1. ", heading, count=1) if _step(heading) else heading for heading in headings]
    return dataclasses.replace(blocks, lines=lines, headings=frozenset(lines), code=frozenset())


def _step(heading: str) -> bool:
    """Whether a heading opens with a step's number: "1. Install", "2)", or glued to a word with a capital or without
    case ("1.Yeni", "3.SSH", "1.安装"), not a lower-case one ("1.x", "1.txt")."""
    m = _STEP.match(heading)
    return m is not None and (m.group(1) is None or m.group(1).isupper() or m.group(1).lower() == m.group(1).upper())


def add_traces(lines: list[str], code: list, rows: list) -> None:
    """``code`` and ``rows`` get the lines that are a trace or a log (is_trace) and not yet code; ``code`` its
    blocks' line numbers (add_gutters)."""
    if code:
        add_gutters(lines, code)
    if not _HINT.search("\n".join(lines)):
        return  # (most texts: nothing a trace holds)
    known = set(code)
    traces = [line for line in lines if line not in known and is_trace(line)]
    code.extend(traces)
    rows.extend(traces)


# What code is made of, sentences hardly ever: a statement's end, braces, a call without arguments, a scope, a comment…
_CODE_TOKENS = re.compile(r"[{};]|::|//|[!=+\-<>]=|\(\)|->")


def reads_as_code(text: str) -> bool:
    """Whether an excerpt is code rather than sentences ("for(vector::iterator iter = v.begin(); iter !=
    v.end();) { if(…) { // delete…": a code token for every four words, six or more; or "class test{ public…; }")."""
    if ";" not in text and "{" not in text:
        return False  # (most: no statement, no block)
    tokens, words = len(_CODE_TOKENS.findall(text)), len(text.split())
    return (tokens >= 6 and tokens * 4 >= words) or (tokens >= 3 and tokens * 2 >= words and "{" in text)  # (set30 F17)


# A code block's line numbers as a plain summary keeps them (Hugo's plainify flattens a highlighted table, its
# numbers' column first): "1 2 3 … n", from 1, before the code; a word with Chinese or Japanese in it ends the code
# (but a comment's, after "#" or "//"). Only in such a text: in another, nothing says where the code ends.
_LINE_NUMBERS = re.compile(r"(?<![\w.,\[(])1 2(?: \d{1,3})*(?= \S)")  # (not a list's items: "[1 2 3]")
_CODE_MARK = re.compile(r"[=\[\]{}|]|::")  # (not a dot: a domain's, "iPhone.com", is prose's too)
# A Chinese or Japanese character (kana, han): a word of a text that puts no spaces between its words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_TOKEN = re.compile(r"\S+")
_MOST_CODE_WORDS = 200  # words of code, at most, looked at after the numbers (a summary's code is a few lines)


def without_line_numbers(line: str) -> str:
    """A plain text's line without the code blocks it holds, each flattened with its line numbers ("…看着清爽 1 2
    IRB.conf[:PROMPT_MODE] = :SIMPLE … 打印和注释": set42 F6, a Hugo summary); numbers not followed by code at once stay
    (a list of scores, "1 2 3 名")."""
    if CJK.search(line) is None:
        return line
    kept: list[str] = []
    pos = 0
    for m in _LINE_NUMBERS.finditer(line):
        numbers = m.group().split()
        n = _counted(numbers)
        if m.start() < pos or not n:
            continue
        after = m.start() + len(" ".join(numbers[:n]))
        first = line[after : after + 60].split()[:3]  # (code at once: "ary = [1,2,3]", "IRB.conf[:PROMPT_MODE]")
        if not first or CJK.search(first[0]) or not _CODE_MARK.search(" ".join(first)):
            continue
        end, comment = after, False
        for count, token in enumerate(_TOKEN.finditer(line, after)):
            if count >= _MOST_CODE_WORDS or (CJK.search(token.group()) and not comment):
                break
            comment = token.group() in ("#", "//") or (comment and CJK.search(token.group()) is not None)
            end = token.end()
        kept.append(line[pos : m.start()].rstrip())
        pos = end
    if not kept:
        return line
    return " ".join(part for part in (*kept, line[pos:].strip()) if part)
