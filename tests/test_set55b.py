"""Set 55's findings F2, F3, F5, F6 and F7 (/work/unseen55/FINDINGS.md): a plain-text diff's section labels, a forum
reply's header, the heading over a list, carousel controls and an address's lines. No file of the set these findings
name has a licence: made-up words in each item's shape."""

from tests.builders import excerpt


def test_a_slideshows_controls_are_no_text():
    """set55 F6: femmuhely--hu-index.xml (github.com/femmuhely/website), a showcase page of pictures in a Bootstrap
    carousel whose only words were its controls' screen-reader labels: "• Previous Next"."""
    markup = (
        '<div id="slides" class="carousel slide"><ol class="carousel-indicators"><li data-target="#slides" '
        'data-slide-to="0"></li><li data-target="#slides" data-slide-to="1"></li></ol><div class="carousel-inner">'
        '<div class="item active"><img src="/a.jpg"></div></div><a class="left" href="#slides" role="button" '
        'data-slide="prev"><span class="sr-only">Previous</span></a><a class="right" href="#slides" role="button" '
        'data-bs-slide="next"><span class="sr-only">Next</span></a></div>'
    )
    assert excerpt(markup) == ""
    # near miss: a link to the next part of a series is the story's
    assert "Next" in excerpt('<p>Part one ends here. <a href="/part-2">Next: the second part.</a></p>')


def test_an_addresss_lines_are_one_line():
    """set55 F7: femmuhely--hu-index.xml (github.com/femmuhely/website), a contact page's <address>: a name, a street
    and a town, each a <p>, read as headings and dropped; the excerpt was only the town."""
    markup = (
        "<h3>Call us:</h3><p><address><strong>Acme Works</strong></p><p>Mill Road 12-14</p><p>Riverton, Eastshire.</p>"
        "<p>Tel: <strong>01 23 4567-890</strong></address>"
    )
    assert excerpt(markup) == "Acme Works, Mill Road 12-14, Riverton, Eastshire."
    # near misses: an author's box of sentences, and a label's line, stay lines of their own
    box = "<address><p>Written by Jane Roe.</p><p>She covers the courts.</p></address><p>The story goes on here.</p>"
    assert "Jane Roe, She" not in excerpt(box)
    assert "Eastshire., Tel" not in excerpt(markup.replace("</h3>", "</h3><p>We are open on weekdays.</p>"))
