"""Set 56's summary length finding (tests/data/unseen/set56/FINDINGS.md, F10): a digest summary of three long
sentences ran to 9 lines of a chat. Made-up text in the item's shape (the feed has no licence)."""

from datetime import UTC, datetime

from bot.markdowntext import without_emphasis
from bot.midheadings import anchored_rows
from bot.models import Article
from bot.pointers import about_unshown
from bot.sitepages import without_site_pages
from bot.summary import MORE_SUMMARY, SourceText, summarize

COURSE = (
    "We are college instructors of the calculus sequence and of differential equations, and we would like to know "
    "whether the college should buy one course plan for every section or whether each student of the calculus "
    "sequence should buy a plan of their own for the term.",
    "If you were to buy the monthly plan for each student of the calculus sequence, every student would get the "
    "upgrades for their own projects, and the instructors could still see and grade every project of the course "
    "from their own accounts during the term.",
    "A cheaper way for departments with large enrolments is a shared site licence, which the university library "
    "renews every autumn and which lets teaching assistants open notebooks, run exercises and keep marking "
    "records without separate accounts.",
)


def test_a_summary_of_several_sentences_stays_short_enough_for_a_chat():
    """set56 F10 (sagemath--planet-sage.xml, github.com/sagemath/planet): "…If you were to purchase a course plan for
    say $399/semester, then you could apply the upgrades … to 70 projects…", four lines of a quoted question before
    it: 620 characters, 9 lines of a chat."""
    assert all(len(s) > 220 for s in COURSE) and len(" ".join(COURSE)) > MORE_SUMMARY
    summary = summarize([SourceText("Buying course plans for the calculus sequence", COURSE)], 3)
    assert len(summary) == 2 and len(" ".join(summary)) <= MORE_SUMMARY


def test_the_room_left_is_no_reason_to_take_a_lesser_sentence():
    """The review of 6f00652: once the next best sentence did not fit in MORE_SUMMARY, the summary took whatever
    shorter one came next: a sign-off ("Det är vad veckans podd har att bjuda på.", a Swedish podcast's), an aside
    ("(Not that stickers aren't great of course.)"). It stops there instead."""
    sentences = (
        COURSE[0],
        COURSE[2][:-1] + ", so a department of the calculus sequence with hundreds of enrolments pays one bill a year "
        "instead of collecting a fee from every student at the start of every term.",
        "The college opened a new parking garage next to the library this year.",
    )
    assert len(sentences[0]) + len(sentences[1]) > MORE_SUMMARY
    summary = summarize([SourceText("Buying course plans for the calculus sequence", sentences)], 3)
    assert summary and sentences[2] not in summary


def test_the_mends_of_set_56s_review():
    """The review of 13c86b3..6d3f2d7: a mid-line heading anchor only in Latin letters and a changelog's shape (two
    headings, or one of section names); "Here is a graph database…" is no picture; a bold over two lines and Python's
    "**kwargs" keep their stars or lose both; "Christmas Cookies" at /cookies/ is a post."""
    russian = "Чтобы позвонить, наберите номер и нажмите клавишу решётка # затем введите код из письма."
    assert anchored_rows(russian) == [russian]
    for english in ("For beginners you learn Visual C # Programming from scratch, and more.",
                    "The new song climbed to Billboard Number # One, a first for the band."):  # fmt: skip
        assert anchored_rows(english) == [english]
    assert anchored_rows("Add a translation Bug Fixes # Fix a crash on start") == [
        "Add a translation Fix a crash on start"
    ]
    assert not about_unshown("Here is a graph database written in Rust that stores billions of edges.")
    assert about_unshown("Here is a plot of the strategies played in each round.")
    assert without_emphasis("In Python you can pass **kwargs to the wrapped function.", words=True).count("**") == 1
    assert without_emphasis("wichtige Fehlerbehebungen** für alle Nutzer.", words=True) == (
        "wichtige Fehlerbehebungen für alle Nutzer."
    )
    assert "f**k" in without_emphasis("He said f**k off and left.", words=True)
    when = datetime(2026, 12, 1, tzinfo=UTC)
    posts = [Article(uid=f"r{n}", link=f"https://bake.example/recipes/bread-{n}/", title=f"Bread {n}", excerpt="x",
                     published=when, source="Bake") for n in range(5)]  # fmt: skip
    cookies = Article(uid="c", link="https://bake.example/cookies/", title="Christmas Cookies", excerpt="x",
                      published=when, source="Bake")  # fmt: skip
    assert cookies in without_site_pages([*posts, cookies], "Bake")
