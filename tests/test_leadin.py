"""What a text opens with before its story (bot/leadin.py): a header or a credit
around the title, metadata, a notice that points elsewhere, a short label. The
excerpt skips it instead of ending with it; the shapes are those of real feeds
(/work/unseen4, FINDINGS #2, #3, #6), the near misses those of others."""

from datetime import UTC, datetime

from bot.blocks import html_blocks
from bot.leadin import lead_in, near_title, title_with_label
from tests.builders import excerpt, poll_served

NOW = datetime(2026, 12, 1, tzinfo=UTC)


# --- the title again, in a header or with a credit ------------------------------------------------


def test_a_header_that_repeats_the_date_and_the_title_is_skipped():
    """Podcasting 2.0: every episode opened with it, and the excerpt was the header alone."""
    markup = (
        '<p><strong>Podcasting 2.0 February 2nd 2024 Episode 166: "Country Clever"</strong></p>'
        "<p>Adam &amp; Dave Celebrate the RSS Resilience and The art of Musicals</p>"
        "<h3>ShowNotes</h3><p>We are LIT</p>"
    )
    assert excerpt(markup, "Episode 166: Country Clever") == (
        "Adam & Dave Celebrate the RSS Resilience and The art of Musicals…"
    )


def test_a_header_around_a_title_that_ends_with_its_own_mark_is_skipped_too():
    markup = (
        '<p><strong>Podcasting 2.0 October 14th 2022 Episode 106: "Steak &amp; Eggs!"</strong></p>'
        "<p>Adam &amp; Dave discuss the week's developments on podcastindex.org.</p>"
    )
    assert (
        excerpt(markup, "Episode 106: Steak & Eggs!")
        == "Adam & Dave discuss the week's developments on podcastindex.org."
    )
    assert not title_with_label("Update to Episode 106: Steak & Eggs!", ["episode", "106", "steak", "eggs"], "!")


def test_the_title_with_a_credit_after_it_is_no_excerpt():
    """SoundCloud's default description; a commit whose message is its title (GitHub's Atom)."""
    title = "Podcast Interview with Dr. Jim Webber, Neo Technology"
    assert excerpt(f"{title} by The Neo4j Graph Database Community", title) == ""
    commit = "8372564: Convert StringDedup to use Atomic<T>"
    markup = "<pre style='white-space:pre-wrap'>8372564: Convert StringDedup to use Atomic&lt;T&gt;\n\nReviewed-by: tschatzl, aboldtch</pre>"
    assert excerpt(markup, commit) == ""
    assert excerpt("<p>8372564: Convert StringDedup to use Atomic&lt;T&gt; Reviewed-by: tschatzl</p>", commit) == ""


def test_a_part_of_the_title_with_a_credit_after_it_is_skipped_in_plain_text():
    """Escape Pod's feed (selfoss--escapepod-podcast.xml: github.com/fossar/selfoss,
    tests/Spouts/resources/Feed/https___escapepod.org_feed_podcast_.xml, GPL-3.0; the unseen11 set's #9): a
    plain-text story opens with its title's name and its byline, the title having the show's name before it."""
    text = (
        "Give the Family My Love\nby A. T. Greenblatt\n\n"
        "I’m beginning to regret my life choices, Saul. Also, hello from the edge of the galaxy."
    )
    assert excerpt(text, "Escape Pod 762: Give the Family My Love") == (
        "I’m beginning to regret my life choices, Saul. Also, hello from the edge of the galaxy."
    )
    # (a part of the title without a credit, then words of a sentence: kept)
    assert excerpt("Give the Family My Love and more", "Escape Pod 762: Give the Family My Love").startswith("Give")


def test_a_papers_title_with_its_authors_and_year_is_no_excerpt():
    """Lambda the Ultimate (/work/unseen5 FINDINGS #2): the paper's title, authors and year, then
    its abstract quoted; the excerpt was the citation line."""
    markup = (
        "<p><a href='https://x.example/z.pdf'>Zélus : A Synchronous Language with ODEs</a> Timothy Bourke, Marc "
        "Pouzet 2013</p><p>Zélus is a new programming language for hybrid systems.</p>"
    )
    assert excerpt(markup, "Zélus : A Synchronous Language with ODEs") == (
        "Zélus is a new programming language for hybrid systems."
    )
    # Near miss: words of a sentence after the title are the text.
    assert title_with_label("Zélus : A Synchronous Language with ODEs is out now", ["zélus", "a", "synchronous",
                            "language", "with", "odes"]) is False  # fmt: skip


def test_an_epigraph_before_the_text_is_skipped():
    """RubyMine's blog (/work/unseen5 FINDINGS #2): a quotation and who said it, then the post."""
    markup = (
        "<p>“Give me six hours to chop down a tree, and I will spend the first four sharpening the axe.” Abraham "
        "Lincoln</p><p>For all of us at JetBrains, being a developer means a lot more than everyday coding.</p>"
    )
    assert excerpt(markup, "Hone Your Craft with RubyMine 7!") == (
        "For all of us at JetBrains, being a developer means a lot more than everyday coding."
    )
    assert lead_in('"Stay hungry, stay foolish" — Steve Jobs')
    # Near misses: a quote and what the post says of it; a quote that is someone's sentence.
    assert not lead_in("“This is a quote that matters” said the minister")
    assert not lead_in("Jeremy Ashkenas: “work towards building a language that is to ES6 as CoffeeScript is to ES5”")


def test_a_part_of_the_title_is_no_excerpt_either():
    assert excerpt('<p>"Vaccine Poverty"</p><p>Direct link to the mp3 file.</p>', '1365: "Vaccine Poverty"') == (
        "Direct link to the mp3 file."
    )


def test_words_around_the_title_that_say_more_stay():
    # a sentence's words before it; who speaks (a name, no number); a credit that goes on as a sentence
    assert excerpt("<p>Update version to 0.1.3</p>", "Version 0.1.3") == "Update version to 0.1.3"
    assert excerpt("<p>Dr. Shyan Vijayasekaran: Airway Reconstruction</p>", "Airway Reconstruction") == (
        "Dr. Shyan Vijayasekaran: Airway Reconstruction"
    )
    text = "The Long Walk by Stephen King is a novel about a contest."
    assert excerpt(f"<p>{text}</p>", "The Long Walk") == text
    assert not title_with_label("The Long Walk by Stephen King is one of his first novels", ["the", "long", "walk"])


def test_a_feed_title_cut_mid_word_resumes_the_excerpt_at_the_whole_word():
    """GitHub cuts a long commit title inside a word: the excerpt went on from its half ("…pleSSLContext")."""
    title = '8373537: Migrate "test/jdk/com/sun/net/httpserver/" to null-safe "Sim…'
    markup = (
        '<pre>8373537: Migrate "test/jdk/com/sun/net/httpserver/" to null-safe "SimpleSSLContext" methods\n'
        "\nReviewed-by: dfuchs</pre>"
    )
    assert excerpt(markup, title) == '…"SimpleSSLContext" methods'


# --- metadata, notices, labels ----------------------------------------------------------------------


def test_a_line_of_metadata_before_the_message_is_skipped():
    """ikiwiki's recent changes: the commit message, the one informative part, was lost."""
    markup = (
        "<div class='metadata'><span>Changed pages:</span> <span>projects/irc-fun-bot/tickets/4</span>"
        " <span>Changed by:</span> <span>fr33domlover</span> <span>Commit type:</span> <span>git</span>"
        " <span>Date:</span> <span>12:24:59 AM 07/15/2015</span></div>"
        "<div class='changelog'><p>irc-fun-bot: more notes on ticket 4: events types</p></div>"
    )
    assert excerpt(markup) == "irc-fun-bot: more notes on ticket 4: events types"
    # a message of a few words after it is the text, never taken for a heading
    short = markup.replace("irc-fun-bot: more notes on ticket 4: events types", "news: break")
    assert excerpt(short) == "news: break"
    # alone, it is the excerpt (an earthquake's data line is the story)
    alone = "<p>Time: 2018-11-19 21:42:38 UTC · Location: 32.413°N 116.292°W · Depth: 0.47 km</p>"
    assert excerpt(alone) == "Time: 2018-11-19 21:42:38 UTC · Location: 32.413°N 116.292°W · Depth: 0.47 km"
    # a quote's attribution is no metadata
    assert not lead_in("Henri Sivonen: This getting interesting: Using an Android phone as a desktop")


def test_a_line_of_fields_with_a_dumped_structure_before_the_prose_is_skipped():
    """An advisory's field row, one value a program's dict dumped as text, was every excerpt (set20 F3:
    ave-database--rss.xml, github.com/NAIL-INSTITUTE-FOR-AGENTIC-SECURITY/ave-database, CC BY-SA 4.0)."""
    markup = (
        "<h3>Deceptive Alignment</h3><p><strong>Severity:</strong> CRITICAL | <strong>Category:</strong> alignment"
        " | <strong>AVSS:</strong> {'overall_score': 8.9, 'severity_label': 'high', 'vector_string': "
        "'[Available in NAIL SDK]', 'base_score': None, 'temporal_score': None, 'agentic_score': None, "
        "'vector': None}</p><p>Hypothesis that agents strategically appear aligned during evaluation but pursue "
        "misaligned goals during deployment.</p>"
    )
    assert excerpt(markup, "[AVE-2025-0024] Deceptive Alignment") == (
        "Hypothesis that agents strategically appear aligned during evaluation but pursue misaligned goals during"
        " deployment."
    )
    # a label's value of many words that is no structure is no metadata
    assert not lead_in("Severity: critical | Note: the agents appear aligned during evaluation but pursue goals")
    # alone, the row is the excerpt
    alone = "<p>Severity: HIGH | AVSS: {'overall_score': 7.5, 'base_score': None}</p>"
    assert excerpt(alone) == "Severity: HIGH | AVSS: {'overall_score': 7.5, 'base_score': None}"


def test_a_notice_that_points_elsewhere_is_skipped():
    markup = (
        "<p><strong>Please update to our new feed url: <a href='http://x.example/blog/feed/'>"
        "lincolnloop.com/blog/feed/</a></strong></p><hr/><p>2013 was an amazing roller coaster year.</p>"
    )
    assert excerpt(markup, "2013 Year in Review") == "2013 was an amazing roller coaster year."
    # a sentence and its link are the text
    assert not lead_in("This morning I saw two things. https://devblogs.microsoft.com/commandline/")
    # a post's first sentence that ends in its link is the text, not a notice (unseen12 #4: don's
    # activitystreams/fixtures_test.go fixtureImpliedActivity2, a Mastodon status; github.com/deoxxa/don
    # 75625eace8d1, BSD-style LICENSE.md)
    status = (
        "<p>Ui i should have had updated my spf record after adding ipv6 to this server: "
        "<a href='http://www.openspf.org/Why?s=helo;id=mail.tchncs.de'>http://www.openspf.org/Why?s=helo;id=mail.tchncs.de</a>"
        "</p><p>Hey other mastodon servers i hope you have a proper mailsetup in the first place!</p>"
    )
    assert excerpt(status).startswith("Ui i should have had updated my spf record after adding ipv6 to this server:")


def test_a_short_label_before_the_text_is_skipped_unless_it_names_a_quote_or_a_list():
    comic = "<a href='/c'><img src='c.png'/><br/>New comic!</a><br/>Today's News:<br/><br/>And so begins... a party."
    assert excerpt(comic) == "And so begins... a party."
    # what a label names may be a heading (bookshadow's "题目描述：", "Problem:", then the problem's name)
    problem = "<p>题目描述：</p><p>LeetCode 824. Goat Latin</p><p>A sentence S is given.</p>"
    assert excerpt(problem, "[LeetCode]Goat Latin") == "A sentence S is given."
    assert excerpt("<p>jsmorley wrote:</p><p>You use the internal font name.</p>") == (
        "jsmorley wrote: You use the internal font name."
    )
    assert excerpt("<p>Show notes:</p><ul><li>Intro</li><li>News</li></ul>") == "Show notes: • Intro • News"
    assert excerpt("<p>Patch for /usr/share/applications/google-chrome.desktop:</p><p>Exec=chrome.</p>") == (
        "Patch for /usr/share/applications/google-chrome.desktop: Exec=chrome."
    )


def test_a_mails_attribution_line_whose_quote_is_gone_is_skipped():
    """gmane's archive keeps a reply's attribution line and drops the lines it quotes (rss2email--gmane-feed.rss,
    github.com/rss2email/rss2email at 46e2b139, test/data/gmane/feed.rss, GPL-2.0; the unseen9 set's #11)."""
    reply = (
        "<pre>* W. Trevor King &lt;wking-vJI2gpByivqcqzYg7KEe8g&lt; at &gt;public.gmane.org&gt; [121113 13:21]:\n\n"
        "Ack.\n\nAlso, confirming that the mailing list works.\n\n</pre>"
    )
    assert excerpt(reply) == "Ack. Also, confirming that the mailing list works."
    on = "<p>On Mon, Nov 12, 2012 at 06:17:50PM +0100, Etienne Millon wrote:</p><p>Wonderful. Let me know.</p>"
    assert excerpt(on) == "Wonderful. Let me know."
    # (the quote still there: the line says whose words it is)
    quoted = "<p>On Mon, Nov 12, 2012, Etienne Millon wrote:</p><blockquote><p>Is it done?</p></blockquote><p>Yes.</p>"
    assert excerpt(quoted).startswith("On Mon, Nov 12, 2012, Etienne Millon wrote: “Is it done?”")


def test_a_forums_quote_box_without_blockquote_is_a_quote_and_the_reply_follows_it():
    """phpBB's quote: a "quotetitle" and a "quotecontent" <div> (classicshell--phpbb-topic-2304.atom,
    github.com/coddec/Classic-Shell at c0a1aede, MIT; the unseen9 set's #11; shortened)."""
    reply = (
        '<div class="quotetitle">GauravK wrote:</div><div class="quotecontent"><br />In Classic Shell 4.0.4, there is '
        'a new hidden setting "DisablePinExt". Add a DWORD value of this name to either HKCU\\Software\\IvoSoft\\'
        "ClassicStartMenu\\Settings or HKLM\\Software\\IvoSoft\\ClassicStartMenu. A value data of 1 hides the "
        '"Pin to Start Menu (Classic Shell)" context menu item.<br /></div><br /><br />I made the Registry Entry, '
        "but it had no effect (see attached picture)!?<br />I am using version 4.1.0."
    )
    assert excerpt(reply) == (
        'GauravK wrote: “In Classic Shell 4.0.4, there is a new hidden setting "DisablePinExt". […]” I made the '
        "Registry Entry, but it had no effect (see attached picture)!? I am using version 4.1.0."
    )
    # (an article's pull quote is its own words, no quote of another post's)
    pull = '<p>The mayor spoke.</p><div class="pullquote">We will rebuild.</div><p>Work starts in May.</p>'
    assert html_blocks(pull).quotes == frozenset()


def test_a_notice_to_read_the_series_first_part_first_is_no_lede():
    """A series' later parts open with "first-time readers, start with (1)" (chardet--SHIFT_JIS-setsuzei119.jp.xml,
    github.com/chardet/chardet at 13559076, tests/SHIFT_JIS/setsuzei119.jp.xml, LGPL-2.1; the unseen10 set's F8)."""
    part = (
        '<p>−初めての方は<a href="http://setsuzei119.jp/archives/2005/03/post_98.html">（１）</a>からお読みください。</p>'
        "\n\n<p>今回は経営者の誤解についてお話します。</p>"
    )
    assert excerpt(part) == "今回は経営者の誤解についてお話します。"
    assert excerpt("<p>New here? Start with part 1.</p><p>The second day began with rain.</p>") == (
        "The second day began with rain."
    )


def test_a_scripts_statement_left_as_text_is_no_part_of_the_lede():
    """A WordPress plugin's <script>, flattened to text in the description (chardet--iso-8859-7-greek-disabled.gr.xml,
    github.com/chardet/chardet at 13559076, tests/iso-8859-7-greek/disabled.gr.xml, LGPL-2.1; the unseen10 set's F11).
    """
    text = (
        "window.document.getElementById('post-1796').parentNode.className += ' adhesive_post';\t"
        "Ζητείται βοηθός νοσοκόμα για την υποστήριξη πολύ δραστήριου τετραπληγικού."
    )
    assert excerpt(text) == "Ζητείται βοηθός νοσοκόμα για την υποστήριξη πολύ δραστήριου τετραπληγικού."


def test_a_notice_that_the_post_is_a_day_of_an_advent_calendar_is_skipped():
    """A Hatena blog's posts (articles-hs--hatena-atom.xml in tests/data/unseen/set17: genya0407/articles-hs,
    test/fixtures/atom.xml, BSD-3-Clause) open with the calendar they are a day of, in a flattened summary
    or a paragraph of its own; the story is the sentence after it."""
    story = "Rubyで設定を書けるLinux用のキーマッパーをRustで実装した話をします。"
    assert excerpt(f"この記事は、 CAMPHOR- アドベントカレンダー 2020の8日目の記事です。 {story}") == story
    assert (
        excerpt(
            '<p><a href="https://advent.camph.net/">CAMPHOR- Advent Calendar 2017</a> の 2日目 の記事です。</p>'
            "<p>CAMPHOR-運営メンバーの @genya0407 です。 熊野寮でコードを書いて感謝された話をします。</p>"
        )
        == "CAMPHOR-運営メンバーの @genya0407 です。 熊野寮でコードを書いて感謝された話をします。"
    )
    assert excerpt("This post is day 8 of the Harbour Advent Calendar 2020. I wrote a key mapper in Rust.") == (
        "I wrote a key mapper in Rust."
    )
    # (a sentence about a calendar stays)
    kept = "この記事は、アドベントカレンダーの作り方を8日目まで書いたものです。"
    assert excerpt(kept) == kept
    # before only what the feed cut, it is all the text there is: it stays (set20 F5b: an aggregator's teaser,
    # tech-blog-rss-feed--feed.json, github.com/azu/tech-blog-rss-feed, MIT)
    notice = "本記事は Amazon Bedrock Advent Calendar 2023 by ナレコム の11日目の記事です。"
    assert excerpt(f"<p>{notice} Amazon Bedrock Advent Calendar 2023 by ナレコム ではAma […]</p>").startswith(notice)


def test_a_salutation_to_the_readers_is_skipped_but_not_a_letters():
    """Rails' weblog and RubyMine's blog (github.com/rubycocos/feedparser, feeds/misc/rubyonrails.atom and
    feeds/misc/rubymine.feedburner.rss, CC0-1.0; the unseen11 set's #5) greet their readers first; a letter
    in a story opens with its addressee (Escape Pod's "Dear Meliari,"), which stays."""
    assert (
        excerpt(
            "<p>Hello everyone!!! It&#39;s that time again.</p>"
            "<p>I would like to announce that Rails 3.2.21, 4.0.12, and 4.1.8 have been released.</p>"
        )
        == "I would like to announce that Rails 3.2.21, 4.0.12, and 4.1.8 have been released."
    )
    assert excerpt("<p>Hi everyone,</p><p>I am happy to announce that Rails 4.1.9 has been released.</p>") == (
        "I am happy to announce that Rails 4.1.9 has been released."
    )
    assert excerpt("Hello everyone, Here is a new RubyMine Tsubaki EAP build for you.") == (
        "Here is a new RubyMine Tsubaki EAP build for you."
    )
    assert excerpt("<p>Dear Meliari, Hello!! My name is Mary and I am nine years old.</p>") == (
        "Dear Meliari, Hello!! My name is Mary and I am nine years old."
    )
    assert excerpt("<p>Hello, World! is the first program most of us wrote.</p>") == (
        "Hello, World! is the first program most of us wrote."
    )


def test_a_forum_posts_pleasantry_goes_with_its_greeting():
    """en-politepix--bbpress-topics.xml #1 (tests/data/unseen/set24/SOURCES.md: no licence, not copied; made-up
    words, same shape, set24 F8): "Hi Halle," went and the wish after it, "I hope you are doing well.", opened the
    excerpt. A sentence that goes on after the wish stays."""
    assert excerpt(
        "<p>Hi Zorba,</p><p>I hope you are doing well.<br />I downloaded the newest plorb version for my app.</p>"
    ) == ("I downloaded the newest plorb version for my app.")
    assert excerpt("<p>Hope everything is fine! The plorb build fails on my iPad.</p>") == (
        "The plorb build fails on my iPad."
    )
    kept = "I hope you are doing well with the new plorb version, as many users are."
    assert excerpt(f"<p>{kept}</p>") == kept


def test_a_posts_greeting_goes_in_the_languages_of_forums_and_job_boards():
    """Forum posts, list mails and job ads greet whoever reads them (the unseen13 set's finding 4):
    LinuxFr's forums (KDE/syndication autotests/rss2/linuxfr_forums.xml, LGPL-2.0-or-later), its
    journals (Cumulus/Syndic test/005.feed, MIT), gmane's binutils list (KDE/syndication
    autotests/additional/gmane.comp.gnu.binutils.xml), hnrss (dhvcc/rss-parser tests/corpus/rss/hnrss,
    GPL-3.0) and freelancehunt.ua (bpteam/freelance-rss-parser-php tests/fixtures, MIT)."""
    assert excerpt("Bonjour, Pour le moment je fonctionne en utilisant claws-mail.") == (
        "Pour le moment je fonctionne en utilisant claws-mail."
    )
    assert excerpt("Cher journal, Tu connais sûrement Lunii, un petit appareil.") == (
        "Tu connais sûrement Lunii, un petit appareil."
    )
    assert excerpt("Bonjour Nal, Tu sais que depuis quelques mois l'enthousiasme est visible en jaune.") == (
        "Tu sais que depuis quelques mois l'enthousiasme est visible en jaune."
    )
    assert excerpt("Hi,\n\nPR gas/3811 was caught with the cfi-common-6 test.") == (
        "PR gas/3811 was caught with the cfi-common-6 test."
    )
    assert excerpt("Hey HN, Henry & Roman here from Cactus. A small, on-device model is fast.") == (
        "Henry & Roman here from Cactus. A small, on-device model is fast."
    )
    assert excerpt("Вітаю. Потрібно налаштувати Google Analytics 4.") == "Потрібно налаштувати Google Analytics 4."
    assert excerpt("Доброго дня! Завдання для тих, хто має досвід.") == "Завдання для тих, хто має досвід."
    # A greeting alone is no excerpt; someone greeted before a sentence that goes on is a sentence's.
    assert excerpt("<p>Добрый день.</p><p>Нужна база номеров, имя и тд без повторов.</p>") == (
        "Нужна база номеров, имя и тд без повторов."
    )
    assert excerpt("<p>Hey Jude, don't make it bad is the song Paul wrote for Julian.</p>") == (
        "Hey Jude, don't make it bad is the song Paul wrote for Julian."
    )
    assert excerpt("<p>Hello Kitty, the cat without a mouth, turns fifty.</p>") == (
        "Hello Kitty, the cat without a mouth, turns fifty."
    )
    assert excerpt("<p>Hilton, the hotel chain, sells its towers.</p>") == "Hilton, the hotel chain, sells its towers."
    # Greetings from a place are a sentence's start (olshansk--the-batch.xml, issue 285: Olshansk/rss-feeds, MIT).
    assert excerpt("<p>Greetings from Davos, Switzerland! Many leaders are gathered here again.</p>") == (
        "Greetings from Davos, Switzerland! Many leaders are gathered here again."
    )


def test_a_greeting_run_into_the_first_sentence_goes():
    """Forum posts and ads flatten their text with no mark after the greeting (the unseen17 set's F5): Mendix's
    forum (mendcord--mendix-forum.xml, github.com/GG-O-BP/mendcord test/fixtures/feed.xml, MPL-2.0) and
    craigslist (winds--seattle.craigslist.org.rdf, github.com/GetStream/Winds api/test/data/feed, BSD-3-Clause).
    A name or a title that opens with a greeting stays."""
    assert excerpt("Hi Experts Our Mendix app deployed via the Mendix Operator on AKS runs out of memory.") == (
        "Our Mendix app deployed via the Mendix Operator on AKS runs out of memory."
    )
    assert excerpt("Hi This is a shout out to all car guys and gals that want get together.") == (
        "This is a shout out to all car guys and gals that want get together."
    )
    assert excerpt("Hi Currently, clicking an href link in an email opens a new page.") == (
        "Currently, clicking an href link in an email opens a new page."
    )
    assert excerpt("<p>Hello Kitty Island Adventure comes to phones.</p>") == (
        "Hello Kitty Island Adventure comes to phones."
    )
    assert excerpt("<p>Hello I Love You is a song by The Doors.</p>") == "Hello I Love You is a song by The Doors."
    # (or set off by a dash, the same craigslist feed: "Hello - I have been…"; not "Hello - Goodbye")
    assert excerpt("Hello - I have been interested in growing some wine grapes.") == (
        "I have been interested in growing some wine grapes."
    )
    assert excerpt("<p>Hello - Goodbye is a Beatles song.</p>") == "Hello - Goodbye is a Beatles song."


# python-il-forums--latest.rss in tests/data/unseen/set18 (PythonFreeCourse/python-il-forums-archive, MIT; F4, F6):
# a Hebrew Discourse forum's posts, each with the topic's counts after it.
COUNTS = "<p><small>2 פוסטים - 2 משתתפים</small></p>"


def test_a_hebrew_posts_greeting_thanks_and_signature_go():
    """The greeting on a post's first line, its thanks and the name signed after them went into the excerpt
    ("היי אני רוצה לכתוב משחק … בתודה מראש, רן זוארי."); and the topic's counts after a post that ends without
    a full stop made its end look cut ("…(לא מצאתי אותה )…")."""
    post = (
        "<p>היי<br>\nאני רוצה לכתוב משחק כמו איקרים בפייתון.<br>\nהאם אני יכול?<br>\nבתודה מראש,<br>\nרן זוארי.</p>"
        + COUNTS
    )
    assert excerpt(post) == "אני רוצה לכתוב משחק כמו איקרים בפייתון. האם אני יכול?"
    assert excerpt("<p>שלום<br>\nראשית תודה על הקורס המושקע! ממש מאתגר.<br>\nתודה!</p>" + COUNTS) == (
        "ראשית תודה על הקורס המושקע! ממש מאתגר."
    )
    unfinished = "<p>הי ,<br>\nהאם מערכת הבודקת פעילה ? אשמח לדעת היכן היא (לא מצאתי אותה )</p><p>תודה</p>" + COUNTS
    assert excerpt(unfinished) == "האם מערכת הבודקת פעילה ? אשמח לדעת היכן היא (לא מצאתי אותה )"
    assert excerpt("<p>שלום רב,</p><p>אני משתמשת חדשה באתר. היכן הסרטונים?</p>" + COUNTS) == (
        "אני משתמשת חדשה באתר. היכן הסרטונים?"
    )
    # "Shalom" is a name and a word too; thanks a sentence says are its words
    assert excerpt("<p>שלום חנוך הוציא אלבום חדש.</p>") == "שלום חנוך הוציא אלבום חדש."
    assert excerpt("<p>שלום עכשיו הפגינו מול הכנסת.</p>") == "שלום עכשיו הפגינו מול הכנסת."
    assert excerpt("<p>הוא יצא מהחדר ולא אמר תודה</p>") == "הוא יצא מהחדר ולא אמר תודה"
    # the same in English, and the name signed on the line after the thanks (gmane's binutils list, set13)
    assert excerpt("<p>My app crashes when I start it. Any idea?</p><p>Thanks in advance,<br>John Smith.</p>") == (
        "My app crashes when I start it. Any idea?"
    )
    assert excerpt("<p>What is that change for?</p><p>Thanks.</p><p>H.J.</p>") == "What is that change for?"
    assert excerpt("<p>He never said thank you.</p>") == "He never said thank you."


def test_a_vietnamese_videos_greeting_and_a_forum_posts_lower_case_one_go():
    """set21 F2 (no licence for either feed: made-up words in the same shape). A Vietnamese channel's descriptions
    open with a greeting to the viewers (bps-ytb--rss.xml, github.com/hngvu/bps-ytb-rss): "Chào anh em, …", "Chào
    tất cả Anh/Em, …", a whole sentence "Chào tất cả các anh em fan boy của …."; a Discourse forum's post opens with
    "hello every one" on its own line, all in lower case (carloop-community--latest.rss, github.com/carloop/community)."""
    assert excerpt(
        "Chào tất cả các anh em fan boy của Zorvex X Lumo. Hôm nay, cùng với shop ráp 1 bộ máy full Zorvex."
    ) == ("Hôm nay, cùng với shop ráp 1 bộ máy full Zorvex.")
    assert excerpt("<p>Chào tất cả Anh/Em, hôm nay, chúng ta cùng nhau ráp 1 cái máy nhỏ.</p>") == (
        "Hôm nay, chúng ta cùng nhau ráp 1 cái máy nhỏ."
    )
    assert excerpt("<p>Xin chào tất cả mọi người, hôm nay chúng ta mở hộp màn hình Zorvex.</p>") == (
        "Hôm nay chúng ta mở hộp màn hình Zorvex."
    )
    assert excerpt("<p>hello every one<br>\ni have a gearbox module : brand T-900 and i want to talk to it.</p>") == (
        "I have a gearbox module : brand T-900 and i want to talk to it."
    )
    # Near misses: "Chào" that is no greeting to the viewers, a lower-case sentence after a name
    assert excerpt("<p>Chào mừng năm mới tại Hà Nội với pháo hoa.</p>") == "Chào mừng năm mới tại Hà Nội với pháo hoa."
    assert excerpt("<p>Hello Kitty is fifty this year.</p>") == "Hello Kitty is fifty this year."


def test_a_greeting_before_a_sentence_in_lower_case_leaves_it_capitalised():
    """tonyscookbook's about page (unseen set18, F11; made-up words in the same shape): "Привіт, мене звати
    Антон." lost its greeting and read "мене звати Антон." in lower case."""
    assert excerpt("<p>Привіт, мене звати Остап. Я пишу тут про хліб.</p>") == "Мене звати Остап. Я пишу тут про хліб."
    assert excerpt("<p>Bonjour, je cherche un logiciel de dessin.</p>") == "Je cherche un logiciel de dessin."
    # (a first word with an apostrophe: olshansk--the-batch.xml in tests/data/unseen/set22, MIT, read "here’s a quiz…")
    assert excerpt("<p>Dear friends, here’s a quiz for you. Which company said this?</p>") == (
        "Here’s a quiz for you. Which company said this?"
    )


def test_a_short_line_between_metadata_and_the_text_is_its_heading():
    """jobs-remotely--jobs.rss in tests/data/unseen/set18 (turingschool/jobs-remotely, MIT; F6): after the ad's
    "Location: … URL: …" row, "About You" (a bold line) was taken for the text and shown alone: "About You…"."""
    ad = (
        '<p>\n  <strong>Location:</strong> New York, NY\n    <br /><strong>URL:</strong> <a href="http://www.clevert'
        'ech.biz">www.clevertech.biz</a>\n</p>\n\n<div><strong>About You</strong></div><div><strong><br /></strong>'
        "</div><div>Web Development is your biggest passion (even if you tell your significant other a different "
        "story).</div>"
    )
    assert excerpt(ad) == (
        "Web Development is your biggest passion (even if you tell your significant other a different story)."
    )


def test_a_quoted_first_block_is_a_sentence_the_text_goes_on_after():
    """The same feed: a motto in quotation marks without a full stop was the excerpt, with "…"."""
    ad = (
        "<div><em><strong>\"While we're headquartered in Austin, Tx, &nbsp;some of our team is remote. &nbsp;We care "
        'more about what you can do than where you live"</strong></em></div><div><strong><em><br /></em></strong>'
        "</div><div>Help us architect and implement cutting edge web application and websites.</div>"
    )
    assert excerpt(ad) == (
        "\"While we're headquartered in Austin, Tx, some of our team is remote. We care more about what you can do "
        'than where you live" Help us architect and implement cutting edge web application and websites.'
    )


def test_a_notice_that_the_next_part_is_out_is_skipped():
    """80,000 Hours' show notes (Tombarr/podcast-feed-parser test/testfiles/80000HoursPodcast.xml, MIT; the
    unseen13 set's #6): the excerpt was the notice alone, the next part's title, and "…"."""
    markup = (
        "<p>Part 2 out now: #33 - Dr Anders Sandberg on what if we ended ageing, solar flares &amp; the annual risk"
        " of nuclear war</p><p>The universe is so vast, yet we don’t see any alien civilizations.</p>"
    )
    assert excerpt(markup) == "The universe is so vast, yet we don’t see any alien civilizations."


def test_a_mails_header_rows_and_the_greeting_after_them_go():
    """gmane's binutils list (KDE/syndication autotests/additional/gmane.comp.gnu.binutils.xml,
    LGPL-2.0-or-later; the unseen13 set's #16): a post's text opened with its mail's header rows, then
    a greeting; the excerpt showed all three."""
    markup = (
        "Message-Id: <20070324122054.6874CA83E0< at >www1.celeonet.fr>\nDate: Sat, 24 Mar 2007 13:20:54 +0100 (CET)"
        "\n\nGreetings!\n\nI could not get connected to you on phone, I decided to send this email."
    )
    assert excerpt(markup) == "I could not get connected to you on phone, I decided to send this email."
    assert excerpt("<p>Date: Sat, 24 Mar 2007 19:00 The concert opens the season at the old hall.</p>") == (
        "Date: Sat, 24 Mar 2007 19:00 The concert opens the season at the old hall."
    )


# --- the "…" of an excerpt that stops mid-sentence --------------------------------------------------


def test_the_ellipsis_never_eats_a_closing_quote_or_an_address():
    assert excerpt('<p>The episode is called "Country Clever"</p><p>Then they talk.</p>') == (
        'The episode is called "Country Clever"…'
    )
    markup = "<p>Narro reads your articles. https://www.narro.co/faq/</p><p>Then more.</p>"
    assert excerpt(markup) == "Narro reads your articles. https://www.narro.co/faq/ …"  # (" …": never in the link)
    assert excerpt('<p>He said "</p><p>Then more.</p>') == "He said…"  # (an opening quote goes)


# --- end to end: feeds from 127.0.0.1 through the whole pipeline -----------------------------------

# The shapes of rssreaderjava--atom-feed-author.xml (openjdk/jdk's commits, GitHub's Atom: the message
# in an escaped <pre>, a long title cut mid-word) and rssreaderjava--podcast-pc20.xml (the header).
COMMITS = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Recent Commits to jdk:master</title>
<id>tag:github.com,2008:/openjdk/jdk/commits/master</id><updated>2025-12-19T23:19:27Z</updated>
<entry><id>tag:github.com,2008:Grit::Commit/1</id><link rel="alternate" href="https://github.com/openjdk/jdk/commit/1"/>
<title>8372564: Convert StringDedup to use Atomic&lt;T&gt;</title><updated>2025-12-19T22:37:09Z</updated>
<content type="html">&lt;pre style=&#39;white-space:pre-wrap;width:81ex&#39;&gt;8372564: Convert StringDedup to use Atomic&amp;lt;T&amp;gt;

Reviewed-by: tschatzl, aboldtch, iwalulya&lt;/pre&gt;</content></entry>
<entry><id>tag:github.com,2008:Grit::Commit/2</id><link rel="alternate" href="https://github.com/openjdk/jdk/commit/2"/>
<title>8373105: Test tools/jpackage/share/AsyncTest.java failed: problem runâ¦</title>
<updated>2025-12-19T23:19:27Z</updated>
<content type="html">&lt;pre&gt;8373105: Test tools/jpackage/share/AsyncTest.java failed: problem running hdiutil

Reviewed-by: asemenyuk&lt;/pre&gt;</content></entry>
</feed>"""
PODCAST = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Podcasting 2.0</title><link>https://podcastindex.org</link>
<item><title>Episode 166: Country Clever</title><link>https://podcastindex.org/166</link>
<pubDate>Fri, 02 Feb 2024 20:00:00 GMT</pubDate><guid>pc20-166</guid>
<description><![CDATA[<p><strong>Podcasting 2.0 February 2nd 2024 Episode 166: "Country Clever"</strong></p>
<p>Adam &amp; Dave Celebrate the RSS Resilience and The art of Musicals</p>
<div><h3>ShowNotes</h3><p>We are LIT</p></div>]]></description></item>
</channel></rss>"""


async def test_commits_and_a_podcast_read_end_to_end(feeds, clock, tmp_path):
    clock.set(datetime(2026, 12, 1, 12, 0, tzinfo=UTC))
    urls = {
        "commits": feeds.serve("/commits.atom", COMMITS.encode(), content_type="application/atom+xml"),
        "pc20": feeds.serve("/pc20.xml", PODCAST.encode(), content_type="application/rss+xml"),
    }
    report, stored, _ = await poll_served(tmp_path, clock, urls, 100)
    assert report.summary().startswith("2 feeds polled: 2 ok")
    excerpts = {s.article.title: s.article.excerpt for s in stored}
    assert excerpts == {
        "8372564: Convert StringDedup to use Atomic<T>": "",  # (the title again, and who reviewed it)
        "8373105: Test tools/jpackage/share/AsyncTest.java failed: problem run…": "…running hdiutil",
        "Episode 166: Country Clever": "Adam & Dave Celebrate the RSS Resilience and The art of Musicals…",
    }


def test_a_plain_texts_first_line_that_says_the_title_again_is_a_header():
    """A craigslist ad's description opens with a line that restates its title, no full stop, then the ad
    (winds--seattle.craigslist.org.rdf in tests/data/unseen/set17, github.com/GetStream/Winds
    api/test/data/feed/seattle.craigslist.org, BSD-3-Clause; F9): the excerpt was that line alone and "…"."""
    text = (
        "Male Workout Buddy Mill Creek or Evt Mall location, LA fit - (18-30) \n"
        "July 4th at 8AM - Then July 5th, 6th, 7th and 8th at 6AM each day. \n"
        "Have a membership or get a visitors pass? Be a morning person (I workout first thing in the morning) "
        "Plan for 90 ..."
    )
    title = "Male Workout Buddy;  July 4th, 5th, 6th,7th and 8th (Mill Creek/Evt Mall, The Gym, LA fit)"
    assert excerpt(text, title) == (  # (its whole sentences, not the fragment the feed cut: set18 F5)
        "July 4th at 8AM - Then July 5th, 6th, 7th and 8th at 6AM each day. Have a membership or get a visitors pass?"
    )
    # (a first line in words of its own is the story's: it stays)
    other = "Looking for a gym partner in Mill Creek or Evt Mall - (18-30) \n" + text.split("\n", 1)[1]
    assert excerpt(other, title) == "Looking for a gym partner in Mill Creek or Evt Mall - (18-30)…"


def test_a_forms_fields_before_the_question_go():
    """Mendix's forum flattens its question form: "Category: Studio Pro - Runtime Description: I am…"
    (mendcord--mendix-forum.xml in tests/data/unseen/set17, github.com/GG-O-BP/mendcord test/fixtures/feed.xml,
    MPL-2.0; F13). A sentence that only opens with a field's name stays."""
    assert (
        excerpt(
            "Category: Studio Pro - Runtime Description: I am experiencing a critical issue with Date inputs where "
            "the selected date shifts to the previous day randomly."
        )
        == "I am experiencing a critical issue with Date inputs where the selected date shifts to the previous day randomly."
    )
    kept = "Category: Studio Pro - Runtime is where the question was asked. Description: none."
    assert excerpt(f"<p>{kept}</p>") == kept


def test_a_post_that_is_only_its_byline_and_one_quote_is_the_post_itself():
    """An old Discourse latest.rss writes a topic's first post as "@name wrote:" and a <blockquote>, then the
    topic's counts (clover-discourse--latest.rss, github.com/zturtleman/clover-discourse-archive, no licence
    stated: made-up words in the same shape; tests/data/unseen/set19's F2)."""
    post = (
        '<p><a href="https://forum.example/u/quillmoss">@quillmoss</a> wrote:</p><blockquote><p>First of all, the '
        "lantern mod is splendid, my friends and I love the split view, is there any plan to support other "
        "tilemap games?</p></blockquote><p>Posts: 7</p><p>Participants: 2</p>"
        '<p><a href="https://forum.example/t/other-games/149">Read full topic</a></p>'
    )
    assert excerpt(post) == (
        "First of all, the lantern mod is splendid, my friends and I love the split view, is there any plan to "
        "support other tilemap games?"
    )
    assert excerpt("<p>quillmoss wrote:</p><blockquote><p>The lantern mod is out.</p></blockquote>") == (
        "The lantern mod is out."
    )
    # (a quote the post answers, or one an article's author introduces, stays a quote)
    reply = "<p>@quillmoss wrote:</p><blockquote><p>Is it out?</p></blockquote><p>Yes, since May.</p>"
    assert excerpt(reply).startswith("@quillmoss wrote: “Is it out?”")
    assert excerpt("<p>He wrote:</p><blockquote><p>We are done.</p></blockquote>") == "He wrote: “We are done.”"


def test_a_forums_companion_topic_note_goes_wherever_it_sits():
    """Discourse's embed footer, "<hr><small>This is a companion discussion topic for the original entry at
    URL</small>", inside the quoted post too, after a paragraph that ends with a colon
    (sourceinstitute-forum--latest.rss, github.com/sourceinstitute/forum-archive, no licence stated: made-up
    words in the same shape; tests/data/unseen/set19's F6a)."""
    note = (
        '<hr><small>This is a companion discussion topic for the original entry at <a href="https://blog.example/'
        'ferry-fares/">https://blog.example/ferry-fares/</a></small>'
    )
    post = (
        '<p><a href="https://forum.example/u/forum">@forum</a> wrote:</p><blockquote><p>Let us begin with how '
        f'<a href="https://news.example/a">the ferry handled the sudden fare rise</a> after the storm:</p>{note}'
        "</blockquote><p>Posts: 1</p><p>Participants: 1</p>"
    )
    assert excerpt(post) == "Let us begin with how the ferry handled the sudden fare rise after the storm…"
    assert excerpt(
        f"<p>The harbour opens a new pier on Monday:</p>{note}<p><small>1 post - 1 participant</small></p>"
    ) == ("The harbour opens a new pier on Monday…")


def test_a_forum_topics_counts_in_other_languages_are_no_text():
    """Discourse's "1 个帖子 - 1 位参与者" ("1 post - 1 participant") was the excerpt of a post whose body is a code
    block (zh-discourse-mlmmlm--latest.rss in tests/data/unseen/set23, no licence: made-up words; F12)."""
    assert excerpt("<pre><code>import os\nprint(1)</code></pre><p><small>1 个帖子 - 1 位参与者</small></p>") == ""
    assert (
        excerpt("<p>港口下周一开放新码头。</p><p><small>3 个帖子 - 2 位参与者</small></p>") == "港口下周一开放新码头。"
    )
    assert excerpt("<p>Der Hafen öffnet am Montag.</p><p><small>2 Beiträge - 2 Teilnehmer</small></p>") == (
        "Der Hafen öffnet am Montag."
    )


def test_a_newsletter_sign_up_box_is_no_text():
    """A Ghost blog's sign-up box as all a forum topic's post says (mesg-forum--latest.rss,
    github.com/mesg-foundation/forum, no licence stated: the box's words reworded; set19's F6b): no excerpt;
    a sentence that only mentions an inbox stays."""
    box = '<p class="subscribe-overlay-description">Stay in the loop! Get the newest posts delivered right to your inbox</p>'
    assert excerpt(f"{box}<p><small>1 post - 1 participant</small></p>") == ""
    assert excerpt(f"<p>The harbour opens a new pier on Monday.</p>{box}") == "The harbour opens a new pier on Monday."
    kept = "Get the council's report delivered to your inbox and read it over the weekend, the mayor said."
    assert excerpt(f"<p>{kept}</p>") == kept


def test_an_address_to_customers_and_a_greeting_with_who_writes_go():
    """set20 F1: a notice's address to its customers (rssreader--gas-news-ru.xml, w3stling/rssreader
    src/test/resources/starts-with-whitespace-and-missing-namespace.xml, MIT) and a blog post's greeting with its
    writer's self-introduction and new year's wishes (tech-blog-rss-feed--feed.json, azu/tech-blog-rss-feed
    feeds/feed.json, MIT). A letter's one addressee and a greeting before the story's own sentence stay."""
    assert (
        excerpt(
            "<p>Уважаемые клиенты!</p><p>По техническим причинам <b>18.06.2024 с 10:00 до 12:00</b> АГНКС «Витебск»"
            " работать не будет.</p>"
        )
        == "По техническим причинам 18.06.2024 с 10:00 до 12:00 АГНКС «Витебск» работать не будет."
    )
    assert excerpt("Liebe Kundinnen und Kunden, ab Montag ist die Filiale geschlossen.") == (
        "Ab Montag ist die Filiale geschlossen."
    )
    assert (
        excerpt(
            "Add your data はじめに こんにちは、ACS事業部の佐竹です。 あけましておめでとうございます。本年もどうぞよろしくお願いいたします。"
            " さて、今回ご紹介したいのは現在プレビュー中の機能である、Azure OpenAI ServiceのAdd your dataについてです。"
        )
        == "さて、今回ご紹介したいのは現在プレビュー中の機能である、Azure OpenAI ServiceのAdd your dataについてです。"
    )
    assert (
        excerpt(
            "こんにちは、クラウド事業部の山路です。 今回は表題の通り、Amazon ConnectをAWS CloudFormationで管理する例を紹介いたします。"
        )
        == "今回は表題の通り、Amazon ConnectをAWS CloudFormationで管理する例を紹介いたします。"
    )
    assert excerpt("Hi all, I'm Jane Smith from the Platform team. Today we shipped the new build system.") == (
        "Today we shipped the new build system."
    )
    # (what stays: a letter's addressee, a sentence with a topic after the greeting, a greeting's own sentence)
    assert excerpt("<p>Dear Meliari, Hello!! My name is Mary and I am nine years old.</p>") == (
        "Dear Meliari, Hello!! My name is Mary and I am nine years old."
    )
    assert excerpt("こんにちは。今回のテーマはRustです。 所有権について書きます。") == (
        "今回のテーマはRustです。 所有権について書きます。"
    )
    assert excerpt("Hi all, I'm excited to announce the 2.0 release. Here is what changed.") == (
        "I'm excited to announce the 2.0 release. Here is what changed."
    )


def test_a_byline_with_affiliations_credits_and_a_first_published_note_are_no_story():
    """set20 F4: comunidadbioinfo--es-post-index.xml (ComunidadBioInfo/comunidadbioinfo.github.com, no licence:
    made-up words in the same shape) opens posts with an italic byline and its affiliations, the credits of who
    organized and coordinated the post, a note where it was first published; LinuxFr (ruby-feedparser--linuxfr.xml,
    feed2imap/ruby-feedparser test/source/linuxfr.xml, GPL) thanks its contributors in a paragraph of its own."""
    byline = (
        '<p><em>Por <a href="https://x.example">Marta Olivares Ruiz</a>, M. en C., Genómica. Universidad Central'
        " del Norte. Instituto de Ciencias del Mar y Limnología. <a href='https://x.example/m'>@MartaOR</a></em></p>"
        "<p>En 2017 supe de un curso donde Ana Torres enseñaba en Lima.</p>"
    )
    assert excerpt(byline) == "En 2017 supe de un curso donde Ana Torres enseñaba en Lima."
    credits = (
        "<p><em>Esta sesión de datos!2021 y video fueron organizados por Ana Torres, Luis Paz y Rita Sol."
        " Pedro Vela coordinó el blog post. Este blog post fue originalmente publicado en el blog de la Red Andina"
        " el 3 de mayo del 2021.</em></p><p>El 2 de abril de 2021 grabamos un video para datos!2021.</p>"
    )
    assert excerpt(credits) == "El 2 de abril de 2021 grabamos un video para datos!2021."
    note = (
        "<p><em>Esta entrada en el blog fue enviada al blog de la Red Andina donde fue publicada el 04/02/2021.</em></p>"
        "<p>He ido a cursos de datos desde 2010.</p>"
    )
    assert excerpt(note) == "He ido a cursos de datos desde 2010."
    thanks = (
        "<p>L’activité du projet Wayland a été très importante ces derniers mois. En voici les principaux faits"
        ' marquants.</p><p>Merci à <a href="/users/bayo"><em>bayo</em></a>, <a href="/users/nyco"><em>Nÿco</em></a>'
        ' et <a href="/users/antistress"><em>antistress</em></a> pour leur contribution.</p>'
    )
    assert excerpt(thanks) == (
        "L’activité du projet Wayland a été très importante ces derniers mois. En voici les principaux faits marquants."
    )
    # (a sentence of the story that says who built or published something stays)
    story = "<p>The bridge was first published in a map of 1820.</p><p>Its stones came from the river.</p>"
    assert excerpt(story) == "The bridge was first published in a map of 1820. Its stones came from the river."


def test_a_pointer_to_another_post_and_a_markdown_heading_are_no_story():
    """set20 F6: quanfita--atom.xml (Quanfita/Quanfita.github.io, no licence: made-up words in the same shape) opens
    posts with a pointer to another post by its link's label (a heading follows it), or a Markdown heading the
    HTML kept as text ("<p>\\ufeff## …</p>")."""
    pointer = (
        '<p>关于梯度森林的相关理论知识请查看：<a href="http://x.example/2018/02/11/forest/">梯度森林</a></p>'
        "<h3>关于花园数据集</h3><p>花园数据集是一类多重变量分析的数据集。</p>"
    )
    assert excerpt(pointer, title="入门实战——梯度森林实战花园数据集") == "花园数据集是一类多重变量分析的数据集。"
    heading = (
        "<p>\ufeff## 梯度森林实战新闻数据集</p><p>关于梯度森林的相关理论知识可查看：<a href='/f'>梯度森林法</a></p>"
        "<h3>关于新闻数据集</h3><p>新闻数据集是用于文本分类研究的标准数据集之一。</p><p>它包含大约一万条新闻。</p>"
    )
    assert excerpt(heading, title="入门实战——梯度森林实战新闻数据集") == (
        "新闻数据集是用于文本分类研究的标准数据集之一。它包含大约一万条新闻。"  # (no space after "。": set32 F8)
    )
    assert excerpt("<p>For the theory, see: <a href='/p'>Perceptron</a></p><p>The set has 150 samples.</p>") == (
        "The set has 150 samples."
    )
    # (a sentence that says where to look stays; "#" before a lower-case word is no heading's)
    assert excerpt("<p>See: the river rose again.</p>") == "See: the river rose again."
    assert excerpt("<p># of users grew by a third in May, and more came.</p>") == (
        "# of users grew by a third in May, and more came."
    )


# --- a heading or a label run into the text (set19 F7) ---------------------------------------------


def test_a_tldr_label_run_into_the_summary_goes():
    """icaran-theblog--hi-index.xml #0 (tests/data/unseen/set19/feeds; github.com/iCaran/theBlog, Unlicense): Hugo's
    plain-text summary opens "TLDR - Summary " before its first sentence."""
    text = (
        "TLDR - Summary This post recounts my unusual train journey from Howrah to Bhubaneswar. It details an "
        "encounter with a peculiar co-passenger, a woman who seemed lost."
    )
    assert excerpt(text, "One Peculiar Train Experience").startswith("This post recounts my unusual train journey")
    # (a "TL;DR:" before a sentence in lower case is that sentence's start; "TLDR" without a mark may be a name)
    assert excerpt("TL;DR: we examined the future of work in a recent report.", "A report").startswith("TL;DR: we")
    assert excerpt("TLDR AI is a daily newsletter about models and tools.", "About").startswith("TLDR AI is")


def test_bold_phrases_before_a_paragraphs_first_sentence_are_a_heading():
    """pittua--episodes.xml #3 (tests/data/unseen/set19/SOURCES.md: github.com/lvivlion/pittua, no licence stated,
    not copied; made-up words, same shape): the episode's title in another language and its producer, two bold
    phrases run into the paragraph's first sentence."""
    markup = (
        "<p><strong>The Word of the Bard</strong></p>"
        "<p><strong>Слово барда — зброя вільних</strong><strong>Borland Cultural Institute (BCI)</strong> У новому "
        "випуску програми ми поєднуємо два символи нашої сили. Ми згадаємо події минулої весни.</p>"
    )
    assert excerpt(markup, "The Word of the Bard").startswith("У новому випуску програми ми поєднуємо")
    # (one bold phrase a sentence goes on from, a bold lead, and a bold job title before no sentence: they stay)
    lead = "<p><strong>Cinco personas han resultado heridas esta madrugada en Marbella</strong> (Málaga), según la policía.</p>"
    assert excerpt(lead, "Heridos").startswith("Cinco personas han resultado heridas")
    job = "<p><strong>Web3 Frontend Developer</strong> Aergo | 2023.01 – present</p>"
    assert excerpt(job, "ABOUT ME").startswith("Web3 Frontend Developer")
    # A bold phrase on a line of its own, a <br> after it, is a heading too: the summary read it into its first
    # sentence ("HTML Export - Browser Migration Made Easy The universal standard.": microblogmirror, set27 F12).
    from bot.blocks import html_blocks

    section = "<p><strong>HTML Export - Browser Migration Made Easy</strong><br>The universal standard. It works.</p>"
    assert html_blocks(section).lines == [
        "HTML Export - Browser Migration Made Easy",
        "The universal standard. It works.",
    ]


def test_a_short_first_line_before_short_sentences_that_go_on_is_skipped():
    """pittua--episodes.xml #4 (tests/data/unseen/set19/SOURCES.md: no licence stated, not copied; made-up words,
    same shape): a short line without a sentence's end, then a short sentence and a paragraph; the excerpt was
    the short line alone with "…" (set19 F9)."""
    markup = (
        "<p>Марта Вербицька - студенти читають вірші </p><p>Марта Вербицька та Карпати.</p>"
        "<p>Зв'язок Марти Вербицької з Карпатами — це не просто сторінка її біографії, а ціла епоха в її "
        "творчості. Для неї гори стали місцем спокою, де вона писала найкращі свої вірші.</p>"
    )
    assert excerpt(markup, "Пісня гір").startswith("Марта Вербицька та Карпати. Зв'язок Марти")
    # (one short sentence after it and nothing more: an unfinished first sentence stays, as before)
    near = "<p>The ministry said talks would resume</p><p>Negotiators met for six hours.</p><p>• Venue: Oslo</p>"
    assert excerpt(near, "Talks") == "The ministry said talks would resume…"


def test_a_first_block_of_hashtags_and_links_is_never_the_lead():
    """pittua--episodes.xml #2 (tests/data/unseen/set19/SOURCES.md: no licence stated, not copied; made-up words,
    same shape): a "#" and links to the publisher's sites before the episode's text (set19 F10)."""
    markup = (
        '<p># <a href="http://plorb.org/?x=1">plorb.org</a> <a href="https://plorb.org/?x=2">https://plorb.org/</a>#'
        '<a href="https://example.com/plorbinst">Plorb Cultural Institute (PCI)</a></p>'
        '<p>#Plorb in every heart<a href="https://plorb.example/">https://plorb.example/</a></p>'
        "<p>Thirty Meters of a Mural: this is not just a painting. It is seventy square meters of our memory, and "
        "the artists begin their work on it this spring.</p>"
    )
    assert excerpt(markup, "A Mural").startswith("Thirty Meters of a Mural: this is not just a painting.")
    # (a sentence that ends in its links, the block's first words its own, stays the lead)
    own = "<p>Send us your comic at plorb.ift@example.com All the details at https://plorb.example.org/ed/comic/</p>"
    assert excerpt(own + "<p>#PlorbComic #Plorb</p><p>Thanks to:</p><p>Ana Plorb</p>", "Comic").startswith("Send us")


def test_a_shops_name_field_that_is_the_title_but_for_a_character_or_a_gloss_goes():
    """set23 F6: a shop's plain-text items (ja-shopfeeds--henshusha.xml, no licence found: made-up words in the
    same shape) open with a "【商品名】" (item name) field whose value is the title with one other kanji, or without
    its gloss in brackets; the excerpt was that value, then the shop's own words."""
    from bot.excerpt import make_excerpt

    text = "【商品名】\n{name}\n\n【店のひとこと】\nいつかの棚.\n誰かが作ったモノ."
    assert make_excerpt(text.format(name="3本足の小椅子."), title="3本脚の小椅子.") == "いつかの棚. 誰かが作ったモノ."
    assert make_excerpt(text.format(name="gravity."), title="gravity(重力).") == "いつかの棚. 誰かが作ったモノ."
    # near misses: a digit or a Latin letter differs (another item, another word), a gloss with a number (a part)
    for name, title in [("4本脚の小椅子.", "3本脚の小椅子"), ("The lamp is dead.", "the lamp is deaf"),
                        ("Lecture notes (part 1)", "lecture notes (part 2)")]:  # fmt: skip
        assert not near_title(name, title)


def test_a_plain_texts_first_sentence_over_two_lines_is_one():
    """set23 F9: gnomepodcasts--streetfightradio.xml (alatiera/gnome-podcasts, GPL-3.0): "On this episode Bryan has
    Howell Dawdy" then "From “Howell Dawdy’s Fast Track”" on the next line; the first line was read as a heading
    and the excerpt was the fragment after it."""
    from bot.excerpt import make_excerpt

    notes = "On this episode Bryan has Howell Dawdy\n\nFrom “Howell Dawdy’s Fast Track”\n\nJoin the chat on Twitch."
    assert make_excerpt(notes).startswith("On this episode Bryan has Howell Dawdy from “Howell Dawdy’s Fast Track”")
    # near misses: a heading of a word or two; a second line that ends a sentence; a show's handle after it
    assert make_excerpt("Show notes\n\nFrom the start the crew was late.").startswith("From the start")
    assert "from Blink" not in make_excerpt("On this episode Bryan has Sam\n\nFrom Blink 155 - @155pod\n\nBye.")


def test_a_welcome_to_the_blog_goes_alone_or_after_a_greeting():
    """set25 F7: a blog's posts open with a welcome, alone ("Welcome to my blog! Today we will dive…") or after a
    greeting ("Hello folks, and welcome to yet another journey! Today, we…", which became "And welcome to yet
    another journey!…" once the greeting went): 0xbekoo--blogs-index.xml in tests/data/unseen/set25, no licence:
    made-up words in the same shape."""
    assert excerpt("<p>Hello folks, and welcome to yet another journey! Today, we look at how a disk boots.</p>") == (
        "Today, we look at how a disk boots."
    )
    assert excerpt("<p>Welcome to my blog! Today we will build a small tracer for the kernel.</p>") == (
        "Today we will build a small tracer for the kernel."
    )
    # (a welcome to a place, or one a sentence goes on from, is the story's)
    for kept in (
        "Welcome to Paris! The city of light opens its museums at night.",
        "Welcome to my blog post about the kernel, which took a year to write.",
        "Welcome to another heatwave! Temperatures hit 40C in Madrid on Monday.",  # (a news lede: a review's case)
    ):
        assert excerpt(f"<p>{kept}</p>") == kept


def test_two_addresses_to_a_notice_s_readers_in_a_row_go():
    """set27 F7: a status page's incident opens with two addresses, each to one of a group
    (ubikasec--issues.xml, ubikasec/service-status public/issues/index.xml, no licence: made-up words).
    A letter's one named addressee stays."""
    assert (
        excerpt("<p>Dear Client, Dear Member,</p><p>A flood of probes hit the gateway on Friday at 6:00 AM.</p>")
        == "A flood of probes hit the gateway on Friday at 6:00 AM."
    )
    assert excerpt("<p>Dear Customer,</p><p>Your portal is back online after the upgrade.</p>") == (
        "Your portal is back online after the upgrade."
    )
    assert excerpt("<p>Dear Meliari, Dear Tom,</p><p>We saw the whales today.</p>").startswith("Dear Meliari")


def test_a_turkish_greeting_and_an_arabic_invocation_go():
    """set28 F6: a Turkish blog's "Merhaba lezzet kaşifleri!" / "Merhaba LebensInsider okuyucuları!" (lebeninsider--
    tr-index.xml) and an Arabic blog's basmala with its praise up to "أما بعد:" ("and then:", abotyim--ar-index.xml;
    both in tests/data/unseen/set28, no licence: made-up words in the same shape) open the text as "Hi everyone!"
    does. A sentence that mentions the basmala stays, and so does a greeting run into its sentence."""
    assert excerpt("<p>Merhaba zorb kaşifleri! Bugün sizi Blibe davet ediyorum. Blib çok güzel.</p>") == (
        "Bugün sizi Blibe davet ediyorum. Blib çok güzel."
    )
    assert excerpt("<p>Selamlar. İlk zorb yazıma hoşgeldiniz. Umarım faydası olur.</p>") == (
        "İlk zorb yazıma hoşgeldiniz. Umarım faydası olur."
    )
    invocation = "بسم الله الرحمن الرحيم، الحمد لله الذي علم بالقلم والصلاة والسلام على محمد أما بعد:"
    assert excerpt(f"<p>{invocation}</p><p>هي أداة تسمح لك بإنشاء الحاويات على زورب.</p>") == (
        "هي أداة تسمح لك بإنشاء الحاويات على زورب."
    )
    kept = "قال إن بسم الله الرحمن الرحيم تكتب في أول الكتاب."
    assert excerpt(f"<p>{kept}</p>") == kept
    assert excerpt("<p>Merhaba dünya programı ilk programdır.</p>") == "Merhaba dünya programı ilk programdır."


def test_a_greeting_to_a_forum_or_a_handle_goes():
    """set30 F13, ai-news-processor--reddit-LocalLLaMa.rss (no licence: made-up words in the same shape): a Reddit
    post opened "Hey <a href="/r/…">r/…</a>! Wanted to share…", and the greeting was the excerpt's first words."""
    post = '<div class="md"><p>Hey <a href="/r/ZorbBlib">r/ZorbBlib</a>! Wanted to share a blib I built for zorbs.</p></div>'
    assert excerpt(post) == "Wanted to share a blib I built for zorbs."
    assert excerpt("<p>Hi @zorbfans! The blib is out today.</p>") == "The blib is out today."
    # a sentence about a forum stays
    assert excerpt("<p>Hey r/ZorbBlib is a forum for zorbs, and it is busy.</p>").startswith("Hey r/ZorbBlib")


def test_the_title_s_kicker_at_the_text_s_start_goes():
    """set28 F2: a news site's standfirst opens with its headline's kicker, the words before its colon ("DUSU Polls
    2025: Security has been tightened…" under "DUSU Polls 2025: Heavy security deployed…"; latest-education-hub--
    education.xml in tests/data/unseen/set28, no licence: made-up words in the same shape): the reader reads it twice.
    Not when the title's words after its colon go on in the text (a name's first part: "Zorb Slug: Awakening was
    newly added…"), nor before a lower-case word."""
    title = "ZUSU Polls 2025: Heavy security deployed ahead of vote counting in Blib Campus"
    text = "ZUSU Polls 2025: Security has been tightened in Blib Campus on Friday, ahead of the vote count."
    assert excerpt(f"<p>{text}</p>", title) == text.removeprefix("ZUSU Polls 2025: ")
    name = "Zorb Slug: Awakening was newly added and is running on the new anti-cheat layer."
    assert excerpt(f"<p>{name}</p>", "Zorb Slug: Awakening") == name
    lower = "ZUSU Polls 2025: turnout was better than last year's, the officials of Blib said."
    assert excerpt(f"<p>{lower}</p>", title) == lower
    # a title with nothing after its colon but a cut mark (the review's IndexError: the whole feed failed)
    breaking = "Breaking: The government has resigned after losing a vote of no confidence on Tuesday."
    assert excerpt(f"<p>{breaking}</p>", "Breaking: …") == breaking


def test_an_aggregators_note_of_who_sent_the_story_in_is_skipped():
    """Slashdot opens each story with who sent it in and whom it quotes ("An anonymous reader quotes a report from
    CBS News: …", "dcblogs writes: …", "Todd Shields and Loren Grush reporting via Bloomberg: …";
    zapfeedreader--FeedRSS10Slashdot.xml in tests/data/unseen/set30, F3, GPL-3.0: made-up words in the same
    shape): the story is what follows the colon."""
    story = "Your kettle may whistle on Friday morning, but there's a reason for that."
    for note in (
        "An anonymous reader quotes a report from Harbour Post: ",
        "Plumtree shares a report from Sky.example: ",
        "Ann Reed and Bo Lind reporting via Loomberg: ",
        "Longtime Slashdot reader kettlefan writes: ",
        "Jo Marsh writes via The Ledger: ",
        "kettleblogs writes: ",
    ):
        assert excerpt(f"<p>{note}{story}</p>") == story, note
    # (a sentence's own colon stays: shares in a company, a quoted word)
    kept = "The price of shares in kettle maker Brewco (NYSE: BRW) rose wildly last week."
    assert excerpt(f"<p>{kept}</p>") == kept
    assert (
        excerpt("<p>He writes about kettles: small ones, mostly.</p>") == "He writes about kettles: small ones, mostly."
    )
    # (a heading's "writing:" is no submitter: the review)
    essay = "The art of writing: ten rules for clear prose, from a veteran editor who has seen it all."
    assert excerpt(f"<p>{essay}</p>") == essay


def test_the_title_with_the_agency_that_reported_it_is_the_title_again():
    """newsqaz (set30 F19, no licence: made-up words in its shape): '<p>TITLE, сообщает Qaznews24.</p>' opened the
    excerpt. Not a sentence that goes on, nor another sentence with a credit."""
    words = ["в", "городе", "открыли", "новый", "мост"]
    assert title_with_label("В городе открыли новый мост, сообщает Newsagency24.", words)
    assert title_with_label("В городе открыли новый мост, reports City Wire.", words)
    assert not title_with_label("В городе открыли новый мост через реку, сообщает Newsagency24.", words)
    assert not title_with_label("В городе открыли новый мост, и сообщает об этом мэр города сам.", words)
    markup = "<p>В городе открыли новый мост, сообщает Newsagency24.</p><p>Мост длиной 300 метров строили два года.</p>"
    assert excerpt(markup, title="В городе открыли новый мост") == "Мост длиной 300 метров строили два года."


def test_a_release_s_marked_fields_and_a_credits_list_are_metadata_before_the_synopsis():
    """set32 F2: a tracker's film listings (pt-rss--hdchina.xml, tominescu/pt-rss, GPL-3.0: made-up words
    in its shape) open with "◎label value" fields or Douban's credits, each label over names a slash
    apart; the excerpt was them, the synopsis after them lost."""
    fields = (
        "<p>◎译　　名　九只鸟/我的老爸鸟(台)<br />◎片　　名　Nine Birds<br />◎年　　代　2016<br />"
        "◎国　　家　法国<br />◎IMDb评分 4.5/10 from 2,822 users<br />◎导　　演　巴里·松南菲尔德</p>"
        "<p>◎简　　介</p><p>　　商人汤姆是工作狂，却时常忽视家庭。女儿生日这一天，他匆忙赶去商店。</p>"
    )
    assert (
        excerpt(fields, "Nine.Birds.2016.BluRay.720p")
        == "商人汤姆是工作狂，却时常忽视家庭。女儿生日这一天，他匆忙赶去商店。"
    )
    credits = (
        "<p>导演: 乔纳·诺兰 / 强尼·坎 / 理查·J.刘易 / 米歇·麦克 编剧: 迈克·克莱 / 乔纳·诺兰 主演: 埃文·伍德 / "
        "安东·霍普 / 本·巴恩 / 更多... 类型: 科幻 / 西部 语言: 英语</p>"
        "<p>一座巨型乐园建成，其中有三大主题版块的机器人世界。后台监控渐渐失去了对机器人的控制。</p>"
    )
    assert excerpt(credits, "Westland S01E05 720p").startswith("一座巨型乐园建成，")
    assert lead_in("导演: 乔纳·诺兰 / 强尼·坎 / 米歇·麦克 主演: 埃文·伍德 / 安东·霍普 / 更多...")
    # Near misses: a sentence with slashes in it, a single marked line, a story whose labels end sentences.
    assert not lead_in("Note: read/write / append / seek are the calls. Also: see the docs / the code / man")
    assert not lead_in("◎简　　介")
    assert not lead_in("主演: 埃文·伍德 / 安东·霍普 / 本·巴恩。编剧: 迈克 / 乔纳 / 米歇")


def test_a_sponsor_s_read_ending_in_a_shortened_link_before_a_video_s_description_is_skipped():
    """set32 F9: a YouTube channel's descriptions (feeder--redakciya.xml, feeder repository, MIT) open with
    the sponsor's read and its shortener's or tracker's link; the excerpt was the ad."""
    text = (
        "Подписывайтесь на канал и смотрите самое крутое шоу про бизнес – «Теперь я Босс»: http://bit.ly/2lPNtnC\n\n"
        "Узнать больше о ЖК «Пресня Сити»: https://clck.ru/J2ukF\n\n"
        "В этот раз мы забрались на самое высокое место России — гору Эльбрус!\n\n"
    )
    assert excerpt(text, "Взгляд на Россию с высоты Эльбруса") == (
        "В этот раз мы забрались на самое высокое место России — гору Эльбрус!"
    )
    ad = (
        "Вам больше не придется тратить время и нервы на поиски профессионала. PROFI.RU - 700+ видов услуг в "
        "приложении и на сайте: https://profi-client.onelink.me/Bkv8/75cdf4e\n\n"
        "Полное интервью Бориса Акунина, которое взял у него Алексей Пивоваров для выпуска про политэмигрантов.\n\n"
    )
    assert excerpt(ad, "Полное интервью Бориса Акунина").startswith("Полное интервью Бориса Акунина, которое")
    # A story's own sentences, then its call with a short link (bg-councilleaders, /work/unseen24): the story.
    assert not lead_in(
        "Остават 5 дни до крайния срок за форума! Събитието ще събере най-активните участници. "
        "Ако и ти си такъв, кандидаствай тук: http://goo.gl/forms/kPKejUdBxK"
    )


def test_a_heading_a_plain_summary_ran_into_its_text_goes():
    """set32 F6: Chirpy's plain-text summaries (dyong-blog--feed.xml, liamkim-daeyong's blog, MIT) open with the
    post's heading run into its first sentence: the title, named again in that sentence, or a phrase said again
    at once."""
    from bot.headingrows import without_run_in_heading

    flat = "상속관계 매핑 이번 포스팅에서는 상속관계 매핑에 대해서 알아보자. 우선 객체지향 프로그래밍에서 상속이란 무엇일까?"
    assert excerpt(flat, "상속관계 매핑").startswith("이번 포스팅에서는 상속관계 매핑에 대해서 알아보자.")
    twice = "회원 엔티티와 팀 엔티티 회원 엔티티와 팀 엔티티가 있다고 가정해보자. 둘은 다음과 같은 관계가 있다."
    assert excerpt(twice, "즉시로딩과 지연로딩 그리고 프록시").startswith(
        "회원 엔티티와 팀 엔티티가 있다고 가정해보자."
    )
    # Near misses: the title as the sentence's subject; a name said twice that is the text's subject.
    assert without_run_in_heading("Rust 1.80 is out: Rust 1.80 brings faster builds.", "rust 1.80") == (
        "Rust 1.80 is out: Rust 1.80 brings faster builds."
    )
    assert without_run_in_heading(
        "양방향 연관관계는 이전 게시글에서 다룬 단방향 연관관계와 다르다.", "양방향 연관관계"
    ) == ("양방향 연관관계는 이전 게시글에서 다룬 단방향 연관관계와 다르다.")
    assert without_run_in_heading("Walla Walla is a city in Washington.", "") == "Walla Walla is a city in Washington."


def test_a_chinese_wire_dateline_with_its_reporters_goes():
    """set32 F10: People's Daily (himalalps--people-daily.xml, himalalps's repository, MIT) opens its stories
    with the dateline and the reporters, '本报北京8月21日电 （记者李欣怡）'; without reporters it stays."""
    text = "<p>本报北京8月21日电 （记者李欣怡）外交部发言人21日宣布：应中共中央政治局委员、外交部长王毅邀请，杰拉赫将访华。</p>"
    assert excerpt(text, "科威特外交大臣杰拉赫将访华").startswith("外交部发言人21日宣布：")
    plain = "<p>新华社北京8月21日电 国务院总理李强8月21日主持召开国务院常务会议。</p>"
    assert excerpt(plain, "李强主持召开国务院常务会议").startswith("新华社北京8月21日电 国务院总理李强")


def test_a_repost_s_author_and_original_address_before_the_text_go():
    """set32 F7: a reposted article opens with a quote of who wrote it and where it first was (lewinz-blog--feed.xml,
    no licence: made-up words in its shape), '作者：… 本文原文地址：http://…'."""
    markup = (
        "<blockquote><p>作者：王小明 (xiaoming) 本文原文地址：http://xiaoming.example.io/linux/numa</p></blockquote>"
        "<h2>为什么要有它</h2><p>在新架构出现前，处理器朝着频率越来越高的方向发展。后来又转为核数越来越多。</p>"
    )
    assert excerpt(markup, "CPU 新架构").startswith("在新架构出现前，")
    # (a sentence about an author and the original stays)
    assert excerpt("<p>作者说原文地址已经失效了，所以我们重新整理了这篇文章。</p>", "说明").startswith("作者说原文地址")


def test_an_arrow_and_click_pointer_to_a_picture_is_no_excerpt():
    """set32 F12: an anime release's description (dmhy-rss--rss.xml, no licence: made-up words in its shape) opens
    with its cover and '↑点击查看真封面' ("↑ click to see the real cover"), which was the whole excerpt."""
    markup = (
        '<div><a href="https://img.example/cover_p0.png"><img alt="封面" src="https://img.example/c.png" /></a>'
        "<div>&uarr;点击查看真封面</div><ul><li>某某Sub</li><li>星星 / ほしほし / Hoshi Hoshi</li>"
        "<li>BDRip AVC 8bit AAC 简体内嵌字幕</li></ul></div>"
    )
    assert excerpt(markup, "[某某Sub] 星星 [01-12 Fin][1080p]").startswith("• 某某Sub • 星星 / ほしほし")


def test_a_posts_own_first_sentence_ending_in_a_short_link_stays():
    """The review of set32 F9's rule: only a sponsor's read goes (its words, or an app's install link)."""
    own = "<p>Our new report on housing costs in Berlin is out today: https://bit.ly/3abcXYZ</p><p>Rents rose.</p>"
    assert excerpt(own).startswith("Our new report on housing costs")
    read = "<p>Подписывайтесь на канал и смотрите шоу: http://bit.ly/2lPNtnC</p><p>В этот раз мы были на Эльбрусе!</p>"
    assert excerpt(read) == "В этот раз мы были на Эльбрусе!"


def test_google_news_title_and_source_under_a_title_with_its_source_label_is_the_title_again():
    """An aggregator relays a Google News item with its source as a label before the title (zirnhelt--super-rss-
    feed.xml in /work/unseen42, set42 F10: "[My Cariboo Now] Plane connected…", whose text is Google News' link to
    the title and the source's name): the text is the title again, no excerpt. A sentence that only starts like
    the title stays."""
    title = "[Valley Now] Ferry to the islands cancelled after engine fault found during inspection"
    link = '<a href="https://news.google.com/rss/articles/x">Ferry to the islands cancelled after engine fault found'
    item = link + ' during inspection</a>&nbsp;&nbsp;<font color="#6f6f6f">Valley Now</font>'
    assert excerpt(item, title=title) == ""
    pictures = '<img src="https://news.example/a.jpg" style="width: 100%;" />\n' * 3  # (the relay's, before it)
    assert excerpt(pictures + item, title=title) == ""
    for label in ("KTVB 7", "CBC News British Columbia"):  # (a digit, a long name: the review's)
        labelled = title.replace("Valley Now", label)
        assert excerpt(item.replace("Valley Now", label), title=labelled) == ""
    sentence = "Ferry to the islands cancelled after engine fault found during inspection, the operator said."
    assert excerpt(f"<p>{sentence}</p>", title=title) == sentence
