"""Set 52's findings (/work/unseen52/FINDINGS.md). Its files have no licence but one podcast's: made-up text in each
item's shape."""

import pytest

from bot.dates import parse_date
from tests.builders import excerpt


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("пон, 09 ное 2020 22:27:07 +0000", 11, 9),  # Macedonian (set52 F1: skopjehacklab's planet, every entry)
        ("сре, 02 јан 2019 08:00:00 +0000", 1, 2),  # Macedonian, Cyrillic je
        ("чт, 05 дек 2019 10:00:00 +0300", 12, 5),  # Bulgarian or Russian
        ("9 січня 2021", 1, 9),  # Ukrainian genitive
        ("12 листопада 2022", 11, 12),  # Ukrainian November
    ],
)
def test_south_slavic_and_ukrainian_month_names_are_read(text, month, day):
    """set52 F1: "пон, 09 ное 2020 22:27:07 +0000" (a planet written in the mk_MK locale) was undated."""
    parsed = parse_date(text)
    assert parsed is not None and (parsed.when.month, parsed.when.day) == (month, day), (text, parsed)


def test_a_markdown_link_written_out_reads_as_its_text_and_an_image_as_nothing():
    """set52 F3: zombiecalypse--reddit-poetry.xml's comments are Markdown in a plain description ("[Here](http://www.
    youtube.com/watch?v=…) is a recording…"); aaronconlon--blog.xml's (set49) open on "![](https://images.unsplash…)",
    which was the whole excerpt of five posts (one line that was only an image broke the entry: the first try)."""
    text = "[Here](http://www.youtube.com/watch?v=abc123) is a recording of the poet reading the poem aloud."
    assert excerpt(text) == "Here is a recording of the poet reading the poem aloud."
    shown = excerpt("![](https://images.example/photo.jpg?w=800&q=60)\n\nTwo tools I used this week: a small charting "
                    "library and a [CSS minifier](https://example.org/min_(tool)) with an API.")  # fmt: skip
    assert shown == "Two tools I used this week: a small charting library and a CSS minifier with an API.", shown
    assert excerpt(
        "<pre>[x](http://a.example)</pre><p>See [the docs](/docs/intro) for the details of the setup.</p>"
    ) == ("See the docs for the details of the setup.")
    assert excerpt("Array access like a[1](x) or [note] stays as written in this sentence.") == (
        "Array access like a[1](x) or [note] stays as written in this sentence."
    )
