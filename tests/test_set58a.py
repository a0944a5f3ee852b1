"""Set 58's F1 and F2 (/work/unseen58/FINDINGS.md): a plain text's list written "-Item", run into one line with a
false "…" after it. Made-up text in the items' shape (the feeds have no licence)."""

from bot.blocks import html_blocks, plain_blocks
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
