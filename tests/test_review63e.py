"""The second review of this session (5ee3f66..7d1a9ac), findings 3, 5, 6, 9, 10 and 11: rules that fired where they
should not or missed what they were written for, each with the shape it was written for still read as before
(tests/test_set63b.py, tests/test_review63b.py, tests/test_review63c.py). The feeds the rules were written for have no
licence: made-up text in each shape."""

from bot.anaphora import leans_within
from bot.names import surnamed_before
from bot.quoting import leading_marks
from bot.sentences import split_sentences
from bot.supportlines import support_line
from bot.unfinished import trails_off
from tests.builders import excerpt


def test_an_english_drop_cap_joins_its_word_whatever_comes_later():
    """Finding 3 (bot/inlineedges.py drop caps, written for the review of 621df96..5ee3f66, finding 8, and set62 F6:
    hkustmdi--lab-zh.xml, repository hkustmdi/hkustmdi.github.io, in /work/unseen62/feeds): a Czech or Polish letter
    anywhere in the next 160 characters kept an English drop cap apart ("S he first conducted Dvořák's…"), and a letter
    in emphasis never joined ("T he city")."""
    for markup, text in (
        ('<p><span class="dropcap">S</span>\nhe first conducted Dvořák\'s cello concerto in 1990.</p>', "She first"),
        ('<p><span class="dropcap">W</span>\nhen the team landed in Gdańsk, it was raining.</p>', "When the team"),
        ("<p><em>T</em>\nhe city council voted on Monday to close the old bridge.</p>", "The city"),
    ):
        assert excerpt(markup).startswith(text), markup
    # (near misses: a Czech or Polish one-letter word, a variable in italics, stay words of their own)
    assert "V pondělí vláda" in excerpt('<p><span class="dropcap">V</span>\npondělí vláda schválila nový zákon.</p>')
    assert "W czwartek rząd" in excerpt("<p><b>W</b>\nczwartek rząd przyjął projekt ustawy o podatkach.</p>")
    assert "T has units" in excerpt("<p><i>T</i>\nhas units of seconds, and it grows with the pendulum.</p>")
    assert "T is the" in excerpt("<p><i>T</i>\nis the period of the wave, and it grows with the pendulum.</p>")


def test_an_offer_of_help_is_one_the_story_s_we_is_not():
    """Finding 5 (bot/supportlines.py, written for set62 F11: davidgumberg--bitcoincore-es.atom, repository
    davidgumberg/bitcoincore.org, in /work/unseen62/feeds, and the review of 621df96..5ee3f66, finding 2): "we" and
    "help" anywhere within 60 characters after a question clause read as an offer of help."""
    for near in (
        "If you have questions about the hurricane, we asked three meteorologists to help explain why it grew so fast.",
        "For questions like these, our research team built a model that can help predict where floods will hit next.",
        "Should you have questions about your benefits, we break down the changes and how they help retirees below.",
    ):
        assert not support_line(near.lower()), near
    # (near misses: offers of help, as before)
    for line in (
        "If you have any questions, we're always happy to help.",
        "If you have any questions, our support team will get back to you within a day.",
        "If you have questions about the manual, we actually have a forum on our site.",
    ):
        assert support_line(line.lower()), line


def test_a_sentence_may_end_on_only_that_s_all():
    """Finding 6 (bot/unfinished.py, written for set63 F15: mos3abof--ar-atom.xml, repository
    mos3abof/mos3abof.github.io, in /work/unseen63/feeds): Egyptian "بس" ends a sentence as "only, that's all", and
    Spanish "nada mas" unaccented, yet both read as a conjunction the sentence trailed off on."""
    for line in (
        "أنا كنت عايز أقول شكرا لكل اللي ساعدوني في المشروع ده بس.",
        "الموضوع كان محتاج شوية صبر وتركيز بس.",
        "No quería nada más que dormir un rato, nada mas.",
    ):
        assert not trails_off(line), line
    # (near misses: a conjunction and its stop, as before)
    assert trails_off("كنت ماشي في الشارع بسرعة علشان عاوز أوصل للمحطة بدري و.")
    assert trails_off("Quería salir temprano pero.")


def test_a_full_name_within_a_sentence_introduces_its_surname():
    """Finding 10 (bot/names.py surnamed_before, written for set63 F11: b4fs--assange-court-report.xml, repository
    B4FS/assange-court-report, in /work/unseen63/feeds): a full name within a sentence was read as opening it (a comma
    asked for after it), and a capitalised adjective first as a surname alone."""
    before = ["The hearing was opened on Monday by barrister Clair Dobbin in London."]
    assert surnamed_before("According to Dobbin, the leak was theft, not journalism.", before, "") == 0
    assert surnamed_before("Dobbin told the court the leak was theft.", before, "") == 0
    # (near misses: an organisation's second word, an adjective opening the next sentence; a full name opening one)
    group = ["The report was published by Amnesty International, the London-based rights group, on Monday."]
    assert surnamed_before("International observers were barred from the trial.", group, "") < 0
    assert surnamed_before("Panel access is back soon.", ["Update Panel restored."], "") < 0
    assert surnamed_before("Thunderbird 78 drops the add-on.", ["• Update Thunderbird from 68 to 78."], "") < 0


def test_a_run_of_closing_brackets_is_walked_once():
    """Finding 11 (bot/quoting.py leading_marks, written for set63 F14: xheldon--ja-feed.xml, repository
    Xheldon/x_blog, in /work/unseen63/feeds): the opening brackets were counted again for each close."""
    line = "（" * 10000 + "暗示です。" + "）" * 10000
    assert leading_marks(line, 10005, line[10005:]) == "）" * 10000  # (4 ms by hand; 130 ms before: not a timed test)
    # (near misses: the close still goes back to its sentence, a bracket opened at a sentence's start ends it)
    assert split_sentences("鬼（というか仙人？ ）田村洋一さんと忘年会。", "ja") == [
        "鬼（というか仙人？ ）田村洋一さんと忘年会。"
    ]
    assert leading_marks("（そう、暗示です。）一度", 9, "）一度") == "）"
    assert leading_marks("暗示です。）一度", 5, "）一度") == ""


def test_going_on_to_do_something_is_no_continued_speech():
    """Finding 9 (bot/anaphora.py _WENT_ON, written for set63 F11: b4fs--assange-court-report.xml, repository
    B4FS/assange-court-report, in /work/unseen63/feeds): "went on to explain/tell" and an object read as the rest of
    what someone said in a sentence before."""
    assert not leans_within("After retiring from Cambridge, Hawking went on to explain black holes to millions.")
    assert not leans_within("After the war she went on to tell her story in schools across Europe for forty years.")
    # (near misses: a reporting clause between commas, or before "that", leans as before)
    assert leans_within("The risk to free speech, Grant went on to argue, is grave.")
    assert leans_within("Grant went on to say that the risk to free speech was grave.")
