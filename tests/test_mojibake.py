"""bot/mojibake.py: UTF-8 that a publisher read as Windows-1252 or Latin-1 is read back as
it was meant (titles, excerpts, leads and sentences), and correct text in any language is
left exactly as it is. Examples are real: the mojibake from the feeds of
tests/data/feeds/SOURCES.md and of a reading of 157 unseen feeds, the correct text
from the corpus (tests/data). End to end through the feed server, the parse workers
and SQLite: test_mojibake_feeds_are_stored_as_meant."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench.quality import mojibake_runs  # the quality report's own reading: no code of the bot
from bot.app import Tidings
from bot.config import settings_from_dict
from bot.mojibake import repair_mojibake

FEEDS = Path(__file__).parent / "data" / "feeds"
NOW = datetime(2017, 1, 9, 12, 0, tzinfo=UTC)  # just after the feeds were read: their items are news

MENDED = [
    # Windows-1252's quotes, dashes and arrows ("€", "™", "º" are not Latin-1): The Verge, JapanToday
    ("New York Cityâ€™s closest nuclear power plant may close in five years",
     "New York City’s closest nuclear power plant may close in five years"),
    ("Fitbit wants to launch its own wearable app store â€œas soon as possible,â€\x9d the companyâ€™s co-founder",
     "Fitbit wants to launch its own wearable app store “as soon as possible,” the company’s co-founder"),
    ("Business â€º Japanese gov't defends Toyota after Trump broadside over Mexican plant",
     "Business › Japanese gov't defends Toyota after Trump broadside over Mexican plant"),
    # Cyrillic, with the C1 controls that stand for the bytes Windows-1252 leaves out (Yandex)
    ("25 Ñ‡ÐµÐ»Ð¾Ð²ÐµÐº Ð¿Ð¾Ñ\x81Ñ‚Ñ€Ð°Ð´Ð°Ð»Ð¸ Ð¾Ñ‚ Ð¿ÐµÑ‚Ð°Ñ€Ð´ Ð² ÐœÐ¾Ñ\x81ÐºÐ²Ðµ Ð·Ð° Ð¿Ñ€Ð°Ð·Ð´Ð½Ð¸ÐºÐ¸",
     "25 человек пострадали от петард в Москве за праздники"),
    # Latin-1 and Windows-1252 in one text; "à" and no-break spaces whose 0xA0 is a space (Le Monde, Le Parisien)
    ("Cinq personnes ont Ã©tÃ© tuÃ©es et huit autres blessÃ©es par les tirs. Un suspect a Ã©tÃ© arrÃªtÃ©. "
     "La piste terroriste nâ€™est pas Ã©cartÃ©e.",
     "Cinq personnes ont été tuées et huit autres blessées par les tirs. Un suspect a été arrêté. "
     "La piste terroriste n’est pas écartée."),
    ("FlorideÂ\xa0: ce que lâ€™on sait de la fusillade Ã\xa0 lâ€™aÃ©roport de Fort Lauderdale",
     "Floride\xa0: ce que l’on sait de la fusillade à l’aéroport de Fort Lauderdale"),
    ("Bobigny : le contrÃ´le dans le hall dÃ©gÃ©nÃ¨re, trois policiers Ã\xa0 lâ€™hÃ´pital",
     "Bobigny : le contrôle dans le hall dégénère, trois policiers à l’hôpital"),
    ("Ferrante poursuit sa saga deÂ\xa0Lâ€™Amie prodigieuse", "Ferrante poursuit sa saga de\xa0L’Amie prodigieuse"),
    # German quotes, a Croatian name (Latin Extended), Portuguese, a Spanish soft hyphen (í = C3 AD)
    ("CDU-GeneralsekretÃ¤r Tauber: â€žDas doppelte Lottchen des Populismus in Deutschlandâ€œ",
     "CDU-Generalsekretär Tauber: „Das doppelte Lottchen des Populismus in Deutschland“"),
    ("Sanja TurkoviÄ‡ gestaltet seit zehn Jahren als selbststÃ¤ndige Landschaftsarchitektin",
     "Sanja Turković gestaltet seit zehn Jahren als selbstständige Landschaftsarchitektin"),
    ("Casa da Leitura tem semana dedicada ao autor da â€œFantÃ¡stica FÃ¡brica de Chocolatesâ€\x9d",
     "Casa da Leitura tem semana dedicada ao autor da “Fantástica Fábrica de Chocolates”"),
    ("<ul><li>Comercio y logÃ\xadstica impulsan la firma de contratos", "<ul><li>Comercio y logística impulsan la firma de contratos"),
    # Mojibake next to correct text of the same title (The Indian Express, Der Brutkasten)
    ("Pakistan’s new army chief rejects Indiaâ€™s claim of surgical strikes",
     "Pakistan’s new army chief rejects India’s claim of surgical strikes"),
    ("Das LehrstÃ¼ck der Disruption – 10 Jahre iPhone", "Das Lehrstück der Disruption – 10 Jahre iPhone"),
    # Read wrong twice (the Le Monde and Der Brutkasten lines once more)
    ("Cinq personnes ont ÃƒÂ©tÃƒÂ© tuÃƒÂ©es", "Cinq personnes ont été tuées"),
    ("Das LehrstÃƒÂ¼ck der Disruption â€“ 10 Jahre iPhone", "Das Lehrstück der Disruption – 10 Jahre iPhone"),
    # A text that ends in half a no-break space, its 0xA0 stripped with the white space (Ampersand, Danish)
    ("fokus er pÃ¥ det sportslige. Horsens har opsat visitationszoner, hvor BrÃ¸ndby-fans vil blive afvist.Â",
     "fokus er på det sportslige. Horsens har opsat visitationszoner, hvor Brøndby-fans vil blive afvist."),
    ("Â£5 a month", "£5 a month"),
    # A no-break space whose 0xA0 is a space after a digit or a colon, in a text ftfy alone finds
    # not bad enough to mend (simplepie's feed_rss-2.0_for_file_mock.xml, rss.com's blog)
    ("The Best Podcast Hosting Platforms of 2023Â  – Review & Comparisons",
     "The Best Podcast Hosting Platforms of 2023\xa0 – Review & Comparisons"),
    ("A defined, repeatable episode structure is important because:Â Planning your content becomes easier",
     "A defined, repeatable episode structure is important because:\xa0Planning your content becomes easier"),
    # Mac OS Roman: a YouTube title of ROME's test feed (/work/unseen3 rome--test3.xml)
    ("Ratatouille Trailer ( Portugu√™s )", "Ratatouille Trailer ( Português )"),
    # A letter's two bytes that read as two letters, which ftfy finds no fault in (a Lemmy title, set30 F14)
    ("Honey, I forgot the KeÅŸkek", "Honey, I forgot the Keşkek"),
    ("DaÄŸ evi, Åžirket", "Dağ evi, Şirket"),
]  # fmt: skip


@pytest.mark.parametrize(("seen", "meant"), MENDED, ids=[seen[:30] for seen, _ in MENDED])
def test_mojibake_is_read_as_it_was_meant(seen, meant):
    assert repair_mojibake(seen) == meant


CORRECT = [
    # Real titles and sentences of the corpus, in many languages and scripts
    "JO d’hiver 2018 : pas de médaille pour Martin Fourcade",
    "Les grands favoris, dont Martin Fourcade, qui termine à la 8e place, et le Norvégien Boe, ont été à la peine.",
    "On ne le répètera jamais assez\xa0: réaliser le portrait-robot d'un enfant «\xa0doué\xa0»",
    "Dem Hersteller zufolge ist das die größte Vorbestellung bisher.",
    "Geschichte von »Jujutsu Kaisen« nähert sich dem Ende",
    "¿Cuál es el cumpleaños más común en el mundo?",
    "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno",
    "Relatório do governo dos EUA acusa militares de Mianmar de atrocidades contra muçulmanos rohingyas",
    "\xa0För mer än tre år sedan aviserade dåvarande Allians-styrda Stockholms Stad att man äntligen skulle bredda",
    "Klášterec nad Ohří má špatně zakreslené plochy",
    "Komentár Ľubomíra Jaška: Pellegrini prerazil dno, ale Matovič mu v tom výrazne pomohol",
    "Ruszyła sprzedaż biletów na konferencję SotM EU 2024",
    "Serdar Gözübüyük scheidsrechter bij FC Twente - FC Utrecht",
    "В Бузулуке главные стройплощадки – детсад и Ледовый дворец",
    "Вибухи на Хмельничини 22 грудня: що відомо",
    "«Πορτραίτα καραντίνας» για έμπνευση από τη συλλογή Φέλιου",
    "कैसे फैला कोरोना वायरस, WHO की टीम करेगी चीनी अधिकारियों के साथ बैठक",
    "DrecomRSSに記事投稿が反映されない…",
    "建国35周年纪念，华表，和平鸽",
    "quán nét khanh ok",
    "ปักหมุด",
    "امریکہ کے ساتھ خفیہ معلومات کا تبادلہ اور فوجی تعاون معطل کر دیا: وزیر دفاع",
    "25: Dilims - Eliz Kılıç",
    "‘Indo-US Strategic and Commercial Dialogue enduring mechanism’",
    # Accented letters and punctuation that make a UTF-8 sequence and are right as they are:
    # a word in capitals ending in "Ã" before a quote mark (Portuguese), "ß" before "“"
    # (German), a French word before a no-break space and "»", "Â" in capitals
    "Ela gritou “IRMÃ” e correu até à porta",
    "O filme «AMANHÃ» estreia em São Paulo",
    "„Mit freundlichem Gruß“",
    "«\xa0CAFÉ\xa0» et «\xa0doué\xa0»",
    "SÃO PAULO e NÃO: ÂNGULO, ROMÂNIA",
    # "Â" ending a word in capitals before a space (Turkish)
    "HÂLÂ BİTMEDİ",
    "Preço: 5\xa0€, £3, 10\xa0°C, 3×4, x², ¿Sí?, ¡Olé!",
    # Text that was another encoding read as Latin-1 (EUC-KR, the corpus's chardet case):
    # UTF-8 cannot mend it, and it must not become other nonsense
    "EUC-KR ¿¡¼\xad TypeKey ÇÑ±Û´Ð³×ÀÓ Ç¥½ÃÇÏ±â",
]


@pytest.mark.parametrize(
    "text",
    [*CORRECT, "Alfabetul are literele Ă Â Î Ș Ț", "Søren Åž x", "KTO MÔŽE VOLIŤ V ROKU 2026?", "ÚŽASNÝ VÝKON"],
    ids=lambda s: s[:30],
)
def test_correct_text_is_left_as_it_is(text):
    """(The last two: "Â" as a letter of its own, between spaces, read by ftfy, which leaves it; a letter only
    Windows-1252 has after a capital, alone, no word: not a letter's two bytes.)"""
    assert repair_mojibake(text) == text


@pytest.mark.parametrize("text", [
    "√π ≈ 1.772 and √2 ≈ 1.414; the limit √∞ diverges; ¬¬p ⇒ p",
    "Er sagte ‚Äpfel‘ und nicht ‚Birnen‘.",
])  # fmt: skip
def test_what_mac_os_romans_mojibake_is_made_of_stays_in_formulas_and_quotes(text):
    assert repair_mojibake(text) == text


def test_the_quick_test_looks_for_its_lead_in_utf8_first():
    """_QUICK_LEAD (0xC3 then 0x82-0xB4 in the text's UTF-8) is found wherever _QUICK's
    lead (U+00C2-U+00F4) is, and only there: every character alone, and beside others."""
    from bot import mojibake

    for code in [*range(0x3000), *range(0xD700, 0x10000), 0x1F600, 0x10FFFF]:
        for text in (chr(code), "a" + chr(code) + "\u00a9", "\ud800" + chr(code) + "é"):
            lead = mojibake._QUICK_LEAD.search(text.encode("utf-8", "surrogatepass")) is not None
            assert lead is any(0xC2 <= ord(char) <= 0xF4 for char in text), hex(code)


def test_clean_text_never_loads_the_repair():
    """The quick test decides: text without a likely sequence costs a regex search, and
    ftfy is not even imported (a fresh interpreter)."""
    code = (
        "import sys\nfrom bot.mojibake import repair_mojibake\n"
        f"texts = {CORRECT[:-1]!r}\n"
        "assert all(repair_mojibake(t) == t for t in texts)\n"
        "print('ftfy' in sys.modules)\n"
        f"repair_mojibake({MENDED[0][0]!r})\n"
        "print('ftfy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


MOJIBAKE_FEEDS = [
    "codehollow--Rss20LeMonde.xml",
    "codehollow--Rss20YandexRussia.xml",
    "codehollow--Rss20IndianExpress.xml",
]


async def test_mojibake_feeds_are_stored_as_meant(feeds, clock, tmp_path):
    """Three real feeds, double-encoded wholly or in part, polled from the feed server by
    the parse workers into SQLite: no stored title, excerpt, lead or sentence has mojibake."""
    # Empty at first: the first poll is a backfill, and only new articles are segmented at once.
    urls = {name: feeds.serve("/" + name, "<rss version='2.0'><channel><title>T</title></channel></rss>")
            for name in MOJIBAKE_FEEDS}  # fmt: skip
    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 'tidings.db'}"},
        "polling": {"parse_workers": 1},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": name, "url": url, "tags": ["news"]} for name, url in urls.items()],
        "channels": [{"name": "news", "platform": "console", "tags": ["news"]}],
    })  # fmt: skip
    clock.set(NOW)
    async with Tidings(settings, clock=clock, adapters={}, env={}) as bot:
        await bot.poll(due_only=False)
        for name in MOJIBAKE_FEEDS:
            feeds.serve("/" + name, (FEEDS / name).read_bytes())
        clock.advance(hours=1)
        report = await bot.poll(due_only=False)
        assert report.new_articles == 18 + 15 + 8
        stored = await bot.db.latest_articles(MOJIBAKE_FEEDS, 100)
        texts = await bot.db.article_texts([s.id for s in stored])
    shown = [(s.article.title, s.article.excerpt) for s in stored]
    written = [text for title, excerpt in shown for text in (title, excerpt)]
    written += [text for lead, sentences in texts.values() for text in (lead, *sentences)]
    assert len(texts) > 20 and sum(len(sentences) for _, sentences in texts.values()) > 20
    assert [(text, mojibake_runs(text)) for text in written if mojibake_runs(text)] == []
    titles = {title for title, _ in shown}
    assert {
        "Floride : ce que l’on sait de la fusillade à l’aéroport de Fort Lauderdale",
        "25 человек пострадали от петард в Москве за праздники",
        "Pakistan’s new army chief rejects India’s claim of surgical strikes",
        "Fresh protests in Nepal: Prachanda’s ‘secret’ meet with CJ raises eyebrows",
        "US shooting: Iraq war veteran accused of killing five at Fort Lauderdale airport",
        "‘Indo-US Strategic and Commercial Dialogue enduring mechanism’",
    } <= titles
    assert any(excerpt.startswith("Cinq personnes ont été tuées et huit autres blessées") for _, excerpt in shown)


# Mojibake written as character references: the UTF-8 bytes of "é" as two Latin-1 references
# ("Caf&#195;&#169;"), in a title or a text the feed escaped (CDATA, "&amp;#195;"). Unescaped after
# the repair, they read "CafÃ©" (every path: HTML, plain text, titles, the fast parser and feedparser).
REFERENCES = [
    ("Caf&#195;&#169; culture in Vienna", "Café culture in Vienna"),
    ("&lt;p&gt;The caf&#xC3;&#xA9; opened in 1920.&lt;/p&gt;", "&lt;p&gt;The café opened in 1920.&lt;/p&gt;"),
    ("Le caf&Atilde;&copy; &amp; la cr&Atilde;&uml;me", "Le café &amp; la crème"),
    # Windows-1252's "â€™" as references to its characters, and as HTML reads &#128;-&#159; (Windows-1252)
    ("New York City&#226;&#8364;&#8482;s closest nuclear plant", "New York City’s closest nuclear plant"),
    ("New York City&#226;&#128;&#153;s closest nuclear plant", "New York City’s closest nuclear plant"),
]
REFERENCES_CORRECT = [
    "Caf&eacute; &amp; cr&egrave;me br&ucirc;l&eacute;e &#8212; &#169; 2024",
    "S&Atilde;O PAULO e ROM&Acirc;NIA",
    "Ela gritou &#8220;IRM&#195;&#8221; e correu",
    "Fish &amp; chips &#38; &#x26; peas",
]


@pytest.mark.parametrize(("seen", "meant"), REFERENCES, ids=[seen[:30] for seen, _ in REFERENCES])
def test_mojibake_written_as_character_references_is_read_as_meant(seen, meant):
    assert repair_mojibake(seen) == meant


@pytest.mark.parametrize("text", REFERENCES_CORRECT, ids=lambda s: s[:30])
def test_character_references_of_correct_text_are_left_as_they_are(text):
    assert repair_mojibake(text) == text


REFERENCE_ITEM = (
    "<item><title>{title}</title><link>https://www.example-news.at/wien/kaffeehaus-{n}</link>"
    "<guid>https://www.example-news.at/wien/kaffeehaus-{n}</guid><pubDate>Mon, 09 Jan 2017 08:00:00 +0100</pubDate>"
    "<description>{text}</description></item>"
)
REFERENCE_FEED = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wien</title>'
    "<link>https://www.example-news.at/</link><description>News</description>"
    + REFERENCE_ITEM.format(
        n=1,
        title="<![CDATA[Das Caf&#195;&#169; Central &#195;&#182;ffnet wieder]]>",
        text="<![CDATA[<p>Nach zwei Jahren &#195;&#182;ffnet das Caf&#195;&#169; am Montag.</p>]]>",
    )
    + REFERENCE_ITEM.format(
        n=2,
        title="Kaffeehaus&amp;#226;&amp;#8364;&amp;#8482;s Rezepte",
        text="&lt;p&gt;Die Torte mit Schlagobers &amp;#195;&amp;#188;berzeugt.&lt;/p&gt;",
    )
    + "</channel></rss>"
)
REFERENCE_STORED = {
    ("Das Café Central öffnet wieder", "Nach zwei Jahren öffnet das Café am Montag."),
    ("Kaffeehaus’s Rezepte", "Die Torte mit Schlagobers überzeugt."),
}


@pytest.mark.parametrize("fast", [True, False], ids=["fast path", "feedparser"])
def test_mojibake_in_character_references_is_mended_by_both_parsers(fast):
    from bot.normalize import read_feed

    content = read_feed(
        REFERENCE_FEED.encode(), url="https://www.example-news.at/rss", source="wien", now=NOW, excerpt_length=300,
        fast=fast,
    )  # fmt: skip
    assert {(a.title, a.excerpt) for a in content.articles} == REFERENCE_STORED


async def test_mojibake_in_character_references_is_stored_as_meant(feeds, clock, tmp_path):
    """The same feed polled from the feed server by the parse workers into SQLite."""
    url = feeds.serve("/wien.rss", REFERENCE_FEED)
    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 'tidings.db'}"},
        "polling": {"parse_workers": 1},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": "wien", "url": url, "tags": ["news"]}],
        "channels": [{"name": "news", "platform": "console", "tags": ["news"]}],
    })  # fmt: skip
    clock.set(NOW)
    async with Tidings(settings, clock=clock, adapters={}, env={}) as bot:
        await bot.poll(due_only=False)
        await bot.poller.backlog.read()  # (a first poll: read as a digest or search reads it)
        stored = await bot.db.latest_articles(["wien"], 10)
    assert {(s.article.title, s.article.excerpt) for s in stored} == REFERENCE_STORED


# A generator's JSON escapes left in the text: the Linux Action Show's feed (/work/unseen6,
# quickxml--linux-action-show-ogg.xml: 185 of them), its words.
ESCAPES_READ = [
    ("<p>Today we\\u2019ll show you how to make it work with SSH under Linux.</p>",
     "<p>Today we’ll show you how to make it work with SSH under Linux.</p>"),
    ("<p>YubiKeys support one-time passcode, smart card & more \\u2013 enabling one security key to an unlimited "
     "number of applications. Today we\\u2019ll show you how.</p>",
     "<p>YubiKeys support one-time passcode, smart card & more – enabling one security key to an unlimited "
     "number of applications. Today we’ll show you how.</p>"),
    ("System76\\u2019s Serval WS is in house", "System76’s Serval WS is in house"),
    ("He calls it \\u201cthe year of the Linux desktop.\\u201d Do we agree\\u2026",
     "He calls it “the year of the Linux desktop.” Do we agree…"),
    ("Plus: we\\u2019re back \\ud83d\\ude00", "Plus: we’re back 😀"),  # (a surrogate pair: one character)
]  # fmt: skip
ESCAPES_KEPT = [
    "Java writes an é as \\u00e9 in a string literal.",  # (an escape on its own, in no word: a text about it)
    'In JSON, <code>"caf\\u00e9"</code> is café.',  # (code)
    "<pre>s = 'we\\u2019ll'</pre> is a Python string.",
    "A path C:\\\\u2019s stays.",  # (an escaped backslash, then "u2019s")
    "ASCII escapes: fo\\u006f and a\\u003cb stay written.",  # (never markup or ASCII out of an escape)
    "A lone half: x\\ud83dy stays.",
]


@pytest.mark.parametrize(("seen", "meant"), ESCAPES_READ)
def test_json_escapes_a_generator_left_in_prose_are_read(seen, meant):
    assert repair_mojibake(seen) == meant


@pytest.mark.parametrize("text", ESCAPES_KEPT)
def test_escapes_that_may_be_meant_are_left_as_they_are(text):
    assert repair_mojibake(text) == text
