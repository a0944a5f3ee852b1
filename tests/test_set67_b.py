"""Set 67b (/work/unseen67b/FINDINGS.md), findings 2, 5 and 11: a video channel's block of social links and its label
(bot/linkrows.py, read by bot/promos.py), a greeting that says "once more" before its readers (bot/leadrows.py), a
sentence that only points at a link the digest does not show (bot/pointers.py points_at_page). Made-up text in the
feeds' shapes: the feeds the rules were written for have no licence. With the counter-examples of the review of those
rules (review rev67b, findings 1-5, 7, 8): rows of data under network labels, news over its links, a
pointer glued to a lede, "check them out" about a band, "Hi again Mr Brooks!" quoted."""

from bot.linkrows import without_social_links
from bot.pointers import points_at_page
from bot.usable import usable
from tests.builders import digest_summary, excerpt, read_entries

_SOCIAL = (
    "Connect with the League online and on Social:\n🔴 Website: http://www.league.example\n"
    "🔵 Twitter: http://www.twitter.com/league\n🔵 Facebook: http://www.facebook.com/league\n🟡 Snapchat: LEAGUE\n"
    "🟣 Twitch: https://www.twitch.tv/league\n\n#League #shorts"
)


def _video(text: str) -> str:
    [article] = read_entries([{"title": "[League] A late winner! #league12", "link": "/v/1", "text": text}])
    return article.excerpt + " | " + digest_summary(article)


def test_a_channels_block_of_social_links_goes():
    """Set 67b, finding 2 (xxy9468615--youtube-channels.xml, repository xxy9468615/rss-aggregator, in
    /work/unseen67b/feeds): a video description that is only promotion kept its "connect" block as the excerpt and
    the summary, a colon after each row ("Connect with UFC online and on Social: 🔴 Website: http://www.ufc.com: 🔵
    Twitter: …"); the Korean channel's line over its rows stayed alone ("온라인과 스셜미디어로 UFC를 즐기세요!"). Two rows
    that name a network make the block: it goes with the line over it that names being online or social; nothing left,
    no excerpt. A description's own sentence before it stays; rows of download mirrors, a row alone, a line over the
    rows that says something else stay."""
    assert _video(_SOCIAL) == " | ", _video(_SOCIAL)
    own = "Watch the last minute of the final again, from the stands.\n\n" + _SOCIAL
    assert _video(own) == "Watch the last minute of the final again, from the stands. | " + (
        "Watch the last minute of the final again, from the stands."
    ), _video(own)
    korean = "온라인과 소셜미디어로 리그를 즐기세요!\n\n🔴 홈페이지 : https://kr.league.example\n🔵 페이스북: @League (KR)\n🔴 인스타그램 : @league_kr"
    assert _video(korean) == " | ", _video(korean)
    mirrors = [
        "Version 2.1 is out, with the new importer.",
        "📦 Windows: https://dl.example/w.zip",
        "📦 macOS: https://dl.example/m.zip",
    ]
    assert without_social_links(mirrors) == (mirrors, [])
    alone = ["Jane writes on cities and their trains.", "Twitter: @jane"]
    assert without_social_links(alone) == (alone, [])
    album = [
        "Our new album is out now!",
        "🔵 Twitter: https://twitter.com/band",
        "🔴 Instagram: https://instagram.com/band",
    ]
    assert without_social_links(album)[0] == ["Our new album is out now!"]


def test_a_greeting_once_more_to_the_readers_goes():
    """Set 67b, finding 5 (Akurasix--vnn-news.xml, repository Akurasix/vnn-archive, in /work/unseen67b/feeds): "Hello
    once more Vocaloid fans!" opened the excerpt and the summary while the same feed's "Hello vocalsynth fans!" went:
    the address was four words, two allowed. "once more" or "again" after the greeting is no part of the address; a
    name a sentence goes on after stays ("Hello again Dolly! returns…")."""
    story = "We are thrilled to announce the winners of the spring design challenge, with their shirts on sale today!"
    assert excerpt(f"<p>Hello once more synth fans! {story}</p>") == story
    assert excerpt(f"<p>Hello again, everyone! {story}</p>") == story
    show = "<p>Hello again Dolly! returns to the city's stage this spring, with the original cast.</p>"
    assert excerpt(show).startswith("Hello again Dolly!")


def test_a_sentence_that_only_points_at_a_link_is_no_summary_sentence():
    """Set 67b, finding 11 (nikolasjdawson--reddit-machinelearning.xml, repository nikolasjdawson/AINewsBot;
    Akurasix--vnn-news.xml, repository Akurasix/vnn-archive; in /work/unseen67b/feeds): "Feel free to check that out!"
    after the address it pointed at was removed, and "Link provided here!" ("here" the link's text) were summary
    sentences and excerpt ends. A sentence that is only such a pointer is none; a sentence that names what it points
    at, or says more than the pointer ("…, which we also wrote about here."), stays."""
    assert points_at_page("Feel free to check that out!")
    assert points_at_page("Link provided here!")
    assert not usable("Feel free to check that out!")
    assert not points_at_page("Check out the new docs.")
    assert not points_at_page("Take a look at the dashboard.")
    assert not points_at_page("They told us to check it out.")
    assert not points_at_page("You may remember their first event this year, which we also wrote about here.")
    post = (
        '<div class="md"><p>Hi all, </p> <p>For the holidays we made a card generator for our friends at work, '
        "thought I might share it here too! </p> <p><a href='https://cards.example/'>https://cards.example/</a></p> "
        "<p>Given a word, it finds the nearest drawing class and draws it with a sketch model, then we applied a style "
        "to the picture.</p> <p>We also open-sourced our pipeline here:</p> <p><a href='https://git.example/cards'>"
        "https://git.example/cards</a></p> <p>Feel free to check that out!</p> <p>Happy Holidays!</p> </div>"
    )
    [article] = read_entries([{"title": "[P] Holiday card generator", "link": "/r/1", "text": post}])
    assert "check that out" not in digest_summary(article), digest_summary(article)
    assert excerpt("<p>The new release is twice as fast on large files. Check it out!</p>") == (
        "The new release is twice as fast on large files."
    )


def test_rows_of_network_labels_with_values_that_are_no_links_stay():
    """Review rev67b, findings 1, 2 and 8 (counter-examples to set 67b F2, made-up text): rows under network labels
    whose values are one word are data, a service's status, a list of blocked apps, a machine's specs, not a block of
    social links; and the line over the rows that says "as follows:" or "following the court order:" names nothing
    social. Both stay, the text whole; a block of addresses and handles with a one-word row in it still goes."""
    status = ["Status of our services at 10:00 UTC:", "Website: Operational", "Discord: Down", "Twitch: Operational"]
    status.append("We are working with Discord on a fix.")
    assert without_social_links(status) == (status, [])
    court = ["Which apps are blocked since Monday, following the court order:", "X: blocked", "Telegram: blocked"]
    court += ["WhatsApp: open", "The ministry says the list will be reviewed in a month."]
    assert without_social_links(court) == (court, [])
    specs = ["Test machine", "Threads: 16", "X: 1920", "We ran each test three times."]
    assert without_social_links(specs) == (specs, [])
    streams = "Tonight's final streams at these times, as follows:\n🎮 Twitch: 8pm\n📺 YouTube: 9pm\nThe replay goes up on Sunday."
    assert _video(streams).startswith("Tonight's final streams at these times, as follows:"), _video(streams)
    follows = [
        "The links to the talks, as follows:",
        "🎮 Twitch: https://twitch.example/talks",
        "📺 YouTube: https://youtube.example/talks",
        "Thanks for coming.",
    ]
    assert without_social_links(follows)[0] == [follows[0], "Thanks for coming."]
    assert without_social_links(["Follow us on social:"] + follows[1:3])[0] == []
    assert without_social_links(follows[1:3] + ["🟡 Snapchat: TALKS"])[0] == []
    archive = [follows[1], "⏯️ Talk Archive: https://archive.example/talks", follows[2], "Thanks for coming."]
    assert without_social_links(archive)[0] == ["Thanks for coming."]


def test_news_that_ends_in_online_over_its_links_stays():
    """Review rev67b, finding 3 (counter-example to set 67b F2, made-up text): a news sentence ending "!" that says
    "online" was taken for the block's label, and the excerpt and the summary were empty. A line ending "!" goes only
    when it is the call itself (it names social media, following, or ends in the Korean "…세요!")."""
    news = "After ten years as a market stall, our bakery finally opens online!"
    rows = ["🔵 Instagram: @rosebakery", "🔴 Website: https://rosebakery.example"]
    assert without_social_links([news, *rows])[0] == [news]
    assert _video("\n".join([news, *rows])) == f"{news} | {news}", _video("\n".join([news, *rows]))
    assert without_social_links([news, rows[0], "🔴 Website: rosebakery.example"])[0] == [
        news,
        rows[0],
        "🔴 Website: rosebakery.example",
    ]
    assert without_social_links(["Follow us for more!", *rows])[0] == []


def test_a_pointer_glued_to_a_sentence_or_about_people_stays():
    """Review rev67b, findings 4 and 5 (counter-examples to set 67b F11, made-up text): "… Check it out!" glued to a
    lede by "…" (the segmenter does not split there) took the lede out of the summary; "You should check them out."
    after a band's show is about the band, not a link. Both stay; a pointer after a sentence's end still goes from the
    excerpt's end."""
    assert not points_at_page("It's faster… Check it out!")
    assert not points_at_page("It runs on the Raspberry Pi 4 and the 5 vs. Check it out!")
    lede = "Version 3 of the editor opens large files in half the time and no longer freezes on save… Check it out!"
    paragraphs = [
        lede,
        "The team rewrote the file loader over the winter, moving the parsing to a background thread.",
        "Plugins written for version 2 keep working without changes, the authors say.",
        "A new settings page groups the options that used to be spread over three menus.",
        "The update is free for everyone who bought version 2 in the last year, and costs forty dollars otherwise.",
        "Linux packages follow next week.",
    ]
    [article] = read_entries(
        [{"title": "Editor 3", "link": "/e/3", "text": "".join(f"<p>{p}</p>" for p in paragraphs)}]
    )
    assert digest_summary(article).startswith("Version 3 of the editor"), digest_summary(article)
    band = "The Beths play the Roxy on Friday, their first show here in five years. You should check them out."
    assert excerpt(f"<p>{band}</p>") == band
    assert not points_at_page("You should check them out.")
    assert excerpt("<p>The new release opens large files in half the time. Check it out!</p>") == (
        "The new release opens large files in half the time."
    )


def test_a_greeting_again_to_someone_named_stays():
    """Review rev67b, finding 7 (counter-example to set 67b F5, made-up text): after "again"/"once more" any two words
    were taken for the readers, and a note quoted as a story's first line went. Only the readers (or a group, fans)
    make it a greeting to cut."""
    note = "<p>Hi again Mr Brooks! That was the note the boy left on the teacher's desk every morning for a year.</p>"
    assert excerpt(note).startswith("Hi again Mr Brooks!"), excerpt(note)
    story = "The Grand Ole Opry welcomed her back for a night of songs from every decade of her career."
    assert excerpt(f"<p>Hey again Dolly Parton! {story}</p>").startswith("Hey again Dolly Parton!")
    assert excerpt(f"<p>Hello once more dear readers! {story}</p>") == story
