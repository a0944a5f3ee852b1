"""bot/contents.py: a newsletter issue whose text is its table of contents ("; " between the entries,
a tag after each) is shown as its headlines: without the sponsor's entry, the reading times, the empty
entries. Through the whole reading of a feed (bot/normalize.py's read_feed)."""

from datetime import UTC, datetime

from bot.contents import without_tags
from bot.normalize import read_feed

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _excerpts(*descriptions: str) -> list[str]:
    items = "".join(
        f"<item><title>Issue {n}</title><link>https://letter.example/{n}</link><description>{d}</description></item>"
        for n, d in enumerate(descriptions)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>L</title><link>https://letter.example/</link>{items}</channel></rss>'
    feed = read_feed(body.encode(), url="https://letter.example/feed", source="L", now=NOW, excerpt_length=300)
    return [article.excerpt for article in feed.articles]


def test_a_newsletters_contents_lose_the_sponsors_entry_and_the_reading_times():
    # The shape of TLDR AI's issues (newsletters-rss--tldr_ai.xml, doguskidik/newsletters-rss-feeds, no licence
    # found: our own words; set17's finding 1): the excerpt opened with the ad and cut inside "(4 minute…".
    issue = (
        "Is your harbour actually shipping faster? (Sponsor); Harbour Co's Project Kelp sits through meetings "
        "and assigns the crew their homework (11 minute read); Quay Code: Where Your Crew and Cranes Work Together "
        "(8 minute read); Ferry update adds tide tables on the deck (4 minute read); Lighthouse (Website); ); "
        "Port replaces one-shot cargo checks with a navigable search loop (9 minute read)"
    )
    assert _excerpts(issue) == [
        "Harbour Co's Project Kelp sits through meetings and assigns the crew their homework; Quay Code: Where "
        "Your Crew and Cranes Work Together; Ferry update adds tide tables on the deck; Lighthouse; Port replaces "
        "one-shot cargo checks with a navigable search loop"
    ]
    # (an entry that is only its tag leaves no empty entry behind)
    bare = "Harbour news (2 minute read); (Website); Ferry news (3 minute read); Tide news (1 minute read)"
    assert without_tags(bare)[0] == "Harbour news; Ferry news; Tide news"


def test_a_sentence_with_brackets_and_semicolons_is_no_contents():
    kept = "The port opened (at last); the ferries ran late (again); the mayor spoke (briefly) and left."
    assert without_tags(kept) == (kept, "")
    two = "Harbour news (Sponsor); Ferry news (4 minute read)"  # (two entries: too few to tell)
    assert without_tags(two) == (two, "")
    assert _excerpts(kept) == [kept]
