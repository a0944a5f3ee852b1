"""bench/quality.py: every detector flags a hand-made defect and passes the good version;
one run end to end through the HTTP server and the real poll path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bench import quality as q

NOW = q.NOW


def rss(*items: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'"
        " xmlns:feedburner='http://rssnamespace.org/feedburner/ext/1.0'><channel><title>T</title>"
        "<link>https://example.org/</link>" + "".join(items) + "</channel></rss>"
    ).encode()


def entry(title="A title", link="https://example.org/a", description="", content="", date="", extra="", guid=""):
    parts = [f"<title>{title}</title>", f"<link>{link}</link>"]
    if guid:
        parts.append(f"<guid>{guid}</guid>")
    if date:
        parts.append(f"<pubDate>{date}</pubDate>")
    if description:
        parts.append(f"<description><![CDATA[{description}]]></description>")
    if content:
        parts.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    return "<item>" + "".join(parts) + extra + "</item>"


def ref_of(**kwargs) -> q.Reference:
    (ref,) = q.references(rss(entry(**kwargs)))
    return ref


def item(excerpt="", title="A title", link="https://example.org/a", published=None, has_date=True, feed="f.rss"):
    return q.Item(feed=feed, title=title, excerpt=excerpt, link=link, published=published or NOW - timedelta(days=3),
                  has_date=has_date, source=feed)  # fmt: skip


def classes(found) -> set[str]:
    return {f.cls for f in found}


# --- dates --------------------------------------------------------------------------------


def test_date_in_another_language_must_be_read():
    ref = ref_of(description="<p>Text.</p>", date="Seg, 24 Set 2018 13:21:00 -0300")
    right = datetime(2018, 9, 24, 16, 21, tzinfo=UTC)
    assert q.detect_date(item(published=right), ref) == []
    assert classes(q.detect_date(item(published=NOW, has_date=False), ref)) == {"date"}
    assert classes(q.detect_date(item(published=right + timedelta(days=3)), ref)) == {"date"}


def test_dates_without_zone_and_two_digit_years_parse_independently():
    assert q.parse_date("2018-09-24 13:21:00") == datetime(2018, 9, 24, 13, 21, tzinfo=UTC)
    assert q.parse_date("Mon, 24 Sep 18 13:21:00 GMT").year == 2018
    assert q.parse_date("24 septembre 2018 13:21") == datetime(2018, 9, 24, 13, 21, tzinfo=UTC)


def test_an_all_numeric_dates_field_order_is_not_written_so_each_order_counts():
    """A CNKI journal's "18/05/04 00:00" is 4 May 2018 (year first) or 18 May 2004."""
    ref = ref_of(description="<p>Text.</p>", date="18/01/30 00:00")
    assert q.numeric_readings("18/01/30 00:00") == [
        datetime(2030, 1, 18, tzinfo=UTC),
        datetime(2018, 1, 30, tzinfo=UTC),
    ]
    assert q.detect_date(item(published=datetime(2018, 1, 30, tzinfo=UTC)), ref) == []
    assert classes(q.detect_date(item(published=NOW, has_date=False), ref)) == {"date"}
    assert q.numeric_readings("2018-01-30") == []


def test_future_date_is_a_defect_and_an_undated_entry_is_not():
    assert classes(q.detect_date(item(published=NOW + timedelta(days=5)), None)) == {"date"}
    assert q.detect_date(item(published=NOW, has_date=False), ref_of(description="x")) == []


# --- boilerplate ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A thing happened. submitted by /u/someone to r/news [link] [comments]",
    "The story. The post A story appeared first on Some Site.",
    "It went well. Continue reading on Medium »",
    "Share: Facebook Twitter. The story starts here.",
    "By Jane Doe The minister said on Monday that talks resume.",
    "The plan is ready. Read more",
    # translated trailers (unseen feeds: WordPress with Yoast SEO in German and Italian, a Portuguese teaser)
    "Warum es gut ist. Der Beitrag Lonely Cat Kombucha: Unpasteurisiert erschien zuerst auf derbrutkasten.com.",
    "Il nuovo servizio gratuito... L'articolo Romanews.eu su Telegram sembra essere il primo su Romanews.",
    "Serão ofertados os cursos de linoleogravura, litografia, xil... Leia mais no Massa News!",
    "L’article Le corps de Montaigne est apparu en premier sur Passion Aquitaine.",
    "View fullsize View fullsize My first album with Brötzmann.",
    "Just out doing some nature photography. Thank you for reading via RSS (this is JSON).",
    "Foto: dpa Die Regierung hat am Montag beschlossen.",
])  # fmt: skip
def test_boilerplate_is_flagged(text):
    assert classes(q.detect_boilerplate(item(text))) == {"boilerplate"}


@pytest.mark.parametrize("text", [
    "People read more books in winter, a survey says.",
    "By Tuesday the talks had resumed.",
    "The photographer shared the images online.",
    "Die Studie erschien zuerst auf Englisch, dann auf Deutsch.",
    "A polícia pediu que a população leia mais sobre o caso.",
    "Wer mehr wissen will, sollte weiterlesen und sich selbst ein Bild machen.",
    "Thank you for reading my book, she wrote.",
])  # fmt: skip
def test_ordinary_sentences_are_not_boilerplate(text):
    assert q.detect_boilerplate(item(text)) == []


# --- run-on --------------------------------------------------------------------------------


def test_two_blocks_glued_without_a_sentence_end():
    ref = ref_of(description="<h2>Ministry said</h2><p>Talks resume on Monday as planned.</p>")
    assert classes(q.detect_run_on(item("Ministry said Talks resume on Monday as planned."), ref)) == {"run-on"}
    assert q.detect_run_on(item("Ministry said. Talks resume on Monday as planned."), ref) == []
    assert q.detect_run_on(item("Talks resume on Monday as planned."), ref) == []


def test_br_br_splits_blocks_and_a_single_br_does_not():
    ref = ref_of(description="Photo of the harbour<br><br>Ships returned early today.")
    assert classes(q.detect_run_on(item("Photo of the harbour Ships returned early today."), ref)) == {"run-on"}
    ref = ref_of(description="The ships of the harbour<br>returned early today.")
    assert q.detect_run_on(item("The ships of the harbour returned early today."), ref) == []


# --- truncation and cut words ----------------------------------------------------------------


def test_lost_cut_mark_leaves_a_cut_word():
    ref = ref_of(description="<p>Today we release the new compil [&#8230;]</p>")
    assert classes(q.detect_truncation(item("Today we release the new compil"), ref)) == {"cut-word"}
    assert q.detect_truncation(item("Today we release the new…"), ref) == []


def test_word_cut_before_the_ellipsis():
    ref = ref_of(content="<p>Today we release the new compiler. It is fast and small and nice.</p>", description="x")
    assert classes(q.detect_truncation(item("Today we release the new compil…"), ref)) == {"cut-word"}
    assert q.detect_truncation(item("Today we release the new compiler…"), ref) == []
    assert q.detect_truncation(item("Today we release the new compiler."), ref) == []


def test_excerpt_ending_mid_sentence_without_a_mark():
    ref = ref_of(description="<p>The council met on Monday and decided to close the old bridge for repairs.</p>")
    assert classes(q.detect_truncation(item("The council met on Monday and decided to close"), ref)) == {"cut-word"}
    assert q.detect_truncation(item("The council met on Monday and decided to close…"), ref) == []


def test_feed_cut_mark_kept_and_teaser_over_full_content():
    full = "<p>The council met on Monday. It decided to close the old bridge. Repairs take a year.</p>"
    ref = ref_of(description="The council met on Monday. It decided to [&#8230;]", content=full)
    assert "truncation" in classes(q.detect_truncation(item("The council met on Monday. It decided to […]"), ref))
    assert "truncation" in classes(q.detect_truncation(item("The council met on Monday. It decided to…"), ref))
    assert q.detect_truncation(item("The council met on Monday. It decided to close the old bridge…"), ref) == []
    # An author's own "..." inside the text is no cut mark.
    ref = ref_of(description="<p>Wait for it... The bridge is closed. Repairs take a year.</p>")
    assert q.detect_truncation(item("Wait for it..."), ref) == []


# --- faithfulness ------------------------------------------------------------------------------


def test_words_missing_mid_sentence():
    ref = ref_of(description='<p>You can <a href="/x">view</a> the results online. More soon.</p>')
    assert classes(q.detect_faithful(item("You can the results online. More soon."), ref)) == {"faithful"}
    assert q.detect_faithful(item("You can view the results online. More soon."), ref) == []


def test_superscripts_are_faithful_as_superscripts():
    ref = ref_of(description="<p>The flat has 80 ft<sup>2</sup> of space.</p>")
    assert q.detect_faithful(item("The flat has 80 ft² of space."), ref) == []
    assert classes(q.detect_faithful(item("The flat has 80 ft2 of space."), ref)) == {"faithful"}
    assert classes(q.detect_damage(item("The flat has 80 ft2 of space."), ref)) == {"damage"}
    assert q.detect_damage(item("The flat has 80 ft² of space."), ref) == []


# --- links ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("link", [
    "https://www.google.com/url?rct=j&url=https://news.example.com/story&ct=ga",
    "https://click.example.net/c?u=https%3A%2F%2Fnews.example.com%2Fstory",
    "https://news.example.com/story?utm_source=rss&utm_medium=feed",
    "https://news.example.com/story?source=rss",
    "http://feedproxy.google.com/~r/example/~3/abc/story",
])  # fmt: skip
def test_links_that_are_not_the_article(link):
    assert classes(q.detect_link(item(link=link), None)) == {"link"}


def test_origlink_wins_and_a_plain_link_passes():
    ref = ref_of(description="x", link="https://example.org/redirected/1",
                 extra="<feedburner:origLink>https://news.example.com/story</feedburner:origLink>")  # fmt: skip
    assert classes(q.detect_link(item(link="https://example.org/redirected/1"), ref)) == {"link"}
    assert q.detect_link(item(link="https://news.example.com/story"), ref) == []
    assert q.detect_link(item(link="https://news.example.com/story?id=7&page=2"), None) == []
    # No link is a defect only where the feed gave one.
    assert classes(q.detect_link(item(link=""), ref)) == {"link"}
    assert q.detect_link(item(link=""), q.Reference(title="No link here")) == []


# --- duplicates, title repeat, damage, empty -------------------------------------------------


def test_duplicates_in_one_feed():
    a = item("Talks resume.", title="Talks", link="https://news.example.com/s")
    b = item("Talks resume.", title="Talks", link="https://t.example/r?url=https%3A%2F%2Fnews.example.com%2Fs")
    c = item("Other news.", title="Other", link="https://news.example.com/o")
    d = item("Talks resume!", title="Talks", link="https://news.example.com/s2")
    assert set(q.detect_duplicates([a, b, c])) == {1}
    assert set(q.detect_duplicates([a, c])) == set()
    assert set(q.detect_duplicates([a, d])) == {1}  # same story under a new guid and link
    assert set(q.detect_duplicates([a, item("Talks resume.", title="Talks", link=a.link, feed="g.rss")])) == set()
    # Two episodes pointing at the show's page are two items, not a repeat.
    e1 = item("We talk beer.", title="Show 22: Beer", link="https://show.example/")
    e2 = item("We talk ghosts.", title="Show 23: Ghosts", link="https://show.example/")
    assert set(q.detect_duplicates([e1, e2])) == set()
    p1 = item("Lost shows.", title="Special: Lost Shows - Part 1", link="https://show.example/")
    p2 = item("Lost shows.", title="Special: Lost Shows - Part 2", link="https://show.example/")
    assert set(q.detect_duplicates([p1, p2])) == set()


def test_title_repeated_as_first_sentence():
    title = "Talks resume on Monday"
    assert classes(q.detect_title_repeat(item("Talks resume on Monday. The ministry said so.", title=title))) == {
        "title-repeat"
    }
    assert q.detect_title_repeat(item("The ministry said talks would resume.", title=title)) == []


def test_zwj_lost_and_text_title_read_as_html():
    ref = ref_of(description="<p>ویژه\u200cها are here 👩\u200d💻.</p>")
    assert classes(q.detect_damage(item("ویژهها are here 👩💻."), ref)) == {"damage"}
    assert q.detect_damage(item("ویژه\u200cها are here 👩\u200d💻."), ref) == []
    atom = (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>"
            b"<entry><id>x</id><title type='text'>Why &lt;div&gt; soup</title><link href='https://e.org/1'/>"
            b"<summary>It is bad.</summary><updated>2026-11-01T00:00:00Z</updated></entry></feed>")  # fmt: skip
    (ref,) = q.references(atom)
    assert classes(q.detect_damage(item("It is bad.", title="Why soup"), ref)) == {"damage"}
    assert q.detect_damage(item("It is bad.", title="Why <div> soup"), ref) == []
    # The site's name the feed ends every title with, taken off by the bot (bot/repeated.py), is no misreading.
    ref.title = "sort data - Upwork"
    assert q.detect_damage(item("It is bad.", title="sort data"), ref) == []
    assert classes(q.detect_damage(item("It is bad.", title="sort"), ref)) == {"damage"}


def test_heading_printed_as_first_sentence():
    ref = ref_of(description="<h3>Background</h3><p>The bridge is old. It needs repairs.</p>")
    assert classes(q.detect_damage(item("Background The bridge is old."), ref)) == {"damage"}
    assert q.detect_damage(item("The bridge is old."), ref) == []


def test_empty_excerpt_where_the_source_has_text():
    ref = ref_of(description="<p>The bridge is old and needs repairs, engineers say.</p>")
    assert classes(q.detect_empty(item(""), ref)) == {"empty"}
    assert q.detect_empty(item("The bridge is old and needs repairs, engineers say."), ref) == []
    # A title-less entry whose whole text became the title: nothing is left to show.
    ref = ref_of(title="", description="The bridge is old and needs repairs, engineers say.")
    assert q.detect_empty(item("", title="The bridge is old and needs repairs, engineers say."), ref) == []
    # A source that is only a platform trailer or a byline: an empty excerpt is right.
    ref = ref_of(description="submitted by /u/jane to r/x [link] [comments]")
    assert q.detect_empty(item(""), ref) == []
    assert q.detect_empty(item(""), ref_of(description="Por Matt Spetalnick e Jason Szep")) == []


def test_mojibake_is_flagged_and_the_reference_reads_it_as_meant():
    # (Le Monde and The Verge, double-encoded in codehollow/FeedReader's fixtures)
    ref = ref_of(title="New York Cityâ€™s closest nuclear plant", description="<p>Cinq personnes ont Ã©tÃ© tuÃ©es.</p>")
    assert ref.title == "New York City’s closest nuclear plant" and ref.summary.text == "Cinq personnes ont été tuées."
    assert classes(q.detect_mojibake(item("Cinq personnes ont Ã©tÃ© tuÃ©es.", title=ref.title), ref)) == {"mojibake"}
    assert classes(q.detect_mojibake(item("Cinq personnes ont été tuées.", title="Cityâ€™s plant"), ref)) == {
        "mojibake"
    }
    assert classes(q.detect_mojibake(item("Ð¿Ð¾Ð¶Ð°Ñ€ 2021.Â The end"))) == {"mojibake"}
    assert q.detect_mojibake(item("Cinq personnes ont été tuées.", title=ref.title), ref) == []
    # Mac OS Roman (a YouTube title of ROME's test feeds)
    mac = ref_of(title="Ratatouille Trailer ( Portugu√™s )")
    assert mac.title == "Ratatouille Trailer ( Português )"
    assert classes(q.detect_mojibake(item("x", title="Ratatouille Trailer ( Portugu√™s )"), mac)) == {"mojibake"}
    assert q.meant("√π ≈ 1.772") == "√π ≈ 1.772"
    # Correct text that holds such a sequence: Portuguese, French, German.
    for text in ("Ela gritou “IRMÃ” e correu", "un enfant «\u00a0doué\u00a0»", "„Mit freundlichem Gruß“", "SÃO PAULO"):
        assert q.detect_mojibake(item(text, title=text)) == [] and q.meant(text) == text


# --- end to end -----------------------------------------------------------------------------


GOOD_RSS = rss(
    entry("Bridge closes for repairs", "https://news.example.com/bridge", guid="b1",
          description="<p>The old bridge closes on Monday. Repairs take a year, engineers say.</p>",
          date="Mon, 23 Nov 2026 10:00:00 +0000"),
    entry("Library opens late", "https://news.example.com/library", guid="b2",
          description="<p>The city library opens until ten. The council pays for the staff.</p>",
          date="Tue, 24 Nov 2026 09:30:00 +0000"),
)  # fmt: skip
GOOD_ATOM = b"""<?xml version='1.0' encoding='utf-8'?>
<feed xmlns='http://www.w3.org/2005/Atom'><title>Atom news</title><id>urn:a</id><updated>2026-11-25T08:00:00Z</updated>
<entry><id>urn:a:1</id><title type='text'>Harbour reopens</title><link href='https://atom.example.com/harbour'/>
<updated>2026-11-25T08:00:00Z</updated><content type='html'>&lt;p&gt;Ships returned to the harbour today. Fishermen were glad.&lt;/p&gt;</content></entry>
</feed>"""
GOOD_JSON = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [
{"id": "j1", "url": "https://json.example.com/rain", "title": "Rain expected",
 "content_html": "<p>Rain is expected all week. Farmers welcome it.</p>", "date_published": "2026-11-26T07:00:00Z"}]}"""


def test_end_to_end_clean_feeds_have_no_defects(tmp_path):
    (tmp_path / "good.rss").write_bytes(GOOD_RSS)
    (tmp_path / "good.atom").write_bytes(GOOD_ATOM)
    (tmp_path / "good.json").write_bytes(GOOD_JSON)
    report = q.evaluate(tmp_path, examples=2)
    assert report.feeds == 3 and report.failed == []
    assert report.items == 4 and report.unmatched == 0
    assert report.digest_items == 4
    assert report.findings == [], report.findings
    assert set(report.counts) == set(q.CLASSES) and not any(report.counts.values())
    counts = q.quality_counts([tmp_path, tmp_path / "missing"])
    assert counts[str(tmp_path)]["items"] == 4 and counts[str(tmp_path)]["date"] == 0
    assert counts[str(tmp_path / "missing")]["items"] == 0
    text = q.render([report, q.evaluate(tmp_path / "missing")], 2)
    assert "missing: skipped" in text and "date" in text


def test_end_to_end_a_defect_the_pipeline_keeps_is_reported(tmp_path):
    # The feed's two entries are one story under two guids: whatever the bot
    # does with text, both are stored, and the report must say so.
    story = "<p>The old bridge closes on Monday. Repairs take a year, engineers say.</p>"
    (tmp_path / "twice.rss").write_bytes(rss(
        entry("Bridge closes", "https://news.example.com/bridge", guid="g1", description=story,
              date="Mon, 23 Nov 2026 10:00:00 +0000"),
        entry("Bridge closes", "https://news.example.com/bridge", guid="g2", description=story,
              date="Mon, 23 Nov 2026 10:00:00 +0000"),
    ))  # fmt: skip
    report = q.evaluate(tmp_path)
    if report.items == 2:  # (a bot that folds the two into one has nothing left to report)
        assert report.counts["duplicate"] == 1
        assert report.examples["duplicate"][0]["feed"] == "twice.rss"


def test_items_sharing_one_link_are_matched_to_their_references_by_title():
    """An aggregator's entries all linked to its home page (rome rsr.ch, Arts & Letters Daily): each
    item is compared with its own raw entry, not with the first one that has the link."""
    home = "http://radio.example/capsule"
    refs = [q.Reference(link=home, title=t) for t in ("La Wii", "Poker en ligne", "GPS Coyote")]
    when = datetime(2026, 12, 1, tzinfo=UTC)
    items = [q.Item(feed="f", title=t, excerpt="", link=home, published=when, has_date=True, source="f")
             for t in ("Poker en ligne", "GPS Coyote")]  # fmt: skip
    assert [r.title for r in q.match(items, refs)] == ["Poker en ligne", "GPS Coyote"]
    # (a link of its own still wins over a title another entry shares)
    own = [q.Reference(link="http://a.example/1", title="Same"), q.Reference(link="http://a.example/2", title="Same")]
    item = q.Item(feed="f", title="Same", excerpt="", link="http://a.example/2", published=when, has_date=True,
                  source="f")  # fmt: skip
    assert q.match([item], own)[0] is own[1]


def test_an_arabic_or_persian_question_mark_ends_a_sentence():
    """Set 65a O2 (aminrashidbeigi--blog-fa.xml): an excerpt ending on "؟" (U+061F) is no cut; one ending on a word
    inside the source's sentence still is."""
    ref = ref_of(content="<p>چرا به منتور نیاز داریم؟ منتور می‌تواند کمک کنه؟ این پایان است</p>")
    assert q.detect_truncation(item("چرا به منتور نیاز داریم؟ منتور می‌تواند کمک کنه؟"), ref) == []
    assert classes(q.detect_truncation(item("چرا به منتور نیاز داریم؟ منتور می‌تواند"), ref)) == {"cut-word"}
