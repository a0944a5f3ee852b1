"""Who speaks: a sentence that is someone's words, and the sentence that names them.

An extractive summary (bot/summary.py) lifts sentences out of an article; a speaker's words lifted without the
sentence that names the speaker read as the reporter's (or the author's) own. ``attributed`` tells a sentence whose
speech tag names who said it, ``unnamed_speaker`` one whose tag names nobody (the speaker was named before), and
``speaker_after`` words in the first person whose speaker only the next sentence names. Closed classes of verbs of
saying and of the first person, by language; not any site's wording. Pure.
"""

from __future__ import annotations

import re

# A speaker's words whose speaker only the next sentence names (set15 finding 5: "Zaczęliśmy tak naprawdę od
# aranżacji… ewoluowała." before "No i właśnie tak doszliśmy do tego połączenia – opowiadała artystka."): lifted
# out alone, the artist's "we" reads as the reporter's. The speech tag ends the next sentence, after a dash or a
# closing quote mark: a verb of saying among its last words (closed classes, by language).
_VERBS_OF_SAYING = (
    "said says told added explained noted asked wrote"  # en
    " mówi mówił mówiła powiedział powiedziała podkreśla podkreślał podkreślała zaznacza zaznaczał zaznaczała"
    " dodaje dodał dodała opowiada opowiadał opowiadała wyjaśnia wyjaśniał wyjaśniała wyjaśnił wyjaśniła"
    " tłumaczy tłumaczył tłumaczyła przyznaje przyznał przyznała twierdzi zapewnia zapewniał zapewniała"
    " informuje przekazał przekazała poinformował poinformowała stwierdził stwierdziła ocenia zauważa"
    " przypomina relacjonuje"  # pl
    " dijo afirmó explicó señaló aseguró añadió indicó comentó declaró dice afirma explica añade agrega"  # es
    " disse afirmou explicou diz ressalta destaca"  # pt ("explica", "afirma": above)
    " sagt sagte erklärt erklärte betont betonte"  # de
    " dit explique ajoute précise affirme"  # fr
    " сказал сказала говорит отметил отметила заявил заявила добавил добавила пояснил рассказал рассказала"
)
_SAYING = frozenset(_VERBS_OF_SAYING.split())


def saying(word: str) -> bool:
    """Whether a word is a verb of saying (of the closed classes above: "dijo", "disse", "said")."""
    return word.casefold() in _SAYING


_TAG = re.compile(r"(?:\s[–—-]|[”»\"],?)\s*((?:[^\s–—]+\s+){0,8}[^\s–—]+)\s*$")
# The first person: pronouns (English "I" in its capital: Polish "i" is "and"), and Polish and Spanish verbs'
# endings ("zaczęliśmy", "postarałam", "możemy", "hemos"; not "-łem": "udziałem" is a noun).
_FIRST_PERSON = re.compile(
    r"\bI\b|\b(?i:we|we're|we’re|our|us|my|me|ja|nas|nam|nasz\w*|mnie|mój|moja|moje|yo|nosotros|"
    r"nuestr[oa]s?|ich|wir|uns|unser\w*|je|nous|notre|я|мы|нас|нам|наш\w*|\w+(?:liśmy|łyśmy|łam)|"
    r"\w{2,}[eiay]my|\w+(?:amos|emos|imos))\b"
)


def attributed(sentence: str) -> bool:
    """Whether the sentence ends by naming who said it ("… – mówi trener Ireneusz Komar.", '…," she said.')."""
    tag = _TAG.search(sentence[-120:].rstrip(".!?…\"'”’» "))
    if tag is None or _FIRST_PERSON.search(tag.group(1)):  # ("- and I added…", "I wrote": the author's own)
        return False
    return any(w.casefold().strip(",") in _SAYING for w in tag.group(1).split())


# The words after a quotation's closing mark or a dash, to the sentence's end: its speech tag, if it is one.
_LAST_TAG = re.compile(r"(?:\s[–—-]|[”»\"],?)\s*([^”»\"–—]{1,60})$")
_UNNAMED_TAG = 5  # words at most: a verb of saying with a pronoun or a role ("afirmou o músico", "he said")


def unnamed_speaker(sentence: str) -> bool:
    """Whether the sentence is someone's words whose tag names nobody: a verb of saying with a pronoun, a role or
    nothing ('"…", afirmou o músico.', '"…", afirma.', '"…," he said.'); the speaker was named in a sentence
    before (set18's re-read, N5 and N6: a summary showed the quote and not who said it). A capital names
    someone ("said Smith", German's "sagte der Sprecher" too: kept on the safe side)."""
    tag = _LAST_TAG.search(sentence[-80:].rstrip(".!?…\"'”’» "))
    if tag is None:
        return False
    words = tag.group(1).split()
    return (
        len(words) <= _UNNAMED_TAG
        and any(w.casefold().strip(",") in _SAYING for w in words)
        and not any(w[:1].isupper() or w[:1].isdigit() for w in words)
        and not _FIRST_PERSON.search(tag.group(1))
    )


_OPENS = re.compile(r"[“„«]|(?:^|\s)\"")
_CLOSES = re.compile(r"[”»]|\"(?=[\s,.;:!?]|$)")


def speaker_after(sentence: str, following: str) -> bool:
    """Whether the sentence is someone's words in the first person whose speaker only the following one names:
    the following one's tag closes a quote it did not open, or (no quote marks) it goes on from the sentence
    rather than opening a line of dialogue of its own ('"My name's Daniel," the man said.', "– Tak – mówi.")."""
    if not attributed(following) or attributed(sentence) or _FIRST_PERSON.search(sentence) is None:
        return False
    opens, closes = len(_OPENS.findall(following)), len(_CLOSES.findall(following))
    if opens or closes:
        return closes > opens
    return following.lstrip()[:1] not in "–—-"


# A sentence that announces the quotation right after it (set64a F20: "지구 멸망 하루 전 정부는 공식으로 발표한다." before
# "“새로운 행성을 향해…"): its last word a verb of saying or announcing, no quote nor comma of its own (not a tag after
# the words: "He resigned, the company said."), a few words; lifted out alone, it says that someone spoke and not what.
# Verbs only ("objects", "une annonce" are nouns too), and not after Korean's quotative "-고": the words said come
# before the verb ("…영업이익이 25% 늘었다고 밝혔다.": review rev64d, 3).
_VERBS_OF_ANNOUNCING = (
    "announced announces declared declares replied answered objected"  # en
    " 발표한다 발표했다 말한다 말했다 밝혔다 밝힌다 선언했다 선언한다 전했다 전한다 외쳤다 물었다 답했다 대답했다"  # ko
    " объявил объявила ответил ответила dichiarò disse annunciò rispose annonça déclare déclara répondit"
    " anunció respondió anunciou respondeu verkündete antwortete"
)
_ANNOUNCING = _SAYING | frozenset(_VERBS_OF_ANNOUNCING.split())
_ANNOUNCING_WORDS = 12


def announces_quote(sentence: str, following: str) -> bool:
    """Whether the sentence only says that someone spoke, and the following one opens on what they said."""
    if following.lstrip()[:1] not in '“„«"「『' or any(mark in sentence for mark in ',"“”«»„「『'):
        return False
    words = sentence.rstrip(".!。 ").split()
    if len(words) < 2 or words[-2].endswith("고"):  # (Korean "…늘었다고 밝혔다.": what was said, quoted: rev64d, 3)
        return False
    return len(words) <= _ANNOUNCING_WORDS and sentence.rstrip()[-1:] in ".!。" and words[-1].casefold() in _ANNOUNCING


def quote_ahead(sentence: str, following: str) -> bool:
    """Whether the sentence goes with the one after it: someone's words whose speaker that one names (speaker_after),
    or a sentence announcing the quotation it opens (announces_quote: set64a F20)."""
    return speaker_after(sentence, following) or announces_quote(sentence, following)
