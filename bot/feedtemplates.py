"""The whole texts a feed gives many of its entries, whatever their titles: its template's, not any one entry's
(bot/repeated.py takes them off: no excerpt). Pure."""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterator, Sequence

from .blocks import Blocks
from .boilerstrip import strip_boilerplate
from .parse import RawEntry

_TAG = re.compile(r"<[^>]*>")
NAMES_MARKUP = 600  # characters of a text of names only, at most
TEMPLATE_ENTRIES, TEMPLATE_SHARE = 3, 0.8  # entries (other titles, other links) a whole text stands in, at least
# A date in digits ("2026-05-04", "2026/5/4", "2026年5月4日", "04.05.2026"): a daily episode's template names its day
# (its first digit first, not a look-behind: the regex engine then skips to digits, five times quicker over a
# feed's whole texts, issue 18; set22's F5 rule had made read_feed 1.4 times as costly)
_DATE = re.compile(r"\d(?<!\d\d)(?:\d{3}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d?[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))(?!\d)")
MIN_TITLE = 10  # characters of a title a template opens with, at least (not a bare version, "1.2")
UNDATED_LENGTH = 2000  # characters of a text masked at most: a template that differs by its date is a short one


def templates(entries: Sequence[RawEntry]) -> frozenset[str]:
    """The whole texts (a description, a content) that most entries of a document have under other titles and
    links: a theme's demo text on every post ("Jadi, Ini Hero Section? Ya, sama seperti slide…", tests/data/
    unseen/set19's F4), which says nothing of any one; and a text of names only that TEMPLATE_ENTRIES of them have,
    its lines in any order: the church and its preacher under every sermon ("Avalon Church" / "Pastor Don Dodge",
    set21's F1), a feed's credit; and a text that differs only by its date, as undated() gives it ("2026-05-04 の
    オランダ主要ニュース 10本を日本語で要約 (約13分)。" on every episode of a daily show, set22's F5: other numbers are
    the news, "2700+ commits from 226 authors"); and the text after the entry's own title, when a text opens with
    it (untitled()). An entry the feed repeats whole counts once."""
    distinct = {(entry.title, entry.link): (entry.summary, entry.content) for entry in entries}
    if len(distinct) < TEMPLATE_ENTRIES:
        return frozenset()
    least = max(TEMPLATE_ENTRIES, TEMPLATE_SHARE * len(distinct))
    titles: dict[str, set[str]] = {}
    links: dict[str, set[str]] = {}
    for (title, link), fields in distinct.items():
        for text in {text for field in fields if (text := field.strip())}:
            for one in {text, _names(text), undated(text), untitled(text, title)} - {""}:
                titles.setdefault(one, set()).add(title)
                links.setdefault(one, set()).add(link)
    # (a feed that gives all its entries one link, its home page, says nothing by it: their titles count alone,
    # Daily Audio Bible's show blurb under each day's episode, set30 F2)
    one_link = len({link for _, link in distinct}) == 1
    reach = {text: len(seen) if one_link else min(len(seen), len(links[text])) for text, seen in titles.items()}
    many = {text for text, n in reach.items() if n >= TEMPLATE_ENTRIES}
    found = {text for text, n in reach.items() if n >= least}
    # (a feed whose template is the title and a note: its other notes too, "[official]" beside "[single source]")
    titled = any(text[:1] == "\x01" for text in found)
    return frozenset(
        text for text in titles
        if text in found or _names(text) in many or (titled and text[:1] == "\x01" and text in many)
    )  # fmt: skip


def own_texts(entries: Sequence[RawEntry], repeated: object) -> Iterator[RawEntry]:
    """Each entry, without its content when that is the feed's template (templates(), in ``repeated``'s) and its
    summary is its own: every episode's <itunes:summary> the show's blurb, each <description> the day's readings
    ("Num 11:24-13:33, Mark 14:22-52…", Daily Audio Bible, tests/data/unseen/set30's F2): the summary is its text."""
    found: frozenset[str] = getattr(repeated, "templates", frozenset())
    for entry in entries:
        if found and entry.content and entry.summary.strip() and is_template(entry.content, found, entry.title):
            yield entry if is_template(entry.summary, found, entry.title) else dataclasses.replace(entry, content="")
        else:
            yield entry


def undated(text: str) -> str:
    """A text with each date in digits masked (a long one as it is)."""
    return _DATE.sub("\x00", text) if len(text) <= UNDATED_LENGTH else text


def is_template(field: str, found: frozenset[str], title: str = "") -> bool:
    """Whether a whole text (raw) is one of the ``found`` templates(), its date aside, or the entry's ``title``
    (raw) before one."""
    return field in found or undated(field.strip()) in found or untitled(field.strip(), title) in found


def untitled(text: str, title: str) -> str:
    """A text that opens with its entry's whole title, as what follows it (marked), or "": a generator's note
    after the headline on every item ("<title> So what: Review the source directly; automated analysis
    unavailable. [single source]", tests/data/unseen/set25's F1) is the feed's template, whatever the title."""
    title = title.strip()
    if len(title) < MIN_TITLE or not text.startswith(title) or not (rest := text[len(title) :].strip()):
        return ""
    return "\x01" + rest


# A title that is only template markup a site's generator left unrendered: Jekyll's "{{ post.title | xml_escape }}",
# "{% … %}", "${…}", "<%= … %>" (sushant-hiray's feed relayed by Planet SymPy, /work/unseen48's F8)
_UNRENDERED = re.compile(r"\s*(?:(?:\{\{[^{}]*\}\}|\{%[^{}]*%\}|\$\{[^{}]*\}|<%[^%]*%>)\s*)+")


def unrendered_title(title: str) -> bool:
    """Whether an entry's raw title is wholly one or more unrendered template expressions (no words outside them:
    "{{ variable }} in templates" is a post about them): the entry is no article."""
    if "{" not in title and "%" not in title:
        return False
    return _UNRENDERED.fullmatch(html.unescape(title) if "&" in title else title) is not None


_CASELESS = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


# Words a sentence opens with (articles, pronouns, question words, prepositions, conjunctions), by language.
_OPENER_WORDS = (
    "the a an this these that those it its we i you he she they our my your their there here what how why when where"
    " who which in on at for with after before as if so but and or today now der die das ein eine es wir ich sie er"
    " im am auf mit nach wie was warum wenn le la les un une des ce cette il elle nous je on dans en pour avec après"
    " comment pourquoi quand el los las una este esta con para cómo por cuando o os as um uma em no na como lo gli i"
    " questo per come het een dit dat we ik met voor hoe в на с до по для как что это мы я он она они w z do po jak"
    " co to my ja"
)
_SENTENCE_OPENERS = frozenset(_OPENER_WORDS.split())


def glued_end(text: str, title: str) -> int:
    """Where a text that opens with its entry's whole title (MIN_TITLE characters, three words at least), glued to
    its first sentence by a space, goes on: a scraped page's heading flattened into its text
    ("Breaking Changes in Lemmy 1.0 The major breaking changes…", tests/data/unseen/set28's F4); or 0."""
    if "<" in title or "&" in title:
        title = html.unescape(_TAG.sub("", title))
    title = " ".join(title.split())
    if text[len(title) : len(title) + 1] != " ":
        return 0
    if _CASELESS.match(title[-1:]) and _CASELESS.match(text, len(title) + 1) and text.startswith(title):
        # (Korean, Chinese, Japanese: a heading, a word then a word of those scripts, no particle glued to the
        # title's word: "학사일정 구글 캘린더를…" under "학사일정", skku-swforum in set29, F9; a longer title when the
        # sentence names its subject again, "인의예지 클러스터 인의예지 클러스터가 뭔가요?"; not a noun phrase the
        # sentence goes on, "글로벌 객체의 초기화와 클린업 방법은…")
        return len(title) + 1 if " " not in title or text.startswith(title[:2], len(title) + 1) else 0
    if len(title) < MIN_TITLE or title.count(" ") < 2:
        return 0
    # (a sentence's start after it, a capital and a lower-case word: "The major", "What is"; a name goes on the
    # headline, "Швеция передала Турции осужденного за участие в Рабочей партии Курдистана Махмута Тата."; and the
    # capital a word that opens sentences, not a noun the title's words name, "The Rust Programming Language Book is…")
    words = text[len(title) + 1 : len(title) + 80].split(None, 2)
    sentence = len(words) > 1 and words[0][:1].isupper() and words[1][:1].islower()
    opens = sentence and words[0].strip("\"'“‘«(").casefold() in _SENTENCE_OPENERS
    return len(title) + 1 if opens and text.startswith(title) else 0


def without_glued_title(blocks: Blocks, title: str) -> Blocks:
    """The blocks without the entry's title glued to the start of the first (glued_end)."""
    if not title or not blocks.lines or not (end := glued_end(first := blocks.lines[0], title)):
        return blocks
    lines = [first[end:], *blocks.lines[1:]]
    return dataclasses.replace(blocks, lines=lines, text=strip_boilerplate("\n".join(lines)))


def _names(text: str) -> str:
    """A text of names only, a credit on each of its lines ("Avalon Church" / "Pastor Don Dodge"), as its
    lines sorted; or "" (a sentence, a lower-case word, a date)."""
    if len(text) > NAMES_MARKUP:  # (four names of forty characters, in their markup: a longer text is a story)
        return ""
    lines = {" ".join(line.split()) for line in html.unescape(_TAG.sub("\n", text)).splitlines() if line.strip()}
    return "\n".join(sorted(lines)) if 0 < len(lines) <= 4 and all(map(is_credit, lines)) else ""


# A credit: a name on a line of its own, capitalised words ("Medscape News UK", "Reuters Health Information")
_CREDIT = re.compile(r"[^\W\d_][\w.&'’-]*(?: (?:[^\W\d_][\w.&'’-]*|&|of|and|de|du|der|für|y|e))*")


def is_credit(line: str) -> bool:
    """A name on a line of its own: up to five capitalised words, no sentence's end."""
    return (
        len(line) <= 40 and line[:1].isupper() and line.count(" ") < 5 and line[-1:] not in ".!?:…"
        and _CREDIT.fullmatch(line) is not None and all(w[:1].isupper() for w in line.split() if len(w) > 3)
    )  # fmt: skip
