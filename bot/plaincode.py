"""Commands and code in a text without markup (set43 F2): Hugo's plainified summary keeps a post's ``<pre>`` blocks as
plain words, so nothing marks them as code ("…Kullanma; # Kurulum: npm install -g nvmw # nvmw kurulumu nvmw install
v8.12.0 …", "…하겠다. 1. install curl -LO https://… sudo dpkg -i minikube_latest_amd64.deb …", "// Global Error Handler
app.use(function (err, req, res, next) { let status = …"). A stretch whose words are mostly a shell's or a program's
(a command and its argument, flags, paths, comments, braces, statements) is code: the line is split where it starts
and the rest of the line is code's (bot/codeblocks.without_code ends the excerpt before it). Not where unfinished prose
goes on into the code and, after it, into prose's sentence end: a command named inline ("Use git log --oneline --graph
--decorate --all to see the whole history of the branch.", "Then run sudo apt-get update && …") stays.
"""

from __future__ import annotations

import re

from .codeblocks import CJK
from .cuts import last_sentence_end

# Commands a shell line opens with (a general list of Unix tools and package managers, not a feed's; no English word,
# "make", "go", "cat", "source"): the command and the word after it (its argument or subcommand) are code's.
_COMMANDS = frozenset(
    [
        "sudo",
        "apt",
        "apt-get",
        "apt-add-repository",
        "dpkg",
        "yum",
        "dnf",
        "pacman",
        "brew",
        "npm",
        "npx",
        "yarn",
        "pnpm",
        "pip",
        "pip3",
        "gem",
        "cargo",
        "curl",
        "wget",
        "cd",
        "mkdir",
        "rmdir",
        "rm",
        "mv",
        "cp",
        "ls",
        "pwd",
        "chmod",
        "chown",
        "ln",
        "grep",
        "sed",
        "awk",
        "tar",
        "unzip",
        "ssh",
        "scp",
        "git",
        "docker",
        "kubectl",
        "systemctl",
        "nano",
        "vi",
        "vim",
        "gradle",
        "mvn",
        "rbenv",
        "pyenv",
        "python3",
        "deno",
    ]
)
# A word that is code on its own: a flag (-x, --flag), a path (~/…, ./…, /usr/…), a variable ($HOME/, $my_var, $?;
# not a price or a ticker, "$5", "$AAPL,"), a shebang, a comment's mark, an operator, a brace, a statement's end (not
# a word ending a clause, "hour;"), a call (app.use(…), f()), an assignment (a=b), a snake_case name or a file's name
# with a program's extension.
_CODE_WORD = re.compile(
    r"--?[A-Za-z][\w-]*|[~.]?/[\w.~-]+/\S*|\$(?:[a-z_?{(]|[A-Z]\w*[_/:])\S*|#!/\S*|#|//|/\*|\*/|[{}();]|\|\|?|&&"
    r"|>>?|=>?|(?![^\W\d_]+;$)\S*[;{}]"
    r"|\w+(?:\.\w+)+\(\S*|\w+\(\)?\S*|[\w.]+=\S*|\w+_\w+\S*|\S+\.(?:sh|deb|rpm|py|js|json|conf|ya?ml|bak|tar|gz)"
)
_HINT = re.compile(r"(?:^|\s)(?:--?[A-Za-z]|#|//|\$\w|[{}])|(?:^|\s)(?:sudo|npm|pip|curl|cd|mkdir|git|apt\S*) ")
# A word of Chinese, Japanese or Korean: prose's, among commands named in a sentence ("npm install -g yarn や npm…").
_SPACELESS = re.compile(f"{CJK.pattern}|[\uac00-\ud7af]")
_WINDOW = 8  # words looked at together
_CODE_SHARE = 5  # of them code's, at least
# A step's number, a comment's mark or a label before the code ("1. install", "# Kurulum:"; a label only first in its
# line or after a mark: "Install it with: sudo …" announces the commands, code_split).
_MARK = re.compile(r"\d{1,2}[.)]|#+|//")
_LABEL = re.compile(r"\S+:")
# Prose after the code, up to a sentence's end ("…--force-recreate and the services restart with the new images."):
# three words at least, none code's, the last ending the sentence (the code's: no sentence ends before). After unfinished prose ("Then run sudo apt-get …"),
# not a step's heading or a comment, the code is a command named in a sentence; after a finished sentence or first
# in its line, a block's words, a sentence about them after it ("npm install actionhero … npm start 이렇게 설치하고…").
_TAIL = 3
_ENDS = (".", "!", "?", "。", "！", "？")


def _code_words(words: list[str]) -> list[bool]:
    marks = [False] * len(words)
    for i, word in enumerate(words):
        if word in _COMMANDS:
            marks[i] = True
            if i + 1 < len(words):
                marks[i + 1] = True
        elif _CODE_WORD.fullmatch(word):
            marks[i] = True
    return marks


def code_start(line: str) -> int:
    """Where a run of code starts in a line of plain text (-1: none): the first of ``_WINDOW`` words of which
    ``_CODE_SHARE`` are code's, with the step number or label right before it ("1. install", "# Kurulum:")."""
    if _HINT.search(line) is None:
        return -1
    spans = [m.span() for m in re.finditer(r"\S+", line)]
    words = [line[a:b] for a, b in spans]
    marks = _code_words(words)
    count = sum(marks[:_WINDOW])
    for i in range(len(words)):
        if count >= _CODE_SHARE and marks[i] and not any(_SPACELESS.search(w) for w in words[i : i + _WINDOW]):
            start = i
            while start and (
                _MARK.fullmatch(words[start - 1])
                or _LABEL.fullmatch(words[start - 1])
                and not words[start - 1].endswith((".:", ";:"))
                and (start == 1 or _MARK.fullmatch(words[start - 2]))
            ):
                start -= 1
            last = max(j for j in range(i, len(words)) if marks[j])
            tail = [word.rstrip("\"'”’)").endswith(_ENDS) for word in words[last + 1 :]]
            if start and len(tail) >= _TAIL and tail[-1] and not any(tail[:-1]):
                # (the line goes on into prose's sentence end: after unfinished prose, a command named in a sentence)
                end = last_sentence_end(line, spans[start][0])
                heading = line[max(end, 0) : spans[start][0]].strip()
                if heading and not _MARK.match(heading):
                    return -1
            return spans[start][0]
        count -= marks[i]
        if i + _WINDOW < len(words):
            count += marks[i + _WINDOW]
    return -1


def code_split(lines: list[str], code: list) -> list[str]:
    """The lines of a text without markup with each run of code (code_start) a line of its own, in ``code``; what
    precedes it on its line is kept up to its last sentence's end (a step's heading, "1. Gradle 로 Kotlin 프로젝트 생성",
    is the code's); a line after the code that ends no sentence is the code's too."""
    out: list[str] = []
    after = False  # (a line ending no sentence after code is the code's label: "NPM: NPM Linki")
    for line in lines:
        start = code_start(line) if line not in code else -1
        if start < 0:
            if after and last_sentence_end(line, len(line)) < 0:
                code.append(line)
            else:
                after = False
            out.append(line)
            continue
        if (line[:start].rstrip() or (out[-1] if out and not after else "")).endswith((":", "：")):
            out.append(line)  # (a sentence announcing the commands, "运行以下命令： wget …": the excerpt's as before)
            after = False
            continue
        after = True
        end = last_sentence_end(line, start) if start else -1
        if end > 0:
            out.append(line[:end].rstrip())
        out.append(line[max(end, 0) :].strip())
        code.append(out[-1])
    return out


# A how-to step that is a short label and a command (set54 F11: "MySQL 开启 Binlog：sudo vim /etc/mysql/mysql.conf.d/
# mysqld.cnf。", an inline <code> after its label): four words at most before the colon, then a shell's command whose
# words are mostly code's, and no prose's (not "Tip: git is a version control system.", nor a longer sentence that
# names a command: "We can install it from the terminal, which is easy: pip install x.").
_STEP = re.compile(r"(?P<label>[^:：\s]++(?:\s[^:：\s]++){0,3}?)\s*[:：]\s*(?P<command>[^\s:：]\S*(?:\s\S+){0,11})")
_LABEL_LENGTH = 24


_PROSE_WORDS = (
    "is are was were be been the a an and or but not so too very down up again here there fine good great bad well"
    " better worse overkill est sont ist sind es é são"
)
_PROSE = frozenset(_PROSE_WORDS.split())
_FILE = re.compile(r"\w\.(?:[a-z]{1,4}|conf|json|yaml|toml)$")
# A label in a wide script and its full-width colon, then a lower-case name and a lower-case word after it: a command
# and its subcommand ("新建一篇博客：hexo new post “article title”", set58 F7: a digest's summary sentence), whatever the
# tool; not a name, "作者：John Smith", nor an ASCII colon's "Tip: …".
_WIDE_STEP = re.compile(r"[^:：]*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]\s*：\s*[a-z][\w.-]* [a-z]")


# ... or a setting and its value, the step's whole text after its label ("调用端点：base_url="https://…/twinkle"", a
# how-to's step, modelscope--twinkle-zh.xml in set61, N1: a digest's summary sentence)
# (a setting's name in code's case, "base_url", "api.key", and a value of ASCII; not "GDP=5.2%，高于…", "Arsenal=2",
# "n=42": the review)
_ASSIGNMENT = re.compile(r"[a-z_][a-z0-9_.]*[_.][a-z0-9_.]*\s?=\s?[!-~]+")


def command_step(sentence: str) -> bool:
    """Whether a sentence is only a step's label and the command it runs (see above): no summary's sentence."""
    step = _STEP.fullmatch(sentence.rstrip("。.!！ "))
    if step is not None and len(step.group("label")) <= _LABEL_LENGTH and _ASSIGNMENT.fullmatch(step.group("command")):
        return True
    if step is None or len(step.group("label")) > _LABEL_LENGTH or _SPACELESS.search(step.group("command")):
        return False
    words = step.group("command").split()
    # (a path, a flag, an option or a file among its arguments, "sudo vim /etc/mysql/…", or no word of prose, "sudo
    # service postgresql restart"; not "Bottom line: pip is fine.", "Status: docker down again.": the review)
    argument = any(word[0] in "-/~." or "=" in word or "/" in word or _FILE.search(word) for word in words[1:])
    prose = "," in step.group("command") or any(word.casefold().strip(".!") in _PROSE for word in words)
    if not prose and _WIDE_STEP.match(sentence):
        return True  # (a tool of the text's own, not a shell's: "hexo new post …", set58 F7)
    return words[0] in _COMMANDS and (argument or not prose) and 2 * sum(_code_words(words)) >= len(words)


# A step of a how-to that names the button to press, its label in quotes, in Latin letters in a Chinese sentence ("由于
# 只能装 C 盘，所以直接点 “ok” 就开始安装了。" after a screenshot not shown, set60 F8) or opening an English one ("Click
# "Next" to go on."): read alone, one step of many. Not "重点“…”" (a point in Chinese words), nor a feature named in
# passing ("Users can click "Share" to…": the verb opens no step there). The review of set 61: a bare "点" is a click only
# after a function word that leads a step ("直接点", "再点"; not "观点"/"亮点"/"重点", a noun's end), a bare "按" only
# before "键" ("按“Enter”键"; not "按“GDP”口径计算", "according to"), the label all Latin ("观点“AI泡沫论”" is a name);
# an English label is followed by the end, a function word or a control's name ("Click "Next" to…"), not by the noun it
# names ("Hit 'Squid Game' series is renewed…", "Select "Premium" subscribers will…").
_LABEL_TEXT = r"\s?[A-Za-z][A-Za-z0-9 .+-]{0,20}[”\"」]"
_CLICK_STEP = re.compile(
    r"(?:点击|单击|双击|按下)\s?[“\"「]"
    + _LABEL_TEXT
    + r"|(?:^|[\s，,：:]|直接|然后|接着|最后|再|先|就|请|并|只需|可以)点\s?[“\"「]"
    + _LABEL_TEXT
    + r"|按\s?[“\"「]"
    + _LABEL_TEXT
    + r"\s?键"
    r"|^(?:Click|Tap|Press|Hit|Select)\s+(?:on\s+)?(?:the\s+)?[“\"'‘][^”\"'’\n]{1,30}[”\"'’]"
    r"(?:\s*(?:[.,;:!)]|$)|\s+(?:to|and|then|or|if|when|in|on|at|from|under|again|once|button|tab|menu|link|icon|key)\b)"
)


def click_step(sentence: str) -> bool:
    """Whether a sentence is a step that names the button to press (see above): no summary's sentence."""
    return _CLICK_STEP.search(sentence) is not None
