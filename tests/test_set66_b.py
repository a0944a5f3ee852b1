"""Set 66b (/work/unseen66b/FINDINGS.md), findings 1 and 4 and note N1: a mail archive's entry whose whole text is its
date and its sender (bot/datedbylines.py), such entries with permalinks of their own no longer merged as one, and a
help line ("If you need help, please email…", an invitation that ends "…if you need help.", bot/supportlines.py).
Made-up text in the feeds' shapes."""

from datetime import UTC, datetime

from bot.datedbylines import dated_byline
from bot.usable import usable
from tests.builders import excerpt, read_entries

_LIST = "https://www.mail-archive.example/users@lists.example"
_DAY = datetime(2022, 4, 11, 8, 52, tzinfo=UTC)


def _message(number: int, title: str, sender: str, date: str = "Mon, 11 Apr 2022 08:52:55 GMT") -> dict[str, str]:
    """An MHonArc RSS item: the day in grey, "--", the sender linked to the archive's search for their messages."""
    day = "2022/04/11" if "11 Apr" in date else "2022/04/01"
    search = f"{_LIST}/search?q=from:%22{sender.replace(' ', '+')}%22"
    text = f'<font color=#6f6f6f> {day}</font> -- <a href="{search}">{sender}</a>'
    return {"title": title, "link": f"/msg{number}.html", "text": text, "date": date}


def test_a_mail_archive_entry_of_only_its_date_and_sender_has_no_text():
    """Set 66b, finding 1 (AbigalChulchill--openssl-users-maillist.xml, repository
    AbigalChulchill/gerrit.gogglesource.com.gerriti, in /work/unseen66b/feeds): each message's text was
    "2022/04/11 -- Matt Caswell", shown as its excerpt and summary. A text of only the entry's own date and a name
    (capitalised, or the label of a link in the markup) is none."""
    senders = ["Matt Caswell", "Dr. Matthias St. Pierre", "Helde, Paavo via openssl-users", "Dhananjay kumar"]
    entries = [_message(90770 + i, f"Re: Topic {i}", sender) for i, sender in enumerate(senders)]
    articles = read_entries(entries, site=_LIST, now=_DAY)
    assert [a.excerpt for a in articles] == ["", "", "", ""]


def test_a_date_and_words_that_are_no_name_or_not_the_entry_s_date_stay():
    """Counter-examples to finding 1: a date then a sentence, a date that is not the entry's own, words that are no
    link's label (an unlinked name too: the link is the only proof of a sender), a number and its unit."""
    linked = '<a href="/search?q=from:x">Matt Caswell</a>'
    assert dated_byline("2022/04/11 -- Matt Caswell", _DAY, linked)
    assert dated_byline("11 Apr 2022 | Jane Doe", _DAY, '<a href="/u">Jane Doe</a>')
    assert not dated_byline("2022/04/11 -- Matt Caswell", _DAY)
    assert not dated_byline("2022/04/11 -- Matt Caswell", None, linked)
    assert not dated_byline("2019/04/11 -- Matt Caswell", _DAY, linked)  # (a date in a story)
    assert not dated_byline("2022/04/11 -- the day the servers went down", _DAY)
    assert not dated_byline("2022/04/11 -- Servers went down.", _DAY)
    assert not dated_byline("2022/04/11 -- 40 mm of rain", _DAY)
    assert not dated_byline("2022/04/11 -- outage resolved", _DAY)
    assert dated_byline("2022/04/11 -- outage resolved", _DAY, '<a href="/u">outage resolved</a>')
    story = [{"title": "Outage", "link": "/1", "text": "<p>2022/04/11 -- The database failed over twice.</p>",
              "date": "Mon, 11 Apr 2022 08:52:55 GMT"}]  # fmt: skip
    assert read_entries(story, now=_DAY)[0].excerpt.startswith("2022/04/11")


def test_a_dated_title_case_line_without_a_sender_s_link_is_kept():
    """The review of fix66b, finding 1: a one-line text of the entry's own date and Title-Case words, a word alone, or
    German nouns and other scripts (a changelog's, an event feed's, a dated headline's teaser) lost its whole excerpt
    as a "byline". With no link whose label is the words, it is the entry's text."""
    lines = [
        "2024-05-01 -- Bug Fixes",
        "2024-05-01 — Security Release",
        "2024-05-01 — Released",
        "May 1, 2024 — Cancelled",
        "May 1, 2024 | Postponed",
        "May 1, 2024 — Paris Reopens Louvre",
        "May 1, 2024 — Storm Hits Coast",
        "01.05.2024 – Neue Öffnungszeiten",
        "01.05.2024 – Hauptversammlung",
        "01.05.2024 — Отменено",
        "2024/05/01 — 休講",
        "2024/05/01 — Lundi Férié",
    ]
    date = "Wed, 01 May 2024 09:00:00 GMT"
    entries = [{"title": f"Notice {i}", "link": f"/n{i}", "text": f"<p>{line}</p>", "date": date}
               for i, line in enumerate(lines)]  # fmt: skip
    articles = read_entries(entries, now=datetime(2024, 5, 2, tzinfo=UTC))
    assert sorted(a.excerpt for a in articles) == sorted(lines)


def test_separate_messages_of_one_thread_day_and_sender_are_each_kept():
    """Set 66b, note N1 (the same file): two replies of one sender, one day, one title ("RE: looking for properly
    configured Windows VMs", msg90755 at 21:42:55, msg90756 at 22:03:45), their bodies alike, were merged as one
    entry. With no text of their own, their permalinks tell them apart."""
    title = "RE: looking for a configured build machine"
    entries = [
        _message(90756, title, "Michael Wojcik", "Fri, 01 Apr 2022 22:03:45 GMT"),
        _message(90755, title, "Michael Wojcik", "Fri, 01 Apr 2022 21:42:55 GMT"),
    ]
    articles = read_entries(entries, site=_LIST, now=_DAY)
    assert [a.link.rsplit("/", 1)[1] for a in articles] == ["msg90756.html", "msg90755.html"]


def test_a_help_line_is_never_a_summary_sentence():
    """Set 66b, finding 4 (datocms--status-history.atom, repository datocms/status-website, in /work/unseen66b/feeds):
    "If you need help, please email support@…." and "Please keep an eye here for further updates, join our Slack (…),
    or reach out to us at support@… if you need help." were shown. A help clause with an invitation, at either end
    of the sentence, is a support line; a sentence of the story that only says "if you need help" is not."""
    assert not usable("If you need help, please email support@status.example.")
    assert not usable(
        "Please keep an eye here for further updates, join our Slack (https://join.slack.example/t/app/zt-3j142), "
        "or reach out to us at support@status.example if you need help."
    )
    assert not usable("Should you require any further assistance, do not hesitate to contact our team.")
    assert usable("If you need help paying rent, the city said Monday it will open a fund of two million dollars.")
    assert usable("Contact your doctor if you need help with symptoms that last more than two weeks after the shot.")
    assert usable("Join us on Friday at the town hall, where the mayor will speak if you need help.")
    assert usable("Please email support@status.example if you are still seeing failed deliveries after 14:00 UTC.")


def test_reader_advice_in_a_story_is_no_help_line():
    """The review of fix66b, findings 2 and 3: an invitation that sends the reader to someone not the publisher ("your
    doctor", a hotline in a story about it), and a help clause with its complement ("If you need help paying…"), are
    the story's service information, usable and kept in the excerpt mid-text."""
    for line in [
        "Contact your doctor if you need help.",
        "Ask your pharmacist if you need help.",
        "Contact your doctor or the county health line if you have questions.",
        "Reach out to the hotline at 1-800-555-0199 if you need help.",
        "Ask a neighbour to check on you if you need help.",
        "Keep an eye on the river gauges and call 911 if you need help.",
        "If you need help paying your heating bill, call the county energy office at 555-0142.",
        "Check back here for live updates throughout the day.",
    ]:
        assert usable(line), line
    assert not usable("Check back here for updates if you have questions.")
    first = "<p>The state's new crisis hotline took 40,000 calls in its first month, twice what officials expected.</p>"
    last = "<p>The clinic on Main Street will stay open late through Friday.</p>"
    for line in [
        "Contact your doctor if you need help.",
        "If you need help paying your heating bill, call the office.",
    ]:
        assert line in excerpt(first + f"<p>{line}</p>" + last)


def test_a_help_line_that_ends_the_text_is_no_excerpt_s():
    """Set 66b, finding 4 (the same file): the excerpt ended "We will continue to monitor, just in case. If you need
    help, please email support@…." A text's paragraphs after its first that are each one support line go from the
    excerpt; not a text's only paragraph, nor a paragraph where the story goes on after the line."""
    update = "<p>We will continue to monitor the delivery queue, just in case.</p>"
    help_line = (
        '<p>If you need help, please email <a href="mailto:support@status.example">support@status.example</a>.</p>'
    )
    keep_eye = (
        "<p>Please keep an eye here for updates, or reach out to us at support@status.example if you need help.</p>"
    )
    assert excerpt(update + help_line + keep_eye) == "We will continue to monitor the delivery queue, just in case."
    assert excerpt(help_line) == "If you need help, please email support@status.example."
    label = "<p><strong>Monitoring</strong> — </p>"  # (the next update's label: the feed's shape)
    older = "<p>Services are coming back up, but we do not know yet if the fix is stable.</p>"
    assert excerpt(update + help_line + label + older) == (
        "We will continue to monitor the delivery queue, just in case. Monitoring: Services are coming back up, but "
        "we do not know yet if the fix is stable."
    )
    # (the review of fix66b, finding 4: a help line mid-story, the story after it, stays)
    mid = "<p>First para here of the story today.</p>" + help_line + "<p>The rest of the story goes on here.</p>"
    assert excerpt(mid) == (
        "First para here of the story today. If you need help, please email support@status.example. The rest of the "
        "story goes on here."
    )
    goes_on = "<p>If you need help, please email support@status.example. The fix ships on Monday.</p>"
    assert excerpt(update + goes_on).endswith("The fix ships on Monday.")
    story = "<p>If you need help paying rent, the city said Monday it will open a fund.</p>"
    assert excerpt(update + story).endswith("open a fund.")
