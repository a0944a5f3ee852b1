"""Set 52's findings F5, F8 and the re-reading's NEW defect (/work/unseen52/FINDINGS.md, AFTER.md). The feeds have no
licence: made-up text in their shape."""

from bot.markdowntext import without_emphasis
from tests.builders import excerpt, read_entries

_STORY = (
    "There is a lot of talk about streams these days, so here is a short tour of what the standard library offers "
    "for collections. Most of it reads well once you know where to look."
)


def test_an_italic_cross_post_preface_ended_by_two_breaks_is_no_lead():
    """set52 F5 (skopjehacklab--planet-softver-mk.xml, github.com/skopjehacklab/planet.softver.org.mk): a Blogger
    post without <p> opened with two italic runs on where it first appeared, then <br><br> and the story; the
    preface was the lead."""
    preface = (
        '<img src="https://planet.example/face.png" alt=""><em>This blog post is crossposted and&nbsp;originally '
        'part of the 2019 edition of the <a href="https://advent.example/">Widget Advent Calendar</a>, a fine '
        'initiative from&nbsp;</em><i><a href="https://people.example/">Jane Roe</a> and the Gotham JUG&nbsp;</i>'
    )
    shown = excerpt(f"{preface}<br /><br />{_STORY}")
    assert shown.startswith("There is a lot of talk about streams"), shown
    assert "crossposted" not in shown
    # (not an italic opening that does not speak of the post: a quote the story opens with)
    quote = "<em>Simple things should be simple, complex things should be possible.</em>"
    assert excerpt(f"{quote}<br /><br />{_STORY}").startswith("Simple things should be simple")
    # (nor a preface that a single break ends: the sentence may go on)
    assert "crossposted" in excerpt(f"{preface}<br />{_STORY}")


def test_a_japanese_title_before_a_word_in_latin_letters_stays():
    """set52 F8 (noborus--noborus-releases-ja.xml) was fixed by cutting a Japanese title glued by a space to a word in
    Latin letters (870ed1e) and reverted: Japanese spaces a word in Latin letters from its sentence, so a title that is
    the first sentence's subject was cut too (the review: "今年買ってよかったもの Kindle Paperwhite です。" lost "the things
    I'm glad I bought this year"). The run-in heading of F8 stays the feed's."""
    title = "今年買ってよかったもの"
    [article] = read_entries(
        [
            {
                "title": title,
                "link": "/a",
                "text": f"{title} Kindle Paperwhite です。電子書籍を毎日読むようになりました。",
            }
        ]
    )
    assert article.excerpt.startswith(title), article.excerpt


def test_a_bold_edit_label_between_sentences_is_set_off():
    """set52, the re-reading's NEW defect (zombiecalypse--reddit-poetry.xml, github.com/zombiecalypse/PythonRssFilter):
    a reddit comment's Markdown "… to be heard. **edit** It helps to have…" lost its stars and left "edit" a bare
    word between sentences."""
    comment = (
        "This is a recording of the author reading the poem. It is a great way to hear it as it was meant to be "
        "heard. **edit** It helps to read along, as the recording is not very clear."
    )
    [article] = read_entries([{"title": "u/someone on a poem", "link": "/c", "text": comment}])
    assert "heard. Edit: It helps to read along" in article.excerpt, article.excerpt
    assert without_emphasis("Done. *Update 2* The server is back.") == "Done. Update 2: The server is back."
    # (not the verb: inside a sentence, or before a lower-case word)
    assert without_emphasis("You can **edit** It later.") == "You can edit It later."
    assert without_emphasis("Open it. **Edit** the file.") == "Open it. Edit the file."
    # (nor an order before a name, capitalised as a sentence's first word is: the review; a label opens a line too)
    assert (
        without_emphasis("Back up first. **Update** Windows, then reboot.")
        == "Back up first. Update Windows, then reboot."
    )
    assert without_emphasis("Heading line\n**edit** It helps.") == "Heading line\nEdit: It helps."
