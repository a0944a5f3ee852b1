"""Set 54's findings F10, F11 and F5 (/work/unseen54/FINDINGS.md): digest sentences that lean on a sentence left out, a
how-to step that is a command, and a pointer to a link the chat does not show. No file of the set it names has a
licence: made-up words in each item's shape."""

from tests.builders import read_entries


def test_a_pointer_to_a_link_not_shown_is_no_text():
    """set54 F5: openobservatory--ooni-posts.xml (github.com/OpenObservatory/ooni.github.io-history) #5 "… and future
    goals to address them. View the pdf version of the report here." and #4, whose only sentence left it was. Near
    miss: a sentence that points at what follows it after a colon ("See the results here: …"), and one at what the page
    shows ("See the player below.", set10's podtools--rss.xml: the show notes go on after it)."""
    entries = [
        {"title": "Partner meeting", "link": "/m", "text": "<p>Last month we hosted our first partner meeting in Oslo. "
         "This report gives an overview of the event and of our goals.</p><p>Download the full version of the report "
         "here.</p>"},
        {"title": "Survey", "link": "/s", "text": "<p>View the pdf version of the survey here.</p><p>This survey of "
         "network filtering covers three years of measurements in twelve regions.</p>"},
        {"title": "Results", "link": "/r", "text": "<p>We ran the tests for a month. See the results here: 54% of "
         "the sites were blocked.</p>"},
        {"title": "Round 23", "link": "/p", "text": "<p>Recorded live at the expo, we ask: are fairs worth it? This is an "
         "audio only round. See the player below. Going to a fair is rarely cheap.</p>"},
    ]  # fmt: skip
    assert [a.excerpt for a in read_entries(entries)] == [
        "Last month we hosted our first partner meeting in Oslo. This report gives an overview of the event and of our"
        " goals.",
        "This survey of network filtering covers three years of measurements in twelve regions.",
        "We ran the tests for a month. See the results here: 54% of the sites were blocked.",
        "Recorded live at the expo, we ask: are fairs worth it? This is an audio only round. See the player below. Going"
        " to a fair is rarely cheap.",
    ]
