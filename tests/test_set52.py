"""Set 52's findings (/work/unseen52/FINDINGS.md). Its files have no licence but one podcast's: made-up text in each
item's shape."""

import pytest

from bot.dates import parse_date


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("пон, 09 ное 2020 22:27:07 +0000", 11, 9),  # Macedonian (set52 F1: skopjehacklab's planet, every entry)
        ("сре, 02 јан 2019 08:00:00 +0000", 1, 2),  # Macedonian, Cyrillic je
        ("чт, 05 дек 2019 10:00:00 +0300", 12, 5),  # Bulgarian or Russian
        ("9 січня 2021", 1, 9),  # Ukrainian genitive
        ("12 листопада 2022", 11, 12),  # Ukrainian November
    ],
)
def test_south_slavic_and_ukrainian_month_names_are_read(text, month, day):
    """set52 F1: "пон, 09 ное 2020 22:27:07 +0000" (a planet written in the mk_MK locale) was undated."""
    parsed = parse_date(text)
    assert parsed is not None and (parsed.when.month, parsed.when.day) == (month, day), (text, parsed)
