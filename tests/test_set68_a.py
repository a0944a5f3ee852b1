"""Set 68 (/work/unseen68b/FINDINGS.md F1, F2; /work/unseen68a/FINDINGS.md F4): an aggregator's submitter lead-in
without a colon (bot/submitted.py), an article card's author list and its type-and-date line (bot/bylines.py), a
notice box whose title is a <div> (bot/leadnotes.py). Made-up text in the feeds' shapes: the feeds the rules were
written for have no licence. With the review's counter-examples (/work/notes/rev68a-findings.md, findings 1-4 and 6):
what each rule must leave alone."""

from bot.boilerstrip import strip_start
from bot.submitted import without_submitter
from tests.builders import digest_summary, excerpt, read_entries

_AD = "<p><a href='https://ads.example/a'><img src='https://ads.example/i'></a></p>"


def test_a_submitters_lead_in_in_quotation_marks_goes():
    """Set 68b F1 (tjgrathwell--slashdot.xml, repository tjgrathwell/typer_combat, in /work/unseen68b/feeds): the
    aggregator's older form, a name, "writes" and the submitted text in quotation marks ("thethibs writes "eWeek is
    reporting…"", "An anonymous reader writes "…"") opened the excerpt and the summary. The lead-in goes with both
    marks, an editor's words after the quote stay; a narrative lead-in, a sentence's subject, a title in quotation
    marks, a forum's quote with a reply after it stay."""
    submitted = (
        'snydeq writes "Word Mill has a flaw that attackers are using on the Internet, according to a security '
        'vendor. The problem affects the 2007 release and older ones."'
    )
    [article] = read_entries([{"title": "Word Mill flaw", "link": "/a", "text": submitted + _AD}])
    assert article.excerpt.startswith("Word Mill has a flaw that attackers"), article.excerpt
    assert '"' not in article.excerpt
    assert digest_summary(article).startswith("Word Mill has a flaw"), digest_summary(article)
    anonymous = (
        'An anonymous reader writes "The court has ruled that bloggers cannot hide behind a disclaimer such as '
        "'views are my own' when they are sued.\" The article does not say who filed the case."
    )
    assert strip_start(anonymous, [])[0] == (
        "The court has ruled that bloggers cannot hide behind a disclaimer such as 'views are my own' when they are "
        "sued. The article does not say who filed the case."
    )
    assert strip_start(anonymous)[0] == anonymous  # (not the text's first block: rev68a finding 2)
    # (a submitter of many words, the quote the whole text but a "Read more" line: "I Don't Believe in Imaginary
    # Property writes "A federal court ruled…"", "Glyn Moody writes "…"")
    ruling = (
        "A federal court ruled that the agency can sue rivals for rights on hot news, as well as for copyright "
        "infringement and several other claims. The doctrine was created by a judge ninety years ago in another "
        "case, when news still travelled by wire."
    )
    long_name = f"I Don't Believe in Magic Beans writes \u201c{ruling}\u201d"
    more = ["Read more of this story at Slashdot."]
    assert without_submitter(long_name, more)[0] == ruling
    assert without_submitter(f'Glyn Roe writes "{ruling}"', more)[0] == ruling
    [moody] = read_entries([{"title": "Hot news", "link": "/m", "text": f'Glyn Roe writes "{ruling}"' + _AD}])
    assert moody.excerpt.startswith("A federal court ruled") and digest_summary(moody).startswith("A federal court")
    runs_on = 'carlroe writes "The console is meant to link the web and the living room. It'
    assert strip_start(runs_on, ["is the plan."])[0].startswith("The console is meant")  # (the quote ends later)
    for kept in (
        "mcleland lets us in on a Wall Street Journal story about two cold-war era vessels the Navy gives away.",
        'The company writes in its filing that "the market will recover within a year," and asks for time.',
        'The report writes "Growth will slow down next year, and prices will rise." on its first page.',
        'Jane writes "Hamlet" in the style of a police procedural, and it works well enough for us.',
        'Jane writes "On the road." and then the rest of the chapter follows in a much lower voice.',
        "GauravK wrote: \u201cIn the new version there is a hidden setting.\u201d I made the entry, with no effect.",
        'Jo writes "Hi." Then nothing else for a year.',
        f"Carl Roe from the Daily writes \u201c{ruling} It",  # (a named subject's quote that runs on)
    ):
        assert strip_start(kept, [])[0] == kept, kept


_COLUMN = "<p>The rest of the column looks at what the numbers mean for the coming year and for the people who pay.</p>"


def test_a_named_writers_quote_keeps_who_said_it():
    """rev68a findings 1 and 2 (made-up text): the submitter's rule took the lead-in off any subject of a few words
    and a quote, at every paragraph's start, so a columnist's, an agency's, a paper's, a patient's words read as
    the site's own. A named subject goes only when its quote, a submission's paragraph, is the whole text; a handle
    or an anonymous reader at the text's start only; "shares" is no submitter's verb."""
    for opening in (
        'Paul Krugman writes "Austerity has failed everywhere it was tried. The evidence is now overwhelming."',
        "Reuters writes \u00abThe central bank will raise rates in March. Markets had expected the move for weeks.\u00bb",
        "Le Monde writes \u00abThe government will fall before the summer. Nobody in the party denies it any more.\u00bb",
        "Jane Doe shares \u201cI was scared when the diagnosis came. Then I learned to live with it, one day at a "
        "time.\u201d",
    ):
        [article] = read_entries([{"title": "Column", "link": "/c", "text": f"<p>{opening}</p>{_COLUMN}"}])
        assert article.excerpt.startswith(opening), article.excerpt
        assert digest_summary(article).startswith(opening), digest_summary(article)
    for whole in (
        "President Obama writes \u201cWe must act now on climate. Our children will not forgive us.\u201d He adds "
        "that time is short.",
        "Die Zeit writes \u201eDie Regierung wird im Sommer fallen. Niemand bestreitet das mehr.\u201c",
        'Mom writes "I got your letter. Dad is well and the dog is getting old."',
    ):
        [article] = read_entries([{"title": "Letters", "link": "/l", "text": f"<p>{whole}</p>"}])
        assert article.excerpt == whole and digest_summary(article) == whole, article.excerpt
        assert strip_start(whole, [])[0] == whole
    historian = (
        "<p>The city council voted on Tuesday to close two libraries in the north of the town.</p><p>Local historian "
        'Ann Lee writes "The libraries were built by the miners themselves in 1911. Closing them erases that '
        'history."</p><p>The council said the savings would go to schools.</p>'
    )
    [article] = read_entries([{"title": "Libraries to close", "link": "/h", "text": historian}])
    assert 'Ann Lee writes "The libraries were built' in digest_summary(article), digest_summary(article)
    handle_later = historian.replace("Local historian Ann Lee", "annlee")  # (a handle, not at the text's start)
    [article] = read_entries([{"title": "Libraries to close", "link": "/h", "text": handle_later}])
    assert 'annlee writes "The libraries' in digest_summary(article), digest_summary(article)


def test_an_article_cards_author_list_is_no_text():
    """Set 68b F2 (wduverger--nature-research.xml, repository wduverger/feeds, in /work/unseen68b/feeds): a card
    without a standfirst had its author list as the whole excerpt and summary ("• Le Xiao • Venkat Giri Magupalli •
    Hao Wu…"), and its type and date would have followed ("Article 28 Nov 2022"). The list (its class names the
    authors, or each item is schema.org's creator) and the type-and-date line go: the headline alone. A card with a
    standfirst keeps it; a list of names that is not marked as the authors (the team a post presents), a list
    under an author class whose items are sentences, a date line with words, stay."""
    authors = "".join(
        f'<li itemprop="creator" itemscope="" itemtype="http://schema.org/Person"><span itemprop="name">{name}</span>'
        "</li>"
        for name in ("Ana Roe", "Venkat Giri Doe", "Raina K. Plow")
    )
    card = (
        '<div class="c-card__body"><h3 class="c-card__title" itemprop="name headline"><a href="/articles/x1">'
        'Structures of a small ring</a></h3><ul data-test="author-list" class="c-author-list c-author-list--compact">'
        f"{authors}</ul></div>"
    )
    meta = (
        '<div class="c-card__section c-meta"><span class="c-meta__item"><span class="c-meta__type">Article</span>'
        '</span><time class="c-meta__item" datetime="2022-11-28" itemprop="datePublished">28 Nov 2022</time></div>'
    )
    [bare, summed] = read_entries(
        [
            {"title": "Structures of a small ring", "link": "/a", "text": card + meta},
            {
                "title": "Structures of a small ring",
                "link": "/b",
                "text": card.replace(
                    "</h3>",
                    '</h3><div class="c-card__summary"><p>A ring of six proteins is shown '
                    "to open when the cell is under stress.</p></div>",
                )
                + meta,
            },
        ]
    )
    assert bare.excerpt == "" and digest_summary(bare) == "", bare.excerpt
    assert summed.excerpt == "A ring of six proteins is shown to open when the cell is under stress."
    standfirst = (
        "Ring assemblies of six proteins are shown to open and close under stress in living cells, thereby enabling "
        "the design of small molecules that keep the ring closed for hours, with special care for the side effects "
        "seen in the earlier trials of the drugs on mice and "
        "rats, as identified by single-molecule imaging of the ring in four kinds of cell and their "
        "numerical models."
    )
    [long] = read_entries(
        [{"title": "Rings", "link": "/c", "text": card.replace("</h3>", f"</h3><p>{standfirst}</p>")}]
    )
    assert long.excerpt.endswith("…") and digest_summary(long) == standfirst  # (the card's title is no sentence)
    team = "<p>Three people joined us this month:</p><ul><li>Ana Roe</li><li>Venkat Giri Doe</li><li>Jo Plow</li></ul>"
    assert "Venkat Giri Doe" in excerpt(team)
    assert "Venkat Giri Doe" in excerpt(team.replace("<ul>", '<ul class="authors">'))  # (introduced: rev68a F3)
    said = (
        '<ul class="post-authors"><li>The authors thank the reviewers for their notes.</li><li>Funding came from '
        "the city.</li></ul>"
    )
    assert "thank the reviewers" in excerpt(said)
    plain_class = '<ul class="authorship-notes"><li>Ana Roe</li><li>Jo Plow</li></ul><p>A short note.</p>'
    assert "Ana Roe" in excerpt(plain_class)  # ("authorship": no class of the authors)
    dated = '<div class="meta">Opening on <time datetime="2022-11-28">28 Nov 2022</time> at the hall</div>'
    assert "Opening on 28 Nov 2022" in excerpt(dated)


def test_a_list_of_names_some_text_introduces_is_the_story():
    """rev68a finding 3 (made-up text): a marked list of names anywhere went as a byline, the names a release
    thanks, the writers a magazine welcomes, a prize's shortlist, an episode's guests. Only a card's list goes (under
    the card's title, or its title and standfirst); a list some text introduces stays."""
    names = "".join(f"<li>{name}</li>" for name in ("Ana Roe", "Venkat Giri Doe", "Jo Plow", "Mei Lin"))
    thanks = f'<p>Thanks to everyone who made this release possible:</p><ul class="contributors">{names}</ul>'
    assert excerpt(thanks) == "Thanks to everyone who made this release possible: \u2022 Ana Roe \u2022 Venkat Giri Doe " \
        "\u2022 Jo Plow \u2022 Mei Lin"  # fmt: skip
    assert "Venkat Giri Doe" in excerpt(thanks + "<p>The next release is due in spring.</p>")
    welcome = (
        '<p>Please welcome the writers joining the magazine this winter:</p><ul class="authors"><li>Ana Roe</li>'
        "<li>Venkat Giri Doe</li><li>Jo Plow</li></ul><p>Their first pieces appear next week.</p>"
    )
    assert "\u2022 Ana Roe \u2022 Venkat Giri Doe \u2022 Jo Plow" in excerpt(welcome), excerpt(welcome)
    shortlist = "".join(f'<li itemprop="author">{name}</li>' for name in ("Chimamanda Roe", "Kazuo Plow", "Olga Lin"))
    jury = f"<p>The prize jury named its shortlist on Monday.</p><ul>{shortlist}</ul>"
    [article] = read_entries([{"title": "Shortlist announced", "link": "/s", "text": jury}])
    assert article.excerpt.endswith("\u2022 Chimamanda Roe \u2022 Kazuo Plow \u2022 Olga Lin"), article.excerpt
    guests = "".join(
        f'<li itemprop="contributor"><span itemprop="name">{name}</span></li>' for name in ("Ana Roe", "Jo Plow")
    )
    assert excerpt(f"<p>In this episode:</p><ul>{guests}</ul>") == "In this episode: \u2022 Ana Roe \u2022 Jo Plow"


def test_a_sentence_after_a_date_element_is_no_label():
    """rev68a finding 4 (made-up text): a Japanese or Chinese sentence is one "word" without spaces, so a date
    element and the sentence after it went as a card's type and date, the whole excerpt or the news itself. The
    type-and-date line goes only in a card whose authors' list goes, and a label is a short word of no kana or han."""
    cancelled = '<p><time datetime="2026-12-12">12月12日</time>のコンサートは中止になりました</p>'
    assert excerpt(cancelled, "お知らせ") == "12月12日のコンサートは中止になりました"
    refund = "<p>チケットの払い戻しについては後日お知らせします。</p>"
    assert excerpt(cancelled + refund, "お知らせ").startswith("12月12日のコンサート")
    release = '<p><time datetime="2026-12-12">2026年12月12日</time>发布了新版本并修复了登录问题</p>'
    assert excerpt(release, "公告") == "2026年12月12日发布了新版本并修复了登录问题"


def test_a_notice_box_under_a_div_title_is_no_lead():
    """Set 68a F4 (rimaulana--riospace-id.xml, repository rimaulana/rimaulana.github.io, in /work/unseen68a/feeds): a
    Hugo notice box whose title is a <div class="shortcode-notice-title"> ("info"), not a heading or a <p>, opened
    the excerpt and the summary. It goes as the box with a <p> title does; a box without prose after it, a warning's
    box, a long box stay."""
    box = (
        '<div class="shortcode-notice info"><div class="shortcode-notice-title info">info</div><p>Sebelum kamu '
        "menyalin konfigurasi dalam tulisan ini, pastikan nama antarmuka pada router virtual kamu sudah benar.</p></div>"
    )
    story = (
        "<p>Pada tulisan kali ini saya mencoba memaparkan cara saya menyusun jaringan di rumah, dari router utama "
        "sampai ke perangkat yang tersambung.</p>"
    )
    assert excerpt(box + story).startswith("Pada tulisan kali ini"), excerpt(box + story)
    assert excerpt(box).startswith("Sebelum kamu")  # (no prose after it: the box is the text)
    warning = box.replace("shortcode-notice info", "shortcode-notice warning").replace("title info", "title warning")
    assert excerpt(warning + story).startswith("Sebelum kamu")
    long_box = box.replace("sudah benar.", "sudah benar. " + "Urutan antarmuka menentukan alamat yang dipakai. " * 6)
    assert excerpt(long_box + story).startswith("Sebelum kamu")  # (a long box is no notice)
    titled = box.replace(">info</div>", ">Permasalahan</div>")  # (a title of its own: the box's news, rev68a F6)
    assert excerpt(titled + story).startswith("Sebelum kamu")
    museum = (
        "<p>The museum has four floors of paintings, a garden and a cafe, and the guided tours run every hour in "
        "English and German.</p>"
    )
    alert = (
        '<div class="alert alert-info"><div class="alert-heading">Closed until March</div><p>The museum is closed '
        "until 3 March for repairs to the roof; tickets bought for those days are refunded.</p></div>"
    )
    assert "The museum is closed until 3 March" in excerpt(alert + museum), excerpt(alert + museum)
    hours = (
        '<div class="note"><span class="subtitle">Winter hours</span><p>From December the museum opens at ten and '
        "closes at four, and the cafe closes an hour earlier.</p></div>"
    )
    assert "From December the museum opens" in excerpt(hours + museum), excerpt(hours + museum)
