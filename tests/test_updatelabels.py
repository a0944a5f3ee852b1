"""A status page's emphasised update label at a paragraph's start, set off (bot/updatelabels.py)."""

from bot.clean import html_to_text


def test_a_status_pages_update_label_is_set_off_from_its_sentence():
    """cState incidents write each update as ``<p><em>Label</em> text</p>`` (estadotextoplano--issues.xml,
    ffuentese/estado_texto_plano, no licence: made-up words in its shape; x4bstatus--issues.xml, X4BNet/x4b-status,
    Apache-2.0, for the lower-case one; set27 F1): "Sondeando: Estamos sondeando…", "Update: issue was found…"."""
    spanish = "<p><em>Sondeando</em> Estamos sondeando un fallo que puede tocar a los usuarios del chat.</p>"
    assert html_to_text(spanish).startswith("Sondeando: Estamos sondeando un fallo")
    x4b = (
        "<p><em>Update</em> issue was found upstream and resolved. Upstream will update their internal documentation "
        "to prevent recurrance.</p><p><em>Update</em> Appears to be a GTT fault. Fault ticket has been opened.</p>"
    )
    text = html_to_text(x4b)
    assert text.startswith("Update: issue was found upstream") and "Update: Appears to be a GTT fault." in text
    # a title in italics that is its sentence's subject stays; so does the feed's own "Label - text"
    title = "<p><em>Atlas Shrugged</em> and <em>The Fountainhead</em> are more in line with highly respected books.</p>"
    assert html_to_text(title).startswith("Atlas Shrugged and The Fountainhead are")
    dashed = "<p><em>Investigating</em> - We are investigating a potential issue.</p>"
    assert html_to_text(dashed).startswith("Investigating - We are investigating")


def test_a_statuspage_updates_time_stamp_goes_and_its_label_is_set_off():
    """Statuspage.io's incident history writes each update as ``<p><small>stamp</small><br><strong>Label</strong> -
    text</p>`` (parse-status-ios--history.rss, github.com/gabrielrinaldi/Status-iOS, no licence found: made-up words
    in its shape; set28 F3): the stamps ran into the text, "…normal level. Jan 1, 09:00 PST Identified - We have…"."""
    markup = (
        "<p><small>Mar  3, 10:14 PST</small><br><strong>Resolved</strong> - The queue runs at its usual pace.</p>"
        "<p><small>Mar  3, 09:40 PST</small><br><strong>Identified</strong> - A stuck worker slowed the queue.</p>"
    )
    text = html_to_text(markup)
    assert text == "Resolved: The queue runs at its usual pace.\nIdentified: A stuck worker slowed the queue."
    # (a <small> note without a digit, or a stamp before a paragraph of its own words, stays)
    note = "<p><small>Sponsored</small><br><strong>Acme</strong> - Tools for the queue.</p>"
    assert html_to_text(note).startswith("Sponsored")
    line = "<p><small>Mar 3, 2026</small><br>The queue runs at its usual pace again.</p>"
    assert html_to_text(line).startswith("Mar 3, 2026")
