"""Rows of the boilerplate table (bot/boilerplate.py) for a podcast's or a video's own
lines in its show notes or description, told by their shape, whatever the show:

- a "download or subscribe" block: "You can download the m4a file or subscribe in
  iTunes. (Or subscribe to the podcast feed.)" (The Record's show notes,
  feedbin--feed.json, tests/data/unseen/set12): a block of only such sentences, each opening
  with the verb and naming a file, the episode, a feed or a podcast app. The text
  goes on after it (the guest's paragraph follows);
- a video's stamp: a block of only its duration and its upload date ("8:36｜2013年08月17日
  16：00：00 投稿", Niconico's RSS, nicoquery--mylist_rss_18266317.xml, tests/data/unseen/set12) or
  only its counters ("再生：10,736,618 コメント：2,733,080 マイリスト：210,503"): never the
  excerpt, and no "…" for them after the description;
- a block of only hashtags ("#shorts" under a YouTube short's description,
  selfoss--youtube-channel-UC06HVrkOL33D5lLnCPjr6NQ.xml, tests/data/unseen/set12): no "…" for it;
- a chapter line: a timestamp and a short title ("14:17 Patterns! Patterns everywhere!", a
  YouTube description's chapter list, selfoss--youtube-ZoggFromBetelgeuse.xml): the list's
  lines without a full stop read as headings, but one that ends in "!" was taken for text;
- a credit with an address: "• Music by OcularNebula (http://www.newgrounds.com/…)" (the same
  feed's credits list);
- a player's label before the text: "Listen now (45 min) | This is…" (Substack's audio posts,
  clfeedparser--substack-soaringtwenties.rss, tests/data/unseen/set13);
- a music credit in parentheses after the text: "(Music Credit: Thanks to musician Giovanni
  Kiyingi for the use of his song…)" (Planet Money's, podcastfeedparser--planet-money.xml);
- a labelled link in decoration: "´¯`·.¸¸.·´¯`·.¸ Tweet it: http://clicktotweet.com/M9Qwa
  ¸.·´¯`·.¸¸.·´¯`" (the same feed, before the description);
- a show's sign-on before its news: the sentences that greet the audience and name the show ("Bèl bonjou à
  toute la diaspora …, nous sommes le samedi … et vous écoutez votre Flash Info avec des nouvelles fraîches du
  pays. Au programme : …", a news podcast's, flashinfo-karukera--podcast.xml in tests/data/unseen/set21, F2).

Each row has an example it removes and a near miss it keeps (tests/test_boilerplate.py).
"""

from __future__ import annotations

import re

from .boilerrow import BLOCK, COUNTER, END, HASHTAG, NAME, START, Row, icase
from .boilerwords import ADDRESS as _ADDRESS_WORD
from .leadrows import _GROUP, GREETING

_TAG = HASHTAG
_NAME = NAME  # a capitalised word
_ADDRESS = r"(?:https?://|www\.)\S+"
_DECOR = r"[^\w\s]*"  # "´¯`·.¸¸.·´¯`·.¸"
_COUNTER = COUNTER  # "再生：10,736,618", "Views: 12"

# What names the show being heard or watched, in a sign-on sentence: "vous écoutez votre Flash Info", "c'est votre
# Flash Info du soir", "On fait le point à midi … avec les nouvelles", "voici ce qui fait l'actualité" (set21's
# flashinfo-karukera); "you're listening to …", "welcome to episode 12 of …". (Not "Si vous écoutez la radio…")
_TUNED_IN = (
    r"(?<!si )vous (?:écoutez|regardez) (?:votre|notre|le|la|l['’]|un|une|ce|cette)\b"
    r"|c['’]est votre (?:[\w'’-]+\s+){0,2}?(?:flash|journal|émission|podcast|rendez-vous|bulletin|info)\b"
    r"|\bon fait le point\b[^.!?\n]{0,80}?\bavec (?:les|vos) (?:nouvelles|infos|informations|actualités)\b"
    r"|voici ce qui fait l['’]actualité|(?<!if )you(?:['’]re| are) (?:listening to|tuned (?:in )?to)\b"
    r"|welcome (?:back )?to (?:episode|ep\.?) \d"
)
# One or two sentences that name it, a greeting's before them ("Bèl bonsoir à toute la Guadeloupe, à ceux qui
# écoutent depuis loin. Nous sommes le jeudi … et vous écoutez votre flash info du soir."): a capital follows.
_SIGN_ON = (
    rf"\s*(?i:(?:(?:bèl\s+)?(?:bonjou|{GREETING})\b[^.!?\n]{{0,160}}[.!]+\s+)?"
    rf"(?:[^.!?\n]{{0,200}}?(?:{_TUNED_IN})[^.!?\n]{{0,200}}[.!]+\s+){{1,2}})(?=[A-ZÀ-ÖØ-Þ\"«“])"
)

# A show's welcome as its first sentence, a greeting's before it or not ("Hallo und herzlich willkommen liebe
# Zuhörerinnen und Zuhörer zum Podcast "Letzte Reihe Parkett".", "Hello everyone, and welcome to our podcast.";
# letztereihe--podcast.xml, set45 F1), or a greeting to the audience thanking it for tuning in ("Hallo liebe Gäste,
# schön dass ihr eingeschaltet habt."): the whole sentence. The welcome addresses the audience or names the show
# (a name, a quote or the mark after its word: not "Welcome to Paris!", "Willkommen im Club: …", "the podcast economy").
_LISTENERS = (
    r"(?:zuhörer|zuschauer|hörer)(?:innen)?|gäste|guests|friends|freunde|amis|amigos|amici|listeners|viewers"
    r"|auditeurs|auditrices|oyentes|ouvintes|ascoltatori"
)
# (addressed: "liebe Zuhörerinnen", "dear listeners", "estimadas oyentes"; leadrows' address words and groups, not
# "care unit" nor "Kopfhörer"; or right after the welcome: "Welcome, listeners"; not "welcome news for listeners")
_AUDIENCE = rf"\b{_ADDRESS_WORD}\s+(?:[\w'’-]+\s+)?(?:{_GROUP}|{_LISTENERS})\b"
# (the show's word, after an article or a possessive: "zum Podcast", "to our podcast", "to the episode"; not "the
# Paris Air Show", "the Show Me State", "al programa de vacunación")
_SHOW = (
    r"\b(?:zum|zur|in\s+(?:unserem|unserer|our|this)|(?:to|into)(?:\s+(?:the|our|my|this))?|unserem|unserer|au"
    r"|à\s+(?:notre|cette)|a\s+(?:nuestro|este)|ao|nosso)\s+(?:(?:neuen|new|latest|nouvel(?:le)?|nuev[oa])\s+)?"
    r"(?:podcast|folge|episode|épisode|episodio|sendung|show|émission)\b"
    r"(?=\s*[.!,:\"„“«‚']|(?<![sS]how)\s*(?-i:[A-Z\d])|\s*(?:of|von|de|del|du|des)\b)"
)
# The welcome's word (this row's and the welcome to the guests after the text, "show-welcome-end")
WELCOME_WORDS = r"(?:willkommen|welcome|bienvenue|bienvenid[oa]s?|benvenut[oaie]|bem[- ]vind[oa]s?)"
_WELCOME = rf"(?:(?:ganz\s+)?herzlich\s+|a\s+(?:very\s+|warm\s+|big\s+)?)?{WELCOME_WORDS}(?:\s+back)?"
_SHOW_WELCOME = (
    rf"(?i:(?:{GREETING}\b[^.!?\n]{{0,60}}?(?:[,!]\s*+|\s++)(?:(?:und|and|et|y|e)\s+)?)?{_WELCOME}\b"
    rf"(?=[,\s]+(?:(?:all|our|my)\s+)*(?:{_LISTENERS})\b|[^.!?\n]{{0,120}}?(?:{_AUDIENCE}|{_SHOW}))[^.!?\n]{{0,160}}[.!]+[\"”»]?"
    rf"|{GREETING}(?:\s*+,\s++|\s++)(?:{_AUDIENCE}|(?:every|all|folks|friends|zusammen|alle|tous))[^.!?\n,]{{0,40}}[,!]+\s*"
    r"[^.!?\n]{0,60}?\b(?:eingeschaltet|reingeschaltet|tuned in|tuning in|for joining|dabei seid|zuhört)\b"
    r"[^.!?\n]{0,40}[.!]+)"
)

# A link to follow when a post's video does not load ("use this link if video doesn’t load", "Click here if you
# can’t see the video."): Lemmy posts' (set30).
_VIDEO_FALLBACK = (
    r"(?:(?:use|click|tap|follow) (?:this link|here|the link below)[^\n.!?]{0,40}?\bif (?:the )?video "
    r"(?:does ?n[o'’]t|won[’']t|can[’']t|fails to) (?:load|play|show)|(?:click|tap) here if you can[’']t see the video)"
)

SHOW_ROWS: tuple[Row, ...] = (
    Row(
        "affiliate-disclosure",
        "a shop links' disclosure",
        BLOCK,
        # (a video description's, under its shop calls: "Purchases made through some store links may provide some
        # compensation to Linus Media Group.", set 71b F1: once the calls are gone it was the whole excerpt)
        icase(
            r"(?:Purchases made (?:through|via|from) (?:some |our |these |the )?(?:store |shop |affiliate )?links"
            r"(?: [^\n.!?]{1,40}?)? may (?:provide|earn|result in) (?:some |a |us )?(?:compensation|commissions?)\b"
            r"[^\n.!?]{0,60}|As an Amazon Associate,? (?:I|we) earn from qualifying purchases)[.!]?"
        ),
        "Purchases made through some store links may provide some compensation to Linus Media Group.",
        "Purchases made through some store links may provide no warranty, the court said.",
    ),
    Row(
        "podcast-download",
        'podcast "download or subscribe" line',
        BLOCK,
        icase(
            r"(?:\(?(?:(?:You can|Or|And)\s+(?:also\s+)?)?(?:(?:,\s*|,?\s+(?:or|and)\s+)?(?:download|subscribe|listen)\b"
            r"[^\n.!?(),]{0,40}?\b(?:file|mp3|m4a|episode|(?:podcast |RSS )?feed|iTunes|Apple Podcasts|Spotify|Overcast)"
            r"\b){1,4}[.!]?\)?\.?\s*){1,3}"
        ),
        "You can download the m4a file or subscribe in iTunes. (Or subscribe to the podcast feed.)",
        "You can download the m4a file and play it in any car: that is why we made it.",
    ),
    Row(
        "video-stamp",
        "a video's duration and upload date",
        BLOCK,
        re.compile(
            r"\d{1,2}(?::\d{2}){1,2}\s*[｜|]\s*\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"
            r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:投稿|(?i:posted|uploaded))?"
        ),
        "8:36｜2013年08月17日 16：00：00 投稿",
        "8:36｜2013年08月17日に撮影した映像です。",
    ),
    Row(
        "counters-line",
        "a video's counters",
        BLOCK,
        re.compile(rf"{_COUNTER}(?:\s+{_COUNTER})+"),
        "再生：10,736,618 コメント：2,733,080 マイリスト：210,503",
        "Score: 3 to 1, and the crowd went home.",
    ),
    Row(
        "hashtag-line",
        "a line of hashtags",
        BLOCK,
        re.compile(rf"{_TAG}(?:\s+{_TAG})*"),
        "#shorts",
        "#shorts are what the channel makes most now.",
    ),
    Row(
        "chapter-line",
        "a video's chapter line",
        BLOCK,
        re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}\s+(?-i:[A-Z0-9])[^\n.?!]{0,60}[!?]\s?(?:[^\n.?!]{1,60}[!?])?"),
        "14:17 Patterns! Patterns everywhere!",
        "19:30 Doors open",  # (a programme's line; a chapter line without "!" or "?" is read as a heading)
    ),
    Row(
        "credit-with-address",
        "a credit with its address",
        BLOCK,
        icase(
            r"(?:[•*-]\s*)?(?:(?:Original |Theme |Background )?Music|Artwork|Speech synthesis|Sound(?: design| effects)?"
            rf"|Voice(?:s| over)?|Animation|Thumbnail)(?:,? [\w ,&]{{0,30}}?)? by\s+(?-i:{_NAME})(?:\s+(?-i:{_NAME})){{0,3}}"
            rf"\s*(?:\({_ADDRESS}\)|[:-]?\s*{_ADDRESS})"
        ),
        "• Music by OcularNebula (http://www.newgrounds.com/audio/liste...)",
        "Music by Bach fills the hall tonight: https://example.org/concert",
    ),
    Row(
        "player-label",
        "a player's label (its length)",
        START,
        re.compile(
            r"(?i:listen now|watch now|listen|watch)\s*\(\s*\d{1,3}(?::\d{2})?\s*(?i:min(?:ute)?s?|sec(?:ond)?s?|h(?:ours?)?)"
            r"\s*\)\s*[|｜]\s*(?=\S)"
        ),
        'Listen now (45 min) | This is a comical summary of episode 100 of a podcast called "It All Changes At 100".',
        "Listen (5 min) to the minister's answer, then decide.",
    ),
    Row(
        "music-credit-end",
        "a music credit after the text",
        END,
        icase(r"(?<=[.!?\"”’)])\s*\(\s*(?:music|song|theme music|music used) credits?\s*:[^()\n]{1,200}\)\s*$"),
        "Today on the show, we connect the dots. (Music Credit: Thanks to musician Giovanni Kiyingi for the use of his song.)",
        "The band played. (Music credits: see the liner notes) and then the crowd sang along for an hour.",
        needles=("music credit", "song credit", "music used credit"),
    ),
    Row(
        "rerun-mark",
        "a broadcaster's mark that the episode is a repeat",
        END,  # ("…making science more broadly accessible (R)", ABC Radio National's Conversations, set30 F5)
        # (not after a capitalised word: "Rep. Jane Doe (R)" is a party, the review; look-behinds of fixed widths)
        re.compile(
            "".join(rf"(?<![A-Z][a-z]{{{n}}})" for n in range(13)) + r"\s\((?:R|Rpt|rpt|RPT|Repeat|repeat|REPEAT)\)\s*$"
        ),
        "Actor Ann Reed has spent her life making maps easier to read (R)",
        "The new laptop is powered by an Intel(R)",
        needles=("(r)", "(rpt)", "(repeat)"),
    ),
    Row(
        "show-welcome-end",
        "the show's welcome to its guests after the text",
        END,
        icase(
            r"(?<=[.!?\"”’)])\s*(?:[^.!?\n]{1,100},\s*)?(?:(?:seja|sejam) (?:muito |super )?|(?:sean |sea )?(?:muy )?"
            rf"|a (?:very )?(?:warm |big )?)?{WELCOME_WORDS}"
            r" (?:de volta )?(?:ao|à|a|al|à l['’]|dans|sur|to|back to) (?:the |o |a |el |la |le |nosso |our )?"
            r"(?:show|podcast|programa|émission|[^.!?\n]{0,40}?\b(?:podcast|show|cast|radio|rádio))\b(?:\s\w+)?\s*[.!]+\s*$"
        ),
        "Hoje trabalha como CTO de uma empresa de software embarcado. Ana Souza, seja muito bem-vinda ao Castálio Podcast.",
        "Welcome to the show is what the host always says, but this time the guest said it first to him.",
        needles=("vind", "welcome", "bienven"),
    ),
    Row(
        "video-fallback-link",
        "a link to follow when the video does not load",
        BLOCK,  # (a Lemmy post's, set30's re-read NEW-3: "use this link if video doesn’t load", its only line left)
        icase(_VIDEO_FALLBACK + r"[.!]?"),
        "use this link if video doesn’t load",
        "Use this link if the video doesn’t load, or watch the whole match on the club's own channel tonight.",
        needles=("video",),
    ),
    Row(
        "video-fallback-end",
        "a link to follow when the video does not load, after the text",
        END,  # ("…in Denizli, Turkey. Click here if you can’t see the video.", a Lemmy post's, set30 F14)
        icase(r"(?<=[.!?])\s+" + _VIDEO_FALLBACK + r"[.!]?\s*$"),
        "A wedding feast in Denizli, Turkey. Click here if you can’t see the video.",
        "A wedding feast in Denizli. Click here if you can’t see the video of the second day, filmed by a guest.",
        needles=("video",),
    ),
    Row(
        "codepen-fallback",
        "an embedded pen's fallback line (the widget's own text)",
        BLOCK,  # (CodePen's <p class="codepen">, which its script replaces with the pen: set32 F16, o2team's digest)
        icase(r"see the pen\s.{1,120}?\sby\s.{1,80}?\son codepen\s*[.!]?"),
        "See the Pen KNvRxZ by Yetty (@Yetty) on CodePen.",
        "See the pen I bought in Kyoto by the window, and the sketch I drew with it on CodePen yesterday evening.",
        needles=("codepen",),
        longest=300,
    ),
    Row(
        "decorated-link",
        "a labelled link in decoration",
        BLOCK,
        re.compile(rf"{_DECOR}[^\w\s]{{3}}\s*[^\W\d_][\w'’]*(?:\s[\w'’]+){{0,3}}\s?:\s*{_ADDRESS}\s*{_DECOR}"),
        "´¯`·.¸¸.·´¯`·.¸ Tweet it: http://clicktotweet.com/M9Qwa ¸.·´¯`·.¸¸.·´¯`",
        "´¯`·.¸ Tweet it: the new album is out, and here it is: http://example.org/album",
    ),
    Row(
        "show-welcome",
        "the show's welcome",
        BLOCK,
        re.compile(_SHOW_WELCOME + r"\s*"),
        'Hallo und herzlich willkommen liebe Zuhörerinnen und Zuhörer zum Podcast "Letzte Reihe Parkett".',
        "Willkommen im Club: Kroatien führt den Euro ein.",
        needles=(
            "willkommen",
            "welcome",
            "bienven",
            "benvenut",
            "eingeschaltet",
            "tuned in",
            "tuning in",
            "joining",
            "dabei seid",
            "zuhört",
        ),
    ),
    Row(
        "show-welcome-start",
        "the show's welcome",
        START,
        re.compile(_SHOW_WELCOME + r"\s+(?=[A-ZÀ-ÖØ-Þ\"„“«])"),
        "Hallo liebe Gäste, schön dass ihr eingeschaltet habt. Wir haben eine kleine schlechte Nachricht für euch.",
        "Welcome to the podcast economy. Ads are everywhere now, and shows are paid for them.",
    ),
    Row(
        "show-sign-on",
        "the show's sign-on",
        START,
        re.compile(_SIGN_ON),
        "Bèl bonjou à toute la diaspora, nous sommes le samedi deux mai et vous écoutez votre Flash Info avec les "
        "nouvelles du pays. Au programme : la fin d'une compagnie aérienne.",
        "Si vous écoutez la radio le matin, vous le savez déjà. Le trafic a doublé.",
    ),
)


# A show's chapter stamps (set50 F4): a line that a timestamp opens, "00:38  Het koppen van de bal … is gevaarlijk.",
# or a list of them run into one line, "…времени в Java 00:01:22 О себе 00:03:37 Коннектор для … биржи 00:06:04 …".
# Only in a text whose stamps count from the show's start (one "00:…" or "0:…" stamp at least, or hours, minutes and
# seconds): a programme's clock ("19:30 Doors open 20:00 …") stays, and so does a time before a clock's word.
_STAMP = re.compile(r"(?<![\d:])(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)(?![\d:])(?!\s*(?i:uhr|h\b|am\b|pm\b|[ap]\.m\.))\s+")
_FROM_ZERO = re.compile(
    r"(?<![\d:])0?0:[0-5]\d(?::[0-5]\d)?(?![\d:])"
)  # (not a race's "2:08:15", nor a recipe's "10:30")
# A list item's mark before a stamp ("• 00:00:53 道歉大会、近况介绍和一些公告", a chapter index written as <li>
# items, set59 F2): the stamp is read after it, as at a line's start, and the mark stays with what is kept.
# (a list item's stamp with its seconds: "• 00:00:00 开场", set59 F2; not "• 00:15 Central Station to Airport", "• 00:00
# Countdown and fireworks", a timetable's or a programme's hours: the review)
_ITEM_MARK = re.compile(r"(?:[-*•–]|\d{1,3}[.)])\s+(?=\d{1,2}:\d\d:\d\d)")
_CHAPTER_LIST = 3  # stamps in one line, at least, for a list
_TITLE_WORDS = 10  # a chapter's title, at most (half a list's at least)
_PROSE_WORDS = 6  # a sentence after a stamp, at least
_STOP = re.compile(r"[.!。！…]['\"”’»)]*$")  # (not "?": a chapter's title asks)


def without_chapters(lines: list[str]) -> list[tuple[str, str]]:
    """``lines`` without a show's chapter stamps (above), changed in place: a stamp before a sentence goes (when most
    stamped lines are sentences: a list of questions, "00:01:42 В чем специфика Финтеха? Что отличает…?", are titles),
    a list of chapters' titles goes (the text before it stays), and a line of a chapter's title alone, when two such
    lines at least stand (a list item's mark before the stamp or not); the (old, new) pairs of the lines changed (""
    for a line that went)."""
    marks = [m[0] if (m := _ITEM_MARK.match(line)) else "" for line in lines]
    bodies = [line[len(mark) :] for mark, line in zip(marks, lines, strict=True)]
    runs = [_run_from_zero(body) for body in bodies]  # (read once: the loop below asks again)
    if not any(run or _FROM_ZERO.match(body) for run, body in zip(runs, bodies, strict=True)):
        return []
    heads = [_STAMP.match(body) for body in bodies]
    titles = sum(m is not None and not _prose(body[m.end() :]) for m, body in zip(heads, bodies, strict=True))
    stamped = sum(map(bool, heads))
    # (the show's opening chapter, "00:00 Begin van de uitzending en opsomming van de onderwerpen.", a title too)
    changed = []
    for k, (line, mark, body, head) in enumerate(zip(lines, marks, bodies, heads, strict=True)):
        stamps = list(_STAMP.finditer(body)) if head is not None or runs[k] else []
        if len(stamps) >= _CHAPTER_LIST and _listed(body, stamps):
            new = (mark + body[: stamps[0].start()]).rstrip() if stamps[0].start() else ""
        elif _zero(head) and stamped >= 3:
            new = ""
        elif head is not None and 2 * titles < stamped and _prose(rest := _STAMP.sub(" ", body).strip()):
            new = mark + rest
        elif head is not None and titles >= 2 and len(stamps) == 1:
            new = ""
        else:
            continue
        changed.append((line, new))
        lines[k] = new
    lines[:] = [line for line in lines if line]
    return changed


def _run_from_zero(line: str) -> bool:
    """A list of chapters run into one line that starts the show's clock: its first stamp is "00:…" (javaswag's)."""
    first = _STAMP.search(line) if ":" in line else None
    return first is not None and _FROM_ZERO.match(first[0]) is not None and len(_STAMP.findall(line)) >= _CHAPTER_LIST


def _zero(head: re.Match | None) -> bool:
    return head is not None and not int(head[1] or 0) + int(head[2]) + int(head[3])


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and _STOP.search(text.rstrip()) is not None


def _listed(line: str, stamps: list[re.Match]) -> bool:
    """Whether the stamps in a line are a list of chapters: in the show's order, short titles between them."""
    seconds = [int(m[1] or 0) * 3600 + int(m[2]) * 60 + int(m[3]) for m in stamps]
    titles = [line[a.end() : b.start()] for a, b in zip(stamps, stamps[1:], strict=False)]
    short = sum(len(title.split()) <= _TITLE_WORDS for title in titles)  # (a chapter's links and notes may follow it)
    return seconds == sorted(seconds) and 2 * short >= len(titles)
