"""Rows of the boilerplate table (bot/boilerplate.py) for a platform's metadata and
markers in a text, told by their shape, whatever the site:

- a counter: a block that is only a label and a number ("Points: 1", "# Comments: 0",
  the hnrss.org feeds of Hacker News, rss2json--hnrss-newest.xml);
- a link's label: a block that is only a label and an address ("Article URL: http://…",
  "Comments URL: …", the same feeds; "Share on Facebook: http://tinyurl.com/…", a
  YouTube video's description, picofeed--youtube.xml);
- a run of hashtags ending a text ("… the digital mining cadastre. #vuejs #vue
  #javascript", morioh's feed, rss2json--morioh-feed.xml): two tags at least, each with
  a letter ("Fixes #12 #13" stays);
- a podcast's credits line: a duration labelled, then the show's name and the credits
  ("durée : 01:28:07 - Label pop - par : Vincent Théval - réalisé par : Sylvie Migault",
  Radio France's podcast feeds, picofeed--radio-france.xml), before the episode's text
  or as all of it, and the credit after the text (" - réalisé par : …");
- an ad slot's text: "Ads by Project Wonderful! Your ad could be here, right now." (the
  ad box in Questionable Content's feed, aggremator--questionablecontent.xml).
- a "related articles" heading alone, the list of links after it navigation ("<p>Articoli
  correlati</p><ul>…", Repubblica's feedsportal block, speedparser--0055-repubblica-it.xml in
  /work/unseen11, #4b; the other languages' wordings as that FINDINGS.md lists them): a
  footer, never the excerpt.

Each row has an example it removes and a near miss it keeps (tests/test_boilerplate.py).
"""

from __future__ import annotations

import re

from .boilerrow import BLOCK, END, START, Row

_WORD = r"[^\W\d_][\w'’&]*"
_LABEL = rf"{_WORD}(?:\s{_WORD}){{0,3}}"  # a label of a word to four ("Comments URL", "réalisé par")
_SEP = r"\s[-–—|·]\s"  # between a credits line's parts
_PART = rf"(?:(?!{_SEP})[^\n:.!?]){{1,40}}"  # one of its parts: a show's name, a person's
# An address, with its label before it or not (and the marks of direction YouTube puts around it)
_ADDRESS = rf"(?:\[?{_WORD}(?:\s{_WORD}){{0,5}}\]?\s?:\s*)?[\u202a-\u202e]?(?:https?://|www\.)[^\s\u202a-\u202e]+[\u202a-\u202e]?"
_TAG = r"#(?=[\w-]*[^\W\d_])[\w-]+"  # a hashtag with a letter in it

META_ROWS: tuple[Row, ...] = (
    Row(
        "counter-line",
        'a counter ("Points: 1")',
        BLOCK,
        re.compile(r"(?:#\s?)?[^\W\d_]+\s?:\s*\d[\d,]*"),
        "# Comments: 0",
        "Points: 1 went to the visitors, the referee said.",
    ),
    Row(
        "link-label-line",
        'an address alone, or with its label ("Article URL: http://…")',
        BLOCK,
        re.compile(rf"{_ADDRESS}(?:\s+{_ADDRESS})*"),
        "Comments URL: https://news.ycombinator.com/item?id=23923750",
        "Comments URL: https://news.ycombinator.com/item?id=23923750 is where the thread went on.",
    ),
    Row(
        "hashtag-run",
        "hashtags at the text's end",
        END,
        re.compile(rf"(?:^|\s+){_TAG}(?:\s+{_TAG})+\s*$"),
        "Web interface of Camino, the digital mining cadastre. #vuejs #vue #javascript #vuejs",
        "The patch fixes #1234 and #1240.",
        needles=("#",),
    ),
    Row(
        "duration-credits",
        "a podcast's duration and credits line",
        START,
        re.compile(
            rf"{_LABEL}\s?:\s?\d{{1,2}}(?::\d{{2}}){{1,2}}(?:{_SEP}{_PART}(?={_SEP}|\s*$))?"
            rf"(?:{_SEP}{_LABEL}\s?:\s?{_PART}(?={_SEP}|\s*$))*(?:{_SEP}|\s*$)"
        ),
        "durée : 01:28:07 - Label pop - par : Vincent Théval - Le duo RHUME mélange hip-hop et pop.",
        "Time: 01:28 was when the race ended, and the crowd went home.",
    ),
    Row(
        "credit-after-dash",
        "a credit after the text",
        END,
        re.compile(rf"{_SEP}{_WORD}\s(?:par|by|por|von)\s?:\s?{_PART}\s*$", re.IGNORECASE),
        "Pacôme Thiellement pour « Pop Yoga » - réalisé par : Sylvie Migault",
        "We went there by car: it was far.",
        needles=("par:", "par :", "by:", "by :", "por:", "por :", "von:", "von :"),
    ),
    Row(
        "ad-slot",
        "an ad slot's text",
        BLOCK,
        re.compile(r"(?:Ads by [^\n!.]{1,40}[!.]?\s*)?Your ad could be here\b[^\n]{0,30}", re.IGNORECASE),
        "Ads by Project Wonderful! Your ad could be here, right now.",
        "Your ad could be here, the sign said, and it became a meme.",
    ),
    Row(
        "related-heading",
        'a "related articles" heading (a list of links follows)',
        BLOCK,
        re.compile(
            r"(?:Related (?:articles|posts|stories)|See also|Articoli correlati|Ähnliche Artikel|Articles liés"
            r"|Artículos relacionados|Leia também)\s*:?",
            re.IGNORECASE,
        ),
        "Articoli correlati",
        "See also the report the ministry published on Monday.",
        footer=True,
    ),
)
