"""bot/repeated.py: a paragraph a feed repeats in many of its entries (a sponsor's line, a host's
bio, an ad disclosure) goes from what a reader is shown; end to end through a served feed,
the second poll reading only its new entry (``known``) as the bot does."""

from datetime import UTC, datetime

from bot.blocks import html_blocks
from bot.mastheads import label_end
from bot.normalize import read_feed
from bot.parse import RawEntry
from bot.repeated import key, repeated_paragraphs, without_repeated
from tests.builders import poll_served

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
# The shape of a Wondery show's notes (partytime--1865.xml in the second unseen set), our own words.
PLUG = "Listen early and ad free with Showcast+. Join Showcast+ for early access and ad free listening."
STORIES = [
    "The governor vetoes the harbour bill, and the council answers with a strike.",
    "A storm closes the port for a week; the fishermen ask the state for help.",
    "The mayor's letter is found in the archive, and it names the man behind the fire.",
    "The trial opens in the capital, and the town's past comes back with it.",
    "An old friend returns with a warning about the harbour company's books.",
]


def _entry(n: int, story: str, plug: bool = True) -> RawEntry:
    summary = f"<p>{story}</p>" + (f"<p>{PLUG}</p>" if plug else "")
    return RawEntry(id=f"e{n}", link=f"https://show.example/{n}", title=f"Episode {n}", summary=summary,
                    summary_is_html=True)  # fmt: skip


def test_a_paragraph_in_many_entries_is_the_feeds():
    entries = [_entry(n, s) for n, s in enumerate(STORIES)]
    assert repeated_paragraphs(entries) == {key(PLUG)}
    assert key(PLUG) == "listen early and ad free with showcast join showcast for early access and ad free listening"
    # In fewer than four entries (or a quarter), it is an entry's own.
    assert repeated_paragraphs(entries[:3]) == set()
    few = [_entry(n, s, plug=n < 3) for n, s in enumerate(STORIES * 4)]  # 3 of 20 (distinct texts: 5 + 3)
    assert repeated_paragraphs(few) == set()
    # An entry the feed repeats whole counts once: its text is no footer.
    assert repeated_paragraphs([_entry(n, STORIES[0]) for n in range(6)]) == set()


def test_it_goes_from_the_blocks_but_never_the_whole_text_nor_a_label():
    repeated = repeated_paragraphs([_entry(n, s) for n, s in enumerate(STORIES)])
    blocks = html_blocks(f"<p>{STORIES[0]}</p><p>{PLUG}</p>")
    kept, notes = without_repeated(blocks, repeated)
    assert kept.lines == [STORIES[0]] and kept.text == STORIES[0]
    assert notes == ["removed: 1 paragraph the feed repeats in many of its entries"]
    alone = html_blocks(f"<p>{PLUG}</p>")
    assert without_repeated(alone, repeated) == (alone, [])
    label = "This episode is sponsored by the Harbour Company of the North:"
    labelled = [RawEntry(id=f"e{n}", title=f"E{n}", summary=f"<p>{s}</p><p>{label}</p><ul><li>Harbour Co</li></ul>",
                         summary_is_html=True) for n, s in enumerate(STORIES)]  # fmt: skip
    blocks = html_blocks(f"<p>{STORIES[1]}</p><p>{label}</p><ul><li>Harbour Co</li></ul>")
    assert without_repeated(blocks, repeated_paragraphs(labelled)) == (blocks, [])


def test_the_excerpt_and_the_lead_lose_it_the_id_and_the_hash_keep_it():
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Show</title><link>https://show.example/</link>'
        + "".join(
            f"<item><title>Episode {n}</title><link>https://show.example/{n}</link><guid>e{n}</guid>"
            f"<description><![CDATA[<p>{s}</p><p>{PLUG}</p>]]></description></item>"
            for n, s in enumerate(STORIES)
        )
        + "</channel></rss>"
    )
    articles = read_feed(
        body.encode(), url="https://show.example/feed", source="S", now=NOW, excerpt_length=300
    ).articles
    assert [a.excerpt for a in articles] == STORIES
    assert all("Showcast" not in a.lead for a in articles)
    assert all("removed: 1 paragraph the feed repeats in many of its entries" in a.provenance for a in articles)


def _feed(stories: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Episode {n}</title><link>https://show.example/{n}</link><guid>e{n}</guid>"
        f"<description><![CDATA[<p>{s}</p><p>{PLUG}</p>]]></description></item>"
        for n, s in enumerate(stories)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Show</title>{items}</channel></rss>'.encode()


async def test_a_new_episode_read_alone_loses_it_too(feeds, clock, tmp_path):
    """The second poll reads only the new entry (the others' fingerprints are known), but the
    paragraphs are counted over the whole document: the new episode loses the plug as well."""
    clock.set(NOW)
    urls = {"show": feeds.serve("/show.xml", _feed(STORIES[:4]), content_type="application/rss+xml")}
    _, stored, _ = await poll_served(tmp_path, clock, urls, 100)
    assert sorted(s.article.excerpt for s in stored) == sorted(STORIES[:4])
    feeds.serve("/show.xml", _feed(STORIES), content_type="application/rss+xml")
    report, stored, leads = await poll_served(tmp_path, clock, urls, 100)
    assert report.summary() == "1 feeds polled: 1 ok, 0 not modified, 0 failed; 1 new articles"
    newest = next(s for s in stored if s.article.title == "Episode 4")
    assert newest.article.excerpt == STORIES[4] and "Showcast" not in leads[newest.id][0]


# A crew member's bio after every episode of a blog that posts other things too (craphound's podcasts
# in the seventh unseen set, in our own words): 4 entries of 20, fewer than a quarter.
BIO = ("Jane Roe is a full-time self-employed audio engineer, producer and sound designer. In her free time "
       "she builds odd musical instruments.")  # fmt: skip


def test_a_long_paragraph_in_a_few_entries_is_not_read_by_the_summary():
    """unseen7 #5: the digest summarized "…Williams is a full-time self-employed audio engineer…"."""
    posts = [RawEntry(id=f"p{n}", link=f"https://blog.example/{n}", title=f"Post {n}", summary_is_html=True,
                      summary=f"<p>{STORIES[n % 5]} Part {n}.</p>" + (f"<p>{BIO}</p>" if n < 4 else ""))
             for n in range(20)]  # fmt: skip
    repeated = repeated_paragraphs(posts)
    assert repeated == set() and repeated.recurring == {key(BIO)}
    doc = '<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>' + "".join(
        f"<item><title>{p.title}</title><link>{p.link}</link><guid>{p.id}</guid>"
        f"<description><![CDATA[{p.summary}]]></description></item>" for p in posts
    ) + "</channel></rss>"  # fmt: skip
    articles = read_feed(
        doc.encode(), url="https://blog.example/feed", source="B", now=NOW, excerpt_length=300
    ).articles
    first = next(a for a in articles if a.title == "Post 0")
    assert BIO.split(".")[0] in first.excerpt  # (shown: it may be the post's own, in so few of them)
    assert "audio engineer" not in first.lead and first.lead == f"{STORIES[0]} Part 0."
    # Shorter, or in fewer entries (two: in three it is a promo's, set36 F10): the summary reads it.
    few = [RawEntry(id=f"q{n}", title=f"Q{n}", summary_is_html=True, summary=f"<p>{STORIES[n % 5]}</p><p>{BIO}</p>")
           for n in range(2)]  # fmt: skip
    assert repeated_paragraphs(few + posts[4:]).recurring == frozenset()
    short = [RawEntry(id=f"s{n}", title=f"S{n}", summary_is_html=True, summary=f"<p>{STORIES[n % 5]}</p><p>{BIO[:60]}</p>")
             for n in range(4)]  # fmt: skip
    assert repeated_paragraphs(short + posts[4:]).recurring == frozenset()


# iVoox's call before a show's episodes (podtube--ivoox.xml: dyeray/podtube, test/fixtures/ivoox.xml, MPL-2.0), in
# the first paragraph: 91 of the show's 166 episodes open with it.
CALL = (
    "Agradece a este podcast tantas horas de entretenimiento y disfruta de episodios exclusivos como éste. "
    "¡Apóyale en iVoox!"
)
EPISODES = [
    "En plena era de remakes, precuelas y segundas partes tardías, os invitamos a una cata de secuelas.",
    "Chris Sanders es uno de los creativos más interesantes del cine de animación.",
    "Empezamos el año con una resaca terrorífica que no se debe a la ingesta de alcohol.",
    "Volvemos a repasar cinco personalidades multifacéticas.",
    "La más famosa de las ciudades de Florida es un auténtico epicentro de la cultura pop.",
]


def _episode(n: int, text: str) -> RawEntry:
    return RawEntry(id=f"e{n}", link=f"https://show.example/{n}", title=f"Episode {n}", summary=text)


def test_the_opening_sentences_many_entries_share_go_from_the_first_block():
    repeated = repeated_paragraphs([_episode(n, f"{CALL} {text}") for n, text in enumerate(EPISODES)])
    assert key(CALL) in repeated.openings
    kept, notes = without_repeated(html_blocks(f"<p>{CALL} {EPISODES[1]}</p>"), repeated)
    assert kept.lines == [EPISODES[1]] and kept.text == EPISODES[1]
    assert notes == ["removed: the opening sentences the feed repeats in many of its entries"]
    # A series' name before a short text stays: too little would be left.
    short = html_blocks(f"<p>{CALL} Parte 2.</p>")
    assert without_repeated(short, repeated) == (short, [])
    # In the whole pipeline: the excerpt and the lead the summary reads start at the episode's words.
    items = "".join(
        f"<item><title>E{n}</title><link>https://show.example/{n}</link><description>{CALL} {text}</description></item>"
        for n, text in enumerate(EPISODES)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Show</title>{items}</channel></rss>'
    feed = read_feed(body.encode(), url="https://show.example/feed", source="Show", now=NOW, excerpt_length=300)
    assert [(a.excerpt, a.lead) for a in feed.articles] == [(text, text) for text in EPISODES]


def test_an_opening_that_links_to_each_entrys_own_page_is_the_entrys():
    # Tails' release notes (rss2email--tails-feed.rss: rss2email/rss2email, test/data/tails/feed.rss, GPL-2.0):
    # "This release fixes <a href=…/security/
    # Numerous_security_holes_in_4.13/>many security vulnerabilities</a>. You should upgrade as soon as
    # possible." The same words in every release, but each links to its own advisory: the story's, not the feed's.
    entries = [
        _episode(
            n,
            f'<p>This release fixes <a href="https://tails.example/security/holes_in_4.{n}/">many security '
            f"vulnerabilities</a>. You should upgrade as soon as possible. {text}</p>",
        )  # fmt: skip
        for n, text in enumerate(EPISODES)
    ]
    assert repeated_paragraphs(entries).openings == set()


def _jobs(channel: str, titles: list[str]) -> list[str]:
    items = "".join(
        f"<item><title>{t}</title><link>https://www.upwork.com/jobs/{n}</link><description>We need help with"
        f" job {n}.</description></item>"
        for n, t in enumerate(titles)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{channel}</title>'
    body += f"<link>https://www.upwork.com/</link>{items}</channel></rss>"
    content = read_feed(body.encode(), url="https://www.upwork.com/feed", source="s", now=NOW, excerpt_length=300)
    return [a.title for a in content.articles]


def test_the_sites_name_every_title_ends_with_goes():
    # freelance--upwork.com-2019-10-11-feed.xml (github.com/bpteam/freelance-rss-parser-php
    # tests/fixtures/upwork.com-2019-10-11-feed.xml @2746438d133b, MIT): every title ends " - Upwork"
    titles = ["sort data - Upwork", "Find emails from a domains list - Upwork", "Data Entry - Immediate Start - Upwork",
              "cookieScraper - Upwork", "Python Crawler development - Upwork"]  # fmt: skip
    assert _jobs("All jobs | upwork.com", titles) == [
        "sort data", "Find emails from a domains list", "Data Entry - Immediate Start", "cookieScraper",
        "Python Crawler development",
    ]  # fmt: skip
    # (in fewer titles, or a name that is not the site's, it is the title's own; a name before the title stays)
    assert _jobs("All jobs | upwork.com", titles[:3] + ["Data mining", "Web design"])[0] == "sort data - Upwork"
    assert _jobs("Jobs", [t.replace("Upwork", "Remote") for t in titles])[0] == "sort data - Remote"
    assert _jobs("Upwork", [f"Upwork - {n}" for n in range(5)])[0] == "Upwork - 0"


def test_a_call_to_action_that_differs_only_by_the_entrys_own_address_is_the_feeds():
    # podnews.xml (Tombarr/podcast-feed-parser test/testfiles/, MIT), the shape of its descriptions:
    # the same sentence in all 100, but for the entry's own address.
    def entry(n: int, teaser: str) -> RawEntry:
        link = f"https://podnews.net/update/story-{n}"
        summary = f"In Podnews today: {teaser}\n     \nVisit {link} for all the podcasting news, and to get our daily newsletter."
        return RawEntry(id=link, link=link, title=f"Story {n}", summary=summary, summary_is_html=False)

    entries = [entry(n, s) for n, s in enumerate(STORIES)]
    repeated = repeated_paragraphs(entries)
    blocks = html_blocks(entries[1].summary)
    kept, notes = without_repeated(blocks, repeated)
    # (its label, "In Podnews today: ", which every entry opens with, is the feed's masthead: mastheads.py)
    assert kept.lines == [STORIES[1]]
    assert notes == [
        "removed: 1 paragraph the feed repeats in many of its entries",
        "removed: the opening sentences the feed repeats in many of its entries",
    ]
    # Only a label is left, what it named gone ("Samsung jumps into podcast advertising"): no excerpt.
    bare = html_blocks(
        "In Podnews today: \n     \nVisit https://podnews.net/update/story-9 for all the podcasting news, and to get our daily newsletter."
    )
    assert without_repeated(bare, repeated)[0].lines == []
    # Another address (a release's advisory in each entry) is the entry's own: its paragraph stays.
    advisory = [
        RawEntry(id=f"e{n}", link=f"https://tails.example/news/{n}", title=f"T{n}", summary_is_html=True,
                 summary=f'<p>This release fixes <a href="https://tails.example/security/{n}">many security holes</a>.</p><p>{s}</p>')
        for n, s in enumerate(STORIES)
    ]  # fmt: skip
    assert repeated_paragraphs(advisory) == set()


def test_a_repeated_opening_that_is_a_templates_field_stays():
    # msft-security-bulletins.xml (rssowl/RSSOwl org.rssowl.core.tests/data/performance/81.xml, EPL-1.0):
    # 10 of 25 bulletins open with the same sentence, "Critical"; the others rate "Important" or "Moderate".
    def entry(n: int, rating: str, story: str) -> RawEntry:
        summary = f"Bulletin Severity Rating:{rating} - This update resolves a newly-discovered, privately-reported vulnerability. {story}"
        return RawEntry(id=f"ms{n}", link=f"https://ms.example/{n}", title=f"MS06-0{n}", summary=summary)

    ratings = ["Critical"] * 5 + ["Important"] * 3 + ["Moderate"] * 2
    entries = [entry(n, rating, STORIES[n % 5]) for n, rating in enumerate(ratings)]
    assert repeated_paragraphs(entries).openings == frozenset()
    blocks = html_blocks(entries[0].summary)
    assert without_repeated(blocks, repeated_paragraphs(entries)) == (blocks, [])
    # The same opening with one value throughout is the feed's, as before.
    same = [entry(n, "Critical", STORIES[n % 5]) for n in range(10)]
    assert repeated_paragraphs(same).openings


def test_a_repeated_paragraph_that_ends_with_a_label_leaves_its_label_only():
    # The shape of Risky Business' show notes (podcatcher--risky-business.rss, Jackevansevo/podcatcher, no licence
    # found: our own words): 8 of its 20 episodes open with the same intro, "…They cover:", then the week's list.
    # The intro went in every excerpt ("On this week's show Jane and John discuss…"); the label stays.
    intro = "On this week's show Jane Harbour and John Quay discuss the week's harbour news. They cover:"
    topics = [["Storm closes the port", "Mayor's letter found"], ["Fishermen strike", "Trial opens"],
              ["Old friend returns", "Harbour books audited"], ["Bridge reopens", "Ferry sold"],
              ["Council votes", "Lighthouse relit"]]  # fmt: skip
    entries = [
        RawEntry(id=f"e{n}", link=f"https://show.example/{n}", title=f"Episode {n}", summary_is_html=True,
                 summary=f"<p>{intro}</p><ul>{''.join(f'<li>{t}</li>' for t in ts)}</ul>")
        for n, ts in enumerate(topics)
    ]  # fmt: skip
    repeated = repeated_paragraphs(entries)
    kept, notes = without_repeated(html_blocks(entries[0].summary), repeated)
    assert kept.lines[0] == "They cover:" and kept.lines[1:] == ["• Storm closes the port", "• Mayor's letter found"]
    assert notes == ["removed: the sentences before a label the feed repeats in many of its entries"]
    # A repeated label of one sentence stays as it is ("This episode is sponsored by the Harbour Company:")
    assert _label_kept("This episode is sponsored by the Harbour Company of the North:")


def _label_kept(label: str) -> bool:
    entries = [
        RawEntry(id=f"e{n}", title=f"E{n}", summary=f"<p>{s}</p><p>{label}</p><ul><li>Harbour Co</li></ul>",
                 summary_is_html=True)
        for n, s in enumerate(STORIES)
    ]  # fmt: skip
    blocks = html_blocks(entries[1].summary)
    return without_repeated(blocks, repeated_paragraphs(entries)) == (blocks, [])


def test_a_credit_most_entries_end_with_goes_whatever_its_name():
    # (Medscape's: each summary ends with "<br /> <i>Medscape News UK</i>", "…Canada", "Medscape", a wire's name;
    # nnw-medscape.rss in the corpus)
    credits = ["Medscape News UK", "Medscape News Canada", "Medscape", "Reuters Health Information", "Medscape"]
    entries = [
        RawEntry(id=f"e{n}", title=f"T{n}", summary=f"{story}   <br /> <i>{credit}</i>", summary_is_html=True)
        for n, (story, credit) in enumerate(zip(STORIES, credits, strict=True))
    ]
    repeated = repeated_paragraphs(entries)
    for story, credit in zip(STORIES, credits, strict=True):
        kept, notes = without_repeated(html_blocks(f"{story}   <br /> <i>{credit}</i>"), repeated)
        assert kept.text == story and notes == [f'removed: "{credit}", a credit the feed ends its entries with']
    # (in a feed whose entries do not end so, a last line that names something stays; and a name after a
    # label is what the label names)
    plain = repeated_paragraphs([_entry(n, s, plug=False) for n, s in enumerate(STORIES)])
    blocks = html_blocks(f"<p>{STORIES[0]}</p><p>Reuters Health Information</p>")
    assert without_repeated(blocks, plain) == (blocks, [])
    labelled = [RawEntry(id=f"e{n}", title=f"T{n}", summary=f"<p>{s}</p><p>Sponsored by:</p><p>Harbour Co</p>",
                         summary_is_html=True) for n, s in enumerate(STORIES)]  # fmt: skip
    assert not repeated_paragraphs(labelled).credits
    # (two entries of five end with one: not the feed's template)
    few = entries[:2] + [_entry(n, s, plug=False) for n, s in enumerate(STORIES[2:])]
    assert not repeated_paragraphs(few).credits


def test_a_credit_goes_end_to_end():
    items = "".join(
        f"<item><title>T{n}</title><link>https://m.example/{n}</link><description>{story}   &lt;br /&gt; "
        f"&lt;i&gt;{credit}&lt;/i&gt;</description></item>"
        for n, (story, credit) in enumerate(
            zip(STORIES, ["Medscape News UK", "Medscape", "Medscape", "M A", "M"], strict=True)
        )
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>M</title>{items}</channel></rss>'.encode()
    articles = read_feed(body, url="https://m.example/feed", source="M", now=NOW, excerpt_length=300).articles
    assert [a.excerpt for a in articles] == STORIES


def _demo(titles: list[str], text: str, others: dict[int, str] | None = None) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>https://demo.example/{n}/</link><guid>d{n}</guid>"
        f"<description><![CDATA[{(others or {}).get(n, text)}]]></description></item>"
        for n, title in enumerate(titles)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Demo</title>{items}</channel></rss>'.encode()


def _demo_articles(titles: list[str], text: str, others: dict[int, str] | None = None) -> list:
    """The articles read from _demo's feed."""
    body = _demo(titles, text, others)
    return read_feed(body, url="https://demo.example/f", source="D", now=NOW, excerpt_length=300).articles


def test_the_text_most_entries_have_under_other_titles_is_the_feeds_template_no_excerpt():
    """A Hugo theme's demo feed gives every post the same description (globalvoices--id-index.xml,
    github.com/IIIIIIllllIIlllllII/GlobalVoices, no licence stated: made-up words in the same shape;
    tests/data/unseen/set19's F4): it says nothing of any one post."""
    demo = "<h1>So, This Is the Banner?</h1><p>Yes, like a slide, adjust each <code>_index.md</code> as you like:</p>"
    titles = ["Adding a Cover", "Setting the Terms", "Editing the History", "Writing a Post", "Naming the Menu"]

    def excerpts(body: bytes) -> list[str]:
        return [
            a.excerpt
            for a in read_feed(body, url="https://demo.example/f", source="D", now=NOW, excerpt_length=300).articles
        ]

    assert excerpts(_demo(titles, demo)) == [""] * 5
    # most of them (4 of 5): the one with a text of its own keeps it
    assert excerpts(_demo(titles, demo, {2: f"<p>{STORIES[0]}</p>"})) == ["", "", STORIES[0], "", ""]
    # (3 of 5, fewer than 80 %; an entry the feed repeats whole, or a text in only 2 entries: their own)
    assert "" not in excerpts(_demo(titles, demo, {1: f"<p>{STORIES[1]}</p>", 2: f"<p>{STORIES[0]}</p>"}))
    assert "" not in excerpts(_demo(["Adding a Cover", "Adding a Cover"], demo).replace(b"/1/", b"/0/"))
    assert "" not in excerpts(_demo(titles[:2], demo))


def test_a_credit_of_names_only_that_several_entries_have_is_the_feeds_no_excerpt():
    """A church's sermon podcast gives its episodes a few constant credits, the church and its preacher, in any
    order ("Avalon Church" / "Pastor Don Dodge", avalon-sermon--feed.rss in tests/data/unseen/set21, F1; no licence:
    made-up names): each was the excerpt of every episode that had it. Among the feed's other texts, none as many."""
    picture = '<img src="https://cdn.example/pic.jpg" alt="itunes pic" /><br />'
    texts = {0: "Grovely Chapel\nSunday Morning Service", 1: "Grovely Chapel\nPastor Ann Bell",
             2: "Grovely Chapel\nSunday Morning Service", 3: "Pastor Ann Bell\nGrovely Chapel",
             4: "Grovely Chapel\nPastor Ann Bell", 5: "Grovely Chapel\nSunday Morning Service",
             6: "June 23, 2019\nPastor Ann Bell", 7: f"<p>{STORIES[0]}</p>", 8: "Pastor Ann Bell\nEaster Sunday"}  # fmt: skip
    titles = [f"Threads | Week {n}" for n in range(len(texts))] + [f"Stories | Part {n}" for n in range(8)]
    others = {n: picture + text for n, text in texts.items()} | {9 + n: f"<p>{s}</p>" for n, s in enumerate(STORIES)}
    articles = _demo_articles(titles, "", others)
    # (the names in three entries or more, in either order: the feed's; a date, a sentence, names in one entry stay)
    kept = ["June 23, 2019 Pastor Ann Bell", STORIES[0], "Pastor Ann Bell Easter Sunday"]
    assert [a.excerpt for a in articles[:9]] == [""] * 6 + kept


def test_a_text_that_differs_only_by_its_date_is_the_feeds_template_no_excerpt():
    """A daily news podcast gives every episode one description, but for its date ("<date> のオランダ主要ニュース
    10本を日本語で要約 (約13分)。", ja-hollanddaily--feed.xml in tests/data/unseen/set22, F5; no licence: made-up
    words in the same shape): it says what the show is, not what the episode holds (its title does)."""
    days = ["2026-05-04", "2026-05-03", "2026-05-02", "2026-05-01"]
    titles = [f"{d[6:]}｜港の話題 {n}" for n, d in enumerate(days)]

    def excerpts(texts: list[str]) -> list[str]:
        return [a.excerpt for a in _demo_articles(titles, "", dict(enumerate(texts)))]

    assert excerpts([f"{d} のベルギー主要ニュース 8本を日本語で紹介 (約9分)。" for d in days]) == [""] * 4
    assert excerpts([f"Harbour news of {d[8:]}.{d[5:7]}.{d[:4]}, in five minutes." for d in days]) == [""] * 4
    # Other numbers are the news: a release's counts, a day's weather; and a date in only two of four entries.
    counts = [f"This release, of {d}, holds {n}00 commits from {n}0 authors." for n, d in enumerate(days, 2)]
    assert excerpts(counts) == counts
    weather = [f"{d}: {n}°C, wind {n + 3} km/h." for n, d in enumerate(days, 8)]
    assert excerpts(weather) == weather
    two = [f"{d} のベルギー主要ニュース。" for d in days[:2]] + STORIES[:2]
    assert excerpts(two) == two


def test_a_text_that_is_only_a_paragraph_the_feed_repeats_keeps_its_opening():
    """symantec-connect--feed.rss in tests/data/unseen/set21 (github.com/AlexHedley/symantec-connect-articles,
    MIT; F6): five posts' description is one product's intro of two sentences. It stayed whole (all the text there
    is), but its first sentence went as an opening the entries share, so all five opened "ICD combines…", the
    acronym defined in the sentence that went."""
    intro = (
        "Symantec’s Integrated Cyber Defense (ICD) Platform unifies products, services and partners to drive down "
        "the cost and complexity of cyber security, while protecting enterprises against sophisticated threats. ICD "
        "combines information protection, threat protection, identity management, compliance and other advanced "
        "services, powered by shared intelligence and automation across endpoints, networks, applications, and clouds."
    )
    titles = ["ICDx - Collectors and Forwarders", "ICDx - Apps", "ICDx - Documentation", "ICDx", "ICDx - API"]
    items = "".join(  # (each with its content: the intro in a quote, then the post's own sections)
        f"<item><title>{title}</title><link>https://demo.example/{n}/</link><description><![CDATA[<p>{intro}</p>]]>"
        f"</description><content:encoded><![CDATA[<h2>ICDx</h2><blockquote><p>{intro}</p></blockquote><h2>{title}"
        f"</h2><p>{STORIES[n]}</p>]]></content:encoded></item>"
        for n, title in enumerate(titles)
    ) + "".join(f"<item><title>Post {n}</title><link>https://demo.example/p{n}/</link><description>{story}"
                "</description></item>" for n, story in enumerate(STORIES))  # fmt: skip
    body = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Connect</title>{items}</channel></rss>"
    ).encode()
    articles = read_feed(body, url="https://demo.example/f", source="D", now=NOW, excerpt_length=300).articles
    assert [a.excerpt for a in articles] == [intro.split(" ICD combines")[0]] * 5 + STORIES


def test_a_series_standing_intro_two_entries_open_with_goes_with_its_list_of_the_series():
    """monal-im's blog opens each post of a series with the same paragraph and a list of the series' other posts;
    the intro was every one's excerpt (monal-im--post-index.xml, github.com/monal-im/monal-im.org, MIT;
    tests/data/unseen/set20's F9)."""
    intro = (
        "<p>In this new series, I want to shine some light onto specific parts of Monal&rsquo;s internals. "
        "It&rsquo;s dedicated to programmers or people curious about how Monal works internally.</p>"
    )
    series = {"Handlers framework": "/h/", "XML Query Language": "/x/", "Serializable Promise framework": "/p/"}

    def post(title: str, story: str) -> str:
        others = "".join(
            f"<li><a href='{link}'>Monal Internals - {t}</a></li>" for t, link in series.items() if t != title
        )
        return f"{intro}<p><strong>Other articles in this series:</strong></p><ul>{others}</ul><h1>{title}</h1>{story}"

    stories = {
        "Handlers framework": "<p>Handlers in Monal are something like serializable callbacks, kept across restarts "
        "of the app and of its extension.</p><p>Each handler names a class and a selector to call later.</p>",
        "XML Query Language": "<p>All incoming and outgoing XMPP stanzas are parsed to/from an instance of nested "
        "MLXMLNode elements, which this class creates and queries.</p><p>Queries look like paths.</p>",
        "Serializable Promise framework": "<p>XMPP as a protocol is, as most protocols are, inherently asynchronous, "
        "so the UI waits for promises that must survive the app's suspension.</p><p>PromiseKit's do not.</p>",
    }
    more = "".join(f"<p>Section {n} of the post explains one more part of the %s.</p>" for n in range(4))
    texts = {f"Monal Internals - {t}": post(t, story + more % ((t,) * 4)) for t, story in stories.items()}
    texts |= {
        t: f"<p>{s} It was a long week for the harbour and the town.</p>"
        for t, s in zip("ABC", STORIES[:3], strict=True)
    }
    items = "".join(
        f"<item><title>{title}</title><link>https://monal.example/{n}/</link><guid>m{n}</guid>"
        f"<description><![CDATA[{text}]]></description></item>"
        for n, (title, text) in enumerate(texts.items())
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Monal</title>{items}</channel></rss>'.encode()
    feed = read_feed(body, url="https://monal.example/f", source="M", now=NOW, excerpt_length=140)
    excerpts = [a.excerpt for a in feed.articles]
    assert excerpts[:3] == [
        "Handlers in Monal are something like serializable callbacks, kept across restarts of the app and of its"
        " extension.",
        "All incoming and outgoing XMPP stanzas are parsed to/from an instance of nested MLXMLNode elements, which"
        " this class creates and queries.",
        "XMPP as a protocol is, as most protocols are, inherently asynchronous, so the UI waits for promises that must"
        " survive the app's suspension.",
    ]
    # one story twice (a job ad posted again: no long paragraph of its own after the shared one) keeps its lead
    job = "<p>" + STORIES[0] + " The harbour company hires a director for its new facilities in the north.</p>"
    again = {f"Director {n}": f"{job}<p><strong>Location:</strong> Town {n}</p>" for n in range(2)}
    items = "".join(
        f"<item><title>{title}</title><link>https://jobs.example/{n}/</link><guid>j{n}</guid>"
        f"<description><![CDATA[{text}]]></description></item>"
        for n, (title, text) in enumerate((again | texts).items())
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Jobs</title>{items}</channel></rss>'.encode()
    feed = read_feed(body, url="https://jobs.example/f", source="J", now=NOW, excerpt_length=300)
    assert [a.excerpt for a in feed.articles[:2]] == [html_blocks(job).text] * 2


def _issues(channel: str, descriptions: list[str]) -> list[str]:
    items = "".join(
        f"<item><title>Issue {n}</title><link>https://news.example/issue-{n}</link><description>{text}</description></item>"
        for n, text in enumerate(descriptions)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{channel}</title>{items}</channel></rss>'
    feed = read_feed(body.encode(), url="https://news.example/feed", source="s", now=NOW, excerpt_length=300)
    return [a.excerpt for a in feed.articles]


def test_a_newsletters_masthead_before_each_story_goes():
    # olshansk--the-batch.xml (Olshansk/rss-feeds feeds/feed_the_batch.xml, MIT; tests/data/unseen/set22's F3): a
    # third of its 372 descriptions open "The Batch AI News and Insights: ", a sixth the older "The Batch - AI News
    # &amp; Insights: ", the others the letter alone. A label that holds the feed's name (its channel's title, "The
    # Batch | DeepLearning.AI"), before the story in MIN_ENTRIES entries, is the masthead, however few.
    letters = [*STORIES, *EPISODES]  # (10 entries: 4 with the masthead, fewer than a quarter of 20)
    mast = [f"The Batch AI News and Insights: {text}" for text in STORIES[:4]]
    assert _issues("The Batch | DeepLearning.AI", mast + letters + letters[:6]) == STORIES[:4] + letters + letters[:6]
    old = [f"The Batch - AI News &amp; Insights: {text}" for text in STORIES[:4]]
    assert _issues("The Batch | DeepLearning.AI", old + letters)[:4] == STORIES[:4]
    # Without the feed's name, (nearly) every entry must open with it ("In Podnews today: ", podnews.xml in
    # tests/data/unseen/set13) and the words after it be each entry's own.
    today = [f"In Today's Harbour News: {text}" for text in STORIES]
    assert _issues("Dockside", today) == STORIES
    assert _issues("Dockside", today[:4] + letters)[0] == today[0]  # (4 of 14: an entry's own words)
    # A template's field stays: its values are few ("Severity Rating: Critical", "… Important"), or a number.
    rated = [f"Severity Rating: {r} - {text}" for r, text in zip(["Critical", "Important"] * 3, EPISODES, strict=False)]
    assert _issues("Bulletins", rated)[0] == rated[0]
    timed = [
        _episode(n, f"Durée : 01:28:{n:02} - {text}") for n, text in enumerate(STORIES)
    ]  # (picofeed--radio-france)
    assert repeated_paragraphs(timed, ("Label pop", "")).openings == frozenset()
    # The feed's name in a label that only one entry or three open with: the entry's own.
    assert _issues("The Batch", mast[:3] + letters)[0] == mast[0]
    # A story that opens with a quotation after the masthead (issue 258 kept it: "…Insights: “Democracy is…")
    quoted = "The Batch AI News and Insights: “Harbours are the oldest roads,” said the mayor at the quay."
    assert _issues("The Batch | DeepLearning.AI", [quoted, *mast] + letters)[0] == quoted.split(": ", 1)[1]


def test_a_japanese_note_every_post_has_goes_though_its_inline_tag_is_joined_up():
    # ja-aconcavy--feed.rss (tests/data/unseen/set22, F4; github.com/AconCavy/blog feed.rss, MIT): every post's content repeats its
    # description, then the same note, "記事における<code>Scanner</code>クラスは、自作の入力クラスです。" ("the
    # Scanner class in this article is my own input class"), then the code. The raw note, keyed with a space where
    # its <code> was, never matched the cleaned "記事におけるScannerクラスは…", and 27 characters of Japanese
    # counted as too short a paragraph to be the feed's.
    note = "<p>記事における<code>Scanner</code>クラスは、自作の入力クラスです。</p>"
    items = "".join(
        f"<item><title>ABC{n}</title><link>https://blog.example/abc{n}</link>"
        f"<description><![CDATA[<p>AtCoder Beginner Contest {n}の復習記事です。</p>]]></description>"
        f"<content:encoded><![CDATA[<h2>はじめに</h2><p>AtCoder Beginner Contest {n}の復習記事です。</p>{note}"
        f"<h2>A問題</h2><p>問題{n}の答えを出力します。</p>]]></content:encoded></item>"
        for n in range(341, 346)
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>acon.log</title>{items}</channel></rss>"
    )
    feed = read_feed(body.encode(), url="https://blog.example/feed", source="a", now=NOW, excerpt_length=300)
    assert [a.excerpt for a in feed.articles] == [
        f"AtCoder Beginner Contest {n}の復習記事です。" for n in range(341, 346)
    ]
    assert key("記事における Scanner クラスは、自作の入力クラスです。") == key(
        "記事におけるScannerクラスは、自作の入力クラスです。"
    )
    # (in fewer entries it is the post's own: it stays)
    few = body.replace(note, "", 2)
    feed = read_feed(few.encode(), url="https://blog.example/feed", source="a", now=NOW, excerpt_length=300)
    assert "Scanner" in feed.articles[-1].excerpt


def test_a_note_every_item_has_after_its_own_title_is_the_feeds_template_no_excerpt():
    """A generated digest gives every item its title again and one note (morningwire--feed.xml, github.com/
    0xfanbase/morning-wire docs/feed.xml, MIT; tests/data/unseen/set25's F1): the title is the item's, the note the
    generator's failure notice; and the feed's other note too, "[official]" beside "[single source]"."""
    note = "So what: Review the source directly; automated analysis unavailable. [single source]"
    titles = [
        "SEC clears Franklin Templeton funds to use onchain BENJI system for cash management",
        "Goldman Sachs leaps into bitcoin income ETFs with $2.25 billion NEOS buyout",
        "Attackers keep hitting the wrong house in rural France after crypto millionaire moved: report",
        "Bitcoin dips under $64,000 as in-line CPI buys the Fed time",
        "Standard Chartered-led Anchorpoint launches Hong Kong dollar stablecoin",
        "Russia moves to restrict retail crypto trading to bitcoin, ether and USDT",
        "Bank of England to test stablecoin, digital currency use in wholesale settlement",
        *(f"Stablecoin bill clears reading number {n} in the upper house" for n in range(8)),
    ]

    def excerpts(texts: dict[int, str]) -> list[str]:
        return [a.excerpt for a in _demo_articles(titles, "", texts)]

    official = note.replace("single source", "official")
    notes = {n: f"{title} {official if n >= 12 else note}" for n, title in enumerate(titles)}
    assert excerpts(notes) == [""] * 15
    # (a text of its own after the title stays; and a note after the title in only two items is theirs)
    own = {n: f"{title} {STORIES[n % 5]}" for n, title in enumerate(titles)}
    assert "" not in excerpts(own)
    two = own | {n: f"{titles[n]} {note}" for n in (0, 1)}
    assert "" not in excerpts(two)


def test_lines_every_release_opens_with_go_before_its_own_change():
    """A project's GitHub releases open each release's notes with its blurb, a <br> apart from the release's
    own header and change (i2pfirefox--releases.atom, github.com/eyedeekay/I2P-in-Private-Browsing-Mode-Firefox
    releases.atom, MIT; tests/data/unseen/set25's F1): the blurb was every release's excerpt."""
    blurb = (
        "A simple plugin for configuring a Firefox based web browser to isolate I2P<br>\nBrowsing to a single "
        "contextual identity, thus creating an I2P in Private<br>\nBrowsing mode. It requires the use of a "
        "pre-installed I2P Router.<br>\n"
    )
    changes = ["Minor refactoring, simplifications", "only reset the theme if we're resetting from one we own",
               "Add machine translations for several languages", "Fix wrong color pageAction icon"]  # fmt: skip
    versions = ["2.5.9", "1.47", "0.133", "0.131"]
    texts = {
        n: f"<p>{blurb}i2psetproxy.js ({v}-1) UNRELEASED; urgency=low</p><ul><li>{change}</li></ul>"
        for n, (v, change) in enumerate(zip(versions, changes, strict=True))
    }
    articles = _demo_articles(versions, "", texts)
    # (the changelog's header line goes too, a credit row of its own: creditrows, set25 F4)
    assert [a.excerpt for a in articles] == [f"• {change}" for change in changes]
    # (lines a later paragraph opens with stay: a refrain the author quotes; and a cut inside a sentence never is)
    later = {n: f"<p>{STORIES[n]}</p>{text}" for n, text in texts.items()}
    articles = _demo_articles(versions, "", later)
    assert all("A simple plugin" in a.excerpt or a.excerpt == STORIES[n] for n, a in enumerate(articles))


def test_the_title_glued_to_the_texts_first_sentence_goes():
    """A scraper flattens a news page, its heading first, into the description without a stop (prospect-rss-feeds--
    lemmy.xml, github.com/swelbyboy/prospect-rss-feeds, no licence found: made-up words in the same shape;
    tests/data/unseen/set28's F4): "Breaking Changes in Lemmy 1.0 The major breaking changes…" under that title."""
    titles = ["Breaking Changes in Quorra 2.0", "Quorra Release v3.4.5"]
    texts = {
        0: "Breaking Changes in Quorra 2.0 The main breaking changes for version 2.0 are now in place. It takes work.",
        1: "Quorra Release v3.4.5 This release mends a flaw that let a guest read private notes.",
    }
    articles = _demo_articles(titles, "", texts)
    assert [a.excerpt for a in articles] == [
        "The main breaking changes for version 2.0 are now in place. It takes work.",
        "This release mends a flaw that let a guest read private notes.",
    ]
    # (a headline that the lead sentence goes on, a name after it, stays: it is the sentence's start)
    lead = {0: "Breaking Changes in Quorra Rivo Tamm. The council met on Monday."}
    articles = _demo_articles(["Breaking Changes in Quorra"], "", lead)
    assert articles[0].excerpt == lead[0]
    # (nor a title the sentence names as its subject, a noun after it: the review, "…Language Book is now…")
    book = {0: "The Quorra Programming Language Book is now in its third edition, with a chapter on async."}
    articles = _demo_articles(["The Quorra Programming Language"], "", book)
    assert articles[0].excerpt == book[0]


def test_the_title_glued_to_the_text_in_a_script_without_capitals_goes():
    """skku-swforum--ko-posts-index.xml (tests/data/unseen/set29 F9, no licence: made-up words in its shape): a Hugo
    plain description opens with the post's heading, its title, then the first sentence: "학사일정 구글 캘린더를…"."""
    titles = ["가나다라", "마바사 아자차카"]
    texts = {
        0: "가나다라 구글 캘린더를 통해서 공개되는 마바사 일정은 학기마다 새로 작성됩니다.",
        1: "마바사 아자차카 마바사 아자차카는 학교에서 제공하는 서버입니다.",
    }
    articles = _demo_articles(titles, "", texts)
    assert [a.excerpt for a in articles] == [
        "구글 캘린더를 통해서 공개되는 마바사 일정은 학기마다 새로 작성됩니다.",
        "마바사 아자차카는 학교에서 제공하는 서버입니다.",
    ]
    # (the title's word with its particle glued to it is the sentence's subject; a longer title the sentence goes
    # on as a noun phrase, "글로벌 객체의 초기화와 클린업 방법은…" in chardet's EUC-KR sparcs feed: both stay)
    kept = {
        0: "가나다라는 구글 캘린더를 통해서 공개되는 마바사 일정입니다.",
        1: "마바사 아자차카 방법은 크게 세가지로 나뉜다.",
    }
    articles = _demo_articles(["가나다라", "마바사 아자차카"], "", kept)
    assert [a.excerpt for a in articles] == [kept[0], kept[1]]


def test_a_long_blurb_every_release_opens_with_after_its_title_goes():
    """A scraped release page's text opens with its title, then the project's six-sentence blurb, then the
    release's own change (prospect-rss-feeds--lemmy.xml, github.com/swelbyboy/prospect-rss-feeds, no licence
    found: made-up words in the same shape; tests/data/unseen/set28's F5): the blurb was every release's excerpt."""
    blurb = (
        "What is Quorra? Quorra is a self-run place to share links and talk. It is free and open, and no firm owns "
        "it. So there are no ads, no trackers and no hidden ranking. Posts live in groups, so it is easy to follow "
        "what you like and skip the rest. Votes lift the best posts to the top."
    )
    changes = ["This release mends a flaw that let a guest read private notes.",
               "This version fixes a handful of bugs in the sign-up page.",
               "This release speeds up the front page for large groups.",
               "This version brings back the dark theme for the mobile app."]  # fmt: skip
    titles = [f"Quorra Release v3.4.{n}" for n in range(len(changes))]
    texts = {n: f"{title} {blurb} {change}" for n, (title, change) in enumerate(zip(titles, changes, strict=True))}
    articles = _demo_articles(titles, "", texts)
    assert [a.excerpt for a in articles] == changes
    assert [a.lead for a in articles] == changes


def test_a_blurb_every_episode_has_under_one_link_gives_way_to_each_episodes_own_description():
    """A daily podcast links every episode to its home page and gives each the show's blurb in <itunes:summary>
    (taken as the content) and its own <description>, the day's readings ("Num 11:24-13:33, Mark 14:22-52…", Daily
    Audio Bible, alexangas-podcast--samplefeed7.xml in tests/data/unseen/set30, F2; GPL-3.0: made-up words in the
    same shape): the blurb says nothing of any one day, the description is the episode's text."""
    blurb = (
        "One walk. Every morning. Ten minutes through the hills with hundreds of other walkers on the same path. "
        "Recorded daily in the valley, your guide on the walk of a season. Also visit our sister shows: Daily Run."
    )
    readings = ["Hill 3:1-4:6, Lake 2:1-21", "Hill 5:1-7:9, Lake 3:7-12", "Hill 8:1-9:3, Lake 4:1-8", "Rest Day"]
    items = "".join(
        f"<item><title>Walk {n + 1} March</title><link>https://walks.example/</link><guid>w{n}</guid>"
        f"<description>{text}</description><itunes:summary>{blurb}</itunes:summary></item>"
        for n, text in enumerate(readings)
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
        f"<channel><title>Walks</title><link>https://walks.example/</link>{items}</channel></rss>"
    ).encode()
    articles = read_feed(body, url="https://walks.example/f", source="W", now=NOW, excerpt_length=300).articles
    assert [a.excerpt for a in articles] == readings


def test_a_label_without_a_colon_that_opens_every_entry_goes():
    # markert-rss--hf_papers.xml (MichaelMarkert/rss hf_papers.xml, MIT; tests/data/unseen/set31, F2): each of its
    # 26 plain-text descriptions opens "Abstract " before the paper's own first word, a capital ("Abstract
    # EnvHarness and EnvRigger dynamically reshape static environments…", "Abstract FACET constructs…").
    papers = [
        "EnvHarness and EnvRigger dynamically reshape static environments via programmable plugins.",
        "FACET constructs executable terminal tasks by preserving source intent.",
        "4DAnyone reconstructs 4D humans from monocular video by generating multiview-consistent videos.",
        "SWE-bench Science benchmarks coding agents on scientific software repair.",
        "Retrieved memories can induce reasoning errors and belief distortions in large language models.",
    ]
    assert _issues("Daily Papers", [f"Abstract {text}" for text in papers]) == papers
    # Not the feed's name alone before a capital, in a few of its entries ("Harbour Storm…" in "Harbour News")
    named = [f"Harbour {text}" for text in EPISODES[:4]]
    assert _issues("Harbour", named + STORIES)[:4] == named
    # nor a word (nearly) every entry opens with before a word in lower case at times: a sentence's first word
    opened = [f"Yesterday {text[0].lower()}{text[1:]}" for text in STORIES[:2]] + [f"Yesterday {t}" for t in papers]
    assert _issues("Dockside", opened)[0] == opened[0]
    # nor a section's name in capitals ("NOTIZIA SERVIZIO TRASPORTO…", it-comuni--bressanvido.xml in unseen23)
    assert label_end("NOTIZIA SERVIZIO TRASPORTO SCOLASTICO") == 0 < label_end("Abstract FACET constructs")
    # "Generated by <owner>/<model>" between two sentences: a model's credit, not the text (F2)
    tagged = [
        f"{text}  Generated by thinkingmachines/Inkling-Small We study {n} harbours." for n, text in enumerate(papers)
    ]
    assert _issues("Daily Papers", tagged)[0] == papers[0] + " We study 0 harbours."
