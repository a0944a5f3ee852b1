"""set36's findings F1, F3, F7, F8, F2 (/work/unseen36/FINDINGS.md): a site's section pages, a tag the feed glues to
its titles, <br> lines run together, dotted capitals taken for a sentence's end, a bare address ending an excerpt."""

import logging
from datetime import UTC, datetime

from bot.abbreviations import capitals_go_on
from bot.cuts import is_abbreviation
from bot.excerpt import make_excerpt
from bot.headline import title_tags
from bot.normalize import read_feed
from bot.repeated import Repeated
from bot.sentences import split_sentences
from bot.titledecor import undecorated
from tests.builders import read_entries

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_dotted_capitals_before_a_lower_case_word_end_no_sentence():
    """set36 F8: aupaburgos--aupaburgos.xml #7 (no licence found: made-up words in its shape): "…El Burgos C.F. está
    ya clasificado…" was cut after "C.F.", while split_sentences went on: one rule for both (abbreviations.py)."""
    text = (
        "La liga nueva dará comienzo la próxima temporada con veinte equipos de todo el país, y sustituirá a la "
        "actual categoría de bronce que conocemos desde hace años. Arrancará en septiembre de 2021. El Norte C.F. "
        "está ya clasificado y jugará en esta categoría si no logra subir a la liga de plata en mayo de este año."
    )
    assert is_abbreviation(text, text.index("C.F.") + 3)
    assert not make_excerpt(text).endswith("C.F.")
    # In any cased script, and before an aside's parenthesis ("С.Ш.А. (она…": no name's initial follows).
    for text in (
        "Компания работает в С.Ш.А. (она растёт каждый год).",
        "Η εταιρεία Α.Ε. (και η θυγατρική της) έκλεισε.",
    ):
        assert is_abbreviation(text, text.index(". (")), text
    # Before a capital, dotted capitals may still end a sentence; so before a line's break, a name with a capital
    # inside ("iOS", "eBay") or an address: the review of set36 F8 ("…across the E.U.</p><p>iOS users…").
    assert not capitals_go_on("A.I", " The company grew.") and capitals_go_on("A.I", " is here")
    for text in ("Now offered across the E.U.\niOS users get it first.", "Sales fell in the E.U. eBay said so.",
                 "Read the F.A.Q. example.com has the rest."):  # fmt: skip
        assert not is_abbreviation(text, text.index("U.") + 1 if "E.U." in text else text.index("Q.") + 1), text
    assert split_sentences("Now offered across the E.U.\niOS users get it first.") == [
        "Now offered across the E.U.",
        "iOS users get it first.",
    ]


def _hugo_titles(pages: list[tuple[str, str, str]]) -> list[str]:
    items = "".join(
        f"<item><title>{title}</title><link>https://devs.example{path}</link><pubDate>{date}</pubDate>"
        f"<description>Some words of the page {title}, written for the readers of the site.</description></item>"
        for title, path, date in pages
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>D</title>{items}</channel></rss>'
    content = read_feed(body.encode(), url="https://devs.example/index.xml", source="d", now=NOW, excerpt_length=300)
    return [a.title for a in content.articles]


JAN = "Tue, 01 Jan 2019 00:00:00 +0200"
SEP = "Mon, 30 Sep 2019 00:00:00 +0200"


def test_a_dated_legal_page_goes_by_a_title_no_post_has_and_a_sections_pages_stay():
    """set36 F1: gh0stwalk3r--dotnetdevsaustria.xml (no licence found: made-up words in its shape): a dated
    "Impressum" at /impressum/ (LEGAL fired on zero-dated pages only). After review: a dated "Cookies" (a recipe),
    "Privacy" (an essay) or "Disclaimer" (a review of the series) is a post; and a section's pages stamped with one
    time are no site's pages (an import, a batch of photos: the rule for Hugo's taxonomy terms is reverted)."""
    few = [("Hello World!", "/hello-world/", JAN), ("Streaming", "/streaming/", SEP)]
    assert _hugo_titles([("Impressum", "/impressum/", JAN), *few]) == ["Hello World!", "Streaming"]
    assert _hugo_titles([("Privacy Policy", "/privacy-policy/", SEP), *few]) == ["Hello World!", "Streaming"]
    assert _hugo_titles([("Impressum", "/posts/impressum-2019/", JAN), *few])[0] == "Impressum"
    for title in ("Cookies", "Privacy", "Disclaimer"):
        assert _hugo_titles([(title, f"/{title.casefold()}/", SEP), *few]) == [title, "Hello World!", "Streaming"]
    batch = [("Banana Bread", "/recipes/banana-bread/", JAN), ("Lemon Tart", "/recipes/lemon-tart/", JAN),
             ("Apple Pie", "/recipes/apple-pie/", JAN), ("Carrot Cake", "/recipes/carrot-cake/", JAN)]  # fmt: skip
    moved = ("We moved to Hugo, finally!", "/2019/10/moved/", SEP)
    assert _hugo_titles([*batch, moved]) == [*(t for t, _, _ in batch), moved[0]]


def test_each_rule_logs_the_pages_it_leaves_out_once(caplog):
    """The review of set36 F1: a dated "Impressum" at the top level beside posts deeper in the site was counted
    twice ("2 entries …: 'Impressum', 'Impressum'"), under the top-level rule's words."""
    posts = [(f"Post number {n} is here", f"/2019/0{n}/post-{n}/", SEP) for n in range(1, 6)]
    with caplog.at_level(logging.DEBUG, logger="bot.sitepages"):
        assert _hugo_titles([("Impressum", "/impressum/", JAN), *posts]) == [t for t, _, _ in posts]
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.sitepages"]
    assert len(lines) == 1 and ": 1 entries " in lines[0] and lines[0].count("Impressum") == 1, lines


def _titles(titles: list[str]) -> list[str]:
    text = "The band said more about it on Friday, in a long talk with the press."
    entries = [{"title": title, "link": f"/{n}", "text": text} for n, title in enumerate(titles)]
    return [a.title for a in read_entries(entries, site="https://metal.example", now=NOW)]


def test_a_tag_the_feed_ends_many_titles_with_after_a_semicolon_goes():
    """set36 F3: w3empire--newmetal.xml #3, #5, #8 (no licence found: made-up words in its shape): "…; VÍDEO",
    "…; Veja Vídeo", "…; Veja Detalhes" end many titles (a call to watch or read on). A tail of its own stays."""
    tagged = ["Banda Um lança clipe novo; Vídeo", "Banda Dois toca em Lisboa; Vídeo", "Banda Três volta; VÍDEO",
              "Cantor cai durante show; Veja Vídeo", "Disco raro por US$ 250; Veja Detalhes",
              "Festival anuncia datas; Veja Detalhes", "Guitarrista fala; Vídeo", "Show cancelado; Veja Detalhes",
              "Turnê nova no Brasil; Veja Detalhes"]  # fmt: skip
    own = ["Ele voltou; Então, Qual é a Primeira?", "Banda Quatro em São Paulo"]
    assert _titles(tagged + own) == [
        "Banda Um lança clipe novo", "Banda Dois toca em Lisboa", "Banda Três volta", "Cantor cai durante show",
        "Disco raro por US$ 250", "Festival anuncia datas", "Guitarrista fala", "Show cancelado",
        "Turnê nova no Brasil", *own,
    ]  # fmt: skip
    # After review: a tail is a tag when it ends 4+ titles whole (or each of its words is in one that does); a
    # series' parts, a show's guests, a headline's second clause end titles alike in their words, each once.
    for titles in (
        [f"The history of Rome; Part {n}" for n in ("One", "Two", "Three", "Four")],
        ["Why cities flood; with Jane Doe", "The end of cash; with John Smith", "Sleep science; with Ana Lopez",
         "What we owe animals; with Bob Lee"],
        ["Sube la luz; el Gobierno responde", "Cae la bolsa; el Ibex pierde", "Huelga de médicos; el ministerio cede",
         "Incendio en Valencia; el fuego avanza"],
    ):  # fmt: skip
        assert _titles([*titles, "Other story"]) == [*titles, "Other story"]
    # ... so in a feed where they are a few of many titles (under TAGGED_SHARE) they stay.
    assert title_tags([f"Banda {n}; Vídeo" for n in "ABCD"] + [f"Outra notícia {n}" for n in range(100)]) == set()
    # ... and the tags a title's site name follows go with it ("Title; Vídeo - Site").
    repeated = Repeated()
    repeated.decoration = frozenset(["vídeo", "metal"])
    assert undecorated("Banda Um lança clipe novo; Vídeo - Metal", repeated) == "Banda Um lança clipe novo"
    # Too few titles share it: it stays.
    assert _titles(tagged[:2] + own) == tagged[:2] + own
