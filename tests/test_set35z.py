"""Set 35's findings fixed on main (tests/data/unseen/README.md; none of set 35's feeds has a licence: made-up
words in each feed's shape)."""

from datetime import UTC, datetime

from bot.normalize import read_feed
from tests.builders import read_entries

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _excerpts(*texts: str) -> list[str]:
    date = "Fri, 18 Nov 2022 17:49:04 +0900"
    entries = [{"title": f"Post {k}", "link": f"/posts/{k}/", "text": t, "date": date} for k, t in enumerate(texts)]
    return [a.excerpt for a in read_entries(entries, now=NOW)]


def test_a_caption_in_latin_letters_over_a_story_in_another_script_is_no_lead():
    """set35 F6 (axect--hugo-index.xml): a Hugo summary opens with a figure's English caption, then the Korean post;
    the excerpt was the caption alone with "…". An English first line over English text stays the story's."""
    korean = (
        "누군가 위와 같이 정규화 되지 않은 그래프를 가져왔다고 가정해봅시다. "
        "그러고서는 당신에게 이러한 분포를 갖는 데이터 만개를 만들어달라고 부탁한다면, 어떻게 해야할까요?"
    )
    caption = "Differential energy spectrum of particles from a primordial black hole (PBH)"
    english = "Suppose someone brings you an unnormalized density like the one above and asks for ten thousand samples."
    shown, kept = _excerpts(f"{caption}\n{korean}", f"{caption}\n{english}")
    assert shown == korean
    assert kept.startswith(caption)


def _titles(links: dict[str, str]) -> list[str]:
    items = "".join(
        f"<item><title>{title}</title><link>https://blog.example{path}</link>"
        f"<pubDate>Fri, 18 Nov 2022 17:49:04 +0900</pubDate><description>Some words of {title}.</description></item>"
        for title, path in links.items()
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>{items}</channel></rss>'
    content = read_feed(body.encode(), url="https://blog.example/index.xml", source="b", now=NOW, excerpt_length=300)
    return [a.title for a in content.articles]


def test_a_dated_page_at_the_sites_top_level_beside_posts_deeper_in_it_is_left_out():
    """set35 F7 (axect--hugo-index.xml): a Hugo home feed lists "About" (/about/, dated by its file) before the
    posts under /posts/. A blog whose posts sit at the top level keeps them."""
    posts = {f"Piecewise sampling {k}": f"/posts/00{k}_post/" for k in range(5)}
    assert _titles({"About": "/about/", **posts}) == list(posts)
    assert _titles({"About": "/about/", **dict(list(posts.items())[:3])}) == ["About", *list(posts)[:3]]  # (too few)
    flat = {f"Hello world {k}": f"/hello-world-{k}/" for k in range(5)}
    assert _titles({"About": "/about/", **flat}) == ["About", *flat]
    # (the review's: a page not named by its title, a video's "/watch?v=…" beside its shorts, stays a story)
    assert _titles({"Live updates": "/live/", **posts}) == ["Live updates", *posts]
    shorts = {f"Short {k}": f"/shorts/abc{k}" for k in range(5)}
    assert _titles({"Tokyo": "/watch?v=x1", **shorts}) == ["Tokyo", *shorts]
