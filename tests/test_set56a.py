"""Set 56's findings F2, F5 and F6 (/work/unseen56/FINDINGS.md): heading anchors ("Heading # ", "¶") left in
mid-text, escaped "<x>" in code deleted by a second cleaning pass, markdown emphasis left. No text of the set is
quoted: made-up words in each item's shape."""

from bot.blocks import html_blocks


def test_a_plainified_summarys_heading_anchors_in_mid_line_and_pilcrows_go():
    """set56 F2: aegisub--changelog.xml (github.com/Aegisub/Aegisub's Hugo site) "…Add Bulgarian translation Bug Fixes
    # Fix some issues…", and thegroundzero--sequr-nl.xml (github.com/thegroundzero/sequr.be) "Wie zijn we? ¶U kan…",
    "…waarom? ¶IP-adres ¶Het internet…": the anchors of a Hugo summary plainified, kept in mid-line."""
    rows = (
        "Tidy the Welsh strings Add Frisian strings Known Problems # Repair the slider when the window shrinks"
        " Keep the cursor (#42) Other Work # Speed up loading of very long lists of markers"
    )
    lines = html_blocks(rows).lines
    assert " # " not in " ".join(lines) and "Known Problems" not in " ".join(lines), lines
    assert lines == [
        "Tidy the Welsh strings Add Frisian strings Repair the slider when the window shrinks Keep the cursor (#42)"
        " Speed up loading of very long lists of markers"
    ]
    paragraph = "Waar wonen we? ¶Ons adres ¶De winkel staat aan het plein naast de oude kerk van het dorp."
    assert html_blocks(paragraph).lines == ["De winkel staat aan het plein naast de oude kerk van het dorp."]
    listed = "Lampen ¶Binnen ¶ Merk A (EU) 1, 2, 3 Buiten ¶ Merk B (EU) lamp, spot, paal en nog meer"
    assert html_blocks(listed).lines == ["Merk A (EU) 1, 2, 3 Buiten", "Merk B (EU) lamp, spot, paal en nog meer"]
    # Near misses: a number after the mark ("issue # 12"), a mark after a word in lower case ("the # key"), a lone
    # letter before it ("C # Sharp"), a citation's pilcrow ("§ 5 ¶ 2"): a sentence's, kept
    for sentence in (
        "We closed issue # 12 today and pressed the # Key twice before the window finally closed on us.",
        "In the long autumn term she teaches all of them the C # Sharp course and writes about it every week.",
        "Zie artikel § 5 ¶ 2 van de wet over de huur van woningen en winkels in het hele land.",
    ):
        assert html_blocks(sentence).lines == [sentence]


def test_escaped_angle_brackets_in_code_are_kept_when_no_tag_is_left():
    """set56 F5: sagemath--planet-sage.xml (github.com/sagemath/sage's planet) "K.&amp;lt;x&amp;gt;=NumberField(…)"
    in a <pre>, stored "K.=NumberField(…)": another code line's "R.<a,b>" read as a tag "<a …>" asked for a second
    pass, which deleted "<x>" and ran the block's lines together. A tag's name ends at a space, "/" or ">"."""
    markup = (
        "<p>A friend wrote to me:</p><pre>Hello,\nquick question:\n\nQ.&lt;t&gt;=PolyRing(t*t+2)\n\nWhy?</pre>"
        "<p>My answer is below.</p><pre>S.&lt;a,b&gt; = Q[a]</pre>"
    )
    lines = html_blocks(markup).lines
    assert "Q.<t>=PolyRing(t*t+2)" in lines and lines[0] == "A friend wrote to me:", lines
    # Near miss: HTML escaped twice is still read again (its tags are tags: "<p>", "<a href=…>")
    twice = "&lt;p&gt;First &lt;a href='/x'&gt;part&lt;/a&gt; here.&lt;/p&gt;&lt;p&gt;Second part here.&lt;/p&gt;"
    assert html_blocks(twice).lines == ["First part here.", "Second part here."]


def test_markdown_emphasis_left_unpaired_or_single_starred_in_html_goes():
    """set56 F6: rubenstorm--news-de.xml (github.com/rubenstorm's Hugo site) "meine **erste Zahlung …" (the summary
    cut inside the span: no closing "**"), and sagemath--planet-sage.xml (github.com/sagemath's planet) "to *one*
    single project" in a Blogger post's HTML. Near misses: code's stars ("2**10", "f(**kwargs)"), a glob ("*.txt"),
    a product ("a*b*c"), a footnote's star ("price*"), and in HTML a pair without a word on each side (a placeholder,
    "- *surname*.", an act, "does *woof*") stay."""
    assert html_blocks("Heute war ein guter Tag: ich habe meine **erste Reise mit dem Rad gemacht!").lines == [
        "Heute war ein guter Tag: ich habe meine erste Reise mit dem Rad gemacht!"
    ]
    assert html_blocks("<p>Then add the plugin to *every* open project you own.</p>").lines == [
        "Then add the plugin to every open project you own."
    ]
    for kept in (
        "<p>In Python 2**10 is 1024 and f(**kwargs) takes any named argument at all.</p>",
        "<p>Copy every *.txt file and compute a*b*c before the price* goes up again.</p>",
        "<p>Then he said - *surname*. And she laughed at it, as everyone always does *woof*.</p>",
    ):
        assert html_blocks(kept).lines == [kept[3:-4]]
    assert html_blocks("Use pass **kwargs to f(x) as the docs say for every call.").lines == [
        "Use pass **kwargs to f(x) as the docs say for every call."
    ]
