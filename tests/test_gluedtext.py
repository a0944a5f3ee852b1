"""Paragraphs a feed joined without a space, in a text without markup (bot/gluedtext.py)."""

import pytest

from bot.blocks import html_blocks, plain_blocks
from bot.gluedtext import unglued

# bold.dk's RSS (feedkit--Ampersand-bold.dk.xml: nmdias/FeedKit,
# Tests/FeedKitTests/Resources/xml/Ampersand.xml @ 60bdf369, MIT; unseen11 #2): a description's
# paragraphs concatenated, no markup.
BOLD = (
    "Ståle Solbakken har siddet længst af alle trænere i de danske klubber.Adolfo Sormani har tirsdag "
    "aften valgt at sige farvel til Vejle Boldklub. Det siger han til Horsens Folkeblad.AC Horsens vendte "
    "i maj 0-2 til 2-2. Chancen er forduftet for østjyderne.Det er Horsens-lejren bevidst om, og de skal "
    "spille med i nedrykningsspillet.- Nedrykningsspillet bliver hårdt og vildt."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de danske klubber.Adolfo Sormani", "de danske klubber. Adolfo Sormani"),
        ("Horsens Folkeblad.AC Horsens", "Horsens Folkeblad. AC Horsens"),
        ("nedrykningsspillet.- Nedrykningsspillet", "nedrykningsspillet. - Nedrykningsspillet"),
        ("Horsens-lejren.Det er", "Horsens-lejren. Det er"),
        ("Westerosrapport!Men det", "Westerosrapport! Men det"),
        ("(sidste.Østjyderne)", "(sidste. Østjyderne)"),
    ],
)
def test_a_sentence_end_glued_to_the_next_sentence_gets_its_space(text, expected):
    assert unglued(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "see bold.dk now",
        "www.Example.Com",
        "booking.Com and Booking.com",
        "the core Vue.JS is mine",  # morioh's feed: a library's name
        "Socket.IO rooms",
        "edit your Web.Config first",  # a file's and a namespace's suffix (the review's probe)
        "the Windows.Forms designer and heise.Online news",
        "a/b.Txt",
        "mail x@y.Org",
        "the U.S.A team",
        "e.g.Foo",
        "v1.Beta",
        "call obj.Method() first",
        "os.path.Join",
        "myObj.Run",
        "foo.NewReader",
        "foo.Bar.baz",
        "Bo H.Jensen",  # one-letter side: an initial
        "klokken 17.00",
    ],
)
def test_words_that_hold_a_dot_are_left_alone(text):
    assert unglued(text) == text


def test_a_text_without_markup_reads_as_its_sentences():
    for blocks in (html_blocks(BOLD), plain_blocks(BOLD)):
        assert "klubber. Adolfo" in blocks.text
        assert "Folkeblad. AC Horsens" in blocks.text
        assert "østjyderne. Det er" in blocks.text
        assert "nedrykningsspillet. - Nedrykningsspillet" in blocks.text
        assert "klubber. Adolfo" in blocks.lines[0]


def test_html_text_is_left_as_written():
    # Only text without markup: in HTML the paragraphs are elements, a glued "x.Y" is the author's.
    assert "klubber.Adolfo" in html_blocks(f"<p>{BOLD}</p>").text
