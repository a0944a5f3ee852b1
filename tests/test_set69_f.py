"""Set 69a F5 (semfealumni--announcements.xml in /work/unseen69a/feeds, an alumni association's announcements: made-up
words in the same shape): a post of one sentence (its title's echo), an embedded video, a paragraph of one link "Δείτε
το video στο YouTube" ("watch the video on YouTube") and the board's sign-off in one paragraph with its contact lines.
The link's words were the whole excerpt. A link to a video's page whose words name its site is a pointer in any
language (bot/linkparagraphs.py); a sign-off's formula and signature in one paragraph go like two (bot/postends.py)."""

from bot.blocks import html_blocks
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


def _read(text: str, title: str) -> tuple[str, str]:
    [article] = read_entries([{"title": title, "link": "/p/0", "text": text}])
    return article.excerpt, article.lead


def test_a_video_linked_by_its_own_title_stays():
    """The site's name is the condition: a talk's title linked is what the post holds."""
    [shown] = _excerpts('<p><a href="https://www.youtube.com/watch?v=Yk0Ei54iM38">The keynote on sea level rise, in full</a></p>',
                        title="Talks")  # fmt: skip
    assert shown.startswith("The keynote on sea level rise, in full")


def test_a_link_that_is_the_posts_text_stays():
    """Counter-examples of the review (rev70e 1): the link's words are the post, a sentence, a video's own title
    (the site's name inside a word, "YouTuber") or a roundup's pick; none has a player before it but the last. The
    excerpt shows it where the post opens with it."""
    for text, title, kept in (
        ('<p><a href="https://www.youtube.com/watch?v=abc">Our new single is out now on YouTube</a></p>', "New single",
         "Our new single is out now on YouTube"),
        ('<p><a href="https://youtu.be/abc">Το νέο μας τραγούδι είναι στο YouTube!</a></p>', "Νέο τραγούδι",
         "Το νέο μας τραγούδι είναι στο YouTube!"),
        ('<p><em><a href="https://www.youtube.com/live/abc">The council hearing is streaming live on YouTube.</a></em></p>',
         "Hearing", "The council hearing is streaming live on YouTube."),
        ('<p><strong><a href="https://vimeo.com/123">Night Swim (Vimeo Staff Pick)</a></strong></p>', "Friday film",
         "Night Swim (Vimeo Staff Pick)"),
        ('<p><a href="https://youtu.be/abc">Why I became a YouTuber</a></p><p>I get asked this a lot, so here is the'
         " long answer.</p>", "Long answer", "Why I became a YouTuber"),
        ('<p>Three things caught my eye this week.</p><p><a href="https://vimeo.com/123">Vimeo\'s best animated shorts'
         ' of 2024</a></p><p>The second pick is a book on typography.</p>', "Picks", "Vimeo's best animated shorts"),
        (_VIDEO + '<p><a href="https://www.youtube.com/live/abc">The hearing is streaming live on YouTube.</a></p>'
         "<p>Public comment opens at 7 pm.</p>", "Hearing", "The hearing is streaming live on YouTube."),
    ):  # fmt: skip
        shown, lead = _read(text, title)
        assert kept in lead and (kept in shown or not text.startswith("<p><")), (text, shown, lead)


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


def test_a_one_paragraph_sign_off_ends_at_its_line_break():
    """Counter-examples of the review (rev70e 2): the lines after a signature's line break are the post's, whether
    they hold an event's facts or capitalised words; a sentence in capitals after a formula is no signature."""
    for text, kept in (
        (
            "<p>Our March meetup is about Rust in embedded systems.</p><p>Best regards, The Organisers<br><em>When: "
            "14.03.2025</em><br><em>Where: c-base.org</em></p>",
            "14.03.2025",
        ),
        (
            "<p>Our March meetup is about Rust in embedded systems.</p><p>Best regards, The Organisers<br>When: 14.03.2025"
            "<br>Where: c-base.org</p>",
            "c-base.org",
        ),
        (
            "<p>The gala raised 40,000 euros for the shelter.</p><p>Thank you, Athens<br>You Made It Happen</p>",
            "You Made It Happen",
        ),
        (
            "<p>The annual meeting moves to the main hall.</p><p>Regards,<br>The Board Meets Again On Monday</p>",
            "Meets Again On Monday",
        ),
        (
            "<p>The server migration is done and all sites are back.</p><p>Kind regards,<br>Back Online Since Monday "
            "Morning</p>",
            "Back Online Since Monday Morning",
        ),
        ("<p>The tour ends in Boston in May.</p><p>Cheers, See You All In The U.S.</p>", "See You All In The U.S."),
    ):
        _, lead = _read(text, "Notes")
        assert kept in lead, (text, lead)


def test_a_one_paragraph_sign_off_goes_with_all_its_contact_lines():
    """The test's sign-off, its two contact lines after the signature: none stays among the lines read (rev70e 7, a
    dangling email row)."""
    story = "<p>Η βραδιά έκλεισε με ομιλίες των ιδρυτικών μελών και μια προβολή από τα πρώτα χρόνια.</p>"
    assert html_blocks(story + _SIGN, title="Ομιλίες").lines == [
        "Η βραδιά έκλεισε με ομιλίες των ιδρυτικών μελών και μια προβολή από τα πρώτα χρόνια."
    ]


def test_a_texts_labelled_lines_are_no_contact_lines():
    """Only a contact's label and an address (rev70e 3): a version, a date, a file name after a signature stay, and
    the signature with them (no sign-off ends the post)."""
    story = "<p>The release went out on Friday after two weeks of testing.</p>"
    for rows in (["file: config.yaml"], ["Released: 2025-03-14", "Version: 1.2.3"], ["When: 14.03.2025"]):
        markup = story + "<p>Best regards,<br>The Release Team</p>" + "".join(f"<p>{row}</p>" for row in rows)
        assert html_blocks(markup, title="Release").lines[-len(rows) :] == rows, rows
