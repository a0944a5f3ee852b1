"""Set 70 (/work/unseen70b/FINDINGS.md F4, F7, F11; /work/unseen70a/FINDINGS.md F9): a paper's author list as the
excerpt (bot/namelists.py), <br> steps run together when some start in lower case (bot/linesteps.py), a recurring
event's lead taken for the feed's template and the summary opened by the list under it (bot/leadlines.py), a row of
social sites' names and a cut address ending a podcast's text (bot/networkrows.py). Made-up text in the feeds' shapes:
the feeds the rules were written for have no licence."""

from bot.dashitems import dash_items
from bot.linesteps import listed_lines
from bot.namelists import name_list
from bot.networkrows import without_network_rows
from tests.builders import digest_summary, excerpt, read_entries

_ABSTRACT = (
    "<p>\nWe measure the ionising photon budget of faint galaxies at redshift seven with deep spectra from the "
    "telescope's survey, and find that they dominate reionisation.</p>"
)


def test_a_long_author_list_is_no_excerpt():
    """Set 70b, finding 4 (gbrammer--arxiv-jwst.xml, repository gbrammer/jwst-arxiv, in /work/unseen70b/feeds): an
    arXiv entry's paragraph of its authors, a long comma list of names ("…, Ivelina Momcheva, Claudia Del. P Lagos,
    …"), was the excerpt, cut at the initial "Del." as at a sentence's end; five names went already, longer lists
    not. A run of three names or more above sentences is a byline; a sentence naming people, a list of one-word
    tags, a list with nothing after it stay."""
    names = (
        "Ravi Jaiswar, Anshu Gupta, Elisabete da Cunha, Cathryn M. Trott, Andrew Battisti, Isabel Perez, "
        "Karl Glazebrook, Zackary L. Hutchens, Ivelina Momcheva, Claudia Del. P Lagos, Francesco D'Eugenio, "
        "Hiddo S. B. Algera, Tiger Yu-Yang Hsiao, Eduardo Bañados, Jasleen Matharu"
    )
    got = excerpt(f"<p> {names} </p>{_ABSTRACT}")
    assert got.startswith("We measure the ionising photon budget"), got
    assert name_list("Alice Smith, Bob Jones and Carol White")
    said = "<p>Alice Smith, Bob Jones and Carol White met the mayor on Monday to ask for a new school.</p>"
    assert excerpt(said + _ABSTRACT).startswith("Alice Smith, Bob Jones and Carol White met")
    assert not name_list("Alice Smith, Bob Jones and Carol White met the mayor")
    assert not name_list("Python, Rust, Go, Haskell")  # (a row of tags: one word each)
    assert not name_list("Alice Smith, Bob Jones")  # (two: the short lines' rules)
    assert excerpt(f"<p>{names}</p>").startswith("Ravi Jaiswar")  # (nothing after it: the entry is the list)
    assert excerpt(f"<h2>Highlights</h2><p>{names}</p>{_ABSTRACT}").startswith("We measure"), "(a heading above it)"
    abridged = _ABSTRACT.replace("We measure", "(Abridged) We measure")
    assert excerpt(f"<p>{names}</p>{abridged}").startswith("(Abridged) We measure"), excerpt(
        f"<p>{names}</p>{abridged}"
    )


def test_names_that_are_the_story_stay():
    """rev70b finding 1: names some text introduces, the first half of a sentence, names ending in a stop, places the
    next sentence points back at stay; only a byline's place (the entry's first text line) counts."""
    split = (
        "<p>Alice Smith, Bob Jones, Carol White and Dan Brown</p><p>were elected to the board on Tuesday after a long "
        "night of counting at the hall.</p>"
    )
    assert excerpt(split).startswith("Alice Smith, Bob Jones, Carol White and Dan Brown were elected"), excerpt(split)
    labelled = (
        "<p>The winners of this year's prize:</p><p>Maria da Silva, Jan van der Berg, Aiko Tanaka, Omar ibn Said</p>"
        "<p>The results were announced on Friday evening after a long count at the city hall, and turnout was high.</p>"
    )
    assert "Maria da Silva, Jan van der Berg" in excerpt(labelled), excerpt(labelled)
    headed = labelled.replace("<p>The winners of this year's prize:</p>", "<h2>The winners of this year's prize:</h2>")
    assert "Maria da Silva, Jan van der Berg" in excerpt(headed), excerpt(headed)
    thanked = (
        "<p>Thanks to everyone who made this release possible:</p><p>Anna Kowalska, Jean-Luc Picard, Li Wei, Sara van "
        "Dijk, Tom Baker</p><p>The next release is planned for March and will focus on performance and better error "
        "messages.</p>"
    )
    assert "Anna Kowalska" in excerpt(thanked), excerpt(thanked)
    stopped = (
        "<p>Alice Smith, Bob Jones, Carol White, Dan Brown.</p><p>The four candidates were elected to the board after "
        "a long count at the town hall on Tuesday.</p>"
    )
    assert excerpt(stopped).startswith("Alice Smith, Bob Jones"), excerpt(stopped)
    places = (
        "<p>Berlin, New York, Tokyo, San Francisco and Buenos Aires</p><p>These cities will host the tour next "
        "summer, with tickets on sale from Monday morning at noon.</p>"
    )
    assert excerpt(places).startswith("Berlin, New York"), excerpt(places)
    assert not name_list("Ann Lee, Bo Li, Cy Wu A" + " " * 200 + "b")  # (words one space apart: finding 6)
    assert name_list("Ann Lee,   Bo Li,\tand Cy Wu")


_STEPS = (
    "<p>uninstall ALL mods<br>\nNO Exceptions<br>\nand then Restart you computer and Open Steam<br>\nRight Click on "
    "Black Mesa<br>\nSelect Properties<br>\nSelect the Local Files Tab<br>\nClick on Verify Integrity of Game Files</p>"
)


def test_br_steps_are_set_off_whatever_their_case():
    """Set 70b, finding 7 (JoshHubi--leakfree-topic.rss, repository JoshHubi/leakfree-archive, in
    /work/unseen70b/feeds): <br>-separated steps ran together as one phrase when some began in lower case
    ("uninstall ALL mods NO Exceptions and then Restart…"), where the same steps all capitalised were set off. Five
    short lines without a stop are set off whatever their case; prose wrapped at a width, lines ending in a comma or
    in a word that goes on, and fewer lines are not."""
    got = excerpt(_STEPS)
    assert got.startswith("uninstall ALL mods / NO Exceptions / and then Restart"), got
    assert "Select Properties / Select the Local Files Tab" in got
    wrapped = (
        "<p>we walked down to the old harbour<br>after lunch because the boats<br>were all in again since the wind<br>"
        "had picked up overnight so we<br>sat on the long wall for a while<br>watching the gulls fight</p>"
    )
    assert " / " not in excerpt(wrapped), excerpt(wrapped)
    commas = "<p>bring your boots,<br>a warm coat,<br>some water,<br>a map of the hills,<br>and a friend</p>"
    assert " / " not in excerpt(commas)
    chat = (
        "<p>hey guys<br>so i tried the fix from the wiki<br>but it still crashes<br>when i open the map editor<br>"
        "any ideas what else to try</p>"
    )  # (rev70b finding 3: a post broken by hand, in lower case, is one phrase)
    assert " / " not in excerpt(chat) and excerpt(chat).startswith("hey guys so i tried"), excerpt(chat)
    ragged = [
        "we drove up to the cabin on friday night", "after work because the forecast for the weekend",
        "looked good and my brother wanted to try", "his new camera on the lake at sunrise",
        "so we got up at five and walked down", "to the dock with coffee",
    ]  # fmt: skip
    assert not listed_lines(ragged)
    steps = [
        "uninstall ALL mods",
        "NO Exceptions",
        "and then Restart",
        "Right Click on Black Mesa",
        "Select Properties",
    ]
    assert listed_lines(steps) and not listed_lines([line.lower() for line in steps])


def _hike(day: int) -> dict[str, str]:
    return {
        "title": "Hike With Us",
        "link": f"/event/{day}",
        "text": (
            "<div class='p-name'>Hike With Us</div><div>Did you know that the university is part of the escarpment "
            "biosphere, which runs west from the falls and then north to the bay, extending more than 700 "
            "kilometers!</div><div>Join us to explore this amazing area through a guided hike through the quarry "
            "naturalization site right on campus!</div><div><br /><strong>Safety reminders:</strong></div>"
            "<div>- Please wear appropriate footwear for the terrain, hiking shoes recommended or other comfortable "
            "shoes if it has rained.</div><div>-Tick repellant/bug spray and SPF 30+ is strongly recommended.</div>"
            "<div>-Bring a water bottle to ensure you are properly hydrated.</div>"
            f"<div>From Wednesday, May {day}, 2025 12:00 PM to 1:00 PM EDT at the International Centre.</div>"
        ),
    }


def _other(n: int) -> dict[str, str]:
    return {
        "title": f"Workshop {n}",
        "link": f"/other/{n}",
        "text": f"<div>Workshop number {n} covers study skills, note taking and planning your week for exams.</div>",
    }


def test_a_recurring_events_list_does_not_open_its_summary():
    """Set 70b, finding 11 (Aryan-Jhaveri--brock-events.rss, repository Aryan-Jhaveri/brock-events-rss, in
    /work/unseen70b/feeds): an event the feed lists on three dates repeats its paragraphs, which the lead dropped as
    a template the feed repeats in a few entries ("Did you know…", "Safety reminders:" and the long first item), so
    "-Tick repellant/bug spray…" opened the summary. Blocks in a row under a label that open with a typed mark are a
    list's items, which no summary takes (the template is not kept whole for half a list: rev70b finding 4). A forum's template before a post's own words still goes; a negative figure, one marked line stay."""
    articles = read_entries([_hike(12), _hike(14), _hike(16), *map(_other, range(12))])
    hike = next(a for a in articles if a.title == "Hike With Us")
    summary = digest_summary(hike)
    assert summary.startswith("Did you know that the university") and "Tick" not in summary, summary
    marked = ["Safety reminders:", "- Please wear boots.", "-Tick spray is recommended.", "–Bring water."]
    assert dash_items(marked)[1:] == ["• Please wear boots.", "• Tick spray is recommended.", "• Bring water."]
    assert dash_items(["-5 degrees at night.", "-3 by day."]) == ["-5 degrees at night.", "-3 by day."]
    assert dash_items(["Intro.", "-Note the date.", "More prose."]) == ["Intro.", "-Note the date.", "More prose."]
    signed = ["“Top 2 are in order.”", "- Sam", "• The Social Network", "• Zodiac"]  # (a signature over a <ul>)
    assert dash_items(signed) == signed


def test_dashes_that_are_no_items_stay():
    """rev70b finding 2: dialogue's dashes, an em dash typed as "-", Markdown's *emphasis*, a chat's *actions*,
    footnotes' "*" and attributions under a quote are no list's items; a run under a label ("Safety reminders:"),
    one glued item in capitals, is."""
    said = ["Он пришёл.", "-Привет, - сказал он и сел за стол.", "-Здравствуй, - ответила она, не поднимая глаз."]
    assert dash_items(said) == said
    assert dash_items(["Они сказали:", *said[1:]]) == ["Они сказали:", *said[1:]]
    dashed = ["He waited at the door for an hour.", "-and then he left without a word.", "-but she never forgot it."]
    assert dash_items(dashed) == dashed
    assert dash_items(["Notes:", "-and then he left.", "-but she never forgot it."])[1] == "-and then he left."
    emphasis = ["Notes:", "*Update:* the store reopened on Monday.", "*Correction:* an earlier version erred."]
    assert dash_items(emphasis) == emphasis
    acted = ["Me:", "*sighs* fine, I will do the dishes.", "*walks off* but you owe me one."]
    assert dash_items(acted) == acted
    notes = ["Tickets cost 20 euros:", "*Prices include VAT and booking fees.", "*Offer valid while stocks last."]
    assert dash_items(notes) == notes
    quoted = ["“We will win this.”", "–Coach Smith", "–Team captain Jones"]
    assert dash_items(quoted) == quoted
    starred = ["Bring:", "* Boots", "-Water"]
    assert dash_items(starred) == ["Bring:", "• Boots", "• Water"]
    template = (
        "<p>Please read the forum rules before you post and search for an answer first; posts that break the rules "
        "will be removed by the moderators without notice.</p>"
    )
    posts = [
        {"title": f"Question {n}", "link": f"/t/{n}", "text": template + f"<p>My printer number {n} jams on the "
         f"second page every time I print a long document, and I have cleaned the rollers twice.</p>"}
        for n in range(3)
    ]  # fmt: skip
    asked = read_entries([*posts, *map(_other, range(12))])
    assert digest_summary(asked[0]).startswith("My printer number 0 jams"), digest_summary(asked[0])


def test_a_row_of_social_sites_and_a_cut_address_go():
    """Set 70a, finding 9 (sheremetat--podcast-uk.xml, repository sheremetat/sheremetat.dev, in
    /work/unseen70a/feeds): "Я в соціальних мережах:" / "Goodreads Telegram Twitter Facebook  Music by http://www."
    ended a podcast's text and its summary: the row's links gone, their words left, the credit's address cut by the
    feed. The row goes with its label, the cut address with its credit; a sentence naming the sites, a whole
    address and two names stay."""
    lines = [
        "Записав перший випуск подкасту про децентралізовані програми та блокчейн.",
        "Я в соціальних мережах:",
        "Goodreads Telegram Twitter Facebook Music by http://www.",
    ]
    assert without_network_rows(lines) == lines[:1]
    whole = [*lines[:2], "Goodreads Telegram Twitter Facebook Music by http://www.bensound.com/"]
    assert without_network_rows(whole) == lines[:1]
    assert without_network_rows(["Our show.", "Music by http://www."]) == ["Our show."]
    said = ["We are on Goodreads, Telegram and Twitter every day."]
    assert without_network_rows(said) == said
    kept = ["Our show.", "Music by https://www.bensound.com/"]
    assert without_network_rows(kept) == kept
    assert without_network_rows(["Our show.", "Twitter Facebook"]) == ["Our show.", "Twitter Facebook"]
    assert without_network_rows(["Our show.", "Music by http://www.ab"]) == ["Our show."]  # (the window: finding 7)
    # (rev70b finding 5: a short host is a whole address; a sentence's "…made by" is no credit)
    made = ["Grok is a chatbot with a sense of humour, and it is made by https://x.ai"]
    assert without_network_rows(made) == made
    assert without_network_rows(["A.", "Lyrics written and performed by https://x.ai"])[1].endswith("https://x.ai")
    assert without_network_rows(["We tested it.", "Read the thread on https://t.me"])[1].endswith("https://t.me")
    assert without_network_rows(["Our show.", "It is made by http://www."]) == ["Our show.", "It is made by"]
    text = (
        "Записав перший випуск подкасту про децентралізовані програми та блокчейн. Сьогодні я говорив про Golang.\n"
        "Я в соціальних мережах:\n Goodreads Telegram Twitter Facebook  Music by http://www."
    )
    [article] = read_entries([{"title": "Випуск #1", "link": "/s1e1/", "text": text}])
    assert "Goodreads" not in digest_summary(article) and "http" not in article.excerpt, digest_summary(article)
