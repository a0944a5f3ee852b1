"""Set 51's findings (/work/unseen51/FINDINGS.md, tests/data/unseen/set51). ntbre--ty-releases.atom is from
ntBre/newsyacht's tests/fixtures/releases.xml (MIT): quoted; the other files have no licence: made-up text in their
shape."""

import html

from bot.flattened import cut_start_of
from bot.normalize import read_feed
from tests.builders import T0, excerpt

_TY = (
    "<h2>Release Notes</h2> <p>Released on 2025-10-29.</p> <h3>Bug fixes</h3> <ul> <li>Fix bug where ty would think "
    "all types had an <code>__mro__</code> attribute (#20995)</li> <li>Fix rare panic with highly cyclic TypeVar "
    "definitions (#21059)</li> <li>Fix infinite recursion with generic type aliases (#20969)</li> <li>Add missing "
    "newline before first diagnostic in CLI output (#21058)</li> <li>Make the ty server's auto-import feature skip "
    "symbols in the current module (#21100)</li> </ul>"
)


def test_a_list_after_a_sentence_is_cut_between_its_items():
    """set51 F1: the ty release notes' excerpts ended inside an item ("…output (#21058) • Make…"): the cut between two
    items was only for a text that opens with its list."""
    shown = excerpt(_TY, title="0.0.1-alpha.25")
    assert shown.endswith("• Add missing newline before first diagnostic in CLI output (#21058)…"), shown
    links = (
        "<p>I’m leaving you with a shorter list this week. Nevertheless, here are a few links of note for the week "
        "ending August 21, 2016:</p><ul><li>Apple Announces Environmental Progress in China and Applauds Supplier "
        "Commitment to Clean Energy across the whole of its supply chain in the region</li><li>Another link</li></ul>"
    )
    assert "2016: • Apple Announces" in excerpt(links)  # (one item shown at least: the cut stays in the first)


def test_a_summary_cut_after_a_numbers_dot_gives_way_to_the_content():
    """set51 F5: dogeorg--dogecoin-advisories-es.xml's Hugo summary ended "…de producto de ‘Dogecoin 2." (cut at a word
    count inside "‘Dogecoin 2.0’"): taken as whole, the digest's summary ended on it; the content goes on."""
    lead = (
        "Varios lectores nos escribieron preocupados por un proyecto que se llama igual que el nuestro. Hemos pedido "
        "a nuestros abogados que se comuniquen con los desarrolladores de &lsquo;Widget 2."
    )
    content = (
        "<p>Varios lectores nos escribieron preocupados por un proyecto que se llama igual que el nuestro.</p><p>Hemos "
        "pedido a nuestros abogados que se comuniquen con los desarrolladores de &lsquo;Widget 2.0&rsquo;.</p><p>"
        "Esperamos que elijan otro nombre.</p>"
    )
    assert cut_start_of(html.unescape(lead), content)
    # (a summary that ends a sentence after a number, "…de 2.", where the content goes on after a space, is no cut)
    assert not cut_start_of(html.unescape(lead), content.replace("Widget 2.0&rsquo;.", "Widget 2.</p><p>Y más."))
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Avisos</title><link>https://example.org/</link><item><title>Sobre Widget 2.0</title>"
        f"<link>https://example.org/a</link><description>{html.escape(lead)}</description><content:encoded><![CDATA["
        f"{content}]]></content:encoded></item></channel></rss>"
    )
    [article] = read_feed(
        feed.encode(), url="https://example.org/feed", source="t", now=T0, excerpt_length=300
    ).articles
    assert "Widget 2.0’." in article.lead and "Widget 2." + " " not in article.lead, article.lead


def test_an_authors_pause_inside_a_first_sentence_is_no_place_to_end_it():
    """set51 F6: octospacc--sitoctt-blog-it.xml's first sentence (311 characters) was cut at the author's "…" inside it
    ("…tra cui la mia anima…"), which then read as a whole clause; a pause in a later sentence stays a place to cut
    before ('"Ten… nine… eight…"' after "…the crumbling walls.")."""
    first = (
        "Il videogioco, forse il mezzo d’intrattenimento più potente a nostra disposizione oggi, con una storia "
        "relativamente breve ma estremamente piena, grazie a cui si è negli anni formata una parte dell’anima di "
        "molte persone, tra cui la mia anima… sta vivendo certamente un periodo molto particolare in questi anni."
    )
    assert 300 < len(first) <= 330
    for other in (first.replace("anima…", "anima..."), first.replace("oggi, con", "oggi… con")):
        assert excerpt(f"<p>{other}</p><p>Non è una novità.</p>") == other  # (three dots; an earlier pause: the review)
    assert excerpt(f"<p>{first}</p><p>Non è una novità, ma ultimamente le cose sono peggiorate.</p>") == first
    story = (
        "<p>Meek and Dylan sat side by side staring up through the open roof of the old building. Tiny pebbles "
        "danced up from the ground around them and dust ran like water off the crumbling walls.</p><p>"
        "“Ten… nine… eight… seven… six… five,” Dylan whispered, “four… three… two… one.” The shaking grew.</p>"
    )
    assert excerpt(story, limit=200).endswith("crumbling walls. “Ten… nine… eight… seven… six…”")


def test_a_summary_that_is_the_posts_note_on_its_history_gives_way_to_the_content():
    """set51 F3 (scout-cpu--interconnects-substack.xml, a Substack newsletter, no licence: made-up words): the
    description was the content's italic preface alone, "This post was originally an op-ed co-authored with … for a
    general, non-technical audience.", and was shown as the text; the content, whose preface its cleaning drops, says
    what the post is. A summary that is no such note stays the text."""
    preface = "This post was originally an op-ed co-written with Jane Roe of Harbourside for a general audience."
    story = (
        "<p>The push to regulate small boats is in the air in the harbour town. With the new rules on moorings and a "
        "council vote next week, this may be the first of many limits to come.</p><p>We fear the next rules could ban "
        "rowing clubs outright, which would be a grave mistake for the town.</p>"
    )

    def read(summary: str) -> str:
        body = (
            '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            "<channel><title>Letters</title><item><title>Banning Rowing Would Be A Mistake</title>"
            f"<link>https://letters.example/p/rowing</link><description><![CDATA[{summary}]]></description>"
            f"<content:encoded><![CDATA[<p><em>{preface} Please share it.</em></p>{story}]]></content:encoded>"
            "</item></channel></rss>"
        ).encode()
        [article] = read_feed(body, url="https://letters.example/feed", source="L", now=T0, excerpt_length=300).articles
        return article.excerpt

    assert read(preface).startswith("The push to regulate small boats"), read(preface)
    standfirst = "The harbour council wants to limit small boats, and that would hurt the town's rowing clubs."
    assert read(standfirst) == standfirst


def test_a_list_cut_between_its_items_says_so_past_the_limit_too():
    """set51 F1 rest (scout-cpu--interconnects-substack.xml, made-up words): "…my three goals right now as: • … •
    …ecosystem." showed two of three items and no mark, the " …" that says the list goes on not fitting the limit. It
    may go past the limit by its two characters (as a whole sentence may by overshoot): the items shown stay whole."""
    intro = (
        "<p>As I move on from my old job, I wanted to share very very very very very how these blogs relate to my plans "
        "and my broader work. In my last post, I summed up my three goals right now as:</p>"
    )
    items = (
        "<ol><li>Give clarity about how the newest harbour boats evolve. </li><li>Build a lively and diverse open "
        "(rowing) club scene.</li><li>Build institutions that make these goals possible.</li></ol>"
    )
    shown = excerpt(intro + items + "<p>Within this, the blog is a bit different from the polished ones.</p>")
    assert shown.endswith("• Build a lively and diverse open (rowing) club scene. …"), shown
    assert len(shown) == 301  # (the limit, 300, and the mark's space: past it)
