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
    """Counter-examples to finding 1: a date then a sentence, a date that is not the entry's own, lower-case words
    that are no link's label, a number and its unit."""
    assert dated_byline("2022/04/11 -- Matt Caswell", _DAY)
    assert dated_byline("11 Apr 2022 | Jane Doe", _DAY)
    assert not dated_byline("2022/04/11 -- Matt Caswell", None)
    assert not dated_byline("2019/04/11 -- Matt Caswell", _DAY)  # (a date in a story)
    assert not dated_byline("2022/04/11 -- the day the servers went down", _DAY)
    assert not dated_byline("2022/04/11 -- Servers went down.", _DAY)
    assert not dated_byline("2022/04/11 -- 40 mm of rain", _DAY)
    assert not dated_byline("2022/04/11 -- outage resolved", _DAY)
    assert dated_byline("2022/04/11 -- outage resolved", _DAY, '<a href="/u">outage resolved</a>')
    story = [{"title": "Outage", "link": "/1", "text": "<p>2022/04/11 -- The database failed over twice.</p>",
              "date": "Mon, 11 Apr 2022 08:52:55 GMT"}]  # fmt: skip
    assert read_entries(story, now=_DAY)[0].excerpt.startswith("2022/04/11")


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
    older = "<p>Services are coming back up, but we do not know yet if the fix is stable.</p>"
    assert excerpt(update + help_line + older) == (  # (at the end of one update, the next after it: the feed's shape)
        "We will continue to monitor the delivery queue, just in case. Services are coming back up, but we do not "
        "know yet if the fix is stable."
    )
    goes_on = "<p>If you need help, please email support@status.example. The fix ships on Monday.</p>"
    assert excerpt(update + goes_on).endswith("The fix ships on Monday.")
    story = "<p>If you need help paying rent, the city said Monday it will open a fund.</p>"
    assert excerpt(update + story).endswith("open a fund.")
