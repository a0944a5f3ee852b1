"""Commands and code in a text without markup (set43 F2): Hugo's plainified summary keeps a post's ``<pre>`` blocks as
plain words, so nothing marks them as code ("…Kullanma; # Kurulum: npm install -g nvmw # nvmw kurulumu nvmw install
v8.12.0 …", "…하겠다. 1. install curl -LO https://… sudo dpkg -i minikube_latest_amd64.deb …", "// Global Error Handler
app.use(function (err, req, res, next) { let status = …"). A stretch whose words are mostly a shell's or a program's
(a command and its argument, flags, paths, comments, braces, statements) is code: the line is split where it starts
and the rest of the line is code's (bot/blocks.without_code ends the excerpt before it). Prose naming a command
inline ("Run sudo apt-get install nginx to set it up.") has too few such words to be read as code.
"""

from __future__ import annotations

import re

from .cuts import last_sentence_end

# Commands a shell line opens with (a general list of Unix tools and package managers, not a feed's): the command
# and the word after it (its argument or subcommand) are code's.
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
        "go",
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
        "cat",
        "echo",
        "touch",
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
        "service",
        "export",
        "source",
        "alias",
        "nano",
        "vi",
        "vim",
        "make",
        "gradle",
        "mvn",
        "nvm",
        "nvmw",
        "rbenv",
        "pyenv",
        "python3",
        "node",
        "deno",
    ]
)
# A word that is code on its own: a flag (-x, --flag), a path (~/…, ./…, /usr/…), a variable ($HOME, $?), a shebang,
# a comment's mark, an operator, a brace, a statement's end, a call (app.use(…), f()), an assignment (a=b), a
# snake_case name or a file's name with a program's extension.
_CODE_WORD = re.compile(
    r"--?[A-Za-z][\w-]*|[~.]?/[\w.~-]+/\S*|\$[\w?{(]\S*|#!/\S*|#|//|/\*|\*/|[{}();]|\|\|?|&&|>>?|=>?|\S*[;{}]"
    r"|\w+(?:\.\w+)+\(\S*|\w+\(\)?\S*|[\w.]+=\S*|\w+_\w+\S*|\S+\.(?:sh|deb|rpm|py|js|json|conf|ya?ml|bak|tar|gz)"
)
_HINT = re.compile(r"(?:^|\s)(?:--?[A-Za-z]|#|//|\$\w|[{}])|(?:^|\s)(?:sudo|npm|pip|curl|cd|mkdir|git|apt\S*) ")
# A word of Chinese, Japanese or Korean: prose's, among commands named in a sentence ("npm install -g yarn や npm…").
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_WINDOW = 8  # words looked at together
_CODE_SHARE = 5  # of them code's, at least
# A step's number, a comment's mark or a label before the code ("1. install", "# Kurulum:").
_STEP = re.compile(r"\d{1,2}[.)]|#+|\S+:")


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
            while start and _STEP.fullmatch(words[start - 1]) and not words[start - 1].endswith((".:", ";:")):
                start -= 1
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
