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
