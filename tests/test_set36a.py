"""set36's findings F1, F3, F7, F8, F2 (/work/unseen36/FINDINGS.md): a site's section pages, a tag the feed glues to
its titles, <br> lines run together, dotted capitals taken for a sentence's end, a bare address ending an excerpt."""

from datetime import UTC, datetime

from bot.abbreviations import capitals_go_on
from bot.cuts import is_abbreviation
from bot.excerpt import make_excerpt
from bot.normalize import read_feed
from bot.sentences import split_sentences

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
    assert split_sentences("El Norte C.F. está ya clasificado. Juega en mayo.") == [
        "El Norte C.F. está ya clasificado.",
        "Juega en mayo.",
    ]
    # Before a capital, dotted capitals may still end a sentence; so does a plain word before a lower-case one.
    assert not capitals_go_on("A.I", " The company grew.") and capitals_go_on("A.I", " is here")
    assert not is_abbreviation("We saw it rise. then nothing.", len("We saw it rise"))


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


def test_a_sections_pages_stamped_with_one_time_and_a_dated_legal_page_are_left_out():
    """set36 F1: gh0stwalk3r--dotnetdevsaustria.xml (no licence found: made-up words in its shape): Hugo lists a
    page per Austrian state ("Kärnten" at /bundesland/kaernten/), all stamped 2019-01-01, beside posts; and a dated
    "Impressum" at /impressum/ (LEGAL fired on zero-dated pages only). Posts of a section differ in their times."""
    states = [("Kärnten", "/bundesland/kaernten/", JAN), ("Tirol", "/bundesland/tirol/", JAN),
              ("Wien", "/bundesland/wien/", JAN), ("Niederösterreich", "/bundesland/niederoesterreich/", JAN)]  # fmt: skip
    posts = [("Hello World!", "/posts/hello-world/", JAN), ("Streaming", "/posts/streaming/", SEP),
             ("Willkommen", "/posts/willkommen/", JAN)]  # fmt: skip
    assert _hugo_titles([*states, *posts]) == ["Hello World!", "Streaming", "Willkommen"]
    # The posts stay, though their paths look alike: their times differ; so does a section of one time alone.
    assert _hugo_titles(states) == [t for t, _, _ in states]
    few = [("Hello World!", "/hello-world/", JAN), ("Streaming", "/streaming/", SEP)]
    assert _hugo_titles([("Impressum", "/impressum/", JAN), *few]) == ["Hello World!", "Streaming"]
    assert _hugo_titles([("Impressum", "/posts/impressum-2019/", JAN), *few])[0] == "Impressum"


def _titles(titles: list[str]) -> list[str]:
    items = "".join(
        f"<item><title>{title}</title><link>https://metal.example/{n}</link>"
        f"<description>The band said more about it on Friday, in a long talk with the press.</description></item>"
        for n, title in enumerate(titles)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>M</title>{items}</channel></rss>'
    content = read_feed(body.encode(), url="https://metal.example/feed", source="m", now=NOW, excerpt_length=300)
    return [a.title for a in content.articles]


def test_a_tag_the_feed_ends_many_titles_with_after_a_semicolon_goes():
    """set36 F3: w3empire--newmetal.xml #3, #5, #8 (no licence found: made-up words in its shape): "…; VÍDEO",
    "…; Veja Vídeo", "…; Veja Detalhes" end many titles (a call to watch or read on). A tail of its own stays."""
    tagged = ["Banda Um lança clipe novo; Vídeo", "Banda Dois toca em Lisboa; Vídeo", "Banda Três volta; VÍDEO",
              "Cantor cai durante show; Veja Vídeo", "Disco raro por US$ 250; Veja Detalhes",
              "Festival anuncia datas; Veja Detalhes", "Guitarrista fala; Vídeo", "Show cancelado; Veja Detalhes"]  # fmt: skip
    own = ["Ele voltou; Então, Qual é a Primeira?", "Banda Quatro em São Paulo"]
    assert _titles(tagged + own) == [
        "Banda Um lança clipe novo", "Banda Dois toca em Lisboa", "Banda Três volta", "Cantor cai durante show",
        "Disco raro por US$ 250", "Festival anuncia datas", "Guitarrista fala", "Show cancelado", *own,
    ]  # fmt: skip
    # Too few titles share it: it stays.
    assert _titles(tagged[:2] + own) == tagged[:2] + own
