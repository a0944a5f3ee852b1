"""Set 65, group c (/work/unseen65a/FINDINGS.md F3, F4; /work/unseen65b/FINDINGS.md F3, F4, F8, F13): a forum post's
edges (bot/postends.py: a sign-off in two paragraphs, a wish for the reader's wellbeing, a first person's sentence
ending on the address it reports), a notice box and a quoted list no quotation, a quotation's attribution after its
closing mark (bot/quoteboxes.py), a short question after a list item's label before its answer (bot/storylabels.py).
Made-up text in the feeds' shapes: the feeds the rules were written for have no licence."""

from tests.builders import T0, excerpt, read_entries


def _post(*paragraphs: str, who: str = "lothy") -> str:
    """A topic's first post as an old Discourse category RSS writes it: who wrote it, the post quoted, its counters."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<p><a href="https://forum.example/u/{who}">@{who}</a> wrote:</p><blockquote>{body}</blockquote>'
        "<p>Posts: 2</p><p>Participants: 2</p>"
    )


_ASK = "My account is not activated, and I don’t seem to receive the activation link when requesting it either."


def test_a_sign_off_in_two_paragraphs_goes():
    """Set 65a F4 (moparisthebest--forum-staff-help.rss, repository moparisthebest/forum.moparisthebest.com): a quoted
    post's "<p>Thanks,</p><p>Morten B.</p>" stayed ("…either. Thanks, Morten B."): a formula alone in its paragraph
    and one or two paragraphs of a name after it go. A thanks that is a sentence, a last paragraph that is no name,
    stay."""
    assert excerpt(_post("Hello,", _ASK, "Thanks,", "Morten B.")) == _ASK
    assert excerpt(_post(_ASK, "Kind regards,", "Daniel (Lothy)")) == _ASK
    assert excerpt(_post(_ASK, "Cheers,", "Ana", "Forum admin team")) == _ASK
    sentence = "Thanks, that fixed it."
    assert excerpt(_post(_ASK, sentence)).endswith(sentence)
    no_name = "Best, the fix is to reset the password from the admin panel first."
    assert excerpt(_post(_ASK, no_name)).endswith(no_name)


def test_a_wish_for_the_readers_wellbeing_goes_with_the_sign_off():
    """Set 65a F3 (the same feed): "Anyway, hope you and your family are well." before "Kind regards," / "Daniel
    (Lothy)" was the excerpt's last sentence. It goes with the sign-off, or at the post's end; a hope for a fix
    stays."""
    wish = "Anyway, hope you and your family are well."
    assert excerpt(_post(_ASK, wish, "Kind regards,", "Daniel (Lothy)")) == _ASK
    assert excerpt(_post(_ASK, "Hope you're doing well!")) == _ASK
    fix = "I hope this gets fixed soon."
    assert excerpt(_post(_ASK, fix, "Kind regards,", "Daniel")) == f"{_ASK} {fix}"


def test_a_first_persons_sentence_ending_on_an_address_stays():
    """Set 65a F3 (the same feed): "I had this issue moments ago: https://i.imgur.com/…" was dropped as a label and
    its address ("Article URL: https://…"), and the next sentence leaned on it. A first person's clause of four words
    or more before the colon is the author's sentence: it stays, the address off, a full stop for the colon. A
    label, a clause that points at the address ("I posted the log here:"), still go."""
    shot = '<a href="https://i.imgur.com/vXrcoky.png">https://i.imgur.com/vXrcoky.png</a>'
    guess = "Might be a timezone related issue? Or maybe the certificate renewal process has stopped."
    shown = excerpt(_post("Hi Travis,", f"I had this issue moments ago: {shot}", guess))
    assert shown == f"I had this issue moments ago. {guess}", shown
    assert excerpt(_post(f"Article URL: {shot}", guess)) == guess
    assert excerpt(_post(f"I posted the screenshot here: {shot}", guess)) == guess


def test_a_notice_box_under_a_heading_is_no_quotation():
    """Set 65b F3(b) (cardiffars--events.xml, repository CardiffARS/cardiffars.github.io): a Hugo event page's
    status heading over a <blockquote> box ("Cancelled" / "Not enough people registered…") was shown as a quotation,
    in marks. A box only headings go before, that names no author, is the page's text. A quote a sentence introduces,
    an epigraph before the text's first heading, one that names who said it, stay quotations. (Part (a), the
    headings "Cancelled", "Wednesday October 6, 2019" kept as the excerpt's lead-in, is not done.)"""
    notice = "Not enough people registered so this event has had to be delayed until a later date."
    box = f"<h2 id='cancelled'>Cancelled</h2><blockquote><p>{notice}</p></blockquote>"
    assert excerpt(box) == notice, excerpt(box)
    place = "<h2>Meeting Place</h2><blockquote><p>Ground floor entry<br>Trevithick Building</p></blockquote>"
    assert not excerpt(place).startswith("“"), excerpt(place)
    words = "We shall not cease from exploration, and the end of all our exploring will be to arrive where we started."
    epigraph = f"<blockquote><p>{words}</p></blockquote><h2>Day one</h2><p>We left the harbour at dawn.</p>"
    assert excerpt(epigraph).startswith("“We shall"), excerpt(epigraph)
    said = f"<h2>Day one</h2><p>The captain told us:</p><blockquote><p>{words}</p></blockquote>"
    assert "“We shall" in excerpt(said), excerpt(said)


def test_a_quoted_list_is_a_list():
    """Set 65b F8 (cc-archive--planet-rss20.xml, repository cc-archive/planet): a resolution's points in a
    <blockquote><ul> after "…has passed a resolution on licensing:" became one quotation with a bullet inside its
    marks ("“• The Foundation requests…"). Announced by a colon, a quote that is only a list is read as a list. A
    quoted paragraph after a colon stays a quotation. (The cut inside the first item, "…to the Creative…", is not
    changed: no clause boundary lies near the limit, and stepping back over a name left "…projects to…".)"""
    intro = "<p>The board of the foundation has passed a resolution on licensing:</p>"
    points = (
        "<blockquote><ul><li>The first point is short.</li><li>The second point is short too.</li></ul></blockquote>"
    )
    after = "<p>This is an important step for the wiki and its many contributors around the world.</p>"
    shown = excerpt(intro + points + after)
    assert "“" not in shown and "licensing: • The first point is short. • The second point" in shown, shown
    paragraph = "<blockquote><p>The first point is short. The second point is short too.</p></blockquote>"
    assert "licensing: “The first point" in excerpt(intro + paragraph + after)


def test_an_attribution_follows_the_closing_mark():
    """Set 65b F13 (adamprocter--microblog.xml, repository adamprocter/microblog): a book's blurb in a <blockquote>
    ending "… in the 21st century. - Clay Shirky" was quoted with its attribution inside the marks. After the
    quoted words' last sentence end, a dash and one to four capitalised words are who said it: after the closing
    mark. A dash inside the quotation, a lower-case phrase after one, stay inside."""
    post = "<p>Making is Connecting, second edition, is out now from the press.</p>"
    words = "Gauntlett offers a terrific account of how craft and community intersect in the 21st century."
    blurb = f"{post}<blockquote><p>{words} - Clay Shirky</p></blockquote>"
    assert excerpt(blurb).endswith("the 21st century.” — Clay Shirky"), excerpt(blurb)
    dash = (
        f"{post}<blockquote><p>It was loud. - and then it was quiet, for the rest of the long night.</p></blockquote>"
    )
    assert excerpt(dash).endswith("night.”"), excerpt(dash)


def test_a_labelled_question_is_not_cut_from_its_answer():
    """Set 65b F4 (fundedyouth--apps-changelog.xml, repository FundedYouth-Team/Public-Apps-Changelog): a release
    note's list item "**↩️ Undo anytime**: Made a mistake? You can just as easily unmark…" ended the excerpt at
    "Made a mistake?", its answer cut. A question of five words at most after an item's label is a lead-in: the
    excerpt ends before it when its answer does not fit. A question the text ends on stays."""
    note = (
        "Admins can now track course progress right from the Storefront POS in the **Admin Portal**. 🎓\n\n"
        "### What Changed\n* **✅ Mark as complete**: In **Storefront POS > Progress and Badges**, you can mark a "
        "student as having completed a course.\n* **↩️ Undo anytime**: Made a mistake? You can just as easily "
        "unmark a completion to set it back, and the student's badge goes with it at once for every course."
    )
    [article] = read_entries([{"title": "Mark Course Completion from the POS", "link": "/c/1", "text": note}])
    assert not article.excerpt.endswith("Made a mistake?"), article.excerpt
    asked = "Admins can now track course progress right from the Storefront POS.\n\n* **Undo**: Made a mistake?"
    [article] = read_entries([{"title": "Undo", "link": "/c/2", "text": asked}])
    assert article.excerpt.endswith("Made a mistake?"), article.excerpt


def _discourse(topics: list[tuple[str, str]]) -> list[str]:
    """The titles read_feed keeps of a Discourse category RSS of ``topics`` (title, "Yes"/"No" pinned)."""
    from bot.normalize import read_feed

    items = "".join(
        f"<item><title>{title}</title><link>https://forum.example/t/{n}</link>"
        f"<description><![CDATA[<p>Topic {n} asks how to recover an account that lost its email.</p>]]></description>"
        f"<discourse:topicPinned>{pinned}</discourse:topicPinned><guid>forum.example-topic-{n}</guid></item>"
        for n, (title, pinned) in enumerate(topics)
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:discourse="http://www.discourse.org/"><channel>'
        f"<title>Staff Help - Forum</title><link>https://forum.example/c/staff-help</link>{items}</channel></rss>"
    )
    content = read_feed(body.encode(), url="https://forum.example/c/staff-help.rss", source="f", now=T0,
                        excerpt_length=300)  # fmt: skip
    return [a.title for a in content.articles]


def test_a_categorys_pinned_about_topic_goes():
    """Set 65a F12 (moparisthebest--forum-staff-help.rss, repository moparisthebest/forum.moparisthebest.com):
    Discourse's generated "About the Staff Help category" topic, pinned, its text the category's description, was a
    story. Pinned and titled so (in the forum's locale), it goes; a pinned announcement, an unpinned topic with that
    title, stay."""
    kept = _discourse([("About the Staff Help category", "Yes"), ("Recover password", "No"),
                       ("Forum rules: read before posting", "Yes"), ("À propos de la catégorie Aide", "Yes"),
                       ("About the Meta category", "No")])  # fmt: skip
    assert kept == ["Recover password", "Forum rules: read before posting", "About the Meta category"], kept
