"""The review of set 62 (the mends of sets 60-62, branch mend63a), findings 1, 3 and 4: a label after a title in title
case kept in the excerpt (titleruns), a sentence the feed repeats with one word changed kept as a field
(slotsentences), the same advisory sentence with its value last (Spanish, French) taken for the template. Each rule's
shape is still removed or kept as before (tests/test_set60c.py, tests/test_review61a.py, tests/test_set62a.py).
Made-up text: the feeds the rules were written for have no licence."""

from bot.headingrows import without_run_in_heading
from tests.builders import excerpt


def test_a_label_after_a_title_in_title_case_goes():
    """The review of set 62, finding 1 (bot/titleruns.py, written for set60 F7: traffic-max--tech-horizon-uk.xml,
    repository Traffic-Max/tech-horizon, in /work/unseen60/feeds; narrowed by the review of set 61, finding 1): under a
    title whose words are capitalised by its case (German's nouns, an English title in title case) the title and the
    label run into the text stayed, as under a title that names names ("<title> Verkehrspolitik aktuell Radfahrer
    müssen…"). Its capitals mark no name: the label goes, also before a word of the title again."""
    title = "Neue Regeln für Radler in der Altstadt"
    line = f"{title} Stadtverkehr kompakt Radler müssen ab Montag in der ganzen Altstadt absteigen und schieben."
    assert excerpt(f"<p>{line}</p>", title=title).startswith("Radler müssen ab Montag")
    title = "Nine Best Bird Watching Apps For Beginners"
    line = f"{title} Field guides Bird watching starts with a good pair of eyes and a little patience."
    assert without_run_in_heading(line, title.casefold()).startswith("Bird watching starts")
    # (near misses: under a title in title case, a subject and its verb before an object or a time that an article, a
    # preposition or a conjunction follows, and a "label" with an auxiliary, are the sentence)
    for title, rest in (
        ("Photon Browser Gets Split View", "Acme announced Friday that split view is coming to every user soon."),
        ("Die Neue Ausgabe Von Photon", "Acme veröffentlicht Freitag eine neue Ausgabe für alle Nutzer."),
        ("Quill Lands In The Nordic Council", "Acme launched Quill in all member states after a long review."),
        ("Neue Regeln für Radler in der Altstadt", "Anwohner sind Radlern gegenüber meist freundlich und geduldig."),
    ):
        line = f"{title} {rest}"
        assert without_run_in_heading(line, title.casefold()) == line, line
