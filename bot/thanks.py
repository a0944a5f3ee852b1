"""A post's thanks at its end (a forum's "Thanks in advance, Ana."), off its lines before the excerpt and the lead
read them (bot/blocks.py)."""

from __future__ import annotations

import re
from collections.abc import Collection

from .boilerstrip import block_row

THANKS_HINTS = ("תודה", "hank")  # (a thanks' words, looked for before a text is read for one: bot/postends.py)

# A post's thanks at a paragraph's end, a paragraph of its own or after its last sentence, and the name signed after
# a comma: "תודה!", "תודה מראש", "בתודה מראש, רן זוארי." (python-il-forums, set18's F4), "Thanks in advance, Ana."
# ("…הוא לא אמר תודה", "…said thank you", a sentence's own words, stay).
_THANKS = re.compile(
    r"(?:(?:^|(?<=[.!?…)\n]))\s*(?:ב?תודה(?:\s+(?:רבה|לכולם|לכם))?|(?i:thanks|thank you|many thanks))"
    r"|\s*(?:ב?תודה\s+מראש|(?i:thanks|thank you)\s+in\s+advance))"
    r"(?:\s*,\s*(?:[\u05d0-\u05ea][\u05d0-\u05ea'׳\"”-]*|[A-Z][\w'’-]*)(?:\s+(?:[\u05d0-\u05ea][\u05d0-\u05ea'׳\"”-]*"
    r"|[A-Z][\w'’-]*)){0,2}\.?|\s*[!.]*)\s*$"
)

# A sentence of thanks in advance between a post's sentences, its <br> lines run together ("…ישירות למייל. תודה מראש !
# שאלה נוספת…", python-il-forums, set 71a F3): it goes where it closes or opens a request, a sentence beside it a
# question or asking ("אשמח אם אוכל לקבלם…", "Any idea why…?"); not prose about the phrase ("Some phrases annoy
# readers. Thanks in advance. That phrase presumes…", rev71b F3).
_THANKS_BETWEEN = re.compile(r"(?<=[.!?])\s+(?:ב?תודה\s+מראש|(?i:thanks|thank you)\s+in\s+advance)\s*[!.]+(?=\s+\S)")
_REQUEST = re.compile(
    r"\?|אשמח|אפשר|מישהו|(?i:\bplease\b|\bappreciate|\bany (?:idea|hint|help)|\b(?:can|could|does) anyone\b)"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _after_request(m: re.Match) -> str:
    """A thanks between sentences (``m``) gone when a sentence beside it asks (_REQUEST); kept otherwise."""
    line, near = m.string, 300  # (a sentence's characters, at most: read no further)
    before = line[max(0, m.start() - near) : m.start()]
    starts = [e.end() for e in _SENTENCE_END.finditer(before)]
    after = _SENTENCE_END.search(line, m.end(), m.end() + near)
    beside = before[starts[-1] if starts else 0 :] + " " + line[m.end() : after.end() if after else m.end() + near]
    return "" if _REQUEST.search(beside) else m.group()


def without_thanks(lines: list[str], kept: set[str]) -> list[str]:
    """The lines without a post's thanks at their end (a line that is only thanks goes); ``kept``: lines left as
    they are (headings, quotes: someone else's words)."""
    out: list[str] = []
    thanked = False
    for line in lines:
        if thanked and _SIGNATURE.fullmatch(line):
            thanked = False
            continue  # (the name signed on the line after the thanks: "Thanks." then "H.J.", gmane's binutils list)
        thanked = False
        if line not in kept and ("תודה" in line or "hank" in line):
            line = _THANKS_BETWEEN.sub(_after_request, line)
        if line not in kept and ("תודה" in line[-40:] or "hank" in line[-50:]):
            m = _THANKS.search(line, max(0, len(line) - 60))
            if m is not None:
                line, thanked = line[: m.start()].rstrip(), True
        if line:
            out.append(line)
    return out


_SIGNATURE = re.compile(
    r"(?:[A-Z][\w'’.-]*|[\u05d0-\u05ea][\u05d0-\u05ea'׳\"”.-]*)(?:\s(?:[A-Z][\w'’.-]*|[\u05d0-\u05ea][\u05d0-\u05ea'׳\"”.-]*)){0,2}"
)


# Who a forum's quote is from, the line above it ("@bacha wrote:", Discourse's RSS of a topic's first post)
_WROTE = re.compile(r"\b(?:wrote|writes|schrieb|a écrit|escribió|ha scritto|написал[аи]?)\s*:$", re.IGNORECASE)


def post_quote_end(lines: list[str], quotes: Collection[str]) -> set[str]:
    """The last line of a quote that is the whole post, to read for its thanks as a post's last line is (a forum's
    "@bacha wrote:" over its <blockquote>, then only counters, "Posts: 44": set 64b F4, sebiik--axoloti-lounge.rss,
    "…perhaps @johannes?" / "Thanks!"); none when the post says anything outside it (someone's words it answers)."""
    at = [i for i, line in enumerate(lines) if line in quotes]
    if len(at) < 2 or at[0] != 1 or at != list(range(1, at[-1] + 1)) or not _WROTE.search(lines[0][-40:]):
        return set()
    return set() if any(block_row(line) is None for line in lines[at[-1] + 1 :]) else {lines[at[-1]]}
