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


def _two_releases_sharing(line: str) -> list:
    """Ten entries: two releases opening with the same intro and sharing ``line`` among their notes, eight others."""
    intro = (
        "<p>An update to the game has been released. The update will be applied automatically when you restart "
        "the game. The major changes include:</p>"
    )
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
    assert len(articles) == 10  # (each stored: the assertions below read the first two)
    return articles


def test_a_changelog_line_two_releases_share_after_the_same_intro_stays():
    """set44 F7: void1-1--steam-news.xml #6 "Team Fortress 2 Update Released": "Updated/Added some tournament medals",
    in 2 of 10 entries that open with the same release intro, went as a series' list (repeated.py _intros)."""
    line = "Updated/Added some tournament medals"
    articles = _two_releases_sharing(line)
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


# The review of set 44's rules (the merge dced13e..460fa75): what they caught that they should not have.


def test_a_text_ending_in_a_name_a_month_or_a_title_after_a_comma_is_whole():
    """The review, 1: a month's short form ends a cut only after a word that takes a day's date ("on", "by", a
    release's verb); "Jan.", "Jun.", "Jul." are names too, and a title after a comma closes a name ("Sarah Park, Dr.")."""
    for text in (
        "Das hat schon damals mein Freund Jan.",
        "Przekazałem to mojemu koledze, Jan.",
        "The report was written by Professor Wang Jun.",
        "We ran the survey in Oct.",
        "The launch is planned for early Dec.",
        "Vi ønsker alle en rigtig God Jul.",
        "The panel was chaired by Sarah Park, Dr.",
        "He lives on Holmes Dr.",
    ):
        assert excerpt(f"<p>{text}</p>") == text
    assert excerpt("<p>The talk on the new wing was given by Dr.</p>").endswith("given by Dr…")
    assert excerpt("<p>The new rules take effect on Nov.</p>").endswith("on Nov…")


def test_a_text_cut_after_a_title_keeps_its_whole_sentences_rule():
    """The review, 2: "…foi apresentado pelo Dr." after two whole sentences that fill the excerpt's share: those
    sentences (set18 F5), not the cut one with "…"."""
    whole = (
        "A noite começou cedo com uma abertura solene no teatro municipal da cidade. O público encheu a sala até o "
        "último lugar, e a orquestra tocou até tarde a noite em Belém."
    )
    text = whole + " O evento, dedicado à música de câmara, foi apresentado pelo Dr."
    assert excerpt(f"<p>{text}</p>", limit=300) == whole
    from bot.cuts import with_ellipsis

    assert with_ellipsis(text, 300) == whole


def test_entries_under_one_shared_guid_with_links_of_their_own_stay_apart():
    """The review, 3: a feed that puts one guid on every entry ("https://town.example/"), each with its own link
    and the same standing text: two meetings stay two items. And a repeat of an item under one id notes itself on
    that item, not on one an entry dropped as a repeat would have lent its place to."""
    from bot.normalize import read_feed
    from tests.builders import T0

    standing = (
        "The council meets in the town hall; the agenda and the minutes are posted on the notice board one week before."
    )

    def item(title: str, link: str, text: str = standing, guid: str = "https://town.example/") -> str:
        return (
            f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>"
            f"<description>{text}</description></item>"
        )

    items = [
        item("City council meeting, Nov 3", "https://town.example/meetings/nov-3"),
        item("City council meeting, Nov 17", "https://town.example/meetings/nov-17"),
    ]
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Town</title>{"".join(items)}</channel></rss>'
    feed = read_feed(body.encode(), url="https://town.example/f", source="t", now=T0, excerpt_length=300)
    assert [a.title for a in feed.articles] == ["City council meeting, Nov 3", "City council meeting, Nov 17"]
    # (a post re-titled under a new slug, its id the post's address: one item, set44's re-read of antenna-journalism)
    guid = "cid://https://news.example/?p=514309"
    items = [
        item("Bruin to Bruin: health economist Felicia Knaul", "https://news.example/2026/b2b-knaul/", guid=guid),
        item(
            "Bruin to Bruin: renowned health economist Dr. Felicia Knaul", "https://news.example/b2b-dr-k/", guid=guid
        ),
    ]
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{"".join(items)}</channel></rss>'
    feed = read_feed(body.encode(), url="https://news.example/f", source="n", now=T0, excerpt_length=300)
    assert [a.title for a in feed.articles] == ["Bruin to Bruin: health economist Felicia Knaul"]

    from bot.dedup import OncePerFeed
    from bot.models import Article

    def article(uid: str, title: str, link: str, text: str) -> Article:
        return Article(uid=uid, link=link, title=title, excerpt=text, published=T0)

    once, text = OncePerFeed(set()), standing + " It is the same advisory."
    assert once.earlier(article("u0", "A", "https://adv.example/1", text), 0, "x") == (None, "")
    assert once.earlier(article("u1", "A", "https://adv.example/1", text), 1, "y") == (0, "same link")  # (dropped)
    other = article("u2", "B", "https://adv.example/2", "Another advisory entirely, in words of its own.")
    assert once.earlier(other, 1, "z") == (None, "")  # (kept: the next index)
    later = once.earlier(article("u3", "C", "https://adv.example/1", text), 2, "y")
    assert later[0] != 1, later  # (never the note on "B")


def test_a_changelog_line_with_a_link_two_releases_share_stays():
    """The review, 4: a shared paragraph goes with a series' intro only when it labels ("Other articles…:") or is
    mostly a link (the list's items); a changelog line that links an issue is the release's own."""
    line = 'Updated the <a href="https://game.example/medals">tournament medals</a> for the autumn cup'
    articles = _two_releases_sharing(line)
    assert all("tournament medals for the autumn cup" in a.excerpt for a in articles[:2]), [
        a.excerpt for a in articles[:2]
    ]


def test_a_title_that_greets_someone_by_name_stays_whole():
    """The review, 5: "Hello, Dolly! returns to Broadway" is a title's name, not a greeting: after the "!" the
    sentence goes on (a lower-case word, a number)."""
    for text in (
        "Hello, Dolly! returns to Broadway this fall with a new cast and a new director.",
        "Hello, Neighbor! 3 gets a release date for the autumn on every console.",
        "Hi, Robot! is the name of our new kit for the classroom and the home.",
        "Bonjour, le monde! est le premier programme que tout le monde écrit.",
    ):
        assert excerpt(f"<p>{text}</p>") == text
    assert excerpt("<p>Hi, Sam! It has been a while since the last letter.</p>") == (
        "It has been a while since the last letter."
    )


def test_an_address_in_brackets_or_parentheses_goes_by_one_rule():
    """The review, 6: "[URL]" and "(URL)" after a word are read alike: gone at once after the word
    ("Liteflow[URL]"), or after a space when the address is a commit's or a comparison's; a source's address the
    sentence names stays ("the full findings (URL), which…")."""
    doc = "https://docs.example/document/d/1wrYabcdefghijklmnopqrstuvwxyz0123456789/edit"
    compare = "https://github.com/example/picklecheck/compare/v1.2.0...v1.3.0"
    for open_, close in ("[]", "()"):
        linked = f'{open_}<a href="{doc}">{doc}</a>{close}'
        assert excerpt(f"<p>Liteflow {linked}, the ecosystem grows.</p>") == (
            f"Liteflow {open_}{doc}{close}, the ecosystem grows."
        )
        assert excerpt(f"<p>Liteflow{linked}, the ecosystem grows.</p>") == "Liteflow, the ecosystem grows."
        assert excerpt(f'<p>See the changes {open_}<a href="{compare}">{compare}</a>{close}. Next.</p>') == (
            "See the changes. Next."
        )
    shown = excerpt(f'<p>Read the full findings (<a href="{doc}">{doc}</a>), which the lab published.</p>')
    assert doc in shown


def test_a_reports_rows_in_other_words_and_languages_are_no_summary_sentences():
    """The review, 7: Bugzilla's "Expected results:", "Actual results:", and the rows in German, French, Spanish."""
    from bot.usable import usable

    for row in (
        "Expected results: the page loads and shows the list of the open bugs.",
        "Actual results: the page stays blank and the console shows an error.",
        "Erwartetes Verhalten: die Seite lädt und zeigt die Liste der Fehler.",
        "Comportement attendu : la page se charge et affiche la liste des bogues.",
        "Resultado esperado: la página carga y muestra la lista de errores.",
    ):
        assert not usable(row), row
    assert usable("Expected results are due from the lab before the end of the week.")


def test_a_counters_address_is_made_canonical_once_and_a_huge_one_not_read(monkeypatch):
    """The review, 8: without_measurement read canonical_url once per prefix (0.6 s each on an 18 KB address):
    once now, and not at all for an address longer than a media file's."""
    from bot import entrylink

    calls: list[str] = []
    real = entrylink.canonical_url
    monkeypatch.setattr(entrylink, "canonical_url", lambda url, *a: calls.append(url) or real(url, *a))
    nested = "http://dts.podtrac.com/redirect.mp3/chtbl.com/track/AB12/op3.dev/e/media.pod.example/EP66.mp3"
    assert entrylink.without_measurement(nested) == "http://media.pod.example/EP66.mp3"
    assert len(calls) == 1
    huge = "http://dts.podtrac.com/redirect.mp3/" + "http://x.example/" * 1000 + "a.mp3"
    assert entrylink.without_measurement(huge) == huge and len(calls) == 1


def test_a_list_cut_by_words_never_ends_with_a_bullet_alone():
    """set44's re-read, N1: a text that opens with a sentence, then its list ("The major changes include: • …"),
    cut by words right after an item's bullet ended "…near the point •…"; the cut goes before the bullet."""
    from bot.cuts import word_cut

    text = "The major changes include: • Fixed the fog • Updated the RED hut near the point • Updated the map"
    limit = text.index("• Updated the map") + 3
    assert not text[: word_cut(text, limit)].rstrip().endswith("•")
    items = "".join(
        f"<li>Updated the {n}th map to fix the clipping on the roof of the RED hut near the point</li>"
        for n in range(6)
    )
    for limit in range(200, 320, 3):
        shown = excerpt(f"<p>The major changes include:</p><ul>{items}</ul>", limit=limit)
        assert not shown.rstrip(" …").endswith("•"), (limit, shown)
