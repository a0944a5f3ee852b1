"""Set 70, group d: a forum topic's feed, every post an entry under the topic's title, one digest entry with its other
posts counted (/work/unseen70b/FINDINGS.md F8, bot/threads.py); a summary's sentence that leans on the one before by
"the other <noun>" or as a counted list's row (/work/unseen70a/FINDINGS.md F8, bot/priorsentence.py). Made-up text in
the feeds' shapes (their repositories are named in each test; the feeds have no licence)."""

import json
from dataclasses import replace
from datetime import timedelta

from adapters.discord.render import item_embed
from adapters.slack.render import item_blocks
from bot.askcli import digest_to_json
from bot.cluster import Cluster
from bot.config import AlertSettings
from bot.delivery import Deliverer
from bot.plaintext import render_text
from bot.priorsentence import counted_row, names_what_came_before
from bot.store import Store
from bot.threads import THREAD, joined_threads
from tests.builders import T0, build_digest, channel, digest_summary, stored
from tests.fakes.clock import FakeClock

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


def _digest(items, **settings):
    return build_digest(
        items, channel(feeds=tuple({s.feed for s in items}), max_items=50, **settings), now=T0,
        since=T0 - timedelta(days=30),
    )  # fmt: skip


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


def _leans(sentence: str, title: str, *before: str) -> bool:
    return names_what_came_before([*before, sentence], len(before), title)


def test_the_other_of_what_the_sentence_before_named_is_not_shown_without_it():
    """Set 70a F8 (112books--linuxbcn-ca.xml #3, repository 112books/linuxbcn): "La nova versió inclourà un blog de
    notícies…" was shown after "112Books és una editorial independent…", without "Web construïda amb WordPress, en
    procés de renovació.", the site whose new version it is. Article + "other/same" + a noun the headline does not
    name leans on the sentence before; "new" only when a sentence before names the noun (rev70d F6: "the new <noun>"
    of news stands alone, so this item's "La nova versió" is shown as before); one the headline names, a name, "the
    other day" do not."""
    assert _leans("L'altra versió inclourà un blog de notícies.", "112Books")
    assert _leans("The other bulletin concerns Word.", "Windows XP left out of the updates")
    assert not _leans("A new release of Python 2.6.7 is out.", "June releases")
    assert _leans("Die andere Version bringt einen Blog.", "112Books")
    assert _leans("Die neue Version bringt einen Blog.", "112Books", "Die erste Version war langsam.")
    assert not _leans("The new law takes effect in January.", "Senate passes the data privacy law", "A law.")
    assert not _leans("The new iPhone ships in May.", "Apple's spring event", "The iPhone sold well.")
    assert not _leans("The other day I tried the new build.", "Build notes")
    assert not _leans("La versió nova inclourà un blog.", "112Books")
    summary = _summary(
        "112Books",
        [
            "112Books és una editorial independent centrada en fotollibres i projectes fotogràfics de llarg recorregut.",
            "El repte no era només publicar continguts sinó estructurar un sistema editorial digital coherent.",
            "Ara mateix el web de l'editorial es construeix amb WordPress i està en procés de renovació completa.",
            "L'altra versió inclourà un blog de notícies i una botiga integrada, construïda amb Hugo per reduir el pes.",
        ],
    )
    assert "L'altra versió" not in summary or "WordPress" in summary, summary


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


class _Log:
    """The delivery log of a real store (SQLite), asked as the deliverer asks its own (bot/store/database.py)."""

    def __init__(self, store: Store):
        self._store = store

    def __getattr__(self, name):
        method = getattr(self._store, name)

        async def call(*args, **kwargs):
            return method(*args, **kwargs)

        return call


async def test_a_thread_s_replies_reach_a_delivered_digest_and_its_json(tmp_path):
    """rev70d F1: every digest is posted from the delivery log (bot/delivery.py: ``submit`` records
    ``digest_to_dict``, ``send`` posts ``digest_from_dict`` of the record), which had no "replies": the thread went
    out as one bullet with no sign of its other posts. Submitted and posted here through a real store; `tidings digest
    --json` (bot/askcli.py) has the count too."""
    digest = _digest(_posts())
    store = Store(f"sqlite:///{tmp_path / 'log.db'}")
    posted = []

    async def post(channel_, delivered, *, sent=(), on_sent=None):
        posted.append(delivered)
        return ["m1"]

    class Catalog:
        async def channel(self, name):
            return channel(name=name)

    deliverer = Deliverer(store=_Log(store), catalog=Catalog(), clock=FakeClock(T0), alerts=AlertSettings(),
                          lease=timedelta(minutes=5), post=post)  # fmt: skip
    try:
        assert await deliverer.submit(digest.channel, digest, kind="digest", key="k1")
    finally:
        store.close()
    [delivered] = posted
    [item] = delivered.items
    assert item.replies == 5 and " · +5 replies\n" in render_text(delivered)
    assert item_blocks(item, T0)[-1]["elements"][0]["text"].endswith(" · +5 replies")
    assert item_embed(item, T0)["footer"]["text"].endswith(" · +5 replies")
    [shown] = json.loads(json.dumps(digest_to_json(digest)))["items"]
    assert shown["replies"] == 5
    assert json.loads(json.dumps(digest_to_json(_digest(_posts()[:1]))))["items"][0]["replies"] == 0


def _two(links, title, feed, texts, hours):
    out = []
    for n, (link, text, hours_ago) in enumerate(zip(links, texts, hours, strict=True), start=1):
        item = stored(n, feed=feed, hours_ago=hours_ago, link=link, title=title)
        out.append(replace(item, article=replace(item.article, uid=f"u{n}", excerpt=text)))
    return out


def test_numbered_links_under_one_headline_that_are_no_forum_s_posts_stay_apart():
    """rev70d F2-F4: any link ending in a word and two numbers was a "thread": a news section's live page under one
    headline ("/world/2026/481516", "/…/481777": the storm story, the newer, lost behind "+1 reply"), a changelog's
    months ("/changelog/2026/10", "/11"), a podcast's episodes ("/episodes/2026/46", "/47"), an article's pages
    ("/article/how-rust-won/12345/1", "/2"). Only Discourse's "/t/<slug>/<topic>/<post>" is a forum's post now: each
    is its own entry, the newest first."""
    cases = [
        (("https://news.example/world/2026/481516", "https://news.example/world/2026/481777"),
         "Live updates: the election", "news.rss",
         ("Polls closed at 8pm in the east; counting continues overnight.",
          "The storm made landfall near Tampa; two million without power."), (5, 2)),
        (("https://app.example/changelog/2026/10", "https://app.example/changelog/2026/11"), "Changelog", "app.rss",
         ("October: dark mode and faster sync.", "November: offline mode, and we removed the legacy API."), (700, 20)),
        (("https://pod.example/episodes/2026/46", "https://pod.example/episodes/2026/47"), "Weekly update", "pod.rss",
         ("This week: the new CEO and the layoffs.", "This week: the merger is off."), (170, 3)),
        (("https://mag.example/article/how-rust-won/12345/1", "https://mag.example/article/how-rust-won/12345/2"),
         "How Rust won", "mag.rss", ("Page one of the story.", "Page two of the story."), (10, 10)),
    ]  # fmt: skip
    for links, title, feed, texts, hours in cases:
        items = _two(links, title, feed, texts, hours)
        digest = _digest(items)
        assert len(digest.items) == 2 and not any(i.replies for i in digest.items), links
        assert "repl" not in render_text(digest)
        if hours[0] != hours[1]:
            assert digest.items[0].link == links[1], links  # (the newer first)
    under_folder = [f"https://forum.example/community/t/topic-x/99/{n}" for n in (1, 2)]
    [thread] = _digest(_two(under_folder, "Topic X", "forum.rss", ("Opening post.", "A reply."), (5, 2))).items
    assert thread.replies == 1  # (Discourse under a folder: still one topic)


def test_a_thread_is_dated_and_ranked_by_its_newest_post():
    """rev70d F5: a thread showed its opening post's date (eight days ago) although a reply came an hour ago, and under
    rank = "recency" sorted by that date, below everything. The entry keeps the opening post's words and link, with
    the newest post's time: its date, and its place in either order."""
    topic = _two(["https://forum.example/t/topic-x/99/1", "https://forum.example/t/topic-x/99/2"], "Topic X",
                 "forum.rss", ("Opening post of topic X.", "Newest reply text with the fix."), (200, 1))  # fmt: skip
    other = stored(9, feed="news.rss", hours_ago=5, link="https://news.example/a", title="Something else")
    for rank in ("recency", "coverage"):
        digest = _digest([*topic, other], rank=rank)
        assert [i.title for i in digest.items] == ["Topic X", "Something else"], rank
        thread = digest.items[0]
        assert thread.published == T0 - timedelta(hours=1) and thread.link.endswith("/99/1") and thread.replies == 1
        assert thread.summary == "Opening post of topic X."
        assert "forum.rss · 1 h ago · +1 reply" in render_text(digest)


def test_the_new_noun_alone_stands_alone():
    """rev70d F6: "the new <noun>" whose noun no sentence before names is news ("a new law", "the new year"), not the
    new version of something said before: it stood alone, and "The new law takes effect on Monday…" was replaced in a
    summary by filler. Leans only when a sentence before names the noun; a count before the noun is no noun."""
    for sentence, title in [
        ("The new law takes effect on Monday.", "Rents capped in Berlin"),
        ("Les nouvelles règles entrent en vigueur lundi.", "Loyers plafonnés à Paris"),
        ("Die neue Regelung gilt ab Montag.", "Mietpreisbremse verlängert"),
        ("A nova lei entra em vigor na segunda-feira.", "Rendas"),
        ("La nuova legge entra in vigore lunedì.", "Affitti"),
        ("De nieuwe wet gaat maandag in.", "Huren"),
        ("Las nuevas tecnologías cambian la forma de trabajar.", "Trabajo"),
        ("The new year begins with a strike at the ports.", "Ports"),
        ("Die neue Woche beginnt mit Regen.", "Wetter"),
    ]:
        assert not _leans(sentence, title, "Berlin's city senate voted on Thursday."), sentence
    assert _leans("The new law takes effect on Monday.", "Rents capped", "The senate passed a rent law on Thursday.")
    assert _leans("The other two suspects were released on bail.", "Two men charged")
    assert not _leans("The other two suspects were released on bail.", "Suspects released")
    summary = _summary(
        "Berlin caps rents for five years",
        [
            "Berlin's city senate voted on Thursday to cap rents for five years.",
            "Landlords may raise rents by at most two percent a year.",
            "Tenants' groups welcomed the vote.",
            "Landlords said they would go to court.",
            "The new law takes effect on Monday and covers 1.5 million flats.",
        ],
    )
    assert "The new law takes effect on Monday" in summary, summary


def test_each_language_s_idioms_and_short_nouns():
    """rev70d F7, F8: "the other day" (lately), "the same day", "on the other hand" in each language the rule reads
    (English only, and "Le même jour…" leaned where "The same day…" did not); a short noun is one word only as itself
    ("app" is no "Apple", "law" no "lawyer"), a longer one with its first five letters ("versió", "versions")."""
    for sentence in [
        "L'autre jour, j'ai testé la nouvelle version.",
        "El otro día probé la nueva versión.",
        "L'altro giorno ho provato la nuova versione.",
        "De andere dag kwam de monteur terug.",
        "The same day, police arrested two men.",
        "Le même jour, la police a arrêté deux hommes.",
        "O mesmo dia trouxe chuva.",
    ]:
        assert not _leans(sentence, "News"), sentence
    assert _leans("The other app is free.", "Apple event") and _leans("The other law stands.", "Lawyers protest")
    assert not _leans("The other versions are free.", "La versió 2")
    assert not _leans("The other plan fails.", "Plans for the city")


def test_a_colon_after_a_time_a_version_or_of_the_counts_nothing():
    """rev70d F9: any one- or two-digit number among a colon-ended sentence's last five words counted ("moved to
    10:", "at 14:", "Ubuntu 24:"), and Portuguese "dos" ("of the") was a count word. A figure counts right before a
    word among the last three, not after "at/to/on…"; a count word anywhere there."""
    for lead_in in ["The meeting was moved to 10:", "Released on 12 May at 14:",
                    "We tested it on Windows 10 and Ubuntu 24:", "Os destaques dos:", "Meet us at 3 pm:"]:  # fmt: skip
        assert not counted_row([lead_in, "Everyone must attend."], 1), lead_in
    assert counted_row(["Install it in 3 steps:", "Download the package."], 1)
    assert counted_row(["El proyecto tiene las siguientes partes:", "Un servidor."], 1)
