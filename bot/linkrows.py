"""Rows of links under a label, a text's footer (bot/promos.py reads them):

- a shop's label over its links ("Buy a Seasonic Ultra Titanium Power Supply:" / "On Amazon: https://…"), and a line of
  only a link with its label ("On Newegg (PAID LINK): https://…"): shop_label, LINK_LINE;
- a channel's block of links to its site and its social accounts, each row a network's name (or "Website") and the
  address, the handle or the account's name ("🔴 Website: http://www.ufc.com", "🔵 Twitter: http://www.twitter.com/ufc",
  "🟡 Snapchat: UFC", "🔵 페이스북: @UFC (KR, KP)"), with the line right over it that introduces it ("Connect with UFC
  online and on Social:", "온라인과 스셜미디어로 UFC를 즐기세요!", "Enjoy UFC online and on social media!"): a video
  description's footer, taken for its text (set 67b F2, xxy9468615--youtube-channels.xml). Two rows that name a network
  and give an address or a handle at least make the block (rows of other labels in it go with it: "⏯️ UFC Video
  Archive: https://…", and a network's row of one word: "🟡 Snapchat: UFC"); rows of network labels and one-word values
  alone are data, not links ("Website: Operational" / "Discord: Down", a status; "Threads: 16", a machine's; rev67b
  F1); a release's rows of download mirrors, a list of labels and addresses no network names, stay; a row alone stays
  ("Twitter: @jane" in an author's note). The line over the block goes only when it names being online or social and
  ends with ":", or when it is the call itself and ends with "!" (it names social media or following, or a Korean
  "…세요!"; not "Our new album is out now!", "…our bakery finally opens online!", nor "…, as follows:": rev67b F2, F3).
  English and Korean words: other languages' have to come from real feeds. Pure.
"""

from __future__ import annotations

import re

from .cuts import PICTOGRAPHS

__all__ = ["LINK_LINE", "NETWORKS", "shop_label", "without_social_links"]

# A shop's label over its links ("Buy a Seasonic Ultra Titanium Power Supply:" / "On Amazon: https://…"), and a line
# of only a link with its label ("On Newegg (PAID LINK): https://…")
_BUY_LABEL = re.compile(r"(?:buy|get|grab|order|pre-?order|shop|check out)\s[^\n:.!?]{1,80}:?", re.IGNORECASE)
LINK_LINE = re.compile(r"(?:[^\n:]{1,40}:\s*)?(?:https?://|www\.)\S+")

# A row: pictographs or none, a short label, its colon, then an address, a handle (its note in brackets after it:
# "@UFC (KR, KP)") or one word (an account's name: "Snapchat: UFC"; or a value: "Discord: Down")
_MODIFIER = "\ufe0f\u200d\U0001f3fb-\U0001f3ff"
_NETWORK_ROW = re.compile(
    rf"(?P<icon>(?:(?![{_MODIFIER}])[{PICTOGRAPHS}][{_MODIFIER}]*\s*)*)(?P<label>[^\W\d_][\w'’&.]*(?: [\w'’&.]+){{0,4}})"
    r"\s?[:：]\s*(?:(?P<address>(?:https?://|www\.)\S+)|(?P<handle>@[\w.]{1,40})(?:\s\([^()\n]{1,20}\))?|[\w.-]{1,30})"
)
# The labels that name a network or the site itself (English, and the Korean of the same channel's Korean videos)
NETWORKS = frozenset((
    "website", "web", "site", "homepage", "home page", "blog", "twitter", "x", "facebook", "instagram", "tiktok",
    "youtube", "linkedin", "mastodon", "bluesky", "threads", "tumblr", "twitch", "snapchat", "pinterest", "discord",
    "telegram", "reddit", "weibo", "홈페이지", "웹사이트", "페이스북", "인스타그램", "트위터", "유튜브", "틱톡", "트위치",
))  # fmt: skip
# The line over the block: one clause (no sentence's end before its last mark) that ends with ":" or "!" and names
# being online, social or followed, whole words ("…, as follows:", "…, following the court order:" name nothing of
# the kind: rev67b F2); a line that ends with "!" is the call itself ("Enjoy UFC online and on social media!", the
# Korean "온라인과 스셜미디어로 UFC를 즐기세요!", "스셜" the channel's typo), not news that says "online" (rev67b F3)
_INTRODUCES = re.compile(r"[^.!?。！？\n]{1,100}[:：!！]")
_FOLLOWED = r"follow\s+(?:us|me|\w+\s+on)|connect\s+with"
_SOCIAL_WORDS = re.compile(rf"(?i:\b(?:social|online|{_FOLLOWED})\b)|온라인|소셜|스셜|팔로우|SNS")
_CALL = re.compile(rf"(?i:\b(?:social|{_FOLLOWED})\b)|소셜|스셜|팔로우|SNS|세요[!！]$")


def shop_label(line: str, following: list[str]) -> bool:
    """Whether a line is a shop's label over its links ("Buy a Seasonic … Supply:" / "On Amazon: https://…")."""
    return bool(following) and _BUY_LABEL.fullmatch(line) is not None and LINK_LINE.fullmatch(following[0]) is not None


def _row(line: str) -> int:
    """2 for a row that names a network or the site and gives an address or a handle, 1 for one that gives one word
    ("Snapchat: UFC", "Discord: Down": rev67b F1) or another row of a pictograph and an address, else 0."""
    if ":" not in line and "：" not in line or (row := _NETWORK_ROW.fullmatch(line)) is None:
        return 0
    if row["label"].casefold() in NETWORKS:
        return 2 if row["address"] or row["handle"] else 1
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
            over = lines[index - 1] if index else ""
            if _INTRODUCES.fullmatch(over) and _SOCIAL_WORDS.search(over) and (over[-1] in ":：" or _CALL.search(over)):
                start = index - 1
            notes.append(f'removed: a block of social links ("{lines[start][:40]}")')
            kept[start:end] = [""] * (end - start)
        index = max(end, index + 1)
    return ([line for line in kept if line], notes) if notes else (lines, [])
