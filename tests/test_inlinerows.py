"""Inline layout (bot/inlinerows.py; the seventh unseen set, /work/unseen7 FINDINGS #1): two
inline elements that touch are two units, not one word; rows of links laid out with <br>s are a
list, a line each, and never the story's sentences. The shapes are Google News' cluster entries
(2010, and its Atom twin in the sixth set), in our own words."""

from datetime import UTC, datetime
from html import escape

from hypothesis import given
from hypothesis import strategies as st

from bot.blocks import Blocks, html_blocks, prose
from bot.clean import html_to_text
from bot.cluster import Cluster
from bot.excerpt import excerpt_with_notes
from bot.normalize import read_feed
from bot.sentences import LEAD_LENGTH, lead_text
from bot.stories import Summaries, with_texts
from tests.builders import poll_one
from tests.fuzzing import scaled


def _related(headline: str, publisher: str) -> str:
    return (f'<br /><font size="-1"><a href="https://news.example/{len(headline)}">{headline}</a>'
            f'<font size="-1" color="#6f6f6f"><nobr>{publisher}</nobr></font></font>')  # fmt: skip


# An aggregator's cluster: the headline, its publisher, the snippet the feed cut (" <b>...</b>"), then
# the other papers' headlines, each with its publisher, and the link to them all.
CLUSTER = (
    '<table><tr><td><font><a href="https://paper.example/photo"><img src="p.jpg" /><br />'
    '<font size="-2">The Daily Ledger</font></a></font></td><td><font><div class="lh">'
    '<a href="https://paper.example/a"><b>Harbour bridge closed after ship strike</b></a><br />'
    '<font size="-1"><b><font color="#6f6f6f">Coast Herald</font></b></font><br />'
    '<font size="-1">PORT TOWN (Coast Herald) -- The harbour bridge was closed on Tuesday after a cargo ship struck '
    "one of its piers, and engineers said it would stay shut while <b>...</b></font>"
    + _related("Engineers inspect pier: Is the bridge safe?", "Tidewater Times")
    + _related("Ship strikes harbour bridge, traffic halted for hours", "The Morning Post")
    + _related("Cargo firm says its captain followed the pilot's orders", "Shipping Daily")
    + '<br /><font size="-1" class="p"><a href="https://n.example/1"><nobr>Bay News</nobr></a>&nbsp;-'
    '<a href="https://n.example/2"><nobr>River Radio</nobr></a></font><br /><font class="p" size="-1">'
    '<a class="p" href="https://n.example/all"><nobr><b>all 212 news articles&nbsp;&raquo;</b></nobr></a></font>'
    "</div></font></td></tr></table>"
)


def test_touching_inline_elements_are_two_units_but_a_word_in_two_elements_is_one():
    # A headline and its publisher side by side, a tweet's buttons, a label and a link: spaced.
    # (a headline's link and its publisher alone in their element: the name set off, set_off_labels)
    assert html_to_text('<a href="x">faces the music</a><font><nobr>The Guardian</nobr></font>') == (
        "faces the music (The Guardian)"
    )
    assert html_to_text("<a>Reply</a><a>Retweet</a><a>Favorite</a>") == "Reply Retweet Favorite"
    assert html_to_text("<b>English (India):</b><a>Standard Voice</a>") == "English (India): Standard Voice"
    assert html_to_text("<a>the whole world!</a><font>Gwabble</font>") == "the whole world! (Gwabble)"
    # One word, or a name in code: kept as written.
    assert html_to_text("<p><b>Bold</b><i>er</i> <b>AT</b><b>T</b> <span>3</span><span>D</span></p>") == (
        "Bolder ATT 3D"
    )
    assert html_to_text("<code><span>System.</span><span>Console</span></code>") == "System.Console"
    assert html_to_text("<pre><span>my</span><span>Var</span></pre>") == "myVar"
    assert html_to_text("<p>edit <span>~/.</span><span>zshrc</span></p>") == "edit ~/.zshrc"


def test_rows_of_links_are_a_list_a_line_each_and_no_sentences_of_the_story():
    blocks = html_blocks(CLUSTER)
    assert blocks.lines[2:] == [
        "Engineers inspect pier: Is the bridge safe? (Tidewater Times)",
        "Ship strikes harbour bridge, traffic halted for hours (The Morning Post)",
        "Cargo firm says its captain followed the pilot's orders (Shipping Daily)",
        "Bay News -River Radio",
        "all 212 news articles »",
    ]
    assert blocks.lines[1].endswith("engineers said it would stay shut while ...")
    assert blocks.rows == frozenset(blocks.lines[2:])
    assert prose(blocks) == "\n".join(blocks.lines[:2])
    # The excerpt ends at the feed's cut (normalize makes its mark one "…", and takes the headline
    # and its publisher off the start): the headline after it is no more of the snippet.
    assert excerpt_with_notes(blocks, 300).text.endswith("engineers said it would stay shut while ...")


def test_a_lone_link_after_a_line_break_is_part_of_its_paragraph():
    # One row that is a link is no list: a single line break stays a space, as everywhere.
    blocks = html_blocks('<p>The report is out.<br><a href="r">Read the report</a> (PDF)<br>More next week.</p>')
    assert blocks.lines == ["The report is out. Read the report (PDF) More next week."]
    assert blocks.rows == frozenset()
    # Rows mostly of words, a link in each: prose, not a list of links.
    prose_rows = html_blocks(
        '<p>We met <a href="a">Ann</a> at the harbour on Monday morning.<br>'
        'Then <a href="b">Bob</a> told us about the bridge and the ship.</p>'
    )
    assert len(prose_rows.lines) == 1 and prose_rows.rows == frozenset()


def test_a_pause_before_the_next_paragraph_is_no_cut():
    # "…" apart from the last word, then a whole sentence: the text goes on (a pause, not the feed's cut).
    blocks = html_blocks("<p>We did not release all of it …</p><p>Here is the rest of the show, as a gift!</p>")
    assert excerpt_with_notes(blocks, 300).text == (
        "We did not release all of it … Here is the rest of the show, as a gift!"
    )


async def test_an_aggregators_cluster_reads_end_to_end(feeds, clock, tmp_path):
    """Served on 127.0.0.1 and polled: the excerpt is the snippet, and the story's summary
    never reads the other papers' headlines (it was "…Is the bridge safe?Tidewater Times…")."""
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Top Stories</title>'
        "<link>https://news.example/</link><item>"
        "<title>Harbour bridge closed after ship strike - Coast Herald</title>"
        '<link>https://paper.example/a</link><guid isPermaLink="false">cluster-1</guid>'
        f"<pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate><description>{escape(CLUSTER)}</description>"
        "</item></channel></rss>"
    )
    report, stored, texts = await poll_one(feeds, clock, tmp_path, "top", rss)
    assert report.summary().startswith("1 feeds polled: 1 ok")
    [article] = stored
    assert article.article.excerpt == (
        "PORT TOWN (Coast Herald) -- The harbour bridge was closed on Tuesday after a cargo ship struck one of "
        "its piers, and engineers said it would stay shut while …"
    )
    lead, sentences = texts[article.id]
    assert "Tidewater" not in lead and "news articles" not in lead
    summary = Summaries()(with_texts(Cluster((article,), "one article"), texts))
    for headline in ("Ship strikes", "Is the bridge safe", "Cargo firm", "Shipping Daily", "Morning Post"):
        assert headline not in summary


def _link_post(content: str, title: str, summary: str = ""):
    from datetime import UTC, datetime

    from bot.normalize import normalize_entry
    from bot.parse import RawEntry

    entry = RawEntry(id="p1", link="https://blog.example/?p=1", title=title, summary=summary, content=content,
                     content_is_html=True)  # fmt: skip
    return normalize_entry(entry, base_url="https://blog.example/feed", source="blog",
                           now=datetime(2026, 12, 1, tzinfo=UTC), excerpt_length=300)  # fmt: skip


def test_a_link_posts_text_that_is_only_its_links_label_is_no_excerpt():
    """unseen7 #2 (craphound's link posts: '<p><a href="…">The Guardian</a></p>' under "The internet is
    the best place for dissent to start"), unseen6's pikabu "twitter": the label names where the link
    goes, and says nothing of the post; the entry's own link stays."""
    article = _link_post('<p><a href="https://paper.example/column">The Daily Ledger</a></p>',
                         "Open networks are where dissent starts", summary="The Daily Ledger")  # fmt: skip
    assert (article.excerpt, article.lead, article.link) == ("", "", "https://blog.example/?p=1")
    assert any("only a link's label" in note for note in article.provenance)
    assert _link_post('<a href="https://social.example/s/1">social</a>', "Nova Atomica").excerpt == ""
    # More than a label: the text stays.
    for content, title in [
        ('<p><a href="x.mp3">Dr. Jane Roe: Otitis Externa</a></p>', "Otitis Externa"),  # the title's words
        ('<p><a href="x.mp3">Jane Roe talks Glomus tumours</a></p>', "Glomus Tumours"),  # more than three words
        ('<a href="https://a.example/">A close look at the new type casting API.</a>', "Type casting"),  # a sentence
        ('<p>My column in <a href="https://paper.example/column">The Daily Ledger</a></p>', "A column"),  # words of its own
        ('<p><a href="https://a.example/1">Ledger</a> <a href="https://a.example/2">Post</a></p>', "Papers"),  # two links
    ]:  # fmt: skip
        assert _link_post(content, title).excerpt, content


def test_a_links_label_that_ends_the_text_after_a_sentence_goes():
    """unseen7 #3: "…with WNIJ, an NPR affiliate. <a href="…doctorow.MP3">MP3 link</a>" showed "…an NPR
    affiliate. MP3 link…": a label whose address is gone, and a "…" where nothing was cut."""
    assert html_to_text('<p>An interview with WNIJ, an NPR affiliate. <a href="x.mp3">MP3 link</a></p>') == (
        "An interview with WNIJ, an NPR affiliate."
    )
    assert html_to_text(
        '<p>“The owner should know.”</p><p><a href="c">Jane Roe: What Runs on Your Computer</a></p>'
    ) == ("“The owner should know.”")
    # Words of the text: a link in its sentence, a sentence that is a link, a link before more text, or
    # a label that is no label (a symbol, or more than a few words).
    for markup in [
        '<p>Read the story at <a href="g">The Guardian</a></p>',
        '<p>It is called Ballard. <a href="b">And it’s documented</a>.</p>',
        '<p>Done. <a href="m">MP3 link</a></p><p>More next week.</p>',
        '<p>Done. <a href="p">★</a></p>',
        '<p>Done. <a href="l">The whole interview is on the station’s own page today</a></p>',
    ]:
        assert html_to_text(markup) == html_to_text(markup.replace("<a ", "<span ").replace("</a>", "</span>"))
    # The start of a longer text: its last link ends no text.
    head = '<p>An interview with WNIJ, an NPR affiliate. <a href="x.mp3">MP3 link</a></p>'
    assert html_blocks(head, cut=True).lines == ["An interview with WNIJ, an NPR affiliate. MP3 link"]


def test_a_links_label_in_a_paragraph_of_its_own_goes_after_a_paragraph_without_a_stop():
    """set27 F6: a podcast post (microblogmirror--podcast.xml, no licence: made-up words) ends with a paragraph
    that is only a link to its transcript; the paragraph before has no full stop: "Blank text Transcript"."""
    markup = '<p>Empty words</p><p><audio src="e.mp3"></audio></p><p><a href="/tr/1.html">Transcript</a></p>'
    assert html_to_text(markup) == "Empty words"
    # a link inside the paragraph's own words stays
    assert html_to_text('<p>Empty words</p><p>See the <a href="/tr/1.html">Transcript</a></p>').endswith("Transcript")


def test_a_run_of_topic_links_after_the_last_sentence_goes_with_its_parentheses():
    """set15 #1: Golem.de's RSS 1.0 description (slymarbo-rss--rss_1.0.xml in tests/data/unseen/set15,
    github.com/SlyMarbo/rss testdata/rss_1.0, BSD-3-Clause) ends each teaser with its topics, linked, in
    parentheses: "…deutlich verbessert werden. (Google, Grafiksoftware)" was the excerpt's last sentence."""
    golem = (
        "Mit der Freigabe der CFF-Engine (Compact Font Format) von Adobe für die Nutzung mit Freetype soll die "
        "Schriftendarstellung in Android, iOS und Linux deutlich verbessert werden. "
        '(<a href="http://www.golem.de/specials/google/">Google</a>, '
        '<a href="http://www.golem.de/specials/grafiksoftware/">Grafiksoftware</a>) '
        '<img src="http://cpx.golem.de/cpx.php?class=17" alt="" width="1" height="1" /><br/><br/>'
    )
    assert html_to_text(golem).endswith("Linux deutlich verbessert werden.")
    assert html_to_text('<p>It shipped.</p><p><a href="/t/a">Notebook</a> · <a href="/t/b">USB 3.0</a></p>') == (
        "It shipped."
    )
    assert html_to_text('<p>It shipped today. (<a href="/t/a">Internet Explorer</a>)</p>') == "It shipped today."
    # Links in a sentence, or after no sentence's end, a bracket opened elsewhere, a long label: words of the text.
    for markup in [
        '<p>It works with <a href="/a">Google</a>, <a href="/b">Apple</a></p>',
        '<p>It shipped (<a href="/a">Google</a>, <a href="/b">Apple</a>)</p>',
        '<p>It shipped. (via <a href="/a">Google</a>, <a href="/b">Apple</a>)</p>',
        '<p>It shipped. (<a href="/a">The whole interview is here today</a>, <a href="/b">Apple</a>)</p>',
        '<p><a href="/a">Google</a>, <a href="/b">Apple</a></p>',
    ]:
        assert html_to_text(markup) == html_to_text(markup.replace("<a ", "<span ").replace("</a>", "</span>"))


def test_a_post_shortened_beside_its_address_keeps_its_last_words():
    """unseen12 #4: a GNU social notice (don's activitystreams/fixtures_test.go fixtureImpliedActivity1,
    github.com/deoxxa/don 75625eace8d1, BSD-style LICENSE.md) showed "…tanks and hardware parade…": its
    address went, then "Pyongyang", touching the "…", was taken for a word the feed cut, and "in" with it."""
    markup = (
        "North Korean leader Kim Jong-Un watches ranks of goose-stepping soldiers, tanks and hardware parade in "
        'Pyongyang…  <a href="https://twitter.com/i/web/status/853098655493967872" class="attachment">'
        "https://twitter.com/i/web/status/853098655493967872</a>"
    )
    shown = excerpt_with_notes(html_blocks(markup), 300, "New note by newsstream").text
    assert shown.endswith("tanks and hardware parade in Pyongyang…")
    # a "read more" link after the mark: the word it touches may still be half of one
    cut = markup.replace("https://twitter.com/i/web/status/853098655493967872</a>", "[more]</a>")
    assert excerpt_with_notes(html_blocks(cut), 300, "").text.endswith("tanks and hardware parade…")


def test_a_plain_description_loses_the_label_its_html_content_ends_with():
    """WordPress' RSS <description> is its content's text: the label is in it too (craphound's podcasts)."""
    text = "Here is a short interview I did last week in Chicago with WNIJ, an NPR affiliate."
    article = _link_post(f'<p>{text} <a href="https://audio.example/doctorow.mp3">MP3 link</a></p>',
                         "Interview with WNIJ Chicago", summary=f"{text} MP3 link")  # fmt: skip
    assert article.excerpt == text
    # A description that ends otherwise than its content's last link: as it is.
    other = _link_post('<p>Done. <a href="m">MP3 link</a></p>', "Interview", summary=f"{text} Listen here")
    assert other.excerpt.endswith("Listen here…")


LINES = st.lists(st.sampled_from([
    "A sentence of the story.", "Share: a headline", "Photo: Agency", "row", "x" * 700, "y" * 1499, "z" * 1500,
    "• an item", "Image credit: Agency. The story goes on.",
]), max_size=12)  # fmt: skip


@scaled(2)
@given(LINES, st.booleans())
def test_the_lead_reads_prose_only_as_far_as_it_goes(lines, with_rows):
    """normalize reads the lead from prose(blocks, LEAD_LENGTH): its lines only as far as the
    lead can reach (issue 15), the same lead as from all of them, around the length too."""
    blocks = Blocks(lines, text="\n".join(lines), rows=frozenset({"row"} if with_rows else ()))
    assert lead_text(prose(blocks, LEAD_LENGTH)) == lead_text(prose(blocks))
    assert prose(blocks).startswith(prose(blocks, LEAD_LENGTH))


def test_a_read_more_link_to_the_entrys_own_page_goes_whatever_its_words():
    # A Blogger blog's posts end with a link to their own "#more" anchor (rss2email--quiltville-feed.atom:
    # rss2email/rss2email, test/data/quiltville/feed.atom, GPL-2.0): its words were the summary's last sentence.
    post = "https://quiltville.blogspot.com/2021/03/weekend-trail-warriors.html"
    content = (
        "<div><span>I spent some time up on the Appalachian Trail with some special folks over the weekend!</span></div>"
        "<div><span>The trees are showing their red tipped halos as things turn to Spring here.</span></div>"
        f'<a href="{post}#more">Did You Click to Read the Whole Story?</a>'
    )
    inline = f'<p>The road was empty. <a href="{post}#more">Read on, friends!</a></p>'
    title = f'<p>A new book is out: <a href="{post}">Weekend Trail Warriors</a></p>'  # (a link inside a sentence)
    entries = "".join(
        f"<entry><id>e{n}</id><title>T{n}</title><link rel='alternate' href='{post}'/>"
        f"<updated>2021-03-23T08:32:00Z</updated><content type='html'>{escape(text)}</content></entry>"
        for n, text in enumerate((content, inline, title))
    )
    body = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Quiltville</title>{entries}</feed>'
    feed = read_feed(body.encode(), url="https://quiltville.blogspot.com/feeds", source="Q",
                     now=datetime(2026, 12, 1, tzinfo=UTC), excerpt_length=300)  # fmt: skip
    assert [article.lead for article in feed.articles] == [
        "I spent some time up on the Appalachian Trail with some special folks over the weekend!\n"
        "The trees are showing their red tipped halos as things turn to Spring here.",
        "The road was empty.",
        "A new book is out: Weekend Trail Warriors",
    ]


# Google News' coverage list (2022): <li>, the headline's link, two no-break spaces, the publisher in a
# grey <font>. (feedextractor--rss-feed-standard-realworld.xml, github.com/extractus/feed-extractor at
# 7bb347bb, tests/test-data/rss-feed-standard-realworld.xml, MIT; the unseen9 set's finding #2.)
COVERAGE = "<ol>" + "".join(
    f'<li><a href="https://news.google.com/__i/rss/rd/articles/{n}?oc=5" target="_blank">{headline}</a>'
    f'&nbsp;&nbsp;<font color="#6f6f6f">{publisher}</font></li>'
    for n, (headline, publisher) in enumerate([
        ("Manchin, Schumer agree to vastly pared back version of Build Back Better", "Fox News"),
        ("Senate Democrats reach deal on Inflation Reduction Act", "CBS News"),
        ("Manchin, in Reversal, Agrees to Quick Action on Climate and Tax Plan", "The New York Times"),
        ("Lawmakers react after Manchin, Schumer agree to reconciliation deal", "Fox News"),
    ])
) + "</ol>"  # fmt: skip


def test_a_coverage_lists_publishers_are_set_off_and_the_list_is_cut_between_its_items():
    blocks = html_blocks(COVERAGE)
    assert blocks.lines[:2] == [
        "• Manchin, Schumer agree to vastly pared back version of Build Back Better (Fox News)",
        "• Senate Democrats reach deal on Inflation Reduction Act (CBS News)",
    ]
    assert excerpt_with_notes(blocks, 300).text == (
        "• Manchin, Schumer agree to vastly pared back version of Build Back Better (Fox News) • Senate Democrats "
        "reach deal on Inflation Reduction Act (CBS News) • Manchin, in Reversal, Agrees to Quick Action on Climate "
        "and Tax Plan (The New York Times)…"
    )
    # A name that is no publisher's stays as it was: a lower-case phrase, a link too short for a headline.
    assert html_to_text("<p><a>Download</a>&nbsp;<span>Version 2</span></p>") == "Download Version 2"
    assert html_to_text("<p><a>Get the new release</a> <span>now, for free</span></p>") == (
        "Get the new release now, for free"
    )


def test_a_styled_kicker_that_opens_the_lede_is_set_off():
    """next_inpact's "Exclusif" in red before the lede (picofeed--next_inpact_full.xml,
    github.com/nicolus/picoFeed at c90da083, tests/fixtures/next_inpact_full.xml, MIT; the unseen9 set's #16)."""
    lede = (
        '<p class="actu_chapeau"><span style="color: red;">Exclusif</span> Selon nos informations, la Société civile '
        "des producteurs phonographiques (Scpp) a lancé en février une assignation contre les principaux FAI.</p>"
    )
    assert html_to_text(lede).startswith("Exclusif — Selon nos informations, la Société")
    # (a styled word inside the sentence, a phrase of its own, a lower-case word after it: as written)
    assert html_to_text('<p><span style="color: red;">Note:</span> Read this.</p>') == "Note: Read this."
    assert html_to_text('<p><span style="color: red;">Voici</span> une phrase.</p>') == "Voici une phrase."


def test_a_commit_hash_opening_a_list_item_goes_and_its_message_stays():
    # GitHub's release notes (rssfeedfilterer--consul-releases.atom: bilalcaliskan/rss-feed-filterer,
    # testdata/releases.atom, Apache-2.0; the unseen11 set's #6): each item opens with its commit's short hash.
    commit = "https://github.com/hashicorp/consul/commit/"
    markup = (
        f'<h2>Changelog</h2><ul><li><a class="commit-link" href="{commit}d5c36af0b2"><tt>d5c36af</tt></a> '
        f'feat: enable arm64 build</li><li><a class="commit-link" href="{commit}93512ab1c4"><tt>93512ab</tt></a> '
        "refactor: decrease duplicate code</li></ul>"
    )
    assert html_to_text(markup) == "Changelog\n• feat: enable arm64 build\n• refactor: decrease duplicate code"
    # (a hash in a sentence, or not a commit's link, stays)
    kept = (
        f'<ul><li>Fixed in <a href="{commit}d5c36af0b2">d5c36af</a>.</li><li><a href="/x">deadbeef</a> stays</li></ul>'
    )
    assert html_to_text(kept) == "• Fixed in d5c36af.\n• deadbeef stays"


def test_the_references_a_release_notes_line_ends_with_go():
    # GitHub's release notes end a line with the commit, its author and its issue (sample-feeds--hugo-releases.atom
    # in tests/data/unseen/set17, github.com/rowanmanning/sample-feeds content/real-world/d5bdc200…/feed.xml,
    # GPL-3.0; F10): "… 2f9eac4 @bep #9901". The change's words stay.
    hugo = "https://github.com/gohugoio/hugo/"
    markup = (
        "<p>Fix server regression for multihost sites (multiple languages with different baseURLs) "
        f'<a class="commit-link" href="{hugo}commit/2f9eac480fa66ee4186ac95d246a4fdf97b444a4"><tt>2f9eac4</tt></a> '
        '<a class="user-mention notranslate" href="https://github.com/bep">@bep</a> '
        f'<a class="issue-link js-issue-link" href="{hugo}issues/9901">#9901</a></p>'
        f'<ul><li>Improve JS errors, and more.  <a href="{hugo}issues/9892">#9892</a> '
        f'<a href="{hugo}issues/9891">#9891</a></li></ul>'
    )
    assert html_to_text(markup) == (
        "Fix server regression for multihost sites (multiple languages with different baseURLs)\n"
        "• Improve JS errors, and more."
    )
    # (one issue alone, a mention in a sentence, references with words after them: as written)
    kept = (
        f'<ul><li>Fixes <a href="{hugo}issues/12">#12</a></li><li>Thanks to <a href="https://github.com/bep">@bep</a> '
        f'and <a href="https://github.com/jmooring">@jmooring</a> for the work</li><li>Thanks to '
        '<a href="https://github.com/bep">@bep</a>, <a href="https://github.com/satotake">@satotake</a></li></ul>'
    )
    assert html_to_text(kept) == "• Fixes #12\n• Thanks to @bep and @jmooring for the work\n• Thanks to @bep, @satotake"
    # (a line that opens with an issue's link, its words, then the references: the references go)
    opened = (
        f'<p><a href="{hugo}issues/1">#1</a>: fix a crash in the parser '
        f'<a href="{hugo}commit/2f9eac480fa66ee4186ac95d246a4fdf97b444a4">2f9eac4</a> '
        '<a href="https://github.com/bep">@bep</a></p>'
    )
    assert html_to_text(opened) == "#1: fix a crash in the parser"
