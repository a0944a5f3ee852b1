"""Include/exclude filters over an article's title, excerpt, tags and author.

Keywords match whole words at their word edges (``ai`` does not match
"said", ``CVE-`` matches "CVE-2024-1"); regular expressions match anywhere.
Case-insensitive unless asked. An exclude always wins; when any include is
given, an article must match at least one. Pure: data in, verdict out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Article

MAX_PATTERN_LENGTH = 500


class FilterError(ValueError):
    pass


@dataclass(frozen=True)
class Rule:
    label: str  # what the admin wrote: 'keyword "ransomware"' or 'regex "CVE-\d+"'
    pattern: re.Pattern


@dataclass(frozen=True)
class Filter:
    where: str  # "channel security" / "feed Krebs", for explanations
    include: tuple[Rule, ...] = ()
    exclude: tuple[Rule, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.include or self.exclude)


@dataclass(frozen=True)
class Verdict:
    passed: bool
    reason: str


def keyword_pattern(word: str, *, case_sensitive: bool = False) -> re.Pattern:
    if not word.strip():
        raise FilterError("empty keyword")
    word = " ".join(word.split())
    body = re.escape(word).replace(r"\ ", r"\s+")
    start = r"(?<!\w)" if word[0].isalnum() or word[0] == "_" else ""
    end = r"(?!\w)" if word[-1].isalnum() or word[-1] == "_" else ""
    return re.compile(start + body + end, 0 if case_sensitive else re.IGNORECASE)


def regex_pattern(expression: str, *, case_sensitive: bool = False) -> re.Pattern:
    if len(expression) > MAX_PATTERN_LENGTH:
        raise FilterError(f"longer than {MAX_PATTERN_LENGTH} characters")
    try:
        pattern = re.compile(expression, 0 if case_sensitive else re.IGNORECASE)
    except re.error as exc:
        raise FilterError(f"invalid regular expression {expression!r}: {exc}") from None
    if _nested_repeat(expression):
        # Python's re backtracks: (a+)+$ against "aaaa…b" takes exponential time
        # and would stall every poll. Refuse the shape instead.
        raise FilterError(f"regular expression {expression!r} repeats a repetition (like (a+)+), "
                          "which can take forever on some text; write it without the nesting")  # fmt: skip
    return pattern


def _nested_repeat(expression: str) -> bool:
    """Does the pattern put an unbounded repetition inside another one?"""
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]  # the stdlib's own parser (3.11+)
    except ImportError:  # pragma: no cover - older layouts
        import sre_parse

    repeats = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", None)}

    def walk(items, inside: bool) -> bool:
        for op, arg in items:
            if op in repeats:
                low, high, sub = arg
                unbounded = high == sre_parse.MAXREPEAT or high > 100
                if unbounded and inside:
                    return True
                if walk(sub, inside or unbounded):
                    return True
            elif (
                op is sre_parse.SUBPATTERN
                and walk(arg[-1], inside)
                or op is sre_parse.BRANCH
                and any(walk(branch, inside) for branch in arg[1])
            ):
                return True
        return False

    try:
        return walk(sre_parse.parse(expression), False)
    except Exception:  # the parser's internals are not a promise: fail open, the pattern compiled
        return False


def build_filter(
    where: str,
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    include_regex: Sequence[str] = (),
    exclude_regex: Sequence[str] = (),
    case_sensitive: bool = False,
) -> Filter:
    def rules(words: Sequence[str], regexes: Sequence[str]) -> tuple[Rule, ...]:
        out = [Rule(f'keyword "{w}"', keyword_pattern(w, case_sensitive=case_sensitive)) for w in words]
        out += [Rule(f'regex "{r}"', regex_pattern(r, case_sensitive=case_sensitive)) for r in regexes]
        return tuple(out)

    return Filter(where, include=rules(include, include_regex), exclude=rules(exclude, exclude_regex))


def searchable(article: Article) -> str:
    return "\n".join([article.title, article.excerpt, " ".join(article.tags), article.author])


def check(article: Article, *filters: Filter) -> Verdict:
    """Does the article pass every filter? The reason says which rule decided."""
    text = searchable(article)
    for f in filters:
        for rule in f.exclude:
            if rule.pattern.search(text):
                return Verdict(False, f"excluded by {f.where}: {rule.label} matched")
    for f in filters:
        if f.include and not any(rule.pattern.search(text) for rule in f.include):
            wanted = ", ".join(rule.label for rule in f.include)
            return Verdict(False, f"not included by {f.where}: none of {wanted} matched")
    matched = [f"{f.where}: {rule.label}" for f in filters for rule in f.include if rule.pattern.search(text)]
    return Verdict(True, "included (" + "; ".join(matched) + ")" if matched else "no filter applies")
