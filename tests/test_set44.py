"""Set 44's findings (/work/unseen44/FINDINGS.md): made-up texts in the shape of the feeds' items."""

from tests.builders import excerpt, read_entries


def test_a_discourse_byline_whose_handle_starts_with_a_digit_goes():
    """set44 F6: gauntlet--forums-latest.xml #1 "Absolute newbie seeking feedback…" showed "@201d wrote: “Hi all!…”"
    (a handle that starts with a digit); "@ex1st wrote:" went already."""
    markup = (
        '<p><a href="https://forum.example/u/201d">@201d</a> wrote:</p>'
        "<blockquote><p>Hi all! I have written a small playable prototype of a card game and would like to hear "
        "what you think of its rules.</p></blockquote>"
    )
    shown = excerpt(markup)
    assert shown.startswith("I have written a small playable prototype")  # (no byline, no quote marks)


def test_a_changelog_line_two_releases_share_after_the_same_intro_stays():
    """set44 F7: void1-1--steam-news.xml #6 "Team Fortress 2 Update Released": "Updated/Added some tournament medals",
    in 2 of 10 entries that open with the same release intro, went as a series' list (repeated.py _intros)."""
    intro = (
        "<p>An update to the game has been released. The update will be applied automatically when you restart "
        "the game. The major changes include:</p>"
    )
    line = "Updated/Added some tournament medals"
    fixes = [
        "".join(f"<li>Fixed the {thing} of the {kind} map in the release {n}</li>" for thing in ("fog", "sky", "ramp"))
        for n, kind in enumerate(("payload", "arena"))
    ]
    notes = [
        f"<ul><li>Fixed using the incorrect wear texture on the hat of the engineer</li><li>{line}<br></li>"
        "<li>Updated koth_dryfield to fix the teleporter prison exploit, the clipping on the roof of the second point "
        f"and a missing texture</li>{fixes[0]}</ul>",
        "<ul><li>Reduced texture size of the lens on the visor of the pyro</li>"
        f"<li>{line}<br></li><li>Updated koth_dusker to globally improve lighting in outdoor areas for the players "
        f"and to fix the fog on the last point</li>{fixes[1]}</ul>",
    ]
    others = [
        f"<p>Story {n}: the team met again this week to talk about the community servers and their rules.</p>"
        for n in range(8)
    ]
    entries = [{"title": f"Update {n}", "link": f"/u{n}", "text": intro + note} for n, note in enumerate(notes)]
    entries += [{"title": f"News {n}", "link": f"/n{n}", "text": text} for n, text in enumerate(others)]
    articles = read_entries(entries)
    assert all(line in a.excerpt for a in articles[:2]), [a.excerpt for a in articles[:2]]


def test_a_file_name_with_a_dot_before_its_extension_is_no_sentence_end():
    """set44 F12: azu--ghsa-npm.xml, "[file-type] … ZIP Decompression Bomb": the digest's summary ended "…entries such
    as [Content_Types]." (`<code>[Content_Types].xml</code>.`): a dot with a lower-case letter at once ends nothing."""
    from bot.sentences import split_sentences

    text = "The check forces a large decompression for entries such as [Content_Types].xml. A fix was released."
    assert split_sentences(text) == [
        "The check forces a large decompression for entries such as [Content_Types].xml.",
        "A fix was released.",
    ]


def test_one_advisory_under_one_id_and_text_with_two_package_titles_is_one_item():
    """set44 F8: azu--ghsa-npm.xml #1 and #6, "[@angular/compiler] Angular vulnerable to XSS…" and "[@angular/core] …":
    one Atom id, one link, one text; the feed repeats the advisory for each package it names. Two entries under one id
    with other texts stay two."""
    from bot.normalize import read_feed
    from tests.builders import T0

    text = (
        "A cross-site scripting vulnerability exists in the template compiler when attribute bindings are marked "
        "for translation; an attacker controlling the translated value can run script in the page."
    )

    def entry(title: str, uid: str, body: str) -> str:
        return (
            f"<entry><id>{uid}</id><title>{title}</title><link href='https://adv.example/{uid}'/>"
            f"<updated>2026-11-20T10:00:00Z</updated><content type='html'>{body}</content></entry>"
        )

    entries = [
        entry("[@ng/compiler] XSS in attribute bindings", "GHSA-1", text),
        entry("[@ng/core] XSS in attribute bindings", "GHSA-1", text),
        entry("[tool] Release one", "GHSA-2", text.replace("template compiler", "release tool")),
        entry("[tool] Release two", "GHSA-2", "The second release fixes a path traversal in the archive reader."),
    ]
    body = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Advisories</title>{"".join(entries)}</feed>'
    feed = read_feed(body.encode(), url="https://adv.example/f", source="a", now=T0, excerpt_length=300)
    assert [a.title for a in feed.articles] == [
        "[@ng/compiler] XSS in attribute bindings",
        "[tool] Release one",
        "[tool] Release two",
    ]


def test_a_podcast_episode_whose_guid_is_its_file_links_to_the_file_without_the_download_counter():
    """set44 F1: thetomcraig--total-immersion.xml, every item: no <link>, the guid and the enclosure are the file behind
    Podtrac's counter ("http://dts.podtrac.com/redirect.mp3/…/EP66+-+Tales+From+The+Crypto.mp3"), the guid another copy
    of it sometimes; the episode's page its text names is the link when there is one."""
    from bot.normalize import read_feed
    from tests.builders import T0

    counter = "http://dts.podtrac.com/redirect.mp3/"

    def item(n: int, guid: str, text: str = "We talk about games.") -> str:
        return (
            f"<item><title>{n} - Tales From The Crypto</title><guid>{guid}</guid>"
            f"<description><![CDATA[<p>{text}</p>]]></description>"
            f'<enclosure url="{counter}media.pod.example/EP{n}.mp3" length="1" type="audio/mpeg"/></item>'
        )

    items = [
        item(66, f"{counter}media.pod.example/EP66.mp3"),
        item(65, f"{counter}cdn.pod.example/show/EP65.mp3"),
        item(64, "https://pod.example/64", "Notes at <a href='https://pod.example/ep/64-tales-from-crypto'>here</a>."),
        item(
            63, f"{counter}cdn.pod.example/show/EP63.mp3", "Notes: <a href='https://pod.example/ep/tales-crypto'>x</a>"
        ),
    ]
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Pod</title><link>https://pod.example/</link>'
        f"{''.join(items)}</channel></rss>"
    )
    feed = read_feed(body.encode(), url="https://pod.example/f", source="p", now=T0, excerpt_length=300)
    assert [a.link for a in feed.articles] == [
        "http://media.pod.example/EP66.mp3",
        "http://media.pod.example/EP65.mp3",
        "https://pod.example/64",
        "https://pod.example/ep/tales-crypto",
    ]
    assert feed.articles[0].uid == f"{counter}media.pod.example/EP66.mp3"  # (the id stays what it was)


def test_a_greeting_and_its_vocative_after_a_comma_go_together():
    """set44 F2: gauntlet--forums-latest.xml #9 "<p>Hi, folks! It’s been a while.</p>" showed "Folks! It’s been a
    while."; void1-1--steam-news.xml #0 "GREETINGS, FOOLISH MORTALS! The ghosts…" showed "FOOLISH MORTALS! The
    ghosts…". "Hello, World!" stays."""
    assert excerpt("<p>Hi, folks! It’s been a while. Every year we hold a jam.</p>") == (
        "It’s been a while. Every year we hold a jam."
    )
    assert excerpt("<p>GREETINGS, FOOLISH MORTALS! The ghosts of the old mafia are back in the city.</p>") == (
        "The ghosts of the old mafia are back in the city."
    )
    assert excerpt("<p>Hello, World! is the first program most people write.</p>").startswith("Hello, World!")


def test_a_long_address_alone_in_parentheses_as_its_own_link_goes_with_them():
    """set44 F10: azu--ghsa-pip.xml #0 (fickling): "…to the blocklist of unsafe modules
    (https://github.com/trailofbits/fickling/commit/351ed4d4…)." (`(<a href=URL>URL</a>)`); a link with words, or an
    address the sentence names outside parentheses, stays."""
    url = "https://github.com/example/picklecheck/commit/351ed4d4242b447c0ffd550bb66b40695f3f9975"
    shown = excerpt(f'<p>We added platform to the blocklist of unsafe modules (<a href="{url}">{url}</a>). Next.</p>')
    assert shown == "We added platform to the blocklist of unsafe modules. Next."
    assert url in excerpt(f'<p>The fix is at <a href="{url}">{url}</a> for now. Next.</p>')
    assert "(the commit)" in excerpt(f'<p>We added platform (<a href="{url}">the commit</a>). Next.</p>')


def test_a_text_the_source_cut_after_a_month_abbreviation_says_so():
    """set44 F5: rsdoiel--antenna-journalism.xml #0 "…prior to the season’s official start on Sept." and #7 "…hit
    theaters Aug." were shown whole, without "…"; a date ("on 3 Jan.") and a street ("on Main St.") end a text."""
    assert excerpt("<p>Coaches predict their outlooks prior to the season’s official start on Sept.</p>") == (
        "Coaches predict their outlooks prior to the season’s official start on Sept…"
    )
    assert excerpt("<p>The comedy film “Nimrods” hit theaters Aug.</p>").endswith("hit theaters Aug…")
    assert excerpt("<p>The results arrived on 3 Jan.</p>") == "The results arrived on 3 Jan."
    assert excerpt("<p>He lives on Main St.</p>") == "He lives on Main St."


def test_a_reports_expected_and_actual_rows_are_no_summary_sentences():
    """set44 F13: azu--ghsa-pip.xml, "[PyJWT] …": the digest's summary ended "Expected: jwt.exceptions.InvalidTokenError:
    Unsupported critical extension: x-custom-policy Actual: Token accepted, payload returned."; "[CairoSVG] …"
    "Expected: timeout kills the process after 10 seconds…". A sentence that opens with the word stays."""
    from bot.usable import usable

    assert not usable("Expected: jwt.exceptions.InvalidTokenError: Unsupported extension Actual: Token accepted.")
    assert not usable("Expected: timeout kills the process after 10 seconds (it never completes on its own).")
    assert not usable("Steps to reproduce: install the package and open the file in the viewer.")
    assert usable("Expected growth is strong this year for the whole company.")
