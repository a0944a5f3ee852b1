"""Set 58's F1, F2 and F3 (/work/unseen58/FINDINGS.md): a plain text's list written "-Item", run into one line with a
false "…" after it, and an announcement framed by ornaments (".~.~.") dropped, the ornament shown instead. Made-up text
in the items' shape (the feeds have no licence)."""

from bot.blocks import html_blocks, plain_blocks
from bot.excerpt import excerpt_with_notes
from bot.framedlines import framed_joined, is_separator
from bot.gluedmarks import spaced_marks
from tests.builders import read_entries


def _excerpt(text: str) -> str:
    return read_entries([{"title": "Episode 9", "link": "/nine", "text": text}])[0].excerpt


def test_a_list_written_with_its_marks_glued_to_the_words_is_a_list():
    """set58 F1 (AgileVentures--agile-book-club-podcast.rss, github.com/AgileVentures/agile-book-club-podcast): show
    notes in plain text, "…by Two Writers: ⏎ ⏎-Use … backlogs⏎-Group stories by impact", were run into one line, "…
    Writers: -Use … backlogs -Group stories by impact…". Near misses: a signature ("-Anna"), negative figures ("-5
    degrees"), a compiler's flags one a line ("-Wall", "-o out") and lines not after a colon or a blank line, a dialogue written with hyphens."""
    notes = "Episode 9: Ann and Bo talk over these chapters of a book on testing by Two Writers: \n \n"
    text = notes + "-Keep each test small and fast\n-Name the tests by behaviour"
    assert _excerpt(text) == (
        "Episode 9: Ann and Bo talk over these chapters of a book on testing by Two Writers: "
        "• Keep each test small and fast • Name the tests by behaviour"
    )
    assert plain_blocks(text).lines[1:] == ["• Keep each test small and fast", "• Name the tests by behaviour"]
    for near in (
        "Great post, thank you!\n-Anna\n-Bob",
        "It was cold that night:\n-5 degrees at ten\n-7 degrees at midnight",
        "Build it with:\n-Wall\n-Werror",
        "Build it with:\n-o out\n-c file",
        "The wind turned and the whole crew\n-Tom and Ann among them\n-Went below deck to wait",
        "Read these:\n*Note* one thing\n*Note* another",
        "She came in.\n\n-Hola, ¿qué tal?\n-Bien, gracias.",
    ):
        assert spaced_marks(near) == near


def test_a_whole_text_ending_in_a_list_item_gets_no_false_ellipsis():
    """set58 F2 (the same feed): a whole text ending in such a list, "…-Introduction -Tell stories, don’t write them",
    was given "…", as if it went on. Near miss: a text that does go on after its list keeps its sentences."""
    text = "Episode 1: Ann and Bo talk over these parts of the book: \n \n-Introduction\n-Draw plans, don’t write them"
    assert (
        _excerpt(text)
        == "Episode 1: Ann and Bo talk over these parts of the book: • Introduction • Draw plans, don’t write them"
    )
    assert not _excerpt(text).endswith("…")
    blocks = html_blocks("Episode 1: talked over: \n \n-Introduction\n-Draw plans\n\nThat is all for today.")
    assert blocks.lines == ["Episode 1: talked over:", "• Introduction", "• Draw plans", "That is all for today."]


def test_an_announcement_framed_by_ornaments_is_read_with_its_lead_in():
    """set58 F3 (3600-lat--blog.xml, github.com/3600-lat/3600-lat.github.io): "…anunciarles que ⏎ .~.~. ⏎ 👼 nació
    nuestra empresa … 👼 ⏎ .~.~. ⏎ Sus dos papas…" gave ".~.~. Sus dos papas…": the ornament shown, the news
    dropped. Near misses: a line before the ornaments that leads into nothing (a heading) is not joined; a face
    (":-)"), a scene break of one mark ("* * *", "*****") and a lone dot stay as they were, and so does an ornament in code
    (a <pre>). The same shape in HTML, each line a <p> of its own, is read alike."""
    text = (
        "Nos alegra mucho contarles que\n.~.~.\n🎉 abrimos nuestra tienda nueva 🎉\n.~.~.\n"
        "Los dos socios están contentos y agradecen a todos su apoyo durante estos meses. ¿Cómo podemos ayudarles?"
    )
    excerpt = _excerpt(text)
    assert excerpt.startswith("Nos alegra mucho contarles que 🎉 abrimos nuestra tienda nueva 🎉")
    assert ".~." not in excerpt
    assert plain_blocks(text).lines[0] == "Nos alegra mucho contarles que 🎉 abrimos nuestra tienda nueva 🎉"
    html = "<p>.~.~.</p><p>Los socios están contentos y agradecen a todos su apoyo.</p><p>Es todo por hoy.</p>"
    assert _excerpt(html) == "Los socios están contentos y agradecen a todos su apoyo. Es todo por hoy."
    framed = "<p>Nos alegra contarles que</p><p>~*~*~</p><p>🎉 abrimos la tienda 🎉</p><p>~*~*~</p><p>Es todo.</p>"
    assert html_blocks(framed).lines == ["Nos alegra contarles que 🎉 abrimos la tienda 🎉", "Es todo."]
    pre = "<p>Run it:</p><pre>~*~*~</pre><p>Done here.</p>"
    assert "~*~*~" in html_blocks(pre).lines
    heading = "Nuestro equipo\n.~.~.\nAna y Luis\n.~.~.\nLos dos socios están contentos y agradecen a todos su apoyo."
    assert html_blocks(heading).lines == ["Nuestro equipo", "Ana y Luis", heading.rsplit("\n", 1)[1]]
    assert excerpt_with_notes(html_blocks(heading)).text == heading.rsplit("\n", 1)[1]
    assert framed_joined(["Look at this:", "*****", "A line", "*****"]) == ["Look at this:", "*****", "A line", "*****"]
    assert is_separator("~*~*~") and is_separator("-=-=-") and is_separator(".")
    assert not any(map(is_separator, (":-)", "^_^", "* * *", "*****", "......", "-_-", "1.2.3")))
