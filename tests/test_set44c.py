"""Set 44's findings F3 and F4 (/work/unseen44/FINDINGS.md) and set 43's F10 (/work/unseen43/FINDINGS.md): made-up
texts in the shape of the feeds' items."""

import time

from tests.builders import excerpt, read_entries


def test_a_site_menu_flattened_into_a_description_goes_from_its_lead():
    """set44 F3: rsdoiel--antenna-scitech.xml #0 "APOD: 2026 August 22 – Mostly Perseids": the aggregator flattened the
    page, "APOD Science APOD APOD: 2026 August 22… Today's APOD Archive Submissions Index Search Calendar RSS Education
    About Discuss APOD…", and the menu was the excerpt (glued, "APODArchiveSubmissionsIndexSearch…", too)."""
    story = "Each day a different image of our universe is featured, with a brief explanation by an astronomer."
    spaced = (
        "Sky Science Sky Sky: 2026 August 22… Today's Sky Archive Submissions Index Search Calendar RSS Education "
        f"About Discuss {story}"
    )
    glued = f"SkyScienceSky: 2026 August 18 –…Today's SkyArchiveSubmissionsIndexSearchCalendarRSSAbout {story}"
    assert excerpt(f"<p>{spaced}</p>") == story
    assert excerpt(f"<p>{glued}</p>") == story


def test_capitalised_words_that_name_no_menu_stay():
    """set44 F3's near misses: a title-cased phrase with a menu word or two is the story's."""
    text = "Search and Rescue Calendar: the Coast Guard's Search Index shows the year's calls, most of them at sea."
    assert excerpt(f"<p>{text}</p>") == text
    text = "The Mars Archive Index Project Team Said on Monday that its new catalogue of craters is online."
    assert excerpt(f"<p>{text}</p>") == text


def test_the_site_menu_pattern_is_quick_on_long_runs():
    """The menu row's pattern on adversarial runs of capitalised and menu words (20,000 characters)."""
    from bot.sharerows import SHARE_ROWS

    pattern = next(row for row in SHARE_ROWS if row.name == "site-menu-start").pattern
    for text in (" ".join(["Search"] * 3000), "ArchiveIndex" * 2000, "Abc Search " * 2000, "A " * 10000):
        start = time.perf_counter()
        pattern.match(text)
        assert time.perf_counter() - start < 0.1


def test_a_contact_notice_and_the_pdf_link_before_the_text_go():
    """set44 F3: rsdoiel--antenna-scitech.xml #4 "TB 26-04 …": "For more information, contact Mark K. Leader, Glenn
    Research Center, mark.leader@nasa.gov Download the PDF version NASA's Chemical Equilibrium…" (a sidebar)."""
    story = "The code is a foundational tool for the analysis of propulsion systems across the agency."
    text = f"For more information, contact Jane Roe, Research Center, jane.roe@example.gov Download the PDF version {story}"
    assert excerpt(f"<p>{text}</p>") == story


def test_a_cross_post_notice_before_the_text_goes():
    """set44 F3: natidever--medium-gabriel.xml #5: "You can see this post on Trio's blog as well. Nowadays, …"."""
    story = "<p>Nowadays, “security” is a buzzword. In a time where data is extremely important to protect it.</p>"
    shown = excerpt('<p>You can see this post on <a href="https://trio.example">Trio’s blog</a> as well.</p>' + story)
    assert shown.startswith("Nowadays")
