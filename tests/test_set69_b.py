"""Set 69 (/work/unseen69a/FINDINGS.md F1): a news feed's typographic lead-in in capitals ("HRVATSKI sabor već ovaj
tjedan…", bot/leadcase.py). Made-up text in the feed's shape: the feed the rule was written for has no licence."""

from functools import partial

from bot.normalize import ENTRY_PRINT, read_feed
from tests.builders import T0, read_entries

_IMG = '<img src="https://cdn.example/b/a1.jpg"/> '
# (title, text): an index.hr-shaped feed, each text opening with its first words in capitals
_NEWS = [
    ("Đoković izbacio tenisača s Roland Garrosa", "NOVAK ĐOKOVIĆ plasirao se u osminu finala Roland Garrosa."),
    ("NATO traži od Njemačke još vojnika", "NATO planira od Njemačke zatražiti dodatnih sedam brigada."),
    ("Evo koliko je PSG zaradio osvajanjem Lige prvaka", "PSG JE BIO daleko od vrha ligaške faze Lige prvaka."),
    ("U Slunju pijan sletio s ceste", "U SLUNJU je jučer oko 18:50 sati vozač prouzročio prometnu nesreću."),
    ("Hargreaves o igraču: Igra poput Modrića", "ZANIMLJIVA usporedba."),
    ("Vrlo slab potres jutros kod Zagreba", "JUTROS u 7:24 sati zabilježen je slab potres kod Gornje Bistre."),
    ("Hrvatska osvojila tri medalje na prvenstvu", "USPJEŠNO SP za Hrvatsku."),
    (
        "Ušao je u 53. minuti finala. Ozlijedio se",
        "YANN BISSECK neće po dobrome pamtiti finale, a ove godine ga je igrao.",
    ),
    ("Žene trebaju izbjegavati tri opcije za doručak", "OVE MALE promjene u doručku mogu utjecati na zdravlje."),
]


def _read(items: list[tuple[str, str]], image: str = _IMG) -> list[str]:
    entries = [{"title": title, "link": f"/clanak/{n}", "text": image + text} for n, (title, text) in enumerate(items)]
    return [article.excerpt for article in read_entries(entries)]


def test_a_feeds_capital_lead_in_takes_its_words_case():
    """Set 69a, finding 1 (rumca-js--indexhr.xml, repository rumca-js/RSS-Link-Database-2025, in
    /work/unseen69a/feeds): every index.hr story opens with its first one to three words in capitals, the site's
    typography ("NOVAK ĐOKOVIĆ plasirao se…"). Most of the feed's entries open so and its titles do not: each run is
    written in the case its words have in the title or elsewhere in the feed ("Đoković"), acronyms kept ("NATO",
    "PSG"), a short word no text cases kept as it is ("SP"), a word no text cases after one never seen in lower
    case as a name ("Yann Bisseck"), other words in lower case after the first ("Ove male promjene")."""
    assert _read(_NEWS) == [
        "Novak Đoković plasirao se u osminu finala Roland Garrosa.",
        "NATO planira od Njemačke zatražiti dodatnih sedam brigada.",
        "PSG je bio daleko od vrha ligaške faze Lige prvaka.",
        "U Slunju je jučer oko 18:50 sati vozač prouzročio prometnu nesreću.",
        "Zanimljiva usporedba.",
        "Jutros u 7:24 sati zabilježen je slab potres kod Gornje Bistre.",
        "Uspješno SP za Hrvatsku.",
        "Yann Bisseck neće po dobrome pamtiti finale, a ove godine ga je igrao.",
        "Ove male promjene u doručku mogu utjecati na zdravlje.",
    ]


def test_a_lead_in_before_a_name_ends_at_the_name():
    """Set 69a, finding 1 (rumca-js--indexhr.xml): a lead-in before a word that is not in capitals ("ELON Musk
    objavio…", "TRENER Intera dao…") is written so too, once the feed's habit is known."""
    items = [*_NEWS[:5], ("Elon Musk: Ne drogiram se", "ELON Musk objavio je na X-u da se ne drogira.")]
    assert _read(items)[-1] == "Elon Musk objavio je na X-u da se ne drogira."


def test_a_single_shouted_word_or_a_shouting_feed_stays():
    """Set 69a, finding 1, its counter-examples: one entry's word in capitals in a feed that has no such habit
    ("NASA said…"), a feed whose titles open in capitals as its texts do, a feed whose texts are all capitals, and a
    feed of fewer than five entries keep their case."""
    plain = [
        ("Launch moved to Friday", "NASA said the launch moved to Friday because of the weather."),
        ("A new bakery on Main Street", "The bakery opens on Monday with bread from an old family recipe."),
        ("Library hours change", "From June the library opens an hour earlier on weekdays."),
        ("Road works on the bridge", "Road works close one lane of the bridge until the end of the month."),
        ("Concert in the park", "The town band plays in the park on Saturday evening."),
        ("School fair this weekend", "Pupils sell their crafts at the school fair this weekend."),
    ]
    assert _read(plain, image="")[0] == "NASA said the launch moved to Friday because of the weather."
    shouting_titles = [(text.split(" ", 1)[0] + " " + title[:1].lower() + title[1:], text) for title, text in _NEWS]
    assert _read(shouting_titles)[0] == "NOVAK ĐOKOVIĆ plasirao se u osminu finala Roland Garrosa."
    capitals = [(title, text.upper()) for title, text in _NEWS]
    assert _read(capitals)[0] == "NOVAK ĐOKOVIĆ PLASIRAO SE U OSMINU FINALA ROLAND GARROSA."
    assert _read(_NEWS[:4])[0] == "NOVAK ĐOKOVIĆ plasirao se u osminu finala Roland Garrosa."


# rev69b (/work/notes/rev69b-findings.md): what the rule did to feeds of other shapes, made-up in those shapes
_TABLOID = [  # (a UK tabloid's house style: the story's first words in capitals, sentence-case titles)
    ("Mum tells of horror after dog attack in park", "A MUM has told of her horror after a dog attacked her son."),
    ("Council to close three libraries", "THREE LIBRARIES will close next year, the council said."),
    ("Police hunt driver after crash", "POLICE are hunting a driver who fled after a crash in the town centre."),
    ("Energy bills to rise again in winter", "UK households face another rise in energy bills this winter."),
    ("Ministers agree deal on migration", "EU ministers agreed a deal on migration after hours of talks."),
    ("US and China resume trade talks", "US officials said talks with us would resume next week."),
    ("Boss quits after row", "TECH boss quits after a row with the board."),
]


def test_a_titles_first_word_is_no_evidence_of_a_name():
    """rev69b, finding 1: a word seen only as a title's first word ("Mum tells of horror…") was written as a name
    inside the sentence ("A Mum has told…"). A sentence's first word is any word."""
    assert _read(_TABLOID, image="")[:3] == [
        "A mum has told of her horror after a dog attacked her son.",
        "Three libraries will close next year, the council said.",
        "Police are hunting a driver who fled after a crash in the town centre.",
    ]


def test_an_acronym_opening_the_lead_in_stays():
    """rev69b, finding 3: a short word no text cases opening the run ("EU ministers", "UK households") and an
    acronym the feed shows in capitals that is a word too ("US officials… with us"; index.hr's "SAD je uveo…",
    the USA, where "sad" is "now") were written "Eu", "Uk", "Us", "Sad"."""
    assert _read(_TABLOID, image="")[3:6] == [
        "UK households face another rise in energy bills this winter.",
        "EU ministers agreed a deal on migration after hours of talks.",
        "US officials said talks with us would resume next week.",
    ]
    items = [
        *_NEWS[:5],
        ("Dogovor o carinama postignut", "EU ministri su se dogovorili o carinama za čelik."),
        ("SAD uveo nove carine Kini", "SAD je uveo nove carine, a sad se čeka odgovor Kine."),
    ]
    assert _read(items)[5:] == [
        "EU ministri su se dogovorili o carinama za čelik.",
        "SAD je uveo nove carine, a sad se čeka odgovor Kine.",
    ]


def test_a_derived_word_or_a_near_tie_is_no_evidence_of_a_words_case():
    """rev69b, finding 4 (rumca-js--indexhr.xml, repository rumca-js/RSS-Link-Database-2025, in
    /work/unseen69a/feeds): an unseen word took the case of every word it starts ("MARIJA" of the adjective
    "marijanski", in lower case as Croatian writes it: "Što marija Kovačevića…"), by any margin ("DRUGOM" of the
    name "Drugog svjetskog rata" against "drugog" in lower case: "U Drugom krugu…"). Only its inflected forms count,
    by a clear margin, and the run's last word before a capitalised word reads as a name's when nothing shows it
    in lower case."""
    items = [
        *_NEWS[:5],
        ("Dinamo u subotu igra kod Rijeke", "ŠTO MARIJA Kovačevića očekuje u Dinamu? Obnovljen je marijanski kip."),
        (
            "Obljetnica kraja Drugog svjetskog rata",
            "U DRUGOM krugu izbora, prvom nakon Drugog svjetskog rata, pobijedila je oporba.",
        ),
        ("Izbori su završeni", "IZBORI su završeni u drugoj rundi, a drugog kruga nema. Ni drugo nije bilo."),
        ("Procesija u Zagrebu", "VJERNICI su u nedjelju nosili marijanska obilježja."),
    ]
    assert _read(items)[5:7] == [
        "Što Marija Kovačevića očekuje u Dinamu? Obnovljen je marijanski kip.",
        "U drugom krugu izbora, prvom nakon Drugog svjetskog rata, pobijedila je oporba.",
    ]


def test_a_title_case_title_is_no_evidence_of_names():
    """rev69b, finding 2: a title in Title Case, as many US sites write theirs ("Library To Close Next Year"),
    made each of its words a name's ("The Library will close…"). Such a title gives no case."""
    items = [
        ("Three People Hurt In Crash On Motorway", "THREE PEOPLE were hurt in a crash on the motorway."),
        ("Mum Tells Of Horror After Dog Attack", "A MUM has told of her horror after a dog attacked her son."),
        ("Police Hunt Driver After Crash", "POLICE are hunting a driver who fled after a crash, three people said."),
        ("Library To Close Next Year", "THE LIBRARY will close next year, the council said."),
        ("Bakery Wins Award For Best Bread", "A BAKERY has won an award for its bread."),
    ]
    assert _read(items, image="")[1:] == [
        "A mum has told of her horror after a dog attacked her son.",
        "Police are hunting a driver who fled after a crash, three people said.",
        "The library will close next year, the council said.",
        "A bakery has won an award for its bread.",
    ]


def test_a_dateline_in_a_feed_with_the_habit_keeps_its_place_name():
    """rev69b, finding 6: in a feed whose entries open so ("BREAKING: police…"), a wire story's dateline ("NEW
    YORK, May 5 —") lost its name's capital when one text elsewhere has "the new bridge": "New york, May 5"."""
    items = [
        ("Bridge closed after crash", "BREAKING: police have closed the new bridge after a crash."),
        ("Storm warning extended", "UPDATE: the storm warning now covers the whole county."),
        ("Road reopened", "UPDATE: the road has reopened."),
        ("School closed", "BREAKING: the school is closed today."),
        ("Fire in the city centre", "BREAKING: firefighters are at a blaze in the city centre."),
        ("Profit up at the company", "NEW YORK, May 5 — the company said its profit rose."),
    ]
    assert _read(items, image="")[-1] == "New York, May 5 — the company said its profit rose."


def test_only_new_entries_are_written_and_their_case_read_from_every_entry():
    """rev69b, finding 7: the rule re-cased every entry on every poll, the known ones too, before read_feed's
    filter dropped them. A poll writes only its new entries; their words' case is still read from every entry
    (the known entries' "svi igrači": "Svi igrači…", not the unseen pair's "Svi Igrači…")."""
    items = [
        *_NEWS[:5],
        ("Trener zadovoljan", "TRENER je rekao da su svi igrači zdravi."),
        ("Utakmica u subotu", "SVI IGRAČI su spremni."),
    ]
    rss = "".join(
        f"<item><title>{title}</title><link>https://www.example.hr/clanak/{n}</link>"
        f"<description><![CDATA[{text}]]></description></item>"
        for n, (title, text) in enumerate(items)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{rss}</channel></rss>'.encode()
    read = partial(read_feed, body, url="https://www.example.hr/rss", source="f", now=T0, excerpt_length=300)
    known = read().entry_prints[:-ENTRY_PRINT]  # (every entry but the last read before)
    assert [article.excerpt for article in read(known=known).articles] == ["Svi igrači su spremni."]
