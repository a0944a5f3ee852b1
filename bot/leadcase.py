"""A news feed's typographic lead-in in capitals: each story opens with its first words shouted ("HRVATSKI sabor već
ovaj tjedan…", "NOVAK ĐOKOVIĆ plasirao se…", "OBA TRENERA koja su…": index.hr, set 69a F1), the publication's style
and not the words' case. Only a feed-wide habit is read so: most of a feed's entries open their text with one to three
words in capitals before a lower-case word, and their titles do not. Each such run is then written in the case its
words have elsewhere (the entry's title and text, weighted thrice, and the feed's), acronyms kept ("PSG", "NATO").
A single entry's shouted word, a feed whose texts are all capitals and scripts without case are left as they are.
Pure."""

from __future__ import annotations

import dataclasses
import html
import re
from collections import Counter

from .parse import RawEntry

LEAD_ENTRIES, LEAD_SHARE = 5, 0.6  # entries (distinct) that open so, at least, and their share of the feed's
TITLE_SHARE = 0.3  # titles that open so, at most (a feed whose titles shout as its texts do: its style, not a lead-in)
MOST_WORDS = 3  # words in capitals a lead-in has, at most (more: a shouted sentence)
EVIDENCE = 3000  # characters of each text its words' case is read from, at most (a story's start names its people)
SHORT = 2  # letters of a word no other text cases: kept in capitals when no longer ("SP", "IV", "B")
_OPENING = re.compile(r"(?:\s|<[^<>]{0,2000}>)*")  # (markup before the text: an <img>, a <p>)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_WORD = re.compile(r"[^\W\d_]+")  # a word's letters ("PSG-a": "PSG", "a")
_QUOTES = "\"'“„«»‘‚("


def lead_cased(entries: list[RawEntry], new: list[RawEntry]) -> list[RawEntry]:
    """``new`` (the entries of a feed's ``entries`` it reads) with their capital lead-ins in their words' case, when
    they are the feed's habit (set 69a F1); else ``new`` itself. The habit and the words' case are read from every
    entry, and only the new are written: a poll with nothing new costs nothing (rev69b F7)."""
    distinct = {(entry.title, entry.link): entry for entry in entries}
    if not new or len(distinct) < LEAD_ENTRIES:
        return new
    opened = sum(1 for entry in distinct.values() if _run(_text(entry))[1])
    titled = sum(1 for entry in distinct.values() if _run(entry.title)[1])
    if opened < LEAD_SHARE * len(distinct) or titled > TITLE_SHARE * len(distinct):
        return new
    wanted = {word.lower()[:4] for entry in new for field in (entry.summary, entry.content)
              for word in _WORD.findall(_run(field, strict=False)[1])}  # fmt: skip  # (the words to case: F7)
    finder = _finder(wanted)
    words = {id(entry): Counter(_forms(_unshouted(entry), wanted, finder)) for entry in distinct.values()}
    feed_words: Counter[tuple[str, str]] = Counter()
    for own in words.values():
        feed_words.update(own)
    feed = _by_stem(feed_words)  # (once per feed: rev69b F7)
    return [_recased(entry, words.get(id(entry), wanted), feed) for entry in new]


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
    title's label in capitals, "VIDEO Slavlje u Parizu", opens it: the next word is a sentence's first; a title in
    Title Case is left out)."""
    start, run = _run(entry.title, strict=False)
    texts = [f"{entry.title[: start + len(run)]}\n{entry.title[start + len(run) :]}" if run else entry.title]
    long = [word for word in _WORD.findall(entry.title) if len(word) >= 4 and not word.isupper()]
    if len(long) >= 3 and sum(word.istitle() for word in long) >= 0.8 * len(long):
        texts = []  # (a title in Title Case, "Three People Hurt In Crash": its style, not its words' case; rev69b F2)
    for field in (entry.summary, entry.content):
        start, run = _run(field, strict=False)
        after = start + len(run) if run else 0
        texts.append(_plain(field[after : after + EVIDENCE]))
    return "\n".join(texts)


_INITIAL = re.compile(r"(?:\A|\n|[.!?:]\s)\W*\Z")  # (what a sentence's first word follows)


FEW = 16  # a lead-in's words' first four letters looked for by a pattern, at most (more: every word is read)


def _finder(wanted: set[str]) -> re.Pattern[str]:
    """A pattern that finds the words that start so: a poll with a few new entries reads the feed's words in a
    pattern's time (rev69b F7). (Its letters matched regardless of case: a word ``wanted`` is then checked.)"""
    if len(wanted) > FEW:
        return _WORD
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, sorted(wanted)))})[^\W\d_]*", re.IGNORECASE)


def _forms(text: str, wanted: set[str], finder: re.Pattern[str] = _WORD) -> list[tuple[str, str]]:
    """Each word of ``text`` (lower-cased) whose first four letters are ``wanted`` (a lead-in's words' and their
    forms': rev69b F7), with its case: "upper", "title", "lower"; others (a title-cased word that opens a sentence,
    which may be any word: rev69b F1) none."""
    found = []
    for match in finder.finditer(text):
        word = match.group()
        if (key := word.lower())[:4] not in wanted:
            continue
        if len(word) >= 2 and word.isupper():
            found.append((key, "upper"))
        elif word.islower():
            found.append((word, "lower"))
        elif word.istitle() and not _INITIAL.search(text, max(0, match.start() - 6), match.start()):
            found.append((key, "title"))
    return found


_Evidence = tuple[Counter[tuple[str, str]], dict[str, list[tuple[str, str, int]]]]  # (words' cases, by stem)


def _by_stem(words: Counter[tuple[str, str]]) -> _Evidence:
    """``words`` and, by their first four letters, those a word's forms are read from (rev69b F7: once per feed, so
    a word's forms are looked for among a few words, not the feed's every word)."""
    stems: dict[str, list[tuple[str, str, int]]] = {}
    for (word, case), n in words.items():
        if len(word) >= 4:
            stems.setdefault(word[:4], []).append((word, case, n))
    return words, stems


def _recased(entry: RawEntry, own: Counter[tuple[str, str]] | set[str], feed: _Evidence) -> RawEntry:
    own = Counter(_forms(_unshouted(entry), own)) if isinstance(own, set) else own  # (an entry distinct() left out)
    fields = {}
    for name in ("summary", "content"):
        field = getattr(entry, name)
        start, run = _run(field, strict=False)
        if run:
            cased, at, named = [], 0, False
            before_name = field[start + len(run) :].lstrip(" " + _QUOTES)[:1].isupper()  # ("MARIJA Kovačevića")
            last = len(run.rstrip(",.:;!?)"))
            for match in _WORD.finditer(run):
                word = _case(match.group(), own, feed, at > 0, named or match.end() == last and before_name)
                cased += [run[at : match.start()], word]
                at = match.end()
                named = word != match.group() and not own[word.lower(), "lower"] + feed[0][word.lower(), "lower"]
            text = "".join(cased) + run[at:]
            fields[name] = field[:start] + text[:1].upper() + text[1:] + field[start + len(run) :]  # (a sentence's)
    return dataclasses.replace(entry, **fields) if fields else entry


_CASES = ("upper", "lower", "title")  # (a tie: the first)


def _case(word: str, own: Counter[tuple[str, str]], feed: _Evidence, inner: bool, named: bool) -> str:
    """A word of a lead-in in the case it has elsewhere, the entry's text weighted thrice the feed's: the same word
    first, then one of its inflected forms ("Carragherom" for "CARRAGHER", "Džeki" for "DŽEKO"; not a word derived
    from it, "marijanski" for "MARIJA", and only by a clear margin: rev69b F4); else in capitals when short ("SP",
    "EU"), a name's after a word never seen in lower case (``named``: "DESIRE DOUE", "YANN BISSECK") or before a
    name ("MARIJA Kovačevića", "NEW YORK, May 5"); else in lower case ("OVE MALE promjene", "PSG SLAVI"). A word
    seen only opening a sentence is no evidence: most sentences open on ordinary words ("A MUM has…" after the title
    "Mum tells of…": rev69b F1). An unseen pair after an unseen word reads as a name by choice ("LUDO SLAVLJE" too:
    a name in lower case is worse than a spare capital, rev69b F5)."""
    key = word.lower()
    counts = {case: 3 * own[key, case] + feed[0][key, case] for case in _CASES}
    if not any(counts.values()) and len(key) >= 5:
        stem = key[: max(4, len(key) - 1)]
        for other, case, n in (*((*form, n) for form, n in own.items()), *feed[1].get(key[:4], ())):
            if other.startswith(stem) and other != key and len(other) <= len(key) + 2:
                counts[case] += n
        if max(counts["lower"], counts["title"]) < 2 * min(counts["lower"], counts["title"]):  # (a near tie)
            counts["lower"] = counts["title"] = 0
    if len(key) <= 3 and counts["upper"] or len(key) <= SHORT and not any(counts.values()):
        return word  # (an acronym that is a word too: "US", "WHO", Croatian "SAD"; rev69b F3)
    if any(counts.values()):
        return _as(word, max(_CASES, key=lambda case: counts[case]))
    return _as(word, "title") if inner and named else key


def _as(word: str, case: str) -> str:
    return word if case == "upper" else word.lower() if case == "lower" else word[:1] + word[1:].lower()
