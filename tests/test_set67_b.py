"""Set 67b (/work/unseen67b/FINDINGS.md), findings 2, 5 and 11: a video channel's block of social links and its label
(bot/linkrows.py, read by bot/promos.py), a greeting that says "once more" before its readers (bot/leadrows.py), a
sentence that only points at a link the digest does not show (bot/pointers.py points_at_page). Made-up text in the
feeds' shapes: the feeds the rules were written for have no licence."""

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
