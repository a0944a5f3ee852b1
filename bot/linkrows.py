"""Rows of links under a label, a text's footer (bot/promos.py reads them):

- a shop's label over its links ("Buy a Seasonic Ultra Titanium Power Supply:" / "On Amazon: https://…"), and a line of
  only a link with its label ("On Newegg (PAID LINK): https://…"): shop_label, LINK_LINE;
- a channel's block of links to its site and its social accounts, each row a network's name (or "Website") and the
  address, the handle or the account's name ("🔴 Website: http://www.ufc.com", "🔵 Twitter: http://www.twitter.com/ufc",
  "🟡 Snapchat: UFC", "🔵 페이스북: @UFC (KR, KP)"), with the line right over it that introduces it ("Connect with UFC
  online and on Social:", "온라인과 스셜미디어로 UFC를 즐기세요!", "Enjoy UFC online and on social media!"): a video
  description's footer, taken for its text (set 67b F2, xxy9468615--youtube-channels.xml). Two rows that name a network
  at least make the block (rows of other labels in it go with it: "⏯️ UFC Video Archive: https://…"); a release's rows
  of download mirrors, a list of labels and addresses no network names, stay; a row alone stays ("Twitter: @jane" in an
  author's note). The line over the block goes only when it names being online or social and ends with ":" or "!" (not
  "Our new album is out now!"). English and Korean words: other languages' have to come from real feeds. Pure.
"""

from __future__ import annotations

import re

from .cuts import PICTOGRAPHS

__all__ = ["LINK_LINE", "shop_label", "without_social_links"]

# A shop's label over its links ("Buy a Seasonic Ultra Titanium Power Supply:" / "On Amazon: https://…"), and a line
# of only a link with its label ("On Newegg (PAID LINK): https://…")
_BUY_LABEL = re.compile(r"(?:buy|get|grab|order|pre-?order|shop|check out)\s[^\n:.!?]{1,80}:?", re.IGNORECASE)
LINK_LINE = re.compile(r"(?:[^\n:]{1,40}:\s*)?(?:https?://|www\.)\S+")

# A row: pictographs or none, a short label, its colon, then an address, a handle (its note in brackets after it:
# "@UFC (KR, KP)") or one word (an account's name: "Snapchat: UFC")
_MODIFIER = "\ufe0f\u200d\U0001f3fb-\U0001f3ff"
_ROW = re.compile(
    rf"(?P<icon>(?:(?![{_MODIFIER}])[{PICTOGRAPHS}][{_MODIFIER}]*\s*)*)(?P<label>[^\W\d_][\w'’&.]*(?: [\w'’&.]+){{0,4}})"
    r"\s?[:：]\s*(?:(?P<address>(?:https?://|www\.)\S+)|@[\w.]{1,40}(?:\s\([^()\n]{1,20}\))?|[\w.-]{1,30})"
)
# The labels that name a network or the site itself (English, and the Korean of the same channel's Korean videos)
_NETWORKS = frozenset((
    "website", "web", "site", "homepage", "home page", "blog", "twitter", "x", "facebook", "instagram", "tiktok",
    "youtube", "linkedin", "mastodon", "bluesky", "threads", "tumblr", "twitch", "snapchat", "pinterest", "discord",
    "telegram", "reddit", "weibo", "홈페이지", "웹사이트", "페이스북", "인스타그램", "트위터", "유튜브", "틱톡", "트위치",
))  # fmt: skip
# The line over the block: one clause (no sentence's end before its last mark) that ends with ":" or "!" and names
# being online, social or followed
_INTRODUCES = re.compile(r"[^.!?。！？\n]{1,100}[:：!！]")
_SOCIAL_WORDS = re.compile(r"(?i:\b(?:social|online|follow|connect)|온라인|소셜|팔로우|SNS)")


def shop_label(line: str, following: list[str]) -> bool:
    """Whether a line is a shop's label over its links ("Buy a Seasonic … Supply:" / "On Amazon: https://…")."""
    return bool(following) and _BUY_LABEL.fullmatch(line) is not None and LINK_LINE.fullmatch(following[0]) is not None


def _row(line: str) -> int:
    """2 for a row that names a network or the site, 1 for another row of a pictograph and an address, else 0."""
    if ":" not in line and "：" not in line or (row := _ROW.fullmatch(line)) is None:
        return 0
    if row["label"].casefold() in _NETWORKS:
        return 2
    return 1 if row["icon"] and row["address"] else 0


def without_social_links(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without a block of social links and the line that introduces it (the module docstring), and a note
    for each block removed; ``lines`` itself when none."""
    kinds = [_row(line) if line else 0 for line in lines]
    if kinds.count(2) < 2:
        return lines, []
    kept, notes, index = list(lines), [], 0
    while index < len(lines):
        end = index
        while end < len(lines) and kinds[end]:
            end += 1
        if kinds[index:end].count(2) >= 2:
            start = index
            if index and _INTRODUCES.fullmatch(over := lines[index - 1]) and _SOCIAL_WORDS.search(over):
                start = index - 1
            notes.append(f'removed: a block of social links ("{lines[start][:40]}")')
            kept[start:end] = [""] * (end - start)
        index = max(end, index + 1)
    return ([line for line in kept if line], notes) if notes else (lines, [])
