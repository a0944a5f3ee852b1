"""CVE ids (``CVE-2024-12345``) in text and in markup, for normalize.py.

``cve_ids`` reads them in clean text (bot/cvetext.py, which the digest's
clustering imports without the cleaning). ``html_may_mention_cve`` and
``markup_cve_ids`` answer for markup without cleaning all of it (issues 8 and
14: an entry's content cleaned only to look for ids was a fifth of the
cleaning): they read the markup as clean.html_to_text would, as far as an id
can tell (tests/test_clean.py checks them against cleaning).
"""

from __future__ import annotations

import html as htmllib
import re
from html.entities import html5 as _HTML5_REFERENCES

from .clean import ENTITY, NOT_XML_OR_INVISIBLE, html_to_text
from .cvetext import cve_ids
from .cvetext import has_cve_letters as _has_cve_letters
from .struck import STRUCK_TAGS

__all__ = ["cve_ids", "html_may_mention_cve", "markup_cve_ids"]


def html_may_mention_cve(markup: str) -> bool:
    """False when html_to_text(markup) certainly holds no CVE id (so cve_ids finds none in it).

    Issue 8: an entry with a full summary cleans its content only to look for
    CVE ids, a fifth of the cleaning. The text html_to_text makes is the
    markup's own characters, in order, less markup, character references and
    invisible characters; the only characters added are spaces, newlines and
    bullets. So its "CVE" (ASCII letters, even ignoring case) is in the markup
    as it is, or a character reference makes one of the letters (no named
    reference, no NFC composition makes an ASCII letter: tests/test_clean.py
    checks), or what sits between two of the letters in the markup goes away:
    then the character right after the "C" or the "V" is "<", "&" or one that
    is removed. Such a join is looked at more closely (_join_keeps_apart): in
    real feeds it is mostly a word ending in "c" before a tag ("Mac</a> and").
    """
    if _has_cve_letters(markup) or _CVE_LETTER_REFERENCE.search(markup):
        return True
    return any(not _join_keeps_apart(markup, join.start() + 1) for join in _CVE_JOIN.finditer(markup))


def _join_keeps_apart(markup: str, pos: int) -> bool:
    """True when the "C" or "V" just before markup[pos] (a "<", "&" or removed
    character) is certainly not followed by another letter in the text, but by
    a separator or a character that is kept; False when unsure.

    What follows it is read as the HTML parser reads it, as far as that is
    certain: end tags and the start tags of inline elements (never dropped, so
    what comes after them is kept or goes with the letter itself) and white
    space (kept, or gone) are skipped; the start tag of a block, a list item or
    a line break puts a separator in; a kept character (printable, not a space,
    "<", "&" or a letter of "cve") or a reference that makes one, or the end of
    the markup, ends the question. Anything else (another start tag, which may
    open an element that is dropped with its content, a comment, an invisible
    character, a reference to "<") is unsure. A second cleaning pass (markup
    left as text) reads the same characters again, so the answer holds then too.
    """
    while True:
        skipped = _JOIN_SKIP.match(markup, pos)
        if skipped is None:
            break
        pos = skipped.end()
    if pos == len(markup) or _JOIN_BREAK.match(markup, pos):
        return True
    reference = ENTITY.match(markup, pos)
    if reference is None:
        return _kept_apart(markup[pos])
    name = reference.group()[1:]
    if name[0] != "#":
        char = _HTML5_REFERENCES.get(name, "")
        return len(char) == 1 and _kept_apart(char)
    code = int(name[2:-1], 16) if name[1] in "xX" else int(name[1:-1])
    # Only code points every decoder maps to themselves (not C1's windows-1252 stand-ins).
    return (0x20 < code < 0x7F or 0xA0 <= code <= 0x10FFFF) and not 0xD800 <= code <= 0xDFFF and _kept_apart(chr(code))


def _kept_apart(char: str) -> bool:
    return char.isprintable() and not char.isspace() and char not in "<&cveCVE"


_CVE_JOIN = re.compile("[CVcv][<&\r" + NOT_XML_OR_INVISIBLE.pattern[1:])
# A start tag's attributes, as the HTML tokenizer reads well-formed ones (anything else does not match).
_START_TAG_REST = r"""(?=[\s/>])(?:\s+[^\s"'<>=/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*\s*/?>"""
# What _join_keeps_apart skips: white space, an end tag, an inline element's start tag.
_JOIN_SKIP = re.compile(
    r"\s+|</[A-Za-z][A-Za-z0-9]*\s*>|<(?:b|i|u|em|strong|span|code|sup|sub|small|big|kbd|samp|var|mark|abbr"
    r"|cite|q|dfn|time|ins|tt|font|img|wbr)" + _START_TAG_REST  # (not <del>, <s>, <strike>: their text may go)
)
# Start tags that always make an element the text is split at (a line, or a space after a <br>).
_JOIN_BREAK = re.compile(r"<(?:p|li|br|hr|h[1-6]|ul|ol|blockquote)" + _START_TAG_REST)
# "&#99;", "&#x43", "&amp;#0067;": C, V or E as a decimal or hexadecimal reference.
_CVE_LETTER_REFERENCE = re.compile(
    r"#(?:0*(?:67|99|86|118|69|101)(?![0-9])|[xX]0*(?:43|63|56|76|45|65)(?![0-9a-fA-F]))"
)


def markup_cve_ids(markup: str) -> list[str]:
    """CVE ids in markup that is not cleaned into blocks (the rest of a long
    field whose head gives the excerpt: issue 14). The text around each "CVE"
    in it is read with regexes, in C: inline tags go, other tags and comments
    become spaces, character references are read (twice, for escaped markup),
    invisible characters go. That is the text html_to_text makes, as far as a
    CVE id can tell: the same characters in order, blocks apart. (Markup that
    spells "CVE" only with references or across tags is read whole; markup with struck-through text is cleaned
    whole: whether that goes depends on its block, bot/struck.py.)"""
    if _STRUCK.search(markup):
        return cve_ids(html_to_text(markup)) if html_may_mention_cve(markup) else []
    if _CVE_LETTER_REFERENCE.search(markup):
        return cve_ids(_markup_text(markup)) if html_may_mention_cve(markup) else []
    # Where an id may start: a "CVE", or a "C" or "V" that markup may join to
    # the next letter (what html_may_mention_cve looks for). Both looked for with
    # bytes.find in the markup's UTF-8 as _LOOK reads it first: most markup has
    # neither, and the regexes' scans tested each character (issue 15).
    look = markup.encode("utf-8", "surrogatepass").translate(_LOOK)
    spots = [m.start() for m in _CVE_LETTERS.finditer(markup)] if b"cve" in look else []
    spots += [at for at in _joins(markup, look) if not _join_keeps_apart(markup, at + 1)]
    found: list[str] = []
    end = -1
    for start in sorted(spots):
        if start < end:  # (within the window before)
            continue
        end = start + _CVE_WINDOW
        found += [cve for cve in cve_ids(_markup_text(markup[max(0, start - 40) : end])) if cve not in found]
    return found


def _joins(markup: str, look: bytes) -> list[int]:
    """Where _CVE_JOIN matches in the markup (the index of its "C" or "V"), found in ``look``,
    the markup's UTF-8 as _LOOK reads it: a match is a "C" or "V" (one byte, "c" or "v" there)
    then a character that is ASCII that _LOOK reads as "<", or not ASCII (its first byte is
    read as "<" too). So each match is at a "c<" or "v<" of ``look``, and each of those is
    checked with _CVE_JOIN, at the index of its character: its byte's, less the continuation
    bytes ("~") before it. (Two matches never overlap: neither "C" nor "V" can follow one.)"""
    places: list[int] = []
    for pair in (b"c<", b"v<"):
        at = look.find(pair)
        while at >= 0:
            places.append(at)
            at = look.find(pair, at + 1)
    found: list[int] = []
    continuations = done = 0
    for at in sorted(places):
        continuations += look.count(b"~", done, at)
        done = at
        if _CVE_JOIN.match(markup, at - continuations):
            found.append(at - continuations)
    return found


# markup_cve_ids' reading of UTF-8: "c", "v", "e" in either case as "c", "v", "e"; the ASCII characters
# _CVE_JOIN takes after a "C" or "V", and the first byte of every character that is not ASCII, as "<";
# a continuation byte as "~"; any other byte as ".".
_LOOK = bytes(
    ord("c") if b in b"cC" else ord("v") if b in b"vV" else ord("e") if b in b"eE"
    else ord("<") if b >= 0xC0 or b < 0x80 and _CVE_JOIN.match("c" + chr(b))
    else ord("~") if b >= 0x80 else ord(".")
    for b in range(256)
)  # fmt: skip


def _markup_text(markup: str) -> str:
    text = markup
    for _ in range(2):
        text = _ANY_TAG.sub(" ", _INLINE_TAG.sub("", text))
        if "&" not in text:
            break
        text = htmllib.unescape(text)
    # (a run of spaces is one, as in cleaned text: "CVE-  2024-2024" is an id there, a hypothesis example)
    return _SPACES.sub(" ", NOT_XML_OR_INVISIBLE.sub("", text))


_SPACES = re.compile(r"\s{2,}")
_CVE_LETTERS = re.compile("[Cc][Vv][Ee]")
# (bot/struck.py's tags, escaped too: a second pass's)
_STRUCK = re.compile(rf"(?:<|&lt;)(?:{'|'.join(STRUCK_TAGS)})(?:[\s/>]|&gt;)", re.IGNORECASE)
# Markup after a "CVE" read for its id: an id with tags around each character
# of it (<span>s of a syntax highlighter) is still shorter.
_CVE_WINDOW = 400
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|cite|code|del|em|font|i|ins|kbd|mark|s|samp|small|span|strike|strong|sub|sup|tt|u|var)\b[^<>]*>",
    re.I,
)
_ANY_TAG = re.compile(r"<!--.*?-->|<[!/?a-zA-Z][^<>]*>", re.S)
