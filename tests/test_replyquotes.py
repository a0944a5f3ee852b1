"""A forum reply ("RE: …") that opens on the post it answers, under the poster's name: the reply's own words, not
only the quote (set50 F6: bjoernwe--dho-forum.xml, a Liferay message board, no licence: made-up words in its shape);
a linkblog's quote under its source's name is the news its comment is on and stays (nnw-DaringFireball)."""

from tests.builders import excerpt

_QUOTE = (
    '<div class="quote-title">Chris Marti:</div><div class="quote"><div class="quote-content">So can we all live in '
    "our own little self-made worlds based on these individualized relative concepts of what is real? Is there no "
    "shared experience we can ever agree on? My guess is that our experiences are far more alike than different."
    "</div></div><br />"
)
_ANSWER = (
    "I would say we have universal shared experiences at the physical and emotional level, but as you go up through "
    "psychology, society and culture it gets more fragmented.<br /><br />Humans have evolved to live in groups."
)


def test_a_replys_quote_of_the_post_it_answers_gives_way_to_the_reply():
    shown = excerpt(_QUOTE + _ANSWER, title="RE: Hippie Dippy Thoughts")
    assert shown.startswith("I would say we have universal shared experiences"), shown
    assert "Chris Marti" not in shown and "self-made" not in shown


def test_the_same_quote_outside_a_reply_stays():
    shown = excerpt(_QUOTE + _ANSWER, title="Hippie Dippy Thoughts")
    assert shown.startswith("Chris Marti: “So can we all live"), shown
    linkblog = (
        '<p><a href="https://www.macrumors.com/x">Mitchel Broussard</a>:</p><blockquote><p>At WWDC this year, Apple '
        "senior vice president of software engineering Craig Federighi performed a demo of the company’s new "
        "augmented reality platform, ARKit, while mentioning a furniture company as a partner.</p></blockquote><p>"
        "Very cool idea — probably the sort of thing that’s going to be common soon. I’m curious how much of a leg up "
        "ARKit will give iOS on this front.</p>"
    )
    assert excerpt(linkblog, title="IKEA’s ARKit App").startswith("Mitchel Broussard: “At WWDC this year")


def test_an_attribution_line_over_the_quote_goes_with_it_in_a_reply():
    """The review of set50 F6's fix: a mail archive's, a forum's and a German attribution line over the quote."""
    for title in (
        "On Mon, Jan 5, 2026 at 10:15 AM Chris Marti wrote:",
        "Quote from: Chris Marti on January 5, 2026, 10:15:12 am",
        "Chris Marti schrieb am 05.01.2026:",
    ):
        quote = _QUOTE.replace(">Chris Marti:<", f">{title}<")
        assert excerpt(quote + _ANSWER, title="RE: Hippie Dippy").startswith("I would say"), title
    cited = _QUOTE.replace(">Chris Marti:<", ">Buddhadasa, a Thai monk of the last century, said:<")
    assert excerpt(cited + _ANSWER, title="RE: Hippie Dippy").startswith("Buddhadasa")  # (a citation, not a post)
