"""What a text may open with that is no part of its story, as rows of the boilerplate table (bot/boilerplate.py): a
notice to read a series' first part first, a script's statement that a feed flattened to text, a salutation to the
readers ("Hello everyone!!! It's that time again.", Rails' blog). Each with an example that goes and a near miss."""

from __future__ import annotations

import re

from .boilerrow import BLOCK, START, Row, icase
from .boilerwords import ADDRESS, ADDRESS_LINES, ADDRESS_TAIL, ADDRESS_WORD, GREETING_ALONE
from .boilerwords import GROUP as _GROUP
from .boilerwords import READERS as _READERS  # (whom a salutation greets)
from .cjkheadings import INTRODUCTIONS
from .creditrows import POST_CREDIT_ROWS
from .datelinerows import DATELINE_ROWS
from .postkinds import POST_KIND_ROWS

# "Hello everyone!!!", "Hi everyone,", "Salut à tous !", "Hey Hodlers,", "Hej nördar!", a bare "Hello,"; then "It's
# that time again." (not "Hello, World!", a program's). Forum posts and job ads open with the greetings of their
# languages (LinuxFr's forums and journals, freelancehunt.ua's and freelance.ua's ads, gmane's binutils list, hnrss:
# tests/data/unseen/set13's finding 4): "Bonjour,", "Доброго дня,", "Добрый вечер.", "Вітаю.", "всем привет!".
GREETING = (
    r"(?:hello|hi|hey|hej|hallo|salut|hola|ciao|olá|howdy|greetings|bonjour|bonsoir"
    r"|доброго дня|добрий день|добрый день|добрый вечер|вітаю|здравствуйте|(?:всім |всем )?(?:привіт|привет)"
    r"|(?:xin )?chào"  # (Vietnamese: bps-ytb--rss.xml in tests/data/unseen/set21, F2)
    r"|merhaba|selam(?:lar)?"  # (Turkish: "Merhaba lezzet kaşifleri!", lebeninsider--tr-index.xml in set28, F6)
    r"|здравей(?:те)?|здрасти|moikka|moikkelis|moikkis)"  # (set 71a F3: Bulgarian, Finnish; not "moi", French's "me")
)
# An address to the readers as a lone exclamation before the text, in a word or two: "Товарищи!" (a meetup group's
# posts, defcon-russia--ru-index.xml in set37, F5), "Друзі!", "各位！", "Friends!", "Colleagues!" (the readers and
# the groups above, not "All!" nor "There!"); alone, it is the post (excerpt.py keeps it: "<p>Friends!</p>")
_VOCATIVE = (
    rf"(?i:(?:(?!(?:all|alle|allerseits|there|zusammen|journal|nal)\b){_READERS}|{_GROUP}|товарищи|друзья|господа"
    r"|дамы и господа|ребята|друзі|колеги|товариші|панове|пані та панове|шановні|comrades|ladies and gentlemen|amigos"
    r"|amigas|compañeros|camaradas|freunde|genossen|leute|camarades|les amis|amis|各位|诸位|여러분|皆さん|みなさん|皆様)"
    r")\s*[!！]+\s*"
)
# A notice's address to the people it serves, by their group ("Уважаемые клиенты!": rssreader--gas-news-ru.xml
# in tests/data/unseen/set20, F1; "Dear customers,", "Liebe Kundinnen und Kunden,"): a letter's one addressee stays.
# The words, the groups, what may follow a group: bot/boilerwords.py (set 69a F2). One, or two in a row, a notice's
# "Dear Customer, Dear Partner," (ubikasec--issues.xml in set27, F7).
_ONE_ADDRESSED = rf"{ADDRESS}(?:\s+{ADDRESS_WORD})?\s+{_GROUP}{ADDRESS_TAIL}"
_ADDRESSED = rf"{_ONE_ADDRESSED}(?:\s*,\s*{_ONE_ADDRESSED})?"
# Hebrew's, and whom they greet ("שלום רב,", "היי כולם"): python-il-forums in tests/data/unseen/set18 (F4)
_HE_GREETING, _HE_READERS = r"(?:היי|הי|אהלן|(?:שלום )?(?:בוקר|ערב|שבוע) טוב|שלום)", r"(?:לכולם|כולם|לכם|חברים|רב)"
_NEW_YEAR = (  # the new year's wishes (a Japanese post's, after a greeting and who writes, or alone)
    r"(?:(?:\d{4}年[！!]?\s*)?(?:新年)?(?:あけまして|明けまして)おめでとうございます[。！!]*\s*[🥳🎍]*\s*"
    r"(?:(?:本年|今年|\d{4}年)も[^。！!？?\n]{0,30}?よろしくお願い(?:いた)?します[。！!、,]*\s*)?)"
)
_THAT_TIME = r"(?:(?i:it['’]s|it is) (?:that )?time (?:again|of the (?:year|week|month) again)[.!]*\s*)?"
_SALUTATION = (
    rf"¡?(?i:(?!(?:hello|hallo|hola),?\s+(?:world|welt|mundo)\b)(?!salut,?\s+(?:le\s+)?monde\b){GREETING}(?:\s+(?:{_READERS}|\w+))?"
    rf"|{ADDRESS}\s+{_READERS}|{_ADDRESSED})\s*[,!.]+\s*"
    + _THAT_TIME
    + rf"|{_HE_GREETING}(?:\s+{_HE_READERS})?\s*[,!.]*\s*"  # (alone in its paragraph: "<p>שלום רב,</p>")
    + rf"|{ADDRESS_LINES}|{GREETING_ALONE}"  # (set 69a F2: an address over lines; set 69b F6: "What's up guys?")
)
# Before the text in one paragraph only a greeting to the readers ("Hello everyone, Here is…") or an exclamation of its
# own (not the program's "Hello, World!"; nor one a sentence goes on after, _GOES_ON: a lower-case word, "¿cómo…").
_WORLD, _GOES_ON = r"(?!(?:hello|hallo|hola|здравей),?\s+(?:world|welt|mundo|свят)\b)", r"\s*[¿¡]?(?-i:[a-zß-öø-ÿ\d])"
_SALUTATION_START = (  # (after Spanish's opening "¡": "¡Hola a todos! El día de hoy…", set63 F10)
    rf"¡?(?i:(?:{GREETING},?\s+{_READERS}|{ADDRESS}\s+{_READERS}|{_ADDRESSED})\s*[,!.]+"
    # ("Hey r/LocalLlama!", set30 F13; "Hi, folks!", set44 F2; not a name a sentence goes on after: "Hello, Dolly! returns";
    # "once more" or "again" first, then the readers or none: "Hello once more Vocaloid fans!", set 67b F5; not "Hi again
    # Mr Brooks!", a note quoted, rev67b F7)
    rf"|{_WORLD}{GREETING},?(?:\s+(?:[ru]/|@)?\w+){{0,2}}\s*!++(?!{_GOES_ON})"
    rf"|{_WORLD}{GREETING}\s+(?:again|once\s+(?:more|again)),?(?:\s++(?:\w++\s++)?(?:{_READERS}|{_GROUP}|fans))?\s*+!++(?!{_GOES_ON})"
    rf"|{_WORLD}{GREETING}\s*[,.]+(?!(?:\s+\w+){{1,2}}\s*!+{_GOES_ON}))\s*"
    + _THAT_TIME
    # (or one to someone named, when a new sentence follows it: "Hi HN, We're Adeel…", "Hello coders. I am…"; not
    # one from a place, a sentence's start: "Greetings from Davos, Switzerland!")
    + rf"|(?i:{GREETING})(?!\s+from\b)(?:\s+[\w&]+){{1,2}}\s*[,.]\s+(?=[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁЄІЇҐ])"
    # (or one run into the first sentence, no mark between them, as forum posts and ads flatten their text: to the
    # readers before a capital ("Hi Experts Our Mendix app…"), or alone before a word that opens a sentence, the sentence
    # going on in lower case ("Hi This is a shout out…", "Hello - I have been…"; not "Hello Kitty", "Hello I Love You"))
    + rf"|(?i:{GREETING}\s+(?:{_READERS}|experts?|team|community))\s+(?=[A-Z][a-z]*\s+\w|(?:i|i['’]m|we|my)\s+[a-z])"
    # (the whole sentence when it greets the viewers and names them, a Vietnamese video's: "Chào tất cả các anh
    # em fan boy của Aorus X Lian Li. Hôm nay, …", bps-ytb--rss.xml in tests/data/unseen/set21, F2)
    + rf"|(?i:(?:xin\s+)?chào\s+{_READERS})\s+[^.!?\n,]{{1,60}}?[.!]+\s+(?=[A-ZÀ-ÖØ-ÞĐƯƠ])"
    + rf"|(?i:{GREETING})(?:\s+[-–—])?\s+(?=(?:I|I['’]m|I['’]ve|We|My|Our|This|Currently|Recently|Please"
    + r"|Can|Could|How|What)(?:,?\s+[a-z]))"
    # (Hebrew forum posts: a greeting alone on the post's first line, "<p>היי<br>אני רוצה…", "<p>שלום<br>ראשית…",
    # "<p>הי ,<br>האם…": python-il-forums--latest.rss in tests/data/unseen/set18, F4. Hebrew has no capitals to
    # tell a sentence's start: "היי", "הי", "אהלן", "ערב טוב" are greetings whatever follows; "שלום" is also
    # a name and "peace" ("שלום עכשיו"): a greeting with a mark after it, to the readers, or before "I"/"first")
    + rf"|{_HE_GREETING}(?:\s+{_HE_READERS})?\s*[,.!]+\s*(?=[\u05d0-\u05ea])"
    # (set 71a F3: "שלום שבוע טוב" too; "שבוע טוב" alone is often a subject, "שבוע טוב עבר על הבורסה…": rev71b F11)
    + rf"|(?:היי|הי|אהלן|(?:שלום )?(?:בוקר|ערב) טוב|שלום שבוע טוב)(?:\s+{_HE_READERS})?\s+(?=[\u05d0-\u05ea])"
    + r"|(?i:(?:hello|hi|哈喽|嗨)\s*(?:[，,]\s*)?)?(?:大家好|各位好|안녕하세요)(?:[，,\s]+(?:여러분|各位|大家))?\s*[，,！!。.]\s*(?!是)"  # (F8)
    + rf"|שלום\s+{_HE_READERS}\s+(?=[\u05d0-\u05ea])"
    + r"|שלום\s+(?=(?:אני|אנחנו|ראשית|רציתי|ניסיתי|האם|יש לי|מישהו)\s)"
)  # (or a greeting of its own: "Hi! Welcome…", "Hej nördar! Winter's coming…", "Hi, PR gas/3811 was…")


LEAD_ROWS: tuple[Row, ...] = (
    Row(
        "series-notice",
        "a notice to read the series' first part first",
        BLOCK,
        icase(
            r"[^\w\s]{0,3}\s*(?:"
            r"(?:初めての方は)?[（(][1１一][）)]から(?:先に)?お?読み(?:ください|下さい)"  # "start with (1)"
            r"|(?:(?:new here\?|new readers?:?|if you(?:['’]re| are) new(?: here)?,?"
            r"|if you (?:missed|have(?: not|n['’]t) read) (?:it|part (?:1|one)),?)\s*)?(?:please\s+)?"
            r"(?:start with|begin with|read)\s+(?:part (?:1|one|I)|the first part)(?:\s+(?:first|here))?"
            r"|lisez d['’]abord la première partie|lesen sie zuerst (?:teil 1|den ersten teil)"
            r")\s*[.!。！]?\s*"
        ),
        "−初めての方は（１）からお読みください。",
        "Read part one of the report before the vote, she said.",
        needles=("part", "読み", "teil"),
    ),
    Row(
        "sequel-notice",
        "a notice that the series' next part is out",
        BLOCK,  # "Part 2 out now: #33 - Dr Anders Sandberg on…" (80,000 Hours' show notes, tests/data/unseen/set13's #6): its title
        icase(
            r"(?:part|episode)\s+(?:\d{1,2}|two|three|ii|iii)\s+(?:is\s+)?(?:out|available)(?:\s+now)?\s*[:–—-]\s*"
            r"[^\n.!?]{1,160}"
        ),
        "Part 2 out now: #33 - Dr Anders Sandberg on what if we ended ageing, solar flares & the annual risk of nuclear war",
        "Part 2 is out now: the second volume sells well, the publisher said.",
        needles=("part", "episode"),
    ),
    Row(
        "calendar-day-notice",
        "a notice that the post is a day of an Advent calendar",
        START,
        # A tech blog's first sentence that places the post in a calendar of posts, not its story: "この記事は、
        # CAMPHOR- アドベントカレンダー 2020の8日目の記事です。", "CAMPHOR- Advent Calendar 2017 の 2日目 の記事です。"
        # (a Hatena blog's, articles-hs--hatena-atom.xml in tests/data/unseen/set17); "This post is day 8 of the
        # … Advent Calendar 2020." (the same in English)
        re.compile(
            r"(?:\s*(?:(?:この|本)(?:記事|エントリー?|投稿)は[、,]?\s*)?[^。．.!?！？\n]{0,80}?"
            r"(?:アドベントカレンダー|(?i:advent\s?calendar))[^。．.!?！？\n]{0,30}?(?:の\s*)?\d{1,2}\s*日目\s*の?\s*"
            r"(?:記事|エントリー?|投稿)(?:です|になります|となります)[。．]?+\s*"
            r"|\s*(?i:this (?:blog )?(?:post|article|entry) is (?:(?:the )?day \d{1,2}|the \d{1,2}(?:st|nd|rd|th) "
            r"(?:day|post|article|entry)) of (?:the |my |our )?[^.!?\n]{0,80}?advent calendar(?: \d{4})?[.!]?+)\s*)"
            # (alone, or before a whole sentence: before only the feed's cut, "…ナレコム ではAma […]", it is all there is)
            r"(?=\s*$|[^\n]*?[。．！？]|[^\n]*?[.!?](?:\s|$))"
        ),
        "この記事は、 CAMPHOR- アドベントカレンダー 2020の8日目の記事です。 Rubyで設定を書けるLinux用のキーマッパーをRustで実装した話をします。",
        "この記事は、アドベントカレンダーの作り方を8日目まで書いたものです。",
    ),
    Row(
        "script-statement",
        "a script's statement left as text",
        START,
        # WordPress' "adhesive" plugin's <script> in a description the feed flattened to text
        # ("window.document.getElementById('post-1796').parentNode.className += ' adhesive_post';")
        re.compile(
            r"\s*(?:window\.)?document\.(?:[\w$]+(?:\([^()\n]{0,80}\))?\.){0,6}[\w$]+\s*"
            r"(?:[+-]?=\s*(?:'[^'\n]{0,80}'|\"[^\"\n]{0,80}\"|[\w.$]+)|\([^()\n]{0,120}\))\s*;\s*(?=\S)"
        ),
        "window.document.getElementById('post-1796').parentNode.className += ' adhesive_post';\tZητείται βοηθός.",
        "document.getElementById() returns one element; querySelectorAll returns a list.",
    ),
    Row(
        "email-view-online",
        'an email newsletter\'s "view online" line',
        START,
        # A mailing's header as its archive feed keeps it (Campaign Monitor's ".. No images? Click here", nerves-project's
        # newsletter, set29 F2; Mailchimp's "View this email in your browser"), after the preheader's few words if any
        # ("as the kids say No images? Click here"): the mail client's, never the story's. (The others only at the
        # text's very start and before the next sentence's capital, not "…can now view the newsletter online…".)
        re.compile(
            r"\s*(?:[^\n]{0,60}?\s)??(?i:no images\?\s*click here)[.!]?(?:\s+|$)"
            r"|\s*(?i:(?:click here to )?view (?:this|the) (?:e-?mail|newsletter) (?:in (?:your|a) (?:web )?browser|online)"
            r"|(?:having trouble viewing|e-?mail not displaying correctly)[^\n?]{0,30}\?[^\n.!?]{0,40}?"
            r"(?:here|browser|online))[.!]?(?:\s+(?=[^\W\d_a-z])|\s*$)"
        ),
        ".. No images? Click here Project update Full Time For those who might have missed it.",
        "No images? The camera broke, so click here for the audio instead.",
    ),
    *DATELINE_ROWS,  # a wire's or a press release's dateline (bot/datelinerows.py)
    Row(
        "form-header",
        "a form's fields before the text it asks for",
        START,
        # A forum's question form flattened to text: a field or more with short values ("Category: Studio Pro -
        # Runtime"), then the label of the text itself ("Description:"): Mendix's forum, mendcord--mendix-forum.xml
        # in tests/data/unseen/set17 (F13). Only these fields' names, each capitalised as a form writes it.
        re.compile(
            r"(?:(?:Category|Categories|Type|Product|Version|Environment|Platform|Component|Module|Area|Severity"
            r"|Priority|OS)\s?:\s?[^:.!?\n]{1,60}?\s+){1,4}"
            r"(?:Description|Problem(?: description)?|Issue|Question|Details|Summary)\s?:\s*(?=\S)"
        ),
        "Category: Studio Pro - Runtime Description: I am experiencing a critical issue with Date inputs.",
        "Category: Studio Pro - Runtime is where the question was asked. Description: none.",
    ),
    Row(
        "greeting-introduction",
        "a greeting and who writes",
        START,
        # A blog post's greeting, its writer's self-introduction, the new year's wishes that may follow ("こんにちは、ACS事業部の
        # 佐竹です。 あけましておめでとうございます。本年も…", tech-blog-rss-feed--feed.json in set20, F1; after a heading, "はじめに"),
        # or the wishes, then who writes ("…、<name>です", not "…予定です。"); "Hi all, I'm Jane from…" ("は", a topic, stays)
        re.compile(
            r"\s*(?:(?:[^。！!？?\s][^。！!？?\n]{0,29}?\s+)?(?:はじめに|自己紹介|導入|まえがき)\s*)?(?:(?:みなさん|皆さん|皆様|みなさま)[、,]?\s*)?"
            r"(?:こんにちは|こんにちわ|こんばんは|はじめまして|初めまして)[〜～ー]*(?:[、,。！!]\s*(?:そして[、,]\s*)?お久しぶりです"
            r"|[！!。、,]\s*(?:もしくは|または)(?:こんにちは|こんばんは))?[！!。、,]+\s*(?:[^。！!？?\nは]{1,80}?(?:です|と申します)(?:[。！!]+|\.(?=\s))\s*)?"
            rf"{_NEW_YEAR}?(?=\S)(?!だったり|って|とか)|(?=[^\n]{{0,12}}おめでとうございます[。！!]){_NEW_YEAR}"  # (alone: set47 F12)
            r"(?:(?:[^。！!？?\nは]{1,80}?と申します|(?:[^。！!？?\nは]{0,60}?(?:[、,\s]|の|している|しています))?"
            r"[^。！!？?\nはをがにでのとか、,\s]{1,12}(?:[（(][^）)\n]{1,30}[）)])?です)[。！!]+\s*)?(?=\S)"  # (a name: no particle)
            r"|(?:新年快[乐樂]|(?i:happy new year|frohes neues jahr|bonne année|feliz año nuevo|с новым годом))(?:\s+\d{4})?"
            rf"(?:(?:\s+(?i:to\s+)?{_READERS})?\s*(?:[!！]+|[。.]+(?![^.!?\n]{{0,60}}?\b(?:is|was|stars)\b))"
            rf"|\s*[,，]\s*{_READERS}\s*[!！]+)\s*(?=[A-ZÀ-ÞА-ЯЁ]|[^\x00-\u2fff])"  # (a comma: "…, everyone!"; a title: "….")
            rf"|(?i:{GREETING})(?:\s+{_READERS})?(?:\s*[,!.]+)?\s+(?:I['’]m|I am|[Mm]y name is)\s+[A-Z][\w'’.-]*"
            r"(?:\s+[A-Z][\w'’.-]*){0,2}(?:(?:,|\s+(?:from|at|of|on|with|and I|here))[^.!?\n]{0,80})?[.!]+\s+(?=[A-Z])"
        ),
        "こんにちは、ACS事業部の佐竹です。 あけましておめでとうございます。本年もどうぞよろしくお願いいたします。 さて、今回は…",
        "こんにちは世界というプログラムを書きました。",  # (a greeting without its mark is a sentence's words)
    ),
    Row(
        "salutation",
        "a salutation to the readers",
        BLOCK,  # "<p>Hi everyone,</p>" (Rails' blog), "Hello everyone!!! It's that time again." as a paragraph
        re.compile(_SALUTATION),
        "Hello everyone!!! It's that time again.",
        "Hello, World!",
    ),
    Row("vocative", "an address to the readers before the text", BLOCK, re.compile(_VOCATIVE), "Товарищи!", "Ура!"),
    Row(
        "salutation-start",
        "a salutation to the readers",
        START,  # the same before the text, in one paragraph (a description flattened to text)
        re.compile(_SALUTATION_START + r"(?=[\w\"“‘'(])"),
        "Hello everyone, Here is a new RubyMine Tsubaki EAP build for you.",
        "Hey Jude, don't make it bad is the song Paul wrote for Julian.",
    ),
    Row(
        "invocation",
        "an invocation before the text",
        START,
        # The basmala an Arabic post opens with, and the praise after it up to "أما بعد" ("and then:"), alone in its
        # paragraph or before the text (abotyim--ar-index.xml in tests/data/unseen/set28, F6)
        re.compile(r"\s*بسم الله الرحمن الرحيم\s*[،,.:]?\s*(?:[^\n]{0,300}?\bأما بعد\s*[:،,.]?\s*)?"),
        "بسم الله الرحمن الرحيم، الحمد لله أما بعد: هي أداة تسمح لك بإنشاء الحاويات.",
        "قال إن بسم الله الرحمن الرحيم تكتب في أول الكتاب.",
        needles=("بسم",),
    ),
    Row(
        "welcome",
        "a welcome to the readers",
        START,
        # A blog's welcome before its story, alone or after a greeting ("Welcome to my blog! Today we will dive…",
        # "Hello folks, and welcome to yet another journey! Today, we…": 0xbekoo--blogs-index.xml in
        # tests/data/unseen/set25, F7): to the blog, to another of its posts, or none; a sentence after it.
        re.compile(
            r"(?:(?:[Aa]nd|AND)\s+)?(?:[Ww]elcome|WELCOME)(?:\s+back)?(?:\s+to\s+(?:my|our|the|this)\s+(?:new\s+)?"
            r"(?:blog|site|website|channel|newsletter|podcast|page)|\s+(?:back\s+)?to\s+(?:yet\s+)?another"
            r"(?:\s+[^\W\d_]+)?\s+(?:post|episode|issue|edition|week|journey|tutorial|article|installment|chapter)"
            r"|\s+(?:everyone|all|folks|friends))?\s*[.!]+\s+(?=[A-Z])"  # (not "Welcome to another heatwave!")
        ),
        "Welcome to my blog! Today we will dive into a little adventure.",
        "Welcome to Paris! The city of light opens its museums at night.",
    ),
    Row(
        "pleasantry",
        "a pleasantry to the reader",
        START,
        # A forum post's or a letter's wish before its matter, after the greeting or in its place ("Hi Halle," then "I
        # hope you are doing well. I downloaded…": en-politepix--bbpress-topics.xml in set24, F8): a sentence, one after.
        re.compile(
            r"(?i:(?:I\s+)?(?:hope|trust)\s+(?:you(?:['’]re|\s+are)|you\s+all\s+are|all\s+is|everything\s+is|this\s+"
            r"(?:message|mail|email)?\s*finds\s+you)\s+(?:(?:doing|going|keeping)\s+)?(?:well|fine|good|great|ok|okay)"
            r"(?:\s+today)?)\s*[.!]+\s+(?=[A-Z])"
        ),
        "I hope you are doing well. I downloaded the newest version for my app.",
        "I hope you are doing well with the new version, as many users are.",
    ),
    Row(
        "summary-label",
        'a "TL;DR" or "Summary" label before the first sentence',
        START,
        # A post's summary under its label, the label run into it by a plain-text summary ("TLDR - Summary This post
        # recounts…", icaran-theblog--hi-index.xml in tests/data/unseen/set19, F7): the label goes, the summary is the
        # excerpt. After "TL;DR" a mark or a capital ("TLDR" without its ";": a mark, "TLDR AI" may be a name); after
        # "Summary"/"Abstract" a colon or a spaced dash. A sentence's start follows (not "TL;DR: we examined…": the
        # label is that sentence's start).
        re.compile(
            r"(?:(?:(?i:tl\s?[;/]\s?dr)(?:\s*[-–—:：]\s*|\s+(?=[A-Z]))|(?i:tldr)\s*[-–—:：]\s*)(?:Summary\s*[-–—:：]?\s*)?"
            r"|(?:Summary|SUMMARY|Abstract|ABSTRACT)\s*(?:[:：]|\s[-–—])\s*)(?=[A-Z0-9\"“‘'(]|[^\x00-\x7f])"
        ),
        "TLDR - Summary This post recounts my unusual train journey from Howrah to Bhubaneswar.",
        "Summary judgments are rare in such cases, the court said.",
    ),
    Row(
        "intro-heading",
        "an introduction's heading run into the text",
        START,
        # A plain-text description whose headings lost their line ("はじめに I’m part of a Red Hat team…",
        # ja-quarkus--feed.xml in tests/data/unseen/set21, F9): the heading, then a space and a sentence's start.
        # (Polish, Dutch, Czech/Slovak, Ukrainian, Indonesian, Korean ones too: rl89pl's "Wprowadzenie Gdy pracuje
        # się…", skku-swforum's "용도 파일 혹은…" ("Purpose"), Hugo descriptions in set29, F1)
        re.compile(
            rf"(?:{INTRODUCTIONS}|写在前面|Introduction|Introduzione|Einleitung|Einführung|Introducción|Introdução|Введение"
            r"|Wprowadzenie|Wstęp|Inleiding|Úvod|Вступ|Pendahuluan|들어가며|개요|용도|서론)"  # ("Введение: …", set37 F4; it: 64a F13)
            r"(?:\s*[:：]\s*|\s+)(?=[A-ZÀ-ÞА-ЯĆŁŃŚŹŻČŠŽŘ\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\"“‘'])"
        ),
        "はじめに I’m part of a Red Hat team that created a multitenant notifications service.",
        "Introduction of the new tariff was delayed again, the ministry said.",
    ),
    Row(
        "submitter-lead-in",
        "an aggregator's note of who sent the story in",
        START,  # (Slashdot's "An anonymous reader quotes a report from CBS News: …", "dcblogs writes: …", set30 F3; a
        # source's name after "via", "from": capitalised words, not "shares in video retailer X (NYSE:")
        re.compile(
            r"\s*(?:(?:[Aa]n anonymous (?:Slashdot )?reader|(?:[\w.'’-]+ ){0,3}[\w.'’-]+) writes"
            r"|(?:[A-Z][\w.'’-]* ){1,2}[A-Z][\w.'’-]*(?: and (?:[A-Z][\w.'’-]* )?[A-Z][\w.'’-]*)? reporting(?= (?:via|for|from|in) )"
            r"|(?:[Aa]n anonymous (?:Slashdot )?reader|(?:[\w.'’-]+ ){0,3}[\w.'’-]+(?: and (?:[\w.'’-]+ ){0,2}[\w.'’-]+)?)"
            r" (?:writes|shares|quotes|reports|sends) (?:an?|the|this) (?:[\w-]+ )?(?:report|story|article|excerpt|post|piece"
            r"|summary))(?: (?:via|from|in|by|at) [A-Z0-9][\w.&'’-]*(?: [\w.&'’-]+){0,4}?)?:\s+(?=\S)"
        ),
        "Mia Sato writes via The Verge: Spotify is rolling out transcripts to more creators.",
        "The art of writing: ten rules for clear prose, from a veteran editor.",  # (not "X writing:", the review)
    ),
    Row(
        "translation-notice",
        "a notice that the page's translation is missing or coming",
        START,  # (set41 F8: "En svensk översättning av denna sida kommer inom kort." before the English text; "Eine
        # deutsche Übersetzung dieser Seite folgt in Kürze.", "A tradução desta página estará disponível em breve.": a
        # translation of this page and a word for "soon", not "…is coming along nicely."; "This page is only available
        # in English.", "Denna sida finns bara på engelska.", "Cette page n'est disponible qu'en anglais.")
        re.compile(
            r"\s*(?i:(?:[^\W\d_]+ ){0,2}(?:översättning|translation|übersetzung|traduction|traducción|tradução|traduzione"
            r"|vertaling|tłumaczenie) (?:(?:av|of|de|da|di|van|do) )?(?:denna|den här|this|dieser|cette|esta|desta|questa"
            r"|deze|tej) (?:sidan?|page|seite|página|pagina|strony)(?: [^\W\d_]+){0,3}? (?:kommer inom kort|snart|soon"
            r"|shortly|in kürze|bald|bientôt|prochainement|pronto|em breve|próximamente|presto|a breve|binnenkort|wkrótce)"
            r"(?: [^\W\d_]+){0,3}[.!]\s+(?=\S)"
            r"|(?:this (?:page|post|article)|denna sida|den här sidan|cette page|diese seite|esta página|questa pagina"
            r"|deze pagina|ta strona)\b[^.!?]{0,40}?(?:\b(?:only|bara|endast|uniquement|seulement|nur|solo|sólo"
            r"|solamente|apenas|alleen|tylko)\b|\bqu['’])[^.!?]{0,30}?\b(?:english|engelska|anglais|englisch|inglés|inglês"
            r"|inglese|engels|angielsku)(?: for now)?[.!]\s+(?=\S)"
            r"|this (?:page|post|article) is available in english[.!]\s+(?=\S))"
        ),
        "En svensk översättning av denna sida kommer inom kort. Share data in a public repository.",
        "The translation of this page took three years. It is out.",
    ),
    *POST_CREDIT_ROWS,  # a byline's affiliations, who made the post, where it was first, thanks (bot/creditrows.py)
    *POST_KIND_ROWS,  # an IndieWeb post kind's line: "Bookmarked <title> (by …)" (bot/postkinds.py, set 71b F11)
)
