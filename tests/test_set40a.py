"""set40's findings F1, F4, F10, F2 and F3 (/work/unseen40/FINDINGS.md): field records read as label soup, empty label
rows kept as a lead, a job record's lead rows dropped, and the stand-in title of an untitled job post cut inside a
" | " field or run on into its text. (emiliensocchi--az-role-watcher.xml is GPL-3.0; the other feeds have no licence:
made-up values in their shape.)"""

from tests.builders import excerpt, read_entries


def test_a_records_id_and_address_rows_go():
    """set40 F1, emiliensocchi--az-role-watcher.xml: "<b>Id:</b> 3a728f2e-… <br><b>Display name:</b> … <br>
    <b>Description:</b> … <br><b>Link:</b> https://graph.microsoft.com/…" was kept as "Id: 3a728f2e-… · Display name: …
    · Description: … Link: https://… …": a UUID first, a bare address, and "…" though nothing follows."""
    record = (
        "<b>Id:</b> 3a728f2e-df1d-4294-9899-86f601fae70a <br><b>Display name:</b> "
        "PrivilegedAssignmentSchedule.Read.EntraAppRole <br><b>Description:</b> Read assignment schedules for app "
        "permission grants and app role assignments <br><b>Link:</b> "
        "https://graph.microsoft.com/v1.0/directoryRoleTemplates/3a728f2e-df1d-4294-9899-86f601fae70a"
    )
    assert excerpt(record) == (
        "Display name: PrivilegedAssignmentSchedule.Read.EntraAppRole · Description: Read assignment schedules for app "
        "permission grants and app role assignments"
    )
    # (two rows are no record: an id beside one other row stays)
    assert "3a728f2e" in excerpt("<b>Id:</b> 3a728f2e-df1d-4294-9899-86f601fae70a <br><b>Name:</b> Mail.Read")
    # (an advisory's id is no opaque id)
    assert "CVE-2024-1234" in excerpt(
        "<b>Id:</b> CVE-2024-1234 <br><b>Package:</b> openssl <br><b>Link:</b> https://example.org/advisory/1"
    )


def test_a_first_line_of_labels_ending_in_a_bare_label_goes():
    """set40 F4, danpo0446--maritime-feeds--security.xml #5, #6, #8: "<strong>Location:</strong> Worldwide<br />
    <strong>Description:</strong><br /><p>…" kept "Location: Worldwide Description:" as the excerpt's lead (and
    "Location: Description:" before a heading), while "Location: Remote Description:" went. A lead-in that announces a
    list stays ("We are looking for:")."""
    story = "<p>Acme Crewing is looking for experienced officers for its tanker fleet.</p>"
    for header in ("<strong>Location:</strong> Worldwide<br />", "<strong>Location:</strong> <br />"):
        assert excerpt(header + "<strong>Description:</strong><br />" + story) == (
            "Acme Crewing is looking for experienced officers for its tanker fleet."
        )
    assert excerpt(
        "<strong>Location:</strong> <br /><strong>Description:</strong><br /><h4>WHY JOIN US?</h4>"
        "<ul><li>Be part of a multi-cultural working environment.</li><li>Get paid on time.</li></ul>"
    ).startswith("• Be part of")
    assert excerpt("<p>We are looking for:</p><ul><li>A cook.</li><li>A deckhand.</li></ul>").startswith("We are")


def test_a_records_rows_before_its_list_stay_as_its_lead():
    """set40 F10, danpo0446--maritime-feeds--security.xml #4: "<p><strong>Salary:</strong> 120 EUR p/d NET</p>
    <p><strong>Joining:</strong> 10.03.2026</p><p><strong>Duration:</strong> 28 days</p><p><strong>Requirements:
    </strong></p><ul>…" went row by row as labels before the story: the excerpt was "Requirements: • …" alone. Rows
    before a story's paragraph still go as they did."""
    rows = (
        "<p><strong>Salary:</strong> 150 EUR p/d NET</p><p><strong>Joining:</strong> 12.04.2026</p>"
        "<p><strong>Duration:</strong> 30 days</p>"
    )
    assert excerpt(
        "<strong>Location:</strong> <br /><strong>Description:</strong><br />" + rows + "<p><strong>Requirements:"
        "</strong></p><ul><li>Experience in rank on similar vessels</li><li>All valid STCW documents</li></ul>"
    ) == (
        "Salary: 150 EUR p/d NET · Joining: 12.04.2026 · Duration: 30 days · Requirements: • Experience in rank on "
        "similar vessels • All valid STCW documents"
    )
    story = "<p>Acme Crewing is looking for an experienced motorman for its tanker fleet in the Baltic Sea region.</p>"
    assert excerpt(rows + story).startswith("Acme Crewing")


def test_an_untitled_job_posts_title_is_its_headers_whole_fields():
    """set40 F2, F3, capricorn--hn-hiring-rss.xml (untitled HN "Who is hiring" posts) #0, #3, #5: the stand-in title
    was cut at a comma inside a " | " field ("Preamble | Frontend Engineer | Contract-to-hire | Pittsburgh…", the
    excerpt going on "…PA or Remote (US)• …"), or ran on into the text the feed glued to the header ("…| Full
    TimeChipStack is building tools…"). A header's whole fields, and the text after them."""
    from bot.titles import title_from_text

    assert title_from_text(
        "Acme | Frontend Engineer | Contract-to-hire | Pittsburgh, PA or Remote (US)• We're hiring an experienced "
        "Frontend Engineer as soon as we can. Acme builds safety tools for machine learning models of all sizes."
    ) == ("Acme | Frontend Engineer | Contract-to-hire | Pittsburgh, PA or Remote (US)")
    assert title_from_text(
        "Chipworks | lead backend engineer | Seattle/Bay Area | Full TimeChipworks is building tools for reducing "
        "the time to design complex chips. We use novel methods."
    ) == ("Chipworks | lead backend engineer | Seattle/Bay Area | Full Time")
    # (a last field that is no field: it goes, whole, to the text)
    assert title_from_text(
        "Reefworks | Senior Python Backend Engineer | REMOTE | Full-time Salary: 45-70 USD per hour, or 7560-11760 USD a"
        " month (assuming 40 hours per week). Hourly rates typically adjusted annually."
    ) == ("Reefworks | Senior Python Backend Engineer | REMOTE")
    # (a pipe in a sentence is no header)
    assert (
        title_from_text("Run ls | grep foo | wc -l to count them. It is quick.")
        == "Run ls | grep foo | wc -l to count them"
    )
    [article] = read_entries(
        [{"title": "", "link": "/1", "text": "<p>Acme | Frontend Engineer | Contract-to-hire | Pittsburgh, PA or "
          "Remote (US)• We're hiring an experienced Frontend Engineer as soon as we can.</p>"}]
    )  # fmt: skip
    assert article.title == "Acme | Frontend Engineer | Contract-to-hire | Pittsburgh, PA or Remote (US)"
    assert article.excerpt == "We're hiring an experienced Frontend Engineer as soon as we can."
