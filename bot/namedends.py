"""A feed's short texts that end without a full stop in a name: its author's way of writing them (set56 F4).

One-line descriptions given whole, some with a stop and some without: "…(CVE-2026-42281, CVSS 9.2 Critical)", "…via
Response Timings", "…dalla NASA". A cut stops in a lower-case word far more often than in a capitalised one, a number or
a closing bracket; so when such ends are as many as those in a lower-case word (feedcuts.ends_open's), and OPEN_ENDS of
them at least, the feed writes its texts without a stop, and one that ends in a lower-case word ("…un possibile supply
chain attack") is whole too, no "…" after it, when a text with a stop is longer than it (a cut text is a feed's
longest: the review of 0bd0a35). Each last sentence counts once: a show's name after every text ("…has
the story.\n\nThe Harbour Story", set21 F3's podcast) is a label, no writer's way. Pure; used by bot/feedcuts.py.
"""

from __future__ import annotations

_CLOSE = ")]"


def ends_in_name(plain: str) -> bool:
    """Whether a text (plain, not empty) ends in a word that opens with a capital letter or a digit, a closing bracket
    after it or not ("…Timings", "…2026", "…CVSS 9.2 Critical)"); not in a stop, a lower-case word, a quote, a mark."""
    word = plain.rsplit(None, 1)[-1].rstrip(_CLOSE)
    return bool(word) and word[-1].isalnum() and (word[0].isupper() or word[0].isdigit())
