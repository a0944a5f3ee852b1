"""Set 66 (/work/unseen66a/FINDINGS.md, /work/unseen66b/FINDINGS.md), group c, markup shapes: a status page's update
labels in paragraphs of their own (66b F3, bot/updatelabels.py), a tweet written out as plain text (66a F2,
bot/flattweets.py), a Ghost bookmark card (66a F4, bot/linkcards.py), a picture's caption with its library's credit
(66a F9, bot/photocredits.py). Items built in the feeds' shapes, with words of our own."""

from dataclasses import replace

from bot.blocks import plain_blocks
from bot.boilerstrip import block_row
from bot.clean import html_lines
from bot.cluster import Cluster
from bot.flattweets import without_flat_tweets
from bot.sentences import sentences_of
from bot.stories import Summaries
from tests.builders import excerpt, read_entries, stored


def _summary(article) -> str:
    """The digest's summary of one article, as the poller stores it and the digest reads it."""
    [text] = sentences_of([article.lead or article.excerpt])
    note = stored(1, title=article.title)
    note = replace(note, article=replace(article, sentences=tuple(text.split("\n")) if text else ()))
    return Summaries("extractive", 3)(Cluster((note,), ""))


_UPDATES = (
    "<p><strong>Resolved</strong> — <p>The issue with outgoing mail has been resolved.</p>\n</p>"
    "<p><strong>Identified</strong> — <p>Mail delivery has resumed and should be working again. We are looking at "
    "safeguards to keep the queue from filling up again.</p>\n</p>"
    "<p><strong>Investigating</strong> — <p>We are currently investigating an issue with our outgoing mail. At the "
    "moment, the platform cannot send messages to customers.</p>\n</p>"
)


def test_a_status_label_in_its_own_paragraph_opens_its_update():
    """66b F3 (datocms--status-history.atom, repository datocms/status-website): each update's bold label sat in a
    paragraph of its own with the update nested in it (``<p><strong>Resolved</strong> — <p>…</p></p>``, which the parser
    splits); the labels were dropped and the updates read newest-first as one text ("The issue has been resolved. …
    We are currently investigating…"). The label opens its update, as Statuspage's updates read, and the summary keeps
    the updates' order under their labels. Near misses: a bold heading without a dash, a bold sentence, a label over an update that ends no sentence, stay."""
    assert html_lines(_UPDATES)[:2] == [
        "Resolved: The issue with outgoing mail has been resolved.",
        "Identified: Mail delivery has resumed and should be working again. We are looking at safeguards to keep the "
        "queue from filling up again.",
    ]
    [article] = read_entries([{"title": "Issues sending mail", "link": "/i/1", "text": _UPDATES}])
    summary = _summary(article)
    assert summary.startswith("Resolved: The issue with outgoing mail has been resolved."), summary
    assert "investigating" not in summary.split("Investigating:")[0].casefold(), summary
    heading = "<p><strong>What happened</strong></p><p>A disk filled up on the mail server.</p>"
    assert html_lines(heading) == ["What happened", "A disk filled up on the mail server."]
    bold = "<p><strong>Read this before you upgrade</strong> — </p><p>The new version drops support for old plans.</p>"
    assert html_lines(bold)[0] == "Read this before you upgrade —"
    note = "<p><strong>Resolved</strong> — <p>Closing the pinned alert on status</p>\n</p>"  # (no sentence: as before)
    assert html_lines(note) == ["Resolved —", "Closing the pinned alert on status"]


def test_a_tweet_written_out_as_text_goes_with_its_signature():
    """66a F2 (bozsikarmand--armands-blog.xml, repository bozsikarmand/armands-blog): a Hugo plain summary quoting a
    tweet, its words on a line and its signature "— Name (@handle) March 14, 2015" with the post's next paragraph run
    on; the tweet was a summary sentence, its signature glued to the next. The tweet, its signature and the sentence
    that announces it go; the paragraph after stays. Near misses: a handle in prose without a date; a text that is only
    the tweet stays as it is."""
    text = (
        "A program új verziója ma megjelent az áruházban, sok javítással és egy teljesen új, gyorsabb szinkronizálással.\n"
        "A bejelentést a fejlesztő a saját csatornáján tette közzé, egy rövid üzenetben, amely a következőt írta:\n"
        "Version 2.0 is rolling out now, with faster sync and a new reader view that you can turn on in settings!\n"
        "&mdash; Jo Roe (@joroe) March 14, 2015  A frissítés ingyenes minden felhasználónak, és a régi telefonokon is működik."
    )
    [article] = read_entries([{"title": "Megjelent az új verzió", "link": "/p/2", "text": text}])
    assert article.lead.split("\n") == [
        "A program új verziója ma megjelent az áruházban, sok javítással és egy teljesen új, gyorsabb szinkronizálással.",
        "A frissítés ingyenes minden felhasználónak, és a régi telefonokon is működik.",
    ], article.lead
    assert "(@joroe)" not in _summary(article) and "rolling out" not in _summary(article)
    inline = (
        "A program új verziója ma megjelent. Version 2.0 is out! — Jo Roe (@joroe) 14 March 2015\nA frissítés ingyenes."
    )
    # (the tweet inside a line of prose: only its signature goes)
    assert without_flat_tweets(plain_blocks(inline)).lines == [
        "A program új verziója ma megjelent. Version 2.0 is out! A frissítés ingyenes."
    ]
    prose = "The release was announced by Jo Roe (@joroe) on Monday, with a list of fixes.\nIt is free."
    assert without_flat_tweets(plain_blocks(prose)).lines == plain_blocks(prose).lines
    alone = "Version 2.0 is rolling out now!\n— Jo Roe (@joroe) March 14, 2015"
    assert without_flat_tweets(plain_blocks(alone)).lines == ["Version 2.0 is rolling out now!"]  # (its words stay)


def test_a_bookmark_card_goes():
    """66a F4 (nooptoday--noop-today.xml, repository nooptoday/feed-rs): a Ghost bookmark card (one link wrapping the
    linked page's title, description and site) left its description in the excerpt ("Node.js bindings for feed_rs.").
    Told by its shape: one link to a page, around two blocks of text or more, the whole of its figure. Near misses:
    a paragraph that holds a link, a link around one block (a picture's caption), a card with a sentence of the post beside it."""
    story = "<p>I needed a feed parser that was fast and strict.</p>"
    card = (
        "<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container' href='https://pkg.example/p/x'>"
        "<div class='kg-bookmark-content'><div class='kg-bookmark-title'>x-parser</div>"
        "<div class='kg-bookmark-description'>Bindings for a parser. Latest version: 0.1.0.</div>"
        "<div class='kg-bookmark-metadata'><span class='kg-bookmark-author'>pkg</span></div></div></a></figure>"
    )
    after = "<p>I found a good library written in Rust and wrapped it.</p>"
    assert html_lines(story + card + after) == [
        "I needed a feed parser that was fast and strict.",
        "I found a good library written in Rust and wrapped it.",
    ]
    assert "Bindings" not in excerpt(story + card + after)
    linked = "<p>See <a href='https://pkg.example/p/x'>the package</a> for the bindings.</p>"
    assert "the package" in excerpt(story + linked)
    one = "<div><a href='https://pkg.example/p/x'><div>Bindings for a parser, out now.</div></a></div>"
    assert "Bindings for a parser" in " ".join(html_lines(story + one))
    beside = (
        "<div><a href='https://pkg.example/p/x'><div>x-parser</div><div>Bindings for a parser.</div></a>"
        "<p>We wrapped this package last year.</p></div>"
    )
    assert "Bindings for a parser." in html_lines(story + beside)


def test_a_caption_with_its_picture_library_goes():
    """66a F9 (askonivala--askonivala.xml, repository askonivala/askonivala.github.io): a line "Caspar David Friedrich:
    Wiesen bei Greifswald (1821/1822). Wikimedia Commons." under a talk's notice: the credit was dropped as no
    sentence, the caption became the summary's last sentence. A line of one short sentence then a picture library's
    name is a caption: it goes. Near misses: two sentences, or a long one, before the name; a library named in prose."""
    assert block_row("Caspar David Friedrich: Wiesen bei Greifswald (1821/1822). Wikimedia Commons.") is not None
    assert block_row("Harbour at dusk. Unsplash") is not None
    prose = "The talk starts at two. It shows paintings from Greifswald. Wikimedia Commons."
    assert block_row(prose) is None
    assert block_row("We took most of the pictures from Wikimedia Commons.") is None
    text = (
        "Oma esitelmäni maisemista ja kaupungeista on perjantaina kello 14.30 salissa 2.\n"
        "Caspar David Friedrich: Wiesen bei Greifswald (1821/1822). Wikimedia Commons."
    )
    [article] = read_entries([{"title": "Esitelmä", "link": "/e/1", "text": text}])
    assert "Greifswald" not in _summary(article) and "Greifswald" not in article.lead
