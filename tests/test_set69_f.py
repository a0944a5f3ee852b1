"""Set 69a F5 (semfealumni--announcements.xml in /work/unseen69a/feeds, an alumni association's announcements: made-up
words in the same shape): a post of one sentence (its title's echo), an embedded video, a paragraph of one link "Δείτε
το video στο YouTube" ("watch the video on YouTube") and the board's sign-off in one paragraph with its contact lines.
The link's words were the whole excerpt. A link to a video's page whose words name its site is a pointer in any
language (bot/linkparagraphs.py); a sign-off's formula and signature in one paragraph go like two (bot/postends.py)."""

from tests.builders import read_entries

_VIDEO = '<div class="video"><iframe src="https://www.youtube-nocookie.com/embed/Yk0Ei54iM38"></iframe></div>'
_SIGN = (
    '<p class="sign">Με εκτίμηση,<br>\n<em>Το Δ.Σ. του Συλλόγου Αποφοίτων ΣΕΜΦΕ</em><br>\n'
    '<em>website: <a href="https://alumni.example">alumni.example</a></em><br>\n'
    '<em>email: <a href="mailto:board@alumni.example">board@alumni.example</a></em></p>'
)


def _excerpts(*texts: str, title: str = "Ομιλίες από την εκδήλωση «10 χρόνια Συλλόγου»") -> list[str]:
    entries = [{"title": title, "link": f"/p/{k}", "text": text} for k, text in enumerate(texts)]
    return [article.excerpt for article in read_entries(entries)]


def test_a_link_to_the_video_naming_its_site_is_no_text():
    link = '<p><a href="https://www.youtube.com/watch?v=Yk0Ei54iM38" target="_blank">{}</a></p>'
    story = "<p>Η βραδιά έκλεισε με ομιλίες των ιδρυτικών μελών και μια προβολή από τα πρώτα χρόνια.</p>"
    for words in ("Δείτε το video στο YouTube", "Watch the video on YouTube", "Ver en YouTube"):
        [shown] = _excerpts(story + _VIDEO + link.format(words))
        assert shown.startswith("Η βραδιά έκλεισε") and "YouTube" not in shown, (words, shown)
    vimeo = '<p><strong><a href="https://vimeo.com/76979871">Auf Vimeo ansehen</a></strong></p>'
    [shown] = _excerpts(story + vimeo)
    assert "Vimeo" not in shown


def test_a_video_linked_by_its_own_title_stays():
    """The site's name is the condition: a talk's title linked is what the post holds."""
    [shown] = _excerpts('<p><a href="https://www.youtube.com/watch?v=Yk0Ei54iM38">The keynote on sea level rise, in full</a></p>',
                        title="Talks")  # fmt: skip
    assert shown.startswith("The keynote on sea level rise, in full")
    [shown] = _excerpts('<p><a href="https://www.youtube.com/about/press/">YouTube press office</a> said it would reply.</p>',
                        title="Talks")  # fmt: skip
    assert "YouTube press office said it would reply" in shown


def test_a_post_of_its_titles_echo_a_video_and_a_sign_off_shows_nothing_else():
    echo = "<p>Οι ομιλίες από την εκδήλωση «10 χρόνια Συλλόγου».</p>"
    pointer = '<p><a href="https://www.youtube.com/watch?v=Yk0Ei54iM38">Δείτε το video στο YouTube</a></p>'
    assert _excerpts(echo + _VIDEO + pointer + _SIGN) == [""]


def test_a_one_paragraph_sign_off_ends_nothing_that_is_a_reply():
    story = "<p>The board met on Tuesday and agreed the budget for next year.</p>"
    [signed, replied] = _excerpts(
        story + "<p>Best regards,<br>The Board</p>",
        story + "<p>Best wishes,<br>we will see you all at the meeting next month.</p>",
        title="Budget",
    )
    assert signed == "The board met on Tuesday and agreed the budget for next year."
    assert replied.endswith("we will see you all at the meeting next month.")
