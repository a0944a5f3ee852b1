"""A shop's call at a video description's start, the pieces bot/promos.py reads it with: the call's words (SHOP), the
rows of links it announces (SHOP_ROW) and what may stand before it and go with it (lead_before_call)."""

from __future__ import annotations

import re

NAME = r"(?-i:[A-Z0-9])[\w'’.&-]*"  # a name: a capital, whatever the pattern's case (bot/promos.py's too)

# A shop's call with its link, a code or a sponsor's thanks at a video description's start (set20 F2, Linus Tech
# Tips' channel, discourse-rss-polling--youtube_channel.xml): "Use code LINUS to get 50% off … at: https://…", "Get
# a Free Pair of … at Micro Center: https://…", "Thanks to Jackery for sponsoring today's video!". Skipped there
# only: after the text has said something, a story's "Visit https://… for the report" is no footer. Whatever verb
# opens it, a sentence that sends to a link or a code of the channel's own is one (set 71b F1, LTT's channel again:
# "Supercharge your To-Do List with DeltaHub using our link: https://…", "Click this link https://boot.dev/?promo=LTT
# and use my code LTT…"). The channel's own link or code, with what a shop's call points to: the address ("click
# this link https://…", not "If you click this link in the newsletter, the tracker…") or what the code buys ("use my
# code LTT to get 25% off", not "You may use our code AS IS in your own projects": rev71b F1).
_OWN = (
    r"click (?:this|our|my) link\s+(?:https?://|www\.)|use (?:my|our) (?:offer |promo |discount |coupon )?code\s+"
    r"(?-i:[A-Z0-9]{2,})\b(?=[^.!?\n]{0,40}?(?:\d\s?%|\b(?:off|discount|free)\b))"
)
SHOP = (
    r"use (?:the )?(?:offer |promo |discount |coupon )?code\s+\w+"
    r"|(?:get|save|take)\s+\d{1,2}\s?%\s+off\b"
    rf"|(?:thanks|thank you) to {NAME}(?:\s+{NAME}){{0,3}}\s+for sponsoring\b"
    r"|(?:buy|get|grab|order|pre-?order|shop|save|check out|visit|try|sign up|join us|start your|head (?:over )?to"
    r"|go to)\b(?:[^\n.!?]|[.!?](?!\s)){0,160}?(?:https?://|www\.)\S"
    rf"|{_OWN}"
)
# Whatever verb opens it, a first sentence that sends to a link or a code of the channel's own, further on in it
# ("Supercharge your To-Do List with DeltaHub using our link: https://…", set 71b F1): read apart from SHOP, whose
# every alternative opens with a letter (promos._PROMO's quick test). The link's address follows it ("…using our link:
# https://…"; not "…with my link checker last week": rev71b F1).
_LINKED = re.compile(
    r"(?:[^\n.!?]|[.!?](?!\s)){0,160}?\b(?:(?:using|with|via|through) (?:our|my) (?:affiliate |referral )?link\b"
    rf"[:!]?\s*(?:https?://|www\.)|{_OWN})",
    re.IGNORECASE,
)
# A row of the shop's links under its call: a label (a product, its price in brackets) and an address ("UGREEN
# HomeAgent 100(Reserve from $50, Save 50%): https://…", set 71b F1), longer than a link row's elsewhere (linkrows.py):
# read only under a sponsor's rows_call (not a story's "…with the minutes of the vote: https://…", rev71b F7)
SHOP_ROW = re.compile(r"(?:[^\n:]{1,80}:\s*)?(?:https?://|www\.)\S+")

# A cry before a call at the text's start: it goes with it ("We moved! Subscribe to the new YouTube channel…"); or a
# product's slogan, words in capitals and commas ("Minimal, Functional, and Pocketable AF. Get 25% off Ohsnap
# accessories using our link!", set 71b F1: not a sentence, "Linus reviews the phone."): a list of adjectives, one
# word and a comma each but the last, which may take a second word ("Pocketable AF"); not names and a sentence,
# "Linus, Luke And Riley Take Apart The Handheld." (rev71b F6).
_CRY = re.compile(r"(?:[^\W\d_][\w'’]*+\s?){1,3}!")  # (possessive: linear)
_SLOGAN = re.compile(r"(?:[A-Z][\w'’-]*+,\s(?:(?:and|or|&)\s)?){1,6}[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+)?[.!]")
# After a sponsor's thanks, the rest of its line: "Check out their HA100 and more below:" over the shop's rows (set
# 71b F1); alone it is a story's ("Check out its full lineup below:" over a festival's days, rev71b F7).
_BELOW = re.compile(r"\s*check out (?:their|its) [^.!?\n]{0,60}?\bbelow\s*:\s*", re.IGNORECASE)


def shop_sentence(line: str) -> bool:
    """Whether a line's first sentence is a shop's call by its link or its code, whatever verb opens it (_LINKED)."""
    return _LINKED.match(line) is not None


def rows_call(line: str, before: str) -> bool:
    """Whether ``line``, what is left of a line after a call at its start (``before``), announces the shop's rows under
    it: only after a sponsor's thanks (_BELOW)."""
    return "sponsor" in before.lower() and _BELOW.fullmatch(line) is not None


def lead_before_call(text: str) -> bool:
    """Whether ``text``, all that stands before a call at a text's start, goes with it (a cry, a slogan)."""
    return _CRY.fullmatch(text) is not None or (text.count(",") >= 1 and _SLOGAN.fullmatch(text) is not None)
