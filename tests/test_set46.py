"""Set 46's findings (/work/unseen46/FINDINGS.md): made-up texts in the shape of the feeds' items."""

from tests.builders import excerpt


def test_a_statuspage_stamp_written_with_var_parts_goes():
    """set46 F1: esa--saucelabs-status.xml #0-#9 kept "Nov 14, 14:07 PST Resolved - …": the stamp's date and time
    are in ``<var data-var=…>`` inside the ``<small>`` (the plain ``<small>`` stamp went already, set28 F3)."""
    markup = (
        "<p><small>Nov <var data-var='date'>14</var>, <var data-var='time'>14:07</var> PST</small><br>"
        "<strong>Resolved</strong> - Tunnels are starting again. This incident has been resolved.</p>"
        "<p><small>Nov <var data-var='date'>14</var>, <var data-var='time'>13:51</var> PST</small><br>"
        "<strong>Monitoring</strong> - Tunnels in one region could not start. We are watching the recovery.</p>"
    )
    shown = excerpt(markup, title="Tunnels failing to start")
    assert shown.startswith("Resolved: Tunnels are starting again."), shown
    assert "PST" not in shown and "Nov 14" not in shown, shown


def test_a_small_line_with_a_link_is_no_stamp():
    """set46 F1's risk: a ``<small>`` holding a link is no stamp, and stays."""
    markup = (
        '<p><small>See <a href="/v2">release 2</a></small><br>'
        "<strong>Resolved</strong> - The tunnels are starting again after the fix was deployed.</p>"
    )
    assert "release 2" in excerpt(markup)
