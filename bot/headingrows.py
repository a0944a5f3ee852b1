"""What a text flattened to plain text opens with before its first sentence, as rows of the boilerplate table
(bot/boilerplate.py; tried on any text's first block, markup's too: the shapes are a flattened text's): a heading (an
email newsletter flattened to a description keeps its section headings on the text's line: "Project update Full Time
For those who might have missed it.", nerves-project--newsletter-index.xml in tests/data/unseen/set29, F1), a style
sheet's rules and a post's field rows (bot/fieldruns.py); and a heading a plain summary said again at once
(without_run_in_heading, which bot/excerpt.py applies) or ran into a line (without_line_headings: bot/blocks.py)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .boilerrow import START, Row
from .cjkheadings import without_cjk_headings as without_cjk_headings  # (bot/blocks.py's too)
from .cuts import SENTENCE_END
from .fieldruns import FIELD_ROWS
from .inlinerows import _AN_ADDRESS
from .numberends import OPENERS
from .titleruns import sentence_after_title

if TYPE_CHECKING:
    from collections.abc import Callable

    from .blocks import Blocks

# Words an English sentence opens with, capitalised there and nowhere else in it: after a heading's words (with no
# sentence's mark between), one of them, then a word in lower case that a title in title case would capitalise (not
# "the": "Gains Momentum With the Latest…" is a title), is where the sentence starts. (Not "A" or "I": "Plan A is…",
# "World War I ended…"; not "In", "On", "Here": "No Call In show…", "Click Here to…"; not "It": the game "Witch It";
# not "You": "Hello I Love You is a song…"; never before a German article: "Die Last der Verantwortung…", the review.)
_OPENERS = (
    r"The|This|These|That|There|Its|We|Our|They|For|After|When|If|As|Today|Last|With|Since|From"
    r"|While|Once|Every|Yesterday|Earlier|Recently|Following|An"
)
_SMALL = (
    r"(?:a|an|the|and|but|or|nor|so|yet|as|at|by|for|in|of|off|on|per|to|up|via|with|from|into|over|vs"
    r"|der|die|das|den|dem|des|ein|eine|einer|einen|einem|eines)\b"  # (German articles: no English sentence's second word)
)
_POSSESSIVES = r"Notre|Nos|Votre|Vos|Leur|Leurs|Unser\w*|Nuestr[oa]s?|Noss[oa]s?|Onze|Mijn|Meine?|Nasz\w*"
HEADING_ROWS: tuple[Row, ...] = (
    Row(
        "heading-run-in",
        "a heading run into the first sentence",
        START,
        # The heading: one to six words, the first capitalised or a number (not an opener: the sentence starts
        # there, nor another language's "our", "your", "their": "Notre article <em>From two-way to three-way…</em>
        # de … a été accepté…", a sentence whose subject names an English title, set62 F7), none with a sentence's
        # mark; the sentence after it at least four words long.
        re.compile(
            rf"(?!(?:{_OPENERS}|In|It|On|No|Not|{_POSSESSIVES})\s)[A-Z0-9][\w'’&+-]*(?:\s+\w[\w'’&+-]*){{0,5}}?"
            rf"\s+(?=(?:{_OPENERS})\s+(?:(?:a|an|the)\s+)?(?!{_SMALL})[a-z][\w'’-]*(?:\s+\S+){{2}})"
        ),
        "Project update Full Time For those who might have missed it, Frank left his job.",
        "Project updates for those who might have missed them are below.",
    ),
    *FIELD_ROWS,  # a style sheet's rules, a post's field rows, a link to it in another language (bot/fieldruns.py)
    Row(
        "text-label-start",
        "the label of the text itself before it",
        START,
        # ("<em>Description:</em> Datacenter downtime due to…", "Description - The building where…": a status
        # page's incidents, fgrilles-status--issues.xml in set33, F3): the field's name, capitalised, then ":" or a
        # spaced dash and the text's capital.
        re.compile(
            r"(?:Description|Summary|Abstract|Beschreibung|Zusammenfassung|Résumé|Descripción|Resumen|Descrição"
            r"|Resumo|Descrizione|Sommario|Omschrijving|Samenvatting|Opis|Описание|Опис)\s?(?::|\s[-–—])\s*"
            r"(?=[A-ZÀ-ÞĄĆČĎĘĚŁŃŇŐŘŚŠŤŮŰŹŻŽА-ЯЁЄІЇ0-9\"“«])"  # (Central European capitals: "Opis: Łódź…", the review)
        ),
        "Description: Datacenter downtime due to datacenter relocation scheduled for May 2, 2022.",
        "Description of the downtime: the datacenter moves in May.",
    ),
)

_RUN_IN_WORDS = 8  # words of a heading run into its text, at most
# Words a sentence opens with in languages other than English, capitalised there and nowhere else in it (pronouns,
# "how", "to"/"if" openers; not an article, German "Die", "Das", Dutch "Het": German capitalises nouns, "Die Welt
# von…" is a title's; those are _LINE_ARTICLES, with evidence only;
# none an English word, "Open Vi and type…", "Chanting Om is…"; not "Ich": "Kennedy said Ich bin ein Berliner…"):
# after a heading a plain summary runs into its paragraph at a line's start ("Podcasts bei der SZ Wir passen das
# Format…", "Introduktion Att ha…": Hugo's .Summary, set41 F1; without_line_headings).
_RUN_IN_OPENER_WORDS = "Wir Wie Hier Heute Att Jag Här Idag Ik Wij Vandaag Nous Je Nosotros Noi Oggi Dziś"
# And each language's personal pronouns and demonstratives (a closed class; set41 F1's second round): none an English
# word or a name's ("He", "Me", "My", "On", "To", "Ten", "Vi", "Han", "Hun", "Yo", "Io", "Lei", "Er"), nor a short one
# other languages have ("Se", "Te", "Ne", "Es", "Du"); "De", "Den", "Die", "Das", "Der", "Het", "Az", "Mi" are _LINE_ARTICLES.
_LINE_OPENER_WORDS = " ".join(
    (
        _RUN_IN_OPENER_WORDS,
        "Dies Diese Dieser Dieses",  # de (not "Sie", "Ihr", "Du": capitalised as "you" anywhere, "Lernen Sie…")
        "Jij Hij Zij Jullie Dit Deze Dat",  # nl
        "Jag Hon Ni Det Detta Denna Dessa",  # sv
        "Jeg Dere Dette Disse",  # no, da
        "Minä Sinä Hän Tämä Nämä Tuo",  # fi
        "Én Ő Ők Ez Ezt Ezek Azok",  # hu
        "Tú Él Nosotras Vosotros Ellos Ellas Esto Este Esta Estos Estas",  # es
        "Tu Lui Voi Loro Questo Questa Questi",  # it
        "Il Elle Vous Ils Elles Ce Cette Ceci Cela",  # fr
        "Eu Ele Ela Nós Vocês Eles Elas Isto Isso",  # pt
        "Ja Wy Oni Ona Já Vy Tento Tato Toto",  # pl, cs
    )
)
_LINE_OPENERS = frozenset(_LINE_OPENER_WORDS.split())
# Articles and words another language has too ("Plan A is…", "Chanting Om is…", "El Paso"): a heading before one of
# them only with evidence of its own (the title's words, said again) or beside another (without_line_headings).
_LINE_ARTICLE_WORDS = "A Az The El La Los Las Om Het De Den Die Der Das Mi"
_LINE_ARTICLES = frozenset(_LINE_ARTICLE_WORDS.split())
_SENTENCE_OPENERS = (
    frozenset(_OPENERS.casefold().split("|"))
    | {"in", "it", "i", "a", "on", "no", "here", "you"}
    | OPENERS
    | {"mit", "im", "am", "zum", "dans", "avec", "pour", "en", "con", "para", "per"}
    | {word.casefold() for word in _RUN_IN_OPENER_WORDS.split()}
)  # (English, and other languages' articles, pronouns and prepositions: "Nouvelles fonctionnalités Cette version…")


def without_run_in_heading(line: str, title_norm: str) -> str:
    """A first block without a heading a plain summary ran into its text (Chirpy's, dyong-blog--feed.xml in
    tests/data/unseen/set32, F6): the title, when the sentence after it names the title again ("상속관계 매핑 이번
    포스팅에서는 상속관계 매핑에 대해서 알아보자." under "상속관계 매핑"), or a phrase said again at once, its last word
    with an ending ("회원 엔티티와 팀 엔티티 회원 엔티티와 팀 엔티티가 있다고…"; not "New York New Yorkers love…"). Never before
    a lower-case word ("Rust 1.80 is out: Rust 1.80 brings…": the title is the sentence's subject), nor a capitalised
    one but a sentence's opener ("Star Wars Outlaws is the first open-world Star Wars game" under "Star Wars")."""
    m = _SECTION_LABEL.search(line, 1, len(title_norm) + 40)
    if m is not None and _title_again(line[: m.start()], title_norm, ":" in m[0]):
        return line[m.end() :]  # (and a section's label after it: "Waas Descrizione: Writing as…", set49 F5)
    words = line.split(None, 2 * _RUN_IN_WORDS)
    # (a phrase said again starts with the line's first word again: most lines have none, no loop, issue 18)
    again_at = words[2 : _RUN_IN_WORDS + 1].count(words[0]) if words else 0
    for count in range(2, min(_RUN_IN_WORDS, (len(words) - 1) // 2) + 1 if again_at else 2):
        again = words[count : 2 * count]
        ending = again[-1][len(words[count - 1]) :] if len(again) == count else ""
        if (
            again[:-1] == words[: count - 1]
            and again[-1].startswith(words[count - 1])
            and again[-1][:1].isalpha()
            and not again[0][:1].islower()
            and len("".join(words[:count])) >= 4
            and not (ending[:1].isascii() and ending[:1].isalpha())  # (a case ending, "엔티티가"; not "New Yorkers")
        ):
            return line.split(None, count)[count]
    if len(title_norm) < 4 or " " not in title_norm or line[: len(title_norm) + 1].casefold() != title_norm + " ":
        return line
    rest = line[len(title_norm) + 1 :]
    end = SENTENCE_END.search(rest)
    if rest[:1].islower() or not rest[:1].isalpha() or title_norm not in rest[: end.start() if end else 120].casefold():
        return (
            sentence_after_title(rest, line[: len(title_norm)], _SENTENCE_OPENERS) or line
        )  # (a label between: set60 F7)
    if rest[:1].isupper() and rest.split(None, 1)[0].casefold() not in _SENTENCE_OPENERS:
        return line  # (a name's next word: "Star Wars Outlaws is…" under "Star Wars", the review)
    return rest


# A section's label a Hugo summary runs in after the title, before a capitalised sentence ("File Sharing Portal
# Descrizione: Benvenuti…", "N00bz CTF 2024 Description Un CTF…" under "N00bzCTF": bytethecookies--it.xml in set49, F5)
_SECTION_LABEL = re.compile(
    r"(?<=\s)(?:(?:Descrizione|Description|Descripción|Descrição|Beschreibung)(?:\s?:)?|(?:Introduction|Introduzione"
    r"|Introducción|Einleitung|Overview|Summary|Sommario|Resumen|Résumé|Abstract|Synopsis)\s?:)\s*(?=[A-ZÀ-ÞА-ЯЁ])"
)


def _title_again(head: str, title_norm: str, colon: bool) -> bool:
    """Whether the words before a label are the title, folded (case, spaces, marks), and a year after it (or a colon
    after the label: not "Python Description Logic Toolkit is…" under "Python", "Job Description Templates…")."""
    head, title = _NOT_WORDS.sub("", head.casefold()), _NOT_WORDS.sub("", title_norm.casefold())
    year = re.fullmatch(r"(?:19|20)\d\d", head[len(title) :]) is not None
    return len(title) >= 3 and head.startswith(title) and (head == title and colon or year)


# A heading flattened before the text's first sentence, set off by a no-break space beside a space, the gap a
# flattened text keeps ("Flaggan ersätts av vimpel\u00a0 Vi har under en tid sökt…", a co-op's newsletter, set34 F5).
# Narrow, as that gap also ends a sentence typed without its mark ("Tickets cost 10 euros (students free)&nbsp; …"):
# one to six words, a capital first and a letter or a digit last, nothing but letters, digits and "-&/" (no
# quote, bracket, pictograph or sentence's mark); then a sentence of four words at least, its first word capitalised
# and its second in lower case (not a name: "Mayor resigns&nbsp; Jane Smith Announced…"; Google News'
# "Headline&nbsp;&nbsp;The New York Times"). Two plain spaces are no such gap ("Our new president Anna  Berg…").
_HEADING_MARKS = frozenset("-–&/")
_SENTENCE_MARK = re.compile(r"[.!?…](?=\s|$)")


def _heading_shape(words: list[str], most: int = 6, *, number: bool = False) -> bool:
    """Whether words are a heading's (see above): one to ``most`` (six; eight of a title's words), a capital first and
    a letter or a digit last, nothing but letters, digits and "-–&/" (``number``: a digit first too). Shared by
    gap_heading and without_line_headings."""
    return (
        1 <= len(words) <= most
        and (words[0][:1].isupper() or (number and words[0][:1].isdigit()))
        and words[-1][-1:].isalnum()
        and all(word and all(c.isalnum() or c in _HEADING_MARKS for c in word) for word in words)
    )


def gap_heading(text: str) -> str:
    """The heading a flattened text opens with before its first sentence (see above), "" when none."""
    gap = text.find("\u00a0")
    head, rest = text[:gap], text[gap + 1 :]
    if gap < 0 or not (head.endswith(" ") or rest.startswith(" ")):
        return ""
    heading, rest = head.strip(), rest[1:] if rest.startswith(" ") else rest
    if not _heading_shape(heading.split(" ")):
        return ""
    end = _SENTENCE_MARK.search(rest)
    sentence = rest[: end.start()].split(None, 4) if end else []
    if len(sentence) < 4 or not rest[:1].isupper() or not sentence[1].islower():
        return ""
    return heading


# A list item that is a field: a short label, a colon, its value ("• 내용 : 딥러닝 기술의…", "• Venue: Hall 3").
_FIELD = re.compile(r"•\s*[^\s:：•/\d][^\s:：•/]{0,11}\s?[:：]\s*(?!//)\S")  # (not "https://…", "09:00")


def name_of_fields(fallback: list[str], around: list[str]) -> list[str]:
    """The heading that names a list of fields when the excerpt opens with that list (lewislim-blog--feed.xml in
    tests/data/unseen/set32, F2: "<h4>코리아 AI &amp; Deep-Learning Summit 2018</h4><ul><li>내용 : …</li><li>장소 : …":
    the event's name was lost): the heading right before it (``around``: the lines before, at and after the list's
    first), when two fields open the list and it is a name of three words or more (not a section's "Changelog",
    "Configuration", "✨ 模型特色", nor a list's item); else nothing."""
    if not fallback or len(around) < 3 or around[0] != fallback[-1] or not _FIELD.match(around[1]):
        return []
    if not _FIELD.match(around[2]) or len(around[0].split()) < 3 or around[0][0] == "•" or "://" in around[0]:
        return []
    return [fallback[-1] + ("" if fallback[-1][-1] in ".:：!?…" else ":")]


# A record's rows before its list, each a short field of a block of its own: "Salary: 120 EUR p/d NET" / "Joining:
# 10.03.2026" / "Duration: 28 days" / "Requirements:" / "• …" (a job board's, danpo0446's in set40, F10). Each went as a
# label before the story, and the excerpt was the list alone. (A label of one to three words, a value of six at most,
# no sentence nor address; a bare label is the list's.)
FIELD_LABEL = r"[^\W\d_][\w'’./&-]*(?: [\w'’./&()-]+){0,2}"  # (a field's label, a letter first; bot/linebreaks.py's)
_ROW = re.compile(rf"{FIELD_LABEL}: (?:\S+ ){{0,5}}\S+(?<![.!?…])")
_ROW_LENGTH = 50  # characters ("資料集說明: …" over a paragraph's worth is a description, no row)
_BARE = re.compile(rf"{FIELD_LABEL}:")


def lead_record(blocks: Blocks, header: Callable[[str], bool]) -> Blocks:
    """The blocks with a record's rows before its list as one line, " · " between them and the list's label: "Salary:
    120 EUR p/d NET · Joining: 10.03.2026 · Duration: 28 days · Requirements:" over the list (see above). Two rows at
    least, each label another, after a ``header`` line at most (leadin.bare_labels'); else the blocks as they are."""
    lines = blocks.lines
    start = 1 if lines and header(lines[0]) else 0
    end = start
    while end < len(lines) and end - start <= 12 and _row(lines[end]):
        end += 1
    if end - start < 2 or end + 1 >= len(lines) or not _BARE.fullmatch(lines[end]) or lines[end + 1][:1] != "•":
        return blocks
    if len({line.split(":", 1)[0].casefold() for line in lines[start : end + 1]}) != end + 1 - start:
        return blocks
    return dataclasses.replace(blocks, lines=[*lines[:start], " · ".join(lines[start : end + 1]), *lines[end + 1 :]])


def _row(line: str) -> bool:
    return len(line) <= _ROW_LENGTH and "://" not in line and _ROW.fullmatch(line) is not None


def without_line_headings(lines: list[str], title: str) -> list[str]:
    """A plain text's lines (not wrapped at a width) without the headings Hugo's plain .Summary runs into them (see
    _LINE_OPENERS): a phrase said again at once ("Nils Kopp Nils Kopp ist Journalist…", without_run_in_heading), or one
    to six words of a heading's shape before an opener and a lower-case word ("Lutz Neumann Wie ihr wisst…"). Only
    with evidence that it is a heading (a title or a quotation in running text is no such thing: "Hape Kerkelings Buch
    Ich bin dann mal weg erschien…", "Le film Je verrai toujours vos visages sort…", the review): the words are the
    entry's ``title``'s (up to eight then: "11 Leben – Die Welt von Uli Hoeneß Wie immer…"), two lines or more of the
    text open so (the .Summary runs in each heading; one before an opener of _LINE_OPENERS), the sentence names a word
    of the heading again ("Totala antalet tester Det totala antalet…", "Pathogens Portal The Pathogens Portal som…",
    "Sobre el LEM El Laboratorio Experimental Móvil (LEM) es…"; not after "A": "Vitamin A deficiency…"), or it is one
    word before an opener of _LINE_OPENERS ("Introduktion Att ha en…", "Telepítés Természetesen a…"; set41 F1)."""
    lines = [_without_inner_headings(line, title) if _INNER.search(line) else line for line in lines]
    lines = [without_cjk_headings(line, title) for line in lines]  # (set42 F1: Chinese, Japanese, Korean)
    found = [_line_heading(line, title) for line in lines]
    if not any(head for head, _ in found):
        return lines
    # (the lines' evidence: one of them a heading of one word before an opener, or said again at once; not two names
    # before openers: "Olympic champion Chris Hoy has…" beside "Olympic champion Jason Kenny Ik denk…")
    repeated = sum(1 for head, _ in found if head) >= 2 and any(
        head and (kind in _SURE or kind == "again" or (kind == "opener" and " " not in head)) for head, kind in found
    )
    return [
        line.lstrip()[len(head) :].lstrip() if head and (repeated or kind in _SURE) else line
        for line, (head, kind) in zip(lines, found, strict=True)
    ]


# A sentence's end, then a heading's capital and, within eight words (_LINE_TITLE_WORDS), an opener of a sentence or
# an article (a cheap test first).
_INNER = re.compile(r"[.!?;] +[A-ZÀ-ÞĀ-ž]")
_INNER_READ = 400  # characters after a sentence's end read for a heading


def _without_inner_headings(line: str, title: str) -> str:
    """A line without the headings the .Summary ran in after a sentence's end inside it ("…xmlhttp.send(); . Totala
    antalet tester Det totala antalet…", set41 F1), each with evidence of its own (_SURE; see without_line_headings)."""
    parts, start = [], 0
    for match in _INNER.finditer(line):
        at = match.end() - 1
        words = line[at : at + 160].split(" ", _LINE_TITLE_WORDS + 1)[1 : _LINE_TITLE_WORDS + 1]
        if not any(word.rstrip(",") in _LINE_OPENERS or word in _LINE_ARTICLES for word in words):
            continue  # (no opener after a heading's words: most sentences)
        head, kind = _line_heading(line[at : at + _INNER_READ], title)
        if head and kind in _SURE and at >= start:
            parts.append(line[start:at])
            start = at + len(head) + 1
    return "".join(parts) + line[start:] if parts else line


_EN_OPENERS = frozenset(_OPENERS.split("|"))  # ("This special issue of The Batch celebrates…" is a sentence)
_SMALL_WORD = re.compile(_SMALL, re.IGNORECASE)
_SURE = frozenset({"named", "one-word"})  # (a heading's evidence on its own line: see above)
_WITHIN = 5  # words after the opener a lower-case one comes within, when the heading is named or said again


def _line_heading(line: str, title: str = "") -> tuple[str, str]:
    """The words a heading run into a line would be (without_line_headings) and its evidence: "again" (said again
    at once), "named" (the title's or said again in the sentence), "one-word" (one word before an opener of
    _LINE_OPENERS), "opener" or "article" (no evidence of its own: before an opener of _LINE_OPENERS or of
    _LINE_ARTICLES); ("", "") when none."""
    line = line.lstrip()
    named = f" {_plain_words(title)} " if title else ""
    if (rest := without_run_in_heading(line, "")) is not line:
        head = line[: len(line) - len(rest)]
        return head, "named" if named and f" {_plain_words(head)} " in named else "again"
    words = line.split(" ", _LINE_TITLE_WORDS + _WITHIN + 2)
    if not words or words[0].rstrip(",") in _LINE_OPENERS or words[0] in _LINE_ARTICLES or words[0] in _EN_OPENERS:
        return "", ""
    for at in range(1, min(len(words) - 3, _LINE_TITLE_WORDS + 1)):
        opener = words[at].rstrip(",")
        sure = opener in _LINE_OPENERS
        # (the title's words before a capitalised word, a comma and a pronoun: "Kansloos linkverzoek Tja, ik…", "Nou, ik…")
        said = bool(named) and opener != words[at] and opener.istitle() and words[at + 1].capitalize() in _LINE_OPENERS
        if not (sure or said or words[at] in _LINE_ARTICLES) or not _heading_shape(
            words[:at], _LINE_TITLE_WORDS, number=bool(named)
        ):
            continue
        head, after = " ".join(words[:at]), words[at + 1 : at + 1 + _WITHIN]
        if _SMALL_WORD.fullmatch(words[at - 1]) or f" {_plain_words(head + ' ' + opener)} " in named:
            continue  # (no heading ends on "of"; "Off The Grid was…" under "Off The Grid": the title is the subject)
        strict = after[0].isalpha() and after[0].islower()
        if named and f" {_plain_words(head)} " in named and (strict or any(w[:1].islower() for w in after)):
            return head, "named"
        if at > _LINE_HEADING_WORDS or not _heading_shape(words[:at]):
            continue
        if opener in _NAME_PARTICLES and after[0][:1].isupper():
            continue  # (a name: "Robert De Niro told…", "Las Vegas Boulevard", "Xiaomi Mi 11", "Según La Nación,…")
        # (after a determiner at once, "Pathogens Portal The Pathogens…"; anywhere after a heading of three words or
        # more: "Superando la brecha entre ciencias La noción … entre ciencias sociales…")
        reach = 1 if opener in _DETERMINERS and at < 3 else _SAID_AGAIN_WORDS
        lower = any(w[:1].isalpha() and w[:1].islower() for w in after)
        if opener != "A" and lower and _said_again(words[:at], line, reach):
            return head, "named"
        if strict:
            return head, "one-word" if sure and at == 1 and len(head) >= 4 else "opener" if sure else "article"
    return "", ""


# Words an article can be in a name, before its capitalised word: "De Blasio", "Den Haag", "Xiaomi Mi 11", "La Nación".
_NAME_PARTICLES = frozenset({"De", "Den", "Mi", "La", "Las", "Los"})
_DETERMINERS = _LINE_ARTICLES - {"Om"}  # (Swedish "if" names the heading's word anywhere: "Hjälp om Portalen Om du…")
_SAID_AGAIN_WORDS = 30


def _said_again(heading: list[str], line: str, reach: int = _SAID_AGAIN_WORDS) -> bool:
    """Whether the sentence after a heading (its first, thirty words at most) names one of its words again: the
    word's start (all but a case ending) among the sentence's first ``reach`` words after its opener (1 after an
    article: "Mayor De Blasio said the mayor's…" is no heading), or an acronym of two capitals or more whole, anywhere
    ("LEM" in "(LEM)")."""
    sentence = line.split(None, len(heading) + 30)[len(heading) : len(heading) + 30]
    words = [word.strip("()[]\"'“”‘’,;:").casefold() for word in sentence]
    cut = next((at for at, word in enumerate(sentence) if word[-1:] in ".!?"), len(words))
    words = words[: cut + 1]
    for word in heading:
        if len(word) >= 2 and word.isupper() and word.isalpha():
            if word.casefold() in words:
                return True
        elif len(word) >= 4 and word.isalpha():
            stem = word.casefold()[: max(4, len(word) - 3)]
            if any(other.startswith(stem) for other in words[: reach + 1]):
                return True
    return False


_LINE_HEADING_WORDS = 6
_LINE_TITLE_WORDS = 8  # words of a heading the title names (see without_line_headings)
_NOT_WORDS, _YEAR_DATE = re.compile(r"[\W_]+"), re.compile(r"(?:19|20)\d\d\s?[-./年]\s?\d{1,2}\b")


def _plain_words(text: str) -> str:
    return " ".join(_NOT_WORDS.sub(" ", text).split()).casefold()


def no_fallback(line: str) -> bool:
    """Whether a heading is no fallback excerpt: an address and numbers only ("2018 http://fd.kr": set49 F4), or a
    date that opens on its year ("2024-05-01"), or marks only; not a version, a year, a sum alone ("1.2.0", "2024", "$5,000,000")."""
    rest = _AN_ADDRESS.sub("", line)
    marks = not any(c.isalnum() for c in rest)  # (marks alone: "// //", a show's separators)
    return not any(c.isalpha() for c in rest) and (marks or rest != line or _YEAR_DATE.match(line.strip()) is not None)
