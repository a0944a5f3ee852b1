"""A news feed's typographic lead-in in capitals: each story opens with its first words shouted ("HRVATSKI sabor već
ovaj tjedan…", "NOVAK ĐOKOVIĆ plasirao se…", "OBA TRENERA koja su…": index.hr, set 69a F1), the publication's style
and not the words' case. Only a feed-wide habit is read so: most of a feed's entries open their text with one to three
words in capitals before a lower-case word, and their titles do not. Each such run is then written in the case its
words have elsewhere (the entry's title and text, then the feed's), acronyms kept ("PSG", "NATO"). A single entry's
shouted word, a feed whose texts are all capitals and scripts without case are left as they are. Pure."""

from __future__ import annotations

import dataclasses
import html
import re
from collections import Counter

from .parse import ParsedFeed, RawEntry

LEAD_ENTRIES, LEAD_SHARE = 5, 0.6  # entries (distinct) that open so, at least, and their share of the feed's
TITLE_SHARE = 0.3  # titles that open so, at most (a feed whose titles shout as its texts do: its style, not a lead-in)
MOST_WORDS = 3  # words in capitals a lead-in has, at most (more: a shouted sentence)
EVIDENCE = 3000  # characters of each text its words' case is read from, at most (a story's start names its people)
SHORT = 2  # letters of a word no other text cases: kept in capitals when no longer ("SP", "IV", "B")
_OPENING = re.compile(r"(?:\s|<[^<>]{0,2000}>)*")  # (markup before the text: an <img>, a <p>)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_WORD = re.compile(r"[^\W\d_]+")  # a word's letters ("PSG-a": "PSG", "a")
_QUOTES = "\"'“„«»‘‚("


def lead_cased(parsed: ParsedFeed) -> ParsedFeed:
    """``parsed`` with its entries' capital lead-ins in their words' case, when they are the feed's habit
    (set 69a F1); else ``parsed`` itself."""
    entries = parsed.entries
    distinct = {(entry.title, entry.link): entry for entry in entries}
    if len(distinct) < LEAD_ENTRIES:
        return parsed
    opened = sum(1 for entry in distinct.values() if _run(_text(entry))[1])
    titled = sum(1 for entry in distinct.values() if _run(entry.title)[1])
    if opened < LEAD_SHARE * len(distinct) or titled > TITLE_SHARE * len(distinct):
        return parsed
    feed_words = Counter(_forms("\n".join(_unshouted(entry) for entry in distinct.values())))
    return dataclasses.replace(parsed, entries=[_recased(entry, feed_words) for entry in entries])


def _text(entry: RawEntry) -> str:
    return entry.summary if entry.summary.strip() else entry.content


def _run(field: str, strict: bool = True) -> tuple[int, str]:
    """Where a field's text opens (past markup and an opening quote) and its lead-in there: one to MOST_WORDS words
    in capitals, two letters at least, before a word in lower case ("" when it opens otherwise). Not ``strict``
    (the feed's habit known): before any word not in capitals ("ELON Musk", "EDIN DŽEKO (39)")."""
    start = _OPENING.match(field).end()  # type: ignore[union-attr]  # (it matches any text)
    while start < len(field) and field[start] in _QUOTES:
        start += 1
    run: list[str] = []
    for word in field[start : start + 400].split(" ")[: MOST_WORDS + 1]:
        shouted = word.isupper() and _WORD.search(word) and "&" not in word and "<" not in word
        if not shouted and (word.lstrip(_QUOTES)[:1].islower() or (not strict and run and word)):
            letters = sum(len(part) for one in run for part in _WORD.findall(one))
            return (start, " ".join(run)) if run and letters >= 2 else (start, "")
        if not shouted:
            break
        run.append(word)
    return start, ""


def _plain(field: str) -> str:
    return html.unescape(_TAG.sub(" ", field))


def _unshouted(entry: RawEntry) -> str:
    """The entry's title and texts without their texts' lead-ins: the words' case as they have it elsewhere (a
    title's label in capitals, "VIDEO Slavlje u Parizu", opens it: the next word is a sentence's first)."""
    start, run = _run(entry.title, strict=False)
    texts = [f"{entry.title[: start + len(run)]}\n{entry.title[start + len(run) :]}" if run else entry.title]
    for field in (entry.summary, entry.content):
        start, run = _run(field, strict=False)
        after = start + len(run) if run else 0
        texts.append(_plain(field[after : after + EVIDENCE]))
    return "\n".join(texts)


_INITIAL = re.compile(r"(?:\A|\n|[.!?:]\s)\W*\Z")  # (what a sentence's first word follows)


def _forms(text: str) -> list[tuple[str, str]]:
    """Each word of ``text`` (lower-cased) with its case: "upper", "title", "lower", or "initial" (a title-cased
    word that opens a sentence, which may be any word); others none."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) >= 2 and word.isupper():
            found.append((word.lower(), "upper"))
        elif word.islower():
            found.append((word, "lower"))
        elif word.istitle():
            initial = _INITIAL.search(text, max(0, match.start() - 6), match.start())
            found.append((word.lower(), "initial" if initial else "title"))
    return found


def _recased(entry: RawEntry, feed_words: Counter[tuple[str, str]]) -> RawEntry:
    own = Counter(_forms(_unshouted(entry)))
    fields = {}
    for name in ("summary", "content"):
        field = getattr(entry, name)
        start, run = _run(field, strict=False)
        if run:
            cased, at, named = [], 0, False
            for match in _WORD.finditer(run):
                word = _case(match.group(), own, feed_words, at > 0, named)
                cased += [run[at : match.start()], word]
                at, named = match.end(), word != match.group() and not own[word, "lower"] + feed_words[word, "lower"]
            text = "".join(cased) + run[at:]
            fields[name] = field[:start] + text[:1].upper() + text[1:] + field[start + len(run) :]  # (a sentence's)
    return dataclasses.replace(entry, **fields) if fields else entry


_CASES = ("upper", "lower", "title")  # (a tie: the first)


def _case(
    word: str, own: Counter[tuple[str, str]], feed_words: Counter[tuple[str, str]], inner: bool, named: bool
) -> str:
    """A word of a lead-in in the case it has elsewhere, the entry's text counting thrice the feed's: the same
    word first, then one of its forms ("Carragherom" for "CARRAGHER", "Džeki" for "DŽEKO"), then a sentence's
    first word ("Đoković izbacio…", the title); else, past the lead-in's first word, in capitals when short ("SP",
    "IV"), a name's after a word never seen in lower case (``named``: "DESIRE DOUE", "YANN BISSECK"); else in
    lower case ("OVE MALE promjene", "PSG SLAVI")."""
    key = word.lower()
    counts = {case: 3 * own[key, case] + feed_words[key, case] for case in (*_CASES, "initial")}
    if not any(counts[case] for case in _CASES) and len(key) >= 5:
        stem = key[: max(4, len(key) - 1)]
        for (other, case), n in (own + feed_words).items():
            if other.startswith(stem) and other != key:
                counts[case] += n
    if any(counts[case] for case in _CASES):
        return _as(word, max(_CASES, key=lambda case: counts[case]))
    if inner and len(word) <= SHORT:
        return word
    return _as(word, "title") if counts["initial"] or inner and named else key


def _as(word: str, case: str) -> str:
    return word if case == "upper" else word.lower() if case == "lower" else word[:1] + word[1:].lower()
