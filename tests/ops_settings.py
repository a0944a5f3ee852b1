"""A settings file for the operator tools' tests: one local feed file, one channel."""

from pathlib import Path

from tests.test_cli import FEED


def local_settings(folder: Path, url: str, extra: str = "") -> str:
    """Write feed.xml and settings.toml (storage at ``url``, plus ``extra`` sections) into ``folder``."""
    (folder / "feed.xml").write_text(FEED)
    path = folder / "settings.toml"
    path.write_text(f"""
[storage]
url = "{url}"

[polling]
parse_workers = 0

[digest]
fetch_articles = false

{extra}

[[feeds]]
name = "Local"
url = "feed.xml"
tags = ["security"]

[[channels]]
name = "sec"
tags = ["security"]
""")
    return str(path)
