"""The boilerplate table (bot/boilerplate.py): every row removes its example and
leaves its near miss, an ordinary sentence, alone."""

import pytest

from bot import boilerstrip
from bot.boilerplate import BLOCK, END, START, TABLE


@pytest.mark.parametrize("row", TABLE, ids=lambda row: row.name)
def test_row_removes_its_example(row):
    if row.truncation:
        assert row.pattern.search(row.example)
    elif row.where == BLOCK:
        assert boilerstrip.block_row(row.example) is row
    elif row.where == START:
        rest, found = boilerstrip.strip_start(row.example)
        assert found is row and rest and row.example.endswith(rest)
    else:
        rest, found = boilerstrip.strip_end(row.example)
        assert found and len(rest) < len(row.example) and row.example.startswith(rest)


@pytest.mark.parametrize("row", TABLE, ids=lambda row: row.name)
def test_row_leaves_its_near_miss_alone(row):
    assert boilerstrip.block_row(row.near_miss) is None
    assert boilerstrip.strip_start(row.near_miss) == (row.near_miss, None)
    assert boilerstrip.strip_end(row.near_miss) == (row.near_miss, [])
    assert not (row.truncation and row.pattern.search(row.near_miss))


@pytest.mark.parametrize("row", TABLE, ids=lambda row: row.name)
def test_row_is_well_formed(row):
    assert row.where in (BLOCK, START, END)
    assert row.name and row.what and row.example != row.near_miss


def test_row_names_are_unique():
    assert len({row.name for row in TABLE}) == len(TABLE)


def test_end_rows_only_take_the_end():
    text = "submitted by /u/jane to r/python [link] [comments] is how reddit ends a post, she wrote."
    assert boilerstrip.strip_end(text) == (text, [])


def test_every_end_row_has_needles_or_is_checked_by_strip_boilerplate():
    """strip_end returns at once when the end of a block holds no row's needle: that
    is only right while every row has needles or is one of boilerstrip.strip_boilerplate's."""
    from bot.boilerstrip import _END_ROWS, FAST_SUBS

    assert _END_ROWS and all(row.needles or row.name in FAST_SUBS for row in _END_ROWS)


@pytest.mark.parametrize("row", [row for row in TABLE if row.needles], ids=lambda row: row.name)
def test_a_rows_needles_are_in_what_it_removes(row):
    """A row with needles is tried only on text that holds one (casefolded): its
    example must hold one, and each needle is lower case (what it is compared with)."""
    assert all(needle == needle.casefold() for needle in row.needles)
    assert any(needle in row.example.casefold() for needle in row.needles)


def test_a_block_row_with_needles_is_still_found():
    row = boilerstrip.block_row(
        "Hello world was originally published in Dev Notes on Medium, where people are continuing the conversation."
    )
    assert row is not None and row.name == "medium-originally-published"
    assert boilerstrip.block_row("The paper was originally published in Nature in 2019.") is None


@pytest.mark.parametrize("needle", boilerstrip._NEEDLES)
def test_the_needle_regex_finds_each_needle(needle):
    assert boilerstrip._any_needle(f"text before {needle}")
    assert boilerstrip._any_needle(needle.join(["«", "»"]))
    assert not boilerstrip._any_needle("an ordinary sentence ends here.")
