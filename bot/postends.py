"""A forum post's edges as its author writes them, read off its lines before the excerpt and the lead read them
(bot/blocks.py): a sentence of the author's that ends on the address it reports ("I had this issue moments ago:
https://…"), and the sign-off at the post's end in paragraphs of their own ("<p>Thanks,</p><p>Morten B.</p>", a
pleasantry before it) or in one, a line break between its formula and its signature, its contact lines after it
("Με εκτίμηση,<br>Το Δ.Σ. …<br>website: …", set 69a F5). Set 65a F3 and F4 (moparisthebest--forum-staff-help.rss,
Discourse's RSS of a forum's topics, each the quoted first post). Pure."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Collection

from .boilerstrip import after_salutation, block_row
from .thanks import THANKS_HINTS, post_quote_end, without_thanks

# A first person's clause that ends on a colon and an address, and nothing else: the author's report of what the
# address shows ("I had this issue moments ago: https://i.imgur.com/…"), no label of a link ("Article URL: …",
# "Source: …", which metarows' "link-label-line" reads as a row and the excerpt drops: set 65a F3, the sentence after
# it, "Might be a timezone related issue?", then leaned on nothing). Four words at least, no sentence's end in them.
_REPORTED = re.compile(
    r"((?:I|I['’](?:ve|m|d)|We|We['’](?:ve|re))\s[^\s:：.!?]+(?:\s[^\s:：.!?]+){2,20})\s?[:：]\s*"
    r"(?:https?://|www\.)\S+"
)
# …not a label's "My …"/"Our …" ("My slides from the conference talk in Berlin:", a noun's phrase: the review of set
# 65c, 4), nor one whose last word points at the address or names what it is ("I posted the log here:", "I also
# recommend this excellent tutorial:"): without the address it would point at nothing
_POINTS = re.compile(
    r"(?i:here|below|there|this|these|it|them|link|links|url|screenshot|screenshots|image|picture|photo|video|file|"
    r"log|page|post|site|tutorial|article|repo|repository|slides|docs|paper|code|source|thread|blog|write-?up|guide|"
    r"demo)\W*$"
)
# A sign-off's formula alone in its paragraph ("Thanks,", "Kind regards,"; a thanks may go without its comma; "Best!",
# an answer as often, never: the review of set 65c, 7), and a name alone in the paragraph after it ("Morten B.",
# "Daniel (Lothy)": one to four capitalised words or initials, a handle in parentheses; a full stop only an
# initial's, never a sentence's, "Those Were His Words.")
_THANKS_WORDS = r"(?:many\s+)?thanks(?:\s+(?:again|in\s+advance|a\s+lot))?|thank\s+you(?:\s+in\s+advance)?|cheers"
_CLOSING_WORDS = (  # (one list for both forms, _FORMULA and _SIGNED: rev70e 8)
    r"(?:best|kind|warm|warmest)\s+regards|regards|best(?:\s+wishes)?|all\s+the\s+best|(?:yours\s+)?sincerely|saludos"
    r"|un\s+saludo|(?:viele\s+|liebe\s+)?grüße|mit\s+freundlichen\s+grüßen|cordialement|με\s+εκτίμηση"
)
_FORMULA = re.compile(rf"(?i:{_THANKS_WORDS})[,!.]?|(?i:{_CLOSING_WORDS}),")
# …or both in one paragraph, a line break between them ("Best regards,<br>The Board", "Με εκτίμηση,<br>Το Δ.Σ. του
# Συλλόγου…": set 69a F5): the formula with its comma, then a signature that is the whole of its line in the markup
# (up to the next line break: "The Organisers<br>When: 14.03.2025" keeps the event's facts, rev70e 2), at most four
# words as _NAME's ("Kind regards,<br>Back Online Since Monday Morning" is news), eight with contact lines after it
# (the set's "Το Δ.Σ. του Συλλόγου Διπλωματούχων ΣΕΜΦΕ ΕΜΠ" has seven), most of them capitalised, no digit, no colon,
# no sentence's end ("Thanks, I will try that" is a reply's sentence)
_SIGNED = re.compile(rf"(?i:{_THANKS_WORDS}|{_CLOSING_WORDS}),\s+(?P<who>[^\W\d_][^!?\n\d:]{{0,80}})")
_SIGNED_WORDS, _SIGNATURE_WORDS = 8, 4
_LINE_BREAKS = re.compile(r"<br\s*/?>|</?(?:p|div|li|h[1-6]|blockquote)\b[^<>]*>", re.IGNORECASE)
# …and the signature's contact lines after it, each a contact's label and an address ("website: semfealumni.gr",
# "email: …@…", "τηλ.: 210 1234567"; no other label: "Version: 1.2.3", "file: config.yaml" are a text's, rev70e 3).
# The domain's alternative looks ahead once, then takes the word (linear: rev70e 4)
_CONTACT = re.compile(
    r"(?i:e-?mail|mail|web(?:site)?|site|tel|phone|fax|ιστοσελίδα|ιστότοπος|τηλ\.?|τηλέφωνο|φαξ)\s?:\s*"
    r"(?:https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?=[\w-]+(?:\.[\w-]+)*?\.[a-z]{2,})\S+"
    r"|\+?(?=(?:[^\d\n]*\d){7})\d[\d ()./-]{5,19})"
)
_WORD = r"[A-Z](?:[\w'’-]{1,30}|\.(?:[A-Z]\.){0,3})"
_NAME = re.compile(rf"{_WORD}(?:\s(?:{_WORD}|\([^()\s]{{1,30}}\))){{0,3}}")
# A pleasantry before the sign-off, or at the post's end: a short wish for the reader's wellbeing ("Anyway, hope you
# and your family are well.", "Hope you're doing well!", "I hope everyone stays safe."), its words only who is wished
# well, a verb of being and the wish; never a hope for a fix ("I hope this gets fixed soon."), nor one that says
# something ("I hope you like it as well!", "I hope you agree the results are good.": the review of set 65c, 5)
_WELL_WISH = re.compile(
    r"(?i:(?:anyway|anyhow|meanwhile)s?,?\s+)?(?i:I\s+)?(?i:hope)\s+"
    r"(?i:you(?:\s+(?:all|both|guys))?|everyone|everybody|all\s+of\s+you)(?:\s+(?i:and|&)\s+(?i:your|yours)"
    r"(?:\s+[^\W\d_]+){0,2})?(?:['’]re|\s+(?i:are|is))?(?:\s+(?i:all|both))?"
    r"\s+(?:(?i:doing|staying|keeping|feeling|stay|stays|keep|keeps|feel|feels)\s+)?"
    r"(?i:well|good|great|fine|safe|healthy)(?:\s+(?i:and)\s+(?i:well|safe|healthy))?[.!]*"
)
_HINTS = (*THANKS_HINTS, "egards", "heers", "Best", "best", "incerely", "aludo", "rüße", "ordialement", "ope ",
          "κτίμηση")  # fmt: skip


def _signed(line: str, markup: str, contacts: bool) -> bool:
    """Whether a line is a sign-off's formula and its signature, in one paragraph (_SIGNED), the signature a line of
    the markup's own; over four words only with ``contacts`` after it."""
    found = _SIGNED.fullmatch(line)
    if found is None:
        return False
    words = found["who"].split()
    if len(words) > (_SIGNED_WORDS if contacts else _SIGNATURE_WORDS) or not words[0][0].isupper():
        return False
    if words[-1].endswith(".") and (words[-1].count(".") < 2 or len(words) > 4):  # (a sentence's end, not a short
        return False  # name's initialism, "Το Δ.Σ."; "See You All In The U.S." is a sentence: rev70e 2)
    if sum(word[0].isupper() for word in words) * 3 < len(words) * 2:
        return False
    parts = {" ".join(htmllib.unescape(re.sub(r"<[^<>]*>", "", part)).split()) for part in _LINE_BREAKS.split(markup)}
    return " ".join(words) in parts or " ".join(line.split()) in parts


def post_opened(lines: list[str], headings: list[str], quotes: list[str], code: list[str], rows: list[str]) -> None:
    """The lines read for a post's opening (in place): each line after a salutation capitalised (after_salutation),
    a first person's clause ending on an address without the address, its colon a full stop ("I had this issue
    moments ago."; a quote's line stays one)."""
    after_salutation(lines, {*headings, *quotes, *code, *rows})  # ("Hi," / "as my talk…": set48 F10; a set: its review)
    for k, line in enumerate(lines):
        if "://" in line or "www." in line:
            found = _REPORTED.fullmatch(line)
            if found is not None and not _POINTS.search(found[1], max(0, len(found[1]) - 40)) and line not in code:
                lines[k] = found[1] + "."
                quotes.extend([lines[k]] if line in quotes else [])


def signs_off(text: str) -> bool:
    """Whether a text may end with a sign-off or a thanks (cheaply: a word of one in it)."""
    return any(hint in text for hint in _HINTS)


def without_sign_off(
    lines: list[str], headings: Collection[str], quotes: Collection[str], markup: str = ""
) -> list[str]:
    """The lines without a post's sign-off at their end: its formula alone in a paragraph and one or two paragraphs of
    a name after it ("Thanks," / "Morten B.": set 65a F4), a wish for the reader's wellbeing before it or at the end
    (set 65a F3), or its formula and signature in one paragraph with up to two contact lines after it (set 69a F5,
    the signature a line of ``markup`` of its own); then without its thanks (bot/thanks.py). A quote's lines stay,
    but for the last of a quote that is the whole post (thanks.post_quote_end)."""
    quoted = {*headings, *quotes}
    kept = quoted - post_quote_end(lines, quotes)
    end = len(lines)
    while end > len(lines) - 4 and end and block_row(lines[end - 1]) is not None:
        end -= 1  # (rows after the post: "Posts: 2", "Participants: 2")
    cut = lines
    for names in (1, 2):
        at = end - names - 1
        if (
            at >= 1
            and lines[end - 1] not in kept
            and _FORMULA.fullmatch(lines[at])
            and all(_NAME.fullmatch(name) for name in lines[at + 1 : end])
        ):
            at -= at >= 2 and _WELL_WISH.fullmatch(lines[at - 1]) is not None
            cut = lines[:at] + lines[end:]
            break
    else:
        contacts = end
        while (
            contacts > max(end - 3, 1) and lines[contacts - 1] not in kept and _CONTACT.fullmatch(lines[contacts - 1])
        ):
            contacts -= 1
        if contacts >= 2 and lines[contacts - 1] not in kept and _signed(lines[contacts - 1], markup, contacts < end):
            cut = lines[: contacts - 1] + [line for line in lines[end:] if not _CONTACT.fullmatch(line)]
        elif end >= 2 and lines[end - 1] not in kept and _WELL_WISH.fullmatch(lines[end - 1]):
            cut = lines[: end - 1] + lines[end:]
    if cut is not lines:  # (the quote's last line read for a thanks is the one the cut leaves last)
        kept = quoted - post_quote_end(cut, quotes)
    return without_thanks(cut, kept=kept)  # (set 64b F4)
