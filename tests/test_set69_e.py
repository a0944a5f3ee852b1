"""Set 69b F4 (spacecowboy--nixers-newsletter.xml in /work/unseen69b/feeds, repository spacecowboy/Feeder, GPL-3.0:
made-up words in the same shape): a link roundup's entry is the linked page's title, its address under it as the
link's own text, then the editor's words on it. The title went with the address and the words spoke of a thing
never named ("I love it when tools like this come out."); it is now their lead-in (bot/linktitles.py)."""

from tests.builders import excerpt

_ENTRY = (
    '<li><p>{title}<br />\n<a href="{url}">{url}</a></p>\n'
    "<p>I love it when tools like this come out. It wraps any program in a sandbox of its own.</p></li>"
)


def _roundup(title: str, url: str = "https://github.com/example/wrapper") -> str:
    return "<h1>Newsletter</h1><h2>Unix</h2><ul>" + _ENTRY.format(title=title, url=url) + "</ul>"


def test_a_linked_title_leads_the_words_on_it():
    assert excerpt(_roundup("Capsicum wrapper"), "nixersnewsletter").startswith(
        "• Capsicum wrapper: I love it when tools like this come out."
    )
    two = (
        '<ul><li><p>How programs are loaded<br /><a href="https://lwn.net/Articles/1/">https://lwn.net/Articles/1/'
        '</a><br />\n <a href="https://lwn.net/Articles/2/">https://lwn.net/Articles/2/</a></p><p>Let\'s start with'
        " a question: how are programs loaded, and what are they made of.</p></li></ul>"
    )
    assert excerpt(two, "nixersnewsletter").startswith("• How programs are loaded: Let's start with a question")


def test_labels_calls_and_credits_are_no_title():
    """A label, a call or a credit over an address still goes with it; so does a title whose link text is words,
    and a title no prose follows."""
    for line in ("Source", "Download here", "Watch the video", "Photo by Jane Doe"):
        shown = excerpt(_roundup(line), "nixersnewsletter")
        assert f"{line}:" not in shown and "I love it when tools like this come out." in shown, (line, shown)
    worded = '<p>Capsicum wrapper<br /><a href="https://x.example/w">the wrapper</a></p><p>I love it.</p>'
    assert "Capsicum wrapper:" not in excerpt(worded, "nixersnewsletter")
    alone = '<p>Capsicum wrapper<br /><a href="https://x.example/w">https://x.example/w</a></p>'
    assert "Capsicum wrapper:" not in excerpt(alone, "nixersnewsletter")


def test_only_a_list_items_title_and_never_a_chain():
    """The review of this rule (rev69e F1-F3): outside a list item a short line over its address is a sponsor, a place
    or a date as often ("Squarespace", "Where"); a paragraph that is itself a title over its address is no words on
    the one before (a list of downloads); a label in another language is no title ("Quelle", "Источник")."""
    sponsor = (
        '<p>Squarespace<br><a href="https://squarespace.com/show">https://squarespace.com/show</a></p>'
        "<p>In this episode we talk about caching.</p>"
    )
    assert "Squarespace:" not in excerpt(sponsor, "Episode 12")
    chain = (
        '<ul><li><p>Windows<br><a href="https://x.example/w.exe">https://x.example/w.exe</a></p>'
        '<p>macOS<br><a href="https://x.example/m.dmg">https://x.example/m.dmg</a></p>'
        "<p>Thanks to everyone who tested the betas.</p></li></ul>"
    )
    assert "Windows:" not in excerpt(chain, "Release 2.0")
    for label in ("Quelle", "Источник", "Downloads", "Fonte"):
        assert f"{label}:" not in excerpt(_roundup(label), "nixersnewsletter"), label
