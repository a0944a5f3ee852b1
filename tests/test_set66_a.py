"""Set 66 group a (/work/unseen66b/FINDINGS.md F2, /work/unseen66a/FINDINGS.md F6 and F7): a whole standfirst without
its full stop shown as if the feed had cut it (taken back: rev66a F1), a sentence split inside a range of days
(bot/sentences.py's _after_ordinal), a short text's summary cut a few words before its sentence's end (bot/stories.py's
_finished). Made-up text in the feeds' shapes."""

from dataclasses import replace

from bot.cluster import Cluster
from bot.sentences import split_sentences
from bot.stories import Summaries
from tests.builders import excerpt, stored


def test_a_first_block_without_a_stop_keeps_its_mark_that_more_follows():
    """Set 66b F2's standfirst rule (a first block of 5 to 50 words without a stop, over a sentence, got a full stop)
    was taken back (rev66a F1, F2): a sentence the author or the feed cut got a made-up stop and read on, in German
    the rest of the sentence as a new one; a dateline, a heading, a byline read as the story's first sentence. The
    Guardian's whole standfirst (rbren--guardian.rss, repository rbren/rss-parser) so keeps its "…" again: a defect
    left rather than words made up. Made-up text in the reviewer's shapes."""
    lede = "<p>The council voted on Monday evening to keep the old railway station open for another ten years.</p>"
    firsts = (
        "The council met for four hours on Monday to debate whether the station",
        "The council met on Monday evening and heard from Mayor",
        "Le conseil a siégé pendant quatre heures lundi pour débattre de la gare",
        "Bystyret diskuterte i fire timer mandag om den gamle stasjonen skulle",
        "I wandered lonely as a cloud that floats on high",
        "Published Monday 3 March 2025 at 10 am",
        "Why the old station matters to the people of Leeds",
        "Photo of the old railway station in Leeds by John Smith",
        "pip install tidings and then run the server",
        "The mayor’s budget speech drew applause from the council while the opposition sat in silence",
    )
    for first in firsts:
        shown = excerpt(f"<p>{first}</p>" + lede)
        assert shown == first + "…", shown
    german = (
        "<p>Am Montag diskutierte der Rat vier Stunden lang über die neue</p>"
        "<p>Stadtbibliothek und beschloss, sie für weitere zehn Jahre offen zu halten.</p>"
    )
    assert excerpt(german) == "Am Montag diskutierte der Rat vier Stunden lang über die neue…"
    byline = "<p>Von Anna Schmidt und Peter Müller aus Berlin</p><p>Der Stadtrat hat am Montagabend beschlossen, den Bahnhof offen zu halten.</p>"
    assert excerpt(byline) == "Von Anna Schmidt und Peter Müller aus Berlin…"
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
    # (nor when the whole fits a summary's room: the rest may be a block glued on after the cut, "…the table between
    # them all<br>iPhone users can stream it…" — its lowercase first word hides it; rev67f8 finding 3)
    caine = (
        "Michael Caine is phenomenal in every scene of it, the way he holds the room and the way the camera stays on"
        " him through the long dinner scene while the others talk over him and he says nothing at all for minutes"
    )
    ran_on = caine + " and minutes while the candles burn down on the table between them all iPhone users can stream"
    ran_on += " it on the app from today, and everybody else can rent it from the usual stores for a few pounds."
    shown = "Watched it again last night. " + caine + " and minutes while the candles burn down on the table…"
    article = replace(
        note.article, excerpt=shown, lead=f"Watched it again last night.\n{ran_on}", sentences=(shown[:28], ran_on)
    )
    assert len(shown[:28] + " " + ran_on) < 600 and len(ran_on[len(shown) - 30 :].split()) > 20
    assert Summaries("extractive", 3)(Cluster((replace(note, article=article),), "")) == shown
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


def test_a_summary_finishes_no_sentence_the_excerpt_did_not_cut():
    """rev66a F5: the excerpt ended at a sentence's end with "…" (a block follows: a label, a heading), and the next
    sentence opens with no letter (a number, a quote, a dash): that block was glued on as the label's end."""
    note = stored(1, title="Cake")
    for sentences in (
        ("We baked a cake for the party on Sunday.", "What you need", "2 cups of flour, 1 cup of sugar and 3 eggs."),
        (
            "The mayor spoke to the council on Monday.",
            "Her words to the room",
            "“We will keep the station open,” she said.",
        ),
        ("Вышла новая версия программы.", "Что нового", "— исправлена ошибка с датами."),
        ("We shipped version 2 today.", "Changes in this release", "- the parser reads every date format now."),
    ):
        cut = " ".join(sentences[:2]) + "…"
        article = replace(note.article, excerpt=cut, lead="\n".join(sentences), sentences=sentences)
        assert Summaries("extractive", 3)(Cluster((replace(note, article=article),), "")) == cut
    # (a rest that opens with a number inside the sentence the excerpt cut is its end: finished)
    sentences = ("The shop opened on Monday.", "It sells bread, cakes and pies at prices from 2 euros a loaf.")
    cut = sentences[0] + " It sells bread, cakes and pies at prices from…"
    article = replace(note.article, excerpt=cut, lead="\n".join(sentences), sentences=sentences)
    assert Summaries("extractive", 3)(Cluster((replace(note, article=article),), "")) == " ".join(sentences)
