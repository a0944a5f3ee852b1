"""Set 70, group d: a forum topic's feed, every post an entry under the topic's title, one digest entry with its other
posts counted (/work/unseen70b/FINDINGS.md F8, bot/threads.py); a summary's sentence that leans on the one before by
"the new <noun>" or as a counted list's row (/work/unseen70a/FINDINGS.md F8, bot/priorsentence.py). Made-up text in
the feeds' shapes (their repositories are named in each test; the feeds have no licence)."""

from dataclasses import replace
from datetime import timedelta

from adapters.discord.render import item_embed
from adapters.slack.render import item_blocks
from bot.cluster import Cluster
from bot.plaintext import render_text
from bot.priorsentence import counted_row, names_what_came_before
from bot.threads import THREAD, joined_threads
from tests.builders import T0, build_digest, channel, digest_summary, stored

_TOPIC = "https://forum.example/t/problems-with-the-scientist-models/63238"
_TITLE = "Problems with the Scientist models"
_POSTS = [  # (post number, author, text): "" is a post of a picture only
    (1, "Lime", "Apparently half of the scientist models are missing. I tried to recover the caches, nothing worked."),
    (2, "CPU", "Open Steam, right click on the game, select Properties and verify the game files."),
    (3, "Lime", "Already did that, nothing."),
    (4, "Lime", ""),
    (5, "Crawfish", "What are your computer specs?"),
    (6, "Lime", "Okay, I will do that right now."),
]


def _posts(topic: str = _TOPIC, title: str = _TITLE, feed: str = "leakfree-topic.rss", first: int = 1):
    out = []
    for number, author, text in _POSTS:
        item = stored(first + number, feed=feed, hours_ago=100 - 10 * number, link=f"{topic}/{number}", title=title)
        article = replace(item.article, uid=f"post-{topic[-5:]}-{number}", author=author, excerpt=text)
        out.append(replace(item, article=article))
    return out


def _digest(items):
    return build_digest(
        items, channel(feeds=tuple({s.feed for s in items}), max_items=50), now=T0, since=T0 - timedelta(days=30)
    )


def test_a_topic_s_posts_are_one_entry_with_its_replies_counted():
    """Set 70b F8 (JoshHubi--leakfree-topic.rss, repository JoshHubi/leakfree): twelve posts of one Discourse topic, each
    "Problems with the Male Scientist models", linked ".../63238/1" ... "/12", were twelve bullets, two a headline alone
    (a picture's post). One entry now: the topic's first post's words alone (not its replies' run together as one
    voice: set42), its link, and "+5 replies" (the picture's post counted, not shown) in every renderer."""
    digest = _digest(_posts())
    [item] = digest.items
    assert item.title == _TITLE and item.link == f"{_TOPIC}/1" and item.replies == 5
    assert item.summary.startswith("Apparently half of the scientist models are missing.")
    assert "specs" not in item.summary and "Steam" not in item.summary
    assert "leakfree-topic.rss · " in render_text(digest) and " · +5 replies\n" in render_text(digest)
    assert "+5 replies" in item_blocks(item, T0)[-1]["elements"][0]["text"]
    assert item_embed(item, T0)["footer"]["text"].endswith(" · +5 replies")
    assert "replies" not in render_text(_digest(_posts()[:1]))  # (one post: an entry as before)


def test_the_first_post_with_words_leads_when_the_topic_s_opening_is_not_here():
    """Set 70b F8: a later digest gets the topic's new posts only; the earliest with a text leads (not a picture's)."""
    [item] = _digest(_posts()[3:]).items
    assert item.link == f"{_TOPIC}/5" and item.replies == 2 and item.summary == "What are your computer specs?"


def test_two_topics_two_feeds_and_other_numbered_links_stay_apart():
    """Set 70b F8's conditions: two topics of one forum under one title (two topic numbers), one topic's posts in two
    feeds, a podcast's episodes under one title ("/show/12", no topic before the number), pages of one title under
    dates ("/2024/05/12": no slug before the numbers) and one topic's posts under two titles are not joined."""
    other_topic = "https://forum.example/t/problems-with-the-scientist-models/63301"
    two = _posts() + _posts(other_topic, first=20)
    assert sorted(len(c.members) for c in joined_threads([Cluster((s,), "") for s in two])) == [6, 6]
    feeds = _posts() + _posts(feed="another-forum.rss", first=20)
    assert [c.lead.feed for c in joined_threads([Cluster((s,), "") for s in feeds])].count("another-forum.rss") == 1
    for link in ("https://radio.example/show/{}", "https://diary.example/2024/05/{}"):
        pages = [stored(n, feed="pages.rss", link=link.format(n + 10), title="Weekly Show") for n in range(1, 4)]
        assert len(joined_threads([Cluster((s,), "") for s in pages])) == 3
    titled = [replace(s, article=replace(s.article, title=f"{_TITLE} {s.id}")) for s in _posts()]
    assert len(joined_threads([Cluster((s,), "") for s in titled])) == len(_POSTS)
    [thread] = joined_threads([Cluster((s,), "") for s in _posts()])
    assert thread.reason == THREAD and [m.article.link[-1] for m in thread.members] == list("123456")


def _summary(title: str, paragraphs: list[str]) -> str:
    """The digest's summary of one entry whose text is these paragraphs (as the poller stores it)."""
    from bot.models import Article

    article = Article(uid="u", link="https://site.example/p", title=title, excerpt=paragraphs[0][:120],
                      published=T0, source="f", lead="\n".join(paragraphs))  # fmt: skip
    return digest_summary(article)


def test_the_new_version_of_what_the_sentence_before_named_is_not_shown_without_it():
    """Set 70a F8 (112books--linuxbcn-ca.xml #3, repository 112books/linuxbcn): "La nova versió inclourà un blog de
    notícies…" was shown after "112Books és una editorial independent…", without "Web construïda amb WordPress, en
    procés de renovació.", the site whose new version it is. Article + "new/next/other/same" + a noun the headline does
    not name leans on the sentence before; one the headline names, a name, "the other day" do not."""
    assert names_what_came_before("La nova versió inclourà un blog de notícies.", "112Books")
    assert names_what_came_before("The other bulletin concerns Word.", "Windows XP left out of the updates")
    assert not names_what_came_before("A new release of Python 2.6.7 is out.", "June releases")
    assert names_what_came_before("Die neue Version bringt einen Blog.", "112Books")
    assert not names_what_came_before("The new law takes effect in January.", "Senate passes the data privacy law")
    assert not names_what_came_before("The new iPhone ships in May.", "Apple's spring event")
    assert not names_what_came_before("The other day I tried the new build.", "Build notes")
    assert not names_what_came_before("La versió nova inclourà un blog.", "112Books")
    summary = _summary(
        "112Books",
        [
            "112Books és una editorial independent centrada en fotollibres i projectes fotogràfics de llarg recorregut.",
            "El repte no era només publicar continguts sinó estructurar un sistema editorial digital coherent.",
            "Ara mateix el web de l'editorial es construeix amb WordPress i està en procés de renovació completa.",
            "La nova versió inclourà un blog de notícies i una botiga integrada, construïda amb Hugo per reduir el pes.",
        ],
    )
    assert "La nova versió" not in summary or "WordPress" in summary, summary


def test_a_row_of_a_counted_list_is_not_shown_without_its_lead_in():
    """Set 70a F8 (threethirds--cases-lt.xml #3, repository threethirds/threethirds.ai): "Grindų plano generavimo
    algoritmas, kuriame…" was the whole summary, the first of the three components "Mūsų sprendimą sudaro trys
    pagrindiniai komponentai:" announces. A row right after a lead-in whose colon counts what follows leans on it; not
    after any colon (bot/paragraphs.py measured that: as many worse as better), nor a heading's."""
    lead_in = "Mūsų sprendimą sudaro trys pagrindiniai komponentai:"
    assert counted_row([lead_in, "Grindų plano generavimo algoritmas."], 1)
    assert counted_row(["The release fixes 3 long-standing bugs:", "The parser no longer hangs."], 1)
    assert not counted_row(["Here is a screenshot of the main screen:", "Each controller has an image."], 1)
    assert not counted_row(["## Two steps:", "Install the package first."], 1)
    assert not counted_row([lead_in, "Grindų plano generavimo algoritmas."], 0)
