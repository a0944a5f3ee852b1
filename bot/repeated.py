"""Text a feed repeats in many of its entries: a sponsor's line, "Hosted on Acast…", a host's bio, "To read this
article in full, please click here", a greeting that opens every issue. Whatever its wording and language, a
paragraph that stands in at least ``MIN_ENTRIES`` entries and a quarter of the document's (an entry the feed repeats
whole counts once) is the feed's, not the story's: it goes from what a reader is shown (the excerpt and the lead a
summary reads), never the whole text of an entry (the id and the content hash keep everything).

Counted over every entry of the document, the ones read before included (an entry that arrives alone loses what its
siblings lost), on the raw markup's paragraphs as they are (a template's text is the same every time): splitting is
cheap, and only the paragraphs found again are read and compared with an entry's cleaned blocks.

The same goes for the opening sentences of an entry's first paragraph, when they are not a paragraph of their own:
"Agradece a este podcast tantas horas de entretenimiento y disfruta de episodios exclusivos como éste. ¡Apóyale en
iVoox! En plena era de remakes…" (iVoox, before 91 of a show's 166 episodes). Those the entries share (as many as a
paragraph must stand in) go from the start of the first block, when what follows them in it is text (a series' name
before a short text stays); counted apart, the closing ones its last paragraph ends with, a sign of the feed's
template in them ("…感悟 See show notes link for resources.", set35 F3: closings.py); a newsletter's masthead, a label
before the story ("The Batch AI News and Insights: One of…"), with the feed's name or before nearly all (mastheads.py).

A long first paragraph that two entries or more open with, each with a long text of its own after it, is a series'
standing intro ("In this new series, I want to shine some light onto…"): it goes, with what two of them share after it
(the "Other articles in this series:" label, its list of them); one a few entries open with (Repeated.recurring, under
a quarter), a forum's posting template, goes before the entry's own words, not a field ("Scheduled: 02:00 UTC" keeps it).

Paragraphs are compared with the entry's own address masked: "Visit https://podnews.net/update/<slug> for all the
podcasting news…" differs only by it (another address, to a release's advisory, is the entry's own; numbers are
values). A repeated paragraph or opening in a template's "Label: value" shape, whose label other entries fill with
another value, is a field, not the feed's ("Bulletin Severity Rating:Critical - This update resolves…" beside
"…Rating:Important - …": a security bulletin's rating): it stays; so does a short sentence whose one word other
entries fill with another value ("This issue is considered Low severity.", set62 F1: slotsentences.py).

And the site's name the feed adds to every title, its decoration: a " - X" / " | X" end that stands in MIN_ENTRIES
titles and nearly all of them (titledecor.SHARE), where X is the site's name as the channel's title or its host spell it
("sort data - Upwork" in Upwork's "All jobs | upwork.com" feed), and the tags the feed ends titles with after "; "
(bot/headline.py's title_tags: "; Veja Vídeo"). They go from the title shown and compared with the text (the source
is shown beside it: bot/titledecor.py). A name before the title stays: a series' or a newsletter's ("iOS Dev Weekly - Issue 503…"). Pure.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections import Counter
from collections.abc import Sequence

from .blocks import EMPTY, Blocks
from .blurbs import without_blurb
from .boilerstrip import strip_boilerplate
from .closings import BREAK, PARAGRAPH, TAG, closings, last_lines, sentence_starts, sign_offs, width, without_closing
from .cuts import BLOCK_END, SENTENCE_END, is_abbreviation
from .danglinglabels import without_dangling
from .feedtemplates import glued_end, is_credit, is_template, templates, without_glued_title
from .headline import title_tags
from .mastheads import label_end, mastheads
from .parse import RawEntry
from .recordfields import record_fields, without_fields
from .slotsentences import slotted
from .titledecor import NOT_WORD, decoration
from .updatestates import uncount_timelines, update_states

MIN_ENTRIES = 4  # entries a paragraph stands in, at least ... (3 release notes may share a requirement)
MIN_SHARE = 0.25  # ... and this share of the document's entries
LONG, RECURRING = 100, 3  # characters of a paragraph in RECURRING entries or more, if fewer than a quarter: recurring
MIN_LENGTH = 30  # characters of a paragraph counted (a short heading, "Show notes:", may repeat honestly)
# A paragraph's block tags before its text: "<ul><li>Jane: host…" first in a list, "<li>Jane: host…" later in it,
# "<p>Jane: host…" in older entries are one paragraph, counted once.
_OPENING_TAGS = re.compile(r"(?:<(?:p|li|ul|ol|div|h[1-6]|blockquote|section|figure|dl|dd|dt)\b[^>]*>\s*)+", re.I)
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_MASK = " http "  # (what an address is compared as: a word of its own)
# A template's field at a paragraph's start: a short label, its colon, its value ("Bulletin Severity Rating:Critical")
_FIELD = re.compile(r"\s*([^\W\d_][^:：.!?\n]{0,40}?)\s*[:：](?!//)\s*(?=\S)")  # (not an address's "https:")
OPENING = 6  # sentences of an opening, at most (a project blurb of six before each release: set28 F5)
_FIRST = 600  # characters of a first paragraph read for its opening
REST = 20  # characters of text (its key's) that must follow an opening for it to go
_LABEL, _LINKED = (":", "："), re.compile(r"<a\b[^>]*>([^<]*(?:<(?!/a\b)[^<]*){0,9})</a\s*>", re.I)  # label end; link


_HAN_KANA = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"  # Chinese and Japanese characters (no spaces between words)
_SPACE_BY_HAN = re.compile(f"(?<=[{_HAN_KANA}]) | (?=[{_HAN_KANA}])")


def key(text: str) -> str:
    """A paragraph as it is compared: its letters and digits, casefolded (markup, bullets, spaces and punctuation
    aside), its addresses masked. No space beside a Chinese or Japanese character: the raw paragraph's inline tag that
    the cleaned text joins up ("記事における<code>Scanner</code>クラスは…", ja-aconcavy--feed.rss in
    tests/data/unseen/set22, F4) is no word's edge."""
    found = NOT_WORD.sub(" ", _ADDRESS.sub(_MASK, text)).strip().casefold()
    return found if found.isascii() else _SPACE_BY_HAN.sub("", found)


def _raw_key(raw: str) -> str:  # (a raw paragraph's key)
    return key(html.unescape(TAG.sub(" ", raw)))


def _long(text: str) -> bool:
    """Whether a paragraph (or its key) has MIN_LENGTH characters, a wide one counted twice (a Japanese sentence
    of 15 characters says as much as an English one of 30)."""
    return len(text) >= MIN_LENGTH or width(text) >= MIN_LENGTH


class Repeated(frozenset[str]):
    """The keys of the paragraphs that stand in many of the entries (the module docstring); ``recurring``: those of
    LONG characters or more in RECURRING of them (set36 F10) but under a quarter (a podcast's crew bio, a sponsor's
    read), which the summary does not read (normalize.py); they stay in what a reader is shown, but as an entry's
    first block before words of its own (a forum's posting template, set36 F5)."""

    recurring: frozenset[str] = frozenset()
    openings: frozenset[str] = frozenset()  # the keys of the opening sentences many entries share
    closings: frozenset[str] = frozenset()  # ... and of the closing ones (closings.py)
    decoration: frozenset[str] = frozenset()  # the site's name every title ends with, its tags: casefolded
    credits: bool = False  # most entries end with a name of their own line: a credit ("Medscape News UK")
    templates: frozenset[str] = frozenset()  # whole texts (raw, stripped) most entries have: the feed's (feedtemplates)
    fields: frozenset[str] = frozenset()  # the " | " fields after a sentence the entries repeat (recordfields.py)


def _openings(text: str) -> list[int]:
    """Where the first OPENING sentences of a paragraph end (never at its end: the whole paragraph is a paragraph
    the feed repeats), at the ends the excerpt takes: not an ordinal's dot ("findet am 15. Februar", set41 F2)."""
    found: list[int] = []
    for end in SENTENCE_END.finditer(text, 0, _FIRST):
        if not text[end.end() :].strip() or len(found) == OPENING:
            break
        found += [end.end()] if end.group()[0] != "." or not is_abbreviation(text, end.start()) else []
    return found


def _first_paragraph(parts: list[str]) -> str:
    """The first part of a field with text, as it is (its markup: a template's is the same every time, a sentence
    that links to the entry's own page is the entry's), its spaces collapsed."""
    for part in parts:
        if TAG.sub("", part).strip():
            return " ".join(part.split())
    return ""


def repeated_paragraphs(entries: Sequence[RawEntry], site: tuple[str, str] = ("", "")) -> Repeated:
    """The keys of the paragraphs that stand in many of the entries, and those that recur (Repeated);
    the titles' decoration, given the ``site``'s title and link (the module docstring)."""
    repeated, titles = _paragraphs(entries, site[0]), [entry.title for entry in entries]
    repeated.decoration = decoration(titles, site, MIN_ENTRIES) | title_tags(titles)
    return repeated


def _paragraphs(entries: Sequence[RawEntry], title: str = "") -> Repeated:
    links: dict[tuple[str, str], tuple[str, str]] = {}
    for entry in entries:  # (an entry again, whatever its link: once)
        links.setdefault((entry.summary, entry.content), (entry.link, entry.title))
    texts = [(summary, content, *own) for (summary, content), own in links.items()]
    if len(texts) < MIN_ENTRIES:
        (few := Repeated()).templates = templates(entries)
        return few
    counts: Counter[str] = Counter()
    openings: Counter[str] = Counter()
    ends, before = Counter[str](), dict[str, list[tuple[str, str, str]]]()  # (closings: what signed() reads, a few)
    intros, credited = dict[str, list[set[str]]](), 0
    heads, timelines = list[str](), list[tuple[set[str], set[str]]]()  # (mastheads.py; timelines: updatestates.py)
    for summary, content, link, own in texts:
        credited += _ends_with_credit(content or summary)
        found, opening = set[str](), set[str]()
        closing: dict[str, tuple[str, str, str]] = {}
        firsts: set[str] = set()
        head = ""
        for field in (summary, content):
            if _long(field):
                parts = BREAK.split(field) if "<" in field else field.split("\n")  # (plain text: its lines)
                if "<br" in field:  # (each line counted, and the paragraph they make, as the text shows it)
                    parts += PARAGRAPH.split(field)
                if len(link) > 12 and link in field:  # (the entry's own address, masked: in its links too)
                    parts = [part.replace(link, _MASK) for part in parts]
                found.update(_opened(part) for part in map(str.strip, parts) if _long(part))
                first = _first_paragraph(parts)
                if not head and label_end(_opened(first)):
                    head = _opened(first)
                lead = first[glued_end(first, own) :]  # (after its title glued to it: set28 F5)
                opening.update(lead[:end] for end in _openings(lead) if end >= MIN_LENGTH)
                closing.update(closings(field))
                if len(TAG.sub("", first)) >= LONG:
                    firsts.add(first)
        counts.update(found)
        timelines += [(found, states)] if (states := update_states(found)) else []
        openings.update(opening)
        ends.update(closing.keys())  # (counted roughly, each with a few of its forms: closings.sign_offs)
        for end_key, seen in closing.items():
            if len(forms := before.setdefault(end_key, [])) < 3:
                forms.append(seen)
        heads += [head] if head else []
        for first in firsts:
            intros.setdefault(first, []).append(found)
    uncount_timelines(counts, timelines, RECURRING)  # (a timeline's states are the entry's: set 70b F1)
    least = max(MIN_ENTRIES, MIN_SHARE * len(texts))
    # (the raw paragraphs counted as they are, a template's; only those found again are read)
    found_again = [part for part, n in counts.items() if n >= RECURRING]
    templated = _fields(found_again, counts) | slotted(found_again, counts, _raw_key)
    keyed = [(part, key(html.unescape(TAG.sub(" ", part)))) for part in found_again if part not in templated]
    by_key: Counter[str] = Counter()  # (a paragraph's forms, its last full stop or a space apart: one paragraph)
    for part, text in keyed:
        by_key[text] += counts[part]
    keys = [(by_key[text] >= least, text) for _, text in keyed]
    repeated = Repeated([*(text for many, text in keys if many and _long(text)), *_intros(intros)])
    repeated.recurring = frozenset(text for many, text in keys if not many and len(text) >= LONG)
    shared = [raw for raw, n in openings.items() if n >= least]
    templated = _fields(shared, openings) | slotted(shared, openings, _raw_key)
    opening_keys = (key(html.unescape(TAG.sub(" ", raw))) for raw in shared if raw not in templated)
    repeated.openings = frozenset(text for text in opening_keys if len(text) >= MIN_LENGTH)
    repeated.openings |= {key(html.unescape(label)) for label in mastheads(heads, title, len(texts))}
    repeated.closings = frozenset(text for text in sign_offs(ends, before, least, key) if len(text) >= MIN_LENGTH)
    repeated.credits = credited >= max(MIN_ENTRIES, CREDITS_SHARE * len(texts))
    repeated.templates, repeated.fields = templates(entries), record_fields(((s, c) for s, c, *_ in texts), key)
    return repeated


def _listed(part: str) -> bool:  # (a label, or mostly a link's words: a series list's item)
    text = TAG.sub("", part).strip()
    return text.endswith(_LABEL) or 2 * sum(len(TAG.sub("", a).strip()) for a in _LINKED.findall(part)) >= len(text) > 0


def _intros(intros: dict[str, list[set[str]]]) -> list[str]:
    """The keys of the first paragraphs (LONG characters at least) that two entries or more open with, the rest of their
    texts each its own (most of their paragraphs apart, a long one each): a series' standing intro, "In this new series, I
    want to shine some light onto…" (monal-im's blog, set20 F9). Two copies of one story share most paragraphs: lead stays."""
    found: list[str] = []
    for first, texts in intros.items():
        pairs = [(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :]]
        shared = {part for a, b in pairs for part in a & b}
        # (each with a long paragraph of its own after it: the story; one job ad twice has none)
        own = pairs and all(any(len(TAG.sub("", part)) >= LONG for part in text - shared) for text in texts)
        # (two alone, with no list of the series after it: one post's lead carried into the next, a release's "More
        # bugfixes. We want to make 1.2.x stable soon…" in 1.2.7 and 1.2.8, set53 F1: its own words, not an intro)
        own = own and (len(texts) > 2 or any(map(_listed, shared)))
        if own and all(2 * (len(a & b) - 1) < min(len(a), len(b)) - 1 for a, b in pairs):
            # (with shared paragraphs that label or are mostly a link, "Other articles…:", its list; no changelog line: set44 F7)
            found += (key(html.unescape(TAG.sub(" ", raw))) for raw in (first, *filter(_listed, shared)))
    return found


_CREDIT_TAIL = 200  # characters of markup at a text's end: a credit's line and the end of the sentence before it
CREDITS_SHARE = 0.5  # of a document's entries that end with one, for the feed's template to end with it


def _ends_with_credit(field: str) -> bool:
    """Whether a raw text's last line is a credit, after a text of its own (read from its last characters only)."""
    parts = last_lines(field, _CREDIT_TAIL)
    return len(parts) > 1 and is_credit(parts[-1]) and _SAID.search(parts[-2]) is not None


# A sentence's end (not a label's colon: "Sponsored by:" then a name is what it names)
_SAID = re.compile(r"[.!?。！？…][\"'”’»)\]]*\s*$")


def _opened(part: str) -> str:
    """A raw paragraph without the block tags it opens with."""
    m = _OPENING_TAGS.match(part) if part[:1] == "<" else None
    return part if m is None else part[m.end() :]


def _field(raw: str) -> tuple[str, str] | None:
    """A raw paragraph's or opening's label and the first word of its value, when it starts with one."""
    m = _FIELD.match(text := TAG.sub("", raw) if "<" in raw else raw)
    return None if m is None else (m.group(1).casefold(), text[m.end() :].split(None, 1)[0])


def _fields(repeated: list[str], counted: Counter[str]) -> set[str]:
    """The repeated raw paragraphs (or openings) that are a template's field: their label starts others counted with
    another value, in two entries or more ("Rating:Critical - …" beside "Rating:Important - …"; never a host's credit,
    "Jane：founder, …", that one entry words otherwise)."""
    labelled = {raw: field for raw in repeated if (field := _field(raw))}
    if not labelled:
        return set()
    labels = {label for label, _ in labelled.values()}
    values: dict[str, Counter[str]] = {}
    for raw, n in counted.items():
        if (field := _field(raw)) and field[0] in labels:
            values.setdefault(field[0], Counter())[field[1]] += n
    return {raw for raw, (label, value) in labelled.items()
            if any(n >= 2 for other, n in values[label].items() if other != value)}  # fmt: skip


def without_repeated(
    blocks: Blocks, repeated: frozenset[str], field: str = "", title: str = ""
) -> tuple[Blocks, list[str]]:
    """The blocks without those the feed repeats in many entries, and a note; ``blocks`` itself when none is, or
    when nothing else would be left. None when the whole text (``field``, raw) is the one most entries have
    (Repeated.templates), or the entry's ``title`` (raw) before one: no excerpt."""
    if field and is_template(field, getattr(repeated, "templates", frozenset()), title):
        return EMPTY, ["removed: the text most of the feed's entries have, whatever their title: no excerpt"]
    blocks = without_glued_title(blocks, title)  # ("Breaking Changes in Lemmy 1.0 The major…": set28 F4)
    if getattr(repeated, "credits", False) and blocks.lines and (at := _credit_at(blocks.lines)) is not None:
        last = blocks.lines[-1]
        lines = [*blocks.lines[:-1], last[:at].rstrip()] if at else blocks.lines[:-1]
        shorter = dataclasses.replace(blocks, lines=lines, text=strip_boilerplate("\n".join(lines)))
        blocks, notes = _without_repeated(shorter, repeated)
        return blocks, [f'removed: "{last[at:].strip()}", a credit the feed ends its entries with', *notes]
    return _without_repeated(blocks, repeated)


def _credit_at(lines: list[str]) -> int | None:
    """Where the credit the text ends with starts in its last block (a line of its own, or the words after the
    last sentence's end: a <br> keeps a paragraph one block), or None."""
    last = lines[-1]
    if is_credit(last):
        return 0 if len(lines) > 1 and _SAID.search(lines[-2]) else None
    starts = sentence_starts(last, max(0, len(last) - 60))
    return starts[-1] if starts and is_credit(last[starts[-1] :].strip()) else None


def _without_repeated(blocks: Blocks, repeated: frozenset[str]) -> tuple[Blocks, list[str]]:
    blocks, notes = without_fields(blocks, getattr(repeated, "fields", frozenset()), key, repeated)  # (set 67b F8)
    openings: frozenset[str] = getattr(repeated, "openings", frozenset())
    recurring: frozenset[str] = getattr(repeated, "recurring", frozenset())  # (a forum's template first: set36 F5)
    # (before the entry's own words, a sentence or no field: "Every Sunday…", "Scheduled: Mar 7, 02:00 UTC" stay)
    first = len(lines := blocks.lines) > 1 and key(lines[0]) in recurring and not lines[0].endswith(_LABEL)
    first = first and len(lines[1]) >= MIN_LENGTH and bool(_SAID.search(lines[1]) or not _FIELD.match(lines[1]))
    first = first and not {key(lines[1])} & (recurring | repeated)
    ends: frozenset[str] = getattr(repeated, "closings", frozenset())
    if not (repeated or openings or ends or first) or not blocks.lines:
        return blocks, notes
    # (a label stays: "This episode is sponsored by:" says what its list is, and where the text ends)
    kept = [line for line in blocks.lines[first:] if line.endswith(_LABEL) or key(line) not in repeated]
    rows = sum(1 for k in kept if k.endswith(_LABEL) or _FIELD.match(k))  # (left: labels and fields: "导演: 大沼心" …)
    if rows >= 3 and 3 * rows >= 2 * len(kept) and not any(map(_prose, kept)) and any(map(_prose, lines)):
        kept = list(lines)  # (… under the series' synopsis the feed repeats in every release, set47 F1: it stays)
    if isinstance(repeated, Repeated) and len(kept) < len(blocks.lines):
        kept = _before_footer(blocks.lines, kept, repeated)
        at = blocks.lines.index(kept[0]) if kept else -1
        if 0 <= at < len(blocks.lines) - 1 and key(kept[0]) in repeated and (item := blocks.lines[at + 1])[:1] == "•":
            kept = kept[1:] if key(item) in repeated else kept  # (a repeated label, its list gone: "Other articles…:")
    if kept and len(kept) < len(blocks.lines) and all(line.endswith(_LABEL) for line in kept):
        # (only a label is left, what it named gone: "In Podnews today:" before the feed's call to action)
        return EMPTY, [f'removed: the paragraphs the feed repeats in many of its entries, and "{kept[0]}": no excerpt']
    if len(kept) < len(blocks.lines) and kept:
        gone = len(blocks.lines) - len(kept)
        notes.append(f"removed: {gone} paragraph{'s' * (gone > 1)} the feed repeats in many of its entries")
        # (and a label left pointing, set62 F3; not the entry's own before an insert, its review, 5)
        kept = without_dangling(blocks.lines, kept, blocks.headings, _prose, lambda line: key(line) in repeated)
    else:
        kept = list(blocks.lines)
    if isinstance(repeated, Repeated) and (own := without_blurb(kept, blocks.headings, repeated, key)) != kept:
        notes.append("removed: the lines the feed repeats in many of its entries, before the block's own")
        kept = own
    labels = [
        _label(line) if after[:1] == "•" and key(line) in repeated else line
        for line, after in zip(kept, [*kept[1:], ""], strict=True)
    ]
    if labels != kept:
        notes.append("removed: the sentences before a label the feed repeats in many of its entries")
        kept = labels
    # (not off a first block the feed repeats whole, kept as all the text there is: the opening shared, the rest
    # too: "ICD combines…" after "…Integrated Cyber Defense (ICD) Platform unifies…" went, set21's F6)
    if openings and key(kept[0]) not in repeated and (rest := _without_opening(kept[0], openings)) is not kept[0]:
        notes.append("removed: the opening sentences the feed repeats in many of its entries")
        kept[0] = rest
    if ends and (rest := without_closing(kept[-1], ends, key, REST, repeated)) is not kept[-1]:
        notes.append("removed: the closing sentence the feed repeats in many of its entries")
        kept[-1] = rest
    if not notes:
        return blocks, []
    text = strip_boilerplate("\n".join(kept))
    return dataclasses.replace(blocks, lines=kept, text=text), notes


def _label(line: str) -> str:
    """A repeated paragraph that ends with a list's label, as the label alone: its last sentence ("They cover:"
    after "On this week's show Jane and John discuss the week's news.", before each episode's own list; a
    call before a link stays whole: "No te pierdas ningún vídeo: solo tienes que... ¡SUSCRIBIRTE!:")."""
    if not line.endswith(_LABEL):
        return line
    ends = [m.end() for m in SENTENCE_END.finditer(line) if line[m.end() :].strip()]
    return line[ends[-1] :].lstrip() if ends else line


def _before_footer(lines: list[str], kept: list[str], repeated: frozenset[str]) -> list[str]:
    """The kept blocks up to the first the feed repeats after the text has said something (a sentence of
    its own), when most of what follows (its characters) is repeated too: that is the feed's footer, and
    what else stands in it is the footer's (the guests' credits after the hosts' repeated ones, the crew,
    "X节目由…制作播出"). Elsewhere a repeated block goes and the text goes on."""
    said = False
    for index, line in enumerate(lines):
        if said and not line.endswith(_LABEL) and key(line) in repeated:
            rest = lines[index:]
            if 2 * sum(len(later) for later in rest if key(later) in repeated) < sum(map(len, rest)):
                return kept  # (most of what follows is the entry's own: a newsletter's next sections)
            return kept[: len(kept) - sum(1 for later in rest if later in kept)]
        # (a repeated block before any sentence of the entry's own is the feed's header, not what it said: the
        # translator's notices every entry opens with, set61 F1, are not the start of a footer)
        said = said or (_prose(line) and key(line) not in repeated)
    return kept


def _prose(line: str) -> bool:  # (a paragraph of sentences, MIN_LENGTH at least, no list item)
    return len(line) >= MIN_LENGTH and line[0] != "•" and BLOCK_END.search(line) is not None


def _without_opening(line: str, openings: frozenset[str]) -> str:
    """A first block without the longest opening the feed repeats, when text follows it; else itself."""
    for end in reversed([*filter(None, [label_end(line)]), *_openings(line)]):
        if key(line[:end]) in openings:
            rest = line[end:].lstrip()
            return rest if len(key(rest)) >= REST else line
    return line
