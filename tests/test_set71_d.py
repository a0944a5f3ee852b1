"""Set 71 (/work/unseen71a/FINDINGS.md, /work/unseen71b/FINDINGS.md), group d: which text is read and how it ends. A
WordPress description whose paragraphs run together (bot/gluedparagraphs.py), a Substack description cut behind a
picture's markup (bot/flattened.py cut_start_of), a whole one-line description among a video feed's chapter lists
(bot/feedcuts.py ends_open), a quote and its attribution in a stand-in title (bot/titlesentence.py), a toot of
hashtags only (bot/sectiontitles.py), a Romanian demonstrative that leans on a sentence left out (bot/anaphora.py).
Made-up text in the feeds' shapes."""

from datetime import UTC, datetime

from bot.anaphora import leans_within
from bot.normalize import read_feed
from bot.sectiontitles import only_hashtags
from bot.titles import title_from_text
from tests.builders import digest_summary, read_entries

_NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _rss(items: list[tuple[str, str, str]]) -> list:
    """The articles of an RSS document of (title, description, content:encoded) items, each in CDATA."""
    body = "".join(
        f"<item><title>{title}</title><link>https://blog.example/{n}</link>"
        f"<description><![CDATA[{summary}]]></description>"
        + (f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else "")
        + "</item>"
        for n, (title, summary, content) in enumerate(items)
    )
    namespace = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    return _articles(
        f'<?xml version="1.0"?><rss version="2.0" {namespace}><channel><title>B</title>{body}</channel></rss>'
    )


def _articles(doc: str, excerpt_length: int = 300) -> list:
    """The articles read_feed makes of a feed document."""
    feed = read_feed(doc.encode(), url="https://site.example/feed", source="s", now=_NOW, excerpt_length=excerpt_length)
    return list(feed.articles)


def test_a_description_with_its_paragraphs_run_together_gives_way_to_the_content():
    """Set 71b, finding 2 (akirk--zylstra.rss, repository akirk/friends, in /work/unseen71b/feeds): WordPress's
    plain description ran a check-in's line into the note after it ("Checked into Seats2Meet (Utrecht) just now First
    meet-up of…", all of it the stand-in title, no excerpt) and a picture's caption into the next paragraph ("…left.
    The apples I picked from our small tree Previous harvests 2021…"). The content, its blocks apart, is read. An
    author's own description, one that stops at each block's end, one of the first paragraph only, stay."""
    checkin = (
        '<p><em><span class="p-location h-card">Checked into<span class="p-name"> <a class="u-checkin" '
        'href="https://example.org/">Café Noord</a> </span>(<span class="p-locality">Leiden</span>) just now</span>'
        "</em></p>\n<p>Second meet-up of the <a href='https://example.org/g'>Local Archives</a> reading group</p>"
    )
    flat = "Checked into Café Noord (Leiden) just now Second meet-up of the Local Archives reading group"
    [article] = _rss([("", flat, checkin)])
    assert article.title == "Checked into Café Noord (Leiden) just now", article.title
    assert article.excerpt == "Second meet-up of the Local Archives reading group", article.excerpt
    harvest = (
        "<p>We had plenty of pears after the blossoming, but the heat and then the storms took their toll. This is "
        "what was left.</p>\n<p><a href='https://example.org/p.jpg'><img src='https://example.org/p.jpg' "
        "width='600' height='400'/></a><br /><em>The pears I picked from the old tree</em></p>\n<p>Earlier harvests "
        "<a href='https://example.org/2021'>2021</a>, <a href='https://example.org/2020'>2020</a>.</p>"
    )
    glued = (
        "We had plenty of pears after the blossoming, but the heat and then the storms took their toll. This is what "
        "was left. The pears I picked from the old tree Earlier harvests 2021, 2020."
    )
    [pears] = _rss([("The pear harvest is in", glued, harvest)])
    assert "old tree Earlier" not in pears.excerpt and "old tree Earlier" not in digest_summary(pears), pears.excerpt
    # (an author's own words; a description that ends each block with its stop; the first paragraph alone)
    own = "A short note on the pears: fewer than last year, the storms took most of them, and the tree is old now."
    stopped = glued.replace("old tree Earlier", "old tree. Earlier")
    first = "We had plenty of pears after the blossoming, but the heat and then the storms took their toll."
    for summary in (own, stopped, first):
        [kept] = _rss([("The pear harvest is in", summary, harvest)])
        assert "text: the summary" in kept.provenance, (summary, kept.provenance)


def test_a_description_cut_at_a_word_gives_way_to_the_content_behind_a_picture():
    """Set 71b, finding 3 (thinkplaymake--substack.xml, repository thinkplaymake/the.independency.co, in
    /work/unseen71b/feeds): Substack cut the description at a word with no mark ("…including work from Lizzie Penny
    and"), and its content opens with a figure of thousands of characters of markup: the content's words were not
    reached, the cut description was kept with "…". Past the picture's tags, the content's start is compared: it is
    read, its sentence whole. A description of the author's own words stays."""
    figure = (
        '<div class="captioned-image-container"><figure><a class="image-link" href="https://cdn.example/i.jpeg">'
        '<div class="image2-inset"><picture><source type="image/webp" srcset="'
        + ", ".join(f"https://cdn.example/fetch/w_{w},c_limit,f_webp/https%3A%2F%2Fs3.example%2Fi.jpeg {w}w" for w in (424, 848, 1272, 1456) * 4)
        + '" sizes="100vw"><img src="https://cdn.example/i.jpeg" width="1456" height="1092"></picture></div></a>'
        "</figure></div>"
    )  # fmt: skip
    story = (
        "<p>I was at a round table on flexible work at the town hall yesterday, listening to a panel sharing their "
        "research on the benefits of giving staff more say over their hours, including work from <strong><a "
        "href='https://example.org/a'>Ann Reed</a></strong> and <strong><a href='https://example.org/b'>Tom Hale"
        "</a></strong> of <strong>Fieldwork</strong>.<br><br>The self-employed have known this for years, and "
        "there is a lot that employers could learn from them about trust and about time.</p>"
    )
    cut = (
        "I was at a round table on flexible work at the town hall yesterday, listening to a panel sharing their "
        "research on the benefits of giving staff more say over their hours, including work from Ann Reed and"
    )
    [article] = _rss([("What can employers learn from freelancers?", cut, figure + story)])
    assert article.excerpt.endswith("Ann Reed and Tom Hale of Fieldwork."), article.excerpt
    own = "Notes from a round table on flexible work, and what employers could learn from the self-employed about it"
    [kept] = _rss([("What can employers learn from freelancers?", own, figure + story)])
    assert "text: the summary" in kept.provenance, kept.provenance


def _youtube(descriptions: list[str]) -> list:
    """The articles of a YouTube channel's Atom feed of these media:descriptions (its shape: media:group)."""
    entries = "".join(
        f"<entry><id>yt:video:v{n}</id><title>Video {n}</title><link rel='alternate' href='https://v.example/{n}'/>"
        f"<published>2025-11-0{n + 1}T10:00:00+00:00</published><media:group><media:title>Video {n}</media:title>"
        f"<media:description>{text}</media:description></media:group></entry>"
        for n, text in enumerate(descriptions)
    )
    namespaces = "xmlns='http://www.w3.org/2005/Atom' xmlns:media='http://search.yahoo.com/mrss/'"
    return _articles(f"<?xml version='1.0'?><feed {namespaces}><title>Channel</title>{entries}</feed>")


def test_a_whole_one_line_description_among_chapter_lists_gets_no_ellipsis():
    """Set 71b, finding 4 (moonlitrevery--ltt-youtube.xml, repository moonlitrevery/Leviathan, in
    /work/unseen71b/feeds): a video's one-line description without a stop ("We made a Custom PC for Streamer Disguised
    Toast with top the line computer parts") got "…": the feed's long descriptions end in their chapters ("…\\n9:40
    Outro"), which counted as texts without a stop, so the feed was not known to write whole texts so. A chapters
    list's last line is no text's end (as a list's last item is not). One time-led last line is no list: its
    counter-example is test_one_time_led_last_line_is_no_chapter_list (review rev71d, finding 1)."""
    chapters = "\n".join(f"{m}:{s:02d} Part {m}" for m, s in ((0, 0), (1, 30), (4, 12), (9, 40)))
    sponsor = "Thanks to our sponsor for this video, you can find their shop in the links below this description."
    descriptions = [
        f"We built a quiet office PC for a small studio, with parts that stay cool under load.\n\n{chapters}",
        "Can a robot do the same job a person can? Stay tuned for more robot coverage coming soon!",
        f"{sponsor} Purchases made through some store links may provide some compensation to the channel.",
        "We made a Custom PC for a streamer friend with top of the line computer parts",
        f"A long review of four laptops for students, from cheap to very expensive.\n\n{chapters}",
        "How far from your PC can you get using the new headset's wireless dongle?",
    ]
    articles = _youtube(descriptions)
    assert articles[3].excerpt == descriptions[3], articles[3].excerpt
    assert articles[0].excerpt.startswith("We built a quiet office PC")


def test_a_quote_keeps_its_attribution_in_a_stand_in_title():
    """Set 71b, finding 6 (jbfriedrich--mastodon.xml, repository jbfriedrich/jbfriedrich.github.io, in
    /work/unseen71b/feeds): an untitled toot's stand-in title stopped at the stop inside the quote ('📜 "Ich kann, weil
    ich will, was ich muss."'), and "– Immanuel Kant" was left as the excerpt. A quote's stop before a dash and a
    name on the same line ends no sentence: the title is the quote with who said it. A sentence after the quote, or a
    dash before more than a name, is as before."""
    quote = '📜 "Wer nichts weiß, muss alles glauben." – Marie von Ebner-Eschenbach'
    escaped = quote.replace('"', "&quot;")
    [toot] = read_entries([{"title": "", "link": "/1", "text": f"<p>{escaped}</p>"}])
    assert toot.title == quote and toot.excerpt == "", (toot.title, toot.excerpt)
    assert title_from_text('"Wer nichts weiß, muss alles glauben." – Marie Ebner, Aphorismen') == (
        '"Wer nichts weiß, muss alles glauben." – Marie Ebner, Aphorismen'
    )
    # (a sentence, not a name, after the dash; a stop outside any quote)
    said = '"We shipped the new version." – and then the servers fell over, one by one, for the rest of the week.'
    assert title_from_text(said) == '"We shipped the new version."', title_from_text(said)
    assert title_from_text("We shipped the new release today. – Jane Roe") == "We shipped the new release today"


def test_a_toot_of_hashtags_only_is_named_by_them():
    """Set 71b, finding 12 (jbfriedrich--mastodon.xml, repository jbfriedrich/jbfriedrich.github.io, in
    /work/unseen71b/feeds): a toot whose only text is "#curentEvents #hope" (with a picture) was shown "(untitled)":
    the tag line went as boilerplate. Its tags name it. Not a toot with words of its own, nor one with no text."""
    tags = (
        '<p><a href="https://m.example/tags/localNews" class="mention hashtag" rel="tag">#<span>localNews</span></a> '
        '<a href="https://m.example/tags/rain" class="mention hashtag" rel="tag">#<span>rain</span></a></p>'
    )
    worded = "<p>The river is high again this morning, the old bridge is closed until Friday.</p>" + tags
    toots = read_entries([{"title": "", "link": f"/{n}", "text": text} for n, text in enumerate((tags, worded, ""))])
    assert toots[0].title == "#localNews #rain" and toots[0].excerpt == "", (toots[0].title, toots[0].excerpt)
    assert toots[1].title.startswith("The river is high again")
    assert toots[2].title == "(untitled)"


def test_a_romanian_demonstrative_leans_on_the_sentence_before():
    """Set 71a, finding 9 (secdev-foundation--cyber-star-ro.xml, repository secdev-foundation/cyber-star.org, in
    /work/unseen71a/feeds): the summary took "Deoarece toate computerele și smartphone-urile folosesc acest format,…"
    ("this format": the binary one of a sentence left out). A Romanian demonstrative before a noun in the first
    clause leans on the sentence before; not the text's own parts nor a time ("În acest articol…", "această
    săptămână"), nor a noun the clause named before it."""
    assert leans_within("Deoarece toate telefoanele folosesc acest format, datele pot fi copiate oriunde.")
    assert leans_within("Aceste date sunt apoi trimise mai departe.")
    assert not leans_within("În acest articol explicăm cum se criptează un disc.")
    assert not leans_within("Această săptămână a fost una grea pentru echipă.")
    assert not leans_within("Formatul binar e simplu și acest format e folosit peste tot.")


def test_a_paragraph_cut_inside_its_sentence_is_no_glued_paragraph():
    """Review rev71d, finding 2 (counter-example to set 71b F2): a CMS that splits a sentence over two blocks ("…the new
    cycle lanes on</p><p>Main Street…") gives a description that is the same sentence whole. A block ending in an
    article, preposition or conjunction ends inside its sentence: the description is read, not the content cut at
    that block's end."""
    whole = "Notes from our meeting with the city council about the new cycle lanes on Main Street and 5th Avenue."
    split = (
        "<p>Notes from our meeting with the city council about the new cycle lanes on</p><p>Main Street and 5th "
        "Avenue.</p><p>Next meeting in May.</p>"
    )
    [article] = _rss([("Meeting notes", whole, split)])
    assert article.excerpt == whole and "text: the summary" in article.provenance, (article.excerpt, article.provenance)


def test_one_time_led_last_line_is_no_chapter_list():
    """Review rev71d, finding 1 (counter-example to set 71b F4): a schedule's one last line ("…\n19:30 doors open for
    members") is the text's own end, not a video's chapter list: a feed of such texts, whole without a stop, still
    knows its one-line descriptions whole (no "…"). A list is two such lines at least."""
    descriptions = [
        "Our weekly live stream from the workshop, questions welcome in the chat\n19:30 doors open for members",
        "Live jazz with the Anna Berg trio from the small hall of the old theatre\n20:00 first set, second set after "
        "the break",
        "Folk songs from the north with guests from the local choir and friends\n19:00 stream starts, chat opens early",
        "A silent film with live piano accompaniment by our own pianist tonight\n18:30 pre-show chat with the pianist",
        "We made a Custom PC for a streamer friend with top of the line computer parts",
        "Can a robot do the same job a person can? Stay tuned for more robot coverage coming soon!",
    ]
    articles = _youtube(descriptions)
    assert articles[4].excerpt == descriptions[4], articles[4].excerpt


def test_a_romanian_texts_own_things_and_times_lean_on_nothing():
    """Review rev71d, finding 3 (counter-examples to set 71a F9): "this version", "this project", "this edition", "this
    report", "these days", "this autumn" name the text itself or a time, no sentence before; the digest keeps the
    greeting before such a sentence out. Leaning words stay leaning ("Acest lucru…", "this thing")."""
    for sentence in (
        "Această versiune aduce suport pentru Python 3.12 și repară zece erori.",
        "Acest proiect este open source și oricine poate contribui.",
        "În această ediție vă prezentăm cele mai noi unelte de securitate.",
        "Acest newsletter apare în fiecare luni dimineață.",
        "Aceste zile am lucrat la noua versiune a aplicației.",
        "În această toamnă lansăm trei cursuri noi de programare.",
        "Acest raport analizează atacurile din 2025.",
        "Acești ani au fost grei.",
        "În acest week-end lansăm o versiune nouă.",
    ):
        assert not leans_within(sentence), sentence
    assert leans_within("Acest lucru înseamnă că datele sunt pierdute.")
    notes = (
        "<p>Salutare tuturor!</p><p>Această versiune aduce suport pentru Python 3.12 și repară zece erori raportate de "
        "utilizatori. Actualizarea se face automat din magazinul de aplicații. Mulțumim celor care au testat versiunile "
        "beta. Urmează o versiune pentru tabletă.</p>"
    )
    body = f"<item><title>Versiunea 2.0</title><link>https://blog.example/1</link><description><![CDATA[{notes}]]>"
    doc = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>{body}</description></item></channel></rss>'
    )
    [article] = _articles(doc, excerpt_length=600)
    assert digest_summary(article).startswith("Această versiune"), digest_summary(article)


def test_hashtags_in_blocks_of_their_own_are_words_apart():
    """Review rev71d, finding 4 (set 71b F12's rule): tags in paragraphs of their own ("<p>#localNews</p><p>#rain</p>")
    are two hashtags, and name the toot; a tag before a word in the next block is no hashtag "#caturdayMittwoch"."""
    [toot] = read_entries([{"title": "", "link": "/1", "text": "<p>#localNews</p><p>#rain</p>"}])
    assert toot.title == "#localNews #rain", toot.title
    assert only_hashtags("<p>#caturday</p><p>Mittwoch</p>") == ""
    assert only_hashtags('<p>#<span>caturday</span> <a href="/t">#<span>cats</span></a></p>') == "#caturday #cats"


def test_a_link_label_or_a_heading_after_a_quote_is_no_attribution():
    """Review rev71d, finding 5 (counter-examples to set 71b F6): after a quote's stop, a dash and a read-more link's
    label ("– Read More") or a heading in Title Case ("— Next Steps For Release", "For" capitalised) is no name: the
    stand-in title ends at the quote. A name with its particle, or a paper with its article, still goes with it."""
    assert title_from_text('"We are done here." – Read More') == '"We are done here."'
    assert title_from_text('"The build is green again." — Next Steps For Release') == '"The build is green again."'
    assert title_from_text('"Die Lage bleibt ernst." – Der Spiegel') == '"Die Lage bleibt ernst." – Der Spiegel'
    assert title_from_text('"We are done here." – Marie von Ebner') == '"We are done here." – Marie von Ebner'
