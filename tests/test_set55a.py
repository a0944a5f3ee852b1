"""Set 55's findings F1, F4, F11 and F8 (/work/unseen55/FINDINGS.md): a click-tracking proxy's link kept as the
story's, a <pre> ChangeLog's entries run together, "…" after a whole teaser, spaces in joined Japanese lines. No text
of the set is quoted: made-up words in each item's shape."""

from bot.gluedtext import unspaced_stops
from bot.normalize import read_feed
from bot.urls import canonical_url
from tests.builders import T0, excerpt, read_entries

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


def test_lines_of_japanese_joined_at_line_breaks_take_no_space_after_a_bracketed_stop_or_before_a_wide_figure():
    """set55 F8: sismics--meisalam.xml (github.com/sismics/reader): "…不思議。）<br />こりゃ…", "…みたら。<br />４月から…"
    stored with a space after "。）" and before "４". Near misses: a Latin word or a half-width figure after the stop
    keeps its space (another script's word)."""
    text = (
        "ただいま。（帰ってきたときにただいま！って言うのはなんか変。）<br />これはまた久々だね。<br />"
        "ふと日記を見返してみたら。<br />３月から書いてないなんて！<br /><br />毎日何をやっているんだろう・・私。"
    )
    excerpt = read_entries([{"title": "近況", "link": "/a", "text": text}])[0].excerpt
    assert "変。）これは" in excerpt and "みたら。３月" in excerpt
    assert (
        unspaced_stops("雨の日だった。） Linux を入れた。 2 時間かかった。")
        == "雨の日だった。） Linux を入れた。 2 時間かかった。"
    )


def test_a_preformatted_changelog_s_entries_are_a_list():
    """set55 F4: sismics--slackware.xml (github.com/sismics/reader): a <pre> of "name: what changed" lines, each
    entry's next lines indented ("wine-pipelight: updated to 1.7.8 (depends on …," / "  you need full multilib…"),
    read as one run-on line. Near misses: prose with indented first lines, a wrapped sentence whose line at the
    margin opens with "Note: ", settings of one value each."""
    changelog = (
        "<pre>\ngizmo: updated to 2.4.1 (depends on libfoo, bartool)\nwidget-tools: updated to 0.9.2 (needs the\n"
        "  multilib packages from my repository)\nhelper: updated to 3.0\n   </pre>"
    )
    assert excerpt(changelog) == (
        "• gizmo: updated to 2.4.1 (depends on libfoo, bartool) • widget-tools: updated to 0.9.2 (needs the multilib"
        " packages from my repository) • helper: updated to 3.0"
    )
    indented = (
        "<pre>\n  The first paragraph opens here and goes\non to a second line.\n  Another one starts\nhere.</pre>"
    )
    assert "•" not in excerpt(indented)
    wrapped = "<pre>\nNote: the build now needs the\nlibfoo package: install it first.\nThen run it.</pre>"
    assert "•" not in excerpt(wrapped)
    code = "<pre>\nname: build\non: push\nruns-on: ubuntu-latest\n</pre>"
    assert "•" not in excerpt(code)


_PICTURE = '<img src="https://agency.example/pic.jpg" width="600" /><br />'
_WHOLE = [
    "The agency's new weather satellite sent back its first pictures of a storm over the ocean this week.",
    "Engineers finished testing the lander's legs in a vacuum chamber, shaking them as a launch would do.",
    "A telescope on a mountain in the desert found a faint galaxy whose light left it billions of years ago.",
    "Students from twelve schools built small satellites in a contest and will see two of them launched soon.",
    "The station's crew grew lettuce in orbit and ate some of it, a first step to growing food on long journeys.",
    "Our new map of the seafloor, made from radar measurements taken over ten years, shows mountains and trenches.",
]


def test_short_teasers_without_a_stop_among_longer_whole_ones_are_whole():
    """set55 F11: sismics--esa.xml (github.com/sismics/reader): "…is now available for free download on the iTunes
    store", "…stunning auroras on Earth", "…will be launched on 2 May" (111 to 124 characters, after a picture) shown
    with "…" though the feed's other teasers, 136 to 298 characters, each end with a stop. Near miss: texts without a
    stop longer than the whole ones are the feed's cut."""
    open_ = ["A new book of pictures of our planet is now free to download from the online store",
             "A video shows how the small probe will be launched on 3 June"]  # fmt: skip
    entries = [{"title": f"Story {i}", "link": f"/{i}", "text": _PICTURE + t} for i, t in enumerate(_WHOLE + open_)]
    excerpts = [article.excerpt for article in read_entries(entries)]
    assert excerpts[-2:] == open_
    longer = [
        t[:-1] + " and in its report the agency said that the whole work took more than a year" for t in _WHOLE[:3]
    ]
    entries = [{"title": f"Story {i}", "link": f"/{i}", "text": _PICTURE + t} for i, t in enumerate(_WHOLE + longer)]
    assert all(article.excerpt.endswith("year…") for article in read_entries(entries)[-3:])
