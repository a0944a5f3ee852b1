"""Set 67 (/work/unseen67a/FINDINGS.md F2, F3; /work/unseen67b/FINDINGS.md F3, F6), where an excerpt ends: a feed's cut
fragment after a whole sentence (bot/excerptends.py ended), a paragraph-final "N." just past the limit
(excerptends.sentence_end), a whole line before a label's line said to go on with "…" (excerptends.more_follows), a
picture's caption in the picture's own paragraph ending the excerpt (bot/figures.py is_caption). Made-up text in the
feeds' shapes: the feeds the rules were written for have no licence."""

from bot.excerptends import block_end, ended
from tests.builders import excerpt

_LONG = (
    "Next year the committee will look again at every proposal that reached the final round, and it will publish "
    "its reasons for each decision in a report that anyone can read at the library."
)


def test_a_feeds_cut_fragment_after_a_whole_sentence_goes():
    """Set 67a, finding 2 (borgar--borgar-net.xml, repository borgar/borgar.net, in /work/unseen67a/feeds): a feed
    that cuts its texts after some words with its own "…" left "…I adapted the game to Icelandic. A few other…",
    the whole sentence under cuts.WHOLE_SHARE of the limit. A fragment of fewer than eight words, shorter than the
    sentences before it, goes; a fragment alone, a longer one, or one after a shorter sentence stays, with "…"."""
    cut = (
        "<p>In March 2023 when the crossword was the talk of the office, I ported the game to Faroese. "
        "A few other …</p>"
    )
    assert excerpt(cut) == "In March 2023 when the crossword was the talk of the office, I ported the game to Faroese."
    assert excerpt("<p>I frequent the social …</p>") == "I frequent the social…"
    short = "<p>It rained. I have been thinking about …</p>"
    assert excerpt(short) == "It rained. I have been thinking about…"
    longer = cut.replace("A few other …", "A few other people asked me whether they could make one in their own …")
    assert excerpt(longer).endswith("in their own…"), excerpt(longer)
    # (no feed's cut: the excerpt's own rule, unchanged)
    assert ended("One sentence here. And a clause that", 300, cut_by_feed=False) == (
        "One sentence here. And a clause that…"
    )


def test_a_paragraph_final_number_ends_its_sentence_just_past_the_limit():
    """Set 67a, finding 3 (borgar--hugsandi-vefrit.xml, repository borgar/hugsandi-vefrit, in /work/unseen67a/feeds):
    a paragraph ending "…á húsunum við Laugaveg 4 og 6." (a footnote's mark after it), 14 characters past the limit,
    was cut mid-sentence ("…á húsunum við…"): "6." read as an ordinal. At a block's end it ends the sentence, so the
    sentence just past the limit is shown whole. Not a short numbered heading ("Part 2."), nor past the allowance."""
    first = "Á haustmánuðum 2008 kom út bókin Andi Reykjavíkur eftir Hjörleif Stefánsson. "
    body = "Bókin hefur verið sögð þarft innlegg í umræðu sem hefur stigmagnast á síðustu mánuðum og árum, " * 2
    ending = "og í uppkaupum borgarstjórnar á húsunum við Laugaveg 4 og 6."
    footnote = '<sup id="fnref:1"><a href="#fn:1" rel="footnote">1</a></sup>'
    markup = f"<p>{first}{body}{ending}{footnote}</p><p>Vissulega var umræðan mjög fyrirferðamikil.</p>"
    assert 300 < len(first + body + ending) <= 330
    assert excerpt(markup).endswith("við Laugaveg 4 og 6."), excerpt(markup)
    # (past the allowance: cut as before)
    far = markup.replace(ending, "og í uppkaupum borgarstjórnar og ríkisins á gömlu húsunum neðst við Laugaveg 4 og 6.")
    assert excerpt(far).endswith("…"), excerpt(far)
    # (a short block: a numbered heading, no sentence's end)
    text = "Our story. Part 2."
    assert block_end(text, ["Our story.", "Part 2."], len(text), 11) == -1
    assert block_end("One whole sentence here. The next.", ["One whole sentence here.", "The next."], 40) == 24


def test_a_whole_line_before_a_labels_line_gets_no_ellipsis():
    """Set 67b, finding 3 (nikolasjdawson--reddit-machinelearning.xml, repository nikolasjdawson/AINewsBot, in
    /work/unseen67b/feeds): a TL;DR line without a full stop before "Keywords:" ended with "…" as if cut. A block the
    excerpt stops at before a short label's line (three words at most) is whole; before prose that does not go on
    from it, a longer line ending in ":", or a label after a preposition, "…" stays."""
    tldr = (
        "<p><strong>TL;DR</strong>: Moving the terms of the distance around gives a much better loss for the critic "
        "of the generative networks</p> <p><strong>Keywords</strong>:</p> <p>Spectral normalization, repulsive loss</p>"
        f"<p><strong>Abstract</strong>:</p><p>{_LONG}</p>"
    )
    assert excerpt(tldr) == (
        "Moving the terms of the distance around gives a much better loss for the critic of the generative networks"
    )
    # (a longer line ending in ":" often goes on with the sentence; so does a label after a preposition)
    job = f"<p>We are a remote studio looking for a full-time</p><p>developer with the following skill sets:</p>{_LONG}"
    assert excerpt(job).endswith("for a full-time…"), excerpt(job)
    episode = f"<p>In this episode, Anna and Tom are joined by</p><p>News:</p><p>{_LONG}</p>"
    assert excerpt(episode).endswith("are joined by…"), excerpt(episode)
    deck = f"<p>Moving the terms of the distance around gives a much better loss for the critic</p><p>{_LONG}</p>"
    assert excerpt(deck).endswith("for the critic…"), excerpt(deck)


def test_a_pictures_caption_in_its_own_paragraph_does_not_end_the_excerpt():
    """Set 67b, finding 6 (ramensoftware--windhawk-releases.atom, repository ramensoftware/windhawk-mods, in
    /work/unseen67b/feeds): "<p><img …>\\n<em>Effect of redirecting window activation</em></p>" after a one-line
    slogan ended the excerpt there: the caption, no stop, was neither joined nor skipped. A paragraph that is a
    picture and then only emphasized text is the picture's caption, as one under it: it goes. Not plain text beside
    a picture, nor a caption that is all the text."""
    slogan = "<p>Take back control over your open windows!</p>"
    picture = '<p><img src="https://img.example/demo.gif" alt="Screenshot" />\n<em>Effect of moving the window</em></p>'
    story = (
        "<p>Windows can switch you to another desktop just because a window left open on that desktop is active.</p>"
    )
    assert excerpt(slogan + picture + story) == (
        "Take back control over your open windows! Windows can switch you to another desktop just because a window "
        "left open on that desktop is active."
    )
    plain = picture.replace("<em>Effect of moving the window</em>", "Effect of moving the window")
    assert "Windows can switch" not in excerpt(slogan + plain + story)
    assert excerpt(picture) == "Effect of moving the window"


def test_one_line_paragraphs_after_a_label_are_a_list_not_headings():
    """Set 67b, finding 4 (nikolasjdawson--reddit-machinelearning.xml, repository nikolasjdawson/AINewsBot, in
    /work/unseen67b/feeds): "<p>Vote for:</p>" and then a paragraph per category, a few words each, were skipped as
    headings until one with a parenthesis became the excerpt ("Best course (released in 2018)…"). Four or more such
    lines in a row after a line ending in ":" are the label's list. Not headings with prose between them, nor three
    lines, nor clauses that end in a semicolon."""
    items = "".join(f"<p>{name}</p>" for name in ("Best paper", "Best demo", "Best video", "Best course (from 2024)"))
    vote = f"<p>Last year's thread</p><p>Vote for:</p>{items}<p>Anything else?</p>"
    assert excerpt(vote).startswith("Vote for: • Best paper • Best demo • Best video"), excerpt(vote)
    sections = f"<p>The plan:</p><p>First steps</p><p>{_LONG}</p><p>Next steps</p><p>{_LONG}</p>"
    assert excerpt(sections).startswith("Next year the committee"), excerpt(sections)
    three = "".join(f"<p>{name}</p>" for name in ("Best paper", "Best demo", "Best course (from 2024)"))
    assert "•" not in excerpt(f"<p>Vote for:</p>{three}<p>{_LONG}</p>")
    # (numbered clauses ending in "；", a letter's points, fread--mastodon-nova-m.cmx.im.rss in tests/data/unseen/set10)
    points = "".join(f"<p>{n} 上海的老人说封城还不是最惨的；</p>" for n in range(1, 6))
    assert "•" not in excerpt(f"<p>读到这些还是难免让人难过：</p>{points}"), excerpt(f"<p>难过：</p>{points}")
