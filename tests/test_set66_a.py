"""Set 66 group a (/work/unseen66b/FINDINGS.md F2, /work/unseen66a/FINDINGS.md F6 and F7): a whole standfirst without
its full stop shown as if the feed had cut it (bot/standfirsts.py), a sentence split inside a range of days
(bot/sentences.py's _after_ordinal), a short text's summary cut a few words before its sentence's end (bot/stories.py's
_finished). Made-up text in the feeds' shapes."""

from dataclasses import replace

from bot.cluster import Cluster
from bot.sentences import split_sentences
from bot.standfirsts import whole_standfirst
from bot.stories import Summaries
from tests.builders import excerpt, stored

_STANDFIRST = "<p>The mayor’s budget speech drew applause from the council while the opposition sat in silence</p>"
_LEDE = (
    "<p>The mayor promised a “new start for the city” in a budget speech that sought calm but only showed the deep "
    "split at the heart of the council.</p>"
)


def test_a_standfirst_without_a_full_stop_is_whole():
    """Set 66b F2 (rbren--guardian.rss, repository rbren/rss-parser, in /work/unseen66b/feeds): the Guardian's
    descriptions open with a standfirst that ends without a full stop, then the lede; the excerpt stopped at the
    standfirst with "…" and dropped the lede. The standfirst ends with a full stop, and the lede follows."""
    shown = excerpt(_STANDFIRST + _LEDE, limit=400)
    assert shown.startswith("The mayor’s budget speech drew applause from the council while the opposition sat in "
                            "silence. The mayor promised"), shown  # fmt: skip
    assert shown.endswith("council."), shown
    # (the limit reached: the standfirst alone, whole, without "…")
    shown = excerpt(_STANDFIRST + _LEDE, limit=160)
    assert shown == "The mayor’s budget speech drew applause from the council while the opposition sat in silence.", (
        shown
    )


def test_a_block_that_is_no_standfirst_still_ends_the_excerpt():
    """Set 66b F2's counter-examples: a sentence the author broke over two blocks (the second goes on with "and",
    or in lower case), a first block that ends in a word no phrase ends with ("of"), a short label, a list's
    item, a following block that is no sentence (a link's words, the feed's cut "…") keep "…"."""
    lede = _LEDE[3:-4]
    assert not whole_standfirst(
        "The council met for four hours on Monday", "And then it voted to keep the station open."
    )
    assert not whole_standfirst("The council met for four hours on the question of", lede)
    assert not whole_standfirst("Budget news", lede)
    assert not whole_standfirst("• One person who was not aboard the train was killed", lede)
    assert not whole_standfirst("The council met for four hours on Monday", "Read more on our site.")
    assert not whole_standfirst("The council met for four hours on Monday", "The mayor said the city would find the...")
    assert whole_standfirst("The council met for four hours on Monday", lede)
    # (shouted, a header's words: selfoss--escapepod-podcast.xml in tests/data/unseen/set11)
    assert not whole_standfirst("SECURE PRIORITY COMMUNIQUE distribution SOLITAIRE, keyword MASQUERADE, source X", lede)
    # (a block of sentences over another: a status page's latest update over the one before, x4bstatus--issues.xml in
    # tests/data/unseen/set27, stays cut)
    update = "Update Maintenance completed (smoothly). If you have any issues please do let us know"
    assert not whole_standfirst(update, "We will be performing some maintenance in these three locations tomorrow.")
    split = "<p>The council met for four hours on Monday</p><p>and it voted to keep the station open for ten years.</p>"
    assert (
        excerpt(split)
        == "The council met for four hours on Monday and it voted to keep the station open for ten years."
    )


def test_a_range_of_days_before_a_month_is_no_sentence_end():
    """Set 66a F6 (askonivala--askonivala.xml, repository askonivala/askonivala.github.io, in /work/unseen66a/feeds):
    "…University of Leipzig, Germany, 5.–8. October 2023." was split after "5.–8.". Counter-examples: a score or a
    range before a capital that is no month still ends its sentence."""
    text = "Jahrestagung der Gesellschaft -conference. University of Leipzig, Germany, 5.–8. October 2023. Next year."
    assert split_sentences(text) == [
        "Jahrestagung der Gesellschaft -conference.",
        "University of Leipzig, Germany, 5.–8. October 2023.",
        "Next year.",
    ]
    assert split_sentences("Die Tagung findet am 18.-19. März 2024 in Wien statt. Wir freuen uns.")[0].endswith(
        "statt."
    )
    assert split_sentences("The places were 5.–8. The team lost again.") == [
        "The places were 5.–8.",
        "The team lost again.",
    ]


def test_a_short_texts_summary_finishes_the_sentence_the_excerpt_cut():
    """Set 66a F7 (askonivala--askonivala.xml, repository askonivala/askonivala.github.io, in /work/unseen66a/feeds):
    a short text's summary was its excerpt, cut at a clause ("…nineteenth-century studies…") 14 words before the
    sentence's end. It ends at that sentence's stop; not when more than 20 words are left, nor after the feed's
    own cut (a sentence without a stop)."""
    body = (
        "Lost Voices is a symposium on the minor languages of the age.",
        "On 24 September, invited scholars will meet online to discuss what a closer study of national literatures "
        "through their languages can bring to literary and historical studies, and what a recovery of these "
        "traditions may mean for our sense of the present.",
        "Organised by Ann Roe (University of Ghent) and Bo Lee (University of Wales).",
    )
    cut = body[0] + " " + body[1][: body[1].index(", and what")] + "…"
    note = stored(1, title="Lost Voices")
    note = replace(note, article=replace(note.article, excerpt=cut, lead="\n".join(body), sentences=body))
    assert Summaries("extractive", 3)(Cluster((note,), "")) == body[0] + " " + body[1]
    rest = ", and what a recovery of these old traditions, their grammars, songs and tales may mean for how we read our sense of the present day."
    long = body[1][: body[1].index(", and what")] + rest  # (26 words after the cut)
    note = replace(note, article=replace(note.article, lead="\n".join((body[0], long)), sentences=(body[0], long)))
    assert Summaries("extractive", 3)(Cluster((note,), "")) == cut
    # (a rest that opens with a capital: another block the sentences glued on, letterboxd-viewer--rss.xml in set21)
    glued = (body[0], "Michael Caine is phenomenal in every scene of it Happy Christmas in July to all of you!")
    article = replace(
        note.article, excerpt=body[0] + " Michael Caine is phenomenal in every scene of it…", sentences=glued
    )
    assert Summaries("extractive", 3)(Cluster((replace(note, article=article),), "")) == article.excerpt
    for mark in ("…", "...", ".."):  # (the feed's cut: "…no more effective than a placebo, a...", nnw-medscape.rss)
        open_end = body[1][: body[1].index(", and what")] + ", and what" + mark
        article = replace(note.article, lead=body[0] + "\n" + open_end, sentences=(body[0], open_end))
        assert Summaries("extractive", 3)(Cluster((replace(note, article=article),), "")) == cut
