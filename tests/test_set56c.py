"""Set 56's summary length finding (tests/data/unseen/set56/FINDINGS.md, F10): a digest summary of three long
sentences ran to 9 lines of a chat. Made-up text in the item's shape (the feed has no licence)."""

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
