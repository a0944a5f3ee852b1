"""Set 55's findings F2, F3, F6 and F7 (/work/unseen55/FINDINGS.md): a plain-text diff's section labels, a forum
reply's header, carousel controls and an address's lines. No file of the set these findings name has a licence:
made-up words in each item's shape."""

from bot.blocks import unwrapped
from bot.cuts import is_heading
from tests.builders import excerpt, read_entries


def test_a_file_label_alone_over_a_list_item_is_no_hard_wrap():
    """set55 F2: jobsinthedesert--index.xml (github.com/jobsinthedesert/jobsinthedesert.github.io-old), a plain-text
    "What's the Diff?" post: an employer's file name alone on a line, its "+"/"-" jobs after it; the label was glued
    to the line before as a hard wrap's continuation and the excerpt ended on it."""
    text = (
        "north_valley_schools.xml\n+ Office Clerk - Front Desk\nriverside_clinic_group.xml\n"
        "- Night Nurse Full Time + Day Nurse Part Time + Lab Technician Per Diem + Records Clerk Full Time"
    )
    (article,) = read_entries([{"title": "Changes: May 3", "link": "/a", "text": text}])
    assert article.excerpt == "+ Office Clerk - Front Desk…"  # (a "+ " item is no heading: it was skipped as one)
    assert "\nriverside_clinic_group.xml\n" in article.lead
    # near misses: a short line without a marker is a heading still; a wrap that leaves a word of prose, or an
    # identifier with no list after it, still joins
    assert is_heading("Release notes") and not is_heading("+ Office Clerk")
    assert unwrapped(["See the notes in the file called", "config_defaults.py for the details."]) == [
        "See the notes in the file called config_defaults.py for the details."
    ]
    assert unwrapped(["The options are listed in the", "documentation.", "- First option"])[0] == (
        "The options are listed in the documentation."
    )


def test_a_forum_replys_header_line_is_no_text():
    """set55 F3: tegalsari--forum.xml (github.com/tegalsari/tegalsari.github.io), a farming forum's thread: each reply
    under a line "NAME · DATE membalas @NAME" (who, when, to whom it replies), which was the whole excerpt."""
    text = (
        "<b>Sari Lestari</b> <small>· 12 Maret 2019 </small><br> <span>membalas <span>@Budi Santoso</span></span>"
        "<div>Pakan ikan sebaiknya diberikan dua kali sehari pada pagi dan sore hari, dengan takaran yang disesuaikan "
        "dengan umur ikan dan kepadatan kolam supaya air tetap bersih dan ikan tumbuh dengan baik sampai panen.</div>"
    )
    (article,) = read_entries([{"title": "Pakan lele", "link": "/t", "text": text}])
    assert article.excerpt.startswith("Pakan ikan sebaiknya diberikan")
    assert "forum post's header" in " ".join(article.provenance)
    # near miss: a dateline with its news on the line stays
    news = "<p>Jakarta · 4 Desember 2018 — Pemerintah mengumumkan harga pupuk yang baru untuk petani.</p>"
    (dated,) = read_entries([{"title": "Pupuk", "link": "/n", "text": news}])
    assert dated.excerpt.startswith("Jakarta · 4 Desember 2018")


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
