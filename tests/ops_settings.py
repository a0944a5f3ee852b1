"""A settings file for the operator tools' tests: one local feed file, one channel."""

from pathlib import Path

# Two items, one with a CVE id (what the search and backup tests look for).
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><guid>1</guid><title>Patch now: CVE-2026-0001 in Example Server</title><link>https://news.example/1</link>
<description>A critical flaw lets attackers run code.</description><pubDate>Thu, 26 Nov 2026 09:00:00 GMT</pubDate></item>
<item><guid>2</guid><title>Older story</title><link>https://news.example/2</link>
<description>Second.</description><pubDate>Wed, 25 Nov 2026 09:00:00 GMT</pubDate></item>
</channel></rss>"""


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
