"""bot/headline.py: an aggregator's "Headline - Source" title at its text's start, as the
headline then the source (Google News' table, /work/unseen6 qdfeed--googlenews-atom.xml:
all 10 items), is not shown again; the feed's spaced "..." at an excerpt's end is one "…"."""

from datetime import UTC, datetime
from html import escape

import pytest

from bot.blocks import html_blocks
from bot.headline import with_one_ellipsis, without_title_parts
from bot.normalize import read_feed
from bot.titles import without_byline, without_doubled_kicker

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

# Google News' shape (its table: a photo and its credit, the headline in <b>, the source in <font>,
# the snippet cut with <b>...</b>, then related stories), in our own words.
CELL = (
    '<table><tr><td><font><a href="https://photo.example/a"><img src="https://img.example/1.jpg"><br>'
    '<font>Harbour Daily</font></a></font></td><td><font><br><div class="lh">'
    '<a href="https://paper.example/story"><b>{headline}</b></a><br><font><b><font>{source}</font></b></font><br>'
    '<font>{snippet} <b>...</b></font><br><font><a href="https://other.example/x">Ferry fares rise again</a>'
    "<font><nobr>Harbour Daily</nobr></font></font></div></font></td></tr></table>"
)
ENTRY = (
    '<entry><id>tag:news.example,2010:cluster={n}</id><title type="html">{headline} - {source}</title>'
    '<updated>2010-06-18T02:19:30Z</updated><link href="https://paper.example/story{n}"/>'
    '<content type="html">{content}</content></entry>'
)


def _feed(*entries: tuple[str, str, str]) -> bytes:
    from html import escape

    body = "".join(
        ENTRY.format(n=n, headline=h, source=s, content=escape(CELL.format(headline=h, source=s, snippet=t)))
        for n, (h, s, t) in enumerate(entries)
    )
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>{body}</feed>'.encode()


def test_an_aggregators_headline_and_source_are_not_shown_again():
    feed = _feed(
        ("Ferry strike ends after two days", "Coast Courier",
         "Ferries ran again on Friday after the crews' union accepted a new offer from the operator. The strike had "
         "stranded some 4,000 travellers on both sides of the strait over the holiday weekend, and the operator "
         "said it would refund every ticket sold for the two days it had"),
        ("Council approves harbour plan", "The Island Post",
         "The council voted 9-2 on Thursday to approve the plan for the old harbour, which adds a marina, two "
         "piers and a park where the fish market stood until 1998. Work starts in May and should take three "
         "years, the mayor said. The two members who voted against it asked for a new study of the traffic it"),
    )  # fmt: skip
    articles = read_feed(feed, url="https://news.example/feed", source="N", now=NOW, excerpt_length=300).articles
    assert [a.excerpt for a in articles] == [
        "Ferries ran again on Friday after the crews' union accepted a new offer from the operator. The strike had "
        "stranded some 4,000 travellers on both sides of the strait over the holiday weekend, and the operator said "
        "it would refund every ticket sold for the two days it had …",
        "The council voted 9-2 on Thursday to approve the plan for the old harbour, which adds a marina, two piers "
        "and a park where the fish market stood until 1998. Work starts in May and should take three years, the "
        "mayor said.",  # (then "The two members… it ...": the excerpt's limit, 300, reached)
    ]
    assert "removed: the title again, its headline and its source (an aggregator's)" in articles[0].provenance


@pytest.mark.parametrize(
    ("title", "markup"),
    [
        # the headline alone starts the story: it stays
        ("Rust 1.80 - What's new", "<p>Rust 1.80 brings lazy cells to the standard library.</p>"),
        # the source alone: it stays
        ("Budget passes - Coast Courier", "<p>Coast Courier readers sent 400 letters about the budget.</p>"),
        # no separator in the title: another rule's (bot/excerpt.py)
        ("Budget passes", "<p>Budget passes Coast Courier The vote was close.</p>"),
        # the two parts, but nothing after them: the text is the title (bot/excerpt.py's rules)
        ("Budget passes - Coast Courier", "<p>Budget passes</p><p>Coast Courier</p>"),
        # a blog's own "Topic - Subtitle" title whose words open a sentence of the text: no aggregator's
        ("Rust 2024 - What we shipped", "<p>Rust 2024: what we shipped this year is a new edition.</p>"),
        ("Kubernetes - Security", "<p>Kubernetes security has improved a lot since the last release.</p>"),
    ],
)
def test_a_text_that_does_not_repeat_both_parts_is_left_alone(title, markup):
    blocks = html_blocks(markup)
    assert without_title_parts(blocks, title) == (blocks, [])


def test_a_question_mark_may_stand_between_the_headline_and_the_source():
    blocks = html_blocks("<p>Will controversy cool Arizona tourism?<br>CNN<br>Tourism is a big industry here.</p>")
    kept, notes = without_title_parts(blocks, "Will controversy cool Arizona tourism? - CNN")
    assert kept.lines == ["Tourism is a big industry here."] and notes


def test_the_parts_are_found_in_the_first_blocks_only():
    blocks = html_blocks("<p>One.</p><p>Two.</p><p>Budget passes Coast Courier The vote was close.</p>")
    assert without_title_parts(blocks, "Budget passes - Coast Courier") == (blocks, [])
    credit_first = html_blocks("<p>Photo Desk</p><p>Budget passes Coast Courier The vote was close.</p>")
    assert without_title_parts(credit_first, "Budget passes - Coast Courier")[0].lines == [
        "Photo Desk", "The vote was close."
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("excerpt", "shown"),
    [
        ("had turned down a request to exercise his ...", "had turned down a request to exercise his …"),
        ("the Supreme Court ruled on Thursday. ...", "the Supreme Court ruled on Thursday."),
        ("destroyed her home in Almora, ...", "destroyed her home in Almora …"),
        ("Code text in <pre>...", "Code text in <pre>..."),  # (no space before: not the feed's mark)
        ("The vote was close.", "The vote was close."),
    ],
)
def test_an_excerpt_ending_in_spaced_dots_ends_with_one_ellipsis(excerpt, shown):
    assert with_one_ellipsis(excerpt) == shown


# Foreign Policy's RSS (speedparser--0328-foreignpolicy.xml: jmoiron/speedparser, feeds/0328.dat
# @ a762144d, MIT; unseen11 #3): the author's name at the title's end, no <dc:creator>.
@pytest.mark.parametrize(
    ("title", "expected", "author"),
    [
        ("The Myth of the Middle Class - By Charles Kenny", "The Myth of the Middle Class", "Charles Kenny"),
        ("Egypt's Identity Crisis - By Steven A. Cook", "Egypt's Identity Crisis", "Steven A. Cook"),
        ("Bank Shot - By Mohamed A. El-Erian", "Bank Shot", "Mohamed A. El-Erian"),
        (
            "How Not to Play Peacemaker - By Amos Yadlin and Robert Satloff",
            "How Not to Play Peacemaker",
            "Amos Yadlin and Robert Satloff",
        ),
        # not a byline: no separator, a one-word name, words in lower case, a one-word headline left
        ("Stand By Me Again", "Stand By Me Again", ""),
        ("Death Row - By Design", "Death Row - By Design", ""),
        ("War Games - By the numbers", "War Games - By the numbers", ""),
        ("Review - By Grand Central Station", "Review - By Grand Central Station", ""),
        # Title Case phrases after "By" (a review of the change): no names; and only "By" (no feed showed
        # "di"/"par"/"por" bylines: "Crisis in Rome - Di Maio Quits" is a headline)
        ("Apple Event - By The Numbers", "Apple Event - By The Numbers", ""),
        ("Stand By Me - By Popular Demand", "Stand By Me - By Popular Demand", ""),
        ("Markets Rally | By Far The Best Week", "Markets Rally | By Far The Best Week", ""),
        ("Crisis in Rome - Di Maio Quits", "Crisis in Rome - Di Maio Quits", ""),
    ],
)
def test_a_byline_at_the_titles_end_goes_to_the_author(title, expected, author):
    assert without_byline(title) == (expected, author)


def test_a_feeds_title_byline_becomes_its_author():
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>FP</title><link>http://www.foreignpolicy.com</link>'
        b"<item><title>The Myth of the Middle Class - By Charles Kenny</title>"
        b"<link>http://www.foreignpolicy.com/articles/2011/09/26/the_myth_of_the_middle_class</link>"
        b"<description>The global middle class is growing. But it is not what you think.</description></item>"
        b"</channel></rss>"
    )
    (article,) = read_feed(
        feed, url="http://www.foreignpolicy.com/rss", source="FP", now=NOW, excerpt_length=300
    ).articles
    assert (article.title, article.author) == ("The Myth of the Middle Class", "Charles Kenny")


def test_paragraphs_joined_where_an_embed_was_have_one_ellipsis():
    # politx.de (speedparser--0241-politx-de.xml: jmoiron/speedparser, feeds/0241.dat @ a762144d, MIT;
    # unseen11 #10): the lead-ins of videos the description's text runs together.
    excerpt = (
        "Jimmy McMIllan sagt, wofür er steht… … und warum er recht hat. "
        "Immerhin hat er dafür einen Nachahmer gefunden… …und ein paar Songs abgestaubt."
    )
    assert with_one_ellipsis(excerpt) == (
        "Jimmy McMIllan sagt, wofür er steht… und warum er recht hat. "
        "Immerhin hat er dafür einen Nachahmer gefunden… und ein paar Songs abgestaubt."
    )
    assert with_one_ellipsis("Text [...] … more") == "Text [...] … more"


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        # (heise's, set17: the kicker, then a headline that opens with it again)
        (
            "Hannover Messe: Hannover Messe verliert Besucher: Künftige Auflage verkürzt sich",
            "Hannover Messe verliert Besucher: Künftige Auflage verkürzt sich",
        ),
        ("Python: Python 3.14 is out", "Python 3.14 is out"),
        # (a kicker and a headline that do not repeat it, or repeat it as a longer word, or only it: unchanged)
        ("Hannover Messe: Besucherzahlen sinken", "Hannover Messe: Besucherzahlen sinken"),
        ("Rust: Rustaceans meet in Berlin", "Rust: Rustaceans meet in Berlin"),
        ("Update: Update", "Update: Update"),
    ],
)
def test_a_kicker_the_headline_repeats_is_shown_once(title, shown):
    assert without_doubled_kicker(title) == shown
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>H</title><link>https://h.example/</link>'
        f"<item><title>{title}</title><link>https://h.example/a/1</link>"
        "<description>Some text about it, long enough to be an excerpt here.</description></item></channel></rss>"
    ).encode()
    (article,) = read_feed(feed, url="https://h.example/feed", source="H", now=NOW, excerpt_length=300).articles
    assert article.title == shown


def _curated(entries: list[tuple[str, str]]) -> list:
    items = "".join(
        f"<item><title>{title}</title><link>https://curator.example/{n}</link><description><![CDATA[{text}]]>"
        "</description></item>"
        for n, (title, text) in enumerate(entries)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Curator</title>{items}</channel></rss>'
    return read_feed(
        body.encode(), url="https://curator.example/feed", source="C", now=NOW, excerpt_length=300
    ).articles


def test_a_curators_title_again_its_count_and_its_sources_are_no_excerpt():
    """activist-curator--feed.xml (tests/data/unseen/set22, F2; no licence: made-up words in the same shape): each
    entry is "<b>📌 Headline</b>", "관련 기사 1건" ("1 related article") and a numbered list of "SOURCE | headline"
    links, on lines of their own in the markup that the text joins: "📌 Headline 관련 기사 1건 1. SOURCE | Headline"
    was the excerpt, or "… 1." where the link (the entry's own) went."""
    one = (
        "<b>📌 항구 조합, 배당 확대 예고돼</b>\n\n관련 기사 1건\n\n"
        '1. <a href="https://paper.example/1">항구일보 | 항구 조합, 배당 확대 예고돼</a>'
    )
    bare = "<b>📌 등대 회사, 자사주 소각</b>\n\n관련 기사 1건\n\n1. "  # (the entry's own link's label went)
    tail = (  # (the title's " - Source" tail in the echo, not in the list's headline)
        "<b>📌 Harbour Fund to Cancel 2 Million Shares - harbour.example</b>\n\n관련 기사 1건\n\n"
        '1. <a href="https://harbour.example/9">HARBOUR | Harbour Fund to Cancel 2 Million Shares</a>'
    )
    bundle = (
        "<b>📌 주주행동 트렌드</b>\n\n관련 기사 3건\n\n"
        '1. <a href="https://a.example/1">PAPER | Dock board adds three members</a>\n'
        '2. <a href="https://b.example/2">KR | 선박 실적 발표 임박</a>\n3. '
    )
    articles = _curated([
        ("[추가 1건] 항구 조합, 배당 확대 예고돼", one), ("등대 회사, 자사주 소각", bare),
        ("Harbour Fund to Cancel 2 Million Shares - harbour.example", tail), ("[묶음 3건] 주주행동 트렌드", bundle),
    ])  # fmt: skip
    assert [a.excerpt for a in articles] == [
        "", "", "", "1. PAPER | Dock board adds three members 2. KR | 선박 실적 발표 임박"
    ]  # fmt: skip
    # Near misses: no pictograph before the title; a count the list's numbers do not reach; the title not first.
    kept = _curated([
        ("Ferry strike ends", "<p>Ferry strike ends 관련 기사 1건 1. PAPER | Ferry strike ends</p>"),
        ("Dock news", "<p>📌 Dock news Top stories 3 1. PAPER | Dock news</p>"),
        ("Ferry news", "<p>📌 Today: Ferry news comes back. The crews went home.</p>"),
    ])  # fmt: skip
    assert kept[0].excerpt.startswith("Ferry strike ends 관련 기사")
    assert kept[1].excerpt == "Top stories 3 1. PAPER | Dock news"
    assert kept[2].excerpt.startswith("📌 Today: Ferry news")


def test_an_events_text_that_opens_with_the_title_and_a_dash_keeps_what_follows():
    # set22 F6: an events feed (operahouse--feed.rss, no licence found: the shape with made-up words) whose texts are
    # "<title> - <kind> at <venue> (<dates>)": the title again, the venue and the dates. With one date the whole
    # text was taken for the title with a credit and emptied; with a range it was shown whole, the title first.
    for title, text in [
        ("Paper Lanterns", "Paper Lanterns - Workshops at Harbour Studio (9 Jun 2025)"),
        ("ZEB", "ZEB - Theatre at Studio Two (8 \u2013 11 Jun 2025)"),
    ]:
        kept, notes = without_title_parts(html_blocks(f"<p>{text}</p>"), title)
        assert kept.lines == [text.split(" - ", 1)[1]] and notes
    # a dateline's place after the dash is no text of its own (africtivistes--fr-index.xml, set21: "Africa-Press –
    # Senegal. La Ligue…"), nor are words that go on with the title's as one sentence
    for title, text in [
        ("Coast press", "Coast-Press \u2013 Avalon. The league of bloggers said it would give a prize."),
        ("Rust 2024", "Rust 2024 - what we shipped this year is a new edition."),
    ]:
        blocks = html_blocks(f"<p>{text}</p>")
        assert without_title_parts(blocks, title) == (blocks, [])


def _municipal(title: str, text: str) -> str:
    """A scraped municipality page as it-comuni--bressanvido.xml has it (set23 F2; no licence found: the shape with
    made-up words): a picture, then the page's label, the title and the body on lines of their own, no blocks."""
    markup = f'<img src="https://comune.example/img/1" alt="immagine"/><br/>{text}'
    item = f"<item><title>{title}</title><link>https://comune.example/news/1</link><description>{escape(markup)}"
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Comune</title>{item}</description></item>'
    feed = read_feed(
        (body + "</channel></rss>").encode(), url="https://comune.example/feed", source="C", now=NOW, excerpt_length=300
    )
    return feed.articles[0].excerpt


def test_a_pages_label_and_the_title_again_before_the_text_go():
    # set23 F2: "NOTIZIA <title> Il Ministero…" was every excerpt's start, "Prima pubb.: 18/08/2026" (first
    # published) the end of a few
    assert (
        _municipal(
            "Avviso - Allerta pentola con vernice da sostituire",
            "NOTIZIA\nAvviso - Allerta pentola con vernice da sostituire\n\nIl Ministero ha segnalato una pentola"
            " con vernice difettosa.\n\n Prima pubb.: 21/08/2026",
        )
        == "Il Ministero ha segnalato una pentola con vernice difettosa."
    )
    assert (
        _municipal(
            "CHIUSURA SPORTELLO ANAGRAFE LUNEDì 20/08",
            "NOTIZIA\nCHIUSURA SPORTELLO ANAGRAFE LUNEDì 20/08\n\nSI INFORMA CHE\nLO SPORTELLO RIMARRÀ CHIUSO\n\n"
            " Prima pubb.: 18/08/2026",
        )
        == "SI INFORMA CHE LO SPORTELLO RIMARRÀ CHIUSO"
    )


def test_words_in_capitals_that_go_on_with_the_title_are_kept():
    # near misses: a word in capitals that the title goes on from as a sentence; a title of two words; a date after
    # a first-published label that the text goes on from
    for title, text in [
        ("Ponte chiuso per lavori in via Roma", "NOTIZIA\nPonte chiuso per lavori in via Roma fino a lunedì."),
        ("Ponte chiuso", "AVVISO\nPonte chiuso Il sindaco ha firmato l'ordinanza."),
    ]:
        assert _municipal(title, text).startswith(text.split("\n")[0])
    text = "Il ponte è riaperto da oggi. First published: 03/08/2026 is the date on the order."
    assert _municipal("Ponte riaperto", text) == text
