"""Abbreviations whose dot ends no sentence, shared by the excerpt's cut (bot/cuts.py) and the summary's
segmenter (bot/sentences.py), so that the two lists cannot drift (set24 F5). Data, and one test on a word."""

from __future__ import annotations

import re

from .numberends import roman_ordinal

# Words that stand inside a sentence whatever follows: German's ("Feature Flags bzw. Canary Releases…"), a species'
# ("Gyrodactylus sp. nov. is greatly similar…", "Bacillus spp.", "cf.", "aff.": PubMed's abstracts, set32 N1); Czech's
# and Slovak's "for example", "so-called", "or else" ("chce např. prostor pro…": set41 F6, Polish "np." in sentences.py);
# English "e.g." and "i.e." written without their inner dot ("…shared openly in, eg. The Electron Microscopy Data
# Bank.": set52, a summary cut there).
INSIDE = ("bzw", "ggf", "inkl", "sp", "spp", "ssp", "subsp", "cf", "aff", "např", "napr", "tzv", "popř", "eg", "ie")
# Titles written with a dot inside, before a name: Norwegian's, Danish's and Swedish's posts and degrees ("Adm.dir. Steinar
# Våge i Conoco Philips opplyser…": set53 F4, NRK's excerpt ended on "Adm.dir.", its summary's sentence began on the name),
# German's "Dipl.Ing.", "Dr.med.": a capital after one starts a name (TITLES; a sentence that ends on one, "…ny adm.dir.
# Det var…", is read on into the next: rarer than the name, and a longer excerpt or sentence, never a cut one).
DOTTED_TITLES = (
    "adm.dir", "ass.dir", "fung.dir", "dr.philos", "dr.med", "dr.scient", "dr.techn", "dr.oecon", "dr.phil", "dr.ing",
    "siv.ing", "siv.øk", "cand.mag", "cand.real", "cand.scient", "cand.philol", "cand.jur", "cand.med", "cand.theol",
    "cand.psychol", "dipl.ing", "dr.rer.nat", "mag.art",
)  # fmt: skip
# English "Senior" and "Junior" shortened before a post's name, after an article or a possessive ("The Sr. VP for
# Research… is hiring": set53 F4, the summary's segmenter made "The Sr." a sentence and dropped it); after a name they
# end it as often as not ("…John Smith Jr. He later…").
_RANKS = frozenset(["sr", "jr"])
# Titles and degrees Indonesian and Malay write before a name, capitalised ("Rapat dipimpin oleh Plt. Kepala Balitbang…
# Dra. Mahmudah", "Setda Provinsi Kalbar Drs. Ignasius IK", "Prof. Dr. Ir. Rahmatullah Rizieq": acting, the men's and
# the women's degree, engineer, Haji, Hajjah, Kyai Haji): an excerpt and a summary ended on them (kalbar, set 71a F2).
# Only as written, before a capital: "ir." in lower case is a Spanish verb that may end a sentence ("Vamos a ir.").
_BEFORE_NAME_CAPITALISED = frozenset(["Plt", "Pj", "Drs", "Dra", "Ir", "Hj", "KH"])
# Two of them are also chemical symbols a sentence ends on before a capital ("…doped with Ir. The yield rose…",
# "…deprotonated with KH. The alkoxide…": review rev71a 2), and "Pj", "Hj" have their shape: those go on only to a
# name (a capitalised word, then another or a comma: "Ir. Rahmatullah Rizieq", "KH. Ahmad Dahlan,") or after a title.
_ALSO_SYMBOLS = frozenset(["Ir", "KH", "Pj", "Hj"])
_NAME = re.compile(r"[A-ZÀ-Þ][^\W\d_]*+(?:,|[ \t]+[A-ZÀ-Þ])")
_TITLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:Dr|Prof|Drs|Dra|Ir|H|Hj|KH|Plt|Pj)\.[ \t]*\Z")  # ("Prof. Dr. Ir.")
_DETERMINERS = frozenset(["the", "a", "an", "our", "their", "his", "her", "its", "your", "my", "new", "as"])


def title_before_name(word: str, before: str, after: str) -> bool:
    """Whether a title before a dot (``word``, as written) goes on to a capitalised name (``after``: what follows the
    dot): one of DOTTED_TITLES, or "Sr."/"Jr." after an article or a possessive (the last word of ``before``, the text
    up to ``word``); or one of _BEFORE_NAME_CAPITALISED as written."""
    if not after.lstrip(" ")[:1].isupper():
        return False
    if word.casefold() in DOTTED_TITLES or _before_name(word, before, after):
        return True
    last = before.rsplit(None, 1)[-1:]
    return word.casefold() in _RANKS and bool(last) and last[0].casefold() in _DETERMINERS


def _before_name(word: str, before: str, after: str) -> bool:
    """Whether ``word`` (as written; ``before``: the text up to it, ``after``: what follows its dot, a capital) is one
    of _BEFORE_NAME_CAPITALISED, and if one of _ALSO_SYMBOLS, a name follows or a title goes before (see above)."""
    if word not in _BEFORE_NAME_CAPITALISED:
        return False
    return word not in _ALSO_SYMBOLS or bool(_NAME.match(after.lstrip(" "))) or bool(_TITLE_BEFORE.search(before[-8:]))


# Words before a name: Bulgarian address words ("гр. София", "бул. „Витоша“", "ул. …"), DOTTED_TITLES.
TITLES = ("гр", "бул", "ул", *DOTTED_TITLES)
# A lower-case "etc." written with dots between letters: it ends its sentence ("…συνέδρια κ.ά.", "и т.д.").
ETC = frozenset(["κ.ά", "κ.λπ", "κ.λ.π", "т.д", "т.п", "u.s.w", "o.ä", "u.ä"])

# Words that stand inside a sentence before a lower-case word or a number, and may end one before a capital: Czech's
# "resp." goes on ("soubor A, resp. soubor B"), English papers' "respectively" ends ("…91% and 84%, resp. The test…").
BEFORE_LOWER = ("resp",)


def before_lower(word: str, after: str) -> bool:
    """Whether a dot after ``word`` (lower case) is inside a sentence as BEFORE_LOWER's is; ``after``: what follows."""
    next_ = after.lstrip(" ")[:1]
    return word in BEFORE_LOWER and (next_.islower() or next_.isdigit())


def street_before_number(word: str, after: str) -> bool:
    """Whether a word before a dot is a German street's name shortened before its number ("Universitätsstr. 150,
    44801 Bochum", "Hauptstr. 5": set25 F12); ``after``: what follows the dot."""
    return len(word) > 3 and word[-3:].casefold() == "str" and after.lstrip()[:1].isdigit()


def doctors_title(word: str, after: str) -> bool:
    """Whether a word before a dot is "Ph" of "Ph. D." written with a space ("He’s a Ph. D. student at…" was cut to
    "…He’s a Ph.": set30 F7); ``word``: lower case; ``after``: what follows the dot."""
    return word == "ph" and after.startswith(" D.")


def shortened(word: str, text: str, start: int, dot: int) -> bool:
    """Whether the dot at ``dot`` after ``word`` (text[start:dot], lower case) shortens a word of the sentence:
    a street's name, "Ph. D.", a magnitude after a number, a unit after a number that a lower-case word goes on
    after, or two lower-case letters before a number ("ok. 241,5 tys. odbiorców": rss-trybunalski--feed.xml in tests/data/unseen/set31, F6);
    or a Roman numeral's ordinal ("a II. ütemmel": set 68a F5, bot/numberends.py); or a title before a name, as written
    ("Plt. Kepala": set 71a F2)."""
    after = text[dot + 1 : dot + 4]
    if street_before_number(word, after) or doctors_title(word, after) or roman_ordinal(text, dot - len(word), dot):
        return True
    name = text[dot + 1 : dot + 80]
    if (
        after[:1] == " "
        and after[1:2].isupper()
        and _before_name(text[start:dot], text[max(0, start - 8) : start], name)
    ):
        return True  # (set 71a F2)
    if magnitude(word, text[max(0, start - 3) : start], text[dot + 1 : dot + 40]):  # ("49 Mio. Aktien": set64a F16)
        return True
    if not (0 < dot - start <= 4 and after[:1] == " " and text[start:dot].isalpha() and text[start:dot].islower()):
        return False
    if after[1:2].isdigit():  # (two letters before a number: "ok. 241", "ca. 30", "np. 5"; not "…up. 3 players")
        return text[start:dot] in _BEFORE_NUMBER
    return after[1:2].islower() and text[max(0, start - 2) : start - 1].isdigit()  # ("6 ft. tall", "5 proc. w")


# Two letters a dot shortens before a number ("about", "for example", "number", "page", "class"; Polish, German,
# Italian, Czech, English); not any two letters ("We were up. 3 players…", "…do it. 1. Open…": the review of set31 F6)
_BEFORE_NUMBER = frozenset(["ok", "ca", "np", "nr", "zb", "kl", "pp", "vs", "no", "št", "čj", "al"])


def capitals_go_on(word: str, after: str) -> bool:
    """Whether dotted capitals before a dot ("C.F", "U.S", "A.I", in any cased script) shorten a name the sentence
    goes on after: a lower-case word follows on the same line ("El Burgos C.F. está ya clasificado…": aupaburgos in
    set36, F8; "the U.S. and Canada"). Before a capital they may end it ("…in the U.S. The company…"); so before a
    line's or a paragraph's break ("…the E.U.\niOS users…"), a name with a capital inside ("iPhone", "eBay"), a word
    with a digit ("x86") or an address ("example.com", "user@host"). ``after``: what follows."""
    next_ = _NEXT.match(after)
    return (
        next_ is not None and next_[1].islower() and not _NOT_A_WORD.match(after, next_.end())
        and word.isupper() and DOTTED_CAPITALS.fullmatch(word) is not None
    )  # fmt: skip


# Letters with dots between them ("C.F", "U.S.A", "В.В"): dotted capitals, or a shortened phrase in lower case
DOTTED_CAPITALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_NEXT = re.compile(r"[ \t]+[\"'“„«(]?([^\W\d_]+)")  # (the next word's letters, on the same line)
_NOT_A_WORD = re.compile(r"\w|[@/]|:/|\.[^\W\d_]{2}")  # (a word's letters go on: a name's capital, a digit, an address)


def ends_clause(text: str, start: int, dot: int) -> bool:
    """Whether a dot after a one-letter word (text[start:dot]) ends a sentence: a lower-case vowel that is a
    word of its own with an accent (Portuguese's "é", Italian's "è"), not in a run of shortened words ("u. a.", "z. B."),
    before a capitalised word that is no initial ("…quão alto ele é. Imaginei que…": set33 F11). A capital stays
    an initial ("J. Smith"), a consonant a shortened word ("w.", "r.", "s.": "w 2020 r. Projekt")."""
    letter = text[start:dot]
    if len(letter) != 1 or not letter.islower() or letter not in _CLAUSE_VOWELS or text[dot + 1 : dot + 2] != " ":
        return False
    if start >= 2 and text[start - 2] == "." or text[start - 1 : start] not in (" ", ""):
        return False  # (after another shortened word, or inside one: "u. a.", "e.g")
    after = _NEXT_WORD.match(text, dot + 1)
    return after is not None and after[1][0].isupper() and text[after.end() : after.end() + 1] != "."


_CLAUSE_VOWELS = frozenset("éèàòóíìúùêôãõ")  # (accented: a verb or a pronoun; not "a.", "o.": "Frankfurt a. Main",
# Polish "o. Tadeusz" (father), the review)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]{2,})")


# A magnitude shortened after a number, German's ("49 Mio. Aktien", "1,8 Mrd. USD", "23 Mrd. $") and the Slavic
# languages' ("5 млн. рублей", "12 тыс. человек", "3 mld. Kč"): inside its sentence when a currency's sign or code, a
# lower-case word or (German, whose nouns are capitalised) a noun of what is counted follows; a summary kept "…mehr
# als 49 Mio." and dropped "USD." as a sentence of its own (set64a F16). Not any three capitals ("5 Mio. SAP meldete",
# "12 тыс. BMW сообщила") nor any capitalised word no opener list names ("5 Mio. Analysten hatten…"): a sentence may
# end there (review rev64a 4 and 5).
_GERMAN_MAGNITUDES = frozenset(["mio", "mrd", "tsd", "bio"])
_MAGNITUDES = _GERMAN_MAGNITUDES | frozenset(["mln", "mld", "mlrd", "млн", "млрд", "трлн", "тыс", "тис"])
_NUMBER_BEFORE = re.compile(r"\d\s?$")
_CURRENCY_CODES = "USD|EUR|CHF|GBP|JPY|CNY|PLN|CZK|HUF|RUB|UAH|SEK|NOK|DKK|CAD|AUD|INR|TRY|BTC|Kč"
_MAGNITUDE_NEXT = re.compile(rf"[ \u00a0]+(?:[$€£¥₽₴₺]|((?:{_CURRENCY_CODES})\b)|([^\W\d_]+))")
# What a German magnitude counts, capitalised: money, shares, people, things (a short list: a sentence may open with
# any other capitalised word).
_GERMAN_COUNTED_WORDS = (
    "euro dollar franken pfund yen yuan rubel aktien stück menschen einwohner personen nutzer kunden mitarbeiter"
    " besucher zuschauer abonnenten follower downloads exemplare fahrzeuge autos tonnen barrel liter haushalte"
    " dosen jahre"
)
_GERMAN_COUNTED = frozenset(_GERMAN_COUNTED_WORDS.split())


def magnitude(word: str, before: str, after: str) -> bool:
    """Whether a dot after ``word`` is a magnitude's inside its sentence (above); ``before``: the text up to the word,
    ``after``: what follows the dot."""
    folded = word.casefold()
    if folded not in _MAGNITUDES or _NUMBER_BEFORE.search(before[-3:]) is None:
        return False
    if (next_ := _MAGNITUDE_NEXT.match(after)) is None:
        return False
    if next_[1] or not next_[2]:  # (a currency's sign or code: "USD", "$")
        return True
    if next_[2][0].islower():
        return True
    return folded in _GERMAN_MAGNITUDES and next_[2].casefold() in _GERMAN_COUNTED
