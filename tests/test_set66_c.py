"""Set 66 (/work/unseen66a/FINDINGS.md, /work/unseen66b/FINDINGS.md), group c, markup shapes: a status page's update
labels in paragraphs of their own (66b F3, bot/updatelabels.py), a tweet written out as plain text (66a F2,
bot/flattweets.py), a Ghost bookmark card (66a F4, bot/linkcards.py), a picture's caption with its library's credit
(66a F9, bot/photocredits.py). Items built in the feeds' shapes, with words of our own."""

from bot.blocks import html_blocks, plain_blocks
from bot.boilerstrip import block_row
from bot.clean import html_lines
from bot.flattweets import without_flat_tweets
from tests.builders import digest_summary, excerpt, read_entries

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
    summary = digest_summary(article)
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
    assert "(@joroe)" not in digest_summary(article) and "rolling out" not in digest_summary(article)
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
    one = "<figure><a href='https://pkg.example/p/x'><div>Bindings for a parser, out now.</div></a></figure>"
    assert "Bindings for a parser" in " ".join(html_lines(story + one))
    beside = (
        "<figure><a href='https://pkg.example/p/x'><div>x-parser</div><div>Bindings for a parser.</div></a>"
        "<p>We wrapped this package last year.</p></figure>"
    )
    assert "Bindings for a parser." in html_lines(story + beside)


def test_a_caption_with_its_picture_library_goes():
    """66a F9 (askonivala--askonivala.xml, repository askonivala/askonivala.github.io): a line "Caspar David Friedrich:
    Wiesen bei Greifswald (1821/1822). Wikimedia Commons." under a talk's notice: the credit was dropped as no
    sentence, the caption became the summary's last sentence. A line of one short sentence then a picture library's
    name is a caption: it goes. Near misses: two sentences, or a long one, before the name; a library named in prose."""
    assert block_row("Caspar David Friedrich: Wiesen bei Greifswald (1821/1822). Wikimedia Commons.") is not None
    assert block_row("Harbour at dusk: the old pier (2019). Unsplash") is not None
    prose = "The talk starts at two. It shows paintings from Greifswald. Wikimedia Commons."
    assert block_row(prose) is None
    text = (
        "Oma esitelmäni maisemista ja kaupungeista on perjantaina kello 14.30 salissa 2.\n"
        "Caspar David Friedrich: Wiesen bei Greifswald (1821/1822). Wikimedia Commons."
    )
    [article] = read_entries([{"title": "Esitelmä", "link": "/e/1", "text": text}])
    assert "Greifswald" not in digest_summary(article) and "Greifswald" not in article.lead


# rev66c (/work/notes/rev66c-findings.md): the review's failing inputs, as counter-examples the rules must not touch


def test_a_teaser_list_of_linked_cards_is_the_news():
    """rev66c 1: a teaser list or a card grid of div blocks, each one link around a heading and its text, is the item's
    news; a post wrapped whole in a link to itself too; a newsletter's reading list. Only a figure holds a bookmark
    card (Ghost's, WordPress's embeds): these stay."""
    grid = (
        "<div class='post'><a href='https://news.example/a/1'><h2>Council closes library</h2><p>The council voted to "
        "close the central library in March after a pipe burst.</p></a></div><div class='post'><a href='https://news."
        "example/a/2'><h2>New bus line opens</h2><p>The number 12 bus now runs to the airport every ten minutes.</p></a>"
        "</div>"
    )
    assert excerpt(grid) == (
        "The council voted to close the central library in March after a pipe burst. The number 12 bus now runs to "
        "the airport every ten minutes."
    )
    own = (
        "<div><a href='https://blog.example/p/1'><h3>Release notes</h3><p>Version 2 is out with faster sync.</p>"
        "<p>Upgrade from the settings page.</p></a></div>"
    )
    assert excerpt(own) == "Version 2 is out with faster sync. Upgrade from the settings page."
    reading = (
        "<p>This week's reading:</p><div><a href='https://a.example/x'><h3>Why SQLite is enough</h3><p>A look at "
        "running a busy site on one file.</p></a></div><div><a href='https://b.example/y'><h3>Rust in the kernel</h3>"
        "<p>What the first drivers taught the maintainers.</p></a></div>"
    )
    assert "What the first drivers taught the maintainers." in excerpt(reading)


def test_a_sign_off_alone_on_its_line_goes_by_itself():
    """rev66c 2: an author's sign-off with handle and date at a post's end, or a quote's attribution on its own line,
    is no tweet's signature with the post glued after it: it goes alone, the line above stays."""
    plain = (
        "Vielen Dank an alle, die beim Umzug geholfen haben. Der Server läuft jetzt in Frankfurt.\n"
        "Ab morgen ist die Seite wieder normal erreichbar.\n— Jo Roe (@joroe) 14.03.2015"
    )
    [article] = read_entries([{"title": "Post", "link": "/p/1", "text": plain}])
    assert article.excerpt.endswith("Ab morgen ist die Seite wieder normal erreichbar."), article.excerpt
    html = (
        "<p>Thanks to everyone who helped with the move. The server now runs in Frankfurt.</p><p>The site is back to "
        "normal from tomorrow.</p><p>— Jo Roe (@joroe) 14 March 2015</p>"
    )
    assert excerpt(html).endswith("The site is back to normal from tomorrow."), excerpt(html)
    quote = (
        "<p>The mayor defended the budget on Tuesday.</p><p>&quot;We will not cut the libraries,&quot; she said at the "
        "meeting.</p><p>– Mayor Ana Ruiz (@anaruiz) 3 March 2021</p><p>The council votes next week.</p>"
    )
    assert without_flat_tweets(html_blocks(quote)).lines == [
        "The mayor defended the budget on Tuesday.",
        '"We will not cut the libraries," she said at the meeting.',
        "The council votes next week.",
    ]


def test_a_list_after_a_colon_and_a_hyphen_are_no_tweet():
    """rev66c 3: a hyphen opens a list's item, not a tweet's signature (Twitter's embed writes an em dash): a list
    introduced by a colon keeps its intro and its first item."""
    text = (
        "We shipped three things this week. Here is what changed:\nThe sync engine is twice as fast on large "
        "libraries.\n- Jo Roe (@joroe) March 14, 2015 The reader view ships next month."
    )
    assert without_flat_tweets(plain_blocks(text)).lines == plain_blocks(text).lines


def test_a_tweet_goes_from_its_own_place_in_the_text():
    """rev66c 4: the tweet's words also in an earlier paragraph ("Big news!"): the text is rebuilt at the lines' own
    places, so that it says what the lines say (the earlier paragraph whole, the tweet gone)."""
    html = (
        "<p>We shipped the app. Big news!</p><p>Another paragraph of the post sits here.</p><p>Big news!</p>"
        "<p>— Jo Roe (@joroe) March 14, 2015 The rest of the post follows here.</p>"
    )
    blocks = without_flat_tweets(html_blocks(html))
    assert blocks.lines == [
        "We shipped the app. Big news!",
        "Another paragraph of the post sits here.",
        "The rest of the post follows here.",
    ]
    assert blocks.text == "\n".join(blocks.lines)


def test_a_question_and_a_library_name_are_no_caption():
    """rev66c 5: a short question and its one-word answer, or a short sentence then a library's name as a word, is
    prose: a caption's sentence ends with a period and holds its colon or bracket ("Artist: Title (years).")."""
    assert block_row("Where did the photos come from? Unsplash.") is None
    assert block_row("What is the best free encyclopedia? Wikipedia.") is None
    assert block_row("Ich habe alle Fotos dort hochgeladen. Flickr.") is None
    text = (
        "I asked readers where they look things up first.\nThe most common answer surprised nobody. Wikipedia.\n"
        "The second was a search engine."
    )
    [article] = read_entries([{"title": "Post", "link": "/p/1", "text": text}])
    assert "surprised nobody. Wikipedia." in article.excerpt, article.excerpt


def test_a_section_name_with_a_colon_is_no_status_label():
    """rev66c 6, 7: only a status page's states are joined to the paragraph under them ("Background", "Unser Fazit"
    are a section's names: they stay lines of their own); a styled bold label is read as a plain one."""
    sections = (
        "<p><strong>Background</strong>:</p><p>The council voted in March to close the library.</p>"
        "<p><strong>What happened</strong>:</p><p>A pipe burst on Friday and flooded the reading room.</p>"
    )
    assert html_lines(sections)[:2] == ["Background:", "The council voted in March to close the library."]
    german = "<p><strong>Unser Fazit</strong> –</p><p>Das Gerät ist schnell, aber der Akku hält nur einen Tag.</p>"
    assert html_lines(german)[0] == "Unser Fazit –"
    styled = "<p><strong style='color:green'>Resolved</strong> — </p><p>The issue has been resolved.</p>"
    assert html_lines(styled) == ["Resolved: The issue has been resolved."]


def test_a_tweet_goes_from_long_markup_too():
    """rev66c 8: markup longer than normalize.HEAD_OF_MARKUP, cleaned from its head, loses its tweets as a short one
    does."""
    html = (
        "<p>Our app shipped today with a faster sync engine for everyone.</p><p>Version 2.0 is rolling out now, with "
        "faster sync!</p><p>&mdash; Jo Roe (@joroe) March 14, 2015 The update is free for all users.</p>"
    ) + "".join(
        f"<p>Paragraph {n} of the release notes explains one more change in the new version in some detail.</p>"
        for n in range(60)
    )
    [article] = read_entries([{"title": "Post", "link": "/p/1", "text": html}])
    assert article.lead.startswith(
        "Our app shipped today with a faster sync engine for everyone.\nThe update is free for all users."
    ), article.lead[:200]
