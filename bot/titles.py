"""Titles: a feed's title (or a name, a tag) as one line of plain text, and a
stand-in title, an entry's first words, for an entry that has none. Pure.
"""

from __future__ import annotations

import dataclasses
import html as htmllib
import re
import unicodedata

from .blocks import EMPTY, Blocks
from .boilerstrip import block_row, strip_boilerplate
from .clean import ENTITY, html_lines, plain_lines
from .cuts import SENTENCE_END
from .datelinerows import WIRE_BRACKET
from .excerpt import make_excerpt
from .titlescripts import scripts_shown  # (an escaped <sub>, <sup>: set 70b N1)
from .titlesentence import title_sentence_end
from .usable import after_header, header_title

TITLE_FROM_TEXT_LENGTH = 150  # Slack's header limit; a first sentence up to 1.5 × it is the whole title (titlesentence)

# A replacement character not between two letters (the review: "S\ufffdo Paulo" keeps it, "👻\ufffd沙盒页" does not)
_LOST = re.compile(r"\ufffd(?![^\W\d_])|(?<![^\W\d_])\ufffd")


def clean_title(markup: str | None, *, is_html: bool = True) -> str:
    """A title (or a name, a tag) as one line of plain text. Nothing is taken off
    its end: "… condemns his ‘climate denial’ comments" is a headline, not a
    comment link (the trailing-boilerplate rules are for article text)."""
    if markup and "\ufffd" in markup:  # (a character the feed lost, "👻\ufffd沙盒页": set32 F14; it reads as nothing
        markup = _LOST.sub("", markup)  # beside a mark; inside a word, "Pok\ufffdmon", it shows a letter is missing)
    if (
        markup and "<" not in markup and "&" not in markup
        and markup.isprintable() and unicodedata.is_normalized("NFC", markup)
    ):  # fmt: skip
        # Most titles: nothing to unescape, remove or normalize (no invisible
        # character is printable, nor any space but " "), only spaces to collapse.
        title = " ".join(markup.split())
        if title != "•":
            return _without_emphasis(title) if "**" in title or "__" in title else title
    if not is_html:
        return scripts_shown(_without_emphasis(_without_markers(" ".join(" ".join(plain_lines(markup)).split()))))
    # One pass of HTML: a title's escaped markup is what it says ("Why &lt;div&gt;
    # soup" shows "<div>"), not more markup to take out, as it is in a body that
    # was escaped twice. A doubly escaped entity ("AT&amp;amp;T") is still read.
    title = " ".join(" ".join(html_lines(markup, passes=1)).split())
    return _without_emphasis(
        _without_markers(htmllib.unescape(title) if "&" in title and ENTITY.search(title) else title)
    )


# Markdown's emphasis in a title that is no Markdown: "**Azubi 2026**", "**2026**" (a job board's, set34 F9): a pair of
# "**" or "__" around words, nothing but a space, a mark or an end outside; the words stay. Never code or maths: "a**b",
# "**kwargs", "__init__" (a "__" pair only around two words or more), a glob ("src/**/*.ts", "**/node_modules/**": a
# "/" beside the stars). The words end at the next delimiter (no run of them: linear).
_EMPHASIS = re.compile(
    r"(?<![\w*/])(?:\*\*(?=[^\s*_/])([^*]+?)(?<=[^\s*_/])\*\*|__(?=[^\s*_])((?:[^_]|_(?!_))+?)(?<=[^\s*_])__)(?![\w*/])"
)


def _without_emphasis(title: str) -> str:
    if "**" not in title and "__" not in title:
        return title
    words = _EMPHASIS.sub(lambda m: m[1] if m[1] is not None else m[2] if " " in m[2] else m[0], title)
    return words if words.strip() else title


# An HTML comment without spaces shown as a title's text: qTranslate's language markers ("<!--:en-->OSTN secure VoIP
# wizard…<!--:-->": guardianproject's blog, set29 F19), at the title's start or end, where qTranslate wraps it. (One
# with words, "Why <!-- a note --> breaks my parser", or inside, "Why <!--more--> breaks your excerpts", is what the
# title is about: it stays.)
_MARKER = re.compile(r"^(?:\s*<!--[^\s<>]{0,20}-->)+|(?:<!--[^\s<>]{0,20}-->\s*)+$")


def _without_markers(title: str) -> str:
    return " ".join(_MARKER.sub(" ", title).split()) if "<!--" in title else title


# A byline at a title's end ("The Myth of the Middle Class - By Charles Kenny": Foreign Policy's RSS, unseen11
# #3): a dash or bar, "By" (or its word in another language), then one to three names of two to five
# capitalised words or initials each ("Steven A. Cook", "Amos Yadlin and Robert Satloff").
_NAME = r"[^\W\d_][\w’'.-]*"
_NAMES = rf"{_NAME}(?: {_NAME}){{1,4}}(?:(?:,| and| &| und| et| y| e) {_NAME}(?: {_NAME}){{1,4}}){{0,2}}"
_BYLINE = re.compile(rf"\s[-–—|]\s+(?:By|BY|by)\s+({_NAMES})$")
# ... but not a Title Case phrase ("By The Numbers", "By Popular Demand", "By Far The Best Week"): a name
# has no article, preposition or adverb of this kind
_NOT_NAMES = frozenset({"the", "a", "an", "far", "popular", "demand", "numbers", "design", "default", "now", "way"})
_JOINS = frozenset({"and", "&", "und", "et", "y", "e"})


def without_doubled_kicker(title: str) -> str:
    """A title whose kicker the headline after it opens with again ("Hannover Messe: Hannover Messe verliert
    Besucher: …", heise's, set17): the headline alone. Unchanged otherwise."""
    colon = title.find(": ", 2, 60)
    if colon < 0:
        return title
    kicker, rest = title[:colon], title[colon + 2 :]
    if rest[: len(kicker)].casefold() != kicker.casefold() or not rest[len(kicker) : len(kicker) + 1].isspace():
        return title
    return rest if len(rest.split()) > len(kicker.split()) else title


def without_byline(title: str) -> tuple[str, str]:
    """A title without the byline at its end, and the names it gave (\"\" when none): the author belongs
    in the byline, not the headline. What stays is a headline of two words or more."""
    match = _BYLINE.search(title) if " " in title else None
    if match is None:
        return title, ""
    names = match.group(1)
    words = [word for word in names.replace(",", " ").split() if word not in _JOINS]
    if not all(word[0].isupper() for word in words) or any(word.casefold() in _NOT_NAMES for word in words):
        return title, ""
    rest = title[: match.start()].rstrip(" -–—|:")
    return (rest, names) if len(rest.split()) >= 2 else (title, "")


HEADER_CUT = "removed: the header's fields"  # (after_cut_title's note: the text starts after a header title)


def after_cut_title(title: str, blocks: Blocks) -> tuple[str, Blocks, list[str]]:
    """A title the feed made from its text's first words and cut ("…", "...": Tumblr's), and the
    text: the title written as the text writes those words (Tumblr's "Hi friends!I am so happy
    to announce that my latest book,..." lost the break between two paragraphs: "Hi friends! I
    am so happy … my latest book..."), and the blocks without them (the excerpt goes on after
    them, "…" first, from the start of a word the title cut in two). Unchanged otherwise."""
    lines = blocks.lines
    if not lines and (flash := _flash(title)) is not None:
        # A wire's whole flash as its title, no text ("【英国卫生大臣新冠检测阳性】周六，英国卫生大臣…。…",
        # dengchangdong--finance-news.xml, set45 F2): the bracketed headline is the title, the rest the text.
        body = title[flash.end() :].strip()
        return flash.group(1).strip(), _with_lines(blocks, [body]), ["title: a flash's headline; the rest its text"]
    stem = title.rstrip(".…")  # (right after a word: "River ..." is a pause, not a cut)
    if lines and len(title) >= 15 and (glued := _GLUED.match(lines[0], len(title))) and lines[0].startswith(title):
        # The whole title, then a colon or a stray full stop, then the text's first sentence ("A progressive
        # http server for Deno .Servest is…", "…The Future of AI: In conversation with…"): it goes on from there.
        return (
            title,
            _with_lines(blocks, [lines[0][glued.end() :], *lines[1:]]),
            ["removed: the title again, before the text's first sentence"],
        )
    if lines and header_title(title) and lines[0].startswith(title) and after_header(lines[0][len(title) :]):
        # A stand-in made of a header's whole fields (title_from_text): the text goes on after them, or after a partial
        # field the title left out ("Pittsburgh, PA or Remote (US)•…"), without a "…".
        rest = lines[0][len(title) :].lstrip(" |•")
        return title, _with_lines(blocks, [rest, *lines[1:]] if rest else lines[1:]), [HEADER_CUT]
    if lines and (head := _head_before_text(title, "\n".join(lines[:2]))):
        return head, blocks, ["title: cut before the text's first words, which it repeated after a dash"]
    if not title.endswith(("...", "…")) or len(stem) < 15 or stem[-1].isspace() or not lines:
        return title, blocks, []
    text = "\n".join(lines[:3])  # (the words may run over a short first paragraph: "Hi friends!")
    if (end := title_end(text, stem)) < 0:
        return title, blocks, []
    if not text.startswith(stem):
        title = " ".join(text[:end].split()) + title[len(stem) :]
    index, start = text.count("\n", 0, end), text.rfind("\n", 0, end) + 1
    if any(line in blocks.quotes for line in lines[: index + 1]):
        return title, blocks, []  # (a reblog's quote: the excerpt shows it as one)
    line, end = lines[index], end - start
    if line[end : end + 1].isalnum():  # (cut inside a word: the word again, whole)
        end = line.rfind(" ", 0, end) + 1
    rest = line[end:].lstrip(" ,;:،؛")  # (and the Arabic comma, semicolon: set59 F7's stand-in)
    if (stop := SENTENCE_END.match(rest)) is not None:  # (the title's words end a sentence: the next one follows)
        rest = rest[stop.end() :].strip()
    new = ([rest if stop else "…" + rest] if any(ch.isalnum() for ch in rest) else []) + lines[index + 1 :]
    if not new:
        return title, blocks, []
    return title, _with_lines(blocks, new), ["removed: the words the title already shows (it was made from the text)"]


# A dash between a title's two parts ('"quote" — who said it, and what…')
_PARTS_DASH = re.compile(r"\s[—–-]\s")


def _head_before_text(title: str, text: str) -> str:
    """A title's part before a dash, when the part after it is the text's first words (the feed wrote its
    title as '"a quote" — the description's first words...', 103fm's podcast feed, tests/data/unseen/set18's
    F7): those words cut ("...") or a whole sentence, three words at least; "" otherwise."""
    for dash in _PARTS_DASH.finditer(title):
        head, tail = title[: dash.start()].rstrip(), title[dash.end() :].strip()
        stem = tail.rstrip(".…").rstrip()
        if sum(ch.isalnum() for ch in head) < 3 or len(stem.split()) < 3 or title_end(text, stem) < 0:
            continue
        if tail.endswith(("...", "…")) or stem[-1] in "?!." and (stem[-1] == "." or tail == stem):
            return head
    return ""


# A headline in wide brackets before the flash's body (six characters at least: not a label, "【速報】", "【独家】"); not a
# label nor a dateline ("【インタビュー】", "【2024年最新版】", "【环球网报道 记者 王欢】", "【ワシントン共同】": set45's review)
_FLASH, _FLASH_BODY = re.compile(r"[【〖]([^【】〖〗\n]{6,60})[】〗]"), 45  # (characters of the body, at least)
_NO_HEADLINE = re.compile(
    rf"[【〖](?:[\u30a0-\u30ff]+|[^【】〗]*(?:记者|記者)[^【】〗]*|[^【】〗]*(?:报道|報道|版|速報|速报))[】〗]|{WIRE_BRACKET}"
)
# (the body's sentences end with a wide stop, a quote's mark or the source after it at most: "…的预测。（中新网）")
_BODY_END = re.compile(r"[。！？][”」』]?\s*(?:（[^（）\n]{1,12}）)?\s*$")


def _flash(title: str) -> re.Match | None:
    """The bracketed headline of a wire's whole flash in its title, the body sentences after it (a "。" in it, a wide
    stop last)."""
    flash = _FLASH.match(title)
    if flash is None or len(title) - flash.end() < _FLASH_BODY or _NO_HEADLINE.match(title) is not None:
        return None
    body = title[flash.end() :]
    return flash if "。" in body and _BODY_END.search(body, len(body) - 20) else None


def _with_lines(blocks: Blocks, lines: list[str]) -> Blocks:
    joined = "\n".join(lines)
    text = strip_boilerplate(joined)
    return dataclasses.replace(blocks, lines=lines, text=text, tail_clean=text is joined)


# What may stand between a title and the text's first sentence: a colon, a stray full stop ("Deno .Servest").
_GLUED = re.compile(r"\s*[:.]\s*(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])")


def title_end(text: str, title: str) -> int:
    """Where a title's letters and digits end in ``text`` when the text opens with them,
    whatever stands between them (spaces, line breaks, punctuation); -1 otherwise."""
    letters = [ch for ch in title if ch.isalnum()]
    count = 0
    for index, ch in enumerate(text):
        if not ch.isalnum():
            continue
        if not letters or ch != letters[count]:
            return -1
        count += 1
        if count == len(letters):
            return index + 1
    return -1


# A reply's addressees at its start ("@runrunrun @board@ovo.st …", a Mastodon toot's h-card links).
_MENTIONS = re.compile(r"(?:@[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?(?:\s+|$))+")


def without_mentions(line: str) -> str:
    """A first block without the @mentions it opens with (a reply's addressees): "" when it is only
    them; the line itself when a lower-case word follows them (the mention is the sentence's
    subject: "@jane is right about this"), unless a reply opens with it ("@jane it is so fun")."""
    if line[:1] != "@" or (m := _MENTIONS.match(line)) is None:
        return line
    rest = line[m.end() :]
    if not rest[:1].islower():
        return rest
    return rest[0].upper() + rest[1:] if rest.split(" ", 1)[0].rstrip(",!.?").casefold() in _SPOKEN_TO else line


# Words a reply opens with after its addressees ("@AngeloStavrow it is so fun…", "@eli you can…"): never a
# verb that makes the mention the sentence's subject ("@jane is right").
_SPOKEN_TO = frozenset((
    "i", "i'm", "i’m", "i've", "i’ve", "you", "you're", "you’re", "it", "it's", "it’s", "this", "that", "we", "they",
    "yes", "yeah", "yep", "no", "nope", "thanks", "thank", "agreed", "exactly", "oh", "ah", "haha", "lol", "hah", "hey",
    "hi", "hello", "ok", "okay", "sure", "right", "true", "wow", "congrats", "same", "my",
))  # fmt: skip


def without_addressees(blocks: Blocks, title: str = "") -> Blocks:
    """An untitled post's blocks without the @mentions its first block opens with (its
    title has none: the excerpt goes on after the title's words); none when the title is
    the whole post but for its link's address ("Behooves https://…", "https://vore.website/ This is…")."""
    lines = blocks.lines
    if (
        len(lines) == 1
        and title
        and " ".join(_BARE_URL.sub("", without_mentions(lines[0])).split())
        in (
            title,
            title.rpartition(" — ")[2],  # (a link's line about it, the title's since set29 F5)
        )
    ):
        return EMPTY
    if not lines or not (rest := without_mentions(lines[0])) or rest is lines[0]:
        return blocks  # (a block of mentions alone is skipped as a heading is)
    text = rest + blocks.text[len(lines[0]) :] if blocks.text.startswith(lines[0]) else blocks.text
    return dataclasses.replace(blocks, lines=[rest, *lines[1:]], text=text)


def title_from_text(text: str, limit: int = TITLE_FROM_TEXT_LENGTH) -> str:
    """A stand-in title for an entry that has none: its first words, from its first
    block (a post's first paragraph, never run on into the next; without the @mentions
    a reply opens with)."""
    raw = text.split("\n")
    lines = ((n, without_mentions(line.strip())) for n, line in enumerate(raw))
    # (a boilerplate block is no title: a placeholder, "No Description", an empty entry's)
    at, first = next(((n, line) for n, line in lines if line and block_row(line) is None), (len(raw), ""))
    first = " ".join(first.split())
    bare = _BARE_URL.match(first)
    if bare and 0 < len(caption := first[bare.end() :].strip()) <= _CAPTION and not _BARE_URL.search(caption):
        # A link and a line about it (a toot: "https://vore.website/ This is an RSS reader", set29 F5): the
        # address names the subject the line is about.
        address = bare.group().split("://", 1)[1].removeprefix("www.").rstrip("/")
        return f"{address} — {caption}" if len(address) + len(caption) + 3 <= limit else caption
    if header_title(first, limit) and (header := _field_header(first, limit)):
        return header
    first = _without_urls(first) or first  # (a link's address is no title: "Behooves https://…/behooves/")
    if not first:
        return ""
    if (end := title_sentence_end(first, limit, "\n".join(raw[at + 1 :]))) > 0:  # (to 1.5 × it: set 70a F2)
        return first[:end].rstrip(".")
    if len(first) <= limit:
        return first
    # A long first sentence: cut at its last clause mark, else at a word ("…": the excerpt goes on from there).
    if (clause := max((m.start() for m in _CLAUSE_MARK.finditer(first, 40, limit)), default=-1)) > 0:
        return first[:clause] + "…"
    return make_excerpt(first, limit)


_BARE_URL = re.compile(r"(?<!\S)https?://\S+(?!\S)")


def _without_urls(text: str) -> str:
    """The text without its addresses, nor the colon one stood after ("…on Keybase: https://…", set54 F9)."""
    bare = " ".join(_BARE_URL.sub("", text).split())
    return bare.removesuffix(":").rstrip() if text.rstrip()[-1:] != ":" and _BARE_URL.search(text) else bare


_CAPTION = 60  # characters, at most, of a line about the link it follows
_CLAUSE_MARK = re.compile(r"[,;:](?=\s)|\s[—–]\s")


# A job post's header: fields a "|" apart, two separators at least ("Preamble | Frontend Engineer | Contract-to-hire |
# Pittsburgh, PA or Remote (US)• We're hiring…", HN's "Who is hiring" as capricorn--hn-hiring-rss.xml flattens it in
# set40, F2, F3). A stand-in title is its whole fields, never cut at a comma inside one; the last runs on into the text
# the feed glued to it: it ends at a bullet, or where the text names the first field ("…| Full TimeChipStack is…").
# An address after the fields ends them ("| Full-time | https://www.ivpn.netIVPN is…"). A last field that runs on into a
# sentence after a space ends the title only when that sentence is too long to be it (it would be cut inside a field);
# else the sentence is the title, pipes and all ("cat access.log | … | uniq -c | sort -rn shows you…", "… | Berlin |
# Full-time We build…").
_FIELD_LENGTH = 60  # characters of a field, at most
_SEPARATOR = re.compile(r" ?\| ?")
_FIELD_STOP = re.compile(r"[.!?](?:\s|$)")
_CAMEL_GLUE = re.compile(r"[a-z0-9][A-Z]|[A-Z]{2}[a-z]")  # ("EuropeHey", "-7Do", "ONSITEEver")


# A word of the last field glued to the text's first word, a capital's: a word of five letters or more in lower case
# (its first a capital at most), then a capital and two letters in lower case or more, and a space or a mark
# ("~Full Time ContractIndigenous People…", "EuropeHey there!"; not "WordPress", "JavaScript": four letters).
_WORD_GLUE = re.compile(r"(?<![^\W\d_])[A-Z]?[a-z]{5,20}(?=[A-Z][a-z]{2,}[ ,!?.])")
# A name with an inner capital in a list of them is no glue: the field before it lists ("Python, TensorFlow and…",
# "Our stack: ActiveRecord, Rails"), or the name goes on to "," or "and" ("ElasticSearch, Go", "ClojureScript and…").
_LISTED_BEFORE = re.compile(r"[,:]|\band\b")
_LISTED_AFTER = re.compile(r"[A-Z][a-z]+(?:,|\s+and\b)")


def _listed(last: str, join: re.Match[str]) -> bool:
    return bool(_LISTED_BEFORE.search(last, 0, join.start()) or _LISTED_AFTER.match(last, join.end()))


def _named_at(last: str, name: str) -> int:
    """Where the text the feed glued to the last field names the first field's first word, by its first five letters
    or more ("San FranciscobeSpoke is…" under "beSpokeAI | …"): right after a letter; -1 when nowhere."""
    if len(name) < 6 or not name[:5].isalpha():
        return -1
    at = last.find(name[:5])
    return at if at > 0 and last[at - 1].isalpha() and last[at - 1].islower() else -1


def _field_header(first: str, limit: int) -> str:
    """The stand-in title of a first block that opens with a header of fields (see above): its whole fields that fit
    ``limit``, " | " apart as the text writes them; "" when it has no such header."""
    ends, start = [], 0
    for separator in _SEPARATOR.finditer(first, 0, limit + _FIELD_LENGTH):
        field = first[start : separator.start()].strip()
        if not 0 < len(field) <= _FIELD_LENGTH or _FIELD_STOP.search(field):
            break
        ends.append(separator.start())
        start = separator.end()
    if len(ends) < 2:
        return ""
    last = first[start : start + _FIELD_LENGTH + 1]
    name = first[: ends[0]].split(None, 1)[0]  # (the first field's first word: "Acme" of "Acme|Engineer|…" too)
    glued = [at for at in (last.find("•"), last.find(name) if len(name) >= 3 else -1, _named_at(last, name)) if at > 0]
    if last.startswith(("http://", "https://")):
        pass  # (the fields before an address, the text after it)
    elif glued and last[min(glued) - 1] != " " and not _CAMEL_GLUE.search(last, 0, min(glued)):
        ends.append(start + min(glued))  # (the last field, glued to the text: "Full TimeChipStack is…")
    elif len(first) - start <= _FIELD_LENGTH and not _FIELD_STOP.search(last):
        ends.append(len(first))  # (the header is the whole block)
    elif (
        len(ends) >= 3
        and (join := _WORD_GLUE.search(last))
        and not _CAMEL_GLUE.search(last, 0, join.start())
        and not _listed(last, join)
    ):
        ends.append(start + join.end())  # (a word glued to the text's first: "~Full Time ContractIndigenous People")
    elif (
        _CAMEL_GLUE.search(_BARE_URL.sub("", last)) or len(ends) < 3 or title_sentence_end(_without_urls(first), limit)
    ):
        # (glued where no mark says, "San FranciscobeSpoke is…", "EuropeHey there!", unsure; a sentence that fits, as
        # the title would show it: without its addresses)
        return ""
    end = max((end for end in ends if end <= limit), default=0)
    return first[:end].rstrip() if end > 0 and first[:end].count("|") >= 1 else ""
