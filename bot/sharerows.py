"""Rows of the boilerplate table (bot/boilerplate.py) for a post's share and follow links, whatever their
label's language: a block that is only the networks' names, with a short label before them or none ("Share:
Facebook Twitter LinkedIn Email", "Share this post via: Facebook Twitter", "Bagikan postingan ini melalui :
• Facebook • Twitter": desapadurenan, tests/data/unseen/set24 F9); a list item that is one network's name
alone ("• WhatsApp", the label's list laid out as one: the label before it goes with it, bot/excerpt.py);
and the "Share:" label before a first sentence. The names are a closed class: two of them at least, and
nothing else, make the block a row; a sentence that names them ("Facebook and Twitter fined…") has other words.

Each row has an example it removes and a near miss it keeps (tests/test_boilerplate.py).
"""

from __future__ import annotations

import re

from .boilerrow import BLOCK, START, Row, icase

_NAMES = (
    "Facebook|Twitter|X|LinkedIn|WhatsApp|E-?mail|Reddit|Pinterest|Telegram|Print|Copy link|Threads|Bluesky"
    "|Mastodon|Tumblr|VK|Xing|Pocket|Flipboard|Messenger|Line|Weibo|WeChat|Hacker News"
)
_NETWORK = rf"(?:{_NAMES})(?!\w)"
_SEPARATOR = r"\s*[,|/·•]?\s*"

SHARE_ROWS: tuple[Row, ...] = (
    Row(
        "share-line",
        '"Share:" line (share links)',
        BLOCK,
        icase(
            r"(?:Share|Share this(?: article| story| post| page)?|Share on|Share via|Teilen|Partager|Compartir)"
            rf"\s*[:|]?\s*(?:{_NETWORK}{_SEPARATOR})*"
            rf"|•\s*{_NETWORK}\s*"  # (one network's name as a list item of its own)
        ),
        "Share: Facebook Twitter LinkedIn Email",
        "Share prices fell sharply on Monday.",
    ),
    Row(
        "share-names",
        '"Share via:" line or list in any language (share links)',
        BLOCK,
        icase(
            # (any short label, or none, before two network names at least and nothing else)
            rf"(?:[^\n:|•]{{1,60}}[:|]\s*)?(?:•\s*)?{_NETWORK}(?:{_SEPARATOR}{_NETWORK})+{_SEPARATOR}"
        ),
        "Bagikan postingan ini melalui : • Facebook • Twitter",
        "Facebook and Twitter were fined on Monday.",
        # (tried only when a name is there, and on short blocks: performance, issue 18)
        # (a row of two names or more holds one of the big networks': "Bagikan … : • Facebook • Twitter")
        needles=("facebook", "twitter", "whatsapp", "linkedin", "telegram", "reddit", "mastodon", "bluesky"),
        longest=200,
    ),
    Row(
        "share-prefix",
        '"Share:" label',
        START,
        re.compile(r"(?:Share|SHARE)\s*:\s+(?=\S)"),
        "Share: Facebook's large language model leaked online.",
        "Share prices: a guide to what moved markets this week.",
    ),
)
