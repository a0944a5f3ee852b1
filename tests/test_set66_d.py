"""Set 66a's findings 1, 3 and 8 (/work/unseen66a/FINDINGS.md; helper fix66d): an entry's own citation before its
abstract and the abstract's label (bot/selfcite.py), summary sentences that lean on one not shown (bot/discourse.py,
bot/pointers.py), lettered list items from two lists (bot/letteritems.py). Made-up text in each feed's shape; the
counter-examples of the review of fix66d (/work/notes/rev66d-findings.md, F1–F6, F8, F9: mend66d)."""

from bot.anaphora import leans_on
from bot.discourse import leans_back
from bot.letteritems import lettered_item
from bot.pointers import points_at_page
from bot.selfcite import citation_head, cites_itself
from bot.sentences import split_sentences
from bot.summary import SourceText, summarize
from bot.usable import folded, usable_in
from tests.builders import read_entries

_ABSTRACT_FI = (
    "Abstrakti Tutkimushankkeessa kartoitamme suomalaisten romaanien kuvittelemaa tilaa vuosina 1870–1940. "
    "Hanke soveltaa nimentunnistusta ja paikkatietoja ensimmäistä kertaa kotimaiseen kirjallisuuteen."
)


def _read(title: str, text: str):
    """The article, and the sentences its summary reads (its lead's)."""
    article = read_entries([{"title": title, "link": "/a/", "text": text}])[0]
    return article, split_sentences(article.lead)


def _summary(title: str, *sentences: str) -> list[str]:
    """The summary of one article of ``sentences``, each opening a paragraph."""
    return summarize([SourceText(title, sentences, frozenset(range(len(sentences))))], 2)


def test_an_entrys_own_citation_gives_way_to_its_abstract():
    """set66a F1 (askonivala--askonivala.xml, repository askonivala/askonivala.github.io, in /work/unseen66a/feeds):
    Hugo's plain summary of a talk opens on its citation, "Names: “Title.” venue, date.", a line of its own, then
    "Abstrakti …": the excerpt was the citation, the summary "Names: “Title.” Abstrakti …". The citation goes when text
    follows it (a sentence), and the label before the abstract's first word with it; alone, it stays; a line that quotes another
    work's title, or a label word with no citation before it, stays."""
    title = "Romaanien kertoma Suomi"
    cite = "Maija Virta, Kalle Salo, Liisa Aho: “Romaanien kertoma Suomi.” Muistamisen kulttuurit, SKS, Helsinki 18.–19.1.2024."
    article, summary = _read(title, cite + "\n" + _ABSTRACT_FI)
    assert article.excerpt.startswith("Tutkimushankkeessa kartoitamme"), article.excerpt
    assert summary[0].startswith("Tutkimushankkeessa kartoitamme"), summary
    # (a paper's: "Names (2023). “Title”. Journal …" and "Abstract In the …")
    title_en = "Extracting Places from Finnish Novels"
    paper = "Ann Lee, Bo Chen, and Cy Dodd (2023). “Extracting Places from Finnish Novels”. Journal of Studies 2 (1)."
    abstract = (
        "Abstract In the atlas project, we extract places from a corpus of novels published between 1870 and 1940. "
        "The texts are turned into TEI/XML and processed with named entity recognition."
    )
    article, summary = _read(title_en, paper + "\n" + abstract)
    assert article.excerpt.startswith("In the atlas project"), article.excerpt
    assert summary[0].startswith("In the atlas project"), summary
    # (alone, it is the entry)
    alone = (
        "Maija Virta: “Esoteria ja koneihmiset”, keynote-luento konferenssissa. Tieteiden talo, Helsinki 12.10.2023."
    )
    assert read_entries([{"title": "Esoteria ja koneihmiset", "link": "/b/", "text": alone}])[0].excerpt == alone
    # (nor before a line that is no sentence: a link's label)
    labelled = alone + "\nSlides and video"
    article = read_entries([{"title": "Esoteria ja koneihmiset", "link": "/b/", "text": labelled}])[0]
    assert article.excerpt == alone and article.lead.startswith(alone), article.lead  # (rev66d F9: the lead as well)
    # (another's title quoted, and a label word that is the story's own first word)
    assert not cites_itself("Maija Virta: “A History of Space.” Journal 3, 2020.", "romaanien kertoma suomi")
    art = "Abstract Expressionism changed how a generation of painters in New York worked with colour and scale."
    article = read_entries([{"title": "Painters", "link": "/c/", "text": art + "\n" + art}])[0]
    assert article.excerpt.startswith("Abstract") and article.lead.startswith("Abstract"), article.lead


def test_a_person_quoted_in_the_headline_is_no_citation():
    """rev66d F1, F2: the citation's shape, "Name: “<title>.”", is also the news's way to quote a person whose words are
    the headline, and a review's to name a book: the paragraph goes on with the story ("She told reporters…", "That is
    the whole of what the cover says…"), no year or date after the quote, and stays in the excerpt, the lead and the
    summary."""
    title = "We will not resign"
    quote = (
        "Prime Minister Jane Smith: “We will not resign.” She told reporters in Oslo on Tuesday that the coalition "
        "would hold its budget vote as planned."
    )
    article = read_entries([{"title": title, "link": "/n/", "text": quote + "\n" + _STORY}])[0]
    assert article.excerpt.startswith("Prime Minister Jane Smith"), article.excerpt
    assert article.lead.startswith("Prime Minister Jane Smith"), article.lead
    review = (
        "Richard Powers: “The Overstory.” That is the whole of what the cover says, and it is enough; this is the best "
        "novel I have read this year."
    )
    text = review + "\nPowers writes about trees the way other novelists write about families."
    article = read_entries([{"title": "The Overstory", "link": "/r/", "text": text}])[0]
    assert article.excerpt.startswith("Richard Powers"), article.excerpt
    said = "Prime Minister Jane Smith: “We will not resign”, she told reporters in Oslo on Tuesday."
    assert not citation_head(said, frozenset([folded(title)]))
    assert _summary(title, said, _STORY) == [said, _STORY]


_STORY = "The opposition had called for a confidence vote after the tax scandal broke last week."


def test_a_summary_sentence_that_is_the_citation_goes():
    """set66a F1, digest D027, D025 (askonivala): the abstract first, then "Names: “Title”, an invited presentation at
    …" (a sentence the summary took), and "Names, and Name (2023)." alone. Not a sentence whose quoted words are not
    a title of the story, nor names that do things."""
    titles = frozenset([folded("Romantic Irony: Reflection of Form")])
    cite = "Maija Virta: “Romantic Irony: Reflection of Form”, an invited presentation at a symposium in Helsinki 2023."
    assert citation_head(cite, titles) and not usable_in(cite, titles)
    assert citation_head("Ann Lee, Bo Chen, Cy Dodd, and Di Eng (2023).", titles)
    quoted = "Maija Virta: “We did not expect the archive to be this large”, she told the conference in Helsinki."
    assert not citation_head(quoted, titles)
    assert not citation_head("Ann Lee and Bo Chen founded the lab in 2023.", titles)


def test_openers_that_lean_on_what_is_not_shown():
    """set66a F3 (nooptoday--noop-today.xml, repository nooptoday/nooptoday.github.io; Simon-Bakken-Jantasuk--
    nettside.xml, repository Simon-Bakken-Jantasuk/Simon-Bakken-Jantasuk.github.io; bozsikarmand--armands-blog.xml,
    repository bozsikarmand/armands.blog): "Actually, they made it so compatible…", Norwegian "Som var det vi skulle
    bevise!" ("which was what we were to prove") and "Da har du installert MathJax!" ("then you have installed…") after
    the steps not shown; Hungarian "…mint a lenti WPBetaMe linkre rákattintani." ("the link below"). Not "Actual …",
    Norwegian "Som utvikler…" ("as a developer"), "Da er…", German "Da hat…", nor "az alábbi cikkben" (this post)."""
    for sentence in (
        "Actually, they made it so compatible, some issues in Node.js do not even exist for Bun.",
        "Som var det vi skulle bevise!",
        "Da har du installert MathJax!",
    ):
        assert leans_back(sentence), sentence
    # (rev66d F4, F5: the same first words opening plain sentences, "Actually existing…", a name, nb "Da har
    # regjeringen…" ("now the government has…"), sv "Som var fallet i fjol…" ("as was the case last year"))
    for sentence in (
        "Actually existing socialism in Leipzig rarely matched the theory its leaders preached.",
        "Da har regjeringen lagt fram statsbudsjettet for 2027, med lavere skatt for familier.",
        "Som var fallet i fjol vann Malmö serien efter 3–1 mot Göteborg.",
    ):
        assert not leans_back(sentence), sentence
        assert _summary("Nyheter", "Updated 14:02.", sentence, "Read more here.") == [sentence]
    assert not leans_back("Actually Useful Tools is a new newsletter about software.")
    assert not leans_back("Da har Norge vunnet gull i stafett for tredje gang på rad.")
    assert points_at_page("Ha részt vennél, nincs más dolgod, mint a lenti WPBetaMe linkre rákattintani.")
    assert points_at_page("Kattints a lenti linkre a letöltéshez.")
    # (rev66d F6: Italian "lenti", lenses, and the Hungarian town Lenti, before a capitalised word)
    for sentence in (
        "Confronto tra lenti Zeiss foto per foto: la nitidezza ai bordi decide la gara.",
        "Lenti Város térképe mostantól a turisztikai irodában is kapható, ingyen.",
    ):
        assert not points_at_page(sentence), sentence
        assert _summary("Hírek", "Foto: archivio.", sentence) == [sentence]
    assert not points_at_page("Az alábbi Microsoft cikkben bemutatom az újdonságokat.")
    assert not points_at_page("Az alábbi képességek újak a Windows 10-ben.")


def test_lettered_items_of_two_lists_make_no_summary():
    """set66a F8 (Simon-Bakken-Jantasuk--nettside.xml): a task sheet's questions as paragraphs "A. …", "B. …", "C. …"
    under two headings; the summary was the two lists' "C." items. An item is taken only after the sentence before
    it; an initial ("C. Ronaldo…", "A. Smith" beside "B. Jones") or a species ("C. elegans" beside "B. subtilis") is
    no item: a list has its A, B and C near."""
    sentences = (
        "Oppgave om religion og etikk.",
        "A. Beskriv de sentrale trekkene i kristendommen og i islam.",
        "B. Forklar hvordan troen viser seg i hverdagen til de troende.",
        "C. Diskuter forskjeller og likheter mellom de sentrale trekkene.",
        "Finn en læringspartner og snakk sammen om de to religionene i en time.",
    )
    assert all(lettered_item(sentences, j) for j in (1, 2, 3))
    assert leans_on(sentences, 3) and not lettered_item(sentences, 0) and not lettered_item(sentences, 4)
    items = ("(a) Read the first chapter carefully.", "(b) Write down every place the chapter names.")
    assert lettered_item(items, 1)
    news = (
        "C. Ronaldo scored twice in the second half on Sunday.",
        "The club had lost three games in a row before it.",
    )
    assert not lettered_item(news, 0)
    initials = ("A. Smith wrote the report last year.", "C. Jones read it twice and found no error in it.")
    assert not lettered_item(initials, 1)
    # (rev66d F3: adjacent letters, an initial's or a species' "B." beside "A." / "C.": no list's A, B and C)
    for pair in (
        (
            "C. elegans is a tiny worm with exactly 302 neurons in its nervous system.",
            "B. subtilis is a soil bacterium that forms spores when food runs out.",
        ),
        (
            "A. Smith wrote the audit report last year for the city council.",
            "B. Jones, the treasurer, accepted every recommendation in the audit report.",
        ),
    ):
        assert not lettered_item(pair, 0) and not lettered_item(pair, 1)
        assert _summary("Lab and audit", "Photo: archive.", *pair) == list(pair)
