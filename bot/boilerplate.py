"""Platform boilerplate in feed text, as data: one table, one row per kind.

Each row has a name, what the provenance line calls it, where it applies and a
pattern, with an example that must go and a near miss (an ordinary sentence)
that must stay (tests/test_boilerplate.py runs every row). Rows apply only at
the edges of a text's blocks (paragraphs, list items, headings: see
bot/blocks.py), so an ordinary sentence in the middle of a paragraph is never
touched:

- ``block``: the whole block is boilerplate ("Share:", "Photo: AP", a byline); a
  ``footer`` row's block starts the site's footer ("Thanks for reading via RSS"):
  the blocks after it are not the story's either.
- ``start``: a prefix of the first block ("Share: Facebook's model…").
- ``end``: a suffix of the last block, up to its end ("The post … appeared
  first on …", reddit's "submitted by … [comments]"); a suffix that is the
  whole block takes the block.

The first four ``end`` rows are also what html_to_text removes from the end
of every text (bot/boilerstrip.py's strip_boilerplate, with shortcuts for exactly these
patterns). A row whose ``truncation`` is set is the feed's own truncation mark
("[…]"): the excerpt does not just drop it, it ends with "…" (bot/excerpt.py).
"""

from __future__ import annotations

import re

from .boilerrow import BLOCK, END, HANDLE_ROW, NAME, START, Row, icase
from .boilerwords import FIRST_APPEARED, LABEL_ROWS, MINUTES, READ_MORE, READ_MORE_HERE, READ_MORE_ON
from .gitrefs import GIT_ROWS
from .headingrows import HEADING_ROWS
from .leadrows import LEAD_ROWS
from .metarows import META_ROWS
from .photocredits import CREDIT_ROWS
from .sharerows import SHARE_ROWS
from .showrows import SHOW_ROWS

__all__ = ["BLOCK", "END", "START", "TABLE", "Row"]

_NAME = NAME  # a capitalised word (bot/boilerrow.py)
_NAMES = _NAME + r"(?:\s+" + _NAME + r"){0,3}"
_ROLE = r"(?:\s*\([^()\n]{1,60}\))?"  # "(Security Engineer, Chrome)" after a name
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


def _first_appeared(template: str) -> str:
    """One translation of Yoast SEO's feed footer (bot/boilerwords.py) as a pattern:
    a line of its own (Yoast writes a paragraph, <p>) up to the end of the text, its
    words as written (either apostrophe) around the post's title and the site's name.
    A title after its first words never holds them again. A footer that opens with
    the title ("%1$s最先出现在%2$s。") is told from a sentence only by its place: a line
    after the story's, and its title ends no sentence. A site's name ends none either
    ("… auf Zeit Online, danach …" stays)."""
    before, middle, after = (re.sub("['’]", "['’]", re.escape(part)) for part in re.split(r"%[12]\$s", template))
    if before.strip():
        start, title = r"(?:^|\s*\n)" + before, r"(?:(?!" + before + r")[^\n])"
    else:
        start, title = r"\s*\n", r"(?:(?![.!?…]\s|[。！？])[^\n])"
    return start + title + r"{1,300}?" + middle + r"(?:(?![.!?,;:]\s)[^\n]){1,100}?" + after + r"\s*$"


TABLE: tuple[Row, ...] = (
    # --- the four trailing patterns of boilerstrip.strip_boilerplate (order matters there) ---
    Row(
        "wordpress-appeared-first-on",
        'WordPress "The post … appeared first on …" trailer',
        END,
        # English as Yoast SEO writes it and as sites reword it; its translations as written
        re.compile(
            "|".join(
                (
                    r"(?is:\s*The post\b.{1,400}?\bappeared first on\b.{1,200}?$)",
                    # reworded (myrskyla.fi's WordPress): only as a line after the story's ("The post office first…")
                    r"(?is:\s*\nThe post\b.{1,400}?\bfirst appeared on\b.{1,200}?$)",
                    # or glued to the cut's "[…]" when flattened ("…応募作 […]The post X first appeared on Y.", set20 F5a)
                    r"(?is:(?<=[….]\])(?=\S)(?:The post\b)?(?:(?!\[[….])[^\n]){1,300}?\bfirst appeared on\b[^\n]{1,200}?$)",
                    *map(_first_appeared, FIRST_APPEARED),
                )
            )
        ),  # fmt: skip
        "The minister resigned. The post Big News appeared first on Example Site.",
        "Her post appeared first on Twitter, then everywhere.",
    ),
    Row(
        "read-more",
        '"Read more" link text',
        END,
        icase(
            r"\s*(?:\(|\[)?\s*(?:read|continue reading|keep reading|read the (?:full|rest of the) "
            r"(?:article|story|post)|read full (?:article|story|post)|read more|more)"
            # "Read more here." (a blog's), "Read full story for latest details." (CNN's feeds)
            r"(?:\s+here|\s+for (?:the )?latest details)?"
            r"(?:\s+(?:on|at)\s+[\w .'-]{1,40})?\s*(?:\.\.\.|…|»|→|>>|›|\.)*\s*(?:\)|\])?\s*$"
        ),
        "The minister resigned. Continue reading on Medium »",
        "The minister said there was nothing more to read",
    ),
    Row(
        "truncation-mark",
        "the feed's truncation mark",
        END,
        re.compile(r"\s*(?:\[\s*(?:…|\.\.\.|&hellip;)\s*\]|\(\s*more\s*(?:…|\.\.\.)?\s*\))\s*$"),
        "The minister said that the [&hellip;]",
        "The minister said [sic] that it was over.",
        truncation=True,
    ),
    Row(
        "comments-link",
        '"Comments" link',
        END,
        # the bare word only alone or after a line's or sentence's end, never a sentence's last word ("windows:
        # Update comments", set30 F10)
        icase(r"(?:(?:\A|(?<=[\n.!?|·•»)\]]))\s*Comments|\s*(?:Leave a comment|\d+ comments?))\s*$"),
        "The minister resigned.\n12 comments",
        "windows: Update comments",  # (a title's last word: the old pattern took it, set30 F10)
    ),
    # --- platforms ---
    Row(
        "reddit",
        'reddit "submitted by … [comments]" trailer',
        END,
        icase(
            r"(?:^|\s+)submitted by\s*(?:/?u/[\w-]+(?:\s+to\s+/?r/\w+)?(?:\s*\[link\])?(?:\s*\[\d*\s*comments?\])?"
            r"|[\w-]+(?:\s*to\s*/?r?/?\w+)?(?:\s*\[link\])?\s*\[\d*\s*comments?\])\s*$"
        ),
        "Interesting read on compilers. submitted by /u/jane_doe to r/programming [link] [comments]",
        "The bill was submitted by the senator to the committee.",
        needles=("submitted by",),
    ),
    Row(
        "lemmy-header",
        "Lemmy's header of a post (its submitter and community, its points and comments)",
        BLOCK,  # ("submitted by <user> to <community><br>97 points | 4 comments", a Lemmy community RSS: set30 F4)
        re.compile(r"submitted by [\w.@-]{1,60} to [\w.@-]{1,60}|\d+ points? \| \d+ comments?"),
        "submitted by jane_doe to idiotsincars",
        "The bill was submitted by Smith to the committee.",
        needles=("submitted by", "points |"),
    ),
    Row(
        "more-link-after-ellipsis",
        '"read more" link after the feed\'s "…" (any language)',
        END,
        # (the arrow after the words, or before them: "그러나 적어도.. >> 글 전체보기", Tattertools' "see the whole
        # post" after its cut, the feed of critique.or.kr, chardet's EUC-KR test file)
        re.compile(
            r"(?<=[…\]])\s*[^\W\d][^\n.!?…]{0,30}?\s*[→»›]\s*$"
            r"|(?:(?<=[…\]])|(?<=\.\.))\s*(?:>>|[→»›])\s*[^\W\d][^\n.!?…]{0,30}?\s*$"
        ),
        "Det är en smal passage … Läs vidare →",
        "The bill passed … and the markets rallied.",
        needles=("→", "»", "›", ">>"),
    ),
    Row(
        "read-more-languages",
        '"Read more" in another language',
        END,
        icase(
            # only after a sentence's end or alone: "… que a população leia mais" stays
            r"(?:(?<=[.!?…:;»)\]\"”。！？])|^)\s*(?:\(|\[)?\s*(?:"
            + "|".join(sorted(map(re.escape, READ_MORE), key=len, reverse=True))
            + r")(?:\s+(?:"
            + "|".join(READ_MORE_HERE)
            + r"))?(?:\s+(?:"
            + "|".join(READ_MORE_ON)
            + r")\s+[\w .'’&-]{1,40}?)?"  # "Leia mais no Massa News!"
            r"\s*(?:\.+|…|»|→|>>|›|!)*\s*(?:\(\s*[\d/.:,\s-]{6,30}[hH]?\d*\s*\))?\s*(?:\)|\])?\s*$"
        ),
        "Já são mais de 500 mil testes. Leia mais (09/24/2018 - 19h22)",
        "A polícia pediu que a população leia mais",
        needles=tuple(sorted({phrase.casefold() for phrase in READ_MORE})),
    ),
    Row(
        "medium-continue",
        'Medium "Continue reading on Medium" link',
        END,
        icase(r"\s*Continue reading on [\w .'’-]{0,60}Medium\s*[»→›]?\s*$"),
        "We shipped the new parser. Continue reading on Medium »",
        "Continue reading on the train, she said.",
        needles=("medium",),
    ),
    Row(
        "medium-originally-published",
        'Medium "was originally published in … on Medium" trailer',
        BLOCK,
        icase(r".{1,300}? was originally published in .{1,200}? on Medium\b.*"),
        "Hello world was originally published in Dev Notes on Medium, where people are continuing the "
        "conversation by highlighting and responding to this story.",
        "The paper was originally published in Nature in 2019.",
        # (its ".{1,300}?" made the one regex of all BLOCK rows look for the phrase
        # at every position of every short block)
        needles=("originally published",),
    ),
    Row(
        "blogger-posted-by",
        'Blogger "Posted by … at …" line',
        BLOCK,
        icase(r"Posted by\s+[^\n.!?]{1,60}?\s+at\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?"),
        "Posted by Jane Doe at 10:42 AM",
        "Posted by Jane Doe at 10:42 AM, the photo went viral within an hour.",
    ),
    Row(
        "substack-buttons",
        "Substack subscribe/share button text",
        BLOCK,
        icase(
            r"(?:Subscribe now|Subscribe|Leave a comment|Give a gift subscription"
            r"|Upgrade to paid|Get \d+% off for \d+ year)"
        ),
        "Subscribe now",
        "Subscribe now and save on your first order, the ad said.",
    ),
    Row(
        "substack-thanks",
        'Substack "Thanks for reading … Subscribe" line',
        BLOCK,
        icase(
            r"Thanks for reading .{1,80}?[!.] Subscribe (?:for free )?to receive new posts and support (?:my|our) work\.?"
        ),
        "Thanks for reading Platformer! Subscribe for free to receive new posts and support my work.",
        "Thanks for reading, everyone.",
    ),
    Row(
        "google-alerts",
        'Google Alerts "Flag as irrelevant" link',
        BLOCK,
        icase(r"Flag as irrelevant"),
        "Flag as irrelevant",
        "Flag as irrelevant any result that does not match.",
    ),
    Row(
        "youtube-subscribe",
        'YouTube "like and subscribe" line',
        BLOCK,
        icase(r"(?:Please\s+)?(?:like(?:,|\s+and)\s+)?subscribe\s+(?:to\s+)?(?:my|our|the)\s+channel\b.{0,60}"),
        "Please like and subscribe to our channel for more videos!",
        "Nobody needs to subscribe to every channel on the platform to enjoy it.",
    ),
    *SHOW_ROWS,  # a podcast's or a video's own lines: "download or subscribe", a stamp (bot/showrows.py)
    Row(
        "podcast-footer",
        "podcast show-notes footer",
        END,
        icase(
            r"(?:^|(?<=[.!?…)\]])\s+|\s*\n)(?:Support (?:the|this) (?:show|podcast)\b[^\n]{0,120}"
            r"|Subscribe (?:to [\w .'’-]{1,40} )?on (?:Apple Podcasts|Spotify|Google Podcasts|Overcast)[^\n]{0,120}"
            r"|(?:Hosted on Acast\. )?See acast\.com/privacy[^\n]{0,60}"
            r"|See omnystudio\.com/listener for privacy information\.?"
            r"|Learn more about your ad choices\. Visit [\w./]+(?:/adchoices)?\.?"
            r"|Privacy [Pp]olicy and (?:GDPR|CCPA) information\S*[^\n]{0,60})\s*$"
        ),
        "We talk about the new phones. Hosted on Acast. See acast.com/privacy for more information.",
        "We talk about why we never subscribe on Apple Podcasts and what it costs us.",
        needles=("support", "subscribe", "acast", "omnystudio", "ad choices", "privacy"),
    ),
    Row(
        "copyright-notice",
        "copyright notice",
        END,
        # At the text's end: "©"/"Copyright ©", a year, the holder ("© 2024 TechCrunch. All rights reserved."); the
        # holder, the year ("© WDR 2013": set14); after a stop, glued or not, a host or a name ("….© site.be": set45 F4)
        icase(
            r"(?:^|(?<=[.!?…)\]\"”])(?:\s+|(?=©))|\s*\n)(?:©|Copyright\s*(?:©|\(c\))?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+"
            r"(?:by\s+)?(?-i:[A-Z0-9])[^\n.!?]{0,60}|(?-i:[A-Z])[^\n.!?\d]{0,40}?\s\d{4}(?:\s*[-–]\s*\d{4})?"
            r"|(?<=©)\s?(?:(?:[\w-]+\.)+(?-i:[a-z]{2,6})|(?-i:[A-Z])[\w&'’-]*(?:\s(?-i:[A-Z])[\w&'’-]*){0,3}))"
            r"\.?(?:\s*All rights reserved\.?)?(?:\s*For personal use only\.?)?\s*$"
        ),
        "The probe ends. © 2024 TechCrunch. All rights reserved. For personal use only.",
        "Copyright 2024 brought a wave of lawsuits, and © is still everywhere.",
        needles=("©", "copyright"),
    ),
    *SHARE_ROWS,  # "Share: Facebook Twitter", "Bagikan postingan ini melalui : • Facebook • Twitter" (bot/sharerows.py)
    Row(
        "related-link",
        '"Related:" link to another story',
        BLOCK,
        icase(
            r"(?:Related|Related (?:story|stories|article|articles|post|posts|coverage|reading)|See also|Also read"
            r"|Read also)\s*:\s*(?-i:[A-Z0-9\"“'‘])[^\n.!?]{0,150}[.!?]*"
        ),
        "Related: Kim Kardashian's Meeting With Donald Trump Did NOT Go Well!",
        "Related: The ministry said the two outbreaks share a strain. More cases are expected this week.",
    ),
    *CREDIT_ROWS,  # photo credits: a line, before the text, after it (bot/photocredits.py)
    *META_ROWS,  # counters, links' labels, hashtags, credits lines, ad slots (bot/metarows.py)
    *GIT_ROWS,  # a merge commit's generated subject, a code host's stock description (bot/gitrefs.py)
    *LEAD_ROWS,  # a series' notice, a script's statement: before the story (bot/leadrows.py)
    *HEADING_ROWS,  # a heading a plain text ran into its first sentence (bot/headingrows.py)
    Row(
        "squarespace-view-fullsize",
        'Squarespace gallery "View fullsize" labels',
        START,
        re.compile(r"View fullsize(?:\s+View fullsize)*(?:\s*$|\s+(?=[A-Z\u00c0-\u00de\"“‘'(]))"),
        "View fullsize View fullsize My first album with Brötzmann.",
        "View fullsize images open in a new tab.",
    ),
    Row(
        "rss-thanks",
        '"Thanks for reading via RSS" footer',
        BLOCK,
        icase(r"Thank(?:s| you) for reading (?:this (?:post|article) )?via RSS\b.{0,280}"),
        "Thank you for reading via RSS (this is JSON). If you'd like to browse the site, send me a note.",
        "We thank you for reading via RSS and by email alike, the editor said.",
        needles=("via rss",),
        footer=True,
    ),
    Row(
        "byline",
        "byline",
        BLOCK,
        re.compile(
            # ("Written by: Chris Spada and Will Meyer": Strava's engineering blog, before its text)
            r"(?:(?:[Ww]ritten|WRITTEN)\s+)?(?:[Bb]y|BY|Von|Par|Por):?\s+"
            + _NAMES
            + _ROLE
            + r"(?:\s*(?:,\s*and|,|and|&|e|y|und|et)\s+"
            + _NAMES
            + _ROLE
            + r")*"
            # (where and when, a blog's signature: "By Ruben Schade in Sydney, 2023-01-08.", Rubenerd's, set14)
            + rf"(?:\s+in\s+{NAME}(?:\s+{NAME}){{0,2}})?"
            r"(?:\s*[|,–—-]\s*[^\n.!?]{0,60})?\.?"
        ),
        "By Oliver Chang, Abhishek Arya (Security Engineers, Chrome Security), and Josh Armour (Program Manager)",
        "By the end of the year, prices had doubled.",
    ),
    Row(
        "byline-wire",
        'byline before a wire story\'s "(CNN) --"',
        START,
        # (an aggregator's snippet of a wire story: its byline, a photo's caption at times, the dateline,
        # run together with the text: "By A. Pawlowski, CNN Visitors explore… (CNN) -- Millions…")
        # (the wire's dateline: "(CNN) --", "(AP) —"; an agency's letters, or its "--": never "(Acme Labs) —")
        re.compile(
            r"(?:[Bb]y|BY)\s+(?:the\s+)?(?=[A-Z])[^\n]{1,160}?"
            r"(?=\((?:[A-Z]{2,6}|[A-Z][\w .&'’-]{0,30}(?=\)\s+--))\)\s+(?:--|—|–)\s)"
        ),  # fmt: skip
        "By the CNN Wire Staff Fort Madison, Iowa (CNN) -- President Obama took his push to the heartland.",
        "By Tuesday the flight had landed in Bangor (Maine), officials said.",
    ),
    Row(
        "byline-agency",
        'byline ("Jane Doe | Reuters")',
        BLOCK,
        re.compile(_NAMES + r"\s*\|\s*(?:Reuters|AP|AFP|Associated Press|Bloomberg|dpa|ANSA|EFE|PA)(?:\s+.{0,30})?"),
        "Jane Doe | Reuters",
        "Jane Doe said the Reuters report was wrong.",
    ),
    Row(
        "byline-handle",
        'byline ("— @name")',
        BLOCK,
        re.compile(HANDLE_ROW),
        "Dr. Jane Roe (quoted) @janeroe.bsky.social",
        "— @hodlhodl said the update ships today.",
    ),
    Row(
        "dateline",
        "date line",
        BLOCK,
        icase(
            r"(?:(?:Published|Updated|Posted|Last updated)(?:\s+on)?\s*:?\s*"
            r"(?:\d{1,2}[:.]\d{2}\s*[AP]\.?M\.?,?\s+)?)?"  # (the time first: "Published 2:56 pm Friday, …", set42 F7)
            r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
            r"(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+" + _MONTH + r",?\s+\d{4}"
            r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
            r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AP]\.?M\.?)?(?:\s+[A-Z]{2,4})?)?"
        ),
        "Updated: June 3, 2024 at 10:42 AM EDT",
        "June 3, 2024 was the day the talks broke down.",
    ),
    Row(
        "reading-time",
        '"5 min read" line, an audio player\'s label',
        BLOCK,
        icase(
            rf"(?:Reading time\s*:?\s*)?(?:{MINUTES})(?:\s+read)?|Listen to this article(?:\s*[\d:]+)?"
            r"|Getting your (?:\w+ )?audio player ready(?:\.{3}|…)?"  # (a text-to-speech player's stand-in: set42 F7)
            r"|(?:[^|·•\n]{1,25}[|·•] ?){0,3}\d{1,3} ?min(?:ute)?s? read(?: ?[|·•][^|·•\n]{1,25}){0,3}"  # (and its fields)
        ),
        "5 min read",
        "5 minutes later, the talks resumed.",
    ),
    Row(
        "advertisement",
        '"Advertisement" label',
        BLOCK,
        icase(r"Advertisement|Sponsored|Anzeige|Publicidad|Publicité"),
        "Advertisement",
        "Advertisement spending fell by a third.",
    ),
    Row(
        "contact-line",
        "contact line",
        BLOCK,
        icase(r"(?:Contact(?: us)?|E-?mail|Tel(?:ephone)?|Phone|Fax|Press contact|Media contact)\s*:\s*[^\n]{1,80}"),
        "Press contact: press@example.com",
        "Contact tracing resumes on Monday.",
    ),
    *(Row(name, what, where, re.compile(pattern), ex, miss) for name, what, where, pattern, ex, miss in LABEL_ROWS),
)
