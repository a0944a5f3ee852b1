"""Set 67's structure and summary findings (/work/unseen67a/FINDINGS.md F1, /work/unseen67b/FINDINGS.md F9, F10;
helper fix67d): a schedule the feed ran into one line (bot/inlineschedule.py), an entry's lede that says what the item
is ("This mod…" under its headings, "macOS-style…": bot/itemledes.py), summary sentences about "other" things that
"also" do it (bot/othersalso.py) or about a screenshot not shown (bot/pointers.py). Made-up text in each feed's shape,
with the counter-examples each rule must leave alone."""

from bot.inlineschedule import inline_schedule
from bot.itemledes import named_lower, names_itself
from bot.leanings import leans_before
from bot.othersalso import others_also
from bot.pointers import about_unshown
from bot.sentences import split_sentences
from bot.summary import SourceText, summarize
from bot.usable import folded, usable_in
from tests.builders import read_entries


def _summary(title: str, text: str) -> list[str]:
    """The summary of one entry of ``text`` (HTML), read as the poller reads it."""
    article = read_entries([{"title": title, "link": "/a/", "text": text}])[0]
    sentences = tuple(split_sentences(article.lead or article.excerpt))
    return summarize([SourceText(title, sentences)], 3)


def test_a_schedule_run_into_one_line_is_no_summary_sentence():
    """Set 67a F1 (DBozhinovski--beerjs-events.xml, repository DBozhinovski/beerjs, in /work/unseen67a/feeds): Hugo's
    plain summary of a meetup's announcement runs its programme into one line, "Распоред: 19:00 - 19:30 - собирање …
    19:30 - js ⊂ lisp - … 20:20 - … 21:10 - …": the digest's summary took it as a sentence. Three times or more each
    opening a row, in the day's order, are a schedule's rows: never a summary sentence. A sentence that holds a time,
    opening hours of two rows, or times out of order stays prose."""
    title = "Најава - Vol 4"
    text = (
        "Четвртото издание на Beer.js е официјално закажано! На 21ви јуни, повторно во coffice и повторно во истиот "
        "формат - две презентации од по 30-40 минути и дружење со пиво.\nРаспоред: 19:00 - 19:30 - собирање во coffice, "
        "таман за по едно пиво пред презентациите :) 19:30 - Streams во Node - Ана Петровска 20:20 - Тестирање на "
        "React - Марко Илиевски 21:10 - Дружење и пиво Се гледаме на 21ви!"
    )
    summary = _summary(title, text)
    assert summary and not any("19:30" in s for s in summary), summary
    assert summary[0].startswith("Четвртото издание"), summary
    schedule = text.split("\n")[1]
    assert inline_schedule(schedule)
    assert not usable_in(schedule, frozenset([folded(title)]))
    # (prose with a time; opening hours, two rows; times that go back: a list of results, not a day's rows)
    assert not inline_schedule("На 21ви јуни во 19:00 ќе се собереме во coffice - дојдете порано за пиво.")
    assert not inline_schedule("The shop is open 09:00 - 17:00 on weekdays and 10:00 - 14:00 on Saturdays.")
    assert not inline_schedule("Laps: 1:32 - Hamilton, 1:29 - Verstappen, 1:31 - Norris, all in the final session.")
    opening = "На 21ви јуни во 19:00 ќе се собереме во coffice, а презентациите почнуваат во 19:30 - дојдете!"
    assert usable_in(opening, frozenset([folded(title)]))


def test_this_mod_under_its_headings_is_the_lede():
    """Set 67b F9 (ramensoftware--windhawk-releases.atom, repository ramensoftware/windhawk-mods, in
    /work/unseen67b/feeds): a mod's release note opens under its headings with "This Windhawk mod enables dark menus…"
    or, under "## About", "This mod restores…": read as pointing back, the summary passed over the lede and opened on
    a later section ("Photoshop's menus look like…", "The mod has been tested on…"). The entry's first sentence after
    nothing but headings that opens "This <noun>", a noun the headline or the entry names again, is the lede. Not after
    a sentence of prose, nor "This is…", nor a noun the entry never names again."""
    title = "Paint Dark Menus 1.0.0"
    text = (
        "<h1>Paint Dark Menus</h1><p>This Windhawk mod enables dark menus (the top-bar dropdowns and context menus) "
        "in Paint on Windows, with fully customizable colors.</p><p>Everything happens inside the Paint process.</p>"
        "<h2>How it works</h2><p>Paint's menus look like classic unthemed Win32 menus, but they are not: Paint draws "
        "every menu item itself, using plain GDI, inside its own process.</p><p>The hooks are set by this mod's own "
        "code when Paint starts, and nothing is changed for other programs.</p>"
    )
    summary = _summary(title, text)
    assert summary[0].startswith("This Windhawk mod enables dark menus"), summary
    restorer = (
        "<h2>About</h2><p>This mod restores the classic Windows “Disk Cleanup” page on Windows 10 and 11, bringing "
        "back the list of files to remove in Control Panel.</p><p>The mod has been tested on Windows 10 22H2 and "
        "Windows 11 24H2.</p><h2>Screenshots</h2><p>The mod includes 3 skins: Windows 7, Windows 8, and Vista.</p>"
    )
    summary = _summary("Disk Cleanup Page Restorer 1.0.0", restorer)
    assert summary[0].startswith("This mod restores"), summary
    headings = ("## Disk Cleanup Page Restorer", "## About")
    sentences = (*headings, "This mod restores the page.", "The mod has been tested on Windows 11.")
    assert names_itself(sentences, 2, "Disk Cleanup Page Restorer")
    # (after prose; "This is…"; "This approach" under "## Background", named nowhere else: what the heading said)
    assert not names_itself(("## About", "It works well.", "This mod restores the page.", "The mod is small."), 2, "")
    assert not names_itself(("## About", "This is how the mod restores the page.", "The mod is small."), 1, "")
    background = ("## Background", "This approach fails when two windows share a desktop.", "We wrote our own.")
    assert not names_itself(background, 1, "Desktop switcher 1.0")
    # (headline names it: "plugin")
    assert names_itself(("## Notes", "This plugin adds a word count."), 1, "Word count plugin for Vim")


def test_a_lede_opening_on_a_name_in_small_letters():
    """Set 67b F9 (ramensoftware--windhawk-releases.atom, repository ramensoftware/windhawk-mods): "macOS-style hot
    corners and screen edges for Windows 10 and 11, with full multi-monitor support." was read as a sentence's tail
    (a small letter first), and the summary opened on "Inspired by WinXCorners, rebuilt as a Windhawk mod.". A lede
    that opens on a name with a capital inside ("macOS", "iPhone", "eBay") is a sentence; a later sentence's small
    letter, or a lede opening "and the…", still is a tail."""
    title = "Win-X Hot Corners 1.3.0"
    text = (
        "<h1>Win-X Hot Corners</h1><p>macOS-style hot corners and screen edges for Windows 10 and 11, with full "
        "multi-monitor support. Throw the pointer into a corner and something happens: which corner and what happens "
        "are yours to choose.</p><p>Inspired by WinXCorners, rebuilt as a Windhawk mod.</p>"
    )
    summary = _summary(title, text)
    assert summary[0].startswith("macOS-style hot corners"), summary
    titles = frozenset([folded(title)])
    assert usable_in("iPhone owners can now set a hot corner for the camera in the settings.", titles, lede=True)
    assert not usable_in("iPhone owners can now set a hot corner for the camera in the settings.", titles)
    assert not usable_in("and the corners can now be set for every monitor in the settings.", titles, lede=True)
    assert named_lower("eBay sellers got a new page.") and not named_lower("ebay sellers got a new page.")


def test_other_things_that_also_do_it_lean_on_the_sentence_before():
    """Set 67b F10 (Akurasix--vnn-news.xml, repository Akurasix/vnn, in /work/unseen67b/feeds): after "…will have a
    limited quantity of special Naruto Nendoroid Pins available for purchase!", the summary took "Other character
    goods from series such as Cardcaptor Sakura … are also going to be available…" without it. A sentence opening
    "Other", "Another" or "The other" that says "also", "too" or "as well" is taken only right after the one before
    it. Without those words ("Another week, another launch.") or "The other day…", it stands alone."""
    assert others_also("Other character goods from series such as Cardcaptor Sakura are also going to be available.")
    assert others_also("Another app, Barkly, connects dog owners to dog walkers too.")
    assert not others_also("Another week, another VR launch, and the headset costs more than ever.")
    assert not others_also("The other day I was also thinking about monoids.")
    assert not others_also("Other examples include Denmark and Norway.")
    title = "Good Smile Company at New York Comic Con 2021"
    sentences = (
        "Good Smile Company is celebrating its 20th anniversary at New York Comic Con 2021 with a new figure line!",
        "## NYCC 2021 Exclusive",
        "Good Smile Company will have a limited quantity of special Naruto Nendoroid Pins available for purchase at "
        "the convention!",
        "Other character goods from series such as Cardcaptor Sakura and My Hero Academia are also going to be "
        "available at the Good Smile Company booth at the convention.",
    )
    summary = summarize([SourceText(title, sentences)], 2)
    assert summary == [sentences[0], sentences[2]], summary  # (before set 67 d: [lede, "Other character goods…"])
    assert leans_before(sentences, 3, title, 15) and not leans_before(sentences, 2, title, 15)


def test_a_screenshot_not_shown_is_no_summary_sentence():
    """Set 67b F10 (nikolasjdawson--reddit-machinelearning.xml, repository nikolasjdawson/reddit-machinelearning, in
    /work/unseen67b/feeds): "The screenshot was created by testing our algorithm with 8 high-resolution images…"
    followed a picture's link the feed dropped; the summary took it. A screenshot, a chart, a graph or a diagram as
    the subject that shows, depicts or was made is about a picture not shown. Not "The picture is grim…" (a manner
    of speaking), a photo (a photo feed's own item), nor "The graph database…"."""
    assert about_unshown("The screenshot was created by testing our algorithm with 8 high-resolution images.")
    assert about_unshown("The chart shows how the prices rose in the three years since 2019.")
    assert not about_unshown("The picture is grim for the party after the vote on Sunday.")
    assert not about_unshown("The photo shows a fox in the snow at the edge of the forest.")
    assert not about_unshown("The graph database stores nodes and edges in one file.")
    text = (
        "<p>I am a dermatologist at a clinic in Seoul, and we built a screening system for skin cancer.</p>"
        "<p>The screenshot was created by testing our algorithm with 8 high-resolution images from a search engine.</p>"
        "<p>The screening system finds the blobs first and then scores each of them for malignancy.</p>"
    )
    summary = _summary("[P] Automatic Skin Cancer Screening", text)
    assert summary and not any("screenshot" in s for s in summary), summary


# The review of set 67 d (/work/notes/rev67d-findings.md): counter-examples the rules above took, each an entry of
# ordinary prose in the shape of a feed's item.


def test_opening_hours_and_verses_are_no_schedule():
    """rev67d F1, F2 (bot/inlineschedule.py, the rule of set 67a F1, DBozhinovski/beerjs's feed): three opening-hour
    ranges ("Monday to Friday 9:00 - 17:00, Saturday 10:00 - 15:00 and Sunday 11:00 - 14:00") and three verses ("John
    3:16 - …, John 4:24 - …, John 5:24 - …") were read as a schedule's rows and left out of the summary. A range's first
    time opens no row, and a programme's times fall on five minutes; the meetup's line is still a schedule."""
    hours = "The museum is open Monday to Friday 9:00 - 17:00, Saturday 10:00 - 15:00 and Sunday 11:00 - 14:00."
    summary = _summary(
        "Museum reopens after renovation",
        "<p>The city museum reopens on Saturday after two years of renovation work on its roof and galleries.</p>"
        f"<p>{hours}</p><p>Entry is free for children under twelve and for students with a valid card.</p>",
    )
    assert hours in summary, summary
    verses = (
        "We read John 3:16 - God so loved the world, John 4:24 - God is spirit, and John 5:24 - whoever hears my word "
        "has eternal life."
    )
    summary = _summary(
        "Three verses on grace",
        "<p>This week our study group read three passages from the Gospel of John together.</p>"
        f"<p>{verses}</p><p>Next week we move on to the letters of Paul and meet at the usual place.</p>",
    )
    assert verses in summary, summary
    assert not inline_schedule(hours) and not inline_schedule(verses)
    assert inline_schedule("Програма: 19:00 - 19:30 - собирање 19:30 - Streams 20:20 - Тестирање 21:10 - Дружење")
    assert inline_schedule("Schedule: 18:00 – doors, 18:30 – talks, 19:45 – drinks and a quiz at the bar.")


def test_a_plot_a_music_chart_is_no_picture_not_shown():
    """rev67d F3 (bot/pointers.py about_unshown, the rule of set 67b F10, nikolasjdawson/reddit-machinelearning's
    feed): "The plot shows its seams…" (a film's), "The plots were created when the farm was divided…" (land) and "The
    chart shows three debuts in the top ten…" (the music chart) were read as a picture not shown, dropped with the
    sentence that goes on from them. A plot is never one here; a chart or a graph only "shows how/that…" or was
    "generated/plotted"; a screenshot, a diagram as before."""
    entries = [
        (
            "Review: The Long Winter",
            "The Long Winter is a slow, patient drama about a farming family in the north of Norway.",
            "The plot shows its seams in the third act, when the brothers finally quarrel over the farm.",
            "Still, the cast carries it, and the last scene on the frozen lake is unforgettable.",
        ),
        (
            "Village sells land for homes",
            "The village council has agreed to sell land by the old mill for twelve new family homes.",
            "The plots were created when the farm was divided in 1890 and have been empty since the war.",
            "Building work could begin next spring if the plans are approved.",
        ),
        (
            "Swift holds number one for a third week",
            "Taylor Swift's new album stays at number one on the Billboard 200 for a third week.",
            "The chart shows three debuts in the top ten, led by a rapper from Atlanta with his first album.",
            "Sales of vinyl records rose again and made up a third of the album's units.",
        ),
    ]
    for title, *paragraphs in entries:
        summary = _summary(title, "".join(f"<p>{p}</p>" for p in paragraphs))
        assert summary == paragraphs, summary
        assert not about_unshown(paragraphs[1])
    assert about_unshown("The graph was generated from the logs of the last thirty days of traffic.")
    assert about_unshown("The diagram shows the three services and the queue between them.")


def test_this_approach_under_a_heading_is_no_lede_though_the_headline_names_it():
    """rev67d F4, F5 (bot/itemledes.py names_itself, the rule of set 67b F9, ramensoftware/windhawk-mods' feed): under
    "## The old way", "This approach fails when the cache is cold…" was taken as the entry's lede because the headline
    says "A new approach": the summary opened by saying the approach fails. Only a noun for a made thing (mod, plugin,
    app, library…) names the item; and the exemption is "This <noun>"'s alone, not an "it" or an "Other … also"."""
    summary = _summary(
        "A new approach to cache warming",
        "<h2>The old way</h2><p>This approach fails when the cache is cold and every request goes to the database at "
        "once.</p><p>Our new approach warms the cache from yesterday's logs before traffic arrives.</p><p>It cut the "
        "cold-start errors by ninety percent in our tests last month.</p>",
    )
    assert summary and not summary[0].startswith("This approach"), summary
    old_way = ("## The old way", "This approach fails when the cache is cold.", "Our new approach warms it.")
    assert not names_itself(old_way, 1, "A new approach to cache warming")
    assert names_itself(("## About", "These Acme Pro plugins add a word count."), 1, "Acme Pro plugins 2.0")
    # ("This mod…" named, "the above mod" still points back: before, names_itself cancelled anaphora.py's reading too)
    above = ("## About", "This mod fixes the bug the above mod left.", "The mod is small.")
    assert names_itself(above, 1, "Disk Cleanup mod") and leans_before(above, 1, "Disk Cleanup mod", 15)
