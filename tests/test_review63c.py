"""The review of 621df96..5ee3f66 (the mends of the reviews of set 62 and of b143b6d..708a263), findings 1, 2, 3, 5, 8
and 9: rules that fired where they should not or missed what they were written for, each with the shape it was
written for still read as before (tests/test_review63a.py, tests/test_review63b.py). The feeds the rules were written
for have no licence: made-up text in each shape."""

from bot.headingrows import without_run_in_heading


def test_a_subject_its_verb_and_a_capital_object_after_a_title_in_title_case_stay():
    """Finding 1 (bot/titleruns.py, written for set60 F7: traffic-max--tech-horizon-uk.xml, repository
    Traffic-Max/tech-horizon, in /work/unseen60/feeds): under a title in title case a subject and its verb before a
    capital object were cut as a label ("<title> Lokführer legen Fernverkehr bundesweit lahm…" → "Fernverkehr…"): no
    word after them tells them from a label, so such a title keeps its text whole again; under a title in a
    sentence's case the title's name opening the text, or a joining word after the capital, is no label either."""
    for title, rest in (
        ("Streik bei der Bahn", "Lokführer legen Fernverkehr bundesweit lahm, Pendler müssen mit Ausfällen rechnen."),
        ("Hitzewelle in Norditalien und Slowenien", "Meteorologen erwarten Temperaturen weit über 38 Grad am Freitag."),
        ("Lark Ships Big Perch Dock Update", "Lark quietly updated Perch overnight with a new battery mode."),
        ("Lark ships a big update to its dock", "Lark quietly updated Perch overnight with a new battery mode."),
        ("Lark releases a new reader for phones", "Reviewers praised Tuesday that the reader is coming to everyone."),
    ):
        line = f"{title} {rest}"
        assert without_run_in_heading(line, title.casefold()) == line, line
    # (near miss: the shape it was written for, a sentence-case title, a label, the text's first sentence, still goes)
    title = "12 найкращих сайтів для аналізу акцій"
    line = f"{title} Торгові платформи Аналіз акцій допомагає інвесторам зрозуміти, як працювала компанія."
    assert without_run_in_heading(line, title.casefold()).startswith("Аналіз акцій допомагає")
