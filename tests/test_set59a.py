"""Set 59's findings F1, F8 and F9 (/work/unseen59/FINDINGS.md): notes about the post itself (where it was first
published, that it is a translation and under which licence, who did not write it) that opened or were the excerpt.
Those files have no licence but DeimosHall's (MIT, not quoted here): made-up text in each item's shape."""

from bot.boilerstrip import block_row
from tests.builders import read_entries


def _excerpt(text: str) -> str:
    [article] = read_entries([{"title": "Un titre", "link": "/p", "text": text}])
    return article.excerpt


def _no_row(*lines: str) -> None:
    """None of the blocks is boilerplate (the near misses)."""
    for line in lines:
        assert block_row(line) is None, line


def test_a_cross_post_notice_with_a_feminine_subject_and_a_date_is_no_lead():
    """set59 F1 (jn-prod--nicolasjouanno-substack-fr.xml, repository jn-prod/www-nicolasjouanno-com): "Cette
    publication a été publiée initialement le DD/MM/YYYY sur <site>." in italics opened 21 of 40 excerpts and was one
    excerpt whole: the credits-note row knew "cet article", an unagreed "publié" with its adverb before it, and the
    venue right after; not the subject "cette publication", "publiée" then "initialement", a day before "sur"."""
    story = "<p>On commence à appeler ça la grande panne. L’idée est simple : pendant des années, on a vendu des outils.</p>"
    for note in (
        "<p><em>Cette publication a été publiée initialement le 03/02/2021 sur exemple-blog.fr.</em></p>",
        "<p>This post was first published on May 3, 2021 on my old blog.</p>",
        "<p>Esta publicación fue publicada originalmente el 7 de julio de 2020 en el blog de la asociación.</p>",
    ):
        assert _excerpt(note + story).startswith("On commence à appeler ça"), note
    # (a note that is the whole text: nothing of it is shown)
    assert _excerpt("<p><em>Cette publication a été publiée initialement le 03/02/2021 sur exemple.fr.</em></p>") == ""
    # (not a lead that goes on after the notice in its block, nor another subject than the post)
    _no_row(
        "Cette publication a été publiée initialement le 03/02/2021 sur exemple.fr. On commence à appeler ça la panne.",
        "La revue a été publiée initialement le 03/02/1921 sur papier journal.",
        "Cette publication scientifique a été publiée initialement dans une revue suisse.",
    )


def test_a_translation_and_licence_note_is_no_excerpt():
    """set59 F8 (kamarada--linux-kamarada-pt.xml, repository kamarada/kamarada.github.io): a callout "Nota do <site>:"
    over the story, "Esta é uma tradução não oficial da notícia originalmente publicada por <name> no site <site>. A
    notícia original, em inglês, foi disponibilizada sob a licença CC BY-SA 4.0.", was the whole excerpt: no row read
    a translation's note, nor the original's licence after it."""
    story = "<p>O programa de código aberto gravador-x é uma das melhores ferramentas para baixar vídeos da web.</p>"
    note = (
        '<div class="alert alert-success" role="alert"><h6 class="alert-heading">Nota do Blog Exemplo:</h6>'
        '<p>Esta é uma tradução não oficial da notícia originalmente publicada por Ana Lima no <em>site</em> <a href="'
        'https://example.org/a">Foo Bar</a>. A notícia original, em inglês, foi disponibilizada sob a licença <a href='
        '"https://example.org/l">CC BY-SA 4.0</a>.</p></div>'
    )
    assert _excerpt(note + story).startswith("O programa de código aberto"), _excerpt(note + story)
    for line in (
        "This is an unofficial translation of the article by Jane Roe on example.org. It is licensed under CC BY 4.0.",
        "Ceci est une traduction de l’article publié par Jean Dupont sur son blog.",
    ):
        assert block_row(line) is not None, line
    # (not a story about a translation, nor a licence alone, nor what a story says after a translation's note)
    _no_row(
        "Esta é uma tradução da Bíblia feita em 1750 por um missionário.",
        "O código foi disponibilizado sob a licença MIT.",
        "This is a translation of the article by Jane Roe. The project was released under the MIT licence last May.",
    )


def test_a_note_that_the_post_was_not_written_by_a_model_is_no_quote():
    """set59 F9 (deimoshall--deimoshall-dev-es.xml, repository DeimosHall/Blog): a blockquote over the text, "Este post
    no fue escrito por ningún modelo de inteligencia artificial", no final stop, was quoted as the excerpt's opening:
    the credits-note row wanted a sentence's end after who wrote it, and read no "not" in English."""
    story = "<p>Algunas veces cuando queremos agregar otro repositorio a nuestro proyecto necesitamos una carpeta.</p>"
    for note in (
        "<blockquote><p>Este post no fue escrito por ningún modelo de inteligencia artificial</p></blockquote>",
        "<blockquote><p>This post was not written by any AI model</p></blockquote>",
    ):
        assert _excerpt('<img src="/a.png"/>' + note + story).startswith("Algunas veces"), note
    # (not a block that tells something else written by someone, nor a quote of a line about a letter)
    _no_row(
        "Este libro no fue escrito por ningún autor conocido",
        "The letter was not written by the king",
    )
