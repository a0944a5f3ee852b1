"""Set 47's findings, second pass (tests/data/unseen/set47/FINDINGS.md, AFTER2.md): made-up texts in the shape of
the feeds' items (/work/unseen47/feeds)."""

from tests.builders import read_entries


def test_an_aside_whose_call_went_is_not_left_open():
    """set47 F6: aaronontheweb--scottgu.xml #6 ended "…I’m working on. [In addition to blogging, I am also now using
    Twitter for quick updates and to share links.": the aside's "Follow me at: twitter.com/scottgu]" went as a call
    to action, its "[" was left open. The excerpt ends before the aside."""
    markup = (
        "<p>Here is the latest in my weekly reading list. Also see my cooking series for another running series.</p>"
        "<p><em>[Besides writing here, I now post short notes on Mastodon and share links there. Follow me at: "
        '<a href="https://social.example/@cook">social.example/@cook</a>]</em></p>'
        "<h3>Bread</h3><ul><li><p><a href='https://x.example/'>Sourdough basics</a>: a long guide.</p></li></ul>"
    )
    shown = read_entries([{"title": "Weekly links", "link": "/p/1", "text": markup}])[0].excerpt
    assert (
        shown == "Here is the latest in my weekly reading list. Also see my cooking series for another running series."
    )


def test_a_closed_aside_before_a_call_stays():
    """set47 F6's near miss: an aside closed before the call stays with its sentence."""
    text = "<p>We moved the shop (the old one closed in May) to the harbour. Follow us on Instagram for the news.</p>"
    shown = read_entries([{"title": "Moving", "link": "/p/1", "text": text}])[0].excerpt
    assert shown == "We moved the shop (the old one closed in May) to the harbour."
