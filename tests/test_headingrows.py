"""A heading a plain text ran into its first sentence (bot/headingrows.py), through the start rows of bot/boilerstrip.py."""

import pytest

from bot import boilerstrip


@pytest.mark.parametrize(
    "text, rest",
    [
        (
            "Project update Full Time For those who might have missed it. Frank Hunleth left his job.",
            "For those who might have missed it. Frank Hunleth left his job.",
        ),
        (
            "Changes This release fixes a security vulnerability which was found.",
            "This release fixes a security vulnerability which was found.",
        ),
        (
            "2050 After she left him, he found cells of hers between my bristles.",
            "After she left him, he found cells of hers between my bristles.",
        ),
    ],
)
def test_a_heading_run_into_the_first_sentence_goes(text, rest):
    assert boilerstrip.strip_start(text)[0] == rest


@pytest.mark.parametrize(
    "text",
    [
        "Witch It was newly added and is running on Linux now.",  # a game's name
        "There was no Call In show due to some technical difficulties, so we stayed home.",
        "No Call In show this week but we are still here all of you!",
        "NVIDIA and Google Partnership Gains Momentum With the Latest Blackwell and Gemini Announcements.",  # a title
        "Investigating - We are investigating a potential issue that might affect the uptime.",  # a status's label
        "According to The Verge reported numbers are higher than expected this year.",
    ],
)
def test_a_sentence_or_a_title_keeps_its_start(text):
    assert boilerstrip.strip_start(text) == (text, None)


@pytest.mark.parametrize(
    "markup, title",
    [
        ("<p>Die Last der Verantwortung liegt bei den Eltern und nicht bei der Schule.</p>", ""),  # (German "Last")
        ("<p>New York New Yorkers love their bagels more than anyone else in the country.</p>", "Bagels"),
        ("<p>Star Wars Outlaws is the first open-world Star Wars game from Ubisoft.</p>", "Star Wars"),
    ],
)
def test_a_name_or_a_german_sentence_is_no_heading_run_in(markup, title):
    """The review of the day's rules: each of these lost its first words."""
    from tests.builders import excerpt

    assert excerpt(markup, title=title) == markup[3:-4]
