"""Inline code that a text without markup has on lines of its own, joined back into its sentence.

A release feed's generator flattened GitHub's release HTML and put every ``<code>`` span on a
line of its own (set27 F5): "Added" / "@plugin" / "mentions so users…", "…now expose" /
"GET /readyz" / "and" / "GET /healthz" / "on the same listener…", "…payload (including" /
"codex" / "and" / "rg" / ") (" / "#12740" / ")". Read line by line (blocks.unwrapped), "Added"
was a heading of its own and the sentence was cut inside its parenthesis. Before that reading:

- a short line that looks like code (a mark code has: "@", "/", "_", "$", "#", "`", "=", a dot
  inside a word or before one, camel case: "GET /readyz", "js_repl", ".mjs", "SessionStart"),
  between a line that ends no sentence and one that goes on with it (lower case, a comma, a
  closing bracket), joins the line before it;
- a sentence's line (longer than a code line, or a sentence and "(": not "import (") that leaves a bracket open takes the
  short lines up to the one that closes it (eight at most), without a space inside the brackets:
  "(including codex and rg) (#12740)";
- a line that starts with a comma or a semicolon goes on with the one before;
- the issue numbers a line then ends with, "(#13782)", "(#12715, #10954)", go: GitHub's links to
  them, without their addresses (bot/gitrefs.py drops them where they are links).
"""

from __future__ import annotations

import re

from .cuts import BLOCK_END, is_spaceless

_SHORT = 40  # a code span's line, a bracket's inner line
_CODE = re.compile(r"[@/_$#`=<>{}\[\]]|^\.\w|\w\.\w|[a-z][A-Z]")
_ON = ",;)]"  # what a line never starts with, but a sentence's middle
_REFS = re.compile(r"\s*\(#\d+(?:,\s*#\d+)*\)$")
_LIST_ITEM = re.compile(r"(?:[-*•–]|\d{1,3}[.)])\s")


def code_joined(lines: list[str]) -> list[str]:
    """The lines with inline code and bracketed parts put back into their sentence (see above)."""
    if not any(_CODE.search(line) or line[0] in ",;" or line[-1] in "([" for line in lines):
        return lines  # (cheap: most texts have none)
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if out and (end := _closing(lines, i, out[-1])) is not None:
            for part in lines[i : end + 1]:
                out[-1] = _join(out[-1], part)
            out[-1] = _REFS.sub("", out[-1]) or out[-1]
            i = end + 1
            continue
        if out and _unended(out[-1]) and (line[0] in ",;" or (i + 1 < n and _code(line) and _goes_on(lines[i + 1]))):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
        i += 1
    return out


def _closing(lines: list[str], i: int, before: str) -> int | None:
    """The index of the line that closes the bracket ``before`` leaves open, if short lines lead to it."""
    depth = before.count("(") - before.count(")")
    if depth <= 0 or "(" not in before[-_SHORT:]:
        return None
    if len(before) <= _SHORT and not BLOCK_END.search(before[:-1].rstrip()):
        return None  # (a line of code: "import (", not a sentence's "…hook events. (")
    for k in range(i, min(i + 8, len(lines))):
        if len(lines[k]) > _SHORT:
            return None
        depth += lines[k].count("(") - lines[k].count(")")
        if depth <= 0:
            return k
    return None


def _unended(line: str) -> bool:
    return not BLOCK_END.search(line, max(0, len(line) - 8)) and not is_spaceless(line[-1])


def _code(line: str) -> bool:
    return (
        len(line) <= _SHORT
        and len(line.split()) <= 3
        and _CODE.search(line) is not None
        and not _LIST_ITEM.match(line)
        and _unended(line)
    )


def _goes_on(after: str) -> bool:
    return after[:1].islower() or after[:1] in _ON


def _join(line: str, part: str) -> str:
    return line + ("" if line[-1] in "([" or part[0] in _ON else " ") + part
