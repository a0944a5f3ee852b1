"""An aggregator's title at its text's start, in two parts: the title is "Headline -
Source" and the text opens with the headline, then the source, each on a line of its
own in the markup that the text's blocks join ("<a><b>Headline</b></a><br><font>Source
</font><br><font>snippet ...</font>", Google News' table): "Headline Source The
snippet…". Both parts, in order, at the start of one of the first blocks, are the title
again; either alone is not (a headline may start its own story). Pure.

A curator's entry opens with its title again after a pictograph ("<b>📌 Headline</b>"), then the count of
the sources it lists ("관련 기사 1건", "1 related article") and the numbered list of them, each "SOURCE |
headline" (activist-curator--feed.xml in tests/data/unseen/set22, F2): the title again goes, the count goes when
the list is numbered 1 to it, an item that is the title again ("THELEC | Headline") or that has lost its link
label (a bare "1.") goes, and the list is numbered again; with nothing left, there is no excerpt.

A feed's tags after its titles: a tail after "; " of a few words (TAG_WORDS, no digit) that ends MIN_TAGGED titles
or more whole, or whose every word is in such a tail, in a feed where TAGGED_SHARE of the titles end with one: a call
to watch or read on ("…Louder Than Life; Veja Vídeo" beside "; Vídeo" sixteen times and "; Veja Detalhes" eleven:
w3empire--newmetal.xml in set36, F3); title_tags finds them, bot/repeated.py's undecorated takes them off. A tail of
its own stays ("…; Então, Qual é a Primeira?"), so do a series' parts ("History of Rome; Part One", "…; Part Two") and
a show's guests ("…; with Jane Doe"): each tail once, however alike their words.

And an excerpt that ends with three dots after a space, the feed's cut of a block that
more text follows in the markup ("…had turned down a request to exercise his ..."),
ends with the excerpt's one "…" (the mark a cut at the text's end becomes).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from .blocks import EMPTY, Blocks
from .boilerstrip import strip_boilerplate
from .clean import without_anchored_heading
from .cuts import PICTOGRAPHS
from .gluedtext import unspaced_marks, unspaced_stops

TAG_WORDS = 4  # words of a title's tag, at most
MIN_TAGGED = 4  # titles that end with a tag, the whole tail, at least
TAGGED_SHARE = 0.04  # of the feed's titles that end with one of its tags, at least (one in 25)
_TAG_TAIL = re.compile(r";\s+([^;]+)$")


def title_tags(titles: list[str]) -> frozenset[str]:
    """The tags the feed ends its titles with after "; ", casefolded (the module docstring)."""
    tails = [
        m[1].strip().casefold() for title in dict.fromkeys(titles) if (m := _TAG_TAIL.search(" ".join(title.split())))
    ]
    counts = Counter(
        tail for tail in tails if 0 < len(tail.split()) <= TAG_WORDS and not any(c.isdigit() for c in tail)
    )
    words = {word for tail, n in counts.items() if n >= MIN_TAGGED for word in tail.split()}
    tags = {tail for tail, n in counts.items() if n >= MIN_TAGGED or all(word in words for word in tail.split())}
    if sum(counts[tag] for tag in tags) < TAGGED_SHARE * len(set(titles)):
        return frozenset()
    return frozenset(tags)


# The separator an aggregator puts between a headline and its source ("Headline - Source").
_SEPARATOR = re.compile(r"\s[-–—|]\s")
_WORDS = re.compile(r"\w+(?:['’]\w+)*")
_BETWEEN = " ,:;-–—|?!.…\"'”’"  # (what may stand between the title's words in the text: "…tourism? CNN")
FIRST_BLOCKS = 2  # (an image's caption may come first: Google News' photo credit)


def without_title_parts(blocks: Blocks, title: str) -> tuple[Blocks, list[str]]:
    """``blocks`` without the title's headline and source at the start of one of the
    first blocks, and a note that says so."""
    blocks, notes = _without_echo(blocks, title)
    lines = blocks.lines
    if not lines:
        return blocks, notes
    new = list(lines)
    parts = _SEPARATOR.split(title)
    if len(parts) == 2 and all(_WORDS.search(p) for p in parts):
        head, source = (_WORDS.findall(p.casefold()) for p in parts)
        for index, line in enumerate(lines[:FIRST_BLOCKS]):
            rest = _after_words(line, [*head, *source])
            if rest is not None:
                notes.append("removed: the title again, its headline and its source (an aggregator's)")
                new[index] = rest
                break
    if new == lines and len(parts) == 1 and (rest := _after_title(lines[0], title)) is not None:
        notes.append("removed: the title again, before a dash and the text's words")
        new[0] = rest  # ("UPU - Theatre at Studio (7 – 10 May 2025)" under "UPU": an events feed's, set22 F6)
    if new == lines and " · " in lines[0] and (rest := _after_record_title(lines[0], title)) is not None:
        notes.append("removed: a record's rows that say the title again or its number")
        new[0] = rest
    if new == lines and (rest := _after_label_and_title(lines[0], title)) is not None:
        notes.append("removed: a page's label and the title again, before the text's words")
        new[0] = rest  # ("NOTIZIA <title> Il Ministero…": a scraped page's header, set23 F2)
    if new == lines:
        return blocks, notes
    new = [line for line in new if line]
    if not new:
        return blocks, []
    joined = "\n".join(new)
    text = strip_boilerplate(joined)
    return dataclasses.replace(blocks, lines=new, text=text, tail_clean=text is joined), notes


_PICTOGRAPH_START = re.compile(rf"[{PICTOGRAPHS}]+\s*")
_BRACKET = re.compile(r"\[[^\]]{1,20}\]\s*")  # (a curator's label before a title: "[묶음 4건] ", "[추가 1건] ")
_TAIL = re.compile(r"\s[-–—|]\s[^-–—|]{1,40}$")  # (a title's " - Source")
# The count of a list's items before its first, in a few words: "관련 기사 4건 1. …", "Related stories: 3 1. …"
_COUNT = re.compile(r"[^\d\n]{1,24}?\s?(\d{1,2})\s?[^\W\d]{0,3}\s+(?=1\.(?:\s|$))")
_SOURCE = re.compile(r"[^|\n]{1,30}\s\|\s")  # (a list item's source before its headline: "THELEC | ")


def _without_echo(blocks: Blocks, title: str) -> tuple[Blocks, list[str]]:
    """``blocks`` without a curator's title again, its count and its list's items that are the title again (the
    module docstring), and a note; ``blocks`` itself when its first block does not open with the title so."""
    line = blocks.lines[0] if blocks.lines else ""
    start = _PICTOGRAPH_START.match(line)
    names = {_key(title), _key(_BRACKET.sub("", title, count=1))}
    if start is None or not (echo := max((n for n in names if _key(line[start.end() :]).startswith(n)), default="")):
        return blocks, []
    rest = line[start.end() + len(echo) :] if _key(line[start.end() : start.end() + len(echo)]) == echo else ""
    if not rest[:1].isspace() or not (rest := rest.strip()):
        return blocks, []
    if (closing := _closing(line[: start.end()], rest)) is not None:  # ("🐧 <title> ! 🐧 Svi…": a framed heading's)
        rest = without_anchored_heading(rest[closing:])  # (and a subheading with Hugo's anchor: "Što je …? # …")
    if (count := _COUNT.match(rest)) is not None:
        n = int(count.group(1))
        items = _items(rest[count.end() :], n)
        if items is not None:
            names |= {_key(_TAIL.sub("", name)) for name in names}
            kept = [item for item in items if item and _key(_TAIL.sub("", _SOURCE.sub("", item, count=1))) not in names]
            rest = " ".join(f"{i}. {item}" for i, item in enumerate(kept, 1))
    lines = [rest, *blocks.lines[1:]] if rest else blocks.lines[1:]
    note = "removed: the title again after a pictograph, and the count and the items of its list of sources"
    if not lines:
        return EMPTY, [note + ": no excerpt"]
    return dataclasses.replace(blocks, lines=lines, text=strip_boilerplate("\n".join(lines))), [note]


def _closing(opener: str, rest: str) -> int | None:
    """Where the text starts after the pictograph that opened the title closes it again, a "!" or "?" before it
    (a heading framed by one pictograph: "🐧 Kako zaštititi Linux poslužitelja ! 🐧 Svi već…", set38 F1), if it does."""
    mark = opener.strip()
    closing = re.match(rf"[!?]*\s*{re.escape(mark)}\s+(?=[^\W\d_])", rest) if mark else None
    return closing.end() if closing is not None else None


def _items(text: str, n: int) -> list[str] | None:
    """A list numbered 1 to ``n`` ("1. A 2. B"), its items' texts (a bare number's: ""); None otherwise."""
    starts: list[tuple[int, int]] = []
    for k in range(1, n + 1):
        m = re.compile(rf"(?:^|\s){k}\.(?:\s|$)").search(text, starts[-1][1] if starts else 0)
        if m is None:
            return None
        starts.append((m.start(), m.end()))
    if starts[0][0] != 0:
        return None
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return [text[end:stop].strip() for (_, end), stop in zip(starts, ends, strict=True)]


_RECORD_LABEL = re.compile(r"[^\W\d_][^:·\n]{0,40}: ")
_ID_LABEL = re.compile(r"(?i:\b(?:id|ref|reference|no\.?|number|nr\.?)): $")  # (an id's row: "Vacancy Id: 9860")


def _after_record_title(line: str, title: str) -> str | None:
    """A record's rows (" · " between them: bot/linebreaks.py) after its first, the title again, without an id's row
    ("Vacancy Title: 13801 - Band 2 … · Vacancy Id: 13801 · Role Type: …", a job board's, set50 F1: the title twice,
    its id once more; not "Year: 2024" under "2024 Budget", the review of 36e445a), else None."""
    rows = line.split(" · ")
    values = [row[m.end() :].strip() if (m := _RECORD_LABEL.match(row)) else None for row in rows]
    if len(rows) < 3 or values[0] is None or _key(values[0]) != _key(title):
        return None
    kept = [
        row
        for row, value in zip(rows[1:], values[1:], strict=True)
        if value is None or not (value.isdigit() and _ID_LABEL.search(row[: -len(value)]))
    ]
    return " · ".join(kept) if kept else None


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _after_title(line: str, title: str) -> str | None:
    """What follows the whole title and a dash at the start of ``line`` (the words of a sentence of their own),
    else None."""
    words = _WORDS.findall(title.casefold())
    position = _words_end(line, words, _BETWEEN + "&()[]/+«»“")  # (whatever marks the title has: set34 F4)
    ends = [match.end() for match in _WORDS.finditer(title)]  # (the title's own offsets: "ß" casefolds to "ss")
    if words and ends and position is not None and (marks := title[ends[-1] :]):
        position += len(marks) if line[position : position + len(marks)] == marks else 0  # ("…na Trenčín? - …")
    if not words or position is None or _SEPARATOR.match(line, position) is None:
        return None
    rest = _after_words(line[position:], [])
    place = _DATELINE_PLACE.match(rest) if rest is not None else None
    if rest is None or (place and (len(place[1]) > 2 or (len(place[1]) == 2 and place[1].isupper()))):
        return None
    return rest


# A page's label in capitals before its title, one or two words ("NOTIZIA", "AVVISO PUBBLICO"): a scraper's copy of
# the page's header, its lines run together ("NOTIZIA <title> Il Ministero…": it-comuni--bressanvido.xml, set23 F2).
_CAPITALS_LABEL = re.compile(r"([^\W\d_]{2,20})(?:\s+([^\W\d_]{2,20}))?\s+")
_LABELLED_TITLE_WORDS = 3  # (a shorter title may well start a sentence after a word in capitals)


def _after_label_and_title(line: str, title: str) -> str | None:
    """What follows a label in capitals and the whole title at the start of ``line``, when the text's own words
    (a capital first) follow; else None."""
    words = _WORDS.findall(title.casefold())
    label = _CAPITALS_LABEL.match(line)
    if len(words) < _LABELLED_TITLE_WORDS or label is None:
        return None
    for end in (label.end(1), label.end()) if label.group(2) else (label.end(),):
        head = line[:end]
        if not head.strip().replace(" ", "").isupper() or _WORDS.findall(head.casefold())[0] == words[0]:
            continue
        position = _words_end(line[end:].lstrip(), words, _BETWEEN + "/^'’")  # ("2026/2027", "28^ FESTA")
        if position is not None:
            return _after_words(line[end:].lstrip()[position:], [])
    return None


# A dateline's place after the dash ("Africa-Press – Senegal. La Ligue…" under "Africa press"): the title is its source.
# (Not a name's initial or title: "… - Kevin J. Anderson", "… - Ch. Baudelaire", "… - Dr. Jan Novák", a bookshop's
# authors, set34 F4: the word before the full stop has three letters or more, or is two capitals, "UK.")
_DATELINE_PLACE = re.compile(r"(?:[^\s.]+\s)?([^\s.]+)\.\s")


def _words_end(line: str, words: list[str], between: str = _BETWEEN) -> int | None:
    """Where ``words`` end at the start of ``line`` (its case, its punctuation between them aside), or None."""
    position = 0
    for word in words:
        match = _WORDS.search(line, position)
        if match is None or match.group().casefold() != word or line[position : match.start()].strip(between):
            return None
        position = match.end()
    return position


def _after_words(line: str, words: list[str]) -> str | None:
    """What follows ``words`` at the start of ``line`` (its case, its punctuation
    between them aside), when more words follow; None when it does not start so."""
    position = _words_end(line, words)
    if position is None:
        return None
    rest = line[position:].lstrip(_BETWEEN)
    # The snippet starts a sentence of its own; a lower-case word goes on with the title's
    # words as a sentence of the text ("Rust 2024 - What we shipped" over "Rust 2024: what
    # we shipped this year is…"), which is no aggregator's title.
    return rest if _WORDS.search(rest) and not rest[0].islower() else None


# Two paragraphs that an embed stood between, the first trailing off, the second going on ("Jimmy McMIllan sagt,
# wofür er steht… [video] … und warum er recht hat.": politx.de, unseen11 #10): once the embed is gone, one mark.
_ELLIPSIS_JOINT = re.compile(r"(?<=\w)(…|\.\.\.)\s+(?:…|\.\.\.)\s?(?=\w)")


def with_one_ellipsis(excerpt: str) -> str:
    """An excerpt that ends with " ..." ends with " …" (the same mark, as the excerpt writes it), or
    without it after a sentence's end ("…ruled on Thursday. ...": the sentence is whole); and two
    paragraphs joined where an embed was, one ending and the next starting with "…", with one
    ("wofür er steht… … und warum": "wofür er steht… und warum"); no space before a comma or a full stop
    ("Final Four .": bot/gluedtext.py's unspaced_marks), nor after a Chinese or Japanese sentence's end
    ("…記事です。 記事における…": unspaced_stops)."""
    excerpt = unspaced_stops(unspaced_marks(excerpt))
    if "…" in excerpt or "..." in excerpt:
        excerpt = _ELLIPSIS_JOINT.sub(r"\1 ", excerpt)
    if not excerpt.endswith(" ...") or len(excerpt) < 5:
        return excerpt
    if excerpt[-5] in ".!?":
        return excerpt[:-4]
    rest = excerpt[:-4].rstrip(",;:")  # ("…her home in Almora, ...": the comma goes with the cut)
    return rest + " …" if rest[-1:].isalnum() else excerpt
