"""A sentence that points to further reading, not what happened (set21's digest 67, set22 F12; set64b F2): no summary
takes one (bot/usable.py), and an excerpt does not end on one (bot/cuts.py's ``without_announcement``: "…behavior on
macOS. For more information, see the information below or check the wiki.", "…公開。詳細: breachnews.com"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Indonesian's "for …, please read/visit/see" (set 65a F9): an imperative, a pointer whole. "Look/check/open" only
# before something to read or a title's capital: "Untuk memulai, silakan buka terminal lalu…", "…, silakan lihat
# apakah nasi sudah dingin…", "…, silakan cek jadwal bus…" are a tutorial's, a recipe's, a notice's steps (rev65b 4).
_PLEASE_READ = (
    r"untuk\s[^.!?,]{1,100},\s*silah?kan\s(?:baca|kunjungi|(?:lihat|simak|cek|buka)\s+(?:(?:artikel|tulisan|postingan"
    r"|halaman|situs|tautan|link|dokumentasi|di\s+sini)\b|(?-i:[A-Z])))"
)
# A pointer to further reading, not what happened ("Подробнее о том, как всё работало, можно почитать на Хабре.",
# set21's digest 67; "For more information, please see…", "詳しくは、プレスリリースをご参照下さい。", "See the changelog for
# the full list of changes.", set22 F12; "Untuk …, silakan baca …", set 65a F9): at the start only,
# where it is an imperative or a label ("Researchers hope to learn more…" says what happened).
FURTHER = re.compile(
    r"[\"'“«(]*(?:(?:to\s+)?(?:read|learn|find out) more\b|you can (?:read|learn|find out) more\b"
    r"|for (?:more|further|full) (?:details|information|info)\b|more (?:details|information|info)\b"
    r"|(?:please )?(?:see|check out|view|visit)\b[^.!?]{0,60}\b(?:full|complete) (?:list|details|changelog|release notes"
    r"|notes|story|article|report|post)\b"
    # ("View the pdf version of the report here.": a link the chat does not show, the whole sentence; set54 F5)
    r"|(?:you can (?:also )?)?(?:view|read|download|see|get|access)\s+(?:the|a|an|our|this|my|their)\s+"
    r"(?:[\w'’-]+\s+){0,6}?here\s*[.!]$"
    # (a name that has more on it: "Ars Technica has more details.", "The Verge has more coverage here.", set55 F9;
    # not "Google has more information on your habits…", "West Yorkshire Police have more details, but…": the noun
    # ends the sentence)
    r"|(?-i:[A-Z])[\w.&'’-]*+(?:\s(?-i:[A-Z])[\w.&'’-]*+){0,2}\s(?:has|have)\s(?:a\sfew\s|some\s|lots\s)?more"
    r"\s(?:details|information|info|coverage)(?:\shere)?[.!]$"
    r"|(?:pour )?en savoir plus|plus d['’]informations?|pour plus de détails|(?:para )?más información|para saber más"
    r"|(?:para )?mais informações|saiba mais|per (?:maggiori|ulteriori) informazioni|per saperne di più"
    r"|mehr (?:dazu|darüber|infos?|informationen)\b|weitere (?:infos?|informationen)\b"
    # (Indonesian, set 65a F9: a purpose clause, then "please read/visit/see": "Untuk mempelajari LaTeX secara lebih
    # mendalam, silakan kunjungi Panduan Belajar LaTeX.", "Untuk mendapatkan sumber yang lebih lengkap, silakan baca
    # Tentang GNU."; "for more information", "Untuk informasi lebih lanjut"; never "silakan baca" alone: "Silakan baca
    # bukunya sebelum menonton filmnya." reads a book)
    rf"|{_PLEASE_READ}"
    r"|untuk\s(?:informasi|info|keterangan|penjelasan)\s(?:lebih\s(?:lanjut|lengkap|detail)|selengkapnya)\b"
    r"|подробнее\b|(?:читайте|смотрите) (?:также|подробнее)|詳しくは|詳細は.{0,30}(?:ご覧|参照)|详情|更多(?:信息|详情)"
    # (set64b F2: a short "see X." of its own, "新脅威ブリーフ参照。", and a label before a site's name, "詳細: breachnews.com")
    # (not Chinese "以…为参照", "可以此为参照": a reference, the sentence's own words; review rev64d, 2)
    r"|[^。．！？!?\s]{1,20}(?<![为作])参照(?:ください|下さい)?[。．]?$"
    r"|(?:詳細|詳しく|details|more\sinfo|more)\s?[:：]\s?(?:https?://)?(?:[\w-]++\.(?=[\w-]))++[a-z]{2,}+(?:/\S*+)?[.。]?$)",
    re.IGNORECASE,
)
# What makes an opening a pointer as a whole, not the start of a report ("More details emerged on Tuesday, when…",
# "To learn more, the team sequenced…", "Plus d'informations seront communiquées jeudi.", "Weitere Informationen zur
# Ursache gab die Polizei bekannt", "Подробнее о причинах рассказал директор": review rev64d, 1): a word that sends
# the reader elsewhere, a link, or a label's colon right after the opening.
_POINTING = re.compile(
    r"\b(?:see|visit|check|click|tap|here|below|above|wiki|docs|documentation|website|links?|changelog|release\snotes"
    r"|voir|voyez|consultez|consulter|cliquez|ici|lien|sur\s(?:le\ssite|notre)|siehe|hier|Link|Webseite|Website|(?:lesen|finden|besuchen)\sSie"
    r"|visite|visita|consulte|consulta|vea|veja|acesse|aquí|aqui|enlace|leggi|clicca|sito|read\s(?:our|the\sfull)"
    r"|читайте|смотрите|по\sссылке|на\sсайте|здесь)\b"
    r"|https?://|\bwww\.|\b[\w-]{2,}\.(?:com|org|net|io|dev|app|gov|edu|info|example|co|uk|de|fr|jp|ru|cn|it|es)\b"
    r"|ご覧|参照|リンク|サイト|ページ|详见|请见|参见|查看|访问|点击|链接|官网",
    re.IGNORECASE,
)
# An opening that is an imperative or a label's "more info", a pointer whole ("Read more on our blog.", "Please view the
# complete report.", "For more info on how the help.", its link on the next line; not "To learn more, the team…").
_IMPERATIVE = re.compile(
    r"[\"'“«(]*(?:(?:for\s)?(?:more|further)\sinfo\b|(?:read|learn|find\sout)\smore\b"
    rf"|(?:please\s)?(?:see|view|visit|check\sout|download)\b|{_PLEASE_READ})",
    re.IGNORECASE,
)
_STOP = re.compile(r"[.!?。．！？]\s*")
_REACH = 200  # characters of a text's end its last sentence is looked for in


def ends_on_further(text: str) -> bool:
    """Whether a sentence in the text's last characters, after a stop, opens as a pointer to further reading (cheap:
    only then is the text's last sentence found, bot/cuts.py's ``without_announcement``)."""
    return any(FURTHER.match(text, m.end()) for m in _STOP.finditer(text, max(0, len(text) - _REACH), len(text) - 1))


def points_further(sentence: str) -> bool:
    """Whether a sentence (a text's last, for the excerpt) is a pointer to further reading as a whole, not only opens
    like one: FURTHER's opening, then a word or link that sends the reader elsewhere, a label's colon, or nothing more
    (review rev64d, 1: a false cut here loses the reader words; a summary may refuse on the opening alone)."""
    sentence = sentence.strip()
    if (opening := FURTHER.match(sentence)) is None:
        return False
    rest = sentence[opening.end() :].lstrip()
    if not rest.rstrip(".!。．") or rest[:1] in ":：" or _IMPERATIVE.match(sentence):
        return True
    return _POINTING.search(sentence) is not None


def without_further(text: str, sentence_end: Callable[[str, int], int]) -> str:
    """The text without the sentences at its end that are pointers to further reading as a whole (points_further; one
    after another, "… Untuk …, silakan baca Tentang GNU. Untuk …, silakan baca Tentang Linux.", set 65a F9), a
    sentence before them kept (``sentence_end``: where the sentence ending before a place begins, bot/cuts.py's)."""
    while ends_on_further(text) and (end := sentence_end(text, len(text) - 1)) > 0 and points_further(text[end:]):
        text = text[:end]
    return text
