"""Set 68 (/work/unseen68b/FINDINGS.md F1, F2; /work/unseen68a/FINDINGS.md F4): an aggregator's submitter lead-in
without a colon (bot/submitted.py), an article card's author list and its type-and-date line (bot/bylines.py), a
notice box whose title is a <div> (bot/leadnotes.py). Made-up text in the feeds' shapes: the feeds the rules were
written for have no licence."""

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
    assert strip_start(anonymous)[0] == (
        "The court has ruled that bloggers cannot hide behind a disclaimer such as 'views are my own' when they are "
        "sued. The article does not say who filed the case."
    )
    long_name = (
        "I Don't Believe in Magic Beans writes \u201cA federal court ruled that the agency can sue rivals.\u201d"
    )
    assert without_submitter(long_name)[0] == "A federal court ruled that the agency can sue rivals."
    runs_on = 'Carl Roe from the Daily writes "The console is meant to link the web and the living room. It'
    assert strip_start(runs_on)[0].startswith("The console is meant")  # (the quote ends in a later paragraph)
    for kept in (
        "mcleland lets us in on a Wall Street Journal story about two cold-war era vessels the Navy gives away.",
        'The company writes in its filing that "the market will recover within a year," and asks for time.',
        'The report writes "Growth will slow down next year, and prices will rise." on its first page.',
        'Jane writes "Hamlet" in the style of a police procedural, and it works well enough for us.',
        'Jane writes "On the road." and then the rest of the chapter follows in a much lower voice.',
        "GauravK wrote: \u201cIn the new version there is a hidden setting.\u201d I made the entry, with no effect.",
        'Jo writes "Hi." Then nothing else for a year.',
    ):
        assert strip_start(kept)[0] == kept, kept


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
    said = (
        '<ul class="post-authors"><li>The authors thank the reviewers for their notes.</li><li>Funding came from '
        "the city.</li></ul>"
    )
    assert "thank the reviewers" in excerpt(said)
    plain_class = '<ul class="authorship-notes"><li>Ana Roe</li><li>Jo Plow</li></ul><p>A short note.</p>'
    assert "Ana Roe" in excerpt(plain_class)  # ("authorship": no class of the authors)
    dated = '<div class="meta">Opening on <time datetime="2022-11-28">28 Nov 2022</time> at the hall</div>'
    assert "Opening on 28 Nov 2022" in excerpt(dated)


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
