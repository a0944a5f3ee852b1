"""A Markdown table left as text in a feed's HTML, its lines run together (bot/markdowntables.py, set42 F7)."""

from __future__ import annotations

from bot.blocks import html_blocks
from bot.markdowntables import table_cells
from tests.builders import excerpt

TITLE = "Council approves new bridge over the river"
STORY = (
    "The city council voted 7 to 2 on Tuesday to build a second bridge over the river. Construction is to start "
    "next spring and take three years. The council's vote ended two years of"  # (the feed cuts its texts)
)
# An aggregator's relay of a local news page turned into Markdown, its line breaks gone: the page's title as a
# heading, its dateline, byline and photo caption, then a one-column layout table whose header is a text-to-speech
# player's stand-in and whose body is the story.
PAGE = (
    '<img src="https://news.example/bridge.jpg" style="width: 100%;" />\n'
    f"## {TITLE} Published 2:56 pm Friday, August 21, 2026 **By Jane Roe** The old bridge at dusk. (Photo submitted) "
    "| **Getting your Trinity Audio player ready...** | | ------------------------------------------ | " + STORY
)


def test_a_run_together_layout_table_gives_its_story_not_its_header():
    blocks = html_blocks(PAGE, title=TITLE)
    assert blocks.lines[1:] == ["Getting your Trinity Audio player ready...", STORY]  # (no "| --- |" rule)
    assert blocks.lines[0] in blocks.headings and not blocks.lines[0].startswith("#")
    text = excerpt(PAGE, title=TITLE)
    assert text.startswith("The city council voted 7 to 2 on Tuesday")
    assert "|" not in text and "Published" not in text and "Audio player" not in text


def test_the_cells_of_a_table_and_the_text_before_it():
    data: list = []
    headings: list = []
    line = "Results so far: | Team | Points | | :--- | ---: | | Ajax | 12 | | PSV | 10 |"
    assert table_cells([line], data, headings) == ["Results so far:", "Team", "Points", "Ajax", "12", "PSV", "10"]
    assert data == ["Team", "Points", "Ajax", "12", "PSV", "10"]  # (two columns: data, never the excerpt's prose)
    assert headings == []


def test_a_data_table_is_never_the_excerpt():
    markup = "<p>The standings after round three. | Team | Points | | --- | --- | | Ajax | 12 | | PSV | 10 |</p>"
    assert excerpt(markup) == "The standings after round three."


def test_what_only_looks_like_a_table_stays_as_it_is():
    data: list = []
    headings: list = []
    lines = [
        "Pick a | b and c --- then go on.",  # a pipe and dashes in prose, no delimiter row
        "| --- |",  # a delimiter row without its header row
        "Before | --- | after",  # a cell of dashes after text that is no header cell
        "Section one ---------- Section two",  # a rule
    ]
    assert table_cells(lines, data, headings) == lines
    assert data == [] and headings == []


def test_code_keeps_its_pipes():
    line = "| a | | --- | | b |"
    assert table_cells([line], [], [], kept=[line]) == [line]
    markup = "<p>The output looks like this:</p><pre>| name | | ---- | | x |</pre>"
    assert "| ---- |" in "\n".join(html_blocks(markup).lines)


def test_a_header_that_repeats_the_title_goes_before_a_paragraph_the_feed_cut():
    """A first block opening with the title ("## <title> Published …") over a paragraph the feed cut mid-sentence is
    the page's header; a first block that opens with the title and runs on into a lower-case paragraph stays."""
    header = f"<p>{TITLE} Published 2:56 pm Friday, August 21, 2026 By Jane Roe</p>"
    assert excerpt(header + f"<p>{STORY}</p>", title=TITLE).startswith("The city council voted 7 to 2")
    run_on = f"<p>{TITLE} Published 2:56 pm Friday,</p><p>and the council's vote ended two years of</p>"
    assert excerpt(run_on, title=TITLE).startswith(TITLE)


def test_an_audio_players_stand_in_and_a_dateline_with_the_time_first_go():
    for label in ("Getting your Trinity Audio player ready...", "Getting your audio player ready…",
                  "Published 2:56 pm Friday, August 21, 2026", "Updated 10:39 a.m. Friday, August 21, 2026"):  # fmt: skip
        assert excerpt(f"<p>{label}</p><p>{STORY}</p>").startswith("The city council voted 7 to 2"), label
    for sentence in (
        "Getting your audio player ready for the road takes a minute, the reviewer said.",
        "Published 2:56 pm Friday, the report blamed the weather.",
    ):
        assert excerpt(f"<p>{sentence}</p>") == sentence


def test_a_tables_markdown_escapes_go():
    """Markdown's backslash before a mark ("Aug. 19\\." is no list item's number; "\\|" is a pipe in a cell)."""
    line = r"The old bridge on Aug. 19\. | h | | --- | | The vote was on Aug. 19\. Then a \| b came. |"
    assert table_cells([line], [], []) == [
        "The old bridge on Aug. 19.",
        "h",
        "The vote was on Aug. 19. Then a | b came.",
    ]


def test_text_after_a_tables_last_pipe_and_a_second_table_in_the_line():
    """The review of set42 F7: a row ends with "|", so the words after a table's last pipe are text, not its data; a
    line's second table is a table too, and a delimiter row without its header row before it does not hide one."""
    data: list = []
    line = "The standings. | Team | Points | | --- | --- | | Ajax | 12 | | PSV | 10 | Ajax play PSV next Sunday."
    assert table_cells([line], data, []) == ["The standings.", "Team", "Points", "Ajax", "12", "PSV", "10",
                                             "Ajax play PSV next Sunday."]  # fmt: skip
    assert "Ajax play PSV next Sunday." not in data
    assert excerpt(f"<p>{line}</p>") == "The standings."  # (the table is data, the sentence after it a paragraph)
    data = []
    line = "Intro. | Name | | --- | | Alpha | Then more. | Key | Value | | --- | --- | | a | 1 |"
    assert table_cells([line], data, []) == ["Intro.", "Name", "Alpha", "Then more.", "Key", "Value", "a", "1"]
    assert data == ["Key", "Value", "a", "1"]
    assert table_cells(["Pick a | --- | b then | Name | | --- | | story"], [], []) == ["Pick a | --- | b then", "Name",
                                                                                     "story"]  # fmt: skip


def test_the_story_before_a_layout_table_is_no_heading():
    """The review of set42 F7: only a header (title, dateline, byline, a caption of a sentence or two: "B.C. Needs…",
    '…on Facebook. "This is so amazing."') before a layout table is a heading; a text whose sentences run on before it
    is the story (its heading marks go all the same)."""
    story = ("The city council voted 7 to 2 on Tuesday to build a second bridge. Construction is to start next spring "
             "and take three years. The old bridge stays open for walkers.")  # fmt: skip
    markup = (f"<p>## {TITLE} Published 2:56 pm Friday, August 21, 2026 By Jane Roe {story} | ![](bridge.jpg) | | --- "
              "| | The old bridge at dusk. (Photo submitted) | The mayor said work would begin in May.</p>")  # fmt: skip
    blocks = html_blocks(markup, title=TITLE)
    assert not blocks.headings and blocks.lines[0].endswith(story) and not blocks.lines[0].startswith("#")
    assert story in excerpt(markup, title=TITLE)
