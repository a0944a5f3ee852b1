"""Rows of the boilerplate table (bot/boilerplate.py) for a post's share and follow links, whatever their
label's language: a block that is only the networks' names, with a label that says share or follow before them
or none ("Share: Facebook Twitter LinkedIn Email", "Share this post via: Facebook Twitter", "Bagikan postingan ini
melalui : Facebook Twitter": desapadurenan, tests/data/unseen/set24 F9); and the "Share:" label before a first
sentence. The names are a closed class: two of them at least, and nothing else, make the block a row; a sentence
that names them ("Facebook and Twitter fined…") has other words, and a label that is no share's ("Affected
services: WhatsApp, Messenger") is the story's. A list of names, one an item, is left alone: it may be the
story's ("…hit three of its apps: • WhatsApp • Messenger • Instagram"). And the page's furniture after the text: the
mark that ends it ("∎", "###"), a footer's start.

Each row has an example it removes and a near miss it keeps (tests/test_boilerplate.py).
"""

from __future__ import annotations

import re

from .boilerrow import BLOCK, START, Row, icase
from .cuts import PICTOGRAPHS
from .pointerrows import POINTER_ROWS

_NAMES = (
    "Facebook|Twitter|X|LinkedIn|WhatsApp|E-?mail|Reddit|Pinterest|Telegram|Print|Copy link|Threads|Bluesky"
    "|Mastodon|Tumblr|VK|Xing|Pocket|Flipboard|Messenger|Line|Weibo|WeChat|Hacker News"
)
_NETWORK = rf"(?:{_NAMES})(?!\w)"
# A site menu's words (a closed class: three in a run of capitalised words, two in a row, make it a menu: the
# "site-menu-start" row; bot/boilerstrip.py looks for the two before trying it); "Home", "News", "Blog" name too much
MENU_WORDS = (
    r"(?:Archives?|Index|Search|Calendar|RSS|About|Submissions|Contact|Subscribe|Sitemap|FAQ|Login|Discuss|Donate"
    r"|Forums?|Help|Shop)"
)
# "Share" and "follow" in the languages of our feeds (a label's word: "Bagikan postingan ini melalui :")
_SHARE = (
    r"(?:\b(?:share|sharing|teilen|partager|partagez|compartir|comparte|compartilhe|compartilhar|condividi|bagikan"
    r"|deel|delen|dela|udostępnij|paylaş|chia sẻ|поделиться|поділитися|sdílet|megosztás|distribuie|μοιραστείτε"
    r"|teile|follow|folgen|folge|suivez|síguenos|seguici|ikuti|volg|obserwuj|takip)\b|分享|シェア|공유)"
)
_SEPARATOR = r"\s*[,|/·•]?\s*"
# A pictograph (cuts.PICTOGRAPHS: emoji, dingbat, symbol) and what may follow it in one: its variation selector, a
# joiner, a skin tone (never the pictograph itself: the row's pattern never matches one character two ways).
_MODIFIER = "\ufe0f\u200d\U0001f3fb-\U0001f3ff"
_PICTOGRAPH = rf"(?![{_MODIFIER}])[{PICTOGRAPHS}][{_MODIFIER}]*"

SHARE_ROWS: tuple[Row, ...] = (
    Row(
        "share-line",
        '"Share:" line (share links)',
        BLOCK,
        icase(
            r"(?:Share|Share this(?: article| story| post| page)?|Share on|Share via|Teilen|Partager|Compartir)"
            rf"\s*[:|]?\s*(?:{_NETWORK}{_SEPARATOR})*"
        ),
        "Share: Facebook Twitter LinkedIn Email",
        "Share prices fell sharply on Monday.",
    ),
    Row(
        "share-names",
        '"Share via:" line in any language (share links)',
        BLOCK,
        icase(
            # (a short label that says share or follow, or none, before two network names at least and nothing else)
            rf"(?:[^\n:：|•]{{0,40}}{_SHARE}[^\n:：|•]{{0,40}}[:：|]\s*)?{_NETWORK}(?:{_SEPARATOR}{_NETWORK})+{_SEPARATOR}"
        ),
        "Bagikan postingan ini melalui : Facebook Twitter",
        "Affected services: WhatsApp, Messenger",
        # (tried only when a name is there, and on short blocks: performance, issue 18)
        # (a row of two names or more holds one of the big networks': "Bagikan … : • Facebook • Twitter")
        needles=("facebook", "twitter", "whatsapp", "linkedin", "telegram", "reddit", "mastodon", "bluesky"),
        longest=200,
    ),
    Row(
        "apply-call",
        "a job post's call to apply",
        BLOCK,
        # (set40 F5, a job board's "<a href=…/job/214869/>Apply to this job</a>" after its fields, the whole excerpt;
        # "If you are interested with this job – click the "Apply here" button and send your CV.": a clause to click
        # a button to apply, after "if you are interested…" or "Interested?", and what to send; a few languages'
        # "apply now"; not a how-to-apply line with a date or an address: "Apply now: send your CV to jobs@… by 15 March.")
        icase(
            r"(?:please\s+)?apply\s+(?:(?:to|for)\s+this\s+(?:job|position|role|vacancy)|now|here|online)\s*[.!]?"
            r"|(?:jetzt\s+bewerben|postuluj\s+teraz|aplikuj\s+teraz|aplica\s+ahora|postuler\s+maintenant"
            r"|solliciteer\s+nu|candidati\s+ora|candidate-se\s+agora)\s*[.!]?"
            r"|(?:(?:if you are interested\b[^.!?\n]{0,40}?|interested\?)\s*[-–—,:]?\s*)?(?:please\s+)?click\s+(?:on\s+)?"
            r"the\s+[\"“']?apply(?:\s+(?:here|now|online))?[\"”']?\s+button(?:\s+below)?(?:\s+and\s+(?:send|submit"
            r"|upload|attach)\s+(?:us\s+)?your\s+(?:cv|resume|résumé|application))?\s*[.!]?"
        ),
        'If you are interested with this job – click the "Apply here" button and send your CV.',
        "Apply now: send your CV to jobs@example.com by 15 March.",
        needles=("apply", "bewerben", "postuluj", "aplikuj", "aplica", "postuler", "solliciteer", "candidat"),
        longest=200,
    ),
    Row(
        "icon-row",
        "a row of icons (reaction, rating or tag buttons)",
        BLOCK,
        # (set42 F2: an aggregator's buttons before each article, "🎨 🌾 🔧 🪶 🌲 🏔️ 🔭 ✏️", taken for the text; three
        # pictographs at least and nothing else. A post that is only emoji, "🎉🎉🎉" alone, is the excerpt's fallback)
        re.compile(rf"\s*(?:{_PICTOGRAPH}\s*){{3,}}"),
        "🎨 🌾 🔧 🪶 🌲 🏔️ 🔭 ✏️",
        "🎉 We shipped it! 🚀",
    ),
    Row(
        "site-menu-start",
        "a site's menu flattened into the text before it",
        START,
        # (set44 F3: an aggregator flattened a page, "APOD Science APOD APOD: 2026 August 22… Today's APOD Archive
        # Submissions Index Search Calendar RSS Education About Discuss   APOD Astronomy Picture of the Day…",
        # rsdoiel--antenna-scitech.xml; or glued, "…APODArchiveSubmissionsIndexSearchCalendarRSSEducation…"): a run
        # of six capitalised words or more, no punctuation, five of them a menu's (four glued), near the start; not
        # "Apple Unveils New Search Index Help Tools…", "…Its Archive Index Search Calendar For…": the review of set44)
        re.compile(
            rf"[^\n]{{0,160}}?(?:(?<!\S)(?=(?:[A-Z]\w*\s+){{5}}[A-Z])(?:[A-Z]\w*\s+){{0,8}}?{MENU_WORDS}\s+"
            rf"(?:[A-Z]\w*\s+){{0,8}}?{MENU_WORDS}(?:(?:\s+[A-Z]\w*){{0,6}}?\s+{MENU_WORDS}(?!\w)){{3,12}}+"
            rf"(?:(?:\s[A-Z]\w*){{0,3}}(?=\s\s))?"
            rf"|\S{{0,60}}?(?:{MENU_WORDS}){{4}}\S{{0,80}}+)\s+"
        ),
        "APOD Science APOD Today's APOD Archive Submissions Index Search Calendar RSS Education About Discuss  "
        "APOD Astronomy Picture of the Day",
        "Search and Rescue Calendar: the Coast Guard's Search Index shows the year's calls.",
    ),
    # (the author's mark that the text ends, alone in its block: "∎" (a tombstone), a press release's "###" or "-30-";
    # what follows is the page's: "— § — Reply via email #privacy", set43's thiagowfx-pt, whose excerpts ended "∎…")
    Row(
        "end-mark",
        "the mark that ends the text, and what follows it",
        BLOCK,
        re.compile(r"∎|#{3}|-30-|- 30 -"),
        "∎",
        "### Installation",
        footer=True,
    ),
    Row(
        "share-prefix",
        '"Share:" label',
        START,
        re.compile(r"(?:Share|SHARE)\s*:\s+(?=\S)"),
        "Share: Facebook's large language model leaked online.",
        "Share prices: a guide to what moved markets this week.",
    ),
    *POINTER_ROWS,  # a link's "is here" (bot/pointerrows.py: set 69a F7)
)
