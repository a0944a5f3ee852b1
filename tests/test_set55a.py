"""Set 55's findings F1, F4, F11 and F8 (/work/unseen55/FINDINGS.md): a click-tracking proxy's link kept as the
story's, a <pre> ChangeLog's entries run together, "…" after a whole teaser, spaces in joined Japanese lines. No text
of the set is quoted: made-up words in each item's shape."""

from bot.normalize import read_feed
from bot.urls import canonical_url
from tests.builders import T0

_PROXY = "http://news.feedsportal.com/c/12345/f/67890/s/1a2b3c4d/l/"


def _proxied_feed(spelled: str) -> bytes:
    link = _PROXY + spelled + "/story01.htm"
    item = (
        "<item><title>Tiny moons found near a gas giant</title>"
        "<link>http://rss.example.org/~r/News/~3/AbC123dEf/story01.htm</link>"
        f'<guid isPermaLink="false">{link}</guid><feedburner:origLink>{link}</feedburner:origLink>'
        "<description>Astronomers counted twelve tiny moons. They orbit far out.</description></item>"
    )
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">'
        f"<channel><title>News</title><link>http://example.org/</link>{item}</channel></rss>"
    ).encode()


def test_a_proxy_link_that_spells_the_article_in_its_path_is_the_article():
    """set55 F1: sismics--slashdot.xml (github.com/sismics/reader): origLink and guid both
    "http://slashdot.feedsportal.com/c/…/l/0Lscience0Bslashdot0Borg0Cstory0C…0Chiggs0Edata…/story01.htm", a proxy
    gone since 2016 that spells the story's address in its path ("0L" http://, "0B" ".", "0C" "/", "0A" "0")."""
    spelled = "0Lscience0Bexample0Borg0Cstory0C250C0A30C0A90C120A0A0A0Ctiny0Emoons0Efound0Dutm0Isource0Frss"
    article = read_feed(
        _proxied_feed(spelled), url="http://rss.example.org/News", source="f", now=T0, excerpt_length=300
    ).articles[0]
    assert article.link == "http://science.example.org/story/25/03/09/12000/tiny-moons-found"
    # A proxy's link spelling another proxy's ("0A" before a pair: a "0" of the inner code), and "0S" www., "0N" .com
    inner = "0Lrss0Bexample0N0Cc0C10Cl0C0AL0ASnews0ABit0ACa0AEb0AC0ADrss0Cstory0A10Bhtm"
    assert canonical_url(_PROXY + inner + "/story01.htm") == "http://www.news.it/a-b/"
    # Near misses: a pair not known here ("0H") or a lone "0" would spell a wrong character: the link stays
    for unknown in ("0Lexample0Borg0Ca0Hb", "0Lexample0Borg0Cpage0"):
        assert canonical_url(_PROXY + unknown + "/story01.htm") == _PROXY + unknown + "/story01.htm"
    # an ordinary path with an "/l/" segment is no proxy's
    assert canonical_url("https://example.org/l/0Lights/index.htm") == "https://example.org/l/0Lights/index.htm"
