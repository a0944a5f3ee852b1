"""Set 50's findings F3, F7, F11, F13 (/work/unseen50/FINDINGS.md). No file of the set has a licence: made-up words in
each item's shape."""

from tests.builders import read_entries

AD = (
    "Do you play? Do you find yourself holding a pad while reading this ad right now? Come over to Maple's Comics "
    "where we carry the best in the video game trade. We have all the classics like: NES SNES N64 GameCube and more."
)


def test_a_classified_reposted_under_a_new_number_is_one_item():
    """set50 F7: cronomst--craigslist-orlando.xml #0, #2, #5: one ad, the same title and text, reposted on three days
    under new numbered links (…/fod/5807990745.html, …/fod/5807137989.html): stored and posted three times. A short
    standard notice under new links hours apart (a monitor's outages, set27 F2) stays one item each time."""
    dates = ["Sat, 01 Oct 2016 13:05:01 -0400", "Fri, 30 Sep 2016 20:10:48 -0400", "Thu, 29 Sep 2016 16:13:44 -0400"]
    ads = [{"title": "VINTAGE GAMES FOR SALE (orlando)", "link": f"/fod/58079907{n}.html", "text": AD, "date": d}
           for n, d in enumerate(dates)]  # fmt: skip
    articles = read_entries([*ads, {"title": "Other", "link": "/fod/1.html", "text": "Another ad, a sofa for sale."}])
    assert [a.link for a in articles] == ["https://blog.example/fod/580799070.html", "https://blog.example/fod/1.html"]
    notice = "We are probing a possible fault that may touch one of our services."
    outages = [{"title": "Fault Seen", "link": f"/issues/13173{n}/", "text": notice, "date": d} for n, d in enumerate(dates)]
    assert len(read_entries(outages)) == 3
