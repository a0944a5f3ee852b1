"""Set 60's finding F1 (/work/unseen60/FINDINGS.md): a first block that ends no sentence, a credit or a series'
label over the title, became the whole excerpt with "…" and the story was dropped. Those files have no licence:
made-up text in each item's shape."""

from bot.boilerstrip import block_row
from bot.leadin import title_with_label
from tests.builders import read_entries

_STORY = (
    "<p>El ministro llegó al cargo prometiendo una reforma amplia del Estado. Dos años después, los resultados son "
    "mixtos y el debate sigue abierto en el congreso.</p>"
)


def _excerpt(text: str, title: str = "Un título") -> str:
    [article] = read_entries([{"title": title, "link": "/p", "text": text}])
    return article.excerpt


def test_a_credit_in_italics_over_the_story_is_no_lead():
    """set60 F1 (cele--observacom.xml, repository CELE-UP/cele-web, and chuan-peng--blog.xml, repository
    hcp4715/hcp4715.github.io, both in /work/unseen60/feeds): "Publicado originalmente en idioma inglés en <a venue>"
    and "This post is written by <a name>" in italics were each a whole excerpt: the credits-note row knew the
    subject-less note only with "originally published on", and "was written by", not "is written by"."""
    for note in (
        '<p><em>Publicado originalmente en idioma inglés en</em> <a href="https://x.example/p"><em>El Boletín</em></a></p>',
        "<p><em>Published originally in English on The Example Review.</em></p>",
        "<p><em>This post is written by Jane Roe</em></p>",
        "<p><em>This post is written by Jane Roe and John Doe.</em></p>",
    ):
        assert _excerpt(note + _STORY).startswith("El ministro llegó al cargo"), note
    # (not a lead that goes on after the language, nor a post that says what it is, nor a name then a clause)
    for line in (
        "Publicado originalmente en inglés en 1605, el libro fue un éxito inmediato en toda Europa.",
        "Publicado originalmente en inglés en Londres, el libro fue un éxito.",
        "This post is written by a beginner, for beginners, and it covers the basics.",
        "This post is written by Jane Roe, who explains why the shell matters.",
        "The game is written by hand in assembly.",
    ):
        assert block_row(line) is None, line


def test_a_series_label_before_the_whole_title_is_no_lead():
    """set60 F1 (cele--observacom.xml, repository CELE-UP/cele-web, in /work/unseen60/feeds): "Mesa de Legislación
    Comparada CELE: <the title>" alone in the first paragraph was the excerpt of 24 posts: leadin.title_with_label
    took words before the title only when they held a number or a date."""
    for label in ("Ciclo de Charlas del Instituto", "Mesa de debate", "Foro Regional Anual Abierto"):
        assert _excerpt(f"<p>{label}: Una Ley Nueva</p>" + _STORY, "Una Ley Nueva").startswith("El ministro"), label
    question = "<p>Ciclo de charlas: Are platforms protected as speech?</p>" + _STORY
    assert _excerpt(question, "Are platforms protected as speech?").startswith("El ministro")
    # (not a block that goes on after the title, nor words before it with no colon, nor a short name: who speaks)
    for line, title in (
        ("Ciclo de charlas: Una Ley Nueva y sus efectos", "Una Ley Nueva"),
        ("Ciclo de charlas sobre Una Ley Nueva", "Una Ley Nueva"),
    ):
        assert not _excerpt(f"<p>{line}</p>" + _STORY, title).startswith("El ministro"), line
    assert not title_with_label("Ana Roe: Una Ley Nueva", ["una", "ley", "nueva"])
