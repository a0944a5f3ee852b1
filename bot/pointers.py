"""Sentences that point at what the excerpt and the summary leave out: what follows them ("…as follows.",
"以下の通り。": says_what_follows), a picture, a table or code shown next to them ("The two screenshots above…",
"(как в примере выше)": about_unshown), or a part of the page ("Bijvoorbeeld een plaatje zoals hierboven!", "Se den
här sidan för de senaste uppgifterna.": points_at_page); and a count of what a list after it names ("크게 두 가지
타입을 지원합니다.": counted). One list of them, read by bot/cuts.py and bot/usable.py. Pure.
"""

from __future__ import annotations

import re

_ANNOUNCED = re.compile(
    r"(?:(?:以下|下記|次)の(?:通り|とおり|ように?)(?:[^。．！？!?\n]{0,12}|[^。．！？!?\n、]{0,30})[。．]"  # (one clause: the review of set 63's fixes)
    # (a table, steps, a picture shown next: "…詳細は以下の表をご覧ください。", "以下の手順で…。", "步骤如下。": set39 F4)
    r"|(?<![\d０-９円人件個歳％%\u30a0-\u30ff度枚名本分秒倍万千百十])(?:以下|下記|次)の(?:表|手順|図|画像|写真|リスト|一覧|項目)(?=[をでにはが])[^。．！？!?\n]{0,20}[。．]|如下(?:[图圖表]?所示)?[。：:]"
    # (points or steps counted, a kind of flow, the list or the code after it: "以下の4点を検証します。", "概ね次のような流れで
    # 開発を進めています。": set42 F9; not "1000円以下の…", "100ドル以下の…", a limit; a counted "次の" only with 点/項目/ステップ, an object's
    # or a topic's particle ("次の3つを目的として…") or a verb of showing: "次の2つの試合にも勝利した" is "the next two")
    r"|(?<![\d０-９円人件個歳％%\u30a0-\u30ff度枚名本分秒倍万千百十])(?:(?:以下|下記|次)の[\d０-９一二三四五六七八九十]+(?:点|項目|ステップ)|(?:以下|下記)の"
    r"(?:[\d０-９一二三四五六七八九十]+[つ個]|ような)|次のような|次の[\d０-９一二三四五六七八九十]+[つ個]"
    r"(?=[をはがで]|[^。．！？!?\n]{0,24}(?:検証|紹介|説明|解説|確認|見て|挙げ|示し|まとめ)))[^。．！？!?\n]{0,24}[。．]"
    # (a sentence that is "the following" and its copula, or what it does with them: "サマリーとしては以下です。",
    # "以下構成例です。", "ライブラリはだいたい以下に分類されます。": set62 F13's shorter excerpts ended on them; not a limit:
    # "18歳以下になります。", "1万円以下に抑えます。", "平均以下になります。", "これ以下に…", "100MB 以下に…": first, after a
    # stop or a particle, or "roughly" only: the review of set 63's fixes, 4)
    r"|(?:^|(?<=[、。．！？はがもをでとに])|(?<=だいたい|おおよそ))以下(?:[^\W\d_]{0,6}(?:です|になります)"
    r"|に[^。．！？!?\n]{0,16}(?:ます|る))[。．]"
    r"|\blet[’']?s\s+(?:have\s+|take\s+)?a\s+look\s+at\s+(?:an?\s+|the\s+|some\s+)?(?:examples?|samples?|demos?|code)\."
    r"|\b(?:as follows|(?:listed|shown|given|described|explained|detailed|see|details) below)\.|\bci-dessous\s*\.|\bwie folgt\s*\."
    r"|\b(?:(?:is|are) given here|find (?:it|them) here)\.|:\s*(?:here|tại đây|ici|hier|aquí)\."  # (links: set28 F1)
    r"|(?:^|[,:;]\s|\.\s)(?:(?:continue|keep) reading|read on)\."  # (an imperative: not "…could not continue reading.")
    r"|\bthe following(?:\s+[^\W\d_]+s)?\.|\bследующ\w+(?:\s+[^\W\d_]+(?:ами|ями|ие|ые))?\.)$",  # ("…the following rules.")
    re.IGNORECASE,
)


# A word every one of _ANNOUNCED's phrases holds (in lower case): a sentence's end without any is not searched (the
# search tries the long pattern at each of the last 40 places of every sentence: summary cost, issue 18).
_ANNOUNCING = (
    "以下",
    "下記",
    "次",
    "如下",
    "follow",
    "look at",  # ("Lets have a look at an example.": the example is code, left out; set9's laminas, the review's proof)
    "below",
    "dessous",
    "folgt",
    "here",
    ":",
    "reading",
    "read on",
    "следующ",
)


# A last sentence whose subject is "the following" ("Each of the following is invalid syntax.", "The following are
# the rules.": Planet SymPy's post before its code, /work/unseen48's F6), wherever it ends: a pointer's verb right
# after it, never a noun ("The following week is busy.", "The following decades were…": review of set48, 5);
# or a noun and only that it is there ("The following options are included.": set64b F2), one, not a time's ("The
# following year Spotify is listed.": review rev64d, 6)
_FOLLOWING_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:each|all|none|some|any|one|many|most|both|several)\s+of\s+)?the\s+following\s+"
    r"(?:(?:is|are|shows?|lists?|gives?|contains?|illustrates?|describes?)\b[^.!?\n]{0,80}"
    r"|(?!(?:day|week|month|year|season|morning|afternoon|night|evening|weekend|time|summer|winter|spring|autumn)\b)"
    r"[^\W\d_]+\s+(?:is|are)\s+(?:included|listed|shown|added|below|available\s+below))\.$",
    re.IGNORECASE,
)
_FOLLOWING_REACH = 140  # characters of a text's end that sentence is looked for in


# A last sentence that is a condition only, its answer in the next ("• 如果你不知什么是 REST API。" before "没关系，你就当他是…",
# set60 F2): a Chinese "if" and no clause's comma after it, nor a question's mark (a condition and what follows
# it are a sentence with a comma between: "如果你不知道，没关系。" is whole). Nor one whose answer follows without the
# comma, led by a word that opens a consequence ("如果明天下雨比赛将推迟…。", "如果你喜欢这个项目请…", "…那么…就是…",
# "…会返回…", "…则返回…": the review of set 61). A one-character one only as a word of its own, not inside a
# two-character word (应用, 功能, 成都, 社会: the commonest words each character ends or begins, a closed list), and no
# word right after the condition's own pronoun subject, with its adverb or negation ("如果你还不会用 Docker。", "如果你需要
# 帮助。" are conditions alone; "如果明天下雨比赛不会取消。" is whole): the review of set 62's fixes, 11. But 成 that ends
# a verb of its own, the commonest (完成, 达成, 形成, 变成…), leaves 就 one: "如果测试完成就合并到主分支。" is whole (the
# review of 621df96..5ee3f66, finding 5).
_CONDITION_ONLY = re.compile(
    r"(?:^|(?<=[。．！？!?\s]))(?:如果|假如|要是|倘若|若是)[^，,﹐；;﹔：:。．！？!?\n]{1,40}[。．]$"
)
_CONSEQUENCE = re.compile(
    r"那么|那就|可以|需要|(?<![早造迁])(?<!(?<![完达形变生构组造建做合养])成)就|(?<![规原否准法细总])则|(?<![方顺随])便(?![宜利捷])|将(?!军)"
    r"|(?<![社机学体误聚约开大协晚都领理])会(?![议员长计话场])|(?<![功可智性技才本职效体潜])能(?![力源量])"
    r"|(?<![反响适对相供答])应(?![用对付聘届])|(?<![成首京古国帝])都(?!市)|(?<![申邀])请(?![求假])|也|(?<![人天刚方英])才"
)
_OWN_SUBJECT = re.compile(
    r"(?:如果|假如|要是|倘若|若是)(?:你们?|您|我们?|他们?|她们?|它们?|大家|咱们)[还也都真实在完全暂时再]{0,2}[不没未别]?"
)


def _answered(condition: str) -> bool:
    """Whether a Chinese condition (_CONDITION_ONLY's match) holds a word opening its consequence (see above)."""
    return any(_OWN_SUBJECT.fullmatch(condition, 0, m.start()) is None for m in _CONSEQUENCE.finditer(condition, 2))


# "Below" first and a verb of finding or being ("Below you'll find submissions from…": set63 F8, the links it announces
# shown as items by bot/belowitems.py; Spanish "A continuación encontrarás…", French "Ci-dessous, vous trouverez…",
# German "Unten finden Sie…"); not "Below zero…", "Below the surface, …", "Below average rainfall…".
BELOW = re.compile(
    r"(?i:below,?\s(?:you['’]ll|you\swill|you\scan|we['’]ve|we\shave)\s(?:find|see)|below\s(?:are|is)\s"
    r"|a\scontinuación,?\s(?:encontrar[áa]s|encontrará|puedes\sencontrar|se\s(?:presentan|encuentran))"
    r"|ci-dessous,?\svous\s(?:trouverez|pouvez)|unten\sfinden\s(?:sie|du))"
)


def says_what_follows(sentence: str) -> re.Match[str] | None:
    """Where a sentence pointing at what follows it ("以下の通り。", "…as follows.", "Each of the following is…", a
    condition alone: "如果你不知什么是 REST API。", "Below you'll find…") starts: no summary picks one."""
    if sentence[:1] in "BbAaCcUu" and (below := BELOW.match(sentence)):
        return below
    if (
        sentence[-1:] in "。．"
        and (condition := _CONDITION_ONLY.search(sentence, max(0, len(sentence) - 48)))
        and not _answered(condition.group())
    ):
        return condition
    start = max(0, len(sentence) - 40)
    end = sentence[start:].lower()
    reach = max(0, len(sentence) - _FOLLOWING_REACH)
    if (
        sentence[-1:] == "."
        and "following" in sentence[reach:].lower()
        and (m := _FOLLOWING_SUBJECT.search(sentence, reach))
    ):
        return m
    if not any(word in end for word in _ANNOUNCING):
        return None
    return _ANNOUNCED.search(sentence, start)


def announced(text: str) -> bool:
    """Whether a text ends with a sentence saying what follows it (says_what_follows, anywhere in its last one)."""
    return _ANNOUNCED.search(text) is not None


# A count of kinds, ways or things (a number, in figures or words, before a counter or a noun for a kind): Korean
# counters ("두 가지", "2개", "세 종류"), English and Turkish nouns of kind ("two types", "3 ways", "iki yöntem").
_COUNTED = re.compile(
    r"(?:(?<!\d)\d+|한|두|세|네|다섯|여섯|일곱|여덟|몇)\s*(?:가지|개|종류)(?![가-힣])|(?<![\w.,])(?:\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten|several|iki|üç|dört|beş|altı|birkaç)\s+(?:(?:different|main|farklı|temel)\s+)?(?:types|kinds|ways"
    r"|options|methods|approaches|steps|reasons|tür|tip|çeşit|yöntem|seçenek|adım|sebep|neden)\w{0,6}\b"
    r"|(?<![\w.,])(?:iki|üç|dört|beş|altı|birkaç)\s+(?:farklı\s+|temel\s+)?yol(?:u|lar\w{0,3})?\b",  # (not "yolcu")
    re.IGNORECASE,
)
_LAST_STOP = re.compile(r"[.!?…。！？][\"'”’)\]]*\s")  # (the stops inside the window: its last sentence after them)
# Words after the count, at most: it ends its sentence ("three kinds of input.", "iki yol var."); a Korean counter, its
# sentence or its first clause ("String의 두가지 생성 방식이 있고 각각의 차이점이 있다."; not "한 가지 확실한 것은 … 점이다.")
_COUNT_TAIL = 2, 3
_CLAUSE = re.compile(r"\S*(?:고|며)\s")  # (a Korean clause's end: "…있고 ")


def counted(text: str, end: int) -> bool:
    """Whether the sentence of ``text`` ending at ``end`` counts kinds or things (_COUNTED): before a list, the list
    names them ("공식 문서에서는 크게 두 가지 타입을 지원합니다." / "• Simple • Expression", set51 F2), and a cut between
    the two would leave a count of what is not shown. Only the last sentence, its count at its end: not "He took two
    steps back and said nothing.", "…no two ways about it: the vote was a defeat." (the review of set51 F2)."""
    window = text[max(0, end - 160) : end].rstrip()
    stops = [stop.end() for stop in _LAST_STOP.finditer(window)]
    sentence = window[stops[-1] :] if stops else window
    counts = list(_COUNTED.finditer(sentence))
    if not counts:
        return False
    tail = sentence[counts[-1].end() :]
    if korean := counts[-1].group().endswith(("가지", "개", "종류")):
        tail = tail[: clause.end()] if (clause := _CLAUSE.search(tail)) else tail
    return len(tail.split()) <= _COUNT_TAIL[korean]


# Anywhere in a Russian sentence: an example, a picture or a table shown next to it ("(как в примере выше)", set39's
# re-read).
_SHOWN_NEAR = re.compile(
    r"\b(?:в|на) (?:примере|рисунке|таблице|схеме|листинге|скриншоте) (?:выше|ниже)(?=\s*[),.;:!?]|$)", re.I
)  # (not "…поднялся в таблице выше «Спартака»": a league table)
# A sentence about a picture, a table or code the page shows next to it, which a summary does not ("The two
# screenshots above is from…", "The code fragments shown below are…", "上の例だと…", "Here is a plot of…"): not one to
# pick.
# (the nouns shared with bot/unshownparts.py, which searches for them anywhere in a sentence: rev68d F12)
UNSHOWN_NOUNS = (
    r"screenshots?|images?|pictures?|photos?|figures?|charts?|graphs?|diagrams?|examples?|snippets?|code|videos?"
    r"|tables?|fragments?"
)
_ABOUT_UNSHOWN = re.compile(
    r"(?:(?:the|these|this|those|both|all)\s+(?:\w+\s+){0,2}(?:" + UNSHOWN_NOUNS + r")\s+"
    r"(?:(?:shown|listed|given|pictured)\s+)?(?:above|below)\b(?!\s+(?:the|a|an|our|their|its|\d))|[上下]の(?:例|図|画像|写真|表|コード)"
    # ("Here is a plot of the strategies played…", its picture dropped by the feed: set56 F3; not "Here are the figures
    # for May: …", numbers, nor "Here is a story of…"; nor a video's, a video feed's own: set12's;
    # the noun ends the phrase or "of", "from", "showing" follows: not "Here is a graph database…", "a chart-topping…")
    r"|here(?:\s+is|\s+are|['’]s)\s+(?:(?:a|an|the|my|our|some|two|three|this|these)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:plots?|graphs?|charts?|screenshots?|pictures?|photos?|images?|diagrams?|figure|tables?|maps?|links?|recordings?"
    r"|examples?|quiz|worksheets?|snippets?|samples?)"
    r"(?:\s+(?:of|from|to|showing|below|above|that\s+shows)\b|\s*[.!]|$)"
    # (what follows it, a sentence that only presents it: "Here's what changed.", "Here's how it got fixed.", "Here's
    # why.", "Here's the scoop.", "Here are some answers.": the summary does not show it, set56 F3's re-read; a wh-clause
    # of six words at most: "Here's why Tesla shares fell 12% on Thursday after…" is a lede, the review of 3b7e0c3)
    r"|here(?:\s+is|\s+are|['’]s)\s+(?:(?:what|why|how|where|when|who)(?:\s+[\w'’-]+){0,5}"
    r"|(?:[\w'’-]+\s+){0,2}[\w'’-]+)[.!]$)"
    # (a screenshot or a chart as the subject: "The screenshot was created by testing our algorithm…", the picture
    # dropped, set 67b F10; not a photo, a photo feed's own item, nor "The picture is grim", a manner of speaking. A
    # chart or a graph only "shows how/that…" or "was generated/plotted": "The chart shows three debuts…" is the music
    # chart's; nor a plot, a story's or a piece of land's: the review of set 67 d, rev67d F3)
    r"|the\s+(?:screenshots?|diagrams?)\s+(?:(?:was|were|is|are)\s+(?:taken|created|made|captured|generated|produced)"
    r"|shows?|showed|depicts?|illustrates?)\b|the\s+(?:charts?|graphs?)\s+(?:(?:was|were|is|are)\s+(?:generated|plotted)"
    r"|(?:shows?|showed|depicts?|illustrates?)\s+(?:how|that|what|where|which)\b)",
    re.IGNORECASE,
)


# Anywhere in a Chinese sentence: a structure, a picture or a table shown next ("…建立一个如下的结构，然后…", "如图所示",
# "…会形成下图，…", "下图展示了…"), or an attachment ("附上当时…的录取邮件", an image: set50 F3); not "楼下图书馆", "如下雨"
# ("if it rains"), nor 图 opening a word ("放下图纸", "南下图谋"), "依附上游", "附上一句" (a remark). ("…如下所示。" at the end: _ANNOUNCED's.)
_CJK_UNSHOWN = re.compile(
    r"如下[的表]|如[图圖]所示|(?<![楼樓一])下[图圖](?![书書标標纸紙谋謀案腾騰章钉釘层層])"
    r"|(?<![依贴貼])附上(?:了|[^，。！？；,;：:]{0,30}?(?:[图圖]|链接|鏈接|照片|邮件|郵件))"
)


# Anywhere in a sentence: that there are more examples than the ones the text lists ("Provavelmente há mais exemplos
# de “categorias” de pacotes, mas…", after a list the summary does not show: set59 F3; not "Other examples include
# Denmark and Norway", "Más ejemplos de esta tendencia aparecen en Chile", which name them: the review of set 61), what
# a message or a picture shown next to it shows (Arabic "كما يظهر في عبارة الخطأ", "as the error message shows"; "كما هو
# موضح في", "as explained in"), and a link's place after a verb of telling or publishing ("…est bien raconté ici :
# fintechbrainfood, et…", "available here: <anchor>", "read it here: …"; not "What happened here: the backup job…",
# "Tout a commencé ici : en 1998…", "Let’s work through one here: how likely…", nor German "hier", French
# "yesterday").
_ELSEWHERE = re.compile(
    r"\b(?:there\s+are|há|hay|il\s+y\s+a|es\s+gibt|ci\s+sono)\s+(?:\w+\s+)?(?:(?:many\s+)?(?:more|other|further)\s+"
    r"examples|(?:mais|outros|más|otros|altri|più|weitere|mehr)\s+(?:exemplos|ejemplos|esempi|beispiele)|(?:plus|d['’]autres)"
    r"\s+(?:d['’])?exemples)\b|كما\s+(?:يظهر|هو\s+موضح|هو\s+مبين)\s+(?:في|أدناه)"
    r"|\b(?:(?:raconté|expliqué|décrit|détaillé|résumé|présenté|publié|disponible|explained|described|detailed"
    r"|summari[sz]ed|published|posted|told|written|available|explicado|descrito|detallado|resumido|publicado|contado"
    r"|disponível|spiegato|descritto|pubblicato|disponibile)e?s?|(?:read|see|watch|find)(?:\s+(?:it|them|more))?)\s+"
    r"(?:ici|here|aquí|aqui)\s?:\s+\S",
    re.IGNORECASE,
)
_ELSEWHERE_HINTS = ("xampl", "xempl", "jempl", "esemp", "beispiel", "كما", "ici", "here", "aqu")


def about_unshown(sentence: str) -> bool:
    """Whether a sentence is about a picture, a table or code shown next to it (_ABOUT_UNSHOWN, _SHOWN_NEAR,
    _CJK_UNSHOWN)."""
    if _ABOUT_UNSHOWN.match(sentence) is not None:
        return True
    if ("如" in sentence or "下" in sentence or "附" in sentence) and _CJK_UNSHOWN.search(sentence):
        return True
    lower = sentence.lower()  # (_SHOWN_NEAR searched only where its words are)
    if any(hint in lower for hint in _ELSEWHERE_HINTS) and _ELSEWHERE.search(sentence):
        return True
    return ("выше" in lower or "ниже" in lower) and _SHOWN_NEAR.search(sentence) is not None


# A sentence that only points at what comes next ("Check it out.", "Take a look!", "More here:"; set 65b F5): with the
# address after it gone, it points at nothing shown and goes too (bot/selfaddresses.py; a sentence that names its
# object stays: "Check out the new docs.").
POINTS_AT_NEXT = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:check\s+(?:it|this|them)\s+out|(?:take|have)\s+a\s+look|look\s+here|read\s+(?:it|more)"
    r"(?:\s+here)?|(?:see|more|link|details|info)\s+here|here|schau(?:t)?\s+(?:es\s+dir\s+|mal\s+)?an|échale\s+un\s+"
    r"vistazo|jetez-y\s+un\s+(?:œil|coup\s+d['’]œil))\s*[.!:]*\s*$",
    re.IGNORECASE,
)
# A sentence pointing at a part of the page the excerpt and the summary leave out (set41 F4: "Bijvoorbeeld een plaatje
# zoals hierboven!", "Se den här sidan för de senaste uppgifterna.", "…genom ovanstående kontaktpersons försorg…"):
# - "see"/"as" (an imperative or a comparison) and a place on the page, the place ending a clause ("…zoals hierboven!",
#   "See the table above.", "(см. выше)"; not "…as above-average temperatures…", "…höher als oben am Gipfel.", "Se
#   sotto i 18 anni…": a place word in a sentence of its own);
# - a word for "the above"/"the below" before a part of the page ("ovanstående kontaktpersons", "az alábbi táblázat",
#   "…aşağıdaki sunumu izlemelisiniz.": a presentation embedded, set43 F12;
#   not "In onderstaande blog lees je…", "Az alábbi cikkben…": the post itself; a few letters of an ending after the
#   part's word, "az alábbi képességek" is no picture; "a lenti WPBetaMe linkre", a name between: set66a F3, rev66d F6);
# - "see this page for…" (not "If you see this page, the server works.").
# Not in an aside: "(see below)", "(details: see below)".
_PLACE = (
    r"(?:hierboven|hieronder|ovan|nedan|ovenfor|nedenfor|oben|unten|ci-dessus|ci-dessous|arriba|abajo|sopra|sotto"
    r"|acima|abaixo|powyżej|poniżej|вище|нижче|выше|ниже|above|below|(?<=lásd\s)(?:fent|lent))"
)
_PAGE_PART = (
    r"(?:(?:tabel|tabell|táblázat|kép|bild|afbeelding|plaatje|foto|fotó|zdjęci|obraz|link|länk|lijst|lista|list"
    r"|video|videó|film|formul|űrlap|kaart|karta|térkép|map|schema|wykres|diagram|grafik|kontakt|contact|kapcsolat"
    r"|elérhetőség|adres|cím|button|knop|knapp|sunum|satır|code|presentation|prezentac)\w{0,4}\b|kontaktperson\w*"
    # (Turkish code, "kodu", "kodla", "kodları": not "kodlama", "kodning"; a command, "komutla", not "komutan": set51 F2)
    r"|kod(?:u|la|lar\w{0,3})?\b|komut(?:u|la|lar\w{0,3})?\b)"
)
_PAGE_POINTER = re.compile(
    r"(?:\b(?:zoals|wie|comme|como|come|jak|see|zie|siehe|voir|vea|véase|vedi|veja|zobacz|lásd|se(?=\s+(?:ovan|nedan"
    r"|ovenfor|nedenfor))|(?:as\s+)?shown|(?<!\w)(?:див|см)\.?)\s+(?:(?:the|den|die|das|la|le|el|het|de)\s+\w+\s+)?"
    rf"{_PLACE}(?=\s*[.,;:!?)»”\"]|$)"
    rf"|\b(?:ovanstående|nedanstående|onderstaande|bovenstaande|alábbi|fenti|powyższ\w*|poniższ\w*|aşağıdaki|yukarıdaki"
    rf"|untenstehende\w?|obenstehende\w?)\s+{_PAGE_PART}"  # (not "nachfolgende": "subsequent" too)
    rf"|(?-i:\b[Aa] lenti)\s+(?:(?-i:[A-Z][\w.-]*)\s+)?{_PAGE_PART}"  # (with its article: not it "lenti", the town Lenti)
    # (Korean: "아래 영상을 보세요", set43 F12; the word whole, or with a particle: not "그림자", "사진관", "표지판")
    r"|아래의?\s*(?:영상|동영상|코드|링크|표|그림|사진|이미지|발표)(?:을|를|이|가|은|는|에서|에|의|과|와|으로|로|도|만)?(?![가-힣])"
    # (set51 F2: "the two below", "아래의 2개가 적합해보였습니다." before a list, with "의": not "총리 아래 두 개의 위원회",
    # "under", nor "아래 두 개발자"; "as below", "…aşağıdaki gibi bir pom.xml dosyamız olsun.", "Genellikle aşağıdaki
    # şekilde kullanıyorum." before code; not "aşağıdaki mahallede", a place)
    r"|아래의\s*(?:\d+|한|두|세|네|다섯|여섯|몇)\s*(?:개|가지|종류)(?:가|를|을|이|는|은|의|도|만|와|과|로)?(?![가-힣])"
    r"|\b(?:aşağıdaki|yukarıdaki)\s+(?:gibi|şekilde|biçimde)\b"
    r"|\b(?:se|see|zie|siehe|voir|vea|vedi|veja|zobacz|lásd)\s+(?:den här sidan|denna sida|this page|deze pagina"
    r"|diese seite|cette page|esta página|questa pagina|tę stronę|ezt az oldalt)\s+(?:for|för|voor|für|pour|para|per"
    r"|dla)\b)",
    re.IGNORECASE,
)


# A word every match holds (a place, a lone "ovanstående"-like word, a page): the pattern runs only when one is there.
_HINTS = (
    "hierboven", "hieronder", "ovan", "nedan", "oben", "unten", "ci-des", "arriba", "abajo", "sopra", "sotto", "acima",
    "abaixo", "powy", "poni", "вище", "нижче", "выше", "ниже", "above", "below", "fent", "lent", "onderstaande",
    "bovenstaande", "alábbi", "aşağıdaki", "yukarıdaki", "아래", "page", "sida", "pagina", "seite", "página", "stron", "oldal",
)  # fmt: skip


# A sentence that only points at a link, which neither the excerpt nor the summary shows (set 67b F11: "Feel free to
# check that out!" after "…our pipeline here: https://…", the address gone; "Link provided here!", "here" the link's
# text): the whole sentence, nothing else in it (not "Check out the new docs.", "Take a look at the dashboard.", "The
# link is broken here.", nor "…the event, which we also wrote about here.", a sentence of its own with a pointer in it;
# nor "You should check them out.", people, a band: rev67b F5). A sentence is one from its start (the segmenter keeps
# "…no longer freezes on save… Check it out!" one sentence: the lede stays, rev67b F4); a text's end is searched for
# one after a sentence's end (ends_pointing_at_link: bot/cuts.py drops it from an excerpt's end).
_LINK_POINTER_BODY = (
    r"[\"'“‘(]?(?:(?:(?:so|and|also|now|please|feel\s+free\s+to|be\s+sure\s+to|make\s+sure\s+to|do|go"
    r"|you\s+(?:can|could|should|may)(?:\s+also)?),?\s+){0,2}(?:check\s+(?:it|this|that)\s+out"
    r"|(?:take|have)\s+a\s+look)(?:\s+(?:here|below|too|as\s+well))?"
    r"|(?:the\s+)?links?\s+(?:is\s+|are\s+)?(?:provided|included|posted|attached|given|available)\s+(?:here|below)"
    r")\s*[.!]+[\"'”’)]?\s*$"
)
_LINK_POINTER = re.compile(r"\s*" + _LINK_POINTER_BODY, re.IGNORECASE)
_LINK_POINTER_AFTER = re.compile(r"(?<=[.!?…]\s)" + _LINK_POINTER_BODY, re.IGNORECASE)
_LINK_REACH = 100  # characters of a text's end that sentence is looked for in


def _mentions_link_pointer(text: str) -> bool:
    """Whether a pointer's word is there at all (most texts: a few substring scans, not the pattern)."""
    tail = text[-_LINK_REACH:].lower()
    return "out" in tail or "look" in tail or "link" in tail


def ends_pointing_at_link(text: str) -> bool:
    """Whether a text's last sentence, after another's end, only points at a link (_LINK_POINTER_AFTER)."""
    return (
        _mentions_link_pointer(text) and _LINK_POINTER_AFTER.search(text, max(0, len(text) - _LINK_REACH)) is not None
    )


def points_at_page(sentence: str) -> bool:
    """Whether a sentence points at a part of the page not shown with it (_PAGE_POINTER), outside an aside (an
    unclosed "(" before it), or is, whole, one that only points at a link (_LINK_POINTER; no aside in such a
    sentence): no summary picks one."""
    if len(sentence) <= _LINK_REACH and _mentions_link_pointer(sentence) and _LINK_POINTER.match(sentence):
        return True
    folded = sentence.casefold()
    if not any(hint in folded for hint in _HINTS):  # (most sentences: a few substring scans, not the pattern)
        return False
    for match in _PAGE_POINTER.finditer(sentence):
        if sentence.rfind("(", 0, match.start()) <= sentence.rfind(")", 0, match.start()):
            return True
    return False


# An offer of more elsewhere, a link's or a show's the chat does not carry (set57 F4: "If you want to know more about
# some of the topics covered in REMOTE, here’s a recent interview I did with Quartz.", the interview a link; "If you
# want to hear Bryan … you should check out our Patreon…"; "If you'd like to listen to more of Arden you can find her
# in episode 67…"): a wish to read, hear or see more, or a wish to read, hear or see and a pointer after it (not "If
# you want to see the northern lights this week, head north of Oslo…", advice, nor "If you want to build a career in
# AI, it’s…": the review of 3b7e0c3); or, after a clause for whom it is or an "if", a thing presented that ends the
# sentence ("For those checking later, here is an article about…", "Meeting slides: If you weren’t able to attend…,
# here is a copy of our slideshow…"; not "After two years of work, here is our first stable release…", the story
# itself, nor "Here are the results: …", what follows shown).
_WISH = r"[\"'“«(]*if you(?:['’]d| would| really| ever)?\s+(?:want|wish|like|care|['’]d like)\s+to\s+"
_OFFER = re.compile(
    rf"{_WISH}(?:know|read|learn|find out|hear|see|watch|listen(?: to)?|explore|dig)\s+(?:\w+\s+){{0,2}}?"
    r"(?:more|further)\b"
    rf"|{_WISH}(?:know|read|learn|find out|hear|see|watch|listen|explore|dig)\b[^.!?]{{0,160}}?(?:,\s*|\s+then\s+)"
    r"(?:(?:then\s+)?you\s+(?:should|can|could|might|may)\s+(?:also\s+)?(?:check out|find|head|go|visit|read|listen)"
    r"|check out|head over|look no further|here(?:['’]s|\s+is|\s+are))\b"
    r"|(?:[^.!?:]{1,60}:\s+)?(?:if|for (?:those|anyone|everyone|people)|in case)\b[^.!?]*,\s+here(?:['’]s|\s+is|\s+are)\s+"
    r"(?:a|an|my|our|some|his|her|their)\s+[^.!?:;]{1,100}[.!][\"'”’»)]*$",
    re.IGNORECASE,
)


def offers_elsewhere(sentence: str) -> bool:
    """Whether a sentence offers more elsewhere (_OFFER): no summary picks one."""
    return ("if" in sentence[:12].lower() or "here" in sentence.lower()) and _OFFER.match(sentence) is not None
