"""A first block that ends no sentence, before the story's first paragraph:
a label or heading the excerpt (bot/excerpt.py) skips, or the story's first
words it keeps. Labels ("原文：…", "watch time: 22 minutes"), short headings
in scripts without spaces ("写在前面"), a few words or a Title Case line
before a long paragraph, a headline with its subtitle after a colon
("Mechanische Tastaturen: Profi-Werkzeug für alle Software-Entwickler⋅innen");
never one sentence in two blocks ("In a surprise move on Monday," / "the
company said…"). The rest of what a text opens with is bot/leadin.py's. Pure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import takewhile

from .cuts import BLOCK_END, MINOR_WORDS, SENTENCE_END, is_spaceless, tilde_ends
from .scripts import script_of
from .showrows import without_chapters
from .titlewords import casefolded_words, title_again

_WORD = re.compile(r"\w+")


# A lead mark a blog opens every post with ("♠ Today I found…", "■ …", "❖ …"): one decorative symbol (arrows,
# geometric shapes, card suits, dingbat ornaments, ¶ ※), a space, then a word (set43 F1). Never a sign that says
# something: "§ 5", "✓ Works offline", "✗ Not supported", "☎ 0800…", "≈ half", "① First", "★ 5 stars" stay.
# (leadin._MARKED_LABEL reads a short line these open as a section's label: one class for both.)
LEAD_MARKS = "\u2190-\u21ff\u25a0-\u25ff\u2660-\u2667\u2720-\u274b\u2756\u2761-\u2767\u27a0-\u27bf\u2b00-\u2b2f¶※"
_LEAD_MARK = re.compile(rf"([{LEAD_MARKS}])[ \u00a0]+(?=\w)")
_BEFORE_NUMBER = re.compile("[\u25a0-\u25ff\u2660-\u2667\u2720-\u274b\u2756\u2761-\u2767]")  # (shapes, suits)


def without_lead_mark(line: str) -> str:
    """A text's first line without the decorative symbol it opens with ("♠ Today I found myself…"); the line as it
    is otherwise. Never a list's bullet ("•" is no such symbol), a suit glued to a card ("♠A ♠K"), a sign that says
    something ("§ 5", "✓ Works"), nor an arrow before a number ("→ 5 °C"): only a shape or a suit goes before one."""
    mark = _LEAD_MARK.match(line)
    if mark is None or mark[1] in line[2:]:
        return line  # (a symbol again: a frame around a heading, "⚽ Bayern 2-1 Dortmund ⚽", set38 F1's)
    if line[mark.end()].isdigit() and _BEFORE_NUMBER.match(mark[1]) is None:
        return line
    return line[mark.end() :]


# A quoted mail's header at a text's start: "From: …", "To: …", "Subject: …" lines (or run together on one line),
# before the mail (thiagowfx--thiagowfx.github.io-en.xml's "Google notice…": mend43a): no text of the post.
_MAIL_NAMES = (
    "From|To|Cc|Subject|Date|Sent|Reply-To|Von|An|Betreff|Datum|Gesendet|De|Para|À|Objet|Asunto|Assunto|Fecha|Envoyé"
    "|Enviado"
)
_MAIL_FIELD = re.compile(rf"({_MAIL_NAMES})\s?:\s*\S")
_RUN_FIELD = re.compile(rf"(?<!\S)({_MAIL_NAMES})\s?:\s")
_MAIL_FROM = ("From", "Von", "De")
_MAIL_SUBJECT = ("Subject", "Betreff", "Objet", "Asunto", "Assunto")
_MAIL_FIELDS = 2  # fields of a header, at least, one of them its sender's
_MAIL_LINE = 300  # characters of a header run together on one line, at most


def _mail_header(lines: list[str]) -> int:
    """How many of the lines open the text with a mail's header (0: none): two fields or more, a sender's among them,
    and a subject or an address (not a timetable's "From: 9am" / "To: 5pm")."""
    fields = []
    for line in lines:
        if (field := _MAIL_FIELD.match(line)) is None:
            break
        fields.append(field[1])
    if not fields or len(lines[0]) > _MAIL_LINE:
        return 0
    count = len(fields)
    if count == 1:  # (run together on one line: "From: a@b.example To: me Subject: …")
        fields = [field[1] for field in _RUN_FIELD.finditer(lines[0])]
    mail = "@" in "".join(lines[:count]) or bool(set(fields) & set(_MAIL_SUBJECT))
    return count if len(set(fields)) >= _MAIL_FIELDS and set(fields) & set(_MAIL_FROM) and mail else 0


# A first paragraph that is one link's label, a crumb word, and a full stop, a lead mark before it ("<p>♠ <a
# href="…/thoughtworks-technology-radar/">Previously</a>.</p>"): a crumb to the post before, no text (set43 F5).
# (Never a headline's link, "<a…>Tidings 2.0 released</a>!": the review.)
_CRUMB = re.compile(r"\s*<p>\s*(?:[^\w\s<]\s*)?<a\s[^>]*>([^<]{1,40})</a>\s*[.!]?\s*</p>", re.I)
_CRUMB_LABEL = re.compile(
    r"(?i:previously|previous(?: post| part)?|earlier|last time|see also|part \d{1,2}|anteriormente|antes|anterior"
    r"|vorher|zuvor|précédemment|auparavant|wcześniej|ранее|이전 글|前回|上一篇)"
)


def unmarked(markup: str, lines: list[str], *kinds: list, code: Sequence[str] = ()) -> None:
    """Drops the lead mark the first of ``lines`` opens with (without_lead_mark), a mail's header they open with,
    and the first line when it is a crumb's label alone in the first paragraph of ``markup`` and more lines follow;
    ``kinds``: the lists (headings, quotes) the line is in, which keep it as it is changed."""
    if any(":" in line for line in lines[:40]) and (changed := without_chapters(lines)):  # (chapters: set50 F4)
        for kind in kinds:
            kind.extend(new for old, new in changed if old in kind and new)
    if not lines or lines[0] in code:
        return
    line = lines[0]
    lines[0] = without_lead_mark(line)
    if (header := _mail_header(lines)) and header < len(lines):
        del lines[:header]
        return
    if len(lines) > 1 and markup[:40].lstrip()[:2] == "<p" and (crumb := _CRUMB.match(markup)) is not None:
        label = " ".join(crumb[1].split())
        if lines[0].rstrip(".!") == label and _CRUMB_LABEL.fullmatch(label):
            del lines[0]
            return
    for kind in kinds:
        if line in kind and lines[0] != line:
            kind.append(lines[0])


def _opens_with_title(block: str, title: str) -> bool:
    """Whether a block opens with the title's first three words (or all of a shorter title's, two at least)."""
    words = _WORD.findall(title.casefold())[:3]
    return len(words) >= 2 and _WORD.findall(block.casefold())[: len(words)] == words


NAME_PARTICLES = frozenset(["van", "der", "den", "de", "von", "da", "del", "di", "du", "la", "le", "bin", "ibn"])
_NAMES_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _names_row(block: str) -> bool:
    """A "Label: list of names" row: a capitalised label of one to three words, then three comma-separated names or
    more, each of one to four capitalised words or initials ("Authors: Badih Ghazi, Pritish Kamath, Ravi Kumar, …":
    an arXiv listing's credits over the abstract, theory.report in /work/unseen48, F5)."""
    label, _, names = block.partition(": ")
    if not 0 < len(label.split()) <= 3 or not label[:1].isupper() or any(ch.isdigit() for ch in names):
        return False
    items = _NAMES_SPLIT.split(names.strip())
    return len(items) >= 3 and all(_a_name(item.split()) for item in items)


def _a_name(words: list[str]) -> bool:
    return (
        0 < len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in words) and not words[-1].endswith((".", ":"))
        or len(words) == 1 and len(words[0]) == 2 and words[0][0].isupper() and words[0][1] == "."
    )  # fmt: skip


def label_before_story(block: str, following: str, title: str = "", after: Sequence[str] = ()) -> bool:
    """Whether a first block that ends no sentence is a label or heading before the
    story's first paragraph (``following``, which ends a sentence), not the story's
    first words: a "label: value" line ("原文：…", "状态：草稿", "watch time: 22
    minutes"); a short heading in a script without spaces ("写在前面", "安装方法");
    or a few words before a long paragraph ("Temporary notes, no pictures"). An
    unfinished first sentence before a short one stays ("The ministry said talks
    would resume" / "Negotiators met for six hours."), unless a short block's sentences go on in the blocks
    ``after`` that one ("Леся Українки - студенти читають вірші" / "Леся Українка та Крим." / a paragraph:
    pittua's episode in tests/data/unseen/set19, F9)."""
    # (a plain text's first line that says the title again in other words, a header over the ad: "Male Workout
    # Buddy Mill Creek or Evt Mall location, LA fit - (18-30)" under "Male Workout Buddy; July 4th, …", set17 F9;
    # a page's header, "## <title> Published 2:56 pm Friday, … By …", over a paragraph the feed cut, set42 F7)
    header = (
        bool(title) and block[-1] not in ",;–—-" and not following[:1].islower() and _opens_with_title(block, title)
    )
    if not BLOCK_END.search(following, len(following) - 8):
        # (a paragraph that ends no sentence, a list's first line without its bullet, may follow a heading:
        # "更新内容" / "新特性：支持推文功能，…（…）")
        # (never a list's items, each a short line of its own: only a heading over a paragraph or a list's first
        # line with its clauses; never a line of someone's post, "反正我是没敢走亲戚~" / "今年过年把瞌睡睡好了~ 😂")
        return (
            (header or _spaceless_heading(block))
            and len(following) > len(block)
            and _PUNCTUATION.search(following) is not None
        )
    if header:
        return True
    if pictograph_led(block) and pictograph_led(following):
        # (a social post's paragraphs, each led by its emoji: the first, without a stop, is its headline, "📢
        # Aggiornamenti per la Commissione di esperti…" / "⚖️ L'articolo 36 del Decreto…", set31 F1)
        return True
    if _caption_in_latin(block, following) or _tag_line(block, following):
        return True
    if len(block.split()) <= _HEADING_WORDS and _DOWNLOAD_ROW.search(block) and len(following) > 150:
        # (a download row over the story, set41 F9: "Scarica la locandina dell'evento in formato png o pdf"; not a
        # headline naming a file's kind, "New ZIP codes take effect…", "Doc Rivers out as Bucks coach…")
        return not following[:1].islower()
    if ": " in block and _names_row(block):
        return True  # (a credits row, "Authors: A, B, C, D, E, F", whatever its length: set48 F5)
    if len(block) > 60:
        # (a long heading in Title Case, a series' name over its first paragraph: "Archinect's Architecture
        # School Lecture Guide for Winter-Spring 2015" / "Archinect's Get Lectured is back in session! …")
        # (or a headline with its subtitle, "Mechanische Tastaturen: Profi-Werkzeug für alle …", over the story)
        return len(following) > 150 and (_title_case(block) or _subtitled(block, following))
    if _COMMIT_ITEM.match(block) and len(block.split()) <= _HEADING_WORDS and len(following) > 150:
        # (a list's lone item over the story's paragraph, a squash-merged commit's body: "• feat(agent-core): collapse
        # hidden dirs in prompt" / "Keep hidden directory entries visible …", set46 F5; only a commit's typed subject:
        # any other lone item, "• Ukraine says it shot down 40 drones overnight", is the story's, the review of set46)
        return block[-1] not in ",;–—-" and not following[:1].islower()
    label = _FIRST_LABEL.match(block)
    if block[-1] in ",;–—-" or (following[:1].islower() and not label):
        return False  # (one sentence in two blocks: "In a surprise move on Monday," / "the company said…")
    if tilde_ends(block):
        return False  # (a sentence a tilde ends, with its clauses: "…开始了，欢迎…加入<a lab>~", set60 F3)
    if label:
        # (a label in a script without spaces, "原文：", may name anything; in another, only a short
        # value: "watch time: 22 minutes", not a commit's "irc-fun-bot: more notes on ticket 4")
        short = is_spaceless(label[1][-1]) or len(label[2].split()) <= 4
        return short and not _WARNING.match(block)  # (a content warning is for the reader: it stays)
    if is_spaceless(block[-1]):
        return len(block) <= 16
    if len(block) <= _SHORT_BLOCK and len(following) <= 150:  # (the story's sentences, those blocks that end one)
        following = " ".join((following, *takewhile(lambda line: line[:1] != "•" and _ends(line), after)))
    return (len(block.split()) <= 6 or _title_case(block)) and len(following) > 150


# A novel's (or a post's) tags: phrases joined by "×" or "+" ("shou × villain gong", "1v1 + HE"), or a group of them
# in lenticular brackets at the line's end ("…clever shou【transmigration + 1v1 + double clean】"); a joiner has a space
# on each side ("Ctrl+C", "Disney+", "Python+Django" join no tags).
_TAGS = re.compile(r"[^\W\d_]\s[×+]\s[^\W_]|【[^【】\n]{1,160}】$")


def _tag_line(block: str, following: str) -> bool:
    """A line of tags before the story's sentences, no sentence of its own ("【Delicate, soft, pretty little shou ×
    paranoid, psychotic villain gong】" / "Dark room, forced confinement, obsessive pampering.", set42 F4); never a
    sentence that goes on in the next block, nor a sum ("2 + 2 = 4")."""
    if len(block) > 200 or block[-1] in ",;–—-" or following[:1].islower() or "=" in block:
        return False
    return _TAGS.search(block) is not None and SENTENCE_END.search(block) is None


def _caption_in_latin(block: str, following: str) -> bool:
    """A caption or heading in Latin letters over a story in another script ("Differential energy spectrum of ALPs
    from primordial black hole (PBH)" over a Korean post's first paragraph, set35 F6); never a list's item, nor a
    sentence that goes on ("As Steve Jobs once said," / …)."""
    if block[0] == "•" or block[-1] in ",;–—-" or following[:1].islower() or len(following) <= len(block):
        return False
    other = script_of(following[:200])
    return other not in ("", "latin") and script_of(block) == "latin"


_SHORT_BLOCK = 40  # characters of a first block that the story's sentences in the blocks after it may follow
# Punctuation inside a line: clauses and sentences, a paragraph's and never a heading's.
_PUNCTUATION = re.compile(r"[，、。：；！？,;:.!?](?:\s|$)|[，、。：；！？]")
_HEADING_WORDS = 12
# A list's item that is a commit's typed subject, its type in lower case ("• feat(agent-core): …", "• fix!: …";
# "* feat: …", a lone one in a <pre>'s Markdown, no list: bot/markdowntext.py)
_COMMIT_ITEM = re.compile(r"[•*-] [a-z]+(?:\([^()\n]{0,60}\))?!?: ")
_FILE_KIND = r"\b(?:pdf|png|jpe?g|gif|svg|mp3|mp4|zip|epub|docx?|pptx?|odt)\b"
# A file's kind after a word for downloading or for a format, or two kinds offered ("png o pdf", "PDF / EPUB").
_DOWNLOAD_ROW = re.compile(
    r"\b(?:download\w*|scaric\w*|herunterlad\w*|télécharg\w*|descarg\w*|baix(?:e|ar)|pobierz|ladda ner|скача\w*"
    rf"|завантаж\w*|format\w*|formát\w*)\b.{{0,60}}?{_FILE_KIND}"
    rf"|{_FILE_KIND}\s*(?:/|,|or|o|ou|oder|und|of|y|e|eller|lub|или)\s*{_FILE_KIND}",
    re.I,
)


def pictograph_led(line: str) -> bool:
    """Whether a line opens with a pictograph and a space ("📢 …", "⚖️ …"; not a field's mark, "◎译 名 …")."""
    space = 2 if line[1:2] == "\ufe0f" else 1  # (after the emoji's variation selector)
    return unicodedata.category(line[0]) == "So" and line[space : space + 1] == " "


def _ends(line: str) -> bool:
    return BLOCK_END.search(line, max(0, len(line) - 8)) is not None


def _spaceless_heading(block: str) -> bool:
    """A short line in a script without spaces, only words ("更新内容", "项目主页", "为什么是 Go 语言")."""
    return len(block) <= 16 and is_spaceless(block) and all(ch.isalnum() or ch in " &/·+-" for ch in block)


def _subtitled(block: str, following: str) -> bool:
    """A headline and its subtitle after a colon (a dozen words, the first part a few capitalised ones, no
    sentence's end) before a paragraph that starts a sentence of its own."""
    label = _FIRST_LABEL.match(block)
    return (
        label is not None
        and label[1][:1].isupper()
        and following[:1].isupper()
        and len(block.split()) <= _HEADING_WORDS
        and len(block) <= 100
        and SENTENCE_END.search(block) is None
    )


def _title_case(block: str) -> bool:
    """A line of a dozen words at most, each a capitalised word, a number or a small word, no sentence's end
    among them ("Archinect's Architecture School Lecture Guide for Winter-Spring 2015")."""
    words = block.split()
    return (
        len(words) <= _HEADING_WORDS
        and len(block) <= 100
        and SENTENCE_END.search(block) is None
        and all(w[:1].isupper() or w[:1].isdigit() or w in MINOR_WORDS for w in words)
    )


_FIRST_LABEL = re.compile(r"([^\s:：]{1,12}(?: [^\s:：]{1,12}){0,2})\s?[:：]\s*(\S.*)")
_WARNING = re.compile(r"(?:content |trigger )?warning\b|(?:CW|TW)\s*:", re.I)


# A heading that asks ("在家写不好吗", "Why not write at home?"): the paragraph after it answers it, "当然舒服……！" ("sure
# it is comfy!"), which reads as an exclamation out of nowhere once the heading goes (set50 F11).
# (a question mark or a particle that asks at its end; not "什么" alone: "我们做了什么" is "what we did")
_ASKS = re.compile(r"[?？]|[\u3400-\u9fff][吗嗎呢]$")
_ASKING = 40  # characters of a question heading, at most


def asked(heading: str, following: Sequence[str], room: int) -> str:
    """A question heading as the excerpt's sentence ("在家写不好吗" → "在家写不好吗？"), or "" when it asks nothing, or
    when ``following`` does not open with a paragraph whose first sentence fits in ``room`` characters with it
    (never "…Зачем нужен компилятор?" ending the excerpt, its answer cut; nor before a list: "bug ？" / "• bug 是这个…");
    nor a marked-up or numbered one ("# Why not apps?", "2. Roaming Mantis?": a section's name)."""
    opening = heading.lstrip("¿¡")  # (Spanish opens a question with its mark: "¿Por qué no en casa?")
    if len(heading) > _ASKING or not opening[:1].isalpha() or _ASKS.search(heading, max(0, len(heading) - 3)) is None:
        return ""
    after = following[0] if following else ""  # (the next block: the answer)
    if heading[-1] in "。.!！:：" or not after[:1].isalnum():
        return ""
    first = SENTENCE_END.search(after)
    if first is None or len(heading) + 2 + first.end() > room:
        return ""
    return heading if heading[-1] in "?？" else heading + "？"  # (the particle asks: a wide script's mark)


def without_title_kicker(line: str, title_norm: str) -> str:
    """A first block without the title's kicker, the words before its colon, when it opens with them: "DUSU Polls
    2025: Security has been tightened…" under "DUSU Polls 2025: Heavy security deployed…" (set28 F2, a news site's
    standfirsts); the reader has just read them. Only before a sentence's start (not a lower-case word: the kicker
    may be the sentence's subject, "Rust 1.80: faster builds" under "Rust 1.80: what is new") and words enough; never a
    name's first part, the title's words after the colon going on ("Metal Slug: Awakening was newly added…")."""
    colon = title_norm.find(": ", 0, 61)
    if colon < 3 or line[colon : colon + 2] != ": " or line[:colon].casefold() != title_norm[:colon]:
        return line
    rest, after = line[colon + 2 :].lstrip(), title_norm[colon + 2 :].split(None, 1)  # (none: "Breaking: …")
    if len(rest) < 40 or rest[:1].islower() or not after or rest.split(None, 1)[0].casefold() == after[0]:
        return line
    return rest


def title_reworded(line: str, title) -> bool:
    """Whether a line about as long as the title (three fifths of it to two characters more) is its words again
    (titlewords.title_again) in its order, some left out ("n°50 — A Site: The Palace of Typographic Masonry…" under
    "Revue Faire — no. 50 (A Site: …)"), or, in a line that is no sentence (no sentence's end), all of them with one
    run moved: "hugo app deploy && github actions" under "Deploy hugo app && github actions" (set49 F11), "… -
    owner/repo" under "owner/repo: …". Not the words
    as a set: "Netflix overtakes Disney in subscribers" under "Disney overtakes Netflix in subscribers" says the
    opposite, "Do you really need Kubernetes? No." answers "Kubernetes: do you really need it?" (the review of
    fix49b). ``title``: excerpt._Title (its casefolded ``norm`` and ``words``)."""
    if not len(title.norm) * 3 // 5 <= len(line) <= len(title.norm) + 2:
        return False  # (most lines: another length)
    words = casefolded_words(line)
    if not title_again(words, title.words):
        return False
    known, ordered, theirs = set(title.words), iter(title.words), title.words
    mine = [word for word in words if word in known]
    if all(word in ordered for word in mine):
        return True  # (in the title's order: a later "Karpathy" too)
    if SENTENCE_END.search(line.rstrip()[-3:]) or len(mine) != len(theirs):
        return False  # (a sentence may say the opposite, or answer the title)
    start = next(i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b)
    end = len(mine) - next(i for i, (a, b) in enumerate(zip(mine[::-1], theirs[::-1], strict=True)) if a != b)
    mine, theirs = mine[start:end], theirs[start:end]  # (one run moved: the rest in order, the middle rotated)
    return any(mine == theirs[k:] + theirs[:k] for k in range(1, len(theirs)))


def series_label(line: str, end: int, after: int) -> bool:
    """Whether a block's words before ``end`` and its colon are a series' label over the whole title, no ``after`` words
    ("Mesa de Legislación Comparada CELE: <the title>", set60 F1): at most eight, a lower-case one or four; not a name."""
    words, colon = line[:end].split(), line[end : end + 1] in (":", "：")
    return colon and not after and len(words) <= 8 and (len(words) > 3 or any(map(str.islower, words)))
