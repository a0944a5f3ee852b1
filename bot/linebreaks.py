"""What a <br> that is no paragraph's end becomes in the text: two in a row end a paragraph; one in a
list of links laid out with <br>s ends a row (bot/inlinerows.py); one inside a Chinese or Japanese sentence
wrapped by its author is nothing (bot/inlineedges.py's break_tail); one between the lines of a poem is " / ",
as verse is quoted in prose ("Mười con nhạn trắng về tha / Như Lai thường trụ trên tà áo xuân / …": the lines
run together read as one sentence that makes no sense, tests/data/unseen/set24 F6); one between two field rows,
"<b>Beruf:</b> Verkäufer/in<br><b>Arbeitgeber:</b> Netto<br><b>Ort:</b> Schildau", " · ", as a table's rows of
labels and values are joined (bot/htmltree.py), never run on as "Beruf: Verkäufer/in Arbeitgeber: Netto Ort: …"
(a job board's, set34 F1); any other a space. A record's rows (three at least) whose value is only an opaque id or an
address are deleted first, with a break beside each (set40 F1).
Over lxml elements: it sets the breaks' tails, and removes those rows (and their breaks) from the tree.
"""

from __future__ import annotations

import re

from . import dashitems, inlineedges, listrows
from .headingrows import FIELD_LABEL
from .linesteps import listed_lines
from .quotes import quoted_block
from .scripts import UNSPACED_LETTERS
from .stanzas import breaks_by_parent, join_stanzas, stanza_runs

_INLINE = frozenset(("em", "i", "b", "strong", "span", "small", "font", "u"))
_LINE_PARTS = _INLINE | {"br", "a", "img", "code", "sup", "sub", "abbr", "time", "mark", "s", "del", "ins"}
# A poem's lines: four at least in a row, each two to ten words and at most _VERSE_LINE characters, most starting
# with a capital and at most half ending a sentence; none a list item, a label, a link, code, a "Artist – Song"
# row or a line of Chinese, Japanese or Korean (whose breaks bot/inlineedges.py reads).
_VERSE_LINES = 4
_VERSE_LINE = 60
_NOT_VERSE = re.compile(
    r"^[-•*\d(\[]|:\s|https?:|www\.|\s[-–—|]\s|[=;{}<>\[\]_/\\]|[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»)]*$")
_UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]")
# A field row: a label of one to three words (a letter first) and a colon, then a short value that ends no
# sentence ("Ort: 04889 Schildau, Gneisenaustadt Sachsen"). Two in a row at least, each label another: a
# dialogue's lines ("Petra: Aki ételt, italt adott, annak vége.<br>Apa: …") end sentences or name a speaker twice,
# and what is quoted (a <blockquote>: "Petra: hinta-pintata<br>Krisi: palinta", a child's words) is never fields.
# Each row's label in <b> or <strong> (the job board's), or its value with a figure ("Start Time: 2022-06-06 …"), or
# four rows at least ("勤務形態: フルタイム<br>勤務地: 東京<br>職種: …<br>…"): an interview's or a chat's lines are no
# fields ("Q: What inspired you<br>A: My grandmother's garden").
# (a colon a value follows at once, "Vacancy Id:13801<br/>Role Type:Policy", a job board's too: set50 F1; never an
# address's "https://")
_LABEL_END = r"(?: ?: |： ?|(?<!\d):(?=[^\s/:]))"  # (not a time's or a verse's "10:30", "3:16")
_TIGHT = re.compile(rf"^({FIELD_LABEL})(?<!\d):(?=[^\s/:])(?![\w-]*\.[a-z])")  # (nor "http:example.com")
_FIELD = re.compile(rf"^({FIELD_LABEL}){_LABEL_END}(\S.{{0,79}})$")
_FIELD_WORDS = 12
_DIGIT = re.compile(r"\d")
_PLAIN_FIELDS = 4
_COLON = re.compile(r"[:：]")
# A row whose value is only an opaque id (a UUID, a hex digest) or an address, in a record of three rows at least
# ("Id: 3a728f2e-… · Display name: … · Description: … · Link: https://graph.microsoft.com/…", a permission change
# log's, set40 F1): no words a reader reads; the address is a link's, not the text's. The record keeps its others.
_OPAQUE_ROW = re.compile(
    rf"{FIELD_LABEL}{_LABEL_END}(?:https?://\S+|\{{?[0-9a-fA-F]{{8}}(?:-[0-9a-fA-F]{{4}}){{3}}-[0-9a-fA-F]{{12}}\}}?"
    r"|(?=[a-f]{0,15}\d)[0-9a-f]{16,})"
)
_OPAQUE_HINT = re.compile(r"://|[0-9a-fA-F]{8}-|[0-9a-f]{16}")
_RECORD_ROWS = 3


def set_break_tails(breaks: list, listed, paragraph_end: str) -> None:
    """Each line break's tail (see the module's doc); ``listed``: the breaks between a list's rows. Deletes a record's
    rows of an opaque id or an address from the tree (_drop_opaque_rows), in each parent of the breaks."""
    fields = _field_breaks(breaks) if breaks else set()  # (a record's rows before its opaque ones go, and after)
    if breaks and [parent for parent in dict.fromkeys(br.getparent() for br in breaks) if _drop_opaque_rows(parent)]:
        breaks = [br for br in breaks if br.getparent() is not None]
        fields |= _field_breaks(breaks)
    verse = _verse_breaks(breaks)
    rows = _row_breaks(breaks, verse | fields | set(listed))
    for run in stanza_runs(breaks, verse | fields | set(rows) | set(listed), _lines):  # (set 64a F9)
        verse.update(br for stanza in run for br in stanza if br.tag == "br")
        join_stanzas(run, paragraph_end)
    for el in breaks:
        # Two line breaks in a row (nothing but spaces between) end a paragraph.
        if el in listed or not (el.tail or "").strip() and _next_is_break(el):
            el.tail = paragraph_end + (el.tail or "")
        elif el in rows:  # (the break before a row of a list laid out with breaks: bot/listrows.py)
            el.tail = paragraph_end + ("• " if rows[el] else "") + (el.tail or "").lstrip()
        elif el in verse:
            el.tail = " / " + (el.tail or "").lstrip()
        elif el in fields:
            el.tail = " · " + _TIGHT.sub(r"\1: ", (el.tail or "").lstrip())
            if el.getprevious() is None and el.getparent() is not None:  # (the run's first row, the parent's text)
                el.getparent().text = _TIGHT.sub(r"\1: ", (el.getparent().text or "").lstrip())
        else:
            el.tail = inlineedges.break_tail(el)  # (a space, none between Chinese or Japanese characters)


def _next_is_break(br) -> bool:
    """Whether a line break is followed by another, nothing but spaces between: "<br><br>", "<br><em><br></em>"
    (an inline element that opens with one), or "<b>Title<br></b><br>" (one that ends with one: set21 F8)."""
    nxt, up = br.getnext(), br
    while nxt is None and (up := up.getparent()) is not None and up.tag in _INLINE and not (up.tail or "").strip():
        nxt = up.getnext()
    while nxt is not None and nxt.tag in _INLINE and len(nxt) and not (nxt.text or "").strip():
        nxt = nxt[0]
    return nxt is not None and nxt.tag == "br"


def _verse_breaks(breaks: list) -> set:
    """The breaks between a poem's lines, and those between it and the prose around it (its element's own <br>s;
    "Có đến 8 cách đọc khác nhau<br>Ta mến cảnh xuân ánh sáng ngời<br>…": the poem after its introduction)."""
    verse: set = set()
    for parent, brs in breaks_by_parent(breaks).items():
        if parent is None or len(brs) < _VERSE_LINES - 1:
            continue
        children, lines = [child for child in parent if child.tag == "br"], _lines(parent)
        for start, end in _verse_runs(lines):
            # (line k is before the k-th <br> and after the one before it; not after a line that ends a sentence: its
            # stop parts them, and a "/" would open the next sentence, "…حلوة أوي.." / "/ بس الوقت…": set63 F13)
            verse.update(
                br for k, br in enumerate(children[:end]) if k >= start - 1 and not _SENTENCE_END.search(lines[k])
            )
    return verse


def _row_breaks(breaks: list, taken: set) -> dict:
    """The breaks before and after a list's rows laid out with breaks (bot/listrows.py), each with whether a row
    follows it; a run's first row that opens its element gets its bullet there. Not where ``taken`` has a break (a
    poem's, a record's, a list of links'), not in an element with a block inside it, nor in a quote."""
    rows: dict = {}
    for parent in dict.fromkeys(br.getparent() for br in breaks):
        if parent is None or any(child.tag not in _LINE_PARTS for child in parent) or _quoted(parent):
            continue
        children = [child for child in parent if child.tag == "br"]
        if not children or any(child in taken for child in children):
            continue
        lines, fewest = _lines(parent), listrows.ROWS
        runs = listrows.row_runs(lines) if len(children) >= listrows.ROWS - 1 else []
        if not runs and parent.tag not in _INLINE:  # ("- item<br>- item": a list's items, set 71b F5)
            runs, fewest = _dash_runs(parent, children, lines), 2
            _unmark(parent, children, runs)
        for start, end in runs:
            if start == 0 and parent.tag in _INLINE:
                start = 1  # (its first line may go on from the text before the element: no bullet there)
            if end - start < fewest:
                continue
            rows.update((children[k - 1], True) for k in range(max(start, 1), end))
            if end <= len(children):
                rows[children[end - 1]] = False
            if start == 0:
                parent.text = "• " + (parent.text or "").lstrip()
    return rows


def _dash_runs(parent, children: list, lines: list[str]) -> list[tuple[int, int]]:
    """The runs of a list's items marked with a dash (bot/dashitems.py's dash_runs, set 71b F5): each line's text
    opens with its mark (no element before it, "<b>-</b> …")."""
    texts = [parent.text or "", *(br.tail or "" for br in children)]
    return dashitems.dash_runs(lines, [dashitems.unmarked(text) != text.lstrip() for text in texts])


def _unmark(parent, children: list, runs: list[tuple[int, int]]) -> None:
    """Takes the dash marks of ``runs``' lines off (they get a list's bullet instead), in place."""
    for start, end in runs:
        for k in range(start, end):
            if k:
                children[k - 1].tail = dashitems.unmarked(children[k - 1].tail or "")
            else:
                parent.text = dashitems.unmarked(parent.text or "")


def _field_breaks(breaks: list) -> set:
    """The breaks between two field rows of a run of them (see _FIELD)."""
    fields: set = set()
    for parent in dict.fromkeys(br.getparent() for br in breaks):
        if parent is None or not _COLON.search("".join(parent.itertext())) or _quoted(parent):
            continue
        children = [child for child in parent if child.tag == "br"]
        matches = [_FIELD.match(line) for line in _lines(parent)]
        bolds = _bolds(parent)
        marked = [m is not None and (bolds[k] == m[1] or _DIGIT.search(m[2])) for k, m in enumerate(matches)]
        start = 0
        for index, match in enumerate([*matches, None]):
            if match is not None:
                continue
            run = [m for m in matches[start:index] if m is not None]
            labels = {m.group(1).casefold() for m in run}
            if (
                (len(run) >= _PLAIN_FIELDS or (len(run) >= 2 and all(marked[start:index])))
                and len(labels) == len(run)
                and not any(_long_or_ended(m.group(2)) for m in run)
            ):
                fields.update(children[start : index - 1])  # (the break after row k is the k-th)
            start = index + 1
    return fields


def _drop_opaque_rows(parent) -> bool:
    """Drops a record's rows of an opaque id or an address (see _OPAQUE_ROW), with a break beside each; whether any."""
    if parent is None or not _OPAQUE_HINT.search(text := "".join(parent.itertext())) or not _COLON.search(text):
        return False
    lines, bolds = _lines(parent), _bolds(parent)
    opaque = [_OPAQUE_ROW.fullmatch(line) is not None for line in lines]
    if not any(opaque):
        return False
    fields = [
        o or ((m := _FIELD.match(line)) is not None and not _long_or_ended(m[2]))
        for o, line in zip(opaque, lines, strict=True)
    ]
    labels = [_COLON.split(line, 1)[0].casefold() for line in lines]
    drop: list[int] = []
    start = 0
    for index, field in enumerate([*fields, False]):
        if field:
            continue
        run = range(start, index)
        if (
            len(run) >= _RECORD_ROWS
            and not all(opaque[k] for k in run)
            and len({labels[k] for k in run}) == len(run)
            and (len(run) >= _PLAIN_FIELDS or all(bolds[k] is not None for k in run))
            and not _quoted(parent)
        ):
            drop += [k for k in run if opaque[k]]
        start = index + 1
    rows: dict[int, list] = {k: [] for k in drop}
    brs, row = [], 0
    for child in parent:  # (each element's line: one walk)
        if child.tag == "br":
            brs.append(child)
            row += 1
        elif row in rows:
            rows[row].append(child)
    if not drop or any(el.tag not in _INLINE and el.tag != "a" for els in rows.values() for el in els):
        return False
    for k in reversed(drop):
        for el in rows[k]:
            parent.remove(el)
        if k:
            parent.remove(brs[k - 1])  # (its tail, the row's text, with it)
        else:
            first = next(child for child in parent if child.tag == "br")
            parent.text, first.tail = first.tail, None
            parent.remove(first)
    return True


def _long_or_ended(value: str) -> bool:
    # (an address is a link's label, "Share on Facebook: http://…", which bot/metarows.py reads as a line of its own)
    return (
        value.count(" ") >= _FIELD_WORDS or _SENTENCE_END.search(value) is not None or "。" in value or "://" in value
    )


def _quoted(element) -> bool:
    return any(quoted_block(el) or el.tag == "q" for el in (element, *element.iterancestors()))


def _bolds(parent) -> list[str | None]:
    """Each line's words in <b> or <strong> it opens with (a colon after them aside), None when it opens otherwise."""
    bolds: list[str | None] = [None]
    blank = not (parent.text or "").strip()
    for child in parent:
        if child.tag == "br":
            bolds.append(None)
            blank = not (child.tail or "").strip()
            continue
        if blank and child.tag in ("b", "strong"):
            bolds[-1] = " ".join("".join(child.itertext()).split()).rstrip(":：").rstrip()
        blank = False
    return bolds


def _lines(parent) -> list[str]:
    lines = [parent.text or ""]
    for child in parent:
        if child.tag == "br":
            lines.append(child.tail or "")
        else:
            lines[-1] += "".join(child.itertext()) + (child.tail or "")
    return [" ".join(line.split()) for line in lines]


def _verse_runs(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of lines (first, past the last) that read as verse."""
    runs, start = [], 0
    for index, line in enumerate([*lines, ""]):
        if _verse_line(line):
            continue
        run = lines[start:index]
        if len(run) >= _VERSE_LINES:
            capitals = sum(line[0].isupper() or not line[0].isalpha() or _caseless(line[0]) for line in run)
            ends = sum(_SENTENCE_END.search(line) is not None for line in run)
            if 4 * capitals >= 3 * len(run) and 2 * ends <= len(run) or not ends and listed_lines(run):
                runs.append((start, index))
        start = index + 1
    return runs


def _caseless(letter: str) -> bool:
    """A letter of a script with no capitals and spaces between words (Arabic, Hebrew, Devanagari…), whose every line
    opens as a poem's ("قعدتك مع بابا في ثانوي<br>درس الفيزيا اللي حضرناه سوا…", a list of memories run together as one
    sentence: set63 F13); not Thai's, Lao's, Khmer's or Myanmar's (no spaces: a line's "words" are phrases)."""
    return letter.upper() == letter.lower() and _UNSPACED.match(letter) is None


def _verse_line(line: str) -> bool:
    """A line a poem may have: short, two to ten words, mostly letters (not a table's figures)."""
    if not line or len(line) > _VERSE_LINE or not 2 <= line.count(" ") + 1 <= 10 or _NOT_VERSE.search(line):
        return False
    return 4 * sum(c.isalpha() for c in line) >= 3 * (len(line) - line.count(" "))
