"""Set 65 (/work/unseen65a/FINDINGS.md F8; /work/unseen65b/FINDINGS.md F9, F10): summary sentences that lean on what
is not shown — a Swedish "dessutom" after the verb, a Persian "این نوع…" or "همین…" before a noun
(bot/pointsback.py, bot/discourse.py), a pointer at a link, a link to the post before, a quiz's "Question 1:" label
(bot/usable.py) — and a story of one site's pages led by a sub-page (bot/pagelead.py, read by bot/cluster.py). Made-up
text in the feeds' shapes: most of the feeds the rules were written for have no licence."""

from dataclasses import replace

from bot.anaphora import leans_on
from bot.cluster import cluster
from bot.discourse import leans_back
from bot.summary import SourceText, summarize
from bot.usable import usable
from tests.builders import stored


def test_swedish_besides_after_the_verb_leans_on_the_sentence_before():
    """Set 65a F8 (andreslagerlof--fff-km-sv.xml, repository andreslagerlof/fff-km, a fencing club's Hugo news): a
    summary took "Startfältet lystes dessutom upp av…" ("the field was also lit up by…") without the visit it adds to.
    "dessutom" after the verb leans as "also" does; the same sentence without it does not. ("Men…", "But…", is left
    alone: leaning, it cost more summaries of the corpus than it mended.)"""
    visit = "Återigen kunde vi glädjas åt att få celebert besök, denna gång av en tidigare mästare."
    also = "Startfältet lystes dessutom upp av två fäktare som gjorde säsongsdebut i tävlingen."
    assert leans_back(also)
    assert not leans_back(also.replace(" dessutom", ""))
    lede = "Så kan vi lägga ytterligare en deltävling i fäktning till historiken för klubbens tävling."
    chosen = summarize([SourceText("Grigori segrare i deltävling 2", (lede, visit, also))], 2)
    assert also not in chosen or visit in chosen, chosen


def test_a_persian_demonstrative_before_a_noun_leans_on_what_named_it():
    """Set 65a F8 (aminrashidbeigi--blog-fa.xml, repository aminrashidbeigi/aminrb.me, a developer's Persian blog): a
    summary took "این نوع Test Double…" ("this type of Test Double…", its type named in a heading left out) and opened
    on "مطالب خیلی خوبی در مورد همین سوالا…" ("good material on these same questions…", the questions left out). Each is
    taken only after the sentence before; "این پست…" ("this post"), "این هفته…" ("this week"), "همین الان…" ("right
    now") and "این که…" ("that…") lean on nothing."""
    before = "اینجا سه نوع رایج Test Double و تفاوت‌هاشون رو توضیح می‌دم."
    for leaning in (
        "این نوع Test Double به عنوان یک جایگزین ساده‌تر استفاده می‌شه.",
        "مطالب خیلی خوبی در مورد همین سوالا توی اینترنت وجود داره.",
    ):
        assert leans_on([before, leaning], 1), leaning
    for free in (
        "این پست، دومین پست از مجموعهٔ برنامه‌نویسی است.",
        "این هفته سه نوشته در مورد تست منتشر کردم.",
        "همین الان نسخهٔ جدید کتابخونه منتشر شد.",
        "این که برنامه‌نویسی سخته درست نیست.",
    ):
        assert not leans_on([before, free], 1), free


def test_a_pointer_at_a_link_a_post_link_and_a_quiz_label_are_no_summary_sentence():
    """Set 65b F9 (cc-archive--planet-rss20.xml, repository cc-archive/planet; dreaminginbinary--swiftjectivec.json,
    repository DreamingInBinary/Swiftjective-C): a summary opened "Read the whole resolution and CC CEO Lawrence
    Lessig's explanation." and ended "Previous post on license interoperability." (a link's text), and took "Question
    1: Our defacto I.D.E. … shipped its 1.0 release in fall 2003." (the question itself cut off). None is usable; a
    sentence that only says someone read the whole of something, and one about a question, stay."""
    for unusable in (
        "Read the whole resolution and the director's explanation.",
        "Previous post on license interoperability.",
        "Question 1: Our editor for app development shipped its 1.0 release in fall 2003.",
        "Q: What was the first version of the editor called?",
    ):
        assert not usable(unusable), unusable
    for fine in (
        "The board read the whole resolution aloud before it voted.",
        "The first question was about the editor's 1.0 release in 2003.",
        "Previous versions of the license were not compatible with it.",
    ):
        assert usable(fine), fine


def _pages(base: str, paths: tuple[str, ...], first: int = 0):
    items = [
        stored(first + k, link=base + p, title="Cardiff Microwave Roundtable", hours_ago=1) for k, p in enumerate(paths)
    ]
    return [replace(s, article=replace(s.article, excerpt="• About • Program • Venue • Attendees…")) for s in items]


def test_a_page_leads_the_story_of_its_sub_pages():
    """Set 65b F10 (cardiffars--events.xml, repository CardiffARS/cardiffars.github.io, a Hugo events section): an
    event's pages ("…/roundtable/", "…/roundtable/attendees/", "…/venue/"), one title and one excerpt, are one story;
    it linked to the attendee list, the first in the feed. The page most others are under leads; not a page whose
    neighbour only shares the start of its name ("…/roundtable-2/"), nor the site's root."""
    base = "https://club.example/events/2020/roundtable/"
    stories = cluster(_pages(base, ("attendees/", "", "venue/", "register/")))
    assert len(stories) == 1 and stories[0].lead.article.link == base, [s.lead.article.link for s in stories]
    other_year = _pages(base.replace("2020", "2019"), ("attendees/", "", "venue/")) + _pages(base, ("program/",), 9)
    joined = cluster(other_year)  # (another year's page of the same title and tab bar in the story: the feed's own)
    assert len(joined) == 1 and joined[0].lead.article.link.endswith("/2019/roundtable/"), [
        s.lead.article.link for s in joined
    ]
    near = cluster(_pages("https://club.example/events/2020/", ("roundtable-2/attendees/", "roundtable/")))
    assert near[0].lead.article.link.endswith("/roundtable-2/attendees/"), [s.lead.article.link for s in near]
    root = cluster(_pages("https://club.example/", ("events/", "")))
    assert root[0].lead.article.link.endswith("/events/"), [s.lead.article.link for s in root]
