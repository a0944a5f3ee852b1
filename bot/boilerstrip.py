"""The boilerplate table (bot/boilerplate.py) applied: ``strip_boilerplate``
takes its four trailing rows off the end of every text (with shortcuts that
look only at the end), ``block_row``, ``strip_start`` and ``strip_end`` apply
every row at the edges of a text's blocks (bot/excerpt.py). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .boilerplate import BLOCK, END, START, TABLE, Row
from .boilerwords import FIRST_APPEARED
from .sharerows import MENU_WORDS
from .submitted import without_submitter

# The trailing boilerplate html_to_text removes: the first rows of the table.
_TRAILING_BOILERPLATE = [row.pattern for row in TABLE[:4]]


def strip_boilerplate(text: str) -> str:
    """Remove trailing feed boilerplate ("Read more…", "The post … appeared first on …")."""
    if text and not text[-1].isspace():
        # Issue 8, the common case: a text that ends none of the ways the patterns
        # need (see the functions below) is returned as it is, after one look at
        # each. "\u017f" and "S" match "s" ignoring case, "T" matches "t".
        last = text[-1]
        if (
            last not in ")]"
            and not (last in "tTsS\u017f" and _ENDS_WITH_COMMENT.search(text, max(0, len(text) - 8)))
            and not _appears_first_on(text)
            and _sub_read_more(_TRAILING_BOILERPLATE[1], text) is text
        ):
            return text
    previous = None
    while previous != text:
        previous = text
        for pattern, sub in _BOILERPLATE_SUBS:
            text = sub(pattern, text).rstrip()
    return text


# Performance (issue 8): each boilerplate pattern can only match at the end of
# the text, but re.sub tries it at every position: four scans of every
# character of every article, most of the cleaning time. The functions below
# return exactly what pattern.sub("", text) returns, looking only at the end.
# Each relies on every match of its pattern ending at the end of the text
# (``\s*$`` or ``.{1,200}?$``) and on ``\s`` being str.isspace (both are
# Unicode whitespace).


def _sub_appeared_first_on(pattern: re.Pattern, text: str) -> str:
    # "appeared first on\b.{1,200}?$": the phrase starts within 218 characters
    # of the end (17 + 200, and $ may stand before a final newline).
    if not _appears_first_on(text):
        return text
    return pattern.sub("", text)


def _appears_first_on(text: str) -> bool:
    tail = text[-218:]
    # "appeared" first, in the UTF-8 bytes lowered: none of its letters is matched
    # by another character ignoring case (as "\u0131" matches "i" in "first").
    if b"appeared" in tail.encode("utf-8", "surrogatepass").lower() and _APPEARED_FIRST_ON.search(tail):
        return True
    # A translation (matched as written) ends with its last words, then spaces only:
    # its last character ends the text but for spaces, and its longer piece of words
    # after the title lies in the _TRANSLATED_WINDOW characters before that.
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] not in _TRANSLATED_LAST:
        return False
    return _TRANSLATED_WORDS.search(text, max(0, end - _TRANSLATED_WINDOW), end) is not None


# A bracket opened a word or two before a "more" that closes it: "(See More)", not "(9 minute read)" (set21 F7).
_OPENED = re.compile(r"\s*[(\[][^\W\d_]+(?:\s+[^\W\d_]+)?\s*$")


def _sub_read_more(pattern: re.Pattern, text: str) -> str:
    # A match is: leading \s*, a core of at most 71 non-space characters
    # ("(", the longest phrase, " on|at " and the 40-character site name),
    # then a tail of spaces and ". … » → > › ) ]" up to the end. So every
    # match's core starts inside the window that holds the end's run of tail
    # characters and 72 more non-space characters. A match found at a later
    # position than the window's start is the leftmost one (a match starting
    # before the window would match at its start too, its \s* being longer);
    # one found at the start extends back over the spaces before it.
    end = len(text)
    while end and (text[end - 1] in _READ_MORE_TAIL or text[end - 1].isspace()):
        end -= 1
    span = 96
    while True:
        start = max(0, end - span)
        if start == 0:
            break
        window = text[start:end]
        # (printable: " " is its only space, so the rest are its non-space characters)
        if (len(window) - window.count(" ") if window.isprintable() else len("".join(window.split()))) >= 72:
            break
        span *= 2
    # Every phrase the pattern knows has "read" or "more" in it, before the tail.
    # (Looked for in the UTF-8 bytes, lowered: no other character matches those
    # letters ignoring case, and bytes.lower() is quicker than the regex.)
    window_bytes = text[start:end].encode("utf-8", "surrogatepass").lower()
    if b"read" not in window_bytes and b"more" not in window_bytes:
        return text
    # pattern.search(text, start) would try the whole pattern at every position
    # of the window. A match is spaces, an optional "(" or "[", spaces, then a
    # phrase that starts with "read", "continue", "keep" or "more": only where
    # one of those words starts can the phrase be, and the match then starts
    # where the spaces and bracket before it do (a letter, the word before,
    # stops them). The first such word with a match gives the leftmost match.
    pos = start
    while True:
        word = _PHRASE_START.search(text, pos, end)
        if word is None:
            return text
        begin = word.start()
        while begin > start and text[begin - 1].isspace():
            begin -= 1
        if begin > start and text[begin - 1] in "([":
            begin -= 1
            while begin > start and text[begin - 1].isspace():
                begin -= 1
        m = pattern.match(text, begin)
        phrase = text[begin : m.end()].strip() if m is not None else ""
        if phrase[-1:] in (")", "]") and phrase[:4].lower() == "more":  # it closes a bracket opened before it
            opened = _OPENED.search(text, max(0, begin - 40), begin)  # ("(See More)": all of it goes, or none)
            begin, m = (opened.start(), m) if opened else (begin, None)
        if m is not None and _stands_alone(text[:begin], text[begin : m.end()]):
            break
        pos = word.start() + 1  # words may overlap ("moread")
    if begin == start:
        while begin and text[begin - 1].isspace():
            begin -= 1
    return text[:begin] + text[m.end() :]


def _stands_alone(before: str, phrase: str) -> bool:
    """A "read more" phrase is boilerplate when it stands apart from the text:
    all there is, after the end of a sentence or line, in brackets, or
    capitalised after the last word ("... patch now Read more"). The last words
    of a sentence are not ("We need more", "something to read", "evermore")."""
    words = phrase.lstrip()
    if words[:1] in ("(", "[") or words[:1].isupper() or "\n" in phrase[: len(phrase) - len(words)]:
        return True
    text = before.rstrip()
    return not text or text[-1] in BEFORE_TRAILER or "\n" in before[len(text) :]


def _sub_bracketed(pattern: re.Pattern, text: str) -> str:
    # "[…]" or "(more…)" then spaces: the last non-space character is "]" or ")".
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] not in ")]":
        return text
    # Every match is made of spaces and the characters of "[…]", "[...]",
    # "[&hellip;]" and "(more...)": it lies in the text's longest suffix of those.
    start = end
    while start and (text[start - 1] in _BRACKETED_CHARS or text[start - 1].isspace()):
        start -= 1
    return text[:start] + pattern.sub("", text[start:])


def _sub_comments(pattern: re.Pattern, text: str) -> str:
    # "Comments", "Leave a comment", "12 comments", then spaces.
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    if not _ENDS_WITH_COMMENT.search(text[max(0, end - 8) : end]):
        return text
    return pattern.sub("", text)


# (both orders: "first appeared on" in myrskyla.fi's WordPress feed)
_APPEARED_FIRST_ON = re.compile(r"appeared first on|first appeared on", re.IGNORECASE)
_READ_MORE_TAIL = frozenset(".…»→>›)]")
BEFORE_TRAILER = frozenset(".!?…:;|-–—»>›\"'”’)]")  # what may end the text before a "read more"
_BRACKETED_CHARS = frozenset("[](…).&hellip;more")
_PHRASE_START = re.compile(r"read|continue|keep|more", re.IGNORECASE)
_ENDS_WITH_COMMENT = re.compile(r"comments?\Z", re.IGNORECASE)
_BOILERPLATE_SUBS = list(
    zip(_TRAILING_BOILERPLATE, (_sub_appeared_first_on, _sub_read_more, _sub_bracketed, _sub_comments), strict=True)
)
# The same, by the name of their row in the table (strip_end uses them).
FAST_SUBS = {row.name: sub for row, (_, sub) in zip(TABLE, _BOILERPLATE_SUBS, strict=False)}
_BLOCK_ROWS = tuple(row for row in TABLE if row.where == BLOCK)
_NEEDLE_BLOCK_ROWS = tuple(row for row in _BLOCK_ROWS if row.needles)
# Rows tried alone, only when a block holds what every match of theirs does (issue 18: a
# third of the time of the match below): a file name ends with "." and its extension, an
# agency's byline has its "|", a handle its "@" (block_row).
_GATED_ROWS = ("image-file-name", "byline-agency", "byline-handle")
_FILE_NAME, _AGENCY, _HANDLE = (
    row.pattern.fullmatch for name in _GATED_ROWS for row in _BLOCK_ROWS if row.name == name
)
# A line of links (a label and its address, or addresses only) holds "http" or "www." as written:
# both rows are tried, at once, only then (issue 15: the costliest rows of the match below).
_LINK_ROWS = ("link-label-line", "decorated-link")
assert all(
    not row.pattern.flags & re.IGNORECASE and row.pattern.pattern.count("(?:https?://|www\\.)") >= 1
    for row in _BLOCK_ROWS if row.name in _LINK_ROWS
)  # fmt: skip


def _any_row(names) -> re.Pattern:
    """One pattern of these block rows (each with its own flags): it matches where any of them does."""
    return re.compile("|".join(f"(?{'i' if row.pattern.flags & re.IGNORECASE else '-i'}:{row.pattern.pattern})"
                               for row in _BLOCK_ROWS if row.name in names))  # fmt: skip


_ANY_BLOCK_ROW = _any_row(
    {row.name for row in _BLOCK_ROWS if not row.needles and row.name not in _GATED_ROWS + _LINK_ROWS}
)
_ANY_LINK_ROW = _any_row(_LINK_ROWS).fullmatch
_START_ROWS = tuple(row for row in TABLE if row.where == START)
# The same at once, for strip_start: most blocks start with none of them, and one match in C
# says so where a match per row did (issue 18). An alternation matches at a position where
# one of its branches does; each row keeps its own flags (all are case-sensitive but for
# their scoped (?i:…) parts, which the join keeps as written).
assert all(row.pattern.flags == re.UNICODE for row in _START_ROWS)
# Every match of these holds a colon (":" or "："): a share prefix, mail headers, a run of credits,
# a duration's label, an abstract's label. They are tried only in a block that has one (issue 15:
# most of a lead's lines have none, and these rows were two thirds of the match's time).
_COLON_START_ROWS = (
    "share-prefix", "mail-headers", "credits-run", "duration-credits", "abstract-label", "form-header",
    "submitter-lead-in", "abstract-section-label",  # (its form without a colon: bot/submitted.py, set 68b F1)
)  # fmt: skip
# A show's sign-on names the show being heard in a few words (bot/showrows.py): tried only in a block's start that
# holds one of them (its scan for them, sentence by sentence, was most of strip_start's time on a long block).
_SIGN_ON = next(row for row in _START_ROWS if row.name == "show-sign-on").pattern.match
_SIGN_ON_WORDS = ("écout", "regard", "votre", "le point", "actualit", "listening", "tuned", "welcome")
# A site's menu flattened before the text (bot/sharerows.py): tried only where two menu words in a row stand near the start
_MENU_ROW = next(row for row in _START_ROWS if row.name == "site-menu-start").pattern.match
_MENU_WORD = re.compile(rf"{MENU_WORDS}\s?{MENU_WORDS}").search  # (two in a row: "Archive Submissions")
_ANY_START_ROW = re.compile(
    "|".join(
        f"(?:{row.pattern.pattern})"
        for row in _START_ROWS
        if row.name not in (*_COLON_START_ROWS, "show-sign-on", "site-menu-start")
    )
).match
_ANY_COLON_START_ROW = re.compile(
    "|".join(f"(?:{row.pattern.pattern})" for row in _START_ROWS if row.name in _COLON_START_ROWS)
).match
# (the platforms' own rows first: they name what they remove better than "read more")
_END_ROWS = tuple(row for row in TABLE[4:] + TABLE[:4] if row.where == END and not row.truncation)
_NEEDLES = tuple(sorted({n for row in _END_ROWS for n in row.needles}))


def _needle_trie(needles: tuple[str, ...]) -> re.Pattern:
    """One regex of the needles, grouped by their first character: the regex
    engine then tries only the needles that start with the character it is at
    (a third quicker than a substring test per needle, and than a plain "a|b|…")."""
    by_first: dict[str, list[str]] = {}
    for needle in needles:
        by_first.setdefault(needle[0], []).append(re.escape(needle[1:]))
    return re.compile("|".join(
        re.escape(first) + "(?:" + "|".join(sorted(rests, key=len, reverse=True)) + ")" for first, rests in by_first.items()
    ))  # fmt: skip


_NEEDLE_TRIE = _needle_trie(_NEEDLES)
# Yoast SEO's footer in other languages (boilerplate.py's _first_appeared): the
# longest run of each one's words after the title that every match holds as it is
# (an apostrophe may be either: the runs stop there), one regex; the last character
# of each; how far from the end those words may start (a site's name: 100 at most).
_TRANSLATED_PIECES = [re.split(r"%[12]\$s", template)[1:] for template in FIRST_APPEARED]
_TRANSLATED_WORDS = _needle_trie(tuple(sorted({max(re.split("['’]", middle) + re.split("['’]", after), key=len).strip()
                                               for middle, after in _TRANSLATED_PIECES})))  # fmt: skip
_TRANSLATED_LAST = frozenset(after[-1] for _, after in _TRANSLATED_PIECES)
_TRANSLATED_WINDOW = max(len(m) + len(a) for m, a in _TRANSLATED_PIECES) + 100


def _any_needle(tail: str) -> bool:
    """Whether a (casefolded) tail holds any END row's needle."""
    return _NEEDLE_TRIE.search(tail) is not None


# Boilerplate blocks are short: longer ones are never looked at.
MAX_BLOCK = 300
# End rows match at most this many characters (the longest, "The post … appeared first on …", ~620).
_END_WINDOW = 700


def block_row(block: str) -> Row | None:
    """The row that makes a whole block boilerplate, if any."""
    if len(block) > MAX_BLOCK:
        return None
    # Performance: one match of all the rows without needles at once, in C, says
    # whether any of those does; a row with needles is tried when one is there.
    if (
        _ANY_BLOCK_ROW.fullmatch(block) is not None
        or ("." in block[-5:] and _FILE_NAME(block) is not None)
        or ("|" in block and _AGENCY(block) is not None)
        or ("@" in block and _HANDLE(block) is not None)
        or (("http" in block or "www." in block) and _ANY_LINK_ROW(block) is not None)
    ):
        for row in _BLOCK_ROWS:
            if row.pattern.fullmatch(block):
                return row
        return None
    folded = block.casefold()
    for row in _NEEDLE_BLOCK_ROWS:
        if row.longest and len(block) > row.longest or row.holds and row.holds not in block:
            continue
        for needle in row.needles:
            if needle in folded:
                if row.pattern.fullmatch(block):
                    return row
                break
    return None


# A word in lower case, a sentence's first after a greeting ("мене звати…"; not a file's name, "ld-sh/ld-r-1")
_LOWER_WORD = re.compile(r"[^\W\d_A-ZА-ЯЁЄІЇҐ]+(?:['’][^\W\d_]+)?(?=[\s,;:!?]|$)")  # (and "here’s…", set22)


def _may_sign_on(block: str) -> bool:
    """One of the sign-on's words near the block's start: only then is its row tried (``in`` on a lower-cased
    slice: a regular expression that ignores case costs fifteen times more)."""
    start = block[:300].lower()
    return any(word in start for word in _SIGN_ON_WORDS)


def strip_start(block: str, rest: Sequence[str] | None = None) -> tuple[str, Row | None]:
    """The first block without a boilerplate prefix, and the row that removed it (the first: a prefix
    may follow another, a mail's header rows and its greeting: "Message-Id: <…> Date: … Greetings! I…"). ``rest``:
    the text's other lines when the block is the text's first (an aggregator's submitter, there only: bot/submitted.py)."""
    block, first = without_submitter(block, rest) if rest is not None else (block, None)
    for _ in range(3):
        if (
            _ANY_START_ROW(block) is None
            and ((":" not in block and "：" not in block) or _ANY_COLON_START_ROW(block) is None)
            and not (_may_sign_on(block) and _SIGN_ON(block))
            and not (_MENU_WORD(block, 0, 300) and _MENU_ROW(block))
        ):
            break
        menu = _MENU_WORD(block, 0, 300) is not None  # (the menu's row only where its words stand: the review of set44)
        row = next((r for r in _START_ROWS if (menu or r.name != "site-menu-start") and r.pattern.match(block)), None)
        m = row.pattern.match(block) if row is not None else None
        if row is None or m is None:
            break
        block, first = block[m.end() :], first or row
        if row.name == "salutation-start" and _LOWER_WORD.match(block):
            block = block[0].upper() + block[1:]  # ("Привіт, мене звати Антон.": "Мене звати Антон.", set18's F11)
    return block, first


def after_salutation(lines: list[str], kept: set[str]) -> None:
    """Each line after a salutation of its own ending in a comma ("Hi," that goes as its row), starting with a word
    in lower case, capitalised in place ("as my talk was accepted…": set48 F10), as strip_start does in one block."""
    for k, line in enumerate(lines[:-1]):
        if (
            line[-1:] == "," and len(line) <= 60 and _LOWER_WORD.match(after := lines[k + 1]) and after not in kept
            and (row := block_row(line)) is not None and row.name == "salutation"
        ):  # fmt: skip
            lines[k + 1] = after[0].upper() + after[1:]


def strip_end(block: str, trailing_checked: bool = False) -> tuple[str, list[Row]]:
    """The last block without boilerplate at its end (repeatedly), and the rows
    that removed it. ``trailing_checked``: strip_boilerplate found none of
    its patterns at the end of this block (they need not be tried first)."""
    removed: list[Row] = []
    if trailing_checked and not _any_needle(block[-_END_WINDOW:].casefold()):
        # The common case: every row either was checked already (strip_boilerplate's)
        # or has a needle, and the end of the block holds none.
        return block, removed
    changed = True
    while changed and block:
        changed = False
        tail = None
        any_needle = None  # whether the tail holds any row's needle: one regex, not a loop per row
        for row in _END_ROWS:
            sub = FAST_SUBS.get(row.name)
            if sub is not None:
                if trailing_checked and not removed:
                    continue
                shorter = sub(row.pattern, block).rstrip()
            else:
                if row.needles:
                    if tail is None:
                        tail = block[-_END_WINDOW:].casefold()
                        any_needle = _any_needle(tail)
                    if not any_needle or not any(needle in tail for needle in row.needles):
                        continue
                m = row.pattern.search(block, max(0, len(block) - _END_WINDOW))
                shorter = block if m is None else block[: m.start()].rstrip()
            if shorter != block:
                block = shorter
                removed.append(row)
                changed = True
                break
    return block, removed
