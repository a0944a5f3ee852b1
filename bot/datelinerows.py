"""A dateline before a story's first sentence, as rows of the boilerplate table (bot/boilerplate.py, spliced into
bot/leadrows.py's LEAD_ROWS where they stood): a wire's stamp of who, where and when, a press release's place and date,
a place alone before a dash and a comma (set 71a F1). Each with an example that goes and a near miss."""

from __future__ import annotations

import re

from .boilerrow import START, Row

WIRE_BRACKET = r"【[^【】\n]{1,12}(?:共同|時事|新華社|新华社|ロイター|AFP)】"  # a wire's dateline: "【ワシントン共同】"
# A wire dateline's pieces (the "wire-dateline-agency" row): where (capitalised words, then a country or a
# date after a comma: "SOCHI, Russia", "LA HABANA, 6 abr"); whose (an agency, or a host name: "IraqiNews.com").
_PLACE = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?(?:,\s*[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)?"
_AGENCY = (
    r"Reuters|Bloomberg|AP|AFP|ANSA|EFE|dpa|DPA|UPI|CNN|Xinhua|Kyodo|Yonhap|Anadolu|TASS|Sputnik|IANS|PTI|ANI"
    r"|Lusa|Belga|ANP|APA|KNA|KUNA|WAM|IRNA|Bernama|Antara|Europa Press|Prensa Latina|Agência Brasil"
)
_HOST = r"[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|info|news|(?!js|py|rs|ts|md|sh|go)[a-z]{2})"
# Conjunctions after a suspended compound's whole second member ("Vor-, Nachname und…"; not Indonesian "dan": it
# writes no suspended compound, and "Pontianak-, Badan Penelitian dan Pengembangan…" is a dateline's).
_SUSPENDING = r"und|oder|sowie|bzw\.|en|of|og|och|eller|samt|ja|tai|sekä|i|a|lub|oraz|nebo|and|or"
_AGENCY_CJK = r"ブルームバーグ|ロイター|ＡＦＰ|AFP|ＣＮＮ|CNN|ＡＰ|共同|時事|新華社|聯合"


DATELINE_ROWS: tuple[Row, ...] = (
    Row(
        "wire-dateline-cjk",
        "a news agency's dateline",
        START,
        # A wire story's stamp of who, where and when, as Chinese and Japanese agencies open their texts
        # (the English shape, "WASHINGTON (Reuters) -", is boilerplate.py's): CNA's "（中央社記者黃自強吉隆坡23日
        # 專電）", "（中央社紐約聯合國總部23日綜合外電報導）" (set16's finding 1), Kyodo's "【ワシントン共同】".
        re.compile(
            rf"\s*(?:[（(][^（）()\n]{{2,40}}?\d{{1,2}}日[^（）()\n]{{0,8}}?(?:電|电|報導|报道)[）)]|{WIRE_BRACKET})\s*(?=\S)"
        ),
        "（中央社記者黃自強吉隆坡23日專電）馬來西亞一名中學生被控在校園告白不成後殺害學姐。",
        "（本文於23日更新）馬來西亞一名中學生被控在校園告白不成後殺害學姐。",
    ),
    Row(
        "wire-dateline-agency",
        "a news agency's dateline",
        START,
        # The same stamp as a place and an agency's (or the site's own host's) name in brackets, then a dash
        # or a colon: "BRASÍLIA (Reuters) - ", "Quito, 24 Set 2018 (AFP) - ", "NUEVA YORK (AP) — ",
        # "Baghdad (IraqiNews.com) – " (iraqinews, tests/data/unseen/set18's F2), Bloomberg's Japanese
        # "（ブルームバーグ）：" (tbs_news_dig), Reuters' "［東京 17日 ロイター］ - "; Korean agencies' place=agency
        # and reporter, "[서울=뉴시스]윤현성 기자 = ", "【서울=뉴시스】", "(서울=연합뉴스) 홍길동 기자 = " (knews).
        re.compile(
            rf"\s*(?:(?:{_PLACE}\s+)?\((?:{_AGENCY}|{_HOST})\)\s*(?:--|[–—-]|:)\s+(?=\S)"
            rf"|[（(](?:{_AGENCY_CJK})[）)]\s*[：:]\s*(?=\S)|（(?:{_AGENCY_CJK})）\s*(?=\S)"
            rf"|[［\[][^［］\[\]\n]{{1,20}}?(?:{_AGENCY_CJK})[］\]]\s*(?:[-－―—]\s*)?(?=\S)"
            r"|[\[【(（][가-힣]{1,10}=[가-힣A-Za-z0-9]{1,10}[\]】)）]\s*"
            r"(?:[가-힣]{2,4}(?:[ ,·ㆍ]+[가-힣]{2,4}){0,3}\s*(?:기자|특파원|객원기자|인턴기자|선임기자|전문기자)\s*=\s*|=\s*)?"
            r"(?=\S))"
        ),
        "Baghdad (IraqiNews.com) – The Iraqi Stars League witnessed a dramatic power shift at the top.",
        "Paris (France) – the city of light – hosts the games this summer.",
    ),
    Row(
        "press-dateline",
        "a press release's dateline",
        START,
        # Where and when, then ".-" or a dash, before the first sentence: "Buenos Aires, 21 mayo de 2021.- EXO
        # realizó…" (pt-exo--feed.xml in tests/data/unseen/set24, F10), "Berlin, 3. März 2022 – Die…". A place of
        # capitalised words, a day, a word (the month), a year; a capital after the mark.
        re.compile(
            r"\s*[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|de|del|da|do)){0,3},\s*(?:[^\W\d_]{3,12},?\s+)?"
            r"\d{1,2}(?:\.|º)?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?\d{4}\s*(?:\.\s*[-–—]|\s[-–—])\s*(?=[A-ZÀ-Þ])"
        ),
        "Buenos Aires, 21 mayo de 2021.- EXO realizó la donación de un Centro de Diagnóstico Móvil.",
        "Buenos Aires, 21 mayo de 2021 fue un día frío para todos.",
    ),
    Row(
        "place-dateline",
        "a place's dateline",
        START,
        # A place alone, then a dash run into it (or spaced) and a comma, before the first sentence's capitalised word:
        # "Pontianak-, Balitbang Provinsi Kalbar laksanakan…" opened every entry of a provincial agency's news (kalbar,
        # set 71a F1). A word of three letters or more on either side and no hyphen after the next word: never a
        # word's suspended hyphen ("Anglo-, Franco- and German-speaking"), a grade ("A-, B+"), a hyphenated name.
        # Nor a two-member suspended compound whose second member is whole, a conjunction after it ("Vor-, Nachname
        # und E-Mail-Adresse", "Voor-, Achternaam en adres": German's, Dutch's, Nordic, Finnish, Polish, Czech's,
        # English's; review rev71a 1): a dateline's next words are its sentence's subject.
        re.compile(
            r"\s*[A-ZÀ-Þ][^\W\d_]*+(?:[ \t]+[A-ZÀ-Þ][^\W\d_]*+){0,3}(?<=[^\W\d_]{3})[ \t]?[-–—][ \t]?,[ \t]+"
            r"(?=[A-ZÀ-Þ][^\W\d_]{2,}+[ \t,])(?![^\W\d_]++[ \t]+(?:" + _SUSPENDING + r")[ \t])"
        ),
        "Pontianak-, Balitbang Provinsi Kalbar laksanakan rapat koordinasi di ruang rapat Bappeda.",
        "Anglo-, Franco- and German-speaking pupils sat the same test.",
    ),
)
