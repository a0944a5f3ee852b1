"""Calls to action and credits in a text: sentences about the show or the site, not the story.

Podcast show notes and posts end (sometimes start) with them, in the same paragraph as the story's last sentences,
where the boilerplate table (bot/boilerplate.py: whole blocks, a block's start or end up to its end) does not look:

- a call to action: a sentence that *starts* with the imperative and names what it
  asks for: "Follow Nancy on Facebook and Twitter…", "Sign up for our newsletter…",
  "Come chat with us in our new Slack team!", "Rate and review us on Apple Podcasts",
  "Support our work.", "Become a Nancy member today at …/donate.", "This episode is
  sponsored by …". Once the text has said something, the first one ends it: what
  follows is the show's footer (more calls, credits, sponsors, links). At the text's
  start they are skipped (and credits that a call or another credit follows). A sentence that only mentions Twitter or a newsletter ("She
  announced it on Twitter.") is none: the words must open the sentence.
- a credit: "The Habitat is a production of Gimlet Media.", "It's produced by …", "Episode scoring by …". A film story
  may say as much, so a credit ends the text only when nothing but credits and calls follows it (it is the text's last
  sentence, or another credit or a call comes next).

- a shop's call at a video description's start: a code, "N% off", a sponsor's thanks, or
  "Buy/Get/Check out/Visit … <address>", and a shop's label over its links ("Buy a … :" /
  "On Amazon: https://…", bot/linkrows.py): skipped there only (a story may point to its report so).
- a channel's block of social links, and its label ("Connect with UFC online and on Social:" / "🔴 Website: http://…"):
  anywhere (bot/linkrows.py, set 67b F2).

A lead-in is the same kind of line: "kebernet posted a photo:" (Flickr), a text whose only words introduce a picture or
a video the digest does not show (lead_in_only; normalize.py checks that the markup holds one).

A " | " in a paragraph starts a sentence too ("…Western Europe. | Subscribe to our weekly newsletter here."), and so
does "⎸" ("…a two-part series. ⎸Subscribe to our newsletter here.", Planet Money's). A notice to the feed's readers
("Thanks for reading via RSS") is a call: before the post it is skipped, with what is left of its line when that holds
no word (sospc.name's ";o)<").

A run of links that ends a paragraph after its words ("…It is here. Original Artwork: http://… Share on Facebook:
http://…", a video's description) ends the text as a call does; an aside it was in goes with it (parens.py).

English only, but for that French notice and a Spanish channel's "No te pierdas ningún vídeo": other languages'
wordings have to come from real feeds (bot/boilerwords.py's rule). Pure; only a text's start is read (excerpt, lead).
"""

from __future__ import annotations

import dataclasses
import re

from .blocks import EMPTY, Blocks
from .boilerstrip import strip_boilerplate
from .clickcalls import click_call
from .contents import without_tags
from .cuts import SENTENCE_END, is_abbreviation
from .linkcards import without_card_hosts
from .linkrows import LINK_LINE, shop_label, without_social_links
from .parens import before_open_aside
from .shopcalls import NAME as _NAME
from .shopcalls import SHOP as _SHOP
from .shopcalls import SHOP_ROW, lead_before_call, rows_call, shop_sentence

__all__ = ["lead_in_only", "without_promos"]

# Characters of a text read: the lead (bot/sentences.py's 1,500) and some.
_READ = 2000
_LEAD_IN = 80  # (longer, a line that ends with a colon is a sentence of its own: "…what we will do in 2017:")

_SOCIAL = (r"(?:Facebook|Twitter|X|Instagram|TikTok|YouTube|LinkedIn|Mastodon|Bluesky|Threads|Tumblr|Twitch"
           r"|Snapchat|Pinterest|social(?: media)?)\b")  # fmt: skip
_WHO = rf"(?:us|me|him|her|them|@\w+|{_NAME}(?:\s+{_NAME}){{0,3}})"
_WEB = r"(?:https?://|www\.|[\w-]+\.(?:com|org|net|fm|co)\b|Patreon)"
_POINT = r"(?:visit|see|read|consult|check out|refer to)"
_DOCS = r"(?:documentation|docs|(?:user |developer |getting started )?guide|FAQ|release notes|blog(?: post)?|web ?site|product page)"
# What may come before the imperative: "Please", "You can also", "If you like the show, feel free to".
_LEAD = (
    r"(?:(?:And|Also:?|Oh,? and|You can(?: also)?|Be sure to|Make sure to|Don[’']t forget to|Remember to"
    r"|(?:We|I) (?:strongly |highly )?encourage you to)\s+"
    r"|If you(?:[’']re into| are into| like| liked| enjoy| enjoyed| love| loved) (?:the|this|our) "
    r"(?:show|episode|podcast)[^.!?\n]{0,40}?,\s+)?"
    r"(?:(?:please|feel free to|why not|perhaps you[’']d like to)\s+)?"
)
_ASK = (
    rf"(?:follow|find|like|connect with|join)\s+{_WHO}\s+(?:on|at|via|in)\s+(?:[\w'’-]+\s+){{0,2}}?{_SOCIAL}"
    rf"|(?:give us a shout|say hi|say hello|reach out(?: to us)?|tweet (?:at )?us)\s+(?:on|at|via)\s+{_SOCIAL}"
    r"|follow (?:us|me|the (?:live )?blog for)\b"  # ("Follow the blog for latest updates.", set28 F1)
    # "Join in on the conversation on instagram @… and on twitter @…" (the 16 and Counting podcast)
    rf"|join (?:in on |in )?the conversation\b[^.!?\n]{{0,40}}?\b(?:on|at|via)\s+{_SOCIAL}"
    r"|(?:sign up|subscribe|register)\s+(?:for|to)\s+(?:our|my|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:newsletter|e-?mail list|mailing list|e-?mail updates)\b"
    # ("We moved! Subscribe to the new YouTube channel and use the notification feature…", podtools--rss.xml)
    r"|subscribe (?:now\b|to (?:the|our|this|my) (?:[\w'’-]+\s+){0,2}?(?:podcast|show|channel|feed)\b)"
    r"|subscribe\b[^.!?\n]{0,80}?\b(?:wherever you (?:get|listen to) (?:your )?podcasts"
    r"|on (?:Apple Podcasts|iTunes|Spotify|Google Podcasts|Overcast|Stitcher))"
    r"|(?:come\s+)?(?:chat|hang out|talk)\s+with\s+us\s+(?:in|on|at)\s+(?:our\s+)?(?:new\s+)?"
    r"(?:Slack|Discord|Telegram|forums?|community|subreddit)\b"
    r"|join\s+(?:us\s+(?:in|on|at)\s+(?:our\s+)?|our\s+)(?:new\s+|official\s+|free\s+)?"
    r"(?:Slack|Discord|Telegram|Patreon|forums?|community|subreddit|mailing list|newsletter)\b"
    r"|join\s+the\s+(?:Slack|Discord|Telegram|Patreon|(?:live\s+)?chat\s+to\s+talk\s+to\s+us)\b"
    # "You can also watch this video here: https://youtu.be/…" (Planet Money's, podcast-feed-parser's planet-money.xml);
    # "Watch the video at harmontown.com/live!", "…in HD at…", "…exclusively at…" (a show's, set68b's Harmontown)
    rf"|watch (?:this|the|our) (?:full )?(?:video|episode|interview) (?:here|on YouTube|(?:[\w'’-]+\s+){{0,2}}?at {_WEB})\b"
    # "Please let us know if we've helped you: Fill out our annual impact survey" (80,000 Hours' show notes)
    r"|let us know if (?:we|our)\b[^.!?\n]{0,30}?\bhelped\b"
    r"|(?:fill (?:out|in)|take|complete) (?:our|my|this|the) (?:[\w'’-]+\s+){0,3}?(?:survey|questionnaire)"
    r"(?=\s*(?:[.!:,]|$|(?:here|now|today|below|at|on)\b))"
    r"|(?:rate|review|rate and review|rate,? review,? and subscribe|leave (?:us )?an? (?:[\w-]+ )?(?:rating|review))"
    r"\b[^.!?\n]{0,60}?\b(?:iTunes|Apple Podcasts|Spotify|Stitcher|Podchaser|Overcast|Google Podcasts|Castbox)"
    r"|(?:if you (?:want|wish|[’']d like|would like) to )?"
    r"support (?:us|(?:our|my|the|this) (?:work|show|podcast|journalism|channel|newsroom))\b"
    rf"|support {_WHO}\b[^.!?\n]{{0,80}}?\b(?:at|on|via) {_WEB}"
    r"|become an?\s+(?:[\w'’-]+\s+){0,3}?(?:member|patron|supporter|sustainer)\b"
    # "Help us stay 100% independent", "Help us stay independant and support our Show by donating" (set23 F1)
    r"|help (?:us|me) (?:to )?(?:stay|remain) (?:\d+\s?% |as )?independ[ae]nt\b"
    r"|earn (?:plenty of |lots of |tons of )?(?:bonuses|bonus (?:episodes|content)|perks|rewards)\b"
    # "If you want to hear Bryan explore … then you should check out our Patreon where you can get access to …" (set23 F1):
    # after the text's own words only (at its start, what follows it is the show's standing footer, no better)
    r"|(?P<late>if you (?:want|wish|[’']d like|would like) to\b[^.!?\n]{0,100}?\b(?:check out|join|support) (?:our|my) "
    r"(?:Patreon|Substack|Ko-fi|merch)\b)"
    # a lead-in to a guest's links: "Check out Hasan's work here:", "Please check out their absolutely brilliant work in
    # the links below:" (the links go with it: they are what it leads to)
    r"|check out [^!?\n]{0,40}?\b(?:work|stuff|content|channels?|socials)\b[^.!?\n]{0,60}?:(?=\s*(?:$|https?://|www\.))"
    r"|donate (?:to|at|now|today|here)\b|make a (?:donation|gift) (?:to|at|today)\b"
    r"|e-?mail (?:us|your (?:questions?|thoughts|feedback|comments|stories))\b"
    r"|(?:this|today[’']s|this week[’']s) (?:episode|podcast|video|newsletter|show)\s+(?:is|was)\s+"
    r"(?:sponsored|brought to you|made possible)\s+by\b"
    # "Sponsored by SoundStack." (podnews.net): a sentence of only that (a bill's "Sponsored by Sen. X, the bill…" stays)
    rf"|(?P<sponsor>sponsored by\s+{_NAME}(?:\s+{_NAME}){{0,3}}\.)(?=\s|$)"
    # a notice to the feed's readers: "Thank you for reading via RSS", "Merci à vous de suivre le flux Rss de …"
    r"|thanks? (?:you )?for reading\b[^.!?\n]{0,30}?\bvia RSS\b|merci (?:à vous )?de suivre (?:le|notre) flux RSS\b"
    r"|(?:thanks|thank you) to (?:our|this week[’']s|today[’']s) sponsors?\b|to find a list of our sponsors\b"
    # TWiT's show notes: "For additional show notes, visit twit.tv/twit/539. Download or subscribe to this show at …"
    r"|for additional show notes,? visit\b|download or subscribe to (?:this|the|our) show at\b"
    # "Share on facebook!", "Share this video on Facebook: http://…" (a YouTube channel's, picofeed--youtube.xml)
    rf"|share (?:this (?:video|post|episode) )?on {_SOCIAL}\s*[!:.]"
    # "No te pierdas ningún vídeo: solo tienes que... ¡SUSCRIBIRTE!" (a Spanish YouTube channel's, podtube--youtube.xml)
    r"|no te pierdas ning[uú]n v[ií]deo\b"
    # a call to listen or to watch after what the show holds: "C'est parti." (a news podcast's, flashinfo-karukera--
    # podcast.xml in tests/data/unseen/set21, F2), "Mời anh em đón xem nhé." (a Vietnamese channel's, bps-ytb--rss.xml)
    r"|c['’]est parti\s*[.!]+(?=\s|$)|mời (?:anh em|các bạn|mọi người|quý vị)\s+(?:cùng\s+)?(?:đón xem|theo dõi)\b"
    # "Quer saber mais? Ouça o trailer!", "Quer apoiar o Ciência Suja? Acesse a Orelo…", "Saiba mais em: https://…"
    r"|ouça o (?:trailer|episódio)\b|quer apoiar (?:o|a|os|as|nosso|nossa)\b|saiba mais em\s*:"
    # a pointer to a link, the whole sentence: "Läs mer HÄR." (a Swedish podcast's, awesomefeedparser--Special_Nordigt.xml),
    # "Hier geht es zum 1. Teil des Artikel." (fischmarkt.de's, speedparser--0104-fischmarkt-de.xml)
    r"|(?:read more|more info|läs mer|mer info|lees meer|leia mais|lire la suite|leggi tutto|lies mehr)\s+"
    r"(?:here|här|hier|ici|aqui|aquí|qui)\s*[.!](?=\s|$)"
    # ... to one the chat does not show: "View the pdf version of the report here." (set54 F5; not "See it here: 54%…")
    r"|(?P<pointer>(?:view|read|download|see|get|access)\s+(?:the|a|an|our|this|my|their)\s+(?:[\w'’-]+\s+){0,6}?here"
    r"\s*[.!](?=\s|$))"  # (not "See the player below."; mid-text it ends nothing: "Read the release here. The M5…")
    r"|hier geht(?:['’]s| es) (?:zum|zur|zu den)\s+(?:\d{1,2}\.\s+)?(?:[\w'’-]+\s+){0,3}?(?:teil|artikel|beitrag|video)\b"
    # a pointer to the documentation, the whole sentence: "Visit our documentation to learn more.", "To learn
    # more, please consult the Elastic Transcoder Developer Guide." (AWS What's New, set16); "Read the … section in the
    # eOffer/eMod User Guide for more information.", "For more information, see the eOffer/eMod User Guide." (set46)
    rf"|{_POINT}\s+(?:our|the)\s+(?:[\w'’/-]+\s+){{0,10}}?{_DOCS}\s+(?:to learn more|for (?:more )?(?:information|details))"
    r"\s*[.!](?=\s|$)"
    rf"|(?:to learn more|for more (?:information|details)),?\s+(?:please\s+)?{_POINT}\s+(?:our|the)\s+"
    rf"(?:[\w'’/-]+\s+){{0,10}}?{_DOCS}\b[^.!?\n]{{0,40}}[.!](?=\s|$)"
)
_ROW = re.compile(r"[^\W\d_][\w'’ ]{0,30}:\s*\S+(?:\s+at\s+\S+)?")  # ("email: comments at haerdin.se")
# "Nancy is a production of WNYC Studios.", "1865 is an Airship production." (tried only where "production"
# or "presentation" follows: the other patterns cost a fifth of its time)
_PRODUCTION = re.compile(
    rf"{_NAME}[^.!?\n]{{0,60}}?\bis an? (?:(?:production|co-production|presentation) (?:of|from|by)\s+(?:[\w-]+\s+){{0,2}}?{_NAME}"
    rf"|(?:{_NAME}\s+){{1,3}}production\b)",
    re.IGNORECASE,
)
_CREDIT = (
    r"(?:It|This (?:episode|show|podcast)|The (?:show|episode|podcast))(?:[’']s| is| was) "
    r"(?:produced|edited|mixed|hosted|reported) by\b"
    r"|(?:(?:Executive )?produced|Edited|Mixed|Engineered|(?:Original |Theme |Additional )?music"
    r"|Episode scoring|Sound design|Video production|Production help|Fact-?checking)"
    rf"(?:,? [\w ,]{{0,30}}?)? (?:by|from)\s+{_NAME}"
    r"|Our (?:editors?|producers?|executive producers?|fact[- ]checker|engineer|theme music) (?:is|are)\b"
    r"|Special thanks to\b"
    # "Bandwidth for This Week in Tech is provided by Cachefly." (TWiT's feed, /work/unseen6)
    rf"|Bandwidth for\b[^.!?\n]{{0,60}}? is provided by\s+{_NAME}"
    # The same feed's Portuguese: "O roteiro e a apuração dessa história são de Lívia Inácio…", "Toda a terceira
    # temporada do podcast Ciência Suja tem o apoio do Instituto Serrapilheira…" (podcatcher--ciencia-suja.rss)
    rf"|O roteiro(?: e a apuração)?\b[^.!?\n]{{0,40}}? (?:é|são) de\s+{_NAME}"
    r"|(?:(?:toda|todo|todas|todos) )?(?:a|o|as|os|esta|este|essa|esse|estas|estes|essas|esses) [^.!?\n]{0,60}?"
    r"\b(?:temporada|podcast|episódio)s?\b"
    rf"[^.!?\n]{{0,60}}?\b(?:tem|têm|conta com|contam com) o apoio d[oa]s?\s+{_NAME}"
)
# Every call and credit starts with a word: a letter that (?i)[a-z] matches (tests/test_promos.py checks). So
# the pattern first looks at that one character: a line or a sentence that starts otherwise ("• ", half of the
# lines read, "★", a digit, a quote) fails there, not after each of its alternatives in turn (issue 15).
_PROMO = re.compile(rf"(?=[a-z])(?:{_LEAD}(?P<ask>{_ASK}|(?P<shop>{_SHOP}))|(?P<credit>{_CREDIT}))", re.IGNORECASE)
# The question a call answers ("Want advice from Nancy? Email your question to …"): it goes with it.
_QUESTION_BEFORE = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:Want|Got|Have (?:a|an|any)|Need|Looking for|Interested in|Do you (?:want|have|like|love)"
    r"|Quer saber mais|Gostou do episódio)"
    r"\b[^.!?\n]{0,60}\?$"
)
_WORD = re.compile(r"[^\W\d_]{2}")
# An episode offered to paying listeners first, whatever its subject (often the next episode's title, with its "(Ft. X)"):
# "The Deprogram Episode 75 - … (Ft. James Rehwald) is available early for Patrons over at: https://…", "Episode 58: Cult
# of the cucks IS UP EARLY on Patreon: …" (gnomepodcasts--deprogram.xml in tests/data/unseen/set23, F1)
_EARLY = re.compile(
    r"\b(?:is|are)\s+(?:(?:already|now|also)\s+)?(?:available|up|out)\s+(?:(?:on|via)\s+Patreon\b|(?:\d+\s+(?:weeks?|days?)\s+)?"
    r"(?:early|ad[- ]free|first|exclusively)\b[^.!?\n]{0,30}?(?:\b(?:patrons?|patreon|supporters"
    r"|(?:paying|paid|premium) (?:members|subscribers))\b|(?:https?://)?(?:www\.)?patreon\.com\b))",
    re.IGNORECASE,
)
# Where a sentence may start: after a sentence end and spaces (tried with _PROMO: far fewer places than spaces).
# A " | " starts one too: "…the rest of Western Europe. | Subscribe to our weekly newsletter here." (Planet Money)
_AFTER_END = r"[.!?…][\"'”’)\]]*+\s++"  # (possessive: the closers and the spaces are never given back)
_SENTENCE_START = re.compile(rf"{_AFTER_END}|\s*(?:\|\s+|⎸\s*)")
# In a line with no "|", the sentence starts where _PROMO matches, in one scan: it begins with a
# character class, so the scan skips ahead in C, and tries _PROMO only after a sentence end.
_PROMO_START = re.compile(rf"{_AFTER_END}(?=(?P<promo>{_PROMO.pattern}))", re.IGNORECASE)
# Links that end a paragraph after its words, each with its label or not: "…It is here. Original Artwork:
# http://tinyurl.com/cbpc8e8 Share on Facebook: http://tinyurl.com/6nn82m6" (a YouTube video's description,
# picofeed--youtube.xml): the text's footer, as a call is. (A paragraph of links alone: the table's link-label-line.)
_LINK = r"(?:[^\W\d_][\w'’&]*(?:\s[\w'’&]+){0,5}\s?:\s*|[-–—]\s+)?(?:https?://|www\.)\S+"  # ("…week! - www.…")
_LINKS_TAIL = re.compile(rf"{_AFTER_END}(?P<links>{_LINK}(?:\s+{_LINK})*)\s*$")
# A line of links only, two or more, each with its label or not ("Street Fight Radio Twitch - www.twitch.tv/… Street
# Fight Radio Youtube - www.youtube.com/…", gnomepodcasts--streetfightradio.xml in set23): at the text's start, skipped
_LABELLED = r"(?:[^\W\d_][\w'’&]*(?:\s[\w'’&]+){0,5}\s?(?::|\s-)\s*)?(?:https?://|www\.)\S+"
_LINKS_ONLY = re.compile(rf"{_LABELLED}(?:\s+{_LABELLED})+")


def without_promos(blocks: Blocks) -> tuple[Blocks, list[str]]:
    """The blocks without the calls to action and credits at their start and end (the
    module docstring), and a note for each kind removed; ``blocks`` itself when none."""
    lines, notes = [], []  # (a newsletter's contents as its text: its sponsor's entry, its entries' tags)
    for line, note in map(without_tags, blocks.lines):
        lines.append(line)
        notes += [note] if note and note not in notes else []
    if not blocks.structured and (carded := [without_card_hosts(line) for line in lines]) != lines:  # (no markup)
        lines, notes = carded, [*notes, "removed: a link card's host name between sentences"]
    lines, social = without_social_links(lines)  # (a channel's social links and their label: set 67b F2)
    notes += social
    read = 0
    said = False  # the text has said something of its own (a heading is not that)
    for index, line in enumerate(lines):
        if read > _READ:
            break
        read += len(line) + 1
        found, last = _promos(line), False  # (last: a call or a credit ends the text, below)
        if not said and found and found[0][1] != "credit" and lead_before_call(line[: found[0][0]].rstrip()):
            found[0] = (0, found[0][1])
        if not said and ("://" in line or "www." in line) and _LINKS_ONLY.fullmatch(line):
            found = [(0, "ask")]
        elif not said and not found and shop_sentence(line):  # ("Supercharge … using our link: https://…")
            found = [(0, "shop")]
        if not said and shop_label(line, lines[index + 1 : index + 2]):
            found = [(0, "shop")]
            after = index + 1  # (its links go with it)
            while after < len(lines) and LINK_LINE.fullmatch(lines[after]):
                lines[after], after = "", after + 1
        shop_rows = False  # (a sponsor's rows under its call: longer labels, set 71b F1)
        while (
            not said
            and found
            and found[0][0] == 0
            and found[0][1] != "late"
            and (  # at the text's start: skipped
                found[0][1] != "credit" or _credits_to_the_end(line, 0, lines[index + 1 :])
            )
        ):
            what = "a call to action" if found[0][1] != "credit" else "credits"
            notes.append(f'removed: {what} at the text\'s start ("{_start(line)}")')
            if line.endswith((":", "：")) and _next_sentence(line, 0) == len(line):  # (its rows go with it)
                after = index + 1  # ("Check out Tomas' work through any of the links below:" / "xmpp: tms@…")
                while after < len(lines) and (
                    not lines[after]
                    or (SHOP_ROW if shop_rows else LINK_LINE).fullmatch(lines[after])
                    or _ROW.fullmatch(lines[after])
                ):
                    lines[after], after = "", after + 1
            call, line = line[: _next_sentence(line, 0)], line[_next_sentence(line, 0) :]
            # what is left is no words (";o)<" after "…flux Rss de www.sospc.name."), or the call's link ("- www.…")
            if not _WORD.search(line) or LINK_LINE.fullmatch(line.lstrip("-–—:· ")):
                line = ""
            found = _promos(line)
            if not found and rows_call(line, call):  # ("Thanks to X for sponsoring! Check out their … below:")
                found, shop_rows = [(0, "shop")], True
        lines[index] = line
        for at, kind in found:
            if (at > 0 or said) and (
                kind in ("ask", "late", "call")
                or kind in ("credit", "pointer")
                and _credits_to_the_end(line, at, lines[index + 1 :], kind == "pointer")
            ):
                # (a call ending a paragraph that more of the story follows goes alone: the review of set 64c, F1;
                # an open aside goes with the call: not "…links." in "[…links. Follow me…]")
                last = kind != "call" or not any(lines[index + 1 :])
                what = ("credits" if kind == "credit" else "a call to action") + (" and what follows it" * last)
                notes.append(f'removed: {what} ("{_start(line[at:])}")')
                kept = _QUESTION_BEFORE.sub("", line[:at].rstrip().rstrip("|⎸").rstrip()).rstrip()
                lines[index : None if last else index + 1] = [line := before_open_aside(kept, line[at:])]
                break
        if last:
            break
        said = said or bool(line) and line not in blocks.headings
    lines = [line for line in lines if line]
    if not lines and notes and not any("credits" in note for note in notes):
        # (nothing but calls to action: "…available early for Patrons over at: https://…", "Support the Podcast…")
        return EMPTY, [*notes, "removed: the text is only calls to action: no excerpt"]
    if not notes or not lines:  # (nothing but credits: better than nothing)
        return blocks, []
    joined = "\n".join(lines)
    text = strip_boilerplate(joined)
    return dataclasses.replace(blocks, lines=lines, text=text, tail_clean=text is joined), notes


def _start(sentence: str) -> str:
    return sentence if len(sentence) <= 40 else sentence[:40].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _promos(line: str) -> list[tuple[int, str]]:
    """Where calls to action ("ask") and credits ("credit") start sentences of a line."""
    found: list[tuple[int, str]] = []
    if "|" in line or "⎸" in line or "production" in line or "presentation" in line:
        # (every sentence start tried in turn: " | " starts one too, and _PRODUCTION is tried where _PROMO fails)
        for at in (0, *(m.end() for m in _SENTENCE_START.finditer(line))):
            m = _PROMO.match(line, at)
            if m is None and (line.find("production", at, at + 120) > 0 or line.find("presentation", at, at + 120) > 0):
                m = _PRODUCTION.match(line, at)
            if m is not None:
                _found(found, line, at, m, m.end())
        return found
    m = _PROMO.match(line)
    if m is not None:
        _found(found, line, 0, m, m.end())
    for m in _PROMO_START.finditer(line):  # (the other sentence starts, where _PROMO matches)
        _found(found, line, m.end(), m, m.end("promo"))
    if ("vailable" in line or "arly" in line or "ARLY" in line) and (early := _EARLY.search(line)) is not None:
        # (its sentence's start: its subject's, which may hold a "(Ft. X)" or end with "?", a title's: "…pls uWu? is…")
        at = max(
            (at for at in (0, *(m.end() for m in _SENTENCE_START.finditer(line, 0, early.start())))
             if at == 0 or _after_sentence_end(line, at) and line.count("(", 0, at) <= line.count(")", 0, at)
             and line[at : early.start()].lstrip()[:1].isalnum()),
        )  # fmt: skip
        found = sorted({*found, (at, "ask")})
    if (click := click_call(line, _SENTENCE_START)) is not None:  # ("…clicar aqui.", "Prova subito X, è gratis!")
        found = sorted({*found, (click, "call")})
    if "://" in line or "www." in line:
        tail = _LINKS_TAIL.search(line)
        if tail is not None and not any(at <= tail.start("links") and kind != "late" for at, kind in found):
            found.append((tail.start("links"), "ask"))
    return found


def _found(found: list[tuple[int, str]], line: str, at: int, m: re.Match, end: int) -> None:
    """A call or credit (``m``, which ends at ``end``) that starts a sentence at ``at``, added to ``found``."""
    groups = m.groupdict()
    if groups.get("sponsor") and line[end : _next_sentence(line, at)].strip():
        return  # ("Sponsored by Sen. Jane Doe, the bill…": the sentence goes on)
    if at == 0 or _after_sentence_end(line, at):
        kinds = ("shop", "late", "pointer", "ask")
        found.append((at, next((kind for kind in kinds if groups.get(kind) not in (None, "")), "credit")))


def _starts_with_promo(text: str) -> bool:
    return bool(found := _promos(text)) and found[0][0] == 0


def _after_sentence_end(line: str, at: int) -> bool:
    before = line[:at].rstrip()
    if before.endswith(("|", "⎸")):  # (a separator)
        return True
    end = SENTENCE_END.search(before, max(0, len(before) - 4))
    if end is None or end.end() != len(before):
        return False
    dot = before.rfind(".", end.start())
    return dot < 0 or not is_abbreviation(line, dot)  # (the line: whether "2025." ends one depends on what follows)


def _next_sentence(line: str, at: int) -> int:
    """Where the sentence after the one starting at ``at`` starts (the line's end if none)."""
    for end in SENTENCE_END.finditer(line, at):
        if end.end() < len(line) and not line[end.end()].isspace():
            continue
        if end.group()[0] == "." and is_abbreviation(line, end.start()):
            continue
        if line[end.end() :].lstrip()[:1].islower():  # (a title's "!" inside it: "…access to “Gut Shot!!” plus a…")
            continue
        return len(line) - len(line[end.end() :].lstrip())
    return len(line)


def _credits_to_the_end(line: str, at: int, after: list[str], pointer: bool = False) -> bool:
    """Whether only credits and calls follow a credit: it is the text's last sentence, or another credit or a call
    comes next (in its line, or as the next line's start); after a ``pointer``, a line of no sentence too (a report's
    table of contents after "View the pdf version of the report here.": set54 F5)."""
    rest = _next_sentence(line, at)
    if rest < len(line):
        return _starts_with_promo(line[rest:])
    following = [other for other in after if other]
    return not following or _starts_with_promo(following[0]) or pointer and not SENTENCE_END.search(following[0])


def lead_in_only(blocks: Blocks) -> bool:
    """Whether a text is one short clause that ends with a colon ("kebernet posted a photo:"):
    it introduces what follows, and nothing of what follows is text."""
    if len(blocks.lines) != 1:
        return False
    line = blocks.lines[0]
    return len(line) <= _LEAD_IN and line.endswith((":", "：")) and SENTENCE_END.search(line) is None
