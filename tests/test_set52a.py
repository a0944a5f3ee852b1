"""Set 52's findings F5, F8 and the re-reading's NEW defect (/work/unseen52/FINDINGS.md, AFTER.md). The feeds have no
licence: made-up text in their shape."""

from tests.builders import excerpt

_STORY = (
    "There is a lot of talk about streams these days, so here is a short tour of what the standard library offers "
    "for collections. Most of it reads well once you know where to look."
)


def test_an_italic_cross_post_preface_ended_by_two_breaks_is_no_lead():
    """set52 F5 (skopjehacklab--planet-softver-mk.xml, github.com/skopjehacklab/planet.softver.org.mk): a Blogger
    post without <p> opened with two italic runs on where it first appeared, then <br><br> and the story; the
    preface was the lead."""
    preface = (
        '<img src="https://planet.example/face.png" alt=""><em>This blog post is crossposted and&nbsp;originally '
        'part of the 2019 edition of the <a href="https://advent.example/">Widget Advent Calendar</a>, a fine '
        'initiative from&nbsp;</em><i><a href="https://people.example/">Jane Roe</a> and the Gotham JUG&nbsp;</i>'
    )
    shown = excerpt(f"{preface}<br /><br />{_STORY}")
    assert shown.startswith("There is a lot of talk about streams"), shown
    assert "crossposted" not in shown
    # (not an italic opening that does not speak of the post: a quote the story opens with)
    quote = "<em>Simple things should be simple, complex things should be possible.</em>"
    assert excerpt(f"{quote}<br /><br />{_STORY}").startswith("Simple things should be simple")
    # (nor a preface that a single break ends: the sentence may go on)
    assert "crossposted" in excerpt(f"{preface}<br />{_STORY}")
