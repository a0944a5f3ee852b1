"""Set 60's findings F4, F5, F6, F7 and the re-read's N2 (/work/unseen60/FINDINGS.md and
tests/data/unseen/set60/AFTER.md): an untitled entry's stand-in title was a heading run into a colon lead-in (F4); a
contact page's contact line went as boilerplate and its thanks row was shown (F5); a flattened change log lost its
newest entry and ended on the next version's label (F6); a title and a label run into the text were not trimmed (F7); a
spaced quote before a sentence's full stop was read as an abbreviation and the excerpt was cut inside a date (N2).
Those files have no licence: made-up text in each item's shape."""

from bot.blocks import html_blocks
from bot.changelabels import labels_apart
from bot.contactpages import contact_line
from bot.cuts import last_sentence_end
from bot.excerpt import make_excerpt
from bot.headingrows import without_run_in_heading
from bot.sectiontitles import stand_in_title
from tests.builders import read_entries


def _article(text: str, title: str):
    [article] = read_entries([{"title": title, "link": "/p", "text": text}])
    return article


def test_a_heading_run_into_a_colon_lead_in_is_the_stand_in_title():
    """set60 F4 (delatolla-lab--613covid-fr.xml, repository Delatolla-lab/Ottawa-COVID-Projection, in
    /work/unseen60/feeds): an empty <title> over a Hugo plain summary that ran the page's heading into its lead-in
    ("<heading> Les projections s’utilisent … de deux manières :") gave the whole lead-in, colon and all, as the title."""
    text = (
        "Emploi des cartes Les cartes servent surtout de trois façons :\n"
        "Les cartes du jour montrent les routes ouvertes dans la région et les travaux prévus cette semaine.\n"
        "Les cartes du mois montrent les chantiers à venir."
    )
    article = _article(text, "")
    assert article.title == "Emploi des cartes"
    assert article.excerpt.startswith("Les cartes servent surtout de trois façons : Les cartes du jour")
    # (no heading before the lead-in, nor one that ends on a preposition: the lead-in names it, without its colon)
    blocks = html_blocks(
        "Voici comment installer le paquet sur votre poste :\nOuvrez un terminal et tapez la commande."
    )
    assert stand_in_title(blocks, blocks.text, "x")[0] == "Voici comment installer le paquet sur votre poste"
    blocks = html_blocks("Mise à jour de Les cartes servent surtout de trois façons :\nOuvrez un terminal.")
    assert stand_in_title(blocks, blocks.text, "x")[0] == "Mise à jour de Les cartes servent surtout de trois façons"
    # (not a first line that ends a sentence: as before)
    blocks = html_blocks("Emploi des cartes Les cartes servent surtout de trois façons.\nOuvrez un terminal.")
    assert stand_in_title(blocks, blocks.text, "x")[0] == "Emploi des cartes Les cartes servent surtout de trois façons"


def test_a_contact_pages_contact_line_is_its_text():
    """set60 F5 (delatolla-lab--613covid-fr.xml, repository Delatolla-lab/Ottawa-COVID-Projection, in
    /work/unseen60/feeds): on the page titled "Contact", "Contact: Dr. <name> <address>" went as a contact line (a
    story's footer) and the thanks row after it, "Remerciements pour … : <names>", was the excerpt."""
    text = (
        "Contact: Dr. Jane Roe jane.roe@example.org\n"
        "Remerciements pour le soutien des collègues de la ville: Ana Lima, Paul Dubé, Lea Roy\n"
        "Groupe de recherche: Jane Roe, Marc Petit\n"
        "Attribution: Les icônes ont été créées par quelqu'un de www.example.com."
    )
    assert _article(text, "Contact").excerpt.startswith("Contact: Dr. Jane Roe jane.roe@example.org")
    assert contact_line("Contact: Dr. Jane Roe jane.roe@example.org", "Nous contacter")
    # (not on a story's page, nor a page whose title only starts so: the contact line is its footer there)
    story = "Les travaux reprennent lundi dans le quartier nord, a dit la ville.\n" + text.split("\n", 1)[0]
    assert "jane.roe" not in _article(story, "Travaux").excerpt
    assert not contact_line("Contact: Dr. Jane Roe jane.roe@example.org", "Contact tracing resumes in May")
    assert not contact_line("Les travaux reprennent lundi.", "Contact")


def test_a_version_label_at_a_lines_end_is_the_next_lines():
    """set60 F6 (delatolla-lab--613covid-fr.xml, repository Delatolla-lab/Ottawa-COVID-Projection, in
    /work/unseen60/feeds): a change log flattened with each version's label at the end of the line before it
    ("…added to homepage. V3.5.0 2022-01-28") lost its newest entry and ended on a bare label with "…"."""
    text = (
        "V2.4.0 2023-03-01\nMap of the trails added to the home page. V2.3.0 2023-02-10\n"
        "Rain forecasts and snow depths added to the trails page. V2.2.1 2023-01-05\n"
        "Updates to the events page. The calendar now shows the weekly walks. Details on each walk are included in its "
        "page. V2.2.0 2022-12-01\nFixed the dates on the events page."
    )
    excerpt = _article(text, "Changelog").excerpt
    assert excerpt.startswith("Map of the trails added to the home page.")
    assert "V2.3.0" not in excerpt and not excerpt.endswith("…")
    # (not a version inside a sentence, nor one without a date, nor one with no sentence before it)
    for line in (
        "Support for Python 3.12 2024-01-01 was added.",
        "Fixed a crash. Upgrade to 2.3.0",
        "Release 2.3.0 2023-02-10",
    ):
        assert labels_apart([line]) == [line], line


def test_a_title_and_a_label_run_into_the_text_go():
    """set60 F7 (traffic-max--tech-horizon-uk.xml, repository Traffic-Max/tech-horizon, in /work/unseen60/feeds): a
    plain summary that opened with the title and a short label run into the first sentence, no mark between ("<title>
    Платіжні інструменти Дослідження фондового ринку важливо, …"), was shown as it was."""
    title = "12 найкращих сайтів для аналізу акцій"
    text = (
        f"{title} Торгові платформи Аналіз акцій допомагає інвесторам зрозуміти, як компанія працювала в минулому і "
        "чого від неї чекати. Ця інформація потрібна кожному."
    )
    assert _article(text, title).excerpt.startswith("Аналіз акцій допомагає інвесторам")
    norm = title.casefold()
    # (not a label before a name in another script, nor a title alone before a capital, its sentence's subject, nor a
    # name's particle, nor an opener, nor under a short title, nor a lower-case run-on)
    for line, under in (
        (f"{title} Компанія нині Apple випустила новий звіт для інвесторів.", norm),
        (f"{title} Аналіз акцій допомагає інвесторам зрозуміти, як працювала компанія.", norm),
        ("Neue Funktionen in Firefox Nightly sind ab heute für alle Nutzer da.", "neue funktionen in firefox"),
        ("Breaking Changes in Quorra Rivo van Tamm said on Monday were small.", "breaking changes in quorra"),
        (
            "Best stock research sites for traders Today Acme announced a new tool for traders.",
            "best stock research sites for traders",
        ),
        ("Stock research sites Payment tools Research matters for every trader today.", "stock research sites"),
        (f"{title} та інші корисні сервіси для трейдерів.", norm),
    ):
        assert without_run_in_heading(line, under) == line, line


def test_a_spaced_quote_before_a_full_stop_ends_the_sentence():
    """set60 N2 (celedigital--es-posts.xml, repository CELEdigital/celedigital.github.io, in /work/unseen60/feeds; the
    re-read's tests/data/unseen/set60/AFTER.md): "…en torno al “Take iT Down Act “. Fue llevada a cabo el jueves 10
    de julio…" was cut "…el jueves 10 de…": the quote's mark alone before the dot was read as an abbreviation."""
    text = (
        "En esta mesa del año contaremos con la participación de Ana Lima, investigadora sénior en el programa "
        "“Libre Expresión” de la Universidad de Ejemplo, quien presentará y comentará las discusiones en torno al "
        "“Ley de Plataformas Digitales ”. Fue llevada a cabo el jueves 10 de julio a las 14:00 hs (hora local)."
    )
    assert make_excerpt(text, 300).endswith("Ley de Plataformas Digitales ”.")
    assert last_sentence_end("Vino el “Act ”. Fue el jueves", 40) == len("Vino el “Act ”.")
    # (not an abbreviation's dot, nor a spaced dot alone)
    assert last_sentence_end("Vino el Dr. Roe", 40) == -1
    assert last_sentence_end("Vino el lunes . y fue", 40) == -1
