"""A shop's call at a video description's start, the pieces bot/promos.py reads it with: the call's words (SHOP), the
rows of links it announces (SHOP_ROW) and what may stand before it and go with it (lead_before_call)."""

from __future__ import annotations

import re

_NAME = r"(?-i:[A-Z0-9])[\w'’.&-]*"  # (a capital, whatever the pattern's case)

# A shop's call with its link, a code or a sponsor's thanks at a video description's start (set20 F2, Linus Tech
# Tips' channel, discourse-rss-polling--youtube_channel.xml): "Use code LINUS to get 50% off … at: https://…", "Get
# a Free Pair of … at Micro Center: https://…", "Thanks to Jackery for sponsoring today's video!". Skipped there
# only: after the text has said something, a story's "Visit https://… for the report" is no footer. Whatever verb
# opens it, a sentence that sends to a link or a code of the channel's own is one (set 71b F1, LTT's channel again:
# "Supercharge your To-Do List with DeltaHub using our link: https://…", "Click this link https://boot.dev/?promo=LTT
# and use my code LTT…"); and after a sponsor's thanks, "Check out their HA100 and more below:" over the shop's rows.
# (the channel's own link or code: "click this link", "use my code LTT")
_OWN = r"click (?:this|our|my) link\b|use (?:my|our) (?:offer |promo |discount |coupon )?code\s+(?-i:[A-Z0-9]{2,})\b"
SHOP = (
    r"use (?:the )?(?:offer |promo |discount |coupon )?code\s+\w+"
    r"|(?:get|save|take)\s+\d{1,2}\s?%\s+off\b"
    rf"|(?:thanks|thank you) to {_NAME}(?:\s+{_NAME}){{0,3}}\s+for sponsoring\b"
    r"|(?:buy|get|grab|order|pre-?order|shop|save|check out|visit|try|sign up|join us|start your|head (?:over )?to"
    r"|go to)\b(?:[^\n.!?]|[.!?](?!\s)){0,160}?(?:https?://|www\.)\S"
    rf"|{_OWN}"
    r"|check out (?:their|its) [^.!?\n]{0,60}?\bbelow\s*:(?=\s*$)"
)
# Whatever verb opens it, a first sentence that sends to a link or a code of the channel's own, further on in it
# ("Supercharge your To-Do List with DeltaHub using our link: https://…", set 71b F1): read apart from SHOP, whose
# every alternative opens with a letter (promos._PROMO's quick test)
_LINKED = re.compile(
    r"(?:[^\n.!?]|[.!?](?!\s)){0,160}?\b(?:(?:using|with|via|through) (?:our|my) (?:affiliate |referral )?link\b|"
    rf"{_OWN})",
    re.IGNORECASE,
)
# A row of the shop's links under its call: a label (a product, its price in brackets) and an address ("UGREEN
# HomeAgent 100(Reserve from $50, Save 50%): https://…", set 71b F1), longer than a link row's elsewhere (linkrows.py)
SHOP_ROW = re.compile(r"(?:[^\n:]{1,80}:\s*)?(?:https?://|www\.)\S+")

# A cry before a call at the text's start: it goes with it ("We moved! Subscribe to the new YouTube channel…"); or a
# product's slogan, words in capitals and commas ("Minimal, Functional, and Pocketable AF. Get 25% off Ohsnap
# accessories using our link!", set 71b F1: not a sentence, "Linus reviews the phone.", nor more than eight words).
_CRY = re.compile(r"(?:[^\W\d_][\w'’]*+\s?){1,3}!")  # (possessive: linear)
_SLOGAN = re.compile(r"(?:[A-Z][\w'’-]*+,?\s(?:(?:and|or|&)\s)?){1,7}[A-Z][\w'’-]*+[.!]")


def shop_sentence(line: str) -> bool:
    """Whether a line's first sentence is a shop's call by its link or its code, whatever verb opens it (_LINKED)."""
    return _LINKED.match(line) is not None


def lead_before_call(text: str) -> bool:
    """Whether ``text``, all that stands before a call at a text's start, goes with it (a cry, a slogan)."""
    return _CRY.fullmatch(text) is not None or (text.count(",") >= 1 and _SLOGAN.fullmatch(text) is not None)
