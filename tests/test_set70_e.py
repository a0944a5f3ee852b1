"""Set 70b's re-read, D063 (livesup-dev--livesup-githubstatus.xml in tests/data/unseen/set70b/feeds, livesup-dev/livesup,
Apache-2.0: a saved githubstatus.com history feed): one incident's newest update has no full stop, "Resolved - This
incident has been resolved". The excerpt read that line as one the feed cut ("Resolved: This incident has been
resolved…") and dropped the updates under it. A Statuspage update set off with its label (bot/updatelabels.py) ends
with a stop when the page left it out."""

from tests.builders import excerpt


def _update(label: str, text: str, time: str) -> str:
    return (
        f"<p><small>Mar <var data-var='date'> 4</var>, <var data-var='time'>{time}</var> UTC</small><br>"
        f"<strong>{label}</strong> - {text}</p>"
    )


def test_an_update_without_its_stop_is_whole():
    timeline = (
        _update("Resolved", "This incident has been resolved", "16:37")
        + _update("Monitoring", "We have deployed a potential fix and are monitoring resolution.", "16:00")
        + _update("Investigating", "We are investigating errors on the GitHub dashboard.", "15:30")
    )
    assert excerpt(timeline, "Errors on the GitHub Dashboard") == (
        "Resolved: This incident has been resolved. Monitoring: We have deployed a potential fix and are monitoring"
        " resolution. Investigating: We are investigating errors on the GitHub dashboard."
    )


def test_an_update_that_ends_otherwise_keeps_its_end():
    for text in ("All systems are back!", "Services are recovering…", "See the postmortem <a href='/p'>here</a>"):
        shown = excerpt(_update("Resolved", text, "16:37"), "Errors")
        assert not shown.endswith(("!.", "….", "here.")), shown


def test_the_last_update_cut_by_the_feed_stays_a_cut():
    """A stop only before another labelled update (rev70e 6): the feed's cut of the only or last update is no
    sentence's end."""
    cut = _update(
        "Investigating", "We are investigating elevated error rates for requests to the API from some regi", "16:37"
    )
    assert excerpt(cut, "Errors").endswith("from some regi…")
    assert not excerpt(
        _update("Monitoring", "We have deployed a fix and are monitoring.", "17:00") + cut, "Errors"
    ).endswith("regi.")


def test_an_update_ending_on_an_address_or_in_cjk_gets_no_ascii_stop():
    after = _update("Monitoring", "We have deployed a fix and are monitoring.", "16:00")
    for text, end in (
        ("Details in the postmortem at https://www.githubstatus.com/incidents/8x2k4", "8x2k4."),
        ("Affected endpoint: /api/v3/repos", "/api/v3/repos."),
        ("この障害は解決しました", "しました."),
    ):
        shown = excerpt(_update("Resolved", text, "16:37") + after, "Errors")
        assert end not in shown, (text, shown)
    shown = excerpt(_update("Resolved", "この障害は解決しました", "16:37") + after, "Errors")
    assert "この障害は解決しました。" in shown, shown
