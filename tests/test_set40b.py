"""set40's findings F5, F6, F7 and F8 and set41's F4, F8 and F9 (/work/unseen40/FINDINGS.md, /work/unseen41/FINDINGS.md):
a forum's inline link card read as prose, a paragraph that ends in an address stopping the excerpt, a call to apply as
the excerpt, and sentences that point at what the excerpt left out. (The feeds have no licence: made-up values in
their shape.)"""

from tests.builders import excerpt, read_entries


def test_a_forums_inline_link_card_is_its_address_and_a_paragraph_ending_in_one_goes_on():
    """set40 F6, wnelson03--community-forum-archive--posts.xml #2 and #1: '<a class="inline-onebox" href="https://www.
    youtube.com/…">KeyAuth Custom Domains for API. Never deal ISP blockage again! - YouTube</a>' was read as the post's
    words ("Watch the video it's quite simple KeyAuth Custom Domains for API. Never deal ISP blockage again! - YouTube…");
    "<p>Make sure you're using this API link, not an older one: <a>https://…/api/1.0/</a></p><p>Also, make sure…</p>"
    stopped at the address."""
    card = (
        '<p>Watch this clip, it is easy <a href="https://www.youtube.com/watch?v=abc123" class="inline-onebox">'
        "Custom Domains for the API. Never lose a request again! - YouTube</a></p>"
        "<p>The address in your main file must end with /1.2/ and nothing else.</p>"
    )
    assert "Never lose" not in excerpt(card) and "YouTube" not in excerpt(card)
    assert "must end with /1.2/ and nothing else." in excerpt(card)
    assert excerpt(
        '<p>Make sure you are using this API address, not an older one: <a href="https://api.example.org/1.0/">'
        "https://api.example.org/1.0/</a></p><p>Also, make sure you submit the direct download link on the dashboard. "
        "When you open that link, the file should download right away.</p>"
    ) == (
        "Make sure you are using this API address, not an older one: https://api.example.org/1.0/ Also, make sure you"
        " submit the direct download link on the dashboard. When you open that link, the file should download right"
        " away."
    )
    # (a plain link's words stay the post's; a short line of an address alone is no paragraph that goes on)
    assert "the setup guide" in excerpt('<p>Read <a href="https://example.org/guide">the setup guide</a> first.</p>')


def test_a_job_posts_call_to_apply_is_no_text():
    """set40 F5, danpo0446--maritime-feeds--security.xml #9 and #8: '<strong>Location:</strong> <br /><strong>
    Description:</strong><br /><br /><a href="…/job/214869/">Apply to this job</a>' had "Apply to this job" as its
    excerpt; the digest's summary of #8 kept "If you are interested with this job – click the "Apply here" button and
    send your CV." A line that says how to apply with a date or an address stays."""
    assert (
        excerpt(
            "<strong>Location:</strong> <br /><strong>Description:</strong><br /><br /><br />"
            '<a href="https://jobs.example/job/1001/">Apply to this job</a><br />'
        )
        == ""
    )
    [post] = read_entries([{
        "title": "Deck officer at Example Crewing",
        "link": "/job/1002/",
        "text": "<p>We are a crewing company in Gdynia, founded in 2001 by seafarers.</p><p>We are looking for a deck "
        "officer with tanker experience.</p><p><strong>If you are interested with this job &#8211; click the "
        "&quot;Apply here&quot; button and send your CV.</strong></p>",
    }])  # fmt: skip
    assert "Apply here" not in (post.lead or "") and "tanker experience." in (post.lead or "")
    assert "by 15 March" in excerpt("<p>Apply now: send your CV to jobs@example.com by 15 March.</p>")


def test_a_sentence_pointing_at_a_part_of_the_page_ends_the_excerpt_and_is_no_summary_sentence():
    """set41 F4, coderdojonijmegen--dojos.xml #7 and talavis--covid-portal-sv.xml #8, #9: "…We gaan deze keer tekenen.
    Bijvoorbeeld een plaatje zoals hierboven!" (the picture "above" left out), "…Från september 2021 ändrades metoden.
    Se den här sidan för de senaste uppgifterna." (a link's page); the digest kept imintsystems' "Informationen lämnades,
    genom ovanstående kontaktpersons försorg, för offentliggörande…" (the contact block "above" left out)."""
    from bot.usable import usable

    assert (
        excerpt(
            "<p>Weet je dat je op de computer ook muziek kunt maken? We gaan deze keer een liedje maken. Bijvoorbeeld een "
            "liedje zoals hierboven!</p>"
        )
        == "Weet je dat je op de computer ook muziek kunt maken? We gaan deze keer een liedje maken."
    )
    assert excerpt(
        "<p>Den här sidan visar data om pollen i Uppsala mellan maj 2020 och juni 2021. Från juli 2021 ändrades "
        "metoden. Se den här sidan för de senaste uppgifterna.</p>"
    ).endswith("ändrades metoden.")
    assert not usable("Informationen lämnades, genom ovanstående kontaktpersons försorg, för offentliggörande i dag.")
    assert usable("Informationen lämnades, genom kontaktpersonens försorg, för offentliggörande i dag.")
    # (an aside, "(see below)", leaves its sentence whole; a time, "Come Lent, …", is no place on the page)
    assert usable("Six guests, chosen from the audience (see below), discuss the value of attending a conference.")
    assert usable("Come Lent, the bakery closes its doors for a month.")


def test_a_notice_that_the_pages_translation_is_coming_is_no_opening():
    """set41 F8, talavis--covid-portal-sv.xml #5: the excerpt opened with "En svensk översättning av denna sida kommer
    inom kort." (a Swedish translation of this page is coming soon) before the page's English text."""
    assert (
        excerpt(
            "<p>En svensk översättning av denna sida kommer inom kort. Publish your research data in a public repository "
            "to make it available to the rest of the community.</p>"
        )
        == "Publish your research data in a public repository to make it available to the rest of the community."
    )
    assert excerpt("<p>The translation of this page took three years. It is out now.</p>").startswith("The translation")


def test_a_download_row_over_the_story_is_no_lead():
    """set41 F9, viglug--eventi.xml #0: '<div style="float: right"><a><img alt="Locandina…"></a> Scarica la locandina
    dell'evento in formato <a href="….png">png</a> o <a href="….pdf">pdf</a></div><p>C'è chi usa il pc…</p>' had "Scarica
    la locandina dell'evento in formato png o pdf…" as its excerpt."""
    story = (
        "<p>C'è chi usa il computer per lavoro e chi per passione: per tutti quelli che vogliono saperne di più, "
        "sabato il gruppo organizza una giornata di incontri sul software libero, aperta a tutti e gratuita.</p>"
    )
    row = 'Scarica il programma della giornata in formato <a href="/p.png">png</a> o <a href="/p.pdf">pdf</a>'
    assert excerpt(f'<div><a href="/p.png"><img alt="Programma" src="/p.png" /></a>{row}</div>{story}').startswith(
        "C'è chi usa"
    )
    assert excerpt(f"<p>{row}</p>") == "Scarica il programma della giornata in formato png o pdf"  # (alone, it stays)


def test_a_post_that_is_an_intro_and_the_error_it_quotes_keeps_both():
    """set40 F7, wnelson03--community-forum-archive--latest.xml #9: "<p>Getting this error when running default python
    code:</p><blockquote><p>urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(…)</p></blockquote>" had no excerpt
    (the intro announces what went as code). The intro and the error's first characters are all it says."""
    post = (
        "<p>Getting this error when running the default example code:</p><blockquote><p>requests.exceptions."
        "ConnectionError: HTTPSConnectionPool(host='api.example.org', port=443): Max retries exceeded with url: /v1/ "
        "(Caused by NewConnectionError('Failed to establish a new connection'))</p></blockquote>"
    )
    assert excerpt(post).startswith(
        "Getting this error when running the default example code: requests.exceptions.ConnectionError:"
    )
    assert excerpt(post).endswith("…") and len(excerpt(post)) < 150
    # (prose after the error: the excerpt is the prose, as before)
    assert excerpt(post + "<p>I have tried reinstalling the package and the error is still there.</p>").startswith(
        "I have tried"
    )
