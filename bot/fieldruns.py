"""Rows of the boilerplate table (bot/boilerplate.py, through bot/headingrows.py) for a page's furniture that a generator
flattened into the text before its first sentence:

- a style sheet's rules (a Hugo summary of a post that opens with <style>);
- a run of a post's field rows on one line ("Platforme: Hack The Box Lien: Facts Niveau: Facile OS: Linux Facts débute
  par…", a Hugo plain summary of a write-up's table, k-scorpio--scorpiosec-fr.xml in tests/data/unseen/set61, F2): three
  "Label: value" pairs at least, each label of one or two words (a capital first), each value of four words at most,
  none a number nor with a sentence's mark (a category's: a platform, a level, a system; never a date, a time, a price:
  an event's or a job's fields are its news, "Date: 12 March Place: Hall…" stays, and so does a run with such a
  label, "Wann: Samstag Wo: …", the review of set 61), then the text's first sentence (to its stop). The last value
  is one word ("OS: Linux"; or two joined, "Linux et Windows"); a heading in capitals after it goes too ("Catégorie :
  Web DESCRIPTION DU DÉFI Step into…"), and capitalised words before a sentence's opener (numberends.OPENERS:
  "Categorie: Threat Intel Scénario Une entreprise…" keeps "Une entreprise…"). Never a podcast's credits' role
  (metarows.ROLE: "Author : … Narrator : …", names, not a category's values: its credits-run row's; and other
  languages' roles, "Réalisation : Paul Roux Dans…" left "Roux Dans…");
- a link to the post in another language, a line of its own or before the text's capital, alone or after such a run
  ("Lire cet article en anglais", set61 F8).

Each row has an example it removes and a near miss it keeps (tests/test_boilerplate.py).
"""

from __future__ import annotations

import re

from .boilerrow import START, Row
from .metarows import ROLE
from .numberends import OPENERS

_CAPITAL = r"[A-ZÀ-ÞĀ-Ž]"
# An event's or a job's fields, its news: when, where, what it costs ("Wann: Samstag Wo: Stadthalle Eintritt: frei",
# "Location: Remote Type: Full time…", "Deadline: Friday…"); and credits' roles beside metarows.ROLE's English ones
# ("Animateur : Jean Dupont Invitée : …", "Regie: …", "Autor: …", "Developer: Team …": names, whose second word the
# text would keep). A closed set of labels, any of them in the run keeps it (the review of set 61, finding 3).
_NEWS_OR_CREDIT = (
    r"(?:Date|Datum|Fecha|Data|When|Wann|Quand|Cuándo|Quando|Time|Heure|Horaire|Zeit|Uhrzeit|Hora|Horario|Orario"
    r"|Where|Wo|Où|Dónde|Donde|Onde|Dove|Place|Lieu|Ort|Lugar|Luogo|Location|Venue|Salle|Raum|Sala"
    r"|Entry|Entrée|Eintritt|Entrada|Ingresso|Price|Prix|Preis|Precio|Preço|Prezzo|Fee|Cost|Coût|Kosten|Tarif"
    r"|Deadline|Salary|Salaire|Gehalt|Salario|Speaker|Animat(?:eur|rice)|Invitée?|Gast|Invitad[oa]"
    r"|Réalisat(?:ion|eur|rice)|Regie|Dirección|Director|Auteure?|Autor(?:in|a)?|Traduction|Traducción|Übersetzung"
    r"|Tradução|Narrat(?:eur|rice)|Sprecher(?:in)?|Narrador|Product(?:ion|eur|rice)|Produktion|Producción|Musique"
    r"|Musik|Música|Moderat(?:ion|or|orin)|Présentation|Presentador|Montage|Schnitt|Verlag|Éditeur|Editorial"
    r"|Developer|Développeur|Entwickler|Desarrollador|Publisher|Cast|Besetzung|Reparto)s?\s?[:：]"
)
_LABEL = (  # "Platforme", "Catégorie", "Mot de passe" is three: not a label
    rf"(?!{ROLE}|{_NEWS_OR_CREDIT}){_CAPITAL}[\w'’-]*(?:\s[\w'’-]+)?"
)
# A value's word: a letter first (not a number's: "12 mars", "5 euros", "19:30"), no sentence's mark
_WORD = r"[^\W\d_][^\s:：.!?]*"
_FIELD = rf"{_LABEL}\s?[:：]\s{_WORD}(?:\s{_WORD}){{0,3}}?\s+"
_JOINED = r"(?:\s(?:et|and|und|y|e|ou|or|o|&)\s" + _WORD + ")?"  # "Linux et Windows"
_OPENER = "|".join(sorted((w[0].upper() + w[1:] for w in OPENERS), key=len, reverse=True)) + r"|L['’]"
_HEADING = r"(?:[A-ZÀ-Þ]{2,}\s+){1,4}"  # a heading in capitals ("DESCRIPTION DU DÉFI")
_BEFORE_OPENER = (
    rf"(?:{_CAPITAL}[\w'’-]*\s+){{1,3}}?(?=(?:{_OPENER})(?:\s|(?<=['’])))"  # ("Threat Intel Scénario" Une…)
)
_AFTER = rf"(?:{_HEADING}(?={_CAPITAL}[\w'’-]*\s+[a-zà-ÿ])|{_BEFORE_OPENER})?"
# The text's first sentence: a capital, a word in lower case within five words, a stop (or the line's end) within 400
_SENTENCE = r"(?=[A-ZÀ-ÞĀ-Ž«“\"(][^\n]{0,400}?(?:[.!?…](?:\s|$)|$))(?=\S+(?:\s\S+){0,4}?\s[a-zà-ÿ])"
# A link to the post in another language: "Lire cet article en anglais", "Read this article in English", "Leer en inglés"
_LANGUAGE = r"(?:english|anglais|inglés|inglês|inglese|englisch|engels|français|french|spanish|espagnol|español)"
_OTHER_LANGUAGE = (
    r"(?i:(?:lire|read|leer|ler|leggi|lesen)(?:\s(?:cet|this|este|esta|questo|dieses|diesen|the))?"
    rf"(?:\s(?:article|post|artículo|artigo|articolo|artikel|billet))?\s(?:en|in|em|auf)\s{_LANGUAGE}"
    rf"|(?:cet article|this (?:article|post)|este artículo|este artigo) (?:en|in|em) {_LANGUAGE})\s*[.!]?(?:\s*$|\s+(?=[A-ZÀ-ÞĀ-Ž]))"
)

FIELD_ROWS: tuple[Row, ...] = (
    Row(
        "style-rules-start",
        "a style sheet's rules before the first sentence",
        START,
        # ("figure img{ border-radius: 2px; } This is the 1st episode…", pimsnel-nl--index.xml in set31, F7):
        # selectors, then braces of "property: value;" declarations; a sentence's capital after them.
        re.compile(
            r"(?:[a-z#.*][\w#.:>*,\s-]{0,80}\{\s*[a-z-]+\s*:[^;{}:]{1,80}(?:;\s*[a-z-]+\s*:[^;{}:]{1,80})*;?\s*\}\s*)+"
            r"(?=[A-Z])"
        ),
        "figure img{ border-radius: 2px; } This is the 1st episode of a series about my desktop setup.",
        "figure 2 {shows the setup} as it was in 2020, before the move to a new desktop.",
    ),
    Row(
        "field-run-start",
        "a post's field rows flattened before its text",
        START,
        re.compile(
            rf"(?:{_FIELD}){{2,8}}{_LABEL}\s?[:：]\s{_WORD}{_JOINED}\s+{_AFTER}(?:{_SENTENCE}|(?={_OTHER_LANGUAGE}))"
        ),
        "Plateforme: Box Arena Lien: Kestrel Niveau: Moyen OS: Linux Kestrel expose un service web vulnérable.",
        "Date: 12 mars Lieu: Salle Verte Prix: 5 euros Le concert ouvre la saison.",
    ),
    Row(
        "other-language-link",
        "a link to the post in another language",
        START,
        re.compile(_OTHER_LANGUAGE),
        "Lire cet article en anglais Kestrel expose un service web vulnérable.",
        "Lire cet article en anglais aide à progresser, dit la professeure.",
    ),
)
