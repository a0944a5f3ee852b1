"""set38's findings F1 (excerpt side), F2, F3, F4, F5, F6, F7 (/work/unseen38/FINDINGS.md; the feeds have no licence:
made-up words in each feed's shape)."""

from tests.builders import excerpt


def test_struck_through_text_goes():
    """set38 F5: 4ip--planet-slackware-rss20.xml #0: "…the official release of Cinnamon 6.6 is
    <strike>imminent</strike> now official. I have <strike>prepared a branch</strike> pushed on both…": the author's
    correction was kept ("is imminent now official"). The struck words go (<strike>, <del>, <s>); <ins> stays."""
    markup = (
        "<p>The official release of Kettle 2.4 is <strike>imminent</strike> now official. The price is"
        " <del>10 EUR</del> <s>9 EUR</s> <ins>free</ins>.</p>"
    )
    assert excerpt(markup) == "The official release of Kettle 2.4 is now official. The price is free."
