"""Set 68b (/work/unseen68b/FINDINGS.md, notes): a show's call to watch its video at its site, "Watch the video at
harmontown.com/live!", kept as the last sentence of 57 episodes' excerpts (bot.quality flagged them; in various
wordings, under a quarter of the feed's entries: no closing the feed repeats, bot/closings.py). bot/promos.py's calls
to action know it now: "watch the video/episode/interview", up to two words, "at" and an address. Made-up text in
the feed's shape (Harmontown--megaphone-podcast.xml, repository Harmontown/harmontown.github.io, has no licence)."""

import pytest

from tests.builders import digest_summary, read_entries


def _episode(text: str) -> tuple[str, str]:
    [article] = read_entries([{"title": "Episode 12", "link": "/e/12", "text": text}])
    return article.excerpt, digest_summary(article)


@pytest.mark.parametrize(
    "call",
    [
        "Watch the video at mayorshow.com/live!",
        "Watch the video at mayorshow.com/live",
        "watch the video at Mayorshow.com!",
        "Watch the video in HD at mayorshow.com/live! Become a member!",
        "Watch the video exclusively at mayorshow.com/live. Become a member! We are a small business.",
        "Watch the episode at https://show.example/12.",
    ],
)
def test_a_call_to_watch_the_video_at_an_address_ends_nothing(call):
    lede = "Your Mayor and a guest comptroller talk about politics, gay weddings and mannequin legs."
    assert _episode(f"<p>{lede} {call}</p>") == (lede, lede)


def test_watching_a_video_somewhere_that_is_no_address_stays():
    """The news of where to watch it, no site: "the Moscone Center lobby screens"; and a call to watch at an address
    that opens the text, the show's own words after it, goes alone."""
    news = "The keynote starts at 10am. Watch the video at the Moscone Center lobby screens, organisers said."
    assert _episode(f"<p>{news}</p>")[0] == news
    lede = "Dan and Jeff talk about the election and then some more about the election."
    assert _episode(f"<p>Watch the video at mayorshow.com/live! {lede}</p>")[0] == lede
