"""Set 56's F3 as its re-read left it (tests/data/unseen/set56/AFTER.md): a summary sentence that only presents what
follows it, or a link, a recording or an example the digest does not show. Made-up text in the items' shape."""

from bot.pointers import about_unshown
from bot.summary import SourceText, summarize


def test_a_sentence_presenting_what_follows_or_a_link_is_no_summary_sentence():
    """set56 F3 (sagemath--planet-sage.xml, github.com/sagemath/…; its re-read): "Here is a link to the sage worksheet
    we used for the talk." in a digest's summary, the link gone; and the corpus' "Here’s what topped our charts in
    August." (nnw-cloudblog.rss). Near misses: the thing presented is the story ("Here is a new build for you."), a
    demonstration the post is ("Here is a short demonstration of how one can…"), what follows shown after a colon."""
    pointer = "Here is a link to the worksheet we used for the talk."
    sentences = [
        "Today three students and I presented the game theory tools of the library at the university.",
        pointer,
        "Game theory is the study of rational interaction and is getting increasingly important in computer science.",
    ]
    summary = summarize([SourceText("A talk on game theory", sentences)], 3)
    assert summary and pointer not in summary
    for sentence in ("Here’s what topped our charts in August.", "Here's why.", "Here are some answers.",
                     "Here is a recording of the poet reading the poem.", "Here’s how it got fixed."):  # fmt: skip
        assert about_unshown(sentence), sentence
    assert not about_unshown("Here is a new build of the editor for you.")
    assert not about_unshown("Here is a short demonstration of how one can catch a corrupted pointer.")
    assert not about_unshown("Here is the plan: we ship on Monday and fix on Tuesday.")
