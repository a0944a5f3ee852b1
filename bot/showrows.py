"""Rows of the boilerplate table (bot/boilerplate.py) for a podcast's or a video's own
lines in its show notes or description, told by their shape, whatever the show:

- a "download or subscribe" block: "You can download the m4a file or subscribe in
  iTunes. (Or subscribe to the podcast feed.)" (The Record's show notes,
  feedbin--feed.json, /work/unseen12): a block of only such sentences, each opening
  with the verb and naming a file, the episode, a feed or a podcast app. The text
  goes on after it (the guest's paragraph follows).

Each row has an example it removes and a near miss it keeps (tests/test_boilerplate.py).
"""

from __future__ import annotations

from .boilerrow import BLOCK, Row, icase

SHOW_ROWS: tuple[Row, ...] = (
    Row(
        "podcast-download",
        'podcast "download or subscribe" line',
        BLOCK,
        icase(
            r"(?:\(?(?:(?:You can|Or|And)\s+(?:also\s+)?)?(?:(?:,\s*|,?\s+(?:or|and)\s+)?(?:download|subscribe|listen)\b"
            r"[^\n.!?(),]{0,40}?\b(?:file|mp3|m4a|episode|(?:podcast |RSS )?feed|iTunes|Apple Podcasts|Spotify|Overcast)"
            r"\b){1,4}[.!]?\)?\.?\s*){1,3}"
        ),
        "You can download the m4a file or subscribe in iTunes. (Or subscribe to the podcast feed.)",
        "You can download the m4a file and play it in any car: that is why we made it.",
    ),
)
