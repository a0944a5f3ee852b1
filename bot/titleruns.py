"""A title a plain summary ran into its text with a short label after it, no mark between: "14 найкращих та
найпопулярніших веб-сайтів фондових досліджень Платіжні інструменти Дослідження фондового ринку важливо, …" under
that title (a Hugo summary of a post whose heading and a picture's label come before its first paragraph; Tech
Horizon's, set60 F7). bot/headingrows.without_run_in_heading drops a title said again only where the sentence names
it again or opens with an opener; here the words after it are a label of two or three words (a capital first, the
rest in lower case and of four letters or more: "Платіжні інструменти") and then a sentence's start, a capital and a
word in lower case ("Дослідження фондового…"). Only under a title of four words or more said whole; never a title
alone before a capital (the sentence's subject may go on from it: "Neue Funktionen in Firefox Nightly sind…", "The
Quorra Programming Language Book is…"), nor a name ("Rivo van Tamm said…": "van" is no label's word), nor a label
that is a sentence's opener ("Today", "Les"), nor one before a word in another script ("Компанія нині Apple
випустила…"). And only under a title in a sentence's case, no capital after its first word, and never before
a word of the title again as the title writes it (a name): there the "label" is the sentence's subject and its verb
("Firefox estrena pestañas verticales hoy Mozilla lanzó Firefox con…", "Gemini arrives in the European Union Google
launched Gemini in…": a title that names names runs into a sentence that names them too; the review of set 61,
finding 1). A title in title case ("Streik bei der Bahn", German's nouns, "Valve Ships Big Steam Deck Update") is
no exception: there a subject, its verb and a capital object ("Lokführer legen Fernverkehr bundesweit lahm",
"Microsoft today released Windows updates…") read as a label and a sentence's start, and no word after them tells
the two apart (the review of 621df96..5ee3f66, finding 1, took back the review of set 62's). Nor is it a label when it opens
on a word of the title as the title writes it ("Valve quietly updated Steam…": the title's name is the subject),
has a joining word in it or a joining word after the capital the cut would start at ("Mozilla announced Tuesday
that…": an object or a time, no clause's start). Pure.
"""

from __future__ import annotations

_TITLE_WORDS = 4  # words of the title, at least
_LABEL_WORDS = 3  # words of the label, at most (two at least)
_LOWER_LETTERS = 4  # letters of the label's words in lower case, at least (not a name's "van", "de")
_SENTENCE_WORDS = 4  # words of the sentence after it, at least
# Words that join or help, never a label's nor a clause's second word after its subject (a closed class: articles,
# prepositions, conjunctions and auxiliaries in a few languages): "Tuesday that…", "Freitag eine…", "Photon con…"
_JOINING_WORDS = (
    "a an the of in on at to for with from by into over that which who and or but as is are was were has have had will "
    "der die das den dem des ein eine einen einem einer eines für mit von vom zu zum zur im am auf aus bei nach dass und "
    "oder ist sind war hat haben wird werden le la les un une du de au aux avec pour par dans sur que qui et ou est sont "
    "el los las una del con en para por y es son il lo gli di da per che e ha o os um uma do dos com em no ao é het een "
    "van voor op met dat w z na od dla i że jest і та в у з що до від є и с от что это"
)
_JOINING = frozenset(_JOINING_WORDS.split())


def sentence_after_title(rest: str, title: str, openers: frozenset[str]) -> str:
    """The text after a title said again (``rest``: what follows it in the line; ``title``: it, as the line says it)
    without the label between them (see above); "" when the words do not read so. ``openers``: a sentence's opening
    words, casefolded (headingrows')."""
    title_words = title.split()
    if len(title_words) < _TITLE_WORDS or not rest[:1].isupper() or any(w[:1].isupper() for w in title_words[1:]):
        return ""
    words = rest.split(None, _LABEL_WORDS + _SENTENCE_WORDS)
    if len(words) <= _LABEL_WORDS + _SENTENCE_WORDS or words[0].casefold() in openers or not _starts(words, 0):
        return ""
    if words[0] in title_words:  # (the title's name as the subject: "Valve ships…" then "Valve quietly updated…")
        return ""
    for at in range(1, _LABEL_WORDS + 1):
        if at > 1 and _starts(words, at):
            if (
                words[at].casefold() in openers
                or words[at] in title_words  # (a name of the title's, capitalised there too: "Firefox")
                or words[at + 1].casefold() in _JOINING
                or words[at][0].isascii() != words[0][0].isascii()
            ):
                return ""
            return rest.split(None, at)[at]
        if not (_plain(words[at]) and words[at][:1].islower() and len(words[at]) >= _LOWER_LETTERS) or (
            words[at] in _JOINING
        ):
            return ""
    return ""


def _starts(words: list[str], at: int) -> bool:
    """Whether a sentence may start at words[at]: a capital, letters only (not an acronym), a word in lower case next."""
    word, after = words[at], words[at + 1]
    return word[:1].isupper() and _plain(word) and not word.isupper() and after[:1].isalpha() and after[:1].islower()


def _plain(word: str) -> bool:
    """Whether a word is letters only (a hyphen inside): a label's, a sentence's first."""
    return word.replace("-", "").isalpha()
