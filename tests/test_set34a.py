"""set34's findings F1, F9, F5, F4 (/work/unseen34/FINDINGS.md): field rows laid out with <br>s, Markdown
emphasis in a plain title, a heading set off by a no-break space before the first sentence, the title and a dash
before an author's name whatever marks the title has."""

from bot.blocks import html_blocks
from bot.headline import without_title_parts
from bot.titles import clean_title
from tests.builders import excerpt


def test_field_rows_laid_out_with_line_breaks_stay_apart():
    """set34 F1: RoyDGerkoeter--torgau-jobs-feed.xml (no licence found: made-up words in its shape), every item's
    "<strong>Beruf:</strong> …<br><strong>Arbeitgeber:</strong> …<br><strong>Ort:</strong> …" ran together as
    "Beruf: X Arbeitgeber: Y Ort: Z". A dialogue's lines (a speaker's name and a sentence) stay as they were."""
    rows = (
        "<strong>Beruf:</strong> Gärtner/in<br><strong>Arbeitgeber:</strong> Blumen Vertriebs-GmbH &amp; Co. KG"
        "<br><strong>Ort:</strong> 04860 Beispielstadt Sachsen"
    )
    assert (
        excerpt(rows)
        == "Beruf: Gärtner/in · Arbeitgeber: Blumen Vertriebs-GmbH & Co. KG · Ort: 04860 Beispielstadt Sachsen"
    )
    dialogue = "<p>Anna: Wer den Tisch deckt, der darf auch essen.<br>Papa: Das stimmt so nicht, mein Kind.</p>"
    assert excerpt(dialogue) == "Anna: Wer den Tisch deckt, der darf auch essen. Papa: Das stimmt so nicht, mein Kind."
    twice = "<p>Anna: Hallo<br>Papa: Na<br>Anna: Tschüss</p>"  # (a speaker named twice: no fields)
    assert excerpt(twice) == "Anna: Hallo Papa: Na Anna: Tschüss"


def test_markdown_emphasis_in_a_plain_title_goes():
    """set34 F9: RoyDGerkoeter--torgau-jobs-feed.xml (no licence found: made-up words in its shape), the titles
    "**Azubi 2026**" and "**2026**" were shown with their stars. Code and maths keep theirs."""
    assert clean_title("**Lehrling 2027**", is_html=False) == "Lehrling 2027"
    assert clean_title("**2027**", is_html=False) == "2027"
    assert clean_title("Neu: **Lehrling** gesucht") == "Neu: Lehrling gesucht"
    for kept in ("a**b and c**d", "Using **kwargs in Python", "__init__ explained", "2**8 = 256", "The F***ing Show"):
        assert clean_title(kept, is_html=False) == kept


def test_a_heading_set_off_by_a_no_break_space_is_no_part_of_the_first_sentence():
    """set34 F5: anton264--svetsarennews.xml (no licence found: made-up Swedish words in its shape), #0 showed
    "Flaggan ersätts av vimpel Vi har under…": the heading, a no-break space and a space, then the text."""
    sentence = "Vi har länge letat efter någon som kan ta hand om vår gemensamma trädgård under sommaren."
    rest = " Eftersom ingen har anmält sig, tar styrelsen över uppdraget tills vidare."
    assert excerpt(f"Trädgården får ny skötsel\u00a0 {sentence}{rest}", limit=len(sentence) + 10) == sentence
    assert excerpt(f"<p>Trädgården får ny skötsel&nbsp; {sentence}{rest}</p>", limit=len(sentence) + 10) == sentence
    # (two spaces after a sentence's end, or two spaces of HTML's source, are no heading's gap)
    assert excerpt(f"Hallå där alla.\u00a0 {sentence}", limit=200).startswith("Hallå där alla.")
    assert excerpt(f"<p>Trädgården får ny skötsel  {sentence}</p>", limit=200).startswith("Trädgården får")


def test_the_title_and_a_dash_go_before_an_authors_name_whatever_marks_the_title_has():
    """set34 F4: mjanota--kosmas-feed.xml (no licence found: made-up words in its shape), "Title - Author" texts:
    the title went for "Fridrich II. Jediný - …", but stayed for titles with ":", "?", "&", "!", "(…)", or an
    author with an initial ("Historie Duny: Bitva o Corrin - Kevin J. Anderson, Brian Herbert")."""
    for title, author in (
        ("Kroniky pouště: Bitva o oázu", "Karel J. Novák, Jan Svoboda"),
        ("Pamatuješ si na Brno?", "Lukáš Dvořák"),
        ("Perly & Co. do kapsy", "Jana Malá"),
        ("PANE BOŽE!", "Petr Veselý"),
        ("Netopýr: Noční sága (Legendy)", "Eva Černá"),
        ("Ve stínu Saturnu", "L. B. Horák"),
    ):
        blocks, notes = without_title_parts(html_blocks(f"{title} - {author}"), title)
        assert blocks.lines == [author], title
    # (a dateline's place after the dash is still no author: the title is the text's source)
    blocks, _ = without_title_parts(html_blocks("Africa press - Senegal. La Ligue des droits a parlé."), "Africa press")
    assert blocks.lines == ["Africa press - Senegal. La Ligue des droits a parlé."]
