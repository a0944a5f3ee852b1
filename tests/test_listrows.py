"""Short lines in a row that make a list without a list's markup (bot/listrows.py; set50 F5: cronomst--craigslist-
orlando.xml's price list, no licence: made-up rows in its shape; set23 podcastserver--appload.xml's app lists)."""

import pytest

from bot.listrows import row_line, row_runs
from tests.builders import excerpt

_PRICES = ["Smash Bros Melee - 50", "Mario Kart Double Dash - 40", "Mario Party 5 - 40", "Super Strikers - 30"]


def test_a_price_list_one_a_line_reads_as_a_list_in_plain_text_and_in_html():
    plain = " \n".join(_PRICES)
    assert excerpt(plain) == "• " + " • ".join(_PRICES)  # (was "Smash Bros Melee - 50 Mario Kart Double Dash - 40 …")
    html = "<p>We have these games for sale:<br>" + "<br>".join(_PRICES) + "</p><p>Cash only, pick up downtown.</p>"
    assert excerpt(html).startswith("We have these games for sale: • Smash Bros Melee - 50 • Mario Kart Double Dash")
    intro = "We have these games for sale:\n" + "\n".join(_PRICES) + "\n\nCash only."
    assert ": •" in excerpt(intro) and "50:" not in excerpt(intro)  # (was "…Melee - 50: Mario Kart…": headings)


@pytest.mark.parametrize("dots", ["...", "…"])
def test_a_list_a_sentence_trails_off_into_is_shown_after_it(dots):
    rows = ["Tripit (Gratuit & 1,59€ / iOS)", "Smart Shopping Free (Gratuit / WP7)", "Army Lines (0,79€ / iOS)"]
    html = f"<p>Dans cet épisode, Patrick et Cédric vous parlent de{dots}</p><p>" + "<br />".join(rows) + "</p>"
    assert excerpt(html) == f"Dans cet épisode, Patrick et Cédric vous parlent de{dots} • " + " • ".join(rows)


def test_lines_of_no_common_shape_a_wrap_a_gutter_and_a_poem_are_no_list():
    header = "<p>Pen Pal<br>By Grant Canterbury<br>December Third, 1996<br>General Delivery</p>"
    assert "•" not in excerpt(header + "<p>Dear Meliari, Hello!! My name is Mary and I am nine years old.</p>")
    assert row_runs(["Pen Pal", "By Grant Canterbury", "December Third, 1996", "General Delivery"]) == []
    assert row_runs(["10", "11", "12", "13"]) == []  # (a code block's line numbers)
    assert not row_line("I went to the store and")  # (a hard wrap)
    assert not row_line("bought milk - 2 litres")  # (a wrapped line goes on in lower case)
    assert not row_line("On Amazon (PAID LINK): https://geni.us/x")  # (an address)
    assert not row_line("Done.") and not row_line("学号 - 99")
    assert row_runs(_PRICES) == [(0, 4)] and row_runs(_PRICES[:2]) == []  # (three at least)
    poem = (
        "<p>Ten white swans fly home<br>Over the quiet river - again<br>Under the old grey bridge<br>Into the dark</p>"
    )
    assert "•" not in excerpt(poem)


def test_a_heading_or_a_closing_line_round_the_rows_leaves_them_a_list():
    """The review of set50 F5's fix: "Games for sale" over the rows and "Cash only" under them (row-like lines of no
    shape) undid the whole list."""
    for text in (
        "<p>Games for sale<br>" + "<br>".join(_PRICES) + "<br>Cash only</p>",
        "Games for sale\n" + "\n".join(_PRICES) + "\nCash only",
    ):
        assert " • ".join(_PRICES) in excerpt(text), excerpt(text)
    assert row_runs(["Games for sale", *_PRICES, "Cash only"]) == [(1, 5)]
