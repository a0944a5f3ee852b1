"""Set 41's findings (branch fix41a): F2, F10, F6, F3, F11, F1 (/work/unseen41/FINDINGS.md)."""

from tests.builders import read_entries

_MONTHS = ["Februar", "Januar", "Dezember", "November", "Oktober"]


def test_a_feeds_shared_opening_is_not_cut_at_an_ordinals_dot():
    """podcast-muc--termine.xml, F2: every entry opens "Das nächste Podcast Meetup München findet am 15. <Monat> …
    statt."; the repeated-opening finder cut at "am 15." (five entries share that much) and the excerpt opened
    "Februar 2022 um 19:00 Uhr statt.". An opening ends where the excerpt's sentences end, not at an ordinal."""
    entries = [
        {
            "title": f"Meetup {month}",
            "link": f"/termine/{n}/",
            "text": f"Das nächste Podcast Meetup München findet am 15. {month} 2022 um 19:00 Uhr statt.\n"
            f"Dieses Mal berichtet uns Gast {n} über sein Projekt rund um Podcasts und Radio in der Region.",
        }
        for n, month in enumerate(_MONTHS)
    ]
    articles = read_entries(entries)
    assert [a.excerpt.split(" 2022")[0] for a in articles] == [
        f"Das nächste Podcast Meetup München findet am 15. {month}" for month in _MONTHS
    ]

