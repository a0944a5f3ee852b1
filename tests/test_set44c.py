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


def test_a_leading_quote_gives_way_to_the_posts_own_text_when_both_do_not_fit():
    """set44 F4: vouties--latest.xml #4 "My Octopus Teacher": the excerpt was only the quoted blurb, “A filmmaker
    forges…”; the post's own paragraph after it ("Κάπου σε ενα kelp forest…") was lost."""
    quote = (
        "<blockquote><p>A filmmaker forges an unusual friendship with an octopus living in a South African kelp "
        "forest, learning as the animal shares the mysteries of her world.</p></blockquote>"
    )
    own = (
        "Κάπου σε ενα δάσος φυκιών στη Νότια Αφρική, ένας σκηνοθέτης γνωρίζοντας ότι πρέπει να κάνει κάποιες αλλαγές "
        "στη ζωή του, αναπτύσσει μια ασυνήθιστη φιλία με ένα χταπόδι και γίνεται μέρος του κόσμου που το περιβάλλει."
    )
    assert excerpt(f"{quote}<p>{own}</p>") == own


def test_a_leading_quote_with_a_short_comment_stays():
    """set44 F4's risk: a quote and a short comment on it ("Well deserved, of course. Congrats!"): the quote is the
    news."""
    quote = (
        "Gordon Plotkin is renowned for his groundbreaking contributions to programming language semantics, which "
        "have helped to shape the landscape of theoretical computer science, and which have impacted the design of "
        "programming languages and their verification technologies."
    )
    shown = excerpt(f"<blockquote><p>{quote}</p></blockquote><p>Well deserved, of course. Congrats!</p>")
    assert shown.startswith("“Gordon Plotkin")


def test_a_salutation_alone_in_a_quote_is_not_its_excerpt():
    """set44 F4: vouties--latest.xml #8 "Παρουσίαση Ναυαγίου U-133" ended "…στη σελίδα του Scubalife. “Αγαπητοί φίλοι,
    […]”": the quoted announcement's salutation ("Dear friends,") alone."""
    own = "Αύριο Σάββατο στις 20:00 θα γίνει ακόμη μια παρουσίαση για το υποβρύχιο. Θα μεταδοθεί ζωντανά."
    quote = "<blockquote><p>Αγαπητοί φίλοι,</p><p>η ομάδα φιλοδοξεί να παρουσιάσει μια σειρά ναυαγίων.</p></blockquote>"
    shown = excerpt(f"<p>{own}</p>{quote}")
    assert "Αγαπητοί φίλοι" not in shown and shown.startswith(own)


def test_a_whole_description_without_its_stop_gets_no_ellipsis():
    """set43 F10: The-Alium--blog-uk.xml #8: "…актуальних концепцій у Steam-групі…", a whole description (the feed's
    others, longer ones too, end with their stop) shown as cut."""
    whole = [
        "Оновлення для сервера стане останнім цього року, і воно принесе кілька довгоочікуваних змін для гравців, "
        "які давно на них чекали.",
        "Після довгої перерви я повернувся вже вдруге, щоб розповісти про нові зміни на нашому сервері та у грі.",
        "Це оновлення невелике за обсягом, яке, однак, здійснює одну дуже дивовижну зміну в усьому ігровому світі.",
        "Двадцять шостого березня виходить перше оновлення у цьому році, і воно стосується всіх наших серверів та "
        "кожного з наших гравців.",
    ]
    open_text = (
        "З початком процесу англіфікації Аліумської спільноти виникла потреба в перекладі оголошень та актуальних "
        "концепцій у Steam-групі"
    )
    entries = [{"title": f"Post {n}", "link": f"/p{n}", "text": t} for n, t in enumerate([*whole, open_text])]
    assert read_entries(entries)[-1].excerpt == open_text


def test_a_text_cut_in_a_feed_that_cuts_keeps_its_ellipsis():
    """set43 F10's risk: a feed that cuts its texts ("…that institutiona", beside "…на...") still shows the cut."""
    texts = [
        "Large holders have moved over half a million coins in the past day, signaling major accumulation by funds.",
        "Whales keep buying the dip while retail traders sell, according to the data of several exchanges and m...",
        "The market opened higher on Monday as traders bet on a rate cut later this year by the central bank.",
        "Analysts expect more volatility this week as several large contracts expire on Friday morning.",
        "Our on-chain analysis reveals that large holders have been moving their coins to wallets of the institutiona",
    ]
    entries = [{"title": f"Post {n}", "link": f"/p{n}", "text": t} for n, t in enumerate(texts)]
    assert read_entries(entries)[-1].excerpt.endswith("…")


def test_a_paragraph_before_a_heading_gets_no_ellipsis():
    """set43 F10: sytranvn--sytranvn.github.io-vi.xml #3: "…mình đang sử dụng bản là 23.8.4…": the paragraph (no
    stop) ends where a heading ("Yêu cầu") begins: whole, however much follows."""
    first = "Sau đây mình sẽ hướng dẫn cách cài đặt Zalo trên Ubuntu, hiện tại mình đang sử dụng bản là 23.8.4"
    markup = (
        f"<p>{first}</p><h2>Yêu cầu</h2><ul><li>Bạn có cài đặt sẵn Steam</li></ul>"
        "<h2>Tải file cài đặt</h2><pre><code>wget https://example.com/zalo.exe</code></pre>"
    )
    assert excerpt(markup) == first


def test_the_reviews_near_misses_of_the_menu_the_notices_stay():
    """The review of fix44c: a title-case lead with three or four menu words, an identifier of glued ones, a start row
    before such a lead; a cross-post notice's sentence runs no further than its own end; a contact notice goes only
    where its sentence ends after the address."""
    from tests.builders import excerpt

    for text in (
        "Apple Unveils New Search Index Help Tools For Developers. The company said the tools ship today.",
        "The Library Launches Its Archive Index Search Calendar For Local History Projects. It opens today.",
        "Our new IndexSearchHelper class makes lookups faster. It ships today.",
        "For more details, contact the organisers at info@fest.org or call 555 0100. The festival opens on Friday.",
    ):
        assert excerpt(f"<p>{text}</p>") == text
    assert excerpt("<p>Share: Microsoft Adds Search And Help Options To The Contact Center. Admins can turn them on "
                   "today.</p>").startswith("Microsoft Adds Search")  # fmt: skip
    one = "You can see this post on Trio's blog as well. Nowadays, security is a buzzword. Data matters."
    assert excerpt(f"<p>{one}</p>") == one  # (one paragraph: no notice alone, the story with it)
