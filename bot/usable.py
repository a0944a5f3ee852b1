"""Which sentences a story's summary may take (bot/summary.py): a whole sentence worth showing on its own.

Usable: ending in a full stop, "?", "!" or a closing quote (or a Chinese or Japanese lede's paragraph, which its
writer often ends without one: ``usable_in``'s ``lede``), of a few words, not the headline again (nor framed by
a word or two, nor reworded), not a "Read more" or "Subscribe" line, a call to sign up, a notice, a pointer to further
reading, a list item, a podcast's chapter list, a sentence about a picture or code the summary does not show, nor one
shouted in capitals. Pure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .castlines import cast_line
from .closings import width
from .codeblocks import points_at_code
from .cuts import PICTOGRAPHS, tilde_ends
from .furtherreading import FURTHER
from .inlineschedule import times_listed
from .itemledes import named_lower
from .names import author_list
from .outros import outro_sentence
from .plaincode import click_step, command_step
from .pointers import about_unshown, offers_elsewhere, points_at_page, says_what_follows
from .scripts import UNSPACED_LETTERS
from .selfcite import citation_head
from .sentences import BULLET
from .speakers import attributed
from .storylabels import series_label
from .supportlines import support_line
from .titlewords import casefolded_words, title_again
from .unfinished import trails_off
from .unshownparts import about_unshown_part

MIN_LENGTH, MAX_LENGTH = 20, 450  # of a usable sentence, in characters
MIN_WORDS = 4
PARAGRAPH_END = 40  # characters of a paragraph without a stop that is a sentence all the same (_paragraph_end)
_CLAUSE = re.compile(r"[，、]")
# Chinese or Japanese prose: no bullet or number first, no code's or an address's marks, an ideograph or a kana last.
_PARAGRAPH = re.compile(r"(?![\d\W])[^=#{}<>|~/\\@；;:：]+[\u3040-\u30ff\u3400-\u9fff]")

# A sentence's end; "…" is not one (the feed cut the text there).
# ("»" after a space is a "more" arrow, not a closing quote: "…all 552 news articles »".)
_ENDS = re.compile(r"(?<![.…])[.!?。！？।॥؟۔](?:[\"'”’»)\]]*)$|(?<!\s)[\"”’»]$|(?<=[\u0900-\u0dff] )\|$")  # (set33 F4)
_NETWORKS = "twitter|mastodon|bluesky|facebook|instagram|linkedin|github|youtube|tiktok"
# A row of a guest's links flattened into the text, then the text (set38 F10: "Website Twitter LinkedIn Deskripsi
# Belakangan…"): two names of networks or more, then a capital ("YouTube TikTok and Instagram fight…" is a sentence).
_LINKS_ROW = re.compile(rf"(?i:(?:website|homepage|x|{_NETWORKS}|bandcamp|soundcloud|spotify)\s+){{2,}}[A-Z]")
# Boilerplate anywhere in a sentence (searched in the sentence in lower case: twice as fast as IGNORECASE, which
# compares each letter both ways). What can only be at a sentence's start is _NOISE_START, matched there only; what
# needs a rare character, _NOISE_RARE, is searched only where the sentence has one: each search of a long alternation
# tries it at every place of every sentence (summary cost, issue 18).
_NOISE = re.compile(
    r"\b(?:read (?:more|the full)|click here|subscribe|sign up|newsletter|all rights reserved|"
    r"cookies?|advertisement|follow us|share this|continue reading|"
    # (a support desk's sign-off, set27 F10: "If you have any issues please do let us know.")
    r"let us know|(?:do not|don't|never) hesitate to|feel free to (?:contact|reach)|contact (?:our|the) support|"
    # (a call to sign up, set15 finding 5: "…please register above if you're interested."; in other languages)
    r"(?:register|enroll?|rsvp) (?:above|below|here|now|today)|zapisz się|suscríbete|regístrate|inscríbete|"
    r"inscrivez-vous|abonnez-vous|inscreva-se|jetzt anmelden|"
    # (a pointer in Indonesian, set29 F8: "…dapat diunduh melalui halaman:")
    r"(?:unduh|diunduh|kunjungi) (?:di |melalui )?(?:halaman|tautan)|"
    # (a call to star a project, set30 F11: "…just drop a ⭐ on GitHub.")
    r"(?:drop|leave|give) (?:us |it |the repo )?an? star (?:on github|to the repo)|star (?:us|it|the (?:repo|project)) on github)\b"
    # (a translator's or a publisher's credit, a licence, set36 F10: "Traduction par l'équipe PostgreSQLFr sous licence
    # CC BY-NC-SA.", "…les nouvelles hebdomadaires vous sont offertes cette semaine par David Fetter.")
    r"|\b(?:sous licence|licensed under|under (?:a|the) creative commons|traduction par|brought to you by"
    r"|vous (?:est|sont) offert)"
    # (a markdown table's row, set21 F15: "| Prefix | Example | Description |")
    r"|©|\|[^|\n]*\|[^|\n]*\|",
)
# (a star as a picture; a pointer in Korean, set29 F8: "…자세한 설명은 여기를 참고하세요!")
_NOISE_RARE = re.compile(
    r"\b(?:drop|leave|give) (?:us |it |the repo )?an? ⭐|여기(?:를|에서)?\s?(?:참고|클릭|확인)|아래(?:를)?\s?참고"
)
_RARE_MARKS = ("⭐", "여기", "아래")
_NOISE_START = re.compile(
    # (a sign-off, set29 F7, the whole sentence: "Até o próximo episódio!"; not "…postponed until next week.")
    r"(?:(?:see you|until) (?:in )?(?:the )?next (?:episode|time|week)|até o próximo episódio|hasta el próximo "
    r"episodio)(?:,[^.!?]{0,40})?\W*$"
    # (a release's call to upgrade, set29 F17: "Upgrade today for enhanced security, …"; not "…urged to update now",
    # "Update now available for…"; an author's "EDIT : …" note, set49's re-read; "All photos credit: X.", set63 F4)
    r"|(?:upgrade|update|download|install) (?:today|now)(?: for| to|\W*$)"
    r"|(?:all )?(?:photo|image|credit|source|note|edit)s?(?: credits?)?\s*:"
    # (set65b F9: a pointer at a link, "Read the whole resolution and … explanation.", not a quoted order, "Read the
    # entire report, the judge told jurors…"; a link to the post before, "Previous post on license interoperability.",
    # the whole sentence, not "Previous posts on his Facebook page included threats…"; a quiz's label with its question
    # cut, "Question 1: Our defacto I.D.E. … shipped…", not one asked, "Question 1: Should the state borrow…?", nor an
    # interview's "Q:": review rev65d F3, F4, F5)
    r"|read the (?:whole|entire|complete) (?:story|post|article|thing|resolution|report|interview|piece)\b"
    r"(?![^.!?]*\b(?:told|tells|said|says|asked|urged)\b)[^.!?]{0,80}+\W*+$"
    r"|(?:previous|next|related) (?:post|entry|article) (?:on|about)(?:\s++[^\s.!?]++){1,4}+\W*+$"
    r"|question\s?\d+\s?:(?![^?]*+\?)"
    # (a contact line, set21 F16: "X (formerly Twitter): Alan, Julien."; a chapter line, set21 F13: "00:19 - Hình
    # ảnh chi tiết…")
    rf"|(?:x|{_NETWORKS}|discord|telegram|threads)\b[^:]{{0,20}}:"
    r"\s*[@\w.-]+(?:\s*(?:,|\band\b|&)\s*[@\w.-]+)*\s*\.?$"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–—:)]|\s)",
)
# (the show's welcome to its guests, set29 F7, the whole sentence: "Ana, seja bem-vinda ao Castálio Podcast.", "Jane,
# welcome to the show!"; matched only in a sentence with "welcome" or "vind")
_WELCOME = re.compile(
    r"(?:[^.!?]{1,100}?(?:,\s*|\s))?(?:(?:seja|sejam) (?:muito )?bem[- ]vind[oa]s? (?:ao|à|a) [^.!?]{0,40}?"
    r"(?:podcast|programa|show)|welcome (?:back )?to the (?:show|podcast))(?:,[^.!?]{0,40})?\W*$"
)


# A sentence that only thanks (the whole sentence: "Thanks Frans.", "Thanks for your patience!", "Thanks to Leonid
# Libkin for spotting this.", "Dear Slic3r community: thank you for your support, testing, reports and love!"): a
# credit or a sign-off, never what happened; not "Thanks to the new engine, we…" (a clause of its own after a comma),
# "Thanks for nothing: the update bricked…" (after a colon), "Thank you notes are back in fashion…" (the review).
_THANKS = re.compile(
    r"(?:dear [^:,.!?]{1,40}[:,]\s*)?(?:(?:many|big|special|huge|a big|a huge) )?(?:thanks|thank you)\b"
    r"(?![- ](?:notes?|cards?|letters?|gifts?|messages?|emails?)\b)[^.!?:]{0,120}+[.!?…]*+\W*+$"
)
_THANKS_WORDS = 6
_THANKED_FOR = re.compile(r"thanks to [^,.!?;:]{1,60}? for ")
_CLAUSE_AFTER = re.compile(r",\s+(?:we|i|they|it|he|she|you|this|these|the|our|there)\b")


def _only_thanks(lower: str) -> bool:
    """Whether a sentence _THANKS matches only thanks: no clause of its own after a comma; "thanks to" someone for
    something, or in a few words ("Thanks to Petter A."), not the cause of what follows ("Thanks to its new battery
    the phone lasts two days.", "Thanks to the Python Software Foundation, a PandaBoard arrived…": a lede)."""
    causal = "thanks to " in lower and _THANKED_FOR.search(lower) is None and len(lower.split()) > _THANKS_WORDS
    return not causal and _CLAUSE_AFTER.search(lower) is None


def _noise(lower: str) -> bool:
    """Boilerplate in a sentence (given in lower case): _NOISE_START, _NOISE, _WELCOME, _NOISE_RARE, _THANKS, a
    support line (set62 F11, bot/supportlines.py)."""
    return (
        ("than" in lower[:60] and _THANKS.match(lower) is not None and _only_thanks(lower))
        or _NOISE_START.match(lower) is not None
        or support_line(lower)
        or _NOISE.search(lower) is not None
        or (("welcome" in lower or "vind" in lower) and _WELCOME.match(lower) is not None)
        or (any(mark in lower for mark in _RARE_MARKS) and _NOISE_RARE.search(lower) is not None)
    )


# TeX that no chat renders: display math, or a sentence of formulas, "…complex numbers $a$ , $b$ , $c$ , and $d$ such
# that $k$ is a root of $ax^3+bx^2+cx+d=0$", set30 F11; an abstract's "$n$-partite" is no such sentence. (Searched only
# in a sentence with a "$": its lookahead, tried at every place, reads the rest of the sentence each time.)
_TEX = re.compile(r"\$\$[^$]+\$\$|(?=(?:[^$]*\$[^$]*\$)*[^$]*\$[^$\n]*[\\^_={}])(?:\$[^$\s\d][^$\n]{0,60}?\$[^$]*){3}")
# A report's template rows, set44 F13 ("Expected: jwt.exceptions.InvalidTokenError… Actual: Token accepted…"), and
# Bugzilla's "Expected results:", "Erwartetes Verhalten:", "Comportement attendu :", "Resultado esperado:": at the
# start only (matched there, not searched: _NOISE is tried at every place of every sentence).
_TEMPLATE_ROW = re.compile(
    r"(?:expected|actual)(?: (?:results?|behaviou?rs?|outputs?|outcomes?))?\s*:|(?:steps to reproduce|poc)\s*:"
    r"|(?:erwartetes|tatsächliches|beobachtetes) (?:verhalten|ergebnis)\s*:|(?:comportement|résultat)s? (?:attendu|"
    r"actuel|obtenu|observé)s?\s*:|(?:comportamiento|comportamento|resultados?|risultato) (?:esperado|atual|actual|"
    r"obtenido|obtido|atteso|osservato)\s*:"
)
# A reference's authors, four or more as "Surname Initials,", the last with its full stop ("Cui W, Aida T, Ito H, …
# Aizawa H. Dopaminergic signaling in…", a paper's under its "関連論文" label, set59 F11): no summary's sentence. (Not
# "Vitamin A, vitamin C, vitamin E, and zinc…", "Apple TV, Android TV, Fire TV, Roku and…": the review.)
_AUTHOR = r"(?-i:[A-ZÀ-Þ])[^\W\d_][\w'’-]*+ [A-Z]{1,3}"
# (six and more with their commas, "…, Lee S, Park Y, Microglial protein…", "…, Han M, and Oh S. Microglial…"; not a
# list a sentence's "and" and verb end, "Austin TX, Denver CO, …, Omaha NE and Tulsa OK saw the fastest rent growth":
# the reviews of set 61)
_AUTHORS = re.compile(
    rf"(?:{_AUTHOR}, ){{3,}}{_AUTHOR}\.|(?:{_AUTHOR}, ){{5,}}+(?!(?:{_AUTHOR},?\s+)?(?:and|&|or)\s+{_AUTHOR}\s+[a-z])"
)
# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana, CJK ideographs.
_UNSPACED = re.compile(rf"[{UNSPACED_LETTERS}\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# A list item (bot/blocks.py's bullets, "1-" too, set39 F3; a pictograph as one: "✅ The U.S. Diaspora: …", "📍 In this episode:…",
# set19 F12f): not prose.
_LIST_ITEM = re.compile(rf"{BULLET}|[\u2190-\u21ff{PICTOGRAPHS}]")  # (an arrow, a pictograph)


def formulas(sentence: str) -> bool:
    """Whether a sentence is one of formulas (_TEX): never shown."""
    return "$" in sentence and _TEX.search(sentence) is not None


# A form or a record flattened into the text, not a sentence (set41 F7: "…Información General Fechas: 5 al 16 de enero
# Horario: 08:30 – 16:30 hrs Modalidad: Presencial Lugar: …"): three labels or more, each a capitalised word and a
# colon right after the value before it (not after a comma or an "and": "…renewed Star Trek: Discovery, Avatar: The
# Last Airbender and Cobra Kai: Legends" is a list of titles); and a script's statements read as words, three marks
# of them at least (set41 F7: "…den var xmlhttp = new XMLHttpRequest(); xmlhttp.onreadystatechange = function() {";
# one call in a sentence, "call flush(); before…", is a sentence about code).
_LIST_WORDS = frozenset(["and", "or", "y", "e", "et", "und", "och", "en", "i", "o", "ou", "&"])
_STATEMENTS = re.compile(r"\(\);|\bfunction\s*\(\)|=\s*new\s+[A-Za-z_]|\{\s*(?:if|for|return|var|let|const)\b")


def _form(sentence: str) -> bool:
    if sentence.count(":") >= 3 and _fields(sentence.split()) >= 3:
        return True
    return ("(" in sentence or "{" in sentence) and len(_STATEMENTS.findall(sentence)) >= 3


def _fields(words: list[str]) -> int:
    """How many words are a form's labels: a capitalised word and a colon, after a value (a title of two capitalised
    words, "Star Trek:", counts as one), not after a comma or an "and" (a list of titles)."""
    count = 0
    for at, word in enumerate(words):
        if len(word) < 3 or word[-1] != ":" or not word[0].isupper() or not word[:-1].replace("-", "").isalpha():
            continue
        before = at - 1
        if before >= 0 and words[before][:1].isupper() and words[before].isalpha():
            before -= 1  # (a label of two words: "Display Name:", "Star Trek:")
        if before < 0 or (words[before][-1] not in ",;" and words[before].casefold() not in _LIST_WORDS):
            count += 1
    return count


def usable(sentence: str, titles: Sequence[str] = ()) -> bool:
    """A whole sentence worth showing on its own (see the module's docstring)."""
    return usable_in(sentence, frozenset(folded(t) for t in titles))


def _run(sentence: str) -> bool:
    """Whether a long sentence in a wide script is a run, not clauses: a clause's mark fewer than once in _CLAUSE_LENGTH
    characters ("国务院新闻办公室今天上午举行新闻发布会，…" has one in 20), or a speaker's or a label's colon three times
    ("杨过:我曾经爱上一个女人段誉:我也曾经…", a dialogue, its commas in its lines)."""
    marks = sum(sentence.count(mark) for mark in "，、；;")
    return marks * _CLAUSE_LENGTH < len(sentence) or sentence.count(":") + sentence.count("：") >= 3


_CLAUSE_LENGTH = (
    40  # characters of a clause in a wide script, at most (10-30 in news: "其中基础设施投资增长百分之四点一，")
)


def usable_in(sentence: str, titles: frozenset[str], lede: bool = False, more: bool = False) -> bool:
    """``usable`` for a sentence read among its story's (``titles`` folded). A ``lede`` (an article's first sentence)
    in a script written without spaces may open with a lower-case name ("git pushなどの出力は…", set37 F1) and hold
    a space or two ("…离开我 10 多年了…", set39 F2): words are not counted by spaces there; and followed by ``more``,
    it may be its first paragraph whole without a stop (``_paragraph_end``). (Later sentences keep the stricter rules:
    a paragraph that code interrupts ends without a stop too, and a line of marks and names has few spaces.)"""
    # The cheap tests first; the end is searched for in the last characters only.
    if not MIN_LENGTH <= len(sentence) <= MAX_LENGTH:
        return False
    if len(sentence) > MAX_LENGTH // 2 and not sentence.isascii() and width(sentence) > MAX_LENGTH and _run(sentence):
        return False  # (a wide character counted twice: 400 Chinese ones in no clauses, a dialogue; set50 F13)
    if (
        not _ENDS.search(sentence[-6:])
        and not (lede and more and _paragraph_end(sentence))
        and not (lede and tilde_ends(sentence))
    ):
        return False  # (a tilde after a clause's word ends a lede: "…欢迎…加入<a lab>~", set60 F3)
    # (a lower-case start is a sentence's tail, but for a lede's name, "macOS-style…": set 67b F9; a sentence of few
    # words, no sentence)
    lower_start = sentence[0].islower() and not (lede and named_lower(sentence))
    if sentence[0] in ",;:" or (
        (lower_start or (" " in sentence and sentence.count(" ") + 1 < MIN_WORDS))
        and not (lede and _mostly_unspaced(sentence))
    ):
        return False
    lower = sentence.lower()
    if _LIST_ITEM.match(sentence) or _noise(lower) or _TEMPLATE_ROW.match(lower) or FURTHER.match(sentence):
        return False
    if _AUTHORS.match(sentence) or author_list(sentence) or trails_off(sentence):  # (set59 F11; set63 F16, F15)
        return False
    if citation_head(sentence, titles):  # (an entry's own citation, its authors and title: set66a F1)
        return False
    if _shouted(sentence):
        return False
    if formulas(sentence):
        return False
    if _LINKS_ROW.match(sentence):
        return False
    # (a podcast's chapters, a schedule's rows in one line: set 67a F1; an open quote: set21 F16)
    if times_listed(sentence) or _open_quote(sentence) or _form(sentence):
        return False
    if says_what_follows(sentence) or about_unshown(sentence) or offers_elsewhere(sentence):  # (set17 F4, set57 F4)
        return False  # ("…以下のようにする。", "The two screenshots above is from…": what it is about is not shown)
    if points_at_page(sentence) or about_unshown_part(sentence):  # ("Se den här sidan för…": set41 F4; set 68a F2)
        return False
    if cast_line(sentence) or outro_sentence(sentence):  # ("Featuring Jeff B Davis, …": set 68b F8; set 69 F4, F7)
        return False
    if points_at_code(sentence):  # ("Вопрос дня: что выведет нижеприведённый код?", "…다음과 같습니다.": set32 F5)
        return False
    if (":" in sentence or "：" in sentence) and command_step(sentence):  # ("MySQL 开启 Binlog：sudo vim …", set54 F11)
        return False
    if click_step(sentence):  # ("…所以直接点 “ok” 就开始安装了。", set60 F8)
        return False
    return not headline_again(sentence, titles)


def headline_again(sentence: str, titles: frozenset[str]) -> bool:
    """Whether a sentence is one of the (folded) ``titles`` again: whole, reworded, with a few words around it, or
    under a series' label."""
    text = folded(sentence)
    words: list[str] | None = None  # (the sentence's words, found once when a title asks)
    for t in titles:
        if t == text or (len(t) >= 20 and (_only_around(text, t) or _under_label(sentence, text, t))):
            return True
        if len(text) <= 2 * len(t) + 10:
            words = casefolded_words(text) if words is None else words
            if title_again(words, _title_words(t)):
                return True
    return False


def _mostly_unspaced(sentence: str) -> bool:
    """A third of its characters at least in a script written without spaces."""
    return 3 * len(_UNSPACED.findall(sentence)) >= len(sentence)


def _paragraph_end(sentence: str) -> bool:
    """Whether a sentence without a stop that ended its paragraph is one all the same: in a language written
    without spaces, whose writers often end a paragraph without "。" ("當我們被診斷出罹患糖尿病時，…藥物只是輔助工具",
    set37 F1), a run of clauses (two commas at least) of PARAGRAPH_END characters or more, ending on a word. (A heading is never
    a summary's sentence, marked in the lead: blocks.prose; a caption or a label is shorter and has no comma.)"""
    return (
        len(sentence) >= PARAGRAPH_END
        and _PARAGRAPH.fullmatch(sentence) is not None
        and len(_CLAUSE.findall(sentence)) >= 2
        and not spaced(sentence[-1])
    )


def _open_quote(sentence: str) -> bool:
    """Whether the sentence opens a quotation it does not close (“…, «…, „…, or an odd count of "), or closes one
    it did not open with no one named after it (a quotation's last sentence: read alone, the speaker's words
    read as the author's)."""
    low, high, close = sentence.count("„"), sentence.count("“"), sentence.count("”")
    if high > close + low or low > high + close or sentence.count("«") > sentence.count("»"):
        return True
    closes = close - high - low, sentence.count("»") - sentence.count("«")
    if any(n > 0 and n % 2 for n in closes):  # (an even run of ” is Swedish's pairs: ”DC-hat”)
        return not attributed(sentence)
    return sentence.count('"') % 2 == 1 and sentence.lstrip()[:1] == '"'


@functools.lru_cache(maxsize=4096)
def _title_words(title: str) -> list[str]:
    return casefolded_words(title)  # (a title is compared with each sentence of its story: read once)


def spaced(sentence: str) -> bool:
    """Written with spaces between words (words and terms can be counted)."""
    return _UNSPACED.search(sentence) is None


def _shouted(sentence: str) -> bool:
    """Mostly capital letters: a heading or a promotion ("2023 US TOUR DATES for …", "MERCH MERCH MERCH - …")."""
    # (counted in C first: the capitals of the whole sentence are at least its capital letters)
    alpha = sum(map(str.isalpha, sentence))
    if alpha < 12 or sum(map(str.isupper, sentence)) <= 0.8 * alpha:
        return False
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.8 * len(
        letters
    )  # ("AAPL, MSFT and NVDA rose.")


def _only_around(sentence: str, title: str) -> bool:
    """The headline with a few words around it ("This article <headline> appeared…" cut by the
    segmenter): it says nothing the headline does not."""
    at = sentence.find(title)
    return at >= 0 and len((sentence[:at] + " " + sentence[at + len(title) :]).split()) < MIN_WORDS


def _under_label(sentence: str, text: str, title: str) -> bool:
    """The whole headline under a series' label and its colon, nothing after it ("Mesa de Legislación Comparada CELE:
    <the headline>?", storylabels.series_label, set60 F1), its longer words capitalised as a name's: the headline again;
    not a speaker's name ("Ana Roe: …"), nor a clause ("Here's something new for your lazy morning: <the headline>.")."""
    if not text.endswith(title) or len(text) == len(title) or len(sentence.casefold()) != len(sentence):
        return False
    label = sentence[: len(text) - len(title)].rstrip()
    named = all(word[0].isupper() for word in label.split() if len(word) > 3)  # (not "Here's something new for…:")
    return named and series_label(label, len(label) - 1, 0)


def folded(text: str) -> str:
    return text.casefold().rstrip(".!?… ")


def header_title(text: str, end: int | None = None) -> bool:
    """Whether a text (up to ``end``) may be or open with a header of fields a "|" apart, two separators at least (an
    untitled post's stand-in title: bot/titles.py's _field_header)."""
    return text.count("|", 0, end) >= 2


def after_header(rest: str) -> bool:
    """Whether a text goes on from a header title it opens with (``rest``, what follows it) as a header does: a field's
    separator, a glued bullet or word ("…| Full TimeChipStack is…", "…| San FranciscobeSpoke is…"); not a sentence run on after a space ("Live |
    Ukraine war | Day 500 of the invasion…" under "Live | Ukraine war | Day 500")."""
    return (
        rest.lstrip()[:1] in ("|", "•") or rest[:1].isupper() or (rest[:1].isalpha() and rest[:1] == rest[:1].lower())
    )
