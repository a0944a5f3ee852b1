"""Set 65 (/work/unseen65a/FINDINGS.md F5, F6; /work/unseen65b/FINDINGS.md F1, F7): structure at a text's start and
headings. A page's tab bar read as the text (bot/pagestart.py), a site generator's front matter rendered as a
paragraph (bot/pagestart.py, bot/normalize.py), a how-to of headings over code shown as its first heading alone
(bot/codeblocks.py), headings that are whole sentences shown as a one-item list (bot/proseheads.py). Made-up text in
the feeds' shapes: the feeds the rules were written for have no licence (or one for their content only)."""

import json
from datetime import UTC, datetime

from bot.normalize import read_feed
from bot.pagestart import bare, front_matter
from tests.builders import excerpt, read_entries

_EVENT = "https://club.example/events/2019/meetup"


def _tabs(current: int, hrefs: tuple[str, ...] = ("", "/program", "/venue", "/attendees")) -> str:
    names = ("About", "Program", "Venue", "Attendees")
    items = "".join(
        f"<li class=is-active><a>{name}</a></li>" if n == current else f'<li><a href="{_EVENT}{href}">{name}</a></li>'
        for n, (name, href) in enumerate(zip(names, hrefs, strict=True))
    )
    return f'<div class="tabs is-centered">\n<ul>\n{items}\n</ul>\n</div>\n'


_PROSE = (
    "<p>The club hosted a meeting of the regional microwave group on Saturday March 16 at our campus. The day was a "
    "mix of talks, measurements and socializing.</p>"
)


def test_a_pages_tab_bar_is_not_its_text():
    """Set 65b, finding 1 (cardiffars--events.xml, repository CardiffARS/cardiffars.github.io, events/rss.xml): a
    Hugo theme's tab bar over each of an event's pages (About, Program, Venue, Attendees; the current one
    class=is-active, a link without an address) was the whole excerpt, "• About • Program • Venue • Attendees…". The
    page's own text is its excerpt."""
    for current in range(4):
        assert excerpt(_tabs(current) + _PROSE).startswith("The club hosted a meeting"), excerpt(
            _tabs(current) + _PROSE
        )
    aria = _tabs(1).replace(
        "<li class=is-active><a>Program</a>", f'<li><a aria-current="page" href="{_EVENT}/p">Program</a>'
    )
    assert excerpt(aria + _PROSE).startswith("The club hosted"), excerpt(aria + _PROSE)


def test_lists_of_links_that_are_no_tab_bar_stay():
    """Set 65b, finding 1, counter-examples: a roundup of links to other sites, a site's menu of unrelated sections
    (no path in common), a list of links without a current page, a list of plain words, a tab bar that is all the
    text: each is left as it was."""
    roundup = (
        "<ul><li class=is-active><a>Today</a></li><li><a href='https://news.example/a'>Rates rise</a></li>"
        "<li><a href='https://other.example/b'>Rain again</a></li><li><a href='https://third.example/c'>New bridge</a>"
        "</li></ul>"
    )
    assert bare(roundup + _PROSE) == roundup + _PROSE
    menu = (
        "<ul><li class=is-active><a>Home</a></li><li><a href='https://club.example/blog'>Blog</a></li>"
        "<li><a href='https://club.example/about'>About</a></li></ul>"
    )
    assert bare(menu + _PROSE) == menu + _PROSE
    no_current = _tabs(0).replace("<li class=is-active><a>About</a></li>", f"<li><a href='{_EVENT}'>About</a></li>")
    assert bare(no_current + _PROSE) == no_current + _PROSE
    words = "<ul><li class=is-active>Flour</li><li>Eggs</li><li>Milk</li></ul>"
    assert bare(words + _PROSE) == words + _PROSE
    assert bare(_tabs(0)) == _tabs(0)
    assert "About" in excerpt(_tabs(0))


def test_words_in_a_links_address_or_title_mark_no_current_tab():
    """Set 65b, finding 1, counter-examples from the review of f7ca29b (rev65a finding 1): a link roundup whose
    addresses or titles hold "active", "current" or "selected" (a wiki's "Active-pixel_sensor", a news site's
    "current-affairs-…", title="Editor selected"): no item is marked the current page; the list is the text's."""
    wiki = (
        "<ul><li><a href='https://en.wikipedia.org/wiki/Charge-coupled_device'>CCD</a></li><li><a href='https://en."
        "wikipedia.org/wiki/Active-pixel_sensor'>Active-pixel sensor</a></li><li><a href='https://en.wikipedia.org/"
        "wiki/Foveon_X3_sensor'>Foveon X3</a></li></ul><p>Three sensor types dominate today's cameras, and each makes "
        "a different trade between noise, speed and cost.</p>"
    )
    assert excerpt(wiki).startswith("• CCD • Active-pixel sensor • Foveon X3"), excerpt(wiki)
    news = (
        "<ul><li><a href='https://www.bbc.co.uk/news/uk-68123456'>Rail strike ends</a></li><li><a href='https://www."
        "bbc.co.uk/news/current-affairs-68123457'>Budget row</a></li><li><a href='https://www.bbc.co.uk/news/world-"
        "68123458'>Flood warning</a></li></ul><p>Good morning. Here are the stories you need to know about today.</p>"
    )
    videos = (
        "<ul><li><a href='https://www.youtube.com/watch?v=aaa' title='Editor selected'>Opening talk</a></li><li><a "
        "href='https://www.youtube.com/watch?v=bbb'>Panel</a></li><li><a href='https://www.youtube.com/watch?v=ccc'>"
        "Closing keynote</a></li></ul><p>All the videos from this year's conference are now online.</p>"
    )
    for roundup in (wiki, news, videos):
        assert bare(roundup) == roundup, roundup
    not_current = (
        _tabs(1)
        .replace("<li class=is-active>", "<li>")
        .replace(f'<li><a href="{_EVENT}/venue">', f'<li><a aria-current="false" href="{_EVENT}/venue">')
    )  # (no item marked: an unlinked one, one aria-current="false")
    assert bare(not_current + _PROSE) == not_current + _PROSE


def test_a_series_list_with_an_unlinked_part_stays():
    """Set 65b, finding 1, counter-example from the review of f7ca29b (rev65a finding 3): a series' list of its parts,
    the one the post is written without a link but marked nowhere as the current page: the author's list, kept."""
    series = (
        "<ol><li><a>Part 1: Setup</a></li><li><a href='https://blog.example/2024/rust-part-2'>Part 2: Parsing</a></li>"
        "<li><a href='https://blog.example/2024/rust-part-3'>Part 3: Errors</a></li></ol><p>In this first part of the "
        "series we set up the toolchain and write a tiny program that reads a file.</p>"
    )
    assert bare(series) == series
    assert excerpt(series).startswith("• Part 1: Setup • Part 2: Parsing • Part 3: Errors"), excerpt(series)
    marked = series.replace("<li><a>Part 1", "<li class='current'><a>Part 1")
    assert bare(marked).startswith("<p>In this first part"), bare(marked)  # (marked: the page's own tab bar)


_MATTER = (
    "<hr />\n<p>layout: post\ntags: [“UIKit”]\ntitle: “iOS 14: Notable UIKit Additions”\nwrittenBy: Jordan Morgan\n"
    "description: “If you thought UIKit was getting pushed to the side, you were wrong.”\nimage: /assets/logo.png\n—</p>\n"
)
_POST = (
    "<p>During what was likely a WWDC to be remembered for years, we got our look at what is next. iOS 14 is upon us, "
    "so let us dive back into our favorite user interface framework.</p>"
)


def test_front_matter_rendered_into_the_body_goes():
    """Set 65b, finding 7 (dreaminginbinary--swiftjectivec.json, repository DreamingInBinary/Swiftjective-C,
    _site/feed.json): a Jekyll post's front matter rendered as its first paragraph ("layout: post tags: […] title: …
    writtenBy: …") was the whole excerpt, from the JSON Feed's summary (that paragraph, its lines run together) and
    from the content. The post's first paragraph is the excerpt."""
    assert excerpt(_MATTER + _POST).startswith("During what was likely a WWDC"), excerpt(_MATTER + _POST)
    summary = " ".join(_MATTER.replace("<hr />", "").replace("<p>", "").replace("</p>", "").split())
    assert front_matter(summary)
    doc = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Blog",
        "items": [{"id": "1", "url": "https://blog.example/ios-14", "title": "iOS 14", "summary": summary,
                   "content_html": _MATTER + _POST}],
    }  # fmt: skip
    feed = read_feed(json.dumps(doc).encode(), url="https://blog.example/feed.json", source="b",
                     now=datetime(2026, 12, 1, tzinfo=UTC), excerpt_length=300)  # fmt: skip
    assert feed.articles[0].excerpt.startswith("During what was likely a WWDC"), feed.articles[0].excerpt


def test_labelled_lines_that_are_no_front_matter_stay():
    """Set 65b, finding 7, counter-examples: an event's "Date: … Location: …" lines (no generator's key), two key
    lines only, front matter that is all the text: left as they were."""
    event = "<p>Date: Saturday 4 May\nTime: 10:00 to 16:00\nLocation: The village hall\n</p>" + _POST
    assert bare(event) == event
    two = "<hr />\n<p>title: Notes\ntags: misc\n</p>" + _POST
    assert bare(two) == two
    assert bare(_MATTER) == _MATTER
    assert not front_matter("Date: Saturday 4 May Time: 10:00 Location: The village hall")
    assert not front_matter("Title: the first words of a story that says it: plainly and, at length: twice.")


def test_a_persons_card_of_capitalised_keys_is_no_front_matter():
    """Set 65b, finding 7, counter-examples from the review of f7ca29b (rev65a finding 2): a reviewer's card at a
    post's start ("Title: The Overstory / Author: … / Publisher: …"), a reading group's paper card, a German book card
    with "Tags:" — a person's lines, capitalised; a generator's keys are lower case. They stay the text."""
    book = (
        "<p>Title: The Overstory\nAuthor: Richard Powers\nPublisher: W. W. Norton\nPages: 502\n</p><p>Powers writes "
        "about trees the way other novelists write about families, and for five hundred pages it works.</p>"
    )
    assert excerpt(book).startswith("Title: The Overstory Author: Richard Powers"), excerpt(book)
    paper = (
        "<p>Title: Attention Is All You Need\nAuthors: Vaswani et al.\nVenue: NeurIPS 2017\n</p><p>This week's "
        "reading group paper introduced the transformer.</p>"
    )
    german = (
        "<p>Titel: Der Schwarm\nAutor: Frank Schätzing\nTags: Thriller, Meer\n</p><p>Ein Buch über das Meer, das "
        "mich seit Jahren nicht loslässt.</p>"
    )
    for card in (book, paper, german):
        assert bare(card) == card, card
    assert not front_matter("Title: Episode 12 Guest: Jane Doe Tags: rust, wasm. Jane explains how her team moved.")
    assert front_matter("title: Episode 12 guest: Jane Doe tags: rust, wasm")  # (a generator's: lower case)


def test_headings_over_code_are_an_outline():
    """Set 65a, finding 5 (njts--ntmv-tr.xml, repository njts/blogoes, public/tr/index.xml): a how-to of numbered
    headings each over a code block ("<h4>1.Yeni istifadəçi yaratmaq</h4><pre><code>useradd …"), no prose but labels
    over code ("RSA", "Orijinal faylı saxlamaq:"), was shown as its first heading alone. Its excerpt is the steps."""
    steps = (
        "<h4>1.Yeni istifadəçi yaratmaq</h4><pre><code>useradd &lt;user&gt;\n</code></pre>"
        "<h4>2.İstifadəçiyə sudo icazəsi vermək</h4><pre><code>usermod -aG sudo &lt;user&gt;\n</code></pre>"
        "<h4>3.SSH key yaradılması</h4><p>RSA</p><pre><code>ssh-keygen\n</code></pre>"
        "<p>Orijinal faylı saxlamaq:</p><pre><code>sudo cp /etc/ssh/sshd_config /etc/ssh/sshd_config.orig\n</code></pre>"
    )
    assert excerpt(steps) == (
        "• 1. Yeni istifadəçi yaratmaq • 2. İstifadəçiyə sudo icazəsi vermək • 3. SSH key yaradılması"
    ), excerpt(steps)


def test_headings_over_code_with_prose_are_read_as_before():
    """Set 65a, finding 5, counter-examples: a how-to with a sentence of prose under a heading, a list of notes in
    a script without spaces between headings and code (yihong0618--gitblog-feed.xml in tests/data/unseen/set39),
    headings without numbers over code: not an outline."""
    steps = (
        "<h4>1. Create a user</h4><p>Log in as root first, then make an account for yourself.</p>"
        "<pre><code>useradd me\n</code></pre><h4>2. Give it sudo</h4><pre><code>usermod -aG sudo me\n</code></pre>"
        "<h4>3. Log in</h4><pre><code>ssh me@host\n</code></pre>"
    )  # (three numbered headings: the prose decides, review of f7ca29b)
    assert excerpt(steps).startswith("Log in as root first"), excerpt(steps)
    notes = (
        "<h3>2019.7.28</h3><ol><li>Python requests post传data要传json而不是dict</li><li>Go项目在github克隆下来的话可以"
        "直接clone在gopath里</li></ol><h3>2019.7.29</h3><pre><code>root = Path('..')\n</code></pre>"
    )
    assert excerpt(notes).startswith("• Python requests"), excerpt(notes)
    numbered = (
        "<h3>1. Python</h3><ol><li>requests post传data要传json而不是dict</li><li>Go项目在github克隆下来的话可以直接"
        "clone在gopath里</li></ol><h3>2. Go</h3><pre><code>go build\n</code></pre><h3>3. Path</h3><pre><code>root = "
        "Path('..')\n</code></pre>"
    )  # (numbered headings: the list's items decide)
    assert excerpt(numbered).startswith("• requests post传data"), excerpt(numbered)
    unnumbered = "".join(f"<h2>{word}</h2><pre><code>{word} = 1\n</code></pre>" for word in ("Setup", "Build", "Run"))
    assert excerpt(unnumbered) == ""  # (headings without numbers over code: no excerpt, as set49 F1 decided)
    phrases = (
        "<h2>1. Build</h2><p>Slow</p><pre><code>make\n</code></pre><h2>2. Test</h2><pre><code>make test\n</code></pre>"
        "<h2>3. Ship</h2><pre><code>make deploy\n</code></pre>"
    )
    assert excerpt(phrases) == "• 1. Build • 2. Test • 3. Ship", excerpt(phrases)  # (a phrase is no prose)


def test_a_sentence_without_spaces_is_prose_between_steps():
    """Set 65a, finding 5, counter-examples from the review of f7ca29b (rev65a finding 4): in a script without
    spaces a sentence is one "word"; one without a final stop under a step ("这一步会自动下载所有依赖并编译整个项目"), or
    a long one ending "：" with commas, is prose, not a phrase or a label: the excerpt reads it as before."""
    steps = (
        "<h2>1. 安装</h2><p>这一步会自动下载所有依赖并编译整个项目</p><pre><code>make\n</code></pre><h2>2. 测试</h2><pre><code>"
        "make test\n</code></pre><h2>3. 部署</h2><pre><code>make deploy\n</code></pre>"
    )
    assert excerpt(steps).startswith("这一步会自动下载所有依赖并编译整个项目"), excerpt(steps)
    announced = steps.replace(
        "这一步会自动下载所有依赖并编译整个项目", "首先，我们需要安装依赖包并配置好环境变量，然后运行："
    )
    assert not excerpt(announced).startswith("• 1. 安装"), excerpt(announced)
    clauses = steps.replace("这一步会自动下载所有依赖并编译整个项目", "先编译，再测试")  # (short, but two clauses)
    assert excerpt(clauses).startswith("先编译，再测试"), excerpt(clauses)
    labelled = steps.replace("这一步会自动下载所有依赖并编译整个项目", "编译：")
    assert excerpt(labelled) == "• 1. 安装 • 2. 测试 • 3. 部署", excerpt(labelled)  # (a short label: an outline)


def test_versions_file_names_and_dates_are_no_step_numbers():
    """Set 65a, finding 5, counter-examples from the review of f7ca29b (rev65a finding 5): headings "1.x", "1.txt",
    "12.05.2024" over code are a version's, a file's, a date's, not steps: never respaced ("1. x"), no outline."""
    for names in (("1.x", "2.x", "3.x"), ("1.txt", "2.txt", "3.txt"), ("12.05.2024", "13.05.2024", "14.05.2024")):
        markup = "".join(f"<h3>{name}</h3><pre><code>echo {n}\n</code></pre>" for n, name in enumerate(names))
        assert excerpt(markup) == "", (names, excerpt(markup))
    glued = "".join(
        f"<h3>{n}.{word}</h3><pre><code>echo {n}\n</code></pre>" for n, word in enumerate(("SSH", "安装", "Yeni"))
    )
    assert excerpt(glued) == "• 0. SSH • 1. 安装 • 2. Yeni", excerpt(glued)


_LICENCE = (
    "<h3 id='a'>İnsanların herhangi bir engel olmaksızın ve ödeme yapmasına gerek olmadan eğitim materyallerini kolayca "
    "bulabilmeleri ve gerektiğinde yeniden kullanabilmeleri gerektiğine inanıyorum.</h3>"
    "<h3 id='b'>Bu web sitesinde okuduğunuz içerik benim yazdığım asıl yazımdır ya da çalışırken aldığım kişisel "
    "notlarımdan derlenmiştir. Bu blogdaki tüm yazılarım ve postlarım herkese açıktır.</h3>"
)


def test_headings_that_are_whole_sentences_are_paragraphs():
    """Set 65a, finding 6 (njts--ntmv-tr.xml, repository njts/blogoes, public/tr/index.xml): a licence page of two
    <h3>s, the first one whole sentence of 25 words (20 here), was shown as a one-item list with a false "…" ("• İnsanların …
    inanıyorum. …"). Both are paragraphs: no bullet, no "…"."""
    shown = excerpt(_LICENCE)
    assert shown.startswith("İnsanların herhangi") and shown.endswith("inanıyorum."), shown
    assert excerpt(_LICENCE, limit=400).endswith("herkese açıktır."), excerpt(_LICENCE, limit=400)
    [article] = read_entries([{"title": "İçerik Lisansı", "link": "/license/", "text": _LICENCE}])
    assert not article.excerpt.startswith("•") and "…" not in article.excerpt, article.excerpt


def test_short_or_title_case_headings_stay_headings():
    """Set 65a, finding 6, counter-examples: a short heading sentence, a headline in title case, a question, a
    sentence heading further on (after a paragraph): headings still, skipped before the story's paragraph. And (the
    review of f7ca29b, rev65a finding 7) a heading of one sentence of 18 words, which was prose while the same words
    as two sentences were not: below twenty words both are a heading."""
    story = (
        "<p>The council met for four hours on Monday before it voted to keep the station open for ten more years.</p>"
    )
    for heading in (
        "Thanks for reading and for sharing this post with a friend.",
        "Apple Unveils The New iPhone With A Faster Chip And A Better Camera For Everyone Who Wants One Today.",
        "Why would anyone want to keep a station open that so few people use on any day of the week at all?",
        "Police arrested a man at his home in Leeds, and he was released on bail later that day.",
        "Police arrested a man at his home in Leeds. He was released on bail later that day.",
        "Make sure you back up all of your data before you start the upgrade to the new version.",
    ):
        assert excerpt(f"<h2>{heading}</h2>{story}").startswith("The council met"), heading
    lede = (
        "<h2>The station will stay open for ten more years after a long and bitter vote on Monday night at the town "
        "council.</h2>"
    )
    assert excerpt(lede + story).startswith("The station will stay open"), excerpt(lede + story)
