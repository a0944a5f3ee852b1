"""Set 57's F3 and F4 (tests/data/unseen/set57/FINDINGS.md): a lede written as an <h2>, and a summary sentence that
offers a link the chat does not carry. Made-up text in the items' shape (the feed has no licence)."""

from bot.pointers import offers_elsewhere
from bot.proseheads import prose
from bot.summary import SourceText, summarize
from tests.builders import read_entries


def _excerpt(text: str) -> str:
    return read_entries([{"title": "My own droid", "link": "/droid", "text": text}])[0].excerpt


def test_a_heading_of_whole_sentences_is_the_lede_not_a_section_heading():
    """set57 F3 (ejholmes--svn-37signals.rss, github.com/ejholmes/diet-api): "<h2>Thirty-six people work at 37signals.
    Only six of us don’t have iPhones. …</h2>" was skipped as a heading, the excerpt opening on the second paragraph.
    Near misses: a heading of one sentence, questions only (an FAQ's), a numbered step, and a note under its label
    (Substack's "<h5>Edit Jun. 11: …</h5>") stay headings."""
    lede = "Forty people work at the company. Only five of us carry a laptop. Out of the five of us, two use tablets."
    text = f"<h2>{lede}</h2><p>I have used the same phone for ten years, and I liked it every day of them.</p>"
    assert _excerpt(text).startswith(lede)
    assert prose(lede)
    assert not prose("Why we moved the whole office to the coast this year.")
    assert not prose("What is the new plan? Why does it matter to you and me?")
    assert not prose("Step 1. Install the package from the registry and run it.")
    assert not prose("Edit Jun. 11: the company changed its mind. The classifier is used in other places too.")
    section = "<h2>Why we moved the whole office to the coast this year.</h2><p>The rent went up, and up again.</p>"
    assert _excerpt(section) == "The rent went up, and up again."
    # (the review of 3b7e0c3: the first block only, twenty words or more, no question, no title case, no numbered step)
    assert not prose("This post contains affiliate links. We may earn a commission if you buy through them.")
    assert not prose("Apple Unveils The New Phone. Here Is Everything You Need To Know About Its Price And Its Camera.")
    assert not prose("3) Turnover will happen in every team you lead. It won’t be as bad as you think it will be.")
    assert not prose("Like what you read here every week? Sign up for our weekly newsletter today and get it first.")
    late = f"<p>The rent went up, and up again, so we moved.</p><h3>{lede} We will say more soon.</h3>"
    assert _excerpt(late) == "The rent went up, and up again, so we moved."


def test_a_sentence_offering_more_elsewhere_is_no_summary_sentence():
    """set57 F4 (the same feed): the digest's summary ended on "If you want to know more about some of the topics
    covered in REMOTE, here’s a recent interview I did with Quartz." (the interview a link). Near misses: a wish
    that is the story's own ("If you want to build a career in AI, it’s no longer necessary…"), a presentative whose
    thing follows ("Here are the results: …")."""
    offer = "If you want to know more about the topics of the book, here’s a recent interview I gave to a magazine."
    sentences = [
        "The hardcover version of our upcoming book on remote work is now available for pre-order.",
        "The book is planned for release on October 29th, 2013.",
        offer,
    ]
    summary = summarize([SourceText("Our book is now available for pre-order", sentences)], 3)
    assert summary and offer not in summary
    assert offers_elsewhere("For those checking later, here is an article about the outage, as mentioned today.")
    assert offers_elsewhere("If you'd like to hear more of her, you can find her in episode 67.")
    assert not offers_elsewhere("If you want to build a career in AI, it’s no longer necessary to live in a hub.")
    assert not offers_elsewhere("Here are the results of the vote: 52 for, 48 against.")
    assert not offers_elsewhere("If you want me to draw you, the deadline is Sunday, March 31st.")
    # (the review of 3b7e0c3: advice and the story itself are no offers)
    assert not offers_elsewhere("If you want to see the northern lights this week, head north of Oslo after 10 p.m.")
    assert not offers_elsewhere("After two years of work, here is our first stable release, with full Windows support.")
    assert offers_elsewhere("Meeting slides: If you missed the session, here is a copy of our slideshow with the team.")
