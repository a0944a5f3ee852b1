"""Set 69 (/work/unseen69a/FINDINGS.md F1): a news feed's typographic lead-in in capitals ("HRVATSKI sabor već ovaj
tjedan…", bot/leadcase.py). Made-up text in the feed's shape: the feed the rule was written for has no licence."""

from tests.builders import read_entries

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
